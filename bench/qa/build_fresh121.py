"""Rebuild the 120-abstract corpus of the hundred-and-twenty-third arXiv QA set, `fresh121`, from the shared arXiv dump.

    python3 bench/qa/build_fresh121.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (faces, language, explanations, datasets, multimodal models, efficiency, time, social data, vehicles and
traffic, image generation, evaluation, rewards):
  * a paper is eligible for a fresh121 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh121 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh121 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh121_corpus.jsonl and arxiv_fresh121_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH121 = {
    "face-broad": ([r'\bface|facial'], []),
    "language-broad": ([r'language'], []),
    "explain-broad": ([r'explain|explanation|interpretab'], []),
    "dataset-broad": ([r'dataset'], []),
    "multimodal-broad": ([r'multimodal|multi-modal'], []),
    "efficient-broad": ([r'efficien'], []),
    "temporal-broad": ([r'temporal|time series'], []),
    "social-broad": ([r'social'], []),
    "vehicle-broad": ([r'vehicle|driving|traffic'], []),
    "image-gen-broad": ([r'image generation|text-to-image|image synthesis'], []),
    "evaluation-broad": ([r'evaluat'], []),
    "reward-broad": ([r'reward'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh121-19": ("reward-broad", "2506.05367", 11),
}

INVENTED = {"fresh121-20": "Wrenholt"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh121's own exclude a title.
    # as for fresh58 to fresh121, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh121", FRESH121, WITHHELD, INVENTED, sets_before(121), merged(TUNE, HELDOUT, FRESH121),
        withheld_before(sets_before(121)))


if __name__ == "__main__":
    main()
