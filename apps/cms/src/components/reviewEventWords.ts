import { relationId } from '@itinera/contracts/relation-id'
import type { TWorkflowAction } from '@itinera/contracts/workflow'
import type { Payload } from 'payload'
import type { ReviewEvent } from '../payload-types'
import { USERS } from '../slugs'

/** Each step in the past tense, as a history reads. */
export const STEP_DONE: Record<Exclude<TWorkflowAction, 'edit'>, string> = {
  submit: 'submitted it for review',
  withdraw: 'withdrew it from review',
  approve: 'approved and published it',
  request_changes: 'requested changes',
  request_retraction: 'asked for its retraction',
  retract: 'retracted it (taken offline)',
  cancel_retraction: 'cancelled the retraction',
}

export const stateWords = (state: string) => state.replaceAll('_', ' ')

export const dateTimeWords = (date: string) =>
  new Date(date).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'

/**
 * Who took each step, by name: the name the event kept, or for an event written before names
 * were kept, the account's name (names only: no e-mail leaves this server component).
 */
export async function actorNames(payload: Payload, events: ReviewEvent[]): Promise<Map<number, string>> {
  const names = new Map<number, string>()
  const missing = new Set<number>()
  for (const event of events) {
    const actor = relationId(event.actor)
    if (actor == null) continue
    if (event.actorName) names.set(event.id, event.actorName)
    else missing.add(actor)
  }
  if (!missing.size) return names
  const { docs } = await payload.find({
    collection: USERS,
    where: { id: { in: [...missing] } },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byUser = new Map(docs.map((user) => [user.id, user.name]))
  for (const event of events) {
    const actor = relationId(event.actor)
    if (actor != null && !names.has(event.id)) names.set(event.id, byUser.get(actor) ?? 'A former user')
  }
  return names
}

/** Who took a step, for an event `actorNames` read: a seed step has no person. */
export const actorOf = (names: Map<number, string>, event: ReviewEvent) => names.get(event.id) ?? 'The seed dataset'
