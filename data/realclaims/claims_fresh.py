"""The fresh split (issue 13): claims over papers that neither the tuning nor the held-out
half contains, labelled by reading their truth files before any verdict engine was run on
them, and never run while the rules were being changed.

Imported at the end of claims_src.py; appends to its CLAIMS, SPLIT and VERSIONS, so the
ids of the earlier claims do not move. Same fields and labelling rules as claims_src.py
(see data/realclaims/README.md). The claims were written in the manner of generated
literature reports, not after the sentence patterns of the other two halves.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH = {
    "1809.05053": (1,),  # XNLI
    "1908.11828": (1,),  # PAWS-X
    "1910.07475": (1, 3),  # MLQA, v1 (arXiv) and v3 (ACL text)
    "1910.01108": (1,),  # DistilBERT
    "1910.11856": (1,),  # cross-lingual transferability of monolingual representations (XQuAD)
    "1908.10084": (1,),  # Sentence-BERT
}
SPLIT.update({paper: "fresh" for paper in FRESH})
VERSIONS.update(FRESH)

# ---------------------------------------------------------------------------------------
# 1809.05053 -- XNLI. Abstract, the first sentence of the introduction, and the authors'
# dataset description ("translated into 14 languages" beside the abstract's "15 languages").
P = "1809.05053"
XN_SINGLE = "These models are generally trained on data in a single language (usually English), and cannot be directly used beyond that language."
XN_REAL = "Since collecting data in every language is not realistic, there has been a growing interest in cross-lingual language understanding (XLU) and low-resource cross-language transfer."
XN_15 = "In this work, we construct an evaluation set for XLU by extending the development and test sets of the Multi-Genre Natural Language Inference Corpus (MultiNLI) to 15 languages, including low-resource languages such as Swahili and Urdu."
XN_BASE = "In addition, we provide several baselines for multilingual sentence understanding, including two based on machine translation systems, and two that use parallel data to train aligned multilingual bag-of-words and LSTM encoders."
XN_FIND = "We find that XNLI represents a practical and challenging evaluation suite, and that directly translating the test data yields the best performance among available baselines."
XN_COLL = "The Cross-lingual Natural Language Inference (XNLI) corpus is a crowd-sourced collection of 5,000 test and 2,500 dev pairs for the MultiNLI corpus."
XN_14 = "The pairs are annotated with textual entailment and translated into 14 languages: French, Spanish, German, Greek, Bulgarian, Russian, Turkish, Arabic, Vietnamese, Thai, Chinese, Hindi, Swahili and Urdu."
XN_112 = "This results in 112.5k annotated pairs."
XN_COMB = "Each premise can be associated with the corresponding hypothesis in the 15 languages, summing up to more than 1.5M combinations."
XN_ANY = "The corpus is made to evaluate how to perform inference in any language (including low-resources ones like Swahili or Urdu) when only English NLI data is available at training time."
XN_ENC = "One solution is cross-lingual sentence encoding, for which XNLI is an evaluation benchmark."

claim(P, 1, "verbatim", SUP, XN_FIND, [S(XN_FIND)], "the abstract's last sentence, word for word")
claim(P, 1, "verbatim", CON,
      "In this work, we construct an evaluation set for XLU by extending the development and test sets of the Multi-Genre Natural Language Inference Corpus (MultiNLI) to 14 languages, including low-resource languages such as Swahili and Urdu.",
      [S(XN_15), S(XN_14)], "the abstract extends MultiNLI to 15 languages; 14 counts the languages translated into, besides English")
claim(P, 1, "number-format", SUP,
      "XNLI extends MultiNLI's development and test data to fifteen languages, Swahili and Urdu among them.",
      [S(XN_15)], "fifteen = 15")
claim(P, 1, "number-format", SUP,
      "In total the XNLI corpus holds 112,500 annotated pairs.",
      [S(XN_112)], "112.5k = 112,500")
claim(P, 1, "number-format", CON,
      "XNLI contributes roughly 125k annotated sentence pairs across its languages.",
      [S(XN_112)], "112.5k, not about 125k")
claim(P, 1, "number-format", SUP,
      "Because every premise can be paired with its hypothesis in any of the 15 languages, XNLI offers over 1.5 million cross-lingual combinations.",
      [S(XN_COMB)], "'more than 1.5M' = over 1.5 million")
claim(P, 1, "number-format", CON,
      "The XNLI collection is made up of 2,500 test pairs and 5,000 development pairs drawn from MultiNLI.",
      [S(XN_COLL)], "5,000 test and 2,500 dev: the two counts belong to the other split")
claim(P, 1, "number-format", CON,
      "XNLI's test portion amounts to 7,500 MultiNLI pairs per language.",
      [S(XN_COLL)], "5,000 test pairs; 7,500 is test and dev together")
claim(P, 1, "polarity", CON,
      "The paper observes that collecting annotated data in every language is realistic, which has spurred interest in cross-lingual understanding.",
      [S(XN_REAL)], "'is not realistic': the negation dropped")
claim(P, 1, "polarity", SUP,
      "As gathering data for every language is not realistic, interest has grown in cross-lingual language understanding and low-resource transfer.",
      [S(XN_REAL)], "the negation kept")
claim(P, 1, "polarity", CON,
      "Systems trained on a single language, usually English, can be used directly in other languages.",
      [S(XN_SINGLE)], "'cannot be directly used beyond that language'")
claim(P, 1, "polarity", CON,
      "The authors find XNLI to be an easy evaluation suite on which translating the test data performs worst among the baselines.",
      [S(XN_FIND)], "'practical and challenging'; translate-test 'yields the best performance'")
claim(P, 1, "paraphrase", SUP,
      "Among the available baselines, directly translating the test data gives the best performance, according to the authors.",
      [S(XN_FIND)], "reworded second half of the finding")
claim(P, 1, "entity-swap", PART,
      "XNLI covers low-resource languages such as Swahili and Yoruba.",
      [S(XN_15), S(XN_14)], "Swahili is stated; Yoruba is not among the languages listed")
claim(P, 1, "entity-swap", SUP,
      "Urdu and Swahili are among the low-resource languages XNLI includes.",
      [S(XN_15)], "the same two languages in the other order")
claim(P, 1, "entity-swap", PART,
      "The XNLI pairs were translated into languages including Greek, Bulgarian, Japanese and Thai.",
      [S(XN_14)], "Greek, Bulgarian and Thai are listed; Japanese is not")
claim(P, 1, "entity-swap", PART,
      "Baselines include two machine-translation systems and two encoders trained on parallel data, a bag-of-words model and a Transformer.",
      [S(XN_BASE)], "the parallel-data encoders are bag-of-words and LSTM; no Transformer encoder is named")
claim(P, 1, "two-sentences", SUP,
      "XNLI is a crowd-sourced set of 5,000 test and 2,500 dev MultiNLI pairs, annotated for textual entailment and translated into 14 languages.",
      [S(XN_COLL), S(XN_14)], "first two sentences of the corpus section")
claim(P, 1, "two-sentences", PART,
      "The corpus holds 112.5k annotated pairs, each of which was validated by professional linguists in its language.",
      [S(XN_112)], "the count is stated; validation by linguists nowhere")
claim(P, 1, "two-sentences", CON,
      "Having extended MultiNLI's development and test sets to 15 languages, the authors provide several baselines, three of them based on machine translation systems.",
      [S(XN_15), S(XN_BASE)], "two baselines are based on machine translation, not three")
claim(P, 1, "paraphrase", SUP,
      "XNLI is designed to test inference in any language, low-resource ones such as Swahili or Urdu included, when the only NLI training data available is English.",
      [S(XN_ANY)], "reworded")
claim(P, 1, "paraphrase", PART,
      "The benchmark targets inference in any language when only English NLI data is available for training, and it comes with a multilingual BERT baseline.",
      [S(XN_ANY)], "the purpose is stated; no multilingual BERT baseline is mentioned")
claim(P, 1, "absent", SUP,
      "Cross-lingual sentence encoding is named as one solution, with XNLI serving as its evaluation benchmark.",
      [S(XN_ENC)], "the last sentence of the corpus section")
claim(P, 1, "absent", NF,
      "The strongest XNLI baseline reaches 70.2% average accuracy across the 15 languages.",
      [], "the corpus text gives no accuracy of any baseline")
claim(P, 1, "absent", NF,
      "The XNLI baselines were trained with Adam for ten epochs using a batch size of 64.",
      [], "no training details in the corpus text")
claim(P, 1, "absent", NF,
      "XNLI is distributed under the CC BY-NC 4.0 licence.",
      [], "no licence is named")
claim(P, 1, "absent", NF,
      "The XNLI translations were first produced by machine translation and then post-edited by the annotators.",
      [], "how the pairs were translated is not said")

# ---------------------------------------------------------------------------------------
# 1908.11828 -- PAWS-X. Abstract, two paragraphs of the introduction, and Table 1 (the
# data statistics) as a float at the top of the right column of page 1.
P = "1908.11828"
PX_EN = "Most existing work on adversarial data generation focuses on English."
PX_PAWS = "For example, PAWS (Paraphrase Adversaries from Word Scrambling) consists of challenging English paraphrase identification pairs from Wikipedia and Quora."
PX_NEW = "We remedy this gap with PAWS-X, a new dataset of 23,659 human translated PAWS evaluation pairs in six typologically distinct languages: French, Spanish, German, Chinese, Japanese, and Korean."
PX_THREE = "We provide baseline numbers for three models with different capacity to capture non-local context and sentence structure, and using different multilingual training and evaluation regimes."
PX_BEST = "Multilingual BERT fine-tuned on PAWS English plus machine-translated data performs the best, with a range of 83.1-90.8 accuracy across the non-English languages and an average accuracy gain of 23% over the next best model."
PX_HEAD = "PAWS-X shows the effectiveness of deep, multilingual pre-training while also leaving considerable headroom as a new challenge to drive multilingual research that better captures structure and contextual information."
PX_ADV = "Adversarial examples have effectively highlighted the deficiencies of state-of-the-art models for many natural language processing tasks, e.g. question answering (Jia and Liang, 2017; Chen et al., 2018; Ribeiro et al., 2018), textual entailment (Zhao et al., 2018; Glockner et al., 2018), and text classification (Alzantot et al., 2018; Iyyer et al., 2018)."
PX_OVER = "Such pairs stress the importance of modeling sentence structure and context because they have high word overlap ratio but different semantic meaning."
PX_LACK = "Existing multilingual datasets for paraphrase identification, e.g. Multi30k (Elliott et al., 2016) and Opusparcus (Creutz, 2018), lack challenging examples like PAWS."
PX_HARD = "The lack of high-quality adversarial examples in other languages makes it difficult to benchmark model improvements."
PX_WIKI = "We bridge this gap by creating Cross-lingual PAWS (PAWS-X), an extension of the Wikipedia portion of the PAWS evaluation and test examples to six languages: Spanish, French, German, Chinese, Japanese, and Korean."
PX_CORPUS = "This new corpus consists of 23,659 human translated example pairs with paraphrase judgments in each target language."
PX_MT = "Like previous work on multilingual corpus creation (Conneau et al., 2018), we machine translate the original PAWS English training set (49,401 pairs)."
T1 = "Table 1"

claim(P, 1, "verbatim", SUP,
      "Multilingual BERT fine-tuned on PAWS English plus machine-translated data performs the best, with a range of 83.1-90.8 accur",
      [S(PX_BEST)], "cut off in the middle of the abstract's sentence; what is left is stated", truncated=True)
claim(P, 1, "number-format", SUP,
      "Fine-tuned on PAWS English plus machine-translated data, mBERT scores between 83.1 and 90.8 accuracy on the non-English languages.",
      [S(PX_BEST)], "the range 83.1-90.8 written out")
claim(P, 1, "number-format", CON,
      "The best PAWS-X baseline ranges from 83.1 to 93.8 accuracy across the non-English languages.",
      [S(PX_BEST)], "the upper end is 90.8")
claim(P, 1, "number-format", SUP,
      "PAWS-X adds roughly 23.7K human-translated evaluation pairs in six languages.",
      [S(PX_NEW)], "23,659 is 23.7K to the claim's precision")
claim(P, 1, "number-format", CON,
      "The PAWS-X evaluation data comprise about 26K human-translated pairs.",
      [S(PX_NEW)], "23,659, not about 26K")
claim(P, 1, "number-format", SUP,
      "The machine-translated training data derive from the original English PAWS training set of about 49.4K pairs.",
      [S(PX_MT)], "49,401 = about 49.4K")
claim(P, 1, "number-format", CON,
      "Each PAWS-X language receives 49,410 machine-translated training pairs.",
      [S(PX_MT), C(T1, "fr", "Train", "49,401")], "49,401 per language (Table 1 and the introduction); digits transposed")
claim(P, 1, "sign-direction", SUP,
      "Multilingual BERT improves average accuracy by 23% over the next best model.",
      [S(PX_BEST)], "'an average accuracy gain of 23% over the next best model'")
claim(P, 1, "sign-direction", CON,
      "On average, multilingual BERT is 23% less accurate than the next best model on PAWS-X.",
      [S(PX_BEST)], "the 23% is a gain of mBERT over the next best model, not a loss")
claim(P, 1, "sign-direction", CON,
      "The German PAWS-X test set is 35 pairs smaller than the German development set.",
      [C(T1, "de", "Dev", "1,932"), C(T1, "de", "Test", "1,967")], "1,967 - 1,932 = +35: the test set is the larger one")
claim(P, 1, "sign-direction", SUP,
      "For Spanish, the test set has 37 more pairs than the development set.",
      [C(T1, "es", "Dev", "1,962"), C(T1, "es", "Test", "1,999")], "1,999 - 1,962 = 37")
claim(P, 1, "polarity", CON,
      "The authors conclude that PAWS-X leaves little headroom for future multilingual models.",
      [S(PX_HEAD)], "'leaving considerable headroom as a new challenge'")
claim(P, 1, "polarity", CON,
      "Existing multilingual paraphrase datasets such as Multi30k and Opusparcus already contain challenging PAWS-like examples.",
      [S(PX_LACK)], "they 'lack challenging examples like PAWS'")
claim(P, 1, "polarity", SUP,
      "Opusparcus and Multi30k lack the kind of challenging examples found in PAWS.",
      [S(PX_LACK)], "the negation kept, datasets reordered")
claim(P, 1, "polarity", CON,
      "PAWS pairs combine low word overlap with different semantic meaning.",
      [S(PX_OVER)], "'high word overlap ratio'")
claim(P, 1, "polarity", SUP,
      "Because adversarial pairs share most of their words yet differ in meaning, they make modeling sentence structure and context important.",
      [S(PX_OVER)], "high word overlap ratio = share most of their words")
claim(P, 1, "paraphrase", CON,
      "Without high-quality adversarial examples in other languages, benchmarking model improvements becomes straightforward.",
      [S(PX_HARD)], "'makes it difficult to benchmark model improvements'")
claim(P, 1, "entity-swap", PART,
      "PAWS-X covers French, Spanish, German, Chinese, Japanese and Russian.",
      [S(PX_NEW)], "five of the six are stated; the sixth is Korean, not Russian")
claim(P, 1, "entity-swap", SUP,
      "The six PAWS-X languages are Korean, Japanese, Chinese, German, French and Spanish.",
      [S(PX_NEW), S(PX_WIKI)], "the same six in another order")
claim(P, 1, "entity-swap", PART,
      "PAWS consists of challenging English paraphrase identification pairs drawn from Wikipedia and Reddit.",
      [S(PX_PAWS)], "Wikipedia is stated; the second source is Quora")
claim(P, 1, "entity-swap", PART,
      "Adversarial examples have exposed weaknesses of state-of-the-art models in question answering, textual entailment and machine translation.",
      [S(PX_ADV)], "question answering and textual entailment are stated; the third task is text classification")
claim(P, 1, "table-cell", SUP,
      "The Japanese PAWS-X test set contains 1,946 pairs.",
      [C(T1, "ja", "Test", "1,946")], "Table 1, row ja, column Test")
claim(P, 1, "table-cell", CON,
      "PAWS-X's Korean development set contains 1,972 examples.",
      [C(T1, "ko", "Dev", "1,965")], "ko Dev is 1,965; 1,972 is the ko Test cell")
claim(P, 1, "table-cell", CON,
      "There are 1,984 French development pairs in PAWS-X.",
      [C(T1, "fr", "Dev", "1,992")], "fr Dev is 1,992; 1,984 is the zh Dev cell")
claim(P, 1, "table-cell", PART,
      "The Chinese test set has 1,975 pairs, against 2,000 test pairs for English.",
      [C(T1, "zh", "Test", "1,975")], "the zh cell is right; the table has no English row and no sentence gives 2,000")
claim(P, 1, "table-computed", SUP,
      "French has the largest development set of the six PAWS-X languages, with 1,992 pairs.",
      [C(T1, "fr", "Dev", "1,992"), C(T1, "zh", "Dev", "1,984"), C(T1, "ja", "Dev", "1,980")],
      "maximum of the Dev column without the Total row: fr 1,992")
claim(P, 1, "table-computed", CON,
      "German has the smallest PAWS-X test set, at 1,967 pairs.",
      [C(T1, "de", "Test", "1,967"), C(T1, "ja", "Test", "1,946")], "the minimum of the Test column is ja, 1,946")
claim(P, 1, "table-computed", SUP,
      "On average each PAWS-X language has about 1,974 test pairs.",
      [C(T1, "Total", "Test", "11,844")], "11,844 / 6 = 1,974")
claim(P, 1, "table-computed", SUP,
      "Korean development and test data together amount to 3,937 pairs.",
      [C(T1, "ko", "Dev", "1,965"), C(T1, "ko", "Test", "1,972")], "1,965 + 1,972 = 3,937")
claim(P, 1, "table-computed", CON,
      "Dev and test combined, the Japanese portion of PAWS-X has 3,936 pairs.",
      [C(T1, "ja", "Dev", "1,980"), C(T1, "ja", "Test", "1,946")], "1,980 + 1,946 = 3,926")
claim(P, 1, "two-sentences", SUP,
      "PAWS-X extends the Wikipedia portion of PAWS to six languages and consists of 23,659 human-translated pairs with paraphrase judgments.",
      [S(PX_WIKI), S(PX_CORPUS)], "two adjacent sentences of the introduction")
claim(P, 1, "two-sentences", PART,
      "PAWS-X consists of 23,659 human-translated pairs, while its training data were machine translated with an in-house Transformer NMT system.",
      [S(PX_CORPUS), S(PX_MT)], "both halves stated except which system translated the training data")
claim(P, 1, "two-sentences", CON,
      "The authors report baselines for four models, the strongest being multilingual BERT fine-tuned on PAWS English plus machine-translated data.",
      [S(PX_THREE), S(PX_BEST)], "baselines for three models")
claim(P, 1, "paraphrase", SUP,
      "Most earlier work on generating adversarial data concentrates on English.",
      [S(PX_EN)], "reworded first sentence")
claim(P, 1, "paraphrase", PART,
      "PAWS-X demonstrates the value of deep multilingual pre-training and of character-level tokenization.",
      [S(PX_HEAD)], "deep multilingual pre-training is stated; character-level tokenization nowhere")
claim(P, 1, "absent", NF,
      "Every PAWS-X test pair was judged by three independent raters.",
      [], "no rating procedure in the corpus text")
claim(P, 1, "absent", NF,
      "XLM-R large reaches 89.5 average accuracy on PAWS-X.",
      [], "XLM-R is not mentioned")
claim(P, 1, "absent", NF,
      "The ESIM baseline reaches 71.4% accuracy on the German test set.",
      [], "no baseline is named and no per-language accuracy is given")

# ---------------------------------------------------------------------------------------
# 1910.07475 -- MLQA, v1 (arXiv abstract) and v3 (ACL abstract, introduction). Both have
# Table 1 (zero-shot F1) and Table 2 (split sizes). v1 alone has the alternative of
# cross-lingual systems and the alignment-context sentence; v3 alone has the introduction.
P = "1910.07475"
M_PROG = "Question answering (QA) models have shown rapid progress enabled by the availability of large, high-quality benchmark datasets."
M1_RARE = "Such annotated datasets are difficult and costly to collect, and rarely exist in languages other than English, making training QA systems in other languages challenging."
M3_RARE = "Such annotated datasets are difficult and costly to collect, and rarely exist in languages other than English, making building QA systems that work well in other languages challenging."
M1_ALT = "An alternative to building large monolingual training datasets is to develop cross-lingual systems which can transfer to a target language without requiring training data in that language."
M_CRUC = "In order to develop such systems, it is crucial to invest in high quality multilingual evaluation benchmarks to measure progress."
M_PRES = "We present MLQA, a multi-way aligned extractive QA evaluation benchmark intended to spur research in this area."
M1_LANG = "MLQA contains QA instances in 7 languages, namely English, Arabic, German, Spanish, Hindi, Vietnamese and Simplified Chinese."
M3_LANG = "MLQA contains QA instances in 7 languages, English, Arabic, German, Spanish, Hindi, Vietnamese and Simplified Chinese."
M1_SIZE = "It consists of over 12K QA instances in English and 5K in each other language, with each QA instance being parallel between 4 languages on average."
M3_SIZE = "MLQA has over 12K instances in English and 5K in each other language, with each instance parallel between 4 languages on average."
M1_BUILT = "MLQA is built using a novel alignment context strategy on Wikipedia articles, and serves as a cross-lingual extension to existing extractive QA datasets."
M1_EVAL = "We evaluate current state-of-the-art cross-lingual representations on MLQA, and also provide machine-translation-based baselines."
M3_EVAL = "We evaluate state-of-the-art cross-lingual models and machine-translation-based baselines on MLQA."
M_BEHIND = "In all cases, transfer results are shown to be significantly behind training-language performance."
M3_HUMAN = "The field has made rapid advances in recent years, even exceeding human performance in some settings (Devlin et al., 2019; Alberti et al., 2019)."
M3_SCARCE = "Despite such popularity, QA datasets in languages other than English remain scarce, even for relatively high-resource languages (Asai et al., 2018), as collecting such datasets at sufficient scale and quality is difficult and costly."
M3_TWO = "There are two reasons why this lack of data prevents internationalization of QA systems."
M3_FIRST = "First, we cannot measure progress on multilingual QA without relevant benchmark data."
M3_SECOND = "Second, we cannot easily train end-to-end QA models on the task, and arguably most recent successes in QA have been in fully supervised settings."
M3_MUST = "Given recent progress in cross-lingual tasks such as document classification (Lewis et al., 2004; Klementiev et al., 2012; Schwenk and Li, 2018), semantic role labelling (Akbik et al., 2015) and NLI (Conneau et al., 2018), we argue that while multilingual QA training data might be useful but not strictly necessary, multilingual evaluation data is a must-have."
M3_FEW = "However, these generally cover only a small number of languages, combine data from different authors and annotation protocols, lack parallel instances, or explore less practically-useful QA domains or tasks (see Section 2)."
M3_PAR = "Highly parallel data is particularly attractive, as it enables fairer comparison across languages, requires fewer source language annotations, and allows for additional evaluation setups."
MBERT, XLM, TTB, TTM, TTX = "Multilingual-BERT", "XLM", "Translate-test BERT-L", "Translate-train M-BERT", "Translate-train XLM"
T2 = "Table 2"

claim(P, 1, "version-drift", SUP,
      "MLQA was built with a novel alignment-context strategy applied to Wikipedia articles.",
      [S(M1_BUILT)], "v1 states it; v3's abstract dropped the sentence and its introduction does not say it",
      per={3: NF})
claim(P, 3, "version-drift", NF,
      "The paper positions MLQA as a cross-lingual extension of existing extractive QA datasets.",
      [S(M1_BUILT, 1)], "only v1's abstract says so", per={1: SUP})
claim(P, 1, "version-drift", SUP,
      "Rather than building large monolingual training sets, one can develop cross-lingual systems that transfer to a target language without needing training data in it.",
      [S(M1_ALT)], "v1's third sentence; v3 left it out", per={3: NF})
claim(P, 3, "version-drift", SUP,
      "The authors argue that multilingual evaluation data is a must-have, whereas multilingual QA training data might be useful but is not strictly necessary.",
      [S(M3_MUST)], "v3's introduction; v1 has no introduction in the corpus", per={1: NF})
claim(P, 3, "version-drift", SUP,
      "Existing cross-lingual QA datasets generally cover only a small number of languages and lack parallel instances.",
      [S(M3_FEW)], "v3's introduction; nothing of it in v1", per={1: NF})
claim(P, 1, "version-drift", NF,
      "According to the paper, QA models have already surpassed human performance in some settings.",
      [S(M3_HUMAN, 3)], "only v3's introduction says it ('even exceeding human performance in some settings')",
      per={3: SUP})
claim(P, 3, "version-drift", PART,
      "MLQA is built with a novel alignment context strategy, and each of its instances is parallel between 4 languages on average.",
      [S(M3_SIZE), S(M1_SIZE, 1), S(M1_BUILT, 1)],
      "v3 states the parallelism but not the alignment strategy; in v1 both halves are adjacent sentences",
      per={1: SUP})
claim(P, 1, "version-drift", SUP,
      "Annotated QA datasets are difficult and costly to collect and rarely exist beyond English, which makes training QA systems in other languages challenging.",
      [S(M1_RARE), S(M3_RARE, 3)], "v1 word for word in substance; v3 says 'building QA systems that work well', the same claim reworded",
      per={3: SUP})
claim(P, 3, "version-drift", PART,
      "The benchmark ships with machine-translation-based baselines and a new alignment-context construction method over Wikipedia.",
      [S(M3_EVAL), S(M1_EVAL, 1), S(M1_BUILT, 1)],
      "v3 has the baselines but not the construction method; v1 states both in adjacent sentences", per={1: SUP})
claim(P, 3, "number-format", SUP,
      "MLQA has more than 12,000 English QA instances and 5,000 in each of the other languages.",
      [S(M3_SIZE), S(M1_SIZE, 1)], "'over 12K', '5K' written out; both versions", per={1: SUP})
claim(P, 3, "number-format", CON,
      "MLQA spans seven languages, and each QA instance is parallel between 3 languages on average.",
      [S(M3_SIZE), S(M1_SIZE, 1)], "4 languages on average in both versions", per={1: CON})
claim(P, 1, "number-format", CON,
      "MLQA contains around 1.2K English QA instances.",
      [S(M1_SIZE), S(M3_SIZE, 3)], "over 12K, not 1.2K", per={3: CON})
claim(P, 3, "number-format", SUP,
      "MLQA's QA instances come in seven languages, Hindi and Vietnamese among them.",
      [S(M3_LANG), S(M1_LANG, 1)], "7 = seven", per={1: SUP})
claim(P, 1, "number-format", CON,
      "MLQA covers eight languages, including Arabic and Simplified Chinese.",
      [S(M1_LANG), S(M3_LANG, 3)], "7 languages", per={3: CON})
claim(P, 3, "table-cell", SUP,
      "Zero-shot, multilingual BERT reaches 64.3 F1 on Spanish MLQA.",
      [C("Table 1", MBERT, "F1 / es", "64.3")], "Table 1, row Multilingual-BERT, column F1 es")
claim(P, 1, "table-cell", CON,
      "XLM obtains 61.4 F1 on German MLQA.",
      [C("Table 1", XLM, "F1 / de", "62.2")], "the de cell is 62.2; 61.4 is XLM's vi cell")
claim(P, 3, "table-cell", CON,
      "Translate-train M-BERT scores 62.0 F1 on Hindi.",
      [C("Table 1", TTM, "F1 / hi", "55.0")], "hi is 55.0; 62.0 is the row's de and vi cells")
claim(P, 3, "table-cell", SUP,
      "MLQA's English test split contains 11,590 instances.",
      [C(T2, "en", "Instances / test", "11590")], "Table 2, row en, column test (printed without a separator)")
claim(P, 1, "table-cell", CON,
      "The German development split of MLQA holds 517 instances.",
      [C(T2, "de", "Instances / dev", "512")], "de dev is 512; 517 is the ar dev cell")
claim(P, 3, "table-cell", PART,
      "For Arabic, MLQA provides 5,335 test instances and 1,200 training instances.",
      [C(T2, "ar", "Instances / test", "5335")], "the test count is right; MLQA has no training split in the table or the text")
claim(P, 1, "table-cell", PART,
      "BERT-Large reaches 80.2 F1 on English MLQA, compared with 88.5 for the same model on SQuAD.",
      [C("Table 1", "BERT-Large", "F1 / en", "80.2")], "the en cell is right; no SQuAD figure in this paper's text")
claim(P, 3, "table-computed", SUP,
      "Translate-test BERT-L is weakest on Hindi, at 23.8 F1.",
      [C("Table 1", TTB, "F1 / hi", "23.8"), C("Table 1", TTB, "F1 / ar", "33.6")], "minimum of the row: hi 23.8")
claim(P, 1, "table-computed", SUP,
      "On Arabic, XLM beats multilingual BERT by 9.1 F1.",
      [C("Table 1", XLM, "F1 / ar", "54.8"), C("Table 1", MBERT, "F1 / ar", "45.7")], "54.8 - 45.7 = 9.1")
claim(P, 3, "table-computed", CON,
      "Multilingual BERT loses 12.4 F1 going from English to Spanish in the zero-shot setting.",
      [C("Table 1", MBERT, "F1 / en", "77.7"), C("Table 1", MBERT, "F1 / es", "64.3")], "77.7 - 64.3 = 13.4")
claim(P, 3, "table-computed", SUP,
      "Averaged over the six non-English languages, XLM's zero-shot F1 is 59.4.",
      [C("Table 1", XLM, f"F1 / {lang}", v) for lang, v in
       (("es", "68.0"), ("de", "62.2"), ("ar", "54.8"), ("hi", "48.8"), ("vi", "61.4"), ("zh", "61.1"))],
      "(68.0 + 62.2 + 54.8 + 48.8 + 61.4 + 61.1) / 6 = 59.38")
claim(P, 1, "table-computed", CON,
      "Multilingual BERT's mean F1 over all seven MLQA languages is 58.9.",
      [C("Table 1", MBERT, f"F1 / {lang}", v) for lang, v in
       (("en", "77.7"), ("es", "64.3"), ("de", "57.9"), ("ar", "45.7"), ("hi", "43.8"), ("vi", "57.1"), ("zh", "57.5"))],
      "404.0 / 7 = 57.7")
claim(P, 3, "table-computed", SUP,
      "Translate-train M-BERT gives the best Hindi F1 of all baselines, 55.0.",
      [C("Table 1", TTM, "F1 / hi", "55.0"), C("Table 1", TTX, "F1 / hi", "50.7")], "maximum of the hi column (bold)")
claim(P, 1, "table-computed", CON,
      "Of the MLQA baselines, XLM is the strongest on Vietnamese.",
      [C("Table 1", XLM, "F1 / vi", "61.4"), C("Table 1", TTM, "F1 / vi", "62.0")], "the vi maximum is Translate-train M-BERT, 62.0")
claim(P, 3, "table-computed", SUP,
      "The MLQA test splits contain 42,246 instances in total.",
      [C(T2, lang, "Instances / test", v) for lang, v in
       (("en", "11590"), ("de", "4517"), ("es", "5254"), ("ar", "5335"), ("zh", "5137"), ("vi", "5495"), ("hi", "4918"))],
      "sum of the test column = 42,246")
claim(P, 1, "table-computed", CON,
      "Across its seven languages MLQA has 4,299 development instances.",
      [C(T2, lang, "Instances / dev", v) for lang, v in
       (("en", "1148"), ("de", "512"), ("es", "500"), ("ar", "517"), ("zh", "504"), ("vi", "511"), ("hi", "507"))],
      "sum of the dev column = 4,199")
claim(P, 3, "sign-direction", SUP,
      "On Spanish, translate-test BERT-L is 1.1 F1 ahead of multilingual BERT.",
      [C("Table 1", TTB, "F1 / es", "65.4"), C("Table 1", MBERT, "F1 / es", "64.3")], "65.4 - 64.3 = +1.1")
claim(P, 1, "sign-direction", CON,
      "For Chinese, translate-test BERT-L outperforms multilingual BERT by 13.3 F1.",
      [C("Table 1", TTB, "F1 / zh", "44.2"), C("Table 1", MBERT, "F1 / zh", "57.5")], "44.2 - 57.5 = -13.3: it is behind")
claim(P, 3, "sign-direction", SUP,
      "On Hindi, translating the training data helps XLM by 1.9 F1.",
      [C("Table 1", TTX, "F1 / hi", "50.7"), C("Table 1", XLM, "F1 / hi", "48.8")], "50.7 - 48.8 = +1.9")
claim(P, 1, "sign-direction", CON,
      "On German, translate-train XLM improves on zero-shot XLM by 0.8 F1.",
      [C("Table 1", TTX, "F1 / de", "61.4"), C("Table 1", XLM, "F1 / de", "62.2")], "61.4 - 62.2 = -0.8: a drop")
claim(P, 3, "polarity", SUP,
      "Transfer results on MLQA remain significantly behind training-language performance in every case.",
      [S(M_BEHIND)], "'in all cases' = in every case; both versions", per={1: SUP})
claim(P, 1, "polarity", CON,
      "In some settings, cross-lingual transfer on MLQA matches training-language performance.",
      [S(M_BEHIND)], "'in all cases ... significantly behind'", per={3: CON})
claim(P, 3, "polarity", CON,
      "The authors note that annotated QA datasets are plentiful in languages other than English.",
      [S(M3_RARE), S(M3_SCARCE), S(M1_RARE, 1)], "they 'rarely exist' (both versions) and 'remain scarce' (v3)",
      per={1: CON})
claim(P, 3, "polarity", CON,
      "QA datasets outside English are scarce because collecting them is cheap but slow.",
      [S(M3_SCARCE), S(M3_RARE), S(M1_RARE, 1)], "collecting them is 'difficult and costly'", per={1: CON})
claim(P, 3, "paraphrase", CON,
      "Highly parallel data is unattractive, since it makes comparisons across languages less fair.",
      [S(M3_PAR)], "'particularly attractive, as it enables fairer comparison'; v1 has no introduction",
      per={1: NF})
claim(P, 3, "two-sentences", SUP,
      "Two reasons are given for why the lack of data holds back internationalizing QA: progress cannot be measured without benchmark data, and end-to-end QA models cannot easily be trained.",
      [S(M3_TWO), S(M3_FIRST), S(M3_SECOND)], "three adjacent sentences of v3's introduction", per={1: NF})
claim(P, 1, "two-sentences", SUP,
      "MLQA is a multi-way aligned extractive QA benchmark spanning 7 languages, German and Spanish among them.",
      [S(M_PRES), S(M1_LANG), S(M3_LANG, 3)], "adjacent sentences in both versions", per={3: SUP})
claim(P, 3, "two-sentences", PART,
      "MLQA is a multi-way aligned extractive QA benchmark whose test data were translated by professional translators.",
      [S(M_PRES)], "the benchmark is stated; professional translation nowhere", per={1: PART})
claim(P, 1, "entity-swap", PART,
      "MLQA includes QA instances in English, Arabic, German, Spanish, Hindi, Vietnamese and Japanese.",
      [S(M1_LANG), S(M3_LANG, 3)], "six are stated; the seventh is Simplified Chinese, not Japanese", per={3: PART})
claim(P, 3, "entity-swap", SUP,
      "Simplified Chinese, Vietnamese and Hindi are among MLQA's seven languages.",
      [S(M3_LANG), S(M1_LANG, 1)], "a subset, reordered", per={1: SUP})
claim(P, 3, "entity-swap", PART,
      "The authors point to recent cross-lingual progress in document classification, semantic role labelling and named entity recognition.",
      [S(M3_MUST)], "the first two are named; the third is NLI, not NER; v1 has no such sentence", per={1: NF})
claim(P, 1, "verbatim", SUP, M_CRUC, [S(M_CRUC)], "a sentence both versions share", per={3: SUP})
claim(P, 1, "verbatim", SUP,
      "It consists of over 12K QA instances in English and 5K in each other language, with each QA instance being parall",
      [S(M1_SIZE), S(M3_SIZE, 3)], "cut off; v3 states the same figures in other words", per={3: SUP}, truncated=True)
claim(P, 3, "paraphrase", SUP,
      "The paper evaluates current state-of-the-art cross-lingual representations on MLQA and also supplies machine-translation-based baselines.",
      [S(M3_EVAL), S(M1_EVAL, 1)], "v1 in these words; v3 says 'models' for 'representations'", per={1: SUP})
claim(P, 3, "paraphrase", PART,
      "MLQA is meant to spur research on cross-lingual QA and to replace SQuAD as the standard English QA benchmark.",
      [S(M_PRES)], "the aim to spur research is stated; replacing SQuAD nowhere", per={1: PART})
claim(P, 3, "absent", NF,
      "MLQA's answer spans were annotated by crowd workers on Amazon Mechanical Turk.",
      [], "the annotation procedure is not described")
claim(P, 1, "absent", NF,
      "XLM-R large reaches 70.7 average F1 on MLQA.",
      [], "XLM-R is not in this paper")
claim(P, 3, "absent", NF,
      "The MLQA dataset is released under the CC BY-SA 3.0 licence.",
      [], "no licence in the corpus text")
claim(P, 3, "absent", SUP,
      "MLQA is motivated in part because highly parallel data allows fairer comparison across languages and needs fewer source-language annotations.",
      [S(M3_PAR)], "the last sentence of v3's introduction; v1 has none of it", per={1: NF})

# ---------------------------------------------------------------------------------------
# 1910.01108 -- DistilBERT. Abstract; the authors' README description as introduction;
# Table 1 (GLUE dev) and Table 2 (DistilmBERT on XNLI, from the README).
P = "1910.01108"
D_EDGE = "As Transfer Learning from large-scale pre-trained models becomes more prevalent in Natural Language Processing (NLP), operating these large models in on-the-edge and/or under constrained computational training or inference budgets remains challenging."
D_PROP = "In this work, we propose a method to pre-train a smaller general-purpose language representation model, called DistilBERT, which can then be fine-tuned with good performances on a wide range of tasks like its larger counterparts."
D_40 = "While most prior work investigated the use of distillation for building task-specific models, we leverage knowledge distillation during the pre-training phase and show that it is possible to reduce the size of a BERT model by 40%, while retaining 97% of its language understanding capabilities and being 60% faster."
D_LOSS = "To leverage the inductive biases learned by larger models during pre-training, we introduce a triple loss combining language modeling, distillation and cosine-distance losses."
D_CHEAP = "Our smaller, faster and lighter model is cheaper to pre-train and we demonstrate its capabilities for on-device computations in a proof-of-concept experiment and a comparative on-device study."
D_SMALL = "DistilBERT is a small, fast, cheap and light Transformer model based on Bert architecture."
D_PARAM = "It has 40% less parameters than bert-base-uncased, runs 60% faster while preserving 97% of BERT's performances as measured on the GLUE language understanding benchmark."
D_KD = "DistilBERT is trained using knowledge distillation, a technique to compress a large model called the teacher into a smaller model called the student."
D_PROD = "DistilBERT is thus an interesting option to put large-scaled trained Transformer model into production."
D_ARCH = "The model has 6 layers, 768 dimension and 12 heads, totalizing 66M parameters."
D_DATA = "It is pretrained on the same data used to pretrain Bert (concatenation of the Toronto Book Corpus and full English Wikipedia) using distillation with the supervision of the bert-base-uncased version of Bert."
D_SQUAD = "A version fine-tuned on SQuAD 1.0 with a second step of knowledge distillation reaches a F1 score of 86.9 on the dev set (for comparison, Bert bert-base-uncased version reaches a 88.5 F1 score)."
BU, DU, BC, DC = "BERT-base-uncased", "DistilBERT-base-uncased", "BERT-base-cased", "DistilBERT-base-cased"
DM, MB = "DistilmBERT", "mBERT base cased (computed)"
XA = "XNLI test accuracy / "

claim(P, 1, "verbatim", SUP, D_KD, [S(D_KD)], "the README sentence, word for word")
claim(P, 1, "verbatim", CON,
      "It has 40% less parameters than bert-base-uncased, runs 60% faster while preserving 95% of BERT's performances as measured on the GLUE language understanding benchmark.",
      [S(D_PARAM), S(D_40)], "97% of BERT's performance, not 95%")
claim(P, 1, "number-format", SUP,
      "DistilBERT shrinks BERT by two fifths while keeping 97 percent of its language understanding capabilities.",
      [S(D_40)], "two fifths = 40%")
claim(P, 1, "number-format", SUP,
      "The model has 66 million parameters spread over 6 layers with 12 attention heads.",
      [S(D_ARCH)], "66M = 66 million")
claim(P, 1, "number-format", CON,
      "DistilBERT has 6 layers, a hidden size of 768 and 12 heads, for a total of 110M parameters.",
      [S(D_ARCH)], "66M parameters")
claim(P, 1, "number-format", CON,
      "DistilBERT runs twice as fast as BERT.",
      [S(D_40), S(D_PARAM)], "60% faster, i.e. 1.6 times, not 2 times")
claim(P, 1, "number-format", SUP,
      "Inference with DistilBERT is about 1.6 times as fast as with BERT.",
      [S(D_40)], "60% faster = 1.6 times the speed")
claim(P, 1, "sign-direction", SUP,
      "The SQuAD-distilled model trails bert-base-uncased by 1.6 F1 on the dev set.",
      [S(D_SQUAD)], "88.5 - 86.9 = 1.6")
claim(P, 1, "sign-direction", CON,
      "On the SQuAD dev set, the distilled model exceeds bert-base-uncased by 1.6 F1.",
      [S(D_SQUAD)], "86.9 against 88.5: it is 1.6 below")
claim(P, 1, "sign-direction", SUP,
      "On WNLI, DistilBERT-base-uncased scores 2.8 points higher than BERT-base-uncased.",
      [C("Table 1", DU, "WNLI", "56.3"), C("Table 1", BU, "WNLI", "53.5")], "56.3 - 53.5 = +2.8")
claim(P, 1, "sign-direction", CON,
      "DistilBERT-base-cased falls behind BERT-base-cased on WNLI by 9.8 points.",
      [C("Table 1", DC, "WNLI", "56.3"), C("Table 1", BC, "WNLI", "46.5")], "56.3 - 46.5 = +9.8: DistilBERT is ahead")
claim(P, 1, "table-cell", SUP,
      "DistilBERT-base-uncased reaches 82.1 on the MNLI development set.",
      [C("Table 1", DU, "MNLI", "82.1")], "Table 1, row DistilBERT-base-uncased, column MNLI")
claim(P, 1, "table-cell", CON,
      "DistilBERT-base-uncased scores 88.5 on MRPC.",
      [C("Table 1", DU, "MRPC", "87.5")], "MRPC is 87.5; 88.5 is the QQP cell beside it")
claim(P, 1, "table-cell", CON,
      "BERT-base-cased obtains a CoLA score of 56.3.",
      [C("Table 1", BC, "CoLA", "58.2")], "58.2; 56.3 is BERT-base-uncased's CoLA")
claim(P, 1, "table-cell", SUP,
      "Zero-shot, DistilmBERT reaches 54.7 XNLI accuracy on Urdu.",
      [C("Table 2", DM, XA + "Urdu", "54.7")], "Table 2, row DistilmBERT, column Urdu")
claim(P, 1, "table-cell", CON,
      "DistilmBERT's zero-shot XNLI accuracy on German is 64.0.",
      [C("Table 2", DM, XA + "German", "66.3")], "German is 66.3; 64.0 is the Chinese cell")
claim(P, 1, "table-cell", PART,
      "DistilmBERT scores 78.2 on English XNLI and 71.0 on French.",
      [C("Table 2", DM, XA + "English", "78.2")], "English is right; the table has no French column")
claim(P, 1, "table-computed", SUP,
      "DistilBERT-base-uncased's GLUE macro-score is 2.5 points below that of BERT-base-uncased.",
      [C("Table 1", DU, "Macro-score", "77.0"), C("Table 1", BU, "Macro-score", "79.5")], "77.0 - 79.5 = -2.5")
claim(P, 1, "table-computed", SUP,
      "The uncased DistilBERT keeps about 97% of BERT's GLUE macro-score.",
      [C("Table 1", DU, "Macro-score", "77.0"), C("Table 1", BU, "Macro-score", "79.5")], "77.0 / 79.5 = 0.969")
claim(P, 1, "table-computed", CON,
      "DistilBERT-base-cased retains 99% of BERT-base-cased's GLUE macro-score.",
      [C("Table 1", DC, "Macro-score", "75.9"), C("Table 1", BC, "Macro-score", "78.2")], "75.9 / 78.2 = 0.971, i.e. 97%")
claim(P, 1, "table-computed", SUP,
      "DistilmBERT's weakest XNLI language is Urdu.",
      [C("Table 2", DM, XA + "Urdu", "54.7"), C("Table 2", DM, XA + "Arabic", "59.1")], "minimum of the row: Urdu 54.7")
claim(P, 1, "table-computed", CON,
      "Among the GLUE tasks, DistilBERT-base-uncased does best on QQP.",
      [C("Table 1", DU, "QQP", "88.5"), C("Table 1", DU, "SST-2", "91.3")], "the row's maximum is SST-2, 91.3")
claim(P, 1, "table-computed", SUP,
      "Averaged over the six XNLI languages, DistilmBERT's zero-shot accuracy is 65.2.",
      [C("Table 2", DM, XA + lang, v) for lang, v in
       (("English", "78.2"), ("Spanish", "69.1"), ("Chinese", "64.0"), ("German", "66.3"), ("Arabic", "59.1"), ("Urdu", "54.7"))],
      "391.4 / 6 = 65.23")
claim(P, 1, "table-computed", CON,
      "On Arabic XNLI, DistilmBERT is 5.3 points behind the computed cased mBERT.",
      [C("Table 2", MB, XA + "Arabic", "66.4"), C("Table 2", DM, XA + "Arabic", "59.1")], "66.4 - 59.1 = 7.3")
claim(P, 1, "polarity", SUP,
      "Operating large pre-trained models on the edge or under constrained computational budgets remains challenging.",
      [S(D_EDGE)], "stated")
claim(P, 1, "polarity", CON,
      "The paper observes that running large pre-trained models under constrained inference budgets has become easy.",
      [S(D_EDGE)], "'remains challenging'")
claim(P, 1, "polarity", CON,
      "Unlike most prior work, DistilBERT applies distillation only to task-specific models rather than during pre-training.",
      [S(D_40)], "the reverse: prior work distilled task-specific models, DistilBERT distils during pre-training")
claim(P, 1, "polarity", SUP,
      "Whereas most earlier work distilled task-specific models, DistilBERT uses knowledge distillation during the pre-training phase.",
      [S(D_40)], "stated")
claim(P, 1, "polarity", CON,
      "The authors acknowledge that DistilBERT is more expensive to pre-train.",
      [S(D_CHEAP)], "'cheaper to pre-train'")
claim(P, 1, "entity-swap", PART,
      "DistilBERT's triple loss combines language modeling, distillation and contrastive losses.",
      [S(D_LOSS)], "language modeling and distillation are stated; the third is cosine-distance, not contrastive")
claim(P, 1, "entity-swap", SUP,
      "The triple loss mixes cosine-distance, distillation and language-modeling terms.",
      [S(D_LOSS)], "the same three losses, reordered")
claim(P, 1, "entity-swap", PART,
      "DistilBERT is pretrained on the Toronto Book Corpus, English Wikipedia and CommonCrawl.",
      [S(D_DATA)], "the first two are stated; CommonCrawl is not")
claim(P, 1, "two-sentences", SUP,
      "DistilBERT is a small, fast, cheap and light Transformer based on the BERT architecture, with 40% fewer parameters than bert-base-uncased.",
      [S(D_SMALL), S(D_PARAM)], "two adjacent sentences; 'less parameters' = fewer parameters")
claim(P, 1, "two-sentences", CON,
      "DistilBERT has 6 layers totalling 66M parameters, and its SQuAD-distilled version reaches 88.5 F1 on the dev set.",
      [S(D_ARCH), S(D_SQUAD)], "86.9 F1; 88.5 is bert-base-uncased's score")
claim(P, 1, "paraphrase", PART,
      "The authors propose DistilBERT, a smaller general-purpose language representation model, and evaluate it on SuperGLUE.",
      [S(D_PROP)], "the proposal is stated; SuperGLUE nowhere")
claim(P, 1, "paraphrase", SUP,
      "The model's on-device capabilities are shown in a proof-of-concept experiment and a comparative on-device study.",
      [S(D_CHEAP)], "reworded")
claim(P, 1, "paraphrase", PART,
      "DistilBERT is cheaper to pre-train and was deployed on an iPhone 7 Plus in the on-device study.",
      [S(D_CHEAP)], "cheaper pre-training and the on-device study are stated; the phone is not")
claim(P, 1, "absent", NF,
      "DistilBERT was trained for about 90 hours on eight 16GB V100 GPUs.",
      [], "no training hardware or time in the corpus text")
claim(P, 1, "absent", NF,
      "DistilBERT removes the token-type embeddings and the pooler of BERT.",
      [], "architecture changes are not described")
claim(P, 1, "absent", NF,
      "DistilBERT reaches 92.8 accuracy on IMDb sentiment classification.",
      [], "IMDb is not mentioned")
claim(P, 1, "absent", SUP,
      "The authors present DistilBERT as a good option for putting large-scale trained Transformer models into production.",
      [S(D_PROD)], "the last sentence of the first paragraph")

# ---------------------------------------------------------------------------------------
# 1910.11856 -- On the cross-lingual transferability of monolingual representations (XQuAD).
P = "1910.11856"
Q_GEN = "State-of-the-art unsupervised multilingual models (e.g., multilingual BERT) have been shown to generalize in a zero-shot cross-lingual setting."
Q_ATTR = "This generalization ability has been attributed to the use of a shared subword vocabulary and joint training across multiple languages giving rise to deep multilingual abstractions."
Q_HOW = "More concretely, we first train a transformer-based masked language model on one language, and transfer it to a new language by learning a new embedding matrix with the same masked language modeling objective, freezing parameters of all other layers."
Q_NOREL = "This approach does not rely on a shared vocabulary or joint training."
Q_COMP = "However, we show that it is competitive with multilingual BERT on standard cross-lingual classification benchmarks and on a new Cross-lingual Question Answering Dataset (XQuAD)."
Q_CONTRA = "Our results contradict common beliefs of the basis of the generalization ability of multilingual models and suggest that deep monolingual models learn some abstractions that generalize across languages."
Q_REL = "We also release XQuAD as a more comprehensive cross-lingual benchmark, which comprises 240 paragraphs and 1190 question-answer pairs from SQuAD v1.1 translated into ten languages by professional translators."
Q_SURP = "Such a cross-lingual generalization ability is surprising, as there is no explicit cross-lingual term in the underlying training objective."

claim(P, 1, "verbatim", SUP, Q_NOREL, [S(Q_NOREL)], "word for word")
claim(P, 1, "number-format", SUP,
      "XQuAD comprises 240 paragraphs and 1,190 question-answer pairs taken from SQuAD v1.1.",
      [S(Q_REL)], "1190 written with a separator")
claim(P, 1, "number-format", CON,
      "XQuAD consists of 240 paragraphs and 1,290 question–answer pairs.",
      [S(Q_REL)], "1190 pairs")
claim(P, 1, "number-format", SUP,
      "Professional translators rendered the XQuAD data into 10 languages.",
      [S(Q_REL)], "ten = 10")
claim(P, 1, "number-format", CON,
      "XQuAD's SQuAD v1.1 paragraphs were professionally translated into eleven languages.",
      [S(Q_REL)], "ten languages")
claim(P, 1, "number-format", CON,
      "XQuAD is made of 1190 paragraphs with 240 question-answer pairs.",
      [S(Q_REL)], "240 paragraphs and 1190 pairs: the counts swapped between nouns")
claim(P, 1, "polarity", CON,
      "The proposed transfer approach depends on a shared subword vocabulary and joint multilingual training.",
      [S(Q_NOREL)], "'does not rely on a shared vocabulary or joint training'")
claim(P, 1, "polarity", CON,
      "The results confirm the common belief that multilingual generalization stems from a shared vocabulary and joint training.",
      [S(Q_CONTRA), S(Q_ATTR)], "the results 'contradict common beliefs'")
claim(P, 1, "polarity", SUP,
      "The findings contradict common beliefs about what underlies the generalization ability of multilingual models.",
      [S(Q_CONTRA)], "stated")
claim(P, 1, "polarity", CON,
      "Such cross-lingual generalization is unsurprising given the explicit cross-lingual term in the training objective.",
      [S(Q_SURP)], "'is surprising, as there is no explicit cross-lingual term'")
claim(P, 1, "polarity", SUP,
      "It is surprising that the model generalizes across languages, since its training objective contains no explicit cross-lingual term.",
      [S(Q_SURP)], "both the adjective and the negation kept")
claim(P, 1, "entity-swap", PART,
      "The monolingual transfer approach is competitive with multilingual BERT on cross-lingual classification benchmarks and on MLQA.",
      [S(Q_COMP)], "classification benchmarks stated; the QA dataset is XQuAD, not MLQA")
claim(P, 1, "entity-swap", SUP,
      "On XQuAD and on standard cross-lingual classification benchmarks, the transferred monolingual model competes with multilingual BERT.",
      [S(Q_COMP)], "the same two, reordered")
claim(P, 1, "two-sentences", SUP,
      "The method trains a transformer MLM on one language, then learns a new embedding matrix for the target language with the other layers frozen; it relies on neither a shared vocabulary nor joint training.",
      [S(Q_HOW), S(Q_NOREL)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "The model is transferred by learning new embeddings while all other layers keep training, an approach that relies on joint training.",
      [S(Q_HOW), S(Q_NOREL)], "other layers are frozen, and it does not rely on joint training")
claim(P, 1, "two-sentences", PART,
      "XQuAD translates SQuAD v1.1 into ten languages, and mBERT reaches 64.5 average F1 on it.",
      [S(Q_REL)], "the translation is stated; no F1 is given")
claim(P, 1, "paraphrase", SUP,
      "Unsupervised multilingual models such as mBERT have been shown to generalize across languages in a zero-shot setting.",
      [S(Q_GEN)], "reworded")
claim(P, 1, "paraphrase", PART,
      "Deep monolingual models learn abstractions that generalize across languages, and the authors recommend abandoning joint multilingual pre-training.",
      [S(Q_CONTRA)], "the first half is stated; no such recommendation")
claim(P, 1, "absent", NF,
      "On XQuAD, the transferred monolingual model reaches 63.0 average F1.",
      [], "no XQuAD score in the corpus text")
claim(P, 1, "absent", NF,
      "The monolingual models are pretrained for 250,000 steps with a batch size of 2,048.",
      [], "no training details")
claim(P, 1, "absent", NF,
      "XQuAD includes Hindi, Turkish and Thai translations.",
      [], "the ten languages are not named")

# ---------------------------------------------------------------------------------------
# 1908.10084 -- Sentence-BERT. Abstract only, single column.
P = "1908.10084"
B_STS = "BERT (Devlin et al., 2018) and RoBERTa (Liu et al., 2019) has set a new state-of-the-art performance on sentence-pair regression tasks like semantic textual similarity (STS)."
B_65 = "However, it requires that both sentences are fed into the network, which causes a massive computational overhead: Finding the most similar pair in a collection of 10,000 sentences requires about 50 million inference computations (~65 hours) with BERT."
B_UNS = "The construction of BERT makes it unsuitable for semantic similarity search as well as for unsupervised tasks like clustering."
B_PRES = "In this publication, we present Sentence-BERT (SBERT), a modification of the pretrained BERT network that use siamese and triplet network structures to derive semantically meaningful sentence embeddings that can be compared using cosine-similarity."
B_5S = "This reduces the effort for finding the most similar pair from 65 hours with BERT / RoBERTa to about 5 seconds with SBERT, while maintaining the accuracy from BERT."
B_EVAL = "We evaluate SBERT and SRoBERTa on common STS tasks and transfer learning tasks, where it outperforms other state-of-the-art sentence embeddings methods."

claim(P, 1, "verbatim", SUP,
      "In this publication, we present Sentence-BERT (SBERT), a modification of the pretrained BERT network that use siamese and triplet netw",
      [S(B_PRES)], "cut off mid-word", truncated=True)
claim(P, 1, "number-format", SUP,
      "Finding the most similar pair among 10K sentences takes BERT roughly 50 million inference computations, about 65 hours.",
      [S(B_65)], "10K = 10,000; ~65 hours")
claim(P, 1, "number-format", CON,
      "With BERT, finding the most similar pair in 10,000 sentences takes about 50 million inference computations, or roughly 56 hours.",
      [S(B_65)], "~65 hours")
claim(P, 1, "number-format", CON,
      "Searching a 10,000-sentence collection for its most similar pair needs around 5 million BERT inference computations.",
      [S(B_65)], "about 50 million")
claim(P, 1, "number-format", SUP,
      "SBERT cuts the time needed to find the most similar pair from 65 hours to roughly five seconds.",
      [S(B_5S)], "five = 5")
claim(P, 1, "sign-direction", CON,
      "SBERT increases the time to find the most similar pair, from about 5 seconds to 65 hours.",
      [S(B_5S)], "the effort is reduced, from 65 hours to about 5 seconds")
claim(P, 1, "sign-direction", SUP,
      "Compared with BERT and RoBERTa, SBERT lowers the search effort from 65 hours to about 5 seconds.",
      [S(B_5S)], "stated, same direction")
claim(P, 1, "polarity", CON,
      "BERT's construction makes it well suited to semantic similarity search and to clustering.",
      [S(B_UNS)], "'unsuitable'")
claim(P, 1, "polarity", SUP,
      "Because of how it is constructed, BERT is unsuitable for semantic similarity search and for unsupervised tasks such as clustering.",
      [S(B_UNS)], "stated")
claim(P, 1, "polarity", CON,
      "SBERT trades away BERT's accuracy to gain speed.",
      [S(B_5S)], "'while maintaining the accuracy from BERT'")
claim(P, 1, "entity-swap", PART,
      "SBERT builds on siamese and quadruplet network structures.",
      [S(B_PRES)], "siamese is stated; the other structure is triplet")
claim(P, 1, "entity-swap", PART,
      "SBERT and SXLNet are evaluated on common STS tasks and on transfer learning tasks.",
      [S(B_EVAL)], "SBERT is stated; the second model is SRoBERTa")
claim(P, 1, "entity-swap", SUP,
      "SRoBERTa and SBERT are evaluated on transfer learning tasks and on common STS tasks.",
      [S(B_EVAL)], "reordered")
claim(P, 1, "two-sentences", SUP,
      "BERT and RoBERTa set a new state of the art on sentence-pair regression such as STS, but need both sentences fed into the network, which causes a massive computational overhead.",
      [S(B_STS), S(B_65)], "first two sentences")
claim(P, 1, "two-sentences", PART,
      "SBERT derives sentence embeddings that can be compared with cosine similarity, and it is trained on SNLI and MultiNLI.",
      [S(B_PRES)], "the embeddings are stated; the training data nowhere")
claim(P, 1, "paraphrase", SUP,
      "Sentence-BERT modifies the pretrained BERT network with siamese and triplet structures so that it yields semantically meaningful sentence embeddings comparable by cosine similarity.",
      [S(B_PRES)], "reworded")
claim(P, 1, "absent", NF,
      "SBERT is fine-tuned on SNLI and Multi-Genre NLI with a three-way softmax classifier.",
      [], "the training objective is not described")
claim(P, 1, "absent", NF,
      "By default SBERT mean-pools BERT's output token embeddings.",
      [], "pooling is not described")
claim(P, 1, "absent", NF,
      "SBERT reaches a Spearman correlation of 84.9 on the STS benchmark.",
      [], "no score is given")
claim(P, 1, "absent", SUP,
      "SBERT and SRoBERTa are reported to outperform other state-of-the-art sentence embedding methods on STS and transfer learning tasks.",
      [S(B_EVAL)], "the abstract's last sentence")
