"""Rebuild the 120-abstract corpus of the forty-eighth arXiv QA set, `fresh46`, from the shared arXiv dump.

    python3 bench/qa/build_fresh46.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh46 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh46 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, and the 12 clusters of each of
    build_fresh3.py to build_fresh45.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl and
    arxiv_fresh2_corpus.jsonl to arxiv_fresh45_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh46 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh46_corpus.jsonl and arxiv_fresh46_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations


from build_corpora import HELDOUT, TUNE
from build_fresh import FRESH, merged, run
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
from build_fresh16 import FRESH16
from build_fresh17 import FRESH17
from build_fresh18 import FRESH18
from build_fresh19 import FRESH19
from build_fresh20 import FRESH20
from build_fresh21 import FRESH21
from build_fresh22 import FRESH22
from build_fresh23 import FRESH23
from build_fresh24 import FRESH24
from build_fresh25 import FRESH25
from build_fresh26 import FRESH26
from build_fresh27 import FRESH27
from build_fresh28 import FRESH28
from build_fresh29 import FRESH29
from build_fresh30 import FRESH30
from build_fresh31 import FRESH31
from build_fresh32 import FRESH32
from build_fresh33 import FRESH33
from build_fresh34 import FRESH34
from build_fresh35 import FRESH35
from build_fresh36 import FRESH36
from build_fresh37 import FRESH37
from build_fresh38 import FRESH38
from build_fresh39 import FRESH39
from build_fresh40 import FRESH40
from build_fresh41 import FRESH41
from build_fresh42 import FRESH42
from build_fresh43 import FRESH43
from build_fresh44 import FRESH44
from build_fresh45 import FRESH45



# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH46 = {
    "towards": ([r"\btowards?\b"], []),
    "aware": ([r"-aware\b"], []),
    "perspective": ([r"perspective"], []),
    "not-all": ([r"\bnot all\b"], []),
    "hidden": ([r"\bhidden\b|\bsecrets?\b"], []),
    "parallel": ([r"parallel"], []),
    "end-to-end": ([r"end-to-end"], []),
    "global-local": ([r"\bglobal\b|\blocal\b"], []),
    "single-image": ([r"single[- ]image|from a single"], []),
    "cost-budget": ([r"cost-effective|cost-aware|low-cost|cost-efficient|\bcheap|\bbudget"], []),
    "priors": ([r"\bpriors?\b"], []),
    "synergy": ([r"synerg"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh46-19": ("parallel", "2605.15513", 14),
}

INVENTED = {"fresh46-20": "PrismChunk"}


def main() -> None:
    every = merged(TUNE, HELDOUT, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10,
                   FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20,
                   FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30,
                   FRESH31, FRESH32, FRESH33, FRESH34, FRESH35, FRESH36, FRESH37, FRESH38, FRESH39, FRESH40,
                   FRESH41, FRESH42, FRESH43, FRESH44, FRESH45, FRESH46)
    run(__doc__, "fresh46", FRESH46, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
         "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
         "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27",
         "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36",
         "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44",
         "fresh45"),
        every)


if __name__ == "__main__":
    main()
