"""Fine-tunes the small transformer encoder on the prepared, tokenised letters (multi-task:
category, anti_institutioneel, zorgsignaal, topic; letters of several chunks are pooled) and
exports it to ONNX with int8 weights.

Reads models/train/work/{train,val}.tok.jsonl (see prepare.ts, tokenize.ts); writes
MODEL_DIR/onnx/model.onnx, MODEL_DIR/config.json and MODEL_DIR/training.json.
Usage: python3 train.py MODEL_DIR [--epochs 12] [--seed 13] [--sources generator,handwritten]
Deterministic for a given seed and thread count (torch.set_num_threads(2)).
"""
import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import Encoder, LetterClassifier, N_CAT, N_TOPIC  # noqa: E402
from export_onnx import export  # noqa: E402

WORK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "work")
CATEGORIES = ["bedreiging", "betalingsweigering", "soevereiniteitsverklaring", "woo_verzoek", "bezwaar", "klacht", "regulier"]
TOPICS = ["belastingen", "brp", "sociaal", "leerplicht", "vergunningen", "openbare_ruimte", "bestuur", "overig"]
MAX_TRAIN_CHUNKS = 4  # per letter while training: first and last chunks (the runtime reads all)


def load(name, sources):
    out = []
    with open(os.path.join(WORK, name), encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if e["source"] in sources:
                out.append(e)
    return out


def train_chunks(chunks):
    if len(chunks) <= MAX_TRAIN_CHUNKS:
        return chunks
    h = MAX_TRAIN_CHUNKS // 2
    return chunks[:h] + chunks[-(MAX_TRAIN_CHUNKS - h):]


def make_batch(letters, pad_id, mask_prob=0.0, rng=None, mask_id=4, vocab=0):
    chunks, index = [], []
    for i, e in enumerate(letters):
        for c in train_chunks(e["chunks"]):
            chunks.append(c)
            index.append(i)
    t = max(len(c) for c in chunks)
    ids = torch.full((len(chunks), t), pad_id, dtype=torch.long)
    mask = torch.zeros((len(chunks), t), dtype=torch.long)
    for r, c in enumerate(chunks):
        cc = list(c)
        if mask_prob and rng is not None:
            # Token dropout as augmentation: replace a few word pieces by [MASK].
            for j in range(1, len(cc) - 1):
                if rng.random() < mask_prob:
                    cc[j] = mask_id
        ids[r, : len(cc)] = torch.tensor(cc)
        mask[r, : len(cc)] = 1
    y = {
        "cat": torch.tensor([e["category"] for e in letters]),
        "flags": torch.tensor([[e["anti"], e["zorg"]] for e in letters], dtype=torch.float),
        "topic": torch.tensor([e["topic"] for e in letters]),
    }
    return ids, mask, torch.tensor(index), y


def batches(letters, max_chunks, rng):
    letters = sorted(letters, key=lambda e: (sum(len(c) for c in train_chunks(e["chunks"])), rng.random()))
    groups, cur, n = [], [], 0
    for e in letters:
        k = len(train_chunks(e["chunks"]))
        if cur and n + k > max_chunks:
            groups.append(cur)
            cur, n = [], 0
        cur.append(e)
        n += k
    if cur:
        groups.append(cur)
    rng.shuffle(groups)
    return groups


def macro_f1(y, p, n):
    f1s = []
    for c in range(n):
        tp = sum(1 for a, b in zip(y, p) if a == c and b == c)
        fp = sum(1 for a, b in zip(y, p) if a != c and b == c)
        fn = sum(1 for a, b in zip(y, p) if a == c and b != c)
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / n


@torch.no_grad()
def evaluate(model, letters, pad_id):
    model.eval()
    ys, ps, fl_y, fl_p, ty, tp = [], [], [], [], [], []
    rng = random.Random(0)
    for group in batches(letters, 48, rng):
        ids, mask, index, y = make_batch(group, pad_id)
        cat, flags, topic, _ = model(ids, mask, index, len(group))
        ys += y["cat"].tolist()
        ps += cat.argmax(1).tolist()
        fl_y += y["flags"].tolist()
        fl_p += (torch.sigmoid(flags) > 0.5).float().tolist()
        ty += y["topic"].tolist()
        tp += topic.argmax(1).tolist()
    model.train()
    acc = lambda a, b: sum(1 for x, z in zip(a, b) if x == z) / max(1, len(a))
    f1_flag = []
    for k in range(2):
        t = [r[k] for r in fl_y]
        p = [r[k] for r in fl_p]
        tp_ = sum(1 for a, b in zip(t, p) if a == 1 and b == 1)
        f1_flag.append(0.0 if tp_ == 0 else 2 * tp_ / (2 * tp_ + sum(1 for a, b in zip(t, p) if a != b)))
    return {"cat_macro_f1": macro_f1(ys, ps, N_CAT), "cat_acc": acc(ys, ps), "anti_f1": f1_flag[0], "zorg_f1": f1_flag[1], "topic_acc": acc(ty, tp)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--lr", type=float, default=6e-4)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--ffn", type=int, default=512)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--batch-chunks", type=int, default=32)
    ap.add_argument("--generated-per-epoch", type=int, default=1800)
    ap.add_argument("--handwritten-repeat", type=int, default=2)
    ap.add_argument("--sources", default="generator,handwritten")
    args = ap.parse_args()

    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "2")))
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    sources = set(args.sources.split(","))
    train = load("train.tok.jsonl", sources)
    val = load("val.tok.jsonl", {"generator", "handwritten"})
    val_hw = [e for e in val if e["source"] == "handwritten"]
    with open(os.path.join(args.model_dir, "vocab.txt"), encoding="utf-8") as f:
        vocab = [l.rstrip("\n") for l in f]
    pad_id = vocab.index("[PAD]")
    mask_id = vocab.index("[MASK]")

    enc = Encoder(len(vocab), hidden=args.hidden, layers=args.layers, heads=args.heads, ffn=args.ffn)
    model = LetterClassifier(enc, args.hidden)
    params = sum(p.numel() for p in enc.parameters())
    print(f"encoder parameters: {params:,}; train letters {len(train)}, validation {len(val)} (hand-written {len(val_hw)})", flush=True)

    gen = [e for e in train if e["source"] == "generator"]
    hw = [e for e in train if e["source"] == "handwritten"]

    def epoch_letters():
        g = rng.sample(gen, min(len(gen), args.generated_per_epoch)) if gen else []
        return g + hw * args.handwritten_repeat

    steps_per_epoch = len(batches(epoch_letters(), args.batch_chunks, random.Random(0)))
    total = steps_per_epoch * args.epochs
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.05, 1 - s / total))
    ce = nn.CrossEntropyLoss(label_smoothing=0.05)
    bce = nn.BCEWithLogitsLoss()
    best, best_state, history = -1.0, None, []
    start = time.time()
    step = 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        t0 = time.time()
        losses = []
        for group in batches(epoch_letters(), args.batch_chunks, rng):
            ids, mask, index, y = make_batch(group, pad_id, mask_prob=0.05, rng=rng, mask_id=mask_id)
            cat, flags, topic, chunk_logits = model(ids, mask, index, len(group))
            loss = ce(cat, y["cat"]) + bce(flags, y["flags"]) + 0.5 * ce(topic, y["topic"])
            # Per-chunk heads (exported for inspection): weak supervision with the letter's labels.
            loss = loss + 0.2 * (ce(chunk_logits[:, :N_CAT], y["cat"][index]) + bce(chunk_logits[:, N_CAT:N_CAT + 2], y["flags"][index]))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            losses.append(loss.item())
            step += 1
        m_all = evaluate(model, val, pad_id)
        m_hw = evaluate(model, val_hw, pad_id) if val_hw else m_all
        score = m_hw["cat_macro_f1"] + 0.5 * (m_hw["anti_f1"] + m_hw["zorg_f1"])
        history.append({"epoch": epoch, "loss": float(np.mean(losses)), "seconds": round(time.time() - t0, 1), "val": m_all, "val_handwritten": m_hw})
        print(f"epoch {epoch}: loss {np.mean(losses):.3f} ({time.time() - t0:.0f}s) val {json.dumps(m_all)} val-hw {json.dumps(m_hw)}", flush=True)
        if score > best:
            best = score
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    torch.save(best_state, os.path.join(WORK, "checkpoint.pt"))

    labels = [f"categorie:{c}" for c in CATEGORIES] + ["anti_institutioneel", "zorgsignaal"] + [f"onderwerp:{t}" for t in TOPICS]
    config = {
        "model_type": "bert", "architectures": ["BertModel"], "hidden_size": args.hidden, "num_hidden_layers": args.layers,
        "num_attention_heads": args.heads, "intermediate_size": args.ffn, "vocab_size": len(vocab), "max_position_embeddings": 256,
        "id2label": {str(i): l for i, l in enumerate(labels)}, "label2id": {l: i for i, l in enumerate(labels)},
        "postsignaal": {"outputs": ["embedding", "chunk_logits"], "pooling": "masked mean of the last layer", "seed": args.seed, "sources": sorted(sources)},
    }
    quantised = export(enc, args.model_dir, config)
    # The letter heads trained here are exported too; the shipped heads are refitted in TypeScript.
    heads = {k: v.tolist() for k, v in model.state_dict().items() if not k.startswith("encoder.")}
    with open(os.path.join(args.model_dir, "training.json"), "w", encoding="utf-8") as f:
        json.dump({"args": vars(args), "parameters": params, "quantised_tensors": quantised, "seconds": round(time.time() - start), "history": history, "torch": torch.__version__, "python_heads": heads}, f)
    print(f"exported; {quantised} tensors int8; {time.time() - start:.0f}s", flush=True)


if __name__ == "__main__":
    main()
