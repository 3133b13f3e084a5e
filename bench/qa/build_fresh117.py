"""Rebuild the 120-abstract corpus of the hundred-and-nineteenth arXiv QA set, `fresh117`, from the shared arXiv dump.

    python3 bench/qa/build_fresh117.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (audio, dialogue, vision-language models, privacy, video, agents, safety, translation, cancer, energy,
students, forecasting):
  * a paper is eligible for a fresh117 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh117 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh117 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh117_corpus.jsonl and arxiv_fresh117_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH117 = {
    "audio-broad": ([r'\baudio'], []),
    "dialogue-broad": ([r'dialog'], []),
    "vision-language-broad": ([r'vision-language'], []),
    "privacy-broad": ([r'privacy'], []),
    "video-broad": ([r'\bvideo'], []),
    "agent-broad": ([r'\bagent'], []),
    "safety-broad": ([r'safety'], []),
    "translation-broad": ([r'translat'], []),
    "cancer-broad": ([r'cancer|tumor|tumour'], []),
    "energy-broad": ([r'energy'], []),
    "student-broad": ([r'student'], []),
    "forecast-broad": ([r'forecast'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh117-19": ("privacy-broad", "2605.28089", 11),
}

INVENTED = {"fresh117-20": "Tallowmere"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh117's own exclude a title.
    # as for fresh58 to fresh117, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh117", FRESH117, WITHHELD, INVENTED, sets_before(117), merged(TUNE, HELDOUT, FRESH117),
        withheld_before(sets_before(117)))


if __name__ == "__main__":
    main()
