import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BASELINE_SECURITY_HEADERS, HSTS_HEADER } from '@itinera/contracts/http-security'
import type { NextConfig } from 'next'
import { env } from './src/env'
import { HOME_PAGE } from './src/lib/static-pages'

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The contracts package ships TypeScript source, compiled here.
  transpilePackages: ['@itinera/contracts'],
  turbopack: { root: workspaceRoot },
  outputFileTracingRoot: workspaceRoot,
  // Several instances share one data cache in Redis; one alone keeps Next's own (disk and memory).
  ...(env.REDIS_URL
    ? {
        cacheHandler: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'cache-handler.mjs'),
        cacheMaxMemorySize: 0,
      }
    : {}),
  // The home page is a Pages Router page kept whole (src/pages/home/[edition].tsx), under its own path:
  // the rewrite serves it at `/`, and its own path leads back there, so it has one address.
  async rewrites() {
    return [{ source: '/', destination: HOME_PAGE }]
  },
  async redirects() {
    return [{ source: '/home/:edition', destination: '/', permanent: true }]
  },
  async headers() {
    return [
      { source: '/:path*', headers: BASELINE_SECURITY_HEADERS },
      // Frames: none (the page's policy says so too; this covers responses without one).
      { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [HSTS_HEADER],
      },
    ]
  },
}

export default nextConfig
