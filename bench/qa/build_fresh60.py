"""Rebuild the 120-abstract corpus of the sixty-second arXiv QA set, `fresh60`, from the shared arXiv dump.

    python3 bench/qa/build_fresh60.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (few-shot learning, domain adaptation, uncertainty and calibration, backdoors and
poisoning, theorem proving and formal verification, translation, sentiment, super-resolution, captioning, dialogue,
chemistry, genomics):
  * a paper is eligible for a fresh60 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh60 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh60 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh60_corpus.jsonl and arxiv_fresh60_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH60 = {
    "few-shot": ([r"few-shot"], []),
    "domain-adaptation": ([r"domain adaptation|domain generali[sz]ation"], []),
    "uncertainty": ([r"uncertainty|calibrat"], []),
    "backdoor-poisoning": ([r"backdoor|poison"], []),
    "theorem-proving": ([r"theorem|formal (?:verification|proof|math)|\blean\b"], []),
    "translation": ([r"translation"], []),
    "sentiment": ([r"sentiment"], []),
    "super-resolution": ([r"super-resolution"], []),
    "captioning": ([r"caption"], []),
    "dialogue": ([r"dialog"], []),
    "chemistry": ([r"chemi"], []),
    "genomics": ([r"\bgene\b|genom|single-cell"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh60-19": ("theorem-proving", "2604.15839", 14),
}

INVENTED = {"fresh60-20": "LemmaForge"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh60's own exclude a title.
    # as for fresh58 and fresh59, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh60", FRESH60, WITHHELD, INVENTED, sets_before(60), merged(TUNE, HELDOUT, FRESH60),
        withheld_before(sets_before(60)))


if __name__ == "__main__":
    main()
