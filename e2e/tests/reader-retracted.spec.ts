import { expect, test, type Page } from '@playwright/test'
import { WEB_URL } from '../playwright.config'
import { approvedTrip } from './api'

type TTripWithEditors = Awaited<ReturnType<typeof approvedTrip>>

/** Taken offline through review: the editor asks with a reason, a reviewer retracts. */
async function retract(trip: TTripWithEditors, path: string, reason: string) {
  await trip.editor.post(`${path}/workflow/request_retraction`, { comment: reason })
  await trip.reviewer.post(`${path}/workflow/retract`)
}

/**
 * Reloads until the page answers `status`: the reader's cached answer goes once the CMS's
 * revalidation call is in. Up to a minute, a deadline that only stops a hang.
 */
const untilStatus = (page: Page, url: string, status: number) =>
  expect(async () => {
    const response = await page.goto(url)
    expect(response?.status()).toBe(status)
  }).toPass({ timeout: 60_000 })

const RETRACTED_ON = /retracted on \d{1,2} [A-Z][a-z]+ \d{4}/

test.describe('[READER]: retracted records are gone, trips citing them withheld', () => {
  test('should answer a retracted trip’s URL 410 Gone with what it was, the reason and the date', async ({
    page,
    request,
  }) => {
    const trip = await approvedTrip(request)
    const url = `${WEB_URL}/trips/${trip.slug}`
    // Seen first, so the reader holds the approved trip in its cache.
    expect((await page.goto(url))?.status()).toBe(200)
    await expect(page.getByText('every fact above was checked against its sources by a second person')).toBeVisible()

    const reason = 'The visit is a confusion with the 1956 journey.'
    await retract(trip, `/trips/${trip.id}`, reason)
    await untilStatus(page, url, 410)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trip.title)
    await expect(page.getByRole('main')).toContainText(RETRACTED_ON)
    await expect(page.getByRole('main')).toContainText(reason)

    // An address that never named a record stays a plain 404.
    expect((await page.goto(`${WEB_URL}/trips/${trip.slug}-never-was`))?.status()).toBe(404)
  })

  test('should withhold a trip whose source is retracted, and leave it out of the open data', async ({
    page,
    request,
  }) => {
    const trip = await approvedTrip(request)
    const { citations } = await trip.editor.get<{ citations: { source: number }[] }>(`/trips/${trip.id}?depth=0`)
    const source = citations[0]!.source
    const url = `${WEB_URL}/trips/${trip.slug}`
    expect((await page.goto(url))?.status()).toBe(200)

    await retract(trip, `/sources/${source}`, 'The record was misattributed.')
    await untilStatus(page, url, 403)
    const main = page.getByRole('main')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trip.title)
    await expect(main).toContainText('This trip is withheld while it is re-reviewed: a source it cited was')
    await expect(main).toContainText(RETRACTED_ON)
    // None of the trip's facts, footnotes or promise is shown.
    await expect(page.locator('sup.fn, .references, .stops')).toHaveCount(0)
    await expect(page.getByText('every fact above was checked')).toHaveCount(0)

    // The source's own pages are gone; the open data no longer carries the trip.
    expect((await page.goto(`${WEB_URL}/sources/${source}`))?.status()).toBe(410)
    const openData = await request.get(`${WEB_URL}/data/trips.json`)
    expect(openData.ok()).toBe(true)
    const { trips } = (await openData.json()) as { trips: { slug: string }[] }
    expect(trips.length).toBeGreaterThan(0)
    expect(trips.map((exported) => exported.slug)).not.toContain(trip.slug)
  })
})
