"""Rebuild the 120-abstract corpus of the fifty-fourth arXiv QA set, `fresh52`, from the shared arXiv dump.

    python3 bench/qa/build_fresh52.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters (broad nouns of the field this time: AI, vision-language models, images, semantics,
representations, datasets, reconstruction, humans, fine-tuning, text, information, understanding):
  * a paper is eligible for a fresh52 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, from tables_before(52), and of fresh52);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh52 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh52_corpus.jsonl and arxiv_fresh52_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH52 = {
    "ai": ([r"\bai\b|artificial intelligence"], []),
    "vision-language": ([r"vision-language|\bvlms?\b"], []),
    "images": ([r"\bimages?\b"], []),
    "semantic": ([r"\bsemantic"], []),
    "representations": ([r"representation"], []),
    "datasets": ([r"\bdatasets?\b"], []),
    "reconstruction": ([r"reconstruct"], []),
    "humans": ([r"\bhumans?\b"], []),
    "fine-tuning": ([r"fine-?tun|finetun"], []),
    "text": ([r"\btexts?\b|\btextual\b"], []),
    "information": ([r"\binformation\b"], []),
    "understanding": ([r"understand"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh52-19": ("fine-tuning", "2603.04964", 15),
}

INVENTED = {"fresh52-20": "SenseWeave"}


def main() -> None:
    run(__doc__, "fresh52", FRESH52, WITHHELD, INVENTED, sets_before(52), merged(*tables_before(52), FRESH52))


if __name__ == "__main__":
    main()
