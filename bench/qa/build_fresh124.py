"""Rebuild the 120-abstract corpus of the hundred-and-twenty-sixth arXiv QA set, `fresh124`, from the shared arXiv dump.

    python3 bench/qa/build_fresh124.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (domain, representation, attention, neural, deep, image, text, visual,
evaluating, scaling, enhancing, improving):
  * a paper is eligible for a fresh124 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh124 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh124 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh124_corpus.jsonl and arxiv_fresh124_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH124 = {
    "domain-broad": ([r'\bdomains?\b'], []),
    "representation-broad": ([r'representation'], []),
    "attention-broad": ([r'attention'], []),
    "neural-broad": ([r'\bneural\b'], []),
    "deep-broad": ([r'\bdeep\b'], []),
    "image-broad": ([r'\bimages?\b'], []),
    "text-broad": ([r'\btext\b'], []),
    "visual-broad": ([r'\bvisual\b'], []),
    "evaluating-broad": ([r'evaluat'], []),
    "scaling-broad": ([r'\bscal(?:e|es|ing|able)\b'], []),
    "enhancing-broad": ([r'enhanc'], []),
    "improving-broad": ([r'improv'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh124-19": ("enhancing-broad", "2508.12387", 11),
}

INVENTED = {"fresh124-20": "Thornbury"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh124's own exclude a title.
    # as for fresh58 to fresh124, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh124", FRESH124, WITHHELD, INVENTED, sets_before(124), merged(TUNE, HELDOUT, FRESH124),
        withheld_before(sets_before(124)))


if __name__ == "__main__":
    main()
