"""Rebuild the 120-abstract corpus of the fifty-first arXiv QA set, `fresh49`, from the shared arXiv dump.

    python3 bench/qa/build_fresh49.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters (application domains and data types this time: speech, videos, code, mathematics, medicine,
robots, emotions, vehicles, 3D data, graphs, trajectories, the brain):
  * a paper is eligible for a fresh49 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, from tables_before(49), and of fresh49);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh49 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh49_corpus.jsonl and arxiv_fresh49_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH49 = {
    "speech": ([r"(?<!part-of-)(?<!counter-)\bspeech\b"], []),
    "videos": ([r"\bvideos?\b"], []),
    "source-code": ([r"\bcode\b|\bprogramming\b"], []),
    "mathematics": ([r"\bmath"], []),
    "medicine-healthcare": ([r"\bmedical\b|\bmedicine\b|healthcare|health care|hospital|\bpatients?\b"], []),
    "robots": ([r"\brobot"], []),
    "emotions": ([r"\bemotion|\baffective\b"], []),
    "vehicles": ([r"\bvehicles?\b|\bcars?\b"], []),
    "3d-data": ([r"\b3d\b"], []),
    "graphs": ([r"\bgraphs?\b"], []),
    "trajectories": ([r"trajector"], []),
    "brain": ([r"\bbrain\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh49-19": ("emotions", "2508.14214", 17),
}

INVENTED = {"fresh49-20": "MomentWeaver"}


def main() -> None:
    run(__doc__, "fresh49", FRESH49, WITHHELD, INVENTED, sets_before(49), merged(*tables_before(49), FRESH49))


if __name__ == "__main__":
    main()
