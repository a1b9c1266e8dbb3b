import { describe, expect, it } from 'vitest'
import { SOURCE_KIND_LABELS, SOURCE_KINDS, selectOptions, ZPublicSourceRefSchema } from './index'

describe('selectOptions', () => {
  it('should give every value of a list, in order, with its words', () => {
    const options = selectOptions(SOURCE_KINDS, SOURCE_KIND_LABELS)
    expect(options).toHaveLength(SOURCE_KINDS.length)
    expect(options.map((option) => option.value)).toEqual([...SOURCE_KINDS])
    expect(options.find((option) => option.value === 'news_article')?.label).toBe('news report')
  })
})

describe('domain lists in the public schemas', () => {
  const source = { id: 1, title: 'Telegram', authors: [], date: null }

  it('should read every listed source kind and refuse one not listed', () => {
    for (const kind of SOURCE_KINDS) expect(ZPublicSourceRefSchema.parse({ ...source, kind }).kind).toBe(kind)
    expect(ZPublicSourceRefSchema.safeParse({ ...source, kind: 'rumour' }).success).toBe(false)
  })
})
