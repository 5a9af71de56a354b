#!/bin/sh
# Compares bulk-download transports (1 GiB by default): node:http, undici (EnvHttpProxyAgent), fetch.
# Usage: sh bench/transport/run.sh [bytes]   (needs node_modules for undici)
set -e
here=$(cd "$(dirname "$0")" && pwd)
size=${1:-1073741824}
tmp=$(mktemp -d)
node "$here/server.mjs" "$size" > "$tmp/url" & pid=$!
while [ ! -s "$tmp/url" ]; do sleep 0.1; done
for k in node-http undici fetch node-http undici fetch; do node "$here/client.mjs" "$k" "$(cat "$tmp/url")" "$tmp/out"; rm -f "$tmp/out"; done
kill $pid; rm -rf "$tmp"
