import { formatPartialDate } from '@itinera/contracts/partial-date'
import { SOURCE_CITED_BY_PAGE_SIZE, type TSourcePage } from '@itinera/contracts/schemas'
import Link from 'next/link'
import { citationMetaTags, formatCitation } from '../../lib/citation'
import { PageHead } from '../PageHead'
import { TripPager, TripRange } from './TripPager'

/** A source's page with the given page of the trips citing it, and the page's address. */
export type TSourceViewProps = TSourcePage & { pageUrl: string }

/** The page's head: canonical address and, on page 1, the Highwire tags (`citation_*`) Zotero and Google Scholar read. */
function sourceHead({ source, citingTrips, pageUrl }: TSourceViewProps) {
  if (citingTrips.page > 1)
    return (
      <PageHead
        title={`${source.title}: citing trips, page ${citingTrips.page} of ${citingTrips.pages}`}
        canonical={pageUrl}
        noindex
      />
    )
  return (
    <PageHead
      title={source.title}
      description={source.summary ?? `A source cited by Itinera: ${source.title}.`}
      canonical={pageUrl}
      meta={citationMetaTags(source, { pageUrl })}
    />
  )
}

const EXPORTS = [
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
  ['csl-json', 'CSL-JSON'],
] as const

/** A source's page: its description, how to cite it, and a page of the facts citing it. */
export function SourceView(page: TSourceViewProps) {
  const { source, citingTrips, citedBy } = page
  const rows: [string, React.ReactNode][] = [
    ['Kind', source.kind.replace(/_/g, ' ')],
    ['Authors', source.authors.map((author) => author.name).join(', ')],
    ['Date', source.date ? formatPartialDate(source.date) : null],
    ['Series', source.series],
    ['Published in', source.publishedIn],
    [
      'Volume, issue, pages',
      [
        source.volume && `vol. ${source.volume}`,
        source.issue && `no. ${source.issue}`,
        source.pages && `pp. ${source.pages}`,
      ]
        .filter(Boolean)
        .join(', ') || null,
    ],
    ['Publisher', [source.publisher, source.place].filter(Boolean).join(', ') || null],
    ['Language', source.language],
    ['Translated by', source.translator],
    ['Repository', [source.repository, source.archiveCollection].filter(Boolean).join(', ') || null],
    ['Call number', source.identifiers?.callNumber],
    ['Record', source.identifiers?.recordId],
    ['Obtained by', source.obtainedBy],
    ['ISBN', source.identifiers?.isbn],
    ['DOI', source.identifiers?.doi],
    [
      'Online',
      source.url ? (
        <>
          <a href={source.url} rel="noopener noreferrer nofollow">
            {source.url}
          </a>{' '}
          ({source.urlStatus ?? 'live'}
          {source.accessDate && <>, accessed {source.accessDate.slice(0, 10)}</>})
        </>
      ) : null,
    ],
    [
      'Archived copy',
      source.archiveUrl ? (
        <>
          <a href={source.archiveUrl} rel="noopener noreferrer nofollow">
            {source.archiveUrl}
          </a>
          {source.archiveDate && <> ({source.archiveDate.slice(0, 10)})</>}
        </>
      ) : null,
    ],
    ['Rights', source.rights],
  ]
  return (
    <>
      {sourceHead(page)}
      <p className="breadcrumbs">Source</p>
      <h1>{source.title}</h1>
      {source.summary && <p className="lede">{source.summary}</p>}
      <dl className="facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="fact-row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <h2>Cite this source</h2>
      <p className="cite-this">{formatCitation(source)}</p>
      <p>
        Export:{' '}
        {EXPORTS.map(([format, label], index) => (
          <span key={format}>
            {index > 0 && ' · '}
            <a href={`/sources/${source.id}/export/${format}`} download>
              {label}
            </a>
          </span>
        ))}
      </p>
      <h2 id="cited-by">
        Facts citing this source ({citingTrips.total} {citingTrips.total === 1 ? 'trip' : 'trips'})
      </h2>
      <TripRange pages={citingTrips} pageSize={SOURCE_CITED_BY_PAGE_SIZE} />
      {citedBy.length === 0 ? (
        <p>No approved fact cites this source yet.</p>
      ) : (
        <ul className="cited-by">
          {citedBy.map((use) => (
            <li key={`${use.trip.slug}-${use.citationId}`}>
              <Link href={`/trips/${use.trip.slug}`}>{use.trip.title}</Link>: {use.label.toLowerCase()}
              {use.locator && <> ({use.locator})</>}
            </li>
          ))}
        </ul>
      )}
      <TripPager
        pages={citingTrips}
        label="Pages of citing trips"
        href={(page) =>
          page === 1 ? `/sources/${source.id}#cited-by` : `/sources/${source.id}/cited-by/${page}#cited-by`
        }
      />
    </>
  )
}
