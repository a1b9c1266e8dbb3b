import { sql } from '@payloadcms/db-postgres'
import type { Payload, TypedUser, Where } from 'payload'
import { rawSql } from '../../rawSql'
import { SOURCES } from '../../slugs'
import { sourcePickerHit, type TPickedSourceDoc, type TSourcePickerHit } from './sourcePickerHit'

/** Words of a query matched, each against any of the fields below; more are ignored. */
const MAX_WORDS = 6
/** How many of one's latest trip versions tell which sources one cited lately. */
const RECENT_VERSIONS = 50

const TEXT_FIELDS = [
  'title',
  'authors.name',
  'publisher',
  'repository',
  'identifiers.isbn',
  'identifiers.doi',
  'identifiers.callNumber',
  'identifiers.recordId',
]

const SELECT = {
  title: true,
  kind: true,
  reviewState: true,
  _status: true,
  authors: true,
  date: true,
  publisher: true,
  repository: true,
  identifiers: true,
} as const

/** One word: in any text field, or a year, or a record id ("#12" or "12"). */
function wordMatches(word: string): Where {
  const or: Where[] = TEXT_FIELDS.map((field) => ({ [field]: { like: word } }))
  if (/^\d{4}$/.test(word)) or.push({ 'date.year': { equals: Number(word) } })
  const id = /^#?(\d{1,9})$/.exec(word)?.[1]
  if (id) or.push({ id: { equals: Number(id) } })
  return { or }
}

/** The sources cited in the latest trip versions `user` edited, most recent first. */
async function recentlyCitedBy(payload: Payload, user: TypedUser): Promise<number[]> {
  const rows = await rawSql<{ source_id: number }>(
    payload,
    sql`
    WITH mine AS (
      SELECT v.id, v.updated_at FROM _trips_v v
      JOIN _trips_v_rels r ON r.parent_id = v.id AND r.path = 'version.editedBy' AND r.users_id = ${user.id}
      ORDER BY v.updated_at DESC LIMIT ${RECENT_VERSIONS}
    )
    SELECT c.source_id FROM _trips_v_version_citations c JOIN mine ON mine.id = c._parent_id
    WHERE c.source_id IS NOT NULL
    GROUP BY c.source_id ORDER BY max(mine.updated_at) DESC, c.source_id`,
  )
  return rows.map((row) => row.source_id)
}

/**
 * Sources for the citation picker: every word of `q` found in the title, an author, the
 * publisher or repository, an identifier (ISBN, DOI, call number, record id), the year or the
 * record's id; those `user` cited lately first. Read as `user` sees them, drafts included (citing
 * one is allowed; approval waits for it). Without `q`, the recent ones.
 */
export async function findSourcesForPicker(
  payload: Payload,
  user: TypedUser,
  { q, limit }: { q: string; limit: number },
): Promise<TSourcePickerHit[]> {
  const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS)
  const recent = await recentlyCitedBy(payload, user)
  const find = async (where: Where, max: number) =>
    max <= 0
      ? []
      : ((
          await payload.find({
            collection: SOURCES,
            where,
            select: SELECT,
            sort: 'title',
            depth: 0,
            limit: max,
            pagination: false,
            overrideAccess: false,
            user,
          })
        ).docs as unknown as TPickedSourceDoc[])
  const matching: Where[] = words.map(wordMatches)
  const recentHits = recent.length
    ? (await find({ and: [...matching, { id: { in: recent } }] }, limit)).sort(
        (a, b) => recent.indexOf(a.id) - recent.indexOf(b.id),
      )
    : []
  const others =
    words.length || !recentHits.length
      ? await find(
          { and: [...matching, ...(recentHits.length ? [{ id: { not_in: recentHits.map((doc) => doc.id) } }] : [])] },
          limit - recentHits.length,
        )
      : []
  return [...recentHits.map((doc) => sourcePickerHit(doc, true)), ...others.map((doc) => sourcePickerHit(doc, false))]
}

/** One source by id, as the picker shows the value a citation holds. */
export async function sourceForPicker(payload: Payload, user: TypedUser, id: number): Promise<TSourcePickerHit | null> {
  const [doc] = (
    await payload.find({
      collection: SOURCES,
      where: { id: { equals: id } },
      select: SELECT,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
      user,
    })
  ).docs as unknown as TPickedSourceDoc[]
  return doc ? sourcePickerHit(doc, false) : null
}
