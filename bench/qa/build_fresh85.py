"""Rebuild the 120-abstract corpus of the eighty-seventh arXiv QA set, `fresh85`, from the shared arXiv dump.

    python3 bench/qa/build_fresh85.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (dyslexia and reading, urology and the bladder, pneumonia and chest X-rays, the Moon, Mars and asteroids,
ice and snow, toys and board games, gyms and workouts (mostly agent "gyms"), bread, baking and pizza, copyright and
licensing, editors and Wikidata, idioms and metaphors, laboratories):
  * a paper is eligible for a fresh85 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh85 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh85 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh85_corpus.jsonl and arxiv_fresh85_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH85 = {
    "dyslexia-reading": ([r"dyslexi|reading comprehension|readability"], []),
    "urology-bladder": ([r"urolog|bladder|urinary"], []),
    "pneumonia-chest-xray": ([r"pneumonia|tuberculosis|chest x-?ray"], []),
    "lunar-asteroids": ([r"lunar|martian|\bmars\b|asteroid"], []),
    "ice-snow": ([r"\bsnow|sea ice|permafrost"], []),
    "toys-board-games": ([r"\btoys?\b|lego|board game"], []),
    "gym-exercise-form": ([r"\bgym\b|workout|squat|push-up"], []),
    "bread-baking-pizza": ([r"bread|bak(?:e|ing)|pizza"], []),
    "copyright-licensing": ([r"copyright|intellectual property|licens"], []),
    "editors-wikidata": ([r"wikidata|wikipedia editor|editors?\b"], []),
    "idioms-metaphors": ([r"idiom|proverb|metaphor"], []),
    "laboratories": ([r"laborator|lab safety|wet lab"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh85-19": ("gym-exercise-form", "2505.24760", 11),
}

INVENTED = {"fresh85-20": "Quibbleton"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh85's own exclude a title.
    # as for fresh58 to fresh84, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh85", FRESH85, WITHHELD, INVENTED, sets_before(85), merged(TUNE, HELDOUT, FRESH85),
        withheld_before(sets_before(85)))


if __name__ == "__main__":
    main()
