import { markServerRunsJobs } from './jobs/serverRunsJobs'
import { recordPeerAddresses } from './security/recordPeerAddress'

/** Runs once when the CMS's server starts, before it serves a request (Next's instrumentation hook). */
export async function register(): Promise<void> {
  recordPeerAddresses()
  // The server runs the background jobs, started when its Payload initialises (payload.config's
  // onInit); scripts (seed, import, migrations) queue them only.
  markServerRunsJobs()
}
