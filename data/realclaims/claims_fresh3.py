"""The fresh3 split (issue 13): a third blind set, over three PDF versions of two papers that
no other split contains (ELMo v2, mT5 v1 and v3), labelled by reading their truth files
before any verdict engine was run on them, by someone who was not changing the rules. Never
run while the rules change; `calibrate_verdicts.py` treats every split named fresh* as the
independent measure and leaves it out unless named.

Imported at the end of claims_src.py after claims_fresh2, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell's value, a reversed comparison,
a figure of the other version, facts true of the real paper but absent from the corpus
text, and lists with one member swapped.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH3 = {
    "1802.05365": (2,),  # ELMo
    "2010.11934": (1, 3),  # mT5: v1 (October 2020 abstract, README results) and v3 (NAACL abstract)
}
SPLIT.update({paper: "fresh3" for paper in FRESH3})
VERSIONS.update(FRESH3)

# ---------------------------------------------------------------------------------------
# 1802.05365 -- ELMo (v2). Abstract, the introduction's first paragraph and the start of
# its second, the evaluation section's task paragraphs, and Table 1 (the authors' reprint,
# without the Coref row): task, previous SOTA system and score, baseline, ELMo + baseline,
# increase absolute / relative.
P, V = "1802.05365", 2
E_ABS2 = "Our word vectors are learned functions of the internal states of a deep bidirectional language model (biLM), which is pre-trained on a large text corpus."
E_ABS3 = "We show that these representations can be easily added to existing models and significantly improve the state of the art across six challenging NLP problems, including question answering, textual entailment and sentiment analysis."
E_ABS4 = "We also present an analysis showing that exposing the deep internals of the pre-trained network is crucial, allowing downstream models to mix different types of semi-supervision signals."
E_IN1 = "Pre-trained word representations (Mikolov et al., 2013; Pennington et al., 2014) are a key component in many neural language understanding models."
E_IN2 = "However, learning high quality representations can be challenging."
E_IN3 = "They should ideally model both (1) complex characteristics of word use (e.g., syntax and semantics), and (2) how these uses vary across linguistic contexts (i.e., to model polysemy)."
E_IN4 = "In this paper, we introduce a new type of deep contextualized word representation that directly addresses both challenges, can be easily integrated into existing models, and significantly improves the state of the art in every considered case across a range of challenging language understanding problems."
E_IN5 = "Our representations differ from traditional word type embeddings in that each token is assigned a representation that is a function of the entire input sentence."
E_IN6 = "We use vectors derived from a bidirectional LSTM that is trained with a coupled language model (LM) objective on a large text corpus."
E_IN7 = "For this reason, we call them ELMo (Embeddings from Language Models) representations."
E_IN8 = "Unlike previous approaches for learning contextualized word vectors (Peters et al., 2017; McCann et al., 2017), ELMo representations are deep, in the sense that they are a function of all of the internal layers of the biLM."
E_SQ = "The Stanford Question Answering Dataset (SQuAD) (Rajpurkar et al., 2016) contains 100K+ crowd sourced question-answer pairs where the answer is a span in a given Wikipedia paragraph."
E_TE = "Textual entailment is the task of determining whether a “hypothesis” is true, given a “premise”."
E_SNLI = "The Stanford Natural Language Inference (SNLI) corpus (Bowman et al., 2015) provides approximately 550K hypothesis/premise pairs."
E_ESIM = "Our baseline, the ESIM sequence model from Chen et al. (2017), uses a biLSTM to encode the premise and hypothesis, followed by a matrix attention layer, a local inference layer, another biLSTM inference composition layer, and finally a pooling operation before the output layer."
E_CAP2 = "The increase column lists both the absolute and relative improvements over our baseline."
SOTA, SCORE, BASE, ELMO, INC = ("Previous SOTA / System", "Previous SOTA / Score", "Our baseline",
                                "ELMo + baseline", "Increase (absolute/relative)")
INCREASES = [("SQuAD", "4.7 / 24.9%"), ("SNLI", "0.7 / 5.8%"), ("SRL", "3.2 / 17.2%"),
             ("NER", "2.06 / 21%"), ("Sentiment (5-class)", "3.3 / 6.8%")]


def el(row: str, col: str, value: str) -> dict:
    return C("Table 1", row, col, value)


claim(P, V, "verbatim", SUP, E_ABS2, [S(E_ABS2)], "the abstract's second sentence, word for word")
claim(P, V, "verbatim", CON,
      "We show that these representations can be easily added to existing models and significantly improve the state of the art across five challenging NLP problems, including question answering, textual entailment and sentiment analysis.",
      [S(E_ABS3)], "six challenging NLP problems, not five")
claim(P, V, "verbatim", SUP,
      "Our representations differ from traditional word type embeddings in that each token is assigned a representation that is a function of the enti",
      [S(E_IN5)], "cut off mid-word; what is left is the introduction's sentence", truncated=True)
claim(P, V, "verbatim", SUP, E_IN7, [S(E_IN7)], "the introduction's naming sentence, word for word")

claim(P, V, "paraphrase", SUP,
      "Unlike traditional word type embeddings, ELMo gives every token a representation that depends on the whole input sentence.",
      [S(E_IN5)], "reworded: whole = entire, depends on = is a function of")
claim(P, V, "paraphrase", CON,
      "Like earlier contextual word vectors, ELMo takes its representations from the top layer of the biLM only.",
      [S(E_IN8)], "the source: unlike previous approaches, ELMo is a function of all of the internal layers of the biLM")
claim(P, V, "paraphrase", PART,
      "ELMo's vectors come from a bidirectional LSTM trained with a coupled language-model objective on a large corpus of news text.",
      [S(E_IN6)], "biLSTM, coupled LM objective and large corpus stated; that the corpus is news text is not")

claim(P, V, "number-format", SUP,
      "SQuAD contains more than 100,000 crowd-sourced question-answer pairs.",
      [S(E_SQ)], "100K+ = more than 100,000")
claim(P, V, "number-format", CON,
      "SNLI provides roughly 570 thousand hypothesis/premise pairs.",
      [S(E_SNLI)], "approximately 550K, not 570 thousand")
claim(P, V, "number-format", SUP,
      "The SNLI corpus supplies about 550,000 premise-hypothesis pairs.",
      [S(E_SNLI)], "approximately 550K = about 550,000")
claim(P, V, "number-format", SUP,
      "On SQuAD, ELMo's gain over the baseline is 4.7 points absolute, or about a quarter in relative terms.",
      [el("SQuAD", INC, "4.7 / 24.9%")], "4.7 / 24.9%: 24.9% is about a quarter")
claim(P, V, "number-format", CON,
      "On NER, adding ELMo yields a relative improvement of 12% over the baseline.",
      [el("NER", INC, "2.06 / 21%")], "the relative improvement on NER is 21%, not 12%")
claim(P, V, "number-format", SUP,
      "ELMo significantly improves the state of the art on half a dozen challenging NLP problems.",
      [S(E_ABS3)], "six = half a dozen")

claim(P, V, "sign-direction", SUP,
      "Adding ELMo raises the SRL baseline from 81.4 to 84.6.",
      [el("SRL", BASE, "81.4"), el("SRL", ELMO, "84.6")], "81.4 -> 84.6, a rise")
claim(P, V, "sign-direction", CON,
      "On SNLI, the ELMo-enhanced model falls 0.7 points below its baseline.",
      [el("SNLI", BASE, "88.0"), el("SNLI", ELMO, "88.7 ± 0.17")], "88.7 vs 88.0: 0.7 above the baseline, not below")
claim(P, V, "sign-direction", CON,
      "For 5-class sentiment, ELMo + baseline (54.7) stays below the previous state of the art of 53.7.",
      [el("Sentiment (5-class)", SCORE, "53.7"), el("Sentiment (5-class)", ELMO, "54.7 ± 0.5")], "54.7 is above 53.7")
claim(P, V, "sign-direction", SUP,
      "On NER, the authors' baseline (90.15) trails the previous state of the art by 1.78 points.",
      [el("NER", SCORE, "91.93 ± 0.19"), el("NER", BASE, "90.15")], "91.93 - 90.15 = 1.78, the baseline below")

claim(P, V, "polarity", SUP,
      "The authors' analysis finds that exposing the deep internals of the pre-trained network is crucial.",
      [S(E_ABS4)], "stated as in the abstract")
claim(P, V, "polarity", CON,
      "The analysis shows that exposing the deep internals of the pre-trained network is unnecessary for downstream models.",
      [S(E_ABS4)], "crucial, not unnecessary")
claim(P, V, "polarity", CON,
      "According to the authors, learning high quality word representations is straightforward.",
      [S(E_IN2)], "the source: learning high quality representations can be challenging")
claim(P, V, "polarity", SUP,
      "The introduction notes that learning high-quality representations can be challenging.",
      [S(E_IN2)], "stated, hyphen only")
claim(P, V, "polarity", CON,
      "ELMo representations are difficult to integrate into existing models.",
      [S(E_IN4)], "the source: can be easily integrated into existing models")
claim(P, V, "polarity", CON,
      "Pre-trained word representations play only a minor role in neural language understanding models.",
      [S(E_IN1)], "the source calls them a key component")

claim(P, V, "entity-swap", SUP,
      "ELMo improves the state of the art on problems including sentiment analysis, question answering and textual entailment.",
      [S(E_ABS3)], "the abstract's three problems, reordered")
claim(P, V, "entity-swap", PART,
      "ELMo significantly improves the state of the art on question answering, textual entailment and machine translation.",
      [S(E_ABS3)], "question answering and textual entailment named; machine translation nowhere (the third is sentiment analysis)")
claim(P, V, "entity-swap", PART,
      "Table 1 reports ELMo results on SQuAD, SNLI, SRL, NER and dependency parsing.",
      [el("SQuAD", ELMO, "85.8"), el("SNLI", ELMO, "88.7 ± 0.17"), el("SRL", ELMO, "84.6"), el("NER", ELMO, "92.22 ± 0.10")],
      "four of the rows are there; the fifth is 5-class sentiment, no parsing row")
claim(P, V, "entity-swap", PART,
      "The ESIM baseline encodes premise and hypothesis with a biLSTM, followed by a matrix attention layer, a local inference layer and a Transformer decoder.",
      [S(E_ESIM)], "biLSTM, matrix attention and local inference layers stated; no Transformer decoder (the source ends with an inference composition biLSTM and pooling)")

claim(P, V, "table-cell", SUP,
      "ELMo + baseline scores 84.6 on SRL.",
      [el("SRL", ELMO, "84.6")], "the SRL cell")
claim(P, V, "table-cell", CON,
      "The authors' SQuAD baseline scores 84.4.",
      [el("SQuAD", BASE, "81.1")], "the baseline is 81.1; 84.4 is the previous state of the art (SAN)")
claim(P, V, "table-cell", PART,
      "On SNLI, ELMo + baseline reaches 88.7 after 14 hours of training.",
      [el("SNLI", ELMO, "88.7 ± 0.17")], "88.7 stated; no training time anywhere")

claim(P, V, "table-computed", SUP,
      "ELMo's largest absolute gain in Table 1 is on SQuAD, at 4.7 points.",
      [el(r, INC, v) for r, v in INCREASES], "absolute increases 4.7, 0.7, 3.2, 2.06, 3.3: SQuAD is the maximum")
claim(P, V, "table-computed", CON,
      "ELMo's smallest relative improvement in Table 1 is on 5-class sentiment.",
      [el(r, INC, v) for r, v in INCREASES], "relative increases 24.9, 5.8, 17.2, 21, 6.8%: the minimum is SNLI (5.8%), not sentiment (6.8%)")
claim(P, V, "table-computed", SUP,
      "On 5-class sentiment, ELMo adds 3.3 points to the baseline (51.4 to 54.7).",
      [el("Sentiment (5-class)", BASE, "51.4"), el("Sentiment (5-class)", ELMO, "54.7 ± 0.5")], "54.7 - 51.4 = 3.3")
claim(P, V, "table-computed", CON,
      "On SRL, the ELMo-enhanced model beats the previous state of the art by 3.9 points.",
      [el("SRL", SCORE, "81.7"), el("SRL", ELMO, "84.6")], "84.6 - 81.7 = 2.9, not 3.9")

claim(P, V, "two-sentences", SUP,
      "ELMo vectors are derived from a bidirectional LSTM trained with a coupled language model objective, which is why they are called Embeddings from Language Models.",
      [S(E_IN6), S(E_IN7)], "two adjacent introduction sentences")
claim(P, V, "two-sentences", CON,
      "Learning high quality representations can be challenging, and such representations should ideally model only the syntax of word use, not how its uses vary across contexts.",
      [S(E_IN2), S(E_IN3)], "the second sentence asks for both word-use characteristics and their variation across contexts; 'not' negates it")
claim(P, V, "two-sentences", PART,
      "Textual entailment is the task of determining whether a hypothesis is true given a premise, and SNLI's approximately 550K pairs were written by expert linguists.",
      [S(E_TE), S(E_SNLI)], "definition and 550K stated; who wrote the pairs is nowhere")

claim(P, V, "absent", NF,
      "The biLM behind ELMo has two layers of 4096 units with 512-dimensional projections.",
      [], "the architecture is not in the corpus text (true of the paper)")
claim(P, V, "absent", NF,
      "ELMo's biLM was pre-trained on the 1B Word Benchmark.",
      [], "the training corpus is not named in the corpus text")
claim(P, V, "absent", NF,
      "The ELMo paper received the best paper award at NAACL 2018.",
      [], "nowhere in the text")
claim(P, V, "absent", NF,
      "Fine-tuning the biLM on domain-specific data leads to significant drops in perplexity.",
      [], "nowhere in the corpus text (true of the paper)")
claim(P, V, "absent", NF,
      "Adding ELMo to the coreference model of Lee et al. (2017) raises average F1 from 67.2 to 70.4.",
      [], "the Coref row is left out of the corpus table; the coreference paragraph only defines the task")
claim(P, V, "absent", SUP,
      "Table 1's increase column lists both the absolute and the relative improvement over the baseline.",
      [S(E_CAP2)], "the caption's last sentence says so")

# ---------------------------------------------------------------------------------------
# 2010.11934 -- mT5. v1 (one column): the October 2020 abstract, the README's description
# as introduction, and the README's XTREME results table (with mT5-XXL at 75% of training).
# v3 (ACL): the NAACL abstract ("We detail", the accidental-translation sentence), the same
# introduction, the mC4 sentence and the released-checkpoint sizes as Table 1.
P = "2010.11934"
M_ABS1 = "The recent \"Text-to-Text Transfer Transformer\" (T5) leveraged a unified text-to-text format and scale to attain state-of-the-art results on a wide variety of English-language NLP tasks."
M_ABS2 = "In this paper, we introduce mT5, a multilingual variant of T5 that was pre-trained on a new Common Crawl-based dataset covering 101 languages."
M1_ABS3 = "We describe the design and modified training of mT5 and demonstrate its state-of-the-art performance on many multilingual benchmarks."
M3_ABS3 = "We detail the design and modified training of mT5 and demonstrate its state-of-the-art performance on many multilingual benchmarks."
M_SOTA_BOTH = "demonstrate its state-of-the-art performance on many multilingual benchmarks."
M3_ACC = "We also describe a simple technique to prevent \"accidental translation\" in the zero-shot setting, where a generative model chooses to (partially) translate its prediction into the wrong language."
M_PUB = "All of the code and model checkpoints used in this work are publicly available."
M_INTRO = "Multilingual T5 (mT5) is a massively multilingual pretrained text-to-text transformer model, trained following a similar recipe as T5."
M1_SOTA = "mT5 achieves state-of-the-art performance on many cross-lingual NLP tasks, as of October 2020."
M3_MC4 = "mT5 is pretrained on the mC4 corpus, covering 101 languages."
M3_T1 = "Table 1 lists the released checkpoints for the pre-trained models."
XXL = "mT5-XXL (75% trained)"
TASKS = ["XNLI", "PAWS-X", "WikiAnn-NER", "XQuAD", "MLQA", "TyDiQA-GoldP"]


def xt(row: str, col: str, value: str) -> dict:
    """A cell of v1's XTREME table."""
    return C("Table 1", row, col, value)


def ck(row: str, value: str) -> dict:
    """A cell of v3's checkpoint table."""
    return C("Table 1", row, "Parameters", value)


def xt_row(row: str, values: str) -> list[dict]:
    return [xt(row, col, v) for col, v in zip(TASKS, values.split(), strict=True)]


CHECKPOINTS = [ck("mT5-Small", "300 million"), ck("mT5-Base", "600 million"), ck("mT5-Large", "1 billion"),
               ck("mT5-XL", "4 billion"), ck("mT5-XXL", "13 billion")]

claim(P, 3, "verbatim", SUP, M_ABS2, [S(M_ABS2)], "the abstract's second sentence, the same in both versions")
claim(P, 1, "verbatim", CON,
      "In this paper, we introduce mT5, a multilingual variant of T5 that was pre-trained on a new Common Crawl-based dataset covering 107 languages.",
      [S(M_ABS2)], "101 languages in both versions, not 107")

claim(P, 3, "paraphrase", SUP,
      "mT5 is a multilingual version of T5, pre-trained on a new dataset built from Common Crawl that covers 101 languages.",
      [S(M_ABS2)], "reworded; both versions")
claim(P, 3, "paraphrase", CON,
      "Rather than building a new dataset, mT5 reuses T5's English-only pre-training corpus.",
      [S(M_ABS2)], "both versions: a new Common Crawl-based dataset covering 101 languages")
claim(P, 1, "paraphrase", PART,
      "mT5 is a massively multilingual pretrained text-to-text transformer trained following a similar recipe as T5, but with a vocabulary four times larger.",
      [S(M_INTRO)], "the recipe sentence is in both versions; the vocabulary is in neither")

claim(P, 3, "number-format", SUP,
      "mT5's pre-training data spans one hundred and one languages.",
      [S(M_ABS2)], "101 = one hundred and one; both versions")
claim(P, 3, "number-format", CON,
      "The largest released mT5 checkpoint has 13 million parameters.",
      [ck("mT5-XXL", "13 billion")], "13 billion, not 13 million; v1 has no checkpoint sizes", per={1: NF})
claim(P, 3, "number-format", SUP,
      "mT5-Large has 1B parameters.",
      [ck("mT5-Large", "1 billion")], "1 billion = 1B; v1 has no checkpoint sizes", per={1: NF})
claim(P, 3, "number-format", CON,
      "mT5-Base has 580M parameters.",
      [ck("mT5-Base", "600 million")], "600 million, not 580M; v1 has no checkpoint sizes", per={1: NF})
claim(P, 3, "number-format", SUP,
      "mT5-Base has 0.6B parameters.",
      [ck("mT5-Base", "600 million")], "600 million = 0.6B; v1 has no checkpoint sizes", per={1: NF})

claim(P, 1, "sign-direction", SUP,
      "mT5-XXL exceeds XLM-R on XQuAD by 5.3 points.",
      [xt(XXL, "XQuAD", "81.9"), xt("XLM-R", "XQuAD", "76.6")], "81.9 - 76.6 = +5.3; v3 has no results table", per={3: NF})
claim(P, 1, "sign-direction", CON,
      "On TyDiQA-GoldP, mT5-Large improves on mT5-Base by 0.3 points.",
      [xt("mT5-Large", "TyDiQA-GoldP", "57.8"), xt("mT5-Base", "TyDiQA-GoldP", "58.1")],
      "57.8 vs 58.1: Large is 0.3 lower, not higher; v3 has no results table", per={3: NF})

claim(P, 1, "polarity", CON,
      "The code and model checkpoints of mT5 were kept private.",
      [S(M_PUB)], "both versions: publicly available")
claim(P, 3, "polarity", SUP,
      "mT5's code and model checkpoints are publicly available.",
      [S(M_PUB)], "both versions")

claim(P, 1, "entity-swap", PART,
      "Table 1 compares mT5 against mBERT, XLM, XLM-R and RemBERT.",
      [xt("mBERT", "XNLI", "65.4"), xt("XLM", "XNLI", "69.1"), xt("XLM-R", "XNLI", "79.2")],
      "v1's table has mBERT, XLM and XLM-R (and InfoXLM, X-STILTs), no RemBERT; v3's Table 1 lists checkpoints only",
      per={3: NF})
claim(P, 1, "entity-swap", SUP,
      "mT5 is evaluated zero-shot on MLQA, XQuAD, TyDiQA-GoldP, XNLI, PAWS-X and WikiAnn-NER.",
      xt_row("mT5-XL", "82.9 90.2 65.7 79.5 73.5 77.3"), "v1's six columns, reordered; v3 has no results", per={3: NF})
claim(P, 3, "entity-swap", PART,
      "The released mT5 checkpoints come in Small, Base, Large, XL, XXL and XXXL sizes.",
      CHECKPOINTS, "five sizes up to XXL; no XXXL; v1 lists no checkpoints", per={1: NF})

claim(P, 1, "table-cell", SUP,
      "mT5-XL scores 90.2 on PAWS-X.",
      [xt("mT5-XL", "PAWS-X", "90.2")], "the cell (bold, best of its column); v3 has no results", per={3: NF})
claim(P, 1, "table-cell", CON,
      "mT5-Base achieves 67.0 on MLQA.",
      [xt("mT5-Base", "MLQA", "64.6")], "64.6; 67.0 is mT5-Base's XQuAD cell; v3 has no results", per={3: NF})
claim(P, 1, "table-cell", CON,
      "X-STILTs scores 76.6 on XQuAD.",
      [xt("X-STILTs", "XQuAD", "77.2")], "77.2; 76.6 is XLM-R's cell; v3 has no results", per={3: NF})
claim(P, 3, "table-cell", PART,
      "mT5-XL has 4 billion parameters and was pre-trained for one million steps.",
      [ck("mT5-XL", "4 billion")], "the size is stated, the number of steps nowhere; v1 states neither", per={1: NF})
claim(P, 3, "table-cell", SUP,
      "The smallest released checkpoint, mT5-Small, has 300 million parameters.",
      CHECKPOINTS, "300 million, the minimum of the column; v1 has no sizes", per={1: NF})

claim(P, 1, "table-computed", SUP,
      "Averaged over the six XTREME tasks, mT5-XL scores about 78.2.",
      xt_row("mT5-XL", "82.9 90.2 65.7 79.5 73.5 77.3"),
      "(82.9 + 90.2 + 65.7 + 79.5 + 73.5 + 77.3) / 6 = 469.1 / 6 = 78.18; v3 has no results", per={3: NF})
claim(P, 1, "table-computed", CON,
      "mT5-Small's weakest task is WikiAnn-NER.",
      xt_row("mT5-Small", "67.5 82.4 51.0 58.1 54.6 34.9"),
      "the row's minimum is TyDiQA-GoldP (34.9), not WikiAnn-NER (51.0); v3 has no results", per={3: NF})
claim(P, 1, "table-computed", SUP,
      "On XNLI, mT5-Large outperforms XLM-R by 1.9 points.",
      [xt("mT5-Large", "XNLI", "81.1"), xt("XLM-R", "XNLI", "79.2")], "81.1 - 79.2 = 1.9; v3 has no results", per={3: NF})
claim(P, 3, "table-computed", CON,
      "Together the five released mT5 checkpoints hold 17.9 billion parameters.",
      CHECKPOINTS, "0.3 + 0.6 + 1 + 4 + 13 = 18.9 billion, not 17.9; v1 has no sizes", per={1: NF})
claim(P, 3, "table-computed", SUP,
      "mT5-XXL has more than three times as many parameters as mT5-XL.",
      [ck("mT5-XXL", "13 billion"), ck("mT5-XL", "4 billion")], "13 / 4 = 3.25; v1 has no sizes", per={1: NF})

claim(P, 3, "two-sentences", SUP,
      "mT5 is pretrained on the mC4 corpus, which covers 101 languages, and Table 1 lists the released checkpoints.",
      [S(M3_MC4), S(M3_T1), S("covering 101 languages", version=1)],
      "v3: two adjacent sentences; v1 has the 101 languages (abstract) but neither mC4 nor a checkpoint table",
      per={1: PART})
claim(P, 1, "two-sentences", PART,
      "mT5 is a multilingual T5 pre-trained on a Common Crawl-based dataset covering 101 languages, and it was trained for one million steps with batches of 1024 sequences.",
      [S(M_ABS2)], "both versions state the first half; the training schedule is nowhere")
claim(P, 3, "two-sentences", SUP,
      "The paper details mT5's design and modified training, and also describes a simple technique to prevent accidental translation in the zero-shot setting.",
      [S(M3_ABS3), S(M3_ACC), S("We describe the design and modified training of mT5", version=1)],
      "v3: two adjacent abstract sentences; v1 describes the design and training but has no accidental-translation sentence",
      per={1: PART})

claim(P, 3, "version-drift", SUP,
      "The mT5 authors describe a simple technique to prevent \"accidental translation\" in zero-shot generation.",
      [S(M3_ACC)], "only v3's abstract has the sentence", per={1: NF})
claim(P, 1, "version-drift", SUP,
      "As of October 2020, mT5 achieved state-of-the-art performance on many cross-lingual NLP tasks.",
      [S(M1_SOTA), S(M_SOTA_BOTH, version=3)],
      "v1 states it; v3 states state-of-the-art performance on many multilingual benchmarks but not the date",
      per={3: PART})
claim(P, 1, "version-drift", NF,
      "The mT5 paper also introduces a technique that stops the model from accidentally translating its zero-shot predictions.",
      [S(M3_ACC, version=3)], "v1's abstract has no such sentence; v3's has", per={3: SUP})
claim(P, 3, "version-drift", NF,
      "mT5 in its XXL configuration reaches 84.8 on XNLI.",
      [xt(XXL, "XNLI", "84.8") | {"version": 1}], "the XTREME table is v1's only; v3 has no XNLI figure", per={1: SUP})
claim(P, 1, "version-drift", SUP,
      "Even at 75% of its training, mT5-XXL leads every column of the XTREME table except PAWS-X.",
      xt_row(XXL, "84.8 89.2 69.2 81.9 75.5 80.8") + [xt("mT5-XL", "PAWS-X", "90.2")],
      "XXL is the maximum of XNLI, WikiAnn-NER, XQuAD, MLQA and TyDiQA-GoldP; mT5-XL's 90.2 beats its 89.2 on PAWS-X; v3 has no results",
      per={3: NF})
claim(P, 3, "version-drift", PART,
      "mT5 comes in five sizes, from Small (300M parameters) to XXL (13B), and its XXL model reaches 84.8 on XNLI.",
      [ck("mT5-Small", "300 million"), ck("mT5-XXL", "13 billion"), xt(XXL, "XNLI", "84.8") | {"version": 1}],
      "v3 has the sizes but no XNLI result; v1 has the XNLI cell but no sizes: partly in each", per={1: PART})

claim(P, 1, "absent", NF,
      "mT5 uses a SentencePiece vocabulary of 250,000 wordpieces.",
      [], "the vocabulary is in neither version's text (true of the paper)")
claim(P, 3, "absent", NF,
      "The mC4 corpus contains about 6.3 trillion tokens.",
      [], "no corpus size in either version")
claim(P, 3, "absent", NF,
      "mT5 samples training data across languages with a temperature exponent of α = 0.3.",
      [], "the language sampling is in neither version's text (true of the paper)")
claim(P, 1, "absent", NF,
      "mT5-XXL was pre-trained on 1024 TPU v3 chips.",
      [], "no hardware in either version")
claim(P, 3, "absent", SUP,
      "mT5 was trained following a similar recipe as T5.",
      [S(M_INTRO)], "the introduction's sentence, in both versions")
