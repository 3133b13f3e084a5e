"""Rebuild the 120-abstract corpus of the eighty-ninth arXiv QA set, `fresh87`, from the shared arXiv dump.

    python3 bench/qa/build_fresh87.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (ChatGPT, leaves and leaf diseases, bearings and vibration, diagrams and flowcharts, invoices and
receipts, aspect-based sentiment, task-oriented dialogue and slot filling, processors and CPUs, storage and memory systems
(mostly agent memory), clickbait and headlines, conspiracy and polarization, indigenous languages):
  * a paper is eligible for a fresh87 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh87 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh87 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh87_corpus.jsonl and arxiv_fresh87_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH87 = {
    "chatgpt-usage": ([r"chatgpt"], []),
    "leaf-disease": ([r"\bleaf\b|\bleaves\b|tomato|potato"], []),
    "bearings-vibration": ([r"bearing|gearbox|vibration"], []),
    "diagrams-flowcharts": ([r"diagram|flowchart"], []),
    "invoices-receipts": ([r"invoice|receipt|purchase order"], []),
    "aspect-sentiment": ([r"aspect-based|aspect sentiment|aspect term|opinion mining"], []),
    "slot-filling-dst": ([r"slot filling|dialogue state|dialog state|task-oriented dialog"], []),
    "cpu-processors": ([r"risc-v|\bcpus?\b|processor|microcontroller"], []),
    "storage-dram": ([r"\bdram\b|\bssds?\b|storage system|memory system|flash memory"], []),
    "clickbait-headlines": ([r"clickbait|headline"], []),
    "conspiracy-theories": ([r"conspirac|polariz|echo chamber"], []),
    "indigenous-languages": ([r"indigenous|quechua|maori|native american|endangered language"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh87-19": ("slot-filling-dst", "2506.12266", 11),
}

INVENTED = {"fresh87-20": "Grimbleshaw"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh87's own exclude a title.
    # as for fresh58 to fresh86, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh87", FRESH87, WITHHELD, INVENTED, sets_before(87), merged(TUNE, HELDOUT, FRESH87),
        withheld_before(sets_before(87)))


if __name__ == "__main__":
    main()
