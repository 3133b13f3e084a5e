"""Rebuild the 120-abstract corpus of the hundred-and-seventh arXiv QA set, `fresh105`, from the shared arXiv dump.

    python3 bench/qa/build_fresh105.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (graphs with LLMs, math with LLMs, agent benchmarks, affective computing, point tracking, image
retrieval, multilingual LLMs, LLM recommenders, LLMs in education, protein models, physics and ML, drones):
  * a paper is eligible for a fresh105 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh105 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh105 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh105_corpus.jsonl and arxiv_fresh105_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH105 = {
    "graph-llm": (['graph'], ['large language model|llm']),
    "math-llm": (['\\bmath'], ['large language model|llm']),
    "agent-benchmarks": (['agent.*benchmark|benchmark.*agent'], []),
    "affective": (['affective'], []),
    "point-tracking": (['point tracking|tracking any point'], []),
    "image-retrieval": (['image retrieval'], []),
    "multilingual-llm": (['multilingual'], ['large language model|llm']),
    "recsys-llm": (['recommend'], ['large language model|llm']),
    "education-llm": (['education|student|tutor'], ['large language model|llm']),
    "protein-models": (['protein'], []),
    "physics-ml": (['physics'], []),
    "uav-detection": (['drone|uav'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh105-19": ("point-tracking", "2507.09217", 11),
}

INVENTED = {"fresh105-20": "Thornwhistle"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh105's own exclude a title.
    # as for fresh58 to fresh105, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh105", FRESH105, WITHHELD, INVENTED, sets_before(105), merged(TUNE, HELDOUT, FRESH105),
        withheld_before(sets_before(105)))


if __name__ == "__main__":
    main()
