#!/usr/bin/env python3
"""DuckDB's side of `make bench`: the front-door referral figures of one Annex A list 3 file.

usage: bench_duckdb.py REFERRALS.csv MONTHLY.csv

Reads the file with DuckDB on 2 threads and, in one SQL statement, writes per calendar month
the referrals, distinct children, re-referrals, NFA yes and NFA known to MONTHLY.csv, so a
person can set them beside `safeguard run`'s figures. The definitions are the pipeline's
(Sources/Transform/FrontDoorTransform.swift):

- a referral is a child and a date: two rows for one child on one date count once, and the
  one kept has the lowest NFA answer in the order no, yes, unknown (the pipeline's key order);
- a re-referral has an earlier referral of the same child (a strictly earlier date) on or after
  the date 12 calendar months before it (`date - INTERVAL 12 MONTH`: 29 February looks back to
  28 February);
- NFA is yes for Y, Yes, 1 or True and no for N, No, 0 or False (any case, spaces trimmed),
  also written as an Annex A code (`a) Yes`, `1 - Yes`, `b) No`); anything else, blank
  included, is unknown and left out of NFA known (FieldParsing.yesNo).

Rows with a blank child ID or a blank or unreadable date are left out, as the pipeline does.
Columns are found by their canonical list 3 headers, and dates read as dd/mm/yyyy (the bench
files' form; a row whose date does not read is skipped). Timing is the caller's (GNU time).
"""

import os
import sys

import duckdb

QUERY = """
COPY (
  WITH rows AS (
    SELECT
      trim("Child Unique ID") AS child,
      "Date of referral" AS day,
      CASE
        WHEN upper(trim("Referral NFA?")) IN ('N', 'NO', '0', 'FALSE') THEN 0
        WHEN upper(trim("Referral NFA?")) IN ('Y', 'YES', '1', 'TRUE') THEN 1
        -- Only values that are not plain get here: `a) Yes`, `1 - Yes`, `b) No`, `0 - No`.
        WHEN {coded} IN ('N', 'NO', '0', 'FALSE') THEN 0
        WHEN {coded} IN ('Y', 'YES', '1', 'TRUE') THEN 1
        ELSE 2
      END AS nfa
    FROM read_csv(
      $path, header = true, delim = ',', quote = '"', escape = '"', dateformat = '%d/%m/%Y', ignore_errors = true,
      types = {'Child Unique ID': 'VARCHAR', 'Date of referral': 'DATE', 'Referral NFA?': 'VARCHAR'}
    )
  ),
  referrals AS (
    SELECT child, day, min(nfa) AS nfa
    FROM rows
    WHERE child <> '' AND day IS NOT NULL
    GROUP BY child, day
  ),
  -- Each referral beside the one before it in child and date order. The window is cut into 256
  -- buckets of children, not one partition per child: with one referral per child on most rows,
  -- DuckDB 2.0 evaluated PARTITION BY child on one thread (15 s against 8 s at 10M rows).
  linked AS (
    SELECT day, child, nfa, lag(child) OVER w AS previous_child, lag(day) OVER w AS previous
    FROM referrals
    WINDOW w AS (PARTITION BY hash(child) % 256 ORDER BY child, day)
  )
  SELECT
    strftime(day, '%Y-%m') AS month,
    count(*) AS referrals,
    count(DISTINCT child) AS children,
    count(*) FILTER (WHERE previous_child = child AND previous >= day - INTERVAL 12 MONTH) AS rereferrals,
    count(*) FILTER (WHERE nfa = 1) AS nfa_yes,
    count(*) FILTER (WHERE nfa < 2) AS nfa_known
  FROM linked
  GROUP BY month
  ORDER BY month
) TO '{out}' (HEADER, DELIMITER ',')
"""


# The code in an Annex A coded value, as FieldParsing.code reads it: a list-position prefix
# (`a) `) dropped, then the text before the first `:`, ` - ` or ` – `.
CODED = """trim(regexp_extract(upper(trim("Referral NFA?")), '^(?:[A-Z0-9]{1,2}\\) *)?(.*?)(?::.*| - .*| – .*)?$', 1))"""
QUERY = QUERY.replace("{coded}", CODED)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 64
    path, out = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    con.execute("SET threads = 2")
    # Should DuckDB spill, it does so beside MONTHLY.csv, not in the folder the bench was started
    # from (the repository, for `make bench`).
    spill = os.path.join(os.path.dirname(os.path.abspath(out)), "duckdb-tmp")
    con.execute("SET temp_directory = ?", [spill])
    # COPY takes no parameter for its target, so the output path is quoted into the text.
    con.execute(QUERY.replace("{out}", out.replace("'", "''")), {"path": path})
    return 0


if __name__ == "__main__":
    sys.exit(main())
