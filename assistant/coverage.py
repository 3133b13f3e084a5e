"""Does an abstract mention what a question asks for?

"Which optimizer did the VQA counting paper use?" retrieves the VQA counting abstract with a high
similarity, and a small model then answers with a true sentence about counting. What gives the
question away is its focus, the thing asked for ("optimizer"): an abstract that never mentions it
cannot say which one. The focus is read by rule from wh-questions ("which X", "what X did",
"how many X"); definition questions ("what is X"), why/how questions and yes/no questions have none,
so they are never refused here."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .citations import NUMBER_WORDS, TENS_WORDS
from .lexical import stemmer

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
_AUX = {"is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "can", "could", "has", "have",
        "had", "will", "would", "should", "may", "might", "must", "shall"}
_STOP = {"of", "in", "on", "for", "to", "by", "with", "from", "about", "at", "into", "between", "over", "under",
         "than", "as", "that", "which", "who", "whom", "whose", "when", "where", "while", "and", "or", "the", "a",
         "an", "this", "these", "those", "its", "their", "there", "not", "most", "more", "best", "main", "other",
         "specific", "exact", "particular", "different", "new", "proposed", "s", "per",
         "up", "out", "down", "off"}  # verb particles: "how many tasks make up X" asks for tasks
_PARTICLES = {"up", "out", "down", "off"}
_PARTICIPLE = re.compile(r"[a-z]{3,}ed|written|given|known|shown|taken|made|seen|held|kept|run|built|chosen|drawn")
# Words that name the document, not the thing asked for ("which paper", "what study").
_GENERIC = {"paper", "papers", "abstract", "abstracts", "article", "articles", "study", "studies", "work", "works",
            "author", "authors", "publication", "publications", "research", "one", "ones", "thing", "things"}
_FUNCTION = {"what", "why", "how", "i", "we", "our", "they", "them", "it", "he", "she", "you", "is", "if", "so",
             "also", "both", "each", "all", "any", "some", "such", "very", "only", "no", "can", "then", "thus", "here"}
# the words of a question that name nothing a sentence could count ("how", "many", "the", "study")
_FUNCTION_WORDS = frozenset(_STOP | _AUX | _FUNCTION | _GENERIC | {"many", "much"})
# units of measure a number before a noun can measure it by ("20 minute sessions", "a 10 km route")
_MEASURES = frozenset("second minute hour day week month year decade meter metre kilometer kilometre km mile foot inch "
                      "cm mm kg gram page".split())
_KIND = {"kind", "kinds", "type", "types", "sort", "sorts", "form", "forms", "class", "classes", "category", "categories"}
# "What fraction of the visual tokens …" asks for a number of visual tokens: the answer says "5 %"
# and "what size of board" (or length, resolution) asks for a figure of the board: "a small 7 x 7 board"
_MEASURE = {"fraction", "proportion", "percentage", "percent", "share", "ratio", "number", "amount", "portion", "part",
            "majority", "size", "sizes", "length", "lengths", "resolution", "resolutions"}
_CHANGE = {"cut", "cuts", "reduction", "reductions", "saving", "savings", "gain", "gains", "improvement", "improvements",
           "increase", "increases", "decrease", "decreases", "drop", "drops", "boost", "rise"}
_OVER = {"margin", "margins", "gain", "gains", "improvement", "improvements", "advantage", "lead"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "these", "those", "this", "all"}
MAX_FOCUS_WORDS = 3
# a metric's kind that makes it another figure ("balanced accuracy", "macro F1", "weighted accuracy")
_METRIC_KINDS = frozenset({"balanced", "macro", "micro", "weighted"})
_MEASURE_HEADS = {"rate", "rates", "score", "scores", "ratio", "ratios", "value", "values", "level", "levels", "performance",
                  # a gain is mostly stated by a verb: "outperforms DataDream by 7.4%" ("improvement" and
                  # "reduction" stay: their verbs "improves", "reduces" name them)
                  "gain", "gains", "margin", "margins",  # "outperforming its baseline by 27.13%" is the margin
                  "saving", "savings", "cut", "cuts",  # "a 90% reduction in storage" is the saving
                  "range", "ranges"}  # "what AUROC range …": "0.60--0.86 AUROC" never says "range"
# "What explanation does the study give for …?": the answer explains; it need not say "explanation"
_ANSWER_HEADS = {"explanation", "explanations", "reason", "reasons", "insight", "insights", "conclusion", "conclusions",
                 "lesson", "lessons", "takeaway", "takeaways", "interpretation", "rationale", "intuition", "mechanism",
                 "mechanisms", "cause", "causes"}
# "Which YOLO version is it based on?" is answered by "based on YOLOv11": a version (variant, release) of a
# named thing is written as the name with a number, not with the word
_VERSION = {"version", "versions", "variant", "variants", "release", "releases", "edition", "editions"}
# "How many items does each contain?": a count of whatever the thing holds (9,720 questions, 4,870
# queries), named by the abstract, not by this word
_ANY_THING = {"item", "items", "entry", "entries", "element", "elements", "thing", "things", "instance", "instances",
              "sample", "samples", "example", "examples"}  # "how many samples": "80,000 annotated frames"
_LEADING = {"new", "main", "specific", "exact", "particular", "different", "proposed", "best", "other"}
# English at large (wordfreq's Zipf scale: log10 of uses per billion words): at or below TECHNICAL a
# word names a subject ("quantization" 2.5, "segmentation" 3.2); from COMMON up it is phrasing
# ("doubt" 4.9, "give" 5.7) and weighs ENGLISH_FLOOR of its idf; linear between.
TECHNICAL, COMMON, ENGLISH_FLOOR = 3.5, 5.0, 0.2
# A question word the collection never uses weighs at most this share of its rarest known term (times
# english_weight): "Can deep learning on retinal fundus photographs detect diabetic retinopathy?" over
# ML abstracts that never say "retina" or "diabetic" is about a subject the collection lacks. Chosen on
# the design sets' 658 questions (bench/qa): at 0.5 the best-covered abstract of the whole corpus falls
# below ASSISTANT_MIN_COVERAGE for 21 more unanswerable questions (most already refused another way)
# and no answerable question's gold abstract does (but for a survey's, which this gate does not judge);
# at 0.75 and 1.0, 3 and 4 do.
UNKNOWN_WEIGHT = 0.5
SUFFIX = 3  # "-ity" of "scarcity" after the stemmer: "scarc" ~ "scarciti"
PREFIX = 5  # "assumption" ~ "assuming", "optimizer" ~ "optimization"
# ... when the letters they share are most of the shorter word: "interviewees" is no "interactive",
# "multilingual" no "multimodal" (0.6 loses no gold abstract's coverage of the 212 answerable foci
# of the QA sets in bench/qa, and 26 of 2,702 corpus sentences that "covered" the unanswerable ones)
PREFIX_SHARE = 0.6


# A relative clause between commas (", which gathers a thousand figures,"; group 1 its body): it asks
# nothing, unless an auxiliary verb makes it a question. `questions.split_parts` does not split at one.
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|where|who|whose|whom)\b([^,?]{1,150}),", re.I)
_REQUEST = re.compile(r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)(?:tell|show|let)\s+me(?:\s+know)?\b|do\s+you\s+know\b")


@dataclass(frozen=True)
class Focus:
    """What a question asks for. `object_phrase` is True when an auxiliary verb closes the phrase
    ("Which optimizer did ..."): then it is a pure noun phrase whose last word is its head. Otherwise
    ("Which components make ...") the phrase may run into the main verb, which rules cannot tell
    from a noun."""

    words: tuple[str, ...] = ()
    object_phrase: bool = False
    conjunctive: bool = False  # "dataset and backbone": several things asked for, each its own head
    anything: bool = False  # "how many items": whatever the thing holds, so any count, but not a percentage
    literal: tuple[str, ...] = ()  # with `anything`: the word the question used ("samples")
    # with `conjunctive`: words of a conjunct that a conjunction or comma closes, before its last word:
    # they modify its head ("knowledge" of "knowledge items or image-text examples") and count nothing
    modifiers: tuple[str, ...] = ()
    kinds: bool = False  # "how many types of images": kinds of the thing are counted ("5 types of images")


# "which data sets were used …" asks for the "datasets" an abstract names (and the other way round)
_DATA_SETS = re.compile(r"\bdata[\s-]+(sets?)\b", re.I)


def one_word_data(text: str) -> str:
    return _DATA_SETS.sub(r"data\1", text)


@lru_cache(maxsize=1024)  # asked of the same question by several checks of one draft
def question_focus(question: str) -> Focus:
    """'Which optimizer did ...' -> optimizer; 'How many GPUs ...' -> gpus; 'Which kinds of corpora
    does ...' -> corpora; 'What is X?', 'Why ...', 'Which paper discusses X?' -> no focus."""
    question = one_word_data(question)
    # "On EpiCurveBench, which gathers a thousand figures, what score …": a relative clause asks nothing
    question = RELATIVE_CLAUSE.sub(lambda m: m.group(0) if _AUX & set(m.group(1).lower().split()) else ",", question)
    found = list(_WORD.finditer(question))
    words = [m.group(0).lower().strip("'") for m in found]
    # "Which generator polynomials, written in octal, define …": a participle after a comma opens an
    # aside, and the asked-for phrase ended before it
    aside = {i for i in range(1, len(found)) if "," in question[found[i - 1].end():found[i].start()]
             and _PARTICIPLE.fullmatch(words[i])}
    # "Could you tell me in which languages …", "Please tell me what …": the question follows the request
    request = _REQUEST.match(" ".join(words))
    if request:
        words = words[len(request.group(0).split()):]
    skipped = len(found) - len(words)  # the request's words, before `aside`'s positions
    start = None
    for i, w in enumerate(words[:4]):  # "In which dataset ...", "For what tasks ..."
        if w in ("which", "what"):
            start = i + 1
            break
        if w == "how" and i + 1 < len(words) and words[i + 1] in ("many", "much"):
            start = i + 2
            break
        if w == "name" and i + 1 < len(words) and words[i + 1] in _DETERMINERS:
            start = i + 2  # "Can you name the model that …": the model
            break
    if start is None or (start < len(words) and words[start - 1] == "much" and is_comparative(words[start])):
        return Focus()  # "How much faster is X?" asks for a number, not for a thing called "faster"
    if words[start - 1] == "many" and asks_ratio(" ".join(words[start - 2:])):
        return Focus()  # "How many times more energy …?" asks for a ratio ("4.33x"), not for a count of times
    if start >= 2 and words[start - 2] == "by" and start < len(words) and words[start] in ("factor", "margin"):
        return Focus()  # "By what factor does it speed up …?" asks for a number
    if words[start - 1] == "many" and _TOOK_PART.match(" ".join(words[start:start + 3])):
        # "How many took part in …", "how many were enrolled": a count of the study's people, however named
        return Focus(PEOPLE, conjunctive=True)
    if words[start:start + 3] in (["is", "the", "name"], ["are", "the", "names"], ["was", "the", "name"]) \
            and start + 3 < len(words) and words[start + 3] == "of":
        start += 4  # "What is the name of the metric …": the metric
        while start < len(words) and words[start] in _DETERMINERS:
            start += 1
    focus: list[str] = []
    modifiers: list[str] = []
    conjunct = 0  # where the current conjunct starts in `focus`
    i, closed, conjunctive, population, kinds = start, False, False, False, False
    version = ""
    while i < len(words) and len(focus) < MAX_FOCUS_WORDS:
        w = words[i]
        if not focus and not version and w in _VERSION and i + 1 < len(words) and words[i + 1] == "of":
            # "which version of YOLO" asks what "which YOLO version" does
            version, i = w, i + 2
            while i < len(words) and words[i] in _DETERMINERS:
                i += 1
            continue
        if w in _KIND and i + 1 < len(words) and words[i + 1] == "of":
            i += 2  # "kinds of corpora": the corpora are the focus
            kinds = kinds or not focus
            continue
        if not focus and (w in _CHANGE and i + 1 < len(words) and words[i + 1] == "in"
                          or w in _OVER and i + 1 < len(words) and words[i + 1] == "over"):
            # "what cut in energy consumption": the energy consumption is the focus, the cut a number;
            # "what margin over baselines": the baselines it beats
            i += 2
            while i < len(words) and words[i] in _DETERMINERS:
                i += 1
            continue
        if not focus and w in _MEASURE and i + 1 < len(words) and words[i + 1] == "of":
            i += 2  # "fraction of the visual tokens": the tokens are the focus, the fraction a number
            while i < len(words) and words[i] in _DETERMINERS:
                i += 1
            population = True
            continue
        if not focus and w in _LEADING:
            i += 1  # "which new metric", "what main datasets": the metric, the datasets
            continue
        if w in _AUX or (w in _STOP and w not in ("and", "or")):
            closed = w in _AUX
            break
        if focus and words[start - 1] == "many" and _TOOK_PART.match(" ".join(words[i:i + 3])):
            closed = True  # "how many participants took part in …": the participants, not "took" or "part"
            break
        if focus and i + skipped in aside:
            break
        if w == "what" and i > start and words[i - 1] in ("and", "or"):
            i += 1  # "What sensitivity and what specificity …": the second ask's word names nothing (fresh115-08)
            continue
        if w in _GENERIC:
            if not focus:
                return Focus()  # "which paper ...": asks for a paper, which retrieval already judges
            break
        comma = i > 0 and "," in question[found[i + skipped - 1].end():found[i + skipped].start()]
        if focus and (w in ("and", "or") or comma):
            # the conjunct before ends here: its words but the last are its head's modifiers
            conjunctive = conjunctive or w in ("and", "or")
            modifiers += focus[conjunct:-1]
            conjunct = len(focus)
        if w not in _STOP and not w.isdigit() and len(w) > 1:  # "C_v" splits into letters that name nothing
            focus.append(w)
        i += 1
    if len(focus) == MAX_FOCUS_WORDS and i < len(words) and words[i] in _AUX and words[start - 1] in ("many", "much"):
        # "how many annotated human demonstrations are in X": the counted phrase ends at "are" all the
        # same, and its head is what is counted (not "annotated"). Only for counts: "which commercial
        # translation services were tested" is answered by "Google Translate", which says no "services".
        # "How much extra inference latency does X add?" asks for an amount of its head ("43-56 ms overhead")
        closed = True
    if i < len(words) and words[i] in _PARTICLES and len(focus) > 1:
        focus.pop()  # "how many real people made up …": "made" is the verb of "made up"
    if (words[start - 1] == "many" and len(focus) > 1 and focus[-1].endswith("ed") and focus[-2].endswith("s")
            and (i >= len(words) or words[i] in _STOP)):
        # "how many annotators voted on each image": the plural noun is counted, "voted" is the verb
        # (with "voted" the focus was held by "236,998 valid votes")
        focus.pop()
        closed = True
    if focus and focus[-1] == "points" and words[start - 1] == "many":
        # "how many mAP points does it add": a difference of the measure ("+9.3 mAP"), not a thing counted
        focus.pop()
        if not focus:
            return Focus()
    if version and len(focus) == 1:
        focus.append(version)
    elif version:
        return Focus()  # "which version of the model trained on …": not one name to read a version of
    if focus and all(w in _MEASURE_HEADS for w in focus):
        return Focus()  # "What score does the best method reach?" asks for a figure, whatever the metric is called
    if focus and not closed and all(w in _MEASURE for w in focus) and words[start - 1] in ("what", "which"):
        # "…, and what share the scaffold?", no verb of its own, asks for a figure of what the part before names
        # (fresh99-09: "share" was looked for in the abstracts, and the part was said unanswered)
        return Focus()
    if focus and all(w in _ANY_THING for w in focus):
        return Focus(anything=True, literal=tuple(focus))  # "how many items": whatever it holds
    if focus and all(w in _ANSWER_HEADS for w in focus):
        return Focus()  # "What explanation …", "What reason …": a kind of answer, not a thing it names
    # "What fraction of hateful posts …" is answered by "86.8 % of hateful text": the words of a population
    # describe what is counted, and one of two may be said otherwise (no head noun required)
    return Focus(tuple(focus), closed and not population, conjunctive,
                 modifiers=tuple(m for m in modifiers if m not in focus[conjunct:]) if conjunctive else (), kinds=kinds)


FIGURE_NEAR = 8  # words between a measure's name and its figure ("an AUROC of 0.926 on the Books domain")


def figure_near(focus: Focus, text: str) -> bool:
    """Does a figure stand within FIGURE_NEAR words of a word naming what is measured ("DAAN reaches 70%
    root-cause attribution"), not only somewhere in the sentence ("… for deterministic root-cause
    attribution; and (iii) a multi-tier consensus … under 30% adversarial participation")?"""
    if any(f in _UNIT_FORMS and re.search(_UNIT_FORMS[f], text) for f in focus.words):
        return True  # the figure names the measure itself: "by 47.3%" for a percentage
    words = [w.lower().strip("'") for w in _WORD.findall(text)]
    named = [i for i, w in enumerate(words) if any(not unmentioned([f], w) for f in focus.words)]
    figures = [i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)]
    return any(abs(i - j) <= FIGURE_NEAR for i in named for j in figures)


_TIMES = re.compile(r"\bhow\s+many\s+(?:times|fold)\s+([a-z-]+)", re.I)


def asks_ratio(question: str) -> bool:
    """'How many times more energy …', 'how many times faster …', 'how many times as large …': a ratio."""
    m = _TIMES.search(question)
    return bool(m) and (m.group(1).lower() in ("as", "over") or is_comparative(m.group(1).lower().split("-")[0]))


def is_comparative(word: str) -> bool:
    """'faster', 'shorter', 'bigger', 'easier', 'better', not 'power' or 'user': a word ending in -er
    whose stem (fast, big, easy) is a common English word (wordfreq Zipf >= 4.5)."""
    from wordfreq import zipf_frequency

    if word in ("more", "less", "fewer", "better", "worse"):
        return True
    if not word.endswith("er") or len(word) < 5:
        return False
    stems = {word[:-2], word[:-1], word[:-3] if len(word) > 5 and word[-3] == word[-4] else "",
             word[:-3] + "y" if word.endswith("ier") else ""}
    return any(len(st) >= 3 and zipf_frequency(st, "en") >= 4.5 for st in stems)


def not_covered(focus: Focus, text: str) -> list[str]:
    """The focus words the text does not mention, when they show the text cannot answer; else [].
    A closed noun phrase is uncovered when its head (last word) is missing; an open one when most
    of its words are missing (a trailing verb alone must not count)."""
    missing = unmentioned(list(focus.words), one_word_data(text))
    if missing and set(missing) & DATA_WORDS and data_names(text):
        # "On which image dataset were the experiments run?" is answered by "Experiments on MS-COCO
        # show …", which never says "dataset"
        missing = [w for w in missing if w not in DATA_WORDS]
    if missing and set(missing) & _VERSION:
        # "Which YOLO version …?" is answered by "… based on YOLOv11": the version is the name the focus
        # word before it qualifies, written with a number ("YOLOv11", "YOLO 11", "Llama-3")
        missing = [w for w in missing if w not in _VERSION or not _versioned(focus, w, text)]
    if missing and any(_with_version(w, text) for w in missing):
        # "Which YOLO model detects the knots …?" is answered by "… the YOLOv8l achieves an mAP@0.5 of 0.887" (fresh84-04,
        # refused before the LLM): the name is written with its version, and the model it names is the one asked for
        missing = [w for w in missing if not _with_version(w, text)
                   and not (w in _MODEL_WORDS and _versioned(focus, w, text))]
    if missing and set(missing) & SOFTWARE_WORDS:
        # "Which OCR engine does the pipeline use?" is answered by "… leverages Tesseract OCR for text recognition",
        # which never says "engine": a name written before the word that qualifies the kind counts as one
        missing = [w for w in missing if w not in SOFTWARE_WORDS or not _named_kind(focus, w, text)]
    if missing and focus.object_phrase and focus.words[-1] in missing \
            and any(_ranked_in(w, text) for w in focus.words[:-1]):
        # "What Top-1 accuracy …?" is answered by "… obtained 91.05% and 100% in Top-1 and Top-5 metrics" (fresh110-05,
        # refused): a qualifier written with its number ("top-1", "pass@1", "r@10") names the measure on its own
        missing = [w for w in missing if w != focus.words[-1]]
    if not missing:
        return []
    if any(w.split("-")[0] in _METRIC_KINDS for w in missing) and not focus.conjunctive:
        # "What balanced accuracy …?" is not answered by "over 70% prediction accuracy" (fresh81-19): balanced, macro,
        # micro and weighted name another figure than the plain metric, and the abstracts that give one say so
        return missing
    if focus.conjunctive:  # "which dataset and backbone": one of them named is enough to try
        return missing if len(missing) == len(focus.words) else []
    if focus.object_phrase:
        # "success rate", "F1 score": a measure is named by its modifier next to its figure ("37.4% success"); a
        # modifier elsewhere names another thing ("in the deep learning setting … five epochs" gives no learning
        # rate, fresh64-22)
        measure = len(focus.words) > 1 and focus.words[-1] in _MEASURE_HEADS
        head = focus.words[-2] if measure else focus.words[-1]
        if head in missing or (measure and focus.words[-1] in missing and not _by_figure(head, text)):
            return missing
        return []
    return missing if 2 * len(missing) > len(focus.words) else []


_MODEL_WORDS = frozenset({"model", "models", "detector", "detectors", "architecture", "backbone"})


def _ranked_in(word: str, text: str) -> bool:
    """Is the word a qualifier with a number ("top-1", "pass@1") that the text writes as it is (not "top-5" for "top-1")?"""
    return bool(re.search(r"[a-z][-@]?\d", word)) and bool(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I))


def _with_version(word: str, text: str) -> bool:
    """Is the word a name the text writes with a version number ("yolo" of "YOLOv8l", "llama" of "Llama-3")?"""
    return len(word) > 2 and bool(re.search(rf"\b{re.escape(word)}[-\s]?v?\d", text, re.I))


def _versioned(focus: Focus, word: str, text: str) -> bool:
    """Does the text write the focus word before `word` ("yolo" of "YOLO version") with a version number?"""
    i = focus.words.index(word)
    return i > 0 and bool(re.search(rf"\b{re.escape(focus.words[i - 1])}[-\s]?v?\d", text, re.I))


_FIGURE = re.compile(r"[^\w]*\d")  # "37.4%", "$5\pm1$", "3e-4", "12.5Hz"; not "GPT-4", "p1"
_VERSION_NUMBER = re.compile(r"\d{1,2}[,.;:]?")
_DIMENSION = re.compile(r"[1-4][Dd][,.;:]?")


def _by_figure(word: str, text: str, reach: int = 3) -> bool:
    """Does the text mention the word within `reach` words of a figure ("37.4% success", "a success of 37.4%")?"""
    tokens = re.findall(r"[^\s/()\[\]]+", text)
    # (a whole number right after a capitalised word is the version of a name, no figure: "SAM 2, learn strong …
    # priors" gives no learning rate, fresh133-21)
    # (nor is a dimension: "models must learn from high-dimensional 3D data" gives no learning rate, fresh137-21)
    spots = [i for i, t in enumerate(tokens) if _FIGURE.match(t) and not _DIMENSION.fullmatch(t)
             and not (i and _VERSION_NUMBER.fullmatch(t) and tokens[i - 1][:1].isupper())]
    return any(not unmentioned([word], " ".join(tokens[max(0, i - reach):i + reach + 1])) for i in spots)


# the kinds of software a "which X engine / tool / library" question asks to be named
SOFTWARE_WORDS = frozenset("engine engines tool tools software library libraries package packages toolkit toolkits".split())
_NOT_A_NAME = frozenset("the a an this that these those our their its each every all both any some such".split())


def _named_kind(focus: Focus, kind: str, text: str) -> bool:
    """Does the text name a thing of the asked kind by the word that qualifies it in the question ("OCR engine":
    "Tesseract OCR")? The name is a capitalised word inside a sentence, not its first word ("Traditional OCR
    pipelines …") nor a determiner, and the qualifier is not in title case ("LLM-Powered Heuristic Design" is a
    title's words, no design tool named)."""
    i = focus.words.index(kind)
    if i == 0:
        return False
    named = re.finditer(rf"(?<=[a-z,;:(]\s)([A-Z][\w.+-]*)\s+((?i:{re.escape(focus.words[i - 1])}))\b", text)
    return any(m.group(1).lower() not in _NOT_A_NAME and not re.fullmatch(r"[A-Z][a-z].*", m.group(2)) for m in named)


def uncovered(focus: Focus, texts: list[str]) -> list[str]:
    """The focus words missing when none of the texts covers the focus (each text on its own);
    [] when one does, or when there are no texts to judge."""
    gaps = [not_covered(focus, text) for text in texts]
    return list(dict.fromkeys(w for gap in gaps for w in gap)) if gaps and all(gaps) else []


def _mentions(word: str, vocabulary: set[str], stems: set[str]) -> bool:
    if word in vocabulary or stemmer().stemWord(word) in stems:
        return True
    if len(word) >= PREFIX:
        head = word[:PREFIX]
        # an adverb says how something is done, it names no measure: "Mjölnir accurately reproduces …" gives no
        # accuracy (fresh77-22), "efficiently" no efficiency (unless the word asked for is itself an adverb)
        skip_adverbs = not word.endswith("ly")
        return any(v.startswith(head) and not (skip_adverbs and v.endswith("ly"))
                   and _shared(word, v) >= PREFIX_SHARE * min(len(word), len(v)) for v in vocabulary)
    return False


def _shared(a: str, b: str) -> int:
    """How many first letters the two words have in common."""
    return len(os.path.commonprefix([a, b]))


# A unit written as its symbol: "in just 448s" answers "how many seconds".
_BITS = r"(?i)\d\s?[kmgt]?(?:bps|b/s)\b|\bbits?\s+per\s+(?:pixel|second|sample)\b|\d\s?bpp\b"
_HERTZ = r"\d\s?[kMG]?Hz\b"
_PARAMS = (r"\d\s?[MBK]\b(?![-\s]?(?:resolution|res|images?|videos?|tokens?|context|pixels?|frames?|steps?|samples?|hours?|"
           r"words?|sequences?|length|[×x]\s?\d))")
_FRAME_RATE = r"(?i)\d\s?(?:fps|[kMG]?Hz)\b|\bfps\b"
# A link in a text: what `questions.gives_link` looks for, and what answers a question's "web address" or "website".
# The top-level domain ends a word: "… features.Compared with …" and "torch.compile" are no links.
URL = re.compile(r"https?://\S+|www\.\S+|\b[\w.-]+\.(?:com|org|io|net|ai|edu)\b(?:/\S*)?", re.I)


_UNIT_FORMS = {
    "seconds": r"\d\s?s\b|\bsecs?\b", "second": r"\d\s?s\b|\bsecs?\b", "minutes": r"\d\s?min\b|\bmins?\b",
    "hours": r"\d\s?h\b|\bhrs?\b", "milliseconds": r"\d\s?ms\b", "days": r"\d\s?d\b",
    # (not "4K-resolution", "32K context", "8K tokens": a K of a resolution or a length counts no parameters, fresh122-22)
    "parameters": _PARAMS + r"|\bparams\b", "params": _PARAMS, "bytes": r"\d\s?[KMGT]B\b",
    "percent": r"%", "percentage": r"%",
    # a share is said as a percentage: "what share did abusive interactions yield?" is answered by "(17.9% YES)" (fresh128-09)
    "share": r"%", "proportion": r"%", "fraction": r"%",
    "frames": r"(?i)\d\s?fps\b|\bfps\b",  # "how many frames per second": "44 FPS"
    "frame": _FRAME_RATE,  # "at what frame rate …": "a 12.5Hz audio tokenizer", "at 30 fps"
    "frequency": _HERTZ, "frequencies": _HERTZ,  # "at what frequency …": "at 2.4 GHz"
    # a measure named only by its unit: "at what bitrate …" is answered by "… at 30 Mbps"
    "bitrate": _BITS, "bitrates": _BITS, "bit-rate": _BITS, "bandwidth": _BITS,
    "factor": r"(?i)\d\s?[x×](?!\w)|\d-fold\b|\btimes\b",  # "by what factor …": "by ~27x", "a 3-fold gain"
    "kappa": r"κ|\\kappa",  # "Cohen's kappa": "(κ = 0.907)"
    # a measure by its usual short form: "Val PPL 36.54 on WikiText-103" for "what validation perplexity …"
    "perplexity": r"\b(?:PPL|ppl)\b", "validation": r"\b[Vv]al\b", "accuracy": r"\b[Aa]cc\b",
    "decibels": r"\bdB\b", "decibel": r"\bdB\b",  # "how many decibels of gain …": "a 0.5 dB gain"
    # "at which web address …", "which website hosts …": a link is the answer, whatever the words it is asked with
    **dict.fromkeys(("url", "urls", "link", "links", "website", "websites", "web", "webpage", "homepage", "address",
                     "addresses"), URL),
    "latency": r"\d\s?(?:ms|µs|us)\b", "memory": r"\d\s?[KMGT]i?B\b", "resolution": r"\d\s?[×x]\s?\d",
}


def unmentioned(focus: list[str], text: str) -> list[str]:
    """Focus words the text never mentions (same word, same stem, the same first five letters, or a
    unit's symbol after a number)."""
    if not focus:
        return []
    focus = [w for w in focus if not (w in _UNIT_FORMS and re.search(_UNIT_FORMS[w], text))]
    if not focus:
        return []
    tokens = [w.lower().strip("'") for w in _WORD.findall(text)]
    vocabulary = set(tokens)
    for w in list(vocabulary):
        vocabulary.update(p for p in re.split(r"[-']", w) if p)  # "open-source" also counts as "source"
    # "two benchmark data sets" names datasets (not after an adverb: "accurately reproduces" is no "accuracy")
    vocabulary.update(a + b for a, b in zip(tokens, tokens[1:]) if not a.endswith("ly"))
    stems = set(stemmer().stemWords(sorted(vocabulary)))
    abbreviated = _abbreviated(focus, text)
    # a compound counts when one of its words does: "bit-widths" is answered by "2 bits"
    return [w for w in focus if w not in abbreviated and not _mentions(w, vocabulary, stems)
            and not any(len(p) >= 3 and _mentions(p, vocabulary, stems) for p in w.split("-") if p != w)]


def _abbreviated(focus: list[str], text: str) -> set[str]:
    """Focus words the text writes as an acronym: "mean absolute error" as "an MAE of 3.34 years",
    "root-mean-square error" as "RMSE" (a run of two or more words whose initials it writes in capitals)."""
    acronyms = set(re.findall(r"\b([A-Z][A-Z0-9]{1,6})(?=s?\b)", text))
    found: set[str] = set()
    for i in range(len(focus)):
        for j in range(i + 2, len(focus) + 1):
            if "".join(p[0] for w in focus[i:j] for p in w.split("-") if p).upper() in acronyms:
                found.update(focus[i:j])
    return found


# What a dataset is called when a question asks "which dataset / benchmark": the name an experiment
# ran on ("Experiments on MS-COCO show", "state-of-the-art results on BSDS500 and NYUDv2") or one
# the text calls a dataset ("the Affogato dataset"). "UECP outperforms …" names the method instead.
DATA_WORDS = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "database", "databases"})
_NAME = r"(?:[A-Z][\w.-]*\w\+?|[A-Z]|[a-z]+[A-Z][\w-]*|[a-z]*\d[\w-]*)"  # "LEVIR-CD+", "nuScenes", "ADE20K"
_NAMES = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s*(?:and|or)\s+{_NAME})?"  # "A", "A and B", "A, B, and C"
_RAN_ON = re.compile(rf"\b([\w-]+)\s+(?:on|across|over)\s+(?:the\s+|both\s+)?({_NAMES})")
# "centered on the Uncertainty-Aware Pyramid Fusion module", "based on GPT-4": no experiment ran on it
_NOT_RUN_ON = frozenset("based centered centred built relies rely relying focus focuses focused focusing depends depend "
                        "depending conditioned grounded founded draws drawing".split())
_DATA = r"(?:datasets?|benchmarks?|corpus|corpora|data\s+sets?)"
# (the word between is no preposition: "Experiments on benchmarks like nuScenes" calls no "Experiments" a
# dataset, and taking it hid the "benchmarks like nuScenes" after it)
_CALLED_DATA = re.compile(rf"\b({_NAMES})\s+(?:(?!(?:on|of|in|across|over|from|for|with|to|by|at)\b)[\w-]+\s+)?{_DATA}\b"  # "the BSDS500 and NYUDv2 datasets"
                          # "four benchmark datasets (LEVIR-CD, …)", "benchmarks such as GSM8K", "benchmarks, FLIR and M3FD"
                          rf"|\b{_DATA}\s*(?:\(|,?\s*(?:such\s+as|including|like|namely)\s+|,\s*|:\s*)({_NAMES})"
                          # "our new dataset MazePlanning": a coined name right after the word (two capitals or a digit)
                          rf"|\b(?:dataset|benchmark|corpus)\s+(?=[\w.-]*[A-Z][\w.-]*[A-Z]|[\w.-]*\d)({_NAME})"
                          # "three widely-used benchmarks of SRL (CPB1.0, CoNLL-2009, and CoNLL-2012)": a list in brackets
                          # after what the datasets are of (a list, so not the "(SRL)" of "of semantic role labeling (SRL)")
                          rf"|\b{_DATA}\s+(?:of|for|in|on)\s+(?:[\w-]+\s+){{0,3}}?\(\s*({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s*(?:,|and|or)\s+{_NAME})\)")
# "partitions questions from Natural Questions and SQuAD into splits", "200 entities drawn from PopQA": the units of a
# dataset taken from a named one
_DRAWN_FROM = re.compile(rf"\b(?:questions|samples|images|examples|problems|instances|sentences|documents|videos|clips|"
                         rf"utterances|pairs|items|articles|dialogues|conversations|texts|records|scans|entities|prompts)\s+"
                         rf"(?:(?:drawn|taken|sampled|collected|sourced|selected|extracted|derived)\s+)?from\s+(?:the\s+)?"
                         rf"({_NAME}(?:\s+[A-Z][\w-]*)*(?:\s*,\s*{_NAME}(?:\s+[A-Z][\w-]*)*)*"
                         rf"(?:\s*,?\s*(?:and|or)\s+{_NAME}(?:\s+[A-Z][\w-]*)*)?)")
_EXPERIMENT = re.compile(r"\b(?:(?i:experiment|evaluat|result|test|train|validat|benchmark|dataset|achiev|outperform|perform|"
                         r"score|accura|state-of-the-art|sota|f1|auc)|m?AP)")


# "we benchmark LLMs on …", "to systematically benchmark DrivIng": the verb, naming no dataset
_BENCHMARK_VERB = re.compile(r"\b(?:we|to|and|also|further|then|that|which|they|can|will|\w+ly)\s+benchmark$", re.I)


def data_names(text: str) -> set[str]:
    """The names the text gives as datasets an experiment used (see above), sentence by sentence."""
    found: set[str] = set()
    for sentence in re.split(r"(?<=[.;!?])\s+", text):
        runs = [m.group(1) or m.group(2) or m.group(3) or m.group(4) for m in _CALLED_DATA.finditer(sentence)
                if not (m.group(3) and _BENCHMARK_VERB.search(sentence[: m.start() + len("benchmark")]))]
        if _EXPERIMENT.search(sentence):
            runs += [m.group(2) for m in _RAN_ON.finditer(sentence) if m.group(1).lower() not in _NOT_RUN_ON]
        for run in runs:
            found.update(n for n in _LIST_SPLIT.split(run) if n and n[0].isalpha())
        found.update(n for m in _DRAWN_FROM.finditer(sentence) for n in _LIST_SPLIT.split(m.group(1)) if _coined_data(n))
    return found


_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+")  # "A, B, and C" -> A / B / C


def _coined_data(name: str) -> bool:
    """A coined one-word name that may be a dataset's ("SQuAD", "FineWeb-10BT"): not a place or a plain word ("images
    from Chicago"), an abbreviation with dots ("U.S."), a short acronym ("RGB cameras"), a field's acronym or a derived
    form ("OCR-processed")."""
    return bool(name) and name[0].isalpha() and " " not in name and "." not in name and is_distinctive(name) \
        and not re.search(r"-[a-z]+$", name) and not re.fullmatch(r"[A-Z]{1,3}", name) and name not in FIELD_ACRONYMS


_PREPOSITIONS = {"of", "from", "in", "on", "at", "for", "with", "across", "over", "by", "per", "to", "into", "within",
                 "among", "between", "than", "under", "after", "before", "during"}
_COUNT = re.compile(r"^[~≈<>]?\d[\d.,]*[KMBkmb]?\+?$")  # "1.1M+ entries", "500+ images"
_COUNT_WORD = re.compile(r"[~≈<>]?\d[\d.,]*\d[A-Za-z%+]*|[~≈<>]?\d[A-Za-z%+]*|[A-Za-z][A-Za-z0-9'-]*")
_ONES = "one two three four five six seven eight nine".split()
_TENS = re.compile(rf"({'|'.join(TENS_WORDS)})(?:-({'|'.join(_ONES)}))?")
COUNT_BEFORE, COUNT_AFTER = 5, 3  # "402 high-information-density table images", "tables: 1,200"


# What a study calls its people, whoever they are: "6500 Kilkari participants" is the count asked by
# "how many mothers were enrolled", "an interview study with 21 participants" by "how many blind and
# low-vision people were interviewed". Used only once the thing counted is known to be people.
PEOPLE = ("participants", "people", "individuals", "persons", "subjects", "respondents", "volunteers", "interviewees")
# "How many took part in …", "how many were enrolled": the study's people, whatever it calls them
_TOOK_PART = re.compile(r"(?:(?:were|are|was|have|had)\s+)?(?:(?:took|take|takes|taking)\s+part|participated|participate|"
                        r"enrolled|recruited|attended|responded|joined)\b")


def or_people(focus: Focus) -> Focus:
    """The focus, or any of the generic words for a study's people (`PEOPLE`)."""
    return Focus(tuple(dict.fromkeys(focus.words + PEOPLE)), object_phrase=False, conjunctive=True)


def counts_people(text: str) -> bool:
    """Does the text count a study's people by a generic word ("21 participants")?"""
    return counts(Focus(PEOPLE, conjunctive=True), text)


def counted_noun(focus: Focus) -> str:
    """The noun a "how many" question counts: the head of a closed phrase ("blind mothers" ->
    mothers), else the first word ("readers took part" -> readers)."""
    return (focus.words[-1] if focus.object_phrase else focus.words[0]) if focus.words else ""


def counts(focus: Focus, text: str) -> bool:
    """Does the text give a count of what a "how many" question asks for: a number at most
    COUNT_BEFORE words before one of the focus words, or COUNT_AFTER after it ("928 manually
    annotated and verified questions", "five public datasets")? Units count as written ("448s")."""
    if not focus.words:
        # "how many items does each contain?": any size of a collection ("16,000 sRGB images", "125K
        # CoTs"), but a percentage counts nothing ("up to 100% improvement on our new dataset"), nor do
        # "two core challenges" and a "three-stage pipeline"
        return not focus.anything or any(_is_size(w) for w in _count_words(text))
    for w in focus.words:
        if w in _UNIT_FORMS and re.search(_UNIT_FORMS[w], text) and re.search(r"\d", text):
            return True
    return bool(counted(focus, text))


_BREAK = "qqclausebreakqq"  # a word no text has, standing for the colon or semicolon between two clauses
_CLAUSE_BREAK = re.compile(r"\s*[:;](?=\s)")


def counted(focus: Focus, text: str, after_too: bool = True, nouns: frozenset[str] = frozenset()) -> set[str]:
    """The numbers the text puts next to what a "how many" question counts (see `counts`):
    "Built from 895 stories … and 22,343 labeled belief propositions" counts {"895"} stories.
    `after_too=False`: only numbers before the noun ("identify 161 active berths" gives no count of identifying).
    `nouns`: words that end the phrase a number before them counts ("6500 Kilkari participants as a pilot study"
    counts participants, not pilots)."""
    # "31.5%", "31.5 %" and LaTeX's "31.5\%" are one figure, and a percentage counts nothing ("a 31.5%
    # higher AUROC when detecting …" gives no number of detectors; "agreement with travel-expert
    # annotations (60.75\%)" no number of experts)
    # "three key steps: viewpoint sampling, …": a number before a colon or semicolon counts what comes before it
    # (after one, "tables: 1,200" still counts tables)
    words = _count_words(text, clause_breaks=True)
    # the head noun of a closed phrase ("distinct tables": a count of tables, not of distinct languages)
    # ("samples or scenarios": each its own head, "22,678 curated samples" counts one of them)
    # ("knowledge items or image-text examples": items and examples, not knowledge)
    heads = (focus.words[-1:] if focus.object_phrase and not focus.conjunctive
             else [w for w in focus.words if w not in focus.modifiers])
    # "How many whole-slide images is PLUTO-4 pretrained on?" is answered by "551,164 WSIs" (fresh103-04): the initials of
    # the counted phrase, three letters or more, stand for it
    initials = "".join(p[0] for w in focus.words for p in w.split("-") if p)
    short = {initials, initials + "s"} if len(initials) >= 3 and focus.object_phrase else set()
    positions = [i for i, w in enumerate(words) if (any(not unmentioned([h], w) for h in heads) or w in short)
                 and not _qualifies_next(words, i, heads)]
    found: set[str] = set()
    own = set(focus.words)
    for i in positions:
        # the question's own words of the phrase lengthen the window, not the distance: "905 human-annotated
        # positive and negative sticker pairs" counts the human-annotated sticker pairs asked for (fresh71-12)
        start, budget = i, COUNT_BEFORE
        while start > 0 and budget > 0:
            start -= 1
            budget -= words[start] not in own
        before = words[start: i]
        after = [w for w in words[i + 1: i + 1 + COUNT_AFTER] if w != _BREAK]
        # the number must count this noun: no preposition between them ("10,000 comments from
        # videos" counts comments, not videos)
        measured = -1  # the index of a number that measures a unit after it ("15-20 minute sessions"), and a range's start
        for j in range(len(before) - 1, -1, -1):
            # "5 types of images" gives a count of the kinds of images asked for ("how many types of images …?"
            # reads as a count of images): the "of" after a kind word is no preposition between them
            if focus.kinds and before[j] == "of" and j > 0 and before[j - 1] in _KIND:
                continue
            if before[j] in _PREPOSITIONS or before[j] == _BREAK or before[j] in nouns:
                break
            if _is_number(before[j]):
                # "15-20 minute sessions": a number before a unit of measure in the singular measures the noun after
                # it, it does not count it (fresh80-21 read "20" sessions); a count may stand further back ("1.31
                # million standardized 10-second PPG segments")
                if (j + 1 < len(before) and before[j + 1] in _MEASURES and before[j + 1] not in heads) or measured == j + 1:
                    measured = j
                    continue
                if not _counts_the_next(words, i, heads, before[j], text):
                    found.add(_value(before[j]))
                break
        if not after_too:
            continue
        # "diffusion steps from 50 to 2": a count changed, not a count of something else
        if len(after) >= 3 and after[0] == "from" and _is_number(after[1]) and after[2] == "to":
            found.add(_value(after[1]))
            continue
        # after the noun only as its value, next to it: "tables: 1,200", "attempts (3200 → 128)", "participants
        # (N = 1,095)"; a number further on is another thing's ("models (Opus, Level 2, …)", "models such as
        # Llama 3", "questions spanning five domains")
        if after[:1] == ["n"]:
            after = after[1:]
        if after and _is_number(after[0]):
            found.add(_value(after[0]))
    if set(PEOPLE) <= set(focus.words):
        # "Human raters (N=255)": a study's sample size, whatever its people are called
        found |= {n.replace(",", "") for n in _SAMPLE_SIZE.findall(text)}
    return found


def _qualifies_next(words: list[str], i: int, heads: list[str]) -> bool:
    """Is words[i] a compound that only begins with what is counted and qualifies the noun after it ("13 video-level
    datasets", "500 image-text pairs")? The number counts that noun: "13 video-level datasets" gave fresh139-11 its
    count of videos, where the abstract's "3,650 videos" was the answer."""
    w = words[i]
    if "-" not in w or "--" in w or w in heads or i + 1 >= len(words):
        return False  # ("100K triangles--substantially surpassing …": a dash, not a compound)
    first, last = w.split("-", 1)[0], w.rsplit("-", 1)[1]
    if first in heads or any(not unmentioned([h], last) for h in heads):
        return False  # the counted noun itself, in its own form, or a compound ending in it ("whole-slide images")
    after = words[i + 1]
    return after.isalpha() and after != _BREAK and after not in _STOP and after not in _PREPOSITIONS


def _counts_the_next(words: list[str], i: int, heads: list[str], number: str, text: str) -> bool:
    """Does `number`, before words[i], count the noun after it rather than words[i]? "eight swing phases" counts phases,
    not the swings of "how many golfers' swings" (fresh76-21): a small count before a head written in the singular and
    followed by another noun counts kinds or parts of that noun ("two model families", "five question categories";
    English writes a noun that qualifies another in the singular). A large count still counts the word ("8,281 image
    triplets", "7B parameter models"), as does one joined to it by a hyphen ("a 20-hour benchmark")."""
    w = words[i]
    if not any(h != w and h.endswith("s") and h[:-1] == w for h in heads) or i + 1 >= len(words) or _is_size(number):
        return False
    after = words[i + 1]
    if not after.isalpha() or after == _BREAK or after in _STOP or after in _PREPOSITIONS:
        return False
    return not any((a.lower(), b.lower()) == (number, w) for a, b in re.findall(r"([\w.,]+)-([A-Za-z]+)", text))


_DIGITS_OF = {w: d for d, w in NUMBER_WORDS.items()}


def _value(w: str) -> str:
    """A count's value: "five" and "5", "22,343" and "22343", "sixty-nine" and "69" are one number."""
    tens = _TENS.fullmatch(w)
    if tens:
        return str(TENS_WORDS[tens.group(1)] + int(_DIGITS_OF.get(tens.group(2) or "zero", "0")))
    return _DIGITS_OF.get(w, w.replace(",", ""))


def numbers_in(text: str) -> set[str]:
    """Every count the text writes, as `counted` reads its values ("three" and "3" alike)."""
    return {_value(w) for w in _count_words(text) if _is_number(w)}


def counts_another(focus: Focus, text: str, said: set[str]) -> bool:
    """Does the text name what a "how many" question counts, and give one of the counts `said` (as
    `counted` reads them) to something else? "Informed by interviews with teachers …, a benchmark
    spanning four pedagogically grounded visual types" gives no count of teachers: a draft's "4
    teachers" read it off the visual types (fresh56-21). The noun must stand as a word of its own
    ("queries" is not named by "Query2Effect")."""
    noun = counted_noun(focus)
    if not noun or counted(focus, text):
        return False
    stem = re.escape(noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun)
    if not re.search(rf"(?<![\w-]){stem}(?:s|es)?(?![\w-])", text, re.I):
        return False
    return bool(said & numbers_in(text))


def counted_before(word: str, text: str, nouns: frozenset[str] = frozenset()) -> set[str]:
    """The numbers the text puts before `word` as a count of it ("two controlled human-subject experiments"), not
    past one of `nouns` (see `counted`)."""
    return counted(Focus((word,), conjunctive=True), text, after_too=False, nouns=nouns)


def counted_instead(question: str, focus: Focus, sentence: str, said: set[str]) -> str:
    """The word of the question, outside what it counts, that the sentence puts one of the counts `said` next to
    ("experiments" for "How many human participants took part in the experiments …?" and "… in two controlled
    human-subject experiments …"), or ''. A synonym of what is counted is no other word ("12,687 annotated LPs" for
    "how many annotated plates"): only the question's own words are read."""
    if focus.anything or not focus.words:  # "how many items": any count counts them
        return ""
    own = set(focus.words)
    nouns = frozenset(own | set(PEOPLE))
    said = said - counted(focus, sentence)  # a count the sentence gives to what is asked is no other's
    for word in dict.fromkeys(re.findall(r"[a-z][a-z-]{3,}", question.lower())):
        if word in own or word in _FUNCTION_WORDS:
            continue
        # (a number counts the first of these it comes to: "6500 Kilkari participants as a pilot study" counts no pilots)
        if counted_before(word, sentence, nouns) & said:
            return word
    return ""


# "how many images of blunt objects …", "how many hours of transcribed speech …": what is counted, with
# what it is made of (the abstract may count other images, other hours in the same sentence or the next)
_COUNT_OF = re.compile(r"\bhow\s+many\s+([A-Za-z][\w-]*)\s+of\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)", re.I)


def counted_phrase(question: str) -> re.Pattern[str] | None:
    """The phrase a "how many X of Y" question counts, as a pattern over sentences that say it ("336
    labeled images of blunt objects"; another form of each word counts), or None when the question
    counts no such phrase ("how many kinds of …" counts kinds of something, which `question_focus` reads)."""
    m = _COUNT_OF.search(question)
    if m is None or m.group(1).lower() in _KIND:
        return None
    words = []
    for w in m.group(2).split():
        if w.lower() in _AUX or w.lower() in _STOP:
            if words or w.lower() not in _DETERMINERS:
                break
            continue  # "hours of the ..." : the determiner is not what is counted
        words.append(w)
    if not words:
        return None

    def form(w: str) -> str:  # "hours" and "hour", "objects" and "object"
        return re.escape(w[:-1] if w.lower().endswith("s") and len(w) > 3 else w) + r"[\w-]*"

    # any determiner may stand after "of", in the question and in a sentence ("images of these objects")
    det = "|".join(sorted(_DETERMINERS))
    return re.compile(rf"\b{form(m.group(1))}\s+of\s+(?:(?:{det})\s+)?" + r"\s+".join(form(w) for w in words) + r"\b", re.I)


# "2) Furthermore …", "(1) 211 video sequences": a list's numbering, not a quantity
ENUMERATOR = re.compile(r"(?:^\s*|\(|(?<=[:;,]\s))\d\)")  # also "…: 1) Discovers …; 2) Uncovers …"
_SAMPLE_SIZE = re.compile(r"\b[Nn]\s*=\s*(\d[\d,]*)")
_COUNTING_WORDS = frozenset(NUMBER_WORDS.values()) | {"dozen", "dozens", "hundreds", "thousands", "millions", "twice"}


def _count_words(text: str, clause_breaks: bool = False) -> list[str]:
    """The text's words as `counted` reads them: "31.5%", "31.5 %" and LaTeX's "31.5\\%" are one figure.
    `clause_breaks`: a colon or semicolon between two clauses becomes the word `_BREAK`."""
    # a list's numbering counts nothing: "revealed two challenges: (1) Existing knowledge injection …"
    # ("44 data sets" counts datasets, as the question's "data sets" asks for them: fresh93-11)
    text = ENUMERATOR.sub(" ", one_word_data(text))
    if clause_breaks:  # after the numbering is gone: "(1)" is recognised by the colon before it
        text = _CLAUSE_BREAK.sub(f" {_BREAK} ", text)
    return [w.lower().strip("'") for w in _COUNT_WORD.findall(re.sub(r"(\d)\s*\\?\s*%", r"\1%", text))]


def _is_number(w: str) -> bool:
    """A count as written: "22,343", "1.1M+", "five", "sixty-nine" (a percentage is none)."""
    return bool(_COUNT.match(w)) or w in _COUNTING_WORDS or bool(_TENS.fullmatch(w))


_SIZE_WORDS = frozenset("dozen dozens hundred hundreds thousand thousands million millions billion billions".split())


def _is_size(w: str) -> bool:
    """A count the size of a collection: a figure of 10 or more ("22,343", "125k", "1.1M+") or "thousands"."""
    if w in _SIZE_WORDS:
        return True
    if not _COUNT.match(w):
        return False
    figure = w.strip("~≈<>+")
    try:
        return float(figure.rstrip("kmb").replace(",", "")) >= 10 or figure[-1:] in ("k", "m", "b")
    except ValueError:
        return False


# Words an answer can add without saying anything about the question ("... is a field of X in this paper").
_EMPTY = _GENERIC | {"field", "fields", "area", "areas", "topic", "topics", "propose", "proposed", "present", "presents",
                     "presented", "describe", "describes", "described", "discuss", "discusses", "discussed"}


def _content(text: str) -> list[str]:
    # "soft-voting" and "soft voting" are the same words: compounds are read as their parts
    words = [p for w in _WORD.findall(text) for p in w.lower().strip("'").split("-") if p]
    words = [w for w in words if w not in _STOP and w not in _AUX and w not in _FUNCTION and w not in _EMPTY
             and (len(w) > 1 or w.isdigit())]
    return list(dict.fromkeys(stemmer().stemWords(words)))


def _initialisms(text: str) -> set[str]:
    """Acronyms the text spells out: 'Temporal Graph Networks' -> tgn (so 'TGNs' adds nothing)."""
    initials = "".join(w[0] for w in (w.lower() for w in _WORD.findall(text)))
    return {initials[i:j] for i in range(len(initials)) for j in range(i + 2, min(i + 7, len(initials) + 1))}


def new_content(question: str, answer: str) -> list[str]:
    """Content words (stemmed) and numbers of the answer that the question lacks."""
    asked = set(_content(question))
    acronyms = _initialisms(question)
    return [t for t in _content(answer) if t not in asked and t.rstrip("s") not in acronyms]


def restates(question: str, answer: str) -> bool:
    """True when the answer adds no content word to the question ("The maximum recall of X when Y
    [1]."): small models do this when they cannot find the sentence that answers."""
    return not new_content(question, answer)


_QUESTION_FORM = _AUX | _GENERIC | {"what", "which", "who", "whom", "whose", "how", "why", "when", "where", "whether",
                                   "true", "it", "there", "evidence", "use", "used", "uses", "using", "much", "many",
                                   # pronouns stand for the subject, they do not name it ("… come with them?")
                                   "its", "they", "them", "their", "this", "these", "those", "he", "she", "his", "her"}


# "What mean absolute error do deep networks reach when estimating heart rate from smartphone camera videos?" was answered
# from a licence-plate ranging abstract's "mean absolute error of 2.3% at 10 m" (fresh138-23): the abstract holds the
# measure, "deep", "camera" and "estimation" (61 % of the rare terms), but nothing of what is estimated. A question that
# names its task by a verb and its object ("when estimating heart rate", "for detecting credit card fraud") asks about
# that object: an abstract holding none of the object's words is about another task. Over the sets' 3,000-odd questions
# 107 name such a task; every answerable one's gold abstract holds a word of the object (within its own part).
_TASK = re.compile(r"\b(?:when|while|for|in|at)\s+(?:estimating|predicting|forecasting|detecting|classifying|segmenting|"
                   r"recogni[sz]ing|identifying|tracking|generating|translating|summari[sz]ing|locali[sz]ing|counting|"
                   r"diagnosing|retrieving|reconstructing)\s+((?:[\w'-]+\s+){0,3}?[\w'-]+?)(?=\s+(?:from|on|in|with|of|"
                   r"for|at|by|using|across|under|over|to|via|and|or)\b|[?,.;]|$)", re.I)
_TASK_FILLER = frozenset("the a an its their this these those each any".split())


def task_object(question: str) -> str:
    """The object of the task a question names by a verb ("when estimating heart rate" -> "heart rate"; '' when none)."""
    m = _TASK.search(question)
    return m.group(1) if m else ""


def task_uncovered(question: str, texts: Iterable[str]) -> str:
    """The question's task object ("heart rate") when none of the texts holds any of its words (as the lexical index
    stems them: "diseases" holds "disease"), else ''."""
    thing = task_object(question)
    words = [w for w in re.findall(r"[A-Za-z0-9]+", thing.lower()) if w not in _TASK_FILLER and len(w) > 1]
    if not words:
        return ""
    stem = stemmer().stemWords
    wanted = set(stem(words))
    for text in texts:
        if wanted & set(stem(re.findall(r"[a-z0-9]+", text.lower()))):
            return ""
    return thing


def content_tokens(tokens: list[str]) -> list[str]:
    """Question tokens minus the words that make it a question ("which", "did", "is it true that",
    "the paper"): what is left names the subject. Tokens are the lexical index's (stemmed)."""
    form = set(stemmer().stemWords(sorted(_QUESTION_FORM))) | _QUESTION_FORM
    return [t for t in tokens if t not in form]


_QUANTITY_WORD = re.compile(r"\d+(?:[.,]\d+)*-[a-z]+(?:-[a-z]+)*")


def names(question: str) -> list[str]:
    """Names and acronyms the question uses ("FastGS", "3DGS", "EEG"), not its capitalised first word."""
    from .citations import key_terms

    return [t for t in key_terms(question) if t.lower() not in _QUESTION_FORM and not t.isdigit() and len(t) > 1]


def mentions_name(text: str, name: str) -> bool:
    """The text uses the name as written: an acronym in capitals ("ART" is not the "art" of
    "state-of-the-art"), another name in any case; plurals ("UAVs") and "PSP-Seg" inside "PSP-Seg-S" count."""
    return name_in(text, name) is not None


def name_in(text: str, name: str) -> re.Match[str] | None:
    """Where the text first uses the name, as `mentions_name` reads it."""
    return re.search(rf"(?<!\w){re.escape(name)}(?:s|es)?(?![a-z0-9])", text, 0 if name.isupper() else re.I)


def is_distinctive(name: str) -> bool:
    """A coined name ("FedSRD", "KD-OCT", "GPT-4", "ART"), not a capitalised word ("Chinese")."""
    return any(c.isupper() for c in name[1:]) or any(c.isdigit() for c in name)


def coined_names(text: str) -> list[str]:
    """The coined names the text uses ("WallGo", "EVOKE"), not plain capitalised words (`is_distinctive`)."""
    return [name for name in names(text) if is_distinctive(name)]


def mentions_subject(text: str, name: str) -> bool:
    """Like `mentions_name`, forgiving case and spelling (a miss refuses, so it errs towards a
    match): "APOE4" ~ "ApoE4", "GPT4" ~ "GPT-4", "KE-PLMs" ~ "KE-PLM", "LoRA-adapted" ~ "LoRA"."""
    name = re.sub(r"(?:-[a-z]+)+$", "", name)
    # "BERT-plus-LSTM", "BERT+LSTM": a combination is named when each of its parts is ("the combination of the BERT
    # based pretrained language model and LSTM approach")
    joined = [p for p in re.split(r"-(?:plus|and|with)-|\+", name) if p]
    if len(joined) > 1:
        return all(mentions_subject(text, p) for p in joined)
    if len(name) < 4:
        return bool(re.search(rf"(?<![a-z0-9]){re.escape(name)}s?(?![a-z0-9])", text, re.I))
    flat = re.sub(r"[^a-z0-9]", "", text.lower())
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    return key in flat or (key.endswith("s") and key[:-1] in flat)


def named_sources(question: str, texts: dict[int, str], asked: Iterable[str] = (), loose: bool = False) -> set[int]:
    """The sources that hold every name of the question that any of them holds ("the ART
    trajectory model": the abstract that says ART, not a neighbour about trajectories). Empty when
    this tells nothing: no such name, or every source holds them. Names among `asked` (the question's
    focus words, lower case: the "AUROC" of "What AUROC …?") are what is asked for, not who says it. `loose`
    matches a name as `mentions_subject` does or spelled out ("GRPO" in "Group Relative Policy Optimization"),
    and lets a field's acronym with a suffix ("LLM-based") name no study."""
    # "360-degree", "1,000-prompt": a quantity picks out no study (and "360{\\deg}" writes it otherwise);
    # elsewhere such a term still weighs as a name ("4-bit" that no abstract uses is a subject it lacks)
    # a field's acronym ("LLMs", "KV" is none) picks out no study either: HybridKV's abstract says "MLLMs" (fresh21-15)
    skip = {w.lower() for w in asked}
    if loose:
        from .questions import spelled_out

        def says(text: str, name: str) -> bool:
            return mentions_subject(text, name) or spelled_out(name, text)
    else:
        says = mentions_name
    held = [name for name in dict.fromkeys(names(question)) if not _QUANTITY_WORD.fullmatch(name) and name.lower() not in skip
            and name not in FIELD_ACRONYMS and not (loose and name.split("-")[0] in FIELD_ACRONYMS)
            and any(says(t, name) for t in texts.values())]
    if not held:
        return set()
    holding = {n for n, t in texts.items() if all(says(t, name) for name in held)}
    return holding if len(holding) < len(texts) else set()


# a field's acronyms: they name no study, nor answer "which model"
FIELD_ACRONYMS = frozenset("AI ML DL RL NLP CV LLM LLMs VLM VLMs MLLM MLLMs LMM LMMs LVLM LVLMs LRM LRMs SLM SLMs SOTA API APIs GPU GPUs CPU CPUs RGB IoT AR VR".split())


# how the coverage and neighbour gates end their reasons: the cited abstract is not the study asked about
RELATED_STUDY = "a related study, not the one asked about"
NEIGHBOUR_STUDY = "a neighbour of the study asked about"


# "What taxonomy does the comprehensive survey of large vision-language models for multimodal fake news detection
# establish?" was answered from FMNV, a dataset paper that holds 83 % of the question's rare terms (fresh135-19, the survey
# withheld): a study the question calls a survey or review is one, and an abstract that never says so is another study
_DESCRIBED_SURVEY = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:survey|review|meta-analysis)\s+(?:of|on)\b", re.I)
_IS_SURVEY = re.compile(r"\b(?:survey\w*|review\w*|overview\w*|meta-analys\w*)\b", re.I)


def not_the_survey(question: str, texts: Iterable[str]) -> bool:
    """Does the question describe the study it asks about as a survey or review ("the comprehensive survey of …") while
    none of the texts says it is one?"""
    return bool(_DESCRIBED_SURVEY.search(question)) and not any(_IS_SURVEY.search(t) for t in texts)


def about_another_study(why: str) -> bool:
    """Was an answer refused because no abstract is the study asked about (not for lack of a figure)?"""
    return RELATED_STUDY in why or NEIGHBOUR_STUDY in why


def english_weight(word: str) -> float:
    """How much a question word can tell one study from another, by how common it is in English at
    large. The collection's idf alone cannot tell: among 75,000 ML abstracts "doubt", "cast" and
    "bigger" are as rare as "polarimetric", so a question phrased in plain words looked like one
    about a study the collection lacks. Names are not judged here (their weight is fixed)."""
    from wordfreq import zipf_frequency

    z = zipf_frequency(word, "en")
    return min(1.0, max(ENGLISH_FLOOR, (COMMON - z) / (COMMON - TECHNICAL)))


def term_coverage(question_tokens: list[str], text_tokens: set[str], idf: dict[str, float],
                  exact: frozenset[str] = frozenset()) -> float:
    """Share of the question's terms, weighted by how rare they are in the collection (idf), that
    the text uses. "Does drug A lower B in C patients?" against an abstract about drug A in D
    patients misses the rare term C: a related study, not the one asked about. No word lists:
    common words weigh little because the collection itself uses them everywhere. `exact`: terms
    held only as they are (names: "ScaleDF" is not held by "scale")."""
    terms = list(dict.fromkeys(question_tokens))
    total = sum(idf.get(t, 0.0) for t in terms)
    if total <= 0:
        return 1.0
    return sum(idf.get(t, 0.0) for t in terms if holds(text_tokens, t, exact)) / total


def holds(text_tokens: set[str], term: str, exact: frozenset[str] = frozenset()) -> bool:
    """The text uses the term, or another form of the word that the stemmer keeps apart ("scarce"
    -> "scarc" and "scarcity" -> "scarciti", "accurate" and "accuracy"): one stem begins the other,
    with at least `PREFIX` letters and at most `SUFFIX` more, so "transcript" is not held by
    "transform" nor "classification" by "classic". Terms in `exact` (names) only as they are."""
    if term in text_tokens:
        return True
    if term in exact or len(term) < PREFIX:
        return False
    return any(len(t) >= PREFIX and abs(len(t) - len(term)) <= SUFFIX and (t.startswith(term) or term.startswith(t))
               for t in text_tokens)
