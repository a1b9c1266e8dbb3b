import { createCaller, type TPublicTrip } from '@itinera/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedDataset } from '../seed/seedDataset'
import { LEADERS, PLACES, POLITIES, SOURCES, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { approvedSource, createDraft, saveDraft, step, submitAndApprove } from '../test/workflow'
import { createContext } from './createContext'
import { measureQueries } from './serverTiming'

const integration = await setupIntegration('reader-trip-queries', { referenceData: true })
const { payload, actors, ref } = integration
const reader = async () => (await createCaller(await createContext(payload, actors.anonymous.headers))).reader

/** The SQL statements `reader.trip` sends for one slug, counted at the pg driver, with its answer or refusal. */
async function tripQueries(slug: string) {
  const anonymous = await reader()
  return measureQueries(payload, () =>
    anonymous.trip({ slug }).then(
      (trip) => trip,
      (error: unknown) => error,
    ),
  )
}

const retract = async (collection: typeof SOURCES | typeof PLACES | typeof POLITIES, id: number) => {
  await step(integration, collection, id, 'request_retraction', 'editor', { comment: 'Taken back.' })
  await step(integration, collection, id, 'retract', 'reviewer')
}

/** The export's trips (read through Payload's own population, one level deep), by slug. */
async function exportedTrips() {
  const anonymous = await reader()
  const bySlug = new Map<string, TPublicTrip>()
  for (let page: number | null = 1; page !== null;) {
    const { trips, nextPage } = await anonymous.exportTrips({ page })
    for (const trip of trips) bySlug.set(trip.slug, trip)
    page = nextPage
  }
  return bySlug
}

/** An approved trip of `stops` with every fact cited to `source`. */
async function approvedTrip(source: { id: number }, trip: NonNullable<Parameters<typeof citedTripData>[2]>) {
  const { id } = await createDraft(integration, TRIPS, citedTripData(ref, source, trip), 'editor')
  await submitAndApprove(integration, TRIPS, id)
}

/** A leader's long journey: many stops, each with a meeting and a detail, cited to three sources in turn. */
async function longJourney(slug: string) {
  const sources = [
    await approvedSource(integration, { title: `Telegram ${slug}` }),
    await approvedSource(integration, { title: `Memoir ${slug}` }),
    await approvedSource(integration, { title: `Diary ${slug}` }),
  ]
  const stops = Array.from({ length: 12 }, (_, index) =>
    moscowStop(ref, {
      id: `${slug}-${index}`,
      start: { year: 1959, month: 1 + index, day: 1 },
      end: { year: 1959, month: 1 + index, day: 5 },
      details: [{ id: `${slug}-${index}-detail`, text: `Day ${index} of talks.` }],
    }),
  )
  const data = citedTripData(ref, sources[0]!, { slug, title: `Long journey ${slug}`, stops })
  data.citations = data.citations.map((citation, index) => ({
    ...citation,
    source: sources[index % sources.length]!.id,
    quote: `Quote ${index}`,
  }))
  const trip = await createDraft(integration, TRIPS, data, 'editor')
  await submitAndApprove(integration, TRIPS, trip.id)
  return sources
}

/** A trip citing a source retracted after its approval. */
const WITHHELD = 'cites-forgery'
let exported: Map<string, TPublicTrip>
let revisedSource: { id: number; title: string }
const LOST_COUNTRY_TRIP = 'lost-country-visit'

beforeAll(async () => {
  await seedDataset(payload)
  const sources = await longJourney('long-journey')
  // A source with an unreviewed edit: its trips keep showing the approved title.
  revisedSource = sources[1]!
  await saveDraft(integration, SOURCES, revisedSource.id, { title: 'Unreviewed retitling' }, 'editor')
  // A trip whose cited source was then retracted: withheld.
  const doomed = await approvedSource(integration, { title: 'Forged telegram' })
  await approvedTrip(doomed, {
    slug: WITHHELD,
    title: 'Visit on a forged telegram',
    stops: [moscowStop(ref, { id: 'forgery-stop' })],
  })
  await retract(SOURCES, doomed.id)
  // A trip whose place was retracted after its approval: shown without that place.
  const village = await createDraft(
    integration,
    PLACES,
    { name: 'Lost village', slug: 'lost-village', polity: ref.polity.id, latitude: 55, longitude: 37 },
    'editor',
  )
  await submitAndApprove(integration, PLACES, village.id)
  await approvedTrip(sources[0]!, {
    slug: 'village-visit',
    title: 'Visit to a village',
    stops: [moscowStop(ref, { id: 'village-stop', places: [ref.place.id, village.id] })],
  })
  await retract(PLACES, village.id)
  // A trip whose second country was retracted after its approval: listed without that country.
  const lostCountry = await createDraft(
    integration,
    POLITIES,
    { name: 'Lost republic', slug: 'lost-republic' },
    'editor',
  )
  await submitAndApprove(integration, POLITIES, lostCountry.id)
  await approvedTrip(sources[0]!, {
    slug: LOST_COUNTRY_TRIP,
    title: 'Visit to a lost republic',
    stops: [
      moscowStop(ref, { id: 'lost-country-moscow' }),
      moscowStop(ref, { id: 'lost-country-stop', polity: lostCountry.id, places: [] }),
    ],
  })
  await retract(POLITIES, lostCountry.id)
  // The leader's unreviewed renaming: lists keep the approved name.
  await saveDraft(integration, LEADERS, ref.leader.id, { name: 'Unreviewed leader name' }, 'editor')
  exported = await exportedTrips()
})

describe('reader.trip: SQL statements per trip page', () => {
  // Two: the trip's records (with the titles of the sources its people's offices cite), then its citations' checks.
  it('should answer every shown trip in at most two statements, whatever its stops, citations and titles', async () => {
    expect(exported.size).toBeGreaterThan(20)
    const over: string[] = []
    for (const slug of exported.keys()) {
      const { result, queries } = await tripQueries(slug)
      expect(result).toMatchObject({ slug })
      if (queries > 2) over.push(`${slug}: ${queries}`)
    }
    expect(over).toEqual([])
  })

  it('should refuse a withheld trip and a missing one within the same bound', async () => {
    for (const [slug, code] of [
      [WITHHELD, 'FORBIDDEN'],
      ['no-such-trip', 'NOT_FOUND'],
    ] as const) {
      const { result, queries } = await tripQueries(slug)
      expect(result).toMatchObject({ code })
      expect(queries).toBeLessThanOrEqual(2)
    }
  })
})

describe('reader.trip: the same answer as Payload’s population (the export reads trips through it)', () => {
  it('should equal the exported trip for every shown trip', async () => {
    for (const [slug, trip] of exported) expect((await tripQueries(slug)).result, slug).toEqual(trip)
  })

  it('should cover many stops, a pending source edit, a retracted place, title contradictions and citation checks', async () => {
    const long = exported.get('long-journey')!
    expect(long.stops).toHaveLength(12)
    expect(long.citations.map((citation) => citation.source.title)).toContain(revisedSource.title)
    expect(long.citations.map((citation) => citation.source.title)).not.toContain('Unreviewed retitling')
    expect(exported.get('village-visit')!.stops[0]!.places.map((place) => place.slug)).toEqual([ref.place.slug])
    expect(exported.has(WITHHELD)).toBe(false)
    const trips = [...exported.values()]
    expect(
      trips.some((trip) => trip.stops.some((stop) => stop.meetings.some((meeting) => meeting.officesOnDate))),
    ).toBe(true)
    expect(trips.some((trip) => trip.citations.some((citation) => citation.checkedOn))).toBe(true)
    expect(trips.some((trip) => trip.sourcesDiffer.length)).toBe(true)
  })
})

describe('reader.trips: a page of rows in one statement, as Payload’s population reads them', () => {
  it('should list each country’s trips as its page, which reads them through Payload, does', async () => {
    const anonymous = await reader()
    const polities = new Set(
      [...exported.values()].flatMap((trip) => trip.stops.flatMap((stop) => (stop.polity ? [stop.polity.slug] : []))),
    )
    expect(polities.size).toBeGreaterThan(10)
    for (const slug of polities) {
      const { visits } = await anonymous.polity({ slug })
      const onPage = [...new Map(visits.map((visit) => [visit.trip.slug, visit.trip])).values()]
      const { trips } = await anonymous.trips({ polity: slug, limit: 500 })
      expect(trips, slug).toEqual(onPage)
    }
  })

  it('should name each trip’s leader and countries as the export, read through Payload, does: approved ones only', async () => {
    const { trips } = await (await reader()).trips({ limit: 500 })
    expect(trips.map((trip) => trip.slug).sort()).toEqual([...exported.keys()].sort())
    for (const trip of trips) {
      const read = exported.get(trip.slug)!
      expect(trip.leader, trip.slug).toEqual({ slug: read.leader!.slug, name: read.leader!.name })
      const countries = new Map(
        read.stops.flatMap((stop) => (stop.polity ? [[stop.polity.slug, stop.polity.name]] : [])),
      )
      expect(trip.countries, trip.slug).toEqual([...countries].map(([slug, name]) => ({ slug, name })))
    }
    // The fixtures hold what must be left out: a retracted country, a leader's unreviewed name.
    const lost = trips.find((trip) => trip.slug === LOST_COUNTRY_TRIP)!
    expect(lost.countries.map((country) => country.slug)).toEqual([ref.polity.slug])
    expect(trips.filter((trip) => trip.leader.slug === ref.leader.slug).map((trip) => trip.leader.name)).toContain(
      ref.leader.name,
    )
    expect(trips.some((trip) => trip.leader.name === 'Unreviewed leader name')).toBe(false)
  })

  it('should answer a page of trips in two statements: the page’s ids, then its rows', async () => {
    const anonymous = await reader()
    const { result, queries } = await measureQueries(payload, () => anonymous.trips({ limit: 20 }))
    expect(result.trips).toHaveLength(20)
    expect(queries).toBe(2)
  })
})
