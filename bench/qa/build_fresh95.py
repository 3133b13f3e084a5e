"""Rebuild the 120-abstract corpus of the ninety-seventh arXiv QA set, `fresh95`, from the shared arXiv dump.

    python3 bench/qa/build_fresh95.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (rectified flow, table question answering, noisy labels, prompt compression,
reward hacking, process reward models, graph and molecule generation, temperature, speech translation, deblurring,
composed image retrieval, place recognition):
  * a paper is eligible for a fresh95 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh95 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh95 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh95_corpus.jsonl and arxiv_fresh95_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH95 = {
    "rectified-flow": ([r"rectified flows?"], []),
    "table-qa": ([r"table question|\btableqa\b|table qa|tabular question"], []),
    "label-noise": ([r"noisy labels?|label noise"], []),
    "prompt-compression": ([r"prompt compression|context compression"], []),
    "reward-hacking": ([r"reward hacking|reward over-?optimi"], []),
    "process-reward": ([r"process reward|\bprms?\b"], []),
    "graph-generation": ([r"graph generation|molecul\w* generation"], []),
    "temperature-scaling": ([r"temperature"], []),
    "speech-translation": ([r"speech translation|speech-to-speech"], []),
    "deblurring": ([r"deblur|motion blur"], []),
    "composed-image-retrieval": ([r"composed image retrieval"], []),
    "place-recognition": ([r"place recognition"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh95-19": ("label-noise", "2509.02351", 11),
}

INVENTED = {"fresh95-20": "Gallowmere"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh95's own exclude a title.
    # as for fresh58 to fresh94, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh95", FRESH95, WITHHELD, INVENTED, sets_before(95), merged(TUNE, HELDOUT, FRESH95),
        withheld_before(sets_before(95)))


if __name__ == "__main__":
    main()
