#!/usr/bin/env bash
# Times `validate` on a synthetic repository in a warm JVM: validate-bench.sh [SERVICES] [SEED]
# 3,450 services make about 5,000 objects (services, policies, schedules and teams).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
generated_repository "${1:-3450}" "${2:-1}"
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$app_classpath" bench/ValidateBench.java "$generated"
