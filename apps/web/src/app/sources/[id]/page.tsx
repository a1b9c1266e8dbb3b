import { formatPartialDate } from '@itinera/contracts/partial-date'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { env } from '../../../env'
import { citationMetaTags, formatCitation } from '../../../lib/citation'
import { cms } from '../../../lib/cms'
import { orNotFound } from '../../../lib/not-found'

// Rendered on a page's first visit, then served from Next's cache until an approval revalidates
// the tags of what it shows (or the 5-minute backstop passes).
export const dynamicParams = true
export const generateStaticParams = async () => []

type TProps = { params: Promise<{ id: string }> }

async function readSource(params: TProps['params']) {
  const id = Number((await params).id)
  if (!Number.isInteger(id) || id <= 0) notFound()
  return orNotFound(cms.reader.source.query({ id }))
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { source } = await readSource(params)
  const pageUrl = `${env.WEB_URL}/sources/${source.id}`
  // Highwire Press tags (citation_*), which Zotero and Google Scholar read; repeated names stay repeated.
  const other: Record<string, string[]> = {}
  for (const tag of citationMetaTags(source, { pageUrl })) other[tag.name] = [...(other[tag.name] ?? []), tag.content]
  return { title: source.title, description: source.summary ?? `A source cited by Itinera: ${source.title}.`, alternates: { canonical: pageUrl }, other }
}

const EXPORTS = [
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
  ['csl-json', 'CSL-JSON'],
] as const

export default async function SourcePage({ params }: TProps) {
  const { source, citedBy } = await readSource(params)
  const rows: [string, React.ReactNode][] = [
    ['Kind', source.kind.replace(/_/g, ' ')],
    ['Authors', source.authors.map((author) => author.name).join(', ')],
    ['Date', source.date ? formatPartialDate(source.date) : null],
    ['Publisher', source.publisher],
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
      <h2>Facts citing this source ({citedBy.length})</h2>
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
    </>
  )
}
