import type { TPublicCollection } from './routers/reader/public-read'

/**
 * The reader's cache tags, both halves in one place: the reader caches each read under the tags
 * of what it shows (`tagsForRead`), and the CMS names the tags of what a change touched
 * (`tagsForChange`). Every page but a trip's shows a list of trips, so it also reads `lists`,
 * which every change sends: a trip that moved to another leader or country leaves the old
 * one's page as well.
 */
export const LISTS_TAG = 'lists'

const tripTag = (slug: string) => `trip:${slug}`
const leaderTag = (slug: string) => `leader:${slug}`
const polityTag = (slug: string) => `polity:${slug}`
const sourceTag = (id: number) => `source:${id}`

/** Page → tags: the tags a read of a `reader.*` procedure (what a page shows) is cached under. */
export function tagsForRead(procedure: string, input: unknown): string[] {
  const { slug, id } = (input ?? {}) as { slug?: unknown; id?: unknown }
  const bySlug = typeof slug === 'string'
  switch (procedure) {
    case 'reader.trip':
      return bySlug ? [tripTag(slug)] : [LISTS_TAG]
    case 'reader.leader':
      return bySlug ? [leaderTag(slug), LISTS_TAG] : [LISTS_TAG]
    case 'reader.polity':
      return bySlug ? [polityTag(slug), LISTS_TAG] : [LISTS_TAG]
    case 'reader.source':
      return typeof id === 'number' ? [sourceTag(id), LISTS_TAG] : [LISTS_TAG]
    case 'reader.unavailable':
      return unavailableTags(input)
    default:
      return [LISTS_TAG]
  }
}

/**
 * Whether a record's pages stand (its tombstone; a trip's sources still public): under the
 * record's own page tag, which its retraction and its approval send, as does a change of any
 * source of an approved trip (`tagsForChange`).
 */
function unavailableTags(input: unknown): string[] {
  const { collection, slug, id } = (input ?? {}) as { collection?: unknown; slug?: unknown; id?: unknown }
  if (collection === 'sources' && typeof id === 'number') return [sourceTag(id)]
  if (typeof slug !== 'string') return [LISTS_TAG]
  if (collection === 'trips') return [tripTag(slug)]
  if (collection === 'leaders') return [leaderTag(slug)]
  if (collection === 'polities') return [polityTag(slug)]
  return [LISTS_TAG]
}

/** An approved trip, as far as the pages it appears on go: its own, its leader's, its countries' and its sources'. */
export interface TTripOnPages {
  slug: string
  leader: string | null
  polities: string[]
  sources: number[]
}

/** A public record that changed: the slug names the page of a trip, a leader or a country. */
export interface TChangedRecord {
  collection: TPublicCollection
  id: number
  slug?: string | null
}

function ownPageTag({ collection, id, slug }: TChangedRecord): string | null {
  if (collection === 'sources') return sourceTag(id)
  if (!slug) return null
  if (collection === 'trips') return tripTag(slug)
  if (collection === 'leaders') return leaderTag(slug)
  if (collection === 'polities') return polityTag(slug)
  // Places and people have no page of their own: the pages of the trips that name them show them.
  return null
}

/**
 * Change → tags: when a public record changes (approved, edited, deleted), the lists, its own
 * page, and every page of every approved trip that shows it (a trip approved again: as it stands
 * now and as it stood before, so the leader and countries it left are named too).
 */
export function tagsForChange(record: TChangedRecord, tripsShowingIt: TTripOnPages[]): string[] {
  const tags = new Set([LISTS_TAG])
  const own = ownPageTag(record)
  if (own) tags.add(own)
  for (const trip of tripsShowingIt) {
    tags.add(tripTag(trip.slug))
    if (trip.leader) tags.add(leaderTag(trip.leader))
    for (const polity of trip.polities) tags.add(polityTag(polity))
    for (const source of trip.sources) tags.add(sourceTag(source))
  }
  return [...tags]
}

/**
 * Tags → paths: the reader pages Next keeps whole and can refresh only by path (rendered once with
 * no script, `apps/web/src/pages/`) that a change's tags touch: the home page shows the lists, and
 * each record's page (a trip's, leader's, country's, source's) what its own tag names. A record's
 * later pages of trips are rendered per request and need no refresh.
 */
export function pagePathsForTags(tags: readonly string[]): string[] {
  const paths = new Set<string>()
  for (const tag of tags) {
    const [kind, key] = [tag.slice(0, tag.indexOf(':')), tag.slice(tag.indexOf(':') + 1)]
    if (tag === LISTS_TAG) paths.add('/')
    else if (Object.hasOwn(PAGE_OF_TAG, kind)) paths.add(`${PAGE_OF_TAG[kind as keyof typeof PAGE_OF_TAG]}/${key}`)
  }
  return [...paths]
}

/** Where each record tag's page is (`/<segment>/<slug or id>`). */
const PAGE_OF_TAG = { trip: '/trips', leader: '/leaders', polity: '/countries', source: '/sources' } as const
