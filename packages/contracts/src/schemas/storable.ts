import { z } from 'zod'

/** PostgreSQL's `serial` ids: a larger number is no record's id, and the database would fail on it rather than find nothing. */
export const MAX_RECORD_ID = 2_147_483_647

export const ZRecordIdSchema = z.number().int().positive().max(MAX_RECORD_ID, 'Not the id of a record')

/** PostgreSQL text cannot hold NUL: refused as a bad field here, not failed as a server error when saved. */
export const withoutNul = (text: string) => !text.includes('\u0000')
export const NUL_MESSAGE = 'NUL characters are not allowed'
