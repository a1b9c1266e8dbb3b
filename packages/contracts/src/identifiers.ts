/** Digits (and a final X for ISBN-10) of an ISBN as written, hyphens and spaces dropped. */
export const normalizeIsbn = (isbn: string) => isbn.replace(/[\s-]/g, '').toUpperCase()

/** Whether an ISBN-10 or ISBN-13 has a valid check digit. */
export function isValidIsbn(isbn: string): boolean {
  const digits = normalizeIsbn(isbn)
  if (/^\d{9}[\dX]$/.test(digits)) {
    const sum = [...digits].reduce((total, char, i) => total + (char === 'X' ? 10 : Number(char)) * (10 - i), 0)
    return sum % 11 === 0
  }
  if (/^97[89]\d{10}$/.test(digits)) {
    const sum = [...digits].reduce((total, char, i) => total + Number(char) * (i % 2 === 0 ? 1 : 3), 0)
    return sum % 10 === 0
  }
  return false
}

/** Whether a string is an absolute http(s) URL, the only kind a reader can follow. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}

/** A DOI as registered: "10.<registrant>/<suffix>". */
export const isValidDoi = (doi: string) => /^10\.\d{4,9}\/\S+$/.test(doi.trim())
