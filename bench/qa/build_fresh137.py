"""Rebuild the 120-abstract corpus of the hundred-and-thirty-ninth arXiv QA set, `fresh137`, from the shared arXiv dump.

    python3 bench/qa/build_fresh137.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (poetry, accent, question generation, keyword, abstractive, trial, drug,
cell, X-ray, MRI, ultrasound, dental):
  * a paper is eligible for a fresh137 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh137 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh137 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh137_corpus.jsonl and arxiv_fresh137_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH137 = {
    "poetry-broad": ([r'poet|poem'], []),
    "accent-broad": ([r'accent|dialect'], []),
    "question-generation-broad": ([r'question generation'], []),
    "keyword-broad": ([r'keyword'], []),
    "summarizer-broad": ([r'abstractive'], []),
    "clinical-trial-broad": ([r'trial'], []),
    "drug-broad": ([r'\bdrug'], []),
    "cell-broad": ([r'\bcell'], []),
    "x-ray-broad": ([r'x-ray|radiograph'], []),
    "mri-broad": ([r'\bmri\b'], []),
    "ultrasound-broad": ([r'ultrasound|sonograph'], []),
    "dental-broad": ([r'dental|tooth|teeth'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh137-19": ("ultrasound-broad", "2606.18825", 11),
}

INVENTED = {"fresh137-20": "Quennelby"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh137's own exclude a title.
    # as for fresh58 to fresh137, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh137", FRESH137, WITHHELD, INVENTED, sets_before(137), merged(TUNE, HELDOUT, FRESH137),
        withheld_before(sets_before(137)))


if __name__ == "__main__":
    main()
