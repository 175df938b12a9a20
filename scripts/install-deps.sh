#!/usr/bin/env bash
# Installs the Debian packages eventgraph builds and runs with, when missing.
# Needs root (or sudo). Safe to run again: installed packages are skipped.
set -euo pipefail
PKGS=(g++ cmake make pkg-config
      libboost-graph-dev libhowardhinnant-date-dev libgraphviz-dev graphviz
      nlohmann-json3-dev libcli11-dev googletest libgtest-dev librsvg2-bin
      clang libclang-rt-14-dev)  # clang: libFuzzer targets (scripts/fuzz.sh)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
