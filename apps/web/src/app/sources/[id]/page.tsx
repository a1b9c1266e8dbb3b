import type { Metadata } from 'next'
import { env } from '../../../env'
import { citationMetaTags } from '../../../lib/citation'
import { readSource, SourceView } from './source-view'

type TProps = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { source } = await readSource(params)
  const pageUrl = `${env.WEB_URL}/sources/${source.id}`
  // Highwire Press tags (citation_*), which Zotero and Google Scholar read; repeated names stay repeated.
  const other: Record<string, string[]> = {}
  for (const tag of citationMetaTags(source, { pageUrl })) other[tag.name] = [...(other[tag.name] ?? []), tag.content]
  return {
    title: source.title,
    description: source.summary ?? `A source cited by Itinera: ${source.title}.`,
    alternates: { canonical: pageUrl },
    other,
  }
}

export default async function SourcePage({ params }: TProps) {
  return <SourceView {...await readSource(params)} />
}
