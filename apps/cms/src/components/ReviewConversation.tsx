'use client'
import type { TReviewedCollection } from '@itinera/contracts/domain'
import { relationId } from '@itinera/contracts/relation-id'
import { Button, toast, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { anchorOptions } from '../collections/Comments/anchors'
import type { Comment } from '../payload-types'
import { recordQuery } from './recordQuery'
import { useStaffNames } from './useStaffNames'

const when = (date: string) => new Date(date).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The review conversation in the document sidebar: staff comments on this record, replies under
 * what they answer, each with the fact or citation it is about; a comment may tell named staff.
 */
export function ReviewConversation() {
  const { id, collectionSlug } = useDocumentInfo()
  const { getData } = useForm()
  const [comments, setComments] = useState<Comment[]>([])
  const [composing, setComposing] = useState(false)
  const [replyTo, setReplyTo] = useState<Comment | null>(null)
  const [body, setBody] = useState('')
  const [anchor, setAnchor] = useState('')
  const [mentions, setMentions] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const staff = useStaffNames('all', composing)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(
      `/api/comments?${recordQuery(collectionSlug, id, { sort: 'createdAt', limit: 500 })}`,
      {
        credentials: 'include',
      },
    )
    if (response.ok) setComments(((await response.json()) as { docs: Comment[] }).docs)
  }, [collectionSlug, id])
  useEffect(() => {
    void load()
  }, [load])

  if (!id || !collectionSlug) return null
  // Read from the form when writing, not on every keystroke elsewhere in it.
  const anchors = composing ? anchorOptions(collectionSlug as TReviewedCollection, getData()) : []

  async function send() {
    setBusy(true)
    try {
      const response = await fetch('/api/comments', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          collection: collectionSlug,
          documentId: Number(id),
          body,
          anchor: anchor || undefined,
          replyTo: replyTo?.id,
          mentions: mentions.map(Number),
        }),
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as {
          errors?: { message: string; data?: { errors?: { message: string }[] } }[]
        }
        const [error] = answer.errors ?? []
        toast.error(error?.data?.errors?.[0]?.message ?? error?.message ?? `Comment not saved (${response.status})`)
        return
      }
      setBody('')
      setAnchor('')
      setMentions([])
      setReplyTo(null)
      setComposing(false)
      await load()
    } finally {
      setBusy(false)
    }
  }

  const repliesTo = (parent: number | null) =>
    comments.filter((comment) => (relationId(comment.replyTo) ?? null) === parent)
  const thread = (parent: number | null, depth: number) => (
    <ol className={depth ? 'conversation__replies' : 'conversation__thread'}>
      {repliesTo(parent).map((comment) => (
        <li key={comment.id} className="conversation__comment" data-testid="conversation-comment">
          <p className="conversation__meta">
            <strong>{comment.authorName ?? 'Someone'}</strong> · {when(comment.createdAt)}
            {comment.reviewEvent ? ' · requested changes' : ''}
          </p>
          {comment.anchorLabel && <p className="conversation__anchor">About: {comment.anchorLabel}</p>}
          <p className="conversation__body">{comment.body}</p>
          <button
            type="button"
            className="conversation__reply"
            onClick={() => {
              setReplyTo(comment)
              setComposing(true)
            }}
          >
            Reply
          </button>
          {thread(comment.id, depth + 1)}
        </li>
      ))}
    </ol>
  )

  return (
    <section className="conversation" aria-labelledby="conversation-heading">
      <h3 id="conversation-heading" className="review-panel__heading">
        Conversation ({comments.length})
      </h3>
      {comments.length === 0 && <p className="review-panel__hint">No comments yet.</p>}
      {thread(null, 0)}
      {composing ? (
        <div className="conversation__compose">
          {replyTo && (
            <p className="review-panel__hint">
              Replying to {replyTo.authorName ?? 'a comment'}{' '}
              <button type="button" className="conversation__reply" onClick={() => setReplyTo(null)}>
                (not a reply)
              </button>
            </p>
          )}
          <label className="review-panel__comment">
            Comment
            <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={3} />
          </label>
          <label className="review-panel__comment">
            About (optional)
            <select value={anchor} onChange={(event) => setAnchor(event.target.value)}>
              <option value="">The whole record</option>
              {anchors.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <label className="review-panel__comment">
            Tell (e-mail)
            <select
              multiple
              value={mentions}
              onChange={(event) => setMentions([...event.target.selectedOptions].map((option) => option.value))}
            >
              {staff.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </label>
          <div className="review-panel__actions">
            <Button buttonStyle="primary" size="small" disabled={busy || !body.trim()} onClick={send}>
              Post comment
            </Button>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => setComposing(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button buttonStyle="secondary" size="small" onClick={() => setComposing(true)}>
          Add a comment
        </Button>
      )}
    </section>
  )
}
