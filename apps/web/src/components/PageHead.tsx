import Head from 'next/head'
import { FEED_PATH, pageTitle, SITE_DESCRIPTION, SITE_TITLE } from '../lib/site'

/** A Pages Router page's head, worded as the App Router's metadata words it (app/layout.tsx). */
export function PageHead({
  title,
  description,
  canonical,
}: {
  title?: string
  description?: string
  canonical?: string
}) {
  return (
    <Head>
      <title>{title ? pageTitle(title) : SITE_TITLE}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="description" content={description ?? SITE_DESCRIPTION} />
      {canonical && <link rel="canonical" href={canonical} />}
      <link rel="alternate" type="application/atom+xml" href={FEED_PATH} />
    </Head>
  )
}
