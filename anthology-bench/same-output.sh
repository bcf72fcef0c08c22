#!/usr/bin/env bash
# Checks that a change leaves every output of `build` byte for byte as it was: builds the real
# registry (with and without --date) and the generated workloads with an earlier CLI jar and with
# this checkout's, then compares the md5 sum of every file written (docs/performance.md).
#
# Usage: anthology-bench/same-output.sh --before JAR [--sizes "100k"] [--formats "yaml jsonl"]
# JAR: the anthology.jar of the earlier version (e.g. copied from anthology-cli/target before the change).
# Needs: ./mvnw -B -q package -DskipTests. Exit 0 when every file is the same, 1 when one differs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
before=
sizes=100k
formats="yaml jsonl"
while [ $# -gt 0 ]; do
  case $1 in
    --before) before=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --formats) formats=$2; shift 2 ;;
    *) echo "same-output.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -f "$before" ] || { echo "same-output.sh: give the earlier jar with --before JAR" >&2; exit 2; }
# shellcheck source=anthology-bench/prerequisites.sh
. anthology-bench/prerequisites.sh
inputs=("$real")
for size in $sizes; do
  for fmt in $formats; do
    [ -d "$work/$size-$fmt" ] ||
      java -Xmx6g -cp "$bench_jar" io.github.anthology.bench.generate.GenerateWorkloads --out "$work" --only "$fmt" "$size" >&2
    inputs+=("$work/$size-$fmt")
  done
done
for side in before after; do
  jar=$root/anthology-cli/target/anthology.jar
  [ "$side" = before ] && jar=$before
  for input in "${inputs[@]}"; do
    name=$(basename "$input")
    ANTHOLOGY_JAR=$jar bin/anthology build "$input" --out "$scratch/$side/$name-dated" --date 2026-01-01 >/dev/null
    [ "$input" = "$real" ] && ANTHOLOGY_JAR=$jar bin/anthology build "$input" --out "$scratch/$side/$name" >/dev/null
  done
  (cd "$scratch/$side" && find . -type f | sort | xargs md5sum) > "$scratch/$side.md5"
done
cat "$scratch/after.md5"
if diff "$scratch/before.md5" "$scratch/after.md5"; then
  echo "same-output.sh: all $(wc -l < "$scratch/after.md5") files are the same"
else
  echo "same-output.sh: outputs differ" >&2
  exit 1
fi
