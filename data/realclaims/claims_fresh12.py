"""The fresh12 split (issue 13): a twelfth blind set, over five PDF versions of four papers
that no other split contains (ResNet v1, sequence to sequence v3, Adam v1/v9, Batch
Normalization v3), labelled by reading their truth files before any verdict engine was run on
them, by someone who was not changing the rules. Never run while the rules change;
`calibrate_verdicts.py` treats every split named fresh* other than the development ones as
independent and leaves it out unless named.

Imported at the end of claims_src.py after claims_fresh11, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way (60x10^4 as 600,000, 0.0001 as 1e-4, 10^-8 as 0.00000001, 18% as "under a
fifth", 5 times fewer steps as "a fifth"), a reversed difference, an antonym or a dropped
negation, a swapped list member, a mean, a difference or a best/worst only a table implies
(error rates, where lower is better; BLEU, where higher is better), the other version's
wording, and facts true of the real paper but absent from the corpus text. Adam v1 is the
abstract alone, with other wording than v9's ("exhibits invariance ... by adapting to the
geometry of the objective function", no AdaMax).
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH12 = {
    "1512.03385": (1,),  # ResNet, "Deep Residual Learning for Image Recognition"
    "1409.3215": (3,),  # "Sequence to Sequence Learning with Neural Networks"
    "1412.6980": (1, 9),  # Adam: v1 (abstract alone) and v9 (ICLR 2015 text)
    "1502.03167": (3,),  # Batch Normalization
}
SPLIT.update({paper: "fresh12" for paper in FRESH12})
VERSIONS.update(FRESH12)

# ---------------------------------------------------------------------------------------
# 1512.03385 -- ResNet v1: abstract, introduction, network and training sentences, Table 1
# (conv1 and FLOPs rows), ImageNet results with Table 2 (plain / ResNet by depth), Table 3
# (10-crop validation errors), Table 4 (single models), Table 5 (ensembles, test), CIFAR-10
# and detection sentences. Error rates: lower is better.
P = "1512.03385"
R_ENS = "An ensemble of these residual nets achieves 3.57% error on the ImageNet test set."
R_152 = "On the ImageNet dataset we evaluate residual nets with a depth of up to 152 layers—8x deeper than VGG nets but still having lower complexity."
R_CIFAR_ABS = "We also present analysis on CIFAR-10 with 100 and 1000 layers."
R_COCO_ABS = "Solely due to our extremely deep representations, we obtain a 28% relative improvement on the COCO object detection dataset."
R_WON = "Deep residual nets are foundations of our submissions to ILSVRC & COCO 2015 competitions, where we also won the 1st places on the tasks of ImageNet detection, ImageNet localization, COCO detection, and COCO segmentation."
R_EASY = "We provide comprehensive empirical evidence showing that these residual networks are easier to optimize, and can gain accuracy from considerably increased depth."
R_VANISH = "This problem, however, has been largely addressed by normalized initialization and intermediate normalization layers, which enable networks with tens of layers to start converging for stochastic gradient descent (SGD) with backpropagation."
R_OVERFIT = "Unexpectedly, such degradation is not caused by overfitting, and adding more layers to a suitably deep model leads to higher training error, as reported in [11, 42] and thoroughly verified by our experiments."
R_IDENT = "Identity shortcut connections add neither extra parameter nor computational complexity."
R_SHOW = "We show that: 1) Our extremely deep residual nets are easy to optimize, but the counterpart 'plain' nets (that simply stack layers) exhibit higher training error when the depth increases; 2) Our deep residual nets can easily enjoy accuracy gains from greatly increased depth, producing results substantially better than previous networks."
R_GENERIC = "This strong evidence shows that the residual learning principle is generic, and we expect that it is applicable in other vision and non-vision problems."
R_HW_PARAM = "These gates are data-dependent and have parameters, in contrast to our identity shortcuts that are parameter-free."
R_HW_DEPTH = "In addition, highway networks have not demonstrated accuracy gains with extremely increased depth (e.g., over 100 layers)."
R_3X3 = "The convolutional layers mostly have 3x3 filters and follow two simple design rules: (i) for the same output feature map size, the layers have the same number of filters; and (ii) if the feature map size is halved, the number of filters is doubled so as to preserve the time complexity per layer."
R_FLOPS = "Our 34-layer baseline has 3.6 billion FLOPs (multiply-adds), which is only 18% of VGG-19 (19.6 billion FLOPs)."
R_SGD = "We use SGD with a mini-batch size of 256."
R_ITERS = "The learning rate starts from 0.1 and is divided by 10 when the error plateaus, and the models are trained for up to 60x10^4 iterations."
R_WD = "We use a weight decay of 0.0001 and a momentum of 0.9."
R_NODROP = "We do not use dropout, following the practice in [16]."
R_TRAIN = "The models are trained on the 1.28 million training images, and evaluated on the 50k validation images."
R_PLAIN = "The results in Table 2 show that the deeper 34-layer plain net has higher validation error than the shallower 18-layer plain net."
R_NOTVANISH = "We argue that this optimization difficulty is unlikely to be caused by vanishing gradients."
R_NEITHER = "So neither forward nor backward signals vanish."
R_REVERSED = "First, the situation is reversed with residual learning—the 34-layer ResNet is better than the 18-layer ResNet (by 2.8%)."
R_LOWER_TRAIN = "More importantly, the 34-layer ResNet exhibits considerably lower training error and is generalizable to the validation data."
R_35 = "Second, compared to its plain counterpart, the 34-layer ResNet reduces the top-1 error by 3.5% (Table 2), resulting from the successfully reduced training error."
R_BA = "B is slightly better than A."
R_ZERO = "We argue that this is because the zero-padded dimensions in A indeed have no residual learning."
R_CB = "C is marginally better than B, and we attribute this to the extra parameters introduced by many (thirteen) projection shortcuts."
R_NOTESS = "But the small differences among A/B/C indicate that projection shortcuts are not essential for addressing the degradation problem."
R_449 = "Our 152-layer ResNet has a single-model top-5 validation error of 4.49%."
R_OUTPERF = "This single-model result outperforms all previous ensemble results (Table 5)."
R_SIX = "We combine six models of different depth to form an ensemble (only with two 152-layer ones at the time of submitting)."
R_357 = "This leads to 3.57% top-5 error on the test set (Table 5)."
R_CIFAR = "We conducted more studies on the CIFAR-10 dataset, which consists of 50k training images and 10k testing images in 10 classes."
R_WARM = "So we use 0.01 to warm up the training until the training error is below 80% (about 400 iterations), and then go back to 0.1 and continue training."
R_NODIFF = "Our method shows no optimization difficulty, and this 10^3-layer network is able to achieve training error <0.1%."
R_793 = "Its test error is still fairly good (7.93%)."
R_WORSE = "The testing result of this 1202-layer network is worse than that of our 110-layer network, although both have similar training error."
R_OVERFIT2 = "We argue that this is because of overfitting."
R_194 = "The 1202-layer network may be unnecessarily large (19.4M) for this small dataset."
R_FRCNN = "We adopt Faster R-CNN as the detection method."
R_REPLACE = "Here we are interested in the improvements of replacing VGG-16 with ResNet-101."
R_60 = "Most remarkably, on the challenging COCO dataset we obtain a 6.0% increase in COCO's standard metric (mAP@[.5, .95]), which is a 28% relative improvement."
R_SOLELY = "This gain is solely due to the learned representations."
R_OPTB = "ResNet-50/101/152 are of option B that only uses projections for increasing dimensions."

T3C = ["top-1 err.", "top-5 err."]


def t1(row: str, column: str, value: str) -> dict:
    """A cell of the architecture table (Table 1: conv1 and FLOPs rows)."""
    return C("Table 1", row, column, value)


def t2(row: str, column: str, value: str) -> dict:
    """A cell of the plain / ResNet top-1 table (Table 2)."""
    return C("Table 2", row, column, value)


def t3(row: str, column: str, value: str) -> dict:
    """A cell of the 10-crop validation error table (Table 3)."""
    return C("Table 3", row, column, value)


def t4(row: str, column: str, value: str) -> dict:
    """A cell of the single-model error table (Table 4)."""
    return C("Table 4", row, column, value)


def t5(row: str, value: str) -> dict:
    """A cell of the ensemble test-error table (Table 5)."""
    return C("Table 5", row, "top-5 err. (test)", value)


FL = "FLOPs (x10^9)"

# verbatim
claim(P, 1, "verbatim", SUP, R_ENS, [S(R_ENS)], "the abstract word for word")
claim(P, 1, "verbatim", CON, "An ensemble of these residual nets achieves 3.75% error on the ImageNet test set.",
      [S(R_ENS)], "3.57%, not 3.75%")
claim(P, 1, "verbatim", SUP, "Our 34-layer baseline has 3.6 billion FLOPs (multiply-adds), which is only 18% of VGG-19 (19.6 bil",
      [S(R_FLOPS)], "cut off mid-word; what is left is the sentence's start", truncated=True)
claim(P, 1, "verbatim", CON, "We use a weight decay of 0.001 and a momentum of 0.9.", [S(R_WD)],
      "weight decay 0.0001, not 0.001")
claim(P, 1, "verbatim", SUP, R_SGD, [S(R_SGD)], "word for word")
claim(P, 1, "verbatim", CON,
      "The models are trained on the 1.28 million training images, and evaluated on the 100k validation images.",
      [S(R_TRAIN)], "50k validation images (100k is the test set)")
claim(P, 1, "verbatim", SUP, R_449, [S(R_449)], "word for word")
claim(P, 1, "verbatim", CON,
      "We combine five models of different depth to form an ensemble (only with two 152-layer ones at the time of submitting).",
      [S(R_SIX)], "six models, not five")

# paraphrase
claim(P, 1, "paraphrase", SUP,
      "The authors argue that the optimization difficulty of the deeper plain net is unlikely to stem from vanishing gradients.",
      [S(R_NOTVANISH)], "light rewording")
claim(P, 1, "paraphrase", CON,
      "The authors attribute the optimization difficulty of deep plain networks to vanishing gradients.",
      [S(R_NOTVANISH), S(R_NEITHER)], "they argue it is unlikely to be caused by vanishing gradients")
claim(P, 1, "paraphrase", PART,
      "Identity shortcut connections add neither extra parameters nor computational complexity, and they speed up inference by 20%.",
      [S(R_IDENT)], "the first half stated; no inference speed-up anywhere")
claim(P, 1, "paraphrase", SUP,
      "Residual networks are shown to be easier to optimize and to gain accuracy from considerably greater depth.",
      [S(R_EASY)], "light rewording of the abstract")
claim(P, 1, "paraphrase", PART,
      "The plain baselines mostly use 3x3 convolutional filters, and training images are resized with the shorter side randomly sampled in [256, 480].",
      [S(R_3X3)], "3x3 filters stated; the scale augmentation is not in the corpus text")
claim(P, 1, "paraphrase", PART,
      "The 1202-layer network's 7.93% test error is worse than the 110-layer network's 6.43%.",
      [S(R_793), S(R_WORSE)], "7.93% and 'worse' stated; the 110-layer figure (Table 6) is not in the corpus")
claim(P, 1, "paraphrase", SUP,
      "Deep residual networks were the basis of the authors' ILSVRC and COCO 2015 competition entries.",
      [S(R_WON)], "light rewording")

# number-format
claim(P, 1, "number-format", SUP,
      "The 34-layer baseline needs 3.6 billion multiply-adds, under a fifth of VGG-19's 19.6 billion.",
      [S(R_FLOPS)], "18% is under a fifth")
claim(P, 1, "number-format", CON, "The 34-layer baseline's 3.6 billion FLOPs amount to about a quarter of VGG-19's.",
      [S(R_FLOPS)], "18%, not about 25%")
claim(P, 1, "number-format", SUP, "The ImageNet models are trained for up to 600,000 iterations.", [S(R_ITERS)],
      "60x10^4 = 600,000")
claim(P, 1, "number-format", CON, "The ImageNet models are trained for up to 60,000 iterations.", [S(R_ITERS)],
      "60x10^4 = 600,000, not 60,000")
claim(P, 1, "number-format", SUP, "A weight decay of 1e-4 is used with momentum 0.9.", [S(R_WD)], "0.0001 = 1e-4")
claim(P, 1, "number-format", SUP,
      "Residual nets up to 152 layers deep are evaluated on ImageNet, eight times deeper than VGG nets.",
      [S(R_152)], "8x = eight times")
claim(P, 1, "number-format", CON,
      "Residual nets up to 152 layers deep are evaluated on ImageNet, six times deeper than VGG nets.",
      [S(R_152)], "8x, not six times")
claim(P, 1, "number-format", SUP, "CIFAR-10 has 50,000 training and 10,000 test images in ten classes.",
      [S(R_CIFAR)], "50k, 10k, 10 classes")
claim(P, 1, "number-format", CON, "CIFAR-10 consists of 60k training images and 10k testing images in 10 classes.",
      [S(R_CIFAR)], "50k training images, not 60k")
claim(P, 1, "number-format", SUP, "The 1202-layer network has about 19.4 million parameters.", [S(R_194)],
      "19.4M")
claim(P, 1, "number-format", CON, "The 1202-layer network reaches a training error of about 1%.", [S(R_NODIFF)],
      "training error <0.1%, not about 1%")
claim(P, 1, "number-format", SUP,
      "On COCO, ResNet-101 raises mAP@[.5, .95] by 6.0 points, a 28 percent relative improvement.",
      [S(R_60)], "6.0% increase of the metric = 6.0 points; 28%")
claim(P, 1, "number-format", CON,
      "On COCO, swapping VGG-16 for ResNet-101 yields a 38% relative improvement in the standard metric.",
      [S(R_60), S(R_COCO_ABS)], "28%, not 38%")
claim(P, 1, "number-format", SUP,
      "The 110-layer network is warmed up with a learning rate of 0.01 for roughly the first 400 iterations.",
      [S(R_WARM)], "about 400 iterations")
claim(P, 1, "number-format", CON,
      "The 110-layer network is warmed up with a learning rate of 0.01 for roughly the first 4,000 iterations.",
      [S(R_WARM)], "about 400, not 4,000")
claim(P, 1, "number-format", SUP, "ImageNet training uses 1.28M images and validation uses 50,000.",
      [S(R_TRAIN)], "1.28 million, 50k")

# sign-direction
claim(P, 1, "sign-direction", SUP,
      "Compared to its plain counterpart, the 34-layer ResNet lowers top-1 error by 3.5%.", [S(R_35)],
      "reduces by 3.5%")
claim(P, 1, "sign-direction", CON,
      "Compared to its plain counterpart, the 34-layer ResNet increases the top-1 error by 3.5%.", [S(R_35)],
      "reduces, not increases")
claim(P, 1, "sign-direction", SUP, "The 34-layer ResNet beats the 18-layer ResNet by 2.8%.", [S(R_REVERSED)],
      "better by 2.8%")
claim(P, 1, "sign-direction", CON, "The 34-layer ResNet trails the 18-layer ResNet by 2.8%.", [S(R_REVERSED)],
      "the 34-layer one is better")
claim(P, 1, "sign-direction", SUP,
      "In Table 2, the 34-layer plain net's top-1 error (28.54) is above the 18-layer plain net's (27.94).",
      [t2("34 layers", "plain", "28.54"), t2("18 layers", "plain", "27.94")], "28.54 > 27.94")
claim(P, 1, "sign-direction", CON,
      "In Table 2, the 34-layer ResNet's top-1 error (25.03) is higher than the 18-layer ResNet's (27.88).",
      [t2("34 layers", "ResNet", "25.03"), t2("18 layers", "ResNet", "27.88")], "25.03 < 27.88: lower, not higher")
claim(P, 1, "sign-direction", SUP,
      "Moving from ResNet-34 A to ResNet-34 C lowers the top-5 validation error from 7.76 to 7.40.",
      [t3("ResNet-34 A", "top-5 err.", "7.76"), t3("ResNet-34 C", "top-5 err.", "7.40")], "7.76 -> 7.40 is lower")
claim(P, 1, "sign-direction", CON,
      "ResNet-34 C raises the top-5 validation error relative to ResNet-34 B (7.40 vs 7.46).",
      [t3("ResNet-34 C", "top-5 err.", "7.40"), t3("ResNet-34 B", "top-5 err.", "7.46")], "7.40 < 7.46: lowers it")
claim(P, 1, "sign-direction", SUP,
      "Replacing VGG-16 with ResNet-101 raises COCO's standard metric by 6.0%.", [S(R_60), S(R_REPLACE)],
      "a 6.0% increase")
claim(P, 1, "sign-direction", CON,
      "Replacing VGG-16 with ResNet-101 lowers COCO's standard metric by 6.0%.", [S(R_60), S(R_REPLACE)],
      "an increase, not a decrease")
claim(P, 1, "sign-direction", CON,
      "The 1202-layer network's testing result is better than that of the 110-layer network.", [S(R_WORSE)],
      "worse, not better")
claim(P, 1, "sign-direction", SUP,
      "In Table 4, ResNet-152's single-model top-1 error (19.38) is below BN-inception's (21.99).",
      [t4("ResNet-152", "top-1 err.", "19.38"), t4("BN-inception", "top-1 err.", "21.99")], "19.38 < 21.99")

# polarity
claim(P, 1, "polarity", SUP, "The degradation of deeper networks is not caused by overfitting.", [S(R_OVERFIT)],
      "negation kept")
claim(P, 1, "polarity", CON, "The degradation of deeper networks is caused by overfitting.", [S(R_OVERFIT)],
      "negation dropped")
claim(P, 1, "polarity", CON,
      "Highway networks have demonstrated accuracy gains with extremely increased depth, e.g. over 100 layers.",
      [S(R_HW_DEPTH)], "'have not demonstrated'")
claim(P, 1, "polarity", SUP,
      "Highway networks have not shown accuracy gains at extreme depths such as over 100 layers.",
      [S(R_HW_DEPTH)], "negation kept")
claim(P, 1, "polarity", CON,
      "Unlike highway networks' gates, the paper's identity shortcuts have parameters.",
      [S(R_HW_PARAM)], "identity shortcuts are parameter-free")
claim(P, 1, "polarity", CON, "The authors train their ImageNet models with dropout.", [S(R_NODROP)],
      "'We do not use dropout'")
claim(P, 1, "polarity", CON,
      "The authors conclude that projection shortcuts are essential for addressing the degradation problem.",
      [S(R_NOTESS)], "'not essential'")
claim(P, 1, "polarity", SUP,
      "Projection shortcuts are not essential for addressing the degradation problem.", [S(R_NOTESS)],
      "negation kept")
claim(P, 1, "polarity", CON,
      "Plain nets that simply stack layers exhibit lower training error as the depth increases.", [S(R_SHOW)],
      "higher training error, not lower")
claim(P, 1, "polarity", CON,
      "The 1202-layer network shows serious optimization difficulty on CIFAR-10.", [S(R_NODIFF)],
      "'shows no optimization difficulty'")
claim(P, 1, "polarity", CON,
      "The deeper 34-layer plain net has lower validation error than the shallower 18-layer plain net.",
      [S(R_PLAIN)], "higher, not lower")
claim(P, 1, "polarity", SUP, "With BN, neither forward nor backward signals vanish in the plain networks.",
      [S(R_NEITHER)], "negation kept")

# entity-swap
claim(P, 1, "entity-swap", SUP,
      "The residual nets also won first place in ImageNet localization, ImageNet detection, COCO segmentation and COCO detection.",
      [S(R_WON)], "the same four tasks in another order")
claim(P, 1, "entity-swap", PART,
      "The residual nets also won first place in ImageNet detection, ImageNet localization, COCO detection and COCO keypoint detection.",
      [S(R_WON)], "keypoint detection is not named (COCO segmentation is)")
claim(P, 1, "entity-swap", SUP,
      "The detection experiments use Faster R-CNN and compare a VGG-16 with a ResNet-101 network.",
      [S(R_FRCNN), S(R_REPLACE)], "both stated")
claim(P, 1, "entity-swap", PART,
      "The detection experiments compare VGG-16, ResNet-101 and ResNet-152 networks.",
      [S(R_REPLACE)], "ResNet-152 is not named for detection")
claim(P, 1, "entity-swap", PART,
      "Vanishing/exploding gradients have been largely addressed by normalized initialization, intermediate normalization layers and gradient clipping.",
      [S(R_VANISH)], "gradient clipping is not named")
claim(P, 1, "entity-swap", SUP,
      "Intermediate normalization layers and normalized initialization have largely addressed the vanishing/exploding gradient problem.",
      [S(R_VANISH)], "the same two remedies in another order")
claim(P, 1, "entity-swap", PART,
      "ResNet-50, ResNet-101 and ResNet-200 use option B, with projections only for increasing dimensions.",
      [S(R_OPTB)], "ResNet-200 is not named (ResNet-152 is)")
claim(P, 1, "entity-swap", PART,
      "The paper also presents analysis on CIFAR-10 and CIFAR-100 with 100 and 1000 layers.",
      [S(R_CIFAR_ABS)], "CIFAR-100 is not named")

# table-cell
claim(P, 1, "table-cell", SUP, "ResNet-152 has a 21.43% top-1 error on ImageNet validation with 10-crop testing.",
      [t3("ResNet-152", "top-1 err.", "21.43")], "Table 3")
claim(P, 1, "table-cell", CON, "ResNet-101 has a 21.43% top-1 error with 10-crop testing.",
      [t3("ResNet-101", "top-1 err.", "21.75")], "21.75; 21.43 is ResNet-152's")
claim(P, 1, "table-cell", SUP, "BN-inception's single-model top-5 error is 5.81%.",
      [t4("BN-inception", "top-5 err.", "5.81")], "Table 4")
claim(P, 1, "table-cell", CON, "PReLU-net's single-model top-1 error in Table 4 is 21.99%.",
      [t4("PReLU-net", "top-1 err.", "21.59")], "21.59; 21.99 is BN-inception's")
claim(P, 1, "table-cell", SUP, "GoogLeNet's ILSVRC'14 ensemble reached a 6.66% top-5 test error.",
      [t5("GoogLeNet (ILSVRC'14)", "6.66")], "Table 5")
claim(P, 1, "table-cell", CON, "The VGG (v5) ensemble has a 7.32% top-5 test error.", [t5("VGG (v5)", "6.8")],
      "6.8; 7.32 is VGG (ILSVRC'14)'s")
claim(P, 1, "table-cell", SUP, "The 101-layer network costs 7.6 billion FLOPs.", [t1(FL, "101-layer", "7.6")],
      "Table 1: 7.6 x10^9")
claim(P, 1, "table-cell", CON, "The 50-layer network costs 7.6 billion FLOPs.", [t1(FL, "50-layer", "3.8")],
      "3.8 x10^9; 7.6 is the 101-layer one")
claim(P, 1, "table-cell", PART, "ResNet-50 has a 22.85% top-1 error and 25.6 million parameters.",
      [t3("ResNet-50", "top-1 err.", "22.85")], "the error is Table 3's; no parameter count anywhere")
claim(P, 1, "table-cell", CON, "plain-34's top-5 error in Table 3 is 7.76%.", [t3("plain-34", "top-5 err.", "10.02")],
      "10.02; 7.76 is ResNet-34 A's")
claim(P, 1, "table-cell", SUP, "VGG-16 (the authors' own test) has a 9.33% top-5 error in Table 3.",
      [t3("VGG-16", "top-5 err.", "9.33")], "Table 3")
claim(P, 1, "table-cell", PART,
      "ResNet-34 B's top-1 error is 24.52% in Table 3, and it takes 3.6 ms per image at inference.",
      [t3("ResNet-34 B", "top-1 err.", "24.52")], "the error stated; no timing anywhere")
claim(P, 1, "table-cell", CON, "In Table 2 the 18-layer ResNet has a 27.94% top-1 error.",
      [t2("18 layers", "ResNet", "27.88")], "27.88; 27.94 is the plain net's")
claim(P, 1, "table-cell", SUP, "The conv1 layer of every depth uses 7x7, 64 filters with stride 2.",
      [t1("conv1", "18-layer", "7x7, 64, stride 2"), t1("conv1", "152-layer", "7x7, 64, stride 2")],
      "Table 1's conv1 row")

# table-computed
claim(P, 1, "table-computed", SUP, "In Table 3, ResNet-152's top-5 error is 3.62 points lower than VGG-16's.",
      [t3("ResNet-152", "top-5 err.", "5.71"), t3("VGG-16", "top-5 err.", "9.33")], "9.33 - 5.71 = 3.62")
claim(P, 1, "table-computed", CON, "In Table 3, ResNet-152's top-5 error is 4.62 points lower than VGG-16's.",
      [t3("ResNet-152", "top-5 err.", "5.71"), t3("VGG-16", "top-5 err.", "9.33")], "9.33 - 5.71 = 3.62, not 4.62")
claim(P, 1, "table-computed", SUP, "The lowest single-model top-5 error in Table 4 is ResNet-152's 4.49.",
      [t4("ResNet-152", "top-5 err.", "4.49"), t4("ResNet-101", "top-5 err.", "4.60")], "min of the column: 4.49")
claim(P, 1, "table-computed", CON, "Among the single models of Table 4, ResNet-101 has the lowest top-5 error.",
      [t4("ResNet-101", "top-5 err.", "4.60"), t4("ResNet-152", "top-5 err.", "4.49")], "ResNet-152's 4.49 is lower")
claim(P, 1, "table-computed", SUP,
      "Going from ResNet-50 to ResNet-152 lowers the single-model top-1 error by 1.36 points.",
      [t4("ResNet-50", "top-1 err.", "20.74"), t4("ResNet-152", "top-1 err.", "19.38")], "20.74 - 19.38 = 1.36")
claim(P, 1, "table-computed", CON,
      "Going from ResNet-50 to ResNet-152 lowers the single-model top-1 error by 1.63 points.",
      [t4("ResNet-50", "top-1 err.", "20.74"), t4("ResNet-152", "top-1 err.", "19.38")], "1.36, not 1.63")
claim(P, 1, "table-computed", SUP, "The two plain nets of Table 2 average a top-1 error of 28.24.",
      [t2("18 layers", "plain", "27.94"), t2("34 layers", "plain", "28.54")], "(27.94 + 28.54) / 2 = 28.24")
claim(P, 1, "table-computed", CON, "The two ResNets of Table 2 average a top-1 error of 26.76.",
      [t2("18 layers", "ResNet", "27.88"), t2("34 layers", "ResNet", "25.03")], "(27.88 + 25.03) / 2 = 26.46 (26.455)")
claim(P, 1, "table-computed", SUP,
      "The ILSVRC'15 ResNet ensemble's top-5 test error is 1.25 points below BN-inception's.",
      [t5("ResNet (ILSVRC'15)", "3.57"), t5("BN-inception", "4.82")], "4.82 - 3.57 = 1.25")
claim(P, 1, "table-computed", CON, "The weakest ensemble in Table 5 is GoogLeNet's ILSVRC'14 entry.",
      [t5("GoogLeNet (ILSVRC'14)", "6.66"), t5("VGG (ILSVRC'14)", "7.32")], "VGG (ILSVRC'14)'s 7.32 is the highest error")
claim(P, 1, "table-computed", SUP, "plain-34 has the highest top-5 error in Table 3.",
      [t3("plain-34", "top-5 err.", "10.02"), t3("VGG-16", "top-5 err.", "9.33")], "10.02 is the column's maximum")
claim(P, 1, "table-computed", SUP, "The 152-layer network needs more than six times the FLOPs of the 18-layer one.",
      [t1(FL, "152-layer", "11.3"), t1(FL, "18-layer", "1.8")], "11.3 / 1.8 = 6.3")
claim(P, 1, "table-computed", CON, "The 152-layer network needs about four times as many FLOPs as the 34-layer one.",
      [t1(FL, "152-layer", "11.3"), t1(FL, "34-layer", "3.6")], "11.3 / 3.6 = 3.1, about three times")
claim(P, 1, "table-computed", SUP, "At 18 layers, residual learning improves top-1 error by only 0.06 points.",
      [t2("18 layers", "plain", "27.94"), t2("18 layers", "ResNet", "27.88")], "27.94 - 27.88 = 0.06")

# two-sentences
claim(P, 1, "two-sentences", SUP,
      "The 152-layer ResNet has a single-model top-5 validation error of 4.49%, which outperforms all previous ensemble results.",
      [S(R_449), S(R_OUTPERF)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "The 152-layer ResNet has a single-model top-5 validation error of 4.49%, which still trails the previous ensemble results.",
      [S(R_449), S(R_OUTPERF)], "it outperforms them")
claim(P, 1, "two-sentences", SUP,
      "Six models of different depth were combined into an ensemble that reached 3.57% top-5 error on the test set.",
      [S(R_SIX), S(R_357)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "The 1202-layer network tests worse than the 110-layer network, which the authors attribute to underfitting.",
      [S(R_WORSE), S(R_OVERFIT2)], "they attribute it to overfitting")
claim(P, 1, "two-sentences", PART,
      "The 1202-layer network has a 7.93% test error and took three weeks to train.",
      [S(R_793)], "the error stated; no training time anywhere")
claim(P, 1, "two-sentences", SUP,
      "Option B is slightly better than A, which the authors explain by A's zero-padded dimensions having no residual learning.",
      [S(R_BA), S(R_ZERO)], "two adjacent sentences")
claim(P, 1, "sign-direction", CON,
      "C is marginally worse than B, and the authors attribute this to the extra parameters of thirteen projection shortcuts.",
      [S(R_CB)], "C is marginally better than B")
claim(P, 1, "two-sentences", SUP,
      "With residual learning the 34-layer net beats the 18-layer one by 2.8%, and it shows considerably lower training error while generalizing to validation data.",
      [S(R_REVERSED), S(R_LOWER_TRAIN)], "two adjacent sentences")
claim(P, 1, "two-sentences", PART,
      "The 1202-layer network may be unnecessarily large at 19.4M parameters, and adding dropout brought its error below 6%.",
      [S(R_194)], "the size stated; no dropout result anywhere")

# absent
claim(P, 1, "absent", NF, "ResNet-50 has 25.6 million parameters.", [], "no parameter count for ImageNet models")
claim(P, 1, "absent", NF, "Training the 152-layer ResNet took about three weeks on 8 GPUs.", [],
      "no ImageNet training time or GPU count")
claim(P, 1, "absent", NF, "On PASCAL VOC 2007, ResNet-101 reaches 76.4% mAP with Faster R-CNN.", [],
      "Table 7 is not in the corpus")
claim(P, 1, "absent", NF, "The 110-layer CIFAR-10 ResNet has 1.7M parameters.", [],
      "Table 6 is not in the corpus")
claim(P, 1, "absent", NF, "The ImageNet models were trained with label smoothing.", [], "no label smoothing anywhere")
claim(P, 1, "absent", SUP,
      "The authors expect the residual learning principle to be applicable in other vision and non-vision problems.",
      [S(R_GENERIC)], "the introduction's last sentence")
claim(P, 1, "absent", SUP, "The COCO gain is solely due to the learned representations.", [S(R_SOLELY)],
      "the last sentence")

# ---------------------------------------------------------------------------------------
# 1409.3215 -- sequence to sequence v3: abstract (listing), section 3 (data, decoding,
# reversing, training, parallelization, results) with Table 1 (direct translation BLEU) and
# Table 2 (rescoring BLEU). BLEU: higher is better.
P = "1409.3215"
Q_348 = "Our main result is that on an English to French translation task from the WMT'14 dataset, the translations produced by the LSTM achieve a BLEU score of 34.8 on the entire test set, where the LSTM's BLEU score was penalized on out-of-vocabulary words."
Q_LONG = "Additionally, the LSTM did not have difficulty on long sentences."
Q_333 = "For comparison, a phrase-based SMT system achieves a BLEU score of 33.3 on the same dataset."
Q_365 = "When we used the LSTM to rerank the 1000 hypotheses produced by the aforementioned SMT system, its BLEU score increases to 36.5, which is close to the previous best result on this task."
Q_ORDER = "The LSTM also learned sensible phrase and sentence representations that are sensitive to word order and are relatively invariant to the active and the passive voice."
Q_TWOWAYS = "We applied our method to the WMT'14 English to French MT task in two ways."
Q_DIRECT = "We used it to directly translate the input sentence without using a reference SMT system and we it to rescore the n-best lists of an SMT baseline."
Q_12M = "We trained our models on a subset of 12M sentences consisting of 348M French words and 304M English words, which is a clean \"selected\" subset."
Q_VOCAB = "We used 160,000 of the most frequent words for the source language and 80,000 of the most frequent words for the target language."
Q_UNK = "Every out-of-vocabulary word was replaced with a special \"UNK\" token."
Q_REV = "While the LSTM is capable of solving problems with long term dependencies, we discovered that the LSTM learns much better when the source sentences are reversed (the target sentences are not reversed)."
Q_PERP = "By doing so, the LSTM's test perplexity dropped from 5.8 to 4.7, and the test BLEU scores of its decoded translations increased from 25.9 to 30.6."
Q_EASY = "We found that the LSTM models are fairly easy to train."
Q_4L = "We used deep LSTMs with 4 layers, with 1000 cells at each layer and 1000 dimensional word embeddings, with an input vocabulary of 160,000 and an output vocabulary of 80,000."
Q_8000 = "Thus the deep LSTM uses 8000 real numbers to represent a sentence."
Q_10PC = "We found deep LSTMs to significantly outperform shallow LSTMs, where each additional layer reduced perplexity by nearly 10%, possibly due to their much larger hidden state."
Q_384 = "The resulting LSTM has 384M parameters of which 64M are pure recurrent connections (32M for the \"encoder\" LSTM and 32M for the \"decoder\" LSTM)."
Q_INIT = "We initialized all of the LSTM's parameters with the uniform distribution between -0.08 and 0.08."
Q_SGD = "We used stochastic gradient descent without momentum, with a fixed learning rate of 0.7."
Q_HALF = "After 5 epochs, we begun halving the learning rate every half epoch."
Q_75 = "We trained our models for a total of 7.5 epochs."
Q_EXPLODE = "Although LSTMs tend to not suffer from the vanishing gradient problem, they can have exploding gradients."
Q_2X = "To address this problem, we made sure that all sentences in a minibatch are roughly of the same length, yielding a 2x speedup."
Q_1700 = "A C++ implementation of deep LSTM with the configuration from the previous section on a single GPU processes a speed of approximately 1,700 words per second."
Q_8GPU = "This was too slow for our purposes, so we parallelized our model using an 8-GPU machine."
Q_REMAIN = "The remaining 4 GPUs were used to parallelize the softmax."
Q_4GPU = "Our models have 4 layers of LSTMs, each of which resides on a separate GPU."
Q_6300 = "The resulting implementation achieved a speed of 6,300 (both English and French) words per second with a minibatch size of 128."
Q_10DAYS = "Training took about a ten days with this implementation."
Q_MULTI = "We computed our BLEU scores using multi-bleu.pl on the tokenized predictions and ground truth."
Q_370 = "However, if we evaluate the best WMT'14 system in this manner, we get 37.0, which is greater than the 35.8 reported by statmt.org/matrix."
Q_FOOT = "There several variants of the BLEU score, and each variant is defined with a perl script."
Q_NOTOUT = "While the decoded translations of the LSTM ensemble do not outperform the best WMT'14 system, it is the first time that a pure neural translation system outperforms a phrase-based SMT baseline on a large scale MT task by a sizeable margin, despite its inability to handle out-of-vocabulary words."
Q_05 = "The LSTM is within 0.5 BLEU points of the best WMT'14 result if it is used to rescore the 1000-best list of the baseline system."
Q_35W = "There is no degradation on sentences with less than 35 words, there is only a minor degradation on the longest sentences."
Q_BEAM = "Interestingly, our system performs well even with a beam size of 1, and a beam of size 2 provides most of the benefits of beam search (Table 1)."

B = "test BLEU score (ntst14)"


def q1(row: str, value: str) -> dict:
    """A cell of the direct-translation table (Table 1)."""
    return C("Table 1", row, B, value)


def q2(row: str, value: str) -> dict:
    """A cell of the rescoring table (Table 2)."""
    return C("Table 2", row, B, value)


E5B12 = "Ensemble of 5 reversed LSTMs, beam size 12"
E5B2 = "Ensemble of 5 reversed LSTMs, beam size 2"
RS_REV = "Rescoring the baseline 1000-best with a single reversed LSTM"
RS_FWD = "Rescoring the baseline 1000-best with a single forward LSTM"
RS_ENS = "Rescoring the baseline 1000-best with an ensemble of 5 reversed LSTMs"

# verbatim
claim(P, 3, "verbatim", SUP, Q_348, [S(Q_348)], "the abstract word for word")
claim(P, 3, "verbatim", CON,
      "Our main result is that on an English to French translation task from the WMT'14 dataset, the translations produced by the LSTM achieve a BLEU score of 34.7 on the entire test set, where the LSTM's BLEU score was penalized on out-of-vocabulary words.",
      [S(Q_348)], "34.8, not 34.7")
claim(P, 3, "verbatim", SUP, Q_384, [S(Q_384)], "word for word")
claim(P, 3, "verbatim", CON,
      "The resulting LSTM has 384M parameters of which 32M are pure recurrent connections (32M for the \"encoder\" LSTM and 32M for the \"decoder\" LSTM).",
      [S(Q_384)], "64M recurrent connections, not 32M")
claim(P, 3, "verbatim", SUP,
      "We used 160,000 of the most frequent words for the source language and 80,000 of the most freq",
      [S(Q_VOCAB)], "cut off mid-word; what is left is the sentence's start", truncated=True)
claim(P, 3, "verbatim", CON, "We trained our models for a total of 5.7 epochs.", [S(Q_75)], "7.5 epochs, not 5.7")

# paraphrase
claim(P, 3, "paraphrase", SUP, "The LSTM learns much better when the source sentences are reversed.", [S(Q_REV)],
      "light rewording")
claim(P, 3, "paraphrase", CON, "The authors report that LSTM models were hard to train.", [S(Q_EASY)],
      "'fairly easy to train'")
claim(P, 3, "paraphrase", PART,
      "Training used SGD without momentum at a fixed learning rate of 0.7, switching to Adam for the last epoch.",
      [S(Q_SGD)], "the SGD half stated; no switch to another optimizer anywhere")
claim(P, 3, "paraphrase", SUP, "Each out-of-vocabulary word is mapped to a special UNK token.", [S(Q_UNK)],
      "light rewording")
claim(P, 3, "paraphrase", PART,
      "The models were trained on a 12M-sentence subset from which sentences longer than 50 words had been removed.",
      [S(Q_12M)], "the subset stated; no length filter anywhere")
claim(P, 3, "paraphrase", SUP,
      "Reranking the SMT system's 1000 hypotheses with the LSTM brings BLEU to 36.5, close to the previous best result.",
      [S(Q_365)], "light rewording")

# number-format
claim(P, 3, "number-format", SUP, "The vocabulary holds the 160K most frequent source words and the 80K most frequent target words.",
      [S(Q_VOCAB)], "160,000 and 80,000")
claim(P, 3, "number-format", CON, "The vocabulary holds the 80K most frequent source words and the 160K most frequent target words.",
      [S(Q_VOCAB)], "the two counts are swapped between source and target")
claim(P, 3, "number-format", SUP, "On a single GPU the deep LSTM processes about 1.7K words per second.", [S(Q_1700)],
      "approximately 1,700")
claim(P, 3, "number-format", CON, "The parallelized implementation reaches about 3,600 words per second.", [S(Q_6300)],
      "6,300, not 3,600")
claim(P, 3, "number-format", SUP, "All parameters were initialized uniformly in [-0.08, 0.08].", [S(Q_INIT)],
      "-0.08 to 0.08")
claim(P, 3, "number-format", CON, "All parameters were initialized uniformly between -0.8 and 0.8.", [S(Q_INIT)],
      "-0.08 and 0.08, not -0.8 and 0.8")
claim(P, 3, "number-format", SUP, "Training took roughly ten days.", [S(Q_10DAYS)], "about ten days")
claim(P, 3, "number-format", CON, "Training took about two weeks.", [S(Q_10DAYS)], "about ten days, not 14")
claim(P, 3, "number-format", SUP, "The training subset holds 348 million French words and 304 million English words.",
      [S(Q_12M)], "348M French, 304M English")
claim(P, 3, "number-format", CON, "The training subset holds 348 million English words and 304 million French words.",
      [S(Q_12M)], "the counts are swapped between the languages")
claim(P, 3, "number-format", SUP, "Each additional LSTM layer cut perplexity by almost 10 percent.", [S(Q_10PC)],
      "nearly 10%")
claim(P, 3, "number-format", SUP, "Batching sentences of similar length gave a twofold speedup.", [S(Q_2X)], "2x")
claim(P, 3, "number-format", CON, "Batching sentences of similar length gave a threefold speedup.", [S(Q_2X)],
      "2x, not 3x")
claim(P, 3, "number-format", SUP, "A sentence is represented by 8,000 real numbers.", [S(Q_8000)], "8000")

# sign-direction
claim(P, 3, "sign-direction", SUP, "Reversing the source sentences lowered test perplexity from 5.8 to 4.7.",
      [S(Q_PERP)], "dropped from 5.8 to 4.7")
claim(P, 3, "sign-direction", CON, "Reversing the source sentences raised test perplexity from 4.7 to 5.8.",
      [S(Q_PERP)], "it dropped from 5.8 to 4.7")
claim(P, 3, "sign-direction", SUP, "Reversing the source sentences raised the test BLEU of decoded translations from 25.9 to 30.6.",
      [S(Q_PERP)], "increased from 25.9 to 30.6")
claim(P, 3, "sign-direction", CON, "Test BLEU fell from 30.6 to 25.9 once the source sentences were reversed.",
      [S(Q_PERP)], "it rose from 25.9 to 30.6")
claim(P, 3, "sign-direction", SUP,
      "At beam size 12, the single reversed LSTM (30.59) scores above the single forward LSTM (26.17).",
      [q1("Single reversed LSTM, beam size 12", "30.59"), q1("Single forward LSTM, beam size 12", "26.17")],
      "30.59 > 26.17")
claim(P, 3, "sign-direction", CON, "At beam size 12, the single forward LSTM outscores the single reversed LSTM.",
      [q1("Single forward LSTM, beam size 12", "26.17"), q1("Single reversed LSTM, beam size 12", "30.59")],
      "26.17 < 30.59")
claim(P, 3, "sign-direction", SUP,
      "Rescoring with an ensemble of 5 reversed LSTMs stays below the best WMT'14 result (36.5 vs 37.0).",
      [q2(RS_ENS, "36.5"), q2("Best WMT'14 result", "37.0")], "36.5 < 37.0")
claim(P, 3, "sign-direction", CON,
      "Rescoring with an ensemble of 5 reversed LSTMs surpasses the best WMT'14 result.",
      [q2(RS_ENS, "36.5"), q2("Best WMT'14 result", "37.0"), S(Q_05)], "36.5 < 37.0: within 0.5 BLEU below it")
claim(P, 3, "sign-direction", SUP,
      "Evaluated this way, the best WMT'14 system scores 37.0, above the 35.8 reported by statmt.org/matrix.",
      [S(Q_370)], "37.0 is greater than 35.8")
claim(P, 3, "sign-direction", CON,
      "Evaluated this way, the best WMT'14 system scores 37.0, below the 35.8 reported by statmt.org/matrix.",
      [S(Q_370)], "greater, not below")

# polarity
claim(P, 3, "polarity", SUP, "The LSTM did not have difficulty on long sentences.", [S(Q_LONG)], "negation kept")
claim(P, 3, "polarity", CON, "The LSTM had difficulty on long sentences.", [S(Q_LONG)], "negation dropped")
claim(P, 3, "polarity", CON, "The models were trained with stochastic gradient descent with momentum.", [S(Q_SGD)],
      "'without momentum'")
claim(P, 3, "polarity", SUP, "Plain SGD without momentum was used, at a fixed learning rate of 0.7.", [S(Q_SGD)],
      "negation kept")
claim(P, 3, "polarity", CON,
      "LSTMs can suffer from vanishing gradients but tend not to have exploding gradients.", [S(Q_EXPLODE)],
      "the reverse: they tend not to suffer from vanishing gradients but can have exploding ones")
claim(P, 3, "polarity", CON, "Both the source and the target sentences are reversed.", [S(Q_REV)],
      "'the target sentences are not reversed'")
claim(P, 3, "polarity", CON, "The decoded translations of the LSTM ensemble outperform the best WMT'14 system.",
      [S(Q_NOTOUT)], "'do not outperform'")
claim(P, 3, "polarity", CON, "The learned sentence representations are insensitive to word order.", [S(Q_ORDER)],
      "'sensitive to word order'")
claim(P, 3, "polarity", SUP,
      "The learned representations are relatively invariant to the active and the passive voice.", [S(Q_ORDER)],
      "stated")
claim(P, 3, "polarity", CON, "There is a marked degradation on sentences with fewer than 35 words.", [S(Q_35W)],
      "'no degradation on sentences with less than 35 words'")

# entity-swap
claim(P, 3, "entity-swap", SUP,
      "The method was applied to WMT'14 English to French both to translate directly and to rescore n-best lists of an SMT baseline.",
      [S(Q_TWOWAYS), S(Q_DIRECT)], "the two uses, stated")
claim(P, 3, "entity-swap", PART,
      "The method was evaluated on WMT'14 English to French and English to German translation.",
      [S(Q_TWOWAYS)], "English to German is not named")
claim(P, 3, "entity-swap", PART, "BLEU scores were computed with multi-bleu.pl and METEOR with mteval.",
      [S(Q_MULTI)], "METEOR is not named")
claim(P, 3, "entity-swap", SUP,
      "The model uses 1000-dimensional word embeddings and 4 LSTM layers of 1000 cells each.",
      [S(Q_4L)], "the same facts in another order")
claim(P, 3, "entity-swap", PART,
      "Four GPUs held the LSTM layers, and the remaining four parallelized the softmax and the beam search.",
      [S(Q_4GPU), S(Q_REMAIN)], "the beam search is not named")
claim(P, 3, "entity-swap", PART,
      "The rescoring systems compared in Table 2 include Cho et al. and Devlin et al.",
      [q2("Cho et al.", "34.54")], "Devlin et al. is not in the table")

# table-cell
claim(P, 3, "table-cell", SUP, "An ensemble of 2 reversed LSTMs with beam size 12 scores 33.27 BLEU.",
      [q1("Ensemble of 2 reversed LSTMs, beam size 12", "33.27")], "Table 1")
claim(P, 3, "table-cell", CON, "An ensemble of 5 reversed LSTMs with beam size 2 scores 34.81 BLEU.",
      [q1(E5B2, "34.50")], "34.50; 34.81 is beam size 12")
claim(P, 3, "table-cell", SUP, "Bahdanau et al. score 28.45 BLEU on ntst14.", [q1("Bahdanau et al.", "28.45")],
      "Table 1")
claim(P, 3, "table-cell", CON, "Cho et al. reach 35.61 BLEU in Table 2.", [q2("Cho et al.", "34.54")],
      "34.54; 35.61 is the single forward LSTM rescoring")
claim(P, 3, "table-cell", SUP, "Oracle rescoring of the baseline 1000-best lists reaches about 45 BLEU.",
      [q2("Oracle Rescoring of the Baseline 1000-best lists", "~45")], "~45")
claim(P, 3, "table-cell", PART,
      "The single reversed LSTM with beam size 12 scores 30.59 BLEU and decodes 20 sentences per second.",
      [q1("Single reversed LSTM, beam size 12", "30.59")], "the score stated; no decoding speed anywhere")
claim(P, 3, "table-cell", CON, "The ensemble of 5 reversed LSTMs with beam size 1 reaches 33.27 BLEU.",
      [q1("Ensemble of 5 reversed LSTMs, beam size 1", "33.00")], "33.00; 33.27 is the 2-LSTM ensemble")
claim(P, 3, "table-cell", SUP, "Rescoring with a single forward LSTM gives 35.61 BLEU.", [q2(RS_FWD, "35.61")],
      "Table 2")

# table-computed
claim(P, 3, "table-computed", SUP, "Going from beam size 2 to 12 adds 0.31 BLEU for the 5-LSTM ensemble.",
      [q1(E5B2, "34.50"), q1(E5B12, "34.81")], "34.81 - 34.50 = 0.31")
claim(P, 3, "table-computed", CON, "Going from beam size 2 to 12 adds 0.13 BLEU for the 5-LSTM ensemble.",
      [q1(E5B2, "34.50"), q1(E5B12, "34.81")], "0.31, not 0.13")
claim(P, 3, "table-computed", SUP, "The best direct-translation score in Table 1 is 34.81.",
      [q1(E5B12, "34.81"), q1("Baseline System", "33.30")], "max of the column")
claim(P, 3, "table-computed", CON,
      "Apart from the oracle, the strongest entry in Table 2 is the rescoring with 5 reversed LSTMs.",
      [q2(RS_ENS, "36.5"), q2("Best WMT'14 result", "37.0")], "the best WMT'14 result (37.0) is higher")
claim(P, 3, "table-computed", SUP, "Rescoring with a single reversed LSTM beats the baseline by 2.55 BLEU.",
      [q2(RS_REV, "35.85"), q2("Baseline System", "33.30")], "35.85 - 33.30 = 2.55")
claim(P, 3, "table-computed", CON, "Rescoring with a single reversed LSTM beats the baseline by 2.31 BLEU.",
      [q2(RS_REV, "35.85"), q2("Baseline System", "33.30")], "2.55; 2.31 is the forward LSTM's gain")
claim(P, 3, "table-computed", SUP,
      "In direct translation, the 5-LSTM ensemble with beam 12 improves on the SMT baseline by 1.51 BLEU.",
      [q1(E5B12, "34.81"), q1("Baseline System", "33.30")], "34.81 - 33.30 = 1.51")
claim(P, 3, "table-computed", CON, "The weakest entry of Table 1 is Bahdanau et al.",
      [q1("Bahdanau et al.", "28.45"), q1("Single forward LSTM, beam size 12", "26.17")],
      "the single forward LSTM's 26.17 is lower")
claim(P, 3, "table-computed", SUP,
      "Reversing the input adds 4.42 BLEU for a single LSTM with beam size 12 in Table 1.",
      [q1("Single reversed LSTM, beam size 12", "30.59"), q1("Single forward LSTM, beam size 12", "26.17")],
      "30.59 - 26.17 = 4.42")

# two-sentences
claim(P, 3, "two-sentences", SUP,
      "On a single GPU the LSTM processed about 1,700 words per second, which was too slow, so the model was parallelized on an 8-GPU machine.",
      [S(Q_1700), S(Q_8GPU)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "On a single GPU the LSTM processed about 1,700 words per second, so the model was parallelized on a 4-GPU machine.",
      [S(Q_1700), S(Q_8GPU)], "an 8-GPU machine")
claim(P, 3, "two-sentences", SUP,
      "SGD used a fixed learning rate of 0.7, and after 5 epochs the learning rate was halved every half epoch.",
      [S(Q_SGD), S(Q_HALF)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "After 5 epochs the learning rate was doubled every half epoch, for 7.5 epochs in total.",
      [S(Q_HALF), S(Q_75)], "halved, not doubled")
claim(P, 3, "two-sentences", PART, "The models were trained for 7.5 epochs in total on 16 machines.",
      [S(Q_75)], "the epochs stated; no machine count for training")
claim(P, 3, "two-sentences", SUP,
      "The LSTM is within 0.5 BLEU of the best WMT'14 result when rescoring, although its decoded translations do not outperform that system.",
      [S(Q_NOTOUT), S(Q_05)], "two adjacent sentences")

# absent
claim(P, 3, "absent", NF, "The decoder attends over the encoder states with an attention mechanism.", [],
      "no attention anywhere in the corpus text")
claim(P, 3, "absent", NF, "The ntst14 test set contains 3,003 sentences.", [], "no test-set size")
claim(P, 3, "absent", NF, "The deep LSTM was implemented in Theano.", [], "only 'a C++ implementation'")
claim(P, 3, "absent", NF, "The LSTM was also evaluated on English to Chinese translation.", [], "no other language pair")
claim(P, 3, "absent", SUP, "A footnote notes that there are several variants of the BLEU score, each defined with a perl script.",
      [S(Q_FOOT)], "the footnote")

# ---------------------------------------------------------------------------------------
# 1412.6980 -- Adam. v1: the December 2014 abstract alone ("based an adaptive estimates",
# "exhibits invariance ... by adapting to the geometry", "We demonstrate ... when
# experimentally compared"); v9: the ICLR abstract (AdaMax; "is invariant to diagonal
# rescaling"; "compares favorably"), the introduction, the default settings, the update rule,
# bias correction and convergence sentences. No table.
P = "1412.6980"
A9 = {1: NF}  # a claim on v9's body: v1 (the abstract alone) states nothing of it
A1_FIRST = "We introduce Adam, an algorithm for first-order gradient-based optimization of stochastic objective functions."
A1_BASED = "The method is straightforward to implement and is based an adaptive estimates of lower-order moments of the gradients."
A1_EFF = "The method is computationally efficient, has little memory requirements and is well suited for problems that are large in terms of data and/or parameters."
A1_GEOM = "The method exhibits invariance to diagonal rescaling of the gradients by adapting to the geometry of the objective function."
A1_DEMO = "We demonstrate that Adam works well in practice when experimentally compared to other stochastic optimization methods."
A9_FIRST = "We introduce Adam, an algorithm for first-order gradient-based optimization of stochastic objective functions, based on adaptive estimates of lower-order moments."
A9_EFF = "The method is straightforward to implement, is computationally efficient, has little memory requirements, is invariant to diagonal rescaling of the gradients, and is well suited for problems that are large in terms of data and/or parameters."
A_NONSTAT = "The method is also appropriate for non-stationary objectives and problems with very noisy and/or sparse gradients."
A_HYPER = "The hyper-parameters have intuitive interpretations and typically require little tuning."
A_REGRET = "We also analyze the theoretical convergence properties of the algorithm and provide a regret bound on the convergence rate that is comparable to the best known results under the online convex optimization framework."
A9_EMP = "Empirical results demonstrate that Adam works well in practice and compares favorably to other stochastic optimization methods."
A9_ADAMAX = "Finally, we discuss AdaMax, a variant of Adam based on the infinity norm."
A_HIGHER = "In these cases, higher-order optimization methods are ill-suited, and discussion in this paper will be restricted to first-order methods."
A_PROPOSE = "We propose Adam, a method for efficient stochastic optimization that only requires first-order gradients with little memory requirement."
A_NAME = "The method computes individual adaptive learning rates for different parameters from estimates of first and second moments of the gradients; the name Adam is derived from adaptive moment estimation."
A_COMBINE = "Our method is designed to combine the advantages of two recently popular methods: AdaGrad (Duchi et al., 2011), which works well with sparse gradients, and RMSProp (Tieleman & Hinton, 2012), which works well in on-line and non-stationary settings; important connections to these and other stochastic optimization methods are clarified in section 5."
A_ADV = "Some of Adam's advantages are that the magnitudes of parameter updates are invariant to rescaling of the gradient, its stepsizes are approximately bounded by the stepsize hyperparameter, it does not require a stationary objective, it works with sparse gradients, and it naturally performs a form of step size annealing."
A_VERSATILE = "Overall, we show that Adam is a versatile algorithm that scales to large-scale high-dimensional machine learning problems."
A_DEFAULT = "Good default settings for the tested machine learning problems are alpha = 0.001, beta1 = 0.9, beta2 = 0.999 and epsilon = 10^-8."
A_MOMENTS = "The moving averages themselves are estimates of the 1st moment (the mean) and the 2nd raw moment (the uncentered variance) of the gradient."
A_BIASED = "However, these moving averages are initialized as (vectors of) 0's, leading to moment estimates that are biased towards zero, especially during the initial timesteps, and especially when the decay rates are small (i.e. the betas are close to 1)."
A_GOODNEWS = "The good news is that this initialization bias can be easily counteracted, resulting in bias-corrected estimates."
A_SPARSE = "For less sparse cases, the effective stepsize will be smaller."
A_SNR = "With a smaller SNR the effective stepsize will be closer to zero."
A_ANNEAL = "For example, the SNR value typically becomes closer to 0 towards an optimum, leading to smaller effective steps in parameter space: a form of automatic annealing."
A_BC = "As explained in section 2, Adam utilizes initialization bias correction terms."
A_DERIVE = "We will here derive the term for the second moment estimate; the derivation for the first moment estimate is completely analogous."
A_LARGER = "In case of sparse gradients, for a reliable estimate of the second moment one needs to average over many gradients by chosing a small value of beta2; however it is exactly this case of small beta2 where a lack of initialisation bias correction would lead to initial steps that are much larger."
A_ZINK = "We analyze the convergence of Adam using the online learning framework proposed in (Zinkevich, 2003)."
A_SQRT = "We show Adam has O(sqrt(T)) regret bound and a proof is given in the appendix."
A_COMPARABLE = "Our result is comparable to the best known bound for this general convex online learning problem."

# verbatim
claim(P, 9, "verbatim", SUP, A9_EMP, [S(A9_EMP), S(A1_DEMO, 1)],
      "v9's abstract word for word; v1 says Adam 'works well in practice when experimentally compared', not that it compares favorably (partly)",
      per={1: PART})
claim(P, 1, "verbatim", SUP, A1_GEOM, [S(A1_GEOM), S(A9_EFF, 9)],
      "v1's abstract word for word; v9 says 'is invariant to diagonal rescaling of the gradients' without the geometry (partly)",
      per={9: PART})
claim(P, 9, "verbatim", CON,
      "Good default settings for the tested machine learning problems are alpha = 0.001, beta1 = 0.9, beta2 = 0.99 and epsilon = 10^-8.",
      [S(A_DEFAULT)], "beta2 = 0.999, not 0.99", per=A9)
claim(P, 9, "verbatim", SUP, "Overall, we show that Adam is a versatile algorithm that scales to large-scale high-dimens",
      [S(A_VERSATILE)], "cut off mid-word; what is left is the sentence's start", per=A9, truncated=True)
claim(P, 1, "verbatim", CON,
      "We introduce Adam, an algorithm for second-order gradient-based optimization of stochastic objective functions.",
      [S(A1_FIRST), S(A9_FIRST, 9)], "first-order in both versions", per={9: CON})
claim(P, 9, "verbatim", SUP, A_HYPER, [S(A_HYPER)], "the same sentence in both abstracts", per={1: SUP})

# paraphrase
claim(P, 9, "paraphrase", SUP, "Adam computes per-parameter adaptive learning rates from estimates of the gradients' first and second moments.",
      [S(A_NAME), S(A1_BASED, 1)], "light rewording of the introduction; v1 only says 'based an adaptive estimates of lower-order moments' (partly)",
      per={1: PART})
claim(P, 9, "paraphrase", CON, "Adam requires second-order gradients.", [S(A_PROPOSE), S(A1_FIRST, 1)],
      "'only requires first-order gradients'; v1: 'first-order gradient-based optimization'", per={1: CON})
claim(P, 9, "paraphrase", PART,
      "The moving averages estimate the mean, the uncentered variance and the skewness of the gradient.",
      [S(A_MOMENTS)], "mean and uncentered variance stated; skewness nowhere", per=A9)
claim(P, 9, "paraphrase", SUP,
      "The name Adam comes from adaptive moment estimation.", [S(A_NAME)], "stated", per=A9)

# number-format
claim(P, 9, "number-format", SUP, "Adam's default step size is 1e-3.", [S(A_DEFAULT)], "alpha = 0.001", per=A9)
claim(P, 9, "number-format", CON, "Adam's default step size is 0.01.", [S(A_DEFAULT)], "0.001, not 0.01", per=A9)
claim(P, 9, "number-format", SUP, "The default epsilon is 0.00000001.", [S(A_DEFAULT)], "10^-8", per=A9)
claim(P, 9, "number-format", CON, "The default epsilon is 1e-6.", [S(A_DEFAULT)], "10^-8, not 10^-6", per=A9)
claim(P, 9, "number-format", SUP, "By default beta2 is 0.999 and beta1 is 0.9.", [S(A_DEFAULT)], "stated", per=A9)
claim(P, 9, "number-format", CON, "By default beta1 is 0.999 and beta2 is 0.9.", [S(A_DEFAULT)],
      "the two values are swapped", per=A9)
claim(P, 9, "number-format", SUP, "Adam has a regret bound of order T^(1/2).", [S(A_SQRT), S(A_REGRET)],
      "O(sqrt(T)); v1's abstract has a regret bound but not its order (partly)", per={1: PART})
claim(P, 9, "number-format", CON, "Adam has a regret bound of order T^(1/3).", [S(A_SQRT), S(A_REGRET)],
      "O(sqrt(T)), not T^(1/3); v1's abstract has a regret bound but not its order (partly)", per={1: PART})

# sign-direction
claim(P, 9, "sign-direction", SUP, "With a smaller SNR, Adam's effective stepsize gets closer to zero.", [S(A_SNR)],
      "stated", per=A9)
claim(P, 9, "sign-direction", CON, "A smaller SNR makes Adam's effective stepsize larger.", [S(A_SNR)],
      "closer to zero, not larger", per=A9)
claim(P, 9, "sign-direction", SUP, "For less sparse cases the effective stepsize is smaller.", [S(A_SPARSE)],
      "stated", per=A9)
claim(P, 9, "sign-direction", CON, "For less sparse cases the effective stepsize grows.", [S(A_SPARSE)],
      "smaller, not larger", per=A9)
claim(P, 9, "sign-direction", SUP,
      "With sparse gradients and a small beta2, omitting bias correction would make the initial steps much larger.",
      [S(A_LARGER)], "stated", per=A9)
claim(P, 9, "sign-direction", CON,
      "With sparse gradients and a small beta2, omitting bias correction would make the initial steps much smaller.",
      [S(A_LARGER)], "much larger, not smaller", per=A9)
claim(P, 9, "sign-direction", SUP, "Zero-initialized moving averages bias the moment estimates towards zero, especially in the initial timesteps.",
      [S(A_BIASED)], "stated", per=A9)
claim(P, 9, "sign-direction", CON, "Zero-initialized moving averages bias the moment estimates away from zero in the initial timesteps.",
      [S(A_BIASED)], "towards zero", per=A9)
claim(P, 9, "sign-direction", SUP, "Near an optimum the SNR typically decreases towards 0, giving smaller effective steps.",
      [S(A_ANNEAL)], "closer to 0, smaller steps", per=A9)

# polarity
claim(P, 9, "polarity", SUP, "Adam is appropriate for non-stationary objectives and for very noisy or sparse gradients.",
      [S(A_NONSTAT)], "the same sentence in both abstracts", per={1: SUP})
claim(P, 9, "polarity", CON, "Adam is unsuitable for non-stationary objectives.", [S(A_NONSTAT)],
      "'appropriate for non-stationary objectives' (both abstracts)", per={1: CON})
claim(P, 9, "polarity", CON, "Adam's hyper-parameters typically require extensive tuning.", [S(A_HYPER)],
      "'require little tuning' (both abstracts)", per={1: CON})
claim(P, 1, "polarity", CON, "The method has large memory requirements.", [S(A1_EFF), S(A9_EFF, 9)],
      "'little memory requirements' in both versions", per={9: CON})
claim(P, 9, "polarity", SUP, "Adam does not require a stationary objective.", [S(A_ADV), S(A_NONSTAT)],
      "v9 says so; v1's 'appropriate for non-stationary objectives' (in both abstracts) states the same", per={1: SUP})
claim(P, 9, "polarity", CON,
      "The paper focuses on higher-order optimization methods, which suit high-dimensional parameter spaces.",
      [S(A_HIGHER)], "ill-suited; restricted to first-order methods", per=A9)
claim(P, 9, "polarity", SUP, "Higher-order optimization methods are ill-suited to the high-dimensional problems the paper targets.",
      [S(A_HIGHER)], "stated", per=A9)
claim(P, 9, "polarity", CON, "The initialization bias of the moving averages is hard to counteract.", [S(A_GOODNEWS)],
      "'can be easily counteracted'", per=A9)

# entity-swap
claim(P, 9, "entity-swap", SUP, "Adam is designed to combine the advantages of RMSProp and AdaGrad.", [S(A_COMBINE)],
      "the two methods in another order", per=A9)
claim(P, 9, "entity-swap", PART, "Adam is designed to combine the advantages of AdaGrad, RMSProp and AdaDelta.",
      [S(A_COMBINE)], "AdaDelta is not named", per=A9)
claim(P, 9, "entity-swap", PART,
      "Adam's advantages include invariance to gradient rescaling, support for sparse gradients and built-in weight decay.",
      [S(A_ADV), S(A1_GEOM, 1)],
      "v9 states the first two, not weight decay; v1 states invariance to diagonal rescaling only (also partly)",
      per={1: PART})
claim(P, 9, "entity-swap", SUP,
      "AdaGrad works well with sparse gradients and RMSProp in on-line and non-stationary settings.",
      [S(A_COMBINE)], "stated", per=A9)
claim(P, 9, "entity-swap", PART,
      "AdaGrad works well with sparse gradients, and RMSProp in on-line, non-stationary and low-memory settings.",
      [S(A_COMBINE)], "on-line and non-stationary stated for RMSProp; low-memory settings not named", per=A9)

# two-sentences
claim(P, 9, "two-sentences", SUP,
      "Adam uses initialization bias correction terms, derived for the second moment estimate, the first being completely analogous.",
      [S(A_BC), S(A_DERIVE)], "two adjacent sentences", per=A9)
claim(P, 9, "two-sentences", CON,
      "Adam uses initialization bias correction terms; the paper derives the term for the first moment estimate and calls the second analogous.",
      [S(A_BC), S(A_DERIVE)], "it derives the second and calls the first analogous", per=A9)
claim(P, 9, "two-sentences", SUP,
      "The moving averages start at zero, which biases the moment estimates towards zero, but this bias can be easily counteracted.",
      [S(A_BIASED), S(A_GOODNEWS)], "two adjacent sentences", per=A9)
claim(P, 9, "two-sentences", PART,
      "Convergence is analysed in Zinkevich's online learning framework, and the proof is machine-checked in Coq.",
      [S(A_ZINK)], "the framework stated; no machine-checked proof anywhere", per=A9)
claim(P, 9, "two-sentences", SUP,
      "Adam has an O(sqrt(T)) regret bound, comparable to the best known bound for general convex online learning.",
      [S(A_SQRT), S(A_COMPARABLE), S(A_REGRET)],
      "two adjacent sentences; v1 has the 'comparable to the best known results' bound but not O(sqrt(T)) (partly)",
      per={1: PART})

# version-drift
claim(P, 9, "version-drift", SUP, "The paper also discusses AdaMax, a variant of Adam based on the infinity norm.",
      [S(A9_ADAMAX)], "only v9's abstract has AdaMax", per=A9)
claim(P, 1, "version-drift", NF, "The authors also present AdaMax, an infinity-norm variant of Adam.",
      [S(A9_ADAMAX, 9)], "v1 has no AdaMax; v9 does", per={9: SUP})
claim(P, 1, "version-drift", SUP,
      "Adam adapts to the geometry of the objective function, which makes it invariant to diagonal rescaling of the gradients.",
      [S(A1_GEOM), S(A9_EFF, 9)], "v1 states both; v9 the invariance without the geometry (partly)", per={9: PART})
claim(P, 9, "version-drift", SUP, "Adam's default hyper-parameters are alpha = 0.001, beta1 = 0.9 and beta2 = 0.999.",
      [S(A_DEFAULT)], "only v9 has the default settings", per=A9)
claim(P, 9, "version-drift", SUP,
      "Adam computes individual adaptive learning rates for different parameters, and its name comes from adaptive moment estimation.",
      [S(A_NAME)],
      "v9's introduction; v1 has adaptive estimates of lower-order moments but neither the per-parameter rates nor the name",
      per={1: NF})
claim(P, 1, "version-drift", NF, "Adam combines the advantages of AdaGrad and RMSProp.", [S(A_COMBINE, 9)],
      "v1 (the abstract) names neither method; v9's introduction does", per={9: SUP})

# absent
claim(P, 9, "absent", NF, "The paper's experiments train transformers for machine translation with Adam.", [],
      "no experiment of the kind in the corpus text", per={1: NF})
claim(P, 9, "absent", NF, "Adam is evaluated on logistic regression on MNIST and on CNNs on CIFAR-10.", [],
      "the experiments section is not in the corpus (true of the paper)", per={1: NF})
claim(P, 9, "absent", NF, "The paper proposes AMSGrad to fix Adam's convergence.", [], "not stated", per={1: NF})
claim(P, 9, "absent", SUP, "The authors' regret result is comparable to the best known bound for general convex online learning.",
      [S(A_COMPARABLE), S(A_REGRET)], "the last sentence; v1's abstract says the same of its regret bound",
      per={1: SUP})

# ---------------------------------------------------------------------------------------
# 1502.03167 -- Batch Normalization v3: abstract, the last two introduction paragraphs,
# ImageNet sentences of 4.2-4.2.3 and conclusion sentences. No table.
P = "1502.03167"
N_14 = "Applied to a state-of-the-art image classification model, Batch Normalization achieves the same accuracy with 14 times fewer training steps, and beats the original model by a significant margin."
N_HIGHER = "Batch Normalization allows us to use much higher learning rates and be less careful about initialization."
N_REG = "It also acts as a regularizer, in some cases eliminating the need for Dropout."
N_49 = "Using an ensemble of batch-normalized networks, we improve upon the best published result on ImageNet classification: reaching 4.9% top-5 validation error (and 4.8% test error), exceeding the accuracy of human raters."
N_FIX = "It accomplishes this via a normalization step that fixes the means and variances of layer inputs."
N_GRAD = "Batch Normalization also has a beneficial effect on the gradient flow through the network, by reducing the dependence of gradients on the scale of the parameters or of their initial values."
N_DIVERGE = "This allows us to use much higher learning rates without the risk of divergence."
N_DROPOUT = "Furthermore, batch normalization regularizes the model and reduces the need for Dropout (Srivastava et al., 2014)."
N_SAT = "Finally, Batch Normalization makes it possible to use saturating nonlinearities by preventing the network from getting stuck in the saturated modes."
N_7 = "In Sec. 4.2, we apply Batch Normalization to the best-performing ImageNet classification network, and show that we can match its performance using only 7% of the training steps, and can further exceed its accuracy by a substantial margin."
N_5X5 = "The main difference to the network described in (Szegedy et al., 2014) is that the 5x5 convolutional layers are replaced by two consecutive layers of 3x3 convolutions with up to 128 filters."
N_136 = "The network contains 13.6x10^6 parameters, and, other than the top softmax layer, has no fully-connected layers."
N_SIMPLY = "Simply adding Batch Normalization to a network does not take full advantage of our method."
N_RMDROP = "Removing Dropout from Modified BN-Inception speeds up training, without increasing overfitting."
N_L2 = "While in Inception an L2 loss on the model parameters controls overfitting, in Modified BN-Inception the weight of this loss is reduced by a factor of 5."
N_DECAY = "Because our network trains faster than Inception, we lower the learning rate 6 times faster."
N_SHUFFLE = "This led to about 1% improvements in the validation accuracy, which is consistent with the view of Batch Normalization as a regularizer."
N_0075 = "The initial learning rate was increased by a factor of 5, to 0.0075."
N_INF = "The same learning rate increase with original Inception caused the model parameters to reach machine infinity."
N_X30 = "BN-x30 is like BN-x5, but with the initial learning rate 0.045 (30 times that of Inception)."
N_31 = "Inception reached the accuracy of 72.2% after 31x10^6 training steps."
N_HALF = "By only using Batch Normalization (BN-Baseline), we match the accuracy of Inception in less than half the number of training steps."
N_X5_14 = "BN-x5 needs 14 times fewer steps than Inception to reach the 72.2% accuracy."
N_SLOWER = "Interestingly, increasing the learning rate further (BN-x30) causes the model to train somewhat slower initially, but allows it to reach a higher final accuracy."
N_748 = "It reaches 74.8% after 6x10^6 steps, i.e. 5 times fewer steps than required by Inception to reach 72.2%."
N_698 = "Indeed, BN-x5-Sigmoid achieves the accuracy of 69.8%."
N_1000 = "Without Batch Normalization, Inception with sigmoid never achieves better than 1/1000 accuracy."
N_PRIOR = "The current reported best results on the ImageNet Large Scale Visual Recognition Competition are reached by the Deep Image ensemble of traditional models (Wu et al., 2015) and the ensemble model of (He et al., 2015)."
N_494 = "The latter reports the top-5 error of 4.94%, as evaluated by the ILSVRC server."
N_482 = "Here we report a top-5 validation error of 4.9%, and test error of 4.82% (according to the ILSVRC server)."
N_SIX = "For our ensemble, we used 6 networks."
N_EACH = "Each was based on BN-x30, modified via some of the following: increased initial weights in the convolutional layers; using Dropout (with the Dropout probability of 5% or 10%, vs. 40% for the original Inception); and using non-convolutional, per-activation Batch Normalization with last hidden layers of the model."
N_6M = "Each network achieved its maximum accuracy after about 6x10^6 training steps."
N_AVG = "The ensemble prediction was based on the arithmetic average of class probabilities predicted by the constituent networks."
N_TWO = "Batch Normalization adds only two extra parameters per activation, and in doing so preserves the representation ability of the network."
N_SPARSE = "In our large-scale image classification experiments, we have not observed the nonlinearity inputs to be sparse, neither with nor without Batch Normalization."

# verbatim
claim(P, 3, "verbatim", SUP, N_14, [S(N_14)], "the abstract word for word")
claim(P, 3, "verbatim", CON,
      "Applied to a state-of-the-art image classification model, Batch Normalization achieves the same accuracy with 41 times fewer training steps, and beats the original model by a significant margin.",
      [S(N_14)], "14 times, not 41")
claim(P, 3, "verbatim", SUP, "Batch Normalization allows us to use much higher learning rates and be less careful about initi",
      [S(N_HIGHER)], "cut off mid-word; what is left is the sentence's start", truncated=True)
claim(P, 3, "verbatim", CON, "The initial learning rate was increased by a factor of 5, to 0.075.", [S(N_0075)],
      "0.0075, not 0.075")
claim(P, 3, "verbatim", SUP, N_SIX, [S(N_SIX)], "word for word")
claim(P, 3, "verbatim", CON, "For our ensemble, we used 5 networks.", [S(N_SIX)], "6 networks")

# paraphrase
claim(P, 3, "paraphrase", SUP, "Batch Normalization normalizes layer inputs by fixing their means and variances.",
      [S(N_FIX)], "light rewording")
claim(P, 3, "paraphrase", PART,
      "Batch Normalization fixes the means and variances of layer inputs and adds about 30% to the training time per step.",
      [S(N_FIX)], "the first half stated; no per-step overhead anywhere")
claim(P, 3, "paraphrase", CON, "Batch Normalization makes gradients depend more on the scale of the parameters.",
      [S(N_GRAD)], "it reduces that dependence")
claim(P, 3, "paraphrase", SUP, "Networks with Batch Normalization can be trained with saturating nonlinearities.",
      [S(N_SAT)], "light rewording")
claim(P, 3, "paraphrase", PART,
      "The Inception variant replaces 5x5 convolutions by two 3x3 convolutions and adds two auxiliary classifiers.",
      [S(N_5X5)], "the first half stated; no auxiliary classifiers anywhere")

# number-format
claim(P, 3, "number-format", SUP, "The network contains 13.6 million parameters.", [S(N_136)], "13.6x10^6")
claim(P, 3, "number-format", CON, "The network contains 136 million parameters.", [S(N_136)], "13.6 million, not 136")
claim(P, 3, "number-format", SUP, "Inception reached 72.2% accuracy after 31 million training steps.", [S(N_31)],
      "31x10^6")
claim(P, 3, "number-format", CON, "Inception reached 72.2% accuracy after 13 million training steps.", [S(N_31)],
      "31 million, not 13")
claim(P, 3, "number-format", SUP,
      "BN-x30 reaches 74.8% after six million steps, a fifth of the steps Inception needs to reach 72.2%.",
      [S(N_748)], "6x10^6; 5 times fewer = a fifth")
claim(P, 3, "number-format", CON,
      "BN-x30 reaches 74.8% after six million steps, a third of the steps Inception needs to reach 72.2%.",
      [S(N_748)], "5 times fewer: a fifth, not a third")
claim(P, 3, "number-format", SUP,
      "On ImageNet, Batch Normalization matches the best network's performance with about one fourteenth of its training steps.",
      [S(N_7), S(N_14)], "7% ~ 1/14 (7.1%); '14 times fewer'")
claim(P, 3, "number-format", SUP, "BN-x30's initial learning rate of 0.045 is thirty times Inception's.", [S(N_X30)],
      "30 times")
claim(P, 3, "number-format", CON, "BN-x30 starts from a learning rate of 0.45.", [S(N_X30)], "0.045, not 0.45")
claim(P, 3, "number-format", SUP, "Within-shard shuffling improved validation accuracy by about one percent.",
      [S(N_SHUFFLE)], "about 1%")
claim(P, 3, "number-format", CON, "In Modified BN-Inception the L2 weight regularization is reduced by a factor of 6.",
      [S(N_L2)], "a factor of 5 (6 is the decay speed-up)")
claim(P, 3, "number-format", CON, "Without Batch Normalization, Inception with sigmoid reaches about 1% accuracy.",
      [S(N_1000)], "never better than 1/1000 = 0.1%, not about 1%")

# sign-direction
claim(P, 3, "sign-direction", SUP, "BN-x30 trains somewhat slower initially but reaches a higher final accuracy.",
      [S(N_SLOWER)], "stated")
claim(P, 3, "sign-direction", CON, "Raising the learning rate further (BN-x30) makes the model train faster initially.",
      [S(N_SLOWER)], "slower initially")
claim(P, 3, "sign-direction", SUP, "The ensemble's 4.82% test error is below the 4.94% reported by He et al.",
      [S(N_494), S(N_482)], "4.82 < 4.94")
claim(P, 3, "sign-direction", CON, "He et al.'s 4.94% top-5 error is lower than the BN ensemble's test error.",
      [S(N_494), S(N_482)], "4.94 > 4.82")
claim(P, 3, "sign-direction", SUP, "Modified BN-Inception lowers the learning rate 6 times faster than Inception.",
      [S(N_DECAY)], "stated")
claim(P, 3, "sign-direction", CON, "Modified BN-Inception decays the learning rate 6 times more slowly than Inception.",
      [S(N_DECAY)], "faster, not slower")
claim(P, 3, "sign-direction", SUP,
      "The ensemble members used Dropout probabilities of 5% or 10%, below the original Inception's 40%.",
      [S(N_EACH)], "5% or 10% vs. 40%")
claim(P, 3, "sign-direction", CON,
      "The ensemble members used Dropout probabilities above the original Inception's 40%.",
      [S(N_EACH)], "5% or 10%, below 40%")

# polarity
claim(P, 3, "polarity", SUP, "Removing Dropout from Modified BN-Inception speeds up training without increasing overfitting.",
      [S(N_RMDROP)], "negation kept")
claim(P, 3, "polarity", CON, "Removing Dropout from Modified BN-Inception increases overfitting.", [S(N_RMDROP)],
      "'without increasing overfitting'")
claim(P, 3, "polarity", CON, "Simply adding Batch Normalization to a network takes full advantage of the method.",
      [S(N_SIMPLY)], "'does not take full advantage'")
claim(P, 3, "polarity", CON, "Batch normalization increases the need for Dropout.", [S(N_DROPOUT), S(N_REG)],
      "reduces it")
claim(P, 3, "polarity", CON, "The authors observed sparse nonlinearity inputs with Batch Normalization.", [S(N_SPARSE)],
      "not observed, neither with nor without")
claim(P, 3, "polarity", SUP,
      "The authors did not observe the nonlinearity inputs to be sparse, with or without Batch Normalization.",
      [S(N_SPARSE)], "negation kept")
claim(P, 3, "polarity", CON, "Batch Normalization makes it harder to use saturating nonlinearities.", [S(N_SAT)],
      "makes it possible")
claim(P, 3, "polarity", CON, "Batch Normalization requires lower learning rates to avoid divergence.",
      [S(N_DIVERGE), S(N_HIGHER)], "much higher learning rates without the risk of divergence")
claim(P, 3, "polarity", SUP, "Batch Normalization reduces the need for Dropout.", [S(N_DROPOUT)], "stated")

# entity-swap
claim(P, 3, "entity-swap", SUP,
      "The previous best ILSVRC results came from the ensemble of He et al. and the Deep Image ensemble.",
      [S(N_PRIOR)], "the same two systems in another order")
claim(P, 3, "entity-swap", PART,
      "The previous best ILSVRC results came from Deep Image, the He et al. ensemble and GoogLeNet.",
      [S(N_PRIOR)], "GoogLeNet is not named")
claim(P, 3, "entity-swap", PART,
      "Ensemble members were modified with larger initial convolution weights, Dropout and label smoothing.",
      [S(N_EACH)], "label smoothing is not named (per-activation BN is)")
claim(P, 3, "entity-swap", SUP,
      "Batch Normalization regularizes the model, allows higher learning rates and enables saturating nonlinearities.",
      [S(N_DIVERGE), S(N_DROPOUT), S(N_SAT)], "all three stated in adjacent sentences")
claim(P, 3, "entity-swap", PART, "Each network of the ensemble was based on BN-x30 or BN-x5-Sigmoid.", [S(N_EACH)],
      "BN-x5-Sigmoid is not named")

# two-sentences
claim(P, 3, "two-sentences", SUP,
      "BN-x5 needs 14 times fewer steps than Inception to reach 72.2%, while BN-x30 trains slower at first but reaches a higher final accuracy.",
      [S(N_X5_14), S(N_SLOWER)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "Inception reached 72.2% after 31 million steps, and BN-Baseline needed more than half as many steps to match it.",
      [S(N_31), S(N_HALF)], "less than half")
claim(P, 3, "two-sentences", PART, "BN-x5-Sigmoid reaches 69.8% accuracy after 20 million training steps.",
      [S(N_698)], "the accuracy stated; no step count for it")
claim(P, 3, "two-sentences", SUP,
      "The ensemble's networks were each based on BN-x30 and each reached its maximum accuracy after about 6 million steps.",
      [S(N_EACH), S(N_6M)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "A fivefold learning rate increase took BN-x5 to 0.0075, and the same increase trained the original Inception stably.",
      [S(N_0075), S(N_INF)], "it made the parameters reach machine infinity")

# absent
claim(P, 3, "absent", NF, "Batch Normalization performs poorly with mini-batches smaller than 8 examples.", [],
      "no small-batch result")
claim(P, 3, "absent", NF, "BN-Baseline needs 13.3 million steps to reach 72.2% accuracy.", [],
      "Figure 3's numbers are not in the corpus (true of the paper)")
claim(P, 3, "absent", NF, "BN-x5 reaches a maximum accuracy of 73.0%.", [],
      "Figure 3's numbers are not in the corpus (true of the paper)")
claim(P, 3, "absent", NF, "The paper proposes layer normalization for recurrent networks.", [], "not stated")
claim(P, 3, "absent", NF, "BN-Inception was trained on 50 GPUs.", [], "no hardware count")
claim(P, 3, "absent", SUP, "The ensemble prediction was the arithmetic average of the member networks' class probabilities.",
      [S(N_AVG)], "the ensemble paragraph's last sentence")
claim(P, 3, "absent", SUP, "Batch Normalization adds only two extra parameters per activation.", [S(N_TWO)],
      "the conclusion")
