import { ZPartialDateSchema, type TPartialDate } from '@itinera/contracts/partial-date'

const MONTHS = 'january february march april may june july august september october november december'.split(' ')

const monthNumber = (word: string) => {
  const index = MONTHS.findIndex((month) => month.startsWith(word.toLowerCase().slice(0, 3)))
  return index < 0 ? undefined : index + 1
}

/** A date as its parts, kept only when they make a valid partial date. */
export function partialDate(year: unknown, month?: unknown, day?: unknown): TPartialDate | undefined {
  const number = (value: unknown) => (value == null || value === '' ? undefined : Number(value))
  const parsed = ZPartialDateSchema.safeParse({ year: number(year), month: number(month), day: number(day) })
  return parsed.success ? parsed.data : undefined
}

/**
 * A date as metadata writes it: "2019-03-15", "2019/03/15", "2019-03-15T10:00:00Z", "March 15, 2019",
 * "15 March 2019", "May 1997", "1997". As precise as the text is, no more.
 */
export function readDate(text: string | undefined): TPartialDate | undefined {
  if (!text) return undefined
  const value = text.trim()
  const numeric = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s]|$)/.exec(value)
  if (numeric) return partialDate(numeric[1], numeric[2], numeric[3])
  // "c1997", "©1997": catalogues glue signs to the year.
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(value)?.[1]
  const monthWord = /\b([A-Za-z]{3,})\.?\b/.exec(value)?.[1]
  const month = monthWord ? monthNumber(monthWord) : undefined
  const day = month ? /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(value.replace(year ?? '', ''))?.[1] : undefined
  return partialDate(year, month, day) ?? partialDate(year)
}
