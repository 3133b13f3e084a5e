"""Rebuild the 120-abstract corpus of the seventy-fourth arXiv QA set, `fresh72`, from the shared arXiv dump.

    python3 bench/qa/build_fresh72.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (floods and rivers, textiles and garments, jobs and resumes, musical instruments,
taxes and accounting, gambling and lotteries, bicycles and cycling, railways and trains, ships and vessels,
rockets, spacecraft, the Moon and Mars, cyberbullying and harassment, wine, beer, coffee and tea):
  * a paper is eligible for a fresh72 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh72 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh72 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh72_corpus.jsonl and arxiv_fresh72_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH72 = {
    "floods-rivers": ([r"flood|\brivers?\b|hydrolog"], []),
    "textile-garment": ([r"textile|fabric|garment|knit|sewing|cloth"], []),
    "jobs-resumes": ([r"resumes?\b|job posting|\bjobs?\b|recruit"], []),
    "musical-instruments": ([r"piano|guitar|drum|violin|musical instrument"], []),
    "tax-accounting": ([r"\btax(?:es|ation)?\b|accounting|bookkeep"], []),
    "gambling-lottery": ([r"gambl|casino|lottery|betting|poker"], []),
    "bicycles-cycling": ([r"bicycl|cycling|cyclist|\bbikes?\b|scooter"], []),
    "railways-trains": ([r"railway|\btrains?\b|\brail\b|metro|subway"], []),
    "ships-vessels": ([r"\bships?\b|vessel|maritime|shipping"], []),
    "rockets-spacecraft": ([r"rocket|spacecraft|\blaunch|lunar|\bmars\b"], []),
    "cyberbullying-harassment": ([r"bully|harass|cyberbull"], []),
    "wine-beverages": ([r"\bwine|\bbeer|coffee|\btea\b|beverage"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh72-19": ("floods-rivers", "2507.04915", 12),
}

INVENTED = {"fresh72-20": "Brindlecast"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh72's own exclude a title.
    # as for fresh58 to fresh71, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh72", FRESH72, WITHHELD, INVENTED, sets_before(72), merged(TUNE, HELDOUT, FRESH72),
        withheld_before(sets_before(72)))


if __name__ == "__main__":
    main()
