/**
 * The access & review policy as data: every operation Payload offers on a collection, on each
 * API, and who may carry it out. The README's policy table is rendered from this module and
 * operationMatrix.int.test.ts asserts every cell of it against the running system.
 */

/** Who the matrix acts as. */
export const ROLES = ['anonymous', 'editor', 'reviewer', 'admin'] as const
export type TPolicyRole = (typeof ROLES)[number]

export type TApi = 'rest' | 'graphql' | 'local'
export const API_NAMES: Record<TApi, string> = { rest: 'REST', graphql: 'GraphQL', local: 'Local API' }

/**
 * What happens when a role attempts an operation.
 * - `anyone`, `signed-in`, `staff` (editors, reviewers, admins), `editors` (editors, admins), `admins`: those may.
 * - `workflow`: editors and admins may; the result is a draft that goes through review, and
 *   what the public sees does not change.
 * - `own`: signed-in users, on their own records only (admins too: nobody sees another's).
 * - `own, admins`: signed-in users on their own record, admins on every record.
 * - `refused <status>`: nobody; admins get exactly that status, others it or 401/403.
 * - `nobody`: refused to everyone by access rules (401/403).
 * - `no versions`: Payload routes it, but the collection keeps no versions: nobody gets a 2xx.
 */
export type TRule =
  | 'anyone'
  | 'signed-in'
  | 'staff'
  | 'editors'
  | 'admins'
  | 'workflow'
  | 'own'
  | 'own, admins'
  | 'nobody'
  | 'no versions'
  | { refused: number }

/** How each API offers an operation: REST `METHOD /path` under /api/<collection>, GraphQL field (`<One>` and `<Many>` stand for the collection's names), Local API method. */
export interface TOperation {
  title: string
  rest?: string
  graphql?: string
  local?: string
  /** A request flag or data that makes this a variant of another operation. */
  variant?: string
}

export const OPERATIONS = {
  find: { title: 'list, query', rest: 'GET /', graphql: '<Many>', local: 'find' },
  findByID: { title: 'read one', rest: 'GET /:id', graphql: '<One>', local: 'findByID' },
  count: { title: 'count', rest: 'GET /count', graphql: 'count<Many>', local: 'count' },
  findDistinct: { title: 'distinct values of a field', local: 'findDistinct' },
  docAccess: { title: 'what may I do with it', rest: 'POST /access/:id?', graphql: 'docAccess<One>' },
  findVersions: { title: 'list versions', rest: 'GET /versions', graphql: 'versions<Many>', local: 'findVersions' },
  findVersionByID: {
    title: 'read a version',
    rest: 'GET /versions/:id',
    graphql: 'version<One>',
    local: 'findVersionByID',
  },
  countVersions: { title: 'count versions', local: 'countVersions' },
  create: { title: 'create', rest: 'POST /', graphql: 'create<One>', local: 'create' },
  update: { title: 'update by id', rest: 'PATCH /:id', graphql: 'update<One>', local: 'update' },
  updateWhere: { title: 'update by query', rest: 'PATCH /', local: 'update' },
  delete: { title: 'delete by id', rest: 'DELETE /:id', graphql: 'delete<One>', local: 'delete' },
  deleteWhere: { title: 'delete by query', rest: 'DELETE /', local: 'delete' },
  duplicate: { title: 'duplicate', rest: 'POST /:id/duplicate', graphql: 'duplicate<One>', local: 'duplicate' },
  // Payload's Local API `restoreVersion` takes no `draft` option (3.90): it always restores over the public version.
  restoreVersion: {
    title: 'restore a version as a draft (`draft`), naming the latest version',
    rest: 'POST /versions/:id',
    graphql: 'restoreVersion<One>',
  },
  restoreOverPublic: {
    title: 'restore a version over the public one',
    rest: 'POST /versions/:id',
    graphql: 'restoreVersion<One>',
    local: 'restoreVersion',
    variant: 'no `draft`',
  },
  saveWithoutDraft: {
    title: 'save without `draft`',
    rest: 'PATCH /:id',
    graphql: 'update<One>',
    local: 'update',
    variant: 'no `draft`',
  },
  publish: {
    title: 'save published',
    rest: 'PATCH /:id',
    graphql: 'update<One>',
    local: 'update',
    variant: '`_status: published`',
  },
  unpublish: {
    title: 'unpublish',
    rest: 'PATCH /:id',
    graphql: 'update<One>',
    local: 'update',
    variant: '`_status: draft` on the main document',
  },
  autosave: {
    title: 'autosave',
    rest: 'PATCH /:id',
    graphql: 'update<One>',
    local: 'update',
    variant: '`autosave`',
  },
  unpublishAllLocales: {
    title: 'unpublish all locales',
    rest: 'PATCH /:id',
    local: 'update',
    variant: '`unpublishAllLocales`',
  },
  publishAllLocales: {
    title: 'publish all locales',
    rest: 'PATCH /:id',
    local: 'update',
    variant: '`publishAllLocales`',
  },
  publishSpecificLocale: {
    title: 'publish one locale',
    rest: 'PATCH /:id',
    local: 'update',
    variant: '`publishSpecificLocale`',
  },
  overrideLock: {
    title: "save over someone else's lock",
    rest: 'PATCH /:id',
    local: 'update',
    variant: '`overrideLock`',
  },
  // Exercised with `submit`; who takes each step is the workflow's table (packages/contracts/src/workflow.ts).
  workflow: { title: 'workflow step (submit, approve, …)', rest: 'POST /:id/workflow/:action' },
  // Offered by sources only (sources/autofill/autofillEndpoint.ts); its lookups are tested there.
  proposeSource: { title: 'propose a source from a DOI, ISBN or URL (sources; saves nothing)', rest: 'POST /autofill' },
  // Offered by sources only (sources/linkChecks/acceptArchiveEndpoint.ts); tested there.
  acceptArchive: {
    title: 'accept the archived copy a link check proposed (sources; a draft edit)',
    rest: 'POST /:id/accept-archive',
  },
  savePreference: { title: 'save a preference by key', rest: 'POST /:key' },
  readPreference: { title: 'read a preference by key', rest: 'GET /:key' },
  deletePreference: { title: 'delete a preference by key', rest: 'DELETE /:key' },
} as const satisfies Record<string, TOperation>
export type TOperationName = keyof typeof OPERATIONS

/**
 * Endpoints and GraphQL fields of auth collections (sign in, sign out, password reset, account
 * unlock): they act on the caller's own session or on an account the caller proves they hold,
 * with Payload's own checks (brute-force lockout, tokens). Listed so that none goes unseen;
 * `unlock` is admins only (Users' access).
 */
export const ACCOUNT_OPERATIONS = {
  rest: [
    'POST /forgot-password',
    'GET /init',
    'POST /login',
    'POST /logout',
    'GET /me',
    'POST /refresh-token',
    'POST /first-register',
    'POST /reset-password',
    'POST /unlock',
    'POST /verify/:id',
  ],
  graphql: [
    'me<One>',
    'initialized<One>',
    'refreshToken<One>',
    'logout<One>',
    'unlock<One>',
    'login<One>',
    'forgotPassword<One>',
    'resetPassword<One>',
    'verifyEmail<One>',
  ],
  local: ['login', 'forgotPassword', 'resetPassword', 'unlock', 'verifyEmail', 'auth'],
} as const satisfies Record<TApi, readonly string[]>

/** Query parameters of Payload's REST handlers that only shape an answer (what, how much, how deep), not what is written. */
export const ANSWER_SHAPING_FLAGS = [
  'depth',
  'populate',
  'select',
  'where',
  'limit',
  'page',
  'pagination',
  'sort',
  'joins',
  'field',
  'selectedLocales',
  'flattenLocales',
  'draft',
  // A GET's query sent as a body (X-HTTP-Method-Override).
  'data',
]
/** Query parameters (REST) and arguments (GraphQL) that are operations of their own, in the table. */
export const FLAG_OPERATIONS: Record<string, TOperationName | 'trash'> = {
  autosave: 'autosave',
  unpublishAllLocales: 'unpublishAllLocales',
  publishAllLocales: 'publishAllLocales',
  publishSpecificLocale: 'publishSpecificLocale',
  overrideLock: 'overrideLock',
  trash: 'trash',
}
/** Operands of GraphQL fields, not flags. */
export const GRAPHQL_OPERANDS = ['id', 'data', 'draft', 'where', 'limit', 'page', 'pagination', 'select', 'sort']

/**
 * Members of the Payload Local API object that are not operations on a collection's records,
 * each with why. A member Payload adds in an upgrade fails the matrix until it is placed here
 * or in OPERATIONS.
 */
export const NOT_RECORD_OPERATIONS: Record<string, string> = {
  constructor: 'the class',
  init: 'startup',
  destroy: 'shutdown',
  _initializeCrons: 'startup of scheduled jobs (none configured)',
  bin: 'the CLI',
  config: 'the configuration',
  collections: 'collection configurations',
  globals: 'global configurations (only payload-jobs-stats, closed to every API by jobs/closeJobStatsGlobal.ts)',
  blocks: 'block configurations',
  db: 'the database adapter: trusted code (migrations, workflow SQL), no access rules',
  kv: 'key-value store for trusted code, no access rules',
  jobs: 'job queue for trusted code (no jobs are configured)',
  crons: 'scheduled jobs (none configured)',
  email: 'the e-mail adapter',
  sendEmail: 'sends an e-mail',
  logger: 'the logger',
  secret: 'the secret',
  encrypt: 'cryptography helper',
  decrypt: 'cryptography helper',
  getAPIURL: 'URL helper',
  getAdminURL: 'URL helper',
  authStrategies: 'authentication strategies',
  extensions: 'extension hook',
  importMap: 'admin component map',
  schema: 'GraphQL schema holder',
  types: 'generated types holder',
  validationRules: 'GraphQL validation rules',
  versions: 'versions configuration per collection',
  findGlobal: 'globals (payload-jobs-stats only, closed: jobs/closeJobStatsGlobal.ts)',
  updateGlobal: 'globals (payload-jobs-stats only, closed: jobs/closeJobStatsGlobal.ts)',
  findGlobalVersions: 'globals (payload-jobs-stats only, closed: jobs/closeJobStatsGlobal.ts)',
  findGlobalVersionByID: 'globals (payload-jobs-stats only, closed: jobs/closeJobStatsGlobal.ts)',
  countGlobalVersions: 'globals (payload-jobs-stats only, closed: jobs/closeJobStatsGlobal.ts)',
  restoreGlobalVersion: 'globals (payload-jobs-stats only, closed: jobs/closeJobStatsGlobal.ts)',
}

/** Root REST endpoints (under /api, not a collection's), with what they do and who may. */
export const ROOT_ENDPOINTS: Record<string, string> = {
  'GET /access': "the caller's permissions on every collection (Payload): anyone",
  'POST /import/preview': 'trip-list import, a dry run: editors',
  'POST /import/create': 'trip-list import, writes drafts: editors',
  'GET /import/jobs/:id': "an import's progress and result: the editor who started it, admins",
  'GET /staff-names': 'staff ids and names, no e-mail or roles (`?reviewers`: those who review): staff',
  'POST /check-citation':
    'a citation of a record in review marked (or unmarked) as checked against its source: whoever may approve the record (reviewers and admins who are not its editors)',
  'GET /source-picker':
    'sources found by title, author, identifier, year or id for a citation, as the caller may read them: staff',
}
/** GraphQL fields that belong to no collection. */
export const ROOT_GRAPHQL: Record<string, string> = {
  Access: "the caller's permissions on every collection: anyone",
}

/** The collections the table has a column for, under one heading each. */
export const COLLECTION_GROUPS = {
  reviewed: ['trips', 'sources', 'leaders', 'polities', 'places', 'people'],
  'review-events': ['review-events'],
  'link-checks': ['link-checks'],
  'citation-checks': ['citation-checks'],
  comments: ['comments'],
  notifications: ['notifications'],
  tombstones: ['tombstones'],
  users: ['users'],
  'payload-locked-documents': ['payload-locked-documents'],
  'payload-preferences': ['payload-preferences'],
  'payload-kv': ['payload-kv'],
  'payload-jobs': ['payload-jobs'],
  'payload-migrations': ['payload-migrations'],
} as const
export type TCollectionGroup = keyof typeof COLLECTION_GROUPS

/** Payload routes the version endpoints for every collection; these keep none. */
const NO_VERSIONS = {
  findVersions: 'no versions',
  findVersionByID: 'no versions',
  restoreVersion: 'no versions',
} as const

/** Logs the system writes and staff read: nobody changes or deletes a row. */
const WRITTEN_BY_THE_SYSTEM = {
  ...NO_VERSIONS,
  find: 'staff',
  findByID: 'staff',
  count: 'staff',
  findDistinct: 'staff',
  docAccess: 'anyone',
  create: 'nobody',
  update: 'nobody',
  updateWhere: 'nobody',
  delete: 'nobody',
  deleteWhere: 'nobody',
} as const

/** A request naming a retraction instead: unpublishing or deleting an ever-approved record. */
const RETRACT_INSTEAD = { refused: 409 } as const
/** Flags that make Payload rewrite a stored version in place, or publish: refused (400). */
const REWRITES_OR_PUBLISHES = { refused: 400 } as const

/**
 * The policy: per group, per operation, the rule. An operation a group's collections do not
 * offer (no drafts, no REST endpoints) is left out; one they offer and this table leaves out
 * fails the matrix.
 */
export const POLICY: Record<TCollectionGroup, Partial<Record<TOperationName, TRule>>> = {
  reviewed: {
    find: 'anyone',
    findByID: 'anyone',
    count: 'anyone',
    findDistinct: 'anyone',
    docAccess: 'anyone',
    findVersions: 'staff',
    findVersionByID: 'staff',
    countVersions: 'staff',
    create: 'workflow',
    update: 'workflow',
    // A bulk save cannot name the version of each record it changes (see requireCurrentVersion).
    updateWhere: { refused: 403 },
    delete: RETRACT_INSTEAD,
    // Payload answers a bulk operation with 400 and each record's refusal.
    deleteWhere: { refused: 400 },
    duplicate: 'workflow',
    restoreVersion: 'workflow',
    restoreOverPublic: { refused: 400 },
    saveWithoutDraft: 'workflow',
    publish: { refused: 403 },
    unpublish: RETRACT_INSTEAD,
    autosave: REWRITES_OR_PUBLISHES,
    unpublishAllLocales: REWRITES_OR_PUBLISHES,
    publishAllLocales: REWRITES_OR_PUBLISHES,
    publishSpecificLocale: REWRITES_OR_PUBLISHES,
    overrideLock: 'admins',
    workflow: 'workflow',
    proposeSource: 'editors',
    acceptArchive: 'editors',
  },
  'review-events': { ...WRITTEN_BY_THE_SYSTEM, duplicate: 'nobody' },
  // What the link checker observed: written by it alone, read by staff, never public.
  // Not offered (`disableDuplicate`); the Local API refuses it.
  'link-checks': { ...WRITTEN_BY_THE_SYSTEM, duplicate: { refused: 400 } },
  // A reviewer's checks of citations: written through POST /check-citation alone, read by staff.
  // Not offered (`disableDuplicate`); the Local API refuses it.
  'citation-checks': { ...WRITTEN_BY_THE_SYSTEM, duplicate: { refused: 400 } },
  // The review conversation: part of a record's history, so never changed or deleted.
  comments: {
    ...NO_VERSIONS,
    find: 'staff',
    findByID: 'staff',
    count: 'staff',
    findDistinct: 'staff',
    docAccess: 'anyone',
    create: 'staff',
    update: 'nobody',
    updateWhere: 'nobody',
    delete: 'nobody',
    deleteWhere: 'nobody',
    // Not offered (`disableDuplicate`); the Local API refuses it.
    duplicate: { refused: 400 },
  },
  // Written by the system only; its recipient marks one read (no other field changes).
  notifications: {
    ...NO_VERSIONS,
    find: 'own',
    findByID: 'own',
    count: 'own',
    findDistinct: 'own',
    docAccess: 'anyone',
    create: 'nobody',
    update: 'own',
    updateWhere: 'own',
    delete: 'nobody',
    deleteWhere: 'nobody',
    // Not offered (`disableDuplicate`); the Local API refuses it.
    duplicate: { refused: 400 },
  },
  tombstones: {
    ...NO_VERSIONS,
    find: 'anyone',
    findByID: 'anyone',
    count: 'anyone',
    findDistinct: 'anyone',
    docAccess: 'anyone',
    create: 'nobody',
    update: 'nobody',
    updateWhere: 'nobody',
    delete: 'nobody',
    deleteWhere: 'nobody',
    duplicate: 'nobody',
  },
  users: {
    ...NO_VERSIONS,
    find: 'own, admins',
    findByID: 'own, admins',
    count: 'own, admins',
    findDistinct: 'own, admins',
    docAccess: 'anyone',
    create: 'admins',
    update: 'own, admins',
    updateWhere: 'admins',
    delete: 'admins',
    deleteWhere: 'admins',
  },
  // A lock keeps others from saving a record: held only by who may save it, in their own name.
  'payload-locked-documents': {
    ...NO_VERSIONS,
    find: 'signed-in',
    findByID: 'signed-in',
    count: 'signed-in',
    findDistinct: 'signed-in',
    docAccess: 'anyone',
    create: 'editors',
    update: 'editors',
    updateWhere: 'nobody',
    delete: 'editors',
    deleteWhere: 'nobody',
    duplicate: 'nobody',
  },
  'payload-preferences': {
    ...NO_VERSIONS,
    find: 'own',
    findByID: 'own',
    count: 'own',
    findDistinct: 'own',
    docAccess: 'anyone',
    create: 'own',
    update: 'own',
    updateWhere: 'own',
    delete: 'own',
    deleteWhere: 'own',
    duplicate: 'own',
    savePreference: 'own',
    readPreference: 'own',
    deletePreference: 'own',
  },
  // Payload's key-value store: its collection refuses every request; trusted code uses `payload.kv`.
  'payload-kv': {
    ...NO_VERSIONS,
    find: 'nobody',
    findByID: 'nobody',
    count: 'nobody',
    findDistinct: 'nobody',
    docAccess: 'anyone',
    create: 'nobody',
    update: 'nobody',
    updateWhere: 'nobody',
    delete: 'nobody',
    deleteWhere: 'nobody',
    duplicate: 'nobody',
  },
  // Payload's job queue (imports): no REST or GraphQL; trusted code queues and runs jobs.
  'payload-jobs': {
    find: 'nobody',
    findByID: 'nobody',
    count: 'nobody',
    findDistinct: 'nobody',
    create: 'nobody',
    update: 'nobody',
    updateWhere: 'nobody',
    delete: 'nobody',
    deleteWhere: 'nobody',
    duplicate: 'nobody',
  },
  'payload-migrations': {
    find: 'signed-in',
    findByID: 'signed-in',
    count: 'signed-in',
    findDistinct: 'signed-in',
    create: 'signed-in',
    update: 'signed-in',
    updateWhere: 'signed-in',
    delete: 'signed-in',
    deleteWhere: 'signed-in',
    duplicate: 'signed-in',
  },
}

export function groupOf(collection: string): TCollectionGroup | undefined {
  return (Object.keys(COLLECTION_GROUPS) as TCollectionGroup[]).find((group) =>
    (COLLECTION_GROUPS[group] as readonly string[]).includes(collection),
  )
}

export const ruleText = (rule: TRule | undefined) =>
  rule === undefined ? '—' : typeof rule === 'string' ? rule : `refused ${rule.refused}`

/** The README's policy section (between its markers), generated from the data above. */
export function renderPolicy(): string {
  const groups = Object.keys(COLLECTION_GROUPS) as TCollectionGroup[]
  const faces = (operation: TOperation) =>
    (['rest', 'graphql', 'local'] as const)
      .filter((api) => operation[api])
      .map((api) => `${API_NAMES[api]} \`${operation[api]}\``)
      .join(', ') + (operation.variant ? ` with ${operation.variant}` : '')
  const header = ['operation', 'offered as', ...groups.map((group) => `\`${group}\``)]
  const rows = (Object.entries(OPERATIONS) as [TOperationName, TOperation][]).map(([name, operation]) => [
    operation.title,
    faces(operation),
    ...groups.map((group) => ruleText(POLICY[group][name])),
  ])
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const code = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ')
  return [
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
    ...Object.entries(ROOT_ENDPOINTS).map(([face, what]) => `- REST \`${face}\` (under /api): ${what}.`),
    ...Object.entries(ROOT_GRAPHQL).map(([field, what]) => `- GraphQL \`${field}\`: ${what}.`),
    `- Accounts (users): REST ${code(ACCOUNT_OPERATIONS.rest)}; GraphQL ${code(ACCOUNT_OPERATIONS.graphql)};`,
    `  Local API ${code(ACCOUNT_OPERATIONS.local)}.`,
  ].join('\n')
}
