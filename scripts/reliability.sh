#!/usr/bin/env bash
# The heavy part of the reliability suite (issue 10), for CI next to `npm test`:
#   1. fuzzers (every write route, every import) and crash safety (SIGKILL) — vitest, both engines
#      when NAAST_TEST_DATABASE_URL is set;
#   1b. PGlite liveness: /health/ready timed during a large activities import (issue 18 §1);
#   2. database faults (issue 18 §1, test/reliability/db-faults.test.ts): a real server under write load
#      while its own PostgreSQL server drops connections, stops and starts, and pauses; about 40 s;
#   2b. read replica (issue 23 §5, test/reliability/replica.test.ts): primary + pg_basebackup standby; ~25 s;
#   3. a soak per engine (bench/soak.ts): PGlite, and a throw-away database on the server of
#      DATABASE_URL / NAAST_TEST_DATABASE_URL (or a server it starts itself).
# The light part (security headers, session fixation, CSRF on every route, cross-municipality leaks,
# concurrency, backup/restore) runs in `npm test`. Bounded: FUZZ_SECONDS per fuzz file and engine,
# CRASH_ROUNDS kills per engine, SOAK_SECONDS per engine.
set -euo pipefail
cd "$(dirname "$0")/.."
export NAAST_RELIABILITY=1
export FUZZ_RUNS="${FUZZ_RUNS:-8}" FUZZ_SECONDS="${FUZZ_SECONDS:-20}" CRASH_ROUNDS="${CRASH_ROUNDS:-3}"
SOAK_SECONDS="${SOAK_SECONDS:-60}"

echo "== fuzzers and crash safety (FUZZ_RUNS=$FUZZ_RUNS FUZZ_SECONDS=$FUZZ_SECONDS CRASH_ROUNDS=$CRASH_ROUNDS)"
npx vitest run test/reliability/fuzz-json.test.ts test/reliability/fuzz-csv.test.ts test/reliability/crash.test.ts

echo "== PGlite answers during a large activities import (NAAST_BENCH_IMPORT_ROWS, default 200 000)"
npx vitest run test/reliability/pglite-import-liveness.test.ts

echo "== database faults (own throw-away PostgreSQL server: terminate mid-transaction, stop/start, SIGSTOP/SIGCONT)"
npx vitest run test/reliability/db-faults.test.ts

echo "== read replica (own primary + streaming standby: reads on the standby, fallback when it stops)"
npx vitest run test/reliability/replica.test.ts

echo "== soak, $SOAK_SECONDS s per engine"
DATABASE_URL="${DATABASE_URL:-${NAAST_TEST_DATABASE_URL:-}}" SOAK_SECONDS="$SOAK_SECONDS" npx tsx bench/soak.ts
