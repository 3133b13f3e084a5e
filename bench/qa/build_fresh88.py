"""Rebuild the 120-abstract corpus of the ninetieth arXiv QA set, `fresh88`, from the shared arXiv dump.

    python3 bench/qa/build_fresh88.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (Likert scales and questionnaires, Android and operating systems, procedural level generation,
non-player characters, synthetic aperture radar, species and biodiversity, workplaces and workers, Copilot assistants,
fuzzy logic and fuzzing, vehicle routing, TSP and packing, holography, rehabilitation and prosthetics):
  * a paper is eligible for a fresh88 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh88 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh88 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh88_corpus.jsonl and arxiv_fresh88_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH88 = {
    "likert-questionnaires": ([r"likert|questionnaire"], []),
    "android-os": ([r"android|operating system|\blinux\b"], []),
    "level-generation": ([r"procedural content|level generation|procedurally generated"], []),
    "npc-characters": ([r"\bnpcs?\b|non-player"], []),
    "sar-imagery": ([r"synthetic aperture radar|\bsar\b"], []),
    "species-biodiversity": ([r"biodiversity|species"], []),
    "workplace-employees": ([r"workplace|employee|workers?\b"], []),
    "copilot-assistants": ([r"copilot"], []),
    "fuzzy-fuzzing": ([r"fuzz"], []),
    "routing-packing": ([r"vehicle routing|traveling salesman|travelling salesman|\btsp\b|bin packing|knapsack"], []),
    "holography": ([r"holograph|hologram"], []),
    "rehabilitation-prosthetics": ([r"prosthe|exoskeleton|wheelchair|amputee|rehabilitat"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh88-19": ("sar-imagery", "2507.08096", 11),
}

INVENTED = {"fresh88-20": "Tollerbeck"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh88's own exclude a title.
    # as for fresh58 to fresh87, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh88", FRESH88, WITHHELD, INVENTED, sets_before(88), merged(TUNE, HELDOUT, FRESH88),
        withheld_before(sets_before(88)))


if __name__ == "__main__":
    main()
