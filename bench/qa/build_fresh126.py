"""Rebuild the 120-abstract corpus of the hundred-and-twenty-eighth arXiv QA set, `fresh126`, from the shared arXiv dump.

    python3 bench/qa/build_fresh126.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (dynamic, hierarchical, fusion, generalization, structured, instruction,
feedback, consistency, latent, unified, interaction, quality):
  * a paper is eligible for a fresh126 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh126 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh126 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh126_corpus.jsonl and arxiv_fresh126_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH126 = {
    "dynamic-broad": ([r'dynamic'], []),
    "hierarchical-broad": ([r'hierarch'], []),
    "fusion-broad": ([r'fusion'], []),
    "generalization-broad": ([r'generali[sz]'], []),
    "structured-broad": ([r'structur'], []),
    "instruction-broad": ([r'instruction'], []),
    "feedback-broad": ([r'feedback'], []),
    "consistency-broad": ([r'consisten'], []),
    "latent-broad": ([r'latent'], []),
    "unified-broad": ([r'unified|unifying'], []),
    "interaction-broad": ([r'interact'], []),
    "quality-broad": ([r'quality'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh126-19": ("feedback-broad", "2506.11930", 11),
}

INVENTED = {"fresh126-20": "Ashcombe"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh126's own exclude a title.
    # as for fresh58 to fresh126, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh126", FRESH126, WITHHELD, INVENTED, sets_before(126), merged(TUNE, HELDOUT, FRESH126),
        withheld_before(sets_before(126)))


if __name__ == "__main__":
    main()
