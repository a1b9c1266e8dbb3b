import { PageHead } from '../components/PageHead'

// Like every reader page: no script, so the static policy forbids them all (src/proxy.ts).
export const config = { unstable_runtimeJS: false }

/** Next's 404 for an address no page has (a record's missing page is answered by the proxy, src/proxy.ts). */
export default function NotFoundPage() {
  return (
    <>
      <PageHead title="Not found" noindex />
      <h1>Not found</h1>
      <p className="notice">This page could not be found.</p>
      <p>
        <a href="/">Back to the home page</a> or <a href="/search">search</a> the trips, places, people and sources.
      </p>
    </>
  )
}
