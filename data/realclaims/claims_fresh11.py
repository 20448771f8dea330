"""The fresh11 split (issue 13): an eleventh blind set, over six PDF versions of four papers
that no other split contains (ULMFiT v1/v5, DDPM v2, GCN v4, self-consistency v1/v4),
labelled by reading their truth files before any verdict engine was run on them, by someone
who was not changing the rules. Never run while the rules change; `calibrate_verdicts.py`
treats every split named fresh* other than the development ones as independent and leaves it
out unless named.

Imported at the end of claims_src.py after claims_fresh10, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way (10^-4 as 0.0001, 5e-4, a label rate of 0.001 as 0.1%), a reversed difference, an
antonym or a dropped negation, a swapped list member, a mean, a sum, a difference or a
best-in-column only a table implies (error rates and FID, where lower is better), the other
version's wording, and facts true of the real paper but absent from the corpus text. Both v1s
(ULMFiT, self-consistency) are the abstract alone, with other numbers and names than the
later abstracts ("FitLaM", "five" tasks; "GSM8K (+10%)", "MultiArith (+24%)").
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH11 = {
    "1801.06146": (1, 5),  # ULMFiT: v1 (FitLaM abstract alone) and v5 (ACL 2018 text)
    "2006.11239": (2,),  # DDPM, "Denoising Diffusion Probabilistic Models"
    "1609.02907": (4,),  # GCN, "Semi-Supervised Classification with Graph Convolutional Networks"
    "2203.11171": (1, 4),  # self-consistency: v1 (abstract alone) and v4
}
SPLIT.update({paper: "fresh11" for paper in FRESH11})
VERSIONS.update(FRESH11)

# ---------------------------------------------------------------------------------------
# 1801.06146 -- ULMFiT. v1: the FitLaM abstract alone ("five text classification tasks", no
# 100-labelled-examples sentence); v5: abstract, introduction, method sentences, experiments
# with Table 1 (datasets), Table 2 (IMDb / TREC-6 groups), Table 3 (four datasets), analysis
# with Table 4 (pretraining) and Table 5 (classifier fine-tuning). Error rates: lower is better.
P = "1801.06146"
U5 = {1: NF}  # a claim on v5's body or tables: v1 (the abstract alone) states nothing of it
U1_TL = "Transfer learning has revolutionized computer vision, but existing approaches in NLP still require task-specific modifications and training from scratch."
U1_PROP = "We propose Fine-tuned Language Models (FitLaM), an effective transfer learning method that can be applied to any task in NLP, and introduce techniques that are key for fine-tuning a state-of-the-art language model."
U1_FIVE = "Our method significantly outperforms the state-of-the-art on five text classification tasks, reducing the error by 18-24% on the majority of datasets."
U1_OPEN = "We open-source our pretrained models and code to enable adoption by the community."
U_TL = "Inductive transfer learning has greatly impacted computer vision, but existing approaches in NLP still require task-specific modifications and training from scratch."
U_PROP = "We propose Universal Language Model Fine-tuning (ULMFiT), an effective transfer learning method that can be applied to any task in NLP, and introduce techniques that are key for fine-tuning a language model."
U_SIX = "Our method significantly outperforms the state-of-the-art on six text classification tasks, reducing the error by 18-24% on the majority of datasets."
U_100 = "Furthermore, with only 100 labeled examples, it matches the performance of training from scratch on 100x more data."
U_OPEN = "We open-source our pretrained models and code."
U_APPLIED = "Applied CV models (including object detection, classification, and segmentation) are rarely trained from scratch, but instead are fine-tuned from models that have been pretrained on ImageNet, MS-COCO, and other datasets."
U_UNSUCC = "However, inductive transfer via fine-tuning has been unsuccessful for NLP."
U_DAILE = "Dai and Le (2015) first proposed fine-tuning a language model (LM) but require millions of in-domain documents to achieve good performance, which severely limits its applicability."
U_LACK = "We show that not the idea of LM fine-tuning but our lack of knowledge of how to train them effectively has been hindering wider adoption."
U_OVERFIT = "LMs overfit to small datasets and suffered catastrophic forgetting when fine-tuned with a classifier."
U_SHALLOW = "Compared to CV, NLP models are typically more shallow and thus require different fine-tuning methods."
U_CONTRIB2 = "2) We propose discriminative fine-tuning, slanted triangular learning rates, and gradual unfreezing, novel techniques to retain previous knowledge and avoid catastrophic forgetting during fine-tuning."
U_AWD = "In our experiments, we use the state-of-the-art language model AWD-LSTM, a regular LSTM (with no attention, short-cut connections, or other sophisticated additions) with various tuned dropout hyperparameters."
U_WIKI = "We pretrain the language model on Wikitext-103 consisting of 28,595 preprocessed Wikipedia articles and 103 million words."
U_SMALL = "Pretraining is most beneficial for tasks with small datasets and enables generalization even with 100 labeled examples."
U_FWD = "For all our experiments, we pretrain both a forward and a backward LM."
U_AVG = "We fine-tune a classifier for each LM independently using BPT3C and average the classifier predictions."
U_TASKS = "We evaluate our method on six widely-studied datasets, with varying numbers of documents and varying document length, used by state-of-the-art text classification and transfer learning approaches as instances of three common text classification tasks: sentiment analysis, question classification, and topic classification."
U_HYPER = "We use the AWD-LSTM language model with an embedding size of 400, 3 layers, 1150 hidden activations per layer, and a BPTT batch size of 70."
U_DROP = "We apply dropout of 0.4 to layers, 0.3 to RNN layers, 0.4 to input embedding layers, 0.05 to embedding layers, and weight dropout of 0.5 to the RNN hidden-to-hidden matrix."
U_HIDDEN = "The classifier has a hidden layer of size 50."
U_LR = "We use a batch size of 64, a base learning rate of 0.004 and 0.01 for fine-tuning the LM and the classifier respectively, and tune the number of epochs on the validation set of each task."
U_COVE = "For the IMDb and TREC-6 datasets, we compare against CoVe, a state-of-the-art transfer learning method for NLP."
U_JZ = "For the AG, Yelp, and DBpedia datasets, we compare against the state-of-the-art text categorization method by Johnson and Zhang (2017)."
U_439 = "On IMDb, we reduce the error dramatically by 43.9% and 22% with regard to CoVe and the state-of-the-art respectively."
U_764 = "We note that the language model fine-tuning approach of Dai and Le (2015) only achieves an error of 7.64 vs. 4.6 for our method on IMDb, demonstrating the benefit of transferring knowledge from a large ImageNet-like corpus using our fine-tuning techniques."
U_TREC = "On TREC-6, our improvement—similar as the improvements of state-of-the-art approaches—is not statistically significant, due to the small size of the 500-examples test set."
U_7M = "Note that despite pretraining on more than two orders of magnitude less data than the 7 million sentence pairs used by McCann et al. (2017), we consistently outperform their approach on both datasets."
U_AG = "On AG, we observe a similarly dramatic error reduction by 23.7% compared to the state-of-the-art."
U_REST = "On DBpedia, Yelp-bi, and Yelp-full, we reduce the error by 4.8%, 18.2%, 2.0% respectively."
U_CORPORA = "We run experiments on three corpora, IMDb, TREC-6, and AG that are representative of different tasks, genres, and sizes."
U_SPLIT = "For all experiments, we split off 10% of the training set and report error rates on this validation set with unidirectional LMs."
U_SEMI = "If we allow ULMFiT to also utilize unlabeled examples (50k for IMDb, 100k for AG), at 100 labeled examples, we match the performance of training from scratch with 50x and 100x more data on AG and IMDb respectively."
U_MEDIUM = "Pretraining is most useful for small and medium-sized datasets, which are most common in commercial applications."
U_LARGE = "However, even for large datasets, pretraining improves performance."
U_LAST = "“Last”, the standard fine-tuning method in CV, severely underfits and is never able to lower the training error to 0."
U_COS = "Cosine annealing is competitive with slanted triangular learning rates on large data, but under-performs on smaller datasets."
U_CAP5 = "Validation error rates for ULMFiT with different methods to fine-tune the classifier."

T3COLS = ["AG", "DBpedia", "Yelp-bi", "Yelp-full"]


def data(row: str, column: str, value: str) -> dict:
    """A cell of the dataset table (Table 1)."""
    return C("Table 1", row, column, value)


def mccann(row: str, value: str) -> dict:
    """A cell of the IMDb / TREC-6 test-error table (Table 2; rows in two groups)."""
    return C("Table 2", row, "Test", value)


def jz(row: str, column: str, value: str) -> dict:
    """A cell of the four-dataset test-error table (Table 3)."""
    return C("Table 3", row, column, value)


def pre(row: str, column: str, value: str) -> dict:
    """A cell of the pretraining table (Table 4)."""
    return C("Table 4", row, column, value)


def clf(row: str, column: str, value: str) -> dict:
    """A cell of the classifier fine-tuning table (Table 5)."""
    return C("Table 5", row, column, value)


claim(P, 5, "verbatim", SUP, U_SIX, [S(U_SIX), S(U1_FIVE, 1)],
      "v5's abstract word for word; v1 says five tasks (contradicted)", per={1: CON})
claim(P, 5, "verbatim", CON,
      "We pretrain the language model on Wikitext-103 consisting of 28,595 preprocessed Wikipedia articles and 130 million words.",
      [S(U_WIKI)], "103 million words, not 130 million", per=U5)
claim(P, 5, "verbatim", SUP, "Pretraining is most beneficial for tasks with small datasets and enables generaliz",
      [S(U_SMALL)], "cut off mid-word; what is left is the sentence's start", per=U5, truncated=True)
claim(P, 1, "verbatim", CON,
      "Our method significantly outperforms the state-of-the-art on five text classification tasks, reducing the error by 18-42% on the majority of datasets.",
      [S(U1_FIVE), S(U_SIX, 5)], "18-24%, not 18-42% (v5 also has six tasks)", per={5: CON})
claim(P, 5, "verbatim", SUP, U_FWD, [S(U_FWD)], "word for word", per=U5)

claim(P, 5, "paraphrase", SUP,
      "The ULMFiT authors argue that a lack of knowledge of how to train LMs effectively, not the idea of LM fine-tuning itself, has hindered wider adoption.",
      [S(U_LACK)], "the sentence reworded", per=U5)
claim(P, 5, "paraphrase", CON,
      "According to the ULMFiT authors, NLP models are typically deeper than computer vision models and so need different fine-tuning methods.",
      [S(U_SHALLOW)], "NLP models are more shallow, not deeper", per=U5)
claim(P, 5, "paraphrase", PART,
      "ULMFiT pretrains its language model on Wikitext-103, which took about a day on a single GPU.",
      [S(U_WIKI)], "Wikitext-103 is stated; no pretraining time is given", per=U5)
claim(P, 5, "paraphrase", SUP, "ULMFiT's classifier head has a hidden layer of 50 units.",
      [S(U_HIDDEN)], "stated", per=U5)
claim(P, 5, "paraphrase", PART,
      "Dai and Le (2015) first proposed fine-tuning a language model and evaluated it only on sentiment analysis.",
      [S(U_DAILE)], "the first half is stated; what they evaluated on is not", per=U5)
claim(P, 1, "paraphrase", SUP,
      "The proposed method is an effective transfer learning method that can be applied to any NLP task.",
      [S(U1_PROP), S(U_PROP, 5)], "both abstracts state it (v1 of FitLaM, v5 of ULMFiT)")

claim(P, 5, "number-format", SUP, "Wikitext-103 holds about 28.6K preprocessed Wikipedia articles and 103M words.",
      [S(U_WIKI)], "28,595 articles, 103 million words", per=U5)
claim(P, 5, "number-format", CON,
      "Dai and Le's LM fine-tuning reaches an error of 6.74 on IMDb, against 4.6 for ULMFiT.",
      [S(U_764)], "7.64, not 6.74", per=U5)
claim(P, 5, "number-format", SUP, "Yelp-full has 650 thousand training examples.",
      [data("Yelp-full", "# examples", "650k")], "650k", per=U5)
claim(P, 5, "number-format", CON, "DBpedia has fourteen classes and 650k training examples.",
      [data("DBpedia", "# classes", "14"), data("DBpedia", "# examples", "560k")],
      "14 classes is right; 560k examples, not 650k (650k is Yelp-full's)", per=U5)
claim(P, 5, "number-format", SUP,
      "CoVe was pretrained on 7M sentence pairs, over two orders of magnitude more data than ULMFiT used.",
      [S(U_7M)], "7 million sentence pairs; more than two orders of magnitude", per=U5)
claim(P, 5, "number-format", SUP, "On IMDb, ULMFiT cuts the error by nearly 44% relative to CoVe.",
      [S(U_439)], "43.9%", per=U5)
claim(P, 5, "number-format", CON, "ULMFiT reduces the AG error by 32.7% compared to the state of the art.",
      [S(U_AG)], "23.7%, not 32.7%", per=U5)
claim(P, 5, "number-format", SUP, "The TREC-6 test set has only five hundred examples.",
      [S(U_TREC)], "the 500-examples test set", per=U5)
claim(P, 5, "number-format", CON,
      "ULMFiT's AWD-LSTM has an embedding size of 400, four layers and 1150 hidden activations per layer.",
      [S(U_HYPER)], "3 layers, not four", per=U5)
claim(P, 5, "number-format", SUP,
      "ULMFiT uses a base learning rate of 4e-3 for fine-tuning the LM and 1e-2 for the classifier.",
      [S(U_LR)], "0.004 and 0.01", per=U5)
claim(P, 5, "number-format", CON, "ULMFiT applies a weight dropout of 0.05 to the RNN hidden-to-hidden matrix.",
      [S(U_DROP)], "weight dropout 0.5; 0.05 is the embedding-layer dropout", per=U5)
claim(P, 1, "number-format", SUP, "The method reduces the error by 18 to 24 percent on most datasets.",
      [S(U1_FIVE), S(U_SIX, 5)], "18-24% on the majority of datasets, in both abstracts")
claim(P, 5, "number-format", SUP,
      "Given unlabeled data, ULMFiT with 100 labeled examples matches training from scratch on one hundred times more IMDb data.",
      [S(U_SEMI)], "100x more data on IMDb (50x is AG's)", per=U5)
claim(P, 5, "number-format", CON,
      "Given unlabeled data, ULMFiT with 100 labeled examples matches training from scratch with 50 times more data on IMDb.",
      [S(U_SEMI)], "50x is AG's; IMDb's is 100x", per=U5)

claim(P, 5, "sign-direction", SUP, "Pretraining lowers ULMFiT's TREC-6 validation error from 10.67 to 5.69.",
      [pre("Without pretraining", "TREC-6", "10.67"), pre("With pretraining", "TREC-6", "5.69")], "10.67 -> 5.69", per=U5)
claim(P, 5, "sign-direction", CON, "Pretraining raises ULMFiT's AG validation error from 5.38 to 5.52.",
      [pre("Without pretraining", "AG", "5.52"), pre("With pretraining", "AG", "5.38")],
      "without pretraining 5.52, with 5.38: pretraining lowers it", per=U5)
claim(P, 5, "sign-direction", SUP, "ULMFiT's Yelp-full test error is below DPCNN's (29.98 vs 30.58).",
      [jz("ULMFiT (ours)", "Yelp-full", "29.98"), jz("DPCNN (Johnson and Zhang, 2017)", "Yelp-full", "30.58")], "29.98 < 30.58", per=U5)
claim(P, 5, "sign-direction", CON,
      "On DBpedia, ULMFiT's test error is higher than that of the CNN of Johnson and Zhang (2016).",
      [jz("ULMFiT (ours)", "DBpedia", "0.8"), jz("CNN (Johnson and Zhang, 2016)", "DBpedia", "0.84")], "0.8 < 0.84: lower", per=U5)
claim(P, 5, "sign-direction", SUP,
      "Gradual unfreezing with cosine annealing gets a lower AG validation error than full ULMFiT classifier fine-tuning (5.29 vs 5.38).",
      [clf("Freez + cos", "AG", "5.29"), clf("Freez + discr + stlr", "AG", "5.38")], "5.29 < 5.38", per=U5)
claim(P, 5, "sign-direction", CON, "On TREC-6, adding discriminative fine-tuning to 'Full' increases the validation error.",
      [clf("Full", "TREC-6", "6.86"), clf("Full + discr", "TREC-6", "6.21")], "6.86 -> 6.21, a decrease", per=U5)
claim(P, 5, "sign-direction", SUP,
      "On AG, adding discriminative fine-tuning to gradual unfreezing raises the validation error from 5.81 to 6.04.",
      [clf("Freez", "AG", "5.81"), clf("Freez + discr", "AG", "6.04")], "5.81 -> 6.04, an increase", per=U5)
claim(P, 5, "sign-direction", CON, "ULMFiT's TREC-6 test error is 0.6 points above CoVe's.",
      [mccann("ULMFiT (ours)", "3.6"), mccann("CoVe (McCann et al., 2017)", "4.2")], "3.6 is 0.6 below 4.2", per=U5)

claim(P, 5, "polarity", SUP, "On TREC-6, ULMFiT's improvement is not statistically significant.",
      [S(U_TREC)], "stated, the negation kept", per=U5)
claim(P, 5, "polarity", CON, "ULMFiT's improvement on TREC-6 is statistically significant despite the small test set.",
      [S(U_TREC)], "it is not statistically significant", per=U5)
claim(P, 5, "polarity", CON, "ULMFiT's AWD-LSTM is an LSTM with attention and short-cut connections.",
      [S(U_AWD)], "a regular LSTM with no attention, short-cut connections", per=U5)
claim(P, 5, "polarity", SUP, "ULMFiT uses a regular LSTM without attention or short-cut connections.",
      [S(U_AWD)], "stated", per=U5)
claim(P, 5, "polarity", CON,
      "“Last”, the standard fine-tuning method in CV, overfits and drives the training error to 0.",
      [S("“Last”, the standard fine-tuning method in CV, severely underfits and is never able to lower the training error to 0.")],
      "it severely underfits and never lowers the training error to 0", per=U5)
claim(P, 5, "polarity", SUP, "Fine-tuning only the last layer is never able to lower the training error to 0.",
      [S("“Last”, the standard fine-tuning method in CV, severely underfits and is never able to lower the training error to 0.")],
      "stated of 'Last'", per=U5)
claim(P, 5, "polarity", CON, "Pretraining does not improve ULMFiT's performance on large datasets.",
      [S(U_LARGE)], "even for large datasets, pretraining improves performance", per=U5)
claim(P, 5, "polarity", CON, "The ULMFiT authors say inductive transfer via fine-tuning has been successful for NLP.",
      [S(U_UNSUCC)], "unsuccessful", per=U5)
claim(P, 5, "polarity", SUP, "Cosine annealing under-performs slanted triangular learning rates on smaller datasets.",
      [S(U_COS)], "stated", per=U5)
claim(P, 5, "polarity", CON, "Applied computer vision models are usually trained from scratch rather than fine-tuned.",
      [S(U_APPLIED)], "rarely trained from scratch", per=U5)

claim(P, 5, "entity-swap", PART,
      "ULMFiT is evaluated on sentiment analysis, question classification and natural language inference.",
      [S(U_TASKS)], "sentiment and question classification are stated; the third is topic classification, not NLI", per=U5)
claim(P, 5, "entity-swap", SUP,
      "ULMFiT's datasets cover topic classification, sentiment analysis and question classification.",
      [S(U_TASKS)], "the same three tasks in another order", per=U5)
claim(P, 5, "entity-swap", PART, "ULMFiT's ablations run on IMDb, TREC-6 and Yelp-full.",
      [S(U_CORPORA)], "IMDb and TREC-6 are named; the third is AG, not Yelp-full", per=U5)
claim(P, 5, "entity-swap", SUP,
      "On DBpedia, Yelp and AG, ULMFiT is compared against the text categorization method of Johnson and Zhang (2017).",
      [S(U_JZ)], "the same datasets in another order", per=U5)
claim(P, 5, "entity-swap", PART, "On IMDb and TREC-6, ULMFiT is compared against CoVe and ELMo.",
      [S(U_COVE)], "CoVe is named; ELMo is not", per=U5)
claim(P, 5, "entity-swap", PART,
      "ULMFiT introduces discriminative fine-tuning, slanted triangular learning rates and layer-wise dropout scheduling.",
      [S(U_CONTRIB2)], "the third technique is gradual unfreezing, not dropout scheduling", per=U5)

claim(P, 5, "table-cell", SUP, "ULMFiT has a 5.01% test error on AG.",
      [jz("ULMFiT (ours)", "AG", "5.01")], "the cell", per=U5)
claim(P, 5, "table-cell", CON, "ULMFiT's test error on Yelp-bi is 2.64.",
      [jz("ULMFiT (ours)", "Yelp-bi", "2.16")], "2.16; 2.64 is DPCNN's", per=U5)
claim(P, 5, "table-cell", SUP, "The char-level CNN of Zhang et al. (2015) has a 37.95 test error on Yelp-full.",
      [jz("Char-level CNN (Zhang et al., 2015)", "Yelp-full", "37.95")], "the cell", per=U5)
claim(P, 5, "table-cell", CON, "TBCNN reaches a test error of 3.9 on TREC-6.",
      [mccann("TBCNN (Mou et al., 2015)", "4")], "4; 3.9 is LSTM-CNN's", per=U5)
claim(P, 5, "table-cell", SUP, "The Virtual model of Miyato et al. (2016) has a 5.9% test error on IMDb.",
      [mccann("Virtual (Miyato et al., 2016)", "5.9")], "the cell", per=U5)
claim(P, 5, "table-cell", CON, "Without pretraining, ULMFiT's IMDb validation error is 5.52.",
      [pre("Without pretraining", "IMDb", "5.63")], "5.63; 5.52 is AG's", per=U5)
claim(P, 5, "table-cell", SUP, "Chain-thaw gets a validation error of 6.71 on TREC-6.",
      [clf("Chain-thaw", "TREC-6", "6.71")], "the cell", per=U5)
claim(P, 5, "table-cell", CON, "Fine-tuning only the last layer gives an IMDb validation error of 8.38.",
      [clf("Last", "IMDb", "6.49")], "6.49; 8.38 is its AG cell", per=U5)
claim(P, 5, "table-cell", PART, "TREC-6 is a 6-class question classification dataset built from Yahoo! Answers.",
      [data("TREC-6", "Type", "Question"), data("TREC-6", "# classes", "6")],
      "type and classes are the cells; no source corpus is given", per=U5)
claim(P, 5, "table-cell", SUP, "IMDb is a two-class sentiment dataset with 25k training examples.",
      [data("IMDb", "# classes", "2"), data("IMDb", "# examples", "25k"), data("IMDb", "Type", "Sentiment")], "the row", per=U5)
claim(P, 5, "table-cell", PART, "Yelp-bi has 560k training examples and an average review length of 155 words.",
      [data("Yelp-bi", "# examples", "560k")], "560k is the cell; no document length is given", per=U5)

claim(P, 5, "table-computed", SUP, "Of all classifier fine-tuning methods, 'Last' has the highest TREC-6 validation error.",
      [clf("Last", "TREC-6", "16.09"), clf("From scratch", "TREC-6", "13.36")], "max of the TREC-6 column: 16.09", per=U5)
claim(P, 5, "table-computed", CON,
      "Full ULMFiT classifier fine-tuning (Freez + discr + stlr) has the lowest AG validation error of all methods.",
      [clf("Freez + discr + stlr", "AG", "5.38"), clf("Freez + cos", "AG", "5.29")], "min of the AG column is Freez + cos, 5.29", per=U5)
claim(P, 5, "table-computed", SUP, "Pretraining lowers ULMFiT's TREC-6 validation error by 4.98 points.",
      [pre("Without pretraining", "TREC-6", "10.67"), pre("With pretraining", "TREC-6", "5.69")], "10.67 - 5.69 = 4.98", per=U5)
claim(P, 5, "table-computed", CON, "Pretraining lowers ULMFiT's IMDb validation error by 1.63 points.",
      [pre("Without pretraining", "IMDb", "5.63"), pre("With pretraining", "IMDb", "5")], "5.63 - 5 = 0.63", per=U5)
claim(P, 5, "table-computed", SUP, "On IMDb, ULMFiT's test error is 3.6 points below CoVe's.",
      [mccann("CoVe (McCann et al., 2017)", "8.2"), mccann("ULMFiT (ours)", "4.6")], "8.2 - 4.6 = 3.6", per=U5)
claim(P, 5, "table-computed", CON, "ULMFiT's Yelp-full test error is 1.6 points lower than DPCNN's.",
      [jz("DPCNN (Johnson and Zhang, 2017)", "Yelp-full", "30.58"), jz("ULMFiT (ours)", "Yelp-full", "29.98")], "30.58 - 29.98 = 0.60", per=U5)
claim(P, 5, "table-computed", SUP, "Averaged over IMDb, TREC-6 and AG, a classifier trained from scratch has a validation error of about 10.03.",
      [clf("From scratch", "IMDb", "9.93"), clf("From scratch", "TREC-6", "13.36"), clf("From scratch", "AG", "6.81")],
      "(9.93 + 13.36 + 6.81) / 3 = 10.03", per=U5)
claim(P, 5, "table-computed", CON, "The char-level CNN's test error averaged over AG, DBpedia, Yelp-bi and Yelp-full is 12.47.",
      [jz("Char-level CNN (Zhang et al., 2015)", c, v) for c, v in zip(T3COLS, ["9.51", "1.55", "4.88", "37.95"])],
      "(9.51 + 1.55 + 4.88 + 37.95) / 4 = 13.47", per=U5)
claim(P, 5, "table-computed", SUP, "ULMFiT has the lowest test error of the four models on every dataset of Table 3.",
      [jz("ULMFiT (ours)", c, v) for c, v in zip(T3COLS, ["5.01", "0.8", "2.16", "29.98"])],
      "min of every column: 5.01, 0.8, 2.16, 29.98", per=U5)
claim(P, 5, "table-computed", CON, "On TREC-6, the best prior model in Table 2 is TBCNN.",
      [mccann("TBCNN (Mou et al., 2015)", "4"), mccann("LSTM-CNN (Zhou et al., 2016)", "3.9")], "the lowest prior error is LSTM-CNN's 3.9", per=U5)
claim(P, 5, "table-computed", SUP, "DBpedia and Yelp-bi together have 1.12 million training examples.",
      [data("DBpedia", "# examples", "560k"), data("Yelp-bi", "# examples", "560k")], "560k + 560k = 1,120k", per=U5)

claim(P, 5, "two-sentences", SUP,
      "ULMFiT pretrains both a forward and a backward LM, fine-tunes a classifier on each and averages their predictions.",
      [S(U_FWD), S(U_AVG)], "two adjacent sentences", per=U5)
claim(P, 5, "two-sentences", CON,
      "ULMFiT cuts the AG error by 23.7% against the state of the art, and the DBpedia, Yelp-bi and Yelp-full errors by 4.8%, 18.2% and 20% respectively.",
      [S(U_AG), S(U_REST)], "Yelp-full's reduction is 2.0%, not 20%", per=U5)
claim(P, 5, "two-sentences", PART,
      "Pretraining helps most on small and medium-sized datasets, and pretraining the LM on Wikitext-103 takes about a day on four GPUs.",
      [S(U_MEDIUM)], "the first half is stated; no pretraining time is given", per=U5)
claim(P, 5, "two-sentences", SUP,
      "LMs overfit small datasets and forget catastrophically when fine-tuned with a classifier, and NLP models are typically shallower than CV models.",
      [S(U_OVERFIT), S(U_SHALLOW)], "two adjacent sentences", per=U5)
claim(P, 5, "two-sentences", SUP,
      "The ablations use IMDb, TREC-6 and AG, with 10% of each training set split off for validation.",
      [S(U_CORPORA), S(U_SPLIT)], "two adjacent sentences", per=U5)

claim(P, 5, "version-drift", SUP, "ULMFiT outperforms the state of the art on six text classification tasks.",
      [S(U_SIX), S(U1_FIVE, 1)], "v5: six tasks; v1: five (contradicted)", per={1: CON})
claim(P, 1, "version-drift", SUP, "The method outperforms the state of the art on five text classification tasks.",
      [S(U1_FIVE), S(U_SIX, 5)], "v1: five; v5: six (contradicted)", per={5: CON})
claim(P, 5, "version-drift", SUP,
      "With only 100 labeled examples, the method matches training from scratch on 100x more data.",
      [S(U_100)], "v5's abstract; v1 has no such sentence (not found)", per=U5)
claim(P, 5, "version-drift", SUP, "The authors open-source their pretrained models and code.",
      [S(U_OPEN), S(U1_OPEN, 1)], "both abstracts")
claim(P, 5, "version-drift", SUP,
      "Transfer learning has greatly impacted computer vision, while NLP approaches still need task-specific modifications and training from scratch.",
      [S(U_TL), S(U1_TL, 1)], "v5 says 'greatly impacted', v1 'revolutionized': both state it")
claim(P, 1, "version-drift", CON, "The method outperforms the state of the art on six text classification tasks.",
      [S(U1_FIVE), S(U_SIX, 5)], "v1 says five tasks (contradicted); v5 says six", per={5: SUP})
claim(P, 1, "version-drift", NF,
      "With only 100 labeled examples, the method matches training from scratch on 100 times more data.",
      [S(U_100, 5)], "v1's abstract has no such sentence; v5's states it", per={5: SUP})

claim(P, 5, "absent", NF, "ULMFiT's slanted triangular learning rates use cut_frac = 0.1 and ratio = 32.",
      [], "true of the paper (section 3.2) but not in this text")
claim(P, 5, "absent", NF, "ULMFiT's classifier concatenates the last hidden state with max- and mean-pooled hidden states.",
      [], "concat pooling is left out of this text")
claim(P, 5, "absent", NF, "Fine-tuning ULMFiT's language model on IMDb takes under an hour on one GPU.",
      [], "no timing anywhere")
claim(P, 5, "absent", NF, "ULMFiT with a vanilla LM reaches a 7.41 validation error on TREC-6.",
      [], "true of the paper (its Table 5), which this text leaves out")
claim(P, 5, "absent", NF, "ULMFiT was implemented with the fastai library on PyTorch.",
      [], "not in this text")
claim(P, 5, "absent", SUP, "ULMFiT's classifier fine-tuning table reports validation error rates for different methods of fine-tuning the classifier.",
      [S(U_CAP5)], "Table 5's caption, a passage", per=U5)

# ---------------------------------------------------------------------------------------
# 2006.11239 -- DDPM v2: abstract, introduction, experiments, Table 1 (CIFAR10: IS, FID, NLL
# in Conditional / Unconditional row groups, EBM and StyleGAN2 + ADA (v1) in both groups),
# Table 2 (ablation: mu / epsilon prediction groups, '-' for unstable runs), progressive
# coding. FID and NLL: lower is better; IS: higher is better.
P = "2006.11239"
D_ABS_SCORE = "On the unconditional CIFAR10 dataset, we obtain an Inception score of 9.46 and a state-of-the-art FID score of 3.17."
D_LSUN = "On 256x256 LSUN, we obtain sample quality similar to ProgressiveGAN."
D_SAMPLES = "Generative adversarial networks (GANs), autoregressive models, flows, and variational autoencoders (VAEs) have synthesized striking image and audio samples, and there have been remarkable advances in energy-based modeling and score matching that have produced images comparable to those of GANs."
D_CHAIN = "A diffusion probabilistic model (which we will call a \"diffusion model\" for brevity) is a parameterized Markov chain trained using variational inference to produce samples matching the data after finite time."
D_STRAIGHT = "Diffusion models are straightforward to define and efficient to train, but to the best of our knowledge, there has been no demonstration that they are capable of generating high quality samples."
D_BETTER = "We show that diffusion models actually are capable of generating high quality samples, sometimes better than the published results on other types of generative models (Section 4)."
D_EQUIV = "In addition, we show that a certain parameterization of diffusion models reveals an equivalence with denoising score matching over multiple noise levels during training and with annealed Langevin dynamics during sampling (Section 3.2)."
D_LIKE = "Despite their sample quality, our models do not have competitive log likelihoods compared to other likelihood-based models (our models do, however, have log likelihoods better than the large estimates annealed importance sampling has been reported to produce for energy based models and score matching)."
D_IMPERC = "We find that the majority of our models' lossless codelengths are consumed to describe imperceptible image details (Section 4.3)."
D_T = "We set T = 1000 for all experiments so that the number of neural network evaluations needed during sampling matches previous work."
D_BETA = "We set the forward process variances to constants increasing linearly from beta_1 = 10^-4 to beta_T = 0.02."
D_UNET = "To represent the reverse process, we use a U-Net backbone similar to an unmasked PixelCNN++ with group normalization throughout."
D_SHARED = "Parameters are shared across time, which is specified to the network using the Transformer sinusoidal position embedding."
D_ATTN = "We use self-attention at the 16 x 16 feature map resolution."
D_TAB1 = "Table 1 shows Inception scores, FID scores, and negative log likelihoods (lossless codelengths) on CIFAR10."
D_TEST = "Our FID score is computed with respect to the training set, as is standard practice; when we compute it with respect to the test set, the score is 5.24, which is still better than many of the training set FID scores in the literature."
D_CODE = "We find that training our models on the true variational bound yields better codelengths than training on the simplified objective, as expected, but the latter yields the best sample quality."
D_MU = "We find that the baseline option of predicting mu works well only when trained on the true variational bound instead of unweighted mean squared error, a simplified objective akin to Eq. (14)."
D_VAR = "We also see that learning reverse process variances (by incorporating a parameterized diagonal Sigma into the variational bound) leads to unstable training and poorer sample quality compared to fixed variances."
D_EPS = "Predicting epsilon, as we proposed, performs approximately as well as predicting mu when trained on the variational bound with fixed variances, but much better when trained with our simplified objective."
D_ALSO = "Table 1 also shows the codelengths of our CIFAR10 models."
D_GAP = "The gap between train and test is at most 0.03 bits per dimension, which is comparable to the gaps reported with other likelihood-based models and indicates that our diffusion model is not overfitting."
D_NOTCOMP = "Still, while our lossless codelengths are better than the large estimates reported for energy based models and score matching using annealed importance sampling, they are not competitive with other types of likelihood-based generative models."
D_LOSSY = "Since our samples are nonetheless of high quality, we conclude that diffusion models have an inductive bias that makes them excellent lossy compressors."
D_RATE = "Treating the variational bound terms L1 + ... + LT as rate and L0 as distortion, our CIFAR10 model with the highest quality samples has a rate of 1.78 bits/dim and a distortion of 1.97 bits/dim, which amounts to a root mean squared error of 0.95 on a scale from 0 to 255."
D_BLANK = "Blank entries were unstable to train and generated poor samples with out-of-range scores."

NLL = "NLL Test (Train)"
OURS_L = "Ours (L, fixed isotropic Sigma)"
OURS_S = "Ours (L_simple)"


def cifar(row: str, column: str, value: str) -> dict:
    """A cell of the CIFAR10 table (Table 1; rows in Conditional / Unconditional groups)."""
    return C("Table 1", row, column, value)


def abl(row: str, column: str, value: str) -> dict:
    """A cell of the ablation table (Table 2; rows in mu / epsilon prediction groups)."""
    return C("Table 2", row, column, value)


claim(P, 2, "verbatim", SUP, D_ABS_SCORE, [S(D_ABS_SCORE)], "the abstract's sentence word for word")
claim(P, 2, "verbatim", CON,
      "On the unconditional CIFAR10 dataset, we obtain an Inception score of 9.64 and a state-of-the-art FID score of 3.17.",
      [S(D_ABS_SCORE)], "9.46, not 9.64")
claim(P, 2, "verbatim", SUP, "We set T = 1000 for all experiments so that the number of neural network evaluations needed during sam",
      [S(D_T)], "cut off mid-word; what is left is the sentence's start", truncated=True)
claim(P, 2, "verbatim", CON,
      "The gap between train and test is at most 0.3 bits per dimension, which is comparable to the gaps reported with other likelihood-based models.",
      [S(D_GAP)], "0.03, not 0.3")

claim(P, 2, "paraphrase", SUP,
      "A diffusion model is a parameterized Markov chain trained with variational inference to produce samples that match the data after finite time.",
      [S(D_CHAIN)], "the sentence reworded")
claim(P, 2, "paraphrase", CON,
      "The DDPM authors find that their models reach log likelihoods competitive with other likelihood-based models.",
      [S(D_LIKE)], "their models do not have competitive log likelihoods")
claim(P, 2, "paraphrase", PART, "DDPM uses a U-Net backbone with group normalization and is trained on a TPU v3-8.",
      [S(D_UNET)], "the U-Net with group normalization is stated; the hardware is not")
claim(P, 2, "paraphrase", SUP, "Measured against the CIFAR10 test set instead of the training set, DDPM's FID is 5.24.",
      [S(D_TEST)], "stated")
claim(P, 2, "paraphrase", PART,
      "DDPM matches ProgressiveGAN's sample quality on 256x256 LSUN and reaches an FID of 7.89 on LSUN Church.",
      [S(D_LSUN)], "the LSUN comparison is stated; no LSUN FID is in this text")
claim(P, 2, "paraphrase", SUP, "Most of the lossless codelength of DDPM's models goes to describing imperceptible image details.",
      [S(D_IMPERC)], "stated")

claim(P, 2, "number-format", SUP, "DDPM uses T = 1,000 diffusion steps in every experiment.", [S(D_T)], "T = 1000")
claim(P, 2, "number-format", CON,
      "DDPM's best CIFAR10 model has a rate of 1.97 bits/dim and a distortion of 1.78 bits/dim.",
      [S(D_RATE)], "rate 1.78 and distortion 1.97: the numbers are swapped")
claim(P, 2, "number-format", SUP, "DDPM's forward process variances rise linearly from 0.0001 to 0.02.",
      [S(D_BETA)], "10^-4 = 0.0001")
claim(P, 2, "number-format", CON, "DDPM's highest-quality CIFAR10 model has a root mean squared error of 0.59 on a 0-255 scale.",
      [S(D_RATE)], "0.95, not 0.59")
claim(P, 2, "number-format", SUP, "DDPM applies self-attention at the 16×16 feature map resolution.",
      [S(D_ATTN)], "16 x 16")
claim(P, 2, "number-format", CON, "DDPM's CIFAR10 FID computed against the test set is 5.42.",
      [S(D_TEST)], "5.24, not 5.42")
claim(P, 2, "number-format", SUP, "DDPM's train-test codelength gap is no more than three hundredths of a bit per dimension.",
      [S(D_GAP)], "at most 0.03 bits per dimension")
claim(P, 2, "number-format", CON, "DDPM's forward process variances end at beta_T = 0.2.",
      [S(D_BETA)], "beta_T = 0.02")
claim(P, 2, "number-format", SUP, "NCSN reaches an Inception score of 8.87 ± 0.12 and an FID of 25.32 on CIFAR10.",
      [cifar("NCSN", "IS", "8.87±0.12"), cifar("NCSN", "FID", "25.32")], "the row")

claim(P, 2, "sign-direction", SUP,
      "Training on L_simple instead of the variational bound with fixed isotropic Sigma lowers DDPM's FID from 13.51 to 3.17.",
      [cifar(OURS_L, "FID", "13.51"), cifar(OURS_S, "FID", "3.17")], "13.51 -> 3.17")
claim(P, 2, "sign-direction", CON,
      "Training on L_simple raises DDPM's FID compared with the variational bound with fixed isotropic Sigma.",
      [cifar(OURS_L, "FID", "13.51"), cifar(OURS_S, "FID", "3.17")], "13.51 -> 3.17 is a drop")
claim(P, 2, "sign-direction", SUP,
      "DDPM's simplified objective gives a worse test NLL bound (3.75) than the true variational bound (3.70).",
      [cifar(OURS_L, NLL, "<= 3.70 (3.69)"), cifar(OURS_S, NLL, "<= 3.75 (3.72)"), S(D_CODE)],
      "3.75 > 3.70 bits/dim, and the text says the true bound yields better codelengths")
claim(P, 2, "sign-direction", CON,
      "DDPM's simplified objective yields better codelengths than training on the true variational bound.",
      [S(D_CODE)], "the true variational bound yields the better codelengths")
claim(P, 2, "sign-direction", SUP,
      "With mu prediction, learning a diagonal Sigma gives a higher FID (23.69) than a fixed isotropic Sigma (13.22).",
      [abl("L, learned diagonal Sigma", "FID", "23.69"), abl("L, fixed isotropic Sigma", "FID", "13.22")], "23.69 > 13.22")
claim(P, 2, "sign-direction", CON,
      "With mu prediction, a fixed isotropic Sigma gives a lower Inception score than a learned diagonal Sigma.",
      [abl("L, fixed isotropic Sigma", "IS", "8.06±0.09"), abl("L, learned diagonal Sigma", "IS", "7.28±0.10")], "8.06 > 7.28: higher")
claim(P, 2, "sign-direction", SUP, "Among conditional models, StyleGAN2 + ADA (v1) has a lower FID than BigGAN (2.67 vs 14.73).",
      [cifar("StyleGAN2 + ADA (v1)", "FID", "2.67"), cifar("BigGAN", "FID", "14.73")], "2.67 < 14.73")
claim(P, 2, "sign-direction", CON, "Unconditional StyleGAN2 + ADA (v1)'s FID of 3.26 is lower than DDPM's 3.17.",
      [cifar("StyleGAN2 + ADA (v1)", "FID", "3.26"), cifar(OURS_S, "FID", "3.17")], "3.26 is higher than 3.17")

claim(P, 2, "polarity", SUP, "The small train-test gap indicates that DDPM's diffusion model is not overfitting.",
      [S(D_GAP)], "stated")
claim(P, 2, "polarity", CON, "DDPM's diffusion model overfits, as its train-test codelength gap shows.",
      [S(D_GAP)], "the gap indicates it is not overfitting")
claim(P, 2, "polarity", CON,
      "Learning the reverse process variances gives stable training and better sample quality than fixed variances.",
      [S(D_VAR)], "unstable training and poorer sample quality")
claim(P, 2, "polarity", SUP,
      "Learning the reverse process variances leads to unstable training and poorer samples than fixed variances.",
      [S(D_VAR)], "stated")
claim(P, 2, "polarity", CON, "Diffusion models are complicated to define and expensive to train.",
      [S(D_STRAIGHT)], "straightforward to define and efficient to train")
claim(P, 2, "polarity", SUP, "DDPM's lossless codelengths are not competitive with other types of likelihood-based generative models.",
      [S(D_NOTCOMP)], "stated")
claim(P, 2, "polarity", CON,
      "Predicting mu works well when trained on unweighted mean squared error rather than the true variational bound.",
      [S(D_MU)], "it works well only on the true bound, instead of unweighted MSE")
claim(P, 2, "polarity", CON,
      "Because their samples are of low quality, the DDPM authors conclude that diffusion models are poor lossy compressors.",
      [S(D_LOSSY)], "high quality samples; excellent lossy compressors")

claim(P, 2, "entity-swap", PART,
      "GANs, autoregressive models, flows and diffusion transformers have synthesized striking image and audio samples.",
      [S(D_SAMPLES)], "GANs, autoregressive models and flows are named; the fourth is VAEs")
claim(P, 2, "entity-swap", SUP, "VAEs, flows, GANs and autoregressive models have synthesized striking image and audio samples.",
      [S(D_SAMPLES)], "the same four in another order")
claim(P, 2, "entity-swap", PART, "DDPM's CIFAR10 table compares against BigGAN, StyleGAN2 + ADA and VQ-VAE-2.",
      [cifar("BigGAN", "FID", "14.73"), cifar("StyleGAN2 + ADA (v1)", "FID", "2.67")], "BigGAN and StyleGAN2 + ADA are rows; VQ-VAE-2 is not")
claim(P, 2, "entity-swap", SUP, "DDPM's Table 1 reports FID scores, negative log likelihoods and Inception scores on CIFAR10.",
      [S(D_TAB1)], "the same three measures in another order")
claim(P, 2, "entity-swap", CON,
      "DDPM's parameterization reveals an equivalence with denoising score matching during training and with Hamiltonian Monte Carlo during sampling.",
      [S(D_EQUIV)], "the sampling side is annealed Langevin dynamics: another method named for the same slot (contradicted, as fresh10 reads it)")

claim(P, 2, "table-cell", SUP, "JEM has an Inception score of 8.76 and an FID of 38.4.",
      [cifar("JEM", "IS", "8.76"), cifar("JEM", "FID", "38.4")], "the row")
claim(P, 2, "table-cell", CON, "PixelIQN's FID on CIFAR10 is 65.93.",
      [cifar("PixelIQN", "FID", "49.46")], "49.46; 65.93 is Gated PixelCNN's")
claim(P, 2, "table-cell", SUP, "SNGAN-DDLS reaches an FID of 15.42 on CIFAR10.", [cifar("SNGAN-DDLS", "FID", "15.42")], "the cell")
claim(P, 2, "table-cell", CON, "The Sparse Transformer's NLL is 3.03 bits/dim.",
      [cifar("Sparse Transformer", NLL, "2.80")], "2.80; 3.03 is Gated PixelCNN's")
claim(P, 2, "table-cell", SUP, "Gated PixelCNN gets 3.03 bits/dim on test and 2.90 on train.",
      [cifar("Gated PixelCNN", NLL, "3.03 (2.90)")], "the cell, train in brackets")
claim(P, 2, "table-cell", CON, "BigGAN's Inception score on CIFAR10 is 10.06.",
      [cifar("BigGAN", "IS", "9.22")], "9.22; 10.06 is the conditional StyleGAN2 + ADA's")
claim(P, 2, "table-cell", PART, "NCSNv2 reaches an FID of 31.75 using 1,000 sampling steps.",
      [cifar("NCSNv2", "FID", "31.75")], "the FID is the cell; no step count is given")
claim(P, 2, "table-cell", SUP, "Epsilon prediction trained with L_simple reaches an Inception score of 9.46±0.11.",
      [abl("||epsilon - epsilon_theta||^2 (L_simple)", "IS", "9.46±0.11")], "the cell")
claim(P, 2, "table-cell", CON, "Epsilon prediction with the variational bound and a fixed isotropic Sigma reaches an FID of 13.22.",
      [abl("L, fixed isotropic Sigma", "FID", "13.51")], "13.51; 13.22 is mu prediction's")
claim(P, 2, "table-cell", PART, "The original diffusion model has an NLL bound of at most 5.40 bits/dim after 800k training steps.",
      [cifar("Diffusion (original)", NLL, "<= 5.40")], "the bound is the cell; no training steps are given")

claim(P, 2, "table-computed", SUP, "Among the unconditional models of Table 1, DDPM trained with L_simple has the lowest FID.",
      [cifar(OURS_S, "FID", "3.17"), cifar("StyleGAN2 + ADA (v1)", "FID", "3.26")], "min of the unconditional FIDs: 3.17 (next 3.26)")
claim(P, 2, "table-computed", CON, "DDPM's 3.17 is the lowest FID anywhere in Table 1.",
      [cifar(OURS_S, "FID", "3.17"), cifar("StyleGAN2 + ADA (v1)", "FID", "2.67")], "the conditional StyleGAN2 + ADA has 2.67")
claim(P, 2, "table-computed", SUP, "The conditional StyleGAN2 + ADA (v1) has the highest Inception score in Table 1.",
      [cifar("StyleGAN2 + ADA (v1)", "IS", "10.06"), cifar(OURS_S, "IS", "9.46±0.11")], "max of the IS column: 10.06")
claim(P, 2, "table-computed", CON, "Among unconditional models, DDPM with L_simple has the highest Inception score.",
      [cifar(OURS_S, "IS", "9.46±0.11"), cifar("StyleGAN2 + ADA (v1)", "IS", "9.74±0.05")], "StyleGAN2 + ADA's 9.74 is higher")
claim(P, 2, "table-computed", SUP,
      "L_simple improves DDPM's Inception score by 1.79 over the variational bound with fixed isotropic Sigma.",
      [cifar(OURS_L, "IS", "7.67±0.13"), cifar(OURS_S, "IS", "9.46±0.11")], "9.46 - 7.67 = 1.79")
claim(P, 2, "table-computed", CON,
      "With the variational bound and fixed isotropic Sigma, switching from mu to epsilon prediction lowers the FID by 0.29.",
      [abl("L, fixed isotropic Sigma", "FID", "13.22"), abl("L, fixed isotropic Sigma", "FID", "13.51")], "13.22 -> 13.51 raises it by 0.29")
claim(P, 2, "table-computed", SUP, "The rate and distortion of DDPM's best CIFAR10 model add up to 3.75 bits/dim.",
      [S(D_RATE), cifar(OURS_S, NLL, "<= 3.75 (3.72)")], "1.78 + 1.97 = 3.75")
claim(P, 2, "table-computed", CON, "DDPM's unconditional FID is about a third lower than StyleGAN2 + ADA (v1)'s.",
      [cifar(OURS_S, "FID", "3.17"), cifar("StyleGAN2 + ADA (v1)", "FID", "3.26")], "(3.26 - 3.17) / 3.26 = 2.8% lower")
claim(P, 2, "table-computed", SUP, "For DDPM trained with L_simple, the train NLL bound is 0.03 bits/dim below the test bound.",
      [cifar(OURS_S, NLL, "<= 3.75 (3.72)")], "3.75 - 3.72 = 0.03")
claim(P, 2, "table-computed", CON, "DDPM's two rows in Table 1 differ by 0.5 in Inception score.",
      [cifar(OURS_L, "IS", "7.67±0.13"), cifar(OURS_S, "IS", "9.46±0.11")], "9.46 - 7.67 = 1.79")

claim(P, 2, "two-sentences", SUP,
      "DDPM sets T = 1000 and uses forward process variances rising linearly from 10^-4 to 0.02.",
      [S(D_T), S(D_BETA)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON,
      "Diffusion models had never been shown to generate high quality samples, and DDPM's samples still fall short of the published results of other generative models.",
      [S(D_STRAIGHT), S(D_BETTER)], "DDPM's samples are sometimes better than those results")
claim(P, 2, "two-sentences", PART,
      "DDPM uses a U-Net backbone with group normalization, with 35.7 million parameters for CIFAR10.",
      [S(D_UNET)], "the U-Net is stated; no parameter count is in this text")
claim(P, 2, "two-sentences", SUP,
      "Table 1 also gives DDPM's codelengths, and the gap between train and test is at most 0.03 bits per dimension.",
      [S(D_ALSO), S(D_GAP)], "two adjacent sentences")
claim(P, 2, "two-sentences", SUP,
      "Learning the reverse process variances destabilizes training, while predicting epsilon matches predicting mu on the bound with fixed variances and does much better with the simplified objective.",
      [S(D_VAR), S(D_EPS)], "two adjacent sentences")

claim(P, 2, "absent", NF, "DDPM trains its CIFAR10 model for 800k steps with a batch size of 128.",
      [], "true of the paper (appendix B), not in this text")
claim(P, 2, "absent", NF, "DDPM's CelebA-HQ 256x256 model reaches an FID of 7.89.", [], "no CelebA-HQ score in this text")
claim(P, 2, "absent", NF, "DDPM's CIFAR10 model has 35.7 million parameters.", [], "true of the paper, not in this text")
claim(P, 2, "absent", NF, "Sampling 50,000 CIFAR10 images takes DDPM about 17 hours on a TPU v3-8.", [], "not in this text")
claim(P, 2, "absent", SUP, "Blank entries of DDPM's ablation table were unstable to train and generated poor samples.",
      [S(D_BLANK)], "Table 2's caption, a passage")

# ---------------------------------------------------------------------------------------
# 1609.02907 -- GCN v4: abstract, introduction, experiments with Table 1 (dataset statistics,
# label rate as a fraction), results with Table 2 (accuracy, training time in brackets, bold
# GCN row, '±' cells for random splits) and Table 3 (propagation models), discussion.
P = "1609.02907"
G_LINEAR = "Our model scales linearly in the number of graph edges and learns hidden layer representations that encode both local graph structure and features of nodes."
G_ENCODE = "In this work, we encode the graph structure directly using a neural network model and train on a supervised target for all nodes with labels, thereby avoiding explicit graph-based regularization in the loss function."
G_TESTS = "We test our model in a number of experiments: semi-supervised document classification in citation networks, semi-supervised entity classification in a bipartite graph extracted from a knowledge graph, an evaluation of various graph propagation models and a run-time analysis on random graphs."
G_CITE = "In the citation network datasets—Citeseer, Cora and Pubmed—nodes are documents and edges are citation links."
G_NELL = "NELL is a bipartite graph dataset extracted from a knowledge graph with 55,864 relation nodes and 9,891 entity nodes."
G_BOW = "The citation network datasets contain sparse bag-of-words feature vectors for each document and a list of citation links between documents."
G_UNDIR = "We treat the citation links as (undirected) edges and construct a binary, symmetric adjacency matrix."
G_LABEL = "Each document has a class label."
G_20 = "For training, we only use 20 labels per class, but all feature vectors."
G_61K = "We extend the number of features in NELL by assigning a unique one-hot representation for every relation node, effectively resulting in a 61,278-dim sparse feature vector per node."
G_TEST = "Unless otherwise noted, we train a two-layer GCN and evaluate prediction accuracy on a test set of 1,000 labeled examples."
G_NOVAL = "We do not use the validation set labels for training."
G_CORA = "For the citation network datasets, we optimize hyperparameters on Cora only and use the same set of parameters for Citeseer and Pubmed."
G_EPOCHS = "We train all models for a maximum of 200 epochs (training iterations) using Adam with a learning rate of 0.01 and early stopping with a window size of 10, we stop training if the validation loss does not decrease for 10 consecutive epochs."
G_RANDOM = "On the random graph datasets, we use a hidden layer size of 32 units and omit regularization (neither dropout nor L2 regularization)."
G_TSVM = "We omit TSVM, as it does not scale to the large number of classes in one of our datasets."
G_ICA = "For ICA, we report the mean accuracy of 100 runs with random node orderings."
G_PLAN = "Results for all other baseline methods are taken from the Planetoid paper (Yang et al., 2016)."
G_HYPER = "We used the following sets of hyperparameters for Citeseer, Cora and Pubmed: 0.5 (dropout rate), 5e-4 (L2 regularization) and 16 (number of hidden units); and for NELL: 0.1 (dropout rate), 1e-5 (L2 regularization) and 64 (number of hidden units)."
G_LAPL = "Methods based on graph-Laplacian regularization are most likely limited due to their assumption that edges encode mere similarity of nodes."
G_SKIP = "Skip-gram based methods on the other hand are limited by the fact that they are based on a multi-step pipeline which is difficult to optimize."
G_MEMORY = "In the current setup with full-batch gradient descent, memory requirement grows linearly in the size of the dataset."
G_CPU = "We have shown that for large graphs that do not fit in GPU memory, training on CPU can still be a viable option."
G_EDGES = "Our framework currently does not naturally support edge features and is limited to undirected graphs (weighted or unweighted)."
G_CAP1 = "Dataset statistics, as reported in Yang et al. (2016)."

GCN = "GCN (this paper)"
RAND = "GCN (rand. splits)"
GCOLS = ["Citeseer", "Cora", "Pubmed", "NELL"]


def stats(row: str, column: str, value: str) -> dict:
    """A cell of the dataset table (Table 1)."""
    return C("Table 1", row, column, value)


def acc(row: str, column: str, value: str) -> dict:
    """A cell of the results table (Table 2)."""
    return C("Table 2", row, column, value)


def prop(row: str, column: str, value: str) -> dict:
    """A cell of the propagation-model table (Table 3)."""
    return C("Table 3", row, column, value)


claim(P, 4, "verbatim", SUP, G_LINEAR, [S(G_LINEAR)], "the abstract's sentence word for word")
claim(P, 4, "verbatim", CON,
      "NELL is a bipartite graph dataset extracted from a knowledge graph with 55,864 relation nodes and 9,819 entity nodes.",
      [S(G_NELL)], "9,891 entity nodes, not 9,819")
claim(P, 4, "verbatim", SUP, "We train all models for a maximum of 200 epochs (training iterations) using Adam with a learn",
      [S(G_EPOCHS)], "cut off mid-word; what is left is the sentence's start", truncated=True)
claim(P, 4, "verbatim", CON, "For training, we only use 10 labels per class, but all feature vectors.",
      [S(G_20)], "20 labels per class, not 10")

claim(P, 4, "paraphrase", SUP,
      "GCN's hyperparameters for the citation networks are tuned on Cora alone and reused for Citeseer and Pubmed.",
      [S(G_CORA)], "the sentence reworded")
claim(P, 4, "paraphrase", CON, "GCN encodes graph structure through an explicit graph-based regularization term in the loss.",
      [S(G_ENCODE)], "it encodes the structure in the network, avoiding explicit graph-based regularization")
claim(P, 4, "paraphrase", PART, "GCN is trained with Adam at a learning rate of 0.01 on a single Titan X GPU.",
      [S(G_EPOCHS)], "Adam at 0.01 is stated; the GPU is not")
claim(P, 4, "paraphrase", SUP, "Kipf and Welling note that large graphs that do not fit in GPU memory can still be trained on CPU.",
      [S(G_CPU)], "stated")
claim(P, 4, "paraphrase", PART,
      "GCN evaluates accuracy on 1,000 labeled test examples and selects hyperparameters on 500 labeled validation examples.",
      [S(G_TEST)], "the 1,000-example test set is stated; the 500-example validation set is not in this text")
claim(P, 4, "paraphrase", CON, "Skip-gram based methods are easy to optimize because their pipeline has a single step.",
      [S(G_SKIP)], "a multi-step pipeline which is difficult to optimize")

claim(P, 4, "number-format", SUP, "Pubmed has 19,717 nodes and 44,338 edges.",
      [stats("Pubmed", "Nodes", "19,717"), stats("Pubmed", "Edges", "44,338")], "the cells")
claim(P, 4, "number-format", CON, "Cora has 2,708 nodes and 4,532 edges.",
      [stats("Cora", "Nodes", "2,708"), stats("Cora", "Edges", "5,429")], "5,429 edges, not 4,532")
claim(P, 4, "number-format", SUP, "NELL has 210 classes and a label rate of 0.1%.",
      [stats("NELL", "Classes", "210"), stats("NELL", "Label rate", "0.001")], "0.001 = 0.1%")
claim(P, 4, "number-format", CON, "Citeseer's label rate is 3.6% and Cora's 0.52%.",
      [stats("Citeseer", "Label rate", "0.036"), stats("Cora", "Label rate", "0.052")], "0.036 = 3.6% but 0.052 = 5.2%, not 0.52%")
claim(P, 4, "number-format", SUP, "One-hot relation features give NELL nodes roughly 61K-dimensional sparse feature vectors.",
      [S(G_61K)], "61,278-dim")
claim(P, 4, "number-format", CON, "For NELL, GCN uses a dropout rate of 0.5, L2 regularization of 1e-5 and 64 hidden units.",
      [S(G_HYPER)], "NELL's dropout rate is 0.1; 0.5 is the citation networks'")
claim(P, 4, "number-format", SUP,
      "On Citeseer, Cora and Pubmed, GCN uses 16 hidden units, a dropout rate of 0.5 and an L2 factor of 0.0005.",
      [S(G_HYPER)], "5e-4 = 0.0005")
claim(P, 4, "number-format", CON, "GCN is trained for at most 300 epochs.", [S(G_EPOCHS)], "200 epochs")
claim(P, 4, "number-format", SUP, "Planetoid needs 185 seconds to converge on NELL.",
      [acc("Planetoid*", "NELL", "61.9 (185s)")], "185s in the cell")
claim(P, 4, "number-format", CON, "GCN converges on Cora in 13 seconds.",
      [acc(GCN, "Cora", "81.5 (4s)")], "4s; 13s is Planetoid's")
claim(P, 4, "number-format", SUP, "NELL's graph has more than a quarter of a million edges.",
      [stats("NELL", "Edges", "266,144")], "266,144 > 250,000")

claim(P, 4, "sign-direction", SUP, "On Pubmed, GCN improves accuracy over Planetoid* from 77.2 to 79.0.",
      [acc("Planetoid*", "Pubmed", "77.2 (25s)"), acc(GCN, "Pubmed", "79.0 (38s)")], "77.2 -> 79.0")
claim(P, 4, "sign-direction", CON, "On NELL, GCN trails Planetoid* by 4.1 points.",
      [acc("Planetoid*", "NELL", "61.9 (185s)"), acc(GCN, "NELL", "66.0 (48s)")], "66.0 vs 61.9: GCN leads by 4.1")
claim(P, 4, "sign-direction", SUP, "Random splits lower GCN's NELL accuracy from 66.0 to 58.4.",
      [acc(GCN, "NELL", "66.0 (48s)"), acc(RAND, "NELL", "58.4±1.7")], "66.0 -> 58.4")
claim(P, 4, "sign-direction", CON, "On random splits, GCN's Cora accuracy rises above its 81.5 on the standard split.",
      [acc(GCN, "Cora", "81.5 (4s)"), acc(RAND, "Cora", "80.1±0.5")], "80.1 < 81.5: it falls")
claim(P, 4, "sign-direction", SUP, "The renormalization trick beats the single-parameter model on Cora (81.5 vs 79.2).",
      [prop("Renormalization trick", "Cora", "81.5"), prop("Single parameter", "Cora", "79.2")], "81.5 > 79.2")
claim(P, 4, "sign-direction", CON, "On Pubmed, the multi-layer perceptron outperforms the 1st-order term only model.",
      [prop("Multi-layer perceptron", "Pubmed", "71.4"), prop("1st-order term only", "Pubmed", "77.8")], "71.4 < 77.8")
claim(P, 4, "sign-direction", SUP, "GCN converges faster than Planetoid on Citeseer (7s vs 26s).",
      [acc(GCN, "Citeseer", "70.3 (7s)"), acc("Planetoid*", "Citeseer", "64.7 (26s)")], "7s < 26s")
claim(P, 4, "sign-direction", CON, "GCN converges faster than Planetoid on Pubmed.",
      [acc(GCN, "Pubmed", "79.0 (38s)"), acc("Planetoid*", "Pubmed", "77.2 (25s)")], "38s vs 25s: GCN is slower there")

claim(P, 4, "polarity", SUP, "GCN does not use the validation set labels for training.", [S(G_NOVAL)], "stated")
claim(P, 4, "polarity", CON, "GCN uses the validation set labels for training.", [S(G_NOVAL)], "it does not")
claim(P, 4, "polarity", CON, "On the random graph datasets, GCN is trained with dropout and L2 regularization.",
      [S(G_RANDOM)], "neither dropout nor L2 regularization")
claim(P, 4, "polarity", SUP, "On random graphs, GCN omits both dropout and L2 regularization.", [S(G_RANDOM)], "stated")
claim(P, 4, "polarity", CON, "The GCN framework naturally supports edge features and directed graphs.",
      [S(G_EDGES)], "it does not support edge features and is limited to undirected graphs")
claim(P, 4, "polarity", SUP, "GCN is limited to undirected graphs, weighted or unweighted.", [S(G_EDGES)], "stated")
claim(P, 4, "polarity", CON, "TSVM scales to the large number of classes in GCN's datasets and is kept as a baseline.",
      [S(G_TSVM)], "TSVM is omitted because it does not scale")
claim(P, 4, "polarity", CON, "With full-batch gradient descent, GCN's memory requirement grows quadratically in the size of the dataset.",
      [S(G_MEMORY)], "it grows linearly")
claim(P, 4, "polarity", SUP, "Graph-Laplacian regularization methods are limited by assuming that edges encode mere similarity of nodes.",
      [S(G_LAPL)], "stated")

claim(P, 4, "entity-swap", PART, "GCN is compared against label propagation, manifold regularization, DeepWalk and node2vec.",
      [acc("LP", "Cora", "68.0"), acc("ManiReg", "Cora", "59.5"), acc("DeepWalk", "Cora", "67.2")],
      "LP, ManiReg and DeepWalk are rows; node2vec is not")
claim(P, 4, "entity-swap", SUP, "GCN's baselines include DeepWalk, ICA, Planetoid and SemiEmb.",
      [acc("DeepWalk", "Cora", "67.2"), acc("ICA", "Cora", "75.1"), acc("Planetoid*", "Cora", "75.7 (13s)"), acc("SemiEmb", "Cora", "59.0")],
      "all four are rows of Table 2")
claim(P, 4, "entity-swap", PART, "GCN's citation network datasets are Citeseer, Cora and PPI.",
      [S(G_CITE)], "Citeseer and Cora are named; the third is Pubmed, not PPI")
claim(P, 4, "entity-swap", SUP, "The citation network datasets are Pubmed, Citeseer and Cora.", [S(G_CITE)], "the same three in another order")
claim(P, 4, "entity-swap", PART,
      "GCN's experiments cover document classification in citation networks, entity classification in a knowledge graph and link prediction.",
      [S(G_TESTS)], "the first two are stated; link prediction is not among the experiments")

claim(P, 4, "table-cell", SUP, "ICA reaches 75.1% accuracy on Cora.", [acc("ICA", "Cora", "75.1")], "the cell")
claim(P, 4, "table-cell", CON, "DeepWalk reaches 65.3% accuracy on Citeseer.",
      [acc("DeepWalk", "Citeseer", "43.2")], "43.2; 65.3 is its Pubmed cell")
claim(P, 4, "table-cell", SUP, "Label propagation gets 26.5% on NELL.", [acc("LP", "NELL", "26.5")], "the cell")
claim(P, 4, "table-cell", CON, "ManiReg scores 59.5 on Citeseer.", [acc("ManiReg", "Citeseer", "60.1")], "60.1; 59.5 is its Cora cell")
claim(P, 4, "table-cell", SUP, "The Chebyshev filter with K = 2 gets 81.2 on Cora.",
      [prop("Chebyshev filter (K = 2)", "Cora", "81.2")], "the cell")
claim(P, 4, "table-cell", CON, "The Chebyshev filter with K = 3 reaches 81.2 on Cora.",
      [prop("Chebyshev filter (K = 3)", "Cora", "79.5")], "79.5; 81.2 is the K = 2 row's")
claim(P, 4, "table-cell", SUP, "Citeseer has 3,703 features.", [stats("Citeseer", "Features", "3,703")], "the cell")
claim(P, 4, "table-cell", CON, "Pubmed has 3 classes and 5,414 features.",
      [stats("Pubmed", "Classes", "3"), stats("Pubmed", "Features", "500")], "500 features; 5,414 is NELL's")
claim(P, 4, "table-cell", PART, "The 1st-order model reaches 80.0% on Cora while training twice as fast as the Chebyshev filter.",
      [prop("1st-order model", "Cora", "80.0")], "80.0 is the cell; no training speed is given")

claim(P, 4, "table-computed", SUP, "GCN (this paper) has the highest accuracy of all methods on every dataset of Table 2.",
      [acc(GCN, "Citeseer", "70.3 (7s)"), acc(GCN, "Cora", "81.5 (4s)"), acc(GCN, "Pubmed", "79.0 (38s)"), acc(GCN, "NELL", "66.0 (48s)")],
      "max of every column: 70.3, 81.5, 79.0, 66.0")
claim(P, 4, "table-computed", CON, "Among GCN's baselines, ICA has the best Pubmed accuracy.",
      [acc("ICA", "Pubmed", "73.9"), acc("Planetoid*", "Pubmed", "77.2 (25s)")], "Planetoid*'s 77.2 is higher")
claim(P, 4, "table-computed", SUP, "GCN beats Planetoid* on Cora by 5.8 points.",
      [acc(GCN, "Cora", "81.5 (4s)"), acc("Planetoid*", "Cora", "75.7 (13s)")], "81.5 - 75.7 = 5.8")
claim(P, 4, "table-computed", CON, "GCN's margin over ICA on Citeseer is 2.2 points.",
      [acc(GCN, "Citeseer", "70.3 (7s)"), acc("ICA", "Citeseer", "69.1")], "70.3 - 69.1 = 1.2")
claim(P, 4, "table-computed", SUP, "The multi-layer perceptron is the weakest propagation model on all three citation datasets.",
      [prop("Multi-layer perceptron", "Citeseer", "46.5"), prop("Multi-layer perceptron", "Cora", "55.1"), prop("Multi-layer perceptron", "Pubmed", "71.4")],
      "min of every column: 46.5, 55.1, 71.4")
claim(P, 4, "table-computed", CON, "On Pubmed, the renormalization trick improves on the 1st-order model by 2.5 points.",
      [prop("Renormalization trick", "Pubmed", "79.0"), prop("1st-order model", "Pubmed", "77.5")], "79.0 - 77.5 = 1.5")
claim(P, 4, "table-computed", SUP, "Over Citeseer, Cora and Pubmed, GCN (this paper) averages about 76.9% accuracy.",
      [acc(GCN, "Citeseer", "70.3 (7s)"), acc(GCN, "Cora", "81.5 (4s)"), acc(GCN, "Pubmed", "79.0 (38s)")], "(70.3 + 81.5 + 79.0) / 3 = 76.93")
claim(P, 4, "table-computed", CON, "Planetoid's training times over the four datasets add up to 239 seconds.",
      [acc("Planetoid*", c, v) for c, v in zip(GCOLS, ["64.7 (26s)", "75.7 (13s)", "77.2 (25s)", "61.9 (185s)"])],
      "26 + 13 + 25 + 185 = 249")
claim(P, 4, "table-computed", SUP, "GCN's training times over the four datasets add up to 97 seconds.",
      [acc(GCN, c, v) for c, v in zip(GCOLS, ["70.3 (7s)", "81.5 (4s)", "79.0 (38s)", "66.0 (48s)"])],
      "7 + 4 + 38 + 48 = 97")
claim(P, 4, "table-computed", CON, "NELL has more than 100 times as many edges as Citeseer.",
      [stats("NELL", "Edges", "266,144"), stats("Citeseer", "Edges", "4,732")], "266,144 / 4,732 = 56")

claim(P, 4, "two-sentences", SUP,
      "The citation datasets give each document a sparse bag-of-words feature vector, and GCN treats citation links as undirected edges.",
      [S(G_BOW), S(G_UNDIR)], "two adjacent sentences")
claim(P, 4, "two-sentences", PART,
      "Each citation document has a class label, and the documents are split 60/20/20 into training, validation and test sets.",
      [S(G_LABEL)], "the first half is stated; no such split is")
claim(P, 4, "two-sentences", CON,
      "GCN trains for at most 200 epochs with early stopping, and on random graphs it uses a hidden layer of 64 units.",
      [S(G_EPOCHS), S(G_RANDOM)], "32 units on random graphs, not 64")
claim(P, 4, "two-sentences", SUP,
      "ICA's accuracy is the mean of 100 runs with random node orderings, and the other baselines' results come from the Planetoid paper.",
      [S(G_ICA), S(G_PLAN)], "two adjacent sentences")

claim(P, 4, "absent", NF, "GCN trains one epoch on a random graph with a million edges in under a second on GPU.",
      [], "the run-time results are not in this text")
claim(P, 4, "absent", NF, "GCN initializes its weights with the Glorot initialization.", [], "true of the paper, left out of this text")
claim(P, 4, "absent", NF, "A t-SNE plot of GCN's hidden layer on Cora uses 5% of the labels.", [], "the figure is not in this text")
claim(P, 4, "absent", NF, "GCN was implemented in PyTorch.", [], "not in this text")
claim(P, 4, "absent", SUP, "GCN's dataset statistics are as reported in Yang et al. (2016).", [S(G_CAP1)], "Table 1's caption, a passage")

# ---------------------------------------------------------------------------------------
# 2203.11171 -- self-consistency. v1: the abstract alone ("a simple ensemble strategy",
# GSM8K +10%, SVAMP +14%, MultiArith +24%, CommonsenseQA +5%, ARC easy +4% / challenge +5%);
# v4: abstract (GSM8K +17.9%, SVAMP +11.0%, AQuA +12.2%, StrategyQA +6.4%, ARC-challenge
# +3.9%), introduction, method, setup, results and conclusion sentences; no table.
P = "2203.11171"
V4 = {1: NF}  # a claim on v4's body: v1 (the abstract alone) states nothing of it
SC1_ENS = "We explore a simple ensemble strategy, self-consistency, that significantly improves the reasoning accuracy of large language models."
SC1_IDEA = "The idea is to sample a diverse set of outputs from a language model and return the most consistent answer in the set."
SC1_RES = "For arithmetic and commonsense reasoning benchmarks we find that self-consistency yields significant accuracy improvements in a variety of datasets, such as GSM8K (+10%), SVAMP (+14%), MultiArith (+24%), CommonsenseQA (+5%) and ARC (easy +4%, challenge +5%)."
SC4_DECODE = "In this paper, we propose a new decoding strategy, self-consistency, to replace the naive greedy decoding used in chain-of-thought prompting."
SC4_SAMPLES = "It first samples a diverse set of reasoning paths instead of only taking the greedy one, and then selects the most consistent answer by marginalizing out the sampled reasoning paths."
SC4_INTUIT = "Self-consistency leverages the intuition that a complex reasoning problem typically admits multiple different ways of thinking leading to its unique correct answer."
SC4_RES = "Our extensive empirical evaluation shows that self-consistency boosts the performance of chain-of-thought prompting with a striking margin on a range of popular arithmetic and commonsense reasoning benchmarks, including GSM8K (+17.9%), SVAMP (+11.0%), AQuA (+12.2%), StrategyQA (+6.4%) and ARC-challenge (+3.9%)."
SC4_AVOIDS = "Compared to other decoding methods, self-consistency avoids the repetitiveness and local-optimality that plague greedy decoding, while mitigating the stochasticity of a single sampled generation."
SC4_SIMPLER = "Self-consistency is far simpler than prior approaches that either train an additional verifier or train a re-ranker given additional human annotations to improve generation quality."
SC4_UNSUP = "Instead, self-consistency is entirely unsupervised, works off-the-shelf with pre-trained language models, requires no additional human annotation, and avoids any additional training, auxiliary models or fine-tuning."
SC4_SELFENS = "Self-consistency also differs from a typical ensemble approach where multiple models are trained and the outputs from each model are aggregated, it acts more like a \"self-ensemble\" that works on top of a single language model."
SC4_FOUR = "We evaluate self-consistency on a wide range of arithmetic and commonsense reasoning tasks over four language models with varying scales: the public UL2-20B and GPT-3-175B, and two densely-activated decoder-only language models: LaMDA-137B and PaLM-540B."
SC4_OUTPERF = "We also show self-consistency significantly outperforms sample-and-rank, beam search, ensemble-based approaches, and is robust to sampling strategies and imperfect prompts."
SC4_LIKELY = "We took a closer look at the model's output probabilities and found this is because for each reasoning path and answer, the normalized conditional probabilities are quite close to each other, i.e., the language model regards those generations as \"similarly likely\"."
SC4_WAVG = "For completeness, we also report the results by taking a \"weighted average\", which results in a much worse performance."
SC4_FIXED = "One should note that self-consistency can be applied only to problems where the final answer is from a fixed answer set, but in principle this approach can be extended to open-text generation problems if a good metric of consistency can be defined between multiple generations, e.g., whether two answers agree or contradict each other."
SC4_UL2 = "UL2 is an encoder-decoder model trained on a mixture of denoisers with 20-billion parameters."
SC4_LAMDA = "LaMDA-137B is a dense left-to-right, decoder-only language model with 137-billion parameters, pre-trained on a mixture of web documents, dialog data and Wikipedia."
SC4_PALM = "PaLM-540B is a dense left-to-right, decoder-only language model with 540-billion parameters, pre-trained on a high quality corpus of 780 billion tokens with filtered webpages, books, Wikipedia, news articles, source code, and social media conversations."
SC4_FEWSHOT = "We perform all experiments in the few-shot setting, without training or fine-tuning the language models."
SC4_PROMPTS = "For a fair comparison we use the same prompts as in Wei et al. (2022): for all arithmetic reasoning tasks we use the same set of 8 manually written exemplars; for each commonsense reasoning task, 4-7 exemplars are randomly chosen from the training set with manually composed chain-of-thought prompts."
SC4_TEMP = "In particular, for UL2-20B and LaMDA-137B we applied temperature sampling with T = 0.5 and truncated at the top-k (k = 40) tokens with the highest probability, for PaLM-540B we applied T = 0.7, k = 40, and for GPT-3 we use T = 0.7 without top-k truncation."
SC4_RUNS = "We report the results of self-consistency averaged over 10 runs, where we sampled 40 outputs independently from the decoder in each run."
SC4_BASE = "The baseline we compare to is chain-of-thought prompting with greedy decoding, referred to as CoT-prompting, which has been previously used for decoding in large language models."
SC4_SCALE = "More surprisingly, the gains become more significant when the language model's scale increases, e.g., we see +3%-6% absolute accuracy improvement over UL2-20B but +9%-23% for LaMDA-137B and GPT-3."
SC4_LARGER = "For larger models that already achieve high accuracy on most tasks (e.g., GPT-3 and PaLM-540B), self-consistency still contributes significant additional gains with +12%-18% absolute accuracy on tasks like AQuA and GSM8K, and +7%-11% on SVAMP and ASDiv."
SC4_SOTA = "Similarly, self-consistency yields large gains across all four language models, and obtained SoTA results on 5 out of 6 tasks."
SC4_MORE = "The results show that sampling a higher number (e.g., 40) of reasoning paths leads to a consistently better performance, further emphasizing the importance of introducing diversity in the reasoning paths."
SC4_HURT = "For some tasks (e.g., ANLI-R1, e-SNLI, RTE), adding chain-of-thought does hurt performance compared to standard prompting, but self-consistency is able to robustly boost the performance and outperform standard prompting, making it a reliable way to add rationales in few-shot in-context learning for common NLP tasks."
SC4_RANK = "While sample-and-rank does improve the accuracy with additionally sampled sequences and ranking, the gain is much smaller compared to self-consistency."
SC4_BEAM = "The reason is that beam search yields a lower diversity in the outputs, while in self-consistency the diversity of the reasoning paths is the key to a better performance."
SC4_PERMUTE = "In particular, we consider ensembling by: (1) prompt order permutation: we randomly permute the exemplars in the prompt 40 times to mitigate model's sensitivity to prompt order; and (2) multiple sets of prompts: we manually write 3 different sets of prompts."
SC4_IMPERF = "We show the results in Table 8: while imperfect prompts decrease accuracy with greedy decoding (17.1 to 14.9), self-consistency can fill in the gaps and robustly improve the results."
SC4_ZEROSHOT = "In addition, we tested self-consistency with zero-shot chain-of-thought and show that self-consistency works for zero-shot CoT as well and improves the results significantly (+26.2%) in Table 8."
SC4_CONCL = "We introduced a simple yet effective method called self-consistency, and observed that it significantly improves accuracy in a range of arithmetic and commonsense reasoning tasks, across four large language models with varying scales."
SC4_COST = "One limitation of self-consistency is that it incurs more computation cost."
SC4_PATHS = "In practice people can try a small number of paths (e.g., 5 or 10) as a starting point to realize most of the gains while not incurring too much cost, as in most cases the performance saturates quickly."

claim(P, 4, "verbatim", SUP, SC4_INTUIT, [S(SC4_INTUIT)], "v4's abstract word for word; v1 has no such sentence", per=V4)
claim(P, 1, "verbatim", SUP, SC1_IDEA, [S(SC1_IDEA), S(SC4_SAMPLES, 4)],
      "v1's abstract word for word; v4 states the same (sample a diverse set, select the most consistent answer)")
claim(P, 4, "verbatim", CON,
      "We report the results of self-consistency averaged over 10 runs, where we sampled 20 outputs independently from the decoder in each run.",
      [S(SC4_RUNS)], "40 outputs per run, not 20", per=V4)
claim(P, 4, "verbatim", SUP, "One limitation of self-consistency is that it incurs more computat",
      [S(SC4_COST)], "cut off mid-word; what is left is the sentence's start", per=V4, truncated=True)
claim(P, 1, "verbatim", CON,
      "For arithmetic and commonsense reasoning benchmarks we find that self-consistency yields significant accuracy improvements in a variety of datasets, such as GSM8K (+10%), SVAMP (+14%), MultiArith (+42%), CommonsenseQA (+5%) and ARC (easy +4%, challenge +5%).",
      [S(SC1_RES), S(SC4_RES, 4)], "MultiArith +24%, not +42%; v4 has other numbers (GSM8K +17.9%, SVAMP +11.0%)", per={4: CON})

claim(P, 4, "paraphrase", SUP,
      "Self-consistency needs no additional human annotation, training, auxiliary models or fine-tuning.",
      [S(SC4_UNSUP)], "stated", per=V4)
claim(P, 4, "paraphrase", CON, "Self-consistency is more complex than training an additional verifier or re-ranker.",
      [S(SC4_SIMPLER)], "far simpler", per=V4)
claim(P, 4, "paraphrase", PART,
      "Self-consistency results average 10 runs of 40 sampled outputs each, computed on a TPU v4 cluster.",
      [S(SC4_RUNS)], "the runs and samples are stated; hardware is not", per=V4)
claim(P, 4, "paraphrase", SUP,
      "Unlike greedy decoding, self-consistency avoids repetitiveness and local optimality, while reducing the randomness of a single sampled generation.",
      [S(SC4_AVOIDS)], "the sentence reworded", per=V4)
claim(P, 4, "paraphrase", PART,
      "PaLM-540B was pre-trained on 780 billion tokens, and self-consistency lifts its GSM8K accuracy to 74.4%.",
      [S(SC4_PALM)], "780 billion tokens is stated; no GSM8K accuracy is in this text", per=V4)
claim(P, 4, "paraphrase", CON, "Self-consistency can be applied as it is to any open-ended text generation problem.",
      [S(SC4_FIXED)], "only to problems with a fixed answer set", per=V4)

claim(P, 4, "number-format", SUP, "For UL2-20B and LaMDA-137B, sampling uses temperature 0.5 with top-k truncation at k = 40.",
      [S(SC4_TEMP)], "stated", per=V4)
claim(P, 4, "number-format", CON, "PaLM-540B was pre-trained on 870 billion tokens.", [S(SC4_PALM)], "780 billion, not 870", per=V4)
claim(P, 4, "number-format", SUP, "All arithmetic reasoning tasks use the same eight manually written exemplars.",
      [S(SC4_PROMPTS)], "8 exemplars", per=V4)
claim(P, 4, "number-format", CON, "For GPT-3, self-consistency samples at temperature 0.5 without top-k truncation.",
      [S(SC4_TEMP)], "T = 0.7 for GPT-3", per=V4)
claim(P, 4, "number-format", SUP, "With zero-shot chain-of-thought, self-consistency improves the results by 26.2 points.",
      [S(SC4_ZEROSHOT)], "+26.2%", per=V4)
claim(P, 4, "number-format", CON, "Imperfect prompts move greedy-decoding accuracy from 17.1 to 19.4.",
      [S(SC4_IMPERF)], "17.1 to 14.9", per=V4)
claim(P, 4, "number-format", SUP,
      "On larger models, self-consistency still adds 12 to 18 points of absolute accuracy on AQuA and GSM8K.",
      [S(SC4_LARGER)], "+12%-18% absolute accuracy", per=V4)
claim(P, 4, "number-format", CON, "Over UL2-20B, self-consistency improves absolute accuracy by 9% to 23%.",
      [S(SC4_SCALE)], "+3%-6% for UL2-20B; +9%-23% is LaMDA-137B's and GPT-3's", per=V4)
claim(P, 4, "number-format", SUP, "Self-consistency obtained state-of-the-art results on five of six tasks.",
      [S(SC4_SOTA)], "5 out of 6 tasks", per=V4)
claim(P, 4, "number-format", CON, "Each commonsense reasoning task uses 8-10 exemplars chosen from the training set.",
      [S(SC4_PROMPTS)], "4-7 exemplars", per=V4)
claim(P, 4, "number-format", CON, "The prompt-order ensemble permutes the exemplars 20 times.",
      [S(SC4_PERMUTE)], "40 times", per=V4)

claim(P, 4, "sign-direction", SUP, "Imperfect prompts decrease greedy-decoding accuracy, from 17.1 to 14.9.",
      [S(SC4_IMPERF)], "stated", per=V4)
claim(P, 4, "sign-direction", CON, "Imperfect prompts raise greedy-decoding accuracy from 14.9 to 17.1.",
      [S(SC4_IMPERF)], "they lower it from 17.1 to 14.9", per=V4)
claim(P, 4, "sign-direction", SUP, "Self-consistency's gains grow as the language model's scale increases.",
      [S(SC4_SCALE)], "the gains become more significant with scale", per=V4)
claim(P, 4, "sign-direction", CON, "Self-consistency's gains shrink as the language model's scale increases.",
      [S(SC4_SCALE)], "they become more significant", per=V4)
claim(P, 4, "sign-direction", SUP, "On ANLI-R1, e-SNLI and RTE, adding chain-of-thought lowers performance below standard prompting.",
      [S(SC4_HURT)], "it does hurt performance", per=V4)
claim(P, 4, "sign-direction", CON, "Adding chain-of-thought improves over standard prompting on e-SNLI and RTE.",
      [S(SC4_HURT)], "it hurts performance there", per=V4)
claim(P, 4, "sign-direction", SUP, "Beam search yields less diverse outputs than the sampling used by self-consistency.",
      [S(SC4_BEAM)], "a lower diversity", per=V4)
claim(P, 4, "sign-direction", CON, "Sampling fewer reasoning paths gives consistently better performance than sampling 40.",
      [S(SC4_MORE)], "a higher number (e.g., 40) gives consistently better performance", per=V4)

claim(P, 4, "polarity", SUP, "Self-consistency is entirely unsupervised.", [S(SC4_UNSUP)], "stated", per=V4)
claim(P, 4, "polarity", CON, "Self-consistency requires additional human annotation to train a re-ranker.",
      [S(SC4_UNSUP)], "it requires no additional human annotation", per=V4)
claim(P, 4, "polarity", CON,
      "Self-consistency works like a typical ensemble in which multiple models are trained and their outputs aggregated.",
      [S(SC4_SELFENS)], "it differs from that; a self-ensemble on a single model", per=V4)
claim(P, 4, "polarity", SUP, "The self-consistency experiments neither train nor fine-tune the language models.",
      [S(SC4_FEWSHOT)], "stated", per=V4)
claim(P, 4, "polarity", CON, "Self-consistency fine-tunes the language model for each task before sampling reasoning paths.",
      [S(SC4_FEWSHOT)], "no training or fine-tuning", per=V4)
claim(P, 4, "polarity", CON, "Sample-and-rank gains more from additional sampled sequences than self-consistency does.",
      [S(SC4_RANK)], "its gain is much smaller", per=V4)
claim(P, 4, "polarity", SUP, "Aggregating answers by a weighted average performs much worse.",
      [S(SC4_WAVG)], "stated", per=V4)
claim(P, 4, "polarity", CON,
      "The language model gives its sampled generations very different normalized probabilities, so it separates correct from wrong solutions.",
      [S(SC4_LIKELY)], "the probabilities are quite close: similarly likely", per=V4)
claim(P, 4, "polarity", SUP, "Self-consistency can be applied only to problems whose final answer comes from a fixed answer set.",
      [S(SC4_FIXED)], "stated", per=V4)

claim(P, 4, "entity-swap", PART, "Self-consistency is evaluated with UL2-20B, GPT-3-175B, LaMDA-137B and Chinchilla-70B.",
      [S(SC4_FOUR)], "three are named; the fourth is PaLM-540B, not Chinchilla", per=V4)
claim(P, 4, "entity-swap", SUP, "The four language models are PaLM-540B, LaMDA-137B, GPT-3-175B and UL2-20B.",
      [S(SC4_FOUR)], "the same four in another order", per=V4)
claim(P, 4, "entity-swap", PART,
      "Self-consistency is shown to outperform sample-and-rank, beam search and minimum Bayes risk decoding.",
      [S(SC4_OUTPERF)], "sample-and-rank and beam search are named; the third is ensemble-based approaches", per=V4)
claim(P, 4, "entity-swap", SUP,
      "PaLM-540B's corpus includes source code, social media conversations, books, Wikipedia, news articles and filtered webpages.",
      [S(SC4_PALM)], "the same sources in another order", per=V4)
claim(P, 4, "entity-swap", PART, "Adding chain-of-thought hurts performance on ANLI-R1, e-SNLI and BoolQ.",
      [S(SC4_HURT)], "ANLI-R1 and e-SNLI are named; the third is RTE, not BoolQ", per=V4)
claim(P, 1, "entity-swap", PART, "Self-consistency improves accuracy on GSM8K, SVAMP and AQuA.",
      [S(SC1_RES), S(SC4_RES, 4)], "v1 names GSM8K and SVAMP but not AQuA (partly); v4 names all three", per={4: SUP})

claim(P, 4, "two-sentences", SUP,
      "Self-consistency samples diverse reasoning paths and picks the most consistent answer, on the intuition that a complex problem admits multiple ways of thinking that lead to its unique correct answer.",
      [S(SC4_SAMPLES), S(SC4_INTUIT), S(SC1_IDEA, 1)],
      "v4's two adjacent sentences; v1 states the sampling but not the intuition (partly)", per={1: PART})
claim(P, 4, "two-sentences", CON,
      "Results average 10 runs of 40 samples, and the baseline is chain-of-thought prompting with beam search.",
      [S(SC4_RUNS), S(SC4_BASE)], "the baseline uses greedy decoding", per=V4)
claim(P, 4, "two-sentences", PART,
      "Self-consistency incurs more computation cost, which the authors measure as 40 times that of greedy decoding.",
      [S(SC4_COST)], "the cost is stated; no such measurement", per=V4)
claim(P, 4, "two-sentences", SUP,
      "Self-consistency is far simpler than training a verifier or a re-ranker, since it is entirely unsupervised and needs no additional training.",
      [S(SC4_SIMPLER), S(SC4_UNSUP)], "two adjacent sentences", per=V4)
claim(P, 4, "two-sentences", SUP,
      "UL2 is a 20-billion-parameter encoder-decoder model, and LaMDA-137B is a decoder-only model with 137 billion parameters.",
      [S(SC4_UL2), S(SC4_LAMDA)], "two adjacent sentences", per=V4)

claim(P, 4, "version-drift", SUP, "Self-consistency improves GSM8K accuracy by 17.9%.",
      [S(SC4_RES), S(SC1_RES, 1)], "v4: +17.9%; v1: +10% (contradicted)", per={1: CON})
claim(P, 1, "version-drift", SUP, "Self-consistency improves SVAMP accuracy by 14%.",
      [S(SC1_RES), S(SC4_RES, 4)], "v1: +14%; v4: +11.0% (contradicted)", per={4: CON})
claim(P, 1, "version-drift", SUP, "Self-consistency yields a 24% gain on MultiArith.",
      [S(SC1_RES)], "v1 only; v4 never names MultiArith (not found)", per={4: NF})
claim(P, 4, "version-drift", SUP, "Self-consistency improves AQuA accuracy by 12.2%.",
      [S(SC4_RES)], "v4 only; v1 never names AQuA (not found)", per=V4)
claim(P, 1, "version-drift", SUP, "Self-consistency gains 5% on ARC-challenge.",
      [S(SC1_RES), S(SC4_RES, 4)], "v1: challenge +5%; v4: +3.9% (contradicted)", per={4: CON})
claim(P, 4, "version-drift", SUP, "Self-consistency replaces the naive greedy decoding used in chain-of-thought prompting.",
      [S(SC4_DECODE)], "v4's abstract; v1 says nothing of greedy decoding (not found)", per=V4)
claim(P, 1, "version-drift", SUP, "Self-consistency improves CommonsenseQA accuracy by 5%.",
      [S(SC1_RES)], "v1 only; v4 never names CommonsenseQA (not found)", per={4: NF})
claim(P, 4, "version-drift", SUP, "Self-consistency improves StrategyQA by 6.4%.",
      [S(SC4_RES)], "v4 only; v1 never names StrategyQA (not found)", per=V4)
claim(P, 1, "version-drift", SUP, "Self-consistency significantly improves the reasoning accuracy of large language models.",
      [S(SC1_ENS), S(SC4_CONCL, 4)], "v1's first sentence; v4's conclusion says it significantly improves accuracy on reasoning tasks")
claim(P, 1, "version-drift", CON, "Self-consistency improves GSM8K accuracy by 17.9 percentage points.",
      [S(SC1_RES), S(SC4_RES, 4)], "v1: +10% (contradicted); v4: +17.9%", per={4: SUP})
claim(P, 4, "version-drift", NF, "Self-consistency improves MultiArith accuracy by 24%.",
      [S(SC1_RES, 1)], "v4 never names MultiArith; v1: +24%", per={1: SUP})
claim(P, 4, "version-drift", CON, "Self-consistency improves ARC-challenge accuracy by 5%.",
      [S(SC4_RES), S(SC1_RES, 1)], "v4: +3.9% (contradicted); v1: challenge +5%", per={1: SUP})

claim(P, 4, "absent", NF, "Self-consistency with PaLM-540B reaches 74.4% accuracy on GSM8K.", [], "no accuracy table in this text")
claim(P, 4, "absent", NF, "Self-consistency is evaluated on the MATH competition dataset.", [], "not in this text")
claim(P, 4, "absent", NF, "With code-davinci-002, self-consistency reaches 78.0% on GSM8K.", [], "not in this text")
claim(P, 4, "absent", NF, "Self-consistency deduplicates identical reasoning paths before taking the majority vote.", [], "not in this text")
claim(P, 4, "absent", SUP,
      "In practice a small number of sampled paths (5 or 10) realizes most of the gains, since performance saturates quickly.",
      [S(SC4_PATHS)], "the conclusion's last sentence", per=V4)
