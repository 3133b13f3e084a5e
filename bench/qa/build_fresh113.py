"""Rebuild the 120-abstract corpus of the hundred-and-fifteenth arXiv QA set, `fresh113`, from the shared arXiv dump.

    python3 bench/qa/build_fresh113.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (documents and OCR, knowledge graphs, recommendation, drones, underwater imaging, epidemics, sketches,
avatars, garments and fashion, Mamba and state-space models, interpretability, wireless communication):
  * a paper is eligible for a fresh113 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh113 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh113 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh113_corpus.jsonl and arxiv_fresh113_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH113 = {
    "document-ocr-understanding": ([r'\bocr\b|document understanding|document parsing'], []),
    "knowledge-graph-methods": ([r'knowledge graph'], []),
    "recommender-systems-ml": ([r'recommend'], []),
    "uav-drone-vision": ([r'\buav|drone'], []),
    "underwater-imaging": ([r'underwater'], []),
    "epidemic-health-data": ([r'epidem|covid|pandemic'], []),
    "sketch-drawing": ([r'sketch'], []),
    "avatar-generation": ([r'avatar'], []),
    "garment-fashion": ([r'garment|cloth|fashion'], []),
    "mamba-state-space": ([r'mamba|state.space'], []),
    "interpretability-xai": ([r'interpretab|explainab'], []),
    "wireless-communication": ([r'wireless|channel estimation|\bmimo\b'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh113-19": ("underwater-imaging", "2511.08334", 11),
}

INVENTED = {"fresh113-20": "Thistlebrook"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh113's own exclude a title.
    # as for fresh58 to fresh113, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh113", FRESH113, WITHHELD, INVENTED, sets_before(113), merged(TUNE, HELDOUT, FRESH113),
        withheld_before(sets_before(113)))


if __name__ == "__main__":
    main()
