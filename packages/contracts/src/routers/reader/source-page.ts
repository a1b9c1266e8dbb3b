import { TRPCError } from '@trpc/server'
import { formatLocator } from '../../locator'
import { relationId } from '../../relation-id'
import { tripFacts } from '../../trip-facts'
import { SOURCE_CITED_BY_PAGE_SIZE, ZSourcePageRequestSchema, ZSourcePageSchema } from '../../schemas/public-reader'
import { ZPublicSourceSchema } from '../../schemas/public-trip'
import { publicProcedure } from '../../trpc'
import { findPublic, findPublicTrips, idsOf } from './public-read'

interface TTripDoc {
  id: number
  slug: string
  title: string
  stops?: { id: string; polity?: { name: string } | number | null }[] | null
  citations?:
    | { id: string; fact: string; source: number | { id: number }; locator?: Record<string, string | null> | null }[]
    | null
}

/**
 * A source with the facts of approved trips that cite it, each with its own locator, a page of
 * trips at a time. A trip withheld because another of its sources is no longer public is not
 * listed: its facts are not shown as cited anywhere until it is reviewed again.
 */
export const sourcePage = publicProcedure
  .input(ZSourcePageRequestSchema)
  .output(ZSourcePageSchema)
  .query(async ({ ctx, input }) => {
    const { docs } = await findPublic(ctx.payload, 'sources', { where: { id: { equals: input.id } }, limit: 1 })
    if (!docs[0]) throw new TRPCError({ code: 'NOT_FOUND', message: `No published source ${input.id}.` })
    const page = await ctx.shownTrips.page({
      citesSource: input.id,
      order: 'chronological',
      offset: (input.page - 1) * SOURCE_CITED_BY_PAGE_SIZE,
      limit: SOURCE_CITED_BY_PAGE_SIZE,
      count: true,
    })
    const shown = await findPublicTrips<TTripDoc>(ctx.payload, idsOf(page.trips), {
      depth: 1,
      // No field selection: Payload's select drops a stop's hasMany places, whose label the page needs.
      populate: { polities: { name: true }, places: { name: true }, sources: { title: true } },
    })
    const citedBy = shown.flatMap((trip) => {
      const labels = new Map(tripFacts(trip as never).map((fact) => [fact.path, fact.label]))
      return (trip.citations ?? [])
        .filter((citation) => relationId(citation.source) === input.id)
        .map((citation) => ({
          trip: { slug: trip.slug, title: trip.title },
          citationId: citation.id,
          fact: citation.fact,
          label: labels.get(citation.fact) ?? citation.fact,
          locator: formatLocator(citation.locator),
        }))
    })
    const pages = Math.max(1, Math.ceil((page.total ?? 0) / SOURCE_CITED_BY_PAGE_SIZE))
    if (input.page > pages)
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: `page: source ${input.id} has ${pages} page(s) of citing trips.`,
      })
    return {
      source: ZPublicSourceSchema.parse(docs[0]),
      citingTrips: { total: page.total ?? 0, page: input.page, pages },
      citedBy,
    }
  })
