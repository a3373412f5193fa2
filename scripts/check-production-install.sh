#!/usr/bin/env bash
# CI: a production install works on a fresh clone (docs/decisions/0010-production-install.md).
#   git clone (committed files only) → npm ci --omit=dev → npm start on a free loopback port with a
#   fresh PGlite data folder → GET /api/v1/health answers 200 → stop the server (SIGTERM) → clean up.
# A package that `npm start` needs but that sits in devDependencies makes this fail.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d /tmp/naast-prod-install.XXXXXX)
SERVER_PID=
TIMEOUT_SECONDS=${TIMEOUT_SECONDS:-600}

cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    # npm start runs sh and node below it: stop the whole process group, gracefully first.
    kill -TERM -- "-$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$SERVER_PID" 2>/dev/null || true
    echo "-- server stopped ($SECONDS s)"
  fi
  rm -rf "$WORK"
  echo "-- cleaned up ($SECONDS s)"
}
trap cleanup EXIT

echo "-- git clone into $WORK/naast"
git -c safe.directory='*' clone --quiet --no-hardlinks "$ROOT" "$WORK/naast"
cd "$WORK/naast"

echo "-- npm ci --omit=dev"
npm ci --omit=dev --no-audit --no-fund

PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
URL="http://127.0.0.1:$PORT/api/v1/health"
echo "-- npm start (port $PORT, fresh PGlite data folder)"
# setsid: the server gets its own process group, so cleanup can stop npm, sh and node together.
NAAST_DATA_DIR="$WORK/data" PORT=$PORT HOST=127.0.0.1 setsid npm start >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

deadline=$((SECONDS + TIMEOUT_SECONDS))
status=000
until [ "$status" = 200 ]; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "npm start stopped before $URL answered; its output:" >&2
    cat "$WORK/server.log" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "$URL did not answer 200 within $TIMEOUT_SECONDS s (last status $status); server output:" >&2
    cat "$WORK/server.log" >&2
    exit 1
  fi
  sleep 2
  status=$(curl -s -o /dev/null -w '%{http_code}' "$URL" || true)
done
echo "-- $URL answered 200 ($SECONDS s after the script started); stopping the server"
