import { tagsForRead } from '@itinera/contracts/cache-tags'

/**
 * The cache tags of a tRPC GET URL (`…/api/trpc/reader.trip?input=…`): what its procedure shows
 * (packages/contracts/src/cache-tags.ts, which also names the tags the CMS sends on a change).
 */
export function tagsForUrl(url: string): string[] {
  const parsed = new URL(url)
  const path = decodeURIComponent(parsed.pathname.split('/').pop() ?? '')
  let input: unknown
  try {
    input = JSON.parse(parsed.searchParams.get('input') ?? 'null')
  } catch {
    input = null
  }
  return tagsForRead(path, input)
}
