#!/usr/bin/env bash
# Whole-process benchmark of the anthology CLI (docs/performance.md).
#
# Times `bin/anthology` (the launcher users run) on the real 119-paper registry, the build of a
# generated 4k registry (the reference Python builder's benchmark size), and on generated
# workloads of 10k, 100k and 1M recommendations, each as research.yaml and registry.jsonl (with
# the same taxonomy.yaml): the full lint, the parse-only lint (`--rules none`) and, when the CLI
# has it, `build`. Every case runs several times (5; 3 for 1M) under GNU time; the table gives the
# median and min-max of wall time and peak RSS, the median CPU time (user + sys: on a shared machine
# the steadier figure), the load average before and after, lint / parse-only of the same input, and
# the growth from 100k to 1M. Then reference.sh times the reference Python builder beside `build`
# on the same 4k registry, and yamllint beside `lint` on the real one, interleaved (--no-reference:
# not).
#
# Usage: anthology-bench/run.sh [--runs N] [--sizes "10k 100k 1m"] [--formats "yaml jsonl"]
#        [--launcher PATH] [--out FILE] [--no-reference]
# Needs: ./mvnw -B -q package -DskipTests (the CLI jar and anthology-bench/target/benchmarks.jar),
# GNU time at /usr/bin/time (Debian package `time`). Generated data goes to
# anthology-bench/target/workloads and is generated once.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=5
sizes="10k 100k 1m"
formats="yaml jsonl"
launcher=bin/anthology
out=anthology-bench/target/bench-results.md
reference=yes
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --formats) formats=$2; shift 2 ;;
    --launcher) launcher=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-reference) reference=no; shift ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
# shellcheck source=anthology-bench/prerequisites.sh
. anthology-bench/prerequisites.sh

for size in $sizes; do
  for fmt in $formats; do
    if [ ! -d "$work/$size-$fmt" ]; then
      java -Xmx6g -cp "$bench_jar" io.github.anthology.bench.generate.GenerateWorkloads --out "$work" --only "$fmt" "$size" >&2
    fi
  done
done

# measure NAME N CMD...: runs CMD N times; prints "NAME median_s min_s max_s median_MiB min_MiB max_MiB cpu_median_s".
# Exit codes 0 and 1 (findings) are success; anything else marks the case failed.
measure() {
  local name=$1 n=$2; shift 2
  local times=$scratch/times
  : > "$times"
  for _ in $(seq "$n"); do
    local rc=0
    /usr/bin/time -q -f "%e %M %U %S" -o "$scratch/one" "$@" > /dev/null 2> "$scratch/err" || rc=$?
    if [ "$rc" -gt 1 ]; then
      echo "$name FAILED (exit $rc): $(head -c 300 "$scratch/err" | tr '\n' ' ')"
      return
    fi
    cat "$scratch/one" >> "$times"
  done
  python3 - "$name" "$times" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[2]) if l.strip()]
wall = sorted(float(r[0]) for r in rows)
rss = sorted(int(r[1]) / 1024 for r in rows)
cpu = statistics.median(float(r[2]) + float(r[3]) for r in rows)
print(sys.argv[1], "%.3f %.3f %.3f %.0f %.0f %.0f %.2f" % (statistics.median(wall), wall[0], wall[-1],
      statistics.median(rss), rss[0], rss[-1], cpu))
PY
}

results=$scratch/results
: > "$results"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cold=$(( runs > 10 ? runs : 10 ))
measure "real-119/lint" "$cold" "$launcher" lint "$real" | tee -a "$results"
measure "real-119/lint-java-jar" "$runs" java -jar anthology-cli/target/anthology.jar lint "$real" | tee -a "$results"
has_build=0
"$launcher" --help 2>/dev/null | grep -Eq '^ +build ' && has_build=1
# The registry size the reference Python builder was timed on (about 25 s here, PERFORMANCE.md).
if [ "$has_build" = 1 ]; then
  if [ ! -d "$work/4k-yaml" ]; then
    java -Xmx2g -cp "$bench_jar" io.github.anthology.bench.generate.GenerateWorkloads --out "$work" --only yaml 4k >&2
  fi
  measure "4k-yaml/build" "$cold" "$launcher" build "$work/4k-yaml" --out "$scratch/site-4k" | tee -a "$results"
fi
for size in $sizes; do
  n=$runs
  [ "$size" = 1m ] && n=$(( runs < 3 ? runs : 3 ))
  for fmt in $formats; do
    dir=$work/$size-$fmt
    measure "$size-$fmt/parse-only" "$n" "$launcher" lint --rules none "$dir" | tee -a "$results"
    measure "$size-$fmt/lint" "$n" "$launcher" lint "$dir" | tee -a "$results"
    if [ "$has_build" = 1 ] && [ "$size" != 1m ]; then
      measure "$size-$fmt/build" "$n" "$launcher" build "$dir" --out "$scratch/site" | tee -a "$results"
    fi
  done
done

python3 - "$results" "$out" "$runs" <<'PY'
import sys
rows = {}
lines = ["| case | wall median (s) | wall min-max (s) | CPU median (s) | peak RSS median (MiB) | RSS min-max (MiB) |",
         "|---|---|---|---|---|---|"]
for l in open(sys.argv[1]):
    p = l.split()
    if len(p) == 8:
        rows[p[0]] = float(p[1])
        lines.append("| %s | %s | %s-%s | %s | %s | %s-%s |" % (p[0], p[1], p[2], p[3], p[7], p[4], p[5], p[6]))
    else:
        lines.append("| %s | %s | | | | |" % (p[0], " ".join(p[1:])))
lines += ["", "| ratio | value |", "|---|---|"]
for case in sorted(rows):
    if case.endswith("/lint") and case.replace("/lint", "/parse-only") in rows:
        lines.append("| %s lint / parse-only | %.2f |" % (case[:-5], rows[case] / rows[case.replace("/lint", "/parse-only")]))
for fmt in ("yaml", "jsonl"):
    a, b = rows.get("100k-%s/lint" % fmt), rows.get("1m-%s/lint" % fmt)
    if a and b:
        lines.append("| %s lint 1M / 100k | %.2f |" % (fmt, b / a))
text = "\n".join(lines) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
PY
echo "runs: $runs (3 for 1m); machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1);" \
  "load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
if [ "$reference" = yes ]; then
  anthology-bench/reference.sh --launcher "$launcher" --out "$out"
fi
