import autocannon from 'autocannon'

export interface TLoadResult {
  label: string
  url: string
  connections: number
  /** Calls answered (calls given up are in `errors`, and count as the timeout in the percentiles). */
  requests: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  errors: number
  non2xx: number
}

/** One request as autocannon sends it: a method, a body and headers besides the URL. */
export interface TRequestShape {
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}

/** How much load: for `seconds`, or `amount` requests (the first bound reached when both are given). */
export interface TLoadBounds extends TRequestShape {
  connections: number
  seconds?: number
  amount?: number
  /** A new path (and query) for every request: pages no cache has seen. */
  nextPath?: () => string
}

/** Seconds after which autocannon gives up on a response. */
const TIMEOUT_SECONDS = 30
const round1 = (value: number) => Math.round(value * 10) / 10
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN

/**
 * One bounded autocannon run that can be stopped early; latencies collected per response
 * (autocannon's own summary has no p95).
 */
export function startLoad(label: string, url: string, bounds: TLoadBounds) {
  const { connections, seconds, amount, nextPath, method = 'GET', body, headers } = bounds
  let stop = () => {}
  const result = new Promise<TLoadResult>((resolve, reject) => {
    const times: number[] = []
    const requests: autocannon.Request[] | undefined = nextPath
      ? [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }]
      : undefined
    // autocannon ignores `duration` when `amount` is set (the time bound is then a timer), and
    // takes an option given as undefined for a wrong value: only the options in use are passed.
    const options: autocannon.Options = {
      url,
      connections,
      method,
      pipelining: 1,
      requests,
      timeout: TIMEOUT_SECONDS,
      ...(amount ? { amount } : { duration: seconds }),
      ...(body === undefined ? {} : { body }),
      ...(headers ? { headers } : {}),
    }
    let timer: NodeJS.Timeout | undefined
    const instance = autocannon(options, (error, summary) => {
      clearTimeout(timer)
      if (error) return reject(error)
      times.sort((a, b) => a - b)
      resolve({
        label,
        url,
        connections,
        requests: times.length,
        requestsPerSecond: Math.round(summary.requests.average),
        p50: round1(percentile(times, 50)),
        p95: round1(percentile(times, 95)),
        p99: round1(percentile(times, 99)),
        errors: summary.errors + summary.timeouts,
        non2xx: summary.non2xx,
      })
    })
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
    )
    stop = () => instance.stop()
    if (amount && seconds) timer = setTimeout(stop, seconds * 1000)
  })
  return { result, stop: () => stop() }
}

/** One autocannon run of `seconds` at `connections`. With `nextPath`, every request asks for a new path. */
export function load(
  label: string,
  url: string,
  connections: number,
  seconds: number,
  nextPath?: () => string,
): Promise<TLoadResult> {
  return startLoad(label, url, { connections, seconds, nextPath }).result
}
