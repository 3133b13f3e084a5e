"""Parsing an LLM's `[n]` citations into claims, and the terms (numbers, names) a claim's source must
contain. Whether a citation stands is decided in `verification`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CITE = re.compile(r"\[\s*(\d+(?:\s*(?:[,;]|[-\u2013])\s*\d+)*)\s*\]")
# also a sentence glued to the last one by a missing space ("… a promising direction.In this work, we"): a
# lowercase word, its period and a capitalised word with a space or comma after it (none of the 11,000 set
# abstracts writes a code path like "torch.Tensor objects"); and a LaTeX-marked heading opens one ("… a Linear SVM
# classifier. \\textbf{Results:} The results showed …": glued, the finding read as part of the method, fresh64-13), in
# math mode too ("… social attributes. $\\textbf{Reasoning Amplifies Risk}$: Chain-of-Thought reasoning exacerbates …":
# glued, fresh98-14's finding was never a candidate; 5 of the 17,353 abstracts of the sets and SciFact split differently);
# and a sentence that ends inside a LaTeX command ("posing a fundamental question: \\textit{Do domain-specific experts exist
# in MoE-based LLMs?} To answer the question, we … provide empirical evidence for …": glued, the finding read as the
# question, fresh108-13); and one glued after a closing parenthesis ("… (9.5% vs. 23.2% on average).These results suggest
# …", fresh112-13)
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[\"']|\$?\\[a-z]+\{[A-Z])|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]+[\s,])"
                      r"|(?<=[a-z0-9%]\)[.!?])(?=[A-Z][a-z]+\s)"
                      r"|(?<=[a-z][.?!]\})\s+(?=[A-Z][a-z])")
# "via Hogwild! Inference: a parallel …", "We participate in CheckThat! Task 2": an exclamation mark glued to a
# capitalised word that does not open its sentence is part of a name, not the sentence's end
_NAME_BANG = re.compile(r"\S\s+[A-Z][\w-]*!$")
# "c_3" (an identifier an abstract writes with an underscore) is one term: split, its "3" was
# never found as a whole word of "latent channels c_3 and c_4", and a verbatim quote was withheld
_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.,%-]*[A-Za-z0-9%])?")
_COMMON = {
    "The", "This", "These", "That", "Those", "It", "Its", "They", "Their", "A", "An", "In", "On", "For",
    "By", "With", "To", "Of", "And", "Or", "As", "At", "From", "We", "Our", "Yes", "No", "However",
    "Both", "Each", "Some", "Such", "Also", "Several", "Most", "Many", "Other", "There", "According",
    "Abstract", "Abstracts", "Paper", "Study", "Authors", "Answer", "Question", "Using", "When", "While",
}


# "48.29 vs. 27.87", "e.g. BERT", "Smith et al. 2020", "Fig. 3": a period that ends no sentence
_ABBREVIATION = re.compile(r"(?:^|[\s(\[])(?:vs|e\.g|i\.e|et\s+al|cf|viz|fig|figs|eq|eqs|approx|resp|ca|sec|ref|refs|vol|dr|prof)\.$", re.I)


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for piece in _SENT_END.split(text.strip()):
        piece = piece.strip()
        if not piece:
            continue
        if out and (_ABBREVIATION.search(out[-1]) or _NAME_BANG.search(out[-1])):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def parse_numbers(group: str) -> list[int]:
    """'1', '1, 3', '1-3' -> [1], [1, 3], [1, 2, 3] (ranges capped to stay sane)."""
    nums: list[int] = []
    for part in re.split(r"\s*[,;]\s*", group):
        m = re.fullmatch(r"(\d+)\s*[-\u2013]\s*(\d+)", part)
        if m:
            lo, hi = int(m.group(1)), int(m.group(2))
            nums.extend(range(lo, hi + 1) if 0 < hi - lo < 20 else [lo, hi])
        elif part.isdigit():
            nums.append(int(part))
    return nums


@dataclass
class Claim:
    text: str  # the sentence without its citation markers
    cited: list[int]  # valid source numbers, in order
    dropped: list[int] = field(default_factory=list)  # numbers outside 1..k
    support: dict[int, float] = field(default_factory=dict)
    quotes: dict[int, str] = field(default_factory=dict)
    missing_terms: dict[int, list[str]] = field(default_factory=dict)
    attributed: bool = False  # citation added by us, not the model

    def supported_by(self, n: int, threshold: float) -> bool:
        return self.support.get(n, 0.0) >= threshold and not self.missing_terms.get(n)

    @property
    def rendered(self) -> str:
        body = self.text.rstrip()
        end = body[-1] if body and body[-1] in ".!?" else ""
        body = body[:-1].rstrip() if end else body
        marks = "".join(f"[{n}]" for n in self.cited)
        return f"{body} {marks}{end or '.'}" if marks else f"{body}{end}"


def plain(text: str) -> str:
    """A sentence as compared with another: lower case, spaces collapsed, no final full stop."""
    return " ".join(text.lower().split()).rstrip(".")


def parse_claims(text: str, k: int) -> list[Claim]:
    """Split an answer into sentences and collect each sentence's citations.
    `[1][3]`, `[1, 3]`, `[1-3]` all work; a citation group that opens a sentence belongs to the one before."""
    claims: list[Claim] = []
    for sentence in split_sentences(text):
        lead = re.match(r"^((?:\s*\[[^\]]*\])+)\s*", sentence)
        if lead and claims and _CITE.search(lead.group(1)):
            _add_numbers(claims[-1], lead.group(1), k)
            sentence = sentence[lead.end():]
        if not sentence.strip():
            continue
        claim = Claim(text="", cited=[])
        _add_numbers(claim, sentence, k)
        claim.text = re.sub(r"\s+([.,;:!?])", r"\1", _CITE.sub("", sentence)).strip()
        if claim.text and re.search(r"\w", claim.text):
            claims.append(claim)
        elif claims:
            claims[-1].cited.extend(n for n in claim.cited if n not in claims[-1].cited)
    return claims


def _add_numbers(claim: Claim, text: str, k: int) -> None:
    for m in _CITE.finditer(text):
        for n in parse_numbers(m.group(1)):
            if 1 <= n <= k:
                if n not in claim.cited:
                    claim.cited.append(n)
            elif n not in claim.dropped:
                claim.dropped.append(n)


def key_terms(text: str) -> list[str]:
    """Numbers and names: what a small model invents most often, and what a source must contain."""
    terms = []
    tokens = list(_TOKEN.finditer(text))
    for i, m in enumerate(tokens):
        term = m.group(0)
        has_digit = any(c.isdigit() for c in term)
        is_name = term[0].isupper() or any(c.isupper() for c in term[1:])
        if not (has_digit or is_name) or term in _COMMON:
            continue
        # an ordinary word that starts the sentence; not the first word of a name ("Elephant Arabic--English" was
        # drafted for "Egyptian Arabic--English", fresh104-02): a plain word, no verb or adverb form, right before
        # another capitalised word
        leads_name = i + 1 < len(tokens) and tokens[i + 1].group(0)[0].isupper() \
            and text[m.end():tokens[i + 1].start()].strip() == "" and not re.search(r"(?:ing|ed|ly)$", term)
        if i == 0 and term.istitle() and not has_digit and not leads_name:
            continue
        terms.append(term)
    return terms


NUMBER_WORDS = {str(i): w for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
# the tens above twenty, and "twenty" for compounds ("sixty-nine")
TENS_WORDS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}


def uses_term(text: str, term: str) -> bool:
    """`term` occurs in `text` as a whole word (case-insensitive); a small number also as its word
    ("5" in "five public datasets")."""
    forms = [term] + ([NUMBER_WORDS[term]] if term in NUMBER_WORDS else [])
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text, re.I) for f in forms)


def missing_terms(claim: str, source_text: str) -> list[str]:
    """Key terms of the claim that the source never uses as a whole word (case-insensitive)."""
    return [t for t in dict.fromkeys(key_terms(claim)) if not uses_term(source_text, t)]
