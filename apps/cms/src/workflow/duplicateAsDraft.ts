import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A duplicate is a new record and starts as a draft on every API: REST and the admin ask for one
 * already, the Local API and GraphQL do not, and a copy of an approved record would otherwise
 * ask to be published (which only approval may do). Its content is the latest version of the
 * original, draft or not; its review starts afresh (enforceWorkflowOnSave treats it as a create).
 */
export const duplicateAsDraft: CollectionBeforeOperationHook = ({ args, operation }) => {
  const { duplicateFromID } = args as { duplicateFromID?: number | string }
  return operation === 'create' && duplicateFromID != null ? { ...args, draft: true } : args
}
