/** Consecutive batches of `items`, each weighing at most `limit` (an item heavier than that goes alone). */
export function inBatches<T>(items: T[], limit: number, weight: (item: T) => number = () => 1): T[][] {
  const batches: T[][] = []
  let batch: T[] = []
  let load = 0
  for (const item of items) {
    const itemWeight = weight(item)
    if (batch.length && load + itemWeight > limit) {
      batches.push(batch)
      batch = []
      load = 0
    }
    batch.push(item)
    load += itemWeight
  }
  if (batch.length) batches.push(batch)
  return batches
}
