"""Rebuild the 120-abstract corpus of the seventy-first arXiv QA set, `fresh69`, from the shared arXiv dump.

    python3 bench/qa/build_fresh69.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (poems and lyrics, racing and overtaking, FPGAs and hardware, voice
conversion and singing, hyperparameters, chess, poker, Minecraft and Atari, satellites and orbits, phishing, malware and
spam, hyperbolic geometry, sparse autoencoders, mobile apps and smartphones, circuits):
  * a paper is eligible for a fresh69 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh69 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh69 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh69_corpus.jsonl and arxiv_fresh69_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH69 = {
    "poetry-lyrics": ([r"poem|poetry|lyric"], []),
    "racing-overtaking": ([r"racing|overtak"], []),
    "fpga-hardware": ([r"\bfpga\b|hardware|\basic\b"], []),
    "voice-cloning-singing": ([r"voice conversion|singing|voice cloning"], []),
    "hyperparameters": ([r"hyperparameter"], []),
    "board-games-minecraft": ([r"\bchess\b|poker|minecraft|atari"], []),
    "satellites-orbits": ([r"satellite|orbit"], []),
    "phishing-malware-spam": ([r"phishing|malware|spam"], []),
    "hyperbolic": ([r"hyperbolic"], []),
    "sparse-autoencoders": ([r"sparse autoencoder"], []),
    "mobile-apps": ([r"\bapps?\b|android|smartphone"], []),
    "circuits": ([r"circuit"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh69-19": ("sparse-autoencoders", "2505.11756", 12),
}

INVENTED = {"fresh69-20": "QuillMesh"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh69's own exclude a title.
    # as for fresh58 to fresh68, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh69", FRESH69, WITHHELD, INVENTED, sets_before(69), merged(TUNE, HELDOUT, FRESH69),
        withheld_before(sets_before(69)))


if __name__ == "__main__":
    main()
