"""Rebuild the 120-abstract corpus of the fifty-third arXiv QA set, `fresh51`, from the shared arXiv dump.

    python3 bench/qa/build_fresh51.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters (core tasks and methods this time: reasoning, reinforcement learning, diffusion, segmentation,
retrieval, classification, detection, prediction and forecasting, optimisation, multimodality, generation,
benchmarks):
  * a paper is eligible for a fresh51 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, from tables_before(51), and of fresh51);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh51 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh51_corpus.jsonl and arxiv_fresh51_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH51 = {
    "reasoning": ([r"\breason"], []),
    "reinforcement-learning": ([r"reinforcement learning|\brl\b"], []),
    "diffusion": ([r"diffusion"], []),
    "segmentation": ([r"segment"], []),
    "retrieval": ([r"retriev"], []),
    "classification": ([r"classif"], []),
    "detection": ([r"\bdetect"], []),
    "prediction-forecasting": ([r"forecast|predict"], []),
    "optimization": ([r"optimi[sz]"], []),
    "multimodal": ([r"multimodal|multi-modal"], []),
    "generation": ([r"\bgenerat"], []),
    "benchmarks": ([r"benchmark"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh51-19": ("classification", "2602.18530", 15),
}

INVENTED = {"fresh51-20": "PromptBraid"}


def main() -> None:
    run(__doc__, "fresh51", FRESH51, WITHHELD, INVENTED, sets_before(51), merged(*tables_before(51), FRESH51))


if __name__ == "__main__":
    main()
