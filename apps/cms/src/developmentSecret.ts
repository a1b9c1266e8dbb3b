/** The secret the local stack and tests may use; production refuses it (see env.ts). */
export const DEVELOPMENT_SECRET = 'itinera-development-secret-do-not-use-in-production'
