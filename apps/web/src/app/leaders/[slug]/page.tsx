import type { Metadata } from 'next'
import { LeaderView, leaderMetadata, readLeader } from './leader-view'

type TProps = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return leaderMetadata(await readLeader(params))
}

export default async function LeaderPage({ params }: TProps) {
  return <LeaderView {...await readLeader(params)} />
}
