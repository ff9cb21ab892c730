#!/usr/bin/env bash
# Regenerates the README figures into plugins/multi-spin/figures/ (CSV and PNG). Needs the core
# installed in the local Maven repository (`mvn -B -q install -DskipTests` at the repository
# root); extra Maven options (e.g. -Dmaven.repo.local=...) are passed through.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mvn -B -q "$@" compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
