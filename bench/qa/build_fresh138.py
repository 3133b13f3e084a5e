"""Rebuild the 120-abstract corpus of the hundred-and-fortieth arXiv QA set, `fresh138`, from the shared arXiv dump.

    python3 bench/qa/build_fresh138.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (material, gait, crowd,
dance, radar, forest, plant, depression, heart/cardiac, teacher, backdoor, font/typography):
  * a paper is eligible for a fresh138 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh138 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh138 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh138_corpus.jsonl and arxiv_fresh138_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH138 = {
    "material-broad": ([r'material'], []),
    "gait-broad": ([r'\bgait'], []),
    "crowd-broad": ([r'\bcrowd'], []),
    "dance-broad": ([r'\bdanc'], []),
    "radar-broad": ([r'\bradar'], []),
    "forest-broad": ([r'\bforest'], []),
    "plant-broad": ([r'\bplant'], []),
    "depression-broad": ([r'depress'], []),
    "heart-broad": ([r'\bheart|cardi'], []),
    "teacher-broad": ([r'teacher'], []),
    "backdoor-broad": ([r'backdoor'], []),
    "font-broad": ([r'\bfont|typograph'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh138-19": ("font-broad", "2602.13889", 11),
}

INVENTED = {"fresh138-20": "Dunsgrave"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh138's own exclude a title.
    # as for fresh58 to fresh138, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh138", FRESH138, WITHHELD, INVENTED, sets_before(138), merged(TUNE, HELDOUT, FRESH138),
        withheld_before(sets_before(138)))


if __name__ == "__main__":
    main()
