import type { z } from 'zod'

/** An endpoint's refusal in Payload's error shape: `{ errors: [{ message, …detail }] }`. */
export const refuse = (status: number, message: string, detail: Record<string, unknown> = {}) =>
  Response.json({ errors: [{ message, ...detail }] }, { status })

/** A 400 naming each invalid field of a request and the reason (`fallbackPath` for the whole). */
export function refuseInvalid(error: z.ZodError, fallbackPath: string) {
  const fields = error.issues.map((issue) => ({ path: issue.path.join('.') || fallbackPath, message: issue.message }))
  return refuse(400, fields.map((field) => `${field.path}: ${field.message}`).join('; '), { fields })
}
