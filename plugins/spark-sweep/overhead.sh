#!/usr/bin/env bash
# Wall time of one sweep three ways, REPS times each (default 3), interleaved:
#   the core's local engine at --parallel 1 and --parallel 2, and SparkSweep on local[2], run as
#   spark-submit runs it in client mode (the shaded jar on Spark's class path, Spark's Java 17
#   flags). Prints one line per run: way, wall s, CPU s (user+sys), and for Spark the job's own
#   time from its log (the runs, without starting the JVM and the context).
# Needs: mvn -B -q install -DskipTests at the root (the core's -all jar) and mvn package here.
# Extra arguments replace the default sweep.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
reps=${REPS:-3}
core=$(ls ../../target/fluidedge-*-all.jar | head -1)
jar=$(ls target/fluidedge-spark-sweep-*-all.jar | head -1)
# Spark's own class path, as a Spark distribution's jars/ would give it: spark-core alone.
spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml)
mkdir -p target/spark-classpath
cat >target/spark-classpath/pom.xml <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>spark-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId>
    <artifactId>spark-core_2.13</artifactId><version>$spark_version</version></dependency>
  </dependencies>
</project>
POM
mvn -B -q -f target/spark-classpath/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/spark.cp"
spark_cp=$(cat target/spark.cp)
flags=$(sed -n '/<spark.jvm.flags>/,/<\/spark.jvm.flags>/p' pom.xml | sed 's/<[^>]*>//g' | tr -s ' \n' ' ')
sweep=(scenario.yaml --grid radio.bs-antennas=8,12 --grid optimizer.policy=joint,fpa
  --replications 4 --set duration-s=2 --set coherence-s=0.01)
if (($# > 0)); then sweep=("$@"); fi
export SPARK_LOCAL_IP=127.0.0.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
TIMEFORMAT='%R %U %S'

measure() { # name command...: prints "name wall cpu"
  local name=$1; shift
  local t
  t=$( { time "$@" >"$work/$name.out" 2>"$work/$name.err"; } 2>&1 )
  read -r wall user sys <<<"$t"
  local job=""
  if [[ $name == spark* ]]; then
    job=$(grep -o 'Job 0 finished: .* took [0-9.]* ms' "$work/$name.err" | grep -o '[0-9.]* ms$' || true)
  fi
  printf '%-10s wall %6.2f s  cpu %6.2f s  %s\n' "$name" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
    "${job:+spark job $job}"
}

for ((i = 1; i <= reps; i++)); do
  rm -rf "$work"/p1 "$work"/p2 "$work"/spark
  measure local-p1 java -jar "$core" sweep "${sweep[@]}" --parallel 1 --out "$work/p1"
  measure local-p2 java -jar "$core" sweep "${sweep[@]}" --parallel 2 --out "$work/p2"
  # shellcheck disable=SC2086
  measure spark-l2 java $flags -Dspark.master='local[2]' -Dspark.ui.enabled=false \
    -cp "$jar:$spark_cp" io.fluidedge.spark.SparkSweep "${sweep[@]}" --out "$work/spark"
  cmp -s "$work/p2/results.csv" "$work/spark/results.csv" && cmp -s "$work/p1/results.csv" \
    "$work/p2/results.csv" || { echo "results.csv differ" >&2; exit 1; }
done
echo "results.csv identical in every run"
