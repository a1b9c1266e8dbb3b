import { LINK_HEALTH, LINK_HEALTH_LABELS } from '@itinera/contracts/link-health'
import { selectOptions } from '@itinera/contracts/domain'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/isStaff'
import { LINK_CHECKS, SOURCES } from '../slugs'

const never = () => false

// Changing a field here needs a migration (pnpm db:migrate:create).
/**
 * The history of a source's link checks, one row per address checked (sources/linkChecks/). An
 * observation, not editorial content: written by the checker alone, read by staff, never public;
 * an editor carries a verdict into the source through review (acceptArchive).
 */
export const LinkChecks: CollectionConfig = {
  slug: LINK_CHECKS,
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['checkedAt', 'source', 'target', 'url', 'health', 'httpStatus', 'error'],
    group: 'Source health',
  },
  access: { read: isStaff, create: never, update: never, delete: never },
  disableDuplicate: true,
  fields: [
    { name: 'source', type: 'relationship', relationTo: SOURCES, required: true, index: true },
    {
      name: 'target',
      type: 'select',
      required: true,
      options: [
        { value: 'url', label: 'Web address' },
        { value: 'archive', label: 'Archived copy' },
      ],
    },
    { name: 'url', type: 'text', required: true },
    {
      name: 'checkedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'health', type: 'select', required: true, options: selectOptions(LINK_HEALTH, LINK_HEALTH_LABELS) },
    { name: 'failures', type: 'number', required: true, admin: { description: 'Failed checks in a row.' } },
    { name: 'failingSince', type: 'date' },
    { name: 'httpStatus', type: 'number', label: 'HTTP status' },
    { name: 'error', type: 'text', admin: { description: 'Why no answer came (DNS, refused, timeout, …).' } },
    { name: 'finalUrl', type: 'text', label: 'Final address' },
    { name: 'redirects', type: 'json', admin: { description: 'Each redirect followed: address and status.' } },
    { name: 'contentType', type: 'text' },
    { name: 'fingerprint', type: 'text', admin: { description: "SHA-256 of the page's normalised text." } },
    { name: 'bytes', type: 'number', admin: { description: 'Bytes read (at most the size cap).' } },
    { name: 'truncated', type: 'checkbox', admin: { description: 'The page was longer than the size cap.' } },
    { name: 'responseMs', type: 'number', label: 'Response time (ms)' },
    {
      name: 'drift',
      type: 'json',
      admin: { description: 'Quotes of citations no longer found in the page: trip, fact, quote.' },
    },
    { name: 'archiveUrl', type: 'text', label: 'Proposed archived copy' },
    { name: 'archiveDate', type: 'date', label: 'Proposed archive date' },
  ],
}
