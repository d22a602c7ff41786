#!/usr/bin/env bash
# Kills a national-size run with SIGKILL at random moments and checks, each time, that the
# previous dashboards are byte-identical, the history store opens and records the run as
# unfinished, and the next run (the good export again) finishes. Not part of `make test` (it
# takes minutes); the issue 15 closing note quotes its output.
#
#   KILL_ROWS   referral rows in the export        (default 10000000: ten years of England)
#   KILL_TIMES  how many kills                      (default 10)
#   KILL_SEED   seed for the kill moments           (default 15)
#   KILL_DIR    where the data and outputs go       (default /tmp/safeguard-kill)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rows=${KILL_ROWS:-10000000}
times=${KILL_TIMES:-10}
RANDOM=${KILL_SEED:-15}
dir=${KILL_DIR:-/tmp/safeguard-kill}
die() { echo "kill-test: $*" >&2; exit 1; }

(cd "$repo" && swift build -c release --product safeguard >&2 && swift build -c release --product safeguard-fixtures >&2)
safeguard="$repo/.build/release/safeguard"
mkdir -p "$dir"
# Two exports: the good one, and a different one (another seed) whose run is killed.
for which in good next; do
  seed=$([[ $which == good ]] && echo 1 || echo 2)
  if [[ ! -s $dir/export-$which/referrals.csv ]]; then
    echo "kill-test: generating $rows referral rows (seed $seed) in $dir/export-$which" >&2
    "$repo/.build/release/safeguard-fixtures" bench --referrals "$rows" --seed "$seed" --out "$dir/export-$which" >&2
  fi
done
cat >"$dir/kill.pipeline.yaml" <<YAML
version: 1
name: kill
sources:
  - path: \${EXPORT}
settings:
  la: "332"
  period: 2024-25-Q3
indicators: [front_door]
outputs: [indicators, trend, activity_summary, data_quality, manifest]
YAML
out="$dir/out"
rm -rf "$out"
run() { EXPORT="$dir/export-$1" "$safeguard" run "$dir/kill.pipeline.yaml" --out "$out" --quiet; }

start=$(date +%s.%N)
run good
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
folder="$out/kill/2024-25-Q3"
(cd "$folder" && sha256sum -- * >"$dir/good.sum")
echo "kill-test: the good run took ${took}s; its dashboards: $(wc -l <"$dir/good.sum") files" >&2
printf '%-4s %-9s %-8s %-22s %-14s %s\n' kill "at (s)" status dashboards store "next run"
for ((i = 1; i <= times; i++)); do
  # A moment in the first 95% of a run: reading, aggregating or writing.
  at=$(awk -v t="$took" -v r="$RANDOM" 'BEGIN { printf "%.2f", t * 0.95 * r / 32767 }')
  EXPORT="$dir/export-next" "$safeguard" run "$dir/kill.pipeline.yaml" --out "$out" --quiet &
  pid=$!
  sleep "$at"
  kill -9 "$pid" 2>/dev/null || true
  status=0
  wait "$pid" || status=$?
  if (cd "$folder" && sha256sum --quiet -c "$dir/good.sum" >/dev/null 2>&1); then
    same="byte-identical"
  elif [[ $status -eq 0 ]]; then
    same="replaced (run ended)"
  else
    same="CHANGED"
  fi
  outcome=$("$safeguard" history --out "$out" --csv | awk -F, 'NR == 2 { print $8 }')
  next="ok"
  run good 2>/dev/null || next="FAILED"
  (cd "$folder" && sha256sum --quiet -c "$dir/good.sum" >/dev/null 2>&1) || next="$next, dashboards differ"
  printf '%-4s %-9s %-8s %-22s %-14s %s\n' "$i" "$at" "$status" "$same" "$outcome" "$next"
  [[ $same == CHANGED || $next != ok ]] && die "kill $i at ${at}s broke the previous dashboards"
done
echo "kill-test: $times kills; the store holds $("$safeguard" history --out "$out" --csv | tail -n +2 | wc -l) runs" >&2
