"""What kind of question is this, and so what shape must its answer take?

- listing   "Which abstracts discuss X?"              -> the relevant abstracts, from retrieval
- survey    "What methods do the papers propose?"     -> one cited sentence per relevant abstract
- yesno     "Does X improve Y?", "Is it true that…"  -> a verdict (Yes / No / not settled) + evidence
- multipart "Which dataset…, and how much…?"          -> every part answered and cited
- summary   "Summarize the paper on WallGo."          -> that one abstract's aim, proposal and finding, quoted
- factoid   everything else                            -> one or two cited sentences; when the
            question asks for a number, name or link, the answer must contain one

Rules, not the LLM: they are instant, deterministic, and on our question sets they agree with the
hand labels (measured in bench/questions.py). A question the rules misread still gets a verified
answer, only in the factoid shape."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from . import coverage
from .citations import NUMBER_WORDS, TENS_WORDS
from .coverage import ENUMERATOR, RELATIVE_CLAUSE, names

Kind = Literal["factoid", "yesno", "multipart", "survey", "listing", "summary"]
Expect = Literal["number", "link", "name", ""]
KINDS: tuple[Kind, ...] = ("factoid", "yesno", "multipart", "survey", "listing", "summary")

_AUX = r"(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|may|might|must)"
_WH = r"(?:what|which|who|whom|whose|how|why|when|where)"
_DOCS = r"(?:abstracts?|papers?|studies|study|articles?|works?|publications?|authors)"

_LISTING = re.compile(
    r"^\s*(?:(?:in|from|of)\s+)?(?:which|what)\s+(?:of\s+the\s+)?(?:(?!(?:is|are|was|were|do|does|did|can|could|has|have|had|the|a|an)\b)\w+\s+){0,2}?"
    r"(?:abstracts?|papers?|studies|study|articles?|works?|publications?)\b"
    r"|^\s*(?:list|find|show|name)\s+(?:me\s+)?(?:the\s+|all\s+|any\s+)?(?:\w+\s+)?(?:abstracts|papers|studies|articles|works|publications)\b",
    re.I)
_CLAIM = r"(?:is\s+it\s+(?:true|the\s+case|correct)\s+that|is\s+there\s+(?:any\s+)?evidence\s+that)"  # the claim follows
_CLAIM_ASKED = re.compile(rf"^\s*{_CLAIM}\b", re.I)
_YESNO = re.compile(rf"^\s*(?:{_AUX}|{_CLAIM})\b", re.I)
_YESNO_ASIDE = re.compile(rf"^\s*(?:according\s+to\s+the\s+(?:abstracts?|papers?)|in\s+the\s+abstracts?)\s*,\s*(?={_AUX}\b)", re.I)
# "Can you name the LLM that …?", "Could you list …": a request, not a yes/no question
_PLEASE = r"(?:(?:can|could|would|will)\s+you\s+|please\s+)"
_REQUEST = re.compile(rf"^\s*{_PLEASE}+(?:name|tell|list|give|say|find|show|identify|explain|describe|summari[sz]e|point)\b", re.I)
_NAME_REQUEST = re.compile(rf"^\s*{_PLEASE}*name\b", re.I)
_CHOICE = re.compile(r"\b(?:or|versus|vs\.?)\b", re.I)  # "Is it A or B?" asks which, not whether
MAX_ALTERNATIVE_WORDS = 4  # "… or unsupervised learning?": a choice; a longer tail is the claim going on
# not "authors": "How many architectures did the authors classify?" asks about one paper
_PLURAL_DOCS = r"(?:abstracts|papers|studies|works|articles|publications)"
# kinds of experiment a paper runs ("pilot studies", "ablation studies"): such studies are its own, not the collection
_EXPERIMENT = (r"(?:pilot|user|ablation|case|field|clinical|human|controlled|simulation|simulated|preliminary|follow-up|"
               r"validation|small-scale|large-scale|cohort|observational|longitudinal|randomi[sz]ed|in-house|online|offline)")
_SURVEY = re.compile(
    # "How do the papers differ…", "What do the abstracts propose…", "the approaches in common"
    rf"\b(?:differ|differs|difference|differences|similarities|similar|in\s+common|contrast)\b.*\b{_PLURAL_DOCS}\b"
    rf"|\b{_PLURAL_DOCS}\b.*\b(?:differ|differs|difference|differences|similarities|in\s+common|contrast|compare|agree|disagree)\b"
    rf"|\bcompare\s+the\s+(?:[\w-]+\s+){{0,4}}(?:approaches|methods|models|papers|abstracts|studies|results|findings)\b"
    rf"|^\s*compare\b"
    rf"|^\s*(?:what|which)\s+(?:are\s+the\s+)?(?:different\s+|main\s+|various\s+|common\s+|existing\s+)?(?:methods|approaches|techniques|strategies|ways|frameworks|solutions|directions|findings|trends|challenges)\b(?!\s+(?:does|did|is|was)\b)"
    # (not "… maintain to summarize past observations?", a purpose of one paper's method, fresh137-19)
    rf"|(?<!\bto\s)\b(?:summari[sz]e|overview)\b"
    rf"|\b(?:do|did|have)\s+(?:the|these|those)\s+(?:[\w-]+\s+){{0,5}}?{_PLURAL_DOCS}\b"
    # "How do these unified multimodal models represent images …?": "these" points at the collection's
    rf"|\b(?:do|did|have)\s+(?:these|those)\s+(?:[\w-]+\s+){{0,4}}?(?:models|methods|approaches|systems|frameworks|techniques|architectures|algorithms|agents)\b"
    # "In the pilot studies run with a bandit, how much …?": experiments inside one paper, not the collection
    # ("In the thesis that studies cartographic heritage …": "studies" after "that" is the thesis's verb)
    rf"|\b(?:across|among|in)\s+(?:the|these|those)\s+(?!(?:[\w-]+\s+){{0,2}}?{_EXPERIMENT}\s+{_PLURAL_DOCS}\b)(?:(?!(?:that|which|who)\b)[\w-]+\s+){{0,3}}?{_PLURAL_DOCS}\b(?!\s+(?:that|which)\b)",
    re.I)
# "by roughly / at least how much …": the hedges a "by how much" question may hold (`_PREP_WH`, `_NUMBER`)
_HEDGE = r"(?:roughly|approximately|around|nearly|almost|about|at\s+least|at\s+most)"
# "Into how many tokens …", "Across which datasets …": any preposition may lead a question
# ("…, and against which benchmark are its results compared?", fresh61-09; "…, and on roughly how many tokens …?", fresh58-10)
_PREP_WH = (rf"(?:(?:in|into|on|onto|for|from|with|within|up\s+to|to|at|by\s+up\s+to|by|of|under|over|between|among|across|during|"
            rf"about|against|through|after|before|via|per|beyond|without|upon|below|above|around|towards?|until|since)\s+(?:{_HEDGE}\s+)?)?(?:{_WH})")
# "…, and (roughly / also) how many …?": an adverb may stand between "and" and the next question
# "…, and, turning to the insect dataset, roughly how many …?": an aside may follow "and,"
# "… decide when to rely on X and when to call tools", "… anchors where to edit and how strongly to edit": a
# question word before "to" asks nothing of its own
# "…, where the unlabelled data mixes known and novel classes?": after a comma, "where" or "when" with
# no auxiliary after it opens a relative clause, not a question ("…, where can I find the code?")
_RELATIVE = rf"(?:where|when)\s+(?!{_AUX}\b)"
_PART_SPLIT = re.compile(rf"(?:\?\s+|;\s*|,?\s+and\s+(?:(?:\w+ly|also)\s+)?(?!{_WH}\s+(?:\w+ly\s+)?to\b)(?=(?:{_PREP_WH}|{_AUX})\b)|,\s+(?!{_WH}\s+to\b)(?!{_RELATIVE})(?=(?:{_PREP_WH})\b)"
                         rf"|,?\s+and,\s+(?=[^,?]{{1,80}},\s+(?:(?:\w+ly|also)\s+)?(?:{_PREP_WH}|{_AUX})\b))", re.I)
# the aside that opens such a part: "turning to the insect dataset, roughly how many …"
_ASIDE = rf"[^,?]{{1,80}},\s+(?:(?:\w+ly|also)\s+)?(?:{_PREP_WH}|{_AUX})\b"
# "When X is fine-tuned, does Y…?": a yes/no question after a leading clause
# (not "By what margin, in big blinds per hundred hands, did X beat Y?": a preposition with a question word asks)
_LEADING_CLAUSE_YESNO = re.compile(rf"^\s*(?!(?:[a-z]+\s+)?(?:what|which|who|whom|whose|how|why)\b|{_AUX}\b)[^?]*?,\s*(?={_AUX}\b)", re.I)
# the metrics a number question may name, and what `metric_asked` reads after a leading clause
_METRICS = (r"(?:r|recall|hits?|p|precision|acc|map)@(?:\d+(?:\.\d+)?|\w+)|"  # a retrieval cut-off first: "mAP@0.5", not "mAP"
            r"accuracy|precision|recall|f1|f-?measure|f-?score|dice|auc|bleu|rouge|(?-i:AP|mAP)|miou|iou|psnr|ssim|"
            r"fid|mae|mse|rmse|wer|cer|eer|ndcg|mrr|fps|latency|throughput|auroc|auprc|kappa|mcc|perplexity|correlation|pass@\w+|"
            # spelled out ("what intersection over union does … achieve?", also hyphenated), and the clinical pair
            r"intersection[\s-]+over[\s-]+union|area[\s-]+under[\s-]+the[\s-]+(?:roc[\s-]+)?curve|mean[\s-]+average[\s-]+precision|word[\s-]+error[\s-]+rate|"
            r"sensitivity|specificity|gini|"
            # a survival model's concordance ("What C-index does fusing WSI and clinical modalities reach …?", fresh116-07)
            r"c-index|concordance\s+index")
# a placing: "Where did the system place in the shared task?", "what place did it take?" ("8th out of 52")
_PLACING_FORMS = (r"\bwhere\s+(?:did|does|do|was|were|is|are|would|will)\b[^?]{0,120}?(?<!take\s)(?<!took\s)(?<!takes\s)\b(?:place[sd]?|"
                  r"rank(?:ed|s)?|finish(?:ed|es)?|c[oa]me|stand|stood)(?=\s*\?|\s+(?:in|on|among|at|out|overall|first|last)\b)|"
                  r"\b(?:what|which)\s+place\b(?!\s+(?:of|in\s+the\s+(?:paper|pipeline)))")  # not "what rank": a LoRA's rank is a number
_PLACING = re.compile(_PLACING_FORMS, re.I)
# what a placing is written as: "8th out of 52", "first place", "top-3", "the 85th percentile", "won"
_PLACED = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|top[- ]?\d*|last|winn(?:er|ing)|won|"
                     r"percentile|out\s+of\s+\d+|runners?[- ]up)\b", re.I)
# "What is the accuracy of …", "what average speedup …": a measurement is a number
_NUMBER = re.compile(r"\b(?:"
                     # "What improvements does WSM achieve over WSD on MATH and on HumanEval?" asks for figures (fresh90-10);
                     # "What improvements does the paper propose?" does not
                     r"what\s+(?:[\w-]+\s+){0,2}?(?:improvements|reductions|savings|gains)\b(?=[^?]*\b(?:achieves?|achieved|brings?|"
                     r"brought|yields?|yielded|obtains?|obtained|delivers?|delivered|reach(?:es|ed)?)\b)|"
                     r"how\s+(?:many|much|large|long|fast|quickly|big|small|slow|often|accurately|accurate|far|deep|wide|tall|heavy|old|high|low|short|close|badly|severely|sharply|steeply|dramatically)|by\s+(?:" + _HEDGE + r"\s+)?(?:how|what\s+(?:factor|margin))|(?:what|which)\s+(?:(?:is|are|was|were)\s+(?:the\s+|its\s+|their\s+)?)?(?:(?:(?!(?:is|are|was|were|do|does|did|role|kind|type|effect|the)\b)[\w.'\u2019-]+\s+){0,2}?|(?:(?!(?:is|are|was|were|do|does|did|role|kind|type|effect|the|and|or)\b)[\w.'\u2019-]+\s+){3})(?:[\w.]+-)?(?:percentage|proportion|fraction|share|number|amount|size|speed-?up|speeds?(?!-)|score|rate|ratio|error|gain|gains|margin|success|"
                     r"margins|improvement|reduction|saving|savings|cut|cuts|drop|boost|(?-i:MAP)|distance|duration|length|r2|r²|r\^2|r-squared|" + _METRICS +
                     # "What accuracies does TRACE-Bot achieve on the two datasets?": a figure per setting (fresh81-05)
                     r"|accuracies|precisions|recalls|f1s|f1-scores|aucs|sensitivities|specificities|latencies|correlations|scores|rates)\b(?!\s+(?:types?|kinds?|sorts?|categor(?:y|ies)|classes|functions?|definitions?|metrics?|measures?|analys[ie]s|trade-?offs?)\b)|to\s+what\s+(?:extent|level|degree|value)\b|" + _PLACING_FORMS +
                     # "How unevenly is the effort spread, as summarised by a Gini coefficient?": the figure is asked for
                     r"|\bas\s+(?:measured|summari[sz]ed|quantified|captured|expressed|given|scored)\s+(?:by|in|with)\s+(?:a|an|the|its|their)\s+"
                     r"(?:[\w'-]+\s+){0,2}?(?:coefficient|index|score|ratio|rate|statistic)\b)", re.I)
# A metric a number question may name after a leading clause ("…, how high does the correlation with
# true item difficulty get?"): what the number must be of (`drafting`, which only corrects with it).
_METRIC = re.compile(rf"\b({_METRICS})\b", re.I)


def metric_named(q: str) -> str:
    """The metric a question names, whatever it asks ('' when none): "Which detector achieves the best mAP@0.5 …?" ->
    "map@0.5"."""
    m = _METRIC.search(after_lead(q))
    return m.group(1).lower() if m else ""


def metric_asked(q: str) -> str:
    """The metric a question asking for a number names ('' when none): "… what accuracy does …" -> accuracy."""
    return metric_named(q) if _NUMBER.search(q) else ""


# "link" as a URL, not as in "link prediction" or "the link between A and B"; a link is "the", "its", "a project" link
# (not "how LLMs link genders to …", "interlanguage-link navigation", "inter-satellite link power")
# ("the saliency-guided URL paper": unsupervised RL's acronym before a noun asks for no link)
_LINK = re.compile(r"\burls?\b(?!\s+(?:papers?|work|study|studies|methods?|approach(?:es)?|agents?|settings?|tasks?|benchmarks?|algorithms?|frameworks?|models?|polic(?:y|ies)|objectives?)\b)|\b(?:websites?|web\s+pages?|homepages?|github|repository|repo)\b|\b(?:web|internet|online)\s+address(?:es)?\b|(?:^|\b(?:a|an|the|its|their|his|her|any|which|what|this|that|project|github|download|code|data|dataset|paper|web|direct|public)\s+)links?\b(?!\s+(?:between|among|with|prediction|predictions|predictor|analysis|layers?|functions?|budget|quality|rates?|state|level|structure|weights?|failures?|adaptation|formation|inference)\b)|\bwhere\s+(?:can|is|are)\b.*\b(?:found|available|released|downloaded|accessed|obtained)\b|\bcode\b.*\bavailable\b"
                   # "Where can I get the code …?", "where is its code?"
                   r"|\bwhere\s+(?:can|could|do|does|should)\s+(?:i|we|one|you|people)\s+(?:get|find|download|access|obtain|see)\b"
                   r"|\bwhere\s+(?:is|are)\s+(?:its|their|the|his|her|[\w-]+'s)\s+(?:(?:source|public|released)\s+)?(?:code|data|dataset|datasets|weights|models?|implementation|checkpoints?|demo)\b", re.I)
# "What makes VQA models struggle …?" asks for a cause: "what" is the subject of a verb, not a noun's determiner
_CAUSE_VERB = r"(?:makes?|causes?|drives?|limits?|hinders?|helps?|allows?|enables?|prevents?|leads?|explains?|determines?|affects?|influences?|keeps?|stops?)"
# "What kind of model …?" asks for a kind ("random forests"), not a name: no name is required
# ("Which of the commercial LLMs … scored best?" asks for a name as "Which LLM …" does)
_NAME = re.compile(r"^\s*(?:(?:in|on|from|for|with|against)\s+)?(?:which|what)\s+(?:of\s+the\s+(?!" + _PLURAL_DOCS + r"\b))?(?!" + _CAUSE_VERB + r"\b)"
                   r"(?!(?:kinds?|types?|sorts?|class(?:es)?|famil(?:y|ies)|categor(?:y|ies))\s+of\b)(?:(?!(?:is|are|was|were|do|does|did|the|a|an|in|on|of|for|with|to|by|as|at|from)\b)[\w-]+\s+){0,4}?(?:dataset|datasets|benchmark|benchmarks|model|models|methods?|algorithms?|architectures?|library|libraries|frameworks?|tools?|languages?|corpus|metrics?|optimizers?|network|system|baselines?|company|organization|institution|database|llms?|vlms?|mllms?|backbones?|encoders?|gpus?|provers?|solvers?|detectors?|classifiers?|tokenizers?|retrievers?)\b|^\s*who\b"
                   r"|^\s*what\s+(?:is|are|was|were)\s+(?:the\s+)?names?\s+of\b", re.I)


@dataclass(frozen=True)
class Question:
    text: str
    kind: Kind
    parts: tuple[str, ...] = ()  # multipart: the sub-questions, each ending in "?"
    expects: Expect = ""  # factoid: the answer must hold a number, a link or a name
    claim: str = ""  # yesno: the statement whose truth is asked ("X improves Y")
    per_study: bool = False  # multipart: each part asks about a different study ("Which is higher, A or B, …")
    notes: list[str] = field(default_factory=list, compare=False)


# "Two methods, ExPO and NFT, target X. What does ExPO condition on, and what does NFT do …?": sentences
# that set the scene before the question; the question is read from what follows them
_SCENE = re.compile(rf"^(?!\s*(?:{_WH}|{_AUX})\b)(?=[^?]*[.:!]\s+(?:{_WH}|{_AUX}|{_CLAIM})\b)[^?]*?[.:!]\s+(?=(?-i:[A-Z]))(?=(?:{_WH}|{_AUX}|{_CLAIM})\b)", re.I)


def classify(text: str) -> Question:
    q = " ".join(text.split())
    if (scene := _SCENE.match(q)) and q.endswith("?") and not _TWO_THE.match(q):
        # the kind, parts and claim are the question's; the text keeps the scene for retrieval. A scene may
        # say what "they" are ("I have papers on RAG. How do they differ?"): a survey of the whole text stays one
        asked = _classify(q[scene.end():])
        if asked.kind != "factoid" or (whole := _classify(q)).kind not in ("survey", "listing"):
            return replace(asked, text=q)
        return whole
    return _classify(q)


def _classify(q: str) -> Question:
    if asks_summary(q):
        return Question(q, "summary")
    if studies := _compared_in_intro(q):
        return Question(q, "multipart", parts=studies, per_study=True)
    parts = split_parts(q)
    # "Which study involved more people, A or B, and how many took part in each?" names the two
    # studies it compares: not a request for a list of studies
    studies = compared(parts) if len(parts) > 1 else ()
    if not studies and _LISTING.search(q):
        return Question(q, "listing")
    if len(parts) > 1 and any(_leans_on_previous(p) and re.match(rf"^\s*{_AUX}\b", prev, re.I)
                              for prev, p in zip(parts, parts[1:])):
        # "Is there code for X? Where can I find it?": one question asked twice over; the last
        # sentence says what is wanted (a link), so it is answered as one factoid
        return Question(q, "factoid", expects=expected_answer(q))
    if len(parts) > 1 and _SURVEY.search(parts[0]) and not _YESNO.search(parts[0]) \
            and all(_EACH.search(p) for p in parts[1:]):
        # "What approaches do the papers take, and how does each one work?": one line per abstract
        return Question(q, "survey")
    if len(parts) > 1:
        return Question(q, "multipart", parts=studies or resolve_it(parts), per_study=bool(studies))
    if _SURVEY.search(q) and not _YESNO.search(q):
        return Question(q, "survey")
    body = _YESNO_ASIDE.sub("", q)
    lead = _LEADING_CLAUSE_YESNO.match(body)
    if lead and not _YESNO.search(body):
        body = body[lead.end():]
    if _YESNO.search(body) and not _is_choice(body) and not _REQUEST.match(body):
        return Question(q, "yesno", claim=claim_of(body))
    return Question(q, "factoid", expects=expected_answer(q))


# "Is instance count or context length more important for the degradation?", "Does A or B matter more?": the
# alternatives are weighed against each other, a choice though the question goes on ("… more than C?" still asks whether)
_WEIGHED = re.compile(r"^\s*(?:is|are|was|were|does|do|did)\s+(?:[\w'-]+\s+){1,5}?or\s+(?:[\w'-]+\s+){1,4}?"
                      r"(?:(?:matter|matters|count|counts|weigh|weighs|contribute|contributes)\s+)?"
                      r"(?:more|less|better|worse|stronger|weaker|larger|smaller|greater)\b(?![^?]*\bthan\b)", re.I)


def leading_setting(question: str) -> str:
    """The leading clause a yes/no question opens with, before its verb ("On the Mamba-2 hybrid FalconH1-7B, " of "On the
    Mamba-2 hybrid FalconH1-7B, does tuning … beat LoRA?"); '' when it opens with the verb. The claim leaves it out."""
    m = _LEADING_CLAUSE_YESNO.match(" ".join(question.split()))
    return m.group(0) if m else ""


def _is_choice(q: str) -> bool:
    """'Does X use supervised or unsupervised learning?' asks which, so it is no yes/no question:
    the alternative closes the question. 'Is it true that A or B improves C?' and 'Can the agent
    still return wrong or inconsistent equations even when its fit looks strong?' still are (the
    'or' sits inside the claim)."""
    if _CLAIM_ASKED.match(q):
        return False
    if _WEIGHED.search(q):
        return True
    # "Does predictability matter more than its length or frequency?": the alternatives are what it
    # is compared with, the question still asks whether
    # "Does CoT help LLMs follow instructions whose constraints are arranged in parallel, chained or
    # branching structures?": alternatives inside a relative clause describe, they are not chosen between
    return any(len(re.findall(r"[\w-]+", q[m.end():])) <= MAX_ALTERNATIVE_WORDS
               and not re.search(r"\bthan\b(?:\s+[\w'-]+){1,4}\s*$", q[: m.start()], re.I)
               and not re.search(r"\S\s+(?:whose|which|where|who|whom)\b", q[: m.start()], re.I)
               # "… make up for visual features that are weak or poorly contextualised?": the alternatives describe
               # the features in a relative clause ("Is the method that X uses supervised or unsupervised?" still asks which)
               and not re.search(r"\S\s+that\s+(?:is|are|was|were|seem|seems|look|looks|become|becomes)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$",
                                 q[: m.start()], re.I)
               # "Is the capacity region the same whether the state is known causally or noncausally?": the
               # alternatives of "whether" are what it holds across, the question still asks whether
               and not re.search(r"\bwhether\b[^,;]*$", q[: m.start()], re.I)
               # "… a sign system such as heraldic emblems or administrative codes?": examples, no choice
               and not re.search(r"\b(?:such\s+as|e\.g\.,?|including)\s+(?:[\w'-]+,?\s+){0,5}$", q[: m.start()], re.I)
               # "… do open-source MoE models now match or outperform proprietary systems?": "match or outperform" says "at
               # least as good as", it offers no choice (fresh135-14)
               and not (re.search(r"\b(?:match|matches|meet|meets|equal|equals|rival|rivals)\s*$", q[: m.start()], re.I)
                        and re.match(r"\s*(?:exceed|outperform|surpass|beat|better)s?\b", q[m.end():], re.I))
               # "… in binary mine versus non-mine classification?": "versus" between two words that qualify the noun
               # after them names a setting, it offers no choice (fresh80-13)
               and not (m.group(0).lower().startswith("v") and re.match(r"\s*[\w-]+\s+[\w-]+", q[m.end():])
                        and re.search(r"[\w-]+\s*$", q[: m.start()]))
               for m in _CHOICE.finditer(q))


_EACH = re.compile(r"\b(?:each|every|they|them|their|these|those)\b", re.I)  # the papers the survey part asks about
_WH_NOUN_PAIR = re.compile(rf"^(\s*(?:which|what)\s+(?:(?!{_AUX}\b)[\w-]+\s+){{0,2}}?(?!{_AUX}\b)[\w-]+),?\s+and\s+(?=(?:which|what)\s)", re.I)
# ... when the sentence goes on after it (not with "and", nor with a question word)
_RELATIVE = re.compile(RELATIVE_CLAUSE.pattern + rf"\s+(?!(?:and|or|but)\b|{_PREP_WH}\b)(?=[a-z])", re.I)
_SUBORDINATE = re.compile(rf"^(?:when|whenever|while|once|if|after|before|since|although|though|whereas|because)\s+(?!{_AUX}\b)", re.I)
_WH_PAIR = re.compile(r"\b(when|why|where|how|whether|what)\s+and\s+(?=(?:how|when|why|where|whether|what)\b)", re.I)


# "with what Cohen's kappa": a phrase with no verb that asks a question further (`split_parts` merges it into the
# part before it, `also_asked` reads it back out of that part)
_QUALIFYING = r"(?:with|at|by|to)\s+(?:what|which)\s+(?:[\w'-]+\s+){0,2}[\w'-]+"
_QUALIFIER = re.compile(rf"^{_QUALIFYING},\s+\S", re.I)


# words after "what" that ask no measure of their own ("…, and what else?", "… and what about Y?")
_AFTER_WH_WORDS = frozenset("else about if for of is are was were do does did".split())


def split_parts(q: str) -> list[str]:
    """'Which dataset does X use, and how much does it improve over Y?' -> two questions. Only
    splits where each side is a question of its own (a wh-word or an auxiliary starts it), so
    'How do A and B differ?' stays whole."""
    if _CLAIM_ASKED.match(q):
        return [q]  # "Is it true that, when X is merged, Y …?": one claim, its clauses are no questions
    original = q
    # "Which Sharpe ratio did the council, which reweights its members …, obtain …?": a relative
    # clause between commas, after which the sentence goes on, asks nothing of its own
    q = _RELATIVE.sub(lambda m: "\x01" + m.group(0)[1:], q)
    # "… teach models when and how to call tools": two question words joined by "and" ask one question
    q = _WH_PAIR.sub(lambda m: f"{m.group(1)}\x00", q)
    # "Which object detector and which tracking filter does X rely on?": two asks, one question
    q = _WH_NOUN_PAIR.sub(lambda m: f"{m.group(1)}\x00", q)
    pieces = [p.strip(" ,;?:\u2014\u2013").replace("\x00", " and ").replace("\x01", ",") for p in _PART_SPLIT.split(q)]
    starts = rf"^(?:{_PREP_WH}|{_AUX}|{_CLAIM})\b"
    # "On EpiCurveBench, which gathers a thousand figures …, what score …?": a relative clause after a
    # comma (no auxiliary verb: it asks nothing) belongs to the phrase before it (after a question,
    # "…, which hospital collected it, …" may be a question of its own)
    i = 1
    while i < len(pieces):
        # ("…, where a prompt fixes the order in which concepts must appear, what …?": "where" with no
        # auxiliary right after it is a relative clause, whatever auxiliary its own clauses hold)
        if re.match(r"(?:which|who|whose|where)\b", pieces[i], re.I) \
                and (not re.search(rf"\b{_AUX}\b", pieces[i], re.I) or re.match(rf"where\s+(?!{_AUX}\b)", pieces[i], re.I)) \
                and not re.match(starts, pieces[i - 1], re.I) \
                and re.search(rf"(?<!\band),\s+{re.escape(pieces[i][:40])}", q, re.I):
            pieces[i - 1: i + 1] = [f"{pieces[i - 1]}, {pieces[i]}"]
        else:
            i += 1
    # "… on the benchmark of long-horizon tasks, written by people, in which digital agents must combine …?": a
    # preposition and "which" after a comma (no "and") open a relative clause, not a question (fresh44-05)
    i = 1
    while i < len(pieces):
        # (after a leading phrase only, "For the benchmark …, at which altitudes were the data captured, and …?",
        # it is the question itself: no question has begun that it could qualify)
        if re.match(r"(?:in|on|at|for|from|with|by|through|under|during|over|across)\s+(?:which|whom)\b", pieces[i], re.I) \
                and any(re.match(starts, p, re.I) for p in pieces[:i]) \
                and re.search(rf"(?<!\band),\s+{re.escape(pieces[i][:40])}", q, re.I):
            pieces[i - 1: i + 1] = [f"{pieces[i - 1]}, {pieces[i]}"]
        else:
            i += 1
    # "Which model powered PAVe, when it reached 88 % accuracy?": a last clause opened by "when" (or
    # "while", "if" …) with no auxiliary after it says when the question holds, it asks nothing
    if len(pieces) > 1 and _SUBORDINATE.match(pieces[-1]) and re.search(rf",\s+{re.escape(pieces[-1][:40])}", q, re.I):
        pieces[-2:] = [f"{pieces[-2]}, {pieces[-1]}"]
    # "…, and, switching to CAD, how many …": the comma before "how" split the aside from its question
    i = 1
    while i < len(pieces) - 1:
        # (also "…, and, when it is used zero-shot, how accurate is it?": "when" with no auxiliary after it)
        if (not re.match(starts, pieces[i], re.I) or _SUBORDINATE.match(pieces[i])) \
                and re.match(starts, pieces[i + 1], re.I) and len(pieces[i]) <= 80:
            pieces[i: i + 2] = [f"{pieces[i]}, {pieces[i + 1]}"]
        i += 1
    # "Which LLM was most reliable, and with what Cohen's kappa, in the thematic analysis of …?": a phrase with
    # no verb whose setting follows a comma asks the same question further (one answer: "Gemini, κ = 0.907"),
    # and the setting is the first one's too
    i = 1
    while i < len(pieces):
        if _QUALIFIER.match(pieces[i]) and not re.search(rf"\b{_AUX}\b", pieces[i], re.I):
            pieces[i - 1: i + 1] = [f"{pieces[i - 1]}, and {pieces[i]}"]
        else:
            i += 1
    # "What NDS does CRAB achieve on nuScenes, and what mAP?": a second ask of a measure's name alone, no verb of its own,
    # asks the first question again of that measure (fresh138-08, fresh138-09, fresh134-08 were answered as one factoid)
    for i in range(1, len(pieces)):
        short = re.fullmatch(r"(what|which)\s+([\w'-]+)", pieces[i], re.I)
        first = re.match(rf"(?:what|which)\s+[^,?]+?\s+({_AUX}\s+[^,?]+)$", pieces[i - 1], re.I)
        if short and first and short.group(2).lower() not in _AFTER_WH_WORDS:
            pieces[i] = f"{short.group(1)} {short.group(2)} {first.group(1)}"
    pieces = [p for p in pieces if len(p.split()) >= 3]
    # "Compare two results: what mAP does A reach, and up to what mAP does B …?": the questions follow the colon
    intro = re.match(rf"^[^:?]*:\s*(?=(?:{_PREP_WH}|{_AUX})\b)", pieces[0], re.I) if pieces else None
    if intro and len(pieces) > 1:
        pieces[0] = pieces[0][intro.end():]
    lead = ""
    # "For the model that …, how many pairs was it trained on, and what accuracy …?": the leading
    # clause says what the first question is about; so does a clause opened by "when" (or "if",
    # "while" …) with no auxiliary verb after it ("When LLMs play bandits …, which model picks …?")
    if len(pieces) > 1 and (_SUBORDINATE.match(pieces[0]) or (len(pieces) > 2 and not re.match(starts, pieces[0], re.I))):
        lead, pieces = pieces[0], pieces[1:]
    if len(pieces) < 2 or not all(re.match(starts, p, re.I) or (i and re.match(_ASIDE, p, re.I)) for i, p in enumerate(pieces)):
        return [original]
    if lead:
        pieces[0] = f"{lead}, {pieces[0]}"
    return [p[0].upper() + p[1:] + "?" for p in pieces[:3]]


_NAME_GOES_ON = re.compile(r"(?:\s+(?!(?:I|A|An|The|And|Or|Of|In|On|For|To|With)\b)[A-Z][\w-]*)+")


def subject_of(part: str, strict: bool = False, whole: bool = False) -> str:
    """The name a question is about: the first name after its auxiliary verb ('What F1 score does
    ChangeTitans reach?' -> 'ChangeTitans'; 'What dataset is used to test FedDP?' -> 'FedDP'); ''
    when there is none. `strict`: only a name right after the verb ('does FedSRD cut', not 'is
    used to evaluate the method that turns ViT features ...'). `whole`: a name of several capitalised words
    whole ("Latent Sketchpad", not "Latent"), for putting it in place of "it"."""
    aux = re.search(rf"\b{_AUX}\b", part, re.I)
    if not aux:
        return ""
    name = _NAMEISH.search(part, aux.end())
    if name and strict and not re.fullmatch(r"\s+(?:the\s+)?", part[aux.end():name.start()]):
        return ""
    # "did the AI reviewing system …": a field's acronym describes the subject, it does not name it
    if not name or name.group(0) in _FIELD_ACRONYMS:
        return ""
    # "does Latent Sketchpad …", "did GPT-4 Turbo …": a name of several capitalised words is one name
    more = _NAME_GOES_ON.match(part, name.end()) if whole else None
    return name.group(0) + (more.group(0) if more else "")


# "What constraint satisfaction does the best model reach on Penhallow, the benchmark of LLM constraint reasoning …?": a
# capitalised word that a description follows ("X, the …", "X, a …") is named, wherever it stands (fresh127-20)
_APPOSED = re.compile(r"(?<=\s)([A-Z][A-Za-z0-9-]*[a-z0-9][A-Za-z0-9-]*),\s+(?:the|a|an)\s+(?=[a-z])")


def apposed_name(part: str) -> str:
    """The name a question describes in apposition ("Penhallow" of "… on Penhallow, the benchmark of …"), not at its
    start; '' when there is none."""
    m = _APPOSED.search(part)
    return m.group(1) if m else ""


_COMPARATIVE = (r"(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|better|worse|faster|slower|stronger|weaker|"
                r"longer|shorter|most|least|highest|lowest|largest|smallest|biggest|greatest|best|worst|fastest|slowest|"
                r"strongest|weakest|longest|shortest)")
# "Which is higher: A, or B?", "Which claims the bigger gain, A or B?", "Which cuts cost more, A or B?",
# "Which is the largest, A, B or C?"
# "Which is higher, A or B", "Which dataset is larger — A, or B — and …?" (the closing dash goes with the split)
_COMPARISON = re.compile(rf"^\s*(?:which|what)\b[^,:?—–]{{0,60}}?\b{_COMPARATIVE}\b([^,:?—–]{{0,40}}?)(?:[,:]|\s+[—–]|\s+--)\s+(.+?),?\s+or\s+(.+?)\?$", re.I)
_EACH_ONE = re.compile(r"\b(?:each(?:\s+one)?|both(?:\s+of\s+them)?|they)\b", re.I)


# "Comparing A with B: what speed-up does each report, and which is larger?": the studies are named before the question
_COMPARING = re.compile(rf"^\s*(?:comparing|compare|contrasting|contrast)\s+(.+?)\s+(?:with|and|to|against|versus|vs\.?)\s+(.+?)\s*(?:[:;]|\s[—–]|,)\s+(?=(?:{_PREP_WH}|{_AUX})\b)", re.I)
# "Comparing two studies that …, one classifying X and one screening Y: which model did best in each study, …?": the
# studies are described, not named (group 1 what they are, 2 and 3 each one's description)
# ("Comparing two open data efforts for VLMs, one that releases … and one that synthesises …: how many items does each
# provide …?": a few words may describe what they are)
# ("Two pre-registered studies, one proposing … and one measuring …: how many models did each evaluate …?": no verb)
_TWO_DESCRIBED = re.compile(rf"^\s*(?:(?:comparing|compare|contrasting|contrast|considering|consider|taking|take)\s+(?:the\s+)?)?two\s+"
                            rf"(?:[\w-]+\s+){{0,3}}?(studies|papers|works|methods|systems|approaches|models|benchmarks|datasets|"
                            rf"efforts|projects|resources|releases|corpora|collections|tools|frameworks)\b[^:;?]{{0,120}}?,\s+one\s+"
                            rf"([^:;?]+?)\s+and\s+(?:one|the\s+other)\s+([^:;?]+?)\s*[:;]\s+(?=(?:{_PREP_WH}|{_AUX})\b)", re.I)
# "Compare two ways of training with fewer parameters: the approach that replaces …, and the LLM method that expands ….
# How many trainable parameters does each save …?" (fresh53-12): the two described after a colon, each with "the"
_TWO_THE = re.compile(rf"^\s*(?:(?:comparing|compare|contrasting|contrast|considering|consider|taking|take)\s+)?(?:the\s+)?two\s+"
                      rf"[^:;?]{{0,80}}?:\s+(the\s+[^:;?]+?),?\s+and\s+(the\s+[^:;?]+?)\s*[.:;]\s+(?=(?:{_PREP_WH}|{_AUX})\b)", re.I)
_HEAD_BEFORE = re.compile(r"\b([\w-]+)\s+(?:that|which|who|whose|where|for|from|of|on|in|with|to)\b", re.I)
# "… and which is larger?": a choice among the figures asked for, which the reader makes from the cited figures
# ("which cut is larger?": the figure may be named; "which of the two winners reached the higher accuracy?")
_WHICH_MORE = re.compile(rf"^\s*which(?:\s+one|\s+of\s+(?:the\s+)?(?:two|three|them|these)(?:\s+[\w'-]+)?|\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+"
                         rf"(?:is|was|has|had|reports|reported|gives|gave|achieves|achieved|reaches|reached|shows|showed|scores|scored)\s+"
                         rf"(?:the\s+)?{_COMPARATIVE}\b[^,]{{0,40}}\?$"
                         # "which one drew its models from more providers?": the choice, whatever its verb
                         rf"|^\s*which\s+(?:one|of\s+(?:the\s+)?(?:two|them))\s+[\w'-]+\s+[^?,]{{0,60}}?\b{_COMPARATIVE}\b[^?,]{{0,40}}\?$", re.I)


def _compared_in_intro(q: str) -> tuple[str, ...]:
    """'Comparing PARSE with Consultant Decoding: what is the largest speed-up that each reports, and which
    is larger?' -> 'What is the largest speed-up that PARSE reports?', '… that Consultant Decoding reports?'
    (fresh46-12: with the intro cut off, "each" named no study and both parts were refused). Studies described,
    not named ("Comparing two studies …, one classifying X and one screening Y: which model did best in each
    study, …?") are asked as "the study classifying X" and "the study screening Y" (fresh51-12). () unless one
    part asks it of "each" and any other part only chooses among the answers."""
    each = _EACH_ONE
    if described := _TWO_DESCRIBED.match(q):
        # "… in each study" -> "… in the study classifying electronic components"
        m, noun = described, described.group(1).lower()
        one = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        options = [f"the {one} {o.strip(' ,')}" for o in (m.group(2), m.group(3))]
        each = re.compile(rf"\beach(?:\s+(?:one|{one}|{noun}))?\b|\bboth(?:\s+(?:of\s+them|{noun}))?\b|\bthey\b", re.I)
    elif m := _TWO_THE.match(q):
        options = [o.strip(" ,") for o in (m.group(1), m.group(2))]
        # "each", "each approach", "each method": the nouns the two are described by
        nouns = {h.group(1).lower() for o in options if (h := _HEAD_BEFORE.search(o))}
        each = re.compile(rf"\beach(?:\s+(?:one|{'|'.join(map(re.escape, nouns | {'one'}))}))?\b|\bboth(?:\s+of\s+them)?\b|\bthey\b", re.I)
    elif m := _COMPARING.match(q):
        options = [o.strip(" ,") for o in (m.group(1), m.group(2))]
    else:
        return ()
    rest = q[m.end():]
    parts = split_parts(rest[0].upper() + rest[1:])
    asked = [p for p in parts if each.search(p)]
    if len(asked) != 1 or not all(p in asked or _WHICH_MORE.match(p) for p in parts):
        return ()
    if any(len(o.split()) > (24 if m.re is _TWO_THE else 16) for o in options):
        return ()
    return tuple(each.sub(lambda _, o=o: o, asked[0], count=1) for o in options)


def compared(parts: list[str]) -> tuple[str, ...]:
    """'Which is higher, A's accuracy or B's F1, and what are the two figures?' -> 'What accuracy does A
    report?', 'What F1 does B report?': each study's figure asked of its own abstract (a part that
    says "each" asks it of each: "…, and what reduction does each report?" -> "What reduction does A
    report?"); up to three studies. Which is higher the reader sees from the cited figures; the small
    model is not trusted to compare them. () when the first part compares nothing or nothing later
    asks for the figures."""
    m = _COMPARISON.match(parts[0])
    if not m or len(parts) != 2:
        return ()
    # "Which claims the larger margin over its baselines, A or B": the measure may sit in the head
    # ("its" there is each study's own: dropped, so that no part seems to point back to the first)
    measure = re.sub(r"\b(?:its|their)\s+", "", re.sub(r"^\s*(?:the|a|an)\s+", "", m.group(1).strip(), flags=re.I), flags=re.I)
    head = measure.split(" ", 1)[0].lower().rstrip("s") if measure else ""
    # "… and what are the two margins?": the figures, by the measure's own name
    named = len(head) > 2 and bool(re.search(rf"\b{re.escape(head)}s?\b", parts[1], re.I))
    generic = bool(re.search(r"\b(?:figures?|numbers?|values?|results?|factors?|scores?|percentages?)\b", parts[1], re.I))
    if not (named or expected_answer(parts[1]) == "number" or generic):
        return ()
    # "A, B or C": the first alternative may hold more than one
    options = [o.strip(" ,") for o in re.split(r",\s+", m.group(2)) + [m.group(3)]]
    if _DESCRIBED.match(options[-1]):
        # "the RGB, near-infrared and thermal triplets …, or the wound set …": described alternatives
        # open with a determiner, so a piece after a comma that has none belongs to the one before
        joined: list[str] = []
        for o in options:
            if joined and _DESCRIBED.match(joined[-1]) and not _DESCRIBED.match(o):
                joined[-1] += ", " + o
            else:
                joined.append(o)
        options = joined
    if len(options) > 3 or any(len(o.split()) < 2 for o in options):
        return ()  # more studies than parts, or a list of single words ("A, B or C") that a comma split wrongly
    if _EACH_ONE.search(parts[1]):
        return tuple(_EACH_ONE.sub(lambda _: o, parts[1], count=1) for o in options)
    # "… and what are the two margins?" names the measure; "Which reports the higher AUROC — A, or B — and what
    # are the two values?" asks each for the head's measure when it is a measurement ("macro-F1", "training
    # speed-up over reference"); a study given with its own measure ("HiVE-MIL's macro-F1 gain") keeps it
    asked = named or (generic and bool(measure) and expected_answer(f"What {measure} does it report?") == "number")
    return tuple(_figure_of(o, measure if asked else "") for o in options)


_DESCRIBED = re.compile(r"(?:the|a|an)\s", re.I)
_PREPOSITION = r"(?:on|for|over|in|with|at|under|across|against|of|from|to|by|when|after)"
_POSSESSED = re.compile(rf"^(?:the\s+)?([\w.-]+)'s?\s+((?:[\w-]+\s+){{0,3}}?[\w-]+?)(?:\s+({_PREPOSITION}\b.*))?$", re.I)
_OF_OWNER = re.compile(r"^(?:the\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s+of\s+(.+)$", re.I)


def _figure_of(option: str, measure: str = "") -> str:
    """'MomaGraph-R1's accuracy on MomaGraph-Bench' -> 'What accuracy does MomaGraph-R1 report on
    MomaGraph-Bench?'; 'the success rate of the grasp generator' -> 'What success rate does the grasp
    generator report?': the measure stays the thing asked for, so the answer must name it. A study
    named by a description ('the framework that detects X') gets the `measure` the comparison's head
    names ('margin over its baselines')."""
    if measure and re.match(r"(?:the|a|an)\s", option, re.I):
        return f"What {measure} does {option} report?"
    if m := _POSSESSED.match(option):
        owner, measure, rest = m.groups()
        return f"What {measure} does {owner} report{' ' + rest if rest else ''}?"
    if m := _OF_OWNER.match(option):
        owner = m.group(2) if re.match(r"(?:the|a|an|[A-Z0-9])", m.group(2)) else f"the {m.group(2)}"
        return f"What {m.group(1)} does {owner} report?"
    return f"What {measure} does {option} report?" if measure else f"How much is {option}?"


# "What F-measure does X achieve …": the figure a "what" asks X to reach; "what does it achieve on Y?":
# a later part that asks for the same figure without naming it
_REACH = r"(?:achieve|reach|get|score|report|obtain|attain|yield)s?"
_ASKED_PHRASE = re.compile(rf"^\s*(?:(?:in|on|for|at)\s+)?what\s+((?:(?!{_AUX}\b)[\w-]+\s+){{0,2}}?[\w-]+)\s+{_AUX}\b.*?\b{_REACH}\b", re.I)
_BARE_WHAT = re.compile(rf"^\s*(?:and\s+)?(what)\s+(?=(?:does|do|did)\s+(?:[\w-]+\s+){{1,4}}?{_REACH}\b)", re.I)


# "…, and on which dataset?": a later part that is only a question phrase after a preposition, no verb
# of its own (without the preposition, "which wins on Y" may be one)
_ELLIPTIC = re.compile(rf"^\s*((?:in|on|for|from|with|at|by|to|under|over|across|against|within)\s+(?:what|which|whose)\s+"
                       rf"(?!(?:for|on|in|at|with|by|to|of|from)\b)(?:(?!{_AUX}\b)[\w-]+\s+){{0,2}}(?!{_AUX}\b)[\w-]+)\s*\?*\s*$", re.I)


def resolve_it(parts: list[str]) -> tuple[str, ...]:
    """'..., and on which benchmarks was it evaluated?': a later part's 'it' / 'its' is the first
    part's subject, and 'the same benchmark' the other name it uses, so the part can be retrieved
    and answered on its own. A part with no verb of its own ("…, and on which dataset?") borrows the
    first part's ("On which dataset does X reach …?"): alone, "On which dataset?" retrieves any
    abstract that introduces a dataset."""
    # only a name right after the verb is the subject: in "did the harness for long-horizon Lean
    # autoformalization prove …" Lean is the language, not what "its code" belongs to
    # ("What dataset is used to test FedDP-STECAR?": the object of "to test" is the subject too)
    subject = subject_of(parts[0], strict=True, whole=True)
    loose = subject_of(parts[0], whole=True)
    if not subject and loose and re.search(r"\bto\s+\w+\s+(?:the\s+)?$", parts[0][: parts[0].find(loose)]):
        subject = loose
    # "... on BIRD, and what does XiYan-SQL report on the same benchmark?": the same one the first part names
    others = [n for n in names(parts[0]) if n != subject]
    asked = _ASKED_PHRASE.match(parts[0])
    resolved = [parts[0]]
    verb = re.search(rf"\b{_AUX}\b", parts[0], re.I)
    for part in parts[1:]:
        if verb and (bare_phrase := _ELLIPTIC.match(part)):
            part = f"{bare_phrase.group(1)} {parts[0][verb.start():].rstrip(' ?')}?"
        if asked and (bare := _BARE_WHAT.match(part)):
            # "What F-measure does it achieve on BSDS500, and what does it achieve on NYUDv2?": the
            # second "what" is the first one's F-measure
            part = f"{part[: bare.end(1)]} {asked.group(1)}{part[bare.end(1):]}"
        if others:
            part = re.sub(r"\b(?:the\s+)?same\s+(?:benchmark|dataset|data\s+set|task|test\s+set|corpus|metric)\b", others[-1], part, flags=re.I)
        # "…, and on how many of its benchmark tasks does LogitProd rank first?": a pronoun before a subject of the part's
        # own is that subject's (fresh103-11 read "EXAONE Path's benchmark tasks"); after it ("what accuracy do Swin-T
        # and TransFG average on it?") it is still the first part's
        own = subject_of(part, strict=True, whole=True)
        if subject:
            at = part.find(own) if own and own.lower() != subject.lower() else 0
            head, tail = part[:max(at, 0)], part[max(at, 0):]
            tail = re.sub(r"\bits\b", f"{subject}'s", tail)
            part = head + re.sub(r"\bit\b", subject, tail)
        resolved.append(part)
    return tuple(resolved)


_PRONOUNS = r"it|its|they|them|their"
_PRONOUN = re.compile(rf"\b(?:{_PRONOUNS})\b", re.I)
# "on which benchmark is this measured?": a demonstrative standing alone, before a verb
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those)\s+(?:is|was|are|were|be|been|being|\w+ed)\b", re.I)
_BACK_REFERENCE = re.compile(rf"\b(?:{_PRONOUNS}|this|these|those)\b", re.I)
_FORM = {"what", "which", "who", "whom", "whose", "how", "why", "when", "where", "i", "we", "you", "me", "us", "the", "a",
         "an", "it", "its", "they", "them", "their", "this", "these", "those", "there", "here", "in", "on", "for", "from",
         "of", "to", "at", "by", "with", "about", "is", "are", "was", "were", "do", "does", "did", "can", "could", "has",
         "have", "had", "will", "would", "should", "may", "might", "must", "be", "been", "get", "find", "see", "read"}


_AMONG_EARLIER = re.compile(r"^\s*(?:and\s+)?(?:which|who|what)\s+(?:one\s+)?of\s+(?:them|these|those)\b", re.I)


def picks_among_earlier(part: str) -> bool:
    """Does the part choose among the earlier part's answers ("…, and which of them gained from OCR
    text enrichment?")? Then it cannot be answered where that part was not."""
    return bool(_AMONG_EARLIER.match(part))


def refers_back(part: str) -> bool:
    """'..., and which model does it use to segment the leaves?': a later part that still points
    back at the first part's subject (no name could stand in for it), so it is about the same study.
    So does one that names nothing and says at most two words of its own ("…, and which models were
    attacked?"): it has no study of its own to be about."""
    body = re.sub(rf"^\s*(?:{_CLAIM}|is\s+it\s+true)\b", "", part, flags=re.I)
    if _PRONOUN.search(body) or _DEMONSTRATIVE.search(body):
        return True
    return not names(body) and _own_words(body) <= 2


def in_context(question: Question, part: str) -> str:
    """The text a part's coverage is judged on: a later part that points back ("…, and how is it
    fixed?") is about what the first part asks about, so the first part's words count for it. Not
    a comparison's parts: each names its own study ("How much does B cut latency relative to the method
    it is compared with?" is about B, fresh48-12)."""
    return f"{question.parts[0]} {part}" if points_back(question, part) else part


def points_back(question: Question, part: str) -> bool:
    """Is this later part of the question about the study of its first part ("…, and how is it fixed?")?
    Never a comparison's parts: each names its own study, whatever "it" it holds."""
    parts = question.parts
    return bool(parts) and part != parts[0] and not question.per_study and refers_back(part)


def _leans_on_previous(part: str) -> bool:
    """'Where can I find it?': a part that names nothing of its own, only points back to the
    previous one, cannot be retrieved or answered apart. (Only after a yes/no question, "Is there
    code for X?": after "How many lemmas did X prove, and where is its code?" it is a second ask.)"""
    return bool(_BACK_REFERENCE.search(part)) and _own_words(part) <= 1


def _own_words(part: str) -> int:
    """How many words of a part say something of its own (not question form, pronoun or article)."""
    return sum(w not in _FORM for w in re.findall(r"[a-z0-9]+", part.lower()))


# "Why do X fail …?", "What partly explains why …": the answer is a reason. English only: elsewhere
# nothing is read as asking why, and drafts stand as written.
_WHY = re.compile(r"(?:^|[,:;]\s*|\b(?:authors?|paper|study|abstract),?\s+)why\b|\bwhat\s+(?:\w+\s+)?(?:explains?|causes?)\s+(?:why|the)\b", re.I)
_REASON = re.compile(r"\b(?:because|due\s+to|owing\s+to|attribut(?:e|es|ed|ing|able)|caused\s+by|stems?\s+from|stemming\s+from|"
                     r"explained\s+by|explains?|results?\s+from|resulting\s+from|as\s+a\s+result\s+of|driven\s+by|arises?\s+from|"
                     r"inability|the\s+reason|since)\b", re.I)


def asks_reason(q: str) -> bool:
    """'Why does MixiT fall short …?': the answer must give a reason."""
    return bool(_WHY.search(q))


def states_reason(text: str) -> bool:
    """The text gives a cause ("due to …", "We attribute these failures to …", "because …")."""
    return bool(_REASON.search(text))


# "How well do the probes flag collusion?" is mostly answered with a figure ("1.00 AUROC in-distribution"),
# but may be answered in words ("generalises poorly"): a figure is preferred, never demanded (no refusal)
_HOW_WELL = re.compile(r"(?:^|[,:;]\s*|\band\s+)how\s+(?:well|effectively|reliably|successfully|good|strong|strongly)(?![\w-])", re.I)


# how well something did: a share or a score ("3.0%", LaTeX's "27.3\%", "40 percent", "AUC = 0.88", "1.00 AUROC"),
# not a count or a size ("30 cognitive tasks", "10.7M human decisions", "Qwen2.5-1.5B"), nor a version after a name
# ("Gemini 2.5 Pro")
_SHARE_FORMS = r"\d\s?\\?%|\d\s+percent\b"  # LaTeX escapes it: "$27.3\%$"; `_SHARE` below
_SCORE = re.compile(_SHARE_FORMS + r"|(?:(\S+) )?(?<![\w.-])\d+\.\d+(?![\w.])", re.I)


def gives_score(text: str) -> bool:
    return any(not (m.group(1) or "")[:1].isupper() or _METRIC.fullmatch(m.group(1)) for m in _SCORE.finditer(text))


# "How did their inclination to seek support from people change?": the answer says which way and by how much
# ("led to a 10.3% decrease"); a sentence that only speaks of the topic ("how those encounters redirect human
# connections over time") does not. The verb ends the question: "how does X change the Y" asks for an effect
_HOW_CHANGED = re.compile(r"(?:^|[,:;]\s*|\band\s+)how\s+(?:did|does|do|has|have|had|would|will|can|could)\b[^?]*\bchange\s*(?:\?|$)", re.I)
_CHANGE_STATED = re.compile(r"\b(?:increas|decreas|ris(?:e|es|ing)\b|rose\b|f[ae]ll(?:s|ing)?\b|drop|declin|gr[eo]w|shr[iu]nk|"
                            r"improv|reduc|boost|degrad|doubl|halv|gain|higher\b|lower|fewer\b|more\s+than\b|less\s+than\b)", re.I)


def asks_how_changed(q: str) -> bool:
    """'…, and how does accuracy change?': the answer states a change. Not 'How much does X change …?' (a
    figure, `expected_answer`) nor a yes/no question ('Does how often clients use … change …?')."""
    return bool(_HOW_CHANGED.search(q)) and expected_answer(q) == ""


def states_change(text: str) -> bool:
    """The text says which way something went ("a 10.3% decrease", "accuracy drops", "higher recall")."""
    return bool(_CHANGE_STATED.search(text))


# "Which model did best in the study …?", "which method performed best", "which was most accurate": the answer
# names a winner ("MobileNet-V2 recorded the highest at 99.95%"); a sentence that only says what was compared
# ("compares the performance of twelve ImageNet pre-trained models") names none
_BEST_END = r"(?=\s*[?,]|\s+(?:in|on|at|across|among|for|overall|when|under|of\s+all)\b)"  # "… best?", "… best on X?"
# "the lowest WER (error, loss, …)": the winner of a measure where lower is better (asked and stated alike)
_LOWEST_ERROR = r"lowest\s+(?:error|loss|wer|cer|eer|word\s+error|perplexity|latency|fid)"
_ASKS_BEST = re.compile(r"^\s*(?:which|what)\b[^?,]{0,60}?\b(?:(?:did|does|do|was|were|is|are|performed|worked|came\s+out|scored)\s+"
                        r"(?:the\s+)?(?:best|most\s+accurate(?:ly)?)" + _BEST_END
                        # "Which model was the best-performing one when …?" (fresh114-02)
                        + r"|(?:was|were|is|are)\s+the\s+(?:best|top|strongest)[\s-](?:performing|scoring|ranked)(?:\s+(?:one|model|method|system|approach|agent))?" + _BEST_END
                        # "Which fine-tuned model achieves the highest translation adequacy …?" (fresh60-03)
                        + r"|(?:achieves?|achieved|reach(?:es|ed)?|attains?|attained|obtains?|obtained|gets|got|shows?|showed)\s+"
                        r"the\s+(?:best|highest|top|strongest|" + _LOWEST_ERROR + r")\b"
                        # "Which model detected complex persuasion techniques most accurately in …?" (fresh63-04)
                        r"|\w+(?:ed|es|s)\s+(?:[\w-]+\s+){0,5}?most\s+accurately" + _BEST_END + ")", re.I)
# ("leading proprietary models" are the ones tested, no winner among them: fresh114-02 quoted "We test the performance of
# leading proprietary models - ChatGPT, Claude, and Gemini - …" for which one did best)
_STATES_BEST = re.compile(r"\b(?:best|highest|strongest|top|topped|most\s+accurate|outperform\w*|surpass\w*|superior|state-of-the-art|"
                          + _LOWEST_ERROR + r"|wins?|won|leading(?!\s+(?:[\w-]+\s+)?(?:models|llms|methods|systems|approaches|baselines|"
                          r"companies|labs|vendors|providers|architectures|frameworks|algorithms)\b)|achieved\s+the)\b", re.I)


# "Who wrote the paper on X?", "Who are the authors of …?": abstracts do not state their authors, and the small
# model, asked, names whatever the abstract does ("The authors … are Heads-Up No-Limit Texas Hold'em (HUNL)")
# ("Who proposed CARE?", "who introduced PIXIE": the people behind a paper's method are its authors; "who developed
# X" is left out, an abstract may name the company)
_AUTHORS_ASKED = re.compile(r"\bwho\s+(?:wrote|authored|first\s+(?:proposed|introduced)|proposed|introduced|invented|(?:are|were)\s+(?:the|its|their)\s+(?:authors?|researchers)|"
                            r"(?:is|was)\s+the\s+(?:first\s+|last\s+|lead\s+|senior\s+|corresponding\s+)?author)\b|"
                            r"\b(?:which|what)\s+(?:authors?|researchers)\s+(?:wrote|authored|are|were|is|was|published)\b|"
                            r"\b(?:name|list|give)\s+(?:me\s+)?the\s+authors?\b|\bauthors?(?:'s?)?\s+names?\b|\bnames?\s+of\s+the\s+authors?\b", re.I)


def asks_authors(q: str) -> bool:
    return bool(_AUTHORS_ASKED.search(q))


# "What is EVOKE?", "Tell me about WallZero", "What does GTA do?": a short request for what a named thing is; its
# few words sit close to no sentence of the abstract that names it (0.20 for "What is EVOKE?")
_DEFINITION = re.compile(r"^\s*(?:what\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?\S+(?:\s+\S+)?\s*\?|what\s+does\s+\S+(?:\s+\S+)?\s+do\s*\?|"
                         r"(?:(?:can|could)\s+you\s+)?(?:tell\s+me\s+about|explain|describe|summari[sz]e)\s+(?:the\s+|an?\s+)?\S+(?:\s+\S+)?\s*[?.]?)\s*$", re.I)


def asks_definition(q: str) -> bool:
    return bool(_DEFINITION.match(q))


# "Summarize the paper on WallGo.", "Can you give me a short overview of the WallGo paper?", "What is the paper that
# introduces WallZero about?", "TL;DR of the SkillCapsule study": one paper, summed up (the papers on a topic are a survey)
_ONE_DOC = r"(?:paper|study|abstract|article|preprint|manuscript|publication)(?!s)\b"
_SUMMED = r"(?:summary|overview|synopsis|gist|digest|tl;?\s?dr|rundown)"
_ASPECTS = r"(?:(?:main|key|core|central)\s+)?(?:findings|results|contributions|points|ideas|takeaways)\s+of\s+"
_SUMMARY = re.compile(
    rf"^\s*{_PLEASE}*(?:summari[sz]e|sum\s+up|(?:give|provide|write)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+|the\s+)?(?:short\s+|brief\s+|quick\s+|one-paragraph\s+)?{_SUMMED}\s+of"
    rf"|(?:a\s+|an\s+|the\s+)?(?:short\s+|brief\s+|quick\s+)?{_SUMMED}\s+of)\s+(?:the\s+{_ASPECTS})?"
    rf"(?:the|this|that)\s+(?:(?!{_DOCS}\b)[\w'-]+\s+){{0,4}}?{_ONE_DOC}"
    # "… the paper on WallGo and the paper on EVOKE": two papers
    rf"(?![^?]*\b(?:and|or|vs\.?|versus)\s+(?:the|that|this)\s+(?:[\w'-]+\s+){{0,4}}?{_ONE_DOC})[^?]*[?.!]?\s*$"
    rf"|^\s*what\s+(?:is|was)\s+(?:the|this|that)\s+(?:(?!{_DOCS}\b)[\w'-]+\s+){{0,4}}?{_ONE_DOC}(?:\s+(?:on|about|that|which|introducing|proposing|presenting)\b[^?]*?)?\s+about\s*\??\s*$",
    re.I)
# the words that ask for the summary, not what it is of ("WallGo" in "Summarize the paper on WallGo")
_SUMMARY_WORDS = re.compile(
    rf"\b(?:{_SUMMED}|summari[sz]e|sum\s+up|give|provide|write|me|us|short|brief|quick|one-paragraph|can|could|would|will|you|please|"
    rf"main|key|core|central|findings|results|contributions|points|ideas|takeaways|"
    rf"what|is|was|the|this|that|which|a|an|of|on|about|introduc\w*|propos\w*|present\w*|{_ONE_DOC})\b|[?.!]", re.I)


def asks_summary(q: str) -> bool:
    """Does the question ask for a summary of one paper (not of "the papers on X", a survey)?"""
    return bool(_SUMMARY.match(q)) and bool(summary_topic(q))


def summary_topic(q: str) -> str:
    """What paper a summary is asked of, without the asking: "the paper on WallGo" -> "WallGo"."""
    return " ".join(_SUMMARY_WORDS.sub(" ", q).split())


# "What approaches do the abstracts propose for …?", "What benchmarks do these papers introduce …?": a survey of
# what each paper puts forward, answered by its own proposal, not its scene-setting
# "What approaches do the papers take to …?", "What techniques do these papers use …?", "How do these papers approach …?":
# what each paper does, as much as "What do the papers propose …?" (asked of fresh54's collection, the survey of how
# papers simulate materials quoted each abstract's background: "Simulating these materials … is often slow")
_ASKS_PROPOSALS = re.compile(r"\b(?:propos\w*|introduc\w*|present(?:s|ed)?|put\s+forward|offer(?:s|ed)?|develop(?:s|ed)?|contribut\w*|"
                             r"approach(?:es)?|techniques?|strateg(?:y|ies)|methods?|methodolog(?:y|ies))\b", re.I)


# "How do these papers apply AI to fetal ultrasound?" quoted each abstract's background ("Fetal ultrasound (US) is the
# primary imaging modality for prenatal screening, …", fresh110-18): how the papers do a thing asks what each one does,
# unless it asks how they differ, compare, or evaluate
_HOW_PAPERS_DO = re.compile(r"^\s*how\s+do\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:papers|abstracts|studies|works|articles|authors)"
                            r"(?:\s+here)?\s+(?!differ|compare|contrast|vary|disagree|agree|relate|evaluate|assess|measure|define)\w", re.I)


def asks_proposals(q: str) -> bool:
    return bool(_ASKS_PROPOSALS.search(q) or _HOW_PAPERS_DO.search(q))


def asks_best(q: str) -> bool:
    return bool(_ASKS_BEST.search(q))


def states_best(text: str) -> bool:
    return bool(_STATES_BEST.search(text))


def asks_how_well(q: str) -> bool:
    """'How well does the solver do on the evaluation split?': a figure is the better answer, when the
    cited abstract has one. Not a yes/no question about it ("Does prompting improve how well …?")."""
    return bool(_HOW_WELL.search(q)) and expected_answer(q) == ""


# "How many tokens does the gate save?" asks for a saving, which is mostly a share ("saves up to 39% of tokens")
_SAVED = re.compile(r"\bhow\s+many\b[^?,;]*?\b(?:save[sd]?|cuts?|reduce[sd]?|spare[sd]?|eliminate[sd]?|shaves?|shaved|trim(?:s|med)?)\b", re.I)


def is_count(q: str) -> bool:
    """'How many X …?': the answer is a count of X. "How many mAP points …" asks for a difference of a
    measure, which may be written as a percentage ("+3.59% mAP"): no count; nor does "how many tokens
    does it save" (a saving), nor "how many times more energy …" (a ratio: "4.33x higher")."""
    # ("how many fewer reverse steps …" is answered by "72.1% fewer reverse steps", fresh107-12; "how many more severe
    # collision cases …" by "+31.96%", fresh38-06: a difference, which may be a share)
    return (bool(re.search(r"\bhow\s+many\b(?!\s+(?:[\w@.-]+\s+){0,2}points?\b)(?!\s+(?:fewer|more|less)\b)", q, re.I))
            and not _SAVED.search(q) and not coverage.asks_ratio(q))


_LEAD = re.compile(rf"^[^?]{{1,200}}?,\s+(?=(?:{_PREP_WH})\b)", re.I)


def after_lead(q: str) -> str:
    """The question after a leading phrase or clause: "Of GPT-4, Gemini Pro and Llama 3, which model
    answered …?" -> "which model answered …?" (so is "When LLMs play bandits …, which model …?")."""
    if re.match(rf"^\s*(?:{_PREP_WH}|{_AUX}|{_CLAIM})\b", q, re.I) and not _SUBORDINATE.match(q.strip()):
        return q
    m = _LEAD.match(q)
    return q[m.end():] if m else q


# The names a question offers to choose from: "Of GPT-4, Gemini Pro and Llama 3, which model …?",
# "Which of BERT or RoBERTa …?", "Which model, GPT-4 or Llama 3, …?". The answer is one of them.
_ITEMS = r"[^,?]{1,40}(?:,\s*[^,?]{1,40})*?,?\s+(?:and|or)\s+"
_OPTIONS = (re.compile(rf"^\s*(?:of|among|between|from)\s+(?:the\s+)?({_ITEMS}[^,?]{{1,40}}?),\s+(?:which|who|what)\b", re.I),
            re.compile(rf"\b(?i:which)\s+(?:[\w-]+\s+)?(?i:of)\s+(?:(?i:the)\s+)?({_ITEMS}[A-Z0-9][\w.-]*(?:\s+[A-Z0-9][\w.-]*)*)"),
            re.compile(rf"\bwhich\s+[\w-]+(?:\s+[\w-]+){{0,3}},\s+({_ITEMS}[^,?]{{1,40}}?),", re.I))


@lru_cache(maxsize=1024)  # asked of the same question for every candidate sentence (`provides`)
def options(q: str) -> tuple[str, ...]:
    """The names offered to choose from, or () when the question offers none (the items must be
    names: "Of the methods and datasets, which …" offers nothing)."""
    for pattern in _OPTIONS:
        m = pattern.search(q)
        if m:
            items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(1)) if i.strip()]
            if len(items) >= 2 and all(re.match(r"[A-Z0-9]|[a-z]+[A-Z0-9]", i) and len(i.split()) <= 4 for i in items):
                return tuple(items)
    return ()


# "Is MediHive centralized or decentralized?": the two words the question closes with, one to be chosen
_CLOSING_CHOICE = re.compile(r"\b([\w-]+)\s+or\s+([\w-]+)\s*\?\s*$", re.I)


def picks_alternative(q: str, text: str) -> bool:
    """Does the text name exactly one of the two words a question closes with ("… centralized or decentralized?")?
    "MediHive is decentralized" answers it, though it adds no word to the question."""
    m = _CLOSING_CHOICE.search(q)
    if not m or not _is_choice(q):
        return False
    said = [bool(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I)) for w in m.groups()]
    return sum(said) == 1


def _option_pattern(option: str) -> str:
    # "Llama 3", "Llama-3", "Llama~3" and "LLaMA3" are one name
    return r"(?<![\w-])" + r"[\s~-]?".join(re.escape(t) for t in re.split(r"[\s-]+", option)) + r"(?![\w-])"


def chooses(opts: tuple[str, ...], text: str) -> bool:
    """Does the text name one of the options, other than in a list of all of them? "We evaluate
    GPT-4, Gemini Pro and Llama 3 on …" chooses none; "GPT-4 outperforms Gemini Pro and Llama 3" does."""
    one = "(?:" + "|".join(_option_pattern(o) for o in sorted(opts, key=len, reverse=True)) + ")"
    for m in re.finditer(rf"{one}(?:(?:\s*(?:,|and|or|&|as\s+well\s+as)\s*)+{one})+", text, re.I):
        if all(re.search(_option_pattern(o), m.group(0), re.I) for o in opts):
            text = text.replace(m.group(0), " ")
    return bool(re.search(one, text, re.I))


# "What is the speedup attributed to?", "To what is the gain owed?": the cause of a measure is asked, not its figure
_CAUSE_OF = re.compile(r"\b(?:attributed|attributable|ascribed|credited|owed|owing|due)\s+to\s*\?*\s*$"
                       r"|\b(?:caused|explained|driven|accounted\s+for)\s+by\s*\?*\s*$"
                       r"|^\s*to\s+what\s+(?:is|are|was|were)\b[^?]*\b(?:attributed|ascribed|credited|owed|due)\b", re.I)


def expected_answer(q: str) -> Expect:
    """What the answer must hold. The question's own ask comes first: "How many images … gathered on
    websites" asks for a number, "Where is the code …, reported on how many …" for a link; "What is the
    speedup attributed to?" for neither (fresh69-09: its answer, "… we attributed this speedup to WPT's
    improved cache locality …", holds no figure)."""
    if options(q) and not _LINK.search(q):
        return "name"
    q = after_lead(q)
    number = None if _CAUSE_OF.search(q) else _NUMBER.search(q)
    link, name = _LINK.search(q), _NAME.search(q) or _NAME_REQUEST.match(q)
    if link and not (number and number.start() < link.start()):
        return "link"
    # "What is the name of the metric proposed to quantify how much …": the name is asked first
    if number and not (name and name.start() < number.start()):
        return "number"
    return "name" if name else ""


_ALSO_ASKED = re.compile(rf",\s+and\s+({_QUALIFYING}),", re.I)


def also_asked(part: str) -> str:
    """The qualifier merged into a part (`split_parts`), as a question of its own ('' when none):
    "Which LLM was most reliable, and with what Cohen's kappa, in …?" also asks "with what Cohen's kappa?"."""
    m = _ALSO_ASKED.search(part)
    return f"{m.group(1)}?" if m else ""


def claim_of(q: str) -> str:
    """The statement a yes/no question asks about: 'Is it true that X?' -> 'X'; 'Does X improve
    Y?' -> 'X improve Y'. Only used to compare with evidence sentences, so grammar may be rough."""
    s = q.strip().rstrip("?").strip()
    s = re.sub(rf"^{_CLAIM}[\s,]+", "", s, flags=re.I)
    s = re.sub(rf"^{_AUX}\s+", "", s, flags=re.I)
    return s[:1].upper() + s[1:] if s else q


_URL = coverage.URL
# "available on GitHub": where the code is, but no link; the answer when no abstract gives one
_HOST = re.compile(r"\b(?:github|gitlab|hugging\s*face|zenodo|bitbucket)\b", re.I)


def gives_link(text: str) -> bool:
    return bool(_URL.search(text))


def names_host(text: str) -> bool:
    return bool(_HOST.search(text))


# A quantity: a numeral standing on its own ("83%", "55B", "0.11", "10x"), not one inside a name
# ("3D", "GPT-4", "ResNet-50", "Qwen2.5", the TeX "M$^3$CoT"), or a number word ("five public datasets").
_NUMERAL = re.compile(r"(?<![\w.^])(?<![A-Za-z]-)(?<![A-Za-z.\-]\d-)(\d+(?:[.,]\d+)*)([A-Za-z%\u00d7]*)")
_UNITS = {"", "%", "x", "\u00d7", "k", "K", "M", "B", "G", "T", "ms", "s", "h", "GB", "MB", "TB", "FPS", "fps", "px", "pp",
          "mm", "cm", "m", "km", "st", "nd", "rd", "th", "bit", "bits", "fold",
          # a figure with its unit symbol ("a 12.5Hz audio tokenizer", "at 30 Mbps", "in 5min")
          "Hz", "kHz", "MHz", "GHz", "dB", "min", "ns", "us", "bps", "kbps", "Mbps", "Gbps", "bpp", "W", "kW", "mW", "kWh",
          "KB", "kB", "PB", "nm", "FLOPs", "GFLOPs", "TFLOPs"}
# "zero" and "one" are left out: "one of the ..." is no answer to "how many".
_NUMBER_WORD = re.compile(r"\b(?:%s|hundreds?|thousands?|millions?|billions?|dozens?|twice|half)\b"
                          % "|".join([w for i, w in NUMBER_WORDS.items() if int(i) >= 2] + list(TENS_WORDS)), re.I)
# also a name that opens in lowercase ("nuScenes", "mBERT", "xLSTM", "iNaturalist"), but not a metric or unit
# written so ("mAP", "mIoU", "pH", "dB")
_NAMEISH = re.compile(r"\b(?:[A-Z][a-z]*[A-Z0-9][\w-]*|[A-Z]{2,}[\w-]*|[A-Z][a-z]+(?:-[A-Z0-9][\w]*)+|[A-Z][a-z]{2,}"
                      r"|(?!(?:mAP|mIoU|mAcc|mAUC|mF1|pH|dB|kHz|mAh|kWh)\b)[a-z]+[A-Z][\w-]*)\b")


# acronyms of a field or of hardware, never the name a "which dataset / model / benchmark" asks for
_FIELD_ACRONYMS = coverage.FIELD_ACRONYMS


_MULTIPLIER = re.compile(r"\b(?:twice|half|double[ds]?|triple[ds]?|orders?\s+of\s+magnitude|(?:%s|hundred|thousand)(?:[- ]?fold|\s+times|\s+(?:seconds|minutes|hours|days|weeks|months|years)))\b"
                         % "|".join(w for i, w in NUMBER_WORDS.items() if int(i) >= 2), re.I)


_RATIO_ASKED = re.compile(r"\bhow\s+many\s+times\s+(?:more|less|fewer|higher|lower|larger|smaller|faster|slower|as)\b", re.I)
# "by what factor …": a ratio ("5x", "fivefold", "a factor of 208") or a share ("by 40 %"), not a count, an
# ordinal or the "256 × 256" of a resolution
# "our contributions are twofold:": a number of parts, no multiplier
_IN_PARTS = re.compile(r"\b(?:is|are)\s+\w+[- ]?fold\s*[:;,.]", re.I)
# a number with what it measures after a space ("2.3 s", "by 12 points", "3 dB")
_MEASURED = re.compile(r"\d\s+(?:s|ms|sec|seconds?|minutes?|min|hours?|h|days?|points?|pp|percent|percentage\s+points?|db|"
                       r"tokens?|words?|steps?|frames?|epochs?|iterations?)\b", re.I)
_HOW_MUCH = re.compile(r"\bhow\s+much\s+([a-z]+)", re.I)
# "how long is the dataset / did it take / a sequence can it handle": a duration or a length, a figure (or a number word)
# with its unit ("46-hour", "3.4 ms", "two days", "8,192 tokens", "128K"), not a count of something else ("300-video",
# fresh65-11)
_HOW_LONG = re.compile(r"\bhow\s+long\b", re.I)
_DURATION = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few))[\d.,]*\s*[-~]?\s*"
                       r"(?:ms|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|decades?|"
                       r"tokens?|words?|characters?|chars?|frames?|steps?|residues?|amino\s+acids?|bp|kb|km|m|meters?|metres?|"
                       r"cm|mm|pages?|lines?|sentences?|turns?)\b|\d\s*[KkM]\b", re.I)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_FACTOR_ASKED = re.compile(r"\bby\s+(?:roughly\s+|about\s+|approximately\s+|around\s+|nearly\s+|almost\s+)?what\s+factor\b", re.I)
# "What fraction of the designs are stable?", "in what share of runs …": a share is a percentage, a part of a
# whole ("12 of 40", "12 out of 40"), a fraction in words ("two-thirds", "half") or a decimal ("0.35"); a count of
# anything is none ("47,000 LEGO structures" for the fraction of stable designs, fresh71-22)
_SHARE_ASKED = re.compile(r"\bwhat\s+(?:\w+\s+)?(?:percentage|proportion|fraction|share)\s+of\b", re.I)
_PART_OF = re.compile(r"\d\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\d|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|"
                      r"majority|minority)\b|(?<![\w.])\d*\.\d+(?![\w.])", re.I)
_FASTER = frozenset({"faster", "quicker", "slower"})
_SPEED_WORD = re.compile(r"\b(?:faster|quicker|slower|speed\w*|latency|latencies|throughput|runtime|run-time|wall-clock|"
                         r"accelerat\w*|time|times)\b", re.I)
_TIME = re.compile(r"\d\s*(?:s|ms|sec|seconds?|minutes?|min|hours?|h)\b", re.I)
_SPEEDUP_ASKED = re.compile(r"\bspeed-?ups?\b", re.I)
# how long before something: a span of time may be said in words ("decades in advance", "several years earlier")
_AHEAD_ASKED = re.compile(r"\bhow\s+(?:far\s+(?:in\s+advance|ahead|back)|early|long\s+(?:before|in\s+advance|ahead))\b", re.I)
_AHEAD_SAID = re.compile(r"\b(?:decades|years|months|weeks|days|hours)\s+(?:in\s+advance|ahead|before|earlier|prior)\b", re.I)
# "how much does X …": the head both readings of a change asked for share, up to its verb
_HOW_MUCH_DOES = r"\bhow\s+much\s+(?:do|does|did|can|could|will|would)\b[^?,;]{0,120}?\b"
# "how much does/do X improve / gain / drop …", "how much did accuracy rise": the size of a change is asked
_CHANGE_ASKED = re.compile(_HOW_MUCH_DOES + r"(?:improve[sd]?|gain(?:s|ed)?|ris(?:e|es|en)|rose|"
                           r"increase[sd]?|decrease[sd]?|drop(?:s|ped)?|f[ae]ll|falls|boost(?:s|ed)?|degrade[sd]?|decline[sd]?)\b", re.I)
# "how much does X cut inference latency …": what is cut is named after the verb (group 1). Only verbs of
# reduction: they take a measure (latency, cost, error), where "improve" also takes a model ("improve
# Qwen2.5-VL models on average")
_CHANGED_MEASURE = re.compile(_HOW_MUCH_DOES + r"(?:cut(?:s|ting)?|"
                              r"reduce[sd]?|lower(?:s|ed)?|decrease[sd]?|shorten(?:s|ed)?|save[sd]?)\s+(?:the\s+|its\s+|their\s+)?"
                              r"([a-z][^?,;]*)", re.I)


# "how much less attention collapse is reported?", "how much more memory does it use?": the measure sits between the
# comparative and the verb ("how much faster is X" names none)
_MEASURE_VERBS = "is|are|was|were|do|does|did|can|could|will|would|has|have|had"
_MEASURE_VERB = rf"(?:{_MEASURE_VERBS})"
_MEASURE_WORD = rf"(?!(?:{_MEASURE_VERBS}|than)\b)[a-z][\w-]*"  # a word of the measure: no verb, no "than"
_COMPARED_MEASURE = re.compile(rf"\bhow\s+much\s+(?:less|more|lower|higher|greater|smaller|larger|fewer)\s+"
                               rf"({_MEASURE_WORD}(?:\s+{_MEASURE_WORD}){{0,3}})\s+{_MEASURE_VERB}\b", re.I)


def changed_measure(question: str) -> str:
    """What a "how much does X cut Y" question asks the cut of ("inference latency or time …"), or what a "how much
    less Y is …" one asks the difference of, or ''."""
    m = _CHANGED_MEASURE.search(question) or _COMPARED_MEASURE.search(question)
    return m.group(1).strip() if m else ""


_VERSION = re.compile(r"\b[A-Z][\w-]*\s+v?\d+(?:\.\d+)+\b")
# (a hyphen inside a name is no sign: "Qwen2.5-Coder-7B" holds no change, fresh91-21)
_CHANGE_FIGURE = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])|(?<![\w.])[+\u2212-]\s?\d|\bby\s+(?:up\s+to\s+|about\s+|roughly\s+|over\s+|nearly\s+|almost\s+)?\d|"
                            r"\bfrom\s+\d[\d.,]*\s*(?:\S+\s+){0,2}?to\s+\d", re.I)
_SHARE = re.compile(_SHARE_FORMS, re.I)
# "how often …": a share ("in 89.6% of cases"), a ratio or a rate ("twice", "3 times", "12 out of 40",
# "once a day", "every 5 s"), not a count ("a 1.2K-instance benchmark" says nothing of how often) nor the
# "once" of "once processed by the model"
_OFTEN_ASKED = re.compile(r"\bhow\s+often\b", re.I)
_FREQUENCY = re.compile(r"\d\s+(?:times|out\s+of|of\s+(?:the\s+)?\d|per\s+\w+)\b|\bonce\s+(?:a|an|per|every|each|in)\s|\bevery\s+\d", re.I)
# TeX writes the multiplier "5.1$\times$" (fresh56-12) or "$5.1\times$"
# "28 settings (7 subtasks x 4 datasets)": a grid of counts, no ratio (fresh60-07 was answered so for "How much faster …?");
# of the 103,697 sentences of the sets' corpora and SciFact, 5 hold one
_GRID = re.compile(r"(?<![\w.])\d+\s+[A-Za-z][\w-]*(?:\s*(?:x|\u00d7|\$\\times\$|\\times)\s*\d+\s+[A-Za-z][\w-]*)+")
_RATIO = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*\s*(?:x|\u00d7|\$?\s*\\?times\s*\$?|-?fold)(?![\w\u00d7])(?!\s*\$?\s*\d)|(?<![\w.])(?<!\d\s)[x\u00d7]\s?\d+(?:\.\d+)?(?![\w.])|"
                    r"\bfactor\s+of\s+(?:about\s+|roughly\s+|up\s+to\s+|nearly\s+|over\s+)?\d", re.I)


_TIMES_PREFIX = re.compile(r"(?<![\w.])[x\u00d7](?=\d)")  # "a speedup of x17.7"


_ORDINALS = frozenset({"st", "nd", "rd", "th"})
# a question whose answer may be an ordinal ("ranked 2nd", "in 3rd place")
_RANK = re.compile(r"\b(?:rank(?:s|ed|ing)?|place[sd]?|position(?:s|ed)?|ordinal)\b", re.I)


# "the approach by Alves et al. (2024)", "(Smith et al., 2021)": the year of a citation is no figure of the study (it was
# taken for the answer to "How much faster is landmark-subset sign recognition than the approach of Alves et al.?")
_CITED_YEAR = re.compile(r"\bet\s+al\.?,?\s*\(?(?:19|20)\d\d[a-z]?\b\)?")


def quantities(text: str, ordinals: bool = True) -> set[str]:
    """The numbers the text states as quantities; with `ordinals` False, not "1st" or "2nd" either
    (the "1st- and 2nd-order solutions" are no factor, no count), nor the year of a citation ("et al. (2024)")."""
    units = _UNITS if ordinals else _UNITS - _ORDINALS
    text = _CITED_YEAR.sub(" ", text)
    return {num for num, unit in _NUMERAL.findall(_TIMES_PREFIX.sub(" ", ENUMERATOR.sub(" ", text))) if unit in units}


# a figure with what it measures: "5-second" and "5x" are two figures, "68.05%" and "68.05 %" one; a digit in
# a name's TeX ("M$^3$CoT") is none (it made LangCoop's sentence "repeat" an earlier part's "3 hours": fresh55-12)
_FIGURE = re.compile(r"(?<![\w.^])(?<![A-Za-z]-)(\d+(?:[.,]\d+)*)(?:\s?(%)|-?([A-Za-z\u00d7]+))?")


def figures(text: str) -> set[tuple[str, str]]:
    return {(num, (pct or unit).lower()) for num, pct, unit in _FIGURE.findall(ENUMERATOR.sub(" ", text)) if (pct or unit) in _UNITS or unit.isalpha() and unit.islower()}


def same_figures(text: str, earlier: set[tuple[str, str]]) -> bool:
    """Every figure of `text` is one of `earlier` (a figure without a unit matches any unit)."""
    found = figures(text)
    return bool(found) and all(any(n == m and (u == v or not u or not v) for m, v in earlier) for n, u in found)


_EXPANSION = re.compile(r"((?:[\w-]+\s+){1,9})\(([A-Z][A-Za-z-]*)\)")
_LINKING = frozenset("and of for the in on to with a an".split())


def abbreviates(name: str, text: str) -> bool:
    """Is the name an abbreviation of words the text uses in a row? "OLaPh" of "the optimal-language
    phonemizer", "MedQA" of "a medical question answering …": the question's own subject, named by
    its study, and no answer to "which model did the authors of the optimal-language phonemizer train?".
    Each capital opens a piece that must begin the next word ("La" of "language"); linking words
    ("of", "and") may be skipped. Three capitals, or two with a lowercase letter ("MoE")."""
    name = re.sub(r"(?<=[A-Z])s$", "", name)  # "VFMs" of "vision foundation models": the plural's "s" begins no word
    pieces = re.findall(r"[A-Z][a-z]*", name)
    # two capitals alone ("SD") begin some pair of words in many a question
    if "".join(pieces) != name or not (len(pieces) >= 3 or len(pieces) == 2 and len(name) > 2):
        return False
    words = re.findall(r"[a-z0-9]+", text.lower())
    for start in range(len(words)):
        j = start
        for k, piece in enumerate(p.lower() for p in pieces):
            while k and j < len(words) and words[j] in _LINKING and not words[j].startswith(piece):
                j += 1
            if j >= len(words) or not words[j].startswith(piece):
                break
            j += 1
        else:
            return True
    return False


# a run of capitalised words, linking words allowed: where an abstract spells out its acronyms
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w-]*(?:\s+(?:(?:of|and|for|the|in|on|to|with)\s+)?[A-Z][\w-]*)+")


def spelled_out(acronym: str, text: str) -> bool:
    """Does the text spell the acronym out in capitalised words? "GRPO" in "… via Test-Time Group
    Relative Policy Optimization (TGRPO)": the question's GRPO is the abstract's, under another acronym."""
    return any(abbreviates(acronym, run) for run in _CAPITALISED_RUN.findall(text))


# the other order: "SUM (Synthetic Unanswerable Math)", an acronym (two capitals at least) and its words in brackets
_EXPANSION_AFTER = re.compile(r"\b([A-Z][A-Za-z-]*[A-Z][A-Za-z-]*)\s+\(((?:[\w-]+\s+){1,8}[\w-]+)\)")


def _spells(phrase: list[str], letters: str) -> bool:
    """Do the words spell the acronym's letters: their initials, those of their content words, of their hyphened
    parts, or their capitals?"""
    initials = "".join(w[0] for w in phrase).lower()
    content = "".join(w[0] for w in phrase if w.lower() not in _LINKING).lower()
    hyphened = "".join(p[0] for w in phrase for p in w.split("-") if p).lower()  # "Retrieval-Augmented Generation (RAG)"
    capitals = "".join(re.findall(r"[A-Z]", " ".join(phrase))).lower()  # "VIsual Representation ALignment (VIRAL)"
    # an acronym that keeps a word that is one itself: "cell-free massive MIMO (CF-mMIMO)" (fresh93-14)
    nested = "".join(w.lower() if len(w) > 1 and w.isupper() else "".join(p[0] for p in w.split("-") if p) for w in phrase)
    return letters in (initials, content, hyphened, capitals) or letters.replace("-", "") == nested != hyphened


def acronyms_named_after(text: str) -> list[tuple[str, str]]:
    """('Synthetic Unanswerable Math', 'SUM'): each acronym followed by the words it stands for in brackets."""
    return [(m.group(2), m.group(1)) for m in _EXPANSION_AFTER.finditer(text)
            if _spells(m.group(2).split(), m.group(1).rstrip("s").lower())]


def expansions(text: str) -> list[tuple[str, str]]:
    """('Cloud Effective Radius', 'CER'): each phrase of the text that spells out the acronym after it (`_expansions`)."""
    return _expansions(text)


def _expansions(text: str) -> list[tuple[str, str]]:
    """('Large Language Models', 'LLMs'), ('presentation attack detection', 'PAD'), ('Common
    Vulnerabilities and Exposures', 'CVE'): each phrase that spells out the acronym after it, its
    linking words ("and", "of") spelled in the acronym or not ("Mixture of Experts (MoE)")."""
    found = []
    for m in _EXPANSION.finditer(text):
        words, letters = m.group(1).split(), m.group(2).rstrip("s").lower()
        for start in range(len(words) - 1, -1, -1):
            phrase = words[start:]
            if phrase[0].lower() in _LINKING:
                continue
            if _spells(phrase, letters):
                found.append((" ".join(phrase), m.group(2)))
                break
            if sum(w.lower() not in _LINKING for w in phrase) > len(letters):  # more content words than letters
                break
    return found


def spell_acronyms(sentences: list[str], both_orders: bool = False) -> list[str]:
    """The sentences of one abstract, each acronym the abstract spells out elsewhere followed by its words: "DFMs
    consistently outperform …" becomes "DFMs (Deep Feedback Models) consistently outperform …". For comparing
    with a question that uses the words: a sentence vector does not know what the abstract's acronym stands for.
    `both_orders`: also acronyms introduced before their words ("SUM (Synthetic Unanswerable Math)"); the verdict
    candidates keep the reading their figures were measured with."""
    text = " ".join(sentences)
    pairs = _expansions(text) + (acronyms_named_after(text) if both_orders else [])
    spelled = []
    for sent in sentences:
        for phrase, acronym in pairs:
            if phrase.lower() not in sent.lower():  # the sentence that defines it says both already
                stem = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
                sent = re.sub(rf"\b{re.escape(stem)}s?\b(?!\s*\()", lambda m, p=phrase: f"{m.group(0)} ({p})", sent)
        spelled.append(sent)
    return spelled


# What a name is, by the noun its text puts beside it where it is introduced ("ARMOR 2025, a military
# aligned safety benchmark", "a multi-objective Dijkstra algorithm", "SpiritRAG, an interactive Q&A
# system"), in families; a question asking for one family is not answered by a name of a family that
# CLASHES with it ("Which of the commercial LLMs scored best?" by the benchmark's own name). English
# nouns, like the question words above; a name whose kind is not written is not judged.
_KINDS = {
    "llm": ("language models", "language model", "llms", "llm", "vlms", "vlm", "mllms", "mllm"),
    "model": ("models", "model", "networks", "network", "backbones", "backbone", "encoders", "encoder", "architecture"),
    "data": ("datasets", "dataset", "benchmarks", "benchmark", "corpora", "corpus", "database"),
    "method": ("methods", "method", "algorithms", "algorithm", "approach", "technique"),
    "system": ("systems", "system", "frameworks", "framework", "tools", "tool", "library", "platform", "pipeline", "interface"),
    "metric": ("metrics", "metric", "measure"),
}
_FAMILY = {w: f for f, words in _KINDS.items() for w in words}
_KIND_WORD = "|".join(sorted((re.escape(w) for w in _FAMILY), key=len, reverse=True))
CLASHES = {"llm": {"data", "method", "system", "metric", "format"}, "model": {"data", "metric", "format"},
           "method": {"data", "metric", "format"}, "system": {"data", "metric", "format"},
           "data": {"llm", "model", "method", "system", "metric", "format"}, "metric": {"llm", "model", "data", "method", "system", "format"}}
# file and markup formats: the "XML representations" a pipeline reads are no model, dataset or method
# it benchmarked (a "which format" question asks no kind, so they still answer it)
_FORMATS = frozenset("XML JSON JSONL HTML YAML CSV PDF SVG PNG JPEG LaTeX Markdown".split())


def asked_kind(question: str) -> str:
    """The family of thing a "which X" question asks to be named ('' when none is told): "Which
    large language model …" -> llm, "Which of the benchmarks …" -> data."""
    q = after_lead(question)
    m = _NAME.search(q)
    if not m:
        return ""
    # and the next word: _NAME stops at "language" in "Which large language model …"
    found = re.findall(rf"\b(?:{_KIND_WORD})\b", q[: m.end()] + (re.match(r"\s*[\w-]*", q[m.end():]) or [""])[0], re.I)
    return _FAMILY.get(found[-1].lower(), "") if found else ""


def kind_of(name: str, text: str) -> str:
    """The family of thing `text` says `name` is ('' when it does not say): "the Dijkstra algorithm",
    "ARMOR 2025, a military aligned safety benchmark", "SPAGBias - the first systematic framework", "SpiritRAG is an
    interactive Q&A system"; a file format
    ("XML") whatever the text says."""
    if name in _FORMATS:
        return "format"
    n = re.escape(name) + r"(?:[\s-]+v?\d[\w.]*)?"  # "ARMOR 2025", "Llama 3"
    # ("PIXIEVERSE, one of the largest known datasets of …": what it is one of)
    # (not past a preposition: "DeepSeek-R1, the best performer on our benchmark" is a performer, no benchmark, fresh130-02)
    between = r"(?:one\s+of\s+)?(?:an?|the)\s+(?:(?!(?:on|in|at|for|with|by|from|to|over|across|among|against)\s)[^\s,.;:]+\s+){0,8}?"
    # "the OODA) decision making framework": a word or two may describe it before the kind
    modifier = r"(?:(?!(?:and|or|on|in|of|to|with|for|by|the|an?|our|their|its|as|at|from|than|vs)\b)[\w-]+\s+){0,2}?"
    for pattern in (rf"\b{n}\)?\s+{modifier}({_KIND_WORD})\b", rf"\b{n}\s*(?:\([^)]*\)\s*)?(?:[,:]|\s[-–—])\s+{between}({_KIND_WORD})\b",
                    rf"\b{n}\s+(?:is|was)\s+{between}({_KIND_WORD})\b"):
        m = re.search(pattern, text, re.I)
        if m:
            return _FAMILY[m.group(1).lower()]
    return ""


# "Which four transformer models …", "on which 3 benchmarks …": several names asked for
_SEVERAL = re.compile(r"\b(?:which|what)\s+(?:(?:are|were)\s+the\s+)?(?:%s|[2-9])\s+[a-z]" % "|".join(w for i, w in NUMBER_WORDS.items() if int(i) >= 2), re.I)


def asks_several(question: str) -> bool:
    """Does the question ask for a given number (two or more) of things by name?"""
    return bool(_SEVERAL.search(question))


# a model's size: "a 20B model", "1.3B parameters", "350M-parameter", "7 billion parameters"; not "300B tokens"
_MODEL_SIZE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:B\b(?!\s+(?!(?:param|model|llm|version|variant|checkpoint|and|or)\w*)[a-z])"
                         r"|\s?(?:[MB]|million|billion)[-\s]?param)")
# a question that asks for a size, whose answer may be a model's size (naming one, "the 20B-parameter X", is no ask)
_SIZE_ASKED = re.compile(r"\bhow\s+many\s+(?:[\w-]+\s+)?param|\b(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:sizes?|scales?)\b|\bhow\s+(?:large|big)\b"
                         r"|\bparameter\s+counts?\b|\b(?:model|parameter)\s+sizes?\b|\bsizes?\s+of\b", re.I)


# A figure said to be a change: "a 47% reduction in WER", "3.95% improvement over …", "reduces WER by 47%", "+2.1 points"
_CHANGE_NOUNS = (r"reductions?|decreases?|drops?|declines?|improvements?|increases?|gains?|rises?|boosts?|cuts?|"
                 r"lower|higher|better|worse|fewer|more|less|uplifts?|lifts?|speed-?ups?|margins?")
_CHANGE_OF = re.compile(r"(?<![\w.])[+\u2212-]?\d+(?:[.,]\d+)*\s*(?:%|percent|pp|(?:percentage\s+)?points?|x|\u00d7|-?fold)?"
                        r"\s+(?:(?:relative|absolute|average|overall|mean|additional)\s+)?(?:" + _CHANGE_NOUNS + r")\b"
                        r"|\b(?:by|(?:" + _CHANGE_NOUNS + r")\s+of)\s+(?:up\s+to\s+|about\s+|roughly\s+|over\s+|nearly\s+|almost\s+|an?\s+average\s+of\s+)?"
                        r"\d+(?:[.,]\d+)*\s*(?:%|percent|pp|(?:percentage\s+)?points?)(?=\s*(?:[,.;)]|$|\s+(?:over|compared|relative|versus|vs|than|from|on|in|across)\b))", re.I)
# a question that asks of a change, an improvement or a comparison takes such a figure
_CHANGE_WORD = re.compile(r"\b(?:how\s+much|by\s+how|points|rais\w*|ris(?:e|es|en|ing)|rose|improv\w*|gains?|reduc\w*|decreas\w*|increas\w*|drops?|declin\w*|boost\w*|cuts?|lower\w*|"
                          r"higher|better|worse|faster|slower|more|less|fewer|relative|difference|delta|margin|change\w*|"
                          r"compared|than|over|speed-?ups?|uplift|lift|outperform\w*|beat\w*|exceed\w*|surpass\w*)\b", re.I)

# "What overall score does LlamaParse Agentic achieve on ParseBench?" is not answered by "Across 14 methods spanning …"
# (fresh90-21): a whole number of things counted (methods, questions, datasets …) is the size of a study, no score
# (TeX writes "${\sim}2{,}000$ human-verified pages")
# ("25 source and 25 target languages": two counts of one noun, fresh95-21)
_THINGS_COUNTED = re.compile(r"(?<![\w.,+\u2212-])\d{1,3}(?:(?:,|\{,\})\d{3})*(?![.,]?\d)[$}]*(?!\s*%)\s+(?:[a-z-]+\s+)?"
                             r"(?:(?:and|or)\s+\d{1,3}(?:,\d{3})*\s+(?:[a-z-]+\s+)?)?(?:methods|models|systems|"
                             r"baselines|questions|items|datasets|benchmarks|tasks|languages|documents|pages|images|videos|samples|"
                             r"examples|instances|participants|users|patients|subjects|annotators|experts|conversations|sessions|"
                             r"domains|categories|classes|dimensions|papers|articles|studies|functions|problems|prompts|queries|"
                             r"agents|files|sentences|teams|countries|sites|hospitals|scenarios|environments|games|programs|"
                             r"repositories|projects|configurations|settings|experiments|runs|trials|seeds)\b")
# ... nor is the year in an event's name ("submit it to IWSLT 2026 Simultaneous Speech Translation Shared task" gives no
# BLEU score, fresh95-21)
_NAMED_YEAR = re.compile(r"\b([A-Z][\w-]*)\s+(?:19|20)\d\d\b(?!\s*%)")
# "How many points of average accuracy does the multi-round agentic RAG framework … add over its backbone model …?" was
# answered by "The second edition of the 2025 ImageCLEF MEDIQA-MAGIC challenge, …" (fresh102-19): a year ("the 2025
# ImageCLEF …", "in 2024.", "(2018-2024)") is no figure, unless a year or a date is asked. A four-digit number followed by
# a lower-case word or a unit is a quantity ("2000 probes", "1998 images"), and stays one.
_YEAR = re.compile(r"(?<![\w.,$+\u2212])(?:19[5-9]\d|20[0-4]\d)(?![\w%])(?=\s*(?:$|[A-Z(\[)\]\-\u2013;:,.]))")
_YEAR_ASKED = re.compile(r"\b(?:when|years?|dates?|dated|since|until|decades?|century|published|released)\b", re.I)
# a rate asked for: "how many frames per second", "how many tokens per second", "how many queries per hour"
_RATE_ASKED = re.compile(r"\bhow\s+(?:many|much)\b[^?]*?\bper\s+(second|minute|hour|day|week|month|year)\b", re.I)
_PER_ABBREVIATION = {"second": r"/\s*s(?:ec)?\b|\bfps\b|\b[kmg]?hz\b|\bqps\b|\brps\b|\bips\b|\btps\b",
                     "minute": r"/\s*min\b|\brpm\b", "hour": r"/\s*h(?:r|our)?\b", "day": r"/\s*day\b",
                     "week": r"/\s*week\b", "month": r"/\s*month\b", "year": r"/\s*y(?:ea)?r\b"}


def _said_per(text: str, unit: str) -> bool:
    """Does the text give a figure per `unit` ("30 frames per second", "258.7 FPS", "1,200 tokens/s")?"""
    per = rf"(?:\bper\s+{unit}\b|\ba\s+{unit}\b|{_PER_ABBREVIATION[unit]})"
    return bool(re.search(rf"\d[\d,.]*\s*(?:[A-Za-z-]+\s*){{0,3}}?(?:{per})", text, re.I))


# ... asked of a level of a metric: a metric the question names, or a score or rate, not a count or a change
_LEVEL_ASKED = re.compile(r"\b(?:scores?|rates?)\b", re.I)


# "How many parameters does the neural vocoder of Step-Audio-AQAA have?" was answered from "… a 130-billion-parameter
# backbone LLM and a neural vocoder …" (fresh98-21): a size written before another part's name is that part's size,
# not the size of the part the question names (when the sentence names that part too); "2.8B parameters in its language
# decoder" says the size of what follows it
_SIZED_PART = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[\s-]?(?:billion|million|thousand|[BMK])?[\s-]?param(?:eter)?(?!s)[\s-]+"
                         r"((?:(?!(?:and|or|with|for|that|which|in|on|of|at|to|from|by)\b)[A-Za-z][\w-]*\s*){1,2})")
_ASKED_WORD = re.compile(r"[A-Za-z][\w-]{3,}")
_NOT_A_PART = frozenset("many much does have what which parameters parameter size sizes large model models".split())


def sized_elsewhere(text: str, question: str) -> str:
    """The text without the sizes it gives of parts the question does not name, when the question names a part the
    text names elsewhere ("the neural vocoder" of "… a 130-billion-parameter backbone LLM and a neural vocoder")."""
    # the question's own words for a part, not names: "How many parameters does Kimi-VL have?" names no part, and "Kimi-VL,
    # a 16B-parameter model" still answers it
    asked = {w.lower() for w in _ASKED_WORD.findall(question) if w[0].islower()} - _NOT_A_PART
    for m in _SIZED_PART.finditer(text):
        part = {w.lower() for w in m.group(1).split()}
        if part <= _NOT_A_PART:
            continue
        rest = (text[: m.start()] + " " + text[m.end():]).lower()
        if not part & asked and any(re.search(rf"\b{re.escape(w)}\b", rest) for w in asked):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


def provides(expects: Expect, text: str, question: str = "", known: str = "", described: str = "") -> bool:
    """Does the text hold what the question asks for? A number, a link, or a name the question
    does not already contain. `known`: more text whose names and numbers are no answer (the whole
    question, for one of its parts: "QWK" names no model when another part asks for the QWK).
    `described`: where the names may be introduced (the cited abstracts): a name the text or it
    calls a thing of another kind than asked is no answer (`kind_of`, `CLASHES`)."""
    if expects == "number":
        text = _GRID.sub(" ", _IN_PARTS.sub(" ", text))
        size_asked = bool(_SIZE_ASKED.search(question))
        if size_asked:
            text = sized_elsewhere(text, question)
        # a number the question itself holds, in any form, is no answer ("system 1 thinking" for "System-1"):
        # every digit run, which includes every quantity `quantities` reads
        held = set(_DIGITS.findall(f"{question} {known}"))
        if _RATIO_ASKED.search(question):
            # "how many times more frequent …": a count of anything ("1,035 cases") is no ratio
            return bool(_RATIO.search(text) or _MULTIPLIER.search(text))
        if _FACTOR_ASKED.search(question):
            return bool(_RATIO.search(text) or _MULTIPLIER.search(text) or _SHARE.search(text))
        if _SHARE_ASKED.search(question):
            return bool(_SHARE.search(text) or _PART_OF.search(text))
        if (m := _HOW_MUCH.search(question)) and m.group(1).lower() in _FASTER:
            # "How much faster does inference become …?": a ratio, or a share or time said of speed ("2.1x faster",
            # "cuts latency by 30 %"), not "less than a 2% drop in performance" (fresh54-22)
            return bool(_RATIO.search(text) or _MULTIPLIER.search(text) or _TIME.search(text)
                        or (_SPEED_WORD.search(text) and quantities(text, ordinals=False) - held))
        if (m := _HOW_MUCH.search(question)) and coverage.is_comparative(m.group(1).lower()):
            # "how much longer are the outputs …": a ratio, a share, a figure with its unit or a size ("15.5 times
            # longer", "by 20 %", "2.3 s", "10,000 more images"), not a lone small number ("system 2 reasoning")
            new = quantities(text, ordinals=False) - held
            return bool(_RATIO.search(text) or _MULTIPLIER.search(text) or _SHARE.search(text) or _MEASURED.search(text)
                        or any(not (num.isdigit() and int(num) < 10) for num in new))
        if _CHANGE_ASKED.search(question):
            # "How much do base math LLMs improve on math benchmarks after …?": a change is a share, a ratio, points,
            # a figure with its unit, a decimal or a move from one figure to another ("by 15%", "+3.2", "from 41 to
            # 56"), not a count of anything ("across 500 mathematical problems", fresh45-19)
            # (a model's version is no figure: "using Qwen 2.5 7B")
            unversioned = _VERSION.sub(" ", text)
            return bool(_RATIO.search(text) or _MULTIPLIER.search(text) or _SHARE.search(text) or _MEASURED.search(text)
                        or _CHANGE_FIGURE.search(unversioned))
        if _SPEEDUP_ASKED.search(question):
            # "How large a speed-up …": a ratio, a share or a time ("2.4x", "by 30 %", "in 3 s"), or a figure the
            # text calls a speed-up ("a speedup of 2.5"); not the "0-1" of "a 0-1 knapsack problem" (fresh44-22)
            return bool(_RATIO.search(text) or _MULTIPLIER.search(text) or _SHARE.search(text) or _MEASURED.search(text)
                        or (re.search(r"\bspeed", text, re.I) and quantities(text, ordinals=False) - held))
        if rate := _RATE_ASKED.search(question):
            # "How many frames per second does TAPNext run at?" is not answered by "… training on long 1024-frame
            # sequences …" (fresh105-22): a rate is a figure said per the unit asked ("30 frames per second", "25 FPS",
            # "1,200 tokens/s")
            return _said_per(text, rate.group(1))
        if _HOW_LONG.search(question) and not _AHEAD_ASKED.search(question):
            return bool(_DURATION.search(text))
        if _PLACING.search(question):
            # "Where did the system place?": a placing, not the "10" of "SemEval-2026 Task 10" (fresh51-03)
            return bool(_PLACED.search(text))
        if _OFTEN_ASKED.search(question):
            return bool(_SHARE.search(text) or _RATIO.search(text) or _MULTIPLIER.search(text) or _FREQUENCY.search(text))
        if _AHEAD_ASKED.search(question) and _AHEAD_SAID.search(text):
            # "How far in advance can the signals be detected?": "even decades in advance" (asked of fresh54's collection)
            return True
        if metric_asked(question) and not _CHANGE_WORD.search(question):
            # "What word error rate does the best model reach on FLEURS?" is not answered by "an average 47% reduction in
            # WER" (fresh86-22): a figure said to be a change is no level of the metric asked for
            text = _CHANGE_OF.sub(" ", text)
        if (metric_asked(question) or (_NUMBER.search(question) and _LEVEL_ASKED.search(question))) \
                and not is_count(question) and not _CHANGE_WORD.search(question) and not size_asked:
            text = _NAMED_YEAR.sub(r"\1", _THINGS_COUNTED.sub(" ", text))
        if not _YEAR_ASKED.search(f"{question} {known}"):
            text = _YEAR.sub(" ", text)
        new = quantities(text, ordinals=bool(_RANK.search(question))) - held
        if not _SIZE_ASKED.search(f"{question} {known}"):
            # "scaling to 20B and 1.3B parameters" gives a model's size, no FID score (fresh45-21)
            new -= set(_MODEL_SIZE.findall(text))
        if new:
            return True
        # a measurement ("how much did accuracy rise", "how long") is written in figures, so the
        # "two" of "two neuroradiologists rated …" is no answer to it; a count may be in words
        # ("five public datasets"), and so may a multiplier or a duration ("three times", "two days")
        return bool(_MULTIPLIER.search(text)) or (is_count(question) and bool(_NUMBER_WORD.search(text)))
    if expects == "link":
        return bool(_URL.search(text))
    if expects == "name":
        if opts := options(question):
            return chooses(opts, text)
        return bool(answer_names(text, question, known, described))
    return True


# "which X does <subject> <verb> …?": what follows the auxiliary holds the question's verb
_TITLE_NAME = re.compile(r"^\s*([A-Z][\w.+-]*[\w+])\s*:\s")  # "DetoxAI: a Python Toolkit …"
_DONE_BY = re.compile(r"^\s*(?:(?:in|on|from|for|with)\s+)?(?:which|what)\b[^?]*?\b(?:does|do|did)\s+([^?]+)", re.I)


def _beyond_asked(name: str, asked: set[str]) -> bool:
    """Does a (hyphenated) name say more than the question's own names: not "LLM-based" for "LLM", but "CAG-RAG" for
    "CAG" (a later capitalised part the question lacks, after no field acronym)?"""
    head, *rest = name.split("-")
    # "SWE-bench" is not the question's "SWE-rebench": a sibling under the same head names another thing (fresh61-09)
    sibling = bool(rest) and any(a.startswith(f"{head.lower()}-") and a != name.lower() for a in asked)
    return head.lower() not in asked or (head not in _FIELD_ACRONYMS and (sibling or any(p[:1].isupper() and p.lower() not in asked for p in rest)))


# "Which FPGA model / GPU card / MCU board …?": a product of the kind the acronym names (not a language model's kind)
_PRODUCT_ASKED = re.compile(r"\bwhich\s+(?!(?:[A-Z]*LMs?|AI|ML)\b)((?-i:[A-Z][A-Z0-9]{1,5}))\s+(?:model|board|chip|device|version|variant|"
                            r"platform|family|processor|card)s?\b", re.I)


def _singular(text: str) -> str:
    """The text in lower case with each word's plural "s" dropped, for telling a phrase in either number."""
    return re.sub(r"(?<=[a-z])s\b", "", text.lower())


def _title_cased(line: str) -> bool:
    """Is the line written in title case ("Querying Lexicographic Data on Knowledge Graphs"): most of its longer words
    capitalised?"""
    long = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def answer_names(text: str, question: str = "", known: str = "", described: str = "") -> list[str]:
    """The names the text gives that may answer a "which X" question: not the question's own (nor
    `known`'s) names, spellings or acronyms, not a field's acronym, not a sentence's capitalised first
    word, nothing inside a link, and not a name the text or `described` calls a thing of another kind
    than asked (`kind_of`, `CLASHES`)."""
    asking = f"{question} {known}"  # the words whose names and spellings are no answer
    asked = {m.lower() for m in _NAMEISH.findall(asking)}
    # the question's "SST-augmented" names SST (asked of fresh54's collection, "… with their SST-augmented variants?" was
    # answered by a sentence whose only name was "SST")
    asked |= {p.lower() for m in _NAMEISH.findall(asking) if "-" in m for p in m.split("-") if p[:1].isupper()}
    # "Question Answering (Q&A) system" names nothing the question's "question-answering" does not
    # (a plain capitalised word only: "Transformer-XL" still names a variant of the question's "transformer")
    words = set(re.findall(r"[a-z]{3,}", asking.lower()))
    # "UN" is the question's own "United Nations"
    asked |= {"".join(w[0] for w in run.split()).lower()
              for run in re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", asking)}
    # (in the singular too: "Consistency Models (CMs)" is the question's "Consistency Model", fresh93-04)
    asking_singular = _singular(asking)
    for phrase, acronym in _expansions(text):
        # "Large Language Models (LLMs)" is the acronym, no name of its own (none at all for a
        # field's); "the Climate Alignment Quotient (CAQ)" is the question's own when it spells it out
        text = text.replace(f"{phrase} ({acronym})", acronym)
        if _singular(phrase) in asking_singular:
            asked.add(acronym.lower())
    # "The code is released at https://github.com/x/M2-Occ" names no component: a link is no name
    text = _URL.sub(" ", text)
    first = text.split(" ", 1)[0].strip(",;:")  # "Notably, X …": the sentence's start, not a name
    # "LLM-based" is the question's own "LLM", not a name it asks for; "AI" names no dataset
    found = _NAMEISH.findall(text) + re.findall(r"\b[A-Z][\w-]*\d[\w-]*\b", text)  # "GPT-4", "A100"
    # a plain capitalised first word ("These", "Our") is the sentence's start, not a name
    # ("Hybrid CAG-RAG Framework" names more than the question's "CAG": a later capitalised part is a name of its own;
    # not after a field's acronym: "LLM-as-a-Judge" answers no "which LLM")
    # ... unless the abstracts write it capitalised inside a sentence: "Sundanese, a language that shares similar phonemes
    # with Wardaman, …" answers "From which language's token …?" as "… initialize the Wardaman token from Sundanese" does
    # (fresh87-04)
    # (not in a title written in title case: "… Lexicographic Data on Knowledge Graphs …" capitalises every word, and
    # "Knowledge graphs offer …" named no model, fresh113-02)
    prose = "\n".join(line for line in described.splitlines() if not _title_cased(line))

    def proper(m: str) -> bool:
        return m.lower() not in words and re.search(rf"[a-z,;]\s+{re.escape(m)}\b", f"{text} {prose}") is not None

    names = [m for m in found if m.lower() not in asked and m not in _FIELD_ACRONYMS and _beyond_asked(m, asked)
             and not ((m == first and not proper(m) or m.lower() in words) and re.fullmatch(r"[A-Z][a-z]+", m))
             and not abbreviates(m.split("-")[0], asking)]
    if names and (done := _DONE_BY.search(question)):
        # "Which debiasing algorithms does the library … implement?" answered "DetoxAI implements …": the
        # name that opens a sentence with the question's own verb is the thing asked about, not an answer
        # (fresh41-21; "Our method outperforms BERT methods" still names BERT)
        verbs = "|".join(re.escape(w) + suffix for w in set(re.findall(r"[a-z]{3,}", done.group(1).lower()))
                         for suffix in ("s", "es", "ed", "d"))
        # ... and so is the name its title gives the study ("DetoxAI: a Python Toolkit for …")
        own = {t.group(1) for line in described.splitlines() if (t := _TITLE_NAME.match(line))}
        names = [m for m in names if m not in own and not re.search(rf"(?:^|[.!?;]\s+)\W*{re.escape(m)}\s+(?:{verbs})\b", text)]
    if names and (product := _PRODUCT_ASKED.search(question)) and \
            (at := [(said, m.start()) for said in (text, described)
                    for m in re.finditer(rf"\b{re.escape(product.group(1))}s?\b", said)]):
        # "Which FPGA model does the camera run on?" is not answered by "SpiderCam … a SystemVerilog implementation …
        # on a low-power FPGA" (fresh54-21): the model's name stands beside the word ("a Xilinx Zynq-7020 FPGA",
        # "FPGA (Artix-7)"), in the text or in the abstract it draws on
        word = product.group(1)
        near = " ".join(" ".join(said[:i].split()[-3:] + re.split(r"[.;]\s", said[i + len(word):])[0].split()[:3])
                        for said, i in at)
        names = [m for m in names if re.search(rf"(?<![\w-]){re.escape(m)}(?![\w-])", near)]
    kind = asked_kind(question) if names else ""
    if kind == "data":
        # "Which benchmarks was AutoMind evaluated on?" is not answered by "… show UECP outperforms …":
        # the name must be one an experiment ran on, or one called a dataset
        ran_on = coverage.data_names(text)
        names = [m for m in names if any(m in d or d in m for d in ran_on) or kind_of(m, f"{text}\n{described}") == "data"]
    return list(dict.fromkeys(m for m in names if kind_of(m, f"{text}\n{described}") not in CLASHES.get(kind, ())))
