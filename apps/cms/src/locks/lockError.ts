import { APIError } from 'payload'

/** A refused lock operation: a 403 with a message saying why (a refusal, logged at info). */
export class LockError extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
  }
}
