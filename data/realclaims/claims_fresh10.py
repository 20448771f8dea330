"""The fresh10 split (issue 13): a tenth blind set, over five PDF versions of four papers that no
other split contains (Whisper v1, ColBERT v2, CLIP v1, DPO v1/v3), labelled by reading their
truth files before any verdict engine was run on them, by someone who was not changing the
rules. Never run while the rules change; `calibrate_verdicts.py` treats every split named
fresh* other than the development ones as independent and leaves it out unless named.

Imported at the end of claims_src.py after claims_fresh9, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way, a reversed difference, an antonym or a dropped negation, a swapped list member,
a mean, a difference or a best-in-column only a table implies, the other version's wording,
and facts true of the real paper but absent from the corpus text. DPO's two versions share
their introduction and related work; their abstracts differ ("improves response quality" in
v1, "matches or improves" in v3).
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH10 = {
    "2212.04356": (1,),  # Whisper, "Robust Speech Recognition via Large-Scale Weak Supervision"
    "2004.12832": (2,),  # ColBERT
    "2103.00020": (1,),  # CLIP, "Learning Transferable Visual Models From Natural Language Supervision"
    "2305.18290": (1, 3),  # DPO: v1 ("improves response quality") and v3 ("matches or improves")
}
SPLIT.update({paper: "fresh10" for paper in FRESH10})
VERSIONS.update(FRESH10)

# ---------------------------------------------------------------------------------------
# 2212.04356 -- Whisper v1: abstract, introduction, training details with Table 1 (model
# sizes), English speech recognition with Table 2 (effective robustness: datasets as rows,
# wav2vec 2.0 / Whisper WER and RER columns), multilingual recognition with Table 3.
P = "2212.04356"
W_STUDY = "We study the capabilities of speech processing systems trained simply to predict large amounts of transcripts of audio on the internet."
W_SCALED = "When scaled to 680,000 hours of multilingual and multitask supervision, the resulting models generalize well to standard benchmarks and are often competitive with prior fully supervised results but in a zero-shot transfer setting without the need for any fine-tuning."
W_HUMANS = "When compared to humans, the models approach their accuracy and robustness."
W_1M = "Since these methods learn directly from raw audio without the need for human labels, they can productively use large datasets of unlabeled speech and have been quickly scaled up to 1,000,000 hours of training data, far more than the 1,000 or so hours typical of an academic supervised dataset."
W_DECODER = "These pre-trained audio encoders learn high-quality representations of speech, but because they are purely unsupervised they lack an equivalently performant decoder mapping those representations to usable outputs, necessitating a fine-tuning stage in order to actually perform a task such as speech recognition."
W_92 = "In a particularly disturbing example, Radford et al. (2021) documented a 9.2% increase in object classification accuracy when fine-tuning a computer vision model on the ImageNet dataset without observing any improvement in average accuracy when classifying the same objects on seven other natural image datasets."
W_WEAK = "This suggests that while unsupervised pre-training has improved the quality of audio encoders dramatically, the lack of an equivalently high-quality pre-trained decoder, combined with a recommended protocol of dataset-specific fine-tuning, is a crucial weakness which limits their usefulness and robustness."
W_STEW = "SpeechStew mixes together 7 pre-existing datasets totalling 5,140 hours of supervision."
W_TINY = "While not insignificant, this is still tiny compared to the previously mentioned 1,000,000 hours of unlabeled speech data utilized in Zhang et al. (2021)."
W_GAP = "In this work we close that gap, scaling weakly supervised speech recognition the next order of magnitude to 680,000 hours of labeled audio data."
W_CALL = "We call our approach Whisper."
W_96 = "Of those 680,000 hours of audio, 117,000 hours cover 96 other languages."
W_XEN = "The dataset also includes 125,000 hours of X->en translation data."
W_JOINT = "We find that for sufficiently large models there is no drawback and even benefits to joint multilingual and multitask training."
W_UNDER = "Our work suggests that simple scaling of weakly supervised pre-training has been underappreciated so far for speech recognition."
W_NOSELF = "We achieve these results without the need for the self-supervision or self-training techniques that have been a mainstay of recent large-scale speech recognition work."
W_FP16 = "We train with data parallelism across accelerators using FP16 with dynamic loss scaling and activation checkpointing."
W_ADAMW = "Models were trained with AdamW and gradient norm clipping with a linear learning rate decay to zero after a warmup over the first 2048 updates."
W_BATCH = "A batch size of 256 segments was used, and the models are trained for 2^20 updates which is between two and three passes over the dataset."
W_NOAUG = "Due to only training for a few epochs, over-fitting is not a large concern, and we do not use any data augmentation or regularization and instead rely on the diversity contained within such a large dataset to encourage generalization and robustness."
W_73 = "Yet seven years later the SOTA WER on LibriSpeech test-clean has dropped another 73% from their 5.3% to 1.4%, far below their reported human-level error rate of 5.8%."
W_FAR = "Despite this massive and unanticipated further improvement in performance on held-out but in-distribution data, speech recognition models trained on LibriSpeech remain far above human error rates when used in other settings."
W_SMALLEST = "Even the smallest zero-shot Whisper model, which has only 39 million parameters and a 6.7 WER on LibriSpeech test-clean is roughly competitive with the best supervised LibriSpeech model when evaluated on other datasets."
W_RER = "Despite their very close performance on the reference distribution, the zero-shot Whisper model achieves an average relative error reduction of 55.2% when evaluated on other speech recognition datasets."
W_TWO = "In order to compare to prior work on multilingual speech recognition, we report results on two low-data benchmarks: Multilingual LibriSpeech (MLS) and VoxPopuli in Table 3."
W_MLS = "Whisper performs well on Multilingual LibriSpeech, outperforming XLS-R, mSLAM, and Maestro in a zero-shot setting."
W_VOX = "On VoxPopuli, however, Whisper significantly underperforms prior work and only beats the VP-10K+FT baseline from the original paper."
W_CAP3 = "Zero-shot Whisper improves performance on Multilingual LibriSpeech (MLS) but is still significantly behind both Maestro, XLS-R, and mSLAM on VoxPopuli."

W2V = "wav2vec 2.0 Large (no LM)"
WH = "Whisper Large V2"
RER = "RER (%)"


def robust(row: str, column: str, value: str) -> dict:
    """A cell of the effective-robustness table (Table 2)."""
    return C("Table 2", row, column, value)


def arch(row: str, column: str, value: str) -> dict:
    """A cell of the model-size table (Table 1)."""
    return C("Table 1", row, column, value)


def multi(row: str, column: str, value: str) -> dict:
    """A cell of the multilingual table (Table 3)."""
    return C("Table 3", row, column, value)


claim(P, 1, "verbatim", SUP, W_STUDY, [S(W_STUDY)], "the abstract's first sentence word for word")
claim(P, 1, "verbatim", CON,
      "When scaled to 860,000 hours of multilingual and multitask supervision, the resulting models generalize well to standard benchmarks and are often competitive with prior fully supervised results.",
      [S(W_SCALED)], "680,000 hours, not 860,000")
claim(P, 1, "verbatim", SUP, "SpeechStew mixes together 7 pre-existing datasets tot",
      [S(W_STEW)], "cut off mid-word; what is left is the sentence's start", truncated=True)
claim(P, 1, "verbatim", CON, "Of those 680,000 hours of audio, 117,000 hours cover 69 other languages.",
      [S(W_96)], "96 other languages, not 69")

claim(P, 1, "paraphrase", SUP,
      "Compared with humans, the Whisper models come close to human accuracy and robustness.",
      [S(W_HUMANS)], "the abstract's sentence reworded")
claim(P, 1, "paraphrase", CON,
      "The Whisper authors present dataset-specific fine-tuning of audio encoders as a strength that makes them more robust.",
      [S(W_WEAK)], "they call it a crucial weakness which limits usefulness and robustness")
claim(P, 1, "paraphrase", PART,
      "Whisper is trained on 680,000 hours of labeled audio collected from YouTube videos.",
      [S(W_GAP)], "680,000 hours of labeled audio is stated; YouTube is nowhere in this text")
claim(P, 1, "paraphrase", SUP,
      "Because unsupervised audio encoders lack an equally good decoder, they need a fine-tuning stage before they can do speech recognition.",
      [S(W_DECODER)], "stated")
claim(P, 1, "paraphrase", PART,
      "Whisper models are trained with AdamW and use an encoder-decoder Transformer with sinusoidal position embeddings.",
      [S(W_ADAMW)], "AdamW is stated; the architecture section is not in this text")

claim(P, 1, "number-format", SUP, "Whisper's training data spans 680K hours of multilingual and multitask audio.",
      [S(W_SCALED)], "680,000 hours written 680K")
claim(P, 1, "number-format", SUP, "117K hours of Whisper's audio cover ninety-six languages other than English.",
      [S(W_96)], "117,000 hours, 96 other languages")
claim(P, 1, "number-format", CON, "Whisper's dataset includes roughly 215K hours of X->en translation data.",
      [S(W_XEN)], "125,000 hours, not 215K")
claim(P, 1, "number-format", SUP, "Unsupervised speech pre-training has been scaled to one million hours of training data.",
      [S(W_1M)], "1,000,000 hours")
claim(P, 1, "number-format", CON, "SpeechStew combines seven existing datasets totalling 51,400 hours of supervision.",
      [S(W_STEW)], "5,140 hours, not 51,400")
claim(P, 1, "number-format", SUP, "Whisper Large has 1.55 billion parameters.",
      [arch("Large", "Parameters", "1550M")], "1550M = 1.55B")
claim(P, 1, "number-format", CON, "Whisper models are trained for 2^20 updates, between three and four passes over the dataset.",
      [S(W_BATCH)], "between two and three passes")
claim(P, 1, "number-format", CON,
      "Fine-tuning a vision model on ImageNet raised its accuracy by 2.9% with no gain on seven other datasets, according to Radford et al. (2021).",
      [S(W_92)], "a 9.2% increase, not 2.9%")
claim(P, 1, "number-format", SUP, "The LibriSpeech test-clean SOTA WER fell by 73%, from 5.3% to 1.4%.",
      [S(W_73)], "stated")
claim(P, 1, "number-format", CON, "Deep Speech 2's reported human-level error rate on LibriSpeech test-clean was 5.3%.",
      [S(W_73)], "the human-level rate is 5.8%; 5.3% is their system's WER")
claim(P, 1, "number-format", SUP, "The smallest Whisper model has only 39M parameters and a WER of 6.7 on LibriSpeech test-clean.",
      [S(W_SMALLEST), arch("Tiny", "Parameters", "39M")], "39 million parameters, 6.7 WER")

claim(P, 1, "sign-direction", SUP, "On CHiME6, Whisper Large V2 lowers WER from 65.8 to 25.5 compared with wav2vec 2.0 Large.",
      [robust("CHiME6", W2V, "65.8"), robust("CHiME6", WH, "25.5")], "65.8 -> 25.5, a reduction")
claim(P, 1, "sign-direction", CON, "On LibriSpeech Other, Whisper Large V2's WER is 1.0 higher than wav2vec 2.0 Large's.",
      [robust("LibriSpeech Other", W2V, "6.2"), robust("LibriSpeech Other", WH, "5.2")], "Whisper's 5.2 is 1.0 lower than 6.2")
claim(P, 1, "sign-direction", SUP, "Whisper Large V2 is one WER point better than wav2vec 2.0 Large on LibriSpeech Other (5.2 vs 6.2).",
      [robust("LibriSpeech Other", W2V, "6.2"), robust("LibriSpeech Other", WH, "5.2")], "5.2 vs 6.2, lower is better")
claim(P, 1, "sign-direction", CON, "Zero-shot Whisper beats mSLAM-CTC on VoxPopuli (13.6 vs 9.1 WER).",
      [multi("Zero-Shot Whisper", "VoxPopuli", "13.6"), multi("mSLAM-CTC (2B)", "VoxPopuli", "9.1")], "WER: 13.6 is worse than 9.1")
claim(P, 1, "sign-direction", SUP, "On MLS, zero-shot Whisper's WER is 2.4 lower than mSLAM-CTC (2B)'s.",
      [multi("Zero-Shot Whisper", "MLS", "7.3"), multi("mSLAM-CTC (2B)", "MLS", "9.7")], "9.7 - 7.3 = 2.4")
claim(P, 1, "sign-direction", CON, "Zero-shot Whisper's MLS WER is 3.6 points above that of XLS-R (1B).",
      [multi("Zero-Shot Whisper", "MLS", "7.3"), multi("XLS-R (1B)", "MLS", "10.9")], "7.3 is 3.6 below 10.9")
claim(P, 1, "sign-direction", CON, "Over seven years the SOTA WER on LibriSpeech test-clean rose from 1.4% to 5.3%.",
      [S(W_73)], "it dropped from 5.3% to 1.4%")

claim(P, 1, "polarity", SUP, "Whisper reaches its results without self-supervision or self-training techniques.",
      [S(W_NOSELF)], "stated, the negation kept")
claim(P, 1, "polarity", CON, "Whisper builds on the self-supervision and self-training techniques that dominate large-scale speech recognition.",
      [S(W_NOSELF)], "it achieves its results without them")
claim(P, 1, "polarity", SUP, "For sufficiently large models, joint multilingual and multitask training has no drawback and even brings benefits.",
      [S(W_JOINT)], "stated")
claim(P, 1, "polarity", CON, "Joint multilingual and multitask training hurts even sufficiently large Whisper models.",
      [S(W_JOINT)], "no drawback and even benefits")
claim(P, 1, "polarity", CON, "Whisper relies on heavy data augmentation and regularization to encourage robustness.",
      [S(W_NOAUG)], "no data augmentation or regularization is used")
claim(P, 1, "polarity", SUP, "Since Whisper trains for only a few epochs, it uses no data augmentation or regularization.",
      [S(W_NOAUG)], "stated")
claim(P, 1, "polarity", CON, "On VoxPopuli, Whisper significantly outperforms prior work.",
      [S(W_VOX)], "it significantly underperforms prior work there")
claim(P, 1, "polarity", CON, "Models trained on LibriSpeech stay close to human error rates when used in other settings.",
      [S(W_FAR)], "they remain far above human error rates")
claim(P, 1, "polarity", SUP, "Simple scaling of weakly supervised pre-training has been underappreciated for speech recognition, the Whisper authors argue.",
      [S(W_UNDER)], "stated")

claim(P, 1, "entity-swap", PART, "Zero-shot Whisper outperforms XLS-R, mSLAM and wav2vec 2.0 on Multilingual LibriSpeech.",
      [S(W_MLS)], "XLS-R and mSLAM are named; the third is Maestro, not wav2vec 2.0")
claim(P, 1, "entity-swap", SUP, "On Multilingual LibriSpeech, zero-shot Whisper beats Maestro, mSLAM and XLS-R.",
      [S(W_MLS)], "the same three systems in another order")
claim(P, 1, "entity-swap", PART, "Whisper's multilingual results are reported on two low-data benchmarks, MLS and CommonVoice.",
      [S(W_TWO)], "MLS is one; the other is VoxPopuli, not CommonVoice")
claim(P, 1, "entity-swap", PART, "Whisper's effective-robustness comparison covers CHiME6, WSJ and TIMIT.",
      [robust("CHiME6", RER, "61.2"), robust("WSJ", RER, "49.4")], "CHiME6 and WSJ are rows of Table 2; TIMIT is not")
claim(P, 1, "entity-swap", SUP, "On VoxPopuli, zero-shot Whisper is still significantly behind mSLAM, XLS-R and Maestro.",
      [S(W_CAP3)], "the caption's three systems in another order")

claim(P, 1, "table-cell", SUP, "Whisper Large V2 has a WER of 16.2 on CORAAL.",
      [robust("CORAAL", WH, "16.2")], "the cell")
claim(P, 1, "table-cell", CON, "On CORAAL, Whisper Large V2 reaches 16.9 WER.",
      [robust("CORAAL", WH, "16.2")], "16.2; 16.9 is the AMI IHM row")
claim(P, 1, "table-cell", SUP, "wav2vec 2.0 Large (no LM) scores 29.9 WER on Common Voice.",
      [robust("Common Voice", W2V, "29.9")], "the cell")
claim(P, 1, "table-cell", CON, "Without a language model, wav2vec 2.0 Large gets 9.0 WER on Common Voice.",
      [robust("Common Voice", W2V, "29.9")], "29.9; 9.0 is Whisper's cell in that row")
claim(P, 1, "table-cell", CON, "Whisper Medium has 24 layers, a width of 1280 and 16 heads.",
      [arch("Medium", "Width", "1024")], "width 1024; 1280 is Large's")
claim(P, 1, "table-cell", SUP, "The Small Whisper model has 12 layers, a width of 768 and 244M parameters.",
      [arch("Small", "Layers", "12"), arch("Small", "Width", "768"), arch("Small", "Parameters", "244M")], "the row")
claim(P, 1, "table-cell", PART, "Whisper Base has 74M parameters and took three days to train.",
      [arch("Base", "Parameters", "74M")], "74M is the cell; no training time is given")
claim(P, 1, "table-cell", CON, "XLS-R (1B) reaches 9.7 WER on Multilingual LibriSpeech.",
      [multi("XLS-R (1B)", "MLS", "10.9")], "10.9; 9.7 is mSLAM-CTC's")
claim(P, 1, "table-cell", SUP, "Whisper's relative error reduction on TED-LIUM (Tedlium) is 61.9%.",
      [robust("Tedlium", RER, "61.9")], "the cell")
claim(P, 1, "table-cell", CON, "The relative error reduction on Fleurs En is 74.7%.",
      [robust("Fleurs En", RER, "69.9")], "69.9; 74.7 is Artie's")

claim(P, 1, "table-computed", SUP, "Whisper's largest relative error reduction in the robustness table is on Artie (74.7%).",
      [robust("Artie", RER, "74.7")], "max of the RER column: 74.7 (Artie)")
claim(P, 1, "table-computed", CON, "Leaving LibriSpeech Clean aside, Whisper's smallest relative error reduction is on AMI SDM1.",
      [robust("AMI SDM1", RER, "46.2"), robust("LibriSpeech Other", RER, "16.1")], "the minimum is LibriSpeech Other, 16.1")
claim(P, 1, "table-computed", SUP, "On the two AMI sets, Whisper Large V2's WER averages 26.65.",
      [robust("AMI IHM", WH, "16.9"), robust("AMI SDM1", WH, "36.4")], "(16.9 + 36.4) / 2 = 26.65")
claim(P, 1, "table-computed", CON, "wav2vec 2.0 Large's WER on the two LibriSpeech sets averages 4.9.",
      [robust("LibriSpeech Clean", W2V, "2.7"), robust("LibriSpeech Other", W2V, "6.2")], "(2.7 + 6.2) / 2 = 4.45")
claim(P, 1, "table-computed", SUP, "From Tiny to Large, the number of Whisper layers grows eightfold.",
      [arch("Tiny", "Layers", "4"), arch("Large", "Layers", "32")], "32 / 4 = 8")
claim(P, 1, "table-computed", CON, "Whisper Medium has about twice as many parameters as Whisper Small.",
      [arch("Medium", "Parameters", "769M"), arch("Small", "Parameters", "244M")], "769 / 244 = 3.2, about three times")
claim(P, 1, "table-computed", SUP, "On CHiME6, Whisper Large V2 cuts WER by 40.3 points relative to wav2vec 2.0 Large.",
      [robust("CHiME6", W2V, "65.8"), robust("CHiME6", WH, "25.5")], "65.8 - 25.5 = 40.3")
claim(P, 1, "table-computed", CON, "On WSJ, Whisper Large V2's WER is 4.8 points below wav2vec 2.0 Large's.",
      [robust("WSJ", W2V, "7.7"), robust("WSJ", WH, "3.9")], "7.7 - 3.9 = 3.8")
claim(P, 1, "table-computed", SUP, "Of the systems in the multilingual table, zero-shot Whisper has the lowest MLS WER.",
      [multi("Zero-Shot Whisper", "MLS", "7.3"), multi("mSLAM-CTC (2B)", "MLS", "9.7"), multi("XLS-R (1B)", "MLS", "10.9")],
      "min of the MLS column: 7.3")
claim(P, 1, "table-computed", CON, "Zero-shot Whisper has the lowest VoxPopuli WER in the multilingual table.",
      [multi("Zero-Shot Whisper", "VoxPopuli", "13.6"), multi("Maestro", "VoxPopuli", "8.1")], "min of the column is Maestro's 8.1")

claim(P, 1, "two-sentences", SUP,
      "The authors scale weakly supervised speech recognition to 680,000 hours of labeled audio and call their approach Whisper.",
      [S(W_GAP), S(W_CALL)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "117,000 hours of Whisper's audio cover 96 other languages, and a further 215,000 hours are X->en translation data.",
      [S(W_96), S(W_XEN)], "125,000 hours of translation data, not 215,000")
claim(P, 1, "two-sentences", PART,
      "SpeechStew mixes 7 datasets totalling 5,140 hours of supervision and was trained on TPU v4 pods.",
      [S(W_STEW)], "the first half is stated; hardware is nowhere")
claim(P, 1, "two-sentences", SUP,
      "Whisper is trained in FP16 with dynamic loss scaling, using AdamW with gradient norm clipping.",
      [S(W_FP16), S(W_ADAMW)], "two adjacent sentences")
claim(P, 1, "two-sentences", SUP,
      "SpeechStew's 5,140 hours are tiny next to the 1,000,000 hours of unlabeled speech used by Zhang et al. (2021).",
      [S(W_STEW), S(W_TINY)], "two adjacent sentences")

claim(P, 1, "absent", NF, "Whisper computes an 80-channel log-magnitude Mel spectrogram on 25-millisecond windows.",
      [], "true of the paper (section 2.2) but not in this text")
claim(P, 1, "absent", NF, "Whisper's language-identification token set covers 99 languages.",
      [], "not in this text")
claim(P, 1, "absent", NF, "Whisper's English-only models use GPT-2's byte-level BPE tokenizer.",
      [], "true of the paper, not in this text")
claim(P, 1, "absent", NF, "Whisper's decoder uses learned position embeddings and tied input-output token representations.",
      [], "true of the paper (section 2.2), not in this text")
claim(P, 1, "absent", SUP,
      "Zero-shot Whisper improves on Multilingual LibriSpeech but is still significantly behind Maestro, XLS-R and mSLAM on VoxPopuli.",
      [S(W_CAP3)], "Table 3's caption, a passage")

# ---------------------------------------------------------------------------------------
# 2004.12832 -- ColBERT v2: abstract, introduction, evaluation; Table 1 (MS MARCO re-ranking:
# MRR@10 dev / eval, latency, FLOPs cells like "97T (13,900x)"), Table 2 (end-to-end
# retrieval, recall at three depths), Table 3 (TREC CAR), Table 4 (space footprint, the row
# label "Re-rank Cosine" repeated over three rows).
P = "2004.12832"
K_LATE = "ColBERT introduces a late interaction architecture that independently encodes the query and the document using BERT and then employs a cheap yet powerful interaction step that models their fine-grained similarity."
K_DELAY = "By delaying and yet retaining this fine-granular interaction, ColBERT can leverage the expressiveness of deep LMs while simultaneously gaining the ability to pre-compute document representations offline, considerably speeding up query processing."
K_PRUNE = "Beyond reducing the cost of re-ranking the documents retrieved by a traditional model, ColBERT's pruning-friendly interaction mechanism enables leveraging vector-similarity indexes for end-to-end retrieval directly from a large document collection."
K_TWO = "We extensively evaluate ColBERT using two recent passage search datasets."
K_RESULTS = "Results show that ColBERT's effectiveness is competitive with existing BERT-based models (and outperforms every non-BERT baseline), while executing two orders-of-magnitude faster and requiring four orders-of-magnitude fewer FLOPs per query."
K_HOST = "Over the past few years, the Information Retrieval (IR) community has witnessed the introduction of a host of neural ranking models, including DRMM, KNRM, and Duet."
K_DEPLOY = "Indeed, in the span of just a few months, a number of ranking models based on BERT have achieved state-of-the-art results on various retrieval benchmarks and have been proprietarily adapted for deployment by Google and Bing."
K_1000X = "Hofstätter et al. and MacAvaney et al. observe that BERT-based models in the literature are 100-1000x more computationally expensive than prior models, some of which are arguably not inexpensive to begin with."
K_7PCT = "As the figure shows, BERT considerably improves search precision, raising MRR@10 by almost 7% against the best previous methods; simultaneously, it increases latency by up to tens of thousands of milliseconds even with a high-end GPU."
K_PREC = "Despite successfully reducing latency, these approaches generally reduce precision substantially relative to BERT."
K_SUPERIOR = "While interaction-based models tend to be superior for IR tasks, a representation-focused model, by isolating the computations among q and d, makes it possible to pre-compute document representations offline, greatly reducing the computational load per query."
K_170 = "For instance, when used for re-ranking as in \"ColBERT (re-rank)\", it delivers over 170x speedup (and requires 14,000x fewer FLOPs) relative to existing BERT-based models, while being more effective than every non-BERT baseline."
K_INDEX = "ColBERT's indexing, the only time it needs to feed documents through BERT, is also practical: it can index the MS MARCO collection of 9M passages in about 3 hours using a single server with four GPUs, retaining its effectiveness with a space footprint of as little as few tens of GiBs."
K_MARCO1 = "MS MARCO is a dataset (and a corresponding competition) introduced by Microsoft in 2016 for reading comprehension and adapted in 2018 for retrieval."
K_MARCO2 = "It is a collection of 8.8M passages from Web pages, which were gathered from Bing's results to 1M real-world queries."
K_CAR1 = "Introduced by Dietz et al. in 2017, TREC CAR is a synthetic dataset based on Wikipedia that consists of about 29M passages."
K_CAR2 = "Similar to related work, we use the first four of five pre-defined folds for training and the fifth for validation."
K_CAR3 = "Our evaluation is conducted on the test set used in TREC 2017 CAR, which contains 2,254 queries."
K_LR = "We fine-tune all ColBERT models with learning rate 3x10^-6 with a batch size 32."
K_NQ = "We fix the number of embeddings per query at 32."
K_DIM = "We set our ColBERT embedding dimension m to be 128."
K_200K = "For MS MARCO, we train all models for 200k iterations."
K_125K = "Since fine-tuning this model is significantly slower than BERT-base, we train on TREC CAR for only 125k iterations."
K_NOWORSE = "In contrast with this trend, ColBERT (which employs late interaction over BERT-base) performs no worse than the original adaptation of BERT-base for ranking by Nogueira and Cho and is only marginally less effective than BERT-large and our training of BERT-base."
K_SLIGHTLY = "While ColBERT's re-ranking latency is slightly higher than the non-BERT re-ranking models shown (i.e., by 10s of milliseconds), this difference is explained by the time it takes to gather, stack, and transfer the document embeddings to the GPU."
K_13MS = "In particular, the query encoding and interaction in ColBERT consume only 13 milliseconds of its total execution time."
K_180 = "For instance, at k=10, BERT requires nearly 180x more FLOPs than ColBERT; at k=1000, BERT's overhead jumps to 13,900x."
K_23K = "It then reaches 23,000x at k=2000."
K_THREE = "The three subsequent baselines, namely doc2query, DeepCT, and docTTTTquery, each brings a decisive enhancement to effectiveness."
K_E2E = "In fact, using ColBERT in the end-to-end setup is superior in terms of MRR@10 to re-ranking with the same model due to the improved recall."
K_1PCT = "Interestingly, the most space-efficient setting, that is, re-ranking with cosine similarity with 24-dimensional vectors stored as 2-byte floats, is only 1% worse in MRR@10 than the most space-consuming one, while the former requires only 27 GiBs to represent the MS MARCO collection."
K_CONCL = "Our results show that ColBERT is more than 170x faster and requires 14,000x fewer FLOPs/query than existing BERT-based models, all while only minimally impacting quality and while outperforming every non-BERT baseline."

DEV, EVAL, LAT, FLOPS = "MRR@10 (Dev)", "MRR@10 (Eval)", "Re-ranking Latency (ms)", "FLOPs/query"
NC_BASE, OUR_BASE, NC_LARGE, COLB = ("BERT-base (Nogueira and Cho, 2019)", "BERT-base (our training)",
                                      "BERT-large (Nogueira and Cho, 2019)", "ColBERT (over BERT-base)")
E2E, RR = "ColBERT-L2 (end-to-end)", "ColBERT-L2 (re-rank)"


def rerank(row: str, column: str, value: str) -> dict:
    """A cell of the MS MARCO re-ranking table (Table 1)."""
    return C("Table 1", row, column, value)


def full(row: str, column: str, value: str) -> dict:
    """A cell of the end-to-end retrieval table (Table 2)."""
    return C("Table 2", row, column, value)


def car(row: str, column: str, value: str) -> dict:
    """A cell of the TREC CAR table (Table 3)."""
    return C("Table 3", row, column, value)


def space(row: str, column: str, value: str) -> dict:
    """A cell of the space-footprint table (Table 4), whose 'Re-rank Cosine' label repeats."""
    return C("Table 4", row, column, value)


claim(P, 2, "verbatim", SUP,
      "ColBERT introduces a late interaction architecture that independently encodes the query and the document using BERT and then employs a cheap yet",
      [S(K_LATE)], "cut off; what is left is the abstract's sentence", truncated=True)
claim(P, 2, "verbatim", CON,
      "Results show that ColBERT's effectiveness is competitive with existing BERT-based models (and outperforms every non-BERT baseline), while executing three orders-of-magnitude faster and requiring four orders-of-magnitude fewer FLOPs per query.",
      [S(K_RESULTS)], "two orders of magnitude faster, not three")
claim(P, 2, "verbatim", SUP, K_CAR3, [S(K_CAR3)], "word for word")

claim(P, 2, "paraphrase", SUP,
      "Because ColBERT delays but keeps fine-grained interaction, document representations can be computed offline, which speeds up query processing considerably.",
      [S(K_DELAY)], "the abstract's sentence reworded")
claim(P, 2, "paraphrase", CON,
      "ColBERT's interaction mechanism is pruning-averse, which rules out vector-similarity indexes for end-to-end retrieval.",
      [S(K_PRUNE)], "pruning-friendly, enabling vector-similarity indexes")
claim(P, 2, "paraphrase", PART,
      "ColBERT is evaluated on two recent passage search datasets and its code is released under an MIT license.",
      [S(K_TWO)], "the evaluation is stated; a license is nowhere")
claim(P, 2, "paraphrase", SUP,
      "According to Hofstätter et al. and MacAvaney et al., BERT-based rankers cost 100-1000x more computation than earlier models.",
      [S(K_1000X)], "stated")

claim(P, 2, "number-format", SUP, "MS MARCO holds 8.8 million passages gathered from Bing results to one million real queries.",
      [S(K_MARCO2)], "8.8M passages, 1M queries")
claim(P, 2, "number-format", CON, "TREC CAR is a synthetic Wikipedia-based dataset of about 2.9M passages.",
      [S(K_CAR1)], "about 29M passages")
claim(P, 2, "number-format", SUP, "ColBERT can index MS MARCO's 9M passages in roughly three hours on one server with four GPUs.",
      [S(K_INDEX)], "about 3 hours, four GPUs")
claim(P, 2, "number-format", CON, "As a re-ranker ColBERT is over 170 times faster and needs 1,400x fewer FLOPs than existing BERT-based models.",
      [S(K_170)], "14,000x fewer FLOPs, not 1,400x")
claim(P, 2, "number-format", SUP, "At a re-ranking depth of 2000, BERT's FLOPs overhead over ColBERT reaches 23K times.",
      [S(K_180), S(K_23K)], "23,000x at k=2000")
claim(P, 2, "number-format", CON, "On TREC CAR, ColBERT is trained for 200k iterations.",
      [S(K_125K)], "125k iterations on TREC CAR; 200k is MS MARCO")
claim(P, 2, "number-format", CON, "ColBERT is fine-tuned with a learning rate of 3x10^-6 and a batch size of 64.",
      [S(K_LR)], "batch size 32")
claim(P, 2, "number-format", CON, "Query encoding and interaction take only 31 milliseconds of ColBERT's execution time.",
      [S(K_13MS)], "13 milliseconds")

claim(P, 2, "sign-direction", SUP, "On the MS MARCO dev set, ColBERT's MRR@10 (34.9) is 0.2 above Nogueira and Cho's BERT-base (34.7).",
      [rerank(COLB, DEV, "34.9"), rerank(NC_BASE, DEV, "34.7")], "34.9 - 34.7 = +0.2")
claim(P, 2, "sign-direction", CON, "ColBERT beats BERT-large by 1.6 MRR@10 on the MS MARCO development set.",
      [rerank(COLB, DEV, "34.9"), rerank(NC_LARGE, DEV, "36.5")], "ColBERT is 1.6 below BERT-large")
claim(P, 2, "sign-direction", SUP, "ColBERT trails BERT-large by 1.6 MRR@10 on MS MARCO dev.",
      [rerank(COLB, DEV, "34.9"), rerank(NC_LARGE, DEV, "36.5")], "36.5 - 34.9 = 1.6")
claim(P, 2, "sign-direction", CON, "End-to-end ColBERT's dev MRR@10 is 1.2 points lower than ColBERT used as a re-ranker.",
      [full(E2E, DEV, "36.0"), full(RR, DEV, "34.8")], "end-to-end is 1.2 higher")
claim(P, 2, "sign-direction", SUP, "Moving ColBERT from re-ranking to end-to-end retrieval raises Recall@1000 from 81.4 to 96.8.",
      [full(RR, "Recall@1000", "81.4"), full(E2E, "Recall@1000", "96.8")], "81.4 -> 96.8")
claim(P, 2, "sign-direction", CON, "On TREC CAR, BM25 + ColBERT's MAP is 2.5 higher than BM25 + BERT-large's.",
      [car("BM25 + ColBERT", "MAP", "31.3"), car("BM25 + BERT-large", "MAP", "33.5")], "31.3 is 2.2 below 33.5")
claim(P, 2, "sign-direction", SUP, "BERT raises MRR@10 by almost 7% over the best previous methods but increases latency by up to tens of thousands of milliseconds.",
      [S(K_7PCT)], "stated")

claim(P, 2, "polarity", SUP, "ColBERT performs no worse than Nogueira and Cho's original BERT-base ranker.",
      [S(K_NOWORSE)], "stated, the negation kept")
claim(P, 2, "polarity", CON, "ColBERT performs worse than the original BERT-base adaptation by Nogueira and Cho.",
      [S(K_NOWORSE)], "no worse than it")
claim(P, 2, "polarity", CON, "NLU-based augmentations of BM25 generally raise precision substantially relative to BERT.",
      [S(K_PREC)], "they reduce precision substantially")
claim(P, 2, "polarity", SUP, "Despite cutting latency, NLU-augmented BM25 approaches generally lose substantial precision compared with BERT.",
      [S(K_PREC)], "stated")
claim(P, 2, "polarity", CON, "ColBERT's re-ranking latency is slightly lower than that of the non-BERT re-rankers.",
      [S(K_SLIGHTLY)], "slightly higher")
claim(P, 2, "polarity", CON, "Interaction-based models tend to be inferior for IR tasks, the ColBERT paper notes.",
      [S(K_SUPERIOR)], "they tend to be superior")
claim(P, 2, "polarity", SUP, "Used end to end, ColBERT is superior in MRR@10 to re-ranking with the same model, thanks to better recall.",
      [S(K_E2E)], "stated")
claim(P, 2, "polarity", CON, "The most space-efficient ColBERT setting is far worse in MRR@10 than the most space-consuming one.",
      [S(K_1PCT)], "only 1% worse")

claim(P, 2, "entity-swap", PART, "Recent neural ranking models include DRMM, KNRM and DSSM.",
      [S(K_HOST)], "DRMM and KNRM are named; the third is Duet, not DSSM")
claim(P, 2, "entity-swap", SUP, "The IR community has seen neural ranking models such as Duet, DRMM and KNRM.",
      [S(K_HOST)], "the same three in another order")
claim(P, 2, "entity-swap", PART, "BERT-based rankers have been adapted for deployment by Google and Yandex.",
      [S(K_DEPLOY)], "Google is named; the other is Bing")
claim(P, 2, "entity-swap", PART, "ColBERT is evaluated on MS MARCO and Natural Questions.",
      [S(K_MARCO1), S(K_CAR3)], "MS MARCO is one; the other is TREC CAR")
claim(P, 2, "entity-swap", SUP, "DeepCT, docTTTTquery and doc2query each bring a decisive improvement in effectiveness over BM25.",
      [S(K_THREE)], "the same three baselines in another order")

claim(P, 2, "table-cell", SUP, "KNRM scores 19.8 MRR@10 on both the MS MARCO dev and eval sets.",
      [rerank("KNRM", DEV, "19.8"), rerank("KNRM", EVAL, "19.8")], "both cells")
claim(P, 2, "table-cell", CON, "Duet's MRR@10 on the MS MARCO evaluation set is 24.3.",
      [rerank("Duet", EVAL, "24.5")], "24.5; 24.3 is its dev cell")
claim(P, 2, "table-cell", SUP, "ColBERT re-ranks with a latency of 61 milliseconds.",
      [rerank(COLB, LAT, "61")], "the cell")
claim(P, 2, "table-cell", CON, "BERT-large's re-ranking latency is 10,700 ms.",
      [rerank(NC_LARGE, LAT, "32,900")], "32,900 ms; 10,700 is BERT-base's")
claim(P, 2, "table-cell", SUP, "docTTTTTquery reaches a Recall@200 of 86.9.",
      [full("docTTTTTquery", "Recall@200", "86.9")], "the cell")
claim(P, 2, "table-cell", CON, "Anserini's BM25 reaches 73.8 Recall@50.",
      [full("BM25 (Anserini)", "Recall@50", "59.2")], "59.2; 73.8 is its Recall@200")
claim(P, 2, "table-cell", CON, "End-to-end ColBERT answers a query in 485 ms.",
      [full(E2E, "Latency (ms)", "458")], "458 ms")
claim(P, 2, "table-cell", SUP, "On TREC CAR, BM25 + ColBERT reaches 31.3 MAP and 44.3 MRR@10.",
      [car("BM25 + ColBERT", "MAP", "31.3"), car("BM25 + ColBERT", "MRR@10", "44.3")], "the row")
claim(P, 2, "table-cell", CON, "DeepCT reaches 33.2 MAP on TREC CAR.",
      [car("DeepCT", "MAP", "24.6")], "24.6; 33.2 is its MRR@10")
claim(P, 2, "table-cell", PART, "The 48-dimensional cosine re-ranking setting needs 54 GiBs and indexes MS MARCO in two hours.",
      [space("Re-rank Cosine", "Space (GiBs)", "54")], "54 GiBs is the cell; no indexing time per setting is given")
claim(P, 2, "table-cell", SUP, "With 24-dimensional vectors at 2 bytes per dimension, ColBERT needs 27 GiBs and scores 33.9 MRR@10.",
      [space("Re-rank Cosine", "Space (GiBs)", "27"), space("Re-rank Cosine", "MRR@10", "33.9")], "the last row")
claim(P, 2, "table-cell", CON, "The end-to-end L2 setting occupies 143 GiBs.",
      [space("End-to-end L2", "Space (GiBs)", "154")], "154; 143 is Re-rank L2's")
claim(P, 2, "table-cell", SUP, "ColBERT needs 7B FLOPs per query, against 97T for BERT-base.",
      [rerank(COLB, FLOPS, "7B (1x)"), rerank(NC_BASE, FLOPS, "97T (13,900x)")], "the two cells")

claim(P, 2, "table-computed", SUP, "Among the MS MARCO re-rankers, BERT-large has the best dev MRR@10.",
      [rerank(NC_LARGE, DEV, "36.5"), rerank(OUR_BASE, DEV, "36.0")], "max of the dev column: 36.5")
claim(P, 2, "table-computed", CON, "ColBERT has the lowest re-ranking latency in the MS MARCO re-ranking table.",
      [rerank(COLB, LAT, "61"), rerank("KNRM", LAT, "3")], "KNRM's 3 ms is the minimum")
claim(P, 2, "table-computed", SUP, "End-to-end ColBERT has the highest Recall@50, Recall@200 and Recall@1000 of all end-to-end models.",
      [full(E2E, "Recall@50", "82.9"), full(E2E, "Recall@200", "92.3"), full(E2E, "Recall@1000", "96.8")],
      "82.9, 92.3 and 96.8 are the column maxima")
claim(P, 2, "table-computed", CON, "docTTTTTquery has the highest Recall@1000 in the end-to-end table.",
      [full("docTTTTTquery", "Recall@1000", "94.7"), full(E2E, "Recall@1000", "96.8")], "ColBERT end-to-end's 96.8 is higher")
claim(P, 2, "table-computed", SUP, "From KNRM to BERT-large, dev MRR@10 rises by 16.7 points.",
      [rerank("KNRM", DEV, "19.8"), rerank(NC_LARGE, DEV, "36.5")], "36.5 - 19.8 = 16.7")
claim(P, 2, "table-computed", CON, "ColBERT's dev MRR@10 is 15.3 points above Duet's.",
      [rerank(COLB, DEV, "34.9"), rerank("Duet", DEV, "24.3")], "34.9 - 24.3 = 10.6")
claim(P, 2, "table-computed", SUP, "The three cosine re-ranking settings of the space table average 34.4 MRR@10.",
      [space("Re-rank Cosine", "MRR@10", "34.9"), space("Re-rank Cosine", "MRR@10", "34.4"),
       space("Re-rank Cosine", "MRR@10", "33.9")], "(34.9 + 34.4 + 33.9) / 3 = 34.4")
claim(P, 2, "table-computed", CON, "Together the three cosine re-ranking settings take 376 GiBs.",
      [space("Re-rank Cosine", "Space (GiBs)", "286"), space("Re-rank Cosine", "Space (GiBs)", "54"),
       space("Re-rank Cosine", "Space (GiBs)", "27")], "286 + 54 + 27 = 367")
claim(P, 2, "table-computed", SUP, "The most space-consuming setting (286 GiBs) trails end-to-end L2 by 1.1 MRR@10.",
      [space("Re-rank Cosine", "MRR@10", "34.9"), space("End-to-end L2", "MRR@10", "36.0")], "36.0 - 34.9 = 1.1")
claim(P, 2, "table-computed", CON, "docTTTTTquery improves Anserini BM25's dev MRR@10 by 7.0 points.",
      [full("docTTTTTquery", DEV, "27.7"), full("BM25 (Anserini)", DEV, "18.7")], "27.7 - 18.7 = 9.0")

claim(P, 2, "two-sentences", SUP,
      "Microsoft introduced MS MARCO in 2016 for reading comprehension; it is a collection of 8.8M web passages.",
      [S(K_MARCO1), S(K_MARCO2)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON,
      "TREC CAR, introduced in 2017, is a synthetic Wikipedia dataset, and training uses the first three of its five folds.",
      [S(K_CAR1), S(K_CAR2)], "the first four of five folds")
claim(P, 2, "two-sentences", PART,
      "ColBERT is trained for 200k iterations on MS MARCO using eight V100 GPUs.",
      [S(K_200K)], "200k iterations stated; the training hardware is not")
claim(P, 2, "two-sentences", SUP,
      "BERT needs nearly 180x more FLOPs than ColBERT at k=10, and the overhead reaches 23,000x at k=2000.",
      [S(K_180), S(K_23K)], "two adjacent sentences")
claim(P, 2, "two-sentences", SUP,
      "ColBERT uses 32 embeddings per query, each of dimension 128.",
      [S(K_NQ), S(K_DIM)], "two adjacent sentences")

claim(P, 2, "absent", NF, "ColBERT pads queries with [MASK] tokens, a step the authors call query augmentation.",
      [], "true of the paper, not in this text")
claim(P, 2, "absent", NF, "ColBERT's end-to-end retrieval uses a faiss IVFPQ index.",
      [], "not in this text")
claim(P, 2, "number-format", CON, "ColBERT reaches 39.7 MRR@10 on the MS MARCO development set.",
      [rerank(COLB, DEV, "34.9"), full(E2E, DEV, "36.0")],
      "34.9 re-ranking, 36.0 end-to-end; 39.7 is a later model's figure")
claim(P, 2, "absent", NF, "Replacing MaxSim with average similarity costs ColBERT about 3 MRR@10 points.",
      [], "the ablation's numbers are not in this text")
claim(P, 2, "absent", SUP, K_CONCL, [S(K_CONCL)], "the conclusion's last sentence")

# ---------------------------------------------------------------------------------------
# 2103.00020 -- CLIP v1: abstract, introduction, sections 2.2-2.3 and 3.1.3-3.1.5 in part;
# Table 1 (Visual N-Grams vs CLIP on aYahoo / ImageNet / SUN, bold best).
P = "2103.00020"
L_RAW = "Learning directly from raw text about images is a promising alternative which leverages a much broader source of supervision."
L_TASK = "We demonstrate that the simple pre-training task of predicting which caption goes with which image is an efficient and scalable way to learn SOTA image representations from scratch on a dataset of 400 million (image, text) pairs collected from the internet."
L_30 = "We study the performance of this approach by benchmarking on over 30 different existing computer vision datasets, spanning tasks such as OCR, action recognition in videos, geo-localization, and many types of fine-grained object classification."
L_R50 = "For instance, we match the accuracy of the original ResNet-50 on ImageNet zero-shot without needing to use any of the 1.28 million training examples it was trained on."
L_NLP = "Pre-training methods which learn directly from raw text have revolutionized NLP over the last few years."
L_VIRTEX = "Adopting more recent architectures and pre-training approaches, VirTex, ICMLM, and ConVIRT have recently demonstrated the potential of transformer-based language modeling, masked language modeling, and contrastive objectives to learn image representations from text."
L_RARE = "While exciting as proofs of concept, using natural language supervision for image representation learning is still rare."
L_115 = "For example, Li et al. (2017) reach only 11.5% accuracy on ImageNet in a zero-shot setting."
L_884 = "This is well below the 88.4% accuracy of the current state of the art."
L_STATIC = "Both approaches also use static softmax classifiers to perform prediction and lack a mechanism for dynamic outputs."
L_CURTAIL = "This severely curtails their flexibility and limits their \"zero-shot\" capabilities."
L_EIGHT = "We study the scalability of CLIP by training a series of eight models spanning almost 2 orders of magnitude of compute and observe that transfer performance is a smoothly predictable function of compute."
L_PROBE = "We also confirm these findings with linear-probe representation learning analysis and show that CLIP outperforms the best publicly available ImageNet model while also being more computationally efficient."
L_ROBUST = "We additionally find that zero-shot CLIP models are much more robust than equivalent accuracy supervised ImageNet models which suggests that zero-shot evaluation of task-agnostic models is much more representative of a model's capability."
L_THREE = "Existing work has mainly used three datasets, MS-COCO, Visual Genome, and YFCC100M."
L_SMALL = "While MS-COCO and Visual Genome are high quality crowd-labeled datasets, they are small by modern standards with approximately 100,000 training photos each."
L_SHRUNK = "After filtering to keep only images with natural language titles and/or descriptions in English, the dataset shrunk by a factor of 6 to only 15 million photos."
L_400M = "To address this, we constructed a new dataset of 400 million (image, text) pairs collected from a variety of publicly available sources on the Internet."
L_500K = "To attempt to cover as broad a set of visual concepts as possible, we search for (image, text) pairs as part of the construction process whose text includes one of a set of 500,000 queries."
L_20K = "We approximately class balance the results by including up to 20,000 (image, text) pairs per query."
L_WEBTEXT = "The resulting dataset has a similar total word count as the WebText dataset used to train GPT-2."
L_19 = "Mahajan et al. (2018) required 19 GPU years to train their ResNeXt101-32x48d and Xie et al. (2020) required 33 TPUv3 core-years to train their Noisy Student EfficientNet-L2."
L_63M = "A 63 million parameter transformer language model, which already uses twice the compute of its ResNet-50 image encoder, learns to recognize ImageNet classes three times slower than a much simpler baseline that predicts a bag-of-words encoding of the same text."
L_762 = "The best CLIP model improves accuracy on ImageNet from a proof of concept 11.5% to 76.2% and matches the performance of the original ResNet-50 despite using none of the 1.28 million crowd-labeled training examples available for this dataset."
L_80 = "On ImageNet, we ensemble 80 different context prompts and this improves performance by an additional 3.5% over the single default prompt discussed above."
L_5PCT = "When considered together, prompt engineering and ensembling improve ImageNet accuracy by almost 5%."
L_16 = "Zero-shot CLIP outperforms this baseline slightly more often than not and wins on 16 of the 27 datasets."
L_CARS = "On two of these datasets, Stanford Cars and Food101, zero-shot CLIP outperforms logistic regression on ResNet-50 features by over 20% while on two others, Flowers102 and FGVCAircraft, zero-shot CLIP underperforms by over 10%."
L_KIN = "On Kinetics700, CLIP outperforms a ResNet-50 by 14.5%."
L_4YEARS = "This improvement reflects many differences in the 4 years since the development of Visual N-Grams."

VNG = "Visual N-Grams"


def ngram(row: str, column: str, value: str) -> dict:
    """A cell of the Visual N-Grams comparison (Table 1)."""
    return C("Table 1", row, column, value)


claim(P, 1, "verbatim", SUP, L_RAW, [S(L_RAW)], "the abstract's sentence word for word")
claim(P, 1, "verbatim", CON,
      "We study the performance of this approach by benchmarking on over 20 different existing computer vision datasets, spanning tasks such as OCR, action recognition in videos, geo-localization, and many types of fine-grained object classification.",
      [S(L_30)], "over 30 datasets, not 20")

claim(P, 1, "paraphrase", SUP,
      "CLIP learns image representations from scratch by predicting which caption goes with which image, an efficient and scalable pre-training task.",
      [S(L_TASK)], "the abstract's sentence reworded")
claim(P, 1, "paraphrase", CON,
      "Using natural language supervision to learn image representations is already common practice, the CLIP authors note.",
      [S(L_RARE)], "it is still rare")
claim(P, 1, "paraphrase", PART,
      "CLIP is trained on 400 million image-text pairs using 592 V100 GPUs for 18 days.",
      [S(L_400M)], "the 400 million pairs are stated; the compute is not in this text")
claim(P, 1, "paraphrase", SUP, "Pre-training on raw text has revolutionized NLP in recent years.",
      [S(L_NLP)], "stated")

claim(P, 1, "number-format", SUP, "Zero-shot, CLIP matches the original ResNet-50 on ImageNet without using any of its 1.28M training examples.",
      [S(L_R50)], "1.28 million written 1.28M")
claim(P, 1, "number-format", CON, "CLIP's pre-training dataset contains 400 thousand (image, text) pairs.",
      [S(L_400M)], "400 million, not thousand")
claim(P, 1, "number-format", SUP, "Li et al. (2017) reached only 11.5% zero-shot accuracy on ImageNet.",
      [S(L_115)], "stated")
claim(P, 1, "number-format", CON, "The ImageNet state of the art at the time stood at 84.8%.",
      [S(L_884)], "88.4%, not 84.8%")
claim(P, 1, "number-format", CON, "Filtering YFCC100M for English titles or descriptions shrank it sixfold to only 1.5 million photos.",
      [S(L_SHRUNK)], "15 million photos, not 1.5 million")
claim(P, 1, "number-format", SUP, "Mahajan et al. needed 19 GPU-years to train ResNeXt101-32x48d.",
      [S(L_19)], "stated")
claim(P, 1, "number-format", CON, "Noisy Student EfficientNet-L2 took 23 TPUv3 core-years to train.",
      [S(L_19)], "33 TPUv3 core-years")
claim(P, 1, "number-format", SUP, "CLIP's scaling study trains eight models spanning almost two orders of magnitude of compute.",
      [S(L_EIGHT)], "eight models, almost 2 orders of magnitude")
claim(P, 1, "number-format", CON, "Ensembling 80 context prompts adds 5.3% on ImageNet over the single default prompt.",
      [S(L_80)], "an additional 3.5%, not 5.3%")

claim(P, 1, "sign-direction", SUP, "CLIP raises zero-shot ImageNet accuracy from 11.5% to 76.2% relative to Visual N-Grams.",
      [S(L_762), ngram(VNG, "ImageNet", "11.5"), ngram("CLIP", "ImageNet", "76.2")], "11.5 -> 76.2")
claim(P, 1, "sign-direction", CON, "On SUN, CLIP's accuracy is 35.5 points below that of Visual N-Grams.",
      [ngram("CLIP", "SUN", "58.5"), ngram(VNG, "SUN", "23.0")], "CLIP is 35.5 above")
claim(P, 1, "sign-direction", SUP, "On aYahoo, CLIP is 26.0 points ahead of Visual N-Grams.",
      [ngram("CLIP", "aYahoo", "98.4"), ngram(VNG, "aYahoo", "72.4")], "98.4 - 72.4 = 26.0")
claim(P, 1, "sign-direction", CON, "On Kinetics700, zero-shot CLIP underperforms a ResNet-50 by 14.5%.",
      [S(L_KIN)], "it outperforms by 14.5%")
claim(P, 1, "sign-direction", SUP, "On Flowers102 and FGVCAircraft, zero-shot CLIP falls more than 10% below logistic regression on ResNet-50 features.",
      [S(L_CARS)], "underperforms by over 10%")

claim(P, 1, "polarity", SUP, "Zero-shot CLIP models are much more robust than supervised ImageNet models of equivalent accuracy.",
      [S(L_ROBUST)], "stated")
claim(P, 1, "polarity", CON, "Zero-shot CLIP models prove less robust than supervised ImageNet models of the same accuracy.",
      [S(L_ROBUST)], "much more robust")
claim(P, 1, "polarity", CON, "A 63M-parameter transformer language model learns ImageNet classes three times faster than a bag-of-words baseline.",
      [S(L_63M)], "three times slower")
claim(P, 1, "polarity", SUP, "Static softmax classifiers lack a mechanism for dynamic outputs, which severely curtails their flexibility.",
      [S(L_STATIC), S(L_CURTAIL)], "stated over two adjacent sentences")
claim(P, 1, "polarity", CON, "MS-COCO and Visual Genome are large by modern standards.",
      [S(L_SMALL)], "small by modern standards")
claim(P, 1, "polarity", CON, "Zero-shot CLIP loses to the ResNet-50 logistic-regression baseline on most of the 27 datasets.",
      [S(L_16)], "it wins on 16 of the 27")
claim(P, 1, "polarity", SUP, "A linear-probe analysis shows CLIP outperforming the best publicly available ImageNet model while being more computationally efficient.",
      [S(L_PROBE)], "stated")

claim(P, 1, "entity-swap", PART, "CLIP's benchmark suite spans OCR, action recognition in videos and medical image segmentation.",
      [S(L_30)], "OCR and action recognition are named; segmentation is not (geo-localization and fine-grained classification are)")
claim(P, 1, "entity-swap", SUP, "ConVIRT, VirTex and ICMLM showed that transformer-based language modeling, masked language modeling and contrastive objectives can learn image representations from text.",
      [S(L_VIRTEX)], "the same three systems in another order")
claim(P, 1, "entity-swap", PART, "Existing work mainly used MS-COCO, Visual Genome and Conceptual Captions.",
      [S(L_THREE)], "MS-COCO and Visual Genome are named; the third is YFCC100M")
claim(P, 1, "entity-swap", CON, "Zero-shot CLIP beats logistic regression on ResNet-50 features by over 20% on Stanford Cars and Flowers102.",
      [S(L_CARS)], "Stanford Cars yes, but on Flowers102 CLIP underperforms by over 10% (the second is Food101)")

claim(P, 1, "table-cell", SUP, "CLIP reaches 98.4% zero-shot accuracy on aYahoo.",
      [ngram("CLIP", "aYahoo", "98.4")], "the cell")
claim(P, 1, "table-cell", CON, "Visual N-Grams scores 23.0 on ImageNet.",
      [ngram(VNG, "ImageNet", "11.5")], "11.5; 23.0 is its SUN cell")
claim(P, 1, "table-cell", CON, "CLIP's zero-shot accuracy on SUN is 76.2%.",
      [ngram("CLIP", "SUN", "58.5")], "58.5; 76.2 is ImageNet")
claim(P, 1, "table-cell", PART, "CLIP scores 76.2% on ImageNet and 70.1% on ImageNet-V2 zero-shot.",
      [ngram("CLIP", "ImageNet", "76.2")], "the ImageNet cell; ImageNet-V2 is nowhere in this text")

claim(P, 1, "table-computed", SUP, "Averaged over aYahoo, ImageNet and SUN, CLIP scores 77.7%.",
      [ngram("CLIP", "aYahoo", "98.4"), ngram("CLIP", "ImageNet", "76.2"), ngram("CLIP", "SUN", "58.5")],
      "(98.4 + 76.2 + 58.5) / 3 = 77.7")
claim(P, 1, "table-computed", CON, "Visual N-Grams averages 38.6% over the three datasets of the comparison.",
      [ngram(VNG, "aYahoo", "72.4"), ngram(VNG, "ImageNet", "11.5"), ngram(VNG, "SUN", "23.0")],
      "(72.4 + 11.5 + 23.0) / 3 = 35.6")
claim(P, 1, "table-computed", SUP, "CLIP's largest gain over Visual N-Grams is on ImageNet, 64.7 points.",
      [ngram("CLIP", "ImageNet", "76.2"), ngram(VNG, "ImageNet", "11.5")], "gains 26.0, 64.7, 35.5: ImageNet's is largest")
claim(P, 1, "table-computed", CON, "CLIP's smallest gain over Visual N-Grams is on SUN.",
      [ngram("CLIP", "SUN", "58.5"), ngram(VNG, "SUN", "23.0"), ngram("CLIP", "aYahoo", "98.4"), ngram(VNG, "aYahoo", "72.4")],
      "SUN +35.5; the smallest is aYahoo, +26.0")

claim(P, 1, "two-sentences", SUP, "Li et al. reached only 11.5% zero-shot on ImageNet, well below the 88.4% state of the art.",
      [S(L_115), S(L_884)], "two adjacent sentences")
claim(P, 1, "two-sentences", SUP,
      "Ensembling 80 prompts adds 3.5% over the default prompt, and together with prompt engineering it improves ImageNet accuracy by almost 5%.",
      [S(L_80), S(L_5PCT)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "Ensembling 80 prompts adds 3.5%, and prompt engineering with ensembling together improve ImageNet accuracy by almost 10%.",
      [S(L_80), S(L_5PCT)], "almost 5%, not 10%")
claim(P, 1, "two-sentences", SUP, "The CLIP dataset was built from 500,000 queries with up to 20,000 pairs per query.",
      [S(L_500K), S(L_20K)], "two adjacent sentences")
claim(P, 1, "two-sentences", PART, "WIT has a word count similar to WebText and was filtered to remove NSFW images.",
      [S(L_WEBTEXT)], "the word count is stated; filtering of that kind is not")

claim(P, 1, "absent", NF, "CLIP is trained with a very large minibatch of 32,768.", [], "not in this text")
claim(P, 1, "absent", NF, "Zero-shot CLIP outperforms a linear probe on EuroSAT.", [], "not in this text")
claim(P, 1, "absent", NF, "CLIP's ResNet image encoders replace global average pooling with attention pooling.", [], "true of the paper, not in this text")
claim(P, 1, "absent", NF, "The largest ResNet CLIP model, RN50x64, took 18 days to train on 592 V100 GPUs.", [], "true of the paper, not in this text")
claim(P, 1, "absent", SUP, "The gain over Visual N-Grams reflects many differences in the 4 years since Visual N-Grams was developed.",
      [S(L_4YEARS)], "Table 1's caption, a passage")

# ---------------------------------------------------------------------------------------
# 2305.18290 -- DPO v1 and v3: the same introduction and related-work paragraphs under two
# abstracts. v1: "stable, performant and computationally lightweight, eliminating the need for
# fitting a reward model, sampling ..."; "exceeds RLHF's ability to control sentiment of
# generations and improves response quality". v3: "eliminating the need for sampling ...";
# "exceeds PPO-based RLHF in ability to control sentiment of generations, and matches or
# improves response quality". No table.
P = "2305.18290"
D_CONTROL = "While large-scale unsupervised language models (LMs) learn broad world knowledge and some reasoning skills, achieving precise control of their behavior is difficult due to the completely unsupervised nature of their training."
D_RLHF = "However, RLHF is a complex and often unstable procedure, first fitting a reward model that reflects the human preferences, and then fine-tuning the large unsupervised LM using reinforcement learning to maximize this estimated reward without drifting too far from the original model."
D_ELIM1 = "The resulting algorithm, which we call Direct Preference Optimization (DPO), is stable, performant and computationally lightweight, eliminating the need for fitting a reward model, sampling from the LM during fine-tuning, or performing significant hyperparameter tuning."
D_ELIM3 = "The resulting algorithm, which we call Direct Preference Optimization (DPO), is stable, performant, and computationally lightweight, eliminating the need for sampling from the LM during fine-tuning or performing significant hyperparameter tuning."
D_NOTABLY1 = "Notably, fine-tuning with DPO exceeds RLHF's ability to control sentiment of generations and improves response quality in summarization and single-turn dialogue while being substantially simpler to implement and train."
D_NOTABLY3 = "Notably, fine-tuning with DPO exceeds PPO-based RLHF in ability to control sentiment of generations, and matches or improves response quality in summarization and single-turn dialogue while being substantially simpler to implement and train."
D_50 = "Similarly, we might want our language model to be aware of a common misconception believed by 50% of people, but we certainly do not want the model to claim this misconception to be true in 50% of queries about it!"
D_PIPE = "While RLHF produces models with impressive conversational and coding abilities, the RLHF pipeline is considerably more complex than supervised learning, involving training multiple LMs and sampling from the LM policy in the loop of training, incurring significant computational costs."
D_DIRECT = "In this paper, we show how to directly optimize a language model to adhere to human preferences, without explicit reward modeling or reinforcement learning."
D_SAME = "We propose Direct Preference Optimization (DPO), an algorithm that implicitly optimizes the same objective as existing RLHF algorithms (reward maximization with a KL-divergence constraint) but is simple to implement and straightforward to train."
D_UPDATE = "Intuitively, the DPO update increases the relative log probability of preferred to dispreferred responses, but it incorporates a dynamic, per-example importance weight that prevents the model degeneration that we find occurs with a naive probability ratio objective."
D_BT = "Like existing algorithms, DPO relies on a theoretical preference model (such as the Bradley-Terry model) that measures how well a given reward function aligns with empirical preference data."
D_CHANGE = "However, while existing methods use the preference model to define a preference loss to train a reward model and then train a policy that optimizes the learned reward model, DPO uses a change of variables to define the preference loss as a function of the policy directly."
D_6B = "Our experiments show that DPO is at least as effective as existing methods, including PPO-based RLHF, for learning from preferences in tasks such as sentiment modulation, summarization, and dialogue, using language models with up to 6B parameters."
D_EASIER = "Despite the success of instruction tuning, relative human judgments of response quality are often easier to collect than expert demonstrations, and thus subsequent works have fine-tuned LLMs with datasets of human preferences, improving proficiency in translation, summarization, story-telling, and instruction-following."
D_REINFORCE = "These methods first optimize a neural network reward function for compatibility with the dataset of preferences under a preference model such as the Bradley-Terry model, then fine-tune a language model to maximize the given reward using reinforcement learning algorithms, commonly REINFORCE, proximal policy optimization (PPO), or variants."
D_CHALLENGE = "Despite the appeal of using relative human preferences, fine-tuning large language models with reinforcement learning remains a major practical challenge; this work provides a theoretically-justified approach to optimizing relative preferences without RL."
D_CDB = "Contextual bandit learning using preferences or rankings of actions, rather than rewards, is known as a contextual dueling bandit (CDB)."
D_VN = "In the absence of absolute rewards, theoretical analysis of CDBs substitutes the notion of an optimal policy with a von Neumann winner, a policy whose expected win rate against any other policy is at least 50%."
D_ONLINE = "However, in the CDB setting, preference labels are given online, while in learning from human preferences, we typically learn from a fixed batch of offline preference-annotated action pairs."
D_STAGE = "This preference learning stage occurs after an initial stage of large-scale unsupervised pre-training on a large text dataset."
D_SINGLE = "We instead present a single stage policy learning approach that directly optimizes a policy to satisfy preferences."

claim(P, 3, "verbatim", SUP,
      "However, RLHF is a complex and often unstable procedure, first fitting a reward model that reflects the human pref",
      [S(D_RLHF)], "cut off mid-word; the abstract's sentence in both versions", truncated=True)
claim(P, 3, "verbatim", CON,
      "Our experiments show that DPO is at least as effective as existing methods, including PPO-based RLHF, for learning from preferences in tasks such as sentiment modulation, summarization, and dialogue, using language models with up to 60B parameters.",
      [S(D_6B)], "up to 6B parameters, not 60B (both versions)")

claim(P, 3, "paraphrase", SUP,
      "DPO implicitly optimizes the same KL-constrained reward-maximization objective as RLHF while being simple to implement.",
      [S(D_SAME)], "stated in both versions")
claim(P, 3, "paraphrase", CON,
      "Precise control of unsupervised LMs is easy to achieve precisely because their training is completely unsupervised.",
      [S(D_CONTROL)], "difficult due to the unsupervised training")
claim(P, 3, "paraphrase", PART,
      "DPO is an RL-free algorithm evaluated with language models of up to 6B parameters, including Pythia-2.8B.",
      [S(D_6B)], "up to 6B is stated; Pythia-2.8B is not named")
claim(P, 3, "paraphrase", SUP,
      "Relative human judgments of response quality tend to be easier to collect than expert demonstrations.",
      [S(D_EASIER)], "stated")

claim(P, 3, "number-format", SUP, "DPO is tested on language models with up to six billion parameters.",
      [S(D_6B)], "6B written out")
claim(P, 3, "number-format", CON, "The DPO paper's example is a misconception believed by 30% of people.",
      [S(D_50)], "50% of people")
claim(P, 3, "number-format", SUP, "A von Neumann winner's expected win rate against any other policy is at least one half.",
      [S(D_VN)], "at least 50%")

claim(P, 3, "sign-direction", SUP, "The DPO update raises the relative log probability of preferred over dispreferred responses.",
      [S(D_UPDATE)], "increases")
claim(P, 3, "sign-direction", CON, "The DPO update lowers the relative log probability of preferred responses compared with dispreferred ones.",
      [S(D_UPDATE)], "it increases it")

claim(P, 3, "polarity", SUP, "DPO optimizes a language model to human preferences directly, without explicit reward modeling or reinforcement learning.",
      [S(D_DIRECT)], "stated, the negation kept")
claim(P, 3, "polarity", CON, "DPO relies on reinforcement learning to fit its policy to the preference data.",
      [S(D_DIRECT)], "without reinforcement learning")
claim(P, 3, "polarity", CON, "The RLHF pipeline is considerably simpler than supervised learning.",
      [S(D_PIPE)], "considerably more complex")
claim(P, 3, "polarity", CON, "In the contextual dueling bandit setting, preference labels are given offline.",
      [S(D_ONLINE)], "given online; offline is the human-preference setting")
claim(P, 3, "polarity", SUP, "Fine-tuning large language models with reinforcement learning remains a major practical challenge.",
      [S(D_CHALLENGE)], "stated")
claim(P, 3, "polarity", CON, "DPO requires significant hyperparameter tuning.",
      [S(D_ELIM3), S(D_ELIM1, 1)], "both abstracts say it eliminates the need for it")

claim(P, 3, "entity-swap", PART, "DPO is evaluated on sentiment modulation, summarization and machine translation.",
      [S(D_6B)], "sentiment and summarization are named; the third is dialogue")
claim(P, 3, "entity-swap", SUP, "Preference fine-tuning has improved story-telling, translation, instruction-following and summarization.",
      [S(D_EASIER)], "the same four in another order")
claim(P, 3, "entity-swap", PART, "RLHF methods commonly use REINFORCE, PPO or A2C.",
      [S(D_REINFORCE)], "REINFORCE and PPO are named; A2C is not ('or variants')")

claim(P, 3, "two-sentences", SUP,
      "DPO relies on a preference model such as Bradley-Terry, but uses a change of variables to define the preference loss directly as a function of the policy.",
      [S(D_BT), S(D_CHANGE)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "Preference-based contextual bandits are called contextual dueling bandits, whose analysis replaces the optimal policy with a Nash winner.",
      [S(D_CDB), S(D_VN)], "a von Neumann winner, not a Nash winner")
claim(P, 3, "two-sentences", PART,
      "Preference learning follows large-scale unsupervised pre-training and typically uses about 10,000 human comparisons.",
      [S(D_STAGE)], "the first half is stated; no number of comparisons is")

claim(P, 3, "version-drift", PART,
      "Fine-tuning with DPO improves response quality in summarization and single-turn dialogue.",
      [S(D_NOTABLY3), S(D_NOTABLY1, 1)],
      "v1 says it improves response quality; v3 only that it matches or improves it (judgement: partly)",
      per={1: SUP})
claim(P, 1, "version-drift", SUP, D_NOTABLY1,
      [S(D_NOTABLY1), S(D_NOTABLY3, 3)],
      "v1's sentence word for word; v3 names PPO-based RLHF and says 'matches or improves' (partly)",
      per={3: PART})
claim(P, 1, "version-drift", SUP,
      "DPO beats RLHF at sentiment control and improves summarization quality.",
      [S(D_NOTABLY1), S(D_NOTABLY3, 3)],
      "v1 states both; v3 states the first and only 'matches or improves' for the second (partly)",
      per={3: PART})
claim(P, 3, "version-drift", SUP,
      "DPO exceeds PPO-based RLHF at controlling sentiment and matches or improves response quality in summarization and single-turn dialogue.",
      [S(D_NOTABLY3), S(D_NOTABLY1, 1)],
      "v3 states it; v1's 'exceeds RLHF' and 'improves' imply it (the RLHF compared is PPO-based in both introductions)",
      per={1: SUP})
claim(P, 1, "version-drift", SUP,
      "DPO improves single-turn dialogue response quality while being substantially simpler to implement and train.",
      [S(D_NOTABLY1), S(D_NOTABLY3, 3)],
      "v1 states it; v3 says 'matches or improves' (partly)",
      per={3: PART})
claim(P, 1, "version-drift", SUP,
      "With DPO, response quality in summarization improves.",
      [S(D_NOTABLY1), S(D_NOTABLY3, 3)],
      "v1 states it; v3 says 'matches or improves' (partly)",
      per={3: PART})
claim(P, 3, "version-drift", SUP, "DPO is stable, performant and computationally lightweight.",
      [S(D_ELIM3), S(D_ELIM1, 1)], "both abstracts")
claim(P, 3, "version-drift", SUP,
      "DPO eliminates the need to sample from the LM during fine-tuning and to perform significant hyperparameter tuning.",
      [S(D_ELIM3), S(D_ELIM1, 1)], "both abstracts")

claim(P, 3, "absent", NF, "DPO's beta parameter is set to 0.1 in most experiments.", [], "not in this text")
claim(P, 3, "absent", NF, "GPT-4 prefers DPO's TL;DR summaries to PPO's in 61% of comparisons.", [], "no results section here")
claim(P, 3, "absent", NF, "DPO's dialogue experiments use the Anthropic Helpful and Harmless dataset.", [], "not in this text")
claim(P, 3, "absent", NF, "DPO's controlled sentiment experiments use GPT-2-large on IMDb prefixes.", [], "no experimental section here")
claim(P, 3, "absent", SUP, "The authors present a single-stage policy learning approach that directly optimizes a policy to satisfy preferences.",
      [S(D_SINGLE)], "the related work's last sentence")
