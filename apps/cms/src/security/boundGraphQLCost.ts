import {
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

/** The most fields one GraphQL request may resolve, each list's fields counted once per document it can return. */
export const MAX_GRAPHQL_COST = 1000
/** The deepest nesting of fields one GraphQL request may select. */
export const MAX_GRAPHQL_DEPTH = 10
/** Payload's page size when a list query names no `limit`. */
const DEFAULT_LIMIT = 10
/**
 * What a list counts for when it asks for everything (`limit: 0`, `pagination: false`, or a limit
 * that is not a number): the whole budget, so such a list never fits.
 */
const UNBOUNDED = MAX_GRAPHQL_COST + 1
/**
 * What a list costs on top when its `where` matches text (`like`, `contains`, …) or geometry: the
 * database reads every row of the collection for it, so one such list fits in a request, not two.
 */
export const SCAN_COST = MAX_GRAPHQL_COST / 2
const SCANNING_OPERATORS = new Set(['like', 'contains', 'not_like', 'near', 'within', 'intersects'])

/** Whether a `where` (a literal, or a variable's JSON) names a scanning operator anywhere. */
function scans(value: ValueNode | unknown, variables: Record<string, unknown>): boolean {
  if (!value || typeof value !== 'object') return false
  const node = value as ValueNode
  if (node.kind === Kind.VARIABLE) return scans(variables[node.name.value], variables)
  if (node.kind === Kind.OBJECT)
    return node.fields.some((field) => SCANNING_OPERATORS.has(field.name.value) || scans(field.value, variables))
  if (node.kind === Kind.LIST) return node.values.some((item) => scans(item, variables))
  if (typeof node.kind === 'string') return false
  return Object.entries(value as Record<string, unknown>).some(
    ([key, inner]) => SCANNING_OPERATORS.has(key) || scans(inner, variables),
  )
}

interface TCost {
  cost: number
  depth: number
}

/**
 * A list is a field that selects `docs` (a collection query, its versions, a join): it returns
 * up to `limit` documents, so what it selects inside counts that many times.
 */
function listSize(field: FieldNode, variables: Record<string, unknown>): number {
  if (!field.selectionSet?.selections.some((child) => child.kind === Kind.FIELD && child.name.value === 'docs'))
    return 1
  const argument = (name: string) => {
    const value: ValueNode | undefined = field.arguments?.find((arg) => arg.name.value === name)?.value
    if (!value) return undefined
    if (value.kind === Kind.VARIABLE) return variables[value.name.value] ?? undefined
    if (value.kind === Kind.INT) return Number(value.value)
    if (value.kind === Kind.BOOLEAN) return value.value
    return null
  }
  if (argument('pagination') === false) return UNBOUNDED
  const limit = argument('limit')
  if (limit === undefined) return DEFAULT_LIMIT
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : UNBOUNDED
}

/** SCAN_COST for a field whose `where` matches text or geometry, else nothing. */
function scanCost(field: FieldNode, variables: Record<string, unknown>): number {
  const where = field.arguments?.find((arg) => arg.name.value === 'where')?.value
  return where && scans(where, variables) ? SCAN_COST : 0
}

/**
 * The cost and depth of a parsed document, before anything runs: every field (aliases included)
 * costs one, plus what it selects times its list size, plus SCAN_COST if it matches text; fragments are expanded (each measured once,
 * a fragment that spreads itself counts nothing: validation refuses it). Introspection (`__…`) is
 * answered from memory and not counted.
 */
export function measureGraphQL(document: DocumentNode, given: Record<string, unknown> = {}): TCost {
  // A variable the request leaves out takes its declared default (`$n: Int = 0`).
  const variables: Record<string, unknown> = {}
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      for (const { variable, defaultValue } of definition.variableDefinitions ?? [])
        if (defaultValue)
          variables[variable.name.value] = defaultValue.kind === Kind.INT ? Number(defaultValue.value) : null
  Object.assign(variables, given)
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
  const measured = new Map<string, TCost>()
  const measuring = new Set<string>()

  const measureFragment = (name: string): TCost => {
    const known = measured.get(name)
    if (known) return known
    const fragment = fragments.get(name)
    if (!fragment || measuring.has(name)) return { cost: 0, depth: 0 }
    measuring.add(name)
    const result = measureSelections(fragment.selectionSet)
    measuring.delete(name)
    measured.set(name, result)
    return result
  }

  const measureSelections = (selectionSet: SelectionSetNode | undefined): TCost => {
    let cost = 0
    let depth = 0
    for (const selection of selectionSet?.selections ?? []) {
      let inner: TCost
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue
        const children = measureSelections(selection.selectionSet)
        inner = {
          cost: 1 + listSize(selection, variables) * children.cost + scanCost(selection, variables),
          depth: 1 + children.depth,
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) inner = measureSelections(selection.selectionSet)
      else inner = measureFragment(selection.name.value)
      cost = Math.min(cost + inner.cost, Number.MAX_SAFE_INTEGER)
      depth = Math.max(depth, inner.depth)
    }
    return { cost, depth }
  }

  const total: TCost = { cost: 0, depth: 0 }
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const { cost, depth } = measureSelections(definition.selectionSet)
      total.cost += cost
      total.depth = Math.max(total.depth, depth)
    }
  return total
}

/** Why a GraphQL body is refused before it runs, or null when it is within the bounds (or not GraphQL: Payload answers that). */
export function graphQLRefusal(body: string): string | null {
  let document: DocumentNode
  let variables: Record<string, unknown>
  try {
    const parsed = JSON.parse(body) as { query?: unknown; variables?: unknown }
    if (typeof parsed.query !== 'string') return null
    document = parse(parsed.query, { noLocation: true })
    variables =
      parsed.variables && typeof parsed.variables === 'object' ? (parsed.variables as Record<string, unknown>) : {}
  } catch {
    return null
  }
  const { cost, depth } = measureGraphQL(document, variables)
  if (depth > MAX_GRAPHQL_DEPTH) return `Query depth ${depth} is above the maximum of ${MAX_GRAPHQL_DEPTH}.`
  if (cost > MAX_GRAPHQL_COST)
    return `Query cost ${cost} is above the maximum of ${MAX_GRAPHQL_COST} (each field counts once per document its list can return; ask for smaller pages or fewer aliases).`
  return null
}

type TRouteHandler<TContext> = (request: Request, context: TContext) => Promise<Response>

/** Refuses, with a 400 naming the figure, a GraphQL request whose cost or depth is over the bounds, before Payload runs it. */
export function boundGraphQLCost<TContext>(handler: TRouteHandler<TContext>): TRouteHandler<TContext> {
  return async (request, context) => {
    const refusal = graphQLRefusal(await request.clone().text())
    if (refusal) return Response.json({ errors: [{ message: refusal }] }, { status: 400 })
    return handler(request, context)
  }
}
