#!/usr/bin/env bash
# The entry limit of one collection, proven at the limit (issue 12, "Runtime limits as facts, proven"): builds a
# collection of exactly N entries of a record with two string fields (tests/perf/programs/LimitItem.cs), loads the
# assembly and reads its last entry (programs/ReadLast.cs: through its member, Get(id) and the end of All). With
# --over it builds N + 1 entries instead and expects the build to fail with KB0043 at the last file, and nowhere
# else: content past the limit must be refused by the compiler, never crash at run time.
#
#   bash tests/perf/collection-limit.sh [N] [--over]        default N: 65000
#
# N should be the generator's limit for this collection: ContentLimits.MaxEntriesPerCollection, or the value the
# KB0043 message names when the limit is derived per collection; the script prints what the generator's source
# says. Ids are entry-000001 ... zero-padded, so the last in id order is the last written. One measured build (wall,
# compiler, peak RSS, same flags as build-times.sh). Exits 1 when the expectation fails.
source "$(dirname "$0")/common.sh"

n=65000 over=0
for arg in "$@"; do
  case $arg in
    --over) over=1 ;;
    *[!0-9]* | '') echo "usage: collection-limit.sh [N] [--over]" >&2; exit 2 ;;
    *) n=$arg ;;
  esac
done
total=$((n + over))
raw=$work/collection-limit.tsv
limit=$(grep -rhoE 'MaxEntriesPerCollection = [0-9_]+' "$repo/src/KnowledgeBase.Generator" | head -n1 | grep -oE "[0-9_]+$" | tr -d _ || true)

echo "machine: $(machine_line)"
echo "generator's ContentLimits.MaxEntriesPerCollection: ${limit:-not found}; building $total entries ($( ((over)) && echo "N + 1, expecting KB0043" || echo "N, expecting a build that reads back"))"
(( over == 0 && ${limit:-0} > 0 && n > limit )) && echo "note: N is past that limit, so this build should fail with KB0043" >&2

# The content, written afresh (awk writes 65,000 small files in seconds): a short title, a body long enough to be
# UTF-8 data rather than a string literal.
content=$work/limit-content-$total
rm -rf "$content" && mkdir -p "$content/items"
awk -v total="$total" -v dir="$content/items" 'BEGIN {
  id_format = "entry-%0" length(total "") "d"
  for (i = 1; i <= total; i++) {
    id = sprintf(id_format, i); file = dir "/" id ".yaml"
    printf "title: Item %d\nbody: The body of %s, long enough to be kept as UTF-8 data.\n", i, id > file
    close(file)
  }
}'
last=$(printf "entry-%0${#total}d" "$total")
title="Item $total"

project=$(kb_project_over "KbLimit$total" "$content" "$repo/tests/perf/programs/LimitItem.cs")
: > "$raw"
bench_exe > /dev/null                                              # builds the generator and Abstractions in $art
restore "$project"

report() {
  printf '| %s entries of Item | %.1f s | %.1f s | %.0f MB |\n' "$total" \
    "$(tail -n1 "$raw" | cut -f3)" "$(tail -n1 "$raw" | cut -f5)" "$(echo "$(tail -n1 "$raw" | cut -f6) / 1024" | bc -l)"
}

if (( over )); then
  if KB_PERF_MAY_FAIL=1 measure "$raw" "$project" limit "$total"; then
    echo "FAILED: $total entries built; expected KB0043 at items/$last.yaml"
    exit 1
  fi
  errors=$(grep -E ': error ' "$build_log" | sed 's/ \[[^]]*\]$//' | sort -u)
  echo "$errors"
  if [[ $(grep -c . <<< "$errors") == 1 && $errors == *"/items/$last.yaml"*"error KB0043"* ]]; then
    echo "OK: the build fails with KB0043 at items/$last.yaml only"
    # With the build of N entries reading back, a message naming N as the count proves the limit is exactly N.
    [[ $errors == *" $n "* ]] && echo "The message names $n entries as the collection's limit." \
      || echo "note: the message does not name $n; the limit may be lower than N (run without --over to see)"
    exit 0
  fi
  echo "FAILED: expected exactly one error, KB0043 at items/$last.yaml"
  exit 1
fi

measure "$raw" "$project" limit "$total"
echo
echo "| Build | Wall | Compiler | Compiler peak RSS |"
echo "| --- | ---: | ---: | ---: |"
report

cat > "$work/limit-last-$total.cs" <<CS
namespace KnowledgeBase.Limit;

internal static class Last
{
    public static Item Member => Item.$(member_of "$last");
}
CS
bin=$art/bin/KbLimit$total/release
reader=$(program "PerfReadLast$total" "    <Compile Include=\"$repo/tests/perf/programs/ReadLast.cs;$work/limit-last-$total.cs\" />
    <Reference Include=\"$bin/KbLimit$total.dll;$bin/KnowledgeBase.Abstractions.dll\" />")
echo
if ! "$reader" "$total" "$last" "$title" > "$work/read.out" 2> "$work/read.err"; then
  echo "FAILED: reading the last entry"
  head -n 5 "$work/read.err" "$work/read.out"
  exit 1
fi
cat "$work/read.out"
