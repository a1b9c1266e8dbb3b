import { recordPeerAddresses } from './security/recordPeerAddress'

/** Runs once when the CMS's server starts, before it serves a request (Next's instrumentation hook). */
export async function register(): Promise<void> {
  recordPeerAddresses()
  // The server runs the background jobs; scripts (seed, import, migrations) queue them only.
  const [{ getPayload }, { default: config }, { runJobs }] = await Promise.all([
    import('payload'),
    import('./payload.config'),
    import('./jobs/runJobs'),
  ])
  await runJobs(await getPayload({ config }))
}
