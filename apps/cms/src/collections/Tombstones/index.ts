import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'

const never = () => false

// Changing a field here needs a migration (pnpm db:migrate:create).
/**
 * What a public record was, once retracted: the reader answers its URLs 410 Gone with this.
 * Written only by the workflow's retract step, in its transaction; removed when the record is approved again.
 */
export const Tombstones: CollectionConfig = {
  slug: 'tombstones',
  admin: { useAsTitle: 'title', defaultColumns: ['retractedAt', 'collection', 'title', 'reason'], group: 'Content' },
  access: { read: anyone, create: never, update: never, delete: never },
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: ['trips', 'sources', 'leaders', 'polities', 'places', 'people'],
      index: true,
    },
    { name: 'recordId', type: 'number', required: true, index: true },
    { name: 'slug', type: 'text', index: true, admin: { description: 'Empty for sources: they route by id.' } },
    { name: 'title', type: 'text', required: true },
    { name: 'reason', type: 'textarea', required: true },
    { name: 'retractedAt', type: 'date', required: true },
  ],
}
