#!/usr/bin/env bash
# Trains neural mode's tagger head and writes it, with its card, to src/QuoteExtract.Neural/Resources/tagger.{onnx,json}.
#   bash tools/neural/train.sh [WORK_DIR]
# Needs ../shared/eval/data (PolNeAR train and dev) and Debian's python3-torch and python3-onnx:
#   apt-get update && apt-get install -y python3-torch python3-onnx
# One thread throughout: the run is deterministic for a given seed on a given machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-/tmp/quotex-neural}"
data=../shared/eval/data
layers=1,3,5
mkdir -p "$work"
dotnet build tools/QuoteExtract.NeuralTraining -c Release -o "$work/bin"
for split in train dev; do
  if [ ! -s "$work/$split/labels.u8" ]; then
    dotnet "$work/bin/QuoteExtract.NeuralTraining.dll" encode "$data/polnear-$split.jsonl" "$work/$split" "$layers"
  fi
done
width=$(( 384 * 3 + 20 ))
OMP_NUM_THREADS=1 /usr/bin/python3 tools/neural/train_tagger.py "$work/train" "$work/dev" "$work/tagger.onnx" --width "$width" --seed 13 --epochs 8
cp "$work/tagger.onnx" "$work/tagger.json" src/QuoteExtract.Neural/Resources/
dotnet "$work/bin/QuoteExtract.NeuralTraining.dll" predict "$data/polnear-dev.jsonl" "$work/tagger.onnx" "$work/dev-predictions.jsonl"
/usr/bin/python3 ../shared/eval/score.py "$data/polnear-dev.jsonl" "$work/dev-predictions.jsonl"
