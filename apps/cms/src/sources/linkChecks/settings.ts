import type { TCmsEnv } from '../../envSchema'
import type { TOutboundPolicy } from '../../outbound/guardedFetch'

/** Everything a link check reads from the configuration, passed in so tests point it at local servers. */
export interface TLinkCheckSettings {
  policy: TOutboundPolicy
  concurrency: number
  perHost: number
  hostDelayMs: number
  waybackAvailabilityUrl: string
  /** "Save page now" endpoint, or null when saving is off. */
  archiveSaveUrl: string | null
  userAgent: string
}

export const linkCheckSettings = (env: TCmsEnv): TLinkCheckSettings => ({
  policy: {
    allowPrivateHosts: env.OUTBOUND_ALLOW_PRIVATE_HOSTS,
    maxRedirects: env.OUTBOUND_MAX_REDIRECTS,
    maxBytes: env.LINK_CHECK_MAX_BYTES,
    timeoutMs: env.LINK_CHECK_TIMEOUT_MS,
  },
  concurrency: env.LINK_CHECK_CONCURRENCY,
  perHost: env.LINK_CHECK_PER_HOST,
  hostDelayMs: env.LINK_CHECK_HOST_DELAY_MS,
  waybackAvailabilityUrl: env.WAYBACK_AVAILABILITY_URL,
  archiveSaveUrl: env.ARCHIVE_SAVE_NEW_LINKS ? env.ARCHIVE_SAVE_URL : null,
  userAgent: `Itinera link check (+${env.CMS_URL})`,
})
