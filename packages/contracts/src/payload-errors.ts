import { TRPCError } from '@trpc/server'

type TRPCErrorCode = ConstructorParameters<typeof TRPCError>[0]['code']

const CODE_BY_STATUS: Record<number, TRPCErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  423: 'CONFLICT',
}

interface TPayloadFieldError {
  path?: string
  message?: string
}

/** Payload's APIError and its subclasses carry an HTTP status and, for validation, the fields. */
interface TPayloadLikeError {
  status?: number
  message?: string
  data?: { errors?: TPayloadFieldError[] }
}

/**
 * Turns an error thrown by Payload's Local API into a tRPC error with the same meaning,
 * naming each invalid field; anything unexpected is re-thrown as it is (a 500 with a log).
 */
export function toTRPCError(error: unknown): unknown {
  if (error instanceof TRPCError || typeof error !== 'object' || error === null) return error
  const { status, message, data } = error as TPayloadLikeError
  const code = status === undefined ? undefined : CODE_BY_STATUS[status]
  if (!code) return error
  const fields = data?.errors?.filter((field) => field.path)
  const detail = fields?.length ? `: ${fields.map((f) => `${f.path} — ${f.message ?? 'invalid'}`).join('; ')}` : ''
  return new TRPCError({ code, message: `${message ?? code}${detail}`, cause: error })
}

/** Runs a Local API call and maps its errors with `toTRPCError`. */
export async function callPayload<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toTRPCError(error)
  }
}
