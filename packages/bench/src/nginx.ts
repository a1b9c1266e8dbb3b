import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { WORKSPACE_ROOT } from '@itinera/db/paths'

export const NGINX = '/usr/sbin/nginx'

function start(dir: string, conf: string): ChildProcess {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'nginx.conf')
  // As root, nginx's workers would drop to "nobody" and lose access to this private directory.
  writeFileSync(file, process.getuid?.() === 0 ? `user root;\n${conf}` : conf)
  const child = spawn(NGINX, ['-p', dir, '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] })
  return child
}

/** The edge cache from apps/edge, in front of the reader. */
export function startEdge(dir: string, port: number, readerUpstream: string): ChildProcess {
  const template = readFileSync(path.join(WORKSPACE_ROOT, 'apps/edge/nginx.conf.template'), 'utf8')
  const conf = template
    .replaceAll('${EDGE_PORT}', String(port))
    .replaceAll('${READER_SERVERS}', `server ${readerUpstream};`)
    .replaceAll('${CACHE_DIR}', dir)
  return start(dir, conf)
}

/** The machine's limit: nginx sending a file's exact bytes (the same gzip settings as the edge). */
export function startStatic(dir: string, port: number, body: string): ChildProcess {
  mkdirSync(path.join(dir, 'www'), { recursive: true })
  writeFileSync(path.join(dir, 'www/index.html'), body)
  return start(
    dir,
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body; proxy_temp_path ${dir}/proxy_temp; fastcgi_temp_path ${dir}/fastcgi_temp; uwsgi_temp_path ${dir}/uwsgi_temp; scgi_temp_path ${dir}/scgi_temp;
  sendfile on; keepalive_requests 10000;
  gzip on; gzip_comp_level 5; gzip_types text/html;
  server { listen ${port} reuseport; root ${dir}/www; location / { try_files /index.html =404; default_type text/html; } }
}
`,
  )
}
