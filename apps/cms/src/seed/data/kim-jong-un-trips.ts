// Seed trips of Kim Jong Un: the ten foreign trips of March 2018 – September 2023 as the news article
// lists them, each checked against a second report (paragraphs counted from the report's first), and
// the 27 April 2018 summit that the article gives under 26 May.
import type { TSeedCitation, TSeedStop, TSeedTrip } from './types'

const ARTICLE: TSeedCitation[] = [{ source: 'article-kju-trips' }]
/** The article where it gives only the month of a date a second report gives to the day. */
const ARTICLE_MONTH: TSeedCitation = { source: 'article-kju-trips', note: 'Gives the month only.' }
const second = (source: string, paragraph: string, note?: string): TSeedCitation => ({
  source: `kju-${source}`,
  locator: { paragraph },
  ...(note ? { note } : {}),
})

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
        start: { year: 2018, month: 3, day: 25 },
        end: { year: 2018, month: 3, day: 28 },
        meetings: [XI],
        details: [
          detail('His first foreign trip since becoming leader.'),
          detail('Travelled overland in his armoured train.'),
          detail(
            'The meeting followed Chinese support for strict UN sanctions imposed after a surge in North Korean nuclear and missile tests.',
          ),
          {
            text: 'Held talks with Xi and met Premier Li Keqiang and Vice-President Wang Qishan, Xinhua reported.',
            cite: [second('cbs4-2018-03-27', '4')],
          },
        ],
        cite: {
          dates: [ARTICLE_MONTH, second('cbs4-2018-03-27', '2')],
          polity: [...ARTICLE, second('cbs4-2018-03-27', '1')],
          places: [...ARTICLE, second('cbs4-2018-03-27', '1')],
        },
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
        start: { year: 2018, month: 5, day: 7 },
        end: { year: 2018, month: 5, day: 8 },
        meetings: [XI],
        details: [
          detail('Flew to the port city of Dalian.'),
          detail(
            'Coming shortly before his first meeting with Trump, the visit fed speculation that Beijing wanted to talk over a possible thaw between Pyongyang and Washington.',
          ),
        ],
        cite: {
          dates: [ARTICLE_MONTH, second('epoch-times-2018-05-08', '2')],
          polity: [...ARTICLE, second('epoch-times-2018-05-08', '1')],
          places: [...ARTICLE, second('epoch-times-2018-05-08', '2')],
        },
      },
    ],
    certaintyCite: ARTICLE,
  },
  {
    slug: '2018-04-south-korea',
    title: 'Summit with Moon Jae-in at the Peace House, Panmunjom',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    summary:
      'The first inter-Korean summit in more than a decade, on 27 April 2018: Kim walked across the demarcation line at Panmunjom and spent the day in talks with Moon Jae-in at the Peace House on the southern side, where they signed the Panmunjom Declaration.',
    stops: [
      {
        key: '2018-04-peace-house',
        polity: 'south-korea',
        places: ['panmunjom', 'peace-house'],
        start: { year: 2018, month: 4, day: 27 },
        meetings: [
          {
            person: 'moon-jae-in',
            title: 'President of South Korea',
            cite: [second('upi-2018-04-27', '1'), second('rodong-2018-04-28-talks', '1')],
          },
        ],
        details: [
          {
            text: 'Moon met him at the demarcation line, and he became the first North Korean leader to set foot in the South since the Korean War.',
            cite: [second('reuters-2018-04-27', '1'), second('upi-2018-04-27', '4')],
          },
          {
            text: 'The talks were held at the Peace House, on the southern side of Panmunjom.',
            cite: [second('upi-2018-04-27', '9'), second('rodong-2018-04-28-talks', '1')],
          },
          {
            text: 'He and Moon signed the Panmunjom Declaration.',
            cite: [second('rodong-2018-04-28-declaration', '1')],
          },
          {
            text: 'The day was to end with a welcoming banquet in the evening.',
            cite: [second('upi-2018-04-27', '12')],
          },
          {
            text: 'The AFP article describes hours of talks and dinner on the southern side, but under 26 May 2018.',
            cite: ARTICLE,
          },
        ],
        alternativeDates: [
          {
            start: { year: 2018, month: 5, day: 26 },
            note: 'The AFP article gives 26 May 2018 for the talks and dinner on the southern side; reports of the day date this summit 27 April.',
            cite: ARTICLE,
          },
        ],
        cite: {
          dates: [
            second('upi-2018-04-27', '1', 'Dated 27 April.'),
            second('reuters-2018-04-27', '1', 'On Friday 27 April.'),
          ],
          polity: [second('rodong-2018-04-28-talks', '1'), second('upi-2018-04-27', '4')],
          places: [second('upi-2018-04-27', '9'), second('rodong-2018-04-28-talks', '1')],
        },
      },
    ],
    certaintyCite: [second('upi-2018-04-27', '1'), second('rodong-2018-04-28-talks', '1')],
  },
  {
    slug: '2018-05-panmunjom',
    title: 'Meeting with Moon Jae-in at Panmunjom',
    leader: 'kim-jong-un',
    certainty: 'confirmed',
    summary:
      'A second, unannounced meeting with Moon Jae-in on 26 May 2018, at Tongilgak on the northern side of Panmunjom, to keep the planned summit with Donald Trump on course.',
    stops: [
      {
        key: '2018-05-panmunjom',
        polity: 'north-korea',
        places: ['tongilgak'],
        start: { year: 2018, month: 5, day: 26 },
        meetings: [
          {
            person: 'moon-jae-in',
            title: 'President of South Korea',
            cite: [...ARTICLE, second('chosun-2018-05-28', '1')],
          },
        ],
        details: [
          {
            text: 'They talked for about two hours from 3 p.m., about making the summit with Trump a success.',
            cite: [second('chosun-2018-05-28', '2'), second('straits-times-2018-05-26', '2')],
          },
          {
            text: 'Kim had asked for the meeting the afternoon before, Moon said.',
            cite: [second('chosun-2018-05-28', '4')],
          },
          {
            text: 'The AFP article puts a meeting of this date south of the line, with hours of talks and dinner; the reports of the day place it north of the line, and the article’s account matches the summit of 27 April.',
            cite: [...ARTICLE, second('chosun-2018-05-28', '1'), second('straits-times-2018-05-26', '2')],
          },
        ],
        cite: {
          dates: [...ARTICLE, second('chosun-2018-05-28', '1'), second('straits-times-2018-05-26', '1')],
          polity: [
            second('chosun-2018-05-28', '1'),
            second('straits-times-2018-05-26', '1', 'Photo caption above paragraph 1: Tongilgak, on the North’s side.'),
          ],
          places: [second('straits-times-2018-05-26', '1', 'Photo caption above paragraph 1.')],
        },
      },
    ],
    certaintyCite: [...ARTICLE, second('chosun-2018-05-28', '1')],
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
            'Met Trump on 12 June, two days after arriving, and signed a declaration pledging to work toward denuclearisation of the Korean Peninsula, with no timeline set.',
          ),
          detail(
            'Trump said afterwards that the United States would halt its joint military exercises with South Korea.',
          ),
        ],
        cite: {
          dates: [...ARTICLE, second('straits-times-2018-06-10', '2')],
          polity: [...ARTICLE, second('straits-times-2018-06-10', '1')],
          places: [...ARTICLE, second('straits-times-2018-06-10', '2')],
        },
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
        start: { year: 2018, month: 6, day: 19 },
        end: { year: 2018, month: 6, day: 20 },
        meetings: [XI],
        details: [
          detail('Flew to Beijing about seven days after the Singapore meeting.'),
          detail('The two leaders exchanged pledges of friendship and economic ties in a tightly scripted display.'),
          detail('Experts at the time saw the visit as Kim debriefing Xi about Singapore.'),
        ],
        cite: {
          dates: [ARTICLE_MONTH, second('caixin-2018-06-20', '2')],
          polity: [...ARTICLE, second('caixin-2018-06-20', '1')],
          places: [...ARTICLE, second('caixin-2018-06-20', '1')],
        },
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
        places: ['beijing'],
        start: { year: 2019, month: 1, day: 7 },
        end: { year: 2019, month: 1, day: 10 },
        meetings: [XI],
        details: [
          detail('Travelled once more in his armoured train.'),
          {
            text: 'Reached Beijing by train on 8 January, his birthday, and held talks with Xi that afternoon.',
            cite: [second('korea-herald-2019-01-08', '1'), second('korea-herald-2019-01-08', '2')],
          },
        ],
        cite: {
          dates: [ARTICLE_MONTH, second('korea-herald-2019-01-08', '4')],
          polity: [...ARTICLE, second('korea-herald-2019-01-08', '2')],
          places: [second('korea-herald-2019-01-08', '2')],
        },
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
        start: { year: 2019, month: 2, day: 26 },
        end: { year: 2019, month: 2, day: 28 },
        meetings: [TRUMP],
        details: [
          detail('Spent over 60 hours travelling overland from Pyongyang to Hanoi in his armoured train.'),
          detail(
            'The summit of 28 February broke down when the two sides could not agree which denuclearisation steps would earn sanctions relief.',
          ),
          {
            text: 'Kyodo gives the train journey through China as 70 hours, not the article’s 60-odd, and has him leave the train at the border station of Dong Dang for the drive to Hanoi.',
            cite: [second('kyodo-2019-02-26', '1'), second('kyodo-2019-02-26', '2'), ...ARTICLE],
          },
        ],
        cite: {
          dates: [
            ARTICLE_MONTH,
            second('kyodo-2019-02-26', '1', 'In Vietnam from Tuesday 26 February.'),
            second('kyodo-2019-02-26', '4'),
          ],
          polity: [...ARTICLE, second('kyodo-2019-02-26', '1')],
          places: [...ARTICLE, second('kyodo-2019-02-26', '1')],
        },
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
        start: { year: 2019, month: 4, day: 24 },
        end: { year: 2019, month: 4, day: 25 },
        meetings: [meet('vladimir-putin', 'President of Russia')],
        details: [
          detail('Entered Russia aboard his armoured train.'),
          detail('Met Putin for their first summit, in Vladivostok on 25 April 2019.'),
          detail('Put the blame for the failed Hanoi summit on Washington, accusing it of negotiating dishonestly.'),
          {
            text: 'Crossed the border at Khasan on the morning of 24 April and reached Vladivostok that evening; the summit lasted five hours.',
            cite: [
              second('sputnik-2019-04-25', '7'),
              second('sputnik-2019-04-25', '8'),
              second('sputnik-2019-04-25', '1'),
            ],
          },
        ],
        cite: {
          dates: [ARTICLE_MONTH, second('sputnik-2019-04-25', '7', 'Crossed on Wednesday 24 April.')],
          polity: [...ARTICLE, second('sputnik-2019-04-25', '7')],
          places: [...ARTICLE, second('sputnik-2019-04-25', '1')],
        },
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
        start: { year: 2019, month: 6, day: 30 },
        meetings: [TRUMP],
        details: [
          detail('Trump came to the demilitarised zone during a short visit to Seoul to meet Kim at the border.'),
          detail(
            'Trump stepped briefly into North Korea, the first US president to do so since the Korean War, and Kim also crossed onto the southern side.',
          ),
          {
            text: 'After Trump’s twenty steps into the North, the two talked privately in Freedom House on the southern side.',
            cite: [second('new-times-2019-06-30', '2'), second('new-times-2019-06-30', '5')],
          },
        ],
        cite: {
          dates: [ARTICLE_MONTH, second('new-times-2019-06-30', '1', 'On Sunday 30 June.')],
          polity: [...ARTICLE, second('new-times-2019-06-30', '5')],
          places: [...ARTICLE, second('new-times-2019-06-30', '1')],
        },
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
        places: ['vostochny-cosmodrome'],
        start: { year: 2023, month: 9, day: 12 },
        end: { year: 2023, month: 9, day: 13 },
        meetings: [
          {
            person: 'vladimir-putin',
            title: 'President of Russia',
            cite: [second('union-leader-2023-09-13', '1'), second('tass-2023-09-13', '1')],
          },
        ],
        details: [
          detail(
            'His first journey abroad since 2019, after years in which the pandemic kept North Korea’s borders closed.',
          ),
          detail('Entered Russia by train.'),
          detail(
            'When the article was written a new summit with Putin was expected, probably focused on weapons deals and defence cooperation after Russia’s invasion of Ukraine.',
          ),
          {
            text: 'Met Putin on 13 September at the Vostochny Cosmodrome, where Putin showed him the launch site; they discussed military matters, the war in Ukraine and satellites.',
            cite: [second('union-leader-2023-09-13', '1'), second('union-leader-2023-09-13', '2')],
          },
        ],
        cite: {
          dates: [
            ARTICLE_MONTH,
            second('tass-2023-09-13', '4', 'Entered Russia on 12 September.'),
            second('union-leader-2023-09-13', '1', 'Summit on Wednesday 13 September.'),
          ],
          polity: [...ARTICLE, second('tass-2023-09-13', '4')],
          places: [second('union-leader-2023-09-13', '2'), second('tass-2023-09-13', '1')],
        },
      },
    ],
    certaintyCite: ARTICLE,
  },
]
