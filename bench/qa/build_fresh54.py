"""Rebuild the 120-abstract corpus of the fifty-sixth arXiv QA set, `fresh54`, from the shared arXiv dump.

    python3 bench/qa/build_fresh54.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters (the most frequent title words of what no earlier cluster could take this time: LLMs, large
language models, language models, learning, neural networks, geometry and rendering, theory and probability,
control and motion, communication and coding, identification and verification, scaling and efficiency,
problems and solving):
  * a paper is eligible for a fresh54 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, from tables_before(54), and of fresh54);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh54 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh54_corpus.jsonl and arxiv_fresh54_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH54 = {
    "llms": ([r"\bllms?\b"], []),
    "large-language-models": ([r"large language models?"], []),
    "language-models": ([r"(?<!large )language models?"], []),
    "learning": ([r"\blearning\b"], []),
    "neural-networks": ([r"\bneural\b|\bnetworks?\b"], []),
    "geometry-rendering": ([r"geometr|\bmesh|render|\bdepth\b|surface|shape"], []),
    "theory-probability": ([r"theor|probabilis|random|entropy|stochastic"], []),
    "control-motion": ([r"control|motion|\bpolic(y|ies)\b"], []),
    "communication-coding": ([r"communicat|antenna|\bcoding\b|secure|transmi"], []),
    "identification-verification": ([r"identif|recogni|verif"], []),
    "scaling-efficiency": ([r"scal|\bfast\b|efficien"], []),
    "problems-solving": ([r"problem|\bsolv|constrain"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh54-19": ("learning", "2507.21420", 15),
}

INVENTED = {"fresh54-20": "PortWeave"}


def main() -> None:
    run(__doc__, "fresh54", FRESH54, WITHHELD, INVENTED, sets_before(54), merged(*tables_before(54), FRESH54))


if __name__ == "__main__":
    main()
