import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import { BASELINE_SECURITY_HEADERS, HSTS_HEADER } from '@itinera/contracts/http-security'
import type { NextConfig } from 'next'

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Payload names its errors after their classes (`"name": "Forbidden"`) and formats a nameless
  // one as "An unknown error occurred.": minified server code would answer `"name": "a"`, or lose
  // the message. The browser's code is still minified.
  experimental: { serverMinification: false, turbopackMinify: { server: false, client: true, edge: true } },
  // The contracts package ships TypeScript source, compiled here.
  transpilePackages: ['@itinera/contracts'],
  turbopack: { root: workspaceRoot },
  outputFileTracingRoot: workspaceRoot,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          ...BASELINE_SECURITY_HEADERS,
          // The API's policy. The admin's pages get a nonce-based one from src/proxy.ts instead.
          {
            key: 'Content-Security-Policy',
            value: "frame-ancestors 'self'; base-uri 'self'; object-src 'none'; form-action 'self'",
          },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [HSTS_HEADER],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
