"""Rebuild the 120-abstract corpus of the eightieth arXiv QA set, `fresh78`, from the shared arXiv dump.

    python3 bench/qa/build_fresh78.py [--src /work/shared/data/arxiv/arxiv_ml.jsonl.gz]

Standard library only. Same relaxed rule as `fresh56` (written before any question): the earlier *reporting* sets' clusters no longer
exclude a paper, only their corpora do. 12 clusters of topics chosen for a
mix of fields (dams, reservoirs and coasts, sculpture and monuments, vitamins and supplements, keyboards and the
mouse, passwords and authentication, YouTube, TikTok and Instagram, Reddit and forums, GitHub and repositories, touch
screens, barcodes and voice assistants, Twitter, chat apps and e-mail, web browsers, spreadsheets):
  * a paper is eligible for a fresh78 cluster when its title matches every title pattern of that cluster and no
    title pattern of another fresh78 cluster or of the design sets' clusters (tune and heldout, the sets tuned on);
  * papers already in the corpus of any earlier set, and earlier sets' withheld papers, are never eligible;
  * eligible papers are ordered by sha1(arXiv id) and the first 10 are taken;
  * the withheld paper (the answer to one fresh78 withheld_study trap) ranks below 10 in its cluster, so it is
    not in the corpus while its 10 neighbours are; the invented method name (the other withheld_study trap) must
    occur in no title or abstract of the dump.
Writes arxiv_fresh78_corpus.jsonl and arxiv_fresh78_clusters.json next to this file (the other sets' files are
left alone). Prints each cluster's number of eligible papers.
"""

from __future__ import annotations

from build_corpora import HELDOUT, TUNE
from build_fresh import merged, run, sets_before, withheld_before

# cluster name: (title patterns, all must match; abstract patterns, all must match); case-insensitive
FRESH78 = {
    "dams-coasts": ([r"\bdams?\b|reservoir|hydropower|tsunami|storm surge|coastal|harbou?r|\bbeach|shoreline"], []),
    "sculpture-statues": ([r"sculpt|statue|monument"], []),
    "vitamins-supplements": ([r"vitamin|supplement|nutrient"], []),
    "keyboards-mouse": ([r"keyboard|keystroke|\bmouse\b|cursor"], []),
    "passwords-authentication": ([r"password|passphrase|authenticat"], []),
    "youtube-tiktok": ([r"youtube|tiktok|instagram"], []),
    "reddit-forums": ([r"reddit|\bforums?\b"], []),
    "github-repositories": ([r"github|repositor"], []),
    "devices-touch-voice": ([r"touch ?screen|\btablets?\b|stylus|qr code|barcode|captcha|alexa|\bsiri\b|voice assistant|smart speaker"], []),
    "twitter-chat-email": ([r"twitter|\btweets?\b|discord|\bslack\b|telegram|whatsapp|wechat|\be-?mails?\b"], []),
    "browsers-web": ([r"\bbrowsers?\b|chrome|firefox"], []),
    "spreadsheets-excel": ([r"spreadsheet|\bexcel\b"], []),
}
# The paper that answers the first withheld_study trap: question id -> (cluster, arXiv id, required rank).
# The second withheld_study trap asks about an invented method; INVENTED lists its name, which must occur
# in no title or abstract of the dump.
WITHHELD = {
    "fresh78-19": ("reddit-forums", "2606.04274", 11),
}

INVENTED = {"fresh78-20": "Dunmere"}


def main() -> None:
    # The relaxed rule: only the design sets' clusters and fresh78's own exclude a title.
    # as for fresh58 to fresh77, the earlier sets' withheld papers are excluded too
    run(__doc__, "fresh78", FRESH78, WITHHELD, INVENTED, sets_before(78), merged(TUNE, HELDOUT, FRESH78),
        withheld_before(sets_before(78)))


if __name__ == "__main__":
    main()
