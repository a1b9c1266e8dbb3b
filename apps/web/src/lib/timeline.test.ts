import type { TCertainty } from '@itinera/contracts/domain'
import { describe, expect, it } from 'vitest'
import { formatIsoRange, parseIsoDate, stackLanes, ticksBetween, tripMark, yearFraction } from './timeline'

describe('parseIsoDate', () => {
  it.each([
    ['1956', { year: 1956, month: null, day: null, circa: false }],
    ['1956-06', { year: 1956, month: 6, day: null, circa: false }],
    ['1956-06-01', { year: 1956, month: 6, day: 1, circa: false }],
    ['2018-06-10T00:00:00.000Z', { year: 2018, month: 6, day: 10, circa: false }],
  ])('should read %s', (iso, date) => {
    expect(parseIsoDate(iso)).toEqual(date)
  })

  it.each(['', 'June 1956', '1956-13-01', null, undefined])('should not read %j', (iso) => {
    expect(parseIsoDate(iso)).toBeNull()
  })
})

describe('yearFraction', () => {
  it('should place a date within its year', () => {
    expect(yearFraction('1956-01-01')).toBe(1956)
    expect(yearFraction('1956')).toBe(1956)
    expect(yearFraction('1956-07-02')).toBeCloseTo(1956.5, 2)
    expect(yearFraction('2011-12-17')).toBeCloseTo(2011.96, 2)
    expect(yearFraction('nonsense')).toBeNull()
  })
})

describe('formatIsoRange', () => {
  it('should say a range as the reader says it elsewhere', () => {
    expect(formatIsoRange('1949-03-03', '1949-03-25')).toBe('3–25 March 1949')
    expect(formatIsoRange('2011-12-17', null)).toBe('17 December 2011')
    expect(formatIsoRange('sometime', '1950')).toBe('sometime')
  })
})

describe('stackLanes', () => {
  it('should keep dots far apart on the first lane and stack close ones', () => {
    expect(stackLanes([0, 20, 40], 9)).toEqual([0, 0, 0])
    expect(stackLanes([0, 5, 8, 12], 9)).toEqual([0, 1, 2, 0])
  })

  it('should lay out in x order whatever the input order, answering in input order', () => {
    expect(stackLanes([12, 0, 5], 9)).toEqual([0, 0, 1])
    expect(stackLanes([], 9)).toEqual([])
  })
})

describe('ticksBetween', () => {
  it('should give the decades inside the range', () => {
    expect(ticksBetween(1948.7, 2026)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020])
    expect(ticksBetween(1950, 1960)).toEqual([1950, 1960])
  })
})

describe('tripMark', () => {
  it.each<[TCertainty, string]>([
    ['confirmed', 'solid'],
    ['reported', 'solid'],
    ['rumored', 'dashed'],
    ['disputed', 'dashed'],
    ['refuted', 'dotted'],
  ])('should draw a %s trip %s', (certainty, mark) => {
    expect(tripMark(certainty)).toBe(mark)
  })
})
