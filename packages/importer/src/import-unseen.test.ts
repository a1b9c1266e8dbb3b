import { describe, expect, it } from 'vitest'
import { FIXTURE_UNSEEN_CSV_LIST, FIXTURE_UNSEEN_HTML_LIST, FIXTURE_UNSEEN_TEXT_LIST } from './fixtures'
import { describeStop, describeTrips } from './fixtures/describe-plan'
import { gazetteerIndex, planList } from './import-list'
import type { TImportPlan } from './plan-import'

// Lists the importer was not tuned on: each row is there to trip one way of misreading a row.
const options = { index: gazetteerIndex(), homePolity: 'north-korea' }
const codes = (plan: TImportPlan) =>
  plan.warnings
    .filter((warning) => !/^(new_place|person_guessed)$/.test(warning.code))
    .map((w) => `${w.line} ${w.code}`)
const guessed = (plan: TImportPlan) =>
  plan.warnings.filter((warning) => warning.code === 'person_guessed').map((warning) => warning.line)

describe('a scraped text list with cells run together', () => {
  const plan = planList(FIXTURE_UNSEEN_TEXT_LIST, 'text', options)

  it('should split title, person and details, and keep places apart from the details', () => {
    expect(describeTrips(plan)).toEqual([
      [
        'confirmed',
        // A long title, then details that start with a verb and hold capitalised names.
        '10 1990-05-02..1990-05-06 China=china | Shanghai (new) | General Secretary of the Chinese Communist Party: Jiang Zemin (new) | "Toured the Pudong district and the Shanghai Stock Exchange." [1] | refs [1]',
        // A title without "of" whose first word is also an institution word.
        '11 1990-05-07..1990-05-09 China=china | Beijing=beijing | State Councilor: Dai Bingguo (new) [2] |  | refs [2]',
        // Details that start with capitalised nouns: the name is the one the list prints alone on line 22.
        '12 1990-05-10..1990-05-11 China=china | Beijing=beijing | Premier of the State Council: Li Peng (new) | "Great Hall banquet with the Politburo." [2] [3] | refs [2] [3]',
        '13 1990-05-14..1990-05-18 Soviet Union=soviet-union | Moscow=moscow, Leningrad (new) [4] | Chairman of the Presidium of the Supreme Soviet: Nikolai Podgorny (new) | "Laid a wreath at the Tomb of the Unknown Soldier." [4] | refs [4]',
        // A place running straight into the details, in a row without a country.
        '16 1990-05-19..1990-05-20 Soviet Union=soviet-union (inferred) | Irkutsk (new) |  | "Stopover on the way home by train." [5] | refs [5]',
      ],
      [
        'confirmed',
        // Details that start with a place's name.
        '17 1990-06-03..1990-06-09 Romania=romania | Bucharest=bucharest | First Vice-Chairman of the State Council: Radu Petrescu (new) | "Bucharest city tour by motorcade." [6] | refs [6]',
      ],
      [
        'confirmed',
        '18 1990-11-01..1990-11-30 Japan=japan | Tokyo (new) [7], Kyoto (new) [8] | Prime Minister: Toshiki Kaifu (new) [7] | "Signed a fisheries accord." [8] | refs [7] [8]',
      ],
      [
        'confirmed',
        // A name with particles; details that start with a capitalised noun.
        '19 1991-03-12..1991-03-15 Netherlands (new) | The Hague (new) | Minister of Foreign Affairs: Hans van den Broek (new) | "Comecon observers were not invited." [9] | refs [9]',
        // No country cell: the flag of the leader met says which, not the row above.
        '20 1991-03-16..1991-03-17 Belgium (new) (inferred) | Ghent (new) | King of the Belgians: Baudouin (new) | "Opened a trade week." [9] | refs [9]',
        '21 1991-03-20..1991-03-22 Belgium (new) (inferred) |  |  |  | refs [10]',
      ],
      [
        'confirmed',
        '22 1991-04-02..1991-04-04 China=china | Beijing=beijing | Premier of the State Council: Li Peng (new) [3] |  | refs [3]',
        '23 1991-04-05..1991-04-07 Czechoslovakia=czechoslovakia | Prague=prague | President of Czechoslovakia: Václav Havel (new) | "Walked across Charles Bridge." [11] | refs [11]',
        // The flag is one no country goes by, the same as the row above's: its country cell spans this row.
        '24 1991-04-08..1991-04-08 Czechoslovakia=czechoslovakia (inferred) | Bratislava (new) | Prime Minister of Slovakia: Vladimír Mečiar (new) [11] |  | refs [11]',
      ],
      [
        'confirmed',
        // A place, then details and no one met.
        '25 1991-08-01..1991-08-03 Soviet Union=soviet-union | Khabarovsk (new) |  | "Inspected a shipyard and a rail bridge over the Amur." [4] | refs [4]',
      ],
      // The rumor stays apart, and finds the person the rows named.
      ['rumored', '27 1993-01-01..1993-12-31 China=china |  | : Dai Bingguo (new) |  | refs [2]'],
    ])
  })

  it('should say each guess, and never take the row above’s country silently', () => {
    expect(codes(plan)).toEqual([
      '16 country_continued',
      '19 unknown_country',
      '20 country_inferred_from_flag',
      '21 country_continued',
      '24 country_continued',
    ])
    expect(plan.warnings.find((warning) => warning.code === 'country_inferred_from_flag')!.message).toContain(
      'Belgium, not a known country',
    )
    expect(guessed(plan)).toEqual([10, 11, 12, 13, 17, 18, 19, 20, 22, 23, 24])
    expect(plan.sources.map((source) => source.ref)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })
})

describe('the same journeys as an HTML wikitable and as CSV', () => {
  const html = planList(FIXTURE_UNSEEN_HTML_LIST, 'html', options)
  const csv = planList(FIXTURE_UNSEEN_CSV_LIST, 'csv', options)

  it('should read the HTML table exactly, a rumored row kept apart from the visits', () => {
    expect(describeTrips(html)).toEqual([
      [
        'confirmed',
        '7 1990-05-02..1990-05-06 China=china | Shanghai (new) | General Secretary of the Chinese Communist Party: Jiang Zemin (new) | "Toured the Pudong district and the Shanghai Stock Exchange." [1] | refs [1]',
        '8 1990-05-07..1990-05-09 China=china | Beijing=beijing | State Councilor: Dai Bingguo (new) [2] |  | refs [2]',
        '9 1990-05-10..1990-05-11 China=china | Beijing=beijing | Premier of the State Council: Li Peng (new) | "Great Hall banquet with the Politburo." [2] [3] | refs [2] [3]',
        '10 1990-05-14..1990-05-18 Soviet Union=soviet-union | Moscow=moscow, Leningrad (new) [4] | Chairman of the Presidium of the Supreme Soviet: Nikolai Podgorny (new) | "Laid a wreath at the Tomb of the Unknown Soldier." [4] | refs [4]',
        '11 1990-05-19..1990-05-20 Soviet Union=soviet-union (inferred) | Irkutsk (new) |  | "Stopover on the way home by train." [5] | refs [5]',
      ],
      [
        'confirmed',
        '12 1990-06-03..1990-06-09 Romania=romania | Bucharest=bucharest | First Vice-Chairman of the State Council: Radu Petrescu (new) | "Bucharest city tour by motorcade." [6] | refs [6]',
      ],
      [
        'rumored secret',
        '14 1991-01-01..1991-12-31 China=china | Beijing=beijing | State Councilor: Dai Bingguo (new) | "Unconfirmed reports of a second, secret meeting." [2] | refs [2]',
      ],
      [
        'confirmed',
        '13 1991-03-12..1991-03-15 Netherlands (new) | The Hague (new) | Minister of Foreign Affairs: Hans van den Broek (new) | "Comecon observers were not invited." [7] | refs [7]',
      ],
      ['rumored', '16 1993-01-01..1993-12-31 China=china |  | : Li Peng (new) |  | refs [3]'],
    ])
    expect(codes(html)).toEqual(['11 country_continued', '13 unknown_country'])
  })

  it('should read the CSV exactly, a rumored row kept apart from the visits', () => {
    expect(describeTrips(csv)).toEqual([
      [
        'confirmed',
        '2 1990-05-02..1990-05-06 China=china | Shanghai (new) | General Secretary of the Chinese Communist Party: Jiang Zemin (new) | "Toured the Pudong district and the Shanghai Stock Exchange." [1] | refs [1]',
        '3 1990-05-07..1990-05-09 China=china | Beijing=beijing | State Councilor: Dai Bingguo (new) |  | refs [2]',
        '4 1990-05-10..1990-05-11 China=china | Beijing=beijing | Premier of the State Council: Li Peng (new) | "Great Hall banquet with the Politburo." [2] [3] | refs [2] [3]',
        '5 1990-05-14..1990-05-18 Soviet Union=soviet-union | Moscow=moscow, Leningrad (new) | Chairman of the Presidium of the Supreme Soviet: Nikolai Podgorny (new) | "Laid a wreath at the Tomb of the Unknown Soldier." [4] | refs [4]',
        '7 1990-05-19..1990-05-20 Soviet Union=soviet-union (inferred) | Irkutsk (new) |  | "Stopover on the way home by train." [5] | refs [5]',
      ],
      [
        'confirmed',
        '8 1990-06-03..1990-06-09 Romania=romania | Bucharest=bucharest | First Vice-Chairman of the State Council: Radu Petrescu (new) | "Bucharest city tour by motorcade." [6] | refs [6]',
      ],
      [
        'confirmed',
        '9 1990-11-01..1990-11-30 Japan=japan | Tokyo (new), Kyoto (new) | Prime Minister: Toshiki Kaifu (new) | "Signed a fisheries accord." [7] | refs [7]',
      ],
      [
        'rumored secret',
        '11 1991-01-01..1991-12-31 China=china | Beijing=beijing | State Councilor: Dai Bingguo (new) | "Reportedly met again in secret; never confirmed." [2] | refs [2]',
      ],
      [
        'confirmed',
        '10 1991-03-12..1991-03-15 Netherlands (new) | The Hague (new) | Minister of Foreign Affairs: Hans van den Broek (new) | "Comecon observers were not invited." [8] | refs [8]',
      ],
    ])
    expect(codes(csv)).toEqual(['7 country_continued', '10 unknown_country'])
  })

  it('should read the people, places and details of a row alike in every form', () => {
    // Everything but the line and the reference numbers, which each form prints its own way.
    const facts = (plan: TImportPlan) =>
      plan.trips
        .flatMap((trip) => trip.stops)
        .map((stop) =>
          describeStop({ ...stop, line: 0, refs: [], details: stop.details && { ...stop.details, refs: [] } }),
        )
        .map((line) => line.replace(/ \[\d+\]/g, ''))
    const text = facts(planList(FIXTURE_UNSEEN_TEXT_LIST, 'text', options))
    // Only the rumored rows differ: the text list has none, and its rumor names someone else.
    const onlyIn = (plan: TImportPlan) =>
      facts(plan)
        .filter((line) => !text.includes(line))
        .map((line) => line.split(' | ')[0])
    expect(onlyIn(html)).toEqual(['0 1991-01-01..1991-12-31 China=china', '0 1993-01-01..1993-12-31 China=china'])
    expect(onlyIn(csv)).toEqual(['0 1991-01-01..1991-12-31 China=china'])
  })
})

describe('one row at a time', () => {
  const header = 'Date(s)CountryLocationsLeaders metDetails\n'
  const flag = 'Flag of China.svg'
  const stopOf = (row: string) => planList(`${header}${row}\n`, 'text', options).trips[0]!.stops[0]!
  const person = (row: string) => {
    const stop = stopOf(row)
    return [stop.people[0]?.title ?? null, stop.people[0]?.name ?? null, stop.details?.text ?? null]
  }

  it.each([
    [
      'a title of a title',
      `Chairman of the Standing Committee of the National People's Congress Qiao Shi Visited a dam.`,
      ["Chairman of the Standing Committee of the National People's Congress", 'Qiao Shi', 'Visited a dam.'],
    ],
    [
      'a title without "of"',
      'Vice-Premier Qian Qichen Talks on the border.',
      ['Vice-Premier', 'Qian Qichen', 'Talks on the border.'],
    ],
    [
      'two offices joined by "and"',
      'General Secretary of the Party and President of the Republic Li Xiannian [3] Gave a banquet.',
      ['General Secretary of the Party and President of the Republic', 'Li Xiannian', 'Gave a banquet.'],
    ],
    [
      'a name with a lowercase particle',
      'President of the French Republic Charles de Gaulle The talks lasted a day.',
      ['President of the French Republic', 'Charles de Gaulle', 'The talks lasted a day.'],
    ],
    [
      'a name with an elided particle',
      "President of the French Republic Valéry Giscard d'Estaing [2] Toured a vineyard.",
      ['President of the French Republic', "Valéry Giscard d'Estaing", 'Toured a vineyard.'],
    ],
    [
      'a verb inside an institution’s name',
      "First Secretary of the Polish United Workers' Party Stanisław Kania [2]",
      ["First Secretary of the Polish United Workers' Party", 'Stanisław Kania', null],
    ],
    [
      'details naming a known place first',
      'Premier of the State Council Zhu Rongji Beijing opera evening.',
      ['Premier of the State Council', 'Zhu Rongji', 'Beijing opera evening.'],
    ],
    [
      'a known person whatever the title',
      'Paramount leader Deng Xiaoping Received the delegation.',
      ['Paramount leader', 'Deng Xiaoping', 'Received the delegation.'],
    ],
    [
      'details and no one met',
      'Attended the funeral of Mao Zedong.',
      [null, null, 'Attended the funeral of Mao Zedong.'],
    ],
  ])('should read %s', (_, counterpart, expected) => {
    expect(person(`5-9 May 1995${flag}  China Beijing ${flag} ${counterpart}`)).toEqual(expected)
  })

  it.each([
    [
      'known people joined by a comma',
      'Premier Zhou Enlai, Chairman Mao Zedong Watched a parade. [2]',
      ['Premier: Zhou Enlai=zhou-enlai, Chairman: Mao Zedong=mao-zedong', '"Watched a parade." [2]'],
    ],
    [
      'people the index does not know, joined by "and"',
      'First Deputy Premier Wang Qishan and Vice-Premier Hu Chunhua Toured a port.',
      ['First Deputy Premier: Wang Qishan (new), Vice-Premier: Hu Chunhua (new)', '"Toured a port."'],
    ],
    [
      'a title with a name, a comma, another',
      'President Jiang Zemin, Premier Zhu Rongji [4] Talks on trade.',
      ['President: Jiang Zemin (new), Premier: Zhu Rongji (new) [4]', '"Talks on trade."'],
    ],
    [
      'titles run together without a comma',
      'General Secretary Hu Jintao Premier Wen Jiabao Visited high-technology firms. [8]',
      ['General Secretary: Hu Jintao (new), Premier: Wen Jiabao (new)', '"Visited high-technology firms." [8]'],
    ],
    [
      'a name with no title before a titled one',
      'Hu Jintao State Councilor Dai Bingguo [9]',
      [': Hu Jintao (new), State Councilor: Dai Bingguo (new) [9]', ''],
    ],
    [
      'a hyphenated office and a name with particles',
      'Secretary-General of the United Nations Javier Pérez de Cuéllar [3] Spoke at a dinner.',
      ['Secretary-General of the United Nations: Javier Pérez de Cuéllar (new) [3]', '"Spoke at a dinner."'],
    ],
  ])('should read %s', (_, counterpart, expected) => {
    const row = `5-9 May 1995${flag}  China Beijing ${flag} ${counterpart}`
    expect(describeStop(stopOf(row)).split(' | ').slice(2, 4)).toEqual(expected)
  })

  it('should read several people in a cell of their own, in HTML and CSV alike', () => {
    const csv = `Date,Country,Locations,Leaders met,Details\n5-9 May 1995,China,Beijing,"Premier Li Peng, State Councilor Dai Bingguo",Talks.\n6 May 1996,China,Beijing,Jiang Zemin and Li Peng,\n`
    const html = `<table><tr><th>Date</th><th>Country</th><th>Locations</th><th>Leaders met</th><th>Details</th></tr><tr><td>5–9 May 1995</td><td>China</td><td>Beijing</td><td>Premier Li Peng, State Councilor Dai Bingguo</td><td>Talks.</td></tr><tr><td>6 May 1996</td><td>China</td><td>Beijing</td><td>Jiang Zemin and Li Peng</td><td></td></tr></table>`
    for (const [text, format] of [
      [csv, 'csv'],
      [html, 'html'],
    ] as const) {
      const people = planList(text, format, options)
        .trips.flatMap((trip) => trip.stops)
        .map((stop) => describeStop(stop).split(' | ')[2])
      expect(people, format).toEqual([
        'Premier: Li Peng (new), State Councilor: Dai Bingguo (new)',
        ': Jiang Zemin (new), : Li Peng (new)',
      ])
    }
  })

  it('should read a country, places and details in a row without cells', () => {
    expect(describeStop(stopOf('3-4 May 1995 Soviet Union Irkutsk, Ulan-Ude Changed trains for the east. [4]'))).toBe(
      '2 1995-05-03..1995-05-04 Soviet Union=soviet-union | Irkutsk (new), Ulan-Ude (new) |  | "Changed trains for the east." [4] | refs [4]',
    )
  })

  it('should warn when a row names no country and nothing tells one', () => {
    const plan = planList(`${header}3-4 May 1995 Irkutsk Overnight stop by the lake. [4]\n`, 'text', options)
    expect(describeStop(plan.trips[0]!.stops[0]!)).toBe(
      '2 1995-05-03..1995-05-04 no country | Irkutsk (new) |  | "Overnight stop by the lake." [4] | refs [4]',
    )
    expect(codes(plan)).toEqual(['2 no_country'])
  })
})

describe('a row of a date range, a place and a note, after a row in another country', () => {
  // The row above is in Mongolia; the stopover is in the Soviet Union. Each form puts the row's text in another cell.
  const lists = {
    text: `A list\n\nDate(s)CountryLocationsLeaders metDetails\n1-16 July 1956Flag of Mongolia.svg  Mongolia Ulaanbaatar Flag of Mongolia.svg Yumjaagiin Tsedenbal [1]\n17-19 July 1956 Irkutsk Stopover on the way home by train. [1]\n`,
    csv: `Date,Country,Locations,Leaders met,Details,Refs\n1-16 July 1956,Mongolia,Ulaanbaatar,Yumjaagiin Tsedenbal,,1\n17-19 July 1956,,,,Irkutsk Stopover on the way home by train.,1\n`,
    'csv, in the places cell': `Date,Country,Locations,Leaders met,Details\n1-16 July 1956,Mongolia,Ulaanbaatar,Yumjaagiin Tsedenbal,\n17-19 July 1956,,Irkutsk Stopover on the way home by train.,,\n`,
    html: `<table><tr><th>Date</th><th>Country</th><th>Locations</th><th>Leaders met</th><th>Details</th></tr><tr><td>1–16 July 1956</td><td>Mongolia</td><td>Ulaanbaatar</td><td>Yumjaagiin Tsedenbal</td><td></td></tr><tr><td>17–19 July 1956</td><td></td><td></td><td></td><td>Irkutsk Stopover on the way home by train.</td></tr></table>`,
  }
  const gazetteer = gazetteerIndex()
  const knowingIrkutsk = {
    ...options,
    index: {
      ...gazetteer,
      places: [...gazetteer.places, { key: 'irkutsk', name: 'Irkutsk', alternateNames: [], polity: 'soviet-union' }],
    },
  }
  const stopover = (list: string, format: 'text' | 'csv' | 'html', planOptions: typeof options) =>
    planList(list, format, planOptions)
      .trips.flatMap((trip) => trip.stops)
      .find((stop) => stop.start.day === 17)!

  it.each(Object.entries(lists))(
    'should give a stop at the known place, in the place’s country, and the note as details (%s)',
    (form, list) => {
      const stop = stopover(list, form.split(',')[0] as 'text' | 'csv' | 'html', knowingIrkutsk)
      expect(stop.polity).toEqual({ name: 'Soviet Union', key: 'soviet-union' })
      expect(stop.places.map((place) => [place.name, place.key])).toEqual([['Irkutsk', 'irkutsk']])
      expect(stop.details?.text).toBe('Stopover on the way home by train.')
      expect(stop.guesses).toContainEqual({
        field: 'country',
        item: null,
        reason: 'not in the row: from the place Irkutsk',
      })
      expect(stop.warnings.map((warning) => warning.code)).not.toContain('country_continued')
    },
  )

  it.each(Object.entries(lists))(
    'should still read an unknown capitalised name as the place, and mark the country carried from the row above (%s)',
    (form, list) => {
      const stop = stopover(list, form.split(',')[0] as 'text' | 'csv' | 'html', options)
      expect(stop.places.map((place) => [place.name, place.key])).toEqual([['Irkutsk', null]])
      expect(stop.details?.text).toBe('Stopover on the way home by train.')
      const carried = stop.guesses.find((guess) => guess.field === 'country')
      expect(carried?.reason).toMatch(/^not in the row: carried from line \d+, the row above$/)
      expect(stop.guesses).toContainEqual(expect.objectContaining({ field: 'places', item: 0 }))
    },
  )

  it('should keep a note that names no place as the details', () => {
    const csv = `Date,Country,Locations,Leaders met,Details\n1-16 July 1956,Mongolia,Ulaanbaatar,,\n17-19 July 1956,,,,Funeral of a comrade\n20 July 1956,,,,Talks in the capital.\n`
    const stops = planList(csv, 'csv', options).trips.flatMap((trip) => trip.stops)
    expect(stops.map((stop) => [stop.places.length, stop.details?.text])).toEqual([
      [1, undefined],
      [0, 'Funeral of a comrade'],
      [0, 'Talks in the capital.'],
    ])
  })
})

describe('guesses the preview highlights', () => {
  it('should mark a start year taken from the end, a place matched by another name and a reference not in the list', () => {
    const list = `A list\n\nDate(s)CountryLocationsLeaders metDetails\n28 November-2 December 1958Flag of Mongolia.svg  Mongolia Ulan Bator Flag of Mongolia.svg Yumjaagiin Tsedenbal [9]\n\nReferences\n\n  1. "A reference". Example News. 1 August 1956.\n`
    const [stop] = planList(list, 'text', options).trips[0]!.stops
    expect(stop!.guesses).toEqual([
      { field: 'dates', item: null, reason: "the start's year is not written: 1958, taken from the end date" },
      { field: 'places', item: 0, reason: 'matched to Ulaanbaatar by another of its names' },
      { field: 'refs', item: 0, reason: '[9] is not in the reference list' },
    ])
  })
})
