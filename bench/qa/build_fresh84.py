"""Rebuild the 120-abstract corpus of the eighty-sixth arXiv QA set, `fresh84`, from the shared arXiv dump.

    python3 bench/qa/build_fresh84.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (retinopathy and glaucoma, kidneys and dialysis, schizophrenia and bipolar disorder, depression and
anxiety, fruit and orchards, buildings and facades, wood and timber, traffic signs, whales, dolphins and seals, histology
stains, RNA and transcriptomics, bugs and debugging):
  * a paper is eligible for a fresh84 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh84 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh84 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh84_corpus.jsonl and arxiv_fresh84_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH84 = {
    "retinopathy-glaucoma": ([r"retinopath|glaucoma|fundus"], []),
    "renal-dialysis": ([r"\brenal\b|kidney|dialysis|nephro"], []),
    "schizophrenia-bipolar": ([r"schizophren|bipolar|psychos[ie]s|psychotic"], []),
    "depression-anxiety": ([r"depressi|anxiety"], []),
    "fruit-orchards": ([r"\bfruits?\b|orchard|\bapples?\b|grape|citrus|strawberr"], []),
    "buildings-facades": ([r"\bbuildings?\b|facade"], []),
    "wood-timber": ([r"\bwood|timber|lumber"], []),
    "traffic-signs": ([r"traffic signs?"], []),
    "whales-dolphins": ([r"whale|dolphin|marine mammal|\bseals?\b"], []),
    "histology-stains": ([r"\bstain|h&e|immunohisto"], []),
    "rna-transcriptomics": ([r"\brna\b|transcriptom"], []),
    "bugs-debugging": ([r"\bbugs?\b|debugg"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh84-19": ("traffic-signs", "2512.05936", 11),
}

INVENTED = {"fresh84-20": "Marrowfield"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh84's own exclude a title.
    # as for fresh58 to fresh83, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh84", FRESH84, WITHHELD, INVENTED, sets_before(84), merged(TUNE, HELDOUT, FRESH84),
        withheld_before(sets_before(84)))


if __name__ == "__main__":
    main()
