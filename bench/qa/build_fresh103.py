"""Rebuild the 120-abstract corpus of the hundred-and-fifth arXiv QA set, `fresh103`, from the shared arXiv dump.

    python3 bench/qa/build_fresh103.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (hallucination detection, climate downscaling, weakly and semi-supervised segmentation, knowledge graph
completion, one- and few-step diffusion, image-to-3D, 4D generation, prompt optimization, LLM debate, pathology
foundation models, CAD generation):
  * a paper is eligible for a fresh103 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh103 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh103 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh103_corpus.jsonl and arxiv_fresh103_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH103 = {
    "hallucination-detection": ([r"hallucination detection|detecting hallucination"], []),
    "weather-downscaling": ([r"downscaling"], []),
    "weakly-supervised-segmentation": ([r"weakly.supervised semantic segmentation|weakly supervised segmentation"], []),
    "semi-supervised-segmentation": ([r"semi-supervised (?:semantic |medical image )?segmentation"], []),
    "kg-completion": ([r"knowledge graph completion|link prediction in knowledge"], []),
    "one-step-diffusion": ([r"one-step|few-step|single-step"], [r"diffusion"]),
    "image-to-3d": ([r"image-to-3d|single-image 3d"], []),
    "4d-generation": ([r"4d generation|text-to-4d|video-to-4d"], []),
    "prompt-optimization": ([r"prompt optimization|automatic prompt"], []),
    "llm-debate": ([r"debat"], [r"language model|llm"]),
    "pathology-foundation": ([r"pathology foundation"], []),
    "cad-generation": ([r"\bcad\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh103-19": ("cad-generation", "2603.05607", 11),
}

INVENTED = {"fresh103-20": "Sloeberry"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh103's own exclude a title.
    # as for fresh58 to fresh103, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh103", FRESH103, WITHHELD, INVENTED, sets_before(103), merged(TUNE, HELDOUT, FRESH103),
        withheld_before(sets_before(103)))


if __name__ == "__main__":
    main()
