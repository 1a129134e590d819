#!/usr/bin/env bash
# The external link benchmark (issue 5): 1,000 unique URLs on a local server that adds
# 50 ms to every request, checked by `haven check` cold (no cache) and warm (cache), with
# hyperfine; and by lychee side by side when it is installed (LYCHEE=path/to/lychee).
#
# usage: bench/links/run.sh [HOSTS]   HOSTS: how many loopback hosts share the 1,000 URLs
#                                      (default 1: the worst case, 2 requests at once)
# needs: hyperfine, python3, a release build (made here).
set -euo pipefail
cd "$(dirname "$0")/../.."
HOSTS=${1:-1}
URLS=1000
PORT=${PORT:-18085}
cargo build --release --quiet
HAVEN=$PWD/target/release/haven
SITE=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$SITE"' EXIT

python3 bench/links/server.py "$PORT" "$HOSTS" &
SERVER=$!
sleep 1

# The site: 10 pages of 100 links each, URLs spread evenly over the hosts.
cat > "$SITE/config.toml" <<TOML
title = "Benchmark School"
base_url = "https://bench.sch.uk/"
[links]
timeout = "10s"
max_run = "5m"
exclude = ["https://www.ceop.police.uk/"]
TOML
mkdir -p "$SITE/content"
printf '+++\ntitle = "Home"\n+++\nLinks.\n' > "$SITE/content/_index.md"
for page in $(seq 0 9); do
  {
    printf '+++\ntitle = "Links %s"\n+++\n' "$page"
    for i in $(seq 0 99); do
      n=$((page * 100 + i))
      host=$((n % HOSTS + 1))
      printf -- '- [Resource %s](http://127.0.0.%s:%s/resource/%s)\n' "$n" "$host" "$PORT" "$n"
    done
  } > "$SITE/content/links-$page.md"
done

echo "== haven check: $URLS URLs on $HOSTS host(s), 50 ms each"
hyperfine --runs 3 --prepare "rm -f $SITE/.haven/link-cache.json" \
  -n "haven cold" "$HAVEN --root $SITE check --date 2026-11-22"
hyperfine --runs 5 --warmup 1 \
  -n "haven warm (cache)" "$HAVEN --root $SITE check --date 2026-11-22"

if [ -n "${LYCHEE:-}" ]; then
  "$HAVEN" --root "$SITE" build --date 2026-11-22 -o "$SITE/public" > /dev/null
  cd "$SITE"
  echo "== lychee on the built HTML, same URLs"
  hyperfine --runs 3 --prepare "rm -f $SITE/.lycheecache" -i \
    -n "lychee cold (defaults)" "$LYCHEE --no-progress --exclude ceop.police.uk '$SITE/public/**/*.html'" \
    -n "lychee cold (2 per host, 16 in all)" "$LYCHEE --no-progress --host-concurrency 2 --max-concurrency 16 --exclude ceop.police.uk '$SITE/public/**/*.html'"
  hyperfine --runs 5 --warmup 1 -i \
    -n "lychee warm (--cache)" "$LYCHEE --no-progress --cache --exclude ceop.police.uk '$SITE/public/**/*.html'"
fi
