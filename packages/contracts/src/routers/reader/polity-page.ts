import { TRPCError } from '@trpc/server'
import { RECORD_TRIPS_PAGE_SIZE, ZPolityPageSchema, ZRecordTripsRequestSchema } from '../../schemas/public-reader'
import { dayOf, nameOnDate, type TPeriodName } from '../../on-date'
import { relationId } from '../../relation-id'
import { publicProcedure } from '../../trpc'
import { findPublic, findPublicTrips, toTripSummary, TRIP_SUMMARY_QUERY, idsOf } from './public-read'
import { tripPages } from './trip-pages'

type TDate = { year?: number | null; month?: number | null; day?: number | null } | null
type TRef = number | { id: number; slug: string; name: string }
interface TPolityDoc {
  slug: string
  name: string
  officialName?: string | null
  namesByPeriod?: (TPeriodName & { from?: TDate; to?: TDate })[] | null
  alternateNames?: { name: string }[] | null
  validFrom?: TDate
  validTo?: TDate
  modernIsoCodes?: string[] | null
  predecessors?: TRef[] | null
  successors?: TRef[] | null
}
interface TTripDoc {
  id: number
  stops?: { polity?: TRef | null; places?: TRef[] | null; start?: TDate; end?: TDate }[] | null
}

const refs = (list: TRef[] | null | undefined) =>
  (list ?? []).flatMap((item) => (typeof item === 'object' ? [{ slug: item.slug, name: item.name }] : []))

/**
 * A country as it was: its names (each official name for its period), dates, predecessors and
 * successors, and the visits to it of a page of shown trips (approved, not withheld), each
 * with the name the country bore on its date.
 */
export const polityPage = publicProcedure
  .input(ZRecordTripsRequestSchema)
  .output(ZPolityPageSchema)
  .query(async ({ ctx, input }) => {
    const { docs } = await findPublic<TPolityDoc>(ctx.payload, 'polities', {
      where: { slug: { equals: input.slug } },
      limit: 1,
      depth: 1,
      populate: { polities: { slug: true, name: true } },
    })
    const polity = docs[0]
    if (!polity) throw new TRPCError({ code: 'NOT_FOUND', message: `No country "${input.slug}".` })
    const page = await ctx.shownTrips.page({
      polity: polity.id,
      order: 'chronological',
      offset: (input.page - 1) * RECORD_TRIPS_PAGE_SIZE,
      limit: RECORD_TRIPS_PAGE_SIZE,
      count: true,
    })
    const pages = tripPages(`country "${input.slug}"`, page.total ?? 0, input.page)
    const trips = await findPublicTrips<TTripDoc>(ctx.payload, idsOf(page.trips), {
      ...TRIP_SUMMARY_QUERY,
      select: { ...TRIP_SUMMARY_QUERY.select, stops: { polity: true, places: true, start: true, end: true } },
      populate: { ...TRIP_SUMMARY_QUERY.populate, places: { slug: true, name: true } },
    })
    const visits = trips.flatMap((trip) =>
      (trip.stops ?? [])
        .filter((stop) => relationId(stop.polity) === polity.id)
        .map((stop) => ({
          trip: toTripSummary(trip as never),
          nameOnDate: nameOnDate(polity, dayOf(stop.start)),
          start: stop.start ?? null,
          end: stop.end ?? null,
          places: refs(stop.places),
        })),
    )
    return {
      polity: {
        slug: polity.slug,
        name: polity.name,
        officialName: polity.officialName ?? null,
        namesByPeriod: (polity.namesByPeriod ?? []).map((period) => ({
          name: period.name,
          from: period.from ?? null,
          to: period.to ?? null,
        })),
        alternateNames: (polity.alternateNames ?? []).map((row) => row.name),
        validFrom: polity.validFrom ?? null,
        validTo: polity.validTo ?? null,
        modernIsoCodes: polity.modernIsoCodes ?? [],
        predecessors: refs(polity.predecessors),
        successors: refs(polity.successors),
      },
      tripPages: pages,
      visits,
    }
  })
