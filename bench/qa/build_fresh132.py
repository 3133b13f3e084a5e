"""Rebuild the 120-abstract corpus of the hundred-and-thirty-fourth arXiv QA set, `fresh132`, from the shared arXiv dump.

    python3 bench/qa/build_fresh132.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (document, few-shot, anomaly, calibration, transfer, recognition,
low-resource, conversational, classification, matching, sequence, parameter):
  * a paper is eligible for a fresh132 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh132 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh132 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh132_corpus.jsonl and arxiv_fresh132_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH132 = {
    "document-broad": ([r'\bdocument'], []),
    "few-shot-broad": ([r'few-shot'], []),
    "anomaly-broad": ([r'anomal'], []),
    "calibration-broad": ([r'calibrat'], []),
    "transfer-broad": ([r'\btransfer'], []),
    "recognition-broad": ([r'recognition'], []),
    "low-resource-broad": ([r'low-resource'], []),
    "conversational-broad": ([r'conversational'], []),
    "classification-broad": ([r'classification'], []),
    "matching-broad": ([r'\bmatching'], []),
    "sequence-broad": ([r'\bsequen'], []),
    "parameter-broad": ([r'\bparameter'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh132-19": ("calibration-broad", "2604.19093", 11),
}

INVENTED = {"fresh132-20": "Harrowfold"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh132's own exclude a title.
    # as for fresh58 to fresh132, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh132", FRESH132, WITHHELD, INVENTED, sets_before(132), merged(TUNE, HELDOUT, FRESH132),
        withheld_before(sets_before(132)))


if __name__ == "__main__":
    main()
