/** Collection slugs, kept in one place; renaming one needs a migration. */
export const USERS = 'users'
export const LEADERS = 'leaders'
export const POLITIES = 'polities'
export const PLACES = 'places'
export const PEOPLE = 'people'
export const SOURCES = 'sources'
export const TRIPS = 'trips'
export const REVIEW_EVENTS = 'review-events'
export const TOMBSTONES = 'tombstones'
export const COMMENTS = 'comments'
export const NOTIFICATIONS = 'notifications'
export const LINK_CHECKS = 'link-checks'
export const CITATION_CHECKS = 'citation-checks'
/** Payload's own collections (it names them; the package does not export the names). */
export const LOCKED_DOCUMENTS = 'payload-locked-documents'
export const PREFERENCES = 'payload-preferences'

/** The collections that go through review (draft → in review → approved); the list is in contracts. */
export type { TReviewedCollection } from '@itinera/contracts/domain'
