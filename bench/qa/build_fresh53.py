"""Rebuild the 120-abstract corpus of the fifty-fifth arXiv QA set, `fresh53`, from the shared arXiv dump.

    python3 bench/qa/build_fresh53.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters (frequent title words of what no earlier cluster could take this time: vision, codes,
channels, modelling, mapping, sampling, systems, training, context, algorithms, automation, analysis):
  * a paper is eligible for a fresh53 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, from tables_before(53), and of fresh53);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh53 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh53_corpus.jsonl and arxiv_fresh53_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH53 = {
    "visual": ([r"\bvisual(ly)?\b|\bvision\b"], []),
    "codes": ([r"\bcodes\b"], []),
    "channels": ([r"\bchannels?\b"], []),
    "modeling": ([r"\bmodel(l)?ing\b"], []),
    "mapping": ([r"\bmapping|\bmaps?\b"], []),
    "sampling": ([r"\bsampl"], []),
    "systems": ([r"\bsystems?\b"], []),
    "training": ([r"\btraining\b|pre-?training"], []),
    "context": ([r"\bcontext"], []),
    "algorithms": ([r"\balgorithm"], []),
    "automated": ([r"\bautomat"], []),
    "analysis": ([r"\banaly[sz]"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh53-19": ("context", "2605.30251", 15),
}

INVENTED = {"fresh53-20": "ParityLoom"}


def main() -> None:
    run(__doc__, "fresh53", FRESH53, WITHHELD, INVENTED, sets_before(53), merged(*tables_before(53), FRESH53))


if __name__ == "__main__":
    main()
