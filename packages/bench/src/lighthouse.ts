import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

/** The reader's pages the bench scores, by what they are. */
export type TLighthousePages = Record<string, string>

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export interface TLighthouseScores {
  page: string
  url: string
  /** 0–100 per category; null when Lighthouse could not score it (its reason in `problem`). */
  scores: Record<(typeof CATEGORIES)[number], number | null>
  problem?: string
}

/** Debian's Chromium, the browser the e2e tests use (Playwright's own download is not reachable). */
const CHROMIUM = '/usr/bin/chromium'

/**
 * Lighthouse (desktop preset, no throttling of this machine's own loopback) on each page, one
 * after another in one headless Chromium: the four category scores of each.
 */
export async function lighthouseScores(pages: TLighthousePages): Promise<TLighthouseScores[]> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const results: TLighthouseScores[] = []
    for (const [page, url] of Object.entries(pages)) {
      const answer = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        { extends: 'lighthouse:default', settings: { formFactor: 'desktop', screenEmulation: { disabled: true } } },
      )
      const categories = answer?.lhr.categories ?? {}
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => {
          const score = categories[category]?.score
          return [category, typeof score === 'number' ? Math.round(score * 100) : null]
        }),
      ) as TLighthouseScores['scores']
      const problem = answer?.lhr.runtimeError?.message
      results.push({ page, url, scores, ...(problem ? { problem } : {}) })
    }
    return results
  } finally {
    chrome.kill()
  }
}

/** The report's rows: one per page, its four scores. */
export const lighthouseRows = (results: TLighthouseScores[]): string[][] =>
  results.map(({ page, scores, problem }) => [
    `Lighthouse, ${page} (perf / a11y / best practices / SEO)`,
    `${CATEGORIES.map((category) => scores[category] ?? '–').join(' / ')}${problem ? ` (${problem})` : ''}`,
    '100 / 100 / 100 / 100',
  ])
