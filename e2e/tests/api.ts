import { factPath } from '@itinera/contracts/trip-facts'
import type { APIRequestContext } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { loginFor, type TDemoRole } from './helpers'

const tokens = new Map<string, Promise<string>>()

/**
 * A demo user's API token, signed in once per test run and CMS (sign-ins are rate-limited per address).
 * `cmsUrl`: the suite's CMS unless a test runs its own (the cluster test).
 */
export function tokenFor(role: TDemoRole, cmsUrl = CMS_URL): Promise<string> {
  const key = `${cmsUrl} ${role}`
  if (!tokens.has(key)) {
    const { email, password } = loginFor(role)
    tokens.set(
      key,
      fetch(`${cmsUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }).then(async (login) => {
        if (!login.ok) throw new Error(`Signing in as ${role}: ${login.status} ${await login.text()}`)
        return ((await login.json()) as { token: string }).token
      }),
    )
  }
  return tokens.get(key)!
}

/** The CMS's REST API as one of the demo users, for setting up what a journey starts from. */
export async function apiAs(request: APIRequestContext, role: TDemoRole, cmsUrl = CMS_URL) {
  const headers = { Authorization: `JWT ${await tokenFor(role, cmsUrl)}` }
  const call = async <T>(method: 'get' | 'post' | 'patch', path: string, data?: unknown): Promise<T> => {
    const response = await request[method](`${cmsUrl}/api${path}`, { headers, data })
    const body = await response.json()
    if (!response.ok()) throw new Error(`${method.toUpperCase()} ${path}: ${response.status()} ${JSON.stringify(body)}`)
    return body as T
  }
  // Like a client that loaded the record before acting on it: saves and workflow steps on a
  // reviewed record name the version they were made on (`updatedAt`, the latest draft's).
  const loadedVersion = async (path: string) => {
    const record = /^\/(trips|sources|leaders|polities|places|people)\/(\d+)/.exec(path)
    return record
      ? (await call<{ updatedAt: string }>('get', `/${record[1]}/${record[2]}?draft=true&depth=0`)).updatedAt
      : undefined
  }
  // Like a reviewer before approving: every citation marked checked against its source. A refusal
  // (unchanged since approval, or not theirs to approve) is left for the approval to report.
  const checkCitations = async (path: string) => {
    const record = /^\/(trips|leaders|polities|places|people)\/(\d+)\/workflow\/approve$/.exec(path)
    if (!record) return
    const [, collection, id] = record
    const { citations } = await call<{ citations?: { id: string }[] }>('get', `/${collection}/${id}?draft=true&depth=0`)
    for (const citation of citations ?? [])
      await request.post(`${cmsUrl}/api/check-citation`, {
        headers,
        data: { collection, id: Number(id), citation: citation.id, checked: true },
      })
  }
  return {
    get: <T>(path: string) => call<T>('get', path),
    post: async <T>(path: string, data?: Record<string, unknown>) => {
      await checkCitations(path)
      return call<T>(
        'post',
        path,
        path.includes('/workflow/') ? { version: await loadedVersion(path), ...data } : (data ?? {}),
      )
    },
    patch: async <T>(path: string, data: Record<string, unknown>) =>
      call<T>('patch', path, { updatedAt: await loadedVersion(path), ...data }),
  }
}

/** An approved source and a draft trip by the editor with every fact cited except its certainty. */
export async function draftTripMissingOneCitation(request: APIRequestContext, by: TDemoRole = 'editor') {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const author = await apiAs(request, by)
  const reviewer = await apiAs(request, 'reviewer')
  const { docs } = await author.get<{ docs: { id: number }[] }>('/leaders?where[slug][equals]=kim-il-sung')
  // Reference data a trip shows is approved before the trip can be.
  const polity = await author.post<{ doc: { id: number } }>('/polities?draft=true', {
    name: `Soviet Union ${unique}`,
    slug: `soviet-union-${unique}`,
  })
  await author.post(`/polities/${polity.doc.id}/workflow/submit`)
  await reviewer.post(`/polities/${polity.doc.id}/workflow/approve`)
  const sourceTitle = `Ciphered telegram ${unique}`
  const source = await author.post<{ doc: { id: number } }>('/sources?draft=true', {
    kind: 'archival_document',
    sourceClass: 'archival',
    title: sourceTitle,
  })
  await author.post(`/sources/${source.doc.id}/workflow/submit`)
  await reviewer.post(`/sources/${source.doc.id}/workflow/approve`)
  const title = `Visit to Moscow ${unique}`
  const trip = await author.post<{ doc: { id: number } }>('/trips?draft=true', {
    title,
    slug: `visit-to-moscow-${unique}`,
    leader: docs[0]!.id,
    certainty: 'confirmed',
    stops: [
      {
        id: `stop-${unique}`,
        polity: polity.doc.id,
        start: { year: 1949, month: 3, day: 3 },
        end: { year: 1949, month: 3, day: 25 },
      },
    ],
    citations: [
      { fact: factPath.stopDates(`stop-${unique}`), source: source.doc.id, locator: { page: '2' } },
      { fact: factPath.stopPolity(`stop-${unique}`), source: source.doc.id },
    ],
  })
  return { tripId: trip.doc.id, title, sourceTitle }
}

/** A place the editor drafts and a reviewer approves. */
export async function approvedPlace(request: APIRequestContext, name: string) {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const editor = await apiAs(request, 'editor')
  const place = await editor.post<{ doc: { id: number; name: string } }>('/places?draft=true', {
    name,
    slug: `place-${unique}`,
  })
  await editor.post(`/places/${place.doc.id}/workflow/submit`)
  await (await apiAs(request, 'reviewer')).post(`/places/${place.doc.id}/workflow/approve`)
  return place.doc
}

/**
 * A trip the editor drafts with every fact cited and submits for review. Its facts cite one
 * approved source, an archival record unless `source` says otherwise.
 */
export async function submittedTrip(
  request: APIRequestContext,
  {
    places = [],
    source: sourceData = {},
    cmsUrl = CMS_URL,
  }: { places?: number[]; source?: Record<string, unknown>; cmsUrl?: string } = {},
) {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const editor = await apiAs(request, 'editor', cmsUrl)
  const reviewer = await apiAs(request, 'reviewer', cmsUrl)
  const { docs } = await editor.get<{ docs: { id: number }[] }>('/leaders?where[slug][equals]=kim-il-sung')
  const source = await editor.post<{ doc: { id: number } }>('/sources?draft=true', {
    kind: 'archival_document',
    sourceClass: 'archival',
    title: `Record ${unique}`,
    ...sourceData,
  })
  await editor.post(`/sources/${source.doc.id}/workflow/submit`)
  await reviewer.post(`/sources/${source.doc.id}/workflow/approve`)
  const stop = `stop-${unique}`
  const trip = await editor.post<{ doc: { id: number; slug: string } }>('/trips?draft=true', {
    title: `Visit ${unique}`,
    slug: `visit-${unique}`,
    leader: docs[0]!.id,
    certainty: 'confirmed',
    stops: [{ id: stop, places, start: { year: 1957, month: 11, day: 4 } }],
    citations: [
      factPath.certainty(),
      factPath.stopDates(stop),
      ...(places.length ? [factPath.stopPlaces(stop)] : []),
    ].map((fact) => ({ fact, source: source.doc.id })),
  })
  await editor.post(`/trips/${trip.doc.id}/workflow/submit`)
  return { id: trip.doc.id, slug: trip.doc.slug, title: `Visit ${unique}`, source: source.doc.id, editor, reviewer }
}

/** A trip as `submittedTrip` drafts it, its citations checked and approved by a reviewer: what a reader can see. */
export async function approvedTrip(request: APIRequestContext, options: Parameters<typeof submittedTrip>[1] = {}) {
  const trip = await submittedTrip(request, options)
  await trip.reviewer.post(`/trips/${trip.id}/workflow/approve`)
  return trip
}
