"""Rebuild the 120-abstract corpus of the hundred-and-thirty-first arXiv QA set, `fresh129`, from the shared arXiv dump.

    python3 bench/qa/build_fresh129.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (verification, inference, tool, emotion, kernel, frequency, streaming,
autoregressive, gaussian, rendering, online, spectral):
  * a paper is eligible for a fresh129 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh129 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh129 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh129_corpus.jsonl and arxiv_fresh129_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH129 = {
    "verification-broad": ([r'verif'], []),
    "inference-broad": ([r'\binference\b'], []),
    "tool-broad": ([r'\btools?\b'], []),
    "emotion-broad": ([r'emotion'], []),
    "kernel-broad": ([r'kernel'], []),
    "frequency-broad": ([r'frequenc'], []),
    "streaming-broad": ([r'streaming'], []),
    "autoregressive-broad": ([r'autoregressive'], []),
    "gaussian-broad": ([r'gaussian'], []),
    "rendering-broad": ([r'render'], []),
    "online-broad": ([r'\bonline\b'], []),
    "spectral-broad": ([r'spectral'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh129-19": ("online-broad", "2602.22455", 11),
}

INVENTED = {"fresh129-20": "Glenvarrow"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh129's own exclude a title.
    # as for fresh58 to fresh129, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh129", FRESH129, WITHHELD, INVENTED, sets_before(129), merged(TUNE, HELDOUT, FRESH129),
        withheld_before(sets_before(129)))


if __name__ == "__main__":
    main()
