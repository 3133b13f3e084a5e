"""Rebuild the 120-abstract corpus of the ninety-second arXiv QA set, `fresh90`, from the shared arXiv dump.

    python3 bench/qa/build_fresh90.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (boosting and random forests, sharpness and loss landscapes, learning rates and batch sizes, parsing
and syntax, query expansion and rewriting, autoencoders, imitation learning, neuromorphic and in-memory computing,
Hopfield networks and associative memory, neural ODEs and SDEs, program synthesis, transparent and reflective surfaces):
  * a paper is eligible for a fresh90 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh90 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh90 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh90_corpus.jsonl and arxiv_fresh90_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH90 = {
    "boosting-random-forests": ([r"xgboost|gradient boost|random forests?|decision trees?|lightgbm|catboost"], []),
    "sharpness-flat-minima": ([r"sharpness|flat minima|loss landscape|mode connectivity"], []),
    "learning-rate-schedules": ([r"learning rates?|warmup|batch sizes?|weight decay"], []),
    "parsing-grammars": ([r"\bpars(er|ers|ing)\b|syntactic|constituency|treebank"], []),
    "query-expansion": ([r"query expansion|query rewrit|query reformulat|query generation"], []),
    "autoencoders": ([r"autoencoder|auto-encoder"], []),
    "imitation-learning": ([r"imitation learning|behavior cloning|behaviour cloning|from demonstrations?"], []),
    "neuromorphic-memristors": ([r"neuromorphic|memristo|in-memory computing"], []),
    "hopfield-associative": ([r"hopfield|associative memor"], []),
    "neural-odes": ([r"neural odes?|ordinary differential|neural sdes?|stochastic differential"], []),
    "program-synthesis": ([r"program synthesis|inductive program|programming by example"], []),
    "transparent-reflective": ([r"transparent objects?|reflection removal|specular|mirror"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh90-19": ("neuromorphic-memristors", "2606.24075", 11),
}

INVENTED = {"fresh90-20": "Thistlegrave"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh90's own exclude a title.
    # as for fresh58 to fresh89, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh90", FRESH90, WITHHELD, INVENTED, sets_before(90), merged(TUNE, HELDOUT, FRESH90),
        withheld_before(sets_before(90)))


if __name__ == "__main__":
    main()
