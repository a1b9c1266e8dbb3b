'use client'
type TListener = () => void

/**
 * A value one field of the form sets and another follows (useSyncExternalStore): the fields of a
 * Payload form share no state but the form's own.
 */
export function formSignal<T>(initial: T) {
  let value = initial
  const listeners = new Set<TListener>()
  return {
    set(next: T) {
      value = next
      listeners.forEach((listener) => listener())
    },
    current: () => value,
    subscribe(listener: TListener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
