import type { TPublicSourceRef } from '@itinera/contracts/schemas'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SourceLine } from './SourceLine'

const source: TPublicSourceRef = {
  id: 7,
  kind: 'news_article',
  sourceClass: 'news',
  title: 'Kim arrives in Moscow',
  authors: [],
  date: null,
  publisher: null,
  url: 'https://news.example/kim-moscow',
  urlStatus: 'live',
  archiveUrl: 'https://web.archive.org/web/20190315083000/https://news.example/kim-moscow',
  archiveDate: '2019-03-15T00:00:00.000Z',
  repository: null,
  identifiers: null,
}
const line = (changes: Partial<TPublicSourceRef>) =>
  renderToStaticMarkup(<SourceLine source={{ ...source, ...changes }} />)

describe('SourceLine', () => {
  it('should link a live source online', () => {
    const html = line({})
    expect(html).toContain(
      '<a href="https://news.example/kim-moscow" rel="noopener noreferrer nofollow" class="source-url">online</a>',
    )
    expect(html).not.toContain('Archived')
  })

  it('should link a dead source to its archived copy, archived from the original on its date, the original marked dead', () => {
    const html = line({ urlStatus: 'dead' })
    expect(html).toContain(
      `<a href="${source.archiveUrl}" rel="noopener noreferrer nofollow" class="source-url">Archived</a>`,
    )
    expect(html).toContain(
      'from <a href="https://news.example/kim-moscow" rel="noopener noreferrer nofollow" class="source-dead">the original</a> on 15 March 2019<span class="source-dead"> (link dead)</span>',
    )
  })

  it('should mark a dead source without an archived copy dead, with no link', () => {
    const html = line({ urlStatus: 'dead', archiveUrl: null, archiveDate: null })
    expect(html).toContain('(link dead)')
    expect(html).not.toContain('<a href="https://news.example')
  })
})
