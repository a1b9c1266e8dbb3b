import { commitTransaction, createLocalReq, initTransaction, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { LINK_CHECKS, SOURCES } from '../../slugs'
import { setupIntegration } from '../../test/integration'
import { startLocalServer } from '../../test/localServer'
import { draftSource } from '../../test/workflow'

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
/** Jobs of the source on the link checks queue not finished yet (a finished job is deleted). */
const queued = async (source: number, req?: PayloadRequest) =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: LINK_CHECK_QUEUE }, 'input.source': { equals: source } },
      req,
    })
  ).totalDocs
/** The health of each check of the source once the runner has run all its jobs. */
const checkedOnce = async (source: number) => {
  await expect.poll(() => queued(source), { timeout: 30_000 }).toBe(0)
  return (await checksOf(source)).map((check) => check.health)
}

/**
 * Saves an edit in a transaction and counts the jobs it queued before committing: the runner
 * sees a job only once its save commits, so the count is not raced by the job being run.
 */
async function saveCounting(source: number, data: Record<string, unknown>) {
  const req = await createLocalReq({ user: integration.actors.editor.user ?? undefined }, payload)
  await initTransaction(req)
  await payload.update({ collection: SOURCES, id: source, data, draft: true, overrideAccess: false, req })
  const jobs = await queued(source, req)
  await commitTransaction(req)
  return jobs
}

describe('link check jobs', () => {
  it('should queue a check of a new or changed address on its own queue, which the runner runs once', async () => {
    const source = await draftSource(integration, 'editor', { kind: 'web_page', url: `${site.origin}/live` })
    expect(await checkedOnce(source.id)).toEqual(['live'])

    // An edit that leaves the addresses alone queues none; a new address is checked again.
    expect(await saveCounting(source.id, { title: 'Renamed' })).toBe(0)
    expect(await saveCounting(source.id, { url: `${site.origin}/moved` })).toBe(1)
    expect(await checkedOnce(source.id)).toEqual(['live', 'failing'])
  })

  it('should sweep the sources not checked within the interval, and only those', async () => {
    const checked = await draftSource(integration, 'editor', { kind: 'web_page', url: `${site.origin}/live` })
    const offline = await draftSource(integration, 'editor', { kind: 'book', title: 'No address' })
    expect(await checkedOnce(checked.id)).toEqual(['live'])
    // Checked a moment ago: not due within a day, due within no time at all.
    expect(await sweepSourceLinks(payload, linkCheckSettings(env), 24)).toMatchObject({ sources: 0, checks: 0 })
    const result = await sweepSourceLinks(payload, linkCheckSettings(env), 0)
    expect(result.sources).toBeGreaterThanOrEqual(1)
    expect((await checksOf(checked.id)).length).toBe(2)
    expect(await checksOf(offline.id)).toEqual([])
  })

  it('should delete a source together with its check history', async () => {
    const source = await draftSource(integration, 'editor', { kind: 'web_page', url: `${site.origin}/live` })
    expect(await checkedOnce(source.id)).toEqual(['live'])
    await payload.delete({ collection: SOURCES, id: source.id, overrideAccess: true })
    expect(await checksOf(source.id)).toEqual([])
  })

  it('should schedule the sweep on the link checks queue, so it never holds up another', () => {
    const sweep = payload.config.jobs.tasks?.find((task) => task.slug === SWEEP_TASK)
    expect(sweep?.schedule).toEqual([{ cron: '0 * * * *', queue: LINK_CHECK_QUEUE }])
  })
})
