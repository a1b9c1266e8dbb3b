import { formatDateRange, tripSpan } from '@itinera/contracts/partial-date'
import type { DefaultServerCellComponentProps } from 'payload'

/**
 * The trips list's Dates column: the trip's span at the precision its stops give ("May–June
 * 1975", "3–25 March 1949"), as the reader shows it, where the sortable first day (`startsOn`)
 * would read as a timestamp ("May 1st 1975, 12:00 AM").
 */
export function TripDatesCell({ rowData }: DefaultServerCellComponentProps) {
  const { start, end } = tripSpan((rowData.stops ?? []) as Parameters<typeof tripSpan>[0])
  return <span>{start ? formatDateRange(start, end) : 'No dates yet'}</span>
}
