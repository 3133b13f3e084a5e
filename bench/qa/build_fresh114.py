"""Rebuild the 120-abstract corpus of the hundred-and-sixteenth arXiv QA set, `fresh114`, from the shared arXiv dump.

    python3 bench/qa/build_fresh114.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (food and recipes, medical report generation, games, geospatial data and maps, industrial defects,
hands and gestures, energy, citations and scholarly text, optical flow, fonts and handwriting, hyperspectral imaging,
efficient reasoning):
  * a paper is eligible for a fresh114 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh114 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh114 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh114_corpus.jsonl and arxiv_fresh114_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH114 = {
    "food-recipe-ai": ([r'recipe|\bfood|cooking'], []),
    "report-generation-med": ([r'report generation'], []),
    "game-playing-agents": ([r'\bgames?\b'], []),
    "geospatial-maps": ([r'geospatial|\bmaps?\b'], []),
    "industrial-defects": ([r'industrial|defect'], []),
    "hand-pose-gesture": ([r'\bhands?\b|gesture'], []),
    "energy-power-systems": ([r'energy|power grid|electricity'], []),
    "citation-scholarly": ([r'citation|scholarly|scientific literature'], []),
    "optical-flow-motion": ([r'optical flow|motion estimation'], []),
    "font-typography-text": ([r'\bfonts?\b|typograph|handwrit'], []),
    "hyperspectral-imaging": ([r'hyperspectral|multispectral'], []),
    "reasoning-efficiency": ([r'overthinking|efficient reasoning|reasoning length'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh114-19": ("report-generation-med", "2505.11983", 11),
}

INVENTED = {"fresh114-20": "Fernhollow"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh114's own exclude a title.
    # as for fresh58 to fresh114, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh114", FRESH114, WITHHELD, INVENTED, sets_before(114), merged(TUNE, HELDOUT, FRESH114),
        withheld_before(sets_before(114)))


if __name__ == "__main__":
    main()
