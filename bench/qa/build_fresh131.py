"""Rebuild the 120-abstract corpus of the hundred-and-thirty-third arXiv QA set, `fresh131`, from the shared arXiv dump.

    python3 bench/qa/build_fresh131.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (forecasting, hand, traffic, tabular, fact, RAG, lidar, depth, pose, chain,
bias, satellite):
  * a paper is eligible for a fresh131 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh131 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh131 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh131_corpus.jsonl and arxiv_fresh131_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH131 = {
    "forecasting-broad": ([r'forecast'], []),
    "hand-broad": ([r'\bhands?\b'], []),
    "traffic-broad": ([r'traffic'], []),
    "tabular-broad": ([r'tabular'], []),
    "fact-broad": ([r'\bfact'], []),
    "rag-broad": ([r'\brag\b'], []),
    "lidar-broad": ([r'lidar'], []),
    "depth-broad": ([r'\bdepth'], []),
    "pose-broad": ([r'\bposes?\b'], []),
    "chain-broad": ([r'\bchain'], []),
    "bias-broad": ([r'\bbias'], []),
    "satellite-broad": ([r'satellite'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh131-19": ("traffic-broad", "2604.24202", 11),
}

INVENTED = {"fresh131-20": "Wendlecombe"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh131's own exclude a title.
    # as for fresh58 to fresh131, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh131", FRESH131, WITHHELD, INVENTED, sets_before(131), merged(TUNE, HELDOUT, FRESH131),
        withheld_before(sets_before(131)))


if __name__ == "__main__":
    main()
