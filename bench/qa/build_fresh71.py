"""Rebuild the 120-abstract corpus of the seventy-third arXiv QA set, `fresh71`, from the shared arXiv dump.

    python3 bench/qa/build_fresh71.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (insects and birds, parking and ports, wildfires and smoke, 3D printing,
emoji and stickers, solar and wind power, podcasts and radio, electric vehicles (the pattern also takes event cameras), animal sounds,
origami, Lego and knots, COVID-19, vaccines and pandemics, nuclear and plasma physics):
  * a paper is eligible for a fresh71 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh71 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh71 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh71_corpus.jsonl and arxiv_fresh71_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH71 = {
    "insects-birds": ([r"\binsects?\b|\bbees?\b|\bbirds?\b|avian|mosquito"], []),
    "parking-ports": ([r"parking|\bports?\b|harbou?r"], []),
    "wildfire-smoke": ([r"wildfire|\bfires?\b|smoke"], []),
    "additive-printing": ([r"3d print|additive manufact|printing"], []),
    "emoji-stickers": ([r"emoji|sticker"], []),
    "solar-wind": ([r"solar|photovoltaic|wind turbine|wind power"], []),
    "podcast-radio": ([r"podcast|\bradio\b"], []),
    "electric-vehicles": ([r"electric vehicle|\bevs?\b|charging"], []),
    "animal-sounds": ([r"whale|dolphin|animal (?:vocal|sound|communication)|bioacoustic"], []),
    "origami-lego": ([r"origami|\blego\b|\bknots?\b"], []),
    "vaccines-covid": ([r"covid|vaccin|pandemic"], []),
    "nuclear-plasma": ([r"nuclear|plasma|tokamak|fusion reactor"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh71-19": ("vaccines-covid", "2507.07599", 11),
}

INVENTED = {"fresh71-20": "Pollenvane"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh71's own exclude a title.
    # as for fresh58 to fresh70, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh71", FRESH71, WITHHELD, INVENTED, sets_before(71), merged(TUNE, HELDOUT, FRESH71),
        withheld_before(sets_before(71)))


if __name__ == "__main__":
    main()
