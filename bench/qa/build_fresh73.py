"""Rebuild the 120-abstract corpus of the seventy-fifth arXiv QA set, `fresh73`, from the shared arXiv dump.

    python3 bench/qa/build_fresh73.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (autism, ADHD and dyslexia, stuttering and voice disorders, comics and manga,
fitness and exercise, traffic signals and intersections, bridges, tunnels and dams, dreams and meditation, hearing and
deafness, insurance, real estate and housing, welding and semiconductors, volcanoes, glaciers and landslides):
  * a paper is eligible for a fresh73 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh73 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh73 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh73_corpus.jsonl and arxiv_fresh73_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH73 = {
    "autism-adhd": ([r"autis|adhd|attention[- ]deficit|dyslex"], []),
    "stuttering-voice-disorders": ([r"stutter|dysarthri|aphasi|voice disorder"], []),
    "comics-manga": ([r"comic|manga|cartoon"], []),
    "fitness-exercise": ([r"fitness|exercis|workout|yoga"], []),
    "traffic-signals": ([r"traffic (?:light|signal)|intersection"], []),
    "bridges-tunnels": ([r"\bbridges?\b(?! the)|tunnel|\bdams?\b"], []),
    "dreams-meditation": ([r"\bdreams?\b|meditat|mindful"], []),
    "hearing-deaf": ([r"hearing|\bdeaf|cochlear"], []),
    "insurance-claims": ([r"insuran|\bclaims? (?:processing|adjust)"], []),
    "real-estate-housing": ([r"real estate|housing|\bhouse prices?|rental"], []),
    "welding-semiconductor": ([r"weld|wafer|semiconductor"], []),
    "volcano-glacier": ([r"volcan|glacier|avalanche|landslide"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh73-19": ("comics-manga", "2508.09709", 12),
}

INVENTED = {"fresh73-20": "Kestrelweave"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh73's own exclude a title.
    # as for fresh58 to fresh72, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh73", FRESH73, WITHHELD, INVENTED, sets_before(73), merged(TUNE, HELDOUT, FRESH73),
        withheld_before(sets_before(73)))


if __name__ == "__main__":
    main()
