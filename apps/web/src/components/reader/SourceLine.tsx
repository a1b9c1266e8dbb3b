import { SOURCE_KIND_LABELS } from '@itinera/contracts/domain'
import { formatPartialDate } from '@itinera/contracts/partial-date'
import type { TPublicSourceRef } from '@itinera/contracts/schemas'
import Link from 'next/link'

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** As Wikipedia's cite templates print a dead link: the archived copy first, the original named and marked dead. */
function ArchivedFrom({ source, archiveUrl }: { source: TPublicSourceRef; archiveUrl: string }) {
  return (
    <span className="source-archived">
      {' '}
      <a href={archiveUrl} rel="noopener noreferrer nofollow" className="source-url">
        Archived
      </a>{' '}
      from{' '}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer nofollow" className="source-dead">
          the original
        </a>
      ) : (
        'the original'
      )}
      {source.archiveDate && <> on {DAY.format(new Date(source.archiveDate))}</>}
      <span className="source-dead"> (link dead)</span>
    </span>
  )
}

/** A source as a reference-list entry: authors, linked title, publisher, date, call number, where to read it. */
export function SourceLine({ source }: { source: TPublicSourceRef }) {
  const authors = source.authors.map((author) => author.name).join(', ')
  const date = source.date ? formatPartialDate(source.date) : null
  const dead = source.urlStatus === 'dead'
  const readAt = dead ? null : (source.url ?? source.archiveUrl)
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
      {dead && source.archiveUrl ? (
        <ArchivedFrom source={source} archiveUrl={source.archiveUrl} />
      ) : (
        readAt && (
          <>
            {' '}
            <a href={readAt} rel="noopener noreferrer nofollow" className="source-url">
              online
            </a>
          </>
        )
      )}
      {dead && !source.archiveUrl && <span className="source-dead"> (link dead)</span>}
    </span>
  )
}
