#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets (Fuzz/) with -sanitize=fuzzer,address, seeds each from
# slices of Fixtures/, runs each for FUZZ_SECONDS, prints executions and coverage per target, and
# fails on a crash, a leak, a timeout or memory over the limit (the input is kept under found/).
#
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   which targets (default: FuzzCSV FuzzCensus FuzzPipelineFile)
#   FUZZ_SCRATCH   build and corpus folder (default .build/libfuzzer; the corpora grow there run to run)
#   FUZZ_RSS_MB    libFuzzer's -rss_limit_mb (default 2048)
#   FUZZ_TIMEOUT   libFuzzer's -timeout, seconds one input may take (default 10)
#   FUZZ_FRESH     1: start from the seeds alone, not the corpora grown before (make test's smoke run,
#                  so its time does not grow with the corpora)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-FuzzCSV FuzzCensus FuzzPipelineFile FuzzWorkbook}
scratch=${FUZZ_SCRATCH:-$PWD/.build/libfuzzer}
rss=${FUZZ_RSS_MB:-2048}
timeout=${FUZZ_TIMEOUT:-10}
swift=${SWIFT:-swift}

# A new target (an executable under Fuzz/ and in Package.swift) needs its name in `targets`, a
# line in each table below, a seed folder in fuzz-seeds.sh and a folder under
# Tests/EndToEndTests/FuzzRegressions/.
declare -A max_len=([FuzzCSV]=16384 [FuzzCensus]=65536 [FuzzPipelineFile]=8192 [FuzzWorkbook]=16384)
declare -A dict=([FuzzCSV]=Fuzz/csv.dict [FuzzCensus]=Fuzz/census.dict [FuzzPipelineFile]=Fuzz/pipeline.dict
  [FuzzWorkbook]=Fuzz/workbook.dict)

# gold cannot link the sanitizer runtimes with Swift's debug information; lld can.
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld)
start=$(date +%s)
for t in $targets; do
  "$swift" build --scratch-path "$scratch" "${flags[@]}" --product "$t" 2>&1 | grep -E "error|Build of" || true
  [ -x "$scratch/debug/$t" ] || { echo "fuzz: $t did not build" >&2; exit 1; }
done
echo "fuzz: sanitizer build took $(($(date +%s) - start)) s"

bash scripts/fuzz-seeds.sh "$scratch/seeds"

failed=0
for t in $targets; do
  corpus="$scratch/corpus/$t"
  if [ "${FUZZ_FRESH:-0}" = 1 ]; then corpus="$scratch/fresh-corpus/$t"; rm -rf "$corpus"; fi
  # Not "artifacts": SwiftPM owns that folder in a scratch path and empties it when it builds.
  artifacts="$scratch/found/$t"
  mkdir -p "$corpus" "$artifacts"
  log="$scratch/$t.log"
  began=$(date +%s)
  # Inputs kept by earlier runs (already turned into regression tests) are not this run's finds.
  marker="$scratch/.began-$t"
  touch "$marker"
  set +e
  # Swift's own backtracer reads the stack in a way AddressSanitizer reports as an underflow.
  FUZZ_SEED_DIR="$scratch/seeds/$t" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    LSAN_OPTIONS=suppressions="$PWD/Fuzz/lsan.supp" nice -n "${FUZZ_NICE:-0}" \
    "$scratch/debug/$t" "$corpus" "$scratch/seeds/$t" \
    -max_total_time="$seconds" -max_len="${max_len[$t]}" -rss_limit_mb="$rss" -timeout="$timeout" \
    -malloc_limit_mb="$rss" -dict="${dict[$t]}" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    >"$log" 2>&1
  status=$?
  set -e
  took=$(($(date +%s) - began))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
  ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
  found=$(find "$artifacts" -type f -newer "$marker" 2>/dev/null | wc -l)
  echo "fuzz: $t: ${took} s, $execs executions, cov: $cov ft: $ft, $(ls "$corpus" | wc -l) corpus files, $found crash/leak/timeout inputs, exit $status"
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    failed=1
    grep -E 'ERROR|SUMMARY|Fatal error|==[0-9]+==' "$log" | head -20 >&2 || true
    echo "fuzz: $t failed: the log is $log, the inputs are under $artifacts/" >&2
    echo "      replay one with: swift build --product $t && .build/debug/$t <input>" >&2
  fi
done
exit $failed
