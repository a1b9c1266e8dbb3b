import type { Payload } from 'payload'
import { LEADERS, PEOPLE, PLACES, POLITIES } from '../slugs'

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
