import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { ZSlugRequestSchema } from '../../schemas/public-reader'
import { ZPublicTripSchema, type TPublicTrip } from '../../schemas/public-trip'
import { sourcesDiffer } from '../../sources-differ'
import { publicProcedure, type TContext } from '../../trpc'
import type { TTripRecords } from '../../schemas/public-reader'
import { publicSourceTitles, withFactsOnDate } from './on-date-facts'
import { findPublicTrips, type TLooseDoc, idsOf } from './public-read'
import { withheldBy } from './withheld'

/** A trip document (populated one level) as the public read model, with where its sources differ. */
const toPublicTrip = (doc: TLooseDoc): TPublicTrip =>
  ZPublicTripSchema.parse({ ...doc, sourcesDiffer: sourcesDiffer(doc as Parameters<typeof sourcesDiffer>[0]) })

/** Public trips with each citation's check against its source (one query for them all). */
async function withChecks(ctx: TContext, trips: TPublicTrip[]): Promise<TPublicTrip[]> {
  const checks = await ctx.citationChecks.ofTrips(trips)
  return trips.map((trip) => ({
    ...trip,
    citations: trip.citations.map((citation) => ({ ...citation, ...checks.get(`${trip.id} ${citation.id}`) })),
  }))
}

/**
 * A trip's records as Payload populates a trip one level deep: each relation to an approved record
 * replaced by it, any other left as its id, each stop with its own rows in order.
 */
export function populateTrip(records: TTripRecords) {
  const populate = <T extends { id: number }>(rows: T[]) => {
    const byId = new Map(rows.map((row) => [row.id, row]))
    return (id: number | null) => (id === null ? null : (byId.get(id) ?? id))
  }
  const [leader, polity, place, person, source] = [
    populate(records.leaders),
    populate(records.polities),
    populate(records.places),
    populate(records.people),
    populate(records.sources),
  ]
  const rowsOf = <T extends { stop: string }>(rows: T[], stop: string) =>
    rows.filter((row) => row.stop === stop).map(({ stop: _stop, ...row }) => row)
  return {
    ...records.trip,
    leader: leader(records.trip.leader),
    stops: records.stops.map((stop) => ({
      ...stop,
      polity: polity(stop.polity),
      places: stop.places.map(place),
      meetings: rowsOf(records.meetings, stop.id).map((meeting) => ({ ...meeting, person: person(meeting.person) })),
      details: rowsOf(records.details, stop.id),
      alternativeDates: rowsOf(records.alternativeDates, stop.id),
      alternativePolities: rowsOf(records.alternativePolities, stop.id).map((alternative) => ({
        ...alternative,
        polity: polity(alternative.polity),
      })),
    })),
    citations: records.citations.map((citation) => ({ ...citation, source: source(citation.source) })),
  }
}

/**
 * One trip as the reader shows it: the approved version only, whoever asks (staff preview
 * drafts in the admin), with its citations, sources and the facts on which they differ (a
 * printed title our dated offices contradict among them), each country by its name then, and
 * when each citation was checked against its source (by whom, for reviewers who chose to be named).
 * A trip citing a source that is no longer public (retracted) is withheld (FORBIDDEN), never
 * shown with those footnotes dropped: `reader.unavailable` says why. Two queries: the trip's
 * records (`ctx.tripRecords`), then its citations' checks.
 */
export const tripPage = publicProcedure
  .input(ZSlugRequestSchema)
  .output(ZPublicTripSchema)
  .query(async ({ ctx, input }) => {
    const records = await ctx.tripRecords.bySlug(input.slug)
    if (!records) throw new TRPCError({ code: 'NOT_FOUND', message: `No published trip "${input.slug}".` })
    const trip = populateTrip(records)
    if (withheldBy(trip, new Set(records.sources.map((source) => source.id))).length)
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `Trip "${input.slug}" is withheld while it is reviewed again: a source it cites is no longer public.`,
      })
    const peopleSources = new Map(records.peopleSources.map((source) => [source.id, source.title]))
    const [onDate] = await withFactsOnDate([trip], async () => peopleSources)
    const [checked] = await withChecks(ctx, [toPublicTrip(onDate!)])
    return checked!
  })

/** Trips per page of the export: each trip carries its sources in full, so pages stay small. */
export const EXPORT_PAGE_SIZE = 25

/**
 * Every approved trip in full, for the open-data exports (JSON, CSV), in chronological order,
 * a page at a time: the reader streams the pages, so an export of any size is never held in
 * memory at once. Withheld trips (citing a source no longer public) are left out, not exported
 * with their citations dropped.
 */
export const exportTrips = publicProcedure
  .input(z.object({ page: z.number().int().min(1).max(10_000_000).default(1) }).default({ page: 1 }))
  .output(z.object({ trips: z.array(ZPublicTripSchema), nextPage: z.number().int().nullable() }))
  .query(async ({ ctx, input }) => {
    const { trips: found } = await ctx.shownTrips.page({
      order: 'chronological',
      offset: (input.page - 1) * EXPORT_PAGE_SIZE,
      limit: EXPORT_PAGE_SIZE + 1,
    })
    const trips = await findPublicTrips(ctx.payload, idsOf(found.slice(0, EXPORT_PAGE_SIZE)), { depth: 1 })
    return {
      trips: await withChecks(ctx, (await withFactsOnDate(trips, publicSourceTitles(ctx.payload))).map(toPublicTrip)),
      nextPage: found.length > EXPORT_PAGE_SIZE ? input.page + 1 : null,
    }
  })
