'use client'
import { formSignal } from './formSignal'

/**
 * The per-fact "Cite" buttons and the one cite dialog are separate fields of the form: a request
 * to cite facts passes between them here (the facts' paths, null while no dialog is asked for).
 */
const requested = formSignal<string[] | null>(null)

export const citeRequests = {
  open: (facts: string[]) => requested.set(facts),
  close: () => requested.set(null),
  current: requested.current,
  subscribe: requested.subscribe,
}
