import type { CollectionSlug, FieldHook } from 'payload'

/**
 * A copy's slug: "<slug>-copy", or "<slug>-copy-2", "-copy-3"… when that is taken. Payload's
 * default for a unique field (appending " - Copy") is not a valid slug, and not unique twice.
 */
export const duplicateSlug: FieldHook = async ({ value, field, collection, req }) => {
  if (typeof value !== 'string' || !collection) return value
  const maxLength = ('maxLength' in field && field.maxLength) || value.length + '-copy-999'.length
  const stem = value.slice(0, maxLength - '-copy-999'.length).replace(/-+$/, '')
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    where: { slug: { like: `${stem}-copy` } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const taken = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
  const copy = (n: number) => (n === 1 ? `${stem}-copy` : `${stem}-copy-${n}`)
  let n = 1
  while (taken.has(copy(n))) n++
  return copy(n)
}
