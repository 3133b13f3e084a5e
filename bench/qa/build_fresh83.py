"""Rebuild the 120-abstract corpus of the eighty-fifth arXiv QA set, `fresh83`, from the shared arXiv dump.

    python3 bench/qa/build_fresh83.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (Slavic languages, Spanish and Portuguese, Southeast Asian languages, team ball sports, enzymes and
antibiotics, glioma and brain tumours, knees and spines, extremism and propaganda, pollution, Alzheimer's disease and
dementia, melanoma and skin lesions, arrhythmia and heart failure):
  * a paper is eligible for a fresh83 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh83 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh83 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh83_corpus.jsonl and arxiv_fresh83_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH83 = {
    "slavic-languages": ([r"russian|ukrain|polish|czech|serbian|croatian|slovak|bulgarian"], []),
    "iberian-languages": ([r"spanish|portuguese|brazil|catalan|basque|galician"], []),
    "southeast-asian-languages": ([r"vietnam|\bthai\b|indonesian|malay|filipino|tagalog"], []),
    "team-ball-sports": ([r"basketball|volleyball|hockey|baseball|cricket|rugby"], []),
    "enzymes-antibiotics": ([r"enzym|antibiotic|antimicrobial|bacteri"], []),
    "glioma-brain-tumors": ([r"glioma|glioblastoma|brain tumou?r"], []),
    "knee-spine": ([r"\bknee|spine|spinal|vertebra"], []),
    "extremism-propaganda": ([r"extremis|terroris|radicali[sz]|propaganda|conspiracy"], []),
    "microplastics-pollution": ([r"pollut|microplastic|contaminat"], []),
    "alzheimer-dementia": ([r"alzheimer|dementia"], []),
    "melanoma-skin-lesions": ([r"melanoma|skin lesion|skin cancer"], []),
    "arrhythmia-heart-failure": ([r"arrhythmi|heart failure|atrial"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh83-19": ("glioma-brain-tumors", "2605.16464", 11),
}

INVENTED = {"fresh83-20": "Thistlecombe"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh83's own exclude a title.
    # as for fresh58 to fresh82, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh83", FRESH83, WITHHELD, INVENTED, sets_before(83), merged(TUNE, HELDOUT, FRESH83),
        withheld_before(sets_before(83)))


if __name__ == "__main__":
    main()
