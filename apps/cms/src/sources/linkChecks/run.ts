/** Run by `payload run` (`pnpm run check-links`): checks every source's addresses now, whatever the schedule. */
import { getPayload } from 'payload'
import { env } from '../../env'
import config from '../../payload.config'
import { sweepSourceLinks } from './linkCheckTasks'
import { linkCheckSettings } from './settings'

const payload = await getPayload({ config })
const started = performance.now()
const result = await sweepSourceLinks(payload, linkCheckSettings(env), 0)
payload.logger.info(
  `Link checks: ${result.checks} addresses of ${result.sources} sources checked in ${((performance.now() - started) / 1000).toFixed(1)} s (at most ${result.maxConcurrency} at once). The admin's Link checks list shows each result.`,
)
await payload.destroy()
