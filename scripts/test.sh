#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run):
#   1. Release build, GoogleTest suite under ctest;
#   2. the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. each libFuzzer target for FUZZ_SECONDS (default 60) seconds.
# Environment: SANITIZE=0 skips step 2, FUZZ_SECONDS=0 skips step 3.
# Ends with "N passed, N failed" (ctest tests of both builds plus one entry
# per fuzzer) and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh || exit 1
jobs=$(nproc)
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
SANITIZE=${SANITIZE:-1}
passed=0
failed=0
t0=$(date +%s)

# Runs ctest in build dir $1, adds its counts to the totals.
run_ctest() {
  local dir=$1 log
  log=$(mktemp)
  ctest --test-dir "$dir" --output-on-failure -j"$jobs" 2>&1 | tee "$log"
  local line
  line=$(grep -E '[0-9]+% tests passed' "$log" | tail -n 1)
  rm -f "$log"
  if [[ $line =~ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
    failed=$((failed + BASH_REMATCH[1]))
    passed=$((passed + BASH_REMATCH[2] - BASH_REMATCH[1]))
  else
    echo "test.sh: no ctest summary from $dir" >&2
    failed=$((failed + 1))
  fi
}

build() {  # build dir, cmake options...
  local dir=$1
  shift
  cmake -S . -B "$dir" "$@" >/dev/null && cmake --build "$dir" -j"$jobs"
}

echo "== Release build and tests"
if build build -DCMAKE_BUILD_TYPE=Release; then
  run_ctest build
else
  echo "test.sh: Release build failed" >&2
  failed=$((failed + 1))
fi

if [ "$SANITIZE" != 0 ]; then
  echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
  if build build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTGRAPH_SANITIZE=ON; then
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
    LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      run_ctest build-asan
  else
    echo "test.sh: sanitizer build failed" >&2
    failed=$((failed + 1))
  fi
fi

if [ "$FUZZ_SECONDS" != 0 ]; then
  echo "== Fuzzers, ${FUZZ_SECONDS} s each"
  for t in fuzz_load fuzz_time fuzz_extract; do
    if bash scripts/fuzz.sh "$FUZZ_SECONDS" "$t"; then
      passed=$((passed + 1))
    else
      echo "test.sh: $t failed" >&2
      failed=$((failed + 1))
    fi
  done
fi

echo "test.sh: $(( $(date +%s) - t0 )) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
