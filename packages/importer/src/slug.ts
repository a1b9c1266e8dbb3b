import slugify from '@sindresorhus/slugify'

/** A reader URL segment for a name in any script: "Plzeň" → "plzen", "Ким Ир Сен" → "kim-ir-sen". */
export const toSlug = (text: string, maxLength = 70) =>
  slugify(text).slice(0, maxLength).replace(/-+$/, '') || 'untitled'
