import autocannon from 'autocannon'

export interface TLoadResult {
  label: string
  url: string
  connections: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  errors: number
  non2xx: number
}

const round1 = (value: number) => Math.round(value * 10) / 10
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN

/**
 * One autocannon run; latencies collected per response (autocannon's own summary has no p95).
 * With `nextPath`, every request asks for a new path (pages no cache has seen).
 */
export function load(
  label: string,
  url: string,
  connections: number,
  seconds: number,
  nextPath?: () => string,
): Promise<TLoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = []
    const requests: autocannon.Request[] | undefined = nextPath
      ? [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }]
      : undefined
    const instance = autocannon(
      { url, connections, duration: seconds, pipelining: 1, requests, timeout: 30 },
      (error, result) => {
        if (error) return reject(error)
        times.sort((a, b) => a - b)
        resolve({
          label,
          url,
          connections,
          requestsPerSecond: Math.round(result.requests.average),
          p50: round1(percentile(times, 50)),
          p95: round1(percentile(times, 95)),
          p99: round1(percentile(times, 99)),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        })
      },
    )
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
    )
  })
}
