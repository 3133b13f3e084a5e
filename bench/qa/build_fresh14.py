"""Rebuild the 120-abstract corpus of the sixteenth arXiv QA set, `fresh14`, from the shared arXiv dump.

    python3 bench/qa/build_fresh14.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh14 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh14 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, and the 12 clusters of each of
    build_fresh3.py to build_fresh13.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl and
    arxiv_fresh2_corpus.jsonl to arxiv_fresh13_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh14 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh14_corpus.jsonl and arxiv_fresh14_clusters.json next to this file (the other sets' files
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


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH14 = {
    "persuasion-sycophancy-deception": ([r"sycophan|persua|decepti|deceiv|\blying\b|scheming|sandbagg|reward hacking|(emergent|agentic) misalignment"], []),
    "moral-ethics-values": ([r"\bmoral(ity)?\b|ethic|human values|value alignment|pluralistic"], []),
    "clip-models": ([r"\bclip\b"], []),
    "inpainting-stylization": ([r"inpainting|outpainting|style transfer|stylization|colori[sz]ation"], []),
    "video-segmentation-tracking": ([r"video object segmentation|video instance segmentation|single object tracking|visual (object )?tracking|\btrackers?\b|object tracking"], []),
    "token-compression": ([r"token (merging|reduction|compression|selection)|visual tokens?|vision tokens?"], []),
    "web-deep-research-agents": ([r"web (agents?|navigation|browsing)|deep research|browser|search agents?"], []),
    "evolutionary-computation": ([r"evolutionary (algorithm|computation|search|optimi[sz]|strateg|multi|prompt|code|merging|model|framework|approach)|genetic (algorithm|programming)|neuroevolution|evolution strateg|quality[- ]diversity|particle swarm|metaheuristic"], []),
    "edge-iot": ([r"edge (devices?|computing|intelligence|ai|inference)|on-device|mobile devices?|microcontroller|tinyml|\biot\b|internet of things"], []),
    "image-forensics": ([r"forgery|tamper|manipulation detection|ai-generated images?|synthetic image detection|generated image detection|image forensic"], []),
    "neuroscience-brain-encoding": ([r"neuroscien|neural (encoding|decoding)|brain (encoding|decoding|alignment|activity)|cortex|cortical"], []),
    "cultural-heritage-history": ([r"cultural heritage|historical|archaeolog|ancient|\bmuseums?\b|manuscript"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh14-19": ("edge-iot", "2603.28713", 22),
}

INVENTED = {"fresh14-20": "ProbeSentinel"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11, **FRESH12, **FRESH13, **FRESH14}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11) + len(FRESH12) + len(FRESH13) + len(FRESH14)), \
        "cluster names must be distinct"
    run(__doc__, "fresh14", FRESH14, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11", "fresh12", "fresh13"), every)


if __name__ == "__main__":
    main()
