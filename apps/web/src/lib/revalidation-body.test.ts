import { describe, expect, it } from 'vitest'
import { MAX_REVALIDATION_BODY_BYTES, readRevalidationBody } from './revalidation-body'

const CHUNK = 64 * 1024

/** A body of `total` bytes produced on demand, recording how much of it was read and whether it was cancelled. */
function streamedRequest(total: number, headers?: HeadersInit) {
  const seen = { produced: 0, cancelled: false }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = Math.min(CHUNK, total - seen.produced)
      if (size <= 0) return controller.close()
      seen.produced += size
      controller.enqueue(new Uint8Array(size).fill(0x61))
    },
    cancel() {
      seen.cancelled = true
    },
  })
  const request = new Request('http://reader.test/api/revalidate', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit)
  return { request, seen }
}

describe('the revalidation body', () => {
  it('should stop reading a 50 MB body just past the cap and cancel the stream', async () => {
    const { request, seen } = streamedRequest(50 * 1024 * 1024)
    expect(await readRevalidationBody(request)).toBeNull()
    expect(seen.cancelled).toBe(true)
    // Node's stream reads at most a chunk or two ahead of what was consumed.
    expect(seen.produced).toBeLessThanOrEqual(MAX_REVALIDATION_BODY_BYTES + 3 * CHUNK)
  })

  it('should refuse a declared Content-Length over the cap without reading', async () => {
    const { request, seen } = streamedRequest(50 * 1024 * 1024, { 'content-length': String(50 * 1024 * 1024) })
    expect(await readRevalidationBody(request)).toBeNull()
    expect(seen.produced).toBeLessThanOrEqual(2 * CHUNK)
  })

  it('should read a body up to the cap whole', async () => {
    const { request } = streamedRequest(MAX_REVALIDATION_BODY_BYTES)
    expect(await readRevalidationBody(request)).toBe('a'.repeat(MAX_REVALIDATION_BODY_BYTES))
    expect(await readRevalidationBody(streamedRequest(MAX_REVALIDATION_BODY_BYTES + 1).request)).toBeNull()
    const json = JSON.stringify({ tags: ['trip:é'] })
    expect(await readRevalidationBody(new Request('http://reader.test/', { method: 'POST', body: json }))).toBe(json)
  })
})
