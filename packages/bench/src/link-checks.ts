import { spawn } from 'node:child_process'
import path from 'node:path'
import { CMS_DIR, WORKSPACE_ROOT } from '@itinera/db/paths'

/** What the link checker's own bench prints (apps/cms/src/sources/linkChecks/bench.ts). */
export interface TLinkCheckBench {
  urls: number
  hosts: number
  live: number
  seconds: number
  urlsPerSecond: number
  maxConcurrency: number
  peakRssMb: number
  limits: { concurrency: number; perHost: number; hostDelayMs: number }
}

/**
 * The link checker against 10,000 addresses on 200 local hosts, with the production limits, in a
 * process of its own (the checker is the CMS's code; no package imports an app). Its JSON line.
 */
export async function benchLinkChecks(): Promise<TLinkCheckBench> {
  const child = spawn(path.join(WORKSPACE_ROOT, 'node_modules/.bin/tsx'), ['src/sources/linkChecks/bench.ts'], {
    cwd: CMS_DIR,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const line = output.trim().split('\n').at(-1)
  if (code !== 0 || !line) throw new Error(`the link check bench exited ${code} with: ${output.slice(-500)}`)
  return JSON.parse(line) as TLinkCheckBench
}
