import {
  selectOptions,
  SOURCE_CLASS_LABELS,
  SOURCE_CLASSES,
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
  URL_STATUSES,
} from '@itinera/contracts/domain'
import { isValidDoi, isValidIsbn, isWebUrl } from '@itinera/contracts/identifiers'
import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { partialDateField } from '../../fields/partialDate'
import { SOURCES } from '../../slugs'
import { reviewedCollection } from '../../workflow/reviewedCollection'
import { workflowFields } from '../../workflow/workflowFields'
import { refuseDeletingCitedSource } from './hooks/refuseDeletingCitedSource'
import { revalidateAfterChange, revalidateBeforeDelete } from '../../revalidation/revalidateReader'

const optional =
  (check: (value: string) => boolean, message: string): TextFieldSingleValidation =>
  (value) =>
    !value || check(value) || message

// Changing a field here needs a migration (pnpm db:migrate:create).
export const Sources: CollectionConfig = {
  ...reviewedCollection(SOURCES, ['title', 'kind', 'sourceClass', 'reviewState', 'updatedAt'], {
    beforeDelete: [refuseDeletingCitedSource, revalidateBeforeDelete],
    afterChange: [revalidateAfterChange],
  }),
  fields: [
    { name: 'kind', type: 'select', required: true, options: selectOptions(SOURCE_KINDS, SOURCE_KIND_LABELS) },
    {
      name: 'sourceClass',
      type: 'select',
      required: true,
      options: selectOptions(SOURCE_CLASSES, SOURCE_CLASS_LABELS),
      admin: { description: 'Tertiary (Wikipedia-class) sources alone never suffice for a fact.' },
    },
    { name: 'title', type: 'text', required: true, maxLength: 1000 },
    {
      name: 'authors',
      type: 'array',
      admin: { initCollapsed: true },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 300 }],
    },
    partialDateField({ name: 'date', label: 'Date' }),
    { name: 'publisher', type: 'text', maxLength: 300, admin: { description: 'Publisher, outlet or issuing office.' } },
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
    { name: 'language', type: 'text', maxLength: 35, admin: { description: 'BCP 47, e.g. ru, ko, zh-Hans, en' } },
    { name: 'translator', type: 'text', maxLength: 300 },
    {
      type: 'collapsible',
      label: 'Where to find it',
      fields: [
        {
          name: 'url',
          type: 'text',
          maxLength: 2000,
          validate: optional(isWebUrl, 'An http(s) address, e.g. https://…'),
        },
        {
          name: 'urlStatus',
          type: 'select',
          defaultValue: 'live',
          options: [...URL_STATUSES],
          admin: { description: 'dead: gone; unfit: now shows something else; usurped: taken over by another site.' },
        },
        {
          name: 'archiveUrl',
          type: 'text',
          maxLength: 2000,
          validate: optional(isWebUrl, 'An http(s) address, e.g. https://web.archive.org/…'),
        },
        { name: 'archiveDate', type: 'date' },
        { name: 'accessDate', type: 'date' },
        {
          name: 'repository',
          type: 'text',
          maxLength: 300,
          admin: { description: 'e.g. "Wilson Center Digital Archive", "AVPRF"' },
        },
        { name: 'archiveCollection', type: 'text', maxLength: 300 },
        { name: 'obtainedBy', type: 'text', maxLength: 300 },
      ],
    },
    {
      name: 'identifiers',
      type: 'group',
      fields: [
        {
          name: 'isbn',
          type: 'text',
          maxLength: 20,
          validate: optional(isValidIsbn, 'Not a valid ISBN-10 or ISBN-13 (check digit)'),
        },
        { name: 'doi', type: 'text', maxLength: 200, validate: optional(isValidDoi, 'A DOI looks like 10.1234/…') },
        {
          name: 'callNumber',
          type: 'text',
          maxLength: 300,
          admin: { description: 'e.g. "AVPRF F. 0102, Op. 13, P. 72, Delo 5"' },
        },
        { name: 'recordId', type: 'text', maxLength: 300, admin: { description: "The repository's own record ID." } },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 5000, admin: { description: 'In our own words.' } },
    { name: 'rights', type: 'textarea', maxLength: 2000 },
    ...workflowFields,
  ],
}
