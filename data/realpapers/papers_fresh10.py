"""Papers added for the *fresh10* claim split (data/realclaims, issue 13): same data format
as papers.py, which appends FRESH10_PAPERS to its PAPERS after the fresh9 ones.

A tenth blind set, kept apart so that every earlier paper stays byte-identical and so that
whoever changes the verdict rules does not read these texts. Provenance per version in
`source`; tables were transcribed from copies of the papers (each `note` says what changed).
One paper comes in two versions whose real abstracts differ: DPO (v1: "exceeds RLHF's ability
to control sentiment of generations and improves response quality", and "eliminating the need
for fitting a reward model, sampling from the LM ..."; v3: "exceeds PPO-based RLHF in ability to
control sentiment of generations, and matches or improves response quality", with no "fitting a
reward model" in the list). No file is synthetic.
"""
from __future__ import annotations


def _paras(texts: list[str]) -> list[dict]:
    return [{"p": t} for t in texts]


# ================================================================== Whisper (2212.04356 v1)
WHISPER_COPY = ("a markdown clipping of the Whisper paper PDF (cdn.openai.com/papers/whisper.pdf, "
                "the text of arXiv:2212.04356) kept in a public GitHub repository, found through "
                "the stored GitHub index")

WHISPER_ABS = (
    "We study the capabilities of speech processing systems trained simply to predict large "
    "amounts of transcripts of audio on the internet. When scaled to 680,000 hours of "
    "multilingual and multitask supervision, the resulting models generalize well to standard "
    "benchmarks and are often competitive with prior fully supervised results but in a zero-shot "
    "transfer setting without the need for any fine-tuning. When compared to humans, the models "
    "approach their accuracy and robustness. We are releasing models and inference code to serve "
    "as a foundation for further work on robust speech processing."
)

WHISPER_INTRO = [
    "Progress in speech recognition has been energized by the development of unsupervised "
    "pre-training techniques exemplified by Wav2Vec 2.0. Since these methods learn directly from "
    "raw audio without the need for human labels, they can productively use large datasets of "
    "unlabeled speech and have been quickly scaled up to 1,000,000 hours of training data, far "
    "more than the 1,000 or so hours typical of an academic supervised dataset. When fine-tuned "
    "on standard benchmarks, this approach has improved the state of the art, especially in a "
    "low-data setting.",
    "These pre-trained audio encoders learn high-quality representations of speech, but because "
    "they are purely unsupervised they lack an equivalently performant decoder mapping those "
    "representations to usable outputs, necessitating a fine-tuning stage in order to actually "
    "perform a task such as speech recognition. There is an additional risk with requiring fine-tuning. Machine learning methods are "
    "exceedingly adept at finding patterns within a training dataset which boost performance on "
    "held-out data from the same dataset. However, some of these patterns are brittle and "
    "spurious and don't generalize to other datasets and distributions. In a particularly "
    "disturbing example, Radford et al. (2021) documented a 9.2% increase in object "
    "classification accuracy when fine-tuning a computer vision model on the ImageNet dataset "
    "without observing any improvement in average accuracy when classifying the same objects on "
    "seven other natural image datasets. A model that achieves \"superhuman\" performance when "
    "trained on a dataset can still make many basic errors when evaluated on another, possibly "
    "precisely because it is exploiting those dataset-specific quirks that humans are oblivious "
    "to.",
    "This suggests that while unsupervised pre-training has improved the quality of audio "
    "encoders dramatically, the lack of an equivalently high-quality pre-trained decoder, "
    "combined with a recommended protocol of dataset-specific fine-tuning, is a crucial weakness "
    "which limits their usefulness and robustness. The goal of a speech recognition system "
    "should be to work reliably \"out of the box\" in a broad range of environments without "
    "requiring supervised fine-tuning of a decoder for every deployment distribution.",
    "As demonstrated by prior work, speech recognition systems that are pre-trained in a "
    "*supervised* fashion across many datasets/domains exhibit higher robustness and generalize "
    "much more effectively to held-out datasets than models trained on a single source. These "
    "works achieve this by combining as many existing high-quality speech recognition datasets "
    "as possible. However, there is still only a moderate amount of this data easily available. "
    "SpeechStew mixes together 7 pre-existing datasets totalling 5,140 hours of supervision. "
    "While not insignificant, this is still tiny compared to the previously mentioned 1,000,000 "
    "hours of unlabeled speech data utilized in Zhang et al. (2021).",
    "Recognizing the limiting size of existing high-quality supervised datasets, recent efforts "
    "have created larger datasets for speech recognition. By relaxing the requirement of "
    "gold-standard human-validated transcripts, Chen et al. (2021) and Galvez et al. (2021) make "
    "use of sophisticated automated pipelines to scale weakly supervised speech recognition to "
    "10,000 and 30,000 hours of noisier training data. This trade-off between quality and "
    "quantity is often the right call. Although understudied so far for speech recognition, "
    "recent work in computer vision has demonstrated that moving beyond gold-standard "
    "crowdsourced datasets such as ImageNet to much larger but weakly supervised datasets "
    "significantly improves the robustness and generalization of models.",
    "Yet these new datasets are only a few times larger than the sum of existing high-quality "
    "datasets and still much smaller than prior unsupervised work. In this work we close that "
    "gap, scaling weakly supervised speech recognition the next order of magnitude to 680,000 "
    "hours of labeled audio data. We call our approach Whisper. We demonstrate models trained at "
    "this scale transfer well to existing datasets zero-shot, removing the need for any "
    "dataset-specific fine-tuning to achieve high-quality results.",
    "In addition to scale, our work also focuses on broadening the scope of weakly supervised "
    "pre-training beyond English-only speech recognition to be both multilingual and multitask. "
    "Of those 680,000 hours of audio, 117,000 hours cover 96 other languages. The dataset also "
    "includes 125,000 hours of X->en translation data. We find that for sufficiently large models "
    "there is no drawback and even benefits to joint multilingual and multitask training.",
    "Our work suggests that simple scaling of weakly supervised pre-training has been "
    "underappreciated so far for speech recognition. We achieve these results without the need "
    "for the self-supervision or self-training techniques that have been a mainstay of recent "
    "large-scale speech recognition work. To serve as a foundation for further research on "
    "robust speech recognition, we release inference code and models at the following URL: "
    "https://github.com/openai/whisper.",
]

WHISPER_TRAIN = [
    "We train a suite of models of various sizes in order to study the scaling properties of "
    "Whisper. Please see Table 1 for an overview. We train with data parallelism across "
    "accelerators using FP16 with dynamic loss scaling and activation checkpointing. Models were "
    "trained with AdamW and gradient norm clipping with a linear learning rate decay to zero "
    "after a warmup over the first 2048 updates. A batch size of 256 segments was used, and the "
    "models are trained for 2^20 updates which is between two and three passes over the dataset. "
    "Due to only training for a few epochs, over-fitting is not a large concern, and we do not "
    "use any data augmentation or regularization and instead rely on the diversity contained "
    "within such a large dataset to encourage generalization and robustness.",
]

WHISPER_ARCH = {
    "label": "Table 1",
    "caption": "Architecture details of the Whisper model family.",
    "source": WHISPER_COPY + " (Table 1)",
    "note": "the paper's Table 1 and caption",
    "header": [[("Model", 1), ("Layers", 1), ("Width", 1), ("Heads", 1), ("Parameters", 1)]],
    "rows": [
        ["Tiny", "4", "384", "6", "39M"],
        ["Base", "6", "512", "8", "74M"],
        ["Small", "12", "768", "12", "244M"],
        ["Medium", "24", "1024", "16", "769M"],
        ["Large", "32", "1280", "20", "1550M"],
    ],
}

WHISPER_EN = [
    "In 2015, Deep Speech 2 reported a speech recognition system matched human-level performance "
    "when transcribing the LibriSpeech test-clean split. Yet seven years later the SOTA WER on "
    "LibriSpeech test-clean has dropped another 73% from their 5.3% to 1.4%, far below their "
    "reported human-level error rate of 5.8%. Despite this massive and unanticipated further "
    "improvement in performance on held-out but in-distribution data, speech recognition models "
    "trained on LibriSpeech remain far above human error rates when used in other settings.",
    "Our main findings are summarized in Table 2. Although the best zero-shot Whisper model has "
    "a relatively unremarkable LibriSpeech clean-test WER of 2.5, which is roughly the "
    "performance of modern supervised baseline or the mid-2019 state of the art, zero-shot "
    "Whisper models have very different robustness properties than supervised LibriSpeech "
    "models and out-perform all benchmarked LibriSpeech models by large amounts on other "
    "datasets. Even the smallest zero-shot Whisper model, which has only 39 million parameters "
    "and a 6.7 WER on LibriSpeech test-clean is roughly competitive with the best supervised "
    "LibriSpeech model when evaluated on other datasets.",
]

WHISPER_ROBUST = {
    "label": "Table 2",
    "caption": "Detailed comparison of effective robustness across various datasets. Although "
               "both models perform within 0.1% of each other on LibriSpeech, a zero-shot "
               "Whisper model performs much better on other datasets than expected for its "
               "LibriSpeech performance and makes 55.2% less errors on average. Results "
               "reported in word error rate (WER) for both models after applying our text "
               "normalizer.",
    "source": WHISPER_COPY + " (Table 2)",
    "note": "the paper's Table 2 and caption; the two-line column heads joined with a space",
    "header": [[("Dataset", 1), ("wav2vec 2.0 Large (no LM)", 1), ("Whisper Large V2", 1),
                ("RER (%)", 1)]],
    "rows": [
        ["LibriSpeech Clean", "2.7", "2.7", "0.0"],
        ["Artie", "24.5", "6.2", "74.7"],
        ["Common Voice", "29.9", "9.0", "69.9"],
        ["Fleurs En", "14.6", "4.4", "69.9"],
        ["Tedlium", "10.5", "4.0", "61.9"],
        ["CHiME6", "65.8", "25.5", "61.2"],
        ["VoxPopuli En", "17.9", "7.3", "59.2"],
        ["CORAAL", "35.6", "16.2", "54.5"],
        ["AMI IHM", "37.0", "16.9", "54.3"],
        ["Switchboard", "28.3", "13.8", "51.2"],
        ["CallHome", "34.8", "17.6", "49.4"],
        ["WSJ", "7.7", "3.9", "49.4"],
        ["AMI SDM1", "67.6", "36.4", "46.2"],
        ["LibriSpeech Other", "6.2", "5.2", "16.1"],
        ["Average", "29.3", "12.8", "55.2"],
    ],
}

WHISPER_EN_AFTER = [
    "For a detailed breakdown of this large improvement in robustness, Table 2 compares the "
    "performance of the best zero-shot Whisper model with a supervised LibriSpeech model that "
    "has the closest performance to it on LibriSpeech test-clean. Despite their very close "
    "performance on the reference distribution, the zero-shot Whisper model achieves an average "
    "relative error reduction of 55.2% when evaluated on other speech recognition datasets.",
    "This finding suggests emphasizing zero-shot and out-of-distribution evaluations of models, "
    "particularly when attempting to compare to human performance, to avoid overstating the "
    "capabilities of machine learning systems due to misleading comparisons.",
]

WHISPER_ML_TEXT = [
    "In order to compare to prior work on multilingual speech recognition, we report results on "
    "two low-data benchmarks: Multilingual LibriSpeech (MLS) and VoxPopuli in Table 3.",
    "Whisper performs well on Multilingual LibriSpeech, outperforming XLS-R, mSLAM, and Maestro "
    "in a zero-shot setting. We caution that we do use a simple text standardizer for this "
    "result which prevents direct comparison or claims of SOTA performance. On VoxPopuli, "
    "however, Whisper significantly underperforms prior work and only beats the VP-10K+FT "
    "baseline from the original paper. We suspect the underperformance of Whisper models on "
    "VoxPopuli could be due to other models including this distribution as a major source for "
    "their unsupervised pre-training data and the dataset having significantly more supervised "
    "data, which benefits fine-tuning. While MLS has 10 hours of training data per language, the "
    "average amount of training data per language is roughly 10 times higher for VoxPopuli.",
]

WHISPER_ML = {
    "label": "Table 3",
    "caption": "Multilingual speech recognition performance. Zero-shot Whisper improves "
               "performance on Multilingual LibriSpeech (MLS) but is still significantly behind "
               "both Maestro, XLS-R, and mSLAM on VoxPopuli.",
    "source": WHISPER_COPY + " (Table 3)",
    "note": "the paper's Table 3 and caption",
    "header": [[("Model", 1), ("MLS", 1), ("VoxPopuli", 1)]],
    "rows": [
        ["VP-10K + FT", "-", "15.3"],
        ["XLS-R (1B)", "10.9", "10.6"],
        ["mSLAM-CTC (2B)", "9.7", "9.1"],
        ["Maestro", "-", "8.1"],
        ["Zero-Shot Whisper", "7.3", "13.6"],
    ],
}

# ================================================================== ColBERT (2004.12832 v2)
COLBERT_COPY = ("a text extraction of the ar5iv rendering of arXiv:2004.12832 (its latest "
                "version, taken to be v2, the SIGIR 2020 text) kept in a public GitHub "
                "repository, found through the stored GitHub index")

COLBERT_ABS = (
    "Recent progress in Natural Language Understanding (NLU) is driving fast-paced advances in "
    "Information Retrieval (IR), largely owed to fine-tuning deep language models (LMs) for "
    "document ranking. While remarkably effective, the ranking models based on these LMs "
    "increase computational cost by orders of magnitude over prior approaches, particularly as "
    "they must feed each query-document pair through a massive neural network to compute a "
    "single relevance score. To tackle this, we present ColBERT, a novel ranking model that "
    "adapts deep LMs (in particular, BERT) for efficient retrieval. ColBERT introduces a late "
    "interaction architecture that independently encodes the query and the document using BERT "
    "and then employs a cheap yet powerful interaction step that models their fine-grained "
    "similarity. By delaying and yet retaining this fine-granular interaction, ColBERT can "
    "leverage the expressiveness of deep LMs while simultaneously gaining the ability to "
    "pre-compute document representations offline, considerably speeding up query processing. "
    "Beyond reducing the cost of re-ranking the documents retrieved by a traditional model, "
    "ColBERT's pruning-friendly interaction mechanism enables leveraging vector-similarity "
    "indexes for end-to-end retrieval directly from a large document collection. We extensively "
    "evaluate ColBERT using two recent passage search datasets. Results show that ColBERT's "
    "effectiveness is competitive with existing BERT-based models (and outperforms every "
    "non-BERT baseline), while executing two orders-of-magnitude faster and requiring four "
    "orders-of-magnitude fewer FLOPs per query."
)

COLBERT_INTRO = [
    "Over the past few years, the Information Retrieval (IR) community has witnessed the "
    "introduction of a host of neural ranking models, including DRMM, KNRM, and Duet. In "
    "contrast to prior learning-to-rank methods that rely on hand-crafted features, these "
    "models employ embedding-based representations of queries and documents and directly model "
    "local interactions (i.e., fine-granular relationships) between their contents. Among them, "
    "a recent approach has emerged that fine-tunes deep pre-trained language models (LMs) like "
    "ELMo and BERT for estimating relevance. By computing deeply-contextualized semantic "
    "representations of query-document pairs, these LMs help bridge the pervasive vocabulary "
    "mismatch between documents and queries. Indeed, in the span of just a few months, a number "
    "of ranking models based on BERT have achieved state-of-the-art results on various "
    "retrieval benchmarks and have been proprietarily adapted for deployment by Google and Bing.",
    "However, the remarkable gains delivered by these LMs come at a steep increase in "
    "computational cost. Hofstätter et al. and MacAvaney et al. observe that BERT-based models "
    "in the literature are 100-1000x more computationally expensive than prior models, some of "
    "which are arguably not inexpensive to begin with. This quality-cost tradeoff is summarized "
    "by Figure 1, which compares two BERT-based rankers against a representative set of ranking "
    "models. The figure uses MS MARCO Ranking, a recent collection of 9M passages and 1M queries "
    "from Bing's logs. It reports retrieval effectiveness (MRR@10) on the official validation "
    "set as well as average query latency (log-scale) using a high-end server that dedicates "
    "one Tesla V100 GPU per query for neural re-rankers.",
    "As the figure shows, BERT considerably improves search precision, raising MRR@10 by almost "
    "7% against the best previous methods; simultaneously, it increases latency by up to tens of "
    "thousands of milliseconds even with a high-end GPU. This poses a challenging tradeoff since "
    "raising query response times by as little as 100ms is known to impact user experience and "
    "even measurably diminish revenue. To tackle this problem, recent work has started exploring "
    "using Natural Language Understanding (NLU) techniques to augment traditional retrieval "
    "models like BM25. For example, Nogueira et al. expand documents with NLU-generated queries "
    "before indexing with BM25 scores and Dai & Callan replace BM25's term frequency with "
    "NLU-estimated term importance. Despite successfully reducing latency, these approaches "
    "generally reduce precision substantially relative to BERT.",
    "To reconcile efficiency and contextualization in IR, we propose ColBERT, a ranking model "
    "based on contextualized late interaction over BERT. As the name suggests, ColBERT proposes "
    "a novel late interaction paradigm for estimating relevance between a query q and a "
    "document d. Under late interaction, q and d are separately encoded into two sets of "
    "contextual embeddings, and relevance is evaluated using cheap and pruning-friendly "
    "computations between both sets, that is, fast computations that enable ranking without "
    "exhaustively evaluating every possible candidate.",
    "These increasingly expressive architectures are in tension. While interaction-based models "
    "tend to be superior for IR tasks, a representation-focused model, by isolating the "
    "computations among q and d, makes it possible to pre-compute document representations "
    "offline, greatly reducing the computational load per query. In this work, we observe that "
    "the fine-grained matching of interaction-based models and the pre-computation of document "
    "representations of representation-based models can be combined by retaining yet "
    "judiciously delaying the query-document interaction.",
    "ColBERT can serve queries in tens or few hundreds of milliseconds. For instance, when used "
    "for re-ranking as in \"ColBERT (re-rank)\", it delivers over 170x speedup (and requires "
    "14,000x fewer FLOPs) relative to existing BERT-based models, while being more effective "
    "than every non-BERT baseline. ColBERT's indexing, the only time it needs to feed documents "
    "through BERT, is also practical: it can index the MS MARCO collection of 9M passages in "
    "about 3 hours using a single server with four GPUs, retaining its effectiveness with a "
    "space footprint of as little as few tens of GiBs. Our extensive ablation study shows that "
    "late interaction, its implementation via MaxSim operations, and crucial design choices "
    "within our BERT-based encoders are all essential to ColBERT's effectiveness.",
]

COLBERT_EVAL = [
    "MS MARCO is a dataset (and a corresponding competition) introduced by Microsoft in 2016 "
    "for reading comprehension and adapted in 2018 for retrieval. It is a collection of 8.8M "
    "passages from Web pages, which were gathered from Bing's results to 1M real-world queries. "
    "Per the official evaluation, we use MRR@10 to measure effectiveness.",
    "Introduced by Dietz et al. in 2017, TREC CAR is a synthetic dataset based on Wikipedia that "
    "consists of about 29M passages. Similar to related work, we use the first four of five "
    "pre-defined folds for training and the fifth for validation. Our evaluation is conducted on "
    "the test set used in TREC 2017 CAR, which contains 2,254 queries.",
    "We fine-tune all ColBERT models with learning rate 3x10^-6 with a batch size 32. We fix the "
    "number of embeddings per query at 32. We set our ColBERT embedding dimension m to be 128. "
    "For MS MARCO, we train all models for 200k iterations. Since fine-tuning this model is "
    "significantly slower than BERT-base, we train on TREC CAR for only 125k iterations.",
    "We now proceed to study the results, which are reported in Table 1. To begin with, we "
    "notice the fast progress from KNRM in 2017 to the BERT-based models in 2019, manifesting "
    "itself in over 16% increase in MRR@10. As described in §1, the simultaneous increase in "
    "computational cost is difficult to miss.",
]

COLBERT_RERANK = {
    "label": "Table 1",
    "caption": "Re-ranking results on MS MARCO: effectiveness (MRR@10) on the development and "
               "evaluation sets, re-ranking latency and FLOPs per query.",
    "source": COLBERT_COPY + " (Table 1)",
    "kind": "table*",
    "note": "the paper's Table 1 with its rows and columns; the caption written for the corpus "
            "(the copy lost it); citations in row labels written as text ('(Nogueira and Cho, "
            "2019)' kept as in the copy), 'BERT_base' written 'BERT-base', '×' written 'x'",
    "header": [[("Method", 1), ("MRR@10 (Dev)", 1), ("MRR@10 (Eval)", 1),
                ("Re-ranking Latency (ms)", 1), ("FLOPs/query", 1)]],
    "rows": [
        ["BM25 (official)", "16.7", "16.5", "-", "-"],
        ["KNRM", "19.8", "19.8", "3", "592M (0.085x)"],
        ["Duet", "24.3", "24.5", "22", "159B (23x)"],
        ["fastText+ConvKNRM", "29.0", "27.7", "28", "78B (11x)"],
        ["BERT-base (Nogueira and Cho, 2019)", "34.7", "-", "10,700", "97T (13,900x)"],
        ["BERT-base (our training)", "36.0", "-", "10,700", "97T (13,900x)"],
        ["BERT-large (Nogueira and Cho, 2019)", "36.5", "35.9", "32,900", "340T (48,600x)"],
        ["ColBERT (over BERT-base)", "34.9", "34.9", "61", "7B (1x)"],
    ],
}

COLBERT_RERANK_TEXT = [
    "In contrast with this trend, ColBERT (which employs late interaction over BERT-base) "
    "performs no worse than the original adaptation of BERT-base for ranking by Nogueira and Cho "
    "and is only marginally less effective than BERT-large and our training of BERT-base. While "
    "highly competitive in effectiveness, ColBERT is orders of magnitude cheaper than BERT-base, "
    "in particular, by over 170x in latency and 13,900x in FLOPs. While ColBERT's re-ranking "
    "latency is slightly higher than the non-BERT re-ranking models shown (i.e., by 10s of "
    "milliseconds), this difference is explained by the time it takes to gather, stack, and "
    "transfer the document embeddings to the GPU. In particular, the query encoding and "
    "interaction in ColBERT consume only 13 milliseconds of its total execution time.",
    "For instance, at k=10, BERT requires nearly 180x more FLOPs than ColBERT; at k=1000, "
    "BERT's overhead jumps to 13,900x. It then reaches 23,000x at k=2000.",
    "Having studied our results on MS MARCO, we now consider TREC CAR, whose official metric is "
    "MAP. Results are summarized in Table 3, which includes a number of important baselines "
    "(BM25, doc2query, and DeepCT) in addition to re-ranking baselines that have been tested on "
    "this dataset. These results directly mirror those with MS MARCO.",
]

COLBERT_CAR = {
    "label": "Table 3",
    "caption": "Results on TREC CAR.",
    "source": COLBERT_COPY + " (Table 3)",
    "note": "the paper's Table 3; the caption written for the corpus (the copy lost it); "
            "'BERT_base' written 'BERT-base'",
    "header": [[("Method", 1), ("MAP", 1), ("MRR@10", 1)]],
    "rows": [
        ["BM25 (Anserini)", "15.3", "-"],
        ["doc2query", "18.1", "-"],
        ["DeepCT", "24.6", "33.2"],
        ["BM25 + BERT-base", "31.0", "-"],
        ["BM25 + BERT-large", "33.5", "-"],
        ["BM25 + ColBERT", "31.3", "44.3"],
    ],
}

COLBERT_E2E_TEXT = [
    "Beyond cheap re-ranking, ColBERT is amenable to top-k retrieval directly from a full "
    "collection. Table 2 considers full retrieval, wherein each model retrieves the top-1000 "
    "documents directly from MS MARCO's 8.8M documents per query. In addition to MRR@10 and "
    "latency in milliseconds, the table reports Recall@50, Recall@200, and Recall@1000, "
    "important metrics for a full-retrieval model that essentially filters down a large "
    "collection on a per-query basis.",
]

COLBERT_E2E_TABLE = {
    "label": "Table 2",
    "caption": "End-to-end retrieval results on MS MARCO: each model retrieves the top-1000 "
               "documents per query directly from the full collection.",
    "source": COLBERT_COPY + " (Table 2)",
    "kind": "table*",
    "note": "the paper's Table 2; the caption written for the corpus (the copy lost it); "
            "DeepCT's recall cells carry a citation in the copy ('69 (Dai and Callan, 2019a)'), "
            "written as the bare number; 'ColBERT_L2' written 'ColBERT-L2'",
    "header": [[("Method", 1), ("MRR@10 (Dev)", 1), ("MRR@10 (Local Eval)", 1),
                ("Latency (ms)", 1), ("Recall@50", 1), ("Recall@200", 1), ("Recall@1000", 1)]],
    "rows": [
        ["BM25 (official)", "16.7", "-", "-", "-", "-", "81.4"],
        ["BM25 (Anserini)", "18.7", "19.5", "62", "59.2", "73.8", "85.7"],
        ["doc2query", "21.5", "22.8", "85", "64.4", "77.9", "89.1"],
        ["DeepCT", "24.3", "-", "62 (est.)", "69", "82", "91"],
        ["docTTTTTquery", "27.7", "28.4", "87", "75.6", "86.9", "94.7"],
        ["ColBERT-L2 (re-rank)", "34.8", "36.4", "-", "75.3", "80.5", "81.4"],
        ["ColBERT-L2 (end-to-end)", "36.0", "36.7", "458", "82.9", "92.3", "96.8"],
    ],
}

COLBERT_E2E = [
    "Looking at Table 2, we first see Anserini's BM25 baseline at 18.7 MRR@10, noticing its "
    "very low latency as implemented in Anserini, owing to both very cheap operations and "
    "decades of bag-of-words top-k retrieval optimizations. The three subsequent baselines, "
    "namely doc2query, DeepCT, and docTTTTquery, each brings a decisive enhancement to "
    "effectiveness. These improvements come at negligible overheads in latency, since these "
    "baselines ultimately rely on BM25-based retrieval. The most effective among these three, "
    "docTTTTquery, demonstrates a massive 9% gain over vanilla BM25 by fine-tuning the recent "
    "language model T5.",
    "Shifting our attention to ColBERT's end-to-end retrieval effectiveness, we see its major "
    "gains in MRR@10 over all of these end-to-end models. In fact, using ColBERT in the "
    "end-to-end setup is superior in terms of MRR@10 to re-ranking with the same model due to "
    "the improved recall. Moving beyond MRR@10, we also see large gains in Recall@k for k "
    "equals to 50, 200, and 1000. For instance, its Recall@50 actually exceeds the official "
    "BM25's Recall@1000 and even all but docTTTTTquery's Recall@200, emphasizing the value of "
    "end-to-end retrieval (instead of just re-ranking) with ColBERT.",
]

COLBERT_SPACE_TEXT = [
    "Lastly, we examine the indexing throughput and space footprint of ColBERT. Based on these "
    "throughputs, ColBERT can index MS MARCO in about three hours. Note that any BERT-based "
    "model must incur the computational cost of processing each document at least once. While "
    "ColBERT encodes each document with BERT exactly once, existing BERT-based rankers would "
    "repeat similar computations on possibly hundreds of documents for each query.",
]

COLBERT_SPACE = {
    "label": "Table 4",
    "caption": "Space footprint of ColBERT on MS MARCO under various settings of the embedding "
               "dimension and the bytes per dimension.",
    "source": COLBERT_COPY + " (Table 4)",
    "note": "the paper's Table 4; the caption written for the corpus (the copy lost it); "
            "'Dimension(m)' written 'Dimension (m)', 'Space(GiBs)' written 'Space (GiBs)'",
    "header": [[("Setting", 1), ("Dimension (m)", 1), ("Bytes/Dim", 1), ("Space (GiBs)", 1),
                ("MRR@10", 1)]],
    "rows": [
        ["Re-rank Cosine", "128", "4", "286", "34.9"],
        ["End-to-end L2", "128", "2", "154", "36.0"],
        ["Re-rank L2", "128", "2", "143", "34.8"],
        ["Re-rank Cosine", "48", "4", "54", "34.4"],
        ["Re-rank Cosine", "24", "2", "27", "33.9"],
    ],
}

COLBERT_SPACE_AFTER = [
    "Table 4 reports the space footprint of ColBERT under various settings as we reduce the "
    "embeddings dimension and/or the bytes per dimension. Interestingly, the most "
    "space-efficient setting, that is, re-ranking with cosine similarity with 24-dimensional "
    "vectors stored as 2-byte floats, is only 1% worse in MRR@10 than the most space-consuming "
    "one, while the former requires only 27 GiBs to represent the MS MARCO collection.",
]

COLBERT_CONCL = [
    "In this paper, we introduced ColBERT, a novel ranking model that employs contextualized "
    "late interaction over deep LMs (in particular, BERT) for efficient retrieval. By "
    "independently encoding queries and documents into fine-grained representations that "
    "interact via cheap and pruning-friendly computations, ColBERT can leverage the "
    "expressiveness of deep LMs while greatly speeding up query processing. In addition, doing "
    "so allows using ColBERT for end-to-end neural retrieval directly from a large document "
    "collection. Our results show that ColBERT is more than 170x faster and requires 14,000x "
    "fewer FLOPs/query than existing BERT-based models, all while only minimally impacting "
    "quality and while outperforming every non-BERT baseline.",
]

# ================================================================== CLIP (2103.00020 v1)
CLIP_COPY = ("a markdown clipping of the CLIP paper (arXiv:2103.00020) kept in a public GitHub "
             "repository, found through the stored GitHub index")

CLIP_ABS = (
    "State-of-the-art computer vision systems are trained to predict a fixed set of "
    "predetermined object categories. This restricted form of supervision limits their "
    "generality and usability since additional labeled data is needed to specify any other "
    "visual concept. Learning directly from raw text about images is a promising alternative "
    "which leverages a much broader source of supervision. We demonstrate that the simple "
    "pre-training task of predicting which caption goes with which image is an efficient and "
    "scalable way to learn SOTA image representations from scratch on a dataset of 400 million "
    "(image, text) pairs collected from the internet. After pre-training, natural language is "
    "used to reference learned visual concepts (or describe new ones) enabling zero-shot "
    "transfer of the model to downstream tasks. We study the performance of this approach by "
    "benchmarking on over 30 different existing computer vision datasets, spanning tasks such as "
    "OCR, action recognition in videos, geo-localization, and many types of fine-grained object "
    "classification. The model transfers non-trivially to most tasks and is often competitive "
    "with a fully supervised baseline without the need for any dataset specific training. For "
    "instance, we match the accuracy of the original ResNet-50 on ImageNet zero-shot without "
    "needing to use any of the 1.28 million training examples it was trained on. We release our "
    "code and pre-trained model weights at https://github.com/OpenAI/CLIP."
)

CLIP_INTRO = [
    "Pre-training methods which learn directly from raw text have revolutionized NLP over the "
    "last few years. Task-agnostic objectives such as autoregressive and masked language "
    "modeling have scaled across many orders of magnitude in compute, model capacity, and data, "
    "steadily improving capabilities. The development of \"text-to-text\" as a standardized "
    "input-output interface has enabled task-agnostic architectures to zero-shot transfer to "
    "downstream datasets removing the need for specialized output heads or dataset specific "
    "customization. Flagship systems like GPT-3 are now competitive across many tasks with "
    "bespoke models while requiring little to no dataset specific training data.",
    "These results suggest that the aggregate supervision accessible to modern pre-training "
    "methods within web-scale collections of text surpasses that of high-quality crowd-labeled "
    "NLP datasets. However, in other fields such as computer vision it is still standard "
    "practice to pre-train models on crowd-labeled datasets such as ImageNet. Could scalable "
    "pre-training methods which learn directly from web text result in a similar breakthrough "
    "in computer vision? Prior work is encouraging.",
    "Over 20 years ago Mori et al. (1999) explored improving content based image retrieval by "
    "training a model to predict the nouns and adjectives in text documents paired with images. "
    "Joulin et al. (2016) modernized this line of work and demonstrated that CNNs trained to "
    "predict words in image captions learn useful image representations. Adopting more recent "
    "architectures and pre-training approaches, VirTex, ICMLM, and ConVIRT have recently "
    "demonstrated the potential of transformer-based language modeling, masked language "
    "modeling, and contrastive objectives to learn image representations from text.",
    "While exciting as proofs of concept, using natural language supervision for image "
    "representation learning is still rare. This is likely because demonstrated performance on "
    "common benchmarks is much lower than alternative approaches. For example, Li et al. (2017) "
    "reach only 11.5% accuracy on ImageNet in a zero-shot setting. This is well below the 88.4% "
    "accuracy of the current state of the art. Instead, more narrowly scoped but well-targeted uses of weak "
    "supervision have improved performance. Mahajan et al. (2018) showed that predicting "
    "ImageNet-related hashtags on Instagram images is an effective pre-training task. When "
    "fine-tuned to ImageNet these pre-trained models increased accuracy by over 5% and improved "
    "the overall state of the art at the time.",
    "This line of work represents the current pragmatic middle ground between learning from a "
    "limited amount of supervised \"gold-labels\" and learning from practically unlimited "
    "amounts of raw text. However, it is not without compromises. Both works carefully design, "
    "and in the process limit, their supervision to 1000 and 18291 classes respectively. Natural "
    "language is able to express, and therefore supervise, a much wider set of visual concepts "
    "through its generality. Both approaches also use static softmax classifiers to perform "
    "prediction and lack a mechanism for dynamic outputs. This severely curtails their "
    "flexibility and limits their \"zero-shot\" capabilities.",
    "A crucial difference between these weakly supervised models and recent explorations of "
    "learning image representations directly from natural language is scale. While Mahajan et "
    "al. (2018) and Kolesnikov et al. (2019) trained their models for accelerator years on "
    "millions to billions of images, VirTex, ICMLM, and ConVIRT trained for accelerator days on "
    "one to two hundred thousand images. In this work, we close this gap and study the "
    "behaviors of image classifiers trained with natural language supervision at large scale. "
    "Enabled by the large amounts of publicly available data of this form on the internet, we "
    "create a new dataset of 400 million (image, text) pairs and demonstrate that a simplified "
    "version of ConVIRT trained from scratch, which we call CLIP, for Contrastive Language-Image "
    "Pre-training, is an efficient method of learning from natural language supervision. We "
    "study the scalability of CLIP by training a series of eight models spanning almost 2 orders "
    "of magnitude of compute and observe that transfer performance is a smoothly predictable "
    "function of compute. We find that CLIP, similar to the GPT family, learns to perform a wide "
    "set of tasks during pre-training including OCR, geo-localization, action recognition, and "
    "many others. We measure this by benchmarking the zero-shot transfer performance of CLIP on "
    "over 30 existing datasets and find it can be competitive with prior task-specific "
    "supervised models. We also confirm these findings with linear-probe representation "
    "learning analysis and show that CLIP outperforms the best publicly available ImageNet model "
    "while also being more computationally efficient. We additionally find that zero-shot CLIP "
    "models are much more robust than equivalent accuracy supervised ImageNet models which "
    "suggests that zero-shot evaluation of task-agnostic models is much more representative of "
    "a model's capability.",
]

CLIP_DATA = [
    "Existing work has mainly used three datasets, MS-COCO, Visual Genome, and YFCC100M. While "
    "MS-COCO and Visual Genome are high quality crowd-labeled datasets, they are small by modern "
    "standards with approximately 100,000 training photos each. By comparison, other computer "
    "vision systems are trained on up to 3.5 billion Instagram photos. YFCC100M, at 100 million "
    "photos, is a possible alternative, but the metadata for each image is sparse and of varying "
    "quality. After filtering to keep only images with natural language titles and/or "
    "descriptions in English, the dataset shrunk by a factor of 6 to only 15 million photos. "
    "This is approximately the same size as ImageNet.",
    "To address this, we constructed a new dataset of 400 million (image, text) pairs collected "
    "from a variety of publicly available sources on the Internet. To attempt to cover as broad "
    "a set of visual concepts as possible, we search for (image, text) pairs as part of the "
    "construction process whose text includes one of a set of 500,000 queries. We approximately "
    "class balance the results by including up to 20,000 (image, text) pairs per query. The "
    "resulting dataset has a similar total word count as the WebText dataset used to train "
    "GPT-2. We refer to this dataset as WIT for WebImageText.",
    "State-of-the-art computer vision systems use very large amounts of compute. Mahajan et al. "
    "(2018) required 19 GPU years to train their ResNeXt101-32x48d and Xie et al. (2020) required "
    "33 TPUv3 core-years to train their Noisy Student EfficientNet-L2. Our initial approach, "
    "similar to VirTex, jointly trained an image CNN and text transformer from scratch to "
    "predict the caption of an image. However, we encountered difficulties efficiently scaling "
    "this method. A 63 million parameter transformer language model, which already uses twice "
    "the compute of its ResNet-50 image encoder, learns to recognize ImageNet classes three "
    "times slower than a much simpler baseline that predicts a bag-of-words encoding of the same "
    "text.",
]

CLIP_ZS_TEXT = [
    "In Table 1 we compare Visual N-Grams to CLIP. The best CLIP model improves accuracy on "
    "ImageNet from a proof of concept 11.5% to 76.2% and matches the performance of the original "
    "ResNet-50 despite using none of the 1.28 million crowd-labeled training examples available "
    "for this dataset. Additionally, the top-5 accuracy of CLIP models are noticeably higher "
    "than their top-1, and this model has a 95% top-5 accuracy, matching Inception-V4.",
]

CLIP_NGRAMS = {
    "label": "Table 1",
    "caption": "Comparing CLIP to prior zero-shot transfer image classification results. CLIP "
               "improves performance on all three datasets by a large amount. This improvement "
               "reflects many differences in the 4 years since the development of Visual "
               "N-Grams.",
    "source": CLIP_COPY + " (Table 1)",
    "note": "the paper's Table 1 (its empty first header cell written 'Method'; bold kept as "
            "the copy marks it); the caption's citation left out",
    "header": [[("Method", 1), ("aYahoo", 1), ("ImageNet", 1), ("SUN", 1)]],
    "rows": [
        ["Visual N-Grams", "72.4", "11.5", "23.0"],
        ["CLIP", "**98.4**", "**76.2**", "**58.5**"],
    ],
}

CLIP_ZS_AFTER = [
    "For instance, we train on a dataset that is 10x larger, use a vision model that requires "
    "nearly 100x more compute per prediction, likely used over 1000x their training compute, "
    "and use a transformer-based model which did not exist when Visual N-Grams was published. "
    "As a closer comparison, we trained a CLIP ResNet-50 on the same YFCC100M dataset that "
    "Visual N-Grams was trained on and found it matched their reported ImageNet performance "
    "within a V100 GPU day.",
    "CLIP also outperforms Visual N-Grams on the other 2 reported datasets. On aYahoo, CLIP "
    "achieves a 95% reduction in the number of errors, and on SUN, CLIP more than doubles the "
    "accuracy of Visual N-Grams. In total we expand from the 3 datasets reported in Visual "
    "N-Grams to include over 30 datasets and compare to over 50 existing computer vision "
    "systems to contextualize results.",
    "For instance, just using this prompt improves accuracy on ImageNet by 1.3%. On ImageNet, we "
    "ensemble 80 different context prompts and this improves performance by an additional 3.5% "
    "over the single default prompt discussed above. When considered together, prompt "
    "engineering and ensembling improve ImageNet accuracy by almost 5%.",
    "Zero-shot CLIP outperforms this baseline slightly more often than not and wins on 16 of "
    "the 27 datasets. On two of these datasets, Stanford Cars and Food101, zero-shot CLIP "
    "outperforms logistic regression on ResNet-50 features by over 20% while on two others, "
    "Flowers102 and FGVCAircraft, zero-shot CLIP underperforms by over 10%. On STL10, CLIP "
    "achieves 99.3% overall which appears to be a new state of the art despite not using any "
    "training examples. On Kinetics700, CLIP outperforms a ResNet-50 by 14.5%. Zero-shot CLIP "
    "also outperforms a ResNet-50's features by 7.7% on UCF101.",
]

# ================================================================== DPO (2305.18290 v1 / v3)
DPO_TITLE = "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"
DPO_AUTHORS = ("Rafael Rafailov, Archit Sharma, Eric Mitchell, Stefano Ermon, Christopher D. "
               "Manning, Chelsea Finn")
DPO_AFFIL = "Stanford University; CZ Biohub"

_DPO_HEAD = (
    "While large-scale unsupervised language models (LMs) learn broad world knowledge and some "
    "reasoning skills, achieving precise control of their behavior is difficult due to the "
    "completely unsupervised nature of their training. Existing methods for gaining such "
    "steerability collect human labels of the relative quality of model generations and "
    "fine-tune the unsupervised LM to align with these preferences, often with reinforcement "
    "learning from human feedback (RLHF). However, RLHF is a complex and often unstable "
    "procedure, first fitting a reward model that reflects the human preferences, and then "
    "fine-tuning the large unsupervised LM using reinforcement learning to maximize this "
    "estimated reward without drifting too far from the original model. In this paper we "
    "introduce a new parameterization of the reward model in RLHF that enables extraction of "
    "the corresponding optimal policy in closed form, allowing us to solve the standard RLHF "
    "problem with only a simple classification loss. "
)

DPO_ABS_V1 = _DPO_HEAD + (
    "The resulting algorithm, which we call Direct Preference Optimization (DPO), is stable, "
    "performant and computationally lightweight, eliminating the need for fitting a reward "
    "model, sampling from the LM during fine-tuning, or performing significant hyperparameter "
    "tuning. Our experiments show that DPO can fine-tune LMs to align with human preferences as "
    "well as or better than existing methods. Notably, fine-tuning with DPO exceeds RLHF's "
    "ability to control sentiment of generations and improves response quality in summarization "
    "and single-turn dialogue while being substantially simpler to implement and train."
)

DPO_ABS_V3 = _DPO_HEAD + (
    "The resulting algorithm, which we call Direct Preference Optimization (DPO), is stable, "
    "performant, and computationally lightweight, eliminating the need for sampling from the LM "
    "during fine-tuning or performing significant hyperparameter tuning. Our experiments show "
    "that DPO can fine-tune LMs to align with human preferences as well as or better than "
    "existing methods. Notably, fine-tuning with DPO exceeds PPO-based RLHF in ability to "
    "control sentiment of generations, and matches or improves response quality in "
    "summarization and single-turn dialogue while being substantially simpler to implement and "
    "train."
)

DPO_INTRO = [
    "Large unsupervised language models (LMs) trained on very large datasets acquire surprising "
    "capabilities. However, these models are trained on data generated by humans with a wide "
    "variety of goals, priorities, and skillsets. Some of these goals and skillsets may not be "
    "desirable to imitate; for example, while we may want our AI coding assistant to "
    "*understand* common programming mistakes in order to correct them, nevertheless, when "
    "generating code, we would like to bias our model toward the (potentially rare) "
    "high-quality coding ability present in its training data. Similarly, we might want our "
    "language model to be *aware* of a common misconception believed by 50% of people, but we "
    "certainly do not want the model to claim this misconception to be true in 50% of queries "
    "about it! In other words, selecting the model's desired responses and behavior from its "
    "very wide knowledge and abilities is crucial to building AI systems that are safe, "
    "performant, and controllable. While existing methods typically steer LMs to match human "
    "preferences using reinforcement learning (RL), we will show that the RL-based objective "
    "used by existing methods can be optimized exactly with a simple binary cross-entropy "
    "objective, greatly simplifying the preference learning pipeline.",
    "At a high level, existing methods instill the desired behaviors into a language model "
    "using curated sets of human preferences representing the types of behaviors that humans "
    "find safe and helpful. This preference learning stage occurs after an initial stage of "
    "large-scale unsupervised pre-training on a large text dataset. While the most "
    "straightforward approach to preference learning is supervised fine-tuning on human "
    "demonstrations of high quality responses, the most successful class of methods is "
    "reinforcement learning from human (or AI) feedback (RLHF/RLAIF). RLHF methods fit a reward "
    "model to a dataset of human preferences and then use RL to optimize a language model "
    "policy to produce responses assigned high reward without drifting excessively far from the "
    "original model. While RLHF produces models with impressive conversational and coding "
    "abilities, the RLHF pipeline is considerably more complex than supervised learning, "
    "involving training multiple LMs and sampling from the LM policy in the loop of training, "
    "incurring significant computational costs.",
    "In this paper, we show how to directly optimize a language model to adhere to human "
    "preferences, without explicit reward modeling or reinforcement learning. We propose Direct "
    "Preference Optimization (DPO), an algorithm that implicitly optimizes the same objective as "
    "existing RLHF algorithms (reward maximization with a KL-divergence constraint) but is "
    "simple to implement and straightforward to train. Intuitively, the DPO update increases "
    "the relative log probability of preferred to dispreferred responses, but it incorporates a "
    "dynamic, per-example importance weight that prevents the model degeneration that we find "
    "occurs with a naive probability ratio objective. Like existing algorithms, DPO relies on a "
    "theoretical preference model (such as the Bradley-Terry model) that measures how well a "
    "given reward function aligns with empirical preference data. However, while existing "
    "methods use the preference model to define a preference loss to train a reward model and "
    "then train a policy that optimizes the learned reward model, DPO uses a change of variables "
    "to define the preference loss as a function of the policy directly. Given a dataset of "
    "human preferences over model responses, DPO can therefore optimize a policy using a simple "
    "binary cross entropy objective, producing the optimal policy to an implicit reward function "
    "fit to the preference data.",
    "Our main contribution is Direct Preference Optimization (DPO), a simple RL-free algorithm "
    "for training language models from preferences. Our experiments show that DPO is at least "
    "as effective as existing methods, including PPO-based RLHF, for learning from preferences "
    "in tasks such as sentiment modulation, summarization, and dialogue, using language models "
    "with up to 6B parameters.",
]

DPO_RELATED = [
    "Self-supervised language models of increasing scale learn to complete some tasks zero-shot "
    "or with few-shot prompts. However, their performance on downstream tasks and alignment with "
    "user intent can be significantly improved by fine-tuning on datasets of instructions and "
    "human-written completions. This 'instruction-tuning' procedure enables LLMs to generalize "
    "to instructions outside of the instruction-tuning set and generally increase their "
    "usability. Despite the success of instruction tuning, relative human judgments of response "
    "quality are often easier to collect than expert demonstrations, and thus subsequent works "
    "have fine-tuned LLMs with datasets of human preferences, improving proficiency in "
    "translation, summarization, story-telling, and instruction-following. These methods first "
    "optimize a neural network reward function for compatibility with the dataset of "
    "preferences under a preference model such as the Bradley-Terry model, then fine-tune a "
    "language model to maximize the given reward using reinforcement learning algorithms, "
    "commonly REINFORCE, proximal policy optimization (PPO), or variants. Despite the appeal of "
    "using relative human preferences, fine-tuning large language models with reinforcement "
    "learning remains a major practical challenge; this work provides a theoretically-justified "
    "approach to optimizing relative preferences without RL.",
    "Outside of the context of language, learning policies from preferences has been studied in "
    "both bandit and reinforcement learning settings, and several approaches have been proposed. "
    "Contextual bandit learning using preferences or rankings of actions, rather than rewards, "
    "is known as a contextual dueling bandit (CDB). In the absence of absolute rewards, "
    "theoretical analysis of CDBs substitutes the notion of an optimal policy with a von Neumann "
    "winner, a policy whose expected win rate against any other policy is at least 50%. "
    "However, in the CDB setting, preference labels are given online, while in learning from "
    "human preferences, we typically learn from a fixed batch of offline preference-annotated "
    "action pairs. We instead present a single stage policy learning approach that directly "
    "optimizes a policy to satisfy preferences.",
]

_DPO_SRC_INTRO = ("the first two introduction paragraphs from the paper's LaTeX source quoted in "
                  "a public GitHub repository (a training script's probe prompt), the rest of the "
                  "introduction and two related-work paragraphs from a paragraph-by-paragraph "
                  "copy of the paper in another public GitHub repository, both found through the "
                  "stored GitHub index; citations and the figure left out, the '\\textit' "
                  "emphasis of 'desired responses and behavior' dropped")

_DPO_SECTIONS = [("Introduction", _paras(DPO_INTRO)), ("Related Work", _paras(DPO_RELATED))]

FRESH10_PAPERS = [
    {
        "arxiv": "2212.04356", "version": 1, "layout": "acl",
        "title": "Robust Speech Recognition via Large-Scale Weak Supervision",
        "authors": "Alec Radford, Jong Wook Kim, Tao Xu, Greg Brockman, Christine McLeavey, "
                   "Ilya Sutskever",
        "affil": "OpenAI",
        "stamp": "arXiv:2212.04356v1 [eess.AS] 6 Dec 2022",
        "abstract": WHISPER_ABS,
        "sections": [("Introduction", _paras(WHISPER_INTRO)),
                     ("Training Details", _paras(WHISPER_TRAIN) + [{"table": WHISPER_ARCH}]),
                     ("English Speech Recognition", _paras(WHISPER_EN) + [{"table": WHISPER_ROBUST}]
                      + _paras(WHISPER_EN_AFTER)),
                     ("Multi-lingual Speech Recognition", _paras(WHISPER_ML_TEXT[:1])
                      + [{"table": WHISPER_ML}] + _paras(WHISPER_ML_TEXT[1:]))],
        "source": {"abstract": WHISPER_COPY + " ('zeroshot' and 'finetuning' written 'zero-shot' and 'fine-tuning')",
                   "introduction": WHISPER_COPY + ": the whole introduction, citations and footnote marks left out (the sentence 'This unfortunately limits their usefulness ... skilled practitioner.' left out; 'X→en' written 'X->en'; 'As demonstrated by Narayanan et al. (2018), Likhomanenko et al. (2020), and Chan et al. (2021)' written 'As demonstrated by prior work'; '(Chan et al., 2021)' after SpeechStew left out); PDF hyphenation joined",
                   "training details": WHISPER_COPY + ": section 2.4's first paragraph (citations and the appendix pointer left out)",
                   "english speech recognition": WHISPER_COPY + ": section 3.3, its first paragraph's first, second and fourth sentences (the quotation left out), the Table 2 paragraph ('in Figure 2 and Table 2' written 'in Table 2'; the human-comparison sentence left out) and the closing paragraphs",
                   "multi-lingual speech recognition": WHISPER_COPY + ": section 3.4's first two paragraphs (citations left out; '10 x' written '10 times')"},
        "synthetic": False,
        "note": "the copy is the OpenAI PDF whose text is arXiv v1's (the only arXiv version, not checked); stamp date as recalled; tables are the paper's Tables 1-3",
    },
    {
        "arxiv": "2004.12832", "version": 2, "layout": "acl",
        "title": "ColBERT: Efficient and Effective Passage Search via Contextualized Late "
                 "Interaction over BERT",
        "authors": "Omar Khattab, Matei Zaharia",
        "affil": "Stanford University",
        "stamp": "arXiv:2004.12832v2 [cs.IR] 4 Jun 2020",
        "abstract": COLBERT_ABS,
        "sections": [("Introduction", _paras(COLBERT_INTRO)),
                     ("Experimental Evaluation", _paras(COLBERT_EVAL)
                      + [{"table": COLBERT_RERANK}] + _paras(COLBERT_RERANK_TEXT[:2])),
                     ("End-to-end Top-k Retrieval", _paras(COLBERT_E2E_TEXT)
                      + [{"table": COLBERT_E2E_TABLE}] + _paras(COLBERT_E2E)),
                     ("TREC CAR", _paras(COLBERT_RERANK_TEXT[2:]) + [{"table": COLBERT_CAR}]),
                     ("Indexing Throughput and Footprint", _paras(COLBERT_SPACE_TEXT)
                      + [{"table": COLBERT_SPACE}] + _paras(COLBERT_SPACE_AFTER)),
                     ("Conclusions", _paras(COLBERT_CONCL))],
        "source": {"abstract": COLBERT_COPY + " (the en dash in 'query-document' written as a hyphen, the curly apostrophes straightened)",
                   "introduction": COLBERT_COPY + ": the introduction's first four paragraphs, the first, second and last-but-one sentence of its sixth, and its seventh (without 'As Figure 1 illustrates,' and the section pointers); citations and footnotes left out, em dashes written as commas, '×' written 'x'",
                   "experimental evaluation": COLBERT_COPY + ": sentences of 4.1.1 (MS MARCO, TREC CAR), 4.1.2 (its hyperparameter sentences), 4.2 (the first two sentences of the results paragraph, the Table 1 comparison paragraph (its 'This highlights' sentence and the last two sentences left out) and the k=10/1000/2000 FLOPs sentences); 'BERT_base' written 'BERT-base', '×' written 'x'",
                   "trec car": COLBERT_COPY + ": the TREC CAR paragraph of 4.2",
                   "end-to-end top-k retrieval": COLBERT_COPY + ": the first paragraph of 4.3 and its results paragraphs (the latency-measurement paragraphs left out)",
                   "indexing throughput and footprint": COLBERT_COPY + ": section 4.5 (its figure sentence and section pointer left out)",
                   "conclusions": COLBERT_COPY + ": section 5"},
        "synthetic": False,
        "note": "ar5iv renders the latest version, taken to be v2 (not checked); stamp date as recalled; tables are the paper's Tables 1-4 (captions written for the corpus: the copy lost them)",
    },
    {
        "arxiv": "2103.00020", "version": 1, "layout": "iclr",
        "title": "Learning Transferable Visual Models From Natural Language Supervision",
        "authors": "Alec Radford, Jong Wook Kim, Chris Hallacy, Aditya Ramesh, Gabriel Goh, "
                   "Sandhini Agarwal, Girish Sastry, Amanda Askell, Pamela Mishkin, Jack Clark, "
                   "Gretchen Krueger, Ilya Sutskever",
        "affil": "OpenAI",
        "stamp": "arXiv:2103.00020v1 [cs.CV] 26 Feb 2021",
        "abstract": CLIP_ABS,
        "sections": [("Introduction and Motivating Work", _paras(CLIP_INTRO)),
                     ("Approach", _paras(CLIP_DATA)),
                     ("Zero-Shot Transfer", _paras(CLIP_ZS_TEXT) + [{"table": CLIP_NGRAMS}]
                      + _paras(CLIP_ZS_AFTER))],
        "source": {"abstract": CLIP_COPY,
                   "introduction and motivating work": CLIP_COPY + ": the introduction, citations left out; its third paragraph shortened to three of its sentences (Mori, Joulin's first sentence, VirTex/ICMLM/ConVIRT), the fourth without its 'It is even below the 50% accuracy ...' sentence and without 'Kolesnikov et al. (2019) and Dosovitskiy et al. (2020)...' and the last without its section pointer; the split word 'compromises' joined",
                   "approach": CLIP_COPY + ": sentences of sections 2.2 and 2.3 (citations, figure pointers and the footnote left out)",
                   "zero-shot transfer": CLIP_COPY + ": the Table 1 paragraph of 3.1.3 (its citation left out), the next paragraph's 'For instance' and 'As a closer comparison' sentences, the paragraph after it without its appendix sentence ('On a Yahoo' written 'On aYahoo'), the ImageNet prompt sentences of 3.1.4, and sentences of 3.1.5's first results paragraph ('of-ten' joined)"},
        "synthetic": False,
        "note": "taken to be arXiv v1 (the only arXiv version, not checked); stamp date as recalled; the table is the paper's Table 1",
    },
    {
        "arxiv": "2305.18290", "version": 1, "layout": "neurips",
        "title": DPO_TITLE, "authors": DPO_AUTHORS, "affil": DPO_AFFIL,
        "stamp": "arXiv:2305.18290v1 [cs.LG] 29 May 2023",
        "abstract": DPO_ABS_V1,
        "sections": _DPO_SECTIONS,
        "source": {"abstract": "a 2023 paper digest in a public GitHub repository and the NeurIPS 2023 proceedings listing quoted in another (both 'performant and computationally lightweight, eliminating the need for fitting a reward model, sampling from the LM during fine-tuning', 'exceeds RLHF's ability to control sentiment of generations and improves response quality'), taken to be arXiv v1's text",
                   "introduction": _DPO_SRC_INTRO + "; the same text put in both versions (not checked against v1)",
                   "related work": _DPO_SRC_INTRO},
        "synthetic": False,
        "note": "that this abstract is v1's rests on its 2023 date and on the v3 listing's different text, not checked against the v1 PDF; stamp date from the arXiv listing (v1 29 May 2023); no table",
    },
    {
        "arxiv": "2305.18290", "version": 3, "layout": "neurips",
        "title": DPO_TITLE, "authors": DPO_AUTHORS, "affil": DPO_AFFIL,
        "stamp": "arXiv:2305.18290v3 [cs.LG] 29 Jul 2024",
        "abstract": DPO_ABS_V3,
        "sections": _DPO_SECTIONS,
        "source": {"abstract": "an arXiv abstract page copy in a public GitHub repository (its submission history ends with v3, 29 Jul 2024) and the paper's LaTeX abstract quoted in another ('exceeds PPO-based RLHF in ability to control sentiment of generations, and matches or improves response quality')",
                   "introduction": _DPO_SRC_INTRO,
                   "related work": _DPO_SRC_INTRO},
        "synthetic": False,
        "note": "stamp date from the arXiv listing (v3 29 Jul 2024); no table",
    },
]
