import { describe, expect, it } from 'vitest'
import { LINK_CHECKS, SOURCES, TRIPS } from '../../slugs'
import type { TActorName } from '../../test/actors'
import { setupIntegration } from '../../test/integration'
import { startLocalServer } from '../../test/localServer'
import { rest } from '../../test/rest'
import { citedTripData, moscowStop } from '../../test/referenceData'
import { approvedSource, createDraft, draftSource, latestVersion, publicVersion, saveDraft } from '../../test/workflow'
import { checkSourceLinks, type TQuoteDrift } from './checkSourceLinks'
import { HostPool } from './hostPool'
import type { TLinkCheckSettings } from './settings'

const QUOTE = 'The delegation was met at the station by Comrade Stalin'
const page = (body: string) => `<!doctype html><html><head><title>Report</title></head><body>${body}</body></html>`
// The quote as a page prints it: in curly quotes, upper case, broken over lines with an entity.
let reportText = `<p>&ldquo;${QUOTE.toUpperCase().replace(' at ', ' at&nbsp;\n  ')}&rdquo;.</p>`

// The sites a source may point at: a live page, the failures, redirects and a page that changes.
const site = await startLocalServer((request, response) => {
  const html = (status: number, body: string, headers: Record<string, string> = {}) =>
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(page(body))
  switch (request.url) {
    case '/live':
      return html(200, '<p>Kim Il-sung arrived in Moscow.</p>')
    case '/report':
      return html(200, reportText)
    case '/missing':
      return html(404, '<h1>Not found</h1>')
    case '/gone':
      return html(410, '<h1>Gone</h1>')
    case '/old':
      return html(301, '', { location: '/older' })
    case '/older':
      return html(302, '', { location: '/live' })
    case '/moved-away':
      return html(301, '', { location: `${parking.origin.replace('127.0.0.1', 'localhost')}/` })
    case '/slow':
      // Never answers: the configured timeout ends the check.
      return
    case '/huge':
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end(page(`<p>${'Moscow, March 1949. '.repeat(20_000)}</p>`))
      return
    default:
      return html(404, '<h1>Not found</h1>')
  }
})

// A domain parking service, on another host name (localhost, not 127.0.0.1).
const parking = await startLocalServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html' })
  response.end(page('<h1>This domain is for sale!</h1><p>Buy this domain today. Related searches: travel.</p>'))
})

// The Wayback Machine's availability API: a copy of /report, /missing, /moved-away and /gone.
const archive = await startLocalServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://archive.test')
  const asked = url.searchParams.get('url') ?? ''
  const known = /\/(report|missing|moved-away|gone)$/.test(asked)
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(
    JSON.stringify({
      url: asked,
      archived_snapshots: known
        ? {
            closest: {
              status: '200',
              available: true,
              url: `http://web.archive.test/web/20190315083000/${asked}`,
              timestamp: `${url.searchParams.get('timestamp') ?? '20190315'}083000`,
            },
          }
        : {},
    }),
  )
})

const settings: TLinkCheckSettings = {
  policy: { allowPrivateHosts: ['127.0.0.1', 'localhost'], maxRedirects: 5, maxBytes: 64 * 1024, timeoutMs: 1500 },
  concurrency: 4,
  perHost: 2,
  hostDelayMs: 0,
  waybackAvailabilityUrl: `${archive.origin}/wayback/available`,
  archiveSaveUrl: null,
  userAgent: 'Itinera link check (test)',
}

// Checks are run here on the test's clock; the jobs a saved address queues are left unrun
// (linkCheckTasks.int.test.ts covers them).
const integration = await setupIntegration('link-checks', { referenceData: true, jobs: false })
const { payload, ref } = integration

const DAY = 24 * 60 * 60 * 1000
const check = async (sourceId: number, at = new Date()) => {
  const [result] = await checkSourceLinks(payload, sourceId, settings, new HostPool(settings), at)
  return result!
}
const sourceAt = async (path: string, data: Record<string, unknown> = {}) =>
  draftSource(integration, 'editor', { kind: 'web_page', sourceClass: 'news', url: `${site.origin}${path}`, ...data })

describe('checkSourceLinks', () => {
  it('should find a page live, with its status, type, fingerprint and size', async () => {
    const source = await sourceAt('/live')
    const result = await check(source.id)
    expect(result).toMatchObject({
      target: 'url',
      health: 'live',
      httpStatus: 200,
      error: null,
      finalUrl: `${site.origin}/live`,
      contentType: 'text/html',
      truncated: false,
      failures: 0,
    })
    expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(result.responseMs).toBeGreaterThanOrEqual(0)
    expect(result.archiveUrl).toBeNull()
  })

  it('should follow a redirect chain and record each step and where it ended', async () => {
    const result = await check((await sourceAt('/old')).id)
    expect(result).toMatchObject({ health: 'live', httpStatus: 200, finalUrl: `${site.origin}/live` })
    expect(result.redirects).toEqual([
      { url: `${site.origin}/old`, status: 301 },
      { url: `${site.origin}/older`, status: 302 },
    ])
  })

  it('should call a 404 failing at first and dead only after three failures spanning three days, proposing an archived copy', async () => {
    const source = await sourceAt('/missing', { accessDate: '2019-03-10T00:00:00.000Z' })
    const start = new Date('2026-11-01T00:00:00Z')
    const first = await check(source.id, start)
    expect(first).toMatchObject({ health: 'failing', httpStatus: 404, failures: 1, archiveUrl: null })
    // A third failure within a day is still not death: the outage has not lasted.
    await check(source.id, new Date(start.getTime() + DAY / 2))
    expect(await check(source.id, new Date(start.getTime() + DAY))).toMatchObject({ health: 'failing', failures: 3 })
    const dead = await check(source.id, new Date(start.getTime() + 3 * DAY))
    expect(dead).toMatchObject({ health: 'dead', failures: 4, failingSince: start.toISOString() })
    // Asked for the copy closest to the day the source was read.
    expect(dead.archiveUrl).toBe(`http://web.archive.test/web/20190315083000/${site.origin}/missing`)
    expect(dead.archiveDate?.slice(0, 10)).toBe('2019-03-10')
  })

  it('should call a 410 dead at once', async () => {
    expect(await check((await sourceAt('/gone')).id)).toMatchObject({ health: 'dead', httpStatus: 410, failures: 1 })
  })

  it('should start over when a failing link answers again', async () => {
    const source = await sourceAt('/missing')
    await check(source.id)
    await saveDraft(integration, SOURCES, source.id, { url: `${site.origin}/live` }, 'editor')
    expect(await check(source.id)).toMatchObject({ health: 'live', failures: 0, failingSince: null })
  })

  it('should call a redirect to a parked page on another domain usurped and propose an archived copy', async () => {
    const result = await check((await sourceAt('/moved-away')).id)
    expect(result).toMatchObject({ health: 'usurped', httpStatus: 200 })
    expect(result.finalUrl).toBe(`${parking.origin.replace('127.0.0.1', 'localhost')}/`)
    expect(result.archiveUrl).toContain('/moved-away')
  })

  it('should record a silent server as a timeout, failing, not dead', async () => {
    const result = await check((await sourceAt('/slow')).id)
    expect(result).toMatchObject({ health: 'failing', httpStatus: null })
    expect(result.error).toMatch(/^timeout: /)
  })

  it('should read an oversized page up to the cap and keep it live', async () => {
    const result = await check((await sourceAt('/huge')).id)
    expect(result).toMatchObject({ health: 'live', truncated: true, bytes: settings.policy.maxBytes })
  })

  it('should check the archived copy too, as a history of its own', async () => {
    const source = await sourceAt('/missing', { archiveUrl: `${site.origin}/live` })
    const results = await checkSourceLinks(payload, source.id, settings, new HostPool(settings))
    expect(results.map((result) => [result.target, result.health])).toEqual([
      ['url', 'failing'],
      ['archive', 'live'],
    ])
    // A source that has its copy needs none proposed.
    expect(results[0]!.archiveUrl).toBeNull()
    const { totalDocs } = await payload.count({ collection: LINK_CHECKS, where: { source: { equals: source.id } } })
    expect(totalDocs).toBe(2)
  })

  it('should flag a quoted citation once the page no longer shows the quote, naming the trip and fact, from the day it was seen', async () => {
    const source = await sourceAt('/report')
    const data = citedTripData(ref, source, { slug: 'quote-drift' })
    const trip = await createDraft(
      integration,
      TRIPS,
      {
        ...data,
        citations: data.citations.map((citation, i) => (i === 0 ? { ...citation, quote: `“${QUOTE}”` } : citation)),
      },
      'editor',
    )
    // Quotes are matched whatever the case, the quotation marks and entities.
    expect(await check(source.id, new Date('2026-11-19T10:00:00Z'))).toMatchObject({ health: 'live', drift: [] })

    reportText = '<p>This article has been updated.</p>'
    const seen = new Date('2026-11-20T10:00:00Z')
    const drifted = await check(source.id, seen)
    const citation = trip.citations![0]!
    expect(drifted.health).toBe('live')
    expect(drifted.drift).toEqual([
      {
        trip: trip.id,
        tripTitle: trip.title,
        citation: citation.id!,
        fact: citation.fact,
        factLabel: 'Certainty of the trip',
        quote: `“${QUOTE}”`,
        seenOn: '2026-11-20',
      } satisfies TQuoteDrift,
    ])
    expect(drifted.archiveUrl).toContain('/report')
    // Still missing later: still dated from the first day it was missed.
    const later = await check(source.id, new Date('2026-11-25T10:00:00Z'))
    expect((later.drift as unknown as TQuoteDrift[])[0]!.seenOn).toBe('2026-11-20')

    // The trip warns its staff at once, with no save of the trip; the public never sees it.
    const read = (user: typeof integration.actors.editor.user) =>
      payload.findByID({ collection: TRIPS, id: trip.id, draft: true, overrideAccess: false, user })
    expect((await read(integration.actors.editor.user)).sourceHealth).toEqual([
      expect.objectContaining({
        code: 'quote_drift',
        severity: 'warning',
        fact: citation.fact,
        message: expect.stringMatching(
          /no longer shows the quote cited for Certainty of the trip \(seen 2026-11-20\)\. Archived copy: http:\/\/web\.archive\.test\//,
        ),
      }),
    ])
    const { docs } = await payload.find({
      collection: TRIPS,
      where: { id: { equals: trip.id } },
      draft: true,
      overrideAccess: false,
      user: integration.actors.editor.user,
    })
    expect(docs[0]!.sourceHealth ?? []).toEqual([])
  })

  it('should warn the trips citing a dead source', async () => {
    const source = await sourceAt('/gone', { title: 'Gone report' })
    const trip = await createDraft(
      integration,
      TRIPS,
      citedTripData(ref, source, { slug: 'dead-source', stops: [moscowStop(ref, { id: 'stop-dead' })] }),
      'editor',
    )
    await check(source.id)
    const read = await payload.findByID({
      collection: TRIPS,
      id: trip.id,
      draft: true,
      overrideAccess: false,
      user: integration.actors.reviewer.user,
    })
    expect(read.sourceHealth).toEqual([
      expect.objectContaining({
        code: 'dead_source',
        message: expect.stringContaining('"Gone report": its web address is dead'),
      }),
    ])
  })

  it('should refuse a private address unless it is allowed, recording why', async () => {
    const source = await sourceAt('/live')
    const [result] = await checkSourceLinks(
      payload,
      source.id,
      { ...settings, policy: { ...settings.policy, allowPrivateHosts: [] } },
      new HostPool(settings),
    )
    expect(result).toMatchObject({ health: 'failing', httpStatus: null })
    expect(result!.error).toMatch(/^private-address: /)
  })

  const accept = (id: number, by: TActorName) =>
    rest(payload, 'POST', `/${SOURCES}/${id}/accept-archive`, { headers: integration.actors[by].headers })

  it('should carry an accepted archived copy into the source as a draft for review, the approved version untouched', async () => {
    const source = await approvedSource(integration, {
      kind: 'web_page',
      sourceClass: 'news',
      url: `${site.origin}/gone`,
    })
    await check(source.id)
    const accepted = await accept(source.id, 'editor')
    expect(accepted).toMatchObject({
      status: 200,
      json: { id: source.id, archiveUrl: expect.stringContaining('web.archive.test'), urlStatus: 'dead' },
    })
    expect(await latestVersion(integration, SOURCES, source.id)).toMatchObject({
      archiveUrl: expect.stringContaining('web.archive.test'),
      archiveDate: expect.any(String),
      urlStatus: 'dead',
      reviewState: 'draft',
    })
    const published = await publicVersion(integration, SOURCES, source.id)
    expect([published?.archiveUrl ?? null, published?.urlStatus ?? null]).toEqual([null, null])
  })

  it('should refuse to accept when no archived copy was proposed, and anyone who may not edit the source', async () => {
    const live = await sourceAt('/live')
    await check(live.id)
    const none = await accept(live.id, 'editor')
    expect(none.status).toBe(409)
    expect(JSON.stringify(none.json)).toContain('archiveUrl: the latest check')
    const gone = await sourceAt('/gone')
    await check(gone.id)
    expect((await accept(gone.id, 'anonymous')).status).toBe(401)
    const reviewer = await accept(gone.id, 'reviewer')
    expect(reviewer.status).toBe(403)
    expect(JSON.stringify(reviewer.json)).toContain('needs the editor role')
    expect((await latestVersion(integration, SOURCES, gone.id)).archiveUrl ?? null).toBeNull()
  })
})
