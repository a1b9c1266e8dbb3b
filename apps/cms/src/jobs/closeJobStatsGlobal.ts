import type { SanitizedConfig } from 'payload'

const JOB_STATS_GLOBAL = 'payload-jobs-stats'
const never = () => false

/**
 * Payload adds a `payload-jobs-stats` global once a task has a `schedule` (when each schedule last
 * queued its task), open to any signed-in user over REST and GraphQL. Only the scheduler, through
 * the Local API, has any business with it.
 */
export function closeJobStatsGlobal(config: SanitizedConfig): SanitizedConfig {
  for (const global of config.globals) {
    if (global.slug !== JOB_STATS_GLOBAL) continue
    global.graphQL = false
    global.access = { ...global.access, read: never, update: never, readVersions: never }
  }
  return config
}
