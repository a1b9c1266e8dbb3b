import { beforeAll, describe, expect, it } from 'vitest'
import { TRIPS } from '../../slugs'
import { setupIntegration } from '../../test/integration'
import { citedTripData } from '../../test/referenceData'
import { rest } from '../../test/rest'
import { approvedSource, createDraft, draftSource } from '../../test/workflow'
import type { TSourcePickerHit } from './sourcePickerHit'

const integration = await setupIntegration('source-picker', { referenceData: true })
const { payload, actors, ref } = integration

const pick = async (query: string, as: keyof typeof actors = 'editor') =>
  rest(payload, 'GET', `/source-picker?${query}`, { headers: actors[as].headers })
const hits = async (q: string, as: keyof typeof actors = 'editor') =>
  ((await pick(`q=${encodeURIComponent(q)}`, as)).json as { hits: TSourcePickerHit[] }).hits

let dictionary1998: { id: number }
let dictionary2009: { id: number }
let telegram: { id: number }
let afpReport: { id: number }

beforeAll(async () => {
  const book = {
    kind: 'book',
    sourceClass: 'tertiary',
    title: "Historical Dictionary of Democratic People's Republic of Korea",
  } as const
  dictionary1998 = await approvedSource(integration, {
    ...book,
    authors: [{ name: 'James E. Hoare' }, { name: 'Susan Pares' }],
    date: { year: 1998 },
    publisher: 'Scarecrow Press',
    identifiers: { isbn: '9780810849372' },
  })
  dictionary2009 = await draftSource(integration, 'editor', {
    ...book,
    authors: [{ name: 'Jo Anne Smith' }, { name: 'Ann Lee' }, { name: 'Ruth Park' }],
    date: { year: 2009 },
  })
  telegram = await approvedSource(integration, {
    title: 'Ciphered telegram from Shtykov',
    identifiers: { callNumber: 'AVPRF F. 0102, Op. 13, P. 72, Delo 5', recordId: '114921' },
    date: { year: 1950 },
  })
  afpReport = await approvedSource(integration, {
    kind: 'news_article',
    sourceClass: 'news',
    title: 'Kim arrives in Beijing',
    publisher: 'AFP',
    date: { year: 2018 },
  })
})

describe('the source picker (GET /api/source-picker)', () => {
  it('should find a source by author, publisher, ISBN, DOI-less call number, record id, year or id, not by title alone', async () => {
    const ids = async (q: string) => (await hits(q)).map((hit) => hit.id)
    expect(await ids('Hoare')).toEqual([dictionary1998.id])
    expect(await ids('AFP')).toEqual([afpReport.id])
    expect(await ids('9780810849372')).toEqual([dictionary1998.id])
    expect(await ids('Delo 5')).toEqual([telegram.id])
    expect(await ids('114921')).toEqual([telegram.id])
    expect(await ids(`#${afpReport.id}`)).toContain(afpReport.id)
    // Every word must match, each in any field: the title's word and the author's.
    expect(await ids('dictionary Park')).toEqual([dictionary2009.id])
    expect(await ids('dictionary 1998')).toEqual([dictionary1998.id])
    expect(await ids('dictionary nobody')).toEqual([])
  })

  it('should tell two sources of one title apart by authors, year, kind and review state', async () => {
    const found = await hits('Historical Dictionary')
    const byId = new Map(found.map((hit) => [hit.id, hit]))
    expect(byId.get(dictionary1998.id)).toMatchObject({
      details: 'James E. Hoare, Susan Pares · 1998 · book · Scarecrow Press · ISBN 9780810849372',
      reviewStateLabel: 'Approved',
      approved: true,
    })
    expect(byId.get(dictionary2009.id)).toMatchObject({
      details: 'Jo Anne Smith, Ann Lee et al. · 2009 · book',
      reviewStateLabel: 'Draft',
      approved: false,
    })
  })

  it("should list first the sources the caller cited lately, and only the caller's", async () => {
    await createDraft(
      integration,
      TRIPS,
      { ...citedTripData(ref, afpReport, { slug: 'picker-recent' }), title: 'Picker: recently cited' },
      'editorReviewer',
    )
    expect((await hits('', 'editorReviewer'))[0]).toMatchObject({ id: afpReport.id, recent: true })
    const mixed = await hits('Kim', 'editorReviewer')
    expect(mixed[0]).toMatchObject({ id: afpReport.id, recent: true })
    expect((await hits('', 'editor')).some((hit) => hit.recent)).toBe(false)
  })

  it('should give the source a citation holds, by id', async () => {
    const { status, json } = await pick(`id=${telegram.id}`)
    expect(status).toBe(200)
    expect(json).toMatchObject({
      id: telegram.id,
      title: 'Ciphered telegram from Shtykov',
      details: expect.stringContaining('1950'),
    })
    expect((await pick('id=999999')).status).toBe(404)
  })

  it('should refuse anonymous callers and bad queries with the field and the reason', async () => {
    expect((await pick('q=Hoare', 'anonymous')).status).toBe(401)
    const tooLong = await pick(`q=${'x'.repeat(201)}`)
    expect(tooLong.status).toBe(400)
    expect(JSON.stringify(tooLong.json)).toContain('q: at most 200 characters')
    const badLimit = await pick('q=x&limit=500')
    expect(badLimit.status).toBe(400)
    expect(JSON.stringify(badLimit.json)).toContain('limit')
    expect((await pick('id=abc')).status).toBe(400)
    expect((await pick('q=x&sort=title')).status).toBe(400)
  })
})
