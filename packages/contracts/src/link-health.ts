import { relationId } from './relation-id'
import type { TQualityIssue } from './trip-quality'

/**
 * Source health, as Wikipedia's link bots judge it: what one check of an address observed, and
 * what the address's status becomes given the checks before it. Pure: the CMS fetches and stores.
 */

/** The checker's verdict on an address. `failing`: it failed, but not yet for long enough to call it dead. */
export const LINK_HEALTH = ['live', 'failing', 'dead', 'usurped'] as const
export type TLinkHealth = (typeof LINK_HEALTH)[number]

export const LINK_HEALTH_LABELS: Record<TLinkHealth, string> = {
  live: 'live',
  failing: 'failing (not yet dead)',
  dead: 'dead',
  usurped: 'usurped',
}

/** A link is dead after this many failed checks in a row spanning at least DEAD_AFTER_DAYS (one blip is not death). */
export const DEAD_AFTER_FAILURES = 3
export const DEAD_AFTER_DAYS = 3
const DAY_MS = 24 * 60 * 60 * 1000

/** What one fetch of an address observed. */
export interface TLinkObservation {
  /** The HTTP status of the last answer; null when none came (DNS, refused, timeout). */
  httpStatus: number | null
  /** The guard's error code when the fetch failed before an answer. */
  error: string | null
  url: string
  finalUrl: string | null
  /** The page's text (normalised by `normaliseText`), for parked-page markers and quotes. */
  text: string
}

/** The state carried from one check of an address to the next. */
export interface TLinkState {
  health: TLinkHealth
  /** Failed checks in a row (0 when the last one succeeded). */
  failures: number
  /** When the current run of failures began (ISO), null when the last check succeeded. */
  failingSince: string | null
}

// Phrases parking services and domain sellers put on a parked page.
const PARKED_MARKERS = [
  'this domain is for sale',
  'this domain may be for sale',
  'buy this domain',
  'domain is parked',
  'parked free',
  'parked domain',
  'related searches',
  'the domain name',
  'hugedomains',
  'sedo domain parking',
  'godaddy domain',
]

/** Whether the page reads like a parked or for-sale domain page. */
export const looksParked = (text: string) => {
  const hits = PARKED_MARKERS.filter((marker) => text.includes(marker))
  // "the domain name" alone is ordinary prose; two markers, or a sale/parking phrase, are not.
  return hits.length >= 2 || hits.some((marker) => /sale|parked|parking|buy this/.test(marker))
}

/**
 * The registrable domain of a host, near enough without the public-suffix list: the last two
 * labels, three under a country's second level (`bbc.co.uk`); an IP address is its own.
 */
export function registrableDomain(host: string): string {
  const bare = host.toLowerCase().replace(/^\[(.*)\]$/, '$1')
  if (/^[\d.]+$/.test(bare) || bare.includes(':')) return bare
  const labels = bare.split('.').filter(Boolean)
  const secondLevel = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3
  return labels.slice(secondLevel ? -3 : -2).join('.')
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}

/** Whether an answer means the address now belongs to someone else (a parked page, or another site's front page). */
export function isUsurped(observation: TLinkObservation): boolean {
  if (observation.httpStatus == null || observation.httpStatus >= 400) return false
  if (looksParked(observation.text)) return true
  const final = observation.finalUrl ?? observation.url
  const movedAway = registrableDomain(hostOf(final)) !== registrableDomain(hostOf(observation.url))
  // A deep link sent to another domain's front page: the page it named is gone from there.
  return movedAway && new URL(final).pathname === '/' && new URL(observation.url).pathname !== '/'
}

/**
 * The address's status after this check. 410 Gone is dead at once (the server says so); other
 * failures (4xx, 5xx, no answer) make it dead only once they have lasted DEAD_AFTER_FAILURES
 * checks spanning DEAD_AFTER_DAYS; one success makes it live again.
 */
export function nextLinkState(previous: TLinkState | null, observation: TLinkObservation, now: Date): TLinkState {
  const ok = observation.httpStatus != null && observation.httpStatus < 400
  if (ok) {
    return { health: isUsurped(observation) ? 'usurped' : 'live', failures: 0, failingSince: null }
  }
  const failures = (previous?.failures ?? 0) + 1
  const failingSince = previous?.failingSince ?? now.toISOString()
  const lasted = now.getTime() - new Date(failingSince).getTime() >= DEAD_AFTER_DAYS * DAY_MS
  const dead = observation.httpStatus === 410 || (failures >= DEAD_AFTER_FAILURES && lasted)
  return { health: dead ? 'dead' : 'failing', failures, failingSince }
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  laquo: '"',
  raquo: '"',
  ndash: '-',
  mdash: '-',
  hellip: '...',
}
// Inline elements sit inside words and sentences ("<b>brothers</b>”): dropped without a space.
const INLINE_TAG = /<\/?(a|abbr|b|cite|em|i|mark|q|s|small|span|strong|sub|sup|u)\b[^>]*>/gi

/**
 * A page's text as quotes are matched against: tags, scripts and styles dropped, entities
 * decoded, quotation marks and dashes made plain, whitespace collapsed, lower case.
 */
export function normaliseText(markup: string): string {
  return markup
    .replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(INLINE_TAG, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' '
      }
      return ENTITIES[name.toLowerCase()] ?? entity
    })
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C\u300D\u300E\u300F]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** Whether a citation's quote still appears in a page's normalised text (quotation marks around the quote ignored). */
export function quoteAppears(quote: string, pageText: string): boolean {
  const wanted = normaliseText(quote).replace(/^["']+|["']+$/g, '')
  return wanted === '' || pageText.includes(wanted)
}

/** The latest check of a cited source's address, as a trip's warnings need it. */
export interface TSourceHealth {
  title: string
  health: TLinkHealth
  /** YYYY-MM-DD */
  checkedOn: string
  drift: { trip: number; citation: string; factLabel: string; seenOn: string }[]
  /** The source's archived copy, or the one the checker proposes. */
  archiveUrl: string | null
}

/**
 * A trip's warnings from its sources' link checks: a cited source whose address is dead or
 * usurped, and each of its citations whose quote the page no longer shows. Warnings, never
 * blocking: the facts stand; a reader still gets the archived copy.
 */
export function sourceHealthIssues(
  trip: {
    id: number
    citations?: { id?: string | null; fact?: string | null; source?: number | { id: number } | null }[] | null
  },
  healthBySource: Map<number, TSourceHealth>,
): TQualityIssue[] {
  const issues: TQualityIssue[] = []
  const cited = new Set((trip.citations ?? []).map((citation) => relationId(citation.source)))
  for (const [sourceId, source] of healthBySource) {
    if (!cited.has(sourceId)) continue
    const archived = source.archiveUrl ? ` Archived copy: ${source.archiveUrl}` : ' No archived copy found yet.'
    if (source.health === 'dead' || source.health === 'usurped') {
      issues.push({
        code: source.health === 'dead' ? 'dead_source' : 'usurped_source',
        severity: 'warning',
        fact: null,
        message: `"${source.title}": its web address is ${source.health} (checked ${source.checkedOn}).${archived}`,
      })
    }
    const facts = new Map((trip.citations ?? []).map((citation) => [citation.id, citation.fact ?? null]))
    for (const drift of source.drift.filter((entry) => entry.trip === trip.id && facts.has(entry.citation))) {
      issues.push({
        code: 'quote_drift',
        severity: 'warning',
        fact: facts.get(drift.citation) ?? null,
        message: `"${source.title}" no longer shows the quote cited for ${drift.factLabel} (seen ${drift.seenOn}).${archived}`,
      })
    }
  }
  return issues
}
