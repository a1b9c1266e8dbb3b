import type { TextFieldDiffServerComponent } from 'payload'
import { tripFactInWords } from './tripFactInWords'
import { WordsDiff } from './WordsDiff'

/** A citation's fact in the version diff, named in words on both sides instead of its path. */
export const FactDiff: TextFieldDiffServerComponent = async ({
  comparisonValue,
  versionValue,
  field,
  req,
  locale,
  nestingLevel,
}) => {
  const words = (value: unknown) =>
    typeof value === 'string' && value ? tripFactInWords(req.payload, value) : Promise.resolve('')
  const [from, to] = await Promise.all([words(comparisonValue), words(versionValue)])
  return (
    <WordsDiff
      from={from}
      to={to}
      label={(field.label as string) || 'Fact'}
      locale={locale}
      nestingLevel={nestingLevel}
    />
  )
}
