import {
  type DocumentNode,
  GraphQLSchema,
  NoFragmentCyclesRule,
  parse,
  TypeInfo,
  ValidationContext,
  visit,
} from 'graphql'

const refused = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

// Fragment cycles are found by graphql-js's own rule, which reads only the document.
const NO_SCHEMA = new GraphQLSchema({})

function fragmentCycle(document: DocumentNode): string | undefined {
  let cycle: string | undefined
  const context = new ValidationContext(NO_SCHEMA, document, new TypeInfo(NO_SCHEMA), (error) => {
    cycle ??= error.message
  })
  visit(document, NoFragmentCyclesRule(context))
  return cycle
}

/**
 * What is wrong with a GraphQL POST body before Payload reads it: not JSON, no query text, or
 * fragments that spread themselves (Payload's complexity rule would recurse through them until
 * the stack overflows). A query that does not parse is left to Payload, which answers 400.
 */
export async function graphqlBodyProblem(request: Request): Promise<string | undefined> {
  let body: unknown
  try {
    body = JSON.parse(await request.clone().text())
  } catch {
    return 'The body is not JSON: send {"query": "…", "variables": {…}}.'
  }
  const query = (body as { query?: unknown } | null)?.query
  if (typeof query !== 'string') return 'The body has no "query" text.'
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return undefined
  }
  return fragmentCycle(document)
}

/** Wraps the GraphQL POST handler: a body `graphqlBodyProblem` refuses answers 400 naming why. */
export function refuseBadGraphqlBodies<TContext>(
  handler: (request: Request, context: TContext) => Promise<Response>,
): (request: Request, context: TContext) => Promise<Response> {
  return async (request, context) => {
    const problem = await graphqlBodyProblem(request)
    return problem ? refused(problem) : handler(request, context)
  }
}
