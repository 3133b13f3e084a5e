"""Citation parsing and the key-term check, without any model."""

from __future__ import annotations

from assistant.citations import key_terms, missing_terms, parse_claims, parse_numbers, split_sentences
from assistant.grammars import answer_grammar


def test_citation_forms() -> None:
    assert parse_numbers("1") == [1]
    assert parse_numbers("1, 3") == [1, 3]
    assert parse_numbers("1-3") == [1, 2, 3]
    assert parse_numbers("2\u20134") == [2, 3, 4]
    claims = parse_claims("A holds [1]. B holds [1, 3]. C holds [2][3]. D holds [1-3].", k=5)
    assert [c.cited for c in claims] == [[1], [1, 3], [2, 3], [1, 2, 3]]
    assert [c.text for c in claims] == ["A holds.", "B holds.", "C holds.", "D holds."]


def test_out_of_range_numbers_are_dropped_and_reported() -> None:
    [claim] = parse_claims("Graphs grow over time [2][7].", k=3)
    assert claim.cited == [2] and claim.dropped == [7]
    assert claim.rendered == "Graphs grow over time [2]."


def test_citation_after_the_full_stop_belongs_to_the_sentence_before() -> None:
    claims = parse_claims("First claim. [2] Second claim [1].", k=2)
    assert [(c.text, c.cited) for c in claims] == [("First claim.", [2]), ("Second claim.", [1])]


def test_key_terms_are_numbers_and_names() -> None:
    assert key_terms("The paper used the Adam optimizer with 0.31 recall on VQA.") == ["Adam", "0.31", "VQA"]
    assert missing_terms("It used Adam.", "We train with SGD on VQA.") == ["Adam"]
    assert missing_terms("Recall is 0.31 on VQA.", "maximum average recall of 0.31 on vqa") == []
    # an identifier with an underscore is one term, held by the source that writes it
    abstract = "Color is encoded predominantly in latent channels c_3 and c_4, shape in channels c_1 and c_2."
    assert key_terms("Color is carried by latent channels c_3 and c_4.") == ["c_3", "c_4"]
    assert missing_terms("PCA shows color is carried by channels c_3 and c_4, shape by c_1 and c_2.", abstract) == ["PCA"]
    assert missing_terms("Color sits in channels c_5 and c_4.", abstract) == ["c_5"]


def test_grammar_only_allows_retrieved_numbers() -> None:
    g = answer_grammar(3)
    assert 'num ::= "1" | "2" | "3"' in g and '"4"' not in g and "NOT FOUND" in g


def test_grammar_lets_a_figure_follow_an_abbreviation() -> None:
    """Made to write a lower-case letter after every ". ", the model copied "75.89 exact match vs. 94.74 for
    humans" as "vs. nine4.74" (fresh33-12), and the draft was withheld as unsupported."""
    from llama_cpp import LlamaGrammar

    g = answer_grammar(2)
    LlamaGrammar.from_string(g, verbose=False)  # llama.cpp parses it
    assert '[ (] abbrev ". " [0-9A-Z(]' in g and '"vs"' in g and '"e.g"' in g


def test_abbreviations_do_not_cut_a_claim_in_two() -> None:
    """'(48.29 vs. 27.87) [1]' once became a claim of its own, '27.87) [1].', shown as an answer."""
    claims = parse_claims("Retrieval nearly doubles Micro-F1 over Legal-BERT (48.29 vs. 27.87) [1]. Models, e.g. BERT, "
                          "fall behind, as Smith et al. 2020 found [2].", 3)
    assert [c.cited for c in claims] == [[1], [2]]
    assert "(48.29 vs. 27.87)" in claims[0].text


def test_an_abstract_sentence_glued_to_the_next_by_a_missing_space_is_two_sentences() -> None:
    # quoted whole, the first carried the second into a survey line ("… a promising direction.In this work, we propose …")
    text = "Transfer has emerged as a promising direction.In this work, we propose TransDiffuser. It runs fast."
    assert split_sentences(text) == ["Transfer has emerged as a promising direction.",
                                     "In this work, we propose TransDiffuser.", "It runs fast."]
    # an abbreviation, a path or a lowercase word after the period stays inside the sentence
    assert split_sentences("We use e.g.In fact data at github.com/A.B now.") == ["We use e.g.In fact data at github.com/A.B now."]


def test_a_latex_marked_heading_opens_a_sentence() -> None:
    # fresh64-13: glued to the method sentence before it, the finding after "Results:" was never a sentence of its own
    text = r"It feeds a Linear SVM classifier. \textbf{Results:} The results showed that less data paid off. We use \emph{x}. \textit{and} so on."
    assert split_sentences(text) == ["It feeds a Linear SVM classifier.", r"\textbf{Results:} The results showed that less data paid off.",
                                     r"We use \emph{x}. \textit{and} so on."]
    # ... in math mode too (fresh98-14: the finding after "$\textbf{Reasoning Amplifies Risk}$:" was glued to the one before)
    text = r"It leaks gender. $\textbf{Reasoning Amplifies Risk}$: Chain-of-Thought reasoning exacerbates privacy risks."
    assert split_sentences(text) == ["It leaks gender.", r"$\textbf{Reasoning Amplifies Risk}$: Chain-of-Thought reasoning exacerbates privacy risks."]


def test_a_sentence_that_ends_inside_a_latex_command_ends_there() -> None:
    # fresh108-13: glued to the question it posed, the finding after it ("… provide empirical evidence for the existence of
    # domain-specific experts") read as the question
    text = (r"We pose a question: \textit{Do domain-specific experts exist in MoE-based LLMs?} To answer the question, we "
            r"evaluate ten LLMs and provide evidence for them. We use \emph{x.} and more.")
    assert split_sentences(text) == [r"We pose a question: \textit{Do domain-specific experts exist in MoE-based LLMs?}",
                                     "To answer the question, we evaluate ten LLMs and provide evidence for them.",
                                     r"We use \emph{x.} and more."]


def test_an_exclamation_mark_inside_a_name_ends_no_sentence() -> None:
    text = "We implement this approach via Hogwild! Inference: a parallel engine. Hogwild! inference scales. It works! We show it."
    assert split_sentences(text) == ["We implement this approach via Hogwild! Inference: a parallel engine.",
                                     "Hogwild! inference scales.", "It works!", "We show it."]


def test_an_invented_first_word_of_a_name_is_not_in_the_source() -> None:
    """"Elephant Arabic--English [1]." was drafted for the abstract's "Egyptian Arabic--English" and passed as supported
    (fresh104-02): a sentence's first word that starts a name must be in the source like any other name."""
    from assistant.citations import missing_terms

    source = "We evaluate five commercial ASR providers on Egyptian Arabic--English, Persian--English and German--English."
    assert missing_terms("Elephant Arabic--English.", source) == ["Elephant"]
    assert missing_terms("Egyptian Arabic--English.", source) == []
    # an ordinary first word is still no term: "Overall, X", "Using GPT-4o, …", "Experiments show …"
    assert missing_terms("Using German--English pairs, the providers differ.", source) == []
    assert missing_terms("Overall, five providers were evaluated.", source) == []
