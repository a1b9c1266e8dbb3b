import { describe, expect, it } from 'vitest'
import { LINK_CHECKS, SOURCES } from '../../slugs'
import { setupIntegration } from '../../test/integration'
import { startLocalServer } from '../../test/localServer'
import { draftSource, saveDraft } from '../../test/workflow'

const site = await startLocalServer((request, response) => {
  response.writeHead(request.url === '/live' ? 200 : 404, { 'content-type': 'text/html' }).end('<p>page</p>')
})
// Named in the CMS's configuration before it loads: the tasks read it.
process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS = '127.0.0.1'
process.env.LINK_CHECK_HOST_DELAY_MS = '0'

const integration = await setupIntegration('link-check-tasks')
const { payload } = integration
const { LINK_CHECK_QUEUE, SWEEP_TASK, sweepSourceLinks } = await import('./linkCheckTasks')
const { linkCheckSettings } = await import('./settings')
const { env } = await import('../../env')

const checksOf = async (source: number) =>
  (await payload.find({ collection: LINK_CHECKS, where: { source: { equals: source } }, sort: 'checkedAt', depth: 0 }))
    .docs
const queued = async (source: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: LINK_CHECK_QUEUE }, 'input.source': { equals: source } },
      depth: 0,
    })
  ).totalDocs

describe('link check jobs', () => {
  it('should queue a check of a new or changed address on its own queue, and run it there', async () => {
    const source = await draftSource(integration, 'editor', { kind: 'web_page', url: `${site.origin}/live` })
    expect(await queued(source.id)).toBe(1)
    await payload.jobs.run({ queue: LINK_CHECK_QUEUE })
    await expect.poll(async () => (await checksOf(source.id)).map((check) => check.health)).toEqual(['live'])

    // A finished job is deleted; an edit that leaves the addresses alone queues none.
    await saveDraft(integration, SOURCES, source.id, { title: 'Renamed' }, 'editor')
    expect(await queued(source.id)).toBe(0)
    await saveDraft(integration, SOURCES, source.id, { url: `${site.origin}/moved` }, 'editor')
    expect(await queued(source.id)).toBe(1)
  })

  it('should sweep the sources not checked within the interval, and only those', async () => {
    const unchecked = await draftSource(integration, 'editor', { kind: 'web_page', url: `${site.origin}/live` })
    const offline = await draftSource(integration, 'editor', { kind: 'book', title: 'No address' })
    const result = await sweepSourceLinks(payload, linkCheckSettings(env), 24)
    expect(result.sources).toBeGreaterThanOrEqual(1)
    expect((await checksOf(unchecked.id)).length).toBe(1)
    expect(await checksOf(offline.id)).toEqual([])
    // Checked a moment ago: not due again.
    expect(await sweepSourceLinks(payload, linkCheckSettings(env), 24)).toMatchObject({ sources: 0, checks: 0 })
  })

  it('should delete a source together with its check history', async () => {
    const source = await draftSource(integration, 'editor', { kind: 'web_page', url: `${site.origin}/live` })
    await sweepSourceLinks(payload, linkCheckSettings(env), 24)
    expect((await checksOf(source.id)).length).toBe(1)
    await payload.delete({ collection: SOURCES, id: source.id, overrideAccess: true })
    expect(await checksOf(source.id)).toEqual([])
  })

  it('should schedule the sweep on the link checks queue, so it never holds up another', () => {
    const sweep = payload.config.jobs.tasks?.find((task) => task.slug === SWEEP_TASK)
    expect(sweep?.schedule).toEqual([{ cron: '0 * * * *', queue: LINK_CHECK_QUEUE }])
  })
})
