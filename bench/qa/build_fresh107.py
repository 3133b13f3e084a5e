"""Rebuild the 120-abstract corpus of the hundred-and-ninth arXiv QA set, `fresh107`, from the shared arXiv dump.

    python3 bench/qa/build_fresh107.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (image enhancement, OCR and documents, speech recognition, retrieval-augmented generation, diffusion
sampling, vision transformers, LLM interpretability, multi-agent systems, time series, anomalies, audio, robots):
  * a paper is eligible for a fresh107 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh107 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh107 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh107_corpus.jsonl and arxiv_fresh107_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH107 = {
    "image-enhancement": (['enhancement'], []),
    "ocr-documents": (['\\bocr\\b|document understanding'], []),
    "asr-systems": (['speech recognition|\\basr\\b'], []),
    "rag-systems": (['retrieval-augmented|\\brag\\b'], []),
    "diffusion-sampling": (['sampler|sampling'], ['diffusion']),
    "vit-models": (['vision transformer|\\bvit\\b'], []),
    "interpretability-llm": (['interpretab|explainab'], ['large language model|llm']),
    "multi-agent-systems": (['multi-agent'], []),
    "time-series-models": (['time series|time-series'], []),
    "anomaly-methods": (['anomal'], []),
    "audio-models": (['\\baudio\\b'], []),
    "robot-learning": (['\\brobot'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh107-19": ("diffusion-sampling", "2505.07477", 11),
}

INVENTED = {"fresh107-20": "Cobbleridge"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh107's own exclude a title.
    # as for fresh58 to fresh107, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh107", FRESH107, WITHHELD, INVENTED, sets_before(107), merged(TUNE, HELDOUT, FRESH107),
        withheld_before(sets_before(107)))


if __name__ == "__main__":
    main()
