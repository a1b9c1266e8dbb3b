import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

export interface TGraphqlAnswer {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number } }[]
}

/** Payload's real GraphQL handler, in-process: auth from headers, access, hooks, errors. */
export async function graphql(
  payload: Payload,
  query: string,
  { headers, variables }: { headers: Headers; variables?: Record<string, unknown> },
): Promise<TGraphqlAnswer> {
  const response = await GRAPHQL_POST(payload.config)(
    new Request(`${payload.config.serverURL}/api/graphql`, {
      method: 'POST',
      headers: new Headers([...headers, ['content-type', 'application/json']]),
      body: JSON.stringify({ query, variables }),
    }),
  )
  return (await response.json()) as TGraphqlAnswer
}
