"""Rebuild the 120-abstract corpus of the twentieth arXiv QA set, `fresh18`, from the shared arXiv dump.

    python3 bench/qa/build_fresh18.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py and build_fresh*.py (see README.md), with
12 new clusters:
  * a paper is eligible for a fresh18 cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title patterns
    (the 12 fresh18 clusters, the 40 tune/heldout clusters of build_corpora.py, the 10 fresh clusters of
    build_fresh.py, the 15 fresh2 clusters of build_fresh2.py, and the 12 clusters of each of
    build_fresh3.py to build_fresh17.py);
  * papers already in arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl, arxiv_fresh_corpus.jsonl and
    arxiv_fresh2_corpus.jsonl to arxiv_fresh17_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh18 withheld_study trap) ranks below 10 in its cluster, so it
    is not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study
    trap) must occur in no title or abstract of the dump.
Writes arxiv_fresh18_corpus.jsonl and arxiv_fresh18_clusters.json next to this file (the other sets' files
are left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations


from build_corpora import HELDOUT, TUNE
from build_fresh import FRESH, run
from build_fresh2 import FRESH2
from build_fresh3 import FRESH3
from build_fresh4 import FRESH4
from build_fresh5 import FRESH5
from build_fresh6 import FRESH6
from build_fresh7 import FRESH7
from build_fresh8 import FRESH8
from build_fresh9 import FRESH9
from build_fresh10 import FRESH10
from build_fresh11 import FRESH11
from build_fresh12 import FRESH12
from build_fresh13 import FRESH13
from build_fresh14 import FRESH14
from build_fresh15 import FRESH15
from build_fresh16 import FRESH16
from build_fresh17 import FRESH17


# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH18 = {
    "data-selection-curation": ([r"data (selection|curation|filtering|pruning|mixture|mixing|quality)|pretraining data"], []),
    "neurosymbolic": ([r"neuro-?symbolic|symbolic reasoning|program synthesis"], []),
    "commonsense-temporal-reasoning": ([r"commonsense|common sense|temporal reasoning"], []),
    "linguistics": ([r"linguistic|syntactic|syntax|grammatical|psycholinguist|semantic parsing|dependency parsing"], []),
    "learning-theory-dynamics": ([r"grokking|double descent|neural tangent|loss landscape|training dynamics|generali[sz]ation (bound|error)s?|sample complexity|benign overfitting|overparameteri|implicit regulari|infinite[- ]width|lazy training"], []),
    "vae-flows-energy": ([r"variational auto-?encoders?|\bvaes?\b|normalizing flows?|energy-based"], []),
    "cross-modal-retrieval": ([r"image retrieval|cross-modal retrieval|composed image|hashing|video retrieval|image-text retrieval|text-video retrieval|video-text retrieval"], []),
    "relighting-shadows-hdr": ([r"relight|inverse rendering|\bhdr\b|high dynamic range|shadow|reflection removal|specular|intrinsic (image|decomposition)|\bbrdf\b"], []),
    "weak-noisy-supervision": ([r"noisy label|label noise|noisy annotation|label (error|correction|refinement)|mislabel|partial[- ]label|positive-unlabeled|\bpu learning|weak(ly)?[- ]supervis"], []),
    "computational-optics": ([r"optical (neural|comput)|photonic|hologra|lensless|computational imaging|single-pixel|compressive (sensing|imaging)|snapshot compressive|light field|coded aperture|point spread function"], []),
    "attention-positional": ([r"linear attention|sparse attention|attention mechanism|positional (encoding|embedding)|rotary|\brope\b|transformer architecture"], []),
    "dental": ([r"dental|\btooth|\bteeth|dentist|periodont|orthodont|intraoral|oral (cavity|cancer|health|disease|lesion)"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh18-19": ("attention-positional", "2606.13392", 11),
}

INVENTED = {"fresh18-20": "HoloPrior"}


def main() -> None:
    every = {**TUNE, **HELDOUT, **FRESH, **FRESH2, **FRESH3, **FRESH4, **FRESH5, **FRESH6, **FRESH7, **FRESH8,
             **FRESH9, **FRESH10, **FRESH11, **FRESH12, **FRESH13, **FRESH14, **FRESH15, **FRESH16, **FRESH17,
             **FRESH18}
    assert len(every) == (len(TUNE) + len(HELDOUT) + len(FRESH) + len(FRESH2) + len(FRESH3) + len(FRESH4)
                          + len(FRESH5) + len(FRESH6) + len(FRESH7) + len(FRESH8) + len(FRESH9)
                          + len(FRESH10) + len(FRESH11) + len(FRESH12) + len(FRESH13) + len(FRESH14)
                          + len(FRESH15) + len(FRESH16) + len(FRESH17) + len(FRESH18)), \
        "cluster names must be distinct"
    run(__doc__, "fresh18", FRESH18, WITHHELD, INVENTED,
        ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
         "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17"), every)


if __name__ == "__main__":
    main()
