/** A day as the reader writes it: "1 December 2026" (in UTC, as the CMS stores it). */
export const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
