"""Rebuild the 120-abstract corpus of the hundred-and-thirty-second arXiv QA set, `fresh130`, from the shared arXiv dump.

    python3 bench/qa/build_fresh130.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (multilingual, cultural, question, summarization, distillation, caption, pruning,
curriculum, steering, hardware, mesh, wireless):
  * a paper is eligible for a fresh130 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh130 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh130 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh130_corpus.jsonl and arxiv_fresh130_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH130 = {
    "multilingual-broad": ([r'multilingual'], []),
    "cultural-broad": ([r'cultur'], []),
    "question-broad": ([r'\bquestions?\b'], []),
    "summarization-broad": ([r'summar'], []),
    "distillation-broad": ([r'distill'], []),
    "caption-broad": ([r'caption'], []),
    "pruning-broad": ([r'prun'], []),
    "curriculum-broad": ([r'curricul'], []),
    "steering-broad": ([r'steer'], []),
    "hardware-broad": ([r'hardware'], []),
    "mesh-broad": ([r'\bmesh'], []),
    "wireless-broad": ([r'wireless'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh130-19": ("curriculum-broad", "2504.16364", 11),
}

INVENTED = {"fresh130-20": "Oldcastra"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh130's own exclude a title.
    # as for fresh58 to fresh130, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh130", FRESH130, WITHHELD, INVENTED, sets_before(130), merged(TUNE, HELDOUT, FRESH130),
        withheld_before(sets_before(130)))


if __name__ == "__main__":
    main()
