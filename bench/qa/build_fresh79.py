"""Rebuild the 120-abstract corpus of the eighty-first arXiv QA set, `fresh79`, from the shared arXiv dump.

    python3 bench/qa/build_fresh79.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (banks and loans, hotels, restaurants and groceries, furniture and kitchens, radiotherapy dose,
theatre and museums, parks, gardens and zoos, Q&A sites and wikis, fog and haze, fingerprints and irises, blood tests and
biomarkers, bones and fractures, cartoons and animation):
  * a paper is eligible for a fresh79 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh79 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh79 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh79_corpus.jsonl and arxiv_fresh79_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH79 = {
    "banks-loans": ([r"\bbank(?:s|ing)?\b|\bloans?\b|credit card|mortgage"], []),
    "hospitality-grocery": ([r"\bhotels?\b|restaurant|airbnb|supermarket|grocer"], []),
    "furniture-kitchens": ([r"furniture|interior design|\bsofas?\b|\bchairs?\b|kitchen|appliance|refrigerator"], []),
    "radiotherapy-dose": ([r"radiotherap|radiation dose|dosimetr"], []),
    "theatre-museums": ([r"theat(?:re|er)|\bdrama|stage play|museum|exhibition|galler(?:y|ies)"], []),
    "parks-gardens-zoos": ([r"\bparks?\b|garden|\bzoos?\b|aquarium"], []),
    "qa-sites-wikis": ([r"stack ?overflow|stackexchange|quora|\bwikis?\b|wikidata"], []),
    "fog-haze": ([r"\bfog(?:gy)?\b|\bhaze|\bhazy\b|dehaz"], []),
    "fingerprints-iris": ([r"fingerprint|\biris\b|palmprint|palm vein"], []),
    "blood-tests": ([r"blood test|biomarker|lab(?:oratory)? test"], []),
    "bones-fractures": ([r"fracture|\bbones?\b|skelet"], []),
    "cartoons-animation": ([r"cartoon|animation|animated"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh79-19": ("banks-loans", "2606.20682", 11),
}

INVENTED = {"fresh79-20": "Hollowtine"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh79's own exclude a title.
    # as for fresh58 to fresh78, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh79", FRESH79, WITHHELD, INVENTED, sets_before(79), merged(TUNE, HELDOUT, FRESH79),
        withheld_before(sets_before(79)))


if __name__ == "__main__":
    main()
