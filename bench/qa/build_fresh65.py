"""Rebuild the 120-abstract corpus of the sixty-seventh arXiv QA set, `fresh65`, from the shared arXiv dump.

    python3 bench/qa/build_fresh65.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (humanoids and legged locomotion, education, finance and trading, remote sensing,
weather and forecasting, energy, clinical records, physics, solvers, causality, knowledge graphs, fairness and bias):
  * a paper is eligible for a fresh65 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh65 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh65 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh65_corpus.jsonl and arxiv_fresh65_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH65 = {
    "humanoid-legged": ([r"humanoid|legged|locomotion|quadruped"], []),
    "education-students": ([r"educat|student|tutor"], []),
    "finance-trading": ([r"financ|stock|trading"], []),
    "remote-sensing": ([r"remote sensing|satellite|hyperspectral"], []),
    "weather-forecast": ([r"weather|forecast"], []),
    "energy": ([r"\benergy\b"], []),
    "ehr-clinical": ([r"electronic health|\behrs?\b|clinical"], []),
    "physics": ([r"physics|physical"], []),
    "solvers": ([r"linear programming|integer programming|combinatorial optimi|\bsolvers?\b|\bsat\b"], []),
    "causal": ([r"causal"], []),
    "knowledge-graph": ([r"knowledge graph"], []),
    "fairness-bias": ([r"fairness|\bbias"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh65-19": ("finance-trading", "2506.02510", 16),
}

INVENTED = {"fresh65-20": "FolioSentinel"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh65's own exclude a title.
    # as for fresh58 to fresh64, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh65", FRESH65, WITHHELD, INVENTED, sets_before(65), merged(TUNE, HELDOUT, FRESH65),
        withheld_before(sets_before(65)))


if __name__ == "__main__":
    main()
