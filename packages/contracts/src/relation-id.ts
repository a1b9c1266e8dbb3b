/**
 * The id a relationship field holds, whether Payload returned it populated (`{ id, … }`, at
 * depth ≥ 1) or as the bare id (depth 0, hook data, form state); null when it holds nothing.
 */
export function relationId<TId extends number | string>(value: TId | { id: TId } | null | undefined): TId | null {
  return value != null && typeof value === 'object' ? value.id : (value ?? null)
}
