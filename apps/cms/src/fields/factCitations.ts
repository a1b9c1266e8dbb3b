import type { UIField } from 'payload'
import type { TCitedFactKind } from '../components/cite/FactCitations'

/** Beside a trip's fact in the form: its citation numbers and a "Cite" action (stores nothing). */
export const factCitationsField = (fact: TCitedFactKind): UIField => ({
  name: `cite_${fact}`,
  type: 'ui',
  admin: { components: { Field: { path: '/components/cite/FactCitations#FactCitations', clientProps: { fact } } } },
})

/** Above the citations: "Cite facts…", several facts to one source at once. */
export const citeFactsField: UIField = {
  name: 'citeFacts',
  type: 'ui',
  admin: { components: { Field: '/components/cite/CiteFacts#CiteFacts' } },
}
