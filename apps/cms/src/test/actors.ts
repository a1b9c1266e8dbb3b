import type { TRole } from '@itinera/contracts/roles'
import type { Payload } from 'payload'
import { USERS } from '../slugs'
import type { User } from '../payload-types'

/** Everyone an access rule must be checked against. */
export const ACTORS = {
  anonymous: null,
  // First: on an empty system the first account becomes admin whatever it asks for.
  admin: ['admin'],
  editor: ['editor'],
  reviewer: ['reviewer'],
  editorReviewer: ['editor', 'reviewer'],
} as const satisfies Record<string, readonly TRole[] | null>

export type TActorName = keyof typeof ACTORS

export interface TActor {
  name: TActorName
  user: User | null
  /** Headers that authenticate as this actor over HTTP (empty for anonymous). */
  headers: Headers
}

const PASSWORD = 'correct horse battery staple'

/** Creates one account per actor, each with exactly the roles its name says. */
export async function createActors(payload: Payload): Promise<Record<TActorName, TActor>> {
  const actors = {} as Record<TActorName, TActor>
  for (const [name, roles] of Object.entries(ACTORS) as [TActorName, readonly TRole[] | null][]) {
    if (!roles) {
      actors[name] = { name, user: null, headers: new Headers() }
      continue
    }
    const email = `${name.toLowerCase()}@actors.test`
    const user = await payload.create({
      collection: USERS,
      data: { email, password: PASSWORD, name, roles: [...roles] },
      overrideAccess: true,
    })
    if (JSON.stringify(user.roles) !== JSON.stringify(roles)) {
      throw new Error(`Test actor ${name} got roles ${JSON.stringify(user.roles)} instead of ${JSON.stringify(roles)}`)
    }
    const { token } = await payload.login({ collection: USERS, data: { email, password: PASSWORD } })
    actors[name] = { name, user, headers: new Headers({ Authorization: `JWT ${token}` }) }
  }
  return actors
}
