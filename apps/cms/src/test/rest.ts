import { handleEndpoints, type Payload } from 'payload'

/** Payload's real REST pipeline, in-process: routing, auth from headers, access, hooks, errors. */
export async function rest(
  payload: Payload,
  method: string,
  path: string,
  { headers, body }: { headers: Headers; body?: unknown },
) {
  const request = new Request(`${payload.config.serverURL}/api${path}`, {
    method,
    headers: body === undefined ? headers : new Headers([...headers, ['content-type', 'application/json']]),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, json: (await response.json().catch(() => null)) as Record<string, unknown> | null }
}
