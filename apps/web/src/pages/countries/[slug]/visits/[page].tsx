import type { TPolityPage } from '@itinera/contracts/schemas'
import { CountryView } from '../../../../components/reader/CountryView'
import { cms } from '../../../../lib/cms'
import { laterPage } from '../../../../lib/kept-page'

export const config = { unstable_runtimeJS: false }

export const getServerSideProps = laterPage<TPolityPage, { slug: string; page: string }>(({ slug }, page) =>
  cms.reader.polity.query({ slug, page }),
)

/** Page 2 onwards of the visits to a country (`/countries/<slug>/visits/<n>`). */
export default CountryView
