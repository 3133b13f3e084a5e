"""Rebuild the 120-abstract corpus of the hundred-and-twelfth arXiv QA set, `fresh110`, from the shared arXiv dump.

    python3 bench/qa/build_fresh110.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (tabular learning, video captioning, legal language, climate, mental health, surgery, graph neural
networks, human motion generation, scene graphs, ultrasound, path planning, finance):
  * a paper is eligible for a fresh110 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh110 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh110 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh110_corpus.jsonl and arxiv_fresh110_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH110 = {
    "tabular-learning": ([r'tabular'], []),
    "video-captions": ([r'video caption|dense caption'], []),
    "legal-language": ([r'\blegal|\blaw\b'], []),
    "climate-models": ([r'climate'], []),
    "mental-health-ai": ([r'mental health|depress|suicid'], []),
    "surgical-ai": ([r'surgical|surgery'], []),
    "graph-neural-nets": ([r'graph neural|\bgnn'], []),
    "human-motion-gen": ([r'human motion|motion generation'], []),
    "scene-graph-methods": ([r'scene graph'], []),
    "ultrasound-imaging": ([r'ultrasound'], []),
    "pathfinding-planning": ([r'path planning|motion planning'], []),
    "finance-ai": ([r'financ|stock'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh110-19": ("surgical-ai", "2505.10764", 11),
}

INVENTED = {"fresh110-20": "Ashgrove"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh110's own exclude a title.
    # as for fresh58 to fresh110, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh110", FRESH110, WITHHELD, INVENTED, sets_before(110), merged(TUNE, HELDOUT, FRESH110),
        withheld_before(sets_before(110)))


if __name__ == "__main__":
    main()
