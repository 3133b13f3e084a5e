"""Rebuild the 120-abstract corpus of the eighty-second arXiv QA set, `fresh80`, from the shared arXiv dump.

    python3 bench/qa/build_fresh80.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (tuberculosis, HIV and hepatitis, antennas, lasers and photonics, spelling and grammar errors, meetings and
interviews, pests and weeds, Parkinson's disease and tremor, EMG and muscles, antibodies and immunity, pain and anaesthesia,
sonar, product reviews):
  * a paper is eligible for a fresh80 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh80 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh80 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh80_corpus.jsonl and arxiv_fresh80_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH80 = {
    "tb-hiv-hepatitis": ([r"tuberculosis|\bhiv\b|hepatitis"], []),
    "antennas": ([r"antenna"], []),
    "lasers-photonics": ([r"photonic|\blasers?\b"], []),
    "spelling-grammar": ([r"spelling|\btypos?\b|misspell|grammatical error"], []),
    "meetings-interviews": ([r"\bmeetings?\b|\binterviews?\b"], []),
    "pests-weeds": ([r"\bweeds?\b|\bpests?\b"], []),
    "parkinson-tremor": ([r"parkinson|tremor|dystonia"], []),
    "emg-muscles": ([r"electromyogra|\bs?emg\b|\bmuscles?\b"], []),
    "antibodies-immune": ([r"antibod|immun|\bt[- ]cells?\b|\btcr\b"], []),
    "pain-anesthesia": ([r"\bpain\b|anesthe|anaesthe|analges"], []),
    "sonar": ([r"\bsonar\b|side-scan|echosound"], []),
    "reviews-ratings": ([r"product reviews?|online reviews?|\byelp\b|customer reviews?"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh80-19": ("parkinson-tremor", "2510.17703", 11),
}

INVENTED = {"fresh80-20": "Sablethorn"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh80's own exclude a title.
    # as for fresh58 to fresh79, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh80", FRESH80, WITHHELD, INVENTED, sets_before(80), merged(TUNE, HELDOUT, FRESH80),
        withheld_before(sets_before(80)))


if __name__ == "__main__":
    main()
