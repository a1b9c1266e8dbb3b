import { ZRecordVersionSchema } from '@itinera/contracts/schemas'
import { APIError, type PayloadRequest } from 'payload'

/** Whether two versions (`updatedAt` values, as strings or dates) are the same instant. */
export const sameVersion = (a: string | Date, b: string | Date | null | undefined) =>
  b != null && new Date(a).getTime() === new Date(b).getTime()

/**
 * The version a save says it edited: an `If-Match` header (API clients; quotes and W/ allowed),
 * else the `updatedAt` in the data, which the admin's edit form sends back as it loaded it.
 * Undefined when the save names none; a 400 when what it names is not a version.
 */
export function statedVersion(req: PayloadRequest, data: { updatedAt?: unknown }): string | undefined {
  const header = req.headers?.get('if-match')?.trim()
  const stated = header
    ? header.replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
    : data.updatedAt instanceof Date
      ? data.updatedAt.toISOString()
      : data.updatedAt
  if (stated === undefined || stated === null || stated === '') return undefined
  const parsed = ZRecordVersionSchema.safeParse(stated)
  if (!parsed.success) {
    throw new APIError(
      `${header ? 'If-Match' : 'updatedAt'}: ${parsed.error.issues[0]?.message}`,
      400,
      { reason: 'bad_version' },
      true,
    )
  }
  return parsed.data
}
