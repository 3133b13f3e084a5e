"""Rebuild the 120-abstract corpus of the one-hundredth arXiv QA set, `fresh98`, from the shared arXiv dump.

    python3 bench/qa/build_fresh98.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (Mamba models, instance segmentation, referring expressions, AI-generated image detection,
token pruning and merging, misalignment, mechanistic interpretability and models, video LLMs, graph RAG, test-time
training, audio language models, vision-and-language navigation):
  * a paper is eligible for a fresh98 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh98 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh98 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh98_corpus.jsonl and arxiv_fresh98_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH98 = {
    "mamba-models": ([r"mamba"], []),
    "instance-segmentation": ([r"instance segmentation"], []),
    "referring-segmentation": ([r"referring"], []),
    "ai-generated-images": ([r"ai-generated image|generated image detection|synthetic image detection"], []),
    "token-pruning": ([r"token pruning|token merging"], []),
    "misalignment": ([r"misalign"], []),
    "mechanistic": ([r"mechanistic"], []),
    "video-llm": ([r"video large language model|video llm|video-llm"], []),
    "graph-rag": ([r"graphrag|graph rag|graph-based retrieval"], []),
    "test-time-training": ([r"test-time training"], []),
    "audio-llm": ([r"audio language model|audio llm|large audio"], []),
    "vln": ([r"vision-and-language navigation|vision-language navigation|\bvln\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh98-19": ("graph-rag", "2510.07718", 11),
}

INVENTED = {"fresh98-20": "Quorrelby"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh98's own exclude a title.
    # as for fresh58 to fresh97, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh98", FRESH98, WITHHELD, INVENTED, sets_before(98), merged(TUNE, HELDOUT, FRESH98),
        withheld_before(sets_before(98)))


if __name__ == "__main__":
    main()
