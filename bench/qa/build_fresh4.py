"""Rebuild the 120-abstract corpus of the sixth arXiv QA set, `fresh4`, from the shared arXiv dump.

    python3 bench/qa/build_fresh4.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh4 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh4 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py and the 12 fresh3 clusters of build_fresh3.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl,
    arxiv_fresh2_corpus.jsonl or arxiv_fresh3_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh4 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh4_corpus.jsonl and arxiv_fresh4_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations


from build_corpora import HELDOUT, TUNE
from build_fresh import FRESH, run
from build_fresh2 import FRESH2
from build_fresh3 import FRESH3


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH4 = {
    "theorem-proving": ([r"theorem prov|prover\b|\blean ?4\b|autoformali|formal proof|formal verification|proof assistant"], []),
    "spiking-neural-networks": ([r"spiking|\bsnns?\b|neuromorphic"], []),
    "differential-privacy": ([r"differential(ly)? priva|\bdp-sgd\b"], []),
    "tables": ([r"\btables\b|\btable (reasoning|question|understanding|recognition|retrieval|qa|extraction|structure|generation|summari|data)|spreadsheet|tableqa|text-to-table"], []),
    "physics-informed": ([r"physics-informed|\bpinns?\b"], []),
    "optimizers": ([r"\boptimi[sz]ers?\b|learning[- ]rates?\b|\badamw?\b|\bsgd\b|\bmuon\b|stochastic gradient|\bsharpness"], []),
    "knowledge-graphs": ([r"knowledge graph"], []),
    "eeg-bci": ([r"\beeg\b|brain-computer|\bbci\b"], []),
    "interpretability": ([r"sparse autoencoder|mechanistic interpretab|circuit discovery"], []),
    "multi-agent-rl": ([r"multi-agent reinforcement|\bmarl\b"], []),
    "slam-localization": ([r"\bslam\b|place recognition|visual localization|odometry"], []),
    "document-ocr": ([r"\bocr\b|document (understanding|parsing|layout)|handwrit"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh4-19": ("theorem-proving", "2509.12603", 12),
}

INVENTED = {"fresh4-20": "SpikeLoom"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4}
    assert len(every) == len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4), \
        "cluster names must be distinct"
    run(__doc__, "fresh4", FRESH4, WITHHELD, INVENTED, ("tune", "heldout", "fresh", "fresh2", "fresh3"), every)

if __name__ == "__main__":
    main()
