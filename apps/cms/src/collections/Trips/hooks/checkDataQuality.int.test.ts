import { factPath } from '@itinera/contracts/trip-facts'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Trip, User } from '../../../payload-types'
import { PEOPLE, SOURCES, TRIPS } from '../../../slugs'
import { setupIntegration } from '../../../test/integration'
import { saveDraft, submitAndApprove } from '../../../test/workflow'
import { transitionRecord } from '../../../workflow/transitionRecord'

const integration = await setupIntegration('quality', { referenceData: true })
const { payload, actors, ref } = integration

let tertiary: number

beforeAll(async () => {
  await saveDraft(
    integration,
    PEOPLE,
    ref.person.id,
    {
      offices: [
        {
          title: 'Chairman of the Council of Ministers',
          from: { year: 1941, month: 5, day: 6 },
          to: { year: 1953, month: 3, day: 5 },
        },
      ],
    },
    'editor',
  )
  await submitAndApprove(integration, PEOPLE, ref.person.id)
  tertiary = (
    await payload.create({
      collection: SOURCES,
      data: { kind: 'web_page', sourceClass: 'tertiary', title: 'List of international trips made by Kim Il Sung' },
      draft: true,
      overrideAccess: false,
      user: actors.editor.user,
    })
  ).id
})

let n = 0
type TStop = NonNullable<Trip['stops']>[number]
const saveTrip = (start: TStop['start'], end?: TStop['end'], extra: Partial<TStop> = {}) => {
  const id = `q${++n}`
  return payload.create({
    collection: TRIPS,
    data: {
      title: `Visit ${n}`,
      slug: `quality-visit-${n}`,
      leader: ref.leader.id,
      stops: [{ id, polity: ref.polity.id, start, end, meetings: [{ id: `${id}m`, person: ref.person.id }], ...extra }],
      citations: [{ fact: factPath.stopDates(id), source: tertiary }],
    },
    draft: true,
    overrideAccess: false,
    user: actors.editor.user as User,
  })
}
const codesOf = (trip: Trip) => (trip.qualityIssues ?? []).map((issue) => issue.code)

describe('data-quality checks on save', () => {
  it('should flag uncited facts, tertiary-only support and a stop without a country', async () => {
    const trip = await saveTrip({ year: 1949, month: 3, day: 3 }, { year: 1949, month: 3, day: 25 }, { polity: null })
    expect(codesOf(trip)).toEqual(expect.arrayContaining(['stop_without_polity', 'uncited_fact', 'tertiary_only']))
    expect(trip.qualityIssues?.find((issue) => issue.code === 'tertiary_only')?.message).toBe(
      'Stop 1: dates: supported only by a tertiary (Wikipedia-class) source.',
    )
  })

  it('should flag a person met who held no recorded office that day', async () => {
    const inOffice = await saveTrip({ year: 1949, month: 3, day: 3 })
    expect(codesOf(inOffice)).not.toContain('no_office_on_date')
    const afterDeath = await saveTrip({ year: 1956, month: 6, day: 1 })
    expect(afterDeath.qualityIssues).toContainEqual(
      expect.objectContaining({
        code: 'no_office_on_date',
        message: 'Stop 1: Joseph Stalin held no recorded office on 1956-06-01.',
      }),
    )
  })

  it('should flag overlapping trips and duplicates of the same leader', async () => {
    await saveTrip({ year: 1975, month: 6, day: 4 }, { year: 1975, month: 6, day: 6 })
    const overlapping = await saveTrip({ year: 1975, month: 6, day: 5 }, { year: 1975, month: 6, day: 10 })
    expect(codesOf(overlapping)).toContain('overlapping_trip')
    const duplicate = await saveTrip({ year: 1975, month: 6, day: 5 }, { year: 1975, month: 6, day: 10 })
    expect(codesOf(duplicate)).toContain('duplicate_trip')
  })

  it('should block approval on an error and say why', async () => {
    const reversed = await saveTrip({ year: 1961, month: 10, day: 31 }, { year: 1961, month: 10, day: 17 })
    expect(reversed.qualityIssues).toContainEqual(
      expect.objectContaining({ code: 'stop_dates_reversed', severity: 'error' }),
    )
    await transitionRecord(payload, { collection: TRIPS, id: reversed.id, action: 'submit', user: actors.editor.user })
    await expect(
      transitionRecord(payload, { collection: TRIPS, id: reversed.id, action: 'approve', user: actors.reviewer.user }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('Stop 1: ends before it starts.'),
    })
  })

  it('should show the issues to reviewers reading the draft', async () => {
    const trip = await saveTrip({ year: 1984, month: 5, day: 16 })
    const read = await payload.findByID({
      collection: TRIPS,
      id: trip.id,
      draft: true,
      overrideAccess: false,
      user: actors.reviewer.user,
    })
    expect(read.qualityIssues?.length).toBeGreaterThan(0)
  })
})
