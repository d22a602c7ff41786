// libcsv (Debian libcsv-dev). Included only by Sources/Ingest/CSVParser.swift.
#include <stdio.h>
#include <csv.h>
