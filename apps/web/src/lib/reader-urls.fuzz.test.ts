import { appRouter } from '@itinera/contracts'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { laterPageNumber } from '../components/reader/TripPager'
import { isMissing } from './not-found'
import { routerWithoutCms } from './router-client.fixtures'

type TProcedures = Record<string, { _def: { inputs: { safeParse: (input: unknown) => { success: boolean } }[] } }>
const procedures = appRouter._def.procedures as unknown as TProcedures
const accepts = (procedure: string, input: unknown) =>
  procedures[procedure]!._def.inputs.every((schema) => schema.safeParse(input).success)

/** A path segment as Next hands it to a page: percent-decoded, or as sent when it does not decode. */
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The read each reader URL makes (as its page does), or null when the page answers 404 without one. */
function readOf(path: string): { procedure: string; input: unknown } | null {
  const [, section, key, sub, page] = path.split('/')
  if (key === undefined) return null
  const slug = decoded(key)
  // Pages 2 onwards live under a sub-path; a segment that is no such page number is a 404 without a read.
  const pageNumber = sub === undefined ? 1 : laterPageNumber(page ?? '')
  if (pageNumber === null) return null
  if (section === 'trips') return { procedure: 'reader.trip', input: { slug } }
  if (section === 'leaders') return { procedure: 'reader.leader', input: { slug, page: pageNumber } }
  if (section === 'countries') return { procedure: 'reader.polity', input: { slug, page: pageNumber } }
  const id = Number(slug)
  if (!Number.isInteger(id) || id <= 0) return null
  return { procedure: 'reader.source', input: { id, page: pageNumber } }
}

const segment = fc.oneof(
  fc.constantFrom(
    'UPPER',
    'a'.repeat(81),
    '%00',
    '%E0%A4%A',
    '99999999999',
    '-1',
    '1.5',
    '89',
    'moscow-1949',
    '%F0%9F%98%80',
  ),
  fc.string({ maxLength: 90 }).map(encodeURIComponent),
  fc.string({ maxLength: 90 }),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
)
const readerUrl = fc
  .tuple(
    fc.constantFrom(
      'trips',
      'leaders',
      'countries',
      'sources',
      'sources/cited-by',
      'leaders/trips',
      'countries/visits',
    ),
    segment,
    segment,
  )
  .map(([route, key, page]) => {
    const [section, sub] = route.split('/')
    return sub ? `/${section}/${key}/${sub}/${page}` : `/${section}/${key}`
  })

describe('reader URLs', () => {
  it('should turn every read a URL makes that the CMS refuses as input into a 404', async () => {
    let refused = 0
    await fc.assert(
      fc.asyncProperty(readerUrl, async (path) => {
        const read = readOf(path)
        if (!read || accepts(read.procedure, read.input)) return
        const query = (procedure: string, input: unknown) =>
          procedure === 'reader.trip'
            ? routerWithoutCms.reader.trip.query(input as never)
            : procedure === 'reader.leader'
              ? routerWithoutCms.reader.leader.query(input as never)
              : procedure === 'reader.polity'
                ? routerWithoutCms.reader.polity.query(input as never)
                : routerWithoutCms.reader.source.query(input as never)
        const error = await query(read.procedure, read.input).then(
          () => undefined,
          (refusal: unknown) => refusal,
        )
        expect(isMissing(error), `${path}: ${String(error)}`).toBe(true)
        refused += 1
      }),
      { numRuns: 300 },
    )
    // The property held on refusals, not only on URLs every procedure accepts.
    expect(refused).toBeGreaterThan(30)
  })
})
