"""Rebuild the 120-abstract corpus of the hundred-and-twenty-fifth arXiv QA set, `fresh123`, from the shared arXiv dump.

    python3 bench/qa/build_fresh123.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (segment, diffusion, transformer, physics, retrieval, optimization,
reasoning, alignment, spatial, semantic, sparse, multi-agent):
  * a paper is eligible for a fresh123 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh123 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh123 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh123_corpus.jsonl and arxiv_fresh123_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH123 = {
    "segment-broad": ([r'segment'], []),
    "diffusion-broad": ([r'diffusion'], []),
    "transformer-broad": ([r'transformer'], []),
    "physics-broad": ([r'physic'], []),
    "retrieval-broad": ([r'retriev'], []),
    "optimization-broad": ([r'optimi[sz]'], []),
    "reasoning-broad": ([r'reasoning'], []),
    "alignment-broad": ([r'alignment'], []),
    "spatial-broad": ([r'spatial'], []),
    "semantic-broad": ([r'semantic'], []),
    "sparse-broad": ([r'sparse'], []),
    "multi-agent-broad": ([r'multi-agent'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh123-19": ("physics-broad", "2604.08555", 11),
}

INVENTED = {"fresh123-20": "Quillhaven"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh123's own exclude a title.
    # as for fresh58 to fresh123, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh123", FRESH123, WITHHELD, INVENTED, sets_before(123), merged(TUNE, HELDOUT, FRESH123),
        withheld_before(sets_before(123)))


if __name__ == "__main__":
    main()
