"""Rebuild the 120-abstract corpus of the hundred-and-thirty-sixth arXiv QA set, `fresh134`, from the shared arXiv dump.

    python3 bench/qa/build_fresh134.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (manipulation, navigation, sentiment, speaker, symbolic, report generation,
compiler, skin, wildfire, humanoid, genomic, hate):
  * a paper is eligible for a fresh134 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh134 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh134 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh134_corpus.jsonl and arxiv_fresh134_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH134 = {
    "manipulation-broad": ([r'manipulat'], []),
    "navigation-broad": ([r'navigat'], []),
    "sentiment-broad": ([r'sentiment'], []),
    "speaker-broad": ([r'speaker'], []),
    "symbolic-broad": ([r'symbolic'], []),
    "report-generation-broad": ([r'report generation'], []),
    "compiler-broad": ([r'compil'], []),
    "skin-broad": ([r'\bskin|dermat'], []),
    "wildfire-broad": ([r'wildfire|\bfire\b'], []),
    "humanoid-broad": ([r'humanoid'], []),
    "genomic-broad": ([r'genom'], []),
    "hate-broad": ([r'\bhate|hateful'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh134-19": ("navigation-broad", "2512.09932", 11),
}

INVENTED = {"fresh134-20": "Caldrith"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh134's own exclude a title.
    # as for fresh58 to fresh134, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh134", FRESH134, WITHHELD, INVENTED, sets_before(134), merged(TUNE, HELDOUT, FRESH134),
        withheld_before(sets_before(134)))


if __name__ == "__main__":
    main()
