import { recordPeerAddresses } from './security/recordPeerAddress'

/** Runs once when the CMS's server starts, before it serves a request (Next's instrumentation hook). */
export function register(): void {
  recordPeerAddresses()
}
