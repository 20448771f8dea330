"""The fresh14 split (issue 13): a fourteenth blind set, over five PDF versions of four papers
that no other split contains (Faster R-CNN v1/v3, DeiT v2, awesome-align v1, SQuAD 2.0 v1),
labelled by reading their truth files before any verdict engine was run on them, by someone
who was not changing the rules. Never run while the rules change; `calibrate_verdicts.py`
treats every split named fresh* other than the development ones as independent and leaves it
out unless named.

Imported at the end of claims_src.py after claims_fresh13, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way (10ms as 0.01 seconds, 0.003 as 3e-3, 50,000 as 50K, 85.2% as "just over 85
percent", 200k as 200,000), a reversed difference, an antonym or a dropped negation, a swapped
list member, a mean, a difference or a best/worst only a table implies (AER, where lower is
better; mAP and accuracy, where higher is better), the other version's wording, and facts
true of the real papers but absent from the corpus text. Faster R-CNN v1 and SQuAD 2.0 v1
are the abstract alone.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH14 = {
    "1506.01497": (1, 3),  # Faster R-CNN: v1 (June 2015 abstract alone) and v3 (journal text)
    "2012.12877": (2,),  # DeiT
    "2101.08231": (1,),  # awesome-align (word alignment by fine-tuning embeddings)
    "1806.03822": (1,),  # SQuAD 2.0 (abstract alone)
}
SPLIT.update({paper: "fresh14" for paper in FRESH14})
VERSIONS.update(FRESH14)

# ---------------------------------------------------------------------------------------
# 1506.01497 -- Faster R-CNN. v1: the June 2015 abstract alone (73.2% / 70.4% mAP, alternating
# optimization, a code address). v3: the journal abstract (MS COCO, ILSVRC and COCO 2015, the
# 'attention' sentence), introduction, sentences of sections 4.1-4.3 with Tables 8-12 (mAP:
# higher is better; running time: lower is better), conclusion.
P = "1506.01497"
F_BOTTLENECK = "Advances like SPPnet and Fast R-CNN have reduced the running time of these detection networks, exposing region proposal computation as a bottleneck."
F_RPN = "In this work, we introduce a Region Proposal Network (RPN) that shares full-image convolutional features with the detection network, thus enabling nearly cost-free region proposals."
F_FCN = "An RPN is a fully convolutional network that simultaneously predicts object bounds and objectness scores at each position."
F_ALT1 = "With a simple alternating optimization, RPN and Fast R-CNN can be trained to share convolutional features."
F_SOTA1 = "For the very deep VGG-16 model, our detection system has a frame rate of 5fps (including all steps) on a GPU, while achieving state-of-the-art object detection accuracy on PASCAL VOC 2007 (73.2% mAP) and 2012 (70.4% mAP) using 300 proposals per image."
F_CODE1 = "Code is available at https://github.com/ShaoqingRen/faster_rcnn."
F_MERGE = "We further merge RPN and Fast R-CNN into a single network by sharing their convolutional features"
F_ATTN = "using the recently popular terminology of neural networks with 'attention' mechanisms, the RPN component tells the unified network where to look."
F_SOTA3 = "For the very deep VGG-16 model, our detection system has a frame rate of 5fps (including all steps) on a GPU, while achieving state-of-the-art object detection accuracy on PASCAL VOC 2007, 2012, and MS COCO datasets with only 300 proposals per image."
F_ILSVRC = "In ILSVRC and COCO 2015 competitions, Faster R-CNN and RPN are the foundations of the 1st-place winning entries in several tracks."
F_CODE3 = "Code has been made publicly available."
F_INEXP = "Region proposal methods typically rely on inexpensive features and economical inference schemes."
F_SUPERPIX = "Selective Search, one of the most popular methods, greedily merges superpixels based on engineered low-level features."
F_SS2S = "Yet when compared to efficient detection networks, Selective Search is an order of magnitude slower, at 2 seconds per image in a CPU implementation."
F_EB = "EdgeBoxes currently provides the best tradeoff between proposal quality and speed, at 0.2 seconds per image."
F_STILL = "Nevertheless, the region proposal step still consumes as much running time as the detection network."
F_10MS = "By sharing convolutions at test-time, the marginal cost for computing proposals is small (e.g., 10ms per image)."
F_PYR = "Our scheme can be thought of as a pyramid of regression references, which avoids enumerating images or filters of multiple scales or aspect ratios."
F_SINGLE = "This model performs well when trained and tested using single-scale images and thus benefits running speed."
F_ALTERN = "To unify RPNs with Fast R-CNN object detection networks, we propose a training scheme that alternates between fine-tuning for the region proposal task and then fine-tuning for object detection, while keeping the proposals fixed."
F_CONVERGE = "This scheme converges quickly and produces a unified network with convolutional features that are shared between both tasks."
F_JOINT = "Since the publication of the conference version of this paper, we have also found that RPNs can be trained jointly with Fast R-CNN networks leading to less training time."
F_GENERAL = "Since then, the frameworks of RPN and Faster R-CNN have been adopted and generalized to other methods, such as 3D object detection, part-based detection, instance segmentation, and image captioning."
F_PINTEREST = "Our fast and effective object detection system has also been built in commercial systems such as at Pinterests, with user engagement improvements reported."
F_TRACKS = "In ILSVRC and COCO 2015 competitions, Faster R-CNN and RPN are the basis of several 1st-place entries in the tracks of ImageNet detection, ImageNet localization, COCO detection, and COCO segmentation."
F_5K = "This dataset consists of about 5k trainval images and 5k test images over 20 object categories."
F_ZF = "For the ImageNet pre-trained network, we use the 'fast' version of ZF net that has 5 convolutional layers and 3 fully-connected layers, and the public VGG-16 model that has 13 convolutional layers and 3 fully-connected layers."
F_SS587 = "SS has an mAP of 58.7% and EB has an mAP of 58.6% under the Fast R-CNN framework."
F_599 = "RPN with Fast R-CNN achieves competitive results, with an mAP of 59.9% while using up to 300 proposals."
F_UNSH = "Using separate networks reduces the result slightly to 58.7% (RPN+ZF, unshared)."
F_568 = "Replacing SS with 300 RPN proposals at test-time leads to an mAP of 56.8%."
F_INCONS = "The loss in mAP is because of the inconsistency between the training/testing proposals."
F_551 = "Somewhat surprisingly, the RPN still leads to a competitive result (55.1%) when using the top-ranked 100 proposals at test-time, indicating that the top-ranked RPN proposals are accurate."
F_552 = "On the other extreme, using the top-ranked 6000 RPN proposals (without NMS) has a comparable mAP (55.2%), suggesting NMS does not harm the detection mAP and may reduce false alarms."
F_CLS = "When the cls layer is removed at test-time (thus no NMS/ranking is used), we randomly sample N proposals from the unscored regions."
F_558 = "The mAP is nearly unchanged with N = 1000 (55.8%), but degrades considerably to 44.6% when N = 100."
F_REG = "On the other hand, when the reg layer is removed at test-time (so the proposals become anchor boxes), the mAP drops to 52.1%."
F_REGBOX = "This suggests that the high-quality proposals are mainly due to the regressed box bounds."
F_592 = "The mAP improves from 56.8% (using RPN+ZF) to 59.2% (using RPN+VGG)."
F_699 = "For the feature-shared variant, the result is 69.9%"
F_UNION = "We further train the RPN and detection network on the union set of PASCAL VOC 2007 trainval and 2012 trainval."
F_732 = "The mAP is 73.2%."
F_704 = "On the PASCAL VOC 2012 test set, our method has an mAP of 70.4% trained on the union set of VOC 2007 trainval+test and VOC 2012 trainval."
F_SSTIME = "SS takes 1-2 seconds depending on content (on average about 1.5s), and Fast R-CNN with VGG-16 takes 320ms on 2000 SS proposals (or 223ms if using SVD on fully-connected layers)."
F_198 = "Our system with VGG-16 takes in total 198ms for both proposal and detection."
F_RPN10 = "With the convolutional features shared, the RPN alone only takes 10ms computing the additional layers."
F_17FPS = "Our system has a frame-rate of 17 fps with the ZF net."
F_34 = "If using just one anchor at each position, the mAP drops by a considerable margin of 3-4%."
F_698 = "Using just 3 scales with 1 aspect ratio (69.8%) is as good as using 3 scales with 3 aspect ratios on this dataset, suggesting that scales and aspect ratios are not disentangled dimensions for the detection accuracy."
F_1PCT = "Table 9 shows that our result is impacted just marginally (by ~1%) when lambda is within a scale of about two orders of magnitude (1 to 100)."
F_539 = "Using the ZF model, the one-stage system has an mAP of 53.9%."
F_48 = "This is lower than the two-stage system (58.7%) by 4.8%."
F_SLOWER = "We also note that the one-stage system is slower as it has considerably more proposals to process."
F_80CAT = "This dataset involves 80 object categories."
F_80K = "We experiment with the 80k images on the training set, 40k images on the validation set, and 20k images on the test-dev set."
F_240K = "The RPN step and Fast R-CNN step are both trained for 240k iterations with a learning rate of 0.003 and then for 80k iterations with 0.0003."
F_64 = "For the anchors, we use 3 aspect ratios and 4 scales (adding 64^2), mainly motivated by handling small objects on this dataset."
F_200MS = "The testing time is still about 200ms per image on the COCO dataset."
F_421 = "Using the COCO training set to train, Faster R-CNN has 42.1% mAP@0.5 and 21.5% mAP@[.5, .95] on the COCO test-dev set."
F_28 = "This is 2.8% higher for mAP@0.5 and 2.2% higher for mAP@[.5, .95] than the Fast R-CNN counterpart under the same protocol (Table 11)."
F_RES101 = "Only by replacing VGG-16 with a 101-layer residual net (ResNet-101), the Faster R-CNN system increases the mAP from 41.5%/21.2% (VGG-16) to 48.4%/27.2% (ResNet-101) on the COCO val set."
F_557 = "He et al. obtained a single-model result of 55.7%/34.9% and an ensemble result of 59.0%/37.4% on the COCO test-dev set, which won the 1st place in the COCO 2015 object detection competition."
F_85 = "The same system also won the 1st place in the ILSVRC 2015 object detection competition, surpassing the second place by absolute 8.5%."
F_COCOBASE = "As a simple baseline, we directly evaluate the COCO detection model on the PASCAL VOC dataset, without fine-tuning on any PASCAL VOC data."
F_761 = "The mAP under this setting is 76.1% on the PASCAL VOC 2007 test set (Table 12)."
F_GOOD = "This result is better than that trained on VOC07+12 (73.2%) by a good margin, even though the PASCAL VOC data are not exploited."
F_788 = "Doing so leads to 78.8% mAP on the PASCAL VOC 2007 test set."
F_56 = "The extra data from the COCO set increases the mAP by 5.6%."
F_IMPROVES = "The learned RPN also improves region proposal quality and thus the overall object detection accuracy."

T11_V = "COCO val / mAP@.5"
T11_VS = "COCO val / mAP@[.5, .95]"
T11_T = "COCO test-dev / mAP@.5"
T11_TS = "COCO test-dev / mAP@[.5, .95]"


def fr(table: int, row: str, column: str, value: str) -> dict:
    """A cell of Faster R-CNN v3's tables."""
    return C(f"Table {table}", row, column, value)


V1NF = {1: NF}

# verbatim
claim(P, 3, "verbatim", SUP, F_SOTA3, [S(F_SOTA3), S(F_SOTA1, 1)],
      "v3's abstract word for word; v1 states 5fps, 300 proposals and the VOC 2007 / 2012 results but not MS COCO",
      per={1: PART})
claim(P, 3, "verbatim", CON,
      "For the very deep VGG-16 model, our detection system has a frame rate of 10fps (including all steps) on a GPU, while achieving state-of-the-art object detection accuracy on PASCAL VOC 2007, 2012, and MS COCO datasets with only 300 proposals per image.",
      [S(F_SOTA3), S(F_SOTA1, 1)], "5fps, not 10fps (in both versions)", per={1: CON})
claim(P, 1, "verbatim", SUP, F_SOTA1, [S(F_SOTA1), S(F_SOTA3, 3), S(F_732, 3), S(F_704, 3)],
      "v1's abstract word for word; v3 states 5fps, 300 proposals and state of the art on VOC 2007 and 2012 in "
      "its abstract and the 73.2% and 70.4% in its body", per={3: SUP})
claim(P, 1, "verbatim", CON,
      "For the very deep VGG-16 model, our detection system has a frame rate of 5fps (including all steps) on a GPU, while achieving state-of-the-art object detection accuracy on PASCAL VOC 2007 (73.2% mAP) and 2012 (74.0% mAP) using 300 proposals per image.",
      [S(F_SOTA1), S(F_704, 3)], "VOC 2012: 70.4% mAP, not 74.0% (v1's abstract, v3's body)", per={3: CON})
claim(P, 3, "verbatim", SUP, F_SS2S, [S(F_SS2S)], "word for word", per=V1NF)
claim(P, 3, "verbatim", CON,
      "Yet when compared to efficient detection networks, Selective Search is an order of magnitude slower, at 20 seconds per image in a CPU implementation.",
      [S(F_SS2S)], "2 seconds per image, not 20", per=V1NF)
claim(P, 3, "verbatim", SUP, "The RPN step and Fast R-CNN step are both trained for 240k iterations with a lear",
      [S(F_240K)], "cut off mid-word; what is left is the sentence's start", per=V1NF, truncated=True)
claim(P, 3, "verbatim", CON,
      "The same system also won the 1st place in the ILSVRC 2015 object detection competition, surpassing the second place by absolute 7.5%.",
      [S(F_85)], "8.5%, not 7.5%", per=V1NF)
claim(P, 3, "verbatim", SUP, F_64, [S(F_64)], "word for word", per=V1NF)
claim(P, 3, "verbatim", CON,
      "This dataset consists of about 5k trainval images and 5k test images over 80 object categories.",
      [S(F_5K)], "VOC 2007 has 20 object categories; 80 is COCO's", per=V1NF)
claim(P, 3, "verbatim", SUP, "Our system has a frame-rate of 17 f", [S(F_17FPS)], "cut off mid-word", per=V1NF,
      truncated=True)
claim(P, 3, "verbatim", CON, "Our system with VGG-16 takes in total 189ms for both proposal and detection.",
      [S(F_198)], "198ms, not 189ms", per=V1NF)
claim(P, 3, "verbatim", SUP, F_INEXP, [S(F_INEXP)], "word for word", per=V1NF)

# paraphrase
claim(P, 3, "paraphrase", SUP,
      "The RPN shares full-image convolutional features with the detector, so region proposals come almost for free.",
      [S(F_RPN), S(F_RPN, 1)], "light rewording (the sentence is in both abstracts)", per={1: SUP})
claim(P, 3, "paraphrase", CON,
      "The RPN computes its own convolutional features apart from the detection network, so proposals carry a substantial extra cost.",
      [S(F_RPN), S(F_RPN, 1)], "the reverse of shared features and nearly cost-free proposals (both versions)",
      per={1: CON})
claim(P, 3, "paraphrase", PART,
      "An RPN predicts object bounds and objectness scores at every position and is trained with a focal loss.",
      [S(F_FCN), S(F_FCN, 1)], "the prediction stated in both versions; no focal loss anywhere", per={1: PART})
claim(P, 3, "paraphrase", SUP,
      "Selective Search, a popular proposal method, greedily merges superpixels using hand-engineered low-level features.",
      [S(F_SUPERPIX)], "light rewording", per=V1NF)
claim(P, 3, "paraphrase", PART,
      "Selective Search greedily merges superpixels based on low-level features and is the default proposal method of Detectron.",
      [S(F_SUPERPIX)], "the merging stated; nothing on Detectron", per=V1NF)
claim(P, 3, "paraphrase", CON,
      "The authors attribute the high quality of RPN proposals mainly to the anchor boxes rather than to the regressed box bounds.",
      [S(F_REG), S(F_REGBOX)], "mainly due to the regressed box bounds, not the anchors", per=V1NF)
claim(P, 3, "paraphrase", SUP,
      "Treating anchors as a pyramid of regression references avoids enumerating images or filters at multiple scales or aspect ratios.",
      [S(F_PYR)], "light rewording", per=V1NF)
claim(P, 3, "paraphrase", CON,
      "The RPN-based model only performs well when it is trained and tested on multi-scale image pyramids.",
      [S(F_SINGLE)], "it performs well with single-scale images", per=V1NF)
claim(P, 3, "paraphrase", PART,
      "RPNs can also be trained jointly with Fast R-CNN networks, which halves the training time.",
      [S(F_JOINT)], "joint training with less training time stated (a footnote); no 'half' anywhere", per=V1NF)
claim(P, 3, "paraphrase", PART,
      "Fine-tuning the COCO model on VOC lifts VOC 2007 mAP to 78.8%, and the same gain holds for the ZF network.",
      [S(F_788)], "78.8% stated for the fine-tuned model; nothing on ZF in this experiment", per=V1NF)
claim(P, 3, "paraphrase", SUP,
      "The alternating training scheme converges quickly and yields one network whose convolutional features both tasks share.",
      [S(F_CONVERGE)], "light rewording", per=V1NF)

# number-format
claim(P, 3, "number-format", SUP, "EdgeBoxes processes an image in a fifth of a second.", [S(F_EB)], "0.2 seconds",
      per=V1NF)
claim(P, 3, "number-format", CON, "EdgeBoxes processes an image in about half a second.", [S(F_EB)],
      "0.2 seconds, not 0.5", per=V1NF)
claim(P, 3, "number-format", SUP, "With shared convolutions, computing proposals adds roughly 0.01 seconds per image.",
      [S(F_10MS)], "10ms = 0.01 s", per=V1NF)
claim(P, 3, "number-format", CON, "With shared convolutions, computing proposals adds roughly 0.1 seconds per image.",
      [S(F_10MS)], "10ms = 0.01 s, not 0.1 s", per=V1NF)
claim(P, 3, "number-format", SUP,
      "The COCO experiments use 80 thousand training images, 40 thousand validation images and 20 thousand test-dev images.",
      [S(F_80K)], "80k / 40k / 20k", per=V1NF)
claim(P, 3, "number-format", CON,
      "The COCO experiments use 40 thousand training images, 80 thousand validation images and 20 thousand test-dev images.",
      [S(F_80K)], "80k training and 40k validation images, not the reverse", per=V1NF)
claim(P, 3, "number-format", SUP,
      "On COCO, both steps are trained for 240,000 iterations at a learning rate of 3e-3 and then 80,000 iterations at 3e-4.",
      [S(F_240K)], "240k, 0.003, 80k, 0.0003", per=V1NF)
claim(P, 3, "number-format", CON,
      "On COCO, both steps are trained for 240,000 iterations at a learning rate of 3e-3 and then 80,000 iterations at 3e-5.",
      [S(F_240K)], "0.0003 = 3e-4, not 3e-5", per=V1NF)
claim(P, 3, "number-format", SUP,
      "PASCAL VOC 2007 has roughly five thousand trainval and five thousand test images across twenty object categories.",
      [S(F_5K)], "about 5k / 5k, 20 categories", per=V1NF)
claim(P, 3, "number-format", SUP, "The complete VGG-16 system needs just under a fifth of a second per image for proposals and detection.",
      [S(F_198)], "198ms is just under 0.2 s", per=V1NF)
claim(P, 3, "number-format", CON, "The complete VGG-16 system needs about a third of a second per image for proposals and detection.",
      [S(F_198)], "198ms is about a fifth of a second, not a third", per=V1NF)
claim(P, 3, "number-format", SUP, "The ZF-based system runs at seventeen frames per second.", [S(F_17FPS)], "17 fps",
      per=V1NF)
claim(P, 3, "number-format", CON, "The ZF-based system runs at seventy frames per second.", [S(F_17FPS)],
      "17 fps, not 70", per=V1NF)
claim(P, 3, "number-format", SUP, "Selective Search takes about one and a half seconds per image on average.",
      [S(F_SSTIME)], "on average about 1.5s", per=V1NF)
claim(P, 1, "number-format", SUP, "With VGG-16 the detector runs at five frames per second and reaches 73.2 percent mAP on PASCAL VOC 2007.",
      [S(F_SOTA1), S(F_SOTA3, 3), S(F_732, 3)], "5fps, 73.2% (v3: 5fps in the abstract, 73.2% in the body)",
      per={3: SUP})
claim(P, 3, "number-format", CON, "COCO training starts from a learning rate of 0.03.", [S(F_240K)],
      "0.003, not 0.03", per=V1NF)

# sign-direction
claim(P, 3, "sign-direction", SUP, "Training the RPN and detector as separate, unshared networks lowers mAP slightly, to 58.7%.",
      [S(F_UNSH)], "reduces the result slightly to 58.7%", per=V1NF)
claim(P, 3, "sign-direction", CON, "Training the RPN and detector as separate, unshared networks raises mAP to 58.7%.",
      [S(F_UNSH)], "reduces, not raises", per=V1NF)
claim(P, 3, "sign-direction", SUP, "Switching the proposal network from ZF to VGG raises mAP by 2.4 points, from 56.8% to 59.2%.",
      [S(F_592)], "56.8 -> 59.2 = +2.4", per=V1NF)
claim(P, 3, "sign-direction", CON, "Switching the proposal network from ZF to VGG lowers mAP from 59.2% to 56.8%.",
      [S(F_592)], "it improves from 56.8% to 59.2%", per=V1NF)
claim(P, 3, "sign-direction", SUP, "On COCO test-dev, Faster R-CNN is 2.8 points above its Fast R-CNN counterpart at mAP@0.5.",
      [S(F_28)], "2.8% higher", per=V1NF)
claim(P, 3, "sign-direction", CON, "On COCO test-dev, Faster R-CNN trails its Fast R-CNN counterpart by 2.2 points on mAP@[.5, .95].",
      [S(F_28)], "2.2% higher, not lower", per=V1NF)
claim(P, 3, "sign-direction", SUP, "Without the cls layer, cutting the randomly sampled proposals from 1000 to 100 drops mAP to 44.6%.",
      [S(F_558)], "55.8% at N = 1000, degrades to 44.6% at N = 100", per=V1NF)
claim(P, 3, "sign-direction", CON, "Without the cls layer, cutting the randomly sampled proposals from 1000 to 100 improves mAP to 44.6%.",
      [S(F_558)], "it degrades considerably to 44.6%", per=V1NF)
claim(P, 3, "sign-direction", SUP, "Raising lambda from 10 to 100 lowers mAP from 69.9 to 69.1.",
      [fr(9, "mAP (%)", "10", "69.9"), fr(9, "mAP (%)", "100", "69.1")], "Table 9: 69.9 -> 69.1", per=V1NF)
claim(P, 3, "sign-direction", CON, "Raising lambda from 1 to 10 decreases mAP.",
      [fr(9, "mAP (%)", "1", "68.9"), fr(9, "mAP (%)", "10", "69.9")], "Table 9: 68.9 -> 69.9 is an increase",
      per=V1NF)
claim(P, 3, "sign-direction", SUP, "COCO-only training beats VOC07+12 training on the VOC 2007 test set by 2.9 points.",
      [fr(12, "COCO (no VOC)", "2007 test", "76.1"), fr(12, "VOC07+12", "2007 test", "73.2")],
      "Table 12: 76.1 - 73.2 = +2.9", per=V1NF)
claim(P, 3, "sign-direction", CON, "COCO-only training falls 2.9 points short of VOC07+12 training on the VOC 2007 test set.",
      [fr(12, "COCO (no VOC)", "2007 test", "76.1"), fr(12, "VOC07+12", "2007 test", "73.2")],
      "Table 12: COCO-only is 2.9 above, not below", per=V1NF)
claim(P, 3, "sign-direction", SUP, "With a single 1:1 anchor, moving from a 128x128 to a 256x256 scale raises mAP from 65.8 to 66.7.",
      [fr(8, "128x128", "mAP (%)", "65.8"), fr(8, "256x256", "mAP (%)", "66.7")], "Table 8: 65.8 -> 66.7",
      per=V1NF)
claim(P, 3, "sign-direction", CON, "With one scale and three aspect ratios, the 256x256 anchor scores higher than the 128x128 one.",
      [fr(8, "128x128", "mAP (%)", "68.8"), fr(8, "256x256", "mAP (%)", "67.9")], "Table 8: 67.9 < 68.8",
      per=V1NF)
claim(P, 3, "sign-direction", CON, "Replacing VGG-16 with ResNet-101 lowers COCO val mAP@0.5 from 48.4% to 41.5%.",
      [S(F_RES101)], "it increases from 41.5% to 48.4%", per=V1NF)
claim(P, 3, "sign-direction", SUP, "Replacing VGG-16 with ResNet-101 raises COCO val mAP@[.5, .95] by 6 points, from 21.2% to 27.2%.",
      [S(F_RES101)], "21.2 -> 27.2 = +6.0", per=V1NF)

# polarity
claim(P, 3, "polarity", SUP, "Non-maximum suppression does not hurt detection mAP and may cut false alarms.", [S(F_552)],
      "kept", per=V1NF)
claim(P, 3, "polarity", CON, "Non-maximum suppression harms detection mAP.", [S(F_552)], "NMS does not harm the mAP",
      per=V1NF)
claim(P, 3, "polarity", CON, "Before RPNs, the region proposal step took far less running time than the detection network.",
      [S(F_STILL)], "it consumes as much running time as the detection network", per=V1NF)
claim(P, 3, "polarity", SUP, "The one-stage system is slower because it has considerably more proposals to process.",
      [S(F_SLOWER)], "kept", per=V1NF)
claim(P, 3, "polarity", CON, "The one-stage system is faster, as it has far fewer proposals to process.", [S(F_SLOWER)],
      "slower, with more proposals", per=V1NF)
claim(P, 3, "polarity", SUP, "Scales and aspect ratios are not disentangled dimensions for detection accuracy.", [S(F_698)],
      "kept", per=V1NF)
claim(P, 3, "polarity", CON, "Scales and aspect ratios turn out to be disentangled dimensions for detection accuracy.",
      [S(F_698)], "not disentangled", per=V1NF)
claim(P, 3, "polarity", SUP, "The result changes only marginally when lambda ranges from 1 to 100.", [S(F_1PCT)], "kept",
      per=V1NF)
claim(P, 3, "polarity", CON, "Detection accuracy is highly sensitive to lambda in the range from 1 to 100.", [S(F_1PCT)],
      "impacted just marginally", per=V1NF)
claim(P, 3, "polarity", SUP, "The COCO-trained model beats VOC07+12 training on VOC 2007 even though no PASCAL VOC data are exploited.",
      [S(F_GOOD)], "kept", per=V1NF)
claim(P, 3, "polarity", CON, "The COCO-trained model beats VOC07+12 training on VOC 2007 only because it also exploits the PASCAL VOC data.",
      [S(F_COCOBASE), S(F_GOOD)], "the PASCAL VOC data are not exploited", per=V1NF)
claim(P, 3, "polarity", CON, "Region proposal methods typically rely on expensive features and costly inference schemes.",
      [S(F_INEXP)], "inexpensive features and economical inference", per=V1NF)
claim(P, 3, "polarity", CON, "The drop in mAP when RPN proposals replace SS at test time comes from the consistency between training and testing proposals.",
      [S(F_INCONS)], "inconsistency, not consistency", per=V1NF)
claim(P, 3, "polarity", CON, "The top-ranked RPN proposals are inaccurate: with only 100 of them the result is far from competitive.",
      [S(F_551)], "a competitive result (55.1%), the top-ranked proposals accurate", per=V1NF)
claim(P, 3, "polarity", CON, "An RPN is a fully connected network that predicts object bounds and objectness scores at each position.",
      [S(F_FCN), S(F_FCN, 1)], "fully convolutional, not fully connected (both versions)", per={1: CON})
claim(P, 3, "polarity", SUP, "The effective running time for proposals is just 10 milliseconds, waiving nearly all of Selective Search's test-time burden.",
      [S("Meanwhile, our method waives nearly all computational burdens of Selective Search at test-time")],
      "kept", per=V1NF)

# entity-swap
claim(P, 3, "entity-swap", SUP,
      "Faster R-CNN underpins 1st-place entries in COCO segmentation, COCO detection, ImageNet localization and ImageNet detection.",
      [S(F_TRACKS)], "the same four tracks in another order", per=V1NF)
claim(P, 3, "entity-swap", PART,
      "Faster R-CNN underpins 1st-place entries in ImageNet detection, ImageNet localization, COCO detection and COCO keypoint detection.",
      [S(F_TRACKS)], "COCO segmentation is the fourth track; nothing on keypoint detection", per=V1NF)
claim(P, 3, "entity-swap", SUP,
      "The RPN and Faster R-CNN frameworks have been generalized to image captioning, instance segmentation, part-based detection and 3D object detection.",
      [S(F_GENERAL)], "the same four in another order", per=V1NF)
claim(P, 3, "entity-swap", PART,
      "The RPN and Faster R-CNN frameworks have been generalized to 3D object detection, instance segmentation, video object tracking and image captioning.",
      [S(F_GENERAL)], "video object tracking is not among them (part-based detection is)", per=V1NF)
claim(P, 3, "entity-swap", SUP, "The ImageNet-pretrained backbones are VGG-16 and the fast version of ZF net.", [S(F_ZF)],
      "both named", per=V1NF)
claim(P, 3, "entity-swap", PART, "The ImageNet-pretrained backbones are the fast ZF net, VGG-16 and AlexNet.", [S(F_ZF)],
      "ZF and VGG-16 named; no AlexNet", per=V1NF)
claim(P, 3, "entity-swap", SUP, "Fast R-CNN and SPPnet cut the running time of detection networks, leaving region proposals as the bottleneck.",
      [S(F_BOTTLENECK), S(F_BOTTLENECK, 1)], "the same two in another order (both versions)", per={1: SUP})
claim(P, 3, "entity-swap", PART, "SPPnet, Fast R-CNN and R-FCN reduced the running time of detection networks.",
      [S(F_BOTTLENECK), S(F_BOTTLENECK, 1)], "SPPnet and Fast R-CNN named; no R-FCN (both versions)", per={1: PART})
claim(P, 3, "entity-swap", PART, "The detection system has been built into commercial systems at Pinterest and Flickr.",
      [S(F_PINTEREST)], "Pinterest named; nothing on Flickr", per=V1NF)
claim(P, 3, "entity-swap", SUP, "Under the Fast R-CNN framework, EdgeBoxes reaches 58.6% mAP and Selective Search 58.7%.",
      [S(F_SS587)], "the same two in another order", per=V1NF)
claim(P, 3, "entity-swap", CON, "Under the Fast R-CNN framework, Selective Search reaches 58.6% mAP and EdgeBoxes 58.7%.",
      [S(F_SS587)], "the two numbers swapped: SS 58.7%, EB 58.6%", per=V1NF)

# table-cell
claim(P, 3, "table-cell", SUP, "Faster R-CNN trained on COCO train scores 42.1 mAP@.5 on COCO test-dev.",
      [fr(11, "Faster R-CNN", T11_T, "42.1")], "Table 11", per=V1NF)
claim(P, 3, "table-cell", CON, "Faster R-CNN trained on COCO train scores 41.5 mAP@.5 on COCO test-dev.",
      [fr(11, "Faster R-CNN", T11_T, "42.1")], "Table 11: 42.1 on test-dev; 41.5 is the val cell", per=V1NF)
claim(P, 3, "table-cell", SUP, "Trained on COCO trainval, Faster R-CNN reaches 21.9 mAP@[.5, .95] on test-dev.",
      [fr(11, "Faster R-CNN", T11_TS, "21.9")], "Table 11", per=V1NF)
claim(P, 3, "table-cell", CON, "The paper's own Fast R-CNN implementation scores 19.7 mAP@[.5, .95] on COCO test-dev.",
      [fr(11, "Fast R-CNN (ours impl.)", T11_TS, "19.3")], "Table 11: 19.3; 19.7 is the original Fast R-CNN's",
      per=V1NF)
claim(P, 3, "table-cell", PART, "The re-implemented Fast R-CNN scores 38.6 mAP@.5 on COCO val and 45.0 on the COCO minival split.",
      [fr(11, "Fast R-CNN (ours impl.)", T11_V, "38.6")], "38.6 on val stated; no minival result", per=V1NF)
claim(P, 3, "table-cell", SUP, "The original Fast R-CNN reports 35.9 mAP@.5 on COCO test-dev.",
      [fr(11, "Fast R-CNN (original)", T11_T, "35.9")], "Table 11", per=V1NF)
claim(P, 3, "table-cell", SUP, "With COCO+VOC07++12 training, the VOC 2012 test mAP is 75.9.",
      [fr(12, "COCO+VOC07++12", "2012 test", "75.9")], "Table 12", per=V1NF)
claim(P, 3, "table-cell", CON, "Training on COCO alone, without VOC data, gives 75.9 mAP on the VOC 2012 test set.",
      [fr(12, "COCO (no VOC)", "2012 test", "73.0")], "Table 12: 73.0; 75.9 is COCO+VOC07++12", per=V1NF)
claim(P, 3, "table-cell", SUP, "Training on VOC07 alone yields 67.0 mAP on the VOC 2012 test set.",
      [fr(12, "VOC07", "2012 test", "67.0")], "Table 12", per=V1NF)
claim(P, 3, "table-cell", SUP, "Anchors of three scales with a single 1:1 ratio give 69.8% mAP.",
      [fr(8, "128x128, 256x256, 512x512", "mAP (%)", "69.8")], "Table 8", per=V1NF)
claim(P, 3, "table-cell", CON, "A single 128x128 anchor with a 1:1 ratio gives 66.7% mAP.",
      [fr(8, "128x128", "mAP (%)", "65.8")], "Table 8: 65.8; 66.7 is the 256x256 row", per=V1NF)
claim(P, 3, "table-cell", PART, "A single 256x256 anchor with three aspect ratios gives 67.9% mAP and trains 20% faster than the default.",
      [fr(8, "256x256", "mAP (%)", "67.9")], "67.9 stated; nothing on training speed", per=V1NF)
claim(P, 3, "table-cell", SUP, "The one-stage system with 5-scale features and 20000 dense proposals scores 53.9% mAP.",
      [fr(10, "dense, 3 scales, 3 aspect ratios", "mAP (%)", "53.9"),
       fr(10, "dense, 3 scales, 3 aspect ratios", "proposals / #", "20000")], "Table 10", per=V1NF)
claim(P, 3, "table-cell", CON, "The one-stage system with single-scale Fast R-CNN features reaches 53.9% mAP.",
      [fr(10, "dense, 3 scales, 3 aspect ratios", "mAP (%)", "53.8")], "Table 10: 53.8 with 1 scale; 53.9 is 5 scales",
      per=V1NF)
claim(P, 3, "table-cell", SUP, "With lambda set to 0.1, mAP is 67.2%.", [fr(9, "mAP (%)", "0.1", "67.2")], "Table 9",
      per=V1NF)
claim(P, 3, "table-cell", CON, "With lambda set to 1, mAP is 69.1%.", [fr(9, "mAP (%)", "1", "68.9")],
      "Table 9: 68.9; 69.1 is lambda = 100", per=V1NF)

# table-computed
claim(P, 3, "table-computed", SUP, "Across the four lambda values tested, mAP averages about 68.8%.",
      [fr(9, "mAP (%)", "0.1", "67.2"), fr(9, "mAP (%)", "1", "68.9"), fr(9, "mAP (%)", "10", "69.9"),
       fr(9, "mAP (%)", "100", "69.1")], "(67.2 + 68.9 + 69.9 + 69.1) / 4 = 68.775 ~ 68.8", per=V1NF)
claim(P, 3, "table-computed", CON, "Across the four lambda values tested, mAP averages about 69.3%.",
      [fr(9, "mAP (%)", "0.1", "67.2"), fr(9, "mAP (%)", "1", "68.9"), fr(9, "mAP (%)", "10", "69.9"),
       fr(9, "mAP (%)", "100", "69.1")], "the mean is 68.775, not 69.3", per=V1NF)
claim(P, 3, "table-computed", SUP, "Of the lambda values tried, 10 gives the best mAP.",
      [fr(9, "mAP (%)", "10", "69.9")], "Table 9: max of 67.2, 68.9, 69.9, 69.1 is 69.9 at lambda = 10", per=V1NF)
claim(P, 3, "table-computed", CON, "Of the lambda values tried, 100 gives the best mAP.",
      [fr(9, "mAP (%)", "10", "69.9"), fr(9, "mAP (%)", "100", "69.1")], "the best is lambda = 10 (69.9)", per=V1NF)
claim(P, 3, "table-computed", SUP, "The weakest anchor setting in the ablation, one 128x128 anchor with a 1:1 ratio, scores 65.8%.",
      [fr(8, "128x128", "mAP (%)", "65.8")], "Table 8: min of the six settings", per=V1NF)
claim(P, 3, "table-computed", CON, "The weakest anchor setting in the ablation is one 256x256 scale with three aspect ratios.",
      [fr(8, "256x256", "mAP (%)", "67.9"), fr(8, "128x128", "mAP (%)", "65.8")],
      "Table 8: the minimum is 65.8 (128x128, 1:1), not 67.9", per=V1NF)
claim(P, 3, "table-computed", SUP, "The two-stage RPN system beats the five-scale one-stage system by 4.8 mAP points.",
      [fr(10, "RPN + ZF, unshared", "mAP (%)", "58.7"), fr(10, "dense, 3 scales, 3 aspect ratios", "mAP (%)", "53.9")],
      "58.7 - 53.9 = 4.8", per=V1NF)
claim(P, 3, "table-computed", CON, "The two-stage RPN system beats the single-scale one-stage system by 4.8 mAP points.",
      [fr(10, "RPN + ZF, unshared", "mAP (%)", "58.7"), fr(10, "dense, 3 scales, 3 aspect ratios", "mAP (%)", "53.8")],
      "58.7 - 53.8 = 4.9 (4.8 is against the five-scale variant)", per=V1NF)
claim(P, 3, "table-computed", SUP, "On COCO val, Faster R-CNN's mAP@.5 is 2.9 points above the re-implemented Fast R-CNN.",
      [fr(11, "Faster R-CNN", T11_V, "41.5"), fr(11, "Fast R-CNN (ours impl.)", T11_V, "38.6")],
      "41.5 - 38.6 = 2.9", per=V1NF)
claim(P, 3, "table-computed", CON, "On COCO val, Faster R-CNN's mAP@[.5, .95] exceeds the re-implemented Fast R-CNN by 3.3 points.",
      [fr(11, "Faster R-CNN", T11_VS, "21.2"), fr(11, "Fast R-CNN (ours impl.)", T11_VS, "18.9")],
      "21.2 - 18.9 = 2.3, not 3.3", per=V1NF)
claim(P, 3, "table-computed", SUP, "Adding VOC07++12 to COCO training lifts VOC 2012 test mAP by 2.9 points.",
      [fr(12, "COCO+VOC07++12", "2012 test", "75.9"), fr(12, "COCO (no VOC)", "2012 test", "73.0")],
      "75.9 - 73.0 = 2.9", per=V1NF)
claim(P, 3, "table-computed", CON, "Adding COCO to VOC07+12 training lifts VOC 2007 test mAP by 3.6 points.",
      [fr(12, "COCO+VOC07+12", "2007 test", "78.8"), fr(12, "VOC07+12", "2007 test", "73.2")],
      "78.8 - 73.2 = 5.6, not 3.6", per=V1NF)
claim(P, 3, "table-computed", SUP, "Training on COCO trainval instead of COCO train adds 0.6 points of test-dev mAP@.5.",
      [fr(11, "Faster R-CNN", T11_T, "42.7"), fr(11, "Faster R-CNN", T11_T, "42.1")], "42.7 - 42.1 = 0.6",
      per=V1NF)
claim(P, 3, "table-computed", CON, "On COCO test-dev, Faster R-CNN (COCO train) is 2.8 mAP@.5 points above the originally reported Fast R-CNN.",
      [fr(11, "Faster R-CNN", T11_T, "42.1"), fr(11, "Fast R-CNN (original)", T11_T, "35.9")],
      "42.1 - 35.9 = 6.2 (2.8 is against the paper's own re-implementation)", per=V1NF)
claim(P, 3, "table-computed", SUP, "The three anchor settings that use three aspect ratios average about 68.9% mAP.",
      [fr(8, "128x128", "mAP (%)", "68.8"), fr(8, "256x256", "mAP (%)", "67.9"),
       fr(8, "128x128, 256x256, 512x512", "mAP (%)", "69.9")], "(68.8 + 67.9 + 69.9) / 3 = 68.87 ~ 68.9",
      per=V1NF)

# two-sentences
claim(P, 3, "two-sentences", SUP,
      "Replacing SS with 300 RPN proposals at test time gives 56.8% mAP, a loss the authors put down to the inconsistency between training and testing proposals.",
      [S(F_568), S(F_INCONS)], "two adjacent sentences", per=V1NF)
claim(P, 3, "two-sentences", CON,
      "Replacing SS with 300 RPN proposals at test time gives 56.8% mAP, a loss the authors put down to using too few proposals at test time.",
      [S(F_568), S(F_INCONS)], "the stated cause is the train/test inconsistency, another cause in the same slot",
      per=V1NF)
claim(P, 3, "two-sentences", SUP,
      "Trained on COCO train, Faster R-CNN gets 42.1% mAP@0.5 on test-dev, 2.8 points above its Fast R-CNN counterpart.",
      [S(F_421), S(F_28)], "two adjacent sentences", per=V1NF)
claim(P, 3, "two-sentences", CON,
      "Trained on COCO train, Faster R-CNN gets 42.1% mAP@0.5 on test-dev, 3.8 points above its Fast R-CNN counterpart.",
      [S(F_421), S(F_28)], "2.8 points, not 3.8", per=V1NF)
claim(P, 3, "two-sentences", PART,
      "Trained on COCO train, Faster R-CNN gets 42.1% mAP@0.5 on test-dev and 45.3% on the COCO 2016 challenge set.",
      [S(F_421)], "the test-dev figure stated; no 2016 challenge result", per=V1NF)
claim(P, 3, "two-sentences", SUP,
      "Training the RPN and detector on the union of VOC 2007 and 2012 trainval brings the mAP to 73.2%.",
      [S(F_UNION), S(F_732), S(F_SOTA1, 1)],
      "two adjacent sentences; v1 has 73.2% on VOC 2007 but not the training data", per={1: PART})
claim(P, 3, "two-sentences", SUP,
      "Without the cls layer, N proposals are sampled at random from unscored regions, and with N = 1000 the mAP barely moves (55.8%).",
      [S(F_CLS), S(F_558)], "two adjacent sentences", per=V1NF)
claim(P, 3, "two-sentences", PART,
      "ResNet-101 lifts COCO val mAP to 48.4%/27.2%, and the 16-model ensemble reaches 59.0%/37.4% on test-dev.",
      [S(F_RES101), S(F_557)], "both results stated; the ensemble's size nowhere", per=V1NF)
claim(P, 3, "two-sentences", SUP,
      "Evaluated directly on PASCAL VOC without any fine-tuning on VOC data, the COCO detection model reaches 76.1% mAP on VOC 2007 test.",
      [S(F_COCOBASE), S(F_761)], "two adjacent sentences", per=V1NF)
claim(P, 3, "two-sentences", CON,
      "Evaluated directly on PASCAL VOC without any fine-tuning on VOC data, the COCO detection model reaches 78.8% mAP on VOC 2007 test.",
      [S(F_COCOBASE), S(F_761), S(F_788)], "76.1% without fine-tuning; 78.8% is after fine-tuning", per=V1NF)
claim(P, 3, "two-sentences", SUP,
      "The VGG-16 system takes 198 ms in total for proposal and detection, of which the RPN alone needs only 10 ms.",
      [S(F_198), S(F_RPN10)], "two adjacent sentences", per=V1NF)
claim(P, 3, "two-sentences", CON,
      "Using a single anchor per position costs 3-4% mAP, while three scales with one aspect ratio fall well short of the default (69.8% vs 69.9%).",
      [S(F_34), S(F_698)], "3 scales with 1 ratio is as good as the default, not well short", per=V1NF)

# version-drift
claim(P, 3, "version-drift", SUP, "Faster R-CNN and RPN underpin the 1st-place entries in several tracks of the ILSVRC and COCO 2015 competitions.",
      [S(F_ILSVRC)], "v3's abstract; v1 (June 2015) says nothing of the 2015 competitions", per={1: NF})
claim(P, 1, "version-drift", NF, "Faster R-CNN and RPN underpin the 1st-place entries in several tracks of the ILSVRC and COCO 2015 competitions.",
      [S(F_ILSVRC, 3)], "nothing in v1's abstract; v3 states it", per={3: SUP})
claim(P, 3, "version-drift", SUP, "With only 300 proposals per image, the VGG-16 system reaches state-of-the-art accuracy on MS COCO.",
      [S(F_SOTA3), S(F_SOTA1, 1)], "v3's abstract; v1 has the VGG-16 system with 300 proposals and its "
      "state of the art on PASCAL VOC, but no MS COCO", per={1: PART})
claim(P, 1, "version-drift", SUP, "The code is available at https://github.com/ShaoqingRen/faster_rcnn.",
      [S(F_CODE1), S(F_CODE3, 3)], "v1's last sentence; v3 says the code is public but gives no address",
      per={3: PART})
claim(P, 3, "version-drift", SUP, "In attention terminology, the RPN component tells the unified network where to look.",
      [S(F_ATTN)], "v3's abstract; not in v1", per={1: NF})
claim(P, 3, "version-drift", SUP,
      "The detector reaches state-of-the-art accuracy on PASCAL VOC 2007, 2012 and MS COCO with 300 proposals, with 73.2% mAP on VOC 2007.",
      [S(F_SOTA3), S(F_732), S(F_SOTA1, 1)],
      "v3: the abstract and the body's 73.2%; v1 has VOC 2007 / 2012 and 73.2% but no MS COCO", per={1: PART})
claim(P, 3, "version-drift", SUP, "RPN and Fast R-CNN are merged into a single network that shares their convolutional features.",
      [S(F_MERGE), S(F_ALT1, 1)], "v3's abstract; v1 has shared features through alternating optimization but no "
      "single merged network", per={1: PART})
claim(P, 1, "version-drift", SUP, "A simple alternating optimization lets RPN and Fast R-CNN be trained to share convolutional features.",
      [S(F_ALT1), S(F_ALTERN, 3), S(F_CONVERGE, 3)],
      "v1's abstract; v3's introduction states the alternating scheme and the shared features", per={3: SUP})
claim(P, 3, "version-drift", SUP,
      "Since the conference version, the authors found that RPNs can be trained jointly with Fast R-CNN, with less training time.",
      [S(F_JOINT)], "v3's footnote; not in v1", per={1: NF})
claim(P, 1, "version-drift", CON, "The detector reaches 70.4% mAP on PASCAL VOC 2007 with 300 proposals per image.",
      [S(F_SOTA1), S(F_732, 3), S(F_704, 3)], "73.2% on VOC 2007; 70.4% is VOC 2012 (v1's abstract, v3's body)",
      per={3: CON})

# absent
claim(P, 3, "absent", NF, "The RPN slides a 3x3 window over the last shared convolutional feature map.", [],
      "the corpus text never describes the sliding window size", per=V1NF)
claim(P, 3, "absent", NF, "Each RPN mini-batch samples 256 anchors per image with up to a 1:1 ratio of positives to negatives.",
      [], "no mini-batch sampling in the corpus text", per=V1NF)
claim(P, 3, "absent", NF, "An anchor is labelled positive when its IoU with a ground-truth box exceeds 0.7.", [],
      "no anchor labelling rule in the corpus text", per=V1NF)
claim(P, 3, "absent", NF, "The winning ILSVRC 2015 detection entry built on Faster R-CNN reached 62.1% mAP.", [],
      "only the 8.5% margin is given, not the entry's mAP", per=V1NF)
claim(P, 3, "absent", NF, "The MATLAB implementation of Faster R-CNN is built on the Caffe framework.", [],
      "no framework named", per=V1NF)
claim(P, 1, "absent", NF, "Faster R-CNN was also evaluated on the KITTI driving benchmark.", [],
      "neither version mentions KITTI", per={3: NF})
claim(P, 3, "absent", NF, "Training Faster R-CNN with the 4-step alternating procedure takes about 2.5 days on VOC 2007.", [],
      "no training duration in the corpus text", per=V1NF)
claim(P, 3, "absent", SUP, "The code has been made publicly available.", [S(F_CODE3), S(F_CODE1, 1)],
      "the last sentence of v3's abstract; v1 gives the address", per={1: SUP})
claim(P, 3, "absent", SUP, "The learned RPN also improves proposal quality and thereby the overall detection accuracy.",
      [S(F_IMPROVES)], "the conclusion's last sentence", per=V1NF)

# ---------------------------------------------------------------------------------------
# 2012.12877 -- DeiT v2: abstract, introduction, sentences of sections 4 and 5.1-5.2 with
# Tables 1-3 (top-1 accuracy and throughput: higher is better). One version in the corpus;
# its drift claims are absent ones below.
P = "2012.12877"
D_HUNDREDS = "These high-performing vision transformers are pre-trained with hundreds of millions of images using a large infrastructure, thereby limiting their adoption."
D_ONLY = "In this work, we produce competitive convolution-free transformers by training on Imagenet only."
D_3DAYS = "We train them on a single computer in less than 3 days."
D_831 = "Our reference vision transformer (86M parameters) achieves top-1 accuracy of 83.1% (single-crop) on ImageNet with no external data."
D_TOKEN = "It relies on a distillation token ensuring that the student learns from the teacher through attention."
D_852 = "This leads us to report results competitive with convnets for both Imagenet (where we obtain up to 85.2% accuracy) and when transferring to other tasks."
D_SHARE = "We share our code and models."
D_JFT = "Their paper presented excellent results with transformers trained with a large private labelled image dataset (JFT-300M, 300 millions images)."
D_GENERALIZE = "The paper concluded that transformers \"do not generalize well when trained on insufficient amounts of data\", and the training of these models involved extensive computing resources."
D_8GPU = "In this paper, we train a vision transformer on a single 8-GPU node in two to three days (53 hours of pre-training, and optionally 20 hours of fine-tuning) that is competitive with convnets having a similar number of parameters and efficiency."
D_SOLE = "It uses Imagenet as the sole training set."
D_TIMM = "We build upon the visual transformer architecture from Dosovitskiy et al. and improvements included in the timm library."
D_REPEAT = "Our ablation study details the hyper-parameters and key ingredients for a successful training, such as repeated augmentation."
D_REPLACES = "We introduce a token-based strategy, specific to transformers and denoted by DeiT-dist, and show that it advantageously replaces the usual distillation."
D_NOCONV = "We show that our neural networks that contains no convolutional layer can achieve competitive results against the state of the art on ImageNet with no external data."
D_COUNTERPART = "Our two new models DeiT-S and DeiT-Ti have fewer parameters and can be seen as the counterpart of ResNet-50 and ResNet-18."
D_LEARNMORE = "Interestingly, with our distillation, image transformers learn more from a convnet than from another transformer with comparable performance."
D_TRANSFER = "Our models pre-learned on Imagenet are competitive when transferred to different downstream tasks such as fine-grained classification, on several popular public benchmarks: CIFAR-10, CIFAR-100, Oxford-102 flowers, Stanford Cars and iNaturalist-18/19."
D_006 = "Interestingly, we observe that the learned class and distillation tokens converge towards different vectors: the average cosine similarity between these tokens equal to 0.06."
D_093 = "As the class and distillation embeddings are computed at each layer, they gradually become more similar through the network, all the way through the last layer at which their similarity is high (cos=0.93), but still lower than 1."
D_0999 = "Even if we initialize them randomly and independently, during training they converge towards the same vector (cos=0.999), and the output embedding are also quasi-identical."
D_NOTHING = "This additional class token does not bring anything to the classification performance."
D_EPS = "We fix this parameter to epsilon = 0.1 in our all experiments that use true labels."
D_MLP = "Also we do not use a MLP head for the pre-training but only a linear classifier."
D_768 = "The parameters of ViT-B (and therefore of DeiT-B) are fixed as D = 768, h = 12 and d = D/h = 64."
D_OUTPERF = "Our best model on ImageNet-1k is 85.2% top-1 accuracy outperforms the best ViT-B model pretrained on JFT-300M at resolution 384 (84.15%)."
D_8855 = "For reference, the current state of the art of 88.55% achieved with extra training data was obtained by the ViT-H model (600M parameters) trained on JFT-300M at resolution 512."
D_CONVTEACHER = "We have observed that using a convnet teacher gives better performance than using a transformer."
D_REGNET = "In all of our subsequent distillation experiments the default teacher is a RegNetY-16GF (84M parameters) that we trained with the same data and same data-augmentation as DeiT."
D_829 = "This teacher reaches 82.9% top-1 accuracy on ImageNet."
D_HARD = "Hard distillation significantly outperforms soft distillation for transformers, even when using only a class token: hard distillation reaches 83.0% at resolution 224x224, compared to the soft distillation accuracy of 81.8%."
D_SLIGHTLY = "The distillation token gives slightly better results than the class token."
D_CORREL = "It is also more correlated to the convnets prediction."

T2S = "Student: DeiT-B-dist / pretrain"
T2U = "Student: DeiT-B-dist / at 384"
T3 = "ImageNet top-1 (%) / "


def de(table: int, row: str, column: str, value: str) -> dict:
    """A cell of DeiT's tables."""
    return C(f"Table {table}", row, column, value)


# verbatim
claim(P, 2, "verbatim", SUP, D_831, [S(D_831)], "word for word")
claim(P, 2, "verbatim", CON,
      "Our reference vision transformer (86M parameters) achieves top-1 accuracy of 81.3% (single-crop) on ImageNet with no external data.",
      [S(D_831)], "83.1%, not 81.3%")
claim(P, 2, "verbatim", SUP, "We train them on a single computer in less than 3 da", [S(D_3DAYS)], "cut off mid-word",
      truncated=True)
claim(P, 2, "verbatim", CON,
      "For reference, the current state of the art of 88.55% achieved with extra training data was obtained by the ViT-H model (300M parameters) trained on JFT-300M at resolution 512.",
      [S(D_8855)], "600M parameters, not 300M")
claim(P, 2, "verbatim", SUP, D_EPS, [S(D_EPS)], "word for word")
claim(P, 2, "verbatim", CON, "The parameters of ViT-B (and therefore of DeiT-B) are fixed as D = 768, h = 16 and d = D/h = 64.",
      [S(D_768)], "h = 12, not 16")

# paraphrase
claim(P, 2, "paraphrase", SUP, "DeiT's distillation token makes the student learn from the teacher through attention.",
      [S(D_TOKEN)], "light rewording")
claim(P, 2, "paraphrase", CON, "In DeiT the student learns from the teacher only through its output logits, never through attention.",
      [S(D_TOKEN)], "the token makes it learn through attention")
claim(P, 2, "paraphrase", PART,
      "The student learns from the teacher through attention via a distillation token, an idea carried over from BERT's [CLS] token.",
      [S(D_TOKEN)], "the token and attention stated; nothing on BERT")
claim(P, 2, "paraphrase", SUP, "The learned class and distillation tokens end up as different vectors, with an average cosine similarity of 0.06.",
      [S(D_006)], "light rewording")
claim(P, 2, "paraphrase", CON, "The learned class and distillation tokens converge to nearly identical vectors.",
      [S(D_006)], "they converge towards different vectors (cosine 0.06)")
claim(P, 2, "paraphrase", SUP, "Two class tokens initialized randomly and independently still converge to the same vector during training.",
      [S(D_0999)], "light rewording")
claim(P, 2, "paraphrase", PART, "A second class token adds nothing to classification performance and slows training by about 10%.",
      [S(D_NOTHING)], "adds nothing stated; no training-speed figure")
claim(P, 2, "paraphrase", CON, "With their distillation, image transformers learn more from another transformer than from a convnet of comparable performance.",
      [S(D_LEARNMORE)], "more from a convnet than from a transformer")

# number-format
claim(P, 2, "number-format", SUP, "The reference DeiT model has 86 million parameters.", [S(D_831)], "86M")
claim(P, 2, "number-format", CON, "The reference DeiT model has 68 million parameters.", [S(D_831)], "86M, not 68M")
claim(P, 2, "number-format", SUP, "Training takes 53 hours of pre-training plus an optional 20 hours of fine-tuning.",
      [S(D_8GPU)], "53 h and 20 h")
claim(P, 2, "number-format", CON, "Training takes 35 hours of pre-training plus an optional 20 hours of fine-tuning.",
      [S(D_8GPU)], "53 hours, not 35")
claim(P, 2, "number-format", SUP, "The best distilled DeiT reaches just over 85 percent top-1 accuracy on ImageNet-1k.",
      [S(D_OUTPERF)], "85.2%")
claim(P, 2, "number-format", CON, "The best distilled DeiT reaches about 84 percent top-1 accuracy on ImageNet-1k.",
      [S(D_OUTPERF)], "85.2%, not about 84% (84.15% is ViT-B on JFT-300M)")
claim(P, 2, "number-format", SUP, "The ViT-H model behind the 88.55% state of the art has 0.6 billion parameters.",
      [S(D_8855)], "600M = 0.6B")
claim(P, 2, "number-format", SUP, "DeiT-Ti processes about 2.5 thousand images per second.",
      [de(1, "DeiT-Ti", "throughput (im/sec)", "2536")], "2536 ~ 2.5 thousand")
claim(P, 2, "number-format", CON, "DeiT-S processes about 2.5 thousand images per second.",
      [de(1, "DeiT-S", "throughput (im/sec)", "940")], "940, not about 2,500 (that is DeiT-Ti)")
claim(P, 2, "number-format", SUP, "At the last layer, the class and distillation embeddings reach a cosine similarity of 0.93.",
      [S(D_093)], "cos=0.93")
claim(P, 2, "number-format", CON, "At the last layer, the class and distillation embeddings reach a cosine similarity of 0.999.",
      [S(D_093), S(D_0999)], "0.93; 0.999 is for two class tokens")
claim(P, 2, "number-format", SUP, "JFT-300M, the private dataset behind ViT's results, holds 300 million images.",
      [S(D_JFT)], "300 millions images")
claim(P, 2, "number-format", SUP, "Label smoothing uses an epsilon of one tenth in all experiments with true labels.",
      [S(D_EPS)], "epsilon = 0.1")

# sign-direction
claim(P, 2, "sign-direction", SUP, "At 224x224, hard distillation beats soft distillation, 83.0% against 81.8%.", [S(D_HARD)],
      "kept")
claim(P, 2, "sign-direction", CON, "At 224x224, soft distillation beats hard distillation, 83.0% against 81.8%.", [S(D_HARD)],
      "hard reaches 83.0%, soft 81.8%")
claim(P, 2, "sign-direction", SUP, "Replacing the DeiT-B teacher with a RegNetY-16GF raises the distilled student's accuracy at 384 from 83.1 to 84.2.",
      [de(2, "DeiT-B", T2U, "83.1"), de(2, "RegNetY-16GF", T2U, "84.2")], "Table 2: 83.1 -> 84.2")
claim(P, 2, "sign-direction", CON, "A RegNetY-4GF teacher leaves the student's pretrain accuracy lower than a DeiT-B teacher does.",
      [de(2, "DeiT-B", T2S, "81.9"), de(2, "RegNetY-4GF", T2S, "82.7")], "Table 2: 82.7 > 81.9")
claim(P, 2, "sign-direction", SUP, "The best distilled model (85.2%) outperforms ViT-B pretrained on JFT-300M at resolution 384 (84.15%).",
      [S(D_OUTPERF)], "kept")
claim(P, 2, "sign-direction", CON, "The best distilled model (85.2%) still falls short of ViT-B pretrained on JFT-300M at resolution 384.",
      [S(D_OUTPERF)], "85.2% outperforms 84.15%")
claim(P, 2, "sign-direction", CON, "For DeiT-Ti, the distillation-embedding classifier scores below the class-embedding classifier.",
      [de(3, "DeiT-dist: class embedding", T3 + "Ti 224", "73.9"),
       de(3, "DeiT-dist: distil. embedding", T3 + "Ti 224", "74.6")], "Table 3: 74.6 > 73.9")
claim(P, 2, "sign-direction", SUP, "For DeiT-B at 384, the class+distillation classifier improves on hard distillation by 0.5 points.",
      [de(3, "DeiT - hard distillation", T3 + "B at 384", "84.0"),
       de(3, "DeiT-dist: class+distillation", T3 + "B at 384", "84.5")], "Table 3: 84.5 - 84.0 = +0.5")
claim(P, 2, "sign-direction", CON, "The RegNetY-12GF teacher is less accurate than the RegNetY-8GF teacher.",
      [de(2, "RegNetY-12GF", "Teacher / acc.", "82.4"), de(2, "RegNetY-8GF", "Teacher / acc.", "81.7")],
      "Table 2: 82.4 > 81.7")

# polarity
claim(P, 2, "polarity", SUP, "Networks with no convolutional layer reach results competitive with the state of the art on ImageNet without external data.",
      [S(D_NOCONV)], "kept")
claim(P, 2, "polarity", CON, "DeiT needs convolutional layers to be competitive with the state of the art on ImageNet.",
      [S(D_NOCONV)], "its networks contain no convolutional layer")
claim(P, 2, "polarity", SUP, "An additional class token does not bring anything to classification performance.",
      [S(D_NOTHING)], "kept")
claim(P, 2, "polarity", CON, "Adding a second class token noticeably improves classification performance.", [S(D_NOTHING)],
      "it does not bring anything")
claim(P, 2, "polarity", SUP, "DeiT does not use an MLP head for pre-training, only a linear classifier.", [S(D_MLP)], "kept")
claim(P, 2, "polarity", CON, "DeiT pre-trains with an MLP head rather than a linear classifier.", [S(D_MLP)],
      "only a linear classifier, no MLP head")
claim(P, 2, "polarity", SUP, "The ViT paper concluded that transformers do not generalize well when trained on insufficient amounts of data.",
      [S(D_GENERALIZE)], "kept")
claim(P, 2, "polarity", CON, "The ViT paper concluded that transformers generalize well even when trained on insufficient amounts of data.",
      [S(D_GENERALIZE)], "do not generalize well")
claim(P, 2, "polarity", CON, "The token-based distillation strategy performs worse than the usual distillation it is compared with.",
      [S(D_REPLACES)], "it advantageously replaces the usual distillation")
claim(P, 2, "polarity", CON, "A transformer teacher gives better performance than a convnet teacher.", [S(D_CONVTEACHER)],
      "a convnet teacher is better")
claim(P, 2, "polarity", SUP, "A convnet teacher yields better students than a transformer teacher.", [S(D_CONVTEACHER)],
      "kept")
claim(P, 2, "polarity", CON, "The distillation token gives slightly worse results than the class token.", [S(D_SLIGHTLY)],
      "slightly better")
claim(P, 2, "polarity", CON, "DeiT's 83.1% top-1 relies on external data beyond ImageNet.", [S(D_831), S(D_SOLE)],
      "with no external data; ImageNet is the sole training set")

# entity-swap
claim(P, 2, "entity-swap", SUP,
      "DeiT transfers competitively to iNaturalist-18/19, Stanford Cars, Oxford-102 flowers, CIFAR-100 and CIFAR-10.",
      [S(D_TRANSFER)], "the same benchmarks in another order")
claim(P, 2, "entity-swap", PART,
      "DeiT transfers competitively to CIFAR-10, CIFAR-100, Oxford-102 flowers, Stanford Cars and Places365.",
      [S(D_TRANSFER)], "Places365 not named (iNaturalist is)")
claim(P, 2, "entity-swap", SUP, "DeiT-Ti and DeiT-S can be seen as counterparts of ResNet-18 and ResNet-50 respectively.",
      [S(D_COUNTERPART)], "the same pairs in another order")
claim(P, 2, "entity-swap", CON, "DeiT-S corresponds to ResNet-18 and DeiT-Ti to ResNet-50.", [S(D_COUNTERPART)],
      "the pairing is swapped: DeiT-S ~ ResNet-50, DeiT-Ti ~ ResNet-18")
claim(P, 2, "entity-swap", PART, "DeiT builds on the ViT architecture and on improvements from the timm and Detectron2 libraries.",
      [S(D_TIMM)], "ViT and timm named; no Detectron2")
claim(P, 2, "entity-swap", SUP, "DeiT builds on improvements in the timm library and on the ViT architecture of Dosovitskiy et al.",
      [S(D_TIMM)], "the same two in another order")
claim(P, 2, "entity-swap", PART, "The key ingredients of DeiT's training include repeated augmentation and stochastic depth.",
      [S(D_REPEAT)], "repeated augmentation named; stochastic depth nowhere")

# table-cell
claim(P, 2, "table-cell", SUP, "DeiT-S has 22M parameters and 6 attention heads.",
      [de(1, "DeiT-S", "#params", "22M"), de(1, "DeiT-S", "#heads", "6")], "Table 1")
claim(P, 2, "table-cell", CON, "DeiT-Ti has 22M parameters.", [de(1, "DeiT-Ti", "#params", "5M")],
      "Table 1: 5M; 22M is DeiT-S")
claim(P, 2, "table-cell", SUP, "DeiT-B processes 292 images per second.", [de(1, "DeiT-B", "throughput (im/sec)", "292")],
      "Table 1")
claim(P, 2, "table-cell", CON, "DeiT-B processes 940 images per second.", [de(1, "DeiT-B", "throughput (im/sec)", "292")],
      "Table 1: 292; 940 is DeiT-S")
claim(P, 2, "table-cell", SUP, "With a RegNetY-12GF teacher, the distilled DeiT-B reaches 84.1% at resolution 384.",
      [de(2, "RegNetY-12GF", T2U, "84.1")], "Table 2")
claim(P, 2, "table-cell", CON, "With a RegNetY-8GF teacher, the distilled DeiT-B reaches 84.1% at resolution 384.",
      [de(2, "RegNetY-8GF", T2U, "83.8")], "Table 2: 83.8; 84.1 is the RegNetY-12GF row")
claim(P, 2, "table-cell", SUP, "The class+distillation DeiT-S reaches 81.2% top-1 at 224.",
      [de(3, "DeiT-dist: class+distillation", T3 + "S 224", "81.2")], "Table 3")
claim(P, 2, "table-cell", CON, "The distillation-embedding classifier of DeiT-S reaches 81.2% top-1 at 224.",
      [de(3, "DeiT-dist: distil. embedding", T3 + "S 224", "81.1")], "Table 3: 81.1; 81.2 is class+distillation")
claim(P, 2, "table-cell", PART, "Hard distillation brings DeiT-Ti to 74.3% top-1 but makes its training 20% longer.",
      [de(3, "DeiT - hard distillation", T3 + "Ti 224", "74.3")], "74.3 stated; no training-time figure")
claim(P, 2, "table-cell", SUP, "The RegNetY-4GF teacher itself has 80.0% accuracy.", [de(2, "RegNetY-4GF", "Teacher / acc.", "80.0")],
      "Table 2")

# table-computed
claim(P, 2, "table-computed", SUP, "Of the five teachers, RegNetY-16GF gives the best distilled student at 384 (84.2).",
      [de(2, "RegNetY-16GF", T2U, "84.2")], "Table 2: max of 83.1, 83.6, 83.8, 84.1, 84.2")
claim(P, 2, "table-computed", CON, "Of the five teachers, RegNetY-12GF gives the best distilled student at 384.",
      [de(2, "RegNetY-12GF", T2U, "84.1"), de(2, "RegNetY-16GF", T2U, "84.2")], "84.1 < 84.2 (RegNetY-16GF)")
claim(P, 2, "table-computed", SUP, "Class+distillation beats the non-distilled DeiT-B at 224 by 1.6 points.",
      [de(3, "DeiT-dist: class+distillation", T3 + "B 224", "83.4"), de(3, "DeiT - no distillation", T3 + "B 224", "81.8")],
      "83.4 - 81.8 = 1.6")
claim(P, 2, "table-computed", CON, "Class+distillation beats the non-distilled DeiT-Ti by 3.3 points.",
      [de(3, "DeiT-dist: class+distillation", T3 + "Ti 224", "74.5"), de(3, "DeiT - no distillation", T3 + "Ti 224", "72.2")],
      "74.5 - 72.2 = 2.3, not 3.3")
claim(P, 2, "table-computed", SUP, "The five teachers compared average about 81.8% accuracy.",
      [de(2, "DeiT-B", "Teacher / acc.", "81.8"), de(2, "RegNetY-4GF", "Teacher / acc.", "80.0"),
       de(2, "RegNetY-8GF", "Teacher / acc.", "81.7"), de(2, "RegNetY-12GF", "Teacher / acc.", "82.4"),
       de(2, "RegNetY-16GF", "Teacher / acc.", "82.9")], "(81.8 + 80.0 + 81.7 + 82.4 + 82.9) / 5 = 81.76 ~ 81.8")
claim(P, 2, "table-computed", CON, "The five teachers compared average about 82.4% accuracy.",
      [de(2, "DeiT-B", "Teacher / acc.", "81.8"), de(2, "RegNetY-4GF", "Teacher / acc.", "80.0"),
       de(2, "RegNetY-8GF", "Teacher / acc.", "81.7"), de(2, "RegNetY-12GF", "Teacher / acc.", "82.4"),
       de(2, "RegNetY-16GF", "Teacher / acc.", "82.9")], "the mean is 81.76; 82.4 is one teacher's")
claim(P, 2, "table-computed", SUP, "DeiT-Ti's throughput is about 8.7 times DeiT-B's.",
      [de(1, "DeiT-Ti", "throughput (im/sec)", "2536"), de(1, "DeiT-B", "throughput (im/sec)", "292")],
      "2536 / 292 = 8.68")
claim(P, 2, "table-computed", CON, "DeiT-S's throughput is about 4.2 times DeiT-B's.",
      [de(1, "DeiT-S", "throughput (im/sec)", "940"), de(1, "DeiT-B", "throughput (im/sec)", "292")],
      "940 / 292 = 3.2, not 4.2")
claim(P, 2, "table-computed", SUP, "DeiT-B has about 17 times as many parameters as DeiT-Ti.",
      [de(1, "DeiT-B", "#params", "86M"), de(1, "DeiT-Ti", "#params", "5M")], "86 / 5 = 17.2")
claim(P, 2, "table-computed", SUP, "The weakest distilled student at 384 is the one taught by DeiT-B (83.1).",
      [de(2, "DeiT-B", T2U, "83.1")], "Table 2: min of the 384 column")

# two-sentences
claim(P, 2, "two-sentences", SUP, "The default teacher is a RegNetY-16GF with 84M parameters, which reaches 82.9% top-1 on ImageNet.",
      [S(D_REGNET), S(D_829)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON, "The default teacher is a RegNetY-16GF with 84M parameters, which reaches 83.9% top-1 on ImageNet.",
      [S(D_REGNET), S(D_829)], "82.9%, not 83.9%")
claim(P, 2, "two-sentences", SUP, "DeiT is trained on one 8-GPU node in two to three days with ImageNet as the sole training set.",
      [S(D_8GPU), S(D_SOLE)], "two adjacent sentences")
claim(P, 2, "two-sentences", PART, "DeiT is trained on one 8-GPU node in two to three days, with ImageNet as the sole training set and mixed-precision arithmetic.",
      [S(D_8GPU), S(D_SOLE)], "node, days and data stated; nothing on mixed precision")
claim(P, 2, "two-sentences", SUP, "The distillation token does slightly better than the class token and is also more correlated with the convnet's predictions.",
      [S(D_SLIGHTLY), S(D_CORREL)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON, "The distillation token does slightly better than the class token but is less correlated with the convnet's predictions.",
      [S(D_SLIGHTLY), S(D_CORREL)], "more correlated, not less")
claim(P, 2, "two-sentences", PART,
      "The class and distillation tokens start with an average cosine similarity of 0.06, rise to 0.93 at the last layer, and are then merged by averaging.",
      [S(D_006), S(D_093)], "0.06 and 0.93 stated; no merging by averaging")

# absent
claim(P, 2, "absent", NF, "DeiT-B reaches 72.1% top-1 on ImageNet-V2.", [], "no ImageNet-V2 result in the corpus text")
claim(P, 2, "absent", NF, "DeiT is trained with AdamW at a learning rate of 5e-4 scaled by batch size over 512.", [],
      "no optimizer settings in the corpus text")
claim(P, 2, "absent", NF, "DeiT's training recipe combines RandAugment, Mixup and CutMix.", [],
      "the corpus text names only repeated augmentation")
claim(P, 2, "absent", NF, "The distilled DeiT-B at 384 resolution runs at 85.9 images per second.", [],
      "no throughput for the 384 model in the corpus text")
claim(P, 2, "absent", NF, "DeiT was presented at ICML 2021.", [], "no venue in the corpus text")
claim(P, 2, "absent", SUP, "The authors share their code and models.", [S(D_SHARE)], "the abstract's last sentence")
claim(P, 2, "absent", SUP, "Large pre-training infrastructure has limited the adoption of high-performing vision transformers.",
      [S(D_HUNDREDS)], "stated in the abstract")

# ---------------------------------------------------------------------------------------
# 2101.08231 -- awesome-align v1: abstract, introduction from its second half, sections 3.1-3.3
# in part with Tables 1-4 (AER: lower is better; extraction speed: higher is better). One
# version in the corpus; its drift claims are absent ones below.
P = "2101.08231"
A_UNSUP = "The great majority of past work on word alignment has worked by performing unsupervised learning on parallel text."
A_MARRY = "In this paper, we examine methods to marry the two approaches: leveraging pre-trained LMs but fine-tuning them on parallel text with objectives designed to improve alignment quality, and proposing methods to effectively extract alignments from these fine-tuned models."
A_FIVE = "We perform experiments on five language pairs and demonstrate that our model can consistently outperform previous state-of-the-art models of all varieties."
A_URL = "Our aligner, AWESOME (Aligning Word Embedding Spaces of Multilingual Encoders), with pre-trained models is available at https://github.com/neulab/awesome-align."
A_30 = "However, with neural networks advancing the state of the arts in almost every field of NLP, tools developed based on the 30-year-old IBM word-based translation models (Brown et al., 1993), such as GIZA++ (Och and Ney, 2003) or fast-align (Dyer et al., 2013), remain popular choices for word alignment tasks."
A_DISADV = "However, these methods have two disadvantages (also shared with more traditional alignment methods): (1) they are directional and the source and target side are treated differently"
A_SELF = "Specifically, we propose a self-training objective, which encourages aligned words to have further closer contextualized representations, and a parallel sentence identification objective, which enables the model to bring parallel sentences' representations closer to each other."
A_EXTRACT = "In addition, we propose to effectively extract alignments from these fine-tuned models using probability thresholding or optimal transport."
A_PAIRS = "We perform experiments on five different language pairs, namely German-English (De-En), French-English (Fr-En), Romanian-English (Ro-En), Japanese-English (Ja-En) and Chinese-English (Zh-En)."
A_EP8 = "The Ro-En training data are also augmented by the Europarl v8 corpus."
A_EP7 = "For the De-En data, the Europarl v7 corpus is used as training data."
A_JADEV = "We use the Ja-En development set to tune the hyper-parameters."
A_LAYER8 = "Our main results are obtained by using the probability thresholding method on the contextualized embeddings in the 8-th layer of multilingual BERT-Base (mBERT; Devlin et al. (2019)) and we will discuss this choice in our ablation studies."
A_ADAMW = "We use the AdamW optimizer with a learning rate of 2e-5 and the batch size is set to 8."
A_ALPHA = "Following Peters et al. (2019), we set alpha to 1.5 for alpha-entmax."
A_THRESH = "The threshold c is set to 0 for alpha-entmax and 0.001 for softmax and optimal transport."
A_SOFTMAX = "From Table 2, we can see that our softmax model can achieve consistent improvements over the baseline models, demonstrating the effectiveness of our proposed method."
A_GIZA = "Surprisingly, directly extracting alignments from mBERT (the w/o fine-tuning setting) can already achieve better performance than the popular statistical word aligner GIZA++ on 4 out of 5 settings, especially in the Zh-En setting where the size of parallel data is small."
A_200K = "We also randomly sample 200k parallel sentence pairs from each language pair (except for Zh-En where we take all of its 40k parallel sentences) and concatenate them together to train multilingual word aligners."
A_MULTIOUT = "As shown in Table 2, the multilingually trained word aligners can achieve further improvements and they consistently outperform our bilingual word aligners and all the baselines even though the size of training data for each individual language pair is smaller."
A_BETA = "We can see that incorporating this objective (beta = 1) can significantly improve the model performance on Ro-En, while it also deteriorates the Ja-En and Zh-En performance by a non-negligible margin."
A_PROB = "As shown in Table 3, probability thresholding methods can consistently outperform optimal transport by a large margin on the five language pairs."
A_FASTER = "In addition, probability thresholding methods are much faster than optimal transport."
A_MARGINAL = "Softmax is marginally better than alpha-entmax, yet one advantage of alpha-entmax is that we do not need to manually set the threshold."
A_XLM15 = "Because XLM-15 does not support Japanese or Romanian, we only report the performance on the three other language pairs in Table 4."
A_XLMBEST = "We can see that while XLM-15 (MLM+TLM) can achieve the best performance on De-En and Fr-En, the best layer is not consistent across language pairs."
A_MBERT = "On the other hand, the optimal configurations for mBERT are consistent across language pairs."
A_MLM = "The masked language modeling objective, on the other hand, cannot always improve the model and can sometimes even deteriorate the model performance, possibly because the TLM objective already provides the model with sufficient supervision signals."

SM = "Ours (softmax)"
AE = "Ours (alpha-entmax)"


def aw(table: int, row: str, column: str, value: str) -> dict:
    """A cell of awesome-align's tables."""
    return C(f"Table {table}", row, column, value)


# verbatim
claim(P, 1, "verbatim", SUP, A_ADAMW, [S(A_ADAMW)], "word for word")
claim(P, 1, "verbatim", CON, "We use the AdamW optimizer with a learning rate of 2e-4 and the batch size is set to 8.",
      [S(A_ADAMW)], "2e-5, not 2e-4")
claim(P, 1, "verbatim", SUP, "Following Peters et al. (2019), we set alpha to 1.5 for alpha-ent", [S(A_ALPHA)],
      "cut off mid-word", truncated=True)
claim(P, 1, "verbatim", CON, "The threshold c is set to 0 for alpha-entmax and 0.01 for softmax and optimal transport.",
      [S(A_THRESH)], "0.001, not 0.01")
claim(P, 1, "verbatim", SUP, A_JADEV, [S(A_JADEV)], "word for word")
claim(P, 1, "verbatim", CON, "We use the Zh-En development set to tune the hyper-parameters.", [S(A_JADEV)],
      "the Ja-En development set, another pair in the same slot")

# paraphrase
claim(P, 1, "paraphrase", SUP, "Most earlier word-alignment work learns without supervision from parallel text.",
      [S(A_UNSUP)], "light rewording")
claim(P, 1, "paraphrase", CON, "Most earlier word-alignment work relies on supervised learning from gold alignments.",
      [S(A_UNSUP)], "unsupervised learning, not supervised")
claim(P, 1, "paraphrase", SUP, "The method fine-tunes pre-trained LMs on parallel text with objectives meant to improve alignment quality.",
      [S(A_MARRY)], "light rewording")
claim(P, 1, "paraphrase", PART, "The method fine-tunes pre-trained LMs on parallel text and then distils them into a smaller student aligner.",
      [S(A_MARRY)], "fine-tuning stated; no distillation")
claim(P, 1, "paraphrase", SUP, "The self-training objective pulls the contextualized representations of aligned words closer together.",
      [S(A_SELF)], "light rewording")
claim(P, 1, "paraphrase", CON, "The parallel sentence identification objective pushes the representations of parallel sentences apart.",
      [S(A_SELF)], "it brings them closer to each other")
claim(P, 1, "paraphrase", PART, "Alignments are extracted with probability thresholding or optimal transport and then refined by a CRF layer.",
      [S(A_EXTRACT)], "the two extraction methods stated; no CRF")
claim(P, 1, "paraphrase", SUP, "NMT-based aligners are directional: they treat the source and target sides differently.",
      [S(A_DISADV)], "light rewording")

# number-format
claim(P, 1, "number-format", SUP, "The German-English data has 1.9 million training sentences.",
      [aw(1, "#Train Sents.", "De-En", "1.9M")], "1.9M")
claim(P, 1, "number-format", CON, "The French-English data has 1.9 million training sentences.",
      [aw(1, "#Train Sents.", "Fr-En", "1.1M")], "1.1M; 1.9M is De-En")
claim(P, 1, "number-format", SUP, "Chinese-English has only 40,000 training sentences.", [aw(1, "#Train Sents.", "Zh-En", "40K")],
      "40K")
claim(P, 1, "number-format", CON, "Romanian-English has about 444,000 training sentences.",
      [aw(1, "#Train Sents.", "Ro-En", "450K")], "450K; 444K is Ja-En")
claim(P, 1, "number-format", SUP, "Fine-tuning uses a learning rate of 0.00002.", [S(A_ADAMW)], "2e-5")
claim(P, 1, "number-format", CON, "Fine-tuning uses a learning rate of 0.0002.", [S(A_ADAMW)], "2e-5 = 0.00002, not 0.0002")
claim(P, 1, "number-format", SUP,
      "Multilingual training samples 200,000 sentence pairs per language pair, except Zh-En, which contributes all of its 40,000.",
      [S(A_200K)], "200k, 40k")
claim(P, 1, "number-format", CON,
      "Multilingual training samples 20,000 sentence pairs per language pair, except Zh-En, which contributes all of its 40,000.",
      [S(A_200K)], "200k, not 20,000")
claim(P, 1, "number-format", SUP, "For softmax, the alignment threshold is one thousandth.", [S(A_THRESH)], "0.001")
claim(P, 1, "number-format", SUP, "alpha is set to one and a half for alpha-entmax.", [S(A_ALPHA)], "1.5")
claim(P, 1, "number-format", SUP, "The IBM models behind GIZA++ and fast-align are three decades old.", [S(A_30)], "30-year-old")
claim(P, 1, "number-format", CON, "The IBM models behind GIZA++ and fast-align are about two decades old.", [S(A_30)],
      "30-year-old, not about 20")

# sign-direction
claim(P, 1, "sign-direction", SUP, "Setting beta = 1 improves the multilingual softmax model's Ro-En AER from 22.6 to 20.7.",
      [aw(2, SM, "Ro-En", "22.6"), aw(2, SM, "Ro-En", "20.7"), S(A_BETA)], "Table 2: AER 22.6 -> 20.7, lower is better")
claim(P, 1, "sign-direction", CON, "Setting beta = 1 improves the multilingual softmax model on Ja-En.",
      [aw(2, SM, "Ja-En", "37.9"), aw(2, SM, "Ja-En", "38.4"), S(A_BETA)],
      "AER 37.9 -> 38.4 is worse; the text says it deteriorates Ja-En")
claim(P, 1, "sign-direction", SUP, "Moving from bilingual to zero-shot training raises the softmax model's Ro-En AER from 23.0 to 27.2.",
      [aw(2, SM, "Ro-En", "23.0"), aw(2, SM, "Ro-En", "27.2")], "Table 2")
claim(P, 1, "sign-direction", CON, "Multilingual (beta = 0) training pushes the softmax model's De-En AER above the bilingual model's.",
      [aw(2, SM, "De-En", "15.6"), aw(2, SM, "De-En", "15.3")], "15.3 < 15.6: it lowers the AER")
claim(P, 1, "sign-direction", SUP, "Bilingual fine-tuning lowers the softmax model's De-En AER by 1.8 points (17.4 to 15.6).",
      [aw(2, SM, "De-En", "17.4"), aw(2, SM, "De-En", "15.6")], "17.4 - 15.6 = 1.8")
claim(P, 1, "sign-direction", CON, "Bilingual fine-tuning raises the softmax model's Zh-En AER from 15.3 to 18.1.",
      [aw(2, SM, "Zh-En", "18.1"), aw(2, SM, "Zh-En", "15.3")], "it lowers it from 18.1 (w/o fine-tuning) to 15.3")
claim(P, 1, "sign-direction", SUP, "On Zh-En, GIZA++'s AER is far above the un-fine-tuned softmax extraction's (35.1 vs 18.1).",
      [aw(2, "GIZA++", "Zh-En", "35.1"), aw(2, SM, "Zh-En", "18.1")], "Table 2")
claim(P, 1, "sign-direction", CON, "On Fr-En, GIZA++ has a lower AER than the un-fine-tuned softmax extraction.",
      [aw(2, "GIZA++", "Fr-En", "5.9"), aw(2, SM, "Fr-En", "5.6")], "5.9 > 5.6: GIZA++ is higher")
claim(P, 1, "sign-direction", SUP, "On Ro-En, the un-fine-tuned softmax extraction trails GIZA++ (27.9 vs 26.4 AER).",
      [aw(2, "GIZA++", "Ro-En", "26.4"), aw(2, SM, "Ro-En", "27.9")], "Table 2: higher AER is worse")
claim(P, 1, "sign-direction", CON, "Among the optimal-transport costs, Euclidean extracts alignments faster than cosine.",
      [aw(3, "Euclidean", "Speed", "3.05"), aw(3, "Cosine", "Speed", "3.36")], "3.05 < 3.36 sentences per second")

# polarity
claim(P, 1, "polarity", SUP, "Probability thresholding consistently beats optimal transport by a large margin on all five pairs.",
      [S(A_PROB)], "kept")
claim(P, 1, "polarity", CON, "Optimal transport consistently beats probability thresholding on the five language pairs.",
      [S(A_PROB)], "the reverse")
claim(P, 1, "polarity", SUP, "Probability thresholding is much faster than optimal transport.", [S(A_FASTER)], "kept")
claim(P, 1, "polarity", CON, "Probability thresholding is much slower than optimal transport.", [S(A_FASTER)],
      "much faster")
claim(P, 1, "polarity", SUP, "The masked language modeling objective cannot always improve the model and can even hurt it.",
      [S(A_MLM)], "kept")
claim(P, 1, "polarity", CON, "The masked language modeling objective always improves the model.", [S(A_MLM)],
      "cannot always improve it")
claim(P, 1, "polarity", SUP, "For XLM-15, the best layer is not consistent across language pairs.", [S(A_XLMBEST)], "kept")
claim(P, 1, "polarity", CON, "For XLM-15 (MLM+TLM), the best layer is consistent across language pairs.", [S(A_XLMBEST)],
      "not consistent")
claim(P, 1, "polarity", CON, "The optimal mBERT configuration varies from one language pair to another.", [S(A_MBERT)],
      "consistent across language pairs")
claim(P, 1, "polarity", CON, "With alpha-entmax, the threshold has to be set by hand.", [S(A_MARGINAL)],
      "alpha-entmax needs no manually set threshold")
claim(P, 1, "polarity", SUP, "Unlike softmax extraction, alpha-entmax does not need a manually set threshold.", [S(A_MARGINAL)],
      "kept")
claim(P, 1, "polarity", CON, "GIZA++ and fast-align have fallen out of use for word alignment.", [S(A_30)],
      "they remain popular choices")
claim(P, 1, "polarity", CON, "The multilingual aligners underperform the bilingual ones because each pair gets less training data.",
      [S(A_MULTIOUT)], "they consistently outperform them even with less data per pair")

# entity-swap
claim(P, 1, "entity-swap", SUP, "The experiments cover Chinese-, Japanese-, Romanian-, French- and German-English.",
      [S(A_PAIRS)], "the same five pairs in another order")
claim(P, 1, "entity-swap", PART, "The experiments cover German-, French-, Romanian-, Japanese- and Hindi-English.", [S(A_PAIRS)],
      "Hindi-English is not among them (Chinese-English is)")
claim(P, 1, "entity-swap", SUP, "De-En trains on Europarl v7, while the Ro-En data are augmented with Europarl v8.",
      [S(A_EP8), S(A_EP7)], "the same two in another order")
claim(P, 1, "entity-swap", CON, "Ro-En training data are augmented with Europarl v7, while De-En uses Europarl v8.",
      [S(A_EP8), S(A_EP7)], "the versions are swapped")
claim(P, 1, "entity-swap", PART,
      "The proposed objectives include a self-training objective, a parallel sentence identification objective and a contrastive word-level loss.",
      [S(A_SELF)], "self-training and parallel sentence identification named; no word-level contrastive loss")
claim(P, 1, "entity-swap", PART, "The baselines compared include fast align, eflomal, GIZA++, SimAlign and the Berkeley Aligner.",
      [aw(2, "fast align", "Setting", "bilingual"), aw(2, "eflomal", "Setting", "bilingual"),
       aw(2, "GIZA++", "Setting", "bilingual"), aw(2, "SimAlign", "Setting", "w/o fine-tuning")],
      "four of them are rows of Table 2; no Berkeley Aligner")
claim(P, 1, "entity-swap", SUP, "fast-align and GIZA++, both built on the 30-year-old IBM models, remain popular word aligners.",
      [S(A_30)], "the same two in another order")

# table-cell
claim(P, 1, "table-cell", SUP, "SimAlign's AER on Ja-En is 46.6.", [aw(2, "SimAlign", "Ja-En", "46.6")], "Table 2")
claim(P, 1, "table-cell", CON, "SimAlign's AER on Ja-En is 46.3.", [aw(2, "SimAlign", "Ja-En", "46.6")],
      "46.6; 46.3 is the un-fine-tuned alpha-entmax model's")
claim(P, 1, "table-cell", SUP, "Multilingual softmax with beta = 1 reaches 20.7 AER on Ro-En.", [aw(2, SM, "Ro-En", "20.7")],
      "Table 2")
claim(P, 1, "table-cell", CON, "Multilingual alpha-entmax with beta = 1 reaches 20.7 AER on Ro-En.", [aw(2, AE, "Ro-En", "20.8")],
      "20.8; 20.7 is the softmax row")
claim(P, 1, "table-cell", SUP, "Chen et al. (2020) reach 4.7 AER on Fr-En.", [aw(2, "Chen et al. (2020)", "Fr-En", "4.7")],
      "Table 2")
claim(P, 1, "table-cell", PART, "Chen et al. (2020) reach 15.4 AER on De-En and 30.2 on Ja-En.",
      [aw(2, "Chen et al. (2020)", "De-En", "15.4"), aw(2, "Chen et al. (2020)", "Ja-En", "-")],
      "15.4 stated; no Ja-En result ('-')")
claim(P, 1, "table-cell", SUP, "XLM-15 (MLM+TLM) at layer 5 scores 4.7 AER on Fr-En.", [aw(4, "5", "Fr-En", "4.7")], "Table 4")
claim(P, 1, "table-cell", CON, "XLM-15 (MLM+TLM) at layer 4 scores 4.7 AER on Fr-En.", [aw(4, "4", "Fr-En", "4.9")],
      "4.9 at layer 4; 4.7 is layer 5")
claim(P, 1, "table-cell", SUP, "The dot-product optimal-transport cost gives 17.1 AER on Fr-En.",
      [aw(3, "Dot Product", "Fr-En", "17.1")], "Table 3")
claim(P, 1, "table-cell", CON, "The dot-product optimal-transport cost extracts 3.36 sentences per second.",
      [aw(3, "Dot Product", "Speed", "3.82")], "3.82; 3.36 is the cosine row")
claim(P, 1, "table-cell", SUP, "The Ja-En test set has 582 sentences.", [aw(1, "#Test Sents.", "Ja-En", "582")], "Table 1")
claim(P, 1, "table-cell", CON, "The Ro-En test set has 447 sentences.", [aw(1, "#Test Sents.", "Ro-En", "248")],
      "248; 447 is Fr-En")
claim(P, 1, "table-cell", PART, "eflomal scores 22.6 AER on De-En and needs 3 hours of training.",
      [aw(2, "eflomal", "De-En", "22.6")], "22.6 stated; no training time")

# table-computed
claim(P, 1, "table-computed", SUP, "The lowest Ro-En AER in the main results, 20.7, comes from multilingual softmax with beta = 1.",
      [aw(2, SM, "Ro-En", "20.7")], "min of the Ro-En column (next: 20.8, 21.2)")
claim(P, 1, "table-computed", CON, "The lowest De-En AER in the main results belongs to Chen et al. (2020).",
      [aw(2, "Chen et al. (2020)", "De-En", "15.4"), aw(2, AE, "De-En", "15.0")],
      "min of De-En is 15.0 (multilingual alpha-entmax, beta = 1), below 15.4")
claim(P, 1, "table-computed", SUP, "On De-En the strongest system is multilingual alpha-entmax with beta = 1, at 15.0 AER.",
      [aw(2, AE, "De-En", "15.0")], "min of the De-En column")
claim(P, 1, "table-computed", SUP, "Softmax extraction is about ten times faster than cosine optimal transport.",
      [aw(3, "softmax", "Speed", "33.22"), aw(3, "Cosine", "Speed", "3.36")], "33.22 / 3.36 = 9.9")
claim(P, 1, "table-computed", CON, "Softmax extraction is about 25 times faster than Euclidean optimal transport.",
      [aw(3, "softmax", "Speed", "33.22"), aw(3, "Euclidean", "Speed", "3.05")], "33.22 / 3.05 = 10.9, not 25")
claim(P, 1, "table-computed", SUP, "Averaged over the five pairs, the bilingual softmax model's AER is about 19.3.",
      [aw(2, SM, "De-En", "15.6"), aw(2, SM, "Fr-En", "4.4"), aw(2, SM, "Ro-En", "23.0"), aw(2, SM, "Ja-En", "38.4"),
       aw(2, SM, "Zh-En", "15.3")], "(15.6 + 4.4 + 23.0 + 38.4 + 15.3) / 5 = 19.34")
claim(P, 1, "table-computed", CON, "Averaged over the five pairs, GIZA++'s AER is about 24.2.",
      [aw(2, "GIZA++", "De-En", "20.6"), aw(2, "GIZA++", "Fr-En", "5.9"), aw(2, "GIZA++", "Ro-En", "26.4"),
       aw(2, "GIZA++", "Ja-En", "48.0"), aw(2, "GIZA++", "Zh-En", "35.1")], "(20.6 + 5.9 + 26.4 + 48.0 + 35.1) / 5 = 27.2")
claim(P, 1, "table-computed", SUP, "For mBERT, layer 8 gives the lowest AER on all three pairs reported.",
      [aw(4, "8", "De-En", "17.4"), aw(4, "8", "Fr-En", "5.6"), aw(4, "8", "Zh-En", "18.1")],
      "17.4 < 18.7, 18.8; 5.6 < 6.1; 18.1 < 19.1, 20.1")
claim(P, 1, "table-computed", CON, "For XLM-R, layer 5 gives the lowest De-En AER.",
      [aw(4, "5", "De-En", "24.4"), aw(4, "6", "De-En", "23.1")], "layer 6 (23.1) is lowest, not layer 5 (24.4)")
claim(P, 1, "table-computed", SUP, "The five training sets add up to about 3.9 million sentences.",
      [aw(1, "#Train Sents.", "De-En", "1.9M"), aw(1, "#Train Sents.", "Fr-En", "1.1M"), aw(1, "#Train Sents.", "Ro-En", "450K"),
       aw(1, "#Train Sents.", "Ja-En", "444K"), aw(1, "#Train Sents.", "Zh-En", "40K")],
      "1.9M + 1.1M + 450K + 444K + 40K = 3.934M")
claim(P, 1, "table-computed", CON, "The five test sets total 2,335 sentences.",
      [aw(1, "#Test Sents.", "De-En", "508"), aw(1, "#Test Sents.", "Fr-En", "447"), aw(1, "#Test Sents.", "Ro-En", "248"),
       aw(1, "#Test Sents.", "Ja-En", "582"), aw(1, "#Test Sents.", "Zh-En", "450")], "508 + 447 + 248 + 582 + 450 = 2,235")
claim(P, 1, "table-computed", SUP, "fast align has the worst Zh-En AER of all systems, 38.1.", [aw(2, "fast align", "Zh-En", "38.1")],
      "max of the Zh-En column")

# two-sentences
claim(P, 1, "two-sentences", SUP,
      "The main results threshold probabilities over mBERT's 8th-layer embeddings, fine-tuned with AdamW at 2e-5 and a batch size of 8.",
      [S(A_LAYER8), S(A_ADAMW)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "The main results threshold probabilities over mBERT's 8th-layer embeddings, fine-tuned with AdamW at 2e-5 and a batch size of 16.",
      [S(A_LAYER8), S(A_ADAMW)], "batch size 8, not 16")
claim(P, 1, "two-sentences", SUP,
      "The softmax model improves consistently over the baselines, and even without fine-tuning mBERT alignments beat GIZA++ on 4 of 5 settings.",
      [S(A_SOFTMAX), S(A_GIZA)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "The softmax model improves consistently over the baselines, but without fine-tuning mBERT alignments beat GIZA++ on only 2 of 5 settings.",
      [S(A_SOFTMAX), S(A_GIZA)], "4 out of 5, not 2")
claim(P, 1, "two-sentences", PART,
      "Probability thresholding beats optimal transport on all five pairs and runs on a single CPU core.",
      [S(A_PROB), S(A_FASTER)], "better and much faster stated; nothing on CPU cores")
claim(P, 1, "two-sentences", SUP,
      "Since XLM-15 supports neither Japanese nor Romanian, only three pairs are reported for it, and XLM-15 (MLM+TLM) does best on De-En and Fr-En.",
      [S(A_XLM15), S(A_XLMBEST)], "two adjacent sentences")

# absent
claim(P, 1, "absent", NF, "awesome-align supports the 104 languages covered by multilingual BERT.", [],
      "no language count in the corpus text")
claim(P, 1, "absent", NF, "Fine-tuning the aligner on one language pair takes about an hour on a single GPU.", [],
      "no training time in the corpus text")
claim(P, 1, "absent", NF, "The grow-diag-final heuristic lowers the aligner's AER by about one point.", [],
      "growing heuristics are not in the corpus text")
claim(P, 1, "absent", NF, "The Zh-En gold alignments come from the TsinghuaAligner website.", [],
      "the corpus text gives no source for the Zh-En data")
claim(P, 1, "absent", NF, "The paper was published at EACL 2021.", [], "no venue in the corpus text")
claim(P, 1, "absent", SUP, "The aligner and its pre-trained models are available at https://github.com/neulab/awesome-align.",
      [S(A_URL)], "the abstract's last sentence")

# ---------------------------------------------------------------------------------------
# 1806.03822 -- SQuAD 2.0 v1: the abstract alone.
P = "1806.03822"
Q_EXIST = "Existing datasets either focus exclusively on answerable questions, or use automatically generated unanswerable questions that are easy to identify."
Q_LATEST = "To address these weaknesses, we present SQuAD 2.0, the latest version of the Stanford Question Answering Dataset (SQuAD)."
Q_50K = "SQuAD 2.0 combines existing SQuAD data with over 50,000 unanswerable questions written adversarially by crowdworkers to look similar to answerable ones."
Q_ABSTAIN = "To do well on SQuAD 2.0, systems must not only answer questions when possible, but also determine when no answer is supported by the paragraph and abstain from answering."
Q_86 = "SQuAD 2.0 is a challenging natural language understanding task for existing models: a strong neural system that gets 86% F1 on SQuAD 1.1 achieves only 66% F1 on SQuAD 2.0."

claim(P, 1, "verbatim", SUP, Q_50K, [S(Q_50K)], "word for word")
claim(P, 1, "verbatim", CON,
      "SQuAD 2.0 combines existing SQuAD data with over 5,000 unanswerable questions written adversarially by crowdworkers to look similar to answerable ones.",
      [S(Q_50K)], "over 50,000, not 5,000")
claim(P, 1, "verbatim", SUP, "SQuAD 2.0 is a challenging natural language understanding task for existing mod", [S(Q_86)],
      "cut off mid-word", truncated=True)
claim(P, 1, "number-format", SUP, "SQuAD 2.0 adds more than 50K unanswerable questions to SQuAD.", [S(Q_50K)], "over 50,000")
claim(P, 1, "number-format", CON, "SQuAD 2.0 adds more than 500K unanswerable questions to SQuAD.", [S(Q_50K)],
      "over 50,000, not 500K")
claim(P, 1, "number-format", SUP, "A strong neural system's F1 falls from 0.86 on SQuAD 1.1 to 0.66 on SQuAD 2.0.", [S(Q_86)],
      "86% and 66%")
claim(P, 1, "sign-direction", SUP, "A strong neural system loses 20 F1 points going from SQuAD 1.1 to SQuAD 2.0.", [S(Q_86)],
      "86 - 66 = 20")
claim(P, 1, "sign-direction", CON, "A strong neural system gains 20 F1 points on SQuAD 2.0 compared with SQuAD 1.1.", [S(Q_86)],
      "it drops from 86% to 66%")
claim(P, 1, "paraphrase", SUP, "To do well on SQuAD 2.0, a system must also recognise when the paragraph supports no answer and abstain.",
      [S(Q_ABSTAIN)], "light rewording")
claim(P, 1, "paraphrase", PART, "SQuAD 2.0 requires systems to abstain on unanswerable questions and to cite the supporting sentence for each answer.",
      [S(Q_ABSTAIN)], "abstaining stated; nothing on citing supporting sentences")
claim(P, 1, "polarity", SUP, "The new unanswerable questions are written adversarially to look similar to answerable ones.", [S(Q_50K)],
      "kept")
claim(P, 1, "polarity", CON, "The new unanswerable questions are written to look clearly different from answerable ones.", [S(Q_50K)],
      "similar, not different")
claim(P, 1, "polarity", CON, "SQuAD 2.0's unanswerable questions are generated automatically rather than written by people.",
      [S(Q_50K)], "written by crowdworkers, not automatically generated")
claim(P, 1, "polarity", CON, "Existing datasets already offered human-written unanswerable questions that are hard to identify.",
      [S(Q_EXIST)], "they focus on answerable questions or use automatically generated ones that are easy to identify")
claim(P, 1, "entity-swap", PART, "The unanswerable questions were written by crowdworkers and trained linguists.", [S(Q_50K)],
      "crowdworkers named; no linguists")
claim(P, 1, "two-sentences", SUP, "SQuAD 2.0, the latest version of SQuAD, combines the existing data with over 50,000 unanswerable questions.",
      [S(Q_LATEST), S(Q_50K)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON, "SQuAD 2.0, the first version of SQuAD, combines new data with over 50,000 unanswerable questions.",
      [S(Q_LATEST), S(Q_50K)], "the latest version, combining existing SQuAD data")
claim(P, 1, "absent", NF, "The SQuAD 2.0 development and test sets hold answerable and unanswerable questions in roughly a one-to-one ratio.",
      [], "the abstract gives no split statistics")
claim(P, 1, "absent", NF, "The best baseline, DocQA + ELMo, reaches 63.4 exact match on the SQuAD 2.0 test set.", [],
      "no baseline is named and no exact-match figure is given")
claim(P, 1, "absent", NF, "Human performance on SQuAD 2.0 is 89.5 F1.", [], "no human performance in the abstract")
claim(P, 1, "absent", NF, "The paper won a best short paper award at ACL 2018.", [], "no venue or award in the corpus text")
