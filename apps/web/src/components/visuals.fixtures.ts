import type { TPolityVisits } from '../lib/geo'
import type { TTimelineEra, TTimelineTrip } from './Timeline'

/** Test data shaped like the collection: polities as they were, with their modern countries. */
const polity = (slug: string, name: string, modernIsoCodes: string[]) => ({ slug, name, modernIsoCodes })

const USSR_CODES = ['RU', 'UA', 'BY', 'UZ', 'KZ', 'GE', 'AZ', 'LT', 'MD', 'LV', 'KG', 'TJ', 'AM', 'TM', 'EE']
export const SOVIET_UNION = polity('soviet-union', 'Soviet Union', USSR_CODES)
export const EAST_GERMANY = polity('east-germany', 'East Germany', ['DE'])
export const RUSSIA = polity('russia', 'Russia', ['RU'])
export const SINGAPORE = polity('singapore', 'Singapore', ['SG'])

/** About twenty visited polities, as on the collection's front page. */
export const VISITS: TPolityVisits[] = [
  { polity: polity('china', 'China', ['CN']), count: 39 },
  { polity: SOVIET_UNION, count: 12 },
  { polity: RUSSIA, count: 5 },
  { polity: EAST_GERMANY, count: 2 },
  { polity: polity('czechoslovakia', 'Czechoslovakia', ['CZ', 'SK']), count: 2 },
  { polity: polity('poland', 'Poland', ['PL']), count: 2 },
  { polity: polity('hungary', 'Hungary', ['HU']), count: 2 },
  { polity: polity('romania', 'Romania', ['RO']), count: 2 },
  { polity: polity('bulgaria', 'Bulgaria', ['BG']), count: 2 },
  { polity: polity('yugoslavia', 'Yugoslavia', ['SI', 'HR', 'BA', 'RS', 'ME', 'MK', 'XK']), count: 1 },
  { polity: polity('albania', 'Albania', ['AL']), count: 1 },
  { polity: polity('mongolia', 'Mongolia', ['MN']), count: 2 },
  { polity: polity('north-vietnam', 'North Vietnam', ['VN']), count: 2 },
  { polity: polity('vietnam', 'Vietnam', ['VN']), count: 1 },
  { polity: polity('indonesia', 'Indonesia', ['ID']), count: 1 },
  { polity: polity('algeria', 'Algeria', ['DZ']), count: 1 },
  { polity: polity('mauritania', 'Mauritania', ['MR']), count: 1 },
  { polity: polity('mali', 'Mali', ['ML']), count: 1 },
  { polity: polity('guinea', 'Guinea', ['GN']), count: 1 },
  { polity: polity('sierra-leone', 'Sierra Leone', ['SL']), count: 1 },
  { polity: polity('madagascar', 'Madagascar', ['MG']), count: 1 },
  { polity: SINGAPORE, count: 1 },
]

export const ERAS: TTimelineEra[] = [
  { label: 'Kim Il Sung', start: '1948-09-09', end: '1994-07-08' },
  { label: 'Kim Jong Il', start: '1994-07-08', end: '2011-12-17' },
  { label: 'Kim Jong Un', start: '2011-12-17', end: null },
]

const LEADERS = ['Kim Il Sung', 'Kim Jong Il', 'Kim Jong Un'] as const
const CERTAINTIES = ['confirmed', 'confirmed', 'reported', 'rumored', 'confirmed', 'disputed'] as const

/** `count` trips spread over 1949–2024, with a realistic mix of certainties and long titles. */
export function makeTrips(count: number): TTimelineTrip[] {
  return Array.from({ length: count }, (_, index) => {
    const year = 1949 + Math.floor((index * 75) / Math.max(count, 1))
    const month = String((index % 12) + 1).padStart(2, '0')
    const leader = year < 1994 ? LEADERS[0] : year < 2012 ? LEADERS[1] : LEADERS[2]
    return {
      slug: `trip-${year}-${index}`,
      title: `Official friendship visit to the People's Republic number ${index + 1}`,
      start: `${year}-${month}-03`,
      end: `${year}-${month}-21`,
      certainty: CERTAINTIES[index % CERTAINTIES.length]!,
      leader,
    }
  })
}
