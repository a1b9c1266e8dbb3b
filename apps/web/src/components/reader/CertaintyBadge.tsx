import { CERTAINTY_DESCRIPTIONS, type TCertainty } from '@itinera/contracts/domain'

/** The trip's certainty in words and a shape, never colour alone. */
export function CertaintyBadge({ certainty }: { certainty: TCertainty }) {
  return (
    <span className={`badge badge--${certainty}`} title={CERTAINTY_DESCRIPTIONS[certainty]}>
      {certainty}
    </span>
  )
}
