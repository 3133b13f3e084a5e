"""Rebuild the 120-abstract corpus of the eighty-third arXiv QA set, `fresh81`, from the shared arXiv dump.

    python3 bench/qa/build_fresh81.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (data centres and cloud computing, esports and real-time strategy games, crystals, misinformation and rumours,
epilepsy and seizures, prostate, thyroid and pancreas, spectroscopy, catalysts and polymers, cracks and corrosion,
CAPTCHAs and bots, citations and bibliometrics, African languages):
  * a paper is eligible for a fresh81 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh81 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh81 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh81_corpus.jsonl and arxiv_fresh81_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH81 = {
    # (an abstract of at least 200 characters: one eligible data-centre abstract is a single 189-character sentence)
    "datacenters-cloud": ([r"data ?cent(?:er|re)|serverless|cloud computing"], [r"^[\s\S]{200}"]),
    "esports-rts": ([r"starcraft|\bdota\b|esports?\b|league of legends"], []),
    "crystals": ([r"crystal"], []),
    "misinformation-rumors": ([r"rumou?rs?\b|misinformation|disinformation|fake news"], []),
    "epilepsy-seizures": ([r"epilep|seizure"], []),
    "prostate-thyroid": ([r"prostate|thyroid|pancrea"], []),
    "spectroscopy": ([r"spectroscop|raman|\bspectra\b"], []),
    "catalysts-polymers": ([r"cataly[sz]|polymer"], []),
    "cracks-corrosion": ([r"\bcracks?\b|corrosion"], []),
    "captcha-bots": ([r"captcha|\bbots?\b"], []),
    "citations-bibliometrics": ([r"citation|bibliometric|scientometric"], []),
    "african-languages": ([r"african|swahili|yoruba|amharic|hausa|igbo|zulu"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh81-19": ("epilepsy-seizures", "2604.26379", 11),
}

INVENTED = {"fresh81-20": "Quillmere"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh81's own exclude a title.
    # as for fresh58 to fresh80, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh81", FRESH81, WITHHELD, INVENTED, sets_before(81), merged(TUNE, HELDOUT, FRESH81),
        withheld_before(sets_before(81)))


if __name__ == "__main__":
    main()
