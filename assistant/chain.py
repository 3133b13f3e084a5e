"""The answer chain, one LangChain runnable:

    classify -> retrieve -> read the sources (sentences, gates) -> answer in the question's shape -> Answer

The shapes (see `questions`): a listing or a survey is answered from retrieval, one cited sentence
per relevant abstract; a yes/no question gets a verdict decided from the evidence (`verdicts`);
factoid and multi-part questions are drafted by the LLM (`drafting`) and verified (`verification`).
The chain is given its parts (retriever, embedder, LLM, settings) and calls nothing else."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from langchain_core.runnables import (
    Runnable,
    RunnableBranch,
    RunnableConfig,
    RunnableLambda,
)

from . import coverage, drafting, summaries, verdicts
from .citations import Claim, split_sentences
from .embeddings import Embedder
from .errors import AssistantError, InputRejected
from .filters import Filter
from .lexical import tokenize
from .llm import LLM
from .prompts import format_context, read_prompt
from .questions import Question, apposed_name, asks_authors, asks_definition, asks_proposals, classify, expected_answer, in_context, points_back, spelled_out, subject_of, summary_topic
from .schema import Answer, Citation, Source, Timings
from .settings import Settings
from .verification import Evidence


class Retrieve(Protocol):
    def __call__(self, question: str, k: int | None = None, filter: Filter | None = None) -> list[Source]: ...


class Idf(Protocol):
    """(idf, whether the collection uses the term at all) of each token."""

    def __call__(self, tokens: list[str]) -> dict[str, tuple[float, bool]]: ...


_UNSET = object()  # not in the term-weight cache (None there means "cannot be told")


NAMED_EXPECTS = ("link", "number", "name")  # what is looked for in an abstract that names the thing asked about


@dataclass(frozen=True)
class TermWeights:
    """A question's content terms and how much each tells one study from another."""

    tokens: list[str]
    weights: dict[str, float]
    exact: frozenset[str]  # names: held only as written
    acronyms: dict[str, str]  # token -> the acronym as written ("ART")


@dataclass
class Turn:
    """What one question accumulates on its way through the chain."""

    question: Question
    k: int
    started: float
    config: RunnableConfig | None = None
    filter: Filter | None = None
    sources: list[Source] = field(default_factory=list)
    evidence: Evidence = field(default_factory=lambda: Evidence([]))
    notes: list[str] = field(default_factory=list)
    retrieval_s: float = 0.0
    first_token_s: float | None = None
    refuse: str = ""  # why no answer is attempted, if none is
    relevant: list[int] = field(default_factory=list)  # numbers of the sources that pass the relevance gate
    excerpts: dict[str, dict[int, list[str]]] = field(default_factory=dict)  # per (sub)question: what the LLM was shown
    unanswerable: dict[str, str] = field(default_factory=dict)  # multi-part: parts a gate refused, and why

    @property
    def text(self) -> str:
        return self.question.text

    def token(self) -> None:
        if self.first_token_s is None:
            self.first_token_s = time.perf_counter() - self.started


class AnswerChain:
    def __init__(self, retrieve: Retrieve, embedder: Embedder, llm: LLM, settings: Settings, idf: Idf | None = None) -> None:
        self.retrieve, self.embedder, self.llm, self.settings, self.idf = retrieve, embedder, llm, settings, idf
        self._weights: dict[tuple[str, bool], TermWeights | None] = {}
        self.people: dict[str, bool] = {}  # nouns the LLM judged to name people or not (drafting.as_people)
        self.runnable: Runnable[dict[str, Any], Answer] = (
            RunnableLambda(self._prepare, name="classify")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._read, name="read_sources")
            | RunnableBranch(
                (lambda t: bool(t.refuse), RunnableLambda(self._refuse, name="refuse")),
                (lambda t: t.question.kind in ("listing", "survey"), RunnableLambda(self._survey, name="one_sentence_per_abstract")),
                (lambda t: t.question.kind == "summary", RunnableLambda(self._summary, name="summary_of_one_paper")),
                (lambda t: t.question.kind == "yesno", RunnableLambda(self._verdict, name="verdict")),
                RunnableLambda(self._draft, name="draft_and_verify"),
            )
        ).with_config(run_name="answer")

    def invoke(self, question: str, k: int | None = None, sources: list[Source] | None = None,
               config: RunnableConfig | None = None, filter: Filter | None = None) -> Answer:
        return self.runnable.invoke({"question": question, "k": k, "sources": sources, "config": config, "filter": filter}, config=config)

    def read(self, question: str, k: int | None = None, sources: list[Source] | None = None) -> Turn:
        """The first three stages only (classify, retrieve, read the sources): what the answer
        would be built from. For benchmarks and debugging."""
        return self._read(self._retrieve(self._prepare({"question": question, "k": k, "sources": sources})))

    # --- stages ------------------------------------------------------------
    def _prepare(self, inputs: dict[str, Any]) -> Turn:
        s = self.settings
        text = " ".join(str(inputs.get("question") or "").split())
        if not text:
            raise InputRejected("the question is empty")
        notes = []
        if len(text) > s.max_question_chars:
            trimmed = text[: s.max_question_chars].rsplit(" ", 1)[0]
            notes.append(f"question trimmed from {len(text):,} to {len(trimmed):,} characters (ASSISTANT_MAX_QUESTION_CHARS)")
            text = trimmed
        question = classify(text)
        self._weights.clear()
        k = int(inputs.get("k") or (s.survey_k if question.kind == "survey" else s.k))
        if k < 1:
            raise InputRejected("k must be at least 1")
        turn = Turn(question=question, k=k, started=time.perf_counter(), config=inputs.get("config"), notes=notes,
                    filter=inputs.get("filter"))
        if turn.filter:
            turn.notes.append(f"only abstracts matching {turn.filter.describe()!r} were searched")
        turn.sources = list(inputs["sources"]) if inputs.get("sources") is not None else []
        return turn

    def _retrieve(self, turn: Turn) -> Turn:
        if not turn.sources:
            turn.sources = self._sources_for(turn)
        turn.retrieval_s = time.perf_counter() - turn.started
        if not turn.sources:
            raise AssistantError(f"collection '{self.settings.collection}' is empty: add abstracts with `assistant ingest PATH`")
        return turn

    def _sources_for(self, turn: Turn) -> list[Source]:
        """A multi-part question retrieves for each part too, so every part's best abstract is in view."""
        q = turn.question
        if q.kind == "summary":  # "Summarize the paper on WallGo": the paper is found by what it is on
            return self.retrieve(summary_topic(q.text), turn.k, turn.filter)
        if q.kind != "multipart":
            return self.retrieve(q.text, turn.k, turn.filter)
        lists = [self.retrieve(text, turn.k, turn.filter) for text in (q.text, *q.parts)]
        chosen: dict[str, Source] = {}
        for src in [lst[0] for lst in lists[1:] if lst] + lists[0] + [s for lst in lists[1:] for s in lst]:
            if len(chosen) >= turn.k + len(q.parts) - 1:
                break
            if src.id not in chosen or src.score > chosen[src.id].score:
                chosen[src.id] = src
        ranked = sorted(chosen.values(), key=lambda s: -s.score)
        return [s.model_copy(update={"number": i}) for i, s in enumerate(ranked, 1)]

    def _read(self, turn: Turn) -> Turn:
        """Split the sources into sentences, embed them once, and apply the gates that can refuse
        before any LLM call: nothing relevant, the thing asked for never mentioned, or the
        question about a study the collection does not hold."""
        s = self.settings
        ev = Evidence(turn.sources)
        for src in turn.sources:
            ev.sentences[src.number] = split_sentences(src.text) or [src.text]
        flat = [sent for n in ev.sentences for sent in ev.sentences[n]]
        vectors = self.embedder.encode_documents(flat)
        qvec = self.embedder.encode_queries([turn.text])[0]
        i = 0
        for n, sents in ev.sentences.items():
            ev.vectors[n] = vectors[i: i + len(sents)]
            ev.question_sims[n] = ev.vectors[n] @ qvec
            i += len(sents)
        turn.evidence = ev
        best = max(src.score for src in turn.sources)
        # "What is RotatE?": an abstract that names the coined name asked about is relevant however
        # little of it is about that name (it may only cite RotatE as the model it improves on)
        coined = coverage.coined_names(turn.text)
        naming = {src.number for src in turn.sources
                  if any(coverage.mentions_name(f"{src.title} {src.text}", name) for name in coined)}
        # "Is the branching factor a token-invariant measure?": a short question's vector is far from an abstract
        # that says "the Branching Factor (BF) -- a token-invariant measure …" (0.19); an abstract that holds every
        # one of the question's content terms is about it, however far its vector (three at least: "What does the model
        # improve?" is about any abstract that says "models improved")
        weights = self.term_weights(turn.text, True)
        holding = {src.number for src in turn.sources if weights and len(set(weights.tokens)) >= 3
                   and src.score < s.min_relevance and src.number not in naming
                   and self.term_share(weights, f"{src.title} {src.text}")[0] >= 1.0}
        turn.relevant = [src.number for src in turn.sources if src.score >= s.min_relevance or src.number in naming | holding]
        if not turn.relevant:
            turn.refuse = f"best source similarity {best:.2f} is below ASSISTANT_MIN_RELEVANCE={s.min_relevance}; the LLM was not called"
            return turn
        closest = self._closest_sentence(turn)
        # "What is EVOKE?": an abstract that names the thing is about it, however far its sentences are from four words
        # "Where can I find the code for RetiSEM?": "The code … for this work is available at <link>" names neither the
        # method nor much of the question (0.33), so a link asked of an abstract that names the thing is looked for too
        # "On how many datasets was ExpeTrans evaluated?": the abstract names ExpeTrans in its title only, and its
        # "Experimental results on 13 datasets …" is far from the question's words (0.34): what the question asks for
        # (a number, a name, a link) is looked for in the abstract that names the thing too
        # ("Is ConMoE training-free?" of "We propose ConMoE, a train-free prototype remapping framework …": 0.28; a
        # yes/no question about a thing an abstract names goes to its verdict, which may leave it unsettled)
        if closest < s.min_sentence_relevance and not (naming and (asks_definition(turn.text) or turn.question.kind in ("summary", "yesno")
                                                                   or expected_answer(turn.text) in NAMED_EXPECTS)):
            turn.refuse = (f"no sentence of the retrieved abstracts is about the question (closest {closest:.2f}, below "
                           f"ASSISTANT_MIN_SENTENCE_RELEVANCE={s.min_sentence_relevance}); the LLM was not called")
            return turn
        if turn.question.kind in ("listing", "survey"):
            return turn
        if turn.question.kind == "summary":
            if gap := summaries.gap(self, turn):
                turn.refuse = gap + "; the LLM was not called"
            return turn
        texts = [f"{src.title} {src.text}" for src in turn.sources if src.number in turn.relevant]
        parts = turn.question.parts or (turn.text,)
        absent: set[str] = set()  # parts about a study no retrieved abstract is
        for part in parts:
            if asks_authors(part):
                # an abstract does not say who wrote it; asked, the small model names whatever the abstract does
                turn.unanswerable[part] = ("the question asks who wrote a paper, which abstracts do not state (a source's "
                                           "authors are listed with it when its record has them)")
                continue
            missing = coverage.uncovered(coverage.question_focus(part), texts) if s.focus_check else []
            if missing:
                turn.unanswerable[part] = f"the question asks for {', '.join(missing)!r}, which no relevant retrieved abstract mentions (ASSISTANT_FOCUS_CHECK)"
            elif s.focus_check and (task := coverage.task_uncovered(part, texts)):
                turn.unanswerable[part] = (f"the question's task is about {task!r}, which no relevant retrieved abstract "
                                           "mentions (ASSISTANT_FOCUS_CHECK)")
            # "By how much does FedSRD cut ...?", "Does CapSmith lower ...?": no abstract names FedSRD, so what its
            # neighbours say about other methods is no answer. ("Is it true that X ...?" has no name right after its verb
            # and is left to its verdict.) A capitalised word right after the verb that no abstract of the collection uses
            # is such a name too, though it looks like a plain word ("What error does Marrowlight, the GNSS correction
            # network, reach?"; "Transformer" and "Chinese" are words the collection uses, and still pass). So is a name
            # the question describes ("X, the …"), wherever it stands: "What constraint satisfaction does the best model
            # reach on Penhallow, the benchmark of LLM constraint reasoning on direct optimization?" was answered from
            # ConstraintBench, whose title the description repeats (fresh127-20); over the sets' 3,000-odd questions,
            # every such name no abstract of its collection uses is in an unanswerable one (a withheld or invented study)
            elif named := next((n for n in (subject_of(part, strict=True), apposed_name(part))
                                if n and (coverage.is_distinctive(n) or self.unknown_name(n))
                                and not any(coverage.mentions_subject(t, n) for t in texts)), ""):
                turn.unanswerable[part] = (f"the question is about {named!r}, which no relevant retrieved abstract names"
                                           if coverage.is_distinctive(named) else
                                           f"the question is about {named!r}, a word no abstract of the collection uses")
                absent.add(part)
        relevant = [src for src in turn.sources if src.number in turn.relevant]
        gap = self.coverage_gap(turn.text, relevant) if len(turn.unanswerable) < len(parts) else ""
        if gap and turn.question.kind == "yesno" and (own := verdicts.without_rival(turn.text)) != turn.text \
                and not self.coverage_gap(own, relevant):
            # "Does HumanLLM outperform GPT-4o at predicting user actions?": the abstract about HumanLLM never names GPT-4o,
            # which may leave the comparison unsettled, not make HumanLLM a study the collection lacks (fresh119-16)
            turn.notes.append("the question compares with a rival no relevant abstract names; without the rival an abstract holds "
                              "enough of the question's rare terms (ASSISTANT_MIN_COVERAGE), so the verdict decides")
            gap = ""
        if gap and turn.question.parts:
            # parts about two different studies: no one abstract holds the whole question's terms,
            # so each part is judged on its own, and only a part no abstract is about goes unanswered
            for part in parts:
                part_gap = "" if part in turn.unanswerable else self.coverage_gap(in_context(turn.question, part), relevant)
                if part_gap:
                    turn.unanswerable[part] = part_gap
                    absent.add(part)
            gap = ""
        if parts[0] in absent:
            # "How many papers did the system review at AAAI-26, and how long did it take?": a later
            # part that points back at a study the collection does not hold is about that study too
            for part in parts[1:]:
                if points_back(turn.question, part):
                    turn.unanswerable[part] = f"it points back to the first part ({parts[0]!r}), which no retrieved abstract is about"
        # a multi-part question is refused only when no part can be answered; the others are
        # answered and the refused parts said to be unanswered
        if len(turn.unanswerable) == len(parts):
            turn.refuse = "; ".join(dict.fromkeys(turn.unanswerable.values())) + "; the LLM was not called"
        elif gap:
            turn.refuse = gap + "; the LLM was not called"
        return turn

    def _closest_sentence(self, turn: Turn) -> float:
        """The highest similarity of any retrieved sentence to the question or, for a multi-part
        question, to one of its parts (a part is shorter, so closer to its own sentence)."""
        ev = turn.evidence
        vectors = np.vstack(list(ev.vectors.values()))
        closest = max(float(sims.max()) for sims in ev.question_sims.values())
        if turn.question.parts:
            closest = max(closest, float((vectors @ self.embedder.encode_queries(list(turn.question.parts)).T).max()))
        return closest

    def unknown_name(self, name: str) -> bool:
        """Whether no abstract of the collection uses any word of `name` (False when it cannot be told)."""
        tokens = tokenize([name])[0] if self.idf is not None else []
        return bool(tokens) and not any(known for _, known in self.idf(tokens).values())  # type: ignore[misc]

    def term_weights(self, question: str, english: bool = True) -> TermWeights | None:
        """How much each content term of the question tells one study from another (idf; names and
        acronyms weigh most). None when it cannot be told (no idf, no content terms). Computed once
        per question: the gates ask for it several times per draft (and forgotten when the next
        question starts, so an ingest in between is seen)."""
        key = (question, english)
        cached = self._weights.get(key, _UNSET)
        if cached is not _UNSET:
            return cached  # type: ignore[return-value]
        # (a question starting in another thread may clear the cache meanwhile: return our own)
        weights = self._weights[key] = self._term_weights(question, english)
        return weights

    def _term_weights(self, question: str, english: bool) -> TermWeights | None:
        if self.idf is None:
            return None
        q_tokens = coverage.content_tokens(tokenize([question])[0])
        if not q_tokens:
            return None
        stats = self.idf(q_tokens)
        named = coverage.names(question)
        name_tokens = dict(zip(named, tokenize(named))) if named else {}
        names = {t for tokens in name_tokens.values() for t in tokens}
        top = max((w for w, known in stats.values() if known), default=1.0)
        # a word the collection never uses names a subject it lacks ("retinopathy", "fundus") as far as
        # English calls it technical (below; plain phrasing, "stop", weighs little): only with `english`
        unknown = top * coverage.UNKNOWN_WEIGHT if english else 0.0
        weights = {t: (w if known else top + 1.0 if t in names else unknown) for t, (w, known) in stats.items()}
        if english:  # plain English words weigh less than the technical terms and names that pick out a study
            words = re.findall(r"\w\w+", question.lower())
            surface = {t: w for w, toks in zip(words, tokenize(words)) for t in toks}
            weights = {t: (w if t in names else w * coverage.english_weight(surface.get(t, t))) for t, w in weights.items()}
        # an acronym is matched as written: "ART" is not the "art" of "state-of-the-art"
        acronyms = {tokens[0]: a for a, tokens in name_tokens.items() if a.isupper() and a.isalpha() and tokens}
        for t in acronyms:
            weights[t] = max(weights.get(t, 0.0), top)
        return TermWeights(q_tokens, weights, frozenset(names), acronyms)

    def term_share(self, weights: TermWeights, text: str) -> tuple[float, list[str]]:
        """The share of the weighted terms that `text` holds, and the terms it lacks, rarest first."""
        absent = {t for t, a in weights.acronyms.items() if not coverage.mentions_name(text, a)}
        doc = set(tokenize([text])[0]) - absent | {t for t in absent if spelled_out(weights.acronyms[t], text)}
        share = coverage.term_coverage(weights.tokens, doc, weights.weights, exact=weights.exact)
        missing = [t for t in dict.fromkeys(weights.tokens) if not coverage.holds(doc, t, weights.exact) and weights.weights.get(t, 0) > 0]
        return share, sorted(missing, key=lambda t: -weights.weights.get(t, 0.0))

    def coverage(self, question: str, sources: list[Source], english: bool = True) -> tuple[float, list[str]]:
        """The best share of the question's content terms (weighted by idf) that one of `sources`
        holds, and the terms that source lacks, rarest first. (1.0, []) when it cannot be told.
        A word the collection never uses counts in full when it is a name ("FastGS", "EEG"); with
        `english`, a plain one counts as far as English calls it technical ("retinopathy": a subject
        the collection lacks; "stop": phrasing), at most coverage.UNKNOWN_WEIGHT of the rarest known
        term; without `english` it does not count."""
        weights = self.term_weights(question, english) if sources else None
        if weights is None:
            return 1.0, []
        return max((self.term_share(weights, f"{src.title} {src.text}") for src in sources), key=lambda r: r[0])

    def coverage_gap(self, question: str, sources: list[Source]) -> str:
        """Why none of `sources` is the study the question is about ('' when one may be): its rare
        terms (weighted by idf) are mostly missing from each of them."""
        if self.settings.min_coverage <= 0:
            return ""
        share, missing = self.coverage(question, sources)
        if share >= self.settings.min_coverage:
            if coverage.not_the_survey(question, [f"{src.title} {src.text}" for src in sources]):
                return f"the question asks about a survey or review, and no such abstract says it is one: {coverage.RELATED_STUDY}"
            return ""
        return (f"the closest abstract holds only {share:.0%} of the question's rare terms (missing: {', '.join(missing[:4])}; "
                f"ASSISTANT_MIN_COVERAGE={self.settings.min_coverage}): {coverage.RELATED_STUDY}")

    def term_shares(self, question: str, sources: list[Source]) -> dict[int, float]:
        """Each source's share of the question's rare terms (`coverage`), by number, computed once
        per abstract (one may be both relevant and cited)."""
        shares: dict[int, float] = {}
        for src in sources:
            if src.number not in shares:
                shares[src.number] = self.coverage(question, [src])[0]
        return shares

    def neighbour_gap(self, question: str, cited: list[Source], relevant: list[Source]) -> str:
        """Why the cited abstracts are a neighbour of the study the question is about ('' when they
        may be that study): another relevant abstract holds far more of the question's rare terms.
        "What accuracy does the lightweight network for arc fault diagnosis reach?" drafted from a
        brain-tumour abstract's "accuracy of 91.7 %" (the arc-fault abstract holds 98 % of the
        terms, the tumour one 50 %)."""
        margin = self.settings.neighbour_margin
        if margin <= 0 or not cited or not relevant:
            return ""
        shares = self.term_shares(question, [*relevant, *cited])
        share = max(shares[src.number] for src in cited)
        best = max(relevant, key=lambda src: shares[src.number])
        best_share = shares[best.number]
        if best_share - share < margin:
            return ""
        return (f"the cited abstract holds {share:.0%} of the question's rare terms and [{best.number}] {best_share:.0%} "
                f"(ASSISTANT_NEIGHBOUR_MARGIN={margin}): {coverage.NEIGHBOUR_STUDY}")

    # --- answer shapes -----------------------------------------------------------
    def _refuse(self, turn: Turn) -> Answer:
        return self.refusal(turn, turn.refuse)

    def _survey(self, turn: Turn) -> Answer:
        """Listing and survey questions: every relevant abstract (at least `list_ratio` of the best
        score), each with its sentence closest to the question (for a survey, preferring what the paper
        itself does: `survey_own_work`), cited. A capable server model
        writes a short synthesis instead, every sentence of it verified."""
        s = self.settings
        best = max(src.score for src in turn.sources)
        cutoff = max(s.min_relevance, s.list_ratio * best)
        chosen = [src for src in turn.sources if src.score >= cutoff]
        if turn.question.kind == "survey" and len(chosen) < s.survey_min_sources:
            # "What do these papers propose for mitigating hallucinations?" listed one abstract (HACK, 0.53), the five
            # mitigation abstracts scoring 0.25-0.36 below LIST_RATIO of it (fresh118-17)
            ranked = sorted((src for src in turn.sources if src.score >= s.min_relevance), key=lambda src: -src.score)
            chosen = [src for src in turn.sources if src in ranked[:s.survey_min_sources]]
        if turn.question.kind == "survey" and self.llm.caps.capable and len(chosen) > 1:
            answer = drafting.synthesis(self, turn, chosen)
            if answer is not None:
                return answer
        claims = []
        survey = turn.question.kind == "survey"
        proposals = survey and asks_proposals(turn.text)
        for src in chosen:
            sentence = turn.evidence.best_sentence(src.number, s.survey_own_work if survey else 0.0,
                                                   s.survey_proposal if proposals else 0.0, put_forward=proposals)
            claims.append(Claim(text=sentence, cited=[src.number], support={src.number: 1.0}, quotes={src.number: sentence}))
        what = "which abstracts" if turn.question.kind == "listing" else "about several abstracts"
        turn.notes.append(f"the question asks {what}: answered from retrieval, one matching sentence per relevant abstract ({len(chosen)} of {len(turn.sources)})")
        return self.answer(turn, " ".join(c.rendered for c in claims), claims, grounded=True)

    def _summary(self, turn: Turn) -> Answer:
        return summaries.answer(self, turn)

    def _verdict(self, turn: Turn) -> Answer:
        return verdicts.answer(self, turn)

    def _draft(self, turn: Turn) -> Answer:
        return drafting.answer(self, turn)

    # --- assembling the Answer -------------------------------------------------
    def refusal(self, turn: Turn, why: str, *, verdict: str | None = None) -> Answer:
        turn.notes.append(why)
        text = read_prompt("refusal", self.settings.prompts_dir)
        return self.answer(turn, text, [], refused=True, verdict=verdict)

    def answer(self, turn: Turn, text: str, claims: list[Claim], *, refused: bool = False, grounded: bool = False,
               verdict: str | None = None, stances: dict[int, str] | None = None) -> Answer:
        by_number = {src.number: src for src in turn.sources}
        cited: dict[int, Citation] = {}
        for c in claims:
            for n in c.cited:
                support = c.support.get(n, 0.0)
                # dicts keep first-insertion order: citations stay in order of first mention
                if n not in cited or support > cited[n].support:
                    cited[n] = Citation(**by_number[n].model_dump(), quote=c.quotes.get(n, ""), support=support,
                                        stance=(stances or {}).get(n))  # type: ignore[arg-type]
        if turn.question.kind == "yesno" and verdict is None:
            verdict = "unsettled"
        return Answer(
            question=turn.text, text=text, kind=turn.question.kind, verdict=verdict,  # type: ignore[arg-type]
            citations=list(cited.values()), sources=turn.sources,
            refused=refused, grounded=grounded and not refused, model=self.llm.label,
            timings=Timings(retrieval=round(turn.retrieval_s, 3),
                            first_token=round(turn.first_token_s, 3) if turn.first_token_s is not None else None,
                            total=round(time.perf_counter() - turn.started, 3)),
            notes=turn.notes,
        )

    def sentence_sims(self, turn: Turn, question: str, numbers: Iterable[int] | None = None) -> dict[int, np.ndarray]:
        """Each source's sentences' similarity to `question` (the turn's own question was embedded
        when the sources were read; a part or rewrite is embedded here)."""
        ev = turn.evidence
        qvec = self.embedder.encode_queries([question])[0] if question != turn.text else None
        keep = None if numbers is None else set(numbers)
        wanted = [n for n in ev.sentences if keep is None or n in keep]
        return {n: (ev.vectors[n] @ qvec if qvec is not None else ev.question_sims[n]) for n in wanted}

    def context(self, turn: Turn, question: str, numbers: list[int] | None = None) -> str:
        """The numbered excerpts the LLM reads for `question`: each source's best sentences for it,
        within ASSISTANT_CONTEXT_CHARS (whole abstracts when 0)."""
        ev = turn.evidence
        sims = self.sentence_sims(turn, question, numbers)
        budget = self.settings.context_chars
        # a part of a multi-part question reads most from the abstract closest to that part, not from
        # the one that ranked first for the whole question
        top = max(sims, key=lambda n: float(sims[n].max())) if question in turn.question.parts else None
        chosen = (select_sentences({n: ev.sentences[n] for n in sims}, sims, budget, top) if budget
                  else {n: ev.sentences[n] for n in sims})
        turn.excerpts[question] = chosen
        return format_context([src for src in turn.sources if src.number in sims], {n: " ... ".join(v) for n, v in chosen.items()})


def select_sentences(sentences: dict[int, list[str]], sims: dict[int, np.ndarray], budget: int,
                     top: int | None = None) -> dict[int, list[str]]:
    """Excerpts of each source within a character budget. Every source gets its best sentence; the
    rest of the budget goes to the best remaining sentences, the `top` source's first (default: the
    top-ranked; it holds the answer most often, and a small model answers best from a few
    consecutive sentences)."""
    chosen: dict[int, set[int]] = {n: {int(np.argmax(s))} for n, s in sims.items()}
    used = sum(len(sentences[n][j]) for n, js in chosen.items() for j in js)
    top = min(sims) if top is None else top
    rest = sorted(((n != top, -float(s[j]), n, j) for n, s in sims.items() for j in range(len(s)) if j not in chosen[n]))
    for _not_top, _neg_sim, n, j in rest:
        if used + len(sentences[n][j]) <= budget:
            chosen[n].add(j)
            used += len(sentences[n][j])
    return {n: [sentences[n][j] for j in sorted(js)] for n, js in chosen.items()}
