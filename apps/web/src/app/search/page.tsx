import type { Metadata } from 'next'
import Link from 'next/link'
import { cms } from '../../lib/cms'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Search' }

const TYPE_LABELS = { trip: 'Trip', place: 'Place', person: 'Person', source: 'Source', polity: 'Country' } as const

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const hits = q.length >= 2 ? (await cms.reader.search.query({ q: q.slice(0, 200) })).hits : null
  return (
    <>
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="q">Trips, places, people and sources</label>
        <input id="q" name="q" type="search" defaultValue={q} minLength={2} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      {q.length === 1 && <p>Type at least two characters.</p>}
      {hits && (
        <section aria-live="polite" aria-labelledby="results-heading">
          <h2 id="results-heading">
            {hits.length} {hits.length === 1 ? 'result' : 'results'} for “{q}”
          </h2>
          <ol className="search-results">
            {hits.map((hit, index) => (
              <li key={`${hit.href}-${index}`}>
                <span className="hit-type">{TYPE_LABELS[hit.type]}</span> <Link href={hit.href}>{hit.title}</Link>
                <p className="snippet">
                  {hit.snippet.map((segment, at) =>
                    segment.match ? <mark key={at}>{segment.text}</mark> : <span key={at}>{segment.text}</span>,
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
