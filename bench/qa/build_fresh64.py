"""Rebuild the 120-abstract corpus of the sixty-sixth arXiv QA set, `fresh64`, from the shared arXiv dump.

    python3 bench/qa/build_fresh64.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (architecture search and AutoML, UAVs and drones, splatting and radiance fields,
long context, kernels and Gaussian processes, sampling and MCMC, tensors and low rank, out-of-distribution and
open-set, music and audio, law, biosignals and sleep, mathematics):
  * a paper is eligible for a fresh64 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh64 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh64 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh64_corpus.jsonl and arxiv_fresh64_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH64 = {
    "architecture-search": ([r"architecture search|\bnas\b|automl|hyperparameter"], []),
    "uav-drone": ([r"\buavs?\b|drone|aerial"], []),
    "splatting-nerf": ([r"splatting|\bnerf|radiance field"], []),
    "long-context": ([r"long[- ]context|context window|length extrapolation"], []),
    "kernels-gp": ([r"\bkernels?\b|gaussian process"], []),
    "sampling-mcmc": ([r"\bmcmc\b|monte carlo|langevin|sampler"], []),
    "tensor-lowrank": ([r"tensor|low-rank"], []),
    "ood-open-set": ([r"out-of-distribution|\bood\b|open-set|open set"], []),
    "music-audio": ([r"music|audio|sound"], []),
    "legal-law": ([r"legal|\blaw\b|court|judicial"], []),
    "biosignals": ([r"\beeg\b|\becg\b|sleep|wearable"], []),
    "math-word-problems": ([r"math|theorem|arithmetic"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh64-19": ("long-context", "2601.02872", 17),
}

INVENTED = {"fresh64-20": "SpanLattice"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh64's own exclude a title.
    # as for fresh58 to fresh63, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh64", FRESH64, WITHHELD, INVENTED, sets_before(64), merged(TUNE, HELDOUT, FRESH64),
        withheld_before(sets_before(64)))


if __name__ == "__main__":
    main()
