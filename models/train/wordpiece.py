"""Learns a WordPiece vocabulary (BERT-style, lower-cased, accents stripped) and writes a
Hugging Face tokenizer.json + tokenizer_config.json + vocab.txt that @huggingface/transformers
loads in Node.

Input: a text file with one document per line (training letters and Dutch prose; never the
held-out letters). Merges are learned on word counts by pair frequency, as Hugging Face's
WordPieceTrainer does (it trains BPE-style and writes a WordPiece vocabulary).

Usage: python3 wordpiece.py TEXTS.txt OUT_DIR [--vocab 12000] [--min-count 2]
"""
import argparse
import collections
import heapq
import json
import os
import re
import sys
import unicodedata

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def normalise(text):
    """BertNormalizer(clean_text, lowercase, strip_accents)."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\r"):
            continue
        out.append(" " if ch in "\t\n\r" or unicodedata.category(ch) == "Zs" else ch)
    text = "".join(out).lower()
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def pre_tokenise(text):
    """BertPreTokenizer: split on whitespace, punctuation is its own token."""
    words = []
    for chunk in text.split():
        cur = ""
        for ch in chunk:
            if is_punct(ch):
                if cur:
                    words.append(cur)
                    cur = ""
                words.append(ch)
            else:
                cur += ch
        if cur:
            words.append(cur)
    return words


def train(counts, vocab_size, min_count):
    # Each word is a tuple of symbols: first char plain, the rest '##'-prefixed.
    words = {}
    alphabet = collections.Counter()
    for w, c in counts.items():
        if c < min_count or len(w) > 40:
            continue
        syms = tuple([w[0]] + ["##" + ch for ch in w[1:]])
        words[syms] = c
        for s in syms:
            alphabet[s] += c
    vocab = list(SPECIALS) + sorted(s for s, c in alphabet.items() if c >= min_count)
    vocab_set = set(vocab)
    sym_count = collections.Counter()
    pair_count = collections.Counter()
    pair_words = collections.defaultdict(set)
    word_list = [list(k) for k in words]
    word_freq = list(words.values())
    for i, syms in enumerate(word_list):
        f = word_freq[i]
        for s in syms:
            sym_count[s] += f
        for a, b in zip(syms, syms[1:]):
            pair_count[(a, b)] += f
            pair_words[(a, b)].add(i)

    # Max-heap of (count, pair) with lazy invalidation: stale entries are skipped when popped.
    heap = [(-c, p) for p, c in pair_count.items()]
    heapq.heapify(heap)
    while len(vocab) < vocab_size and heap:
        neg, best = heapq.heappop(heap)
        if pair_count.get(best, 0) != -neg:
            continue
        if -neg < min_count:
            break
        a, b = best
        touched = set()
        merged = a + (b[2:] if b.startswith("##") else b)
        for i in list(pair_words[best]):
            syms = word_list[i]
            f = word_freq[i]
            for x, y in zip(syms, syms[1:]):
                pair_count[(x, y)] -= f
                if pair_count[(x, y)] <= 0:
                    del pair_count[(x, y)]
                pair_words[(x, y)].discard(i)
                touched.add((x, y))
            new = []
            j = 0
            while j < len(syms):
                if j < len(syms) - 1 and syms[j] == a and syms[j + 1] == b:
                    new.append(merged)
                    sym_count[merged] += f
                    sym_count[a] -= f
                    sym_count[b] -= f
                    j += 2
                else:
                    new.append(syms[j])
                    j += 1
            word_list[i] = new
            for x, y in zip(new, new[1:]):
                pair_count[(x, y)] += f
                pair_words[(x, y)].add(i)
                touched.add((x, y))
        pair_words.pop(best, None)
        pair_count.pop(best, None)
        for p in touched:
            c = pair_count.get(p, 0)
            if c > 0:
                heapq.heappush(heap, (-c, p))
        if merged not in vocab_set:
            vocab.append(merged)
            vocab_set.add(merged)
    return vocab


def write(vocab, out_dir, max_len):
    os.makedirs(out_dir, exist_ok=True)
    ids = {t: i for i, t in enumerate(vocab)}
    tok = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {"id": ids[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False, "special": True}
            for t in SPECIALS
        ],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True, "strip_accents": True, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [
                {"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "[SEP]", "type_id": 0}},
                {"Sequence": {"id": "B", "type_id": 1}}, {"SpecialToken": {"id": "[SEP]", "type_id": 1}},
            ],
            "special_tokens": {t: {"id": t, "ids": [ids[t]], "tokens": [t]} for t in ["[CLS]", "[SEP]"]},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##", "max_input_chars_per_word": 100, "vocab": ids},
    }
    with open(os.path.join(out_dir, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False)
    cfg = {
        "tokenizer_class": "BertTokenizer", "do_lower_case": True, "strip_accents": True, "model_max_length": max_len,
        "pad_token": "[PAD]", "unk_token": "[UNK]", "cls_token": "[CLS]", "sep_token": "[SEP]", "mask_token": "[MASK]",
    }
    with open(os.path.join(out_dir, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump(cfg, f, ensure_ascii=False, indent=2)
    with open(os.path.join(out_dir, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("texts")
    ap.add_argument("out_dir")
    ap.add_argument("--vocab", type=int, default=12000)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--max-len", type=int, default=256)
    args = ap.parse_args()
    counts = collections.Counter()
    with open(args.texts, encoding="utf-8") as f:
        for line in f:
            counts.update(pre_tokenise(normalise(line)))
    vocab = train(counts, args.vocab, args.min_count)
    write(vocab, args.out_dir, args.max_len)
    print(f"wordpiece: {len(counts)} word types -> vocabulary of {len(vocab)}", file=sys.stderr)


if __name__ == "__main__":
    main()
