#!/bin/sh
# Writes the class-data archive (AppCDS) that bin/anthology starts the CLI with
# (docs/performance.md). Run by the package phase, after the shaded jar is written.
#
# Usage: class-data-archive.sh JAR ARCHIVE REPO_ROOT
#
# A static archive, not a dynamic one (-XX:ArchiveClassesAtExit): on JDK 17 only a static dump
# stores classes compiled for Java 5 such as picocli's, which otherwise are parsed and verified
# again on every start. Its class list is the union of training runs that load what a curator's
# lint loads: the real registry and the example directory (taxonomy, configuration), and the
# report writers CI uses (json, sarif), a build of the real registry (Markdown, exports, site), and
# the citation checks: a lock file filled from the shipped arXiv snapshot slice, then a lint that
# reads it.
# Exit code 1 of a lint (findings) is expected.
set -eu
jar=$1 archive=$2 root=$3
java=java
[ -n "${JAVA_HOME:-}" ] && java=$JAVA_HOME/bin/java
lists=$(mktemp -d)
trap 'rm -rf "$lists"' EXIT
real=$root/testdata/anthology-of-the-sota/research.yaml
n=0
train() {
  n=$((n + 1))
  "$java" -XX:DumpLoadedClassList="$lists/$n.classlist" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Xlog:disable -Xlog:all=error:stderr -jar "$jar" "$@" >/dev/null || [ $? -eq 1 ]
}
train lint "$real" "$root/examples/sota"
train lint --format json "$real"
train lint --format sarif "$real"
train build "$real" --out "$lists/site" --date 2026-01-01
mkdir "$lists/sota"
cp "$real" "$lists/sota/research.yaml"
train papers refresh --source snapshot "$root/testdata/arxiv-snapshot/reference-papers.jsonl" \
  --index "$lists/snapshot.index" "$lists/sota" 2>/dev/null
train lint "$lists/sota"
# Each line once, first occurrence first: a repeated lambda-proxy line crashes the JDK 17 dump.
cat "$lists"/*.classlist | awk '!seen[$0]++' > "${archive%.jsa}.classlist"
rm -f "$archive"
"$java" -Xshare:dump -XX:SharedClassListFile="${archive%.jsa}.classlist" -XX:SharedArchiveFile="$archive" \
  -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr -cp "$jar" >/dev/null
