import type { CollectionConfig } from 'payload'
import { alternateNamesField } from '../../fields/alternateNames'
import { referenceCitationsField } from '../../fields/citations'
import { officesField } from '../../fields/offices'
import { slugField } from '../../fields/slug'
import { revalidateAfterChange, revalidateBeforeDelete } from '../../revalidation/revalidateReader'
import { LEADERS } from '../../slugs'
import { reviewedCollection } from '../../workflow/reviewedCollection'
import { workflowFields } from '../../workflow/workflowFields'

// Changing a field here needs a migration (pnpm db:migrate:create).
/** The leaders whose journeys are followed; their offices with dates are citable facts. */
export const Leaders: CollectionConfig = {
  ...reviewedCollection(LEADERS, ['name', 'nativeName', 'slug', 'reviewState'], {
    afterChange: [revalidateAfterChange],
    beforeDelete: [revalidateBeforeDelete],
  }),
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'As readers know it, e.g. "Kim Il Sung".' },
    },
    slugField('kim-il-sung'),
    {
      name: 'nativeName',
      type: 'text',
      maxLength: 200,
      admin: { description: 'In the original script, e.g. 김일성.' },
    },
    alternateNamesField,
    officesField,
    referenceCitationsField(LEADERS),
    ...workflowFields,
  ],
}
