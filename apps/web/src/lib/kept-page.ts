import type { GetServerSideProps, GetStaticPaths, GetStaticPropsResult } from 'next'
import { laterPageNumber } from '../components/reader/TripPager'
import { MAX_AGE_SECONDS } from './cms'
import { orMissing } from './not-found'
import { MISSING, unavailableResponse } from './unavailable-response'

/**
 * The kept pages' paths (src/pages/): none at build, when the CMS is not running; each page is
 * rendered at its first request and kept until the CMS's revalidation names it
 * (/api/revalidate-pages), MAX_AGE_SECONDS at most.
 */
export const renderedAtFirstRequest: GetStaticPaths = () => ({ paths: [], fallback: 'blocking' })

/** A kept page's props from its CMS read, or its 404 when nothing is there. */
export async function keptPage<TProps extends object>(read: Promise<TProps>): Promise<GetStaticPropsResult<TProps>> {
  const props = await orMissing(read)
  return props ? { props, revalidate: MAX_AGE_SECONDS } : { notFound: true, revalidate: MAX_AGE_SECONDS }
}

/**
 * A record's later page of trips (`…/<n>`, n from 2), rendered per request with no script: never
 * kept, as anyone can name a million page numbers and Next would keep each answer, 404s included;
 * deep and rarely read, and the edge holds each a second (apps/edge). A page number past the last
 * is answered 404 here, like the proxy's (src/proxy.ts), not by Next's `notFound`: with route
 * handlers in app/, Next answers that with the App Router's not-found page and its scripts.
 */
export function laterPage<TProps extends object, TParams extends { page: string }>(
  // null: the parameters name no possible record.
  read: (params: TParams, page: number) => Promise<TProps> | null,
): GetServerSideProps<TProps, TParams> {
  return async ({ params, req, res }) => {
    const page = laterPageNumber(params!.page)
    const reading = page ? read(params!, page) : null
    const props = reading ? await orMissing(reading) : null
    if (props) return { props }
    const { status, html, headers } = unavailableResponse(MISSING, {
      https: req.headers['x-forwarded-proto'] === 'https',
    })
    // Set one by one, so that Next sees the answer's own Cache-Control (it sets one after this
    // function unless `getHeader` finds it, and would throw: headers already sent); it renders no
    // page for an answer already sent.
    res.statusCode = status
    for (const [name, value] of Object.entries({ ...headers, 'Cache-Control': 'no-store' })) res.setHeader(name, value)
    res.end(html)
    return { props: {} as TProps }
  }
}
