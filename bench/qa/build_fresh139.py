"""Rebuild the 120-abstract corpus of the hundred-and-forty-first arXiv QA set, `fresh139`, from the shared arXiv dump.

    python3 bench/qa/build_fresh139.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (pedestrian, WiFi/CSI,
flood, sport/soccer/football, surgery, patient, news, tree, biology, chemical, review, game):
  * a paper is eligible for a fresh139 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh139 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh139 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh139_corpus.jsonl and arxiv_fresh139_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH139 = {
    "pedestrian-broad": ([r'pedestrian'], []),
    "wifi-broad": ([r'wi-?fi|\bcsi\b'], []),
    "flood-broad": ([r'\bflood'], []),
    "sport-broad": ([r'\bsport|soccer|football'], []),
    "surgery-broad": ([r'surg'], []),
    "patient-broad": ([r'patient'], []),
    "news-broad": ([r'\bnews'], []),
    "tree-broad": ([r'\btree'], []),
    "biology-broad": ([r'\bbiolog'], []),
    "chemical-broad": ([r'chemi'], []),
    "review-broad": ([r'\breview'], []),
    "gaming-broad": ([r'\bgame'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh139-19": ("surgery-broad", "2506.21813", 11),
}

INVENTED = {"fresh139-20": "Ashbery"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh139's own exclude a title.
    # as for fresh58 to fresh139, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh139", FRESH139, WITHHELD, INVENTED, sets_before(139), merged(TUNE, HELDOUT, FRESH139),
        withheld_before(sets_before(139)))


if __name__ == "__main__":
    main()
