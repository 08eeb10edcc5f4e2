#!/usr/bin/env bash
# What the tests need that npm cannot install: Debian's chromium, and a
# running local PostgreSQL where one is installed.
set -uo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium for the browser tests"
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null || {
    echo "could not install chromium: the browser tests will fail" >&2
  }
fi

pg_up() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if ! pg_up && [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null; then
  echo "== starting the local PostgreSQL"
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
if pg_up; then echo "== PostgreSQL is up on 127.0.0.1:5432"; else echo "== no PostgreSQL on 127.0.0.1:5432 (its tests will be skipped unless CI=true)"; fi
exit 0
