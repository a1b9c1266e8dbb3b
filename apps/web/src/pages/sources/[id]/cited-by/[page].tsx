import { SourceView, type TSourceViewProps } from '../../../../components/reader/SourceView'
import { env } from '../../../../env'
import { cms } from '../../../../lib/cms'
import { laterPage } from '../../../../lib/kept-page'
import { sourceIdOf } from '../../../../lib/record-page'

export const config = { unstable_runtimeJS: false }

export const getServerSideProps = laterPage<TSourceViewProps, { id: string; page: string }>((params, page) => {
  const id = sourceIdOf(params.id)
  if (id === null) return null
  return cms.reader.source
    .query({ id, page })
    .then((source) => ({ ...source, pageUrl: `${env.WEB_URL}/sources/${id}/cited-by/${page}` }))
})

/** Page 2 onwards of the trips citing a source (`/sources/<id>/cited-by/<n>`). */
export default SourceView
