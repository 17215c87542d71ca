#!/usr/bin/env bash
# Fuzzes the QuoteExtractor library with afl-fuzz through SharpFuzz:
#   1. publishes tests/QuoteExtractor.Fuzz in Release to OUT/bin,
#   2. instruments OUT/bin/QuoteExtractor.dll with sharpfuzz,
#   3. runs one afl-fuzz instance (one core) for DURATION seconds from the seed corpus,
#   4. prints the run's figures and replays every crash and hang it saved.
#
# Usage: tests/QuoteExtractor.Fuzz/run-fuzzer.sh [DURATION_SECONDS] [OUT]
#   DURATION_SECONDS  how long afl-fuzz runs (default 2100, 35 minutes)
#   OUT               work folder (default artifacts/fuzz); a second run in the same folder resumes
#
# Needs afl-fuzz (Debian/Ubuntu: apt-get install afl++) and the SharpFuzz command line tool
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0); set SHARPFUZZ to its path
# when it is not on PATH. Exits 1 when the run saved a crash or a hang.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${1:-2100}"
out="${2:-$root/artifacts/fuzz}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

sharpfuzz="${SHARPFUZZ:-}"
if [ -z "$sharpfuzz" ]; then
  if command -v sharpfuzz >/dev/null; then
    sharpfuzz=sharpfuzz
  elif [ -x "$HOME/.dotnet/tools/sharpfuzz" ]; then
    sharpfuzz="$HOME/.dotnet/tools/sharpfuzz"
  else
    echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0, or set SHARPFUZZ" >&2
    exit 2
  fi
fi
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== publish and instrument"
rm -rf "$out/bin"
dotnet publish "$here/QuoteExtractor.Fuzz.csproj" -c Release -o "$out/bin" --nologo -v quiet
"$sharpfuzz" "$out/bin/QuoteExtractor.dll"

echo "== afl-fuzz for $duration s, findings in $out/findings"
# dotnet itself is not instrumented (SharpFuzz instruments the library), hence AFL_SKIP_BIN_CHECK.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1 AFL_NO_UI=1
afl-fuzz -i "$here/Corpus" -o "$out/findings" -x "$here/quotes.dict" -t 5000 -m none -V "$duration" \
  -- dotnet "$out/bin/QuoteExtractor.Fuzz.dll"

stats="$out/findings/default/fuzzer_stats"
echo "== figures"
grep -E '^(afl_version|start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|corpus_found|saved_crashes|saved_hangs|unique_crashes|unique_hangs|bitmap_cvg|stability) ' "$stats" || cat "$stats"

findings=()
for dir in crashes hangs; do
  if compgen -G "$out/findings/default/$dir/id:*" >/dev/null; then
    findings+=("$out/findings/default/$dir")
  fi
done
if [ ${#findings[@]} -eq 0 ]; then
  echo "no crash, no hang"
  exit 0
fi

echo "== replaying the saved crashes and hangs on an uninstrumented build"
dotnet run --project "$here/QuoteExtractor.Fuzz.csproj" -c Release -- --replay "${findings[@]}" || true
exit 1
