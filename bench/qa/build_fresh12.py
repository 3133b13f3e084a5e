"""Rebuild the 120-abstract corpus of the fourteenth arXiv QA set, `fresh12`, from the shared arXiv dump.

    python3 bench/qa/build_fresh11.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh11 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh12 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, the 12 fresh3 clusters of build_fresh3.py,
    the 12 fresh4 clusters of build_fresh4.py, the 12 fresh5 clusters of build_fresh5.py, the 12 fresh6
    clusters of build_fresh6.py, the 12 fresh7 clusters of build_fresh7.py, the 12 fresh8 clusters of
    build_fresh8.py, the 12 fresh9 clusters of build_fresh9.py, the 12 fresh10 clusters of build_fresh10.py
    and the 12 fresh11 clusters of build_fresh11.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl,
    arxiv_fresh2_corpus.jsonl, arxiv_fresh3_corpus.jsonl, arxiv_fresh4_corpus.jsonl,
    arxiv_fresh5_corpus.jsonl, arxiv_fresh6_corpus.jsonl, arxiv_fresh7_corpus.jsonl,
    arxiv_fresh8_corpus.jsonl, arxiv_fresh9_corpus.jsonl, arxiv_fresh10_corpus.jsonl or arxiv_fresh11_corpus.jsonl
    are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh12 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh12_corpus.jsonl and arxiv_fresh12_clusters.json next to this file (the other sets' files
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


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH12 = {
    "prompt-engineering": ([r"prompt (optimi[sz]ation|engineering|tuning|learning|design|compression)|automatic prompt|prompting strateg"], []),
    "diffusion-language-models": ([r"diffusion language models?|masked diffusion|discrete diffusion|diffusion llms?|\bdllms?\b"], []),
    "visual-question-answering": ([r"visual question answering|\bvqa\b"], []),
    "social-media": ([r"social media|twitter|reddit|\btweets?\b|youtube|tiktok|social network"], []),
    "epidemiology-public-health": ([r"epidemi|pandemic|\bcovid|infectious|public health|vaccin"], []),
    "radar-sensing": ([r"\bradar\b|mmwave|millimeter[- ]wave|wi-?fi sensing"],
                      [r"sensing|sensor|doppler|antenna|synthetic aperture|point clouds?|waveform|automotive|\becho"]),
    "optimal-transport": ([r"optimal transport|wasserstein"], []),
    "kan-symbolic-regression": ([r"kolmogorov[- ]arnold|\bkans?\b|symbolic regression|equation discovery"], []),
    "game-theory-auctions": ([r"game[- ]theor|nash equilibri|auctions?\b|mechanism design|bargain|negotiat"], []),
    "defects-fault-diagnosis": ([r"fault (diagnosis|detection)|predictive maintenance|manufactur|remaining useful life|defect (detection|inspection|segmentation)|prognostic|condition monitoring"], []),
    "scientific-discovery": ([r"scientific (discovery|literature|papers?)|research ideas?|ideation|ai scientists?|citations?\b|literature (search|review generation)|hypothesis generation|automated research"], []),
    "avatars-digital-humans": ([r"avatar|3d human|clothed human|digital human"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh12-19": ("diffusion-language-models", "2506.06295", 17),
}

INVENTED = {"fresh12-20": "RadarWeave"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11, **FRESH12}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11) + len(FRESH12)), "cluster names must be distinct"
    run(__doc__, "fresh12", FRESH12, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11"), every)


if __name__ == "__main__":
    main()
