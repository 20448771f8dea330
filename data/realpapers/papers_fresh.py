"""Papers added for the *fresh* claim split (data/realclaims, issue 13): same data format as
papers.py, which appends FRESH_PAPERS to its PAPERS.

Kept apart so that the papers of the tune and held-out splits stay byte-identical, and so
that nobody tuning the verdict rules reads these texts by accident. Provenance as in
papers.py: prose is the papers' own text from the public copies named in `source`; tables
were transcribed from the authors' own repositories, which reprint the papers' numbers.
"""
from __future__ import annotations

# ------------------------------------------------------------------ tables
MLQA_F1 = {
    "label": "Table 1",
    "caption": "Zero-shot F1 on the MLQA test set: training on English questions and "
               "documents, testing on the target language. Best per column in bold.",
    "source": "https://github.com/facebookresearch/MLQA/blob/main/README.md (Baselines)",
    "note": "the authors' README table of the paper's baselines; row labels as printed there",
    "header": [[("Model", 1), ("F1", 7)],
               [("", 1), ("en", 1), ("es", 1), ("de", 1), ("ar", 1), ("hi", 1), ("vi", 1),
                ("zh", 1)]],
    "rows": [
        ["BERT-Large", "**80.2**", "-", "-", "-", "-", "-", "-"],
        ["Multilingual-BERT", "77.7", "64.3", "57.9", "45.7", "43.8", "57.1", "57.5"],
        ["XLM", "74.9", "**68.0**", "**62.2**", "**54.8**", "48.8", "61.4", "61.1"],
        ["Translate-test BERT-L", "-", "65.4", "57.9", "33.6", "23.8", "58.2", "44.2"],
        ["Translate-train M-BERT", "-", "53.9", "62.0", "51.8", "**55.0**", "**62.0**",
         "**61.4**"],
        ["Translate-train XLM", "-", "65.2", "61.4", "54.0", "50.7", "59.3", "59.8"],
    ],
}

MLQA_SIZES = {
    "label": "Table 2",
    "caption": "Number of QA instances per language in the development and test splits.",
    "source": "https://github.com/facebookresearch/MLQA/blob/main/README.md (Data download)",
    "note": "the authors' README table, transposed: languages as rows, splits as columns",
    "header": [[("Language", 1), ("Instances", 2)], [("", 1), ("dev", 1), ("test", 1)]],
    "rows": [["en", "1148", "11590"], ["de", "512", "4517"], ["es", "500", "5254"],
             ["ar", "517", "5335"], ["zh", "504", "5137"], ["vi", "511", "5495"],
             ["hi", "507", "4918"]],
}

PAWSX_SIZES = {
    "label": "Table 1",
    "caption": "Number of examples per language: machine-translated training pairs and "
               "human-translated development and test pairs.",
    "source": "https://github.com/google-research-datasets/paws/blob/master/pawsx/README.md",
    "note": "the authors' README statistics table (the paper's data statistics)",
    "header": [[("Language", 1), ("Train", 1), ("Dev", 1), ("Test", 1)]],
    "rows": [["fr", "49,401", "1,992", "1,985"], ["es", "49,401", "1,962", "1,999"],
             ["de", "49,401", "1,932", "1,967"], ["zh", "49,401", "1,984", "1,975"],
             ["ja", "49,401", "1,980", "1,946"], ["ko", "49,401", "1,965", "1,972"],
             ["Total", "296,406", "11,815", "11,844"]],
}

DISTIL_GLUE = {
    "label": "Table 1",
    "caption": "Results on the development sets of GLUE. The macro-score is the average "
               "over the nine tasks.",
    "source": "https://github.com/huggingface/transformers/blob/main/examples/research_projects/distillation/README.md",
    "note": "the authors' README table (metrics updated after the January 2020 evaluation fix); "
            "the RoBERTa rows left out; the README prints every macro-score in bold, not kept",
    "header": [[("Model", 1), ("Macro-score", 1), ("CoLA", 1), ("MNLI", 1), ("MRPC", 1),
                ("QNLI", 1), ("QQP", 1), ("RTE", 1), ("SST-2", 1), ("STS-B", 1), ("WNLI", 1)]],
    "rows": [
        ["BERT-base-uncased", "79.5", "56.3", "84.7", "88.6", "91.8", "89.6", "69.3", "92.7",
         "89.0", "53.5"],
        ["DistilBERT-base-uncased", "77.0", "51.3", "82.1", "87.5", "89.2", "88.5", "59.9",
         "91.3", "86.9", "56.3"],
        ["BERT-base-cased", "78.2", "58.2", "83.9", "87.8", "91.0", "89.2", "66.1", "91.7",
         "89.2", "46.5"],
        ["DistilBERT-base-cased", "75.9", "47.2", "81.5", "85.6", "88.2", "87.8", "60.6",
         "90.4", "85.5", "56.3"],
    ],
}

DISTIL_XNLI = {
    "label": "Table 2",
    "caption": "Zero-shot XNLI test accuracy (trained on English, evaluated on the target "
               "language) for six languages.",
    "source": "https://github.com/huggingface/transformers/blob/main/examples/research_projects/distillation/README.md",
    "note": "not a table of the paper: the authors' README results for the multilingual "
            "DistilmBERT released after it; 'XNLI test accuracy' header level added",
    "header": [[("Model", 1), ("XNLI test accuracy", 6)],
               [("", 1), ("English", 1), ("Spanish", 1), ("Chinese", 1), ("German", 1),
                ("Arabic", 1), ("Urdu", 1)]],
    "rows": [
        ["mBERT base cased (computed)", "82.1", "74.6", "69.1", "72.3", "66.4", "58.5"],
        ["mBERT base uncased (reported)", "81.4", "74.3", "63.8", "70.5", "62.1", "58.3"],
        ["DistilmBERT", "78.2", "69.1", "64.0", "66.3", "59.1", "54.7"],
    ],
}

# ------------------------------------------------------------------ prose
XNLI_ABS = (
    "State-of-the-art natural language processing systems rely on supervision in the form of "
    "annotated data to learn competent models. These models are generally trained on data in a "
    "single language (usually English), and cannot be directly used beyond that language. "
    "Since collecting data in every language is not realistic, there has been a growing "
    "interest in cross-lingual language understanding (XLU) and low-resource cross-language "
    "transfer. In this work, we construct an evaluation set for XLU by extending the "
    "development and test sets of the Multi-Genre Natural Language Inference Corpus (MultiNLI) "
    "to 15 languages, including low-resource languages such as Swahili and Urdu. We hope that "
    "our dataset, dubbed XNLI, will catalyze research in cross-lingual sentence understanding "
    "by providing an informative standard evaluation task. In addition, we provide several "
    "baselines for multilingual sentence understanding, including two based on machine "
    "translation systems, and two that use parallel data to train aligned multilingual "
    "bag-of-words and LSTM encoders. We find that XNLI represents a practical and challenging "
    "evaluation suite, and that directly translating the test data yields the best "
    "performance among available baselines."
)

XNLI_INTRO = (
    "Contemporary natural language processing systems typically rely on annotated data to "
    "learn how to perform a task (e.g., classification, sequence tagging, natural language "
    "inference)."
)

XNLI_DATA = (
    "The Cross-lingual Natural Language Inference (XNLI) corpus is a crowd-sourced collection "
    "of 5,000 test and 2,500 dev pairs for the MultiNLI corpus. The pairs are annotated with "
    "textual entailment and translated into 14 languages: French, Spanish, German, Greek, "
    "Bulgarian, Russian, Turkish, Arabic, Vietnamese, Thai, Chinese, Hindi, Swahili and Urdu. "
    "This results in 112.5k annotated pairs. Each premise can be associated with the "
    "corresponding hypothesis in the 15 languages, summing up to more than 1.5M combinations. "
    "The corpus is made to evaluate how to perform inference in any language (including "
    "low-resources ones like Swahili or Urdu) when only English NLI data is available at "
    "training time. One solution is cross-lingual sentence encoding, for which XNLI is an "
    "evaluation benchmark."
)

PAWSX_ABS = (
    "Most existing work on adversarial data generation focuses on English. For example, PAWS "
    "(Paraphrase Adversaries from Word Scrambling) consists of challenging English paraphrase "
    "identification pairs from Wikipedia and Quora. We remedy this gap with PAWS-X, a new "
    "dataset of 23,659 human translated PAWS evaluation pairs in six typologically distinct "
    "languages: French, Spanish, German, Chinese, Japanese, and Korean. We provide baseline "
    "numbers for three models with different capacity to capture non-local context and "
    "sentence structure, and using different multilingual training and evaluation regimes. "
    "Multilingual BERT fine-tuned on PAWS English plus machine-translated data performs the "
    "best, with a range of 83.1-90.8 accuracy across the non-English languages and an average "
    "accuracy gain of 23% over the next best model. PAWS-X shows the effectiveness of deep, "
    "multilingual pre-training while also leaving considerable headroom as a new challenge to "
    "drive multilingual research that better captures structure and contextual information."
)

PAWSX_INTRO = [
    "Adversarial examples have effectively highlighted the deficiencies of state-of-the-art "
    "models for many natural language processing tasks, e.g. question answering (Jia and "
    "Liang, 2017; Chen et al., 2018; Ribeiro et al., 2018), textual entailment (Zhao et al., "
    "2018; Glockner et al., 2018), and text classification (Alzantot et al., 2018; Iyyer et "
    "al., 2018). Zhang et al. (2019) introduce PAWS, which has adversarial paraphrase "
    "identification pairs with high lexical overlap, like flights from New York to Florida and "
    "flights from Florida to New York. Such pairs stress the importance of modeling sentence "
    "structure and context because they have high word overlap ratio but different semantic "
    "meaning. In addition to revealing failures of state-of-the-art models, research on "
    "adversarial examples has generally shown that augmenting training data with good "
    "adversarial examples can boost performance for some models—providing greater clarity to "
    "the modeling landscape as well providing new headroom for further improvements.",
    "Most previous work focuses only on English despite the fact that the problems highlighted "
    "by adversarial examples are shared by other languages. Existing multilingual datasets for "
    "paraphrase identification, e.g. Multi30k (Elliott et al., 2016) and Opusparcus (Creutz, "
    "2018), lack challenging examples like PAWS. The lack of high-quality adversarial examples "
    "in other languages makes it difficult to benchmark model improvements. We bridge this gap "
    "by creating Cross-lingual PAWS (PAWS-X), an extension of the Wikipedia portion of the "
    "PAWS evaluation and test examples to six languages: Spanish, French, German, Chinese, "
    "Japanese, and Korean. This new corpus consists of 23,659 human translated example pairs "
    "with paraphrase judgments in each target language. Like previous work on multilingual "
    "corpus creation (Conneau et al., 2018), we machine translate the original PAWS English "
    "training set (49,401 pairs).",
]

MLQA_V1_ABS = (
    "Question answering (QA) models have shown rapid progress enabled by the availability of "
    "large, high-quality benchmark datasets. Such annotated datasets are difficult and costly "
    "to collect, and rarely exist in languages other than English, making training QA systems "
    "in other languages challenging. An alternative to building large monolingual training "
    "datasets is to develop cross-lingual systems which can transfer to a target language "
    "without requiring training data in that language. In order to develop such systems, it "
    "is crucial to invest in high quality multilingual evaluation benchmarks to measure "
    "progress. We present MLQA, a multi-way aligned extractive QA evaluation benchmark "
    "intended to spur research in this area. MLQA contains QA instances in 7 languages, namely "
    "English, Arabic, German, Spanish, Hindi, Vietnamese and Simplified Chinese. It consists of "
    "over 12K QA instances in English and 5K in each other language, with each QA instance "
    "being parallel between 4 languages on average. MLQA is built using a novel alignment "
    "context strategy on Wikipedia articles, and serves as a cross-lingual extension to "
    "existing extractive QA datasets. We evaluate current state-of-the-art cross-lingual "
    "representations on MLQA, and also provide machine-translation-based baselines. In all "
    "cases, transfer results are shown to be significantly behind training-language "
    "performance."
)

MLQA_V3_ABS = (
    "Question answering (QA) models have shown rapid progress enabled by the availability of "
    "large, high-quality benchmark datasets. Such annotated datasets are difficult and costly "
    "to collect, and rarely exist in languages other than English, making building QA systems "
    "that work well in other languages challenging. In order to develop such systems, it is "
    "crucial to invest in high quality multilingual evaluation benchmarks to measure progress. "
    "We present MLQA, a multi-way aligned extractive QA evaluation benchmark intended to spur "
    "research in this area. MLQA contains QA instances in 7 languages, English, Arabic, "
    "German, Spanish, Hindi, Vietnamese and Simplified Chinese. MLQA has over 12K instances in "
    "English and 5K in each other language, with each instance parallel between 4 languages on "
    "average. We evaluate state-of-the-art cross-lingual models and machine-translation-based "
    "baselines on MLQA. In all cases, transfer results are shown to be significantly behind "
    "training-language performance."
)

MLQA_INTRO = [
    "Question answering (QA) is a central and highly popular area in NLP, with an abundance of "
    "datasets available to tackle the problem from various angles, including extractive QA, "
    "cloze-completion, and open-domain QA (Richardson, 2013; Rajpurkar et al., 2016; Chen et "
    "al., 2017; Kwiatkowski et al., 2019). The field has made rapid advances in recent years, "
    "even exceeding human performance in some settings (Devlin et al., 2019; Alberti et al., "
    "2019).",
    "Despite such popularity, QA datasets in languages other than English remain scarce, even "
    "for relatively high-resource languages (Asai et al., 2018), as collecting such datasets "
    "at sufficient scale and quality is difficult and costly. There are two reasons why this "
    "lack of data prevents internationalization of QA systems. First, we cannot *measure* "
    "progress on multilingual QA without relevant benchmark data. Second, we cannot easily "
    "*train* end-to-end QA models on the task, and arguably most recent successes in QA have "
    "been in fully supervised settings. Given recent progress in cross-lingual tasks such as "
    "document classification (Lewis et al., 2004; Klementiev et al., 2012; Schwenk and Li, "
    "2018), semantic role labelling (Akbik et al., 2015) and NLI (Conneau et al., 2018), we "
    "argue that while multilingual QA training data might be useful but not strictly "
    "necessary, multilingual evaluation data is a must-have.",
    "Recognising this need, several cross-lingual datasets have recently been assembled (Asai "
    "et al., 2018; Liu et al., 2019). However, these generally cover only a small number of "
    "languages, combine data from different authors and annotation protocols, lack parallel "
    "instances, or explore less practically-useful QA domains or tasks (see Section 2). Highly "
    "parallel data is particularly attractive, as it enables fairer comparison across "
    "languages, requires fewer source language annotations, and allows for additional "
    "evaluation setups.",
]

MLQA_RESULTS = (
    "Table 1 gives zero-shot F1 on the test set for every baseline and Table 2 the size of "
    "each split."
)

DISTIL_ABS = (
    "As Transfer Learning from large-scale pre-trained models becomes more prevalent in "
    "Natural Language Processing (NLP), operating these large models in on-the-edge and/or "
    "under constrained computational training or inference budgets remains challenging. In "
    "this work, we propose a method to pre-train a smaller general-purpose language "
    "representation model, called DistilBERT, which can then be fine-tuned with good "
    "performances on a wide range of tasks like its larger counterparts. While most prior work "
    "investigated the use of distillation for building task-specific models, we leverage "
    "knowledge distillation during the pre-training phase and show that it is possible to "
    "reduce the size of a BERT model by 40%, while retaining 97% of its language understanding "
    "capabilities and being 60% faster. To leverage the inductive biases learned by larger "
    "models during pre-training, we introduce a triple loss combining language modeling, "
    "distillation and cosine-distance losses. Our smaller, faster and lighter model is cheaper "
    "to pre-train and we demonstrate its capabilities for on-device computations in a "
    "proof-of-concept experiment and a comparative on-device study."
)

DISTIL_README = (
    "DistilBERT is a small, fast, cheap and light Transformer model based on Bert "
    "architecture. It has 40% less parameters than bert-base-uncased, runs 60% faster while "
    "preserving 97% of BERT's performances as measured on the GLUE language understanding "
    "benchmark. DistilBERT is trained using knowledge distillation, a technique to compress a "
    "large model called the teacher into a smaller model called the student. By distillating "
    "Bert, we obtain a smaller Transformer model that bears a lot of similarities with the "
    "original BERT model while being lighter, smaller and faster to run. DistilBERT is thus an "
    "interesting option to put large-scaled trained Transformer model into production."
)

DISTIL_README_2 = (
    "The model has 6 layers, 768 dimension and 12 heads, totalizing 66M parameters. It is "
    "pretrained on the same data used to pretrain Bert (concatenation of the Toronto Book "
    "Corpus and full English Wikipedia) using distillation with the supervision of the "
    "bert-base-uncased version of Bert. A version fine-tuned on SQuAD 1.0 with a second step of "
    "knowledge distillation reaches a F1 score of 86.9 on the dev set (for comparison, Bert "
    "bert-base-uncased version reaches a 88.5 F1 score)."
)

XQUAD_ABS = (
    "State-of-the-art unsupervised multilingual models (e.g., multilingual BERT) have been "
    "shown to generalize in a zero-shot cross-lingual setting. This generalization ability has "
    "been attributed to the use of a shared subword vocabulary and joint training across "
    "multiple languages giving rise to deep multilingual abstractions. We evaluate this "
    "hypothesis by designing an alternative approach that transfers a monolingual model to new "
    "languages at the lexical level. More concretely, we first train a transformer-based "
    "masked language model on one language, and transfer it to a new language by learning a "
    "new embedding matrix with the same masked language modeling objective, freezing "
    "parameters of all other layers. This approach does not rely on a shared vocabulary or "
    "joint training. However, we show that it is competitive with multilingual BERT on "
    "standard cross-lingual classification benchmarks and on a new Cross-lingual Question "
    "Answering Dataset (XQuAD). Our results contradict common beliefs of the basis of the "
    "generalization ability of multilingual models and suggest that deep monolingual models "
    "learn some abstractions that generalize across languages. We also release XQuAD as a more "
    "comprehensive cross-lingual benchmark, which comprises 240 paragraphs and 1190 "
    "question-answer pairs from SQuAD v1.1 translated into ten languages by professional "
    "translators."
)

XQUAD_INTRO = (
    "As a result of the multilingual pre-training, the model is able to generalize to other "
    "languages, even if it has never seen labeled data in those languages. Such a "
    "cross-lingual generalization ability is surprising, as there is no explicit cross-lingual "
    "term in the underlying training objective."
)

SBERT_ABS = (
    "BERT (Devlin et al., 2018) and RoBERTa (Liu et al., 2019) has set a new state-of-the-art "
    "performance on sentence-pair regression tasks like semantic textual similarity (STS). "
    "However, it requires that both sentences are fed into the network, which causes a massive "
    "computational overhead: Finding the most similar pair in a collection of 10,000 sentences "
    "requires about 50 million inference computations (~65 hours) with BERT. The construction "
    "of BERT makes it unsuitable for semantic similarity search as well as for unsupervised "
    "tasks like clustering. In this publication, we present Sentence-BERT (SBERT), a "
    "modification of the pretrained BERT network that use siamese and triplet network "
    "structures to derive semantically meaningful sentence embeddings that can be compared "
    "using cosine-similarity. This reduces the effort for finding the most similar pair from "
    "65 hours with BERT / RoBERTa to about 5 seconds with SBERT, while maintaining the "
    "accuracy from BERT. We evaluate SBERT and SRoBERTa on common STS tasks and transfer "
    "learning tasks, where it outperforms other state-of-the-art sentence embeddings methods."
)

MLQA_AUTHORS = "Patrick Lewis, Barlas Oğuz, Ruty Rinott, Sebastian Riedel, Holger Schwenk"

# ------------------------------------------------------------------ the papers
FRESH_PAPERS = [
    {
        "arxiv": "1809.05053", "version": 1, "layout": "acl",
        "title": "XNLI: Evaluating Cross-lingual Sentence Representations",
        "authors": "Alexis Conneau, Guillaume Lample, Ruty Rinott, Adina Williams, "
                   "Samuel R. Bowman, Holger Schwenk, Veselin Stoyanov",
        "affil": "Facebook AI and New York University",
        "stamp": "arXiv:1809.05053v1 [cs.CL] 13 Sep 2018",
        "abstract": XNLI_ABS,
        "sections": [("Introduction", [{"p": XNLI_INTRO}]),
                     ("The XNLI Corpus", [{"p": XNLI_DATA}])],
        "source": {"abstract": "https://www.scholarfeed.org/paper/1809.05053v1 (v1 abstract; the same text at deepai.org and vdocuments.site)",
                   "introduction": "https://vdocuments.site/xnli-evaluating-cross-lingual-sentence-representations-language-premise-hypothesis.html (first sentence of the introduction)",
                   "corpus_section": "the authors' dataset page https://research.fb.com/downloads/cross-lingual-nli-corpus-xnli/, not the paper's own section"},
        "synthetic": False,
    },
    {
        "arxiv": "1908.11828", "version": 1, "layout": "acl",
        "title": "PAWS-X: A Cross-lingual Adversarial Dataset for Paraphrase Identification",
        "authors": "Yinfei Yang, Yuan Zhang, Chris Tar, Jason Baldridge",
        "affil": "Google Research",
        "stamp": "arXiv:1908.11828v1 [cs.CL] 30 Aug 2019",
        "abstract": PAWSX_ABS,
        "page1_float": PAWSX_SIZES,
        "page1_split": 1,  # paragraph 2 continues below the float in the right column
        "sections": [("Introduction", [{"p": t} for t in PAWSX_INTRO])],
        "source": {"abstract": "https://bibbase.org/network/publication/yang-zhang-tar-baldridge-pawsxacrosslingualadversarialdatasetforparaphraseidentification-2019 (EMNLP abstract; the same text on huggingface.co/papers)",
                   "introduction": "paragraphs 1-2 of the introduction from the SPIQA extracted paragraphs of 1908.11828v1 (https://huggingface.co/datasets/google/spiqa), citations put in parentheses as printed; the last, cut-off sentence of paragraph 2 left out"},
        "synthetic": False,
    },
    {
        "arxiv": "1910.07475", "version": 1, "layout": "acl",
        "title": "MLQA: Evaluating Cross-lingual Extractive Question Answering",
        "authors": MLQA_AUTHORS, "affil": "Facebook AI Research and University College London",
        "stamp": "arXiv:1910.07475v1 [cs.CL] 16 Oct 2019",
        "abstract": MLQA_V1_ABS,
        "sections": [("Results", [{"p": MLQA_RESULTS},
                                  {"table": dict(MLQA_F1, kind="table*")},
                                  {"table": MLQA_SIZES}])],
        "source": {"abstract": "https://paperswithcode.com/paper/mlqa-evaluating-cross-lingual-extractive (arXiv abstract; the same text on Google Scholar and huggingface.co/papers)"},
        "synthetic": False,
        "note": "date in the arXiv stamp as recalled, not checked",
    },
    {
        "arxiv": "1910.07475", "version": 3, "layout": "acl",
        "title": "MLQA: Evaluating Cross-lingual Extractive Question Answering",
        "authors": MLQA_AUTHORS, "affil": "Facebook AI Research and University College London",
        "stamp": "arXiv:1910.07475v3 [cs.CL] 3 May 2020",
        "abstract": MLQA_V3_ABS,
        "sections": [("Introduction", [{"p": t} for t in MLQA_INTRO]),
                     ("Results", [{"p": MLQA_RESULTS},
                                  {"table": dict(MLQA_F1, kind="table*")},
                                  {"table": MLQA_SIZES}])],
        "source": {"abstract": "https://preview.aclanthology.org/paclic-22-ingestion/2020.acl-main.653/ (ACL 2020 abstract)",
                   "introduction": "paragraphs 1-3 from the arXiv LaTeX source of 1910.07475v3 as stored in the SPIQA data set (https://huggingface.co/datasets/google/spiqa), citations written out, the section reference as 'Section 2'"},
        "synthetic": False,
        "note": "the ACL text is assumed to be arXiv v3; date in the stamp as recalled",
    },
    {
        "arxiv": "1910.01108", "version": 1, "layout": "neurips",
        "title": "DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter",
        "authors": "Victor Sanh, Lysandre Debut, Julien Chaumond, Thomas Wolf",
        "affil": "Hugging Face",
        "stamp": "arXiv:1910.01108v1 [cs.CL] 2 Oct 2019",
        "abstract": DISTIL_ABS,
        "sections": [("Introduction", [{"p": DISTIL_README}, {"p": DISTIL_README_2}]),
                     ("Results", [{"table": DISTIL_GLUE}, {"table": DISTIL_XNLI}])],
        "source": {"abstract": "https://www.wizwand.com/paper/68fa67221e209131cea14884 (the same text at scilynk.com)",
                   "introduction": "authors' repository README (huggingface/transformers examples/research_projects/distillation), not the paper's introduction; the second paragraph is the README's model-card sentences on distilbert-base-uncased and its SQuAD version, lightly re-worded to stand as sentences"},
        "synthetic": False,
    },
    {
        "arxiv": "1910.11856", "version": 1, "layout": "acl",
        "title": "On the Cross-lingual Transferability of Monolingual Representations",
        "authors": "Mikel Artetxe, Sebastian Ruder, Dani Yogatama",
        "affil": "University of the Basque Country (UPV/EHU) and DeepMind",
        "stamp": "arXiv:1910.11856v1 [cs.CL] 25 Oct 2019",
        "abstract": XQUAD_ABS,
        "sections": [("Introduction", [{"p": XQUAD_INTRO}])],
        "source": {"abstract": "https://paperswithcode.com/paper/on-the-cross-lingual-transferability-of/review/ (the same text at aclanthology.org/2020.acl-main.421)",
                   "introduction": "two sentences of the first paragraph of the introduction, https://readkong.com/page/on-the-cross-lingual-transferability-of-monolingual-3717881"},
        "synthetic": False,
        "note": "date in the arXiv stamp as recalled, not checked",
    },
    {
        "arxiv": "1908.10084", "version": 1, "layout": "iclr",
        "title": "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",
        "authors": "Nils Reimers, Iryna Gurevych",
        "affil": "Ubiquitous Knowledge Processing Lab (UKP-TUDA), Technische Universität Darmstadt",
        "stamp": "arXiv:1908.10084v1 [cs.CL] 27 Aug 2019",
        "abstract": SBERT_ABS,
        "sections": [],
        "source": {"abstract": "https://paperswithcode.com/paper/sentence-bert-sentence-embeddings-using/review/ (the same text in the EMNLP 2019 BibTeX at aclanthology.org/D19-1410)"},
        "synthetic": False,
    },
]
