#!/usr/bin/env bash
# Whole-process benchmark of indexing arXiv's metadata snapshot (docs/performance.md).
#
# Generates, once, a snapshot of 2M records in the format of arXiv's arxiv-metadata-oai-snapshot.json
# (about 2.1 GB, the 41 records of testdata/arxiv-snapshot appended), then runs the command users
# run, `bin/anthology papers refresh --source snapshot FILE` on a copy of the reference registry,
# several times under GNU time: each run first builds the side index from nothing (the index file
# is deleted), then looks up the registry's 119 ids and writes the lock file. A last run with the
# index in place times the lookups alone. The table gives median and min-max of wall time, CPU time
# (user + sys) and peak RSS of the whole process, the load average, and the index's size; the
# target is a peak RSS under 512 MiB.
#
# Usage: anthology-bench/snapshot.sh [--runs N] [--records 2m] [--launcher PATH] [--out FILE]
# Needs: ./mvnw -B -q package -DskipTests, and GNU time at /usr/bin/time (Debian package `time`).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=3
records=2m
launcher=bin/anthology
out=anthology-bench/target/snapshot-results.md
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --records) records=$2; shift 2 ;;
    --launcher) launcher=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "snapshot.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
# shellcheck source=anthology-bench/prerequisites.sh
. anthology-bench/prerequisites.sh
snapshot=anthology-bench/target/workloads/snapshot-$records.json
if [ ! -f "$snapshot" ]; then
  java -cp "$bench_jar" io.github.anthology.bench.generate.SnapshotGenerator --out "$snapshot" \
    --records "$records" --append testdata/arxiv-snapshot/reference-papers.jsonl >&2
fi
index=$scratch/snapshot.index

# one LABEL: a refresh of a fresh copy of the registry; appends "wall cpu rss_kib" to $scratch/LABEL.
one() {
  rm -rf "$scratch/sota"
  cp -r testdata/anthology-of-the-sota "$scratch/sota"
  /usr/bin/time -q -f "%e %U %S %M" -o "$scratch/time" "$launcher" papers refresh --source snapshot "$snapshot" \
    --index "$index" "$scratch/sota" > /dev/null 2> "$scratch/err" || {
      echo "snapshot.sh: the refresh failed: $(head -c 300 "$scratch/err")" >&2; exit 1; }
  grep -q '"surname": "Ainslie"' "$scratch/sota/anthology.lock.json" || {
    echo "snapshot.sh: the lock file lacks the GQA paper's first author" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$scratch/time" >> "$scratch/$1"
}

for _ in $(seq "$runs"); do
  rm -f "$index"
  one build
done
bytes=$(stat -c %s "$index")
one lookup

summary() {
  python3 - "$1" "$2" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[2]) if l.strip()]
wall = sorted(float(r[0]) for r in rows); cpu = sorted(float(r[1]) for r in rows)
rss = sorted(int(r[2]) / 1024 for r in rows)
print("| %s | %d | %.1f (%.1f-%.1f) | %.1f (%.1f-%.1f) | %.0f (%.0f-%.0f) |" % (sys.argv[1], len(rows),
      statistics.median(wall), wall[0], wall[-1], statistics.median(cpu), cpu[0], cpu[-1],
      statistics.median(rss), rss[0], rss[-1]))
PY
}

{
  echo "Snapshot: $snapshot ($(( $(stat -c %s "$snapshot") >> 20 )) MiB, $(wc -l < "$snapshot") records);"
  echo "index $(( bytes >> 20 )) MiB; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores."
  echo
  echo "| run | n | wall s median (min-max) | CPU s user+sys | peak RSS MiB |"
  echo "| --- | --- | --- | --- | --- |"
  summary "index from nothing + 119 lookups" "$scratch/build"
  summary "119 lookups, index in place" "$scratch/lookup"
} | tee "$out"
