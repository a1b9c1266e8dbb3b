import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { laterPageNumber } from '../../../../../components/reader/TripPager'
import { CountryView, polityMetadata, readPolity } from '../../country-view'

type TProps = { params: Promise<{ slug: string; page: string }> }

async function readPage(params: TProps['params']) {
  const page = laterPageNumber((await params).page)
  if (!page) notFound()
  return readPolity(params, page)
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { ...polityMetadata(await readPage(params)), robots: { index: false, follow: true } }
}

/** Page 2 onwards of the visits to a country (`/countries/<slug>/visits/<n>`). */
export default async function CountryVisitsPage({ params }: TProps) {
  return <CountryView {...await readPage(params)} />
}
