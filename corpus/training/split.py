#!/usr/bin/env python3
"""Deterministic train/test split of the labelled passages (see README.md).

A passage goes to the test split when the first 8 hex digits of SHA-256(id), read as an
unsigned integer, are divisible by 4 (about 25 %). The rule looks only at the id, so a
passage never moves between splits when passages are added, and anyone can check the split.

Usage: python3 split.py FILE... [--out DIR]   (reads all passages from the FILEs, which may be
the current train.jsonl and test.jsonl plus new passages, and rewrites DIR/train.jsonl and
DIR/test.jsonl; passages keep their order of appearance).
"""
import hashlib
import json
import sys
from pathlib import Path


def is_test(passage_id: str) -> bool:
    return int(hashlib.sha256(passage_id.encode("utf-8")).hexdigest()[:8], 16) % 4 == 0


def main(argv):
    out = Path(__file__).resolve().parent
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--out":
            out = Path(argv[i + 1]); i += 2
        else:
            files.append(argv[i]); i += 1
    passages, seen = [], set()
    for name in files:
        with open(name, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                p = json.loads(line)
                if p["id"] in seen:
                    sys.exit(f"{name}:{n}: id {p['id']} appears twice")
                seen.add(p["id"])
                passages.append(p)
    train = [p for p in passages if not is_test(p["id"])]
    test = [p for p in passages if is_test(p["id"])]
    for split, rows in (("train", train), ("test", test)):
        with open(out / f"{split}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for p in rows:
                f.write(json.dumps({"id": p["id"], "text": p["text"], "themes": p["themes"], "dims": p["dims"]}, ensure_ascii=False) + "\n")
    print(f"{len(train)} train, {len(test)} test")


if __name__ == "__main__":
    main(sys.argv[1:])
