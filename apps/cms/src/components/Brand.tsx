/**
 * Itinera's mark and name in the admin (Payload's login page and navigation show Payload's
 * otherwise): a route of three stops, the first one home.
 */
function Mark({ size }: { size: number }) {
  return (
    <svg className="itinera-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path
        d="M6 25 C 12 25, 10 8, 17 9 S 24 22, 26 7"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeDasharray="3 2.5"
      />
      <circle cx="6" cy="25" r="3.5" fill="currentColor" />
      <circle cx="17" cy="9" r="2.5" fill="currentColor" />
      <circle cx="26" cy="7" r="2.5" fill="currentColor" />
    </svg>
  )
}

/** The login page's and the account views' logo: the mark and the name. */
export function Logo() {
  return (
    <span className="itinera-logo" role="img" aria-label="Itinera">
      <Mark size={40} />
      <span className="itinera-logo__name" aria-hidden="true">
        Itinera
      </span>
    </span>
  )
}

/** The navigation's icon: the mark alone. */
export function Icon() {
  return (
    <span className="itinera-icon" role="img" aria-label="Itinera">
      <Mark size={26} />
    </span>
  )
}
