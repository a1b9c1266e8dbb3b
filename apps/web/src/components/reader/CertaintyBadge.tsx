const DESCRIPTIONS: Record<string, string> = {
  confirmed: 'Confirmed by the sources cited',
  reported: 'Reported, not confirmed',
  rumored: 'Rumored: reports only',
  disputed: 'Disputed: sources disagree',
  refuted: 'Refuted: shown as a debunked claim',
}

/** The trip's certainty in words and a shape, never colour alone. */
export function CertaintyBadge({ certainty }: { certainty: string }) {
  return (
    <span className={`badge badge--${certainty}`} title={DESCRIPTIONS[certainty]}>
      {certainty}
    </span>
  )
}
