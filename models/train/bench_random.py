"""Exports an untrained encoder of a given size, to measure inference speed before training."""
import json, sys, torch
from model import Encoder
from export_onnx import export
vocab, hidden, layers, ffn = (int(x) for x in sys.argv[2:6])
torch.manual_seed(0)
enc = Encoder(vocab, hidden=hidden, layers=layers, heads=4, ffn=ffn)
cfg = {"model_type": "bert", "architectures": ["BertModel"], "hidden_size": hidden, "num_hidden_layers": layers, "num_attention_heads": 4, "intermediate_size": ffn, "vocab_size": vocab, "max_position_embeddings": 256, "id2label": {str(i): str(i) for i in range(17)}, "label2id": {}}
print("quantised", export(enc, sys.argv[1], cfg))
