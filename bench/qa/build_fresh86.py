"""Rebuild the 120-abstract corpus of the eighty-eighth arXiv QA set, `fresh86`, from the shared arXiv dump.

    python3 bench/qa/build_fresh86.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (Wi-Fi sensing, clinical trials, the stomach, pancreas and gut, smoking (mostly smoke detection) and alcohol,
classical languages (Latin, Ancient Greek, Hebrew, Sanskrit), Nordic languages, cars, tutoring and online courses, marketing,
brands and customers, learning to hash, warehouses and bin picking, rare diseases and syndromes):
  * a paper is eligible for a fresh86 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh86 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh86 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh86_corpus.jsonl and arxiv_fresh86_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH86 = {
    "wifi-sensing": ([r"wi-?fi|channel state information|\bcsi\b"], []),
    "clinical-trials": ([r"clinical trials?"], []),
    "gastric-pancreatic": ([r"pancrea|gastric|esophag|stomach|gastrointestinal"], []),
    "tobacco-alcohol": ([r"smok|tobacco|alcohol|vaping|cigarette"], []),
    "classical-languages": ([r"ancient greek|\blatin\b|hebrew|sanskrit|classical chinese"], []),
    "nordic-languages": ([r"swedish|norwegian|danish|finnish|icelandic|nordic|estonian"], []),
    "cars-automobiles": ([r"\bcars?\b|automobile|automotive"], []),
    "tutoring-moocs": ([r"tutor|\bmoocs?\b|online course|e-learning"], []),
    "marketing-brands": ([r"marketing|\bbrands?\b|customer"], []),
    "learning-to-hash": ([r"hashing|hash codes?"], []),
    "warehouses-forklifts": ([r"warehouse|forklift|picking robot|bin picking"], []),
    "rare-diseases": ([r"rare disease|orphan|genetic disorder|syndrome"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh86-19": ("learning-to-hash", "2508.19740", 11),
}

INVENTED = {"fresh86-20": "Pellowmere"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh86's own exclude a title.
    # as for fresh58 to fresh85, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh86", FRESH86, WITHHELD, INVENTED, sets_before(86), merged(TUNE, HELDOUT, FRESH86),
        withheld_before(sets_before(86)))


if __name__ == "__main__":
    main()
