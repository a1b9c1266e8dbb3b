/** Run by `payload run` (pnpm seed, and every start of the local stack). */
import { getPayload } from 'payload'
import { env } from '../env'
import config from '../payload.config'
import { seedDemoContent } from './seedDemoContent'

const payload = await getPayload({ config })
const { created } = await seedDemoContent(payload, { demoLogins: env.SEED_DEMO_LOGINS })
payload.logger.info(`Seed: ${created.leaders} leaders and ${created.users} demo logins created; existing records kept.`)
