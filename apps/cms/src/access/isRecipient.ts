import type { Access } from 'payload'

/** A notification is its recipient's alone: not even an admin reads another's. */
export const isRecipient: Access = ({ req: { user } }) => (user ? { recipient: { equals: user.id } } : false)
