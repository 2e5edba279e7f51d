#!/usr/bin/env bash
# Plan CPU time without the network for one repository size: plan-cpu.sh N [SNAPSHOT] [SEED]
# Applies a generated repository into an in-process sandbox (no latency, no rate limit), then times the pure
# plan step (diff + planner) on the CPU clock. SNAPSHOT, when given, receives the applied sandbox state, which
# `bench/run.sh N --prefilled SNAPSHOT` starts its sandbox from.
set -euo pipefail
cd "$(dirname "$0")/.."
services=${1:?usage: bench/plan-cpu.sh N [SNAPSHOT] [SEED]}
snapshot=${2:--}
seed=${3:-1}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -DskipTests package
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
bench/generate-repo.sh "$services" "$repo/config" "$seed" >/dev/null
classpath="target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*"
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$classpath" bench/PlanCpu.java "$repo/config" "$snapshot"
