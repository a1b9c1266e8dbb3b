export * from './leader'
export * from './editorial'
export * from './public-trip'
