"""Verification of a draft against its sources: pure arithmetic on given vectors, no model."""

from __future__ import annotations

import numpy as np

from assistant.citations import parse_claims
from assistant.questions import asks_proposals
from assistant.schema import Source
from assistant.verification import Evidence, check

SENTENCES = {
    1: ["Molecule generation with LLMs often fails.", "VALID-Mol increases the rate of generating valid chemical structures from 3% to 83%."],
    2: ["We evaluate PSP-Seg on five public datasets.", "It prunes the network progressively."],
}


def evidence(titles: dict[int, str] | None = None, sentences: dict[int, list[str]] | None = None) -> Evidence:
    titles, sentences = titles or {}, sentences or SENTENCES
    sources = [Source(number=n, id=f"id{n}", title=titles.get(n, ""), text=" ".join(s), score=0.6, origin="t")
               for n, s in sentences.items()]
    ev = Evidence(sources)
    basis = iter(np.eye(8, dtype=np.float32))
    for n, sents in sentences.items():
        ev.sentences[n] = sents
        ev.vectors[n] = np.stack([next(basis) for _ in sents])
        ev.question_sims[n] = np.zeros(len(sents), dtype=np.float32)
    return ev


def near(ev: Evidence, n: int, j: int, sim: float = 0.8) -> np.ndarray:
    """A claim vector with cosine `sim` to sentence j of source n."""
    v = ev.vectors[n][j] * sim + np.eye(8, dtype=np.float32)[7] * np.sqrt(1 - sim**2)
    return v[None, :]


def test_a_claim_that_echoes_the_questions_words_is_shown_as_the_abstracts_own_sentence() -> None:
    ev = evidence()
    question = "With VALID-Mol, what fraction of the LLM-generated molecules are chemically valid?"
    claims = parse_claims("With VALID-Mol, 83% of the LLM-generated molecules are chemically valid [1].", k=2)
    out = check(claims, near(ev, 1, 1), ev, min_support=0.35, reattribute_margin=0.15, question=question)
    assert not out.withheld and out.grounded
    assert out.claims[0].text == SENTENCES[1][1] and out.claims[0].cited == [1]
    assert any("LLM-generated" in note for note in out.notes)
    # without the question the same draft is withheld: "LLM-generated" is not in the abstract
    claims = parse_claims("With VALID-Mol, 83% of the LLM-generated molecules are chemically valid [1].", k=2)
    assert check(claims, near(ev, 1, 1), ev, min_support=0.35, reattribute_margin=0.15).withheld



def test_an_echoing_claim_is_shown_as_the_one_sentence_that_holds_the_models_own_names() -> None:
    """"What benchmarks were used to evaluate LLM-based semantic role labeling?" drafted "Three benchmarks of SRL
    (CPB1.0, CoNLL-2009, and CoNLL-2012) were used to evaluate LLM-based semantic role labeling": the question's words
    pull its vector to the abstract's opening sentence on semantic role labeling, which holds none of the names; the
    sentence shown is the one that holds them all."""
    sentences = {1: ["Semantic role labeling (SRL) is a crucial task of natural language processing.",
                     "We conduct experiments on three benchmarks of SRL (CPB1.0, CoNLL-2009, and CoNLL-2012)."]}
    ev = evidence(sentences=sentences)
    question = "What benchmarks were used to evaluate LLM-based semantic role labeling?"
    draft = "Three benchmarks of SRL (CPB1.0, CoNLL-2009, and CoNLL-2012) were used to evaluate LLM-based semantic role labeling [1]."
    out = check(parse_claims(draft, k=1), near(ev, 1, 0), ev, min_support=0.35, reattribute_margin=0.15, question=question)
    assert not out.withheld and out.claims[0].text == sentences[1][1]
    # a name no sentence holds: still withheld
    draft = "Three benchmarks of SRL (CPB1.0, CoNLL-2009, and GLUE) were used to evaluate LLM-based semantic role labeling [1]."
    assert check(parse_claims(draft, k=1), near(ev, 1, 0), ev, min_support=0.35, reattribute_margin=0.15, question=question).withheld

def test_a_claim_copied_from_one_abstract_but_cited_to_another_moves_to_the_one_it_copies() -> None:
    """The draft copied TRACE-Bot's sentence and cited the neighbour [2], which lacks only the question's "TRACE-Bot":
    the claim is [1]'s (fresh81-05 showed [2]'s closest sentence, about shortcut features, instead)."""
    sentences = {1: ["TRACE-Bot constructs fine-grained representations from heterogeneous sources.", "It detects bots."],
                 2: ["Detectors are influenced by shortcuts.", "Bot detectors use fine-grained representations from heterogeneous sources."]}
    ev = evidence(sentences=sentences)
    question = "What accuracies does TRACE-Bot achieve?"
    draft = "TRACE-Bot constructs fine-grained representations from heterogeneous sources [2]."
    out = check(parse_claims(draft, k=2), near(ev, 2, 1, 0.7), ev, min_support=0.35, reattribute_margin=0.15, question=question)
    assert out.claims[0].cited == [1] and out.claims[0].text.startswith("TRACE-Bot constructs")


def test_a_figure_whose_unit_the_draft_changed_is_shown_in_its_sentence() -> None:
    """fresh80-21: "114 hours of … dialogue" was drafted as "114 sessions of … dialogue"; the figure is in the abstract,
    so only the word after it tells that it now counts something else. The source's sentence is shown."""
    sentences = {1: ["LOTUSDIS contains 114 hours of spontaneous, unscripted dialogue collected in 15-20 minute sessions.",
                     "It is recorded with nine microphones."]}
    ev = evidence(sentences=sentences)
    draft = "LOTUSDIS contains 114 sessions of spontaneous, unscripted dialogue [1]."
    out = check(parse_claims(draft, k=1), near(ev, 1, 0, 0.9), ev, min_support=0.35, reattribute_margin=0.15)
    assert out.claims[0].text == sentences[1][0]
    # the same unit in another form, or a figure said with its own word, stands
    for same in ("LOTUSDIS contains 114 hours of spontaneous dialogue [1].", "It is recorded with 9 microphones [1]."):
        out = check(parse_claims(same, k=1), near(ev, 1, 0, 0.9), ev, min_support=0.35, reattribute_margin=0.15)
        assert out.claims[0].text == same[: -len(" [1].")] + "."


def test_a_number_the_model_added_must_be_in_the_sentence_shown() -> None:
    ev = evidence()
    question = "With VALID-Mol, what fraction of the LLM-generated molecules are chemically valid?"
    claims = parse_claims("With VALID-Mol, 91% of the LLM-generated molecules are chemically valid [1].", k=2)
    out = check(claims, near(ev, 1, 1), ev, min_support=0.35, reattribute_margin=0.15, question=question)
    assert out.withheld  # 91% is the model's own, and no abstract says it


def test_small_numbers_match_their_words_and_titles_count_as_the_source() -> None:
    ev = evidence()
    claims = parse_claims("PSP-Seg was evaluated on 5 public datasets [2].", k=2)
    assert check(claims, near(ev, 2, 0), ev, min_support=0.35, reattribute_margin=0.15).grounded
    ev = evidence(titles={2: "Progressive Pruning for Efficient 3D Medical Image Segmentation"})
    claims = parse_claims("PSP-Seg is a Progressive Pruning method evaluated on five public datasets [2].", k=2)
    assert check(claims, near(ev, 2, 0), ev, min_support=0.35, reattribute_margin=0.15).grounded


def test_a_few_words_copied_from_a_sentence_are_supported_by_it() -> None:
    """"five public datasets [1]" is far, as a vector, from the whole sentence it copies; it is the
    source's own words all the same, and cited to the source that has them."""
    ev = evidence()
    far = np.eye(8, dtype=np.float32)[7][None, :]  # similar to no sentence at all
    out = check(parse_claims("PSP-Seg on five public datasets [1].", k=2), far, ev, min_support=0.35, reattribute_margin=0.15)
    assert not out.withheld and out.claims[0].cited == [2]
    # two words are too few to tell whose they are; words the source does not have are not copied
    assert check(parse_claims("public datasets [2].", k=2), far, ev, min_support=0.35, reattribute_margin=0.15).withheld
    assert check(parse_claims("PSP-Seg on six public datasets [2].", k=2), far, ev, min_support=0.35, reattribute_margin=0.15).withheld


def test_a_survey_line_prefers_what_the_paper_itself_does_over_its_background() -> None:
    ev = Evidence([Source(number=1, id="a", title="", origin="t", text="", score=1.0)])
    ev.sentences[1] = ["Large language models often hallucinate facts.", "We propose AggTruth, which flags hallucinated spans.",
                       "Can models know what they do not know?"]
    ev.question_sims[1] = np.array([0.60, 0.55, 0.58])
    assert ev.best_sentence(1) == "Large language models often hallucinate facts."  # the closest, as before
    assert ev.best_sentence(1, own_work=0.08) == "We propose AggTruth, which flags hallucinated spans."
    assert ev.best_sentence(1, own_work=0.01) == "Large language models often hallucinate facts."  # only a small preference


def test_a_survey_of_what_the_papers_propose_quotes_each_papers_proposal() -> None:
    """"What do the papers on autonomous driving propose?" was answered, for TransDiffuser, with "Transferring its
    capabilities to … driving systems has emerged as a promising direction": close to the question, and "our"-free"""
    ev = Evidence([Source(number=1, id="a", title="", origin="t", text="", score=1.0)])
    ev.sentences[1] = ["Transferring its capabilities to autonomous driving systems has emerged as a promising direction.",
                       "In this work, we propose TransDiffuser, a generative trajectory planner for end-to-end driving.",
                       "Our results on NAVSIM show strong planning."]
    ev.question_sims[1] = np.array([0.70, 0.55, 0.52])
    assert ev.best_sentence(1, own_work=0.08) == ev.sentences[1][0]
    assert ev.best_sentence(1, own_work=0.08, proposal=0.15) == ev.sentences[1][1]
    assert asks_proposals("What do the papers on autonomous driving propose?")
    assert asks_proposals("What benchmarks do the abstracts introduce for evaluating unlearning?")
    assert not asks_proposals("How do the papers differ in their results on driving?")
    # the approaches, techniques or methods the papers take are what each paper does (asked of fresh54's collection:
    # "What approaches do the papers take to simulate materials?" quoted each abstract's background)
    assert asks_proposals("What approaches do the papers take to simulate or homogenize physical materials?")
    assert asks_proposals("What techniques do these papers use to render text more faithfully?")
    assert not asks_proposals("How do the papers differ in what they find about negation?")


def test_a_survey_of_proposals_quotes_what_the_paper_puts_forward_not_the_task_it_studies() -> None:
    """"What do these papers propose for continual test-time adaptation?" quoted DiCoTTA's "This paper studies continual
    test-time adaptation (CTTA), the task of …": the task, in the question's own words, outscored the method (fresh128-17)"""
    ev = Evidence([Source(number=1, id="a", title="", origin="t", text="", score=1.0)])
    ev.sentences[1] = ["This paper studies continual test-time adaptation (CTTA), the task of adapting a model to new domains.",
                       "We present a novel online domain-invariant learning framework for CTTA, dubbed DiCoTTA.",
                       "DiCoTTA achieved state-of-the-art performance on four public CTTA benchmarks."]
    ev.question_sims[1] = np.array([0.80, 0.50, 0.55])
    assert ev.best_sentence(1, own_work=0.08, proposal=0.15) == ev.sentences[1][0]
    assert ev.best_sentence(1, own_work=0.08, proposal=0.15, put_forward=True) == ev.sentences[1][1]
    # an abstract that puts nothing forward keeps its closest sentence
    ev.sentences[1] = ev.sentences[1][:1] + ["Results vary across the four benchmarks.", ev.sentences[1][2]]
    assert ev.best_sentence(1, own_work=0.08, proposal=0.15, put_forward=True) == ev.sentences[1][0]
    # how the papers do a thing is what each one does ("How do these papers apply AI to fetal ultrasound?" quoted each
    # abstract's background, fresh110-18), unless it asks how they compare or evaluate
    assert asks_proposals("How do these papers apply AI to fetal ultrasound?")
    assert asks_proposals("How do the abstracts here go about working out where on Earth a photo was taken?")
    assert not asks_proposals("How do these papers compare on noisy inputs?")


def test_a_survey_of_proposals_quotes_the_sentence_that_puts_forward_what_the_title_names() -> None:
    """"What do these papers propose for feature matching between images?" quoted CoMatcher's "Building on CoMatcher, we
    develop a groupwise framework …", closer to the question than "… we introduce CoMatcher, a deep multi-view matcher"
    (fresh132-18): the thing the title names, put forward by name, is what the paper proposes"""
    ev = Evidence([Source(number=1, id="a", title="CoMatcher: Multi-View Collaborative Feature Matching", origin="t",
                          text="", score=1.0)])
    ev.sentences[1] = ["This paper proposes a multi-view collaborative matching strategy for reliable track construction.",
                       "To address this, we introduce CoMatcher, a deep multi-view matcher.",
                       "Building on CoMatcher, we develop a groupwise framework for large-scale matching tasks."]
    ev.question_sims[1] = np.array([0.60, 0.50, 0.65])
    assert ev.best_sentence(1, own_work=0.08, proposal=0.15, put_forward=True) == ev.sentences[1][1]
    # a title that names nothing coined leaves the closest sentence that puts something forward
    ev = Evidence([Source(number=1, id="a", title="Collaborative feature matching", origin="t", text="", score=1.0)])
    ev.sentences[1] = ["To address this, we introduce a deep multi-view matcher.",
                       "We further develop a groupwise framework for large-scale matching tasks."]
    ev.question_sims[1] = np.array([0.50, 0.65])
    assert ev.best_sentence(1, own_work=0.08, proposal=0.15, put_forward=True) == ev.sentences[1][1]
    assert not asks_proposals("How do the papers evaluate hallucination in captioning?")


def test_a_claim_that_changes_a_figure_of_the_sentence_it_copies_is_shown_as_that_sentence() -> None:
    """The small model copies "hours of speech in a previously unseen language" and writes 4 where the
    sentence says 10; a 4 elsewhere in the abstract ("four baselines") passes the number check, so
    only the sentence it copies tells. Or it writes one of the sentence's figures twice."""
    sentences = {1: ["Given only 10 hours of speech in a previously unseen language, systems must produce units.",
                     "We provide four pretrained baselines."],
                 2: ["We trained models that improve existing capacity limits from 100 to 500 bits, while achieving "
                     "better accuracy of up to 1 failure bit out of 2000, at 200K test bits.", "It hides images."]}
    ev = evidence(sentences=sentences)

    def shown(text: str, n: int) -> tuple[str, list[str]]:
        out = check(parse_claims(text, k=2), near(ev, n, 0), ev, min_support=0.35, reattribute_margin=0.15)
        assert out.grounded
        return out.claims[0].text, out.notes

    text, notes = shown("4 hours of speech in a previously unseen language [1].", 1)
    assert text == sentences[1][0] and any("changed a figure" in note for note in notes)
    text, _ = shown("The models now hide 2000 bits, while achieving better accuracy of up to 1 failure bit out of 2000, "
                    "at 200K test bits [2].", 2)
    assert text == sentences[2][0]
    # a faithful piece, or a figure written as often as the sentence writes it, is left as drafted
    assert shown("Given only 10 hours of speech in a previously unseen language [1].", 1)[0].startswith("Given only 10 hours")
    assert shown("The models raise capacity to 500 bits, at 200K test bits [2].", 2)[0] == "The models raise capacity to 500 bits, at 200K test bits."


def test_bare_figures_in_the_questions_words_are_shown_as_the_sentence_that_holds_them() -> None:
    """"80,000 samples." is too short for its vector to find "… a new synthetic dataset containing
    80,000 annotated frames": the one sentence holding its figure says what it counts."""
    ev = evidence(sentences={1: ["Lane detection in snow remains hard.", "We introduce SnowyLane, a new synthetic dataset containing 80,000 annotated frames."],
                             2: ["We first construct a modality-balanced dataset of 87K samples."]})
    far = np.eye(8, dtype=np.float32)[7][None, :]
    question = "How many samples does the synthetic dataset of snow-covered roads contain?"
    out = check(parse_claims("80,000 samples [1].", k=2), far, ev, min_support=0.35, reattribute_margin=0.15, question=question)
    assert not out.withheld and out.claims[0].text.startswith("We introduce SnowyLane") and out.claims[0].cited == [1]
    # a figure no sentence holds, or words of the model's own, are still withheld
    assert check(parse_claims("90,000 samples [1].", k=2), far, ev, min_support=0.35, reattribute_margin=0.15, question=question).withheld
    assert check(parse_claims("80,000 winter photos [1].", k=2), far, ev, min_support=0.35, reattribute_margin=0.15, question=question).withheld


def test_a_bare_name_in_the_questions_words_is_shown_as_the_sentence_that_holds_it() -> None:
    """"They are sourced from Stack Exchange." (asked of fresh54's collection, "How many questions does UQ contain
    and where are they sourced from?") was withheld as unsupported: too short for its vector to find "… a testbed of
    500 challenging, diverse questions sourced from Stack Exchange, …"."""
    ev = evidence(sentences={1: ["Benchmarks shape progress in AI research.",
                                 "We introduce UQ, a testbed of 500 diverse questions sourced from Stack Exchange, spanning many topics."]})
    far = np.eye(8, dtype=np.float32)[7][None, :]
    question = "Where are the questions of UQ sourced from?"
    out = check(parse_claims("They are sourced from Stack Exchange [1].", k=1), far, ev, min_support=0.35, reattribute_margin=0.15,
                question=question)
    assert not out.withheld and out.claims[0].text.startswith("We introduce UQ") and out.claims[0].cited == [1]
    # a name no sentence holds, or words of the model's own beside it, are still withheld
    for draft in ("They are sourced from Reddit [1].", "They are scraped from Stack Exchange [1]."):
        assert check(parse_claims(draft, k=1), far, ev, min_support=0.35, reattribute_margin=0.15, question=question).withheld
