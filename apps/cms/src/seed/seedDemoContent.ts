import { DEMO_LOGINS } from '@itinera/db/demo-logins'
import type { Payload } from 'payload'
import { USERS } from '../slugs'
import { seedDataset, type TSeedDatasetSummary } from './seedDataset'

export interface TSeedSummary {
  created: { users: number }
  dataset: TSeedDatasetSummary
}

/**
 * Loads what is missing and leaves what exists alone, so it is safe on every start.
 * Runs with overrideAccess: it is the system itself, not a user, writing the seed.
 */
export async function seedDemoContent(
  payload: Payload,
  { demoLogins, dataset }: { demoLogins: boolean; dataset: boolean },
): Promise<TSeedSummary> {
  const created = { users: 0 }

  if (demoLogins) {
    // Admin first: the first account on an empty system becomes its admin.
    for (const login of DEMO_LOGINS) {
      const existing = await payload.count({
        collection: USERS,
        where: { email: { equals: login.email } },
        overrideAccess: true,
      })
      if (existing.totalDocs > 0) continue
      await payload.create({
        collection: USERS,
        data: { email: login.email, password: login.password, name: login.name, roles: [login.role] },
        overrideAccess: true,
      })
      created.users += 1
    }
  }

  return {
    created,
    dataset: dataset
      ? await seedDataset(payload)
      : { loaded: false, polities: 0, places: 0, people: 0, sources: 0, trips: 0 },
  }
}
