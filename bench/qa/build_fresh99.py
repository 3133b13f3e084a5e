"""Rebuild the 120-abstract corpus of the hundred-and-first arXiv QA set, `fresh99`, from the shared arXiv dump.

    python3 bench/qa/build_fresh99.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (large reasoning models, data mixtures, long videos, motion generation, positional encodings,
scene generation, computer-use agents, meshes, novel view synthesis, light fields, implicit bias and regularization,
AI scientists and research agents):
  * a paper is eligible for a fresh99 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh99 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh99 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh99_corpus.jsonl and arxiv_fresh99_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH99 = {
    "large-reasoning-models": ([r"large reasoning model"], []),
    "data-mixing": ([r"data mixture|data mixing"], []),
    "long-video": ([r"long video|long-form video|hour-long"], []),
    "motion-generation": ([r"motion generation|motion synthesis"], []),
    "positional-encoding": ([r"positional encoding|position encoding|\brope\b|rotary"], []),
    "scene-generation": ([r"scene generation|scene synthesis"], []),
    "computer-use": ([r"computer[- ]use|computer-using"], []),
    "meshes": ([r"\bmesh"], []),
    "novel-view-synthesis": ([r"novel view|novel-view"], []),
    "light-field": ([r"light field"], []),
    "implicit-bias": ([r"implicit bias|implicit regulari"], []),
    "ai-scientist": ([r"ai scientist|research agent|automated research"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh99-19": ("light-field", "2510.06687", 11),
}

INVENTED = {"fresh99-20": "Thistlewick"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh99's own exclude a title.
    # as for fresh58 to fresh98, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh99", FRESH99, WITHHELD, INVENTED, sets_before(99), merged(TUNE, HELDOUT, FRESH99),
        withheld_before(sets_before(99)))


if __name__ == "__main__":
    main()
