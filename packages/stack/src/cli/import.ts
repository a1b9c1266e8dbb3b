/**
 * `pnpm run import <file> --leader <slug>`: a trip list into draft trips for review.
 * With --dry-run it parses against the built-in gazetteer and touches no database.
 */
import './load-dotenv'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { binOf, CMS_DIR } from '@itinera/db/paths'
import { runToCompletion } from '@itinera/db/run-to-completion'
import {
  detectFormat,
  gazetteerIndex,
  IMPORT_USAGE,
  ImportFileError,
  ImportUsageError,
  parseImportArgs,
  planCounts,
  planList,
  renderImportSummary,
  toDryRunJson,
} from '@itinera/importer'
import { readStackEnv } from '../env'
import { migrate } from '../stack'
import { withLocalDatabase } from './with-database'

const argv = process.argv.slice(2)
let args
try {
  args = parseImportArgs(argv)
} catch (error) {
  if (!(error instanceof ImportUsageError)) throw error
  console.error(`${error.message}\n\n${IMPORT_USAGE}`)
  process.exit(2)
}
// pnpm runs scripts from the workspace root; a relative path means where the command was typed.
const file = path.resolve(readStackEnv().INIT_CWD ?? process.cwd(), args.file)

if (args.dryRun) {
  try {
    const text = readFileSync(file, 'utf8')
    const plan = planList(text, args.format ?? detectFormat(text, file), {
      index: gazetteerIndex(),
      homePolity: 'north-korea',
      splitBefore: args.splitBefore,
      mergeBefore: args.mergeBefore,
    })
    if (args.json) process.stdout.write(`${JSON.stringify(toDryRunJson(plan), null, 2)}\n`)
    else console.log(renderImportSummary(plan, planCounts(plan), { dryRun: true }))
    console.error(`Dry run: ${file} parsed; nothing was written.`)
  } catch (error) {
    console.error(
      error instanceof ImportFileError || (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? (error as Error).message
        : error,
    )
    process.exitCode = 1
  }
} else {
  await withLocalDatabase(async (cmsEnv) => {
    await migrate(cmsEnv)
    const forwarded = argv.map((arg) => (arg === args.file ? file : arg))
    await runToCompletion(binOf(CMS_DIR, 'payload'), ['run', 'src/import/run.ts', '--', ...forwarded], CMS_DIR, cmsEnv)
  })
}
