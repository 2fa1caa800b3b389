#!/usr/bin/env bash
# Build time and compiler memory at each size: the knowledge base (the generator reading N YAML entries) against
# two floors. "floor": the same generated C# checked in as plain .cs files, so KB / floor is what the generator
# adds to a build and nothing else; it follows whatever the emitter writes. "probe": the floor probe (issue 12,
# tests/KnowledgeBase.Benchmarks/Floor/ProbeProject.cs), the least C# the typed surface needs (one documented static
# property per entry on the real records, values in one UTF-8 block per collection, 64 files per collection), so
# KB / probe is what the emitter's shape costs on top of what any emitter must pay. Both are kept: they answer
# different questions, and the probe does not change when the emitter does.
#
#   bash tests/perf/build-times.sh [N ...]        default: 100 1000 10000 100000
#
# KB_PERF_REPEAT builds per project and size (default 3; sizes of 50,000 and more get 1, they are slow, and at
# those sizes the knowledge base's build also writes out the generated files the floor compiles).
# KB_PERF_ONLY=probe builds the probe alone (for sizes where the knowledge base is too slow to build today).
# Each build is a full rebuild of that one project (its references are built once beforehand) with build
# servers off, so the compiler runs in its own process, wrapped in /usr/bin/time for its wall time and peak RSS.
# Prints a Markdown table; raw numbers go to $KB_PERF_DIR/build-times.tsv.
source "$(dirname "$0")/common.sh"

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100 1000 10000 100000)
repeat=${KB_PERF_REPEAT:-3}
only=${KB_PERF_ONLY:-}
[[ -z $only || $only == probe ]] || { echo "build-times: KB_PERF_ONLY is empty or 'probe'" >&2; exit 2; }
raw=$work/build-times.tsv

echo "machine: $(machine_line)"
: > "$raw"
for n in "${sizes[@]}"; do
  probe=$(probe_project "$n")
  if [[ $only == probe ]]; then
    # The probe alone: sizes whose knowledge-base build is too slow or too big for the machine at hand.
    if (( n >= 50000 )); then
      restore "$probe"                                             # one build, no warm-up, as below
      measure "$raw" "$probe" probe "$n"
      continue
    fi
    dotnet build "$probe" "${build_flags[@]}" >&2                  # restore, references, warm caches
    for ((i = 0; i < repeat; i++)); do
      measure "$raw" "$probe" probe "$n"
    done
    continue
  fi
  kb=$(kb_project "$n")
  if (( n >= 50000 )); then
    # Large sizes: every build takes many minutes, so no warm-up builds. The build that writes the generated
    # files for the floor is a build like any other and is the one measured; the ReportAnalyzer build is skipped.
    restore "$kb"
    rm -rf "$(generated_dir "$n")"
    measure "$raw" "$kb" kb "$n" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$(generated_dir "$n")"
    floor=$(floor_project "$n")
    restore "$floor"
    measure "$raw" "$floor" floor "$n"
    restore "$probe"
    measure "$raw" "$probe" probe "$n"
    printf 'assembly\t%s\t%s\n' "$n" "$("$(bench_exe)" assembly "$art/bin/KbPerf$n/release/KbPerf$n.dll")" >> "$raw"
    continue
  fi
  rm -rf "$(generated_dir "$n")"                                   # restore, references, warm caches, the floor's files
  dotnet build "$kb" "${build_flags[@]}" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$(generated_dir "$n")" >&2
  floor=$(floor_project "$n")
  dotnet build "$floor" "${build_flags[@]}" >&2
  dotnet build "$probe" "${build_flags[@]}" >&2
  for ((i = 0; i < repeat; i++)); do
    measure "$raw" "$kb" kb "$n"
    measure "$raw" "$floor" floor "$n"
    measure "$raw" "$probe" probe "$n"
  done
  # What the compiler says the generator and the analyzers took inside one more build (a fresh compiler
  # process, so the generator's JIT time is in it, as on every command-line build without a build server).
  rm -f "$work/report.txt"
  KB_PERF_CSC_OUT=$work/report.txt KB_PERF_CSC_STATS=$work/csc.txt dotnet build "$kb" "${build_flags[@]}" --no-restore \
    --no-dependencies --no-incremental -p:CscToolPath="$csc_bin" -p:CscToolExe=csc-measured -p:ReportAnalyzer=true >/dev/null
  printf 'generator\t%s\t%s\t%s\n' "$n" \
    "$(awk '$3 == "KnowledgeBase.Generator.KnowledgeBaseGenerator" { print $1; exit }' "$work/report.txt")" \
    "$(awk '/Total analyzer execution time/ { print $5; exit }' "$work/report.txt")" >> "$raw"
  printf 'assembly\t%s\t%s\n' "$n" "$("$(bench_exe)" assembly "$art/bin/KbPerf$n/release/KbPerf$n.dll")" >> "$raw"
done

echo
echo "| Entries | Build: knowledge base | Build: floor (plain .cs) | Build: probe | KB / floor | KB / probe | Compiler: KB / floor / probe | Compiler KB / probe | Compiler peak RSS: KB / floor / probe | Generator / analyzers in the build |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  col() { awk -F'\t' -v l="$1" -v n="$n" -v c="$2" '$1 == l && $2 == n { print $c }' "$raw" | median; }
  gen=$(awk -F'\t' -v n="$n" '$1 == "generator" && $2 == n { print $3 " s / " $4 " s" }' "$raw")
  # A column not built in this run (KB_PERF_ONLY) is n/a, and so is every ratio using it.
  awk -v n="$n" -v kb="$(col kb 3)" -v fl="$(col floor 3)" -v pr="$(col probe 3)" \
    -v kbc="$(col kb 5)" -v flc="$(col floor 5)" -v prc="$(col probe 5)" \
    -v kbm="$(col kb 6)" -v flm="$(col floor 6)" -v prm="$(col probe 6)" -v gen="${gen:-not measured}" '
    function s(v) { return v == "n/a" ? v : sprintf("%.1f s", v) }
    function r(a, b) { return a == "n/a" || b == "n/a" ? "n/a" : sprintf("%.2f", a / b) }
    function m(v) { return v == "n/a" ? v : sprintf("%.0f", v / 1024) }
    BEGIN {
      printf "| %s | %s | %s | %s | %s | %s | %s / %s / %s | %s | %s / %s / %s MB | %s |\n", n, s(kb), s(fl), s(pr),
        r(kb, fl), r(kb, pr), s(kbc), s(flc), s(prc), r(kbc, prc), m(kbm), m(flm), m(prm), gen
    }'
done
echo
awk -F'\t' '$1 == "assembly" { printf "%s entries: %s\n", $2, $3 }' "$raw"
echo "(medians of $repeat builds each; one build at 50,000 entries and more; raw: $raw)"
echo "(the machine is shared: see the load average above; numbers taken while it is busy are noisy)"
