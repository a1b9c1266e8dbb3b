import Head from 'next/head'
import { FEED_PATH, pageTitle, SITE_DESCRIPTION, SITE_TITLE } from '../lib/site'

/** A page's head: its title, description, canonical address, and what crawlers and citation managers read. */
export function PageHead({
  title,
  description,
  canonical,
  noindex = false,
  meta = [],
}: {
  title?: string
  description?: string
  canonical?: string
  /** A later page of a record's trips, or an answer that is not a page of its own: followed, not indexed. */
  noindex?: boolean
  /** More `<meta name content>` tags, in order; a name may repeat (Highwire's `citation_author`). */
  meta?: readonly { name: string; content: string }[]
}) {
  return (
    <Head>
      <title>{title ? pageTitle(title) : SITE_TITLE}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="description" content={description ?? SITE_DESCRIPTION} />
      {noindex && <meta name="robots" content="noindex, follow" />}
      {canonical && <link rel="canonical" href={canonical} />}
      <link rel="alternate" type="application/atom+xml" href={FEED_PATH} />
      {meta.map((tag, index) => (
        <meta key={`${tag.name}-${index}`} name={tag.name} content={tag.content} />
      ))}
    </Head>
  )
}
