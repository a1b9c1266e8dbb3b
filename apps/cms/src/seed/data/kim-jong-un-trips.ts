// Seed trips of Kim Jong Un: the ten foreign trips of March 2018 – September 2023 as the news article lists them.
import type { TSeedCitation, TSeedStop, TSeedTrip } from './types'

const ARTICLE: TSeedCitation[] = [{ source: 'article-kju-trips' }]

/** The article backs every fact of these trips, so each stop cites it for dates, country and places. */
const cited = { dates: ARTICLE, polity: ARTICLE, places: ARTICLE }

const meet = (person: string, title: string): TSeedStop['meetings'][number] => ({ person, title, cite: ARTICLE })

const detail = (text: string): TSeedStop['details'][number] => ({ text, cite: ARTICLE })

const XI = meet('xi-jinping', 'President of China')
const TRUMP = meet('donald-trump', 'President of the United States')

export const KIM_JONG_UN_TRIPS: TSeedTrip[] = [
  {
    slug: '2018-03-china',
    title: 'Visit to China',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    transport: ['train'],
    summary:
      'Kim Jong Un’s first trip abroad as leader: an armoured-train journey to Beijing in March 2018 to meet Xi Jinping.',
    stops: [
      {
        key: '2018-03-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 2018, month: 3 },
        meetings: [XI],
        details: [
          detail('His first foreign trip since becoming leader.'),
          detail('Travelled overland in his armoured train.'),
          detail(
            'The meeting followed Chinese support for strict UN sanctions imposed after a surge in North Korean nuclear and missile tests.',
          ),
        ],
        cite: cited,
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2018-05-china',
    title: 'Visit to China',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    transport: ['air'],
    summary: 'Second trip to China within months, flying to Dalian in May 2018 for another meeting with Xi Jinping.',
    stops: [
      {
        key: '2018-05-dalian',
        polity: 'china',
        places: ['dalian'],
        start: { year: 2018, month: 5 },
        meetings: [XI],
        details: [
          detail('Flew to the port city of Dalian.'),
          detail(
            'Coming shortly before his first meeting with Trump, the visit fed speculation that Beijing wanted to talk over a possible thaw between Pyongyang and Washington.',
          ),
        ],
        cite: cited,
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2018-05-south-korea',
    title: 'Meeting with Moon Jae-in at Panmunjom',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    summary:
      'Talks with South Korean president Moon Jae-in on 26 May 2018 on the southern side of Panmunjom in the demilitarised zone.',
    stops: [
      {
        key: '2018-05-panmunjom',
        polity: 'south-korea',
        places: ['panmunjom'],
        start: { year: 2018, month: 5, day: 26 },
        meetings: [meet('moon-jae-in', 'President of South Korea')],
        details: [detail('Spent several hours south of the border line for talks and dinner with Moon.')],
        cite: cited,
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2018-06-singapore',
    title: 'Summit with Donald Trump in Singapore',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    transport: ['air'],
    summary: 'Trip to Singapore in June 2018 for the first North Korea–United States summit, held with Donald Trump.',
    stops: [
      {
        key: '2018-06-singapore',
        polity: 'singapore',
        places: ['singapore'],
        start: { year: 2018, month: 6, day: 10 },
        meetings: [TRUMP],
        details: [
          detail('Arrived on an Air China 747 that Beijing had provided.'),
          detail(
            'Met Trump on 12 June, two days after arriving, and signed a declaration committing to denuclearisation of the Korean Peninsula with no deadline set.',
          ),
          detail(
            'Trump said afterwards that the United States would halt its joint military exercises with South Korea.',
          ),
        ],
        cite: cited,
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2018-06-china',
    title: 'Visit to China',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    transport: ['air'],
    summary: 'Third trip to China: a flight to Beijing to see Xi Jinping shortly after the Singapore summit.',
    stops: [
      {
        key: '2018-06-beijing',
        polity: 'china',
        places: ['beijing'],
        start: { year: 2018, month: 6 },
        meetings: [XI],
        details: [
          detail('Flew to Beijing about seven days after the Singapore meeting.'),
          detail('The two leaders exchanged pledges of friendship and economic ties in a tightly scripted display.'),
          detail('Experts at the time saw the visit as Kim debriefing Xi about Singapore.'),
        ],
        cite: cited,
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2019-01-china',
    title: 'Visit to China',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    transport: ['train'],
    summary: 'Fourth trip to China, in January 2019, again by armoured train, to meet Xi Jinping.',
    stops: [
      {
        key: '2019-01-china',
        polity: 'china',
        places: [],
        start: { year: 2019, month: 1 },
        meetings: [XI],
        details: [detail('Travelled once more in his armoured train.')],
        cite: { dates: ARTICLE, polity: ARTICLE },
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2019-02-vietnam',
    title: 'Summit with Donald Trump in Hanoi',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    transport: ['train'],
    summary:
      'Train journey to Hanoi in February 2019 for a second summit with Donald Trump, which ended without a deal.',
    stops: [
      {
        key: '2019-02-hanoi',
        polity: 'vietnam',
        places: ['hanoi'],
        start: { year: 2019, month: 2 },
        meetings: [TRUMP],
        details: [
          detail('Spent over 60 hours travelling overland from Pyongyang to Hanoi in his armoured train.'),
          detail(
            'The summit of 28 February broke down when the two sides could not agree which denuclearisation steps would earn sanctions relief.',
          ),
        ],
        cite: cited,
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2019-04-russia',
    title: 'Summit with Vladimir Putin in Vladivostok',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    transport: ['train'],
    summary:
      'First trip to Russia, by armoured train in April 2019, for a first summit with Vladimir Putin in Vladivostok.',
    stops: [
      {
        key: '2019-04-vladivostok',
        polity: 'russia',
        places: ['vladivostok'],
        start: { year: 2019, month: 4 },
        meetings: [meet('vladimir-putin', 'President of Russia')],
        details: [
          detail('Entered Russia aboard his armoured train.'),
          detail('Met Putin for their first summit, in Vladivostok on 25 April 2019.'),
          detail('Put the blame for the failed Hanoi summit on Washington, accusing it of negotiating dishonestly.'),
        ],
        cite: cited,
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2019-06-south-korea',
    title: 'Meeting with Donald Trump at Panmunjom',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    summary:
      'Brief meeting with Donald Trump at the border in Panmunjom in June 2019, during which both leaders stepped across the dividing line.',
    stops: [
      {
        key: '2019-06-panmunjom',
        polity: 'south-korea',
        places: ['panmunjom'],
        start: { year: 2019, month: 6 },
        meetings: [TRUMP],
        details: [
          detail('Trump came to the demilitarised zone during a short visit to Seoul to meet Kim at the border.'),
          detail(
            'Trump stepped briefly into North Korea, the first US president to do so since the Korean War, and Kim also crossed onto the southern side.',
          ),
        ],
        cite: cited,
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2023-09-russia',
    title: 'Visit to Russia',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    transport: ['train'],
    summary:
      'Train journey to Russia in September 2023, his first trip abroad since 2019, with a further summit with Vladimir Putin expected.',
    stops: [
      {
        key: '2023-09-russia',
        polity: 'russia',
        places: [],
        start: { year: 2023, month: 9 },
        meetings: [],
        details: [
          detail(
            'His first journey abroad since 2019, after years in which the pandemic kept North Korea’s borders closed.',
          ),
          detail('Entered Russia by train.'),
          detail(
            'When the article was written a new summit with Putin was expected, probably focused on weapons deals and defence cooperation after Russia’s invasion of Ukraine.',
          ),
        ],
        cite: { dates: ARTICLE, polity: ARTICLE },
      },
    ],
    certaintyCite: ARTICLE,
  },
]
