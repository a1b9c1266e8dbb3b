import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { alternateNamesField } from '../fields/alternateNames'
import { officesField } from '../fields/offices'
import { slugField } from '../fields/slug'
import { LEADERS } from '../slugs'
import { revalidateAfterChange, revalidateBeforeDelete } from '../revalidation/revalidateReader'

// Changing a field here needs a migration (pnpm db:migrate:create).
export const Leaders: CollectionConfig = {
  slug: LEADERS,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'nativeName', 'slug'],
    group: 'Reference',
  },
  hooks: { afterChange: [revalidateAfterChange], beforeDelete: [revalidateBeforeDelete] },
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    delete: isAdmin,
  },
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
  ],
}
