"""Summaries of one paper: "Summarize the paper on WallGo.", "What is the WallGo paper about?".

Answered with the paper's own sentences, each cited: what it sets out to do (its opening sentence,
when that is not already its proposal), what it proposes ("we propose …", "this paper presents …")
and what it finds ("… outperforms …", "results show …"). Quoting keeps every word grounded; a
small model's paraphrase of a whole abstract is where it drifts (it answered "WallGo is a recently
introduced strategic board game" for the paper's own agent, WallZero). A summary of a paper the
collection does not hold is refused like any other question about it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import coverage
from .citations import Claim
from .questions import summary_topic
from .schema import Answer, Source
from .verification import proposes

if TYPE_CHECKING:
    from .chain import AnswerChain, Turn

# the sentence that says what it found: a result or comparison first, else an improvement claimed
_FINDING = re.compile(
    r"\b(?:outperform\w*|surpass\w*|achiev\w*|exceed\w*|beats?|defeat\w*|"
    r"(?:results?|experiments?|evaluations?|analys[ie]s|findings)\s+(?:\w+\s+)?(?:show|indicate|suggest|demonstrate|reveal|confirm)\w*|"
    r"(?:show|demonstrate|find|found|reveal|confirm)(?:s|ed|n)?\s+that)|\d+(?:\.\d+)?\s?(?:%|x\b|×)", re.I)
_CLAIMED = re.compile(r"\b(?:improv\w*|reduc\w*|gains?|better|faster|effective\w*|robust\w*)\b", re.I)
MAX_WORDS = 110  # about a third of an abstract; the opening sentence goes first when the three run longer


def gap(chain: AnswerChain, turn: Turn) -> str:
    """Why no retrieved abstract is the paper asked about ("" when one is): a coined name ("WallGo")
    no relevant abstract names, or a description its terms are missing from."""
    topic, relevant, coined = _asked(turn)
    if coined:
        if not _naming(relevant, coined):
            return f"the question asks for a summary of the paper on {topic!r}, which no relevant retrieved abstract names"
        return ""
    return chain.coverage_gap(topic, relevant)


def _asked(turn: Turn) -> tuple[str, list[Source], list[str]]:
    """What paper the summary is asked of, the relevant sources, and the coined names the topic uses."""
    topic = summary_topic(turn.text)
    return topic, [src for src in turn.sources if src.number in turn.relevant], coverage.coined_names(topic)


def _naming(sources: list[Source], names: list[str]) -> list[Source]:
    return [src for src in sources if all(coverage.mentions_name(f"{src.title} {src.text}", n) for n in names)]


def pick(sentences: list[str]) -> list[int]:
    """Which of an abstract's sentences sum it up: its proposal, its finding and, room allowing, its
    opening sentence (the problem), in the abstract's order."""
    if len(sentences) <= 2:
        return list(range(len(sentences)))
    proposal = next((i for i, s in enumerate(sentences) if proposes(s)), None)
    after = (proposal or 0) + 1
    later = range(after, len(sentences))
    finding = next((i for i in later if _FINDING.search(sentences[i])), next((i for i in later if _CLAIMED.search(sentences[i])), None))
    if finding is None:
        # no result stated: the sentence after the proposal says how it works; the last, what it amounts to
        finding = after if proposal is not None and after < len(sentences) else len(sentences) - 1
    chosen = {i for i in (proposal, finding) if i is not None}
    words = sum(len(sentences[i].split()) for i in chosen)
    if 0 not in chosen and (words + len(sentences[0].split()) <= MAX_WORDS or len(chosen) < 2):
        chosen.add(0)
    return sorted(chosen)


def answer(chain: AnswerChain, turn: Turn) -> Answer:
    _, relevant, coined = _asked(turn)
    # the paper that names what was asked about, else the closest one
    src = max(_naming(relevant, coined) or relevant, key=lambda s: s.score)
    sentences = turn.evidence.sentences[src.number]
    claims = [Claim(text=sentences[i], cited=[src.number], support={src.number: 1.0}, quotes={src.number: sentences[i]})
              for i in pick(sentences)]
    turn.notes.append(f"the question asks for a summary of one paper: answered with {len(claims)} of the "
                      f"{len(sentences)} sentences of abstract [{src.number}] (its aim, proposal and finding)")
    return chain.answer(turn, " ".join(c.rendered for c in claims), claims, grounded=True)
