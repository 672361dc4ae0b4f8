"""Stores an ONNX model's large float weights in half precision, halving the file: each becomes a float16 initializer
followed by a Cast back to float32 under its old name, so the graph computes in float32 as before. ONNX Runtime folds
the casts when it loads the model, so inference costs nothing more.

    /usr/bin/python3 tools/neural/half_weights.py IN.onnx OUT.onnx
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def main(source, target):
    model = onnx.load(source)
    graph = model.graph
    kept, casts = [], []
    for init in graph.initializer:
        value = numpy_helper.to_array(init)
        if init.data_type == TensorProto.FLOAT and value.size >= 4096:
            half = numpy_helper.from_array(value.astype(np.float16), init.name + "_half")
            kept.append(half)
            casts.append(helper.make_node("Cast", [half.name], [init.name], to=TensorProto.FLOAT, name=init.name + "_cast"))
        else:
            kept.append(init)
    del graph.initializer[:]
    graph.initializer.extend(kept)
    nodes = casts + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
