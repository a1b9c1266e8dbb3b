import Link from 'next/link'

type TTripPages = { total: number; page: number; pages: number }

/** Which trips of a record's `total` this page shows, in date order, when they span several pages. */
export function TripRange({ pages, pageSize }: { pages: TTripPages; pageSize: number }) {
  if (pages.pages <= 1) return null
  const first = (pages.page - 1) * pageSize + 1
  return (
    <p>
      Trips {first}–{Math.min(pages.page * pageSize, pages.total)} of {pages.total}, in date order.
    </p>
  )
}

/** Links to the earlier and later pages of a record's trips; `href` names each page's URL. */
export function TripPager({
  pages,
  label,
  href,
}: {
  pages: TTripPages
  label: string
  href: (page: number) => string
}) {
  if (pages.pages <= 1) return null
  return (
    <nav className="pager" aria-label={label}>
      {pages.page > 1 && <Link href={href(pages.page - 1)}>← Earlier trips</Link>}
      {pages.page < pages.pages && <Link href={href(pages.page + 1)}>Later trips →</Link>}
    </nav>
  )
}

/**
 * Page N (N ≥ 2) of a record's trips from its URL segment; page 1 is the record's own URL, so one
 * URL serves each content. Null for anything else, which the page answers with 404.
 */
export function laterPageNumber(segment: string): number | null {
  if (!/^[1-9]\d{0,6}$/.test(segment)) return null
  const page = Number(segment)
  return page >= 2 ? page : null
}
