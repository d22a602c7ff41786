#!/usr/bin/env bash
# Writes the fuzz targets' seed corpora under $1 (one folder per target): small slices of the
# bundled fixtures, the same every time. Nothing here is kept in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: fuzz-seeds.sh OUT_DIR}
rm -rf "$out"
mkdir -p "$out/FuzzCSV" "$out/FuzzCensus" "$out/FuzzPipelineFile" "$out/FuzzWorkbook"

# CSV: the first 2 KiB and the first 12 lines of every extract (all encodings: the variants hold
# UTF-16 and Windows-1252 files), so each list and extract kind starts with its own header.
find Fixtures -name '*.csv' ! -path '*/expected/*' | sort | while read -r f; do
  name=$(echo "${f#Fixtures/}" | tr '/' '_')
  head -c 2048 "$f" >"$out/FuzzCSV/bytes_$name"
  head -n 12 "$f" >"$out/FuzzCSV/lines_$name"
done

# Census: each fixture return's header and first 4 children, closed as a whole file would be.
for f in Fixtures/cin-census/*.xml; do
  awk '/<Child>/ { n++; if (n > 4) exit } { print }' "$f" >"$out/FuzzCensus/$(basename "$f")"
  printf ' </Children>\n</Message>\n' >>"$out/FuzzCensus/$(basename "$f")"
done

# Pipeline files: the bundled definitions.
cp pipelines/*.pipeline.yaml "$out/FuzzPipelineFile/"
# Workbook: FuzzWorkbook writes its template's sheet into its seed folder itself (FUZZ_SEED_DIR).

echo "fuzz: seeds: $(ls "$out/FuzzCSV" | wc -l) CSV, $(ls "$out/FuzzCensus" | wc -l) census, $(ls "$out/FuzzPipelineFile" | wc -l) pipeline files"
