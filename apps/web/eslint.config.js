export { default } from '@itinera/eslint-config/nextjs'
