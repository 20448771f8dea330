"""The corpus as data: one dict per PDF (paper version), read by build.py.

Text is plain Unicode as a reader sees it; build.py escapes it for LaTeX and splits it into
the truth sentences. Inline markup understood by build.py:
  [^text]   a footnote (its text becomes a footnote sentence; the mark is not in the body sentence)
  *text*    italic (kept as plain text in the truth)
Table cells: "**91.0**" bold, "92.6^1" a footnote mark printed after the value, "±" as printed.

Provenance: every prose paragraph below is the paper's own text, recovered from the public
copies named in `source` (abstract pages, proceedings pages, HTML renderings of arXiv PDFs).
Results tables were transcribed from the authors' own repositories, which reprint the paper's
numbers; where a table is not the paper's own table (layout, selection of rows) `note` says so.
Captions, section titles other than Abstract/Introduction, and algorithm blocks were written
for this corpus and are marked `written_for_corpus` in the manifest.
"""
from __future__ import annotations

# ------------------------------------------------------------------ shared tables
XNLI_TABLE = {
    "label": "Table 1",
    "caption": "XNLI accuracy per language, as reported by the authors for the two "
               "cross-lingual settings.",
    "source": "https://github.com/facebookresearch/fairseq/blob/main/examples/xlmr/README.md",
    "note": "row labels 'roberta.large.mnli (TRANSLATE-TEST)' and 'xlmr.large (TRANSLATE-TRAIN-ALL)' "
            "written as 'RoBERTa translate-test' and 'XLM-R translate-train-all'",
    "header": [[("Model", 1), ("Avg", 1), ("en", 1), ("fr", 1), ("es", 1), ("de", 1), ("el", 1),
                ("bg", 1), ("ru", 1), ("tr", 1), ("ar", 1), ("vi", 1), ("th", 1), ("zh", 1),
                ("hi", 1), ("sw", 1), ("ur", 1)]],
    "rows": [
        ["RoBERTa translate-test", "77.8", "91.3", "82.9", "84.3", "81.2", "81.7", "83.1", "78.3",
         "76.8", "76.6", "74.2", "74.1", "77.5", "70.9", "66.7", "66.8"],
        ["XLM-R translate-train-all", "**83.6**", "89.1", "85.1", "86.6", "85.7", "85.3", "85.9",
         "83.5", "83.2", "83.1", "83.7", "81.5", "83.7", "81.6", "78.0", "78.1"],
    ],
}

MLQA_TABLE = {
    "label": "Table 2",
    "caption": "MLQA results (F1 / EM) per language.",
    "source": "https://github.com/facebookresearch/fairseq/blob/main/examples/xlmr/README.md",
    "note": "row labels 'roberta.large.mnli (TRANSLATE-TEST)' and 'xlmr.large (TRANSLATE-TRAIN-ALL)' "
            "written as 'RoBERTa translate-test' and 'XLM-R translate-train-all'",
    "header": [[("Model", 1), ("Avg", 1), ("en", 1), ("es", 1), ("de", 1)],
               [("", 1), ("F1 / EM", 1), ("F1 / EM", 1), ("F1 / EM", 1), ("F1 / EM", 1)]],
    "rows": [
        ["BERT-large", "–", "80.2 / 67.4", "–", "–"],
        ["mBERT", "57.7 / 41.6", "77.7 / 65.2", "64.3 / 46.6", "57.9 / 44.3"],
        ["XLM-R", "**70.7 / 52.7**", "80.6 / 67.8", "74.1 / 56.0", "68.5 / 53.6"],
    ],
    "note": "columns ar, hi, vi, zh of the authors' table left out to fit one column",
}

XLMR_LANGUAGES = [
    "Afrikaans", "Albanian", "Amharic", "Arabic", "Armenian", "Assamese", "Azerbaijani", "Basque",
    "Belarusian", "Bengali", "Bengali Romanize", "Bosnian", "Breton", "Bulgarian", "Burmese",
    "Burmese zawgyi font", "Catalan", "Chinese (Simplified)", "Chinese (Traditional)", "Croatian",
    "Czech", "Danish", "Dutch", "English", "Esperanto", "Estonian", "Filipino", "Finnish", "French",
    "Galician", "Georgian", "German", "Greek", "Gujarati", "Hausa", "Hebrew", "Hindi",
    "Hindi Romanize", "Hungarian", "Icelandic", "Indonesian", "Irish", "Italian", "Japanese",
    "Javanese", "Kannada", "Kazakh", "Khmer", "Korean", "Kurdish (Kurmanji)", "Kyrgyz", "Lao",
    "Latin", "Latvian", "Lithuanian", "Macedonian", "Malagasy", "Malay", "Malayalam", "Marathi",
    "Mongolian", "Nepali", "Norwegian", "Oriya", "Oromo", "Pashto", "Persian", "Polish",
    "Portuguese", "Punjabi", "Romanian", "Russian", "Sanskri", "Scottish Gaelic", "Serbian",
    "Sindhi", "Sinhala", "Slovak", "Slovenian", "Somali", "Spanish", "Sundanese", "Swahili",
    "Swedish", "Tamil", "Tamil Romanize", "Telugu", "Telugu Romanize", "Thai", "Turkish",
    "Ukrainian", "Urdu", "Urdu Romanize", "Uyghur", "Uzbek", "Vietnamese", "Welsh",
    "Western Frisian", "Xhosa", "Yiddish",
]

LANG_TABLE = {
    "label": "Table 3",
    "caption": "The 100 languages of the pretraining data.",
    "source": "https://github.com/facebookresearch/fairseq/blob/main/examples/xlmr/README.md",
    "kind": "longtable",
    "header": [[("No.", 1), ("Language", 1)]],
    "rows": [[str(i + 1), name] for i, name in enumerate(XLMR_LANGUAGES)],
}

ALBERT_GLUE = {
    "label": "Table 1",
    "caption": "GLUE development set results, single-model setup. Best in bold.",
    "source": "https://github.com/google-research/albert/blob/master/README.md",
    "header": [[("Models", 1), ("MNLI", 1), ("QNLI", 1), ("QQP", 1), ("RTE", 1), ("SST", 1),
                ("MRPC", 1), ("CoLA", 1), ("STS", 1)]],
    "rows": [
        ["BERT-large", "86.6", "92.3", "91.3", "70.4", "93.2", "88.0", "60.6", "90.0"],
        ["XLNet-large", "89.8", "93.9", "91.8", "83.8", "95.6", "89.2", "63.6", "91.8"],
        ["RoBERTa-large", "90.2", "94.7", "**92.2**", "86.6", "96.4", "**90.9**", "68.0", "92.4"],
        ["ALBERT (1M)", "90.4", "95.2", "92.0", "88.1", "96.8", "90.2", "68.7", "92.7"],
        ["ALBERT (1.5M)", "**90.8**", "**95.3**", "**92.2**", "**89.2**", "**96.9**", "**90.9**",
         "**71.4**", "**93.0**"],
    ],
}

ALBERT_SQUAD = {
    "label": "Table 2",
    "caption": "ALBERT-xxlarge on SQuAD and RACE, single model (F1/EM for SQuAD; RACE accuracy "
               "with Middle/High in brackets).",
    "source": "https://github.com/google-research/albert/blob/master/README.md",
    "header": [[("Models", 1), ("SQuAD1.1", 1), ("SQuAD2.0", 2), ("RACE", 1)],
               [("", 1), ("dev", 1), ("dev", 1), ("test", 1), ("test (Middle/High)", 1)]],
    "rows": [
        ["BERT-large", "90.9/84.1", "81.8/79.0", "89.1/86.3", "72.0 (76.6/70.1)"],
        ["XLNet", "94.5/89.0", "88.8/86.1", "89.1/86.3", "81.8 (85.5/80.2)"],
        ["RoBERTa", "94.6/88.9", "89.4/86.5", "89.8/86.8", "83.2 (86.5/81.3)"],
        ["ALBERT (1M)", "94.8/89.2", "89.9/87.2", "-", "86.0 (88.2/85.1)"],
        ["ALBERT (1.5M)", "**94.8/89.3**", "**90.2/87.4**", "**90.9/88.1**", "**86.5 (89.0/85.5)**"],
    ],
}

ALBERT_VERSIONS = {
    "label": "Table 3",
    "caption": "Released model versions compared (authors' repository).",
    "source": "https://github.com/google-research/albert/blob/master/README.md",
    "note": "not a table of the paper: the authors' comparison of their released v1 and v2 "
            "checkpoints; used for its grouped rows",
    "group_column": "Release",
    "header": [[("Release", 1), ("Model", 1), ("Average", 1), ("SQuAD1.1", 1), ("SQuAD2.0", 1),
                ("MNLI", 1), ("SST-2", 1), ("RACE", 1)]],
    "groups": [
        ("V2", [["ALBERT-base", "82.3", "90.2/83.2", "82.1/79.3", "84.6", "92.9", "66.8"],
                ["ALBERT-large", "85.7", "91.8/85.2", "84.9/81.8", "86.5", "94.9", "75.2"],
                ["ALBERT-xlarge", "87.9", "92.9/86.4", "87.9/84.1", "87.9", "95.4", "80.7"],
                ["ALBERT-xxlarge", "90.9", "94.6/89.1", "89.8/86.9", "90.6", "96.8", "86.8"]]),
        ("V1", [["ALBERT-base", "80.1", "89.3/82.3", "80.0/77.1", "81.6", "90.3", "64.0"],
                ["ALBERT-large", "82.4", "90.6/83.9", "82.3/79.4", "83.5", "91.7", "68.5"],
                ["ALBERT-xlarge", "85.5", "92.5/86.1", "86.1/83.1", "86.4", "92.4", "74.8"],
                ["ALBERT-xxlarge", "91.0", "94.8/89.3", "90.2/87.4", "90.8", "96.9", "86.5"]]),
    ],
}

ROBERTA_GLUE = {
    "label": "Table 1",
    "caption": "Results on GLUE tasks (development sets, single model, single-task fine-tuning).",
    "source": "https://github.com/facebookresearch/fairseq/blob/main/examples/roberta/README.md",
    "note": "row labels roberta.base/roberta.large written as 'RoBERTa base/large'; bold marks the "
            "better of the two rows (not in the README)",
    "header": [[("Model", 1), ("MNLI", 1), ("QNLI", 1), ("QQP", 1), ("RTE", 1), ("SST-2", 1),
                ("MRPC", 1), ("CoLA", 1), ("STS-B", 1)]],
    "rows": [
        ["RoBERTa base", "87.6", "92.8", "91.9", "78.7", "94.8", "90.2", "63.6", "91.2"],
        ["RoBERTa large", "**90.2**", "**94.7**", "**92.2**", "**86.6**", "**96.4**", "**90.9**",
         "**68.0**", "**92.4**"],
    ],
}

ROBERTA_QA = {
    "label": "Table 2",
    "caption": "RoBERTa large on SQuAD (development sets) and RACE (test set).",
    "source": "https://github.com/facebookresearch/fairseq/blob/main/examples/roberta/README.md",
    "note": "the authors' SQuAD and RACE tables joined under a two-level header; EM/F1 pairs "
            "split into two columns",
    "header": [[("Model", 1), ("SQuAD 1.1", 2), ("SQuAD 2.0", 2), ("RACE", 3)],
               [("", 1), ("EM", 1), ("F1", 1), ("EM", 1), ("F1", 1), ("Accuracy", 1),
                ("Middle", 1), ("High", 1)]],
    "rows": [["RoBERTa large", "88.9", "94.6", "86.5", "89.4", "83.2", "86.5", "81.3"]],
}

DEBERTA_DEV = {
    "label": "Table 1",
    "caption": "Development set results on SQuAD 1.1/2.0 and GLUE tasks.",
    "source": "https://github.com/microsoft/DeBERTa/blob/master/README.md",
    "note": "rows of the later DeBERTa-V2/V3 models left out; row labels written with a space "
            "(README: BERT-Large, DeBERTa-Large ...); bold re-marked for the best of the rows shown",
    "header": [[("Model", 1), ("SQuAD 1.1", 1), ("SQuAD 2.0", 1), ("MNLI-m/mm", 1), ("SST-2", 1),
                ("QNLI", 1), ("CoLA", 1), ("RTE", 1), ("MRPC", 1), ("QQP", 1), ("STS-B", 1)],
               [("", 1), ("F1/EM", 1), ("F1/EM", 1), ("Acc", 1), ("Acc", 1), ("Acc", 1),
                ("MCC", 1), ("Acc", 1), ("Acc/F1", 1), ("Acc/F1", 1), ("P/S", 1)]],
    "rows": [
        ["BERT Large", "90.9/84.1", "81.8/79.0", "86.6/-", "93.2", "92.3", "60.6", "70.4", "88.0/-",
         "91.3/-", "90.0/-"],
        ["RoBERTa Large", "94.6/88.9", "89.4/86.5", "90.2/-", "96.4", "93.9", "68.0", "86.6",
         "90.9/-", "92.2/-", "92.4/-"],
        ["XLNet Large", "95.1/89.7", "90.6/87.9", "90.8/-", "**97.0**", "94.9", "69.0", "85.9",
         "90.8/-", "**92.3/-**", "92.5/-"],
        ["DeBERTa Large", "**95.5/90.1**^1", "**90.7/88.0**^1", "91.3/91.1^1", "96.5^1",
         "**95.3**^1", "**69.5**^1", "91.0^1", "**92.6/94.6**^1", "**92.3/-**^1", "92.8/92.5^1"],
        ["DeBERTa XLarge", "-/-", "-/-", "**91.5/91.2**^1", "**97.0**^1", "-", "-", "**93.1**^1",
         "92.1/94.3^1", "-", "**92.9/92.7**^1"],
    ],
    "footnote": "1 Models released by the authors.",
}

DEBERTA_RUNS = {
    "label": "Table 2",
    "caption": "Fine-tuning results over several random seeds (mean ± deviation) and running "
               "time on eight V100 GPUs.",
    "source": "https://github.com/microsoft/DeBERTa/blob/master/README.md",
    "note": "the README's '+/-' printed as '±'; the xxlarge-v2 and xlarge-v2 rows left out",
    "header": [[("Task", 1), ("Results", 1), ("Running time", 1)]],
    "rows": [
        ["MNLI xlarge", "91.5/91.2 ± 0.1", "2.5h"],
        ["MNLI large", "91.3/91.1 ± 0.1", "2.5h"],
        ["QQP large", "92.3 ± 0.1", "6h"],
        ["QNLI large", "95.3 ± 0.2", "2h"],
        ["MRPC large", "91.9 ± 0.5", "0.5h"],
        ["RTE large", "86.6 ± 1.0", "0.5h"],
        ["SST-2 large", "96.7 ± 0.3", "1h"],
        ["STS-b large", "92.5 ± 0.3", "0.5h"],
        ["CoLA large", "70.5 ± 1.0", "0.5h"],
        ["MNLI base", "88.8/88.5 ± 0.2", "1.5h"],
    ],
}

ELECTRA_MODELS = {
    "label": "Table 1",
    "caption": "Released ELECTRA models and their GLUE test-set scores.",
    "source": "https://github.com/google-research/electra/blob/master/README.md",
    "note": "bold marks the best score (not in the README)",
    "header": [[("Model", 1), ("Layers", 1), ("Hidden Size", 1), ("Params", 1),
                ("GLUE score (test set)", 1)]],
    "rows": [["ELECTRA-Small", "12", "256", "14M", "77.4"],
             ["ELECTRA-Base", "12", "768", "110M", "82.7"],
             ["ELECTRA-Large", "24", "1024", "335M", "**85.2**"]],
}

ELECTRA_DEV = {
    "label": "Table 2",
    "caption": "Median results over many random seeds (test set for chunking, dev set for the "
               "other tasks).",
    "source": "https://github.com/google-research/electra/blob/master/README.md",
    "kind": "landscape",
    "header": [[("Model", 1), ("CoLA", 1), ("SST", 1), ("MRPC", 1), ("STS", 1), ("QQP", 1),
                ("MNLI", 1), ("QNLI", 1), ("RTE", 1), ("SQuAD 1.1", 1), ("SQuAD 2.0", 1),
                ("Chunking", 1)],
               [("", 1), ("MCC", 1), ("Acc", 1), ("Acc", 1), ("Spearman", 1), ("Acc", 1),
                ("Acc", 1), ("Acc", 1), ("Acc", 1), ("EM", 1), ("EM", 1), ("F1", 1)]],
    "rows": [
        ["ELECTRA-Large", "69.1", "96.9", "90.8", "92.6", "92.4", "90.9", "95.0", "88.0", "89.7",
         "88.1", "97.2"],
        ["ELECTRA-Base", "67.7", "95.1", "89.5", "91.2", "91.5", "88.8", "93.2", "82.7", "86.8",
         "80.5", "97.1"],
        ["ELECTRA-Small", "57.0", "91.2", "88.0", "87.5", "89.0", "81.3", "88.4", "66.7", "75.8",
         "70.1", "96.5"],
        ["ELECTRA-Small-OWT", "56.8", "88.3", "87.4", "86.8", "88.3", "78.9", "87.9", "68.5", "–",
         "–", "–"],
    ],
}

# Phang et al. Table 1 (intermediate tasks): only the training-set sizes that the project's
# replication spec (replicate/specs/phang2020.toml) states for the paper's Table 1.
PHANG_TASKS = {
    "label": "Table 1",
    "caption": "Intermediate tasks and their number of English training examples.",
    "source": "replicate/specs/phang2020.toml (claims anli-size, mnli-size, squad-size)",
    "note": "reconstructed: three rows with the training-set sizes the project's spec gives for "
            "the paper's Table 1; the paper's table has more rows and columns",
    "reconstructed": True,
    "header": [[("Task", 1), ("|Train|", 1)]],
    "rows": [["ANLI+", "1,104,934"], ["MNLI", "392,702"], ["SQuAD v2.0", "130,319"]],
}

# ------------------------------------------------------------------ prose
PHANG_INTRO = [
    "Zero-shot cross-lingual transfer involves training a model on task data in one set of "
    "languages (or language pairs, in the case of translation) and evaluating the model on the "
    "same task in unseen languages (or pairs).",
]

PHANG_V1_ABS = (
    "Intermediate-task training has been shown to substantially improve pretrained model "
    "performance on many language understanding tasks, at least in monolingual English "
    "settings. Here, we investigate whether English intermediate-task training is still helpful "
    "on non-English target tasks in a zero-shot cross-lingual setting. Using a set of 7 "
    "intermediate language understanding tasks, we evaluate intermediate-task transfer in a "
    "zero-shot cross-lingual setting on 9 target tasks from the XTREME benchmark. "
    "Intermediate-task training yields large improvements on the BUCC and Tatoeba tasks that use "
    "model representations directly without training, and moderate improvements on "
    "question-answering target tasks. Using SQuAD for intermediate training achieves the best "
    "results across target tasks, with an average improvement of 8.4 points on development "
    "sets. Selecting the best intermediate task model for each target task, we obtain a 6.1 "
    "point improvement over XLM-R Large on the XTREME benchmark, setting a new state of the art. "
    "Finally, we show that neither multi-task intermediate-task training nor continuing "
    "multilingual MLM during intermediate-task training offer significant improvements."
)

PHANG_V2_ABS = (
    "Intermediate-task training—fine-tuning a pretrained model on an intermediate task before "
    "fine-tuning again on the target task—often improves model performance substantially on "
    "language understanding tasks in monolingual English settings. We investigate whether "
    "English intermediate-task training is still helpful on non-English target tasks. Using "
    "nine intermediate language-understanding tasks, we evaluate intermediate-task transfer in a "
    "zero-shot cross-lingual setting on the XTREME benchmark. We see large improvements from "
    "intermediate training on the BUCC and Tatoeba sentence retrieval tasks and moderate "
    "improvements on question-answering target tasks. MNLI, SQuAD and HellaSwag achieve the "
    "best overall results as intermediate tasks, while multi-task intermediate offers small "
    "additional improvements. Using our best intermediate-task models for each target task, we "
    "obtain a 5.4 point improvement over XLM-R Large on the XTREME benchmark, setting the state "
    "of the art[^The state of art on XTREME at the time of final publication in September 2020 "
    "is held by Fang et al. (2020), who introduce an orthogonal method.] as of June 2020. We "
    "also investigate continuing multilingual MLM during intermediate-task training and using "
    "machine-translated intermediate-task data, but neither consistently outperforms simply "
    "performing English intermediate-task training."
)

PHANG_AUTHORS = ("Jason Phang, Iacer Calixto, Phu Mon Htut, Yada Pruksachatkun, Haokun Liu, "
                 "Clara Vania, Katharina Kann, Samuel R. Bowman")

XLMR_V1_ABS = (
    "This paper shows that pretraining multilingual language models at scale leads to "
    "significant performance gains for a wide range of cross-lingual transfer tasks. We train a "
    "Transformer-based masked language model on one hundred languages, using more than two "
    "terabytes of filtered CommonCrawl data. Our model, dubbed XLM-R, significantly outperforms "
    "multilingual BERT (mBERT) on a variety of cross-lingual benchmarks, including +13.8% "
    "average accuracy on XNLI, +12.3% average F1 score on MLQA, and +2.1% average F1 score on "
    "NER. XLM-R performs particularly well on low-resource languages, improving 11.8% in XNLI "
    "accuracy for Swahili and 9.2% for Urdu over the previous XLM model. We also present a "
    "detailed empirical evaluation of the key factors that are required to achieve these gains, "
    "including the trade-offs between (1) positive transfer and capacity dilution and (2) the "
    "performance of high and low resource languages at scale. Finally, we show, for the first "
    "time, the possibility of multilingual modeling without sacrificing per-language "
    "performance; XLM-R is very competitive with strong monolingual models on the GLUE and XNLI "
    "benchmarks. We will make XLM-R code, data, and models publicly available."
)

XLMR_V2_ABS = (
    "This paper shows that pretraining multilingual language models at scale leads to "
    "significant performance gains for a wide range of cross-lingual transfer tasks. We train a "
    "Transformer-based masked language model on one hundred languages, using more than two "
    "terabytes of filtered CommonCrawl data. Our model, dubbed XLM-R, significantly outperforms "
    "multilingual BERT (mBERT) on a variety of cross-lingual benchmarks, including +14.6% "
    "average accuracy on XNLI, +13% average F1 score on MLQA, and +2.4% F1 score on NER. XLM-R "
    "performs particularly well on low-resource languages, improving 15.7% in XNLI accuracy for "
    "Swahili and 11.4% for Urdu over previous XLM models. We also present a detailed empirical "
    "analysis of the key factors that are required to achieve these gains, including the "
    "trade-offs between (1) positive transfer and capacity dilution and (2) the performance of "
    "high and low resource languages at scale. Finally, we show, for the first time, the "
    "possibility of multilingual modeling without sacrificing per-language performance; XLM-R is "
    "very competitive with strong monolingual models on the GLUE and XNLI benchmarks. We will "
    "make our code, data and models publicly available."
)

XLMR_INTRO = [
    "The goal of this paper is to improve cross-lingual language understanding (XLU), by "
    "carefully studying the effects of training unsupervised cross-lingual representations at a "
    "very large scale.",
]

XLMR_AUTHORS = ("Alexis Conneau, Kartikay Khandelwal, Naman Goyal, Vishrav Chaudhary, "
                "Guillaume Wenzek, Francisco Guzmán, Edouard Grave, Myle Ott, Luke Zettlemoyer, "
                "Veselin Stoyanov")

BERT_V1_ABS = (
    "We introduce a new language representation model called BERT, which stands for "
    "Bidirectional Encoder Representations from Transformers. Unlike recent language "
    "representation models, BERT is designed to pre-train deep bidirectional representations by "
    "jointly conditioning on both left and right context in all layers. As a result, the "
    "pre-trained BERT representations can be fine-tuned with just one additional output layer to "
    "create state-of-the-art models for a wide range of tasks, such as question answering and "
    "language inference, without substantial task-specific architecture modifications. BERT is "
    "conceptually simple and empirically powerful. It obtains new state-of-the-art results on "
    "eleven natural language processing tasks, including pushing the GLUE benchmark to 80.4% "
    "(7.6% absolute improvement), MultiNLI accuracy to 86.7 (5.6% absolute improvement) and the "
    "SQuAD v1.1 question answering Test F1 to 93.2 (1.5% absolute improvement), outperforming "
    "human performance by 2.0%."
)

BERT_V2_ABS = (
    "We introduce a new language representation model called BERT, which stands for "
    "Bidirectional Encoder Representations from Transformers. Unlike recent language "
    "representation models, BERT is designed to pre-train deep bidirectional representations "
    "from unlabeled text by jointly conditioning on both left and right context in all layers. "
    "As a result, the pre-trained BERT model can be fine-tuned with just one additional output "
    "layer to create state-of-the-art models for a wide range of tasks, such as question "
    "answering and language inference, without substantial task-specific architecture "
    "modifications. BERT is conceptually simple and empirically powerful. It obtains new "
    "state-of-the-art results on eleven natural language processing tasks, including pushing "
    "the GLUE score to 80.5 (7.7 point absolute improvement), MultiNLI accuracy to 86.7% "
    "(4.6% absolute improvement), SQuAD v1.1 question answering Test F1 to 93.2 (1.5 point "
    "absolute improvement) and SQuAD v2.0 Test F1 to 83.1 (5.1 point absolute improvement)."
)

ROBERTA_ABS = (
    "Language model pretraining has led to significant performance gains but careful "
    "comparison between different approaches is challenging. Training is computationally "
    "expensive, often done on private datasets of different sizes, and, as we will show, "
    "hyperparameter choices have significant impact on the final results. We present a "
    "replication study of BERT pretraining (Devlin et al., 2019) that carefully measures the "
    "impact of many key hyperparameters and training data size. We find that BERT was "
    "significantly undertrained, and can match or exceed the performance of every model "
    "published after it. Our best model achieves state-of-the-art results on GLUE, RACE and "
    "SQuAD. These results highlight the importance of previously overlooked design choices, and "
    "raise questions about the source of recently reported improvements. We release our models "
    "and code."
)

ROBERTA_README = (
    "RoBERTa iterates on BERT's pretraining procedure, including training the model longer, "
    "with bigger batches over more data; removing the next sentence prediction objective; "
    "training on longer sequences; and dynamically changing the masking pattern applied to the "
    "training data."
)

ALBERT_V1_ABS = (
    "Increasing model size when pretraining natural language representations often results in "
    "improved performance on downstream tasks. However, at some point further model increases "
    "become harder due to GPU/TPU memory limitations and longer training times. To address these "
    "problems, we present two parameter-reduction techniques to lower memory consumption and "
    "increase the training speed of BERT. Comprehensive empirical evidence shows that our "
    "proposed methods lead to models that scale much better compared to the original BERT. We "
    "also use a self-supervised loss that focuses on modeling inter-sentence coherence, and show "
    "it consistently helps downstream tasks with multi-sentence inputs. As a result, our best "
    "model establishes new state-of-the-art results on the GLUE, RACE, and SQuAD benchmarks "
    "while having fewer parameters compared to BERT-large. The code and the pretrained models "
    "are available at https://github.com/google-research/ALBERT."
)

ALBERT_V2_ABS = ALBERT_V1_ABS.replace(
    "GPU/TPU memory limitations and longer training times.",
    "GPU/TPU memory limitations, longer training times, and unexpected model degradation.")

# ALBERT v6 introduction, first three paragraphs, from the arXiv LaTeX source of 1909.11942v6
# (SPIQA dataset copy); \citep citations left out, "$44.1\%$" written as printed.
ALBERT_V6_INTRO = [
    "Full network pre-training has led to a series of breakthroughs in language representation "
    "learning. Many nontrivial NLP tasks, including those that have limited training data, have "
    "greatly benefited from these pre-trained models. One of the most compelling signs of these "
    "breakthroughs is the evolution of machine performance on a reading comprehension task "
    "designed for middle and high-school English exams in China, the RACE test: the paper that "
    "originally describes the task and formulates the modeling challenge reports then "
    "state-of-the-art machine accuracy at 44.1%; the latest published result reports their model "
    "performance at 83.2%; the work we present here pushes it even higher to 89.4%, a stunning "
    "45.3% improvement that is mainly attributable to our current ability to build "
    "high-performance pretrained language representations.",
    "Evidence from these improvements reveals that a large network is of crucial importance for "
    "achieving state-of-the-art performance. It has become common practice to pre-train large "
    "models and distill them down to smaller ones for real applications. Given the importance of "
    "model size, we ask: *Is having better NLP models as easy as having larger models*?",
    "An obstacle to answering this question is the memory limitations of available hardware. "
    "Given that current state-of-the-art models often have hundreds of millions or even billions "
    "of parameters, it is easy to hit these limitations as we try to scale our models. Training "
    "speed can also be significantly hampered in distributed training, as the communication "
    "overhead is directly proportional to the number of parameters in the model.",
]

ALBERT_README = (
    "ALBERT is \"A Lite\" version of BERT, a popular unsupervised language representation "
    "learning algorithm. ALBERT uses parameter-reduction techniques that allow for large-scale "
    "configurations, overcome previous memory limitations, and achieve better behavior with "
    "respect to model degradation."
)

DEBERTA_V1_ABS = (
    "Recent progress in pre-trained neural language models has significantly improved the "
    "performance of many natural language processing (NLP) tasks. In this paper we propose a "
    "new model architecture DeBERTa (Decoding-enhanced BERT with disentangled attention) that "
    "improves the BERT and RoBERTa models using two novel techniques. The first is the "
    "disentangled attention mechanism, where each word is represented using two vectors that "
    "encode its content and position, respectively, and the attention weights among words are "
    "computed using disentangled matrices on their contents and relative positions. Second, an "
    "enhanced mask decoder is used to incorporate absolute positions in the decoding layer to "
    "predict the masked tokens in model pre-training. We show that these two techniques "
    "significantly improve the efficiency of model pre-training and performance of downstream "
    "tasks. Compared to RoBERTa-Large, a DeBERTa model trained on half of the training data "
    "performs consistently better on a wide range of NLP tasks, achieving improvements on MNLI "
    "by +0.9% (90.2% vs. 91.1%), on SQuAD v2.0 by +2.3% (88.4% vs. 90.7%) and RACE by +3.6% "
    "(83.2% vs. 86.8%). The DeBERTa code and pre-trained models will be made publicly available."
)

DEBERTA_V2_ABS = (
    "Recent progress in pre-trained neural language models has significantly improved the "
    "performance of many natural language processing (NLP) tasks. In this paper we propose a "
    "new model architecture DeBERTa (Decoding-enhanced BERT with disentangled attention) that "
    "improves the BERT and RoBERTa models using two novel techniques. The first is the "
    "disentangled attention mechanism, where each word is represented using two vectors that "
    "encode its content and position, respectively, and the attention weights among words are "
    "computed using disentangled matrices on their contents and relative positions, "
    "respectively. Second, an enhanced mask decoder is used to incorporate absolute positions "
    "in the decoding layer to predict the masked tokens in model pre-training. In addition, a "
    "new virtual adversarial training method is used for fine-tuning to improve models' "
    "generalization. We show that these techniques significantly improve the efficiency of "
    "model pre-training and the performance of both natural language understanding (NLU) and "
    "natural langauge generation (NLG) downstream tasks. Compared to RoBERTa-Large, a DeBERTa "
    "model trained on half of the training data performs consistently better on a wide range of "
    "NLP tasks, achieving improvements on MNLI by +0.9% (90.2% vs. 91.1%), on SQuAD v2.0 by "
    "+2.3% (88.4% vs. 90.7%) and RACE by +3.6% (83.2% vs. 86.8%). Notably, we scale up DeBERTa "
    "by training a larger version that consists of 48 Transform layers with 1.5 billion "
    "parameters. The significant performance boost makes the single DeBERTa model surpass the "
    "human performance on the SuperGLUE benchmark (Wang et al., 2019a) for the first time in "
    "terms of macro-average score (89.9 versus 89.8), and the ensemble DeBERTa model sits atop "
    "the SuperGLUE leaderboard as of January 6, 2021, out performing the human baseline by a "
    "decent margin (90.3 versus 89.8)."
)

ELECTRA_ABS = (
    "Masked language modeling (MLM) pre-training methods such as BERT corrupt the input by "
    "replacing some tokens with [MASK] and then train a model to reconstruct the original "
    "tokens. While they produce good results when transferred to downstream NLP tasks, they "
    "generally require large amounts of compute to be effective. As an alternative, we propose a "
    "more sample-efficient pre-training task called replaced token detection. Instead of masking "
    "the input, our approach corrupts it by replacing some tokens with plausible alternatives "
    "sampled from a small generator network. Then, instead of training a model that predicts the "
    "original identities of the corrupted tokens, we train a discriminative model that predicts "
    "whether each token in the corrupted input was replaced by a generator sample or not. "
    "Thorough experiments demonstrate this new pre-training task is more efficient than MLM "
    "because the task is defined over all input tokens rather than just the small subset that "
    "was masked out. As a result, the contextual representations learned by our approach "
    "substantially outperform the ones learned by BERT given the same model size, data, and "
    "compute. The gains are particularly strong for small models; for example, we train a model "
    "on one GPU for 4 days that outperforms GPT (trained using 30x more compute) on the GLUE "
    "natural language understanding benchmark. Our approach also works well at scale, where it "
    "performs comparably to RoBERTa and XLNet while using less than 1/4 of their compute and "
    "outperforms them when using the same amount of compute."
)

SQUAD_V1_ABS = (
    "We present a new reading comprehension dataset, SQuAD, consisting of 100,000+ questions "
    "posed by crowdworkers on a set of Wikipedia articles, where the answer to each question is "
    "a segment of text from the corresponding reading passage. We analyze the dataset in both "
    "manual and automatic ways to understand the types of reasoning required to answer the "
    "questions, leaning heavily on dependency and constituency trees. We built a strong logistic "
    "regression model, which achieves an F1 score of 51.0%, a significant improvement over a "
    "simple baseline (20%). However, human performance (86.8%) is much higher, indicating that "
    "the dataset presents a good challenge problem for future research."
)

SQUAD_V2_ABS = (
    "We present the Stanford Question Answering Dataset (SQuAD), a new reading comprehension "
    "dataset consisting of 100,000+ questions posed by crowdworkers on a set of Wikipedia "
    "articles, where the answer to each question is a segment of text from the corresponding "
    "reading passage. We analyze the dataset to understand the types of reasoning required to "
    "answer the questions, leaning heavily on dependency and constituency trees. We build a "
    "strong logistic regression model, which achieves an F1 score of 51.0%, a significant "
    "improvement over a simple baseline (20%). However, human performance (86.8%) is much "
    "higher, indicating that the dataset presents a good challenge problem for future research. "
    "The dataset is freely available at https://stanford-qa.com."
)

SQUAD_INTRO = [
    "Reading Comprehension (RC), or the ability to read text and then answer questions about "
    "it, is a challenging task for machines, requiring both understanding of natural language "
    "and knowledge about the world. Consider the question “what causes precipitation to fall?” "
    "posed on the passage in Figure 1. In order to answer the question, one might first locate "
    "the relevant part of the passage “precipitation ... falls under gravity”, then reason that "
    "“under” refers to a cause (not location), and thus determine the correct answer: "
    "“gravity”.",
]

MBERT_ABS = (
    "In this paper, we show that Multilingual BERT (M-BERT), released by Devlin et al. (2018) "
    "as a single language model pre-trained from monolingual corpora in 104 languages, is "
    "surprisingly good at zero-shot cross-lingual model transfer, in which task-specific "
    "annotations in one language are used to fine-tune the model for evaluation in another "
    "language. To understand why, we present a large number of probing experiments, showing "
    "that transfer is possible even to languages in different scripts, that transfer works best "
    "between typologically similar languages, that monolingual corpora can train models for "
    "code-switching, and that the model can find translation pairs. From these results, we can "
    "conclude that M-BERT does create multilingual representations, but that these "
    "representations exhibit systematic deficiencies affecting certain language pairs."
)

XTREME_ABS = (
    "Much recent progress in applications of machine learning models to NLP has been driven by "
    "benchmarks that evaluate models across a wide variety of tasks. However, these "
    "broad-coverage benchmarks have been mostly limited to English, and despite an increasing "
    "interest in multilingual models, a benchmark that enables the comprehensive evaluation of "
    "such methods on a diverse range of languages and tasks is still missing. To this end, we "
    "introduce the Cross-lingual TRansfer Evaluation of Multilingual Encoders (XTREME) "
    "benchmark, a multi-task benchmark for evaluating the cross-lingual generalization "
    "capabilities of multilingual representations across 40 languages and 9 tasks. We "
    "demonstrate that while models tested on English reach human performance on many tasks, "
    "there is still a sizable gap in the performance of cross-lingually transferred models, "
    "particularly on syntactic and sentence retrieval tasks. There is also a wide spread of "
    "results across languages. We release the benchmark[^The benchmark is publicly available at "
    "https://sites.research.google/xtreme.] to encourage research on cross-lingual learning "
    "methods that transfer linguistic knowledge across a diverse and representative set of "
    "languages and tasks."
)

XTREME_INTRO = [
    "In natural language processing (NLP), there is a pressing urgency to build systems that "
    "serve all of the world's approximately 6,900 languages to overcome language barriers and "
    "enable universal information access for the world's citizens (Ruder et al., 2019; Aharoni "
    "et al., 2019; Arivazhagan et al., 2019).",
]

XTREME_README = (
    "It covers 40 typologically diverse languages (spanning 12 language families) and includes "
    "nine tasks that collectively require reasoning about different levels of syntax and "
    "semantics. The languages in XTREME are selected to maximize language diversity, coverage "
    "in existing tasks, and availability of training data. Among these are many under-studied "
    "languages, such as the Dravidian languages Tamil (spoken in southern India, Sri Lanka, and "
    "Singapore), Telugu and Malayalam (spoken mainly in southern India), and the Niger-Congo "
    "languages Swahili and Yoruba, spoken in Africa."
)

PRUKSACHATKUN_ABS = (
    "While pretrained models such as BERT have shown large gains across natural language "
    "understanding tasks, their performance can be improved by further training the model on a "
    "data-rich intermediate task, before fine-tuning it on a target task. However, it is still "
    "poorly understood when and why intermediate-task training is beneficial for a given target "
    "task. To investigate this, we perform a large-scale study on the pretrained RoBERTa model "
    "with 110 intermediate-target task combinations. We further evaluate all trained models "
    "with 25 probing tasks meant to reveal the specific skills that drive transfer. We observe "
    "that intermediate tasks requiring high-level inference and reasoning abilities tend to "
    "work best. We also observe that target task performance is strongly correlated with "
    "higher-level abilities such as coreference resolution. However, we fail to observe more "
    "granular correlations between probing and target task performance, highlighting the need "
    "for further work on broad-coverage probing benchmarks. We also observe evidence that the "
    "forgetting of knowledge learned during pretraining may limit our analysis, highlighting the "
    "need for further work on transfer learning methods in these settings."
)

T5_ABS = (
    "Transfer learning, where a model is first pre-trained on a data-rich task before being "
    "fine-tuned on a downstream task, has emerged as a powerful technique in natural language "
    "processing (NLP). The effectiveness of transfer learning has given rise to a diversity of "
    "approaches, methodology, and practice. In this paper, we explore the landscape of transfer "
    "learning techniques for NLP by introducing a unified framework that converts all text-based "
    "language problems into a text-to-text format. Our systematic study compares pre-training "
    "objectives, architectures, unlabeled data sets, transfer approaches, and other factors on "
    "dozens of language understanding tasks. By combining the insights from our exploration with "
    "scale and our new “Colossal Clean Crawled Corpus”, we achieve state-of-the-art results on "
    "many benchmarks covering summarization, question answering, text classification, and more. "
    "To facilitate future work on transfer learning for NLP, we release our data set, "
    "pre-trained models, and code."
)

GLUE_ABS = (
    "For natural language understanding (NLU) technology to be maximally useful, both "
    "practically and as a scientific object of study, it must be general: it must be able to "
    "process language in a way that is not exclusively tailored to any one specific task or "
    "dataset. In pursuit of this objective, we introduce the General Language Understanding "
    "Evaluation benchmark (GLUE), a tool for evaluating and analyzing the performance of models "
    "across a diverse range of existing NLU tasks. GLUE is model-agnostic, but it incentivizes "
    "sharing knowledge across tasks because certain tasks have very limited training data. We "
    "further provide a hand-crafted diagnostic test suite that enables detailed linguistic "
    "analysis of NLU models. We evaluate baselines based on current methods for multi-task and "
    "transfer learning and find that they do not immediately give substantial improvements over "
    "the aggregate performance of training a separate model per task, indicating room for "
    "improvement in developing general and robust NLU systems."
)

GLUE_TASKS_TEXT = [
    "MNLI: Multi-Genre Natural Language Inference is a large-scale, crowdsourced entailment "
    "classification task (Williams et al., 2018). Given a pair of sentences, the goal is to "
    "predict whether the second sentence is an entailment, contradiction, or neutral with "
    "respect to the first one.",
    "CoLA: The Corpus of Linguistic Acceptability is a binary single-sentence classification "
    "task, where the goal is to predict whether an English sentence is linguistically "
    "“acceptable” or not (Warstadt et al., 2018).",
    "STS-B: The Semantic Textual Similarity Benchmark is a collection of sentence pairs drawn "
    "from news headlines and other sources (Cer et al., 2017). They were annotated with a score "
    "from 1 to 5 denoting how similar the two sentences are in terms of semantic meaning.",
    "MRPC: Microsoft Research Paraphrase Corpus consists of sentence pairs automatically "
    "extracted from online news sources, with human annotations for whether the sentences in "
    "the pair are semantically equivalent (Dolan and Brockett, 2005).",
]

SUPERGLUE_V1_ABS = (
    "In the last year, new models and methods for pretraining and transfer learning have driven "
    "striking performance improvements across a range of language understanding tasks. The GLUE "
    "benchmark, introduced one year ago, offers a single-number metric that summarizes progress "
    "on a diverse set of such tasks, but performance on the benchmark has recently come close to "
    "the level of non-expert humans, suggesting limited headroom for further research. This "
    "paper recaps lessons learned from the GLUE benchmark and presents SuperGLUE, a new "
    "benchmark styled after GLUE with a new set of more difficult language understanding tasks, "
    "improved resources, and a new public leaderboard. SuperGLUE will be available soon at "
    "super.gluebenchmark.com."
)

SUPERGLUE_V3_ABS = (
    "In the last year, new models and methods for pretraining and transfer learning have driven "
    "striking performance improvements across a range of language understanding tasks. The GLUE "
    "benchmark, introduced a little over one year ago, offers a single-number metric that "
    "summarizes progress on a diverse set of such tasks, but performance on the benchmark has "
    "recently surpassed the level of non-expert humans, suggesting limited headroom for further "
    "research. In this paper we present SuperGLUE, a new benchmark styled after GLUE with a new "
    "set of more difficult language understanding tasks, a software toolkit, and a public "
    "leaderboard. SuperGLUE is available at super.gluebenchmark.com."
)

# ELECTRA's objective, as displayed equations (math is not part of the truth sentences).
ELECTRA_EQS = [
    r"p_G(x_t \mid \boldsymbol{x}) = \frac{\exp\left(e(x_t)^\top h_G(\boldsymbol{x})_t\right)}"
    r"{\sum_{x'} \exp\left(e(x')^\top h_G(\boldsymbol{x})_t\right)}",
    r"\min_{\theta_G, \theta_D} \sum_{\boldsymbol{x} \in \mathcal{X}} "
    r"\mathcal{L}_{\mathrm{MLM}}(\boldsymbol{x}, \theta_G) + "
    r"\lambda \mathcal{L}_{\mathrm{Disc}}(\boldsymbol{x}, \theta_D)",
]

ELECTRA_ALGO = {
    "caption": "Replaced token detection, one pre-training step (summary of the procedure "
               "described in the abstract; written for this corpus).",
    "lines": [
        ("require", "an input sequence x and a masking rate"),
        ("state", "choose a random subset of positions and replace them with [MASK]"),
        ("state", "sample a plausible token for each masked position from the generator"),
        ("for", "each position t of the corrupted sequence"),
        ("state", "the discriminator predicts whether token t was replaced"),
        ("endfor", ""),
        ("state", "update the generator with the MLM loss and the discriminator with the "
                  "detection loss"),
    ],
}

# ------------------------------------------------------------------ the corpus
# layout: "acl" (two columns), "neurips" (one column), "iclr" (one column, ICLR header)
# Section bodies: list of blocks: {"p": text} | {"table": T} | {"eq": latex} | {"algo": A}
PAPERS = [
    {
        "arxiv": "2005.13013", "version": 1, "layout": "acl",
        "title": "English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer Too",
        "authors": PHANG_AUTHORS, "affil": "New York University",
        "stamp": "arXiv:2005.13013v1 [cs.CL] 26 May 2020",
        "abstract": PHANG_V1_ABS,
        "page1_float": PHANG_TASKS,
        "sections": [("Introduction", [{"p": t} for t in PHANG_INTRO])],
        "source": {"abstract": "https://deepai.org/publication/english-intermediate-task-training-improves-zero-shot-cross-lingual-transfer-too (first-version abstract)",
                   "introduction": "https://www.arxiv-vanity.com/papers/2005.13013/ (first sentence of the introduction; unchanged between versions)"},
        "synthetic": False,
    },
    {
        "arxiv": "2005.13013", "version": 2, "layout": "acl",
        "title": "English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer Too",
        "authors": PHANG_AUTHORS, "affil": "New York University",
        "stamp": "arXiv:2005.13013v2 [cs.CL] 30 Sep 2020",
        "abstract": PHANG_V2_ABS,
        "page1_float": PHANG_TASKS,
        "sections": [("Introduction", [{"p": t} for t in PHANG_INTRO])],
        "source": {"abstract": "https://www.arxiv-vanity.com/papers/2005.13013/ (final version, with footnote 1)",
                   "introduction": "https://www.arxiv-vanity.com/papers/2005.13013/"},
        "synthetic": False,
    },
    {
        "arxiv": "1911.02116", "version": 1, "layout": "acl",
        "title": "Unsupervised Cross-lingual Representation Learning at Scale",
        "authors": XLMR_AUTHORS, "affil": "Facebook AI",
        "stamp": "arXiv:1911.02116v1 [cs.CL] 5 Nov 2019",
        "abstract": XLMR_V1_ABS,
        "sections": [
            ("Introduction", [{"p": t} for t in XLMR_INTRO]),
            ("Results", [{"p": "Table 1 reports XNLI accuracy for every language and Table 2 "
                               "reports MLQA F1 and exact match."},
                         {"table": dict(XNLI_TABLE, kind="table*")},
                         {"table": MLQA_TABLE}]),
        ],
        "source": {"abstract": "https://summarizepaper.com/en/tree/1911.02116v1 (v1 abstract)",
                   "introduction": "https://fdocuments.net/document/unsupervised-cross-lingual-representation-learning-at-scale-bert-longer-on-more.html"},
        "synthetic": False,
    },
    {
        "arxiv": "1911.02116", "version": 2, "layout": "neurips",
        "title": "Unsupervised Cross-lingual Representation Learning at Scale",
        "authors": XLMR_AUTHORS, "affil": "Facebook AI",
        "stamp": "arXiv:1911.02116v2 [cs.CL] 8 Apr 2020",
        "abstract": XLMR_V2_ABS,
        "sections": [
            ("Introduction", [{"p": t} for t in XLMR_INTRO]),
            ("Results", [{"p": "Table 1 reports XNLI accuracy for every language; Table 2 "
                               "reports MLQA F1 and exact match; Table 3 lists the languages."},
                         {"table": dict(XNLI_TABLE, kind="landscape")},
                         {"table": MLQA_TABLE},
                         {"table": LANG_TABLE}]),
        ],
        "source": {"abstract": "https://www.scholarfeed.org/paper/1911.02116v2 (v2 abstract)",
                   "introduction": "https://fdocuments.net/document/unsupervised-cross-lingual-representation-learning-at-scale-bert-longer-on-more.html"},
        "synthetic": False,
    },
    {
        "arxiv": "1810.04805", "version": 1, "layout": "acl",
        "title": "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "authors": "Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova",
        "affil": "Google AI Language",
        "stamp": "arXiv:1810.04805v1 [cs.CL] 11 Oct 2018",
        "abstract": BERT_V1_ABS,
        "sections": [],
        "source": {"abstract": "https://bibbase.org/network/publication/devlin-chang-lee-toutanova-bertpretrainingofdeepbidirectionaltransformersforlanguageunderstanding (abstract dated 2018-10-10, first version)"},
        "synthetic": False,
    },
    {
        "arxiv": "1810.04805", "version": 2, "layout": "acl",
        "title": "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        "authors": "Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova",
        "affil": "Google AI Language",
        "stamp": "arXiv:1810.04805v2 [cs.CL] 24 May 2019",
        "abstract": BERT_V2_ABS,
        "sections": [],
        "source": {"abstract": "https://ordinals.simplehash.com/content/51b6cff6d6032d9e42f9e07c1b9fc1a830eee35392b2f2a3ef7e86fd9fb9b402i0 (NAACL 2019 abstract; the one on arXiv v2)"},
        "synthetic": False,
        "note": "the NAACL abstract cited (Peters et al., 2018a; Radford et al., 2018) after 'models'; the citation is left out",
    },
    {
        "arxiv": "1907.11692", "version": 1, "layout": "neurips",
        "title": "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
        "authors": "Yinhan Liu, Myle Ott, Naman Goyal, Jingfei Du, Mandar Joshi, Danqi Chen, "
                   "Omer Levy, Mike Lewis, Luke Zettlemoyer, Veselin Stoyanov",
        "affil": "Facebook AI",
        "stamp": "arXiv:1907.11692v1 [cs.CL] 26 Jul 2019",
        "abstract": ROBERTA_ABS,
        "sections": [
            ("Introduction", [{"p": ROBERTA_README}]),
            ("Results", [{"table": ROBERTA_GLUE}, {"table": ROBERTA_QA}]),
        ],
        "source": {"abstract": "https://bohrium.dp.tech/paper/arxiv/077f8329a7b6fa3b7c877a57b81eb6c18b5f87de",
                   "introduction": "authors' repository README (facebookresearch/fairseq examples/roberta), not the paper's introduction"},
        "synthetic": False,
    },
    {
        "arxiv": "1909.11942", "version": 1, "layout": "iclr",
        "title": "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations",
        "authors": "Zhenzhong Lan, Mingda Chen, Sebastian Goodman, Kevin Gimpel, Piyush Sharma, "
                   "Radu Soricut",
        "affil": "Google Research and Toyota Technological Institute at Chicago",
        "stamp": "arXiv:1909.11942v1 [cs.CL] 26 Sep 2019",
        "abstract": ALBERT_V1_ABS,
        "sections": [
            ("Introduction", [{"p": ALBERT_README + "[^Described in the authors' repository, "
                               "https://github.com/google-research/ALBERT.]"}]),
            ("Results", [{"table": ALBERT_GLUE}, {"table": ALBERT_SQUAD}]),
        ],
        "source": {"abstract": "https://www.scilynk.com/paper/W2975059944 (arXiv abstract of September 2019)",
                   "introduction": "authors' repository README (google-research/albert), not the paper's introduction"},
        "synthetic": False,
    },
    {
        "arxiv": "1909.11942", "version": 6, "layout": "iclr",
        "title": "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations",
        "authors": "Zhenzhong Lan, Mingda Chen, Sebastian Goodman, Kevin Gimpel, Piyush Sharma, "
                   "Radu Soricut",
        "affil": "Google Research and Toyota Technological Institute at Chicago",
        "stamp": "arXiv:1909.11942v6 [cs.CL] 9 Feb 2020",
        "abstract": ALBERT_V2_ABS,
        "sections": [
            ("Introduction", [{"p": t} for t in ALBERT_V6_INTRO] +
                             [{"p": ALBERT_README + "[^Described in the authors' repository, "
                               "https://github.com/google-research/ALBERT.]"}]),
            ("Results", [{"table": ALBERT_GLUE}, {"table": ALBERT_SQUAD},
                         {"table": ALBERT_VERSIONS}]),
        ],
        "source": {"abstract": "https://deeplearn.org/arxiv/111352/albert:-a-lite-bert-for-self-supervised-learning-of-language-representations (abstract of the 2020 version)",
                   "introduction": "paragraphs 1-3: the paper's introduction from the arXiv LaTeX source of v6 as stored in the SPIQA data set (https://huggingface.co/datasets/google/spiqa, SPIQA_train_val_test-A_raw_tex/1909.11942v6.txt), citations left out; paragraph 4: authors' repository README (google-research/albert)"},
        "synthetic": False,
    },
    {
        "arxiv": "2006.03654", "version": 1, "layout": "acl",
        "title": "DeBERTa: Decoding-enhanced BERT with Disentangled Attention",
        "authors": "Pengcheng He, Xiaodong Liu, Jianfeng Gao, Weizhu Chen",
        "affil": "Microsoft",
        "stamp": "arXiv:2006.03654v1 [cs.CL] 5 Jun 2020",
        "abstract": DEBERTA_V1_ABS,
        "sections": [
            ("Experiments", [{"p": "Table 1 gives development set results and Table 2 the "
                                   "spread over random seeds."},
                             {"table": dict(DEBERTA_DEV, kind="table*")},
                             {"table": DEBERTA_RUNS}]),
        ],
        "source": {"abstract": "https://www.microsoft.com/en-us/research/publication/deberta-decoding-enhanced-bert-with-disentangled-attention-2 (BibTeX abstract of the first version)"},
        "synthetic": False,
    },
    {
        "arxiv": "2006.03654", "version": 6, "layout": "iclr",
        "title": "DeBERTa: Decoding-enhanced BERT with Disentangled Attention",
        "authors": "Pengcheng He, Xiaodong Liu, Jianfeng Gao, Weizhu Chen",
        "affil": "Microsoft",
        "stamp": "arXiv:2006.03654v6 [cs.CL] 6 Oct 2021",
        "abstract": DEBERTA_V2_ABS,
        "sections": [
            ("Experiments", [{"p": "Table 1 gives development set results and Table 2 the "
                                   "spread over random seeds."},
                             {"table": DEBERTA_DEV}, {"table": DEBERTA_RUNS}]),
        ],
        "source": {"abstract": "https://oecd.ai/en/catalogue/metric-use-cases/deberta-decoding-enhanced-bert-with-disentangled-attention (abstract of the ICLR 2021 version)"},
        "synthetic": False,
    },
    {
        "arxiv": "2003.10555", "version": 1, "layout": "iclr",
        "title": "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators",
        "authors": "Kevin Clark, Minh-Thang Luong, Quoc V. Le, Christopher D. Manning",
        "affil": "Stanford University and Google Brain",
        "stamp": "arXiv:2003.10555v1 [cs.CL] 23 Mar 2020",
        "abstract": ELECTRA_ABS,
        "sections": [
            ("Method", [{"p": "The generator outputs a probability for generating a particular "
                              "token with a softmax layer:"},
                        {"eq": ELECTRA_EQS[0]},
                        {"p": "The generator and the discriminator are trained jointly by "
                              "minimising the combined loss:"},
                        {"eq": ELECTRA_EQS[1]},
                        {"algo": ELECTRA_ALGO}]),
            ("Results", [{"table": ELECTRA_MODELS}, {"table": ELECTRA_DEV}]),
        ],
        "source": {"abstract": "https://research.google/pubs/electra-pre-training-text-encoders-as-discriminators-rather-than-generators",
                   "equations": "the paper's generator softmax and combined loss, typeset for this corpus",
                   "method_sentences": "written for this corpus (two short lead-ins to the equations)"},
        "synthetic": False,
    },
    {
        "arxiv": "1606.05250", "version": 1, "layout": "acl",
        "title": "SQuAD: 100,000+ Questions for Machine Comprehension of Text",
        "authors": "Pranav Rajpurkar, Jian Zhang, Konstantin Lopyrev, Percy Liang",
        "affil": "Stanford University",
        "stamp": "arXiv:1606.05250v1 [cs.CL] 16 Jun 2016",
        "abstract": SQUAD_V1_ABS,
        "sections": [("Introduction", [{"p": t} for t in SQUAD_INTRO])],
        "source": {"abstract": "https://shortscience.org/paper?bibtexKey=journals%2Fcorr%2F1606.05250 (first arXiv abstract)",
                   "introduction": "https://hf.ustb.me/papers/1606.05250.md"},
        "synthetic": False,
    },
    {
        "arxiv": "1606.05250", "version": 3, "layout": "acl",
        "title": "SQuAD: 100,000+ Questions for Machine Comprehension of Text",
        "authors": "Pranav Rajpurkar, Jian Zhang, Konstantin Lopyrev, Percy Liang",
        "affil": "Stanford University",
        "stamp": "arXiv:1606.05250v3 [cs.CL] 11 Oct 2016",
        "abstract": SQUAD_V2_ABS,
        "sections": [("Introduction", [{"p": t} for t in SQUAD_INTRO])],
        "source": {"abstract": "https://www.aclweb.org/mirror/emnlp2016/program/903.html (EMNLP 2016 abstract)",
                   "introduction": "https://hf.ustb.me/papers/1606.05250.md"},
        "synthetic": False,
        "note": "version number of the EMNLP text on arXiv assumed to be v3",
    },
    {
        "arxiv": "1906.01502", "version": 1, "layout": "acl",
        "title": "How multilingual is Multilingual BERT?",
        "authors": "Telmo Pires, Eva Schlinger, Dan Garrette", "affil": "Google Research",
        "stamp": "arXiv:1906.01502v1 [cs.CL] 4 Jun 2019",
        "abstract": MBERT_ABS,
        "sections": [],
        "source": {"abstract": "https://preview.aclanthology.org/update-css-js/people/t/telmo-pires/"},
        "synthetic": False,
    },
    {
        "arxiv": "2003.11080", "version": 1, "layout": "neurips",
        "title": "XTREME: A Massively Multilingual Multi-task Benchmark for Evaluating "
                 "Cross-lingual Generalization",
        "authors": "Junjie Hu, Sebastian Ruder, Aditya Siddhant, Graham Neubig, Orhan Firat, "
                   "Melvin Johnson",
        "affil": "Carnegie Mellon University, DeepMind and Google Research",
        "stamp": "arXiv:2003.11080v1 [cs.CL] 24 Mar 2020",
        "abstract": XTREME_ABS,
        "sections": [("Introduction", [{"p": t} for t in XTREME_INTRO] + [{"p": XTREME_README}])],
        "source": {"abstract": "https://dokumen.tips/documents/xtreme-a-massively-multilingual-multi-task-benchmarkfor-the-word-level-mikolov.html",
                   "introduction": "first sentence from the same page; second paragraph from the authors' README (google-research/xtreme)"},
        "synthetic": False,
    },
    {
        "arxiv": "2005.00628", "version": 1, "layout": "acl",
        "title": "Intermediate-Task Transfer Learning with Pretrained Models for Natural Language "
                 "Understanding: When and Why Does It Work?",
        "authors": "Yada Pruksachatkun, Jason Phang, Haokun Liu, Phu Mon Htut, Xiaoyi Zhang, "
                   "Richard Yuanzhe Pang, Clara Vania, Katharina Kann, Samuel R. Bowman",
        "affil": "New York University",
        "stamp": "arXiv:2005.00628v1 [cs.CL] 1 May 2020",
        "abstract": PRUKSACHATKUN_ABS,
        "sections": [],
        "source": {"abstract": "https://aclanthology.org/people/x/xiaoyi-zhang/ (ACL 2020 abstract)"},
        "synthetic": False,
    },
    {
        "arxiv": "1910.10683", "version": 1, "layout": "neurips",
        "title": "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer",
        "authors": "Colin Raffel, Noam Shazeer, Adam Roberts, Katherine Lee, Sharan Narang, "
                   "Michael Matena, Yanqi Zhou, Wei Li, Peter J. Liu",
        "affil": "Google",
        "stamp": "arXiv:1910.10683v1 [cs.LG] 23 Oct 2019",
        "abstract": T5_ABS,
        "sections": [],
        "source": {"abstract": "https://www.sciencestack.ai/arxiv/1910.10683v4"},
        "synthetic": False,
    },
    {
        "arxiv": "1905.00537", "version": 1, "layout": "neurips",
        "title": "SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding "
                 "Systems",
        "authors": "Alex Wang, Yada Pruksachatkun, Nikita Nangia, Amanpreet Singh, Julian Michael, "
                   "Felix Hill, Omer Levy, Samuel R. Bowman",
        "affil": "New York University, Facebook AI Research, University of Washington and DeepMind",
        "stamp": "arXiv:1905.00537v1 [cs.CL] 2 May 2019",
        "abstract": SUPERGLUE_V1_ABS,
        "sections": [],
        "source": {"abstract": "https://deepai.org/publication/superglue-a-stickier-benchmark-for-general-purpose-language-understanding-systems (first-version abstract, also at catalyzex.com)"},
        "synthetic": False,
    },
    {
        "arxiv": "1905.00537", "version": 3, "layout": "neurips",
        "title": "SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding "
                 "Systems",
        "authors": "Alex Wang, Yada Pruksachatkun, Nikita Nangia, Amanpreet Singh, Julian Michael, "
                   "Felix Hill, Omer Levy, Samuel R. Bowman",
        "affil": "New York University, Facebook AI Research, University of Washington and DeepMind",
        "stamp": "arXiv:1905.00537v3 [cs.CL] 13 Feb 2020",
        "abstract": SUPERGLUE_V3_ABS,
        "sections": [],
        "source": {"abstract": "https://bohrium.dp.tech/paper/arxiv/e679ba94603a2f4fac6db00d097d97d8c66c2099a8d54c3062ed7fdeb1fb2e92 (NeurIPS 2019 abstract)"},
        "synthetic": False,
        "note": "the later abstract is the NeurIPS one; that arXiv carries it as v3 is assumed",
    },
    {
        "arxiv": "1804.07461", "version": 1, "layout": "acl",
        "title": "GLUE: A Multi-Task Benchmark and Analysis Platform for Natural Language "
                 "Understanding",
        "authors": "Alex Wang, Amanpreet Singh, Julian Michael, Felix Hill, Omer Levy, "
                   "Samuel R. Bowman",
        "affil": "New York University, University of Washington and DeepMind",
        "stamp": "arXiv:1804.07461v1 [cs.CL] 20 Apr 2018",
        "abstract": GLUE_ABS,
        "sections": [("Tasks", [{"p": t} for t in GLUE_TASKS_TEXT])],
        "source": {"abstract": "https://www.wizwand.com/paper/68fa65651e209131cea09f9b",
                   "tasks": "task descriptions as quoted in the BERT paper's appendix (https://www.cis.twcu.ac.jp/~asakawa/2019komazawa/BERT), not GLUE's own section"},
        "synthetic": False,
    },
]

# Papers of the fresh claim split (data/realclaims), kept in their own module.
from papers_fresh import FRESH_PAPERS  # noqa: E402

PAPERS += FRESH_PAPERS

# Papers of the second blind claim split (fresh2), appended after the fresh ones.
from papers_fresh2 import FRESH2_PAPERS  # noqa: E402

PAPERS += FRESH2_PAPERS

# Papers of the third blind claim split (fresh3), appended after the fresh2 ones.
from papers_fresh3 import FRESH3_PAPERS  # noqa: E402

PAPERS += FRESH3_PAPERS

# Papers of the fourth blind claim split (fresh4), appended after the fresh3 ones.
from papers_fresh4 import FRESH4_PAPERS  # noqa: E402

PAPERS += FRESH4_PAPERS

# The fresh5 split's papers (data/realclaims, a fifth blind set), appended after fresh4.
from papers_fresh5 import FRESH5_PAPERS  # noqa: E402

PAPERS += FRESH5_PAPERS

# The fresh6 split's papers (data/realclaims, a sixth blind set), appended after fresh5.
from papers_fresh6 import FRESH6_PAPERS  # noqa: E402

PAPERS += FRESH6_PAPERS

# The fresh7 split's papers (data/realclaims, a seventh blind set), appended after fresh6.
from papers_fresh7 import FRESH7_PAPERS  # noqa: E402

PAPERS += FRESH7_PAPERS

# The fresh8 split's papers (data/realclaims, an eighth blind set), appended after fresh7.
from papers_fresh8 import FRESH8_PAPERS  # noqa: E402

PAPERS += FRESH8_PAPERS

# The fresh9 split's papers (data/realclaims, a ninth blind set), appended after fresh8.
from papers_fresh9 import FRESH9_PAPERS  # noqa: E402

PAPERS += FRESH9_PAPERS

# The fresh10 split's papers (data/realclaims, a tenth blind set), appended after fresh9.
from papers_fresh10 import FRESH10_PAPERS  # noqa: E402

PAPERS += FRESH10_PAPERS

# The fresh11 split's papers (data/realclaims, an eleventh blind set), appended after fresh10.
from papers_fresh11 import FRESH11_PAPERS  # noqa: E402

PAPERS += FRESH11_PAPERS

# The fresh12 split's papers (data/realclaims, a twelfth blind set), appended after fresh11.
from papers_fresh12 import FRESH12_PAPERS  # noqa: E402

PAPERS += FRESH12_PAPERS

# The fresh13 split's papers (data/realclaims, a thirteenth blind set), appended after fresh12.
from papers_fresh13 import FRESH13_PAPERS  # noqa: E402

PAPERS += FRESH13_PAPERS

# The fresh14 split's papers (data/realclaims, a fourteenth blind set), appended after fresh13.
from papers_fresh14 import FRESH14_PAPERS  # noqa: E402

PAPERS += FRESH14_PAPERS

# The fresh15 split's papers (data/realclaims, a fifteenth blind set), appended after fresh14.
from papers_fresh15 import FRESH15_PAPERS  # noqa: E402

PAPERS += FRESH15_PAPERS
