import type { AppProps } from 'next/app'
import { SiteLayout } from '../components/SiteLayout'
import '../components/visuals.css'
import '../styles/globals.css'

/** Every reader page (src/pages/, none with a script) in the site's chrome and styles. */
export default function ReaderApp({ Component, pageProps }: AppProps) {
  return (
    <SiteLayout>
      <Component {...pageProps} />
    </SiteLayout>
  )
}
