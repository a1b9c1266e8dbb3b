import { randomBytes } from 'node:crypto'
import { normalizeIsbn } from '@itinera/contracts/identifiers'
import type { TImportExistingTrip } from '@itinera/contracts/schemas'
import { factPath } from '@itinera/contracts/trip-facts'
import {
  fold,
  toSlug,
  type TImportPlan,
  type TListFormat,
  type TParsedReference,
  type TPlannedStop,
  type TPlannedTrip,
} from '@itinera/importer'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'
import type { Trip } from '../payload-types'
import { LEADERS, PEOPLE, PLACES, SOURCES, TRIPS } from '../slugs'
import { existingTripsOf } from './existingTrips'
import { loadNameIndex, type TDatabaseNameIndex } from './nameIndex'
import { IMPORT_BUDGET, planInWorker, type TImportBudget } from './planInWorker'

export interface TImportRequest {
  text: string
  format: TListFormat
  /** Slug of the leader whose trips the list records. */
  leader: string
  /** Journey grouping the editor chose in the preview (stop lines). */
  splitBefore?: number[]
  mergeBefore?: number[]
}

/** A request the importer refuses before touching anything, naming the field. */
export class ImportRequestError extends Error {
  readonly status = 400
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`)
    this.name = 'ImportRequestError'
  }
}

export interface TSourceMatch {
  ref: number
  /** The existing source this reference is, or null when it will be created. */
  existingId: number | null
  matchedBy: 'isbn' | 'url' | 'title' | null
}

export interface TImportPreview {
  plan: TImportPlan
  sources: TSourceMatch[]
}

export interface TImportResult extends TImportPreview {
  trips: { id: number; slug: string; title: string; stops: number }[]
  created: { trips: number; stops: number; sources: number; places: number; people: number }
  matched: { sources: number }
}

/** How far an import has come: rows read, stops planned, then drafts created of the trips planned. */
export interface TImportProgress {
  rowsParsed: number | null
  stopsPlanned: number | null
  tripsCreated: number
  tripsTotal: number | null
}

export interface TImportOptions {
  budget?: TImportBudget
  /** Told at each step (and after each batch of drafts); awaited, so it may write the progress down. */
  onProgress?: (progress: TImportProgress) => void | Promise<void>
}

/** The leader's own country is never a destination. */
const HOME_POLITY = 'north-korea'
/** Drafts created between two yields to the event loop, so other requests are served meanwhile. */
const CREATE_BATCH = 20
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

const normalTitle = (title: string) =>
  fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
const rowId = () => randomBytes(12).toString('hex')

async function leaderId(payload: Payload, slug: string, req?: Partial<PayloadRequest>): Promise<number> {
  const leaders = await payload.find({
    collection: LEADERS,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { slug: true },
  })
  const leader = leaders.docs.find((doc) => doc.slug === slug)
  if (!leader)
    throw new ImportRequestError(
      'leader',
      `no leader "${slug}"; known: ${leaders.docs.map((doc) => doc.slug).join(', ')}.`,
    )
  return leader.id
}

/** Existing sources by ISBN, URL and normalized title, so an import links to them instead of duplicating. */
async function sourceMatcher(payload: Payload, req?: Partial<PayloadRequest>) {
  const { docs } = await payload.find({
    collection: SOURCES,
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { title: true, url: true, date: true, identifiers: { isbn: true } },
  })
  const byIsbn = new Map<string, number>()
  const byUrl = new Map<string, number>()
  // A title alone matches only the same edition: not when years or ISBNs say otherwise.
  const byTitle = new Map<string, { id: number; year: number | null; isbn: string | null }[]>()
  type TKnown = { isbn?: string | null; url?: string | null; title: string; year?: number | null }
  const remember = (id: number, source: TKnown) => {
    const isbn = source.isbn ? normalizeIsbn(source.isbn) : null
    if (isbn) byIsbn.set(isbn, id)
    if (source.url) byUrl.set(source.url, id)
    const key = normalTitle(source.title)
    byTitle.set(key, [...(byTitle.get(key) ?? []), { id, year: source.year ?? null, isbn }])
  }
  for (const doc of docs)
    remember(doc.id, { isbn: doc.identifiers?.isbn, url: doc.url, title: doc.title, year: doc.date?.year })
  const match = (reference: TParsedReference): Omit<TSourceMatch, 'ref'> => {
    const isbn = reference.isbn && byIsbn.get(normalizeIsbn(reference.isbn))
    if (isbn) return { existingId: isbn, matchedBy: 'isbn' }
    const url = reference.url && byUrl.get(reference.url)
    if (url) return { existingId: url, matchedBy: 'url' }
    const year = reference.date?.year ?? null
    const isbnOf = reference.isbn ? normalizeIsbn(reference.isbn) : null
    const title = byTitle
      .get(normalTitle(reference.title))
      ?.find(
        (known) =>
          (known.year == null || year == null || known.year === year) &&
          (known.isbn == null || isbnOf == null || known.isbn === isbnOf),
      )
    return title ? { existingId: title.id, matchedBy: 'title' } : { existingId: null, matchedBy: null }
  }
  return { match, remember }
}

/**
 * Parses and plans the list in a worker thread (within the budget) against the database's names,
 * reporting the rows read and the stops planned.
 */
async function planAgainst(
  request: TImportRequest,
  names: TDatabaseNameIndex,
  { budget = IMPORT_BUDGET, onProgress }: TImportOptions,
): Promise<{ plan: TImportPlan; progress: TImportProgress }> {
  const progress: TImportProgress = { rowsParsed: null, stopsPlanned: null, tripsCreated: 0, tripsTotal: null }
  let parsed = Promise.resolve()
  const plan = await planInWorker(
    request.text,
    request.format,
    {
      index: names.index,
      homePolity: HOME_POLITY,
      splitBefore: request.splitBefore,
      mergeBefore: request.mergeBefore,
    },
    budget,
    (rows) => {
      parsed = Promise.resolve(onProgress?.({ ...progress, rowsParsed: rows }))
      // Awaited once the plan is back; a failure before then is the plan's to report.
      parsed.catch(() => undefined)
      progress.rowsParsed = rows
    },
  )
  await parsed
  progress.stopsPlanned = plan.trips.reduce((count, trip) => count + trip.stops.length, 0)
  progress.tripsTotal = plan.trips.length
  await onProgress?.({ ...progress })
  return { plan, progress }
}

/**
 * Parses, resolves against the database, matches sources and finds the leader's trips each planned
 * trip repeats or overlaps (`existing`, one list per planned trip), writing nothing: the admin's preview.
 */
export async function previewImport(
  payload: Payload,
  request: TImportRequest,
  options: TImportOptions = {},
): Promise<TImportPreview & { names: TDatabaseNameIndex; existing: TImportExistingTrip[][] }> {
  const leader = await leaderId(payload, request.leader)
  const names = await loadNameIndex(payload)
  const { plan } = await planAgainst(request, names, options)
  const { match } = await sourceMatcher(payload)
  return {
    plan,
    names,
    sources: plan.sources.map((reference) => ({ ref: reference.ref, ...match(reference) })),
    existing: await existingTripsOf(payload, leader, plan.trips),
  }
}

/**
 * Creates the drafts of a list in one transaction, as `user` (so the collections' access
 * rules and the four-eyes record apply): draft sources, places and people where new, and a draft trip
 * per journey with its stops, per-fact citations and the importer's notes. Never publishes.
 * Anything failing rolls everything back. Drafts are created in batches, yielding to other requests between them.
 */
export async function importTripList(
  payload: Payload,
  request: TImportRequest,
  { user, ...options }: TImportOptions & { user: TypedUser },
): Promise<TImportResult> {
  const req = await createLocalReq({ user }, payload)
  await initTransaction(req)
  try {
    const leader = await leaderId(payload, request.leader, req)
    const names = await loadNameIndex(payload, req)
    const { plan, progress } = await planAgainst(request, names, options)
    const as = { req, overrideAccess: false, user, depth: 0 } as const
    const created = { trips: 0, stops: 0, sources: 0, places: 0, people: 0 }
    let matchedSources = 0

    const { match, remember } = await sourceMatcher(payload, req)
    const sourceIdByRef = new Map<number, number>()
    const sourceMatches: TSourceMatch[] = []
    for (const reference of plan.sources) {
      const found = match(reference)
      sourceMatches.push({ ref: reference.ref, ...found })
      if (found.existingId) {
        sourceIdByRef.set(reference.ref, found.existingId)
        matchedSources += 1
        continue
      }
      const doc = await payload.create({ collection: SOURCES, data: sourceData(reference), draft: true, ...as })
      remember(doc.id, { isbn: reference.isbn, url: reference.url, title: reference.title, year: reference.date?.year })
      sourceIdByRef.set(reference.ref, doc.id)
      created.sources += 1
    }
    // The list itself: where every imported fact was read, cited beside the list's own references.
    let listSourceId: number | null = null
    if (plan.listTitle) {
      const listReference = { title: plan.listTitle, isbn: null, url: null } as const
      const found = match({ ...listReference } as TParsedReference)
      listSourceId =
        found.existingId ??
        (
          await payload.create({
            collection: SOURCES,
            data: { kind: 'web_page', sourceClass: 'tertiary', title: plan.listTitle },
            draft: true,
            ...as,
          })
        ).id
      if (!found.existingId) {
        remember(listSourceId, listReference)
        created.sources += 1
      }
    }

    const ensure = async (
      collection: typeof PLACES | typeof PEOPLE,
      ids: Map<string, number>,
      name: string,
      data: Record<string, unknown>,
    ) => {
      const key = `new:${fold(name)}`
      const known = ids.get(key)
      if (known) return known
      // A draft like the trips: not public until a reviewer approves it.
      const doc = await payload.create({
        collection,
        data: { name, slug: await uniqueSlug(payload, collection, toSlug(name), req), ...data } as never,
        draft: true,
        ...as,
      })
      ids.set(key, doc.id)
      created[collection === PLACES ? 'places' : 'people'] += 1
      return doc.id
    }

    const trips: TImportResult['trips'] = []
    const slugsTaken = new Set<string>()
    for (const [index, trip] of plan.trips.entries()) {
      const stops: NonNullable<Trip['stops']> = []
      const citations: NonNullable<Trip['citations']> = []
      const cite = (fact: string, refs: number[]) => {
        const sources = [listSourceId, ...refs.map((ref) => sourceIdByRef.get(ref) ?? null)]
        for (const [at, source] of [...new Set(sources)].entries()) {
          if (source == null) continue
          const reference =
            at === 0 ? null : plan.sources.find((candidate) => sourceIdByRef.get(candidate.ref) === source)
          citations.push({
            fact,
            source,
            locator: reference?.pages ? { page: reference.pages.replace(/^pp?\.\s*/, '') } : undefined,
          })
        }
      }
      cite(factPath.certainty(), [...new Set(trip.stops.flatMap(rowRefs))])
      for (const stop of trip.stops) {
        const id = rowId()
        const polity = stop.polity?.key ? (names.ids.polities.get(stop.polity.key) ?? null) : null
        const places: number[] = []
        for (const place of stop.places) {
          places.push(
            place.key
              ? names.ids.places.get(place.key)!
              : await ensure(PLACES, names.ids.places, place.name, { polity }),
          )
        }
        const meetings: NonNullable<NonNullable<Trip['stops']>[number]['meetings']> = []
        for (const person of stop.people) {
          const personId = person.key
            ? names.ids.people.get(person.key)!
            : await ensure(PEOPLE, names.ids.people, person.name, {})
          meetings.push({ id: rowId(), person: personId, title: person.title })
        }
        const details = stop.details ? [{ id: rowId(), text: stop.details.text }] : []
        const refs = rowRefs(stop)
        cite(factPath.stopDates(id), refs)
        if (polity) cite(factPath.stopPolity(id), refs)
        if (places.length)
          cite(
            factPath.stopPlaces(id),
            stop.places.some((place) => place.refs.length) ? stop.places.flatMap((place) => place.refs) : refs,
          )
        meetings.forEach((meeting, at) =>
          cite(factPath.meeting(id, meeting.id!), stop.people[at]!.refs.length ? stop.people[at]!.refs : refs),
        )
        details.forEach((detail) =>
          cite(factPath.detail(id, detail.id), stop.details!.refs.length ? stop.details!.refs : refs),
        )
        stops.push({ id, polity, places, start: stop.start, end: stop.end ?? undefined, meetings, details })
      }
      const slug = await uniqueSlug(payload, TRIPS, tripSlug(trip), req, slugsTaken)
      slugsTaken.add(slug)
      const doc = await payload.create({
        collection: TRIPS,
        data: {
          title: tripTitle(trip),
          slug,
          leader,
          kind: trip.kind ?? undefined,
          certainty: trip.certainty,
          stops,
          citations,
          importWarnings: trip.stops.flatMap((stop) =>
            stop.warnings.map(({ line, code, message }) => ({ line, code, message })),
          ),
        },
        draft: true,
        ...as,
      })
      trips.push({ id: doc.id, slug: doc.slug, title: doc.title, stops: stops.length })
      created.trips += 1
      created.stops += stops.length
      await options.onProgress?.({ ...progress, tripsCreated: index + 1 })
      if ((index + 1) % CREATE_BATCH === 0) await nextTurn()
    }
    await commitTransaction(req)
    return { plan, sources: sourceMatches, trips, created, matched: { sources: matchedSources } }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** References of the row itself: those printed after a place support the places only. */
function rowRefs(stop: TPlannedStop): number[] {
  const placeOnly = new Set(stop.places.flatMap((place) => place.refs))
  const own = stop.refs.filter((ref) => !placeOnly.has(ref))
  return own.length ? own : stop.refs
}

function sourceData(reference: TParsedReference) {
  return {
    kind: reference.kind,
    sourceClass:
      reference.kind === 'archival_document'
        ? 'archival'
        : reference.kind === 'news_article'
          ? 'news'
          : reference.kind === 'web_page'
            ? 'tertiary'
            : 'scholarship',
    title: reference.title.slice(0, 1000),
    authors: reference.authors.map((name) => ({ name: name.slice(0, 300) })),
    date: reference.date ?? undefined,
    publisher: reference.publisher?.slice(0, 300),
    translator: reference.translator?.slice(0, 300),
    obtainedBy: reference.obtainedBy?.slice(0, 300),
    url: reference.url ?? undefined,
    // No address, no status: a reference marked dead with no link keeps none.
    urlStatus: reference.url ? (reference.urlStatus ?? undefined) : undefined,
    archiveDate: reference.archiveDate ?? undefined,
    accessDate: reference.accessDate ?? undefined,
    identifiers: { isbn: reference.isbn ?? undefined, callNumber: reference.callNumber?.slice(0, 300) },
    summary: `Imported from reference [${reference.ref}] of a trip list: ${reference.text}`.slice(0, 5000),
  } as const
}

const countryNames = (trip: TPlannedTrip) => [
  ...new Set(trip.stops.map((stop) => stop.polity?.name).filter((name): name is string => Boolean(name))),
]

function tripTitle(trip: TPlannedTrip): string {
  const countries = countryNames(trip)
  const listed =
    countries.length <= 1
      ? (countries[0] ?? 'an unnamed country')
      : `${countries.slice(0, -1).join(', ')} and ${countries.at(-1)}`
  const prefix = trip.certainty === 'rumored' ? 'Rumored visit to' : countries.length > 2 ? 'Tour of' : 'Visit to'
  return `${prefix} ${listed}`.slice(0, 300)
}

function tripSlug(trip: TPlannedTrip): string {
  const first = trip.stops[0]!.start
  const month = first.month ? `-${String(first.month).padStart(2, '0')}` : ''
  const countries = countryNames(trip)
  return `${first.year}${month}-${toSlug(countries.length > 2 ? 'tour' : (countries[0] ?? 'trip'))}`
}

/** `base`, or `base-2`, `base-3`… when taken (in the database or earlier in this import). */
async function uniqueSlug(
  payload: Payload,
  collection: typeof TRIPS | typeof PLACES | typeof PEOPLE,
  base: string,
  req: PayloadRequest,
  taken = new Set<string>(),
) {
  const safeBase = base
  const existing = await payload.find({
    collection,
    where: { slug: { like: safeBase } },
    pagination: false,
    depth: 0,
    select: { slug: true },
    draft: true,
    overrideAccess: true,
    req,
  })
  const used = new Set([...existing.docs.map((doc) => doc.slug), ...taken])
  if (!used.has(safeBase)) return safeBase
  for (let suffix = 2; ; suffix += 1) if (!used.has(`${safeBase}-${suffix}`)) return `${safeBase}-${suffix}`
}
