import { PLACE_KINDS } from '@itinera/contracts/domain'
import type { CollectionConfig } from 'payload'
import { alternateNamesField } from '../../fields/alternateNames'
import { referenceCitationsField } from '../../fields/citations'
import { slugField } from '../../fields/slug'
import { revalidateAfterChange, revalidateBeforeDelete } from '../../revalidation/revalidateReader'
import { PLACES, POLITIES } from '../../slugs'
import { reviewedCollection } from '../../workflow/reviewedCollection'
import { workflowFields } from '../../workflow/workflowFields'

// Changing a field here needs a migration (pnpm db:migrate:create).
/** Cities and sites visited. */
export const Places: CollectionConfig = {
  ...reviewedCollection(PLACES, ['name', 'polity', 'latitude', 'longitude', 'reviewState'], {
    afterChange: [revalidateAfterChange],
    beforeDelete: [revalidateBeforeDelete],
  }),
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
      name: 'todayIsoCode',
      type: 'text',
      maxLength: 2,
      validate: (code: unknown) =>
        code == null || code === '' || /^[A-Z]{2}$/.test(String(code)) || 'An ISO 3166-1 alpha-2 code, e.g. BY',
      admin: {
        description:
          'The state it lies in today (ISO 3166-1 alpha-2), e.g. BY for Minsk: the reader’s “Today” column comes from it. Empty for a vessel.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, admin: { width: '50%', step: 0.0001 } },
        { name: 'longitude', type: 'number', min: -180, max: 180, admin: { width: '50%', step: 0.0001 } },
      ],
    },
    referenceCitationsField(PLACES),
    ...workflowFields,
  ],
}
