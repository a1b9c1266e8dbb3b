import type { Access } from 'payload'

/** Public reference data, readable without signing in. */
export const anyone: Access = () => true
