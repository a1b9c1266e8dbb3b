/**
 * Answers kept in this process's memory under cache tags, for code Next's data cache does not
 * reach (the proxy: Next runs it without one, so its `fetch` is never cached). An entry lasts
 * `maxAgeMs` or until a tag it carries is revalidated; past `limit` entries the oldest go first.
 * Concurrent misses of a key share one load; a failed load is not kept.
 */
export class TaggedCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; tags: string[]; expires: number }>()

  constructor(private readonly options: { maxAgeMs: number; limit: number; now?: () => number }) {}

  get(key: string, tags: string[], load: () => Promise<T>): Promise<T> {
    const now = (this.options.now ?? Date.now)()
    const entry = this.entries.get(key)
    if (entry && entry.expires > now) return entry.value
    this.entries.delete(key)
    const value = load()
    this.entries.set(key, { value, tags, expires: now + this.options.maxAgeMs })
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key)
    })
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.limit) break
      this.entries.delete(oldest)
    }
    return value
  }

  /** What a revalidation names goes at once. */
  forget(tags: string[]) {
    const gone = new Set(tags)
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => gone.has(tag))) this.entries.delete(key)
  }
}
