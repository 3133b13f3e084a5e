"""Reading what a question asks for, and whether an abstract mentions it (the focus check)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Source, coverage
from assistant.coverage import counted_noun, counts, mentions_name, named_sources, not_covered, question_focus, restates, uncovered, unmentioned
from assistant.grammars import choice_grammar
from assistant.questions import classify

from .conftest import make_assistant

VQA = ("Visual Question Answering (VQA) models have struggled with counting objects in natural images so far. "
       "We propose a neural network component that allows robust counting from object proposals.")


@pytest.mark.parametrize(("question", "focus"), [
    ("Which optimizer did the VQA counting paper use?", ("optimizer",)),
    ("How many GPUs were used to train it?", ("gpus",)),
    ("Which kinds of corpora does domain adaptation for NMT leverage?", ("corpora",)),
    ("In which dataset was the model evaluated?", ("dataset",)),
    ("What learning rate did they use?", ("learning", "rate")),
    ("What is lifelong knowledge graph embedding?", ()),
    ("Why does interpretability matter?", ()),
    ("Which abstracts discuss knowledge graph embeddings?", ()),
    ("Does RotatE model relations as rotations?", ()),
    # "how much" + a comparative asks for a number, not for a thing called "shorter"
    ("How much shorter are the prompts than the baseline's?", ()),
    ("How much faster is FlashEdit than multi-step pipelines?", ()),
    ("How much bigger is the model?", ()),
    ("How much power does the chip draw?", ("power",)),
    ("How much user data is stored?", ("user", "data")),
    ("How many tasks make up CODA-BENCH?", ("tasks",)),  # a verb particle ends the phrase, and its verb is no focus
    # a fraction, share or percentage of something is a number of that thing ("5% of the visual tokens")
    ("On Qwen2.5-VL, what fraction of the visual tokens does FastOCR attend to?", ("visual", "tokens")),
    ("What share of the training data is synthetic?", ("training", "data")),
    # a size of something is a figure of that thing ("played on a small 7 x 7 board"), not a thing called "size"
    ("What size of board is WallGo played on?", ("board",)),
])
def test_question_focus(question: str, focus: tuple[str, ...]) -> None:
    assert question_focus(question).words == focus


def test_abstract_that_never_mentions_the_focus_does_not_cover_it() -> None:
    assert not_covered(question_focus("Which optimizer did the VQA counting paper use?"), VQA) == ["optimizer"]
    assert not_covered(question_focus("What batch size did the authors choose?"), VQA) == ["batch", "size"]


def test_a_qualifier_with_its_number_names_the_measure() -> None:
    """"What Top-1 accuracy does FPDANet reach …?" was refused: its abstract says "obtained 91.05% and 100% in Top-1 and
    Top-5 metrics", never "accuracy" (fresh110-05)."""
    from assistant.coverage import not_covered, question_focus

    focus = question_focus("What Top-1 accuracy does FPDANet reach in classifying fetal ultrasound sections?")
    assert not not_covered(focus, "FPDANet classification results obtained 91.05% and 100% in Top-1 and Top-5 metrics.")
    # another rank is another figure
    assert not_covered(focus, "FPDANet classification results obtained 100% in the Top-5 metric.")


def test_a_balanced_or_macro_metric_is_not_covered_by_the_plain_one() -> None:
    """fresh81-19 asked a withheld study's balanced accuracy and was answered with a neighbour's "over 70% prediction
    accuracy"."""
    q = "What balanced accuracy does the multimodal network reach for seizure detection in mice?"
    assert not_covered(question_focus(q), "Our approach achieves over 70% prediction accuracy under a video-only setting.")
    assert not_covered(question_focus(q), "It reaches a balanced accuracy of 0.9957.") == []
    assert not_covered(question_focus("What macro F1 does the system reach?"), "The system reaches an F1 of 0.81.")
    assert not_covered(question_focus("What macro F1 does the system reach?"), "The system reaches a Macro-F1 of 0.81.") == []


def test_a_name_written_with_its_version_covers_the_model_asked_for() -> None:
    """fresh84-04: "Which YOLO model detects the knots …?" was refused before the LLM, though the abstract says "the
    YOLOv8l achieves an mAP@0.5 of 0.887"."""
    text = "After the transfer learning, the YOLOv8l achieves an mAP@0.5 of 0.887."
    assert not_covered(question_focus("Which YOLO model is used to detect the knots?"), text) == []
    assert not_covered(question_focus("Which YOLO model detects the knots in the pipeline?"), text) == []
    # a name never written, with or without a version, is still missing
    assert not_covered(question_focus("Which Llama model is used to detect the knots?"), text)


def test_word_forms_and_trailing_verbs_do_not_cause_refusals() -> None:
    assert not_covered(question_focus("What assumption about observed graphs does VIB-GSL challenge?"),
                       "Most studies take the observed graph as input, assuming it is complete.") == []
    assert not_covered(question_focus("Which proposals help counting?"), VQA) == []  # "help" is a verb
    assert not_covered(question_focus("Which open-source models are named?"), "targets such as LLaMA and other open-source models") == []
    assert not_covered(question_focus("Which component allows robust counting?"), VQA) == []


def test_a_measure_is_named_by_its_modifier_only_next_to_its_figure() -> None:
    # fresh64-22: "deep learning" and a number of epochs name no learning rate
    text = "In the deep learning setting, the indobert-base-p1 model was fine-tuned for five epochs and achieved 89.59% accuracy."
    assert not_covered(question_focus("What learning rate was used to fine-tune IndoBERT?"), text) == ["rate"]
    assert not_covered(question_focus("What learning rate was used to fine-tune IndoBERT?"), "with a learning rate of 3e-4") == []
    # "37.4% success", "$5\\pm1$ BLEU points": the modifier next to the figure names the measure
    assert not_covered(question_focus("What success rate does the web agent reach?"), "The agent reaches 37.4% success on WebArena.") == []
    assert not_covered(question_focus("What BLEU score did the best system achieve?"), r"Our best system achieved $5\pm1$ BLEU points.") == []


def test_a_compound_focus_is_covered_by_one_of_its_words() -> None:
    # "To what bit-widths does VidKV compress the KV cache?" is answered by "lower than 2 bits"
    assert not_covered(question_focus("To what bit-widths does VidKV compress the KV cache?"),
                       "VidKV compresses the KV cache to lower than 2 bits.") == []


def test_an_adverb_names_no_measure() -> None:
    # fresh77-22: "Mjölnir accurately reproduces … a Pearson correlation of 0.96" gives no accuracy
    focus = question_focus("What accuracy does Mjölnir reach in predicting lightning occurrence?")
    assert not_covered(focus, "Mjolnir accurately reproduces lightning activity, with a Pearson correlation of 0.96.") == ["accuracy"]
    assert not_covered(focus, "Mjolnir reaches an accuracy of 91% on lightning occurrence.") == []
    # a compound written as two words still counts: "data sets" names datasets
    assert not_covered(question_focus("Which datasets were used?"), "We use two benchmark data sets.") == []


def test_a_version_is_covered_by_the_name_written_with_its_number() -> None:
    # fresh74-05: "Which YOLO version …?" is answered by "based on YOLOv11", which never says "version"
    text = "This paper proposes SBP-YOLO, a lightweight detection framework based on YOLOv11, optimized for embedded deployment."
    for q in ("Which YOLO version is SBP-YOLO based on?", "Which version of YOLO is SBP-YOLO based on?"):
        assert not_covered(question_focus(q), text) == []
        assert not_covered(question_focus(q), "SBP-YOLO detects speed bumps and potholes in real time.") == ["version"]


def test_restatement_is_an_answer_that_adds_nothing_to_the_question() -> None:
    q = "Which components make Temporal Graph Networks both accurate and efficient?"
    assert restates(q, "Temporal Graph Networks (TGNs) are both accurate and efficient.")  # an acronym adds nothing
    assert not restates(q, "A memory module and graph-based operators make TGNs accurate and efficient.")
    assert not restates("Which optimizer did the VQA paper use?", "The VQA paper used the Adam optimizer.")
    # words about the document, and the letters of "i.e.", add nothing either
    assert restates("What is lifelong knowledge graph embedding?",
                    "Lifelong knowledge graph embedding is a field of KG embedding in this paper, i.e., lifelong KG embedding.")


def test_choice_grammar_only_allows_the_given_sentences() -> None:
    from llama_cpp import LlamaGrammar

    g = choice_grammar([('He said "hi" \\ twice.', 1), ("Second sentence", 2)])
    assert g == r'root ::= "He said \"hi\" \\ twice [1]." | "Second sentence [2]."'
    LlamaGrammar.from_string(g, verbose=False)  # parses


@pytest.mark.parametrize(("question", "listing"), [
    ("Which abstracts discuss knowledge graph embeddings?", True),
    ("What recent papers study quantization?", True),
    ("List the papers on graph neural networks", True),
    ("What does the paper propose?", False),
    ("Which dataset was introduced?", False),
    ("Which optimizer did the VQA counting paper use?", False),
])
def test_questions_that_ask_for_abstracts(question: str, listing: bool) -> None:
    assert (classify(question).kind == "listing") is listing


def test_names_are_matched_as_written_and_pick_the_study_the_question_names() -> None:
    assert mentions_name("We present an Adaptive Relational Transformer (ART).", "ART")
    assert not mentions_name("It reaches state-of-the-art accuracy.", "ART")  # an acronym is not a word
    assert mentions_name("The small variant PSP-Seg-S saves memory.", "PSP-Seg")
    assert mentions_name("changetitans reaches 91.5 F1.", "ChangeTitans")
    assert mentions_name("A flight system for small UAVs.", "UAV")  # plural
    texts = {1: "A diffusion model for pedestrian trajectories, evaluated on ETH and UCY; state-of-the-art results.",
             2: "ART: Adaptive Relational Transformer. Evaluations on ETH/UCY and NBA benchmarks.",
             3: "ILNet reaches state-of-the-art results on INTERACTION and Argoverse."}
    assert named_sources("Which benchmarks is the ART pedestrian trajectory model evaluated on?", texts) == {2}
    assert named_sources("Which benchmarks are pedestrian trajectory models evaluated on?", texts) == set()  # names nothing
    assert named_sources("Which benchmarks is the XYZ model evaluated on?", texts) == set()  # a name no abstract holds
    # "360-degree" is a quantity, not a name: the abstract that writes "360{\\deg}" is not passed over for one that spells it
    q = "Which two datasets were used to evaluate the model that synthesizes indoor 360-degree panoramas from top-down views?"
    assert coverage.names(q) == ["360-degree"]  # still weighed as a name by the coverage gate
    assert named_sources(q, {1: "Generating 360{\\deg} indoor panoramas from top-down views.", 2: "360-degree images for segmentation."}) == set()


def test_plain_english_words_weigh_less_than_the_terms_that_pick_out_a_study(seeded_store: Path) -> None:
    """Among 75,000 ML abstracts "doubt", "cast" and "bigger" are as rare as any technical term, so
    by idf alone a plainly phrased question looked like one about a study the collection lacks."""
    assert coverage.english_weight("quantization") == 1.0 and coverage.english_weight("polarimetric") == 1.0
    assert coverage.english_weight("give") == coverage.english_weight("doubt") == coverage.ENGLISH_FLOOR
    assert coverage.ENGLISH_FLOOR < coverage.english_weight("accuracy") < coverage.english_weight("cardiology") == 1.0
    chain = make_assistant(seeded_store).answer_chain
    chain.idf = lambda tokens: {t: (5.0, True) for t in tokens}  # every word as rare as in a huge collection
    q = "Why does the comparison of LoRA-adapted cardiology embedding models cast doubt on the idea that bigger language models give better domain embeddings?"
    src = Source(number=1, id="c", title="LoRA adaptation of embedding models for cardiology", score=0.6, origin="x:1",
                 text="We compare LoRA-adapted embedding models on cardiology domain retrieval. Encoder-only models outperform larger decoder models.")
    share, missing = chain.coverage(q, [src])
    assert share >= chain.settings.min_coverage and not chain.coverage_gap(q, [src])
    assert chain.coverage(q, [src], english=False)[0] < chain.settings.min_coverage  # idf alone: "a related study"
    # a technical term the abstract lacks still counts in full
    other = src.model_copy(update={"title": "LoRA for radiology", "text": "We compare LoRA-adapted embedding models on radiology domain retrieval."})
    assert "cardiolog" in chain.coverage(q, [other])[1][:2]


def test_another_form_of_a_word_holds_it_but_a_name_must_be_written_as_asked(seeded_store: Path) -> None:
    """"Is synthetic data useful when real data is scarce?" was refused as a question about a study
    the collection lacks: its abstract says "data scarcity", and the stemmer keeps "scarc" and
    "scarciti" apart."""
    assert coverage.holds({"scarciti"}, "scarc") and coverage.holds({"accuraci"}, "accur") and coverage.holds({"detect"}, "detector")
    assert not coverage.holds({"transform"}, "transcript") and not coverage.holds({"generat"}, "general")
    chain = make_assistant(seeded_store).answer_chain
    chain.idf = lambda tokens: {t: (5.0, True) for t in tokens}
    src = Source(number=1, id="s", title="Synthetic data", score=0.6, origin="x:1",
                 text="High-quality datasets are hard to obtain due to data scarcity. Synthetic data mimics real-world patterns.")
    assert not chain.coverage_gap("Is synthetic data useful when real data is scarce?", [src])
    # a coined name is held only as written: "ScaleDF" is not the "scale" of another study
    other = src.model_copy(update={"title": "Scaling deepfake detection", "text": "We scale deepfake detectors to more data."})
    assert "scaledf" in chain.coverage("How many methods made the fake images in ScaleDF?", [other])[1]


def test_the_counted_thing_named_covers_a_how_many_question() -> None:
    focus = question_focus("How many tasks make up CODA-BENCH, the benchmark for code agents?")
    assert not_covered(focus, "CODA-BENCH comprises 1,009 tasks spanning 31 communities.") == []
    assert not_covered(focus, "CODA-BENCH spans 31 communities.") != []


def test_a_how_many_answer_puts_a_number_next_to_the_thing_counted() -> None:
    from assistant.coverage import counts

    tables = question_focus("How many distinct tables are included in the MirageTVQA benchmark?")
    assert not counts(tables, "Featuring nearly 60,000 QA pairs across 24 languages, MirageTVQA challenges models with tables.")
    assert counts(tables, "The benchmark holds 1,200 distinct tables.")
    assert counts(question_focus("How many verified questions come with them?"),
                  "It comprises 402 table images, together with 928 manually annotated and verified questions.")
    assert counts(question_focus("How many public datasets was PSP-Seg evaluated on?"), "We evaluate PSP-Seg on five public datasets.")
    # "data sets" written apart, in the question or the abstract (fresh93-11)
    assert counts(question_focus("Over how many data sets were the KMAS experiments conducted?"),
                  "Extensive experiments are conducted over 44 data sets.")
    assert counts(question_focus("Over how many datasets were the KMAS experiments conducted?"),
                  "Extensive experiments are conducted over 44 data sets.")
    # a number across a preposition counts something else: comments, not videos
    assert not counts(question_focus("How many TikTok videos did the comments come from?"),
                      "We analysed 10,000 TikTok comments from videos referencing LLMs.")
    # a count changed "from 50 to 2" counts the steps; "44 FPS" counts frames per second
    assert counts(question_focus("To how many diffusion steps does the adapted model cut generation?"),
                  "Test-time adaptation reduces diffusion steps from 50 to 2 without compromising quality.")
    fps = question_focus("How many frames per second can DroneKey process?")
    assert fps.words == ("frames",) and counts(fps, "DroneKey runs at 44 FPS.") and not not_covered(fps, "DroneKey runs at 44 FPS.")
    assert not counts(fps, "DroneKey reaches an AP of 99.68%.")
    # which number counts the thing: 895 stories, not the 22,343 propositions of the same sentence
    from assistant.coverage import counted
    stories = question_focus("How many stories from the ToMBench corpus underlie the benchmark?")
    assert counted(stories, "Built from 895 stories from the ToMBench corpus and augmented with 22,343 labeled belief propositions.") == {"895"}
    datasets = question_focus("How many public datasets was PSP-Seg evaluated on?")
    assert counted(datasets, "We evaluate PSP-Seg on five public datasets.") == counted(datasets, "PSP-Seg: 5 public datasets.") == {"5"}
    # a unit written as its symbol counts, and covers the focus
    seconds = question_focus("How many seconds did SIMPLE-PINN need?")
    assert counts(seconds, "It solves lid-driven cavity flow at Re=20000 in just 448s.")
    assert not not_covered(seconds, "It solves lid-driven cavity flow at Re=20000 in just 448s.")


def test_a_measure_is_named_by_its_modifier() -> None:
    rate = question_focus("What success rate does the best model achieve on it?")
    assert not not_covered(rate, "The best model achieves only 37.4% success.")
    assert not_covered(rate, "The best model is GPT-5.")


def test_an_abstract_naming_the_coined_name_asked_about_is_relevant(seeded_store: Path) -> None:
    """An abstract that only cites RotatE as the model it improves on is far from "What does RotatE
    model?" as a whole, but it is the one abstract that can say anything about RotatE."""
    chain = make_assistant(seeded_store).answer_chain
    naming = Source(number=1, id="r", title="Knowledge graph embedding in high dimensions", score=0.1, origin="x:1",
                    text="Translational models improved link prediction, from TransE to the latest RotatE. We go beyond them.")
    plain = naming.model_copy(update={"number": 2, "id": "p", "text": "We embed knowledge graphs for link prediction."})
    turn = chain.read("What does RotatE model?", sources=[naming, plain])
    assert turn.relevant == [1]
    assert chain.read("What does the model improve?", sources=[naming, plain]).refuse.startswith("best source similarity")


def test_the_verb_of_a_phrasal_verb_is_not_the_thing_counted() -> None:
    assert question_focus("How many real people made up the human baseline?").words == ("real", "people")
    assert question_focus("How many tasks make up CODA-BENCH?").words == ("tasks",)


def test_the_verb_after_a_counted_plural_is_not_the_thing_counted() -> None:
    """"How many annotators voted on each image?" was answered with "236,998 valid votes": the
    focus held "voted", and votes were counted. The annotators are what is counted."""
    focus = question_focus("How many annotators voted on each image?")
    assert focus.words == ("annotators",)
    assert coverage.counted(focus, "The dataset contains 10,344 images with 236,998 valid votes.") == set()
    assert coverage.counted(focus, "We hire $20$ annotators per image.") == {"20"}
    assert question_focus("How many commercial vehicles carried the devices?").words == ("commercial", "vehicles")
    assert question_focus("How many labelled images are in the set?").words == ("labelled", "images")  # an adjective


def test_by_what_factor_asks_for_a_number_not_a_factor() -> None:
    assert question_focus("By what factor does it speed up training?").words == ()


def test_the_name_of_a_thing_is_that_thing() -> None:
    assert question_focus("What is the name of the metric proposed to quantify leakage?").words == ("metric",)


def test_a_hyphenated_compound_restates_its_words() -> None:
    q = "For the soft-voting ensemble that classifies brain tumours, which technique produces its visual explanations?"
    assert restates(q, "Soft voting ensemble that classifies brain tumours produces its visual explanations")
    assert not restates(q, "Grad-CAM++ produces class-specific saliency maps")


def test_name_the_thing_asks_about_that_thing() -> None:
    assert question_focus("Can you name the model that came out on top for governance?").words == ("model",)


def test_a_small_count_before_the_counted_word_qualifying_another_noun_counts_that_noun() -> None:
    # fresh76-21: "eight swing phases" gives no number of swings; "two model families" none of models
    swings = question_focus("How many golfers' swings does the CaddieSet dataset contain?")
    assert not counts(swings, "CaddieSet segments a single swing video into eight swing phases.")
    assert counts(swings, "The dataset holds 1,200 swings from 40 golfers.")
    models = question_focus("How many models does the leaderboard evaluate?")
    assert not counts(models, "We ask whether the two model families share internal computation.")
    # a large count, or one joined by a hyphen, still counts the word ("7B parameter models", "a 20-hour benchmark")
    assert counts(question_focus("How many parameters does the model have?"), "Our 3B and 7B parameter models lead.")
    assert counts(question_focus("How many hours of motion does the benchmark hold?"), "We release a 20-hour motion benchmark.")


def test_the_questions_own_words_of_a_long_phrase_do_not_push_its_count_out_of_reach() -> None:
    # fresh71-12: the count stands six words before the head, two of them the question's own
    focus = question_focus("How many human-annotated sticker pairs does the Triple-S benchmark contain?")
    assert counts(focus, "Triple-S consists of 905 human-annotated positive and negative sticker pairs.")
    assert not counts(focus, "We collected 905 images, and later many positive and negative sticker pairs.")


def test_a_percentage_counts_nothing() -> None:
    focus = question_focus("How many out-of-distribution detectors were put to the test?")
    assert not coverage.counts(focus, "The Mahalanobis Score achieves a 31.5% higher AUROC when detecting OOD red ink.")
    assert coverage.counts(question_focus("How many stories are there?"), "Built from 895 stories and 22,343 propositions.")


def test_tens_written_as_words_count() -> None:
    focus = question_focus("Tell me how many professional translators took part in the test?")
    assert coverage.counted(focus, "Sixty-nine translators took part in an in-person experiment.") == {"69"}


def test_a_polite_request_leads_to_the_question_it_holds() -> None:
    assert question_focus("Could you tell me in which languages the detector took first place?").words == ("languages",)
    assert question_focus("Can you please tell me which optimizer the study used?").words == ("optimizer",)


def test_a_relative_clause_is_not_what_the_question_asks_for() -> None:
    q = "On EpiCurveBench, which gathers a thousand epidemic-curve figures, what metric does the best method use?"
    assert question_focus(q).words == ("metric",)
    # a clause with its own auxiliary verb is left alone
    assert question_focus("Which dataset, which was collected in Chengdu, does the study use?").words == ("dataset",)


def test_a_bare_measure_is_no_focus_the_figure_answers_it() -> None:
    # "52.3% ECS" answers "what score …?" though the abstract never says "score"
    assert question_focus("What score on its new alignment-based metric does the best extraction method reach?").words == ()
    assert question_focus("What F1 score does the system reach?").words == ("f1", "score")
    # an elliptical part ("…, and what share the scaffold?") asks for a figure of what the part before names (fresh99-09);
    # with a verb of its own the measure keeps its reading
    assert question_focus("What share the scaffold?").words == ()
    assert question_focus("By what percentage does the method cut token use?").words == ("percentage",)


def test_a_share_asked_for_is_said_as_a_percentage() -> None:
    # "…, and what share did abusive interactions yield?" is answered by "(17.9% YES)" (fresh128-09), which never says "share"
    focus = question_focus("What share did abusive interactions yield?")
    assert uncovered(focus, ["Abusive interactions yielded a strong preference to discontinue (17.9% YES)."]) == []
    # with no percentage at all, the share is still looked for
    assert uncovered(focus, ["Abusive interactions yielded a strong preference to discontinue."]) == ["share"]


def test_an_explanation_asked_for_need_not_be_called_one() -> None:
    # the answer explains ("models might misjudge problem difficulty"); it does not say "explanation"
    assert question_focus("What explanation does the study give for LLMs rambling on easy problems?").words == ()
    assert question_focus("What reasons do the authors give for the drop?").words == ()
    assert question_focus("Which optimizer did they use?").words == ("optimizer",)


def test_a_mechanism_or_cause_asked_for_need_not_be_called_one() -> None:
    # "We attribute this phenomenon to nonlinear harmonic accumulation": no "mechanism" in it
    assert question_focus("What mechanism do the authors blame for the uplift in the spectra's tail?").words == ()
    assert question_focus("What causes do they identify for the failures?").words == ()


def test_letters_split_from_a_symbol_are_no_focus() -> None:
    focus = question_focus("What C_v topic-coherence score did BERTopic obtain on the aviation safety reports?")
    assert "c" not in focus.words and "v" not in focus.words
    assert not not_covered(focus, "BERTopic achieved a Cv score of 0.41 in topic coherence.")


def test_a_compound_written_as_two_words_is_mentioned() -> None:
    focus = question_focus("On which dataset does the method help most?")
    assert not not_covered(focus, "It performs better on two benchmark data sets, especially on FB15k-237.")


def test_a_long_counted_phrase_is_closed_by_its_verb() -> None:
    # the head of "annotated human demonstrations" is counted, and "250 … items" counts none of it
    focus = question_focus("How many annotated human demonstrations are in SariBench?")
    assert focus.object_phrase and counted_noun(focus) == "demonstrations"
    assert not counts(focus, "Sari Sandbox features over 250 interactive grocery items.")
    assert counts(focus, "SariBench holds 1,200 annotated human demonstrations.")
    # so is a long measured phrase (fresh45-01): its head, the latency, is named by "43-56 ms overhead"
    focus = question_focus("How much extra inference latency does the training-free fix add?")
    assert focus.object_phrase and not not_covered(focus, "SCR incurs only 43-56 ms overhead.")
    assert not_covered(focus, "SCR reduces hallucination by 4.7 percentage points.")


def test_a_link_answers_the_words_a_link_is_asked_with() -> None:
    """"At which web address …", "Which website hosts …": the abstract that gives the URL mentions what is asked,
    whatever the words the question asks it with; one without a URL does not."""
    linked = "Our platform is accessible at https://common-morph.com, offering a replicable model."
    assert unmentioned(["web", "address"], linked) == []
    assert unmentioned(["website"], "The code is at github.com/org/tool.") == []
    assert unmentioned(["web", "address"], "The platform streamlines morphological data collection.") == ["web", "address"]


def test_a_shared_prefix_must_be_most_of_the_word() -> None:
    assert unmentioned(["interviewees", "multimodal"], "250 interactive items in a multilingual corpus") == ["interviewees", "multimodal"]
    assert unmentioned(["optimization", "assuming"], "the optimizer and its assumption") == []


def test_a_count_with_a_plus_sign_counts() -> None:
    from assistant.coverage import counts

    focus = question_focus("How many visual question answering entries does ColonVQA contain?")
    assert counts(focus, "ColonVQA contains over 1.1M+ visual question answering entries across 76 clinical findings.")
    assert counts(question_focus("How many images does the set hold?"), "The set holds 500+ images.")


def test_a_margin_is_a_figure_whatever_words_state_it() -> None:
    # "outperforming its baseline by 27.13%" gives the margin without the word
    focus = question_focus("What margin over its baselines does the framework report?")
    assert "margin" not in focus.words and not not_covered(focus, "Our approach is outperforming its baseline by 27.13%.")


def test_words_the_collection_never_uses_count_as_far_as_they_are_technical(seeded_store: Path) -> None:
    """"Can deep learning on retinal fundus photographs detect diabetic retinopathy?" over ML abstracts
    that never mention the eye was answered "The abstracts do not settle this." with a sentence about
    detection: the unknown words weighed nothing, so "deep learning" and "detect" covered the question."""
    chain = make_assistant(seeded_store).answer_chain
    known = {"deep", "learn", "detect", "accur", "accuraci", "model", "imag", "earli", "train"}
    chain.idf = lambda tokens: {t: (5.0, t in known) for t in tokens}
    src = Source(number=1, id="d", title="Deep learning detectors", score=0.6, origin="x:1",
                 text="Deep learning models detect objects in images accurately.")
    q = "Can deep learning on retinal fundus photographs detect diabetic retinopathy as accurately as ophthalmologists?"
    share, missing = chain.coverage(q, [src])
    assert chain.coverage_gap(q, [src]) and "retinopathi" in missing
    assert chain.coverage(q, [src], english=False)[0] == 1.0  # without English weights unknown words do not count
    # an unknown word that is plain English is phrasing, not a subject the collection lacks
    assert not chain.coverage_gap("Can deep learning models detect images accurately when you stop training early?", [src])


def test_points_of_a_measure_are_no_thing_counted() -> None:
    """"+9.3 mAP" answers "how many mAP points does it add?": the abstract need not say "points"."""
    assert question_focus("How many mAP points does choosing helper vehicles add to MapTRv2?").words == ("map",)
    assert question_focus("How many points does the cloud contain?").words == ()


def test_how_many_items_wants_a_count_not_a_percentage() -> None:
    """"How many items does each contain?" counts whatever a collection holds ("16,000 sRGB images"),
    but "up to 100% improvement on our new dataset" counts nothing."""
    from assistant.coverage import counts, question_focus

    focus = question_focus("How many items does the multi-illuminant dataset contain?")
    assert focus.words == () and focus.anything
    assert not counts(focus, r"Our method achieves up to 100\% improvement over existing techniques on our new dataset.")
    assert counts(focus, "We introduce a multi-illuminant dataset comprising over 16,000 sRGB images.")
    assert counts(focus, "The benchmark holds five thousand questions.")
    # "instances" is as generic: "125K … CoTs" answers "how many instances does the CoT dataset contain?"
    focus = question_focus("How many instances does the interleaved text-image chain-of-thought dataset contain?")
    assert focus.anything and counts(focus, "We construct Monet-SFT-125K, a dataset containing 125K real-world and chart CoTs.")
    assert not counts(focus, "We identify two core challenges and address them with a three-stage fine-tuning pipeline.")
    # a question with no counted noun at all ("how many mAP points") still takes any figure
    assert counts(question_focus("How much faster is it?"), "It is 3.2% faster.")


def test_a_measure_written_as_its_acronym_is_mentioned() -> None:
    """"What mean absolute error does X achieve?" is answered by "an MAE of 3.34 years": the abstract
    that writes only the acronym is not refused for never saying "mean absolute error"."""
    focus = question_focus("What mean absolute error does the brain-age estimator achieve across eleven datasets?")
    assert not not_covered(focus, "Our method achieves an MAE of 3.34 years on validation across 11 MRI datasets.")
    assert not unmentioned(["root-mean-square", "error"], "It lowers the RMSE by 12%.")
    # lower-case letters are a word, not the acronym
    assert not_covered(focus, "The mae of the model was not reported; we study brain age.")


def test_a_dataset_is_mentioned_by_the_name_an_experiment_ran_on() -> None:
    """"On which image dataset were the experiments run?" is answered by "Experiments on MS-COCO show …",
    which never says "dataset"; a method's own name in the same sentence is no dataset."""
    focus = question_focus("On which image dataset were the experiments run for the captioning game?")
    assert not not_covered(focus, "Experiments on MS-COCO show that MHCG produces informative token sequences.")
    assert not_covered(focus, "MHCG produces informative token sequences between two agents.")
    assert coverage.data_names("Extensive experiments on real-world datasets show UECP outperforms prior methods.") == set()
    assert coverage.data_names("Evaluations on four benchmark datasets (LEVIR-CD, WHU-CD, LEVIR-CD+, and SYSU-CD) show it.") \
        == {"LEVIR-CD", "WHU-CD", "LEVIR-CD+", "SYSU-CD"}
    assert coverage.data_names("Through experiments on two multispectral benchmarks, FLIR and M3FD, we show gains.") >= {"FLIR", "M3FD"}
    assert coverage.data_names("We focus on Transformer language models.") == set()
    # "centered on the … module" ran no experiment on it, and "this map" is no mAP
    assert coverage.data_names("Based on this map, we develop the UECP framework, centered on the Uncertainty-Aware "
                               "Pyramid Fusion (UAPF) module.") == set()
    assert coverage.data_names("Evaluated on OPV2V and DAIR-V2X, EIMC attains 73.01% AP@0.5.") == {"OPV2V", "DAIR-V2X"}
    # a bracketed list after what the benchmarks are of; not the acronym of "of semantic role labeling (SRL)"
    assert coverage.data_names("We conduct extensive experiments on three widely-used benchmarks of SRL (CPB1.0, CoNLL-2009, "
                               "and CoNLL-2012).") == {"CPB1.0", "CoNLL-2009", "CoNLL-2012"}
    assert not coverage.data_names("We release benchmarks for semantic role labeling (SRL).") & {"SRL"}
    # questions drawn from named datasets (coined names only: no place, no short acronym)
    assert coverage.data_names("We release NanoKnow, a benchmark that partitions questions from Natural Questions and SQuAD "
                               "into splits.") >= {"SQuAD"}
    assert not coverage.data_names("We collect images from Chicago and samples from RGB cameras.")


def test_an_aside_after_a_comma_ends_the_phrase_asked_for() -> None:
    q = "Which generator polynomials, written in octal, define the constraint-length-7 mother code of Wi-Fi?"
    assert question_focus(q).words == ("generator", "polynomials")
    # the abstract says "generators octal 133 / octal 171": not refused for want of "written"
    assert not not_covered(question_focus(q), "The IEEE 802.11 mother code (rate 1/2, K=7, generators octal 133 / octal 171).")
    assert question_focus("Which datasets, models and metrics were used?").words == ("datasets", "models", "metrics")


def test_each_thing_of_an_or_is_counted_and_samples_are_whatever_a_dataset_holds() -> None:
    f = question_focus("How many samples or scenarios does the telecom benchmark contain?")
    assert counts(f, "TeleCom-Bench comprises 12 evaluation sets with 22,678 curated samples.")
    assert counts(f, "H2HTalk features 4,650 curated scenarios.")
    f = question_focus("How many samples does the synthetic dataset of snowy rural roads contain?")
    assert counts(f, "We introduce SnowyLane, a new synthetic dataset containing 80,000 annotated frames.")
    assert not counts(f, "Our approach improves robustness by 12% in heavy snow.")


def test_a_conjuncts_modifier_and_a_lists_numbering_count_nothing() -> None:
    # fresh50-22 (unanswerable) was answered "2": "two challenges: (1) Existing knowledge injection
    # methods" read as a count of "knowledge", a modifier of "knowledge items", and "(1)" as a number
    f = question_focus("How many knowledge items or image-text examples does the EVOKE benchmark contain?")
    assert not counts(f, "An evaluation revealed two challenges: (1) Existing knowledge injection methods perform terribly.")
    assert counts(f, "EVOKE contains 9,422 knowledge items for injection.")
    f = question_focus("How many datasets, models and metrics were used?")
    assert counts(f, "We evaluate 12 models on three benchmarks.")
    assert not counts(question_focus("How many challenges does the study reveal?"), "We find (1) that it fails and (2) that it forgets.")


def test_a_measure_named_only_by_its_unit_is_covered_by_the_unit() -> None:
    # fresh37-02 was refused before any LLM call: the abstract says "30 Mbps", never "bitrate"
    bitrate = question_focus("At what bitrate does the 4D Gaussian immersive-video method deliver high-quality video?")
    assert not not_covered(bitrate, "GIFStream delivers high-quality immersive video at 30 Mbps with real-time rendering.")
    assert not_covered(bitrate, "GIFStream delivers high-quality immersive video with real-time rendering.")
    latency = question_focus("What latency does the edge detector reach?")
    assert not not_covered(latency, "The detector runs at 12 ms per frame on a Jetson.")
    # fresh3-16: "at what frame rate" is answered by "a 12.5Hz audio tokenizer"
    frame_rate = question_focus("At what frame rate does the audio tokenizer inside Kimi-Audio operate?")
    assert not not_covered(frame_rate, "Specifically, we leverage a 12.5Hz audio tokenizer and a novel LLM-based architecture.")
    assert not_covered(frame_rate, "Specifically, we leverage an audio tokenizer and a novel LLM-based architecture.")


def test_a_measures_figure_stands_next_to_its_name() -> None:
    """A multi-part answer's part may be swapped for a better sentence only when that one gives the
    figure of the measure asked for: "DAAN reaches 70% root-cause attribution", not the sentence that
    introduces "deterministic root-cause attribution" and, much later, "30% adversarial participation"."""
    from assistant.coverage import figure_near, question_focus

    focus = question_focus("What root-cause attribution rate does its protocol for multi-agent interactions achieve?")
    assert figure_near(focus, "DAAN reaches 70% root-cause attribution (vs. 54-63% for standard methods) with 60% token savings.")
    assert not figure_near(focus, "(ii) the DAAN protocol, which projects multi-agent interactions into Causal Interaction Graphs "
                                  "(CIGs) for deterministic root-cause attribution; and (iii) a multi-tier consensus mechanism "
                                  "among computational checkers, LLM evaluators, and human experts with stake-weighted voting "
                                  "that guarantees correctness under 30% adversarial participation.")
    assert figure_near(question_focus("What AUROC does T-Detect reach?"), "T-Detect reaches an AUROC of 0.926 on the Books domain of RAID.")


def test_a_saving_or_cut_is_named_by_its_figure_and_verb() -> None:
    # fresh43-16: "the bigger percentage saving" was refused, the abstracts saying "a 90% reduction in storage"
    f = coverage.question_focus("What percentage saving does the late-chunking framework report in storage?")
    assert coverage.not_covered(f, "ColChunk achieves over a 90% reduction in storage requirements.") == []
    assert coverage.not_covered(f, "ColChunk improves retrieval quality.") != []


def test_a_population_after_what_fraction_of_may_be_said_otherwise() -> None:
    # fresh44-02: "What fraction of hateful posts …" was refused, the abstract saying "86.8 % of hateful text"
    f = coverage.question_focus("What fraction of hateful posts does the best perturbation attack slip past the detectors?")
    assert coverage.not_covered(f, "Our best attack evades hate-speech detection for 86.8 % of hateful text.") == []
    assert coverage.not_covered(f, "Our attack fools the classifier on 86.8 % of the inputs.") != []


def test_a_cut_in_something_is_about_that_thing() -> None:
    # fresh44-16: the second study was answered with its "85% to 95% of state-of-the-art performance"
    f = coverage.question_focus("What cut in energy consumption does the framework built on frozen embeddings report?")
    assert f.words == ("energy", "consumption")
    assert coverage.not_covered(f, "FrEVL provides 2.3x speedup with 52% lower energy consumption.") == []
    assert coverage.not_covered(f, "It reaches 85% to 95% of state-of-the-art performance.") != []


def test_a_margin_over_something_is_about_what_it_beats() -> None:
    # fresh20-16: the second study's "margin over baselines" was answered with "we collected voice commands from 35 older adults"
    f = coverage.question_focus("What margin over baselines does the framework that detects cognitive decline report?")
    assert f.words == ("baselines",)
    assert coverage.not_covered(f, "Our approach achieves 73.80% accuracy, outperforming its baseline by 27.13%.") == []
    assert coverage.not_covered(f, "Over an 18-month period, we collected voice commands from 35 older adults.") != []


def test_a_fields_acronym_picks_out_no_study() -> None:
    # fresh21-15: HybridKV's abstract says "MLLMs", not "LLMs", so its right "7.9x" was swapped for a neighbour's "70x"
    q = "By what factor does the head-aware hybrid compression framework for multimodal LLMs cut KV cache memory?"
    texts = {1: "H1B-KV lets LLMs hold an 8k context in 60 MB of KV cache.", 2: "HybridKV cuts the KV cache memory of MLLMs by 7.9x."}
    assert named_sources(q, texts) == set()
    assert named_sources("What does FastGS speed up?", {1: "FastGS is fast.", 2: "3DGS is slow."}) == {1}


def test_a_range_of_a_measure_is_answered_by_its_figures() -> None:
    # "0.60--0.86 AUROC when transferred zero-shot" never says "range" (fresh48-09's second part was withheld)
    focus = question_focus("What AUROC range do they keep when moved zero-shot to structurally different settings?")
    assert not not_covered(focus, "Our probes achieve 1.00 AUROC in-distribution and 0.60--0.86 AUROC when transferred zero-shot.")


def test_a_measure_written_in_its_usual_short_form_is_mentioned() -> None:
    # fresh47-04: "Val PPL 36.54 on WikiText-103" answers "what validation perplexity …", and was withheld
    focus = question_focus("What validation perplexity on WikiText-103 does the token-routing hybrid transformer reach?")
    assert not not_covered(focus, "A DCT+Attention-only variant achieves Val PPL 36.54 on WikiText-103.")
    assert not_covered(focus, "The variant needs 62.5% fewer attention FLOPs.")


def test_data_sets_and_datasets_are_one_word_to_the_focus_check() -> None:
    """"Which data sets were used for the error census?" was refused: the abstract's "two public datasets" never says
    "data" and "sets"."""
    assert uncovered(question_focus("Which data sets were used for the error census?"),
                     ["We conduct an error census across two public datasets, TREC LiveQA and HealthSearchQA."]) == []
    assert uncovered(question_focus("Which datasets were used?"), ["We use three public data sets from the clinic."]) == []


def test_a_number_before_a_colon_counts_what_comes_before_it() -> None:
    """"The planning process involves three key steps: viewpoint sampling, …" counts steps, not viewpoints (it had
    replaced fresh31-14's right "four points"); after a colon a number still counts: "tables: 1,200"."""
    viewpoints = question_focus("How many candidate viewpoints does the planner sample?")
    assert coverage.counted(viewpoints, "The planning process involves three key steps: viewpoint sampling, evaluation, and execution.") == set()
    assert coverage.counted(viewpoints, "It uniformly samples four candidate viewpoints.") == {"4"}
    assert coverage.counted(question_focus("How many tables are there?"), "The collection has many tables: 1,200 in all.") == {"1200"}


def test_decibels_are_written_db() -> None:
    # "How many decibels of gain …?" was refused: the abstract says "up to 0.8 dB of gain"
    focus = question_focus("How many decibels of gain do the coset codes reach in AWGN simulations?")
    assert not not_covered(focus, "The proposed scheme simulated on AWGN achieves up to 0.8 dB of gain.")
    assert not_covered(focus, "The proposed scheme simulated on AWGN achieves a large gain in throughput.")


def test_a_combination_is_named_when_each_of_its_parts_is() -> None:
    """"What F1 does the BERT-plus-LSTM model reach …?" (fresh54-11) was refused as a study no abstract names; the
    abstract says "the combination of the BERT based pretrained language model and LSTM approach"."""
    text = "Then, the combination of the BERT based pretrained language model and LSTM approach performed better."
    assert coverage.mentions_subject(text, "BERT-plus-LSTM") and coverage.mentions_subject(text, "BERT+LSTM")
    assert not coverage.mentions_subject(text, "BERT-plus-GRU")


def test_a_number_after_the_counted_noun_counts_it_only_next_to_it() -> None:
    """fresh54-12: "how many models did the GAIA scaffold study evaluate?" was answered with "28 percentage points
    within a single model (Opus, Level 2, …)", the "2" of "Level 2" taken for a count of models."""
    models = question_focus("How many models did the study of agent scaffolds on GAIA evaluate?")
    assert coverage.counted(models, "Accuracy moves by 28 points within a single model (Opus, Level 2, robust slice).") == set()
    assert coverage.counted(models, "We compare models such as Llama 3 and Gemma 2.") == set()
    assert coverage.counted(question_focus("How many questions does the benchmark hold?"),
                            "It has 451 questions spanning five core abilities.") == {"451"}
    # next to the noun, a number is still its value: in brackets, or a sample size
    assert coverage.counted(question_focus("How many proof attempts does it need?"),
                            "It uses 25x fewer attempts ($3200 \\rightarrow 128$).") == {"3200"}
    assert coverage.counted(question_focus("How many US and German participants rated responses?"),
                            "We collected data from US and German participants (N = 1,095, 27,375 ratings).") == {"1095"}


def test_took_part_ends_the_counted_phrase() -> None:
    """"How many participants took part in the motion capture study?" was refused: the focus was "participants took
    part", and the abstract says "Nine adult participants … performed the task"."""
    focus = question_focus("How many participants took part in the monocular markerless motion capture study?")
    assert focus.words == ("participants",)
    assert not not_covered(focus, "Nine adult participants with no impairments performed the standardized task.")
    assert question_focus("How many readers took part in the multi-reader trial?").words == ("readers",)


def test_how_many_types_of_a_thing_is_answered_by_a_count_of_its_types() -> None:
    """"How many types of images does the new SVM page classification method distinguish?" (asked of fresh51's
    collection) was withheld on "… to classify 5 types of images …": the "of" between the count and the images
    read as a preposition. A question that counts the things themselves is not answered by a count of their kinds."""
    text = "We develop an SVM-based method using four more new features to classify 5 types of images."
    assert counts(question_focus("How many types of images does the method distinguish?"), text)
    assert counts(question_focus("How many kinds of images does the method distinguish?"), text)
    assert not counts(question_focus("How many images does the method classify?"), text)


def test_a_name_before_the_qualifier_names_the_software_kind_asked_for() -> None:
    # fresh57-04: "Tesseract OCR" answers "which OCR engine", though the abstract never says "engine"
    q = coverage.question_focus("Which OCR engine does the pipeline for extracting tables from invoices use to recognise text?")
    assert not coverage.not_covered(q, "The system leverages Tesseract OCR for text recognition and custom post-processing logic.")
    # a sentence's first word, a determiner or a title's Title Case words name nothing
    assert coverage.not_covered(q, "Traditional OCR pipelines excel at cropped text. We compare with the OCR baseline.")
    tool = coverage.question_focus("Which commercial design tool does DesignLab outperform?")
    assert coverage.not_covered(tool, "BEAM: Bi-level Memory-adaptive Algorithmic Evolution for LLM-Powered Heuristic Design. We evolve heuristics.")


def test_the_initials_of_the_counted_phrase_stand_for_it() -> None:
    """"How many whole-slide images is PLUTO-4 pretrained on?" is answered by "… containing 551,164 WSIs from 137,144
    patients …" (fresh103-04 was refused)."""
    from assistant.coverage import counted, question_focus

    focus = question_focus("How many whole-slide images is PLUTO-4 pretrained on?")
    said = "Both models are pretrained on a large corpus containing 551,164 WSIs from 137,144 patients across 50 institutions."
    assert counted(focus, said) == {"551164"}
    # the initials of a one-word noun are no stand-in
    assert not counted(question_focus("How many images does the benchmark hold?"), "It holds 40 IS entries.")


def test_what_a_and_what_b_asks_for_both_and_not_for_what() -> None:
    """"What R@1 and what R@5 does the dual-route retrieval system … reach …?" was refused: the second "what" was read
    as a thing asked for, which no abstract mentions (fresh115-08)."""
    assert "what" not in coverage.question_focus(
        "What R@1 and what R@5 does the dual-route retrieval system reach on the hidden CoVR-R test split?").words
    focus = coverage.question_focus("What sensitivity and what specificity did ePAI achieve in the external test?")
    assert focus.words == ("sensitivity", "specificity") and focus.conjunctive
    assert coverage.not_covered(focus, "ePAI achieved an AUC of 0.93 on the external test.")


def test_a_k_of_a_resolution_or_a_context_counts_no_parameters() -> None:
    """"How many parameters does VILA-HD have?" (unstated) was answered with "… 4KPro, a new benchmark of image QA at 4K
    resolution …": "4K" read as a parameter count (fresh122-22)."""
    focus = coverage.question_focus("How many parameters does VILA-HD have?")
    for said in ("We scale vision pre-training to 4K resolution.", "The model handles a 32K context.", "at 4K-resolution"):
        assert coverage.not_covered(focus, said) and not coverage.counts(focus, said), said
    for said in ("models with 7B parameters", "a 1.5B model", "we train a 350M model"):
        assert not coverage.not_covered(focus, said) and coverage.counts(focus, said), said


def test_the_version_number_of_a_name_is_no_figure_of_the_measure_asked() -> None:
    """"What learning rate was used to train SAMOSA?" was answered with "Recent vision foundation models, exemplified by
    SAM 2, learn strong video understanding priors …" (fresh133-21): "learn" stood next to the "2" of "SAM 2", read as
    the figure of a learning rate"""
    focus = question_focus("What learning rate was used to train SAMOSA?")
    assert not_covered(focus, "Recent vision foundation models, exemplified by SAM 2, learn strong video priors.") == ["rate"]
    assert not_covered(focus, "We train with a learning rate of 3e-4.") == []
    # a measure named next to its figure still answers ("37.4% success")
    focus = question_focus("What success rate does the agent reach?")
    assert not_covered(focus, "The agent reaches 37.4% success on ALFWorld.") == []
    assert not_covered(focus, "The agent reaches 12 successes in Round 12 of the ALFWorld suite.") == []


def test_a_study_described_as_a_survey_is_not_an_abstract_that_never_says_so() -> None:
    """"What taxonomy does the comprehensive survey of large vision-language models for multimodal fake news detection
    establish?" was answered from FMNV, a dataset paper holding most of the question's rare terms (fresh135-19: the
    survey itself was withheld from the collection)"""
    from assistant.coverage import not_the_survey

    q = "What taxonomy does the comprehensive survey of large vision-language models for multimodal fake news detection establish?"
    fmnv = "We construct FMNV, a novel dataset of news videos, and categorize fake news videos into four distinct types."
    assert not_the_survey(q, [fmnv])
    assert not not_the_survey(q, [fmnv, "This paper provides a comprehensive review of multimodal fake news detection."])
    # a question that does not describe its study as a survey is left to the other gates
    assert not not_the_survey("What taxonomy does FMNV establish?", [fmnv])


def test_a_dimension_is_no_figure_of_the_measure_asked() -> None:
    """"What learning rate was used to train MICViT?" was answered from its abstract, whose "machine learning: models must
    learn from high-dimensional 3D data" put a "3D" beside "learn" as a learning rate's figure (fresh137-21)"""
    focus = question_focus("What learning rate was used to train MICViT?")
    assert not_covered(focus, "Brain MRI poses a challenge for machine learning: models must learn from high-dimensional "
                              "3D data spanning multiple modalities.") == ["rate"]
    focus = question_focus("What frame rate does the renderer reach?")
    assert not_covered(focus, "The renderer reaches 30 frames per second on 4K light field displays.") == []


def test_a_task_whose_object_no_abstract_mentions_is_unanswered() -> None:
    """fresh138-23: "What mean absolute error do deep networks reach when estimating heart rate from smartphone camera
    videos?" was answered from a licence-plate ranging abstract's "mean absolute error of 2.3% at 10 m", which holds the
    measure and the method's words but nothing of what is estimated."""
    from assistant.coverage import task_object, task_uncovered

    q = "What mean absolute error do deep networks reach when estimating heart rate from smartphone camera videos?"
    plate = ("Extensive outdoor experiments confirm a mean absolute error of 2.3% at 10 m, outperforming deep learning "
             "baselines; a monocular camera-based estimation framework.")
    assert task_object(q) == "heart rate"
    assert task_uncovered(q, [plate]) == "heart rate"
    # another form of one of the object's words is the task's subject mentioned: the question may be answered
    assert task_uncovered(q, [plate, "Resting heart rates were measured in 40 volunteers."]) == ""
    assert task_uncovered("What accuracy does the model reach for classifying plant diseases?",
                          ["The classifier detects the disease from leaf images."]) == ""
    # no task named by a verb and its object: nothing to check
    assert task_object("What mean absolute error does the ranging framework reach?") == ""


def test_a_compound_that_begins_with_the_counted_noun_counts_the_noun_after_it() -> None:
    """fresh139-11: "how many videos does the surgical video dataset … comprise?" was answered with "a comprehensive
    benchmark comprising 13 video-level datasets" rather than the abstract's "3,650 videos"."""
    videos = question_focus("How many videos does the surgical video dataset built for SurgVISTA comprise?")
    assert not counts(videos, "We established a benchmark comprising 13 video-level datasets spanning six procedures.")
    assert counts(videos, "We constructed a surgical video dataset comprising 3,650 videos and 3.55 million frames.")
    images = question_focus("How many images does the dataset contain?")
    assert not counts(images, "It contains 26,030 multi-modal image-text pairs.")
    # a compound that ends in the counted noun, a dash, or the counted noun itself still counts
    assert counts(question_focus("How many whole-slide images is PLUTO-4 pretrained on?"), "trained on 551,164 whole-slide images")
    assert counts(question_focus("Up to how many triangles can the generator produce?"),
                  "a framework that scales to over 100K triangles--substantially surpassing prior methods")
