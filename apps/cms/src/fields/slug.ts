import { ZSlugSchema } from '@itinera/contracts/schemas'
import type { TextField } from 'payload'
import { duplicateSlug } from './duplicateSlug'

/**
 * The record's reader URL segment: unique, lower-case, hyphenated. `Field`: the admin's input, when
 * it offers a slug (TripSlugField).
 */
export function slugField(example: string, { Field }: { Field?: string } = {}): TextField {
  return {
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
    admin: {
      position: 'sidebar',
      description: `Used in reader URLs, e.g. "${example}".`,
      ...(Field ? { components: { Field } } : {}),
    },
    hooks: { beforeDuplicate: [duplicateSlug] },
  }
}
