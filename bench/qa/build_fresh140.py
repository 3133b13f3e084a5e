"""Rebuild the 120-abstract corpus of the hundred-and-forty-second arXiv QA set, `fresh140`, from the shared arXiv dump.

    python3 bench/qa/build_fresh140.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (cancer/tumour, eye/retina,
hospital, physics, attack, drone/UAV, audio, legal/law, quantum, kernel, robot, spiking):
  * a paper is eligible for a fresh140 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh140 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh140 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh140_corpus.jsonl and arxiv_fresh140_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH140 = {
    "tumor-broad": ([r'cancer|tumou?r'], []),
    "eye-broad": ([r'retina|fundus|\beye'], []),
    "hospital-broad": ([r'hospital'], []),
    "physical-broad": ([r'physic'], []),
    "adversary-broad": ([r'attack'], []),
    "uav-broad": ([r'drone|\buav'], []),
    "audio-signal-broad": ([r'\baudio'], []),
    "law-broad": ([r'legal|\blaw\b'], []),
    "qubit-broad": ([r'quantum'], []),
    "kernels-broad": ([r'kernel'], []),
    "robotic-broad": ([r'robot'], []),
    "spiking-broad": ([r'spiking'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh140-19": ("spiking-broad", "2503.12905", 11),
}

INVENTED = {"fresh140-20": "Wrexholm"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh140's own exclude a title.
    # as for fresh58 to fresh140, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh140", FRESH140, WITHHELD, INVENTED, sets_before(140), merged(TUNE, HELDOUT, FRESH140),
        withheld_before(sets_before(140)))


if __name__ == "__main__":
    main()
