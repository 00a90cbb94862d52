"""Exports the encoder to ONNX (opset 14) and stores its MatMul/Gather weights as int8 with
per-tensor scales (weight-only quantisation: QuantizeLinear done here, DequantizeLinear nodes in
the graph), because Debian has python3-onnx but no onnxruntime quantiser. The runtime folds the
DequantizeLinear nodes into float weights at load (session option disable_quant_qdq): the file is
a quarter of the float size, and the arithmetic stays float, which on CPUs without int8 dot-product
instructions was faster than dynamic int8 MatMulInteger for this small encoder (1.2-1.4 ms against
2.0 ms per 80-token window, one thread) and does not depend on the other letters in a batch.

Usage (as a module): export(encoder, out_dir, config_dict)
"""
import json
import os

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto

from model import Exportable


def quantise_weights(model_path, out_path, min_elements=4096, dynamic=False):
    """int8 weights. Embedding tables (Gather) get a DequantizeLinear; with dynamic=True each
    MatMul becomes DynamicQuantizeLinear + MatMulInteger + rescale (the pattern onnxruntime's
    quantize_dynamic writes, which it fuses into one int8 kernel), else DequantizeLinear too."""
    m = onnx.load(model_path)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    # Only weights consumed by MatMul or Gather (embeddings) are quantised.
    consumers = {}
    for node in g.node:
        for i, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node, i))
    new_inits, new_nodes, removed, rewritten = [], [], set(), []
    for name, init in inits.items():
        uses = consumers.get(name, [])
        if not uses or not all(n.op_type in ("MatMul", "Gather") for n, _ in uses):
            continue
        w = numpy_helper.to_array(init).astype(np.float32)
        if w.size < min_elements:
            continue
        scale = max(float(np.abs(w).max()) / 127.0, 1e-8)
        q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
        qname, sname, zname, dname = name + "_q", name + "_scale", name + "_zp", name + "_deq"
        new_inits += [numpy_helper.from_array(q, qname), numpy_helper.from_array(np.array(scale, dtype=np.float32), sname), numpy_helper.from_array(np.array(0, dtype=np.int8), zname)]
        if dynamic and all(n.op_type == "MatMul" and i == 1 for n, i in uses):
            for k, (n, _) in enumerate(uses):
                x = n.input[0]
                p = f"{name}_{k}"
                n_out = n.output[0]
                rewritten.append((n, [
                    helper.make_node("DynamicQuantizeLinear", [x], [p + "_xq", p + "_xs", p + "_xz"], name=p + "_DQL"),
                    helper.make_node("MatMulInteger", [p + "_xq", qname, p + "_xz", zname], [p + "_i32"], name=p + "_MMI"),
                    helper.make_node("Cast", [p + "_i32"], [p + "_f"], to=TensorProto.FLOAT, name=p + "_Cast"),
                    helper.make_node("Mul", [p + "_xs", sname], [p + "_s"], name=p + "_ScaleMul"),
                    helper.make_node("Mul", [p + "_f", p + "_s"], [n_out], name=p + "_OutMul"),
                ]))
        else:
            new_nodes.append(helper.make_node("DequantizeLinear", [qname, sname, zname], [dname], name=name + "_DequantizeLinear"))
            for n, i in uses:
                n.input[i] = dname
        removed.add(name)
    kept = [i for i in g.initializer if i.name not in removed]
    del g.initializer[:]
    g.initializer.extend(kept + new_inits)
    replace = {id(n): repl for n, repl in rewritten}
    nodes = []
    for n in g.node:
        nodes.extend(replace.get(id(n), [n]))
    del g.node[:]
    g.node.extend(new_nodes + nodes)
    onnx.checker.check_model(m)
    onnx.save(m, out_path)
    return len(removed)


def export(encoder, out_dir, config, max_len=256):
    os.makedirs(os.path.join(out_dir, "onnx"), exist_ok=True)
    encoder.eval()
    wrapper = Exportable(encoder)
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    fp32 = os.path.join(out_dir, "onnx", "model_fp32.onnx")
    torch.onnx.export(
        wrapper, (ids, mask), fp32, opset_version=14,
        input_names=["input_ids", "attention_mask"], output_names=["embedding", "chunk_logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"}, "embedding": {0: "batch"}, "chunk_logits": {0: "batch"}},
        do_constant_folding=True,
    )
    n = quantise_weights(fp32, os.path.join(out_dir, "onnx", "model.onnx"))
    os.remove(fp32)
    with open(os.path.join(out_dir, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
    return n
