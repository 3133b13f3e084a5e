"""Rebuild the 120-abstract corpus of the sixty-fourth arXiv QA set, `fresh62`, from the shared arXiv dump.

    python3 bench/qa/build_fresh62.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (optical flow and stereo, documents and tables, attention, embeddings, tools,
search and ranking, privacy and security, surgery and endoscopy, cells and microscopy, maps and urban data, policy and
regulation, art and creativity):
  * a paper is eligible for a fresh62 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh62 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh62 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh62_corpus.jsonl and arxiv_fresh62_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH62 = {
    "optical-flow-stereo": ([r"optical flow|stereo"], []),
    "documents-tables": ([r"document|table"], []),
    "attention": ([r"attention"], []),
    "embeddings": ([r"embedding"], []),
    "tools": ([r"tool"], []),
    "search-ranking": ([r"ranking|search engine|re-?rank"], []),
    "privacy-security": ([r"privacy|secur"], []),
    "surgery-endoscopy": ([r"endoscop|surg"], []),
    "cells-microscopy": ([r"microscop|cell"], []),
    "maps-urban": ([r"\bmaps?\b|geospatial|urban"], []),
    "policy-regulation": ([r"policy|regulat|govern"], []),
    "art-creativity": ([r"\bart\b|artist|creativ|music|poetry|story"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh62-19": ("embeddings", "2510.02294", 14),
}

INVENTED = {"fresh62-20": "VecLoom"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh62's own exclude a title.
    # as for fresh58 to fresh61, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh62", FRESH62, WITHHELD, INVENTED, sets_before(62), merged(TUNE, HELDOUT, FRESH62),
        withheld_before(sets_before(62)))


if __name__ == "__main__":
    main()
