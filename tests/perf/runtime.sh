#!/usr/bin/env bash
# Time to first fact and peak memory at each size: a small program with the knowledge base compiled in, against
# the same program loading the same YAML at startup with YamlDotNet's deserialiser, and an empty program.
#
#   bash tests/perf/runtime.sh [N ...]        default: 100 1000 10000 100000
#
# Each program is a Release build run through its apphost, timed from process start to exit (it exits right after
# printing the fact) with hyperfine, and its peak RSS read by /usr/bin/time. KB_PERF_RUNS sets hyperfine's runs
# (default 20; the YamlDotNet program gets fewer at 10,000 entries and more, it is slow). Prints a Markdown table;
# raw numbers go to $KB_PERF_DIR/runtime.tsv.
source "$(dirname "$0")/common.sh"

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100 1000 10000 100000)
runs=${KB_PERF_RUNS:-20}
raw=$work/runtime.tsv
yaml_version=$(sed -n 's/.*Include="YamlDotNet" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")

# time_ms LABEL N RUNS COMMAND...: median wall time in ms over RUNS runs, after warm-up runs.
time_ms() {
  local label=$1 n=$2 count=$3 csv=$work/hyperfine.csv
  shift 3
  hyperfine -N --style none --warmup 2 --runs "$count" --export-csv "$csv" -- "$(printf '%q ' "$@")" >/dev/null
  local ms
  ms=$(awk -F, 'NR == 2 { printf "%.1f", $4 * 1000 }' "$csv")
  printf '%s\ttime\t%s\t%s\t%s\n' "$label" "$n" "$ms" "$(awk -F, 'NR == 2 { printf "%.1f", $7 * 1000 }' "$csv")" >> "$raw"
}

# rss_mb LABEL N COMMAND...: median peak RSS of three runs, in MB.
rss_mb() {
  local label=$1 n=$2 kb
  shift 2
  kb=$(for _ in 1 2 3; do /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n1; done | median)
  printf '%s\trss\t%s\t%s\n' "$label" "$n" "$(echo "$kb / 1024" | bc -l)" >> "$raw"
}

need_hyperfine runtime

echo "machine: $(machine_line)"
: > "$raw"
hello=$(program PerfHello "    <Compile Include=\"$programs/Hello.cs\" />")
yaml=$(program PerfYaml "    <Compile Include=\"$programs/YamlFirstFact.cs;$programs/YamlModel.cs\" />
    <PackageReference Include=\"YamlDotNet\" Version=\"$yaml_version\" />")

for n in "${sizes[@]}"; do
  content=$(content_dir "$n")
  id=$(sed -n 1p "$content.probe")
  title=$(sed -n 2p "$content.probe")
  # The compiled knowledge base: the one build-times.sh built, if there is one (a build at 100,000 entries takes
  # a quarter of an hour), else built here. The program references the built assembly.
  kb_bin=$art/bin/KbPerf$n/release
  if [[ ! -f $kb_bin/KbPerf$n.dll ]]; then
    dotnet build "$(kb_project "$n")" "${build_flags[@]}" >&2
  fi
  cat > "$work/probe-$n.cs" <<CS
namespace KnowledgeBase.Perf;

internal static class Probe
{
    public const string Id = "$id";

    public static string Title => global::KnowledgeBase.Event.$(member_of "$id").Title;
}
CS
  fact=$(program "PerfFirstFact$n" "    <Compile Include=\"$programs/FirstFact.cs;$work/probe-$n.cs\" />
    <Reference Include=\"$kb_bin/KbPerf$n.dll;$kb_bin/KnowledgeBase.Abstractions.dll\" />")

  # Every program must print the same fact before it is timed.
  for command in "$fact member" "$fact get" "$yaml $content $id"; do
    printed=$($command)
    [[ $printed == "$title" ]] || { echo "runtime: '$command' printed '$printed', expected '$title'" >&2; exit 1; }
  done

  slow=$runs
  (( n >= 10000 )) && slow=5
  (( n >= 100000 )) && slow=3
  time_ms compiled "$n" "$runs" "$fact" member
  time_ms compiled-get "$n" "$runs" "$fact" get
  time_ms yaml "$n" "$slow" "$yaml" "$content" "$id"
  time_ms hello "$n" "$runs" "$hello"
  rss_mb compiled "$n" "$fact" member
  rss_mb compiled-get "$n" "$fact" get
  rss_mb yaml "$n" "$yaml" "$content" "$id"
  rss_mb hello "$n" "$hello"
done

value() { awk -F'\t' -v l="$1" -v k="$2" -v n="$3" '$1 == l && $2 == k && $3 == n { print $4 }' "$raw"; }
echo
echo "| Entries | Compiled in: member | Compiled in: Get(id) | YamlDotNet at startup | YamlDotNet / compiled | Empty program | Compiled / empty | Peak RSS: compiled / Get(id) / YamlDotNet / empty |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  c=$(value compiled time "$n"); g=$(value compiled-get time "$n"); y=$(value yaml time "$n"); h=$(value hello time "$n")
  printf '| %s | %s ms | %s ms | %s ms | %.0f× | %s ms | %.2f× | %.0f / %.0f / %.0f / %.0f MB |\n' "$n" "$c" "$g" "$y" \
    "$(echo "$y / $c" | bc -l)" "$h" "$(echo "$c / $h" | bc -l)" \
    "$(value compiled rss "$n")" "$(value compiled-get rss "$n")" "$(value yaml rss "$n")" "$(value hello rss "$n")"
done
echo "(median wall time from process start to exit, $runs runs each after 2 warm-ups, fewer for YamlDotNet at 10,000+; raw: $raw)"
