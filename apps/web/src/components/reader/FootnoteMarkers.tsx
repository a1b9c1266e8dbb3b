import type { TFootnoteMarker } from '../../lib/footnotes'

/** [1][3] after a fact: plain links to the notes, each with the id its back-link returns to. */
export function FootnoteMarkers({ markers }: { markers: TFootnoteMarker[] }) {
  if (!markers.length) return null
  return (
    <>
      {markers.map((marker) => (
        <sup key={marker.refId} className="fn" id={marker.refId}>
          <a href={`#${marker.noteId}`} aria-label={`Source ${marker.number}`} title={marker.preview}>
            [{marker.number}]
          </a>
        </sup>
      ))}
    </>
  )
}
