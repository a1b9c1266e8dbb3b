// Polities of the seed documents and the states that succeeded them; historical states are separate records.
// Every official name, name for a period and validity date is cited (sources.ts); those no source was found for were left out.
import type { TGazetteerPolity } from './types'

/** A state that followed a historical one: its name and today's ISO code, nothing uncited. */
const successor = (slug: string, name: string, code: string, alternateNames: string[] = []): TGazetteerPolity => ({
  slug,
  name,
  alternateNames,
  modernIsoCodes: [code],
})

const SOVIET_SUCCESSORS: TGazetteerPolity[] = [
  successor('belarus', 'Belarus', 'BY', ['Беларусь', 'Byelorussia']),
  successor('uzbekistan', 'Uzbekistan', 'UZ'),
  successor('kazakhstan', 'Kazakhstan', 'KZ'),
  successor('georgia', 'Georgia', 'GE'),
  successor('azerbaijan', 'Azerbaijan', 'AZ'),
  successor('lithuania', 'Lithuania', 'LT'),
  successor('moldova', 'Moldova', 'MD'),
  successor('latvia', 'Latvia', 'LV'),
  successor('kyrgyzstan', 'Kyrgyzstan', 'KG'),
  successor('tajikistan', 'Tajikistan', 'TJ'),
  successor('armenia', 'Armenia', 'AM'),
  successor('turkmenistan', 'Turkmenistan', 'TM'),
  successor('estonia', 'Estonia', 'EE'),
]

const YUGOSLAV_SUCCESSORS: TGazetteerPolity[] = [
  successor('slovenia', 'Slovenia', 'SI'),
  successor('croatia', 'Croatia', 'HR'),
  successor('bosnia-and-herzegovina', 'Bosnia and Herzegovina', 'BA'),
  successor('serbia', 'Serbia', 'RS'),
  successor('montenegro', 'Montenegro', 'ME'),
  successor('north-macedonia', 'North Macedonia', 'MK', ['Macedonia']),
]

export const POLITIES: TGazetteerPolity[] = [
  {
    slug: 'north-korea',
    name: 'North Korea',
    officialName: "Democratic People's Republic of Korea",
    alternateNames: ['DPRK', 'DPR Korea', 'D.P.R.K.', '조선민주주의인민공화국'],
    validFrom: { year: 1948, month: 9, day: 9 },
    modernIsoCodes: ['KP'],
    cite: {
      officialName: [{ source: 'ref-leaders-of-north-korea' }],
      validity: [{ source: 'ref-leaders-of-north-korea', note: 'The DPRK was proclaimed on 9 September 1948.' }],
    },
  },
  {
    slug: 'south-korea',
    name: 'South Korea',
    alternateNames: ['ROK', 'Republic of Korea', '대한민국'],
    modernIsoCodes: ['KR'],
  },
  {
    slug: 'soviet-union',
    name: 'Soviet Union',
    officialName: 'Union of Soviet Socialist Republics',
    alternateNames: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'СССР'],
    validFrom: { year: 1922, month: 12, day: 30 },
    validTo: { year: 1991, month: 12, day: 26 },
    modernIsoCodes: ['RU', 'UA', 'BY', 'UZ', 'KZ', 'GE', 'AZ', 'LT', 'MD', 'LV', 'KG', 'TJ', 'AM', 'TM', 'EE'],
    successors: ['russia', 'ukraine', ...SOVIET_SUCCESSORS.map((polity) => polity.slug)],
    cite: {
      officialName: [{ source: 'ref-aliyev-heritage-soviet-union-de' }],
      validity: [
        { source: 'ref-aliyev-heritage-soviet-union-de' },
        { source: 'ref-aliyev-heritage-soviet-union', note: 'Gives 26 December 1991 as the end.' },
      ],
    },
  },
  successor('russia', 'Russia', 'RU', ['Russian Federation', 'Россия', 'Российская Федерация']),
  successor('ukraine', 'Ukraine', 'UA', ['Україна']),
  ...SOVIET_SUCCESSORS,
  {
    slug: 'china',
    name: 'China',
    alternateNames: ['PRC', "People's Republic of China", '中华人民共和国', '中国'],
    modernIsoCodes: ['CN'],
  },
  {
    slug: 'east-germany',
    name: 'East Germany',
    officialName: 'German Democratic Republic',
    alternateNames: ['GDR', 'DDR', 'German Democratic Republic', 'Deutsche Demokratische Republik'],
    validFrom: { year: 1949, month: 10, day: 7 },
    validTo: { year: 1990, month: 10, day: 3 },
    modernIsoCodes: ['DE'],
    successors: ['germany'],
    cite: { officialName: [{ source: 'ref-east-germany' }], validity: [{ source: 'ref-east-germany' }] },
  },
  {
    slug: 'germany',
    name: 'Germany',
    alternateNames: ['West Germany', 'FRG', 'Federal Republic of Germany', 'BRD', 'Bundesrepublik Deutschland'],
    modernIsoCodes: ['DE'],
  },
  {
    slug: 'romania',
    name: 'Romania',
    alternateNames: ["Romanian People's Republic", 'Socialist Republic of Romania', 'Rumania', 'România'],
    modernIsoCodes: ['RO'],
    namesByPeriod: [
      {
        name: "Romanian People's Republic",
        from: { year: 1947, month: 12, day: 30 },
        to: { year: 1965, month: 8, day: 21 },
        cite: [{ source: 'ref-socialist-republic-of-romania' }],
      },
      {
        name: 'Socialist Republic of Romania',
        from: { year: 1965, month: 8, day: 21 },
        to: { year: 1989, month: 12, day: 22 },
        cite: [{ source: 'ref-socialist-republic-of-romania' }],
      },
    ],
  },
  {
    slug: 'hungary',
    name: 'Hungary',
    alternateNames: ["Hungarian People's Republic", 'Magyarország', 'Magyar Népköztársaság'],
    modernIsoCodes: ['HU'],
    namesByPeriod: [
      {
        name: "Hungarian People's Republic",
        from: { year: 1949, month: 8, day: 20 },
        to: { year: 1989, month: 10, day: 23 },
        cite: [{ source: 'ref-hungarian-peoples-republic' }],
      },
    ],
  },
  {
    slug: 'czechoslovakia',
    name: 'Czechoslovakia',
    alternateNames: [
      'Czechoslovak Socialist Republic',
      'Czechoslovak Republic',
      'ČSSR',
      'CSSR',
      'ČSR',
      'Československo',
    ],
    validTo: { year: 1992, month: 12, day: 31 },
    modernIsoCodes: ['CZ', 'SK'],
    successors: ['czech-republic', 'slovakia'],
    namesByPeriod: [
      {
        name: 'Czechoslovak Republic',
        from: { year: 1945, month: 4, day: 3 },
        to: { year: 1960, month: 7, day: 11 },
        cite: [{ source: 'ref-archontology-czechoslovakia' }],
      },
      {
        name: 'Czechoslovak Socialist Republic',
        from: { year: 1960, month: 7, day: 11 },
        to: { year: 1990, month: 3, day: 29 },
        cite: [{ source: 'ref-archontology-czechoslovakia' }],
      },
      {
        name: 'Czech and Slovak Federative Republic',
        from: { year: 1990, month: 4, day: 23 },
        to: { year: 1992, month: 12, day: 31 },
        cite: [{ source: 'ref-archontology-czechoslovakia' }],
      },
    ],
    cite: { validity: [{ source: 'ref-archontology-czechoslovakia', note: 'Dissolved on 31 December 1992.' }] },
  },
  // Czechoslovakia's successors exist from the day after its dissolution, so a list's "Czech
  // Republic" before 1993 is not taken for a country that did not yet exist.
  ...[
    successor('czech-republic', 'Czech Republic', 'CZ', ['Czechia', 'Česko']),
    successor('slovakia', 'Slovakia', 'SK', ['Slovensko']),
  ].map((polity): TGazetteerPolity => ({
    ...polity,
    validFrom: { year: 1993, month: 1, day: 1 },
    cite: {
      validity: [{ source: 'ref-archontology-czechoslovakia', note: 'Czechoslovakia dissolved on 31 December 1992.' }],
    },
  })),
  {
    slug: 'bulgaria',
    name: 'Bulgaria',
    alternateNames: ["People's Republic of Bulgaria", 'България', 'Народна република България'],
    modernIsoCodes: ['BG'],
    namesByPeriod: [
      {
        name: "People's Republic of Bulgaria",
        from: { year: 1946, month: 9, day: 15 },
        to: { year: 1990, month: 11, day: 15 },
        cite: [{ source: 'ref-peoples-republic-of-bulgaria-mk' }, { source: 'ref-peoples-republic-of-bulgaria' }],
      },
      {
        name: 'Republic of Bulgaria',
        from: { year: 1990, month: 11, day: 15 },
        cite: [{ source: 'ref-peoples-republic-of-bulgaria-mk' }],
      },
    ],
  },
  {
    slug: 'albania',
    name: 'Albania',
    alternateNames: ["People's Republic of Albania", "People's Socialist Republic of Albania", 'Shqipëria'],
    modernIsoCodes: ['AL'],
    namesByPeriod: [
      {
        name: "People's Republic of Albania",
        from: { year: 1946 },
        to: { year: 1976, month: 12, day: 28 },
        cite: [{ source: 'ref-constitution-psr-albania' }],
      },
      {
        name: "People's Socialist Republic of Albania",
        from: { year: 1976, month: 12, day: 28 },
        to: { year: 1991 },
        cite: [{ source: 'ref-constitution-psr-albania' }, { source: 'ref-qmksh-albania-1976' }],
      },
    ],
  },
  {
    slug: 'poland',
    name: 'Poland',
    alternateNames: ["Polish People's Republic", 'Polska Rzeczpospolita Ludowa', 'PRL', 'Polska'],
    modernIsoCodes: ['PL'],
    namesByPeriod: [
      {
        name: "Polish People's Republic",
        from: { year: 1952, month: 7, day: 22 },
        to: { year: 1989, month: 12, day: 29 },
        cite: [
          { source: 'ref-constitution-polish-peoples-republic' },
          { source: 'ref-polskieradio-1989-name', note: 'The amendment of 29 December 1989 renamed the state.' },
        ],
      },
      {
        name: 'Republic of Poland',
        from: { year: 1989, month: 12, day: 29 },
        cite: [{ source: 'ref-polskieradio-1989-name' }],
      },
    ],
  },
  {
    slug: 'mongolian-peoples-republic',
    name: "Mongolian People's Republic",
    officialName: "Mongolian People's Republic",
    alternateNames: ['Mongolia', 'MPR', 'Outer Mongolia', 'Бүгд Найрамдах Монгол Ард Улс'],
    validFrom: { year: 1924, month: 11, day: 26 },
    validTo: { year: 1992, month: 2, day: 13 },
    modernIsoCodes: ['MN'],
    successors: ['mongolia'],
    cite: {
      officialName: [{ source: 'ref-mongolian-peoples-republic' }],
      validity: [{ source: 'ref-mongolian-peoples-republic' }],
    },
  },
  {
    ...successor('mongolia', 'Mongolia', 'MN', ['Mongol Uls', 'Монгол Улс']),
    // Follows the Mongolian People's Republic: the importer tells the two apart by date.
    validFrom: { year: 1992, month: 2, day: 13 },
    cite: {
      validity: [
        { source: 'ref-mongolian-peoples-republic', note: 'The people’s republic ended on 13 February 1992.' },
      ],
    },
  },
  {
    slug: 'north-vietnam',
    name: 'North Vietnam',
    officialName: 'Democratic Republic of Vietnam',
    alternateNames: [
      'Democratic Republic of Vietnam',
      'DRV',
      'DRVN',
      'North Viet-Nam',
      'Vietnam',
      'Việt Nam Dân chủ Cộng hòa',
    ],
    validFrom: { year: 1945, month: 9, day: 2 },
    validTo: { year: 1976, month: 7, day: 2 },
    modernIsoCodes: ['VN'],
    successors: ['vietnam'],
    cite: {
      officialName: [{ source: 'ref-north-vietnam' }],
      validity: [{ source: 'ref-north-vietnam' }, { source: 'ref-vietnam-1976' }],
    },
  },
  {
    slug: 'south-vietnam',
    name: 'South Vietnam',
    alternateNames: ['Republic of Vietnam', 'RVN', 'Việt Nam Cộng hòa'],
    modernIsoCodes: ['VN'],
    successors: ['vietnam'],
  },
  {
    slug: 'vietnam',
    name: 'Vietnam',
    officialName: 'Socialist Republic of Vietnam',
    alternateNames: ['Viet Nam', 'Socialist Republic of Vietnam', 'SRV', 'Việt Nam'],
    validFrom: { year: 1976, month: 7, day: 2 },
    modernIsoCodes: ['VN'],
    cite: { officialName: [{ source: 'ref-vietnam-1976' }], validity: [{ source: 'ref-vietnam-1976' }] },
  },
  {
    slug: 'yugoslavia',
    name: 'Yugoslavia',
    alternateNames: [
      'SFRY',
      'SFR Yugoslavia',
      "Federal People's Republic of Yugoslavia",
      'FPRY',
      'SFRJ',
      'Jugoslavija',
      'Југославија',
    ],
    modernIsoCodes: ['SI', 'HR', 'BA', 'RS', 'ME', 'MK'],
    successors: YUGOSLAV_SUCCESSORS.map((polity) => polity.slug),
    namesByPeriod: [
      {
        name: 'Socialist Federal Republic of Yugoslavia',
        from: { year: 1963, month: 4, day: 7 },
        cite: [{ source: 'ref-arhivyu-sfrj-1963' }],
      },
    ],
  },
  ...YUGOSLAV_SUCCESSORS,
  {
    slug: 'indonesia',
    name: 'Indonesia',
    alternateNames: ['Republic of Indonesia', 'Republik Indonesia'],
    modernIsoCodes: ['ID'],
  },
  {
    slug: 'algeria',
    name: 'Algeria',
    alternateNames: ["People's Democratic Republic of Algeria", 'Algérie', 'الجزائر'],
    modernIsoCodes: ['DZ'],
  },
  {
    slug: 'mauritania',
    name: 'Mauritania',
    alternateNames: ['Islamic Republic of Mauritania', 'Mauritanie'],
    modernIsoCodes: ['MR'],
  },
  { slug: 'singapore', name: 'Singapore', alternateNames: ['Republic of Singapore'], modernIsoCodes: ['SG'] },
  {
    slug: 'united-states',
    name: 'United States',
    alternateNames: ['United States of America', 'USA', 'U.S.', 'U.S.A.'],
    modernIsoCodes: ['US'],
  },
  { slug: 'japan', name: 'Japan', alternateNames: ['Nippon', '日本'], modernIsoCodes: ['JP'] },
  { slug: 'india', name: 'India', alternateNames: ['Republic of India', 'Bharat'], modernIsoCodes: ['IN'] },
  { slug: 'burma', name: 'Burma', alternateNames: ['Union of Burma', 'Myanmar'], modernIsoCodes: ['MM'] },
  { slug: 'ceylon', name: 'Ceylon', alternateNames: ['Dominion of Ceylon'], modernIsoCodes: ['LK'] },
  {
    slug: 'cambodia',
    name: 'Cambodia',
    alternateNames: ['Kingdom of Cambodia', 'Khmer Republic', 'Kampuchea'],
    modernIsoCodes: ['KH'],
  },
]
