"""Rebuild the 120-abstract corpus of the hundred-and-eighth arXiv QA set, `fresh106`, from the shared arXiv dump.

    python3 bench/qa/build_fresh106.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (video generation, 3D with LLMs, diffusion image editing, LLM safety, code with LLMs, summarization,
translation, question answering, reinforcement learning for reasoning, distillation, hand-object interaction,
wearable sensing):
  * a paper is eligible for a fresh106 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh106 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh106 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh106_corpus.jsonl and arxiv_fresh106_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH106 = {
    "video-generation": (['video generation'], []),
    "3d-llm": (['\\b3d\\b'], ['large language model|llm']),
    "image-editing-diffusion": (['editing'], ['diffusion']),
    "llm-safety": (['safety'], ['large language model|llm']),
    "code-llm": (['\\bcode\\b'], ['large language model|llm']),
    "summarization-llm": (['summar'], []),
    "translation-llm": (['translation'], []),
    "qa-general": (['question answering'], []),
    "rl-reasoning": (['reinforcement'], ['reasoning']),
    "distillation-methods": (['distillation'], []),
    "hand-object": (['hand-object|hand object'], []),
    "wearable-sensing": (['wearable'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh106-19": ("hand-object", "2606.17384", 11),
}

INVENTED = {"fresh106-20": "Marrowdale"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh106's own exclude a title.
    # as for fresh58 to fresh106, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh106", FRESH106, WITHHELD, INVENTED, sets_before(106), merged(TUNE, HELDOUT, FRESH106),
        withheld_before(sets_before(106)))


if __name__ == "__main__":
    main()
