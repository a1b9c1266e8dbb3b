import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import type React from 'react'
import '../components/visuals.css'
import './globals.css'

export const metadata: Metadata = {
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
  title: { default: 'Itinera — cited history', template: '%s — Itinera' },
  description: "The international trips of North Korea's leaders, every fact with its own source.",
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so its scripts carry that response's CSP nonce (src/proxy.ts);
  // what pages read from the CMS stays in Next's data cache until an approval revalidates its tags.
  await connection()
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-title">
            Itinera
          </Link>
          <span className="site-tagline">cited history</span>
          <nav aria-label="Site" className="site-nav">
            <Link href="/leaders/kim-il-sung">Kim Il Sung</Link>
            <Link href="/leaders/kim-jong-il">Kim Jong Il</Link>
            <Link href="/leaders/kim-jong-un">Kim Jong Un</Link>
            <Link href="/search">Search</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Every fact on this site carries its own source, and nothing is published before a second person has reviewed
          it. Text and data: CC BY 4.0. <a href="/data/trips.json">Open data</a> · <a href="/feed.xml">Feed</a>
        </footer>
      </body>
    </html>
  )
}
