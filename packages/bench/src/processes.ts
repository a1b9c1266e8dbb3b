import { readFileSync, readdirSync, readlinkSync } from 'node:fs'

/** Resident memory (MB) of the Next.js servers running from an app directory, read from /proc. */
export function rssOfApp(appDir: string): number {
  let kb = 0
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== appDir) continue
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (!/next/.test(cmdline)) continue
      kb += Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 1024)
}

/** Samples a value while work runs and returns the peak. */
export async function peakDuring<T>(
  sample: () => number,
  work: () => Promise<T>,
): Promise<{ result: T; peak: number }> {
  let peak = sample()
  const timer = setInterval(() => (peak = Math.max(peak, sample())), 200)
  try {
    return { result: await work(), peak }
  } finally {
    clearInterval(timer)
  }
}
