// html-metadata ships no declarations; only the call this module makes is declared.
declare module 'html-metadata' {
  /** Every kind of metadata found in a page, keyed by kind (highwirePress, dublinCore, jsonLd, openGraph, general, …). */
  export function loadFromString(html: string): Promise<Record<string, unknown>>
}
