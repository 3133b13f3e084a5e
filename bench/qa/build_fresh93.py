"""Rebuild the 120-abstract corpus of the ninety-fifth arXiv QA set, `fresh93`, from the shared arXiv dump.

    python3 bench/qa/build_fresh93.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (mixup and label smoothing, link prediction, beamforming and MIMO, Shapley values,
Gaussian mixtures, capsules, attention heads, negative sampling, vehicle routing, hypernetworks, score matching,
consistency models):
  * a paper is eligible for a fresh93 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh93 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh93 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh93_corpus.jsonl and arxiv_fresh93_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH93 = {
    "mixup-label-smoothing": ([r"label smoothing|mixup|cutmix"], []),
    "link-prediction": ([r"link prediction|knowledge graph completion"], []),
    "beamforming-mimo": ([r"beamforming|\bmimo\b"], []),
    "shapley-values": ([r"shapley"], []),
    "gaussian-mixtures": ([r"gaussian mixture|mixture models?"], []),
    "capsule-networks": ([r"capsule"], []),
    "attention-heads": ([r"attention heads?"], []),
    "negative-sampling": ([r"negative sampl|hard negatives?"], []),
    "vehicle-routing-tsp": ([r"traveling salesman|travelling salesman|vehicle routing"], []),
    "hypernetworks": ([r"hypernetwork"], []),
    "score-matching": ([r"score matching|score-based"], []),
    "consistency-models": ([r"consistency models?|consistency distillation"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh93-19": ("shapley-values", "2602.09489", 11),
}

INVENTED = {"fresh93-20": "Fenwhistle"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh93's own exclude a title.
    # as for fresh58 to fresh92, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh93", FRESH93, WITHHELD, INVENTED, sets_before(93), merged(TUNE, HELDOUT, FRESH93),
        withheld_before(sets_before(93)))


if __name__ == "__main__":
    main()
