import { createCaller, SOURCE_CITED_BY_PAGE_SIZE } from '@itinera/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Trip, User } from '../payload-types'
import { SOURCES, TRIPS } from '../slugs'
import { seedDataset } from '../seed/seedDataset'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { step as sharedStep } from '../test/workflow'
import { createContext } from './createContext'

const integration = await setupIntegration('reader-api')
const { payload, actors } = integration

let approvedEdited: Trip

const as = (name: TActorName) => actors[name].user as User
const reader = async (name: TActorName = 'anonymous') =>
  (await createCaller(await createContext(payload, actors[name].headers))).reader
const step = (id: number, action: 'submit' | 'approve' | 'request_changes', by: TActorName, comment?: string) =>
  sharedStep(integration, TRIPS, id, action, by, { comment })

// Words that exist only in unreviewed versions: no public answer may ever contain them.
const SECRET = { draft: 'Xyzzydraft', changes: 'Plughchanges', pending: 'Quuxpending', source: 'Frobsource' }

beforeAll(async () => {
  await seedDataset(payload)
  const leader = (
    await payload.find({ collection: 'leaders', where: { slug: { equals: 'kim-il-sung' } }, overrideAccess: true })
  ).docs[0]!
  const draft = (title: string) =>
    payload.create({
      collection: TRIPS,
      data: {
        title,
        slug: title.toLowerCase(),
        leader: leader.id,
        certainty: 'confirmed',
        summary: `${title} summary`,
        stops: [{ start: { year: 1999 } }],
      },
      draft: true,
      overrideAccess: false,
      user: as('editor'),
    })
  await draft(SECRET.draft)
  const changes = await draft(SECRET.changes)
  await step(changes.id, 'submit', 'editor')
  await step(changes.id, 'request_changes', 'reviewer', 'Cite the stop.')
  approvedEdited = (
    await payload.find({ collection: TRIPS, where: { slug: { equals: '1949-03-soviet-union' } }, overrideAccess: true })
  ).docs[0]!
  await payload.update({
    collection: TRIPS,
    id: approvedEdited.id,
    data: { title: SECRET.pending, summary: SECRET.pending },
    draft: true,
    overrideAccess: false,
    user: as('editor'),
  })
  await payload.create({
    collection: SOURCES,
    data: { kind: 'book', sourceClass: 'scholarship', title: SECRET.source },
    draft: true,
    overrideAccess: false,
    user: as('editor'),
  })
}, 300_000)

const leaks = (value: unknown) => {
  const json = JSON.stringify(value)
  return [
    ...Object.values(SECRET),
    'reviewState',
    'editedBy',
    'qualityIssues',
    'importWarnings',
    '@itinera.test',
    '_status',
  ].filter((word) => json.includes(word))
}

describe('the public reader API', () => {
  it('should list only approved trips, filtered and paged with a cursor', async () => {
    const api = await reader('admin')
    const pages = []
    let cursor: string | undefined
    do {
      const page = await api.trips({ limit: 15, cursor })
      pages.push(...page.trips)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(pages).toHaveLength(50)
    expect(new Set(pages.map((trip) => trip.slug)).size).toBe(50)
    expect(pages.find((trip) => trip.slug === '1949-03-soviet-union')?.title).toBe('Visit to the Soviet Union')
    expect(leaks(pages)).toEqual([])

    expect((await api.trips({ leader: 'kim-jong-un' })).trips).toHaveLength(11)
    expect((await api.trips({ certainty: 'rumored' })).trips.map((trip) => trip.start?.year)).toEqual([1966, 1968])
    const fifties = (await api.trips({ decade: 1950 })).trips
    expect(fifties.length).toBeGreaterThan(0)
    expect(fifties.every((trip) => trip.startsOn!.startsWith('195'))).toBe(true)
    const soviet = (await api.trips({ polity: 'soviet-union' })).trips
    expect(soviet.length).toBeGreaterThan(0)
    expect(soviet.every((trip) => trip.countries.some((country) => country.slug === 'soviet-union'))).toBe(true)
    await expect(api.trips({ cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('cursor'),
    })
    await expect(api.trips({ decade: 1955 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('should show the approved version of a trip while an edit waits for review', async () => {
    const trip = await (await reader('editor')).trip({ slug: '1949-03-soviet-union' })
    expect(trip.title).toBe('Visit to the Soviet Union')
    expect(leaks(trip)).toEqual([])
  })

  it('should answer 404 for drafts and trips sent back for changes', async () => {
    for (const slug of [SECRET.draft, SECRET.changes].map((title) => title.toLowerCase())) {
      await expect((await reader('admin')).trip({ slug })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })

  it('should give a leader page with trips and visits per country, historical and modern', async () => {
    const page = await (await reader()).leader({ slug: 'kim-il-sung' })
    expect(page.trips).toHaveLength(29)
    expect(page.leader.offices.length).toBeGreaterThan(2)
    const soviet = page.visitsByPolity.find((row) => row.polity.slug === 'soviet-union')!
    // The two rumoured Brezhnev meetings are counted apart.
    expect(soviet.visits).toBeGreaterThanOrEqual(9)
    expect(soviet.unconfirmed).toBe(2)
    expect(soviet.polity.modernIsoCodes).toContain('RU')
    expect(soviet.polity.successors.map((successor) => successor.slug)).toContain('russia')
    expect(leaks(page)).toEqual([])
  })

  it('should give a country page with every visit across leaders', async () => {
    const page = await (await reader()).polity({ slug: 'china' })
    const leaders = new Set(page.visits.map((visit) => visit.trip.leader.slug))
    expect(leaders).toEqual(new Set(['kim-il-sung', 'kim-jong-il', 'kim-jong-un']))
    expect(page.visits.some((visit) => visit.places.some((place) => place.slug === 'beijing'))).toBe(true)
  })

  it('should give a source with every fact citing it, and hide unapproved sources', async () => {
    const telegram = (
      await payload.find({
        collection: SOURCES,
        where: { title: { like: 'Roshchin to Cde. Filippov' } },
        overrideAccess: true,
      })
    ).docs[0]!
    const page = await (await reader()).source({ id: telegram.id })
    expect(page.source).toMatchObject({ title: telegram.title, repository: 'Wilson Center Digital Archive' })
    expect(page.citedBy.length).toBeGreaterThan(0)
    expect(page.citedBy.every((fact) => fact.trip.slug.startsWith('1950-05'))).toBe(true)
    expect(page.citedBy.map((fact) => fact.label)).toContain('Stop 1: dates')
    const secret = (
      await payload.find({
        collection: SOURCES,
        where: { title: { equals: SECRET.source } },
        draft: true,
        overrideAccess: true,
      })
    ).docs[0]!
    await expect((await reader('admin')).source({ id: secret.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('should label every fact citing a source in words, places, meetings and details included', async () => {
    const list = (
      await payload.find({
        collection: SOURCES,
        where: { title: { equals: 'List of international trips made by Kim Il Sung' } },
        overrideAccess: true,
      })
    ).docs[0]!
    const first = await (await reader()).source({ id: list.id })
    const { pages } = first.citingTrips
    const citedBy = [...first.citedBy]
    for (let page = 2; page <= pages; page += 1)
      citedBy.push(...(await (await reader()).source({ id: list.id, page })).citedBy)
    expect(citedBy.length).toBeGreaterThan(100)
    // The citing trips a page at a time; a later page that does not exist is a 404 naming the count.
    const trips = new Set(citedBy.map((fact) => fact.trip.slug))
    expect(first.citingTrips).toEqual({
      total: trips.size,
      page: 1,
      pages: Math.ceil(trips.size / SOURCE_CITED_BY_PAGE_SIZE),
    })
    await expect((await reader()).source({ id: list.id, page: pages + 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining(`${pages} page(s)`),
    })
    expect(
      citedBy.filter((fact) => fact.label.startsWith('stops.')).map((fact) => `${fact.trip.slug} ${fact.fact}`),
    ).toEqual([])
    expect(new Set(citedBy.map((fact) => fact.label.replace(/^Stop \d+: /, '').replace(/ \d+$/, '')))).toEqual(
      new Set(['Certainty of the trip', 'dates', 'country', 'places', 'meeting', 'detail']),
    )
  })

  it('should find a place by an alternate spelling, with the match marked', async () => {
    const { hits } = await (await reader()).search({ q: 'Ulan Bator' })
    const place = hits.find((hit) => hit.type === 'place')!
    expect(place).toMatchObject({
      title: expect.stringContaining('Ulaanbaatar'),
      href: '/countries/mongolian-peoples-republic',
    })
    expect(place.snippet.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase())).toEqual(
      expect.arrayContaining(['ulan', 'bator']),
    )
  })

  it('should find trips by the words of their details and meeting titles, earliest first', async () => {
    const api = await reader()
    expect((await api.search({ q: 'Filippov' })).hits).toContainEqual(
      expect.objectContaining({ type: 'trip', href: '/trips/1950-05-china' }),
    )
    expect((await api.search({ q: 'parade' })).hits).toContainEqual(
      expect.objectContaining({ type: 'trip', href: '/trips/1954-09-china' }),
    )
    const trips = (await api.search({ q: 'Premier' })).hits.filter((hit) => hit.type === 'trip').map((hit) => hit.href)
    expect(trips).toContain('/trips/1953-09-soviet-union')
    expect(trips.map((href) => href.slice('/trips/'.length, '/trips/'.length + 7))).toEqual(
      trips.map((href) => href.slice(7, 14)).sort(),
    )
  })

  it('should find people, countries and sources, and never unreviewed text', async () => {
    const api = await reader()
    expect((await api.search({ q: 'Khrushchev' })).hits.map((hit) => hit.type)).toContain('person')
    expect((await api.search({ q: 'USSR' })).hits).toContainEqual(
      expect.objectContaining({ type: 'polity', href: '/countries/soviet-union' }),
    )
    expect((await api.search({ q: 'Roshchin telegram' })).hits.some((hit) => hit.type === 'source')).toBe(true)
    for (const word of Object.values(SECRET)) expect((await api.search({ q: word })).hits).toEqual([])
    await expect(api.search({ q: 'x' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('two characters'),
    })
  })

  it('should count visits per leader for the home page', async () => {
    const { leaders } = await (await reader()).stats()
    expect(leaders.map((leader) => [leader.slug, leader.nativeName, leader.trips])).toEqual([
      ['kim-il-sung', '김일성', 29],
      ['kim-jong-il', '김정일', 10],
      ['kim-jong-un', '김정은', 11],
    ])
    expect(leaks(leaders)).toEqual([])
  })
})
