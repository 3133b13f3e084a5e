"""Rebuild the 100-abstract corpus of the third arXiv QA set, `fresh`, from the shared arXiv dump.

    python3 bench/qa/build_fresh.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same selection rule as build_corpora.py (see README.md), with 10 new clusters:
  * a paper is eligible for a fresh cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title
    patterns (the 10 fresh clusters and the 40 tune/heldout clusters of build_corpora.py);
  * papers already in arxiv_tune_corpus.jsonl or arxiv_heldout_corpus.jsonl are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to the fresh withheld_study trap) is rank 11 of its cluster, so it is
    not in the corpus while its 10 neighbours are.
Writes arxiv_fresh_corpus.jsonl and arxiv_fresh_clusters.json next to this file (arxiv_clusters.json,
written by build_corpora.py, is left alone).
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from build_corpora import FIELDS, HELDOUT, PER_CLUSTER, TUNE, eligible_papers

HERE = Path(__file__).resolve().parent

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH = {
    "recommender-systems": ([r"recommend"], []),
    "speech-recognition": ([r"speech recognition|\basr\b"], []),
    "anomaly-detection": ([r"anomaly detection"], []),
    "optical-flow": ([r"optical flow"], []),
    "tabular-data": ([r"tabular"], []),
    "image-editing": ([r"image editing"], []),
    "robot-manipulation": ([r"robot", r"manipulat|grasp"], []),
    "video-understanding": ([r"video understanding|video question answering|video qa\b"], []),
    "machine-translation": ([r"machine translation"], []),
    "fact-checking": ([r"fact[- ]check|misinformation|fake news"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# (The second withheld_study trap, fresh-17, asks about an invented method; INVENTED lists its name, which
# must occur in no title or abstract of the dump.)
WITHHELD = {
    "fresh-16": ("speech-recognition", "2604.27543", 11),
}

INVENTED = {"fresh-17": "ChronoRec"}


def build_set(name: str, clusters: dict, withheld: dict, invented: dict, others: tuple[str, ...], every: dict,
              src: Path, excluded: frozenset[str] = frozenset()) -> None:
    """Select set `name`'s corpus from the dump (the rule above) and write arxiv_<name>_corpus.jsonl and
    arxiv_<name>_clusters.json next to this file. `others`: the sets whose papers are never eligible;
    `every`: all clusters whose title patterns exclude a paper from another cluster; `excluded`: more papers
    that are never eligible (the earlier sets' withheld papers, once their clusters' patterns no longer exclude them)."""
    with gzip.open(src, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    for q, invented_name in invented.items():
        hits = [r["id"] for r in rows if invented_name.lower() in (r["title"] + " " + r["abstract"]).lower()]
        assert not hits, (q, invented_name, hits)
    used = set(excluded)
    for other in others:
        with open(HERE / f"arxiv_{other}_corpus.jsonl", encoding="utf-8") as f:
            used |= {json.loads(line)["id"] for line in f}
    corpus, info = [], {}
    for cluster, spec in clusters.items():
        eligible = eligible_papers(rows, cluster, spec, every, used)
        chosen = eligible[:PER_CLUSTER]
        corpus.extend(chosen)
        rank = {r["id"]: i + 1 for i, r in enumerate(eligible)}
        held = [{"question": q, "id": i, "rank": rank[i], "title": next(r["title"] for r in eligible if r["id"] == i)}
                for q, (c, i, _) in withheld.items() if c == cluster]
        for w in held:
            assert w["rank"] == withheld[w["question"]][2] and w["rank"] > PER_CLUSTER, w
        info[cluster] = {"title_patterns": spec[0], "abstract_patterns": spec[1], "eligible": len(eligible),
                         "ids": [r["id"] for r in chosen], "withheld": held}
        print(f"  {cluster:28} {len(eligible):4} eligible")
    assert len(corpus) == len({r["id"] for r in corpus}) == len(clusters) * PER_CLUSTER
    assert not {r["id"] for r in corpus} & used
    assert all(sum(c == cluster for c, _, _ in withheld.values()) == len(info[cluster]["withheld"]) for cluster in clusters)
    out = HERE / f"arxiv_{name}_corpus.jsonl"
    out.write_text("".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n" for r in corpus),
                   encoding="utf-8")
    (HERE / f"arxiv_{name}_clusters.json").write_text(json.dumps({name: info}, indent=1, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
    print(f"{out.name}: {len(corpus)} abstracts in {len(info)} clusters")


def merged(*tables: dict) -> dict:
    """Every cluster table in one, asserting that no two tables share a cluster name."""
    every = {k: v for table in tables for k, v in table.items()}
    assert len(every) == sum(len(t) for t in tables), "cluster names must be distinct"
    return every


def tables_before(n: int) -> tuple[dict, ...]:
    """The cluster tables of every set before `fresh<n>`: tune and heldout, then fresh, fresh2 … fresh<n-1>
    (imported from their builders), so a new builder need not import each earlier one by name."""
    import importlib

    tables = [TUNE, HELDOUT, FRESH]
    for k in range(2, n):
        tables.append(getattr(importlib.import_module(f"build_fresh{k}"), f"FRESH{k}"))
    return tuple(tables)


def sets_before(n: int) -> tuple[str, ...]:
    """The names of every set before `fresh<n>`, whose papers are never eligible for it."""
    return ("tune", "heldout", "fresh", *(f"fresh{k}" for k in range(2, n)))


def withheld_before(others: tuple[str, ...]) -> frozenset[str]:
    """The withheld papers of the given sets (the answers to their withheld_study traps), from their clusters files."""
    ids = set()
    for other in others:
        path = HERE / f"arxiv_{other}_clusters.json"
        if path.exists():
            for table in json.loads(path.read_text(encoding="utf-8")).values():
                ids |= {w["id"] for cluster in table.values() for w in cluster.get("withheld", [])}
    return frozenset(ids)


def run(doc: str, name: str, clusters: dict, withheld: dict, invented: dict, others: tuple[str, ...], every: dict,
        excluded: frozenset[str] = frozenset()) -> None:
    """The command line of build_fresh*.py: --src, then `build_set`."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=Path("/work/shared/data/arxiv/arxiv_ml.jsonl.gz"))
    args = ap.parse_args()
    build_set(name, clusters, withheld, invented, others, every, args.src, excluded)


def main() -> None:
    run(__doc__, "fresh", FRESH, WITHHELD, INVENTED, ("tune", "heldout"), {**TUNE, **HELDOUT, **FRESH})


if __name__ == "__main__":
    main()
