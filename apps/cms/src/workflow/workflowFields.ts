import { WORKFLOW_STATE_LABELS, WORKFLOW_STATES } from '@itinera/contracts/workflow'
import type { Field } from 'payload'
import { isStaffField } from '../access/isStaff'
import { USERS } from '../slugs'

/** Review state and who edited the version under review; set only by the workflow. */
export const workflowFields: Field[] = [
  {
    name: 'reviewPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/ReviewSidebar#ReviewSidebar' } },
  },
  {
    name: 'reviewConversation',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/ReviewConversation#ReviewConversation' } },
  },
  {
    name: 'reviewState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map((state) => ({ value: state, label: WORKFLOW_STATE_LABELS[state] })),
    access: { read: isStaffField },
    // Not in the form: the edit screen names the state once, as its status (ReviewStatus); the
    // list still has it as a column.
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Changes through Submit, Approve and Request changes.',
      condition: () => false,
    },
  },
  {
    name: 'approvedAt',
    type: 'date',
    // The reader's "recently verified" lists read in this order.
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'When the public version was approved ("verified on").',
    },
  },
  {
    name: 'editedBy',
    type: 'relationship',
    relationTo: USERS,
    hasMany: true,
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Who edited this version: none of them may approve it.',
    },
  },
]
