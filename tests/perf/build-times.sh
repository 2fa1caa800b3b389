#!/usr/bin/env bash
# Build time and compiler memory at each size: the knowledge base (the generator reading N YAML entries)
# against the floor, the same generated C# checked in as plain .cs files (zero generator overhead).
#
#   bash tests/perf/build-times.sh [N ...]        default: 100 1000 10000 100000
#
# KB_PERF_REPEAT builds per project and size (default 3; sizes of 50,000 and more get 1, they are slow, and at
# those sizes the knowledge base's build also writes out the generated files the floor compiles).
# Each build is a full rebuild of that one project (its references are built once beforehand) with build
# servers off, so the compiler runs in its own process, wrapped in /usr/bin/time for its wall time and peak RSS.
# Prints a Markdown table; raw numbers go to $KB_PERF_DIR/build-times.tsv.
source "$(dirname "$0")/common.sh"

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100 1000 10000 100000)
repeat=${KB_PERF_REPEAT:-3}
raw=$work/build-times.tsv
bin=$work/bin
mkdir -p "$bin"

# The compiler, wrapped: every call appends "seconds peak-kB" to $KB_PERF_CSC_STATS, and with $KB_PERF_CSC_OUT
# set its output (the -p:ReportAnalyzer=true report) is kept there too.
cat > "$bin/csc-measured" <<SH
#!/usr/bin/env bash
set -o pipefail
if [[ -n "\${KB_PERF_CSC_OUT:-}" ]]; then
  /usr/bin/time -f '%e %M' -a -o "\$KB_PERF_CSC_STATS" "$real_csc" "\$@" | tee -a "\$KB_PERF_CSC_OUT"
else
  exec /usr/bin/time -f '%e %M' -a -o "\$KB_PERF_CSC_STATS" "$real_csc" "\$@"
fi
SH
chmod +x "$bin/csc-measured"

# measure PROJECT LABEL N [PROPERTY...]: one full rebuild; appends "label n build-s build-peak-kB csc-s csc-peak-kB"
# to $raw.
measure() {
  local project=$1 label=$2 n=$3 stats=$work/stats.txt
  shift 3
  rm -f "$stats" "$work/csc.txt"
  if ! KB_PERF_CSC_STATS=$work/csc.txt /usr/bin/time -f '%e %M' -o "$stats" \
    dotnet build "$project" "${build_flags[@]}" --no-restore --no-dependencies --no-incremental \
    -p:CscToolPath="$bin" -p:CscToolExe=csc-measured "$@" > "$work/build.log"; then
    cat "$work/build.log" >&2
    echo "build-times: the build of $project failed" >&2
    exit 1
  fi
  printf '%s\t%s\t%s\t%s\n' "$label" "$n" "$(tr ' ' '\t' < "$stats")" "$(tail -n1 "$work/csc.txt" | tr ' ' '\t')" >> "$raw"
}

echo "machine: $(machine_line)"
: > "$raw"
for n in "${sizes[@]}"; do
  kb=$(kb_project "$n")
  if (( n >= 50000 )); then
    # Large sizes: every build takes many minutes, so no warm-up builds. The build that writes the generated
    # files for the floor is a build like any other and is the one measured; the ReportAnalyzer build is skipped.
    dotnet restore "$kb" -v:q >&2
    rm -rf "$(generated_dir "$n")"
    measure "$kb" kb "$n" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$(generated_dir "$n")"
    floor=$(floor_project "$n")
    dotnet restore "$floor" -v:q >&2
    measure "$floor" floor "$n"
  else
    rm -rf "$(generated_dir "$n")"                                 # restore, references, warm caches, the floor's files
    dotnet build "$kb" "${build_flags[@]}" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$(generated_dir "$n")" >&2
    floor=$(floor_project "$n")
    dotnet build "$floor" "${build_flags[@]}" >&2
    for ((i = 0; i < repeat; i++)); do
      measure "$kb" kb "$n"
      measure "$floor" floor "$n"
    done
  fi
  # What the compiler says the generator and the analyzers took inside one more build (a fresh compiler
  # process, so the generator's JIT time is in it, as on every command-line build without a build server).
  if (( n >= 50000 )); then
    printf 'assembly\t%s\t%s\n' "$n" "$("$(bench_exe)" assembly "$art/bin/KbPerf$n/release/KbPerf$n.dll")" >> "$raw"
    continue
  fi
  rm -f "$work/report.txt"
  KB_PERF_CSC_OUT=$work/report.txt KB_PERF_CSC_STATS=$work/csc.txt dotnet build "$kb" "${build_flags[@]}" --no-restore \
    --no-dependencies --no-incremental -p:CscToolPath="$bin" -p:CscToolExe=csc-measured -p:ReportAnalyzer=true >/dev/null
  printf 'generator\t%s\t%s\t%s\n' "$n" \
    "$(awk '$3 == "KnowledgeBase.Generator.KnowledgeBaseGenerator" { print $1; exit }' "$work/report.txt")" \
    "$(awk '/Total analyzer execution time/ { print $5; exit }' "$work/report.txt")" >> "$raw"
  printf 'assembly\t%s\t%s\n' "$n" "$("$(bench_exe)" assembly "$art/bin/KbPerf$n/release/KbPerf$n.dll")" >> "$raw"
done

echo
echo "| Entries | Build: knowledge base | Build: floor (plain .cs) | Ratio | Compiler: knowledge base | Compiler: floor | Ratio | Compiler peak RSS: KB / floor | Generator / analyzers in the build |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  col() { awk -F'\t' -v l="$1" -v n="$n" -v c="$2" '$1 == l && $2 == n { print $c }' "$raw" | median; }
  kb_s=$(col kb 3); floor_s=$(col floor 3); kb_c=$(col kb 5); floor_c=$(col floor 5)
  kb_m=$(col kb 6); floor_m=$(col floor 6)
  gen=$(awk -F'\t' -v n="$n" '$1 == "generator" && $2 == n { print $3 " s / " $4 " s" }' "$raw")
  gen=${gen:-not measured}
  printf '| %s | %.1f s | %.1f s | %.2f | %.1f s | %.1f s | %.2f | %.0f / %.0f MB | %s |\n' \
    "$n" "$kb_s" "$floor_s" "$(echo "$kb_s / $floor_s" | bc -l)" "$kb_c" "$floor_c" "$(echo "$kb_c / $floor_c" | bc -l)" \
    "$(echo "$kb_m / 1024" | bc -l)" "$(echo "$floor_m / 1024" | bc -l)" "$gen"
done
echo
awk -F'\t' '$1 == "assembly" { printf "%s entries: %s\n", $2, $3 }' "$raw"
echo "(medians of $repeat builds each; one build at 50,000 entries and more; raw: $raw)"
