// Second sources for Kim Jong Un's trips: reports of each summit, checked against the AFP article
// the seed first relied on, and of the 27 April 2018 summit that the article misdates.
import { report } from './kim-jong-il-sources'
import type { TSeedSource } from './types'

export const KIM_JONG_UN_SECOND_SOURCES: TSeedSource[] = [
  report(
    'kju-cbs4-2018-03-27',
    'China says North Korean leader Kim Jong Kim met with Xi Jinping in Beijing',
    'CBS4 Indianapolis',
    { year: 2018, month: 3, day: 27 },
    'http://cbs4indy.com/2018/03/27/china-says-north-korean-leader-kim-jong-kim-met-with-xi-jinping-in-beijing/',
    {
      summary:
        'Report of Chinese state media confirming the March 2018 Beijing visit; the title’s slip is the page’s own.',
    },
  ),
  report(
    'kju-upi-2018-04-27',
    'Kim Jong Un crosses border into South Korea for historic summit',
    'UPI (Breitbart News)',
    { year: 2018, month: 4, day: 27 },
    'https://www.breitbart.com/news/kim-jong-un-crosses-border-into-south-korea-for-historic-summit/',
  ),
  report(
    'kju-reuters-2018-04-27',
    'Kim Jong Un becomes first North Korean leader to cross border into South since 1953 war',
    'Reuters (The Financial Express)',
    { year: 2018, month: 4, day: 27 },
    'https://www.financialexpress.com/world-news/kim-jong-un-becomes-first-north-korean-leader-to-cross-border-into-south-since-1953-war/1147422/',
  ),
  report(
    'kju-rodong-2018-04-28-talks',
    'Kim Jong Un Has Talks with Moon Jae In at "House of Peace"',
    'Rodong Sinmun',
    { year: 2018, month: 4, day: 28 },
    'http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2018-04-28-0013',
    { sourceClass: 'state_media', summary: 'North Korean account of the talks; dated by its address.' },
  ),
  report(
    'kju-rodong-2018-04-28-declaration',
    'Kim Jong Un, Moon Jae In Sign "Panmunjom Declaration"',
    'Rodong Sinmun',
    { year: 2018, month: 4, day: 28 },
    'http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2018-04-28-0011',
    { sourceClass: 'state_media', summary: 'North Korean account of the signing; dated by its address.' },
  ),
  report(
    'kju-epoch-times-2018-05-08',
    'North Korean Leader Kim Jong Un Visits China, Meets Leader Xi Jinping',
    'The Epoch Times',
    { year: 2018, month: 5, day: 8 },
    'https://www.theepochtimes.com/china/north-korean-leader-kim-jong-un-visits-china-meets-leader-xi-jinping-2518217',
  ),
  report(
    'kju-straits-times-2018-05-26',
    "Korean leaders hold surprise talks on Trump-Kim summit; Kim Jong Un expresses 'fixed will' to meet Trump",
    'The Straits Times (Reuters, AFP)',
    { year: 2018, month: 5, day: 26 },
    'https://www.straitstimes.com/asia/east-asia/south-korean-president-moon-jae-in-met-north-koreas-kim-jong-un-on-saturday-afternoon',
  ),
  report(
    'kju-chosun-2018-05-28',
    'Leaders of 2 Koreas in Surprise Summit at Border',
    'The Chosun Ilbo',
    { year: 2018, month: 5, day: 28 },
    'https://english.chosun.com/site/data/html_dir/2018/05/28/2018052800599.html',
    { authors: ['Jeong Woo-sang'] },
  ),
  report(
    'kju-straits-times-2018-06-10',
    'Donald Trump, Kim Jong Un touch down in Singapore for historic summit',
    'The Straits Times',
    { year: 2018, month: 6, day: 10 },
    'https://www.straitstimes.com/singapore/trump-kim-in-singapore-for-historic-summit',
  ),
  report(
    'kju-caixin-2018-06-20',
    'Update: Kim Jong Un Meets With Xi Jinping in Third Trip to China',
    'Caixin Global',
    { year: 2018, month: 6, day: 20 },
    'https://www.caixinglobal.com/2018-06-20/kim-jong-un-is-in-china-for-brief-visit-101292394.html',
  ),
  report(
    'kju-korea-herald-2019-01-08',
    'North Korean leader in China to meet with Xi',
    'The Korea Herald',
    { year: 2019, month: 1, day: 8 },
    'https://m.koreaherald.com/view.php?ud=20190108000477',
    { authors: ['Park Han-na'] },
  ),
  report(
    'kju-kyodo-2019-02-26',
    'North Korean leader Kim Jong Un arrives in Vietnam by train for U.S. summit',
    'Kyodo News (NNA)',
    { year: 2019, month: 2, day: 26 },
    'https://english.nna.jp/articles/478',
  ),
  report(
    'kju-sputnik-2019-04-25',
    "Putin, Kim Conclude First Ever Summit In Vladivostok After 5-Hour 'Substantive' Talks",
    'Sputnik (Pakistan Point News)',
    { year: 2019, month: 4, day: 25 },
    'https://www.pakistanpoint.com/en/story/605926/putin-kim-conclude-first-ever-summit-in-vladivostok-af.html',
    { sourceClass: 'state_media' },
  ),
  report(
    'kju-new-times-2019-06-30',
    'Trump steps into North Korea, agrees with Kim to resume talks',
    'The New Times (Rwanda)',
    { year: 2019, month: 6, day: 30 },
    'http://www.newtimes.co.rw/article/167717/News/trump-steps-into-north-korea-agrees-with-kim-to-resume-talks/amp',
  ),
  report(
    'kju-union-leader-2023-09-13',
    "Russia's President Putin and North Korea's leader Kim meet in Amur region",
    'New Hampshire Union Leader',
    { year: 2023, month: 9, day: 13 },
    'https://www.unionleader.com/news/military/putin-and-north-koreas-kim-discuss-military-matters-ukraine-war-and-satellites/article_2a593c8a-44e9-53e0-87af-4a7b50d19a68.html',
  ),
  report(
    'kju-tass-2023-09-13',
    'Putin met with Kim Jong-un at the Vostochny cosmodrome in the Amur region',
    'Pledge Times (TASS)',
    { year: 2023, month: 9, day: 13 },
    'https://pledgetimes.com/putin-met-with-kim-jong-un/',
  ),
]
