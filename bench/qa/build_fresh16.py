"""Rebuild the 120-abstract corpus of the eighteenth arXiv QA set, `fresh16`, from the shared arXiv dump.

    python3 bench/qa/build_fresh16.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh16 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh16 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, and the 12 clusters of each of
    build_fresh3.py to build_fresh15.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl and
    arxiv_fresh2_corpus.jsonl to arxiv_fresh15_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh16 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh16_corpus.jsonl and arxiv_fresh16_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations


from build_corpora import HELDOUT, TUNE
from build_fresh import FRESH, run
from build_fresh2 import FRESH2
from build_fresh3 import FRESH3
from build_fresh4 import FRESH4
from build_fresh5 import FRESH5
from build_fresh6 import FRESH6
from build_fresh7 import FRESH7
from build_fresh8 import FRESH8
from build_fresh9 import FRESH9
from build_fresh10 import FRESH10
from build_fresh11 import FRESH11
from build_fresh12 import FRESH12
from build_fresh13 import FRESH13
from build_fresh14 import FRESH14
from build_fresh15 import FRESH15


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH16 = {
    "instruction-following": ([r"instruction[- ]following|follow(ing)? instructions"], []),
    "tree-search-mcts": ([r"monte carlo tree search|\bmcts\b|tree search|tree[- ]of[- ]thoughts?|beam search"], []),
    "knowledge-conflicts-boundaries": ([r"knowledge conflicts?|parametric knowledge|context-memory|knowledge boundar"], []),
    # the abstract pattern only asks for 200+ characters: one eligible paper has a one-sentence abstract
    "spatial-reasoning": ([r"spatial (reasoning|understanding|intelligence|relation)"], [r"^[\s\S]{200}"]),
    "feature-matching-correspondence": ([r"feature matching|image matching|keypoints?|correspondence"], []),
    "personalization": ([r"personali[sz]"], []),
    "long-tailed-imbalance": ([r"long-tail|imbalanc"], []),
    "geometric-deep-learning": ([r"equivarian|hyperbolic|riemannian|\bsymmetr(y|ies)\b|lie groups?|manifold"], []),
    "gpu-kernels-compilers": ([r"compiler|\bcuda\b|gpu kernels?|kernel (generation|optimi)|\btriton\b"], []),
    "control-systems": ([r"model predictive control|\bmpc\b|optimal control|control barrier|\bcontrollers?\b|feedback control"], []),
    "argumentation": ([r"argument"], []),
    "human-ai-collaboration": ([r"human-ai|human-robot|human–ai|human-agent|trust in ai"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh16-19": ("gpu-kernels-compilers", "2604.16625", 14),
}

INVENTED = {"fresh16-20": "ConflictLens"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11, **FRESH12, **FRESH13, **FRESH14, **FRESH15, **FRESH16}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11) + len(FRESH12) + len(FRESH13) + len(FRESH14)
                          + len(FRESH15) + len(FRESH16)), \
        "cluster names must be distinct"
    run(__doc__, "fresh16", FRESH16, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15"), every)


if __name__ == "__main__":
    main()
