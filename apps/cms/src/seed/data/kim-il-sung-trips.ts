// Seed trips of Kim Il Sung: the 46 visits of the Wikipedia list grouped into journeys, the rumoured Brezhnev meetings and the secret May 1950 Beijing visit.
import type { TSeedCitation, TSeedTrip } from './types'

/** Pages the list's references point to (books with a page, front-page newspaper items). */
const REF_PAGES: Record<number, string> = {
  14: '95',
  15: '214',
  19: '91',
  24: '137',
  26: '1',
  27: '1',
  28: '1',
  29: '1',
  30: '1',
}

/** One of the list's numbered references, with its page when the list gives one. */
const ref = (n: number, note?: string): TSeedCitation => {
  const page = REF_PAGES[n]
  return { source: `wiki-kis-ref-${n}`, ...(page ? { locator: { page } } : {}), ...(note ? { note } : {}) }
}

/** The list itself plus the references it gives for the fact. */
const list = (...refs: number[]): TSeedCitation[] => [{ source: 'wiki-kis-list' }, ...refs.map((n) => ref(n))]

/** The same citations for a stop's dates, country and places (a row whose references sit at its end). */
const rowCite = (...refs: number[]) => ({ dates: list(...refs), polity: list(...refs), places: list(...refs) })

/** The working paper's account of the 1958 Hanoi visit and the note it rests on. */
const WP_NOTE_4: TSeedCitation[] = [
  { source: 'nkidp-wp-vietnam', locator: { footnote: '4' } },
  { source: 'nkidp-wp-vietnam-note-4' },
]

const ROSHCHIN: TSeedCitation = { source: 'wilson-1950-05-13-roshchin' }
const VYSHINSKY: TSeedCitation = { source: 'wilson-1950-05-14-vyshinsky' }

/** A photo caption of the list: a fact the list shows beside its table rather than in it. */
const caption = (image: string): TSeedCitation[] => [{ source: 'wiki-kis-list', note: `Photo caption (${image}).` }]
const CAPTION_MOSCOW_1949 = caption("Kim Il Sung's Visit to Moscow 1949-03.jpg")
const CAPTION_BERLIN_1956 = caption('Bundesarchiv Bild 183-38870-0003')
const CAPTION_BEIJING_1958 = caption("Kim Il-sung in front of Tian'anmen.jpg")

/** For stops of multi-country journeys that the list marks as state visits. */
const stateVisit = (...refs: number[]) => ({ text: 'Listed as a state visit.', cite: list(...refs) })

const TITLE_CPSU_FIRST_SECRETARY = 'First Secretary of the Communist Party of the Soviet Union'
const TITLE_CPSU_GENERAL_SECRETARY = 'General Secretary of the Communist Party of the Soviet Union'
const TITLE_CCP_CHAIRMAN = 'Chairman of the Chinese Communist Party'
const TITLE_CCP_GENERAL_SECRETARY = 'General Secretary of the Chinese Communist Party'
const TITLE_BCP_GENERAL_SECRETARY = 'General Secretary of the Central Committee of the Bulgarian Communist Party'
const TITLE_WPV_CHAIRMAN = "Chairman of the Central Committee of the Workers' Party of Vietnam"

export const KIM_IL_SUNG_TRIPS: TSeedTrip[] = [
  {
    slug: '1949-03-soviet-union',
    title: 'Visit to the Soviet Union',
    leader: 'kim-il-sung',
    kind: 'state',
    certainty: 'confirmed',
    summary:
      'Kim Il Sung’s first state visit abroad: about three weeks in Moscow in March 1949, including a meeting with Joseph Stalin.',
    stops: [
      {
        key: '1949-03-moscow',
        polity: 'soviet-union',
        places: ['moscow'],
        start: { year: 1949, month: 3, day: 3 },
        end: { year: 1949, month: 3, day: 25 },
        meetings: [
          { person: 'joseph-stalin', title: 'Secretary of the Communist Party of the Soviet Union', cite: list(2, 3) },
          { person: 'anastas-mikoyan', cite: CAPTION_MOSCOW_1949 },
          { person: 'andrei-gromyko', cite: CAPTION_MOSCOW_1949 },
        ],
        details: [
          {
            text: 'At the Yaroslavsky station in Moscow, Kim walked past the guard of honour with Anastas Mikoyan, Andrei Gromyko, Pak Hon Yong and Hong Myong Hui.',
            cite: CAPTION_MOSCOW_1949,
          },
        ],
        cite: rowCite(2, 3),
      },
    ],
    certaintyCite: list(2, 3),
  },
  {
    slug: '1950-05-china',
    title: 'Secret visit to Beijing',
    leader: 'kim-il-sung',
    kind: 'secret',
    certainty: 'confirmed',
    summary:
      'Unannounced two-day visit to Beijing in May 1950, in which Kim briefed Mao Zedong and claimed Stalin’s backing for a North Korean move to reunify the country.',
    stops: [
      {
        key: '1950-05-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1950, month: 5, day: 13 },
        end: { year: 1950, month: 5, day: 14 },
        meetings: [{ person: 'mao-zedong', cite: [ROSHCHIN] }],
        details: [
          {
            text: 'Kim reported to Mao and asserted that Stalin had approved a North Korean move to reunify Korea.',
            cite: [ROSHCHIN],
          },
          {
            text: 'After hearing Kim, Mao asked Stalin, by way of Zhou Enlai and a Soviet cable, to spell out his own position.',
            cite: [ROSHCHIN],
          },
          {
            text: 'Stalin replied the next day under the code name Filippov, endorsing the plan on condition that China agreed as well.',
            cite: [VYSHINSKY],
          },
        ],
        cite: {
          dates: [
            {
              ...ROSHCHIN,
              note: 'Gives the day of arrival and a length of two days; the end day is derived from these.',
            },
          ],
          polity: [ROSHCHIN],
          places: [ROSHCHIN],
        },
      },
    ],
    certaintyCite: [ROSHCHIN, VYSHINSKY],
    importWarnings: [
      {
        code: 'not_in_list',
        message: 'The Wikipedia list does not include this visit; it comes from a Wilson Center archival record.',
      },
      {
        code: 'end_date_inferred',
        message: 'The record gives only the arrival day and a two-day length, so the end day is worked out from them.',
      },
    ],
  },
  {
    slug: '1953-09-soviet-union',
    title: 'Visit to the Soviet Union',
    leader: 'kim-il-sung',
    kind: 'state',
    certainty: 'confirmed',
    summary: 'State visit to Moscow in September 1953, during which Kim met Soviet premier Georgy Malenkov.',
    stops: [
      {
        key: '1953-09-moscow',
        polity: 'soviet-union',
        places: ['moscow'],
        start: { year: 1953, month: 9, day: 10 },
        end: { year: 1953, month: 9, day: 23 },
        meetings: [{ person: 'georgy-malenkov', title: 'Premier of the Soviet Union', cite: list() }],
        details: [],
        cite: rowCite(),
      },
    ],
    certaintyCite: list(),
  },
  {
    slug: '1953-11-china',
    title: 'Visit to China',
    leader: 'kim-il-sung',
    kind: 'state',
    certainty: 'confirmed',
    summary: 'State visit to Beijing in November 1953, with a meeting with Mao Zedong.',
    stops: [
      {
        key: '1953-11-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1953, month: 11, day: 10 },
        end: { year: 1953, month: 11, day: 27 },
        meetings: [{ person: 'mao-zedong', title: TITLE_CCP_CHAIRMAN, cite: list(4) }],
        details: [],
        cite: rowCite(4),
      },
    ],
    certaintyCite: list(4),
  },
  {
    slug: '1954-09-china',
    title: 'Visit to Beijing for National Day',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Trip to Beijing around 1 October 1954 for the celebrations of the People’s Republic of China’s fifth anniversary.',
    stops: [
      {
        key: '1954-09-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1954, month: 9, day: 28 },
        end: { year: 1954, month: 10, day: 5 },
        meetings: [],
        details: [
          {
            text: 'Watched the National Day parade marking five years of the People’s Republic of China.',
            cite: list(4),
          },
        ],
        cite: {
          dates: list(4),
          polity: [
            { source: 'wiki-kis-list', note: 'Names Beijing but no country; China is inferred from the place.' },
            ref(4),
          ],
          places: list(4),
        },
      },
    ],
    certaintyCite: list(4),
    importWarnings: [
      {
        code: 'polity_inferred',
        message:
          'The list names only Beijing for this row and gives no country; China has been inferred from the city.',
      },
    ],
  },
  {
    slug: '1956-06-tour-europe-mongolia',
    title: 'Tour of the Soviet Union, Eastern Europe and Mongolia',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Seven-week journey in June and July 1956 that opened in Moscow, went on to East Germany, Romania, Hungary, Czechoslovakia, Bulgaria, Albania and Poland, returned to Moscow and ended in Mongolia.',
    stops: [
      {
        key: '1956-06-moscow',
        polity: 'soviet-union',
        places: ['moscow'],
        start: { year: 1956, month: 6, day: 1 },
        end: { year: 1956, month: 6, day: 6 },
        meetings: [{ person: 'nikita-khrushchev', title: TITLE_CPSU_FIRST_SECRETARY, cite: list(2) }],
        details: [{ text: 'The list associates this stop with the August Faction Incident.', cite: list(2) }],
        cite: rowCite(2),
      },
      {
        key: '1956-06-east-berlin',
        polity: 'east-germany',
        places: ['east-berlin'],
        start: { year: 1956, month: 6, day: 7 },
        end: { year: 1956, month: 6, day: 12 },
        meetings: [
          { person: 'wilhelm-pieck', title: 'President of East Germany', cite: list(5) },
          { person: 'otto-grotewohl', title: 'Prime Minister', cite: CAPTION_BERLIN_1956 },
          { person: 'otto-nagel', cite: CAPTION_BERLIN_1956 },
        ],
        details: [
          stateVisit(5),
          {
            text: 'Talked with Prime Minister Otto Grotewohl and the painter Otto Nagel; the list’s photograph dates it only to the 1956 visit.',
            cite: CAPTION_BERLIN_1956,
          },
        ],
        cite: rowCite(5),
      },
      {
        key: '1956-06-bucharest',
        polity: 'romania',
        places: ['bucharest'],
        start: { year: 1956, month: 6, day: 13 },
        end: { year: 1956, month: 6, day: 17 },
        meetings: [
          {
            person: 'gheorghe-gheorghiu-dej',
            title: 'General Secretary of the Romanian Communist Party',
            cite: list(5),
          },
        ],
        details: [stateVisit(5)],
        cite: rowCite(5),
      },
      {
        key: '1956-06-budapest',
        polity: 'hungary',
        places: ['budapest'],
        start: { year: 1956, month: 6, day: 17 },
        end: { year: 1956, month: 6, day: 20 },
        meetings: [
          {
            person: 'matyas-rakosi',
            title: "Chairman of the Council of Ministers of the Hungarian People's Republic",
            cite: list(5),
          },
        ],
        details: [stateVisit(5)],
        cite: rowCite(5),
      },
      {
        key: '1956-06-prague-plzen',
        polity: 'czechoslovakia',
        places: ['prague', 'plzen'],
        start: { year: 1956, month: 6, day: 21 },
        end: { year: 1956, month: 6, day: 25 },
        meetings: [
          {
            person: 'antonin-zapotocky',
            title: 'First Secretary of the Communist Party of Czechoslovakia and President of Czechoslovakia',
            cite: list(5),
          },
        ],
        details: [stateVisit(5)],
        cite: rowCite(5),
      },
      {
        key: '1956-06-sofia',
        polity: 'bulgaria',
        places: ['sofia'],
        start: { year: 1956, month: 6, day: 25 },
        end: { year: 1956, month: 6, day: 26 },
        meetings: [{ person: 'todor-zhivkov', title: TITLE_BCP_GENERAL_SECRETARY, cite: list(5) }],
        details: [stateVisit(5)],
        cite: rowCite(5),
      },
      {
        key: '1956-06-tirana',
        polity: 'albania',
        places: ['tirana'],
        start: { year: 1956, month: 6, day: 29 },
        end: { year: 1956, month: 7, day: 1 },
        meetings: [
          { person: 'enver-hoxha', title: 'First Secretary of the Party of Labour of Albania', cite: list(6, 7, 8, 5) },
        ],
        details: [],
        cite: rowCite(6, 7, 8, 5),
      },
      {
        key: '1956-07-warsaw',
        polity: 'poland',
        places: ['warsaw'],
        start: { year: 1956, month: 7, day: 2 },
        end: { year: 1956, month: 7, day: 6 },
        meetings: [
          { person: 'edward-ochab', title: "First Secretary of the Polish United Workers' Party", cite: list(9, 5) },
        ],
        details: [],
        cite: rowCite(9, 5),
      },
      {
        key: '1956-07-moscow',
        polity: 'soviet-union',
        places: ['moscow'],
        start: { year: 1956, month: 7, day: 6 },
        end: { year: 1956, month: 7, day: 16 },
        meetings: [{ person: 'nikita-khrushchev', title: TITLE_CPSU_FIRST_SECRETARY, cite: list(5) }],
        details: [],
        cite: rowCite(5),
      },
      {
        key: '1956-07-ulaanbaatar',
        polity: 'mongolian-peoples-republic',
        places: ['ulaanbaatar'],
        start: { year: 1956, month: 7, day: 16 },
        end: { year: 1956, month: 7, day: 18 },
        meetings: [
          {
            person: 'yumjaagiin-tsedenbal',
            title: "General Secretary of the Mongolian People's Party",
            cite: list(10, 11, 12, 5, 13),
          },
        ],
        details: [stateVisit(10, 11, 12, 5, 13)],
        cite: rowCite(10, 11, 12, 5, 13),
      },
    ],
    certaintyCite: list(2, 5),
  },
  {
    slug: '1957-11-soviet-union',
    title: 'Visit to the Soviet Union',
    leader: 'kim-il-sung',
    kind: 'multilateral',
    certainty: 'confirmed',
    summary:
      'Stay in Moscow in November 1957 for the October Revolution’s 40th anniversary and the world conference of communist and workers’ parties held that year.',
    stops: [
      {
        key: '1957-11-moscow',
        polity: 'soviet-union',
        places: ['moscow'],
        start: { year: 1957, month: 11, day: 4 },
        end: { year: 1957, month: 11, day: 21 },
        meetings: [{ person: 'nikita-khrushchev', title: TITLE_CPSU_FIRST_SECRETARY, cite: list(14, 15) }],
        details: [
          {
            text: 'Took part in the October Revolution’s 40th-anniversary celebrations and in the 1957 International Meeting of Communist and Workers Parties.',
            cite: list(14, 15),
          },
        ],
        cite: rowCite(14, 15),
      },
    ],
    certaintyCite: list(14, 15),
  },
  {
    slug: '1958-11-tour-china-north-vietnam',
    title: 'Visit to China and North Vietnam',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Journey of late November and early December 1958: a week in Beijing with Mao Zedong, then five days in North Vietnam as the guest of Ho Chi Minh, with a rally in Hanoi and visits to a factory, a cooperative farm and a military school.',
    stops: [
      {
        key: '1958-11-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1958, month: 11, day: 21 },
        end: { year: 1958, month: 11, day: 28 },
        meetings: [{ person: 'mao-zedong', title: TITLE_CCP_CHAIRMAN, cite: list(16, 4) }],
        details: [{ text: 'On 22 November Kim’s motorcade passed in front of Tiananmen.', cite: CAPTION_BEIJING_1958 }],
        cite: rowCite(16, 4),
      },
      {
        key: '1958-11-hanoi',
        polity: 'north-vietnam',
        places: ['hanoi', 'namdinh-textile-factory'],
        start: { year: 1958, month: 11, day: 28 },
        end: { year: 1958, month: 12, day: 2 },
        meetings: [{ person: 'ho-chi-minh', title: TITLE_WPV_CHAIRMAN, cite: [...list(17, 18), ...WP_NOTE_4] }],
        details: [
          { text: 'Came on from a short stay in China and was welcomed to Hanoi by Ho Chi Minh.', cite: WP_NOTE_4 },
          {
            text: 'Gave a speech to a large crowd in Hanoi and finished it with several slogans in Vietnamese.',
            cite: WP_NOTE_4,
          },
          {
            text: 'Toured the Namdinh textile factory, a farming cooperative just outside Hanoi, and a school for Vietnamese army officers.',
            cite: WP_NOTE_4,
          },
        ],
        cite: {
          dates: [...list(17, 18), ...WP_NOTE_4],
          polity: [...list(17, 18), ...WP_NOTE_4],
          places: [
            ...list(17, 18),
            ...WP_NOTE_4.map((cite) => ({
              ...cite,
              note: 'Names the Namdinh textile factory among the places visited, without saying where it stands.',
            })),
          ],
        },
      },
    ],
    certaintyCite: [...list(16, 4, 17, 18), ...WP_NOTE_4],
  },
  {
    slug: '1959-01-soviet-union',
    title: 'Visit to the Soviet Union',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Stay in Moscow from mid-January to early February 1959, with a meeting with Nikita Khrushchev.',
    stops: [
      {
        key: '1959-01-moscow',
        polity: 'soviet-union',
        places: ['moscow'],
        start: { year: 1959, month: 1, day: 14 },
        end: { year: 1959, month: 2, day: 6 },
        meetings: [{ person: 'nikita-khrushchev', title: TITLE_CPSU_FIRST_SECRETARY, cite: list() }],
        details: [],
        cite: rowCite(),
      },
    ],
    certaintyCite: list(),
  },
  {
    slug: '1959-10-china',
    title: 'Visit to Beijing for National Day',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Attendance in Beijing on 1 October 1959 at the celebrations of ten years of the People’s Republic of China, with Mao Zedong.',
    stops: [
      {
        key: '1959-10-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1959, month: 10, day: 1 },
        meetings: [{ person: 'mao-zedong', title: TITLE_CCP_CHAIRMAN, cite: list(4) }],
        details: [
          {
            text: 'Watched the National Day parade for the tenth anniversary of the People’s Republic of China.',
            cite: list(4),
          },
        ],
        cite: rowCite(4),
      },
    ],
    certaintyCite: list(4),
  },
  {
    slug: '1961-03-soviet-union',
    title: 'Visit to the Soviet Union',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Visit to Moscow that the list dates to March 1961, with a meeting with Nikita Khrushchev.',
    stops: [
      {
        key: '1961-03-moscow',
        polity: 'soviet-union',
        places: ['moscow'],
        start: { year: 1961, month: 3, day: 3 },
        end: { year: 1961, month: 3, day: 25 },
        meetings: [{ person: 'nikita-khrushchev', title: TITLE_CPSU_FIRST_SECRETARY, cite: list(2) }],
        details: [],
        cite: rowCite(2),
      },
    ],
    certaintyCite: list(2),
    importWarnings: [
      {
        code: 'repeated_dates',
        message:
          'The list gives this row exactly the same day-and-month span (3–25 March) as the March 1949 Moscow visit; it may be a copying error in the list.',
      },
    ],
  },
  {
    slug: '1961-10-cpsu-22nd-congress',
    title: 'Trip for the 22nd Congress of the Soviet Communist Party',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Trip in the second half of October 1961 that the list ties to the 22nd Congress of the Soviet Communist Party, without naming a country or city.',
    stops: [
      {
        key: '1961-10-cpsu-congress',
        places: [],
        start: { year: 1961, month: 10, day: 17 },
        end: { year: 1961, month: 10, day: 31 },
        meetings: [],
        details: [
          {
            text: 'The list gives the 22nd Congress of the Communist Party of the Soviet Union as the occasion.',
            cite: list(),
          },
        ],
        cite: { dates: list() },
      },
    ],
    certaintyCite: list(),
    importWarnings: [
      {
        code: 'polity_missing',
        message:
          'The list names no country and no place for this row, only the party congress; no country has been filled in.',
      },
    ],
  },
  {
    slug: '1961-07-china',
    title: 'Visit to China',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Visit to Beijing in July 1961, during which the Sino-North Korean friendship treaty was signed; Kim met Mao Zedong.',
    stops: [
      {
        key: '1961-07-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1961, month: 7, day: 11 },
        end: { year: 1961, month: 7, day: 15 },
        meetings: [{ person: 'mao-zedong', title: TITLE_CCP_CHAIRMAN, cite: list() }],
        details: [
          {
            text: 'The Sino-North Korean Mutual Aid and Cooperation Friendship Treaty was signed during the visit.',
            cite: list(),
          },
        ],
        cite: rowCite(),
      },
    ],
    certaintyCite: list(),
    importWarnings: [
      { code: 'out_of_order', message: 'The list places this July 1961 row after the October 1961 row.' },
    ],
  },
  {
    slug: '1964-11-north-vietnam',
    title: 'Visit to North Vietnam',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Visit to Hanoi in November 1964, with a meeting with Ho Chi Minh.',
    stops: [
      {
        key: '1964-11-hanoi',
        polity: 'north-vietnam',
        places: ['hanoi'],
        start: { year: 1964, month: 11 },
        meetings: [{ person: 'ho-chi-minh', title: TITLE_WPV_CHAIRMAN, cite: list(17) }],
        details: [],
        cite: rowCite(17),
      },
    ],
    certaintyCite: list(17),
  },
  {
    slug: '1965-04-indonesia',
    title: 'Visit to Indonesia',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Visit to Bandung in April 1965, with a meeting with President Sukarno and a speech on socialist construction in the DPRK and the South Korean revolution.',
    stops: [
      {
        key: '1965-04-bandung',
        polity: 'indonesia',
        places: ['bandung'],
        start: { year: 1965, month: 4, day: 10 },
        end: { year: 1965, month: 4, day: 20 },
        meetings: [{ person: 'sukarno', title: 'President of Indonesia', cite: list(3) }],
        details: [
          {
            text: 'Gave a speech, which the list calls a landmark, on socialist construction in the DPRK and the South Korean revolution.',
            cite: list(19),
          },
        ],
        cite: rowCite(3, 19),
      },
    ],
    certaintyCite: list(3, 19),
  },
  {
    slug: '1966-07-romania',
    title: 'Visit to Romania',
    leader: 'kim-il-sung',
    kind: 'multilateral',
    certainty: 'confirmed',
    summary: 'Stay in Bucharest in early July 1966, linked in the list to a Comecon summit; Kim met Nicolae Ceaușescu.',
    stops: [
      {
        key: '1966-07-bucharest',
        polity: 'romania',
        places: ['bucharest'],
        start: { year: 1966, month: 7, day: 3 },
        end: { year: 1966, month: 7, day: 7 },
        meetings: [
          { person: 'nicolae-ceausescu', title: 'General Secretary of the Romanian Communist Party', cite: list() },
        ],
        details: [{ text: 'The list connects the stay with a Comecon summit.', cite: list() }],
        cite: rowCite(),
      },
    ],
    certaintyCite: list(),
  },
  {
    slug: '1966-soviet-union-brezhnev-rumored',
    title: 'Rumoured secret meeting with Brezhnev',
    leader: 'kim-il-sung',
    kind: 'secret',
    certainty: 'rumored',
    summary:
      'Unconfirmed reports speak of a secret 1966 meeting with Leonid Brezhnev in the Soviet Union, possibly on board the cruiser Varyag.',
    stops: [
      {
        key: '1966-varyag',
        polity: 'soviet-union',
        places: ['soviet-cruiser-varyag'],
        start: { year: 1966 },
        meetings: [{ person: 'leonid-brezhnev', cite: list(2) }],
        details: [
          {
            text: 'Known only from reports of a secret meeting with Brezhnev; one theory puts it aboard the Soviet cruiser Varyag.',
            cite: list(2),
          },
        ],
        cite: {
          dates: list(2),
          polity: list(2),
          places: [
            {
              source: 'wiki-kis-list',
              note: 'The cruiser is offered only as a theory of where the meeting took place.',
            },
            ref(2),
          ],
        },
      },
    ],
    certaintyCite: list(2),
  },
  {
    slug: '1968-soviet-union-brezhnev-rumored',
    title: 'Rumoured secret meeting with Brezhnev',
    leader: 'kim-il-sung',
    kind: 'secret',
    certainty: 'rumored',
    summary: 'Unconfirmed reports speak of a second secret meeting with Leonid Brezhnev in the Soviet Union in 1968.',
    stops: [
      {
        key: '1968-soviet-union',
        polity: 'soviet-union',
        places: [],
        start: { year: 1968 },
        meetings: [{ person: 'leonid-brezhnev', cite: list(2) }],
        details: [
          { text: 'Known only from reports of a secret meeting with Brezhnev; no place is given.', cite: list(2) },
        ],
        cite: { dates: list(2), polity: list(2) },
      },
    ],
    certaintyCite: list(2),
  },
  {
    slug: '1970-10-china',
    title: 'Visit to China',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Visit to Beijing in October 1970, with a meeting with Mao Zedong.',
    stops: [
      {
        key: '1970-10-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1970, month: 10 },
        meetings: [{ person: 'mao-zedong', title: TITLE_CCP_CHAIRMAN, cite: list(20) }],
        details: [],
        cite: rowCite(20),
      },
    ],
    certaintyCite: list(20),
  },
  {
    slug: '1975-04-destination-unknown',
    title: 'Trip of April 1975 (destination not given)',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Trip abroad in the second half of April 1975 for which the list gives only dates and a reference, without a country, place or host.',
    stops: [
      {
        key: '1975-04-unnamed',
        places: [],
        start: { year: 1975, month: 4, day: 18 },
        end: { year: 1975, month: 4, day: 26 },
        meetings: [],
        details: [],
        cite: { dates: list(21) },
      },
    ],
    certaintyCite: list(21),
    importWarnings: [
      {
        code: 'polity_missing',
        message:
          'The list gives only dates and a reference for this row, with no country, place or leader; no country has been filled in.',
      },
    ],
  },
  {
    slug: '1975-05-tour-europe-africa',
    title: 'Tour of Europe and Africa',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary:
      'Journey from 22 May to 10 June 1975 through Romania, Algeria, Mauritania, Bulgaria and Yugoslavia, with a meeting with the leader of each.',
    stops: [
      {
        key: '1975-05-bucharest',
        polity: 'romania',
        places: ['bucharest'],
        start: { year: 1975, month: 5, day: 22 },
        end: { year: 1975, month: 5, day: 26 },
        meetings: [{ person: 'nicolae-ceausescu', title: 'President of Romania', cite: list(22) }],
        details: [stateVisit(22)],
        cite: rowCite(22),
      },
      {
        key: '1975-05-algiers',
        polity: 'algeria',
        places: ['algiers'],
        start: { year: 1975, month: 5, day: 26 },
        end: { year: 1975, month: 5, day: 30 },
        meetings: [{ person: 'houari-boumediene', title: 'Chairman of Revolutionary Council', cite: list(23) }],
        details: [stateVisit(23)],
        cite: rowCite(23),
      },
      {
        key: '1975-05-nouakchott',
        polity: 'mauritania',
        places: ['nouakchott'],
        start: { year: 1975, month: 5, day: 30 },
        end: { year: 1975, month: 6, day: 4 },
        meetings: [{ person: 'moktar-ould-daddah', title: 'President of Mauritania', cite: list(24) }],
        details: [
          {
            text: 'The list reports a claim that this visit was the most important event in Mauritania’s history.',
            cite: list(25),
          },
        ],
        cite: rowCite(24, 25),
      },
      {
        key: '1975-06-sofia',
        polity: 'bulgaria',
        places: ['sofia'],
        start: { year: 1975, month: 6, day: 4 },
        end: { year: 1975, month: 6, day: 6 },
        meetings: [{ person: 'todor-zhivkov', title: TITLE_BCP_GENERAL_SECRETARY, cite: list() }],
        details: [stateVisit()],
        cite: rowCite(),
      },
      {
        key: '1975-06-yugoslavia',
        polity: 'yugoslavia',
        places: ['brdo-pri-kranju', 'bled', 'lake-bohinj', 'ljubljana'],
        start: { year: 1975, month: 6, day: 5 },
        end: { year: 1975, month: 6, day: 10 },
        meetings: [{ person: 'josip-broz-tito', title: 'President of Yugoslavia', cite: list(30, 31) }],
        details: [],
        cite: {
          dates: list(30, 31),
          polity: list(30, 31),
          places: [
            { source: 'wiki-kis-list' },
            ref(26, 'For Brdo pri Kranju.'),
            ref(27, 'For Bled.'),
            ref(28, 'For Lake Bohinj.'),
            ref(29, 'For Ljubljana.'),
          ],
        },
      },
    ],
    certaintyCite: list(22, 23, 24, 30, 31),
    importWarnings: [
      {
        code: 'overlapping_stops',
        message:
          'The list dates the Bulgarian stop 4–6 June and the Yugoslav stop 5–10 June, so the two overlap; both are kept as listed.',
      },
    ],
  },
  {
    slug: '1980-05-tour-yugoslavia-romania',
    title: 'Visit to Yugoslavia and Romania',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Trip of May 1980 to Belgrade for the funeral of Josip Broz Tito, followed by a state visit to Romania.',
    stops: [
      {
        key: '1980-05-belgrade',
        polity: 'yugoslavia',
        places: ['belgrade'],
        start: { year: 1980, month: 5, day: 7 },
        end: { year: 1980, month: 5, day: 9 },
        meetings: [{ person: 'lazar-kolisevski', title: 'President of the Presidency of Yugoslavia', cite: list() }],
        details: [{ text: 'Came for the state funeral held after the death of Josip Broz Tito.', cite: list() }],
        cite: rowCite(),
      },
      {
        key: '1980-05-bucharest',
        polity: 'romania',
        places: ['bucharest'],
        start: { year: 1980, month: 5, day: 9 },
        end: { year: 1980, month: 5, day: 13 },
        meetings: [{ person: 'nicolae-ceausescu', title: 'President of Romania', cite: list(32, 33) }],
        details: [stateVisit(32, 33)],
        cite: rowCite(32, 33),
      },
    ],
    certaintyCite: list(32, 33),
  },
  {
    slug: '1982-09-china',
    title: 'Visit to China',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    transport: ['train'],
    summary:
      'Rail journey to China in September 1982 that took Kim to Beijing and Chengdu and included a meeting with Deng Xiaoping.',
    stops: [
      {
        key: '1982-09-beijing-chengdu',
        polity: 'china',
        places: ['beijing', 'chengdu'],
        start: { year: 1982, month: 9, day: 15 },
        end: { year: 1982, month: 9, day: 26 },
        meetings: [
          {
            person: 'deng-xiaoping',
            title: "Chairman of the Chinese People's Political Consultative Conference",
            cite: list(34, 4),
          },
        ],
        details: [{ text: 'Travelled to China by train.', cite: [ref(34)] }],
        cite: rowCite(34, 4),
      },
    ],
    certaintyCite: list(34, 4),
  },
  {
    slug: '1983-06-china',
    title: 'Visit to China',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Visit to Beijing in June 1983, with a meeting with Hu Yaobang.',
    stops: [
      {
        key: '1983-06-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1983, month: 6, day: 2 },
        end: { year: 1983, month: 6, day: 12 },
        meetings: [{ person: 'hu-yaobang', title: TITLE_CCP_GENERAL_SECRETARY, cite: list(4) }],
        details: [],
        cite: {
          dates: list(4),
          polity: [
            { source: 'wiki-kis-list', note: 'Names Beijing but no country; China is inferred from the place.' },
            ref(4),
          ],
          places: list(4),
        },
      },
    ],
    certaintyCite: list(4),
    importWarnings: [
      {
        code: 'polity_inferred',
        message:
          'The list names only Beijing for this row and gives no country; China has been inferred from the city.',
      },
    ],
  },
  {
    slug: '1984-05-tour-soviet-union-eastern-europe',
    title: 'Tour of the Soviet Union and Eastern Europe',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    // Only the Czechoslovak leg is reported as made by train (a detail of that stop), not the whole tour.
    summary:
      'Month-long journey from mid-May to mid-June 1984 through the Soviet Union, Poland, East Germany, Czechoslovakia, Hungary and Bulgaria, meeting each country’s leader.',
    stops: [
      {
        key: '1984-05-moscow-minsk',
        polity: 'soviet-union',
        places: ['moscow', 'minsk'],
        start: { year: 1984, month: 5, day: 16 },
        end: { year: 1984, month: 5, day: 27 },
        meetings: [{ person: 'konstantin-chernenko', title: TITLE_CPSU_GENERAL_SECRETARY, cite: list(36, 37) }],
        details: [stateVisit(36, 37)],
        cite: { dates: list(36, 37), polity: list(36, 37), places: list(35, 2, 3) },
      },
      {
        key: '1984-05-warsaw',
        polity: 'poland',
        places: ['warsaw'],
        start: { year: 1984, month: 5, day: 27 },
        end: { year: 1984, month: 5, day: 29 },
        meetings: [
          {
            person: 'wojciech-jaruzelski',
            title: "First Secretary of the Polish United Workers' Party and Chairman of the Council of State",
            cite: list(38, 3, 39),
          },
        ],
        details: [],
        cite: rowCite(38, 3, 39),
      },
      {
        key: '1984-05-east-berlin',
        polity: 'east-germany',
        places: ['east-berlin'],
        start: { year: 1984, month: 5, day: 29 },
        end: { year: 1984, month: 6, day: 4 },
        meetings: [
          {
            person: 'erich-honecker',
            title: 'General Secretary of the Socialist Unity Party of Germany',
            cite: list(40, 3),
          },
        ],
        details: [stateVisit(40, 3)],
        cite: rowCite(40, 3),
      },
      {
        key: '1984-06-prague',
        polity: 'czechoslovakia',
        places: ['prague'],
        start: { year: 1984, month: 6, day: 4 },
        end: { year: 1984, month: 6, day: 7 },
        meetings: [
          {
            person: 'gustav-husak',
            title: 'First Secretary of the Communist Party of Czechoslovakia and President of Czechoslovakia',
            cite: list(41, 42, 3),
          },
        ],
        details: [
          stateVisit(41, 42, 3),
          {
            text: 'Reached Czechoslovakia by train, according to the Czech reports cited for this stop.',
            cite: [ref(41), ref(42)],
          },
        ],
        cite: rowCite(41, 42, 3),
      },
      {
        key: '1984-06-budapest',
        polity: 'hungary',
        places: ['budapest'],
        start: { year: 1984, month: 6, day: 7 },
        end: { year: 1984, month: 6, day: 10 },
        meetings: [
          {
            person: 'janos-kadar',
            title: "General Secretary of the Hungarian Socialist Workers' Party",
            cite: list(43, 3),
          },
        ],
        details: [stateVisit(43, 3)],
        cite: rowCite(43, 3),
      },
      {
        key: '1984-06-sofia',
        polity: 'bulgaria',
        places: ['sofia'],
        start: { year: 1984, month: 6, day: 10 },
        end: { year: 1984, month: 6, day: 15 },
        meetings: [{ person: 'todor-zhivkov', title: TITLE_BCP_GENERAL_SECRETARY, cite: list(44, 45, 3) }],
        details: [stateVisit(44, 45, 3)],
        cite: rowCite(44, 45, 3),
      },
    ],
    certaintyCite: list(36, 37, 3),
  },
  {
    slug: '1986-10-soviet-union',
    title: 'Visit to the Soviet Union',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Visit to Moscow in late October 1986, with a meeting with Mikhail Gorbachev.',
    stops: [
      {
        key: '1986-10-moscow',
        polity: 'soviet-union',
        places: ['moscow'],
        start: { year: 1986, month: 10, day: 22 },
        end: { year: 1986, month: 10, day: 27 },
        meetings: [{ person: 'mikhail-gorbachev', title: TITLE_CPSU_GENERAL_SECRETARY, cite: list(2) }],
        details: [],
        cite: rowCite(2),
      },
    ],
    certaintyCite: list(2),
  },
  {
    slug: '1987-05-china',
    title: 'Visit to China',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Visit to Beijing in May 1987, with a meeting with Zhao Ziyang.',
    stops: [
      {
        key: '1987-05-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1987, month: 5, day: 20 },
        end: { year: 1987, month: 5, day: 23 },
        meetings: [{ person: 'zhao-ziyang', title: TITLE_CCP_GENERAL_SECRETARY, cite: list(4) }],
        details: [],
        cite: rowCite(4),
      },
    ],
    certaintyCite: list(4),
  },
  {
    slug: '1988-06-mongolian-peoples-republic',
    title: 'Visit to Mongolia',
    leader: 'kim-il-sung',
    kind: 'state',
    certainty: 'confirmed',
    summary: 'State visit to Ulaanbaatar at the turn of June and July 1988, with a meeting with Jambyn Batmönkh.',
    stops: [
      {
        key: '1988-06-ulaanbaatar',
        polity: 'mongolian-peoples-republic',
        places: ['ulaanbaatar'],
        start: { year: 1988, month: 6, day: 25 },
        end: { year: 1988, month: 7, day: 1 },
        meetings: [
          { person: 'jambyn-batmonkh', title: "General Secretary of the Mongolian People's Party", cite: list(46) },
        ],
        details: [],
        cite: rowCite(46),
      },
    ],
    certaintyCite: list(46),
  },
  {
    slug: '1991-10-china',
    title: 'Visit to China',
    leader: 'kim-il-sung',
    certainty: 'confirmed',
    summary: 'Visit to Beijing in October 1991, with a meeting with Chinese President Yang Shangkun.',
    stops: [
      {
        key: '1991-10-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 1991, month: 10, day: 3 },
        end: { year: 1991, month: 10, day: 15 },
        meetings: [
          { person: 'yang-shangkun', title: "President of the People's Republic of China", cite: list(47, 3, 4) },
        ],
        details: [],
        cite: rowCite(47, 3, 4),
      },
    ],
    certaintyCite: list(47, 3, 4),
  },
]
