#!/usr/bin/env bash
# One collection at N entries (issue 12's target: 40,000 events build in at most 12 times the build of the real
# content, and every entry reads back). Writes synthetic content with all N entries in events (and 10 in each
# other collection, so citations and references resolve), builds a project like src/KnowledgeBase over it and the
# real src/KnowledgeBase itself with the same flags as build-times.sh, then runs a program that reads every event
# (tests/perf/programs/ReadAll.cs) and prints OK with the count.
#
#   bash tests/perf/one-collection.sh [N]        default: 40000
#
# Beside it, the floor probe over the same content (the typed surface alone as plain C#, all N in one collection), so
# the ratio the emitter can reach on this machine is measured in the same run.
#
# KB_PERF_REPEAT builds per project (default 3; the N-entry builds get 1 from 20,000 entries on, they are slow).
# Prints the builds' medians and their ratio; exits 1 when a build fails or the program does not print OK (with
# the emitter of 2026-11-29 a collection past about 32,700 entries builds and then fails at run time with a
# TypeLoadException: two methods of its record per entry). Raw numbers go to $KB_PERF_DIR/one-collection.tsv.
source "$(dirname "$0")/common.sh"

n=${1:-40000}
[[ $n =~ ^[0-9]+$ ]] || { echo "usage: one-collection.sh [N]" >&2; exit 2; }
repeat=${KB_PERF_REPEAT:-3}
raw=$work/one-collection.tsv
target=12

# The content, written again when the writer changed (as content_dir does).
content=$work/content-events-$n
exe=$(bench_exe)
if [[ ! -f $content.probe || $exe.dll -nt $content.probe ]]; then
  rm -rf "$content" "$content.probe"
  "$exe" content "$n" "$content" --single events >&2
fi

echo "machine: $(machine_line)"
: > "$raw"
single=$(kb_project_over "KbEvents$n" "$content" "$repo/src/KnowledgeBase/Schema/*.cs")
real=$repo/src/KnowledgeBase/KnowledgeBase.csproj

# The real content: restore, references and warm caches first, then the measured full rebuilds.
dotnet build "$real" "${build_flags[@]}" >&2
for ((i = 0; i < repeat; i++)); do
  measure "$raw" "$real" real 0
done

# The big collection: one measured build from 20,000 entries (its references were built with the benchmarks).
restore "$single"
if (( n >= 20000 )); then
  measure "$raw" "$single" single "$n"
else
  dotnet build "$single" "${build_flags[@]}" >&2
  for ((i = 0; i < repeat; i++)); do
    measure "$raw" "$single" single "$n"
  done
fi

# The floor probe of the same collection, built the same way.
probe=$(probe_project "$n" events)
restore "$probe"
measure "$raw" "$probe" probe "$n"

bin=$art/bin/KbEvents$n/release
reader=$(program "PerfReadAll$n" "    <Compile Include=\"$repo/tests/perf/programs/ReadAll.cs\" />
    <Reference Include=\"$bin/KbEvents$n.dll;$bin/KnowledgeBase.Abstractions.dll\" />")

col() { awk -F'\t' -v l="$1" -v c="$2" '$1 == l { print $c }' "$raw" | median; }
echo
echo "| Build | Wall | Compiler | Compiler peak RSS |"
echo "| --- | ---: | ---: | ---: |"
printf '| src/KnowledgeBase (the real content) | %.1f s | %.1f s | %.0f MB |\n' "$(col real 3)" "$(col real 5)" "$(echo "$(col real 6) / 1024" | bc -l)"
printf '| %s events in one collection | %.1f s | %.1f s | %.0f MB |\n' "$n" "$(col single 3)" "$(col single 5)" "$(echo "$(col single 6) / 1024" | bc -l)"
printf '| the floor probe of those %s events | %.1f s | %.1f s | %.0f MB |\n' "$n" "$(col probe 3)" "$(col probe 5)" "$(echo "$(col probe 6) / 1024" | bc -l)"
ratio=$(echo "$(col single 3) / $(col real 3)" | bc -l)
held=$(echo "$ratio <= $target" | bc -l)
printf '\nRatio of the builds: %.1f× (target ≤ %s×: %s); the probe: %.1f× the real content, the collection %.2f× the probe\n' \
  "$ratio" "$target" "$([[ $held == 1 ]] && echo held || echo missed)" \
  "$(echo "$(col probe 3) / $(col real 3)" | bc -l)" "$(echo "$(col single 3) / $(col probe 3)" | bc -l)"
echo "(medians of $repeat builds of the real content and of $( (( n >= 20000 )) && echo 1 || echo "$repeat") of the collection; the machine is shared, see the load average; raw: $raw)"

echo
printf 'Reading every event: '
if ! /usr/bin/time -f '%e %M' -o "$work/read.txt" "$reader" "$n" > "$work/read.out" 2> "$work/read.err"; then
  echo "FAILED"
  head -n 5 "$work/read.err" "$work/read.out"
  exit 1
fi
read -r seconds peak < <(tail -n1 "$work/read.txt")
printf '%s (%s s, peak RSS %.0f MB)\n' "$(cat "$work/read.out")" "$seconds" "$(echo "$peak / 1024" | bc -l)"
