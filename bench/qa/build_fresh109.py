"""Rebuild the 120-abstract corpus of the hundred-and-eleventh arXiv QA set, `fresh109`, from the shared arXiv dump.

    python3 bench/qa/build_fresh109.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (neural radiance fields, text-to-SQL, knowledge editing, dialogue, forgery detection, agriculture,
cells and microscopy, batteries, fairness, event cameras, radar, audio-visual learning):
  * a paper is eligible for a fresh109 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh109 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh109 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh109_corpus.jsonl and arxiv_fresh109_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH109 = {
    "nerf-rendering": ([r'\bnerf\b|neural radiance'], []),
    "text-to-sql-systems": ([r'text-to-sql|\bsql\b'], []),
    "knowledge-editing-llm": ([r'knowledge editing|model editing'], []),
    "dialogue-systems": ([r'dialogue|conversational'], []),
    "forgery-detection": ([r'forgery|deepfake|manipulation detection'], []),
    "crop-agriculture": ([r'\bcrops?\b|agricultur'], []),
    "cell-microscopy": ([r'\bcells?\b|microscop'], []),
    "battery-energy": ([r'battery|batteries'], []),
    "fairness-methods": ([r'fairness'], []),
    "event-vision": ([r'event camera|event-based'], []),
    "radar-perception": ([r'\bradar\b'], []),
    "audio-visual-learning": ([r'audio-visual|audiovisual'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh109-19": ("knowledge-editing-llm", "2503.20756", 11),
}

INVENTED = {"fresh109-20": "Fennimore"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh109's own exclude a title.
    # as for fresh58 to fresh109, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh109", FRESH109, WITHHELD, INVENTED, sets_before(109), merged(TUNE, HELDOUT, FRESH109),
        withheld_before(sets_before(109)))


if __name__ == "__main__":
    main()
