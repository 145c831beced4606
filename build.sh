#!/usr/bin/env bash
# The project's entry point. The README's two commands are `./build.sh run` and `./build.sh test`.
#   ./build.sh run [inputs…]   run the main job (default: the bundled sample corpus) into strategyminer.db
#   ./build.sh test            run every test
#   ./build.sh bench [names…]  run the benchmarks (see docs/benchmarks.md)
#   ./build.sh samples         regenerate corpus/samples
#   ./build.sh setup           install the Debian packages only
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cli() { dotnet src/StrategyMiner.Cli/bin/Release/net10.0/strategyminer.dll "$@"; }
build() { dotnet build StrategyMiner.sln -c Release -nologo -v quiet -clp:ErrorsOnly "$@"; }

cmd=${1:-}; shift || true
case "$cmd" in
  setup) scripts/setup.sh ;;
  run)
    scripts/setup.sh
    build
    if [ $# -eq 0 ]; then set -- corpus/samples; fi
    cli run "$@"
    ;;
  test)
    scripts/setup.sh
    build
    log=$(mktemp)
    set +e
    dotnet test StrategyMiner.sln -c Release --no-build -nologo 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    # One closing line for the whole suite, summed over the test projects.
    awk '/(Passed|Failed)! +- Failed:/ { gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
         END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
    rm -f "$log"
    exit "$rc"
    ;;
  bench) scripts/setup.sh; build; cli bench "$@" ;;
  samples) scripts/setup.sh; build; cli samples --out corpus/samples ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
