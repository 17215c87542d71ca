#!/usr/bin/env python3
"""Compares a score.py --json result with tools/eval-floors.json; exits 1 when a score is below its floor."""
import json, os, sys

scores = json.load(open(sys.argv[1]))
floors = json.load(open(os.path.join(os.path.dirname(__file__), "eval-floors.json")))
failed = False
for key, limits in floors.items():
    if key.startswith("_"):
        continue
    floor, bar = limits
    value = scores
    for part in key.split("."):
        value = value[part]
    status = "ok" if value >= floor else "BELOW FLOOR"
    failed |= value < floor
    print(f"{key:36s} {value:.3f}  floor {floor:.3f}  bar {bar:.3f}  {status}{'' if value >= bar else '  (bar not reached)'}")
sys.exit(1 if failed else 0)
