// What the Kim Jong Il trip list (kim-jong-il-trips.csv) cannot say in its columns: where in each
// report a fact stands (paragraphs counted from the first paragraph of the report's text), the
// details and the dates on which reports disagree, and each journey's title and summary in our words.
// Rows and journeys are keyed by the ISO date on which the row (or the journey's first row) starts.
import type { TTransportMode } from '@itinera/contracts/domain'
import type { TSeedCitation, TSeedStop } from './types'

const at = (source: string, paragraph: string, note?: string): TSeedCitation => ({
  source: `kji-${source}`,
  locator: { paragraph },
  ...(note ? { note } : {}),
})

export interface TListRowNotes {
  dates: TSeedCitation[]
  polity: TSeedCitation[]
  places?: TSeedCitation[]
  /** The person the row's "Leaders met" cell names. */
  meeting?: TSeedCitation[]
  /** The row's "Details" cell. */
  detail: TSeedCitation[]
  /** Details beyond the one the list's cell holds, each in our words. */
  moreDetails?: TSeedStop['details']
  alternativeDates?: TSeedStop['alternativeDates']
}

export interface TListJourneyNotes {
  slug: string
  title: string
  /** In our own words. */
  summary: string
  transport: TTransportMode[]
  certaintyCite: TSeedCitation[]
}

export const KIM_JONG_IL_JOURNEYS: Record<string, TListJourneyNotes> = {
  '2000-05-29': {
    slug: '2000-05-china',
    title: 'Unofficial visit to China',
    summary:
      'A secret three-day visit to Beijing in May 2000, his first trip abroad as leader, announced only after he was home; he met Jiang Zemin two weeks before the first inter-Korean summit.',
    transport: ['train'],
    certaintyCite: [at('bbc-2000-06-01', '6'), at('baltimore-sun-2000-06-02', '2')],
  },
  '2001-01-15': {
    slug: '2001-01-china',
    title: 'Unofficial visit to China',
    summary:
      'Six days in China in January 2001, four of them in Shanghai looking at the city’s markets and factories, before talks with Jiang Zemin in Beijing.',
    transport: [],
    certaintyCite: [at('china-org-2001-01', '1'), at('ap-2001-01-22', '1')],
  },
  '2001-07-26': {
    slug: '2001-07-russia',
    title: 'Visit to Russia',
    summary:
      'His first official visit to Russia, 24 days in July–August 2001: by armoured train across Siberia to Moscow, where he signed the Moscow Declaration with Vladimir Putin, on to Saint Petersburg and home again by rail.',
    transport: ['train'],
    certaintyCite: [
      at('kremlin-2001-08-04', '1'),
      at('chicago-tribune-2001-08-04', '1'),
      at('la-times-2001-08-19', '2'),
    ],
  },
  '2002-08-20': {
    slug: '2002-08-russia',
    title: 'Tour of the Russian Far East',
    summary:
      'A train tour of the Russian Far East in August 2002: factories and shipyards in Komsomolsk-on-Amur and Khabarovsk, then a summit with Vladimir Putin in Vladivostok.',
    transport: ['train'],
    certaintyCite: [at('voa-2002-08-23', '1'), at('peoples-korea-2002-09-04', '1')],
  },
  '2004-04-19': {
    slug: '2004-04-china',
    title: 'Unofficial visit to China',
    summary:
      'Three days in Beijing and Tianjin in April 2004 for a first summit with Hu Jintao, in the middle of the six-party talks on his nuclear programme.',
    transport: ['train'],
    certaintyCite: [at('donga-2004-04-21', '2'), at('china-daily-2004-04-21', '1')],
  },
  '2006-01-10': {
    slug: '2006-01-china',
    title: 'Unofficial visit to China',
    summary:
      'An eight-day journey in January 2006 through central and southern China and Beijing, kept secret until its end, with talks with Hu Jintao and visits to China’s showcase economic zones.',
    transport: ['train'],
    certaintyCite: [at('bbc-2006-01-18', '5'), at('voa-2006-01-18', '3')],
  },
  '2010-05-03': {
    slug: '2010-05-china',
    title: 'Unofficial visit to China',
    summary:
      'Five days in Liaoning, Tianjin and Beijing in May 2010, his first visit to China in four years, with talks with Hu Jintao.',
    transport: ['train'],
    certaintyCite: [at('kcna-2010-05-08', '1'), at('china-embassy-2010-05-10', '1')],
  },
  '2010-08-26': {
    slug: '2010-08-china',
    title: 'Visit to north-eastern China',
    summary:
      'A five-day trip to north-eastern China in August 2010, three months after the last, with stops at places linked to his father and a summit with Hu Jintao in Changchun.',
    transport: ['train'],
    certaintyCite: [at('yonhap-2010-09-02', '1'), at('chosun-2010-08-31', '1')],
  },
  '2011-05-20': {
    slug: '2011-05-china',
    title: 'Unofficial visit to China',
    summary:
      'A week-long train journey through China in May 2011, from the north-east to Yangzhou and Nanjing and on to Beijing for a summit with Hu Jintao.',
    transport: ['train'],
    certaintyCite: [at('kcna-2011-05-26', '1'), at('trend-2011-05-25', '3')],
  },
  '2011-08-20': {
    slug: '2011-08-russia-china',
    title: 'Visit to Russia and China',
    summary:
      'His last journey abroad, in August 2011: by armoured train across the Russian Far East to meet Dmitry Medvedev near Ulan-Ude, and home through north-eastern China.',
    transport: ['train'],
    certaintyCite: [at('la-times-2011-08-24', '1'), at('yonhap-2011-09-01', '1')],
  },
}

export const KIM_JONG_IL_LIST_ROWS: Record<string, TListRowNotes> = {
  '2000-05-29': {
    dates: [
      at('baltimore-sun-2000-06-02', '7', 'The visit began on a Monday and ended on a Wednesday.'),
      at('china-daily-2004-04-21', '1'),
    ],
    polity: [at('bbc-2000-06-01', '1')],
    places: [at('bbc-2000-06-01', '6'), at('baltimore-sun-2000-06-02', '1')],
    meeting: [at('bbc-2000-06-01', '1'), at('baltimore-sun-2000-06-02', '2')],
    detail: [at('bbc-2000-06-01', '3')],
    moreDetails: [
      {
        text: 'Also met Premier Zhu Rongji; the talks were held in the Great Hall of the People.',
        cite: [at('baltimore-sun-2000-06-02', '2')],
      },
      {
        text: 'Climbed the Gate of Heavenly Peace over Tiananmen Square and visited the Legend computer group.',
        cite: [at('baltimore-sun-2000-06-02', '3')],
      },
      { text: 'Went home on a private train.', cite: [at('bbc-2000-06-01', '2')] },
    ],
  },
  '2001-01-15': {
    dates: [at('china-org-2001-01', '1'), at('china-daily-2004-04-21', '1'), at('ap-2001-01-22', '2')],
    polity: [at('china-org-2001-01', '1')],
    places: [at('china-org-2001-01', '4'), at('donga-2006-01-16', '5')],
    meeting: [at('china-org-2001-01', '3'), at('donga-2006-01-16', '5')],
    detail: [at('china-org-2001-01', '4'), at('ap-2001-01-22', '9')],
    moreDetails: [
      {
        text: 'Premier Zhu Rongji met him in Shanghai and went with him to the GM and NEC joint ventures there.',
        cite: [at('china-org-2001-01', '5')],
      },
      {
        text: 'Toured the Pudong New District and the Shanghai Stock Exchange.',
        cite: [at('china-org-2001-01', '6'), at('ap-2001-01-22', '3')],
      },
    ],
  },
  '2001-07-26': {
    dates: [
      at('cnn-2001-07-25', '2', 'The train crossed the border on Thursday morning, 26 July.'),
      at('chicago-tribune-2001-08-04', '1', 'He reached Moscow on Friday night, 3 August.'),
    ],
    polity: [at('cnn-2001-07-25', '1')],
    places: [at('chicago-tribune-2001-08-04', '8'), at('reuters-2001-07-31', '1'), at('reuters-2001-07-31', '4')],
    detail: [at('chicago-tribune-2001-08-04', '2'), at('chicago-tribune-2001-08-04', '8')],
    moreDetails: [
      {
        text: 'In Novosibirsk he stayed aboard while an aide handed gifts to the family of a woman said to have saved his father’s life.',
        cite: [at('reuters-2001-07-31', '4'), at('chicago-tribune-2001-08-04', '9')],
      },
      {
        text: 'Left the train in Omsk on 31 July and drove off in a car flying the North Korean flag.',
        cite: [at('reuters-2001-07-31', '1'), at('reuters-2001-07-31', '2')],
      },
      {
        text: 'Where he entered Russia is told differently: Khasan, on the border, in the Chicago Tribune; Vladivostok in RFE/RL and in a Xinhua summary of 2011.',
        cite: [at('chicago-tribune-2001-08-04', '8'), at('rferl-2001-08-07', '6'), at('xinhua-2011-08-22', '5')],
      },
      {
        text: 'The BBC called the nine-day ride from Pyongyang to Moscow the longest official journey a head of state had ever made.',
        cite: [at('bbc-2001-08-06', '4')],
      },
    ],
  },
  '2001-08-03': {
    dates: [
      at('chicago-tribune-2001-08-04', '1'),
      at('bbc-2001-08-06', '8', 'Arrived at Yaroslavsky station shortly before 10 p.m. on the Friday.'),
      at('kremlin-2001-08-04', '1'),
      at('cnn-2001-08-05', '2', 'Sunday 5 August.'),
    ],
    polity: [at('kremlin-2001-08-04', '1')],
    places: [at('kremlin-2001-08-04', '1')],
    meeting: [at('kremlin-2001-08-04', '1')],
    detail: [at('kremlin-2001-08-04', '5')],
    moreDetails: [
      {
        text: 'The talks covered relations between the two Koreas and joint economic projects, among them railway links.',
        cite: [at('kremlin-2001-08-04', '2'), at('kremlin-2001-08-04', '3')],
      },
      {
        text: 'The next day he toured the Khrunichev space centre outside Moscow.',
        cite: [at('cnn-2001-08-05', '1'), at('cnn-2001-08-05', '2')],
      },
    ],
  },
  '2001-08-06': {
    dates: [
      at('voa-2001-08-06', '1', 'Arrived on Monday, 6 August.'),
      at('rferl-2001-08-07', '1', 'Left for Moscow on 7 August after two days.'),
    ],
    polity: [at('voa-2001-08-06', '1')],
    places: [at('voa-2001-08-06', '1')],
    detail: [at('voa-2001-08-06', '1')],
    moreDetails: [
      {
        text: 'Was to see factories and cultural sites there before going back to Moscow and home by train.',
        cite: [at('voa-2001-08-06', '2')],
      },
      {
        text: 'Skipped a planned tour of a Lenin museum but visited the Baltika brewery.',
        cite: [at('rferl-2001-08-07', '2'), at('la-times-2001-08-19', '4')],
      },
    ],
  },
  '2001-08-07': {
    dates: [
      at('rferl-2001-08-07', '1', 'Back in Moscow on 7 August, leaving for home the next day.'),
      at('la-times-2001-08-19', '1', 'Crossed into North Korea early on Saturday 18 August.'),
      at('xinhua-2011-08-22', '5'),
    ],
    polity: [at('rferl-2001-08-07', '1')],
    places: [at('rferl-2001-08-07', '1'), at('la-times-2001-08-19', '4')],
    detail: [at('rferl-2001-08-07', '1'), at('la-times-2001-08-19', '1')],
    moreDetails: [
      {
        text: 'On this second pass through Moscow he called off meetings with Communist Party leaders.',
        cite: [at('la-times-2001-08-19', '4')],
      },
      {
        text: 'The whole visit lasted 24 days, by the Los Angeles Times’ count and by a North Korean account of the following year.',
        cite: [at('la-times-2001-08-19', '2'), at('peoples-korea-2002-09-04', '3')],
      },
    ],
  },
  '2002-08-20': {
    dates: [at('peoples-korea-2002-09-04', '2'), at('peoples-korea-2002-09-04', '5')],
    polity: [at('voa-2002-08-23', '8')],
    places: [
      at('peoples-korea-2002-09-04', '3'),
      at('peoples-korea-2002-09-04', '4'),
      at('peoples-korea-2002-09-04', '5'),
    ],
    detail: [
      at('peoples-korea-2002-09-04', '3'),
      at('peoples-korea-2002-09-04', '4'),
      at('peoples-korea-2002-09-04', '5'),
    ],
    moreDetails: [
      {
        text: 'Came by rail, reaching Russia on Tuesday 20 August.',
        cite: [at('voa-2002-08-23', '8'), at('peoples-korea-2002-09-04', '2')],
      },
    ],
  },
  '2002-08-23': {
    dates: [at('peoples-korea-2002-09-04', '1'), at('voa-2002-08-23', '1')],
    polity: [at('voa-2002-08-23', '1')],
    places: [at('voa-2002-08-23', '1'), at('peoples-korea-2002-09-04', '1')],
    meeting: [at('voa-2002-08-23', '1'), at('peoples-korea-2002-09-04', '1')],
    detail: [at('voa-2002-08-23', '1')],
    moreDetails: [
      {
        text: 'Putin offered Russia’s help in easing relations on the Korean peninsula.',
        cite: [at('voa-2002-08-23', '3')],
      },
      {
        text: 'The People’s Korea calls the tour five days long; a Xinhua summary of 2011 calls it a four-day trip.',
        cite: [at('peoples-korea-2002-09-04', '2'), at('xinhua-2011-08-22', '6')],
      },
    ],
  },
  '2004-04-19': {
    dates: [at('donga-2004-04-21', '2'), at('china-daily-2004-04-21', '1')],
    polity: [at('donga-2004-04-21', '2')],
    places: [at('korea-times-2004-04-19', '1'), at('donga-2004-04-21', '6')],
    meeting: [at('korea-times-2004-04-19', '1'), at('chicago-tribune-2004-04-22', '2')],
    detail: [at('korea-times-2004-04-19', '1'), at('chicago-tribune-2004-04-22', '1')],
    moreDetails: [
      {
        text: 'Also met Premier Wen Jiabao and Jiang Zemin, by then head of the party’s military commission.',
        cite: [at('chicago-tribune-2004-04-22', '2'), at('donga-2004-04-21', '3')],
      },
      {
        text: 'Visited Tianjin and spent about an hour at the model village of Hancunhe before going home by train.',
        cite: [at('donga-2004-04-21', '6'), at('donga-2004-04-21', '7'), at('chicago-tribune-2004-04-22', '1')],
      },
    ],
    alternativeDates: [
      {
        start: { year: 2004, month: 4, day: 18 },
        end: { year: 2004, month: 4, day: 21 },
        note: 'The Korea Times has his train crossing into China late on Sunday 18 April, the day before the dates China announced.',
        cite: [at('korea-times-2004-04-19', '2')],
      },
    ],
  },
  '2006-01-10': {
    dates: [at('bbc-2006-01-18', '5'), at('voa-2006-01-18', '3'), at('taipei-times-2006-01-20', '1')],
    polity: [at('bbc-2006-01-18', '5')],
    places: [at('bbc-2006-01-18', '7'), at('donga-2006-01-16', '7')],
    meeting: [at('bbc-2006-01-18', '2')],
    detail: [at('bbc-2006-01-18', '7'), at('taipei-times-2006-01-20', '1')],
    moreDetails: [
      {
        text: 'Met each of the other eight members of the Politburo Standing Committee.',
        cite: [at('taipei-times-2006-01-20', '4')],
      },
      { text: 'Hu took him to a crop research institute.', cite: [at('voa-2006-01-18', '5')] },
      {
        text: 'Inspected high-technology firms in Shenzhen’s Nanshan district on 14 and 15 January.',
        cite: [at('donga-2006-01-16', '7')],
      },
      {
        text: 'A train thought to carry him crossed back into North Korea from Dandong on the morning of 18 January.',
        cite: [at('bbc-2006-01-18', '12')],
      },
    ],
    alternativeDates: [
      {
        start: { year: 2006, month: 1, day: 10 },
        end: { year: 2006, month: 1, day: 15 },
        note: 'On 16 January the Dong-A Ilbo reported that he had left Shenzhen for home the previous afternoon; the official accounts have the visit last until 18 January.',
        cite: [at('donga-2006-01-16', '1')],
      },
    ],
  },
  '2010-05-03': {
    dates: [at('kcna-2010-05-08', '1'), at('china-embassy-2010-05-10', '1'), at('ap-2010-05-06', '2')],
    polity: [at('kcna-2010-05-08', '1')],
    places: [at('china-embassy-2010-05-10', '1'), at('chosun-2010-08-31', '3')],
    meeting: [at('kcna-2010-05-08', '5'), at('china-embassy-2010-05-10', '2')],
    detail: [at('china-embassy-2010-05-10', '2')],
    moreDetails: [
      {
        text: 'KCNA dates his talks with Hu to 5 and 6 May; the Chinese account gives 5 May, and South Korean reports had them meeting on the Wednesday night, 5 May.',
        cite: [
          at('kcna-2010-05-08', '5'),
          at('china-embassy-2010-05-10', '1', 'The caption above the text dates the talks 5 May.'),
          at('ap-2010-05-06', '6'),
        ],
      },
      {
        text: 'Vice-Premier Li Keqiang flew to Dalian to welcome him.',
        cite: [at('chosun-2010-08-31', '3')],
      },
      {
        text: 'Reported as his fifth visit to China since he took over in 1994, the last having been in 2006.',
        cite: [at('ap-2010-05-06', '7')],
      },
      {
        text: 'Travelled in his special train.',
        cite: [at('korea-herald-2010-08-26', '1', 'Photo caption after paragraph 1.')],
      },
    ],
  },
  '2010-08-26': {
    dates: [at('korea-herald-2010-08-26', '1'), at('yonhap-2010-09-02', '3')],
    polity: [at('korea-herald-2010-08-26', '2')],
    places: [at('korea-herald-2010-08-26', '4')],
    detail: [at('korea-herald-2010-08-26', '2'), at('korea-herald-2010-08-26', '4')],
    moreDetails: [
      {
        text: 'Seoul noted that the route differed from his usual crossing at Dandong and that he had never before returned to China so soon.',
        cite: [at('korea-herald-2010-08-26', '3')],
      },
    ],
  },
  '2010-08-27': {
    dates: [at('hankyoreh-2010-08-28', '1'), at('yonhap-2010-09-02', '5')],
    polity: [at('hankyoreh-2010-08-28', '1')],
    places: [at('hankyoreh-2010-08-28', '1'), at('chosun-2010-08-31', '2')],
    meeting: [
      at('chosun-2010-08-31', '2'),
      at('yonhap-2010-09-02', '5', 'Places the summit “in Jilin”.'),
      at('hankyoreh-2010-08-28', '3', 'A Seoul official thought a summit likely but could not confirm it.'),
    ],
    detail: [at('chosun-2010-08-31', '2'), at('hankyoreh-2010-08-28', '2')],
    moreDetails: [
      {
        text: 'Hu stayed on at the same hotel as Kim after their summit.',
        cite: [at('chosun-2010-08-31', '4')],
      },
    ],
    alternativeDates: [
      {
        start: { year: 2010, month: 8, day: 28 },
        note: 'The Chosun Ilbo puts the summit with Hu on the Saturday, 28 August; Yonhap dates it 27 August, and the Hankyoreh places him in Changchun on Friday 27 August.',
        cite: [at('chosun-2010-08-31', '4')],
      },
    ],
  },
  '2010-08-30': {
    dates: [
      at('yonhap-2010-09-02', '4'),
      at('chosun-2010-08-31', '6', 'Photo caption after paragraph 6: the train left on Monday.'),
    ],
    polity: [at('chosun-2010-08-31', '6', 'Photo caption after paragraph 6.')],
    places: [at('chosun-2010-08-31', '6', 'Photo caption after paragraph 6.')],
    detail: [at('chosun-2010-08-31', '6', 'Photo caption after paragraph 6.'), at('yonhap-2010-09-02', '4')],
  },
  '2011-05-20': {
    dates: [
      at('kcna-2011-05-26', '1'),
      at('hankyoreh-2011-05-21', '2', 'Entered China at 7 a.m. on Friday 20 May.'),
      at('trend-2011-05-25', '3'),
    ],
    polity: [at('kcna-2011-05-26', '1')],
    places: [at('hankyoreh-2011-05-21', '2'), at('yonhap-2011-05-21', '6')],
    detail: [at('hankyoreh-2011-05-21', '2'), at('nklw-2011-05-22', '8')],
    moreDetails: [
      {
        text: 'Left Mudanjiang by train at about nine in the evening.',
        cite: [at('hankyoreh-2011-05-21', '2'), at('nklw-2011-05-22', '7')],
      },
      { text: 'Travelled by train.', cite: [at('trend-2011-05-25', '3'), at('yonhap-2011-05-24', '9')] },
    ],
  },
  '2011-05-21': {
    dates: [at('yonhap-2011-05-21', '1', 'Saturday 21 May, the second day.'), at('nklw-2011-05-22', '1')],
    polity: [at('yonhap-2011-05-21', '1')],
    places: [at('yonhap-2011-05-21', '1'), at('yonhap-2011-05-21', '2')],
    detail: [at('nklw-2011-05-22', '1'), at('nklw-2011-05-22', '5')],
    moreDetails: [
      {
        text: 'His party went to the South Lake (Nanhu) Hotel, where he had met Hu Jintao the previous August.',
        cite: [at('yonhap-2011-05-21', '2'), at('yonhap-2011-05-21', '3')],
      },
    ],
  },
  '2011-05-22': {
    dates: [
      at('trend-2011-05-25', '7', 'Arrived in Yangzhou late on Sunday 22 May.'),
      at('yonhap-2011-05-24', '10', 'Dined with Jiang on Monday 23 May.'),
    ],
    polity: [at('trend-2011-05-25', '6')],
    places: [at('trend-2011-05-25', '6'), at('yonhap-2011-05-24', '1')],
    meeting: [at('trend-2011-05-25', '6'), at('yonhap-2011-05-24', '10')],
    detail: [at('yonhap-2011-05-24', '10'), at('yonhap-2011-05-24', '12')],
    moreDetails: [
      {
        text: 'State Councilor Dai Bingguo was seen at the dinner with Jiang.',
        cite: [at('yonhap-2011-05-24', '11')],
      },
    ],
  },
  '2011-05-24': {
    dates: [at('yonhap-2011-05-24', '1', 'Tuesday 24 May, the fifth day of the trip.')],
    polity: [at('yonhap-2011-05-24', '1')],
    places: [at('yonhap-2011-05-24', '1')],
    detail: [at('yonhap-2011-05-24', '2')],
    moreDetails: [
      {
        text: 'Footage appeared to show him arriving at an electronics plant in Nanjing.',
        cite: [at('trend-2011-05-25', '5')],
      },
    ],
  },
  '2011-05-25': {
    dates: [
      at('trend-2011-05-25', '1', 'Arrived in Beijing on Wednesday 25 May.'),
      at('nklw-2011-05-28', '4', 'Left Beijing on Thursday afternoon, 26 May.'),
      at('kcna-2011-05-26', '1'),
    ],
    polity: [at('trend-2011-05-25', '2')],
    places: [at('trend-2011-05-25', '1'), at('trend-2011-05-25', '2')],
    meeting: [at('kcna-2011-05-26', '4'), at('nklw-2011-05-28', '5')],
    detail: [at('nklw-2011-05-28', '4'), at('nklw-2011-05-28', '5')],
    moreDetails: [
      {
        text: 'Also met Premier Wen Jiabao and the other members of the Politburo Standing Committee.',
        cite: [at('kcna-2011-05-26', '4')],
      },
      {
        text: 'Stayed at the Diaoyutai State Guesthouse.',
        cite: [at('trend-2011-05-25', '2')],
      },
    ],
  },
  '2011-05-27': {
    dates: [at('nklw-2011-05-28', '4', 'Dandong at 5:30 a.m. on Friday 27 May.')],
    polity: [at('nklw-2011-05-28', '4')],
    places: [at('nklw-2011-05-28', '1'), at('nklw-2011-05-28', '4')],
    detail: [at('nklw-2011-05-28', '3'), at('nklw-2011-05-28', '4'), at('kcna-2011-05-26', '1')],
  },
  '2011-08-20': {
    dates: [
      at('yonhap-2011-09-01', '6', 'Began the trip on 20 August.'),
      at('moscow-times-2011-08-21', '2', 'Crossed into Russia on Saturday 20 August.'),
      at('expatica-2011-08-24', '7', 'Reached Ulan-Ude the day before the summit of 24 August.'),
    ],
    polity: [at('moscow-times-2011-08-21', '2')],
    places: [at('moscow-times-2011-08-21', '3')],
    detail: [
      at('moscow-times-2011-08-21', '3'),
      at('moscow-times-2011-08-21', '4'),
      at('xinhua-2011-08-22', '1'),
      at('la-times-2011-08-24', '3'),
    ],
    moreDetails: [
      {
        text: 'Went on to take a boat on Lake Baikal and to tour a plant making assault aircraft.',
        cite: [at('expatica-2011-08-24', '8')],
      },
      {
        text: 'Xinhua names the station where he was welcomed for the Bureya visit as Novosibirsk; The Moscow Times has him drive to the plant from Bureya station.',
        cite: [at('xinhua-2011-08-22', '3'), at('moscow-times-2011-08-21', '6')],
      },
    ],
  },
  '2011-08-23': {
    dates: [at('expatica-2011-08-24', '1'), at('expatica-2011-08-24', '7')],
    polity: [at('expatica-2011-08-24', '1')],
    places: [at('expatica-2011-08-24', '3'), at('la-times-2011-08-24', '3')],
    meeting: [at('expatica-2011-08-24', '1'), at('la-times-2011-08-24', '1')],
    detail: [at('expatica-2011-08-24', '3'), at('yonhap-2011-08-26', '5')],
    moreDetails: [
      {
        text: 'Medvedev flew in for the talks, which were held at the garrison of Sosnovy Bor.',
        cite: [at('expatica-2011-08-24', '3')],
      },
      {
        text: 'Offered a moratorium on nuclear tests and on the production of nuclear weapons.',
        cite: [at('yonhap-2011-08-26', '5')],
      },
    ],
  },
  '2011-08-25': {
    dates: [
      at('yonhap-2011-09-01', '7', 'Entered China on 25 August.'),
      at('yonhap-2011-09-01', '3', 'Home on 27 August.'),
    ],
    polity: [at('yonhap-2011-08-26', '7')],
    places: [at('yonhap-2011-08-26', '7'), at('yonhap-2011-09-01', '7')],
    meeting: [at('xinhua-2011-08-26', '1'), at('yonhap-2011-09-01', '2')],
    detail: [at('yonhap-2011-09-01', '7'), at('yonhap-2011-09-01', '2')],
    moreDetails: [
      {
        text: 'Dai conveyed greetings from Hu Jintao when they met in Daqing on 26 August.',
        cite: [at('xinhua-2011-08-26', '1'), at('xinhua-2011-08-26', '2')],
      },
      {
        text: 'His train stopped at Tonghua on the morning of 27 August and crossed back into North Korea at Ji’an that afternoon.',
        cite: [at('yonhap-2011-09-01', '8'), at('kcna-2011-08-27', '1')],
      },
      {
        text: 'KCNA put the whole journey through Russia and China at more than 8,000 km.',
        cite: [at('kcna-2011-08-27', '2')],
      },
    ],
  },
}
