import { endOf, precisionOf, startOf, type TDatePrecision, type TPartialDate } from '@itinera/contracts/partial-date'
import { splitCounterpart, titleStartsAt, type TListLexicon } from './counterpart'
import {
  clean,
  isRumorParagraph,
  splitPlaces,
  takeRefs,
  type TListRow,
  type TParsedList,
  type TRumorParagraph,
} from './list-row'
import { existingOn, findByName, findNames, fold, nameAtStart, type TNameIndex, type TNamed } from './name-index'
import { parseDateRange } from './parse-date-range'
import type { TParsedReference } from './parse-references'
import { isCapitalized, isFunctionWord, isNameToken, startsSentence, verbOpensClause } from './sentence-start'

export type TCertainty = 'confirmed' | 'reported' | 'rumored' | 'disputed' | 'refuted'

export type TWarningCode =
  | 'no_country'
  | 'country_continued'
  | 'country_inferred_from_place'
  | 'country_inferred_from_flag'
  | 'country_inferred_from_reference'
  | 'unknown_country'
  | 'overlapping_dates'
  | 'duplicate_dates'
  | 'repeated_dates'
  | 'unparseable_date'
  | 'unknown_reference'
  | 'person_guessed'
  | 'new_place'
  | 'rumor_without_date'
  | 'rumor_places_unassigned'

export interface TImportWarning {
  line: number
  code: TWarningCode
  message: string
}

/** A named thing as resolved: `key` is the matched record's slug, null when it will be created. */
export interface TResolvedName {
  name: string
  key: string | null
}

/** The fields of a stop as the preview shows them side by side. */
export type TStopField = 'dates' | 'country' | 'places' | 'people' | 'details' | 'refs'

/**
 * A value the planner inferred rather than read as written, with why: a country carried from the
 * row above, a place the list does not know or matched by another of its names, a year taken from
 * the end date. `item` is which place, person or reference of the field; null for the whole field.
 */
export interface TStopGuess {
  field: TStopField
  item: number | null
  reason: string
}

export interface TPlannedStop {
  line: number
  start: TPartialDate
  end: TPartialDate | null
  precision: TDatePrecision
  polity: TResolvedName | null
  polityInferred: boolean
  places: (TResolvedName & { refs: number[] })[]
  people: (TResolvedName & { title: string | null; refs: number[] })[]
  details: { text: string; refs: number[] } | null
  /** Every reference the row prints, in order. */
  refs: number[]
  warnings: TImportWarning[]
  guesses: TStopGuess[]
}

export interface TPlannedTrip {
  line: number
  certainty: TCertainty
  kind: 'state' | 'secret' | null
  stops: TPlannedStop[]
}

export interface TImportPlan {
  listTitle: string | null
  trips: TPlannedTrip[]
  sources: TParsedReference[]
  warnings: TImportWarning[]
}

export interface TPlanOptions {
  index: TNameIndex
  /** The leader's own country, never taken for a destination ("north-korea"). */
  homePolity?: string
  /** Journey grouping overrides from the preview: lines of stops that start / do not start a new trip. */
  splitBefore?: number[]
  mergeBefore?: number[]
}

/** Consecutive stops at most this many days apart make one journey (a train between capitals). */
const JOURNEY_GAP_DAYS = 3
/** A place's name in a row without cells runs over at most this many words ("Brdo pri Kranju"). */
const MAX_PLACE_WORDS = 4
const DAY_MS = 86_400_000
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS

/**
 * Turns a parsed list into draft trips: resolves countries (historical names by date), places
 * and people against the index, splits "Title Name Details" cells, groups consecutive stops into
 * journeys, reads rumor paragraphs as rumored trips, and warns on every guess.
 */
export function planImport(list: TParsedList, references: TParsedReference[], options: TPlanOptions): TImportPlan {
  const { index } = options
  const warnings: TImportWarning[] = []
  const refNumbers = new Set(references.map((reference) => reference.ref))
  const destinations = index.polities.filter((polity) => polity.key !== options.homePolity)

  for (const row of list.unreadableRows) {
    warnings.push({
      line: row.line,
      code: 'unparseable_date',
      message: `Line ${row.line}: cannot read the date of "${row.text.slice(0, 60)}"; the row was left out.`,
    })
  }

  const lexicon = learnFromList(list, index)
  const stops: TPlannedStop[] = []
  const spans = new Map<string, { line: number; dateText: string }>()
  for (const [at, row] of list.rows.entries()) {
    const stop = interpretRow(
      row,
      stops[stops.length - 1] ?? null,
      list.rows[at - 1]?.flagCountry ?? null,
      { ...options, index: { ...index, polities: destinations } },
      references,
      lexicon,
    )
    if (!stop) continue
    const warn = (code: TWarningCode, message: string) =>
      stop.warnings.push({ line: row.line, code, message: `Line ${row.line}: ${message}` })
    stop.refs.forEach((ref, item) => {
      if (!references.length || refNumbers.has(ref)) return
      warn('unknown_reference', `reference [${ref}] is not in the reference list.`)
      stop.guesses.push({ field: 'refs', item, reason: `[${ref}] is not in the reference list` })
    })
    const previous = stops[stops.length - 1]
    if (previous) {
      const [from, to, prevFrom, prevTo] = [
        startOf(stop.start),
        endOf(stop.end ?? stop.start),
        startOf(previous.start),
        endOf(previous.end ?? previous.start),
      ]
      if (from === prevFrom && to === prevTo)
        warn('duplicate_dates', `same dates as the row above (line ${previous.line}).`)
      else if (from < prevTo && to > prevFrom && stop.precision === 'day' && previous.precision === 'day') {
        warn(
          'overlapping_dates',
          `${from} – ${to} overlaps the row above (line ${previous.line}, ${prevFrom} – ${prevTo}).`,
        )
      }
    }
    if (stop.precision === 'day' && stop.end) {
      const span = `${startOf(stop.start).slice(5)}/${endOf(stop.end).slice(5)}`
      const earlier = spans.get(span)
      if (earlier !== undefined && !stop.warnings.some((warning) => warning.code === 'duplicate_dates')) {
        warn(
          'repeated_dates',
          `${row.dateText} repeats the day and month span of line ${earlier.line} (${earlier.dateText}): a copying slip?`,
        )
      } else spans.set(span, { line: row.line, dateText: row.dateText })
    }
    stops.push(stop)
    warnings.push(...stop.warnings)
  }

  const trips = groupJourneys(stops, options)
  for (const rumor of list.rumors) {
    const { trips: rumored, warnings: rumorWarnings } = rumoredTrips(rumor, index, destinations, lexicon)
    trips.push(...rumored)
    warnings.push(...rumorWarnings)
  }
  trips.sort((a, b) => startOf(a.stops[0]!.start).localeCompare(startOf(b.stops[0]!.start)) || a.line - b.line)
  return { listTitle: list.title, trips, sources: references, warnings: warnings.sort((a, b) => a.line - b.line) }
}

function interpretRow(
  row: TListRow,
  previous: TPlannedStop | null,
  previousFlag: string | null,
  { index }: TPlanOptions,
  references: TParsedReference[],
  lexicon: TListLexicon,
): TPlannedStop | null {
  const date = parseDateRange(row.dateText)
  if (!date) return null
  const warnings: TImportWarning[] = []
  const warn = (code: TWarningCode, message: string) =>
    warnings.push({ line: row.line, code, message: `Line ${row.line}: ${message}` })
  const guesses: TStopGuess[] = []
  const guess = (field: TStopField, item: number | null, reason: string) => guesses.push({ field, item, reason })
  if (date.startYearInferred)
    guess('dates', null, `the start's year is not written: ${date.start.year}, taken from the end date`)
  const refs: number[] = []
  // A table row whose one cell holds a place and a note is read like a row without cells.
  const note = loneNote(row)
  const noteRead = note ? readFreeText(note, index, date.start) : null
  const fromNote = Boolean(noteRead && (noteRead.places.length || noteRead.polity) && noteRead.rest)
  const freeText = row.freeText ?? (fromNote ? note : null)
  const detailsText = fromNote ? null : row.detailsText
  const places: { name: string; refs: number[]; fromText?: boolean }[] = fromNote ? [] : [...row.places]
  let polity: TResolvedName | null = null
  let polityInferred = false
  let details: TPlannedStop['details'] = null
  const people: TPlannedStop['people'] = []

  if (row.countryText) {
    const { text: countryText } = takeRefs(row.countryText)
    const known = nameAtStart(row.countryText, index.polities)
    const resolved = known
      ? existingOn(
          findByName(row.countryText.slice(known.index, known.index + known.length), index.polities),
          date.start,
        )
      : null
    if (known && resolved) {
      polity = { name: resolved.name, key: resolved.key }
      places.unshift(...splitPlaces(row.countryText.slice(known.index + known.length)))
    } else {
      const named =
        row.flagCountry && countryText.startsWith(row.flagCountry) ? row.flagCountry : countryText.split(/\s+/)[0]!
      polity = { name: named, key: null }
      places.unshift(...splitPlaces(row.countryText.slice(row.countryText.indexOf(named) + named.length)))
      warn('unknown_country', `"${named}" is not a known country; create it or fix the name before approval.`)
      guess('country', null, 'not in the country list: a new country')
    }
  }

  let counterpartText = row.counterpartText
  if (freeText) {
    // "Irkutsk Stopover on the way home by train. [4]": a country, places, then who was met and what happened.
    const free = noteRead && fromNote ? noteRead : readFreeText(freeText, index, date.start)
    if (!polity && free.polity) polity = free.polity
    places.push(...free.places.map((place) => ({ ...place, fromText: true })))
    if (free.rest) counterpartText = free.rest
    else refs.push(...free.refs)
  }

  if (counterpartText) {
    const split = splitCounterpart(counterpartText, detailsText == null, { ...lexicon, index })
    for (const person of split.people) {
      people.push(person)
      refs.push(...person.refs)
      if (!person.key) {
        warn(
          'person_guessed',
          `"${person.name}" is not in the database: read as the person met, with the title "${person.title ?? ''}". Check the split.`,
        )
        guess(
          'people',
          people.length - 1,
          `not in the database: read as a new person${person.title ? ` with the title "${person.title}"` : ' without a title'}; check where the title ends and the name starts`,
        )
      } else {
        const other = otherName(person.name, person.key, index.people)
        if (other) guess('people', people.length - 1, other)
      }
    }
    if (split.details) {
      details = split.details
      if (freeText) guess('details', null, 'split from the row’s text where its sentence starts')
    }
    refs.push(...split.looseRefs)
  }
  if (detailsText) {
    const { text, refs: detailRefs } = takeRefs(detailsText)
    if (clean(text)) details = { text: clean(text), refs: detailRefs }
    else refs.push(...detailRefs)
  }
  if (details) refs.push(...details.refs)

  const resolvedPlaces = places.map((place, item) => {
    const match = nameAtStart(place.name, index.places)
    const key = match && match.length === place.name.trim().length ? match.entry.key : null
    if (!key) {
      warn('new_place', `"${place.name}" is not a known place: it will be created.`)
      guess(
        'places',
        item,
        place.fromText
          ? 'not in the place list: read as a place from the capitalised words that open the row; a new place'
          : 'not in the place list: a new place',
      )
    } else {
      const other = otherName(place.name, key, index.places)
      if (other) guess('places', item, other)
    }
    return { name: place.name.trim(), key, refs: place.refs }
  })

  const allRefs = [...new Set([...resolvedPlaces.flatMap((place) => place.refs), ...refs])]
  if (!polity) {
    polityInferred = true
    const fromPlace = resolvedPlaces
      .map((place) => index.places.find((entry) => entry.key === place.key)?.polity)
      .map((key) => index.polities.find((entry) => entry.key === key))
      .find(Boolean)
    // The flag before "Leaders met" is the host's: a better guess than a reference or the row above.
    const fromFlag = row.flagCountry
      ? existingOn(findByName(row.flagCountry, index.polities), date.start, { strict: true })
      : null
    const fromReference = allRefs
      .map((ref) => references.find((reference) => reference.ref === ref))
      .flatMap((reference) => (reference ? findNames(reference.title, index.polities) : []))[0]?.entry
    if (fromPlace) {
      polity = { name: fromPlace.name, key: fromPlace.key }
      const place = resolvedPlaces.find((candidate) => candidate.key)!.name
      warn('country_inferred_from_place', `no country given; ${fromPlace.name} inferred from the place "${place}".`)
      guess('country', null, `not in the row: from the place ${place}`)
    } else if (fromFlag) {
      polity = { name: fromFlag.name, key: fromFlag.key }
      warn('country_inferred_from_flag', `no country given; ${fromFlag.name} inferred from the flag of the leader met.`)
      guess('country', null, 'not in the row: from the flag of the leader met')
    } else if (fromReference) {
      polity = { name: fromReference.name, key: fromReference.key }
      warn(
        'country_inferred_from_reference',
        `no country given; ${fromReference.name} inferred from a reference title.`,
      )
      guess('country', null, 'not in the row: from the title of a reference')
    } else if (previous?.polity && (!row.flagCountry || row.flagCountry === previousFlag)) {
      polity = previous.polity
      warn(
        'country_continued',
        `no country given; taking ${previous.polity.name} from the row above (line ${previous.line}), as if its country cell spanned this row: check it.`,
      )
      guess('country', null, `not in the row: carried from line ${previous.line}, the row above`)
    } else if (row.flagCountry) {
      // A flag no country in the index goes by, unlike the row above's: a country to create.
      polity = { name: row.flagCountry, key: null }
      warn(
        'country_inferred_from_flag',
        `no country given; ${row.flagCountry}, not a known country, inferred from the flag of the leader met.`,
      )
      guess('country', null, 'not in the row: from the flag of the leader met, not a known country')
    } else {
      polityInferred = false
      warn('no_country', 'no country given and none to infer: the stop has no country.')
      guess('country', null, 'none in the row and none to infer')
    }
  }

  return {
    line: row.line,
    start: date.start,
    end: date.end,
    precision: precisionOf(date.start),
    polity,
    polityInferred,
    places: resolvedPlaces,
    people,
    details,
    refs: allRefs,
    warnings,
    guesses,
  }
}

/** How a name was matched, when not as the record spells it: another of its names, or other accents or case. */
function otherName(written: string, key: string, entries: TNamed[]): string | null {
  const entry = entries.find((candidate) => candidate.key === key)
  if (!entry || entry.name === written.trim()) return null
  return fold(entry.name) === fold(written.trim())
    ? `matched to ${entry.name} ignoring accents and case`
    : `matched to ${entry.name} by another of its names`
}

/**
 * The text of a table row that says nothing but a place run into a note, in one cell: the details
 * ("Irkutsk Stopover on the way home by train.") or the only place, when it reads as a sentence.
 */
function loneNote(row: TListRow): string | null {
  if (row.freeText || row.countryText || row.counterpartText) return null
  if (!row.places.length) return row.detailsText
  const [place] = row.places
  if (row.places.length > 1 || row.detailsText) return null
  return /[.!?]$/.test(place!.name) || place!.name.split(/\s+/).length > MAX_PLACE_WORDS
    ? `${place!.name} ${place!.refs.map((ref) => `[${ref}]`).join(' ')}`
    : null
}

/**
 * What the list teaches about itself: the people it names where the split is sure (a known
 * person, or a name that runs to the end of its cell or to a reference marker) and their
 * titles, added to the gazetteer's titles, so that the other rows are read by them.
 */
function learnFromList(list: TParsedList, index: TNameIndex): TListLexicon {
  const lexicon: TListLexicon = { people: [], titles: [...(index.titles ?? [])] }
  for (const row of list.rows) {
    if (!row.counterpartText) continue
    const { people, bounded } = splitCounterpart(row.counterpartText, row.detailsText == null, { ...lexicon, index })
    // Each name but the last ended at a comma or an "and"; the last is sure only if nothing followed it.
    for (const person of bounded ? people : people.slice(0, -1)) {
      if (!person.key && !lexicon.people.some((known) => known.name === person.name))
        lexicon.people.push({ key: '', name: person.name, alternateNames: [] })
      if (person.title && !lexicon.titles.includes(person.title)) lexicon.titles.push(person.title)
    }
  }
  return lexicon
}

/**
 * A row without cells: a country and places first (known names, then capitalised words up to
 * where a sentence or a title starts), the rest for the person met and the details.
 */
function readFreeText(text: string, index: TNameIndex, date: TPartialDate) {
  let rest = text
  let polity: TResolvedName | null = null
  const country = nameAtStart(rest, index.polities)
  if (country && (nameAtStart(rest, index.places)?.length ?? 0) < country.length) {
    const resolved = existingOn(
      findByName(rest.slice(country.index, country.index + country.length), index.polities),
      date,
    )
    if (resolved) polity = { name: resolved.name, key: resolved.key }
    rest = rest.slice(country.index + country.length)
  }
  const places: { name: string; refs: number[] }[] = []
  const takeTrailingRefs = (from: number) => {
    const trailing = rest.slice(from).match(/^(\s*\[\s*\d+\s*\])*/)![0]
    const refs = takeRefs(trailing).refs
    rest = rest.slice(from + trailing.length)
    return refs
  }
  for (;;) {
    const known = nameAtStart(rest, index.places)
    if (known) {
      const name = rest.slice(known.index, known.index + known.length)
      places.push({ name, refs: takeTrailingRefs(known.index + known.length) })
    } else {
      const words = rest.trim().split(/\s+/)
      let count = 0
      // A title ends the place ("Khabarovsk Regional Governor …"); a place's first word stays one.
      const titleAt = (at: number) => at > 0 && titleStartsAt(words, at)
      while (
        count < words.length &&
        count < MAX_PLACE_WORDS &&
        isNameToken(words[count]!) &&
        !startsSentence(words, count) &&
        !titleAt(count) &&
        !findNames(words[count]!, index.people).length
      ) {
        count += 1
        if (/,$/.test(words[count - 1]!)) break
      }
      // Not a place when a lowercase word runs on from it ("Comecon Summit was held" is what happened).
      const next = words[count]
      if (!count || (next !== undefined && !/,$/.test(words[count - 1]!) && !/^\[/.test(next) && !isCapitalized(next)))
        break
      const last = [...rest.matchAll(/\S+/g)][count - 1]!
      const end = last.index + last[0].replace(/,$/, '').length
      places.push({ name: words.slice(0, count).join(' ').replace(/,$/, ''), refs: takeTrailingRefs(end) })
    }
    const comma = rest.match(/^\s*,/)
    if (!comma) break
    rest = rest.slice(comma[0].length)
  }
  const { text: remainder, refs } = takeRefs(rest)
  const words = clean(remainder).split(' ')
  // A short capitalised phrase with no sentence in it is a place the index does not know yet.
  if (
    !places.length &&
    words.length <= 3 &&
    isCapitalized(words[0]!) &&
    !/[.!?]$/.test(remainder) &&
    !titleStartsAt(words, 0) &&
    !verbOpensClause(words, 0) &&
    !isFunctionWord(words[0]!)
  )
    return { polity, places: [{ name: clean(remainder), refs }], rest: null, refs: [] }
  return { polity, places, rest: clean(remainder) ? rest : null, refs }
}

function groupJourneys(stops: TPlannedStop[], { splitBefore = [], mergeBefore = [] }: TPlanOptions): TPlannedTrip[] {
  const trips: TPlannedTrip[] = []
  for (const stop of stops) {
    const trip = trips[trips.length - 1]
    const last = trip?.stops[trip.stops.length - 1]
    const chains =
      last !== undefined &&
      stop.precision === 'day' &&
      last.precision === 'day' &&
      startOf(stop.start) >= startOf(last.start) &&
      dayNumber(startOf(stop.start)) - dayNumber(endOf(last.end ?? last.start)) <= JOURNEY_GAP_DAYS
    // A row whose details report a rumour is a rumored trip of its own, never part of a visit.
    const rumored = isRumorParagraph(stop.details?.text ?? '')
    const together =
      !rumored &&
      trip?.certainty === 'confirmed' &&
      (mergeBefore.includes(stop.line) || (chains && !splitBefore.includes(stop.line)))
    if (trip && together) trip.stops.push(stop)
    else trips.push({ line: stop.line, certainty: rumored ? 'rumored' : 'confirmed', kind: null, stops: [stop] })
  }
  for (const trip of trips) {
    if (trip.stops.some((stop) => /^state visit\.?$/i.test(stop.details?.text ?? ''))) trip.kind = 'state'
    if (trip.certainty === 'rumored' && /\bsecret\b/i.test(trip.stops[0]!.details?.text ?? '')) trip.kind = 'secret'
  }
  return trips
}

/** "…two secret meetings were rumored … in 1966 and 1968 in the USSR…": one rumored trip per year named. */
function rumoredTrips(
  rumor: TRumorParagraph,
  index: TNameIndex,
  destinations: TNameIndex['polities'],
  lexicon: TListLexicon,
) {
  const warnings: TImportWarning[] = []
  const years = [...new Set([...rumor.text.matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)].map((match) => Number(match[1])))]
  if (!years.length) {
    warnings.push({
      line: rumor.line,
      code: 'rumor_without_date',
      message: `Line ${rumor.line}: a rumor paragraph names no year; no trip was made of it.`,
    })
    return { trips: [], warnings }
  }
  // People the gazetteer knows, and those the list's rows named.
  const people = [
    ...new Map(
      [...findNames(rumor.text, index.people), ...findNames(rumor.text, lexicon.people)].map((match) => [
        match.entry.name,
        match.entry,
      ]),
    ).values(),
  ]
  const places = [
    ...new Map(findNames(rumor.text, index.places).map((match) => [match.entry.key, match.entry])).values(),
  ]
  const polityMatches = findNames(rumor.text, destinations)
  if (years.length > 1 && places.length) {
    warnings.push({
      line: rumor.line,
      code: 'rumor_places_unassigned',
      message: `Line ${rumor.line}: the paragraph names ${places.map((p) => p.name).join(', ')} but several years; the places were not assigned to a trip.`,
    })
  }
  const trips: TPlannedTrip[] = years.map((year) => {
    const start: TPartialDate = { year, month: null, day: null, circa: false }
    const polity = polityMatches.length
      ? existingOn(
          polityMatches.map((match) => match.entry),
          start,
        )
      : null
    return {
      line: rumor.line,
      certainty: 'rumored',
      kind: /\bsecret\b/i.test(rumor.text) ? 'secret' : null,
      stops: [
        {
          line: rumor.line,
          start,
          end: null,
          precision: 'year',
          polity: polity ? { name: polity.name, key: polity.key } : null,
          polityInferred: false,
          places: years.length === 1 ? places.map((place) => ({ name: place.name, key: place.key, refs: [] })) : [],
          people: people.map((person) => ({ name: person.name, key: person.key || null, title: null, refs: [] })),
          details: null,
          refs: rumor.refs,
          warnings: [],
          guesses: [],
        },
      ],
    }
  })
  return { trips, warnings }
}
