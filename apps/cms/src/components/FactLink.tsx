'use client'
import type { ReactNode } from 'react'

/** Payload's DOM id of a field's input (or of its group, whose inputs' ids extend it). */
const fieldElementId = (path: string) => `field-${path.replaceAll('.', '__')}`

/** A link to a field of the form: scrolls to it and puts the cursor in it. */
export function FactLink({ field, children }: { field: string; children: ReactNode }) {
  const id = fieldElementId(field)
  return (
    <a
      href={`#${id}`}
      onClick={(event) => {
        const target = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${id}__"]`)
        if (!target) return
        event.preventDefault()
        target.scrollIntoView({ block: 'center' })
        const input = target.matches('input, textarea, select, button')
          ? target
          : target.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select, button')
        input?.focus({ preventScroll: true })
      }}
    >
      {children}
    </a>
  )
}
