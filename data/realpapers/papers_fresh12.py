"""Papers added for the *fresh12* claim split (data/realclaims, issue 13): same data format
as papers.py, which appends FRESH12_PAPERS to its PAPERS after the fresh11 ones.

A twelfth blind set, kept apart so that every earlier paper stays byte-identical and so that
whoever changes the verdict rules does not read these texts. Provenance per version in
`source`; tables were transcribed from copies of the papers (each `note` says what changed).
Kinds the corpus lacked: image classification with a convolutional network (ResNet), an
optimizer (Adam), normalization layers (Batch Normalization) and an LSTM encoder-decoder for
translation (sequence to sequence). One paper comes in two versions whose real abstracts differ:
Adam (v1, December 2014: "The method is straightforward to implement and is based an adaptive
estimates of lower-order moments of the gradients", "The method exhibits invariance to diagonal
rescaling of the gradients by adapting to the geometry of the objective function", "We
demonstrate that Adam works well in practice when experimentally compared to other stochastic
optimization methods", no AdaMax; v9: "based on adaptive estimates of lower-order moments",
"is invariant to diagonal rescaling of the gradients", "Empirical results demonstrate that Adam
works well in practice and compares favorably to other stochastic optimization methods",
"Finally, we discuss AdaMax, a variant of Adam based on the infinity norm"). Adam v1 is the abstract alone. No file is synthetic.
"""
from __future__ import annotations


def _paras(texts: list[str]) -> list[dict]:
    return [{"p": t} for t in texts]


# ================================================================== ResNet (1512.03385 v1)
RESNET_COPY = ("a text conversion (Markdown with the tables as pipe tables) of the CVPR 2016 PDF "
               "of 'Deep Residual Learning for Image Recognition' kept in a public GitHub "
               "repository, found through the stored GitHub index; arXiv:1512.03385 has a "
               "single version, v1, whose text the CVPR paper shares (not checked line by line)")

RESNET_ABS = (
    "Deeper neural networks are more difficult to train. We present a residual learning "
    "framework to ease the training of networks that are substantially deeper than those used "
    "previously. We explicitly reformulate the layers as learning residual functions with "
    "reference to the layer inputs, instead of learning unreferenced functions. We provide "
    "comprehensive empirical evidence showing that these residual networks are easier to "
    "optimize, and can gain accuracy from considerably increased depth. On the ImageNet dataset "
    "we evaluate residual nets with a depth of up to 152 layers---8x deeper than VGG nets but "
    "still having lower complexity. An ensemble of these residual nets achieves 3.57% error on "
    "the ImageNet test set. This result won the 1st place on the ILSVRC 2015 classification "
    "task. We also present analysis on CIFAR-10 with 100 and 1000 layers. The depth of "
    "representations is of central importance for many visual recognition tasks. Solely due to "
    "our extremely deep representations, we obtain a 28% relative improvement on the COCO "
    "object detection dataset. Deep residual nets are foundations of our submissions to ILSVRC "
    "& COCO 2015 competitions, where we also won the 1st places "
    "on the tasks of ImageNet detection, ImageNet localization, COCO detection, and COCO "
    "segmentation."
)

RESNET_INTRO = [
    "Deep convolutional neural networks have led to a series of breakthroughs for image "
    "classification. Deep networks naturally integrate low/mid/high-level features and "
    "classifiers in an end-to-end multi-layer fashion, and the 'levels' of features can be "
    "enriched by the number of stacked layers (depth). Recent evidence reveals that network "
    "depth is of crucial importance, and the leading results on the challenging ImageNet "
    "dataset all exploit 'very deep' models, with a depth of sixteen to thirty. Many other "
    "nontrivial visual recognition tasks have also greatly benefited from very deep models.",
    "Driven by the significance of depth, a question arises: Is learning better networks as "
    "easy as stacking more layers? An obstacle to answering this question was the notorious "
    "problem of vanishing/exploding gradients, which hamper convergence from the beginning. "
    "This problem, however, has been largely addressed by normalized initialization and "
    "intermediate normalization layers, which enable networks with tens of layers to start "
    "converging for stochastic gradient descent (SGD) with backpropagation.",
    "When deeper networks are able to start converging, a degradation problem has been "
    "exposed: with the network depth increasing, accuracy gets saturated (which might be "
    "unsurprising) and then degrades rapidly. Unexpectedly, such degradation is not caused by "
    "overfitting, and adding more layers to a suitably deep model leads to higher training "
    "error, as reported in [11, 42] and thoroughly verified by our experiments.",
    "The degradation (of training accuracy) indicates that not all systems are similarly easy "
    "to optimize. Let us consider a shallower architecture and its deeper counterpart that adds "
    "more layers onto it. There exists a solution by construction to the deeper model: the "
    "added layers are identity mapping, and the other layers are copied from the learned "
    "shallower model. The existence of this constructed solution indicates that a deeper model "
    "should produce no higher training error than its shallower counterpart.",
    "In this paper, we address the degradation problem by introducing a deep residual learning "
    "framework. Instead of hoping each few stacked layers directly fit a desired underlying "
    "mapping, we explicitly let these layers fit a residual mapping. We hypothesize that it is "
    "easier to optimize the residual mapping than to optimize the original, unreferenced "
    "mapping. To the extreme, if an identity mapping were optimal, it would be easier to push "
    "the residual to zero than to fit an identity mapping by a stack of nonlinear layers.",
    "Shortcut connections are those skipping one or more layers. In our case, the shortcut "
    "connections simply perform identity mapping, and their outputs are added to the outputs of "
    "the stacked layers. Identity shortcut connections add neither extra parameter nor "
    "computational complexity. The entire network can still be trained end-to-end by SGD with "
    "backpropagation, and can be easily implemented using common libraries (e.g., Caffe) "
    "without modifying the solvers.",
    "We present comprehensive experiments on ImageNet to show the degradation problem and "
    "evaluate our method. We show that: 1) Our extremely deep residual nets are easy to "
    "optimize, but the counterpart 'plain' nets (that simply stack layers) exhibit higher "
    "training error when the depth increases; 2) Our deep residual nets can easily enjoy "
    "accuracy gains from greatly increased depth, producing results substantially better than "
    "previous networks.",
    "Similar phenomena are also shown on the CIFAR-10 set, suggesting that the optimization "
    "difficulties and the effects of our method are not just akin to a particular dataset. We "
    "present successfully trained models on this dataset with over 100 layers, and explore "
    "models with over 1000 layers.",
    "On the ImageNet classification dataset, we obtain excellent results by extremely deep "
    "residual nets. Our 152-layer residual net is the deepest network ever presented on "
    "ImageNet, while still having lower complexity than VGG nets. Our ensemble has 3.57% top-5 "
    "error on the ImageNet test set, and won the 1st place in the ILSVRC 2015 classification "
    "competition. The extremely deep representations also have excellent generalization "
    "performance on other recognition tasks, and lead us to further win the 1st places on: "
    "ImageNet detection, ImageNet localization, COCO detection, and COCO segmentation in ILSVRC "
    "& COCO 2015 competitions. This strong evidence shows that the residual learning principle "
    "is generic, and we expect that it is applicable in other vision and non-vision problems.",
]

RESNET_METHOD = [
    "Concurrent with our work, 'highway networks' present shortcut connections with gating "
    "functions. These gates are data-dependent and have parameters, in contrast to our identity "
    "shortcuts that are parameter-free. In addition, highway networks have not demonstrated "
    "accuracy gains with extremely increased depth (e.g., over 100 layers).",
    "Our plain baselines are mainly inspired by the philosophy of VGG nets. The convolutional "
    "layers mostly have 3x3 filters and follow two simple design rules: (i) for the same output "
    "feature map size, the layers have the same number of filters; and (ii) if the feature map "
    "size is halved, the number of filters is doubled so as to preserve the time complexity per "
    "layer. We perform downsampling directly by convolutional layers that have a stride of 2. "
    "The network ends with a global average pooling layer and a 1000-way fully-connected layer "
    "with softmax.",
    "It is worth noticing that our model has fewer filters and lower complexity than VGG nets. "
    "Our 34-layer baseline has 3.6 billion FLOPs (multiply-adds), which is only 18% of VGG-19 "
    "(19.6 billion FLOPs).",
    "We use SGD with a mini-batch size of 256. The learning rate starts from 0.1 and is divided "
    "by 10 when the error plateaus, and the models are trained for up to 60x10^4 iterations. "
    "We use a weight decay of 0.0001 and a momentum of 0.9. We do not use dropout, following "
    "the practice in [16].",
]

RESNET_T1 = {
    "label": "Table 1",
    "caption": "Architectures for ImageNet. Building blocks are shown in brackets, with the "
               "numbers of blocks stacked. Downsampling is performed by conv3_1, conv4_1, and "
               "conv5_1 with a stride of 2.",
    "source": RESNET_COPY + " (Table 1)",
    "note": "part of the paper's Table 1: the conv1 and FLOPs rows only (the "
            "building-block rows, garbled in the copy, left out); the power of ten moved "
            "into the row label ('FLOPs (x10^9)', cells '1.8' for '1.8 × 10^9'), the FLOPs row's empty output-size cell written '-' (the copy's FLOPs row lost its exponents and split the 101-layer cell: "
            "'7.6 10 | 9'); the caption's pointer to Fig. 5 left out, 'conv3 1' written "
            "'conv3_1'",
    "size": r"\scriptsize\setlength{\tabcolsep}{2pt}",
    "kind": "table*",
    "header": [[("layer name", 1), ("output size", 1), ("18-layer", 1), ("34-layer", 1),
                ("50-layer", 1), ("101-layer", 1), ("152-layer", 1)]],
    "rows": [
        ["conv1", "112x112", "7x7, 64, stride 2", "7x7, 64, stride 2", "7x7, 64, stride 2",
         "7x7, 64, stride 2", "7x7, 64, stride 2"],
        ["FLOPs (x10^9)", "-", "1.8", "3.6", "3.8", "7.6", "11.3"],
    ],
}

RESNET_T2 = {
    "label": "Table 2",
    "caption": "Top-1 error (%, 10-crop testing) on ImageNet validation. Here the ResNets have "
               "no extra parameter compared to their plain counterparts.",
    "source": RESNET_COPY + " (Table 2)",
    "note": "the paper's Table 2; the row-label column headed 'Depth' for the corpus (blank in "
            "the copy); the caption's last sentence (a pointer to Fig. 4) left out",
    "header": [[("Depth", 1), ("plain", 1), ("ResNet", 1)]],
    "rows": [["18 layers", "27.94", "27.88"], ["34 layers", "28.54", "25.03"]],
}

RESNET_T3 = {
    "label": "Table 3",
    "caption": "Error rates (%, 10-crop testing) on ImageNet validation. VGG-16 is based on our "
               "test. ResNet-50/101/152 are of option B that only uses projections for "
               "increasing dimensions.",
    "source": RESNET_COPY + " (Table 3)",
    "note": "the paper's Table 3 and caption; citation numbers dropped from the row labels "
            "('VGG-16 [41]' written 'VGG-16'); '-' as the copy has it",
    "header": [[("model", 1), ("top-1 err.", 1), ("top-5 err.", 1)]],
    "rows": [
        ["VGG-16", "28.07", "9.33"],
        ["GoogLeNet", "-", "9.15"],
        ["PReLU-net", "24.27", "7.38"],
        ["plain-34", "28.54", "10.02"],
        ["ResNet-34 A", "25.03", "7.76"],
        ["ResNet-34 B", "24.52", "7.46"],
        ["ResNet-34 C", "24.19", "7.40"],
        ["ResNet-50", "22.85", "6.71"],
        ["ResNet-101", "21.75", "6.05"],
        ["ResNet-152", "21.43", "5.71"],
    ],
}

RESNET_T4 = {
    "label": "Table 4",
    "caption": "Error rates (%) of single-model results on the ImageNet validation set (except "
               "the VGG ILSVRC'14 top-5 entry, reported on the test set).",
    "source": RESNET_COPY + " (Table 4)",
    "note": "the paper's Table 4; the dagger on VGG's 8.43 and in the caption written out in "
            "the caption ('except the VGG ILSVRC'14 top-5 entry, reported on the test set' for "
            "'except † reported on the test set'); citation numbers dropped from row labels",
    "header": [[("method", 1), ("top-1 err.", 1), ("top-5 err.", 1)]],
    "rows": [
        ["VGG (ILSVRC'14)", "-", "8.43"],
        ["GoogLeNet (ILSVRC'14)", "-", "7.89"],
        ["VGG (v5)", "24.4", "7.1"],
        ["PReLU-net", "21.59", "5.71"],
        ["BN-inception", "21.99", "5.81"],
        ["ResNet-34 B", "21.84", "5.71"],
        ["ResNet-34 C", "21.53", "5.60"],
        ["ResNet-50", "20.74", "5.25"],
        ["ResNet-101", "19.87", "4.60"],
        ["ResNet-152", "19.38", "4.49"],
    ],
}

RESNET_T5 = {
    "label": "Table 5",
    "caption": "Error rates (%) of ensembles. The top-5 error is on the test set of ImageNet "
               "and reported by the test server.",
    "source": RESNET_COPY + " (Table 5)",
    "note": "the paper's Table 5 and caption; citation numbers dropped from row labels; '6.8' "
            "as the copy has it",
    "header": [[("method", 1), ("top-5 err. (test)", 1)]],
    "rows": [
        ["VGG (ILSVRC'14)", "7.32"],
        ["GoogLeNet (ILSVRC'14)", "6.66"],
        ["VGG (v5)", "6.8"],
        ["PReLU-net", "4.94"],
        ["BN-inception", "4.82"],
        ["ResNet (ILSVRC'15)", "3.57"],
    ],
}

RESNET_PLAIN = [
    "We evaluate our method on the ImageNet 2012 classification dataset that consists of 1000 "
    "classes. The models are trained on the 1.28 million training images, and evaluated on the "
    "50k validation images. We also obtain a final result on the 100k test images, reported by "
    "the test server. We evaluate both top-1 and top-5 error rates.",
    "The results in Table 2 show that the deeper 34-layer plain net has higher validation error "
    "than the shallower 18-layer plain net. We argue that this optimization difficulty is "
    "unlikely to be caused by vanishing gradients. These plain networks are trained with BN, "
    "which ensures forward propagated signals to have non-zero variances. We also verify that "
    "the backward propagated gradients exhibit healthy norms with BN. So neither forward nor "
    "backward signals vanish.",
    "We have three major observations from Table 2. First, the situation is reversed with "
    "residual learning---the 34-layer ResNet is better than the 18-layer ResNet (by 2.8%). More "
    "importantly, the 34-layer ResNet exhibits considerably lower training error and is "
    "generalizable to the validation data.",
    "Second, compared to its plain counterpart, the 34-layer ResNet reduces the top-1 error by "
    "3.5% (Table 2), resulting from the successfully reduced training error. This comparison "
    "verifies the effectiveness of residual learning on extremely deep systems.",
    "Last, we also note that the 18-layer plain/residual nets are comparably accurate (Table "
    "2), but the 18-layer ResNet converges faster. When the net is 'not overly deep' (18 layers "
    "here), the current SGD solver is still able to find good solutions to the plain net.",
]

RESNET_SHORTCUTS = [
    "Table 3 shows that all three options are considerably better than the plain counterpart. "
    "B is slightly better than A. We argue that this is because the zero-padded dimensions in A "
    "indeed have no residual learning. C is marginally better than B, and we attribute this to "
    "the extra parameters introduced by many (thirteen) projection shortcuts. But the small "
    "differences among A/B/C indicate that projection shortcuts are not essential for "
    "addressing the degradation problem.",
    "Remarkably, although the depth is significantly increased, the 152-layer ResNet (11.3 "
    "billion FLOPs) still has lower complexity than VGG-16/19 nets (15.3/19.6 billion FLOPs).",
    "The 50/101/152-layer ResNets are more accurate than the 34-layer ones by considerable "
    "margins (Table 3 and 4). We do not observe the degradation problem and thus enjoy "
    "significant accuracy gains from considerably increased depth.",
    "In Table 4 we compare with the previous best single-model results. Our baseline 34-layer "
    "ResNets have achieved very competitive accuracy. Our 152-layer ResNet has a single-model "
    "top-5 validation error of 4.49%. This single-model result outperforms all previous "
    "ensemble results (Table 5). We combine six models of different depth to form an ensemble "
    "(only with two 152-layer ones at the time of submitting). This leads to 3.57% top-5 error "
    "on the test set (Table 5). This entry won the 1st place in ILSVRC 2015.",
]

RESNET_CIFAR = [
    "We conducted more studies on the CIFAR-10 dataset, which consists of 50k training images "
    "and 10k testing images in 10 classes. Our focus is on the behaviors of extremely deep "
    "networks, but not on pushing the state-of-the-art results, so we intentionally use simple "
    "architectures.",
    "These models are trained with a minibatch size of 128 on two GPUs. We start with a "
    "learning rate of 0.1, divide it by 10 at 32k and 48k iterations, and terminate training at "
    "64k iterations, which is determined on a 45k/5k train/val split.",
    "We further explore n = 18 that leads to a 110-layer ResNet. In this case, we find that the "
    "initial learning rate of 0.1 is slightly too large to start converging. So we use 0.01 to "
    "warm up the training until the training error is below 80% (about 400 iterations), and "
    "then go back to 0.1 and continue training.",
    "We set n = 200 that leads to a 1202-layer network, which is trained as described above. "
    "Our method shows no optimization difficulty, and this 10^3-layer network is able to "
    "achieve training error <0.1%. Its test error is still fairly good (7.93%).",
    "But there are still open problems on such aggressively deep models. The testing result of "
    "this 1202-layer network is worse than that of our 110-layer network, although both have "
    "similar training error. We argue that this is because of overfitting. The 1202-layer "
    "network may be unnecessarily large (19.4M) for this small dataset.",
]

RESNET_DET = [
    "Our method has good generalization performance on other recognition tasks. We adopt "
    "Faster R-CNN as the detection method. Here we are interested in the improvements of "
    "replacing VGG-16 with ResNet-101. Most remarkably, on the challenging COCO dataset we "
    "obtain a 6.0% increase in COCO's standard metric (mAP@[.5, .95]), which is a 28% relative "
    "improvement. This gain is solely due to the learned representations.",
]

# ================================================================== seq2seq (1409.3215 v3)
S2S_COPY = ("a text conversion (olmOCR, Markdown) of section 3 of the arXiv:1409.3215 PDF kept "
            "in a public GitHub repository, found through the stored GitHub index; the PDF's "
            "version is not named in the copy and is taken to be the last, v3")
S2S_LISTING = ("a reading list in a public GitHub repository quoting the arXiv abstract page "
               "('Submitted on 10 Sep 2014 (v1), last revised 14 Dec 2014 (this version, v3)'), "
               "found through the stored GitHub index; the same text on arxiv-vanity's page for "
               "1409.3215 in the stored pages")

S2S_ABS = (
    "Deep Neural Networks (DNNs) are powerful models that have achieved excellent performance "
    "on difficult learning tasks. Although DNNs work well whenever large labeled training sets "
    "are available, they cannot be used to map sequences to sequences. In this paper, we "
    "present a general end-to-end approach to sequence learning that makes minimal assumptions "
    "on the sequence structure. Our method uses a multilayered Long Short-Term Memory (LSTM) to "
    "map the input sequence to a vector of a fixed dimensionality, and then another deep LSTM "
    "to decode the target sequence from the vector. Our main result is that on an English to "
    "French translation task from the WMT'14 dataset, the translations produced by the LSTM "
    "achieve a BLEU score of 34.8 on the entire test set, where the LSTM's BLEU score was "
    "penalized on out-of-vocabulary words. Additionally, the LSTM did not have difficulty on "
    "long sentences. For comparison, a phrase-based SMT system achieves a BLEU score of 33.3 on "
    "the same dataset. When we used the LSTM to rerank the 1000 hypotheses produced by the "
    "aforementioned SMT system, its BLEU score increases to 36.5, which is close to the "
    "previous best result on this task. The LSTM also learned sensible phrase and sentence "
    "representations that are sensitive to word order and are relatively invariant to the "
    "active and the passive voice. Finally, we found that reversing the order of the words in "
    "all source sentences (but not target sentences) improved the LSTM's performance markedly, "
    "because doing so introduced many short term dependencies between the source and the "
    "target sentence which made the optimization problem easier."
)

S2S_EXP = [
    "We applied our method to the WMT'14 English to French MT task in two ways. We used it to "
    "directly translate the input sentence without using a reference SMT system and we it to "
    "rescore the n-best lists of an SMT baseline. We report the accuracy of these translation "
    "methods, present sample translations, and visualize the resulting sentence representation.",
]

S2S_DATA = [
    "We used the WMT'14 English to French dataset. We trained our models on a subset of 12M "
    "sentences consisting of 348M French words and 304M English words, which is a clean "
    "\"selected\" subset. We chose this translation task and this specific training set subset "
    "because of the public availability of a tokenized training and test set together with "
    "1000-best lists from the baseline SMT.",
    "As typical neural language models rely on a vector representation for each word, we used "
    "a fixed vocabulary for both languages. We used 160,000 of the most frequent words for the "
    "source language and 80,000 of the most frequent words for the target language. Every "
    "out-of-vocabulary word was replaced with a special \"UNK\" token.",
]

S2S_DECODE = [
    "We search for the most likely translation using a simple left-to-right beam search decoder "
    "which maintains a small number B of partial hypotheses, where a partial hypothesis is a "
    "prefix of some translation. While this decoder is approximate, it is simple to implement. "
    "Interestingly, our system performs well even with a beam size of 1, and a beam of size 2 "
    "provides most of the benefits of beam search (Table 1).",
    "We also used the LSTM to rescore the 1000-best lists produced by the baseline system. To "
    "rescore an n-best list, we computed the log probability of every hypothesis with our LSTM "
    "and took an even average with their score and the LSTM's score.",
]

S2S_REVERSE = [
    "While the LSTM is capable of solving problems with long term dependencies, we discovered "
    "that the LSTM learns much better when the source sentences are reversed (the target "
    "sentences are not reversed). By doing so, the LSTM's test perplexity dropped from 5.8 to "
    "4.7, and the test BLEU scores of its decoded translations increased from 25.9 to 30.6.",
    "While we do not have a complete explanation to this phenomenon, we believe that it is "
    "caused by the introduction of many short term dependencies to the dataset. By reversing "
    "the words in the source sentence, the average distance between corresponding words in the "
    "source and target language is unchanged. However, the first few words in the source "
    "language are now very close to the first few words in the target language, so the "
    "problem's minimal time lag is greatly reduced.",
    "Initially, we believed that reversing the input sentences would only lead to more "
    "confident predictions in the early parts of the target sentence and to less confident "
    "predictions in the later parts. However, LSTMs trained on reversed source sentences did "
    "much better on long sentences than LSTMs trained on the raw source sentences, which "
    "suggests that reversing the input sentences results in LSTMs with better memory "
    "utilization.",
]

S2S_TRAIN = [
    "We found that the LSTM models are fairly easy to train. We used deep LSTMs with 4 layers, "
    "with 1000 cells at each layer and 1000 dimensional word embeddings, with an input "
    "vocabulary of 160,000 and an output vocabulary of 80,000. Thus the deep LSTM uses 8000 "
    "real numbers to represent a sentence. We found deep LSTMs to significantly outperform "
    "shallow LSTMs, where each additional layer reduced perplexity by nearly 10%, possibly due "
    "to their much larger hidden state. We used a naive softmax over 80,000 words at each "
    "output. The resulting LSTM has 384M parameters of which 64M are pure recurrent connections "
    "(32M for the \"encoder\" LSTM and 32M for the \"decoder\" LSTM).",
    "We initialized all of the LSTM's parameters with the uniform distribution between -0.08 "
    "and 0.08. We used stochastic gradient descent without momentum, with a fixed learning rate "
    "of 0.7. After 5 epochs, we begun halving the learning rate every half epoch. We trained "
    "our models for a total of 7.5 epochs. We used batches of 128 sequences for the gradient "
    "and divided it the size of the batch (namely, 128).",
    "Although LSTMs tend to not suffer from the vanishing gradient problem, they can have "
    "exploding gradients. Thus we enforced a hard constraint on the norm of the gradient by "
    "scaling it when its norm exceeded a threshold.",
    "To address this problem, we made sure that all sentences in a minibatch are roughly of the "
    "same length, yielding a 2x speedup.",
]

S2S_PARALLEL = [
    "A C++ implementation of deep LSTM with the configuration from the previous section on a "
    "single GPU processes a speed of approximately 1,700 words per second. This was too slow "
    "for our purposes, so we parallelized our model using an 8-GPU machine. Each layer of the "
    "LSTM was executed on a different GPU and communicated its activations to the next GPU / "
    "layer as soon as they were computed. Our models have 4 layers of LSTMs, each of which "
    "resides on a separate GPU. The remaining 4 GPUs were used to parallelize the softmax. The "
    "resulting implementation achieved a speed of 6,300 (both English and French) words per "
    "second with a minibatch size of 128. Training took about a ten days with this "
    "implementation.",
]

S2S_RESULTS = [
    "We used the cased BLEU score to evaluate the quality of our translations. We computed our "
    "BLEU scores using multi-bleu.pl[^There several variants of the BLEU score, and each "
    "variant is defined with a perl script.] on the tokenized predictions and ground truth. "
    "This way of evaluating the BELU score is consistent with [5] and [2], and reproduces the "
    "33.3 score of [29]. However, if we evaluate the best WMT'14 system in this manner, "
    "we get 37.0, which is greater than the 35.8 reported by statmt.org/matrix.",
    "The results are presented in tables 1 and 2. Our best results are obtained with an "
    "ensemble of LSTMs that differ in their random initializations and in the random order of "
    "minibatches. While the decoded translations of the LSTM ensemble do not outperform the "
    "best WMT'14 system, it is the first time that a pure neural translation system outperforms "
    "a phrase-based SMT baseline on a large scale MT task by a sizeable margin, despite its "
    "inability to handle out-of-vocabulary words. The LSTM is within 0.5 BLEU points of the "
    "best WMT'14 result if it is used to rescore the 1000-best list of the baseline system.",
]

S2S_T1 = {
    "label": "Table 1",
    "caption": "The performance of the LSTM on WMT'14 English to French test set (ntst14). "
               "Note that an ensemble of 5 LSTMs with a beam of size 2 is cheaper than of a "
               "single LSTM with a beam of size 12.",
    "source": S2S_COPY + " (Table 1)",
    "note": "the paper's Table 1 and caption; citation numbers dropped from row labels "
            "('Bahdanau et al. [2]' written 'Bahdanau et al.')",
    "header": [[("Method", 1), ("test BLEU score (ntst14)", 1)]],
    "rows": [
        ["Bahdanau et al.", "28.45"],
        ["Baseline System", "33.30"],
        ["Single forward LSTM, beam size 12", "26.17"],
        ["Single reversed LSTM, beam size 12", "30.59"],
        ["Ensemble of 5 reversed LSTMs, beam size 1", "33.00"],
        ["Ensemble of 2 reversed LSTMs, beam size 12", "33.27"],
        ["Ensemble of 5 reversed LSTMs, beam size 2", "34.50"],
        ["Ensemble of 5 reversed LSTMs, beam size 12", "34.81"],
    ],
}

S2S_T2 = {
    "label": "Table 2",
    "caption": "Methods that use neural networks together with an SMT system on the WMT'14 "
               "English to French test set (ntst14).",
    "source": S2S_COPY + " (Table 2)",
    "note": "the paper's Table 2 and caption; citation numbers dropped from row labels; '~45' "
            "as the copy has it",
    "spec": "p{6.2cm}c",
    "header": [[("Method", 1), ("test BLEU score (ntst14)", 1)]],
    "rows": [
        ["Baseline System", "33.30"],
        ["Cho et al.", "34.54"],
        ["Best WMT'14 result", "37.0"],
        ["Rescoring the baseline 1000-best with a single forward LSTM", "35.61"],
        ["Rescoring the baseline 1000-best with a single reversed LSTM", "35.85"],
        ["Rescoring the baseline 1000-best with an ensemble of 5 reversed LSTMs", "36.5"],
        ["Oracle Rescoring of the Baseline 1000-best lists", "~45"],
    ],
}

S2S_LONG = [
    "We were surprised to discover that the LSTM did well on long sentences. There is no "
    "degradation on sentences with less than 35 words, there is only a minor degradation on the "
    "longest sentences.",
]

# ================================================================== Adam (1412.6980 v1, v9)
ADAM_V1_COPY = ("a paper-summary page for 1412.6980v1 (summarizepaper.com, 'tree/1412.6980v1') "
                "in the stored pages; its sentences also quoted, one by one, in an AI review of "
                "the v1 PDF kept in a public GitHub repository")
ADAM_V9_COPY = ("a Markdown conversion of the arXiv:1412.6980v9 PDF (its margin stamp "
                "'arXiv:1412.6980v9 [cs.LG] 30 Jan 2017' in the copy) kept in a public GitHub "
                "repository, found through the stored GitHub index; the same abstract on "
                "scholarfeed's page for 1412.6980v9 in the stored pages")

ADAM_ABS_V1 = (
    "We introduce Adam, an algorithm for first-order gradient-based optimization of stochastic "
    "objective functions. The method is straightforward to implement and is based an adaptive "
    "estimates of lower-order moments of the gradients. The method is computationally "
    "efficient, has little memory requirements and is well suited for problems that are large "
    "in terms of data and/or parameters. The method is also appropriate for non-stationary "
    "objectives and problems with very noisy and/or sparse gradients. The method exhibits "
    "invariance to diagonal rescaling of the gradients by adapting to the geometry of the "
    "objective function. The hyper-parameters have intuitive interpretations and typically "
    "require little tuning. Some connections to related algorithms, on which Adam was inspired, "
    "are discussed. We also analyze the theoretical convergence properties of the algorithm and "
    "provide a regret bound on the convergence rate that is comparable to the best known "
    "results under the online convex optimization framework. We demonstrate that Adam works "
    "well in practice when experimentally compared to other stochastic optimization methods."
)

ADAM_ABS_V9 = (
    "We introduce Adam, an algorithm for first-order gradient-based optimization of "
    "stochastic objective functions, based on adaptive estimates of lower-order moments. The "
    "method is straightforward to implement, is computationally efficient, has little memory "
    "requirements, is invariant to diagonal rescaling of the gradients, and is well suited for "
    "problems that are large in terms of data and/or parameters. The method is also "
    "appropriate for non-stationary objectives and problems with very noisy and/or sparse "
    "gradients. The hyper-parameters have intuitive interpretations and typically require "
    "little tuning. Some connections to related algorithms, on which Adam was inspired, are "
    "discussed. We also analyze the theoretical convergence properties of the algorithm and "
    "provide a regret bound on the convergence rate that is comparable to the best known "
    "results under the online convex optimization framework. Empirical results demonstrate "
    "that Adam works well in practice and compares favorably to other stochastic optimization "
    "methods. Finally, we discuss AdaMax, a variant of Adam based on the infinity norm."
)

ADAM_INTRO = [
    "Stochastic gradient-based optimization is of core practical importance in many fields of "
    "science and engineering. If the function is differentiable w.r.t. its parameters, gradient "
    "descent is a relatively efficient optimization method, since the computation of "
    "first-order partial derivatives w.r.t. all the parameters is of the same computational "
    "complexity as just evaluating the function. Often, objective functions are stochastic. "
    "Objectives may also have other sources of noise than data subsampling, such as dropout "
    "regularization. For all such noisy objectives, efficient stochastic optimization "
    "techniques are required. The focus of this paper is on the optimization of stochastic "
    "objectives with high-dimensional parameters spaces. In these cases, higher-order "
    "optimization methods are ill-suited, and discussion in this paper will be restricted to "
    "first-order methods.",
    "We propose *Adam*, a method for efficient stochastic optimization that only requires "
    "first-order gradients with little memory requirement. The method computes individual "
    "adaptive learning rates for different parameters from estimates of first and second "
    "moments of the gradients; the name *Adam* is derived from adaptive moment estimation. Our "
    "method is designed to combine the advantages of two recently popular methods: AdaGrad "
    "(Duchi et al., 2011), which works well with sparse gradients, and RMSProp (Tieleman & "
    "Hinton, 2012), which works well in on-line and non-stationary settings; important "
    "connections to these and other stochastic optimization methods are clarified in section "
    "5. Some of Adam's advantages are that the magnitudes of parameter updates are invariant to "
    "rescaling of the gradient, its stepsizes are approximately bounded by the stepsize "
    "hyperparameter, it does not require a stationary objective, it works with sparse "
    "gradients, and it naturally performs a form of step size annealing.",
    "In section 2 we describe the algorithm and the properties of its update rule. Section 3 "
    "explains our initialization bias correction technique, and section 4 provides a "
    "theoretical analysis of Adam's convergence in online convex programming. Empirically, our "
    "method consistently outperforms other methods for a variety of models and datasets, as "
    "shown in section 6. Overall, we show that Adam is a versatile algorithm that scales to "
    "large-scale high-dimensional machine learning problems.",
]

ADAM_ALGO = [
    "Algorithm 1 gives the pseudo-code of Adam. Good default settings for the tested machine "
    "learning problems are alpha = 0.001, beta1 = 0.9, beta2 = 0.999 and epsilon = 10^-8. All "
    "operations on vectors are element-wise.",
    "The algorithm updates exponential moving averages of the gradient and the squared "
    "gradient where the hyper-parameters beta1, beta2 in [0, 1) control the exponential decay "
    "rates of these moving averages. The moving averages themselves are estimates of the 1st "
    "moment (the mean) and the 2nd raw moment (the uncentered variance) of the gradient. "
    "However, these moving averages are initialized as (vectors of) 0's, leading to moment "
    "estimates that are biased towards zero, especially during the initial timesteps, and "
    "especially when the decay rates are small (i.e. the betas are close to 1). The good news "
    "is that this initialization bias can be easily counteracted, resulting in bias-corrected "
    "estimates.",
]

ADAM_UPDATE = [
    "An important property of Adam's update rule is its careful choice of stepsizes. The first "
    "case only happens in the most severe case of sparsity: when a gradient has been zero at "
    "all timesteps except at the current timestep. For less sparse cases, the effective "
    "stepsize will be smaller. This can be understood as establishing a *trust region* around "
    "the current parameter value, beyond which the current gradient estimate does not provide "
    "sufficient information. This typically makes it relatively easy to know the right scale "
    "of alpha in advance.",
    "With a smaller SNR the effective stepsize will be closer to zero. This is a desirable "
    "property, since a smaller SNR means that there is greater uncertainty about whether the "
    "direction of the first moment estimate corresponds to the direction of the true gradient. "
    "For example, the SNR value typically becomes closer to 0 towards an optimum, leading to "
    "smaller effective steps in parameter space: a form of automatic annealing.",
]

ADAM_BIAS = [
    "As explained in section 2, Adam utilizes initialization bias correction terms. We will "
    "here derive the term for the second moment estimate; the derivation for the first moment "
    "estimate is completely analogous.",
    "In case of sparse gradients, for a reliable estimate of the second moment one needs to "
    "average over many gradients by chosing a small value of beta2; however it is exactly this "
    "case of small beta2 where a lack of initialisation bias correction would lead to initial "
    "steps that are much larger.",
]

ADAM_CONV = [
    "We analyze the convergence of Adam using the online learning framework proposed in "
    "(Zinkevich, 2003). Since the nature of the sequence is unknown in advance, we evaluate our "
    "algorithm using the regret, that is the sum of all the previous difference between the "
    "online prediction and the best fixed point parameter from a feasible set for all the "
    "previous steps. We show Adam has O(sqrt(T)) regret bound and a proof is given in the "
    "appendix. Our result is comparable to the best known bound for this general convex online "
    "learning problem.",
]

# ================================================================== BatchNorm (1502.03167 v3)
BN_LISTING = ("Google Research's publication page for the paper in the stored pages (the same "
              "text, cut off, on the arxiv.org/abs/1502.03167 embed and deepai.org pages, which "
              "show the arXiv listing's last version, taken to be v3; the ICML 2015 abstract "
              "differs: '4.82% top-5 test error')")

BN_ABS = (
    "Training Deep Neural Networks is complicated by the fact that the distribution of each "
    "layer's inputs changes during training, as the parameters of the previous layers change. "
    "This slows down the training by requiring lower learning rates and careful parameter "
    "initialization, and makes it notoriously hard to train models with saturating "
    "nonlinearities. We refer to this phenomenon as internal covariate shift, and address the "
    "problem by normalizing layer inputs. Our method draws its strength from making "
    "normalization a part of the model architecture and performing the normalization for each "
    "training mini-batch. Batch Normalization allows us to use much higher learning rates and "
    "be less careful about initialization. It also acts as a regularizer, in some cases "
    "eliminating the need for Dropout. Applied to a state-of-the-art image classification "
    "model, Batch Normalization achieves the same accuracy with 14 times fewer training steps, "
    "and beats the original model by a significant margin. Using an ensemble of "
    "batch-normalized networks, we improve upon the best published result on ImageNet "
    "classification: reaching 4.9% top-5 validation error (and 4.8% test error), exceeding the "
    "accuracy of human raters."
)

BN_COPY = ("a text conversion of the arXiv PDF of the paper (English with a Chinese translation "
           "after each paragraph; the arxiv.org/abs/1502.03167 link and the listing's abstract) "
           "kept in a public GitHub repository, found through the stored GitHub index; taken to "
           "be the last version, v3 (not checked)")

BN_INTRO = [
    "We refer to the change in the distributions of internal nodes of a deep network, in the "
    "course of training, as Internal Covariate Shift. Eliminating it offers a promise of faster "
    "training. We propose a new mechanism, which we call Batch Normalization, that takes a step "
    "towards reducing internal covariate shift, and in doing so dramatically accelerates the "
    "training of deep neural nets. It accomplishes this via a normalization step that fixes the "
    "means and variances of layer inputs. Batch Normalization also has a beneficial effect on "
    "the gradient flow through the network, by reducing the dependence of gradients on the "
    "scale of the parameters or of their initial values. This allows us to use much higher "
    "learning rates without the risk of divergence. Furthermore, batch normalization "
    "regularizes the model and reduces the need for Dropout (Srivastava et al., 2014). Finally, "
    "Batch Normalization makes it possible to use saturating nonlinearities by preventing the "
    "network from getting stuck in the saturated modes.",
    "In Sec. 4.2, we apply Batch Normalization to the best-performing ImageNet classification "
    "network, and show that we can match its performance using only 7% of the training steps, "
    "and can further exceed its accuracy by a substantial margin. Using an ensemble of such "
    "networks trained with Batch Normalization, we achieve the top-5 error rate that improves "
    "upon the best known results on ImageNet classification.",
]

BN_IMAGENET = [
    "The main difference to the network described in (Szegedy et al., 2014) is that the 5x5 "
    "convolutional layers are replaced by two consecutive layers of 3x3 convolutions with up to "
    "128 filters. The network contains 13.6x10^6 parameters, and, other than the top softmax "
    "layer, has no fully-connected layers. The model was trained using a version of Stochastic "
    "Gradient Descent with momentum (Sutskever et al., 2013), using the mini-batch size of 32.",
    "Simply adding Batch Normalization to a network does not take full advantage of our method. "
    "Removing Dropout from Modified BN-Inception speeds up training, without increasing "
    "overfitting. While in Inception an L2 loss on the model parameters controls overfitting, "
    "in Modified BN-Inception the weight of this loss is reduced by a factor of 5. Because our "
    "network trains faster than Inception, we lower the learning rate 6 times faster. We "
    "enabled within-shard shuffling of the training data, which prevents the same examples "
    "from always appearing in a mini-batch together. This led to about 1% improvements in the "
    "validation accuracy, which is consistent with the view of Batch Normalization as a "
    "regularizer.",
    "BN-x5 is Inception with Batch Normalization and the modifications in Sec. 4.2.1. The "
    "initial learning rate was increased by a factor of 5, to 0.0075. The same learning rate "
    "increase with original Inception caused the model parameters to reach machine infinity. "
    "BN-x30 is like BN-x5, but with the initial learning rate 0.045 (30 times that of "
    "Inception).",
    "Inception reached the accuracy of 72.2% after 31x10^6 training steps. By only using Batch "
    "Normalization (BN-Baseline), we match the accuracy of Inception in less than half the "
    "number of training steps. By applying the modifications in Sec. 4.2.1, we significantly "
    "increase the training speed of the network. BN-x5 needs 14 times fewer steps than "
    "Inception to reach the 72.2% accuracy. Interestingly, increasing the learning rate further "
    "(BN-x30) causes the model to train somewhat slower initially, but allows it to reach a "
    "higher final accuracy. It reaches 74.8% after 6x10^6 steps, i.e. 5 times fewer steps than "
    "required by Inception to reach 72.2%.",
    "We also verified that the reduction in internal covariate shift allows deep networks with "
    "Batch Normalization to be trained when sigmoid is used as the nonlinearity, despite the "
    "well-known difficulty of training such networks. Indeed, BN-x5-Sigmoid achieves the "
    "accuracy of 69.8%. Without Batch Normalization, Inception with sigmoid never achieves "
    "better than 1/1000 accuracy.",
    "The current reported best results on the ImageNet Large Scale Visual Recognition "
    "Competition are reached by the Deep Image ensemble of traditional models (Wu et al., 2015) "
    "and the ensemble model of (He et al., 2015). The latter reports the top-5 error of 4.94%, "
    "as evaluated by the ILSVRC server. Here we report a top-5 validation error of 4.9%, and "
    "test error of 4.82% (according to the ILSVRC server). This improves upon the previous best "
    "result, and exceeds the estimated accuracy of human raters according to (Russakovsky et "
    "al., 2014).",
    "For our ensemble, we used 6 networks. Each was based on BN-x30, modified via some of the "
    "following: increased initial weights in the convolutional layers; using Dropout (with the "
    "Dropout probability of 5% or 10%, vs. 40% for the original Inception); and using "
    "non-convolutional, per-activation Batch Normalization with last hidden layers of the "
    "model. Each network achieved its maximum accuracy after about 6x10^6 training steps. The "
    "ensemble prediction was based on the arithmetic average of class probabilities predicted "
    "by the constituent networks.",
]

BN_CONCL = [
    "Batch Normalization adds only two extra parameters per activation, and in doing so "
    "preserves the representation ability of the network. The resulting networks can be "
    "trained with saturating nonlinearities, are more tolerant to increased training rates, "
    "and often do not require Dropout for regularization.",
    "In our large-scale image classification experiments, we have not observed the "
    "nonlinearity inputs to be sparse, neither with nor without Batch Normalization.",
]

ADAM_TITLE = "Adam: A Method for Stochastic Optimization"

FRESH12_PAPERS = [
    {
        "arxiv": "1512.03385", "version": 1, "layout": "acl",
        "title": "Deep Residual Learning for Image Recognition",
        "authors": "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun",
        "affil": "Microsoft Research",
        "stamp": "arXiv:1512.03385v1 [cs.CV] 10 Dec 2015",
        "abstract": RESNET_ABS,
        "sections": [("Introduction", _paras(RESNET_INTRO)),
                     ("Deep Residual Learning", _paras(RESNET_METHOD) + [{"table": RESNET_T1}]),
                     ("ImageNet Classification", _paras(RESNET_PLAIN[:2]) + [{"table": RESNET_T2}]
                      + _paras(RESNET_PLAIN[2:]) + [{"table": RESNET_T3}]
                      + _paras(RESNET_SHORTCUTS) + [{"table": RESNET_T4}, {"table": RESNET_T5}]),
                     ("CIFAR-10 and Analysis", _paras(RESNET_CIFAR)),
                     ("Object Detection on PASCAL and MS COCO", _paras(RESNET_DET))],
        "source": {"abstract": RESNET_COPY + " (the abstract's two paragraphs joined; the "
                               "footnote of addresses after 'competitions' left out; '8 ×' "
                               "written '8x'); the same text on deepai.org's publication page",
                   "introduction": RESNET_COPY + ": section 1 (citations left out except '[11, 42]', "
                                   "which the sentence needs; "
                                   "the formula sentences and figure pointers left out; the "
                                   "'comparably good' sentence broken by a page in the copy "
                                   "left out)",
                   "deep residual learning": RESNET_COPY + ": the highway-network sentences of "
                                             "section 2 (the 'closed' gate sentence left out), "
                                             "sentences of 3.3 ('Plain Network.' run-in heading "
                                             "and figure pointers left out, '3 × 3' written "
                                             "'3x3') and 3.4 ('60 × 10^4' written '60x10^4')",
                   "imagenet classification": RESNET_COPY + ": sentences of 4.1 (figure "
                                              "pointers and citations left out, 'from Table 2 "
                                              "and Fig. 4' written 'from Table 2'), the shortcut "
                                              "options, bottleneck depth and state-of-the-art "
                                              "paragraphs; Tables 2-5",
                   "cifar-10 and analysis": RESNET_COPY + ": sentences of 4.2 (the footnote "
                                            "mark after 'converging', figure and table pointers "
                                            "left out; '80%(about' written '80% (about')",
                   "object detection on pascal and ms coco": RESNET_COPY + ": the first "
                                            "paragraph of 4.3 (table pointers and the appendix "
                                            "sentence left out)"},
        "synthetic": False,
        "note": "one arXiv version; the copy is the CVPR text (taken to be v1's, not checked); "
                "stamp date as recalled; Table 1 in part; Tables 6-8 left out (so that the "
                "corpus numbers its tables as the paper does)",
    },
    {
        "arxiv": "1409.3215", "version": 3, "layout": "neurips",
        "title": "Sequence to Sequence Learning with Neural Networks",
        "authors": "Ilya Sutskever, Oriol Vinyals, Quoc V. Le",
        "affil": "Google",
        "stamp": "arXiv:1409.3215v3 [cs.CL] 14 Dec 2014",
        "abstract": S2S_ABS,
        "sections": [("Experiments", _paras(S2S_EXP)),
                     ("Dataset details", _paras(S2S_DATA)),
                     ("Decoding and Rescoring", _paras(S2S_DECODE)),
                     ("Reversing the Source Sentences", _paras(S2S_REVERSE)),
                     ("Training details", _paras(S2S_TRAIN)),
                     ("Parallelization", _paras(S2S_PARALLEL)),
                     ("Experimental Results", _paras(S2S_RESULTS) + [{"table": S2S_T1},
                                                                     {"table": S2S_T2}]),
                     ("Performance on long sentences", _paras(S2S_LONG))],
        "source": {"abstract": S2S_LISTING,
                   "experiments": S2S_COPY + ": section 3's first paragraph as the copy has it "
                                  "('and we it to rescore')",
                   "dataset details": S2S_COPY + ": section 3.1 (citations left out; curly "
                                      "quotes straightened)",
                   "decoding and rescoring": S2S_COPY + ": sentences of 3.2 (the objective and "
                                             "its equations, and the beam-extension sentences, "
                                             "left out)",
                   "reversing the source sentences": S2S_COPY + ": sentences of 3.3 (the "
                                                     "minimal-time-lag and backpropagation "
                                                     "sentences and a pointer to sec. 3.7 left "
                                                     "out)",
                   "training details": S2S_COPY + ": sentences of 3.4 (the bullets run into "
                                       "paragraphs; the gradient-norm formula sentences and the "
                                       "minibatch-length sentences before 'To address this "
                                       "problem' left out)",
                   "parallelization": S2S_COPY + ": section 3.5 (the softmax matrix size left "
                                      "out of 'parallelize the softmax')",
                   "experimental results": S2S_COPY + ": section 3.6 with its footnote "
                                           "(citations left out except '[5] and [2]' "
                                           "and '[29]', which the sentence needs; "
                                           "'statmt.org\\matrix' written 'statmt.org/matrix'); "
                                           "Tables 1-2",
                   "performance on long sentences": S2S_COPY + ": the first clause of 3.7 "
                                                    "without the figure pointer, and the "
                                                    "degradation sentence of Figure 3's "
                                                    "caption"},
        "synthetic": False,
        "note": "the abstract is v3's (the listing); the body is section 3 of a PDF taken to be "
                "v3; affiliation from the copy; v1's abstract could not be recovered and is not "
                "in the corpus",
    },
    {
        "arxiv": "1412.6980", "version": 1, "layout": "iclr",
        "title": ADAM_TITLE,
        "authors": "Diederik Kingma, Jimmy Ba",
        "affil": "University of Amsterdam; University of Toronto",
        "stamp": "arXiv:1412.6980v1 [cs.LG] 22 Dec 2014",
        "abstract": ADAM_ABS_V1,
        "sections": [],
        "source": {"abstract": ADAM_V1_COPY + " ('ap- propriate' as the summary page has it "
                               "from the PDF's line break, written 'appropriate')"},
        "synthetic": False,
        "note": "abstract only; stamp date as recalled; affiliations as recalled",
    },
    {
        "arxiv": "1412.6980", "version": 9, "layout": "iclr",
        "title": ADAM_TITLE,
        "authors": "Diederik P. Kingma, Jimmy Lei Ba",
        "affil": "University of Amsterdam, OpenAI; University of Toronto",
        "stamp": "arXiv:1412.6980v9 [cs.LG] 30 Jan 2017",
        "abstract": ADAM_ABS_V9,
        "sections": [("Introduction", _paras(ADAM_INTRO)),
                     ("Algorithm", _paras(ADAM_ALGO)),
                     ("Adam's update rule", _paras(ADAM_UPDATE)),
                     ("Initialization bias correction", _paras(ADAM_BIAS)),
                     ("Convergence analysis", _paras(ADAM_CONV))],
        "source": {"abstract": ADAM_V9_COPY,
                   "introduction": ADAM_V9_COPY + ": section 1's first paragraph (the "
                                   "subfunction and SGD-success sentences left out), its second "
                                   "and its last",
                   "algorithm": ADAM_V9_COPY + ": the default-settings sentences of Algorithm "
                                "1's caption set as a paragraph after 'Algorithm 1 gives the "
                                "pseudo-code of Adam.' (the corpus' words; symbols written "
                                "'alpha', 'beta1', 'beta2', 'epsilon', '10^-8'), and section "
                                "2's second paragraph without its symbols",
                   "adam's update rule": ADAM_V9_COPY + ": sentences of 2.1 without formulas "
                                         "('the direction of m_t' written 'the direction of "
                                         "the first moment estimate')",
                   "initialization bias correction": ADAM_V9_COPY + ": section 3's first two "
                                                     "sentences and its last paragraph",
                   "convergence analysis": ADAM_V9_COPY + ": sentences of section 4 without "
                                           "symbols ('O(√T)' written 'O(sqrt(T))')"},
        "synthetic": False,
        "note": "ICLR 2015 text of the last arXiv version; no table (the copy's part has none)",
    },
    {
        "arxiv": "1502.03167", "version": 3, "layout": "acl",
        "title": "Batch Normalization: Accelerating Deep Network Training by Reducing Internal "
                 "Covariate Shift",
        "authors": "Sergey Ioffe, Christian Szegedy",
        "affil": "Google",
        "stamp": "arXiv:1502.03167v3 [cs.LG] 2 Mar 2015",
        "abstract": BN_ABS,
        "sections": [("Introduction", _paras(BN_INTRO)),
                     ("ImageNet classification", _paras(BN_IMAGENET)),
                     ("Conclusion", _paras(BN_CONCL))],
        "source": {"abstract": BN_LISTING + "; the same text in " + BN_COPY + " ('batch "
                               "normalized' there for 'batch-normalized')",
                   "introduction": BN_COPY + ": the last two paragraphs of section 1 "
                                   "('bestperforming' written 'best-performing')",
                   "imagenet classification": BN_COPY + ": sentences of 4.2 ('5 × 5' and '3 × "
                                              "3' written '5x5' and '3x3', '13.6 · 106' "
                                              "written '13.6x10^6'), of 4.2.1 without the "
                                              "run-in headings (the dropout, L2, decay and "
                                              "shuffling sentences; '(Sec. 3.4)' left out), of "
                                              "4.2.2 (the BN-x5 and BN-x30 entries of its list "
                                              "written as sentences, 'BN-x5:' as 'BN-x5 is', "
                                              "'BN-x30: Like' as 'BN-x30 is like'; '31 · 106' "
                                              "and '6·106' written '31x10^6' and '6x10^6'; the "
                                              "Figure 3 pointer sentence left out) and of 4.2.3 "
                                              "(the inference-details sentence left out)",
                   "conclusion": BN_COPY + ": two sentences of section 5's second paragraph and "
                                 "one of its fourth"},
        "synthetic": False,
        "note": "that this is v3's text rests on the arXiv listing showing the last version and "
                "on the copy's abstract matching it (the ICML abstract has '4.82% top-5 test "
                "error'); stamp date as recalled; no table (Figure 3's table of steps and "
                "accuracies is in the paper but no copy of it was used)",
    },
]
