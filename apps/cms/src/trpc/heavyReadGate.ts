import pLimit from 'p-limit'

/** A request refused because too many heavy reads are already running and waiting. */
export class HeavyReadsBusy extends Error {}

/**
 * A bulkhead for the reader's list reads: at most `atOnce` run together, at most `waiting` wait
 * their turn, and any more are refused at once (HeavyReadsBusy), so a flood of the heaviest
 * requests occupies a bounded share of the machine and single-record reads keep their pace.
 */
export function createHeavyReadGate({ atOnce, waiting }: { atOnce: number; waiting: number }) {
  const limit = pLimit(atOnce)
  return {
    run<T>(read: () => Promise<T>): Promise<T> {
      if (limit.activeCount >= atOnce && limit.pendingCount >= waiting)
        return Promise.reject(new HeavyReadsBusy(`${limit.activeCount + limit.pendingCount} heavy reads in progress`))
      return limit(read)
    },
  }
}
