import { SOURCE_KIND_LABELS, type TSourceKind } from '@itinera/contracts/domain'
import { WORKFLOW_STATE_LABELS, type TWorkflowState } from '@itinera/contracts/workflow'

/** A source as the citation picker lists it: enough to tell two records of one title apart. */
export interface TSourcePickerHit {
  id: number
  title: string
  /** Authors · year · kind · publisher · identifier, what is known of them. */
  details: string
  reviewState: TWorkflowState
  reviewStateLabel: string
  /** Citing a source that is not approved keeps the record from approval. */
  approved: boolean
  /** Cited lately by the person picking. */
  recent: boolean
}

export interface TPickedSourceDoc {
  id: number
  title: string
  kind: TSourceKind
  reviewState?: TWorkflowState | null
  _status?: 'draft' | 'published' | null
  authors?: { name: string }[] | null
  date?: { year?: number | null } | null
  publisher?: string | null
  repository?: string | null
  identifiers?: {
    isbn?: string | null
    doi?: string | null
    callNumber?: string | null
    recordId?: string | null
  } | null
}

const MAX_AUTHORS_SHOWN = 2

function authorsLine(authors: { name: string }[]): string {
  const names = authors.map((author) => author.name)
  return names.length > MAX_AUTHORS_SHOWN ? `${names.slice(0, MAX_AUTHORS_SHOWN).join(', ')} et al.` : names.join(', ')
}

function identifierLine(identifiers: NonNullable<TPickedSourceDoc['identifiers']>): string | undefined {
  if (identifiers.isbn) return `ISBN ${identifiers.isbn}`
  if (identifiers.doi) return `DOI ${identifiers.doi}`
  return identifiers.callNumber ?? identifiers.recordId ?? undefined
}

export function sourcePickerHit(doc: TPickedSourceDoc, recent: boolean): TSourcePickerHit {
  const reviewState = doc.reviewState ?? 'draft'
  const details = [
    authorsLine(doc.authors ?? []),
    doc.date?.year ? String(doc.date.year) : undefined,
    SOURCE_KIND_LABELS[doc.kind],
    doc.publisher ?? doc.repository,
    doc.identifiers ? identifierLine(doc.identifiers) : undefined,
  ].filter(Boolean)
  return {
    id: doc.id,
    title: doc.title,
    details: details.join(' · '),
    reviewState,
    reviewStateLabel: WORKFLOW_STATE_LABELS[reviewState],
    // What approval checks: an approved version exists, whatever a newer draft says.
    approved: doc._status === 'published',
    recent,
  }
}
