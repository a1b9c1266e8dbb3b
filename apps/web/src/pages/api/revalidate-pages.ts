import { Readable } from 'node:stream'
import { pagePathsForTags } from '@itinera/contracts/cache-tags'
import type { NextApiRequest, NextApiResponse } from 'next'
import { freshCms } from '../../lib/cms'
import { recordPageOf } from '../../lib/record-page'
import { signedRevalidations } from '../../lib/signed-revalidation'
import { renderedPath } from '../../lib/static-pages'

// The signature covers the exact bytes sent: read them raw.
export const config = { api: { bodyParser: false } }

const take = signedRevalidations()

// Pages rendered again at once: a change can name many trips, the CMS waits 5 s for the call, and the machine has few cores.
const CONCURRENT_RENDERS = 4

// Pages one change renders again, the first named (the home page and its own page come first). A
// source cited by thousands of trips names each of their pages: those past this number are left
// to the pages' 300 s backstop (`revalidate` in src/pages/) rather than rendered all at once.
const RENDERED_PER_CHANGE = 50

type TOutcome = { path: string; done: 'revalidated' | 'skipped' } | { path: string; error: string }

/**
 * Whether a kept page stands and may be rendered again: the home page always; a record's page only
 * while an approved record has its slug or id and it is not retracted (nor, for a trip, withheld),
 * asked of the CMS fresh. Never render one that would be a 404: `res.revalidate` of such a path
 * does not return (the process grows and spins until killed). The proxy answers those paths before
 * the page (src/proxy.ts), and the record's next approval names the path again.
 */
async function stands(path: string): Promise<boolean> {
  if (path === '/') return true
  const record = recordPageOf(path)
  return record !== null && (await freshCms.reader.unavailable.query(record)) === null
}

async function refresh(res: NextApiResponse, path: string): Promise<TOutcome> {
  try {
    if (!(await stands(path))) return { path, done: 'skipped' }
    await res.revalidate(renderedPath(path))
    return { path, done: 'revalidated' }
  } catch (error) {
    return { path, error: error instanceof Error ? error.message : String(error) }
  }
}

/** Each path refreshed, CONCURRENT_RENDERS at a time; one failing does not stop the others. */
async function refreshAll(res: NextApiResponse, paths: string[]): Promise<TOutcome[]> {
  const outcomes: TOutcome[] = []
  let next = 0
  const worker = async () => {
    while (next < paths.length) outcomes.push(await refresh(res, paths[next++]!))
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_RENDERS, paths.length) }, worker))
  return outcomes
}

/**
 * POST /api/revalidate-pages — the pages Next keeps whole (src/pages/) that a change's tags name
 * (`pagePathsForTags`), rendered again now if they stand (`stands`). Called by /api/revalidate with
 * the CMS's signed call as it came, and checked here the same way. Every standing page named is
 * rendered, not only those already kept (`unstable_onlyGenerated`): for a page not kept yet, that
 * option answers the revalidation with nothing, and Next hands the same nothing to a reader's
 * request for the page arriving meanwhile (one render per path at a time), which then fails 500
 * ("cache entry required but not generated"), as the cluster test showed right after an approval.
 */
export default async function revalidatePages(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.setHeader('Allow', 'POST').status(405).json({ error: 'POST only.' })
  const request = new Request(new URL(req.url!, 'http://reader.invalid'), {
    method: 'POST',
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit)
  const call = await take(request)
  if (call instanceof Response) {
    call.headers.forEach((value, name) => res.setHeader(name, value))
    return res.status(call.status).send(await call.text())
  }
  const paths = pagePathsForTags(call.tags)
  const outcomes = await refreshAll(res, paths.slice(0, RENDERED_PER_CHANGE))
  const pathsWhere = (done: string) =>
    outcomes.flatMap((outcome) => ('done' in outcome && outcome.done === done ? [outcome.path] : []))
  const failed = outcomes.flatMap((outcome) => ('error' in outcome ? [`${outcome.path}: ${outcome.error}`] : []))
  const answer = {
    revalidated: pathsWhere('revalidated'),
    skipped: pathsWhere('skipped'),
    leftToBackstop: paths.length - Math.min(paths.length, RENDERED_PER_CHANGE),
  }
  if (failed.length > 0) return res.status(502).json({ error: failed.join('; '), ...answer })
  return res.json(answer)
}
