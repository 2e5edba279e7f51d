# Shared by the bench scripts; source it from the project root.
# Builds the application when it has not been packaged yet, and names its classpath for the bench programs.
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B -DskipTests package
app_classpath="target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*"

# generated_repository SERVICES SEED: writes a synthetic repository into a temporary folder removed at exit,
# and sets $generated to its path.
generated_repository() {
  local parent
  parent=$(mktemp -d)
  trap "rm -rf '$parent'" EXIT
  bench/generate-repo.sh "$1" "$parent/config" "$2" >/dev/null
  generated=$parent/config
}
