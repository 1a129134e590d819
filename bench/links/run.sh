#!/usr/bin/env bash
# The external link benchmark (issues 5 and 22): 1,000 distinct URLs on a local server that
# answers each request after 50 ms, checked by `haven check` and by lychee (when
# LYCHEE=path/to/lychee is set) at the same politeness, cold (no cache) and warm (from the
# cache), with hyperfine. The server counts the requests it answers: the table gives the
# requests per run, and a warm run that makes any request fails the benchmark.
#
# usage: bench/links/run.sh [HOSTS]   HOSTS: how many loopback hosts (127.0.0.1 ..) share the
#                                      1,000 URLs (default 8: with 2 requests at once per host,
#                                      both haven's limits bind, 2 per host and 16 in all)
#   RUNS=3          timed cold runs (warm runs: RUNS + 2)
# needs: hyperfine, python3, curl, a release build (made here).
#
# Politeness, the same for both: haven's fixed limits (DESIGN §9: 2 requests at once per
# host, 16 in all) are given to lychee as --host-concurrency 2 --max-concurrency 16.
# lychee also waits 50 ms between two requests to one host by default
# (--host-request-interval), which haven does not: the fair row sets it to 0, and a second
# row shows lychee with its own default interval.
set -euo pipefail
cd "$(dirname "$0")/../.."
HOSTS=${1:-8}
RUNS=${RUNS:-3}
URLS=1000
PORT=${PORT:-18085}
DATE=2026-11-22
cargo build --release --quiet
HAVEN=$PWD/target/release/haven
SITE=$(mktemp -d)
OUT=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$SITE" "$OUT"' EXIT

python3 bench/links/server.py "$PORT" "$HOSTS" &
SERVER=$!
sleep 1

# The requests the server answered since it was last asked.
requests() { curl -s --noproxy '*' "http://127.0.0.1:$PORT/__requests"; }

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
"$HAVEN" --root "$SITE" build --date $DATE -o "$SITE/public" > /dev/null

rows=()
# Times NAME's command cold (PREPARE empties its cache) and then warm: "NAME cold"/"NAME warm"
# rows with the mean wall time and the requests per run.
measure() {
  local name=$1 prepare=$2 cold=$3 warm=$4
  requests > /dev/null
  hyperfine --runs "$RUNS" --prepare "$prepare" -i --export-json "$OUT/cold.json" -n "$name cold" "$cold" >&2
  local cold_requests=$(($(requests) / RUNS))
  eval "$prepare"
  eval "$warm" > /dev/null 2>&1 || true   # fills the cache
  requests > /dev/null
  hyperfine --runs $((RUNS + 2)) -i --export-json "$OUT/warm.json" -n "$name warm" "$warm" >&2
  local warm_requests
  warm_requests=$(requests)
  rows+=("| $name | $(mean "$OUT/cold.json") s | $cold_requests | $(mean "$OUT/warm.json") s | $warm_requests |")
  if [ "$warm_requests" != 0 ]; then
    echo "FAIL: $name made $warm_requests requests in $((RUNS + 2)) warm runs (from the cache: 0)" >&2
    failed=1
  fi
}
mean() { python3 -c "import json,sys; print(f'{json.load(open(sys.argv[1]))[\"results\"][0][\"mean\"]:.2f}')" "$1"; }
failed=0

echo "== $URLS URLs on $HOSTS host(s), 50 ms each" >&2
haven="$HAVEN --root $SITE check --date $DATE"
measure "haven check" "rm -f $SITE/.haven/link-cache.json" "$haven" "$haven"

if [ -n "${LYCHEE:-}" ]; then
  cd "$SITE"
  lychee="$LYCHEE --no-progress --host-concurrency 2 --max-concurrency 16 --exclude ceop.police.uk"
  files="'$SITE/public/**/*.html'"
  measure "lychee (2 per host, 16 in all, no interval)" "rm -f $SITE/.lycheecache" \
    "$lychee --host-request-interval 0s $files" "$lychee --host-request-interval 0s --cache $files"
  measure "lychee (2 per host, 16 in all, its default 50 ms interval)" "rm -f $SITE/.lycheecache" \
    "$lychee $files" "$lychee --cache $files"
  echo "$("$LYCHEE" --version)" >&2
fi

echo
echo "| checker | cold | requests per cold run | warm (cache) | requests in $((RUNS + 2)) warm runs |"
echo "| --- | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
exit $failed
