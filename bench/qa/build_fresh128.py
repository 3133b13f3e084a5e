"""Rebuild the 120-abstract corpus of the hundred-and-thirtieth arXiv QA set, `fresh128`, from the shared arXiv dump.

    python3 bench/qa/build_fresh128.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (contrastive, lightweight, continual, zero-shot, bayesian, adversarial, decoding,
sampling, trajectory, preference, personalized, interpretable):
  * a paper is eligible for a fresh128 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh128 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh128 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh128_corpus.jsonl and arxiv_fresh128_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH128 = {
    "contrastive-broad": ([r'contrastive'], []),
    "lightweight-broad": ([r'lightweight'], []),
    "continual-broad": ([r'continual'], []),
    "zero-shot-broad": ([r'zero-shot'], []),
    "bayesian-broad": ([r'bayesian'], []),
    "adversarial-broad": ([r'adversarial'], []),
    "decoding-broad": ([r'decoding'], []),
    "sampling-broad": ([r'sampling'], []),
    "trajectory-broad": ([r'trajector'], []),
    "preference-broad": ([r'preference'], []),
    "personalized-broad": ([r'personali'], []),
    "interpretable-broad": ([r'interpretab'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh128-19": ("preference-broad", "2511.02109", 11),
}

INVENTED = {"fresh128-20": "Tremoran"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh128's own exclude a title.
    # as for fresh58 to fresh128, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh128", FRESH128, WITHHELD, INVENTED, sets_before(128), merged(TUNE, HELDOUT, FRESH128),
        withheld_before(sets_before(128)))


if __name__ == "__main__":
    main()
