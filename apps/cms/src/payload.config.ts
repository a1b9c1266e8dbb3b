import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Comments } from './collections/Comments'
import { Leaders } from './collections/Leaders'
import { Notifications } from './collections/Notifications'
import { People } from './collections/People'
import { Places } from './collections/Places'
import { Polities } from './collections/Polities'
import { ReviewEvents } from './collections/ReviewEvents'
import { Sources } from './collections/Sources'
import { CitationChecks } from './collections/CitationChecks'
import { LinkChecks } from './collections/LinkChecks'
import { checkCitationEndpoint } from './workflow/checkCitationEndpoint'
import { Tombstones } from './collections/Tombstones'
import { Trips } from './collections/Trips'
import { Users } from './collections/Users'
import { staffNamesEndpoint } from './collections/Users/staffNames'
import { sourcePickerEndpoint } from './sources/picker/pickerEndpoint'
import { env } from './env'
import { importEndpoints } from './import/importEndpoints'
import { jobs } from './jobs'
import { runJobsInServer } from './jobs/runJobs'
import { applyLockPolicy } from './locks/applyLockPolicy'
import { logger } from './logging'
import { logLostConnections } from './logLostConnections'
import { accountMail } from './security/accountMail'
import { boundPublicQueries } from './security/boundQueries'
import { refuseUserFieldQueries } from './security/refuseUserFieldQueries'
import { validateRequests } from './validation/validateRequests'
import { USERS } from './slugs'
import { closeJobStatsGlobal } from './jobs/closeJobStatsGlobal'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Document locks and `overrideLock` follow who may edit what (applyLockPolicy).
export default buildConfig({
  serverURL: env.CMS_URL,
  // No other origin may call the CMS from a browser (no CORS), nor use a session cookie from its
  // pages (CSRF): the reader reads the CMS from its server, and the admin is the CMS's own origin.
  cors: [],
  csrf: [env.CMS_URL],
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: USERS,
    meta: { titleSuffix: ' — Itinera' },
    // Not Gravatar: it would send a hash of every editor's e-mail to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      graphics: { Logo: '/components/Brand#Logo', Icon: '/components/Brand#Icon' },
      beforeDashboard: ['/components/ReviewDashboard#ReviewDashboard'],
      afterNavLinks: [
        '/components/ImportNavLink#ImportNavLink',
        '/components/NotificationsNavLink#NotificationsNavLink',
        '/components/SourceHealthNavLink#SourceHealthNavLink',
      ],
      views: {
        importTrips: { Component: '/components/ImportView#ImportView', path: '/import' },
        notifications: { Component: '/components/NotificationsView#NotificationsView', path: '/notifications' },
        sourceHealth: { Component: '/components/SourceHealthView#SourceHealthView', path: '/source-health' },
      },
    },
  },
  // Payload's document locking: an open document is locked for others (default on, kept so).
  collections: [
    Trips,
    Sources,
    ReviewEvents,
    Comments,
    Notifications,
    Tombstones,
    LinkChecks,
    CitationChecks,
    Leaders,
    Polities,
    Places,
    People,
    Users,
  ],
  endpoints: [...importEndpoints, staffNamesEndpoint, sourcePickerEndpoint, checkCitationEndpoint],
  // Imports, reader revalidation and notification mails run as background jobs (jobs/).
  jobs,
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    readReplicas: env.DATABASE_READ_REPLICA_URLS,
    // Schema changes go through committed migrations everywhere, local development included:
    // a pushed database cannot later be migrated without an interactive prompt.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  onInit: async (payload) => {
    logLostConnections(payload)
    await runJobsInServer(payload)
  },
  graphQL: { disablePlaygroundInProduction: true },
  email: accountMail(),
  // validateRequests last, so its check of every request's arguments runs before every other hook.
  plugins: [refuseUserFieldQueries, boundPublicQueries, validateRequests],
  // Refused requests (4xx) are the system working, not failing: logged at info (see logging.ts).
  logger,
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
  .then(applyLockPolicy)
  .then(closeJobStatsGlobal)
