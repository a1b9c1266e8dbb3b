import type { Sort, Where } from 'payload'

export interface TWhereCondition {
  /** The field path as the caller wrote it (`leader`, `citations.source`, `version.title`). */
  path: string
  operator: string
  value: unknown
}

/** Every condition a `where` holds, through `and`/`or`: the one walk of a caller's query. */
export function whereConditions(where: Where | undefined): TWhereCondition[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]): TWhereCondition[] => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) return value.flatMap(whereConditions)
    if (!value || typeof value !== 'object') return [{ path: key, operator: '', value }]
    return Object.entries(value).map(([operator, operand]) => ({ path: key, operator, value: operand }))
  })
}

/** Every field path a `sort` names, without its `-` for descending. */
export const sortPaths = (sort: Sort | undefined): string[] =>
  (typeof sort === 'string' ? sort.split(',') : (sort ?? [])).map((path) => path.trim().replace(/^-/, ''))
