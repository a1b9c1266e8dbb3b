'use client'
import type { TSourcePickerHit } from '../../sources/picker/sourcePickerHit'

// One request per source for the whole page, however many citation rows show it (a large trip
// cites a few sources a hundred times).
const hits = new Map<number, Promise<TSourcePickerHit | null>>()

/** A source as the picker describes it, asked for once per page. */
export function sourceHit(id: number): Promise<TSourcePickerHit | null> {
  if (!hits.has(id))
    hits.set(
      id,
      fetch(`/api/source-picker?id=${id}`, { credentials: 'include' }).then((response) =>
        response.ok ? (response.json() as Promise<TSourcePickerHit>) : null,
      ),
    )
  return hits.get(id)!
}
