"""Rebuild the 120-abstract corpus of the hundred-and-thirty-seventh arXiv QA set, `fresh135`, from the shared arXiv dump.

    python3 bench/qa/build_fresh135.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields, chosen by the commonest title words (citation, peer review, contract, grid, agriculture, astronomy,
misinformation, election, finance, ECG, EEG, music):
  * a paper is eligible for a fresh135 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh135 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh135 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh135_corpus.jsonl and arxiv_fresh135_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH135 = {
    "citation-broad": ([r'citation'], []),
    "peer-review-broad": ([r'peer review|peer-review|\breview'], []),
    "legal-contract-broad": ([r'contract'], []),
    "energy-grid-broad": ([r'\bgrid\b'], []),
    "agriculture-broad": ([r'agricultur|\bcrop'], []),
    "astronomy-broad": ([r'astronom|galax'], []),
    "misinformation-broad": ([r'misinformation|fake news'], []),
    "election-broad": ([r'election|politic'], []),
    "finance-broad": ([r'financ|stock|trading'], []),
    "ecg-broad": ([r'\becg\b|cardiac|heart'], []),
    "eeg-broad": ([r'\beeg\b|\bbrain'], []),
    "music-broad": ([r'\bmusic|song'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh135-19": ("misinformation-broad", "2601.15316", 11),
}

INVENTED = {"fresh135-20": "Pellingham"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh135's own exclude a title.
    # as for fresh58 to fresh135, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh135", FRESH135, WITHHELD, INVENTED, sets_before(135), merged(TUNE, HELDOUT, FRESH135),
        withheld_before(sets_before(135)))


if __name__ == "__main__":
    main()
