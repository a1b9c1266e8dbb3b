import nlp from 'compromise'

/** Function words (a closed class): capitalised, they open a sentence, never a name or a place. */
const FUNCTION_WORD =
  /^(The|A|An|This|That|These|Those|His|Her|Their|Its|Our|He|She|They|We|It|There|In|On|At|During|After|Before|With|Without|From|To|For|By|Upon|Following|While|When|Together|Both|Also|Then|As|Later|Afterwards)$/

export const isFunctionWord = (token: string) => FUNCTION_WORD.test(bare(token))

/** Lowercase words that belong inside a name or a place ("Charles de Gaulle", "Brdo pri Kranju"). */
const NAME_PARTICLE =
  /^(de|da|di|do|du|del|della|der|den|des|dos|das|van|von|ter|zu|la|le|bin|ibn|bint|al|el|y|e|pri|na|nad|pod|am|an|im|sur|upon)$/
const PARTICLE_PREFIX = /^(?:(?:al|el|ad|as|ash|at|az|ibn|bin|abu)-|d['’])\p{Lu}/u

export const bare = (token: string) => token.replace(/^[("'“‘]+|[)"'”’,;:.!?]+$/g, '')

export const isCapitalized = (token: string) => /^\p{Lu}/u.test(bare(token))
/** A token that can be part of a name or a place: capitalised, a particle, "al-Assad" or "d'Estaing". */
export const isNameToken = (token: string) =>
  isCapitalized(token) || NAME_PARTICLE.test(bare(token)) || PARTICLE_PREFIX.test(bare(token))
/** The token closes a sentence ("visit." but not an initial such as "J."). */
export const endsSentence = (token: string) => /[.!?]["”’)]*$/.test(token) && !/^\p{Lu}\.$/u.test(token)

// Lowercase words inside a title or an institution ("Secretary of the", "Death and state funeral").
const JOINS_NAMES = /^(of|and|for|the)$/

const TAG_CACHE_LIMIT = 5_000
const tagCache = new Map<string, string[]>()
/** The tagger's tags for a word in a neutral frame, cached: lists repeat their words. */
function tagsOf(phrase: string): string[] {
  const cached = tagCache.get(phrase)
  if (cached) return cached
  const tags = nlp(phrase).json()[0]?.terms[0]?.tags ?? []
  if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear()
  tagCache.set(phrase, tags)
  return tags
}

/**
 * "Toured", "Met", "Inspected": a past-tense verb, the usual start of a list's details. Asked of a
 * dictionary-backed tagger with the word lowercased in a neutral frame; words it knows as first
 * names ("Ahmed") are not verbs here.
 */
export function isPastTenseVerb(token: string): boolean {
  const word = bare(token)
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false
  return tagsOf(`${word.toLowerCase()} the city`).includes('PastTense') && !tagsOf(word).includes('Person')
}

/**
 * A past-tense verb that opens a clause ("Toured the", "Met with"); one followed by a capitalised
 * word is taken for part of a name ("Polish United Workers' Party").
 */
export function verbOpensClause(words: string[], at: number): boolean {
  const next = words[at + 1]
  return isPastTenseVerb(words[at]!) && (next === undefined || !isCapitalized(next) || isFunctionWord(next))
}

/** "Shanghai": a word the tagger knows as a city, country or region, and not as a person's name. */
export function isPlaceWord(token: string): boolean {
  const word = bare(token)
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false
  const tags = tagsOf(word)
  return tags.includes('Place') && !tags.includes('Person')
}

/**
 * Whether the sentence of a list's details may start at `tokens[at]`: after a full stop, at a
 * function word or a past-tense verb, or at a capitalised word followed by a lowercase one
 * ("State visit.", "Stopover on the way home") — a name or a place is capitalised throughout.
 */
export function startsSentence(tokens: string[], at: number): boolean {
  const token = tokens[at]
  if (token === undefined) return false
  if (at > 0 && endsSentence(tokens[at - 1]!)) return true
  if (!isCapitalized(token)) return !isNameToken(token)
  if (FUNCTION_WORD.test(bare(token)) || isPastTenseVerb(token)) return true
  const next = tokens[at + 1]
  return next !== undefined && !isNameToken(next) && !JOINS_NAMES.test(next) && /^\p{Ll}/u.test(next)
}
