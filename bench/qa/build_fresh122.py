"""Rebuild the 120-abstract corpus of the hundred-and-twenty-fourth arXiv QA set, `fresh122`, from the shared arXiv dump.

    python3 bench/qa/build_fresh122.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (agentic, vision, data, learning, model, network, generative,
adaptive, analysis, framework, towards, via):
  * a paper is eligible for a fresh122 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh122 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh122 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh122_corpus.jsonl and arxiv_fresh122_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH122 = {
    "agentic-broad": ([r'agentic'], []),
    "vision-broad": ([r'\bvision\b'], []),
    "data-broad": ([r'\bdata\b'], []),
    "learning-broad": ([r'learning'], []),
    "model-broad": ([r'\bmodels?\b'], []),
    "network-broad": ([r'network'], []),
    "generative-broad": ([r'generative'], []),
    "adaptive-broad": ([r'adaptive'], []),
    "analysis-broad": ([r'analysis'], []),
    "framework-broad": ([r'framework'], []),
    "towards-broad": ([r'\btowards?\b'], []),
    "via-broad": ([r'\bvia\b'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh122-19": ("adaptive-broad", "2504.05774", 11),
}

INVENTED = {"fresh122-20": "Brackenfell"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh122's own exclude a title.
    # as for fresh58 to fresh122, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh122", FRESH122, WITHHELD, INVENTED, sets_before(122), merged(TUNE, HELDOUT, FRESH122),
        withheld_before(sets_before(122)))


if __name__ == "__main__":
    main()
