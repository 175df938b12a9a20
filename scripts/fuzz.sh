#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a
# bounded time, one after the other, seeded from seeds/.
#   bash scripts/fuzz.sh [SECONDS_PER_FUZZER] [TARGET...]
# Defaults: 60 s, every target (fuzz_load fuzz_time fuzz_extract).
# The corpus grows in build-fuzz/corpus/<target>; crashes are saved to
# build-fuzz/artifacts/ (FUZZ_BUILD_DIR overrides build-fuzz). Exits non-zero
# when a fuzzer finds a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_load fuzz_time fuzz_extract)
B=${FUZZ_BUILD_DIR:-build-fuzz}
cmake -S . -B $B -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DEVENTGRAPH_FUZZ=ON -DEVENTGRAPH_TESTS=OFF >/dev/null
cmake --build $B -j"$(nproc)" --target "${targets[@]}"
mkdir -p $B/artifacts
status=0
for t in "${targets[@]}"; do
  corpus=$B/corpus/$t
  mkdir -p "$corpus"
  dict=()
  base=${t#fuzz_}
  [ -f fuzz/$base.dict ] && dict=(-dict=fuzz/$base.dict)
  log=$B/$t.log
  echo "== $t: ${secs}s" >&2
  # -timeout: one input taking 10 s is a hang; -max_len: room for long lines.
  if ! "$B/fuzz/$t" "$corpus" seeds -max_total_time="$secs" -timeout=10 -max_len=65536 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$B/artifacts/$t- \
      "${dict[@]}" >"$log" 2>&1; then
    status=1
    echo "!! $t failed; last lines of $log:" >&2
    tail -n 40 "$log" >&2
  fi
  # Last status line: executions, coverage, features, exec/s.
  grep -E '^#[0-9]+' "$log" | tail -n 1 >&2 || true
  grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec' "$log" >&2 || true
done
exit $status
