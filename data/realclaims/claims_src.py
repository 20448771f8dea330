"""The hand-written labels of the real-text claim set, one `claim(...)` per claim.

Each label was decided by reading the corpus sources (data/realpapers/*.truth.json) under
the README's verdict rules; see data/realclaims/README.md for the rules as applied here.
`build.py` turns this into claims.jsonl. Evidence items quote the truth file of the cited
version unless they name another `version`.
"""

from __future__ import annotations

SUP, CON, PART, NF = "supported", "contradicted", "partly supported", "not found"

# Split by paper, so that a held-out paper's text was never looked at while tuning.
SPLIT = {
    # tune
    "1810.04805": "tune",  # BERT, v1 and v2
    "1909.11942": "tune",  # ALBERT, v1 and v6
    "1907.11692": "tune",  # RoBERTa
    "2003.10555": "tune",  # ELECTRA
    "1606.05250": "tune",  # SQuAD, v1 and v3
    "2005.00628": "tune",  # intermediate-task transfer (Pruksachatkun et al.)
    "1910.10683": "tune",  # T5
    # held out
    "2005.13013": "heldout",  # English intermediate-task training (Phang et al.), v1 and v2
    "1911.02116": "heldout",  # XLM-R, v1 and v2
    "2006.03654": "heldout",  # DeBERTa, v1 and v6
    "1804.07461": "heldout",  # GLUE
    "1906.01502": "heldout",  # How multilingual is mBERT
    "2003.11080": "heldout",  # XTREME
    "1905.00537": "heldout",  # SuperGLUE, v1 and v3
}

# The versions each paper was read in. A claim's label holds for every one of them unless
# its `per` says otherwise; build.py refuses to run if the corpus has other versions, since
# a new version has not been read and must not silently inherit labels.
VERSIONS = {
    "1810.04805": (1, 2), "1909.11942": (1, 6), "1907.11692": (1,), "2003.10555": (1,),
    "1606.05250": (1, 3), "2005.00628": (1,), "1910.10683": (1,),
    "2005.13013": (1, 2), "1911.02116": (1, 2), "2006.03654": (1, 6), "1804.07461": (1,),
    "1906.01502": (1,), "2003.11080": (1,), "1905.00537": (1, 3),
}

CLAIMS: list[dict] = []


def S(text: str, version: int | None = None) -> dict:
    """A sentence (or a verbatim part of one) of the truth file."""
    return {"sentence": text} | ({"version": version} if version else {})


def C(table: str, row: str, column: str, value: str, version: int | None = None) -> dict:
    """A table cell with its headers, as the truth file has it."""
    item = {"table": table, "row": row, "column": column, "value": value}
    return item | ({"version": version} if version else {})


def ROW(table: str, row: str, columns: list[str], values: str, version: int | None = None) -> list[dict]:
    """Every cell of a row that a computed claim (a mean, a maximum) is computed from."""
    return [C(table, row, col, val, version) for col, val in zip(columns, values.split(), strict=True)]


GLUE8_ALBERT = ["MNLI", "QNLI", "QQP", "RTE", "SST", "MRPC", "CoLA", "STS"]
GLUE8_ROBERTA = ["MNLI", "QNLI", "QQP", "RTE", "SST-2", "MRPC", "CoLA", "STS-B"]


def claim(
    paper: str,
    version: int,
    kind: str,
    label: str,
    text: str,
    evidence: list[dict],
    why: str,
    per: dict[int, str] | None = None,
    truncated: bool = False,
) -> None:
    CLAIMS.append(
        {
            "paper": paper,
            "version": version,
            "text": text,
            "truncated": truncated,
            "label": label,
            "per_version": {str(k): v for k, v in (per or {}).items()},
            "kind": kind,
            "evidence": evidence,
            "why": why,
        }
    )


# ---------------------------------------------------------------------------------------
# 2005.13013 -- Phang et al., English intermediate-task training (held out). v1 and v2
# have different abstracts: 7 vs nine intermediate tasks, 6.1 vs 5.4 points, SQuAD alone
# vs MNLI/SQuAD/HellaSwag best, the 8.4-point development-set figure only in v1.
P = "2005.13013"
V1_TASKS = "Using a set of 7 intermediate language understanding tasks, we evaluate intermediate-task transfer in a zero-shot cross-lingual setting on 9 target tasks from the XTREME benchmark."
V1_BUCC = "Intermediate-task training yields large improvements on the BUCC and Tatoeba tasks that use model representations directly without training, and moderate improvements on question-answering target tasks."
V1_SQUAD = "Using SQuAD for intermediate training achieves the best results across target tasks, with an average improvement of 8.4 points on development sets."
V1_BEST = "Selecting the best intermediate task model for each target task, we obtain a 6.1 point improvement over XLM-R Large on the XTREME benchmark, setting a new state of the art."
V1_NEITHER = "Finally, we show that neither multi-task intermediate-task training nor continuing multilingual MLM during intermediate-task training offer significant improvements."
V1_FIRST = "Intermediate-task training has been shown to substantially improve pretrained model performance on many language understanding tasks, at least in monolingual English settings."
V2_FIRST = "often improves model performance substantially on language understanding tasks in monolingual English settings."
V2_INVEST = "We investigate whether English intermediate-task training is still helpful on non-English target tasks."
V2_TASKS = "Using nine intermediate language-understanding tasks, we evaluate intermediate-task transfer in a zero-shot cross-lingual setting on the XTREME benchmark."
V2_BUCC = "We see large improvements from intermediate training on the BUCC and Tatoeba sentence retrieval tasks and moderate improvements on question-answering target tasks."
V2_MNLI = "MNLI, SQuAD and HellaSwag achieve the best overall results as intermediate tasks, while multi-task intermediate offers small additional improvements."
V2_BEST = "Using our best intermediate-task models for each target task, we obtain a 5.4 point improvement over XLM-R Large on the XTREME benchmark, setting the state of the art as of June 2020."
V2_NEITHER = "We also investigate continuing multilingual MLM during intermediate-task training and using machine-translated intermediate-task data, but neither consistently outperforms simply performing English intermediate-task training."
V2_FOOT = "The state of art on XTREME at the time of final publication in September 2020 is held by Fang et al. (2020), who introduce an orthogonal method."

claim(P, 2, "version-drift", SUP,
      "Selecting the best intermediate-task model for each target task yields a 5.4 point improvement over XLM-R Large on the XTREME benchmark.",
      [S(V2_BEST), S(V1_BEST, 1)], "v2 states 5.4 points; v1 states 6.1 for the same comparison",
      per={1: CON})
claim(P, 1, "version-drift", SUP,
      "The study reports a 6.1 point improvement over XLM-R Large on XTREME when the best intermediate-task model is chosen per target task.",
      [S(V1_BEST), S(V2_BEST, 2)], "v1 states 6.1; v2 revised it to 5.4",
      per={2: CON})
claim(P, 2, "number-format", CON,
      "The study finds that seven intermediate language-understanding tasks are used to evaluate zero-shot cross-lingual transfer on XTREME.",
      [S(V2_TASKS), S(V1_TASKS, 1)], "v2 says nine tasks; v1 writes 7 as a digit, which matches 'seven'",
      per={1: SUP})
claim(P, 2, "number-format", SUP,
      "The authors use 9 intermediate language-understanding tasks and evaluate transfer in a zero-shot cross-lingual setting on XTREME.",
      [S(V2_TASKS), S(V1_TASKS, 1)], "'nine' in v2 is the claim's 9; v1 has 7 intermediate tasks (its 9 counts target tasks)",
      per={1: CON})
claim(P, 1, "number-format", SUP,
      "Transfer is evaluated zero-shot on nine target tasks from the XTREME benchmark.",
      [S(V1_TASKS), S(V2_TASKS, 2)], "v1 states 9 target tasks; v2 states the XTREME evaluation but no count of target tasks",
      per={2: PART})
claim(P, 1, "version-drift", SUP,
      "Using SQuAD for intermediate training gives the best results across target tasks, with an average gain of 8.4 points on development sets.",
      [S(V1_SQUAD), S(V2_MNLI, 2)], "v1 states it; v2 names SQuAD among the best intermediate tasks but has no 8.4-point development-set average",
      per={2: PART})
claim(P, 2, "version-drift", SUP,
      "MNLI, SQuAD and HellaSwag achieve the best overall results as intermediate tasks.",
      [S(V2_MNLI), S(V1_SQUAD, 1)], "v2 states all three; v1 names SQuAD alone as best, MNLI and HellaSwag nowhere",
      per={1: PART})
claim(P, 2, "polarity", CON,
      "Continuing multilingual MLM during intermediate-task training consistently outperforms simply performing English intermediate-task training.",
      [S(V2_NEITHER), S(V1_NEITHER, 1)], "v2: 'neither consistently outperforms'; v1: neither offers significant improvements",
      per={1: CON})
claim(P, 2, "polarity", SUP,
      "Neither continuing multilingual MLM nor machine-translated intermediate-task data consistently beats plain English intermediate-task training.",
      [S(V2_NEITHER), S(V1_NEITHER, 1)], "v2 says exactly this; v1 covers the MLM half only, machine translation nowhere",
      per={1: PART})
claim(P, 2, "polarity", CON,
      "The study finds that machine-translated intermediate-task data consistently outperforms English intermediate-task training.",
      [S(V2_NEITHER)], "v2 negates it with 'neither consistently outperforms'; v1 never mentions machine translation",
      per={1: NF})
claim(P, 2, "entity-swap", SUP,
      "Intermediate training brings large improvements on the BUCC and Tatoeba sentence retrieval tasks.",
      [S(V2_BUCC), S(V1_BUCC, 1)], "both tasks named in both versions",
      per={1: SUP})
claim(P, 2, "entity-swap", PART,
      "Intermediate training brings large improvements on the BUCC and XNLI target tasks.",
      [S(V2_BUCC), S(V1_BUCC, 1)], "BUCC is stated; XNLI appears in neither version",
      per={1: PART})
claim(P, 2, "entity-swap", PART,
      "MNLI, SQuAD and PAWS-X achieve the best overall results as intermediate tasks.",
      [S(V2_MNLI), S(V1_SQUAD, 1)], "MNLI and SQuAD stated in v2, PAWS-X nowhere; v1 states SQuAD only",
      per={1: PART})
claim(P, 2, "table-cell", SUP,
      "The MNLI intermediate task has 392,702 English training examples.",
      [C("Table 1", "MNLI", "|Train|", "392,702")], "Table 1 row MNLI, column |Train|", per={1: SUP})
claim(P, 2, "table-cell", CON,
      "The SQuAD v2.0 intermediate task contains 130,391 training examples.",
      [C("Table 1", "SQuAD v2.0", "|Train|", "130,319")], "the cell reads 130,319: digits transposed", per={1: CON})
claim(P, 1, "number-format", SUP,
      "ANLI+ provides about 1.1M English training examples.",
      [C("Table 1", "ANLI+", "|Train|", "1,104,934")], "1,104,934 is about 1.1 million", per={2: SUP})
claim(P, 1, "number-format", CON,
      "The ANLI+ intermediate task offers roughly 1.4M training examples.",
      [C("Table 1", "ANLI+", "|Train|", "1,104,934")], "1,104,934 is about 1.1M, not 1.4M", per={2: CON})
claim(P, 2, "table-computed", SUP,
      "Together, ANLI+, MNLI and SQuAD v2.0 provide 1,627,955 English training examples.",
      [C("Table 1", "ANLI+", "|Train|", "1,104,934"), C("Table 1", "MNLI", "|Train|", "392,702"),
       C("Table 1", "SQuAD v2.0", "|Train|", "130,319")], "sum of the column: 1,104,934 + 392,702 + 130,319 = 1,627,955",
      per={1: SUP})
claim(P, 2, "table-computed", CON,
      "ANLI+ has 702,232 more training examples than MNLI.",
      [C("Table 1", "ANLI+", "|Train|", "1,104,934"), C("Table 1", "MNLI", "|Train|", "392,702")],
      "1,104,934 - 392,702 = 712,232, not 702,232", per={1: CON})
claim(P, 2, "table-computed", SUP,
      "MNLI has 262,383 more training examples than SQuAD v2.0.",
      [C("Table 1", "MNLI", "|Train|", "392,702"), C("Table 1", "SQuAD v2.0", "|Train|", "130,319")],
      "392,702 - 130,319 = 262,383", per={1: SUP})
claim(P, 2, "verbatim", SUP,
      "The study investigates whether English intermediate-task training is still helpful on non-English target tasks.",
      [S(V2_INVEST), S("Here, we investigate whether English intermediate-task training is still helpful on non-English target tasks in a zero-shot cross-lingual setting.", 1)],
      "both versions say it", per={1: SUP})
claim(P, 2, "paraphrase", SUP,
      "Intermediate-task training often substantially improves model performance on language understanding tasks in monolingual English settings.",
      [S(V2_FIRST), S(V1_FIRST, 1)], "v2 nearly verbatim; v1 says the same in other words", per={1: SUP})
claim(P, 2, "two-sentences", SUP,
      "MNLI, SQuAD and HellaSwag are the best intermediate tasks overall, and the best intermediate-task model per target task gives a 5.4 point gain over XLM-R Large on XTREME.",
      [S(V2_MNLI), S(V2_BEST), S(V1_BEST, 1)], "two adjacent v2 sentences; v1 states 6.1 points instead",
      per={1: CON})
claim(P, 2, "two-sentences", SUP,
      "The authors ask whether English intermediate-task training still helps non-English target tasks, and evaluate nine intermediate language-understanding tasks zero-shot on XTREME.",
      [S(V2_INVEST), S(V2_TASKS), S(V1_TASKS, 1)], "two adjacent v2 sentences; v1 has 7 intermediate tasks",
      per={1: CON})
claim(P, 2, "sign-direction", CON,
      "Using the best intermediate-task models lowers XTREME performance by 5.4 points relative to XLM-R Large.",
      [S(V2_BEST), S(V1_BEST, 1)], "v2: a 5.4 point improvement, not a drop; v1: 6.1 point improvement",
      per={1: CON})
claim(P, 2, "polarity", CON,
      "Intermediate training gives large improvements on BUCC and Tatoeba but hurts question-answering target tasks.",
      [S(V2_BUCC), S(V1_BUCC, 1)], "both versions report moderate improvements on question answering",
      per={1: CON})
claim(P, 2, "absent", NF,
      "The study fine-tunes multilingual BERT as the base model for all intermediate tasks.",
      [], "no version names the base model as mBERT (or at all, except XLM-R Large as the comparison)",
      per={1: NF})
claim(P, 2, "absent", NF,
      "Each intermediate-task training run takes about 12 GPU-hours.",
      [], "no compute figure anywhere", per={1: NF})
claim(P, 2, "absent", SUP,
      "In September 2020 the state of the art on XTREME was held by Fang et al. (2020), whose method is orthogonal.",
      [S(V2_FOOT)], "a footnote of v2 states it; v1 has no such footnote", per={1: NF})
claim(P, 2, "version-drift", SUP,
      "The best intermediate-task models set the state of the art on XTREME as of June 2020.",
      [S(V2_BEST), S(V1_BEST, 1)], "v2 gives the date; v1 says 'a new state of the art' with no date",
      per={1: PART})
claim(P, 2, "verbatim", SUP,
      "We see large improvements from intermediate training on the BUCC and Tatoeba sentence retrieval tasks and moderate improvements on question-answering tar",
      [S(V2_BUCC), S(V1_BUCC, 1)], "cut off, but what is left is v2's sentence; v1 says the same of BUCC, Tatoeba and QA",
      per={1: SUP}, truncated=True)
claim(P, 2, "verbatim", CON,
      "Using our best intermediate-task models for each target task, we obtain a 4.5 point improvement over XLM-R Large on the XTREME benchmark.",
      [S(V2_BEST), S(V1_BEST, 1)], "v2's sentence with 5.4 written 4.5; v1 has 6.1", per={1: CON})

# ---------------------------------------------------------------------------------------
# 1911.02116 -- XLM-R (held out). v1 and v2 differ in the abstract's numbers and v2 adds
# Table 3, the list of the 100 pretraining languages.
P = "1911.02116"
X_SCALE = "This paper shows that pretraining multilingual language models at scale leads to significant performance gains for a wide range of cross-lingual transfer tasks."
X_TRAIN = "We train a Transformer-based masked language model on one hundred languages, using more than two terabytes of filtered CommonCrawl data."
X_MBERT1 = "Our model, dubbed XLM-R, significantly outperforms multilingual BERT (mBERT) on a variety of cross-lingual benchmarks, including +13.8% average accuracy on XNLI, +12.3% average F1 score on MLQA, and +2.1% average F1 score on NER."
X_MBERT2 = "Our model, dubbed XLM-R, significantly outperforms multilingual BERT (mBERT) on a variety of cross-lingual benchmarks, including +14.6% average accuracy on XNLI, +13% average F1 score on MLQA, and +2.4% F1 score on NER."
X_LOW1 = "XLM-R performs particularly well on low-resource languages, improving 11.8% in XNLI accuracy for Swahili and 9.2% for Urdu over the previous XLM model."
X_LOW2 = "XLM-R performs particularly well on low-resource languages, improving 15.7% in XNLI accuracy for Swahili and 11.4% for Urdu over previous XLM models."
X_TRADE = "including the trade-offs between (1) positive transfer and capacity dilution and (2) the performance of high and low resource languages at scale."
X_MONO = "Finally, we show, for the first time, the possibility of multilingual modeling without sacrificing per-language performance; XLM-R is very competitive with strong monolingual models on the GLUE and XNLI benchmarks."
X_GOAL = "The goal of this paper is to improve cross-lingual language understanding (XLU), by carefully studying the effects of training unsupervised cross-lingual representations at a very large scale."
XT = "XLM-R translate-train-all"
RT = "RoBERTa translate-test"

claim(P, 2, "version-drift", SUP,
      "XLM-R outperforms mBERT by 14.6% average accuracy on XNLI.",
      [S(X_MBERT2), S(X_MBERT1, 1)], "v2 states +14.6%; v1 states +13.8%", per={1: CON})
claim(P, 1, "version-drift", SUP,
      "XLM-R improves over mBERT by +12.3% average F1 on MLQA.",
      [S(X_MBERT1), S(X_MBERT2, 2)], "v1 states +12.3%; v2 states +13%", per={2: CON})
claim(P, 2, "number-format", SUP,
      "The study finds that XLM-R beats mBERT by 13 points of average F1 on MLQA.",
      [S(X_MBERT2), S(X_MBERT1, 1)], "v2's '+13%' of F1 is 13 points; v1 has 12.3", per={1: CON})
claim(P, 2, "number-format", SUP,
      "XLM-R is trained on 100 languages using over 2 TB of filtered CommonCrawl data.",
      [S(X_TRAIN)], "'one hundred languages', 'more than two terabytes' written as digits and TB", per={1: SUP})
claim(P, 2, "number-format", CON,
      "XLM-R is pretrained on filtered CommonCrawl data in 104 languages.",
      [S(X_TRAIN)], "the paper says one hundred languages", per={1: CON})
claim(P, 2, "polarity", CON,
      "The study finds that XLM-R performs poorly on low-resource languages.",
      [S(X_LOW2), S(X_LOW1, 1)], "'performs particularly well on low-resource languages'", per={1: CON})
claim(P, 2, "polarity", SUP,
      "XLM-R does particularly well on low-resource languages such as Swahili and Urdu.",
      [S(X_LOW2), S(X_LOW1, 1)], "stated in both versions", per={1: SUP})
claim(P, 2, "polarity", CON,
      "Multilingual modeling in XLM-R comes at the cost of per-language performance.",
      [S(X_MONO)], "'without sacrificing per-language performance'", per={1: CON})
claim(P, 1, "sign-direction", CON,
      "Compared with the previous XLM model, XLM-R lowers XNLI accuracy for Urdu by 9.2%.",
      [S(X_LOW1), S(X_LOW2, 2)], "v1: an improvement of 9.2% for Urdu; v2: an improvement of 11.4%", per={2: CON})
claim(P, 2, "version-drift", SUP,
      "XLM-R improves Swahili XNLI accuracy by 15.7% over previous XLM models.",
      [S(X_LOW2), S(X_LOW1, 1)], "v2 states 15.7%; v1 states 11.8%", per={1: CON})
claim(P, 2, "entity-swap", PART,
      "XLM-R is very competitive with strong monolingual models on the GLUE and SuperGLUE benchmarks.",
      [S(X_MONO)], "GLUE is stated; SuperGLUE nowhere (the paper says XNLI)", per={1: PART})
claim(P, 2, "entity-swap", SUP,
      "On both XNLI and GLUE, XLM-R is very competitive with strong monolingual models.",
      [S(X_MONO)], "the same two benchmarks in another order", per={1: SUP})
claim(P, 2, "table-cell", SUP,
      "With translate-train-all, XLM-R reaches 78.0 XNLI accuracy on Swahili.",
      [C("Table 1", XT, "sw", "78.0")], "Table 1, row XLM-R translate-train-all, column sw", per={1: SUP})
claim(P, 2, "table-cell", CON,
      "XLM-R translate-train-all reaches 83.1% XNLI accuracy on Turkish.",
      [C("Table 1", XT, "tr", "83.2")], "the tr cell is 83.2; 83.1 is the ar cell beside it", per={1: CON})
claim(P, 2, "table-cell", SUP,
      "On MLQA, XLM-R obtains an average F1 of 70.7 and an average exact match of 52.7.",
      [C("Table 2", "XLM-R", "Avg / F1 / EM", "70.7 / 52.7")], "Table 2, row XLM-R, column Avg (F1 / EM)", per={1: SUP})
claim(P, 2, "table-cell", CON,
      "mBERT scores 64.3 F1 on German MLQA.",
      [C("Table 2", "mBERT", "de / F1 / EM", "57.9 / 44.3")], "German F1 is 57.9; 64.3 is the Spanish cell", per={1: CON})
claim(P, 2, "table-computed", SUP,
      "XLM-R translate-train-all beats RoBERTa translate-test by 5.8 points of average XNLI accuracy.",
      [C("Table 1", XT, "Avg", "83.6"), C("Table 1", RT, "Avg", "77.8")], "83.6 - 77.8 = 5.8", per={1: SUP})
claim(P, 2, "table-computed", SUP,
      "On MLQA, XLM-R's average F1 is 13.0 points higher than mBERT's.",
      [C("Table 2", "XLM-R", "Avg / F1 / EM", "70.7 / 52.7"), C("Table 2", "mBERT", "Avg / F1 / EM", "57.7 / 41.6")],
      "70.7 - 57.7 = 13.0", per={1: SUP})
claim(P, 2, "table-computed", SUP,
      "Across the XNLI languages of Table 1, XLM-R translate-train-all scores best on English (89.1).",
      [C("Table 1", XT, "en", "89.1")], "the maximum of the row's language columns is en, 89.1", per={1: SUP})
claim(P, 2, "table-computed", CON,
      "RoBERTa translate-test is weakest on Urdu, at 66.8 XNLI accuracy.",
      [C("Table 1", RT, "ur", "66.8"), C("Table 1", RT, "sw", "66.7")], "the row's minimum is Swahili, 66.7; Urdu is 66.8",
      per={1: CON})
claim(P, 2, "sign-direction", SUP,
      "On English XNLI, XLM-R translate-train-all is 2.2 points below RoBERTa translate-test.",
      [C("Table 1", XT, "en", "89.1"), C("Table 1", RT, "en", "91.3")], "89.1 - 91.3 = -2.2", per={1: SUP})
claim(P, 2, "sign-direction", CON,
      "On English XNLI, XLM-R translate-train-all outperforms RoBERTa translate-test by 2.2 points.",
      [C("Table 1", XT, "en", "89.1"), C("Table 1", RT, "en", "91.3")], "the gap is 2.2 the other way", per={1: CON})
claim(P, 2, "version-drift", SUP,
      "The pretraining languages of XLM-R include Welsh and Western Frisian.",
      [C("Table 3", "97", "Language", "Welsh"), C("Table 3", "98", "Language", "Western Frisian")],
      "v2's Table 3 lists both; v1 has no language list and names neither", per={1: NF})
claim(P, 1, "paraphrase", SUP,
      "The authors say they will publicly release XLM-R's code, data and models.",
      [S("We will make XLM-R code, data, and models publicly available."), S("We will make our code, data and models publicly available.", 2)],
      "both versions say it in slightly different words", per={2: SUP})
claim(P, 2, "absent", NF,
      "XLM-R uses a shared sentencepiece vocabulary of 250,000 tokens.",
      [], "no vocabulary size in the corpus text", per={1: NF})
claim(P, 2, "two-sentences", SUP,
      "Pretraining multilingual language models at scale brings significant gains on cross-lingual transfer tasks, with a Transformer masked language model trained on one hundred languages.",
      [S(X_SCALE), S(X_TRAIN)], "first and second sentence of the abstract", per={1: SUP})
claim(P, 2, "two-sentences", SUP,
      "XLM-R beats mBERT by 14.6% average XNLI accuracy and improves Swahili XNLI accuracy by 15.7% over previous XLM models.",
      [S(X_MBERT2), S(X_LOW2), S(X_MBERT1, 1), S(X_LOW1, 1)], "two adjacent v2 sentences; v1 has 13.8% and 11.8%",
      per={1: CON})
claim(P, 2, "paraphrase", SUP,
      "The paper aims to improve cross-lingual language understanding by studying unsupervised cross-lingual representation training at a very large scale.",
      [S(X_GOAL)], "the introduction's goal sentence, reworded", per={1: SUP})
claim(P, 2, "paraphrase", SUP,
      "The authors give a detailed empirical analysis of the trade-off between positive transfer and capacity dilution.",
      [S(X_TRADE), S(X_TRADE, 1)], "v2 says analysis, v1 evaluation; same content", per={1: SUP})
claim(P, 2, "verbatim", SUP,
      "Our model, dubbed XLM-R, significantly outperforms multilingual BERT (mBERT) on a variety of cross-lingual benchmarks, including +14.6% average accur",
      [S(X_MBERT2), S(X_MBERT1, 1)], "cut off after v2's 14.6; v1 has 13.8 there", per={1: CON}, truncated=True)
claim(P, 2, "number-format", SUP,
      "On NER, XLM-R improves over mBERT by 2.4 points of F1.",
      [S(X_MBERT2), S(X_MBERT1, 1)], "v2 '+2.4% F1 score on NER'; v1 says +2.1%", per={1: CON})

# ---------------------------------------------------------------------------------------
# 2006.03654 -- DeBERTa (held out). v6 adds virtual adversarial training, the 1.5B model
# and SuperGLUE; v1 alone promises the code release.
P = "2006.03654"
D_TWO = "In this paper we propose a new model architecture DeBERTa (Decoding-enhanced BERT with disentangled attention) that improves the BERT and RoBERTa models using two novel techniques."
D_DIS = "The first is the disentangled attention mechanism, where each word is represented using two vectors that encode its content and position, respectively"
D_DEC = "Second, an enhanced mask decoder is used to incorporate absolute positions in the decoding layer to predict the masked tokens in model pre-training."
D_CMP = "Compared to RoBERTa-Large, a DeBERTa model trained on half of the training data performs consistently better on a wide range of NLP tasks, achieving improvements on MNLI by +0.9% (90.2% vs. 91.1%), on SQuAD v2.0 by +2.3% (88.4% vs. 90.7%) and RACE by +3.6% (83.2% vs. 86.8%)."
D_EFF1 = "We show that these two techniques significantly improve the efficiency of model pre-training and performance of downstream tasks."
D_EFF6 = "We show that these techniques significantly improve the efficiency of model pre-training and the performance of both natural language understanding (NLU) and natural langauge generation (NLG) downstream tasks."
D_48 = "Notably, we scale up DeBERTa by training a larger version that consists of 48 Transform layers with 1.5 billion parameters."
D_SG = "The significant performance boost makes the single DeBERTa model surpass the human performance on the SuperGLUE benchmark (Wang et al., 2019a) for the first time in terms of macro-average score (89.9 versus 89.8), and the ensemble DeBERTa model sits atop the SuperGLUE leaderboard as of January 6, 2021, out performing the human baseline by a decent margin (90.3 versus 89.8)."
D_VAT = "In addition, a new virtual adversarial training method is used for fine-tuning to improve models' generalization."
D_REL = "The DeBERTa code and pre-trained models will be made publicly available."
D_PROG = "Recent progress in pre-trained neural language models has significantly improved the performance of many natural language processing (NLP) tasks."

claim(P, 6, "verbatim", SUP,
      "DeBERTa improves the BERT and RoBERTa models using two novel techniques.",
      [S(D_TWO)], "verbatim in both versions", per={1: SUP})
claim(P, 6, "version-drift", SUP,
      "The scaled-up DeBERTa consists of 48 Transformer layers with 1.5B parameters.",
      [S(D_48)], "v6 states it ('Transform layers', 1.5 billion); v1 has no larger model", per={1: NF})
claim(P, 6, "number-format", CON,
      "DeBERTa is scaled up to a larger version with 24 Transformer layers and 1.5 billion parameters.",
      [S(D_48)], "v6 says 48 layers; v1 never mentions the larger version", per={1: NF})
claim(P, 6, "version-drift", SUP,
      "A single DeBERTa model surpasses human performance on SuperGLUE in macro-average score (89.9 versus 89.8).",
      [S(D_SG)], "v6 only", per={1: NF})
claim(P, 1, "version-drift", SUP,
      "The authors state that the DeBERTa code and pre-trained models will be made publicly available.",
      [S(D_REL)], "v1's last abstract sentence; v6 dropped it", per={6: NF})
claim(P, 6, "version-drift", SUP,
      "A new virtual adversarial training method is used for fine-tuning DeBERTa to improve generalization.",
      [S(D_VAT)], "added in v6", per={1: NF})
claim(P, 6, "sign-direction", SUP,
      "Compared with RoBERTa-Large, DeBERTa improves MNLI accuracy by 0.9 points (90.2 vs. 91.1).",
      [S(D_CMP)], "+0.9% (90.2% vs. 91.1%) in both versions", per={1: SUP})
claim(P, 6, "sign-direction", CON,
      "DeBERTa trails RoBERTa-Large on RACE by 3.6 points.",
      [S(D_CMP)], "an improvement of +3.6 (83.2 vs. 86.8), not a deficit", per={1: CON})
claim(P, 6, "number-format", SUP,
      "DeBERTa gains 2.3 points on SQuAD v2.0 over RoBERTa-Large, reaching 90.7%.",
      [S(D_CMP)], "+2.3% (88.4% vs. 90.7%)", per={1: SUP})
claim(P, 6, "number-format", CON,
      "A DeBERTa model trained on a third of the training data outperforms RoBERTa-Large.",
      [S(D_CMP)], "trained on half of the training data, not a third", per={1: CON})
claim(P, 6, "number-format", SUP,
      "A DeBERTa model trained on 50% of the training data performs consistently better than RoBERTa-Large.",
      [S(D_CMP)], "half = 50%", per={1: SUP})
claim(P, 6, "polarity", CON,
      "DeBERTa performs consistently worse than RoBERTa-Large on a wide range of NLP tasks.",
      [S(D_CMP)], "'performs consistently better'", per={1: CON})
claim(P, 6, "polarity", CON,
      "The study finds that DeBERTa's techniques significantly reduce the efficiency of model pre-training.",
      [S(D_EFF6), S(D_EFF1, 1)], "they improve it", per={1: CON})
claim(P, 6, "polarity", CON,
      "The ensemble DeBERTa model trails the human baseline on SuperGLUE (90.3 versus 89.8).",
      [S(D_SG)], "v6: it outperforms the human baseline; v1 has no SuperGLUE", per={1: NF})
claim(P, 6, "table-cell", SUP,
      "DeBERTa Large scores 91.0 accuracy on RTE (development set).",
      [C("Table 1", "DeBERTa Large", "RTE / Acc", "91.0")], "Table 1 cell", per={1: SUP})
claim(P, 6, "table-cell", CON,
      "DeBERTa Large reaches an MCC of 69.0 on CoLA.",
      [C("Table 1", "DeBERTa Large", "CoLA / MCC", "69.5")], "the cell is 69.5; 69.0 is XLNet Large's", per={1: CON})
claim(P, 6, "table-cell", SUP,
      "Over random seeds, DeBERTa large obtains 86.6 ± 1.0 on RTE.",
      [C("Table 2", "RTE large", "Results", "86.6 ± 1.0")], "Table 2 row RTE large", per={1: SUP})
claim(P, 6, "table-cell", CON,
      "Fine-tuning DeBERTa large on QQP takes 2 hours on eight V100 GPUs.",
      [C("Table 2", "QQP large", "Running time", "6h")], "the running time is 6h (2h is QNLI)", per={1: CON})
claim(P, 6, "table-computed", SUP,
      "On SST-2, DeBERTa Large improves over BERT Large by 3.3 points.",
      [C("Table 1", "DeBERTa Large", "SST-2 / Acc", "96.5"), C("Table 1", "BERT Large", "SST-2 / Acc", "93.2")],
      "96.5 - 93.2 = 3.3", per={1: SUP})
claim(P, 6, "table-computed", CON,
      "DeBERTa Large's RTE accuracy is 3.4 points above RoBERTa Large's.",
      [C("Table 1", "DeBERTa Large", "RTE / Acc", "91.0"), C("Table 1", "RoBERTa Large", "RTE / Acc", "86.6")],
      "91.0 - 86.6 = 4.4", per={1: CON})
claim(P, 6, "table-computed", SUP,
      "DeBERTa Large has the highest QNLI accuracy in Table 1, 95.3.",
      [C("Table 1", "DeBERTa Large", "QNLI / Acc", "95.3"), C("Table 1", "XLNet Large", "QNLI / Acc", "94.9")],
      "maximum of the QNLI column (92.3, 93.9, 94.9, 95.3)", per={1: SUP})
claim(P, 6, "table-computed", SUP,
      "Of the tasks in Table 2, QQP takes longest to fine-tune (6 hours).",
      [C("Table 2", "QQP large", "Running time", "6h")], "maximum of the running-time column", per={1: SUP})
claim(P, 6, "entity-swap", PART,
      "DeBERTa outperforms RoBERTa-Large on MNLI, SQuAD v2.0 and XNLI.",
      [S(D_CMP)], "MNLI and SQuAD v2.0 stated; XNLI nowhere", per={1: PART})
claim(P, 6, "entity-swap", SUP,
      "DeBERTa improves over RoBERTa-Large on RACE, SQuAD v2.0 and MNLI.",
      [S(D_CMP)], "the same three, reordered", per={1: SUP})
claim(P, 6, "two-sentences", SUP,
      "DeBERTa represents each word with two vectors for its content and position, and an enhanced mask decoder adds absolute positions in the decoding layer.",
      [S(D_DIS), S(D_DEC)], "two adjacent sentences", per={1: SUP})
claim(P, 6, "paraphrase", SUP,
      "Pre-trained neural language models have recently brought significant gains on many NLP tasks.",
      [S(D_PROG)], "first abstract sentence, reworded", per={1: SUP})
claim(P, 6, "absent", NF,
      "DeBERTa uses a vocabulary of 128K tokens.",
      [], "no vocabulary size anywhere", per={1: NF})
claim(P, 6, "absent", NF,
      "DeBERTa Large was pre-trained for 1M steps with a batch size of 2K.",
      [], "no pre-training schedule anywhere", per={1: NF})

# ---------------------------------------------------------------------------------------
# 1804.07461 -- GLUE (held out).
P = "1804.07461"
G_BASE = "We evaluate baselines based on current methods for multi-task and transfer learning and find that they do not immediately give substantial improvements over the aggregate performance of training a separate model per task, indicating room for improvement in developing general and robust NLU systems."
G_AGN = "GLUE is model-agnostic, but it incentivizes sharing knowledge across tasks because certain tasks have very limited training data."
G_GEN = "it must be general: it must be able to process language in a way that is not exclusively tailored to any one specific task or dataset."
G_MNLI = "MNLI: Multi-Genre Natural Language Inference is a large-scale, crowdsourced entailment classification task (Williams et al., 2018)."
G_MNLI2 = "Given a pair of sentences, the goal is to predict whether the second sentence is an entailment, contradiction, or neutral with respect to the first one."
G_STS = "STS-B: The Semantic Textual Similarity Benchmark is a collection of sentence pairs drawn from news headlines and other sources (Cer et al., 2017)."
G_STS2 = "They were annotated with a score from 1 to 5 denoting how similar the two sentences are in terms of semantic meaning."
G_MRPC = "MRPC: Microsoft Research Paraphrase Corpus consists of sentence pairs automatically extracted from online news sources, with human annotations for whether the sentences in the pair are semantically equivalent (Dolan and Brockett, 2005)."
G_DIAG = "We further provide a hand-crafted diagnostic test suite that enables detailed linguistic analysis of NLU models."
G_COLA = "CoLA: The Corpus of Linguistic Acceptability is a binary single-sentence classification task, where the goal is to predict whether an English sentence is linguistically “acceptable” or not (Warstadt et al., 2018)."

claim(P, 1, "polarity", CON,
      "Multi-task and transfer learning baselines give substantial improvements over training a separate model per task.",
      [S(G_BASE)], "'do not immediately give substantial improvements'")
claim(P, 1, "polarity", SUP,
      "Current multi-task and transfer-learning baselines do not immediately improve substantially on training a separate model for each task.",
      [S(G_BASE)], "the negation kept")
claim(P, 1, "polarity", CON,
      "MNLI is an entailment task annotated by experts rather than crowdsourced.",
      [S(G_MNLI)], "MNLI is crowdsourced")
claim(P, 1, "polarity", CON,
      "GLUE discourages sharing knowledge across tasks.",
      [S(G_AGN)], "it incentivizes sharing knowledge")
claim(P, 1, "polarity", SUP,
      "To be maximally useful, NLU technology must be general rather than tailored to one specific task or dataset.",
      [S(G_GEN)], "'rather than' restates 'not exclusively tailored'")
claim(P, 1, "two-sentences", SUP,
      "STS-B is a collection of sentence pairs from news headlines and other sources, annotated with a similarity score from 1 to 5.",
      [S(G_STS), S(G_STS2)], "the two adjacent STS-B sentences")
claim(P, 1, "number-format", CON,
      "STS-B sentence pairs are annotated with similarity scores ranging from 0 to 5.",
      [S(G_STS2)], "the range is 1 to 5")
claim(P, 1, "number-format", SUP,
      "STS-B similarity scores range from one to five.",
      [S(G_STS2)], "1 to 5 written as words")
claim(P, 1, "two-sentences", SUP,
      "MNLI is a crowdsourced entailment task where the goal is to predict whether the second sentence of a pair is an entailment, contradiction, or neutral with respect to the first.",
      [S(G_MNLI), S(G_MNLI2)], "two adjacent sentences")
claim(P, 1, "two-sentences", PART,
      "STS-B consists of sentence pairs from news headlines and other sources, each scored by three crowd workers with a similarity from 1 to 5.",
      [S(G_STS), S(G_STS2)], "pairs and the 1-5 score are stated; three crowd workers nowhere")
claim(P, 1, "paraphrase", PART,
      "MNLI is a large-scale crowdsourced entailment classification task covering ten genres of text.",
      [S(G_MNLI)], "large-scale, crowdsourced entailment stated; ten genres nowhere")
claim(P, 1, "entity-swap", PART,
      "MRPC and RTE consist of sentence pairs automatically extracted from online news sources.",
      [S(G_MRPC)], "said of MRPC only; RTE is not described")
claim(P, 1, "entity-swap", SUP,
      "Both MRPC and STS-B consist of sentence pairs drawn from news sources.",
      [S(G_MRPC), S(G_STS)], "each is stated of its task")
claim(P, 1, "paraphrase", SUP,
      "The authors provide a hand-crafted diagnostic test suite for detailed linguistic analysis of NLU models.",
      [S(G_DIAG)], "near verbatim")
claim(P, 1, "paraphrase", SUP,
      "CoLA is a two-class single-sentence task asking whether an English sentence is linguistically acceptable.",
      [S(G_COLA)], "binary = two-class")
claim(P, 1, "absent", NF,
      "GLUE comprises nine sentence- or sentence-pair understanding tasks.",
      [], "the corpus text gives no task count")
claim(P, 1, "absent", NF,
      "The best GLUE baseline reaches an average score of 70.0.",
      [], "no baseline scores in the corpus text")
claim(P, 1, "verbatim", SUP,
      "We evaluate baselines based on current methods for multi-task and transfer learning and find that they do not immediately give substantial improvements over the aggr",
      [S(G_BASE)], "cut off, the rest is verbatim", truncated=True)

# ---------------------------------------------------------------------------------------
# 1906.01502 -- How multilingual is Multilingual BERT? (held out)
P = "1906.01502"
M_ONE = "is surprisingly good at zero-shot cross-lingual model transfer, in which task-specific annotations in one language are used to fine-tune the model for evaluation in another language."
M_104 = "released by Devlin et al. (2018) as a single language model pre-trained from monolingual corpora in 104 languages"
M_PROBE = "To understand why, we present a large number of probing experiments, showing that transfer is possible even to languages in different scripts, that transfer works best between typologically similar languages, that monolingual corpora can train models for code-switching, and that the model can find translation pairs."
M_DEF = "From these results, we can conclude that M-BERT does create multilingual representations, but that these representations exhibit systematic deficiencies affecting certain language pairs."

claim(P, 1, "number-format", SUP,
      "M-BERT is a single language model pre-trained from monolingual corpora in 104 languages.",
      [S(M_104)], "stated")
claim(P, 1, "number-format", CON,
      "M-BERT was pre-trained on monolingual corpora in over 110 languages.",
      [S(M_104)], "104 languages")
claim(P, 1, "polarity", CON,
      "The study finds M-BERT surprisingly poor at zero-shot cross-lingual model transfer.",
      [S(M_ONE)], "'surprisingly good'")
claim(P, 1, "polarity", CON,
      "Transfer with M-BERT is impossible between languages written in different scripts.",
      [S(M_PROBE)], "'transfer is possible even to languages in different scripts'")
claim(P, 1, "polarity", CON,
      "M-BERT transfer works best between typologically dissimilar languages.",
      [S(M_PROBE)], "best between typologically similar languages")
claim(P, 1, "polarity", SUP,
      "M-BERT transfer works best between typologically similar languages.",
      [S(M_PROBE)], "stated")
claim(P, 1, "polarity", CON,
      "The multilingual representations of M-BERT show no systematic deficiencies.",
      [S(M_DEF)], "they 'exhibit systematic deficiencies affecting certain language pairs'")
claim(P, 1, "entity-swap", SUP,
      "Probing shows that M-BERT transfers even across scripts and that it can find translation pairs.",
      [S(M_PROBE)], "both findings stated")
claim(P, 1, "entity-swap", PART,
      "Probing shows that monolingual corpora can train models for code-switching and for transliteration.",
      [S(M_PROBE)], "code-switching stated; transliteration nowhere")
claim(P, 1, "two-sentences", SUP,
      "Probing experiments show transfer even to languages in other scripts, from which the authors conclude that M-BERT does create multilingual representations.",
      [S(M_PROBE), S(M_DEF)], "two adjacent sentences")
claim(P, 1, "polarity", CON,
      "M-BERT was pre-trained on parallel rather than monolingual corpora.",
      [S(M_104)], "pre-trained from monolingual corpora")
claim(P, 1, "absent", NF,
      "M-BERT reaches 74% accuracy on zero-shot XNLI.",
      [], "no XNLI figure")
claim(P, 1, "absent", NF,
      "Zero-shot transfer with M-BERT beats translate-train baselines on every task.",
      [], "no translate-train comparison")
claim(P, 1, "paraphrase", SUP,
      "In zero-shot cross-lingual transfer, task-specific annotations in one language fine-tune a model that is evaluated in another language.",
      [S(M_ONE)], "the definition, reworded")

# ---------------------------------------------------------------------------------------
# 2003.11080 -- XTREME (held out).
P = "2003.11080"
XT_INTRO = "To this end, we introduce the Cross-lingual TRansfer Evaluation of Multilingual Encoders (XTREME) benchmark, a multi-task benchmark for evaluating the cross-lingual generalization capabilities of multilingual representations across 40 languages and 9 tasks."
XT_FAM = "It covers 40 typologically diverse languages (spanning 12 language families) and includes nine tasks that collectively require reasoning about different levels of syntax and semantics."
XT_WORLD = "there is a pressing urgency to build systems that serve all of the world's approximately 6,900 languages"
XT_GAP = "We demonstrate that while models tested on English reach human performance on many tasks, there is still a sizable gap in the performance of cross-lingually transferred models, particularly on syntactic and sentence retrieval tasks."
XT_SPREAD = "There is also a wide spread of results across languages."
XT_UNDER = "Among these are many under-studied languages, such as the Dravidian languages Tamil (spoken in southern India, Sri Lanka, and Singapore), Telugu and Malayalam (spoken mainly in southern India), and the Niger-Congo languages Swahili and Yoruba, spoken in Africa."
XT_ENG = "However, these broad-coverage benchmarks have been mostly limited to English"
XT_URL = "The benchmark is publicly available at https://sites.research.google/xtreme."

claim(P, 1, "number-format", SUP,
      "XTREME covers forty languages and nine tasks.",
      [S(XT_INTRO)], "40 and 9 written as words")
claim(P, 1, "number-format", CON,
      "XTREME spans 9 languages and 40 tasks.",
      [S(XT_INTRO)], "the counts are swapped: 40 languages, 9 tasks")
claim(P, 1, "number-format", SUP,
      "The 40 languages in XTREME come from 12 language families.",
      [S(XT_FAM)], "stated")
claim(P, 1, "number-format", CON,
      "XTREME covers 40 typologically diverse languages spanning 14 language families.",
      [S(XT_FAM)], "12 language families")
claim(P, 1, "number-format", SUP,
      "The authors note that there are roughly 6,900 languages in the world.",
      [S(XT_WORLD)], "approximately = roughly")
claim(P, 1, "number-format", CON,
      "The authors want NLP systems to serve all of the world's roughly 7,100 languages.",
      [S(XT_WORLD)], "approximately 6,900")
claim(P, 1, "polarity", CON,
      "Cross-lingually transferred models show only a small performance gap, especially on syntactic tasks.",
      [S(XT_GAP)], "a sizable gap")
claim(P, 1, "polarity", CON,
      "Results on XTREME are fairly uniform across languages.",
      [S(XT_SPREAD)], "a wide spread of results across languages")
claim(P, 1, "polarity", SUP,
      "XTREME results vary widely from language to language.",
      [S(XT_SPREAD)], "paraphrase of 'a wide spread'")
claim(P, 1, "polarity", CON,
      "Models tested on English fall well short of human performance on most tasks.",
      [S(XT_GAP)], "they reach human performance on many tasks")
claim(P, 1, "entity-swap", SUP,
      "The cross-lingual gap is largest on syntactic and sentence retrieval tasks.",
      [S(XT_GAP)], "both task types named")
claim(P, 1, "entity-swap", PART,
      "The cross-lingual performance gap is particularly large on syntactic and question answering tasks.",
      [S(XT_GAP)], "syntactic stated; question answering nowhere")
claim(P, 1, "entity-swap", SUP,
      "Under-studied XTREME languages include Tamil, Telugu and Yoruba.",
      [S(XT_UNDER)], "all three named")
claim(P, 1, "entity-swap", PART,
      "Under-studied XTREME languages include Tamil, Telugu and Quechua.",
      [S(XT_UNDER)], "Quechua is not named")
claim(P, 1, "two-sentences", SUP,
      "Cross-lingually transferred models still show a sizable gap, particularly on syntactic and sentence retrieval tasks, and results are widely spread across languages.",
      [S(XT_GAP), S(XT_SPREAD)], "two adjacent sentences")
claim(P, 1, "paraphrase", SUP,
      "Broad-coverage NLP benchmarks have so far been mostly limited to English.",
      [S(XT_ENG)], "reworded")
claim(P, 1, "absent", NF,
      "On XTREME, the strongest baseline is XLM-R, ahead of mBERT by 7 points.",
      [], "no model results in the corpus text")
claim(P, 1, "absent", SUP,
      "The XTREME benchmark is publicly available at sites.research.google/xtreme.",
      [S(XT_URL)], "a footnote states it")
claim(P, 1, "verbatim", SUP,
      "To this end, we introduce the Cross-lingual TRansfer Evaluation of Multilingual Encoders (XTREME) benchmark, a multi-task benchmark for evaluating the cross-lingual generaliz",
      [S(XT_INTRO)], "cut off; the rest is verbatim", truncated=True)
claim(P, 1, "verbatim", CON,
      "XTREME is a multi-task benchmark for evaluating the cross-lingual generalization capabilities of multilingual representations across 40 languages and 7 tasks.",
      [S(XT_INTRO)], "9 tasks, not 7")

# ---------------------------------------------------------------------------------------
# 1810.04805 -- BERT (tune). v1 and v2 abstracts differ in the GLUE and MultiNLI figures;
# SQuAD v2.0 only in v2, 'outperforming human performance by 2.0%' only in v1.
P = "1810.04805"
B_NUM1 = "It obtains new state-of-the-art results on eleven natural language processing tasks, including pushing the GLUE benchmark to 80.4% (7.6% absolute improvement), MultiNLI accuracy to 86.7 (5.6% absolute improvement) and the SQuAD v1.1 question answering Test F1 to 93.2 (1.5% absolute improvement), outperforming human performance by 2.0%."
B_NUM2 = "It obtains new state-of-the-art results on eleven natural language processing tasks, including pushing the GLUE score to 80.5 (7.7 point absolute improvement), MultiNLI accuracy to 86.7% (4.6% absolute improvement), SQuAD v1.1 question answering Test F1 to 93.2 (1.5 point absolute improvement) and SQuAD v2.0 Test F1 to 83.1 (5.1 point absolute improvement)."
B_NAME = "We introduce a new language representation model called BERT, which stands for Bidirectional Encoder Representations from Transformers."
B_BI1 = "Unlike recent language representation models, BERT is designed to pre-train deep bidirectional representations by jointly conditioning on both left and right context in all layers."
B_BI2 = "Unlike recent language representation models, BERT is designed to pre-train deep bidirectional representations from unlabeled text by jointly conditioning on both left and right context in all layers."
B_FT = "can be fine-tuned with just one additional output layer to create state-of-the-art models for a wide range of tasks, such as question answering and language inference, without substantial task-specific architecture modifications."
B_SIMPLE = "BERT is conceptually simple and empirically powerful."

claim(P, 2, "number-format", SUP,
      "BERT obtains new state-of-the-art results on 11 NLP tasks.",
      [S(B_NUM2), S(B_NUM1, 1)], "eleven = 11, in both versions", per={1: SUP})
claim(P, 2, "number-format", CON,
      "BERT sets new state-of-the-art results on twelve natural language processing tasks.",
      [S(B_NUM2), S(B_NUM1, 1)], "eleven tasks in both versions", per={1: CON})
claim(P, 2, "version-drift", SUP,
      "BERT pushes the GLUE score to 80.5, a 7.7 point absolute improvement.",
      [S(B_NUM2), S(B_NUM1, 1)], "v2 states 80.5 and 7.7; v1 states 80.4% and 7.6%", per={1: CON})
claim(P, 1, "number-format", SUP,
      "The study finds that BERT raises the GLUE benchmark to 80.4 points, 7.6 points above the previous best.",
      [S(B_NUM1), S(B_NUM2, 2)], "v1 writes 80.4% and 7.6% absolute; v2 has 80.5 and 7.7", per={2: CON})
claim(P, 2, "version-drift", SUP,
      "BERT reaches 83.1 Test F1 on SQuAD v2.0, a 5.1 point absolute improvement.",
      [S(B_NUM2)], "only v2 reports SQuAD v2.0", per={1: NF})
claim(P, 1, "version-drift", SUP,
      "On SQuAD v1.1, BERT outperforms human performance by 2.0%.",
      [S(B_NUM1)], "only v1 says it", per={2: NF})
claim(P, 2, "version-drift", SUP,
      "MultiNLI accuracy reaches 86.7% with BERT, an absolute improvement of 4.6%.",
      [S(B_NUM2), S(B_NUM1, 1)], "v2 states 4.6%; v1 states 5.6% for the same 86.7", per={1: CON})
claim(P, 2, "number-format", SUP,
      "BERT pushes SQuAD v1.1 Test F1 to 93.2, an absolute improvement of one and a half points.",
      [S(B_NUM2), S(B_NUM1, 1)], "1.5 written as words; v1 says 1.5%", per={1: SUP})
claim(P, 2, "polarity", CON,
      "BERT is conceptually complex but empirically powerful.",
      [S(B_SIMPLE)], "conceptually simple", per={1: CON})
claim(P, 2, "polarity", CON,
      "Fine-tuning BERT for a task requires substantial task-specific architecture modifications.",
      [S(B_FT)], "'without substantial task-specific architecture modifications'", per={1: CON})
claim(P, 2, "polarity", SUP,
      "BERT can be fine-tuned with just one extra output layer, without substantial task-specific architecture changes.",
      [S(B_FT)], "stated in both versions", per={1: SUP})
claim(P, 2, "polarity", CON,
      "Like recent language representation models, BERT conditions only on the left context.",
      [S(B_BI2), S(B_BI1, 1)], "'Unlike recent ... models', both left and right context", per={1: CON})
claim(P, 2, "version-drift", SUP,
      "BERT pre-trains deep bidirectional representations from unlabeled text.",
      [S(B_BI2), S(B_BI1, 1)], "v2 says 'from unlabeled text'; v1 has the bidirectional pre-training but not the unlabeled text",
      per={1: PART})
claim(P, 2, "paraphrase", SUP,
      "BERT stands for Bidirectional Encoder Representations from Transformers.",
      [S(B_NAME)], "stated", per={1: SUP})
claim(P, 2, "entity-swap", PART,
      "A fine-tuned BERT gives state-of-the-art models for tasks such as question answering and named entity recognition.",
      [S(B_FT)], "question answering stated; the other example is language inference, NER nowhere", per={1: PART})
claim(P, 2, "entity-swap", SUP,
      "Fine-tuned BERT models reach the state of the art on tasks such as language inference and question answering.",
      [S(B_FT)], "both examples named", per={1: SUP})
claim(P, 2, "two-sentences", SUP,
      "The paper introduces BERT, a language representation model that pre-trains deep bidirectional representations by conditioning on both left and right context in all layers.",
      [S(B_NAME), S(B_BI2), S(B_BI1, 1)], "first two abstract sentences", per={1: SUP})
claim(P, 2, "absent", NF,
      "BERT-Large has 340M parameters.",
      [], "no parameter count in the corpus text", per={1: NF})
claim(P, 2, "absent", NF,
      "BERT is pre-trained on BooksCorpus and English Wikipedia.",
      [], "no pre-training corpus named", per={1: NF})
claim(P, 2, "sign-direction", CON,
      "BERT lowers SQuAD v2.0 Test F1 by 5.1 points relative to prior work.",
      [S(B_NUM2)], "v2: a 5.1 point absolute improvement; v1 has no SQuAD v2.0", per={1: NF})

# ---------------------------------------------------------------------------------------
# 1909.11942 -- ALBERT (tune). v6 adds the long introduction (RACE history, model size)
# and 'unexpected model degradation'; Table 3 only in v6 (not used: repeated row labels).
P = "1909.11942"
A_RACE = "the paper that originally describes the task and formulates the modeling challenge reports then state-of-the-art machine accuracy at 44.1%; the latest published result reports their model performance at 83.2%; the work we present here pushes it even higher to 89.4%, a stunning 45.3% improvement"
A_HARD1 = "However, at some point further model increases become harder due to GPU/TPU memory limitations and longer training times."
A_HARD6 = "However, at some point further model increases become harder due to GPU/TPU memory limitations, longer training times, and unexpected model degradation."
A_TWO = "To address these problems, we present two parameter-reduction techniques to lower memory consumption and increase the training speed of BERT."
A_SOP = "We also use a self-supervised loss that focuses on modeling inter-sentence coherence, and show it consistently helps downstream tasks with multi-sentence inputs."
A_SOTA = "As a result, our best model establishes new state-of-the-art results on the GLUE, RACE, and SQuAD benchmarks while having fewer parameters compared to BERT-large."
A_LITE = "ALBERT is \"A Lite\" version of BERT, a popular unsupervised language representation learning algorithm."
A_LITE2 = "ALBERT uses parameter-reduction techniques that allow for large-scale configurations, overcome previous memory limitations, and achieve better behavior with respect to model degradation."
A_BIG = "Given that current state-of-the-art models often have hundreds of millions or even billions of parameters, it is easy to hit these limitations as we try to scale our models."
A_SPEED = "Training speed can also be significantly hampered in distributed training, as the communication overhead is directly proportional to the number of parameters in the model."
A_SIZE = "Increasing model size when pretraining natural language representations often results in improved performance on downstream tasks."
A_DISTIL = "It has become common practice to pre-train large models and distill them down to smaller ones for real applications."
A_CODE = "The code and the pretrained models are available at https://github.com/google-research/ALBERT."

claim(P, 6, "version-drift", SUP,
      "The authors describe their RACE accuracy of 89.4% as a 45.3% improvement over the 44.1% first reported for the task.",
      [S(A_RACE)], "v6's introduction; v1 has no RACE history", per={1: NF})
claim(P, 6, "number-format", SUP,
      "The original RACE paper reported a machine accuracy of 44.1 percent.",
      [S(A_RACE)], "44.1% as 'percent'; only v6", per={1: NF})
claim(P, 6, "number-format", CON,
      "Before ALBERT, the latest published RACE result was 86.5%.",
      [S(A_RACE)], "v6 says 83.2%; v1 has no such sentence", per={1: NF})
claim(P, 6, "version-drift", SUP,
      "Further model increases become harder because of memory limitations, longer training times and unexpected model degradation.",
      [S(A_HARD6), S(A_HARD1, 1)], "v6 lists all three; v1 lacks model degradation", per={1: PART})
claim(P, 6, "number-format", SUP,
      "ALBERT presents 2 parameter-reduction techniques to lower memory consumption and speed up BERT training.",
      [S(A_TWO)], "'two' as a digit", per={1: SUP})
claim(P, 6, "polarity", CON,
      "ALBERT's parameter-reduction techniques increase memory consumption.",
      [S(A_TWO)], "they lower memory consumption", per={1: CON})
claim(P, 6, "polarity", CON,
      "The inter-sentence coherence loss consistently hurts downstream tasks with multi-sentence inputs.",
      [S(A_SOP)], "it consistently helps", per={1: CON})
claim(P, 6, "polarity", CON,
      "ALBERT's best model has more parameters than BERT-large.",
      [S(A_SOTA)], "fewer parameters", per={1: CON})
claim(P, 6, "polarity", SUP,
      "ALBERT's best model sets new state-of-the-art results on GLUE, RACE and SQuAD with fewer parameters than BERT-large.",
      [S(A_SOTA)], "stated", per={1: SUP})
claim(P, 6, "entity-swap", PART,
      "ALBERT establishes new state-of-the-art results on the GLUE, RACE and SuperGLUE benchmarks.",
      [S(A_SOTA)], "GLUE and RACE stated; SuperGLUE nowhere (SQuAD is the third)", per={1: PART})
claim(P, 6, "entity-swap", SUP,
      "ALBERT sets new state-of-the-art results on SQuAD, GLUE and RACE.",
      [S(A_SOTA)], "same three, reordered", per={1: SUP})
claim(P, 6, "table-cell", SUP,
      "ALBERT (1.5M) reaches 71.4 on CoLA in the GLUE development set.",
      [C("Table 1", "ALBERT (1.5M)", "CoLA", "71.4")], "Table 1 cell", per={1: SUP})
claim(P, 6, "table-cell", CON,
      "ALBERT (1M) scores 90.8 on MNLI.",
      [C("Table 1", "ALBERT (1M)", "MNLI", "90.4")], "the cell is 90.4; 90.8 is ALBERT (1.5M)", per={1: CON})
claim(P, 6, "table-cell", SUP,
      "On the RACE test set, ALBERT (1.5M) reaches 86.5% accuracy, with 89.0 on Middle and 85.5 on High.",
      [C("Table 2", "ALBERT (1.5M)", "RACE / test (Middle/High)", "86.5 (89.0/85.5)")], "Table 2 cell with its bracketed parts",
      per={1: SUP})
claim(P, 6, "table-cell", CON,
      "BERT-large obtains 81.8/79.0 F1/EM on the SQuAD1.1 development set.",
      [C("Table 2", "BERT-large", "SQuAD1.1 / dev", "90.9/84.1")], "SQuAD1.1 dev is 90.9/84.1; 81.8/79.0 is SQuAD2.0 dev",
      per={1: CON})
claim(P, 6, "table-computed", SUP,
      "ALBERT (1.5M) improves over BERT-large on RTE by 18.8 points.",
      [C("Table 1", "ALBERT (1.5M)", "RTE", "89.2"), C("Table 1", "BERT-large", "RTE", "70.4")], "89.2 - 70.4 = 18.8",
      per={1: SUP})
claim(P, 6, "table-computed", SUP,
      "ALBERT (1.5M) achieves the best MNLI result in Table 1 (90.8).",
      [C("Table 1", "ALBERT (1.5M)", "MNLI", "90.8")], "column maximum", per={1: SUP})
claim(P, 6, "table-computed", CON,
      "XLNet-large has the best QQP score among the models in Table 1.",
      [C("Table 1", "XLNet-large", "QQP", "91.8"), C("Table 1", "RoBERTa-large", "QQP", "92.2"), C("Table 1", "ALBERT (1.5M)", "QQP", "92.2")],
      "XLNet-large has 91.8; the maximum, 92.2, is RoBERTa-large and ALBERT (1.5M)", per={1: CON})
claim(P, 6, "table-computed", SUP,
      "Averaged over the eight GLUE tasks of Table 1, ALBERT (1.5M) scores 90.0.",
      ROW("Table 1", "ALBERT (1.5M)", GLUE8_ALBERT, "90.8 95.3 92.2 89.2 96.9 90.9 71.4 93.0"),
      "mean of the row: (90.8+95.3+92.2+89.2+96.9+90.9+71.4+93.0)/8 = 89.96", per={1: SUP})
claim(P, 6, "sign-direction", SUP,
      "On RTE, RoBERTa-large is 2.6 points below ALBERT (1.5M).",
      [C("Table 1", "RoBERTa-large", "RTE", "86.6"), C("Table 1", "ALBERT (1.5M)", "RTE", "89.2")], "86.6 - 89.2 = -2.6",
      per={1: SUP})
claim(P, 6, "sign-direction", CON,
      "Going from ALBERT (1M) to ALBERT (1.5M) lowers MRPC accuracy by 0.7 points.",
      [C("Table 1", "ALBERT (1M)", "MRPC", "90.2"), C("Table 1", "ALBERT (1.5M)", "MRPC", "90.9")], "it rises by 0.7",
      per={1: CON})
claim(P, 6, "two-sentences", SUP,
      "ALBERT is a lite version of BERT whose parameter-reduction techniques allow large-scale configurations and overcome previous memory limitations.",
      [S(A_LITE), S(A_LITE2)], "two adjacent sentences, in both versions", per={1: SUP})
claim(P, 6, "two-sentences", SUP,
      "State-of-the-art models often have hundreds of millions or even billions of parameters, and distributed training speed suffers because communication overhead grows with the number of parameters.",
      [S(A_BIG), S(A_SPEED)], "two adjacent v6 sentences; v1 has neither", per={1: NF})
claim(P, 6, "paraphrase", SUP,
      "Larger models for pretraining natural language representations often perform better on downstream tasks.",
      [S(A_SIZE)], "reworded", per={1: SUP})
claim(P, 6, "absent", NF,
      "ALBERT shares parameters across all of its layers.",
      [], "not said in the corpus text", per={1: NF})
claim(P, 6, "absent", NF,
      "ALBERT-xxlarge has 235M parameters.",
      [], "no parameter count", per={1: NF})
claim(P, 6, "absent", SUP,
      "The ALBERT code and pretrained models are released at github.com/google-research/ALBERT.",
      [S(A_CODE)], "stated in the abstract", per={1: SUP})
claim(P, 6, "polarity", CON,
      "It has become uncommon to distill large pre-trained models into smaller ones for real applications.",
      [S(A_DISTIL)], "v6: 'common practice'; v1 has no such sentence", per={1: NF})

# ---------------------------------------------------------------------------------------
# 1907.11692 -- RoBERTa (tune).
P = "1907.11692"
R_CMP = "Language model pretraining has led to significant performance gains but careful comparison between different approaches is challenging."
R_EXP = "Training is computationally expensive, often done on private datasets of different sizes, and, as we will show, hyperparameter choices have significant impact on the final results."
R_REP = "We present a replication study of BERT pretraining (Devlin et al., 2019) that carefully measures the impact of many key hyperparameters and training data size."
R_UNDER = "We find that BERT was significantly undertrained, and can match or exceed the performance of every model published after it."
R_SOTA = "Our best model achieves state-of-the-art results on GLUE, RACE and SQuAD."
R_ITER = "RoBERTa iterates on BERT's pretraining procedure, including training the model longer, with bigger batches over more data; removing the next sentence prediction objective; training on longer sequences; and dynamically changing the masking pattern applied to the training data."

claim(P, 1, "polarity", CON,
      "The replication study finds that BERT was significantly overtrained.",
      [S(R_UNDER)], "undertrained")
claim(P, 1, "polarity", SUP,
      "The study finds that BERT was significantly undertrained and can match or exceed every model published after it.",
      [S(R_UNDER)], "stated")
claim(P, 1, "polarity", CON,
      "RoBERTa keeps BERT's next sentence prediction objective.",
      [S(R_ITER)], "it removes the next sentence prediction objective")
claim(P, 1, "polarity", CON,
      "RoBERTa applies a static masking pattern to the training data.",
      [S(R_ITER)], "the masking pattern is changed dynamically")
claim(P, 1, "polarity", CON,
      "Hyperparameter choices have little impact on the final results of pretraining.",
      [S(R_EXP)], "significant impact")
claim(P, 1, "entity-swap", SUP,
      "RoBERTa achieves state-of-the-art results on GLUE, RACE and SQuAD.",
      [S(R_SOTA)], "stated")
claim(P, 1, "entity-swap", PART,
      "RoBERTa's best model achieves state-of-the-art results on GLUE, SQuAD and SWAG.",
      [S(R_SOTA)], "GLUE and SQuAD stated; SWAG nowhere")
claim(P, 1, "table-cell", SUP,
      "RoBERTa large reaches 90.2 on the MNLI development set.",
      [C("Table 1", "RoBERTa large", "MNLI", "90.2")], "Table 1 cell")
claim(P, 1, "table-cell", CON,
      "RoBERTa base achieves 63.6 on STS-B.",
      [C("Table 1", "RoBERTa base", "STS-B", "91.2")], "STS-B is 91.2; 63.6 is CoLA")
claim(P, 1, "table-cell", SUP,
      "RoBERTa large obtains 89.4 F1 on the SQuAD 2.0 development set.",
      [C("Table 2", "RoBERTa large", "SQuAD 2.0 / F1", "89.4")], "two-level header SQuAD 2.0 / F1")
claim(P, 1, "table-cell", CON,
      "RoBERTa large obtains an exact match of 88.9 on SQuAD 2.0.",
      [C("Table 2", "RoBERTa large", "SQuAD 2.0 / EM", "86.5")], "SQuAD 2.0 EM is 86.5; 88.9 is SQuAD 1.1 EM")
claim(P, 1, "table-computed", SUP,
      "Going from RoBERTa base to RoBERTa large improves RTE by 7.9 points.",
      [C("Table 1", "RoBERTa large", "RTE", "86.6"), C("Table 1", "RoBERTa base", "RTE", "78.7")], "86.6 - 78.7 = 7.9")
claim(P, 1, "table-computed", CON,
      "RoBERTa large improves CoLA by 5.4 points over RoBERTa base.",
      [C("Table 1", "RoBERTa large", "CoLA", "68.0"), C("Table 1", "RoBERTa base", "CoLA", "63.6")], "68.0 - 63.6 = 4.4")
claim(P, 1, "table-computed", SUP,
      "RoBERTa large averages 88.9 over the eight GLUE development tasks.",
      ROW("Table 1", "RoBERTa large", GLUE8_ROBERTA, "90.2 94.7 92.2 86.6 96.4 90.9 68.0 92.4"),
      "mean of the row: 711.4 / 8 = 88.925")
claim(P, 1, "table-computed", CON,
      "Across the eight GLUE tasks, RoBERTa base averages 89.9.",
      ROW("Table 1", "RoBERTa base", GLUE8_ROBERTA, "87.6 92.8 91.9 78.7 94.8 90.2 63.6 91.2"),
      "mean of the row: (87.6+92.8+91.9+78.7+94.8+90.2+63.6+91.2)/8 = 86.35")
claim(P, 1, "table-computed", SUP,
      "RoBERTa large's highest GLUE development score is on SST-2 (96.4).",
      [C("Table 1", "RoBERTa large", "SST-2", "96.4")], "row maximum")
claim(P, 1, "sign-direction", SUP,
      "On RACE, RoBERTa large is 5.2 points better on the Middle set than on the High set.",
      [C("Table 2", "RoBERTa large", "RACE / Middle", "86.5"), C("Table 2", "RoBERTa large", "RACE / High", "81.3")],
      "86.5 - 81.3 = 5.2")
claim(P, 1, "sign-direction", CON,
      "RoBERTa large does 5.2 points worse on RACE Middle than on RACE High.",
      [C("Table 2", "RoBERTa large", "RACE / Middle", "86.5"), C("Table 2", "RoBERTa large", "RACE / High", "81.3")],
      "Middle is the higher one")
claim(P, 1, "two-sentences", SUP,
      "Careful comparison between pretraining approaches is challenging because training is computationally expensive and often done on private datasets of different sizes.",
      [S(R_CMP), S(R_EXP)], "two adjacent sentences")
claim(P, 1, "paraphrase", SUP,
      "The authors present a replication study of BERT pretraining that measures the impact of key hyperparameters and of training data size.",
      [S(R_REP)], "reworded")
claim(P, 1, "paraphrase", PART,
      "The replication study measures the impact of key hyperparameters, training data size and tokenizer choice.",
      [S(R_REP)], "hyperparameters and data size stated; tokenizer choice nowhere")
claim(P, 1, "absent", NF,
      "RoBERTa is pretrained on 160GB of uncompressed text.",
      [], "no data size in the corpus text")
claim(P, 1, "absent", NF,
      "RoBERTa is trained with batches of 8K sequences.",
      [], "no batch size")
claim(P, 1, "number-format", SUP,
      "RoBERTa large's SQuAD 1.1 development F1 is 94.6%.",
      [C("Table 2", "RoBERTa large", "SQuAD 1.1 / F1", "94.6")], "the % sign added to the cell's 94.6")
claim(P, 1, "verbatim", SUP,
      "RoBERTa iterates on BERT's pretraining procedure, including training the model longer, with bigger batches over more data; removing the next sentence predic",
      [S(R_ITER)], "cut off; the rest is verbatim", truncated=True)

# ---------------------------------------------------------------------------------------
# 2003.10555 -- ELECTRA (tune).
P = "2003.10555"
E_MLM = "Masked language modeling (MLM) pre-training methods such as BERT corrupt the input by replacing some tokens with [MASK] and then train a model to reconstruct the original tokens."
E_COMP = "While they produce good results when transferred to downstream NLP tasks, they generally require large amounts of compute to be effective."
E_RTD = "As an alternative, we propose a more sample-efficient pre-training task called replaced token detection."
E_GEN = "Instead of masking the input, our approach corrupts it by replacing some tokens with plausible alternatives sampled from a small generator network."
E_DISC = "Then, instead of training a model that predicts the original identities of the corrupted tokens, we train a discriminative model that predicts whether each token in the corrupted input was replaced by a generator sample or not."
E_ALL = "Thorough experiments demonstrate this new pre-training task is more efficient than MLM because the task is defined over all input tokens rather than just the small subset that was masked out."
E_SMALL = "The gains are particularly strong for small models; for example, we train a model on one GPU for 4 days that outperforms GPT (trained using 30x more compute) on the GLUE natural language understanding benchmark."
E_SCALE = "Our approach also works well at scale, where it performs comparably to RoBERTa and XLNet while using less than 1/4 of their compute and outperforms them when using the same amount of compute."

claim(P, 1, "number-format", SUP,
      "A small ELECTRA model trained on a single GPU for four days beats GPT, which used 30 times more compute, on GLUE.",
      [S(E_SMALL)], "one GPU, 4 days, 30x written another way")
claim(P, 1, "number-format", CON,
      "An ELECTRA model trained on one GPU for 4 days outperforms GPT, which was trained with 50x more compute.",
      [S(E_SMALL)], "30x, not 50x")
claim(P, 1, "number-format", SUP,
      "At scale, ELECTRA performs comparably to RoBERTa and XLNet while using under 25% of their compute.",
      [S(E_SCALE)], "less than 1/4 = under 25%")
claim(P, 1, "number-format", CON,
      "ELECTRA matches RoBERTa and XLNet while using about half of their compute.",
      [S(E_SCALE)], "less than 1/4 of their compute")
claim(P, 1, "number-format", SUP,
      "ELECTRA-Large has 335 million parameters.",
      [C("Table 1", "ELECTRA-Large", "Params", "335M")], "335M written out")
claim(P, 1, "table-cell", CON,
      "ELECTRA-Base has 24 layers.",
      [C("Table 1", "ELECTRA-Base", "Layers", "12")], "12 layers; 24 is ELECTRA-Large")
claim(P, 1, "table-cell", SUP,
      "ELECTRA-Small scores 77.4 on the GLUE test set.",
      [C("Table 1", "ELECTRA-Small", "GLUE score (test set)", "77.4")], "Table 1 cell")
claim(P, 1, "table-cell", SUP,
      "ELECTRA-Small has 14M parameters and a hidden size of 256.",
      [C("Table 1", "ELECTRA-Small", "Params", "14M"), C("Table 1", "ELECTRA-Small", "Hidden Size", "256")], "two cells of one row")
claim(P, 1, "polarity", CON,
      "ELECTRA's pre-training task is defined over just the small masked-out subset of tokens rather than over all input tokens.",
      [S(E_ALL)], "the reverse: all input tokens rather than the masked subset")
claim(P, 1, "polarity", SUP,
      "Replaced token detection learns from all input tokens rather than only the small masked-out subset.",
      [S(E_ALL)], "stated")
claim(P, 1, "polarity", CON,
      "ELECTRA's discriminator is trained to predict the original identities of the corrupted tokens.",
      [S(E_DISC)], "'instead of' predicting original identities, it predicts whether each token was replaced")
claim(P, 1, "polarity", CON,
      "The gains of ELECTRA are weakest for small models.",
      [S(E_SMALL)], "particularly strong for small models")
claim(P, 1, "polarity", CON,
      "MLM pre-training methods need little compute to be effective.",
      [S(E_COMP)], "they generally require large amounts of compute")
claim(P, 1, "two-sentences", SUP,
      "ELECTRA corrupts the input by replacing some tokens with samples from a small generator network, then trains a discriminator to predict whether each token was replaced.",
      [S(E_GEN), S(E_DISC)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "ELECTRA corrupts the input by masking tokens with [MASK], then trains a discriminator to predict whether each token was replaced by a generator sample.",
      [S(E_GEN), S(E_DISC)], "'Instead of masking the input' -- the first half is negated")
claim(P, 1, "table-computed", SUP,
      "ELECTRA-Large beats ELECTRA-Base by 2.5 points on the GLUE test set.",
      [C("Table 1", "ELECTRA-Large", "GLUE score (test set)", "85.2"), C("Table 1", "ELECTRA-Base", "GLUE score (test set)", "82.7")],
      "85.2 - 82.7 = 2.5")
claim(P, 1, "table-computed", CON,
      "ELECTRA-Base scores 5.8 points higher than ELECTRA-Small on the GLUE test set.",
      [C("Table 1", "ELECTRA-Base", "GLUE score (test set)", "82.7"), C("Table 1", "ELECTRA-Small", "GLUE score (test set)", "77.4")],
      "82.7 - 77.4 = 5.3")
claim(P, 1, "table-computed", SUP,
      "ELECTRA-Large's best median result in Table 2 is on chunking, at 97.2 F1.",
      [C("Table 2", "ELECTRA-Large", "Chunking / F1", "97.2")], "row maximum")
claim(P, 1, "table-cell", SUP,
      "ELECTRA-Base's median SQuAD 2.0 exact match is 80.5.",
      [C("Table 2", "ELECTRA-Base", "SQuAD 2.0 / EM", "80.5")], "Table 2 cell")
claim(P, 1, "table-cell", CON,
      "ELECTRA-Small-OWT reaches 78.9 accuracy on QNLI.",
      [C("Table 2", "ELECTRA-Small-OWT", "QNLI / Acc", "87.9")], "QNLI is 87.9; 78.9 is MNLI")
claim(P, 1, "sign-direction", SUP,
      "ELECTRA-Small-OWT is 2.9 points worse than ELECTRA-Small on SST.",
      [C("Table 2", "ELECTRA-Small-OWT", "SST / Acc", "88.3"), C("Table 2", "ELECTRA-Small", "SST / Acc", "91.2")],
      "88.3 - 91.2 = -2.9")
claim(P, 1, "sign-direction", SUP,
      "ELECTRA-Small-OWT improves RTE over ELECTRA-Small by 1.8 points.",
      [C("Table 2", "ELECTRA-Small-OWT", "RTE / Acc", "68.5"), C("Table 2", "ELECTRA-Small", "RTE / Acc", "66.7")],
      "68.5 - 66.7 = +1.8")
claim(P, 1, "sign-direction", CON,
      "ELECTRA-Small-OWT lowers RTE accuracy by 1.8 points relative to ELECTRA-Small.",
      [C("Table 2", "ELECTRA-Small-OWT", "RTE / Acc", "68.5"), C("Table 2", "ELECTRA-Small", "RTE / Acc", "66.7")],
      "it raises it by 1.8")
claim(P, 1, "paraphrase", SUP,
      "ELECTRA proposes replaced token detection, a more sample-efficient pre-training task.",
      [S(E_RTD)], "reworded")
claim(P, 1, "absent", NF,
      "ELECTRA's generator is a quarter of the size of the discriminator.",
      [], "no generator size; the only 1/4 is about compute")
claim(P, 1, "absent", NF,
      "ELECTRA-Large reaches 90.9 on the SuperGLUE test set.",
      [], "no SuperGLUE result; 90.9 is ELECTRA-Large's MNLI")
claim(P, 1, "entity-swap", SUP,
      "At scale, ELECTRA performs comparably to XLNet and RoBERTa.",
      [S(E_SCALE)], "both named")
claim(P, 1, "entity-swap", PART,
      "At scale, ELECTRA performs comparably to RoBERTa and T5.",
      [S(E_SCALE)], "RoBERTa stated; T5 nowhere")
claim(P, 1, "paraphrase", SUP,
      "Masked language modeling methods such as BERT replace some input tokens with [MASK] and train a model to reconstruct the original tokens.",
      [S(E_MLM)], "reworded")

# ---------------------------------------------------------------------------------------
# 1606.05250 -- SQuAD (tune). v3 adds the full name and the download address; v1 alone
# says the analysis was 'manual and automatic'.
P = "1606.05250"
Q_PRES1 = "We present a new reading comprehension dataset, SQuAD, consisting of 100,000+ questions posed by crowdworkers on a set of Wikipedia articles, where the answer to each question is a segment of text from the corresponding reading passage."
Q_PRES3 = "We present the Stanford Question Answering Dataset (SQuAD), a new reading comprehension dataset consisting of 100,000+ questions posed by crowdworkers on a set of Wikipedia articles, where the answer to each question is a segment of text from the corresponding reading passage."
Q_LR1 = "We built a strong logistic regression model, which achieves an F1 score of 51.0%, a significant improvement over a simple baseline (20%)."
Q_LR3 = "We build a strong logistic regression model, which achieves an F1 score of 51.0%, a significant improvement over a simple baseline (20%)."
Q_HUM = "However, human performance (86.8%) is much higher, indicating that the dataset presents a good challenge problem for future research."
Q_AN1 = "We analyze the dataset in both manual and automatic ways to understand the types of reasoning required to answer the questions, leaning heavily on dependency and constituency trees."
Q_AN3 = "We analyze the dataset to understand the types of reasoning required to answer the questions, leaning heavily on dependency and constituency trees."
Q_URL = "The dataset is freely available at https://stanford-qa.com."
Q_RC = "Reading Comprehension (RC), or the ability to read text and then answer questions about it, is a challenging task for machines, requiring both understanding of natural language and knowledge about the world."
Q_EX1 = "Consider the question “what causes precipitation to fall?” posed on the passage in Figure 1."
Q_EX2 = "then reason that “under” refers to a cause (not location), and thus determine the correct answer: “gravity”."

claim(P, 3, "number-format", SUP,
      "SQuAD contains more than 100,000 questions.",
      [S(Q_PRES3), S(Q_PRES1, 1)], "100,000+ = more than 100,000", per={1: SUP})
claim(P, 3, "number-format", SUP,
      "SQuAD consists of over 100K questions posed by crowdworkers on Wikipedia articles.",
      [S(Q_PRES3), S(Q_PRES1, 1)], "100K = 100,000", per={1: SUP})
claim(P, 3, "number-format", CON,
      "SQuAD consists of about 50,000 questions posed by crowdworkers.",
      [S(Q_PRES3), S(Q_PRES1, 1)], "100,000+ questions", per={1: CON})
claim(P, 3, "polarity", CON,
      "SQuAD's questions were written by experts rather than crowdworkers.",
      [S(Q_PRES3), S(Q_PRES1, 1)], "posed by crowdworkers", per={1: CON})
claim(P, 3, "number-format", SUP,
      "The logistic regression model reaches 51 F1, far above the 20% of a simple baseline.",
      [S(Q_LR3), S(Q_LR1, 1)], "51.0% written 51", per={1: SUP})
claim(P, 3, "number-format", CON,
      "The logistic regression model scores an F1 of 51.0%, against 40% for a simple baseline.",
      [S(Q_LR3), S(Q_LR1, 1)], "the baseline is 20%", per={1: CON})
claim(P, 3, "polarity", CON,
      "Human performance on SQuAD (86.8%) is much lower than the model's.",
      [S(Q_HUM)], "much higher", per={1: CON})
claim(P, 3, "sign-direction", SUP,
      "Human performance exceeds the logistic regression model by 35.8 F1 points.",
      [S(Q_LR3), S(Q_HUM), S(Q_LR1, 1)], "86.8 - 51.0 = 35.8, from two adjacent sentences", per={1: SUP})
claim(P, 3, "sign-direction", CON,
      "The logistic regression model beats human performance by 35.8 points.",
      [S(Q_LR3), S(Q_HUM), S(Q_LR1, 1)], "humans are 35.8 points higher", per={1: CON})
claim(P, 3, "version-drift", SUP,
      "The SQuAD dataset is freely available at stanford-qa.com.",
      [S(Q_URL)], "only v3 says it", per={1: NF})
claim(P, 1, "version-drift", SUP,
      "The authors analyze the dataset both manually and automatically to understand the reasoning its questions need.",
      [S(Q_AN1), S(Q_AN3, 3)], "v1 says 'manual and automatic ways'; v3 keeps the analysis but not how", per={3: PART})
claim(P, 3, "version-drift", SUP,
      "SQuAD stands for the Stanford Question Answering Dataset.",
      [S(Q_PRES3)], "only v3 spells the name out", per={1: NF})
claim(P, 3, "two-sentences", SUP,
      "A strong logistic regression model reaches 51.0% F1, but human performance is much higher at 86.8%.",
      [S(Q_LR3), S(Q_HUM), S(Q_LR1, 1)], "two adjacent sentences", per={1: SUP})
claim(P, 3, "two-sentences", SUP,
      "For the question “what causes precipitation to fall?”, the correct answer is “gravity”.",
      [S(Q_EX1), S(Q_EX2)], "the question and its answer are in adjacent sentences", per={1: SUP})
claim(P, 3, "polarity", CON,
      "In the example, “under” refers to a location rather than a cause.",
      [S(Q_EX2)], "'a cause (not location)'", per={1: CON})
claim(P, 3, "paraphrase", SUP,
      "Reading comprehension is a challenging task for machines, as it needs both natural language understanding and world knowledge.",
      [S(Q_RC)], "reworded", per={1: SUP})
claim(P, 3, "absent", NF,
      "SQuAD's questions come from 536 Wikipedia articles.",
      [], "no article count", per={1: NF})
claim(P, 3, "entity-swap", PART,
      "SQuAD questions were posed by crowdworkers on Wikipedia and news articles.",
      [S(Q_PRES3), S(Q_PRES1, 1)], "Wikipedia stated; news articles nowhere", per={1: PART})

# ---------------------------------------------------------------------------------------
# 2005.00628 -- Pruksachatkun et al., intermediate-task transfer (tune).
P = "2005.00628"
PK_BERT = "While pretrained models such as BERT have shown large gains across natural language understanding tasks, their performance can be improved by further training the model on a data-rich intermediate task, before fine-tuning it on a target task."
PK_POOR = "However, it is still poorly understood when and why intermediate-task training is beneficial for a given target task."
PK_110 = "To investigate this, we perform a large-scale study on the pretrained RoBERTa model with 110 intermediate-target task combinations."
PK_25 = "We further evaluate all trained models with 25 probing tasks meant to reveal the specific skills that drive transfer."
PK_HIGH = "We observe that intermediate tasks requiring high-level inference and reasoning abilities tend to work best."
PK_COREF = "We also observe that target task performance is strongly correlated with higher-level abilities such as coreference resolution."
PK_FAIL = "However, we fail to observe more granular correlations between probing and target task performance, highlighting the need for further work on broad-coverage probing benchmarks."
PK_FORGET = "We also observe evidence that the forgetting of knowledge learned during pretraining may limit our analysis, highlighting the need for further work on transfer learning methods in these settings."

claim(P, 1, "paraphrase", SUP,
      "The authors run a large-scale analysis on RoBERTa with 110 intermediate-target task combinations.",
      [S(PK_110)], "'study' reworded as 'analysis'")
claim(P, 1, "number-format", CON,
      "The study covers 100 intermediate-target task combinations on the pretrained RoBERTa model.",
      [S(PK_110)], "110 combinations")
claim(P, 1, "number-format", SUP,
      "All trained models are evaluated with twenty-five probing tasks.",
      [S(PK_25)], "25 as words")
claim(P, 1, "number-format", CON,
      "The study covers 25 intermediate-target task combinations and 110 probing tasks.",
      [S(PK_110), S(PK_25)], "the counts belong the other way round")
claim(P, 1, "polarity", CON,
      "It is well understood when and why intermediate-task training helps a given target task.",
      [S(PK_POOR)], "still poorly understood")
claim(P, 1, "polarity", CON,
      "The authors observe granular correlations between probing and target task performance.",
      [S(PK_FAIL)], "they 'fail to observe' them")
claim(P, 1, "polarity", SUP,
      "The study does not find more granular correlations between probing and target-task performance.",
      [S(PK_FAIL)], "same as 'fail to observe'")
claim(P, 1, "polarity", CON,
      "Target task performance is only weakly correlated with higher-level abilities such as coreference resolution.",
      [S(PK_COREF)], "strongly correlated")
claim(P, 1, "polarity", CON,
      "Intermediate tasks that require only low-level skills tend to work best.",
      [S(PK_HIGH)], "high-level inference and reasoning tasks work best")
claim(P, 1, "entity-swap", PART,
      "Target task performance correlates strongly with higher-level abilities such as coreference resolution and negation handling.",
      [S(PK_COREF)], "coreference stated; negation nowhere")
claim(P, 1, "entity-swap", SUP,
      "Intermediate tasks requiring high-level inference and reasoning abilities tend to work best.",
      [S(PK_HIGH)], "both abilities named")
claim(P, 1, "two-sentences", SUP,
      "Since it is poorly understood when intermediate-task training helps, the authors study RoBERTa with 110 intermediate-target task combinations.",
      [S(PK_POOR), S(PK_110)], "two adjacent sentences")
claim(P, 1, "two-sentences", SUP,
      "The authors find no granular correlations between probing and target performance, and see evidence that forgetting pretraining knowledge may limit the analysis.",
      [S(PK_FAIL), S(PK_FORGET)], "two adjacent sentences")
claim(P, 1, "two-sentences", PART,
      "The authors study RoBERTa with 110 intermediate-target combinations and evaluate all models on 25 probing tasks drawn from SentEval.",
      [S(PK_110), S(PK_25)], "110 and 25 stated; SentEval nowhere")
claim(P, 1, "absent", NF,
      "Intermediate training on MNLI gives the largest average gain.",
      [], "no task is named as best")
claim(P, 1, "absent", NF,
      "The probing tasks are drawn from SentEval and edge probing.",
      [], "no source of the probing tasks")
claim(P, 1, "verbatim", SUP,
      "We observe that intermediate tasks requiring high-level inference and reasoning abilities tend to work be",
      [S(PK_HIGH)], "cut off; verbatim", truncated=True)
claim(P, 1, "verbatim", CON,
      "We perform a large-scale study on the pretrained RoBERTa model with 101 intermediate-target task combinations.",
      [S(PK_110)], "110, not 101")
claim(P, 1, "paraphrase", SUP,
      "Pretrained models like BERT can be improved by further training on a data-rich intermediate task before fine-tuning on the target task.",
      [S(PK_BERT)], "reworded")

# ---------------------------------------------------------------------------------------
# 1910.10683 -- T5 (tune).
P = "1910.10683"
T_TL = "Transfer learning, where a model is first pre-trained on a data-rich task before being fine-tuned on a downstream task, has emerged as a powerful technique in natural language processing (NLP)."
T_DIV = "The effectiveness of transfer learning has given rise to a diversity of approaches, methodology, and practice."
T_T2T = "In this paper, we explore the landscape of transfer learning techniques for NLP by introducing a unified framework that converts all text-based language problems into a text-to-text format."
T_SYS = "Our systematic study compares pre-training objectives, architectures, unlabeled data sets, transfer approaches, and other factors on dozens of language understanding tasks."
T_C4 = "By combining the insights from our exploration with scale and our new “Colossal Clean Crawled Corpus”, we achieve state-of-the-art results on many benchmarks covering summarization, question answering, text classification, and more."
T_REL = "To facilitate future work on transfer learning for NLP, we release our data set, pre-trained models, and code."

claim(P, 1, "paraphrase", SUP,
      "The framework converts every text-based language problem into a text-to-text format.",
      [S(T_T2T)], "'all' as 'every'")
claim(P, 1, "number-format", CON,
      "The systematic study compares pre-training objectives and architectures on six language understanding tasks.",
      [S(T_SYS)], "dozens of tasks, not six")
claim(P, 1, "number-format", SUP,
      "The study compares pre-training objectives, architectures and unlabeled data sets on dozens of language understanding tasks.",
      [S(T_SYS)], "stated")
claim(P, 1, "entity-swap", SUP,
      "T5 reaches state-of-the-art results on benchmarks covering question answering, summarization and text classification.",
      [S(T_C4)], "all three named")
claim(P, 1, "entity-swap", PART,
      "The systematic study compares pre-training objectives, architectures and tokenizers.",
      [S(T_SYS)], "objectives and architectures stated; tokenizers nowhere ('other factors' does not state it)")
claim(P, 1, "polarity", CON,
      "Transfer learning has become a marginal technique in NLP.",
      [S(T_TL)], "it has emerged as a powerful technique")
claim(P, 1, "polarity", CON,
      "The effectiveness of transfer learning has led to a uniformity of approaches and practice.",
      [S(T_DIV)], "a diversity of approaches")
claim(P, 1, "polarity", CON,
      "The authors keep their data set and pre-trained models private.",
      [S(T_REL)], "they release them")
claim(P, 1, "two-sentences", SUP,
      "Combining their insights with scale and the new Colossal Clean Crawled Corpus gives state-of-the-art results, and the authors release their data set, pre-trained models and code.",
      [S(T_C4), S(T_REL)], "two adjacent sentences")
claim(P, 1, "absent", NF,
      "The largest T5 model has 11 billion parameters.",
      [], "no model size in the corpus text")
claim(P, 1, "absent", NF,
      "The Colossal Clean Crawled Corpus contains about 750 GB of text.",
      [], "no corpus size")
claim(P, 1, "absent", SUP,
      "The T5 authors release their data set, pre-trained models and code to facilitate future work.",
      [S(T_REL)], "the last abstract sentence")
claim(P, 1, "verbatim", SUP,
      "Transfer learning, where a model is first pre-trained on a data-rich task before being fine-tuned on a downstream task, has emerged as a powerful technique in NLP.",
      [S(T_TL)], "verbatim but for the abbreviation")

# ---------------------------------------------------------------------------------------
# More claims that are partly stated or not stated at all, so that both verdicts have
# enough examples in each split to measure precision and recall on.
P = "2005.13013"
claim(P, 2, "paraphrase", PART,
      "The best intermediate-task models obtain a 5.4 point improvement over XLM-R Large on XTREME and an 8.4 point gain on MLQA.",
      [S(V2_BEST), S(V1_BEST, 1)], "v2 states the 5.4 points, MLQA appears nowhere; v1 states 6.1 instead of 5.4",
      per={1: CON})
claim(P, 2, "absent", NF,
      "Intermediate-task training hurts performance on low-resource languages such as Swahili.",
      [], "no version discusses individual languages", per={1: NF})
P = "1911.02116"
claim(P, 2, "paraphrase", PART,
      "XLM-R is trained on one hundred languages using more than two terabytes of CommonCrawl data for 1.5 million updates.",
      [S(X_TRAIN)], "languages and data stated; the number of updates nowhere", per={1: PART})
claim(P, 2, "table-cell", PART,
      "XLM-R translate-train-all reaches 78.0 XNLI accuracy on Swahili and 80.3 on Yoruba.",
      [C("Table 1", XT, "sw", "78.0")], "the Swahili cell is 78.0; Table 1 has no Yoruba column", per={1: PART})
claim(P, 2, "absent", NF,
      "XLM-R was trained for 1.5 million updates on 500 32GB GPUs.",
      [], "no training budget in the corpus text", per={1: NF})
P = "2006.03654"
claim(P, 6, "table-cell", PART,
      "Over random seeds, DeBERTa large scores 95.3 ± 0.2 on QNLI and 90.4 ± 0.4 on BoolQ.",
      [C("Table 2", "QNLI large", "Results", "95.3 ± 0.2")], "the QNLI cell matches; BoolQ appears in no table or sentence", per={1: PART})
claim(P, 6, "absent", NF,
      "DeBERTa buckets relative positions into 256 distances.",
      [], "no position-bucket size anywhere", per={1: NF})
P = "1804.07461"
claim(P, 1, "paraphrase", PART,
      "GLUE provides a hand-crafted diagnostic test suite and a public leaderboard with private test labels.",
      [S(G_DIAG)], "the diagnostic suite is stated; a leaderboard is not")
claim(P, 1, "absent", NF,
      "CoLA contains about 10,000 sentences drawn from linguistics publications.",
      [], "no CoLA size or source in the corpus text")
P = "1906.01502"
claim(P, 1, "number-format", PART,
      "M-BERT is pre-trained from monolingual corpora in 104 languages with a shared 110K WordPiece vocabulary.",
      [S(M_104)], "104 languages stated; the vocabulary nowhere")
P = "2003.11080"
claim(P, 1, "paraphrase", PART,
      "XTREME covers 40 languages and 9 tasks, and its test sets were translated by professional translators.",
      [S(XT_INTRO)], "the coverage is stated; nothing on translators")
claim(P, 1, "absent", NF,
      "Human performance on XTREME was estimated from 100 examples per task.",
      [], "no such estimate described")

P = "1810.04805"
claim(P, 2, "paraphrase", PART,
      "BERT obtains state-of-the-art results on eleven NLP tasks and cuts pre-training cost by 40%.",
      [S(B_NUM2), S(B_NUM1, 1)], "the eleven tasks are stated; no pre-training cost anywhere", per={1: PART})
P = "1909.11942"
claim(P, 6, "table-cell", PART,
      "ALBERT (1.5M) reaches 71.4 on CoLA and 92.1 on WNLI.",
      [C("Table 1", "ALBERT (1.5M)", "CoLA", "71.4")], "CoLA cell matches; Table 1 has no WNLI column", per={1: PART})
claim(P, 6, "paraphrase", PART,
      "ALBERT uses a self-supervised inter-sentence coherence loss in which 50% of the segment pairs are swapped.",
      [S(A_SOP)], "the coherence loss is stated; the 50% swap rate nowhere", per={1: PART})
P = "1907.11692"
claim(P, 1, "paraphrase", PART,
      "RoBERTa trains longer with bigger batches over more data and uses a byte-level BPE vocabulary of 50K units.",
      [S(R_ITER)], "the training changes are stated; the vocabulary nowhere")
claim(P, 1, "absent", NF,
      "RoBERTa is pretrained for 500K steps.",
      [], "no step count")
P = "2003.10555"
claim(P, 1, "table-cell", PART,
      "ELECTRA-Large has 24 layers and 335M parameters and is pre-trained for 1.75M steps.",
      [C("Table 1", "ELECTRA-Large", "Layers", "24"), C("Table 1", "ELECTRA-Large", "Params", "335M")],
      "layers and parameters match Table 1; no step count anywhere")
P = "1606.05250"
claim(P, 3, "number-format", PART,
      "SQuAD's 100,000+ questions were collected in under three months.",
      [S(Q_PRES3), S(Q_PRES1, 1)], "the question count is stated; the collection time nowhere", per={1: PART})
claim(P, 3, "absent", NF,
      "SQuAD is split 80/10/10 into training, development and test sets.",
      [], "no split proportions", per={1: NF})
P = "2005.00628"
claim(P, 1, "entity-swap", PART,
      "The best intermediate tasks require high-level inference and reasoning, such as MNLI and CommonsenseQA.",
      [S(PK_HIGH)], "the kind of task is stated; no task is named")
P = "1910.10683"
claim(P, 1, "paraphrase", PART,
      "T5 introduces a unified text-to-text framework and is pre-trained on 34 billion tokens.",
      [S(T_T2T)], "the framework is stated; no token count")
claim(P, 1, "absent", NF,
      "T5 uses relative position embeddings.",
      [], "no position encoding mentioned")

# ---------------------------------------------------------------------------------------
# Drift claims citing the version that lacks or contradicts the statement.
P = "1810.04805"
claim(P, 1, "version-drift", NF,
      "BERT pushes SQuAD v2.0 Test F1 to 83.1.",
      [S(B_NUM2, 2)], "v1 (the cited version) has no SQuAD v2.0 result; v2 states it", per={2: SUP})
claim(P, 1, "version-drift", CON,
      "BERT pushes the GLUE score to 80.5, a 7.7 point absolute improvement.",
      [S(B_NUM1), S(B_NUM2, 2)], "the cited v1 states 80.4% and 7.6%; v2 states 80.5 and 7.7", per={2: SUP})
P = "1606.05250"
claim(P, 1, "version-drift", NF,
      "The SQuAD dataset is freely available at stanford-qa.com.",
      [S(Q_URL, 3)], "the cited v1 has no address; v3 adds it", per={3: SUP})
P = "1909.11942"
claim(P, 1, "version-drift", NF,
      "The authors argue that a large network is of crucial importance for achieving state-of-the-art performance.",
      [S("Evidence from these improvements reveals that a large network is of crucial importance for achieving state-of-the-art performance.", 6)],
      "only v6's longer introduction says it; the cited v1 does not", per={6: SUP})

# ---------------------------------------------------------------------------------------
# 1905.00537 -- SuperGLUE (held out). v1 says GLUE performance has 'come close to' the
# non-expert human level, v3 that it has 'surpassed' it; v3 adds a software toolkit and
# drops the 'recaps lessons learned' clause.
P = "1905.00537"
SG_PROG = "In the last year, new models and methods for pretraining and transfer learning have driven striking performance improvements across a range of language understanding tasks."
SG_GLUE1 = "The GLUE benchmark, introduced one year ago, offers a single-number metric that summarizes progress on a diverse set of such tasks, but performance on the benchmark has recently come close to the level of non-expert humans, suggesting limited headroom for further research."
SG_GLUE3 = "The GLUE benchmark, introduced a little over one year ago, offers a single-number metric that summarizes progress on a diverse set of such tasks, but performance on the benchmark has recently surpassed the level of non-expert humans, suggesting limited headroom for further research."
SG_NEW1 = "This paper recaps lessons learned from the GLUE benchmark and presents SuperGLUE, a new benchmark styled after GLUE with a new set of more difficult language understanding tasks, improved resources, and a new public leaderboard."
SG_NEW3 = "In this paper we present SuperGLUE, a new benchmark styled after GLUE with a new set of more difficult language understanding tasks, a software toolkit, and a public leaderboard."

claim(P, 3, "version-drift", SUP,
      "Performance on GLUE has recently surpassed the level of non-expert humans.",
      [S(SG_GLUE3), S(SG_GLUE1, 1)], "v3 says surpassed; v1 says it has come close to that level, i.e. not reached it",
      per={1: CON})
claim(P, 1, "version-drift", SUP,
      "GLUE performance has recently come close to the level of non-expert humans, leaving limited headroom.",
      [S(SG_GLUE1), S(SG_GLUE3, 3)], "v1 states it; v3 says performance surpassed that level", per={3: CON})
claim(P, 3, "polarity", CON,
      "The study finds that GLUE still leaves ample headroom for further research.",
      [S(SG_GLUE3), S(SG_GLUE1, 1)], "'suggesting limited headroom' in both versions", per={1: CON})
claim(P, 3, "polarity", CON,
      "SuperGLUE's language understanding tasks are easier than GLUE's.",
      [S(SG_NEW3), S(SG_NEW1, 1)], "'more difficult' in both versions", per={1: CON})
claim(P, 3, "version-drift", SUP,
      "SuperGLUE comes with a software toolkit and a public leaderboard.",
      [S(SG_NEW3), S(SG_NEW1, 1)], "v3 names both; v1 has the leaderboard but no toolkit", per={1: PART})
claim(P, 3, "entity-swap", PART,
      "SuperGLUE offers a new set of more difficult tasks, a software toolkit and human baselines.",
      [S(SG_NEW3), S(SG_NEW1, 1)], "tasks and toolkit stated in v3, human baselines nowhere; v1 has neither toolkit nor baselines",
      per={1: PART})
claim(P, 1, "version-drift", SUP,
      "The SuperGLUE paper recaps lessons learned from the GLUE benchmark.",
      [S(SG_NEW1)], "v1 only; v3 dropped the clause", per={3: NF})
claim(P, 3, "number-format", CON,
      "The GLUE benchmark had been introduced two years before SuperGLUE.",
      [S(SG_GLUE3), S(SG_GLUE1, 1)], "v3: a little over one year; v1: one year", per={1: CON})
claim(P, 3, "paraphrase", SUP,
      "New pretraining and transfer-learning methods have recently brought striking improvements across language understanding tasks.",
      [S(SG_PROG)], "reworded", per={1: SUP})
claim(P, 3, "absent", NF,
      "SuperGLUE consists of eight language understanding tasks.",
      [], "no task count in either abstract", per={1: NF})
claim(P, 3, "absent", NF,
      "BERT scores 69.0 on the SuperGLUE leaderboard.",
      [], "no scores in either abstract", per={1: NF})
claim(P, 3, "two-sentences", SUP,
      "Pretraining and transfer learning have driven striking gains on language understanding tasks, and GLUE offers a single-number metric that summarizes that progress.",
      [S(SG_PROG), S(SG_GLUE3), S(SG_GLUE1, 1)], "first and second abstract sentences, in both versions", per={1: SUP})
claim(P, 3, "verbatim", SUP,
      "The GLUE benchmark offers a single-number metric that summarizes progress on a diverse set of such tasks.",
      [S(SG_GLUE3), S(SG_GLUE1, 1)], "verbatim less the aside", per={1: SUP})

# Held-out drift claims citing the version that lacks or contradicts the statement.
P = "2005.13013"
claim(P, 1, "version-drift", NF,
      "The study finds that machine-translated intermediate-task data does not consistently outperform English intermediate-task training.",
      [S(V2_NEITHER, 2)], "the cited v1 never mentions machine translation; v2 states it", per={2: SUP})
P = "2006.03654"
claim(P, 1, "version-drift", NF,
      "A single DeBERTa model surpasses human performance on SuperGLUE in macro-average score (89.9 versus 89.8).",
      [S(D_SG, 6)], "the cited v1 has no SuperGLUE result; v6 adds it", per={6: SUP})
P = "1911.02116"
claim(P, 1, "version-drift", CON,
      "XLM-R improves over mBERT by 14.6% average accuracy on XNLI.",
      [S(X_MBERT1), S(X_MBERT2, 2)], "the cited v1 states +13.8%; v2 states +14.6%", per={2: SUP})
P = "1905.00537"
claim(P, 1, "version-drift", NF,
      "SuperGLUE is released together with a software toolkit.",
      [S(SG_NEW3, 3)], "the cited v1 has no toolkit; v3 adds it", per={3: SUP})

# ---------------------------------------------------------------------------------------
# Balance: polarity claims that keep the source's negation or antonym (the rule must not
# fire), sign claims on tables, and two-sentence or paraphrase claims that go wrong.
P = "1911.02116"
claim(P, 2, "polarity", SUP,
      "The authors show that multilingual modeling is possible without sacrificing per-language performance.",
      [S(X_MONO), S(X_MONO, 1)], "the negation kept", per={1: SUP})
claim(P, 2, "sign-direction", SUP,
      "On Spanish MLQA, XLM-R's F1 is 9.8 points higher than mBERT's.",
      [C("Table 2", "XLM-R", "es / F1 / EM", "74.1 / 56.0"), C("Table 2", "mBERT", "es / F1 / EM", "64.3 / 46.6")],
      "74.1 - 64.3 = 9.8", per={1: SUP})
claim(P, 2, "sign-direction", CON,
      "mBERT improves English MLQA F1 over XLM-R by 2.9 points.",
      [C("Table 2", "XLM-R", "en / F1 / EM", "80.6 / 67.8"), C("Table 2", "mBERT", "en / F1 / EM", "77.7 / 65.2")],
      "XLM-R is the one 2.9 points higher (80.6 vs 77.7)", per={1: CON})
P = "2006.03654"
claim(P, 6, "polarity", SUP,
      "Although trained on only half the data, DeBERTa performs consistently better than RoBERTa-Large.",
      [S(D_CMP)], "stated", per={1: SUP})
claim(P, 6, "sign-direction", SUP,
      "On CoLA, BERT Large is 8.9 points below DeBERTa Large.",
      [C("Table 1", "BERT Large", "CoLA / MCC", "60.6"), C("Table 1", "DeBERTa Large", "CoLA / MCC", "69.5")],
      "60.6 - 69.5 = -8.9", per={1: SUP})
claim(P, 6, "two-sentences", CON,
      "DeBERTa represents each word with two vectors for content and position, and its enhanced mask decoder incorporates relative positions in the decoding layer.",
      [S(D_DIS), S(D_DEC)], "the decoder incorporates absolute positions, not relative ones", per={1: CON})
P = "1804.07461"
claim(P, 1, "polarity", SUP,
      "GLUE is model-agnostic, yet it encourages sharing knowledge across tasks.",
      [S(G_AGN)], "stated")
P = "1905.00537"
claim(P, 3, "polarity", SUP,
      "Recent GLUE results suggest limited headroom for further research on the benchmark.",
      [S(SG_GLUE3), S(SG_GLUE1, 1)], "stated in both versions", per={1: SUP})
P = "1906.01502"
claim(P, 1, "polarity", SUP,
      "M-BERT's multilingual representations exhibit systematic deficiencies that affect certain language pairs.",
      [S(M_DEF)], "stated")
claim(P, 1, "paraphrase", CON,
      "To explain M-BERT's transfer, the authors present only a handful of probing experiments.",
      [S(M_PROBE)], "'a large number of probing experiments'")
P = "2003.11080"
claim(P, 1, "two-sentences", CON,
      "Models tested on English reach human performance on many tasks, and results are uniform across languages.",
      [S(XT_GAP), S(XT_SPREAD)], "the second sentence reports a wide spread across languages")
claim(P, 1, "paraphrase", CON,
      "XTREME is a single-task benchmark for cross-lingual generalization.",
      [S(XT_INTRO)], "a multi-task benchmark with 9 tasks")

P = "2003.10555"
claim(P, 1, "polarity", SUP,
      "Instead of masking the input, ELECTRA replaces some tokens with plausible alternatives from a small generator network.",
      [S(E_GEN)], "the 'instead of' kept the right way round")
claim(P, 1, "paraphrase", CON,
      "Replaced token detection is a less sample-efficient pre-training task than masked language modeling.",
      [S(E_RTD), S(E_ALL)], "it is proposed as more sample-efficient and shown to be more efficient than MLM")
P = "2005.00628"
claim(P, 1, "polarity", SUP,
      "It is still poorly understood when and why intermediate-task training benefits a given target task.",
      [S(PK_POOR)], "stated")
P = "1606.05250"
claim(P, 3, "polarity", SUP,
      "In the SQuAD example, “under” refers to a cause, not a location.",
      [S(Q_EX2)], "the parenthetical negation kept", per={1: SUP})
P = "1910.10683"
claim(P, 1, "polarity", SUP,
      "Transfer learning has emerged as a powerful technique in natural language processing.",
      [S(T_TL)], "stated")
claim(P, 1, "two-sentences", CON,
      "Combining the new Colossal Clean Crawled Corpus with scale gives state-of-the-art results, but the authors do not release their pre-trained models.",
      [S(T_C4), S(T_REL)], "the next sentence says they release data set, pre-trained models and code")
P = "1907.11692"
claim(P, 1, "polarity", SUP,
      "RoBERTa removes the next sentence prediction objective and changes the masking pattern dynamically.",
      [S(R_ITER)], "stated")
claim(P, 1, "paraphrase", CON,
      "The RoBERTa authors find that BERT's pretraining was already close to optimal.",
      [S(R_UNDER)], "BERT was significantly undertrained")
P = "1810.04805"
claim(P, 2, "polarity", SUP,
      "Unlike recent language representation models, BERT conditions on both left and right context in all layers.",
      [S(B_BI2), S(B_BI1, 1)], "the 'unlike' kept", per={1: SUP})
P = "1909.11942"
claim(P, 6, "two-sentences", PART,
      "ALBERT is a lite version of BERT that overcomes previous memory limitations by sharing all attention parameters across layers.",
      [S(A_LITE), S(A_LITE2)], "lite version and memory limitations stated; how (sharing attention parameters) nowhere",
      per={1: PART})

# ---------------------------------------------------------------------------------------
# Signed differences written with a Unicode minus or a Δ, against table cells.
P = "1911.02116"
claim(P, 2, "sign-direction", SUP,
      "Relative to RoBERTa translate-test, XLM-R translate-train-all changes English XNLI accuracy by −2.2 points.",
      [C("Table 1", XT, "en", "89.1"), C("Table 1", RT, "en", "91.3")], "89.1 - 91.3 = -2.2, written with U+2212",
      per={1: SUP})
P = "2006.03654"
claim(P, 6, "sign-direction", CON,
      "DeBERTa Large's QQP accuracy shows a Δ of −0.1 against RoBERTa Large.",
      [C("Table 1", "DeBERTa Large", "QQP / Acc/F1", "92.3/-"), C("Table 1", "RoBERTa Large", "QQP / Acc/F1", "92.2/-")],
      "92.3 - 92.2 = +0.1: the sign is wrong", per={1: CON})
P = "1909.11942"
claim(P, 6, "sign-direction", CON,
      "From ALBERT (1M) to ALBERT (1.5M), MRPC accuracy moves by −0.7.",
      [C("Table 1", "ALBERT (1M)", "MRPC", "90.2"), C("Table 1", "ALBERT (1.5M)", "MRPC", "90.9")], "+0.7, not -0.7",
      per={1: CON})
P = "2003.10555"
claim(P, 1, "sign-direction", SUP,
      "Relative to ELECTRA-Small, ELECTRA-Small-OWT shows Δ −2.9 in SST accuracy.",
      [C("Table 2", "ELECTRA-Small-OWT", "SST / Acc", "88.3"), C("Table 2", "ELECTRA-Small", "SST / Acc", "91.2")],
      "88.3 - 91.2 = -2.9")

# ---------------------------------------------------------------------------------------
# The fresh split: new papers, labelled before any engine ran on them, never tuned on.
# Imported last so that the ids of the claims above stay where they are.
import claims_fresh  # noqa: E402,F401

# The fresh2 split: a second blind set over three more papers, appended after the fresh one.
import claims_fresh2  # noqa: E402,F401

# The fresh3 split: a third blind set over two more papers, appended after fresh2.
import claims_fresh3  # noqa: E402,F401

# The fresh4 split: a fourth blind set over four more papers, appended after fresh3.
import claims_fresh4  # noqa: E402,F401

# The fresh5 split: a fifth blind set over four more papers, appended after fresh4.
import claims_fresh5  # noqa: E402,F401

# The fresh6 split: a sixth blind set over four more papers, appended after fresh5.
import claims_fresh6  # noqa: E402,F401

# The fresh7 split: a seventh blind set over four more papers, appended after fresh6.
import claims_fresh7  # noqa: E402,F401

# The fresh8 split: an eighth blind set over four more papers, appended after fresh7.
import claims_fresh8  # noqa: E402,F401

# The fresh9 split: a ninth blind set over four more papers, appended after fresh8.
import claims_fresh9  # noqa: E402,F401

# The fresh10 split: a tenth blind set over four more papers, appended after fresh9.
import claims_fresh10  # noqa: E402,F401

# The fresh11 split: an eleventh blind set over four more papers, appended after fresh10.
import claims_fresh11  # noqa: E402,F401

# The fresh12 split: a twelfth blind set over four more papers, appended after fresh11.
import claims_fresh12  # noqa: E402,F401

# The fresh13 split: a thirteenth blind set over four more papers, appended after fresh12.
import claims_fresh13  # noqa: E402,F401

# The fresh14 split: a fourteenth blind set over four more papers, appended after fresh13.
import claims_fresh14  # noqa: E402,F401

# The fresh15 split: a fifteenth blind set over four more papers, appended after fresh14.
import claims_fresh15  # noqa: E402,F401
