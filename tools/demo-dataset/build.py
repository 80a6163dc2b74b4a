#!/usr/bin/env python3
"""Build the Intercluster demo dataset (intercluster-map v1) from the seed corpus gold files.

Inputs:  <corpus>/seeds/NNN_*.txt + NNN_*.gold.json, tools/demo-dataset/overlay.json
Output:  app/src/main/resources/demo/ecosystem-map.json

Usage: python3 tools/demo-dataset/build.py [--corpus DIR] [--out FILE] [--check]
Python 3 standard library only. The output is deterministic (sorted records, 2-space indent).
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_CORPUS = "/work/shared/corpus"
DEFAULT_OUT = os.path.join(REPO, "app", "src", "main", "resources", "demo", "ecosystem-map.json")

# ---- vocabularies (docs/map-format.md) ----
ORG_KINDS = {"CLUSTER", "COMPANY", "UNIVERSITY", "RESEARCH_CENTRE", "PUBLIC_BODY", "AGENCY", "ASSOCIATION",
             "INFRASTRUCTURE_OPERATOR", "CHAMBER_OF_COMMERCE", "SCHOOL", "NETWORK", "CONSORTIUM", "FOUNDATION",
             "EU_BODY", "SCIENCE_PARK", "OTHER"}
PLACE_KINDS = {"CONTINENT", "COUNTRY", "REGION", "CITY", "DISTRICT", "SEA", "VENUE", "ADDRESS", "BUILDING",
               "INFRASTRUCTURE"}
PROGRAMME_KINDS = {"FUNDING_PROGRAMME", "PROJECT", "STRATEGY", "PLATFORM", "INITIATIVE", "CALL"}
AGREEMENT_KINDS = {"MOU", "PROTOCOL", "FRAMEWORK_AGREEMENT", "COLLABORATION_AGREEMENT",
                   "MEMORANDUM_OF_COOPERATION", "CONTRACT", "OTHER"}
AGREEMENT_STATUSES = {"DRAFT", "SIGNED", "ACTIVE", "EXPIRED", "RENEWED"}
ACTIVITY_KINDS = {"MISSION", "FORUM", "BROKERAGE_EVENT", "WORKSHOP", "SITE_VISIT", "CONFERENCE", "LAUNCH",
                  "MEETING", "SEMINAR", "FAIR", "CEREMONY", "PRESS_CONFERENCE", "HEARING", "OTHER"}
THEMES = {"AI", "BIG_DATA", "HPC", "QUANTUM", "DIGITAL_TWIN", "DIGITAL_TRANSITION", "CYBERSECURITY", "ICT",
          "HYDROGEN", "ENERGY", "AUTOMOTIVE", "MECHANICS", "MANUFACTURING", "TEXTILES", "PLASTICS", "PACKAGING",
          "AEROSPACE", "DEFENCE", "AGRIFOOD", "HEALTH", "SMART_CITIES", "BLUE_ECONOMY", "TOURISM", "CULTURE",
          "EDUCATION", "SCIENCE", "RESEARCH_INNOVATION", "OPEN_INNOVATION", "TECH_TRANSFER", "SME_SUPPORT",
          "INTERNATIONALISATION", "INVESTMENT_ATTRACTION", "MADE_IN_ITALY", "SKILLS", "FINANCE",
          "ECONOMIC_DEVELOPMENT", "CLIMATE", "ENVIRONMENT", "SUSTAINABILITY", "EARTH_SCIENCES",
          "PUBLIC_SERVICES", "TERRITORIAL_PLANNING", "OTHER"}
RELATION_TYPES = {"SIGNED", "SIGNED_AT", "INVOLVES", "PRESENT_AT", "PARTICIPATED", "ORGANISED", "LED_BY",
                  "LOCATED_IN", "MEETS", "COOPERATES", "FUNDED_BY", "SELECTED_BY", "RUN_BY", "PART_OF",
                  "MEMBER_OF", "VISITED", "MET_AT", "AGREEMENT_REACHED"}
SYMMETRIC = {"MEETS", "COOPERATES"}

PREFIX = {"ORG": "org-", "PERSON": "per-", "PLACE": "pl-", "PROGRAMME": "prg-", "AGREEMENT": "agr-",
          "EVENT": "act-"}
COLLECTION = {"org-": "organisations", "per-": "people", "pl-": "places", "prg-": "programmes",
              "agr-": "agreements", "act-": "activities", "src-": "sources"}

# ---- gold label -> enum mappings (the overlay may override per record) ----
ORG_KIND_MAP = {"government": "PUBLIC_BODY", "agency": "AGENCY", "cluster": "CLUSTER", "company": "COMPANY",
                "university": "UNIVERSITY", "research": "RESEARCH_CENTRE", "research consortium": "CONSORTIUM",
                "research foundation": "FOUNDATION", "association": "ASSOCIATION", "network": "NETWORK",
                "chamber of commerce": "CHAMBER_OF_COMMERCE", "school": "SCHOOL", "EU body": "EU_BODY",
                "consortium": "CONSORTIUM", "science park": "SCIENCE_PARK"}
EVENT_KIND_MAP = {"mission": "MISSION", "forum": "FORUM", "conference": "CONFERENCE", "fair": "FAIR",
                  "b2b": "BROKERAGE_EVENT", "meeting": "MEETING", "business meeting": "BROKERAGE_EVENT",
                  "hearing": "HEARING", "ceremony": "CEREMONY", "press conference": "PRESS_CONFERENCE",
                  "delegation": "SITE_VISIT", "seminar": "SEMINAR", "workshop": "WORKSHOP", "launch": "LAUNCH",
                  "visit": "SITE_VISIT"}
PROGRAMME_KIND_MAP = {"funding programme": "FUNDING_PROGRAMME", "project": "PROJECT", "strategy": "STRATEGY",
                      "platform": "PLATFORM", "initiative": "INITIATIVE", "call": "CALL"}
AGREEMENT_STATUS_MAP = {"signed": "SIGNED", "renewed": "RENEWED", "planned": "DRAFT", "announced": "DRAFT",
                        "ratified": "SIGNED"}


def agreement_kind(label):
    low = label.lower()
    if low in ("mou", "memorandum of understanding"):
        return "MOU"
    if "accordo quadro" in low or "framework" in low:
        return "FRAMEWORK_AGREEMENT"
    if "memorandum of cooperation" in low:
        return "MEMORANDUM_OF_COOPERATION"
    if "protocol" in low or "protocollo" in low:
        return "PROTOCOL"
    if "collaboration agreement" in low or "accordo di collaborazione" in low:
        return "COLLABORATION_AGREEMENT"
    if "contract" in low or "contratto" in low:
        return "CONTRACT"
    return "OTHER"


# ---- text helpers ----
def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("’", "'")
    return re.sub(r"\s+", " ", s).strip().casefold()


def find_all(text, surface):
    """Start offsets of surface in text on word boundaries (case-sensitive, exact)."""
    out = []
    pat = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    for m in re.finditer(pat, text):
        out.append(m.start())
    return out


def split_sentences(body):
    """Sentence spans (start, end) of the body; paragraphs are split on newlines."""
    spans = []
    pos = 0
    for para in body.split("\n"):
        start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        i = 0
        s0 = 0
        while i < len(para):
            ch = para[i]
            if ch in ".!?":
                j = i + 1
                while j < len(para) and para[j] in "\"”’»":
                    j += 1
                if j < len(para) and para[j] == " ":
                    # do not split after an initial such as "E. Shiffer"
                    prev = para[max(0, i - 2):i]
                    is_initial = len(prev) == 2 and prev[0] in " “\"" and prev[1].isupper()
                    if not is_initial:
                        spans.append((start + s0, start + j))
                        s0 = j + 1
                        i = j
            i += 1
        if s0 < len(para):
            spans.append((start + s0, start + len(para.rstrip())))
    return [(a, b) for a, b in spans if b > a]


CLAUSE_SEP = re.compile(r", |; |: | – | - |\(|\)")


def clause_spans(body, sent):
    """All contiguous clause spans (start, end) inside a sentence span."""
    a, b = sent
    text = body[a:b]
    cuts = [0]
    for m in CLAUSE_SEP.finditer(text):
        cuts.append(m.end())
    bounds = []
    for ci, c in enumerate(cuts):
        for cj in range(ci + 1, len(cuts) + 1):
            end = cuts[cj] if cj < len(cuts) else len(text)
            seg = text[c:end]
            stripped = seg.rstrip(" ,;:–-(.")
            lead = len(seg) - len(seg.lstrip())
            if stripped.strip():
                bounds.append((a + c + lead, a + c + len(stripped)))
    return bounds


def contains_any(body, span, surfaces):
    a, b = span
    seg = body[a:b]
    return any(find_all(seg, s) for s in surfaces if s)


def pick_quote(body, sents, surf_a, surf_b, note_groups):
    """Quote licensing a relation: the shortest sentence or clause span (<= 300 chars) that contains the gold
    note phrase (when the note is verbatim) and both names. When no span holds both names, the sentence
    (or, for long sentences, the widest clause span) naming the rarer of the two is used."""
    def freq(surfs):
        return sum(1 for s in sents if contains_any(body, s, surfs))
    fa, fb = freq(surf_a), freq(surf_b)
    best = None
    for sent in sents:
        for span in [sent] + clause_spans(body, sent):
            a, b = span
            if b - a > 300:
                continue
            seg = body[a:b]
            in_a, in_b = contains_any(body, span, surf_a), contains_any(body, span, surf_b)
            n_args = int(in_a) + int(in_b)
            has_note = int(any(all(p in seg for p in g) for g in note_groups))
            if n_args == 0:
                continue
            rare = -min(f for f, inside in ((fa, in_a), (fb, in_b)) if inside)
            length = b - a
            if has_note or n_args == 2:
                key = (has_note, n_args, 0, 0, -length)
            else:
                key = (0, 1, rare, int(span == sent), length)
            if best is None or key > best[0]:
                best = (key, seg)
    return best[1] if best else None


def note_groups(note, body):
    """Verbatim phrases of a gold note: each '...'-quoted phrase, split on '...' into pieces."""
    out = []
    if not note:
        return out
    for m in re.finditer(r"'([^']+)'", note):
        pieces = [p.strip(" .,") for p in m.group(1).split("...")]
        pieces = [p for p in pieces if p]
        if pieces and all(p in body for p in pieces):
            out.append(pieces)
    return out


# ---- main build ----
class Problems(list):
    def add(self, msg):
        self.append(msg)


def load_corpus(corpus):
    docs = []
    for gpath in sorted(glob.glob(os.path.join(corpus, "seeds", "*.gold.json"))):
        with open(gpath, encoding="utf-8") as f:
            gold = json.load(f)
        tpath = os.path.join(corpus, "seeds", gold["source"])
        with open(tpath, encoding="utf-8") as f:
            raw = f.read()
        first, _, body = raw.partition("\n")
        assert first.startswith("SOURCE: "), tpath
        num = os.path.basename(gpath)[:3]
        docs.append({"num": num, "gold": gold, "body": body, "file": gold["source"]})
    return docs


def build(corpus, overlay):
    docs = load_corpus(corpus)
    problems = Problems()
    keymap = overlay["keys"]

    # collect gold entities per dataset key
    groups = {}      # key -> list of (doc, entity)
    entkey = {}      # (num, id) -> key | ("THEME", norm)
    for d in docs:
        num = d["num"]
        ents = {e["id"]: e for e in d["gold"]["entities"]}
        d["ents"] = ents
        for e in d["gold"]["entities"]:
            if e["type"] == "THEME":
                if e["norm"] not in THEMES:
                    problems.add(f"{num} {e['id']}: unknown theme {e['norm']}")
                entkey[(num, e["id"])] = ("THEME", e["norm"])
                continue
            key = keymap.get(num, {}).get(e["id"])
            if not key:
                problems.add(f"{num} {e['id']} ({e['type']} {e['text']!r}): no key in overlay")
                continue
            if not key.startswith(PREFIX[e["type"]]):
                problems.add(f"{num} {e['id']}: key {key} does not match type {e['type']}")
            entkey[(num, e["id"])] = key
            groups.setdefault(key, []).append((d, e))

    def src_key(d):
        return "src-" + d["num"]

    def surfaces(d, eid):
        e = d["ents"][eid]
        return [e["text"]] + list(e.get("mentions", []))

    def names_and_aliases(key, members, ov):
        forms = []
        for _, e in members:
            for s in [e["text"]] + list(e.get("mentions", [])):
                if s not in forms:
                    forms.append(s)
        name = ov.get("name") or members[0][1]["text"]
        aliases = []
        for s in forms + list(ov.get("extraAliases", [])):
            if s != name and s not in aliases:
                aliases.append(s)
        return name, sorted(aliases, key=lambda s: (norm(s), s))

    sources, places, orgs, people, progs, agrs, acts, rels = [], [], [], [], [], [], [], []
    themes_of = {}   # key -> set of theme codes
    fields = {}      # key -> dict of field values derived from relations (place, programme, parent, signingPlace)

    for d in docs:
        g = d["gold"]
        headline = d["body"].split("\n", 1)[0]
        dd = g.get("doc_date")
        sources.append({"key": src_key(d), "title": headline, "language": g["lang"],
                        "publishedOn": dd if dd and re.fullmatch(r"\d{4}-\d{2}-\d{2}", dd) else None,
                        "url": None, "origin": d["file"]})

    # ---- relations ----
    sent_cache = {d["num"]: split_sentences(d["body"]) for d in docs}
    quote_over = overlay.get("quotes", {})
    represented = []   # (num, relation, how)
    used_quotes = set()
    for d in docs:
        num = d["num"]
        sibling_note = {}
        for r in d["gold"]["relations"]:
            if r.get("note"):
                sibling_note.setdefault((r["type"], r["args"][1]), r["note"])
        for r in d["gold"]["relations"]:
            a, b = r["args"]
            ka, kb = entkey.get((num, a)), entkey.get((num, b))
            if ka is None or kb is None:
                problems.add(f"{num} relation {r}: unmapped endpoint")
                continue
            t = r["type"]
            if t == "HAS_THEME":
                themes_of.setdefault(ka, set()).add(kb[1])
                represented.append((num, r, f"themes of {ka}"))
                continue
            ta, tb = d["ents"][a]["type"], d["ents"][b]["type"]
            if t == "LOCATED_IN" and ta == "EVENT" and tb == "PLACE":
                f = fields.setdefault(ka, {})
                if "place" not in f:
                    f["place"] = kb
                    represented.append((num, r, f"place of {ka}"))
                    continue
                # a second location of the same event stays a relation
            if t == "PART_OF" and ta == "EVENT" and tb == "EVENT":
                fields.setdefault(ka, {})["parent"] = kb
                represented.append((num, r, f"parent of {ka}"))
                continue
            # record fields that are also kept as relations (they carry source and quote)
            if t in ("FUNDED_BY", "PART_OF") and ta == "EVENT" and tb == "PROGRAMME":
                fields.setdefault(ka, {}).setdefault("programme", kb)
            if t == "SIGNED_AT" and tb == "PLACE":
                fields.setdefault(ka, {}).setdefault("signingPlace", kb)
            if t not in RELATION_TYPES:
                problems.add(f"{num} relation type {t} not in vocabulary")
                continue
            okey = f"{num}:{t}:{a}:{b}"
            used_quotes.add(okey)
            if okey in quote_over:
                quote = quote_over[okey]
            else:
                # a relation without a note inherits the note of its sibling (same type, same target)
                note = r.get("note") or sibling_note.get((t, b))
                quote = pick_quote(d["body"], sent_cache[num], surfaces(d, a), surfaces(d, b),
                                   note_groups(note, d["body"]))
            if not quote or quote not in d["body"]:
                problems.add(f"{num} relation {okey}: quote not verbatim: {quote!r}")
            rels.append({"type": t, "from": ka, "to": kb, "fromDate": None, "toDate": None, "note": None,
                         "source": src_key(d), "quote": quote, "_gold": okey})

    # ---- records ----
    ov_orgs = overlay.get("organisations", {})
    ov_places = overlay.get("places", {})
    ov_progs = overlay.get("programmes", {})
    ov_agrs = overlay.get("agreements", {})
    ov_acts = overlay.get("activities", {})
    ov_people = overlay.get("people", {})

    for key in sorted(groups):
        members = groups[key]
        typ = members[0][1]["type"]
        for _, e in members:
            if e["type"] != typ:
                problems.add(f"{key}: merges different types")
        if typ == "ORG":
            ov = ov_orgs.get(key, {})
            name, aliases = names_and_aliases(key, members, ov)
            kinds = {ORG_KIND_MAP.get(e["kind"], "OTHER") for _, e in members}
            kind = ov.get("kind") or sorted(kinds)[0]
            if "kind" not in ov and len(kinds) > 1:
                problems.add(f"{key}: conflicting gold kinds {kinds}")
            if key not in ov_orgs:
                problems.add(f"{key}: no overlay entry (country/region/city/description)")
            orgs.append({"key": key, "name": name, "acronym": ov.get("acronym"), "aliases": aliases,
                         "kind": kind, "country": ov.get("country"), "region": ov.get("region"),
                         "city": ov.get("city"), "website": None, "description": ov.get("description"),
                         "themes": sorted(themes_of.get(key, []))})
        elif typ == "PLACE":
            ov = ov_places.get(key, {})
            name, aliases = names_and_aliases(key, members, ov)
            kinds = {e["kind"].upper() for _, e in members}
            if len(kinds) > 1:
                problems.add(f"{key}: conflicting place kinds {kinds}")
            places.append({"key": key, "name": name, "aliases": aliases, "kind": ov.get("kind") or sorted(kinds)[0],
                           "parent": ov.get("parent"), "country": ov.get("country"),
                           "description": ov.get("description")})
        elif typ == "PERSON":
            ov = ov_people.get(key, {})
            name, aliases = names_and_aliases(key, members, ov)
            roles = []
            for d, e in members:
                if e.get("role") is None and e.get("org") is None:
                    continue
                org = entkey.get((d["num"], e["org"])) if e.get("org") else None
                surf_b = [e["role"]] if e.get("role") else surfaces(d, e["org"])
                used_quotes.add(f"{d['num']}:ROLE:{e['id']}")
                quote = quote_over.get(f"{d['num']}:ROLE:{e['id']}") or pick_quote(
                    d["body"], sent_cache[d["num"]], surfaces(d, e["id"]), surf_b, [])
                roles.append({"organisation": org, "role": e.get("role"), "from": None, "to": None,
                              "source": src_key(d), "quote": quote})
            people.append({"key": key, "name": name, "aliases": aliases, "description": ov.get("description"),
                           "roles": roles})
        elif typ == "PROGRAMME":
            ov = ov_progs.get(key, {})
            name, aliases = names_and_aliases(key, members, ov)
            progs.append({"key": key, "name": name, "aliases": aliases,
                          "kind": ov.get("kind") or PROGRAMME_KIND_MAP.get(members[0][1]["kind"], "INITIATIVE"),
                          "description": ov.get("description"), "themes": sorted(themes_of.get(key, []))})
        elif typ == "AGREEMENT":
            ov = ov_agrs.get(key, {})
            e = members[0][1]
            if len(members) > 1:
                problems.add(f"{key}: agreement merged across articles (check)")
            date = (e.get("date") or {}).get("iso")
            f = fields.get(key, {})
            agrs.append({"key": key, "title": ov.get("title") or e["text"],
                         "kind": ov.get("kind") or agreement_kind(e["kind"]),
                         "status": ov.get("status") or AGREEMENT_STATUS_MAP.get(e["status"], "DRAFT"),
                         "signedOn": date if date and len(date) == 10 else None,
                         "signingPlace": f.get("signingPlace"), "duration": e.get("duration"),
                         "expiresOn": None, "description": ov.get("description"),
                         "themes": sorted(themes_of.get(key, []))})
        elif typ == "EVENT":
            ov = ov_acts.get(key, {})
            e = members[0][1]
            if len(members) > 1:
                problems.add(f"{key}: event merged across articles (check)")
            date = e.get("date") or {}
            iso = date.get("iso")
            start = end = None
            if iso:
                start, _, end = iso.partition("/")
                end = end or None
            f = fields.get(key, {})
            acts.append({"key": key, "title": ov.get("title") or e["text"],
                         "kind": ov.get("kind") or EVENT_KIND_MAP.get(e["kind"], "OTHER"),
                         "startDate": start, "endDate": end, "dateText": date.get("text"),
                         "place": f.get("place"), "programme": f.get("programme"), "parent": f.get("parent"),
                         "description": ov.get("description"), "themes": sorted(themes_of.get(key, []))})

    for key, p in sorted(overlay.get("extraPlaces", {}).items()):
        if key in groups:
            problems.add(f"{key}: extra place also in gold")
        places.append({"key": key, "name": p["name"], "aliases": sorted(p.get("aliases", [])), "kind": p["kind"],
                       "parent": p.get("parent"), "country": p.get("country"), "description": p.get("description")})

    for qk in quote_over:
        if qk not in used_quotes:
            problems.add(f"overlay quote {qk} matches no gold relation or role")
    for d in docs:
        for p in people:
            for r in p["roles"]:
                if r["source"] == src_key(d) and (not r["quote"] or r["quote"] not in d["body"]):
                    problems.add(f"{p['key']}: role quote not verbatim: {r['quote']!r}")
    for key in ov_orgs:
        if key not in groups:
            problems.add(f"overlay organisation {key} matches no gold entity")

    # de-duplicate relations (symmetric types in either order)
    seen = set()
    uniq = []
    for r in rels:
        sig = (r["type"], r["from"], r["to"], r["source"])
        rsig = (r["type"], r["to"], r["from"], r["source"])
        if sig in seen or (r["type"] in SYMMETRIC and rsig in seen):
            problems.add(f"duplicate relation dropped: {sig}")
            continue
        seen.add(sig)
        uniq.append(r)
    gold_ids = {r["_gold"]: r for r in uniq}
    for r in uniq:
        del r["_gold"]

    by_key = lambda x: x["key"]
    data = {
        "format": "intercluster-map",
        "version": 1,
        "sources": sorted(sources, key=by_key),
        "places": sorted(places, key=by_key),
        "organisations": sorted(orgs, key=by_key),
        "people": sorted(people, key=by_key),
        "programmes": sorted(progs, key=by_key),
        "agreements": sorted(agrs, key=by_key),
        "activities": sorted(acts, key=by_key),
        "relations": sorted(uniq, key=lambda r: (r["type"], r["from"], r["to"], r["source"])),
    }
    return data, docs, groups, entkey, represented, problems


# ---- validation ----
def validate(data, problems):
    keys = {}
    for coll in ("sources", "places", "organisations", "people", "programmes", "agreements", "activities"):
        for i, rec in enumerate(data[coll]):
            k = rec["key"]
            path = f"$.{coll}[{i}]"
            if k in keys:
                problems.add(f"{path}.key: duplicate key {k} (also {keys[k]})")
            keys[k] = path
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", k):
                problems.add(f"{path}.key: not a lowercase slug: {k}")
            pref = k.split("-", 1)[0] + "-"
            if COLLECTION.get(pref) != coll:
                problems.add(f"{path}.key: prefix {pref} does not fit {coll}")

    def ref(path, value, coll):
        if value is None:
            return
        if value not in keys or not keys[value].startswith(f"$.{coll}["):
            problems.add(f"{path}: {value} is not a key of {coll}")

    def enum(path, value, vocab):
        if value not in vocab:
            problems.add(f"{path}: {value!r} not in vocabulary")

    def date(path, value):
        if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            problems.add(f"{path}: not an ISO date: {value!r}")

    def themes(path, values):
        for j, t in enumerate(values):
            enum(f"{path}.themes[{j}]", t, THEMES)

    for i, s in enumerate(data["sources"]):
        date(f"$.sources[{i}].publishedOn", s["publishedOn"])
    for i, p in enumerate(data["places"]):
        enum(f"$.places[{i}].kind", p["kind"], PLACE_KINDS)
        ref(f"$.places[{i}].parent", p["parent"], "places")
    # parent chains must not loop
    parent = {p["key"]: p["parent"] for p in data["places"]}
    for k in parent:
        seen, cur = set(), k
        while cur:
            if cur in seen:
                problems.add(f"place parent cycle at {k}")
                break
            seen.add(cur)
            cur = parent.get(cur)
    for i, o in enumerate(data["organisations"]):
        enum(f"$.organisations[{i}].kind", o["kind"], ORG_KINDS)
        themes(f"$.organisations[{i}]", o["themes"])
        if not o["description"]:
            problems.add(f"$.organisations[{i}].description: missing")
        if not o["country"]:
            problems.add(f"$.organisations[{i}].country: missing")
    for i, p in enumerate(data["people"]):
        for j, r in enumerate(p["roles"]):
            ref(f"$.people[{i}].roles[{j}].organisation", r["organisation"], "organisations")
            ref(f"$.people[{i}].roles[{j}].source", r["source"], "sources")
            if not r["quote"]:
                problems.add(f"$.people[{i}].roles[{j}].quote: missing")
    for i, p in enumerate(data["programmes"]):
        enum(f"$.programmes[{i}].kind", p["kind"], PROGRAMME_KINDS)
        themes(f"$.programmes[{i}]", p["themes"])
    for i, a in enumerate(data["agreements"]):
        enum(f"$.agreements[{i}].kind", a["kind"], AGREEMENT_KINDS)
        enum(f"$.agreements[{i}].status", a["status"], AGREEMENT_STATUSES)
        ref(f"$.agreements[{i}].signingPlace", a["signingPlace"], "places")
        date(f"$.agreements[{i}].signedOn", a["signedOn"])
        date(f"$.agreements[{i}].expiresOn", a["expiresOn"])
        themes(f"$.agreements[{i}]", a["themes"])
    for i, a in enumerate(data["activities"]):
        enum(f"$.activities[{i}].kind", a["kind"], ACTIVITY_KINDS)
        ref(f"$.activities[{i}].place", a["place"], "places")
        ref(f"$.activities[{i}].programme", a["programme"], "programmes")
        ref(f"$.activities[{i}].parent", a["parent"], "activities")
        date(f"$.activities[{i}].startDate", a["startDate"])
        date(f"$.activities[{i}].endDate", a["endDate"])
        themes(f"$.activities[{i}]", a["themes"])
    for i, r in enumerate(data["relations"]):
        path = f"$.relations[{i}]"
        enum(f"{path}.type", r["type"], RELATION_TYPES)
        for end in ("from", "to"):
            if r[end] not in keys or r[end].startswith("src-"):
                problems.add(f"{path}.{end}: unknown record {r[end]}")
        ref(f"{path}.source", r["source"], "sources")
        if not r["quote"] or len(r["quote"]) > 300:
            problems.add(f"{path}.quote: missing or longer than 300 characters")
    return problems


def report(data, docs, groups, entkey, represented):
    print("Gold entities per article and type -> dataset records")
    print(f"{'article':8} {'type':10} {'gold':>5} {'records':>8}")
    types = ["ORG", "PERSON", "PLACE", "EVENT", "AGREEMENT", "PROGRAMME", "THEME"]
    tot_g = tot_r = 0
    for d in docs:
        for t in types:
            ents = [e for e in d["gold"]["entities"] if e["type"] == t]
            if not ents:
                continue
            targets = {entkey.get((d["num"], e["id"])) for e in ents}
            missing = [e["id"] for e in ents if (d["num"], e["id"]) not in entkey]
            label = f"{len(targets)}" if t != "THEME" else f"{len(targets)} codes"
            print(f"{d['num']:8} {t:10} {len(ents):5} {label:>8}" + (f"  MISSING {missing}" if missing else ""))
            tot_g += len(ents)
    # themes that no record carries (no HAS_THEME in the gold)
    carried = set()
    for num, r, how in represented:
        if r["type"] == "HAS_THEME":
            carried.add((num, r["args"][1]))
    for d in docs:
        for e in d["gold"]["entities"]:
            if e["type"] == "THEME" and (d["num"], e["id"]) not in carried:
                print(f"  note: {d['num']} {e['id']} THEME {e['text']!r} ({e['norm']}) has no HAS_THEME in the gold: "
                      f"not attached to any record")
    print("\nGold relations per article -> record fields / relations")
    for d in docs:
        n = len(d["gold"]["relations"])
        as_field = sum(1 for num, _, _ in represented if num == d["num"])
        as_rel = sum(1 for r in data["relations"] if r["source"] == "src-" + d["num"])
        flag = "" if n == as_field + as_rel else "  MISMATCH"
        print(f"  {d['num']}: gold {n:3} = fields {as_field:3} + relations {as_rel:3}{flag}")
    merged = {k: v for k, v in groups.items() if len(v) > 1}
    print(f"\n{tot_g} gold entities; merged records ({len(merged)}):")
    for k in sorted(merged):
        print(f"  {k}: " + ", ".join(f"{d['num']}:{e['id']} {e['text']!r}" for d, e in merged[k]))
    print("\nDataset: " + ", ".join(f"{c}={len(data[c])}" for c in
                                    ("sources", "places", "organisations", "people", "programmes", "agreements",
                                     "activities", "relations")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--overlay", default=os.path.join(HERE, "overlay.json"))
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="do not write; fail if the output file differs")
    args = ap.parse_args()
    with open(args.overlay, encoding="utf-8") as f:
        overlay = json.load(f)
    data, docs, groups, entkey, represented, problems = build(args.corpus, overlay)
    validate(data, problems)
    report(data, docs, groups, entkey, represented)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    hard = [p for p in problems if not p.startswith("duplicate relation dropped")]
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    if hard:
        print(f"{len(hard)} problems; output not written", file=sys.stderr)
        return 1
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            same = f.read() == text
        print("output up to date" if same else "output differs")
        return 0 if same else 1
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
