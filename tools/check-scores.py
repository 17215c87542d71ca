#!/usr/bin/env python3
"""Compares a score.py --json result with the floors tools/eval-floors.json gives for one evaluation file.

Usage: check-scores.py SCORE.json FILE_NAME   (FILE_NAME as in eval-floors.json, e.g. polnear-dev.jsonl)
Exits 1 when a score is below its floor.
"""
import json, os, sys

scores = json.load(open(sys.argv[1]))
name = sys.argv[2]
floors = json.load(open(os.path.join(os.path.dirname(__file__), "eval-floors.json")))["files"][name]
failed = False
for key, limits in floors.items():
    floor, bar = limits
    value = scores
    for part in key.split("."):
        value = value[part]
    status = "ok" if value >= floor else "BELOW FLOOR"
    failed |= value < floor
    print(f"{name:20s} {key:36s} {value:.3f}  floor {floor:.3f}  bar {bar:.3f}  {status}{'' if value >= bar else '  (bar not reached)'}")
sys.exit(1 if failed else 0)
