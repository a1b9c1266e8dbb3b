import { formatFactPath, parseFactPath, STOP_ROW_FACTS, type TStopRowFact } from '@itinera/contracts/trip-facts'
import type { CollectionBeforeValidateHook, FieldHook, PayloadRequest } from 'payload'
import type { Trip } from '../../../payload-types'

/*
 * Duplicating a trip gives every array row a new id (row ids are primary keys), and a citation
 * names its fact by the ids of its stop and row (trip-facts). So the copy's citations are moved
 * to the copied rows' new ids, and keep pointing at the same facts.
 */

type TRow = { id?: string | null }
/** A row of the trip being copied: its id in the original, and the copy Payload gives a new id. */
type TCopiedRow = { originalId: string; copy: TRow }
type TCopiedStop = TCopiedRow & { rows: Record<TStopRowFact, TCopiedRow[]> }

/** The stops of the trip a request is duplicating, from noteDuplicatedStops to citationsFollowDuplicatedStops. */
const duplicating = new WeakMap<PayloadRequest, TCopiedStop[]>()

const copiedRows = (rows: TRow[] | null | undefined): TCopiedRow[] =>
  (Array.isArray(rows) ? rows : []).flatMap((row) => (row.id ? [{ originalId: row.id, copy: row }] : []))

/**
 * `stops`' beforeDuplicate hook: runs before Payload replaces the ids of the stops and their rows
 * (in the same objects), and keeps each row with its original id.
 */
export const noteDuplicatedStops: FieldHook<Trip, Trip['stops']> = ({ value, req }) => {
  duplicating.set(
    req,
    copiedRows(value).map((stop) => ({
      ...stop,
      rows: Object.fromEntries(
        STOP_ROW_FACTS.map((kind) => [kind, copiedRows((stop.copy as Record<string, TRow[] | undefined>)[kind])]),
      ) as TCopiedStop['rows'],
    })),
  )
  return value
}

/** The fact path in the copy of the fact `path` names in the original. */
function inCopy(stops: TCopiedStop[], path: string): string {
  const ref = parseFactPath(path)
  if (!ref || ref.kind === 'certainty') return path
  const stop = stops.find((copied) => copied.originalId === ref.stopId)
  const stopId = stop?.copy.id
  if (!stop || !stopId) return path
  if (!('rowId' in ref)) return formatFactPath({ ...ref, stopId })
  const rowId = stop.rows[ref.kind].find((row) => row.originalId === ref.rowId)?.copy.id
  return formatFactPath({ ...ref, stopId, rowId: rowId ?? ref.rowId })
}

/** Before the copy is validated (a citation of an unknown fact is refused): its citations follow the new ids. */
export const citationsFollowDuplicatedStops: CollectionBeforeValidateHook<Trip> = ({ data, operation, req }) => {
  const stops = duplicating.get(req)
  duplicating.delete(req)
  if (operation !== 'create' || !stops || !data?.citations) return data
  return {
    ...data,
    citations: data.citations.map((citation) =>
      citation.fact ? { ...citation, fact: inCopy(stops, citation.fact) } : citation,
    ),
  }
}
