"""Rebuild the 120-abstract corpus of the hundred-and-second arXiv QA set, `fresh100`, from the shared arXiv dump.

    python3 bench/qa/build_fresh100.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (early exits and layer skipping, emergent misalignment, vessel segmentation, sarcasm and irony,
poems, satellite imagery, gait, formal verification, video anomalies, face anti-spoofing, gesture recognition,
referring expressions):
  * a paper is eligible for a fresh100 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh100 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh100 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh100_corpus.jsonl and arxiv_fresh100_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH100 = {
    "early-exit": ([r"early exit|layer skip"], []),
    "emergent-misalignment": ([r"emergent misalignment"], []),
    "retinal-vessels": ([r"vessel segmentation"], []),
    "sarcasm-irony": ([r"irony|sarcas"], []),
    "poems": ([r"poem|poetry"], []),
    "satellite-imagery": ([r"satellite imag"], []),
    "gait-analysis": ([r"\bgait\b"], []),
    "formal-verification": ([r"formal verification|verified code|program verification"], []),
    "video-anomaly": ([r"video anomaly"], []),
    "face-anti-spoofing": ([r"anti-spoofing|face spoofing|liveness"], []),
    "gesture-recognition": ([r"gesture recognition"], []),
    "referring-expressions": ([r"referring"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh100-19": ("emergent-misalignment", "2605.31328", 11),
}

INVENTED = {"fresh100-20": "Fallowcroft"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh100's own exclude a title.
    # as for fresh58 to fresh99, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh100", FRESH100, WITHHELD, INVENTED, sets_before(100), merged(TUNE, HELDOUT, FRESH100),
        withheld_before(sets_before(100)))


if __name__ == "__main__":
    main()
