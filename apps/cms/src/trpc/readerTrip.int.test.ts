import { createCaller } from '@itinera/contracts'
import { factPath, parseFactPath, tripFacts } from '@itinera/contracts/trip-facts'
import { describe, expect, it } from 'vitest'
import { POLITIES, TRIPS } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { approvedSource, createDraft, saveDraft, submitAndApprove } from '../test/workflow'
import { createContext } from './createContext'

const integration = await setupIntegration('trip-by-slug', { referenceData: true })
const { payload, actors, ref } = integration

const caller = async (name: TActorName) => createCaller(await createContext(payload, actors[name].headers))
/** With the call number the read model must show. */
const archivalSource = (title: string) =>
  approvedSource(integration, { title, identifiers: { callNumber: 'AVPRF F. 059a' } })

/** A trip whose sources disagree on the first stop's dates and country, every fact cited. */
async function disputedTrip(slug: string) {
  const [archive, memoir] = [await archivalSource(`Telegram for ${slug}`), await archivalSource(`Memoir for ${slug}`)]
  const otherPolity = await createDraft(
    integration,
    POLITIES,
    { name: `Elsewhere ${slug}`, slug: `elsewhere-${slug}` },
    'editor',
  )
  await submitAndApprove(integration, POLITIES, otherPolity.id)
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
  const trip = await createDraft(
    integration,
    TRIPS,
    { title: `Secret visit ${slug}`, slug, leader: ref.leader.id, certainty: 'confirmed', stops, citations },
    'editor',
  )
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
    await submitAndApprove(integration, TRIPS, trip.id)

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
    await submitAndApprove(integration, TRIPS, trip.id)
    const read = await (await caller('admin')).reader.trip({ slug: trip.slug })
    for (const key of ['reviewState', 'editedBy', 'qualityIssues', '_status', 'createdAt'])
      expect(read).not.toHaveProperty(key)
    expect(read.citations[0]!.source).not.toHaveProperty('reviewState')
  })

  it('should keep showing the approved version while a new draft is edited', async () => {
    const { trip } = await disputedTrip('redrafted')
    await submitAndApprove(integration, TRIPS, trip.id)
    await saveDraft(integration, TRIPS, trip.id, { title: 'Unreviewed claim' }, 'editor')
    expect(await (await caller('anonymous')).reader.trip({ slug: trip.slug })).toMatchObject({ title: trip.title })
  })

  it('should name the field when the slug is malformed', async () => {
    await expect((await caller('anonymous')).reader.trip({ slug: 'Not A Slug' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Lower-case letters'),
    })
  })
})
