import type { MetadataRoute } from 'next'
import { env } from '../env'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${env.WEB_URL}/sitemap.xml` }
}
