/** Where in a source a citation points, stored part by part. */
export const LOCATOR_PARTS = ['page', 'folio', 'paragraph', 'footnote'] as const
export type TLocatorPart = (typeof LOCATOR_PARTS)[number]
export type TLocator = Partial<Record<TLocatorPart, string>>

const LOCATOR_LABELS: [TLocatorPart, string][] = [
  ['page', 'p.'],
  ['folio', 'fol.'],
  ['paragraph', '¶'],
  ['footnote', 'n.'],
]

/** "p. 12, n. 4": where in a source a citation points; null when it gives no locator. */
export const formatLocator = (locator: Record<string, string | null | undefined> | null | undefined): string | null =>
  LOCATOR_LABELS.flatMap(([key, label]) => (locator?.[key] ? [`${label} ${locator[key]}`] : [])).join(', ') || null

// The abbreviations citation styles use for each part, singular and plural ("pp.", "ff.", "nn.").
const PART_WORDS: [TLocatorPart, RegExp][] = [
  ['page', /^(?:pp?|pages?|pg)\.?$/i],
  ['folio', /^(?:ff?|fols?|folios?)\.?$/i],
  ['paragraph', /^(?:paras?|paragraphs?|¶¶?)\.?$/i],
  ['footnote', /^(?:nn?|notes?|fns?|footnotes?)\.?$/i],
]
// A number, a roman numeral or a folio side ("12", "xiv", "12r", "12v"), alone or as a range or list.
const NUMBER = String.raw`(?:\d+[a-z]?|[ivxlcdm]+)`
const NUMBERS = new RegExp(
  String.raw`^${NUMBER}(?:\s*[-–—]\s*${NUMBER})?(?:\s*(?:,|&|and)\s*${NUMBER}(?:\s*[-–—]\s*${NUMBER})?)*$`,
  'i',
)
const MAX_PART_LENGTH = 50

export type TLocatorReading = { ok: true; locator: TLocator } | { ok: false; message: string }

/**
 * Reads a locator as people write it ("p. 95", "pp. 39–42", "f. 12", "para 3", "n. 4",
 * "p. 12, n. 4"; a bare number is a page) into its stored parts. Ranges take an en dash.
 */
export function parseLocator(text: string): TLocatorReading {
  const locator: TLocator = {}
  const trimmed = text.trim()
  if (!trimmed) return { ok: true, locator }
  // Split where a new part's word begins: "p. 12, n. 4" → "p. 12" and "n. 4"; "pp. 3, 5" stays one.
  const pieces = trimmed.split(/[,;]\s*(?=[^\d\s,;])(?![ivxlcdm]+\b)/i)
  for (const piece of pieces) {
    const match = /^([^\d\s]*\.?)\s*(.+)$/.exec(piece.trim())
    const word = match?.[1] ?? ''
    const numbers = (match?.[2] ?? '').trim()
    const part = word ? PART_WORDS.find(([, pattern]) => pattern.test(word))?.[0] : 'page'
    if (!part || !NUMBERS.test(numbers))
      return {
        ok: false,
        message: `"${piece.trim()}" is not a locator: write it as p. 95, pp. 39–42, f. 12, para 3 or n. 4`,
      }
    if (locator[part]) return { ok: false, message: `"${trimmed}" gives the ${part} twice` }
    const value = numbers.replace(/\s*[-–—]\s*/g, '–').replace(/\s*,\s*/g, ', ')
    if (value.length > MAX_PART_LENGTH)
      return { ok: false, message: `the ${part} is longer than ${MAX_PART_LENGTH} characters` }
    locator[part] = value
  }
  return { ok: true, locator }
}
