import { describe, expect, it } from 'vitest'
import { setupIntegration } from '../test/integration'
import { withServerTiming } from './serverTiming'

const system = await setupIntegration('server-timing', { actors: false })

const timingOf = (response: Response) => response.headers.get('Server-Timing')
const queriesIn = (header: string | null) => Number(header?.match(/desc="(\d+) queries"/)?.[1])

describe('withServerTiming', () => {
  it('counts the queries of its own request only, transactions included', async () => {
    const { payload } = system
    const response = await withServerTiming(payload, true, async () => {
      await payload.find({ collection: 'leaders', limit: 1 })
      await payload.db.drizzle.transaction(async (tx) => {
        await tx.execute('SELECT 1')
        await tx.execute('SELECT 2')
      })
      return new Response('ok')
    })
    const header = timingOf(response)
    expect(header).toMatch(/^db;dur=\d+\.\d;desc="\d+ queries", total;dur=\d+\.\d$/)
    // The transaction adds BEGIN, its two statements and COMMIT.
    const withTransaction = queriesIn(header)
    const plain = queriesIn(
      timingOf(
        await withServerTiming(payload, true, async () => {
          await payload.find({ collection: 'leaders', limit: 1 })
          return new Response('ok')
        }),
      ),
    )
    expect(plain).toBeGreaterThan(0)
    expect(withTransaction - plain).toBe(4)
    // Queries outside any timed request are not counted in the next one.
    await payload.find({ collection: 'leaders' })
    expect(queriesIn(timingOf(await withServerTiming(payload, true, async () => new Response('none'))))).toBe(0)
  })

  it('adds nothing when switched off', async () => {
    const response = await withServerTiming(system.payload, false, async () => new Response('ok'))
    expect(timingOf(response)).toBeNull()
  })
})
