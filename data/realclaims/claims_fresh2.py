"""The fresh2 split (issue 13): a second blind set, over four PDF versions of three papers
that no other split contains (SpanBERT, BART, LaBSE v1 and v2), labelled by reading their
truth files before any verdict engine was run on them, and by someone who was not changing
the rules. Never run while the rules change; `calibrate_verdicts.py` treats every split
named fresh* as the independent measure and leaves it out unless named.

Imported at the end of claims_src.py after claims_fresh, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: numbers of a neighbouring cell or another noun,
figures of the paper's other version, facts true of the real paper but absent from the
corpus text, and sets with one member swapped.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH2 = {
    "1907.10529": (3,),  # SpanBERT
    "1910.13461": (1,),  # BART
    "2007.01852": (1, 2),  # LaBSE: v1 (2020 abstract) and v2 (ACL 2022 text)
}
SPLIT.update({paper: "fresh2" for paper in FRESH2})
VERSIONS.update(FRESH2)

# ---------------------------------------------------------------------------------------
# 1907.10529 -- SpanBERT (v3). Abstract, two introduction sentences, the README's model
# sentences, and the README's comparison table (base and large, BERT and SpanBERT).
P, V = "1907.10529", 3
SB_HOW = "Our approach extends BERT by (1) masking contiguous random spans, rather than random tokens, and (2) training the span boundary representations to predict the entire content of the masked span, without relying on the individual token representations within it."
SB_CONS = "SpanBERT consistently outperforms BERT and our better-tuned baselines, with substantial gains on span selection tasks such as question answering and coreference resolution."
SB_SQ = "In particular, with the same training data and model size as BERT-large, our single model obtains 94.6% and 88.7% F1 on SQuAD 1.1 and 2.0, respectively."
SB_SOTA = "We also achieve a new state of the art on the OntoNotes coreference resolution task (79.6% F1), strong performance on the TACRED relation extraction benchmark, and even show gains on GLUE."
SB_IN1 = "Pre-training methods like BERT (Devlin et al., 2019) have shown strong performance gains using self-supervised training that masks individual words or subword units."
SB_IN2 = "However, many NLP tasks involve reasoning about relationships between two or more spans of text."
SB_REL = "We release both base and large cased models for SpanBERT."
SB_CFG = "The base and large models have the same model configuration as BERT but they differ in both the masking scheme and the training objectives."
SB_T1 = "Table 1 compares SpanBERT with BERT models of the same size."
COLS = ["SQuAD 1.1 / F1", "SQuAD 2.0 / F1", "Coref / avg. F1", "TACRED / F1"]


def sb(row: str, col: str, value: str) -> dict:
    return C("Table 1", row, col, value)


claim(P, V, "verbatim", SUP, SB_CONS, [S(SB_CONS)], "the abstract's third sentence, word for word")
claim(P, V, "verbatim", CON,
      "In particular, with the same training data and model size as BERT-large, our single model obtains 94.6% and 86.7% F1 on SQuAD 1.1 and 2.0, respectively.",
      [S(SB_SQ)], "SQuAD 2.0 F1 is 88.7, not 86.7")
claim(P, V, "verbatim", SUP,
      "Our approach extends BERT by (1) masking contiguous random spans, rather than random tokens, and (2) training the span boundary representations to predict the entire cont",
      [S(SB_HOW)], "cut off mid-word; what is left is the source sentence", truncated=True)
claim(P, V, "paraphrase", SUP,
      "SpanBERT masks contiguous spans of text instead of individual tokens and trains the representations at the span boundaries to predict the full content of each masked span.",
      [S(SB_HOW)], "light rewording: instead of = rather than, full = entire")
claim(P, V, "paraphrase", CON,
      "To reconstruct a masked span, SpanBERT relies on the individual token representations inside the span.",
      [S(SB_HOW)], "the source says it predicts the span 'without relying on the individual token representations within it'")
claim(P, V, "paraphrase", PART,
      "Span-level masking gives SpanBERT substantial gains on span selection tasks such as question answering, coreference resolution and named entity recognition.",
      [S(SB_CONS)], "question answering and coreference are named; named entity recognition is not")
claim(P, V, "polarity", SUP,
      "When it predicts a masked span, SpanBERT does not rely on the individual token representations within that span.",
      [S(SB_HOW)], "the negation is kept: 'without relying on'")
claim(P, V, "polarity", CON,
      "Joshi et al. find that SpanBERT only occasionally outperforms BERT and their better-tuned baselines.",
      [S(SB_CONS)], "'consistently outperforms', not occasionally")
claim(P, V, "polarity", CON,
      "SpanBERT performs poorly on the TACRED relation extraction benchmark.",
      [S(SB_SOTA)], "the source reports 'strong performance' on TACRED")
claim(P, V, "polarity", SUP,
      "The authors report strong performance for SpanBERT on TACRED relation extraction.",
      [S(SB_SOTA)], "strong performance on TACRED, as stated")
claim(P, V, "polarity", CON,
      "SpanBERT's improvements do not carry over to GLUE.",
      [S(SB_SOTA)], "the source says it 'even show[s] gains on GLUE'")
claim(P, V, "number-format", SUP,
      "SpanBERT-large scores 94.6 F1 on SQuAD 1.1 and 88.7 on SQuAD 2.0.",
      [S(SB_SQ)], "94.6% and 88.7% F1 = 94.6 and 88.7")
claim(P, V, "number-format", CON,
      "SpanBERT sets a new OntoNotes coreference state of the art at 76.9% F1.",
      [S(SB_SOTA)], "79.6% F1, not 76.9%")
claim(P, V, "number-format", SUP,
      "On OntoNotes coreference resolution SpanBERT reaches just under 80% F1, a new state of the art.",
      [S(SB_SOTA)], "79.6% is just under 80%")
claim(P, V, "number-format", CON,
      "With BERT-large's data and size, SpanBERT obtains 94.6% F1 on SQuAD 2.0 and 88.7% on SQuAD 1.1.",
      [S(SB_SQ)], "the two numbers belong to the other SQuAD version (94.6 on 1.1, 88.7 on 2.0)")
claim(P, V, "table-cell", SUP,
      "On TACRED, SpanBERT (large) reaches an F1 of 70.8.",
      [sb("SpanBERT (large)", "TACRED / F1", "70.8")], "the cell")
claim(P, V, "table-cell", CON,
      "SpanBERT (base) reaches 77.1 average F1 on coreference resolution.",
      [sb("SpanBERT (base)", "Coref / avg. F1", "77.4"), sb("BERT (large)", "Coref / avg. F1", "77.1")],
      "SpanBERT (base) has 77.4; 77.1 is BERT (large)'s cell")
claim(P, V, "table-cell", CON,
      "BERT (large) obtains 83.6 F1 on SQuAD 2.0.",
      [sb("BERT (large)", "SQuAD 2.0 / F1", "83.3"), sb("SpanBERT (base)", "SQuAD 2.0 / F1", "83.6")],
      "BERT (large) has 83.3; 83.6 is SpanBERT (base)'s cell")
claim(P, V, "table-cell", PART,
      "SpanBERT (base) reaches 68.2 F1 on TACRED and 84.9 F1 on NewsQA.",
      [sb("SpanBERT (base)", "TACRED / F1", "68.2")], "the TACRED cell is right; no NewsQA figure anywhere")
claim(P, V, "table-cell", SUP,
      "BERT (base) manages only 76.5 F1 on SQuAD 2.0.",
      [sb("BERT (base)", "SQuAD 2.0 / F1", "76.5")], "the cell")
claim(P, V, "table-computed", SUP,
      "On SQuAD 2.0 the base SpanBERT model improves on BERT (base) by 7.1 F1.",
      [sb("SpanBERT (base)", "SQuAD 2.0 / F1", "83.6"), sb("BERT (base)", "SQuAD 2.0 / F1", "76.5")],
      "83.6 - 76.5 = 7.1")
claim(P, V, "table-computed", CON,
      "On TACRED, SpanBERT (large) beats BERT (large) by 2.4 F1.",
      [sb("SpanBERT (large)", "TACRED / F1", "70.8"), sb("BERT (large)", "TACRED / F1", "66.4")],
      "70.8 - 66.4 = 4.4, not 2.4")
claim(P, V, "table-computed", SUP,
      "SpanBERT (base) already outperforms BERT (large) on all four benchmarks of the comparison table.",
      [sb("SpanBERT (base)", c, v) for c, v in zip(COLS, ["92.4", "83.6", "77.4", "68.2"])]
      + [sb("BERT (large)", c, v) for c, v in zip(COLS, ["91.3", "83.3", "77.1", "66.4"])],
      "92.4 > 91.3, 83.6 > 83.3, 77.4 > 77.1, 68.2 > 66.4")
claim(P, V, "table-computed", CON,
      "BERT (large)'s weakest result in the comparison is its coreference score.",
      [sb("BERT (large)", c, v) for c, v in zip(COLS, ["91.3", "83.3", "77.1", "66.4"])],
      "the row's minimum is TACRED (66.4), not Coref (77.1)")
claim(P, V, "table-computed", SUP,
      "Averaged over the four benchmarks, SpanBERT (large) scores 83.4 F1.",
      [sb("SpanBERT (large)", c, v) for c, v in zip(COLS, ["94.6", "88.7", "79.6", "70.8"])],
      "(94.6 + 88.7 + 79.6 + 70.8) / 4 = 83.425")
claim(P, V, "table-computed", CON,
      "The gap between SpanBERT (large) and BERT (large) on SQuAD 1.1 is 4.3 F1.",
      [sb("SpanBERT (large)", "SQuAD 1.1 / F1", "94.6"), sb("BERT (large)", "SQuAD 1.1 / F1", "91.3")],
      "94.6 - 91.3 = 3.3, not 4.3")
claim(P, V, "two-sentences", SUP,
      "While pre-training methods such as BERT mask individual words or subword units, many NLP tasks involve reasoning about relationships between two or more spans of text.",
      [S(SB_IN1), S(SB_IN2)], "the two introduction sentences joined")
claim(P, V, "two-sentences", CON,
      "BERT-style pre-training that masks individual subword units has shown strong gains, yet few NLP tasks involve reasoning about relationships between spans of text.",
      [S(SB_IN1), S(SB_IN2)], "first half stated; the second says 'many NLP tasks', not few")
claim(P, V, "two-sentences", PART,
      "SpanBERT is released as base and large cased models, which share BERT's configuration but differ from it in masking scheme, training objectives and vocabulary.",
      [S(SB_REL), S(SB_CFG)], "masking scheme and training objectives are stated; vocabulary is not")
claim(P, V, "two-sentences", SUP,
      "The released base and large cased SpanBERT models keep BERT's model configuration and differ from it in the masking scheme and the training objectives.",
      [S(SB_REL), S(SB_CFG)], "the two README sentences joined")
claim(P, V, "entity-swap", SUP,
      "SpanBERT shows substantial gains on span selection tasks like coreference resolution and question answering.",
      [S(SB_CONS)], "the same two tasks in the other order")
claim(P, V, "entity-swap", PART,
      "With the same training data and model size as BERT-large, SpanBERT obtains 94.6% and 88.7% F1 on SQuAD 1.1 and TriviaQA.",
      [S(SB_SQ)], "the source's second dataset is SQuAD 2.0; TriviaQA is not mentioned")
claim(P, V, "entity-swap", PART,
      "SpanBERT achieves a new state of the art both on OntoNotes coreference resolution and on the TACRED relation extraction benchmark.",
      [S(SB_SOTA)], "state of the art is claimed for OntoNotes only; TACRED gets 'strong performance'")
claim(P, V, "entity-swap", PART,
      "SpanBERT consistently outperforms BERT and XLNet, with substantial gains on span selection tasks.",
      [S(SB_CONS)], "BERT and 'our better-tuned baselines'; XLNet is not mentioned")
claim(P, V, "absent", NF,
      "SpanBERT samples span lengths from a geometric distribution clipped at 10 tokens.",
      [], "true of the real paper; the corpus text never says it")
claim(P, V, "absent", NF,
      "SpanBERT drops BERT's next sentence prediction objective and trains on single contiguous segments.",
      [], "not in the corpus text")
claim(P, V, "absent", NF,
      "The large SpanBERT model has 340M parameters.",
      [], "no parameter count in the corpus text")
claim(P, V, "absent", SUP,
      "The paper's comparison table sets SpanBERT against BERT models of the same size.",
      [S(SB_T1)], "the results section's one sentence")
claim(P, V, "absent", NF,
      "On SearchQA, SpanBERT improves exact match by 2.6 points over Google's BERT.",
      [], "no SearchQA result in the corpus text")

# ---------------------------------------------------------------------------------------
# 1910.13461 -- BART (v1). arXiv abstract, the fairseq README introduction, the README's
# model table (table*) and CNN/Daily Mail ROUGE table.
P, V = "1910.13461", 1
BA_WHAT = "We present BART, a denoising autoencoder for pretraining sequence-to-sequence models."
BA_TRAIN = "BART is trained by (1) corrupting text with an arbitrary noising function, and (2) learning a model to reconstruct the original text."
BA_ARCH = "It uses a standard Tranformer-based neural machine translation architecture which, despite its simplicity, can be seen as generalizing BERT (due to the bidirectional encoder), GPT (with the left-to-right decoder), and many other more recent pretraining schemes."
BA_NOISE = "We evaluate a number of noising approaches, finding the best performance by both randomly shuffling the order of the original sentences and using a novel in-filling scheme, where spans of text are replaced with a single mask token."
BA_GEN = "BART is particularly effective when fine tuned for text generation but also works well for comprehension tasks."
BA_MATCH = "It matches the performance of RoBERTa with comparable training resources on GLUE and SQuAD, achieves new state-of-the-art results on a range of abstractive dialogue, question answering, and summarization tasks, with gains of up to 6 ROUGE."
BA_BLEU = "BART also provides a 1.1 BLEU increase over a back-translation system for machine translation, with only target language pretraining."
BA_ABL = "We also report ablation experiments that replicate other pretraining schemes within the BART framework, to better measure which factors most influence end-task performance."
BA_R1 = "BART is sequence-to-sequence model trained with denoising as pretraining objective."
BA_R2 = "We show that this pretraining objective is more generic and show that we can match RoBERTa results on SQuAD and GLUE and gain state-of-the-art results on summarization (XSum, CNN dataset), long form generative question answering (ELI5) and dialog response genration (ConvAI2)."
ROUGE = {"BERTSUMEXTABS": ("42.13", "19.60", "39.18"), "bart.large": ("44.16", "21.28", "40.90")}


def rg(row: str, col: str) -> dict:
    return C("Table 2", row, col, ROUGE[row][("R1", "R2", "RL").index(col)])


def params(row: str, value: str) -> dict:
    return C("Table 1", row, "# params", value)


claim(P, V, "verbatim", SUP, BA_BLEU, [S(BA_BLEU)], "the abstract's sentence, word for word")
claim(P, V, "verbatim", CON,
      "BART also provides a 1.4 BLEU increase over a back-translation system for machine translation, with only target language pretraining.",
      [S(BA_BLEU)], "1.1 BLEU, not 1.4")
claim(P, V, "paraphrase", SUP,
      "BART is pre-trained by corrupting text with an arbitrary noising function and learning to reconstruct the original text.",
      [S(BA_TRAIN)], "the two training steps reworded")
claim(P, V, "paraphrase", SUP,
      "Despite its simplicity, BART's standard Transformer translation architecture can be viewed as generalising BERT, through its bidirectional encoder, and GPT, through its left-to-right decoder.",
      [S(BA_ARCH)], "light rewording (the source's 'Tranformer' typo aside)")
claim(P, V, "paraphrase", CON,
      "BART works well on comprehension tasks but is less effective when fine-tuned for text generation.",
      [S(BA_GEN)], "the source says it is 'particularly effective' for text generation")
claim(P, V, "paraphrase", PART,
      "BART performs best with sentence shuffling combined with text in-filling, where spans whose lengths follow a Poisson distribution are replaced by a single mask token.",
      [S(BA_NOISE)], "shuffling and in-filling with one mask token are stated; the Poisson span lengths are not")
claim(P, V, "polarity", SUP,
      "Despite its simplicity, BART's standard Transformer architecture can be seen as generalizing both BERT and GPT.",
      [S(BA_ARCH)], "simplicity kept")
claim(P, V, "polarity", CON,
      "BART relies on a complex, non-standard architecture rather than a standard Transformer.",
      [S(BA_ARCH)], "the source: 'a standard Tranformer-based ... architecture ... despite its simplicity'")
claim(P, V, "polarity", CON,
      "In BART's in-filling scheme, each span of text is replaced with multiple mask tokens.",
      [S(BA_NOISE)], "spans are replaced with a single mask token")
claim(P, V, "polarity", SUP,
      "Shuffling the order of the original sentences together with text in-filling gave the best performance among the noising approaches BART evaluates.",
      [S(BA_NOISE)], "both, as stated")
claim(P, V, "polarity", CON,
      "BART needs source-language pretraining to improve on a back-translation system for machine translation.",
      [S(BA_BLEU)], "the gain comes 'with only target language pretraining'")
claim(P, V, "number-format", SUP,
      "On summarization, dialogue and QA, BART improves on the previous state of the art by as much as six ROUGE points.",
      [S(BA_MATCH)], "'gains of up to 6 ROUGE' = as much as six")
claim(P, V, "number-format", CON,
      "BART's new state-of-the-art results come with gains of up to 3.5 ROUGE.",
      [S(BA_MATCH)], "this version says up to 6 ROUGE (3.5 is the ACL abstract's figure, not in this text)")
claim(P, V, "number-format", SUP,
      "bart.large has 400 million parameters.",
      [params("bart.large", "400M")], "400M = 400 million")
claim(P, V, "number-format", CON,
      "The base BART model has roughly 110M parameters.",
      [params("bart.base", "140M")], "bart.base has 140M")
claim(P, V, "number-format", SUP,
      "bart.base stacks six encoder and decoder layers, half as many as bart.large.",
      [C("Table 1", "bart.base", "Description", "BART model with 6 encoder and decoder layers"),
       C("Table 1", "bart.large", "Description", "BART model with 12 encoder and decoder layers")],
      "6 = six; 6 is half of 12")
claim(P, V, "number-format", CON,
      "bart.large is built from 16 encoder and decoder layers.",
      [C("Table 1", "bart.large", "Description", "BART model with 12 encoder and decoder layers")],
      "12 layers, not 16")
claim(P, V, "sign-direction", SUP,
      "Over BERTSUMEXTABS, bart.large raises ROUGE-2 on CNN/Daily Mail by 1.68.",
      [rg("bart.large", "R2"), rg("BERTSUMEXTABS", "R2")], "21.28 - 19.60 = +1.68")
claim(P, V, "sign-direction", CON,
      "Relative to BERTSUMEXTABS, bart.large lowers ROUGE-L on CNN/Daily Mail by 1.72.",
      [rg("bart.large", "RL"), rg("BERTSUMEXTABS", "RL")], "40.90 - 39.18 = +1.72: a rise, not a drop")
claim(P, V, "sign-direction", CON,
      "BERTSUMEXTABS is ahead of bart.large by 2.03 ROUGE-1 on CNN/DM.",
      [rg("bart.large", "R1"), rg("BERTSUMEXTABS", "R1")], "44.16 - 42.13 = 2.03 in bart.large's favour")
claim(P, V, "sign-direction", SUP,
      "BERTSUMEXTABS trails bart.large by 2.03 ROUGE-1 on CNN/Daily Mail.",
      [rg("bart.large", "R1"), rg("BERTSUMEXTABS", "R1")], "42.13 is 2.03 below 44.16")
claim(P, V, "sign-direction", SUP,
      "Compared with a back-translation system, BART increases BLEU by 1.1 using only target-language pretraining.",
      [S(BA_BLEU)], "a 1.1 BLEU increase")
claim(P, V, "sign-direction", CON,
      "BART scores 1.1 BLEU below a back-translation baseline in machine translation.",
      [S(BA_BLEU)], "1.1 BLEU above it (an increase), not below")
claim(P, V, "table-cell", SUP,
      "bart.large reaches 44.16 ROUGE-1 on the CNN/Daily Mail test set.",
      [rg("bart.large", "R1")], "the cell")
claim(P, V, "table-cell", CON,
      "On CNN/DM, bart.large reaches an R2 of 21.82.",
      [rg("bart.large", "R2")], "21.28, not 21.82")
claim(P, V, "table-cell", CON,
      "BERTSUMEXTABS scores 39.18 ROUGE-2 on CNN/Daily Mail.",
      [rg("BERTSUMEXTABS", "R2"), rg("BERTSUMEXTABS", "RL")], "its R2 is 19.60; 39.18 is its RL cell")
claim(P, V, "table-cell", PART,
      "bart.large obtains 40.90 ROUGE-L on CNN/Daily Mail and 45.14 ROUGE-1 on XSum.",
      [rg("bart.large", "RL")], "the CNN/DM cell is right; no XSum figure anywhere")
claim(P, V, "table-computed", SUP,
      "Averaged over R1, R2 and RL, bart.large scores 35.45 on CNN/Daily Mail.",
      [rg("bart.large", "R1"), rg("bart.large", "R2"), rg("bart.large", "RL")],
      "(44.16 + 21.28 + 40.90) / 3 = 35.447")
claim(P, V, "table-computed", CON,
      "On CNN/Daily Mail, bart.large's largest margin over BERTSUMEXTABS is in ROUGE-L.",
      [rg("bart.large", c) for c in ("R1", "R2", "RL")] + [rg("BERTSUMEXTABS", c) for c in ("R1", "R2", "RL")],
      "margins: R1 2.03, R2 1.68, RL 1.72 -- the largest is R1")
claim(P, V, "table-computed", SUP,
      "Four of the five released BART checkpoints have 400M parameters.",
      [params("bart.base", "140M"), params("bart.large", "400M"), params("bart.large.mnli", "400M"),
       params("bart.large.cnn", "400M"), params("bart.large.xsum", "400M")],
      "count of 400M cells in the column: 4 of 5")
claim(P, V, "table-computed", SUP,
      "With 140M parameters, bart.base is less than half the size of the 400M-parameter bart.large.",
      [params("bart.base", "140M"), params("bart.large", "400M")], "140 / 400 = 0.35 < 0.5")
claim(P, V, "two-sentences", SUP,
      "BART is a denoising autoencoder for pretraining sequence-to-sequence models, trained by corrupting text with a noising function and learning to reconstruct the original.",
      [S(BA_WHAT), S(BA_TRAIN)], "the abstract's first two sentences joined")
claim(P, V, "two-sentences", CON,
      "BART is effective when fine-tuned for text generation but does not work well for comprehension tasks, where it falls short of RoBERTa on GLUE and SQuAD.",
      [S(BA_GEN), S(BA_MATCH)], "it 'also works well for comprehension tasks' and matches RoBERTa on GLUE and SQuAD")
claim(P, V, "two-sentences", PART,
      "BART is a sequence-to-sequence model trained with a denoising objective that the authors show to be more generic and twice as fast to train as RoBERTa.",
      [S(BA_R1), S(BA_R2)], "denoising objective and 'more generic' stated; nothing on training speed")
claim(P, V, "two-sentences", SUP,
      "BART is trained with denoising as its pretraining objective, which the authors show is more generic.",
      [S(BA_R1), S(BA_R2)], "the README's two sentences joined")
claim(P, V, "entity-swap", SUP,
      "Given comparable training resources, BART matches RoBERTa on SQuAD and GLUE.",
      [S(BA_MATCH)], "GLUE and SQuAD in the other order")
claim(P, V, "entity-swap", PART,
      "BART achieves new state-of-the-art results on a range of abstractive dialogue, question answering and machine translation tasks.",
      [S(BA_MATCH)], "the third task type is summarization; machine translation gets a BLEU gain over back-translation, not a state-of-the-art claim")
claim(P, V, "entity-swap", SUP,
      "BART reaches state-of-the-art results on summarization (CNN, XSum), long-form generative question answering (ELI5) and dialogue response generation (ConvAI2).",
      [S(BA_R2)], "the README's list, reordered")
claim(P, V, "entity-swap", PART,
      "BART matches the performance of RoBERTa and XLNet on GLUE and SQuAD.",
      [S(BA_MATCH)], "RoBERTa only; XLNet is not mentioned")
claim(P, V, "entity-swap", PART,
      "Lewis et al. report state-of-the-art results on summarization (XSum, CNN), ELI5 and ConvAI2, as well as on WMT16 Romanian-English translation.",
      [S(BA_R2)], "WMT16 Romanian-English is not mentioned")
claim(P, V, "absent", NF,
      "BART was pre-trained for 500K steps with a batch size of 8,000.",
      [], "not in the corpus text")
claim(P, V, "absent", NF,
      "BART's in-filling span lengths are drawn from a Poisson distribution with lambda = 3.",
      [], "true of the real paper; not in the corpus text")
claim(P, V, "absent", NF,
      "bart.large uses a vocabulary of 50K byte-level BPE tokens.",
      [], "no vocabulary in the corpus text")
claim(P, V, "absent", SUP,
      "The BART authors also run ablations that replicate other pretraining schemes inside the BART framework.",
      [S(BA_ABL)], "the abstract's last sentence")
claim(P, V, "absent", NF,
      "BART outperforms T5 on the SuperGLUE benchmark.",
      [], "neither T5 nor SuperGLUE is mentioned")

# ---------------------------------------------------------------------------------------
# 2007.01852 -- LaBSE. v1: the 2020 abstract (109 languages, bi-directional dual encoders,
# BUCC and UN). v2: the ACL 2022 abstract and introduction (80% less parallel data,
# CommonCrawl NMT, monolingual transfer, the hard-negatives footnote, the TF Hub release).
P = "2007.01852"
L1_109 = "We adapt multilingual BERT to produce language-agnostic sentence embeddings for 109 languages."
L1_NOT = "While English sentence embeddings have been obtained by fine-tuning a pretrained BERT model, such models have not been applied to multilingual sentence embeddings."
L1_COMB = "Our model combines masked language model (MLM) and translation language model (TLM) pretraining with a translation ranking task using bi-directional dual encoders."
L1_ACC = "The resulting multilingual sentence embeddings improve average bi-text retrieval accuracy over 112 languages to 83.7%, well above the 65.5% achieved by the prior state-of-the-art on Tatoeba."
L1_BUCC = "Our sentence embeddings also establish new state-of-the-art results on BUCC and UN bi-text retrieval."
L2_INV = "masked language modeling (MLM), translation language modeling (TLM) (Conneau and Lample, 2019), dual encoder translation ranking (Guo et al., 2018), and additive margin softmax (Yang et al., 2019a)."
L2_80 = "We show that introducing a pre-trained multilingual language model dramatically reduces the amount of parallel training data required to achieve good performance by 80%."
L2_ACC = "Composing the best of these methods produces a model that achieves 83.7% bi-text retrieval accuracy over 112 languages on Tatoeba, well above the 65.5% achieved by Artetxe and Schwenk (2019b), while still performing competitively on monolingual transfer learning benchmarks (Conneau and Kiela, 2018)."
L2_NMT = "Parallel data mined from CommonCrawl using our best model is shown to train competitive NMT models for en-zh and en-de."
L2_REL = "We publicly release our best multilingual sentence embedding model for 109+ languages at https://tfhub.dev/google/LaBSE."
L2_USEFUL = "Such embeddings are useful for clustering, retrieval, and modular use of text representations for downstream tasks."
L2_NOTWELL = "While existing cross-lingual sentence embedding models incorporate large transformer models, using large pretrained language models is not well explored."
L2_PRIOR = "Rather in prior work, encoders are trained directly on translation pairs, or on translation pairs combined with monolingual input-response prediction."
L2_DUAL = "In our exploration, we make use of dual-encoder models, which have been demonstrated as an effective approach for learning bilingual sentence embeddings."
L2_SCRATCH = "However, diverging from prior work, rather than training encoders from scratch, we investigate using pre-trained encoders based on large language models."
L2_MARGIN = "We contrast models with and without additive margin softmax."
L2_FOOT = "We also investigate the impact of mining hard negatives, but found it doesn't provide additional gain on top of other approaches."
L2_UN = "Our massively multilingual models outperform the previous state-of-the-art on large bi-text retrieval tasks including the United Nations (UN) corpus and BUCC."

claim(P, 2, "verbatim", SUP, L2_80, [S(L2_80)], "v2's abstract sentence word for word; v1 has no such figure",
      per={1: NF})
claim(P, 1, "verbatim", CON,
      "The resulting multilingual sentence embeddings improve average bi-text retrieval accuracy over 112 languages to 83.7%, well above the 56.5% achieved by the prior state-of-the-art on Tatoeba.",
      [S(L1_ACC), S("well above the 65.5% achieved by Artetxe and Schwenk (2019b)", 2)],
      "the earlier system's 65.5%, not 56.5%, in both versions")
claim(P, 2, "number-format", SUP,
      "Introducing a pre-trained multilingual language model cuts the parallel training data LaBSE needs for good performance by four fifths.",
      [S(L2_80)], "80% = four fifths; v1 has no such figure", per={1: NF})
claim(P, 2, "number-format", CON,
      "A pre-trained multilingual language model reduces the parallel data LaBSE needs by about 60%.",
      [S(L2_80)], "80%, not about 60%; v1 says nothing of it", per={1: NF})
claim(P, 1, "number-format", SUP,
      "LaBSE's average bi-text retrieval accuracy over 112 languages on Tatoeba reaches 83.7 percent.",
      [S(L1_ACC), S(L2_ACC, 2)], "83.7% = 83.7 percent, in both versions")
claim(P, 2, "number-format", CON,
      "LaBSE reaches 83.7% bi-text retrieval accuracy on Tatoeba across 109 languages.",
      [S(L2_ACC), S(L1_ACC, 1)], "the Tatoeba figure is over 112 languages in both versions; 109 counts the model's languages")
claim(P, 1, "sign-direction", SUP,
      "LaBSE's Tatoeba accuracy of 83.7% sits 18.2 points above the 65.5% it is compared with.",
      [S(L1_ACC), S(L2_ACC, 2)], "83.7 - 65.5 = 18.2, in both versions")
claim(P, 2, "sign-direction", CON,
      "On Tatoeba, LaBSE trails the 65.5% of Artetxe and Schwenk by 18.2 points.",
      [S(L2_ACC), S(L1_ACC, 1)], "83.7% is 18.2 above 65.5%, not below (v1: the same two numbers)")
claim(P, 2, "sign-direction", SUP,
      "Adding a pre-trained multilingual language model lowers the parallel training data LaBSE requires by 80%.",
      [S(L2_80)], "reduces = lowers; not in v1", per={1: NF})
claim(P, 2, "sign-direction", CON,
      "Pre-trained multilingual language models increase the amount of parallel training data LaBSE needs by 80%.",
      [S(L2_80)], "they reduce it by 80%; not in v1", per={1: NF})
claim(P, 2, "polarity", SUP,
      "In LaBSE, mining hard negatives did not provide any additional gain on top of the other approaches.",
      [S(L2_FOOT)], "v2's footnote, negation kept; not in v1", per={1: NF})
claim(P, 2, "polarity", CON,
      "The LaBSE authors find that mining hard negatives gives an additional gain on top of their other approaches.",
      [S(L2_FOOT)], "the footnote: it 'doesn't provide additional gain'; not in v1", per={1: NF})
claim(P, 2, "polarity", CON,
      "LaBSE trains its dual encoders from scratch rather than starting from pre-trained encoders.",
      [S(L2_SCRATCH), S(L1_109, 1)],
      "v2: 'rather than training encoders from scratch, we investigate using pre-trained encoders'; v1 adapts multilingual BERT")
claim(P, 2, "polarity", SUP,
      "Before LaBSE, large pretrained language models had not been well explored for cross-lingual sentence embeddings.",
      [S(L2_NOTWELL), S(L1_NOT, 1)], "v2: 'not well explored'; v1: 'have not been applied to multilingual sentence embeddings'")
claim(P, 2, "polarity", CON,
      "Large pretrained language models were already well explored for cross-lingual sentence embeddings before LaBSE.",
      [S(L2_NOTWELL), S(L1_NOT, 1)], "both versions say the opposite")
claim(P, 2, "polarity", CON,
      "LaBSE performs poorly on monolingual transfer learning benchmarks.",
      [S(L2_ACC)], "v2: 'still performing competitively'; v1 does not mention monolingual transfer", per={1: NF})
claim(P, 2, "entity-swap", PART,
      "LaBSE outperforms the previous state of the art on bi-text retrieval on BUCC and the WMT news corpus.",
      [S(L2_UN), S(L1_BUCC, 1)], "both versions name BUCC and UN; the WMT news corpus is not mentioned")
claim(P, 1, "entity-swap", SUP,
      "LaBSE's sentence embeddings set new state-of-the-art results on UN and BUCC bi-text retrieval.",
      [S(L1_BUCC), S(L2_UN, 2)], "the same two tasks reordered; v2 says the same in its introduction")
claim(P, 2, "entity-swap", PART,
      "Bitext mined from CommonCrawl with LaBSE trains competitive NMT models for en-zh and en-fr.",
      [S(L2_NMT)], "en-zh and en-de; en-fr is not mentioned; v1 has no NMT sentence", per={1: NF})
claim(P, 2, "entity-swap", SUP,
      "Parallel data that LaBSE mines from CommonCrawl yields competitive en-de and en-zh NMT models.",
      [S(L2_NMT)], "the two pairs reordered; not in v1", per={1: NF})
claim(P, 2, "entity-swap", PART,
      "LaBSE combines masked language modeling, translation language modeling, dual encoder translation ranking and a contrastive hard-negative loss.",
      [S(L2_INV), S(L1_COMB, 1)],
      "the three are stated in both versions; the fourth is additive margin softmax in v2 and nothing in v1")
claim(P, 2, "entity-swap", PART,
      "Cross-lingual sentence embeddings are useful for clustering, retrieval and machine translation quality estimation.",
      [S(L2_USEFUL)], "the third use is modular use of text representations; v1 has no such sentence", per={1: NF})
claim(P, 2, "two-sentences", SUP,
      "LaBSE builds on dual-encoder models, an approach shown to be effective for bilingual sentence embeddings, but starts from pre-trained encoders based on large language models instead of training them from scratch.",
      [S(L2_DUAL), S(L2_SCRATCH), S(L1_COMB, 1)],
      "v2's two adjacent sentences; v1 has dual encoders and pretraining but nothing on their earlier effectiveness or on training from scratch",
      per={1: PART})
claim(P, 2, "two-sentences", CON,
      "Existing cross-lingual sentence embedding models avoid large transformer models, and using large pretrained language models for them is well explored.",
      [S(L2_NOTWELL), S(L1_NOT, 1)],
      "v2: they incorporate large transformer models and pretrained LMs are 'not well explored'; v1: 'have not been applied'")
claim(P, 2, "two-sentences", PART,
      "Prior work trains encoders directly on translation pairs, sometimes adding monolingual input-response prediction, and covers fewer than 50 languages.",
      [S(L2_PRIOR)], "the training stated; no language count for prior work; nothing in v1", per={1: NF})
claim(P, 2, "two-sentences", SUP,
      "The authors compare models with and without additive margin softmax, and add in a footnote that mining hard negatives brings no additional gain.",
      [S(L2_MARGIN), S(L2_FOOT)], "the sentence and its footnote; not in v1", per={1: NF})
claim(P, 1, "version-drift", SUP,
      "LaBSE uses bi-directional dual encoders for its translation ranking task.",
      [S(L1_COMB), S(L2_INV, 2)], "v1 states it; v2 has 'dual encoder translation ranking' but not bi-directional",
      per={2: PART})
claim(P, 1, "version-drift", NF,
      "The best LaBSE model is publicly released on TF Hub.",
      [S(L2_REL, 2)], "only v2 has the release sentence", per={2: SUP})
claim(P, 1, "version-drift", NF,
      "Parallel data mined with LaBSE trains competitive NMT models.",
      [S(L2_NMT, 2)], "only v2 has the CommonCrawl NMT sentence", per={2: SUP})
claim(P, 2, "version-drift", SUP,
      "Despite its multilingual focus, LaBSE still performs competitively on monolingual transfer learning benchmarks.",
      [S(L2_ACC)], "v2's abstract; v1 never mentions monolingual transfer", per={1: NF})
claim(P, 2, "version-drift", SUP,
      "LaBSE reduces the parallel training data needed by 80% and reaches 83.7% accuracy over 112 languages on Tatoeba.",
      [S(L2_80), S(L2_ACC), S(L1_ACC, 1)], "v2 states both; v1 has the Tatoeba figure only",
      per={1: PART})
claim(P, 1, "absent", NF,
      "LaBSE was trained on about 6 billion translation pairs.",
      [], "true of the real paper; in neither version's corpus text")
claim(P, 2, "absent", NF,
      "LaBSE uses a 501K-token vocabulary shared across its languages.",
      [], "in neither version's corpus text")
claim(P, 2, "absent", NF,
      "LaBSE's encoder is a 12-layer Transformer with 768 hidden units.",
      [], "no architecture size in either version's corpus text")
claim(P, 2, "absent", SUP,
      "The authors note that mining hard negatives adds nothing on top of their other approaches and refer readers to the supplemental material.",
      [S(L2_FOOT), S("See supplemental material for details.")], "v2's footnote; not in v1", per={1: NF})
claim(P, 1, "absent", NF,
      "LaBSE's embeddings were distilled into a smaller model for on-device use.",
      [], "in neither version's corpus text")
