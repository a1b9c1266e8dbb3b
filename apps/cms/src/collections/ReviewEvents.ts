import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from '@itinera/contracts/workflow'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/isStaff'
import { REVIEW_EVENTS, USERS } from '../slugs'

const never = () => false

// Changing a field here needs a migration (pnpm db:migrate:create).
/**
 * Append-only log of workflow steps, written only by transitionRecord in the step's transaction.
 * The database refuses to change or delete its rows (versionImmutability.ts).
 */
export const ReviewEvents: CollectionConfig = {
  slug: REVIEW_EVENTS,
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'collection', 'recordTitle', 'action', 'actorName', 'assigneeName', 'comment'],
    group: 'Content',
  },
  access: { read: isStaff, create: never, update: never, delete: never },
  fields: [
    { name: 'collection', type: 'select', required: true, options: [...REVIEWED_COLLECTIONS], index: true },
    { name: 'documentId', type: 'number', required: true, index: true },
    { name: 'versionId', type: 'text', index: true, admin: { description: 'The exact version acted on.' } },
    { name: 'action', type: 'select', required: true, options: [...WORKFLOW_ACTIONS] },
    { name: 'fromState', type: 'select', required: true, options: [...WORKFLOW_STATES] },
    { name: 'toState', type: 'select', required: true, options: [...WORKFLOW_STATES] },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: USERS,
      // Staff may read only their own account: the admin shows `actorName` instead of "Untitled".
      admin: { description: 'Empty for the seed dataset.', hidden: true },
    },
    // Names as they were at the step, so staff read who acted without reading anyone's account.
    { name: 'actorName', type: 'text', admin: { description: 'Empty for the seed dataset.' } },
    { name: 'recordTitle', type: 'text' },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: USERS,
      admin: { description: 'Submissions: the reviewer asked to decide.', hidden: true },
    },
    { name: 'assigneeName', type: 'text', admin: { description: 'Submissions: the reviewer asked to decide.' } },
    { name: 'comment', type: 'textarea', maxLength: 5000 },
    {
      name: 'contentHash',
      type: 'text',
      admin: { description: 'Approvals: SHA-256 of the approved content (workflow/contentHash.ts), to re-verify it.' },
    },
    {
      name: 'citationChecks',
      type: 'json',
      admin: {
        description:
          'Approvals: each citation of the approved version with who checked it against its source, when, and their note (workflow/citationChecks.ts).',
      },
    },
  ],
}
