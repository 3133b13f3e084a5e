"""Rebuild the 120-abstract corpus of the fifth arXiv QA set, `fresh3`, from the shared arXiv dump.

    python3 bench/qa/build_fresh3.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py, build_fresh.py and build_fresh2.py (see
README.md), with 12 new clusters:
  * a paper is eligible for a fresh3 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh3 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py and the 15 fresh2 clusters of build_fresh2.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl or
    arxiv_fresh2_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh3 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh3_corpus.jsonl and arxiv_fresh3_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations


from build_corpora import HELDOUT, TUNE
from build_fresh import FRESH, run
from build_fresh2 import FRESH2


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH3 = {
    "tokenization": ([r"tokeniz"], []),
    "in-context-learning": ([r"in-context learning"], []),
    "reward-modeling": ([r"reward model"], []),
    "captioning": ([r"caption"], []),
    "audio": ([r"\baudio\b|\bsound\b|acoustic"], []),
    "neural-radiance-fields": ([r"radiance field|\bnerf"], []),
    "information-extraction": ([r"information extraction|named entity|relation extraction|entity recognition"], []),
    "causal-inference": ([r"causal inference|causal effect|treatment effect|causal discovery"], []),
    "clinical-nlp": ([r"clinical", r"language model|\bnlp\b|notes|\bllms?\b|text"], []),
    "earth-observation": ([r"remote sensing|earth observation|satellite imag"], []),
    "chip-design": ([r"verilog|\brtl\b|\beda\b|chip design|hardware design|logic synthesis|circuit design|analog circuit|high-level synthesis|\bhdl\b|system-on-chip"], []),
    "education": ([r"educat|tutoring|\btutors?\b|\bstudents?\b|classroom"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh3-19": ("chip-design", "2601.21448", 19),
}

INVENTED = {"fresh3-20": "CapSmith"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3}
    assert len(every) == len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3), "cluster names must be distinct"
    run(__doc__, "fresh3", FRESH3, WITHHELD, INVENTED, ("tune", "heldout", "fresh", "fresh2"), every)

if __name__ == "__main__":
    main()
