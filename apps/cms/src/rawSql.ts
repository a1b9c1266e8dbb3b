import type { Payload } from 'payload'

type TRow = Record<string, unknown>

/** A query Payload's API cannot express, run on Payload's own connection (and transaction pool). */
export async function rawSql<TResult extends TRow = TRow>(payload: Payload, query: unknown): Promise<TResult[]> {
  const { drizzle } = payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<{ rows: TResult[] }> } }
  return (await drizzle.execute(query)).rows
}
