import { tripFacts } from '@itinera/contracts/trip-facts'
import type { RequiredDataFromCollectionSlug } from 'payload'
import type { Trip } from '../payload-types'
import { LEADERS, PEOPLE, PLACES, POLITIES, type TRIPS } from '../slugs'
import { createDraft, submitAndApprove, type TIntegrationWithActors } from './workflow'

/** A leader, a polity, a place and a person for trips to point at: each written by an editor and approved. */
export async function createReferenceData(integration: TIntegrationWithActors) {
  const approved = async <TDoc extends { id: number }>(
    collection: typeof LEADERS | typeof POLITIES | typeof PLACES | typeof PEOPLE,
    draft: Promise<TDoc>,
  ) => {
    const doc = await draft
    await submitAndApprove(integration, collection, doc.id)
    return doc
  }
  const leader = await approved(
    LEADERS,
    createDraft(integration, LEADERS, { name: 'Kim Il Sung', slug: 'kim-il-sung', nativeName: '김일성' }, 'editor'),
  )
  const polity = await approved(
    POLITIES,
    createDraft(
      integration,
      POLITIES,
      { name: 'Soviet Union', slug: 'soviet-union', modernIsoCodes: ['RU'] },
      'editor',
    ),
  )
  const place = await approved(
    PLACES,
    createDraft(
      integration,
      PLACES,
      { name: 'Moscow', slug: 'moscow', polity: polity.id, latitude: 55.75, longitude: 37.62 },
      'editor',
    ),
  )
  const person = await approved(
    PEOPLE,
    createDraft(integration, PEOPLE, { name: 'Joseph Stalin', slug: 'joseph-stalin' }, 'editor'),
  )
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
