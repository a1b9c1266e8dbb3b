import { citableFacts } from '@itinera/contracts/reference-facts'
import { REVIEWED_RECORD, type TReferenceCollection, type TReviewedCollection } from '@itinera/contracts/domain'
import type { ArrayField, TextFieldSingleValidation } from 'payload'
import { SOURCES } from '../slugs'

/**
 * A citation must name a fact the record has now (one of a removed office row is refused);
 * `hint` says what to write instead, by default the record's facts.
 */
export const validateCitedFact =
  (
    collection: TReviewedCollection,
    hint: (value: string, facts: string[]) => string = (_, facts) => `: its facts are ${facts.join(', ')}`,
  ): TextFieldSingleValidation =>
  (value, { data }) => {
    const facts = citableFacts(collection, data ?? {}).map((fact) => fact.path)
    return (
      facts.includes(value ?? '') ||
      `"${value}" is not a fact of this ${REVIEWED_RECORD[collection].noun}${hint(value ?? '', facts)}`
    )
  }

/**
 * Where each fact of a record was read: the fact's path, the source, where in it, the words
 * and their translation. One model for trips and reference data alike.
 */
export function citationsField({
  validateFact,
  description,
}: {
  validateFact: TextFieldSingleValidation
  description: string
}): ArrayField {
  return {
    name: 'citations',
    type: 'array',
    // A numbered list, a row's fields mounted only while it is open (CitationsField): a tour cites
    // over a hundred times. Rows read as "Stop 2: dates — Ciphered telegram, p. 4".
    admin: {
      description,
      components: { Field: '/components/cite/CitationsField#CitationsField' },
    },
    fields: [
      {
        name: 'fact',
        type: 'text',
        required: true,
        index: true,
        validate: validateFact,
        // Picked and compared by name: "Stop 2 (North Vietnam): dates", never the stored path.
        admin: {
          components: { Field: '/components/FactSelect#FactSelect', Diff: '/components/cite/FactDiff#FactDiff' },
        },
      },
      {
        name: 'source',
        type: 'relationship',
        relationTo: SOURCES,
        required: true,
        index: true,
        admin: { components: { Field: '/components/SourcePicker#SourcePicker' } },
      },
      {
        name: 'locator',
        type: 'group',
        label: 'Where in the source',
        // Written as one field ("pp. 39–42, n. 4"), stored in its parts.
        admin: { components: { Field: '/components/cite/LocatorField#LocatorField' } },
        fields: [
          { name: 'page', type: 'text', maxLength: 50 },
          { name: 'folio', type: 'text', maxLength: 50 },
          { name: 'paragraph', type: 'text', maxLength: 50 },
          { name: 'footnote', type: 'text', maxLength: 50 },
        ],
      },
      { name: 'quote', type: 'textarea', maxLength: 5000, admin: { description: 'In the original language.' } },
      { name: 'quoteLanguage', type: 'text', maxLength: 35 },
      { name: 'translation', type: 'textarea', maxLength: 5000 },
      { name: 'note', type: 'textarea', maxLength: 2000 },
      // The reviewer's "checked against the source" mark: stored apart (CitationChecks), never in the record.
      {
        name: 'checkedAgainstSource',
        type: 'ui',
        admin: { components: { Field: '/components/CitationCheck#CitationCheck' } },
      },
    ],
  }
}

/** Reference data's citations: checked like a trip's (facts must exist, sources be approved), not required. */
export const referenceCitationsField = (collection: TReferenceCollection) =>
  citationsField({
    validateFact: validateCitedFact(collection),
    description:
      'Where the facts above were read. Optional for reference data; a cited source must be approved before this record can be.',
  })
