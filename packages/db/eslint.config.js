export { default } from '@itinera/eslint-config/base'
