import { createCaller } from '@itinera/contracts'
import { factPath, parseFactPath, tripFacts } from '@itinera/contracts/trip-facts'
import { describe, expect, it } from 'vitest'
import type { User } from '../payload-types'
import { POLITIES, SOURCES, TRIPS } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { transitionRecord } from '../workflow/transitionRecord'
import { createContext } from './createContext'

const { payload, actors, ref } = await setupIntegration('trip-by-slug', { referenceData: true })

const as = (name: TActorName) => actors[name].user as User
const caller = async (name: TActorName) => createCaller(await createContext(payload, actors[name].headers))
const step = (collection: typeof SOURCES | typeof TRIPS, id: number, action: 'submit' | 'approve', by: TActorName) =>
  transitionRecord(payload, { collection, id, action, user: actors[by].user })

async function approvedSource(title: string) {
  const source = await payload.create({
    collection: SOURCES,
    data: { kind: 'archival_document', sourceClass: 'archival', title, identifiers: { callNumber: 'AVPRF F. 059a' } },
    draft: true,
    overrideAccess: false,
    user: as('editor'),
  })
  await step(SOURCES, source.id, 'submit', 'editor')
  await step(SOURCES, source.id, 'approve', 'reviewer')
  return source
}

/** A trip whose sources disagree on the first stop's dates and country, every fact cited. */
async function disputedTrip(slug: string) {
  const [archive, memoir] = [await approvedSource(`Telegram for ${slug}`), await approvedSource(`Memoir for ${slug}`)]
  const otherPolity = await payload.create({
    collection: POLITIES,
    data: { name: `Elsewhere ${slug}`, slug: `elsewhere-${slug}` },
    overrideAccess: true,
  })
  const stops = [
    {
      id: `${slug}-stop`,
      polity: ref.polity.id,
      places: [ref.place.id],
      start: { year: 1950, month: 5, day: 13 },
      end: { year: 1950, month: 5, day: 16 },
      meetings: [{ id: `${slug}-meet`, person: ref.person.id, title: 'Chairman' }],
      details: [{ id: `${slug}-detail`, text: 'Talks on the <b>war</b> plans.' }],
      alternativeDates: [
        { id: `${slug}-alt-dates`, start: { year: 1950, month: 5 }, note: 'The memoir gives only the month.' },
      ],
      alternativePolities: [{ id: `${slug}-alt-polity`, polity: otherPolity.id }],
    },
  ]
  const citations = tripFacts({ stops }).map((fact) => ({
    fact: fact.path,
    source: parseFactPath(fact.path)?.kind.startsWith('alternative') ? memoir.id : archive.id,
    locator: { page: '7' },
    quote: 'Цитата',
    quoteLanguage: 'ru',
  }))
  const trip = await payload.create({
    collection: TRIPS,
    data: { title: `Secret visit ${slug}`, slug, leader: ref.leader.id, certainty: 'confirmed', stops, citations },
    draft: true,
    overrideAccess: false,
    user: as('editor'),
  })
  return { trip, archive, memoir, otherPolity }
}

describe('reader.trip (public read model)', () => {
  it('should answer 404 for a trip that was never approved, whoever asks', async () => {
    const { trip } = await disputedTrip('never-approved')
    for (const name of ['anonymous', 'editor', 'admin'] as const) {
      await expect((await caller(name)).reader.trip({ slug: trip.slug })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })

  it('should show an approved trip with its citations, sources and where sources differ', async () => {
    const { trip, archive, memoir, otherPolity } = await disputedTrip('approved-disputed')
    await step(TRIPS, trip.id, 'submit', 'editor')
    await step(TRIPS, trip.id, 'approve', 'reviewer')

    const read = await (await caller('anonymous')).reader.trip({ slug: trip.slug })
    const stop = read.stops[0]!
    expect(stop).toMatchObject({
      polity: { slug: ref.polity.slug, name: 'Soviet Union' },
      places: [{ slug: 'moscow', latitude: 55.75 }],
      start: { year: 1950, month: 5, day: 13, circa: false },
      meetings: [{ title: 'Chairman', person: { name: 'Joseph Stalin' } }],
      alternativeDates: [{ start: { year: 1950, month: 5, day: null }, end: null }],
      alternativePolities: [{ polity: { id: otherPolity.id } }],
    })
    expect(read.sourcesDiffer).toEqual([
      {
        fact: factPath.stopDates(stop.id),
        label: 'Stop 1: dates',
        alternatives: [factPath.alternativeDates(stop.id, 'approved-disputed-alt-dates')],
      },
      {
        fact: factPath.stopPolity(stop.id),
        label: 'Stop 1: country',
        alternatives: [factPath.alternativePolity(stop.id, 'approved-disputed-alt-polity')],
      },
    ])
    const citing = (fact: string) =>
      read.citations.filter((citation) => citation.fact === fact).map((citation) => citation.source.id)
    expect(citing(factPath.stopDates(stop.id))).toEqual([archive.id])
    expect(citing(factPath.alternativeDates(stop.id, 'approved-disputed-alt-dates'))).toEqual([memoir.id])
    expect(read.citations[0]).toMatchObject({
      locator: { page: '7' },
      quote: 'Цитата',
      source: { identifiers: { callNumber: 'AVPRF F. 059a' } },
    })
    expect(read.approvedAt).toEqual(expect.any(String))
  })

  it('should keep workflow and quality fields out of the public model', async () => {
    const { trip } = await disputedTrip('whitelisted')
    await step(TRIPS, trip.id, 'submit', 'editor')
    await step(TRIPS, trip.id, 'approve', 'reviewer')
    const read = await (await caller('admin')).reader.trip({ slug: trip.slug })
    for (const key of ['reviewState', 'editedBy', 'qualityIssues', '_status', 'createdAt'])
      expect(read).not.toHaveProperty(key)
    expect(read.citations[0]!.source).not.toHaveProperty('reviewState')
  })

  it('should keep showing the approved version while a new draft is edited', async () => {
    const { trip } = await disputedTrip('redrafted')
    await step(TRIPS, trip.id, 'submit', 'editor')
    await step(TRIPS, trip.id, 'approve', 'reviewer')
    await payload.update({
      collection: TRIPS,
      id: trip.id,
      data: { title: 'Unreviewed claim' },
      draft: true,
      overrideAccess: false,
      user: as('editor'),
    })
    expect(await (await caller('anonymous')).reader.trip({ slug: trip.slug })).toMatchObject({ title: trip.title })
  })

  it('should name the field when the slug is malformed', async () => {
    await expect((await caller('anonymous')).reader.trip({ slug: 'Not A Slug' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Lower-case letters'),
    })
  })
})
