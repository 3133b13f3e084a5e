"""Rebuild the 120-abstract corpus of the hundred-and-thirty-eighth arXiv QA set, `fresh136`, from the shared arXiv dump.

    python3 bench/qa/build_fresh136.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (embedding, reranking, web, mobile, edge, cloud, IoT, maritime, chart,
tokenizer, handwriting, OCR):
  * a paper is eligible for a fresh136 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh136 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh136 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh136_corpus.jsonl and arxiv_fresh136_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH136 = {
    "embedding-broad": ([r'embedding'], []),
    "reranking-broad": ([r'rerank|re-rank'], []),
    "web-broad": ([r'\bweb\b'], []),
    "mobile-broad": ([r'\bmobile'], []),
    "edge-broad": ([r'\bedge\b'], []),
    "cloud-broad": ([r'\bcloud\b'], []),
    "iot-broad": ([r'\biot\b|internet of things'], []),
    "maritime-broad": ([r'maritime|\bship|vessel'], []),
    "chart-broad": ([r'\bchart'], []),
    "tokenizer-broad": ([r'tokeniz'], []),
    "handwriting-broad": ([r'handwrit'], []),
    "ocr-broad": ([r'\bocr\b'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh136-19": ("maritime-broad", "2507.07920", 11),
}

INVENTED = {"fresh136-20": "Ostrevane"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh136's own exclude a title.
    # as for fresh58 to fresh136, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh136", FRESH136, WITHHELD, INVENTED, sets_before(136), merged(TUNE, HELDOUT, FRESH136),
        withheld_before(sets_before(136)))


if __name__ == "__main__":
    main()
