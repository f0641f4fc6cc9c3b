"""The MiniLM sentence encoder (all-MiniLM-L6-v2, a 6-layer BERT) run with torch alone.

transformers builds the same network, but importing it took ~5 s in every worker process,
longer than the whole model takes to load. Here the packaged weights (safetensors) and
tokenizer (tokenizer.json) are read directly and the forward pass is the standard BERT
encoder written out in torch's functional ops; tests/test_corpus.py checks the vectors
against transformers' own BertModel.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from tokenizers import Tokenizer


class SentenceEncoder:
    """Mean-pooled, unit-length sentence vectors from a BERT checkpoint directory."""

    def __init__(self, path: str | Path, max_tokens: int):
        path = Path(path)
        config = json.loads((path / "config.json").read_text())
        if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
            raise ValueError(f"{path}: expected a BERT model with GELU activations, got "
                             f"{config.get('model_type')!r}/{config.get('hidden_act')!r}")
        self.heads, self.eps = config["num_attention_heads"], config["layer_norm_eps"]
        self.dim = config["hidden_size"]
        weights = {k.removeprefix("bert."): v for k, v in load_file(str(path / "model.safetensors")).items()}
        self.embeddings = [weights[f"embeddings.{n}.weight"] for n in
                           ("word_embeddings", "position_embeddings", "token_type_embeddings")]
        self.embedding_norm = weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"]
        self.layers = [self._layer(weights, f"encoder.layer.{i}.") for i in range(config["num_hidden_layers"])]
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_tokens)
        self.tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0))

    @staticmethod
    def _layer(w: dict, p: str) -> dict:
        attention = p + "attention.self."
        return {
            "qkv": torch.cat([w[attention + n + ".weight"] for n in ("query", "key", "value")]),
            "qkv_bias": torch.cat([w[attention + n + ".bias"] for n in ("query", "key", "value")]),
            "out": (w[p + "attention.output.dense.weight"], w[p + "attention.output.dense.bias"]),
            "out_norm": (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
            "up": (w[p + "intermediate.dense.weight"], w[p + "intermediate.dense.bias"]),
            "down": (w[p + "output.dense.weight"], w[p + "output.dense.bias"]),
            "down_norm": (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
        }

    @torch.inference_mode()
    def encode(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = torch.tensor([e.ids for e in encodings])
        mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.float32)
        batch, length = ids.shape
        words, positions, types = self.embeddings
        x = F.layer_norm(words[ids] + positions[:length] + types[0], (self.dim,), *self.embedding_norm, self.eps)
        blocked = ((1.0 - mask) * torch.finfo(torch.float32).min)[:, None, None, :]  # padding unseen
        for layer in self.layers:
            q, k, v = F.linear(x, layer["qkv"], layer["qkv_bias"]).view(
                batch, length, 3, self.heads, -1).permute(2, 0, 3, 1, 4)
            attended = F.scaled_dot_product_attention(q, k, v, attn_mask=blocked)
            attended = attended.transpose(1, 2).reshape(batch, length, self.dim)
            x = F.layer_norm(F.linear(attended, *layer["out"]) + x, (self.dim,), *layer["out_norm"], self.eps)
            hidden = F.gelu(F.linear(x, *layer["up"]))
            x = F.layer_norm(F.linear(hidden, *layer["down"]) + x, (self.dim,), *layer["down_norm"], self.eps)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
        return F.normalize(pooled, dim=1).numpy()
