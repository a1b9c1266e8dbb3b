export * from './leader'
export * from './editorial'
export * from './public-trip'
export * from './import'
