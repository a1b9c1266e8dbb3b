import type { Payload } from 'payload'
import type { TVisitCounts } from '../../schemas/public-reader'
import { findPublic } from './public-read'

interface TPolityDoc {
  slug: string
  name: string
  modernIsoCodes?: string[] | null
  successors?: (number | { slug: string; name: string })[] | null
}

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })

/** A state today by its ISO 3166-1 alpha-2 code ("BY" → Belarus). */
export const todayCountry = (isoCode: string) => ({ isoCode, name: REGION_NAMES.of(isoCode) ?? isoCode })

/**
 * Visits per polity for each leader of `counts` (a stop is a visit; the 1956 tour visits the
 * Soviet Union twice; unconfirmed ones apart), most visited first, each polity with its modern ISO codes and successors
 * for maps, and the states where the places that leader visited in it lie today, from each
 * place's own code (Minsk, 1984: Belarus). One read of the polities named, whatever the number of
 * leaders.
 */
export async function visitsByPolity(payload: Payload, { visits: counts, today }: Omit<TVisitCounts, 'trips'>) {
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
  const todayOf = (leader: number, polity: number) =>
    [...new Set(today.filter((row) => row.leader === leader && row.polity === polity).map((row) => row.isoCode))]
      .map(todayCountry)
      .sort((a, b) => a.name.localeCompare(b.name))
  const byLeader = new Map<
    number,
    {
      polity: NonNullable<ReturnType<typeof polities.get>>
      visits: number
      unconfirmed: number
      today: ReturnType<typeof todayOf>
    }[]
  >()
  for (const row of counts) {
    const polity = polities.get(row.polity)
    if (!polity) continue
    const list = byLeader.get(row.leader) ?? []
    list.push({ polity, visits: row.visits, unconfirmed: row.unconfirmed, today: todayOf(row.leader, row.polity) })
    byLeader.set(row.leader, list)
  }
  for (const list of byLeader.values())
    list.sort(
      (a, b) => b.visits - a.visits || b.unconfirmed - a.unconfirmed || a.polity.name.localeCompare(b.polity.name),
    )
  return byLeader
}
