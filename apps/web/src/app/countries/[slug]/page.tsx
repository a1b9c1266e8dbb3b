import type { Metadata } from 'next'
import { CountryView, polityMetadata, readPolity } from './country-view'

type TProps = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return polityMetadata(await readPolity(params))
}

export default async function CountryPage({ params }: TProps) {
  return <CountryView {...await readPolity(params)} />
}
