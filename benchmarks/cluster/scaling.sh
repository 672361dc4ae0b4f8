#!/usr/bin/env bash
# Scaling of `quotex-cluster run`: records per second with 1 and 2 silos on this machine, and of one
# `quotex extract --jobs 1` process (one core), on copies of samples/articles/harbour-strike.txt (a 1 KB
# news brief) as JSONL. Prints a Markdown table. Usage: [MODE=rules|hybrid|neural] benchmarks/cluster/scaling.sh [FILES] [DOCUMENTS_PER_FILE]
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-16}
per_file=${2:-1000}
mode=${MODE:-rules}
dotnet build src/QuoteExtract.Cluster -c Release -v q -nologo >/dev/null  # builds quotex too
quotex=(dotnet "$PWD/src/QuoteExtract.Cli/bin/Release/net10.0/quotex.dll")
cluster=(dotnet "$PWD/src/QuoteExtract.Cluster/bin/Release/net10.0/quotex-cluster.dll")
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

/usr/bin/python3 - "$work" "$files" "$per_file" <<'PY'
import json, os, sys
work, files, per_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
text = open("samples/articles/harbour-strike.txt", encoding="utf-8").read()
with open(os.path.join(work, "manifest.txt"), "w") as manifest:
    for f in range(files):
        path = os.path.join(work, f"in{f}.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for d in range(per_file):
                out.write(json.dumps({"id": f"f{f}-d{d}", "text": text}) + "\n")
        manifest.write(path + "\n")
PY
records=$((files * per_file))

start=$(date +%s.%N)
"${quotex[@]}" extract --inputs @"$work/manifest.txt" --output-dir "$work/single" --jobs 1 --quiet --mode "$mode"
end=$(date +%s.%N)
single=$(echo "$records / ($end - $start)" | bc -l)

run_silos() {  # $1 = number of silos; prints records/s of quotex-cluster run
  local n=$1 base=$((20000 + RANDOM % 20000)) i
  for ((i = 0; i < n; i++)); do
    "${cluster[@]}" silo --silo-port $((base + i)) --gateway-port $((base + 100 + i)) --primary-port "$base" --jobs 1 >"$work/silo$n-$i.log" 2>&1 &
    pids+=($!)
    until grep -q "silo ready" "$work/silo$n-$i.log"; do sleep 0.5; done
  done
  "${cluster[@]}" run --inputs @"$work/manifest.txt" --output-dir "$work/parts$n" --gateway-port $((base + 100)) --concurrency "$n" --mode "$mode" 2>&1 \
    | sed -n 's/.*records written in .* (\([0-9]*\) records\/s).*/\1/p'
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pids=()
}
one=$(run_silos 1)
two=$(run_silos 2)

printf '| run | records | records/s |\n| --- | ---: | ---: |\n'
printf '| quotex extract --jobs 1 (one core) | %d | %.0f |\n' "$records" "$single"
printf '| quotex-cluster run, 1 silo | %d | %s |\n' "$records" "$one"
printf '| quotex-cluster run, 2 silos | %d | %s |\n' "$records" "$two"
printf '\ncore-hours for 10^9 articles at the one-core rate: %.0f\n' "$(echo "1000000000 / $single / 3600" | bc -l)"
