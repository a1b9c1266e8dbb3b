import type { TLeaderPage } from '@itinera/contracts/schemas'
import { LeaderView } from '../../../../components/reader/LeaderView'
import { cms } from '../../../../lib/cms'
import { laterPage } from '../../../../lib/kept-page'

export const config = { unstable_runtimeJS: false }

export const getServerSideProps = laterPage<TLeaderPage, { slug: string; page: string }>(({ slug }, page) =>
  cms.reader.leader.query({ slug, page }),
)

/** Page 2 onwards of a leader's trips (`/leaders/<slug>/trips/<n>`). */
export default LeaderView
