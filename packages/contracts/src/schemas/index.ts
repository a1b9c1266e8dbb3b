export * from './leader'
export * from './editorial'
