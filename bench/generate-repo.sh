#!/usr/bin/env bash
# Writes a synthetic pd-gitops configuration repository: generate-repo.sh N OUT_DIR [SEED]
set -euo pipefail
exec java "$(dirname "$0")/GenerateRepo.java" "$@"
