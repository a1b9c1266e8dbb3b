import Link from 'next/link'
import type React from 'react'
import { FEED_PATH } from '../lib/site'

/** The chrome around every reader page (header, navigation, footer), from the Pages Router's `_app`. */
export function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
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
        Every fact on this site carries its own source, and nothing is published before a second person has reviewed it.
        Text and data: CC BY 4.0. <a href="/data/trips.json">Open data</a> · <a href={FEED_PATH}>Feed</a>
      </footer>
    </>
  )
}
