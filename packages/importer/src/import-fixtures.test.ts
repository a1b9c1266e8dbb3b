import { describe, expect, it } from 'vitest'
import { FIXTURE_CSV_LIST, FIXTURE_HTML_LIST, FIXTURE_PAPER_NOTES, FIXTURE_TEXT_LIST } from './fixtures'
import { describeTrips } from './fixtures/describe-plan'
import { detectFormat, gazetteerIndex, parseList, planList, toDryRunJson, type TListFormat } from './import-list'
import { columnOf } from './list-columns'
import { parseReferences } from './parse-references'
import type { TImportPlan } from './plan-import'

// Our own lists, one per form the importer reads: the importer is tested in any clone.
const options = { index: gazetteerIndex(), homePolity: 'north-korea' }
const codes = (plan: TImportPlan) => plan.warnings.map((warning) => `${warning.line} ${warning.code}`)
const sources = (plan: TImportPlan) =>
  plan.sources.map((source) => [source.ref, source.line, source.kind, source.title])

describe('the scraped text list', () => {
  const plan = planList(FIXTURE_TEXT_LIST, 'text', options)

  it('should read every row, cells run together or spilling over lines, into stops grouped into journeys', () => {
    expect(plan.listTitle).toBe('List of journeys abroad by an example leader')
    expect(describeTrips(plan)).toEqual([
      [
        'confirmed',
        '15 1953-04-12..1953-04-20 Soviet Union=soviet-union | Moscow=moscow | Premier of the Soviet Union: Georgy Malenkov=georgy-malenkov | "Talks on grain deliveries and rail freight." [2] | refs [2]',
        '16 1953-04-21..1953-04-23 Poland=poland | Warsaw=warsaw | First Secretary of the Polish United Workers\' Party: Bolesław Bierut (new) [3] | "Toured a steelworks." [4] | refs [3] [4]',
      ],
      [
        'confirmed',
        '17 1954-10-01..1954-10-09 China=china | Beijing=beijing, Dalian=dalian, Chengdu=chengdu [5] [6] | Chairman of the Chinese Communist Party: Mao Zedong=mao-zedong | "Watched the autumn parade from the reviewing stand." [5] | refs [5] [6]',
      ],
      [
        'confirmed',
        '21 1955-11-10..1955-11-12 China=china (inferred) | Beijing=beijing |  | "Opened a trade fair of machine tools." [5] | refs [5]',
      ],
      [
        'confirmed',
        '22 1956-06-02..1956-06-04 Hungary=hungary | Budapest=budapest | Chairman of the Council of Ministers: Mátyás Rákosi=matyas-rakosi | "Visited a tractor plant." [7] | refs [7]',
        '27 1956-06-05..1956-06-08 Yugoslavia=yugoslavia | Belgrade=belgrade [8], Bled=bled [9], Ljubljana=ljubljana [10] | President of Yugoslavia: Josip Broz Tito=josip-broz-tito [11] |  | refs [8] [9] [10] [11]',
      ],
      [
        'confirmed',
        '28 1957-11-01..1957-11-30 Ruritania (new) | Strelsau (new) | King of Ruritania: Rudolf Elphberg (new) | "A courtesy call at the palace." [12] | refs [12]',
      ],
      [
        'confirmed',
        '35 1961-04-12..1961-04-20 Soviet Union=soviet-union | Moscow=moscow | First Secretary of the Communist Party of the Soviet Union: Nikita Khrushchev=nikita-khrushchev | "Signed a long-term trade protocol." [2] | refs [2]',
      ],
      [
        'confirmed',
        '36 1961-05-02..1961-05-09 Soviet Union=soviet-union (inferred) |  |  | "Attended a congress of fraternal parties as an observer." | refs',
      ],
      [
        'confirmed',
        '37 1962-08-14..1962-08-16 Indonesia=indonesia (inferred) |  |  |  | refs [13]',
        '38 1962-08-18..1962-08-24 Indonesia=indonesia (inferred) | Bandung=bandung | President of Indonesia: Sukarno=sukarno | "Spoke at a rally on non-alignment." [14] | refs [14]',
      ],
      [
        'confirmed',
        '40 1965-05-01..1965-05-31 North Vietnam=north-vietnam | Hanoi=hanoi | President of North Vietnam: Ho Chi Minh=ho-chi-minh [15] |  | refs [15]',
      ],
      [
        'confirmed',
        '41 1966-07-01..1966-07-31 Mongolian People\'s Republic=mongolian-peoples-republic | Ulan Bator=ulaanbaatar | General Secretary of the Mongolian People\'s Party: Yumjaagiin Tsedenbal=yumjaagiin-tsedenbal | "Signed a plan for cultural exchanges." [16] | refs [16]',
      ],
      [
        'confirmed',
        "42 1966-07-01..1966-07-31 Mongolian People's Republic=mongolian-peoples-republic (inferred) | Ulan Bator=ulaanbaatar [17] |  |  | refs [17]",
      ],
      [
        'rumored secret',
        '44 1967-01-01..1967-12-31 Soviet Union=soviet-union | Vladivostok=vladivostok | : Leonid Brezhnev=leonid-brezhnev |  | refs [2]',
      ],
      [
        'confirmed state',
        '51 1975-06-02..1975-06-06 Bulgaria=bulgaria | Sofia=sofia | General Secretary of the Bulgarian Communist Party: Todor Zhivkov=todor-zhivkov | "State visit." [18] | refs [18]',
        '52 1975-06-05..1975-06-09 Romania=romania | Bucharest=bucharest | President of Romania: Nicolae Ceaușescu=nicolae-ceausescu | "Opened a rail link across the Danube." [19] [60] | refs [19] [60]',
      ],
    ])
  })

  it('should warn on every guess and flaw, at its line', () => {
    expect(codes(plan)).toEqual([
      '16 person_guessed', // Bolesław Bierut is not in the gazetteer
      '21 country_inferred_from_place', // Beijing, no country cell
      '28 unknown_country', // Ruritania
      '28 person_guessed', // its king
      '28 new_place', // Strelsau
      '35 repeated_dates', // 12-20 April again, eight years on
      '36 country_continued', // a sentence, no place, no reference
      '37 country_inferred_from_reference', // only [13], whose title names Indonesia
      '38 country_inferred_from_place', // Bandung before the flag: the country cell spans from above
      '39 unparseable_date', // 31 February
      '42 country_inferred_from_place',
      '42 duplicate_dates', // July 1966 twice
      '46 rumor_without_date',
      '52 unknown_reference', // [60]
      '52 overlapping_dates', // 2-6 and 5-9 June 1975
    ])
    expect(plan.warnings.find((warning) => warning.code === 'repeated_dates')!.message).toContain('(12-20 April 1953)')
  })

  it('should read the numbered reference list, back-link runs and all, into sources', () => {
    expect(sources(plan)).toEqual([
      [1, 64, 'book', 'Rails and Receptions: Official Travel in the Socialist Bloc'],
      [2, 65, 'web_page', 'Official delegations received in Moscow, 1949-1991'],
      [3, 66, 'news_article', 'Train diplomacy in the 1950s'],
      [4, 67, 'news_article', 'A steelworks tour remembered'],
      [5, 68, 'book', 'Guests of Honour: Parades and Protocol'],
      [6, 69, 'web_page', 'http://example.org/archive/visit-1954.pdf'],
      [7, 70, 'archival_document', 'Record of a conversation with a visiting delegation, 3 June 1956'],
      [8, 71, 'web_page', 'Belgrade welcomes its guests'],
      [9, 72, 'web_page', 'An afternoon by the lake'],
      [10, 73, 'web_page', 'Crowds along the river'],
      [11, 74, 'journal_article', 'Non-aligned friends'],
      [12, 75, 'news_article', 'Palace receptions of the 1950s'],
      [13, 76, 'web_page', 'A week of talks in Indonesia'],
      [14, 77, 'news_article', 'Speech at a rally'],
      [15, 78, 'archival_document', 'Ciphered telegram on the visit to Hanoi, May 1965'],
      [16, 79, 'web_page', 'Cultural plan signed'],
      [17, 80, 'working_paper', 'Travel and alliance in the 1960s'],
      [18, 81, 'web_page', 'Sofia hosts a state visit'],
      [19, 82, 'web_page', 'Talks in Bucharest'],
    ])
    const ref = (n: number) => plan.sources[n - 1]!
    expect(ref(1)).toMatchObject({
      isbn: '978-3-16-148410-0',
      authors: ['Maria Lindqvist'],
      publisher: 'Harbour Lane Press',
      date: { year: 2016, month: 5, day: 12 },
    })
    expect(ref(2)).toMatchObject({
      publisher: 'Example Digest',
      accessDate: '2020-01-15',
      text: expect.stringMatching(/^"Official/),
    })
    expect(ref(5)).toMatchObject({
      authors: ['Daniel Okafor', 'Helga Brandt'],
      pages: 'p. 118',
      isbn: '978-0-306-40615-7',
      publisher: 'Example University Press',
    })
    expect(ref(6)).toMatchObject({ url: 'http://example.org/archive/visit-1954.pdf', urlStatus: 'dead' })
    expect(ref(7)).toMatchObject({ translator: 'Anna Example' })
    expect(ref(11)).toMatchObject({
      authors: ['Petra Novak'],
      publisher: 'Journal of Balkan Diplomacy',
      date: { year: 2011, month: 3, day: 3 },
    })
    expect(ref(12)).toMatchObject({ publisher: 'BBC', archiveDate: '2012-04-04', accessDate: '2019-08-30' })
  })

  it('should print the documented dry-run document', () => {
    const json = toDryRunJson(plan)
    expect(json.trips.map((trip) => trip.stops.length)).toEqual([2, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 2])
    expect(json.trips[8]!.stops[0]).toEqual({
      start: '1965-05-01',
      end: '1965-05-31',
      precision: 'month',
      polity: 'North Vietnam',
      polityInferred: false,
      places: ['Hanoi'],
      people: [{ name: 'Ho Chi Minh', title: 'President of North Vietnam' }],
      details: null,
      refs: [15],
    })
    expect(json.sources[0]).toEqual({
      ref: 1,
      kind: 'book',
      title: 'Rails and Receptions: Official Travel in the Socialist Bloc',
      isbn: '978-3-16-148410-0',
      url: null,
      urlStatus: null,
    })
    expect(json.warnings).toHaveLength(15)
    expect(json.warnings[0]).toEqual({
      line: 16,
      code: 'person_guessed',
      message: expect.stringMatching(/^Line 16: "Bolesław Bierut" is not in the database/),
    })
  })

  it('should group and split journeys as the editor says', () => {
    const sizes = (overrides: { splitBefore?: number[]; mergeBefore?: number[] }) =>
      planList(FIXTURE_TEXT_LIST, 'text', { ...options, ...overrides }).trips.map((trip) => trip.stops.length)
    expect(sizes({ splitBefore: [16, 52] })).toEqual([1, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1])
    expect(sizes({ mergeBefore: [21] })).toEqual([2, 2, 2, 1, 1, 1, 2, 1, 1, 1, 1, 2])
  })
})

describe('the HTML wikitables', () => {
  const plan = planList(FIXTURE_HTML_LIST, 'html', options)

  it('should read the tables with a date column, carrying spanned cells down and hidden sort keys left out', () => {
    expect(plan.listTitle).toBe('List of journeys abroad by an example leader')
    expect(describeTrips(plan)).toEqual([
      [
        'confirmed',
        '11 1953-04-12..1953-04-20 Soviet Union=soviet-union | Moscow=moscow, Minsk=minsk [3] | Premier of the Soviet Union: Georgy Malenkov=georgy-malenkov | "Talks on grain deliveries and rail freight." [1] [2] | refs [3] [1] [2]',
        '19 1953-04-22..1953-04-24 Soviet Union=soviet-union | Vladivostok=vladivostok |  | "Inspected the harbour on the way home." [2] [3] | refs [2] [3]',
      ],
      [
        'confirmed',
        '26 1954-10-01..1954-10-09 China=china | Beijing=beijing | Chairman of the Chinese Communist Party: Mao Zedong=mao-zedong | "Watched the autumn parade from the reviewing stand." [1] [3] | refs [1] [3]',
      ],
      [
        'confirmed',
        '46 1965-05-01..1965-05-31 North Vietnam=north-vietnam | Hanoi=hanoi [3], Nam Định=nam-dinh | President of North Vietnam: Ho Chi Minh=ho-chi-minh [2] |  | refs [3] [2]',
      ],
      [
        'confirmed',
        '53 1966-07-01..1966-07-31 Mongolian People\'s Republic=mongolian-peoples-republic | Ulan Bator=ulaanbaatar | General Secretary of the Mongolian People\'s Party: Yumjaagiin Tsedenbal=yumjaagiin-tsedenbal | "Signed a plan for cultural exchanges." [4] | refs [4]',
      ],
      ['rumored secret', '61 1967-01-01..1967-12-31 no country | Moscow=moscow |  |  | refs [2]'],
    ])
    expect(codes(plan)).toEqual(['34 unparseable_date']) // "Spring 1955"
  })

  it('should read the <ol class="references"> without its back-links', () => {
    expect(sources(plan)).toEqual([
      [1, 64, 'book', 'Rails and Receptions: Official Travel in the Socialist Bloc'],
      [2, 65, 'web_page', 'Official delegations received in Moscow, 1949-1991'],
      [3, 66, 'news_article', 'Train diplomacy in the 1950s'],
      [4, 67, 'web_page', 'Cultural plan signed'],
    ])
    expect(plan.sources.map((source) => source.text.slice(0, 10))).toEqual([
      'Lindqvist,',
      '"Official ',
      '"Train dip',
      '"Cultural ',
    ])
    expect(plan.sources[0]).toMatchObject({ isbn: '978-3-16-148410-0', authors: ['Maria Lindqvist'] })
  })
})

describe('the CSV list', () => {
  const plan = planList(FIXTURE_CSV_LIST, 'csv', options)

  it('should read each row at the line it starts on, quoted multi-line and ";"-separated places alike', () => {
    expect(describeTrips(plan)).toEqual([
      [
        'confirmed',
        '2 1953-04-12..1953-04-20 Soviet Union=soviet-union | Moscow=moscow, Minsk=minsk | Premier of the Soviet Union: Georgy Malenkov=georgy-malenkov | "Talks on grain deliveries and rail freight." [1] [2] [3] | refs [1] [2] [3]',
        '4 1953-04-21..1953-04-23 Poland=poland | Warsaw=warsaw | First Secretary of the Polish United Workers\' Party: Bolesław Bierut (new) | "Toured a steelworks, then a shipyard." [4] [5] | refs [4] [5]',
      ],
      [
        'confirmed',
        '5 1954-10-01..1954-10-09 China=china | Beijing=beijing, Dalian=dalian | Chairman of the Chinese Communist Party: Mao Zedong=mao-zedong | "Called the parade "a festival of friendship" in a toast." [1] | refs [1]',
      ],
      [
        'confirmed',
        '6 1955-11-10..1955-11-12 China=china (inferred) | Chengdu=chengdu |  | "Opened a trade fair of machine tools." | refs',
      ],
      [
        'confirmed',
        '8 1965-05-01..1965-05-31 North Vietnam=north-vietnam | Hanoi=hanoi | President of North Vietnam: Ho Chi Minh=ho-chi-minh |  | refs [3]',
      ],
    ])
    expect(codes(plan)).toEqual(['4 person_guessed', '6 country_inferred_from_place', '7 unparseable_date'])
    expect(plan.sources).toEqual([])
  })

  it('should keep the sources of the details: the Refs column and the markers in the Details cell', () => {
    const details = toDryRunJson(plan)
      .trips.flatMap((trip) => trip.stops)
      .map((stop) => [stop.details, stop.refs])
    expect(details).toEqual([
      ['Talks on grain deliveries and rail freight.', [1, 2, 3]], // "… [1]" and Refs "2; 3"
      ['Toured a steelworks, then a shipyard.', [4, 5]], // Refs "[4] [5]"
      ['Called the parade "a festival of friendship" in a toast.', [1]],
      ['Opened a trade fair of machine tools.', []],
      [null, [3]], // no details: the Refs column still cites the row
    ])
    const stops = plan.trips.flatMap((trip) => trip.stops)
    expect(stops.map((stop) => stop.details?.refs ?? null)).toEqual([[1, 2, 3], [4, 5], [1], [], null])
  })
})

describe('one column table for HTML and CSV', () => {
  it.each([
    ['Date(s)', 'date'],
    ['Dates', 'date'],
    ['Country', 'country'],
    ['State', 'country'],
    ['Locations', 'places'],
    ['Cities', 'places'],
    ['Leaders met', 'counterpart'],
    ['Host', 'counterpart'],
    ['Details', 'details'],
    ['Notes', 'details'],
    ['Ref.', 'refs'],
    ['Refs', 'refs'],
    ['Ref(s)', 'refs'],
    ['References', 'refs'],
    ['Sources', 'refs'],
    ['Citations', 'refs'],
    ['Referendum', null],
    ['Sourced from', null],
    ['Image', null],
  ])('should read the header "%s" as %s', (header, column) => {
    expect(columnOf(` ${header} `)).toBe(column)
  })

  it.each(['Ref.', 'Refs', 'Ref(s)', 'References', 'Sources'])(
    'should read a "%s" column alike in HTML and CSV',
    (header) => {
      const csv = `Date(s),Country,Locations,Details,${header}\n3-10 May 1960,China,Beijing,Talks.,2; 3\n`
      const html = `<table><tr><th>Date(s)</th><th>Country</th><th>Locations</th><th>Details</th><th>${header}</th></tr><tr><td>3–10 May 1960</td><td>China</td><td>Beijing</td><td>Talks.</td><td>2; 3</td></tr></table>`
      for (const [text, format] of [
        [csv, 'csv'],
        [html, 'html'],
      ] as const) {
        expect(parseList(text, format).list.rows[0]!.detailsText, format).toBe('Talks. [2]; [3]')
        expect(planList(text, format, options).trips[0]!.stops[0]!.details, format).toEqual({
          text: 'Talks.',
          refs: [2, 3],
        })
      }
    },
  )
})

describe('a paper’s bracketed notes', () => {
  const notesFrom = FIXTURE_PAPER_NOTES.split('\n').findIndex((line) => line.startsWith('[1]')) + 1

  it('should read the notes after the body, not the body’s numbered points', () => {
    const { references } = parseReferences(FIXTURE_PAPER_NOTES, notesFrom)
    expect(references.map((reference) => [reference.ref, reference.line, reference.kind, reference.title])).toEqual([
      [1, 19, 'web_page', 'Harbours and Alliances'],
      [2, 21, 'journal_article', 'Non-aligned friends'],
      [3, 23, 'archival_document', 'Record of a conversation with a visiting delegation, 3 June 1956'],
      [4, 25, 'news_article', 'Guests arrive by the morning train'],
      [5, 27, 'working_paper', 'Travel and alliance in the 1960s'],
    ])
    expect(references[0]).toMatchObject({ authors: ['Ana Ruiz'], publisher: 'Example Press', date: { year: 2004 } })
    expect(references[1]).toMatchObject({ authors: ['Petra Novak'], date: { year: 2011 } })
    expect(references[2]).toMatchObject({
      callNumber: 'AVPRF F. 0102, Op. 11, P. 60, Delo 3, Listy 12-20',
      translator: 'Anna Example',
      url: 'http://digitalarchive.wilsoncenter.org/document/100001',
      urlStatus: 'live',
    })
    expect(references[3]).toMatchObject({ publisher: 'Rodong Sinmun', date: { year: 1965, month: 3, day: 27 } })
    expect(references[4]).toMatchObject({ authors: ['Ken Ito'], date: { year: 2014 } })
  })

  it('should take the body’s numbered points for notes when told to start at the top', () => {
    expect(parseReferences(FIXTURE_PAPER_NOTES).references.map((reference) => reference.line)).toEqual([
      13, 14, 15, 25, 27,
    ])
  })
})

describe('telling the forms apart', () => {
  it.each([
    [FIXTURE_TEXT_LIST, 'text'],
    [FIXTURE_HTML_LIST, 'html'],
    [FIXTURE_CSV_LIST, 'csv'],
  ] as [string, TListFormat][])('should recognise each list by its content alone (%#)', (text, format) => {
    expect(detectFormat(text)).toBe(format)
  })
})
