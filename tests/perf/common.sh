# shellcheck shell=bash
# Shared by build-times.sh and runtime.sh: where things go, the synthetic content, the scratch projects.
# Everything is written below $KB_PERF_DIR (default /tmp/kb-perf/work), never into the repository.

set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${KB_PERF_DIR:-/tmp/kb-perf/work}
art=$work/artifacts
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The real compiler the SDK would run, and the build flags every measured build uses: no build servers, so the
# compiler runs as a child process of this build and its time and memory are measured, not a server's.
sdk_dir=$(dotnet --list-sdks | awk -v v="$(dotnet --version)" '$1 == v { gsub(/[][]/, "", $2); print $2 "/" v }')
real_csc="$sdk_dir/Roslyn/bincore/csc"
# measured_flags leaves out where output goes, for a build that must not share $art.
measured_flags=(-c Release --disable-build-servers -nodeReuse:false -p:UseSharedCompilation=false -v:q -clp:ErrorsOnly)
build_flags=(--artifacts-path "$art" "${measured_flags[@]}")

machine_line() {
  printf '%s, %s cores, %s GB RAM, .NET SDK %s, load average %s\n' \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" "$(nproc)" \
    "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" "$(dotnet --version)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# The benchmarks program (it writes the synthetic content), built once per change of its sources.
bench_exe() {
  local exe=$art/bin/KnowledgeBase.Benchmarks/release/KnowledgeBase.Benchmarks
  dotnet build "$repo/tests/KnowledgeBase.Benchmarks" -c Release --artifacts-path "$art" -v:q -clp:ErrorsOnly >&2
  echo "$exe"
}

# content_dir N: the synthetic content for N entries (rewritten when the writer changed), and its probe file
# (line 1 the id of the event the first-fact programs print, line 2 its title).
content_dir() {
  local n=$1 dir=$work/content-$1 exe
  exe=$(bench_exe)
  if [[ ! -f $dir.probe || $exe.dll -nt $dir.probe ]]; then
    rm -rf "$dir" "$dir.probe"
    "$exe" content "$n" "$dir" >&2
  fi
  echo "$dir"
}

# The member name the generator gives an id (kebab-case to PascalCase, as README "Binding rules" says).
member_of() {
  echo "$1" | awk -F- '{ s = ""; for (i = 1; i <= NF; i++) s = s toupper(substr($i, 1, 1)) substr($i, 2); if (s ~ /^[0-9]/) s = "_" s; print s }'
}

# kb_project N: a project like src/KnowledgeBase (the real schema, the generator and the runtime types as project
# references) over the synthetic content for N entries. Prints the project file.
kb_project() { kb_project_over "KbPerf$1" "$(content_dir "$1")" "$repo/src/KnowledgeBase/Schema/*.cs"; }

# kb_project_over NAME CONTENT SCHEMA: the same over any content folder and schema sources (a glob). Prints the
# project file.
kb_project_over() {
  local name=$1 content=$2 schema=$3 dir=$work/$1
  mkdir -p "$dir"
  cat > "$dir/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/Directory.Build.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>KnowledgeBase</RootNamespace>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$schema" />
    <ProjectReference Include="$repo/src/KnowledgeBase.Abstractions/KnowledgeBase.Abstractions.csproj" />
    <ProjectReference Include="$repo/src/KnowledgeBase.Generator/KnowledgeBase.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <AdditionalFiles Include="$content/**/*.yaml" />
  </ItemGroup>
</Project>
XML
  echo "$dir/$name.csproj"
}

# generated_dir N: where a build of kb_project N writes its generated files (-p:EmitCompilerGeneratedFiles).
generated_dir() { echo "$work/generated-$1"; }

# floor_project N: the same generated code checked in as plain .cs files (no generator, no YAML): the files a build
# of kb_project N wrote to generated_dir N, which the caller has just run. Prints the project file.
floor_project() {
  local n=$1 dir=$work/floor-$1 generated
  generated=$(generated_dir "$n")
  rm -rf "$dir" && mkdir -p "$dir/Generated"
  find "$generated" -name '*.cs' -exec cp {} "$dir/Generated/" \;
  cat > "$dir/FloorPerf$n.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/Directory.Build.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>KnowledgeBase</RootNamespace>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$repo/src/KnowledgeBase/Schema/*.cs" />
    <ProjectReference Include="$repo/src/KnowledgeBase.Abstractions/KnowledgeBase.Abstractions.csproj" />
  </ItemGroup>
</Project>
XML
  echo "$dir/FloorPerf$n.csproj"
}

# probe_project N [FOLDER]: the floor probe for N entries (the benchmarks' `probe` command, ProbeProject.cs): the
# typed surface alone as plain C#, no generator and no YAML, over the real schema; with FOLDER, all N in that one
# collection (the content of `content N DIR --single FOLDER`). Rewritten when the writer changed. Prints the project
# file.
probe_project() {
  local n=$1 single=${2:-} exe
  local name=$n${single:+-$single} project=ProbePerf$n${single:+Single}
  local dir=$work/probe-$name
  exe=$(bench_exe)
  if [[ ! -f $dir/$project.csproj || $exe.dll -nt $dir/$project.csproj ]]; then
    rm -rf "$dir"
    "$exe" probe "$n" "$dir/Generated" ${single:+--single "$single"} >&2
    cat > "$dir/$project.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/Directory.Build.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>KnowledgeBase</RootNamespace>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$repo/src/KnowledgeBase/Schema/*.cs" />
    <ProjectReference Include="$repo/src/KnowledgeBase.Abstractions/KnowledgeBase.Abstractions.csproj" />
  </ItemGroup>
</Project>
XML
  fi
  echo "$dir/$project.csproj"
}

# program NAME ITEMS: a console project compiling files from tests/perf/programs, under the repository's build rules.
# Builds it and prints its apphost.
# need_hyperfine SCRIPT: hyperfine times the programs; a fresh Debian or Ubuntu machine gets it from its package
# manager (whose index a fresh container may not have fetched yet).
need_hyperfine() {
  command -v hyperfine >/dev/null && return
  echo "$1: installing hyperfine (apt-get)" >&2
  local sudo=()
  [[ $(id -u) == 0 ]] || sudo=(sudo)
  { "${sudo[@]}" apt-get install -y -qq hyperfine || { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq hyperfine; }; } >&2 \
    || { echo "$1: hyperfine is needed: install it (https://github.com/sharkdp/hyperfine) and run again" >&2; exit 2; }
}

# program NAME ITEMS: a console project compiling files from tests/perf/programs ($programs), under the repository's
# build rules, built into $art. Prints the executable.
programs=$repo/tests/perf/programs
program() {
  local name=$1 items=$2 dir=$work/$1
  mkdir -p "$dir"
  cat > "$dir/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/Directory.Build.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
  </PropertyGroup>
  <ItemGroup>
$items
  </ItemGroup>
</Project>
XML
  dotnet build "$dir/$name.csproj" "${build_flags[@]}" >&2
  echo "$art/bin/$name/release/$name"
}

# The compiler, wrapped: every call appends "seconds peak-kB" to $KB_PERF_CSC_STATS, and with $KB_PERF_CSC_OUT
# set its output (the -p:ReportAnalyzer=true report) is kept there too.
csc_bin=$work/bin
mkdir -p "$csc_bin"
cat > "$csc_bin/csc-measured" <<SH
#!/usr/bin/env bash
set -o pipefail
if [[ -n "\${KB_PERF_CSC_OUT:-}" ]]; then
  /usr/bin/time -f '%e %M' -a -o "\$KB_PERF_CSC_STATS" "$real_csc" "\$@" | tee -a "\$KB_PERF_CSC_OUT"
else
  exec /usr/bin/time -f '%e %M' -a -o "\$KB_PERF_CSC_STATS" "$real_csc" "\$@"
fi
SH
chmod +x "$csc_bin/csc-measured"

# measure RAW PROJECT LABEL N [PROPERTY...]: one full rebuild of that project alone (its references built before)
# through the wrapped compiler; appends "label n build-s build-peak-kB csc-s csc-peak-kB" to RAW. A failed build
# prints its log and exits, unless KB_PERF_MAY_FAIL is set: then the log is left in $build_log and it returns 1.
# Its scratch files carry this script's pid: a second run sharing $KB_PERF_DIR once emptied a row of the first.
build_log=$work/build.$$.log
measure() {
  local raw=$1 project=$2 label=$3 n=$4 stats=$work/stats.$$.txt csc=$work/csc.$$.txt
  shift 4
  rm -f "$stats" "$csc"
  if ! KB_PERF_CSC_STATS=$csc /usr/bin/time -f '%e %M' -o "$stats" \
    dotnet build "$project" "${build_flags[@]}" --no-restore --no-dependencies --no-incremental \
    -p:CscToolPath="$csc_bin" -p:CscToolExe=csc-measured "$@" > "$build_log"; then
    [[ -n ${KB_PERF_MAY_FAIL:-} ]] && return 1
    cat "$build_log" >&2
    echo "the build of $project failed" >&2
    exit 1
  fi
  printf '%s\t%s\t%s\t%s\n' "$label" "$n" "$(tr ' ' '\t' < "$stats")" "$(tail -n1 "$csc" | tr ' ' '\t')" >> "$raw"
}

# restore PROJECT: restore only, into the same artifacts folder the measured builds read (a plain `dotnet restore`
# writes the assets beside the project, where a build with --artifacts-path does not look: NETSDK1004).
restore() { dotnet restore "$1" --artifacts-path "$art" -v:q >&2; }

# median of numbers on stdin (blank lines ignored)
median() { awk NF | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
