"""Rebuild the 120-abstract corpus of the sixty-first arXiv QA set, `fresh59`, from the shared arXiv dump.

    python3 bench/qa/build_fresh59.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (anomaly detection, adversarial attacks, interpretability, active learning, bandits,
spiking and neuromorphic networks, quantum, contrastive learning, tabular data, video, text-to-image, combinatorial
optimisation and scheduling):
  * a paper is eligible for a fresh59 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh59 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh59 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh59_corpus.jsonl and arxiv_fresh59_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH59 = {
    "anomaly-detection": ([r"anomal"], []),
    "adversarial": ([r"adversarial"], []),
    "interpretability": ([r"interpretab|explainab"], []),
    "active-learning": ([r"active learning"], []),
    "bandits": ([r"bandit"], []),
    "spiking": ([r"spiking|neuromorphic"], []),
    "quantum": ([r"quantum"], []),
    "contrastive": ([r"contrastive"], []),
    "tabular": ([r"tabular"], []),
    "video": ([r"video"], []),
    "text-to-image": ([r"text-to-image"], []),
    "combinatorial": ([r"combinatorial|scheduling|routing problem"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh59-19": ("anomaly-detection", "2509.02101", 11),
}

INVENTED = {"fresh59-20": "TabWeaver"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh59's own exclude a title.
    # as for fresh58, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh59", FRESH59, WITHHELD, INVENTED, sets_before(59), merged(TUNE, HELDOUT, FRESH59),
        withheld_before(sets_before(59)))


if __name__ == "__main__":
    main()
