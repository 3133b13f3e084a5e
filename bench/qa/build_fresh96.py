"""Rebuild the 120-abstract corpus of the ninety-eighth arXiv QA set, `fresh96`, from the shared arXiv dump.

    python3 bench/qa/build_fresh96.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (causal discovery, denoising, colorization, text-to-video, facial expressions,
hand pose, temporal and dynamic graphs, reading comprehension, dense retrieval, spatial transcriptomics,
polyps, membership inference):
  * a paper is eligible for a fresh96 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh96 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh96 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh96_corpus.jsonl and arxiv_fresh96_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH96 = {
    "causal-discovery": ([r"causal discovery|causal structure learning"], []),
    "image-denoising": ([r"denois"], []),
    "colorization": ([r"coloriz"], []),
    "text-to-video": ([r"text-to-video"], []),
    "facial-expression": ([r"facial expression"], []),
    "hand-pose": ([r"hand pose|hand mesh|hand-object"], []),
    "temporal-graphs": ([r"temporal graph|dynamic graph"], []),
    "reading-comprehension": ([r"reading comprehension"], []),
    "dense-retrieval": ([r"dense retriev|dense passage"], []),
    "spatial-transcriptomics": ([r"spatial transcriptom"], []),
    "polyp-segmentation": ([r"polyp"], []),
    "membership-inference": ([r"membership inference"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh96-19": ("membership-inference", "2605.27020", 11),
}

INVENTED = {"fresh96-20": "Tamberlisk"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh96's own exclude a title.
    # as for fresh58 to fresh95, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh96", FRESH96, WITHHELD, INVENTED, sets_before(96), merged(TUNE, HELDOUT, FRESH96),
        withheld_before(sets_before(96)))


if __name__ == "__main__":
    main()
