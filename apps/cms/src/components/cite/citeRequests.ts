'use client'
/**
 * The per-fact "Cite" buttons and the one cite dialog are separate fields of the form: a request
 * to cite facts passes between them here (the facts' paths, null while no dialog is asked for).
 */
type TListener = () => void

let requested: string[] | null = null
const listeners = new Set<TListener>()

export const citeRequests = {
  open(facts: string[]) {
    requested = facts
    listeners.forEach((listener) => listener())
  },
  close() {
    requested = null
    listeners.forEach((listener) => listener())
  },
  current: () => requested,
  subscribe(listener: TListener) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
}
