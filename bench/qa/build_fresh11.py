"""Rebuild the 120-abstract corpus of the thirteenth arXiv QA set, `fresh11`, from the shared arXiv dump.

    python3 bench/qa/build_fresh11.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh11 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh11 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, the 12 fresh3 clusters of build_fresh3.py,
    the 12 fresh4 clusters of build_fresh4.py, the 12 fresh5 clusters of build_fresh5.py, the 12 fresh6
    clusters of build_fresh6.py, the 12 fresh7 clusters of build_fresh7.py, the 12 fresh8 clusters of
    build_fresh8.py, the 12 fresh9 clusters of build_fresh9.py and the 12 fresh10 clusters of
    build_fresh10.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl,
    arxiv_fresh2_corpus.jsonl, arxiv_fresh3_corpus.jsonl, arxiv_fresh4_corpus.jsonl,
    arxiv_fresh5_corpus.jsonl, arxiv_fresh6_corpus.jsonl, arxiv_fresh7_corpus.jsonl,
    arxiv_fresh8_corpus.jsonl, arxiv_fresh9_corpus.jsonl or arxiv_fresh10_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh11 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh11_corpus.jsonl and arxiv_fresh11_clusters.json next to this file (the other sets' files
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


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH11 = {
    "llm-hallucination": ([r"hallucinat"], []),
    "rlvr-grpo": ([r"\bgrpo\b|verifiable rewards?|\brlvr\b"], []),
    "multi-agent-llm": ([r"multi[- ]agent (systems?|framework|collaborat|debate|llms?|conversation|coordination)|llm[- ]based multi[- ]agent|agentic workflows?"], []),
    "retrieval-embeddings": ([r"dense retrieval|information retrieval|\brerank|text embeddings?|embedding models?|passage retrieval|query expansion|search engines?"], []),
    "self-supervised": ([r"self-supervised|contrastive learning|masked autoencod|contrastive pre-?training"], []),
    "action-recognition": ([r"\baction (recognition|detection|locali[sz]ation|segmentation)|activity recognition|temporal action"], []),
    "mri-neuroimaging": ([r"\bmri\b|magnetic resonance|\bfmri\b|neuroimag|brain imag"], []),
    "traffic-urban": ([r"traffic|urban|\bcity\b|cities|human mobility"], []),
    "astronomy": ([r"astronom|astrophys|galaxies|galaxy[- ](scale|morpholog|classification|cluster)|radio galax|telescope|cosmolog|exoplanet|supernova|gravitational[- ]wave|solar (flare|wind|activity)|space weather"], []),
    "sketch-cad-vector": ([r"\bsketch(es)?\b|\bsvg\b|vector graphics?|\bcad\b|computer-aided design"], []),
    "flow-matching": ([r"flow matching|rectified flow|consistency models?|diffusion distillation|few-step"], []),
    "radiology-xray-ct": ([r"chest x-ray|radiograph|radiolog|\bct\b|computed tomography|\bcxr\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh11-19": ("llm-hallucination", "2503.19650", 14),
}

INVENTED = {"fresh11-20": "DebateGate"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11)), "cluster names must be distinct"
    run(__doc__, "fresh11", FRESH11, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10"), every)


if __name__ == "__main__":
    main()
