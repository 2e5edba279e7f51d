#!/usr/bin/env bash
# Runs every benchmark scenario for one repository size against a sandbox in its own process and prints a table.
#
#   bench/run.sh N [--latency 150ms] [--seed S] [--prefilled SNAPSHOT] [--keep DIR] [--apply-and-plan-only]
#                  [--service-only] [--no-audit-trail] [--app DIR] [--serve-options "JVM OPTIONS"]
#
# --prefilled starts the sandbox from a state written by bench/plan-cpu.sh (the repository already applied) and
# skips the initial apply, for sizes whose apply at the rate limit takes longer than one wants to wait.
# --apply-and-plan-only stops after the initial apply and the no-op plan (and validate, which they start with).
# --service-only runs the service scenarios alone (first sync, one changed service, ten syncs); a full read of
# the first sync stands for the no-op plan in the floors.
# --no-audit-trail runs the sandbox as an account without PagerDuty's audit trail.
# --app DIR runs the packaged application in DIR (default target/quarkus-app), say a copy built from an earlier
# commit, to compare before and after on the same machine and state.
# --serve-options gives the service these JVM options instead of those ./pd-gitops gives serve, say an earlier
# commit's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

services=${1:?usage: bench/run.sh N [--latency 150ms] [--seed S] [--prefilled SNAPSHOT] [--keep DIR] [--apply-and-plan-only] [--service-only] [--no-audit-trail] [--app DIR] [--serve-options OPTS]}
shift
latency=150ms
seed=1
prefilled=
keep=
apply_and_plan_only=
service_only=
audit_trail=1
app=$root/target/quarkus-app
serve_options=
while [ $# -gt 0 ]; do
  case "$1" in
    --latency) latency=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --prefilled) prefilled=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --apply-and-plan-only) apply_and_plan_only=1; shift ;;
    --service-only) service_only=1; shift ;;
    --no-audit-trail) audit_trail=; shift ;;
    --app) app=$(cd "$2" && pwd); shift 2 ;;
    --serve-options) serve_options=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[ -f "$app/quarkus-run.jar" ] || ./mvnw -q -B -DskipTests package
jar=$app/quarkus-run.jar
classpath="$app/app/*:$app/lib/main/*:$app/lib/boot/*"
token=bench-token

work=${keep:-$(mktemp -d)}
mkdir -p "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$keep" ] || rm -rf "$work"
}
trap cleanup EXIT

bench/generate-repo.sh "$services" "$work/config" "$seed" >/dev/null

# The sandbox: its own process, so that every figure below is pd-gitops alone.
sandbox_args=(sandbox --port 0 --seed "$work/config/sandbox-seed.yaml" --token "$token" --latency "$latency")
if [ -n "$prefilled" ]; then
  cp "$prefilled" "$work/sandbox-state.json"
  sandbox_args+=(--snapshot "$work/sandbox-state.json")
fi
[ -n "$audit_trail" ] || sandbox_args+=(--no-audit-trail)
java -jar "$jar" "${sandbox_args[@]}" >"$work/sandbox.out" 2>"$work/sandbox.err" &
pids+=($!)
for _ in $(seq 1 600); do
  url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/sandbox.out" 2>/dev/null || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "the sandbox did not start:" >&2; cat "$work/sandbox.err" >&2; exit 3; }

totals() {
  curl -fsS -H "Authorization: Token token=$token" "$url/sandbox-admin/stats" | jq -r '.totals | "\(.reads) \(.writes) \(.rate_limited)"'
}

# schedule_reads: reads of one schedule by id the sandbox answered so far.
schedule_reads() {
  curl -fsS -H "Authorization: Token token=$token" "$url/sandbox-admin/stats" | jq -r '.paths["/schedules/{id}"].reads // 0'
}

echo "N = $services services, latency $latency, sandbox rate limit 960/min per token, audit trail $([ -n "$audit_trail" ] && echo on || echo off), $(nproc) cores"
[ -z "$service_only" ] || echo "serve's JVM options: ${serve_options:-those of ./pd-gitops}"
echo
echo "| scenario                     | wall (s) | CPU (s) | RSS (MiB) |   reads |  writes |  429s | exit |"
echo "|------------------------------|---------:|--------:|----------:|--------:|--------:|------:|------|"
# row NAME WALL_S CPU_S RSS_KIB READS WRITES 429S EXIT: printed at once, so a long run shows its rows as they come.
row() {
  printf '| %-28s | %8s | %7s | %8s | %7s | %7s | %5s | %4s |\n' "$1" "$2" "$3" "$(($4 / 1024))" "$5" "$6" "$7" "$8"
}

# measure NAME COMMAND...: the whole process under /usr/bin/time, and the sandbox's counts around it.
measure() {
  local name=$1
  shift
  read -r reads0 writes0 limited0 <<<"$(totals)"
  local status=0
  PAGERDUTY_TOKEN=$token PAGERDUTY_URL=$url /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" \
    >"$work/$name.out" 2>"$work/$name.err" || status=$?
  read -r reads1 writes1 limited1 <<<"$(totals)"
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  row "$name" "$wall" "$(echo "$user + $sys" | bc)" "$rss" $((reads1 - reads0)) $((writes1 - writes0)) \
    $((limited1 - limited0)) "$status"
  last_wall=$wall
  last_calls=$((reads1 - reads0 + writes1 - writes0))
}

pd=(java -jar "$jar")
[ -n "$service_only" ] || measure "validate only" "${pd[@]}" validate "$work/config"
summary_apply() {
  if [ -n "${apply_calls:-}" ]; then
    awk -v c="$apply_calls" -v w="$apply_wall" 'BEGIN {
      printf "Initial apply: %d calls in %.1f s = %.0f calls/min, %.0f%% of 960/min; floor at the limit %.1f s (wall / floor = %.2f).\n",
        c, w, c / w * 60, c / w * 60 / 960 * 100, c / 16, w / (c / 16) }'
  fi
}
if [ -z "$service_only" ]; then
# The launcher: its first run after a build writes the class-data archive, later runs map it.
if [ -f "$root/pd-gitops" ] && grep -q SharedArchiveFile "$root/pd-gitops"; then
  rm -f "$root/target/quarkus-app/pd-gitops-cds.jsa"
  measure "validate, launcher 1st run" "$root/pd-gitops" validate "$work/config"
  measure "validate, launcher" "$root/pd-gitops" validate "$work/config"
fi
if [ -z "$prefilled" ]; then
  measure "initial apply" "${pd[@]}" apply "$work/config" --auto-approve
  apply_wall=$last_wall
  apply_calls=$last_calls
fi
measure "no-op plan" "${pd[@]}" plan "$work/config" --detailed-exitcode
plan_wall=$last_wall
plan_calls=$last_calls

if [ -n "$apply_and_plan_only" ]; then
  echo
  [ -n "$service_only" ] || echo "Objects: $(grep -o '^[0-9]* objects in [0-9]* files' "$work/validate only.out" || echo unknown)."
  summary_apply
  echo "No-op plan: $plan_calls calls in $plan_wall s."
  exit 0
fi

# The per-object baseline, side by side: one GET per managed object, as a Terraform refresh does.
java -cp "$classpath" bench/PerObjectRefresh.java list "$url" "$token" "$work/object-paths"
measure "per-object refresh baseline" java -cp "$classpath" bench/PerObjectRefresh.java refresh "$url" "$token" \
  "$work/object-paths"
baseline_wall=$last_wall
baseline_calls=$last_calls

cp -r "$work/config" "$work/changed"
service_files=("$work/changed/services"/*.yaml)
sed -i '0,/^description: "/s//description: "Changed for the benchmark: /' "${service_files[0]}"
measure "plan after one changed file" "${pd[@]}" plan "$work/changed" --detailed-exitcode
measure "drift check" "${pd[@]}" drift "$work/config" --detailed-exitcode
fi

# The service runs with the options ./pd-gitops gives serve (read from the launcher, so the two cannot drift),
# unless --serve-options says otherwise.
[ -n "$serve_options" ] || serve_options=$(sed -n 's/^  defaults="\(-Xmx[^"]*\)"$/\1/p' "$root/pd-gitops")
[ -n "$serve_options" ] || { echo "cannot read serve's options from ./pd-gitops" >&2; exit 3; }
# The service: from start until its first sync (of an account that already matches) is done. With serve's
# options, its CPU and RSS are what a user's service uses.
git -C "$work/config" init -q -b main
git -C "$work/config" -c user.name=bench -c user.email=bench@example.com add -A
git -C "$work/config" -c user.name=bench -c user.email=bench@example.com commit -qm "Benchmark repository"
# The repository is served by `git daemon` in its own process, as GitHub or GitLab serve it: a local path would
# make JGit pack every fetch's answer inside the service, and that work would count as the service's CPU.
git_port=$(( (RANDOM % 10000) + 30000 ))
git daemon --export-all --reuseaddr --listen=127.0.0.1 --port="$git_port" --base-path="$work" "$work" \
  >"$work/git-daemon.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  git ls-remote "git://127.0.0.1:$git_port/config" >/dev/null 2>&1 && break
  sleep 0.1
done
service_port=$(( (RANDOM % 10000) + 40000 ))
read -r reads0 writes0 limited0 <<<"$(totals)"
renderings0=$(schedule_reads)
started=$(date +%s.%N)
PAGERDUTY_TOKEN=$token PAGERDUTY_URL=$url QUARKUS_HTTP_PORT=$service_port PD_GITOPS_REPO_URL="git://127.0.0.1:$git_port/config" \
  PD_GITOPS_REPO_PATH=. PD_GITOPS_DATA_DIR="$work/service-data" PD_GITOPS_POLL_INTERVAL=off \
  PD_GITOPS_DRIFT_INTERVAL=off PD_GITOPS_API_TOKEN=bench-api-token \
  PD_GITOPS_WEBHOOK_GITHUB_SECRET=bench-webhook-secret PD_GITOPS_WEBHOOK_REPOSITORY_URLS=https://github.com/bench/config java $serve_options -jar "$jar" serve >"$work/service.out" 2>&1 &
service_pid=$!
pids+=("$service_pid")
phase=
for _ in $(seq 1 36000); do
  phase=$(curl -fsS "localhost:$service_port/api/v1/status" 2>/dev/null | jq -r '.phase // empty' || true)
  case "$phase" in Synced|Failed|Invalid|OutOfSync) break ;; esac
  kill -0 "$service_pid" 2>/dev/null || break
  sleep 0.1
done
ended=$(date +%s.%N)
read -r reads1 writes1 limited1 <<<"$(totals)"
renderings1=$(schedule_reads)
ticks=$(getconf CLK_TCK)
cpu=$(awk -v t="$ticks" '{printf "%.2f", ($14 + $15) / t}' "/proc/$service_pid/stat")
rss_now=$(awk '/VmRSS/ {print $2}' "/proc/$service_pid/status")
rss_peak=$(awk '/VmHWM/ {print $2}' "/proc/$service_pid/status")
row "service start to first sync" "$(printf '%.2f' "$(echo "$ended - $started" | bc)")" "$cpu" "$rss_peak" \
  $((reads1 - reads0)) $((writes1 - writes0)) $((limited1 - limited0)) "${phase:-none}"
# Without the CLI scenarios, the first sync's full read is the read a sync without an audit trail repeats: its
# reads less the schedule renderings (GET /schedules/{id}) that a first sync reads to compare who is paged.
[ -z "$service_only" ] || plan_calls=$((reads1 - reads0 - (renderings1 - renderings0)))

# service_cpu: CPU seconds the service has used so far.
service_cpu() {
  awk -v t="$ticks" '{printf "%.2f", ($14 + $15) / t}' "/proc/$service_pid/stat"
}
# push HEAD: tell the service of a push to main as GitHub does, signed with the webhook secret. A push, not a
# manual sync: manual syncs also read every schedule's rendering to compare who is paged, pushes do not.
push() {
  local body signature
  body=$(jq -cn --arg after "$1" '{ref: "refs/heads/main", after: $after, deleted: false,
    repository: {clone_url: "https://github.com/bench/config.git", html_url: "https://github.com/bench/config"}}')
  signature=$(printf '%s' "$body" | openssl dgst -sha256 -hmac bench-webhook-secret -r | cut -d' ' -f1)
  curl -fsS -X POST -H 'Content-Type: application/json' -H 'X-GitHub-Event: push' \
    -H "X-GitHub-Delivery: bench-$1" -H "X-Hub-Signature-256: sha256=$signature" \
    --data-binary "$body" "localhost:$service_port/api/v1/webhooks/github" >/dev/null
}
# syncs NAME K: K times, one service's description changed, committed and pushed; the row holds the calls and the
# service CPU of all K syncs and the service's RSS after them.
syncs() {
  local name=$1 count=$2 k head status_json applied
  read -r reads0 writes0 limited0 <<<"$(totals)"
  local cpu0 started
  cpu0=$(service_cpu)
  started=$(date +%s.%N)
  for k in $(seq 1 "$count"); do
    sed -i "0,/^description: \"/s//description: \"Sync $k: /" "${sync_files[0]}"
    git -C "$work/config" -c user.name=bench -c user.email=bench@example.com commit -qam "Change one service ($k)"
    head=$(git -C "$work/config" rev-parse HEAD)
    push "$head"
    applied=
    for _ in $(seq 1 36000); do
      status_json=$(curl -fsS "localhost:$service_port/api/v1/status" 2>/dev/null || true)
      applied=$(jq -r '.lastAppliedRevision // empty' <<<"$status_json")
      phase=$(jq -r '.phase // empty' <<<"$status_json")
      [ "$applied" = "$head" ] && break
      case "$phase" in Failed|Invalid) break ;; esac
      sleep 0.1
    done
    [ "$applied" = "$head" ] || { phase="not-applied:$phase"; break; }
  done
  read -r reads1 writes1 limited1 <<<"$(totals)"
  local cpu1 rss
  cpu1=$(service_cpu)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$service_pid/status")
  row "$name" "$(printf '%.2f' "$(echo "$(date +%s.%N) - $started" | bc)")" "$(echo "$cpu1 - $cpu0" | bc)" "$rss" \
    $((reads1 - reads0)) $((writes1 - writes0)) $((limited1 - limited0)) "${phase:-none}"
  last_calls=$((reads1 - reads0 + writes1 - writes0))
  last_cpu=$(echo "$cpu1 - $cpu0" | bc)
}
if [ "$phase" = Synced ]; then
  sync_files=("$work/config/services"/*.yaml)
  syncs "one changed service" 1
  one_change_calls=$last_calls
  syncs "ten syncs" 10
  ten_sync_calls=$last_calls
  ten_sync_cpu=$last_cpu
  ten_sync_rss=$(awk '/VmRSS/ {print $2}' "/proc/$service_pid/status")
fi
kill "$service_pid"
wait "$service_pid" 2>/dev/null || true

echo
[ -n "$service_only" ] || echo "Objects: $(grep -o '^[0-9]* objects in [0-9]* files' "$work/validate only.out" || echo unknown)."
echo "Service RSS after its first sync: $((rss_now / 1024)) MiB (peak $((rss_peak / 1024)) MiB)."
summary_apply
# The floors: a one-change sync needs its one write, plus the reads of a no-op plan where no audit trail
# says what changed since the last read.
if [ -n "${one_change_calls:-}" ]; then
  echo "One changed service: $one_change_calls calls; floor 1 write + the $plan_calls reads of a no-op plan = $((plan_calls + 1)) without an audit trail, 10 with one."
  echo "Ten syncs: $ten_sync_calls calls; floor $((10 * (plan_calls + 1))) without an audit trail, 100 with one; RSS after them $((ten_sync_rss / 1024)) MiB (goal 400)."
  awk -v c="$ten_sync_cpu" 'BEGIN { printf "Service CPU per one-change sync over the ten: %.2f s (target < 1 s).\n", c / 10 }'
fi
[ -z "$service_only" ] || exit 0
awk -v c="$plan_calls" -v w="$plan_wall" -v bc="$baseline_calls" -v bw="$baseline_wall" 'BEGIN {
  printf "No-op plan vs per-object refresh: %d vs %d calls (%.1fx fewer), %.1f s vs %.1f s (%.1fx faster).\n",
    c, bc, bc / c, w, bw, bw / w }'
