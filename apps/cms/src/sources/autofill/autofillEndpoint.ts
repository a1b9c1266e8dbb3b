import { hasRole } from '@itinera/contracts/roles'
import { ZSourceAutofillRequestSchema } from '@itinera/contracts/source-autofill'
import type { Endpoint } from 'payload'
import { LookupError, lookUpSource, type TLookupServices } from './lookupSource'
import { refuse, refuseInvalid } from '../../validation/refuse'

// The environment is read when a lookup runs, not when the collection config is imported
// (the config's unit tests import it with no environment).
const services = async (): Promise<TLookupServices> => {
  const { env } = await import('../../env')
  return {
    doiBaseUrl: env.DOI_BASE_URL,
    openLibraryBaseUrl: env.OPEN_LIBRARY_BASE_URL,
    waybackBaseUrl: env.WAYBACK_BASE_URL,
    policy: {
      allowPrivateHosts: env.OUTBOUND_ALLOW_PRIVATE_HOSTS,
      maxRedirects: env.OUTBOUND_MAX_REDIRECTS,
      maxBytes: env.OUTBOUND_MAX_BYTES,
      timeoutMs: env.OUTBOUND_TIMEOUT_MS,
    },
  }
}

/**
 * POST /api/sources/autofill { identifier }: a proposed source record for a DOI, an ISBN or a web
 * address, for an editor to review in the form and save as a draft. Nothing is stored here.
 */
export const sourceAutofillEndpoint: Endpoint = {
  path: '/autofill',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Sign in to look up a source.')
    if (!hasRole(req.user, 'editor', 'admin')) return refuse(403, 'Looking up sources needs the editor role.')
    const parsed = ZSourceAutofillRequestSchema.safeParse(req.json ? await req.json().catch(() => null) : null)
    if (!parsed.success) return refuseInvalid(parsed.error, 'identifier')
    try {
      return Response.json(await lookUpSource(parsed.data.identifier, await services()))
    } catch (error) {
      if (error instanceof LookupError) return refuse(error.status, error.message)
      throw error
    }
  },
}
