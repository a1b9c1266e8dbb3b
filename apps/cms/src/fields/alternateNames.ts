import type { ArrayField } from 'payload'

/** Other spellings and romanizations, so search and the importer find the same record. */
export const alternateNamesField: ArrayField = {
  name: 'alternateNames',
  type: 'array',
  admin: { description: 'Other spellings, romanizations and historical names.', initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200, admin: { width: '60%' } },
        {
          name: 'language',
          type: 'text',
          maxLength: 35,
          admin: { width: '40%', description: 'BCP 47, e.g. ko, ru, zh-Hans' },
        },
      ],
    },
  ],
}
