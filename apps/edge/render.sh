#!/bin/sh
# Writes nginx.conf from the templates and the environment (see Dockerfile), then runs nginx.
set -eu
servers() { for address in $1; do printf 'server %s max_fails=1 fail_timeout=10s; ' "$address"; done; }
mkdir -p "$CACHE_DIR" /etc/nginx/itinera/conf.d
chown nginx "$CACHE_DIR"
export READER_SERVERS="$(servers "$READER_UPSTREAM")"
envsubst '$EDGE_PORT $READER_SERVERS $CACHE_DIR' </etc/nginx/itinera/nginx.conf.template >/etc/nginx/nginx.conf
if [ -n "$CMS_UPSTREAM" ]; then
  export CMS_SERVERS="$(servers "$CMS_UPSTREAM")"
  envsubst '$CMS_PORT $CMS_SERVERS' </etc/nginx/itinera/cms.conf.template >/etc/nginx/itinera/conf.d/cms.conf
fi
exec nginx -g 'daemon off;'
