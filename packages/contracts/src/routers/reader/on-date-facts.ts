import type { Payload } from 'payload'
import { dayOf, nameOnDate, officesOnDate, titleMatchesOffices, type TDateParts, type TPeriodName } from '../../on-date'
import { referenceFactPath } from '../../reference-facts'
import { relationId } from '../../relation-id'
import type { TLooseDoc } from './public-read'
import { findPublic } from './public-read'

interface TPolityRef {
  name: string
  namesByPeriod?: TPeriodName[] | null
}
interface TPersonRef {
  offices?: { id?: string | null; title?: string | null; from?: TDateParts; to?: TDateParts }[] | null
  citations?: { fact?: string | null; source?: number | { id: number } | null }[] | null
}
interface TStopDoc {
  start?: TDateParts
  polity?: TPolityRef | number | null
  meetings?: { person?: TPersonRef | number | null; title?: string | null }[] | null
  alternativePolities?: { polity?: TPolityRef | number | null }[] | null
}

const asObject = <T>(value: T | number | null | undefined): T | null =>
  value && typeof value === 'object' ? value : null

/**
 * The names a stop's countries bore on its date: its polity's, and each polity another source
 * gives instead ("Sources differ: also given as …"), both by `nameOnDate`.
 */
export function stopNamesOnDate<T extends TStopDoc>(stop: T) {
  const day = dayOf(stop.start)
  const nameThen = (value: TPolityRef | number | null | undefined) => {
    const polity = asObject(value)
    return polity ? nameOnDate(polity, day) : null
  }
  return {
    polityNameOnDate: nameThen(stop.polity),
    alternativePolities: (stop.alternativePolities ?? []).map((alternative) => ({
      ...alternative,
      polityNameOnDate: nameThen(alternative.polity),
    })),
  }
}

/** The offices a person held on a day, when a printed title is not one of them (sources differ). */
function differingOffices(person: TPersonRef | null, title: string | null | undefined, day: string | null) {
  if (!person || !title || !day) return null
  const held = officesOnDate(Array.isArray(person.offices) ? person.offices : [], day)
  if (!held.length || titleMatchesOffices(title, held)) return null
  return held.map((office) => ({
    title: office.title ?? '',
    sourceIds: (person.citations ?? [])
      .filter((citation) => citation.fact === referenceFactPath.office(office.id ?? ''))
      .flatMap((citation) => {
        const id = relationId(citation.source)
        return id == null ? [] : [id]
      }),
  }))
}

/** The titles of the approved sources among `ids` (those a contradicting title's offices were read in). */
export type TSourceTitles = (ids: number[]) => Promise<Map<number, string>>

/** `TSourceTitles` read through Payload as an anonymous reader (nothing read when there are no ids). */
export const publicSourceTitles =
  (payload: Payload): TSourceTitles =>
  async (ids) => {
    const { docs } = ids.length
      ? await findPublic<{ title: string }>(payload, 'sources', {
          where: { id: { in: ids } },
          limit: ids.length,
          depth: 0,
          select: { title: true },
        })
      : { docs: [] }
    return new Map(docs.map((source) => [source.id, source.title]))
  }

/**
 * A trip document (populated one level) with its reference facts as they stood on each stop's
 * date: the name each polity bore then, and for a title printed by a source that our dated
 * offices contradict, the offices held that day with the (public) sources they were read in.
 */
export async function withFactsOnDate(docs: TLooseDoc[], sourceTitles: TSourceTitles): Promise<TLooseDoc[]> {
  const stopsOf = (doc: TLooseDoc) => (Array.isArray(doc.stops) ? (doc.stops as TStopDoc[]) : [])
  const differing = docs.map((doc) =>
    stopsOf(doc).map((stop) =>
      (stop.meetings ?? []).map((meeting) =>
        differingOffices(asObject(meeting.person), meeting.title, dayOf(stop.start)),
      ),
    ),
  )
  const ids = [
    ...new Set(
      differing.flatMap((stops) =>
        stops.flatMap((meetings) =>
          meetings.flatMap((offices) => (offices ?? []).flatMap((office) => office.sourceIds)),
        ),
      ),
    ),
  ]
  const titles = await sourceTitles(ids)
  return docs.map((doc, docIndex) => ({
    ...doc,
    stops: stopsOf(doc).map((stop, stopIndex) => {
      return {
        ...stop,
        ...stopNamesOnDate(stop),
        meetings: (stop.meetings ?? []).map((meeting, meetingIndex) => ({
          ...meeting,
          officesOnDate:
            differing[docIndex]![stopIndex]![meetingIndex]?.map((office) => ({
              title: office.title,
              sources: office.sourceIds.flatMap((id) => (titles.has(id) ? [{ id, title: titles.get(id)! }] : [])),
            })) ?? null,
        })),
      }
    }),
  }))
}
