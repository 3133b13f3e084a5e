"""Rebuild the 120-abstract corpus of the hundred-and-eighteenth arXiv QA set, `fresh116`, from the shared arXiv dump.

    python3 bench/qa/build_fresh116.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (spoofing and audio deepfakes, LLM routing, recommendation, robots, tables, roads, counterfactuals,
speech, crops and farms, lungs, code, graphs):
  * a paper is eligible for a fresh116 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh116 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh116 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh116_corpus.jsonl and arxiv_fresh116_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH116 = {
    "spoofing-audio-deepfake": ([r'spoof|audio deepfake'], []),
    "model-routing-llm": ([r'query routing|model routing|router'], []),
    "recommend-broad": ([r'recommend'], []),
    "robot-broad": ([r'robot'], []),
    "table-broad": ([r'\btable'], []),
    "road-broad": ([r'\broad'], []),
    "counterfactual-broad": ([r'counterfactual'], []),
    "speech-broad": ([r'speech'], []),
    "crop-farm-broad": ([r'crop|farm'], []),
    "lung-broad": ([r'lung|pulmonary'], []),
    "code-broad": ([r'\bcode\b'], []),
    "graph-broad": ([r'\bgraph'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh116-19": ("counterfactual-broad", "2505.14341", 11),
}

INVENTED = {"fresh116-20": "Brindlemoor"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh116's own exclude a title.
    # as for fresh58 to fresh116, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh116", FRESH116, WITHHELD, INVENTED, sets_before(116), merged(TUNE, HELDOUT, FRESH116),
        withheld_before(sets_before(116)))


if __name__ == "__main__":
    main()
