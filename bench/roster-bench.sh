#!/usr/bin/env bash
# Times compiling a roster in a warm JVM: roster-bench.sh [MEMBERS] [WARMUP] [RUNS] [SHIFTS: 2 or 3]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -DskipTests package
classpath="target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*"
java -cp "$classpath" bench/RosterCompileBench.java "$@"
