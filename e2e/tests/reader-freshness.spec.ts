import { expect, test } from '@playwright/test'
import { WEB_URL } from '../playwright.config'
import { approvedTrip } from './api'
import { untilShown } from './helpers'

test.describe('[READER]: fresh within seconds of an approval', () => {
  test('should show a re-approved trip’s new version without a rebuild', async ({ page, request }) => {
    const trip = await approvedTrip(request)
    // The first visit fills the reader's cache with the approved version.
    await page.goto(`${WEB_URL}/trips/${trip.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trip.title)

    const renamed = `${trip.title} (corrected)`
    await trip.editor.patch(`/trips/${trip.id}?draft=true`, { title: renamed })
    // An edit under review changes nothing for readers.
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trip.title)

    await trip.editor.post(`/trips/${trip.id}/workflow/submit`)
    const approvedAt = Date.now()
    await trip.reviewer.post(`/trips/${trip.id}/workflow/approve`)
    await untilShown(page, page.getByRole('heading', { level: 1, name: renamed, exact: true }))
    test.info().annotations.push({ type: 'approval → live', description: `${Date.now() - approvedAt} ms` })
  })

  test('should show a renamed leader on the page of their approved trip', async ({ page, request }) => {
    const trip = await approvedTrip(request)
    const unique = trip.slug.replace(/^visit-/, '')
    const leader = await trip.editor.post<{ doc: { id: number; name: string } }>('/leaders?draft=true', {
      name: `Leader ${unique}`,
      slug: `leader-${unique}`,
    })
    await trip.editor.post(`/leaders/${leader.doc.id}/workflow/submit`)
    await trip.reviewer.post(`/leaders/${leader.doc.id}/workflow/approve`)
    await trip.editor.patch(`/trips/${trip.id}?draft=true`, { leader: leader.doc.id })
    await trip.editor.post(`/trips/${trip.id}/workflow/submit`)
    await trip.reviewer.post(`/trips/${trip.id}/workflow/approve`)
    const leaderLink = (name: string) => page.getByRole('main').getByRole('link', { name, exact: true })
    // Its page was rendered at its first approval and is kept: the new leader shows once this approval's revalidation is in.
    await page.goto(`${WEB_URL}/trips/${trip.slug}`)
    await untilShown(page, leaderLink(leader.doc.name))

    const renamed = `Renamed ${unique}`
    // A reference edit is reviewed like a trip's: public once approved.
    await trip.editor.patch(`/leaders/${leader.doc.id}?draft=true`, { name: renamed })
    await trip.editor.post(`/leaders/${leader.doc.id}/workflow/submit`)
    const approvedAt = Date.now()
    await trip.reviewer.post(`/leaders/${leader.doc.id}/workflow/approve`)
    await untilShown(page, leaderLink(renamed))
    test.info().annotations.push({ type: 'reference approval → live', description: `${Date.now() - approvedAt} ms` })
  })

  test('should refuse a revalidation call without a valid signature', async ({ request }) => {
    const unsigned = await request.post(`${WEB_URL}/api/revalidate`, { data: { tags: ['lists'] } })
    expect(unsigned.status()).toBe(401)
    const forged = await request.post(`${WEB_URL}/api/revalidate`, {
      data: { tags: ['lists'] },
      headers: {
        'x-itinera-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-itinera-signature': `sha256=${'0'.repeat(64)}`,
      },
    })
    expect(forged.status()).toBe(401)
    expect(await forged.json()).toEqual({ error: 'Refused: bad signature.' })
  })
})
