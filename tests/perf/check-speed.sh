#!/usr/bin/env bash
# kb check on the real content, three builds of kb side by side in one hyperfine run:
#   jit        dotnet build -c Release (what `dotnet run` and the README's alias use)
#   r2r        ReadyToRun code for kb's own assemblies, framework-dependent
#   composite  the ReadyToRun publish profile (README "Checking content"): app and framework in one composite image
# and `kb --version` of the composite build, the floor of any kb command. Usage: tests/perf/check-speed.sh [runs]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs=${1:-20}
out=$work/check-speed
rm -rf "$out"

dotnet build "$repo/src/KnowledgeBase.Cli" -c Release -v:q -clp:ErrorsOnly --artifacts-path "$out/jit-build" >&2
dotnet publish "$repo/src/KnowledgeBase.Cli" -c Release -v:q -clp:ErrorsOnly --artifacts-path "$out/r2r-build" \
  -r "$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" >&2
dotnet publish "$repo/src/KnowledgeBase.Cli" -c Release -v:q -clp:ErrorsOnly --artifacts-path "$out/composite-build" \
  -p:PublishProfile=ReadyToRun -o "$out/composite" >&2

jit=$(find "$out/jit-build/bin/KnowledgeBase.Cli" -name kb -type f | head -1)
cd "$repo"
machine_line
"$out/composite/kb" check >/dev/null # the content must check clean, or the numbers are for an error report
hyperfine -N --warmup 2 --runs "$runs" \
  -n jit "$jit check" \
  -n r2r "$out/r2r/kb check" \
  -n composite "$out/composite/kb check" \
  -n composite-version "$out/composite/kb --version"
