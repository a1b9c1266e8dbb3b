import { CITING_COLLECTIONS, type TCitingCollection } from '@itinera/contracts/domain'
import { canTransition, mayDecide } from '@itinera/contracts/workflow'
import type { PayloadRequest, UIFieldServerProps } from 'payload'
import { citationCheckStates, type TCitationCheckState, type TCitationRow } from '../workflow/citationChecks'
import { editorsOf } from '../workflow/transitionRecord'
import { CitationCheckToggle } from './CitationCheckToggle'

// One read of a record's checks per request, however many citation rows ask.
const statesOfRequest = new WeakMap<PayloadRequest, Promise<TCitationCheckState[]>>()

/**
 * A citation row's check against its source: under review, the reviewer who may approve ticks
 * "Checked against the source" (with a note) on each new or changed citation; anyone reads who
 * checked it and when. Nothing on a citation unchanged since approval that was never checked.
 */
export async function CitationCheck({ collectionSlug, data, id, path, req, user }: UIFieldServerProps) {
  if (!id || !user || !(CITING_COLLECTIONS as readonly string[]).includes(collectionSlug)) return null
  const collection = collectionSlug as TCitingCollection
  const record = { ...(data as { citations?: TCitationRow[] | null }), id: Number(id) }
  if (!statesOfRequest.has(req)) statesOfRequest.set(req, citationCheckStates(req, collection, record))
  const index = Number(/^citations\.(\d+)\./.exec(path)?.[1])
  const rowId = record.citations?.[index]?.id
  const state = (await statesOfRequest.get(req)!).find((row) => row.citation === rowId)
  if (!state || (!state.changed && !state.check)) return null
  const reviewState = (data as { reviewState?: string | null }).reviewState ?? 'draft'
  const mayCheck =
    state.changed &&
    canTransition({
      from: reviewState as Parameters<typeof canTransition>[0]['from'],
      action: 'approve',
      roles: user.roles,
      actorEditedVersion: !mayDecide(user.id as number, editorsOf(data as Parameters<typeof editorsOf>[0])),
    }).allowed
  return (
    <CitationCheckToggle
      collection={collection}
      recordId={Number(id)}
      citation={state.citation}
      changed={state.changed}
      inReview={reviewState === 'in_review'}
      mayCheck={mayCheck}
      initial={state.check}
    />
  )
}
