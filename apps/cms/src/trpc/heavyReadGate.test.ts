import { describe, expect, it } from 'vitest'
import { createHeavyReadGate, HeavyReadsBusy } from './heavyReadGate'

/** A read that finishes when the test says so. */
function heldRead() {
  let finish!: () => void
  let started = false
  const done = new Promise<void>((resolve) => (finish = resolve))
  return {
    read: () => {
      started = true
      return done
    },
    finish: () => finish(),
    started: () => started,
  }
}

describe('createHeavyReadGate', () => {
  it('should run reads one at a time, queue the next and refuse past the waiting room', async () => {
    const gate = createHeavyReadGate({ atOnce: 1, waiting: 1 })
    const first = heldRead()
    const second = heldRead()
    const running = gate.run(first.read)
    const queued = gate.run(second.read)
    await Promise.resolve()
    expect([first.started(), second.started()]).toEqual([true, false])
    await expect(gate.run(() => Promise.resolve('third'))).rejects.toBeInstanceOf(HeavyReadsBusy)

    first.finish()
    await running
    await expect.poll(() => second.started()).toBe(true)
    second.finish()
    await queued
    await expect(gate.run(() => Promise.resolve('after'))).resolves.toBe('after')
  })

  it('should free the slot of a read that fails', async () => {
    const gate = createHeavyReadGate({ atOnce: 1, waiting: 0 })
    await expect(gate.run(() => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone')
    await expect(gate.run(() => Promise.resolve(1))).resolves.toBe(1)
  })
})
