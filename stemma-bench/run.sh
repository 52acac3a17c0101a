#!/bin/sh
# Builds the benchmarks and runs them with JMH: stemma-bench/run.sh [JMH options] [benchmark regexp]
#
#   stemma-bench/run.sh                     every benchmark, with the settings in their annotations
#   stemma-bench/run.sh Clean Prepare       only the classes whose name matches
#   stemma-bench/run.sh -f 1 -wi 2 -i 3     JMH options (java -jar stemma-bench/target/benchmarks.jar -h)
#
# The build does not run them; this script does (see docs/benchmarks.md for the figures).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.mvn/find-jdk.sh"
cd "$root"
./mvnw -q -B -pl stemma-bench -am -DskipTests package
exec "$JAVA_HOME/bin/java" -jar stemma-bench/target/benchmarks.jar "$@"
