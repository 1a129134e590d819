#!/usr/bin/env bash
# The HTML reader benchmark (issue 16): html_scan against html5gum on written pages.
#
#   bench/html-reader/run.sh DIR...     folders of pages haven wrote
#
# e.g. the example site (`haven build -o /tmp/example`) and the 1,000-page bench site
# (bench/generate.py, then `haven build`). Builds this folder's own small crate in release
# mode (its own target/; haven is not built) and prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")"
cargo build --release --quiet
exec target/release/html-reader "$@"
