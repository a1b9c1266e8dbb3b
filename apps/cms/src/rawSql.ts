import type { Payload, PayloadRequest } from 'payload'

type TRow = Record<string, unknown>
type TConnection = { execute: (query: unknown) => Promise<{ rows: TRow[] }> }

/** The Drizzle session of the request's open transaction; none outside one (`disableTransaction`). */
export async function transactionSession(req: PayloadRequest | undefined): Promise<TConnection | undefined> {
  const id = req?.transactionID ? await req.transactionID : undefined
  return id === undefined ? undefined : (req!.payload.db.sessions?.[id] as { db: TConnection } | undefined)?.db
}

/**
 * A query Payload's API cannot express, run on Payload's own connection (and transaction pool);
 * with `req`, inside its transaction, so it sees that transaction's writes and ends with it.
 */
export async function rawSql<TResult extends TRow = TRow>(
  payload: Payload,
  query: unknown,
  req?: PayloadRequest,
): Promise<TResult[]> {
  const connection = (await transactionSession(req)) ?? (payload.db as unknown as { drizzle: TConnection }).drizzle
  return (await connection.execute(query)).rows as TResult[]
}
