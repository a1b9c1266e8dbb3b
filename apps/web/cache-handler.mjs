import process from 'node:process'
import CachedHandler from '@trieb.work/nextjs-turbo-redis-cache'

/**
 * The data cache of every reader instance in one Redis (next.config.ts sets it only when REDIS_URL
 * is set), so a revalidation received by one instance holds for all. Loaded by Next beside the
 * app, not from its bundle, so it reads REDIS_URL itself; src/env.ts has validated it. Redis must
 * publish key events (`notify-keyspace-events Exe`), which keep each instance's map of tags current.
 */
export default class SharedReaderCache extends CachedHandler {
  constructor() {
    super({
      // eslint-disable-next-line no-restricted-properties -- see above
      redisUrl: process.env.REDIS_URL,
      // The handler's own default outside Vercel production; named so that the CMS (DB 0, the sign-in limits) never shares it.
      database: 1,
      keyPrefix: 'itinera-reader:',
      // No copy in each instance's memory, and no shared in-flight reads: after a revalidation on
      // instance A, instance B would otherwise serve the old entry for up to 10 s.
      inMemoryCachingTime: 0,
      redisGetDeduplication: false,
    })
  }
}
