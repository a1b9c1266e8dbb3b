import { describe, expect, it } from 'vitest'
import { ROLES, type TRole } from './roles'
import {
  canTransition,
  mayDecide,
  reviewComparison,
  reviewStatusLabel,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  type TWorkflowAction,
  type TWorkflowState,
} from './workflow'

// The policy, written out independently of the implementation's table.
const ALLOWED: { from: TWorkflowState; action: TWorkflowAction; to: TWorkflowState; by: TRole[] }[] = [
  { from: 'draft', action: 'edit', to: 'draft', by: ['editor', 'admin'] },
  { from: 'changes_requested', action: 'edit', to: 'draft', by: ['editor', 'admin'] },
  { from: 'approved', action: 'edit', to: 'draft', by: ['editor', 'admin'] },
  { from: 'retracted', action: 'edit', to: 'draft', by: ['editor', 'admin'] },
  { from: 'draft', action: 'submit', to: 'in_review', by: ['editor', 'admin'] },
  { from: 'in_review', action: 'withdraw', to: 'draft', by: ['editor', 'admin'] },
  { from: 'in_review', action: 'approve', to: 'approved', by: ['reviewer', 'admin'] },
  { from: 'in_review', action: 'request_changes', to: 'changes_requested', by: ['reviewer', 'admin'] },
  { from: 'approved', action: 'request_retraction', to: 'retraction_requested', by: ['editor', 'admin'] },
  { from: 'retraction_requested', action: 'retract', to: 'retracted', by: ['reviewer', 'admin'] },
  {
    from: 'retraction_requested',
    action: 'cancel_retraction',
    to: 'approved',
    by: ['editor', 'reviewer', 'admin'],
  },
]
const FOUR_EYES: TWorkflowAction[] = ['approve', 'request_changes', 'retract']
const COMMENT_REQUIRED: TWorkflowAction[] = ['request_changes', 'request_retraction']

// Every combination of roles a user can hold, and anonymous.
const ROLE_SETS: (TRole[] | null)[] = [
  null,
  ...Array.from({ length: 2 ** ROLES.length }, (_, mask) => ROLES.filter((_, i) => mask & (1 << i))),
]

const cases = WORKFLOW_STATES.flatMap((from) =>
  WORKFLOW_ACTIONS.flatMap((action) =>
    ROLE_SETS.flatMap((roles) =>
      [true, false].map((actorEditedVersion) => ({ from, action, roles, actorEditedVersion })),
    ),
  ),
)

describe('canTransition', () => {
  it('should cover every state × action × role set × authorship', () => {
    expect(cases).toHaveLength(6 * 8 * 9 * 2)
  })

  it.each(cases)(
    '$action from $from by $roles (edited it: $actorEditedVersion)',
    ({ from, action, roles, actorEditedVersion }) => {
      const result = canTransition({ from, action, roles, actorEditedVersion, comment: 'Please cite the telegram.' })
      const rule = ALLOWED.find((allowed) => allowed.from === from && allowed.action === action)
      const mayAct = ALLOWED.find((allowed) => allowed.action === action)!.by
      const roleOk = roles !== null && roles.some((role) => mayAct.includes(role))

      if (roles === null) return expect(result).toMatchObject({ allowed: false, reason: 'not_signed_in' })
      if (!roleOk) return expect(result).toMatchObject({ allowed: false, reason: 'role' })
      if (!rule) return expect(result).toMatchObject({ allowed: false, reason: 'state' })
      if (FOUR_EYES.includes(action) && actorEditedVersion)
        return expect(result).toMatchObject({ allowed: false, reason: 'four_eyes' })
      expect(result).toEqual({ allowed: true, to: rule.to })
    },
  )

  it('should refuse self-approval to admins too', () => {
    expect(
      canTransition({ from: 'in_review', action: 'approve', roles: ['admin', 'reviewer'], actorEditedVersion: true }),
    ).toMatchObject({
      allowed: false,
      reason: 'four_eyes',
    })
  })

  it.each(
    [undefined, null, '', '   '].flatMap((comment) =>
      ALLOWED.map((rule) => ({ ...rule, comment, required: COMMENT_REQUIRED.includes(rule.action) })),
    ),
  )(
    'should require a comment exactly where the policy says ($action from $from, comment $comment)',
    ({ from, action, by, to, comment, required }) => {
      const result = canTransition({ from, action, roles: by, actorEditedVersion: false, comment })
      expect(result).toEqual(
        required
          ? { allowed: false, reason: 'comment_required', message: expect.stringMatching(/required/) }
          : { allowed: true, to },
      )
    },
  )

  it('should ask for the reason of a retraction in words', () => {
    expect(
      canTransition({ from: 'approved', action: 'request_retraction', roles: ['editor'], actorEditedVersion: false }),
    ).toEqual({
      allowed: false,
      reason: 'comment_required',
      message: 'Say why the record should be taken offline: a reason is required.',
    })
  })

  it('should explain a refusal in words', () => {
    const result = canTransition({
      from: 'approved',
      action: 'approve',
      roles: ['reviewer'],
      actorEditedVersion: false,
    })
    expect(result).toEqual({
      allowed: false,
      reason: 'state',
      message: 'A record that is approved cannot be sent to approved; it must be in review.',
    })
  })
})

describe('TRANSITIONS', () => {
  it('should make the reviewer name the version for exactly the decisions on it', () => {
    const named = WORKFLOW_ACTIONS.filter((action) => TRANSITIONS[action].versionRequired)
    expect(named).toEqual(FOUR_EYES)
  })
})

describe('mayDecide', () => {
  it('should refuse exactly the people who wrote, edited, restored, imported or submitted the version', () => {
    expect(mayDecide(3, [])).toBe(true)
    expect(mayDecide(3, [1, 2])).toBe(true)
    expect(mayDecide(3, [1, 3])).toBe(false)
    expect(mayDecide(3, [3])).toBe(false)
  })
})

describe('reviewComparison', () => {
  const step = (action: string, versionId: string | null = null) => ({ action, versionId })

  it('should compare the latest submission with the version last published', () => {
    const steps = [
      step('submit', '1'),
      step('approve', '2'),
      step('submit', '5'),
      step('request_changes', '5'),
      step('submit', '7'),
    ]
    expect(reviewComparison(steps)).toEqual({ to: '7', from: '2', baseline: 'published' })
  })

  it('should compare a never-published record with the version last sent back, else its first submission', () => {
    expect(reviewComparison([step('submit', '1'), step('request_changes', '1'), step('submit', '3')])).toEqual({
      to: '3',
      from: '1',
      baseline: 'sent_back',
    })
    expect(reviewComparison([step('submit', '1'), step('withdraw', '1'), step('submit', '4')])).toEqual({
      to: '4',
      from: '1',
      baseline: 'first_submission',
    })
  })

  it('should have nothing to compare a first submission with, and no comparison before one', () => {
    expect(reviewComparison([step('submit', '1')])).toEqual({ to: '1', from: null, baseline: null })
    // Sent back and submitted again unchanged: the same version is no baseline.
    expect(reviewComparison([step('submit', '1'), step('request_changes', '1'), step('submit', '1')])).toEqual({
      to: '1',
      from: null,
      baseline: null,
    })
    expect(reviewComparison([])).toBeNull()
    expect(reviewComparison([step('submit')])).toBeNull()
  })
})

describe('reviewStatusLabel', () => {
  it('should name each state in words, and a draft on an approved record as such', () => {
    expect(reviewStatusLabel('draft', false)).toBe('Draft')
    expect(reviewStatusLabel('draft', true)).toBe('Approved, with a newer draft')
    expect(reviewStatusLabel('in_review', true)).toBe('In review')
    expect(reviewStatusLabel('changes_requested', false)).toBe('Changes requested')
    expect(reviewStatusLabel('approved', true)).toBe('Approved')
    expect(new Set(WORKFLOW_STATES.map((state) => reviewStatusLabel(state, false))).size).toBe(WORKFLOW_STATES.length)
  })
})
