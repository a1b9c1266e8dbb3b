import type { TRole } from '@itinera/contracts/roles'

/**
 * One login per role, created by the seed only when SEED_DEMO_LOGINS=true (the local stack
 * and the e2e suite). A real deployment never sets it, and production refuses the
 * development secret these demos run with elsewhere.
 */
export const DEMO_LOGINS = [
  { role: 'admin', name: 'Ada Admin', email: 'admin@itinera.test', password: 'itinera-admin-demo' },
  { role: 'editor', name: 'Edith Editor', email: 'editor@itinera.test', password: 'itinera-editor-demo' },
  { role: 'reviewer', name: 'Rita Reviewer', email: 'reviewer@itinera.test', password: 'itinera-reviewer-demo' },
] as const satisfies readonly { role: TRole; name: string; email: string; password: string }[]
