#!/usr/bin/env bash
# npm run model:train — reproduces the shipped model from the corpus (offline; about 45–60 min on
# 2 cores): training environment, data split, WordPiece vocabulary, tokenisation with the runtime's
# own chunker, transformer fine-tuning + ONNX int8 export, TypeScript heads, evaluation.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODEL_DIR="${MODEL_DIR:-models/postsignaal-nl}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}" DOTENV_CONFIG_QUIET=true
bash models/train/setup.sh
mkdir -p "$MODEL_DIR"
npx tsx models/train/prepare.ts
/usr/bin/python3 models/train/wordpiece.py models/train/work/vocab-texts.txt "$MODEL_DIR" --vocab 12000
npx tsx models/train/tokenize.ts "$MODEL_DIR"
/usr/bin/python3 models/train/train.py "$MODEL_DIR" "$@"
npx tsx models/train/fit-heads.ts "$MODEL_DIR"
npx tsx models/eval/evaluate.ts "$MODEL_DIR"
