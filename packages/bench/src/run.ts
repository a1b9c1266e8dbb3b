/**
 * `pnpm bench [--quick] [--database-url <url>]`: production builds of the CMS and the reader on a throw-away database
 * with the seed dataset and a generated scale dataset (100,000 trips; 10,000 with --quick); nginx as the edge cache and as the machine's limit (the same bytes as a
 * static file); load from autocannon at 1, 8 and 32 connections; the heaviest anonymous requests
 * and `reader.trip` under attack (attack.ts; on its own: `pnpm bench:attack`); two CMS and two readers
 * behind nginx (scale-out.ts; on its own: `pnpm bench:scale-out`); the admin on the largest trip in
 * Chromium (admin-editing.ts; on its own: `pnpm bench:admin-editing`). Reports, never asserts: writes
 * bench/results/<date>.{md,json} and prints the summary. Figures are medians of one run on a
 * shared machine: compare ratios within a run, not runs with each other.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { DEMO_LOGINS } from '@itinera/db/demo-logins'
import { CMS_DIR, WEB_DIR, WORKSPACE_ROOT } from '@itinera/db/paths'
import { gazetteerIndex, planList } from '@itinera/importer'
import { readSeedDocument, SEED_LIST } from '@itinera/importer/seed-documents'
import Table from 'cli-table3'
import { approvedBenchTrip, importList, renamedForApproval } from './api'
import { adminEditingRows, measureAdminEditing } from './admin-editing'
import { ATTACK_LOAD, attackReport, measureAttacks } from './attack'
import { argument, CMS, EDGE, log, median, PORTS, scaleFor, sleep, startBenchStack, waitFor, WEB } from './bench-stack'
import { benchLinkChecks } from './link-checks'
import { benchScaleOut, scaleOutRows } from './scale-out'
import { lighthouseRows, lighthouseScores } from './lighthouse'
import { load, type TLoadResult } from './load'
import { NGINX, startEdge, startStatic } from './nginx'
import { peakDuring, rssOfApp } from './processes'
import { syntheticList } from './synthetic-list'
import { type TWrkResult, WRK, wrkLoad, wrkRows } from './wrk'

const quick = process.argv.includes('--quick')
const CONNECTIONS = quick ? [8, 32] : [1, 8, 32]
const SECONDS = quick ? 3 : 5
// An import takes at most 5,000 rows (the importer's limit).
const GENERATED_ROWS = quick ? 1000 : 5000
const SCALE = scaleFor(quick)
const SAMPLES = quick ? 10 : 30
// How long the procedures wait for the open-data export to be written before they are timed anyway.
const EXPORT_WAIT_MS = 15 * 60_000

if (!existsSync(NGINX)) {
  console.error(`pnpm bench needs nginx (the edge cache and the static limit): apt-get install -y nginx`)
  process.exit(2)
}

const work = mkdtempSync(path.join(tmpdir(), 'itinera-bench-'))
const { databaseUrl, scale, nextScaleSlug, children, stop } = await startBenchStack({
  scale: SCALE,
  databaseUrl: argument('database-url'),
})
const nextScaleTrip = () => `/trips/${nextScaleSlug()}`

async function pageWeight(url: string) {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer())
  const text = html.toString('utf8')
  // What the page makes a browser fetch: scripts, style sheets, and images (a trip's map may be one).
  const assets = [
    ...text.matchAll(/<(?:script[^>]*src|link[^>]*href)="([^"]+\.(?:js|css)(?:\?[^"]*)?)"/g),
    ...text.matchAll(/<img[^>]*\ssrc="([^"]+)"/g),
  ].map((match) => match[1]!.replaceAll('&amp;', '&'))
  const sizes = {
    htmlRaw: html.length,
    htmlGzip: gzipSync(html).length,
    cssGzip: 0,
    jsGzip: 0,
    jsFiles: 0,
    imageGzip: 0,
    scripts: [...text.matchAll(/<script(?![^>]*type="application\/ld\+json")/g)].length,
  }
  for (const asset of new Set(assets)) {
    const body = Buffer.from(await (await fetch(new URL(asset, url))).arrayBuffer())
    if (/\.css(\?|$)/.test(asset)) sizes.cssGzip += gzipSync(body).length
    else if (!/\.js(\?|$)/.test(asset)) sizes.imageGzip += gzipSync(body).length
    else {
      sizes.jsGzip += gzipSync(body).length
      sizes.jsFiles += 1
    }
  }
  return { ...sizes, totalGzip: sizes.htmlGzip + sizes.cssGzip + sizes.jsGzip + sizes.imageGzip }
}

/** Steps that produced no figure, each with why: the report names them rather than printing NaN. */
const failedSteps: string[] = []

const NOT_MEASURED = 'not measured (failed step, below)'

/** A step's figures, or null when it failed: named under "Failed steps", and the run goes on to the report. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run()
  } catch (error) {
    const why = `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
    log(`failed step: ${why}`)
    failedSteps.push(why)
    return null
  }
}

try {
  const tripPath = '/trips/1956-06-tour-europe-mongolia'
  const tripHtml = await (await fetch(`${WEB}${tripPath}`)).text()
  const sourcePath = tripHtml.match(/href="(\/sources\/\d+)"/)?.[1] ?? '/sources/1'
  const pages: Record<string, string> = {
    trip: tripPath,
    leader: '/leaders/kim-il-sung',
    'list (scale leader)': '/leaders/scale-leader-0001',
    source: sourcePath,
    search: '/search?q=moscow',
    json: '/data/trips.json',
  }

  children.push(startEdge(path.join(work, 'edge'), PORTS.edge, `127.0.0.1:${PORTS.web}`))
  children.push(startStatic(path.join(work, 'limit'), PORTS.limit, tripHtml))
  await waitFor(`${EDGE}/`)
  await waitFor(`http://localhost:${PORTS.limit}/`)
  // First visits: each page rendered once (timed: the JSON export is every trip).
  // A page whose single visit takes over 10 s (the whole export on the scale dataset) is
  // reported by that visit, read for at most 30 s, not loaded.
  const firstVisit: Record<string, { ms: number; status: number; bytes: number; complete: boolean }> = {}
  for (const [name, page] of Object.entries(pages)) {
    const started = performance.now()
    const response = await fetch(`${WEB}${page}`).catch(() => null)
    let bytes = 0
    let complete = false
    if (response?.body) {
      const reader = response.body.getReader()
      while (performance.now() - started < 30_000) {
        const { done, value } = await reader.read()
        if (done) {
          complete = true
          break
        }
        bytes += value.byteLength
      }
      if (!complete) await reader.cancel()
    }
    firstVisit[name] = { ms: Math.round(performance.now() - started), status: response?.status ?? 0, bytes, complete }
    log(
      `first visit of ${name}: ${firstVisit[name].status} in ${firstVisit[name].ms} ms, ${bytes} bytes${complete ? '' : ' (stopped reading)'}`,
    )
    if (!complete || firstVisit[name].status !== 200 || firstVisit[name].ms > 10_000) delete pages[name]
    else await fetch(`${EDGE}${page}`).then((answer) => answer.arrayBuffer())
  }

  const results: TLoadResult[] = []
  const rss = { cms: rssOfApp(CMS_DIR), web: rssOfApp(WEB_DIR) }
  const sample = () => {
    rss.cms = Math.max(rss.cms, rssOfApp(CMS_DIR))
    return (rss.web = Math.max(rss.web, rssOfApp(WEB_DIR)))
  }
  for (const connections of CONNECTIONS) {
    for (const [name, page] of Object.entries(pages)) {
      log(`${name} at ${connections} connections…`)
      results.push(
        (await peakDuring(sample, () => load(`${name} origin`, `${WEB}${page}`, connections, SECONDS))).result,
      )
      results.push(await load(`${name} edge`, `${EDGE}${page}`, connections, SECONDS))
    }
    results.push(await load('trip limit (nginx static)', `http://localhost:${PORTS.limit}/`, connections, SECONDS))
    log(`uncached trip pages at ${connections} connections…`)
    results.push(await load('trip origin, uncached (new page each request)', WEB, connections, SECONDS, nextScaleTrip))
  }

  // autocannon (one Node thread) tops out below what nginx can serve here: wrk, a C load
  // generator, measures the limit again, and the trip page against it, at the top connection count.
  const wrkResults: TWrkResult[] = []
  {
    const top = CONNECTIONS.at(-1)!
    log(`wrk: limit, edge and origin trip page at ${top} connections…`)
    for (const [label, url] of [
      ['trip limit (nginx static)', `http://localhost:${PORTS.limit}/`],
      ['trip edge', `${EDGE}${tripPath}`],
      ['trip origin', `${WEB}${tripPath}`],
    ] as const) {
      const result = await wrkLoad(label, url, top, SECONDS)
      if (result) wrkResults.push(result)
    }
    if (!wrkResults.length)
      failedSteps.push(`wrk: not installed at ${WRK} (apt-get install -y wrk); limits by autocannon only`)
  }

  // The JSON export the first visits asked for is written from every trip, a CMS page of 25 at a
  // time (minutes at scale, in the CMS's process): the procedures are timed once it is written,
  // not while it is (the export answers 503 until then).
  log('waiting for the open-data export to be written…')
  const exportDeadline = Date.now() + EXPORT_WAIT_MS
  let exportWritten = false
  while (!exportWritten && Date.now() < exportDeadline) {
    const answer = await fetch(`${WEB}/data/trips.json`).catch(() => null)
    await answer?.body?.cancel()
    exportWritten = answer?.status === 200
    if (!exportWritten) await sleep(2_000)
  }
  if (!exportWritten)
    failedSteps.push(
      `open-data export: not written within ${EXPORT_WAIT_MS / 60_000} min; the procedures were timed while it was`,
    )

  log('procedures on the scale dataset, one at a time (Server-Timing from the CMS)…')
  const searchWords = [
    'moscow',
    'beijing',
    'stalin',
    'sukarno',
    'bandung',
    'prague',
    'talks',
    'hanoi',
    'tito',
    'summit',
  ]
  const procedureCalls: Record<string, (sample: number) => [string, unknown]> = {
    'reader.trip (scale trip)': () => ['reader.trip', { slug: nextScaleTrip().slice('/trips/'.length) }],
    'reader.trips (all trips, first page)': () => ['reader.trips', {}],
    'reader.trips (one scale leader)': (sample) => [
      'reader.trips',
      { leader: `scale-leader-${String(1 + (sample % SCALE.leaders)).padStart(4, '0')}` },
    ],
    'reader.leader (scale leader)': (sample) => [
      'reader.leader',
      { slug: `scale-leader-${String(1 + (sample % SCALE.leaders)).padStart(4, '0')}` },
    ],
    'reader.search': (sample) => ['reader.search', { q: searchWords[sample % searchWords.length] }],
    'reader.source (the most cited source)': () => ['reader.source', { id: Number(sourcePath.split('/').pop()) }],
  }
  const procedures: { name: string; p50: number; p95: number; dbP50: number; queries: number; status: number }[] = []
  for (const [name, call] of Object.entries(procedureCalls)) {
    const totals: number[] = []
    const dbs: number[] = []
    const queries: number[] = []
    let status = 200
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const [procedure, input] = call(sample)
      const started = performance.now()
      const response = await fetch(`${CMS}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`)
      await response.arrayBuffer()
      totals.push(performance.now() - started)
      if (!response.ok) status = response.status
      const timing = response.headers.get('server-timing') ?? ''
      dbs.push(Number(timing.match(/db;dur=([\d.]+)/)?.[1] ?? NaN))
      queries.push(Number(timing.match(/"(\d+) queries"/)?.[1] ?? NaN))
    }
    const sorted = [...totals].sort((a, b) => a - b)
    procedures.push({
      name,
      p50: Math.round(median(totals) * 10) / 10,
      p95: Math.round(sorted[Math.floor(sorted.length * 0.95)]! * 10) / 10,
      dbP50: Math.round(median(dbs) * 10) / 10,
      queries: median(queries),
      status,
    })
  }

  log('uncached trip page renders, one at a time…')
  const renders: number[] = []
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const started = performance.now()
    await (await fetch(`${WEB}${nextScaleTrip()}`)).arrayBuffer()
    renders.push(performance.now() - started)
  }
  const tripProcedure = procedures[0]!
  const uncachedTrip = {
    pageP50: Math.round(median(renders) * 10) / 10,
    procedureP50: tripProcedure.p50,
    dbP50: tripProcedure.dbP50,
    queries: tripProcedure.queries,
    renderP50: Math.round((median(renders) - tripProcedure.p50) * 10) / 10,
  }

  log('attack: the heaviest anonymous requests, and reader.trip under attack…')
  const attacks = await measureAttacks({
    databaseUrl,
    nextTripSlug: nextScaleSlug,
    runs: 3,
    attack: ATTACK_LOAD[quick ? 'quick' : 'full'],
  })
  const attackFigures = attackReport(attacks, scale.trips)

  log('peer: Payload REST vs the reader procedure…')
  const tripId = (
    await (await fetch(`${CMS}/api/trips?where[slug][equals]=${tripPath.split('/').pop()}&depth=0`)).json()
  ).docs[0].id as number
  const trpcInput = encodeURIComponent(JSON.stringify({ slug: tripPath.split('/').pop() }))
  const peer = [
    await load('Payload REST /api/trips/:id?depth=2', `${CMS}/api/trips/${tripId}?depth=2`, 8, SECONDS),
    await load('tRPC reader.trip', `${CMS}/api/trpc/reader.trip?input=${trpcInput}`, 8, SECONDS),
  ]

  log('page weight…')
  const weight = {
    trip: await pageWeight(`${WEB}${tripPath}`),
    home: await pageWeight(`${WEB}/`),
    leader: await pageWeight(`${WEB}/leaders/kim-il-sung`),
    source: await pageWeight(`${WEB}${sourcePath}`),
    search: await pageWeight(`${WEB}/search?q=moscow`),
  }

  log('Lighthouse: home, leader, trip, country, source and search pages…')
  const countryPath = tripHtml.match(/href="(\/countries\/[^"]+)"/)?.[1]
  const lighthouse = await lighthouseScores({
    home: `${WEB}/`,
    leader: `${WEB}/leaders/kim-il-sung`,
    trip: `${WEB}${tripPath}`,
    ...(countryPath ? { country: `${WEB}${countryPath}` } : {}),
    source: `${WEB}${sourcePath}`,
    search: `${WEB}/search?q=moscow`,
  }).catch((error: unknown) => {
    failedSteps.push(`Lighthouse: ${error instanceof Error ? error.message : String(error)}`)
    return []
  })
  if (!countryPath) failedSteps.push(`Lighthouse: the trip page ${tripPath} links no country page`)

  log('approval → live through the edge…')
  const trip = await approvedBenchTrip(CMS)
  const { editor } = trip
  await waitFor(`${EDGE}/trips/${trip.slug}`, 30_000)
  const approve = await renamedForApproval(trip, `${trip.title} renamed`)
  const approvedAt = performance.now()
  await approve()
  let approvalToLiveMs = NaN
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if ((await (await fetch(`${EDGE}/trips/${trip.slug}`)).text()).includes('renamed')) {
      approvalToLiveMs = Math.round(performance.now() - approvedAt)
      break
    }
    await sleep(50)
  }
  if (Number.isNaN(approvalToLiveMs)) {
    const origin = await fetch(`${WEB}/trips/${trip.slug}`)
    const edge = await fetch(`${EDGE}/trips/${trip.slug}`)
    const why = `approval not live after 15 s: origin ${origin.status} ${(await origin.text()).includes('renamed') ? 'renamed' : 'old'}, edge ${edge.status} ${edge.headers.get('x-cache-status')}`
    log(why)
    failedSteps.push(`approval → live: ${why}`)
  }

  log('import speed…')
  const seedText = readSeedDocument(SEED_LIST)
  const generated = syntheticList(GENERATED_ROWS)
  const dryRun = (text: string) => {
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now()
      planList(text, 'text', { index: gazetteerIndex(), homePolity: 'north-korea' })
      return performance.now() - started
    })
    return median(times)
  }
  const importOnce = (text: string) => importList(editor, text)
  const imports = await step('import speed', async () => {
    const seedImport = await importOnce(seedText)
    const generatedImport = await importOnce(generated)
    return {
      seedDryRunMs: Math.round(dryRun(seedText)),
      seedImportMs: Math.round(seedImport.ms),
      seedRowsPerSecond: Math.round(seedImport.stops / (seedImport.ms / 1000)),
      generatedRows: GENERATED_ROWS,
      generatedDryRunRowsPerSecond: Math.round(GENERATED_ROWS / (dryRun(generated) / 1000)),
      generatedImportRowsPerSecond: Math.round(generatedImport.stops / (generatedImport.ms / 1000)),
    }
  })

  log('link checks: 10,000 addresses over 200 local hosts…')
  const linkChecks = await step('link checks', benchLinkChecks)

  log('scale-out: two CMS and two readers behind nginx, Redis, a streaming replica…')
  const scaleOut = await step('scale-out', () => benchScaleOut({ seconds: SECONDS, importRows: quick ? 200 : 1000 }))

  log('admin: the largest trip opened and typed into in Chromium…')
  mkdirSync(path.join(WORKSPACE_ROOT, 'bench/tmp'), { recursive: true })
  const adminEditing = await step('admin editing', () =>
    measureAdminEditing({
      cmsUrl: CMS,
      databaseUrl,
      login: DEMO_LOGINS.find((login) => login.role === 'editor')!,
      traceDir: path.join(WORKSPACE_ROOT, 'bench/tmp'),
    }),
  )

  // The report.
  const at = (label: string, connections: number) =>
    results.find((result) => result.label === label && result.connections === connections)
  const loadTable = new Table({
    head: ['target', 'conn', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
    style: { head: [], border: [] },
  })
  for (const result of [...results, ...peer])
    loadTable.push([
      result.label,
      result.connections,
      result.requestsPerSecond,
      result.p50,
      result.p95,
      result.p99,
      result.errors + result.non2xx,
    ])
  const top = CONNECTIONS.at(-1)!
  const limit = at('trip limit (nginx static)', top)!.requestsPerSecond
  const summary = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: `${(await import('node:os')).cpus().length} cores`,
    trip: {
      limitRps: limit,
      edgeRps: at('trip edge', top)!.requestsPerSecond,
      originRps: at('trip origin', top)!.requestsPerSecond,
      edgeToLimit: +(at('trip edge', top)!.requestsPerSecond / limit).toFixed(2),
      originToLimit: +(at('trip origin', top)!.requestsPerSecond / limit).toFixed(2),
    },
    approvalToLiveMs: Number.isNaN(approvalToLiveMs) ? null : approvalToLiveMs,
    scale,
    uncachedTrip,
    procedures,
    firstVisit,
    weight,
    imports,
    peakRssMb: rss,
    linkChecks,
    scaleOut,
    adminEditing,
    attacks,
    lighthouse,
    wrk: wrkResults,
    failedSteps,
    load: results,
    peer,
  }
  const summaryTable = new Table({ head: ['measure', 'figure', 'target'], style: { head: [], border: [] } })
  summaryTable.push(
    [
      `trip page, edge / limit (${top} conn)`,
      `${summary.trip.edgeRps} / ${limit} req/s = ${summary.trip.edgeToLimit}× (autocannon)`,
      '≥ 0.9×',
    ],
    [
      `trip page, origin (${top} conn)`,
      `${summary.trip.originRps} req/s = ${summary.trip.originToLimit}× limit (autocannon)`,
      '≥ 0.3×',
    ],
    ...wrkRows(wrkResults, limit),
    ...(['trip', 'home'] as const).map((page) => [
      `${page} page weight, gzip total`,
      `${(weight[page].totalGzip / 1024).toFixed(1)} KB (HTML ${(weight[page].htmlGzip / 1024).toFixed(1)}, CSS ${(weight[page].cssGzip / 1024).toFixed(1)}, images ${(weight[page].imageGzip / 1024).toFixed(1)}, JS ${(weight[page].jsGzip / 1024).toFixed(1)} in ${weight[page].jsFiles} files; ${weight[page].scripts} <script> elements)`,
      page === 'trip' ? '≤ 30 KB, no JS' : '≤ 40 KB, no JS',
    ]),
    [
      `uncached trip render p50 (page; CMS procedure; DB; queries)`,
      `${uncachedTrip.pageP50} ms (${uncachedTrip.procedureP50}; ${uncachedTrip.dbP50}; ${uncachedTrip.queries})`,
      'page ≤ 60 ms; procedure ≤ 25 ms, ≤ 3 queries',
    ],
    ...procedures
      .filter((procedure) => /reader\.(trips|search)/.test(procedure.name))
      .map((procedure) => [
        `${procedure.name}, ${scale.trips} trips, p50`,
        `${procedure.p50} ms (DB ${procedure.dbP50}, ${procedure.queries} queries)`,
        procedure.name.startsWith('reader.search') ? '≤ 30 ms' : '≤ 20 ms',
      ]),
    [
      'approval → live through the edge',
      Number.isNaN(approvalToLiveMs) ? NOT_MEASURED : `${approvalToLiveMs} ms`,
      '≤ 1 s',
    ],
    ...attackFigures.rows,
    [
      'seed list import (48 rows, database)',
      imports ? `${imports.seedImportMs} ms (dry run ${imports.seedDryRunMs} ms)` : NOT_MEASURED,
      '≤ 5 s',
    ],
    [
      `generated list, ${GENERATED_ROWS} rows`,
      imports
        ? `dry run ${imports.generatedDryRunRowsPerSecond} rows/s; import ${imports.generatedImportRowsPerSecond} rows/s`
        : NOT_MEASURED,
      '',
    ],
    ['peak RSS under load', `CMS ${rss.cms} MB, reader ${rss.web} MB`, 'reader ≤ 300 MB'],
    ...lighthouseRows(lighthouse),
    linkChecks
      ? [
          `link checks, ${linkChecks.urls} addresses over ${linkChecks.hosts} local hosts`,
          `${linkChecks.seconds} s, ${linkChecks.urlsPerSecond}/s, ${linkChecks.maxConcurrency} at once (limit ${linkChecks.limits.concurrency}, ${linkChecks.limits.perHost} a host, ${linkChecks.limits.hostDelayMs} ms apart), peak RSS ${linkChecks.peakRssMb} MB`,
          '',
        ]
      : ['link checks', NOT_MEASURED, ''],
    ...(scaleOut ? scaleOutRows(scaleOut) : [['scale-out', NOT_MEASURED, '']]),
    ...(adminEditing ? adminEditingRows(adminEditing) : [['admin: the largest trip editable', NOT_MEASURED, '≤ 3 s']]),
    [
      'scale dataset, bulk SQL path',
      `${scale.trips} trips, ${scale.citations} citations in ${(scale.ms / 1000).toFixed(1)} s (${Math.round(scale.trips / (scale.ms / 1000))} trips/s)`,
      '',
    ],
  )
  const procedureTable = new Table({
    head: ['procedure', 'p50 ms', 'p95 ms', 'DB p50 ms', 'queries', 'status'],
    style: { head: [], border: [] },
  })
  for (const procedure of procedures)
    procedureTable.push([
      procedure.name,
      procedure.p50,
      procedure.p95,
      procedure.dbP50,
      procedure.queries,
      procedure.status,
    ])
  const day = summary.date.slice(0, 10)
  const dir = path.join(WORKSPACE_ROOT, 'bench/results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${day}.json`), `${JSON.stringify(summary, null, 2)}\n`)
  const markdown = `# Bench ${summary.date} (${summary.mode}, ${summary.machine})

Load: autocannon, ${SECONDS} s per run; "origin" is the reader (next start) directly, "edge" is nginx
(apps/edge) in front of it, "limit" is nginx sending the same trip page bytes as a static file.

## Summary

\`\`\`
${summaryTable.toString()}
\`\`\`

## Failed steps

${failedSteps.length ? failedSteps.map((step) => `- ${step}`).join('\n') : 'None: every step produced its figures.'}

## Load

\`\`\`
${loadTable.toString()}
\`\`\`

wrk (${WRK}, two threads, ${SECONDS} s) at ${top} connections: ${
    wrkResults.length
      ? wrkResults
          .map(
            (result) =>
              `${result.label} ${result.requestsPerSecond} req/s (p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors)`,
          )
          .join('; ')
      : 'not run (not installed)'
  }. The limit is the higher of the two generators' static figures: the one that bounds it is named in the summary.

## The CMS's read procedures on ${scale.trips} trips

${SAMPLES} calls each, one at a time; database time and query count from the CMS's Server-Timing
header (counted at the pg driver for that request). An uncached trip page (a trip no cache has
seen) took ${uncachedTrip.pageP50} ms at the reader (p50), of which the trip procedure ${uncachedTrip.procedureP50} ms
(database ${uncachedTrip.dbP50} ms, ${uncachedTrip.queries} queries) and rendering about ${uncachedTrip.renderP50} ms.

\`\`\`
${procedureTable.toString()}
\`\`\`

First visits (one request each, nothing cached yet): ${Object.entries(firstVisit)
    .map(
      ([name, visit]) =>
        `${name} ${visit.ms} ms (${visit.status}, ${(visit.bytes / 1024).toFixed(0)} KB${visit.complete ? '' : ', still streaming when the bench stopped reading'})`,
    )
    .join(', ')}. A page over 10 s is not load-tested.

Scale dataset: ${scale.trips} approved trips over ${scale.leaders} leaders, ${scale.stops} stops, ${scale.citations} citations
(${scale.citationsPerFact} per fact), copied from the seed trips in SQL in ${(scale.ms / 1000).toFixed(1)} s. The Local API
path (the importer, every hook and check) runs at ${imports ? `${imports.generatedImportRowsPerSecond} rows/s` : 'a rate not measured (failed step)'} (below).

${attackFigures.markdown}
## Page weight (bytes)

| page | HTML raw | HTML gzip | CSS gzip | images gzip | JS gzip (files) | scripts | total gzip |
| --- | --- | --- | --- | --- | --- | --- | --- |
${Object.entries(weight)
  .map(
    ([name, w]) =>
      `| ${name} | ${w.htmlRaw} | ${w.htmlGzip} | ${w.cssGzip} | ${w.imageGzip} | ${w.jsGzip} (${w.jsFiles}) | ${w.scripts} | ${w.totalGzip} |`,
  )
  .join('\n')}
`
  writeFileSync(path.join(dir, `${day}.md`), markdown)
  console.log(summaryTable.toString())
  if (failedSteps.length) console.log(`Failed steps:\n${failedSteps.map((step) => `- ${step}`).join('\n')}`)
  console.log(`Report: bench/results/${day}.md`)
} finally {
  await stop()
}
