import { TRPCError } from '@trpc/server'
import { RECORD_TRIPS_PAGE_SIZE } from '../../schemas/public-reader'

/** Which page of a record's `total` trips is asked for, of how many; a page past the last is not found. */
export function tripPages(record: string, total: number, page: number) {
  const pages = Math.max(1, Math.ceil(total / RECORD_TRIPS_PAGE_SIZE))
  if (page > pages)
    throw new TRPCError({ code: 'NOT_FOUND', message: `page: ${record} has ${pages} page(s) of trips.` })
  return { total, page, pages }
}
