import type { CollectionConfig } from 'payload'
import { alternateNamesField } from '../../fields/alternateNames'
import { referenceCitationsField } from '../../fields/citations'
import { partialDateField } from '../../fields/partialDate'
import { slugField } from '../../fields/slug'
import { revalidateAfterChange, revalidateBeforeDelete } from '../../revalidation/revalidateReader'
import { POLITIES } from '../../slugs'
import { reviewedCollection } from '../../workflow/reviewedCollection'
import { workflowFields } from '../../workflow/workflowFields'

// Changing a field here needs a migration (pnpm db:migrate:create).
/** Countries as they were: the Soviet Union, East Germany, North Vietnam… with their successors. */
export const Polities: CollectionConfig = {
  ...reviewedCollection(POLITIES, ['name', 'modernIsoCodes', 'slug', 'reviewState'], {
    afterChange: [revalidateAfterChange],
    beforeDelete: [revalidateBeforeDelete],
  }),
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'As the polity was called then, e.g. "East Germany".' },
    },
    slugField('east-germany'),
    { name: 'officialName', type: 'text', maxLength: 300, admin: { description: 'e.g. "German Democratic Republic"' } },
    alternateNamesField,
    {
      name: 'namesByPeriod',
      type: 'array',
      labels: { singular: 'Name for a period', plural: 'Names by period' },
      admin: {
        initCollapsed: true,
        description:
          'The official name it bore, each for its period (e.g. People’s Republic of Bulgaria, 1946–1990): readers see the name a visit’s date falls in. Cite each row below.',
      },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 300 },
        {
          type: 'row',
          fields: [
            partialDateField({ name: 'from', label: 'From' }),
            partialDateField({ name: 'to', label: 'Until', description: 'Empty if it is still the name.' }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        partialDateField({ name: 'validFrom', label: 'Existed from' }),
        partialDateField({ name: 'validTo', label: 'Existed until', description: 'Empty if it still exists.' }),
      ],
    },
    { name: 'predecessors', type: 'relationship', relationTo: POLITIES, hasMany: true },
    { name: 'successors', type: 'relationship', relationTo: POLITIES, hasMany: true },
    {
      name: 'modernIsoCodes',
      type: 'text',
      hasMany: true,
      maxLength: 2,
      validate: (codes: unknown) =>
        !Array.isArray(codes) ||
        codes.every((code) => /^[A-Z]{2}$/.test(String(code))) ||
        'ISO 3166-1 alpha-2 codes: two capital letters, e.g. DE',
      admin: { description: "Today's countries on its territory (ISO 3166-1 alpha-2), e.g. DE for East Germany." },
    },
    referenceCitationsField(POLITIES),
    ...workflowFields,
  ],
}
