'use client'
import type { TReviewedCollection } from '@itinera/contracts/domain'
import { citableFacts } from '@itinera/contracts/reference-facts'
import { parseFactPath, tripFactLabel, type TTripFact } from '@itinera/contracts/trip-facts'
import type { FormState } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'

const rowCount = (fields: FormState, path: string) => fields[path]?.rows?.length ?? 0

/**
 * A trip fact's label from the form, found by the ids of its stop and row, not by building every
 * fact of the trip: citation rows work it out on each keystroke, a hundred rows on a large trip.
 */
function tripFactLabelIn(fields: FormState, fact: string): string | undefined {
  const ref = parseFactPath(fact)
  if (!ref) return undefined
  if (ref.kind === 'certainty') return tripFactLabel(ref)
  for (let stop = 0; stop < rowCount(fields, 'stops'); stop++) {
    if (fields[`stops.${stop}.id`]?.value !== ref.stopId) continue
    if (!('rowId' in ref)) return tripFactLabel(ref, stop)
    const rows = `stops.${stop}.${ref.kind}`
    for (let row = 0; row < rowCount(fields, rows); row++)
      if (fields[`${rows}.${row}.id`]?.value === ref.rowId) return tripFactLabel(ref, stop, row)
  }
  return undefined
}

/** A cited fact's label from the admin's form state; undefined when the record no longer has it. */
export const factLabelIn = (collection: TReviewedCollection, fields: FormState, fact: string): string | undefined =>
  collection === 'trips'
    ? tripFactLabelIn(fields, fact)
    : citableFacts(collection, reduceFieldsToValues(fields, true)).find((known) => known.path === fact)?.label

// Rows appearing together (a large trip's hundred citation rows at load) read the same form state.
const factsByFormState = new WeakMap<FormState, TTripFact[]>()

/** The record's citable facts from the admin's form state, worked out once per state. */
export function formFacts(collection: TReviewedCollection, fields: FormState): TTripFact[] {
  let facts = factsByFormState.get(fields)
  if (!facts) factsByFormState.set(fields, (facts = citableFacts(collection, reduceFieldsToValues(fields, true))))
  return facts
}
