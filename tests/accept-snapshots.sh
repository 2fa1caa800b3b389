#!/usr/bin/env bash
# Accepts the snapshots a failed test run left behind: renames every *.received.<ext> under tests/ to
# *.verified.<ext>. Review the received files (or the diffs in the test output) first; then commit the
# verified files, whose diff is what reviewers read. To re-run everything and accept in one go instead:
#   KB_ACCEPT_SNAPSHOTS=1 dotnet test KnowledgeBase.sln
set -euo pipefail
cd "$(dirname "$0")"

count=0
while IFS= read -r -d '' received; do
  verified="${received/.received./.verified.}"
  mv -f -- "$received" "$verified"
  echo "accepted ${verified#./}"
  count=$((count + 1))
done < <(find . -type f -name '*.received.*' -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z)

echo "$count snapshot file(s) accepted"
