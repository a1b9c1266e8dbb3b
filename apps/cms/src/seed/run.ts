/** Run by `payload run` (pnpm seed, and every start of the local stack). */
import { getPayload } from 'payload'
import { env } from '../env'
import config from '../payload.config'
import { seedDemoContent } from './seedDemoContent'

const payload = await getPayload({ config })
const { created, dataset } = await seedDemoContent(payload, { demoLogins: env.SEED_DEMO_LOGINS })
payload.logger.info(
  dataset.loaded
    ? `Seed: dataset loaded (${dataset.trips} trips and ${dataset.sources} sources approved; ${dataset.polities} polities, ${dataset.places} places, ${dataset.people} people); ${created.users} demo logins created.`
    : `Seed: dataset already loaded; ${created.users} demo logins created; existing records kept.`,
)
