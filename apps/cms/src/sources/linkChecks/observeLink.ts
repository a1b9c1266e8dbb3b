import { createHash } from 'node:crypto'
import { normaliseText, type TLinkObservation } from '@itinera/contracts/link-health'
import { guardedFetch, OutboundError } from '../../outbound/guardedFetch'
import type { TLinkCheckSettings } from './settings'

export interface TLinkReading extends TLinkObservation {
  contentType: string | null
  /** SHA-256 of the normalised text (of the bytes, for a page that is not text). */
  fingerprint: string | null
  bytes: number | null
  truncated: boolean
  responseMs: number
  redirects: { url: string; status: number }[]
}

const TEXT_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain'])

/** Fetches an address once under the guard and the size cap; a failure is an observation, not an exception. */
export async function observeLink(url: string, settings: TLinkCheckSettings): Promise<TLinkReading> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await guardedFetch(
      url,
      { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', truncate: true, userAgent: settings.userAgent },
      settings.policy,
    )
    const text = TEXT_TYPES.has(response.contentType) ? normaliseText(response.body.toString('utf8')) : ''
    return {
      url,
      httpStatus: response.status,
      error: null,
      finalUrl: response.url.href,
      text,
      contentType: response.contentType || null,
      fingerprint: createHash('sha256')
        .update(text || response.body)
        .digest('hex'),
      bytes: response.body.length,
      truncated: response.truncated,
      responseMs: elapsed(),
      redirects: response.redirects,
    }
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error
    return {
      url,
      httpStatus: null,
      error: `${error.code}: ${error.message}`,
      finalUrl: null,
      text: '',
      contentType: null,
      fingerprint: null,
      bytes: null,
      truncated: false,
      responseMs: elapsed(),
      redirects: [],
    }
  }
}
