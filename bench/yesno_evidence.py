"""Which sentence should decide a yes/no verdict? The evidence choices compared on the arXiv QA sets.

    python bench/yesno_evidence.py [--sets tune heldout fresh ...] [--cache bench/results/yesno_evidence.jsonl]

For every answerable yes/no question of the sets, the chain reads the question over that set's
corpus; then (cached in --cache, so a re-run only prints) the local LLM's Yes / No / Unclear
probabilities are read for every sentence of the two most relevant abstracts, and the question is
also drafted as a factoid (the drafting path of `assistant.drafting`, with its retries) to see
which sentence that path quotes. About 20 s per question on 2 quiet cores.

Printed per evidence choice (the closest sentence to the claim, to the question, the sentence the
draft quotes, the closest sentence that reports a finding, the one the model leans on most, and
combinations): how often it is the gold sentence, how well the model's Yes-No lean on it tells yes
from no (AUC), and the verdicts it would state at several leans (|log odds| >= t): right / stated on
the questions the gold abstract settles, and +Nu = not-settled questions given a verdict. Split into
the sets the verdict rules were designed on (tune .. fresh18) and the later ones. SciFact's side is
bench/verdicts.py: there the model's strong leans on finding sentences are mostly wrong, which is
why none of these choices decides a verdict by default.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path


from assistant.prompts import choice_prompt, fence
from assistant.verdicts import OPTIONS, Candidate, reports_finding, reports_no_finding

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers import corpus_assistant  # noqa: E402
from verdicts import norm  # noqa: E402
from yesno import auc  # noqa: E402

QA = Path(__file__).resolve().parent / "qa"
DESIGN = ["tune", "heldout", "fresh"] + [f"fresh{i}" for i in range(2, 19)]
SETS = DESIGN + [f"fresh{i}" for i in range(19, 25)]
Sentence = dict  # {"sentence", "sim" (to the claim), "qsim" (to the question), "probs", "gold", "doc"}


def collect(sets: list[str], cache: Path, store: Path) -> list[dict]:
    done = {json.loads(line)["id"]: json.loads(line) for line in cache.read_text().splitlines()} if cache.exists() else {}
    rows = []
    with open(cache, "a") as out:
        for name in sets:
            items = [json.loads(line) for line in (QA / f"arxiv_{name}.jsonl").read_text().splitlines() if line.strip()]
            items = [q for q in items if q["kind"] == "yesno" and q["answerable"]]
            rows += [done[q["id"]] for q in items if q["id"] in done]
            todo = [q for q in items if q["id"] not in done]
            if not todo:
                continue
            chain = corpus_assistant(QA / f"arxiv_{name}_corpus.jsonl", store).answer_chain
            stance = choice_prompt("stance", chain.settings.prompts_dir)
            for q in todo:
                turn = chain.read(q["question"])
                claim = turn.question.claim or turn.text
                cvec = chain.embedder.encode_queries([claim])[0]
                ev, gold = turn.evidence, [norm(g) for g in q["gold"]]
                judged = []
                for n in turn.relevant[:2]:
                    src, sims = ev.by_number[n], ev.vectors[n] @ cvec
                    judged.append({"doc": src.id, "number": n, "score": src.score, "sents": [
                        {"i": j, "sentence": s, "sim": float(sims[j]), "qsim": float(ev.question_sims[n][j]),
                         "probs": chain.llm.option_probs(stance.format_messages(evidence=fence(s), question=turn.text), OPTIONS),
                         "gold": "GOLD" if src.id in q["gold_ids"] and any(g and g in norm(s) for g in gold) else "NEI"}
                        for j, s in enumerate(ev.sentences[n])]})
                drafted = []
                if not turn.refuse:  # the question drafted as a factoid: which sentence does that path quote?
                    turn.question = dataclasses.replace(turn.question, kind="factoid", claim="")
                    drafted = [{"doc": c.id, "quote": c.quote} for c in chain._draft(turn).citations]
                row = {"id": q["id"], "set": name, "question": q["question"], "gold": q["verdict"], "claim": claim,
                       "refused": turn.refuse, "judged": judged, "drafted": drafted}
                out.write(json.dumps(row) + "\n")
                out.flush()
                rows.append(row)
                print(f"  {q['id']}", flush=True)
    return rows


def lean(s: Sentence) -> float:
    """The model's Yes-No lean on a judged sentence (`Candidate.margin`)."""
    return Candidate(0, s["sentence"], s["sim"], 0.0, s["probs"]).margin


def sentences(r: dict) -> list[Sentence]:
    return [dict(s, doc=j["doc"]) for j in r["judged"] for s in j["sents"]]


def closest(key: str) -> Callable[[dict], Sentence | None]:
    return lambda r: max(sentences(r), key=lambda s: s[key], default=None)


def drafted(r: dict) -> Sentence | None:
    """The judged sentence the draft quotes (None when it quotes none of the two abstracts)."""
    for d in r["drafted"]:
        quote = norm(d["quote"])
        for s in sentences(r):
            if s["doc"] == d["doc"] and quote and (quote in norm(s["sentence"]) or norm(s["sentence"]) in quote):
                return None if reports_no_finding(s["sentence"]) else s
    return None


def closest_finding(r: dict, gap: float = 0.1) -> Sentence | None:
    """What `verdicts.decide` with ASSISTANT_VERDICT_FINDING_LEAN reads: the closest sentence that
    reports a result, within `gap` of the closest."""
    ss = sentences(r)
    top = max((s["sim"] for s in ss), default=0.0)
    return next((s for s in sorted(ss, key=lambda s: -s["sim"]) if reports_finding(s["sentence"]) and top - s["sim"] <= gap), None)


def strongest(gap: float) -> Callable[[dict], Sentence | None]:
    def pick(r: dict) -> Sentence | None:
        ss = sentences(r)
        top = max((s["sim"] for s in ss), default=0.0)
        ss = [s for s in ss if top - s["sim"] <= gap and not reports_no_finding(s["sentence"])]
        return max(ss, key=lambda s: abs(lean(s)), default=None)
    return pick


def either(*choices: Callable[[dict], Sentence | None]) -> Callable[[dict], Sentence | None]:
    def pick(r: dict) -> Sentence | None:
        return max((s for c in choices if (s := c(r))), key=lambda s: abs(lean(s)), default=None)
    return pick


CHOICES: dict[str, Callable[[dict], Sentence | None]] = {
    "closest to the claim": closest("sim"),
    "closest to the question": closest("qsim"),
    "the draft's quote": drafted,
    "closest finding": closest_finding,
    "strongest lean within 0.1": strongest(0.1),
    "draft's quote or closest finding": either(drafted, closest_finding),
}


def report(rows: list[dict]) -> None:
    settled = [r for r in rows if r["gold"] in ("yes", "no")]
    gold_yes = [lean(s) for r in settled if r["gold"] == "yes" for s in sentences(r) if s["gold"] == "GOLD"]
    gold_no = [lean(s) for r in settled if r["gold"] == "no" for s in sentences(r) if s["gold"] == "GOLD"]
    print(f"  {len(rows)} questions ({len(settled)} settled by their gold abstract); the model's Yes-No lean on the gold "
          f"sentences: AUC {auc(gold_yes, gold_no):.2f}")
    for name, choose in CHOICES.items():
        picks = [(r, choose(r)) for r in rows]
        is_gold = sum(1 for _, s in picks if s and s["gold"] == "GOLD")
        a = auc([lean(s) for r, s in picks if s and r["gold"] == "yes"], [lean(s) for r, s in picks if s and r["gold"] == "no"])
        line = f"  {name:34s} gold {is_gold:3d}/{len(rows)}  AUC {a:.2f}"
        for t in (0.3, 0.5, 0.8, 1.0):
            stated = [(r, s) for r, s in picks if s and abs(lean(s)) >= t]
            on_settled = [(r, s) for r, s in stated if r["gold"] in ("yes", "no")]
            right = sum((lean(s) > 0) == (r["gold"] == "yes") for r, s in on_settled)
            line += f" | t{t}: {right}/{len(on_settled)} +{len(stated) - len(on_settled)}u"
        print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=SETS)
    ap.add_argument("--cache", type=Path, default=Path("bench/results/yesno_evidence.jsonl"))
    ap.add_argument("--store", type=Path, default=Path("bench/results/qa-stores"))
    args = ap.parse_args()
    args.cache.parent.mkdir(parents=True, exist_ok=True)
    rows = [r for r in collect(args.sets, args.cache, args.store) if r["judged"]]
    for title, part in (("sets the verdict rules were designed on (tune .. fresh18)", [r for r in rows if r["set"] in DESIGN]),
                        ("later sets (fresh19 ..)", [r for r in rows if r["set"] not in DESIGN])):
        if part:
            print(title + ":")
            report(part)


if __name__ == "__main__":
    main()
