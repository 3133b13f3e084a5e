"""Rebuild the 120-abstract corpus of the ninety-third arXiv QA set, `fresh91`, from the shared arXiv dump.

    python3 bench/qa/build_fresh91.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (byte- and character-level models, electricity and energy consumption, model predictive and optimal
control, cloth and deformable objects, sentence embeddings, APIs, prompt tuning, knowledge tracing, formulas and LaTeX,
odometry, relation extraction, rerankers):
  * a paper is eligible for a fresh91 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh91 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh91 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh91_corpus.jsonl and arxiv_fresh91_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH91 = {
    "byte-level-models": ([r"byte-level|character-level|tokenizer-free|tokenization-free"], []),
    "electricity-load": ([r"load forecasting|electricity|power consumption|energy consumption"], []),
    "mpc-optimal-control": ([r"model predictive control|\bmpc\b|optimal control"], []),
    "cloth-deformable": ([r"\bcloth|deformable objects?|\bropes?\b|\bcables?\b"], []),
    "sentence-embeddings": ([r"sentence embeddings?|sentence encoders?|sentence representations?"], []),
    "api-usage": ([r"\bapis?\b|api calls?"], []),
    "prompt-tuning-soft-prompts": ([r"prompt tuning|soft prompts?|prefix tuning|prompt learning"], []),
    "knowledge-tracing": ([r"knowledge tracing|student modeling|student modelling"], []),
    "formulas-latex": ([r"formula recognition|mathematical expressions?|\blatex\b|handwritten math"], []),
    "odometry": ([r"odometry|visual-inertial|inertial navigation"], []),
    "relation-extraction": ([r"relation extraction|relation classification|relational triples?"], []),
    "rerankers": ([r"rerank|re-rank"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh91-19": ("odometry", "2605.27952", 11),
}

INVENTED = {"fresh91-20": "Marrowvane"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh91's own exclude a title.
    # as for fresh58 to fresh90, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh91", FRESH91, WITHHELD, INVENTED, sets_before(91), merged(TUNE, HELDOUT, FRESH91),
        withheld_before(sets_before(91)))


if __name__ == "__main__":
    main()
