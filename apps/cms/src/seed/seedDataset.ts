import { referenceFactPath } from '@itinera/contracts/reference-facts'
import { factPath } from '@itinera/contracts/trip-facts'
import { fold } from '@itinera/importer'
import {
  PEOPLE as GAZETTEER_PEOPLE,
  PLACES as GAZETTEER_PLACES,
  POLITIES as GAZETTEER_POLITIES,
  REFERENCE_SOURCES,
  type TGazetteerCitation,
  type TGazetteerDate,
  type TGazetteerPerson,
} from '@itinera/importer/gazetteer'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import type { Trip } from '../payload-types'
import { LEADERS, PEOPLE, PLACES, POLITIES, REVIEW_EVENTS, SOURCES, TRIPS } from '../slugs'
import type { TWorkflowContext } from '../workflow/enforceWorkflowOnSave'
import { approveSeedRecord } from '../workflow/approveSeedRecord'
import { KIM_IL_SUNG_TRIPS } from './data/kim-il-sung-trips'
import { KIM_JONG_UN_TRIPS } from './data/kim-jong-un-trips'
import { SEED_SOURCES } from './data/sources'
import type { TSeedCitation, TSeedSource, TSeedTrip } from './data/types'
import { LEADER_SEED } from './leaders'
import { seedKimJongIlTrips } from './seedKimJongIlTrips'

/** The comment on every review event of the seed dataset: how a reader tells seeded records apart. */
export const SEED_REVIEW_COMMENT = 'Seed dataset: approved on first start from the project’s structured seed data.'

export interface TSeedDatasetSummary {
  loaded: boolean
  polities: number
  places: number
  people: number
  sources: number
  trips: number
}

const date = (value: TGazetteerDate | undefined) =>
  value
    ? { year: value.year, month: value.month ?? null, day: value.day ?? null, circa: value.circa ?? false }
    : undefined
const alternates = (names: string[]) => names.map((name) => ({ name }))

type TSeedReference = typeof POLITIES | typeof PLACES | typeof PEOPLE | typeof LEADERS

/** Finds by slug or creates a draft: reference data is shared, never duplicated. */
async function ensureBySlug(
  payload: Payload,
  req: PayloadRequest,
  collection: TSeedReference,
  slug: string,
  data: () => Record<string, unknown>,
): Promise<{ id: number; created: boolean }> {
  const existing = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (existing.docs[0]) return { id: existing.docs[0].id, created: false }
  const doc = await payload.create({
    collection,
    data: { slug, ...data() } as never,
    draft: true,
    req,
    overrideAccess: true,
    context: { seedDataset: true } satisfies TWorkflowContext,
  })
  return { id: doc.id, created: true }
}

/**
 * Loads the seed dataset once, in one transaction: the gazetteer's polities, places and people,
 * then every source and trip as drafts that the system approves through the workflow, each with
 * review events saying it came from the seed. Skipped when it was loaded before.
 */
export async function seedDataset(payload: Payload): Promise<TSeedDatasetSummary> {
  const summary: TSeedDatasetSummary = { loaded: false, polities: 0, places: 0, people: 0, sources: 0, trips: 0 }
  const seeded = await payload.count({
    collection: REVIEW_EVENTS,
    // Trips only: the gazetteer alone is also loaded (and approved) before an import.
    where: { collection: { equals: TRIPS }, comment: { equals: SEED_REVIEW_COMMENT } },
    overrideAccess: true,
  })
  if (seeded.totalDocs > 0) return summary

  const context: TWorkflowContext = { seedDataset: true }
  const req = await createLocalReq({ context }, payload)
  await initTransaction(req)
  try {
    const { polityIds, placeIds, personIds, leaderIds, created } = await seedReferenceData(payload, req)
    Object.assign(summary, created)
    const sourceIds = await seedSources(payload, req)
    summary.sources = new Set(sourceIds.values()).size
    await seedKimJongIlTrips(payload, req, { summary, polityIds, placeIds, personIds, leaderIds, sourceIds })
    for (const trip of [...KIM_IL_SUNG_TRIPS, ...KIM_JONG_UN_TRIPS]) {
      const doc = await payload.create({
        collection: TRIPS,
        data: tripData(trip, {
          leader: leaderIds,
          polity: polityIds,
          place: placeIds,
          person: personIds,
          source: sourceIds,
        }),
        draft: true,
        req,
        overrideAccess: true,
        context,
      })
      await approveSeedRecord(payload, { collection: TRIPS, id: doc.id, comment: SEED_REVIEW_COMMENT, req })
      summary.trips += 1
    }
    await commitTransaction(req)
    summary.loaded = true
    return summary
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Reference citations: each names a fact of the record, its source by id. */
const referenceCitations = (sourceIds: Map<string, number>, facts: [string, TGazetteerCitation[] | undefined][]) =>
  facts.flatMap(([fact, list]) =>
    (list ?? []).map((citation) => ({
      fact,
      source: lookup(sourceIds, citation.source, 'reference source'),
      locator: citation.locator,
      note: citation.note,
    })),
  )

/** The sources of the gazetteer's reference facts: found by URL, else created and approved. */
async function seedReferenceSources(payload: Payload, req: PayloadRequest): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const { key, authors, date: sourceDate, ...fields } of REFERENCE_SOURCES) {
    const existing = await payload.find({
      collection: SOURCES,
      where: { url: { equals: fields.url } },
      limit: 1,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
    })
    if (existing.docs[0]) {
      ids.set(key, existing.docs[0].id)
      continue
    }
    const doc = await payload.create({
      collection: SOURCES,
      data: { ...fields, authors: (authors ?? []).map((name) => ({ name })), date: date(sourceDate) },
      draft: true,
      req,
      overrideAccess: true,
      context: { seedDataset: true } satisfies TWorkflowContext,
    })
    await approveSeedRecord(payload, { collection: SOURCES, id: doc.id, comment: SEED_REVIEW_COMMENT, req })
    ids.set(key, doc.id)
  }
  return ids
}

/**
 * The gazetteer's polities (with successors and names by period), places and people, and the
 * leaders, each with the citations of its offices, official names and validity dates: created
 * where missing, as drafts the system then approves after the sources they cite. Records that
 * exist already are left as they are.
 */
export async function seedReferenceData(payload: Payload, req: PayloadRequest) {
  const created = { polities: 0, places: 0, people: 0 }
  const sourceIds = await seedReferenceSources(payload, req)
  const toApprove: { collection: TSeedReference; id: number }[] = []
  const ensure = async (collection: TSeedReference, slug: string, data: () => Record<string, unknown>) => {
    const record = await ensureBySlug(payload, req, collection, slug, data)
    if (record.created) toApprove.push({ collection, id: record.id })
    return record
  }
  const polityIds = new Map<string, number>()
  const newPolities = new Set<number>()
  for (const polity of GAZETTEER_POLITIES) {
    const names = (polity.namesByPeriod ?? []).map((period, index) => ({
      ...period,
      id: `${polity.slug}-name-${index + 1}`,
    }))
    const { id, created: isNew } = await ensure(POLITIES, polity.slug, () => ({
      name: polity.name,
      officialName: polity.officialName,
      alternateNames: alternates(polity.alternateNames),
      namesByPeriod: names.map((period) => ({
        id: period.id,
        name: period.name,
        from: date(period.from),
        to: date(period.to),
      })),
      validFrom: date(polity.validFrom),
      validTo: date(polity.validTo),
      modernIsoCodes: polity.modernIsoCodes,
      citations: referenceCitations(sourceIds, [
        [referenceFactPath.officialName(), polity.cite?.officialName],
        [referenceFactPath.validity(), polity.cite?.validity],
        ...names.map((period): [string, TGazetteerCitation[]] => [
          referenceFactPath.periodName(period.id),
          period.cite,
        ]),
      ]),
    }))
    polityIds.set(polity.slug, id)
    if (isNew) newPolities.add(id)
    created.polities += Number(isNew)
  }
  // Before approval, into the same draft: an approved polity is changed only through review.
  for (const polity of GAZETTEER_POLITIES.filter((p) => p.successors?.length)) {
    const id = polityIds.get(polity.slug)!
    if (!newPolities.has(id)) continue
    await payload.update({
      collection: POLITIES,
      id,
      data: { successors: polity.successors!.map((slug) => polityIds.get(slug)!).filter(Boolean) },
      draft: true,
      req,
      overrideAccess: true,
      context: { seedDataset: true } satisfies TWorkflowContext,
    })
  }
  const placeIds = new Map<string, number>()
  for (const place of GAZETTEER_PLACES) {
    const { id, created: isNew } = await ensure(PLACES, place.slug, () => ({
      name: place.name,
      kind: place.kind,
      alternateNames: alternates(place.alternateNames),
      polity: polityIds.get(place.polity),
      todayIsoCode: place.todayIsoCode,
      latitude: place.latitude,
      longitude: place.longitude,
    }))
    placeIds.set(place.slug, id)
    created.places += Number(isNew)
  }
  const personData = (person: TGazetteerPerson) => () => {
    const offices = person.offices.map((office, index) => ({ ...office, id: `${person.slug}-office-${index + 1}` }))
    return {
      name: person.name,
      nativeName: person.nativeName,
      alternateNames: alternates(person.alternateNames),
      offices: offices.map((office) => ({
        id: office.id,
        title: office.title,
        polity: office.polity ? polityIds.get(office.polity) : undefined,
        from: date(office.from),
        to: date(office.to),
      })),
      citations: referenceCitations(
        sourceIds,
        offices.map((office): [string, TGazetteerCitation[] | undefined] => [
          referenceFactPath.office(office.id),
          office.cite,
        ]),
      ),
    }
  }
  const personIds = new Map<string, number>()
  for (const person of GAZETTEER_PEOPLE) {
    const { id, created: isNew } = await ensure(PEOPLE, person.slug, personData(person))
    personIds.set(person.slug, id)
    created.people += Number(isNew)
  }
  const leaderIds = new Map<string, number>()
  for (const leader of LEADER_SEED) {
    const { id } = await ensure(LEADERS, leader.slug, personData(leader))
    leaderIds.set(leader.slug, id)
  }
  for (const { collection, id } of toApprove)
    await approveSeedRecord(payload, { collection, id, comment: SEED_REVIEW_COMMENT, req })

  return { polityIds, placeIds, personIds, leaderIds, created }
}

/**
 * The key under which records cite the same work: folded title and year. A record with nothing
 * but a title and an outlet (the list's references 21 and 40 both name only "Wilson Center Digital
 * Archive") names no work and is never merged, though its title repeats.
 */
export const sameWork = (source: TSeedSource): string | null =>
  source.date || source.authors?.length || source.url || source.identifiers
    ? `${fold(source.title)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()}|${source.date?.year ?? ''}`
    : null

const filled = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)

/**
 * One record of a work cited under several keys: the richest record (most fields filled), its
 * gaps filled field by field from the others in their order, so no author or series is lost to a
 * poorer citation of the same work that happens to come first.
 */
export function mergeSameWork(records: TSeedSource[]): Omit<TSeedSource, 'key'> {
  const richness = (record: TSeedSource) => Object.values(record).filter(filled).length
  const richest = records.reduce((best, record) => (richness(record) > richness(best) ? record : best))
  const merged: Record<string, unknown> = {}
  for (const record of [richest, ...records])
    for (const [field, value] of Object.entries(record))
      if (!filled(merged[field]) && filled(value)) merged[field] = value
  const { key: _key, ...fields } = merged as unknown as TSeedSource
  return fields
}

/** The seed's sources grouped by work, in order of first citation: each group becomes one record. */
export function seedSourceGroups(sources: TSeedSource[] = SEED_SOURCES): TSeedSource[][] {
  const groups = new Map<string, TSeedSource[]>()
  for (const source of sources) {
    const key = sameWork(source) ?? `key:${source.key}`
    groups.set(key, [...(groups.get(key) ?? []), source])
  }
  return [...groups.values()]
}

async function seedSources(payload: Payload, req: PayloadRequest): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const group of seedSourceGroups()) {
    const { authors, date: sourceDate, ...fields } = mergeSameWork(group)
    const doc = await payload.create({
      collection: SOURCES,
      data: {
        ...fields,
        authors: (authors ?? []).map((name) => ({ name })),
        date: date(sourceDate),
      },
      draft: true,
      req,
      overrideAccess: true,
      context: { seedDataset: true } satisfies TWorkflowContext,
    })
    await approveSeedRecord(payload, { collection: SOURCES, id: doc.id, comment: SEED_REVIEW_COMMENT, req })
    for (const source of group) ids.set(source.key, doc.id)
  }
  return ids
}

type TIds = Record<'leader' | 'polity' | 'place' | 'person' | 'source', Map<string, number>>

const lookup = (map: Map<string, number>, key: string, what: string) => {
  const id = map.get(key)
  if (id === undefined) throw new Error(`Seed data refers to an unknown ${what} "${key}".`)
  return id
}

/** A seed trip as trip data: stop keys become row ids, so citations address their facts. */
function tripData(trip: TSeedTrip, ids: TIds): Omit<Trip, 'id' | 'createdAt' | 'updatedAt'> {
  const citations: NonNullable<Trip['citations']> = []
  const cite = (fact: string, list: TSeedCitation[] | undefined) => {
    for (const citation of list ?? []) {
      citations.push({
        fact,
        source: lookup(ids.source, citation.source, 'source'),
        locator: citation.locator,
        note: citation.note,
      })
    }
  }
  cite(factPath.certainty(), trip.certaintyCite)
  const stops = trip.stops.map((stop) => {
    const meetings = stop.meetings.map((meeting, index) => ({
      id: `${stop.key}-m${index + 1}`,
      person: lookup(ids.person, meeting.person, 'person'),
      title: meeting.title,
    }))
    const details = stop.details.map((detail, index) => ({ id: `${stop.key}-d${index + 1}`, text: detail.text }))
    const alternativeDates = (stop.alternativeDates ?? []).map((alt, index) => ({
      id: `${stop.key}-a${index + 1}`,
      start: date(alt.start)!,
      end: date(alt.end),
      note: alt.note,
    }))
    cite(factPath.stopDates(stop.key), stop.cite.dates)
    if (stop.polity) cite(factPath.stopPolity(stop.key), stop.cite.polity)
    if (stop.places.length) cite(factPath.stopPlaces(stop.key), stop.cite.places)
    stop.meetings.forEach((meeting, index) => cite(factPath.meeting(stop.key, meetings[index]!.id), meeting.cite))
    stop.details.forEach((detail, index) => cite(factPath.detail(stop.key, details[index]!.id), detail.cite))
    ;(stop.alternativeDates ?? []).forEach((alt, index) =>
      cite(factPath.alternativeDates(stop.key, alternativeDates[index]!.id), alt.cite),
    )
    return {
      id: stop.key,
      polity: stop.polity ? lookup(ids.polity, stop.polity, 'polity') : null,
      places: stop.places.map((place) => lookup(ids.place, place, 'place')),
      start: date(stop.start)!,
      end: date(stop.end),
      meetings,
      details,
      alternativeDates,
    }
  })
  return {
    title: trip.title,
    slug: trip.slug,
    leader: lookup(ids.leader, trip.leader, 'leader'),
    kind: trip.kind,
    certainty: trip.certainty,
    transport: trip.transport,
    summary: trip.summary,
    stops,
    citations,
    importWarnings: (trip.importWarnings ?? []).map((warning) => ({ code: warning.code, message: warning.message })),
  }
}
