"""Rebuild the two 200-abstract corpora of the arXiv QA sets from the shared arXiv dump.

    python3 bench/qa/build_corpora.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Selection rule (see README.md):
  * a paper is eligible for a cluster when its title matches every title pattern of that cluster,
    its abstract matches every abstract pattern, and its title matches no other cluster's title
    patterns (of either set);
  * eligible papers are ordered by sha1(arXiv id) (a fixed pseudo-random order) and the first 10
    are taken;
  * the withheld papers (the answers to the "withheld_study" traps) come from ranks 11+ of the same
    cluster, so they are never in a corpus.
Writes arxiv_tune_corpus.jsonl, arxiv_heldout_corpus.jsonl and arxiv_clusters.json next to this file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PER_CLUSTER = 10
FIELDS = ("id", "title", "abstract", "authors", "categories", "date")

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
TUNE = {
    "speculative-decoding": ([r"speculative decoding"], []),
    "federated-learning": ([r"federated"], []),
    "gaussian-splatting": ([r"gaussian splatting"], []),
    "time-series-forecasting": ([r"time[- ]series forecasting"], []),
    "lora-peft": ([r"\blora\b|low-rank adaptation"], []),
    "medical-image-segmentation": ([r"medical image segmentation"], []),
    "trajectory-prediction": ([r"trajectory prediction"], [r"pedestrian|vehicle|driving|traffic"]),
    "knowledge-distillation": ([r"knowledge distillation"], []),
    "watermarking": ([r"watermark"], []),
    "jailbreak": ([r"jailbreak"], []),
    "molecules": ([r"molecul"], [r"drug|propert|generat"]),
    "point-clouds": ([r"point cloud"], []),
    "sign-language": ([r"sign language"], []),
    "change-detection": ([r"change detection"], [r"remote sensing|satellite|\bSAR\b|aerial|bi-?temporal"]),
    "code-generation": ([r"code generation"], []),
    "hate-speech": ([r"hate speech"], []),
    "mixture-of-experts": ([r"mixture[- ]of[- ]experts"], []),
    "crowd-counting": ([r"crowd counting"], []),
    "surgical-vision": ([r"surgical"], [r"video|instrument|endoscop|laparoscop"]),
    "music": ([r"\bmusic"], []),
}
HELDOUT = {
    "video-diffusion": ([r"video", r"diffusion"], []),
    "retrieval-augmented-generation": ([r"retrieval[- ]augmented"], []),
    "multimodal-hallucination": ([r"hallucinat", r"vision|multimodal|vlm|lvlm|mllm|visual"], []),
    "preference-optimization": ([r"preference optimization|\bdpo\b|rlhf|reinforcement learning from human feedback"], []),
    "quantization": ([r"quantiz"], []),
    "continual-learning": ([r"continual learning"], []),
    "person-reid": ([r"re-identification|\breid\b"], []),
    "deepfake-detection": ([r"deepfake"], []),
    "text-to-speech": ([r"text-to-speech|\btts\b"], []),
    "depth-estimation": ([r"depth estimation"], []),
    "math-reasoning": ([r"mathematical reasoning"], []),
    "emotion-recognition": ([r"emotion recognition"], []),
    "precipitation-nowcasting": ([r"weather forecast|precipitation|nowcasting"], []),
    "multi-object-tracking": ([r"multi-object tracking|multiple object tracking"], []),
    "legal-nlp": ([r"\blegal\b"], []),
    "gui-agents": ([r"\bgui\b"], []),
    "open-vocab-segmentation": ([r"open-vocabulary", r"segmentation"], []),
    "machine-unlearning": ([r"unlearning"], []),
    "text-to-sql": ([r"text-to-sql"], []),
    "low-light-enhancement": ([r"low-light"], []),
}
# The papers that answer the "withheld_study" traps: question id -> (cluster, arXiv id). Each must rank
# below PER_CLUSTER among its cluster's eligible papers (checked below), so it is never in a corpus.
WITHHELD = {
    "tune": {
        "tune-31": ("gaussian-splatting", "2511.04283"),
        "tune-32": ("federated-learning", "2510.04601"),
        "tune-33": ("speculative-decoding", "2510.02128"),
        "tune-34": ("jailbreak", "2602.22983"),
    },
    "heldout": {
        "heldout-31": ("deepfake-detection", "2510.16320"),
        "heldout-32": ("gui-agents", "2504.11281"),
        "heldout-33": ("preference-optimization", "2505.18126"),
        "heldout-34": ("legal-nlp", "2505.02172"),
    },
}


def sha1(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def title_match(row: dict, spec: tuple) -> bool:
    return all(re.search(p, row["title"], re.I) for p in spec[0])


def eligible_papers(rows: list[dict], name: str, spec: tuple, every: dict, exclude: set[str] = frozenset()) -> list[dict]:
    """The papers of cluster `name`: title and abstract patterns match, no other cluster's title
    patterns match, not in `exclude`; in sha1(id) order."""
    eligible = [r for r in rows
                if r["id"] not in exclude
                and title_match(r, spec)
                and all(re.search(p, r["abstract"], re.I) for p in spec[1])
                and not any(title_match(r, s2) for n2, s2 in every.items() if n2 != name)]
    return sorted(eligible, key=lambda r: sha1(r["id"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=Path("/work/shared/data/arxiv/arxiv_ml.jsonl.gz"))
    args = ap.parse_args()
    with gzip.open(args.src, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    every = {**TUNE, **HELDOUT}
    clusters_out = {}
    for setname, clusters in (("tune", TUNE), ("heldout", HELDOUT)):
        corpus, info = [], {}
        for name, spec in clusters.items():
            eligible = eligible_papers(rows, name, spec, every)
            chosen = eligible[:PER_CLUSTER]
            corpus.extend(chosen)
            rank = {r["id"]: i + 1 for i, r in enumerate(eligible)}
            withheld = [{"question": q, "id": i, "rank": rank[i], "title": next(r["title"] for r in eligible if r["id"] == i)}
                        for q, (c, i) in WITHHELD[setname].items() if c == name]
            for w in withheld:
                assert w["rank"] > PER_CLUSTER, w
            info[name] = {"title_patterns": spec[0], "abstract_patterns": spec[1], "eligible": len(eligible),
                          "ids": [r["id"] for r in chosen], "withheld": withheld}
        assert len(corpus) == len({r["id"] for r in corpus}) == 20 * PER_CLUSTER
        out = HERE / f"arxiv_{setname}_corpus.jsonl"
        out.write_text("".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n" for r in corpus),
                       encoding="utf-8")
        clusters_out[setname] = info
        print(f"{out.name}: {len(corpus)} abstracts in {len(info)} clusters")
    (HERE / "arxiv_clusters.json").write_text(json.dumps(clusters_out, indent=1, ensure_ascii=False) + "\n",
                                              encoding="utf-8")


if __name__ == "__main__":
    main()
