"""Rebuild the 120-abstract corpus of the seventy-seventh arXiv QA set, `fresh75`, from the shared arXiv dump.

    python3 bench/qa/build_fresh75.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (heating, ventilation and thermal comfort, chess and Go, coral reefs and kelp, pharmacy and
medication, parliaments and legislation, smell and taste, crosswords and riddles, wind turbines, opioids, alcohol and
smoking, suicide and self-harm, construction sites and BIM, swarms and colonies):
  * a paper is eligible for a fresh75 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh75 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh75 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh75_corpus.jsonl and arxiv_fresh75_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH75 = {
    "hvac-thermal-comfort": ([r"\bhvac\b|thermal comfort|heating|ventilation"], []),
    "chess-go": ([r"\bchess\b|\bshogi\b|game of go\b|\bgo (?:game|engine|playing)"], []),
    "coral-reefs": ([r"\bcoral|\breefs?\b|seagrass|kelp"], []),
    "pharmacy-prescriptions": ([r"pharmac|prescri|medication"], []),
    "parliament-speeches": ([r"parliament|legislat|congress(?:ional)?\b"], []),
    "smell-taste": ([r"olfact|\bodou?rs?\b|\bsmell|\btaste\b|flavou?r"], []),
    "crosswords-riddles": ([r"crossword|wordle|riddle|rebus"], []),
    "wind-turbines": ([r"wind turbine|wind farm|wind power|offshore wind"], []),
    "opioids-addiction": ([r"opioid|addict|substance use|alcohol|smoking|tobacco"], []),
    "suicide-self-harm": ([r"suicid|self-harm"], []),
    "construction-sites": ([r"construction site|excavat|building information|\bbim\b"], []),
    "swarms-colonies": ([r"\bswarms?\b|\bants?\b|\bcolon(?:y|ies)\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh75-19": ("parliament-speeches", "2509.06675", 11),
}

INVENTED = {"fresh75-20": "Thornquill"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh75's own exclude a title.
    # as for fresh58 to fresh74, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh75", FRESH75, WITHHELD, INVENTED, sets_before(75), merged(TUNE, HELDOUT, FRESH75),
        withheld_before(sets_before(75)))


if __name__ == "__main__":
    main()
