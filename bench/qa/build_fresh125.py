"""Rebuild the 120-abstract corpus of the hundred-and-twenty-seventh arXiv QA set, `fresh125`, from the shared arXiv dump.

    python3 bench/qa/build_fresh125.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (generation, estimation, prediction, control, aware, guided, open, self,
cross, real, policy, context):
  * a paper is eligible for a fresh125 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh125 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh125 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh125_corpus.jsonl and arxiv_fresh125_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH125 = {
    "generation-broad": ([r'generation'], []),
    "estimation-broad": ([r'estimation'], []),
    "prediction-broad": ([r'predict'], []),
    "control-broad": ([r'\bcontrol'], []),
    "aware-broad": ([r'-aware\b'], []),
    "guided-broad": ([r'guided'], []),
    "open-broad": ([r'\bopen\b'], []),
    "self-broad": ([r'\bself-'], []),
    "cross-broad": ([r'\bcross-'], []),
    "real-broad": ([r'\breal\b'], []),
    "policy-broad": ([r'\bpolic'], []),
    "context-broad": ([r'context'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh125-19": ("policy-broad", "2602.06375", 11),
}

INVENTED = {"fresh125-20": "Marlowick"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh125's own exclude a title.
    # as for fresh58 to fresh125, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh125", FRESH125, WITHHELD, INVENTED, sets_before(125), merged(TUNE, HELDOUT, FRESH125),
        withheld_before(sets_before(125)))


if __name__ == "__main__":
    main()
