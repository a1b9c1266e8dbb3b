import { tagsForChange, type TChangedRecord, type TTripOnPages } from '@itinera/contracts/cache-tags'
import { relationId } from '@itinera/contracts/relation-id'
import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest, Where } from 'payload'
import type { TWorkflowContext } from '../workflow/enforceWorkflowOnSave'
import { TRIPS } from '../slugs'
import { revalidateOnCommit } from './revalidateReaderTask'

type TPublicCollection = TChangedRecord['collection']

const slugOf = (value: unknown) =>
  value && typeof value === 'object' ? ((value as { slug?: string }).slug ?? null) : null

/** Where an approved trip names a record of each public collection: what the trip's page shows. */
const NAMED_BY_TRIP: Record<TPublicCollection, (id: number) => Where> = {
  trips: (id) => ({ id: { equals: id } }),
  leaders: (id) => ({ leader: { equals: id } }),
  polities: (id) => ({
    or: [{ 'stops.polity': { equals: id } } as Where, { 'stops.alternativePolities.polity': { equals: id } }],
  }),
  places: (id) => ({ 'stops.places': { in: [id] } }),
  people: (id) => ({ 'stops.meetings.person': { equals: id } }),
  sources: (id) => ({ 'citations.source': { equals: id } }),
}

/**
 * The approved trips whose pages show a record, as they stand in the request's transaction; a trip
 * just retracted (no longer published, its content unchanged) still names the pages it leaves.
 */
async function tripsShowing(
  req: PayloadRequest,
  collection: TPublicCollection,
  id: number,
  retracted = false,
): Promise<TTripOnPages[]> {
  const published: Where = { _status: { equals: 'published' } }
  const { docs } = await req.payload.find({
    collection: TRIPS,
    where: {
      and: [retracted && collection === TRIPS ? {} : published, NAMED_BY_TRIP[collection](id)],
    },
    select: {
      slug: true,
      leader: true,
      stops: { polity: true, alternativePolities: { polity: true } },
      citations: { source: true },
    },
    depth: 1,
    populate: { leaders: { slug: true }, polities: { slug: true }, sources: { title: true } },
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map(onPages)
}

type TTripDoc = {
  slug: string
  leader?: unknown
  stops?: { polity?: unknown; alternativePolities?: { polity?: unknown }[] | null }[] | null
  citations?: { source?: unknown }[] | null
}

/** The pages a trip (its leader's and countries' slugs populated) is on. */
const onPages = (trip: TTripDoc): TTripOnPages => ({
  slug: trip.slug,
  leader: slugOf(trip.leader),
  polities: (trip.stops ?? [])
    .flatMap((stop) => [stop.polity, ...(stop.alternativePolities ?? []).map((alternative) => alternative.polity)])
    .flatMap((polity) => slugOf(polity) ?? []),
  sources: (trip.citations ?? []).flatMap((citation) => relationId(citation.source as never) ?? []),
})

/**
 * The pages a trip was on as last approved before this save (its latest published versions, this
 * one among them): a trip moved to another leader or country leaves the old one's page, which the
 * reader refreshes by path and so must be named.
 */
async function previouslyOn(req: PayloadRequest, id: number): Promise<TTripOnPages[]> {
  const { docs } = await req.payload.findVersions({
    collection: TRIPS,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 2,
    pagination: false,
    depth: 1,
    populate: { leaders: { slug: true }, polities: { slug: true }, sources: { title: true } },
    overrideAccess: true,
    req,
  })
  return docs.map((version) => onPages(version.version as TTripDoc))
}

// Drafts and edits under review are not public: only an approved version changes what readers see.
const isPublic = (doc: object) => !('_status' in doc) || doc._status === 'published'

/**
 * A public record saved (reference data edited, a trip or source approved): the reader refreshes
 * the lists, its page and the pages of the approved trips that show it, once the save commits.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  // A retraction takes a public record offline: its page, the lists and the trips showing it change.
  const retracted = (req.context as TWorkflowContext).workflowTransition === 'retract'
  if ((req.context as TWorkflowContext).seedDataset || (!isPublic(doc) && !retracted)) return doc
  const record: TChangedRecord = { collection: collection.slug as TPublicCollection, id: doc.id, slug: doc.slug }
  // A record created in this save is named by no approved trip yet (one approved later announces itself).
  const trips =
    operation === 'create' && record.collection !== TRIPS
      ? []
      : await tripsShowing(req, record.collection, doc.id, retracted)
  if (record.collection === TRIPS && operation === 'update') trips.push(...(await previouslyOn(req, doc.id)))
  await revalidateOnCommit(req, tagsForChange(record, trips))
  return doc
}

/** A deleted public record leaves the reader: announced while its row and the trips naming it are still there. */
export const revalidateBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const slug = collection.slug as TPublicCollection
  const doc = await req.payload.findByID({
    collection: slug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc || !isPublic(doc)) return
  await revalidateOnCommit(
    req,
    tagsForChange(
      { collection: slug, id: doc.id, slug: 'slug' in doc ? doc.slug : null },
      await tripsShowing(req, slug, doc.id),
    ),
  )
}
