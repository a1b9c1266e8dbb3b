import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Itinera — cited history', template: '%s — Itinera' },
  description: "The international trips of North Korea's leaders, every fact with its own source.",
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
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
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Every fact on this site carries its own source, and nothing is published before a second person has
          reviewed it.
        </footer>
      </body>
    </html>
  )
}
