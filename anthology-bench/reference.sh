#!/usr/bin/env bash
# The yardsticks a user knows, timed beside the CLI in one interleaved run (docs/performance.md):
#
# - the reference system's Python builder beside `bin/anthology build` on the same generated 4k
#   registry (its research.yaml with plain text items, the form the reference reads), in turn:
#   reference, anthology, reference, anthology, ...; then whether both produced the same
#   recommendation texts;
# - yamllint beside `bin/anthology lint` on the real 119-paper registry, in turn.
#
# Each gives the median and min-max of wall time, CPU time (user + sys) and peak RSS under GNU time,
# the ratio of the medians and the median of the run-by-run ratios, and the load average before
# and after. Output goes to stdout and is appended to --out.
#
# The reference: a checkout of github.com/dmarx/anthology-of-the-sota (--reference DIR or
# ANTHOLOGY_REFERENCE; otherwise cloned once into anthology-bench/target/reference). It runs with
# Debian's python3-yaml, python3-omegaconf, python3-fire and python3-loguru (the Python of --python,
# default /usr/bin/python3) as `python -m scripts.registry.cli build --push False`, with a stand-in
# for the llamero module its CLI imports only to push, and its side-car id file (mlr_registry.json)
# deleted before every run so each run assigns every id, as a first build does. When the reference
# or yamllint cannot run here, its part is skipped with a message saying why.
#
# Usage: anthology-bench/reference.sh [--runs N] [--lint-runs N] [--reference DIR] [--python PATH]
#        [--launcher PATH] [--out FILE]
# Needs: ./mvnw -B -q package -DskipTests, GNU time at /usr/bin/time (Debian package `time`).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=3
lint_runs=10
ref=${ANTHOLOGY_REFERENCE:-}
python=/usr/bin/python3
launcher=bin/anthology
out=anthology-bench/target/bench-results.md
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --lint-runs) lint_runs=$2; shift 2 ;;
    --reference) ref=$2; shift 2 ;;
    --python) python=$2; shift 2 ;;
    --launcher) launcher=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "reference.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
# shellcheck source=anthology-bench/prerequisites.sh
. anthology-bench/prerequisites.sh
mkdir -p "$(dirname "$out")"
say() { echo "$*" | tee -a "$out"; }

# once NAME CMD...: runs CMD under GNU time, appending "wall user sys peak_KiB" to $scratch/NAME.tsv.
# Exit codes 0 and 1 (findings) count as success; anything else stops the part.
once() {
  local name=$1 rc=0; shift
  /usr/bin/time -q -f "%e %U %S %M" -o "$scratch/time" "$@" > "$scratch/stdout" 2> "$scratch/stderr" || rc=$?
  if [ "$rc" -gt 1 ]; then
    say "$name failed (exit $rc): $(tail -c 300 "$scratch/stderr" | tr '\n' ' ')"
    return 1
  fi
  cat "$scratch/time" >> "$scratch/$name.tsv"
}

# compare A B: medians of both, and A / B.
compare() {
  python3 - "$scratch/$1.tsv" "$scratch/$2.tsv" "$1" "$2" <<'PY' | tee -a "$out"
import statistics as st, sys
def rows(f):
    return [[float(x) for x in l.split()] for l in open(f) if l.strip()]
a, b = rows(sys.argv[1]), rows(sys.argv[2])
print("| case | runs | wall median (min-max) s | CPU median (min-max) s | peak RSS median MiB |")
print("|---|---|---|---|---|")
for name, r in ((sys.argv[3], a), (sys.argv[4], b)):
    wall = [x[0] for x in r]; cpu = [x[1] + x[2] for x in r]
    print("| %s | %d | %.3f (%.3f-%.3f) | %.3f (%.3f-%.3f) | %.0f |" % (name, len(r), st.median(wall), min(wall),
          max(wall), st.median(cpu), min(cpu), max(cpu), st.median(x[3] / 1024 for x in r)))
n = min(len(a), len(b))
pair_wall = st.median(a[i][0] / b[i][0] for i in range(n))
pair_cpu = st.median((a[i][1] + a[i][2]) / (b[i][1] + b[i][2]) for i in range(n))
print("\n%s / %s: wall %.1fx (median of run-by-run ratios %.1fx), CPU %.1fx (run by run %.1fx)" % (
    sys.argv[3], sys.argv[4], st.median(x[0] for x in a) / st.median(x[0] for x in b), pair_wall,
    st.median(x[1] + x[2] for x in a) / st.median(x[1] + x[2] for x in b), pair_cpu))
PY
}

# The reference's checkout and Python, or why it cannot run here.
reference_ready() {
  if [ -z "$ref" ]; then
    ref=anthology-bench/target/reference
    if [ ! -d "$ref" ] && ! git clone -q --depth 1 https://github.com/dmarx/anthology-of-the-sota "$ref" 2> /dev/null; then
      echo "no checkout of dmarx/anthology-of-the-sota (give one with --reference DIR; cloning it failed)"
      return 1
    fi
  fi
  if [ ! -f "$ref/src/scripts/registry/cli.py" ]; then
    echo "$ref has no src/scripts/registry/cli.py (not a checkout of dmarx/anthology-of-the-sota)"
    return 1
  fi
  if ! "$python" -c 'import yaml, omegaconf, fire, loguru' 2> /dev/null; then
    echo "$python cannot import yaml, omegaconf, fire and loguru (Debian: apt-get install python3-yaml" \
      "python3-omegaconf python3-fire python3-loguru; or --python PATH)"
    return 1
  fi
}

# The texts of the recommendations in the reference's registry.yaml and in our registry.json, compared.
same_recommendations() {
  "$python" - "$scratch/ref-run/out/registry.yaml" "$scratch/site/registry.json" <<'PY' | tee -a "$out"
import json, sys, yaml
ref = [r["recommendation"] for r in yaml.safe_load(open(sys.argv[1]))["recommendations"]]
ours = [r["recommendation"] for r in json.load(open(sys.argv[2]))["recommendations"]]
print("recommendations: reference %d (%d distinct texts; it adds those of experimental and attic papers twice),"
      " anthology %d (%d distinct); the same texts: %s" % (len(ref), len(set(ref)), len(ours), len(set(ours)),
      "yes" if set(ref) == set(ours) else "NO (%d only in the reference, %d only in anthology)" % (
      len(set(ref) - set(ours)), len(set(ours) - set(ref)))))
PY
}

say ""
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1)"
if why=$(reference_ready); then
  if [ ! -d "$work/4k-reference" ]; then
    java -Xmx2g -cp "$bench_jar" io.github.anthology.bench.generate.GenerateWorkloads --out "$work" --only reference 4k >&2
  fi
  input=$(cd "$work/4k-reference" && pwd)/research.yaml
  refsrc=$(cd "$ref/src" && pwd)
  mkdir -p "$scratch/stub/llamero" "$scratch/ref-run/docs/readme/sections"
  : > "$scratch/stub/llamero/__init__.py"
  printf 'def commit_and_push_to_branch(*args, **kwargs):\n    raise SystemExit("push is off")\n' \
    > "$scratch/stub/llamero/utils.py"
  "$launcher" build "$work/4k-reference" --out "$scratch/site" > /dev/null 2>&1 || true # warm-up (writes the class archive)
  say "### reference Python builder vs anthology build, 4k recommendations ($input), $runs runs each, in turn"
  ok=1
  for _ in $(seq "$runs"); do
    rm -f "$scratch/ref-run/mlr_registry.json"
    (cd "$scratch/ref-run" && once reference env PYTHONPATH="$refsrc:$scratch/stub" "$python" -m scripts.registry.cli \
      build --input_path "$input" --output_dir out --push False) || { ok=0; break; }
    once anthology "$launcher" build "$work/4k-reference" --out "$scratch/site" || { ok=0; break; }
  done
  if [ "$ok" = 1 ]; then
    compare reference anthology
    same_recommendations
  fi
else
  say "reference: skipped: $why"
fi

if command -v yamllint > /dev/null; then
  say ""
  say "### yamllint vs anthology lint, the real registry ($real), $lint_runs runs each, in turn"
  "$launcher" lint "$real" > /dev/null 2>&1 || true # warm-up
  ok=1
  for _ in $(seq "$lint_runs"); do
    once yamllint yamllint -d relaxed "$real" || { ok=0; break; }
    once lint "$launcher" lint "$real" || { ok=0; break; }
  done
  [ "$ok" = 1 ] && compare lint yamllint
else
  say "yamllint: skipped: not installed (Debian package yamllint)"
fi
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
