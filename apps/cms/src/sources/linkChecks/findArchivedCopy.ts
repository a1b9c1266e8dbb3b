import { z } from 'zod'
import { guardedFetch, OutboundError } from '../../outbound/guardedFetch'
import type { TLinkCheckSettings } from './settings'

// The availability API's answer; anything else is read as "no copy".
const ZAvailabilitySchema = z.object({
  archived_snapshots: z.object({
    closest: z.object({ available: z.boolean(), url: z.string(), timestamp: z.string().regex(/^\d{8}/) }).optional(),
  }),
})

export interface TArchiveProposal {
  archiveUrl: string
  /** YYYY-MM-DD, the snapshot's day. */
  archiveDate: string
}

/**
 * The archived copy of an address closest to `near` (the day the source was accessed, so the copy
 * shows what was cited), from the Wayback Machine's availability API; null when there is none or
 * the archive cannot be asked now (the next check asks again).
 */
export async function findArchivedCopy(
  url: string,
  near: string | null,
  settings: TLinkCheckSettings,
): Promise<TArchiveProposal | null> {
  const query = new URL(settings.waybackAvailabilityUrl)
  query.searchParams.set('url', url)
  if (near) query.searchParams.set('timestamp', near.slice(0, 10).replaceAll('-', ''))
  try {
    const response = await guardedFetch(
      query,
      { accept: 'application/json', contentTypes: ['application/json'], userAgent: settings.userAgent },
      settings.policy,
    )
    if (response.status !== 200) return null
    const parsed = ZAvailabilitySchema.safeParse(JSON.parse(response.body.toString('utf8')))
    const closest = parsed.success ? parsed.data.archived_snapshots.closest : undefined
    if (!closest?.available || !URL.canParse(closest.url)) return null
    const stamp = closest.timestamp
    return { archiveUrl: closest.url, archiveDate: `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}` }
  } catch (error) {
    if (error instanceof OutboundError || error instanceof SyntaxError) return null
    throw error
  }
}

/** Asks the archive to save a page now ("save page now"); a failure is only logged by the caller. */
export async function requestArchiveSave(url: string, settings: TLinkCheckSettings & { archiveSaveUrl: string }) {
  const response = await guardedFetch(
    `${settings.archiveSaveUrl.replace(/\/$/, '')}/${url}`,
    { accept: '*/*', truncate: true, userAgent: settings.userAgent },
    { ...settings.policy, maxBytes: 1024 },
  )
  return response.status
}
