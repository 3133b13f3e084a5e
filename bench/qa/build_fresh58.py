"""Rebuild the 120-abstract corpus of the sixtieth arXiv QA set, `fresh58`, from the shared arXiv dump.

    python3 bench/qa/build_fresh58.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (navigation, question answering, driving, UAVs and drones, fairness and bias, hallucination,
summarization, knowledge graphs, NeRF and 3D reconstruction, time series, clinical, reinforcement learning):
  * a paper is eligible for a fresh58 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh58 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh58 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh58_corpus.jsonl and arxiv_fresh58_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH58 = {
    "navigation": ([r"navigat"], []),
    "question-answering": ([r"question answering"], []),
    "driving": ([r"driving|autonomous vehicle"], []),
    "uav-drones": ([r"\buavs?\b|drone"], []),
    "fairness-bias": ([r"fairness|\bbias"], []),
    "hallucination": ([r"hallucinat"], []),
    "summarization": ([r"summari[sz]"], []),
    "knowledge-graphs": ([r"knowledge graph"], []),
    "nerf-reconstruction": ([r"\bnerf\b|radiance field|3d reconstruction"], []),
    "time-series": ([r"time[- ]series"], []),
    "clinical": ([r"clinical|patient"], []),
    "reinforcement-learning": ([r"reinforcement learning"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh58-19": ("hallucination", "2606.01033", 11),
}

INVENTED = {"fresh58-20": "LayerLens"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh58's own exclude a title.
    # unlike fresh56 and fresh57, the earlier sets' withheld papers are excluded too: with the relaxed rule an earlier
    # withheld paper (fresh11's 2503.19650) would otherwise enter this corpus
    run(__doc__, "fresh58", FRESH58, WITHHELD, INVENTED, sets_before(58), merged(TUNE, HELDOUT, FRESH58),
        withheld_before(sets_before(58)))


if __name__ == "__main__":
    main()
