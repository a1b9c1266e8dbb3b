import { appRouter } from '@itinera/contracts'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import type { Payload } from 'payload'
import { createContext } from './createContext'

const ENDPOINT = '/api/trpc'

/** The most calls one batch may carry: a batch is answered as one request, so it is bounded like one. */
export const MAX_BATCH_SIZE = 4

/**
 * Procedures whose single call already reads a large set (a whole export page, every leader's
 * statistics, a search, the sitemap, a leader's or a country's page): each is called on its own,
 * never in a batch, so one request costs at most one of them.
 */
export const UNBATCHABLE_PROCEDURES: ReadonlySet<string> = new Set([
  'reader.exportTrips',
  'reader.stats',
  'reader.search',
  'reader.sitemap',
  'reader.leader',
  'reader.polity',
])

function refusal(message: string) {
  return Response.json({ error: { message, code: 'BAD_REQUEST' } }, { status: 400 })
}

/** A batch that names an unbatchable procedure, refused before any input is parsed or procedure run. */
function refuseExpensiveBatch(req: Request): Response | null {
  const url = new URL(req.url)
  if (url.searchParams.get('batch') !== '1') return null
  const path = url.pathname.slice(url.pathname.indexOf(ENDPOINT) + ENDPOINT.length + 1)
  let procedures: string[]
  try {
    procedures = decodeURIComponent(path).split(',')
  } catch {
    return refusal('The procedure path is not valid URL encoding.')
  }
  const expensive = procedures.find((procedure) => UNBATCHABLE_PROCEDURES.has(procedure))
  return expensive ? refusal(`${expensive} cannot be batched: call it on its own.`) : null
}

/** The tRPC endpoint: batches bounded in size and free of expensive procedures. */
export function handleTrpc(payload: Payload, req: Request): Promise<Response> {
  const refused = refuseExpensiveBatch(req)
  if (refused) return Promise.resolve(refused)
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContext(payload, req.headers),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') payload.logger.error({ err: error, path }, 'tRPC procedure failed')
    },
  })
}
