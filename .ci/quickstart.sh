#!/usr/bin/env bash
# Runs the README's quick start literally (`npm install && npm start`) and checks that the site
# answers on http://localhost:3000 with the home page, then stops it. Bounded: 6 minutes at most.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
setsid bash -c 'npm install && npm start' >"$log" 2>&1 &
pid=$!
cleanup() { kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 360); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "quickstart: npm start exited early"; tail -40 "$log"; exit 1
  fi
  if body=$(curl -fsS --max-time 5 http://localhost:3000/ 2>/dev/null); then
    if grep -q 'kztj' <<<"$body" && grep -q 'http://localhost:3000' "$log"; then
      status=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:3000/no-such-page)
      [ "$status" = 404 ] || { echo "quickstart: unknown page answered $status, expected 404"; exit 1; }
      echo "quickstart: OK (site served on http://localhost:3000, address printed, 404 for unknown pages)"
      exit 0
    fi
  fi
  sleep 1
done
echo "quickstart: the site did not come up within 6 minutes"; tail -40 "$log"; exit 1
