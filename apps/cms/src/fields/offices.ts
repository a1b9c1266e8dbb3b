import type { ArrayField } from 'payload'
import { POLITIES } from '../slugs'
import { partialDateField } from './partialDate'

/** Offices held, with dates: the title a person held on a given day is derived from these. */
export const officesField: ArrayField = {
  name: 'offices',
  type: 'array',
  admin: { initCollapsed: true, description: 'Each office with the dates it was held.' },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'e.g. "Premier of the Soviet Union"' },
    },
    { name: 'polity', type: 'relationship', relationTo: POLITIES },
    partialDateField({ name: 'from', label: 'From' }),
    partialDateField({ name: 'to', label: 'To', description: 'Empty while the office is still held.' }),
  ],
}
