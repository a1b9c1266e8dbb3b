import { setTimeout as sleep } from 'node:timers/promises'

class Semaphore {
  private active = 0
  private readonly waiting: (() => void)[] = []
  constructor(private readonly size: number) {}
  async acquire() {
    if (this.active < this.size) {
      this.active++
      return
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }
  release() {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }
  get idle() {
    return this.active === 0 && this.waiting.length === 0
  }
}

export interface THostPoolLimits {
  /** Requests at once over all hosts. */
  concurrency: number
  /** Requests at once to one host. */
  perHost: number
  /** The least time between the starts of two requests to one host. */
  hostDelayMs: number
}

/**
 * Runs fetches politely: at most `perHost` at once to a host, their starts spaced by
 * `hostDelayMs`, and at most `concurrency` in all. A task waits for its host before it takes a
 * global slot, so a slow or busy host never holds up the others.
 */
export class HostPool {
  private readonly all: Semaphore
  private readonly hosts = new Map<string, { slots: Semaphore; nextStart: number }>()
  private running = 0
  /** The most tasks that ran at once (the bench reports it). */
  maxRunning = 0

  constructor(private readonly limits: THostPoolLimits) {
    this.all = new Semaphore(limits.concurrency)
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let state = this.hosts.get(host)
    if (!state) {
      state = { slots: new Semaphore(this.limits.perHost), nextStart: 0 }
      this.hosts.set(host, state)
    }
    await state.slots.acquire()
    try {
      // Reserve this start before waiting, so the host's next task is spaced after it.
      const now = Date.now()
      const start = Math.max(now, state.nextStart)
      state.nextStart = start + this.limits.hostDelayMs
      if (start > now) await sleep(start - now)
      await this.all.acquire()
      this.running++
      this.maxRunning = Math.max(this.maxRunning, this.running)
      try {
        return await task()
      } finally {
        this.running--
        this.all.release()
      }
    } finally {
      state.slots.release()
      if (state.slots.idle && state.nextStart <= Date.now()) this.hosts.delete(host)
    }
  }
}
