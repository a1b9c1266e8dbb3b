import type { ParsedMail } from 'mailparser'
import { sql } from '@payloadcms/db-postgres'
import { describe, expect, it, vi } from 'vitest'
import { rawSql } from '../rawSql'
import { COMMENTS, NOTIFICATIONS, TRIPS, USERS } from '../slugs'
import type { TActorName } from '../test/actors'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { rest } from '../test/rest'
import { recipientsOf, startSmtpServer } from '../test/smtpServer'
import { approvedSource, createDraft, step } from '../test/workflow'

const { nextMail, takeDelivered } = await startSmtpServer()
process.env.EMAIL_FROM_ADDRESS = 'review@itinera.test'
const system = await setupIntegration('notifications', { referenceData: true })
const { payload, actors, ref } = system
const source = await approvedSource(system)

/**
 * The mails of every change so far, once their jobs have run (a sent one is deleted). Every mail
 * sent is already delivered: the SMTP server takes a mail before it acknowledges it.
 */
async function mailsSent() {
  const pending = async () =>
    (
      await rawSql<{ jobs: number }>(
        payload,
        sql`SELECT count(*)::int AS jobs FROM payload_jobs WHERE task_slug = 'sendNotificationMail' AND has_error IS NOT TRUE`,
      )
    )[0]!.jobs
  // A deadline that only stops a hang: the mails are awaited, not timed.
  await vi.waitFor(async () => expect(await pending()).toBe(0), { timeout: 60_000, interval: 100 })
  return takeDelivered()
}

// Approving the reference data and the source told reviewers and editors: start from a clean slate.
await mailsSent()
await payload.delete({ collection: NOTIFICATIONS, where: { id: { exists: true } }, overrideAccess: true })

const email = (name: TActorName) => actors[name].user!.email
/** The next `count` mails, by recipient (the order among one step's recipients is the database's). */
async function nextMails(count: number) {
  const mails: ParsedMail[] = []
  while (mails.length < count) mails.push(await nextMail())
  return new Map(mails.map((mail) => [recipientsOf(mail).join(','), mail]))
}

let seq = 0
async function tripInReview(options: { assignee?: TActorName } = {}) {
  const n = ++seq
  const trip = await createDraft(
    system,
    TRIPS,
    {
      ...citedTripData(ref, source, { stops: [moscowStop(ref, { id: `stop-${n}` })] }),
      title: `Notified trip ${n}`,
      slug: `notified-trip-${n}`,
    },
    'editor',
  )
  await step(system, TRIPS, trip.id, 'submit', 'editor', {
    assignee: options.assignee ? actors[options.assignee].user!.id : undefined,
  })
  return trip
}

const unread = (name: TActorName) =>
  payload.count({
    collection: NOTIFICATIONS,
    where: { readAt: { exists: false } },
    overrideAccess: false,
    user: actors[name].user,
  })

describe('notifications by e-mail over SMTP', () => {
  it('should mail only the reviewer a submission names, with the record and the next step', async () => {
    const trip = await tripInReview({ assignee: 'reviewer' })
    const mail = await nextMail()
    expect(recipientsOf(mail)).toEqual([email('reviewer')])
    expect(mail.subject).toBe(`Submitted for your review: trip "${trip.title}"`)
    expect(mail.text).toContain(`${payload.config.serverURL}/admin/collections/trips/${trip.id}`)
    expect(mail.text).toContain('Next step:')
    // Then the request for changes reaches its editor, comment included.
    await step(system, TRIPS, trip.id, 'request_changes', 'reviewer', { comment: 'Cite the second meeting.' })
    const back = await nextMail()
    expect(recipientsOf(back)).toEqual([email('editor')])
    expect(back.subject).toBe(`Changes requested: trip "${trip.title}"`)
    expect(back.text).toContain('Cite the second meeting.')
    expect(back.text).toContain('reviewer')
  })

  it('should mail a comment holding an unpaired surrogate, the character replaced (a job input is jsonb)', async () => {
    const trip = await tripInReview({ assignee: 'reviewer' })
    await nextMail()
    await step(system, TRIPS, trip.id, 'request_changes', 'reviewer', { comment: 'Give the page \ud800 of it.' })
    expect((await nextMail()).text).toContain('Give the page \uFFFD of it.')
  })

  it('should mail every reviewer who may decide when a submission names nobody, and the editor on approval', async () => {
    const trip = await tripInReview()
    const mails = await nextMails(3)
    expect([...mails.keys()].sort()).toEqual([email('admin'), email('editorReviewer'), email('reviewer')].sort())
    await step(system, TRIPS, trip.id, 'approve', 'reviewer', {})
    const approved = await nextMail()
    expect(recipientsOf(approved)).toEqual([email('editor')])
    expect(approved.subject).toBe(`Approved and published: trip "${trip.title}"`)
  })

  it('should mail the staff a comment mentions, unless they turned that off, and count it unread for both', async () => {
    const trip = await tripInReview({ assignee: 'reviewer' })
    await nextMail()
    await payload.update({
      collection: USERS,
      id: actors.admin.user!.id,
      data: { mutedNotifications: ['mentioned'] },
      overrideAccess: false,
      user: actors.admin.user,
    })
    const before = { admin: (await unread('admin')).totalDocs, reviewer: (await unread('reviewer')).totalDocs }
    await payload.create({
      collection: COMMENTS,
      data: {
        collection: TRIPS,
        documentId: trip.id,
        body: 'Admin and reviewer: is the date right?',
        mentions: [actors.admin.user!.id, actors.reviewer.user!.id],
      },
      overrideAccess: false,
      user: actors.editor.user,
    })
    // Every mail of the comment, once sent: the reviewer's alone.
    const [mail, ...others] = await mailsSent()
    expect([recipientsOf(mail!), ...others.map(recipientsOf)]).toEqual([[email('reviewer')]])
    expect(mail!.subject).toBe(`You were mentioned: trip "${trip.title}"`)
    expect(mail!.text).toContain('Admin and reviewer: is the date right?')
    expect((await unread('admin')).totalDocs).toBe(before.admin + 1)
    expect((await unread('reviewer')).totalDocs).toBe(before.reviewer + 1)
  })
})

describe('unread notifications', () => {
  it('should let only the recipient read and mark a notification read', async () => {
    const trip = await tripInReview({ assignee: 'reviewer' })
    await nextMail()
    const { docs } = await payload.find({
      collection: NOTIFICATIONS,
      where: { documentId: { equals: trip.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const id = docs[0]!.id
    expect(docs[0]).toMatchObject({ kind: 'submitted', actorName: 'editor', recordTitle: trip.title })
    for (const other of ['editor', 'admin'] as const)
      expect((await rest(payload, 'GET', `/${NOTIFICATIONS}/${id}`, { headers: actors[other].headers })).status).toBe(
        404,
      )
    expect(
      (
        await rest(payload, 'PATCH', `/${NOTIFICATIONS}/${id}`, {
          headers: actors.admin.headers,
          body: { readAt: new Date().toISOString() },
        })
      ).status,
    ).toBe(403)
    const before = (await unread('reviewer')).totalDocs
    const read = await rest(payload, 'PATCH', `/${NOTIFICATIONS}/${id}?depth=0`, {
      headers: actors.reviewer.headers,
      body: { readAt: new Date().toISOString(), recipient: actors.admin.user!.id, excerpt: 'Rewritten' },
    })
    expect(read.status).toBe(200)
    // Only the read mark changes.
    expect(read.json!.doc).toMatchObject({ recipient: actors.reviewer.user!.id, excerpt: null })
    expect((await unread('reviewer')).totalDocs).toBe(before - 1)
  })
})
