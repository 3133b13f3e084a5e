"""Rebuild the 150-abstract corpus of the fourth arXiv QA set, `fresh2`, from the shared arXiv dump.

    python3 bench/qa/build_fresh2.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh.py (see README.md), with
15 new clusters:
  * a paper is eligible for a fresh2 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 15 fresh2 clusters, the 40 tune/heldout clusters of build_corpora.py and the 10 fresh clusters
    of build_fresh.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl or arxiv_fresh_corpus.jsonl are
    never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld papers (the answers to two fresh2 withheld_study traps) rank below 10 in their clusters,
    so they are not in the corpus while their 10 neighbours are; the invented method name (the third
    withheld_study trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh2_corpus.jsonl and arxiv_fresh2_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations


from build_corpora import HELDOUT, TUNE
from build_fresh import FRESH, run


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH2 = {
    "graph-neural-networks": ([r"graph neural network|\bgnns?\b"], []),
    "object-detection": ([r"object detection|object detector"], []),
    "driving-planning": ([r"driving|autonomous vehicle", r"planning|planner"], []),
    "protein": ([r"protein"], []),
    "report-generation": ([r"report generation"], []),
    "human-pose": ([r"human pose|human mesh|body pose"], []),
    "super-resolution": ([r"super[- ]resolution"], []),
    "dialogue": ([r"dialogue|dialog"], []),
    "summarization": ([r"summariz"], []),
    "privacy-attacks": ([r"membership inference|model inversion|training data extraction|attribute inference|privacy attack"], []),
    "adversarial-robustness": ([r"adversarial (attack|robust|example|perturb|training)"], []),
    "neural-architecture-search": ([r"architecture search|\bnas\b"], []),
    "coding-agents": ([r"swe-bench|software engineering|coding agent|code agent|program repair|repository-level"], []),
    "pde-neural-operators": ([r"\bpdes?\b|partial differential|neural operator"], []),
    "llm-serving": ([r"\bserving\b"], []),
}
# The papers that answer two withheld_study traps (a factoid and a yes/no question):
# question id -> (cluster, arXiv id, required rank). The third withheld_study trap asks about an invented
# method; INVENTED lists its name, which must occur in no title or abstract of the dump.
WITHHELD = {
    "fresh2-24": ("coding-agents", "2512.21919", 13),
    "fresh2-25": ("privacy-attacks", "2506.07399", 11),
}

INVENTED = {"fresh2-26": "KVHarbor"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2}
    assert len(every) == len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2), "cluster names must be distinct"
    run(__doc__, "fresh2", FRESH2, WITHHELD, INVENTED, ("tune", "heldout", "fresh"), every)

if __name__ == "__main__":
    main()
