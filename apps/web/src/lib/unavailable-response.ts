import { createHash } from 'node:crypto'
import { readerStaticContentSecurityPolicy } from '@itinera/contracts/http-security'
import type { TTombstone, TUnavailablePage } from '@itinera/contracts/schemas'
import { longDate } from './dates'

const WHAT: Record<TTombstone['collection'], string> = {
  trips: 'trip',
  sources: 'source',
  leaders: 'leader',
  polities: 'country',
  places: 'place',
  people: 'person',
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

/**
 * Missing (404): no approved record has that address (never had, not yet approved, or renamed).
 * Gone (410): retracted through review, which is meant to last; a later approval brings it back.
 * Withheld (403): the trip exists and the reader refuses to show it until it is reviewed again,
 * saying why; not 404 (that says nothing is there and is cached by default), not 503 (the server
 * is fine and no retry time can be promised), not 451 (no legal demand), not 200 (caches and search
 * engines would keep the notice as the trip).
 */
export const UNAVAILABLE_STATUS = { missing: 404, retracted: 410, withheld: 403 } as const

function body(page: NonNullable<TUnavailablePage>): { title: string; main: string } {
  if (page.state === 'missing')
    return {
      title: 'Not found',
      main: `<h1>Not found</h1>
<p class="notice">This page could not be found: nothing published has this address.</p>`,
    }
  if (page.state === 'retracted') {
    const { collection, title, reason, retractedAt } = page.tombstone
    return {
      title: `Retracted: ${title}`,
      main: `<h1>${escape(title)}</h1>
<p class="notice">This ${WHAT[collection]} was retracted on ${longDate(retractedAt)} after review, and is no longer published.</p>
<h2>Reason</h2>
<p>${escape(reason)}</p>`,
    }
  }
  const retracted = page.sources.map((source) =>
    source.retractedAt
      ? `${source.title ? `“${escape(source.title)}”` : 'A source it cited'} was retracted on ${longDate(source.retractedAt)}.`
      : `${source.title ? `“${escape(source.title)}”` : 'A source it cited'} is no longer published.`,
  )
  const first = page.sources[0]!
  return {
    title: `Withheld: ${page.title}`,
    main: `<h1>${escape(page.title)}</h1>
<p class="notice">This trip is withheld while it is re-reviewed: a source it cited was ${first.retractedAt ? `retracted on ${longDate(first.retractedAt)}` : 'withdrawn'}.</p>
<p>Its facts are not shown until a second person has checked them against their remaining sources again: shown now, some would stand without the citations they were approved with.</p>
<ul>${retracted.map((line) => `<li>${line}</li>`).join('')}</ul>`,
  }
}

// The answer's only style, allowed by its hash (UNAVAILABLE_STYLE_HASH): the same in every answer, so no nonce is needed.
const STYLE = `
body{margin:0 auto;max-width:46rem;padding:0 1.25rem 3rem;font-family:'Iowan Old Style','Palatino Linotype',Palatino,Georgia,serif;color:#1d1d1f;background:#fdfcf9;line-height:1.55}
a{color:#8a1c1c}header{border-bottom:1px solid #d9d6cf;padding:1.25rem 0 .75rem}
header a{font-size:1.4rem;font-weight:700;text-decoration:none;color:#1d1d1f}
.notice{border-left:3px solid #8a1c1c;padding-left:.75rem}
`

/** The CSP hash source of the answer's style (`'sha256-…'`, without the quotes). */
export const UNAVAILABLE_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`

/** Nothing published has the address: a record no approved one has, or a path that is no reader page. */
export const MISSING = { state: 'missing' } as const

/**
 * The page a retracted record's URLs, a withheld trip's page and an address with nothing published
 * answer with: plain HTML, no script, under the reader's static policy allowing only its own style.
 */
export function unavailableResponse(
  page: NonNullable<TUnavailablePage>,
  policy: Parameters<typeof readerStaticContentSecurityPolicy>[0] = {},
) {
  const { title, main } = body(page)
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} — Itinera</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">Itinera</a></header>
<main id="main">
${main}
<p><a href="/">Back to the home page</a></p>
</main>
</body>
</html>
`
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': readerStaticContentSecurityPolicy({ ...policy, styleHashes: [UNAVAILABLE_STYLE_HASH] }),
  }
  return { status: UNAVAILABLE_STATUS[page.state], html, headers }
}
