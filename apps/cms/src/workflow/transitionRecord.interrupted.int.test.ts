/**
 * An approval whose database connection dies half-way leaves the trip wholly as it was: still
 * in review, unpublished, no approval event. A second connection holds a lock on review_events,
 * so the approval, having already published the trip inside its transaction, waits to append
 * its event; that waiting backend is then terminated (pg_terminate_backend), as a crash or a
 * failover would end it.
 */
import { describe, expect, it } from 'vitest'
import type { Trip } from '../payload-types'
import { REVIEW_EVENTS, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData } from '../test/referenceData'
import { approvedSource, createDraft, step } from '../test/workflow'

const integration = await setupIntegration('interrupted_approval', { referenceData: true })
const { payload, ref } = integration

/** A trip in review whose every fact is cited to an approved source: ready to approve. */
async function tripInReview(): Promise<Trip> {
  const source = await approvedSource(integration)
  const trip = await createDraft(integration, TRIPS, citedTripData(ref, source), 'editor')
  await step(integration, TRIPS, trip.id, 'submit', 'editor')
  return trip
}

/** Everything an approval changes: the draft's state, what readers see, the versions, the log. */
async function stateOf(id: number) {
  const draft = await payload.findByID({ collection: TRIPS, id, draft: true, depth: 0, overrideAccess: true })
  const published = await payload.find({
    collection: TRIPS,
    where: { id: { equals: id } },
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  const versions = await payload.findVersions({
    collection: TRIPS,
    where: { parent: { equals: id } },
    depth: 0,
    limit: 0,
    overrideAccess: true,
  })
  const events = await payload.find({
    collection: REVIEW_EVENTS,
    where: { collection: { equals: TRIPS }, documentId: { equals: id } },
    sort: 'createdAt',
    overrideAccess: true,
  })
  return {
    draft: {
      reviewState: draft.reviewState,
      status: draft._status,
      approvedAt: draft.approvedAt,
      editedBy: draft.editedBy,
      updatedAt: draft.updatedAt,
    },
    publicTitle: published.docs[0]?.title ?? null,
    versions: versions.docs.map((version) => [version.id, version.version._status, version.version.reviewState]),
    events: events.docs.map((event) => [event.action, event.toState]),
  }
}

type TClient = {
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: T[] }>
  release(): void
}

/** The backend that waits on a lock `blocker` holds, once it does. */
async function backendBlockedBy(blocker: TClient): Promise<number> {
  const [{ pid: blockerPid }] = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [
    { pid: number },
  ]
  // Bounded by attempts, not by a clock: the test's own timeout stops a hang first.
  for (let attempt = 0; attempt < 15_000; attempt += 1) {
    // Inside its transaction `blocker` would keep reading its first snapshot of pg_stat_activity.
    await blocker.query('SELECT pg_stat_clear_snapshot()')
    const { rows } = await blocker.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
      [blockerPid],
    )
    if (rows[0]) return rows[0].pid
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('The approval never reached the locked table.')
}

describe('an approval interrupted by a lost connection', () => {
  it('should leave the trip wholly in review, then approve it wholly when retried', async () => {
    const trip = await tripInReview()
    const before = await stateOf(trip.id)
    expect(before).toMatchObject({
      draft: { reviewState: 'in_review', status: 'draft' },
      publicTitle: null,
      events: [['submit', 'in_review']],
    })

    const blocker = (await (payload.db.pool as unknown as { connect(): Promise<TClient> }).connect()) as TClient
    let outcome: unknown
    try {
      await blocker.query('BEGIN')
      // Reads go on; the approval's insert of its review event waits.
      await blocker.query('LOCK TABLE review_events IN SHARE MODE')
      const approval = step(integration, TRIPS, trip.id, 'approve', 'reviewer', {
        version: before.draft.updatedAt,
      }).then(
        () => 'committed',
        (error: unknown) => error,
      )
      const approving = await backendBlockedBy(blocker)
      // Caught in the middle: it has written the published trip and its version, and waits to append the event.
      const { rows: writes } = await blocker.query<{ relation: string; granted: boolean }>(
        "SELECT relation::regclass::text AS relation, granted FROM pg_locks WHERE pid = $1 AND locktype = 'relation' AND mode = 'RowExclusiveLock'",
        [approving],
      )
      expect(writes).toEqual(
        expect.arrayContaining([
          { relation: 'trips', granted: true },
          { relation: '_trips_v', granted: true },
          { relation: 'review_events', granted: false },
        ]),
      )

      await blocker.query('SELECT pg_terminate_backend($1)', [approving])
      outcome = await approval
    } finally {
      await blocker.query('ROLLBACK')
      blocker.release()
    }

    // The event's insert, cut off by the termination (57P01), not refused for some other reason.
    expect(outcome).toMatchObject({
      message: expect.stringContaining('insert into "review_events"'),
      cause: { code: '57P01' },
    })
    expect(await stateOf(trip.id)).toEqual(before)

    await step(integration, TRIPS, trip.id, 'approve', 'reviewer', { version: before.draft.updatedAt })
    const after = await stateOf(trip.id)
    expect(after).toMatchObject({
      // Approval keeps who wrote the version: they may not retract it either.
      draft: { reviewState: 'approved', status: 'published', editedBy: before.draft.editedBy },
      publicTitle: trip.title,
      events: [
        ['submit', 'in_review'],
        ['approve', 'approved'],
      ],
    })
    expect(after.versions).toHaveLength(before.versions.length + 1)
  })
})
