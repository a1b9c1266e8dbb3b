import {
  selectOptions,
  SOURCE_CLASS_LABELS,
  SOURCE_CLASSES,
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
  URL_STATUSES,
  type TSourceKind,
} from '@itinera/contracts/domain'
import { isValidDoi, isValidIsbn, isWebUrl } from '@itinera/contracts/identifiers'
import { ARCHIVAL_KINDS, DOI_KINDS, ISBN_KINDS } from '@itinera/contracts/source-fields'
import type { CollectionConfig, Condition, TextFieldSingleValidation } from 'payload'
import type { Source } from '../../payload-types'
import { partialDateField } from '../../fields/partialDate'
import { SOURCES } from '../../slugs'
import { reviewedCollection } from '../../workflow/reviewedCollection'
import { workflowFields } from '../../workflow/workflowFields'
import { refuseDeletingCitedSource } from './hooks/refuseDeletingCitedSource'
import { revalidateAfterChange, revalidateBeforeDelete } from '../../revalidation/revalidateReader'
import { sourceAutofillEndpoint } from '../../sources/autofill/autofillEndpoint'
import { acceptArchiveEndpoint } from '../../sources/linkChecks/acceptArchiveEndpoint'
import { deleteLinkChecks } from '../../sources/linkChecks/deleteLinkChecks'
import { queueLinkCheck } from '../../sources/linkChecks/queueLinkCheck'

const optional =
  (check: (value: string) => boolean, message: string): TextFieldSingleValidation =>
  (value) =>
    !value || check(value) || message

const reviewedSources = reviewedCollection(SOURCES, ['title', 'kind', 'sourceClass', 'reviewState', 'updatedAt'], {
  beforeDelete: [refuseDeletingCitedSource, deleteLinkChecks, revalidateBeforeDelete],
  afterChange: [revalidateAfterChange, queueLinkCheck],
})

// Which fields a kind shows: a field that holds a value is shown whatever the kind, so nothing is hidden away.
const shownFor =
  (kinds: ReadonlySet<TSourceKind>, field: string): Condition =>
  (data, siblingData) =>
    kinds.has(data?.kind as TSourceKind) || Boolean((siblingData as Record<string, unknown> | undefined)?.[field])
const notArchival: Condition = (data, siblingData) =>
  !ARCHIVAL_KINDS.has(data?.kind as TSourceKind) || Boolean(siblingData?.publisher)
const IDENTIFIED_KINDS = new Set([...ISBN_KINDS, ...DOI_KINDS, ...ARCHIVAL_KINDS])

// Changing a field here needs a migration (pnpm db:migrate:create); moving or relabelling one does not.
// The order is the order a citation reads in: a book's authors, title, publisher, year, ISBN; an
// archival record's repository, collection, call number, record id, translator, and who obtained it.
export const Sources: CollectionConfig = {
  ...reviewedSources,
  endpoints: [...reviewedSources.endpoints, sourceAutofillEndpoint, acceptArchiveEndpoint],
  fields: [
    {
      name: 'fillFromIdentifier',
      type: 'ui',
      admin: { components: { Field: '/components/SourceAutofill#SourceAutofill' } },
    },
    { name: 'kind', type: 'select', required: true, options: selectOptions(SOURCE_KINDS, SOURCE_KIND_LABELS) },
    {
      name: 'sourceClass',
      type: 'select',
      label: 'Source class',
      required: true,
      options: selectOptions(SOURCE_CLASSES, SOURCE_CLASS_LABELS),
      admin: { description: 'Tertiary (Wikipedia-class) sources alone never suffice for a fact.' },
    },
    {
      name: 'authors',
      type: 'array',
      labels: { singular: 'Author', plural: 'Authors' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 300 }],
    },
    { name: 'title', type: 'text', required: true, maxLength: 1000 },
    {
      name: 'publisher',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Publisher, outlet or issuing office.', condition: notArchival },
    },
    partialDateField({ name: 'date', label: 'Date' }),
    {
      type: 'collapsible',
      label: 'Where it appeared',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'series',
          type: 'text',
          maxLength: 300,
          admin: { description: 'A numbered series, e.g. "NKIDP Working Paper #7", "Korea Today No. 33".' },
        },
        {
          name: 'publishedIn',
          type: 'text',
          maxLength: 500,
          admin: { description: 'The journal or book it is part of, e.g. "Journal of Southern African Studies".' },
        },
        {
          type: 'row',
          fields: [
            { name: 'volume', type: 'text', maxLength: 50 },
            { name: 'issue', type: 'text', maxLength: 50 },
            { name: 'pages', type: 'text', maxLength: 50, admin: { description: 'Pages or leaves, e.g. 8–9.' } },
            { name: 'place', type: 'text', maxLength: 200, admin: { description: 'Place of publication.' } },
          ],
        },
      ],
    },
    {
      name: 'repository',
      type: 'text',
      maxLength: 300,
      admin: {
        description: 'e.g. "Wilson Center Digital Archive", "AVPRF"',
        condition: shownFor(ARCHIVAL_KINDS, 'repository'),
      },
    },
    {
      name: 'archiveCollection',
      type: 'text',
      label: 'Collection',
      maxLength: 300,
      admin: { condition: shownFor(ARCHIVAL_KINDS, 'archiveCollection') },
    },
    {
      name: 'identifiers',
      type: 'group',
      label: 'Identifiers',
      admin: {
        condition: (data) =>
          IDENTIFIED_KINDS.has(data?.kind as TSourceKind) ||
          Object.values((data?.identifiers ?? {}) as Record<string, unknown>).some(Boolean),
      },
      fields: [
        {
          name: 'isbn',
          type: 'text',
          label: 'ISBN',
          maxLength: 20,
          validate: optional(isValidIsbn, 'Not a valid ISBN-10 or ISBN-13 (check digit)'),
          admin: { condition: shownFor(ISBN_KINDS, 'isbn') },
        },
        {
          name: 'doi',
          type: 'text',
          label: 'DOI',
          maxLength: 200,
          validate: optional(isValidDoi, 'A DOI looks like 10.1234/…'),
          admin: { condition: shownFor(DOI_KINDS, 'doi') },
        },
        {
          name: 'callNumber',
          type: 'text',
          label: 'Call number',
          maxLength: 300,
          admin: {
            description: 'e.g. "AVPRF F. 0102, Op. 13, P. 72, Delo 5"',
            condition: shownFor(ARCHIVAL_KINDS, 'callNumber'),
          },
        },
        {
          name: 'recordId',
          type: 'text',
          label: 'Record ID',
          maxLength: 300,
          admin: {
            description: "The repository's own record ID.",
            condition: shownFor(ARCHIVAL_KINDS, 'recordId'),
          },
        },
      ],
    },
    { name: 'translator', type: 'text', maxLength: 300 },
    {
      name: 'obtainedBy',
      type: 'text',
      label: 'Obtained by',
      maxLength: 300,
      admin: { condition: shownFor(ARCHIVAL_KINDS, 'obtainedBy') },
    },
    { name: 'language', type: 'text', maxLength: 35, admin: { description: 'BCP 47, e.g. ru, ko, zh-Hans, en' } },
    {
      type: 'collapsible',
      label: 'Online',
      fields: [
        {
          name: 'url',
          type: 'text',
          label: 'Web address (URL)',
          maxLength: 2000,
          validate: optional(isWebUrl, 'An http(s) address, e.g. https://…'),
        },
        {
          name: 'urlStatus',
          type: 'select',
          label: 'Address status',
          options: [...URL_STATUSES],
          // No address, no status: nothing is "live" that was never there.
          validate: (value: unknown, { siblingData }: { siblingData: Partial<Source> }) =>
            !value || Boolean(siblingData.url) || 'A status needs a web address',
          admin: {
            description:
              'dead: gone; unfit: now shows something else; usurped: taken over by another site. The link checks propose it (Source health).',
          },
        },
        {
          name: 'archiveUrl',
          type: 'text',
          label: 'Archived copy (URL)',
          maxLength: 2000,
          validate: optional(isWebUrl, 'An http(s) address, e.g. https://web.archive.org/…'),
        },
        { name: 'archiveDate', type: 'date', label: 'Archived on' },
        { name: 'accessDate', type: 'date', label: 'Accessed on' },
        {
          name: 'linkChecks',
          type: 'ui',
          admin: { components: { Field: '/components/SourceLinkHealth#SourceLinkHealth' } },
        },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 5000, admin: { description: 'In our own words.' } },
    { name: 'rights', type: 'textarea', maxLength: 2000 },
    ...workflowFields,
  ],
}
