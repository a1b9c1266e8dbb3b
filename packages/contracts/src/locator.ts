const LOCATOR_LABELS: [string, string][] = [
  ['page', 'p.'],
  ['folio', 'fol.'],
  ['paragraph', '¶'],
  ['footnote', 'n.'],
]

/** "p. 12, n. 4": where in a source a citation points; null when it gives no locator. */
export const formatLocator = (locator: Record<string, string | null | undefined> | null | undefined): string | null =>
  LOCATOR_LABELS.flatMap(([key, label]) => (locator?.[key] ? [`${label} ${locator[key]}`] : [])).join(', ') || null
