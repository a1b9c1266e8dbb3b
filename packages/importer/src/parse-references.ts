import type { TSourceKind as TAnySourceKind, TUrlStatus as TAnyUrlStatus } from '@itinera/contracts/domain'
import type { TPartialDate } from '@itinera/contracts/partial-date'
import { parseDateRange } from './parse-date-range'

/** The kinds of source a reference list names: some of the domain's. */
export type TSourceKind = Extract<
  TAnySourceKind,
  'archival_document' | 'book' | 'journal_article' | 'working_paper' | 'news_article' | 'web_page'
>
export type TUrlStatus = Extract<TAnyUrlStatus, 'live' | 'dead'>

/** One numbered reference, read into the fields of a source. */
export interface TParsedReference {
  ref: number
  /** 1-based line in the file where the reference starts. */
  line: number
  kind: TSourceKind
  title: string
  authors: string[]
  date: TPartialDate | null
  publisher: string | null
  isbn: string | null
  url: string | null
  urlStatus: TUrlStatus | null
  archiveDate: string | null
  accessDate: string | null
  /** "p. 95", "pp. 39-42": where in the work the reference points. */
  pages: string | null
  /** Archive call number, e.g. "AVPRF F. 0102, Op. 13, P. 72, Delo 5". */
  callNumber: string | null
  translator: string | null
  obtainedBy: string | null
  /** The reference as written, for the editor to compare. */
  text: string
}

// "  2. 1 2 3 4 5 6 "История…"": a number, then the back-link letters of a multiply-cited note.
const WIKI_REFERENCE = /^\s*(\d{1,4})\.\s+(.*)$/
const BRACKET_NOTE = /^\s*\[(\d{1,4})\]\s*(.*)$/

/** Drops Wikipedia's back-link run "1 2 3" (consecutive from 1) that precedes a multiply-cited reference. */
function withoutBackLinks(text: string): string {
  const tokens = text.split(/\s+/)
  let count = 0
  while (tokens[count] === String(count + 1)) count += 1
  return count >= 2 ? tokens.slice(count).join(' ') : text
}

// A title runs to the quote that ends it ("…". or “…,”), so quotes inside titles survive.
const QUOTED = /["“](.+?)["”]\.?(?=\s|$)/
const URL = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;)]/
const NEWS_OUTLETS =
  /\b(AP NEWS|Associated Press|Reuters|The New York Times|New York Times|France 24|NK News|UB Post|BBC|The Guardian|Deník|ČT24|Yonhap|Straits Times|Slobodna Dalmacija|Pyongyang Times|Rodong Sinmun|Korea Today|Agerpres|MONTSAME|tass\.ru)\b/i

const isoOf = (date: TPartialDate | null) =>
  date?.day != null ? `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` : null

/** Finds the first date in free text: "2019-09-04", "November 27, 1956", "27 March, 1965", "1975". */
function findDate(text: string): TPartialDate | null {
  const candidates = text.match(
    /\b(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|[A-Z][a-z]+ \d{4}|(?<![\d/-])\d{4}(?![\d/-]))\b/g,
  )
  for (const candidate of candidates ?? []) {
    const parsed = parseDateRange(
      candidate.replace(/(\d), (\d{4})$/, '$1 $2').replace(/^(\d{1,2} [A-Z][a-z]+), /, '$1 '),
    )
    if (parsed && parsed.start.year >= 1800 && parsed.start.year <= 2200) return parsed.start
  }
  return null
}

const after = (text: string, label: RegExp) => {
  const match = text.match(label)
  return match ? (parseDateRange(match[1]!.trim())?.start ?? null) : null
}

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:]+|[\s,.;:]+$/g, '')
    .trim()

/** "Hoare, James E." → "James E. Hoare"; "Kyung-Ae Park; Scott Snyder" → both. */
function authorsOf(text: string): string[] {
  return text
    .split(/;| and /)
    .map((name) => clean(name).replace(/(\b\p{Lu})$/u, '$1.'))
    .filter(Boolean)
    .map((name) => {
      const [last, first] = name.split(/,\s*/)
      return first && !/\s/.test(last!) ? `${first} ${last}` : name
    })
}

/** Reads one reference's text into source fields, as far as its form allows. */
export function readReference(ref: number, line: number, raw: string): TParsedReference {
  const text = withoutBackLinks(raw.trim())
  const deadLink = /\[\s*(permanent )?dead link\s*\]/i.test(text)
  // An explanatory note cites its work after "See".
  const textWithoutMarkers = text
    .replace(/\[\s*(permanent )?dead link\s*\]/gi, '')
    .replace(/^.*?\bSee\s+(?=\S+ \S+,\s*[“"])/, '')
    .trim()
  const url = textWithoutMarkers.match(URL)?.[0] ?? null
  const isbnMatch = textWithoutMarkers.match(/ISBN[\s:]*([\dXx][\dXx\s-]{8,16}[\dXx])/)
  const isbn = isbnMatch ? isbnMatch[1]!.replace(/\s+/g, '') : null
  const pages = textWithoutMarkers.match(/\bpp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)/)?.[0]?.replace(/\s+/g, ' ') ?? null
  const callNumber =
    textWithoutMarkers
      .match(/\b((?:AVPRF|PRC FMA|IPN BU|SAPMO|RG \d+)[^,]*(?:,\s*(?:Op|op|P|p|Delo|d|Listy)\.?\s*[\w-]+)*)/)?.[1]
      ?.trim() ?? null
  const translator = textWithoutMarkers.match(/translated (?:for NKIDP )?by ([^,.]+)/i)?.[1]?.trim() ?? null
  const obtainedBy =
    textWithoutMarkers.match(/obtained (?:and translated )?by ([^,.]+?)(?: and translated|,|\.)/i)?.[1]?.trim() ?? null
  const archiveDate = isoOf(after(textWithoutMarkers, /Archived from the original on ([^.]+)\./i))
  const accessDate = isoOf(after(textWithoutMarkers, /(?:Retrieved|Accessed)\s+([^.)]+)[.)]/i))

  let title: string
  let authors: string[] = []
  let publisher: string | null = null
  let afterTitle = ''
  const quoted = textWithoutMarkers.match(QUOTED)
  const beforeQuote = quoted ? textWithoutMarkers.slice(0, quoted.index) : ''
  if (quoted) {
    title = clean(quoted[1]!)
    // News and web pages: "Title". Outlet. Date.
    const rest = textWithoutMarkers.slice(quoted.index! + quoted[0].length)
    // The outlet is the first segment after the title that is not its date ("27 March, 1965, Rodong Sinmun").
    const segments = rest
      .replace(/\(\d+\)\s*:\s*\d+/g, '')
      .split(/,\s+|(?<!\b(?:No|no|Vol|vol|pp?))\.\s+/)
      .map(clean)
      .filter(Boolean)
    const isDate = (segment: string) =>
      Boolean(findDate(segment)) || /^(\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})$/.test(segment)
    publisher =
      segments.find(
        (segment) => !isDate(segment) && !URL.test(segment) && !/^(pp?\.|ISBN|via|Retrieved|Archived)/i.test(segment),
      ) ?? null
    afterTitle = rest
    const author = clean(beforeQuote.replace(/\([^)]*\)\s*\.?\s*$/, ''))
    if (author && !/^see\b/i.test(author) && author.length < 120)
      authors = authorsOf(author.replace(/^.*\bSee\s+/i, ''))
  } else if (url && clean(textWithoutMarkers.replace(url, '')).length < 3) {
    title = url
  } else {
    // A book: "Last, First (date). Title. Publisher. ISBN" or "Author, Title (Place: Publisher, Year)".
    const cs1 = textWithoutMarkers.match(
      /^(.+?)\s*\(([^)]*\d{4}[^)]*)\)\.\s*(.+?)\.\s+(.+?)\.?(?:\s+(?:ISBN|pp?\.|via)\b|\s*$)/,
    )
    const chicago = textWithoutMarkers.match(/^([^,]+),\s*(.+?)\s*\(([^:)]+:\s*)?([^,)]+),\s*(\d{4})\)/)
    if (cs1) {
      authors = authorsOf(cs1[1]!)
      title = clean(cs1[3]!)
      publisher = clean(cs1[4]!.replace(/\bp\.\s*\d+$/, '')) || null
    } else if (chicago) {
      authors = authorsOf(chicago[1]!)
      title = clean(chicago[2]!)
      publisher = clean(chicago[4]!)
    } else {
      title = clean(textWithoutMarkers.split(/\.\s/)[0] ?? textWithoutMarkers)
    }
  }

  const kind: TSourceKind =
    /wilsoncenter\.org\/document/.test(textWithoutMarkers) ||
    /Digital Archive|translated (for NKIDP )?by|\bArchives?\b|AVPRF|RG \d+|Telegram|Airgram|Savingram/i.test(
      textWithoutMarkers.replace(URL, ''),
    )
      ? 'archival_document'
      : isbn
        ? 'book'
        : /\bvol\.?\s*\d+|Journal of|no\.\s*\d+\s*\(\d{4}\)/i.test(textWithoutMarkers)
          ? 'journal_article'
          : /working paper|e-Dossier/i.test(textWithoutMarkers)
            ? 'working_paper'
            : NEWS_OUTLETS.test(textWithoutMarkers)
              ? 'news_article'
              : 'web_page'
  const withoutAccessDates = (value: string) =>
    value.replace(/Archived from the original on [^.]+\.|Retrieved [^.]+\.|\(Accessed[^)]*\)/gi, '')
  const date = findDate(withoutAccessDates(afterTitle)) ?? findDate(withoutAccessDates(textWithoutMarkers))

  return {
    ref,
    line,
    kind,
    title,
    authors,
    date,
    publisher,
    isbn,
    url,
    urlStatus: deadLink ? 'dead' : url ? 'live' : null,
    archiveDate,
    accessDate,
    pages,
    callNumber,
    translator,
    obtainedBy,
    text,
  }
}

export interface TReferenceList {
  references: TParsedReference[]
  /** 1-based line where the list starts (its heading, or its first entry). */
  firstLine: number
}

/**
 * Reads a numbered reference list: Wikipedia's "References" ("  1. 1 2 Hoare, James E. …") or a
 * paper's notes ("[1] …"). `fromLine` (1-based) skips the body so that numbered body lines are
 * not taken for references. Continuation lines join the entry above.
 */
export function parseReferences(text: string, fromLine = 1): TReferenceList {
  const lines = text.split(/\r?\n/)
  const references: TParsedReference[] = []
  let current: { ref: number; line: number; text: string } | null = null
  const flush = () => {
    if (current) references.push(readReference(current.ref, current.line, current.text))
    current = null
  }
  for (let index = fromLine - 1; index < lines.length; index += 1) {
    const line = lines[index]!
    const match = line.match(BRACKET_NOTE) ?? line.match(WIKI_REFERENCE)
    if (match && Number(match[1]) === references.length + (current ? 1 : 0) + 1) {
      flush()
      current = { ref: Number(match[1]), line: index + 1, text: match[2]! }
    } else if (current && line.trim()) {
      current.text += ` ${line.trim()}`
    } else if (current && !line.trim()) {
      flush()
    }
  }
  flush()
  return { references, firstLine: fromLine }
}
