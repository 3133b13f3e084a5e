"""Rebuild the 120-abstract corpus of the seventh arXiv QA set, `fresh5`, from the shared arXiv dump.

    python3 bench/qa/build_fresh5.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh5 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh5 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, the 12 fresh3 clusters of build_fresh3.py
    and the 12 fresh4 clusters of build_fresh4.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl,
    arxiv_fresh2_corpus.jsonl, arxiv_fresh3_corpus.jsonl or arxiv_fresh4_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh5 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh5_corpus.jsonl and arxiv_fresh5_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations


from build_corpora import HELDOUT, TUNE
from build_fresh import FRESH, run
from build_fresh2 import FRESH2
from build_fresh3 import FRESH3
from build_fresh4 import FRESH4


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH5 = {
    "model-pruning": ([r"\bpruning\b|\bpruned?\b"], []),
    "computational-pathology": ([r"histopatholog|whole[- ]slide|computational pathology|\bpathology\b"], []),
    "ecg": ([r"\becg\b|electrocardiogra"], []),
    "agriculture": ([r"agricultur|\bcrops?\b|\bweeds?\b|\bfarm"], []),
    "finance": ([r"financ|\bstocks?\b|portfolio|\btrading\b"], []),
    "wireless": ([r"wireless|\bmimo\b|channel estimation|semantic communication|beamforming|\b6g\b"], []),
    "embodied-navigation": ([r"vision-and-language navigation|vision-language navigation|\bvln\b|embodied navigation|object navigation|\bobjectnav\b"], []),
    "tool-use": ([r"tool[- ](use|using|call|learning|augmented)|function[- ]calling"], []),
    "uncertainty": ([r"uncertainty (quantification|estimation)|conformal prediction"], []),
    "dataset-distillation": ([r"dataset distillation|data distillation|dataset condensation"], []),
    "human-motion": ([r"motion generation|human motion|motion synthesis"], []),
    "mental-health": ([r"mental health|depressi|suicid"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh5-19": ("agriculture", "2505.18930", 16),
}

INVENTED = {"fresh5-20": "NavLoom"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5}
    assert len(every) == len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4) + len(FRESH5), \
        "cluster names must be distinct"
    run(__doc__, "fresh5", FRESH5, WITHHELD, INVENTED, ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4"), every)

if __name__ == "__main__":
    main()
