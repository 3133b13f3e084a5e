"""Rebuild the 120-abstract corpus of the fifty-ninth arXiv QA set, `fresh57`, from the shared arXiv dump.

    python3 bench/qa/build_fresh57.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of applied fields (robotics, code and programs, energy, handwriting and OCR, agriculture, law and courts,
speech, human pose, materials, epidemics and disease, recommendation, cybersecurity):
  * a paper is eligible for a fresh57 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh57 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh57 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh57_corpus.jsonl and arxiv_fresh57_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH57 = {
    "robotics": ([r"robot"], []),
    "code-programs": ([r"\bcode\b|program"], []),
    "energy": ([r"power grid|energy|battery|solar|\bwind\b"], []),
    "handwriting-ocr": ([r"\bocr\b|handwrit|scene text"], []),
    "agriculture": ([r"agricult|crop|plant|farm"], []),
    "law-courts": ([r"\blaw\b|court|judicial"], []),
    "speech": ([r"speech"], []),
    "human-pose": ([r"pose estimation|human pose"], []),
    "materials": ([r"material|crystal|alloy"], []),
    "epidemics-disease": ([r"epidem|covid|disease"], []),
    "recommendation": ([r"recommend"], []),
    "cybersecurity": ([r"malware|intrusion|cyber|phishing"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh57-19": ("handwriting-ocr", "2604.09717", 13),
}

INVENTED = {"fresh57-20": "VerdictLens"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh57's own exclude a title.
    run(__doc__, "fresh57", FRESH57, WITHHELD, INVENTED, sets_before(57), merged(TUNE, HELDOUT, FRESH57))


if __name__ == "__main__":
    main()
