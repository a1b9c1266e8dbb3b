import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  CERTAINTIES,
  PLACE_KINDS,
  REVIEWED_COLLECTIONS,
  SOURCE_CLASSES,
  SOURCE_KINDS,
  TRANSPORT_MODES,
  TRIP_KINDS,
  URL_STATUSES,
} from '@itinera/contracts/domain'
import { QUALITY_SEVERITIES } from '@itinera/contracts/trip-quality'
import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { Places } from './Places'
import { ReviewEvents } from './ReviewEvents'
import { Sources } from './Sources'
import { Trips } from './Trips'

/** Each select field backed by a domain list, with the PostgreSQL enum Payload made of it. */
const DOMAIN_SELECTS = [
  { collection: Trips, field: 'kind', values: TRIP_KINDS, dbEnum: 'enum_trips_kind' },
  { collection: Trips, field: 'certainty', values: CERTAINTIES, dbEnum: 'enum_trips_certainty' },
  { collection: Trips, field: 'transport', values: TRANSPORT_MODES, dbEnum: 'enum_trips_transport' },
  {
    collection: Trips,
    field: 'qualityIssues.severity',
    values: QUALITY_SEVERITIES,
    dbEnum: 'enum_trips_quality_issues_severity',
  },
  { collection: Sources, field: 'kind', values: SOURCE_KINDS, dbEnum: 'enum_sources_kind' },
  { collection: Sources, field: 'sourceClass', values: SOURCE_CLASSES, dbEnum: 'enum_sources_source_class' },
  { collection: Sources, field: 'urlStatus', values: URL_STATUSES, dbEnum: 'enum_sources_url_status' },
  {
    collection: ReviewEvents,
    field: 'collection',
    values: REVIEWED_COLLECTIONS,
    dbEnum: 'enum_review_events_collection',
  },
  { collection: Places, field: 'kind', values: PLACE_KINDS, dbEnum: 'enum_places_kind' },
]

/** A data field by its dotted path (array fields name a level), looking inside rows and collapsibles, which hold no data. */
function findField(fields: Field[], [name, ...rest]: string[]): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name)
      return rest.length ? (field.type === 'array' ? findField(field.fields, rest) : undefined) : field
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = findField(field.fields, [name!, ...rest])
      if (found) return found
    }
  }
  return undefined
}

const optionValues = (collection: CollectionConfig, name: string) => {
  const field = findField(collection.fields, name.split('.'))
  if (field?.type !== 'select') throw new Error(`${collection.slug}.${name} is not a select field`)
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

/** The enums of the schema as the latest migration left it (Drizzle's snapshot beside each migration). */
function migratedEnums(): Record<string, string[]> {
  const dir = path.resolve(import.meta.dirname, '../migrations')
  const latest = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  if (!latest) throw new Error(`no migration snapshot in ${dir}`)
  const snapshot = JSON.parse(readFileSync(path.join(dir, latest), 'utf8')) as {
    enums: Record<string, { values: string[] }>
  }
  return Object.fromEntries(
    Object.entries(snapshot.enums).map(([name, { values }]) => [name.replace(/^public\./, ''), values]),
  )
}

describe('domain lists in the CMS', () => {
  it.each(DOMAIN_SELECTS.map((select) => [`${select.collection.slug}.${select.field}`, select] as const))(
    'should offer in %s exactly the values of its contracts list',
    (_, { collection, field, values }) => {
      expect(optionValues(collection, field)).toEqual([...values])
    },
  )

  it('should store each list as the enum the migrations created, in the same order', () => {
    const enums = migratedEnums()
    expect(Object.keys(enums).length).toBeGreaterThan(DOMAIN_SELECTS.length)
    for (const { dbEnum, values } of DOMAIN_SELECTS) expect(enums[dbEnum], dbEnum).toEqual([...values])
  })
})
