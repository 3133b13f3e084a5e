"""Rebuild the 120-abstract corpus of the sixty-third arXiv QA set, `fresh61`, from the shared arXiv dump.

    python3 bench/qa/build_fresh61.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (image restoration, tracking, pruning and sparsity, tokenization, prompting,
software engineering, games, on-device and edge, sports, fashion and try-on, PDEs and physics-informed learning,
wildlife and ecology):
  * a paper is eligible for a fresh61 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh61 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh61 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh61_corpus.jsonl and arxiv_fresh61_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH61 = {
    "restoration": ([r"denois|deblur|restoration|dehaz|derain"], []),
    "tracking": ([r"tracking|tracker"], []),
    "pruning-sparsity": ([r"prun|sparsit"], []),
    "tokenization": ([r"tokeniz"], []),
    "prompting": ([r"prompt (?:engineering|optimi[sz]ation|tuning|learning)"], []),
    "software-engineering": ([r"software|\bbugs?\b|program repair|code review"], []),
    "games": ([r"\bgames?\b|chess|poker|minecraft"], []),
    "on-device": ([r"on-device|edge (?:device|computing|ai)|mobile"], []),
    "sports": ([r"sport|football|soccer|basketball|tennis"], []),
    "fashion": ([r"fashion|garment|cloth|try-on"], []),
    "pde-physics": ([r"\bpdes?\b|partial differential|physics-informed|navier|fluid"], []),
    "wildlife": ([r"animal|wildlife|species|ecolog"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh61-19": ("software-engineering", "2504.21798", 16),
}

INVENTED = {"fresh61-20": "BugWeaver"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh61's own exclude a title.
    # as for fresh58 to fresh60, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh61", FRESH61, WITHHELD, INVENTED, sets_before(61), merged(TUNE, HELDOUT, FRESH61),
        withheld_before(sets_before(61)))


if __name__ == "__main__":
    main()
