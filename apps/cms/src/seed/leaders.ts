import type { TGazetteerPerson } from '@itinera/importer/gazetteer'

/** The three leaders whose journeys the first collection follows, with their romanizations and offices. */
export const LEADER_SEED: TGazetteerPerson[] = [
  {
    slug: 'kim-il-sung',
    name: 'Kim Il Sung',
    nativeName: '김일성',
    alternateNames: ['Kim Il-sung', 'Kim Ir Sen', 'Kim Ir-sen', 'Kim Ir Szen', 'Ким Ир Сен', '金日成'],
    offices: [
      {
        title: "Premier of the Democratic People's Republic of Korea",
        polity: 'north-korea',
        from: { year: 1948, month: 9, day: 9 },
        to: { year: 1972, month: 12, day: 28 },
        cite: [{ source: 'ref-kim-il-sung' }],
      },
      {
        title: "Chairman of the Central Committee of the Workers' Party of Korea",
        polity: 'north-korea',
        from: { year: 1949, month: 6, day: 30 },
        to: { year: 1966, month: 10, day: 11 },
        cite: [{ source: 'ref-kim-il-sung' }],
      },
      {
        title: "General Secretary of the Workers' Party of Korea",
        polity: 'north-korea',
        from: { year: 1966, month: 10, day: 11 },
        to: { year: 1994, month: 7, day: 8 },
        cite: [{ source: 'ref-kim-il-sung' }],
      },
      {
        title: "President of the Democratic People's Republic of Korea",
        polity: 'north-korea',
        from: { year: 1972, month: 12, day: 28 },
        to: { year: 1994, month: 7, day: 8 },
        cite: [{ source: 'ref-president-of-north-korea' }, { source: 'ref-kim-il-sung' }],
      },
    ],
  },
  {
    slug: 'kim-jong-il',
    name: 'Kim Jong Il',
    nativeName: '김정일',
    alternateNames: ['Kim Jong-il', 'Kim Chŏng-il', 'Ким Чен Ир', '金正日'],
    offices: [
      {
        title: 'Chairman of the National Defence Commission',
        polity: 'north-korea',
        from: { year: 1993, month: 4, day: 9 },
        to: { year: 2011, month: 12, day: 17 },
        cite: [{ source: 'ref-kim-jong-il' }],
      },
      {
        title: "General Secretary of the Workers' Party of Korea",
        polity: 'north-korea',
        from: { year: 1997, month: 10, day: 8 },
        to: { year: 2011, month: 12, day: 17 },
        cite: [{ source: 'ref-kim-jong-il' }],
      },
    ],
  },
  {
    slug: 'kim-jong-un',
    name: 'Kim Jong Un',
    nativeName: '김정은',
    alternateNames: ['Kim Jong-un', 'Kim Chŏng-ŭn', 'Ким Чен Ын', '金正恩'],
    offices: [
      {
        title: "First Secretary of the Workers' Party of Korea",
        polity: 'north-korea',
        from: { year: 2012, month: 4, day: 11 },
        to: { year: 2016, month: 5, day: 9 },
        cite: [
          { source: 'ref-historydraft-first-secretary-2012' },
          { source: 'ref-donga-2021-01-12-general-secretary' },
        ],
      },
      {
        title: "Chairman of the Workers' Party of Korea",
        polity: 'north-korea',
        from: { year: 2016, month: 5, day: 9 },
        to: { year: 2021, month: 1, day: 10 },
        cite: [{ source: 'ref-wpk-chairman' }, { source: 'ref-donga-2021-01-12-general-secretary' }],
      },
      {
        title: "General Secretary of the Workers' Party of Korea",
        polity: 'north-korea',
        from: { year: 2021, month: 1, day: 10 },
        cite: [
          { source: 'ref-donga-2021-01-12-general-secretary' },
          {
            source: 'ref-myanmaritv-2021-01-11-general-secretary',
            note: 'Announced at the congress session of Sunday 10 January 2021.',
          },
        ],
      },
      {
        title: 'Chairman of the State Affairs Commission',
        polity: 'north-korea',
        from: { year: 2016, month: 6, day: 29 },
        to: { year: 2021, month: 2 },
        cite: [
          { source: 'ref-president-of-the-sac' },
          { source: 'ref-abc-2016-06-30-sac' },
          {
            source: 'ref-kbs-2021-02-16-title',
            note: 'KCNA rendered the title in English as chairman until 22 January 2021 and as president from 11 February 2021.',
          },
        ],
      },
      {
        title: 'President of the State Affairs',
        polity: 'north-korea',
        from: { year: 2021, month: 2 },
        cite: [{ source: 'ref-kbs-2021-02-16-title' }, { source: 'ref-president-of-the-sac' }],
      },
    ],
  },
]
