"""Rebuild the 120-abstract corpus of the eleventh arXiv QA set, `fresh9`, from the shared arXiv dump.

    python3 bench/qa/build_fresh9.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh9 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh9 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, the 12 fresh3 clusters of build_fresh3.py,
    the 12 fresh4 clusters of build_fresh4.py, the 12 fresh5 clusters of build_fresh5.py, the 12 fresh6
    clusters of build_fresh6.py, the 12 fresh7 clusters of build_fresh7.py and the 12 fresh8 clusters of
    build_fresh8.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl,
    arxiv_fresh2_corpus.jsonl, arxiv_fresh3_corpus.jsonl, arxiv_fresh4_corpus.jsonl,
    arxiv_fresh5_corpus.jsonl, arxiv_fresh6_corpus.jsonl, arxiv_fresh7_corpus.jsonl or
    arxiv_fresh8_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh9 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh9_corpus.jsonl and arxiv_fresh9_clusters.json next to this file (the other sets' files
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


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH9 = {
    "vision-language-action": ([r"vision-language-action|\bvlas?\b|diffusion polic|imitation learning"], []),
    "bayesian-optimization-gp": ([r"bayesian optimi[sz]ation|hyperparameter (tuning|optimi|search|selection)|gaussian process"], []),
    "speaker-voice": ([r"speaker (verification|recognition|diarization|identification|embedding|extraction|anonymi)|speech (enhancement|separation)|active speaker|voice conversion|target speaker|speaker similarity"], []),
    "image-restoration": ([r"image (restoration|denoising)|deblur|dehaz|derain|desnow"], []),
    "sentiment": ([r"sentiment"], []),
    "low-resource-languages": ([r"\barabic\b|\bbangla\b|bengali|\bhindi\b|\burdu\b|swahili|amharic|african languages?|\bindic\b|low-resource languages?"], []),
    "3d-generation": ([r"text-to-3d|image-to-3d|3d (generation|generative|asset)|mesh generation"], []),
    "ood-detection": ([r"out-of-distribution|\bood\b"], []),
    "microscopy-cells": ([r"microscop|cell (segmentation|detection|tracking)"], []),
    "bev-occupancy": ([r"\bbev\b|bird'?s[- ]eye|occupancy"], []),
    "humor-sarcasm-memes": ([r"\bmemes?\b|sarcas|humou?r|\birony\b"], []),
    "explainable-ai": ([r"explainable (ai|artificial)|\bxai\b|shapley|counterfactual explanation|feature attribution|saliency map|post-hoc explanation"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh9-19": ("humor-sarcasm-memes", "2507.09482", 15),
}

INVENTED = {"fresh9-20": "ParallaxVLA"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)), \
        "cluster names must be distinct"
    run(__doc__, "fresh9", FRESH9, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"), every)


if __name__ == "__main__":
    main()
