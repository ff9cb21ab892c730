#!/usr/bin/env bash
# One of the README's experiments: layouts | concurrency | fairness [REPLICATIONS (3)].
# Writes results/<name>.csv and PNG figures beside this script. Builds what is missing: the core's
# shaded jar (bin/fluidedge) and this plugin's jar (mvn package).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
name=${1:?usage: experiments.sh layouts|concurrency|fairness [REPLICATIONS]}
reps=${2:-3}
"$root/bin/fluidedge" --version >/dev/null
if ! ls "$here"/target/federated-finetune-*.jar >/dev/null 2>&1; then
  mvn -B -q -f "$here/pom.xml" package -DskipTests >&2
fi
core=$(ls -t "$root"/target/fluidedge-*-all.jar | head -1)
plugin=$(ls -t "$here"/target/federated-finetune-*.jar | grep -v -e sources -e tests | head -1)
cd "$root"
exec java -cp "$core:$plugin" io.fluidedge.fl.Experiments "$name" \
  plugins/federated-finetune/scenario.yaml "$here/results" "$reps"
