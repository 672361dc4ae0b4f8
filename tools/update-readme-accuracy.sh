#!/usr/bin/env bash
# Regenerates the accuracy table of README.md (the block between <!-- accuracy:begin --> and
# <!-- accuracy:end -->) from `quotex eval --format markdown` on PolNeAR dev, with the commit it was measured
# at. Run it after a change that moves the numbers and commit the README with that change; the README test
# (tests/QuoteExtract.Tests/Evaluation/ReadmeAccuracyTests.cs) fails while the table is out of date.
#
# usage: tools/update-readme-accuracy.sh [GOLD.jsonl]   (default ../shared/eval/data/polnear-dev.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:-../shared/eval/data/polnear-dev.jsonl}
[ -f "$gold" ] || { echo "update-readme-accuracy: gold file not found: $gold" >&2; exit 2; }

commit=$(git rev-parse --short HEAD)
# Numbers measured on a working tree with changes to the code are not those of the commit: say so.
if [ -n "$(git status --porcelain -- src)" ]; then
    commit="$commit + uncommitted changes in src"
fi

dotnet build src/QuoteExtract.Cli -c Release -v quiet -nologo >&2
block=$(mktemp)
trap 'rm -f "$block"' EXIT
dotnet run --no-build --project src/QuoteExtract.Cli -c Release -- \
    eval --gold "$gold" --format markdown --commit "$commit" > "$block"

if grep -qx '<!-- accuracy:begin -->' README.md; then
    awk -v block="$block" '
        $0 == "<!-- accuracy:begin -->" { while ((getline line < block) > 0) print line; skipping = 1; next }
        $0 == "<!-- accuracy:end -->" { skipping = 0; next }
        !skipping { print }
    ' README.md > README.md.new
else
    { cat README.md; printf '\n## Accuracy\n\n'; cat "$block"; } > README.md.new
fi
mv README.md.new README.md
echo "README.md accuracy block updated (commit $commit)" >&2
