#!/usr/bin/env bash
# National-scale timing for `make bench`: generates synthetic Annex A list 3 referral files
# (1,000,000 and 10,000,000 rows by default, in two shapes) and a CIN census return (100,000
# children) outside the repository, runs the front-door pipeline over each referral file and
# every census family over the census, several times each, and prints rows, MB, best wall time,
# throughput and the peak resident set size. A copy of the first referral file with a wide
# free-text column shows that the peak does not grow with the bytes of a file.
#
# The two referral shapes (`safeguard-fixtures bench --shape`) keep the speed from being tuned to
# one kind of file: "compact" has 0.4 children per row and bare codes (about 77 bytes a row);
# "distinct" has 0.95 children per row, Annex A prefixed codes and quoted names with commas
# (about 91 bytes a row). Beside each, DuckDB on 2 threads computes the same monthly referral
# figures in one SQL statement (scripts/bench_duckdb.py), as the tool an analyst would otherwise
# reach for; when python3 cannot import duckdb, it is installed into a virtual environment in
# the work folder, and when that fails the comparison is skipped with a line saying why.
#
# Environment:
#   BENCH_SIZES        row counts to try; "" skips    (default "1000000 10000000")
#   BENCH_SHAPES       referral shapes to try         (default "compact distinct")
#   BENCH_DUCKDB       1 also times DuckDB on each referral file; 0 skips (default 1)
#   BENCH_CENSUS_CHILDREN  children in the census; 0 skips (default 100000)
#   BENCH_WIDE         1 also runs the first size and shape with a wide free-text column; 0 skips (default 1)
#   BENCH_RUNS         runs per size, best time kept  (default 3)
#   BENCH_DIR          work folder, outside the repo  (default ${TMPDIR:-/tmp}/safeguard-bench)
#   SWIFT_SCRATCH_PATH SwiftPM build folder           (default .build)
#
# Timing belongs here, never in a test. Nothing this script writes lands in the repository.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sizes=${BENCH_SIZES-"1000000 10000000"}
shapes=${BENCH_SHAPES-"compact distinct"}
duckdb=${BENCH_DUCKDB:-1}
census_children=${BENCH_CENSUS_CHILDREN:-100000}
wide=${BENCH_WIDE:-1}
runs=${BENCH_RUNS:-3}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/safeguard-bench}
scratch=${SWIFT_SCRATCH_PATH:-$repo/.build}

die() {
  echo "bench: $*" >&2
  exit 1
}

[[ $runs =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive whole number, not '$runs'"
for n in $sizes; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || die "BENCH_SIZES must hold positive whole numbers, not '$n'"
done
for shape in $shapes; do
  [[ $shape == compact || $shape == distinct ]] || die "BENCH_SHAPES must hold compact or distinct, not '$shape'"
done
[[ -n ${shapes// /} || -z ${sizes// /} ]] || die "BENCH_SHAPES is empty; give compact, distinct or both"
[[ $wide =~ ^[01]$ ]] || die "BENCH_WIDE must be 1 or 0, not '$wide'"
[[ $duckdb =~ ^[01]$ ]] || die "BENCH_DUCKDB must be 1 or 0, not '$duckdb'"
[[ $census_children =~ ^(0|[1-9][0-9]*)$ ]] ||
  die "BENCH_CENSUS_CHILDREN must be a whole number (0 skips the census), not '$census_children'"

mkdir -p "$work"
work=$(cd "$work" && pwd -P)
case "$work/" in
  "$(cd "$repo" && pwd -P)/"*) die "BENCH_DIR ($work) is inside the repository; choose a folder outside it" ;;
esac

# GNU time reports the peak RSS; Debian ships it as the `time` package.
if [[ ! -x /usr/bin/time ]]; then
  echo "bench: /usr/bin/time is missing; installing the Debian 'time' package" >&2
  if [[ $(id -u) -eq 0 ]]; then
    apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  else
    sudo apt-get install -y -qq time >/dev/null
  fi
  [[ -x /usr/bin/time ]] || die "could not install /usr/bin/time (apt-get install time)"
fi

echo "bench: building release binaries in $scratch" >&2
(
  cd "$repo"
  swift build -c release --scratch-path "$scratch" --product safeguard
  swift build -c release --scratch-path "$scratch" --product safeguard-fixtures
) >&2
safeguard="$scratch/release/safeguard"
generator="$scratch/release/safeguard-fixtures"

# Seconds from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34".
elapsed_seconds() {
  awk -F': ' '/Elapsed \(wall clock\) time/ {
    n = split($NF, p, ":")
    s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]
    printf "%.3f\n", s
  }' "$1"
}

# Peak resident set size in KiB from "Maximum resident set size (kbytes): 112584".
max_rss_kib() {
  awk -F': ' '/Maximum resident set size/ { print $NF }' "$1"
}

# Runs a command under GNU time; its report goes to $timefile, its own output to $logfile.
# Returns the command's exit status.
timed() {
  local timefile=$1 logfile=$2
  shift 2
  /usr/bin/time -v -o "$timefile" "$@" >"$logfile" 2>&1
}

# Runs `safeguard run PIPELINE` $runs times; sets $best (seconds) and $peak (KiB).
best_of_runs() {
  local pipeline=$1 tag=$2 what=$3 run status seconds rss timefile logfile
  best=""
  peak=0
  for ((run = 1; run <= runs; run++)); do
    rm -rf "$work/out"
    timefile="$work/time-$tag-$run.txt"
    logfile="$work/log-$tag-$run.txt"
    status=0
    timed "$timefile" "$logfile" "$safeguard" run "$pipeline" --out "$work/out" --quiet || status=$?
    if [[ $status -ne 0 ]]; then
      echo "bench: safeguard exited $status on $what (run $run); last lines of $logfile:" >&2
      tail -n 20 "$logfile" >&2
      exit 1
    fi
    seconds=$(elapsed_seconds "$timefile")
    rss=$(max_rss_kib "$timefile")
    [[ -n $seconds && -n $rss ]] || die "could not read GNU time's report in $timefile"
    echo "bench: $what, run $run: ${seconds}s, peak RSS ${rss} KiB" >&2
    if [[ -z $best ]] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$seconds; fi
    if ((rss > peak)); then peak=$rss; fi
  done
}

# try_best_of_command TAG COMMAND...: runs COMMAND $runs times; sets $best and $peak, or
# returns 1 at the first run that exits non-zero (its log is $work/log-TAG-RUN.txt).
try_best_of_command() {
  local tag=$1 run seconds rss timefile
  shift
  best=""
  peak=0
  for ((run = 1; run <= runs; run++)); do
    timefile="$work/time-$tag-$run.txt"
    timed "$timefile" "$work/log-$tag-$run.txt" "$@" || return 1
    seconds=$(elapsed_seconds "$timefile")
    rss=$(max_rss_kib "$timefile")
    echo "bench: $tag, run $run: ${seconds}s, peak RSS ${rss} KiB" >&2
    if [[ -z $best ]] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$seconds; fi
    if ((rss > peak)); then peak=$rss; fi
  done
}

# best_of_command TAG COMMAND...: as try_best_of_command, but COMMAND must exit 0.
best_of_command() {
  local tag=$1
  try_best_of_command "$@" || die "$tag exited non-zero; see the last $work/log-$tag-*.txt"
}

# generate DIR FILE WHAT ARGS...: runs the generator with ARGS --out DIR unless DIR/FILE exists
# and the marker beside DIR says this generator binary made it with these ARGS, so a rebuilt
# generator regenerates. The data folder holds only FILE (the pipeline reads the whole folder).
generate() {
  local dir=$1 file=$2 what=$3
  shift 3
  local marker="$dir.made-by"
  local stamp
  stamp="$* $(sha256sum "$generator" | cut -d' ' -f1)"
  if [[ ! -s $dir/$file || ! -s $marker || $(cat "$marker") != "$stamp" ]]; then
    echo "bench: generating $what in $dir" >&2
    rm -rf "$dir" "$marker"
    "$generator" "$@" --out "$dir"
    echo "$stamp" >"$marker"
  fi
}

# write_pipeline FILE SOURCE PERIOD FAMILIES: a bench pipeline over SOURCE for LA 332.
write_pipeline() {
  cat >"$1" <<EOF
version: 1
name: bench
sources:
  - path: $2
settings:
  la: "332"
  period: $3
indicators: [$4]
outputs: [indicators, trend, data_quality, manifest]
EOF
}

# DuckDB for the comparison: python3's own when it imports duckdb, else a virtual environment in
# the work folder (made once and reused), else none, with the reason printed and kept for the end.
duckdb_python=""
duckdb_skipped=""
if [[ $duckdb == 0 ]]; then
  duckdb_skipped="BENCH_DUCKDB=0"
elif [[ -n ${sizes// /} ]]; then
  venv="$work/duckdb-venv"
  install_log="$work/duckdb-install.log"
  if ! command -v python3 >/dev/null 2>&1; then
    duckdb_skipped="python3 is not installed"
  elif python3 -c 'import duckdb' 2>/dev/null; then
    duckdb_python=python3
  elif [[ -x $venv/bin/python ]] && "$venv/bin/python" -c 'import duckdb' 2>/dev/null; then
    duckdb_python=$venv/bin/python
  else
    echo "bench: python3 cannot import duckdb; installing it with pip into $venv" >&2
    rm -rf "$venv"
    if ! python3 -m venv "$venv" >"$install_log" 2>&1; then
      duckdb_skipped="python3 -m venv failed (on Debian: apt-get install python3-venv); see $install_log"
    elif ! "$venv/bin/pip" install --quiet duckdb >>"$install_log" 2>&1; then
      duckdb_skipped="pip install duckdb failed (no network, or no wheel for this machine); see $install_log"
    elif ! "$venv/bin/python" -c 'import duckdb' >>"$install_log" 2>&1; then
      duckdb_skipped="duckdb was installed into $venv but does not import; see $install_log"
    else
      duckdb_python=$venv/bin/python
    fi
  fi
  if [[ -n $duckdb_python ]]; then
    echo "bench: comparing with DuckDB $("$duckdb_python" -c 'import duckdb; print(duckdb.__version__)') ($duckdb_python)" >&2
  else
    echo "bench: DuckDB skipped: $duckdb_skipped" >&2
  fi
fi

# The quarter the referral pipelines report; its indicators.csv is compared below. DuckDB's
# monthly figures are checked against the pipeline's for the financial year 2023-24 and for
# this quarter (its months are quarter_months).
period=2024-25-Q3
quarter_months="2024-10 2024-12"

# agree INDICATORS MONTHLY WHAT: compares safeguard's referrals, re-referrals, NFA yes and NFA
# known for 2023-24 and $period with DuckDB's months summed over the same months; prints one
# line either way and returns 1 when they differ. Each file's first line, the header, is skipped,
# and with it the UTF-8 byte order mark that starts every CSV safeguard writes (csv_bom).
agree() {
  awk -F, -v what="$3" -v period="$period" -v qm="$quarter_months" '
    BEGIN { split(qm, q, " ") }
    FNR == 1 { next }
    FILENAME == ARGV[1] {
      # indicator_id, indicator, breakdown, period, start, end, numerator, denominator: the three
      # rows read here have no quoted commas before the numbers. Only the totals (no breakdown).
      if ($3 != "" || ($4 != "2023-24" && $4 != period)) next
      if ($1 == "referrals") sg[$4, 1] = $7
      if ($1 == "rereferrals_12m") sg[$4, 2] = $7
      if ($1 == "referrals_nfa") { sg[$4, 3] = $7; sg[$4, 4] = $8 }
      next
    }
    {
      p = ""
      if ($1 >= "2023-04" && $1 <= "2024-03") p = "2023-24"
      else if ($1 >= q[1] && $1 <= q[2]) p = period
      if (p == "") next
      dk[p, 1] += $2; dk[p, 2] += $4; dk[p, 3] += $5; dk[p, 4] += $6
    }
    END {
      ok = 1
      text = ""
      split("2023-24 " period, ps, " ")
      for (i = 1; i <= 2; i++) {
        p = ps[i]
        a = sprintf("referrals %s, re-referrals %s, NFA %s of %s", sg[p, 1], sg[p, 2], sg[p, 3], sg[p, 4])
        b = sprintf("referrals %d, re-referrals %d, NFA %d of %d", dk[p, 1], dk[p, 2], dk[p, 3], dk[p, 4])
        if (a == b) text = text sprintf("%s%s: %s", (i > 1 ? "; " : ""), p, a)
        else { ok = 0; text = text sprintf("%s%s: safeguard %s, DuckDB %s", (i > 1 ? "; " : ""), p, a, b) }
      }
      printf "%s: DuckDB and safeguard %s. %s\n", what, (ok ? "agree" : "DIFFER"), text
      exit !ok
    }' "$1" "$2"
}

results=()
duckdb_results=()
side_by_side=()
agreement=()
disagreements=0
for n in $sizes; do
  for shape in $shapes; do
    data="$work/referrals-$shape-$n"
    generate "$data" referrals.csv "$n $shape referral rows" bench --referrals "$n" --shape "$shape"
    bytes=$(stat -c %s "$data/referrals.csv")
    pipeline="$work/bench-$shape-$n.pipeline.yaml"
    write_pipeline "$pipeline" "$data" "$period" "front_door"

    best_of_runs "$pipeline" "$shape-$n" "$n $shape rows"
    results+=("$n $bytes $best $peak $shape")
    safeguard_best=$best
    safeguard_peak=$peak
    cp "$work/out/bench/$period/indicators.csv" "$work/indicators-$shape-$n.csv"
    # Both shapes are meant to be read whole: a finding would mean the generator wrote something
    # the reader does not take, and the timing would be of another workload.
    if [[ $(wc -l <"$work/out/bench/$period/data_quality.csv") -ne 1 ]]; then
      die "the $n-row $shape file gave findings (see $work/out/bench/$period/data_quality.csv)"
    fi

    if [[ -n $duckdb_python ]]; then
      monthly="$work/duckdb-monthly-$shape-$n.csv"
      if try_best_of_command "duckdb-$shape-$n" "$duckdb_python" "$repo/scripts/bench_duckdb.py" \
        "$data/referrals.csv" "$monthly"; then
        duckdb_results+=("$n $bytes $best $peak $shape")
        side_by_side+=("$shape $n $bytes $safeguard_best $best $safeguard_peak $peak")
        line=$(agree "$work/indicators-$shape-$n.csv" "$monthly" "$n $shape rows") || disagreements=$((disagreements + 1))
        echo "bench: $line" >&2
        agreement+=("$line")
      else
        echo "bench: DuckDB failed on the $n-row $shape file; see the last $work/log-duckdb-$shape-$n-*.txt" >&2
        side_by_side+=("$shape $n $bytes $safeguard_best - $safeguard_peak -")
      fi
    fi
  done
done

# The same rows with a 200-character free-text column added to each: text is never held, so
# the peak should stay that of the narrow file, and the figures must be the same.
wide_result=""
read -r first_size _ <<<"$sizes" || true
read -r first_shape _ <<<"$shapes" || true
if [[ $wide == 1 && -n $first_size ]]; then
  n=$first_size
  narrow="$work/referrals-$first_shape-$n"
  data="$work/wide-$first_shape-$n"
  if [[ ! -s $data/referrals.csv || $data/referrals.csv -ot $narrow/referrals.csv ]]; then
    echo "bench: writing $n $first_shape referral rows with a free-text column in $data" >&2
    rm -rf "$data"
    mkdir -p "$data"
    awk 'BEGIN { t = sprintf("%200s", ""); gsub(/ /, "x", t) }
      { sub(/\r$/, "") }
      NR == 1 { print $0 ",Worker notes"; next }
      { print $0 "," t }' "$narrow/referrals.csv" >"$data/referrals.csv.part"
    mv "$data/referrals.csv.part" "$data/referrals.csv"
  fi
  bytes=$(stat -c %s "$data/referrals.csv")
  pipeline="$work/bench-wide-$first_shape-$n.pipeline.yaml"
  write_pipeline "$pipeline" "$data" "$period" "front_door"
  best_of_runs "$pipeline" "wide-$first_shape-$n" "$n $first_shape wide rows"
  cmp -s "$work/out/bench/$period/indicators.csv" "$work/indicators-$first_shape-$n.csv" ||
    die "the wide copy of the $n-row $first_shape file gave other indicators than the file itself (see $work/out)"
  wide_result="$n $bytes $best $peak $first_shape"
fi

# The census, in two shapes: the simulation's 2024/25 return (the fixtures' generator at national
# scale, recorded as a case management system would; about 2% of its children break a DfE rule,
# some 5,500 findings at 100,000 children) and a return every DfE rule passes (`--valid yes`, the census-faults shapes), as an
# LA's file is on most nights. Each: `safeguard run` with every rule and census family, `safeguard
# validate` alone, and `xmllint --stream --noout` on the same file side by side.
census_results=()
validate_results=()
xmllint_results=()
census_ratios=()
if ((census_children > 0)); then
  # The tool a user would otherwise reach for to read the same file: xmllint's streaming reader,
  # which parses and checks well-formedness and does nothing else. Debian's libxml2-utils.
  if ! command -v xmllint >/dev/null 2>&1; then
    echo "bench: xmllint is missing; installing the Debian 'libxml2-utils' package" >&2
    if [[ $(id -u) -eq 0 ]]; then
      apt-get install -y -qq libxml2-utils >/dev/null || { apt-get update -qq && apt-get install -y -qq libxml2-utils >/dev/null; }
    else
      sudo apt-get install -y -qq libxml2-utils >/dev/null
    fi
  fi
  n=$census_children
  for shape in simulated valid; do
    data="$work/census-$shape-$n"
    if [[ $shape == valid ]]; then
      generate "$data" cin_census_2024-25.xml "a DfE-valid CIN census of $n children" bench-census --children "$n" --valid yes
    else
      generate "$data" cin_census_2024-25.xml "a CIN census of $n children" bench-census --children "$n"
    fi
    file="$data/cin_census_2024-25.xml"
    bytes=$(stat -c %s "$file")
    pipeline="$work/bench-census-$shape-$n.pipeline.yaml"
    write_pipeline "$pipeline" "$data" 2024-25 "front_door, assessments, s47_conferences, child_protection_plans, cin_cla"
    best_of_runs "$pipeline" "census-$shape-$n" "the $shape census of $n children"
    census_results+=("$n $bytes $best $peak $shape")
    run_best=$best
    best_of_command "validate-$shape" "$safeguard" validate "$data" --quiet --fail-on never
    validate_results+=("$n $bytes $best $peak $shape")
    if command -v xmllint >/dev/null 2>&1; then
      best_of_command "xmllint-$shape" xmllint --stream --noout "$file"
      xmllint_results+=("$n $bytes $best $peak $shape")
      census_ratios+=("$(awk -v a="$run_best" -v b="$best" -v s="$shape" 'BEGIN { printf "%s: safeguard run %.2f s, xmllint --stream %.2f s, ratio %.2fx", s, a, b, a / b }')")
    fi
  done
fi

# Prints one result line: rows (or children), bytes, best seconds, peak KiB, and the peak in
# bytes per row (or child), so whether memory grows with the file beyond the state kept per
# record can be read off the 1M and 10M lines.
result_line() {
  awk -v n="$1" -v b="$2" -v s="$3" -v r="$4" 'BEGIN {
    mb = b / 1e6
    t = (s > 0) ? s : 0.001
    printf "%12d %10.1f %9.2f %12.0f %9.1f %14.1f %10.0f\n", n, mb, s, n / t, mb / t, r / 1024, r * 1024 / n
  }'
}

# table TITLE UNITS UNIT RESULT...: a blank line, TITLE, the column heads with UNITS and UNIT
# (rows and row, or children and child), and one line per RESULT ("count bytes best peak").
table() {
  local title=$1 units=$2 unit=$3 line n bytes best peak label
  shift 3
  echo
  echo "$title"
  printf '%12s %10s %9s %12s %9s %14s %10s\n' "$units" MB seconds "$units/s" MB/s "peak RSS MiB" "B/$unit"
  for line in "$@"; do
    read -r n bytes best peak label <<<"$line"
    echo "$(result_line "$n" "$bytes" "$best" "$peak")${label:+  $label}"
  done
}

if ((${#results[@]} > 0)); then
  table "safeguard run, front_door on Annex A list 3 (best of $runs runs; peak RSS is the maximum)" rows row "${results[@]}"
fi
if ((${#duckdb_results[@]} > 0)); then
  table "DuckDB, 2 threads, the same monthly referral figures in one SQL statement (best of $runs runs, Python start included)" \
    rows row "${duckdb_results[@]}"
fi
if ((${#side_by_side[@]} > 0)); then
  echo
  echo "safeguard run beside DuckDB (best seconds; ratio is safeguard / DuckDB, below 1 when safeguard is faster)"
  printf '%-9s %12s %9s %12s %9s %7s %14s %11s\n' shape rows MB "safeguard s" "DuckDB s" ratio "safeguard MiB" "DuckDB MiB"
  for line in "${side_by_side[@]}"; do
    read -r shape n bytes sg_s dk_s sg_k dk_k <<<"$line"
    awk -v shape="$shape" -v n="$n" -v b="$bytes" -v ss="$sg_s" -v ds="$dk_s" -v sk="$sg_k" -v dk="$dk_k" 'BEGIN {
      ratio = (ds == "-" || ds <= 0) ? "-" : sprintf("%.2f", ss / ds)
      dmib = (dk == "-") ? "-" : sprintf("%.1f", dk / 1024)
      dsec = (ds == "-") ? "-" : sprintf("%.2f", ds)
      printf "%-9s %12d %9.1f %12.2f %9s %7s %14.1f %11s\n", shape, n, b / 1e6, ss, dsec, ratio, sk / 1024, dmib
    }'
  done
  if ((${#agreement[@]} > 0)); then printf '%s\n' "${agreement[@]}"; fi
fi
if [[ -n $duckdb_skipped && $duckdb == 1 ]]; then
  echo
  echo "DuckDB was skipped: $duckdb_skipped"
fi
if [[ -n $wide_result ]]; then
  table "the same rows with a 200-character notes column (same indicators; best of $runs runs)" rows row "$wide_result"
fi
if ((${#census_results[@]} > 0)); then
  table "safeguard run, every DfE rule and every census family on a CIN census return (simulated, then DfE-valid; best of $runs runs; peak RSS is the maximum)" \
    children child "${census_results[@]}"
  table "safeguard validate, every DfE rule of the year on the same returns (best of $runs runs)" \
    children child "${validate_results[@]}"
  if ((${#xmllint_results[@]} > 0)); then
    table "xmllint --stream --noout on the same returns, for comparison (best of $runs runs)" children child \
      "${xmllint_results[@]}"
    echo
    printf '%s\n' "${census_ratios[@]}"
  fi
fi

if ((disagreements > 0)); then
  die "DuckDB and safeguard gave different referral figures for $disagreements file(s); see the lines above"
fi
