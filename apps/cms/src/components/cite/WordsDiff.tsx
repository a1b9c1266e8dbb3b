'use client'
import {
  escapeDiffHTML,
  FieldDiffContainer,
  getHTMLDiffComponents,
  unescapeDiffHTML,
  useTranslation,
} from '@payloadcms/ui'

/** Two values in words, compared as Payload compares a text field's versions. */
export function WordsDiff({
  from,
  to,
  label,
  locale,
  nestingLevel,
}: {
  from: string
  to: string
  label: string
  locale?: string
  nestingLevel?: number
}) {
  const { i18n } = useTranslation()
  const { From, To } = getHTMLDiffComponents({
    fromHTML: `<p>${escapeDiffHTML(from)}</p>`,
    toHTML: `<p>${escapeDiffHTML(to)}</p>`,
    postProcess: unescapeDiffHTML,
    tokenizeByCharacter: false,
  })
  return (
    <FieldDiffContainer
      className="text-diff"
      From={From}
      To={To}
      i18n={i18n}
      label={{ label, locale }}
      nestingLevel={nestingLevel}
    />
  )
}
