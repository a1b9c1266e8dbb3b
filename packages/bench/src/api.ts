import { factPath } from '@itinera/contracts/trip-facts'
import { DEMO_LOGINS } from '@itinera/db/demo-logins'
import { sleep } from './bench-stack'

/** A signed-in demo user's REST calls on one CMS (`route` is under /api). */
export type TApiCall = <T>(method: string, route: string, body?: Record<string, unknown>) => Promise<T>

export async function signIn(cmsUrl: string, role: 'editor' | 'reviewer'): Promise<TApiCall> {
  const { email, password } = DEMO_LOGINS.find((candidate) => candidate.role === role)!
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token: string }
  const call = async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const answer = await fetch(`${cmsUrl}/api${route}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!answer.ok) throw new Error(`${method} ${route}: ${answer.status} ${await answer.text()}`)
    return (await answer.json()) as T
  }
  // Saves and workflow steps on a reviewed record name the version they act on, as the admin does.
  return async <T>(method: string, route: string, body?: Record<string, unknown>): Promise<T> => {
    const record = /^\/(trips|sources)\/(\d+)/.exec(route)
    if (!record || method === 'GET') return call<T>(method, route, body)
    const { updatedAt } = await call<{ updatedAt: string }>('GET', `/${record[1]}/${record[2]}?draft=true&depth=0`)
    return call<T>(
      method,
      route,
      route.includes('/workflow/') ? { version: updatedAt, ...body } : { updatedAt, ...body },
    )
  }
}

export interface TBenchTrip {
  id: number
  slug: string
  title: string
  editor: TApiCall
  reviewer: TApiCall
}

/** A new trip, cited to a new source, both approved on `cmsUrl` by the demo editor and reviewer. */
export async function approvedBenchTrip(cmsUrl: string): Promise<TBenchTrip> {
  const editor = await signIn(cmsUrl, 'editor')
  const reviewer = await signIn(cmsUrl, 'reviewer')
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const leader = (await editor<{ docs: { id: number }[] }>('GET', '/leaders?where[slug][equals]=kim-il-sung')).docs[0]!
    .id
  const source = (
    await editor<{ doc: { id: number } }>('POST', '/sources?draft=true', {
      kind: 'archival_document',
      sourceClass: 'archival',
      title: `Bench record ${unique}`,
    })
  ).doc.id
  await editor('POST', `/sources/${source}/workflow/submit`)
  await reviewer('POST', `/sources/${source}/workflow/approve`)
  const stop = `bench-${unique}`
  const title = `Bench visit ${unique}`
  const trip = (
    await editor<{ doc: { id: number; slug: string } }>('POST', '/trips?draft=true', {
      title,
      slug: `bench-${unique}`,
      leader,
      certainty: 'confirmed',
      stops: [{ id: stop, start: { year: 1960 } }],
      citations: [factPath.certainty(), factPath.stopDates(stop)].map((fact) => ({ fact, source })),
    })
  ).doc
  await editor('POST', `/trips/${trip.id}/workflow/submit`)
  // Approval needs each new citation checked against its source by the reviewer (all are new here).
  const { citations = [] } = await reviewer<{ citations?: { id: string }[] }>('GET', `/trips/${trip.id}?draft=true`)
  for (const { id: citation } of citations)
    await reviewer('POST', '/check-citation', { collection: 'trips', id: trip.id, citation, checked: true })
  await reviewer('POST', `/trips/${trip.id}/workflow/approve`)
  return { id: trip.id, slug: trip.slug, title, editor, reviewer }
}

/**
 * Renames an approved trip and submits it; the returned function approves it and resolves when
 * the approval has answered (the moment an "approval → live" time starts).
 */
export async function renamedForApproval(trip: TBenchTrip, title: string): Promise<() => Promise<void>> {
  await trip.editor('PATCH', `/trips/${trip.id}?draft=true`, { title })
  await trip.editor('POST', `/trips/${trip.id}/workflow/submit`)
  return async () => {
    await trip.reviewer('POST', `/trips/${trip.id}/workflow/approve`)
  }
}

interface TImportJobAnswer {
  state: 'queued' | 'running' | 'succeeded' | 'failed'
  failure: { status: number; errors: { message: string }[] } | null
  result: { created: { stops: number } } | null
}

/**
 * Imports a trip list for Kim Il Sung as the admin does: the CMS answers 202 with a background
 * job, whose status is read until it ends. The time from the request to the job's end, and the
 * stops it created.
 */
export async function importList(editor: TApiCall, text: string): Promise<{ ms: number; stops: number }> {
  const started = performance.now()
  const { job } = await editor<{ job: string }>('POST', '/import/create', {
    text,
    format: 'text',
    leader: 'kim-il-sung',
  })
  for (;;) {
    const status = await editor<TImportJobAnswer>('GET', `/import/jobs/${job}`)
    if (status.state === 'succeeded') return { ms: performance.now() - started, stops: status.result!.created.stops }
    if (status.state === 'failed') throw new Error(`import job ${job} failed: ${JSON.stringify(status.failure)}`)
    await sleep(100)
  }
}
