#!/usr/bin/env python3
"""Breaks extraction errors down by class: python3 error_classes.py GOLD_DIR PRED_DIR [GOLD_DIR PRED_DIR ...].

Entities (matched as the scorer does: type + normalised surface, one to one):
  type confusion  an unmatched prediction whose surface is a gold surface of another type
  boundary        an unmatched prediction of the right type overlapping an unmatched gold one
  boundary+type   overlapping an unmatched gold entity of another type
  spurious        any other unmatched prediction;  miss: an unmatched gold entity nothing overlaps
Relations (gold ones not found):
  missing entity  an argument was not extracted
  convention      both arguments found and related by another type or in the other direction
  missing cue     both arguments found, no relation between them
Spurious relations: arg spurious (an argument matches no gold entity), convention (gold relates the pair
otherwise), no relation (gold has none between the pair).
"""
import json, sys, unicodedata, re, collections, pathlib

SYM = {"MEETS", "COOPERATES"}

def norm(s):
    s = unicodedata.normalize("NFC", s).casefold().replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()

def surfaces(g):
    return {norm(g["text"])} | {norm(m) for m in g.get("mentions", [])}

def overlap(a, b):
    ta, tb = set(re.findall(r"\w{3,}", a)), set(re.findall(r"\w{3,}", b))
    return bool(ta & tb) or a in b or b in a

def analyse(gold, pred, c, per_type):
    p2g = {}
    used = set()
    for t in ["ORG", "PERSON", "PLACE", "EVENT", "AGREEMENT", "THEME", "PROGRAMME"]:
        for p in [e for e in pred["entities"] if e["type"] == t]:
            for g in [e for e in gold["entities"] if e["type"] == t]:
                if g["id"] not in used and norm(p["text"]) in surfaces(g):
                    used.add(g["id"]); p2g[p["id"]] = g["id"]; break
    ug = [g for g in gold["entities"] if g["id"] not in used]
    up = [p for p in pred["entities"] if p["id"] not in p2g]
    touched = set()
    for p in up:
        s = norm(p["text"])
        same = [g for g in ug if s in surfaces(g)]
        if same:
            k = "type confusion %s->%s" % (same[0]["type"], p["type"]); touched.add(same[0]["id"])
        else:
            ov = [g for g in ug if any(overlap(s, x) for x in surfaces(g))]
            if ov and ov[0]["type"] == p["type"]:
                k = "boundary"; touched.add(ov[0]["id"])
            elif ov:
                k = "boundary+type"; touched.add(ov[0]["id"])
            else:
                k = "spurious"
        c["entity " + k.split(" ")[0] + (" " + k.split(" ")[1] if k.startswith("type") else "")] += 1
        per_type["ent " + k + " " + p["type"]] += 1
    for g in ug:
        if g["id"] not in touched:
            c["entity miss"] += 1; per_type["ent miss " + g["type"]] += 1
    gold_rel = {(r["type"], r["args"][0], r["args"][1]) for r in gold["relations"]}
    pairs = collections.defaultdict(set)
    for (t, a, b) in gold_rel:
        pairs[frozenset((a, b))].add(t)
    pred_rel = set()
    pred_pairs = collections.defaultdict(set)
    for r in pred["relations"]:
        a, b = p2g.get(r["args"][0]), p2g.get(r["args"][1])
        if a is None or b is None:
            c["rel fp: arg spurious"] += 1; continue
        pred_rel.add((r["type"], a, b))
        pred_pairs[frozenset((a, b))].add(r["type"])
        ok = (r["type"], a, b) in gold_rel or r["type"] in SYM and (r["type"], b, a) in gold_rel
        if not ok:
            k = "convention" if pairs.get(frozenset((a, b))) else "no relation"
            c["rel fp: " + k] += 1; per_type["relfp %s %s" % (k, r["type"])] += 1
    found = set(p2g.values())
    for (t, a, b) in gold_rel:
        if (t, a, b) in pred_rel or t in SYM and (t, b, a) in pred_rel:
            continue
        if a not in found or b not in found:
            k = "missing entity"
        elif pred_pairs.get(frozenset((a, b))):
            k = "convention"
        else:
            k = "missing cue"
        c["rel fn: " + k] += 1; per_type["relfn %s %s" % (k, t)] += 1

def main(args):
    total = collections.Counter(); detail = collections.Counter()
    for gd, pd in zip(args[0::2], args[1::2]):
        c = collections.Counter()
        for g in sorted(pathlib.Path(gd).glob("*.gold.json")):
            p = pathlib.Path(pd) / (g.name.replace(".gold.json", ".json"))
            analyse(json.load(open(g)), json.load(open(p)), c, detail)
        print(pathlib.Path(gd).name.ljust(10), " ".join("%s=%d" % kv for kv in sorted(c.items())))
        total.update(c)
    print("TOTAL")
    for k, v in sorted(total.items()):
        print("  %-32s %4d" % (k, v))
    if "-v" in sys.argv[0:1] or True:
        print("DETAIL")
        for k, v in sorted(detail.items(), key=lambda kv: -kv[1])[:40]:
            print("  %-45s %4d" % (k, v))

if __name__ == "__main__":
    main(sys.argv[1:])
