import { beforeAll, describe, expect, it } from 'vitest'
import { ImportFileError } from './import-file-error'
import { gazetteerIndex, parseList, planList, toDryRunJson } from './import-list'
import { parseReferences, type TParsedReference } from './parse-references'
import type { TImportPlan, TPlannedTrip } from './plan-import'
import { readSeedDocument, SEED_LIST, SEED_WORKING_PAPER, shouldRunSeedDocumentTests } from './seed-documents'

const options = { index: gazetteerIndex(), homePolity: 'north-korea' }
// The real documents, where they are (our own fixture lists test every form in any clone).
const seedsFound = shouldRunSeedDocumentTests()

describe.skipIf(!seedsFound)('the seed list of Kim Il Sung’s trips (scraped text)', () => {
  let plan: TImportPlan
  let confirmed: TPlannedTrip[]
  // Read in beforeAll: a skipped suite's body still runs to collect its tests.
  beforeAll(() => {
    plan = planList(readSeedDocument(SEED_LIST), 'text', options)
    confirmed = plan.trips.filter((trip) => trip.certainty === 'confirmed')
  })
  const stopAt = (line: number) => plan.trips.flatMap((trip) => trip.stops).find((stop) => stop.line === line)!
  const codesAt = (line: number) =>
    plan.warnings.filter((warning) => warning.line === line).map((warning) => warning.code)

  it('should read all 46 listed visits and all 47 references', () => {
    expect(confirmed.flatMap((trip) => trip.stops)).toHaveLength(46)
    expect(plan.sources).toHaveLength(47)
    expect(plan.sources.map((source) => source.ref)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1))
  })

  it('should group the 1956, 1975 and 1984 tours into single journeys', () => {
    const sizes = new Map(confirmed.map((trip) => [trip.stops[0]!.line, trip.stops.length]))
    expect(sizes.get(31)).toBe(10) // 1 June – 18 July 1956
    expect(sizes.get(68)).toBe(5) // 22 May – 10 June 1975
    expect(sizes.get(89)).toBe(6) // 16 May – 15 June 1984
    expect(sizes.get(44)).toBe(2) // Beijing, then Hanoi, November 1958
    expect(confirmed).toHaveLength(26)
  })

  it('should make the 1966 and 1968 Brezhnev reports rumored trips, never visits', () => {
    const rumored = plan.trips.filter((trip) => trip.certainty === 'rumored')
    expect(rumored.map((trip) => trip.stops[0]!.start.year)).toEqual([1966, 1968])
    expect(rumored[0]!.stops[0]).toMatchObject({
      polity: { key: 'soviet-union' },
      people: [{ key: 'leonid-brezhnev' }],
      refs: [2],
      precision: 'year',
    })
  })

  it('should keep the list’s flaws visible as warnings on their rows', () => {
    expect(codesAt(53)).toContain('country_continued') // 17–31 October 1961 names no country
    expect(codesAt(67)).toContain('country_continued') // 18–26 April 1975 names no country
    expect(stopAt(67)).toMatchObject({ polity: { key: 'china' }, polityInferred: true })
    expect(codesAt(52)).toContain('repeated_dates') // 1961 repeats 1949's 3–25 March
    expect(plan.warnings.find((w) => w.line === 52)!.message).toContain('3-25 March 1949')
    expect(codesAt(76)).toContain('overlapping_dates') // 4–6 and 5–10 June 1975
    expect(codesAt(30)).toEqual(['country_inferred_from_place']) // 1954: Beijing only
  })

  it('should find the one counterpart each row names, every one of them known, and no one in the details', () => {
    const stops = confirmed.flatMap((trip) => trip.stops)
    expect(stops.filter((stop) => stop.people.length > 1).map((stop) => stop.line)).toEqual([])
    expect(stops.flatMap((stop) => stop.people).filter((person) => !person.key)).toEqual([])
    expect(plan.warnings.filter((warning) => warning.code === 'person_guessed')).toEqual([])
  })

  it('should resolve historical countries by date and split title, person and details', () => {
    expect(stopAt(99).polity).toEqual({ name: "Mongolian People's Republic", key: 'mongolian-peoples-republic' }) // "Mongolia", 1988
    expect(stopAt(35)).toMatchObject({
      polity: { key: 'czechoslovakia' },
      places: [{ name: 'Prague' }, { name: 'Plzeň' }],
    })
    expect(stopAt(69)).toMatchObject({
      people: [{ key: 'houari-boumediene', title: 'Chairman of Revolutionary Council' }],
      details: { text: 'State visit.', refs: [23] },
    })
    expect(stopAt(76).places.map((place) => [place.name, place.refs])).toEqual([
      ['Brdo pri Kranju', [26]],
      ['Bled', [27]],
      ['Lake Bohinj', [28]],
      ['Ljubljana', [29]],
    ])
    expect(stopAt(56)).toMatchObject({
      people: [{ key: 'sukarno', title: 'President of Indonesia', refs: [3] }],
      details: { refs: [19] },
    })
    expect(stopAt(55)).toMatchObject({ precision: 'month', start: { year: 1964, month: 11, day: null } })
  })

  it('should read the references into sources: books with ISBN, news, dead links, archive dates', () => {
    const ref = (n: number) => plan.sources[n - 1]!
    expect(ref(1)).toMatchObject({
      kind: 'book',
      isbn: '978-1-5381-1974-7',
      authors: ['James E. Hoare'],
      publisher: 'Rowman & Littlefield',
    })
    expect(ref(17)).toMatchObject({
      kind: 'news_article',
      title: 'Mirroring grandfather, Kim rides the rails to Trump summit',
      publisher: 'AP NEWS',
    })
    expect(ref(9)).toMatchObject({ urlStatus: 'dead', url: expect.stringMatching(/^http:\/\/cejsh\.icm\.edu\.pl/) })
    expect(ref(35)).toMatchObject({ archiveDate: '2022-10-06', accessDate: '2019-11-22' })
    expect(ref(25).title).toBe('"The greatest event in the history of Mauritania"—Kim Il-sung\'s 1975 world tour')
  })

  it('should print the documented dry-run document, month precision spanning the month', () => {
    const json = toDryRunJson(plan)
    const november1964 = json.trips.flatMap((trip) => trip.stops).find((stop) => stop.start === '1964-11-01')
    expect(november1964).toEqual({
      start: '1964-11-01',
      end: '1964-11-30',
      precision: 'month',
      polity: 'North Vietnam',
      polityInferred: false,
      places: ['Hanoi'],
      people: [{ name: 'Ho Chi Minh', title: "Chairman of the Central Committee of the Workers' Party of Vietnam" }],
      details: null,
      refs: [17],
    })
    expect(json.warnings[0]).toEqual({
      line: 30,
      code: 'country_inferred_from_place',
      message: expect.stringContaining('Line 30'),
    })
  })
})

describe.skipIf(!seedsFound)('the working paper’s notes', () => {
  let references: TParsedReference[]
  beforeAll(() => {
    const text = readSeedDocument(SEED_WORKING_PAPER)
    references = parseReferences(text, text.split('\n').findIndex((line) => line.startsWith('[1]')) + 1).references
  })

  it('should read the numbered notes with the same reference parser', () => {
    expect(references).toHaveLength(36)
    expect(references[2]).toMatchObject({
      kind: 'archival_document',
      callNumber: 'AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192',
      translator: 'Gary Goldberg',
      url: 'http://digitalarchive.wilsoncenter.org/document/115641',
    })
    expect(references[5]).toMatchObject({
      title: 'Mao’s China and the Cold War',
      authors: ['Jian Chen'],
      date: { year: 2001 },
    })
    expect(references[0]!.title).toBe(
      'The Politics Machine: On the Concept of ‘Solidarity’ in East German Support for SWAPO',
    )
  })
})

const HAND_MADE = `List of international trips made by Kim Jong Il

Date(s)CountryLocationsLeaders metDetails
26 July-18 August 2001Flag of Russia.svg  Russia Moscow
Saint Petersburg
Novosibirsk [1] [2]
Flag of Russia.svg President of Russia Vladimir Putin Travelled by armoured train. [3]
November 2002Flag of Atlantis.svg  Atlantis Poseidonia Flag of Atlantis.svg King of Atlantis Atlas Minor Courtesy call. [9]
3-35 March 2004Flag of China.svg  China Beijing Flag of China.svg General Secretary of the Chinese Communist Party Hu Jintao [2]
28 December 2005-2 January 2006Flag of the People's Republic of China.svg  China Shanghai [2]
28 December 2005-2 January 2006 Shanghai [1]

References

  1. "Kim Jong Il's train journey". Example News. 20 August 2001.
  2. 1 2 3 Doe, Jane (2010). Trains and Summits. Example Press. ISBN 978-0-306-40615-7.
  3. https://example.org/archive/kim-2001 [ permanent dead link ]
`

describe('any list of this shape', () => {
  const index = {
    ...gazetteerIndex(),
    places: [...gazetteerIndex().places, { key: 'shanghai', name: 'Shanghai', alternateNames: [], polity: 'china' }],
  }
  const plan = planList(HAND_MADE, 'text', { index, homePolity: 'north-korea' })
  const stops = plan.trips.flatMap((trip) => trip.stops)
  const codes = plan.warnings.map((warning) => `${warning.line}:${warning.code}`)

  it('should read another leader and decade: multi-line locations, several references, cross-year ranges', () => {
    expect(stops[0]).toMatchObject({
      start: { year: 2001, month: 7, day: 26 },
      end: { year: 2001, month: 8, day: 18 },
      polity: { key: 'russia' },
      places: [{ name: 'Moscow' }, { name: 'Saint Petersburg' }, { name: 'Novosibirsk', refs: [1, 2] }],
      people: [{ key: 'vladimir-putin', title: 'President of Russia', refs: [] }],
      details: { text: 'Travelled by armoured train.', refs: [3] },
    })
    expect(stops.find((stop) => stop.line === 10)).toMatchObject({
      start: { year: 2005, month: 12, day: 28 },
      end: { year: 2006, month: 1, day: 2 },
    })
  })

  it('should warn instead of guessing silently', () => {
    expect(codes).toEqual([
      '4:new_place', // Saint Petersburg
      '4:new_place', // Novosibirsk
      '8:unknown_country', // Atlantis
      '8:person_guessed', // its king
      '8:new_place', // Poseidonia
      '8:unknown_reference', // [9]
      '9:unparseable_date', // 3-35 March
      '11:country_inferred_from_place', // Shanghai, no country cell
      '11:duplicate_dates',
    ])
    expect(stops.find((stop) => stop.line === 8)!.people[0]).toMatchObject({
      name: 'Atlas Minor',
      title: 'King of Atlantis',
      key: null,
    })
    expect(stops.find((stop) => stop.line === 11)).toMatchObject({
      polity: { key: 'china' },
      polityInferred: true,
      places: [{ key: 'shanghai', refs: [1] }],
    })
    expect(plan.sources[2]).toMatchObject({ kind: 'web_page', urlStatus: 'dead' })
  })

  it('should read a short unknown name in a row without cells as a new place, and a sentence as what happened', () => {
    const list =
      'Date(s)CountryLocationsLeaders metDetails\n14 March 2007 Guangzhou [1]\n17-31 October 1961 22nd Congress of the Communist Party of the Soviet Union\n'
    const rows = planList(list, 'text', options).trips.flatMap((trip) => trip.stops)
    expect(rows.find((stop) => stop.line === 2)).toMatchObject({
      places: [{ name: 'Guangzhou', key: null, refs: [1] }],
      details: null,
    })
    expect(rows.find((stop) => stop.line === 3)).toMatchObject({
      places: [],
      details: { text: '22nd Congress of the Communist Party of the Soviet Union' },
    })
  })

  it('should group and split journeys as the editor says', () => {
    expect(plan.trips.map((trip) => trip.stops.length)).toEqual([1, 1, 2])
    const split = planList(HAND_MADE, 'text', { index, splitBefore: [11] })
    expect(split.trips.map((trip) => trip.stops.length)).toEqual([1, 1, 1, 1])
    const merged = planList(HAND_MADE, 'text', { index, mergeBefore: [8] })
    expect(merged.trips.map((trip) => trip.stops.length)).toEqual([2, 2])
  })
})

describe('HTML wikitables and CSV', () => {
  const html = `<html><body><h1>List of trips</h1>
<table class="wikitable"><tr><th>Date(s)</th><th>Country</th><th>Locations</th><th>Leaders met</th><th>Details</th></tr>
<tr><td>3–25 March 1949</td><td rowspan="2"><span class="flagicon"><img alt="Flag"></span> Soviet Union</td><td>Moscow</td><td>Chairman of the Council of Ministers Joseph Stalin</td><td>Talks.<sup class="reference">[1]</sup></td></tr>
<tr><td>November 1964</td><td>Moscow<br>Leningrad</td><td></td><td><sup class="reference">[2]</sup></td></tr>
</table>
<p>According to some reports, Kim met Leonid Brezhnev in 1966 in the USSR.<sup class="reference">[2]</sup></p>
<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">^</span> "Visit". The New York Times. 26 March 1949.</li>
<li id="cite_note-2"><span class="mw-cite-backlink">^ a b</span> Hoare, James E. (2019). Historical Dictionary. Rowman. ISBN 978-1-5381-1974-7.</li></ol>
</body></html>`

  it('should read a wikitable, carrying a spanned country cell down, with its reference list and rumors', () => {
    const plan = planList(html, 'html', options)
    const stops = plan.trips.flatMap((trip) => trip.stops)
    expect(stops.map((stop) => [stop.polity?.key, stop.places.map((place) => place.name), stop.refs])).toEqual([
      ['soviet-union', ['Moscow'], [1]],
      ['soviet-union', ['Moscow', 'Leningrad'], [2]],
      ['soviet-union', [], [2]],
    ])
    expect(plan.trips.at(-1)).toMatchObject({ certainty: 'rumored' })
    expect(stops[0]!.people[0]).toMatchObject({ key: 'joseph-stalin', title: 'Chairman of the Council of Ministers' })
    expect(plan.sources.map((source) => [source.ref, source.kind])).toEqual([
      [1, 'news_article'],
      [2, 'book'],
    ])
    expect(plan.warnings.map((warning) => warning.code)).not.toContain('country_continued')
  })

  it('should read a CSV with line numbers for its rows', () => {
    const csv =
      'Date,Country,Locations,Leaders met,Details,Refs\n"3-25 March 1949",Soviet Union,"Moscow\nLeningrad",Joseph Stalin,Talks,1\nnot a date,Soviet Union,,,,\n'
    const plan = planList(csv, 'csv', options)
    expect(plan.trips[0]!.stops[0]).toMatchObject({
      line: 2,
      places: [{ name: 'Moscow' }, { name: 'Leningrad' }],
      refs: [1],
    })
    expect(plan.warnings.map((warning) => `${warning.line}:${warning.code}`)).toEqual([
      '2:new_place',
      '4:unparseable_date',
    ])
  })
})

describe('malformed files', () => {
  it.each([
    ['binary content', 'Date(s)\n3-25 March 1949 Moscow\n\u0000\u0001', 3, /binary/],
    ['broken encoding', 'Date\n3-25 March 1949 Moscow \uFFFD', 2, /UTF-8/],
    ['no rows at all', 'Just some prose about trips.\nNothing else.', 1, /no trip rows/],
    ['bad CSV quoting', 'Date,Country\n"3 March 1949,Soviet Union\n', 2, /not valid CSV/],
  ])('should refuse %s with the line to look at', (_, text, line, message) => {
    const format = text.startsWith('Date,') ? 'csv' : 'text'
    const attempt = () => parseList(text, format)
    expect(attempt).toThrow(ImportFileError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect((error as ImportFileError).line).toBe(line)
    }
  })
})
