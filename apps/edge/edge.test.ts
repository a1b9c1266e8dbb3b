// The edge's cache key and bypass rules, on a real nginx (apps/edge/nginx.conf.template) in front
// of a real HTTP origin that counts what reaches it. Run: `node --test edge.test.ts` (needs nginx).
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

const NGINX = '/usr/sbin/nginx'
const reached: string[] = []
let origin: Server
let nginx: ChildProcess
let edge: string
let dir: string

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

/** A port nothing listens on now (the OS's choice), for nginx to take. */
async function freePort() {
  const probe = createServer()
  const port = await listen(probe)
  await new Promise((resolve) => probe.close(resolve))
  return port
}

before(async () => {
  if (!existsSync(NGINX)) return
  origin = createServer((request, response) => {
    reached.push(request.url!)
    response.end(`${request.headers.rsc ? 'rsc ' : ''}${request.url}`)
  })
  const originPort = await listen(origin)
  const edgePort = await freePort()
  dir = mkdtempSync(path.join(tmpdir(), 'itinera-edge-'))
  const conf = readFileSync(new URL('nginx.conf.template', import.meta.url), 'utf8')
    .replaceAll('${EDGE_PORT}', String(edgePort))
    .replaceAll('${READER_SERVERS}', `server 127.0.0.1:${originPort};`)
    .replaceAll('${CACHE_DIR}', dir)
    // Entries kept for an hour here, not one second: these tests are about which requests share an
    // entry, and must not depend on how fast two requests follow each other.
    .replace('proxy_cache_valid 200 301 302 404 1s;', 'proxy_cache_valid 200 301 302 404 1h;')
  writeFileSync(path.join(dir, 'nginx.conf'), process.getuid?.() === 0 ? `user root;\n${conf}` : conf)
  // nginx writes its pid file once its listening sockets are open: from then on it accepts connections.
  const pidFile = path.join(dir, 'nginx.pid')
  const watcher = watch(dir)
  nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' })
  edge = `http://127.0.0.1:${edgePort}`
  await new Promise<void>((resolve, reject) => {
    const ready = () => existsSync(pidFile) && resolve()
    watcher.on('change', ready)
    nginx.once('exit', (code) => reject(new Error(`nginx exited (${code}) before it was listening`)))
    ready()
  }).finally(() => watcher.close())
})

after(async () => {
  nginx?.kill()
  await new Promise((resolve) => origin?.close(resolve))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Through the edge: its cache status, and whether the request reached the origin. */
async function get(pathAndQuery: string, headers?: Record<string, string>) {
  const before = reached.length
  const response = await fetch(`${edge}${pathAndQuery}`, { headers })
  return {
    status: response.headers.get('x-cache-status'),
    reachedOrigin: reached.length > before,
    body: await response.text(),
  }
}

describe('the edge cache', { skip: !existsSync(NGINX) && `no nginx at ${NGINX}` }, () => {
  it('should serve a page from its entry whatever unknown parameters are added, nocache included', async () => {
    assert.deepEqual((await get('/trips/a')).status, 'MISS')
    for (const query of ['?nocache=1', '?junk=2&x=y', '?utm_source=a&nocache=true'])
      assert.deepEqual(await get(`/trips/a${query}`), { status: 'HIT', reachedOrigin: false, body: '/trips/a' })
  })

  it('should key the search page on its one parameter, whatever else comes with it', async () => {
    assert.equal((await get('/search?q=alpha')).status, 'MISS')
    assert.equal((await get('/search?q=beta')).status, 'MISS')
    assert.deepEqual(await get('/search?utm=1&q=alpha'), {
      status: 'HIT',
      reachedOrigin: false,
      body: '/search?q=alpha&',
    })
    // The reader receives what the key holds: a parameter it does not read never reaches it.
    assert.deepEqual(await get('/search?Q=gamma&x=1'), {
      status: 'MISS',
      reachedOrigin: true,
      body: '/search?q=gamma&',
    })
    assert.deepEqual(await get('/trips/z?x=1'), { status: 'MISS', reachedOrigin: true, body: '/trips/z' })
  })

  it("should keep Next's navigation payload apart from the page's HTML", async () => {
    await get('/trips/b')
    const payload = await get('/trips/b?_rsc=1x2y', { rsc: '1' })
    assert.deepEqual(payload, { status: 'MISS', reachedOrigin: true, body: 'rsc /trips/b?_rsc=1x2y' })
    assert.equal((await get('/trips/b')).body, '/trips/b')
  })

  it("should bypass the cache for Payload's session cookie only, by its exact name", async () => {
    await get('/trips/c')
    for (const cookie of ['my_session=1', 'session=x', 'xpayload-token=1', 'a=payload-token='])
      assert.deepEqual(
        { cookie, ...(await get('/trips/c', { cookie })) },
        {
          cookie,
          status: 'HIT',
          reachedOrigin: false,
          body: '/trips/c',
        },
      )
    for (const cookie of ['payload-token=abc', 'theme=dark; payload-token=abc'])
      assert.deepEqual(
        { cookie, ...(await get('/trips/c', { cookie })) },
        {
          cookie,
          status: 'BYPASS',
          reachedOrigin: true,
          body: '/trips/c',
        },
      )
  })

  it('should never cache /api', async () => {
    await get('/api/revalidate')
    assert.deepEqual(await get('/api/revalidate'), { status: null, reachedOrigin: true, body: '/api/revalidate' })
  })
})
