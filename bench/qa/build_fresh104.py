"""Rebuild the 120-abstract corpus of the hundred-and-sixth arXiv QA set, `fresh104`, from the shared arXiv dump.

    python3 bench/qa/build_fresh104.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (code benchmarks, charts, tables, visual reasoning, multimodal retrieval, image captioning, LiDAR
segmentation, avatars, medical LLMs, bias in LLMs, sketches, repair of code, models and codes):
  * a paper is eligible for a fresh104 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh104 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh104 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh104_corpus.jsonl and arxiv_fresh104_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH104 = {
    "code-benchmarks": (['code.*benchmark|benchmark.*code'], []),
    "chart-qa": (['chart'], []),
    "table-reasoning": (['\\btables?\\b'], []),
    "visual-reasoning": (['visual reasoning'], []),
    "multimodal-retrieval": (['multimodal retrieval|cross-modal retrieval|multi-modal retrieval'], []),
    "image-captioning": (['image captioning'], []),
    "lidar-segmentation": (['lidar.*segmentation|point cloud segmentation|point cloud semantic segmentation'], []),
    "avatars": (['avatar'], []),
    "medical-llm": (['medical'], ['large language model|llm']),
    "bias-llm": (['\\bbias'], ['large language model|llm']),
    "sketch-generation": (['sketch'], []),
    "repair-methods": (['repair'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh104-19": ("repair-methods", "2606.05030", 11),
}

INVENTED = {"fresh104-20": "Quillbourne"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh104's own exclude a title.
    # as for fresh58 to fresh104, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh104", FRESH104, WITHHELD, INVENTED, sets_before(104), merged(TUNE, HELDOUT, FRESH104),
        withheld_before(sets_before(104)))


if __name__ == "__main__":
    main()
