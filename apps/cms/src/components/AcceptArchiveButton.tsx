'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Takes the proposed archived copy into the source as a draft edit (POST /api/sources/:id/accept-archive). */
export function AcceptArchiveButton({ sourceId }: { sourceId: number }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  async function accept() {
    setBusy(true)
    try {
      const response = await fetch(`/api/sources/${sourceId}/accept-archive`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
      })
      if (response.ok) {
        toast.success('Archived copy saved as a draft, for review.')
        router.refresh()
      } else {
        const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null
        toast.error(body?.errors?.[0]?.message ?? `Not accepted (${response.status})`)
      }
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" size="small" disabled={busy} onClick={accept}>
      Accept archived copy
    </Button>
  )
}
