import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { alternateNamesField } from '../fields/alternateNames'
import { officesField } from '../fields/offices'
import { slugField } from '../fields/slug'
import { PEOPLE } from '../slugs'
import { revalidateAfterChange, revalidateBeforeDelete } from '../revalidation/revalidateReader'

// Changing a field here needs a migration (pnpm db:migrate:create).
/** Counterparts met on the trips. */
export const People: CollectionConfig = {
  slug: PEOPLE,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'nativeName', 'slug'], group: 'Reference' },
  hooks: { afterChange: [revalidateAfterChange], beforeDelete: [revalidateBeforeDelete] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isAdmin },
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
  ],
}
