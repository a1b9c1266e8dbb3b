// Sources of the Kim Jong Il trip list (kim-jong-il-trips.csv): news reports, agency dispatches and
// official statements on his journeys of 2000–2011, numbered as the list's Refs column cites them.
// Dates are those the page prints; where it prints none, the date in its address (said in the summary).
import type { TGazetteerDate } from '@itinera/importer/gazetteer'
import type { TSeedSource } from './types'

/** When these pages were read for the list. */
export const RESEARCHED_ON = '2026-12-01'

export type TNumberedSource = TSeedSource & { ref: number }

type TReport = Partial<Pick<TSeedSource, 'authors' | 'summary' | 'sourceClass' | 'kind' | 'archiveUrl' | 'archiveDate'>>

/** A report read online: news by default. */
export const report = (
  key: string,
  title: string,
  publisher: string,
  date: TGazetteerDate,
  url: string,
  more: TReport = {},
): TSeedSource => ({
  key,
  kind: 'news_article',
  sourceClass: 'news',
  title,
  publisher,
  date,
  url,
  accessDate: RESEARCHED_ON,
  language: 'en',
  ...more,
})

const day = (year: number, month: number, dayOfMonth: number): TGazetteerDate => ({ year, month, day: dayOfMonth })

const STATE_MEDIA = { sourceClass: 'state_media' } as const

const SOURCES: TSeedSource[] = [
  report(
    'kji-bbc-2000-06-01',
    "N Korea admits 'friendly' China trip",
    'BBC News',
    day(2000, 6, 1),
    'http://news.bbc.co.uk/2/hi/asia-pacific/771183.stm',
  ),
  report(
    'kji-baltimore-sun-2000-06-02',
    'China confirms rare visit by North Korean leader',
    'The Baltimore Sun',
    day(2000, 6, 2),
    'https://www.baltimoresun.com/news/bs-xpm-2000-06-02-0006020074-story.html',
  ),
  report(
    'kji-china-daily-2004-04-21',
    "Backgrounder: Kim Jong-il's three visits to China",
    'China Daily',
    day(2004, 4, 21),
    'http://covid-19.chinadaily.com.cn/english/doc/2004-04/21/content_325196.htm',
    {
      ...STATE_MEDIA,
      summary: 'Dates of his three visits to China since 2000. Dated by the address of the page, which prints no date.',
    },
  ),
  report(
    'kji-china-org-2001-01',
    'DPRK Top Leader Visits China',
    'China.org.cn',
    { year: 2001, month: 1 },
    'http://english.china.org.cn/english/2001/Jan/6754.htm',
    {
      ...STATE_MEDIA,
      summary:
        'Chinese announcement of the January 2001 visit and its Shanghai programme. Month from the address of the page.',
    },
  ),
  report(
    'kji-ap-2001-01-22',
    "China acknowledges visit by North Korea's Kim",
    'The Associated Press (Arizona Daily Wildcat)',
    day(2001, 1, 22),
    'http://wc.arizona.edu/papers/94/82/01_92_m.html',
  ),
  report(
    'kji-cnn-2001-07-25',
    'North Korean leader begins rail trip to Moscow',
    'CNN',
    day(2001, 7, 25),
    'http://www.cnn.com/2001/WORLD/asiapcf/east/07/25/russia.korea.north/',
    { summary: 'The crossing into Russia at the start of the 2001 journey. Dated by the address of the page.' },
  ),
  report(
    'kji-reuters-2001-07-31',
    "N.Korea's Kim Glimpsed Briefly on Siberian Stop",
    'Reuters (copy kept by the North Korean Studies pages)',
    day(2001, 7, 31),
    'https://community.fortunecity.ws/meltingpot/champion/65/visit_Russia_1.htm',
  ),
  report(
    'kji-chicago-tribune-2001-08-04',
    'Kim hits Moscow, enigmatic as ever',
    'Chicago Tribune',
    day(2001, 8, 4),
    'http://articles.chicagotribune.com/2001-08-04/news/0108040161_1_kim-russian-guards-train',
    { authors: ['Colin McMahon'] },
  ),
  report(
    'kji-kremlin-2001-08-04',
    'Russian President Vladimir Putin held talks with his visiting North Korean counterpart, Kim Jong Il',
    'President of Russia (Kremlin)',
    day(2001, 8, 4),
    'http://en.special.kremlin.ru/events/president/news/41779',
    { kind: 'web_page', sourceClass: 'host_government' },
  ),
  report(
    'kji-voa-2001-08-06',
    'North Korean Leader Arrives in St. Petersburg',
    'Voice of America',
    day(2001, 8, 6),
    'https://www.voanews.com/a/a-13-a-2001-08-06-26-north/396669.html',
  ),
  report(
    'kji-peoples-korea-2002-09-04',
    'Kim Jong Il Holds Third Summit Talks with Putin during Tour of Far Eastern Region of Russia',
    "The People's Korea",
    day(2002, 9, 4),
    'https://www1.korea-np.co.jp/pk/183rd_issue/2002090401.htm',
    {
      sourceClass: 'state_media',
      archiveUrl:
        'https://web.archive.org/web/20160817073618/https://www1.korea-np.co.jp/pk/183rd_issue/2002090401.htm',
      archiveDate: '2016-08-17',
      summary:
        'Day-by-day account, from the pro-Pyongyang Korean paper in Japan, of the August 2002 tour of the Russian Far East. Issue 183; dated by its address.',
    },
  ),
  report(
    'kji-voa-2002-08-23',
    'Russian, North Korean Leaders Meet in Vladivostok',
    'Voice of America',
    day(2002, 8, 23),
    'https://www.voanews.com/a/a-13-a-2002-08-23-19-russian-66293342/541371.html',
  ),
  report(
    'kji-korea-times-2004-04-19',
    'Kim Jong-il Visits Beijing for First Time in 3 Years',
    'The Korea Times',
    day(2004, 4, 19),
    'http://m.koreatimes.com/article/20040419/174415',
    { authors: ['Reuben Staines'], summary: 'Report of the first day of the April 2004 visit. Dated by its address.' },
  ),
  report(
    'kji-donga-2004-04-21',
    'Kim Jong-il Wraps Up His “Unofficial” Visit of China',
    'The Dong-A Ilbo',
    day(2004, 4, 21),
    'https://www.donga.com/en/article/all/20040421/234615/1',
  ),
  report(
    'kji-chicago-tribune-2004-04-22',
    "N. Korea chief ends `unofficial' China trip",
    'Chicago Tribune (Los Angeles Times)',
    day(2004, 4, 22),
    'http://articles.chicagotribune.com/2004-04-22/news/0404220166_1_six-party-talks-xinhua-news-service-north-korea',
    { authors: ['Mark Magnier'] },
  ),
  report(
    'kji-bbc-2006-01-18',
    "N Korea confirms Kim's China trip",
    'BBC News',
    day(2006, 1, 18),
    'http://news.bbc.co.uk/2/hi/asia-pacific/4623130.stm',
  ),
  report(
    'kji-taipei-times-2006-01-20',
    'Kim Jong-il completes secretive visit to China',
    'Taipei Times',
    day(2006, 1, 20),
    'http://www.taipeitimes.com/News/world/archives/2006/01/20/2003289837',
  ),
  report(
    'kji-voa-2006-01-18',
    'North Korea Confirms Kim Visit to China',
    'Voice of America',
    day(2006, 1, 18),
    'https://www.voacambodia.com/a/a-40-2006-01-18-voa1-90152057/1360110.html',
    { summary: 'North Korean and Chinese confirmation of the January 2006 visit. Dated by its address.' },
  ),
  report(
    'kji-donga-2006-01-16',
    'Did Kim Meet With President Hu?',
    'The Dong-A Ilbo',
    day(2006, 1, 16),
    'https://www.donga.com/en/article/all/20060116/245524/1',
  ),
  report(
    'kji-kcna-2010-05-08',
    'Kim Jong Il Makes Unofficial Visit to China',
    'Korean Central News Agency',
    day(2010, 5, 8),
    'http://www.kcna.co.jp/item/2010/201005/news08/20100508-01ee.html',
    STATE_MEDIA,
  ),
  report(
    'kji-china-embassy-2010-05-10',
    'WPK General Secretary of the DPRK Kim Jong Il Pays an Unofficial Visit to China',
    'Embassy of the People’s Republic of China in the Netherlands',
    day(2010, 5, 10),
    'http://nl.china-embassy.gov.cn/eng/zgyw/201005/t20100510_2642466.htm',
    {
      kind: 'web_page',
      sourceClass: 'host_government',
      summary: 'Chinese official account of the May 2010 visit. Dated by its address.',
    },
  ),
  report(
    'kji-ap-2010-05-06',
    'NKorean news agency confirms secretive leader Kim Jong Il’s made ‘unofficial’ visit to China',
    'The Associated Press (Gaea Times)',
    day(2010, 5, 6),
    'https://business.gaeatimes.com/2010/05/06/nkorean-news-agency-confirms-secretive-leader-kim-jong-ils-made-unofficial-visit-to-china-58334/',
  ),
  report(
    'kji-chosun-2010-08-31',
    "Kim Jong-il's China Visit 'Hastily Arranged'",
    'The Chosun Ilbo',
    day(2010, 8, 31),
    'http://english.chosun.com/site/data/html_dir/2010/08/31/2010083101054.html',
  ),
  report(
    'kji-korea-herald-2010-08-26',
    'Kim Jong-il visits China',
    'The Korea Herald',
    day(2010, 8, 26),
    'http://www.koreaherald.com/view.php?ud=20100826000837',
  ),
  report(
    'kji-hankyoreh-2010-08-28',
    'Kim Jong-il may have met with Hu Jintao, sources say',
    'The Hankyoreh',
    day(2010, 8, 28),
    'http://english.hani.co.kr/arti/english_edition/e_northkorea/437173.html',
    { authors: ['Lee Je-hoon'] },
  ),
  report(
    'kji-yonhap-2010-09-02',
    'Kim Jong-il Makes Surprise Visit to China, Holds Summit with Hu Jintao (North Korea Newsletter No. 122)',
    'Yonhap News Agency',
    day(2010, 9, 2),
    'http://english.yonhapnews.co.kr/northkorea/2010/09/01/23/0401000000AEN20100901007100325F.HTML',
  ),
  report(
    'kji-trend-2011-05-25',
    'North Korean leader reportedly arrives in Beijing',
    'Trend News Agency',
    day(2011, 5, 25),
    'https://en.trend.az/world/other/1881327.html',
  ),
  report(
    'kji-yonhap-2011-05-24',
    'N. Korean leader arrives in Nanjing from Yangzhou',
    'Yonhap News Agency (OANA)',
    day(2011, 5, 24),
    'https://oananews.org/node/183980',
  ),
  report(
    'kji-kcna-2011-05-26',
    'Kim Jong Il Pays Unofficial Visit to China',
    'Korean Central News Agency (copy kept by the Pan-African News Wire)',
    day(2011, 5, 26),
    'https://panafricannews.blogspot.com/2011/05/dprk-leader-kim-jong-il-makes.html',
    STATE_MEDIA,
  ),
  report(
    'kji-nklw-2011-05-28',
    'Kim Jong Il’s Return',
    'North Korea Leadership Watch',
    day(2011, 5, 28),
    'http://www.nkleadershipwatch.org/2011/05/28/kim-jong-ils-return/',
    {
      kind: 'web_page',
      sourceClass: 'scholarship',
      summary:
        'Research blog on the North Korean leadership; quotes Yonhap on the return journey. Dated by its address.',
    },
  ),
  report(
    'kji-la-times-2011-08-24',
    'North Korea leader Kim Jong Il meets with Russian President Dmitry Medvedev',
    'Los Angeles Times',
    day(2011, 8, 24),
    'https://www.latimes.com/world/la-xpm-2011-aug-24-la-fgw-north-korea-russia-meet-20110824-story.html',
    { summary: 'Report of the Ulan-Ude summit. Dated by its address.' },
  ),
  report(
    'kji-expatica-2011-08-24',
    'Medvedev hosts N. Korean leader for rare talks',
    'Expatica',
    day(2011, 8, 24),
    'https://www.expatica.com/ru/general/medvedev-hosts-n-korean-leader-for-rare-talks-84188/',
  ),
  report(
    'kji-yonhap-2011-08-26',
    '(2nd LD) N. Korean leader tours industrial facilities in China',
    'Yonhap News Agency',
    day(2011, 8, 26),
    'https://en.yna.co.kr/view/AEN20110826002752315',
  ),
  report(
    'kji-xinhua-2011-08-26',
    "DPRK top leader visits northeast China's Heilongjiang",
    "People's Daily Online (Xinhua)",
    day(2011, 8, 27),
    'http://en.people.cn/90883/7581562.html',
    STATE_MEDIA,
  ),
  report(
    'kji-yonhap-2011-09-01',
    'North Korean Leader Kim Jong-il Visits China on Way Home from Russia (North Korea Newsletter No. 173)',
    'Yonhap News Agency (OANA)',
    day(2011, 9, 1),
    'https://oananews.org/node/204696',
  ),
  report(
    'kji-cnn-2001-08-05',
    'Kim, Putin head back to the future',
    'CNN',
    day(2001, 8, 5),
    'http://www.cnn.com/2001/WORLD/asiapcf/east/08/05/russia.kim.1010/',
    { summary: 'His visit to Russian space facilities the day after the Kremlin talks. Dated by its address.' },
  ),
  report(
    'kji-bbc-2001-08-06',
    "Kim Jong-il's Russian odyssey",
    'BBC News',
    day(2001, 8, 6),
    'http://news.bbc.co.uk/2/hi/europe/1476466.stm',
    { authors: ['Stephen Dalziel'] },
  ),
  report(
    'kji-rferl-2001-08-07',
    "Russia: North Korea's Kim Begins Long Journey Home",
    'Radio Free Europe/Radio Liberty',
    day(2001, 8, 7),
    'https://www.rferl.org/a/1097105.html',
    { authors: ['Kathleen Knox'] },
  ),
  report(
    'kji-la-times-2001-08-19',
    'N. Korea Leader Wraps Up Odyssey',
    'Los Angeles Times',
    day(2001, 8, 19),
    'https://www.latimes.com/archives/la-xpm-2001-aug-19-mn-35895-story.html',
  ),
  report(
    'kji-xinhua-2011-08-22',
    "DPRK top leader visits dam in Russia's Far East",
    "People's Daily Online (Xinhua)",
    day(2011, 8, 22),
    'http://en.people.cn/90777/7575741.html',
    STATE_MEDIA,
  ),
  report(
    'kji-moscow-times-2011-08-21',
    'North Korean Leader Visits Amur Power Plant',
    'The Moscow Times',
    day(2011, 8, 21),
    'https://www.themoscowtimes.com/2011/08/21/north-korean-leader-visits-amur-power-plant-a9020',
    { summary: 'His first days in Russia in August 2011. Dated by its address.' },
  ),
  report(
    'kji-kcna-2011-08-27',
    'Kim Jong Il Returns Home after Winding Up His Visit to Russia and China',
    'Korean Central News Agency',
    day(2011, 8, 27),
    'http://kcna.co.jp/item/2011/201108/news27/20110827-42ee.html',
    STATE_MEDIA,
  ),
  report(
    'kji-hankyoreh-2011-05-21',
    'Kim Jong-il makes another unexpected visit to China, 3rd in a year',
    'The Hankyoreh',
    day(2011, 5, 21),
    'http://english.hani.co.kr/arti/english_edition/e_northkorea/479091.html',
    { authors: ['Park Byong-su', 'Park Min-hee'] },
  ),
  report(
    'kji-yonhap-2011-05-21',
    'N. Korean leader Kim Jong-il arrives in Changchun',
    'Yonhap News Agency (OANA)',
    day(2011, 5, 21),
    'https://oananews.org/node/183431',
  ),
  report(
    'kji-nklw-2011-05-22',
    'Kim Jong Il Continues',
    'North Korea Leadership Watch',
    day(2011, 5, 22),
    'http://www.nkleadershipwatch.org/2011/05/22/kim-jong-il-continues-toward-beijing/',
    {
      kind: 'web_page',
      sourceClass: 'scholarship',
      summary: 'Research blog quoting Yonhap and KBS on the first two days of the May 2011 trip. Dated by its address.',
    },
  ),
]

/** The list's sources, numbered 1… in the order above (the Refs column's numbers). */
export const KIM_JONG_IL_SOURCES: TNumberedSource[] = SOURCES.map((source, index) => ({ ...source, ref: index + 1 }))
