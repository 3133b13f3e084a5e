"""Rebuild the 120-abstract corpus of the hundred-and-tenth arXiv QA set, `fresh108`, from the shared arXiv dump.

    python3 bench/qa/build_fresh108.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (Gaussian splatting, speculative decoding, model merging, unlearning, mixtures of experts, retinal
imaging, MRI, optimizers, continual learning, trajectory forecasting, pose estimation, EEG):
  * a paper is eligible for a fresh108 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh108 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh108 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh108_corpus.jsonl and arxiv_fresh108_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH108 = {
    "splat-rendering": ([r'gaussian splat|3d gaussian|3dgs'], []),
    "draft-decoding": ([r'speculative'], []),
    "weight-merging": ([r'merging'], [r'model']),
    "llm-unlearning": ([r'unlearn'], []),
    "moe-routing": ([r'mixture[- ]of[- ]experts|\bmoe\b'], []),
    "retinal-fundus": ([r'retina|fundus'], []),
    "mri-methods": ([r'\bmri\b'], []),
    "optimizer-design": ([r'optimizer'], []),
    "lifelong-learning": ([r'continual|lifelong|incremental learning'], []),
    "motion-forecasting": ([r'trajectory prediction|motion forecasting|trajectory forecasting'], []),
    "pose-estimation-3d": ([r'pose estimation'], []),
    "eeg-signals": ([r'\beeg\b'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh108-19": ("draft-decoding", "2505.02865", 11),
}

INVENTED = {"fresh108-20": "Quarrowby"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh108's own exclude a title.
    # as for fresh58 to fresh108, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh108", FRESH108, WITHHELD, INVENTED, sets_before(108), merged(TUNE, HELDOUT, FRESH108),
        withheld_before(sets_before(108)))


if __name__ == "__main__":
    main()
