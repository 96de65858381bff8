#!/usr/bin/env bash
# Registry directory benchmark at national scale; not part of CI nor of ./mvnw verify.
# Builds the jar, generates the synthetic dataset into its own embedded data directory (timed),
# starts the app on it, then runs Bench.java: the directory's searches over HTTP and as raw SQL at
# 1 and 16 clients. Only 127.0.0.1 is contacted; every phase is bounded. See README.md beside this file.
#
#   bench/registry/run.sh                     # fresh dataset (deletes data/bench first)
#   BENCH_KEEP_DATA=1 bench/registry/run.sh   # reuse data/bench as it is
#   BENCH_SECONDS=8 BENCH_WARMUP=2 BENCH_SCALE=60000 BENCH_SEED=42 BENCH_PORT=18080 (defaults)
set -euo pipefail
cd "$(dirname "$0")/../.."

data=${BENCH_DATA:-data/bench}
scale=${BENCH_SCALE:-60000}
seed=${BENCH_SEED:-42}
port=${BENCH_PORT:-18080}
out=target/bench-registry
mkdir -p "$out"

echo "== 1/4 build"
./mvnw -q -B -DskipTests package
jar=$(ls target/tadamon-*.jar | grep -v '\.original$' | head -1)

echo "== 2/4 synthetic dataset: scale $scale, seed $seed, into $data"
if [ -d "$data" ] && [ -z "${BENCH_KEEP_DATA:-}" ]; then
  rm -rf "$data"
fi
started=$(date +%s%3N)
java -jar "$jar" --tadamon.embedded-postgres.data-dir="$data" --tadamon.synthetic.scale="$scale" \
  --tadamon.synthetic.seed="$seed" --tadamon.synthetic.exit=true --tadamon.demo.enabled=true \
  --server.port=0 >"$out/generate.log" 2>&1
generation=$(awk -v ms=$(( $(date +%s%3N) - started )) 'BEGIN { printf "%.1f", ms / 1000 }')
grep -E 'Synthetic (dataset|registry)' "$out/generate.log" | sed 's/.*: //'
echo "generation, start to exit: $generation s"

echo "== 3/4 app on $data, port $port"
java -jar "$jar" --tadamon.embedded-postgres.data-dir="$data" --tadamon.demo.enabled=true \
  --server.port="$port" >"$out/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the app stopped; see $out/app.log"; exit 1; }
  sleep 1
done
pgport=$(grep -o 'Embedded PostgreSQL ready on port [0-9]*' "$out/app.log" | grep -o '[0-9]*$' | head -1)
echo "app ready; embedded PostgreSQL on port $pgport"
# What autovacuum does within minutes of a bulk load (visibility map for index-only scans), done now.
psql -h 127.0.0.1 -p "$pgport" -U postgres -d tadamon -qc "vacuum (analyze)"
psql -h 127.0.0.1 -p "$pgport" -U postgres -d tadamon -Atc \
  "select 'actors ' || count(*) || ', members ' || (select count(*) from registry_member) from registry_actor"

echo "== 4/4 measuring (HTTP and SQL, 1 and 16 clients)"
driver=$(jar tf "$jar" | grep -m1 'BOOT-INF/lib/postgresql-.*\.jar')
(cd "$out" && jar xf "../../$jar" "$driver")
{
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "Dataset: scale $scale, seed $seed; generation $generation s"
} >"$out/machine.txt"
java -cp "target/classes:$out/$driver" bench/registry/Bench.java "$port" "$pgport" "$out"
cat "$out/machine.txt"
echo "Results in $out/results.md, plans in $out/explain.txt"
