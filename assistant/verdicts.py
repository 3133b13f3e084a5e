"""Yes/no questions: a verdict decided from the evidence, not guessed.

1. The claim the question asks about ("Does X improve Y?" -> "X improve Y") is compared with every
   sentence of the relevant abstracts; the closest few are the candidate evidence.
2. For each candidate the LLM is asked one narrow question, "does this sentence show the claim is
   true?", and only the probabilities of its first word are read (Yes / No / Unclear): no free
   text, so nothing to invent. Backends without token scores answer under a one-word grammar.
3. A small calibrated model (`verdict_model.json`, fitted on SciFact's training claims by
   `bench/verdicts.py`, reported with cross-validation) turns those probabilities and the
   sentence's similarity to the claim into P(supports), P(refutes).
4. The answer states Yes or No only when the best evidence clears `verdict_threshold` and no
   other candidate argues the opposite as strongly; otherwise "The abstracts do not settle this."
   The evidence sentence(s) are always shown, cited."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .citations import Claim
from .prompts import fence, stance_prompt
from .schema import Answer

if TYPE_CHECKING:
    from .chain import AnswerChain, Turn
    from .llm import LLM

OPTIONS = ("Yes", "No", "Unclear")
CANDIDATES_PER_SOURCE = 2
MAX_CANDIDATES = 5
MODEL_FILE = Path(__file__).with_name("verdict_model.json")
TEXT = {"yes": "Yes.", "no": "No.", "unsettled": "The abstracts do not settle this."}


@dataclass
class Candidate:
    number: int  # source number
    sentence: str
    similarity: float  # claim vs sentence (cosine)
    score: float  # the source's retrieval score
    probs: dict[str, float] = field(default_factory=dict)  # the LLM's Yes / No / Unclear
    supports: float = 0.0  # calibrated P(the sentence supports the claim)
    refutes: float = 0.0  # calibrated P(the sentence refutes the claim)

    def features(self) -> list[float]:
        p_yes, p_no, p_unclear = (max(self.probs.get(o, 0.0), 1e-6) for o in OPTIONS)
        return [math.log(p_yes / p_unclear), math.log(p_no / p_unclear), math.log(p_yes / p_no), self.similarity, self.score]


@dataclass(frozen=True)
class Calibration:
    """Multinomial logistic regression over Candidate.features(): classes supports, refutes, neither."""

    weights: tuple[tuple[float, ...], ...]  # 3 x n_features
    bias: tuple[float, ...]  # 3
    note: str = ""

    def predict(self, features: list[float]) -> tuple[float, float, float]:
        z = np.asarray(self.weights) @ np.asarray(features) + np.asarray(self.bias)
        z = np.exp(z - z.max())
        p = z / z.sum()
        return float(p[0]), float(p[1]), float(p[2])


@lru_cache(maxsize=4)
def load_calibration(path: Path = MODEL_FILE) -> Calibration:
    data = json.loads(path.read_text())
    return Calibration(tuple(tuple(w) for w in data["weights"]), tuple(data["bias"]), data.get("note", ""))


def candidates(chain: AnswerChain, turn: Turn, claim: str) -> list[Candidate]:
    """The sentences of the relevant abstracts closest to the claim, best first."""
    ev = turn.evidence
    cvec = chain.embedder.encode_queries([claim])[0]
    found = []
    for n in turn.relevant:
        sims = ev.vectors[n] @ cvec
        for j in np.argsort(-sims)[:CANDIDATES_PER_SOURCE]:
            found.append(Candidate(n, ev.sentences[n][int(j)], float(sims[j]), ev.by_number[n].score))
    found.sort(key=lambda c: -c.similarity)
    return found[:MAX_CANDIDATES]


def judge(llm: LLM, question: str, found: list[Candidate], prompts_dir: Path | None = None,
          calibration: Calibration | None = None) -> None:
    """Fill in each candidate's LLM probabilities and calibrated stance."""
    cal = calibration or load_calibration()
    prompt = stance_prompt(prompts_dir)
    for cand in found:
        messages = prompt.format_messages(evidence=fence(cand.sentence), question=question)
        cand.probs = llm.option_probs(messages, OPTIONS)
        cand.supports, cand.refutes, _ = cal.predict(cand.features())


def decide(found: list[Candidate], threshold: float) -> tuple[str, list[Candidate]]:
    """The verdict and the evidence to show for it. A verdict needs one candidate at or above the
    threshold and none for the other side above half of it (conflicting evidence settles nothing)."""
    if not found:
        return "unsettled", []
    best_s = max(found, key=lambda c: c.supports)
    best_r = max(found, key=lambda c: c.refutes)
    if best_s.supports >= threshold and best_r.refutes < threshold / 2 and best_s.supports >= best_r.refutes:
        return "yes", [best_s]
    if best_r.refutes >= threshold and best_s.supports < threshold / 2:
        return "no", [best_r]
    shown = [best_s] if best_s is best_r or best_s.supports >= best_r.refutes else [best_r]
    return "unsettled", shown


def answer(chain: AnswerChain, turn: Turn) -> Answer:
    claim = turn.question.claim or turn.text
    found = candidates(chain, turn, claim)
    judge(chain.llm, turn.text, found, chain.settings.prompts_dir)
    turn.token()
    verdict, shown = decide(found, chain.settings.verdict_threshold)
    claims = [Claim(text=c.sentence, cited=[c.number], support={c.number: round(c.similarity, 4)}, quotes={c.number: c.sentence})
              for c in shown]
    stances = {c.number: ("supports" if verdict == "yes" else "refutes" if verdict == "no" else
                          "supports" if c.supports >= c.refutes else "refutes") for c in shown}
    for c in found:
        turn.notes.append(f"evidence [{c.number}] supports {c.supports:.2f}, refutes {c.refutes:.2f}: \u201c{c.sentence[:90]}\u201d")
    body = " ".join(c.rendered for c in claims)
    lead = TEXT[verdict]
    if verdict == "unsettled" and claims:
        lead += " The closest evidence:"
    return chain.answer(turn, f"{lead} {body}".strip(), claims, grounded=bool(claims), verdict=verdict, stances=stances)
