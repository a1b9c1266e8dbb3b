import { SOURCE_KIND_LABELS } from '@itinera/contracts/domain'
import { formatPartialDate } from '@itinera/contracts/partial-date'
import type { TPublicSourceRef } from '@itinera/contracts/schemas'
import Link from 'next/link'

/** A source as a reference-list entry: authors, linked title, publisher, date, call number, where to read it. */
export function SourceLine({ source }: { source: TPublicSourceRef }) {
  const authors = source.authors.map((author) => author.name).join(', ')
  const date = source.date ? formatPartialDate(source.date) : null
  const readAt = source.urlStatus === 'dead' ? source.archiveUrl : (source.url ?? source.archiveUrl)
  return (
    <span className="source-line">
      {authors && <>{authors}. </>}
      <Link href={`/sources/${source.id}`}>{source.title}</Link>
      {source.publisher && <>. {source.publisher}</>}
      {date && <>, {date}</>}
      {source.identifiers?.callNumber && <>. {source.identifiers.callNumber}</>}
      {source.repository && <>. {source.repository}</>}
      {source.identifiers?.isbn && <>. ISBN {source.identifiers.isbn}</>}
      <span className="source-kind">
        {' '}
        ({SOURCE_KIND_LABELS[source.kind]}
        {source.sourceClass === 'tertiary' ? ', tertiary' : ''})
      </span>
      {readAt && (
        <>
          {' '}
          <a href={readAt} rel="noopener noreferrer nofollow" className="source-url">
            {source.urlStatus === 'dead' ? 'archived copy' : 'online'}
          </a>
        </>
      )}
      {source.urlStatus === 'dead' && !source.archiveUrl && <span className="source-dead"> (link dead)</span>}
    </span>
  )
}
