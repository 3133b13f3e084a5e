"""Rebuild the 120-abstract corpus of the twelfth arXiv QA set, `fresh10`, from the shared arXiv dump.

    python3 bench/qa/build_fresh10.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh10 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh10 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, the 12 fresh3 clusters of build_fresh3.py,
    the 12 fresh4 clusters of build_fresh4.py, the 12 fresh5 clusters of build_fresh5.py, the 12 fresh6
    clusters of build_fresh6.py, the 12 fresh7 clusters of build_fresh7.py, the 12 fresh8 clusters of
    build_fresh8.py and the 12 fresh9 clusters of build_fresh9.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl,
    arxiv_fresh2_corpus.jsonl, arxiv_fresh3_corpus.jsonl, arxiv_fresh4_corpus.jsonl,
    arxiv_fresh5_corpus.jsonl, arxiv_fresh6_corpus.jsonl, arxiv_fresh7_corpus.jsonl,
    arxiv_fresh8_corpus.jsonl or arxiv_fresh9_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh10 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh10_corpus.jsonl and arxiv_fresh10_clusters.json next to this file (the other sets' files
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


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH10 = {
    "model-merging": ([r"model merging|merging (large language |language )?models|weight merging|model soups?|task arithmetic|task vectors?"], []),
    "ai-text-detection": ([r"(machine|ai|llm)[- ]generated texts?|generated text detection|detect\w* (llm|ai|machine)[- ]generated|authorship (attribution|verification)|ai[- ]text detect"], []),
    "quality-assessment": ([r"quality assessment|\biqa\b|image quality|video quality|aesthetic"], []),
    "infrared-thermal": ([r"infrared|thermal"], []),
    "wildlife-ecology": ([r"wildlife|\banimals?\b|species|biodiversity|camera[- ]trap|bioacoustic|\bbird (species|classification|identification|detection|sound|song|call)|birdsong|avian|ecolog"], []),
    "food-nutrition": ([r"\bfoods?\b|nutrition|dietary|cooking|culinary|\bmeals?\b|\bcuisines?\b|\bingredients?\b"], []),
    "charts": ([r"\bcharts?\b|infographic|chartqa|scientific figures?"], []),
    "ultrasound": ([r"ultrasound|sonograph|echocardiogra"], []),
    "storytelling-narrative": ([r"storytell|\bstor(y|ies)\b|creative writing|poetry|\bpoems?\b|fiction|narrative"], []),
    "gaze-eye-tracking": ([r"\bgaze\b|eye[- ]tracking|eye movements?|saccad"], []),
    "geolocation-cross-view": ([r"geo-?locali[sz]ation|geolocation|cross-view"], []),
    "ai-governance-regulation": ([r"governance|regulat|\bai act\b|policymak|policy[- ]makers?"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh10-19": ("food-nutrition", "2505.10205", 13),
}

INVENTED = {"fresh10-20": "QualiTron"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10)), "cluster names must be distinct"
    run(__doc__, "fresh10", FRESH10, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9"), every)


if __name__ == "__main__":
    main()
