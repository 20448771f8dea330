"""The fresh15 split (issue 13): a fifteenth blind set, over five PDF versions of four papers
that no other split contains (Swin Transformer v1/v2, MAE v3, GPT-3 v4, Conformer v1),
labelled by reading their truth files before any verdict engine was run on them, by someone
who was not changing the rules. Never run while the rules change; `calibrate_verdicts.py`
treats every split named fresh* other than the development ones as independent and leaves it
out unless named.

Imported at the end of claims_src.py after claims_fresh14, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way (1.28M as "about 1.3 million", 10^-5 as 0.00001, 175 billion as 175B, 122.5 ms as
"about an eighth of a second", 60% as "three fifths"), a reversed difference, an antonym or a
dropped negation, a swapped or added list member, a mean, a difference or a best/worst only a
table implies (WER, perplexity and milliseconds: lower is better; accuracy, AP, mIoU, BLEU and
FPS: higher is better), the other version's wording, and facts true of the real papers but
absent from the corpus text. Swin Transformer v1 is the abstract alone.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH15 = {
    "2103.14030": (1, 2),  # Swin Transformer: v1 (March 2021 abstract alone) and v2 (full text)
    "2111.06377": (3,),  # MAE (masked autoencoders)
    "2005.14165": (4,),  # GPT-3 (language models are few-shot learners)
    "2005.08100": (1,),  # Conformer (abstract, introduction opening and Table 2)
}
SPLIT.update({paper: "fresh15" for paper in FRESH15})
VERSIONS.update(FRESH15)

# ---------------------------------------------------------------------------------------
# 2103.14030 -- Swin Transformer. v1: the March 2021 abstract alone (86.4 top-1, "will be made
# publicly available", no all-MLP sentence). v2: the August 2021 abstract (87.3 top-1, the
# all-MLP sentence, "are publicly available"), introduction, method sentences, sections 4.1-4.4
# with Tables 1-6 (accuracy, AP, mIoU and FPS: higher is better; milliseconds: lower is
# better), conclusion.
P = "2103.14030"
W_PRESENT = "This paper presents a new vision Transformer, called Swin Transformer, that capably serves as a general-purpose backbone for computer vision."
W_HIER = "we propose a hierarchical Transformer whose representation is computed with"
W_SCHEME = "The shifted windowing scheme brings greater efficiency by limiting self-attention computation to non-overlapping local windows while also allowing for cross-window connection."
W_LINEAR = "This hierarchical architecture has the flexibility to model at various scales and has linear computational complexity with respect to image size."
W_DENSE = "and dense prediction tasks such as object detection (58.7 box AP and 51.1 mask AP on COCO test-dev) and semantic segmentation (53.5 mIoU on ADE20K val)"
W_864 = "image classification (86.4 top-1 accuracy on ImageNet-1K)"
W_873 = "image classification (87.3 top-1 accuracy on ImageNet-1K)"
W_MARGIN = "Its performance surpasses the previous state-of-the-art by a large margin of +2.7 box AP and +2.6 mask AP on COCO, and +3.2 mIoU on ADE20K, demonstrating the potential of Transformer-based models as vision backbones."
W_MLP = "The hierarchical design and the shifted window approach also prove beneficial for all-MLP architectures."
W_CODE1 = "The code and models will be made publicly available at https://github.com/microsoft/Swin-Transformer."
W_CODE2 = "The code and models are publicly available at https://github.com/microsoft/Swin-Transformer."
W_KEYSET = "In contrast, earlier sliding window based self-attention approaches suffer from low latency on general hardware due to different key sets for different query pixels."
W_SHARE = "This strategy is also efficient in regards to real-world latency: all query patches within a window share the same key set, which facilitates memory access in hardware."
W_FOOT = "The query and key are projection vectors in a self-attention layer."
W_SOTA_COCO = "Its 58.7 box AP and 51.1 mask AP on the COCO test-dev set surpass the previous state-of-the-art results by +2.7 box AP (Copy-paste without external data) and +2.6 mask AP (DetectoRS)."
W_873_INTRO = "It also achieves a top-1 accuracy of 87.3% on ImageNet-1K image classification."
W_LACKS = "The window-based self-attention module lacks connections across windows, which limits its modeling power."
W_ALTERN = "To introduce cross-window connections while maintaining the efficient computation of non-overlapping windows, we propose a shifted window partitioning approach which alternates between two partitioning configurations in consecutive Swin Transformer blocks."
W_ABSDROP = "Further adding absolute position embedding to the input drops performance slightly, thus it is not adopted in our implementation."
W_SIMILAR = "Note that the complexity of Swin-T and Swin-S are similar to those of ResNet-50 (DeiT-S) and ResNet-101, respectively."
W_M7 = "The window size is set to M = 7 by default."
W_D32 = "The query dimension of each head is d = 32, and the expansion layer of each MLP is alpha = 4, for all experiments."
W_IN1K = "For image classification, we benchmark the proposed Swin Transformer on ImageNet-1K, which contains 1.28M training images and 50K validation images from 1,000 classes."
W_ADAMW300 = "We employ an AdamW optimizer for 300 epochs using a cosine decay learning rate scheduler and 20 epochs of linear warm-up."
W_NOREP = "We include most of the augmentation and regularization strategies of DeiT in training, except for repeated augmentation and EMA, which do not enhance performance."
W_CRUCIAL = "Note that this is contrary to DeiT where repeated augmentation is crucial to stabilize the training of ViT."
W_22K = "We also pre-train on the larger ImageNet-22K dataset, which contains 14.2 million images and 22K classes."
W_FT = "In ImageNet-1K fine-tuning, we train the models for 30 epochs with a batch size of 1024, a constant learning rate of 10^-5, and a weight decay of 10^-8."
W_TRADEOFF = "Compared with the state-of-the-art ConvNets, i.e. RegNet and EfficientNet, the Swin Transformer achieves a slightly better speed-accuracy trade-off."
W_PRETRAIN22 = "We also pretrain the larger-capacity Swin-B and Swin-L on ImageNet-22K."
W_TAB1B = "Results fine-tuned on ImageNet-1K image classification are shown in Table 1(b)."
W_864B = "Swin-B obtains 86.4% top-1 accuracy, which is 2.4% higher than that of ViT with similar inference throughput (84.7 vs. 85.9 images/sec) and slightly lower FLOPs (47.0G vs. 55.4G)."
W_SWINL = "The larger Swin-L model achieves 87.3% top-1 accuracy, +0.9% better than that of the Swin-B model."
W_COCO17 = "Object detection and instance segmentation experiments are conducted on COCO 2017, which contains 118K training, 5K validation and 20K test-dev images."
W_FRAMEWORKS = "For the ablation study, we consider four typical object detection frameworks: Cascade Mask R-CNN, ATSS, RepPoints v2, and Sparse RCNN in mmdetection."
W_SETTINGS = "AdamW optimizer (initial learning rate of 0.0001, weight decay of 0.05, and batch size of 16), and 3x schedule (36 epochs)."
W_HTC = "For system-level comparison, we adopt an improved HTC (denoted as HTC++) with instaboost, stronger multi-scale training, 6x schedule (72 epochs), soft-NMS, and ImageNet-22K pre-trained model as initialization."
W_DEIT_SINGLE = "DeiT only produces a single resolution of feature maps and cannot be directly applied."
W_CUDNN = "Regarding inference speed, while ResNe(X)t is built by highly optimized Cudnn functions, our architecture is implemented with built-in PyTorch functions that are not all well-optimized."
W_KERNEL = "A thorough kernel optimization is beyond the scope of this paper."
W_DEIT_FPS = "The results of Swin-T are +2.5 box AP and +2.3 mask AP higher than DeiT-S with similar model size (86M vs. 80M) and significantly higher inference speed (15.3 FPS vs. 10.4 FPS)."
W_QUAD = "The lower inference speed of DeiT is mainly due to its quadratic complexity to input image size."
W_ADE150 = "ADE20K is a widely-used semantic segmentation dataset, covering a broad range of 150 semantic categories."
W_ADE25K = "It has 25K images in total, with 20K for training, 2K for validation, and another 3K for testing."
W_UPERNET = "We utilize UperNet in mmseg as our base framework for its high efficiency."
W_SWINS = "From these results, it can be seen that Swin-S is +5.3 mIoU higher (49.3 vs. 44.0) than DeiT-S with similar computation cost."
W_ABL3 = "In this section, we ablate important design elements in the proposed Swin Transformer, using ImageNet-1K image classification, Cascade Mask R-CNN on COCO object detection, and UperNet on ADE20K semantic segmentation."
W_T4REP = "Ablations of the shifted window approach on the three tasks are reported in Table 4."
W_SHIFTGAIN = "Swin-T with the shifted window partitioning outperforms the counterpart built on a single window partitioning at each stage by +1.1% top-1 accuracy on ImageNet-1K, +2.8 box AP/+2.2 mask AP on COCO, and +2.8 mIoU on ADE20K."
W_OVERHEAD = "The latency overhead by shifted window is also small, as shown in Table 5."
W_ABSPOS = "Also note that while the inclusion of absolute position embedding improves image classification accuracy (+0.4%), it harms object detection and semantic segmentation (-0.2 box/mask AP on COCO and -0.6 mIoU on ADE20K)."
W_INVAR = "we find that inductive bias that encourages certain translation invariance is still preferable for general-purpose visual modeling, particularly for the dense prediction tasks of object detection and semantic segmentation."
W_T5CMP = "The real speed of different self-attention computation methods and implementations are compared in Table 5."
W_CYCLIC = "Our cyclic implementation is more hardware efficient than naive padding, particularly for deeper stages."
W_SPEEDUP = "Overall, it brings a 13%, 18% and 18% speed-up on Swin-T, Swin-S and Swin-B, respectively."
W_NLP = "As a key element of Swin Transformer, the shifted window based self-attention is shown to be effective and efficient on vision problems, and we look forward to investigating its use in natural language processing as well."

T4 = {"top1": "ImageNet / top-1", "top5": "ImageNet / top-5", "box": "COCO / APbox", "mask": "COCO / APmask",
      "miou": "ADE20k / mIoU"}
T5S = "MSA in a stage (ms) / S%d"
T5A = "Arch. (FPS) / %s"


def sw(table: int, row: str, column: str, value: str) -> dict:
    """A cell of Swin Transformer v2's tables."""
    return C(f"Table {table}", row, column, value)


V1NF = {1: NF}
TOP1 = "ImageNet top-1 acc."

# verbatim
claim(P, 2, "verbatim", SUP, W_IN1K, [S(W_IN1K)], "word for word", per=V1NF)
claim(P, 2, "verbatim", CON,
      "For image classification, we benchmark the proposed Swin Transformer on ImageNet-1K, which contains 1.28M training images and 100K validation images from 1,000 classes.",
      [S(W_IN1K)], "50K validation images, not 100K", per=V1NF)
claim(P, 2, "verbatim", SUP, W_COCO17, [S(W_COCO17)], "word for word", per=V1NF)
claim(P, 2, "verbatim", CON,
      "Object detection and instance segmentation experiments are conducted on COCO 2017, which contains 118K training, 5K validation and 40K test-dev images.",
      [S(W_COCO17)], "20K test-dev images, not 40K", per=V1NF)
claim(P, 2, "verbatim", SUP, "The window size is set to M = 7 by def", [S(W_M7)], "cut off mid-word", per=V1NF,
      truncated=True)
claim(P, 2, "verbatim", CON, "The window size is set to M = 9 by default.", [S(W_M7)], "M = 7, not 9", per=V1NF)
claim(P, 2, "verbatim", SUP, W_ADE25K, [S(W_ADE25K)], "word for word", per=V1NF)
claim(P, 2, "verbatim", CON, "It has 25K images in total, with 20K for training, 3K for validation, and another 2K for testing.",
      [S(W_ADE25K)], "2K for validation and 3K for testing, not the reverse", per=V1NF)
claim(P, 2, "verbatim", SUP, W_SPEEDUP, [S(W_SPEEDUP)], "word for word", per=V1NF)
claim(P, 2, "verbatim", CON, "Overall, it brings a 13%, 18% and 28% speed-up on Swin-T, Swin-S and Swin-B, respectively.",
      [S(W_SPEEDUP)], "18% on Swin-B, not 28%", per=V1NF)
claim(P, 2, "verbatim", SUP, W_PRESENT, [S(W_PRESENT), S(W_PRESENT, 1)], "the first sentence of both abstracts",
      per={1: SUP})
claim(P, 2, "verbatim", CON,
      "Its performance surpasses the previous state-of-the-art by a large margin of +3.7 box AP and +2.6 mask AP on COCO, and +3.2 mIoU on ADE20K, demonstrating the potential of Transformer-based models as vision backbones.",
      [S(W_MARGIN), S(W_MARGIN, 1)], "+2.7 box AP, not +3.7 (both abstracts)", per={1: CON})
claim(P, 2, "verbatim", SUP,
      "Swin-T with the shifted window partitioning outperforms the counterpart built on a single window partitioning at each st",
      [S(W_SHIFTGAIN)], "cut off mid-word", per=V1NF, truncated=True)
claim(P, 2, "verbatim", CON,
      "The results of Swin-T are +2.5 box AP and +2.3 mask AP higher than DeiT-S with similar model size (86M vs. 80M) and significantly higher inference speed (15.3 FPS vs. 12.4 FPS).",
      [S(W_DEIT_FPS)], "10.4 FPS for DeiT-S, not 12.4", per=V1NF)

# paraphrase
claim(P, 2, "paraphrase", SUP,
      "By restricting self-attention to non-overlapping local windows while still permitting cross-window connections, the shifted windowing scheme gains efficiency.",
      [S(W_SCHEME), S(W_SCHEME, 1)], "light rewording (in both abstracts)", per={1: SUP})
claim(P, 2, "paraphrase", CON,
      "The shifted windowing scheme computes self-attention globally over the whole image, which costs it efficiency.",
      [S(W_SCHEME), S(W_SCHEME, 1)], "self-attention is limited to local windows and brings greater efficiency (both abstracts)",
      per={1: CON})
claim(P, 2, "paraphrase", PART,
      "Swin's hierarchical architecture can model at various scales, and it was also shown to transfer to video action recognition.",
      [S(W_LINEAR), S(W_LINEAR, 1)], "multi-scale modeling stated in both abstracts; nothing on video", per={1: PART})
claim(P, 2, "paraphrase", SUP,
      "The authors put DeiT's slower inference down mainly to attention whose cost grows quadratically with input image size.",
      [S(W_QUAD)], "light rewording", per=V1NF)
claim(P, 2, "paraphrase", CON,
      "The authors put DeiT's slower inference down mainly to its reliance on highly optimized Cudnn functions.",
      [S(W_QUAD), S(W_CUDNN)], "the cause given is DeiT's quadratic complexity (Cudnn is what ResNe(X)t is built on)",
      per=V1NF)
claim(P, 2, "paraphrase", SUP,
      "Repeated augmentation and EMA were dropped from Swin's ImageNet-1K training recipe because they did not help.",
      [S(W_NOREP)], "light rewording", per=V1NF)
claim(P, 2, "paraphrase", CON,
      "Repeated augmentation turned out to be crucial for stabilizing Swin's training, so it was kept in the recipe.",
      [S(W_NOREP), S(W_CRUCIAL)], "Swin leaves repeated augmentation out; it is crucial for DeiT's ViT training",
      per=V1NF)
claim(P, 2, "paraphrase", PART,
      "Regular ImageNet-1K training of Swin uses AdamW for 300 epochs with cosine decay and label smoothing of 0.1.",
      [S(W_ADAMW300)], "AdamW, 300 epochs and cosine decay stated; no label smoothing value", per=V1NF)
claim(P, 2, "paraphrase", SUP, "The authors leave a thorough kernel optimization outside the scope of the paper.",
      [S(W_KERNEL)], "light rewording", per=V1NF)
claim(P, 2, "paraphrase", PART,
      "UperNet in mmseg serves as the segmentation framework, chosen for its efficiency and trained for 160K iterations.",
      [S(W_UPERNET)], "the framework and its efficiency stated; no iteration count in the corpus text", per=V1NF)
claim(P, 2, "paraphrase", CON, "ADE20K covers a narrow set of 50 semantic categories.", [S(W_ADE150)],
      "a broad range of 150 categories", per=V1NF)

# number-format
claim(P, 2, "number-format", SUP,
      "ImageNet-1K offers about 1.3 million training images and fifty thousand validation images over a thousand classes.",
      [S(W_IN1K)], "1.28M ~ 1.3 million, 50K, 1,000", per=V1NF)
claim(P, 2, "number-format", CON, "ImageNet-22K contains about 22 million images in 14.2 thousand classes.",
      [S(W_22K)], "14.2 million images and 22K classes, not the reverse", per=V1NF)
claim(P, 2, "number-format", SUP, "ImageNet-22K holds 14.2M images spanning twenty-two thousand classes.",
      [S(W_22K)], "14.2 million, 22K", per=V1NF)
claim(P, 2, "number-format", SUP,
      "ImageNet-1K fine-tuning runs at a constant learning rate of 0.00001 with a weight decay of 1e-8.",
      [S(W_FT)], "10^-5 = 0.00001, 10^-8 = 1e-8", per=V1NF)
claim(P, 2, "number-format", CON, "ImageNet-1K fine-tuning runs at a constant learning rate of 0.0001.",
      [S(W_FT)], "10^-5 = 0.00001, not 0.0001", per=V1NF)
claim(P, 2, "number-format", SUP, "The COCO ablation detectors start from a learning rate of 1e-4 with a batch size of sixteen.",
      [S(W_SETTINGS)], "0.0001 = 1e-4, 16", per=V1NF)
claim(P, 2, "number-format", CON, "The COCO ablation frameworks are trained with a 3x schedule of 72 epochs.",
      [S(W_SETTINGS), S(W_HTC)], "the 3x schedule is 36 epochs; 72 epochs is the 6x schedule of the system-level HTC++",
      per=V1NF)
claim(P, 2, "number-format", SUP, "ADE20K has twenty-five thousand images, twenty thousand of them for training.",
      [S(W_ADE25K)], "25K and 20K", per=V1NF)
claim(P, 2, "number-format", SUP, "The cyclic implementation gives Swin-S an 18 percent speed-up.", [S(W_SPEEDUP)],
      "18% on Swin-S", per=V1NF)
claim(P, 2, "number-format", CON, "The cyclic implementation gives Swin-T an 18 percent speed-up.", [S(W_SPEEDUP)],
      "13% on Swin-T (18% is Swin-S and Swin-B)", per=V1NF)
claim(P, 2, "number-format", SUP, "Swin-L has roughly 197 million parameters and needs about 104 GFLOPs at 384x384 input.",
      [sw(1, "Swin-L", "#param.", "197M"), sw(1, "Swin-L", "FLOPs", "103.9G")], "Table 1: 197M, 103.9G ~ 104", per=V1NF)
claim(P, 2, "number-format", CON, "EffNet-B7 runs at 600x600 with 66 million parameters and 3.7 GFLOPs.",
      [sw(1, "EffNet-B7", "FLOPs", "37.0G")], "Table 1: 37.0G, not 3.7", per=V1NF)
claim(P, 2, "number-format", SUP, "With the cyclic shift, Swin's stage-1 attention takes three milliseconds.",
      [sw(5, "shifted window (cyclic)", T5S % 1, "3.0")], "Table 5: 3.0 ms", per=V1NF)
claim(P, 2, "number-format", SUP, "Naive sliding-window attention needs about an eighth of a second in the first stage.",
      [sw(5, "sliding window (naive)", T5S % 1, "122.5")], "Table 5: 122.5 ms ~ 0.125 s", per=V1NF)
claim(P, 2, "number-format", CON, "Naive sliding-window attention needs over 0.2 seconds in the first stage.",
      [sw(5, "sliding window (naive)", T5S % 1, "122.5")], "Table 5: 122.5 ms = 0.12 s, not over 0.2 s", per=V1NF)
claim(P, 2, "number-format", CON, "The query dimension of each attention head is 64.", [S(W_D32)], "d = 32, not 64",
      per=V1NF)
claim(P, 2, "number-format", SUP, "By default the attention window is seven patches wide.", [S(W_M7)], "M = 7",
      per=V1NF)

# sign-direction
claim(P, 2, "sign-direction", SUP,
      "Adding absolute position embedding raises Swin-T's ImageNet top-1 by 0.4 points but lowers its COCO box AP by 0.2.",
      [S(W_ABSPOS)], "+0.4% and -0.2 box AP", per=V1NF)
claim(P, 2, "sign-direction", CON, "Adding absolute position embedding lowers Swin-T's ImageNet top-1 accuracy.",
      [S(W_ABSPOS)], "it improves classification accuracy (+0.4%)", per=V1NF)
claim(P, 2, "sign-direction", SUP, "Absolute position embedding costs 0.6 mIoU on ADE20K relative to using no position encoding.",
      [sw(4, "abs. pos.", T4["miou"], "43.2"), sw(4, "no pos.", T4["miou"], "43.8")], "Table 4: 43.2 vs 43.8 = -0.6",
      per=V1NF)
claim(P, 2, "sign-direction", CON, "Absolute position embedding improves ADE20K mIoU by 0.6.", [S(W_ABSPOS)],
      "-0.6 mIoU, a loss", per=V1NF)
claim(P, 2, "sign-direction", SUP, "Without the window shift, Swin-T's COCO box AP falls from 50.5 to 47.7.",
      [sw(4, "shifted windows", T4["box"], "50.5"), sw(4, "w/o shifting", T4["box"], "47.7")], "Table 4", per=V1NF)
claim(P, 2, "sign-direction", CON, "Removing the window shift raises Swin-T's ADE20K mIoU from 43.3 to 46.1.",
      [sw(4, "w/o shifting", T4["miou"], "43.3"), sw(4, "shifted windows", T4["miou"], "46.1")],
      "Table 4: without shifting it is 43.3, with shifting 46.1; removing the shift lowers it", per=V1NF)
claim(P, 2, "sign-direction", SUP, "Swapping R-50 for Swin-T in ATSS lowers the frame rate from 28.3 to 22.3 FPS.",
      [sw(2, "R-50", "FPS", "28.3"), sw(2, "Swin-T", "FPS", "22.3")], "Table 2, ATSS group", per=V1NF)
claim(P, 2, "sign-direction", CON, "Sparse R-CNN runs faster with a Swin-T backbone than with R-50.",
      [sw(2, "Swin-T", "FPS", "18.4"), sw(2, "R-50", "FPS", "21.0")], "Table 2: 18.4 < 21.0 FPS", per=V1NF)
claim(P, 2, "sign-direction", SUP, "Under UperNet, moving from DeiT-S to Swin-T raises ADE20K val mIoU by 2.1.",
      [sw(3, "UperNet", "val / mIoU", "46.1"), sw(3, "UperNet", "val / mIoU", "44.0")], "Table 3: 46.1 - 44.0 = +2.1",
      per=V1NF)
claim(P, 2, "sign-direction", CON, "With UperNet, Swin-S scores 5.3 mIoU below DeiT-S on ADE20K.", [S(W_SWINS)],
      "+5.3 higher, not below", per=V1NF)
claim(P, 2, "sign-direction", SUP, "Trained on ImageNet-1K alone, ViT-L/16 is less accurate than ViT-B/16 (76.5% vs. 77.9%).",
      [sw(1, "ViT-L/16", TOP1, "76.5"), sw(1, "ViT-B/16", TOP1, "77.9")], "Table 1(a)", per=V1NF)
claim(P, 2, "sign-direction", CON, "With ImageNet-22K pre-training, ViT-L/16 trails ViT-B/16 in top-1 accuracy.",
      [sw(1, "ViT-L/16", TOP1, "85.2"), sw(1, "ViT-B/16", TOP1, "84.0")], "Table 1(b): 85.2 > 84.0", per=V1NF)
claim(P, 2, "sign-direction", SUP, "The cyclic shifted-window implementation outruns padding on Swin-T, 755 versus 670 FPS.",
      [sw(5, "shifted window (cyclic)", T5A % "T", "755"), sw(5, "shifted window (padding)", T5A % "T", "670")],
      "Table 5", per=V1NF)
claim(P, 2, "sign-direction", CON, "Padded shifted windows run Swin-B faster than window attention without shifting.",
      [sw(5, "shifted window (padding)", T5A % "B", "236"), sw(5, "window (w/o shifting)", T5A % "B", "280")],
      "Table 5: 236 < 280 FPS", per=V1NF)

# polarity
claim(P, 2, "polarity", SUP, "Without connections across windows, window-based self-attention is limited in its modeling power.",
      [S(W_LACKS)], "kept", per=V1NF)
claim(P, 2, "polarity", CON, "Window-based self-attention on its own already provides rich connections across windows.",
      [S(W_LACKS)], "it lacks connections across windows", per=V1NF)
claim(P, 2, "polarity", SUP,
      "Earlier sliding-window self-attention suffers on general hardware because different query pixels have different key sets.",
      [S(W_KEYSET)], "kept", per=V1NF)
claim(P, 2, "polarity", CON, "In sliding-window self-attention, all query pixels share the same key set.",
      [S(W_KEYSET)], "different key sets for different query pixels (sharing is the shifted window's property)",
      per=V1NF)
claim(P, 2, "polarity", SUP, "Absolute position embedding is not adopted because adding it drops performance slightly.",
      [S(W_ABSDROP)], "kept", per=V1NF)
claim(P, 2, "polarity", CON, "Absolute position embedding is added to the input because it improves performance.",
      [S(W_ABSDROP)], "it drops performance and is not adopted", per=V1NF)
claim(P, 2, "polarity", CON, "Shifting the windows adds a large latency overhead.", [S(W_OVERHEAD)],
      "the overhead is small", per=V1NF)
claim(P, 2, "polarity", SUP, "The latency overhead of shifting the windows is small.", [S(W_OVERHEAD)], "kept",
      per=V1NF)
claim(P, 2, "polarity", CON, "Like ResNe(X)t, DeiT can be plugged directly into all four detection frameworks.",
      [S(W_DEIT_SINGLE)], "DeiT cannot be directly applied", per=V1NF)
claim(P, 2, "polarity", SUP, "DeiT yields feature maps of only one resolution and cannot be applied directly to these detectors.",
      [S(W_DEIT_SINGLE)], "kept", per=V1NF)
claim(P, 2, "polarity", CON, "Swin's architecture is implemented with highly optimized Cudnn functions.",
      [S(W_CUDNN)], "ResNe(X)t is; Swin uses built-in PyTorch functions that are not all well-optimized", per=V1NF)
claim(P, 2, "polarity", CON,
      "The authors find that an inductive bias encouraging translation invariance is no longer useful for general-purpose visual modeling.",
      [S(W_INVAR)], "it is still preferable", per=V1NF)
claim(P, 2, "polarity", SUP,
      "An inductive bias toward translation invariance remains preferable, especially for object detection and semantic segmentation.",
      [S(W_INVAR)], "kept", per=V1NF)
claim(P, 2, "polarity", CON, "Repeated augmentation and EMA enhance Swin's ImageNet-1K performance.", [S(W_NOREP)],
      "they do not enhance performance", per=V1NF)
claim(P, 2, "polarity", CON, "Swin Transformer's computational complexity grows quadratically with image size.",
      [S(W_LINEAR), S(W_LINEAR, 1)], "linear computational complexity (both abstracts)", per={1: CON})

# entity-swap
claim(P, 2, "entity-swap", SUP, "The detection ablation uses Sparse RCNN, RepPoints v2, ATSS and Cascade Mask R-CNN.",
      [S(W_FRAMEWORKS)], "the same four in another order", per=V1NF)
claim(P, 2, "entity-swap", PART, "The detection ablation uses Cascade Mask R-CNN, ATSS, RepPoints v2 and FCOS.",
      [S(W_FRAMEWORKS)], "FCOS is not among them (Sparse RCNN is)", per=V1NF)
claim(P, 2, "entity-swap", SUP,
      "The system-level HTC++ uses soft-NMS, instaboost, a 6x schedule and ImageNet-22K pre-trained initialization.",
      [S(W_HTC)], "the same ingredients in another order", per=V1NF)
claim(P, 2, "entity-swap", PART, "The system-level HTC++ uses instaboost, soft-NMS, mixup and a 6x schedule.",
      [S(W_HTC)], "no mixup", per=V1NF)
claim(P, 2, "entity-swap", SUP, "The ablations use ADE20K segmentation, COCO detection and ImageNet-1K classification.",
      [S(W_ABL3)], "the same three in another order", per=V1NF)
claim(P, 2, "entity-swap", PART, "The ablations use ImageNet-1K classification, COCO detection and Cityscapes segmentation.",
      [S(W_ABL3)], "ADE20K, not Cityscapes, is the segmentation benchmark; Cityscapes nowhere", per=V1NF)
claim(P, 2, "entity-swap", SUP, "Swin-T and Swin-S match ResNet-50 and ResNet-101 in complexity, respectively.",
      [S(W_SIMILAR)], "stated", per=V1NF)
claim(P, 2, "entity-swap", CON, "Swin-T is comparable in complexity to ResNet-101, and Swin-S to ResNet-50.",
      [S(W_SIMILAR)], "the pairs are swapped", per=V1NF)
claim(P, 2, "entity-swap", PART,
      "On COCO test-dev Swin surpasses the previous best results of Copy-paste, DetectoRS and Cascade Eff-B7 NAS-FPN.",
      [S(W_SOTA_COCO)], "Copy-paste and DetectoRS named; not the third", per=V1NF)
claim(P, 2, "entity-swap", SUP, "Against EfficientNet and RegNet, Swin achieves a slightly better speed-accuracy trade-off.",
      [S(W_TRADEOFF)], "the same two in another order", per=V1NF)
claim(P, 2, "entity-swap", PART, "Swin has a slightly better speed-accuracy trade-off than RegNet, EfficientNet and ConvNeXt.",
      [S(W_TRADEOFF)], "RegNet and EfficientNet named; no ConvNeXt", per=V1NF)

# table-cell
claim(P, 2, "table-cell", SUP, "Swin-S reaches 83.0% top-1 on ImageNet-1K at 8.7G FLOPs.",
      [sw(1, "Swin-S", TOP1, "83.0"), sw(1, "Swin-S", "FLOPs", "8.7G")], "Table 1(a)", per=V1NF)
claim(P, 2, "table-cell", CON, "DeiT-S reaches 81.3% top-1 accuracy on ImageNet-1K.", [sw(1, "DeiT-S", TOP1, "79.8")],
      "Table 1: 79.8; 81.3 is Swin-T's", per=V1NF)
claim(P, 2, "table-cell", SUP, "R-152x4 pre-trained on ImageNet-22K uses 480x480 inputs and 937M parameters.",
      [sw(1, "R-152x4", "image size", "480x480"), sw(1, "R-152x4", "#param.", "937M")], "Table 1(b)", per=V1NF)
claim(P, 2, "table-cell", CON, "EffNet-B5 runs at 169.1 images per second with 84.0% top-1 accuracy.",
      [sw(1, "EffNet-B5", TOP1, "83.6"), sw(1, "EffNet-B5", "throughput (image / s)", "169.1")],
      "Table 1: EffNet-B5 is 83.6%; 84.0 is EffNet-B6", per=V1NF)
claim(P, 2, "table-cell", SUP, "Under Cascade Mask R-CNN, Swin-T reaches 50.5 APbox and 69.3 APbox50.",
      [sw(2, "Swin-T", "APbox", "50.5"), sw(2, "Swin-T", "APbox50", "69.3")], "Table 2, Cascade Mask R-CNN group",
      per=V1NF)
claim(P, 2, "table-cell", CON, "Under RepPointsV2, the R-50 backbone reaches 50.0 APbox.",
      [sw(2, "R-50", "APbox", "46.5")], "Table 2: 46.5; 50.0 is Swin-T's", per=V1NF)
claim(P, 2, "table-cell", PART, "Swin-T under ATSS reaches 47.2 APbox and 41.0 mask AP.", [sw(2, "Swin-T", "APbox", "47.2")],
      "the box AP is in Table 2; no mask AP for ATSS anywhere", per=V1NF)
claim(P, 2, "table-cell", SUP, "UperNet with Swin-L scores 53.5 val mIoU and 62.8 on the ADE20K test set.",
      [sw(3, "UperNet", "val / mIoU", "53.5"), sw(3, "UperNet", "test / score", "62.8")], "Table 3", per=V1NF)
claim(P, 2, "table-cell", CON, "SETR with T-Large scores 61.7 val mIoU on ADE20K.", [sw(3, "SETR", "val / mIoU", "50.3")],
      "Table 3: val 50.3; 61.7 is its test score", per=V1NF)
claim(P, 2, "table-cell", SUP, "DNL with a ResNet-101 backbone has 69M parameters and runs at 14.8 FPS.",
      [sw(3, "DNL", "#param.", "69M"), sw(3, "DNL", "FPS", "14.8")], "Table 3", per=V1NF)
claim(P, 2, "table-cell", CON, "OCRNet with an HRNet-w48 backbone has 56M parameters.",
      [sw(3, "OCRNet", "Backbone", "HRNet-w48"), sw(3, "OCRNet", "#param.", "71M")],
      "Table 3: 71M; 56M is OCRNet with ResNet-101", per=V1NF)
claim(P, 2, "table-cell", SUP, "Relative position bias without its appearance term gives 79.3% ImageNet top-1.",
      [sw(4, "rel. pos. w/o app.", T4["top1"], "79.3")], "Table 4", per=V1NF)
claim(P, 2, "table-cell", CON, "Combining absolute and relative positions reaches 46.1 mIoU on ADE20K.",
      [sw(4, "abs.+rel. pos.", T4["miou"], "44.0")], "Table 4: 44.0; 46.1 is rel. pos. alone", per=V1NF)
claim(P, 2, "table-cell", PART, "Performer with Swin-T gets 79.0% ImageNet top-1 and 45.1 mIoU on ADE20K.",
      [sw(6, "Performer", T4["top1"], "79.0"), sw(6, "Performer", T4["miou"], "-")],
      "Table 6: 79.0 stated; the ADE20K cell is '-', which states nothing", per=V1NF)
claim(P, 2, "table-cell", SUP, "Sliding-window attention with Swin-T reaches 81.4% top-1 and 45.8 mIoU.",
      [sw(6, "sliding window", T4["top1"], "81.4"), sw(6, "sliding window", T4["miou"], "45.8")], "Table 6", per=V1NF)
claim(P, 2, "table-cell", CON, "Kernel-based sliding-window attention runs Swin-B at 283 FPS.",
      [sw(5, "sliding window (kernel)", T5A % "B", "187")], "Table 5: 187; 283 is the Swin-S column", per=V1NF)
claim(P, 2, "table-cell", SUP, "Window attention without shifting takes 0.9 ms in stage 4.",
      [sw(5, "window (w/o shifting)", T5S % 4, "0.9")], "Table 5", per=V1NF)

# table-computed
_T2GAINS = [sw(2, "R-50", "APbox", "46.3"), sw(2, "Swin-T", "APbox", "50.5"), sw(2, "R-50", "APbox", "43.5"),
            sw(2, "Swin-T", "APbox", "47.2"), sw(2, "R-50", "APbox", "46.5"), sw(2, "Swin-T", "APbox", "50.0"),
            sw(2, "R-50", "APbox", "44.5"), sw(2, "Swin-T", "APbox", "47.9")]
claim(P, 2, "table-computed", SUP, "Across the four detectors, Swin-T's box AP gain over R-50 averages about 3.7 points.",
      _T2GAINS, "gains 4.2, 3.7, 3.5, 3.4; mean 14.8 / 4 = 3.7", per=V1NF)
claim(P, 2, "table-computed", CON, "Across the four detectors, Swin-T's box AP gain over R-50 averages about 4.2 points.",
      _T2GAINS, "the mean gain is 3.7; 4.2 is the largest (Cascade Mask R-CNN)", per=V1NF)
claim(P, 2, "table-computed", SUP, "Swin-T's largest box AP gain over R-50 comes with Cascade Mask R-CNN (+4.2).",
      _T2GAINS, "gains 4.2 (Cascade), 3.7, 3.5, 3.4", per=V1NF)
claim(P, 2, "table-computed", CON, "Swin-T's largest box AP gain over R-50 comes with ATSS.", _T2GAINS,
      "ATSS gains 3.7; the largest is Cascade Mask R-CNN's 4.2", per=V1NF)
claim(P, 2, "table-computed", SUP, "Among the models trained on ImageNet-1K alone, Swin-B at 384x384 is the most accurate (84.5%).",
      [sw(1, "Swin-B", TOP1, "84.5"), sw(1, "EffNet-B7", TOP1, "84.3")], "Table 1(a): max 84.5 (EffNet-B7 84.3 next)",
      per=V1NF)
claim(P, 2, "table-computed", CON, "Among the models trained on ImageNet-1K alone, EffNet-B7 is the most accurate.",
      [sw(1, "EffNet-B7", TOP1, "84.3"), sw(1, "Swin-B", TOP1, "84.5")], "Table 1(a): Swin-B at 384 has 84.5 > 84.3",
      per=V1NF)
claim(P, 2, "table-computed", SUP, "The fastest ImageNet-1K model listed is RegNetY-4G at 1156.7 images per second.",
      [sw(1, "RegNetY-4G", "throughput (image / s)", "1156.7")], "Table 1(a): maximum throughput", per=V1NF)
claim(P, 2, "table-computed", CON, "With ImageNet-22K pre-training, Swin-L is 1.9 points above ViT-L/16.",
      [sw(1, "Swin-L", TOP1, "87.3"), sw(1, "ViT-L/16", TOP1, "85.2")], "87.3 - 85.2 = 2.1, not 1.9", per=V1NF)
claim(P, 2, "table-computed", SUP, "With ImageNet-22K pre-training, Swin-L is 2.1 points above ViT-L/16.",
      [sw(1, "Swin-L", TOP1, "87.3"), sw(1, "ViT-L/16", TOP1, "85.2")], "87.3 - 85.2 = 2.1", per=V1NF)
claim(P, 2, "table-computed", SUP, "At 384x384, ImageNet-22K pre-training adds 1.9 points of top-1 to Swin-B.",
      [sw(1, "Swin-B", TOP1, "86.4"), sw(1, "Swin-B", TOP1, "84.5")], "86.4 - 84.5 = 1.9", per=V1NF)
claim(P, 2, "table-computed", SUP, "In stage 1, cyclic shifted-window attention is about 40.8 times faster than naive sliding windows.",
      [sw(5, "sliding window (naive)", T5S % 1, "122.5"), sw(5, "shifted window (cyclic)", T5S % 1, "3.0")],
      "122.5 / 3.0 = 40.8", per=V1NF)
claim(P, 2, "table-computed", CON, "In stage 4, cyclic shifted-window attention is 2.5 times faster than the kernel sliding window.",
      [sw(5, "sliding window (kernel)", T5S % 4, "1.8"), sw(5, "shifted window (cyclic)", T5S % 4, "1.0")],
      "1.8 / 1.0 = 1.8x in stage 4 (2.5x holds for stages 1 and 2)", per=V1NF)
claim(P, 2, "table-computed", SUP, "The lowest ADE20K val mIoU in the comparison is UperNet with DeiT-S (44.0).",
      [sw(3, "UperNet", "val / mIoU", "44.0"), sw(3, "DLab.v3+", "val / mIoU", "44.1")],
      "Table 3: minimum 44.0 (DLab.v3+ with ResNet-101 has 44.1)", per=V1NF)
claim(P, 2, "table-computed", CON, "The lowest ADE20K val mIoU in the comparison is DeepLabv3+ with ResNet-101.",
      [sw(3, "DLab.v3+", "val / mIoU", "44.1"), sw(3, "UperNet", "val / mIoU", "44.0")],
      "Table 3: 44.1 is second lowest; UperNet with DeiT-S has 44.0", per=V1NF)
claim(P, 2, "table-computed", SUP, "Averaged over Swin-T, -S and -B, the cyclic implementation runs at about 490 FPS.",
      [sw(5, "shifted window (cyclic)", T5A % "T", "755"), sw(5, "shifted window (cyclic)", T5A % "S", "437"),
       sw(5, "shifted window (cyclic)", T5A % "B", "278")], "(755 + 437 + 278) / 3 = 490", per=V1NF)
claim(P, 2, "table-computed", SUP, "Under Cascade Mask R-CNN, Swin-T runs 2.7 FPS slower than R-50.",
      [sw(2, "R-50", "FPS", "18.0"), sw(2, "Swin-T", "FPS", "15.3")], "18.0 - 15.3 = 2.7", per=V1NF)
claim(P, 2, "table-computed", CON, "Under ATSS, Swin-T runs 3.6 FPS slower than R-50.",
      [sw(2, "R-50", "FPS", "28.3"), sw(2, "Swin-T", "FPS", "22.3")], "28.3 - 22.3 = 6.0, not 3.6", per=V1NF)

# two-sentences
claim(P, 2, "two-sentences", SUP, "ADE20K spans 150 semantic categories and has 25K images, 20K of which are for training.",
      [S(W_ADE150), S(W_ADE25K)], "two adjacent sentences", per=V1NF)
claim(P, 2, "two-sentences", CON, "ADE20K spans 150 semantic categories and has 25K images, 3K of which are for validation.",
      [S(W_ADE150), S(W_ADE25K)], "2K for validation; 3K is the test split", per=V1NF)
claim(P, 2, "two-sentences", SUP,
      "Swin-B and Swin-L are also pre-trained on ImageNet-22K, and their ImageNet-1K fine-tuning results are in Table 1(b).",
      [S(W_PRETRAIN22), S(W_TAB1B)], "two adjacent sentences", per=V1NF)
claim(P, 2, "two-sentences", PART,
      "With ImageNet-22K pre-training Swin-B reaches 86.4% top-1, and Swin-L reaches 87.3% while using 30% less training compute.",
      [S(W_864B), S(W_SWINL)], "both accuracies stated; nothing on training compute", per=V1NF)
claim(P, 2, "two-sentences", SUP, "Swin-B obtains 86.4% top-1, and the larger Swin-L does 0.9 points better at 87.3%.",
      [S(W_864B), S(W_SWINL)], "two adjacent sentences", per=V1NF)
claim(P, 2, "two-sentences", CON, "Swin-B obtains 86.4% top-1, and the larger Swin-L does 1.9 points better.",
      [S(W_864B), S(W_SWINL)], "+0.9, not 1.9", per=V1NF)
claim(P, 2, "two-sentences", SUP,
      "Swin-T beats DeiT-S by 2.5 box AP while running at 15.3 vs. 10.4 FPS, DeiT's slowness stemming mainly from its quadratic complexity.",
      [S(W_DEIT_FPS), S(W_QUAD)], "two adjacent sentences", per=V1NF)
claim(P, 2, "two-sentences", CON,
      "Table 5 compares the real speed of the self-attention implementations, and naive padding turns out to be the more hardware-efficient one.",
      [S(W_T5CMP), S(W_CYCLIC)], "the cyclic implementation is more hardware efficient than naive padding", per=V1NF)
claim(P, 2, "two-sentences", SUP,
      "Because window-based self-attention lacks cross-window connections, a shifted window partitioning alternating between two configurations in consecutive blocks is proposed.",
      [S(W_LACKS), S(W_ALTERN)], "two adjacent sentences", per=V1NF)
claim(P, 2, "two-sentences", PART, "The window size is 7 by default and each head's query dimension is 32, with 12 heads in every stage.",
      [S(W_M7), S(W_D32)], "window size and query dimension stated; no head count", per=V1NF)
claim(P, 2, "two-sentences", CON,
      "Table 4 reports the shifted-window ablations, where shifting adds 2.2 box AP on COCO.",
      [S(W_T4REP), S(W_SHIFTGAIN)], "+2.8 box AP; 2.2 is the mask AP gain", per=V1NF)

# version-drift
claim(P, 2, "version-drift", SUP, "Swin Transformer reaches 87.3 top-1 accuracy on ImageNet-1K.",
      [S(W_873), S(W_873_INTRO), S(W_864, 1)], "v2's abstract and introduction; v1's abstract gives 86.4",
      per={1: CON})
claim(P, 1, "version-drift", SUP, "The abstract reports an ImageNet-1K top-1 accuracy of 86.4 for Swin Transformer.",
      [S(W_864), S(W_873, 2)], "v1's abstract; v2's abstract gives 87.3", per={2: CON})
claim(P, 2, "version-drift", SUP, "The hierarchical design and the shifted window approach also prove beneficial for all-MLP architectures.",
      [S(W_MLP)], "v2's abstract; not in v1", per=V1NF)
claim(P, 1, "version-drift", NF, "The shifted window approach is also shown to help all-MLP architectures.",
      [S(W_MLP, 2)], "nothing in v1's abstract; v2 states it", per={2: SUP})
claim(P, 2, "version-drift", SUP, "The code and models are already publicly available on GitHub.",
      [S(W_CODE2), S(W_CODE1, 1)], "v2's last sentence; v1 says they will be made available, not that they are",
      per={1: CON})
claim(P, 1, "version-drift", SUP, "The code and models will be released publicly at a later date.",
      [S(W_CODE1), S(W_CODE2, 2)], "v1's last sentence; v2 says they are publicly available", per={2: CON})
claim(P, 2, "version-drift", SUP, "The larger Swin-L model reaches 87.3% top-1 after ImageNet-22K pre-training.",
      [S(W_SWINL)], "v2's body; v1's abstract names no Swin-L", per=V1NF)
claim(P, 2, "version-drift", SUP, "Swin reaches 87.3 top-1 on ImageNet-1K and 53.5 mIoU on ADE20K val.",
      [S(W_873), S(W_DENSE), S(W_864, 1)], "v2's abstract; v1 has 53.5 mIoU but 86.4 top-1", per={1: CON})
claim(P, 2, "version-drift", SUP,
      "Swin's hierarchical design has linear complexity in image size and also benefits all-MLP architectures.",
      [S(W_LINEAR), S(W_MLP), S(W_LINEAR, 1)], "v2 states both; v1 has the linear complexity but not the all-MLP claim",
      per={1: PART})
claim(P, 2, "version-drift", SUP, "On ADE20K val Swin reaches 53.5 mIoU, 3.2 above the previous state of the art.",
      [S(W_DENSE), S(W_MARGIN), S(W_DENSE, 1), S(W_MARGIN, 1)], "the same in both abstracts", per={1: SUP})
claim(P, 2, "version-drift", SUP, "Swin-B reaches 86.4% top-1 on ImageNet-1K after ImageNet-22K pre-training.",
      [S(W_864B), S(W_864, 1)], "v2's body; v1's abstract has 86.4 top-1 on ImageNet-1K but names neither Swin-B nor "
      "ImageNet-22K pre-training", per={1: PART})

# absent
claim(P, 2, "absent", NF, "Swin-B was trained on 64 V100 GPUs for about a week.", [], "no training hardware or duration",
      per=V1NF)
claim(P, 2, "absent", NF, "Swin splits the input into 4x4 patches, so each token starts with 48 raw features.", [],
      "the patch size is not in the corpus text", per=V1NF)
claim(P, 2, "absent", NF, "Swin-T with a plain (non-cascade) Mask R-CNN reaches 46.0 box AP under a 3x schedule.", [],
      "no Mask R-CNN result in the corpus text", per=V1NF)
claim(P, 2, "absent", NF, "On ImageNet-V2, Swin-B loses about 7 points of top-1 accuracy.", [], "no ImageNet-V2",
      per=V1NF)
claim(P, 2, "absent", NF, "The stochastic depth rate is 0.2 for Swin-T, 0.3 for Swin-S and 0.5 for Swin-B.", [],
      "no stochastic depth rates in the corpus text", per=V1NF)
claim(P, 1, "absent", NF, "Swin Transformer received the Marr Prize at ICCV 2021.", [], "no award in either version",
      per={2: NF})
claim(P, 2, "absent", NF, "A naive padding of the shifted windows makes the computation 2.25 times greater.", [],
      "the padding cost is not quantified in the corpus text", per=V1NF)
claim(P, 2, "absent", SUP, "Query and key are the projection vectors of a self-attention layer.", [S(W_FOOT)],
      "footnote 1", per=V1NF)
claim(P, 2, "absent", SUP, "The authors look forward to investigating shifted window self-attention in natural language processing.",
      [S(W_NLP)], "the conclusion's last sentence", per=V1NF)

# ---------------------------------------------------------------------------------------
# 2111.06377 -- MAE v3: abstract, introduction, approach, sections 4-6 with Tables 1-7
# (accuracy, AP and mIoU: higher is better; hours: lower is better). One version in the
# corpus; its drift claims are absent ones below.
P = "2111.06377"
M_SIMPLE = "Our MAE approach is simple: we mask random patches of the input image and reconstruct the missing pixels."
M_75 = "Second, we find that masking a high proportion of the input image, e.g., 75%, yields a nontrivial and meaningful self-supervisory task."
M_3X = "Coupling these two designs enables us to train large models efficiently and effectively: we accelerate training (by 3x or more) and improve accuracy."
M_878 = "Our scalable approach allows for learning high-capacity models that generalize well: e.g., a vanilla ViT-Huge model achieves the best accuracy (87.8%) among methods that use only ImageNet-1K data."
M_GPTBERT = "The solutions, based on autoregressive language modeling in GPT and masked autoencoding in BERT, are conceptually simple: they remove a portion of the data and learn to predict the removed content."
M_CONVGRID = "Convolutions typically operate on regular grids and it is not straightforward to integrate 'indicators' such as mask tokens or positional embeddings into convolutional networks."
M_REDUND = "Images, on the contrary, are natural signals with heavy spatial redundancy"
M_LOWER = "In vision, the decoder reconstructs pixels, hence its output is of a lower semantic level than common recognition tasks."
M_MASKS = "Our MAE masks random patches from the input image and reconstructs the missing patches in the pixel space."
M_TRANSFER = "We also evaluate transfer learning on object detection, instance segmentation, and semantic segmentation."
M_CENTER = "The uniform distribution prevents a potential center bias (i.e., more masked patches near the image center)."
M_25 = "However, our encoder only operates on a small subset (e.g., 25%) of the full set."
M_NOMASK = "Masked patches are removed; no mask tokens are used."
M_INDEP = "Therefore, the decoder architecture can be flexibly designed in a manner that is independent of the encoder design."
M_10PCT = "For example, our default decoder has <10% computation per token vs. the encoder."
M_MSE = "Our loss function computes the mean squared error (MSE) between the reconstructed and original images in the pixel space."
M_ONLYMASKED = "We compute the loss only on masked patches, similar to BERT."
M_NORMQ = "Using normalized pixels as the reconstruction target improves representation quality in our experiments."
M_BIG = "ViT-L is very big (an order of magnitude bigger than ResNet-50) and tends to overfit."
M_RECIPE = "We note that it is nontrivial to train supervised ViT-L from scratch and a good recipe with strong regularization is needed (82.5%)."
M_BERT15 = "This behavior is in contrast with BERT, whose typical masking ratio is 15%."
M_2050 = "Our masking ratios are also much higher than those in related works in computer vision (20% to 50%)."
M_9PCT = "It only has 9% FLOPs per token vs. ViT-L (24 blocks, 1024-d)."
M_DROP14 = "If the encoder uses mask tokens, it performs worse: its accuracy drops by 14% in linear probing."
M_GAP = "In this case, there is a gap between pre-training and deploying: this encoder has a large portion of mask tokens in its input in pre-training, which does not exist in uncorrupted images."
M_33X = "In Table 1c, we reduce the overall training FLOPs by 3.3x."
M_28X = "This leads to a 2.8x wall-clock speedup in our implementation (see Table 2)."
M_250M = "The dVAE tokenizer requires one more pre-training stage, which may depend on extra data (250M images)."
M_CROP = "Our MAE works well using cropping-only augmentation, either fixed-size or random-size (both having random horizontal flipping)."
M_JITTER = "Adding color jittering degrades the results and so we do not use it in other experiments."
M_BYOL = "It was observed that using cropping-only augmentation reduces the accuracy by 13% and 28% respectively for BYOL and SimCLR."
M_HARDER = "This task is harder than that of random sampling, as a higher training loss is observed."
M_BLURRIER = "The reconstruction is also blurrier."
M_EASIER = "This is an easier task and has lower training loss."
M_1600 = "Indeed, we have not observed saturation of linear probing accuracy even at 1600 epochs."
M_869 = "We obtain 86.9% accuracy using ViT-H (224 size)."
M_448 = "By fine-tuning with a 448 size, we achieve 87.8% accuracy, using only IN1K data."
M_871 = "The previous best accuracy, among all methods using only IN1K data, is 87.1% (512 size), based on advanced networks."
M_NODVAE = "We do not need dVAE pre-training."
M_31H = "For example, training ViT-L on 128 TPU-v3 cores, our MAE's training time is 31 hours for 1600 epochs and MoCo v3's is 36 hours for 300 epochs."
M_UNCORR = "Table 1 shows that linear probing and fine-tuning results are largely uncorrelated."
M_810 = "Notably, fine-tuning only one Transformer block boosts the accuracy significantly from 73.5% to 81.0%."
M_791 = "Moreover, if we fine-tune only 'half' of the last block (i.e., its MLP sub-block), we can get 79.1%, much better than linear probing."
M_MOCOLIN = "MoCo v3 has higher linear probing accuracy; however, all of its partial fine-tuning results are worse than MAE."
M_26 = "The gap is 2.6% when tuning 4 blocks."
M_SEPARABLE = "While the MAE representations are less linearly separable, they are stronger non-linear features and perform well when a non-linear head is tuned."
M_24 = "With the smaller ViT-B, our MAE is 2.4 points higher than supervised pre-training (50.3 vs. 47.9, APbox)."
M_40 = "More significantly, with the larger ViT-L, our MAE pre-training outperforms supervised pre-training by 4.0 points (53.3 vs. 49.3)."
M_T6 = "Table 6 studies transfer learning on the iNaturalists and Places tasks."
M_INAT = "On iNat, our method shows strong scaling behavior: accuracy improves considerably with bigger models."
M_NOTOK = "It again shows that tokenization is not necessary for our MAE."
M_NOTSEG = "Instead of attempting to remove objects, we remove random patches that most likely do not form a semantic segment."
M_PIXELS = "Likewise, our MAE reconstructs pixels, which are not semantic entities."
M_1B = "a: pre-trained on 1 billion images."


def ma(table: int, row: str, column: str, value: str) -> dict:
    """A cell of MAE's tables."""
    return C(f"Table {table}", row, column, value)


T7 = "%s / %s"

# verbatim
claim(P, 3, "verbatim", SUP, M_878, [S(M_878)], "the abstract word for word")
claim(P, 3, "verbatim", CON,
      "Our scalable approach allows for learning high-capacity models that generalize well: e.g., a vanilla ViT-Huge model achieves the best accuracy (88.8%) among methods that use only ImageNet-1K data.",
      [S(M_878)], "87.8%, not 88.8%")
claim(P, 3, "verbatim", SUP, M_BERT15, [S(M_BERT15)], "word for word")
claim(P, 3, "verbatim", CON, "This behavior is in contrast with BERT, whose typical masking ratio is 25%.", [S(M_BERT15)],
      "15%, not 25%")
claim(P, 3, "verbatim", SUP, "Our MAE masks random patches from the input image and reconstructs the missing patches in the pix",
      [S(M_MASKS)], "cut off mid-word", truncated=True)
claim(P, 3, "verbatim", SUP, M_31H, [S(M_31H)], "word for word")
claim(P, 3, "verbatim", CON,
      "For example, training ViT-L on 128 TPU-v3 cores, our MAE's training time is 31 hours for 1600 epochs and MoCo v3's is 46 hours for 300 epochs.",
      [S(M_31H)], "36 hours for MoCo v3, not 46")
claim(P, 3, "verbatim", SUP, M_9PCT, [S(M_9PCT)], "word for word")
claim(P, 3, "verbatim", CON, "It only has 19% FLOPs per token vs. ViT-L (24 blocks, 1024-d).", [S(M_9PCT)], "9%, not 19%")
claim(P, 3, "verbatim", CON,
      "It was observed that using cropping-only augmentation reduces the accuracy by 13% and 38% respectively for BYOL and SimCLR.",
      [S(M_BYOL)], "28% for SimCLR, not 38%")

# paraphrase
claim(P, 3, "paraphrase", SUP, "The MAE encoder drops masked patches entirely and uses no mask tokens.", [S(M_NOMASK)],
      "light rewording")
claim(P, 3, "paraphrase", CON, "The MAE encoder replaces masked patches with learned mask tokens.", [S(M_NOMASK)],
      "masked patches are removed and no mask tokens are used in the encoder")
claim(P, 3, "paraphrase", PART, "MAE's loss is a pixel-space mean squared error combined with a perceptual loss term.",
      [S(M_MSE)], "the MSE stated; no perceptual loss")
claim(P, 3, "paraphrase", SUP, "As in BERT, the loss is computed only on the masked patches.", [S(M_ONLYMASKED)],
      "light rewording")
claim(P, 3, "paraphrase", CON, "Unlike BERT, MAE computes its loss over all patches, visible and masked alike.",
      [S(M_ONLYMASKED)], "only on masked patches, similar to BERT")
claim(P, 3, "paraphrase", SUP, "Reconstructing per-patch normalized pixels yields better representations.", [S(M_NORMQ)],
      "light rewording")
claim(P, 3, "paraphrase", PART, "Uniform random sampling avoids a center bias and was preferred over a Gaussian sampling scheme.",
      [S(M_CENTER)], "the center bias stated; no Gaussian sampling")
claim(P, 3, "paraphrase", SUP, "The decoder can be designed independently of the encoder.", [S(M_INDEP)], "light rewording")
claim(P, 3, "paraphrase", CON, "MAE's decoder has to mirror the encoder's architecture.", [S(M_INDEP)],
      "it can be designed independently of the encoder")
claim(P, 3, "paraphrase", PART, "MAE works with cropping-only augmentation and was also pre-trained with RandAugment.",
      [S(M_CROP)], "cropping-only stated; no RandAugment in the corpus text")

# number-format
claim(P, 3, "number-format", SUP, "MAE speeds up training threefold or more.", [S(M_3X)], "by 3x or more")
claim(P, 3, "number-format", CON, "MAE speeds up training at least fivefold.", [S(M_3X)], "3x or more, not 5x")
claim(P, 3, "number-format", SUP, "Masking three quarters of the input image gives a meaningful self-supervisory task.",
      [S(M_75)], "75%")
claim(P, 3, "number-format", CON, "Masking half of the input image is the high proportion that yields a nontrivial self-supervisory task.",
      [S(M_75)], "the high proportion is 75%, not half")
claim(P, 3, "number-format", SUP, "The MAE encoder processes only a quarter of the patches.", [S(M_25)], "25%")
claim(P, 3, "number-format", SUP, "The dVAE tokenizer may depend on a quarter of a billion extra images.", [S(M_250M)],
      "250M = 0.25 billion")
claim(P, 3, "number-format", CON, "The dVAE tokenizer may depend on 2.5 billion extra images.", [S(M_250M)],
      "250M, not 2.5 billion")
claim(P, 3, "number-format", SUP, "MAE's 1,600-epoch ViT-L run takes just over a day on 128 TPU-v3 cores.", [S(M_31H)],
      "31 hours")
claim(P, 3, "number-format", SUP, "MoCo v3 needs a day and a half for its 300-epoch ViT-L run on the same hardware.",
      [S(M_31H)], "36 hours = 1.5 days")
claim(P, 3, "number-format", CON, "MoCo v3 needs about two days for its 300-epoch ViT-L run on the same hardware.",
      [S(M_31H)], "36 hours, not about 48")
claim(P, 3, "number-format", SUP, "The default decoder uses under a tenth of the encoder's per-token computation.",
      [S(M_10PCT)], "<10%")
claim(P, 3, "number-format", CON, "The default decoder costs about a quarter of the encoder's per-token computation.",
      [S(M_10PCT)], "<10%, not about 25%")
claim(P, 3, "number-format", SUP, "With normalized pixel targets, the ViT-L ablation model fine-tunes to 85.4 percent.",
      [ma(1, "pixel (w/ norm)", "ft", "85.4")], "Table 1d")
claim(P, 3, "number-format", SUP, "Fine-tuning just the last block's MLP sub-block lifts accuracy to 79.1 percent.",
      [S(M_791)], "79.1%")

# sign-direction
claim(P, 3, "sign-direction", SUP, "Putting mask tokens into the encoder drops linear probing accuracy from 73.5 to 59.6.",
      [ma(1, "encoder w/o [M]", "lin", "73.5"), ma(1, "encoder w/ [M]", "lin", "59.6")], "Table 1c")
claim(P, 3, "sign-direction", CON, "Putting mask tokens into the encoder improves fine-tuning accuracy over the default encoder.",
      [ma(1, "encoder w/o [M]", "ft", "84.9"), ma(1, "encoder w/ [M]", "ft", "84.2")],
      "Table 1c: 84.2 with mask tokens < 84.9 without, a drop")
claim(P, 3, "sign-direction", SUP, "Adding color jittering lowers linear probing accuracy from 73.5 to 71.9.",
      [ma(1, "crop, rand size", "lin", "73.5"), ma(1, "crop + color jit", "lin", "71.9")], "Table 1e")
claim(P, 3, "sign-direction", CON, "Color jittering improves MAE's results.", [S(M_JITTER)], "it degrades the results")
claim(P, 3, "sign-direction", SUP, "Going from a 1-block to an 8-block decoder raises linear probing from 65.5% to 73.5%.",
      [ma(1, "1 block", "lin", "65.5"), ma(1, "8 blocks", "lin", "73.5")], "Table 1a")
claim(P, 3, "sign-direction", CON, "A 12-block decoder improves linear probing over the 8-block default.",
      [ma(1, "12 blocks", "lin", "73.3"), ma(1, "8 blocks", "lin", "73.5")], "Table 1a: 73.3 < 73.5")
claim(P, 3, "sign-direction", SUP, "Block-wise masking at 75% cuts linear probing to 63.9, down from 72.3 at 50%.",
      [ma(1, "block, 75%", "lin", "63.9"), ma(1, "block, 50%", "lin", "72.3")], "Table 1f")
claim(P, 3, "sign-direction", CON, "Grid-wise sampling gives higher linear probing accuracy than random sampling.",
      [ma(1, "grid, 75%", "lin", "66.0"), ma(1, "random, 75%", "lin", "73.5")], "Table 1f: 66.0 < 73.5")
claim(P, 3, "sign-direction", SUP, "With ViT-L, dVAE tokens trail normalized pixels by 0.2 points on ImageNet-1K.",
      [ma(7, "dVAE token", T7 % ("IN1K", "ViT-L"), "85.7"), ma(7, "pixel (w/ norm)", T7 % ("IN1K", "ViT-L"), "85.9"),
       ma(7, "delta", T7 % ("IN1K", "ViT-L"), "-0.2")], "Table 7: 85.7 vs 85.9, delta -0.2")
claim(P, 3, "sign-direction", CON, "With ViT-L, dVAE tokens raise ADE20K mIoU over normalized pixels.",
      [ma(7, "dVAE token", T7 % ("ADE20K", "ViT-L"), "53.4"), ma(7, "pixel (w/ norm)", T7 % ("ADE20K", "ViT-L"), "53.6")],
      "Table 7: 53.4 < 53.6")
claim(P, 3, "sign-direction", SUP, "Fine-tuning ViT-H at 448 instead of 224 raises iNat 2017 accuracy from 79.3 to 83.4.",
      [ma(6, "iNat 2017", "ViT-H", "79.3"), ma(6, "iNat 2017", "ViT-H (448)", "83.4")], "Table 6")
claim(P, 3, "sign-direction", CON, "On Places205, ViT-L scores below ViT-B.",
      [ma(6, "Places205", "ViT-L", "65.8"), ma(6, "Places205", "ViT-B", "63.9")], "Table 6: 65.8 > 63.9")

# polarity
claim(P, 3, "polarity", SUP, "It is not straightforward to integrate indicators such as mask tokens into convolutional networks.",
      [S(M_CONVGRID)], "kept")
claim(P, 3, "polarity", CON, "Mask tokens and positional embeddings are straightforward to integrate into convolutional networks.",
      [S(M_CONVGRID)], "not straightforward")
claim(P, 3, "polarity", SUP, "Images are natural signals with heavy spatial redundancy.", [S(M_REDUND)], "kept")
claim(P, 3, "polarity", CON, "Compared with language, images carry little spatial redundancy.", [S(M_REDUND)],
      "heavy spatial redundancy")
claim(P, 3, "polarity", CON, "In vision, the decoder's output is of a higher semantic level than common recognition tasks.",
      [S(M_LOWER)], "a lower semantic level")
claim(P, 3, "polarity", SUP, "MAE does not need dVAE pre-training.", [S(M_NODVAE)], "kept")
claim(P, 3, "polarity", CON, "Like BEiT, MAE requires dVAE pre-training.", [S(M_NODVAE)], "no dVAE pre-training needed")
claim(P, 3, "polarity", CON, "Grid-wise sampling is a harder task with a higher training loss.", [S(M_EASIER)],
      "an easier task with lower training loss")
claim(P, 3, "polarity", SUP,
      "Block-wise masking makes a harder task than random sampling, with a higher training loss and blurrier reconstructions.",
      [S(M_HARDER), S(M_BLURRIER)], "kept")
claim(P, 3, "polarity", CON, "MAE's linear probing accuracy saturates after 800 epochs.", [S(M_1600)],
      "no saturation observed even at 1600 epochs")
claim(P, 3, "polarity", SUP, "Tokenization is not necessary for MAE.", [S(M_NOTOK)], "kept")
claim(P, 3, "polarity", CON, "Tokenization proves necessary for MAE to transfer well.", [S(M_NOTOK)],
      "not necessary")
claim(P, 3, "polarity", CON, "MAE's representations are more linearly separable than MoCo v3's.",
      [S(M_MOCOLIN), S(M_SEPARABLE)], "MAE's are less linearly separable; MoCo v3 has higher linear probing accuracy")
claim(P, 3, "polarity", CON, "Linear probing and fine-tuning results are strongly correlated.", [S(M_UNCORR)],
      "largely uncorrelated")
claim(P, 3, "polarity", SUP, "The random patches MAE removes most likely do not form a semantic segment.", [S(M_NOTSEG)],
      "kept")

# entity-swap
claim(P, 3, "entity-swap", SUP, "With cropping-only augmentation, SimCLR and BYOL lose 28% and 13% respectively.",
      [S(M_BYOL)], "the same pairs in another order")
claim(P, 3, "entity-swap", CON, "With cropping-only augmentation, BYOL loses 28% and SimCLR 13%.", [S(M_BYOL)],
      "BYOL 13%, SimCLR 28%: the numbers are swapped")
claim(P, 3, "entity-swap", SUP, "MAE's transfer is evaluated on semantic segmentation, instance segmentation and object detection.",
      [S(M_TRANSFER)], "the same three in another order")
claim(P, 3, "entity-swap", PART,
      "MAE's transfer is evaluated on object detection, instance segmentation, semantic segmentation and video classification.",
      [S(M_TRANSFER)], "no video classification")
claim(P, 3, "entity-swap", SUP, "The classification transfer experiments use Places and iNaturalist.", [S(M_T6)],
      "the same two in another order")
claim(P, 3, "entity-swap", PART, "The classification transfer experiments use iNaturalist, Places and CIFAR-100.",
      [S(M_T6)], "no CIFAR-100")
claim(P, 3, "entity-swap", PART, "The ImageNet-1K fine-tuning comparison includes DINO, MoCo v3, BEiT and SimMIM.",
      [ma(3, "DINO", "ViT-B", "82.8"), ma(3, "MoCo v3", "ViT-B", "83.2"), ma(3, "BEiT", "ViT-B", "83.2")],
      "Table 3 has DINO, MoCo v3 and BEiT; no SimMIM")
claim(P, 3, "entity-swap", SUP, "The ImageNet-1K fine-tuning comparison includes BEiT, MoCo v3 and DINO.",
      [ma(3, "DINO", "ViT-B", "82.8"), ma(3, "MoCo v3", "ViT-B", "83.2"), ma(3, "BEiT", "ViT-B", "83.2")],
      "Table 3 rows, in another order")
claim(P, 3, "entity-swap", PART,
      "GPT's autoregressive modeling, BERT's masked autoencoding and XLNet's permutation modeling all remove part of the data and predict it.",
      [S(M_GPTBERT)], "GPT and BERT named; no XLNet")
claim(P, 3, "entity-swap", SUP,
      "Masked autoencoding in BERT and autoregressive modeling in GPT are conceptually simple: they remove part of the data and predict it.",
      [S(M_GPTBERT)], "the same two in another order")

# table-cell
claim(P, 3, "table-cell", SUP, "A 512-d decoder gives 84.9 fine-tuning and 73.5 linear probing accuracy.",
      [ma(1, "512-d", "ft", "84.9"), ma(1, "512-d", "lin", "73.5")], "Table 1b")
claim(P, 3, "table-cell", CON, "A 768-d decoder reaches 73.5 linear probing accuracy.", [ma(1, "768-d", "lin", "73.1")],
      "Table 1b: 73.1; 73.5 is the 512-d default")
claim(P, 3, "table-cell", SUP, "PCA targets give 84.6 fine-tuning and 72.3 linear probing accuracy.",
      [ma(1, "PCA", "ft", "84.6"), ma(1, "PCA", "lin", "72.3")], "Table 1d")
claim(P, 3, "table-cell", CON, "Predicting dVAE tokens gives 85.4 fine-tuning accuracy.", [ma(1, "dVAE token", "ft", "85.3")],
      "Table 1d: 85.3; 85.4 is normalized pixels")
claim(P, 3, "table-cell", SUP, "ViT-H with a 1-block decoder pre-trains in 29.3 hours, a 4.1x speedup.",
      [ma(2, "ViT-H", "hours", "29.3"), ma(2, "ViT-H", "speedup", "4.1x")], "Table 2")
claim(P, 3, "table-cell", CON, "ViT-L with the 8-block decoder and no mask tokens pre-trains in 11.6 hours.",
      [ma(2, "ViT-L", "hours", "15.4")], "Table 2: 15.4 hours; 11.6 is the 1-block decoder")
claim(P, 3, "table-cell", PART, "ViT-H with mask tokens in the encoder takes 119.6 hours and fine-tunes to 85.1%.",
      [ma(2, "ViT-H, w/ [M]", "hours", "119.6"), ma(2, "ViT-H, w/ [M]", "ft acc", "-")],
      "Table 2: 119.6 hours stated; its ft acc cell is '-'")
claim(P, 3, "table-cell", SUP, "BEiT reaches 85.2 with ViT-L in the ImageNet-1K comparison.", [ma(3, "BEiT", "ViT-L", "85.2")],
      "Table 3")
claim(P, 3, "table-cell", CON, "MoCo v3 reaches 84.1 with ViT-B on ImageNet-1K.", [ma(3, "MoCo v3", "ViT-B", "83.2")],
      "Table 3: 83.2; 84.1 is its ViT-L cell")
claim(P, 3, "table-cell", SUP, "MAE with ViT-L reaches 53.3 box AP and 47.2 mask AP on COCO.",
      [ma(4, "MAE", "APbox / ViT-L", "53.3"), ma(4, "MAE", "APmask / ViT-L", "47.2")], "Table 4")
claim(P, 3, "table-cell", CON, "Supervised pre-training with ViT-L reaches 49.9 box AP on COCO.",
      [ma(4, "supervised", "APbox / ViT-L", "49.3")], "Table 4: 49.3; 49.9 is its ADE20K mIoU in Table 5")
claim(P, 3, "table-cell", SUP, "On ADE20K, MoCo v3 with ViT-B reaches 47.3 mIoU.", [ma(5, "MoCo v3", "ViT-B", "47.3")],
      "Table 5")
claim(P, 3, "table-cell", CON, "On iNat 2018, MAE with ViT-L reaches 83.0.", [ma(6, "iNat 2018", "ViT-L", "80.1")],
      "Table 6: 80.1; 83.0 is ViT-H")
claim(P, 3, "table-cell", PART,
      "The previous best on Places365, 58.0, was pre-trained on 3.5 billion images with a ResNeXt-101 32x48d backbone.",
      [ma(6, "Places365", "prev best", "58.0"), S("b: pre-trained on 3.5 billion images.")],
      "the score and the 3.5 billion images stated; no backbone named")
claim(P, 3, "table-cell", SUP, "Unnormalized pixel targets give 52.8 COCO box AP with ViT-L.",
      [ma(7, "pixel (w/o norm)", T7 % ("COCO", "ViT-L"), "52.8")], "Table 7")

# table-computed
_DEPTH = [ma(1, "1 block", "lin", "65.5"), ma(1, "2 blocks", "lin", "70.0"), ma(1, "4 blocks", "lin", "71.9"),
          ma(1, "8 blocks", "lin", "73.5"), ma(1, "12 blocks", "lin", "73.3")]
_WIDTH = [ma(1, "128-d", "ft", "84.9"), ma(1, "256-d", "ft", "84.8"), ma(1, "512-d", "ft", "84.9"),
          ma(1, "768-d", "ft", "84.4"), ma(1, "1024-d", "ft", "84.3")]
claim(P, 3, "table-computed", SUP, "In the decoder-depth ablation, linear probing peaks at 8 blocks (73.5).", _DEPTH,
      "max of 65.5, 70.0, 71.9, 73.5, 73.3")
claim(P, 3, "table-computed", CON, "In the decoder-depth ablation, linear probing peaks at 12 blocks.", _DEPTH,
      "12 blocks give 73.3; the peak is 8 blocks (73.5)")
claim(P, 3, "table-computed", SUP, "Across the five decoder widths, fine-tuning accuracy averages about 84.7.", _WIDTH,
      "(84.9 + 84.8 + 84.9 + 84.4 + 84.3) / 5 = 84.66")
claim(P, 3, "table-computed", CON, "Across the five decoder widths, fine-tuning accuracy averages about 84.9.", _WIDTH,
      "the mean is 84.66 ~ 84.7")
claim(P, 3, "table-computed", SUP, "Among the reconstruction targets, normalized pixels give the best fine-tuning accuracy (85.4).",
      [ma(1, "pixel (w/o norm)", "ft", "84.9"), ma(1, "pixel (w/ norm)", "ft", "85.4"), ma(1, "PCA", "ft", "84.6"),
       ma(1, "dVAE token", "ft", "85.3")], "Table 1d: max 85.4")
claim(P, 3, "table-computed", CON, "Among the reconstruction targets, dVAE tokens give the best linear probing accuracy.",
      [ma(1, "pixel (w/o norm)", "lin", "73.5"), ma(1, "pixel (w/ norm)", "lin", "73.9"), ma(1, "PCA", "lin", "72.3"),
       ma(1, "dVAE token", "lin", "71.6")], "Table 1d: dVAE tokens are the lowest (71.6); normalized pixels best (73.9)")
claim(P, 3, "table-computed", SUP, "On COCO with ViT-B, MAE's box AP is 0.5 above BEiT's.",
      [ma(4, "MAE", "APbox / ViT-B", "50.3"), ma(4, "BEiT", "APbox / ViT-B", "49.8")], "50.3 - 49.8 = 0.5")
claim(P, 3, "table-computed", CON, "On ADE20K with ViT-B, MAE beats supervised pre-training by 3.7 points.",
      [ma(5, "MAE", "ViT-B", "48.1"), ma(5, "supervised", "ViT-B", "47.4")], "48.1 - 47.4 = 0.7 (3.7 is the ViT-L gap)")
claim(P, 3, "table-computed", SUP, "On ADE20K with ViT-L, MAE beats supervised pre-training by 3.7 points.",
      [ma(5, "MAE", "ViT-L", "53.6"), ma(5, "supervised", "ViT-L", "49.9")], "53.6 - 49.9 = 3.7")
claim(P, 3, "table-computed", SUP, "With ViT-H at 448, MAE beats the previous best on iNat 2019 by 4.2 points.",
      [ma(6, "iNat 2019", "ViT-H (448)", "88.3"), ma(6, "iNat 2019", "prev best", "84.1")], "88.3 - 84.1 = 4.2")
claim(P, 3, "table-computed", CON, "On Places205, MAE's best result exceeds the previous best by 1.8 points.",
      [ma(6, "Places205", "ViT-H (448)", "66.8"), ma(6, "Places205", "prev best", "66.0")], "66.8 - 66.0 = 0.8")
claim(P, 3, "table-computed", SUP, "For ViT-L with an 8-block decoder, dropping encoder mask tokens cuts pre-training from 42.4 to 15.4 hours, about 2.8x.",
      [ma(2, "ViT-L, w/ [M]", "hours", "42.4"), ma(2, "ViT-L", "hours", "15.4")], "42.4 / 15.4 = 2.75 ~ 2.8")
claim(P, 3, "table-computed", CON, "Dropping encoder mask tokens saves 17 hours of ViT-L pre-training with the 8-block decoder.",
      [ma(2, "ViT-L, w/ [M]", "hours", "42.4"), ma(2, "ViT-L", "hours", "15.4")], "42.4 - 15.4 = 27.0 hours, not 17")
claim(P, 3, "table-computed", SUP, "In the ImageNet-1K comparison, MAE has the best result in every column.",
      [ma(3, "MAE", "ViT-B", "83.6"), ma(3, "MAE", "ViT-L", "85.9"), ma(3, "MAE", "ViT-H", "86.9"),
       ma(3, "MAE", "ViT-H (448)", "87.8")], "Table 3: 83.6, 85.9, 86.9, 87.8 are each column's maximum")
claim(P, 3, "table-computed", SUP, "Averaged over the five transfer datasets, MAE with ViT-H at 448 scores about 77.1.",
      [ma(6, "iNat 2017", "ViT-H (448)", "83.4"), ma(6, "iNat 2018", "ViT-H (448)", "86.8"),
       ma(6, "iNat 2019", "ViT-H (448)", "88.3"), ma(6, "Places205", "ViT-H (448)", "66.8"),
       ma(6, "Places365", "ViT-H (448)", "60.3")], "(83.4 + 86.8 + 88.3 + 66.8 + 60.3) / 5 = 77.12")

# two-sentences
claim(P, 3, "two-sentences", SUP,
      "ViT-L is an order of magnitude bigger than ResNet-50 and overfits, so training it from scratch needs a strongly regularized recipe (82.5%).",
      [S(M_BIG), S(M_RECIPE)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "ViT-L is about twice the size of ResNet-50 and overfits, so training it from scratch needs a strongly regularized recipe.",
      [S(M_BIG), S(M_RECIPE)], "an order of magnitude bigger, not twice")
claim(P, 3, "two-sentences", SUP,
      "With mask tokens in the encoder, linear probing drops by 14%, which the authors trace to a gap between pre-training and deployment.",
      [S(M_DROP14), S(M_GAP)], "two adjacent sentences")
claim(P, 3, "two-sentences", PART,
      "Skipping mask tokens cuts training FLOPs by 3.3x and wall-clock time by 2.8x, and halves memory use.",
      [S(M_33X), S(M_28X)], "3.3x and 2.8x stated; no figure for memory")
claim(P, 3, "two-sentences", SUP,
      "ViT-H reaches 86.9% at 224 size, and fine-tuning at 448 lifts it to 87.8% using IN1K data only.",
      [S(M_869), S(M_448)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "MAE's 87.8% at 448 size beats the previous best IN1K-only result of 88.1%.", [S(M_448), S(M_871)],
      "the previous best is 87.1%, and 87.8 would not beat 88.1")
claim(P, 3, "two-sentences", SUP,
      "Fine-tuning one block lifts accuracy from 73.5% to 81.0%, and tuning only the last block's MLP sub-block already gives 79.1%.",
      [S(M_810), S(M_791)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "MoCo v3 has higher linear probing accuracy, and its partial fine-tuning beats MAE by 2.6% when 4 blocks are tuned.",
      [S(M_MOCOLIN), S(M_26)], "its partial fine-tuning results are worse than MAE's; 2.6% is MAE's lead")
claim(P, 3, "two-sentences", SUP,
      "With ViT-B, MAE is 2.4 box AP above supervised pre-training, and with ViT-L the margin grows to 4.0.",
      [S(M_24), S(M_40)], "two adjacent sentences")
claim(P, 3, "two-sentences", PART,
      "Table 6 covers iNaturalist and Places, where MAE scales strongly on iNat and also sets a new best on ImageNet-ReaL.",
      [S(M_T6), S(M_INAT)], "the two datasets and the scaling stated; no ImageNet-ReaL")
claim(P, 3, "two-sentences", CON, "BERT typically masks 15%, and related vision works mask 60% to 80%.",
      [S(M_BERT15), S(M_2050)], "related vision works use 20% to 50%")

# absent
claim(P, 3, "absent", NF, "MAE pre-training uses AdamW with a base learning rate of 1.5e-4.", [],
      "the optimizer settings are in the appendix, not in the corpus text")
claim(P, 3, "absent", NF, "MAE is pre-trained with a batch size of 4096.", [], "no batch size in the corpus text")
claim(P, 3, "absent", NF, "After 1600 epochs, MAE's ViT-L reaches 76.0% linear probing accuracy.", [],
      "no 1600-epoch linear probing figure")
claim(P, 3, "absent", NF, "MAE lowers the mean corruption error on ImageNet-C compared with supervised training.", [],
      "no robustness benchmark in the corpus text")
claim(P, 3, "absent", NF, "The MAE code is released in PyTorch on GitHub.", [], "no code release mentioned")
claim(P, 3, "absent", NF, "MAE's decoder uses 16 attention heads.", [], "no head count")
claim(P, 3, "absent", SUP, "MAE reconstructs pixels, which are not semantic entities.", [S(M_PIXELS)],
      "the last sentence of the corpus text")
claim(P, 3, "absent", SUP, "The previous best Places205 result came from pre-training on one billion images.",
      [S(M_1B), ma(6, "Places205", "prev best", "66.0")], "Table 6: 66.0 marked 'a', pre-trained on 1 billion images")

# ---------------------------------------------------------------------------------------
# 2005.14165 -- GPT-3 v4: abstract, introduction, sections 2.1-2.3 with Tables 2.1 and 2.2,
# sections 3.1-3.4 with Tables 3.1-3.5 (accuracy, F1 and BLEU: higher is better; perplexity:
# lower is better). One version in the corpus.
P = "2005.14165"
G_175 = "Specifically, we train GPT-3, an autoregressive language model with 175 billion parameters, 10x more than any previous non-sparse language model, and test its performance in the few-shot setting."
G_NOGRAD = "For all tasks, GPT-3 is applied without any gradient updates or fine-tuning, with tasks and few-shot demonstrations specified purely via text interaction with the model."
G_NEWS = "Finally, we find that GPT-3 can generate samples of news articles which human evaluators have difficulty distinguishing from articles written by humans."
G_OOD = "For instance [HLW+20] observe that larger models do not necessarily generalize better out-of-distribution."
G_AMBIG = "but this term is potentially ambiguous"
G_17B = "and finally 17 billion parameters [Tur20]."
G_NOGRAD_CURVES = "We emphasize that these “learning” curves involve no gradient updates or fine-tuning, just increasing numbers of demonstrations given as conditioning."
G_ANLI = "This includes natural language inference tasks like the ANLI dataset, and some reading comprehension datasets like RACE or QuAC."
G_MINIMAL = "Although we find that data contamination has a minimal effect on GPT-3's performance on most datasets"
G_SMALLER = "In addition to all the above, we also train a series of smaller models (ranging from 125 million parameters to 13 billion parameters) in order to compare their performance to GPT-3 in the zero, one and few-shot settings."
G_NOVEL = "GPT-3 also displays one-shot and few-shot proficiency at tasks designed to test rapid adaption or on-the-fly reasoning, which include unscrambling words, performing arithmetic, and using novel words in a sentence after seeing them defined only once."
G_2048 = "All models use a context window of n_ctx = 2048 tokens."
G_SENSITIVE = "Previous work [KMH+20] suggests that validation loss is not strongly sensitive to these parameters within a reasonably broad range."
G_LOWERQ = "However, we have found that unfiltered or lightly filtered versions of Common Crawl tend to have lower quality than more curated datasets."
G_CURATED = "For the third, we added several curated high-quality datasets, including an expanded version of the WebText dataset [RWC+19], collected by scraping links over a longer period of time, and first described in [KMH+20], two internet-based books corpora (Books1 and Books2) and English-language Wikipedia."
G_45TB = "The CommonCrawl data was downloaded from 41 shards of monthly CommonCrawl covering 2016 to 2019, constituting 45TB of compressed plaintext before filtering and 570GB after filtering, roughly equivalent to 400 billion byte-pair-encoded tokens."
G_BUG = "Unfortunately, a bug in the filtering caused us to ignore some overlaps, and due to the cost of training it was not feasible to retrain the model."
G_BATCH = "As found in [KMH+20, MKAT18], larger models can typically use a larger batch size, but require a smaller learning rate."
G_V100 = "All models were trained on V100 GPU's on part of a high-bandwidth cluster provided by Microsoft."
G_INTERNET = "PTB escapes these issues due to predating the modern internet."
G_PTB = "Our largest model sets a new SOTA on PTB by a substantial margin of 15 points, achieving a perplexity of 20.50."
G_ZEROONLY = "Note that since PTB is a traditional language modeling dataset it does not have a clear separation of examples to define one-shot or few-shot evaluation around, so we measure only zero-shot."
G_STOPWORD = "This problem has been partially addressed in the past with stop-word filters [RWC+19] (which ban “continuation” words)."
G_ONEWORD = "allows the language model to infer from examples that a completion of exactly one word is desired."
G_864 = "When presented with examples formatted this way, GPT-3 achieves 86.4% accuracy in the few-shot setting, an increase of over 18% from the previous state-of-the-art."
G_SIZE = "We observe that few-shot performance improves strongly with model size."
G_SMALLEST = "While this setting decreases the performance of the smallest model by almost 20%, for GPT-3 it improves accuracy by 10%."
G_BLANK1 = "Finally, the fill-in-blank method is not effective one-shot, where it always performs worse than the zero-shot setting."
G_956 = "The examples were adversarially mined to be difficult for language models while remaining easy for humans (who achieve 95.6% accuracy)."
G_STORY = "We next evaluate GPT-3 on the StoryCloze 2016 dataset [MCH+16], which involves selecting the correct ending sentence for five-sentence long stories."
G_K70 = "Here GPT-3 achieves 83.2% in the zero-shot setting and 87.7% in the few-shot setting (with K = 70)."
G_QA3 = "We evaluate GPT-3 on the 3 datasets in [RRS20]: Natural Questions [KPR+19], WebQuestions [BCFL13], and TriviaQA [JCWZ17], using the same splits."
G_TQA = "On TriviaQA, we achieve 64.3% in the zero-shot setting, 68.0% in the one-shot setting, and 71.2% in the few-shot setting."
G_142 = "The zero-shot result already outperforms the fine-tuned T5-11B by 14.2%, and also outperforms a version with Q&A tailored span prediction during pre-training by 3.8%."
G_WEBQ = "On WebQuestions (WebQs), GPT-3 achieves 14.4% in the zero-shot setting, 25.3% in the one-shot setting, and 41.5% in the few-shot setting."
G_WEBQ_T5 = "This compares to 37.4% for fine-tuned T5-11B, and 44.7% for fine-tuned T5-11B+SSM, which uses a Q&A-specific pre-training procedure."
G_GPT2FILTER = "For GPT-2 a filter was used on a multilingual collection of documents to produce an English only dataset due to capacity concerns."
G_10MB = "Even with this filtering GPT-2 showed some evidence of multilingual capability and performed non-trivially when translating between French and English despite only training on 10 megabytes of remaining French text."
G_93 = "Although GPT-3's training data is still primarily English (93% by word count), it also includes 7% of text in other languages."
G_DERO = "In order to better understand translation capability, we also expand our analysis to include two additional commonly studied languages, German and Romanian."
G_UNDERPERF = "Zero-shot GPT-3, which only receives on a natural language description of the task, still underperforms recent unsupervised NMT results."
G_INTOEN = "For the three input languages studied, GPT-3 significantly outperforms prior unsupervised NMT work when translating into English but underperforms when translating in the other direction."
G_ENRO = "Performance on En-Ro is a noticeable outlier at over 10 BLEU worse than prior unsupervised NMT work."
G_BPE = "This could be a weakness due to reusing the byte-level BPE tokenizer of GPT-2 which was developed for an almost entirely English training dataset."
G_608K = "For Ro-En, few shot GPT-3 performs within 0.5 BLEU of the overall SOTA which is achieved by a combination of unsupervised pretraining, supervised finetuning on 608K labeled examples, and backtranslation [LHCG19b]."
G_WINO = "On Winograd GPT-3 achieves 88.3%, 89.7%, and 88.6% in the zero-shot, one-shot, and few-shot settings, showing no clear in-context learning but in all cases achieving strong results just a few points below state-of-the-art and estimated human performance."
G_WINOGRANDE = "On the more difficult Winogrande dataset, we do find gains to in-context learning: GPT-3 achieves 70.2% in the zero-shot setting, 73.2% in the one-shot setting, and 77.7% in the few-shot setting."
G_ROBERTA79 = "For comparison a fine-tuned RoBERTA model achieves 79%, state-of-the-art is 84.6% achieved with a fine-tuned high capacity model (T5), and human performance on the task as reported by [SBBC19] is 94.0%."

T21 = "Table 2.1"
T22 = "Table 2.2"
T32 = "Table 3.2"
T33 = "Table 3.3"
T34 = "Table 3.4"
T35 = "Table 3.5"
EPOCHS = "Epochs elapsed when training for 300B tokens"
QTY = "Quantity (tokens)"
WEIGHT = "Weight in training mix"
FEW, ONE, ZERO = "GPT-3 Few-Shot", "GPT-3 One-Shot", "GPT-3 Zero-Shot"
DIRS = ["En->Fr", "Fr->En", "En->De", "De->En", "En->Ro", "Ro->En"]

# verbatim
claim(P, 4, "verbatim", SUP, G_2048, [S(G_2048)], "word for word")
claim(P, 4, "verbatim", CON, "All models use a context window of n_ctx = 1024 tokens.", [S(G_2048)], "2048 tokens, not 1024")
claim(P, 4, "verbatim", SUP, G_93, [S(G_93)], "word for word")
claim(P, 4, "verbatim", CON,
      "Although GPT-3's training data is still primarily English (83% by word count), it also includes 17% of text in other languages.",
      [S(G_93)], "93% and 7%, not 83% and 17%")
claim(P, 4, "verbatim", SUP, "Our largest model sets a new SOTA on PTB by a substantial margin of 15 points, achieving a perpl",
      [S(G_PTB)], "cut off mid-word", truncated=True)
claim(P, 4, "verbatim", CON,
      "Our largest model sets a new SOTA on PTB by a substantial margin of 25 points, achieving a perplexity of 20.50.",
      [S(G_PTB)], "15 points, not 25")
claim(P, 4, "verbatim", SUP, G_V100, [S(G_V100)], "word for word")
claim(P, 4, "verbatim", CON, "All models were trained on A100 GPU's on part of a high-bandwidth cluster provided by Microsoft.",
      [S(G_V100)], "V100 GPUs, not A100")
claim(P, 4, "verbatim", SUP, G_175, [S(G_175)], "the abstract word for word")
claim(P, 4, "verbatim", CON,
      "Specifically, we train GPT-3, an autoregressive language model with 175 billion parameters, 100x more than any previous non-sparse language model, and test its performance in the few-shot setting.",
      [S(G_175)], "10x, not 100x")

# paraphrase
claim(P, 4, "paraphrase", SUP, "GPT-3 is used without gradient updates or fine-tuning; tasks and demonstrations are given purely as text.",
      [S(G_NOGRAD)], "light rewording")
claim(P, 4, "paraphrase", CON, "For each task, GPT-3 is fine-tuned with a few gradient updates on the demonstrations.",
      [S(G_NOGRAD)], "no gradient updates or fine-tuning")
claim(P, 4, "paraphrase", PART,
      "Human evaluators struggle to tell GPT-3's news articles from human-written ones, and GPT-3 also writes convincing poetry.",
      [S(G_NEWS)], "the news articles stated; nothing on poetry")
claim(P, 4, "paraphrase", SUP, "Bigger models can usually take bigger batches but need smaller learning rates.", [S(G_BATCH)],
      "light rewording")
claim(P, 4, "paraphrase", CON, "Bigger models need larger learning rates along with their bigger batches.", [S(G_BATCH)],
      "a smaller learning rate")
claim(P, 4, "paraphrase", SUP, "Penn Tree Bank sidesteps the training-data overlap because it predates the modern internet.",
      [S(G_INTERNET)], "light rewording")
claim(P, 4, "paraphrase", PART, "PTB is evaluated zero-shot only, and GPT-3 is also scored few-shot on enwik8.",
      [S(G_ZEROONLY)], "zero-shot only on PTB stated; no enwik8")
claim(P, 4, "paraphrase", SUP, "The few-shot LAMBADA format lets the model infer that exactly one word should complete the sentence.",
      [S(G_ONEWORD)], "light rewording")
claim(P, 4, "paraphrase", CON, "Stop-word filters have fully solved LAMBADA's continuation problem.", [S(G_STOPWORD)],
      "only partially addressed")
claim(P, 4, "paraphrase", SUP, "GPT-3's training data is mostly English, with a small share of text in other languages.",
      [S(G_93)], "light rewording")

# number-format
claim(P, 4, "number-format", SUP, "GPT-3 has 175B parameters, ten times more than any earlier non-sparse language model.",
      [S(G_175)], "175 billion, 10x")
claim(P, 4, "number-format", CON, "GPT-3's 175 billion parameters are a hundredfold more than any earlier non-sparse language model.",
      [S(G_175)], "10x, not 100x")
claim(P, 4, "number-format", SUP, "The smaller comparison models range from 0.125 billion to 13 billion parameters.",
      [S(G_SMALLER)], "125 million = 0.125 billion")
claim(P, 4, "number-format", CON, "The smaller comparison models range from 125 million to 6.7 billion parameters.",
      [S(G_SMALLER)], "up to 13 billion, not 6.7 billion")
claim(P, 4, "number-format", SUP, "Filtered Common Crawl supplies 410B tokens and three fifths of the training mix.",
      [C(T22, "Common Crawl (filtered)", QTY, "410 billion"), C(T22, "Common Crawl (filtered)", WEIGHT, "60%")],
      "410 billion, 60%")
claim(P, 4, "number-format", CON, "Books2 contributes 55B tokens and 22% of the training mix.",
      [C(T22, "Books2", QTY, "55 billion"), C(T22, "Books2", WEIGHT, "8%")], "8%; 22% is WebText2's weight")
claim(P, 4, "number-format", SUP, "Filtering shrank the CommonCrawl data from 45 terabytes of compressed plaintext to 570 gigabytes.",
      [S(G_45TB)], "45TB, 570GB")
claim(P, 4, "number-format", CON, "After filtering, the CommonCrawl data came to 5.7 terabytes.", [S(G_45TB)],
      "570GB = 0.57 TB, not 5.7")
claim(P, 4, "number-format", SUP, "GPT-3 175B was trained with 3.2 million tokens per batch and a learning rate of 6e-5.",
      [C(T21, 'GPT-3 175B or "GPT-3"', "Batch Size", "3.2M"), C(T21, 'GPT-3 175B or "GPT-3"', "Learning Rate", "0.6 x 10^-4")],
      "3.2M; 0.6 x 10^-4 = 6e-5")
claim(P, 4, "number-format", CON, "GPT-3 175B was trained with a learning rate of 6e-4.",
      [C(T21, 'GPT-3 175B or "GPT-3"', "Learning Rate", "0.6 x 10^-4")], "0.6 x 10^-4 = 6e-5; 6e-4 is GPT-3 Small's")
claim(P, 4, "number-format", SUP, "GPT-3 175B has ninety-six layers and a model width of 12,288.",
      [C(T21, 'GPT-3 175B or "GPT-3"', "n_layers", "96"), C(T21, 'GPT-3 175B or "GPT-3"', "d_model", "12288")],
      "96, 12288")
claim(P, 4, "number-format", SUP, "Transformer language models grew from 0.1 billion to 17 billion parameters before GPT-3.",
      [S("In recent years the capacity of transformer language models has increased substantially, from 100 million parameters"),
       S(G_17B)], "100 million = 0.1 billion; finally 17 billion")
claim(P, 4, "number-format", CON, "Before GPT-3, the largest transformer language model mentioned had 11 billion parameters.",
      [S(G_17B)], "the list ends with 17 billion parameters")
claim(P, 4, "number-format", SUP, "The Ro-En state of the art uses supervised fine-tuning on 608 thousand labeled examples.",
      [S(G_608K)], "608K")
claim(P, 4, "number-format", SUP, "Humans reach just under 96 percent on HellaSwag.", [S(G_956)], "95.6%")

# sign-direction
claim(P, 4, "sign-direction", SUP, "On LAMBADA, the few-shot setting lowers GPT-3's perplexity from 3.00 zero-shot to 1.92.",
      [C(T32, ZERO, "LAMBADA (ppl)", "3.00"), C(T32, FEW, "LAMBADA (ppl)", "1.92")], "Table 3.2")
claim(P, 4, "sign-direction", CON, "On LAMBADA, GPT-3's one-shot accuracy is above its zero-shot accuracy.",
      [C(T32, ONE, "LAMBADA (acc)", "72.5"), C(T32, ZERO, "LAMBADA (acc)", "76.2"), S(G_BLANK1)],
      "72.5 < 76.2; one-shot always performs worse than zero-shot")
claim(P, 4, "sign-direction", SUP, "On TriviaQA, a single demonstration lifts GPT-3 from 64.3% to 68.0%.",
      [C(T33, ZERO, "TriviaQA", "64.3"), C(T33, ONE, "TriviaQA", "68.0")], "Table 3.3")
claim(P, 4, "sign-direction", CON, "On WebQuestions, GPT-3 drops from 25.3% one-shot to 14.4% few-shot.",
      [C(T33, ONE, "WebQS", "25.3"), C(T33, FEW, "WebQS", "41.5")], "few-shot is 41.5%, a rise; 14.4% is zero-shot")
claim(P, 4, "sign-direction", SUP, "Few-shot GPT-3 beats the supervised SOTA on Fr->En, 39.2 vs. 35.0 BLEU.",
      [C(T34, FEW, "Fr->En", "39.2"), C(T34, "SOTA (Supervised)", "Fr->En", "35.0")], "Table 3.4")
claim(P, 4, "sign-direction", CON, "Few-shot GPT-3 beats the supervised SOTA on En->Fr.",
      [C(T34, FEW, "En->Fr", "32.6"), C(T34, "SOTA (Supervised)", "En->Fr", "45.6")], "32.6 < 45.6")
claim(P, 4, "sign-direction", SUP, "On Winograd, GPT-3's few-shot accuracy (88.6%) is below its one-shot accuracy (89.7%).",
      [C(T35, FEW, "Winograd", "88.6*"), C(T35, ONE, "Winograd", "89.7*")], "Table 3.5")
claim(P, 4, "sign-direction", CON, "On Winogrande, GPT-3's accuracy falls as more demonstrations are added.",
      [S(G_WINOGRANDE)], "70.2% -> 73.2% -> 77.7%, rising")
claim(P, 4, "sign-direction", SUP, "Few-shot GPT-3 improves on XLM for De->En, 40.6 vs. 34.3 BLEU.",
      [C(T34, FEW, "De->En", "40.6"), C(T34, "XLM", "De->En", "34.3")], "Table 3.4")
claim(P, 4, "sign-direction", CON, "Zero-shot GPT-3 outperforms XLM on En->De.",
      [C(T34, ZERO, "En->De", "24.6"), C(T34, "XLM", "En->De", "26.4")], "24.6 < 26.4")
claim(P, 4, "sign-direction", SUP, "The fill-in-the-blank few-shot setting hurts the smallest model by almost 20% but helps GPT-3 by 10%.",
      [S(G_SMALLEST)], "stated")
claim(P, 4, "sign-direction", CON, "The fill-in-the-blank few-shot setting helps the smallest model most, by almost 20%.",
      [S(G_SMALLEST)], "it decreases the smallest model's performance by almost 20%")

# polarity
claim(P, 4, "polarity", SUP, "Larger models do not necessarily generalize better out-of-distribution.", [S(G_OOD)], "kept")
claim(P, 4, "polarity", CON, "Larger models have been observed to generalize better out-of-distribution.", [S(G_OOD)],
      "not necessarily")
claim(P, 4, "polarity", SUP, "Unfiltered or lightly filtered Common Crawl tends to be of lower quality than curated datasets.",
      [S(G_LOWERQ)], "kept")
claim(P, 4, "polarity", CON, "Lightly filtered Common Crawl turned out to be of higher quality than curated datasets.",
      [S(G_LOWERQ)], "lower quality")
claim(P, 4, "polarity", CON, "Data contamination has a large effect on GPT-3's performance on most datasets.", [S(G_MINIMAL)],
      "a minimal effect")
claim(P, 4, "polarity", SUP, "On most datasets, data contamination has only a minimal effect on GPT-3's performance.",
      [S(G_MINIMAL)], "kept")
claim(P, 4, "polarity", CON, "Validation loss is highly sensitive to the exact architectural parameters.", [S(G_SENSITIVE)],
      "not strongly sensitive")
claim(P, 4, "polarity", CON, "The filtering removed every overlap with the benchmarks' development and test sets.", [S(G_BUG)],
      "a bug caused some overlaps to be ignored")
claim(P, 4, "polarity", SUP, "A filtering bug left some benchmark overlaps in the data, and retraining was not feasible.",
      [S(G_BUG)], "kept")
claim(P, 4, "polarity", CON, "On Winograd, GPT-3 shows clear in-context learning.", [S(G_WINO)], "no clear in-context learning")
claim(P, 4, "polarity", SUP, "The in-context learning curves involve no gradient updates or fine-tuning.", [S(G_NOGRAD_CURVES)],
      "kept")
claim(P, 4, "polarity", CON, "The fill-in-blank method works well one-shot, beating the zero-shot setting.", [S(G_BLANK1)],
      "not effective one-shot, always worse than zero-shot")
claim(P, 4, "polarity", CON, "Zero-shot GPT-3 already outperforms recent unsupervised NMT results.", [S(G_UNDERPERF)],
      "it still underperforms them")
claim(P, 4, "polarity", SUP,
      "GPT-3 clearly outperforms prior unsupervised NMT when translating into English but underperforms in the other direction.",
      [S(G_INTOEN)], "kept")
claim(P, 4, "polarity", CON, "GPT-3 translates better out of English than into English.", [S(G_INTOEN)],
      "it is stronger into English")

# entity-swap
claim(P, 4, "entity-swap", SUP, "Besides filtered Common Crawl, the training mix includes Wikipedia, Books1, Books2 and WebText2.",
      [C(T22, "WebText2", QTY, "19 billion"), C(T22, "Books1", QTY, "12 billion"), C(T22, "Books2", QTY, "55 billion"),
       C(T22, "Wikipedia", QTY, "3 billion")], "Table 2.2 rows in another order")
claim(P, 4, "entity-swap", PART, "Besides filtered Common Crawl, the training mix includes WebText2, Books1, Books2, Wikipedia and GitHub code.",
      [S(G_CURATED)], "four of them named; no GitHub code")
claim(P, 4, "entity-swap", SUP, "Closed-book QA is evaluated on TriviaQA, WebQuestions and Natural Questions.", [S(G_QA3)],
      "the same three in another order")
claim(P, 4, "entity-swap", PART, "Closed-book QA is evaluated on Natural Questions, WebQuestions, TriviaQA and SQuAD.",
      [S(G_QA3)], "no SQuAD among them")
claim(P, 4, "entity-swap", SUP, "Few-shot GPT-3 struggles on reading comprehension sets such as QuAC and RACE and on the ANLI inference dataset.",
      [S(G_ANLI)], "the same three in another order")
claim(P, 4, "entity-swap", PART, "Few-shot GPT-3 struggles on ANLI, RACE, QuAC and BoolQ.", [S(G_ANLI)], "no BoolQ among them")
claim(P, 4, "entity-swap", SUP, "The translation analysis is extended to Romanian and German.", [S(G_DERO)],
      "the same two in another order")
claim(P, 4, "entity-swap", PART, "The translation analysis is extended to German, Romanian and Russian.", [S(G_DERO)],
      "no Russian")
claim(P, 4, "entity-swap", PART,
      "The Ro-En SOTA combines unsupervised pretraining, supervised finetuning on 608K examples and knowledge distillation.",
      [S(G_608K)], "two of the three ingredients; backtranslation, not distillation, is the third")
claim(P, 4, "entity-swap", SUP,
      "GPT-3's rapid-adaptation tasks include performing arithmetic, unscrambling words and using novel words after a single definition.",
      [S(G_NOVEL)], "the same three in another order")

# table-cell
claim(P, 4, "table-cell", SUP, "GPT-3 XL has 1.3B parameters, 24 layers and a d_model of 2048.",
      [C(T21, "GPT-3 XL", "n_params", "1.3B"), C(T21, "GPT-3 XL", "n_layers", "24"), C(T21, "GPT-3 XL", "d_model", "2048")],
      "Table 2.1")
claim(P, 4, "table-cell", CON, "GPT-3 Large has 1.3B parameters.", [C(T21, "GPT-3 Large", "n_params", "760M")],
      "Table 2.1: 760M; 1.3B is GPT-3 XL")
claim(P, 4, "table-cell", SUP, "GPT-3 2.7B uses 80-dimensional attention heads.", [C(T21, "GPT-3 2.7B", "d_head", "80")],
      "Table 2.1")
claim(P, 4, "table-cell", CON, "GPT-3 6.7B is trained with a batch of 1M tokens.", [C(T21, "GPT-3 6.7B", "Batch Size", "2M")],
      "Table 2.1: 2M; 1M is GPT-3 XL and 2.7B")
claim(P, 4, "table-cell", SUP, "Wikipedia, at 3 billion tokens, is seen 3.4 times in the 300B-token run.",
      [C(T22, "Wikipedia", QTY, "3 billion"), C(T22, "Wikipedia", EPOCHS, "3.4")], "Table 2.2")
claim(P, 4, "table-cell", CON, "Books1 is seen 2.9 times during training.", [C(T22, "Books1", EPOCHS, "1.9")],
      "Table 2.2: 1.9; 2.9 is WebText2")
claim(P, 4, "table-cell", SUP, "Few-shot GPT-3 reaches 87.7% on StoryCloze.", [C(T32, FEW, "StoryCloze (acc)", "87.7")],
      "Table 3.2")
claim(P, 4, "table-cell", CON, "Zero-shot GPT-3 reaches 79.3% on HellaSwag.", [C(T32, ZERO, "HellaSwag (acc)", "78.9")],
      "Table 3.2: 78.9; 79.3 is few-shot")
claim(P, 4, "table-cell", SUP, "T5-11B+SSM scores 60.5 on TriviaQA.",
      [C(T33, "T5-11B+SSM (Fine-tuned, Closed-Book)", "TriviaQA", "60.5")], "Table 3.3")
claim(P, 4, "table-cell", CON, "RAG scores 45.5 on NaturalQS.", [C(T33, "RAG (Fine-tuned, Open-Domain)", "NaturalQS", "44.5")],
      "Table 3.3: 44.5; 45.5 is its WebQS cell")
claim(P, 4, "table-cell", PART, "One-shot GPT-3 scores 23.0 on Natural Questions and 31.2 F1 on SQuAD 2.0.",
      [C(T33, ONE, "NaturalQS", "23.0")], "the NaturalQS cell stated; no SQuAD result in the corpus text")
claim(P, 4, "table-cell", SUP, "mBART reaches 35.0 BLEU on En->Ro.", [C(T34, "mBART", "En->Ro", "35.0")], "Table 3.4")
claim(P, 4, "table-cell", CON, "MASS reaches 35.2 BLEU on Ro->En.", [C(T34, "MASS", "Ro->En", "33.1")],
      "Table 3.4: 33.1; 35.2 is MASS on En->Ro and De->En")
claim(P, 4, "table-cell", PART, "mBART scores 29.8 BLEU on En->De and 33.9 on En->Fr.",
      [C(T34, "mBART", "En->De", "29.8"), C(T34, "mBART", "En->Fr", "-")], "En->De stated; the En->Fr cell is '-'")
claim(P, 4, "table-cell", SUP, "The fine-tuned state of the art on Winogrande (XL) is 84.6.",
      [C(T35, "Fine-tuned SOTA", "Winogrande (XL)", "84.6")], "Table 3.5")

# table-computed
_FEWROW = [C(T34, FEW, d, v) for d, v in zip(DIRS, "32.6 39.2 29.7 40.6 21.0 39.5".split())]
_ONEROW = [C(T34, ONE, d, v) for d, v in zip(DIRS, "28.3 33.7 26.2 30.4 20.6 38.6".split())]
claim(P, 4, "table-computed", SUP, "Averaged over the six translation directions, few-shot GPT-3 scores about 33.8 BLEU.",
      _FEWROW, "(32.6 + 39.2 + 29.7 + 40.6 + 21.0 + 39.5) / 6 = 33.77")
claim(P, 4, "table-computed", CON, "Averaged over the six translation directions, few-shot GPT-3 scores about 36.8 BLEU.",
      _FEWROW, "the mean is 33.77 ~ 33.8")
claim(P, 4, "table-computed", SUP, "One-shot GPT-3's weakest direction is En->Ro, at 20.6 BLEU.", _ONEROW,
      "min of 28.3, 33.7, 26.2, 30.4, 20.6, 38.6")
claim(P, 4, "table-computed", CON, "Few-shot GPT-3's weakest direction is En->De.", _FEWROW,
      "En->De is 29.7; the minimum is En->Ro (21.0)")
claim(P, 4, "table-computed", SUP, "On Ro->En, few-shot GPT-3 is 0.4 BLEU below the supervised SOTA.",
      [C(T34, FEW, "Ro->En", "39.5"), C(T34, "SOTA (Supervised)", "Ro->En", "39.9")], "39.9 - 39.5 = 0.4")
claim(P, 4, "table-computed", CON, "On De->En, few-shot GPT-3 is 0.4 BLEU below the supervised SOTA.",
      [C(T34, FEW, "De->En", "40.6"), C(T34, "SOTA (Supervised)", "De->En", "40.2")], "40.6 is 0.4 above 40.2, not below")
claim(P, 4, "table-computed", SUP, "On TriviaQA, few-shot GPT-3 is 3.2 points above RAG.",
      [C(T33, FEW, "TriviaQA", "71.2"), C(T33, "RAG (Fine-tuned, Open-Domain)", "TriviaQA", "68.0")], "71.2 - 68.0 = 3.2")
claim(P, 4, "table-computed", CON, "On WebQS, few-shot GPT-3 trails RAG by 1.4 points.",
      [C(T33, FEW, "WebQS", "41.5"), C(T33, "RAG (Fine-tuned, Open-Domain)", "WebQS", "45.5")], "45.5 - 41.5 = 4.0")
_WEIGHTS = [C(T22, "Common Crawl (filtered)", WEIGHT, "60%"), C(T22, "WebText2", WEIGHT, "22%"),
            C(T22, "Books1", WEIGHT, "8%"), C(T22, "Books2", WEIGHT, "8%"), C(T22, "Wikipedia", WEIGHT, "3%")]
_QTYS = [C(T22, "Common Crawl (filtered)", QTY, "410 billion"), C(T22, "WebText2", QTY, "19 billion"),
         C(T22, "Books1", QTY, "12 billion"), C(T22, "Books2", QTY, "55 billion"), C(T22, "Wikipedia", QTY, "3 billion")]
claim(P, 4, "table-computed", SUP, "The five training-mix weights as printed add up to 101%.", _WEIGHTS, "60 + 22 + 8 + 8 + 3 = 101")
claim(P, 4, "table-computed", SUP, "The five training datasets hold 499 billion tokens in total.", _QTYS,
      "410 + 19 + 12 + 55 + 3 = 499")
claim(P, 4, "table-computed", CON, "The five training datasets hold 300 billion tokens in total.", _QTYS,
      "they sum to 499 billion; 300 billion is the training length")
claim(P, 4, "table-computed", SUP, "GPT-3 175B has eight times as many layers as GPT-3 Small.",
      [C(T21, 'GPT-3 175B or "GPT-3"', "n_layers", "96"), C(T21, "GPT-3 Small", "n_layers", "12")], "96 / 12 = 8")
claim(P, 4, "table-computed", CON, "GPT-3 175B has sixteen times as many layers as GPT-3 Small.",
      [C(T21, 'GPT-3 175B or "GPT-3"', "n_layers", "96"), C(T21, "GPT-3 Small", "n_layers", "12")], "96 / 12 = 8, not 16")
claim(P, 4, "table-computed", SUP, "Among GPT-3's settings on the cloze and completion tasks, few-shot is best on every accuracy column.",
      [C(T32, FEW, "LAMBADA (acc)", "86.4"), C(T32, ZERO, "LAMBADA (acc)", "76.2"), C(T32, ONE, "LAMBADA (acc)", "72.5"),
       C(T32, FEW, "StoryCloze (acc)", "87.7"), C(T32, ONE, "StoryCloze (acc)", "84.7"),
       C(T32, FEW, "HellaSwag (acc)", "79.3"), C(T32, ZERO, "HellaSwag (acc)", "78.9")],
      "Table 3.2: few-shot 86.4, 87.7, 79.3 are the GPT-3 maxima")
claim(P, 4, "table-computed", CON, "Among GPT-3's settings on Winograd, few-shot is the best.",
      [C(T35, FEW, "Winograd", "88.6*"), C(T35, ONE, "Winograd", "89.7*"), C(T35, ZERO, "Winograd", "88.3*")],
      "one-shot is best (89.7)")

# two-sentences
claim(P, 4, "two-sentences", SUP, "GPT-3 gets 64.3% zero-shot on TriviaQA, already 14.2% above fine-tuned T5-11B.",
      [S(G_TQA), S(G_142)], "two adjacent sentences")
claim(P, 4, "two-sentences", CON, "GPT-3 gets 64.3% zero-shot on TriviaQA, already 24.2% above fine-tuned T5-11B.",
      [S(G_TQA), S(G_142)], "14.2%, not 24.2%")
claim(P, 4, "two-sentences", SUP, "On WebQuestions GPT-3 reaches 41.5% few-shot, against 44.7% for fine-tuned T5-11B+SSM.",
      [S(G_WEBQ), S(G_WEBQ_T5)], "two adjacent sentences")
claim(P, 4, "two-sentences", PART,
      "GPT-2 was trained on an English-only filtered dataset yet translated non-trivially between French and English, reaching 11 BLEU.",
      [S(G_GPT2FILTER), S(G_10MB)], "the filter and the translation stated; no BLEU figure for GPT-2")
claim(P, 4, "two-sentences", SUP,
      "On StoryCloze 2016, which asks for the right ending of five-sentence stories, GPT-3 scores 83.2% zero-shot and 87.7% few-shot.",
      [S(G_STORY), S(G_K70)], "two adjacent sentences")
claim(P, 4, "two-sentences", CON,
      "On StoryCloze 2016, which asks for the right ending of five-sentence stories, GPT-3 scores 87.7% few-shot with K = 50.",
      [S(G_STORY), S(G_K70)], "K = 70, not 50")
claim(P, 4, "two-sentences", SUP, "GPT-3 reaches 77.7% few-shot on Winogrande, while a fine-tuned RoBERTa model achieves 79%.",
      [S(G_WINOGRANDE), S(G_ROBERTA79)], "two adjacent sentences")
claim(P, 4, "two-sentences", CON, "GPT-3 reaches 77.7% few-shot on Winogrande, while a fine-tuned RoBERTa model achieves 74%.",
      [S(G_WINOGRANDE), S(G_ROBERTA79)], "79%, not 74%")
claim(P, 4, "two-sentences", SUP,
      "En-Ro is an outlier more than 10 BLEU below prior unsupervised work, possibly because GPT-2's byte-level BPE tokenizer was built for almost entirely English data.",
      [S(G_ENRO), S(G_BPE)], "two adjacent sentences")
claim(P, 4, "two-sentences", PART,
      "PTB predates the modern internet, and GPT-3 sets a new PTB state of the art of 20.50 perplexity while also topping enwik8.",
      [S(G_INTERNET), S(G_PTB)], "PTB stated; nothing on enwik8")
claim(P, 4, "two-sentences", CON, "GPT-3 reaches 86.4% few-shot on LAMBADA, and few-shot performance declines with model size.",
      [S(G_864), S(G_SIZE)], "it improves strongly with model size")

# absent
claim(P, 4, "absent", NF, "Training GPT-3 cost an estimated 4.6 million dollars.", [], "no cost in the corpus text")
claim(P, 4, "absent", NF, "GPT-3's vocabulary has 50,257 tokens.", [],
      "no vocabulary size (the byte-level BPE tokenizer is named, its size is not)")
claim(P, 4, "absent", NF, "Training GPT-3 175B took about 3,640 petaflop/s-days.", [],
      "the compute figure is not in the corpus text")
claim(P, 4, "absent", NF, "GPT-3 scores 43.9% on MMLU.", [], "no MMLU")
claim(P, 4, "absent", NF, "Few-shot GPT-3 reaches 71.8% accuracy on BoolQ.", [], "the SuperGLUE table is not in the corpus text")
claim(P, 4, "absent", NF, "Few-shot GPT-3 reaches 36.5 F1 on DROP.", [],
      "no DROP result in the corpus text (the reading-comprehension table is left out)")
claim(P, 4, "absent", SUP, "The authors call the term 'zero-shot transfer' potentially ambiguous.", [S(G_AMBIG)],
      "footnote 1")
claim(P, 4, "absent", SUP, "Human performance on Winogrande, as its authors report it, is 94.0%.", [S(G_ROBERTA79)],
      "the last sentence of the corpus text")

# ---------------------------------------------------------------------------------------
# 2005.08100 -- Conformer v1: abstract, the introduction's first paragraph and Table 2 as a
# float on page 1 (WER: lower is better).
P = "2005.08100"
K_GLOBAL = "Transformer models are good at capturing content-based global interactions, while CNNs exploit local features effectively."
K_BOTH = "In this work, we achieve the best of both worlds by studying how to combine convolution neural networks and transformers to model both local and global dependencies of an audio sequence in a parameter-efficient way."
K_NAME = "To this regard, we propose the convolution-augmented transformer for speech recognition, named Conformer."
K_OUT = "Conformer significantly outperforms the previous Transformer and CNN based models achieving state-of-the-art accuracies."
K_WER = "On the widely used LibriSpeech benchmark, our model achieves WER of 2.1%/4.3% without using a language model and 1.9%/3.9% with an external language model on test/testother."
K_SMALL = "We also observe competitive performance of 2.7%/6.3% with a small model of only 10M parameters."
K_E2E = "End-to-end automatic speech recognition (ASR) systems based on neural networks have seen large improvements in recent years."
K_RNN = "Recurrent neural networks (RNNs) have been the de-facto choice for ASR as they can model the temporal dependencies in the audio sequences effectively."
K_TRANS = "Recently, the Transformer architecture based on self-attention has enjoyed widespread adoption for modeling sequences due to its ability to capture long distance interactions and the high training efficiency."
K_CONV = "Alternatively, convolutions have also been successful for ASR, which capture local context progressively via a local receptive field layer by layer."

NOLM_C, NOLM_O = "WER Without LM / testclean", "WER Without LM / testother"
LM_C, LM_O = "WER With LM / testclean", "WER With LM / testother"
PARAMS = "#Params (M)"


def cf(row: str, column: str, value: str) -> dict:
    return C("Table 2", row, column, value)


_NOLM_O = [cf(r, NOLM_O, v) for r, v in [("QuartzNet [9]", "11.28"), ("Transformer [34]", "6.98"),
                                         ("Transformer [19]", "5.6"), ("LSTM", "6.0"), ("Transformer [7]", "5.6"),
                                         ("ContextNet(S) [10]", "7.0"), ("ContextNet(M) [10]", "5.4"),
                                         ("ContextNet(L) [10]", "4.6"), ("Conformer(S)", "6.3"),
                                         ("Conformer(M)", "5.0"), ("Conformer(L)", "4.3")]]

claim(P, 1, "verbatim", SUP, K_WER, [S(K_WER)], "the abstract word for word")
claim(P, 1, "verbatim", CON,
      "On the widely used LibriSpeech benchmark, our model achieves WER of 2.1%/4.8% without using a language model and 1.9%/3.9% with an external language model on test/testother.",
      [S(K_WER)], "4.3% on testother without an LM, not 4.8%")
claim(P, 1, "verbatim", SUP, "To this regard, we propose the convolution-augmented transformer for speech recog", [S(K_NAME)],
      "cut off mid-word", truncated=True)
claim(P, 1, "paraphrase", SUP, "Transformers capture content-based global interactions, while CNNs are effective at local features.",
      [S(K_GLOBAL)], "light rewording")
claim(P, 1, "paraphrase", CON, "Transformers are good at local features, while CNNs capture content-based global interactions.",
      [S(K_GLOBAL)], "the two strengths are swapped")
claim(P, 1, "paraphrase", PART,
      "Conformer combines convolutions and transformers in a parameter-efficient way and runs in real time on mobile devices.",
      [S(K_BOTH)], "the combination stated; nothing on mobile devices")
claim(P, 1, "number-format", SUP, "A small Conformer of about ten million parameters reaches 2.7%/6.3% WER.", [S(K_SMALL)],
      "10M parameters")
claim(P, 1, "number-format", CON, "A small Conformer of only 100M parameters reaches 2.7%/6.3% WER.", [S(K_SMALL)],
      "10M, not 100M")
claim(P, 1, "number-format", SUP, "Conformer(L) has about 119 million parameters.", [cf("Conformer(L)", PARAMS, "118.8")],
      "Table 2: 118.8M")
claim(P, 1, "number-format", CON, "ContextNet(M) has about 41 million parameters.", [cf("ContextNet(M) [10]", PARAMS, "31.4")],
      "Table 2: 31.4M")
claim(P, 1, "sign-direction", SUP, "Adding a language model lowers Conformer(L)'s testother WER from 4.3 to 3.9.",
      [cf("Conformer(L)", NOLM_O, "4.3"), cf("Conformer(L)", LM_O, "3.9")], "Table 2")
claim(P, 1, "sign-direction", CON, "With a language model, the LAS Transformer [19] improves its testclean WER.",
      [cf("Transformer [19]", NOLM_C, "2.2"), cf("Transformer [19]", LM_C, "2.6")], "2.2 -> 2.6 is worse (WER rises)")
claim(P, 1, "sign-direction", SUP, "Without an LM, Conformer(M) beats ContextNet(M) on testother, 5.0 vs. 5.4 WER.",
      [cf("Conformer(M)", NOLM_O, "5.0"), cf("ContextNet(M) [10]", NOLM_O, "5.4")], "Table 2: lower WER is better")
claim(P, 1, "polarity", SUP, "Conformer significantly outperforms previous Transformer and CNN based models.", [S(K_OUT)], "kept")
claim(P, 1, "polarity", CON, "Conformer falls short of previous Transformer and CNN based models.", [S(K_OUT)],
      "it significantly outperforms them")
claim(P, 1, "polarity", CON, "Recurrent neural networks have rarely been used for ASR.", [S(K_RNN)], "the de-facto choice")
claim(P, 1, "entity-swap", SUP, "Conformer brings together transformers and convolutional neural networks.", [S(K_BOTH)],
      "the same two in another order")
claim(P, 1, "entity-swap", PART, "Conformer is compared with QuartzNet, ContextNet and Jasper.",
      [cf("QuartzNet [9]", PARAMS, "19"), cf("ContextNet(S) [10]", PARAMS, "10.8")], "QuartzNet and ContextNet rows; no Jasper")
claim(P, 1, "table-cell", SUP, "QuartzNet has 19M parameters and 3.90% testclean WER without an LM.",
      [cf("QuartzNet [9]", PARAMS, "19"), cf("QuartzNet [9]", NOLM_C, "3.90")], "Table 2")
claim(P, 1, "table-cell", CON, "Conformer(S) reaches 2.1% testclean WER without an LM.", [cf("Conformer(S)", NOLM_C, "2.7")],
      "Table 2: 2.7; 2.1 is with an LM (and Conformer(L) without)")
claim(P, 1, "table-cell", PART, "The hybrid Transformer [33] gets 2.26/4.85 with an LM and 2.4/5.6 without one.",
      [cf("Transformer [33]", LM_C, "2.26"), cf("Transformer [33]", LM_O, "4.85"), cf("Transformer [33]", NOLM_C, "-")],
      "the LM cells stated; its without-LM cells are '-'")
claim(P, 1, "table-computed", SUP, "Without an LM, Conformer(L) has the lowest testother WER of all models listed (4.3).",
      _NOLM_O, "min over the testother column without LM")
claim(P, 1, "table-computed", CON, "Without an LM, ContextNet(L) has the lowest testother WER of all models listed.", _NOLM_O,
      "ContextNet(L) has 4.6; Conformer(L) 4.3 is lower")
claim(P, 1, "table-computed", SUP, "Conformer(M) has about a quarter of Conformer(L)'s parameters.",
      [cf("Conformer(M)", PARAMS, "30.7"), cf("Conformer(L)", PARAMS, "118.8")], "30.7 / 118.8 = 0.26")
claim(P, 1, "table-computed", CON, "With an LM, Conformer(L) improves on ContextNet(L)'s testother WER by 0.6.",
      [cf("Conformer(L)", LM_O, "3.9"), cf("ContextNet(L) [10]", LM_O, "4.1")], "4.1 - 3.9 = 0.2")
claim(P, 1, "two-sentences", SUP,
      "Transformers were widely adopted for their long-distance interactions and training efficiency, and convolutions also succeeded in ASR by capturing local context layer by layer.",
      [S(K_TRANS), S(K_CONV)], "two adjacent sentences")
claim(P, 1, "two-sentences", PART,
      "End-to-end ASR has improved greatly, with RNNs the de-facto choice, in particular LSTMs trained with a CTC loss.",
      [S(K_E2E), S(K_RNN)], "the improvement and RNNs stated; nothing on LSTMs or CTC")
claim(P, 1, "two-sentences", CON, "Conformer achieves 2.1%/4.3% without an LM, and its 10M-parameter model reaches 2.7%/5.3%.",
      [S(K_WER), S(K_SMALL)], "the small model reaches 2.7%/6.3%")
claim(P, 1, "absent", NF, "Conformer uses a convolution kernel size of 32.", [], "no kernel size in the corpus text")
claim(P, 1, "absent", NF, "Conformer is trained with SpecAugment using two frequency masks.", [],
      "no training data or augmentation in the corpus text")
claim(P, 1, "absent", NF, "The external language model is a 3-layer LSTM of width 4096.", [], "the LM is not described")
claim(P, 1, "absent", SUP, "Convolutions capture local context progressively through a local receptive field, layer by layer.",
      [S(K_CONV)], "the last sentence of the corpus text")
