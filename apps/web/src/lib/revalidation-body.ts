/** The largest body a revalidation call may have: a change names a few hundred tags at most. */
export const MAX_REVALIDATION_BODY_BYTES = 100_000

/**
 * A revalidation call's body as text, read chunk by chunk and abandoned (the stream cancelled) as
 * soon as it passes MAX_REVALIDATION_BODY_BYTES: null then, so an oversized body costs at most the
 * cap in memory. A declared Content-Length over the cap is refused before anything is read.
 */
export async function readRevalidationBody(request: Request): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_REVALIDATION_BODY_BYTES) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_REVALIDATION_BODY_BYTES) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
