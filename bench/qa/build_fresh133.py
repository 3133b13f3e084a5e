"""Rebuild the 120-abstract corpus of the hundred-and-thirty-fifth arXiv QA set, `fresh133`, from the shared arXiv dump.

    python3 bench/qa/build_fresh133.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (tracking, open-vocabulary, implicit, scalable, synthetic, interactive,
universal, explainable, collaborative, incremental, probabilistic, long-context):
  * a paper is eligible for a fresh133 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh133 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh133 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh133_corpus.jsonl and arxiv_fresh133_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH133 = {
    "tracking-broad": ([r'tracking'], []),
    "open-vocabulary-broad": ([r'open-vocabulary'], []),
    "implicit-broad": ([r'implicit'], []),
    "scalable-broad": ([r'scalab'], []),
    "synthetic-broad": ([r'synthetic'], []),
    "interactive-broad": ([r'interactiv'], []),
    "universal-broad": ([r'universal'], []),
    "explainable-broad": ([r'explainab'], []),
    "collaborative-broad": ([r'collaborativ'], []),
    "incremental-broad": ([r'incremental'], []),
    "probabilistic-broad": ([r'probabilistic'], []),
    "long-context-broad": ([r'long-context'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh133-19": ("long-context-broad", "2603.06199", 11),
}

INVENTED = {"fresh133-20": "Merrowdale"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh133's own exclude a title.
    # as for fresh58 to fresh133, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh133", FRESH133, WITHHELD, INVENTED, sets_before(133), merged(TUNE, HELDOUT, FRESH133),
        withheld_before(sets_before(133)))


if __name__ == "__main__":
    main()
