#!/usr/bin/env bash
# The serve benchmark (issue 7): on a generated 1,000-page site, the time from saving one
# lesson to the reload event open browsers get (median of 20 saves), and from saving a
# template (median of 5), measured by a script that listens to the events as a browser does.
#
# usage: bench/serve/run.sh [PAGES]    (default 1000)
# needs: python3, a release build (made here).
set -euo pipefail
cd "$(dirname "$0")/../.."
PAGES=${1:-1000}
PORT=${PORT:-18093}
cargo build --release --quiet
SITE=$(mktemp -d)
trap 'rm -rf "$SITE"' EXIT
python3 bench/generate.py --pages "$PAGES" --out "$SITE/site"
python3 bench/serve/measure.py "$PWD/target/release/haven" "$SITE/site" "$PORT" 20
