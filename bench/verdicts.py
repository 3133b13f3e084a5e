"""Yes/no verdicts on SciFact's training claims: fit the verdict calibration and report it honestly.

    python bench/verdicts.py [--limit N] [--fit] [--store DIR]

Each claim becomes "Is it true that <claim>?" over the 5,183 SciFact abstracts (ingested once into
--store). The chain's own stages retrieve, read and pick the candidate evidence sentences; the local
LLM scores each candidate Yes / No / Unclear (cached in --cache, so a re-run only fits). A candidate
is labelled SUPPORT or CONTRADICT when it is one of the claim's gold rationale sentences, NEI
otherwise.

The calibration (a 3-class logistic regression over `verdicts.features()`: the closest evidence's
similarity and the model's Yes/No lean on it, the other candidates' leans, relevance, coverage) is
evaluated with 5-fold cross-validation stratified by label: every figure printed for a threshold is
out of fold, never on the claims the model was fitted on. `--fit` then fits on all claims and
writes `assistant/verdict_model.json`. Run it on a quiet machine (llama.cpp slows down next to a
busy process); probabilities are cached, so refitting is instant.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from assistant import Assistant
from assistant.citations import split_sentences
from assistant.llm import LLM
from assistant.questions import classify
from assistant.settings import Settings
from assistant.verdicts import (
    FEATURES,
    MODEL_FILE,
    Calibration,
    Candidate,
    candidates,
    decide,
    features,
    judge,
    reports_finding,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "scifact"
CLASSES = ("SUPPORT", "CONTRADICT", "NEI")


def question_for(claim: str) -> str:
    c = claim.strip().rstrip(".")
    if len(c) > 1 and c[0].isupper() and not (c[1].isupper() or c[1].isdigit()):
        c = c[0].lower() + c[1:]
    return f"Is it true that {c}?"


def norm(s: str) -> str:
    return " ".join(s.split()).strip().rstrip(".").lower()


def load_claims(path: Path, limit: int) -> list[dict]:
    claims = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    if limit:
        rng = np.random.default_rng(0)
        claims = [claims[i] for i in sorted(rng.choice(len(claims), limit, replace=False))]
    return claims


def collect(assistant: Assistant, claims: list[dict], cache_path: Path) -> list[dict]:
    """Per claim: its candidates with LLM probabilities and gold labels, plus what was retrieved."""
    cache = {}
    if cache_path.exists():
        for line in cache_path.read_text().splitlines():
            row = json.loads(line)
            cache[row["id"]] = row
    chain = assistant.answer_chain
    llm: LLM = chain.llm
    out = []
    started = time.perf_counter()
    with open(cache_path, "a") as f:
        for i, c in enumerate(claims):
            if c["id"] in cache:
                out.append(cache[c["id"]])
                continue
            q = question_for(c["claim"])
            t0 = time.perf_counter()
            turn = chain.read(q)
            claim = turn.question.claim or q
            found: list[Candidate] = [] if turn.refuse else candidates(chain, turn, claim)
            judge(llm, q, found, assistant.settings.prompts_dir, claim)
            rationale = {(e["doc_id"], norm(s)): e["label"] for e in c.get("evidence", []) for s in e["sentences"]}
            ids = {src.number: src.id for src in turn.sources}
            share, missing = chain.coverage(q, [src for src in turn.sources if src.number in turn.relevant], english=False)
            row = {
                "id": c["id"], "claim": c["claim"], "label": c["label"], "question": q,
                "gold_docs": sorted({e["doc_id"] for e in c.get("evidence", [])} or set(c.get("cited_doc_ids", []))),
                "retrieved": [src.id for src in turn.sources], "refused": turn.refuse,
                "coverage": round(share, 3), "missing": missing[:5],
                "seconds": round(time.perf_counter() - t0, 2),
                "candidates": [{"doc": ids[x.number], "sentence": x.sentence, "similarity": x.similarity, "score": x.score,
                                "probs": x.probs, "direction": x.direction, "gold": rationale.get((ids[x.number], norm(x.sentence)), "NEI")} for x in found],
            }
            f.write(json.dumps(row) + "\n")
            f.flush()
            out.append(row)
            if (i + 1) % 25 == 0:
                print(f"  {i + 1}/{len(claims)} claims, {time.perf_counter() - started:.0f} s", flush=True)
    return out


def claim_of(row: dict) -> str:
    """The claim as the chain reads it from the question (what `verdicts.answer` passes on)."""
    return classify(row["question"]).claim or row["question"]


def doc_numbers(row: dict) -> dict[str, int]:
    """The candidates' abstracts numbered as the chain numbers its sources: `decide` tells one abstract's candidates from
    another's (the rival, own-abstract denial and contrary-finding rules)."""
    return {d: i + 1 for i, d in enumerate(dict.fromkeys(x.get("doc", "") for x in row["candidates"]))}


def as_candidates(row: dict) -> list[Candidate]:
    docs = doc_numbers(row)
    return [Candidate(docs[x.get("doc", "")], x["sentence"], x["similarity"], x["score"], x["probs"], x.get("direction"))
            for x in row["candidates"]]


def fit(X: np.ndarray, y: np.ndarray, c: float = 1.0) -> Calibration:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=5000).fit(X, y)
    order = [list(clf.classes_).index(k) for k in range(3)]
    return Calibration(tuple(tuple(float(w) for w in clf.coef_[i]) for i in order), tuple(float(clf.intercept_[i]) for i in order))


def dataset(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray([features(as_candidates(r), r.get("coverage", 1.0), claim_of(r)) for r in rows])
    y = np.asarray([CLASSES.index(r["label"]) for r in rows])
    return X, y


def load_texts(path: Path) -> dict[str, str]:
    """The corpus's abstracts by id: the findings of a retrieved abstract beyond its candidates (`findings_of`)."""
    if not path.exists():
        return {}
    return {str(d["_id"]): d.get("text") or "" for d in map(json.loads, path.read_text().splitlines())}


def findings_of(row: dict, texts: dict[str, str]) -> list[Candidate]:
    """The findings of the candidates' abstracts that are not candidates, numbered as `as_candidates` numbers them (what
    `verdicts.other_findings` gives `decide` in the chain; no similarity is cached, none is needed)."""
    taken = {(x.get("doc", ""), x["sentence"]) for x in row["candidates"]}
    return [Candidate(n, sent, 0.0, 0.0) for doc, n in doc_numbers(row).items() for sent in split_sentences(texts.get(doc, ""))
            if (doc, sent) not in taken and reports_finding(sent)]


def claim_metrics(rows: list[dict], cals: list[Calibration], threshold: float, finding_lean: float = 0.0,
                  texts: dict[str, str] | None = None) -> dict:
    """Claim-level figures with each claim scored by the calibration that did not see it (and, with
    `finding_lean`, the closest finding deciding where the calibration leaves the claim unsettled; with `texts`, the
    corpus, the other findings of the evidence's abstract read by the contrary rules)."""
    m = {"support_contradict": 0, "nei": 0, "stated": 0, "right": 0, "wrong": 0, "stated_sc": 0, "nei_unsettled": 0,
         "evidence_cited": 0, "quote_is_rationale": 0, "refused": 0}
    for row, cal in zip(rows, cals):
        found = as_candidates(row)
        verdict, shown, *_ = decide(found, row.get("coverage", 1.0), threshold, cal, claim_of(row), finding_lean,
                                    findings_of(row, texts) if texts else ())
        label = row["label"]
        sc = label != "NEI"
        m["support_contradict"] += sc
        m["nei"] += not sc
        m["refused"] += bool(row["refused"])
        if verdict in ("yes", "no"):
            m["stated"] += 1
            good = (verdict == "yes" and label == "SUPPORT") or (verdict == "no" and label == "CONTRADICT")
            m["right"] += good
            m["wrong"] += not good
            m["stated_sc"] += sc
        elif not sc:
            m["nei_unsettled"] += 1
        shown_rows = [x for x, cand in zip(row["candidates"], found) if cand in shown]
        docs = {n: d for d, n in doc_numbers(row).items()}
        # a finding beyond the candidates shown ("contrary finding"): its abstract counts; no rationale label is cached
        # for it, so it never counts as a quoted rationale sentence (an undercount)
        shown_rows += [{"doc": docs[c.number], "gold": "NEI"} for c in shown if c not in found]
        if sc and any(x["doc"] in row["gold_docs"] for x in shown_rows):
            m["evidence_cited"] += 1
        if sc and any(x["gold"] != "NEI" for x in shown_rows):
            m["quote_is_rationale"] += 1
    return m


BASE_FEATURES = FEATURES.index("claim negated")  # the features before polarity was added
NO_DIRECTION = FEATURES.index("direction chosen from the evidence")  # the features before the direction choice


class Prefix:
    """A calibration fitted on the first `n` features only (to compare feature sets side by side)."""

    def __init__(self, cal: Calibration, n: int) -> None:
        self.cal, self.n = cal, n

    def predict(self, x: list[float]) -> tuple[float, float, float]:
        return self.cal.predict(list(x)[: self.n])


def equal_coverage(rows: list[dict], X: np.ndarray, y: np.ndarray, levels=(0.10, 0.15, 0.20, 0.25, 0.30)) -> None:
    """Precision of the stated verdicts at equal coverage of SUPPORT/CONTRADICT claims, for all
    features and for the features before polarity: thresholds swept in steps of 0.01, out of fold,
    mean of three 5-fold splits. (One threshold alone compares two calibrations unfairly: a
    feature set can move every claim's probability up or down.)"""
    from sklearn.model_selection import StratifiedKFold

    sc = int((y < 2).sum())
    for name, n in (("all features", X.shape[1]), ("without direction", NO_DIRECTION), ("without polarity", BASE_FEATURES)):
        found = {level: [] for level in levels}
        for seed in range(3):
            cals: list = [None] * len(rows)
            for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(X, y):
                cal = Prefix(fit(X[train][:, :n], y[train]), n)
                for i in test:
                    cals[i] = cal
            points = []
            for threshold in np.arange(0.50, 0.85, 0.01):
                m = claim_metrics(rows, cals, float(threshold))
                points.append((m["stated_sc"] / sc, m["right"] / m["stated"] if m["stated"] else 0.0))
            for level in levels:
                above = [p for p in points if p[0] >= level]
                found[level].append(min(above)[1] if above else float("nan"))
        print(f"  {name:18s} " + ", ".join(f"{level:.0%} covered: {np.mean(v):.1%} right" for level, v in found.items()))


def stance_signals(rows: list[dict]) -> None:
    """How well each LLM signal tells SUPPORT from CONTRADICT on the closest candidate when it is a
    gold rationale sentence (AUC; 0.5 = chance): the Yes/No lean and the direction choice."""
    from sklearn.metrics import roc_auc_score

    pairs = []
    for r in rows:
        top = max(r["candidates"], key=lambda x: x["similarity"], default=None)
        if top is not None and top["gold"] in ("SUPPORT", "CONTRADICT"):
            cand = as_candidates({"candidates": [top]})[0]
            pairs.append((top["gold"] == "SUPPORT", cand.margin, cand.direction))
    both = [p for p in pairs if p[2] is not None]
    if len({p[0] for p in both}) == 2:
        print(f"SUPPORT vs CONTRADICT, closest candidate a gold rationale sentence ({len(pairs)} claims; {len(both)} with a "
              f"direction word): Yes/No lean AUC {roc_auc_score([p[0] for p in pairs], [p[1] for p in pairs]):.3f} (all), "
              f"{roc_auc_score([p[0] for p in both], [p[1] for p in both]):.3f} (with a direction word); "
              f"direction choice AUC {roc_auc_score([p[0] for p in both], [p[2] for p in both]):.3f}")


def report(m: dict, threshold: float) -> str:
    sc, nei = m["support_contradict"], m["nei"]
    prec = m["right"] / m["stated"] if m["stated"] else 0.0
    return (f"threshold {threshold:.2f}: verdicts stated {m['stated']} (right {m['right']}, wrong {m['wrong']}: {prec:.1%} right); "
            f"stated on {m['stated_sc']}/{sc} SUPPORT/CONTRADICT ({m['stated_sc'] / sc:.1%}); "
            f"NEI without verdict {m['nei_unsettled']}/{nei} ({m['nei_unsettled'] / nei:.1%}); "
            f"evidence abstract cited {m['evidence_cited']}/{sc}; quote = rationale {m['quote_is_rationale']}/{sc}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=Path, default=SHARED / "claims_train.jsonl")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus.jsonl")
    ap.add_argument("--store", type=Path, default=Path("bench/results/scifact-store"))
    ap.add_argument("--cache", type=Path, default=Path("bench/results/verdict_candidates.jsonl"))
    ap.add_argument("--limit", type=int, default=0, help="a random sample of N claims (0 = all)")
    ap.add_argument("--fit", action="store_true", help=f"fit on all claims and write {MODEL_FILE.name}")
    args = ap.parse_args()
    args.cache.parent.mkdir(parents=True, exist_ok=True)

    # no coverage gate while collecting: its effect is measured from the recorded coverage instead
    assistant = Assistant(store_dir=args.store, collection="scifact", notice=print, auto_seed=False, min_coverage=0.0)
    if assistant.store.count() == 0:
        print(assistant.ingest([args.corpus]).summary())
    rows = collect(assistant, load_claims(args.claims, args.limit), args.cache)
    texts = load_texts(args.corpus)
    X, y = dataset(rows)
    print(f"{len(rows)} claims ({np.bincount(y, minlength=3).tolist()} SUPPORT/CONTRADICT/NEI), "
          f"{sum(len(r['candidates']) for r in rows)} candidate sentences judged, "
          f"median {np.median([r['seconds'] for r in rows]):.1f} s per claim to read and judge (as collected)")
    retrieved = sum(any(d in r["retrieved"] for d in r["gold_docs"]) for r in rows if r["label"] != "NEI")
    among = sum(any(c["gold"] != "NEI" for c in r["candidates"]) for r in rows if r["label"] != "NEI")
    print(f"SUPPORT/CONTRADICT claims: evidence abstract retrieved (k=3) {retrieved}/{int((y < 2).sum())}, "
          f"a gold rationale sentence among the candidates {among}/{int((y < 2).sum())}")

    stance_signals(rows)

    from sklearn.model_selection import StratifiedKFold

    cals: list[Calibration] = [None] * len(rows)  # type: ignore[list-item]
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
        cal = fit(X[train], y[train])
        for i in test:
            cals[i] = cal
    print("out-of-fold (5-fold cross-validation, stratified by label):")
    for threshold in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        print("  " + report(claim_metrics(rows, cals, threshold, texts=texts), threshold))
    shipped = Settings()
    print(f"threshold {shipped.verdict_threshold}, and below it the closest finding deciding when the model leans at least "
          f"ASSISTANT_VERDICT_FINDING_LEAN on it (shipped: {shipped.verdict_finding_lean}; 0 = off):")
    for lean in sorted({0.0, shipped.verdict_finding_lean, 0.5, 0.8, 1.0}):
        print(f"  lean {lean}: " + report(claim_metrics(rows, cals, shipped.verdict_threshold, lean, texts), shipped.verdict_threshold))
    print("precision at equal coverage of SUPPORT/CONTRADICT claims (out of fold, mean of 3 splits):")
    equal_coverage(rows, X, y)
    if args.fit:
        cal = fit(X, y)
        MODEL_FILE.write_text(json.dumps({
            "weights": cal.weights, "bias": cal.bias,
            "features": FEATURES,
            "classes": ["supports", "refutes", "neither"],
            "note": f"fitted by bench/verdicts.py on {len(rows)} SciFact training claims ({len(y)} candidates)",
        }, indent=2) + "\n")
        print(f"wrote {MODEL_FILE}")


if __name__ == "__main__":
    main()
