import type { TSearchHit } from '@itinera/contracts/schemas'
import type { GetServerSideProps } from 'next'
import Link from 'next/link'
import { PageHead } from '../components/PageHead'
import { cms } from '../lib/cms'

// Nothing on the page needs a script (the form is a GET form): Next sends none, so the policy can forbid them all.
export const config = { unstable_runtimeJS: false }

const TYPE_LABELS = { trip: 'Trip', place: 'Place', person: 'Person', source: 'Source', polity: 'Country' } as const

type TProps = { q: string; hits: TSearchHit[] | null }

/** Rendered per request, never kept: its input is free text (src/lib/cache-policy.ts). */
export const getServerSideProps: GetServerSideProps<TProps> = async ({ query }) => {
  const raw = query.q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const hits = q.length >= 2 ? (await cms.reader.search.query({ q: q.slice(0, 200) })).hits : null
  return { props: { q, hits } }
}

export default function SearchPage({ q, hits }: TProps) {
  return (
    <>
      <PageHead title="Search" noindex={q !== ''} />
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="q">Trips, places, people and sources</label>
        <input id="q" name="q" type="search" defaultValue={q} minLength={2} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      {q.length === 1 && <p>Type at least two characters.</p>}
      {hits && (
        <section aria-labelledby="results-heading">
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
