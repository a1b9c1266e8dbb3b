import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { MISSING, UNAVAILABLE_STYLE_HASH, unavailableResponse } from './unavailable-response'

describe('unavailableResponse', () => {
  it('should answer a retracted record 410 with what it was, the reason and the date, escaped', () => {
    const { status, html } = unavailableResponse({
      state: 'retracted',
      tombstone: {
        collection: 'trips',
        title: 'Visit to <Moscow>',
        reason: 'The "telegram" was a forgery & is withdrawn.',
        retractedAt: '2026-11-30T23:59:00.000Z',
      },
    })
    expect(status).toBe(410)
    expect(html).toContain('<h1>Visit to &lt;Moscow&gt;</h1>')
    expect(html).toContain('This trip was retracted on 30 November 2026')
    expect(html).toContain('The &quot;telegram&quot; was a forgery &amp; is withdrawn.')
    // Its one style is the one the policy's hash allows, byte for byte.
    const style = /<style>([^<]*)<\/style>/.exec(html)![1]!
    expect(UNAVAILABLE_STYLE_HASH).toBe(`sha256-${createHash('sha256').update(style).digest('base64')}`)
    expect(html).not.toContain('<script')
  })

  it('should answer a withheld trip 403 naming when its source was retracted, or that it is withdrawn', () => {
    const { status, html } = unavailableResponse({
      state: 'withheld',
      title: 'Visit to Beijing',
      sources: [
        { title: 'Ciphered telegram', retractedAt: '2026-12-01T08:00:00.000Z' },
        { title: null, retractedAt: null },
      ],
    })
    expect(status).toBe(403)
    expect(html).toContain('withheld while it is re-reviewed: a source it cited was retracted on 1 December 2026')
    expect(html).toContain('<li>“Ciphered telegram” was retracted on 1 December 2026.</li>')
    expect(html).toContain('<li>A source it cited is no longer published.</li>')
  })

  it('should answer an unknown trip 404 with the same page and style, and no script', () => {
    const { status, html } = unavailableResponse({ state: 'missing' })
    expect(status).toBe(404)
    expect(html).toContain('<h1>Not found</h1>')
    expect(html).toContain('This page could not be found')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toContain('<script')
  })

  it('should send its page under the static policy allowing its own style only', () => {
    const { headers } = unavailableResponse(MISSING, { https: true })
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8')
    const policy = headers['Content-Security-Policy']
    expect(policy).toContain(`script-src 'none'`)
    expect(policy).toContain(`style-src 'self' '${UNAVAILABLE_STYLE_HASH}'`)
    expect(policy).not.toMatch(/nonce|unsafe/)
  })
})
