import { appRouter } from '@itinera/contracts'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import type { Payload } from 'payload'
import { createContext } from './createContext'
import { createHeavyReadGate, HeavyReadsBusy } from './heavyReadGate'

const ENDPOINT = '/api/trpc'

/** The most calls one batch may carry: a batch is answered as one request, so it is bounded like one. */
export const MAX_BATCH_SIZE = 4

/**
 * Procedures that read many trips (a list, an export page, every leader's statistics, a search,
 * the sitemap, a leader's, a country's or a source's page): each is called on its own, never in
 * a batch, so one request costs at most one of them, and they take turns (`heavyReads`).
 * Single-record reads (a trip, why a page is unavailable, the leaders) batch and never wait.
 */
export const HEAVY_PROCEDURES: ReadonlySet<string> = new Set([
  'reader.trips',
  'reader.exportTrips',
  'reader.stats',
  'reader.search',
  'reader.sitemap',
  'reader.leader',
  'reader.polity',
  'reader.source',
])

let heavyReads: ReturnType<typeof createHeavyReadGate> | undefined
/** The process's one gate, sized from the environment when the first heavy read comes. */
async function heavyReadGate() {
  if (!heavyReads) {
    const { env } = await import('../env')
    heavyReads ??= createHeavyReadGate({ atOnce: env.HEAVY_READS_AT_ONCE, waiting: env.HEAVY_READS_WAITING })
  }
  return heavyReads
}

function refusal(message: string) {
  return Response.json({ error: { message, code: 'BAD_REQUEST' } }, { status: 400 })
}

/** The procedures a tRPC URL names (a batch names several, comma-separated); null when it is not valid URL encoding. */
function proceduresOf(req: Request): string[] | null {
  const url = new URL(req.url)
  const path = url.pathname.slice(url.pathname.indexOf(ENDPOINT) + ENDPOINT.length + 1)
  try {
    return decodeURIComponent(path).split(',')
  } catch {
    return null
  }
}

/** A batch that names an unbatchable procedure, refused before any input is parsed or procedure run. */
function refuseExpensiveBatch(req: Request, procedures: string[] | null): Response | null {
  if (new URL(req.url).searchParams.get('batch') !== '1') return null
  if (!procedures) return refusal('The procedure path is not valid URL encoding.')
  const expensive = procedures.find((procedure) => HEAVY_PROCEDURES.has(procedure))
  return expensive ? refusal(`${expensive} cannot be batched: call it on its own.`) : null
}

/**
 * The tRPC endpoint: batches bounded in size and free of expensive procedures; reads of many trips
 * take turns, and past the waiting room answer 503 with Retry-After.
 */
export async function handleTrpc(payload: Payload, req: Request): Promise<Response> {
  const procedures = proceduresOf(req)
  const refused = refuseExpensiveBatch(req, procedures)
  if (refused) return refused
  const handle = () =>
    fetchRequestHandler({
      endpoint: ENDPOINT,
      req,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: () => createContext(payload, req.headers),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') payload.logger.error({ err: error, path }, 'tRPC procedure failed')
      },
    })
  if (!procedures?.some((procedure) => HEAVY_PROCEDURES.has(procedure))) return handle()
  try {
    return await (await heavyReadGate()).run(handle)
  } catch (error) {
    if (!(error instanceof HeavyReadsBusy)) throw error
    return Response.json(
      {
        error: {
          message: 'The reader is busy with other large reads: try again in a second.',
          code: 'SERVICE_UNAVAILABLE',
        },
      },
      { status: 503, headers: { 'Retry-After': '1' } },
    )
  }
}
