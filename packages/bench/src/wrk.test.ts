import { describe, expect, it } from 'vitest'
import { parseWrk, wrkMilliseconds, wrkRows } from './wrk'

// wrk 4.1.0's --latency output, as Debian's build prints it.
const OUTPUT = `Running 2s test @ http://127.0.0.1:3998/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     6.95ms    4.12ms  28.70ms   74.75%
    Req/Sec   436.02    154.38     0.90k    75.00%
  Latency Distribution
     50%  812.00us
     75%    8.77ms
     90%   12.23ms
     99%    1.21s
  1740 requests in 2.01s, 657.78KB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:    865.23
Transfer/sec:    327.09KB
`

describe('wrk output', () => {
  it('should read requests per second, p50 and p99 in milliseconds, and every error', () => {
    expect(parseWrk(OUTPUT)).toEqual({ requestsPerSecond: 865, p50: 0.8, p99: 1210, errors: 9 })
  })

  it('should read a latency in any of its units, and nothing else as one', () => {
    expect([wrkMilliseconds('812.00us'), wrkMilliseconds('6.22ms'), wrkMilliseconds('2.5s')]).toEqual([0.8, 6.2, 2500])
    expect(wrkMilliseconds('fast')).toBeNaN()
  })
})

describe('the summary rows from wrk', () => {
  const result = (label: string, requestsPerSecond: number) => ({
    label,
    url: 'http://127.0.0.1/',
    connections: 32,
    requestsPerSecond,
    p50: 1,
    p99: 2,
    errors: 0,
  })

  it("should give the trip page's figures as ratios of wrk's own limit, and compare autocannon's limit with it", () => {
    const rows = wrkRows(
      [result('trip limit (nginx static)', 10_000), result('trip edge', 9_500), result('trip origin', 2_000)],
      4_000,
    )
    expect(rows).toEqual([
      ['static limit (wrk, 32 conn)', "10000 req/s; autocannon's limit 4000 req/s is 0.40× wrk's", ''],
      ['trip page, edge / wrk limit', '9500 req/s = 0.95×', '≥ 0.9×'],
      ['trip page, origin / wrk limit', '2000 req/s = 0.20×', '≥ 0.3×'],
    ])
  })

  it('should give no rows without a limit measured by wrk', () => {
    expect(wrkRows([result('trip edge', 9_500)])).toEqual([])
  })
})
