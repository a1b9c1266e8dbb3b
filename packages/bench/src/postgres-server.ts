/**
 * One embedded PostgreSQL on a given data directory and port, until SIGINT/SIGTERM: a process of
 * its own, so a restart can take the same port again (get-port keeps ports it handed out reserved
 * within a process).
 */
import { startEmbeddedPostgres } from '@itinera/db/postgres'

const [dataDir, port] = process.argv.slice(2)
const server = await startEmbeddedPostgres({ dataDir: dataDir!, persistent: true, preferredPort: Number(port) })
console.log(`ready ${server.port}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void server.stop().then(() => process.exit(0)))
