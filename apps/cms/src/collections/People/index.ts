import type { CollectionConfig } from 'payload'
import { alternateNamesField } from '../../fields/alternateNames'
import { referenceCitationsField } from '../../fields/citations'
import { officesField } from '../../fields/offices'
import { slugField } from '../../fields/slug'
import { revalidateAfterChange, revalidateBeforeDelete } from '../../revalidation/revalidateReader'
import { PEOPLE } from '../../slugs'
import { reviewedCollection } from '../../workflow/reviewedCollection'
import { workflowFields } from '../../workflow/workflowFields'

// Changing a field here needs a migration (pnpm db:migrate:create).
/** Counterparts met on the trips; the office they held on a day comes from their offices. */
export const People: CollectionConfig = {
  ...reviewedCollection(PEOPLE, ['name', 'nativeName', 'slug', 'reviewState'], {
    afterChange: [revalidateAfterChange],
    beforeDelete: [revalidateBeforeDelete],
  }),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slugField('joseph-stalin'),
    {
      name: 'nativeName',
      type: 'text',
      maxLength: 200,
      admin: { description: 'In the original script, e.g. Иосиф Сталин.' },
    },
    alternateNamesField,
    officesField,
    referenceCitationsField(PEOPLE),
    ...workflowFields,
  ],
}
