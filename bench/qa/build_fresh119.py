"""Rebuild the 120-abstract corpus of the hundred-and-twenty-first arXiv QA set, `fresh119`, from the shared arXiv dump.

    python3 bench/qa/build_fresh119.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (robustness, tokens, memory, humans, uncertainty, search, sensors, knowledge, attacks, causality, the
sea, cities):
  * a paper is eligible for a fresh119 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh119 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh119 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh119_corpus.jsonl and arxiv_fresh119_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH119 = {
    "robust-broad": ([r'robust'], []),
    "token-broad": ([r'\btoken'], []),
    "memory-broad": ([r'memory'], []),
    "human-broad": ([r'\bhuman'], []),
    "uncertainty-broad": ([r'uncertain'], []),
    "search-broad": ([r'\bsearch'], []),
    "sensor-broad": ([r'sensor'], []),
    "knowledge-broad": ([r'knowledge'], []),
    "attack-broad": ([r'attack'], []),
    "causal-broad": ([r'causal'], []),
    "ocean-broad": ([r'ocean|marine|\bsea\b'], []),
    "urban-broad": ([r'urban|\bcity|cities'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh119-19": ("attack-broad", "2507.17554", 11),
}

INVENTED = {"fresh119-20": "Corvane"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh119's own exclude a title.
    # as for fresh58 to fresh119, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh119", FRESH119, WITHHELD, INVENTED, sets_before(119), merged(TUNE, HELDOUT, FRESH119),
        withheld_before(sets_before(119)))


if __name__ == "__main__":
    main()
