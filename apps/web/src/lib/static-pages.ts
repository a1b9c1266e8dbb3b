/**
 * The reader's pages about no one record: the home page (kept whole, src/pages/home/) and the
 * search page (rendered per request). Every other reader page is a record's (`recordPageOf`);
 * the proxy answers any other address 404 itself (src/proxy.ts).
 */
export const isPageOfNoRecord = (pathname: string): boolean => pathname === '/' || pathname === '/search'

/** The home page's one edition: `/` is rewritten to it (next.config.ts), and Next keeps it under this path. */
export const HOME_EDITION = 'current'
export const HOME_PAGE = `/home/${HOME_EDITION}`

/** Where Next keeps a kept page's rendering, the path `res.revalidate` needs: the rewritten one for `/`. */
export const renderedPath = (pathname: string): string => (pathname === '/' ? HOME_PAGE : pathname)
