import { CITING_COLLECTIONS, type TCitingCollection } from '@itinera/contracts/domain'
import {
  createLocalReq,
  type Payload,
  type RequiredDataFromCollectionSlug,
  type TypedCollectionSelect,
  type TypedUser,
} from 'payload'
import { SOURCES, type TReviewedCollection } from '../slugs'
import { checkCitation } from '../workflow/checkCitation'
import { citationCheckStates, type TCitationRow } from '../workflow/citationChecks'
import { transitionRecord, type TTransitionArgs } from '../workflow/transitionRecord'
import { WorkflowError } from '../workflow/workflowError'
import type { TActorName } from './actors'
import type { TActors } from './integration'

/** What the shortcuts below act through: the Local API and the signed-in actors. */
export interface TIntegrationWithActors {
  payload: Payload
  actors: TActors
}

// Payload's option types resolve only for a concrete slug, so the two calls below are cast: their
// callers' `data` is checked against the slug's own type instead.

/** Creates a draft with `by`'s access, as "Save draft" in the admin does. */
export function createDraft<TSlug extends TReviewedCollection>(
  { payload, actors }: TIntegrationWithActors,
  collection: TSlug,
  data: RequiredDataFromCollectionSlug<TSlug>,
  by: TActorName,
) {
  return payload.create<TSlug, TypedCollectionSelect[TSlug]>({
    collection,
    data,
    draft: true,
    overrideAccess: false,
    user: actors[by].user,
  } as never)
}

/** Saves an edit of a record as a draft with `by`'s access. */
export function saveDraft<TSlug extends TReviewedCollection>(
  { payload, actors }: TIntegrationWithActors,
  collection: TSlug,
  id: number,
  data: Partial<RequiredDataFromCollectionSlug<TSlug>>,
  by: TActorName,
) {
  return payload.update<TSlug, TypedCollectionSelect[TSlug]>({
    collection,
    id,
    data,
    draft: true,
    overrideAccess: false,
    user: actors[by].user,
  } as never)
}

/**
 * `user` marks every changed citation of a record in review as checked against its source, as a
 * reviewer does before approving. A refusal (not in review, not theirs to decide) is left for the
 * approval to give: it applies the same rule.
 */
export async function checkChangedCitations(
  payload: Payload,
  collection: TReviewedCollection,
  id: number,
  user: TypedUser | null,
) {
  if (!(CITING_COLLECTIONS as readonly string[]).includes(collection)) return
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })
  const req = await createLocalReq({}, payload)
  const states = await citationCheckStates(req, collection, doc as { id: number; citations?: TCitationRow[] })
  for (const { citation } of states.filter((state) => state.changed && !state.check)) {
    try {
      await checkCitation(payload, { collection: collection as TCitingCollection, id, citation, checked: true, user })
    } catch (error) {
      if (error instanceof WorkflowError) return
      throw error
    }
  }
}

/**
 * One workflow step on a record, taken by `by` through the Local API. An approval is preceded by
 * `by` checking the changed citations against their sources, unless `checkCitations: false`.
 */
export async function step(
  { payload, actors }: TIntegrationWithActors,
  collection: TReviewedCollection,
  id: number,
  action: TTransitionArgs['action'],
  by: TActorName,
  {
    checkCitations = true,
    ...options
  }: Pick<TTransitionArgs, 'comment' | 'version' | 'assignee'> & {
    checkCitations?: boolean
  } = {},
) {
  if (action === 'approve' && checkCitations) await checkChangedCitations(payload, collection, id, actors[by].user)
  return transitionRecord(payload, { collection, id, action, user: actors[by].user, ...options })
}

/** A draft archival source by `by`; `data` holds what the test is about. */
export const draftSource = (
  integration: TIntegrationWithActors,
  by: TActorName,
  data: Partial<RequiredDataFromCollectionSlug<typeof SOURCES>> = {},
) =>
  createDraft(
    integration,
    SOURCES,
    { kind: 'archival_document', sourceClass: 'archival', title: 'Ciphered telegram', ...data },
    by,
  )

/** Submitted by an editor and approved by a reviewer: the whole way to publication. */
export async function submitAndApprove(
  integration: TIntegrationWithActors,
  collection: TReviewedCollection,
  id: number,
) {
  await step(integration, collection, id, 'submit', 'editor')
  return step(integration, collection, id, 'approve', 'reviewer')
}

/** A source an editor wrote and a reviewer approved: one a trip may cite and be approved with. */
export async function approvedSource(
  integration: TIntegrationWithActors,
  data?: Partial<RequiredDataFromCollectionSlug<typeof SOURCES>>,
) {
  const source = await draftSource(integration, 'editor', data)
  await submitAndApprove(integration, SOURCES, source.id)
  return source
}

/** A record's latest version, draft or not, as staff see it. */
export const latestVersion = <TSlug extends TReviewedCollection>(
  { payload }: { payload: Payload },
  collection: TSlug,
  id: number,
) => payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })

/** What an anonymous reader gets of a record: its approved version, or null. */
export const publicVersion = <TSlug extends TReviewedCollection>(
  { payload }: { payload: Payload },
  collection: TSlug,
  id: number,
) => payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: null, disableErrors: true })

/** Every stored version of a record, oldest first. */
export const versionsOf = async <TSlug extends TReviewedCollection>(
  { payload }: { payload: Payload },
  collection: TSlug,
  id: number,
) =>
  (
    await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: 'updatedAt',
      depth: 0,
      limit: 0,
      overrideAccess: true,
    })
  ).docs
