"""Rebuild the 120-abstract corpus of the hundred-and-twenty-ninth arXiv QA set, `fresh127`, from the shared arXiv dump.

    python3 bench/qa/build_fresh127.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (benchmarking, survey, autonomous, mixture, noise, compositional, synthesis,
distribution, simulation, pretraining, tuning, large):
  * a paper is eligible for a fresh127 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh127 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh127 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh127_corpus.jsonl and arxiv_fresh127_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH127 = {
    "benchmarking-broad": ([r'benchmarking'], []),
    "survey-broad": ([r'\bsurvey\b'], []),
    "autonomous-broad": ([r'autonom'], []),
    "mixture-broad": ([r'mixture'], []),
    "noise-broad": ([r'\bnois'], []),
    "compositional-broad": ([r'compositi'], []),
    "synthesis-broad": ([r'synthes'], []),
    "distribution-broad": ([r'distribut'], []),
    "simulation-broad": ([r'simulat'], []),
    "pretraining-broad": ([r'pre-?train'], []),
    "tuning-broad": ([r'\btuning\b'], []),
    "large-broad": ([r'\blarge\b'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh127-19": ("mixture-broad", "2509.04816", 11),
}

INVENTED = {"fresh127-20": "Penhallow"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh127's own exclude a title.
    # as for fresh58 to fresh127, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh127", FRESH127, WITHHELD, INVENTED, sets_before(127), merged(TUNE, HELDOUT, FRESH127),
        withheld_before(sets_before(127)))


if __name__ == "__main__":
    main()
