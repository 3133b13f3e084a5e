"""Checking a draft answer against the abstracts it cites: pure functions, no model calls.

The caller embeds the draft's sentences; everything here is arithmetic on those vectors and the
sources' sentence vectors, so it is fast, deterministic and tested without any model.

A citation stands only if its abstract holds a sentence close to the claim (`min_support`) and
every number and name the claim uses. A claim citing the wrong abstract is moved to the one that
supports it clearly better (`reattribute_margin`); an uncited claim is attributed to its best
supporter. A draft that no cited abstract supports is withheld. A claim that copies a piece of a
source's sentence word for word ("LLaMA and Mistral") is supported by that source, though a few
words are far, as vectors, from the whole sentence.

Terms a claim takes from the question ("With VALID-Mol's pipeline, 83 % of the LLM-generated
molecules ...") are the user's words, not the model's invention: whether the abstract is the study
asked about is the coverage gate's judgement. A claim whose only missing terms come from the
question is replaced by the abstract's own sentence that supports it, provided that sentence holds
every number and name the model added."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .citations import Claim, key_terms, missing_terms, plain, uses_term
from .coverage import coined_names, mentions_name, unmentioned
from .schema import Source


@dataclass
class Evidence:
    """The retrieved sources as verification sees them: their sentences, the sentence vectors,
    and each sentence's similarity to the question."""

    sources: list[Source]
    sentences: dict[int, list[str]] = field(default_factory=dict)
    vectors: dict[int, np.ndarray] = field(default_factory=dict)
    question_sims: dict[int, np.ndarray] = field(default_factory=dict)

    @property
    def by_number(self) -> dict[int, Source]:
        return {s.number: s for s in self.sources}

    def text(self, n: int) -> str:
        """What source n says: its title (unless made from the text) and its abstract."""
        src = self.by_number[n]
        return src.text if src.metadata.get("title_derived") or not src.title else f"{src.title}\n{src.text}"

    def best_sentence(self, n: int, own_work: float = 0.0, proposal: float = 0.0, put_forward: bool = False) -> str:
        """The sentence of source n closest to the question; with `own_work`, a sentence about the
        paper's own work ("we …", "this paper …") counts that much closer, and with `proposal` one that says
        what the paper proposes ("we propose …", "this paper presents …") that much more. A
        survey asks what each paper does or finds, and its background sentences ("LLMs often
        hallucinate.") sit close to any question on the topic. With `put_forward` (a survey of what the
        papers propose), only a sentence that puts something forward ("we propose X", "we present …") is
        chosen when the abstract has one."""
        sims = (self.question_sims[n]
                + own_work * np.array([_states(s) and bool(_OWN_WORK.search(s)) for s in self.sentences[n]], dtype=float)
                + proposal * np.array([proposes(s) for s in self.sentences[n]], dtype=float))
        if put_forward and (forward := np.array([puts_forward(s) for s in self.sentences[n]])).any():
            # "What do these papers propose for continual test-time adaptation?" quoted "This paper studies continual
            # test-time adaptation (CTTA), the task of …" and "We formalize this practical problem as …": the task,
            # named in the question's own words, sits closer than the method (fresh128-17)
            sims = np.where(forward, sims, -np.inf)
            # "Building on CoMatcher, we develop a groupwise framework …" sat closer than "… we introduce CoMatcher, a deep
            # multi-view matcher …" (fresh132-18): what the paper puts forward is the thing its title names, when a
            # sentence puts that forward by name. Over the sets' survey questions (`/work/scratch/s64_surveyscan.py` in the
            # session notes) the gold sentence is shown for 463 of the 754 gold abstracts cited (was 440): 31 questions
            # better, 9 worse (mostly a gold mechanism sentence that names nothing of the title)
            # (a name first, "CoMatcher", then a compound of plain words, "Multi-View", which describes more than it names)
            for own in self._title_names(n):
                named = np.array([_puts_forward_name(s, own) for s in self.sentences[n]])
                if named.any():
                    sims = np.where(named, sims, -np.inf)
                    break
        return self.sentences[n][int(np.argmax(sims))]

    def _title_names(self, n: int) -> list[list[str]]:
        """The coined names of source n's title: its names, then its compounds of plain words ("Multi-View")."""
        src = self.by_number[n]
        names = [] if src.metadata.get("title_derived") or not src.title else coined_names(src.title)
        plain = [c for c in names if all(_PLAIN_PART.fullmatch(p) for p in c.split("-"))]
        return [tier for tier in ([c for c in names if c not in plain], plain) if tier]


# A paper speaking of its own work; English, like the abstracts this was measured on (elsewhere no
# sentence gets the preference and the closest one is chosen as before).
_OWN_WORK = re.compile(r"\b(?:we|our|us|this\s+(?:paper|work|study|article|survey|review))\b", re.I)
# the sentence that says what the paper itself does ("introduced" alone is background: "WallGo is a recently
# introduced board game")
PROPOSAL = re.compile(
    r"\b(?:we|this\s+(?:paper|work|study|article|letter|report)|here|our\s+(?:work|paper|study|approach|method))\b[^.;]*?"
    r"\b(?:propos|present|introduc|develop|design|buil[dt]|describ|stud|investigat|examin|explor|address|tackl|formulat|"
    r"offer|construct|creat|analy[sz]|report|releas|contribut|curat|collect|evaluat|benchmark)\w*"
    r"|\b(?:is|are)\s+(?:proposed|presented|introduced|developed)\b", re.I)


def _states(sentence: str) -> bool:
    """A sentence that asks ("Can models know what they do not know?") is no one's work."""
    return not sentence.rstrip().endswith("?")


# what the paper puts forward, not what it studies or addresses ("This paper studies continual test-time adaptation")
_PUTS_FORWARD = re.compile(
    r"\b(?:we|this\s+(?:paper|work|study|article|letter|report)|here|our\s+(?:work|paper|study))\b[^.;]*?"
    r"\b(?:propos|present|introduc|develop|design|buil[dt]|construct|creat|offer|devis)\w*"
    r"|\b(?:is|are)\s+(?:proposed|presented|introduced|developed)\b", re.I)


def puts_forward(sentence: str) -> bool:
    """Does the sentence say what the paper itself puts forward ("we propose X", "this paper presents …")?"""
    return _states(sentence) and bool(_PUTS_FORWARD.search(sentence))


_PLAIN_PART = re.compile(r"[A-Za-z][a-z]*")


def _puts_forward_name(sentence: str, names: list[str]) -> bool:
    """Does the sentence put forward one of the names ("we introduce CoMatcher", "… a framework, named Uni-RCM"): a name
    said after the verb that puts something forward, not before it ("Building on CoMatcher, we develop …")?"""
    m = _PUTS_FORWARD.search(sentence) if _states(sentence) else None
    return m is not None and any(mentions_name(sentence[m.end():], name) for name in names)


def proposes(sentence: str) -> bool:
    """Does the sentence say what the paper itself proposes or does (`PROPOSAL`), not ask it?"""
    return _states(sentence) and bool(PROPOSAL.search(sentence))


@dataclass
class Checked:
    """The outcome of verification: the claims with their final citations, what changed, whether
    every claim is supported, and (when the draft must not be shown) why."""

    claims: list[Claim]
    notes: list[str] = field(default_factory=list)
    grounded: bool = False
    withheld: str = ""


def score_claims(claims: list[Claim], claim_vectors: np.ndarray, evidence: Evidence, min_support: float,
                 reattribute_margin: float, question: str = "") -> list[str]:
    """Attach to each claim, for every source, the source sentence that supports it best and its
    similarity. Then fix attribution: an uncited claim, or one whose citations support nothing, is
    given the retrieved source that supports it best, if any does. Returns notes on what changed."""
    notes = []
    for claim, vec in zip(claims, claim_vectors):
        for n, sents in evidence.sentences.items():
            sims = evidence.vectors[n] @ vec
            best = int(np.argmax(sims))
            claim.support[n] = round(float(sims[best]), 4)
            claim.quotes[n] = sents[best]
            claim.missing_terms[n] = missing_terms(claim.text, evidence.text(n))
            copied = copied_from(claim.text, sents)
            if copied:  # a verbatim piece of the source's sentence ("LLaMA and Mistral") is its words
                claim.support[n], claim.quotes[n], claim.missing_terms[n] = 1.0, copied, []
        note = quote_for_misquote(claim, evidence, min_support)
        if note:
            notes.append(note)
        if question:
            note = quote_for_echo(claim, evidence, question, min_support) or quote_for_figures(claim, evidence, question, min_support)
            if note:
                notes.append(note)
        good = [n for n in evidence.sentences if claim.supported_by(n, min_support)]
        if not good:
            continue
        best_n = max(good, key=lambda n: claim.support[n])
        cited_best = max((claim.support[n] for n in claim.cited if claim.supported_by(n, min_support)), default=None)
        if cited_best is not None and claim.support[best_n] - cited_best < reattribute_margin:
            continue
        if claim.cited:
            notes.append(f"citation {''.join(f'[{n}]' for n in claim.cited)} corrected to [{best_n}], the source that supports \"{claim.text}\"")
        else:
            claim.attributed = True
        claim.cited = [best_n]
    return notes


MIN_COPIED_WORDS = 3  # "LLaMA and Mistral"; a lone "0.5" or "GPT-4" is in too many sentences to tell


def copied_from(text: str, sentences: list[str]) -> str:
    """The sentence the claim copies word for word (all of it or a piece of at least
    `MIN_COPIED_WORDS` words), or ''. A short claim copied from its source is supported, though its
    vector is far from the long sentence's."""
    piece = plain(text)
    if len(piece.split()) < MIN_COPIED_WORDS:
        return ""
    return next((sent for sent in sentences if piece in plain(sent)), "")


# a figure as written in a sentence: "10", "0.0047", "10,344" (not the "4" of "GPT-4" or "Qwen2.5")
FIGURE = re.compile(r"(?<![\w.])\d(?:[\d,.]*\d)?(?!\w)")
MISQUOTE_RUN = 6  # words a claim copies in a row from a sentence before a repeated figure counts as its misquote


def misquotes(text: str, sentence: str) -> bool:
    """The claim copies the sentence's words but not its figures: word for word except a figure
    ("4 hours of speech in a previously unseen language" for "Given only 10 hours of speech in a
    previously unseen language", the 4 taken from "four baselines" elsewhere), or a run of its words
    with one of its figures written twice ("… now hide 2000 bits, while achieving … 1 failure bit
    out of 2000", where the sentence says "from 100 to 500 bits"). Each figure is in the abstract,
    so the number check passes it; only the sentence it copies tells that the figure moved."""
    claim, sent = plain(text), plain(sentence)
    found = FIGURE.findall(claim)
    if not found or claim in sent:
        return False
    masked = FIGURE.sub("#", claim)
    if len(masked.split()) >= 4 and masked in FIGURE.sub("#", sent):
        return True
    held = FIGURE.findall(sent)
    if not any(found.count(f) > held.count(f) >= 1 for f in set(found)):
        return False
    words, padded = claim.split(), f" {sent} "
    return any(f" {' '.join(words[i:i + MISQUOTE_RUN])} " in padded for i in range(len(words) - MISQUOTE_RUN + 1))


# a figure and the word it counts or measures ("114 hours", "1,281 labeled"); not a word that only joins ("3 of", "5 and")
_FIGURE_WORD = re.compile(r"(?<![\w.-])(\d(?:[\d,.]*\d)?)\s+([A-Za-z][A-Za-z-]+)")
_JOINING = frozenset("of and or to in on for at by with from than the a an as per vs versus while which that is are was were "
                     "respectively".split())


def swaps_unit(text: str, sentences: list[str]) -> str:
    """The one sentence whose figure the claim kept but whose unit it changed ("114 sessions of dialogue" for "114 hours
    of …", fresh80-21): the figure is followed by another word there, and no sentence says it with the claim's word.
    '' when there is none. The number check passes such a claim (its figure is in the abstract); only the word after
    the figure tells that it now counts something else."""
    from .lexical import tokenize

    def stem(word: str) -> str:
        return " ".join(tokenize([word])[0])

    def short(word: str) -> bool:
        """An abbreviation ("7 ACs" for "7 affine correspondences", "114 h", "5 ms"): no word to compare."""
        return len(word) <= 3 or sum(c.isupper() for c in word) >= 2

    for fig, word in _FIGURE_WORD.findall(" ".join(text.split())):
        if word.lower() in _JOINING or short(word):
            continue
        said = [(s, m.group(1)) for s in sentences
                for m in re.finditer(rf"(?<![\w.-]){re.escape(fig)}\s+([A-Za-z][A-Za-z-]+)", s) if m.group(1).lower() not in _JOINING]
        if not said or any(short(w) or stem(w.lower()) == stem(word.lower()) for _, w in said):
            continue
        if len({s for s, _ in said}) == 1:
            return said[0][0]
    return ""


def holders(evidence: Evidence, numbers: list[int], terms: list[str]) -> list[tuple[int, str]]:
    """The sentences of sources `numbers` that use every one of `terms`, with their source."""
    return [(n, sent) for n in numbers for sent in evidence.sentences.get(n, []) if all(uses_term(sent, t) for t in terms)]


def show_sentence(claim: Claim, n: int, sentence: str) -> None:
    """The claim becomes source n's own sentence, cited to n alone and fully supported by it."""
    claim.text = sentence.strip()
    claim.cited = [n]
    claim.support[n], claim.quotes[n], claim.missing_terms[n] = 1.0, sentence, []


def quote_for_misquote(claim: Claim, evidence: Evidence, min_support: float) -> str:
    """A claim that misquotes a figure of a source's sentence (`misquotes`), or that passes as supported but changed
    what a figure counts (`swaps_unit`), is shown as that sentence, in its own words and figures. Returns a note when it
    was."""
    for n in claim.cited or list(evidence.sentences):
        sents = evidence.sentences.get(n, [])
        sent = next((x for x in [claim.quotes.get(n, "")] + sents if x and misquotes(claim.text, x)), None)
        if sent is None:
            # only a claim that would pass as supported: one far from the sentence, or with words of the model's own,
            # is withheld as before ("80,000 winter photos" for "80,000 annotated frames")
            if claim.support.get(n, 0.0) >= min_support and not claim.missing_terms.get(n) \
                    and (swapped := swaps_unit(claim.text, sents)):
                draft = claim.text
                show_sentence(claim, n, swapped)
                return f"the draft \"{draft}\" changed what a figure of a sentence of [{n}] counts or measures: that sentence is shown"
            continue
        draft = claim.text
        show_sentence(claim, n, sent)
        return f"the draft \"{draft}\" changed a figure of a sentence of [{n}]: that sentence is shown"
    return ""


def quote_for_echo(claim: Claim, evidence: Evidence, question: str, min_support: float) -> str:
    """When a claim lacks support only because it repeats terms of the question that its source
    words differently, show the source's sentence instead (see the module docstring). Returns a
    note when it did."""
    candidates = claim.cited or list(evidence.sentences)
    # a claim another source supports as it stands ("TRACE-Bot constructs …" copied from [1], cited [2]) is that
    # source's: attribution moves it there, rather than [2]'s closest sentence being shown (fresh81-05)
    if any(claim.supported_by(n, min_support) for n in evidence.sentences):
        return ""
    own = [t for t in key_terms(claim.text) if not uses_term(question, t)]

    def holder(n: int) -> str:
        """The sentence of source n to show: the closest to the claim when it holds the model's own terms, else
        the one sentence that holds them all ("… three widely-used benchmarks of SRL (CPB1.0, CoNLL-2009, and
        CoNLL-2012)" for a draft that echoed "LLM-based semantic role labeling", whose vector found the abstract's
        opening sentence on semantic role labeling instead)."""
        if all(uses_term(claim.quotes[n], t) for t in own):
            return claim.quotes[n]
        holding = holders(evidence, [n], own) if own else []
        return holding[0][1] if len(holding) == 1 else ""

    options = {n: sent for n in candidates
               if claim.missing_terms[n] and claim.support[n] >= min_support
               and all(uses_term(question, t) for t in claim.missing_terms[n]) and (sent := holder(n))}
    if not options:
        return ""
    n = max(options, key=lambda m: claim.support[m])
    echoed, draft = claim.missing_terms[n], claim.text
    show_sentence(claim, n, options[n])
    return f"the draft \"{draft}\" repeated the question's {', '.join(echoed)}, which [{n}] words differently: its own sentence is shown"


_FUNCTION_WORDS = frozenset("with were have that from this than each their they them these those there".split())


def quote_for_figures(claim: Claim, evidence: Evidence, question: str, min_support: float) -> str:
    """A claim of bare figures or names in the question's words ("80,000 samples." for "… how many samples
    does each contain?", "They are sourced from Stack Exchange." for "Where are they sourced from?") is too
    short for its vector to find its sentence. When one sentence of the sources it cites holds its figures
    and names, that sentence says what they are, and is shown (the gates after this still judge whether its
    abstract is the study asked about). Returns a note when it was."""
    candidates = claim.cited or list(evidence.sentences)
    if any(claim.supported_by(n, min_support) for n in candidates):
        return ""
    own = [t for t in key_terms(claim.text) if not uses_term(question, t)]
    if not own:
        return ""
    # every other word is the question's ("80,000 winter photos" says what it counts itself)
    named = {w.lower() for t in own for w in re.findall(r"[A-Za-z][A-Za-z-]*", t)}
    words = [w for w in re.findall(r"[a-z][a-z-]{3,}", claim.text.lower()) if w not in _FUNCTION_WORDS and w not in named]
    if unmentioned(words, question):
        return ""
    holding = holders(evidence, candidates, own)
    if len(holding) != 1:
        return ""
    n, sent = holding[0]
    draft = claim.text
    show_sentence(claim, n, sent)
    return f"the draft \"{draft}\" gave only figures or names, in the question's words: the sentence of [{n}] that holds them is shown"


def check(claims: list[Claim], claim_vectors: np.ndarray, evidence: Evidence, *, min_support: float,
          reattribute_margin: float, question: str = "") -> Checked:
    """Score, correct and judge a draft's claims. Unsupported citations are removed from claims that
    keep a supported one; a draft none of whose citations is supported is withheld. With the
    `question`, terms the claim only echoes from it are not held against it (`quote_for_echo`)."""
    notes = score_claims(claims, claim_vectors, evidence, min_support, reattribute_margin, question)
    k = len(evidence.sources)
    for c in claims:
        if c.dropped:
            notes.append(f"dropped citation(s) {', '.join(f'[{n}]' for n in c.dropped)}: only [1]-[{k}] were retrieved")
    supported = [c for c in claims if any(c.supported_by(n, min_support) for n in c.cited)]
    if any(c.cited for c in claims) and not supported:
        return Checked(claims, notes, withheld="draft answer not supported by the abstracts it cites, so withheld")
    for c in claims:
        good = [n for n in c.cited if c.supported_by(n, min_support)]
        if good:
            c.cited = good
        elif c.cited:
            missing = sorted({t for n in c.cited for t in c.missing_terms.get(n, [])})
            why = f" (not in the source: {', '.join(missing)})" if missing else ""
            notes.append(f"unsupported: \"{c.text}\" is not backed by {''.join(f'[{n}]' for n in c.cited)}{why}")
        else:
            notes.append(f"uncited: \"{c.text}\" could not be attributed to any abstract")
    grounded = bool(claims) and all(c in supported for c in claims)
    return Checked(claims, notes, grounded=grounded, withheld="" if supported else "no sentence of the draft could be attributed to an abstract")


def cited_numbers(checked: Checked, min_support: float) -> list[int]:
    return sorted({n for c in checked.claims for n in c.cited if c.supported_by(n, min_support)})
