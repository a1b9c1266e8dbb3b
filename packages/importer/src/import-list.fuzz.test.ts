import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { ImportFileError } from './import-file-error'
import { gazetteerIndex, MAX_LIST_BYTES, planList, toDryRunJson, type TListFormat } from './import-list'
import { FIXTURE_TEXT_LIST, FIXTURE_UNSEEN_TEXT_LIST } from './fixtures'

const index = gazetteerIndex()
const FORMATS: TListFormat[] = ['text', 'html', 'csv']
const SCRIPT = '<script>alert(1)</script>'
// Bounded by numRuns alone; the timeout only stops a hang, and leaves room for a machine at a tenth of its speed.
const HANG_TIMEOUT_MS = 10 * 60_000

let inputsTried = 0

const listText = FIXTURE_TEXT_LIST
const listLines = listText.split('\n')
// Pieces of a real-looking list's rows and references, to build lines that look almost right.
const FRAGMENTS = [
  ...new Set([
    // Rows of both lists: the second's long titles, particles and places running into details.
    ...[...listLines, ...FIXTURE_UNSEEN_TEXT_LIST.split('\n')]
      .flatMap((line) => line.split(/(?=Flag of )|(?<=\.svg)|(?=\[\d+\])|(?<=\])\s|(?<=\d{4})|\s{2,}/))
      .filter((piece) => piece.trim() && piece.length < 120),
    'Date(s)CountryLocationsLeaders metDetails',
    'References',
    'Notes',
    '1950s',
    'According to some reports, Kim met Brezhnev in 1966 and 1968 in the USSR. [2]',
    '3-35 March 1949',
    '31 February 1950',
    '29 February 1900',
    '1 October 1959',
    'November 1964',
    '2018-03-25 / 2018-03-28',
    'c. 1966',
    '  1. ',
    '[1] ',
    '[9999]',
    '[ 0 ]',
    'Flag of .svg',
    'Flag of the Soviet Union.svg',
    'ISBN 978-1-5381-1974-7',
    'https://example.org/x',
    'Retrieved 2019-11-22.',
    'Archived from the original on 6 October 2022.',
    SCRIPT,
  ]),
]
const fragment = fc.constantFrom(...FRAGMENTS)
const separator = fc.constantFrom('', ' ', '  ', '\t', ', ', '; ', '\n', '\r\n', ' [1] ', '\u00a0')

// UTF-16 code units one by one: lone surrogates, control characters, U+FFFD, bidi overrides.
const codeUnits = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength })

const randomText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  codeUnits(400),
  fc.lorem({ maxCount: 40, mode: 'sentences' }),
)

const fragmentLine = fc
  .array(fc.tuple(fragment, separator), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.flat().join(''))
const fragmentList = fc
  .array(fc.oneof({ weight: 4, arbitrary: fragmentLine }, fc.constantFrom(...listLines), randomText), {
    minLength: 1,
    maxLength: 60,
  })
  .map((lines) => lines.join('\n'))

/** The text list with lines dropped, repeated, cut or swapped: almost valid, failing somewhere in the middle. */
const mutatedList = fc
  .array(
    fc.record({
      at: fc.nat({ max: listLines.length - 1 }),
      how: fc.constantFrom('drop', 'repeat', 'cut', 'garble', 'script'),
      text: fc.oneof(fragmentLine, codeUnits(20)),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((edits) => {
    const lines = [...listLines]
    for (const { at, how, text } of edits) {
      const line = lines[at] ?? ''
      if (how === 'drop') lines.splice(at, 1)
      else if (how === 'repeat') lines.splice(at, 0, line)
      else if (how === 'cut') lines[at] = line.slice(0, text.length)
      else if (how === 'garble') lines[at] = `${line.slice(0, text.length)}${text}${line.slice(text.length * 2)}`
      else lines[at] = line.replace(/ /g, ` ${SCRIPT} `)
    }
    return lines.join('\n')
  })

const csvCell = fc.oneof(
  fragment,
  randomText,
  fc.constantFrom('"', '""', '"a"b', 'a"b', '"unterminated', 'x\ny', '"x\ny"', '\r', ',', SCRIPT, ''),
)
const csvList = fc
  .tuple(
    fc.oneof(
      fc.constant('Date(s),Country,Locations,Leaders met,Details,Refs'),
      fc.constant('"Date",Refs'),
      fc.array(csvCell, { maxLength: 7 }).map((cells) => cells.join(',')),
    ),
    fc.array(
      fc.array(fc.oneof(csvCell, fc.constantFrom('3-25 March 1949', '"1-6 June 1956"', 'November 1964')), {
        maxLength: 8,
      }),
      { maxLength: 30 },
    ),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([header, rows, newline]) => [header, ...rows.map((cells) => cells.join(','))].join(newline))

const htmlTag = fc.constantFrom(
  '<table class="wikitable">',
  '</table>',
  '<tr>',
  '</tr>',
  '<th>Date(s)</th><th>Country</th><th>Locations</th><th>Leaders met</th><th>Details</th><th>Refs</th>',
  '<th>',
  '<td>',
  '</td>',
  '<td rowspan="3">',
  '<td rowspan="1e9">',
  '<td rowspan="-4">',
  '<td rowspan="abc">',
  '<td rowspan="Infinity">',
  '<br>',
  '<br/>',
  '<p>',
  '</p>',
  '<ol class="references"><li>',
  '</li>',
  '</ol>',
  '<span class="mw-cite-backlink">^ a b</span>',
  '<!-- ',
  ' -->',
  '<h1>',
  '</h1>',
  '<style>td{}</style>',
  SCRIPT,
  '<script>',
  '<![CDATA[',
  '<',
  '>',
  '&amp;',
  '&#0;',
  '&#xD800;',
)
const htmlList = fc
  .array(fc.oneof({ weight: 3, arbitrary: htmlTag }, fragment, randomText), { maxLength: 120 })
  .map((parts) => parts.join(''))

/** Bytes that are not UTF-8, read the way the CLI and the upload read a file. */
const notUtf8 = fc
  .tuple(
    fc.uint8Array({ maxLength: 300 }),
    fc.constantFrom(
      [0xff],
      [0xfe],
      [0x80],
      [0xc3, 0x28],
      [0xe2, 0x28, 0xa1],
      [0xf0, 0x28, 0x8c, 0xbc],
      [0xed, 0xa0, 0x80],
    ),
  )
  .map(([bytes, bad]) =>
    Buffer.concat([
      Buffer.from(listLines.slice(14, 18).join('\n')),
      Buffer.from(bad),
      Buffer.from(bytes.map((byte) => byte || 1)),
    ]).toString('utf8'),
  )

/** A valid list with NUL bytes put into it: refused at the first NUL's line. */
const withNul = fc.tuple(fc.nat({ max: 2_000 }), fc.nat({ max: 3 })).map(([at, count]) => {
  const text = listLines.slice(0, 40).join('\n')
  return `${text.slice(0, at)}${'\u0000'.repeat(count + 1)}${text.slice(at)}`
})

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length

/** Either a plan (one the dry run can print) or the importer's own error, pointing at a line the file has. */
function expectPlanOrImportFileError(
  text: string,
  format: TListFormat,
  options: { splitBefore?: number[]; mergeBefore?: number[] } = {},
) {
  inputsTried += 1
  let outcome: { plan: ReturnType<typeof planList> } | { thrown: unknown }
  try {
    outcome = { plan: planList(text, format, { index, homePolity: 'north-korea', ...options }) }
  } catch (error) {
    outcome = { thrown: error }
  }
  if ('plan' in outcome) {
    const { plan } = outcome
    expect(plan.trips.every((trip) => trip.stops.length > 0)).toBe(true)
    expect(() => JSON.stringify(toDryRunJson(plan))).not.toThrow()
    return { plan }
  }
  expect(outcome.thrown).toBeInstanceOf(ImportFileError)
  const { line, message } = outcome.thrown as ImportFileError
  expect(Number.isInteger(line) && line >= 1, `line ${line} is a line number`).toBe(true)
  expect(line, message).toBeLessThanOrEqual(lineCount(text))
  expect(message).toMatch(/^Line \d+: \S/)
  return { error: outcome.thrown as ImportFileError }
}

const anyFormat = fc.constantFrom(...FORMATS)
const lines = fc.array(fc.integer({ min: -5, max: 300 }), { maxLength: 10 })

afterAll(() => {
  console.info(`Importer fuzzing: ${inputsTried} lists planned`)
})

describe('planning any list', { timeout: HANG_TIMEOUT_MS }, () => {
  it('should plan random text in any format, or refuse it with a line', () => {
    fc.assert(
      fc.property(randomText, anyFormat, (text, format) => void expectPlanOrImportFileError(text, format)),
      { numRuns: 600 },
    )
  })

  it('should plan lines built from pieces of a list, with any journey overrides', () => {
    fc.assert(
      fc.property(
        fragmentList,
        anyFormat,
        lines,
        lines,
        (text, format, splitBefore, mergeBefore) =>
          void expectPlanOrImportFileError(text, format, { splitBefore, mergeBefore }),
      ),
      { numRuns: 400 },
    )
  })

  it('should plan a list with lines dropped, repeated, cut and garbled', () => {
    fc.assert(
      fc.property(mutatedList, (text) => void expectPlanOrImportFileError(text, 'text')),
      { numRuns: 60 },
    )
  })

  it('should read CSV with bad quoting, odd newlines and short rows, or name the line', () => {
    fc.assert(
      fc.property(csvList, (text) => void expectPlanOrImportFileError(text, 'csv')),
      { numRuns: 500 },
    )
  })

  it('should give each CSV row the line it starts on, whatever the line breaks and multi-line cells', () => {
    const cell = fc.oneof(
      fc.constantFrom('Moscow', 'Soviet Union', 'State visit.', ''),
      fc.constantFrom('Prague\nPlzeň', 'Prague\r\nPlzeň', 'a\n\nb').map((text) => `"${text}"`),
    )
    const row = fc.tuple(
      fc.constantFrom('3-25 March 1949', '10-23 September 1953', 'November 1964', '1 October 1959'),
      cell,
      cell,
    )
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, newline, blankLines) => {
          let text = 'Date(s),Country,Locations'
          const expected: number[] = []
          for (const [date, country, places] of rows) {
            text += blankLines ? newline + newline : newline
            expected.push(lineCount(text))
            text += `${date},${country},${places}`
          }
          const { plan } = expectPlanOrImportFileError(text, 'csv')
          expect(plan?.trips.flatMap((trip) => trip.stops.map((stop) => stop.line)).sort((a, b) => a - b)).toEqual(
            expected,
          )
        },
      ),
      { numRuns: 200 },
    )
  })

  it('should read broken HTML with odd rowspans, or name the line', () => {
    fc.assert(
      fc.property(htmlList, (text) => void expectPlanOrImportFileError(text, 'html')),
      { numRuns: 500 },
    )
  })

  it('should refuse bytes that are not UTF-8 at the line they are on', () => {
    fc.assert(
      fc.property(notUtf8, anyFormat, (text, format) => {
        const { error } = expectPlanOrImportFileError(text, format)
        expect(error?.message).toContain('not valid UTF-8')
        expect(error?.line).toBe(text.split(/\r?\n/).findIndex((line) => line.includes('\uFFFD')) + 1)
      }),
      { numRuns: 100 },
    )
  })

  it('should refuse NUL bytes at the line of the first one', () => {
    fc.assert(
      fc.property(withNul, anyFormat, (text, format) => {
        const { error } = expectPlanOrImportFileError(text, format)
        expect(error?.message).toContain('NUL byte')
        expect(error?.line).toBe(text.split(/\r?\n/).findIndex((line) => line.includes('\u0000')) + 1)
      }),
      { numRuns: 100 },
    )
  })

  it('should refuse a file over the size limit before reading it, whatever its format', () => {
    const padded = `${listText}\n${'x'.repeat(MAX_LIST_BYTES)}`
    // Multi-byte characters: under the limit in characters, over it in bytes.
    const wide = 'ж'.repeat(MAX_LIST_BYTES / 2 + 1)
    for (const text of [padded, wide]) {
      for (const format of FORMATS) {
        const { error } = expectPlanOrImportFileError(text, format)
        expect(error).toMatchObject({ line: 1, message: expect.stringContaining('larger than 5 MB') })
      }
    }
    expectPlanOrImportFileError('ж'.repeat(MAX_LIST_BYTES / 2 - 10), 'text')
  })

  it('should keep <script> in every cell as text, in every format', () => {
    const cell = (text: string) => `${SCRIPT} ${text} ${SCRIPT}`
    const rows = listLines.filter((line) => /^\d{1,2}-\d{1,2} \w+ \d{4}Flag of/.test(line)).slice(0, 10)
    const textList = [
      'Date(s)CountryLocationsLeaders metDetails',
      ...rows.map((row) => row.replace(/(\.svg)\s+/g, `$1 ${SCRIPT} `).replace(/ \[/g, ` ${SCRIPT} [`)),
    ].join('\n')
    const csv = [
      'Date(s),Country,Locations,Leaders met,Details,Refs',
      ...['3-25 March 1949', '10-23 September 1953'].map((date) =>
        [
          `${date} ${SCRIPT}`,
          cell('Soviet Union'),
          cell('Moscow'),
          cell('Premier Georgy Malenkov'),
          cell('State visit.'),
          cell('2'),
        ]
          .map((value) => `"${value}"`)
          .join(','),
      ),
    ].join('\n')
    const html = `<table class="wikitable"><tr><th>Date(s)</th><th>Country</th><th>Locations</th><th>Leaders met</th><th>Details</th></tr>${['3-25 March 1949', '1 October 1959'].map((date) => `<tr><td>${date}${SCRIPT}</td>${['Soviet Union', 'Moscow', 'Joseph Stalin', 'State visit.'].map((value) => `<td>${cell(value)}</td>`).join('')}</tr>`).join('')}</table><p>${cell('According to some reports, a visit in 1966.')}</p><ol class="references"><li>${cell('"A title". AP NEWS. 1 May 1990.')}</li></ol>`
    for (const [text, format] of [
      [textList, 'text'],
      [csv, 'csv'],
      [html, 'html'],
    ] as const) {
      const { plan } = expectPlanOrImportFileError(text, format)
      expect(plan?.trips.length, format).toBeGreaterThan(0)
    }
  })
})
