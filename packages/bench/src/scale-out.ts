/**
 * The scale-out figures of `pnpm bench` (and `pnpm bench:scale-out` alone), on the cluster the
 * cluster test runs (@itinera/stack/cluster: two CMS and two readers behind nginx, Redis, the
 * embedded PostgreSQL and a streaming replica), in one run: throughput of one reader instance vs
 * two behind the same nginx (no edge cache, so each request reaches a reader), approval on CMS A
 * → live on each reader, and the replica's lag while an import writes. Reports, never asserts.
 */
import { missingTools, startCluster, url } from '@itinera/stack/cluster'
import pg from 'pg'
import { approvedBenchTrip, importList, renamedForApproval } from './api'
import { log, sleep, waitFor } from './bench-stack'
import { load, type TLoadResult } from './load'
import { syntheticList } from './synthetic-list'

// Apart from the bench stack's (3200…) and the cluster test's (4100…) ports.
const PORT_BASE = 4300
const CONNECTIONS = 32
/** How long to wait for an approval to show on a reader before reporting it as not live. */
const LIVE_WITHIN_MS = 15_000
/** How often the replica's lag is read while the import runs. */
const LAG_SAMPLE_MS = 100

export interface TScaleOutBench {
  /** The trip page through nginx to reader A alone, then to both readers. */
  oneReader: TLoadResult
  twoReaders: TLoadResult
  /** From the approval's answer on CMS A to the renamed title on each reader (null: not within LIVE_WITHIN_MS). */
  approvalToLiveMs: (number | null)[]
  /** Null when the machine has no pg_basebackup 18 (the cluster then runs without a replica). */
  replica: { importRows: number; importMs: number; samples: number; maxLagBytes: number; maxReplayLagMs: number } | null
}

async function liveAfter(readerUrl: string, title: string, since: number): Promise<number | null> {
  while (performance.now() - since < LIVE_WITHIN_MS) {
    const html = await fetch(readerUrl).then((response) => response.text())
    if (html.includes(title)) return Math.round(performance.now() - since)
    await sleep(50)
  }
  return null
}

/** The largest lag of every standby, read on the primary every LAG_SAMPLE_MS until stopped. */
function sampleReplicaLag(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  // The cluster's PostgreSQL may stop under it (a failed step stops the cluster): the step's own error tells.
  client.on('error', () => {})
  const seen = { samples: 0, maxLagBytes: 0, maxReplayLagMs: 0 }
  let running = true
  const done = (async () => {
    await client.connect()
    try {
      while (running) {
        const { rows } = await client.query<{ bytes: string | null; ms: string | null }>(
          `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS bytes,
                  extract(epoch FROM replay_lag) * 1000 AS ms FROM pg_stat_replication`,
        )
        for (const row of rows) {
          seen.maxLagBytes = Math.max(seen.maxLagBytes, Number(row.bytes ?? 0))
          seen.maxReplayLagMs = Math.max(seen.maxReplayLagMs, Math.round(Number(row.ms ?? 0)))
        }
        seen.samples += 1
        await sleep(LAG_SAMPLE_MS)
      }
    } finally {
      await client.end()
    }
  })()
  return async () => {
    running = false
    await done
    return seen
  }
}

export async function benchScaleOut({ seconds, importRows }: { seconds: number; importRows: number }) {
  const missing = missingTools()
  if (missing) throw new Error(`the scale-out step needs ${missing}`)
  const cluster = await startCluster({ portBase: PORT_BASE, log: (line) => log(`cluster: ${line}`) })
  try {
    const { ports } = cluster
    const cmsA = url(ports.cms[0]!)
    const trip = await approvedBenchTrip(cmsA)
    const page = `/trips/${trip.slug}`
    for (const port of ports.web) await waitFor(`${url(port)}${page}`, 30_000)

    log(`scale-out: the trip page through nginx, one reader then two (${CONNECTIONS} connections)…`)
    const oneReader = await load('trip, nginx → reader A', `${url(ports.readerEdgeOne)}${page}`, CONNECTIONS, seconds)
    const twoReaders = await load('trip, nginx → readers A+B', `${url(ports.readerEdge)}${page}`, CONNECTIONS, seconds)

    log('scale-out: approval on CMS A → live on each reader…')
    const renamed = `${trip.title} renamed`
    const approve = await renamedForApproval(trip, renamed)
    await approve()
    const approved = performance.now()
    const approvalToLiveMs = await Promise.all(
      ports.web.map((port) => liveAfter(`${url(port)}${page}`, renamed, approved)),
    )

    let replica: TScaleOutBench['replica'] = null
    if (cluster.hasReplica) {
      log(`scale-out: the replica's lag while CMS A imports ${importRows} rows…`)
      const stopSampling = sampleReplicaLag(cluster.databaseUrl)
      const outcome = await importList(trip.editor, syntheticList(importRows)).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      )
      // Sampling stops before the cluster does, whether the import succeeded or not.
      const lag = await stopSampling()
      if ('error' in outcome) throw outcome.error
      replica = { importRows: outcome.result.stops, importMs: Math.round(outcome.result.ms), ...lag }
    }
    return { oneReader, twoReaders, approvalToLiveMs, replica } satisfies TScaleOutBench
  } finally {
    await cluster.stop()
  }
}

/** The summary rows of the scale-out step: [measure, figure, target]. */
export function scaleOutRows(result: TScaleOutBench): string[][] {
  const { oneReader, twoReaders, approvalToLiveMs, replica } = result
  const live = approvalToLiveMs.map(
    (ms, i) => `reader ${'AB'[i]} ${ms === null ? `not within ${LIVE_WITHIN_MS} ms` : `${ms} ms`}`,
  )
  return [
    [
      `trip page, 2 readers / 1 reader behind nginx, no edge cache (${CONNECTIONS} conn)`,
      `${twoReaders.requestsPerSecond} / ${oneReader.requestsPerSecond} req/s = ${(twoReaders.requestsPerSecond / Math.max(1, oneReader.requestsPerSecond)).toFixed(2)}× (p99 ${twoReaders.p99} / ${oneReader.p99} ms)`,
      'report (2 cores)',
    ],
    ['approval on CMS A → live on each reader', live.join(', '), '≤ 1 s'],
    [
      'replica lag while importing (max)',
      replica
        ? `${replica.maxLagBytes} bytes, replay ${replica.maxReplayLagMs} ms (${replica.samples} samples every ${LAG_SAMPLE_MS} ms; ${replica.importRows} stops imported in ${replica.importMs} ms)`
        : 'no replica (pg_basebackup 18 missing)',
      'report',
    ],
  ]
}
