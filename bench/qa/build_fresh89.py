"""Rebuild the 120-abstract corpus of the ninety-first arXiv QA set, `fresh89`, from the shared arXiv dump.

    python3 bench/qa/build_fresh89.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (conformal prediction, mixed-integer programming, Kalman and particle filters, linear attention,
audio-visual learning, morphology and inflection, word embeddings, contracts and clauses, India and South Asia,
adverse drug events and side effects, government and the public sector, Latin America):
  * a paper is eligible for a fresh89 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh89 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh89 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh89_corpus.jsonl and arxiv_fresh89_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH89 = {
    "conformal-prediction": ([r"conformal"], []),
    "mixed-integer-programming": ([r"mixed-integer|\bmilp\b|integer (linear )?programming|branch-and-bound|branch and bound"], []),
    "kalman-filters": ([r"kalman|particle filter|state estimation"], []),
    "linear-attention": ([r"linear attention|linear transformers?|subquadratic|rwkv"], []),
    "audio-visual": ([r"audio-visual|audiovisual|sound source"], []),
    "morphology-inflection": ([r"morpholog|inflection|lemmati|stemming"], []),
    "word-embeddings": ([r"word embeddings?|word2vec|\bglove\b|word vectors?"], []),
    "contracts-clauses": ([r"\bcontracts?\b|clauses?"], []),
    "india-south-asia": ([r"\bindia\b|\bindian\b|bangladesh|pakistan|nepal"], []),
    "adverse-drug-events": ([r"adverse (drug )?(events?|reactions?)|pharmacovigilance|side effects?"], []),
    "government-public-sector": ([r"government|public sector|municipal|public administration"], []),
    "latin-america": ([r"brazil|latin america|mexic|chile|argentin|colombia"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh89-19": ("kalman-filters", "2604.18505", 11),
}

INVENTED = {"fresh89-20": "Quillbarrow"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh89's own exclude a title.
    # as for fresh58 to fresh88, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh89", FRESH89, WITHHELD, INVENTED, sets_before(89), merged(TUNE, HELDOUT, FRESH89),
        withheld_before(sets_before(89)))


if __name__ == "__main__":
    main()
