#!/usr/bin/env bash
# Times `validate` on a synthetic repository in a warm JVM: validate-bench.sh [SERVICES] [SEED]
# 3,450 services make about 5,000 objects (services, policies, schedules and teams).
set -euo pipefail
cd "$(dirname "$0")/.."
services=${1:-3450}
seed=${2:-1}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -DskipTests package
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
bench/generate-repo.sh "$services" "$repo/config" "$seed" >/dev/null
classpath="target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*"
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$classpath" bench/ValidateBench.java "$repo/config"
