"""Check the arXiv QA sets (tune, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11,
fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25,
fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34, fresh35, fresh36, fresh37, fresh38, fresh39,
fresh40, fresh41, fresh42, fresh43, fresh44, fresh45, fresh46, fresh47, fresh48, fresh49, fresh50, fresh51, fresh52, fresh53, fresh54) and their corpora; print a summary.

    python3 bench/qa/check_sets.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz] [--no-src]

Standard library only. Exit status 1 if any check fails (warnings do not fail). Checks:
  * each corpus: exactly 200 (fresh: 100, fresh2: 150, fresh3 to fresh46: 120) JSON lines with the fields id,
    title, abstract, authors, categories, date; unique ids; the forty-eight corpora are pairwise disjoint; with the source dump
    available, every record is a verbatim copy of the source record;
  * each question set: 40 (fresh: 20, fresh2: 30, fresh3 to fresh46: 24) questions with exactly the required fields and types; ids
    <set>-01..NN; tune and heldout: 12 factoid / 8 yesno (4 yes, 4 no) / 5 multipart / 5 survey
    answerable, and 10 unanswerable = 4 withheld_study (2 yesno, 2 factoid) + 3 unstated_detail +
    3 off_topic; fresh: 7 factoid / 3 yesno (at least 1 yes and 1 no) / 3 multipart / 2 survey, and
    5 unanswerable = 2 withheld_study (one about its withheld paper, one about an invented method) +
    1 unstated_detail + 2 off_topic; fresh2: 8 factoid / 6 yesno (3 yes, 3 no) / 6 multipart (4 answered
    by one abstract, 2 by two) / 3 survey, and 7 unanswerable = 3 withheld_study (two about withheld papers,
    one about an invented method) + 2 unstated_detail + 2 off_topic; fresh3: 7 factoid / 4 yesno (2 yes, 2 no) /
    5 multipart (3 answered by one abstract, 2 by two) / 2 survey, and 6 unanswerable = 2 withheld_study (one
    about its withheld paper, one about an invented method) + 2 unstated_detail + 2 off_topic; fresh4 and fresh5: the
    same composition as fresh3; fresh6 to fresh46: as fresh3 except that their 4 answerable yes/no questions are 2 yes,
    1 no and 1 "not settled" (verdict "unsettled", note starting "not settled:", allowed only in fresh6 to fresh46);
  * every gold id is in that set's corpus, gold[i] occurs verbatim in the abstract of gold_ids[i]
    (also after whitespace normalisation, as the assistant stores it) and in no other abstract of the corpus;
  * every answer-keyword group of an answerable factoid/multipart question matches (case-insensitive
    substring) at least one gold abstract; multipart questions have at least two groups;
  * survey questions have 2-5 gold ids; yes/no questions have a verdict (yes|no; "unsettled" only for the
    not-settled questions of fresh6 to fresh46) and no keywords;
  * unanswerable questions have empty gold fields, a trap type and a null verdict; a withheld_study note
    names its paper as "withheld paper: <arXiv id>", that paper is in no corpus (and, with the
    source, exists in the dump; with arxiv_clusters.json / arxiv_fresh_clusters.json /
    arxiv_fresh2_clusters.json / arxiv_fresh3_clusters.json / arxiv_fresh4_clusters.json /
    arxiv_fresh5_clusters.json / arxiv_fresh6_clusters.json / arxiv_fresh7_clusters.json / arxiv_fresh8_clusters.json /
    arxiv_fresh9_clusters.json / arxiv_fresh10_clusters.json / arxiv_fresh11_clusters.json / arxiv_fresh12_clusters.json /
    arxiv_fresh13_clusters.json / arxiv_fresh14_clusters.json / arxiv_fresh15_clusters.json / arxiv_fresh16_clusters.json /
    arxiv_fresh17_clusters.json / arxiv_fresh18_clusters.json / arxiv_fresh19_clusters.json / arxiv_fresh20_clusters.json /
    arxiv_fresh21_clusters.json / arxiv_fresh22_clusters.json / arxiv_fresh23_clusters.json / arxiv_fresh24_clusters.json /
    arxiv_fresh25_clusters.json / arxiv_fresh26_clusters.json / arxiv_fresh27_clusters.json / arxiv_fresh28_clusters.json /
    arxiv_fresh29_clusters.json / arxiv_fresh30_clusters.json / arxiv_fresh31_clusters.json / arxiv_fresh32_clusters.json /
    arxiv_fresh33_clusters.json / arxiv_fresh34_clusters.json / arxiv_fresh35_clusters.json /
    arxiv_fresh36_clusters.json / arxiv_fresh37_clusters.json / arxiv_fresh38_clusters.json /
    arxiv_fresh39_clusters.json / arxiv_fresh40_clusters.json / arxiv_fresh41_clusters.json /
    arxiv_fresh42_clusters.json / arxiv_fresh43_clusters.json / arxiv_fresh44_clusters.json /
    arxiv_fresh45_clusters.json / arxiv_fresh46_clusters.json, is listed there as
    withheld for that question); in fresh and fresh2 to fresh46, a withheld_study note may instead name
    "invented method: <name>", and that name must occur in no corpus abstract (and, with the source, in no title
    or abstract of the dump);
  * tune and heldout have the same design (same composition); no set has a gold abstract of another set.
Warnings: gold substrings outside 25-70 characters; questions sharing a run of 7+ words with a gold
abstract (near-copies); keyword groups that an answer could satisfy by echoing the question; the same
question text in two sets.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAST_FRESH = 141  # the newest set, fresh<LAST_FRESH>: a new set moves this number (and adds its DESIGN if it differs)
SETS = ("tune", "heldout", "fresh", "fresh2") + tuple(f"fresh{i}" for i in range(3, LAST_FRESH + 1))
CORPUS_FIELDS = ("id", "title", "abstract", "authors", "categories", "date")
Q_FIELDS = ("id", "kind", "question", "gold_ids", "gold", "answer_keywords", "answerable", "verdict", "trap", "note")
KINDS = ("factoid", "yesno", "multipart", "survey")
TRAPS = ("withheld_study", "unstated_detail", "off_topic")
WANT_ANSWERABLE = {"factoid": 12, "yesno": 8, "multipart": 5, "survey": 5}
WANT_TRAPS = {"withheld_study": 4, "unstated_detail": 3, "off_topic": 3}
# per set: corpus size, number of questions, exact composition counts, minimum counts
DESIGN = {
    "tune": (200, 40, {**WANT_ANSWERABLE, "yesno-yes": 4, "yesno-no": 4,
                       **{f"trap-{t}": n for t, n in WANT_TRAPS.items()}, "withheld-yesno": 2,
                       "withheld-factoid": 2, "withheld-paper": 4}, {}),
    "fresh": (100, 20, {"factoid": 7, "yesno": 3, "multipart": 3, "survey": 2, "trap-withheld_study": 2,
                        "trap-unstated_detail": 1, "trap-off_topic": 2, "withheld-paper": 1, "withheld-invented": 1},
              {"yesno-yes": 1, "yesno-no": 1}),
}
DESIGN["heldout"] = DESIGN["tune"]
DESIGN["fresh2"] = (150, 30, {"factoid": 8, "yesno": 6, "yesno-yes": 3, "yesno-no": 3, "multipart": 6,
                              "multipart-1abs": 4, "multipart-2abs": 2, "survey": 3, "trap-withheld_study": 3,
                              "trap-unstated_detail": 2, "trap-off_topic": 2, "withheld-paper": 2,
                              "withheld-invented": 1}, {})
DESIGN["fresh3"] = (120, 24, {"factoid": 7, "yesno": 4, "yesno-yes": 2, "yesno-no": 2, "multipart": 5,
                              "multipart-1abs": 3, "multipart-2abs": 2, "survey": 2, "trap-withheld_study": 2,
                              "trap-unstated_detail": 2, "trap-off_topic": 2, "withheld-paper": 1,
                              "withheld-invented": 1}, {})
DESIGN["fresh4"] = DESIGN["fresh3"]
DESIGN["fresh5"] = DESIGN["fresh3"]
DESIGN["fresh6"] = (120, 24, {"factoid": 7, "yesno": 4, "yesno-yes": 2, "yesno-no": 1, "yesno-unsettled": 1,
                              "multipart": 5, "multipart-1abs": 3, "multipart-2abs": 2, "survey": 2,
                              "trap-withheld_study": 2, "trap-unstated_detail": 2, "trap-off_topic": 2,
                              "withheld-paper": 1, "withheld-invented": 1}, {})
DESIGN.update({f"fresh{i}": DESIGN["fresh6"] for i in range(7, LAST_FRESH + 1)})
# sets whose answerable yes/no questions may be "not settled" by their gold abstract (verdict "unsettled", note "not settled: ...")
UNSETTLED_SETS = SETS[SETS.index("fresh6"):]
CLUSTER_FILES = {"tune": "arxiv_clusters.json", "heldout": "arxiv_clusters.json", **{s: f"arxiv_{s}_clusters.json" for s in SETS[2:]}}
# sets whose withheld_study traps may ask about an invented method instead of a withheld paper
INVENTED_SETS = SETS[SETS.index("fresh"):]
WITHHELD_RE = re.compile(r"withheld paper:\s*(\d{4}\.\d{4,5})")
INVENTED_RE = re.compile(r"invented method:\s*([^\s(;,]+)")

errors: list[str] = []
warnings: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def warn(msg: str) -> None:
    warnings.append(msg)


def normalise(text: str) -> str:
    import unicodedata
    return " ".join(unicodedata.normalize("NFC", text).split())


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{path.name}:{n}: blank line")
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path.name}:{n}: not JSON ({e})")
    return rows


def check_corpus(name: str) -> dict[str, dict]:
    path = HERE / f"arxiv_{name}_corpus.jsonl"
    if not path.is_file():
        err(f"{path.name}: missing")
        return {}
    rows = read_jsonl(path)
    if len(rows) != DESIGN[name][0]:
        err(f"{path.name}: {len(rows)} abstracts, want {DESIGN[name][0]}")
    for i, r in enumerate(rows, 1):
        if tuple(sorted(r)) != tuple(sorted(CORPUS_FIELDS)):
            err(f"{path.name}:{i}: fields {sorted(r)}, want {sorted(CORPUS_FIELDS)}")
        # (a one-sentence abstract of the dump is still an abstract: fresh105's 2512.15388 has 167 characters)
        if not isinstance(r.get("abstract"), str) or len(r.get("abstract", "")) < 100:
            err(f"{path.name}:{i}: abstract missing or too short")
    ids = [r.get("id") for r in rows]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"{path.name}: duplicate ids {dup}")
    return {r["id"]: r for r in rows if "id" in r}


def longest_shared_run(a: str, b: str) -> tuple[int, str]:
    wa = re.findall(r"[a-z0-9]+", a.lower())
    wb = re.findall(r"[a-z0-9]+", b.lower())
    m = difflib.SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb))
    return m.size, " ".join(wa[m.a:m.a + m.size])


def check_questions(name: str, corpus: dict[str, dict], other: dict[str, dict], source: dict | None,
                    clusters: dict | None, invented_in_dump: dict[str, list[str]] | None = None
                    ) -> tuple[list[dict], Counter]:
    path = HERE / f"arxiv_{name}.jsonl"
    if not path.is_file():
        err(f"{path.name}: missing")
        return [], Counter()
    qs = read_jsonl(path)
    if len(qs) != DESIGN[name][1]:
        err(f"{path.name}: {len(qs)} questions, want {DESIGN[name][1]}")
    norm_abs = {i: normalise(r["abstract"]) for i, r in corpus.items()}
    comp: Counter = Counter()
    withheld_listed = {}
    if clusters and name in clusters:
        for c in clusters[name].values():
            for w in c.get("withheld", []):
                withheld_listed[w["question"]] = w["id"]
    for n, q in enumerate(qs, 1):
        where = f"{path.name}:{n}"
        if list(q) != list(Q_FIELDS):
            if set(q) != set(Q_FIELDS):
                err(f"{where}: fields {sorted(q)}, want {list(Q_FIELDS)}")
                continue
        qid = q["id"]
        where = f"{name}:{qid}"
        if qid != f"{name}-{n:02d}":
            err(f"{where}: id should be {name}-{n:02d}")
        if q["kind"] not in KINDS:
            err(f"{where}: kind {q['kind']!r}")
        if not isinstance(q["question"], str) or len(q["question"]) < 15 or not q["question"].rstrip().endswith("?"):
            err(f"{where}: question should be a sentence ending with '?'")
        for f in ("gold_ids", "gold", "answer_keywords"):
            if not isinstance(q[f], list):
                err(f"{where}: {f} must be a list")
        if not all(isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g) for g in q["answer_keywords"]):
            err(f"{where}: answer_keywords must be a list of non-empty lists of non-empty strings")
        if not isinstance(q["answerable"], bool):
            err(f"{where}: answerable must be a bool")
        if q["verdict"] not in ("yes", "no", "unsettled", None):
            err(f"{where}: verdict {q['verdict']!r}")
        if q["trap"] not in (*TRAPS, None):
            err(f"{where}: trap {q['trap']!r}")
        if not isinstance(q["note"], str) or not q["note"].strip() or "\n" in q["note"]:
            err(f"{where}: note must be one non-empty line")

        if q["answerable"]:
            comp[q["kind"]] += 1
            if q["kind"] == "yesno":
                comp[f"yesno-{q['verdict']}"] += 1
            if q["kind"] == "multipart":
                comp[f"multipart-{len(q['gold_ids'])}abs"] += 1
            if q["trap"] is not None:
                err(f"{where}: answerable question with trap {q['trap']!r}")
            if not q["gold_ids"] or len(q["gold_ids"]) != len(q["gold"]):
                err(f"{where}: need one gold substring per gold id ({len(q['gold_ids'])} ids, {len(q['gold'])} substrings)")
            if len(set(q["gold_ids"])) != len(q["gold_ids"]):
                err(f"{where}: duplicate gold ids")
            gold_abs = []
            for gid, sub in zip(q["gold_ids"], q["gold"]):
                if gid in other:
                    err(f"{where}: gold id {gid} is in another set's corpus")
                if gid not in corpus:
                    err(f"{where}: gold id {gid} not in the {name} corpus")
                    continue
                abstract = corpus[gid]["abstract"]
                gold_abs.append(abstract)
                if sub not in abstract:
                    err(f"{where}: gold substring {sub!r} not in abstract {gid}")
                elif normalise(sub) not in norm_abs[gid]:
                    err(f"{where}: gold substring {sub!r} not in the normalised abstract {gid}")
                else:
                    also = [i for i, t in norm_abs.items() if i != gid and normalise(sub) in t]
                    if also:
                        err(f"{where}: gold substring {sub!r} also occurs in {also}")
                if not 25 <= len(sub) <= 70:
                    warn(f"{where}: gold substring length {len(sub)} ({sub!r})")
            if q["kind"] in ("factoid", "multipart"):
                if not q["answer_keywords"]:
                    err(f"{where}: answerable {q['kind']} needs answer_keywords")
                for group in q["answer_keywords"]:
                    if not any(w.lower() in a.lower() for w in group for a in gold_abs):
                        err(f"{where}: keyword group {group} occurs in no gold abstract")
                    if any(w.lower() in q["question"].lower() for w in group):
                        warn(f"{where}: keyword group {group} is satisfied by echoing the question")
            if q["kind"] == "multipart" and len(q["answer_keywords"]) < 2:
                err(f"{where}: multipart question needs one keyword group per part (>= 2)")
            if q["kind"] == "yesno":
                if q["verdict"] == "unsettled" and name in UNSETTLED_SETS:
                    if not q["note"].startswith("not settled:"):
                        err(f"{where}: a yes/no question with verdict unsettled needs a note starting 'not settled:'")
                elif q["verdict"] not in ("yes", "no"):
                    err(f"{where}: answerable yes/no question needs verdict yes|no")
                if q["answer_keywords"]:
                    err(f"{where}: yes/no questions carry the verdict, not answer_keywords")
            elif q["verdict"] is not None:
                err(f"{where}: verdict must be null for kind {q['kind']}")
            if q["kind"] == "survey" and not 2 <= len(q["gold_ids"]) <= 5:
                err(f"{where}: survey question needs 2-5 gold ids, has {len(q['gold_ids'])}")
            if q["kind"] != "survey" and len(q["gold_ids"]) > 2:
                err(f"{where}: {q['kind']} question with {len(q['gold_ids'])} gold ids")
            for a in gold_abs:
                size, run = longest_shared_run(q["question"], a)
                if size >= 7:
                    warn(f"{where}: question shares {size} consecutive words with a gold abstract: {run!r}")
        else:
            comp[f"trap-{q['trap']}"] += 1
            if q["trap"] == "withheld_study":
                comp[f"withheld-{q['kind']}"] += 1
            if q["trap"] is None:
                err(f"{where}: unanswerable question needs a trap type")
            if q["gold_ids"] or q["gold"] or q["answer_keywords"]:
                err(f"{where}: unanswerable question must have empty gold_ids, gold and answer_keywords")
            if q["verdict"] is not None:
                err(f"{where}: unanswerable question must have verdict null")
            if q["kind"] not in ("factoid", "yesno"):
                err(f"{where}: unanswerable questions are factoid or yesno, not {q['kind']}")
            m = WITHHELD_RE.search(q["note"])
            inv = INVENTED_RE.search(q["note"]) if name in INVENTED_SETS else None
            if q["trap"] == "withheld_study" and not m and inv:
                comp["withheld-invented"] += 1
                term = inv.group(1).lower()
                hits = [i for i, r in {**corpus, **other}.items()
                        if term in (r["title"] + " " + r["abstract"]).lower()]
                if hits:
                    err(f"{where}: invented method {inv.group(1)!r} occurs in corpus abstracts {hits[:5]}")
                if invented_in_dump is not None and invented_in_dump.get(term):
                    err(f"{where}: invented method {inv.group(1)!r} occurs in the dump: {invented_in_dump[term][:5]}")
            elif q["trap"] == "withheld_study":
                if not m:
                    err(f"{where}: withheld_study note must name 'withheld paper: <arXiv id>'"
                        + (" or 'invented method: <name>'" if name in INVENTED_SETS else ""))
                else:
                    comp["withheld-paper"] += 1
                    wid = m.group(1)
                    if wid in corpus or wid in other:
                        err(f"{where}: withheld paper {wid} is in a corpus")
                    if source is not None and wid not in source:
                        err(f"{where}: withheld paper {wid} not in the source dump")
                    if clusters is not None and withheld_listed.get(qid) != wid:
                        err(f"{where}: {CLUSTER_FILES[name]} lists {withheld_listed.get(qid)} as withheld, note says {wid}")
            for wid in re.findall(r"\b(\d{4}\.\d{4,5})\b", q["note"]):
                if q["trap"] in ("unstated_detail",) and wid not in corpus:
                    err(f"{where}: unstated_detail note cites {wid}, which is not in the corpus")
    return qs, comp


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=Path("/work/shared/data/arxiv/arxiv_ml.jsonl.gz"),
                    help="source dump used to check that corpus records are verbatim copies")
    ap.add_argument("--no-src", action="store_true", help="skip the checks against the source dump")
    args = ap.parse_args()

    corpora = {s: check_corpus(s) for s in SETS}
    shared = set()
    for i, a in enumerate(SETS):
        for b in SETS[i + 1:]:
            both = set(corpora[a]) & set(corpora[b])
            if both:
                err(f"{a} and {b} corpora share {len(both)} abstracts: {sorted(both)[:5]}")
            shared |= both

    # names of invented methods (fresh/fresh2/.../fresh46 withheld_study traps), to be looked up in the whole dump
    invented = set()
    for s in INVENTED_SETS:
        set_q = HERE / f"arxiv_{s}.jsonl"
        if not set_q.is_file():
            continue
        for line in set_q.read_text(encoding="utf-8").splitlines():
            try:
                m = INVENTED_RE.search(json.loads(line).get("note", ""))
            except (json.JSONDecodeError, AttributeError):
                continue
            if m:
                invented.add(m.group(1).lower())

    source = None
    invented_in_dump = None
    if not args.no_src and args.src.is_file():
        wanted = set().union(*(set(corpora[s]) for s in SETS))
        source = {}
        invented_in_dump = {t: [] for t in invented}
        with gzip.open(args.src, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                source[r["id"]] = {k: r[k] for k in CORPUS_FIELDS} if r["id"] in wanted else True
                if invented:
                    text = (r["title"] + " " + r["abstract"]).lower()
                    for t in invented:
                        if t in text:
                            invented_in_dump[t].append(r["id"])
        for s in SETS:
            for i, r in corpora[s].items():
                if source.get(i) is None:
                    err(f"{s} corpus: {i} not in the source dump")
                elif source[i] is not True and source[i] != r:
                    err(f"{s} corpus: {i} differs from the source record")
    elif not args.no_src:
        warn(f"source dump {args.src} not found: verbatim-copy checks skipped")

    clusters = None
    for fname in sorted(set(CLUSTER_FILES.values())):
        path = HERE / fname
        if path.is_file():
            clusters = {**(clusters or {}), **json.loads(path.read_text(encoding="utf-8"))}
        else:
            warn(f"{fname} not found: cluster checks skipped for {[s for s in SETS if CLUSTER_FILES[s] == fname]}")
    if clusters is not None:
        for s in SETS:
            if s not in clusters:
                continue
            listed = [i for c in clusters[s].values() for i in c["ids"]]
            if sorted(listed) != sorted(corpora[s]):
                err(f"{CLUSTER_FILES[s]}: {s} cluster ids do not match the {s} corpus")

    results = {}
    for s in SETS:
        other = {i: r for s2 in SETS if s2 != s for i, r in corpora[s2].items()}
        results[s] = check_questions(s, corpora[s], other, source, clusters, invented_in_dump)

    for s in SETS:
        comp = results[s][1]
        for k, n in DESIGN[s][2].items():
            if comp[k] != n:
                err(f"{s}: {k} = {comp[k]}, want {n}")
        for k, n in DESIGN[s][3].items():
            if comp[k] < n:
                err(f"{s}: {k} = {comp[k]}, want at least {n}")
    texts = {s: {q["question"].strip().lower() for q in results[s][0]} for s in SETS}
    for i, a in enumerate(SETS):
        for b in SETS[i + 1:]:
            for t in texts[a] & texts[b]:
                warn(f"question appears in both {a} and {b}: {t!r}")

    print("arXiv QA sets")
    for s in SETS:
        qs, comp = results[s]
        gold = {g for q in qs for g in q.get("gold_ids", [])}
        clus = len(clusters[s]) if clusters and s in clusters else "?"
        print(f"  {s:8} corpus {len(corpora[s])} abstracts / {clus} clusters; {len(qs)} questions: "
              f"factoid {comp['factoid']}, yesno {comp['yesno']} ({comp['yesno-yes']} yes/{comp['yesno-no']} no"
              f"{'/%d not settled' % comp['yesno-unsettled'] if comp['yesno-unsettled'] else ''}), "
              f"multipart {comp['multipart']} ({comp['multipart-2abs']} from two abstracts), survey {comp['survey']}; unanswerable "
              f"{comp['trap-withheld_study']} withheld + {comp['trap-unstated_detail']} unstated + "
              f"{comp['trap-off_topic']} off-topic; {len(gold)} distinct gold abstracts")
    print(f"  corpora disjoint: {not shared}; source check: {'done' if source is not None else 'skipped'}")
    for w in warnings:
        print(f"WARNING {w}")
    for e in errors:
        print(f"ERROR {e}")
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
