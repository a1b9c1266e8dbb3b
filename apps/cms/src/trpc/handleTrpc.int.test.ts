import { describe, expect, it } from 'vitest'
import { setupIntegration } from '../test/integration'
import { handleTrpc, HEAVY_PROCEDURES, MAX_BATCH_SIZE } from './handleTrpc'

const { payload } = await setupIntegration('trpc-batches', { actors: false })

const call = async (path: string, init?: RequestInit) => {
  const response = await handleTrpc(payload, new Request(`${payload.config.serverURL}/api/trpc/${path}`, init))
  return { status: response.status, text: await response.text() }
}
const batchGet = (procedures: string[], input: unknown[] = procedures.map(() => ({}))) =>
  call(
    `${procedures.join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(Object.fromEntries(input.entries())))}`,
  )

describe('tRPC batches', () => {
  it('should answer a small batch of cheap procedures', async () => {
    const answer = await batchGet(
      ['leaders.list', 'reader.unavailable'],
      [undefined, { collection: 'trips', slug: 'no-such-trip' }],
    )
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toHaveLength(2)
  })

  it('should refuse a batch larger than the maximum with a 400', async () => {
    const answer = await batchGet(Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'leaders.list'))
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('Batch call exceeds maximum size')
  })

  it.each([...HEAVY_PROCEDURES])('should refuse %s inside a batch with a 400 naming it', async (procedure) => {
    for (const answer of [
      await batchGet(['leaders.list', procedure]),
      await call(`${encodeURIComponent(`leaders.list,${procedure}`)}?batch=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ 0: {}, 1: {} }),
      }),
    ]) {
      expect(answer.status).toBe(400)
      expect(JSON.parse(answer.text)).toEqual({
        error: { code: 'BAD_REQUEST', message: `${procedure} cannot be batched: call it on its own.` },
      })
    }
  })

  it('should still answer an expensive procedure called on its own', async () => {
    const answer = await call('reader.stats')
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toMatchObject({ result: { data: { leaders: [] } } })
  })
})
