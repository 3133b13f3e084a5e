"""Rebuild the 120-abstract corpus of the hundred-and-seventeenth arXiv QA set, `fresh115`, from the shared arXiv dump.

    python3 bench/qa/build_fresh115.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (autonomous driving, video question answering, 3D reconstruction, lidar, reranking, jailbreaks and
prompt injection, curricula, contrastive learning, data augmentation, anomaly detection, drugs and molecules, theorem
proving):
  * a paper is eligible for a fresh115 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh115 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh115 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh115_corpus.jsonl and arxiv_fresh115_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH115 = {
    "autonomous-driving-e2e": ([r'autonomous driving|self-driving'], []),
    "video-qa-models": ([r'video question answering|video qa|videoqa'], []),
    "scene-reconstruction-3d": ([r'3d reconstruction|scene reconstruction'], []),
    "lidar-perception": ([r'lidar'], []),
    "reranking-retrieval": ([r'rerank|dense retriev'], []),
    "jailbreak-injection": ([r'jailbreak|prompt injection'], []),
    "curriculum-methods": ([r'curriculum'], []),
    "contrastive-methods": ([r'contrastive'], []),
    "augmentation-methods": ([r'augmentation'], []),
    "anomaly-detection-methods": ([r'anomal'], []),
    "protein-ligand": ([r'drug|ligand|molecul'], []),
    "theorem-proof-llm": ([r'theorem|\blean\b|formal proof'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh115-19": ("reranking-retrieval", "2511.07555", 11),
}

INVENTED = {"fresh115-20": "Quarrydale"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh115's own exclude a title.
    # as for fresh58 to fresh115, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh115", FRESH115, WITHHELD, INVENTED, sets_before(115), merged(TUNE, HELDOUT, FRESH115),
        withheld_before(sets_before(115)))


if __name__ == "__main__":
    main()
