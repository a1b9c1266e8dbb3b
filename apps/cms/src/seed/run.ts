/** Run by `payload run` (pnpm seed, and every start of the local stack). */
import { getPayload } from 'payload'
import { env } from '../env'
import config from '../payload.config'
import { seedDemoContent } from './seedDemoContent'

const payload = await getPayload({ config })
const { created, dataset } = await seedDemoContent(payload, {
  demoLogins: env.SEED_DEMO_LOGINS,
  dataset: env.SEED_DATASET,
})
payload.logger.info(
  dataset.loaded
    ? `Seed: dataset loaded (${dataset.trips} trips and ${dataset.sources} sources approved; ${dataset.polities} polities, ${dataset.places} places, ${dataset.people} people); ${created.users} demo logins created.`
    : `Seed: dataset ${env.SEED_DATASET ? 'already loaded' : 'off (SEED_DATASET=false)'}; ${created.users} demo logins created; existing records kept.`,
)
