"""The fresh4 split (issue 13): a fourth blind set, over six PDF versions of four papers that
no other split contains (SimCSE v1 and v4, XLNet v1 and v2, DPR v3, TinyBERT v5), labelled
by reading their truth files before any verdict engine was run on them, by someone who was
not changing the rules. Never run while the rules change; `calibrate_verdicts.py` treats
every split named fresh* other than the development ones as independent and leaves it out
unless named.

Imported at the end of claims_src.py after claims_fresh3, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a figure of the other version, a neighbouring cell,
a reversed difference, an antonym, a swapped list member, a mean or an extreme only a table
implies, and facts true of the real paper but absent from the corpus text.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH4 = {
    "2104.08821": (1, 4),  # SimCSE: v1 (April 2021, 74.5%) and v4 (May 2022, 76.3%)
    "1906.08237": (1, 2),  # XLNet: v1 (June 2019, '18 tasks') and v2 (January 2020)
    "2004.04906": (3,),  # DPR
    "1909.10351": (5,),  # TinyBERT
}
SPLIT.update({paper: "fresh4" for paper in FRESH4})
VERSIONS.update(FRESH4)

# ---------------------------------------------------------------------------------------
# 2104.08821 -- SimCSE. v1: the April 2021 abstract (74.5%, 7.9 and 4.6 points, "We
# hypothesize", "draw inspiration"), the README overview and the README's first model table
# (unsupervised 74.54 ...). v4: the May 2022 abstract (76.3%, 4.2% and 2.2%, "We find",
# "both theoretically and empirically"), two introduction paragraphs, the README's updated
# model table (76.25 ...), its note, the training-data sentence and the hyperparameter table.
P = "2104.08821"
SA1_6 = "We evaluate SimCSE on standard semantic textual similarity (STS) tasks, and our unsupervised and supervised models using BERTbase achieve an average of 74.5% and 81.6% Spearman’s correlation respectively, a 7.9 and 4.6 points improvement compared to previous best results."
SA4_6 = "We evaluate SimCSE on standard semantic textual similarity (STS) tasks, and our unsupervised and supervised models using BERTbase achieve an average of 76.3% and 81.6% Spearman’s correlation respectively, a 4.2% and 2.2% improvement compared to the previous best results."
SA_2 = "We first describe an unsupervised approach, which takes an input sentence and predicts itself in a contrastive objective, with only standard dropout used as noise."
SA_3 = "This simple method works surprisingly well, performing on par with previous supervised counterparts."
SA1_4 = "We hypothesize that dropout acts as minimal data augmentation and removing it leads to a representation collapse."
SA4_4 = "We find that dropout acts as minimal data augmentation, and removing it leads to a representation collapse."
S_COLLAPSE = "removing it leads to a representation collapse."
SA1_5_INSP = "we draw inspiration from the recent success of learning sentence embeddings from natural language inference (NLI) datasets"
S_NEG = "pairs as positives and “contradiction” pairs as hard negatives."
SA1_7 = "We also show that contrastive learning theoretically regularizes pre-trained embeddings’ anisotropic space to be more uniform, and it better aligns positive pairs when supervised signals are available."
SA4_7 = "We also show—both theoretically and empirically—that the contrastive learning objective regularizes pre-trained embeddings’ anisotropic space to be more uniform, and it better aligns positive pairs when supervised signals are available."
S_UNIFORM = "anisotropic space to be more uniform, and it better aligns positive pairs when supervised signals are available."
S_CODE = "Our code and pre-trained models are publicly available at https://github.com/princeton-nlp/SimCSE."
SOV1 = "We propose a simple contrastive learning framework that works with both unlabeled and labeled data."
SOV2 = "Unsupervised SimCSE simply takes an input sentence and predicts itself in a contrastive learning framework, with only standard dropout used as noise."
S_SUPNLI = "\"supervised\" (trained on NLI datasets)"
S_UNSUPWIKI = "\"unsupervised\" (trained on Wikipedia corpus)"
SIN1 = "Learning universal sentence embeddings is a fundamental problem in natural language processing and has been studied extensively in the literature"
SIN2 = "In this work, we advance state-of-the-art sentence embedding methods and demonstrate that a contrastive objective can be extremely effective when coupled with pre-trained language models such as BERT (Devlin et al., 2019) or RoBERTa (Liu et al., 2019)."
SIN3 = "We present SimCSE, a simple contrastive sentence embedding framework, which can produce superior sentence embeddings, from either unlabeled or labeled data."
SIN4 = "Our unsupervised SimCSE simply predicts the input sentence itself with only dropout (Srivastava et al., 2014) used as noise."
SIN5 = "In other words, we pass the same sentence to the pre-trained encoder twice: by applying the standard dropout twice, we can obtain two different embeddings as “positive pairs”."
SIN6 = "Then we take other sentences in the same mini-batch as “negatives”, and the model predicts the positive one among negatives."
S_NOTE = "Note that the results are slightly better than what we have reported in the current version of the paper after adopting a new set of hyperparameters."
S_DATA = "For unsupervised SimCSE, we sample 1 million sentences from English Wikipedia; for supervised SimCSE, we use the SNLI and MNLI datasets."
AVG = "Avg. STS"
UNSUP1 = [("unsup-simcse-bert-base-uncased", "74.54"), ("unsup-simcse-bert-large-uncased", "76.05"),
          ("unsup-simcse-roberta-base", "76.50"), ("unsup-simcse-roberta-large", "77.47")]
UNSUP4 = [("unsup-simcse-bert-base-uncased", "76.25"), ("unsup-simcse-bert-large-uncased", "78.41"),
          ("unsup-simcse-roberta-base", "76.57"), ("unsup-simcse-roberta-large", "78.90")]
SUPS = [("sup-simcse-bert-base-uncased", "81.57"), ("sup-simcse-bert-large-uncased", "82.21"),
        ("sup-simcse-roberta-base", "82.52"), ("sup-simcse-roberta-large", "83.76")]


def sm(row: str, value: str, version: int | None = None) -> dict:
    """A cell of the model table (Table 1 in both versions)."""
    return C("Table 1", row, AVG, value, version)


def hp(row: str, col: str, value: str) -> dict:
    """A cell of v4's hyperparameter table."""
    return C("Table 2", row, col, value)


def models(rows: list[tuple[str, str]], version: int | None = None) -> list[dict]:
    return [sm(r, v, version) for r, v in rows]


claim(P, 4, "verbatim", SUP, SA_3, [S(SA_3)], "the abstract's third sentence, word for word, in both versions")
claim(P, 4, "verbatim", CON,
      "We evaluate SimCSE on standard semantic textual similarity (STS) tasks, and our unsupervised and supervised models using BERTbase achieve an average of 76.3% and 86.1% Spearman’s correlation respectively, a 4.2% and 2.2% improvement compared to the previous best results.",
      [S(SA4_6), S(SA1_6, version=1)], "81.6% for the supervised model, not 86.1% (and v1 has 74.5% for the unsupervised one)",
      per={1: CON})
claim(P, 1, "verbatim", SUP,
      "We first describe an unsupervised approach, which takes an input sentence and predicts itself in a contrastive objective, with only standard drop",
      [S(SA_2)], "cut off mid-word; what is left is the abstract's second sentence, in both versions", truncated=True)

claim(P, 4, "paraphrase", SUP,
      "SimCSE's unsupervised variant feeds a sentence through the pre-trained encoder two times, and the two dropout masks give two different embeddings that serve as a positive pair.",
      [S(SIN5)], "v4's introduction, reworded; v1 has no introduction and says nothing of passing a sentence twice",
      per={1: NF})
claim(P, 4, "paraphrase", CON,
      "The SimCSE authors report that removing dropout prevents a representation collapse.",
      [S(S_COLLAPSE)], "both versions: removing dropout leads to a representation collapse")
claim(P, 4, "paraphrase", PART,
      "SimCSE's supervised approach takes entailment pairs as positives and contradiction pairs as hard negatives, and adds Quora duplicate-question pairs as extra positives.",
      [S(S_NEG)], "the positives and hard negatives are stated in both versions; Quora pairs nowhere")
claim(P, 4, "paraphrase", SUP,
      "Learning universal sentence embeddings is a core problem in NLP that has been widely studied.",
      [S(SIN1)], "v4's first introduction sentence, reworded; v1 has no such sentence", per={1: NF})

claim(P, 4, "number-format", SUP,
      "The unsupervised SimCSE model built on BERT-base averages 76.3 percent Spearman's correlation on STS.",
      [S(SA4_6), S(SA1_6, version=1)], "v4: 76.3%; v1 has 74.5% for the same model", per={1: CON})
claim(P, 1, "number-format", SUP,
      "Unsupervised SimCSE with BERT-base reaches an average Spearman's correlation of 74.5%, nearly eight points above the previous best result.",
      [S(SA1_6), S(SA4_6, version=4)], "v1: 74.5%, 7.9 points (nearly eight); v4 has 76.3% and a 4.2% improvement",
      per={4: CON})
claim(P, 4, "number-format", CON,
      "For unsupervised training, SimCSE samples 10 million sentences from English Wikipedia.",
      [S(S_DATA), S(S_UNSUPWIKI)],
      "v4: 1 million sentences, not 10 million; v1 says only that the unsupervised models are trained on a Wikipedia corpus (no count): partly",
      per={1: PART})
claim(P, 4, "number-format", SUP,
      "The supervised SimCSE checkpoint on BERT-base scores roughly 81.6 average STS.",
      [sm("sup-simcse-bert-base-uncased", "81.57")], "81.57 = roughly 81.6, the same cell in both versions")
claim(P, 4, "number-format", SUP,
      "SimCSE's unsupervised BERT models are trained with a batch size of sixty-four.",
      [hp("Batch size", "Unsup. BERT", "64")], "64 = sixty-four; v1 has no hyperparameter table", per={1: NF})
claim(P, 4, "number-format", CON,
      "Supervised SimCSE base models use a learning rate of 5e-4.",
      [hp("Learning rate (base)", "Sup.", "5e-5")], "5e-5, not 5e-4; v1 has no hyperparameter table", per={1: NF})
claim(P, 1, "number-format", CON,
      "sup-simcse-bert-large-uncased has an average STS of 82.12.",
      [sm("sup-simcse-bert-large-uncased", "82.21")], "82.21, digits swapped; the same cell in both versions")
claim(P, 4, "number-format", SUP,
      "Over the previous best results, the supervised BERT-base SimCSE model gains 2.2%.",
      [S(SA4_6), S(SA1_6, version=1)], "v4: a 2.2% improvement; v1 has 4.6 points for the supervised model", per={1: CON})

claim(P, 4, "sign-direction", SUP,
      "unsup-simcse-roberta-large outscores unsup-simcse-bert-large-uncased on average STS, 78.90 to 78.41.",
      [sm("unsup-simcse-roberta-large", "78.90"), sm("unsup-simcse-bert-large-uncased", "78.41"),
       sm("unsup-simcse-roberta-large", "77.47", 1), sm("unsup-simcse-bert-large-uncased", "76.05", 1)],
      "v4: 78.90 > 78.41; v1's table has 77.47 and 76.05, other numbers", per={1: CON})
claim(P, 1, "sign-direction", CON,
      "In Table 1, unsup-simcse-roberta-base trails unsup-simcse-bert-large-uncased.",
      [sm("unsup-simcse-roberta-base", "76.50"), sm("unsup-simcse-bert-large-uncased", "76.05"),
       sm("unsup-simcse-roberta-base", "76.57", 4), sm("unsup-simcse-bert-large-uncased", "78.41", 4)],
      "v1: 76.50 vs 76.05, roberta-base ahead; v4: 76.57 vs 78.41, roberta-base behind", per={4: SUP})
claim(P, 4, "sign-direction", SUP,
      "Moving from sup-simcse-roberta-base to sup-simcse-roberta-large raises the average STS by 1.24 points.",
      [sm("sup-simcse-roberta-base", "82.52"), sm("sup-simcse-roberta-large", "83.76")],
      "83.76 - 82.52 = +1.24, the same cells in both versions")
claim(P, 4, "sign-direction", CON,
      "sup-simcse-bert-large-uncased scores 0.64 points below sup-simcse-bert-base-uncased.",
      [sm("sup-simcse-bert-large-uncased", "82.21"), sm("sup-simcse-bert-base-uncased", "81.57")],
      "82.21 - 81.57 = 0.64, but the large model is above the base one; both versions")

claim(P, 4, "polarity", SUP,
      "The unsupervised SimCSE method works surprisingly well, on par with earlier supervised counterparts.",
      [S(SA_3)], "stated in both versions")
claim(P, 1, "polarity", CON,
      "The simple unsupervised method performs poorly compared with previous supervised counterparts.",
      [S(SA_3)], "both versions: works surprisingly well, on par with them")
claim(P, 4, "polarity", CON,
      "SimCSE's contrastive objective makes the anisotropic space of pre-trained embeddings less uniform.",
      [S(S_UNIFORM)], "both versions: more uniform")
claim(P, 4, "polarity", SUP,
      "The results of the released SimCSE models are slightly better than those reported in the paper, after a new set of hyperparameters was adopted.",
      [S(S_NOTE)], "v4's README note; v1 has no such note", per={1: NF})
claim(P, 4, "polarity", CON,
      "The released SimCSE models score slightly worse than what the paper reports.",
      [S(S_NOTE)], "v4: slightly better; v1 has no such note", per={1: NF})
claim(P, 4, "polarity", CON,
      "SimCSE can produce superior sentence embeddings only from labeled data.",
      [S(SIN3), S(SOV1, version=1)],
      "v4: from either unlabeled or labeled data; v1's overview: works with both unlabeled and labeled data",
      per={1: CON})

claim(P, 4, "entity-swap", SUP,
      "SimCSE's supervised models are trained on the MNLI and SNLI datasets.",
      [S(S_DATA), S(S_SUPNLI)],
      "v4 names SNLI and MNLI (reordered); v1 says only that the supervised models are trained on NLI datasets, naming none: partly",
      per={1: PART})
claim(P, 4, "entity-swap", PART,
      "For supervised SimCSE, the authors use the SNLI, MNLI and ANLI datasets.",
      [S(S_DATA), S(S_SUPNLI)], "SNLI and MNLI stated in v4, ANLI nowhere; v1 names no dataset, only NLI datasets: partly",
      per={1: PART})
claim(P, 4, "entity-swap", SUP,
      "A contrastive objective is extremely effective when coupled with pre-trained language models such as RoBERTa or BERT.",
      [S(SIN2)], "v4's introduction, the two models reordered; v1 has no such sentence", per={1: NF})
claim(P, 4, "entity-swap", PART,
      "The contrastive objective proves extremely effective when coupled with pre-trained language models such as BERT, RoBERTa and ELECTRA.",
      [S(SIN2)], "BERT and RoBERTa named in v4, ELECTRA nowhere; v1 has no such sentence", per={1: NF})
claim(P, 1, "entity-swap", PART,
      "SimCSE releases unsupervised and supervised checkpoints built on BERT, RoBERTa and DeBERTa.",
      models(SUPS), "the model tables of both versions have BERT and RoBERTa checkpoints, no DeBERTa")

claim(P, 4, "table-cell", SUP,
      "unsup-simcse-bert-base-uncased reaches 76.25 average STS.",
      [sm("unsup-simcse-bert-base-uncased", "76.25"), sm("unsup-simcse-bert-base-uncased", "74.54", 1)],
      "v4's cell; v1's table has 74.54", per={1: CON})
claim(P, 1, "table-cell", CON,
      "In Table 1, unsup-simcse-roberta-large scores 76.50.",
      [sm("unsup-simcse-roberta-large", "77.47"), sm("unsup-simcse-roberta-large", "78.90", 4)],
      "v1: 77.47 (76.50 is roberta-base's cell); v4: 78.90", per={4: CON})
claim(P, 4, "table-cell", PART,
      "sup-simcse-roberta-base averages 82.52 on STS after three epochs of training.",
      [sm("sup-simcse-roberta-base", "82.52")], "82.52 in both versions; no number of epochs anywhere")
claim(P, 4, "table-cell", CON,
      "The unsupervised RoBERTa models of SimCSE use a batch size of 64.",
      [hp("Batch size", "Unsup. RoBERTa", "512")], "512; 64 is the unsupervised BERT batch size; v1 has no hyperparameters",
      per={1: NF})

claim(P, 4, "table-computed", SUP,
      "Among the released SimCSE checkpoints, sup-simcse-roberta-large has the highest average STS.",
      models(UNSUP4) + models(SUPS) + models(UNSUP1, 1),
      "83.76 is the column maximum in both versions (unsupervised at most 78.90 in v4, 77.47 in v1)")
claim(P, 4, "table-computed", CON,
      "Of the four unsupervised checkpoints, unsup-simcse-roberta-base scores highest on average STS.",
      models(UNSUP4) + models(UNSUP1, 1),
      "the unsupervised maximum is roberta-large in both versions (78.90 in v4, 77.47 in v1), not roberta-base",
      per={1: CON})
claim(P, 4, "table-computed", SUP,
      "The four supervised SimCSE checkpoints average about 82.5 on STS.",
      models(SUPS), "(81.57 + 82.21 + 82.52 + 83.76) / 4 = 330.06 / 4 = 82.515; the same cells in both versions")
claim(P, 4, "table-computed", CON,
      "The four unsupervised SimCSE checkpoints average 77.03 on STS.",
      models(UNSUP4) + models(UNSUP1, 1),
      "v4: (76.25 + 78.41 + 76.57 + 78.90) / 4 = 77.53; v1: (74.54 + 76.05 + 76.50 + 77.47) / 4 = 76.14; neither is 77.03",
      per={1: CON})
claim(P, 1, "table-computed", SUP,
      "The supervised BERT-base checkpoint beats the unsupervised BERT-base one by 7.03 points of average STS.",
      [sm("sup-simcse-bert-base-uncased", "81.57"), sm("unsup-simcse-bert-base-uncased", "74.54"),
       sm("unsup-simcse-bert-base-uncased", "76.25", 4)],
      "v1: 81.57 - 74.54 = 7.03; v4: 81.57 - 76.25 = 5.32", per={4: CON})

claim(P, 4, "two-sentences", SUP,
      "Unsupervised SimCSE passes the same sentence to the encoder twice to get a positive pair, and treats the other sentences of the mini-batch as negatives.",
      [S(SIN5), S(SIN6)], "two adjacent introduction sentences of v4; v1 has neither", per={1: NF})
claim(P, 4, "two-sentences", CON,
      "SimCSE works surprisingly well, performing on par with earlier supervised counterparts, and the authors find that dropout acts as maximal data augmentation.",
      [S(SA_3), S(SA4_4), S(SA1_4, version=1)], "both versions: minimal data augmentation, not maximal", per={1: CON})
claim(P, 4, "two-sentences", PART,
      "Unsupervised SimCSE predicts the input sentence itself with dropout as the only noise, and it uses a temperature of 0.05 in its contrastive loss.",
      [S(SIN4), S(SA_2), S(SOV2, version=1)],
      "the first half is stated in both versions (v4's introduction, both abstracts, v1's overview); no temperature anywhere",
      per={1: PART})
claim(P, 4, "two-sentences", SUP,
      "Sentence embedding learning has been studied extensively, and the SimCSE authors show that a contrastive objective can be extremely effective with pre-trained language models such as BERT.",
      [S(SIN1), S(SIN2)], "two adjacent introduction sentences of v4; v1 has neither", per={1: NF})

claim(P, 1, "version-drift", SUP,
      "SimCSE's supervised model improves on the previous best result by 4.6 points.",
      [S(SA1_6), S(SA4_6, version=4)], "v1: 4.6 points; v4: a 2.2% improvement", per={4: CON})
claim(P, 1, "version-drift", SUP,
      "For their supervised approach, the SimCSE authors draw inspiration from the recent success of learning sentence embeddings from NLI datasets.",
      [S(SA1_5_INSP)], "v1's abstract; v4 proposes the supervised approach without this sentence", per={4: NF})
claim(P, 4, "version-drift", SUP,
      "SimCSE's regularizing effect on the anisotropic embedding space is shown both theoretically and empirically.",
      [S(SA4_7), S(SA1_7, version=1)], "v4 says both; v1 shows it theoretically only: partly", per={1: PART})
claim(P, 1, "version-drift", NF,
      "Supervised SimCSE is trained with a batch size of 512.",
      [hp("Batch size", "Sup.", "512") | {"version": 4}], "v1 has no hyperparameter table; v4's Table 2 has 512",
      per={4: SUP})
claim(P, 1, "version-drift", NF,
      "The released SimCSE checkpoints improve on the figures of the paper thanks to a new set of hyperparameters.",
      [S(S_NOTE, version=4)], "v1 has no such note; v4's README note says so", per={4: SUP})

claim(P, 4, "absent", NF,
      "SimCSE uses a temperature of 0.05 in its contrastive loss.", [], "no temperature in either version's text")
claim(P, 4, "absent", NF,
      "On STS-B alone, supervised SimCSE with BERT-base reaches 84.25 Spearman's correlation.",
      [], "per-task STS figures are in neither version (true of the README's evaluation output)")
claim(P, 1, "absent", NF,
      "SimCSE models were trained on NVIDIA V100 GPUs.", [], "no hardware in either version")
claim(P, 4, "absent", NF,
      "SimCSE received an outstanding paper award at EMNLP 2021.", [], "nowhere in the text")
claim(P, 4, "absent", SUP,
      "SimCSE's code and pre-trained models are publicly available on GitHub.",
      [S(S_CODE)], "the abstract's footnote, in both versions")

# ---------------------------------------------------------------------------------------
# 1906.08237 -- XLNet. v1: the June 2019 abstract ("and achieves state-of-the-art results on
# 18 tasks", footnote with the code address), three introduction sentences, and the
# README's results of June 2019 (reading comprehension, text classification error rates,
# GLUE) with its RACE paragraph. v2: the January 2020 abstract ("under comparable
# experiment settings", no 18) and the README's introduction paragraph.
P = "1906.08237"
XA1 = "With the capability of modeling bidirectional contexts, denoising autoencoding based pretraining like BERT achieves better performance than pretraining approaches based on autoregressive language modeling."
XA2 = "However, relying on corrupting the input with masks, BERT neglects dependency between the masked positions and suffers from a pretrain-finetune discrepancy."
XA3 = "In light of these pros and cons, we propose XLNet, a generalized autoregressive pretraining method that (1) enables learning bidirectional contexts by maximizing the expected likelihood over all permutations of the factorization order and (2) overcomes the limitations of BERT thanks to its autoregressive formulation."
XA4 = "Furthermore, XLNet integrates ideas from Transformer-XL, the state-of-the-art autoregressive model, into pretraining."
X1A5 = "Empirically, XLNet outperforms BERT on 20 tasks, often by a large margin, and achieves state-of-the-art results on 18 tasks including question answering, natural language inference, sentiment analysis, and document ranking."
X2A5 = "Empirically, under comparable experiment settings, XLNet outperforms BERT on 20 tasks, often by a large margin, including question answering, natural language inference, sentiment analysis, and document ranking."
X_20 = "XLNet outperforms BERT on 20 tasks, often by a large margin"
X_TASKS = "question answering, natural language inference, sentiment analysis, and document ranking."
X1_18 = "achieves state-of-the-art results on 18 tasks including question answering"
X_FN = "Pretrained models and code are available at https://github.com/zihangdai/xlnet."
XIN1 = "Unsupervised representation learning has been highly successful in the domain of natural language processing [7, 19, 24, 25, 10]."
XR1 = "As of June 19, 2019, XLNet outperforms BERT on 20 tasks and achieves state-of-the-art results on 18 tasks."
XRACE1 = "Notably, the average length of the passages in RACE is over 300 tokens, which is significantly longer than other popular reading comprehension datasets such as SQuAD."
XRACE2 = "The SOTA performance (accuracy 81.75) of RACE is produced using XLNet-Large with sequence length 512 and batch size 32, which requires a large TPU v3-32 in the pod setting."
XRACE3 = "Using XLNet-Large with sequence length 512 and batch size 8 on a TPU v3-8 can give you an accuracy of around 80.3."
X_ERR = "The numbers are error rates."
XRI1 = "XLNet is a new unsupervised language representation learning method based on a novel generalized permutation language modeling objective."
XRI2 = "Additionally, XLNet employs Transformer-XL as the backbone model, exhibiting excellent performance for language tasks involving long context."
XRI3 = "Overall, XLNet achieves state-of-the-art (SOTA) results on various downstream language tasks including question answering, natural language inference, sentiment analysis, and document ranking."
GLUE = ["MNLI", "QNLI", "QQP", "RTE", "SST-2", "MRPC", "CoLA", "STS-B"]
TC = ["IMDB", "Yelp-2", "Yelp-5", "DBpedia", "Amazon-2", "Amazon-5"]


def xg(row: str, col: str, value: str) -> dict:
    return C("Table 3", row, col, value)


def xt(row: str, col: str, value: str) -> dict:
    return C("Table 2", row, col, value)


def xr(row: str, col: str, value: str) -> dict:
    return C("Table 1", row, col, value)


def xrow(make, row: str, cols: list[str], values: str) -> list[dict]:
    return [make(row, c, v) for c, v in zip(cols, values.split(), strict=True)]


GLUE_BERT = xrow(xg, "BERT", GLUE, "86.6 92.3 91.3 70.4 93.2 88.0 60.6 90.0")
GLUE_XLNET = xrow(xg, "XLNet", GLUE, "89.8 93.9 91.8 83.8 95.6 89.2 63.6 91.8")
TC_XLNET = xrow(xt, "XLNet", TC, "3.79 1.55 27.80 0.62 2.40 32.26")

claim(P, 2, "verbatim", SUP, XA4, [S(XA4)], "the abstract's fourth sentence, word for word, in both versions")
claim(P, 1, "verbatim", CON,
      "Empirically, XLNet outperforms BERT on 20 tasks, often by a large margin, and achieves state-of-the-art results on 16 tasks including question answering, natural language inference, sentiment analysis, and document ranking.",
      [S(X1A5), S(X_20)],
      "v1: 18 tasks, not 16; v2 states the 20 tasks but no count of state-of-the-art results: partly",
      per={2: PART})

claim(P, 1, "paraphrase", SUP,
      "Because it corrupts its input with masks, BERT ignores the dependency between masked positions and suffers from a discrepancy between pretraining and finetuning.",
      [S(XA2)], "reworded; both versions")
claim(P, 2, "paraphrase", CON,
      "According to the XLNet authors, pretraining based on autoregressive language modeling performs better than denoising autoencoding pretraining like BERT.",
      [S(XA1)], "both versions: autoencoding pretraining like BERT achieves better performance than autoregressive approaches")
claim(P, 1, "paraphrase", PART,
      "XLNet maximizes the expected likelihood over all permutations of the factorization order and relies on a two-stream self-attention mechanism.",
      [S(XA3)], "the permutation objective is stated in both versions; two-stream attention nowhere")
claim(P, 2, "paraphrase", SUP,
      "XLNet is built on Transformer-XL as its backbone, which gives it excellent performance on tasks involving long context.",
      [S(XRI2), S(XA4)],
      "v2's introduction (the README's); v1 says only that XLNet integrates ideas from Transformer-XL: partly",
      per={1: PART})

claim(P, 1, "number-format", SUP,
      "XLNet beats BERT on twenty tasks and sets the state of the art on eighteen.",
      [S(X1A5), S(X_20)], "v1: 20 and 18; v2 has the 20 tasks but no 18: partly", per={2: PART})
claim(P, 1, "number-format", SUP,
      "The average RACE passage is longer than 300 tokens.",
      [S(XRACE1)], "over 300 tokens; v2 has no RACE paragraph", per={2: NF})
claim(P, 1, "number-format", CON,
      "RACE passages average over 3,000 tokens.",
      [S(XRACE1)], "over 300, not 3,000; v2 has no RACE paragraph", per={2: NF})
claim(P, 1, "number-format", SUP,
      "XLNet's state-of-the-art RACE accuracy of 81.75% was obtained with XLNet-Large at a sequence length of 512 and a batch size of thirty-two.",
      [S(XRACE2)], "81.75, 512, 32 = thirty-two; v2 has no RACE paragraph", per={2: NF})
claim(P, 1, "number-format", CON,
      "XLNet-Large trained on RACE with batch size 8 on a TPU v3-8 reaches an accuracy of about 83.0.",
      [S(XRACE3)], "around 80.3, not 83.0; v2 has no RACE paragraph", per={2: NF})

claim(P, 1, "sign-direction", SUP,
      "XLNet lowers the Yelp-5 error rate from BERT's 29.32 to 27.80.",
      [xt("BERT", "Yelp-5", "29.32"), xt("XLNet", "Yelp-5", "27.80")], "error rates: 29.32 -> 27.80, lower; v2 has no tables",
      per={2: NF})
claim(P, 1, "sign-direction", CON,
      "Relative to BERT, XLNet raises the Amazon-5 error rate by 1.91 points.",
      [xt("BERT", "Amazon-5", "34.17"), xt("XLNet", "Amazon-5", "32.26")],
      "34.17 -> 32.26: lowered by 1.91, not raised; v2 has no tables", per={2: NF})
claim(P, 1, "sign-direction", SUP,
      "XLNet improves on BERT's RTE accuracy by 13.4 points.",
      [xg("BERT", "RTE", "70.4"), xg("XLNet", "RTE", "83.8")], "83.8 - 70.4 = +13.4; v2 has no tables", per={2: NF})
claim(P, 1, "sign-direction", CON,
      "On SQuAD2.0 EM, BERT is ahead of XLNet by 7.14 points.",
      [xr("BERT", "SQuAD2.0 EM", "78.98"), xr("XLNet", "SQuAD2.0 EM", "86.12")],
      "86.12 - 78.98 = 7.14 in XLNet's favour, not BERT's; v2 has no tables", per={2: NF})

claim(P, 1, "polarity", CON,
      "XLNet underperforms BERT on 20 tasks.", [S(X_20)], "both versions: outperforms")
claim(P, 2, "polarity", SUP,
      "XLNet overcomes the limitations of BERT thanks to its autoregressive formulation.",
      [S(XA3)], "stated in both versions")
claim(P, 2, "polarity", CON,
      "XLNet performs poorly on language tasks involving long context.",
      [S(XRI2)], "v2's introduction: excellent performance for tasks involving long context; v1 says nothing of long context",
      per={1: NF})
claim(P, 1, "polarity", SUP,
      "Unsupervised representation learning has been highly successful in natural language processing.",
      [S(XIN1)], "v1's introduction; v2's introduction (the README's) has no such sentence", per={2: NF})
claim(P, 1, "polarity", CON,
      "Unsupervised representation learning has had only limited success in NLP, according to the XLNet introduction.",
      [S(XIN1)], "v1: highly successful; v2 has no such sentence", per={2: NF})
claim(P, 1, "polarity", CON,
      "RACE passages are significantly shorter than those of other popular reading comprehension datasets such as SQuAD.",
      [S(XRACE1)], "v1: significantly longer; v2 has no RACE paragraph", per={2: NF})

claim(P, 2, "entity-swap", SUP,
      "XLNet outperforms BERT on tasks including document ranking, sentiment analysis, natural language inference and question answering.",
      [S(X_TASKS)], "the four task types, reordered; both versions")
claim(P, 2, "entity-swap", PART,
      "XLNet outperforms BERT on 20 tasks, including question answering, natural language inference, machine translation and document ranking.",
      [S(X_20), S(X_TASKS)], "three of the task types named in both versions; the fourth is sentiment analysis, not machine translation")
claim(P, 1, "entity-swap", PART,
      "XLNet and BERT are compared on RACE, SQuAD1.1, SQuAD2.0 and NewsQA.",
      [xr("XLNet", "RACE accuracy", "81.75"), xr("XLNet", "SQuAD1.1 EM", "88.95"), xr("XLNet", "SQuAD2.0 EM", "86.12")],
      "Table 1 has RACE and the two SQuADs, no NewsQA; v2 has no tables", per={2: NF})
claim(P, 1, "entity-swap", SUP,
      "The GLUE comparison of XLNet and BERT covers CoLA, MRPC, RTE and STS-B, among other tasks.",
      GLUE_XLNET, "four of Table 3's eight columns; v2 has no tables", per={2: NF})

claim(P, 1, "table-cell", CON,
      "XLNet reaches 88.95 EM on SQuAD2.0.",
      [xr("XLNet", "SQuAD2.0 EM", "86.12")], "86.12; 88.95 is its SQuAD1.1 EM; v2 has no tables", per={2: NF})
claim(P, 1, "table-cell", SUP,
      "BERT scores 88.0 on MRPC in the GLUE comparison.",
      [xg("BERT", "MRPC", "88.0")], "the cell; v2 has no tables", per={2: NF})
claim(P, 1, "table-cell", CON,
      "BERT's error rate on DBpedia is 0.62.",
      [xt("BERT", "DBpedia", "0.64")], "0.64; 0.62 is XLNet's; v2 has no tables", per={2: NF})
claim(P, 1, "table-cell", PART,
      "XLNet scores 93.9 on QNLI and 85.2 on WNLI.",
      [xg("XLNet", "QNLI", "93.9")], "QNLI stated; no WNLI column; v2 has no tables", per={2: NF})

claim(P, 1, "table-computed", SUP,
      "XLNet's largest GLUE gain over BERT is on RTE.",
      GLUE_BERT + GLUE_XLNET,
      "gains 3.2, 1.6, 0.5, 13.4, 2.4, 1.2, 3.0, 1.8: RTE (13.4) is the maximum; v2 has no tables", per={2: NF})
claim(P, 1, "table-computed", CON,
      "XLNet's smallest GLUE improvement over BERT is on MRPC.",
      GLUE_BERT + GLUE_XLNET,
      "gains 3.2, 1.6, 0.5, 13.4, 2.4, 1.2, 3.0, 1.8: the minimum is QQP (0.5), MRPC is 1.2; v2 has no tables", per={2: NF})
claim(P, 1, "table-computed", SUP,
      "Averaged over the eight GLUE tasks, XLNet scores about 87.4.",
      GLUE_XLNET, "(89.8 + 93.9 + 91.8 + 83.8 + 95.6 + 89.2 + 63.6 + 91.8) / 8 = 699.5 / 8 = 87.44; v2 has no tables",
      per={2: NF})
claim(P, 1, "table-computed", CON,
      "Averaged over the six text classification datasets, XLNet's error rate is 11.8%.",
      TC_XLNET, "(3.79 + 1.55 + 27.80 + 0.62 + 2.40 + 32.26) / 6 = 68.42 / 6 = 11.40, not 11.8; v2 has no tables",
      per={2: NF})
claim(P, 1, "table-computed", SUP,
      "On DBpedia, XLNet's error rate is only 0.02 below BERT's.",
      [xt("BERT", "DBpedia", "0.64"), xt("XLNet", "DBpedia", "0.62")], "0.64 - 0.62 = 0.02; v2 has no tables", per={2: NF})

claim(P, 1, "two-sentences", SUP,
      "XLNet-Large reaches the state-of-the-art RACE accuracy of 81.75 with batch size 32 on a TPU v3-32, while batch size 8 on a TPU v3-8 gives around 80.3.",
      [S(XRACE2), S(XRACE3)], "two adjacent sentences of v1's RACE paragraph; v2 has neither", per={2: NF})
claim(P, 1, "two-sentences", CON,
      "The average RACE passage is over 300 tokens long, and the state-of-the-art RACE accuracy of 81.75 was reached with a sequence length of 256.",
      [S(XRACE1), S(XRACE2)], "sequence length 512, not 256; v2 has no RACE paragraph", per={2: NF})
claim(P, 2, "two-sentences", PART,
      "XLNet is based on a novel generalized permutation language modeling objective and employs Transformer-XL as its backbone model, which has 24 layers.",
      [S(XRI1), S(XRI2), S(XA3), S(XA4)],
      "v2: the objective and the backbone in two adjacent sentences, no layer count; v1 states the permutation objective and ideas from Transformer-XL, no layer count: partly in both",
      per={1: PART})
claim(P, 2, "two-sentences", SUP,
      "XLNet uses Transformer-XL as its backbone model and, overall, achieves state-of-the-art results on downstream tasks such as question answering and document ranking.",
      [S(XRI2), S(XRI3), S(X1_18, version=1)],
      "v2: two adjacent introduction sentences; v1 has the state-of-the-art results but only ideas from Transformer-XL, not it as backbone: partly",
      per={1: PART})

claim(P, 2, "version-drift", SUP,
      "Under comparable experiment settings, XLNet outperforms BERT on 20 tasks.",
      [S(X2A5), S(X_20)], "v2 states it; v1 has the 20 tasks without the comparable settings: partly", per={1: PART})
claim(P, 1, "version-drift", SUP,
      "XLNet achieves state-of-the-art results on 18 tasks.",
      [S(XR1), S(XRI3, version=2)], "v1 (abstract and results); v2 has state-of-the-art results on various tasks but no 18: partly",
      per={2: PART})
claim(P, 1, "version-drift", NF,
      "XLNet's comparison with BERT was made under comparable experiment settings.",
      [S("under comparable experiment settings", version=2)], "only v2's abstract says so", per={2: SUP})
claim(P, 2, "version-drift", NF,
      "The pretrained XLNet models and code are available at github.com/zihangdai/xlnet.",
      [S(X_FN, version=1)], "v1's footnote; v2 has no footnote", per={1: SUP})
claim(P, 2, "version-drift", NF,
      "XLNet scores 83.8 on RTE.",
      [xg("XLNet", "RTE", "83.8") | {"version": 1}], "the GLUE table is v1's only", per={1: SUP})

claim(P, 1, "absent", NF,
      "XLNet-Large was pretrained on 512 TPU v3 chips for 2.5 days.", [], "no training hardware or time in either version")
claim(P, 2, "absent", NF,
      "XLNet uses a two-stream self-attention mechanism for target-aware representations.", [],
      "in neither version's text (true of the paper)")
claim(P, 1, "absent", NF,
      "XLNet uses a SentencePiece vocabulary of 32,000 pieces.", [], "no vocabulary size in either version")
claim(P, 1, "absent", SUP,
      "The numbers in XLNet's text classification comparison are error rates.",
      [S(X_ERR)], "Table 2's caption says so; v2 has no tables", per={2: NF})

# ---------------------------------------------------------------------------------------
# 2004.04906 -- DPR (v3). The arXiv abstract ("largely by 9%-19%") with its footnote, the
# introduction's first paragraph with footnote 2, and the README's released-model section:
# the top-k table of the original and new NQ models and the training / embedding sentences.
P, V = "2004.04906", 3
DA1 = "Open-domain question answering relies on efficient passage retrieval to select candidate contexts, where traditional sparse vector space models, such as TF-IDF or BM25, are the de facto method."
DA2 = "In this work, we show that retrieval can be practically implemented using dense representations alone, where embeddings are learned from a small number of questions and passages by a simple dual-encoder framework."
DA3 = "When evaluated on a wide range of open-domain QA datasets, our dense retriever outperforms a strong Lucene-BM25 system largely by 9%-19% absolute in terms of top-20 passage retrieval accuracy, and helps our end-to-end QA system establish new state-of-the-art on multiple open-domain QA benchmarks."
DFN1 = "The code and trained models have been released at https://github.com/facebookresearch/DPR."
DI1 = "Open-domain question answering (QA) (Voorhees, 1999) is a task that answers factoid questions using a large collection of documents."
DI2 = "While early QA systems are often complicated and consist of multiple components (Ferrucci (2012); Moldovan et al. (2003), inter alia), the advances of reading comprehension models suggest a much simplified two-stage framework: (1) a context retriever first selects a small subset of passages where some of them contain the answer to the question, and then (2) a machine reader can thoroughly examine the retrieved contexts and identify the correct answer (Chen et al., 2017)."
DI3 = "Although reducing open-domain QA to machine reading is a very reasonable strategy, a huge performance degradation is often observed in practice, indicating the needs of improving retrieval."
DFN2 = "For instance, the exact match score on SQuAD v1.1 drops from above 80% to less than 40% (Yang et al., 2019a)."
DR3 = "Retriever training quality depends on its effective batch size."
DR4 = "The one reported in the paper used 8 x 32GB GPUs."
DR5 = "This takes about a day to complete the training for 40 epochs."
DR6 = "It takes about 40 minutes to produce 21 mln passages representation vectors on 50 2 GPU servers."
DCAP = "Table 1: Top-k passage retrieval accuracy on the NQ test set (3610 questions) of the original DPR NQ model and the new DPR model."
ORIG, NEW = "Original DPR NQ model", "New DPR model"
TOPK = [("1", "45.87", "52.47"), ("5", "68.14", "72.24"), ("20", "79.97", "81.33"), ("100", "85.87", "87.29")]


def dk(row: str, col: str, value: str) -> dict:
    return C("Table 1", row, col, value)


DPR_ALL = [dk(k, ORIG, o) for k, o, _ in TOPK] + [dk(k, NEW, n) for k, _, n in TOPK]

claim(P, V, "verbatim", SUP, DA2, [S(DA2)], "the abstract's second sentence, word for word")
claim(P, V, "verbatim", CON,
      "When evaluated on a wide range of open-domain QA datasets, our dense retriever outperforms a strong Lucene-BM25 system largely by 9%-29% absolute in terms of top-20 passage retrieval accuracy, and helps our end-to-end QA system establish new state-of-the-art on multiple open-domain QA benchmarks.",
      [S(DA3)], "9%-19%, not 9%-29%")

claim(P, V, "paraphrase", SUP,
      "DPR shows that passage retrieval can be implemented in practice with dense representations alone, learning embeddings from a small number of questions and passages with a simple dual encoder.",
      [S(DA2)], "reworded")
claim(P, V, "paraphrase", CON,
      "DPR learns its embeddings from a very large number of questions and passages using a complex cross-encoder framework.",
      [S(DA2)], "the source: a small number of questions and passages, a simple dual-encoder framework")
claim(P, V, "paraphrase", PART,
      "Sparse vector space models such as TF-IDF or BM25 are the de facto retrieval method in open-domain QA, although they cannot run on GPUs.",
      [S(DA1)], "the de facto method is stated; nothing on GPUs")

claim(P, V, "number-format", SUP,
      "DPR's dense retriever beats a strong Lucene-BM25 system by between 9 and 19 percentage points of top-20 retrieval accuracy.",
      [S(DA3)], "9%-19% absolute = 9 to 19 points")
claim(P, V, "number-format", CON,
      "Generating the 21 million passage vectors takes about four hours on fifty 2-GPU servers.",
      [S(DR6)], "about 40 minutes, not four hours")
claim(P, V, "number-format", SUP,
      "Producing vectors for 21 million passages takes roughly two thirds of an hour on 50 servers with two GPUs each.",
      [S(DR6)], "40 minutes = two thirds of an hour; 21 mln = 21 million")
claim(P, V, "number-format", CON,
      "The NQ test set of the top-k comparison has 3,160 questions.",
      [S(DCAP)], "3610 questions, not 3,160")
claim(P, V, "number-format", SUP,
      "On SQuAD v1.1, the exact match score falls from over 80% to under 40% in the open-domain setting.",
      [S(DFN2)], "footnote 2: from above 80% to less than 40%")

claim(P, V, "sign-direction", SUP,
      "The new DPR model improves top-1 retrieval accuracy over the original NQ model by 6.6 points.",
      [dk("1", ORIG, "45.87"), dk("1", NEW, "52.47")], "52.47 - 45.87 = +6.60")
claim(P, V, "sign-direction", CON,
      "At top-100, the new DPR model is 1.42 points below the original model.",
      [dk("100", ORIG, "85.87"), dk("100", NEW, "87.29")], "87.29 - 85.87 = +1.42: the new model is above")
claim(P, V, "sign-direction", SUP,
      "Relative to the original DPR NQ model, the new model's top-20 accuracy rises from 79.97 to 81.33.",
      [dk("20", ORIG, "79.97"), dk("20", NEW, "81.33")], "79.97 -> 81.33, a rise")

claim(P, V, "polarity", SUP,
      "The DPR authors describe reducing open-domain QA to machine reading as a very reasonable strategy.",
      [S(DI3)], "stated")
claim(P, V, "polarity", CON,
      "According to the DPR authors, reducing open-domain QA to machine reading is an unreasonable strategy.",
      [S(DI3)], "the source: a very reasonable strategy")
claim(P, V, "polarity", CON,
      "In practice, only a small performance degradation is observed when open-domain QA is reduced to machine reading.",
      [S(DI3)], "the source: a huge performance degradation")
claim(P, V, "polarity", SUP,
      "Early QA systems were often complicated and consisted of multiple components.",
      [S(DI2)], "stated")
claim(P, V, "polarity", CON,
      "Retriever training quality does not depend on the effective batch size.",
      [S(DR3)], "the source: it depends on the effective batch size")

claim(P, V, "entity-swap", SUP,
      "Traditional sparse vector space models such as BM25 or TF-IDF are the de facto method for passage retrieval in open-domain QA.",
      [S(DA1)], "the two models, reordered")
claim(P, V, "entity-swap", PART,
      "Sparse vector space models such as TF-IDF, BM25 and bigram hashing are the de facto retrieval method.",
      [S(DA1)], "TF-IDF and BM25 named; bigram hashing nowhere")
claim(P, V, "entity-swap", PART,
      "DPR's code, trained models and precomputed Wikipedia embeddings have been released on GitHub.",
      [S(DFN1)], "the footnote names the code and trained models; no embeddings in the text")

claim(P, V, "table-cell", SUP,
      "The original DPR NQ model's top-5 accuracy is 68.14.", [dk("5", ORIG, "68.14")], "the cell")
claim(P, V, "table-cell", CON,
      "The new DPR model reaches a top-20 accuracy of 79.97.",
      [dk("20", NEW, "81.33")], "81.33; 79.97 is the original model's cell")
claim(P, V, "table-cell", PART,
      "The new DPR model reaches 87.29 top-100 accuracy and 91.0 top-1000 accuracy.",
      [dk("100", NEW, "87.29")], "top-100 stated; no top-1000 row")

claim(P, V, "table-computed", SUP,
      "The new model's advantage over the original DPR model is largest at top-1.",
      DPR_ALL, "gains 6.60, 4.10, 1.36, 1.42 at top-1, 5, 20, 100: top-1 is the maximum")
claim(P, V, "table-computed", CON,
      "The new model's gain over the original DPR model is smallest at top-100.",
      DPR_ALL, "gains 6.60, 4.10, 1.36, 1.42: the minimum is at top-20 (1.36), not top-100 (1.42)")
claim(P, V, "table-computed", SUP,
      "For the original DPR NQ model, going from top-20 to top-100 adds 5.9 points of accuracy.",
      [dk("20", ORIG, "79.97"), dk("100", ORIG, "85.87")], "85.87 - 79.97 = 5.90")

claim(P, V, "two-sentences", SUP,
      "The retriever reported in the DPR paper was trained on 8 x 32GB GPUs, which takes about a day for 40 epochs.",
      [S(DR4), S(DR5)], "two adjacent sentences")
claim(P, V, "two-sentences", CON,
      "Retriever training quality depends on the effective batch size, and the retriever reported in the paper was trained on 16 x 32GB GPUs.",
      [S(DR3), S(DR4)], "8 x 32GB GPUs, not 16")
claim(P, V, "two-sentences", PART,
      "Open-domain QA answers factoid questions using a large collection of documents, and early systems such as IBM Watson ran on 2,880 processor cores.",
      [S(DI1), S("While early QA systems are often complicated and consist of multiple components")],
      "the task definition and early complicated systems stated; Watson's cores nowhere")

claim(P, V, "absent", NF,
      "DPR encodes questions and passages into 768-dimensional vectors with two BERT-base encoders.", [],
      "the encoder size is not in the corpus text (true of the paper)")
claim(P, V, "absent", NF,
      "DPR reaches 41.5 exact match on Natural Questions.", [], "no end-to-end QA figures in the corpus text")
claim(P, V, "absent", NF,
      "DPR indexes its passage vectors with FAISS for fast retrieval.", [], "FAISS is not named in the corpus text")
claim(P, V, "absent", SUP,
      "DPR's code and trained models have been released on GitHub.", [S(DFN1)], "the abstract's footnote says so")

# ---------------------------------------------------------------------------------------
# 1909.10351 -- TinyBERT (v5). The Findings of EMNLP abstract, three introduction sentences
# and the authors' model card on general distillation; no tables.
P, V = "1909.10351", 5
TA2 = "However, pre-trained language models are usually computationally expensive, so it is difficult to efficiently execute them on resource-restricted devices."
TA4 = "By leveraging this new KD method, the plenty of knowledge encoded in a large teacher BERT can be effectively transferred to a small student Tiny-BERT."
TA5 = "Then, we introduce a new two-stage learning framework for TinyBERT, which performs Transformer distillation at both the pretraining and task-specific learning stages."
TA7 = "TinyBERT with 4 layers is empirically effective and achieves more than 96.8% the performance of its teacher BERTBASE on GLUE benchmark, while being 7.5x smaller and 9.4x faster on inference."
TA8 = "TinyBERT with 4 layers is also significantly better than 4-layer state-of-the-art baselines on BERT distillation, with only about 28% parameters and about 31% inference time of them."
TA9 = "Moreover, TinyBERT with 6 layers performs on-par with its teacher BERTBASE."
TI1 = "Pre-trained language models (PLMs), such as BERT (Devlin et al., 2019), XLNet (Yang et al., 2019), RoBERTa (Liu et al., 2019), ALBERT (Lan et al., 2020), T5 (Raffel et al., 2019) and ELECTRA (Clark et al., 2020), have achieved great success in many NLP tasks"
TI2 = "However, PLMs usually have a large number of parameters and take long inference time, which are difficult to be deployed on edge devices such as mobile phones."
TI3 = "Recent studies (Kovaleva et al., 2019; Michel et al., 2019; Voita et al., 2019) demonstrate that there is redundancy in PLMs."
TC1 = "TinyBERT is 7.5x smaller and 9.4x faster on inference than BERT-base and achieves competitive performances in the tasks of natural language understanding."
TC3 = "In general distillation, we use the original BERT-base without fine-tuning as the teacher and a large-scale text corpus as the learning data."
TC4 = "By performing the Transformer distillation on the text from general domain, we obtain a general TinyBERT which provides a good initialization for the task-specific distillation."

claim(P, V, "verbatim", SUP, TA9, [S(TA9)], "the abstract's last sentence, word for word")
claim(P, V, "verbatim", CON,
      "TinyBERT with 4 layers is empirically effective and achieves more than 96.8% the performance of its teacher BERTBASE on GLUE benchmark, while being 7.5x smaller and 8.4x faster on inference.",
      [S(TA7)], "9.4x faster, not 8.4x")

claim(P, V, "paraphrase", SUP,
      "Pre-trained language models are usually computationally expensive, which makes them hard to run efficiently on resource-restricted devices.",
      [S(TA2)], "reworded")
claim(P, V, "paraphrase", PART,
      "TinyBERT's two-stage framework performs Transformer distillation in both pretraining and task-specific learning, with data augmentation in the second stage.",
      [S(TA5)], "the two stages are stated; data augmentation nowhere")
claim(P, V, "paraphrase", CON,
      "TinyBERT performs Transformer distillation only at the task-specific learning stage.",
      [S(TA5), S("It performs a novel transformer distillation at both the pre-training and task-specific learning stages.")], "the source: at both the pretraining and task-specific learning stages")

claim(P, V, "number-format", SUP,
      "TinyBERT with four layers retains over 96.8 percent of its teacher's GLUE performance.",
      [S(TA7)], "more than 96.8%")
claim(P, V, "number-format", CON,
      "4-layer TinyBERT needs only about 31% of the parameters and 28% of the inference time of 4-layer baselines.",
      [S(TA8)], "about 28% of the parameters and 31% of the inference time: the two figures swapped")
claim(P, V, "number-format", SUP,
      "TinyBERT is seven and a half times smaller than BERT-base.",
      [S(TC1)], "7.5x = seven and a half times")
claim(P, V, "number-format", CON,
      "TinyBERT runs about 4.9 times faster than BERT-base at inference.",
      [S(TC1)], "9.4x, not 4.9")

claim(P, V, "sign-direction", SUP,
      "Compared with BERT-base, TinyBERT cuts model size by a factor of 7.5 and is 9.4 times faster at inference.",
      [S(TC1)], "7.5x smaller, 9.4x faster")
claim(P, V, "sign-direction", CON,
      "TinyBERT is 7.5x larger than BERT-base.",
      [S(TC1)], "7.5x smaller, not larger")

claim(P, V, "polarity", SUP,
      "TinyBERT with 4 layers is significantly better than 4-layer state-of-the-art baselines on BERT distillation.",
      [S(TA8)], "stated")
claim(P, V, "polarity", CON,
      "4-layer TinyBERT is significantly worse than 4-layer state-of-the-art baselines on BERT distillation.",
      [S(TA8)], "significantly better, not worse")
claim(P, V, "polarity", CON,
      "Recent studies show that there is no redundancy in pre-trained language models.",
      [S(TI3)], "the source: they demonstrate that there is redundancy in PLMs")
claim(P, V, "polarity", SUP,
      "PLMs have many parameters and long inference time, which makes them difficult to deploy on edge devices such as mobile phones.",
      [S(TI2)], "stated")
claim(P, V, "polarity", CON,
      "TinyBERT with 6 layers falls well short of its teacher BERTBASE.",
      [S(TA9)], "the source: performs on-par with its teacher")

claim(P, V, "entity-swap", SUP,
      "Pre-trained language models such as ELECTRA, T5, ALBERT, RoBERTa, XLNet and BERT have achieved great success in many NLP tasks.",
      [S(TI1)], "the six models, reordered")
claim(P, V, "entity-swap", PART,
      "PLMs such as BERT, XLNet, RoBERTa and GPT-3 have achieved great success in many NLP tasks.",
      [S(TI1)], "BERT, XLNet and RoBERTa named; GPT-3 nowhere")
claim(P, V, "entity-swap", PART,
      "In general distillation, TinyBERT uses the original BERT-base without fine-tuning as the teacher and English Wikipedia as the learning data.",
      [S(TC3)], "teacher stated; the learning data is 'a large-scale text corpus', Wikipedia not named")

claim(P, V, "two-sentences", SUP,
      "TinyBERT's KD method transfers the knowledge of a large teacher BERT to a small student, and a two-stage framework then performs Transformer distillation at both the pretraining and task-specific learning stages.",
      [S(TA4), S(TA5)], "two adjacent abstract sentences")
claim(P, V, "two-sentences", CON,
      "TinyBERT with 4 layers achieves more than 96.8% of its teacher's GLUE performance, and it is also significantly better than 6-layer state-of-the-art baselines on BERT distillation.",
      [S(TA7), S(TA8)], "the baselines it beats are 4-layer ones, not 6-layer")
claim(P, V, "two-sentences", PART,
      "General distillation uses the original BERT-base without fine-tuning as the teacher, and the resulting general TinyBERT was trained for three epochs.",
      [S(TC3), S(TC4)], "the teacher and the general TinyBERT stated; no number of epochs")

claim(P, V, "absent", NF,
      "TinyBERT with 4 layers has 14.5M parameters.", [], "no parameter count in the text (true of the paper)")
claim(P, V, "absent", NF,
      "TinyBERT4 reaches an average score of 77.0 on the GLUE test set.", [], "no GLUE figures in the text")
claim(P, V, "absent", NF,
      "TinyBERT was presented at ICLR 2020.", [], "nowhere in the text")
claim(P, V, "absent", SUP,
      "The general TinyBERT provides a good initialization for task-specific distillation.",
      [S(TC4)], "the last sentence of the model card section")
