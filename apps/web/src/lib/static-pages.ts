/**
 * The reader pages rendered once with no script and kept by Next until revalidated by path
 * (src/pages/): the home page and each trip's, leader's, country's and source's page. The CMS's
 * tags name them through `pagePathsForTags` (packages/contracts/src/cache-tags.ts). A record's later
 * pages of trips and the search page are rendered per request, with no script either.
 */
export const isKeptPage = (pathname: string): boolean =>
  pathname === '/' || /^\/(?:trips|leaders|countries|sources)\/[^/]+$/.test(pathname)

/** The home page's one edition: `/` is rewritten to it (next.config.ts), and Next keeps it under this path. */
export const HOME_EDITION = 'current'
export const HOME_PAGE = `/home/${HOME_EDITION}`

/** Where Next keeps a kept page's rendering, the path `res.revalidate` needs: the rewritten one for `/`. */
export const renderedPath = (pathname: string): string => (pathname === '/' ? HOME_PAGE : pathname)
