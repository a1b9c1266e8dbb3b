import { clean, takeRefs } from './list-row'
import { findNames, fold, nameAtStart, type TNamed, type TNameIndex } from './name-index'
import {
  bare,
  endsSentence,
  isCapitalized,
  isNameToken,
  isPastTenseVerb,
  isPlaceWord,
  startsSentence,
  verbOpensClause,
} from './sentence-start'

/** What a list teaches about its own people: the names and titles its rows print. */
export interface TListLexicon {
  /** People named in the list, resolved or not (an empty key: not in the database), to anchor other rows' splits. */
  people: TNamed[]
  /** Office titles: the gazetteer's, then the list's own. */
  titles: string[]
}

export interface TCounterpartSplit {
  people: { name: string; key: string | null; title: string | null; refs: number[] }[]
  details: { text: string; refs: number[] } | null
  /** The last name ended at a cell's end or a reference marker, not at a guessed sentence start. */
  bounded: boolean
  /** References printed with neither a person nor details. */
  looseRefs: number[]
}

// The noun of an office ("Secretary", "Vice-Chairman", "Councilor"): a title's head ends with one.
const OFFICE =
  /^(President|Premier|Chairman|Chairwoman|Chairperson|Chair|Secretary|Councilor|Councillor|Minister|King|Queen|Emperor|Empress|Prince|Princess|Sultan|Emir|Amir|Shah|Sheikh|Chancellor|Leader|Director|Marshal|General|Governor|Mayor|Ambassador|Commissioner|Head|Speaker|Member|Deputy|Commander|Chief|Pope|Patriarch|Regent|Monarch|Duke|Representative|Envoy|Consul|Administrator|Prefect|Admiral|Vice-President|Vice-Chairman|Vice-Premier)$/
// Words that end the institution an office belongs to: the holder's name comes right after.
const INSTITUTION =
  /^(Party|Union|Republic|Council|Committee|Presidium|Presidency|Soviet|Politburo|Bureau|Secretariat|Ministers|State|States|Conference|Assembly|Khural|Congress|Parliament|Senate|Diet|Cabinet|Government|Administration|Front|Commission|Federation|Kingdom|Emirates|Nation|Nations|Forces|Army|League|Movement|Organization|Organisation|Affairs|Defence|Defense|Korea|Court|Bank|Academy|Association|Ministry|Department|Board|Junta|Chamber)$/
const CONNECTOR = /^(of|the|and|for|&)$/
const OPENS_INSTITUTION = /^(of|for)$/
const MAX_NAME_WORDS = 4

const headWord = (token: string) => bare(token).split('-').at(-1)!
const isOffice = (token: string) => OFFICE.test(bare(token)) || OFFICE.test(headWord(token))
// Words that qualify an office before its noun ("State Councilor", "First Deputy Premier", "Foreign Minister").
const MODIFIER =
  /^(First|Second|Third|Deputy|Vice|Executive|Acting|State|Prime|Supreme|General|Grand|Crown|Senior|Chief|Honorary|Permanent|Foreign|Defence|Defense|Party|Provincial|Regional|Municipal|Principal|Lord|Paramount|Military|Presidential)$/

/** How many words of an office head start at `at` ("State Councilor" → 2), 0 when none does. */
function officeHeadAt(words: string[], at: number): number {
  let end = at
  while (end < words.length && end - at < 3 && MODIFIER.test(bare(words[end]!)) && !isOffice(words[end]!)) end += 1
  if (end >= words.length || !isOffice(words[end]!)) return 0
  while (end < words.length && isOffice(words[end]!)) end += 1
  return end - at
}

/** A title starts at `at`: an office noun, after at most a few qualifying words. */
export const titleStartsAt = (words: string[], at: number) => officeHeadAt(words, at) > 0

interface TToken {
  text: string
  start: number
  end: number
}

const tokenize = (text: string): TToken[] =>
  [...text.matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }))

/** Token index at which a character offset falls (the token starting there, or the one after). */
const tokenAt = (tokens: TToken[], offset: number) => {
  const at = tokens.findIndex((token) => token.end > offset)
  return at === -1 ? tokens.length : at
}

/** How many leading tokens a known title covers, when a name can follow it; 0 otherwise. */
function knownTitleLength(tokens: TToken[], titles: string[]): number {
  const words = tokens.map((token) => fold(bare(token.text)))
  let best = 0
  for (const title of titles) {
    const titleWords = fold(title).split(/\s+/)
    const next = tokens[titleWords.length]
    if (
      titleWords.length > best &&
      next &&
      isCapitalized(next.text) &&
      titleWords.every(
        (word, at) => words[at] === word && (at === titleWords.length - 1 || !endsSentence(tokens[at]!.text)),
      )
    )
      best = titleWords.length
  }
  return best
}

/**
 * Where the title ends: its head ends with an office noun ("State Councilor", "First
 * Vice-Chairman"); an institution may follow ("of the Presidium of the Supreme Soviet", "of
 * Ruritania", "and President of Czechoslovakia"). The institution runs over capitalised words
 * and connectors; it ends at an institution word, a country's name, or the first word after
 * "of" — the last such end that leaves a capitalised word for the holder's name.
 */
function titleLength(tokens: TToken[], text: string, context: TListLexicon & { index: TNameIndex }): number {
  const known = knownTitleLength(tokens, context.titles)
  if (known) return known
  const words = tokens.map((token) => token.text)
  let head = 0
  while (head < words.length && isCapitalized(words[head]!) && !CONNECTOR.test(words[head]!)) {
    if (head > 0 && startsSentence(words, head)) break
    head += 1
    if (endsSentence(words[head - 1]!) || /,$/.test(words[head - 1]!)) break
  }
  // The head is the first office noun run, after its qualifiers; other words first are a name's.
  let headEnd = Math.min(officeHeadAt(words, 0), head)
  if (!headEnd && head <= 3 && OPENS_INSTITUTION.test(words[head] ?? '')) headEnd = head
  if (!headEnd) return 0
  // Without "of …" or "and <office>" the title is its head: "Premier Wen Jiabao", not "Premier … Premier".
  const goesOn =
    OPENS_INSTITUTION.test(words[headEnd] ?? '') || (words[headEnd] === 'and' && titleStartsAt(words, headEnd + 1))
  if (!goesOn) return headEnd
  // Country names ending at a token: "… of the Soviet Union" ends at "Union".
  const polityEnds = new Set(
    findNames(text, context.index.polities).map((match) => tokenAt(tokens, match.index + match.length - 1) + 1),
  )
  const ends = [headEnd]
  let afterOpener = false
  for (let at = headEnd; at < words.length; at += 1) {
    const word = words[at]!
    const isConnector = CONNECTOR.test(word)
    if (!isConnector && !isCapitalized(word)) break
    // "… of Czechoslovakia and President of …" goes on; "Premier Wang Qishan and Vice-Premier …" is two people.
    if (word === 'and' && ends.at(-1) !== at) break
    const opens = isPastTenseVerb(word) ? verbOpensClause(words, at) : startsSentence(words, at)
    if (!isConnector && !afterOpener && opens && !OFFICE.test(bare(word))) break
    if (!isConnector && (afterOpener || INSTITUTION.test(bare(word)) || isOffice(word) || polityEnds.has(at + 1)))
      ends.push(at + 1)
    if (OPENS_INSTITUTION.test(word)) afterOpener = true
    else if (word !== 'the') afterOpener = false
    if (endsSentence(word) || /,$/.test(word)) break
  }
  const canName = (at: number) => {
    const word = words[at]
    return word !== undefined && isCapitalized(word) && !CONNECTOR.test(word) && !startsSentence(words, at)
  }
  return ends.filter(canName).at(-1) ?? ends[0]!
}

/** Index of the token where the details start; a name right after a title keeps its first word. */
function nameEnd(tokens: TToken[], from: number, text: string, index: TNameIndex, afterTitle: boolean): number {
  const words = tokens.map((token) => token.text)
  const placeStarts = new Set(
    [...findNames(text, index.places), ...findNames(text, index.polities)].map((match) => tokenAt(tokens, match.index)),
  )
  let capitalized = 0
  for (let at = from; at < words.length; at += 1) {
    const word = words[at]!
    if (!isNameToken(word)) return at
    const first = at === from && afterTitle
    if (!first && (startsSentence(words, at) || placeStarts.has(at) || (at >= from + 2 && isPlaceWord(word)))) return at
    if (at > from && titleStartsAt(words, at)) return at
    if (isCapitalized(word)) capitalized += 1
    if (capitalized > MAX_NAME_WORDS) return at
    if (endsSentence(word) || /,$/.test(word)) return at + 1
  }
  return words.length
}

type TPerson = { name: string; key: string | null; title: string | null }

/** The first person in `flat`: where the title and the name end, or null when none is printed there. */
function readPerson(flat: string, detailsFollow: boolean, context: TListLexicon & { index: TNameIndex }) {
  const firstMarker = flat.search(/\[\s*\d+\s*\]/)
  const segment = firstMarker === -1 ? flat : flat.slice(0, firstMarker)
  const tokens = tokenize(segment)
  const words = tokens.map((token) => token.text)

  // A person the gazetteer or the list knows, where nothing before it reads as a sentence.
  const known = [...findNames(segment, context.index.people), ...findNames(segment, context.people)]
    .filter((match) => {
      const before = tokenAt(tokens, match.index)
      const prefix = tokens.slice(0, before)
      // "Jiang Zemin and Li Peng": a joined prefix must read as one title, or it is another person.
      const joined = prefix.some((token) => token.text === 'and' || /,$/.test(token.text))
      return (
        prefix.every((token, at) => !endsSentence(token.text) && !verbOpensClause(words, at)) &&
        (!joined || titleLength(tokens.slice(0, before + 1), segment, context) === before)
      )
    })
    .sort((a, b) => a.index - b.index || b.length - a.length)[0]
  if (known) {
    const person: TPerson = {
      name: known.entry.name,
      key: known.entry.key || null,
      title: clean(flat.slice(0, known.index)) || null,
    }
    return { person, consumed: known.index + known.length, bounded: true }
  }
  const titleEnd = titleLength(tokens, segment, context)
  // A cell of its own holds titles and names only: a name runs to a comma or an "and".
  const end = detailsFollow
    ? nameEnd(tokens, titleEnd, segment, context.index, titleEnd > 0)
    : Math.min(
        ...[
          words.findIndex((word, at) => at >= titleEnd && /,$/.test(word)) + 1,
          words.indexOf('and', titleEnd),
        ].filter((at) => at > titleEnd),
        words.length,
      )
  const nameTokens = tokens.slice(titleEnd, end)
  if (!nameTokens.length) return null
  const person: TPerson = {
    name: clean(nameTokens.map((token) => token.text).join(' ')).replace(/[.,]$/, ''),
    key: null,
    title: clean(segment.slice(0, nameTokens[0]!.start)) || null,
  }
  // A comma after the name is left for the next person's joiner.
  const last = nameTokens.at(-1)!
  return { person, consumed: last.end - (/,$/.test(last.text) ? 1 : 0), bounded: end === words.length }
}

/** Another person follows: a known one, one whose title starts here, or any name in a cell of its own. */
function personAt(text: string, detailsFollow: boolean, context: TListLexicon & { index: TNameIndex }) {
  if (nameAtStart(text, context.index.people) || nameAtStart(text, context.people)) return true
  const words = tokenize(text).map((token) => token.text)
  return detailsFollow ? titleStartsAt(words, 0) : isCapitalized(words[0] ?? '')
}

/**
 * "Premier of the Soviet Union Georgy Malenkov State visit. [4]" → title, person, details; one
 * person after another when joined by a comma or "and" ("Premier X and Chairman Y"). A known
 * person, or one the list named before, anchors the split; otherwise the title is read by its
 * shape and the holder's name runs from there to where a sentence starts (the caller reports
 * such a name as a guess).
 */
export function splitCounterpart(
  text: string,
  detailsFollow: boolean,
  context: TListLexicon & { index: TNameIndex },
): TCounterpartSplit {
  let rest = text.replace(/\s*\n\s*/g, ' ')
  const people: TCounterpartSplit['people'] = []
  let bounded = false
  for (let read = readPerson(rest, detailsFollow, context); read; read = readPerson(rest, detailsFollow, context)) {
    const after = rest.slice(read.consumed)
    const leading = after.match(/^[\s.]*((\s*\[\s*\d+\s*\])*)/)!
    people.push({ ...read.person, refs: takeRefs(leading[1]!).refs })
    bounded = read.bounded
    rest = after.slice(leading[0].length)
    // "President Jiang Zemin, Premier Zhu Rongji", "… and Premier …", or titles run together.
    const joiner = rest.match(/^\s*(?:,|;|and\b)?\s*/)![0]
    if (!personAt(rest.slice(joiner.length), detailsFollow, context)) break
    rest = rest.slice(joiner.length)
  }
  const { text: remainder, refs } = takeRefs(rest)
  const details = detailsFollow && clean(remainder) ? { text: clean(remainder), refs } : null
  if (!details) (people.at(-1)?.refs ?? []).push(...refs)
  return { people, details, bounded, looseRefs: people.length || details ? [] : refs }
}
