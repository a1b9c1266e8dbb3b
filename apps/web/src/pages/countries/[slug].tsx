import type { TPolityPage } from '@itinera/contracts/schemas'
import type { GetStaticProps } from 'next'
import { CountryView } from '../../components/reader/CountryView'
import { cms } from '../../lib/cms'
import { keptPage, renderedAtFirstRequest } from '../../lib/kept-page'

// Nothing on the page needs a script: Next sends none, so the policy can forbid them all (src/proxy.ts).
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = renderedAtFirstRequest

export const getStaticProps: GetStaticProps<TPolityPage, { slug: string }> = ({ params }) =>
  keptPage(cms.reader.polity.query({ slug: params!.slug }))

/** A country's page (`/countries/<slug>`): kept whole, refreshed when a change names the country. */
export default CountryView
