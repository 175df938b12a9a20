#!/usr/bin/env bash
# One command for a newcomer: install what is missing, build in Release,
# and run the main job on seeds/ into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
./build/eventgraph seeds -o out
