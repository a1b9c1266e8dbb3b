import { parseArgs } from 'node:util'
import type { TListFormat } from './import-list'

export interface TImportArgs {
  file: string
  leader: string
  format: TListFormat | null
  dryRun: boolean
  json: boolean
  /** E-mail of the account the drafts are recorded as (default: the first admin). */
  as: string | null
  splitBefore: number[]
  mergeBefore: number[]
}

export const IMPORT_USAGE = `Usage: pnpm run import <file> --leader <slug> [--format text|html|csv] [--dry-run] [--json]
                       [--as <email>] [--split-before <line,…>] [--merge-before <line,…>]
  --dry-run   parse and resolve against the built-in gazetteer; touch no database
  --json      print one JSON document to stdout (logs go to stderr)`

/** A command line the importer cannot run, with what to fix. */
export class ImportUsageError extends Error {}

const lines = (value: string | undefined, option: string) =>
  (value ?? '')
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const line = Number(item)
      if (!Number.isInteger(line) || line < 1) throw new ImportUsageError(`--${option}: "${item}" is not a line number`)
      return line
    })

export function parseImportArgs(argv: string[]): TImportArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        leader: { type: 'string' },
        format: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        as: { type: 'string' },
        'split-before': { type: 'string' },
        'merge-before': { type: 'string' },
      },
    })
  } catch (error) {
    throw new ImportUsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1)
    throw new ImportUsageError(
      positionals.length ? `one file at a time (got ${positionals.join(', ')})` : 'which file? Give the list to import',
    )
  if (!values.leader) throw new ImportUsageError('--leader is required, e.g. --leader kim-il-sung')
  if (values.format && !['text', 'html', 'csv'].includes(values.format))
    throw new ImportUsageError(`--format: "${values.format}" is not text, html or csv`)
  return {
    file: positionals[0]!,
    leader: values.leader,
    format: (values.format as TListFormat | undefined) ?? null,
    dryRun: values['dry-run'],
    json: values.json,
    as: values.as ?? null,
    splitBefore: lines(values['split-before'], 'split-before'),
    mergeBefore: lines(values['merge-before'], 'merge-before'),
  }
}
