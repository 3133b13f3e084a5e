"""Rebuild the 120-abstract corpus of the twenty-second arXiv QA set, `fresh20`, from the shared arXiv dump.

    python3 bench/qa/build_fresh20.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh20 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh20 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, and the 12 clusters of each of
    build_fresh3.py to build_fresh19.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl and
    arxiv_fresh2_corpus.jsonl to arxiv_fresh19_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh20 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh20_corpus.jsonl and arxiv_fresh20_clusters.json next to this file (the other sets' files
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
from build_fresh19 import FRESH19


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH20 = {
    "spoken-language-models": ([r"spoken|speech (language|llm|foundation|model|tokeni|translation|understanding)|speech-to-speech|speech large|voice assistant"], []),
    "art-painting-anime": ([r"artwork|painting|\bartists?\b|\bartistic|(?<!-)\bart\b|anime|cartoon|\bcomics?\b|manga"], []),
    "wearables-physiological": ([r"wearable|smartwatch|photoplethysmo|\bppg\b|\bimu\b|accelerometer"], []),
    "matrix-tensor-methods": ([r"matrix (completion|factori|sensing|recovery)|tensor (decomposition|completion|factori|network)|low-rank (matrix|tensor)|nonnegative matrix"], []),
    "bayesian-sampling": ([r"langevin|mcmc|markov chain monte carlo|variational inference|bayesian (neural|inference|deep)|posterior sampling|sequential monte carlo"], []),
    "motion-path-planning": ([r"motion planning|path planning|collision avoidance|multi-robot|robot swarm|swarm robot"], []),
    "shapes-implicit-neural": ([r"signed distance|implicit (neural|surface|representation)|shape (completion|generation|correspondence|matching|analysis|abstraction|retrieval)|3d shapes?"], []),
    "object-centric": ([r"object-centric|slot attention|slot-based"], []),
    "autoregressive-visual-generation": ([r"autoregressive (image|visual|video)|visual autoregressive|next-scale|masked generative"], []),
    "cardiology": ([r"cardiac|\bheart\b|cardiovascular|cardiolog|arrhythm|coronary|ischemic stroke|stroke (lesion|patients?|risk|prediction|rehabilitation|survivors?)"], []),
    "annotation-crowdsourcing": ([r"annotat|crowdsourc"], []),
    "visualization": ([r"visualization|visual analytics"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh20-19": ("spoken-language-models", "2505.02625", 12),
}

INVENTED = {"fresh20-20": "ScaleLoom"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11, **FRESH12, **FRESH13, **FRESH14, **FRESH15, **FRESH16, **FRESH17,
             **FRESH18, **FRESH19, **FRESH20}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11) + len(FRESH12) + len(FRESH13) + len(FRESH14)
                          + len(FRESH15) + len(FRESH16) + len(FRESH17) + len(FRESH18) + len(FRESH19)
                          + len(FRESH20)), \
        "cluster names must be distinct"
    run(__doc__, "fresh20", FRESH20, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
         "fresh19"), every)


if __name__ == "__main__":
    main()
