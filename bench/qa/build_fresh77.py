"""Rebuild the 120-abstract corpus of the seventy-ninth arXiv QA set, `fresh77`, from the shared arXiv dump.

    python3 bench/qa/build_fresh77.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (deserts, mountains, lakes and islands, classrooms and schools, hospitals and nursing, milk, cheese,
mushrooms and bread, dogs, cats and pets, stairs, doors, elevators and eyewear, rural villages and farmers, lightning
and hail, Mars and the Moon, steel and metals, concrete, glass and ceramics, rain, snow and ice):
  * a paper is eligible for a fresh77 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh77 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh77 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh77_corpus.jsonl and arxiv_fresh77_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH77 = {
    "terrain-lakes-deserts": ([r"desert|\bsand\b|\bdunes?\b|mountain|alpine|\blakes?\b|\bislands?\b"], []),
    "classrooms-schools": ([r"classroom|\bschools?\b"], []),
    "hospitals-nurses": ([r"hospital|\bnurs(?:e|es|ing)\b"], []),
    "food-staples": ([r"\bmilk|dairy|cheese|mushroom|fung(?:i|al|us)|\bbread|bakery|pastry"], []),
    "pets-dogs-cats": ([r"\bdogs?\b|\bpuppy|\bkitten|\bpets?\b"], []),
    "household-stairs-doors": ([r"stair|\bdoors?\b|elevator|escalator|eyeglass|eyewear|smart glasses"], []),
    "rural-farmers": ([r"\brural\b|village|farmers?\b|smallholder"], []),
    "lightning-thunder": ([r"lightning|thunder|\bhail"], []),
    "mars-moon": ([r"\bmars\b|lunar|\bmoon\b|martian"], []),
    "steel-metals": ([r"\bsteel|\bmetals?\b|alloy"], []),
    "concrete-glass": ([r"concrete|\bglass\b|ceramic"], []),
    "weather-rain-snow": ([r"\brain(?:fall|y)?\b|\bsnow|\bice\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh77-19": ("hospitals-nurses", "2606.13945", 11),
}

INVENTED = {"fresh77-20": "Quillbarrow"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh77's own exclude a title.
    # as for fresh58 to fresh76, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh77", FRESH77, WITHHELD, INVENTED, sets_before(77), merged(TUNE, HELDOUT, FRESH77),
        withheld_before(sets_before(77)))


if __name__ == "__main__":
    main()
