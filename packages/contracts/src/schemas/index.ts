export * from './leader'
