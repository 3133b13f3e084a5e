"""Rebuild the 120-abstract corpus of the hundred-and-forty-third arXiv QA set, `fresh141`, from the shared arXiv dump.

    python3 bench/qa/build_fresh141.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (vaccine/COVID, bird/avian,
ocean/marine/sea, math, code, bug/vulnerability, privacy/private, fair, student, decision tree/random forest/boosting,
player, city/urban):
  * a paper is eligible for a fresh141 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh141 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh141 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh141_corpus.jsonl and arxiv_fresh141_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH141 = {
    "vaccine-broad": ([r'vaccin|covid'], []),
    "avian-broad": ([r'\bbird|avian'], []),
    "marine-broad": ([r'\bocean|marine|\bsea\b'], []),
    "mathematics-broad": ([r'\bmath'], []),
    "coding-broad": ([r'\bcode\b'], []),
    "vulnerability-broad": ([r'\bbug|vulnerab'], []),
    "private-broad": ([r'privacy|private'], []),
    "fair-broad": ([r'\bfair'], []),
    "students-broad": ([r'student'], []),
    "ensemble-tree-broad": ([r'decision tree|random forest|boosting'], []),
    "player-broad": ([r'\bplayer'], []),
    "city-broad": ([r'\bcity|urban'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh141-19": ("avian-broad", "2505.16633", 11),
}

INVENTED = {"fresh141-20": "Corvennan"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh141's own exclude a title.
    # as for fresh58 to fresh141, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh141", FRESH141, WITHHELD, INVENTED, sets_before(141), merged(TUNE, HELDOUT, FRESH141),
        withheld_before(sets_before(141)))


if __name__ == "__main__":
    main()
