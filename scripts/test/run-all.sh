#!/usr/bin/env bash
# npm test — every test, on a fresh machine of this project's kind:
#  1. installs Debian's chromium for the browser tests if it is missing,
#  2. starts the local PostgreSQL if it is installed but down,
#  3. static checks: types, lint, format, the import direction, the OpenAPI document,
#  4. the Vitest suites (SQLite always; PostgreSQL when reachable, and always
#     with CI=true) and the browser suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/test/ensure-services.sh

echo "== typecheck"
npm run typecheck --silent
echo "== lint"
npm run lint --silent
echo "== format"
npm run format:check --silent
echo "== dependency rules"
npm run lint:deps --silent
echo "== OpenAPI lint"
npm run lint:openapi --silent

REPORTS=test-results
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
summarise() { node scripts/test/summarise.mjs "$REPORTS/unit.json" "$REPORTS/browser.json"; }
trap summarise EXIT

echo "== unit, data and route tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/unit.json"

echo "== browser tests"
npx vitest run --config vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json="$REPORTS/browser.json"
