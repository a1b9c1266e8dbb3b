/** The year and month a trip starts in, as far as its stops say. */
export type TSlugDate = { year?: number | null; month?: number | null } | null | undefined

const MAX_LENGTH = 80
/** Words that only say it was a journey ("State visit to the …"): the reader's URLs name where to. */
const JOURNEY_WORDS = /^(?:[a-z]+ )?(?:visit|trip|journey) to (?:the )?/

/** Lower-case Latin letters and digits joined by single hyphens, as the slug field accepts. */
const slugWords = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(JOURNEY_WORDS, '')
    .split(' ')
    .filter(Boolean)

/**
 * The slug a new trip is offered, like the seeded ones: year and month of its first day, then
 * where to, from its title ("State visit to Moscow and East Berlin", June 1956 →
 * "1956-06-moscow-and-east-berlin"). Cut at a whole word within the field's 80 characters;
 * empty while the title gives no word to use.
 */
export function suggestTripSlug(title: string | null | undefined, start: TSlugDate): string {
  const words = slugWords(title ?? '')
  if (!words.length) return ''
  const date = start?.year ? [String(start.year), ...(start.month ? [String(start.month).padStart(2, '0')] : [])] : []
  const parts = [...date]
  for (const word of words) {
    if ([...parts, word].join('-').length > MAX_LENGTH) break
    parts.push(word)
  }
  return parts.length > date.length ? parts.join('-') : ''
}

/** The earliest start among the stops: the trip's first day. */
export function earliestStart(starts: TSlugDate[]): TSlugDate {
  return starts
    .filter((start) => start?.year)
    .reduce<TSlugDate>((earliest, start) => {
      if (!earliest) return start
      const key = (date: TSlugDate) => date!.year! * 100 + (date!.month ?? 0)
      return key(start) < key(earliest) ? start : earliest
    }, null)
}
