import { takeRefs } from './list-row'
import { findNames, fold, type TNamed, type TNameIndex } from './name-index'
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

/** What a list teaches about its own people as it is read: names and titles of the rows before. */
export interface TListLexicon {
  /** People named in the list, resolved or not (an empty key: not in the database), to anchor other rows' splits. */
  people: TNamed[]
  /** Office titles: the gazetteer's, then the list's own. */
  titles: string[]
}

export interface TCounterpartSplit {
  person: { name: string; key: string | null; title: string | null } | null
  personRefs: number[]
  details: { text: string; refs: number[] } | null
  /** The name ended at a cell's end or a reference marker, not at a guessed sentence start. */
  bounded: boolean
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
export const isOffice = (token: string) => OFFICE.test(bare(token)) || OFFICE.test(headWord(token))

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.]+|[\s,;:]+$/g, '')
    .trim()

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
    if (endsSentence(words[head - 1]!)) break
  }
  let headEnd = 0
  for (let at = 0; at < head; at += 1) if (isOffice(words[at]!)) headEnd = at + 1
  if (!headEnd && head <= 3 && OPENS_INSTITUTION.test(words[head] ?? '')) headEnd = head
  if (!headEnd) return 0
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
    const opens = isPastTenseVerb(word) ? verbOpensClause(words, at) : startsSentence(words, at)
    if (!isConnector && !afterOpener && opens && !OFFICE.test(bare(word))) break
    if (!isConnector && (afterOpener || INSTITUTION.test(bare(word)) || isOffice(word) || polityEnds.has(at + 1)))
      ends.push(at + 1)
    if (OPENS_INSTITUTION.test(word)) afterOpener = true
    else if (word !== 'the') afterOpener = false
    if (endsSentence(word)) break
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
    if (isCapitalized(word)) capitalized += 1
    if (capitalized > MAX_NAME_WORDS) return at
    if (endsSentence(word)) return at + 1
  }
  return words.length
}

/**
 * "Premier of the Soviet Union Georgy Malenkov State visit. [4]" → title, person, details. A
 * known person, or one the list named before, anchors the split; otherwise the title is read
 * by its shape and the holder's name runs from there to where a sentence starts (the caller
 * reports such a name as a guess).
 */
export function splitCounterpart(
  text: string,
  detailsFollow: boolean,
  context: TListLexicon & { index: TNameIndex },
): TCounterpartSplit {
  const flat = text.replace(/\s*\n\s*/g, ' ')
  const firstMarker = flat.search(/\[\s*\d+\s*\]/)
  const segment = firstMarker === -1 ? flat : flat.slice(0, firstMarker)
  const tokens = tokenize(segment)
  const words = tokens.map((token) => token.text)

  // A person the gazetteer or the list knows, where nothing before it reads as a sentence.
  const known = [...findNames(flat, context.index.people), ...findNames(flat, context.people)]
    .filter(
      (match) =>
        match.index < segment.length &&
        tokens
          .slice(0, tokenAt(tokens, match.index))
          .every((token, at) => !endsSentence(token.text) && !verbOpensClause(words, at)),
    )
    .sort((a, b) => a.index - b.index || b.length - a.length)[0]
  let title: string
  let person: { name: string; key: string | null }
  let consumed: number
  let bounded: boolean
  if (known) {
    title = flat.slice(0, known.index)
    person = { name: known.entry.name, key: known.entry.key || null }
    consumed = known.index + known.length
    bounded = true
  } else {
    const titleEnd = titleLength(tokens, segment, context)
    // A cell of its own holds nothing but the title and the name.
    const end = detailsFollow ? nameEnd(tokens, titleEnd, segment, context.index, titleEnd > 0) : tokens.length
    const nameTokens = tokens.slice(titleEnd, end)
    if (!nameTokens.length) {
      return {
        person: null,
        personRefs: [],
        details:
          detailsFollow && clean(takeRefs(flat).text)
            ? { text: clean(takeRefs(flat).text), refs: takeRefs(flat).refs }
            : null,
        bounded: false,
      }
    }
    title = segment.slice(0, nameTokens[0]!.start)
    person = { name: clean(nameTokens.map((token) => token.text).join(' ')).replace(/\.$/, ''), key: null }
    consumed = nameTokens.at(-1)!.end
    bounded = end === words.length
  }
  const after = flat.slice(consumed)
  const leading = after.match(/^[\s.]*((\s*\[\s*\d+\s*\])*)/)!
  const personRefs = takeRefs(leading[1]!).refs
  const rest = takeRefs(after.slice(leading[0].length))
  const details = detailsFollow && clean(rest.text) ? { text: clean(rest.text), refs: rest.refs } : null
  if (!details) personRefs.push(...rest.refs)
  return { person: { ...person, title: clean(takeRefs(title).text) || null }, personRefs, details, bounded }
}
