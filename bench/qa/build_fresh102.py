"""Rebuild the 120-abstract corpus of the hundred-and-fourth arXiv QA set, `fresh102`, from the shared arXiv dump.

    python3 bench/qa/build_fresh102.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (traffic forecasting, medical visual question answering, contrastive decoding, industrial anomaly
detection, few-shot segmentation, temporal knowledge graphs, style transfer, text-to-3D, face swapping, deraining,
video super-resolution, agentic retrieval-augmented generation):
  * a paper is eligible for a fresh102 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh102 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh102 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh102_corpus.jsonl and arxiv_fresh102_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH102 = {
    "traffic-forecasting": ([r"traffic forecasting|traffic prediction|traffic flow"], []),
    "medical-vqa": ([r"medical visual question|medical vqa"], []),
    "contrastive-decoding": ([r"contrastive decoding"], []),
    "industrial-anomaly": ([r"industrial anomaly|anomaly detection.*industrial"], []),
    "few-shot-segmentation": ([r"few-shot segmentation|few-shot semantic segmentation"], []),
    "temporal-kg": ([r"temporal knowledge graph"], []),
    "style-transfer": ([r"style transfer"], []),
    "text-to-3d": ([r"text-to-3d"], []),
    "face-swapping": ([r"face swap"], []),
    "deraining": ([r"derain|rain removal"], []),
    "video-super-resolution": ([r"video super-resolution"], []),
    "agentic-rag": ([r"agentic rag|agentic retrieval"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh102-19": ("agentic-rag", "2603.03292", 11),
}

INVENTED = {"fresh102-20": "Brackenmoor"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh102's own exclude a title.
    # as for fresh58 to fresh102, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh102", FRESH102, WITHHELD, INVENTED, sets_before(102), merged(TUNE, HELDOUT, FRESH102),
        withheld_before(sets_before(102)))


if __name__ == "__main__":
    main()
