import type { Payload, RequiredDataFromCollectionSlug, TypedCollectionSelect } from 'payload'
import { SOURCES, type TReviewedCollection } from '../slugs'
import { transitionRecord, type TTransitionArgs } from '../workflow/transitionRecord'
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

/** One workflow step on a record, taken by `by` through the Local API. */
export function step(
  { payload, actors }: TIntegrationWithActors,
  collection: TReviewedCollection,
  id: number,
  action: TTransitionArgs['action'],
  by: TActorName,
  options: Pick<TTransitionArgs, 'comment' | 'version' | 'assignee'> = {},
) {
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
