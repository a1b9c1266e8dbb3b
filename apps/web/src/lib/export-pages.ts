import { exportPages } from '@itinera/contracts/open-data'
import type { TPublicTrip } from '@itinera/contracts/schemas'
import { cms } from './cms'

/** Every approved trip, a page of the CMS's export at a time, in chronological order. */
export const cmsExportPages = (): AsyncGenerator<TPublicTrip[]> =>
  exportPages((input) => cms.reader.exportTrips.query(input))

/** A body streamed from text chunks, so a large export never sits in memory whole. */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const iterator = chunks[Symbol.asyncIterator]()
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next()
      if (done) controller.close()
      else controller.enqueue(encoder.encode(value))
    },
    async cancel() {
      await iterator.return?.()
    },
  })
}
