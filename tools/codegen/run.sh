#!/usr/bin/env bash
# Checks the explorer's GraphQL operations (src/main/resources/static/explorer/operations) against
# the schema (src/main/resources/graphql): graphql-codegen validates each one and writes their result
# and variable types to target/codegen/operations.ts, then tsc type-checks that file and check.ts,
# which holds what the pages assume of the results.
# Exit: 0 when every operation is valid and the types check; non-zero on an invalid operation, a type
# error, or an npm install that failed.
# This folder is copied into target/codegen and the packages installed there from the committed lock,
# so that the source tree stays as it was checked out.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work="$here/../../target/codegen"
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/codegen.yml" "$here/tsconfig.json" "$here/check.ts" "$work/"
cd "$work"
npm ci --no-audit --no-fund --loglevel=error
node_modules/.bin/graphql-codegen --errors-only --config codegen.yml
node_modules/.bin/tsc -p tsconfig.json
echo "codegen: $(ls ../../src/main/resources/static/explorer/operations/*.graphql | wc -l) explorer operations valid against the schema, their types checked"
