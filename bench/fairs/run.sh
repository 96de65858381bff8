#!/usr/bin/env bash
# Fairs benchmark: stall devices syncing batches of offline sales over HTTP (POST /api/v1/pos/sync) at
# 1, 4 and 16 devices, side by side with pgbench running the same SQL per batch (sync.sql) on the same
# database. Not part of CI nor of ./mvnw verify. Only 127.0.0.1 is contacted; every phase is bounded.
# See README.md beside this file.
#
#   bench/fairs/run.sh        # 6-9 minutes on 2 cores: build, fresh data, 3 x (HTTP, pgbench) phases
#   BENCH_SECONDS=20 BENCH_WARMUP=5 BENCH_CLIENTS="1 4 16" BENCH_SALES=50 BENCH_PORT=18083 (defaults;
#                             # BENCH_CLIENTS = devices, at most 16; BENCH_SALES = sales per batch, at most 500)
#   BENCH_SKIP_BUILD=1        # reuse target/tadamon-*.jar
#   BENCH_JFR=4               # then profile the app (Java Flight Recorder, 1 ms sampling) during an extra,
#                             # unmeasured HTTP phase at 4 devices: target/bench-fairs/profile.txt
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${BENCH_PORT:-18083}
clients=${BENCH_CLIENTS:-"1 4 16"}
export BENCH_SECONDS=${BENCH_SECONDS:-20} BENCH_WARMUP=${BENCH_WARMUP:-5} BENCH_SALES=${BENCH_SALES:-50}
for n in $clients; do
  [ "$n" -ge 1 ] && [ "$n" -le 16 ] || { echo "BENCH_CLIENTS: 1 to 16 devices (setup.sql pairs 16)"; exit 1; }
done
[ "$BENCH_SALES" -ge 1 ] && [ "$BENCH_SALES" -le 500 ] || { echo "BENCH_SALES: 1 to 500 (the API's batch limit)"; exit 1; }
out=target/bench-fairs
data=$out/pg
mkdir -p "$out"
load_before=$(cut -d" " -f1-3 /proc/loadavg)
rm -rf "$out"/*.tsv "$out"/pgbench-* "$out"/statements-* "$out"/profile* "$out"/classes

app=""
# Stops the app (its context stops the embedded PostgreSQL); if PostgreSQL outlives it (the app was
# killed), stops the postmaster of our data directory too. Runs on exit, Ctrl-C included.
stop_app() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app" 2>/dev/null || true
  fi
  wait "$app" 2>/dev/null || true
  app=""
  if [ -f "$data/postmaster.pid" ]; then
    local pm
    pm=$(head -1 "$data/postmaster.pid")
    if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null; then
      kill -INT "$pm" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
}
trap stop_app EXIT
trap 'exit 130' INT TERM

start_app() {
  java ${BENCH_JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=512 -jar "$jar" --tadamon.embedded-postgres.data-dir="$data" --tadamon.demo.enabled=true \
    --server.port="$port" >"$out/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { echo "the app stopped; see $out/app.log"; exit 1; }
    sleep 1
  done
  pgport=$(grep -ao 'Embedded PostgreSQL ready on port [0-9]*' "$out/app.log" | grep -o '[0-9]*$' | tail -1)
  [ -n "$pgport" ] || { echo "no embedded PostgreSQL port in $out/app.log"; exit 1; }
}

echo "== 1/4 build"
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  # -DskipTests alone still runs the unit tests here (surefire skips on ${skipUnitTests}), and
  # ModularityTest then rewrites docs/modules: skip compiling and running tests altogether.
  ./mvnw -q -B -Dmaven.test.skip=true package
fi
jar=$(ls target/tadamon-*.jar | grep -v '\.original$' | head -1)
javac -d "$out/classes" bench/fairs/Bench.java
bench() { java -cp "$out/classes" Bench "$@"; }

echo "== 2/4 fresh database in $data: demo data, then two running fairs, 16 stalls with a paired device each, 200 variants and their stock"
rm -rf "$data"
started=$(date +%s)
start_app
psql_() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d tadamon -v ON_ERROR_STOP=1 "$@"; }
psql_ -q -f bench/fairs/setup.sql
# pg_stat_statements (shipped with the embedded binaries) needs a restart to load: what the SQL of
# each phase was, per batch (statements-*.txt).
psql_ -qc "alter system set shared_preload_libraries = 'pg_stat_statements'"
stop_app
start_app
psql_ -qc "create extension if not exists pg_stat_statements"
echo "app ready on port $port, embedded PostgreSQL on port $pgport ($(( $(date +%s) - started )) s)"

# What PostgreSQL executed in a phase, per synced batch (the denominator: the heads' inserts).
statements() {
  psql_ -c "
    with s as (select * from pg_stat_statements where dbid = (select oid from pg_database where datname = 'tadamon')),
    batches as (select greatest(sum(calls), 1) n from s where query like 'insert into sales_sale %')
    select round(sum(calls) / (select n from batches), 2) as per_batch, sum(calls) as calls,
           round((sum(total_exec_time) / (select n from batches))::numeric, 3) as exec_ms_per_batch,
           round((sum(total_exec_time) / sum(calls))::numeric, 3) as mean_ms,
           left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement
    from s where query not like '%pg_stat_statements%'
    group by query order by sum(calls) desc, sum(total_exec_time) desc" >"$1"
  psql_ -qAtc "select pg_stat_statements_reset()" >/dev/null
}

# CPU time (ms) of PostgreSQL: the postmaster with its exited children (cutime, cstime) and the live ones.
pg_cpu() {
  local pm t=0 p
  pm=$(head -1 "$data/postmaster.pid")
  t=$(awk '{ print $16 + $17 }' "/proc/$pm/stat")
  for p in $pm $(pgrep -P "$pm"); do
    t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $((t * 10))
}
# Batches synced so far: the devices number their sales 1, 2, 3… without gaps on both sides.
batches() { psql_ -qAtc "select floor(coalesce(sum(last_seq), 0) / $BENCH_SALES)::bigint from fairs_device"; }
export BENCH_APP_PID=$app BENCH_PG_PID=$(head -1 "$data/postmaster.pid")

# The JIT compiles the hot paths in the first seconds of load: once, unmeasured, before the phases.
echo "JIT warm-up: 10 s of HTTP syncs at 4 devices (not counted)"
BENCH_WARMUP=0 BENCH_SECONDS=10 bench http "$port" 4 "$out" >/dev/null
rm -f "$out/http-4.tsv"
# The ledger's tables were analysed empty (setup.sql): refresh their statistics now that they hold a few
# thousand sales, as autovacuum soon would, so that the first phase does not run with plans for empty tables.
psql_ -qc "vacuum (analyze) sales_sale, sales_sale_line, sales_stock_entry, sales_stock_level, fairs_device"

echo "== 3/4 measuring: ${BENCH_WARMUP} s warm-up + ${BENCH_SECONDS} s per phase, batches of $BENCH_SALES sales, devices: $clients"
for n in $clients; do
  psql_ -qAtc "select pg_stat_statements_reset()" >/dev/null
  bench http "$port" "$n" "$out"
  statements "$out/statements-http-$n.txt"
  cpu0=$(pg_cpu); batches0=$(batches)
  /usr/bin/time -f "%U %S" -o "$out/pgbench-$n.time" pgbench -n -M prepared -r -f bench/fairs/sync.sql -c "$n" -j "$n" -T $((BENCH_WARMUP + BENCH_SECONDS)) \
    -D sales="$BENCH_SALES" -l --log-prefix="$out/pgbench-$n" -h 127.0.0.1 -p "$pgport" -U postgres tadamon >"$out/pgbench-$n.out" 2>&1 \
    || { cat "$out/pgbench-$n.out"; exit 1; }
  sleep 1 # pgbench's backends exit: their CPU moves to the postmaster's children time once reaped
  cpu1=$(pg_cpu); batches1=$(batches)
  BENCH_NOTE=$(awk -v pg=$((cpu1 - cpu0)) -v n=$((batches1 - batches0)) 'NR == 1 { printf "CPU ms/batch: PostgreSQL %.1f, pgbench %.1f", pg / n, 1000 * ($1 + $2) / n }' "$out/pgbench-$n.time") \
    bench pgbench "$n" "$out"
  statements "$out/statements-pgbench-$n.txt"
done
psql_ -Atc "select 'stock left at the stalls: min ' || min(quantity) || ' of 1000000; sales synced: '
  || (select count(*) from sales_sale where device_id is not null) || ' in ' || (select count(*) from sales_sale_line l
  join sales_sale s on s.id = l.sale_id where s.device_id is not null) || ' lines; discrepancies: '
  || (select count(*) from sales_stock_discrepancy) || '; flagged sales: ' || (select count(*) from sales_sale where flags <> '{}')
  from sales_stock_level where location_id::text like '00000000-0000-4000-a000-%'"

if [ -n "${BENCH_JFR:-}" ]; then
  echo "profiling: ${BENCH_SECONDS} s of HTTP syncs at ${BENCH_JFR} devices under Java Flight Recorder (not in the table)"
  jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  sed 's|<setting name="period" control="method-sampling-java-interval">[^<]*<|<setting name="period" control="method-sampling-java-interval">1 ms<|' \
    "$jdk/lib/jfr/profile.jfc" >"$out/profile.jfc"
  mkdir -p "$out/profile"
  jcmd "$app" JFR.start name=bench settings="$PWD/$out/profile.jfc" filename="$PWD/$out/profile.jfr" >/dev/null
  BENCH_WARMUP=1 bench http "$port" "$BENCH_JFR" "$out/profile"
  jcmd "$app" JFR.stop name=bench >/dev/null
  bench/fairs/jfr-summary.py "$out/profile.jfr" | tee "$out/profile.txt"
fi

echo "== 4/4 results"
results=bench/fairs/results-$(date +%F).md
bench table "$out" "$out/table.md" >/dev/null
{
  echo "# Fairs benchmark (batch sync), $(date '+%F %H:%M %Z')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(free -g | awk '/Mem:/{print $2}') GiB;"
  echo "load average before the run: ${load_before:-$(cut -d' ' -f1-3 /proc/loadavg)}, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Phases: ${BENCH_WARMUP} s warm-up + ${BENCH_SECONDS} s measured; batches of ${BENCH_SALES} sales of 1-3 lines;"
  echo "latencies in ms per batch at the client; sales/s = batches/s x ${BENCH_SALES}, every sale RECORDED (else an error)."
  echo
  cat "$out/table.md"
} >"$results"
cat "$results"
echo "Per-phase SQL in $out/statements-*.txt; app log $out/app.log"
