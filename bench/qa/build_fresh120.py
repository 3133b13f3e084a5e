"""Rebuild the 120-abstract corpus of the hundred-and-twenty-second arXiv QA set, `fresh120`, from the shared arXiv dump.

    python3 bench/qa/build_fresh120.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (reinforcement learning, detection, 3D, drones and aerial views, compression, clinical data, education,
sound and ultrasound, prompting, science, planning, editing):
  * a paper is eligible for a fresh120 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh120 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh120 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh120_corpus.jsonl and arxiv_fresh120_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH120 = {
    "reinforcement-broad": ([r'reinforcement'], []),
    "detect-broad": ([r'detect'], []),
    "threed-broad": ([r'\b3d\b'], []),
    "drone-aerial-broad": ([r'drone|\buav|aerial'], []),
    "compress-broad": ([r'compress'], []),
    "clinical-patient-broad": ([r'clinical|patient'], []),
    "education-teach-broad": ([r'educat|teach|learner'], []),
    "sound-broad": ([r'sound|acoustic'], []),
    "prompt-broad": ([r'prompt'], []),
    "scientific-broad": ([r'scien'], []),
    "planning-broad": ([r'planning|planner'], []),
    "editing-broad": ([r'\bedit'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh120-19": ("sound-broad", "2511.01915", 11),
}

INVENTED = {"fresh120-20": "Larkspire"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh120's own exclude a title.
    # as for fresh58 to fresh120, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh120", FRESH120, WITHHELD, INVENTED, sets_before(120), merged(TUNE, HELDOUT, FRESH120),
        withheld_before(sets_before(120)))


if __name__ == "__main__":
    main()
