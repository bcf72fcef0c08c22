# Sourced by the benchmark scripts (from the repository's root): what they need before they start,
# and the places they share. Sets bench_jar, work, real and scratch (removed on exit).
me=$(basename "$0")
[ -x /usr/bin/time ] || { echo "$me: needs GNU time (apt-get install time)" >&2; exit 2; }
bench_jar=anthology-bench/target/benchmarks.jar
[ -f "$bench_jar" ] || { echo "$me: build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
work=anthology-bench/target/workloads
real=testdata/anthology-of-the-sota/research.yaml
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
