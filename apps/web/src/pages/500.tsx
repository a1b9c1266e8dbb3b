import { PageHead } from '../components/PageHead'

export const config = { unstable_runtimeJS: false }

/** What a reader sees when a page fails to render (the CMS unreachable): no details, no script. */
export default function ServerErrorPage() {
  return (
    <>
      <PageHead title="Error" noindex />
      <h1>Something went wrong</h1>
      <p className="notice">This page could not be shown just now. Please try again in a minute.</p>
    </>
  )
}
