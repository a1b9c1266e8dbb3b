import type { GetStaticProps } from 'next'
import { SourceView, type TSourceViewProps } from '../../components/reader/SourceView'
import { env } from '../../env'
import { cms } from '../../lib/cms'
import { keptPage, renderedAtFirstRequest } from '../../lib/kept-page'
import { sourceIdOf } from '../../lib/record-page'

// Nothing on the page needs a script: Next sends none, so the policy can forbid them all (src/proxy.ts).
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = renderedAtFirstRequest

export const getStaticProps: GetStaticProps<TSourceViewProps, { id: string }> = async ({ params }) => {
  const id = sourceIdOf(params!.id)
  if (id === null) return { notFound: true }
  return keptPage(
    cms.reader.source.query({ id }).then((page) => ({ ...page, pageUrl: `${env.WEB_URL}/sources/${id}` })),
  )
}

/** A source's page (`/sources/<id>`): kept whole, refreshed when a change names the source. */
export default SourceView
