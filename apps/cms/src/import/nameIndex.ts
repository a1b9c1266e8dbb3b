import { relationId } from '@itinera/contracts/relation-id'
import type { TNameIndex } from '@itinera/importer'
import type { Payload, PayloadRequest } from 'payload'
import { PEOPLE, PLACES, POLITIES } from '../slugs'

export interface TDatabaseNameIndex {
  index: TNameIndex
  /** Record ids by slug, to link what the plan resolved. */
  ids: { polities: Map<string, number>; places: Map<string, number>; people: Map<string, number> }
}

const alternates = (rows: { name: string }[] | null | undefined) => (rows ?? []).map((row) => row.name)

/** Every polity, place and person with all their names: what an import matches against. */
export async function loadNameIndex(payload: Payload, req?: Partial<PayloadRequest>): Promise<TDatabaseNameIndex> {
  const all = { pagination: false, depth: 0, overrideAccess: true, req } as const
  const [polities, places, people] = await Promise.all([
    payload.find({
      collection: POLITIES,
      select: { slug: true, name: true, alternateNames: true, validFrom: true, validTo: true },
      ...all,
    }),
    payload.find({
      collection: PLACES,
      select: { slug: true, name: true, alternateNames: true, polity: true },
      ...all,
    }),
    payload.find({
      collection: PEOPLE,
      select: { slug: true, name: true, alternateNames: true, offices: true },
      ...all,
    }),
  ])
  const politySlugById = new Map(polities.docs.map((polity) => [polity.id, polity.slug]))
  const date = (value: { year?: number | null; month?: number | null; day?: number | null } | null | undefined) =>
    value?.year != null ? { year: value.year, month: value.month ?? null, day: value.day ?? null } : null
  return {
    index: {
      polities: polities.docs.map((polity) => ({
        key: polity.slug,
        name: polity.name,
        alternateNames: alternates(polity.alternateNames),
        validFrom: date(polity.validFrom),
        validTo: date(polity.validTo),
      })),
      places: places.docs.map((place) => ({
        key: place.slug,
        name: place.name,
        alternateNames: alternates(place.alternateNames),
        polity: politySlugById.get(relationId(place.polity) ?? -1) ?? null,
      })),
      people: people.docs.map((person) => ({
        key: person.slug,
        name: person.name,
        alternateNames: alternates(person.alternateNames),
      })),
      // The offices people held, as a list may print them before a name ("State Councilor").
      titles: [...new Set(people.docs.flatMap((person) => (person.offices ?? []).map((office) => office.title)))],
    },
    ids: {
      polities: new Map(polities.docs.map((doc) => [doc.slug, doc.id])),
      places: new Map(places.docs.map((doc) => [doc.slug, doc.id])),
      people: new Map(people.docs.map((doc) => [doc.slug, doc.id])),
    },
  }
}
