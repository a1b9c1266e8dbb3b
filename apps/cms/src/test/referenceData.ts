import { tripFacts } from '@itinera/contracts/trip-facts'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { Trip } from '../payload-types'
import { LEADERS, PEOPLE, PLACES, POLITIES, type TRIPS } from '../slugs'

/** A leader, a polity, a place and a person for trips to point at. */
export async function createReferenceData(payload: Payload) {
  const system = { overrideAccess: true } as const
  const leader = await payload.create({
    collection: LEADERS,
    data: { name: 'Kim Il Sung', slug: 'kim-il-sung', nativeName: '김일성' },
    ...system,
  })
  const polity = await payload.create({
    collection: POLITIES,
    data: { name: 'Soviet Union', slug: 'soviet-union', modernIsoCodes: ['RU'] },
    ...system,
  })
  const place = await payload.create({
    collection: PLACES,
    data: { name: 'Moscow', slug: 'moscow', polity: polity.id, latitude: 55.75, longitude: 37.62 },
    ...system,
  })
  const person = await payload.create({
    collection: PEOPLE,
    data: { name: 'Joseph Stalin', slug: 'joseph-stalin' },
    ...system,
  })
  return { leader, polity, place, person }
}

export type TReferenceData = Awaited<ReturnType<typeof createReferenceData>>

type TStop = NonNullable<Trip['stops']>[number]

/**
 * A stop in Moscow meeting Stalin, from the reference data. Row ids are primary keys across all
 * trips: a file that creates several trips gives each its own stop `id` (the meeting's follows it).
 */
export function moscowStop(ref: TReferenceData, { id = 'stop-moscow', ...stop }: Partial<TStop> = {}): TStop {
  return {
    id,
    polity: ref.polity.id,
    places: [ref.place.id],
    start: { year: 1949, month: 3, day: 3 },
    end: { year: 1949, month: 3, day: 25 },
    meetings: [{ id: `${id}-stalin`, person: ref.person.id, title: 'Chairman of the Council of Ministers' }],
    ...stop,
  }
}

/** A confirmed trip of the reference leader (by default one stop in Moscow) with every fact cited to `source`. */
export function citedTripData(
  ref: TReferenceData,
  source: { id: number },
  { stops = [moscowStop(ref)], ...trip }: Partial<Omit<RequiredDataFromCollectionSlug<typeof TRIPS>, 'citations'>> = {},
) {
  return {
    title: 'State visit to the Soviet Union',
    slug: 'state-visit-to-the-soviet-union',
    leader: ref.leader.id,
    certainty: 'confirmed',
    ...trip,
    stops,
    citations: tripFacts({ stops }).map((fact) => ({ fact: fact.path, source: source.id, locator: { page: '1' } })),
  } satisfies RequiredDataFromCollectionSlug<typeof TRIPS>
}
