/**
 * The heaviest requests an anonymous caller can send within the CMS's bounds (tRPC batches of at
 * most four batchable procedures, REST and GraphQL lists of at most 100, GraphQL cost 1000 and
 * depth 10) and the reader's pages that read the most, each timed on loopback; then the p99 of
 * `reader.trip` while attackers loop the heaviest of them. Reports, never asserts.
 */
import { RECORD_TRIPS_PAGE_SIZE, SOURCE_CITED_BY_PAGE_SIZE } from '@itinera/contracts/schemas'
import pg from 'pg'
import { CMS, log, WEB } from './bench-stack'
import { startLoad, type TLoadResult, type TRequestShape } from './load'

/** The targets of the issue: no anonymous request over 1 s of CMS time or 1 MB. */
export const LIMITS = { ms: 1000, bytes: 1_000_000 }
/**
 * A request is given up after this long (the whole open-data export, or a sort no index serves,
 * runs for minutes at scale): its time is then at least this.
 */
const READ_FOR_MS = 30_000
/** A request slower than this is timed once, not `runs` times. */
const ONCE_OVER_MS = 10_000
/** The longest wait for the CMS to answer promptly again after an attack. */
const SETTLE_MS = 180_000
/**
 * The load of the under-attack step: `connections` reading `reader.trip` for `amount` calls (at
 * most `seconds`), `attackers` connections looping the heaviest request meanwhile.
 */
export const ATTACK_LOAD = {
  quick: { attackers: 4, connections: 2, amount: 200, seconds: 60 },
  full: { attackers: 4, connections: 2, amount: 400, seconds: 90 },
}

export interface TAttackRequest extends TRequestShape {
  name: string
  /** The CMS directly, or the reader (whose time includes every CMS call it makes). */
  server: 'cms' | 'reader'
  /** Path and query string. */
  path: string
}

export interface TAttackMeasure extends TAttackRequest {
  runs: number
  status: number
  /** The slowest run's wall time on loopback. */
  wallMs: number
  /** The slowest run's `Server-Timing: total` (tRPC on a CMS with SERVER_TIMING), else null. */
  serverMs: number | null
  /** Database time and query count of that run, from the same header. */
  dbMs: number | null
  queries: number | null
  /** Response body bytes as received (decompressed), the largest of the runs. */
  bytes: number
  /** False when the body was still streaming after READ_FOR_MS (bytes is then a lower bound). */
  complete: boolean
  overTime: boolean
  overBytes: boolean
}

/** The records that make each request read the most: the most cited source, the leader with most trips… */
interface TTargets {
  trips: number
  mostCitedSource: { id: number; trips: number }
  mostCitedTrip: string
  busiestPolity: { slug: string; trips: number }
  busiestLeader: { slug: string; trips: number }
}

async function findTargets(databaseUrl: string): Promise<TTargets> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const one = async <T>(sql: string) => (await client.query(sql)).rows[0] as T
    const trips = Number((await one<{ n: string }>(`SELECT count(*) AS n FROM trips WHERE _status = 'published'`)).n)
    const source = await one<{ id: number; n: string }>(
      `SELECT c.source_id AS id, count(DISTINCT c._parent_id) AS n FROM trips_citations c
       JOIN trips t ON t.id = c._parent_id JOIN sources s ON s.id = c.source_id
       WHERE t._status = 'published' AND s._status = 'published' GROUP BY c.source_id ORDER BY n DESC LIMIT 1`,
    )
    const trip = await one<{ slug: string }>(
      `SELECT t.slug FROM trips t JOIN trips_citations c ON c._parent_id = t.id
       WHERE t._status = 'published' GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT 1`,
    )
    const polity = await one<{ slug: string; n: string }>(
      `SELECT p.slug, count(DISTINCT s._parent_id) AS n FROM trips_stops s
       JOIN trips t ON t.id = s._parent_id JOIN polities p ON p.id = s.polity_id
       WHERE t._status = 'published' AND p._status = 'published' GROUP BY p.slug ORDER BY n DESC LIMIT 1`,
    )
    const leader = await one<{ slug: string; n: string }>(
      `SELECT l.slug, count(*) AS n FROM trips t JOIN leaders l ON l.id = t.leader_id
       WHERE t._status = 'published' AND l._status = 'published' GROUP BY l.slug ORDER BY n DESC LIMIT 1`,
    )
    return {
      trips,
      mostCitedSource: { id: source.id, trips: Number(source.n) },
      mostCitedTrip: trip.slug,
      busiestPolity: { slug: polity.slug, trips: Number(polity.n) },
      busiestLeader: { slug: leader.slug, trips: Number(leader.n) },
    }
  } finally {
    await client.end()
  }
}

const lastPage = (total: number, size: number) => Math.max(1, Math.ceil(total / size))
const trpcPath = (procedure: string, input: unknown) =>
  `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
/** A `reader.trips` cursor for a page (the cursor is opaque to clients, but any client can read and forge it). */
const tripsCursor = (page: number) => Buffer.from(JSON.stringify({ page })).toString('base64url')
/** One tRPC GET batch: procedures joined by commas, inputs by position. */
const trpcBatchPath = (calls: [string, unknown][]) =>
  `/api/trpc/${calls.map(([procedure]) => procedure).join(',')}?batch=1&input=${encodeURIComponent(
    JSON.stringify(Object.fromEntries(calls.map(([, input], index) => [index, input]))),
  )}`

/**
 * Search queries that match the most or cost the most per row: two-letter prefixes (the shortest
 * accepted), many one-letter words, the 200-character maximum.
 */
const WORST_SEARCHES = ['ch', 'ki', 'a e i o u', 'a b c d e f g h i j k l', `${'ab '.repeat(66)}ab`]
const searchName = (q: string) =>
  `reader.search "${q.length > 20 ? `${q.slice(0, 17)}…` : q}" (${q.length} chars), limit 100`

/** Batchable tRPC calls (the kind a batch of four may carry), each made to read the most it can. */
function batchableCalls(targets: TTargets): [string, [string, unknown]][] {
  const tripsPages = lastPage(targets.trips, 500)
  return [
    ['reader.trips, 500 chronological', ['reader.trips', { limit: 500 }]],
    [
      'reader.trips, 500 recently approved, last page',
      ['reader.trips', { limit: 500, order: 'recently_approved', cursor: tripsCursor(tripsPages) }],
    ],
    [
      'reader.trips, 500 of the busiest country, last page',
      [
        'reader.trips',
        {
          limit: 500,
          polity: targets.busiestPolity.slug,
          cursor: tripsCursor(lastPage(targets.busiestPolity.trips, 500)),
        },
      ],
    ],
    [
      'reader.trips, 500 of the busiest leader, last page',
      [
        'reader.trips',
        {
          limit: 500,
          leader: targets.busiestLeader.slug,
          cursor: tripsCursor(lastPage(targets.busiestLeader.trips, 500)),
        },
      ],
    ],
    [
      'reader.source, the most cited source, last page',
      [
        'reader.source',
        {
          id: targets.mostCitedSource.id,
          page: lastPage(targets.mostCitedSource.trips, SOURCE_CITED_BY_PAGE_SIZE),
        },
      ],
    ],
    ['reader.source, the most cited source, page 1', ['reader.source', { id: targets.mostCitedSource.id }]],
    ['reader.trip, the most cited trip', ['reader.trip', { slug: targets.mostCitedTrip }]],
    ['leaders.list', ['leaders.list', undefined]],
  ]
}

/** tRPC procedures that may only be called on their own, each at its heaviest input. */
function unbatchableCalls(targets: TTargets, exportPageSize: number): [string, [string, unknown]][] {
  return [
    ['reader.exportTrips, page 1', ['reader.exportTrips', { page: 1 }]],
    ['reader.exportTrips, last page', ['reader.exportTrips', { page: lastPage(targets.trips, exportPageSize) }]],
    ['reader.stats', ['reader.stats', undefined]],
    ['reader.sitemap, page 1', ['reader.sitemap', { page: 1 }]],
    [
      'reader.leader, the busiest leader, last page',
      [
        'reader.leader',
        { slug: targets.busiestLeader.slug, page: lastPage(targets.busiestLeader.trips, RECORD_TRIPS_PAGE_SIZE) },
      ],
    ],
    ['reader.polity, the busiest country, page 1', ['reader.polity', { slug: targets.busiestPolity.slug }]],
    [
      'reader.polity, the busiest country, last page',
      [
        'reader.polity',
        { slug: targets.busiestPolity.slug, page: lastPage(targets.busiestPolity.trips, RECORD_TRIPS_PAGE_SIZE) },
      ],
    ],
    ...WORST_SEARCHES.map((q): [string, [string, unknown]] => [searchName(q), ['reader.search', { q, limit: 100 }]]),
  ]
}

// The largest anonymous pages the CMS accepts (apps/cms/src/security/boundQueries.ts): trips 5
// a page, other collections 100, and no page past the 1,000th document.
const PUBLIC_LIMIT = { trips: 5, other: 100 }
const PUBLIC_OFFSET = 1_000

/**
 * Anonymous REST lists at the largest page and depth (10) accepted, on the deepest page accepted,
 * and the unindexed sorts and joins the CMS refuses (each should answer 400 at once).
 */
function restRequests(): TAttackRequest[] {
  const deep = `limit=${PUBLIC_LIMIT.trips}&depth=10`
  const rest = (name: string, query: string): TAttackRequest => ({
    name: `REST trips ${name}`,
    server: 'cms',
    path: `/api/trips?${deep}${query}`,
  })
  return [
    rest(`limit ${PUBLIC_LIMIT.trips} depth 10`, ''),
    rest('deepest page accepted', `&page=${PUBLIC_OFFSET / PUBLIC_LIMIT.trips}`),
    rest('past the deepest page', `&page=${PUBLIC_OFFSET / PUBLIC_LIMIT.trips + 1}`),
    rest('summary like "a" (own field, one scan)', '&where[summary][like]=a'),
    rest('sorted by summary (unindexed)', '&sort=-summary'),
    rest('stop details like "e"', '&where[stops.details.text][like]=e'),
    rest('citation quote like "a"', '&where[citations.quote][like]=a&sort=-title'),
    rest('cited source title like "a" (through the relationship)', '&where[citations.source.title][like]=a'),
    rest(
      'or of three likes, sorted by summary',
      '&where[or][0][title][like]=a&where[or][1][summary][like]=e&where[or][2][stops.details.text][like]=i&sort=-summary',
    ),
    ...['sources', 'places', 'people', 'polities', 'leaders'].map((collection): TAttackRequest => ({
      name: `REST ${collection} limit ${PUBLIC_LIMIT.other} depth 10`,
      server: 'cms',
      path: `/api/${collection}?limit=${PUBLIC_LIMIT.other}&depth=10&sort=-updatedAt`,
    })),
  ]
}

/** GraphQL bodies of `aliases` copies of one list query. */
const GRAPHQL_SHAPES: Record<string, (aliases: number) => string> = {
  'aliases of Trips filtered on summary': (aliases) =>
    Array.from(
      { length: aliases },
      (_, index) =>
        `a${index}: Trips(limit: ${PUBLIC_LIMIT.trips}, page: ${(index % (PUBLIC_OFFSET / PUBLIC_LIMIT.trips)) + 1}, where: { summary: { like: "a" } }) { totalDocs docs { id } }`,
    ).join(' '),
  'aliases of Trips with nested relationships': (aliases) =>
    Array.from(
      { length: aliases },
      (_, index) =>
        `a${index}: Trips(limit: 10, page: ${index + 1}) { docs { title summary leader { name } stops { polity { name } places { name polity { name } } meetings { person { name } } details { text } } citations { fact quote source { title authors { name } } } } }`,
    ).join(' '),
}

/**
 * The GraphQL request of a shape with as many aliases as the cost bound allows: the CMS names a
 * refused query's cost, so one refused request of 100 aliases tells how many fit.
 */
async function nearCostLimit(name: string, shape: (aliases: number) => string): Promise<TAttackRequest | null> {
  const body = (aliases: number) => JSON.stringify({ query: `{ ${shape(aliases)} }` })
  const probe = await fetch(`${CMS}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body(100),
  })
  const cost = Number((await probe.text()).match(/Query cost (\d+) is above/)?.[1] ?? NaN)
  const aliases = Number.isNaN(cost) ? 100 : Math.floor((1000 * 100) / cost)
  if (aliases < 1) return null
  return {
    name: `GraphQL ${aliases} ${name} (cost ≈ ${Math.round((cost * aliases) / 100)})`,
    server: 'cms',
    path: '/api/graphql',
    method: 'POST',
    body: body(aliases),
    headers: { 'Content-Type': 'application/json' },
  }
}

/** One request, timed to the end of its body; given up (not complete) after READ_FOR_MS. */
async function timeOnce(request: TAttackRequest) {
  const started = performance.now()
  const stop = new AbortController()
  const timer = setTimeout(() => stop.abort(), READ_FOR_MS)
  let status = 0
  let timing = ''
  let bytes = 0
  let complete = false
  try {
    const response = await fetch(`${request.server === 'cms' ? CMS : WEB}${request.path}`, {
      method: request.method ?? 'GET',
      body: request.body,
      headers: request.headers,
      signal: stop.signal,
    })
    status = response.status
    timing = response.headers.get('server-timing') ?? ''
    const reader = response.body?.getReader()
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read())
      bytes += chunk.value.byteLength
    complete = true
  } catch {
    // Given up after READ_FOR_MS (or the connection failed): reported as not complete.
  } finally {
    clearTimeout(timer)
  }
  const figure = (pattern: RegExp) => {
    const match = timing.match(pattern)?.[1]
    return match === undefined ? null : Number(match)
  }
  return {
    status,
    wallMs: performance.now() - started,
    serverMs: figure(/total;dur=([\d.]+)/),
    dbMs: figure(/db;dur=([\d.]+)/),
    queries: figure(/"(\d+) queries"/),
    bytes,
    complete,
  }
}

const round = (value: number | null) => (value === null ? null : Math.round(value))

/**
 * Cancels the queries still running on the bench's database: those of a request given up, which
 * PostgreSQL would otherwise run to the end under the next measures (one request is sent at a time).
 */
async function cancelLeftoverQueries(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      `SELECT pg_cancel_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    )
    if (rowCount) log(`cancelled ${rowCount} queries left running`)
  } finally {
    await client.end()
  }
}

/**
 * Waits until the CMS answers `reader.trip` within a second again, cancelling leftover queries
 * meanwhile (requests an attack left queued for a database connection start their queries
 * after the first cancel), for at most SETTLE_MS. Reports how long it took.
 */
async function settle(databaseUrl: string, nextTripSlug: () => string) {
  const started = performance.now()
  while (performance.now() - started < SETTLE_MS) {
    await cancelLeftoverQueries(databaseUrl)
    const call = performance.now()
    const answered = await fetch(`${CMS}${trpcPath('reader.trip', { slug: nextTripSlug() })}`, {
      signal: AbortSignal.timeout(5000),
    }).then(
      (response) => response.arrayBuffer().then(() => response.ok),
      () => false,
    )
    if (answered && performance.now() - call < 1000) break
  }
  log(`the CMS answered promptly again after ${Math.round(performance.now() - started)} ms`)
}

/** A request `runs` times (once when it takes over ONCE_OVER_MS); its slowest run and largest body. */
async function measure(request: TAttackRequest, runs: number, databaseUrl: string): Promise<TAttackMeasure> {
  const times: Awaited<ReturnType<typeof timeOnce>>[] = []
  for (let run = 0; run < runs; run += 1) {
    const time = await timeOnce(request)
    times.push(time)
    if (!time.complete) await cancelLeftoverQueries(databaseUrl)
    if (time.wallMs > ONCE_OVER_MS || !time.complete) break
  }
  const slowest = times.reduce((worst, time) => (time.wallMs > worst.wallMs ? time : worst))
  const cmsMs = slowest.serverMs ?? slowest.wallMs
  const bytes = Math.max(...times.map((time) => time.bytes))
  const measured: TAttackMeasure = {
    ...request,
    runs: times.length,
    status: slowest.status,
    wallMs: Math.round(slowest.wallMs),
    serverMs: round(slowest.serverMs),
    dbMs: round(slowest.dbMs),
    queries: slowest.queries,
    bytes,
    complete: times.every((time) => time.complete),
    overTime: cmsMs > LIMITS.ms,
    overBytes: bytes > LIMITS.bytes,
  }
  log(
    `${request.server} ${request.name}: ${measured.status}, ${measured.wallMs} ms${measured.serverMs === null ? '' : ` (server ${measured.serverMs} ms)`}, ${bytes} bytes${measured.complete ? '' : ' (given up)'}`,
  )
  return measured
}

/** The time a request costs its server: Server-Timing where the CMS sends it, else the wall time on loopback. */
export const costMs = (measured: TAttackMeasure) => measured.serverMs ?? measured.wallMs

export interface TUnderAttack {
  attack: TAttackMeasure
  attackers: number
  quiet: TLoadResult
  underAttack: TLoadResult
  attackRequests: TLoadResult
  /** p99 under attack / quiet p99. */
  p99Ratio: number
}

/**
 * `reader.trip` on scale trips no cache has seen, at `connections`, for `amount` calls (at most
 * `seconds`): quiet, then while `attackers` connections loop `attack` (bounded by the same time).
 */
async function underAttack(
  databaseUrl: string,
  attack: TAttackMeasure,
  nextTripSlug: () => string,
  {
    attackers,
    connections,
    amount,
    seconds,
  }: { attackers: number; connections: number; amount: number; seconds: number },
): Promise<TUnderAttack> {
  await settle(databaseUrl, nextTripSlug)
  const reads = (label: string) =>
    startLoad(label, `${CMS}/api/trpc/reader.trip`, {
      connections,
      amount,
      seconds,
      nextPath: () => trpcPath('reader.trip', { slug: nextTripSlug() }),
    }).result
  log(`reader.trip quiet: ${amount} calls at ${connections} connections…`)
  const quiet = await reads('reader.trip, quiet')
  log(`reader.trip while ${attackers} attackers loop "${attack.name}"…`)
  const attacking = startLoad(`attack: ${attack.name}`, `${attack.server === 'cms' ? CMS : WEB}${attack.path}`, {
    connections: attackers,
    seconds: seconds * 2,
    method: attack.method,
    body: attack.body,
    headers: attack.headers,
  })
  // The attackers' first requests are under way before the reads start.
  await new Promise((resolve) => setTimeout(resolve, Math.min(2000, attack.wallMs)))
  const attacked = await reads('reader.trip, under attack')
  attacking.stop()
  const attackRequests = await attacking.result
  await settle(databaseUrl, nextTripSlug)
  return {
    attack,
    attackers,
    quiet,
    underAttack: attacked,
    attackRequests,
    p99Ratio: Math.round((attacked.p99 / quiet.p99) * 100) / 100,
  }
}

export interface TAttackResults {
  targets: TTargets
  measures: TAttackMeasure[]
  worst: { cms: TAttackMeasure; reader: TAttackMeasure | null; bytes: TAttackMeasure }
  underAttack: TUnderAttack[]
}

/**
 * The catalogue measured (`runs` times each), then `reader.trip` quiet and under attack by the
 * heaviest CMS request and the heaviest reader page (by time).
 */
export async function measureAttacks({
  databaseUrl,
  nextTripSlug,
  runs,
  attack,
}: {
  databaseUrl: string
  nextTripSlug: () => string
  runs: number
  attack: { attackers: number; connections: number; amount: number; seconds: number }
}): Promise<TAttackResults> {
  const targets = await findTargets(databaseUrl)
  log(`attack targets: ${JSON.stringify(targets)}`)
  const exportPage = (await (await fetch(`${CMS}${trpcPath('reader.exportTrips', { page: 1 })}`)).json()) as {
    result: { data: { trips: unknown[] } }
  }
  const exportPageSize = Math.max(1, exportPage.result.data.trips.length)

  const measures: TAttackMeasure[] = []
  const trpc = (name: string, [procedure, input]: [string, unknown]): TAttackRequest => ({
    name: `tRPC ${name}`,
    server: 'cms',
    path: trpcPath(procedure, input),
  })
  const batchable = batchableCalls(targets)
  const batchableMeasures: [TAttackMeasure, [string, unknown]][] = []
  for (const [name, call] of batchable) {
    const measured = await measure(trpc(name, call), runs, databaseUrl)
    measures.push(measured)
    batchableMeasures.push([measured, call])
  }
  // The batch an attacker would build: the four heaviest batchable calls, and the heaviest four times.
  const heaviest = [...batchableMeasures].sort(([a], [b]) => costMs(b) - costMs(a))
  const batches: TAttackRequest[] = [
    {
      name: `tRPC batch of the 4 heaviest batchable calls (${heaviest
        .slice(0, 4)
        .map(([measured]) => measured.name.replace(/^tRPC /, ''))
        .join('; ')})`,
      server: 'cms',
      path: trpcBatchPath(heaviest.slice(0, 4).map(([, call]) => call)),
    },
    {
      name: `tRPC batch of 4 × ${heaviest[0]![0].name.replace(/^tRPC /, '')}`,
      server: 'cms',
      path: trpcBatchPath(Array.from({ length: 4 }, () => heaviest[0]![1])),
    },
  ]
  const graphql: TAttackRequest[] = []
  for (const [name, shape] of Object.entries(GRAPHQL_SHAPES)) {
    const request = await nearCostLimit(name, shape)
    if (request) graphql.push(request)
  }
  for (const [name, call] of unbatchableCalls(targets, exportPageSize))
    measures.push(await measure(trpc(name, call), runs, databaseUrl))
  // The reader's search page with the query that cost the CMS the most.
  const searchCost = (q: string) => {
    const measured = measures.find((candidate) => candidate.name === `tRPC ${searchName(q)}`)
    return measured ? costMs(measured) : 0
  }
  const worstSearch = [...WORST_SEARCHES].sort((a, b) => searchCost(b) - searchCost(a))[0]!
  const readerPages: TAttackRequest[] = [
    ['open data, JSON', '/data/trips.json'],
    ['open data, CSV', '/data/trips.csv'],
    ['sitemap', '/sitemap.xml'],
    ['feed', '/feed.xml'],
    ['home', '/'],
    [`search "${worstSearch}"`, `/search?q=${encodeURIComponent(worstSearch)}`],
    ['the busiest country', `/countries/${targets.busiestPolity.slug}`],
    ['the busiest leader', `/leaders/${targets.busiestLeader.slug}`],
    [
      'the most cited source, last cited-by page',
      `/sources/${targets.mostCitedSource.id}/cited-by/${lastPage(targets.mostCitedSource.trips, SOURCE_CITED_BY_PAGE_SIZE)}`,
    ],
  ].map(([name, path]) => ({ name: name!, server: 'reader' as const, path: path! }))
  for (const request of [...batches, ...restRequests(), ...graphql, ...readerPages])
    measures.push(await measure(request, runs, databaseUrl))

  const byCost = (server: 'cms' | 'reader') =>
    measures
      // Given-up requests count (at least READ_FOR_MS): an attacker need not wait for the answer.
      .filter((measured) => measured.server === server && measured.status < 400)
      .sort((a, b) => costMs(b) - costMs(a))[0] ?? null
  const worst = {
    cms: byCost('cms')!,
    reader: byCost('reader'),
    bytes: [...measures].filter((measured) => measured.server === 'cms').sort((a, b) => b.bytes - a.bytes)[0]!,
  }
  const attacks: TUnderAttack[] = []
  for (const heaviestRequest of [worst.cms, worst.reader])
    if (heaviestRequest) attacks.push(await underAttack(databaseUrl, heaviestRequest, nextTripSlug, attack))
  return { targets, measures, worst, underAttack: attacks }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const flags = (measured: TAttackMeasure) =>
  [measured.overTime ? '> 1 s' : '', measured.overBytes ? '> 1 MB' : ''].filter(Boolean).join(', ')

/** The attack figures as summary rows (measure, figure, target) and a markdown section. */
export function attackReport(results: TAttackResults, trips: number) {
  const { worst } = results
  const rows: [string, string, string][] = [
    [
      `worst single anonymous CMS request, ${trips} trips`,
      `${costMs(worst.cms)} ms, ${kb(worst.cms.bytes)}: ${worst.cms.name}`,
      '≤ 1 s, ≤ 1 MB',
    ],
    [
      `largest anonymous CMS answer`,
      `${kb(worst.bytes.bytes)} in ${costMs(worst.bytes)} ms: ${worst.bytes.name}`,
      '≤ 1 MB',
    ],
    ...(worst.reader
      ? [
          [
            `worst reader page (its CMS calls included)`,
            `${worst.reader.wallMs} ms, ${kb(worst.reader.bytes)}: ${worst.reader.name}`,
            '',
          ] as [string, string, string],
        ]
      : []),
    ...results.underAttack.map((attack): [string, string, string] => [
      `reader.trip p99 under attack / quiet (${attack.attackers} attackers: ${attack.attack.server} ${attack.attack.name.slice(0, 60)})`,
      `${attack.underAttack.p99} / ${attack.quiet.p99} ms = ${attack.p99Ratio}×`,
      '≤ 2×',
    ]),
  ]
  const catalogue = [
    '| server | request | runs | status | wall ms | server ms (DB ms, queries) | bytes | over |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...[...results.measures]
      .sort((a, b) => costMs(b) - costMs(a))
      .map(
        (measured) =>
          `| ${measured.server} | ${measured.name.replaceAll('|', '\\|')} | ${measured.runs} | ${measured.status} | ${measured.wallMs} | ${
            measured.serverMs === null ? '' : `${measured.serverMs} (${measured.dbMs}, ${measured.queries})`
          } | ${measured.bytes}${measured.complete ? '' : ' (given up: ≥)'} | ${flags(measured)} |`,
      ),
  ].join('\n')
  const requestOf = (measured: TAttackMeasure) =>
    `${measured.method ?? 'GET'} ${measured.server === 'cms' ? CMS : WEB}${measured.path}${measured.body ? `\n${measured.body}` : ''}`
  const attacks = results.underAttack
    .map(
      (
        attack,
      ) => `- ${attack.attackers} connections looping ${attack.attack.server} "${attack.attack.name}": ${attack.attackRequests.requests} attack requests (${attack.attackRequests.non2xx} non-2xx, ${attack.attackRequests.errors} errors, p50 ${attack.attackRequests.p50} ms).
  \`reader.trip\` (${attack.quiet.connections} connections, new trip each call): quiet p50 ${attack.quiet.p50} / p99 ${attack.quiet.p99} ms (${attack.quiet.requests} calls);
  under attack p50 ${attack.underAttack.p50} / p99 ${attack.underAttack.p99} ms (${attack.underAttack.requests} calls, ${attack.underAttack.errors} errors): **p99 ${attack.p99Ratio}×** (target ≤ 2×).`,
    )
    .join('\n')
  const markdown = `## Attack: the heaviest anonymous requests (${trips} trips)

Each request of the catalogue timed on loopback (${results.measures[0]?.runs ?? 0}+ runs, the slowest shown; once when
it takes over ${ONCE_OVER_MS / 1000} s; given up after ${READ_FOR_MS / 1000} s, a time of at least that). "server ms" is the CMS's own
Server-Timing (tRPC); elsewhere the wall time is the CMS time. Targets: no anonymous request over
1 s of CMS time or 1 MB. Reader pages are the reader's time, including every CMS call it makes.
Records chosen to read the most: ${JSON.stringify(results.targets)}.

Worst CMS request (${costMs(worst.cms)} ms, ${worst.cms.bytes} bytes):

\`\`\`
${requestOf(worst.cms)}
\`\`\`

${catalogue}

### \`reader.trip\` under attack

${attacks}
`
  return { rows, markdown }
}
