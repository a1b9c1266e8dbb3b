import { recordPeerAddresses } from './security/recordPeerAddress'

/** Runs once when the CMS's server starts, before it serves a request (Next's instrumentation hook). */
export async function register(): Promise<void> {
  recordPeerAddresses()
  // The server runs the background jobs; scripts (seed, import, migrations) queue them only. Next
  // builds this hook for its edge runtime too, where Payload cannot load: the check, inlined at
  // build, keeps it out of that bundle.
  // eslint-disable-next-line no-restricted-properties -- Next's build-time runtime switch, not configuration
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./jobs/runJobs')).runServerJobs()
}
