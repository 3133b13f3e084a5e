"""Rebuild the 120-abstract corpus of the seventeenth arXiv QA set, `fresh15`, from the shared arXiv dump.

    python3 bench/qa/build_fresh15.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh15 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh15 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, the 12 clusters of each of build_fresh3.py
    to build_fresh14.py, and the 12 fresh16 clusters of build_fresh16.py, written at the same time, so that
    fresh15 and fresh16 share no topic and no paper);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl and
    arxiv_fresh2_corpus.jsonl to arxiv_fresh14_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh15 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh15_corpus.jsonl and arxiv_fresh15_clusters.json next to this file (the other sets' files
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


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH15 = {
    "logical-reasoning-puzzles": ([r"logical reasoning|\blogic\b|puzzles?|\barc-agi|abstraction and reasoning|deductive|syllogis"], []),
    "self-correction-reflection": ([r"self-(correct|refin|reflect|verif|critiqu)"], []),
    "contamination-memorization": ([r"contaminat|memoriz|copyright|verbatim"], []),
    "hands-gestures": ([r"\bhands?\b|gesture|hand-object|dexterous"], []),
    "scene-graphs": ([r"scene graph"], []),
    "gans": ([r"generative adversarial|\bgans?\b"], []),
    "offline-off-policy-rl": ([r"offline (reinforcement learning|rl)|offline-to-online|q-learning|actor-critic|model-based (reinforcement learning|rl)|off-policy"], []),
    "semi-supervised": ([r"semi-supervised"], []),
    "text-simplification-paraphrase": ([r"simplification|readability|paraphras"], []),
    "dermatology-skin": ([r"dermatolog|skin lesion|skin disease|\bskin\b"], []),
    "aviation-maritime-rail": ([r"aviation|aircraft|airport|air traffic|\bflights?\b|maritime|\bships?\b|shipping|railway|\bvessel (traffic|trajector|detection|tracking)"], []),
    "economics-labor": ([r"econom|labor market|labour|\bjobs?\b|employment|workforce|\bworkers?\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh15-19": ("self-correction-reflection", "2507.02778", 15),
}

INVENTED = {"fresh15-20": "LeakHound"}


def main() -> None:
    from build_fresh16 import FRESH16  # written at the same time; its title patterns exclude papers here too
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11, **FRESH12, **FRESH13, **FRESH14, **FRESH15, **FRESH16}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11) + len(FRESH12) + len(FRESH13) + len(FRESH14)
                          + len(FRESH15) + len(FRESH16)), \
        "cluster names must be distinct"
    run(__doc__, "fresh15", FRESH15, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14"), every)


if __name__ == "__main__":
    main()
