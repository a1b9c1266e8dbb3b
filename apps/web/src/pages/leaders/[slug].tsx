import type { TLeaderPage } from '@itinera/contracts/schemas'
import type { GetStaticProps } from 'next'
import { LeaderView } from '../../components/reader/LeaderView'
import { cms } from '../../lib/cms'
import { keptPage, renderedAtFirstRequest } from '../../lib/kept-page'

// Nothing on the page needs a script: Next sends none, so the policy can forbid them all (src/proxy.ts).
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = renderedAtFirstRequest

export const getStaticProps: GetStaticProps<TLeaderPage, { slug: string }> = ({ params }) =>
  keptPage(cms.reader.leader.query({ slug: params!.slug }))

/** A leader's page (`/leaders/<slug>`): kept whole, refreshed when a change names the leader. */
export default LeaderView
