"""Rebuild the 120-abstract corpus of the seventy-eighth arXiv QA set, `fresh76`, from the shared arXiv dump.

    python3 bench/qa/build_fresh76.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (leaks and leakage, soil and landslides, gait and walking, strokes and rehabilitation, dispatching,
hockey, rugby, baseball, golf and climbing, fall detection, bees and pollinators, ocean waves and tides, trucks and
buses, dating and romance, fire and firefighting):
  * a paper is eligible for a fresh76 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh76 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh76 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh76_corpus.jsonl and arxiv_fresh76_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH76 = {
    "leaks-leakage": ([r"\bleak|water distribution|\bsewer|water pipe"], []),
    "soil-landslides": ([r"\bsoils?\b|erosion|landslide"], []),
    "gait-walking": ([r"\bgait\b|footstep|walking"], []),
    "strokes": ([r"\bstroke\b|rehabilitat"], []),
    "dispatching": ([r"emergency call|\b911\b|dispatch"], []),
    "other-sports": ([r"hockey|rugby|baseball|\bgolf|boxing|\bski(?:ing)?\b|climbing"], []),
    "fall-detection": ([r"fall detection|fall risk|detecting falls"], []),
    "bees-pollinators": ([r"\bbees?\b|pollinat|beehive|honey"], []),
    "ocean-waves": ([r"ocean wave|sea state|wave height|tides?\b"], []),
    "trucks-buses": ([r"\btrucks?\b|freight|\bbus(?:es)?\b|public transit|subway"], []),
    "dating-romance": ([r"\bdating\b|romantic|romance|\blove\b"], []),
    "fire-firefighting": ([r"\bfires?\b|firefight|\bflames?\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh76-19": ("strokes", "2510.24398", 11),
}

INVENTED = {"fresh76-20": "Fenwhistle"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh76's own exclude a title.
    # as for fresh58 to fresh75, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh76", FRESH76, WITHHELD, INVENTED, sets_before(76), merged(TUNE, HELDOUT, FRESH76),
        withheld_before(sets_before(76)))


if __name__ == "__main__":
    main()
