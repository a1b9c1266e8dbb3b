'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Marks every unread notification of the user read (the recipient may change nothing else). */
export function MarkNotificationsRead() {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  async function markRead() {
    setBusy(true)
    try {
      const response = await fetch('/api/notifications?where[readAt][exists]=false&depth=0', {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ readAt: new Date().toISOString() }),
      })
      if (!response.ok) toast.error(`Not marked read (${response.status})`)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" size="small" disabled={busy} onClick={markRead}>
      Mark all as read
    </Button>
  )
}
