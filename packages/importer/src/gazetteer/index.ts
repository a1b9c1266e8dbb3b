export * from './types'
export { POLITIES } from './polities'
export { PLACES } from './places'
export { PEOPLE } from './people'
