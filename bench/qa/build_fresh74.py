"""Rebuild the 120-abstract corpus of the seventy-sixth arXiv QA set, `fresh74`, from the shared arXiv dump.

    python3 bench/qa/build_fresh74.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (ball sports, GNSS and positioning, storms and hurricanes, laboratories,
voting, athletes and the Olympics, flowers, weeds and seeds, libraries and archives, roads and pavement, fish and fishing,
farm animals, subtitles and dubbing):
  * a paper is eligible for a fresh74 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh74 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh74 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh74_corpus.jsonl and arxiv_fresh74_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH74 = {
    "ball-sports": ([r"soccer|football|basketball|tennis|badminton|volleyball|cricket"], []),
    "gnss-positioning": ([r"\bgnss\b|\bgps\b|positioning"], []),
    "storms-hurricanes": ([r"hurrican|typhoon|cyclone|tornado|\bstorms?\b"], []),
    "lab-automation": ([r"laborator|self-driving lab|\blab\b|pipett"], []),
    "voting-ballots": ([r"\bvot(?:e|es|ing|ers?)\b|ballot|referend"], []),
    "olympics-athletes": ([r"olympi|athlete|marathon|swimm"], []),
    "plants-flowers": ([r"\bflowers?\b|\bweeds?\b|\bseeds?\b|orchard"], []),
    "library-archives": ([r"\blibrar(?:y|ies)\b(?! learning)|archiv"], []),
    "roads-pavement": ([r"pavement|pothole|asphalt|road surface"], []),
    "fish-fishing": ([r"\bfish(?:es|ing|eries)?\b"], []),
    "farm-animals": ([r"\bcows?\b|cattle|\bpigs?\b|\bsheep\b|\bhorses?\b|poultry|chicken"], []),
    "subtitles-dubbing": ([r"subtitl|dubbing|caption(?:ing)? (?:for|of) (?:deaf|tv)"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh74-19": ("roads-pavement", "2505.04207", 11),
}

INVENTED = {"fresh74-20": "Marrowlight"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh74's own exclude a title.
    # as for fresh58 to fresh73, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh74", FRESH74, WITHHELD, INVENTED, sets_before(74), merged(TUNE, HELDOUT, FRESH74),
        withheld_before(sets_before(74)))


if __name__ == "__main__":
    main()
