import { createTRPCRouter } from '../../trpc'
import { leaderPage } from './leader-page'
import { listTrips } from './list-trips'
import { polityPage } from './polity-page'
import { search } from './search'
import { sitemap } from './sitemap'
import { sourcePage } from './source-page'
import { stats } from './stats'
import { exportTrips, tripPage } from './trip-page'
import { unavailable } from './unavailable'

/** What the public reader reads: approved content only, whitelisted fields only. */
export const readerRouter = createTRPCRouter({
  trip: tripPage,
  trips: listTrips,
  leader: leaderPage,
  polity: polityPage,
  source: sourcePage,
  stats,
  search,
  exportTrips,
  sitemap,
  unavailable,
})
