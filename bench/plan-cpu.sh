#!/usr/bin/env bash
# Plan CPU time without the network for one repository size: plan-cpu.sh N [SNAPSHOT] [SEED]
# Applies a generated repository into an in-process sandbox (no latency, no rate limit), then times the pure
# plan step (diff + planner) on the CPU clock. SNAPSHOT, when given, receives the applied sandbox state, which
# `bench/run.sh N --prefilled SNAPSHOT` starts its sandbox from.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
generated_repository "${1:?usage: bench/plan-cpu.sh N [SNAPSHOT] [SEED]}" "${3:-1}"
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$app_classpath" bench/PlanCpu.java "$generated" "${2:--}"
