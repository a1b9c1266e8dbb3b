import { DEMO_LOGINS } from '@itinera/db/demo-logins'
import type { TDatabase, TAppsEnv } from '../stack'

/** What a newcomer needs after the first command: where things are and how to sign in. */
export function banner(env: TAppsEnv, database: TDatabase): string {
  const logins =
    env.cms.SEED_DEMO_LOGINS === 'true'
      ? DEMO_LOGINS.map(({ role, email, password }) => `    ${role.padEnd(9)} ${email.padEnd(24)} ${password}`).join(
          '\n',
        )
      : '    (none: SEED_DEMO_LOGINS is not true)'
  return [
    '',
    'Itinera is running.',
    `  Reader      ${env.webUrl}`,
    `  Admin       ${env.cmsUrl}/admin`,
    `  API         ${env.cmsUrl}/api (REST), ${env.cmsUrl}/api/graphql, ${env.cmsUrl}/api/trpc`,
    `  Database    ${database.origin}`,
    '  Demo logins (local demo only):',
    logins,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n')
}
