import { describe, expect, it } from 'vitest'
import { stopNamesOnDate } from './on-date-facts'

const BULGARIA = {
  name: 'Bulgaria',
  namesByPeriod: [
    {
      name: "People's Republic of Bulgaria",
      from: { year: 1946, month: 9, day: 15 },
      to: { year: 1990, month: 11, day: 15 },
    },
    { name: 'Republic of Bulgaria', from: { year: 1990, month: 11, day: 15 } },
  ],
}
const ROMANIA = {
  name: 'Romania',
  namesByPeriod: [
    {
      name: "Romanian People's Republic",
      from: { year: 1947, month: 12, day: 30 },
      to: { year: 1965, month: 8, day: 21 },
    },
  ],
}

describe('stopNamesOnDate', () => {
  it("should name the stop's country and each country another source gives by their names on the stop's date", () => {
    const stop = {
      start: { year: 1956, month: 6, day: 21 },
      polity: BULGARIA,
      alternativePolities: [
        { id: 'a1', polity: ROMANIA, note: 'A second report.' },
        { id: 'a2', polity: 7, note: null },
      ],
    }
    expect(stopNamesOnDate(stop)).toEqual({
      polityNameOnDate: "People's Republic of Bulgaria",
      alternativePolities: [
        { id: 'a1', polity: ROMANIA, note: 'A second report.', polityNameOnDate: "Romanian People's Republic" },
        { id: 'a2', polity: 7, note: null, polityNameOnDate: null },
      ],
    })
  })

  it('should keep the name a polity bears today for a date after its renaming, and its name for an undated stop', () => {
    expect(stopNamesOnDate({ start: { year: 2019, month: 4 }, polity: BULGARIA }).polityNameOnDate).toBe(
      'Republic of Bulgaria',
    )
    expect(stopNamesOnDate({ polity: BULGARIA, alternativePolities: [{ polity: ROMANIA }] })).toEqual({
      polityNameOnDate: 'Bulgaria',
      alternativePolities: [{ polity: ROMANIA, polityNameOnDate: 'Romania' }],
    })
  })
})
