"""Rebuild the 120-abstract corpus of the seventieth arXiv QA set, `fresh68`, from the shared arXiv dump.

    python3 bench/qa/build_fresh68.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (OCR and handwriting, deep-research and search agents, brain-computer interfaces and
fMRI, sound events and birds, translation quality, hiring and jobs, floods, droughts and wildfires, indoor scenes,
spreadsheets and databases, model and knowledge editing, physics-informed networks and neural operators, drugs and
molecules):
  * a paper is eligible for a fresh68 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh68 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh68 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh68_corpus.jsonl and arxiv_fresh68_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH68 = {
    "ocr-handwriting": ([r"\bocr\b|handwrit|scene text"], []),
    "retrieval-augmented-agents": ([r"deep research|search agent"], []),
    "brain-computer": ([r"brain-computer|\bbci\b|\bfmri\b|neural decoding"], []),
    "audio-events": ([r"sound event|acoustic scene|audio event|bird"], []),
    "translation-quality": ([r"quality estimation|post-editing|translation quality"], []),
    "fairness-hiring": ([r"hiring|recruit|resume|job"], []),
    "weather-climate-models": ([r"precipitation|rainfall|flood|drought|wildfire"], []),
    "3d-scenes-indoor": ([r"indoor|floor plan|room"], []),
    "tabular-llm": ([r"spreadsheet|\bsql\b|database"], []),
    "model-editing": ([r"model editing|knowledge editing|unlearning"], []),
    "physics-informed": ([r"physics-informed|\bpinns?\b|neural operator"], []),
    "drug-discovery": ([r"drug|molecul|ligand"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh68-19": ("ocr-handwriting", "2602.03693", 11),
}

INVENTED = {"fresh68-20": "FjordNet"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh68's own exclude a title.
    # as for fresh58 to fresh67, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh68", FRESH68, WITHHELD, INVENTED, sets_before(68), merged(TUNE, HELDOUT, FRESH68),
        withheld_before(sets_before(68)))


if __name__ == "__main__":
    main()
