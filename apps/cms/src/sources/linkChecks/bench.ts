/**
 * The link checker's fetch side under load: 10,000 addresses over 200 local hosts through the
 * polite pool with the production limits (no database: the checks' rows are not written).
 * `npx tsx src/sources/linkChecks/bench.ts` from apps/cms; prints one JSON line.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HostPool } from './hostPool'
import { observeLink } from './observeLink'
import type { TLinkCheckSettings } from './settings'

const HOSTS = 200
const URLS = 10_000
const PAGE = `<!doctype html><html><body>${'<p>Kim Il-sung arrived in Moscow in March 1949.</p>'.repeat(200)}</body></html>`

const servers: Server[] = await Promise.all(
  Array.from({ length: HOSTS }, async () => {
    const server = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return server
  }),
)
const origins = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`)

const settings: TLinkCheckSettings = {
  policy: { allowPrivateHosts: ['127.0.0.1'], maxRedirects: 5, maxBytes: 2_000_000, timeoutMs: 15_000 },
  concurrency: 16,
  perHost: 2,
  hostDelayMs: 1000,
  waybackAvailabilityUrl: 'http://127.0.0.1:9/unused',
  archiveSaveUrl: null,
  userAgent: 'Itinera link check (bench)',
}
const pool = new HostPool(settings)
let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100)
const started = performance.now()
const readings = await Promise.all(
  Array.from({ length: URLS }, (_, i) => {
    const url = `${origins[i % HOSTS]}/page/${i}`
    return pool.run(new URL(url).host, () => observeLink(url, settings))
  }),
)
const seconds = (performance.now() - started) / 1000
clearInterval(sampler)
servers.forEach((server) => server.close())
console.log(
  JSON.stringify({
    urls: URLS,
    hosts: HOSTS,
    live: readings.filter((reading) => reading.httpStatus === 200).length,
    seconds: Number(seconds.toFixed(1)),
    urlsPerSecond: Math.round(URLS / seconds),
    maxConcurrency: pool.maxRunning,
    peakRssMb: Math.round(peakRss / 1e6),
    limits: { concurrency: settings.concurrency, perHost: settings.perHost, hostDelayMs: settings.hostDelayMs },
  }),
)
