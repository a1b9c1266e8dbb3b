import type { Payload } from 'payload'
import type { TVisitCounts } from '../../schemas/public-reader'
import { findPublic } from './public-read'

interface TPolityDoc {
  slug: string
  name: string
  modernIsoCodes?: string[] | null
  successors?: (number | { slug: string; name: string })[] | null
}

/**
 * Visits per polity for each leader of `counts` (a stop is a visit; the 1956 tour visits the
 * Soviet Union twice), most visited first, each polity with its modern ISO codes and successors
 * for maps and tables. One read of the polities named, whatever the number of leaders.
 */
export async function visitsByPolity(payload: Payload, counts: TVisitCounts['visits']) {
  const ids = [...new Set(counts.map((row) => row.polity))]
  const { docs } = ids.length
    ? await findPublic<TPolityDoc>(payload, 'polities', {
        where: { id: { in: ids } },
        depth: 1,
        select: { slug: true, name: true, modernIsoCodes: true, successors: true },
        populate: { polities: { slug: true, name: true } },
      })
    : { docs: [] }
  const polities = new Map(
    docs.map((polity) => [
      polity.id,
      {
        slug: polity.slug,
        name: polity.name,
        modernIsoCodes: polity.modernIsoCodes ?? [],
        successors: (polity.successors ?? []).flatMap((successor) =>
          typeof successor === 'object' ? [{ slug: successor.slug, name: successor.name }] : [],
        ),
      },
    ]),
  )
  const byLeader = new Map<number, { polity: NonNullable<ReturnType<typeof polities.get>>; visits: number }[]>()
  for (const row of counts) {
    const polity = polities.get(row.polity)
    if (!polity) continue
    const list = byLeader.get(row.leader) ?? []
    list.push({ polity, visits: row.visits })
    byLeader.set(row.leader, list)
  }
  for (const list of byLeader.values())
    list.sort((a, b) => b.visits - a.visits || a.polity.name.localeCompare(b.polity.name))
  return byLeader
}
