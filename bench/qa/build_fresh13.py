"""Rebuild the 120-abstract corpus of the fifteenth arXiv QA set, `fresh13`, from the shared arXiv dump.

    python3 bench/qa/build_fresh13.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh13 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh13 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, the 12 clusters of each of build_fresh3.py
    to build_fresh12.py, and the 12 fresh14 clusters of build_fresh14.py, written at the same time, so that
    fresh13 and fresh14 share no topic and no paper);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl and
    arxiv_fresh2_corpus.jsonl to arxiv_fresh12_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh13 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh13_corpus.jsonl and arxiv_fresh13_clusters.json next to this file (the other sets' files
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


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH13 = {
    "test-time-scaling-efficient-reasoning": ([r"test-time scaling|test-time compute|inference-time (scaling|compute)|overthink|underthink|efficient reasoning|reasoning (length|budget|efficiency)"], []),
    "face-analysis": ([r"\bfaces?\b|\bfacial\b"], []),
    "segment-anything": ([r"segment anything|\bsam ?2?\b"], [r"segment"]),
    "bandits": ([r"bandit"], []),
    "accessibility-disability": ([r"visually impaired|vision impairment|low[- ]vision|\bblv\b|\bblind (and|or|people|users|individuals)|blindness|screen readers?|\bdeaf|hard of hearing|disabilit|wheelchair|dyslexi|accessibility"], []),
    "politics-elections": ([r"\bpolitic|\belections?\b|\belectoral|partisan|democracy|democratic|legislat|parliament|ideolog|(political|affective|elite) polari[sz]|\bvoters?\b|\bcongress"], []),
    "3d-reconstruction-pose": ([r"\b6d\b|6-?dof|object pose|camera pose|structure[- ]from[- ]motion|multi-view stereo|\bmvs\b|surface reconstruction|3d reconstruction"], []),
    "confidence-calibration": ([r"calibrat|confiden"],
                               [r"calibration error|\bece\b|overconfiden|underconfiden|miscalibrat|well-calibrated|confidence calibration|calibrated (confidence|probabilit)"]),
    "agent-memory": ([r"(agent|agentic|long-term|episodic|conversational|working) memory|memory (management|system|retrieval|bank|-augmented|augmented)"], []),
    "oncology": ([r"cancer|tumou?r|oncolog"], []),
    "climate-sustainability": ([r"\bclimate|carbon (emission|footprint|capture|accounting|flux)|greenhouse|\bsoil\b|hydrolog|streamflow|groundwater|drought|sustainab"], []),
    "clustering": ([r"clustering"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh13-19": ("test-time-scaling-efficient-reasoning", "2506.08343", 13),
}

INVENTED = {"fresh13-20": "ThriftUCB"}


def main() -> None:
    from build_fresh14 import FRESH14  # written at the same time; its title patterns exclude papers here too
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11, **FRESH12, **FRESH13, **FRESH14}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11) + len(FRESH12) + len(FRESH13) + len(FRESH14)), \
        "cluster names must be distinct"
    run(__doc__, "fresh13", FRESH13, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11", "fresh12"), every)


if __name__ == "__main__":
    main()
