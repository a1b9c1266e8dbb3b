/** The REST query string for the rows about one record (review events, comments), newest or oldest first. */
export function recordQuery(
  collection: string,
  id: number | string,
  { action, sort, limit }: { action?: string; sort: string; limit: number },
) {
  const query = new URLSearchParams({
    'where[collection][equals]': collection,
    'where[documentId][equals]': String(id),
    sort,
    limit: String(limit),
    depth: '0',
  })
  if (action) query.set('where[action][equals]', action)
  return query.toString()
}
