#!/usr/bin/env bash
# The generator's cold run beside the generator issue 12 measured (49ec804, whose README gave 82.6 ms per 1,000
# entries at 10,000 and set the target at 40), both built here and run in turns, so the machine's speed of the day
# cancels out of their ratio. The target is 40/82.6 = 0.48 of that generator.
#
#   bash tests/perf/cold-vs-issue.sh [ROUNDS] [RUNS] [BASE]    defaults: 3 rounds of 7 cold runs, BASE 49ec804
#
# Each round runs `repeat cold 10000 RUNS` once for each generator under the workstation GC (what the benchmarks
# use) and once under the server GC (what csc and VBCSCompiler run with: System.GC.Server in their
# runtimeconfig.json). BASE is checked out as a git worktree under $KB_PERF_DIR and its benchmarks built there.
# Raw lines go to $KB_PERF_DIR/cold-vs-issue.csv.
source "$(dirname "$0")/common.sh"

rounds=${1:-3}
runs=${2:-7}
base=${3:-49ec804}
csv=$work/cold-vs-issue.csv
tree=$work/issue-$base

if [[ ! -d $tree ]]; then
  git -C "$repo" worktree add --detach "$tree" "$base" >&2
fi

dotnet build "$tree/tests/KnowledgeBase.Benchmarks" -c Release -v:q -clp:ErrorsOnly >&2
base_exe=$tree/tests/KnowledgeBase.Benchmarks/bin/Release/net10.0/KnowledgeBase.Benchmarks
ours_exe=$(bench_exe)

# per_thousand EXE GC: the median cold run's ms per 1,000 entries (column 7 of the repeat command's row).
per_thousand() {
  DOTNET_gcServer=$2 "$1" repeat cold 10000 "$runs" 2>/dev/null | awk -F'|' '$2 ~ /cold/ { gsub(/ /, "", $7); print $7 }'
}

machine_line
echo "round,gc,issue_ms_per_1000,ours_ms_per_1000,ratio" > "$csv"
printf '| Round | GC | Issue-time generator, ms per 1,000 | Ours | Ratio (target 0.48) |\n| ---: | --- | ---: | ---: | ---: |\n'
for round in $(seq 1 "$rounds"); do
  for gc in 0 1; do
    dotnet build-server shutdown >/dev/null 2>&1 || true
    issue=$(per_thousand "$base_exe" "$gc")
    ours=$(per_thousand "$ours_exe" "$gc")
    ratio=$(awk -v a="$ours" -v b="$issue" 'BEGIN { printf "%.2f", a / b }')
    name=$([[ $gc == 1 ]] && echo server || echo workstation)
    echo "$round,$name,$issue,$ours,$ratio" >> "$csv"
    printf '| %s | %s | %s | %s | %s |\n' "$round" "$name" "$issue" "$ours" "$ratio"
  done
done
