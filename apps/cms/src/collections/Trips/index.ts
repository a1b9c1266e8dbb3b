import { CERTAINTIES, CERTAINTY_DESCRIPTIONS, TRANSPORT_MODES, TRIP_KINDS } from '@itinera/contracts/domain'
import { factPath, parseFactPath } from '@itinera/contracts/trip-facts'
import { QUALITY_SEVERITIES } from '@itinera/contracts/trip-quality'
import { sourceHealthWarnings } from './hooks/sourceHealthWarnings'
import type { CollectionConfig, Field } from 'payload'
import { isStaffField } from '../../access/isStaff'
import { citationsField, validateCitedFact } from '../../fields/citations'
import { citeFactsField, factCitationsField } from '../../fields/factCitations'
import { partialDateField } from '../../fields/partialDate'
import { slugField } from '../../fields/slug'
import { LEADERS, PEOPLE, PLACES, POLITIES, TRIPS } from '../../slugs'
import { reviewedCollection } from '../../workflow/reviewedCollection'
import { workflowFields } from '../../workflow/workflowFields'
import { checkDataQuality } from './hooks/checkDataQuality'
import { citationsFollowDuplicatedStops, noteDuplicatedStops } from './hooks/citationsFollowDuplicatedStops'
import { deriveTripSpan } from './hooks/deriveTripSpan'
import { revalidateAfterChange, revalidateBeforeDelete } from '../../revalidation/revalidateReader'

const FACT_PATH_EXAMPLES = [
  factPath.certainty(),
  factPath.stopDates('<stop id>'),
  factPath.meeting('<stop id>', '<meeting id>'),
].join(', ')

const validateFact = validateCitedFact(TRIPS, (value) =>
  parseFactPath(value) ? ': it has no such stop or row' : `, nor any fact's path (e.g. ${FACT_PATH_EXAMPLES})`,
)

// Changing a field here needs a migration (pnpm db:migrate:create).
/** A journey of one leader: ordered stops, each fact with its citations. */
/** One data-quality issue as the admin lists it (stored issues and source-health warnings alike). */
const issueFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'severity', type: 'select', options: [...QUALITY_SEVERITIES], admin: { width: '15%' } },
      { name: 'message', type: 'text', admin: { width: '60%' } },
      { name: 'code', type: 'text', admin: { width: '25%' } },
    ],
  },
  { name: 'fact', type: 'text', admin: { hidden: true } },
]

export const Trips: CollectionConfig = {
  ...reviewedCollection(TRIPS, ['title', 'leader', 'startsOn', 'certainty', 'reviewState'], {
    beforeValidate: [citationsFollowDuplicatedStops],
    beforeChange: [deriveTripSpan, checkDataQuality],
    afterChange: [revalidateAfterChange],
    beforeDelete: [revalidateBeforeDelete],
  }),
  fields: [
    {
      name: 'sourceHealth',
      type: 'array',
      label: 'Source health',
      virtual: true,
      access: { read: isStaffField, create: () => false, update: () => false },
      hooks: { afterRead: [sourceHealthWarnings] },
      admin: {
        readOnly: true,
        // Listed with the quality issues, one list (QualityIssues).
        components: { Field: '/components/QualityIssues#ListedWithQualityIssues' },
        description: "From the cited sources' latest link checks (Source health): warnings, never blocking.",
        condition: (data) => Boolean(data?.sourceHealth?.length),
      },
      fields: issueFields,
    },
    {
      name: 'qualityIssues',
      type: 'array',
      label: 'Data quality',
      access: { read: isStaffField },
      admin: {
        readOnly: true,
        components: { Field: '/components/QualityIssues#QualityIssues' },
        description: 'Checked on every save. Errors block approval; warnings stay visible to reviewers.',
        condition: (data) => Boolean(data?.qualityIssues?.length || data?.sourceHealth?.length),
      },
      fields: issueFields,
    },
    {
      name: 'importWarnings',
      type: 'array',
      label: 'Import notes',
      access: { read: isStaffField },
      admin: {
        initCollapsed: false,
        description:
          'What the importer could not be sure of, by line of the imported list. Remove a note once checked.',
        condition: (data) => Boolean(data?.importWarnings?.length),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'line', type: 'number', admin: { width: '10%' } },
            { name: 'code', type: 'text', maxLength: 60, admin: { width: '25%' } },
            { name: 'message', type: 'text', required: true, maxLength: 1000, admin: { width: '65%' } },
          ],
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'e.g. "State visit to the Soviet Union"' },
    },
    slugField('1949-03-soviet-union', { Field: '/components/TripSlugField#TripSlugField' }),
    { name: 'leader', type: 'relationship', relationTo: LEADERS, required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', options: [...TRIP_KINDS], admin: { width: '33%' } },
        {
          name: 'certainty',
          type: 'select',
          required: true,
          defaultValue: 'confirmed',
          options: [...CERTAINTIES],
          admin: { width: '33%', description: `${CERTAINTY_DESCRIPTIONS.rumored}; ${CERTAINTY_DESCRIPTIONS.refuted}.` },
        },
        { name: 'transport', type: 'select', hasMany: true, options: [...TRANSPORT_MODES], admin: { width: '33%' } },
      ],
    },
    factCitationsField('certainty'),
    { name: 'summary', type: 'textarea', maxLength: 5000, admin: { description: 'In our own words.' } },
    partialDateField({
      name: 'announcedOn',
      label: 'Announced on',
      description: 'For secret trips made public later.',
    }),
    {
      name: 'stops',
      type: 'array',
      labels: { singular: 'Stop', plural: 'Stops' },
      hooks: { beforeDuplicate: [noteDuplicatedStops] },
      fields: [
        { name: 'polity', type: 'relationship', relationTo: POLITIES },
        factCitationsField('polity'),
        { name: 'places', type: 'relationship', relationTo: PLACES, hasMany: true },
        factCitationsField('places'),
        {
          type: 'row',
          fields: [
            partialDateField({ name: 'start', label: 'From', required: true }),
            partialDateField({ name: 'end', label: 'To', description: 'Empty for a one-day stop.' }),
          ],
        },
        factCitationsField('dates'),
        { name: 'startSort', type: 'date', index: true, admin: { hidden: true } },
        { name: 'endSort', type: 'date', admin: { hidden: true } },
        {
          name: 'meetings',
          type: 'array',
          fields: [
            { name: 'person', type: 'relationship', relationTo: PEOPLE, required: true },
            {
              name: 'title',
              type: 'text',
              maxLength: 300,
              admin: { description: 'The title they held at the time, as the source gives it.' },
            },
            factCitationsField('meetings'),
          ],
        },
        {
          name: 'details',
          type: 'array',
          fields: [{ name: 'text', type: 'textarea', required: true, maxLength: 5000 }, factCitationsField('details')],
        },
        {
          name: 'alternativeDates',
          type: 'array',
          labels: { singular: 'Other dates given', plural: 'Other dates given' },
          admin: {
            description: 'Other dates a source gives for this stop ("sources differ"); the dates above are preferred.',
          },
          fields: [
            partialDateField({ name: 'start', label: 'From', required: true }),
            partialDateField({ name: 'end', label: 'To' }),
            { name: 'note', type: 'textarea', maxLength: 2000 },
            factCitationsField('alternativeDates'),
          ],
        },
        {
          name: 'alternativePolities',
          type: 'array',
          labels: { singular: 'Other country given', plural: 'Other countries given' },
          admin: {
            description:
              'Another country a source names for this stop ("sources differ"); the country above is preferred.',
          },
          fields: [
            { name: 'polity', type: 'relationship', relationTo: POLITIES, required: true },
            { name: 'note', type: 'textarea', maxLength: 2000 },
            factCitationsField('alternativePolities'),
          ],
        },
      ],
    },
    citeFactsField,
    citationsField({
      validateFact,
      description: 'Each fact above needs at least one citation before it can be approved.',
    }),
    // Sortable first and last days, derived from the stops' partial dates (deriveTripSpan): not
    // shown in the form, where they would read as timestamps; the list's Dates column shows the
    // span at its precision and sorts by the first day.
    {
      name: 'startsOn',
      type: 'date',
      index: true,
      label: 'Dates',
      admin: {
        readOnly: true,
        condition: () => false,
        components: { Cell: '/components/TripDatesCell#TripDatesCell' },
      },
    },
    { name: 'endsOn', type: 'date', admin: { readOnly: true, condition: () => false } },
    ...workflowFields,
  ],
}
