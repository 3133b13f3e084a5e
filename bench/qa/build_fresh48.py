"""Rebuild the 120-abstract corpus of the fiftieth arXiv QA set, `fresh48`, from the shared arXiv dump.

    python3 bench/qa/build_fresh48.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters (title words this time):
  * a paper is eligible for a fresh48 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, of fresh47, written at the same time, and of fresh48);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh48 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh48_corpus.jsonl and arxiv_fresh48_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH48 = {
    "adaptive": ([r"\badaptive\b"], []),
    "dynamic": ([r"\bdynamic"], []),
    "robust": ([r"\brobust"], []),
    "fairness-bias": ([r"fairness|\bbias(es)?\b|debias"], []),
    "interpretable": ([r"interpretab|mechanistic|probing"], []),
    "unified": ([r"\bunified\b"], []),
    "fine-grained": ([r"fine-grained"], []),
    "foundation-models": ([r"foundation models?"], []),
    "learning-to": ([r"\blearning to\b"], []),
    "estimation": ([r"\bestimation\b"], []),
    "guided": ([r"-guided\b"], []),
    "novel": ([r"\bnovel\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh48-19": ("adaptive", "2602.19519", 14),
}

INVENTED = {"fresh48-20": "PerturbForge"}


def main() -> None:
    run(__doc__, "fresh48", FRESH48, WITHHELD, INVENTED, sets_before(48), merged(*tables_before(48), FRESH48))


if __name__ == "__main__":
    main()
