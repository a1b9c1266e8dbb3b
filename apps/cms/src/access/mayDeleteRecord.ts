import { relationId } from '@itinera/contracts/relation-id'
import { hasRole } from '@itinera/contracts/roles'
import type { TWorkflowState } from '@itinera/contracts/workflow'
import type { Access } from 'payload'
import type { TReviewedCollection } from '../slugs'

/** A draft its editors are working on: not waiting for a reviewer, not decided. */
const EDITORS_DRAFT: readonly string[] = ['draft', 'changes_requested'] satisfies TWorkflowState[]

/**
 * Who may delete a record under review: admins, and an editor a draft they worked on (a mistaken
 * import, say) while it is not in a reviewer's hands. Read from the latest version, which a draft
 * save changes and the collection's own row does not, so only for one record (by id; a bulk
 * delete is for admins). A record that was ever approved is never deleted, whoever asks
 * (refuseDeletingApprovedRecord); its review events stay either way.
 */
export const mayDeleteRecord =
  (collection: TReviewedCollection): Access =>
  async ({ req, id }) => {
    const { user } = req
    if (hasRole(user, 'admin')) return true
    if (!user || !hasRole(user, 'editor') || id === undefined) return false
    const latest = await req.payload
      .findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
      .catch(() => null)
    if (!latest) return false
    const { reviewState, editedBy } = latest as {
      reviewState?: string | null
      editedBy?: (number | { id: number })[] | null
    }
    return EDITORS_DRAFT.includes(reviewState ?? 'draft') && (editedBy ?? []).map(relationId).includes(Number(user.id))
  }
