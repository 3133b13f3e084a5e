"""Rebuild the 120-abstract corpus of the sixty-fifth arXiv QA set, `fresh63`, from the shared arXiv dump.

    python3 bench/qa/build_fresh63.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (image editing, gestures and lips, humor and persuasion, geometry, ocean and
water, power and grids, crops and plants, the web, KV caches and inference, curricula and data, faces, eyes and
retinas):
  * a paper is eligible for a fresh63 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh63 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh63 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh63_corpus.jsonl and arxiv_fresh63_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH63 = {
    "image-editing": ([r"image editing|inpainting"], []),
    "gesture-lip": ([r"gesture|lip"], []),
    "humor-persuasion": ([r"humor|persua|sarcas|irony"], []),
    "geometry": ([r"geometr"], []),
    "ocean-water": ([r"ocean|marine|underwater|water"], []),
    "power-grid": ([r"power|grid|battery"], []),
    "crops-plants": ([r"plant|crop|leaf|weed"], []),
    "web": ([r"\bweb\b|browser|website"], []),
    "cache-inference": ([r"\bkv\b|cache|inference"], []),
    "curriculum-data": ([r"curriculum|data selection|data augmentation"], []),
    "face": ([r"\bface|facial"], []),
    "eye-retina": ([r"retina|fundus|ophthalm|\beye\b|gaze"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh63-19": ("geometry", "2504.12597", 19),
}

INVENTED = {"fresh63-20": "PlaneSmith"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh63's own exclude a title.
    # as for fresh58 to fresh62, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh63", FRESH63, WITHHELD, INVENTED, sets_before(63), merged(TUNE, HELDOUT, FRESH63),
        withheld_before(sets_before(63)))


if __name__ == "__main__":
    main()
