"""Rebuild the 120-abstract corpus of the forty-ninth arXiv QA set, `fresh47`, from the shared arXiv dump.

    python3 bench/qa/build_fresh47.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters (research topics and building blocks this time):
  * a paper is eligible for a fresh47 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, of fresh47 and of fresh48, written at the same time);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh47 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh47_corpus.jsonl and arxiv_fresh47_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH47 = {
    "zero-shot": ([r"zero-shot"], []),
    "causal": ([r"\bcausal"], []),
    "uncertainty-estimates": ([r"uncertaint"], []),
    "driving": ([r"autonomous driving|self-driving"], []),
    "conversation": ([r"dialogue|conversation"], []),
    "privacy": ([r"privacy|differential(ly)? private|membership inference"], []),
    "qa-systems": ([r"question answering"], []),
    "fusion": ([r"\bfusion\b"], []),
    "sparse": ([r"\bsparse"], []),
    "attention": ([r"\battention\b"], []),
    "transformers": ([r"transformer"], []),
    "physics": ([r"physic"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh47-19": ("privacy", "2506.07555", 12),
}

INVENTED = {"fresh47-20": "TokenBraid"}


def main() -> None:
    from build_fresh48 import FRESH48  # written at the same time; its title patterns exclude papers here too
    run(__doc__, "fresh47", FRESH47, WITHHELD, INVENTED, sets_before(47), merged(*tables_before(47), FRESH47, FRESH48))


if __name__ == "__main__":
    main()
