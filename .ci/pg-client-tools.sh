#!/usr/bin/env bash
# pg_dump/pg_restore and pg_basebackup matching the embedded PostgreSQL 18 (Debian 12 ships 15, which
# refuses a newer server): built once from Debian's source package into $1, client tools only.
# pg_basebackup makes the streaming replica of the cluster test.
set -euo pipefail
dest=$1
installed() { [ -x "$dest/bin/$1" ] && "$dest/bin/$1" --version | grep -q ' 18\.'; }
if installed pg_dump && installed pg_basebackup; then exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential bison flex zlib1g-dev dpkg-dev >/dev/null
echo 'deb-src http://deb.debian.org/debian sid main' > src.list
mkdir -p lists/partial
apt_private=(-o Dir::Etc::sourcelist="$work/src.list" -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$work/lists")
apt-get "${apt_private[@]}" update -qq
apt-get "${apt_private[@]}" source --download-only -qq postgresql-18
dpkg-source -x --no-check ./*.dsc src >/dev/null
cd src
./configure -q --prefix="$dest" --without-icu --without-readline --without-openssl --with-zlib
make -s -C src/backend generated-headers
make -s -j2 -C src/interfaces/libpq install
make -s -j2 -C src/bin/pg_dump install
make -s -j2 -C src/bin/pg_basebackup install
"$dest/bin/pg_dump" --version
"$dest/bin/pg_basebackup" --version
