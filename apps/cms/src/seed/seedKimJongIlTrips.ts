import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startOf } from '@itinera/contracts/partial-date'
import { factPath } from '@itinera/contracts/trip-facts'
import { planList, type TPlannedStop } from '@itinera/importer'
import type { TGazetteerDate, TGazetteerPerson, TGazetteerPlace } from '@itinera/importer/gazetteer'
import type { Payload, PayloadRequest } from 'payload'
import { loadNameIndex } from '../import/nameIndex'
import type { Trip } from '../payload-types'
import { PEOPLE, PLACES, SOURCES, TRIPS } from '../slugs'
import type { TWorkflowContext } from '../workflow/enforceWorkflowOnSave'
import { approveSeedRecord } from '../workflow/approveSeedRecord'
import { KIM_JONG_IL_JOURNEYS, KIM_JONG_IL_LIST_ROWS } from './data/kim-jong-il-citations'
import { EXTRA_PEOPLE, EXTRA_PLACES } from './data/kim-jong-il-gazetteer'
import { KIM_JONG_IL_SOURCES } from './data/kim-jong-il-sources'
import { KIM_JONG_UN_SECOND_SOURCES } from './data/kim-jong-un-second-sources'
import type { TSeedCitation, TSeedSource } from './data/types'
import { SEED_REVIEW_COMMENT, type TSeedDatasetSummary } from './seedDataset'

/** The Kim Jong Il trip list, in the importer's CSV form. */
export const KIM_JONG_IL_LIST = readFileSync(path.join(import.meta.dirname, 'data', 'kim-jong-il-trips.csv'), 'utf8')

type TSeedIds = Record<'polity' | 'place' | 'person' | 'leader' | 'source', Map<string, number>>

const context: TWorkflowContext = { seedDataset: true }
const date = (value: TGazetteerDate) => ({
  year: value.year,
  month: value.month ?? null,
  day: value.day ?? null,
  circa: value.circa ?? false,
})

/**
 * Kim Jong Il's journeys, brought in as an editor would: the trip list is read and resolved by the
 * importer, each planned journey becomes a draft citing its news reports fact by fact, and the seed
 * submits and approves it through the workflow. First the places and people the list names beyond
 * the gazetteer and the reports it cites (with the second sources of Kim Jong Un's trips, which
 * the seed's trips cite): their ids join the seed's maps, and `summary` counts what was created.
 */
export async function seedKimJongIlTrips(
  payload: Payload,
  req: PayloadRequest,
  seed: { summary: TSeedDatasetSummary } & Record<`${keyof TSeedIds}Ids`, Map<string, number>>,
) {
  const { summary } = seed
  const ids: TSeedIds = {
    polity: seed.polityIds,
    place: seed.placeIds,
    person: seed.personIds,
    leader: seed.leaderIds,
    source: seed.sourceIds,
  }
  const approve = (collection: typeof PLACES | typeof PEOPLE | typeof SOURCES | typeof TRIPS, id: number) =>
    approveSeedRecord(payload, { collection, id, comment: SEED_REVIEW_COMMENT, req })
  const create = async (collection: typeof PLACES | typeof PEOPLE | typeof SOURCES, data: Record<string, unknown>) => {
    const doc = await payload.create({
      collection,
      data: data as never,
      draft: true,
      req,
      overrideAccess: true,
      context,
    })
    await approve(collection, doc.id)
    return doc.id
  }

  for (const place of EXTRA_PLACES.filter((entry) => !ids.place.has(entry.slug))) {
    ids.place.set(place.slug, await create(PLACES, placeData(place, ids)))
    summary.places += 1
  }
  for (const person of EXTRA_PEOPLE.filter((entry) => !ids.person.has(entry.slug))) {
    ids.person.set(person.slug, await create(PEOPLE, personData(person)))
    summary.people += 1
  }
  for (const source of [...KIM_JONG_IL_SOURCES, ...KIM_JONG_UN_SECOND_SOURCES]) {
    ids.source.set(source.key, await create(SOURCES, sourceData(source)))
    summary.sources += 1
  }

  const { index } = await loadNameIndex(payload, req)
  const plan = planList(KIM_JONG_IL_LIST, 'csv', { index, homePolity: 'north-korea' })
  const sourceByRef = new Map(KIM_JONG_IL_SOURCES.map((source) => [source.ref, source.key]))
  for (const journey of plan.trips) {
    const doc = await payload.create({
      collection: TRIPS,
      data: journeyData(journey.stops, ids, sourceByRef),
      draft: true,
      req,
      overrideAccess: true,
      context,
    })
    await approve(TRIPS, doc.id)
    summary.trips += 1
  }
}

const placeData = (place: TGazetteerPlace, ids: TSeedIds) => ({
  slug: place.slug,
  name: place.name,
  kind: place.kind,
  alternateNames: place.alternateNames.map((name) => ({ name })),
  polity: required(ids.polity, place.polity, 'polity'),
  todayIsoCode: place.todayIsoCode,
  latitude: place.latitude,
  longitude: place.longitude,
})

const personData = (person: TGazetteerPerson) => ({
  slug: person.slug,
  name: person.name,
  nativeName: person.nativeName,
  alternateNames: person.alternateNames.map((name) => ({ name })),
  offices: [],
})

function sourceData({ key: _key, ref: _ref, authors, date: sourceDate, ...fields }: TSeedSource & { ref?: number }) {
  return { ...fields, authors: (authors ?? []).map((name) => ({ name })), date: sourceDate && date(sourceDate) }
}

function required(map: Map<string, number>, key: string | null | undefined, what: string) {
  const id = key == null ? undefined : map.get(key)
  if (id === undefined) throw new Error(`The Kim Jong Il list names a ${what} the database lacks: "${key}".`)
  return id
}

/** One planned journey as trip data: the list's facts, each cited where the notes say. */
function journeyData(stops: TPlannedStop[], ids: TSeedIds, sourceByRef: Map<number, string>) {
  const firstDay = startOf(stops[0]!.start)
  const journey = KIM_JONG_IL_JOURNEYS[firstDay]
  if (!journey) throw new Error(`No notes for the Kim Jong Il journey starting ${firstDay}.`)
  const citations: NonNullable<Trip['citations']> = []
  const cite = (fact: string, list: TSeedCitation[], refs?: string[]) => {
    for (const citation of list) {
      if (refs && !refs.includes(citation.source))
        throw new Error(`${fact}: "${citation.source}" is not among the row's references (${refs.join(', ')}).`)
      citations.push({
        fact,
        source: required(ids.source, citation.source, 'source'),
        locator: citation.locator,
        note: citation.note,
      })
    }
  }
  cite(factPath.certainty(), journey.certaintyCite)
  const tripStops = stops.map((stop) => {
    const day = startOf(stop.start)
    const notes = KIM_JONG_IL_LIST_ROWS[day]
    if (!notes) throw new Error(`No citations for the Kim Jong Il list row starting ${day}.`)
    const refs = stop.refs.map((ref) => sourceByRef.get(ref) ?? `[${ref}]`)
    const id = `kji-${day}`
    const details = [
      ...(stop.details ? [{ text: stop.details.text, cite: notes.detail }] : []),
      ...(notes.moreDetails ?? []),
    ].map((detail, at) => ({ ...detail, id: `${id}-d${at + 1}` }))
    const meetings = stop.people.map((person, at) => ({
      id: `${id}-m${at + 1}`,
      person: required(ids.person, person.key, 'person'),
      title: person.title,
    }))
    const alternativeDates = (notes.alternativeDates ?? []).map((alt, at) => ({ ...alt, id: `${id}-a${at + 1}` }))
    cite(factPath.stopDates(id), notes.dates, refs)
    cite(factPath.stopPolity(id), notes.polity, refs)
    if (stop.places.length) cite(factPath.stopPlaces(id), notes.places ?? [], refs)
    meetings.forEach((meeting) => cite(factPath.meeting(id, meeting.id), notes.meeting ?? [], refs))
    details.forEach((detail) => cite(factPath.detail(id, detail.id), detail.cite, refs))
    alternativeDates.forEach((alt) => cite(factPath.alternativeDates(id, alt.id), alt.cite, refs))
    return {
      id,
      polity: required(ids.polity, stop.polity?.key, 'country'),
      places: stop.places.map((place) => required(ids.place, place.key, 'place')),
      start: stop.start,
      end: stop.end ?? undefined,
      meetings,
      details: details.map(({ id: detailId, text }) => ({ id: detailId, text })),
      alternativeDates: alternativeDates.map((alt) => ({
        id: alt.id,
        start: date(alt.start),
        end: alt.end && date(alt.end),
        note: alt.note,
      })),
    }
  })
  return {
    title: journey.title,
    slug: journey.slug,
    leader: required(ids.leader, 'kim-jong-il', 'leader'),
    certainty: 'confirmed' as const,
    transport: journey.transport,
    summary: journey.summary,
    stops: tripStops,
    citations,
    importWarnings: stops.flatMap((stop) => stop.warnings.map(({ line, code, message }) => ({ line, code, message }))),
  }
}
