import { REFERENCE_COLLECTIONS } from '@itinera/contracts/domain'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/isStaff'
import { CITATION_CHECKS, TRIPS, USERS } from '../slugs'

const never = () => false

// Changing a field here needs a migration (pnpm db:migrate:create).
/**
 * A reviewer's mark that one citation was checked against its source: which record, which
 * citation row, and the hash of what was checked (workflow/citationChecks.ts), so an unchanged
 * citation keeps its check in later rounds and a changed one needs a new one. Kept out of the
 * record: a record in review cannot be saved, and approved versions cannot change. Written only
 * by the check endpoint (workflow/checkCitation.ts) on a reviewer's behalf; read by staff.
 */
export const CitationChecks: CollectionConfig = {
  slug: CITATION_CHECKS,
  admin: {
    useAsTitle: 'citation',
    defaultColumns: ['checkedAt', 'collection', 'recordId', 'citation', 'checkedByName', 'note'],
    group: 'Content',
  },
  access: { read: isStaff, create: never, update: never, delete: never },
  disableDuplicate: true,
  indexes: [{ fields: ['collection', 'recordId', 'citationHash'] }],
  fields: [
    { name: 'collection', type: 'select', required: true, options: [TRIPS, ...REFERENCE_COLLECTIONS] },
    { name: 'recordId', type: 'number', required: true },
    { name: 'citation', type: 'text', required: true, admin: { description: 'The citation row id.' } },
    {
      name: 'citationHash',
      type: 'text',
      required: true,
      admin: {
        description: 'SHA-256 of the citation as checked: its fact, source, locator, quote, translation, note.',
      },
    },
    // Staff may read only their own account: the admin shows `checkedByName`. Empty once the account is deleted.
    { name: 'checkedBy', type: 'relationship', relationTo: USERS, admin: { hidden: true } },
    { name: 'checkedByName', type: 'text', required: true },
    { name: 'checkedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'text', maxLength: 500 },
  ],
}
