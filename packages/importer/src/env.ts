import { parseEnvironment } from '@itinera/contracts/parse-env'
import { z } from 'zod'

const ZImporterEnvSchema = z.object({
  /** Where the seed documents are, when not in `../shared/seeds` beside the checkout. */
  ITINERA_SEEDS_DIR: z.string().min(1).optional(),
  /** Set by CI runners ("true"): there, tests that need the seed documents fail when they are missing. */
  CI: z
    .string()
    .optional()
    .transform((value) => value !== undefined && !['', '0', 'false'].includes(value.toLowerCase())),
})

export const readImporterEnv = () => parseEnvironment(ZImporterEnvSchema, process.env, 'the importer')
