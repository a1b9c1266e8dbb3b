import path from 'node:path'
import { chromium } from '@playwright/test'
import pg from 'pg'

export interface TAdminEditing {
  trip: { id: number; title: string; stops: number; citations: number }
  /** From asking for the trip's page to its form accepting input, each visit. */
  openMs: number[]
  /** From each key's press to the frame after the form took it. */
  keyMs: { keys: number; p50: number; p95: number; max: number }
  trace: string
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!

/**
 * The trip with the most citations: the largest record an editor opens. Only records made through
 * Payload (with a version history): the bench's bulk copies have none, and five citations a fact.
 */
async function largestTrip(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: number; title: string; citations: string; stops: string }>(
      `SELECT t.id, t.title,
              (SELECT count(*) FROM trips_citations c WHERE c._parent_id = t.id) AS citations,
              (SELECT count(*) FROM trips_stops s WHERE s._parent_id = t.id) AS stops
         FROM trips t WHERE EXISTS (SELECT 1 FROM _trips_v v WHERE v.parent_id = t.id)
        ORDER BY citations DESC, t.id LIMIT 1`,
    )
    const row = rows[0]!
    return { id: row.id, title: row.title, citations: Number(row.citations), stops: Number(row.stops) }
  } finally {
    await client.end()
  }
}

/**
 * The admin on the largest trip, in Chromium as an editor uses it: how long its form takes to
 * accept input, and how long each key typed into it takes to show. A Playwright trace of the
 * visits is written beside the report. Figures, not assertions.
 */
export async function measureAdminEditing({
  cmsUrl,
  databaseUrl,
  login,
  traceDir,
  visits = 3,
  text = 'Received at the station by the head of state.',
}: {
  cmsUrl: string
  databaseUrl: string
  login: { email: string; password: string }
  traceDir: string
  visits?: number
  text?: string
}): Promise<TAdminEditing> {
  const trip = await largestTrip(databaseUrl)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  const trace = path.join(traceDir, 'admin-editing-trace.zip')
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await context.tracing.start({ screenshots: true, snapshots: true })
    const page = await context.newPage()
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('Email').fill(login.email)
    await page.getByLabel('Password').fill(login.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(/\/admin\/?$/)

    const summary = page.locator('#field-summary')
    const openMs: number[] = []
    for (let visit = 0; visit < visits; visit++) {
      const started = Date.now()
      await page.goto(`${cmsUrl}/admin/collections/trips/${trip.id}`, { timeout: 120_000 })
      await summary.and(page.locator(':enabled')).waitFor({ timeout: 120_000 })
      openMs.push(Date.now() - started)
    }

    // Each key's time runs from the key event to a task after the next frame: the work its
    // handlers did and the render they caused, queueing behind earlier keys included.
    await summary.evaluate((field) => {
      const times: number[] = []
      ;(window as unknown as { keyTimes: number[] }).keyTimes = times
      field.addEventListener('keydown', (event) => {
        const pressed = event.timeStamp
        requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - pressed), 0))
      })
    })
    await summary.focus()
    await page.keyboard.press('End')
    await page.keyboard.type(` ${text}`, { delay: 50 })
    await page.waitForFunction(
      (count) => (window as unknown as { keyTimes: number[] }).keyTimes.length >= count,
      text.length + 1,
    )
    const keyTimes = await page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes)
    await context.tracing.stop({ path: trace })
    return {
      trip,
      openMs,
      keyMs: {
        keys: keyTimes.length,
        p50: Math.round(percentile(keyTimes, 50)),
        p95: Math.round(percentile(keyTimes, 95)),
        max: Math.round(Math.max(...keyTimes)),
      },
      trace,
    }
  } finally {
    await browser.close()
  }
}

export const adminEditingRows = (result: TAdminEditing): string[][] => [
  [
    `admin: the largest trip (#${result.trip.id}, ${result.trip.stops} stops, ${result.trip.citations} citations) editable after opening`,
    `${result.openMs.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s (${result.openMs.length} visits)`,
    '≤ 3 s',
  ],
  [
    `admin: a key typed into that trip's form, until shown (${result.keyMs.keys} keys)`,
    `p50 ${result.keyMs.p50} ms, p95 ${result.keyMs.p95} ms, max ${result.keyMs.max} ms`,
    '< 100 ms',
  ],
]
