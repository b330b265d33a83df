#!/usr/bin/env bash
# The Spark engine on a real standalone cluster, through spark-submit (issue 14, docs/scale-out.md,
# "Running on a cluster"): starts a Spark master and one worker on this machine, submits
# `newsgraph build --engine spark` of the seed articles (or the folder given) to them with
# org.apache.spark.deploy.SparkSubmit, builds the same articles with the single-process engine,
# and checks that the two stores hold the same dataset (their N-Quads exports, sorted, are
# identical). Exit 0 when they are; the master, worker and driver logs stay in the work folder.
#
#   scripts/spark-standalone-check.sh [ARTICLES [WORK]]   # after `mvn -B -DskipTests package`
#
# The "cluster" runs Spark 4.0.1 from this build's jars only (nothing is downloaded): a Spark home
# whose jars/ holds target/spark-lib and, from target/lib, the libraries of Spark's own dependency
# tree that newsgraph shares (found with `mvn -o dependency:tree -Dverbose`), and slf4j-simple for
# its logs. newsgraph itself reaches the executors as a cluster user ships it: the job jar
# target/newsgraph.jar and its libraries with --jars (copied to the executors by the driver), ahead
# of Spark's own with spark.{driver,executor}.userClassPathFirst. Takes minutes: the executor loads
# CoreNLP's models. Needs about 6 GB of memory (driver 2 GB, executor 3 GB).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="$(cd "${1:-$root/seeds}" && pwd)"
work="${2:-$(mktemp -d /tmp/newsgraph-spark-cluster-XXXXXX)}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[[ -f "$root/target/newsgraph.jar" && -d "$root/target/spark-lib" ]] || {
  echo "spark-standalone-check: run 'mvn -B -DskipTests package' first" >&2
  exit 70
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- the cluster's Spark home -------------------------------------------------------------------
spark_home="$work/spark-home"
rm -rf "$spark_home"
mkdir -p "$spark_home/jars" "$spark_home/conf"
ln -s "$root"/target/spark-lib/*.jar "$spark_home/jars/"
(cd "$root" && mvn -B -o -q dependency:tree -Dverbose -Dng.skipIndex=true \
  -DoutputFile="$work/dependency-tree.txt")
# artifact ids in Spark's branch of the tree (from spark-core to the next direct dependency)
awk '/spark-core_2.13:jar/ {inside = 1; next} inside && /^[+\\]- / {exit} inside' \
  "$work/dependency-tree.txt" |
  sed -E 's/^[^a-zA-Z]*\(?([^: ]+):([^: ]+):.*/\2/' | sort -u >"$work/spark-artifacts.txt"
shared=0
while read -r artifact; do
  compgen -G "$root/target/spark-lib/$artifact-[0-9]*.jar" >/dev/null && continue
  for jar in "$root"/target/lib/"$artifact"-[0-9]*.jar; do
    [[ -e "$jar" ]] || continue
    ln -sf "$jar" "$spark_home/jars/"
    shared=$((shared + 1))
  done
done <"$work/spark-artifacts.txt"
ln -sf "$root"/target/lib/slf4j-simple-*.jar "$spark_home/jars/"
echo "cluster: $(ls "$spark_home/jars" | wc -l) jars ($shared shared with newsgraph)" >&2

opens=(-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
  java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
  sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
# The JDK's StAX for Jena's XML readers (docs/scale-out.md), on the driver and the executors.
stax="-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl"
stax+=" -Djavax.xml.stream.XMLOutputFactory=com.sun.xml.internal.stream.XMLOutputFactoryImpl"
stax+=" -Djavax.xml.stream.XMLEventFactory=com.sun.xml.internal.stream.events.XMLEventFactoryImpl"
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop EXIT

master_port="$(free_port)"
master="spark://127.0.0.1:$master_port"
"$java" -Xmx256m "${opens[@]}" -cp "$spark_home/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$(free_port)" >"$work/master.log" 2>&1 &
pids+=($!)
"$java" -Xmx256m "${opens[@]}" -cp "$spark_home/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 4g --work-dir "$work/worker" \
  --webui-port "$(free_port)" "$master" >"$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do
  grep -q "Successfully registered with master" "$work/worker.log" 2>/dev/null && break
  sleep 1
done
grep -q "Successfully registered with master" "$work/worker.log" || {
  echo "spark-standalone-check: the worker did not register; see $work/worker.log" >&2
  exit 1
}
echo "cluster: master $master, one worker (2 cores)" >&2

# --- the job, through spark-submit ---------------------------------------------------------------
jars="$(ls "$root"/target/lib/*.jar | paste -sd, -)"
rm -rf "$work/store-cluster" "$work/store-single"
echo "spark-submit: build --engine spark of $articles" >&2
start=$(date +%s)
"$java" -Xmx2g "${opens[@]}" $stax -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$spark_home/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --deploy-mode client --name "newsgraph build" \
  --class org.newsgraph.cli.Main \
  --executor-memory 3g --total-executor-cores 2 \
  --jars "$jars" \
  --conf spark.driver.userClassPathFirst=true \
  --conf spark.executor.userClassPathFirst=true \
  --conf "spark.executor.extraJavaOptions=$stax" \
  "$root/target/newsgraph.jar" \
  build --engine spark --store "$work/store-cluster" "$articles" 2>&1 | tee "$work/driver.log" >&2
echo "spark-submit: $(($(date +%s) - start)) s" >&2

# --- the same build in one process, and the comparison --------------------------------------------
NEWSGRAPH_CDS=0 NEWSGRAPH_HEAP="${NEWSGRAPH_HEAP:-3g}" "$root/newsgraph" build \
  --store "$work/store-single" "$articles" 2>"$work/single.log"
for store in cluster single; do
  NEWSGRAPH_CDS=0 NEWSGRAPH_HEAP=1g "$root/newsgraph" export --store "$work/store-$store" \
    --format nquads | LC_ALL=C sort >"$work/$store.nq"
done
if cmp -s "$work/cluster.nq" "$work/single.nq"; then
  echo "OK: the cluster build and the single-process build hold the same $(wc -l <"$work/single.nq") quads ($work)"
else
  echo "DIFFERENT: see diff $work/cluster.nq $work/single.nq" >&2
  exit 1
fi
