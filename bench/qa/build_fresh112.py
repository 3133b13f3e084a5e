"""Rebuild the 120-abstract corpus of the hundred-and-fourteenth arXiv QA set, `fresh112`, from the shared arXiv dump.

    python3 bench/qa/build_fresh112.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (long context, multilingual and low-resource languages, image editing, video generation, speech
recognition, fraud and intrusion detection, chemistry, physics-informed networks, quantum computing, dentistry,
dermatology, tool-using agents):
  * a paper is eligible for a fresh112 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh112 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh112 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh112_corpus.jsonl and arxiv_fresh112_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH112 = {
    "long-context-llm": ([r'long.context'], []),
    "multilingual-low-resource": ([r'multilingual|low-resource'], []),
    "image-editing-models": ([r'image editing'], []),
    "video-generation-models": ([r'video generation|video diffusion'], []),
    "speech-recognition-asr": ([r'speech recognition|\basr\b'], []),
    "fraud-malware-security": ([r'fraud|malware|intrusion'], []),
    "chemistry-ml": ([r'chemi'], []),
    "physics-informed-nets": ([r'physics-informed|\bpinns?\b'], []),
    "quantum-computing-ml": ([r'quantum'], []),
    "dental-imaging": ([r'dental|tooth|teeth'], []),
    "skin-dermatology": ([r'\bskin\b|dermat'], []),
    "tool-use-agents": ([r'tool.use|tool.calling|function.call'], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh112-19": ("dental-imaging", "2509.12069", 11),
}

INVENTED = {"fresh112-20": "Marrowind"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh112's own exclude a title.
    # as for fresh58 to fresh112, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh112", FRESH112, WITHHELD, INVENTED, sets_before(112), merged(TUNE, HELDOUT, FRESH112),
        withheld_before(sets_before(112)))


if __name__ == "__main__":
    main()
