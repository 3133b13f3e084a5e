"""Rebuild the 120-abstract corpus of the hundred-and-third arXiv QA set, `fresh101`, from the shared arXiv dump.

    python3 bench/qa/build_fresh101.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (speech language models, 3D object detection, time series foundation models, uncertainty
quantification, MRI and CT reconstruction, video question answering, adversarial training, domain generalization,
source-free adaptation, class-incremental learning, subject-driven generation):
  * a paper is eligible for a fresh101 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh101 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh101 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh101_corpus.jsonl and arxiv_fresh101_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH101 = {
    "speech-llm": ([r"speech language model|speech llm|speech large language"], []),
    "3d-detection": ([r"3d object detection"], []),
    "time-series-foundation": ([r"time series foundation|time-series foundation"], []),
    "uncertainty-quantification": ([r"uncertainty quantification"], []),
    "mri-reconstruction": ([r"mri reconstruction|accelerated mri"], []),
    "ct-reconstruction": ([r"ct reconstruction|sparse-view ct|low-dose ct"], []),
    "video-qa": ([r"video question answering|videoqa"], []),
    "adversarial-training": ([r"adversarial training"], []),
    "domain-generalization": ([r"domain generalization|domain generalisation"], []),
    "source-free": ([r"source-free"], []),
    "class-incremental": ([r"class-incremental|class incremental"], []),
    "subject-driven": ([r"subject-driven|personalized text-to-image|personalized image generation"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh101-19": ("time-series-foundation", "2512.16022", 11),
}

INVENTED = {"fresh101-20": "Wendlesby"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh101's own exclude a title.
    # as for fresh58 to fresh100, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh101", FRESH101, WITHHELD, INVENTED, sets_before(101), merged(TUNE, HELDOUT, FRESH101),
        withheld_before(sets_before(101)))


if __name__ == "__main__":
    main()
