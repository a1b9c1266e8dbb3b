import type { TReferenceCollection, TReviewedCollection } from './domain'
import { tripFacts, type TTripFact, type TTripFactsSource } from './trip-facts'

/**
 * The facts of a reference record a reader relies on, each addressed by a path a citation names
 * (office rows by their stable row ID, so a citation keeps its office when offices are reordered):
 *   name                                   every record
 *   offices.<office>                       leaders, people: an office with its dates
 *   officialName · validity · predecessors · successors   polities (validity: existed from/until)
 *   namesByPeriod.<row>                    polities: an official name with its period
 *   polity · coordinates                   places
 * Only `referenceFactPath` writes these paths; a record has a fact only once its field is filled.
 */
export const referenceFactPath = {
  name: () => 'name',
  office: (rowId: string) => `offices.${rowId}`,
  officialName: () => 'officialName',
  periodName: (rowId: string) => `namesByPeriod.${rowId}`,
  validity: () => 'validity',
  predecessors: () => 'predecessors',
  successors: () => 'successors',
  polity: () => 'polity',
  coordinates: () => 'coordinates',
}

type TDate = { year?: number | null } | null | undefined

export interface TReferenceFactsSource {
  offices?: { id?: string | null; title?: string | null }[] | null
  officialName?: string | null
  namesByPeriod?: { id?: string | null; name?: string | null }[] | null
  validFrom?: TDate
  validTo?: TDate
  predecessors?: unknown[] | null
  successors?: unknown[] | null
  polity?: unknown
  latitude?: number | null
  longitude?: number | null
}

// Form state (the admin's) holds an empty array field as its row count, not as [].
const rowsOf = <T>(value: T[] | null | undefined): T[] => (Array.isArray(value) ? value : [])
const hasYear = (date: TDate) => date?.year != null

/** The citable facts of a reference record, as they stand in `record`. */
export function referenceFacts(collection: TReferenceCollection, record: TReferenceFactsSource): TTripFact[] {
  const facts: TTripFact[] = [{ path: referenceFactPath.name(), label: 'Name' }]
  const add = (present: boolean, path: string, label: string) => present && facts.push({ path, label })
  switch (collection) {
    case 'leaders':
    case 'people':
      rowsOf(record.offices).forEach((office, index) =>
        add(
          Boolean(office.id),
          referenceFactPath.office(office.id ?? ''),
          `Office ${index + 1}: ${office.title ?? ''}`,
        ),
      )
      break
    case 'polities':
      add(Boolean(record.officialName), referenceFactPath.officialName(), 'Official name')
      rowsOf(record.namesByPeriod).forEach((period, index) =>
        add(
          Boolean(period.id),
          referenceFactPath.periodName(period.id ?? ''),
          `Name ${index + 1}: ${period.name ?? ''}`,
        ),
      )
      add(hasYear(record.validFrom) || hasYear(record.validTo), referenceFactPath.validity(), 'Existed from/until')
      add(rowsOf(record.predecessors).length > 0, referenceFactPath.predecessors(), 'Predecessors')
      add(rowsOf(record.successors).length > 0, referenceFactPath.successors(), 'Successors')
      break
    case 'places':
      add(record.polity != null, referenceFactPath.polity(), 'Country')
      add(record.latitude != null && record.longitude != null, referenceFactPath.coordinates(), 'Coordinates')
      break
  }
  return facts
}

/** The facts a record of a reviewed collection can cite: a trip's, a reference record's; a source has none. */
export function citableFacts(collection: TReviewedCollection, record: object): TTripFact[] {
  if (collection === 'trips') return tripFacts(record as TTripFactsSource)
  if (collection === 'sources') return []
  return referenceFacts(collection, record as TReferenceFactsSource)
}
