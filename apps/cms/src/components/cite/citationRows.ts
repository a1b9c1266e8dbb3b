'use client'
import { formSignal } from './formSignal'

/**
 * A fact's citation badge asks the citations list to show a row (its index; a new object per
 * request, so asking for the same row twice shows it twice).
 */
const shown = formSignal<{ index: number } | null>(null)

export const citationRows = {
  show: (index: number) => shown.set({ index }),
  current: shown.current,
  subscribe: shown.subscribe,
}
