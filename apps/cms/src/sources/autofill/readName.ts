/**
 * A person's name as the sources collection stores it ("Given Family", or an institution as written),
 * from the "Family, Given" that catalogues and citation_author use.
 */
export function readName(text: string): string {
  const value = text.replace(/\s+/g, ' ').trim()
  const parts = value.split(',').map((part) => part.trim())
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : value
}
