import type { TContext, TSessionUser } from '@itinera/contracts'
import type { Payload } from 'payload'
import { searchPublished } from '../search/searchPublished'
import { cachedVisitCounts } from '../readerQueries/countVisits'
import { publicCitationChecks } from '../readerQueries/publicChecks'
import { pageOfShownTrips } from '../readerQueries/shownTrips'
import { tripRecords } from '../readerQueries/tripRecords'
import { tripSummaries } from '../readerQueries/tripSummaries'
import { transitionRecord } from '../workflow/transitionRecord'

/** Resolves the request's user (session cookie, JWT or API key) the way Payload's own routes do. */
export async function createContext(payload: Payload, headers: Headers): Promise<TContext> {
  const { user } = await payload.auth({ headers })
  return {
    payload,
    user: (user as TSessionUser | null) ?? null,
    workflow: {
      async transition(args) {
        const doc = await transitionRecord(payload, { ...args, user })
        return { id: doc.id, reviewState: doc.reviewState ?? 'draft' }
      },
    },
    search: { search: (q, limit) => searchPublished(payload, q, limit) },
    visitCounts: { count: cachedVisitCounts(payload) },
    shownTrips: {
      page: (query) => pageOfShownTrips(payload, query),
      summaries: (ids) => tripSummaries(payload, ids),
    },
    citationChecks: publicCitationChecks(payload),
    tripRecords: tripRecords(payload),
  }
}
