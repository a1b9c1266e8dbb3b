import { ZSlugSchema } from '@itinera/contracts/schemas'
import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { LEADERS } from '../slugs'

// Changing a field here needs a migration (pnpm db:migrate:create).
export const Leaders: CollectionConfig = {
  slug: LEADERS,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'nativeName', 'slug'],
    group: 'Reference',
  },
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, admin: { description: 'As readers know it, e.g. "Kim Il Sung".' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 80,
      validate: (value: unknown) => {
        const result = ZSlugSchema.safeParse(value)
        return result.success || (result.error.issues[0]?.message ?? 'Invalid slug')
      },
      admin: { position: 'sidebar', description: 'The reader URL: /leaders/<slug>.' },
    },
    { name: 'nativeName', type: 'text', maxLength: 200, admin: { description: 'In the original script, e.g. 김일성.' } },
  ],
}
