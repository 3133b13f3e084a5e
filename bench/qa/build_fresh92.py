"""Rebuild the 120-abstract corpus of the ninety-fourth arXiv QA set, `fresh92`, from the shared arXiv dump.

    python3 bench/qa/build_fresh92.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (graph transformers, initialization, residual connections, dictionaries and lexicons, grading,
authorship and plagiarism, portfolios, acoustics, magnetic fields, families and parents, cold start, claim verification):
  * a paper is eligible for a fresh92 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh92 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh92 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh92_corpus.jsonl and arxiv_fresh92_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH92 = {
    "graph-transformers": ([r"graph transformers?"], []),
    "weight-initialization": ([r"initiali[sz]ation"], []),
    "residual-connections": ([r"residual connections?|skip connections?|residual streams?"], []),
    "dictionaries-lexicons": ([r"dictionar|lexicon"], []),
    "automatic-grading": ([r"grading|\bgraders?\b|autograd"], []),
    "authorship-plagiarism": ([r"authorship|plagiari"], []),
    "portfolio-optimization": ([r"portfolio"], []),
    "acoustics": ([r"acoustic|reverberat|room impulse"], []),
    "magnetic-fields": ([r"magnetic(?! resonance)|magnetometer|magnetization"], []),
    "kinship-family": ([r"\bfamil(?:y|ies)\b|parents?\b|kinship"], []),
    "cold-start": ([r"cold-start|cold start"], []),
    "claim-verification": ([r"claim verification|scientific claims?|claim detection"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh92-19": ("authorship-plagiarism", "2508.06309", 11),
}

INVENTED = {"fresh92-20": "Brindlecott"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh92's own exclude a title.
    # as for fresh58 to fresh91, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh92", FRESH92, WITHHELD, INVENTED, sets_before(92), merged(TUNE, HELDOUT, FRESH92),
        withheld_before(sets_before(92)))


if __name__ == "__main__":
    main()
