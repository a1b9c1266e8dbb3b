import { z } from 'zod'
import { hasRole, type TRole } from './roles'

/**
 * The review workflow as data. Payload hooks and access rules, and the tRPC editorial
 * procedures, all decide through `canTransition`, so every API enforces the same rules.
 *
 *   draft ──submit──▶ in_review ──approve──▶ approved ──request_retraction──▶ retraction_requested
 *     ▲  ◀──withdraw──┘   │                   │  ▲ ◀──────cancel_retraction──────┘     │
 *     │                   └─request_changes─▶ changes_requested                        retract
 *     └──── edit (from changes_requested, approved or retracted) ◀── retracted ◀───────┘
 *
 * Four-eyes, the one rule: nobody approves, requests changes on, or retracts a version whose
 * content they wrote, edited, restored, imported or submitted. The CMS keeps those people in the
 * record's `editedBy` for the current review cycle (every save, submit, restore and import adds
 * its actor; a restore also adds the restored version's own authors; an edit made from approved
 * or retracted starts a new cycle) and asks `mayDecide`/`canTransition` before each decision.
 */
export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'retraction_requested',
  'retracted',
] as const
export const ZWorkflowStateSchema = z.enum(WORKFLOW_STATES)
export type TWorkflowState = z.infer<typeof ZWorkflowStateSchema>

/** The one label of each state, wherever the admin shows it. */
export const WORKFLOW_STATE_LABELS: Record<TWorkflowState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  retraction_requested: 'Retraction requested',
  retracted: 'Retracted',
}

/**
 * The record's state as its edit screen names it, once: a draft made on a record whose approved
 * version is public says so, since the public still sees the approved one.
 */
export function reviewStatusLabel(state: TWorkflowState, hasApprovedVersion: boolean): string {
  return state === 'draft' && hasApprovedVersion ? 'Approved, with a newer draft' : WORKFLOW_STATE_LABELS[state]
}

export const WORKFLOW_ACTIONS = [
  /** Change the content; on an approved record this starts a new draft while the approved version stays public. */
  'edit',
  /** Ask for review. */
  'submit',
  /** Take a submission back to draft before it is reviewed. */
  'withdraw',
  /** Publish the version under review. */
  'approve',
  /** Send the version back with a comment. */
  'request_changes',
  /** Ask, with a reason, for an approved record to be taken offline; it stays public until retracted. */
  'request_retraction',
  /** Take the record offline: its public page answers 410 Gone with the reason and the date. */
  'retract',
  /** Keep the record public after all. */
  'cancel_retraction',
] as const
export const ZWorkflowActionSchema = z.enum(WORKFLOW_ACTIONS)
export type TWorkflowAction = z.infer<typeof ZWorkflowActionSchema>

interface TTransitionRule {
  from: readonly TWorkflowState[]
  to: TWorkflowState
  /** Any one of these roles may act. */
  roles: readonly TRole[]
  /** Four-eyes: refused to anyone who edited the version. */
  notByItsEditors: boolean
  commentRequired: boolean
  /** A decision on the version under review: the actor names the version they looked at, and it must still be the latest. */
  versionRequired: boolean
}

export const TRANSITIONS: Record<TWorkflowAction, TTransitionRule> = {
  edit: {
    from: ['draft', 'changes_requested', 'approved', 'retracted'],
    to: 'draft',
    roles: ['editor', 'admin'],
    notByItsEditors: false,
    commentRequired: false,
    versionRequired: false,
  },
  submit: {
    from: ['draft'],
    to: 'in_review',
    roles: ['editor', 'admin'],
    notByItsEditors: false,
    commentRequired: false,
    versionRequired: false,
  },
  withdraw: {
    from: ['in_review'],
    to: 'draft',
    roles: ['editor', 'admin'],
    notByItsEditors: false,
    commentRequired: false,
    versionRequired: false,
  },
  approve: {
    from: ['in_review'],
    to: 'approved',
    roles: ['reviewer', 'admin'],
    notByItsEditors: true,
    commentRequired: false,
    versionRequired: true,
  },
  request_changes: {
    from: ['in_review'],
    to: 'changes_requested',
    roles: ['reviewer', 'admin'],
    notByItsEditors: true,
    commentRequired: true,
    versionRequired: true,
  },
  request_retraction: {
    from: ['approved'],
    to: 'retraction_requested',
    roles: ['editor', 'admin'],
    notByItsEditors: false,
    commentRequired: true,
    versionRequired: false,
  },
  retract: {
    from: ['retraction_requested'],
    to: 'retracted',
    roles: ['reviewer', 'admin'],
    notByItsEditors: true,
    commentRequired: false,
    versionRequired: true,
  },
  cancel_retraction: {
    from: ['retraction_requested'],
    to: 'approved',
    roles: ['editor', 'reviewer', 'admin'],
    notByItsEditors: false,
    commentRequired: false,
    versionRequired: false,
  },
}

/**
 * The four-eyes rule (see the top of this file): whether `actorId` may decide on a version
 * whose content `editedBy` wrote, edited, restored, imported or submitted.
 */
export const mayDecide = (actorId: number, editedBy: readonly number[]) => !editedBy.includes(actorId)

export type TTransitionRefusal = 'not_signed_in' | 'role' | 'state' | 'four_eyes' | 'comment_required'

export type TTransitionResult =
  { allowed: true; to: TWorkflowState } | { allowed: false; reason: TTransitionRefusal; message: string }

export interface TTransitionRequest {
  from: TWorkflowState
  action: TWorkflowAction
  /** The acting user's roles; null for an anonymous caller. */
  roles: readonly TRole[] | null
  /** Whether the actor wrote, edited, restored, imported or submitted the version this action concerns (`!mayDecide`). */
  actorEditedVersion: boolean
  comment?: string | null
}

const ACTION_LABELS: Record<TWorkflowAction, string> = {
  edit: 'edit',
  submit: 'submit for review',
  withdraw: 'withdraw from review',
  approve: 'approve',
  request_changes: 'request changes to',
  request_retraction: 'request the retraction of',
  retract: 'retract',
  cancel_retraction: 'cancel the retraction of',
}

const COMMENT_WANTED: Partial<Record<TWorkflowAction, string>> = {
  request_changes: 'Say what needs to change: a comment is required.',
  request_retraction: 'Say why the record should be taken offline: a reason is required.',
}

const words = (state: TWorkflowState) => state.replaceAll('_', ' ')

/** Whether `action` may move a record from `from`, and if so to which state; if not, why. */
export function canTransition({
  from,
  action,
  roles,
  actorEditedVersion,
  comment,
}: TTransitionRequest): TTransitionResult {
  const rule = TRANSITIONS[action]
  const label = ACTION_LABELS[action]
  if (roles === null) return { allowed: false, reason: 'not_signed_in', message: `Sign in to ${label} a record.` }
  if (!hasRole({ roles }, ...rule.roles)) {
    return { allowed: false, reason: 'role', message: `Only ${rule.roles.join(' or ')} users may ${label} a record.` }
  }
  if (!rule.from.includes(from)) {
    return {
      allowed: false,
      reason: 'state',
      message: `A record that is ${words(from)} cannot be ${action === 'edit' ? 'edited' : `sent to ${words(rule.to)}`}; it must be ${rule.from.map(words).join(' or ')}.`,
    }
  }
  if (rule.notByItsEditors && actorEditedVersion) {
    return {
      allowed: false,
      reason: 'four_eyes',
      message: `You wrote, edited, restored or submitted this version, so someone else must ${label} it (four-eyes rule).`,
    }
  }
  if (rule.commentRequired && !comment?.trim()) {
    return { allowed: false, reason: 'comment_required', message: COMMENT_WANTED[action] ?? 'A comment is required.' }
  }
  return { allowed: true, to: rule.to }
}

/** One review event, as far as the review's comparison needs it: its step and the version it acted on. */
export interface TReviewStep {
  action: string
  versionId?: string | null
}

/** What the version under review is compared against, in words for the link that opens the diff. */
export const REVIEW_BASELINE_WORDS = {
  published: 'the published version',
  sent_back: 'the version last sent back',
  first_submission: 'its first submission',
} as const
export type TReviewBaseline = keyof typeof REVIEW_BASELINE_WORDS

/**
 * The change a reviewer should read (steps oldest first): the latest submitted version against
 * the version last published; for a record never published, against the version a reviewer last
 * sent back, else its first submission. `from` is null when there is nothing earlier to compare
 * (a first submission: the whole record is new). Null when nothing was submitted.
 */
export function reviewComparison(
  steps: readonly TReviewStep[],
): { to: string; from: string | null; baseline: TReviewBaseline | null } | null {
  const submitted = steps.findLastIndex((step) => step.action === 'submit' && step.versionId)
  if (submitted < 0) return null
  const to = steps[submitted]!.versionId!
  const before = steps.slice(0, submitted).filter((step) => step.versionId && step.versionId !== to)
  const last = (action: string) => before.findLast((step) => step.action === action)?.versionId ?? null
  const firstSubmission = before.find((step) => step.action === 'submit')?.versionId ?? null
  const published = last('approve')
  if (published) return { to, from: published, baseline: 'published' }
  const sentBack = last('request_changes')
  if (sentBack) return { to, from: sentBack, baseline: 'sent_back' }
  if (firstSubmission) return { to, from: firstSubmission, baseline: 'first_submission' }
  return { to, from: null, baseline: null }
}
