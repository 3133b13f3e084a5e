"""Rebuild the 120-abstract corpus of the ninety-ninth arXiv QA set, `fresh97`, from the shared arXiv dump.

    python3 bench/qa/build_fresh97.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (semantic communication, dexterous manipulation, path finding, temporal action localization,
human mobility, open-vocabulary detection, video captioning, codecs, visual tokenizers, overthinking, lip reading
and visual speech, shadows):
  * a paper is eligible for a fresh97 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh97 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh97 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh97_corpus.jsonl and arxiv_fresh97_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH97 = {
    "semantic-communication": ([r"semantic communication"], []),
    "dexterous-hands": ([r"dexterous"], []),
    "path-finding": ([r"path finding|pathfinding|\bmapf\b"], []),
    "action-localization": ([r"temporal action (?:localization|detection)|action localization"], []),
    "human-mobility": ([r"human mobility|mobility prediction|next location"], []),
    "open-vocab-detection": ([r"open-vocabulary (?:object )?detection"], []),
    "video-captioning": ([r"video caption"], []),
    "neural-codec": ([r"\bcodec"], []),
    "visual-tokenizer": ([r"visual tokeni|image tokeni"], []),
    "overthinking": ([r"overthink"], []),
    "lip-reading": ([r"lip reading|lipreading|visual speech"], []),
    "shadow-removal": ([r"shadow"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh97-19": ("human-mobility", "2510.01245", 11),
}

INVENTED = {"fresh97-20": "Bramblethorn"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh97's own exclude a title.
    # as for fresh58 to fresh96, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh97", FRESH97, WITHHELD, INVENTED, sets_before(97), merged(TUNE, HELDOUT, FRESH97),
        withheld_before(sets_before(97)))


if __name__ == "__main__":
    main()
