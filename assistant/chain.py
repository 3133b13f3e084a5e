"""The answer chain, one LangChain runnable:
retrieve -> number the sources -> prompt -> LLM -> parse and verify citations -> Answer."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable, RunnableBranch, RunnableConfig, RunnableLambda

from . import citations as cit
from . import coverage
from .errors import AssistantError, InputRejected, LLMUnavailable
from .llm import LocalChatModel, model_label, server_url
from .prompts import chat_prompt, fence, format_context, read_prompt
from .schema import Answer, Citation, Source, Timings

if TYPE_CHECKING:
    from .core import Assistant

NOT_FOUND = "NOT FOUND"
# "Which abstracts discuss X?" lists the abstracts scoring at least this share of the best one: on the
# seeds, the on-topic ones score 0.53-0.62 and the next off-topic ones 0.23 (counting) or 0.41 (KG).
LIST_RATIO = 0.75


def answer_grammar(k: int) -> str:
    """GBNF for the local model: one or two sentences, each ending in citations of sources 1..k,
    or NOT FOUND. The model cannot cite what was not retrieved, nor leave a sentence uncited."""
    nums = " | ".join(f'"{n}"' for n in range(1, k + 1))
    return "\n".join([
        f'root ::= "{NOT_FOUND}" | sentence (" " sentence)?',
        # a full stop only where it cannot end a sentence (0.31, i.e., e.g. the): each sentence must
        # end in its own citation
        'sentence ::= [A-Z0-9] char{8,300} (" " cite "." | ". " cite)',
        'char ::= [^\\[\\]\\n.] | "." [0-9a-z,;:)] | ". " [a-z]',
        'cite ::= "[" num "]" ("[" num "]")?',
        f"num ::= {nums}",
    ])


def choice_grammar(options: list[tuple[str, int]]) -> str:
    """GBNF that only allows copying one of the given sentences, cited to its source: when the
    model keeps restating the question, it must at least pick the sentence it thinks answers."""
    def literal(text: str) -> str:
        return '"' + " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'
    alternatives = [literal(f"{sent.rstrip(' .')} [{n}].") for sent, n in options]
    return "root ::= " + " | ".join(alternatives)


def select_sentences(sentences: dict[int, list[str]], sims: dict[int, np.ndarray], budget: int) -> dict[int, list[str]]:
    """Excerpts of each source within a character budget. Every source gets its best sentence; the
    rest of the budget goes to the best remaining sentences, the top-ranked source's first (it holds
    the answer most often, and a small model answers best from a few consecutive sentences)."""
    chosen: dict[int, set[int]] = {n: {int(np.argmax(s))} for n, s in sims.items()}
    used = sum(len(sentences[n][j]) for n, js in chosen.items() for j in js)
    top = min(sims)
    rest = sorted(((n != top, -float(s[j]), n, j) for n, s in sims.items() for j in range(len(s)) if j not in chosen[n]))
    for _not_top, _neg_sim, n, j in rest:
        if used + len(sentences[n][j]) <= budget:
            chosen[n].add(j)
            used += len(sentences[n][j])
    return {n: [sentences[n][j] for j in sorted(js)] for n, js in chosen.items()}


@dataclass
class Turn:
    """What one question accumulates on its way through the chain."""

    question: str
    k: int
    started: float
    sources: list[Source] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    retrieval_s: float = 0.0
    first_token_s: float | None = None
    sentences: dict[int, list[str]] = field(default_factory=dict)
    sentence_vectors: dict[int, np.ndarray] = field(default_factory=dict)
    context: str = ""
    question_sims: dict[int, np.ndarray] = field(default_factory=dict)  # each source sentence vs the question
    excerpts: dict[int, list[str]] = field(default_factory=dict)  # the sentences the LLM is shown
    refuse: str = ""  # why the LLM is not called, if it is not
    focus: coverage.Focus = field(default_factory=coverage.Focus)


class AnswerChain:
    def __init__(self, assistant: Assistant, llm: BaseChatModel) -> None:
        self.assistant = assistant
        self.llm = llm
        self.settings = assistant.settings
        self.runnable: Runnable[dict[str, Any], Answer] = (
            RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._number_sources, name="number_sources")
            | RunnableBranch(
                (lambda t: t.refuse, RunnableLambda(self._refuse, name="refuse")),
                (lambda t: coverage.asks_for_abstracts(t.question), RunnableLambda(self._list_abstracts, name="list_abstracts")),
                RunnableLambda(self._generate_and_verify, name="generate_and_verify"),
            )
        ).with_config(run_name="answer")

    def invoke(self, question: str, k: int | None = None, sources: list[Source] | None = None,
               config: RunnableConfig | None = None) -> Answer:
        return self.runnable.invoke({"question": question, "k": k, "sources": sources}, config=config)

    # --- steps -------------------------------------------------------------
    def _retrieve(self, inputs: dict[str, Any]) -> Turn:
        s = self.settings
        question = " ".join(str(inputs.get("question") or "").split())
        if not question:
            raise InputRejected("the question is empty")
        turn = Turn(question=question, k=int(inputs.get("k") or s.k), started=time.perf_counter())
        if len(question) > s.max_question_chars:
            turn.question = question[: s.max_question_chars].rsplit(" ", 1)[0]
            turn.notes.append(f"question trimmed from {len(question):,} to {len(turn.question):,} characters (ASSISTANT_MAX_QUESTION_CHARS)")
        if turn.k < 1:
            raise InputRejected("k must be at least 1")
        given = inputs.get("sources")
        turn.sources = list(given) if given is not None else self.assistant.retrieve(turn.question, turn.k)
        turn.retrieval_s = time.perf_counter() - turn.started
        if not turn.sources:
            raise AssistantError(f"collection '{self.assistant.settings.collection}' is empty: add abstracts with `assistant ingest PATH`")
        best = max(src.score for src in turn.sources)
        if best < s.min_relevance:
            turn.refuse = f"best source similarity {best:.2f} is below ASSISTANT_MIN_RELEVANCE={s.min_relevance}; the LLM was not called"
        elif s.focus_check:
            turn.focus = coverage.question_focus(turn.question)
            # only the relevant sources count: a distant abstract that happens to say "optimization"
            # is not where the answer to "which optimizer ..." would be
            missing = coverage.uncovered(turn.focus, [f"{src.title} {src.text}" for src in turn.sources if src.score >= s.min_relevance])
            if missing:
                turn.refuse = f"the question asks for {', '.join(missing)!r}, which no relevant retrieved abstract mentions (ASSISTANT_FOCUS_CHECK); the LLM was not called"
        return turn

    def _number_sources(self, turn: Turn) -> Turn:
        """Pick the sentences of each source that matter for the question: the prompt is read at
        ~100 tokens/s on a 2-core CPU, so whole abstracts would cost seconds per answer."""
        if turn.refuse:
            return turn
        embedder = self.assistant.embedder
        for src in turn.sources:
            turn.sentences[src.number] = cit.split_sentences(src.text) or [src.text]
        flat = [sent for n in turn.sentences for sent in turn.sentences[n]]
        vectors = embedder.encode_documents(flat)
        qvec = embedder.encode_queries([turn.question])[0]
        i = 0
        for n, sents in turn.sentences.items():
            turn.sentence_vectors[n] = vectors[i: i + len(sents)]
            i += len(sents)
        budget = self.settings.context_chars
        turn.question_sims = {n: v @ qvec for n, v in turn.sentence_vectors.items()}
        turn.excerpts = select_sentences(turn.sentences, turn.question_sims, budget) if budget else dict(turn.sentences)
        turn.context = format_context(turn.sources, {n: " ... ".join(sents) for n, sents in turn.excerpts.items()})
        return turn

    def _refuse(self, turn: Turn) -> Answer:
        return self._refusal(turn, turn.refuse)

    def _list_abstracts(self, turn: Turn) -> Answer:
        """'Which abstracts discuss X?' is answered by retrieval: every relevant abstract, each with
        its sentence closest to the question, cited. No LLM, so nothing to verify or invent."""
        cutoff = max(self.settings.min_relevance, LIST_RATIO * max(src.score for src in turn.sources))
        claims = []
        for src in turn.sources:
            if src.score < cutoff:
                continue
            sentence = turn.sentences[src.number][int(np.argmax(turn.question_sims[src.number]))]
            claims.append(cit.Claim(text=sentence, cited=[src.number], support={src.number: 1.0}, quotes={src.number: sentence}))
        turn.notes.append("the question asks which abstracts: answered from retrieval, one matching sentence per relevant abstract, without the LLM")
        return self._answer(turn, " ".join(c.rendered for c in claims), claims, refused=False, grounded=True)

    def _generate(self, turn: Turn, template: str, config: RunnableConfig | None, grammar: str | None = None) -> str:
        prompt = chat_prompt(template, self.settings.prompts_dir)
        messages = prompt.format_messages(context=turn.context, question=turn.question)
        kwargs: dict[str, Any] = {}
        if isinstance(self.llm, LocalChatModel):
            kwargs["grammar"] = grammar or answer_grammar(len(turn.sources))
        parts: list[str] = []
        try:
            # the template name reaches callbacks (the CLI says why it is asking again)
            run_config: RunnableConfig = {**(config or {}), "metadata": {**((config or {}).get("metadata") or {}), "prompt": template}}
            for chunk in self.llm.stream(messages, config=run_config, **kwargs):
                if turn.first_token_s is None:
                    turn.first_token_s = time.perf_counter() - turn.started
                parts.append(str(chunk.content))
        except AssistantError:
            raise
        except Exception as e:  # noqa: BLE001 - every client library raises its own types
            if isinstance(self.llm, LocalChatModel):
                raise LLMUnavailable(f"the local model failed: {e}") from e
            raise LLMUnavailable(
                f"cannot use the {self.settings.llm} LLM server at {server_url(self.settings)} ({type(e).__name__}: {str(e)[:160]}); "
                "check ASSISTANT_LLM_BASE_URL, ASSISTANT_LLM_MODEL and ASSISTANT_LLM_API_KEY"
            ) from e
        return "".join(parts).strip()

    def _generate_and_verify(self, turn: Turn, config: RunnableConfig | None = None) -> Answer:
        s = self.settings
        draft = self._generate(turn, "answer", config)
        claims = self._claims(draft, turn)
        if not _says_not_found(draft) and not any(c.cited for c in claims):
            turn.notes.append("the first answer cited no retrieved abstract; retried with a stricter instruction")
            draft = self._generate(turn, "answer_strict", config)
            claims = self._claims(draft, turn)
        if _says_not_found(draft) or not claims:
            return self._refusal(turn, "the model found no answer in the abstracts")
        notes = self._score(turn, claims)
        if coverage.restates(turn.question, " ".join(c.text for c in claims)):
            again = self._answer_again(turn, claims, config)
            if again:
                turn.notes.append(f"the first answer only restated the question ({draft!r}); asked again for the sentence that answers it")
                draft, claims = again
                notes = self._score(turn, claims)
        turn.notes.extend(notes)
        for c in claims:
            if c.dropped:
                turn.notes.append(f"dropped citation(s) {', '.join(f'[{n}]' for n in c.dropped)}: only [1]-[{len(turn.sources)}] were retrieved")
        cited_any = any(c.cited for c in claims)
        supported = [c for c in claims if any(c.supported_by(n, s.min_support) for n in c.cited)]
        if cited_any and not supported:
            return self._refusal(turn, f"draft answer not supported by the abstracts it cites, so withheld: {draft!r}")
        by_number = {src.number: src for src in turn.sources}
        cited_numbers = {n for c in supported for n in c.cited if c.supported_by(n, s.min_support)}
        missing = coverage.uncovered(turn.focus, [f"{by_number[n].title} {by_number[n].text}" for n in sorted(cited_numbers)])
        if missing:
            return self._refusal(turn, f"the question asks for {', '.join(missing)!r}, which the cited abstracts never mention, so the draft was withheld: {draft!r}")
        for c in claims:
            good = [n for n in c.cited if c.supported_by(n, s.min_support)]
            if good:
                c.cited = good
            elif c.cited:
                missing = sorted({t for n in c.cited for t in c.missing_terms.get(n, [])})
                why = f" (not in the source: {', '.join(missing)})" if missing else ""
                turn.notes.append(f"unsupported: \"{c.text}\" is not backed by {''.join(f'[{n}]' for n in c.cited)}{why}")
            else:
                turn.notes.append(f"uncited: \"{c.text}\" could not be attributed to any abstract")
        text = " ".join(c.rendered for c in claims)
        grounded = bool(claims) and all(c in supported for c in claims)
        return self._answer(turn, text, claims, refused=False, grounded=grounded)

    # --- helpers -----------------------------------------------------------
    def _answer_again(self, turn: Turn, claims: list[cit.Claim], config: RunnableConfig | None) -> tuple[str, list[cit.Claim]] | None:
        """Ask again when the draft only restated the question. The local model may then only copy
        a sentence of the abstract(s) the draft was attributed to: it usually finds the right
        abstract, just not the sentence. The prompt prefix is unchanged, so llama.cpp reads only
        the new instruction. Returns None when the second try is no better."""
        cited = {n for c in claims for n in c.cited} or set(turn.excerpts)
        options = [(fence(sent), n) for n, sents in turn.excerpts.items() if n in cited for sent in sents
                   if not coverage.restates(turn.question, sent)]
        grammar = choice_grammar(options) if isinstance(self.llm, LocalChatModel) and options else None
        again = self._generate(turn, "answer_again", config, grammar=grammar)
        again_claims = self._claims(again, turn)
        if not again_claims or coverage.restates(turn.question, " ".join(c.text for c in again_claims)):
            return None
        return again, again_claims

    def _refusal(self, turn: Turn, why: str) -> Answer:
        turn.notes.append(why)
        return self._answer(turn, read_prompt("refusal", self.settings.prompts_dir), [], refused=True, grounded=False)

    def _claims(self, draft: str, turn: Turn) -> list[cit.Claim]:
        return [] if _says_not_found(draft) else cit.parse_claims(draft, len(turn.sources))

    def _score(self, turn: Turn, claims: list[cit.Claim]) -> list[str]:
        """Support of each claim by each source, citations corrected; returns notes on corrections."""
        vectors = self.assistant.embedder.encode_documents([c.text for c in claims])
        texts = {src.number: src.text for src in turn.sources}
        return cit.score_claims(claims, vectors, turn.sentences, turn.sentence_vectors, texts, self.settings.min_support)

    def _answer(self, turn: Turn, text: str, claims: list[cit.Claim], *, refused: bool, grounded: bool) -> Answer:
        by_number = {src.number: src for src in turn.sources}
        cited: dict[int, Citation] = {}
        for c in claims:
            for n in c.cited:
                support = c.support.get(n, 0.0)
                # dicts keep first-insertion order: citations stay in order of first mention
                if n not in cited or support > cited[n].support:
                    cited[n] = Citation(**by_number[n].model_dump(), quote=c.quotes.get(n, ""), support=support)
        return Answer(
            question=turn.question, text=text, citations=list(cited.values()), sources=turn.sources,
            refused=refused, grounded=grounded and not refused, model=model_label(self.llm, self.settings),
            timings=Timings(retrieval=round(turn.retrieval_s, 3),
                            first_token=round(turn.first_token_s, 3) if turn.first_token_s is not None else None,
                            total=round(time.perf_counter() - turn.started, 3)),
            notes=turn.notes,
        )


def _says_not_found(text: str) -> bool:
    t = text.strip().upper()
    return t.startswith(NOT_FOUND) or t.startswith("I CANNOT ANSWER") or t.startswith("THE ABSTRACTS DO NOT")
