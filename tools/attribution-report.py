#!/usr/bin/env python3
"""Lists attribution errors by category and by rule, so that the next improvement is visible.

Usage: tools/attribution-report.py GOLD.jsonl SYSTEM.jsonl [--examples CATEGORY N]

GOLD is PolNeAR-style jsonl (../shared/eval/polnear-dev.jsonl); SYSTEM is the sample's
`extract --input-format jsonl --format jsonl` output. Quotes are matched as score.py does
(half of the longer span shared). Categories, over gold quotes that have a source:
  ok               mention overlaps the gold source and the name matches (or gold has no name)
  no-cue           no speaker found
  wrong-mention    the local mention is not the gold source
  wrong-coref      right mention, wrong resolved name
and, over system quotes, wrong-kind: returned quotes that the gold lists as non-speech.
"""
import collections, json, re, sys

def load(path):
    return {o["id"]: o for o in map(json.loads, open(path, encoding="utf-8")) if o}

def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))

def matches(a, b):
    shared, longer = overlap(a, b), max(a[1] - a[0], b[1] - b[0])
    return longer > 0 and shared > 0 and shared * 2 >= longer

def words(name):
    return [w for w in re.sub(r"[^\w\s'-]", " ", name or "").lower().split() if w not in ("mr", "mrs", "ms", "dr")]

def same_name(gold, system):
    g, s = words(gold), words(system)
    if not g or not s:
        return False
    return g[-1] == s[-1] or f" {' '.join(g)} " in f" {' '.join(s)} " or f" {' '.join(s)} " in f" {' '.join(g)} "

def main():
    gold, system = load(sys.argv[1]), load(sys.argv[2])
    categories, by_rule, examples = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    wrong_kind = 0
    for gid, article in gold.items():
        text, quotes = article["text"], system.get(gid, {}).get("quotes", [])
        for q in quotes:
            span = (q["start"], q["end"])
            if not any(matches(span, (g["start"], g["end"])) for g in article["quotes"]) and \
               any(matches(span, (o["start"], o["end"])) for o in article["otherQuoted"]):
                wrong_kind += 1
                examples["wrong-kind"].append(q["text"][:80])
        for g in article["quotes"]:
            if g["speaker"] is None:
                continue
            found = next((q for q in quotes if matches((g["start"], g["end"]), (q["start"], q["end"]))), None)
            if found is None:
                continue
            speaker = found.get("speaker")
            source = (g["speaker"]["start"], g["speaker"]["end"])
            mention_ok = speaker and speaker.get("mentionStart") is not None and overlap((speaker["mentionStart"], speaker["mentionEnd"]), source) > 0
            if not speaker:
                category = "no-cue"
            elif not mention_ok:
                category = "wrong-mention"
            elif g["speakerName"] and not same_name(g["speakerName"], speaker["name"]):
                category = "wrong-coref"
            else:
                category = "ok"
            categories[category] += 1
            by_rule[(found.get("rule") or "-", category)] += 1
            context = text[max(0, min(source[0], g["start"]) - 40):max(source[1], g["end"]) + 40].replace("\n", " ")
            examples[category].append(f"gold={g['speakerName']!r} system={speaker and speaker['name']!r} mention={speaker and speaker.get('mentionText')!r} rule={found.get('rule')}\n    {context[:300]}")
    total = sum(categories.values())
    print(f"gold quotes with a source, detected: {total}")
    for category in ("ok", "no-cue", "wrong-mention", "wrong-coref"):
        print(f"  {category:14s} {categories[category]:5d}  {categories[category] / max(total, 1):.1%}")
    print(f"  wrong-kind     {wrong_kind:5d}  (returned quotes the gold lists as non-speech)")
    print("by rule (rule, category, count):")
    for (rule, category), n in sorted(by_rule.items(), key=lambda x: (-x[1], x[0])):
        if category != "ok":
            print(f"  {rule:22s} {category:14s} {n}")
    if "--examples" in sys.argv:
        i = sys.argv.index("--examples")
        category, n = sys.argv[i + 1], int(sys.argv[i + 2])
        for line in examples[category][:n]:
            print(line)

main()
