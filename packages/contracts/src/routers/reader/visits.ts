import type { Payload } from 'payload'
import { relationId } from '../../relation-id'
import { findPublic } from './public-read'

interface TPolityDoc {
  slug: string
  name: string
  modernIsoCodes?: string[] | null
  successors?: (number | { slug: string; name: string })[] | null
}

interface TTripWithStops {
  stops?: { polity?: number | { id: number } | null }[] | null
}

/**
 * Visits per polity (a stop is a visit; the 1956 tour visits the Soviet Union twice), most
 * visited first, each polity with its modern ISO codes and successors for maps and tables.
 */
export async function visitsByPolity(payload: Payload, trips: TTripWithStops[]) {
  const counts = new Map<number, number>()
  for (const trip of trips)
    for (const stop of trip.stops ?? []) {
      const id = relationId(stop.polity)
      if (id != null) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  if (!counts.size) return []
  const { docs } = await findPublic<TPolityDoc>(payload, 'polities', {
    where: { id: { in: [...counts.keys()] } },
    depth: 1,
    select: { slug: true, name: true, modernIsoCodes: true, successors: true },
    populate: { polities: { slug: true, name: true } },
  })
  return docs
    .map((polity) => ({
      polity: {
        slug: polity.slug,
        name: polity.name,
        modernIsoCodes: polity.modernIsoCodes ?? [],
        successors: (polity.successors ?? []).flatMap((successor) =>
          typeof successor === 'object' ? [{ slug: successor.slug, name: successor.name }] : [],
        ),
      },
      visits: counts.get(polity.id) ?? 0,
    }))
    .sort((a, b) => b.visits - a.visits || a.polity.name.localeCompare(b.polity.name))
}
