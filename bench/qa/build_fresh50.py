"""Rebuild the 120-abstract corpus of the fifty-second arXiv QA set, `fresh50`, from the shared arXiv dump.

    python3 bench/qa/build_fresh50.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters (properties, capabilities and kinds of work this time: agents, efficiency, safety, alignment,
evaluation, science, memory, knowledge, games, social settings, cognition, compression):
  * a paper is eligible for a fresh50 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, from tables_before(50), and of fresh50);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh50 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh50_corpus.jsonl and arxiv_fresh50_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH50 = {
    "agents": ([r"\bagents?\b|agentic"], []),
    "efficiency": ([r"\befficien"], []),
    "safety": ([r"\bsafe(ty)?\b"], []),
    "alignment": ([r"\balign"], []),
    "evaluation": ([r"\bevaluat"], []),
    "science": ([r"\bscien"], []),
    "memory": ([r"\bmemory\b|\bmemories\b"], []),
    "knowledge": ([r"\bknowledge\b"], []),
    "games-broad": ([r"\bgames?\b"], []),
    "social": ([r"\bsocial(ly)?\b"], []),
    "cognition": ([r"\bcogniti"], []),
    "compression": ([r"compress"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh50-19": ("safety", "2509.12125", 20),
}

INVENTED = {"fresh50-20": "SkillCapsule"}


def main() -> None:
    run(__doc__, "fresh50", FRESH50, WITHHELD, INVENTED, sets_before(50), merged(*tables_before(50), FRESH50))


if __name__ == "__main__":
    main()
