"""GBNF grammars that constrain what a grammar-capable model (the local llama.cpp model, or a
llama.cpp server) can write. The small default model does not cite on request; under these
grammars it cannot leave a sentence uncited, cite a source that was not retrieved, or ramble."""

from __future__ import annotations

NOT_FOUND = "NOT FOUND"
STANCES = ("SUPPORTS", "REFUTES", "NEITHER")


def literal(text: str) -> str:
    return '"' + " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'


def answer_grammar(k: int, max_sentences: int = 2) -> str:
    """One to `max_sentences` sentences, each ending in citations of sources 1..k, or NOT FOUND."""
    nums = " | ".join(f'"{n}"' for n in range(1, k + 1))
    more = ' (" " sentence)?' * (max_sentences - 1)
    return "\n".join([
        f'root ::= "{NOT_FOUND}" | sentence{more}',
        # a full stop only where it cannot end a sentence (0.31, i.e., e.g. the): each sentence must
        # end in its own citation
        'sentence ::= [A-Z0-9] char{8,300} (" " cite "." | ". " cite)',
        # "… 75.89 exact match vs. 94.74 for humans", "e.g. BERT", "Smith et al. (2020)": after an abbreviation
        # (those citations.split_sentences does not cut at) a figure, a name or a bracket may follow the full
        # stop; made to write a lower-case letter there, the model once wrote "vs. nine4.74"
        'char ::= [^\\[\\]\\n.] | "." [0-9a-z,;:)] | ". " [a-z] | [ (] abbrev ". " [0-9A-Z(]',
        'abbrev ::= "vs" | "e.g" | "i.e" | "et al" | "approx" | "cf" | "viz" | "resp" | "Fig" | "Eq" | "Sec"',
        'cite ::= "[" num "]" ("[" num "]")?',
        f"num ::= {nums}",
    ])


def choice_grammar(options: list[tuple[str, int]], allow_not_found: bool = False) -> str:
    """Only allows copying one of the given sentences, cited to its source: when the model keeps
    restating the question, or has to name a number or a link, it must at least pick the sentence
    it thinks answers."""
    alternatives = [literal(f"{sent.rstrip(' .')} [{n}].") for sent, n in options]
    if allow_not_found:
        alternatives.append(literal(NOT_FOUND))
    return "root ::= " + " | ".join(alternatives)


def stance_grammar() -> str:
    """One word: does the evidence sentence support the claim, refute it, or neither?"""
    return "root ::= " + " | ".join(literal(s) for s in STANCES)
