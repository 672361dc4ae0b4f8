#!/usr/bin/env bash
# Trains neural mode's models and writes them, with their card, to src/QuoteExtract.Neural/Resources/:
# tagger.onnx (the head), encoder.onnx (the fine-tuned encoder layers) and tagger.json (the card).
#   bash tools/neural/train.sh [WORK_DIR]
# Needs ../shared/eval/data (PolNeAR train and dev) and Debian's python3-torch and python3-onnx, with OpenBLAS
# (without it torch falls back to a reference BLAS about ten times slower):
#   apt-get update && apt-get install -y python3-torch python3-onnx libopenblas0-serial
# One thread throughout: the run is deterministic for a given seed on a given machine.
#  1. encode: the frozen encoder's layers 1, 3 and 5 and the rule inputs for every token (C#, the run-time code);
#  2. train_tagger.py: the head on those rows (8 epochs);
#  3. encode-windows: layer 3's output, and the embeddings' output, at every window row;
#  4. finetune_upper.py: layers 4 and 5 and the head together, from the pretrained layers and the head of step 2;
#  5. finetune_upper.py: all six layers and the head, from the pretrained layers 0-3 and the state of step 4, for 2.5
#     epochs, exporting a checkpoint every 280 documents; the one after 1,960 documents ships (chosen on the whole
#     pipeline's dev scores: predict, then score.py at each minimum confidence), with the transition weight and the
#     minimum confidence chosen on dev with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-/tmp/quotex-neural}"
data=../shared/eval/data
layers=1,3,5
from="${FROM:-3}"
mkdir -p "$work/head"
dotnet build tools/QuoteExtract.NeuralTraining -c Release -o "$work/bin"
tool="dotnet $work/bin/QuoteExtract.NeuralTraining.dll"
for split in train dev; do
  if [ ! -s "$work/$split/labels.u8" ]; then
    $tool encode "$data/polnear-$split.jsonl" "$work/$split" "$layers"
  fi
  for layer in "$from" -1; do
    if [ ! -s "$work/$split-windows$layer/source.i32" ]; then
      $tool encode-windows "$data/polnear-$split.jsonl" "$work/$split-windows$layer" "$layer"
    fi
  done
done
$tool export-encoder "$work/minilm"
width=$(( 384 * 3 + 20 ))
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
/usr/bin/python3 tools/neural/train_tagger.py "$work/train" "$work/dev" "$work/head/tagger.onnx" --width "$width" --seed 13 --epochs 8
/usr/bin/python3 tools/neural/finetune_upper.py "$work/train" "$work/train-windows$from" "$work/dev" "$work/dev-windows$from" \
  "$work/minilm/model.onnx" "$work/head/tagger.onnx" "$work/fine-tuned" --first-layer $(( from + 1 )) --epochs 3 --seed 13
/usr/bin/python3 tools/neural/finetune_upper.py "$work/train" "$work/train-windows-1" "$work/dev" "$work/dev-windows-1" \
  "$work/minilm/model.onnx" "$work/fine-tuned/tagger.onnx" "$work/all-layers" --first-layer 0 \
  --resume "$work/fine-tuned/state.pt" --resume-first-layer $(( from + 1 )) --epochs 2.5 --lr-encoder 3e-4 --lr-head 3e-4 --seed 14 \
  --export-every
checkpoint="$work/all-layers/${CHECKPOINT:-1960}"
cp "$checkpoint/tagger.onnx" "$checkpoint/encoder.onnx" src/QuoteExtract.Neural/Resources/
/usr/bin/python3 - "$checkpoint/tagger.json" src/QuoteExtract.Neural/Resources/tagger.json <<'PY'
import json, sys
sys.path.insert(0, "tools/neural")
import train_tagger
card = json.load(open(sys.argv[1]))
card["transitionWeight"], card["minimumConfidence"] = 0.2, 0.47
card["fineTuning"]["selectedOn"] = "the checkpoint after 1,960 documents, chosen on the whole pipeline's dev scores"
train_tagger.write_json(card, sys.argv[2])
PY
# Every dev quote whatever its confidence, to choose the card's minimum confidence on (score.py after filtering):
$tool predict "$data/polnear-dev.jsonl" "$checkpoint/tagger.onnx" "$work/dev-predictions.jsonl" 0.2
# Dev scores with the models and the card as they now ship:
dotnet run -c Release --project src/QuoteExtract.Cli -- eval --gold "$data/polnear-dev.jsonl" --mode neural
