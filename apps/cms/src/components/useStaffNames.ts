'use client'
import { useEffect, useState } from 'react'

export interface TStaffName {
  id: number
  name: string
}

/** Staff by name (GET /api/staff-names): all of them, or those who review; empty until loaded or when not `wanted`. */
export function useStaffNames(which: 'all' | 'reviewers', wanted = true): TStaffName[] {
  const [staff, setStaff] = useState<TStaffName[]>([])
  useEffect(() => {
    if (!wanted) return
    let current = true
    fetch(`/api/staff-names${which === 'reviewers' ? '?reviewers' : ''}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ staff: TStaffName[] }>) : { staff: [] }))
      .then((body) => current && setStaff(body.staff))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [which, wanted])
  return staff
}
