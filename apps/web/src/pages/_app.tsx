import type { AppProps } from 'next/app'
import { SiteLayout } from '../components/SiteLayout'
import '../components/visuals.css'
import '../app/globals.css'

/** The Pages Router's pages (rendered once, no script) in the same chrome and styles as the App Router's. */
export default function ReaderApp({ Component, pageProps }: AppProps) {
  return (
    <SiteLayout>
      <Component {...pageProps} />
    </SiteLayout>
  )
}
