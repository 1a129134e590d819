#!/usr/bin/env bash
# The image benchmark (issue 6): N photos of 4000 x 3000 with GPS EXIF, added to the
# example site, built cold (empty .haven/images cache) and warm (cache full), with wall
# time and peak memory from /usr/bin/time -v. Uses a release build.
#
#   bench/images/run.sh            # 200 photos in /tmp/haven-bench-images
#   N=20 SITE=/tmp/b bench/images/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-200}
SITE=${SITE:-/tmp/haven-bench-images}

cargo build --release --quiet --bin haven --example make-photos
rm -rf "$SITE"
target/release/haven init "$SITE" > /dev/null
echo "making $N photos of 4000 x 3000 in $SITE ..."
target/release/examples/make-photos "$SITE" "$N"
du -sh "$SITE/static/photos" | sed 's/^/photos on disk: /'

build() {
    local label=$1
    /usr/bin/time -v target/release/haven --root "$SITE" build --date 2026-11-22 \
        > "$SITE/$label.out" 2> "$SITE/$label.time"
    local wall rss
    wall=$(grep 'Elapsed (wall clock)' "$SITE/$label.time" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$SITE/$label.time" | awk '{print $NF}')
    printf '%-5s build: %s wall, peak memory %d MiB  (%s)\n' "$label" "$wall" $((rss / 1024)) "$(tail -1 "$SITE/$label.out")"
}

rm -rf "$SITE/.haven/images"
build cold
build warm
du -sh "$SITE/public/photos" | sed 's/^/published photos: /'
