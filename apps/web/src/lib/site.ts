/** What every reader page says of the site (components/PageHead.tsx, components/SiteLayout.tsx). */
export const SITE_NAME = 'Itinera'
export const SITE_TITLE = 'Itinera — cited history'
export const SITE_DESCRIPTION = "The international trips of North Korea's leaders, every fact with its own source."
export const FEED_PATH = '/feed.xml'

/** A page's own title, as every page of the site words it. */
export const pageTitle = (title: string) => `${title} — ${SITE_NAME}`
