import type { Metadata } from 'next'
import { connection } from 'next/server'
import type React from 'react'
import { SiteLayout } from '../components/SiteLayout'
import { FEED_PATH, SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from '../lib/site'
import '../components/visuals.css'
import './globals.css'

export const metadata: Metadata = {
  alternates: { types: { 'application/atom+xml': FEED_PATH } },
  title: { default: SITE_TITLE, template: `%s — ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page here is rendered per request, so its scripts carry that response's CSP nonce (src/proxy.ts);
  // what pages read from the CMS stays in Next's data cache until an approval revalidates its tags.
  // The pages that need no script at all are in src/pages/, rendered once and kept.
  await connection()
  return (
    <html lang="en">
      <body>
        <SiteLayout>{children}</SiteLayout>
      </body>
    </html>
  )
}
