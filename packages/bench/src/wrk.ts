import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

/** Debian's `wrk` (apt-get install wrk): a C load generator, which autocannon (one Node thread) saturates before nginx does. */
export const WRK = '/usr/bin/wrk'

export interface TWrkResult {
  label: string
  url: string
  connections: number
  requestsPerSecond: number
  p50: number
  p99: number
  /** Socket errors and non-2xx/3xx answers together. */
  errors: number
}

const run = promisify(execFile)

/** A wrk latency figure ("812.00us", "1.23ms", "2.01s") in milliseconds. */
export function wrkMilliseconds(figure: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(figure.trim())
  if (!match) return NaN
  const value = Number(match[1])
  return Math.round((match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value) * 10) / 10
}

/** The figures of wrk's `--latency` output. */
export function parseWrk(output: string): Omit<TWrkResult, 'label' | 'url' | 'connections'> {
  const requestsPerSecond = Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN))
  const latency = (percent: number) =>
    wrkMilliseconds(new RegExp(`^\\s+${percent}%\\s+(\\S+)`, 'm').exec(output)?.[1] ?? '')
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0)
  const socketErrors = socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0
  return { requestsPerSecond, p50: latency(50), p99: latency(99), errors: socketErrors + non2xx }
}

/** One bounded wrk run (two threads, `seconds`), or null when wrk is not installed. */
export async function wrkLoad(
  label: string,
  url: string,
  connections: number,
  seconds: number,
): Promise<TWrkResult | null> {
  if (!existsSync(WRK)) return null
  const { stdout } = await run(WRK, ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', url], {
    timeout: (seconds + 30) * 1000,
  })
  return { label, url, connections, ...parseWrk(stdout) }
}

/**
 * The summary's rows from wrk: the trip page's edge and origin as ratios of wrk's own static
 * limit, and which generator reached the higher limit (the one that bounds it less).
 */
export function wrkRows(results: TWrkResult[], autocannonLimit?: number): string[][] {
  const of = (label: string) => results.find((result) => result.label === label)
  const limit = of('trip limit (nginx static)')
  if (!limit) return []
  const ratio = (label: string) => {
    const result = of(label)
    return result
      ? `${result.requestsPerSecond} req/s = ${(result.requestsPerSecond / limit.requestsPerSecond).toFixed(2)}×`
      : 'not run'
  }
  const bound =
    autocannonLimit === undefined
      ? ''
      : `; autocannon's limit ${autocannonLimit} req/s is ${(autocannonLimit / limit.requestsPerSecond).toFixed(2)}× wrk's`
  return [
    [`static limit (wrk, ${limit.connections} conn)`, `${limit.requestsPerSecond} req/s${bound}`, ''],
    [`trip page, edge / wrk limit`, ratio('trip edge'), '≥ 0.9×'],
    [`trip page, origin / wrk limit`, ratio('trip origin'), '≥ 0.3×'],
  ]
}
