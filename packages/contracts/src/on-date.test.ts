import { describe, expect, it } from 'vitest'
import { coversDay, nameOnDate, officesOnDate, titleMatchesOffices, titleNamesOffice } from './on-date'

const bulgaria = {
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

describe('reference data on a date', () => {
  it('should give the name a polity bore on the day, else its common name', () => {
    expect(nameOnDate(bulgaria, '1956-06-25')).toBe("People's Republic of Bulgaria")
    expect(nameOnDate(bulgaria, '2001-01-01')).toBe('Republic of Bulgaria')
    expect(nameOnDate(bulgaria, '1930-01-01')).toBe('Bulgaria')
    expect(nameOnDate(bulgaria, null)).toBe('Bulgaria')
    expect(nameOnDate({ name: 'Algeria', namesByPeriod: null }, '1975-05-26')).toBe('Algeria')
  })

  it('should read a partial end date as its last day and an open end as still running', () => {
    expect(coversDay({ from: { year: 1981, month: 4 } }, '1981-04-30')).toBe(true)
    expect(coversDay({ to: { year: 1981, month: 4 } }, '1981-04-30')).toBe(true)
    expect(coversDay({ to: { year: 1981, month: 4 } }, '1981-05-01')).toBe(false)
    const offices = [
      { title: 'A', from: { year: 1950 }, to: { year: 1960 } },
      { title: 'B', from: { year: 1955 } },
    ]
    expect(officesOnDate(offices, '1956-06-01').map((office) => office.title)).toEqual(['A', 'B'])
  })

  it('should take a printed title for the office it shortens, not for a different or acting one', () => {
    expect(titleNamesOffice('Prime Minister', 'Prime Minister of East Germany')).toBe(true)
    expect(titleNamesOffice('President of China', "President of the People's Republic of China")).toBe(true)
    expect(titleNamesOffice('Chairman of Revolutionary Council', 'Chairman of the Revolutionary Council')).toBe(true)
    expect(
      titleNamesOffice(
        'Secretary of the Communist Party of the Soviet Union',
        'General Secretary of the Communist Party of the Soviet Union',
      ),
    ).toBe(true)
    expect(
      titleNamesOffice(
        'General Secretary of the Chinese Communist Party',
        'Acting General Secretary of the Chinese Communist Party',
      ),
    ).toBe(false)
    expect(
      titleNamesOffice(
        "General Secretary of the Hungarian Socialist Workers' Party",
        "First Secretary of the Hungarian Socialist Workers' Party",
      ),
    ).toBe(false)
    expect(titleNamesOffice('Chairman of the Council of State', 'Chairman of the Council of Ministers of Poland')).toBe(
      false,
    )
  })

  it('should require every office a combined title prints to be held that day', () => {
    const jaruzelski1984 = [
      { title: 'Chairman of the Council of Ministers of Poland' },
      { title: "First Secretary of the Polish United Workers' Party" },
    ]
    expect(titleMatchesOffices("First Secretary of the Polish United Workers' Party", jaruzelski1984)).toBe(true)
    expect(
      titleMatchesOffices(
        "First Secretary of the Polish United Workers' Party and Chairman of the Council of State",
        jaruzelski1984,
      ),
    ).toBe(false)
  })
})
