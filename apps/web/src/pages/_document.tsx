import { Head, Html, Main, NextScript } from 'next/document'

export default function ReaderDocument() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        {/* Renders nothing on pages that opt out of runtime JS (all of ours). */}
        <NextScript />
      </body>
    </Html>
  )
}
