import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { publishedOrStaff } from '../access/publishedOrStaff'
import type { TReviewedCollection } from './transitionRecord'
import { workflowEndpoint } from './workflowEndpoint'

/** What every collection under review shares: drafts, access, the workflow endpoint, no direct publish. */
export function reviewedCollection(slug: TReviewedCollection) {
  return {
    // Drafts are validated too: bad input is refused on every save, not only at approval.
    versions: { drafts: { validate: true }, maxPerDoc: 0 },
    access: { read: publishedOrStaff, readVersions: isStaff, create: isEditor, update: isEditor, delete: isAdmin },
    endpoints: [workflowEndpoint(slug)],
    editComponents: { PublishButton: '/components/NoPublishButton#NoPublishButton' },
  } satisfies Pick<CollectionConfig, 'versions' | 'access' | 'endpoints'> & { editComponents: object }
}
