#!/usr/bin/env bash
# kb at scale: `kb stats` and `kb show <id>` over N synthetic entries against the same commands over the real
# content, in one hyperfine run, with the ratio of each (issue 12 asks for at most 4x at 40,000 entries).
#
#   bash tests/perf/kb-scale.sh [N]        default: 40000 (a first build of the 40,000-entry kb takes minutes)
#
# Both kb are the CLI project built the same way (Release, build servers off), each into its own artifacts folder
# under $KB_PERF_DIR, with its library's content root (KnowledgeBaseContentRoot, src/KnowledgeBase) pointed at the
# real content/ or at the synthetic content. Beside them, for each content, a program that only reads every entry of
# every collection (tests/perf/programs/EveryRecord.cs): what kb stats cannot do without. KB_PERF_RUNS sets
# hyperfine's runs (default 10, after 2 warm-ups).
# Raw numbers go to $KB_PERF_DIR/kb-scale.csv.
source "$(dirname "$0")/common.sh"

n=${1:-40000}
runs=${KB_PERF_RUNS:-10}
csv=$work/kb-scale.csv
need_hyperfine kb-scale

# kb_cli NAME CONTENT: kb with CONTENT compiled in, built into $work/kb-cli-NAME. Prints the executable.
kb_cli() {
  local out=$work/kb-cli-$1
  dotnet build "$repo/src/KnowledgeBase.Cli" --artifacts-path "$out" "${measured_flags[@]}" \
    -p:KnowledgeBaseContentRoot="$2" >&2
  echo "$out/bin/KnowledgeBase.Cli/release/kb"
}

# every_record NAME: EveryRecord over the knowledge base kb_cli NAME built. Prints the executable.
every_record() {
  local bin=$work/kb-cli-$1/bin/KnowledgeBase.Cli/release
  program "PerfEveryRecord-$1" "    <Compile Include=\"$programs/EveryRecord.cs\" />
    <Reference Include=\"$bin/KnowledgeBase.dll;$bin/KnowledgeBase.Abstractions.dll\" />"
}

content=$(content_dir "$n")
real_kb=$(kb_cli real "$repo/content")
scale_kb=$(kb_cli "$n" "$content")
real_records=$(every_record real)
scale_records=$(every_record "$n")
real_id=deepseek-r1-release
scale_id=$(sed -n 1p "$content.probe")

# Each kb must hold the content it is said to hold, and each command must succeed, before anything is timed.
entries_of() { "$1" stats | sed -n 's/.* citations of .* sources in \([0-9]*\) entries\.$/\1/p'; }
[[ $(entries_of "$scale_kb") == "$n" ]] || { echo "kb-scale: $scale_kb stats does not count $n entries" >&2; exit 1; }
[[ $(entries_of "$real_kb") == $(find "$repo/content" -name '*.yaml' -not -path '*/.*' | wc -l) ]] \
  || { echo "kb-scale: $real_kb stats does not count the real content's entries" >&2; exit 1; }
"$real_kb" show "$real_id" >/dev/null && "$scale_kb" show "$scale_id" >/dev/null
[[ $("$scale_records") == "$n" ]] || { echo "kb-scale: $scale_records does not read $n entries" >&2; exit 1; }

echo "machine: $(machine_line)"
hyperfine -N --style basic --warmup 2 --runs "$runs" --export-csv "$csv" \
  -n "stats/real" "$real_kb stats" \
  -n "stats/$n" "$scale_kb stats" \
  -n "show/real" "$real_kb show $real_id" \
  -n "show/$n" "$scale_kb show $scale_id" \
  -n "records/real" "$real_records" \
  -n "records/$n" "$scale_records" >&2

# wall_ms NAME: median wall time in ms of the hyperfine row NAME; cpu_ms NAME: its mean user + system time, which
# other work on a shared machine inflates less than wall time.
wall_ms() { awk -F, -v name="$1" '$1 == name { printf "%.1f", $4 * 1000 }' "$csv"; }
cpu_ms() { awk -F, -v name="$1" '$1 == name { printf "%.1f", ($5 + $6) * 1000 }' "$csv"; }
ratio() { printf '%.2f×' "$(echo "$2 / $1" | bc -l)"; }
echo
echo "| Command | Wall: real content | Wall: $n entries | Ratio | CPU: real content | CPU: $n entries | Ratio |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for command in stats show records; do
  label="kb $command"
  [[ $command == records ]] && label="reading every entry, no kb (EveryRecord)"
  real=$(wall_ms "$command/real") scale=$(wall_ms "$command/$n")
  real_cpu=$(cpu_ms "$command/real") scale_cpu=$(cpu_ms "$command/$n")
  printf '| %s | %s ms | %s ms | %s | %s ms | %s ms | %s |\n' "$label" "$real" "$scale" "$(ratio "$real" "$scale")" \
    "$real_cpu" "$scale_cpu" "$(ratio "$real_cpu" "$scale_cpu")"
done
echo "(wall: median, CPU: mean user + system; $runs runs each after 2 warm-ups; show: $real_id and $scale_id; raw: $csv)"
