import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { laterPageNumber } from '../../../../../components/reader/TripPager'
import { env } from '../../../../../env'
import { readSource, SourceView } from '../../source-view'

type TProps = { params: Promise<{ id: string; page: string }> }

async function readPage(params: TProps['params']) {
  const page = laterPageNumber((await params).page)
  if (!page) notFound()
  return readSource(params, page)
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { source, citingTrips } = await readPage(params)
  return {
    title: `${source.title}: citing trips, page ${citingTrips.page} of ${citingTrips.pages}`,
    alternates: { canonical: `${env.WEB_URL}/sources/${source.id}/cited-by/${citingTrips.page}` },
    robots: { index: false, follow: true },
  }
}

export default async function SourceCitedByPage({ params }: TProps) {
  return <SourceView {...await readPage(params)} />
}
