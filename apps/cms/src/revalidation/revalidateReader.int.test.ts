import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tagsForRead } from '@itinera/contracts/cache-tags'
import { verifyRevalidation } from '@itinera/contracts/revalidation'
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'
import { rawSql } from '../rawSql'
import { LEADERS, PEOPLE, PLACES, POLITIES, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { approvedSource, createDraft, saveDraft, step, submitAndApprove } from '../test/workflow'
import { approveSeedRecord } from '../workflow/approveSeedRecord'

const SECRET = 'revalidation-test-secret-'.padEnd(40, 'x')

/** The reader's /api/revalidate, stood in for by a real HTTP server: the tags of every signed call, in arrival order. */
const calls: string[][] = []
const waiters: { arrived: () => boolean; resolve: () => void }[] = []

/** Waits for a call naming `tag` among those after the first `since`; resolves with those calls. */
const callNaming = (tag: string, since: number) =>
  new Promise<string[][]>((resolve) => {
    const waiter = {
      arrived: () => calls.slice(since).some((tags) => tags.includes(tag)),
      resolve: () => resolve(calls.slice(since)),
    }
    if (waiter.arrived()) return waiter.resolve()
    waiters.push(waiter)
  })

const reader = createServer((request, response) => {
  let body = ''
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
  request.on('end', () => {
    const verdict = verifyRevalidation(SECRET, body, { get: (name) => request.headers[name]?.toString() ?? null })
    if (!verdict.ok || request.url !== '/api/revalidate') return response.writeHead(401).end()
    const { tags } = JSON.parse(body) as { tags: string[] }
    calls.push(tags)
    for (const waiter of waiters.filter((candidate) => candidate.arrived())) {
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve()
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ revalidated: tags }))
  })
})
await new Promise<void>((resolve) => reader.listen(0, '127.0.0.1', resolve))
afterAll(() => new Promise((resolve) => reader.close(resolve)))
// Read by the config when setupIntegration imports it: the CMS listens and calls this server.
process.env.REVALIDATE_SECRET = SECRET
process.env.REVALIDATE_URL = `http://127.0.0.1:${(reader.address() as AddressInfo).port}/api/revalidate`
const integration = await setupIntegration('revalidation', { referenceData: true })
const { payload, actors, ref } = integration

/** The tag a page is read under first: the record it is about. */
const pageTag = (procedure: string, input: unknown) => tagsForRead(procedure, input)[0]!

/** An approved polity, new: its approval announces its page. */
const approvedPolity = async (name: string, slug: string) => {
  const polity = await createDraft(integration, POLITIES, { name, slug }, 'editor')
  await submitAndApprove(integration, POLITIES, polity.id)
  return polity
}

/** The leader renamed and the rename approved by the system, in the transaction of `req`. */
const approveRenameIn = async (req: PayloadRequest, id: number, name: string) => {
  await payload.update({ collection: LEADERS, id, data: { name }, draft: true, req, overrideAccess: true })
  await approveSeedRecord(payload, { collection: LEADERS, id, comment: 'Renamed in a test transaction.', req })
}

describe('reader revalidation after commit', () => {
  it('should send nothing for an approval whose transaction fails after it, and the tags of one that commits', async () => {
    const leader = await createDraft(integration, LEADERS, { name: 'Kim Jong Il', slug: 'kim-jong-il' }, 'editor')
    const own = pageTag('reader.leader', { slug: leader.slug })
    const sentBeforeApproval = calls.length
    await submitAndApprove(integration, LEADERS, leader.id)
    await callNaming(own, sentBeforeApproval)
    const sentBefore = calls.length

    const failing = await createLocalReq({ user: actors.editor.user! }, payload)
    await initTransaction(failing)
    await approveRenameIn(failing, leader.id, 'Rolled back')
    // A later write of the same transaction is refused, and the whole transaction with it.
    await expect(
      payload.create({
        collection: LEADERS,
        data: { name: 'Bad', slug: 'Not a slug!' },
        draft: true,
        req: failing,
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    await killTransaction(failing)
    expect((await payload.findByID({ collection: LEADERS, id: leader.id, overrideAccess: true })).name).toBe(
      'Kim Jong Il',
    )

    // Notifications arrive in commit order: once a later commit's call is in, an earlier one would be too.
    const marker = await approvedPolity('Marker', 'marker-after-rollback')
    const received = await callNaming(pageTag('reader.polity', { slug: marker.slug }), sentBefore)
    expect(received.filter((tags) => tags.includes(own))).toEqual([])

    const committing = await createLocalReq({ user: actors.editor.user! }, payload)
    await initTransaction(committing)
    await approveRenameIn(committing, leader.id, 'Kim Jong-il')
    await commitTransaction(committing)
    const afterCommit = await callNaming(own, sentBefore)
    expect(afterCommit.filter((tags) => tags.includes(own))).toHaveLength(1)
  })

  it('should name every page of an approved trip when it, its leader, countries, places or people change, and nothing for drafts', async () => {
    const other = await approvedPolity('Mongolian People\u2019s Republic', 'mongolia')
    const source = await approvedSource(integration)
    const stops = [moscowStop(ref, { alternativePolities: [{ id: 'alternative-mongolia', polity: other.id }] })]
    const trip = await createDraft(integration, TRIPS, citedTripData(ref, source, { stops }), 'editor')
    await step(integration, TRIPS, trip.id, 'submit', 'editor')
    const sentBeforeApproval = calls.length
    await step(integration, TRIPS, trip.id, 'approve', 'reviewer')

    const tripPage = pageTag('reader.trip', { slug: trip.slug })
    const pagesShowingTrip = [
      tripPage,
      pageTag('reader.leader', { slug: ref.leader.slug }),
      pageTag('reader.polity', { slug: ref.polity.slug }),
      pageTag('reader.polity', { slug: other.slug }),
      pageTag('reader.source', { id: source.id }),
    ]
    const approval = (await callNaming(tripPage, sentBeforeApproval)).flat()
    expect(approval).toEqual(expect.arrayContaining([...pagesShowingTrip, 'lists']))

    // An edit of the approved trip is a draft until approved: readers see nothing new.
    const sentBeforeDraft = calls.length
    await saveDraft(integration, TRIPS, trip.id, { title: 'Edited in draft' }, 'editor')
    await step(integration, TRIPS, trip.id, 'submit', 'editor')

    // A change of each reference record the trip's page names refreshes that page once approved,
    // not when saved as a draft or submitted.
    const renames = [
      { collection: LEADERS, id: ref.leader.id, own: pageTag('reader.leader', { slug: ref.leader.slug }) },
      { collection: POLITIES, id: other.id, own: pageTag('reader.polity', { slug: other.slug }) },
      { collection: PLACES, id: ref.place.id, own: null },
      { collection: PEOPLE, id: ref.person.id, own: null },
    ] as const
    for (const { collection, id, own } of renames) {
      await saveDraft(integration, collection, id, { name: `Renamed ${collection}` }, 'editor')
      await step(integration, collection, id, 'submit', 'editor')
      const sentBefore = calls.length
      await step(integration, collection, id, 'approve', 'reviewer')
      // Every change sends the lists: its call is in once that tag is.
      const sent = (await callNaming('lists', sentBefore)).flat()
      expect(sent, collection).toEqual(expect.arrayContaining(own ? [tripPage, own] : [tripPage]))
    }
    expect(
      calls.slice(sentBeforeDraft),
      'one call per approved rename; none for the drafts or their submission',
    ).toHaveLength(renames.length)

    // Taken offline: approved again, then retracted; every page that showed it refreshes.
    await step(integration, TRIPS, trip.id, 'approve', 'reviewer')
    await step(integration, TRIPS, trip.id, 'request_retraction', 'editor', { comment: 'Shown to be a forgery.' })
    const sentBeforeRetraction = calls.length
    await step(integration, TRIPS, trip.id, 'retract', 'reviewer')
    const retraction = (await callNaming(tripPage, sentBeforeRetraction)).flat()
    expect(retraction).toEqual(expect.arrayContaining([...pagesShowingTrip, 'lists']))
  })

  it('should name the leader and countries a trip leaves when it is approved again elsewhere', async () => {
    const before = await approvedPolity('Polish People\u2019s Republic', 'poland-before-move')
    const after = await approvedPolity('Czechoslovak Socialist Republic', 'czechoslovakia-after-move')
    const source = await approvedSource(integration)
    const trip = await createDraft(
      integration,
      TRIPS,
      citedTripData(ref, source, {
        slug: 'moved-trip',
        stops: [moscowStop(ref, { id: 'stop-moved', polity: before.id })],
      }),
      'editor',
    )
    await submitAndApprove(integration, TRIPS, trip.id)
    const approved = await payload.findByID({ collection: TRIPS, id: trip.id, depth: 0, overrideAccess: true })
    const stops = approved.stops!.map((stop) => ({ ...stop, polity: after.id }))
    await saveDraft(integration, TRIPS, trip.id, { stops }, 'editor')
    await step(integration, TRIPS, trip.id, 'submit', 'editor')
    const sentBefore = calls.length
    await step(integration, TRIPS, trip.id, 'approve', 'reviewer')
    const moved = (await callNaming(pageTag('reader.trip', { slug: trip.slug }), sentBefore)).flat()
    expect(moved).toEqual(
      expect.arrayContaining([
        pageTag('reader.polity', { slug: before.slug }),
        pageTag('reader.polity', { slug: after.slug }),
      ]),
    )
  })

  it('should wake its queue runner again after losing its listening connection, and send what commits then', async () => {
    const listeners = async () =>
      (
        await rawSql<{ pid: number }>(
          payload,
          sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`,
        )
      ).map((row) => row.pid)
    const before = await listeners()
    expect(before).toHaveLength(1)
    await rawSql(payload, sql`SELECT pg_terminate_backend(${before[0]})`)
    await expect
      .poll(async () => (await listeners()).filter((pid) => pid !== before[0]), { timeout: 60_000 })
      .toHaveLength(1)

    const sentBefore = calls.length
    const polity = await approvedPolity('After the reconnection', 'after-reconnection')
    await callNaming(pageTag('reader.polity', { slug: polity.slug }), sentBefore)
  })
})
