"""Rebuild the 120-abstract corpus of the hundred-and-thirteenth arXiv QA set, `fresh111`, from the shared arXiv dump.

    python3 bench/qa/build_fresh111.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (proteins, weather, mathematical reasoning, grasping, code, toxic language, education, traffic,
satellites, sports, emotion, privacy):
  * a paper is eligible for a fresh111 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh111 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh111 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh111_corpus.jsonl and arxiv_fresh111_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH111 = {
    "protein-structure-ml": ([r'protein'], []),
    "weather-prediction": ([r'weather|precipitation'], []),
    "math-reasoning-llm": ([r'\bmath'], []),
    "robot-grasping": ([r'grasp'], []),
    "code-llm-agents": ([r'\bcode\b'], []),
    "hate-speech-moderation": ([r'hate speech|toxic'], []),
    "education-ai": ([r'education|student'], []),
    "traffic-flow-models": ([r'traffic'], []),
    "satellite-earth-obs": ([r'satellite'], []),
    "sports-analytics-ml": ([r'\bsports?\b|soccer|football|basketball|tennis'], []),
    "emotion-affect": ([r'emotion'], []),
    "privacy-leakage": ([r'privacy|membership inference'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh111-19": ("hate-speech-moderation", "2505.15773", 11),
}

INVENTED = {"fresh111-20": "Quillfeather"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh111's own exclude a title.
    # as for fresh58 to fresh111, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh111", FRESH111, WITHHELD, INVENTED, sets_before(111), merged(TUNE, HELDOUT, FRESH111),
        withheld_before(sets_before(111)))


if __name__ == "__main__":
    main()
