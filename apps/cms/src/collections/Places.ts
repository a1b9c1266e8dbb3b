import { PLACE_KINDS } from '@itinera/contracts/domain'
import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { alternateNamesField } from '../fields/alternateNames'
import { slugField } from '../fields/slug'
import { PLACES, POLITIES } from '../slugs'
import { revalidateAfterChange, revalidateBeforeDelete } from '../revalidation/revalidateReader'

// Changing a field here needs a migration (pnpm db:migrate:create).
/** Cities and sites visited. */
export const Places: CollectionConfig = {
  slug: PLACES,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'polity', 'latitude', 'longitude'], group: 'Reference' },
  hooks: { afterChange: [revalidateAfterChange], beforeDelete: [revalidateBeforeDelete] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slugField('pyongyang'),
    { name: 'kind', type: 'select', defaultValue: 'city', options: [...PLACE_KINDS] },
    alternateNamesField,
    {
      name: 'polity',
      type: 'relationship',
      relationTo: POLITIES,
      admin: { description: 'The polity it belonged to when visited.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, admin: { width: '50%', step: 0.0001 } },
        { name: 'longitude', type: 'number', min: -180, max: 180, admin: { width: '50%', step: 0.0001 } },
      ],
    },
  ],
}
