import { endOf, startOf, type TPartialDate } from './partial-date'

/**
 * Reference data as it stood on a day: the name a polity bore then, the offices a person held
 * then, and whether a title printed by a source is one of those offices. One rule for the quality
 * check (apps/cms) and the reader's routers.
 */

export type TDateParts =
  { year?: number | null; month?: number | null; day?: number | null; circa?: boolean | null } | null | undefined

export const toPartialDate = (date: TDateParts): TPartialDate | null =>
  date?.year != null
    ? { year: date.year, month: date.month ?? null, day: date.day ?? null, circa: Boolean(date.circa) }
    : null

/** The first day a stop's start can mean, as YYYY-MM-DD; null when it has no year. */
export const dayOf = (date: TDateParts): string | null => {
  const partial = toPartialDate(date)
  return partial ? startOf(partial) : null
}

/** Whether a period (either end open) covers a day (YYYY-MM-DD). */
export function coversDay(period: { from?: TDateParts; to?: TDateParts }, day: string): boolean {
  const from = toPartialDate(period.from)
  const to = toPartialDate(period.to)
  return (!from || startOf(from) <= day) && (!to || endOf(to) >= day)
}

export interface TPeriodName {
  name: string
  from?: TDateParts
  to?: TDateParts
}

/** The official name a polity bore on a day ("People's Republic of Bulgaria" in 1956), else its name. */
export function nameOnDate(polity: { name: string; namesByPeriod?: TPeriodName[] | null }, day: string | null): string {
  if (!day) return polity.name
  const names = Array.isArray(polity.namesByPeriod) ? polity.namesByPeriod : []
  return names.find((period) => period.name && coversDay(period, day))?.name ?? polity.name
}

/** The offices of `offices` held on a day. */
export const officesOnDate = <T extends { from?: TDateParts; to?: TDateParts }>(offices: T[], day: string): T[] =>
  offices.filter((office) => coversDay(office, day))

const fold = (title: string) =>
  title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim()

// An office whose title adds one of these before the printed role is a different office.
const QUALIFIER = /(^|\s)(acting|deputy|vice|honorary|eternal|first deputy)\s*$/
const MINOR_WORDS = new Set(['the', 'of', 'and'])
const words = (text: string) => text.split(' ').filter((word) => word && !MINOR_WORDS.has(word))

/** "General Secretary of the Chinese Communist Party" → role "general secretary", body's words. */
function splitTitle(title: string) {
  const folded = fold(title)
  const at = folded.indexOf(' of ')
  return at < 0 ? { role: folded, body: [] } : { role: folded.slice(0, at), body: words(folded.slice(at + 4)) }
}

/**
 * Whether one printed title names an office: the same role ("General Secretary"), or the office's
 * role after a distinction the printer dropped ("Secretary" for "General Secretary", but never an
 * acting or deputy office taken for the office itself), of a body the printer may name more
 * shortly ("President of China", "Prime Minister" with its country left out, the Mongolian
 * People's Party by its later name) but not differently.
 */
export function titleNamesOffice(printed: string, office: string): boolean {
  const part = splitTitle(printed)
  const full = splitTitle(office)
  if (!part.role) return true
  const sameRole =
    full.role === part.role ||
    (full.role.endsWith(` ${part.role}`) && !QUALIFIER.test(full.role.slice(0, -part.role.length)))
  return sameRole && part.body.every((word) => full.body.includes(word))
}

/**
 * Whether a printed title ("First Secretary of … and President of …") is borne out by the offices
 * held that day: each of its parts must name one of them.
 */
export function titleMatchesOffices(printed: string, held: { title?: string | null }[]): boolean {
  const parts = printed.split(
    /\s+and\s+(?=(?:first |general |vice |deputy )?(?:secretary|president|chairman|prime|premier|head|minister))/i,
  )
  return parts.every((part) => held.some((office) => office.title && titleNamesOffice(part, office.title)))
}
