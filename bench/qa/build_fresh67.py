"""Rebuild the 120-abstract corpus of the sixty-ninth arXiv QA set, `fresh67`, from the shared arXiv dump.

    python3 bench/qa/build_fresh67.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (wireless and 6G, annotation and crowdsourcing, vision-language-action models,
digital twins and simulators, reward models, explanations, cybersecurity, dataset distillation, spectral methods,
grasping, low-resource languages and dialects, sports and games):
  * a paper is eligible for a fresh67 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh67 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh67 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh67_corpus.jsonl and arxiv_fresh67_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH67 = {
    "wireless-6g": ([r"wireless|\b6g\b|mimo|beamforming"], []),
    "annotation-crowd": ([r"annotat|crowdsourc"], []),
    "vla": ([r"vision-language-action|\bvla\b"], []),
    "digital-twin-simulation": ([r"digital twin|simulator"], []),
    "reward-models": ([r"reward model|preference data|reward hacking"], []),
    "explanations": ([r"counterfactual|explanation"], []),
    "cybersecurity": ([r"malware|intrusion|phishing|cyber"], []),
    "dataset-distillation": ([r"dataset distillation|data pruning|coreset"], []),
    "spectral": ([r"spectral|laplacian"], []),
    "grasping": ([r"grasp"], []),
    "low-resource-languages": ([r"low-resource|african|indic\b|dialect"], []),
    "sports-games": ([r"chess|poker|football|soccer|basketball|esports|tennis"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh67-19": ("reward-models", "2505.12225", 18),
}

INVENTED = {"fresh67-20": "GraspWeaver"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh67's own exclude a title.
    # as for fresh58 to fresh66, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh67", FRESH67, WITHHELD, INVENTED, sets_before(67), merged(TUNE, HELDOUT, FRESH67),
        withheld_before(sets_before(67)))


if __name__ == "__main__":
    main()
