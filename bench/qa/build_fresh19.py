"""Rebuild the 120-abstract corpus of the twenty-first arXiv QA set, `fresh19`, from the shared arXiv dump.

    python3 bench/qa/build_fresh19.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh19 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh19 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, the 12 clusters of each of build_fresh3.py
    to build_fresh18.py, and the 12 fresh20 clusters of build_fresh20.py, written at the same time, so that
    fresh19 and fresh20 share no topic and no paper);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl and
    arxiv_fresh2_corpus.jsonl to arxiv_fresh18_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh19 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh19_corpus.jsonl and arxiv_fresh19_clusters.json next to this file (the other sets' files
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
from build_fresh16 import FRESH16
from build_fresh17 import FRESH17
from build_fresh18 import FRESH18


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH19 = {
    "multilingual-crosslingual": ([r"multilingual|cross-lingual|crosslingual|code-switch"], []),
    "software-vulnerability": ([r"vulnerabilit|smart contracts?|fuzzing|fuzzer"], []),
    "logs-root-cause": ([r"\blogs\b|\blog (pars|analy|anomal|process|data)|logging|root[- ]cause|aiops|incidents?\b|microservice|event[- ]logs?"], []),
    "endoscopy": ([r"endoscop|colonoscop|\bpolyps?\b|gastro"], []),
    "drug-chemistry": ([r"\bdrugs?\b|pharmac|retrosynth|chemical|chemistry|chemists?\b|reaction (prediction|yield|condition|outcome)"], []),
    "lidar-3d-perception": ([r"lidar|3d detection|3d perception"], []),
    "salient-camouflaged": ([r"salient object|saliency (prediction|detection|estimation)|visual saliency|camouflag"], []),
    "recurrent-networks": ([r"\blstms?\b|recurren|\brnns?\b|reservoir computing|echo state"], []),
    "virtual-augmented-reality": ([r"virtual reality|augmented reality|mixed reality|\bvr\b|\bxr\b|metaverse"], []),
    "psychology-personality": ([r"psycholog|cognitive bias|personality|big five|psychometric|cognitive (science|model)"], []),
    "children-infants": ([r"\bchild|pediatric|paediatric|infant|\bkids?\b|adolescen|toddler|newborn|neonat"], []),
    "scheduling": ([r"scheduling|scheduler"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh19-19": ("logs-root-cause", "2602.09937", 13),
}

INVENTED = {"fresh19-20": "PolypTrace"}


def main() -> None:
    from build_fresh20 import FRESH20  # written at the same time; its title patterns exclude papers here too
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11, **FRESH12, **FRESH13, **FRESH14, **FRESH15, **FRESH16, **FRESH17,
             **FRESH18, **FRESH19, **FRESH20}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11) + len(FRESH12) + len(FRESH13) + len(FRESH14)
                          + len(FRESH15) + len(FRESH16) + len(FRESH17) + len(FRESH18) + len(FRESH19)
                          + len(FRESH20)), \
        "cluster names must be distinct"
    run(__doc__, "fresh19", FRESH19, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18"),
        every)


if __name__ == "__main__":
    main()
