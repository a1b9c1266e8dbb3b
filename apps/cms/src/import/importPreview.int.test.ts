import { ZImportPreviewSchema } from '@itinera/contracts/schemas'
import { beforeAll, describe, expect, it } from 'vitest'
import { LEADERS, PLACES, POLITIES, TRIPS } from '../slugs'
import { setupIntegration } from '../test/integration'
import { citedTripData, moscowStop } from '../test/referenceData'
import { rowCounts } from '../test/rowCounts'
import { approvedSource, createDraft, submitAndApprove } from '../test/workflow'
import { previewBody } from './importAnswers'
import { previewImport } from './importTripList'

const integration = await setupIntegration('import-preview', { referenceData: true })
const { payload, ref } = integration

// A CSV as an editor might export it: the third row puts the place and the note in the details cell.
const LIST = `Date,Country,Locations,Leaders met,Details,Refs
3-25 March 1949,Soviet Union,Moscow,Joseph Stalin,Talks.,
1-16 July 1956,Mongolia,Ulaanbaatar,Yumjaagiin Tsedenbal,,
17-19 July 1956,,,,Irkutsk Stopover on the way home by train.,
28 November-2 December 1958,Soviet Union,Leningrad,,,
`

let approvedTrip: number
let draftTrip: number

beforeAll(async () => {
  // The leader's approved 1949 visit, which the list's first row repeats day for day.
  const source = await approvedSource(integration)
  const approved = await createDraft(integration, TRIPS, citedTripData(ref, source), 'editor')
  await submitAndApprove(integration, TRIPS, approved.id)
  approvedTrip = approved.id
  // A draft of the same leader from 10 to 20 July 1956: the list's July journey overlaps it.
  const july = moscowStop(ref, {
    id: 'stop-july-1956',
    start: { year: 1956, month: 7, day: 10 },
    end: { year: 1956, month: 7, day: 20 },
  })
  draftTrip = (
    await createDraft(
      integration,
      TRIPS,
      citedTripData(ref, source, { slug: 'july-1956', title: 'Visit to the Soviet Union', stops: [july] }),
      'editor',
    )
  ).id
  // Another leader's trip on the list's last dates: not the same leader, so not flagged.
  const other = await createDraft(integration, LEADERS, { name: 'Kim Jong Il', slug: 'kim-jong-il' }, 'editor')
  const november = moscowStop(ref, {
    id: 'stop-november-1958',
    start: { year: 1958, month: 11, day: 28 },
    end: { year: 1958, month: 12, day: 2 },
  })
  await createDraft(
    integration,
    TRIPS,
    citedTripData(ref, source, { slug: 'november-1958', leader: other.id, stops: [november] }),
    'editor',
  )
  // Names the database knows: Mongolia and its capital, and Irkutsk in the Soviet Union.
  const mongolia = await createDraft(integration, POLITIES, { name: 'Mongolia', slug: 'mongolia' }, 'editor')
  await createDraft(integration, PLACES, { name: 'Ulaanbaatar', slug: 'ulaanbaatar', polity: mongolia.id }, 'editor')
  await createDraft(integration, PLACES, { name: 'Irkutsk', slug: 'irkutsk', polity: ref.polity.id }, 'editor')
}, 120_000)

describe('the import preview against the database', () => {
  it('should flag the trips the leader already has on the same or overlapping days, writing nothing', async () => {
    const before = await rowCounts(payload)
    const preview = await previewImport(payload, { text: LIST, format: 'csv', leader: 'kim-il-sung' })
    expect(await rowCounts(payload)).toEqual(before)

    const body = ZImportPreviewSchema.parse(previewBody(preview))
    expect(body.trips.map((trip) => [trip.startsOn, trip.endsOn])).toEqual([
      ['1949-03-03', '1949-03-25'],
      ['1956-07-01', '1956-07-19'],
      ['1958-11-28', '1958-12-02'],
    ])
    expect(body.trips.map((trip) => trip.existing)).toEqual([
      [
        {
          kind: 'duplicate',
          id: approvedTrip,
          title: 'State visit to the Soviet Union',
          reviewState: 'approved',
          startsOn: '1949-03-03',
          endsOn: '1949-03-25',
        },
      ],
      [
        {
          kind: 'overlap',
          id: draftTrip,
          title: 'Visit to the Soviet Union',
          reviewState: 'draft',
          startsOn: '1956-07-10',
          endsOn: '1956-07-20',
        },
      ],
      [],
    ])
  })

  it('should read the stopover at the known place, in its own country rather than the row above’s, and mark each guess', async () => {
    const body = previewBody(await previewImport(payload, { text: LIST, format: 'csv', leader: 'kim-il-sung' }))
    const [mongolia, stopover] = body.trips[1]!.stops
    expect(mongolia).toMatchObject({ polity: 'Mongolia', polityInferred: false })
    // Only the person, whom the database does not know.
    expect(mongolia!.guesses.map((guess) => guess.field)).toEqual(['people'])
    expect(stopover).toMatchObject({
      line: 4,
      polity: 'Soviet Union',
      polityInferred: true,
      places: [{ name: 'Irkutsk', isNew: false }],
      details: 'Stopover on the way home by train.',
    })
    expect(stopover!.guesses).toEqual([
      { field: 'details', item: null, reason: 'split from the row’s text where its sentence starts' },
      { field: 'country', item: null, reason: 'not in the row: from the place Irkutsk' },
    ])
    const [leningrad] = body.trips[2]!.stops
    expect(leningrad!.guesses).toEqual([
      { field: 'dates', item: null, reason: "the start's year is not written: 1958, taken from the end date" },
      { field: 'places', item: 0, reason: 'not in the place list: a new place' },
    ])
  })

  it('should carry the row above’s country, and say so, when the place is one the database does not know', async () => {
    const text = LIST.replace('Irkutsk Stopover', 'Kansk Stopover')
    const body = previewBody(await previewImport(payload, { text, format: 'csv', leader: 'kim-il-sung' }))
    const stopover = body.trips[1]!.stops[1]!
    expect(stopover).toMatchObject({ polity: 'Mongolia', places: [{ name: 'Kansk', isNew: true }] })
    expect(stopover.guesses).toContainEqual({
      field: 'country',
      item: null,
      reason: 'not in the row: carried from line 3, the row above',
    })
    expect(stopover.warnings.map((warning) => warning.code)).toContain('country_continued')
  })
})
