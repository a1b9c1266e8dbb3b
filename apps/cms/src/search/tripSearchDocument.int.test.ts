import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'
import { rawSql } from '../rawSql'
import { TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { approvedSource, createDraft, saveDraft, submitAndApprove } from '../test/workflow'
import { searchPublished } from './searchPublished'

const system = await setupIntegration('trip_search_document', { referenceData: true })
let source: { id: number }

const tripHrefs = async (q: string, limit = 30) =>
  (await searchPublished(system.payload, q, limit)).filter((hit) => hit.type === 'trip').map((hit) => hit.href)

/** A trip by the editor, approved by the reviewer, its stops' details as given. */
async function approvedTrip(slug: string, details: string[][]) {
  const stops = details.map((texts, index) =>
    moscowStop(system.ref, {
      id: `${slug}-stop-${index}`,
      start: { year: 1949, month: 3, day: 3 + index },
      end: { year: 1949, month: 3, day: 3 + index },
      details: texts.map((text, detail) => ({ id: `${slug}-stop-${index}-detail-${detail}`, text })),
    }),
  )
  const trip = await createDraft(
    system,
    TRIPS,
    citedTripData(system.ref, source, { slug, title: slug, stops }),
    'editor',
  )
  await submitAndApprove(system, TRIPS, trip.id)
  return trip
}

beforeAll(async () => {
  source = await approvedSource(system)
}, 120_000)

describe("a trip's stored search document", () => {
  it('should follow what the public version holds: details changed, a stop removed, drafts never', async () => {
    const trip = await approvedTrip('searchdoc', [['Quokkaword at the opera'], ['Wombatword at the factory']])
    expect(await tripHrefs('quokkaword')).toEqual(['/trips/searchdoc'])
    expect(await tripHrefs('wombatword')).toEqual(['/trips/searchdoc'])

    // A draft edit leaves the public row, and so its document, as approved.
    const draft = citedTripData(system.ref, source, {
      slug: 'searchdoc',
      title: 'searchdoc',
      stops: [
        moscowStop(system.ref, {
          id: 'searchdoc-stop-0',
          details: [{ id: 'searchdoc-stop-0-detail-new', text: 'Numbatword at the theatre' }],
        }),
      ],
    })
    await saveDraft(system, TRIPS, trip.id, draft, 'editor')
    expect(await tripHrefs('numbatword')).toEqual([])
    expect(await tripHrefs('wombatword')).toEqual(['/trips/searchdoc'])

    // Approved: the changed detail and the removed stop's words are gone, the new words found.
    await submitAndApprove(system, TRIPS, trip.id)
    expect(await tripHrefs('numbatword')).toEqual(['/trips/searchdoc'])
    expect(await tripHrefs('quokkaword')).toEqual([])
    expect(await tripHrefs('wombatword')).toEqual([])
    const [stored] = await rawSql<{ same: boolean }>(
      system.payload,
      sql`SELECT search_document = itinera_trip_search_document(id) AS same FROM trips WHERE id = ${trip.id}`,
    )
    expect(stored?.same).toBe(true)
  })

  it('should give the same first page whether the date-order walk fills it or every match is sorted', async () => {
    for (const [index, slug] of ['searchorder-a', 'searchorder-b', 'searchorder-c'].entries())
      await approvedTrip(slug, [[`Echidnaword ${index}`]])
    const all = await tripHrefs('echidnaword')
    expect(all).toHaveLength(3)
    // A page of one or two is filled by the walk; a page of 30 is not, and comes from the index.
    expect(await tripHrefs('echidnaword', 1)).toEqual(all.slice(0, 1))
    expect(await tripHrefs('echidnaword', 2)).toEqual(all.slice(0, 2))
  })
})
