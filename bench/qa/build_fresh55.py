"""Rebuild the 120-abstract corpus of the fifty-seventh arXiv QA set, `fresh55`, from the shared arXiv dump.

    python3 bench/qa/build_fresh55.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters. By now the earlier sets' 689 clusters leave only 795 papers of the dump that no earlier
cluster's title patterns claim and no earlier corpus holds; these clusters are the most frequent title words
of that remainder (models, languages and text, challenges and reports, retrieval and search, markets and
allocation, planning and decisions, research and science, multimodal and vision, mathematics and functions,
adaptation and generalization, localization and objects, decoding and tokens); each has 16 to 47
eligible papers:
  * a paper is eligible for a fresh55 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the clusters of every earlier set, from tables_before(55), and of fresh55);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh55 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh55_corpus.jsonl and arxiv_fresh55_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_fresh import merged, run, sets_before, tables_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH55 = {
    "models": ([r"\bmodels?\b"], []),
    "languages-text": ([r"\blanguages?\b|\bnlp\b|\bcorpus|\bdocument|translat|\btexts?\b|\bnatural\b"], []),
    "challenges-reports": ([r"challenge|report|competition|workshop|shared task|track\b"], []),
    "retrieval-search": ([r"\brag\b|retriev|search|\bquery|\bqueries"], []),
    "markets-allocation": ([r"market|equilibri|allocat|auction|\befx\b|\bfair|game|contract|mechanism|pric"], []),
    "planning-decisions": ([r"plan|decision|reward|agent"], []),
    "research-science": ([r"intelligen|research|stud(y|ies)|survey|literature|science|scientific"], []),
    "multimodal-vision": ([r"mllm|modal|vision|visual|image|video|view"], []),
    "mathematics-functions": ([r"linear|bound|function|curve|finite|complex|algebra|matri|approximat"], []),
    "adaptation-generalization": ([r"adapt|generaliz|distill|transfer|domain"], []),
    "localization-objects": ([r"locali|ground|spatial|object|point|detect"], []),
    "decoding-tokens": ([r"decod|token|prompt|synthes|generat"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh55-19": ("languages-text", "2603.14210", 15),
}

INVENTED = {"fresh55-20": "CoopLex"}


def main() -> None:
    run(__doc__, "fresh55", FRESH55, WITHHELD, INVENTED, sets_before(55), merged(*tables_before(55), FRESH55))


if __name__ == "__main__":
    main()
