"""The fresh9 split (issue 13): a ninth blind set, over six PDF versions of four papers that no
other split contains (ViT v2, wav2vec 2.0 v1/v3, MMLU v1/v3, Switch Transformers v3), labelled
by reading their truth files before any verdict engine was run on them, by someone who was not
changing the rules. Never run while the rules change; `calibrate_verdicts.py` treats every
split named fresh* other than the development ones as independent and leaves it out unless
named.

Imported at the end of claims_src.py after claims_fresh8, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way, a reversed difference, an antonym or a dropped negation, a swapped list member,
a mean or a difference only a table implies, the other version's wording, and facts true of
the real paper but absent from the corpus text. wav2vec 2.0 v1 and MMLU v1 are abstracts only,
so a claim on the later version's body is not found in v1.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH9 = {
    "2010.11929": (2,),  # ViT, "An Image is Worth 16x16 Words"
    "2006.11477": (1, 3),  # wav2vec 2.0: v1 (June 2020 abstract only) and v3
    "2009.03300": (1, 3),  # MMLU: v1 (abstract only, "human-level") and v3 ("expert-level")
    "2101.03961": (3,),  # Switch Transformers
}
SPLIT.update({paper: "fresh9" for paper in FRESH9})
VERSIONS.update(FRESH9)

# ---------------------------------------------------------------------------------------
# 2010.11929 -- ViT v2: abstract, introduction, experiments, conclusion; Table 1 (model
# variants), Table 2 (state of the art: rows are datasets, columns models under a two-level
# header, mean ± std cells).
P = "2010.11929"
V_LIMITED = "While the Transformer architecture has become the de-facto standard for natural language processing tasks, its applications to computer vision remain limited."
V_PURE = "We show that this reliance on CNNs is not necessary and a pure transformer applied directly to sequences of image patches can perform very well on image classification tasks."
V_EXCEL = "Vision Transformer (ViT) attains excellent results compared to state-of-the-art convolutional networks while requiring substantially fewer computational resources to train."
V_100B = "it has become possible to train models of unprecedented size, with over 100B parameters."
V_TOKENS = "Image patches are treated the same way as tokens (words) in an NLP application."
V_SPLIT = "To do so, we split an image into patches and provide the sequence of linear embeddings of these patches as an input to a Transformer."
V_MODEST = "When trained on mid-sized datasets such as ImageNet without strong regularization, these models yield modest accuracies of a few percentage points below ResNets of comparable size."
V_BIAS = "Transformers lack some of the inductive biases inherent to CNNs, such as translation equivariance and locality, and therefore do not generalize well when trained on insufficient amounts of data."
V_TRUMPS = "We find that large scale training trumps inductive bias."
V_BEST = "In particular, the best model reaches the accuracy of 88.55% on ImageNet, 90.72% on ImageNet-ReaL, 94.55% on CIFAR-100, and 77.63% on the VTAB suite of 19 tasks."
V_DATASETS = "its superset ImageNet-21k with 21k classes and 14M images, and JFT with 18k classes and 303M high-resolution images."
V_TRANSFER = "We transfer the models trained on these dataset to several benchmark tasks: ImageNet on the original validation labels and the cleaned-up ReaL labels, CIFAR-10/100, Oxford-IIIT Pets, and Oxford Flowers-102."
V_VTAB = "VTAB evaluates low-data transfer to diverse tasks, using 1 000 training examples per task."
V_GROUPS1 = "The tasks are divided into three groups: Natural, tasks like the above, Pets, CIFAR, etc."
V_GROUPS2 = "Specialized, medical and satellite imagery, and Structured, tasks that require geometric understanding like localization."
V_HUGE = "The \"Base\" and \"Large\" models are directly adopted from BERT and we add the larger \"Huge\" model."
V_SGD = "For fine-tuning we use SGD with momentum, batch size 512, for all models."
V_RES = "we fine-tuned at higher resolution: 512 for ViT-L/16 and 518 for ViT-H/14."
V_NOISY = "Currently, Noisy Student is the state of the art on ImageNet and BiT-L on the other datasets reported here."
V_L16 = "The smaller ViT-L/16 model pre-trained on JFT-300M outperforms BiT-L (which is pre-trained on the same dataset) on all tasks, while requiring substantially less computational resources to train."
V_H14 = "The larger model, ViT-H/14, further improves the performance, especially on the more challenging datasets: ImageNet, CIFAR-100, and the VTAB suite."
V_30DAYS = "it could be trained using a standard cloud TPUv3 with 8 cores in approximately 30 days."
V_NATURAL = "ViT-H/14 outperforms BiT-R152x4, and other methods, on the Natural and Structured tasks."
V_SPECIAL = "On the Specialized the performance of the top two models is similar."
V_REG = "we optimize three basic regularization parameters: weight decay, dropout, and label smoothing."
V_UNDER = "When pre-trained on the smallest dataset, ImageNet, ViT-Large models underperform compared to ViT-Base models, despite (moderate) regularization."
V_SIMILAR = "With ImageNet-21k pre-training, their performances are similar."
V_JFT = "Only with JFT-300M, do we see the full benefit of larger models."
V_OVERFIT = "Vision Transformers overfit more than ResNets with comparable computational cost on smaller datasets."
V_B32 = "For example, ViT-B/32 is slightly faster than ResNet50; it performs much worse on the 9M subset, but better on 90M+ subsets."
V_24X = "ViT uses approximately 2-4x less compute to attain the same performance (average over 5 datasets)."
V_HYBRID = "Second, hybrids slightly outperform ViT at small computational budgets, but the difference vanishes for larger models."
V_NOSAT = "Third, Vision Transformers appear not to saturate within the range tried, motivating future scaling efforts."
V_SELF = "With self-supervised pre-training, our smaller ViT-B/16 model achieves 79.9% accuracy on ImageNet, a significant improvement of 2% to training from scratch, but still 4% behind supervised pre-training."
V_NOBIAS = "Unlike prior works using self-attention in computer vision, we do not introduce image-specific inductive biases into the architecture apart from the initial patch extraction step."
V_CHEAP = "Thus, Vision Transformer matches or exceeds the state of the art on many image classification datasets, whilst being relatively cheap to pre-train."
V_SCALE = "Finally, further scaling of ViT would likely lead to improved performance."

H14 = "Ours-JFT / (ViT-H/14)"
L16 = "Ours-JFT / (ViT-L/16)"
I21K = "Ours-I21k / (ViT-L/16)"
BIT = "BiT-L / (ResNet152x4)"
NS = "Noisy Student / (EfficientNet-L2)"


def sota(row: str, column: str, value: str) -> dict:
    """A cell of the state-of-the-art table (Table 2): rows are datasets, columns models."""
    return C("Table 2", row, column, value)


def variant(row: str, column: str, value: str) -> dict:
    """A cell of the model-variants table (Table 1)."""
    return C("Table 1", row, column, value)


claim(P, 2, "verbatim", SUP, V_TRUMPS, [S(V_TRUMPS)], "the introduction's sentence word for word")
claim(P, 2, "verbatim", CON,
      "In particular, the best model reaches the accuracy of 88.55% on ImageNet, 90.72% on ImageNet-ReaL, 94.55% on CIFAR-100, and 76.63% on the VTAB suite of 19 tasks.",
      [S(V_BEST)], "VTAB is 77.63%, not 76.63%")
claim(P, 2, "verbatim", SUP,
      "When trained on mid-sized datasets such as ImageNet without strong regularization, these models yield modest accur",
      [S(V_MODEST)], "cut off mid-word; what is left is the sentence's start", truncated=True)
claim(P, 2, "verbatim", CON,
      "For fine-tuning we use SGD with momentum, batch size 1024, for all models.",
      [S(V_SGD)], "batch size 512, not 1024")

claim(P, 2, "paraphrase", SUP,
      "The ViT authors argue that relying on CNNs is unnecessary, since a pure Transformer applied directly to sequences of image patches performs very well on image classification.",
      [S(V_PURE)], "the abstract's sentence reworded")
claim(P, 2, "paraphrase", CON,
      "According to Dosovitskiy et al., applications of the Transformer to computer vision are already widespread.",
      [S(V_LIMITED)], "they remain limited")
claim(P, 2, "paraphrase", PART,
      "ViT treats image patches like word tokens and adds 2D-aware position embeddings to them.",
      [S(V_TOKENS)], "patches as tokens is stated; 2D-aware position embeddings are nowhere in this text")
claim(P, 2, "paraphrase", SUP,
      "ViT-Huge was added by the authors on top of the Base and Large configurations borrowed from BERT.",
      [S(V_HUGE)], "stated")
claim(P, 2, "paraphrase", PART,
      "ViT-L/16 pre-trained on JFT-300M beats BiT-L on all tasks with less compute, and was pre-trained for 14 epochs.",
      [S(V_L16)], "the comparison is stated; the number of epochs is not in this text")

claim(P, 2, "number-format", SUP,
      "ViT's best model reaches about 88.6% on ImageNet.",
      [S(V_BEST), sota("ImageNet", H14, "88.55 ± 0.04")], "88.55% rounded to one decimal")
claim(P, 2, "number-format", SUP,
      "JFT contains 303 million high-resolution images in 18 thousand classes.",
      [S(V_DATASETS)], "303M images, 18k classes")
claim(P, 2, "number-format", CON,
      "ImageNet-21k has 21k classes and 1.4M images.",
      [S(V_DATASETS)], "14M images, not 1.4M")
claim(P, 2, "number-format", SUP,
      "VTAB uses one thousand training examples per task.",
      [S(V_VTAB)], "1 000 examples")
claim(P, 2, "number-format", SUP,
      "Language Transformers have been trained with more than one hundred billion parameters.",
      [S(V_100B)], "over 100B parameters")
claim(P, 2, "number-format", CON,
      "With self-supervised pre-training ViT-B/16 reaches 79.9% on ImageNet, 4% better than training from scratch.",
      [S(V_SELF)], "2% better than from scratch; 4% is the gap to supervised pre-training")
claim(P, 2, "number-format", SUP,
      "ViT needs roughly two to four times less compute than ResNets to reach the same performance.",
      [S(V_24X)], "approximately 2-4x less compute")
claim(P, 2, "number-format", CON,
      "The ImageNet-21k ViT-L/16 can be trained on a standard 8-core cloud TPUv3 in about 13 days.",
      [S(V_30DAYS)], "approximately 30 days, not 13")
claim(P, 2, "number-format", PART,
      "For ImageNet, ViT-L/16 was fine-tuned at resolution 512 and ViT-H/14 at 518, both for 20k steps.",
      [S(V_RES)], "the resolutions are stated; the number of steps is not")

claim(P, 2, "sign-direction", SUP,
      "On ImageNet, the JFT-pretrained ViT-H/14 is 1.01 points above BiT-L.",
      [sota("ImageNet", H14, "88.55 ± 0.04"), sota("ImageNet", BIT, "87.54 ± 0.02")], "88.55 - 87.54 = +1.01")
claim(P, 2, "sign-direction", CON,
      "On Oxford Flowers-102, ViT-H/14 beats ViT-L/16 (both pre-trained on JFT) by 0.06 points.",
      [sota("Oxford Flowers-102", H14, "99.68 ± 0.02"), sota("Oxford Flowers-102", L16, "99.74 ± 0.00")],
      "ViT-L/16 is the higher one: 99.74 vs 99.68")
claim(P, 2, "sign-direction", SUP,
      "On Oxford Flowers-102 the JFT-trained ViT-L/16 edges out ViT-H/14 by 0.06.",
      [sota("Oxford Flowers-102", H14, "99.68 ± 0.02"), sota("Oxford Flowers-102", L16, "99.74 ± 0.00")],
      "99.74 - 99.68 = 0.06")
claim(P, 2, "sign-direction", CON,
      "The ViT-L/16 pre-trained on ImageNet-21k scores higher than BiT-L on CIFAR-100.",
      [sota("CIFAR-100", I21K, "93.25 ± 0.05"), sota("CIFAR-100", BIT, "93.51 ± 0.08")], "93.25 is below 93.51")
claim(P, 2, "sign-direction", SUP,
      "Self-supervised ViT-B/16 still trails supervised pre-training by 4%.",
      [S(V_SELF)], "still 4% behind supervised pre-training")
claim(P, 2, "sign-direction", CON,
      "ViT-B/32 does better than ResNet50 on the 9M subset of JFT but worse on the 90M+ subsets.",
      [S(V_B32)], "the reverse: much worse on 9M, better on 90M+")

claim(P, 2, "polarity", SUP,
      "Transformers lack inductive biases such as translation equivariance and locality, so they do not generalize well on insufficient data.",
      [S(V_BIAS)], "stated")
claim(P, 2, "polarity", CON,
      "Vision Transformers overfit less than ResNets of comparable computational cost on smaller datasets.",
      [S(V_OVERFIT)], "they overfit more")
claim(P, 2, "polarity", CON,
      "When pre-trained on ImageNet alone, ViT-Large models outperform ViT-Base models.",
      [S(V_UNDER)], "they underperform ViT-Base there")
claim(P, 2, "polarity", SUP,
      "Within the range tried, Vision Transformers show no sign of saturating.",
      [S(V_NOSAT)], "they appear not to saturate")
claim(P, 2, "polarity", CON,
      "Vision Transformers are found to saturate within the range of model sizes tried.",
      [S(V_NOSAT)], "they appear not to saturate")
claim(P, 2, "polarity", CON,
      "ViT builds image-specific inductive biases into its architecture well beyond the patch extraction step.",
      [S(V_NOBIAS)], "no image-specific inductive biases apart from patch extraction")
claim(P, 2, "polarity", SUP,
      "Apart from the initial patch extraction, ViT does not introduce image-specific inductive biases into its architecture.",
      [S(V_NOBIAS)], "stated")
claim(P, 2, "polarity", CON,
      "Hybrids' advantage over ViT grows for larger models.",
      [S(V_HYBRID)], "the difference vanishes for larger models")
claim(P, 2, "polarity", CON,
      "The authors find ViT expensive to pre-train compared with the state of the art.",
      [S(V_CHEAP)], "relatively cheap to pre-train")

claim(P, 2, "entity-swap", PART,
      "ViT is transferred to Oxford-IIIT Pets, CIFAR-10 and Places365.",
      [S(V_TRANSFER)], "Pets and CIFAR-10 are among the transfer tasks; Places365 is not named")
claim(P, 2, "entity-swap", SUP,
      "The VTAB tasks fall into Structured, Natural and Specialized groups.",
      [S(V_GROUPS1), S(V_GROUPS2)], "the three groups in another order")
claim(P, 2, "entity-swap", PART,
      "ViT-H/14's gains are largest on the harder datasets ImageNet, CIFAR-100 and Oxford Flowers-102.",
      [S(V_H14)], "ImageNet and CIFAR-100 are named; the third is the VTAB suite, not Flowers-102")
claim(P, 2, "entity-swap", CON,
      "BiT-L is the state of the art on ImageNet and Noisy Student on the other datasets.",
      [S(V_NOISY)], "the roles are the other way round")
claim(P, 2, "entity-swap", SUP,
      "To help on small datasets, the ViT authors tune label smoothing, dropout and weight decay.",
      [S(V_REG)], "the same three regularizers in another order")

claim(P, 2, "table-cell", SUP,
      "ViT-L/16 pre-trained on JFT reaches 99.42 on CIFAR-10.",
      [sota("CIFAR-10", L16, "99.42 ± 0.03")], "Table 2")
claim(P, 2, "table-cell", CON,
      "The JFT-pretrained ViT-H/14 reaches 94.55% on CIFAR-10.",
      [sota("CIFAR-10", H14, "99.50 ± 0.06"), sota("CIFAR-100", H14, "94.55 ± 0.04")],
      "99.50 on CIFAR-10; 94.55 is the CIFAR-100 row")
claim(P, 2, "table-cell", SUP,
      "BiT-L's pre-training took 9.9k TPUv3-core-days.",
      [sota("TPUv3-core-days", BIT, "9.9k")], "Table 2")
claim(P, 2, "table-cell", CON,
      "The ImageNet-21k ViT-L/16 scores 88.62 on ImageNet.",
      [sota("ImageNet", I21K, "85.30 ± 0.02"), sota("ImageNet ReaL", I21K, "88.62 ± 0.05")],
      "85.30; 88.62 is the ImageNet ReaL row")
claim(P, 2, "table-cell", CON,
      "ViT-Large has 16 layers and 307M parameters.",
      [variant("ViT-Large", "Layers", "24"), variant("ViT-Large", "Params", "307M")],
      "24 layers; 16 is its number of heads")
claim(P, 2, "table-cell", SUP,
      "ViT-Huge has 32 layers, hidden size 1280 and 632M parameters.",
      [variant("ViT-Huge", "Layers", "32"), variant("ViT-Huge", "Hidden size", "1280"),
       variant("ViT-Huge", "Params", "632M")], "Table 1")
claim(P, 2, "table-cell", PART,
      "ViT-Base has 86M parameters and was pre-trained for 300 epochs.",
      [variant("ViT-Base", "Params", "86M")], "86M is in Table 1; the number of epochs is nowhere")
claim(P, 2, "table-cell", CON,
      "On the 19-task VTAB suite, BiT-L scores 76.28.",
      [sota("VTAB (19 tasks)", BIT, "76.29 ± 1.70"), sota("VTAB (19 tasks)", L16, "76.28 ± 0.46")],
      "76.29; 76.28 is ViT-L/16 (JFT)")

claim(P, 2, "table-computed", SUP,
      "Pre-training ViT-H/14 took roughly a quarter of BiT-L's TPUv3-core-days.",
      [sota("TPUv3-core-days", H14, "2.5k"), sota("TPUv3-core-days", BIT, "9.9k")], "2.5 / 9.9 = 0.25")
claim(P, 2, "table-computed", CON,
      "The JFT-pretrained ViT-L/16 needed more than twice the TPUv3-core-days of ViT-H/14.",
      [sota("TPUv3-core-days", H14, "2.5k"), sota("TPUv3-core-days", L16, "0.68k")],
      "0.68k is about a quarter of 2.5k, not twice it")
claim(P, 2, "table-computed", SUP,
      "In the state-of-the-art comparison, ViT-H/14 is the best model on every dataset except Oxford Flowers-102.",
      [sota("ImageNet", H14, "88.55 ± 0.04"), sota("ImageNet", NS, "88.4/88.5"),
       sota("Oxford Flowers-102", H14, "99.68 ± 0.02"), sota("Oxford Flowers-102", L16, "99.74 ± 0.00"),
       sota("VTAB (19 tasks)", H14, "77.63 ± 0.23")],
      "row maxima: ViT-H/14 on ImageNet, ReaL, CIFAR-10/100, Pets and VTAB; ViT-L/16 (99.74) on Flowers")
claim(P, 2, "table-computed", CON,
      "Averaged over CIFAR-10, CIFAR-100 and Oxford-IIIT Pets, the ImageNet-21k ViT-L/16 scores about 96.9.",
      [sota("CIFAR-10", I21K, "99.15 ± 0.03"), sota("CIFAR-100", I21K, "93.25 ± 0.05"),
       sota("Oxford-IIIT Pets", I21K, "94.67 ± 0.15")], "(99.15 + 93.25 + 94.67) / 3 = 95.69")
claim(P, 2, "table-computed", SUP,
      "Averaged over CIFAR-10 and CIFAR-100, ViT-H/14 (JFT) reaches 97.0.",
      [sota("CIFAR-10", H14, "99.50 ± 0.06"), sota("CIFAR-100", H14, "94.55 ± 0.04")], "(99.50 + 94.55) / 2 = 97.03")
claim(P, 2, "table-computed", SUP,
      "ViT-Huge's MLP size is four times its hidden size.",
      [variant("ViT-Huge", "MLP size", "5120"), variant("ViT-Huge", "Hidden size", "1280")], "5120 / 1280 = 4")
claim(P, 2, "table-computed", CON,
      "Going from ViT-Base to ViT-Large more than quadruples the parameter count.",
      [variant("ViT-Base", "Params", "86M"), variant("ViT-Large", "Params", "307M")], "307 / 86 = 3.6")
claim(P, 2, "table-computed", SUP,
      "Of the five models compared, Noisy Student took the most TPUv3-core-days to pre-train (12.3k).",
      [sota("TPUv3-core-days", NS, "12.3k"), sota("TPUv3-core-days", BIT, "9.9k")], "row maximum 12.3k")
claim(P, 2, "table-computed", CON,
      "The weakest VTAB score in the comparison is BiT-L's.",
      [sota("VTAB (19 tasks)", BIT, "76.29 ± 1.70"), sota("VTAB (19 tasks)", I21K, "72.72 ± 0.21")],
      "the row minimum is the ImageNet-21k ViT-L/16 (72.72)")

claim(P, 2, "two-sentences", SUP,
      "Trained on mid-sized ImageNet without strong regularization, ViT lands a few points below comparable ResNets, which may be expected because Transformers lack some inductive biases of CNNs.",
      [S(V_MODEST), S(V_BIAS)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON,
      "With ImageNet-21k pre-training ViT-Large clearly beats ViT-Base, and only JFT-300M shows the full benefit of larger models.",
      [S(V_SIMILAR), S(V_JFT)], "with ImageNet-21k their performances are similar")
claim(P, 2, "two-sentences", SUP,
      "ViT-H/14 outperforms BiT-R152x4 on the Natural and Structured VTAB tasks, while on Specialized the top two models perform similarly.",
      [S(V_NATURAL), S(V_SPECIAL)], "two adjacent sentences")
claim(P, 2, "two-sentences", PART,
      "ViT approaches or beats the state of the art after pre-training on ImageNet-21k or JFT-300M, and the best model reaches 88.55% on ImageNet and 91.7% on ObjectNet.",
      [S(V_BEST)], "88.55% on ImageNet is stated; no ObjectNet figure")

claim(P, 2, "absent", NF,
      "ViT-B/16 pre-trained on ImageNet-21k reaches 84.2% on ImageNet.",
      [], "no such figure in the text or tables")
claim(P, 2, "absent", NF,
      "ViT uses fixed 2D sinusoidal position embeddings.",
      [], "position embeddings are not described in this text")
claim(P, 2, "absent", NF,
      "In ViT, the attention distance grows with network depth.",
      [], "true of the paper's section 4.5, which this text leaves out")
claim(P, 2, "absent", SUP,
      "The ViT paper ends by saying further scaling of ViT would likely improve performance.",
      [S(V_SCALE)], "the conclusion's last sentence")
claim(P, 2, "absent", NF,
      "ViT-H/14 was trained on 2,048 TPUv3 chips for a month.",
      [], "no chip count in the text")
claim(P, 2, "absent", SUP,
      "The ViT paper describes its strategy as simple yet scalable, working surprisingly well with pre-training on large datasets.",
      [S("This simple, yet scalable, strategy works surprisingly well when coupled with pre-training on large datasets.")],
      "the conclusion")

# ---------------------------------------------------------------------------------------
# 2006.11477 -- wav2vec 2.0: v1 is the June 2020 abstract alone (5.7/10.1, 1.9/3.5 WER); v3
# has the later abstract (4.8/8.2, 1.8/3.3), the introduction, set-up, results and Tables 1-4
# (WER by labeled-data group, WER with 960h, TIMIT PER, quantization ablation).
P = "2006.11477"
W_FIRST = "We show for the first time that learning powerful representations from speech audio alone followed by fine-tuning on transcribed speech can outperform the best semi-supervised methods while being conceptually simpler."
W_MASK = "wav2vec 2.0 masks the speech input in the latent space and solves a contrastive task defined over a quantization of the latent representations which are jointly learned."
W1_SOTA = "We set a new state of the art on both the 100 hour subset of Librispeech as well as on TIMIT phoneme recognition."
W1_TEN = "Using just ten minutes of labeled data and pre-training on 53k hours of unlabeled data still achieves 5.7/10.1 WER on the noisy/clean test sets of Librispeech."
W1_ALL = "Fine-tuning on all of Librispeech achieves 1.9/3.5 WER using a simple baseline model architecture."
W1_RELEASE = "We will release code and models."
W3_ALL = "Experiments using all labeled data of Librispeech achieve 1.8/3.3 WER on the clean/other test sets."
W3_TEN = "Using just ten minutes of labeled data and pre-training on 53k hours of unlabeled data still achieves 4.8/8.2 WER."
W3_FOOT = "Code and models are available at https://github.com/pytorch/fairseq"
W_BENEFIT = "Neural networks benefit from large quantities of labeled training data."
W_HARDER = "However, in many settings labeled data is much harder to come by than unlabeled data"
W_INFANTS = "Learning purely from labeled examples does not resemble language acquisition in humans"
W_NLP = "This has been particularly successful for natural language processing and is an active research area for computer vision."
W_CNN = "Our approach encodes speech audio via a multi-layer convolutional neural network and then masks spans of the resulting latent speech representations, similar to masked language modeling."
W_GUMBEL = "As part of training, we learn discrete speech units via a gumbel softmax to represent the latent representations in the contrastive task which we find to be more effective than non-quantized targets."
W_CTC = "After pre-training on unlabeled speech, the model is fine-tuned on labeled data with a Connectionist Temporal Classification (CTC) loss to be used for downstream speech recognition tasks."
W_10MIN = "when using only 10 minutes of labeled data, our approach achieves word error rate (WER) 4.8/8.2 on the clean/other test sets of Librispeech."
W_TIMIT_SOTA = "We set a new state of the art on TIMIT phoneme recognition as well as the 100 hour clean subset of Librispeech."
W_960 = "When we use all 960 hours of labeled data from Librispeech, then our model achieves 1.8/3.3 WER."
W_UNLAB = "As unlabeled data we consider the Librispeech corpus without transcriptions containing 960 hours of audio (LS-960) or the audio data from LibriVox (LV-60k)."
W_LV = "For the latter we follow the preprocessing of prior work resulting in 53.2k hours of audio."
W_SPLITS = "these are train-10h (10 hours labeled), train-1h (1 hour labeled), train-10min (10 min labeled)."
W_TIMIT5 = "It contains five hours of audio recordings with detailed phoneme labels."
W_39 = "We use the standard train, dev and test split and follow the standard protocol of collapsing phone labels to 39 classes."
W_BASE = "BASE contains 12 transformer blocks, model dimension 768, inner dimension (FFN) 3,072 and 8 attention heads."
W_64GPU = "we train on a total of 64 V100 GPUs for 1.6 days; the total batch size is 1.6h."
W_LARGE = "The LARGE model contains 24 transformer blocks with model dimension 1,024, inner dimension 4,096 and 16 attention heads."
W_128GPU = "train on 128 V100 GPUs over 2.3 days for Librispeech and 5.2 days for LibriVox; the total batch size is 2.7h."
W_48REC = "Ten minutes of labeled data corresponds to just 48 recordings with an average length of 12.5 seconds."
W_ULTRA = "This demonstrates that ultra-low resource speech recognition is possible with self-supervised learning on unlabeled data."
W_45 = "On the 100 hour subset of Librispeech, their method achieves WER 4.2/8.6 on test-clean/other which compares to WER 2.3/5.0 with the LARGE model in a like for like setup, a relative WER reduction of 45%/42%."
W_10H = "When the LARGE model uses an order of magnitude less labeled data (10h labeled), then it still achieves WER 3.2/6.1, an error reduction of 24%/29% relative to iterative self-training."
W_1H = "Using only a single hour of labeled data, the same model achieves WER 3.9/7.6 which improves on both test-clean and test-other by 7%/12%, with two orders of magnitude less labeled data."
W_CTCWEAK = "We use a simple Transformer with CTC which does not perform as well as seq2seq models."
W_VOCAB = "Note that the vocabulary of our acoustic model (characters) does not match the vocabulary of the LM (words) which delays feedback from the LM and is likely to be detrimental."
W_NOBAL = "Moreover, our result is achieved without any data balancing."
W_PER = "Table 3 shows that our approach can achieve a new state of the art on this dataset, reducing PER by a relative 23%/29% over the next best result on the dev/test sets."
W_BESTABL = "Table 4 shows that our strategy of continuous inputs with quantized targets (Baseline) performs best."
W_LEAST = "Quantizing the latents both in the input and the targets performs least well, and explains the lower performance of prior work."
W_62 = "The training accuracy of identifying the correct latent audio representation increases from 62% to 78.0% when switching from quantized to continuous targets."
W_SEQ2SEQ = "We expect performance gains by switching to a seq2seq architecture and a word piece vocabulary."
W_SIZES = "We consider two model sizes: BASE (95m parameters) and LARGE (317m parameters)."


def low(row: str, column: str, value: str) -> dict:
    """A cell of the low-resource WER table (Table 1): columns 'dev / clean', 'test / other', ..."""
    return C("Table 1", row, column, value, 3)


def full(row: str, column: str, value: str) -> dict:
    """A cell of the 960-hour WER table (Table 2)."""
    return C("Table 2", row, column, value, 3)


def timit(row: str, column: str, value: str) -> dict:
    return C("Table 3", row, column, value, 3)


def abl(row: str, column: str, value: str) -> dict:
    return C("Table 4", row, column, value, 3)


V3 = {1: NF}  # a claim on v3's body or tables: v1 (the abstract alone) states nothing of it

claim(P, 1, "verbatim", SUP, W_FIRST, [S(W_FIRST)], "the first sentence of both abstracts")
claim(P, 3, "verbatim", CON,
      "Ten minutes of labeled data corresponds to just 84 recordings with an average length of 12.5 seconds.",
      [S(W_48REC, 3)], "48 recordings, not 84", per=V3)
claim(P, 3, "verbatim", SUP,
      "Neural networks benefit from large quantities of labeled training data. However, in many settings labeled data is much harder to come by than unl",
      [S(W_BENEFIT, 3), S(W_HARDER, 3)], "the introduction's first two sentences, cut off mid-word", per=V3, truncated=True)
claim(P, 1, "verbatim", CON,
      "Fine-tuning on all of Librispeech achieves 1.6/3.5 WER using a simple baseline model architecture.",
      [S(W1_ALL), S(W3_ALL, 3)], "v1 says 1.9/3.5; v3 says 1.8/3.3, so neither has 1.6/3.5", per={3: CON})

claim(P, 3, "paraphrase", SUP,
      "wav2vec 2.0 masks speech in the latent space and solves a contrastive task over jointly learned quantized latent representations.",
      [S(W_MASK)], "the abstract's second sentence, in both versions")
claim(P, 1, "paraphrase", CON,
      "The wav2vec 2.0 approach is conceptually more complex than the best semi-supervised methods it outperforms.",
      [S(W_FIRST)], "conceptually simpler, in both versions")
claim(P, 3, "paraphrase", PART,
      "wav2vec 2.0 is fine-tuned with a CTC loss and decoded with a 4-gram language model trained on Common Crawl.",
      [S(W_CTC, 3), low("BASE", "LM", "4-gram")], "CTC and a 4-gram LM are stated; Common Crawl is not", per=V3)
claim(P, 3, "paraphrase", PART,
      "wav2vec 2.0 encodes raw audio with a multi-layer convolutional network and is pre-trained on speech in 1,000 languages.",
      [S(W_CNN, 3)], "the convolutional encoder is stated; no 1,000-language pre-training", per=V3)
claim(P, 3, "paraphrase", SUP,
      "Discrete speech units are learned through a Gumbel softmax, which the authors find works better than non-quantized targets.",
      [S(W_GUMBEL, 3)], "stated", per=V3)

claim(P, 3, "number-format", SUP,
      "After preprocessing, LV-60k amounts to about 53.2 thousand hours of audio.",
      [S(W_LV, 3)], "53.2k hours", per=V3)
claim(P, 3, "number-format", CON,
      "The LARGE configuration has 24 transformer blocks, model dimension 1,024 and 12 attention heads.",
      [S(W_LARGE, 3)], "16 attention heads, not 12", per=V3)
claim(P, 3, "number-format", SUP,
      "BASE was pre-trained on sixty-four V100 GPUs for 1.6 days.",
      [S(W_64GPU, 3)], "64 V100 GPUs, 1.6 days", per=V3)
claim(P, 3, "number-format", CON,
      "Pre-training LARGE on LibriVox took 2.3 days on 128 V100 GPUs.",
      [S(W_128GPU, 3)], "5.2 days for LibriVox; 2.3 days is for Librispeech", per=V3)
claim(P, 3, "number-format", SUP,
      "TIMIT phone labels are collapsed to thirty-nine classes.",
      [S(W_39, 3)], "39 classes", per=V3)
claim(P, 3, "number-format", CON,
      "TIMIT contains fifteen hours of audio recordings with detailed phoneme labels.",
      [S(W_TIMIT5, 3)], "five hours", per=V3)
claim(P, 3, "number-format", SUP,
      "Against iterative self-training on the 100-hour subset, the LARGE model cuts WER by a relative 45% and 42%.",
      [S(W_45, 3)], "45%/42%", per=V3)
claim(P, 3, "number-format", PART,
      "Ten minutes of labels correspond to 48 recordings averaging 12.5 seconds, transcribed by professional annotators.",
      [S(W_48REC, 3)], "48 recordings of 12.5 s are stated; who transcribed them is not", per=V3)

claim(P, 3, "sign-direction", SUP,
      "With 100 hours of labels, the LV-60k LARGE model lowers test-other WER from Noisy student's 8.6 to 4.0.",
      [low("Noisy student", "test / other", "8.6"), low("LARGE", "test / other", "4.0")], "8.6 -> 4.0, lower", per=V3)
claim(P, 3, "sign-direction", CON,
      "In the 10-minute setting, going from BASE to LARGE (both LS-960 with a Transformer LM) raises test-other WER.",
      [low("BASE", "test / other", "12.9"), low("LARGE", "test / other", "10.8")], "12.9 -> 10.8: it lowers WER", per=V3)
claim(P, 3, "sign-direction", SUP,
      "Switching from quantized to continuous targets raises training accuracy from 62% to 78.0%.",
      [S(W_62, 3)], "stated", per=V3)
claim(P, 3, "sign-direction", CON,
      "Continuous targets lower the accuracy of identifying the correct latent from 78.0% to 62%.",
      [S(W_62, 3)], "it increases from 62% to 78.0%", per=V3)
claim(P, 3, "sign-direction", CON,
      "With all 960 hours, LARGE trained from scratch is 0.2 WER better than ContextNet on test-clean.",
      [full("LARGE - from scratch", "test / clean", "2.1"), full("ContextNet", "test / clean", "1.9")],
      "2.1 vs 1.9: from scratch is 0.2 worse", per=V3)
claim(P, 3, "sign-direction", SUP,
      "With 960 labeled hours, LARGE pre-trained on LV-60k improves on Noisy student's test-other WER by 0.1.",
      [full("LARGE", "test / other", "3.3"), full("Noisy student", "test / other", "3.4")], "3.4 - 3.3 = 0.1", per=V3)

claim(P, 3, "polarity", SUP,
      "Learning purely from labeled examples does not resemble how humans acquire language.",
      [S(W_INFANTS, 3)], "stated", per=V3)
claim(P, 3, "polarity", CON,
      "The wav2vec 2.0 authors find non-quantized targets more effective than the discrete units learned by Gumbel softmax.",
      [S(W_GUMBEL, 3)], "the quantized units are the more effective", per=V3)
claim(P, 3, "polarity", CON,
      "The character vocabulary of the acoustic model matches the word vocabulary of the LM.",
      [S(W_VOCAB, 3)], "it does not match", per=V3)
claim(P, 3, "polarity", SUP,
      "The 960-hour wav2vec 2.0 result is achieved without any data balancing.",
      [S(W_NOBAL, 3)], "stated", per=V3)
claim(P, 3, "polarity", CON,
      "In the ablation, quantizing both the inputs and the targets performs best.",
      [S(W_LEAST, 3), S(W_BESTABL, 3)], "it performs least well; continuous inputs with quantized targets is best", per=V3)
claim(P, 3, "polarity", CON,
      "wav2vec 2.0's CTC Transformer performs better than seq2seq models.",
      [S(W_CTCWEAK, 3)], "it does not perform as well as seq2seq models", per=V3)
claim(P, 3, "polarity", SUP,
      "The authors concede their simple CTC Transformer does not perform as well as seq2seq models.",
      [S(W_CTCWEAK, 3)], "stated", per=V3)

claim(P, 3, "entity-swap", PART,
      "As unlabeled data, wav2vec 2.0 uses either Librispeech (LS-960) or Common Voice audio.",
      [S(W_UNLAB, 3)], "Librispeech is right; the other source is LibriVox (LV-60k)", per=V3)
claim(P, 3, "entity-swap", SUP,
      "The Libri-light low-resource splits used are train-1h, train-10min and train-10h.",
      [S(W_SPLITS, 3)], "the same three splits in another order", per=V3)
claim(P, 3, "entity-swap", SUP,
      "Self-supervised learning is an active research area for computer vision and has been particularly successful for NLP.",
      [S(W_NLP, 3)], "the two fields in another order", per=V3)
claim(P, 3, "entity-swap", PART,
      "Self-supervised learning has been particularly successful for natural language processing and speech synthesis.",
      [S(W_NLP, 3)], "NLP is named; the other field is computer vision (as an active research area)", per=V3)

claim(P, 3, "table-cell", SUP,
      "With one hour of labels, LARGE pre-trained on LV-60k scores 2.9 WER on test-clean.",
      [low("LARGE", "test / clean", "2.9")], "Table 1, 1h group", per=V3)
claim(P, 3, "table-cell", CON,
      "With 10 hours of labels, BASE with a Transformer LM scores 7.4 WER on test-other.",
      [low("BASE", "test / other", "7.8"), low("BASE", "dev / other", "7.4")], "7.8 on test-other; 7.4 is dev-other", per=V3)
claim(P, 3, "table-cell", SUP,
      "vq-wav2vec's TIMIT test PER is 11.6.",
      [timit("vq-wav2vec", "test PER", "11.6")], "Table 3", per=V3)
claim(P, 3, "table-cell", CON,
      "wav2vec 2.0 LARGE reaches a TIMIT dev PER of 8.3.",
      [timit("This work, LARGE (LS-960), no LM", "dev PER", "7.4"), timit("This work, LARGE (LS-960), no LM", "test PER", "8.3")],
      "7.4 on dev; 8.3 is test", per=V3)
claim(P, 3, "table-cell", SUP,
      "The ablation baseline (continuous inputs, quantized targets) averages 7.97 WER with a standard deviation of 0.02.",
      [abl("Continuous inputs, quantized targets (Baseline)", "avg. WER", "7.97"),
       abl("Continuous inputs, quantized targets (Baseline)", "std.", "0.02")], "Table 4", per=V3)
claim(P, 3, "table-cell", CON,
      "Conformer reaches 1.9/4.1 WER on test-clean/other with 960 labeled hours.",
      [full("Conformer", "test / clean", "1.9"), full("Conformer", "test / other", "3.9")],
      "Conformer's test-other is 3.9; 1.9/4.1 is ContextNet", per=V3)
claim(P, 3, "table-cell", PART,
      "Discrete BERT scores 16.3 WER on test-clean with 10 minutes of labels and has 110M parameters.",
      [low("Discrete BERT", "test / clean", "16.3")], "16.3 is in Table 1; no parameter count for Discrete BERT", per=V3)

claim(P, 3, "table-computed", SUP,
      "In the ablation, quantizing the inputs as well as the targets raises average WER by 4.21 over the baseline.",
      [abl("Quantized inputs, quantized targets", "avg. WER", "12.18"),
       abl("Continuous inputs, quantized targets (Baseline)", "avg. WER", "7.97")], "12.18 - 7.97 = 4.21", per=V3)
claim(P, 3, "table-computed", CON,
      "The four quantization variants of the ablation average 10.2 WER.",
      [abl("Continuous inputs, quantized targets (Baseline)", "avg. WER", "7.97"),
       abl("Quantized inputs, quantized targets", "avg. WER", "12.18"),
       abl("Quantized inputs, continuous targets", "avg. WER", "11.18"),
       abl("Continuous inputs, continuous targets", "avg. WER", "8.58")], "(7.97 + 12.18 + 11.18 + 8.58) / 4 = 9.98", per=V3)
claim(P, 3, "table-computed", SUP,
      "Among the supervised and semi-supervised baselines listed for 960 hours, Noisy student has the lowest test-other WER.",
      [full("Noisy student", "test / other", "3.4"), full("ContextNet", "test / other", "4.1"),
       full("Conformer", "test / other", "3.9")], "3.4 < 3.9 < 4.1", per=V3)
claim(P, 3, "table-computed", CON,
      "The highest TIMIT test PER among the listed systems is PASE+'s.",
      [timit("PASE+", "test PER", "17.2"), timit("CNN + TD-filterbanks", "test PER", "18.0")],
      "CNN + TD-filterbanks has the highest, 18.0", per=V3)
claim(P, 3, "table-computed", SUP,
      "For LARGE on LV-60k, the 10-minute test-other WER (8.2) is about twice the 100-hour one.",
      [low("LARGE", "test / other", "8.2"), low("LARGE", "test / other", "4.0")], "8.2 / 4.0 = 2.05", per=V3)
claim(P, 3, "table-computed", CON,
      "Going from 10 minutes to one hour of labels cuts the LV-60k LARGE model's test-clean WER by 2.5 points.",
      [low("LARGE", "test / clean", "4.8"), low("LARGE", "test / clean", "2.9")], "4.8 - 2.9 = 1.9", per=V3)
claim(P, 3, "table-computed", SUP,
      "With 10 minutes of labels, BASE with a 4-gram LM cuts test-clean WER by 7.2 points relative to Discrete BERT.",
      [low("Discrete BERT", "test / clean", "16.3"), low("BASE", "test / clean", "9.1")], "16.3 - 9.1 = 7.2", per=V3)

claim(P, 3, "two-sentences", SUP,
      "Ten minutes of labels is just 48 recordings averaging 12.5 seconds, which shows that ultra-low resource speech recognition is possible with self-supervised learning.",
      [S(W_48REC, 3), S(W_ULTRA, 3)], "two adjacent sentences", per=V3)
claim(P, 3, "two-sentences", CON,
      "BASE has 12 transformer blocks and is pre-trained on 128 V100 GPUs for 1.6 days.",
      [S(W_BASE, 3), S(W_64GPU, 3)], "64 GPUs for BASE; 128 is LARGE's", per=V3)
claim(P, 3, "two-sentences", PART,
      "BASE has 12 blocks, model dimension 768 and 8 heads, and is pre-trained with a peak learning rate of 5e-4.",
      [S(W_BASE, 3)], "the architecture is stated; no learning rate in this text", per=V3)
claim(P, 3, "two-sentences", SUP,
      "With 10 labeled hours LARGE gets 3.2/6.1 WER, 24%/29% better than iterative self-training, and with a single hour 3.9/7.6.",
      [S(W_10H, 3), S(W_1H, 3)], "two adjacent sentences", per=V3)

claim(P, 3, "version-drift", SUP,
      "Using all of Librispeech's labeled data, wav2vec 2.0 reaches 1.8/3.3 WER.",
      [S(W3_ALL), S(W_960), S(W1_ALL, 1)], "v3 says 1.8/3.3; v1 says 1.9/3.5", per={1: CON})
claim(P, 1, "version-drift", SUP,
      "Fine-tuning wav2vec 2.0 on all of Librispeech gives 1.9/3.5 WER.",
      [S(W1_ALL), S(W3_ALL, 3), S(W_960, 3)], "v1 says 1.9/3.5; v3 says 1.8/3.3", per={3: CON})
claim(P, 1, "version-drift", SUP,
      "With only ten minutes of labeled data and 53k hours of unlabeled pre-training, wav2vec 2.0 achieves 5.7/10.1 WER.",
      [S(W1_TEN), S(W3_TEN, 3)], "v1's figure; v3 has 4.8/8.2", per={3: CON})
claim(P, 3, "version-drift", SUP,
      "Ten minutes of labels plus 53k hours of unlabeled audio give wav2vec 2.0 a WER of 4.8/8.2.",
      [S(W3_TEN), S(W_10MIN), S(W1_TEN, 1)], "v3's figure; v1 has 5.7/10.1", per={1: CON})
claim(P, 3, "version-drift", CON,
      "wav2vec 2.0 reaches 5.7/10.1 WER on Librispeech with just ten minutes of labeled data.",
      [S(W3_TEN), S(W_10MIN), S(W1_TEN, 1)], "v3 says 4.8/8.2; v1 says 5.7/10.1", per={1: SUP})
claim(P, 3, "version-drift", SUP,
      "wav2vec 2.0's code and models are available in the fairseq repository.",
      [S(W3_FOOT), S(W1_RELEASE, 1)], "v3's footnote; v1 only promises to release code and models, with no repository", per={1: PART})
claim(P, 3, "version-drift", SUP,
      "On TIMIT, wav2vec 2.0 reduces PER by a relative 23%/29% over the next best result.",
      [S(W_PER)], "v3's results; v1 (abstract) gives no TIMIT figure", per=V3)
claim(P, 1, "version-drift", NF,
      "wav2vec 2.0's LARGE model has 317m parameters.",
      [S(W_SIZES, 3)], "not in v1 (abstract only); v3's Table 1 caption states it", per={3: SUP})
claim(P, 1, "version-drift", SUP,
      "wav2vec 2.0 sets a new state of the art on the 100-hour Librispeech subset and on TIMIT phoneme recognition.",
      [S(W1_SOTA), S(W_TIMIT_SOTA, 3)], "v1's abstract; v3's introduction says the same", per={3: SUP})

claim(P, 1, "absent", NF,
      "wav2vec 2.0 is evaluated on the Switchboard conversational speech benchmark.",
      [], "no Switchboard in either version", per={3: NF})
claim(P, 3, "absent", NF,
      "wav2vec 2.0's quantizer has G=2 codebooks of V=320 entries, 102.4k codewords in theory.",
      [], "true of the paper, but not in this text", per={1: NF})
claim(P, 3, "absent", NF,
      "The LARGE model is pre-trained for 600k updates on LV-60k.",
      [], "no update counts in this text", per={1: NF})
claim(P, 3, "absent", SUP,
      "The wav2vec 2.0 authors expect gains from a seq2seq architecture with a word-piece vocabulary.",
      [S(W_SEQ2SEQ, 3)], "the conclusion's last sentence", per=V3)

# ---------------------------------------------------------------------------------------
# 2009.03300 -- MMLU: v1 is the September 2020 abstract alone ("human-level accuracy"); v3
# has the ICLR abstract ("expert-level accuracy"), the introduction, the README leaderboard
# (Table 1, subject areas) and Papers with Code's results list (Table 2, model / setting).
P = "2009.03300"
M_PROPOSE = "We propose a new test to measure a text model's multitask accuracy."
M_57 = "The test covers 57 tasks including elementary mathematics, US history, computer science, law, and more."
M_ATTAIN = "To attain high accuracy on this test, models must possess extensive world knowledge and problem solving ability."
M_20 = "We find that while most recent models have near random-chance accuracy, the very largest GPT-3 model improves over random chance by almost 20 percentage points on average."
M_EXPERT = "However, on every one of the 57 tasks, the best models still need substantial improvements before they can reach expert-level accuracy."
M_HUMAN = "However, on every one of the 57 tasks, the best models still need substantial improvements before they can reach human-level accuracy."
M_LOPSIDED = "Models also have lopsided performance and frequently do not know when they are wrong."
M_MORAL = "Worse, they still have near-random accuracy on some socially important subjects such as morality and law."
M_SHORT = "our test can be used to analyze models across many tasks and to identify important shortcomings."
M_OVERALL = "Overall, the near human-level performance on these benchmarks suggests that they are not capturing important facets of language understanding."
M_GLUE = "The General Language Understanding Evaluation benchmark (GLUE) was introduced in 2018 to evaluate performance on a wide range of NLP tasks, and top models achieved superhuman performance within a year."
M_SGLUE = "To address the shortcomings of GLUE, researchers designed the SuperGLUE benchmark with more difficult tasks."
M_YEAR = "About a year since the release of SuperGLUE, performance is again essentially human-level."
M_CORPORA = "Transformer models have driven this recent progress by pretraining on massive text corpora, including all of Wikipedia, thousands of books, and numerous websites."
M_NOTASSESSED = "These models consequently see extensive information about specialized topics, most of which is not assessed by existing NLP benchmarks."
M_ZEROFEW = "We design the benchmark to measure knowledge acquired during pretraining by evaluating models exclusively in zero-shot and few-shot settings."
M_57SUBJ = "The benchmark covers 57 subjects across STEM, the humanities, the social sciences, and more."
M_BLIND = "The granularity and breadth of the subjects makes the benchmark ideal for identifying a model's blind spots."
M_13B = "In particular, few-shot models up to 13 billion parameters achieve random chance performance of 25% accuracy, but the 175 billion parameter GPT-3 model reaches a much higher 43.9% accuracy."
M_NOEXCEL = "On the other hand, unlike human professionals, GPT-3 does not excel at any single subject."
M_70 = "Instead, we find that performance is lopsided, with GPT-3 having almost 70% accuracy for its best subject but near-random performance for several other subjects."
M_CALC = "The tasks with near-random accuracy include calculation-heavy subjects such as physics and mathematics and subjects related to human values such as law and morality."
M_24 = "Worryingly, we also find that GPT-3 does not have an accurate sense of what it does or does not know since its average confidence can be up to 24% off from its actual accuracy."


def board(row: str, column: str, value: str) -> dict:
    """A cell of the README leaderboard (Table 1): Humanities, Social Science, STEM, Other, Average."""
    return C("Table 1", row, column, value, 3)


def pwc(row: str, column: str, value: str) -> dict:
    """A cell of the Papers with Code list (Table 2): 'Setting' and 'Average (%)'."""
    return C("Table 2", row, column, value, 3)


claim(P, 1, "verbatim", SUP, M_PROPOSE, [S(M_PROPOSE)], "the first sentence of both abstracts")
claim(P, 3, "verbatim", CON,
      "The test covers 75 tasks including elementary mathematics, US history, computer science, law, and more.",
      [S(M_57)], "57 tasks, in both versions")
claim(P, 3, "verbatim", SUP,
      "Transformer models have driven this recent progress by pretraining on massive text corpora, including all of Wikip",
      [S(M_CORPORA, 3)], "cut off mid-word", per=V3, truncated=True)

claim(P, 3, "paraphrase", SUP,
      "MMLU evaluates models only in zero-shot and few-shot settings, so as to measure knowledge acquired in pretraining.",
      [S(M_ZEROFEW, 3)], "stated", per=V3)
claim(P, 3, "paraphrase", CON,
      "Hendrycks et al. argue that near human-level results on existing benchmarks show those benchmarks capture the important facets of language understanding.",
      [S(M_OVERALL, 3)], "they suggest the benchmarks are not capturing them", per=V3)
claim(P, 3, "paraphrase", PART,
      "MMLU spans 57 subjects across STEM, the humanities and the social sciences, all written by domain experts.",
      [S(M_57SUBJ, 3)], "the 57 subjects are stated; who wrote the questions is not", per=V3)
claim(P, 3, "paraphrase", SUP,
      "The benchmark's granularity and breadth make it ideal for finding a model's blind spots.",
      [S(M_BLIND, 3)], "stated", per=V3)
claim(P, 1, "paraphrase", PART,
      "MMLU measures a text model's multitask accuracy and comes with a private held-out evaluation server.",
      [S(M_PROPOSE)], "the test is stated; no evaluation server in either version")

claim(P, 3, "number-format", SUP,
      "GPT-3 175B reaches 43.9% accuracy, whereas few-shot models of up to thirteen billion parameters sit at 25%.",
      [S(M_13B, 3)], "stated", per=V3)
claim(P, 1, "number-format", CON,
      "The largest GPT-3 model improves over random chance by almost 30 percentage points on average.",
      [S(M_20)], "almost 20 points, in both versions")
claim(P, 3, "number-format", SUP,
      "GPT-3's best subject is at almost seventy percent accuracy.",
      [S(M_70, 3)], "almost 70%", per=V3)
claim(P, 3, "number-format", CON,
      "GPT-3's average confidence can be off from its actual accuracy by up to 42%.",
      [S(M_24, 3)], "up to 24%", per=V3)

claim(P, 3, "sign-direction", SUP,
      "Few-shot GPT-3 trails UnifiedQA by 5.0 points on the test's average.",
      [board("UnifiedQA", "Average", "48.9"), board("GPT-3 (few-shot)", "Average", "43.9")], "48.9 - 43.9 = 5.0", per=V3)
claim(P, 3, "sign-direction", CON,
      "In the humanities, few-shot GPT-3 beats UnifiedQA by 4.8 points.",
      [board("UnifiedQA", "Humanities", "45.6"), board("GPT-3 (few-shot)", "Humanities", "40.8")],
      "UnifiedQA is the higher, 45.6 vs 40.8", per=V3)
claim(P, 3, "sign-direction", SUP,
      "Fine-tuning raises GPT-3 175B's average accuracy from 43.9 (5-shot) to 53.9.",
      [pwc("GPT-3 175B", "Average (%)", "43.9"), pwc("GPT-3 175B", "Average (%)", "53.9")], "up by 10.0", per=V3)
claim(P, 3, "sign-direction", CON,
      "Going from zero-shot to 5-shot lowers GPT-3 175B's average accuracy.",
      [pwc("GPT-3 175B", "Average (%)", "37.7"), pwc("GPT-3 175B", "Average (%)", "43.9")], "37.7 -> 43.9, it rises", per=V3)

claim(P, 3, "polarity", SUP,
      "Unlike human professionals, GPT-3 does not excel at any single subject.",
      [S(M_NOEXCEL, 3)], "stated", per=V3)
claim(P, 3, "polarity", CON,
      "GPT-3 excels at several individual subjects, much as human professionals do.",
      [S(M_NOEXCEL, 3)], "it does not excel at any single subject", per=V3)
claim(P, 1, "polarity", CON,
      "Models evaluated on MMLU generally know when they are wrong.",
      [S(M_LOPSIDED)], "they frequently do not know, in both versions")
claim(P, 3, "polarity", SUP,
      "Models often fail to recognize when they are wrong.",
      [S(M_LOPSIDED)], "stated in both versions")
claim(P, 1, "polarity", CON,
      "Current models reach well-above-chance accuracy on morality and law.",
      [S(M_MORAL)], "near-random accuracy on them, in both versions")
claim(P, 3, "polarity", CON,
      "Existing NLP benchmarks already assess most of the specialized knowledge that models see in pretraining.",
      [S(M_NOTASSESSED, 3)], "most of it is not assessed", per=V3)
claim(P, 3, "polarity", CON,
      "About a year after SuperGLUE's release, performance on it was still far from human-level.",
      [S(M_YEAR, 3)], "essentially human-level again", per=V3)

claim(P, 3, "entity-swap", PART,
      "MMLU's near-random subjects include calculation-heavy ones like physics and chemistry and value-related ones like law and morality.",
      [S(M_CALC, 3)], "physics, law and morality are named; the other calculation-heavy subject is mathematics, not chemistry", per=V3)
claim(P, 1, "entity-swap", SUP,
      "The test's tasks include law, computer science, US history and elementary mathematics.",
      [S(M_57)], "the same four in another order, both versions")
claim(P, 3, "entity-swap", PART,
      "Transformer models pretrain on all of Wikipedia, thousands of books and scientific papers.",
      [S(M_CORPORA, 3)], "Wikipedia and books are named; the third source is numerous websites", per=V3)
claim(P, 1, "entity-swap", PART,
      "Models still have near-random accuracy on socially important subjects such as morality and medicine.",
      [S(M_MORAL)], "morality is named; the other is law, not medicine")

claim(P, 3, "table-cell", SUP,
      "GPT-2 scores 30.2 on the STEM subjects.",
      [board("GPT-2", "STEM", "30.2")], "Table 1", per=V3)
claim(P, 3, "table-cell", CON,
      "UnifiedQA scores 54.6 in Social Science.",
      [board("UnifiedQA", "Social Science", "56.6"), board("UnifiedQA", "Other", "54.6")], "56.6; 54.6 is Other", per=V3)
claim(P, 3, "table-cell", SUP,
      "Fine-tuned, GPT-3 6.7B reaches 43.2% on average.",
      [pwc("GPT-3 6.7B", "Average (%)", "43.2")], "Table 2", per=V3)
claim(P, 3, "table-cell", CON,
      "GPT-3 13B averages 25.9% with 5-shot prompting.",
      [pwc("GPT-3 13B", "Average (%)", "26.0"), pwc("GPT-3 2.7B", "Average (%)", "25.9")], "26.0; 25.9 is the 2.7B model", per=V3)
claim(P, 3, "table-cell", PART,
      "Few-shot GPT-3 scores 48.8 on the Other subjects, with its five examples drawn at random from the test set.",
      [board("GPT-3 (few-shot)", "Other", "48.8")], "48.8 is in Table 1; how the examples were chosen is not stated", per=V3)

claim(P, 3, "table-computed", SUP,
      "UnifiedQA's strongest subject area is Social Science.",
      [board("UnifiedQA", "Social Science", "56.6"), board("UnifiedQA", "Other", "54.6")], "row maximum 56.6", per=V3)
claim(P, 3, "table-computed", CON,
      "UnifiedQA is weakest in the humanities.",
      [board("UnifiedQA", "Humanities", "45.6"), board("UnifiedQA", "STEM", "40.2")], "row minimum is STEM, 40.2", per=V3)
claim(P, 3, "table-computed", SUP,
      "Averaged over Humanities and STEM, few-shot GPT-3 scores 38.75.",
      [board("GPT-3 (few-shot)", "Humanities", "40.8"), board("GPT-3 (few-shot)", "STEM", "36.7")], "(40.8 + 36.7) / 2 = 38.75", per=V3)
claim(P, 3, "table-computed", CON,
      "GPT-2's four subject-area scores span more than 5 points.",
      [board("GPT-2", "Social Science", "33.3"), board("GPT-2", "STEM", "30.2")], "33.3 - 30.2 = 3.1", per=V3)
claim(P, 3, "table-computed", SUP,
      "Of the 5-shot GPT-3 models below 175B, the 6.7B one has the lowest average.",
      [pwc("GPT-3 2.7B", "Average (%)", "25.9"), pwc("GPT-3 6.7B", "Average (%)", "24.9"),
       pwc("GPT-3 13B", "Average (%)", "26.0")], "24.9 < 25.9 < 26.0", per=V3)

claim(P, 3, "two-sentences", SUP,
      "GLUE appeared in 2018 and top models surpassed humans on it within a year; SuperGLUE was then designed with harder tasks.",
      [S(M_GLUE, 3), S(M_SGLUE, 3)], "two adjacent sentences", per=V3)
claim(P, 3, "two-sentences", PART,
      "GLUE was introduced in 2018, and SuperGLUE followed with eight more difficult tasks.",
      [S(M_GLUE, 3), S(M_SGLUE, 3)], "GLUE's year and SuperGLUE's harder tasks are stated; the number of tasks is not", per=V3)
claim(P, 1, "two-sentences", SUP,
      "The largest GPT-3 model beats random chance by almost 20 points on average, yet on all 57 tasks the best models still need substantial improvement.",
      [S(M_20), S(M_HUMAN), S(M_EXPERT, 3)], "two adjacent sentences of both abstracts (the level reached differs, the claim names none)")
claim(P, 3, "two-sentences", CON,
      "MMLU models have balanced performance across subjects and frequently know when they are wrong; they are near random on morality and law.",
      [S(M_LOPSIDED), S(M_MORAL)], "lopsided performance, and they frequently do not know when they are wrong")

claim(P, 3, "version-drift", SUP,
      "On every one of the 57 tasks, the best models still need substantial improvements before reaching expert-level accuracy.",
      [S(M_EXPERT), S(M_HUMAN, 1)], "v3's wording; v1 names human-level accuracy as the target", per={1: CON})
claim(P, 1, "version-drift", SUP,
      "Even the best models need substantial gains on all 57 tasks to reach human-level accuracy.",
      [S(M_HUMAN), S(M_EXPERT, 3)], "v1's wording; v3 names expert-level accuracy", per={3: CON})
claim(P, 3, "version-drift", SUP,
      "GPT-3's average confidence can be up to 24% off its actual accuracy.",
      [S(M_24)], "v3's introduction; v1 (abstract) has no calibration figure", per=V3)
claim(P, 1, "version-drift", NF,
      "Few-shot models of up to 13B parameters perform at random chance, 25%.",
      [S(M_13B, 3)], "not in v1 (abstract only); v3's introduction states it", per={3: SUP})
claim(P, 3, "version-drift", SUP,
      "UnifiedQA averages 48.9% on the test.",
      [board("UnifiedQA", "Average", "48.9")], "v3's Table 1; v1 has no table", per=V3)

claim(P, 1, "absent", NF,
      "MMLU contains 15,908 questions in total.",
      [], "no question count in either version", per={3: NF})
claim(P, 3, "absent", NF,
      "GPT-4 reaches 86.4% on MMLU.",
      [], "no GPT-4 in either version", per={1: NF})
claim(P, 3, "absent", NF,
      "The MMLU questions were collected by graduate and undergraduate students from freely available online sources.",
      [], "how the questions were collected is not in this text", per={1: NF})
claim(P, 1, "absent", SUP,
      "The authors say their test can be used to analyze models across many tasks and to identify important shortcomings.",
      [S(M_SHORT)], "the abstract's last sentence, both versions")

# ---------------------------------------------------------------------------------------
# 2101.03961 -- Switch Transformers v3: abstract, introduction with contributions, parts of
# sections 2-4; Table 1 (Switch vs MoE, two-level header, negative cells), Table 2
# (fine-tuning, 11 task columns), Table 3 (distilling a SuperGLUE model).
P = "2101.03961"
SW_REUSE = "In deep learning, models typically reuse the same parameters for all inputs."
SW_DEFY = "Mixture of Experts (MoE) models defy this and instead select different parameters for each incoming example."
SW_SIMPLIFY = "We simplify the MoE routing algorithm and design intuitive improved models with reduced communication and computational costs."
SW_7X = "We design models based off T5-Base and T5-Large to obtain up to 7x increases in pre-training speed with the same computational resources."
SW_101 = "These improvements extend into multilingual settings where we measure gains over the mT5-Base version across all 101 languages."
SW_TRILLION = "Finally, we advance the current scale of language models by pre-training up to trillion parameter models"
SW_SUBSET = "In our case the sparsity comes from activating a subset of the neural network weights for each incoming example."
SW_DENSE = "Sparse training is an active area of research and engineering, but as of today, machine learning libraries and hardware accelerators still cater to dense matrix multiplications."
SW_THREE = "We measure superior scaling on a diverse set of natural language tasks and across three regimes in NLP: pre-training, fine-tuning and multi-task training."
SW_DISTILL30 = "Further, our large sparse models can be distilled into small dense versions while preserving 30% of the sparse model quality gain."
SW_99 = "We reduce the model size by up to 99% while preserving 30% of the quality gains of the large sparse teacher."
SW_SINGLE = "Contrary to these ideas, we instead use a simplified strategy where we route to only a single expert."
SW_PRESERVE = "We show this simplification preserves model quality, reduces routing computation and performs better."
SW_SLOW = "Note that the MoE model going from capacity factor 2.0 to 1.25 actually slows down (840 to 790) in the above experiment setup, which is unexpected."
SW_FOOT = "(2) The Switch Transformer has a smaller computational footprint than the MoE counterpart."
SW_LOWCAP = "(3) Switch Transformers perform better at lower capacity factors (1.0, 1.25)."
SW_INIT = "we recommend reducing the default Transformer initialization scale s=1.0 by a factor of 10."
SW_IMPROVES = "This both improves quality and reduces the likelihood of destabilized training in our experiments."
SW_WORSE = "We observe that simply increasing the dropout across all layers leads to worse performance."
SW_75X = "Our Switch-Base 64 expert model achieves the same performance of the T5-Base model at step 60k at step 450k, which is a 7.5x speedup in terms of step time."
SW_SEVENTH = "our Switch-Base 64 expert model trains in one-seventh the time that it would take the T5-Base to get similar perplexity."
SW_25X = "But despite T5-Large applying 3.5x more FLOPs per token, Switch-Base is still more sample efficient and yields a 2.5x speedup."
SW_BASELINES = "Our baselines are the highly-tuned 223M parameter T5-Base model and the 739M parameter T5-Large model."
SW_SGLUE = "Notable improvements come from SuperGLUE, where we find FLOP-matched Switch variants improve by 4.4 and 2 percentage points over the T5-Base and T5-Large baselines, respectively as well as large improvements in Winogrande, closed book Trivia QA, and XSum."
SW_ARC = "In our fine-tuning study, the only tasks where we do not observe gains are on the AI2 Reasoning Challenge (ARC) data sets where the T5-Base outperforms Switch-Base on the challenge data set and T5-Large outperforms Switch-Large on the easy data set."
SW_DIST74 = "Table 3 shows results of distilling a 7.4B parameter Switch-Base model, fine-tuned on the SuperGLUE task, into the 223M T5-Base."
SW_PRES30 = "Similar to our pre-training results, we find we are able to preserve 30% of the gains of the sparse model when distilling into a FLOP matched dense variant."
SW_5X = "We find a mean speed-up over mT5-Base of 5x and that 91% of languages achieve at least a 4x speedup."
SW_LEARNERS = "This presents evidence that Switch Transformers are effective multi-task and multi-lingual learners."

Q100K = "Quality after 100k steps / (Neg. Log Perp.)"
TTQ = "Time to Quality Threshold / (hours)"
SPEED = "Speed / (examples/sec)"


def moe(row: str, column: str, value: str) -> dict:
    """A cell of the Switch-versus-MoE table (Table 1); row labels repeat over capacity factors."""
    return C("Table 1", row, column, value)


def ft(row: str, column: str, value: str) -> dict:
    """A cell of the fine-tuning table (Table 2)."""
    return C("Table 2", row, column, value)


def dist(row: str, column: str, value: str) -> dict:
    return C("Table 3", row, column, value)


claim(P, 3, "verbatim", SUP, SW_SIMPLIFY, [S(SW_SIMPLIFY)], "the abstract's sentence word for word")
claim(P, 3, "verbatim", CON,
      "We design models based off T5-Base and T5-Large to obtain up to 4x increases in pre-training speed with the same computational resources.",
      [S(SW_7X)], "up to 7x; 4x is the speedup over T5-XXL")
claim(P, 3, "verbatim", SUP,
      "Sparse training is an active area of research and engineering, but as of today, machine learning libraries and hardware acc",
      [S(SW_DENSE)], "cut off mid-word", truncated=True)

claim(P, 3, "paraphrase", SUP,
      "The sparsity of the Switch Transformer comes from activating only a subset of the network's weights for each example.",
      [S(SW_SUBSET)], "stated")
claim(P, 3, "paraphrase", PART,
      "Switch Transformers route each token to a single expert and were implemented in PyTorch on GPU clusters.",
      [S(SW_SINGLE)], "single-expert routing is stated; the implementation framework and hardware are not in this text")
claim(P, 3, "paraphrase", PART,
      "Large sparse Switch models can be distilled into small dense ones that keep 30% of the quality gain and run on mobile phones.",
      [S(SW_DISTILL30)], "distillation keeping 30% is stated; mobile phones are not")
claim(P, 3, "paraphrase", CON,
      "Fedus et al. report that today's ML libraries and accelerators are built for sparse rather than dense matrix multiplications.",
      [S(SW_DENSE)], "they still cater to dense matrix multiplications")

claim(P, 3, "number-format", SUP,
      "The 64-expert Switch-Base reaches at step 60k the quality T5-Base reaches at step 450k, a 7.5-fold step-time speedup.",
      [S(SW_75X)], "7.5x")
claim(P, 3, "number-format", CON,
      "The 64-expert Switch-Base trains in one-fifth of the time T5-Base needs to reach similar perplexity.",
      [S(SW_SEVENTH)], "one-seventh, not one-fifth")
claim(P, 3, "number-format", SUP,
      "Although T5-Large applies three and a half times more FLOPs per token, Switch-Base still yields a 2.5x speedup over it.",
      [S(SW_25X)], "3.5x FLOPs, 2.5x speedup")
claim(P, 3, "number-format", CON,
      "The T5-Large baseline has 770M parameters.",
      [S(SW_BASELINES)], "739M parameters")
claim(P, 3, "number-format", SUP,
      "Ninety-one percent of languages get at least a fourfold speedup over mT5-Base, with a mean speed-up of 5x.",
      [S(SW_5X)], "91%, 4x, mean 5x")
claim(P, 3, "number-format", CON,
      "Distillation shrinks the model by up to 90% while keeping 30% of the teacher's quality gains.",
      [S(SW_99)], "up to 99%, not 90%")
claim(P, 3, "number-format", PART,
      "Switch models improve over mT5-Base on all 101 languages, using a 250k-token vocabulary.",
      [S(SW_101)], "the 101 languages are stated; the vocabulary size is not")

claim(P, 3, "sign-direction", SUP,
      "Lowering the MoE capacity factor from 2.0 to 1.25 slows it from 840 to 790 examples per second.",
      [S(SW_SLOW), moe("MoE-Base", SPEED, "840"), moe("MoE-Base", SPEED, "790")], "stated")
claim(P, 3, "sign-direction", CON,
      "Lowering the MoE capacity factor from 2.0 to 1.25 speeds it up from 790 to 840 examples per second.",
      [S(SW_SLOW)], "it slows down from 840 to 790")
claim(P, 3, "sign-direction", SUP,
      "On SuperGLUE, Switch-Base is 4.4 points above T5-Base after fine-tuning.",
      [ft("Switch-Base", "SuperGLUE", "79.5"), ft("T5-Base", "SuperGLUE", "75.1"), S(SW_SGLUE)], "79.5 - 75.1 = 4.4")
claim(P, 3, "sign-direction", CON,
      "On ARC Easy, Switch-Large beats T5-Large by 2.8 points.",
      [ft("Switch-Large", "ARC Easy", "66.0"), ft("T5-Large", "ARC Easy", "68.8")], "T5-Large is 2.8 higher")
claim(P, 3, "sign-direction", SUP,
      "On the ARC challenge set, Switch-Base trails T5-Base by 2.7 points.",
      [ft("Switch-Base", "ARC Chal.", "32.8"), ft("T5-Base", "ARC Chal.", "35.5")], "35.5 - 32.8 = 2.7")
claim(P, 3, "sign-direction", CON,
      "Switch-Base+ is slower than Switch-Base at capacity factor 1.0 by 120 examples per second.",
      [moe("Switch-Base+", SPEED, "780"), moe("Switch-Base", SPEED, "1000")], "1000 - 780 = 220, not 120")

claim(P, 3, "polarity", SUP,
      "Switch Transformers do better at lower capacity factors such as 1.0 and 1.25.",
      [S(SW_LOWCAP)], "stated")
claim(P, 3, "polarity", CON,
      "Switch Transformers perform worse at lower capacity factors (1.0, 1.25).",
      [S(SW_LOWCAP)], "they perform better there")
claim(P, 3, "polarity", CON,
      "Raising dropout across all layers improves the fine-tuning of Switch models.",
      [S(SW_WORSE)], "it leads to worse performance")
claim(P, 3, "polarity", CON,
      "Routing to a single expert is found to degrade model quality.",
      [S(SW_PRESERVE)], "the simplification preserves model quality")
claim(P, 3, "polarity", CON,
      "The Switch Transformer has a larger computational footprint than its MoE counterpart.",
      [S(SW_FOOT)], "smaller")
claim(P, 3, "polarity", SUP,
      "The only fine-tuning tasks on which Switch shows no gains are the ARC data sets.",
      [S(SW_ARC)], "stated")
claim(P, 3, "polarity", CON,
      "Switch models show fine-tuning gains on every task, the ARC data sets included.",
      [S(SW_ARC)], "no gains on the ARC data sets")

claim(P, 3, "entity-swap", PART,
      "Switch models are built from T5-Base and T5-Large and show gains over mT5-Large across all 101 languages.",
      [S(SW_7X), S(SW_101)], "T5-Base and T5-Large are right; the multilingual baseline is mT5-Base")
claim(P, 3, "entity-swap", SUP,
      "Switch Transformers scale well in fine-tuning, multi-task training and pre-training.",
      [S(SW_THREE)], "the three regimes in another order")
claim(P, 3, "entity-swap", PART,
      "Switch variants show large fine-tuning improvements on Winogrande, closed-book Trivia QA and SQuAD.",
      [S(SW_SGLUE)], "Winogrande and Trivia QA are named; the third is XSum")
claim(P, 3, "entity-swap", CON,
      "T5-Large outperforms Switch-Large on the ARC challenge set.",
      [S(SW_ARC), ft("T5-Large", "ARC Chal.", "35.5"), ft("Switch-Large", "ARC Chal.", "35.5")],
      "on the challenge set it is T5-Base over Switch-Base; the large models tie at 35.5")

claim(P, 3, "table-cell", SUP,
      "Switch-Large scores 36.9 on closed-book Trivia QA.",
      [ft("Switch-Large", "CB Trivia QA", "36.9")], "Table 2")
claim(P, 3, "table-cell", CON,
      "Fine-tuned Switch-Base reaches 86.7 on SQuAD.",
      [ft("Switch-Base", "SQuAD", "87.2"), ft("Switch-Base", "GLUE", "86.7")], "87.2; 86.7 is GLUE")
claim(P, 3, "table-cell", SUP,
      "T5-Base never reached the quality threshold in the Switch-versus-MoE comparison.",
      [moe("T5-Base", TTQ, "Not achieved")], "Table 1")
claim(P, 3, "table-cell", CON,
      "MoE-Base with capacity factor 1.0 reaches the quality threshold in 62.8 hours.",
      [moe("MoE-Base", TTQ, "80.1"), moe("Switch-Base", TTQ, "62.8")], "80.1 hours; 62.8 is Switch-Base's")
claim(P, 3, "table-cell", SUP,
      "The distilled T5-Base scores 76.6 on SuperGLUE.",
      [dist("Distilled T5-Base", "SuperGLUE", "76.6")], "Table 3")
claim(P, 3, "table-cell", PART,
      "Switch-Base at capacity factor 1.25 reaches the threshold in 65.0 hours with a peak learning rate of 0.01.",
      [moe("Switch-Base", TTQ, "65.0")], "65.0 hours is in Table 1; no learning rate in this text")
claim(P, 3, "table-cell", CON,
      "T5-Large reaches -1.550 negative log perplexity after 100k steps at 860 examples per second.",
      [moe("T5-Large", Q100K, "-1.550"), moe("T5-Large", SPEED, "470")], "-1.550 is right; its speed is 470, not 860")

claim(P, 3, "table-computed", SUP,
      "At capacity factor 1.0, Switch-Base is the fastest of the sparse models in Table 1, at 1000 examples per second.",
      [moe("Switch-Base", SPEED, "1000"), moe("MoE-Base", SPEED, "860"), moe("Switch-Base+", SPEED, "780")],
      "the maximum of the MoE and Switch rows")
claim(P, 3, "table-computed", CON,
      "Switch-Base+ has the shortest time to the quality threshold.",
      [moe("Switch-Base+", TTQ, "67.6"), moe("Switch-Base", TTQ, "62.8")], "the minimum is Switch-Base at 62.8 hours")
claim(P, 3, "table-computed", SUP,
      "Switch-Base+ has the best quality after 100k steps, -1.534.",
      [moe("Switch-Base+", Q100K, "-1.534"), moe("MoE-Base", Q100K, "-1.547")], "the highest (least negative) value")
claim(P, 3, "table-computed", SUP,
      "Distillation recovers 2.0 of the 6.7-point SuperGLUE gap between Switch-Base and T5-Base.",
      [dist("T5-Base", "SuperGLUE", "74.6"), dist("Switch-Base", "SuperGLUE", "81.3"),
       dist("Distilled T5-Base", "SuperGLUE", "76.6")], "81.3 - 74.6 = 6.7; 76.6 - 74.6 = 2.0")
claim(P, 3, "table-computed", CON,
      "Switch-Large averages 88.9 over GLUE, SQuAD and SuperGLUE.",
      [ft("Switch-Large", "GLUE", "88.5"), ft("Switch-Large", "SQuAD", "88.6"), ft("Switch-Large", "SuperGLUE", "84.7")],
      "(88.5 + 88.6 + 84.7) / 3 = 87.27")
claim(P, 3, "table-computed", SUP,
      "Switch-Base's mean over the three closed-book QA tasks is about 28.3.",
      [ft("Switch-Base", "CB Web QA", "27.4"), ft("Switch-Base", "CB Natural QA", "26.8"), ft("Switch-Base", "CB Trivia QA", "30.7")],
      "(27.4 + 26.8 + 30.7) / 3 = 28.3")
claim(P, 3, "table-computed", CON,
      "T5-Large's lowest score in the fine-tuning table is on the ARC challenge set.",
      [ft("T5-Large", "ARC Chal.", "35.5"), ft("T5-Large", "XSum", "20.9")], "its row minimum is XSum, 20.9")

claim(P, 3, "two-sentences", SUP,
      "Deep learning models usually reuse the same parameters for every input, whereas MoE models select different parameters for each example.",
      [S(SW_REUSE), S(SW_DEFY)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "The Switch authors recommend cutting the initialization scale by a factor of 10, which they find hurts quality but reduces instability.",
      [S(SW_INIT), S(SW_IMPROVES)], "it improves quality")
claim(P, 3, "two-sentences", PART,
      "Switch routes each token to a single expert, which preserves quality and reduces routing computation, with the router implemented as a two-layer MLP.",
      [S(SW_SINGLE), S(SW_PRESERVE)], "the routing sentences are stated; the router's form is not")
claim(P, 3, "two-sentences", SUP,
      "Distilling a 7.4B-parameter Switch-Base fine-tuned on SuperGLUE into the 223M T5-Base preserves 30% of the sparse model's gains.",
      [S(SW_DIST74), S(SW_PRES30)], "two adjacent sentences")

claim(P, 3, "absent", NF,
      "Switch-C has 1.6 trillion parameters and 2048 experts.",
      [], "true of the paper, but not in this text")
claim(P, 3, "absent", NF,
      "The largest Switch model was trained on 2048 TPUv3 cores.",
      [], "no core count for the large models in this text")
claim(P, 3, "absent", NF,
      "Switch Transformers were evaluated on WMT English-German translation.",
      [], "no translation evaluation in this text")
claim(P, 3, "absent", SUP,
      "The Switch authors take their multilingual results as evidence that Switch Transformers are effective multi-task and multilingual learners.",
      [S(SW_LEARNERS)], "the last sentence of the text")
