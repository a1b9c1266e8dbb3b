// A process-wide mark: Next loads the instrumentation hook and the routes as separate bundles.
const SERVER_RUNS_JOBS = Symbol.for('itinera.serverRunsJobs')
const registry = globalThis as { [SERVER_RUNS_JOBS]?: true }

/** Called by the server's instrumentation hook: this process is a CMS server, so it runs the jobs. */
export function markServerRunsJobs(): void {
  registry[SERVER_RUNS_JOBS] = true
}

/** Whether this process is a CMS server (scripts — seed, import, migrations — only queue jobs). */
export const serverRunsJobs = (): boolean => registry[SERVER_RUNS_JOBS] === true
