"""Rebuild the 120-abstract corpus of the ninety-sixth arXiv QA set, `fresh94`, from the shared arXiv dump.

    python3 bench/qa/build_fresh94.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (gradient descent, masked image modelling, pseudo-labels, siamese and triplet
networks, saliency maps, adversarial patches, sparse attention, nearest neighbours, importance sampling, bootstrapping,
vocabularies, equivariant networks):
  * a paper is eligible for a fresh94 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh94 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh94 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh94_corpus.jsonl and arxiv_fresh94_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH94 = {
    "gradient-descent": ([r"gradient descent|\bsgd\b"], []),
    "masked-image-modeling": ([r"masked (?:image|autoencod)"], []),
    "pseudo-labels": ([r"pseudo.label"], []),
    "siamese-triplet": ([r"siamese|triplet"], []),
    "saliency-maps": ([r"saliency|grad-cam|attribution maps?"], []),
    "adversarial-patches": ([r"adversarial patch|physical adversarial"], []),
    "sparse-attention": ([r"sparse attention"], []),
    "nearest-neighbors": ([r"nearest neighbou?rs?|\bk-?nn\b"], []),
    "importance-sampling": ([r"importance sampling"], []),
    "bootstrap": ([r"bootstrap"], []),
    "vocabulary": ([r"vocabular"], []),
    "equivariant-networks": ([r"equivarian"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh94-19": ("sparse-attention", "2512.16615", 11),
}

INVENTED = {"fresh94-20": "Corrowdane"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh94's own exclude a title.
    # as for fresh58 to fresh93, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh94", FRESH94, WITHHELD, INVENTED, sets_before(94), merged(TUNE, HELDOUT, FRESH94),
        withheld_before(sets_before(94)))


if __name__ == "__main__":
    main()
