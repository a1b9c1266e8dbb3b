import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { laterPageNumber } from '../../../../../components/reader/TripPager'
import { LeaderView, leaderMetadata, readLeader } from '../../leader-view'

type TProps = { params: Promise<{ slug: string; page: string }> }

async function readPage(params: TProps['params']) {
  const page = laterPageNumber((await params).page)
  if (!page) notFound()
  return readLeader(params, page)
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { ...leaderMetadata(await readPage(params)), robots: { index: false, follow: true } }
}

/** Page 2 onwards of a leader's trips (`/leaders/<slug>/trips/<n>`). */
export default async function LeaderTripsPage({ params }: TProps) {
  return <LeaderView {...await readPage(params)} />
}
