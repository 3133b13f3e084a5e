"""LLM drafts for factoid and multi-part questions, and a capable model's synthesis for survey
questions. Each draft is verified (`verification`); a draft that fails in a known way is asked
for again, once, under a narrower instruction:

- it cites nothing                        -> `answer_strict`
- it only restates the question           -> `answer_again`: copy the sentence that answers
- it lacks the number / link / name asked -> `answer_missing`: copy a sentence that has one
A grammar-capable backend may then only copy one of the candidate sentences, cited to its source.
What still fails is refused, with the reason in the notes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from . import coverage
from .citations import NUMBER_WORDS, Claim, parse_claims, plain, split_sentences, uses_term
from .grammars import NOT_FOUND, answer_grammar, choice_grammar
from .lexical import tokenize
from .prompts import chat_prompt, choice_prompt, fence
from .questions import Expect, after_lead, also_asked, answer_names, asks_best, asks_definition, asks_how_changed, asks_how_well, asks_reason, asks_several, changed_measure, expected_answer, gives_link, gives_score, in_context, is_count, figures, metric_asked, metric_named, expansions, names_host, picks_alternative, picks_among_earlier, points_back, provides, quantities, same_figures, spell_acronyms, states_best, states_change, states_reason, subject_of
from .schema import Answer, Source
from .verification import FIGURE, Checked, check

if TYPE_CHECKING:
    from .chain import AnswerChain, Turn

_MARKUP = re.compile(r"<[^<>]{0,40}>|\[/?INST\]", re.I)  # tags and chat-template tokens: "</abstracts>", "<|im_start|>"
MAX_OPTIONS = 8  # sentences a choice grammar offers: more only dilutes a small model's pick
EXPECT_WORDS = {"number": "number", "link": "link (URL)", "name": "name"}


def answer(chain: AnswerChain, turn: Turn) -> Answer:
    """A factoid question is one part; a multi-part question is drafted part by part, so every
    part gets its own cited sentence (the small model answers one question per reply)."""
    q = turn.question
    parts = q.parts or (q.text,)
    claims: list[Claim] = []
    grounded = True
    unanswered: list[tuple[str, str]] = []
    for i, part in enumerate(parts):
        if part in turn.unanswerable:  # a gate refused this part before any LLM call
            unanswered.append((part, turn.unanswerable[part]))
            continue
        if i and unanswered and unanswered[-1][0] == parts[i - 1] and picks_among_earlier(part):
            # "which vision-language models were benchmarked …, and which of them gained …?": with no
            # models named, any sentence about the gain names none of them
            unanswered.append((part, f"it chooses among the answers to {parts[i - 1]!r}, which the abstracts do not give"))
            continue
        if i and unanswered and unanswered[0][0] == parts[0] and coverage.about_another_study(unanswered[0][1]) and points_back(q, part):
            # "What attack success rate does the method that … reach, and which models were attacked?": the
            # first part's study is not in the collection, and this part is about that study too
            unanswered.append((part, f"it is about the study of the first part ({parts[0]!r}), which no retrieved abstract is"))
            continue
        expects = expected_answer(part) if q.parts else q.expects
        # what earlier parts said (not the whole sentences they came from: one long sentence can list
        # the answers to both parts, "(1) 211 UAV video sequences …; (2) SO-HOTA, a novel metric …")
        used = {plain(c.text) for c in claims}
        # "..., and which model does it use?": "it" is the study the earlier parts were answered from
        # (no name stood in for it), so this part is read from that study's abstract only
        back = points_back(q, part)
        earlier = sorted({n for c in claims for n in c.cited}) if back else None
        if back and not earlier:
            # no earlier part was answered: "this" is still the first part's study, when an abstract is it
            # (fresh41-22: "… on which benchmark is this measured?" answered from another study's benchmark)
            earlier = first_study(chain, turn, parts[0])
        numbers = earlier or None
        result = draft(chain, turn, part, expects, avoid=used, numbers=numbers)
        if not isinstance(result, str) and q.parts:
            result = prefer_best(chain, turn, part, expects, used, numbers, result)
        taken = {n for c in claims for n in c.cited}
        failed = isinstance(result, str)
        if q.per_study and taken and (failed or {n for c in result.claims for n in c.cited} <= taken):
            # a comparison's studies are different studies: a figure cited to the abstract an earlier
            # part quoted is that study's, whatever subject the draft gives it; read the others (also
            # when the drafts failed: the small model kept quoting the earlier study, fresh41-16)
            numbers = [src.number for src in turn.sources if src.number not in taken]
            again = draft(chain, turn, part, expects, avoid=used, numbers=numbers) if numbers else "no other abstract was retrieved"
            if not isinstance(again, str):
                why = "failed" if failed else "quoted the abstract of another part's study"
                turn.notes.append(f"the draft for {part!r} {why}; asked again from the other abstracts")
                result = again
            elif not failed:
                result = f"its draft quoted the abstract of another part's study, and none other answers it ({again})"
            # (`numbers` stays the other abstracts: `extract` below reads this part's study among them only)
        if isinstance(result, str) and q.parts:
            # the drafts for this part failed, but the part passed the gates that judge whether the
            # abstracts are about it: its best-matching sentence, if one holds what it asks for
            result = extract(chain, turn, part, expects, used, numbers, why=result)
        if isinstance(result, str):
            unanswered.append((part, result))
            continue
        fresh = [c for c in result.claims if not repeats(c.text, used)]
        if q.parts and used and not fresh and not _answers_own_part(turn, part, _spelled_for_part(turn, part, result.claims)):
            # every answer to this part only repeats an earlier part's sentence, which does not name what this part
            # asks for: the part was silently dropped (fresh58-09's "what share of unanswerable math problems …
            # restores refusal behaviour?" behind part one's "80%"). Its best-matching sentence, else said unanswered
            result = extract(chain, turn, part, expects, used, numbers, why="its answers only repeated an earlier part's sentence")
            if isinstance(result, str):
                unanswered.append((part, result))
                continue
            fresh = [c for c in result.claims if not repeats(c.text, used)]
        if q.parts and not fresh:
            # this part's sentence is an earlier part's piece of it, shown whole ("Using a dataset of 1,875 videos from
            # 178 patients, the Video Swin Tiny model achieved … 94% accuracy …" after "The Video Swin Tiny model achieved
            # … 94% accuracy …"): it takes the piece's place, or this part goes unanswered unsaid (fresh80-10)
            for c in result.claims:
                i = next((i for i, e in enumerate(claims) if set(e.cited) == set(c.cited) and _within(e.text, c.text)
                          and not _within(c.text, e.text)), None)
                if i is not None:
                    turn.notes.append(f"the sentence that answers {part!r} holds an earlier part's piece of it: shown in its place")
                    claims[i] = c
        claims += fresh
        grounded = grounded and result.grounded
    if not claims:
        return chain.refusal(turn, "; ".join(why for _, why in unanswered))
    claims = whole_sentences(turn, claims, chain.settings.quote_words)
    text = " ".join(c.rendered for c in claims)
    for part, why in unanswered:
        turn.notes.append(f"part not answered: {part!r}: {why}")
        text += f" The abstracts do not answer: \u201c{part}\u201d"
    return chain.answer(turn, text, claims, grounded=grounded and not unanswered)


def first_study(chain: AnswerChain, turn: Turn, first: str) -> list[int] | None:
    """The relevant abstract that holds the most of the first part's rare terms, when it holds enough
    to be the study asked about (ASSISTANT_MIN_COVERAGE); else None."""
    relevant = [src for src in turn.sources if src.number in turn.relevant]
    if not relevant or chain.settings.min_coverage <= 0:
        return None
    shares = chain.term_shares(first, relevant)
    best = max(relevant, key=lambda src: shares[src.number])
    return [best.number] if shares[best.number] >= chain.settings.min_coverage else None


EXTRACT_TERMS = 0.5  # weight of a sentence's share of the part's rare terms, beside its similarity to the part


def sentence_scores(chain: AnswerChain, turn: Turn, part: str, numbers: list[int] | None = None) -> dict[tuple[int, str], float]:
    """How well each sentence of the relevant sources (or of `numbers`) matches one part of a
    question: its similarity to the part (embeddings) plus EXTRACT_TERMS times the share of the
    part's rare terms it holds (idf)."""
    ev = turn.evidence
    sims = chain.sentence_sims(turn, in_context(turn.question, part), numbers or turn.relevant)
    weights = chain.term_weights(part)
    return {(n, sent): float(row[j]) + (EXTRACT_TERMS * chain.term_share(weights, sent)[0] if weights else 0.0)
            for n, row in sims.items() for j, sent in enumerate(ev.sentences[n])}


def best_sentences(chain: AnswerChain, turn: Turn, part: str, expects: Expect, avoid: set[str],
                   numbers: list[int] | None = None, scores: dict[tuple[int, str], float] | None = None) -> list[tuple[float, int, str]]:
    """The sentences that may answer one part of a question, best first (`sentence_scores`, unless
    given), among those that hold what it asks for (a number, a link, a name) and say more than the
    question."""
    scores = sentence_scores(chain, turn, part, numbers) if scores is None else scores
    ranked = [(score, n, sent) for (n, sent), score in scores.items()
              if not (expects and not provides(expects, sent, part, turn.text)) and not repeats(sent, avoid)
              and not coverage.restates(part, sent) and (expects == "link" or not only_a_link(sent))]
    return sorted(ranked, key=lambda r: -r[0])


LINK_ONLY_WORDS = 12


def only_a_link(sentence: str) -> bool:
    """"VideoWeave project page at https://…", "Code: https://…": a link with a few words, which answers where
    something is and nothing else (it names the method, so it scores high on a part about it; asked of fresh45's
    collection, it replaced the answer to "What does VideoWeave use instead?"). In the sets, every gold sentence
    with a link answers a question that asks for one."""
    return gives_link(sentence) and len(_URL_TEXT.sub(" ", sentence).split()) <= LINK_ONLY_WORDS


_URL_TEXT = re.compile(r"\S*(?:https?://|www\.|github\.com|\.io/)\S*")


def asked_focus(question: str) -> coverage.Focus:
    """What a question asks for (`coverage.question_focus`), read after its leading phrase or clause when
    nothing is asked before it: "In the radiotherapy study that …, how many patients were used?" asks
    for patients. For the checks that only correct or choose among sentences; the gates that refuse keep
    the plain reading. "How much does X cut inference latency …?" asks for a cut of latency."""
    focus = coverage.question_focus(question)
    if focus.words or focus.anything:
        return focus
    if measure := changed_measure(question):
        return coverage.question_focus(f"How much {measure}?")
    return coverage.question_focus(after_lead(question))


def _quote_best(chain: AnswerChain, turn: Turn, question: str, checked: Checked, numbers: list[int] | None,
                gives: Callable[[str], bool], quoted: bool = False) -> Checked | None:
    """The cited abstracts' best-matching sentence for which `gives` holds, quoted as the answer, when the draft's
    own sentences do not give it (`_quoted`'s gates apply); None when the draft stands. `quoted`: what the draft
    shows must give it, not its own words (which may echo the question's)."""
    said = [q for c in checked.claims for _, q in shown_as(turn, c)] if quoted else [c.text for c in checked.claims]
    if not checked.claims or checked.withheld or gives(" ".join(said)):
        return None
    return _quote_best_of(chain, turn, question, sorted({n for c in checked.claims for n in c.cited}), numbers, gives)


# words of a how-well question that say nothing of what is measured
_HOW_WELL_WORDS = frozenset("how well strongly effectively reliably successfully good strong does did do can could will would "
                            "with that this these those their them they its ones what which when where have has been".split())


def _score_of_what_is_asked(chain: AnswerChain, turn: Turn, question: str, checked: Checked, numbers: list[int] | None) -> Checked | None:
    """'… how strongly did its scores agree with the self-administered ones?' answered with the study's comfort ratings
    (a score, of something else; fresh66-09): the cited abstracts' best-matching sentence that gives a score is quoted
    instead, when it holds more of the question's words than the draft ("Scores demonstrated strong agreement (ICC =
    0.91 …)"). Only corrects: None when the draft stands."""
    drafted = " ".join(c.text for c in checked.claims)
    # a draft with no score at all is `_quote_best`'s, which has tried the same sentence
    if not checked.claims or checked.withheld or not gives_score(drafted):
        return None
    best = _best_giving(chain, turn, question, sorted({n for c in checked.claims for n in c.cited}), gives_score)
    # (a draft that copies part of that sentence, its figures with it, stands: "Gaze alone achieves 93% of speech performance")
    if best is None or plain(best[2]) in plain(drafted) or quantities(drafted, ordinals=False) <= quantities(best[2], ordinals=False):
        return None
    words = question_words(question)
    if len(coverage.unmentioned(words, best[2])) >= len(coverage.unmentioned(words, drafted)):
        return None
    return _quoted(chain, turn, question, best[1], best[2], numbers)


def question_words(question: str) -> list[str]:
    """The question's own words (four letters or more), without those that say nothing of what is asked ("how", "does")."""
    return [w for w in dict.fromkeys(re.findall(r"[a-z][a-z-]{3,}", question.lower())) if w not in _HOW_WELL_WORDS]


NAME_WORDS_MARGIN = 3  # more of the question's words the sentence that names must say than the draft, to replace it
NAME_RUN = 5  # words in a row the question and that sentence share: the question's own predicate, not its description
_RUN_TOKEN = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")


def shared_run(a: str, b: str) -> int:
    """The longest run of words in a row that the two texts share ("suffers a large negative interaction with")."""
    x, y = _RUN_TOKEN.findall(a.lower()), _RUN_TOKEN.findall(b.lower())
    return SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y)).size


def says_predicate(question: str, sentence: str) -> bool:
    """Does the sentence share NAME_RUN words in a row with what the question says of the thing it asks for, its words
    right after "which/what <noun>" ("Which normalizer [suffers a large negative interaction with] …")? A run elsewhere
    in the question is its description of the study ("… in the first-place system for fine-grained Arabic readability
    assessment …"), which the abstract's "We present …" sentence shares and which names no answer."""
    x, y = _RUN_TOKEN.findall(question.lower()), _RUN_TOKEN.findall(sentence.lower())
    wh = next((i for i, w in enumerate(x) if w in ("which", "what", "who", "whose")), None)
    if wh is None:
        return False
    blocks = SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks()
    return any(b.size >= NAME_RUN and wh < b.a <= wh + 4 for b in blocks)


# "Which normalizer …?" asks for a name as "Which model …?" does, whether or not its noun is one `expected_answer` knows
_WHICH = re.compile(r"^\s*which\s+[\w-]+\s", re.I)


def names_asked_kind(question: str, sentence: str) -> bool:
    """Does the sentence name a thing of the kind a "Which <noun> …?" question asks for, by a coined name right before
    the noun ("… employ the CUSUM algorithm to detect …" for "Which algorithm does STAR employ …?", fresh138-02)? A
    coined name: all capitals or two capitals at least ("CUSUM", "LoRA"), not a sentence's first word."""
    m = re.match(r"\s*which\s+([a-z][\w-]*)\s+(?:does|do|did|is|are|was|were|can|could|has|have|had)\b", question, re.I)
    if not m:
        return False
    noun = m.group(1).lower()
    return any(sum(c.isupper() for c in name) >= 2
               for name in re.findall(rf"(?<=[a-z,;:(]\s)(?:the\s+|an?\s+)?([A-Z][\w.+-]*)\s+{re.escape(noun)}\b", sentence))


def _name_of_what_is_asked(chain: AnswerChain, turn: Turn, question: str, checked: Checked, numbers: list[int] | None,
                           text: str, expects: Expect = "name") -> Checked:
    """'Which normalizer suffers a large negative interaction with the Muon optimizer …?' answered with the
    abstract's control ("Dynamic Tanh (DyT …), included as a bounded-normalizer control, shows no such penalty",
    fresh108-02): a name, of something else. When a cited abstract's sentence that gives a name (any sentence, for a
    "Which X …?" whose X `expected_answer` does not know as a kind of name) says what the question says ("Dynamic Erf
    (Derf …) suffers a large negative interaction with Muon …"), NAME_WORDS_MARGIN more of its words than the draft,
    that sentence is quoted. Only corrects: otherwise the draft stands."""
    if not checked.claims or checked.withheld:
        return checked
    drafted = " ".join(c.text for c in checked.claims)
    cited = sorted({n for c in checked.claims for n in c.cited})
    words = question_words(question)
    have = len(words) - len(coverage.unmentioned(words, drafted))
    ev = turn.evidence
    scores = sentence_scores(chain, turn, question, cited)
    said = [(len(words) - len(coverage.unmentioned(words, sent)), score, n, sent) for (n, sent), score in scores.items()
            if plain(sent) not in plain(drafted) and (not expects or provides("name", sent, question, turn.text, ev.text(n)))]
    best = max(said, default=None)
    # (a question that describes its study words it as the abstract's "We present …" sentence does, which names the
    # study, not the answer: only a run of the question's words that the draft lacks marks the sentence that answers)
    if best is None or best[0] < have + NAME_WORDS_MARGIN \
            or not (says_predicate(question, best[3]) or names_asked_kind(question, best[3])) \
            or shared_run(question, drafted) >= NAME_RUN - 2:
        return checked
    kept = _quoted(chain, turn, question, best[2], best[3], numbers)
    if kept is None:
        return checked
    turn.notes.append(f"the first answer named something the question does not ask about ({text!r}); quoted the cited "
                      "abstract's sentence that names what it asks")
    return kept


def _quote_best_of(chain: AnswerChain, turn: Turn, question: str, pool: list[int] | None, numbers: list[int] | None,
                   gives: Callable[[str], bool]) -> Checked | None:
    """The best-matching sentence of the sources in `pool` (default: the relevant ones) for which `gives` holds,
    quoted as the answer if it passes `_quoted`'s gates; else None."""
    best = _best_giving(chain, turn, question, pool, gives)
    return _quoted(chain, turn, question, best[1], best[2], numbers) if best else None


def _best_giving(chain: AnswerChain, turn: Turn, question: str, pool: list[int] | None,
                 gives: Callable[[str], bool]) -> tuple[float, int, str] | None:
    """(score, source number, sentence) of the best-matching sentence of `pool` for which `gives` holds; None when none does."""
    scores = sentence_scores(chain, turn, question, pool)
    return max(((score, n, sent) for (n, sent), score in scores.items() if gives(sent)), default=None)


QUOTE_TRIES = 3  # sentences tried, best first, when the best does not name what a part asks for


def extract(chain: AnswerChain, turn: Turn, part: str, expects: Expect, avoid: set[str],
            numbers: list[int] | None, why: str) -> Checked | str:
    """One part of a multi-part question answered without the LLM, when its drafts failed: the
    best-matching sentence (`best_sentences`), quoted whole and cited, if it names what the part
    asks for ("how many X": counts X) and its abstract passes the same gates as a draft. The small
    model often answers NOT FOUND, or cites the wrong abstract, for a part its abstract answers (on
    the 44 multi-part questions of the older sets this answered every part of two more questions
    and lost none; `bench/multipart.py`). `why`: the drafts' failure, returned when nothing
    qualifies."""
    ranked = best_sentences(chain, turn, part, expects, avoid, numbers)
    kept = next((k for _, n, sent in ranked[:QUOTE_TRIES] if (k := _quoted(chain, turn, part, n, sent, numbers))), None)
    if kept is None:
        return why
    turn.notes.append(f"the drafts for {part!r} failed ({why}); answered with the sentence that matches it best")
    return kept


def _quoted(chain: AnswerChain, turn: Turn, part: str, n: int, sent: str, numbers: list[int] | None) -> Checked | None:
    """Source n's sentence as the answer to one part, if it names what the part asks for ("how many
    X": counts X) and its abstract passes the gates a draft must pass; else None."""
    focus = asked_focus(part)
    if focus.anything and is_count(part) and not coverage.counts(focus, sent):
        return None  # "how many samples": a collection's size ("over 200k samples"), not "four … detectors"
    # a winner named answers "which model did best" without the word "model" ("MobileNet-V2 recorded the highest")
    winner = asks_best(part) and states_best(sent) and provides("name", sent, part)
    # read with the abstract's acronyms spelled out: "incorporating just 10% SUM during RFT …" names the "unanswerable
    # math problems" asked for where the abstract has introduced SUM as Synthetic Unanswerable Math (fresh58-09)
    read = _spelled(turn, n, sent)
    if focus.words and expected_answer(part) == "number":
        read = beside_previous(turn.evidence.sentences.get(n, []), sent, read, focus)
    if focus.words and not winner and not _names_focus(focus, part, read):
        people = as_people(chain, part, focus) if coverage.counts_people(read) else None
        if people is None or not _names_focus(people, part, read):
            return None
    if focus.words and not is_count(part) and expected_answer(part) == "number" and not coverage.figure_near(focus, read):
        return None  # names the measure asked for, and has a figure, but of something else
    claim = Claim(text=sent, cited=[n], support={n: 1.0}, quotes={n: sent})
    kept = keep_supported(chain, turn, part, Checked([claim], grounded=True), numbers)
    return None if isinstance(kept, str) else kept


# "In contrast, the BiLSTM model performs better on the high-resolution NTU-Fi HAR dataset (92.05%) …" gives the accuracy
# that the sentence before names ("… the CNN+GRU model has a higher accuracy on the UT-HAR dataset (95.20%) …"; fresh139-08
# left "what accuracy does the BiLSTM model reach on NTU-Fi HAR?" unanswered): a sentence that opens by setting itself
# beside the one before says its figure of the same measure, so what it names is read with that sentence's words
_BESIDE = re.compile(r"^\s*(?:in\s+contrast|by\s+contrast|conversely|similarly|likewise|on\s+the\s+other\s+hand|"
                     r"in\s+comparison|meanwhile)\b", re.I)


def beside_previous(sentences: list[str], sent: str, read: str, focus: coverage.Focus) -> str:
    """`read` (the sentence as read) after the sentence before it, when it opens by setting itself beside that one
    ("In contrast, …", "Similarly, …"), gives a figure and does not name the measure asked (`focus`), which the one
    before names next to a figure of its own; else `read`."""
    if _BESIDE.match(sent) and sent in sentences and (i := sentences.index(sent)) > 0 and _FIGURE_IN.search(sent) \
            and coverage.not_covered(focus, read) and coverage.figure_near(focus, sentences[i - 1]):
        return f"{sentences[i - 1]} {read}"
    return read


_FIGURE_IN = re.compile(r"\d")


def _spelled(turn: Turn, n: int, sent: str) -> str:
    """Source n's sentence with each acronym its abstract spells out elsewhere followed by its words (`spell_acronyms`)."""
    sentences = turn.evidence.sentences.get(n, [])
    return spell_acronyms(sentences, both_orders=True)[sentences.index(sent)] if sent in sentences else sent


def prefer_best(chain: AnswerChain, turn: Turn, part: str, expects: Expect, avoid: set[str],
                numbers: list[int] | None, checked: Checked) -> Checked:
    """A part's draft quotes a sentence that matches the part far worse (ASSISTANT_PART_SWAP_MARGIN)
    than another that holds what it asks for: that one instead. The small model takes a sentence
    of the right abstract that shares a word with the part ("improving AUROC by up to 3.9 % in
    targeted domains" for "What AUROC does T-Detect reach on RAID's Books domain?", where the
    abstract also says "an AUROC of 0.926 on the Books domain of RAID"). On the 44 multi-part
    questions of the older sets, swaps with a smaller gap (0.004-0.29) helped three questions and
    hurt three; the three with a gap above 0.5 helped or changed nothing."""
    margin = chain.settings.part_swap_margin
    if margin <= 0:
        return checked
    scores = sentence_scores(chain, turn, part, numbers)
    ranked = best_sentences(chain, turn, part, expects, avoid, numbers, scores)
    if not ranked:
        return checked
    quoted = {q for c in checked.claims for q in shown_as(turn, c)}
    drafted = max((scores.get(q, -1.0) for q in quoted), default=-1.0)
    # "how well …" answered with a score ("1.00 AUROC in-distribution") keeps it against a closer sentence without one
    scored = asks_how_well(part) and gives_score(" ".join(c.text for c in checked.claims))
    ranked = [(top, n, sent) for top, n, sent in ranked if not scored or gives_score(sent)]
    # "which model did best …?": only a sentence that names a winner may take the draft's place (fresh51-12)
    if asks_best(part):
        ranked = [(top, n, sent) for top, n, sent in ranked if states_best(sent)]
    # the best that names what the part asks for ("Purpose: … 3D dose prediction …" holds a number, but
    # no count of the patients asked for; the next one does)
    # A name of the part weighs most in the score, and tells which abstract, not which sentence: a sentence that
    # holds fewer of the part's other words than the draft's is no better answer ("… we release the full QED-Nano
    # pipeline …" had replaced "Our training recipe has three stages: …" for "What are the stages of QED-Nano's
    # training recipe?", asked of fresh54's collection)
    weights = chain.term_weights(part)
    # (each of the other words counts the same: plain ones, "stages", "recipe", weigh little by idf)
    others = [t for t in weights.tokens if t not in weights.exact] if weights else []
    unnamed = replace(weights, tokens=others, weights=dict.fromkeys(others, 1.0)) if weights else None

    def words_held(text: str) -> float:
        return chain.term_share(unnamed, text)[0] if unnamed and unnamed.tokens else 0.0

    drafted_words = max((words_held(q[1]) for q in quoted), default=0.0)
    for top, n, sent in ranked[:QUOTE_TRIES]:
        if (n, sent) in quoted or top - drafted < margin:
            return checked
        if words_held(sent) < drafted_words:
            continue
        if (kept := _quoted(chain, turn, part, n, sent, numbers)) is not None:
            break
    else:
        return checked
    turn.notes.append(f"the draft for {part!r} quoted a sentence that matches it far less than another that answers it "
                      f"({drafted:.2f} vs {top:.2f}, ASSISTANT_PART_SWAP_MARGIN={margin}): that one is shown")
    return kept


def shown_as(turn: Turn, claim: Claim) -> set[tuple[int, str]]:
    """The sentences a claim answers with, by source: its quote, unless it puts figures in its own
    words, then the sentence that holds them (as `whole_sentences` will show it). "By 59.5% compared
    with the SFT-only model" is closest to a sentence about SFT models' false alarms, but its 59.5%
    is a regional error reduction, and it is that sentence the answer shows."""
    holder = reworded_holder(turn, claim)
    if holder:
        return {(n, holder) for n in claim.cited if holder in turn.evidence.sentences.get(n, [])}
    return {(n, claim.quotes.get(n, "")) for n in claim.cited}


def reworded_holder(turn: Turn, claim: Claim) -> str:
    """The sentence `whole_sentences` shows for a claim that copies no sentence but holds figures (`figures_holder`);
    '' for a claim that copies one."""
    return "" if copied_in(turn, claim) else figures_holder(turn, claim)


def figures_shown(turn: Turn, claims: list[Claim]) -> str:
    """The claims with their figures as `whole_sentences` will show them: a claim that puts figures in its own words as
    the sentence that holds them (`reworded_holder`), any other as drafted (not widened to its whole sentence, as
    `shown_text` is: a piece must answer by itself)."""
    return " ".join(reworded_holder(turn, c) or c.text for c in claims)


def copied_in(turn: Turn, claim: Claim) -> set[str]:
    """The sentences of the claim's abstracts that hold it word for word (a piece of 12 characters or
    more: a shorter one could sit in any sentence)."""
    piece = plain(claim.text)
    if len(piece) < 12:
        return set()
    return {sent for n in claim.cited for sent in turn.evidence.sentences.get(n, []) if piece in plain(sent)}


def whole_sentences(turn: Turn, claims: list[Claim], max_words: int) -> list[Claim]:
    """A claim that copies a piece of one sentence of the abstract it cites is shown as that whole
    sentence: "31% on the VLN-CE Unseen task" does not say what improved, "Soft attention in these
    models as a cause" is no sentence. Verified as drafted, so the whole sentence is its source's
    own words; two parts quoting one sentence show it once. A claim that copies no sentence but
    holds figures is shown as the one sentence that holds them all (`figures_holder`)."""
    shown: list[Claim] = []
    for claim in claims:
        hits = copied_in(turn, claim)
        if len(hits) == 1 and max_words:
            sentence = hits.pop()
            # a sentence that carries markup (tags, chat-template tokens: an injection) is not shown
            # whole; the model saw it fenced, and its piece is all that was verified as an answer
            if (plain(sentence) != plain(claim.text) and (len(sentence.split()) <= max_words or counts_twice(turn, sentence))
                    and not _MARKUP.search(sentence)):
                claim = replace(claim, text=sentence)
        elif not hits and max_words:
            holder = figures_holder(turn, claim)
            if holder:
                turn.notes.append(f"the draft \"{claim.text}\" put the figures of one sentence in its own words: that sentence is shown")
                claim = replace(claim, text=holder)
            elif _repeats_item(claim.text) and len(claim.cited) == 1 and (quote := claim.quotes.get(claim.cited[0])) \
                    and len(quote.split()) <= 2 * max_words and not _MARKUP.search(quote):
                # "Liver tumors, kidney tumors, liver cysts, kidney tumors, …": the small model looping over a list
                turn.notes.append(f"the draft \"{claim.text}\" repeats an item of its list: the sentence it draws on is shown")
                claim = replace(claim, text=quote)
        claim = _with_list(turn, claim, max_words)
        same = next((c for c in shown if _within(claim.text, c.text)), None)
        if same is None:
            inner = [i for i, c in enumerate(shown) if _within(c.text, claim.text)]
            if inner:  # an earlier part's piece of the sentence this claim shows whole: shown in its place
                claim = replace(claim, cited=list(dict.fromkeys([n for i in inner for n in shown[i].cited] + claim.cited)))
                shown = [claim if i == inner[0] else c for i, c in enumerate(shown) if i == inner[0] or i not in inner]
            else:
                shown.append(claim)
        else:
            same.cited = list(dict.fromkeys(same.cited + claim.cited))
    return shown


def _repeats_item(text: str) -> bool:
    """Does a list in the text name one item twice ("liver cysts, kidney tumors, pancreatic cancer, liver cysts")?"""
    items = [i.strip().lower() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.sub(r"\[\d+\]|[.;:]$", "", text.strip()))]
    items = [i for i in items if i]
    return len(items) >= 3 and len(set(items)) < len(items)


def _introduces(sentence: str, name: str) -> bool:
    """Does the sentence say what `name` is: "Knowledge-Enhanced Pre-trained Language Models (KE-PLMs)", "we propose
    the EVOKE benchmark to …", "This paper presents WallZero, an AlphaZero-based agent", "GTA is a …"? Not "future
    directions of KE-PLMs"."""
    n = re.escape(name)
    return bool(re.search(rf"\(\s*{n}\s*[),;]|\b(?:propos|present|introduc|call|term|dub|nam)\w*\b[^.;]{{0,60}}?\b{n}\b|"
                          rf"\b{n}\b\s*(?:,\s*(?:a|an|the)\b|\s(?:is|are|was|were)\s+(?:a|an|the)\b)", sentence))


def _with_list(turn: Turn, claim: Claim, max_words: int) -> Claim:
    """A quoted sentence that opens a numbered list ("… revealed two challenges: (1) Existing knowledge injection
    methods perform terribly on evolving knowledge.") shown with the sentences of its abstract that go on with it
    ("(2) Supervised fine-tuning causes catastrophic forgetting …"): the sentence splitter cuts such a list at each
    item, and the first item alone answers "what are the two challenges?" by half. At most 2 x `max_words` words."""
    if not max_words or len(claim.cited) != 1 or "(1)" not in claim.text or "(2)" in claim.text:
        return claim
    sentences = turn.evidence.sentences.get(claim.cited[0], [])
    if claim.text not in sentences:
        return claim
    i, text = sentences.index(claim.text), claim.text
    while i + 1 < len(sentences) and sentences[i + 1].lstrip().startswith(f"({_items(text) + 1})"):
        text, i = f"{text} {sentences[i + 1]}", i + 1
    if text == claim.text or len(text.split()) > 2 * max_words:
        return claim
    turn.notes.append("the quoted sentence opens a numbered list that the next sentences of its abstract go on with: shown with them")
    return replace(claim, text=text)


def _items(text: str) -> int:
    """The highest list item number "(k)" the text holds."""
    return max((int(k) for k in re.findall(r"\((\d{1,2})\)", text)), default=0)


def shown_text(turn: Turn, claim: Claim) -> str:
    """The sentence `whole_sentences` will show for the claim: the one sentence it copies a piece of,
    else the one sentence that holds its figures, else its own text."""
    hits = copied_in(turn, claim)
    if len(hits) == 1:
        return hits.pop()
    return (figures_holder(turn, claim) if not hits else "") or claim.text


def _within(text: str, shown: str) -> bool:
    """The text is a shown claim, or a piece of it: shown once. A part whose draft was turned into
    its whole sentence may hold the next part's piece of that sentence ("… roughly 8,500 records in
    which the same root verse is aligned across eighteen commentators …", then "The same root
    verse is aligned across eighteen commentators …")."""
    t, s = plain(text), plain(shown)
    if t == s or (len(t) >= 20 and t in s):
        return True
    # ... or says nothing the shown sentence does not: "Seven consistency training methods were tested", then "We test
    # seven consistency training methods on 108 model organisms" for the next part (every content word, so every figure)
    words = set(coverage.content_tokens(tokenize([t])[0]))
    return len(words) >= 4 and words <= set(tokenize([s])[0])


_MULTIPLE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[x\u00d7](?!\w)")
_THOUSANDS = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?[kKM](?!\w)")


# "(Haug and Johndal 2008; Eckhoff et al. 2018)", "(data lock: 15 December 2025)": a year in parentheses after a name is a
# citation or a date, no figure of the study ("AthDGC builds on the PROIEL Treebank Family (Haug and Johndal 2008; …)" was
# shown for "How many annotated sentences does AthDGC contain?", fresh90-22)
_CITATION = re.compile(r"\([^()]*?[A-Z][a-z]+[^()]*?\b(?:19|20)\d\d[a-z]?\b[^()]*\)")


def figures_holder(turn: Turn, claim: Claim) -> str:
    """The one sentence of the claim's abstracts that holds every figure of a claim that copies no
    sentence, or ''. The small model puts a figure into the question's words, and those words may be
    wrong: "The CNN's parameter count was cut by 90.28%" from "the compacted CNN attains an average
    accuracy of 90.28%", "success rate is 36.4%" from "improves the success rate by 36.4%". What a
    figure measures is said only by the sentence that holds it; figures from two sentences are left
    as drafted."""
    # a multiplier is a figure too ("by roughly 9x" for "reduces parameters by ~9x and energy … by ~27x"), and so is a
    # count in thousands or millions ("216K tokens" for "a 216K video instruction dataset", fresh94-03)
    found = FIGURE.findall(claim.text) + _MULTIPLE.findall(claim.text) + _THOUSANDS.findall(claim.text)
    if not found:
        return ""
    sentences = [sent for n in claim.cited for sent in turn.evidence.sentences.get(n, [])]
    holders = {sent for sent in sentences if all(uses_term(sent, f) for f in found)}
    if len(holders) != 1:
        return ""
    sentence = holders.pop()
    # "StressRoBERTa achieves 82% F1-score on Dreaddit." took its figure from "StressRoBERTa achieves 82% F1-score, …" and
    # the question's "Dreaddit" from "Evaluation on Dreaddit (81% F1) …" (fresh84-11): a name the question asks about
    # that the figures' sentence lacks is the one sentence with a figure that names it
    # A study's own method is named in its sentences as "our approach" ("On the Shenzhen TB dataset, our approach achieved
    # 91.1% accuracy …" holds RepViT-CXR's figure, fresh80-05): a name the abstract introduces is said by "our"/"we"
    own = re.search(r"\b(?:our|we)\b", sentence, re.I) is not None
    names = coverage.names(claim.text)
    asked = [x for x in names if x not in coverage.FIELD_ACRONYMS and coverage.mentions_name(turn.text, x)
             and not coverage.mentions_name(sentence, x) and not (own and any(_introduces(s, x) for s in sentences))]
    if asked:
        # ... but not one that drops a name the claim answers with ("DeepSeek V3 was used … Section 4.8 of the EU …
        # summaries": the "EU" sentence lacks DeepSeek, fresh89-04)
        answered = [x for x in names if re.search(r"[^\W\d]", x)  # a word, not a figure
                    and not coverage.mentions_name(turn.text, x) and coverage.mentions_name(sentence, x)]
        naming = {sent for sent in sentences if FIGURE.search(_CITATION.sub(" ", sent))
                  and all(coverage.mentions_name(sent, x) for x in asked + answered)}
        sentence = naming.pop() if len(naming) == 1 else sentence
    return "" if _MARKUP.search(sentence) else sentence


def counts_twice(turn: Turn, sentence: str) -> bool:
    """Does the sentence count what a "how many" question asks for more than once? "Experiments on
    Starlink Shell A (172 satellites) show … and scales linearly to 5,000 satellites": a piece of it
    ("5,000 satellites …") picks one count, and only the whole sentence says which is which, however long."""
    if turn.question.parts or not is_count(turn.text):
        return False
    return len(coverage.counted(coverage.question_focus(turn.text), sentence)) > 1


def _spelled_for_part(turn: Turn, part: str, claims: list[Claim]) -> str:
    """The claims' text, each acronym its cited abstract spells out with words the part asks with followed by those words:
    "… 42% for CER" answers "by how much for cloud effective radius?" when the abstract says "Cloud Effective Radius
    (CER)" (fresh136-09). Only an acronym for two or more of the part's own words ("LLM" for "Large Language Model" does
    not answer "which model …?")."""
    asked = set(tokenize([part])[0])
    out = []
    for c in claims:
        text = c.text
        for n in c.cited:
            for phrase, acronym in expansions(" ".join(turn.evidence.sentences.get(n, []))):
                if len(set(tokenize([phrase])[0]) & asked) >= 2 and phrase.lower() not in text.lower():
                    text = re.sub(rf"\b{re.escape(acronym)}\b(?!\s*\()", lambda m, p=phrase: f"{m.group(0)} ({p})", text)
        out.append(text)
    return " ".join(out)


def _answers_own_part(turn: Turn, part: str, text: str) -> bool:
    """The text names the thing this part asks for, which no other part asks for."""
    asked = coverage.question_focus(part)
    focus = _named(asked)
    others = {w for p in turn.question.parts if p != part for w in _named(coverage.question_focus(p)).words}
    if coverage.not_covered(focus, text):
        return False
    if not set(focus.words) - others:
        return _answers_by_own_words(turn, part, text)
    # "how many samples" (whatever a collection holds) is answered by a count of them: "… and 573K samples" (fresh77-10)
    return not (asked.anything and is_count(part)) or coverage.counts(focus, text)


# stems of the words that ask rather than say what is asked for
_ASKING_WORDS = {"what", "which", "who", "how", "much", "mani", "doe", "do", "did", "it", "by", "on", "in", "of", "the", "a",
                 "an", "and", "to", "for", "with", "at", "from", "over", "is", "are", "was", "were"}


def _answers_by_own_words(turn: Turn, part: str, text: str) -> bool:
    """Parts that ask for the same thing of different objects ("What speedup over sequential sampling, and what speedup
    over Picard iteration?", fresh93-08) or ask nothing by name ("… and by how much does it improve existing records on
    average?", fresh93-10): one sentence that names what the parts ask for answers this part too when it holds every
    word only this part uses, and, for a figure, one more figure than the part before it took."""
    others = {w for p in turn.question.parts if p != part for w in tokenize([p])[0]}
    own = set(tokenize([part])[0]) - others - _ASKING_WORDS
    if not own or not own <= set(tokenize([text])[0]):
        return False
    return expected_answer(part) != "number" or len(quantities(text)) >= 2


def _named(focus: coverage.Focus) -> coverage.Focus:
    """What a part asks for, by the words it uses: "how many samples" asks for samples, though any size of a
    collection answers it (`Focus.anything`)."""
    return coverage.Focus(focus.literal, object_phrase=True) if focus.anything and focus.literal else focus


def repeats(text: str, used: set[str]) -> bool:
    """The text is one of `used`, or a piece of one (the small model copies half an earlier part's
    sentence for the next part: "68.05% on ImageNet and overcomes ...")."""
    t = plain(text)
    if any(t == u or (min(len(t), len(u)) >= 20 and (t in u or u in t)) for u in used):
        return True
    # or its figures are all an earlier part's ("… reaches 68.05 %" then "68.05 % on ImageNet …")
    return same_figures(text, {f for u in used for f in figures(u)})


def answer_apart(chain: AnswerChain, turn: Turn, part: str, context: str, used: set[str]) -> Checked | None:
    """This part's own sentence, when its draft only repeated sentences given for earlier parts:
    the model may only copy one of the sentences shown for this part that no other part used.
    None when there is none; then the repeated draft goes through the gates as it is (one sentence
    can answer two parts)."""
    options = [(fence(sent), n) for n, sents in turn.excerpts.get(part, {}).items() for sent in sents
               if not repeats(sent, used) and not coverage.restates(part, sent)]
    if not options:
        return None
    again = ask_again(chain, turn, "answer_again", part, context, options)
    if again is None or all(repeats(c.text, used) for c in again.claims):
        return None
    return again


def generate(chain: AnswerChain, turn: Turn, template: str, question: str, context: str, grammar: str | None) -> str:
    s = chain.settings
    system = "system_capable" if chain.llm.caps.capable else "system"
    messages = chat_prompt(template, s.prompts_dir, system=system).format_messages(context=context, question=question)
    config = dict(turn.config or {})
    # the template name reaches callbacks (the CLI says why it is asking again)
    config["metadata"] = {**(config.get("metadata") or {}), "prompt": template}
    pieces = []
    for piece in chain.llm.stream(messages, grammar=grammar, config=config):  # type: ignore[arg-type]
        turn.token()
        pieces.append(piece)
    return "".join(pieces).strip()


def says_not_found(text: str) -> bool:
    t = text.strip().upper()
    return t.startswith(NOT_FOUND) or t.startswith("I CANNOT ANSWER") or t.startswith("THE ABSTRACTS DO NOT")


def claims_of(text: str, k: int) -> list[Claim]:
    return [] if says_not_found(text) else parse_claims(text, k)


def verify(chain: AnswerChain, turn: Turn, claims: list[Claim], question: str) -> Checked:
    """Check `claims` against the evidence; terms they only echo from `question` are not held against them."""
    s = chain.settings
    vectors = chain.embedder.encode_documents([c.text for c in claims])
    return check(claims, vectors, turn.evidence, min_support=s.min_support, reattribute_margin=s.reattribute_margin,
                 question=question)


def draft(chain: AnswerChain, turn: Turn, question: str, expects: Expect, avoid: set[str] | None = None,
          numbers: list[int] | None = None) -> Checked | str:
    """Draft, verify and, where it fails in a known way, ask again. Returns the checked claims
    (unsupported ones removed), or why there is no answer. `avoid`: sentences already given for
    earlier parts of the question (a draft that only repeats them is asked again); `numbers`: the
    only sources to read (default: all retrieved)."""
    s = chain.settings
    k = len(turn.sources)
    context = chain.context(turn, question, numbers)
    sentences = 5 if chain.llm.caps.capable else 2
    text = generate(chain, turn, "answer", question, context, answer_grammar(k, sentences))
    claims = claims_of(text, k)
    if not says_not_found(text) and claims and not any(c.cited for c in claims):
        turn.notes.append("the first answer cited no retrieved abstract; retried with a stricter instruction")
        text = generate(chain, turn, "answer_strict", question, context, answer_grammar(k, sentences))
        claims = claims_of(text, k)
    if says_not_found(text) or not claims:
        return "the model found no answer in the abstracts"
    # the small model's slip: an earlier part's sentence again (asked again before verifying the repeat),
    # also when only the sentence the draft will be shown as is one ("Gemma 9B-2B outperforms Gemma 2B by
    # ~7%" puts part one's figure in part two's words, and is shown as part one's sentence: fresh45-10)
    shown = [shown_text(turn, c) for c in claims]
    repeated = bool(avoid) and all(repeats(c.text, avoid) or repeats(whole, avoid) for c, whole in zip(claims, shown))
    # one sentence may answer two parts ("402 table images … with 928 verified questions"): kept when
    # it names what this part asks for and the other parts do not
    apart = (answer_apart(chain, turn, question, context, avoid)
             if repeated and avoid is not None and not (_answers_own_part(turn, question, " ".join(c.text for c in claims))
                                                        and _answers_own_part(turn, question, " ".join(shown))) else None)
    if apart is not None:
        turn.notes.append(f"the draft for {question!r} repeated an earlier part's sentence; asked again for this part's own")
        checked, text = apart, " ".join(c.rendered for c in apart.claims)
    else:
        checked = verify(chain, turn, claims, question)
    # a part's words as the user wrote them count as echo too ("the same benchmark" became "BIRD")
    echo = question if question == turn.text else f"{question} {turn.text}"
    if coverage.restates(echo, " ".join(c.text for c in checked.claims)) \
            and not picks_alternative(question, " ".join(c.text for c in checked.claims)):
        cited = {n for c in checked.claims for n in c.cited} or set(turn.excerpts[question])
        # closest to the question first: the small model picks from the top of the list most often
        options = [(sent, n) for sent, n in sentences_of(chain, turn, question, cited, MAX_OPTIONS * 2)
                   if not coverage.restates(echo, sent)]
        again = ask_again(chain, turn, "answer_again", question, context, options)
        if again is not None and not coverage.restates(echo, " ".join(c.text for c in again.claims)):
            turn.notes.append(f"the first answer only restated the question ({text!r}); asked again for the sentence that answers it")
            checked = again
    # "What F1 score does UnGAP reach …?": no abstract holds both "F1" and "UnGAP", so by every name nothing is picked
    # out; what is asked for ("F1") does not say whose study it is, so the study is then the one that names the rest
    # (fresh81-22 quoted Segment Any Crack's F1 although UnGAP's abstract was retrieved)
    texts = {n: turn.evidence.text(n) for n in turn.relevant}
    named = coverage.named_sources(question, texts) or coverage.named_sources(question, texts, coverage.question_focus(question).words)
    if named and checked.claims and not any(n in named for c in checked.claims for n in c.cited):
        # the draft quotes a neighbour of the study the question names: ask for that study's sentence
        # (one that has the number / link / name asked for, when it has one: one ask instead of two)
        options = (candidates(chain, turn, question, expects, sorted(named)) if expects else []) or sentences_of(chain, turn, question, named)
        again = ask_again(chain, turn, "answer_missing" if expects and options and provides(expects, options[0][0], question, turn.text)
                          else "answer_again", question, context, options, expects=expects)
        if again is None or not any(n in named for c in again.claims for n in c.cited):
            return f"the question names {', '.join(coverage.names(question))!r}, and the draft cites abstracts that do not: {text!r}"
        turn.notes.append(f"the first answer cited an abstract that does not name what the question asks about ({text!r}); asked again from the one that does")
        checked = again
    if s.focus_check:
        cited = sorted({n for c in checked.claims for n in c.cited if c.supported_by(n, s.min_support)})
        focus = coverage.question_focus(question)
        missing = focus_unmentioned(turn, focus, cited)
        if missing:
            # the draft quotes an abstract that never mentions what is asked ("13 task types" for "how
            # many disease categories"): once more, only from sentences that do mention it, in the abstracts
            # that name what the question names besides (fresh59-19, "… AUROC … on MVTec LOCO?", had taken
            # HLGFA's "97.5% image-level AUROC on the MVTec AD dataset" when LogiCo, which names MVTec-LOCO,
            # gives no AUROC)
            pool = set(numbers or turn.relevant)
            pool = coverage.named_sources(question, {n: turn.evidence.text(n) for n in pool}, focus.words, loose=True) or pool
            ranked = sentences_of(chain, turn, question, pool, limit=10_000)
            options = [(sent, n) for sent, n in ranked if not coverage.not_covered(focus, sent)
                       and (not expects or provides(expects, sent, question, turn.text))][:MAX_OPTIONS]
            again = ask_again(chain, turn, "answer_missing" if expects else "answer_again", question, context, options,
                              expects=expects) if options else None
            if again is None or again.withheld or coverage.not_covered(focus, " ".join(c.text for c in again.claims)):
                return f"the question asks for {', '.join(missing)!r}, which the cited abstracts never mention, so the draft was withheld: {text!r}"
            turn.notes.append(f"the first answer quoted an abstract that never mentions {', '.join(missing)!r} ({text!r}); "
                              "asked again from the sentences that do")
            checked = again
    if asks_reason(question) and checked.claims and not states_reason(" ".join(c.text for c in checked.claims)):
        # "Why do the detectors break down?" answered with the abstract's background: when the cited
        # abstracts state a cause ("We attribute these failures to …"), the model may only copy one of
        # those sentences. This only corrects: without such a sentence, or when that fails, the draft stays
        cited = {n for c in checked.claims for n in c.cited}
        options = [(sent, n) for sent, n in sentences_of(chain, turn, question, cited, limit=10_000) if states_reason(sent)]
        again = ask_again(chain, turn, "answer_again", question, context, options) if options else None
        if again is not None and not again.withheld and again.claims and states_reason(" ".join(c.text for c in again.claims)):
            turn.notes.append(f"the first answer gave no reason ({text!r}); asked again from the sentences that state one")
            checked = again
    # "How well does the solver do on ARC-AGI-1-Eval?" answered with the abstract's method sentence, "How did
    # their inclination to turn to people for support change?" with its closing remark: when the cited abstracts
    # give a score (a change), the best-matching sentence that does is quoted (the small model, offered the
    # candidates, took "94.5% on Sort-of-ARC" over "3.0% on ARC-AGI-1-Eval"). Only corrects: without such a
    # sentence, or when it fails the gates, the draft stays
    for asks, gives, missed in ((asks_how_well, gives_score, "gave no score of how well"),
                                (asks_how_changed, states_change, "said nothing of how it changed")):
        if asks(question) and (kept := _quote_best(chain, turn, question, checked, numbers, gives)) is not None:
            turn.notes.append(f"the first answer {missed} ({text!r}); quoted the best-matching sentence that says it")
            checked = kept
    if asks_how_well(question) and (kept := _score_of_what_is_asked(chain, turn, question, checked, numbers)) is not None:
        turn.notes.append(f"the first answer gave a score of something else ({text!r}); quoted the best-matching sentence "
                          "that scores what is asked")
        checked = kept
    if checked.withheld and expects:
        # not supported ("458 lemmas" where the abstract says 258, "LGBTOSa is the best model" where it
        # says SloBERTa): once more, only copying a sentence that has what is asked for and names the
        # thing asked (supported by construction)
        focus = coverage.question_focus(question)
        options = [(sent, n) for sent, n in candidates(chain, turn, question, expects, own_study(turn, question, numbers))
                   if not focus.words or not coverage.not_covered(focus, sent)]
        # the sentence the draft garbled is the one closest to it ("LGBTOSa is the best model on
        # Governance" for "… SloBERTa is the best model on Governance …"): offered first
        options = closest_to(chain, turn, " ".join(c.text for c in checked.claims), options)
        again = ask_again(chain, turn, "answer_missing", question, context, options, expects=expects) if options else None
        if again is not None and not again.withheld and provides(expects, " ".join(c.text for c in again.claims), question, turn.text):
            turn.notes.append(f"the first answer was not supported by its abstract ({text!r}); asked again for a sentence that is")
            checked = again
    elif checked.withheld and (focus := coverage.question_focus(question)).words:
        # the same for a question that asks for no number, name or link but names what it asks for ("Which feature
        # was most influential in the anomalies …?" drafted as an F1 figure merged from two sentences, fresh64-07):
        # only the sentences that name it, the one closest to the garbled draft first, of the abstracts at least as much
        # about the question as the one the draft cited (`as_close`: not a neighbour's "sequence" for a question on
        # the Gregorian-chant model's error rate, fresh46-21)
        cited = sorted({n for c in checked.claims for n in c.cited})
        ranked = sentences_of(chain, turn, question, set(as_close(chain, turn, question, cited, numbers)), limit=10_000)
        options = closest_to(chain, turn, " ".join(c.text for c in checked.claims),
                             [(sent, n) for sent, n in ranked if not coverage.not_covered(focus, sent)][:MAX_OPTIONS])
        again = ask_again(chain, turn, "answer_again", question, context, options) if options else None
        if again is not None and not again.withheld and again.claims \
                and not coverage.not_covered(focus, " ".join(c.text for c in again.claims)):
            turn.notes.append(f"the first answer was not supported by its abstract ({text!r}); asked again from the sentences "
                              "that name what it asks for")
            checked = again
    # "Which model did best in the study …?" answered with what was compared, not who won (fresh51-12, after a
    # retry): the cited abstracts' best-matching sentence that names a winner, like the how-well rule above
    # (the sentences the draft shows must name it: "ChatGPT, Claude, and Gemini were the best-performing one when …" echoed
    # the question over a sentence that only lists the models tested, fresh114-02)
    # ... and, when the question names the measure the winner is best at, name it too: "YOLO models outperformed RT-DETR
    # models in terms of both detection accuracy and inference" is no answer to "Which detector achieves the best mAP@0.5
    # …?" when "the YOLOv12m model achieves the best mAP@0.5 of 95.1%" is the abstract's (fresh120-02)
    measure = metric_named(question)

    def names_winner(sent: str) -> bool:
        return states_best(sent) and (not measure or re.search(rf"(?<![\w]){re.escape(measure)}", sent, re.I) is not None)

    if asks_best(question) and (kept := _quote_best(chain, turn, question, checked, numbers, names_winner, quoted=True)) is not None:
        turn.notes.append(f"the answer named no winner ({' '.join(c.text for c in checked.claims)!r}); quoted the best-matching sentence that does")
        checked = kept
    # "What is EVOKE?": the abstract's own sentence that names it says what it is ("we propose the EVOKE benchmark to
    # evaluate LMMs' ability to inject …"); the small model's one-line definition bent it ("EVOKE is a comprehensive
    # evaluation of … in LLMs"). Only corrects: a draft that quotes such a sentence stands
    if asks_definition(question) and (coined := coverage.coined_names(question)):
        naming = {sent for n in (numbers or turn.relevant) for sent in turn.evidence.sentences.get(n, [])
                  if any(_introduces(sent, x) for x in coined)}
        drafted = " ".join(c.text for c in checked.claims).strip()
        # (also when the draft was withheld)
        if naming and drafted not in naming and \
                (kept := _quote_best_of(chain, turn, question, numbers, numbers, lambda sent: sent in naming)) is not None:
            turn.notes.append(f"the answer defined {', '.join(coined)} in its own words ({text!r}); quoted the abstract's sentence that introduces it")
            checked = kept
    # what the answer will show: a draft that puts one sentence's figures in its own words is shown as that sentence
    # ("an accuracy of around 47%" as "… an average 47% reduction in WER …", fresh86-22), so that is what must answer
    drafted = figures_shown(turn, checked.claims)
    if expects and not provides(expects, drafted, question, turn.text, described(turn, checked.claims)):
        # the draft found the study and missed the detail: that study's sentences first, then those of
        # abstracts at least as much about the question (`as_close`), never a neighbour's
        cited = sorted({n for c in checked.claims for n in c.cited if not numbers or n in numbers})
        options = candidates(chain, turn, question, expects, cited) if cited else []
        # a neighbour never answers for a study the question names: "How long a protein sequence can AgentPLM
        # handle?" must not be answered with PPI2Text's "351k-pair corpus" (fresh56-22) when AgentPLM's abstract
        # gives no length
        near = [n for n in as_close(chain, turn, question, cited, numbers) if not named or n in named]
        if not options and near:
            options = candidates(chain, turn, question, expects, near)
        if asks_best(question):
            # "Which fine-tuned model achieves the highest translation adequacy …?": the sentence that names the winner
            # ("… with mBART-50 achieving the highest translation adequacy"), not the first with any name ("… based on
            # the Transformer architecture", fresh60-03), when one does
            options = [o for o in options if states_best(o[0])] or options
        if options:
            again = ask_again(chain, turn, "answer_missing", question, context, options, expects=expects)
            if again is None or not provides(expects, figures_shown(turn, again.claims), question, turn.text,
                                             described(turn, again.claims)):
                return f"the answer does not give the {EXPECT_WORDS[expects]} the question asks for, so it was withheld: {text!r}"
            turn.notes.append(f"the first answer gave no {EXPECT_WORDS[expects]} ({text!r}); asked again for a sentence that does")
            checked = again
        elif not (expects == "link" and names_host(drafted)):  # "the code is on GitHub", no abstract has the link: kept
            return f"the question asks for a {EXPECT_WORDS[expects]}, and no relevant abstract gives one"
    if expects == "name" or (not expects and _WHICH.match(question)):
        checked = _name_of_what_is_asked(chain, turn, question, checked, numbers, text, expects)
    if expects == "name":
        checked = _names_as_many(chain, turn, question, context, checked, text)
        checked = _name_with_number(chain, turn, question, context, checked, text)
    if expects == "number":
        checked = _number_of_focus(chain, turn, question, context, checked, text)
        counted = _count_of_focus(chain, turn, question, context, checked, text, numbers)
        if isinstance(counted, str):
            return counted
        checked = _setting_of_question(chain, turn, question, context, counted, text)
        checked = _count_as_asked(chain, turn, question, context, checked, text)
    if checked.withheld:
        return f"{checked.withheld}: {text!r}"
    kept = keep_supported(chain, turn, question, checked, numbers)
    return ask_covering(chain, turn, question, expects, context, checked, numbers, why=kept) if isinstance(kept, str) else kept


def focus_unmentioned(turn: Turn, focus: coverage.Focus, numbers: list[int]) -> list[str]:
    """The focus check: the words of what is asked that the given sources never mention, in their titles or texts."""
    by_number = {src.number: src for src in turn.sources}
    return coverage.uncovered(focus, [f"{by_number[n].title} {by_number[n].text}" for n in numbers])


def as_close(chain: AnswerChain, turn: Turn, question: str, cited: list[int], numbers: list[int] | None) -> list[int]:
    """The sources (of `numbers`, default all relevant) that hold as much of the question's rare terms
    as the best of the cited ones: when the abstract a draft found lacks the detail asked for, an
    abstract less about the question is a neighbour, not a better source ("Which two datasets was
    Top2Pano evaluated on?" must not be answered with a panorama neighbour's "Stanford2D3D")."""
    pool = list(numbers or turn.relevant)
    if not cited:
        return pool
    by_number = {src.number: src for src in turn.sources}
    shares = chain.term_shares(in_context(turn.question, question), [by_number[n] for n in {*pool, *cited}])
    floor = max(shares[n] for n in cited)
    return [n for n in pool if shares[n] >= floor]


def described(turn: Turn, claims: list[Claim]) -> str:
    """The abstracts the claims cite, where the names they use are introduced ("SpiritRAG, an
    interactive Q&A system"): what `provides` reads to tell what kind of thing a name is."""
    return "\n".join(turn.evidence.text(n) for n in sorted({n for c in claims for n in c.cited}) if n in turn.evidence.by_number)


def ask_covering(chain: AnswerChain, turn: Turn, question: str, expects: Expect, context: str, checked: Checked,
                 numbers: list[int] | None, why: str) -> Checked | str:
    """A draft withheld as a related study's (`why`), while another relevant abstract holds the
    question's terms (fresh23-15: the role-confusion study's "61%" for the ICON defence's attack
    success rate): once more, only from that abstract's sentences; for "how many X" only those that
    count X, the check the first draft went through (fresh23-21: "4,870 queries" is no count of
    travel experts). `why` stands when there is no such abstract or the second answer fails too."""
    other = better_covered(chain, turn, question, checked, numbers)
    if other is None:
        return why
    focus = coverage.question_focus(question)
    # the focus check a first draft goes through: an abstract that never mentions the measure asked for answers nothing
    # (fresh108-19, "How much speedup does …?", was answered from the MoE routing abstract's "0.51%" and
    # "20%-30% total running time savings": it holds the question's other terms, never a speedup). A name is exempt:
    # "Which instruction-tuned language model does …?" is answered by "Qwen2.5-3B-Instruct" (fresh83-04), the kind unsaid
    if chain.settings.focus_check and expects != "name" and focus_unmentioned(turn, focus, [other]):
        return why
    options = [(sent, n) for sent, n in (candidates(chain, turn, question, expects, [other]) if expects
                                         else sentences_of(chain, turn, question, {other}))
               if not is_count(question) or not focus.words or _names_focus(focus, question, sent)]
    if expects == "number":
        # the check `_number_of_focus` gives a first draft, here before the ask: "What macro-F1 does the
        # LPBF system report?" must not be answered with that abstract's "27 known LPBF defect types"
        # when its "macro-average F1 score of 0.808" is there (fresh41-16); only a preference, never a refusal
        asked = asked_focus(question)
        naming = [(sent, n) for sent, n in options if asked.words and not coverage.not_covered(asked, sent)]
        options = naming or options
    again = ask_again(chain, turn, "answer_missing" if expects else "answer_again", question, context, options,
                      expects=expects) if options else None
    if again is None or again.withheld or not again.claims or \
            (expects and not provides(expects, " ".join(c.text for c in again.claims), question, turn.text, described(turn, again.claims))):
        return why
    kept = keep_supported(chain, turn, question, again, numbers)
    if isinstance(kept, str):
        return why
    turn.notes.append(f"the first answer was withheld ({why}); asked again from [{other}], which holds the question's terms")
    return kept


def better_covered(chain: AnswerChain, turn: Turn, question: str, checked: Checked, numbers: list[int] | None) -> int | None:
    """The relevant abstract, not cited by the draft, that holds the most of the question's rare
    terms, when it holds enough (ASSISTANT_MIN_COVERAGE) and more than the cited ones; else None."""
    if chain.settings.min_coverage <= 0:
        return None
    by_number = {src.number: src for src in turn.sources}
    cited = {n for c in checked.claims for n in c.cited if n in by_number}
    relevant = [by_number[n] for n in (numbers or turn.relevant) if n in by_number]
    shares = chain.term_shares(in_context(turn.question, question), [*relevant, *(by_number[n] for n in sorted(cited))])
    others = [src.number for src in relevant if src.number not in cited]
    if not others:
        return None
    best = max(others, key=lambda n: shares[n])
    cited_share = max((shares[n] for n in cited), default=0.0)
    return best if shares[best] >= chain.settings.min_coverage and shares[best] > cited_share else None


def _number_of_focus(chain: AnswerChain, turn: Turn, question: str, context: str, checked: Checked, text: str) -> Checked:
    """'What accuracy do Video-LLMs reach on HERBench?' answered with the abstract's MRFS figures:
    a number, but not of the thing asked for. When the cited abstracts hold a sentence with a
    number that does name it ("accuracies of 31-42%"), the model may only copy one of those.
    Otherwise, or when that fails, the draft stays as it was: this only corrects, never refuses."""
    # "On the benchmark drawn from 1,805 scenes, what accuracy does …": what is asked follows the lead
    # clause (read after it here only: this check never refuses, the gates keep their reading)
    focus = asked_focus(question)
    if not focus.words and (metric := metric_asked(question)):
        focus = coverage.Focus((metric,), object_phrase=True)  # "how high does the correlation … get"
    if not focus.words or not coverage.not_covered(focus, " ".join(c.text for c in checked.claims)):
        return checked
    cited = sorted({n for c in checked.claims for n in c.cited})
    # for "how many X", only a sentence that counts X: "31.5 % higher AUROC when detecting OOD ink"
    # mentions detection, it counts no detectors
    def named(f: coverage.Focus) -> list[tuple[str, int]]:
        return [(fence(sent), n) for n in cited for sent in turn.evidence.sentences.get(n, [])
                if _names_focus(f, question, sent) and provides("number", sent, question, turn.text)]

    asked = " ".join(focus.words)
    focus, options = _found_or_people(chain, question, focus, named)
    # a sentence that names the metric but not what the question measures it of is no better answer: "What accuracy did
    # Random Forest reach in WISE-HAR after data augmentation?" was drafted from "Data augmentation improved Random Forest
    # performance from 60% to 95%." and then answered with the ensemble's "minimal accuracy drops of only 1.37%"
    # (fresh86-06). When the draft holds some of the question's other words (after a lead clause: those of "On the
    # benchmark drawn from 1,805 scenes, …" describe the study, not what is measured), the retry may only copy a sentence
    # that holds one too ("… where redroot pigweed constitutes 53.86% of annotated instances" still answers fresh80-06)
    others = set(tokenize([after_lead(question)])[0]) - set(tokenize([asked])[0])
    if others & set(tokenize([" ".join(c.text for c in checked.claims)])[0]):
        options = [o for o in options if others & set(tokenize([o[0]])[0])]
    if not options:
        return checked
    again = ask_again(chain, turn, "answer_missing", question, context, options, expects="number")
    if (again is None or again.withheld or coverage.not_covered(focus, " ".join(c.text for c in again.claims))
            or not provides("number", " ".join(c.text for c in again.claims), question, turn.text)):
        return checked
    turn.notes.append(f"the first answer gave a number of something else than {asked!r} ({text!r}); "
                      "asked again for a sentence that names it")
    return again


# The small model is unsure even of plain cases ("mothers" 0.495, "women" 0.49, "readers" 0.61,
# "users" 0.75 Yes) but keeps things lower ("locations" 0.39, "robots" 0.40, "GPUs" 0.22): 13 person
# nouns measured 0.45-0.81, 9 others 0.22-0.40, with prompts/people*.md.
PEOPLE_LEAN = 0.45


def as_people(chain: AnswerChain, question: str, focus: coverage.Focus) -> coverage.Focus | None:
    """For "how many X" where X are people ("mothers", "readers"), the focus widened to a study's
    generic words for its people ("6500 participants"; `coverage.PEOPLE`); None when X are not
    people. Whether they are, the LLM tells, once per word (one Yes/No choice). Asked only once no
    sentence counts X as written, so most questions never pay for it."""
    if not is_count(question) or not focus.words:
        return None
    if set(focus.words) & set(coverage.PEOPLE):
        return coverage.or_people(focus)
    noun = coverage.counted_noun(focus)
    if noun not in chain.people:
        messages = choice_prompt("people", chain.settings.prompts_dir).format_messages(noun=noun)
        chain.people[noun] = chain.llm.option_probs(messages, ("Yes", "No"))["Yes"] >= PEOPLE_LEAN
    return coverage.or_people(focus) if chain.people[noun] else None


def _found_or_people(chain: AnswerChain, question: str, focus: coverage.Focus,
                     find: Callable[[coverage.Focus], list[tuple[str, int]]]) -> tuple[coverage.Focus, list[tuple[str, int]]]:
    """The sentences `find` gives for the focus; when there are none and the question counts people,
    those it gives for the focus widened to them (`as_people`), with that focus."""
    options = find(focus)
    people = None if options else as_people(chain, question, focus)
    return (people, find(people)) if people is not None else (focus, options)


def _names_focus(focus: coverage.Focus, question: str, sent: str) -> bool:
    """The sentence names what the question asks for and, for "how many X", counts X."""
    return not coverage.not_covered(focus, sent) and (not is_count(question) or coverage.counts(focus, sent))


def _count_of_focus(chain: AnswerChain, turn: Turn, question: str, context: str, checked: Checked, text: str,
                    numbers: list[int] | None) -> Checked | str:
    """'How many distinct tables are in MirageTVQA?' answered with its 60,000 QA pairs: a number,
    but no count of tables. The answer must put a number next to the thing counted ("402 table
    images"). When no relevant abstract has such a sentence, the abstracts do not say: refused.
    When one does, the model may only copy one of those; if that fails the draft stays."""
    if not is_count(question):
        return checked
    focus = coverage.question_focus(question)
    # "For the object dataset captured under controlled light, how many objects were photographed?": read after
    # its leading phrase, the question counts objects ("9M images" counts none); that reading only corrects
    corrects_only = not (focus.words or focus.anything) and bool((after := asked_focus(question)).words)
    if corrects_only:
        focus = after
    asked = " ".join(focus.words) or "items"
    ev = turn.evidence
    drafted = " ".join(c.text for c in checked.claims)
    if not coverage.counts(focus, drafted) and coverage.counts_people(drafted):
        focus = as_people(chain, question, focus) or focus  # "6500 participants" for "how many mothers"
    pool, own_only = list(numbers or turn.relevant), False  # where the count may come from; only the cited abstract?
    other = ""  # a word of the question that the sentence the draft shows gives the draft's count to
    if coverage.counts(focus, drafted):
        # ... and the number must be the one the abstract puts there: "22,343 stories" drafted from
        # "895 stories … and 22,343 labeled belief propositions" counts the wrong thing
        said = coverage.counted(focus, drafted)
        held = {x for c in checked.claims for n in c.cited for sent in ev.sentences.get(n, []) for x in coverage.counted(focus, sent)}
        # a count the question gives is its context, not its answer: "how many affine correspondences does
        # the solver need, given that the earlier one required 20 point correspondences?"
        held -= coverage.counted(focus, question)
        cited = sorted({n for c in checked.claims for n in c.cited})
        # the answer shows the sentence that holds a draft's figures (`whole_sentences`): when that sentence gives the
        # draft's count to another thing the question names, the draft relabelled it ("2 participants took part in
        # the experiments", drafted from "… two controlled human-subject experiments …", fresh70-21)
        shown = " ".join(shown_text(turn, c) for c in checked.claims)
        other = coverage.counted_instead(question, focus, shown, said)
        if said and not said & held and other:
            why = f"counted {asked!r} as {', '.join(sorted(said))}, which the sentence it shows counts of {other!r}"
            pool, own_only = cited, True
        elif said and not held and any(coverage.counts_another(focus, sent, said) for n in cited for sent in ev.sentences.get(n, [])):
            # the count is the abstract's number of something else, next to the thing asked for: only that
            # abstract may still give the count ("31 teachers" of a neighbour is another study's, fresh56-21)
            why = f"counted {asked!r} as {', '.join(sorted(said))}, a number its abstract gives to something else"
            pool, own_only = cited, True
        elif said and not held and not coverage.counts(focus, shown) and said & coverage.numbers_in(shown) \
                and _counts_a_word(shown, said):
            # "3 videos are in the high-quality dataset curated for DreaMontage" drafted from "… through three primary
            # dimensions" (fresh106-22): the abstract counts no such thing, and the sentence the answer shows gives
            # the draft's count to something else
            why = f"counted {asked!r} as {', '.join(sorted(said))}, which the sentence it shows counts of something else"
            pool, own_only = cited, True
        elif not said or not held or said & held:
            return checked
        else:
            why = f"counted {asked!r} as {', '.join(sorted(said))}, where the abstract says {', '.join(sorted(held))}"
    else:
        why = f"gave no count of {asked!r}"

    def counting(f: coverage.Focus) -> list[tuple[str, int]]:
        # (not a sentence whose every count of the focus counts that other word: "two … human-subject experiments")
        return [(fence(sent), n) for n in pool for sent in ev.sentences.get(n, []) if coverage.counts(f, sent)
                and not (other and coverage.counted(f, sent) <= coverage.counted_before(other, sent, frozenset(f.words)))]

    focus, options = _found_or_people(chain, question, focus, counting)
    if not options and corrects_only:
        return checked
    if not options:
        where = "the abstract the draft cites never gives" if own_only else "no relevant abstract gives"
        return f"the question asks how many {asked}, and {where} that count, so the draft was withheld: {text!r}"
    return _ask_copying(chain, turn, question, context, options, checked, lambda said: coverage.counts(focus, said),
                           f"the first answer {why} ({text!r}); asked again for a sentence that counts it")


def _counts_a_word(text: str, said: set[str]) -> bool:
    """Does the text put one of the counts `said` before a lower-case word ("three primary dimensions"), not before an
    abbreviation that may stand for the thing asked ("7 ACs" for "affine correspondences", fresh48-07)?"""
    forms = {f for x in said for f in (x, NUMBER_WORDS.get(x, ""), f"{int(x):,}" if x.isdigit() else "") if f}
    return any(re.search(rf"(?<![\w.,])(?i:{re.escape(f)})(?![\w.,])\s+[a-z]", text) for f in forms)


def _ask_copying(chain: AnswerChain, turn: Turn, question: str, context: str, options: list[tuple[str, int]],
                    checked: Checked, holds: Callable[[str], bool], note: str, expects: Expect = "number") -> Checked:
    """Ask again, copying one of `options`, for a number (or names) the draft got wrong; the new answer
    replaces the draft only when what it says `holds` (then `note` says why). Only corrects: else the draft stays."""
    again = ask_again(chain, turn, "answer_missing", question, context, options, expects=expects)
    if again is None or again.withheld or not holds(" ".join(c.text for c in again.claims)):
        return checked
    turn.notes.append(note)
    return again


def _copy_from_cited(chain: AnswerChain, turn: Turn, question: str, context: str, checked: Checked,
                     holds: Callable[[str, int | None], bool], note: str, expects: Expect = "number") -> Checked:
    """`_ask_copying` with the sentences of the draft's cited abstracts for which `holds(sentence, n)` as the
    options; the draft stays when there are none."""
    cited = sorted({n for c in checked.claims for n in c.cited})
    options = [(fence(sent), n) for n in cited for sent in turn.evidence.sentences.get(n, []) if holds(sent, n)]
    if not options:
        return checked
    return _ask_copying(chain, turn, question, context, options, checked, lambda said: holds(said, None), note, expects)


def _names_as_many(chain: AnswerChain, turn: Turn, question: str, context: str, checked: Checked, text: str) -> Checked:
    """'Which four transformer models were combined …?' answered with one name ("MSA's winning system
    for the BAREC 2025 Shared Task"), when the cited abstract has a sentence naming several ("four
    complementary transformer models (AraBERTv2, AraELECTRA, MARBERT, and CAMeLBERT)"): asked again
    for such a sentence. Only corrects: when none names several, or the new answer does not, the draft stays."""
    if not asks_several(question) or not checked.claims:
        return checked
    ev = turn.evidence

    def several(said: str, n: int | None = None) -> bool:
        return len(answer_names(said, question, turn.text, ev.text(n) if n is not None else described(turn, checked.claims))) >= 2

    shown = [sent for c in checked.claims for _, sent in shown_as(turn, c) if sent] or [c.text for c in checked.claims]
    if several(" ".join(shown)):
        return checked
    return _copy_from_cited(chain, turn, question, context, checked, several,
                            f"the first answer named fewer things than the question asks for ({text!r}); "
                            "asked again for a sentence that names them", expects="name")


def _name_with_number(chain: AnswerChain, turn: Turn, question: str, context: str, checked: Checked, text: str) -> Checked:
    """'Which LLM was most reliable, and with what Cohen's kappa, in …?' answered with a sentence listing
    the three LLMs compared: names, and no kappa. When a cited abstract has a sentence giving a name and
    the figure asked ("Gemini achieves highest reliability (κ = 0.907 …)"), asked again for it. Only corrects."""
    also = also_asked(question)
    if not checked.claims or expected_answer(also) != "number":
        return checked
    metric = coverage.Focus((m,), object_phrase=True) if (m := metric_asked(also)) else None
    ev = turn.evidence

    def both(sent: str, n: int | None = None) -> bool:
        described_in = ev.text(n) if n is not None else described(turn, checked.claims)
        return (provides("number", sent, question, turn.text) and (metric is None or not coverage.not_covered(metric, sent))
                and provides("name", sent, question, turn.text, described_in))

    if both(" ".join(c.text for c in checked.claims)):
        return checked
    return _copy_from_cited(chain, turn, question, context, checked, both,
                            f"the first answer did not give the figure the question also asks for ({text!r}); "
                            "asked again for a sentence that gives it with the name", expects="name")


def _count_as_asked(chain: AnswerChain, turn: Turn, question: str, context: str, checked: Checked, text: str) -> Checked:
    """'How many samples are in the dataset …?' answered with "a curated bank of 76,953 entities": any
    size answers "how many samples" (a dataset's samples are whatever it holds), but when the cited
    abstract counts the very word asked ("a large-scale dataset of 99,094 samples") the model may
    only copy such a sentence. So for "how many images of blunt objects" answered with the abstract's
    7,959 images of all kinds, when it also counts "336 labeled images of blunt objects". Only
    corrects: when that fails the draft stays."""
    if not is_count(question) or not checked.claims:
        return checked
    focus = asked_focus(question)
    phrase = coverage.counted_phrase(question)
    if focus.anything and focus.literal:
        exact = coverage.Focus(focus.literal, object_phrase=True)
        asked = " ".join(focus.literal)

        def holds(said: str) -> bool:
            return coverage.counts(exact, said)
    elif focus.words and phrase is not None:
        match = phrase.search(question)
        asked = match.group(0) if match else " ".join(focus.words)

        def holds(said: str) -> bool:  # in one sentence: the count and what it counts
            return any(coverage.counts(focus, x) and phrase.search(x) for x in split_sentences(said) or [said])
    else:
        return checked
    # what the answer will show: the model's own words may say "7,959 images of blunt objects" where the
    # sentence it took them from (shown instead) counts images of all kinds
    shown = [sent for c in checked.claims for _, sent in shown_as(turn, c) if sent] or [c.text for c in checked.claims]
    if holds(" ".join(shown)):
        return checked
    return _copy_from_cited(chain, turn, question, context, checked, lambda said, _n: holds(said),
                            f"the first answer gave no count of {asked!r} ({text!r}), which its "
                            "abstract gives; asked again for that sentence")


PARALLEL = 0.7  # a sentence this similar to the draft says the same of another setting (DDT's two: 0.84; others ≤ 0.3)


def _setting_of_question(chain: AnswerChain, turn: Turn, question: str, context: str, checked: Checked, text: str) -> Checked:
    """'What FID does DDT-XL/2 reach on ImageNet at 512×512?' answered with the abstract's sentence
    about 256×256: the figures the question sets (a resolution, a model size, a year) must be the
    answer's too, when a sentence of the cited abstract holds them and a figure of its own. Only
    corrects: when no such sentence exists, or the model does not copy it, the draft stays."""
    asked = quantities(question, ordinals=False)
    if not asked or not checked.claims:
        return checked
    missing = asked - quantities(" ".join(c.text for c in checked.claims), ordinals=False)
    if not missing:
        return checked
    cited = sorted({n for c in checked.claims for n in c.cited})
    focus = coverage.question_focus(question)  # and the sentence names what is asked ("FID"), when the question does
    ev = turn.evidence
    found = [(n, j) for n in cited for j, sent in enumerate(ev.sentences.get(n, []))
             if missing <= (held := quantities(sent, ordinals=False)) and held - asked
             and not (focus.words and coverage.not_covered(focus, sent))]
    if not found:
        return checked
    # ... and says what the draft says, of the question's setting ("For ImageNet 512×512, our DDT-XL/2
    # achieves …" beside "For ImageNet 256×256, …"): not another sentence that happens to name the
    # question's figures ("an efficient 560-billion-parameter model" where the question says 560B)
    drafted = chain.embedder.encode_documents([c.text for c in checked.claims])
    # or, for "how many X", counts X beside the question's figures ("… a DUIK humanoid walk cycle from 12,684 samples to
    # 540 keys" for "how many keys were left for the walk cycle that started from 12,684 samples?", fresh42-01)
    counting = asked_focus(question) if is_count(question) else coverage.Focus()
    options = [(fence(ev.sentences[n][j]), n) for n, j in found if float((drafted @ ev.vectors[n][j]).max()) >= PARALLEL
               or (counting.words and coverage.counts(counting, ev.sentences[n][j]))]
    if not options:
        return checked
    return _ask_copying(chain, turn, question, context, options, checked,
                           lambda said: missing <= quantities(said, ordinals=False),
                           f"the first answer did not hold the question's {', '.join(sorted(missing))} ({text!r}); "
                           "asked again for the sentence that does")


def own_study(turn: Turn, question: str, numbers: list[int] | None) -> list[int] | None:
    """The sources (of `numbers`, default all relevant) that name the study the question is about, the name right after
    its verb ("What word error rate does FunAudio-ASR achieve on LibriSpeech?"), when some do; else `numbers`. After an
    unsupported draft, "FunAudio-ASR achieves 31.8% …", the sentence asked for again came from PAC's abstract, the one
    that names LibriSpeech (fresh112-22): no abstract names both, so `coverage.named_sources` picks out none."""
    pool = list(numbers or turn.relevant)
    subject = subject_of(question, strict=True)
    if not subject and re.search(r"[\d-]", later := subject_of(question)) and len(later) >= 4:
        # a coined name further on, with a digit or hyphen: "How many GPUs were used to train GAIA-2?" was answered with
        # FastCuRL's "8 GPUs" (fresh115-21); not "CT" or "ViT", which describe the study asked about
        subject = later
    # a coined name ("FunAudio-ASR", "MuSS", "RODS"), not a capitalised word ("Bayesian", "Open") or a field's word
    if not subject or sum(c.isupper() for c in subject) < 2 or subject.split("-")[0] in coverage.FIELD_ACRONYMS:
        return numbers
    own = [n for n in pool if coverage.mentions_subject(turn.evidence.text(n), subject)]  # (its title with its text)
    return own if own and len(own) < len(pool) else numbers


def keep_supported(chain: AnswerChain, turn: Turn, question: str, checked: Checked,
                   numbers: list[int] | None = None) -> Checked | str:
    """Only supported sentences are shown, and the cited abstracts must be the study the question
    is about."""
    s = chain.settings
    turn.notes.extend(checked.notes)
    kept = [c for c in checked.claims if any(c.supported_by(n, s.min_support) for n in c.cited)]
    if len(kept) < len(checked.claims):
        turn.notes.append(f"{len(checked.claims) - len(kept)} unsupported sentence(s) left out of the answer")
    if not kept:
        return "no sentence of the draft is supported by the abstracts"
    by_number = {src.number: src for src in turn.sources}
    cited = sorted({n for c in kept for n in c.cited})
    asked = in_context(turn.question, question)
    gap = chain.coverage_gap(asked, [by_number[n] for n in cited])
    if gap:
        return gap + ", so the draft was withheld"
    neighbour = chain.neighbour_gap(asked, [by_number[n] for n in cited], [by_number[n] for n in (numbers or turn.relevant)])
    if neighbour:
        return neighbour + ", so the draft was withheld"
    return Checked(kept, grounded=True)


def candidates(chain: AnswerChain, turn: Turn, question: str, expects: Expect,
               numbers: list[int] | None = None) -> list[tuple[str, int]]:
    """Sentences of the relevant sources that hold what the question asks for, closest first.
    For one part of a multi-part question, a sentence closer to another part is left to that part
    (offered, the small model picks it for both; measured on the tune set), unless no other
    sentence qualifies."""
    ev = turn.evidence
    parts = list(turn.question.parts) if question in turn.question.parts else []
    vectors = chain.embedder.encode_queries(parts) if parts else None
    own = parts.index(question) if parts else 0
    mine, theirs = [], []
    # "how many X": sentences that count X first ("258 lemmas and theorems", not "a two-stage orchestrator")
    focus = coverage.question_focus(question) if expects == "number" and is_count(question) else None
    for n in numbers or turn.relevant:
        sims = ev.vectors[n] @ vectors.T if vectors is not None else ev.question_sims[n][:, None]
        described = ev.text(n) if expects == "name" else ""  # where the sentence's names are introduced
        for j, sent in enumerate(ev.sentences[n]):
            if provides(expects, sent, question, turn.text, described):
                rank = 0 if focus is None or coverage.counts(focus, sent) else 1
                (mine if sims[j, own] >= sims[j].max() else theirs).append((rank, -float(sims[j, own]), n, fence(sent)))
    chosen = sorted(mine or theirs)
    if chosen and chosen[0][0] == 0:  # sentences that count the thing asked: only those
        chosen = [c for c in chosen if c[0] == 0]
    return [(sent, n) for _, _, n, sent in chosen[:MAX_OPTIONS]]


def closest_to(chain: AnswerChain, turn: Turn, text: str, options: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """`options` (fenced sentences of the sources) ordered by their similarity to `text`."""
    if len(options) < 2 or not text:
        return options
    vec = chain.embedder.encode_documents([text])[0]
    ev = turn.evidence

    def similarity(option: tuple[str, int]) -> float:
        sent, n = option
        fenced = [fence(x) for x in ev.sentences.get(n, [])]
        return float(ev.vectors[n][fenced.index(sent)] @ vec) if sent in fenced else -1.0

    return sorted(options, key=lambda o: -similarity(o))


def sentences_of(chain: AnswerChain, turn: Turn, question: str, numbers: set[int], limit: int = MAX_OPTIONS) -> list[tuple[str, int]]:
    """The sentences of some sources, closest to the question first (choice options). A sentence with a
    link answers only a question that asks for one ("The source code will be publicly released at
    https://…" was the small model's pick for "Which component of M²-Occ recovers the missing views?")."""
    ev = turn.evidence
    sims = chain.sentence_sims(turn, question, numbers)
    linked = expected_answer(question) == "link"
    ranked = sorted((-float(sims[n][j]), n, j) for n in sims for j in range(len(ev.sentences[n]))
                    if linked or not gives_link(ev.sentences[n][j]))
    return [(fence(ev.sentences[n][j]), n) for _, n, j in ranked[:limit]]


def ask_again(chain: AnswerChain, turn: Turn, template: str, question: str, context: str,
              options: list[tuple[str, int]], expects: Expect = "") -> Checked | None:
    """Ask once more under a narrower instruction; with a grammar the model may only copy one of
    `options`. The prompt prefix is unchanged, so llama.cpp reads only the new instruction."""
    grammar = choice_grammar(options[:MAX_OPTIONS]) if options and chain.llm.caps.grammar else None
    asked = f"{question} (The answer must give the {EXPECT_WORDS.get(expects, expects)}.)" if template == "answer_missing" else question
    text = generate(chain, turn, template, asked, context, grammar)
    claims = claims_of(text, len(turn.sources))
    if not claims:
        return None
    return verify(chain, turn, claims, question)


def synthesis(chain: AnswerChain, turn: Turn, chosen: list[Source]) -> Answer | None:
    """A capable model's survey answer: up to five sentences over the relevant abstracts, each
    cited and verified. None when nothing it wrote holds up (the caller answers extractively)."""
    numbers = [src.number for src in chosen]
    context = chain.context(turn, turn.text, numbers)
    text = generate(chain, turn, "answer_survey", turn.text, context, answer_grammar(len(turn.sources), 5))
    claims = claims_of(text, len(turn.sources))
    if not claims:
        return None
    checked = verify(chain, turn, claims, turn.text)
    if checked.withheld:
        return None
    kept = [c for c in checked.claims if any(c.supported_by(n, chain.settings.min_support) for n in c.cited)]
    if not kept:
        return None
    turn.notes.extend(checked.notes)
    if len(kept) < len(checked.claims):
        turn.notes.append(f"{len(checked.claims) - len(kept)} unsupported sentence(s) left out of the answer")
    return chain.answer(turn, " ".join(c.rendered for c in kept), kept, grounded=True)
