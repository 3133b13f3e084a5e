"""Rebuild the 120-abstract corpus of the sixty-eighth arXiv QA set, `fresh66`, from the shared arXiv dump.

    python3 bench/qa/build_fresh66.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (3D generation, efficient reasoning, navigation, software testing and repair, scholarly
work, materials, manufacturing, the heart, mental health, optimizers, named entities, language learners):
  * a paper is eligible for a fresh66 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh66 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh66 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh66_corpus.jsonl and arxiv_fresh66_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH66 = {
    "3d-generation": ([r"text-to-3d|3d generation|image-to-3d|\bmesh"], []),
    "efficient-reasoning": ([r"overthink|efficient reasoning|reasoning length|chain-of-thought compression|concise reasoning"], []),
    "navigation": ([r"navigation"], []),
    "software-testing": ([r"\btest generation|unit test|\bbugs?\b|program repair|fuzz"], []),
    "scholarly": ([r"scholarly|citation|peer review|literature review|scientific paper"], []),
    "materials": ([r"\bmaterials?\b|crystal|alloy"], []),
    "manufacturing": ([r"manufactur|industrial"], []),
    "cardiac": ([r"cardiac|\bheart|\becg\b|electrocardio"], []),
    "mental-health": ([r"mental health|therap|counsel|depress"], []),
    "optimizers": ([r"optimizer|gradient descent|\bconvex\b|\badam\b"], []),
    "ner-entities": ([r"named entit|entity linking|\bner\b|entity recognition"], []),
    "language-learners": ([r"language learn|second language|\bl2\b|learners?\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh66-19": ("scholarly", "2510.06889", 16),
}

INVENTED = {"fresh66-20": "CiteHarbor"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh66's own exclude a title.
    # as for fresh58 to fresh65, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh66", FRESH66, WITHHELD, INVENTED, sets_before(66), merged(TUNE, HELDOUT, FRESH66),
        withheld_before(sets_before(66)))


if __name__ == "__main__":
    main()
