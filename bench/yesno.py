"""Yes/no verdicts on the arXiv QA sets (bench/qa): how often the verdict is stated and right, and
where the model's lean is informative.

    python bench/yesno.py [--sets tune heldout fresh fresh2 ...] [--cache bench/results/yesno_candidates.jsonl]

For every answerable yes/no question of the given sets the chain reads the question over that set's
corpus and the verdict stage judges its candidate sentences (cached in --cache, so a re-run only
decides). Printed, for ASSISTANT_VERDICT_FINDING_LEAN off, at 0.3 / 0.5 / 0.8 / 1.0 and as shipped,
apart for the sets the verdict rules were chosen on (tune .. fresh18) and the later ones: verdicts
right and wrong on the questions the gold abstract settles, and how many "not settled" questions got
a verdict; then how well the model's Yes-No lean tells yes from no (AUC) on the closest candidate
and on the gold sentence when it is among the candidates. SciFact's figures are bench/verdicts.py's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.settings import Settings
from assistant.verdicts import Candidate, candidates, decide, judge

sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers import corpus_assistant  # noqa: E402

QA = Path(__file__).resolve().parent / "qa"
TUNED = ["tune", "heldout", "fresh"] + [f"fresh{i}" for i in range(2, 19)]  # the verdict rules were chosen on these
# and checked on the later sets, written after those choices (every set in bench/qa by default)
SETS = TUNED + sorted({p.name[len("arxiv_"):-len(".jsonl")] for p in QA.glob("arxiv_fresh*.jsonl") if not p.name.endswith("_corpus.jsonl")}
                      - set(TUNED), key=lambda name: int(name[len("fresh"):]))


def collect(sets: list[str], cache: Path, store: Path) -> list[dict]:
    done = {json.loads(line)["id"]: json.loads(line) for line in cache.read_text().splitlines()} if cache.exists() else {}
    rows = []
    with open(cache, "a") as out:
        for name in sets:
            items = [json.loads(line) for line in (QA / f"arxiv_{name}.jsonl").read_text().splitlines() if line.strip()]
            items = [q for q in items if q["kind"] == "yesno" and q["answerable"]]
            todo = [q for q in items if q["id"] not in done]
            rows += [done[q["id"]] for q in items if q["id"] in done]
            if not todo:
                continue
            chain = corpus_assistant(QA / f"arxiv_{name}_corpus.jsonl", store).answer_chain
            for q in todo:
                turn = chain.read(q["question"])
                claim = turn.question.claim or turn.text
                found = [] if turn.refuse or turn.question.kind != "yesno" else candidates(chain, turn, claim)
                judge(chain.llm, turn.text, found, chain.settings.prompts_dir, claim)
                share, _ = chain.coverage(turn.text, [s for s in turn.sources if s.number in turn.relevant], english=False)
                row = {"set": name, "id": q["id"], "question": q["question"], "gold": q["verdict"], "gold_text": q["gold"],
                       "claim": claim, "coverage": share,
                       "found": [{"number": c.number, "sentence": c.sentence, "similarity": c.similarity, "score": c.score,
                                  "probs": c.probs, "direction": c.direction} for c in found]}
                out.write(json.dumps(row) + "\n")
                out.flush()
                rows.append(row)
                print(f"  {q['id']}", flush=True)
    return rows


def as_found(row: dict) -> list[Candidate]:
    return [Candidate(c["number"], c["sentence"], c["similarity"], c["score"], c["probs"], c["direction"]) for c in row["found"]]


def auc(pos: list[float], neg: list[float]) -> float:
    pairs = [(p > n) + 0.5 * (p == n) for p in pos for n in neg]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=SETS)
    ap.add_argument("--cache", type=Path, default=Path("bench/results/yesno_candidates.jsonl"))
    ap.add_argument("--store", type=Path, default=Path("bench/results/qa-stores"))
    args = ap.parse_args()
    args.cache.parent.mkdir(parents=True, exist_ok=True)
    rows = [r for r in collect(args.sets, args.cache, args.store) if r["found"]]
    settled = [r for r in rows if r["gold"] in ("yes", "no")]
    print(f"{len(rows)} yes/no questions read as yes/no with evidence ({len(settled)} settled by their gold abstract, "
          f"{len(rows) - len(settled)} not settled)")
    shipped = Settings()
    for group, names in (("tuned on (tune .. fresh18)", set(TUNED)), ("not tuned on (fresh19 ..)", set(args.sets) - set(TUNED))):
        these = [r for r in rows if r["set"] in names]
        if not these:
            continue
        print(f"{group}: {sum(r['gold'] in ('yes', 'no') for r in these)} settled, {sum(r['gold'] == 'unsettled' for r in these)} not settled")
        for lean in sorted({0.0, 0.3, 0.5, 0.8, 1.0, shipped.verdict_finding_lean}):
            right = wrong = settled_wrongly = 0
            for r in these:
                verdict = decide(as_found(r), r["coverage"], shipped.verdict_threshold, claim=r["claim"], finding_lean=lean)[0]
                if r["gold"] == "unsettled":
                    settled_wrongly += verdict != "unsettled"
                elif verdict != "unsettled":
                    right += verdict == r["gold"]
                    wrong += verdict != r["gold"]
            print(f"  ASSISTANT_VERDICT_FINDING_LEAN={lean}{' (shipped)' if lean == shipped.verdict_finding_lean else ''}: "
                  f"stated {right + wrong} (right {right}, wrong {wrong}); not-settled questions given a verdict {settled_wrongly}")

    closest: dict[str, list[float]] = {"yes": [], "no": []}
    gold: dict[str, list[float]] = {"yes": [], "no": []}
    top_is_gold = 0
    for r in settled:
        found = as_found(r)
        top = max(found, key=lambda c: c.similarity)
        closest[r["gold"]].append(top.margin)  # the model's Yes-No lean
        hits = [c for c in found if any(g.lower() in c.sentence.lower() for g in r["gold_text"])]
        top_is_gold += top in hits
        if hits:
            gold[r["gold"]].append(hits[0].margin)
    print(f"Yes-No lean, yes vs no: AUC {auc(closest['yes'], closest['no']):.2f} on the closest candidate; "
          f"{auc(gold['yes'], gold['no']):.2f} on the gold sentence ({len(gold['yes']) + len(gold['no'])} questions where it is a "
          f"candidate; it is the closest one in {top_is_gold}/{len(settled)})")


if __name__ == "__main__":
    main()
