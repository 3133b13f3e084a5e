"""Rebuild the 120-abstract corpus of the hundred-and-twentieth arXiv QA set, `fresh118`, from the shared arXiv dump.

    python3 bench/qa/build_fresh118.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (medicine, benchmarks, hallucination, fairness and bias, quantum, the brain, weather and climate, law,
mathematics, games, chemistry and materials, embodied AI):
  * a paper is eligible for a fresh118 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh118 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh118 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh118_corpus.jsonl and arxiv_fresh118_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH118 = {
    "medical-broad": ([r'medical'], []),
    "benchmark-broad": ([r'benchmark'], []),
    "hallucination-broad": ([r'hallucinat'], []),
    "fairness-broad": ([r'\bfair|\bbias'], []),
    "quantum-broad": ([r'quantum'], []),
    "brain-broad": ([r'brain|\beeg\b|fmri'], []),
    "weather-broad": ([r'weather|climate'], []),
    "legal-broad": ([r'legal|\blaw'], []),
    "math-broad": ([r'\bmath'], []),
    "game-broad": ([r'\bgame'], []),
    "chemistry-broad": ([r'chemi|material'], []),
    "embodied-broad": ([r'embodied'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh118-19": ("hallucination-broad", "2604.10556", 11),
}

INVENTED = {"fresh118-20": "Fenwright"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh118's own exclude a title.
    # as for fresh58 to fresh118, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh118", FRESH118, WITHHELD, INVENTED, sets_before(118), merged(TUNE, HELDOUT, FRESH118),
        withheld_before(sets_before(118)))


if __name__ == "__main__":
    main()
