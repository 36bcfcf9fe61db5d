#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer) and ThreadSanitizer.
#
#   scripts/sanitizers.sh [address|thread]...   (default: both)
#
# Each sanitizer builds into its own scratch folder (.build-asan, .build-tsan; git-ignored).
# The CLI tests run the `analyze` binary built in the same folder, so it is sanitized too.
# Leaks that XCTest and Foundation keep until exit are suppressed (scripts/lsan.supp); any
# other leak, memory error or data race fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)
status=0
for s in "${sanitizers[@]}"; do
  case "$s" in address) dir=.build-asan ;; thread) dir=.build-tsan ;; *) echo "sanitizers.sh: unknown sanitizer $s" >&2; exit 64 ;; esac
  echo "== swift test --sanitize=$s"
  LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0" \
  TSAN_OPTIONS="halt_on_error=1" \
    swift test --sanitize="$s" --scratch-path "$dir" 2>&1 | grep -E "Test run with|✘|ERROR: |WARNING: ThreadSanitizer|SUMMARY: " 
  rc=${PIPESTATUS[0]}
  echo "== $s: exit $rc"
  [ "$rc" -ne 0 ] && status=$rc
done
exit $status
