/**
 * Cache tags of the reader's data: each CMS read is tagged with what it shows, so approving a
 * trip revalidates exactly the pages that show it (its page, its leader's, its countries', its
 * sources') and the lists. The CMS's webhook sends the same tags (see apps/cms/src/revalidation).
 */
export const LISTS_TAG = 'lists'

export function tagsForProcedure(path: string, input: unknown): string[] {
  const args = (input ?? {}) as { slug?: string; id?: number }
  if (args.slug === undefined && args.id === undefined && /^reader\.(trip|leader|polity|source)$/.test(path)) return [LISTS_TAG]
  switch (path) {
    case 'reader.trip':
      return [`trip:${args.slug}`]
    case 'reader.leader':
      return [`leader:${args.slug}`, LISTS_TAG]
    case 'reader.polity':
      return [`polity:${args.slug}`, LISTS_TAG]
    case 'reader.source':
      return [`source:${args.id}`, LISTS_TAG]
    default:
      return [LISTS_TAG]
  }
}

/** Reads a tRPC GET URL (`…/api/trpc/reader.trip?input=…`) back into its procedure and input. */
export function tagsForUrl(url: string): string[] {
  const parsed = new URL(url)
  const path = decodeURIComponent(parsed.pathname.split('/').pop() ?? '')
  let input: unknown
  try {
    input = JSON.parse(parsed.searchParams.get('input') ?? 'null')
  } catch {
    input = null
  }
  return tagsForProcedure(path, input)
}
