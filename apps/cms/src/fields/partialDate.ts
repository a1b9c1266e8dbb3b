import { ZPartialDateSchema } from '@itinera/contracts/partial-date'
import type { GroupField, NumberFieldSingleValidation } from 'payload'

/**
 * A date as precise as its source: year alone, month and year, or a full date; optionally
 * "circa". Stored as numbers so it sorts and filters in SQL.
 */
export function partialDateField({
  name,
  label,
  required = false,
  description,
}: {
  name: string
  label: string
  required?: boolean
  description?: string
}): GroupField {
  const validateYear: NumberFieldSingleValidation = (year, { siblingData }) => {
    const { month, day, circa } = (siblingData ?? {}) as { month?: number | null; day?: number | null; circa?: boolean }
    if (year == null) return required || month != null || day != null ? `${label}: the year is required` : true
    const parsed = ZPartialDateSchema.safeParse({ year, month, day, circa: Boolean(circa) })
    return parsed.success || `${label}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`
  }
  return {
    name,
    label,
    type: 'group',
    admin: {
      description: description ?? 'As precise as the source: the year alone, month and year, or the full date.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'day', type: 'number', min: 1, max: 31, admin: { width: '20%' } },
          { name: 'month', type: 'number', min: 1, max: 12, admin: { width: '20%' } },
          { name: 'year', type: 'number', required, validate: validateYear, admin: { width: '25%' } },
          { name: 'circa', type: 'checkbox', label: 'circa', defaultValue: false, admin: { width: '15%' } },
        ],
      },
    ],
  }
}
