#!/usr/bin/env bash
# Installs the C libraries the package links (libcsv, libxml2, SQLite for GRDB) when their headers are missing.
set -euo pipefail
missing=()
[ -f /usr/include/csv.h ] || missing+=(libcsv-dev)
[ -f /usr/include/libxml2/libxml/xmlreader.h ] || missing+=(libxml2-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "install-deps: installing ${missing[*]} (headers not found)"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
