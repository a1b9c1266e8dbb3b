import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { publishedOrStaff } from '../access/publishedOrStaff'
import type { TReviewedCollection } from './transitionRecord'
import { workflowEndpoint } from './workflowEndpoint'

/**
 * What every collection under review shares: titled drafts in the Content group, access,
 * the workflow endpoint, and no publish button (publishing is approval).
 */
export function reviewedCollection(slug: TReviewedCollection, defaultColumns: string[]) {
  return {
    slug,
    admin: {
      useAsTitle: 'title',
      defaultColumns,
      group: 'Content',
      components: { edit: { PublishButton: '/components/NoPublishButton#NoPublishButton' } },
    },
    // Drafts are validated too: bad input is refused on every save, not only at approval.
    versions: { drafts: { validate: true }, maxPerDoc: 0 },
    access: { read: publishedOrStaff, readVersions: isStaff, create: isEditor, update: isEditor, delete: isAdmin },
    endpoints: [workflowEndpoint(slug)],
  } satisfies Omit<CollectionConfig, 'fields'>
}
