"""A small BERT-style encoder in plain nn layers (exports cleanly to ONNX opset 14), and the
multi-task, multi-chunk classifier used for fine-tuning.

Encoder(input_ids[B,T], attention_mask[B,T]) -> (embedding[B,H] masked mean of the last layer,
chunk_logits[B,C]) where chunk_logits are the per-chunk heads (category 7, anti 1, zorg 1, topic 8).
A letter of several chunks is pooled over its chunks (max and mean) before the letter heads.
"""
import math

import torch
from torch import nn

N_CAT, N_TOPIC = 7, 8
N_CHUNK_OUT = N_CAT + 2 + N_TOPIC


class SelfAttention(nn.Module):
    def __init__(self, hidden, heads, dropout):
        super().__init__()
        self.heads = heads
        self.head_dim = hidden // heads
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.out = nn.Linear(hidden, hidden)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        b, t, h = x.shape
        qkv = self.qkv(x).view(b, t, 3, self.heads, self.head_dim).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.head_dim) + bias
        att = self.drop(torch.softmax(att, dim=-1))
        y = torch.matmul(att, v).transpose(1, 2).reshape(b, t, h)
        return self.out(y)


class Block(nn.Module):
    def __init__(self, hidden, heads, ffn, dropout):
        super().__init__()
        self.att = SelfAttention(hidden, heads, dropout)
        self.ln1 = nn.LayerNorm(hidden, eps=1e-12)
        self.ff1 = nn.Linear(hidden, ffn)
        self.ff2 = nn.Linear(ffn, hidden)
        self.ln2 = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        x = self.ln1(x + self.drop(self.att(x, bias)))
        return self.ln2(x + self.drop(self.ff2(nn.functional.gelu(self.ff1(x)))))


class Encoder(nn.Module):
    def __init__(self, vocab, hidden=256, layers=4, heads=4, ffn=1024, max_len=256, dropout=0.1):
        super().__init__()
        self.tok = nn.Embedding(vocab, hidden)
        self.pos = nn.Embedding(max_len, hidden)
        self.ln = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)
        self.blocks = nn.ModuleList([Block(hidden, heads, ffn, dropout) for _ in range(layers)])
        self.chunk_head = nn.Linear(hidden, N_CHUNK_OUT)
        self.mlm_bias = nn.Parameter(torch.zeros(vocab))

    def hidden_states(self, input_ids, attention_mask):
        t = input_ids.shape[1]
        pos = torch.arange(t, device=input_ids.device).unsqueeze(0)
        x = self.drop(self.ln(self.tok(input_ids) + self.pos(pos)))
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for blk in self.blocks:
            x = blk(x, bias)
        return x

    def forward(self, input_ids, attention_mask):
        x = self.hidden_states(input_ids, attention_mask)
        m = attention_mask.unsqueeze(-1).to(x.dtype)
        emb = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return emb, self.chunk_head(emb)

    def mlm_logits(self, input_ids, attention_mask):
        # Tied output embedding for masked-language-model pretraining.
        return torch.matmul(self.hidden_states(input_ids, attention_mask), self.tok.weight.t()) + self.mlm_bias


class LetterClassifier(nn.Module):
    """Pools chunk embeddings per letter (max ⊕ mean) and predicts the letter's labels."""

    def __init__(self, encoder, hidden, dropout=0.1):
        super().__init__()
        self.encoder = encoder
        self.drop = nn.Dropout(dropout)
        self.cat = nn.Linear(2 * hidden, N_CAT)
        self.flags = nn.Linear(2 * hidden, 2)
        self.topic = nn.Linear(2 * hidden, N_TOPIC)

    def forward(self, input_ids, attention_mask, letter_index, n_letters):
        emb, chunk_logits = self.encoder(input_ids, attention_mask)
        h = emb.shape[1]
        idx = letter_index.unsqueeze(1).expand(-1, h)
        mx = torch.full((n_letters, h), -1e4, dtype=emb.dtype).scatter_reduce(0, idx, emb, reduce="amax", include_self=True)
        sm = torch.zeros((n_letters, h), dtype=emb.dtype).scatter_add(0, idx, emb)
        cnt = torch.zeros((n_letters, 1), dtype=emb.dtype).scatter_add(0, letter_index.unsqueeze(1), torch.ones_like(emb[:, :1]))
        pooled = self.drop(torch.cat([mx, sm / cnt], dim=1))
        return self.cat(pooled), self.flags(pooled), self.topic(pooled), chunk_logits


class Exportable(nn.Module):
    """What goes into ONNX: per-chunk embedding and per-chunk logits."""

    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder

    def forward(self, input_ids, attention_mask):
        return self.encoder(input_ids, attention_mask)
