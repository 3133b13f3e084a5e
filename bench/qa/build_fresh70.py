"""Rebuild the 120-abstract corpus of the seventy-second arXiv QA set, `fresh70`, from the shared arXiv dump.

    python3 bench/qa/build_fresh70.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (food, recipes and cooking, e-mail and messages, retail and inventory,
earthquakes and seismic data, fonts, typography and glyphs, flights and aircraft, puzzles and mazes, negotiation and
bargaining, debate, crashes, accidents and collisions, archaeology and history, oil, gas and mining):
  * a paper is eligible for a fresh70 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh70 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh70 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh70_corpus.jsonl and arxiv_fresh70_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH70 = {
    "cooking-recipes": ([r"recipe|cooking|culinary|\bfood\b"], []),
    "email-messaging": ([r"\bemails?\b|messag"], []),
    "retail-inventory": ([r"inventory|retail|warehouse"], []),
    "seismic-earthquake": ([r"seismic|earthquake|geophys"], []),
    "fonts-typography": ([r"\bfonts?\b|typograph|calligraph|glyph"], []),
    "aircraft-flight": ([r"flight|aircraft|airline|airport"], []),
    "puzzles-mazes": ([r"\bmazes?\b|sudoku|puzzle"], []),
    "negotiation-bargaining": ([r"negotiat|bargain"], []),
    "debate-argument": ([r"debate"], []),
    "crash-collision": ([r"\bcrash|accident|collision"], []),
    "archaeology-ancient": ([r"archaeolog|ancient|historical"], []),
    "oil-gas-mining": ([r"\boil\b|\bgas\b|mining|drilling|reservoir"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh70-19": ("negotiation-bargaining", "2601.04387", 15),
}

INVENTED = {"fresh70-20": "Tessaloom"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh70's own exclude a title.
    # as for fresh58 to fresh69, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh70", FRESH70, WITHHELD, INVENTED, sets_before(70), merged(TUNE, HELDOUT, FRESH70),
        withheld_before(sets_before(70)))


if __name__ == "__main__":
    main()
