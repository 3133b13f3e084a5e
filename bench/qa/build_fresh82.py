"""Rebuild the 120-abstract corpus of the eighty-fourth arXiv QA set, `fresh82`, from the shared arXiv dump.

    python3 bench/qa/build_fresh82.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (Indic languages, code-switching, Arabic, Turkish and Persian, Korean and Japanese, racket sports,
soccer and football, cervical and colorectal medicine, photovoltaics, carbon and emissions, parcel and last-mile
delivery, asthma, COPD and pulmonary disease):
  * a paper is eligible for a fresh82 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh82 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh82 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh82_corpus.jsonl and arxiv_fresh82_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH82 = {
    "indic-languages": ([r"\bindic\b|hindi|bengali|bangla|tamil|telugu|marathi|urdu"], []),
    "code-switching": ([r"code-?switch|code-?mix"], []),
    "arabic-language": ([r"arabic"], []),
    "turkish-persian": ([r"turkish|persian|farsi|kurdish"], []),
    "korean-japanese": ([r"korean|japanese"], []),
    "racket-sports": ([r"tennis|badminton|pickleball|squash\b"], []),
    "soccer-football": ([r"soccer|football"], []),
    "cervical-colorectal": ([r"cervical|colorectal|colonoscop"], []),
    "photovoltaic": ([r"photovoltaic|solar panel|\bpv\b"], []),
    "carbon-emissions": ([r"carbon|emissions?\b|\bco2\b"], []),
    "parcels-delivery": ([r"parcel|last-mile|courier|food delivery"], []),
    "asthma-copd": ([r"asthma|\bcopd\b|pulmonary"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh82-19": ("cervical-colorectal", "2605.13038", 11),
}

INVENTED = {"fresh82-20": "Brindlewick"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh82's own exclude a title.
    # as for fresh58 to fresh81, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh82", FRESH82, WITHHELD, INVENTED, sets_before(82), merged(TUNE, HELDOUT, FRESH82),
        withheld_before(sets_before(82)))


if __name__ == "__main__":
    main()
