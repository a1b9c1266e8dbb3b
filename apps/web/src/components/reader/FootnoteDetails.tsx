import { formatLocator } from '@itinera/contracts/locator'
import { longDate } from '../../lib/dates'
import { footnoteDetails, type TFootnote } from '../../lib/footnotes'

/**
 * A reference's rows under its source: each locator once with the letters of the uses citing it
 * there, what those uses add (lettered when not all of the row's uses add it), and the check.
 */
export function FootnoteDetails({ note }: { note: TFootnote }) {
  return (
    <ul className="uses">
      {footnoteDetails(note).map(({ letters, citation, details }) => (
        <li key={letters[0]}>
          {note.uses.length > 1 && <span className="use-letter">{letters.join(', ')}: </span>}
          {formatLocator(citation.locator) && <span>{formatLocator(citation.locator)}</span>}
          {details.map((detail) => (
            <span key={detail.letters[0]} className="use-detail">
              {(details.length > 1 || detail.letters.length < letters.length) && (
                <span className="use-letter"> ({detail.letters.join(', ')})</span>
              )}
              {detail.quote && (
                <q lang={detail.quoteLanguage ?? undefined} className="quote">
                  {' '}
                  {detail.quote}
                </q>
              )}
              {detail.translation && <span className="translation"> — {detail.translation}</span>}
              {detail.note && <span className="citation-note"> {detail.note}</span>}
            </span>
          ))}
          {citation.checkedOn && (
            <span className="citation-check">
              {' '}
              Checked against the source on {longDate(citation.checkedOn)}
              {citation.checkedBy && <> by {citation.checkedBy}</>}.
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
