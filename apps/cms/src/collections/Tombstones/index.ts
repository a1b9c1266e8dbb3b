import { REVIEWED_COLLECTIONS } from '@itinera/contracts/domain'
import type { CollectionConfig } from 'payload'
import { TOMBSTONES } from '../../slugs'

const never = () => false
const anyone = () => true

// Changing a field here needs a migration (pnpm db:migrate:create); the reader reads these names.
/**
 * What a retracted record's address answers (410 Gone): which record, why and when. Written only
 * by the workflow, in the retract step's transaction; removed when the record is approved again.
 */
export const Tombstones: CollectionConfig = {
  slug: TOMBSTONES,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['retractedAt', 'collection', 'title', 'reason'],
    group: 'Content',
  },
  access: { read: anyone, create: never, update: never, delete: never },
  fields: [
    { name: 'collection', type: 'select', required: true, options: [...REVIEWED_COLLECTIONS], index: true },
    { name: 'recordId', type: 'number', required: true, index: true },
    {
      name: 'slug',
      type: 'text',
      index: true,
      admin: { description: 'Empty for sources, which are addressed by id.' },
    },
    { name: 'title', type: 'text', required: true },
    { name: 'reason', type: 'textarea', required: true, maxLength: 5000 },
    { name: 'retractedAt', type: 'date', required: true },
  ],
}
