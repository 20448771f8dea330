"""The fresh5 split (issue 13): a fifth blind set, over five PDF versions of four papers that
no other split contains (Transformer v7, LoRA v2, FLAN v1 and v5, Don't Stop Pretraining v3),
labelled by reading their truth files before any verdict engine was run on them, by someone
who was not changing the rules. Never run while the rules change; `calibrate_verdicts.py`
treats every split named fresh* other than the development ones as independent and leaves it
out unless named.

Imported at the end of claims_src.py after claims_fresh4, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell or row, a figure the paper gives
for another quantity, a reversed difference, an antonym or a dropped negation, a swapped
list member, a mean, an extreme or a ratio only a table implies, the other version's figure,
and facts true of the real paper but absent from the corpus text. The texts are longer than
in the earlier blind sets (whole introductions, results sections and tables), so many
passages compete for each claim.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH5 = {
    "1706.03762": (7,),  # Transformer, "Attention Is All You Need"
    "2106.09685": (2,),  # LoRA
    "2109.01652": (1, 5),  # FLAN: v1 (September 2021, '19 of 25') and v5 (February 2022, '20 of 25')
    "2004.10964": (3,),  # Don't Stop Pretraining
}
SPLIT.update({paper: "fresh5" for paper in FRESH5})
VERSIONS.update(FRESH5)

# ---------------------------------------------------------------------------------------
# 1706.03762 -- Transformer v7: abstract (41.8), introduction, training data and schedule,
# machine translation (body: 41.0), Table 1 (the paper's Table 2: BLEU and training cost),
# parsing with Table 2 (the paper's Table 4), conclusion.
P = "1706.03762"
TA_DE = "Our model achieves 28.4 BLEU on the WMT 2014 English-to-German translation task, improving over the existing best results, including ensembles, by over 2 BLEU."
TA_FR = "our model establishes a new single-model state-of-the-art BLEU score of 41.8 after training for 3.5 days on eight GPUs"
TI_SEQ = "This inherently sequential nature precludes parallelization within training examples, which becomes critical at longer sequence lengths, as memory constraints limit batching across examples."
TI_EFF = "Recent work has achieved significant improvements in computational efficiency through factorization tricks [21] and conditional computation [32]"
TI_RNN = "In all but a few cases [27], however, such attention mechanisms are used in conjunction with a recurrent network."
TI_PROP = "In this work we propose the Transformer, a model architecture eschewing recurrence and instead relying entirely on an attention mechanism to draw global dependencies between input and output."
TI_12H = "The Transformer allows for significantly more parallelization and can reach a new state of the art in translation quality after being trained for as little as twelve hours on eight P100 GPUs."
TT_DE = "We trained on the standard WMT 2014 English-German dataset consisting of about 4.5 million sentence pairs."
TT_BPE = "Sentences were encoded using byte-pair encoding [3], which has a shared source-target vocabulary of about 37000 tokens."
TT_FR = "For English-French, we used the significantly larger WMT 2014 English-French dataset consisting of 36M sentences and split tokens into a 32000 word-piece vocabulary [38]."
TT_BATCH = "Each training batch contained a set of sentence pairs containing approximately 25000 source tokens and 25000 target tokens."
TT_STEP = "For our base models using the hyperparameters described throughout the paper, each training step took about 0.4 seconds."
TT_BASE = "We trained the base models for a total of 100,000 steps or 12 hours."
TT_BIGSTEP = "step time was 1.0 seconds."
TT_BIG = "The big models were trained for 300,000 steps (3.5 days)."
TM_GPU = "Training took 3.5 days on 8 P100 GPUs."
TM_BASE = "Even our base model surpasses all previously published models and ensembles, at a fraction of the training cost of any of the competitive models."
TM_FR = "On the WMT 2014 English-to-French translation task, our big model achieves a BLEU score of 41.0, outperforming all of the previously published single models, at less than 1/4 the training cost of the previous state-of-the-art model."
TM_CK5 = "For the base models, we used a single model obtained by averaging the last 5 checkpoints, which were written at 10-minute intervals."
TM_CK20 = "For the big models, we averaged the last 20 checkpoints."
TM_FLOPS = "We estimate the number of floating point operations used to train a model by multiplying the training time, the number of GPUs used, and an estimate of the sustained single-precision floating-point capacity of each GPU."
TM_TFLOPS = "We used values of 2.8, 3.7, 6.0 and 9.5 TFLOPS for K80, K40, M40 and P100, respectively."
TP_GEN = "To evaluate if the Transformer can generalize to other tasks we performed experiments on English constituency parsing."
TP_HARD = "This task presents specific challenges: the output is subject to strong structural constraints and is significantly longer than the input."
TP_RNN = "Furthermore, RNN sequence-to-sequence models have not been able to attain state-of-the-art results in small-data regimes [37]."
TP_WELL = "Our results in Table 2 show that despite the lack of task-specific tuning our model performs surprisingly well, yielding better results than all previously reported models with the exception of the Recurrent Neural Network Grammar [8]."
TP_BERK = "the Transformer outperforms the Berkeley-Parser [29] even when training only on the WSJ training set of 40K sentences."
TC_SOTA = "On both WMT 2014 English-to-German and WMT 2014 English-to-French translation tasks, we achieve a new state of the art."
TC_CODE = "The code we used to train and evaluate our models is available at https://github.com/tensorflow/tensor2tensor."
DE, FR, CDE, CFR = "BLEU / EN-DE", "BLEU / EN-FR", "Training Cost (FLOPs) / EN-DE", "Training Cost (FLOPs) / EN-FR"
F1 = "WSJ 23 F1"


def bleu(row: str, column: str, value: str) -> dict:
    """A cell of the BLEU and training-cost table (Table 1 here)."""
    return C("Table 1", row, column, value)


def wsj(row: str, value: str) -> dict:
    """A WSJ 23 F1 cell of the parsing table (Table 2 here)."""
    return C("Table 2", row, F1, value)


claim(P, 7, "verbatim", SUP, TA_DE, [S(TA_DE)], "the abstract's sentence, word for word")
claim(P, 7, "verbatim", CON, "We trained the base models for a total of 100,000 steps or 16 hours.",
      [S(TT_BASE)], "12 hours, not 16")
claim(P, 7, "verbatim", SUP,
      "The Transformer allows for significantly more parallelization and can reach a new state of the art in translation quality after being trained for as little as twelve hou",
      [S(TI_12H)], "cut off mid-word; what is left is the introduction's sentence", truncated=True)

claim(P, 7, "paraphrase", SUP,
      "Because recurrent models compute step by step, they cannot be parallelized within a training example, a problem that grows with sequence length as memory limits batching.",
      [S(TI_SEQ)], "the introduction's sentence, reworded")
claim(P, 7, "paraphrase", CON,
      "According to the Transformer paper, attention mechanisms in earlier work were mostly used without any recurrent network.",
      [S(TI_RNN)], "in all but a few cases attention was used in conjunction with a recurrent network")
claim(P, 7, "paraphrase", PART,
      "The big Transformer trained for 3.5 days on 8 P100 GPUs, consuming roughly 230 kWh of electricity.",
      [S(TM_GPU)], "3.5 days on 8 P100 GPUs is stated; no energy figure anywhere")
claim(P, 7, "paraphrase", SUP,
      "In the body of the paper the big Transformer is credited with 41.0 BLEU on WMT 2014 English-to-French, beating every earlier single model.",
      [S(TM_FR)], "section 6.1 states 41.0 and 'outperforming all of the previously published single models' (the abstract and Table 1 have 41.8; a passage stating the claim supports it)")

claim(P, 7, "number-format", SUP, "The Transformer base models trained for 100K steps, about half a day.",
      [S(TT_BASE)], "100,000 steps = 100K; 12 hours = half a day")
claim(P, 7, "number-format", CON, "The WMT 2014 English-German training data comprise roughly 4.5 billion sentence pairs.",
      [S(TT_DE)], "about 4.5 million sentence pairs, not billion")
claim(P, 7, "number-format", SUP, "Each Transformer training batch held about 25K source and 25K target tokens.",
      [S(TT_BATCH)], "25000 = 25K")
claim(P, 7, "number-format", CON, "The Transformer's shared byte-pair vocabulary for English-German has around 32,000 tokens.",
      [S(TT_BPE)], "about 37000 tokens; 32000 is the English-French word-piece vocabulary")
claim(P, 7, "number-format", SUP,
      "On English-to-French, the big Transformer needed under a quarter of the training cost of the previous state-of-the-art model.",
      [S(TM_FR)], "'less than 1/4' = under a quarter")
claim(P, 7, "number-format", CON, "A training step of the big Transformer models took 0.4 seconds.",
      [S(TT_BIGSTEP), S(TT_STEP)], "the big models' step time was 1.0 seconds; 0.4 seconds is the base models'")
claim(P, 7, "number-format", SUP, "The big Transformer models were trained for three hundred thousand steps.",
      [S(TT_BIG)], "300,000 = three hundred thousand")

claim(P, 7, "sign-direction", SUP, "On English-to-German, Transformer (big) scores 1.1 BLEU above the base Transformer.",
      [bleu("Transformer (big)", DE, "28.4"), bleu("Transformer (base model)", DE, "27.3")], "28.4 - 27.3 = +1.1")
claim(P, 7, "sign-direction", CON, "Transformer (big) trails the ConvS2S Ensemble in English-to-French BLEU.",
      [bleu("Transformer (big)", FR, "41.8"), bleu("ConvS2S Ensemble", FR, "41.29")], "41.8 > 41.29: the big model is ahead")
claim(P, 7, "sign-direction", SUP, "The base Transformer falls 3.19 BLEU short of the ConvS2S Ensemble on English-to-French.",
      [bleu("Transformer (base model)", FR, "38.1"), bleu("ConvS2S Ensemble", FR, "41.29")], "38.1 - 41.29 = -3.19")
claim(P, 7, "sign-direction", CON, "Moving from GNMT + RL to MoE lowers English-to-German BLEU by 1.43.",
      [bleu("GNMT + RL", DE, "24.6"), bleu("MoE", DE, "26.03")], "26.03 - 24.6 = +1.43: it raises it")
claim(P, 7, "sign-direction", SUP,
      "Trained on WSJ only, the 4-layer Transformer parser scores 0.4 F1 below Dyer et al. (2016)'s discriminative parser.",
      [wsj("Transformer (4 layers)", "91.3"), wsj("Dyer et al. (2016)", "91.7")], "WSJ only, discriminative: 91.3 - 91.7 = -0.4")
claim(P, 7, "sign-direction", CON,
      "In the semi-supervised setting the 4-layer Transformer parser falls 0.6 F1 short of McClosky et al. (2006).",
      [wsj("Transformer (4 layers)", "92.7"), wsj("McClosky et al. (2006)", "92.1")], "92.7 - 92.1 = +0.6: it is ahead")

claim(P, 7, "polarity", CON, "Without task-specific tuning, the Transformer performs poorly on English constituency parsing.",
      [S(TP_WELL)], "'performs surprisingly well' -- the antonym")
claim(P, 7, "polarity", SUP,
      "Despite the lack of task-specific tuning, the Transformer parses surprisingly well, beating every previously reported model except the Recurrent Neural Network Grammar.",
      [S(TP_WELL)], "the sentence, reworded, with its exception kept")
claim(P, 7, "polarity", CON,
      "The Transformer paper notes that RNN sequence-to-sequence models have reached state-of-the-art parsing results in small-data regimes.",
      [S(TP_RNN)], "'have not been able to attain' -- the negation dropped")
claim(P, 7, "polarity", CON,
      "The Transformer combines recurrence with attention to draw global dependencies between input and output.",
      [S(TI_PROP)], "'eschewing recurrence and instead relying entirely on an attention mechanism'")
claim(P, 7, "polarity", SUP,
      "Even the base Transformer beats all previously published models and ensembles at a fraction of their training cost.",
      [S(TM_BASE)], "the sentence, reworded")
claim(P, 7, "polarity", CON,
      "Trained only on the 40K WSJ sentences, the Transformer fails to outperform the Berkeley-Parser.",
      [S(TP_BERK)], "it outperforms the Berkeley-Parser 'even when training only on the WSJ training set of 40K sentences'")

claim(P, 7, "entity-swap", PART, "The Transformer was evaluated on WMT 2014 English-to-German and English-to-Romanian translation.",
      [S(TA_DE)], "English-to-German is stated; the second task is English-to-French, Romanian nowhere")
claim(P, 7, "entity-swap", SUP,
      "The Transformer set a new state of the art on both WMT 2014 English-to-French and English-to-German translation.",
      [S(TC_SOTA)], "the conclusion's sentence with the two tasks in the other order")
claim(P, 7, "entity-swap", PART,
      "Training FLOPs were estimated from the sustained single-precision capacities of K80, K40, M40, P100 and V100 GPUs.",
      [S(TM_TFLOPS), S(TM_FLOPS)], "the footnote gives K80, K40, M40 and P100; V100 nowhere")
claim(P, 7, "entity-swap", PART,
      "Recurrent models have gained computational efficiency through factorization tricks, conditional computation and knowledge distillation.",
      [S(TI_EFF)], "factorization tricks and conditional computation are stated; knowledge distillation nowhere")

claim(P, 7, "table-cell", SUP, "The ConvS2S Ensemble reaches 26.36 BLEU on English-to-German.",
      [bleu("ConvS2S Ensemble", DE, "26.36")], "the cell")
claim(P, 7, "table-cell", CON, "The GNMT + RL Ensemble attains 41.29 BLEU on English-to-French.",
      [bleu("GNMT + RL Ensemble", FR, "41.16"), bleu("ConvS2S Ensemble", FR, "41.29")], "41.16; 41.29 is the ConvS2S Ensemble's, the next row")
claim(P, 7, "table-cell", CON, "Training Transformer (big) on English-to-German cost 3.3e18 FLOPs.",
      [bleu("Transformer (big)", CDE, "2.3e19"), bleu("Transformer (base model)", CDE, "3.3e18")], "2.3e19; 3.3e18 is the base model's")
claim(P, 7, "table-cell", PART, "MoE reaches 26.03 BLEU on English-to-German and 29.9 BLEU on English-to-Czech.",
      [bleu("MoE", DE, "26.03")], "26.03 is the cell; no English-to-Czech result anywhere")
claim(P, 7, "table-cell", CON, "Huang & Harper (2009) report 92.1 F1 on WSJ section 23.",
      [wsj("Huang & Harper (2009)", "91.3")], "91.3; 92.1 is McClosky et al.'s, the next row")

claim(P, 7, "table-computed", SUP, "Of the earlier single models in the BLEU table, MoE has the best English-to-French score, 40.56.",
      [bleu("MoE", FR, "40.56"), bleu("ConvS2S", FR, "40.46"), bleu("GNMT + RL", FR, "39.92"), bleu("Deep-Att + PosUnk", FR, "39.2")],
      "single models before the Transformer: 39.2, 39.92, 40.46, 40.56 (ByteNet has none): MoE is the maximum")
claim(P, 7, "table-computed", CON, "ConvS2S was the strongest previously published single model on English-to-French.",
      [bleu("ConvS2S", FR, "40.46"), bleu("MoE", FR, "40.56")], "MoE's 40.56 beats ConvS2S's 40.46")
claim(P, 7, "table-computed", SUP, "The three ensembles in the BLEU table average about 40.95 on English-to-French.",
      [bleu("Deep-Att + PosUnk Ensemble", FR, "40.4"), bleu("GNMT + RL Ensemble", FR, "41.16"), bleu("ConvS2S Ensemble", FR, "41.29")],
      "(40.4 + 41.16 + 41.29) / 3 = 40.95")
claim(P, 7, "table-computed", SUP, "The five semi-supervised parsers in the parsing table average 91.9 F1.",
      [wsj("Zhu et al. (2013)", "91.3"), wsj("Huang & Harper (2009)", "91.3"), wsj("McClosky et al. (2006)", "92.1"),
       wsj("Vinyals & Kaiser et al. (2014)", "92.1"), wsj("Transformer (4 layers)", "92.7")],
      "(91.3 + 91.3 + 92.1 + 92.1 + 92.7) / 5 = 91.9")
claim(P, 7, "table-computed", CON, "In the parsing table, the lowest WSJ 23 F1 belongs to Petrov et al. (2006).",
      [wsj("Petrov et al. (2006)", "90.4"), wsj("Vinyals & Kaiser et al. (2014)", "88.3")], "the minimum is Vinyals & Kaiser et al. (WSJ only), 88.3")
claim(P, 7, "table-computed", SUP, "On English-to-German, Transformer (big) beats the GNMT + RL Ensemble by 2.1 BLEU.",
      [bleu("Transformer (big)", DE, "28.4"), bleu("GNMT + RL Ensemble", DE, "26.30")], "28.4 - 26.30 = 2.1")
claim(P, 7, "table-computed", CON,
      "Training the GNMT + RL Ensemble for English-to-French cost ten times as many FLOPs as for English-to-German.",
      [bleu("GNMT + RL Ensemble", CFR, "1.1e21"), bleu("GNMT + RL Ensemble", CDE, "1.8e20")], "1.1e21 / 1.8e20 = 6.1, not 10")

claim(P, 7, "two-sentences", SUP,
      "The base Transformers averaged their last 5 checkpoints, written every 10 minutes, while the big models averaged the last 20.",
      [S(TM_CK5), S(TM_CK20)], "two adjacent sentences of section 6.1")
claim(P, 7, "two-sentences", CON,
      "Each base-model training step took about 0.4 seconds, so the 100,000 steps took roughly a day.",
      [S(TT_STEP), S(TT_BASE)], "adjacent sentences: 100,000 steps took 12 hours, not a day")
claim(P, 7, "two-sentences", PART,
      "Constituency parsing was chosen to test generalization because its output is strongly structured and longer than the input, and because it requires character-level inputs.",
      [S(TP_GEN), S(TP_HARD)], "the first two reasons are in two adjacent sentences; character-level inputs nowhere")
claim(P, 7, "two-sentences", SUP,
      "The roughly 4.5 million English-German sentence pairs were byte-pair encoded with a shared source-target vocabulary of about 37,000 tokens.",
      [S(TT_DE), S(TT_BPE)], "two adjacent sentences of the training-data paragraph")
claim(P, 7, "two-sentences", CON,
      "The English-French data, 36M sentences, were split into a 37,000 word-piece vocabulary.",
      [S(TT_FR), S(TT_BPE)], "36M sentences and a 32000 word-piece vocabulary; 37000 is the English-German BPE vocabulary")

claim(P, 7, "absent", NF, "The Transformer base model has 65 million parameters.", [],
      "true of the paper (its Table 3), which the corpus leaves out")
claim(P, 7, "absent", NF, "Each Transformer layer uses 8 parallel attention heads.", [],
      "true of the paper (section 3.2.2), absent from the corpus text")
claim(P, 7, "absent", NF, "Learned positional embeddings gave nearly the same results as the sinusoidal encoding.", [],
      "true of the paper (section 6.2), absent from the corpus text")
claim(P, 7, "absent", NF, "The Transformer's learning-rate schedule warms up over 4,000 steps.", [],
      "true of the paper (section 5.3), absent; 4.5 million and 40K occur for other quantities")
claim(P, 7, "absent", SUP, "The FLOP estimates assumed a sustained 9.5 TFLOPS for each P100 GPU.",
      [S(TM_TFLOPS)], "footnote 5")
claim(P, 7, "absent", SUP, "The Transformer's training and evaluation code is available in tensor2tensor.",
      [S(TC_CODE)], "the conclusion's last sentence")

# ---------------------------------------------------------------------------------------
# 2106.09685 -- LoRA v2: arXiv abstract, introduction with its four advantages, practical
# benefits and limitations, experiment set-up, Table 1 (the paper's Table 2: GLUE with
# RoBERTa and DeBERTa) and Table 2 (the paper's Table 4: GPT-3 175B).
P = "2106.09685"
LA_FREEZE = "We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights and injects trainable rank decomposition matrices into each layer of the Transformer architecture, greatly reducing the number of trainable parameters for downstream tasks."
LA_10K = "Compared to GPT-3 175B fine-tuned with Adam, LoRA can reduce the number of trainable parameters by 10,000 times and the GPU memory requirement by 3 times."
LA_PAR = "LoRA performs on-par or better than fine-tuning in model quality on RoBERTa, DeBERTa, GPT-2, and GPT-3, despite having fewer trainable parameters, a higher training throughput, and, unlike adapters, no additional inference latency."
LA_REL = "We release a package that facilitates the integration of LoRA with PyTorch models and provide our implementations and model checkpoints for RoBERTa, DeBERTa, and GPT-2 at https://github.com/microsoft/LoRA."
LI_FAIL = "More importantly, these method often fail to match the fine-tuning baselines, posing a trade-off between efficiency and model quality."
LI_RANK = "Using GPT-3 175B as an example, we show that a very low rank (i.e., r in Figure 1 can be one or two) suffices even when the full rank (i.e., d) is as high as 12,288"
LI_SHARE = "A pre-trained model can be shared and used to build many small LoRA modules for different tasks."
LI_SWITCH = "We can freeze the shared model and efficiently switch tasks by replacing the matrices A and B in Figure 1, reducing the storage requirement and task-switching overhead significantly."
LI_3X = "LoRA makes training more efficient and lowers the hardware barrier to entry by up to 3 times when using adaptive optimizers since we do not need to calculate the gradients or maintain the optimizer states for most parameters."
LP_VRAM = "On GPT-3 175B, we reduce the VRAM consumption during training from 1.2TB to 350GB."
LP_CKPT = "With r = 4 and only the query and value projection matrices being adapted, the checkpoint size is reduced by roughly 10,000× (from 350GB to 35MB)."
LP_SPEED = "We also observe a 25% speedup during training on GPT-3 175B compared to full fine-tuning as we do not need to calculate the gradient for the vast majority of the parameters."
LP_BATCH = "For example, it is not straightforward to batch inputs to different tasks with different A and B in a single forward pass, if one chooses to absorb A and B into W to eliminate additional inference latency."
LE_GLUE = "Specifically, we evaluate on the GLUE (Wang et al., 2019) benchmark for RoBERTa and DeBERTa."
LE_GPT3 = "We follow the setup of Li & Liang (2021) on GPT-2 for a direct comparison and add WikiSQL (Zhong et al., 2017) (NL to SQL queries) and SAMSum (Gliwa et al., 2019) (conversation summarization) for large-scale experiments on GPT-3."
LE_V100 = "We use NVIDIA Tesla V100 for all experiments."
LE_ROB = "it remains a competitive and popular pre-trained model for its size among practitioners."
LS_STRESS = "As a final stress test for LoRA, we scale up to GPT-3 with 175 billion parameters."
LS_STD = "Due to the high training cost, we only report the typical standard deviation for a given task over random seeds, as opposed to providing one for every entry."
LS_MONO = "Note that not all methods benefit monotonically from having more trainable parameters."
LS_DROP = "We observe a significant performance drop when we use more than 256 special tokens for prefix-embedding tuning or more than 32 special tokens for prefix-layer tuning."
PARAMS = "# Trainable Parameters"
WSQL, MNLIM, SAMS = "WikiSQL / Acc. (%)", "MNLI-m / Acc. (%)", "SAMSum / R1/R2/RL"


def glue(row: str, column: str, value: str) -> dict:
    """A cell of the GLUE table (Table 1 here)."""
    return C("Table 1", row, column, value)


def gpt3(row: str, column: str, value: str) -> dict:
    """A cell of the GPT-3 175B table (Table 2 here)."""
    return C("Table 2", row, column, value)


claim(P, 2, "verbatim", SUP, LA_10K, [S(LA_10K)], "the abstract's sentence, word for word")
claim(P, 2, "verbatim", CON, "On GPT-3 175B, we reduce the VRAM consumption during training from 1.2TB to 450GB.",
      [S(LP_VRAM)], "350GB, not 450GB")
claim(P, 2, "verbatim", SUP, "We also observe a 25% speedup during training on GPT-3 175B compared to full fine-tun",
      [S(LP_SPEED)], "cut off mid-word; what is left is the sentence", truncated=True)

claim(P, 2, "paraphrase", SUP,
      "LoRA keeps the pre-trained weights frozen and adds trainable low-rank decomposition matrices to every layer of the Transformer.",
      [S(LA_FREEZE)], "the abstract's sentence, reworded")
claim(P, 2, "paraphrase", CON, "Like adapters, LoRA adds inference latency.",
      [S(LA_PAR)], "'unlike adapters, no additional inference latency'")
claim(P, 2, "paraphrase", PART,
      "LoRA cuts the number of trainable parameters 10,000-fold relative to GPT-3 175B fine-tuned with Adam and halves inference time.",
      [S(LA_10K)], "the 10,000-fold reduction is stated; inference time is not halved anywhere (no additional latency is claimed)")
claim(P, 2, "paraphrase", SUP, "All of the LoRA experiments ran on NVIDIA Tesla V100 GPUs.",
      [S(LE_V100)], "the sentence, reworded")

claim(P, 2, "number-format", SUP, "LoRA shrinks a GPT-3 175B checkpoint from 350GB to 35MB, roughly ten thousand times smaller.",
      [S(LP_CKPT)], "10,000x = ten thousand times")
claim(P, 2, "number-format", CON, "LoRA brings GPT-3 175B's training VRAM down from 1.2TB to 35GB.",
      [S(LP_VRAM)], "350GB; 35MB is the checkpoint size")
claim(P, 2, "number-format", SUP,
      "Even when GPT-3 175B's full rank is as high as about 12.3K, a LoRA rank of one or two suffices.",
      [S(LI_RANK)], "12,288 = about 12.3K")
claim(P, 2, "number-format", CON, "With adaptive optimizers, LoRA lowers the hardware barrier to entry by up to 5 times.",
      [S(LI_3X)], "up to 3 times")
claim(P, 2, "number-format", SUP, "Training GPT-3 175B with LoRA is a quarter faster than full fine-tuning.",
      [S(LP_SPEED)], "a 25% speedup = a quarter")
claim(P, 2, "number-format", CON, "Full fine-tuning of GPT-3 updates roughly 175.3 million parameters.",
      [gpt3("GPT-3 (FT)", PARAMS, "175,255.8M")], "175,255.8M is about 175.3 billion, not million")
claim(P, 2, "number-format", SUP,
      "On DeBERTa XXL, LoRA trains 4.7M parameters where full fine-tuning trains 1.5 billion.",
      [glue("DeBXXL (LoRA)", PARAMS, "4.7M"), glue("DeBXXL (FT)*", PARAMS, "1500.0M")], "1500.0M = 1.5 billion")

claim(P, 2, "sign-direction", SUP, "On RTE, LoRA raises RoBERTa-base accuracy by 7.9 points over full fine-tuning.",
      [glue("RoBbase (LoRA)", "RTE", "86.6±.7"), glue("RoBbase (FT)*", "RTE", "78.7")], "86.6 - 78.7 = +7.9")
claim(P, 2, "sign-direction", CON, "LoRA lowers RoBERTa-large's MNLI accuracy by 0.3 compared with full fine-tuning.",
      [glue("RoBlarge (LoRA)", "MNLI", "90.5±.2"), glue("RoBlarge (FT)*", "MNLI", "90.2")], "90.5 - 90.2 = +0.3: it raises it")
claim(P, 2, "sign-direction", SUP, "On WikiSQL, GPT-3 with LoRA (4.7M parameters) lands 0.4 points below full fine-tuning.",
      [gpt3("GPT-3 (LoRA)", WSQL, "73.4"), gpt3("GPT-3 (FT)", WSQL, "73.8")], "73.4 - 73.8 = -0.4")
claim(P, 2, "sign-direction", CON, "BitFit on GPT-3 falls behind full fine-tuning on MNLI-m by 1.5 points.",
      [gpt3("GPT-3 (BitFit)", MNLIM, "91.0"), gpt3("GPT-3 (FT)", MNLIM, "89.5")], "91.0 - 89.5 = +1.5: BitFit is ahead")
claim(P, 2, "sign-direction", SUP, "For DeBERTa XXL, LoRA moves the GLUE average by +0.2 relative to full fine-tuning.",
      [glue("DeBXXL (LoRA)", "Avg.", "91.3"), glue("DeBXXL (FT)*", "Avg.", "91.1")], "91.3 - 91.1 = +0.2")
claim(P, 2, "sign-direction", CON, "LoRA improves RoBERTa-large's QQP accuracy over full fine-tuning by 0.6.",
      [glue("RoBlarge (LoRA)", "QQP", "91.6±.1"), glue("RoBlarge (FT)*", "QQP", "92.2")], "91.6 - 92.2 = -0.6: it lowers it")

claim(P, 2, "polarity", CON,
      "Existing parameter-efficient adaptation methods usually match the fine-tuning baselines, so efficiency costs no model quality.",
      [S(LI_FAIL)], "they 'often fail to match the fine-tuning baselines, posing a trade-off'")
claim(P, 2, "polarity", SUP,
      "Earlier adaptation techniques often fall short of fine-tuning baselines, forcing a trade-off between efficiency and model quality.",
      [S(LI_FAIL)], "the sentence, reworded")
claim(P, 2, "polarity", CON, "On GPT-3, every adaptation method improves monotonically as trainable parameters are added.",
      [S(LS_MONO)], "'not all methods benefit monotonically'")
claim(P, 2, "polarity", CON,
      "Once A and B are merged into W, batching inputs from different tasks in a single forward pass is straightforward.",
      [S(LP_BATCH)], "'it is not straightforward' -- the negation dropped")
claim(P, 2, "polarity", SUP,
      "If A and B are absorbed into W, it is not straightforward to batch inputs of different tasks in one forward pass.",
      [S(LP_BATCH)], "the negation kept")
claim(P, 2, "polarity", CON, "LoRA still has to compute gradients for most of the model's parameters.",
      [S(LI_3X)], "'we do not need to calculate the gradients ... for most parameters'")
claim(P, 2, "polarity", CON,
      "Having been overtaken on leaderboards, RoBERTa is no longer considered competitive for its size.",
      [S(LE_ROB)], "'it remains a competitive and popular pre-trained model for its size'")

claim(P, 2, "entity-swap", PART, "For its large-scale GPT-3 experiments, LoRA adds WikiSQL and XSum.",
      [S(LE_GPT3)], "WikiSQL is stated; the second dataset is SAMSum, XSum nowhere")
claim(P, 2, "entity-swap", SUP, "The LoRA authors release checkpoints for GPT-2, RoBERTa and DeBERTa.",
      [S(LA_REL)], "the same three models in another order")
claim(P, 2, "entity-swap", PART,
      "LoRA performs on par with or better than fine-tuning on RoBERTa, DeBERTa, GPT-2 and T5.",
      [S(LA_PAR)], "the fourth model is GPT-3; T5 nowhere")
claim(P, 2, "entity-swap", PART, "LoRA is evaluated on GLUE with RoBERTa, DeBERTa and ALBERT.",
      [S(LE_GLUE)], "GLUE with RoBERTa and DeBERTa is stated; ALBERT nowhere")
claim(P, 2, "entity-swap", SUP, "In the LoRA experiments GLUE is the benchmark for DeBERTa and RoBERTa.",
      [S(LE_GLUE)], "the two models in the other order")

claim(P, 2, "table-cell", SUP, "LoRA on RoBERTa-base scores 63.4 on CoLA.",
      [glue("RoBbase (LoRA)", "CoLA", "63.4±.1")], "the cell, its ± left aside")
claim(P, 2, "table-cell", CON, "LoRA on RoBERTa-large reaches 96.4 on SST-2.",
      [glue("RoBlarge (LoRA)", "SST-2", "96.0±.3"), glue("RoBlarge (FT)*", "SST-2", "96.4")], "96.0; 96.4 is full fine-tuning's, the row above")
claim(P, 2, "table-cell", CON, "GPT-3 with LoRA (4.7M parameters) scores 53.8/29.8/45.1 ROUGE-1/2/L on SAMSum.",
      [gpt3("GPT-3 (LoRA)", SAMS, "53.8/29.8/45.9")], "ROUGE-L is 45.9; 45.1 is in the 37.7M LoRA row")
claim(P, 2, "table-cell", PART, "BitFit trains 14.2M parameters on GPT-3 and needs 40% less GPU memory than fine-tuning.",
      [gpt3("GPT-3 (BitFit)", PARAMS, "14.2M")], "14.2M is the cell; no memory figure for BitFit")
claim(P, 2, "table-cell", SUP, "Prefix-embedding tuning (PreEmbed) gets GPT-3 to 63.1% on WikiSQL.",
      [gpt3("GPT-3 (PreEmbed)", WSQL, "63.1")], "the cell")

claim(P, 2, "table-computed", SUP, "Among the GPT-3 adaptation methods, LoRA with 4.7M parameters has the highest MNLI-m accuracy.",
      [gpt3("GPT-3 (LoRA)", MNLIM, "91.7"), gpt3("GPT-3 (AdapterH)", MNLIM, "91.5"), gpt3("GPT-3 (FT)", MNLIM, "89.5")],
      "91.7 is the column maximum (91.6, 91.5, 91.0, 89.8, 89.5, 89.5, 88.6 below it)")
claim(P, 2, "table-computed", CON, "On WikiSQL, full fine-tuning gives GPT-3 its best accuracy.",
      [gpt3("GPT-3 (FT)", WSQL, "73.8"), gpt3("GPT-3 (LoRA)", WSQL, "74.0")], "LoRA with 37.7M parameters has 74.0 > 73.8")
claim(P, 2, "table-computed", SUP,
      "For RoBERTa-base, RTE is where LoRA gains most over full fine-tuning, 7.9 points.",
      [glue("RoBbase (LoRA)", "RTE", "86.6±.7"), glue("RoBbase (FT)*", "RTE", "78.7"),
       glue("RoBbase (LoRA)", "QNLI", "93.3±.3"), glue("RoBbase (FT)*", "QNLI", "92.8")],
      "LoRA - FT per task: MNLI -0.1, SST-2 +0.3, MRPC -0.5, CoLA -0.2, QNLI +0.5, QQP -1.1, RTE +7.9, STS-B +0.3")
claim(P, 2, "table-computed", CON, "The two RoBERTa-base adapter (AdptD) rows average 85.4 on GLUE.",
      [glue("RoBbase (AdptD)*", "Avg.", "84.4"), glue("RoBbase (AdptD)*", "Avg.", "85.4")], "(84.4 + 85.4) / 2 = 84.9; 85.4 is one row's")
claim(P, 2, "table-computed", SUP,
      "For RoBERTa-large, LoRA and full fine-tuning end up with the same GLUE average, 88.9.",
      [glue("RoBlarge (LoRA)", "Avg.", "88.9"), glue("RoBlarge (FT)*", "Avg.", "88.9")], "88.9 = 88.9")
claim(P, 2, "table-computed", CON, "DeBERTa XXL with LoRA has its weakest GLUE score on MRPC.",
      [glue("DeBXXL (LoRA)", "MRPC", "92.6±.6"), glue("DeBXXL (LoRA)", "CoLA", "72.4±.1")], "the row's minimum is CoLA, 72.4")

claim(P, 2, "two-sentences", SUP,
      "As a final stress test, LoRA was scaled to the 175-billion-parameter GPT-3, where the high training cost meant only a typical standard deviation per task was reported.",
      [S(LS_STRESS), S(LS_STD)], "two adjacent sentences of the GPT-3 section")
claim(P, 2, "two-sentences", CON,
      "LoRA reduces GPT-3 175B's training VRAM from 1.2TB to 350GB, and with r = 8 its checkpoint shrinks to 35MB.",
      [S(LP_VRAM), S(LP_CKPT)], "adjacent sentences: the 35MB checkpoint is with r = 4")
claim(P, 2, "two-sentences", PART,
      "One shared pre-trained model can back many small LoRA modules, and switching tasks by swapping A and B takes under a second.",
      [S(LI_SHARE), S(LI_SWITCH)], "both halves' first parts are in adjacent sentences; no switching time anywhere")
claim(P, 2, "two-sentences", SUP,
      "Not every method improves monotonically with more trainable parameters: performance drops sharply beyond 256 special tokens for prefix-embedding tuning or 32 for prefix-layer tuning.",
      [S(LS_MONO), S(LS_DROP)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON,
      "Performance does not grow monotonically with trainable parameters: it drops beyond 32 special tokens for prefix-embedding tuning or 256 for prefix-layer tuning.",
      [S(LS_MONO), S(LS_DROP)], "the two thresholds exchanged: 256 is prefix-embedding tuning's, 32 prefix-layer tuning's")

claim(P, 2, "absent", NF, "LoRA initializes A with a random Gaussian and B with zeros, so the update starts at zero.", [],
      "true of the paper (section 4.1), absent from the corpus text")
claim(P, 2, "absent", NF, "On the E2E NLG Challenge, GPT-2 medium with LoRA reaches 70.4 BLEU.", [],
      "true of the paper (its Table 3), which the corpus leaves out")
claim(P, 2, "absent", NF, "LoRA scales its update by alpha divided by the rank r.", [],
      "true of the paper (section 4.1), absent from the corpus text")
claim(P, 2, "absent", SUP, "LoRA's PyTorch package and model checkpoints are released at github.com/microsoft/LoRA.",
      [S(LA_REL)], "the abstract's last sentence")

# ---------------------------------------------------------------------------------------
# 2109.01652 -- FLAN. v1: the September 2021 abstract alone ("boosts", "19 of 25 tasks",
# "number of tasks and model scale are key components"). v5: the February 2022 abstract
# ("improves", "20 of 25 tasks", "number of finetuning datasets, model scale, and natural
# language instructions"), quotations of the paper on task clusters, templates, training
# and results, Table 1 (Figure 6's data labels) and Table 2 (four-task averages by prompt).
P = "2109.01652"
FA_BOOST = "substantially boosts zero-shot performance on unseen tasks."
FA_IMPR = "substantially improves zero-shot performance on unseen tasks."
FA_137 = "We take a 137B parameter pretrained language model and instruction-tune it on over 60 NLP tasks verbalized via natural language instruction templates."
FA_EVAL = "We evaluate this instruction-tuned model, which we call FLAN, on unseen task types."
FA1_19 = "FLAN substantially improves the performance of its unmodified counterpart and surpasses zero-shot 175B GPT-3 on 19 of 25 tasks that we evaluate."
FA5_20 = "FLAN substantially improves the performance of its unmodified counterpart and surpasses zero-shot 175B GPT-3 on 20 of 25 tasks that we evaluate."
FA_FEW = "FLAN even outperforms few-shot GPT-3 by a large margin on ANLI, RTE, BoolQ, AI2-ARC, OpenbookQA, and StoryCloze."
FA1_ABL = "Ablation studies reveal that number of tasks and model scale are key components to the success of instruction tuning."
FA5_ABL = "Ablation studies reveal that number of finetuning datasets, model scale, and natural language instructions are key to the success of instruction tuning."
FT_62 = "We aggregate 62 text datasets that are publicly available on Tensorflow Datasets, including both language understanding and language generation tasks, into a single mixture."
FT_12 = "Each dataset is categorized into one of twelve task clusters."
FT_TEN = "For each dataset, we manually compose ten unique templates that use natural language instructions to describe the task for that dataset."
FT_AROUND = "for each dataset we also include up to three templates that 'turned the task around'."
FT_UNSEEN = "In this work, we only consider dataset D unseen at evaluation time if no datasets from any task clusters that D belongs to were seen during instruction tuning."
FT_CMODELS = "Hence, to evaluate zero-shot FLAN on c task clusters, we instruction tune c models, where each model holds out a different task cluster for evaluation."
FT_PARA = "We also drop the paraphrase cluster from instruction tuning when evaluating on NLI tasks and vice-versa."
FR_30K = "We limit the number of training examples per dataset to 30k"
FR_STEPS = "We finetune all models for 30k gradient steps with a batch size of 8,192 tokens using the Adafactor Optimizer (Shazeer & Stern, 2018) with a learning rate of 3e-5."
FR_LEN = "The input and target sequence lengths used in finetuning are 1024 and 256, respectively."
FR_MIX = "In this mixing scheme, a mixing rate maximum of 3,000 means that a dataset does not receive additional sampling weight for examples in excess of 3,000."
FR_60H = "This instruction tuning takes around 60 hours on a TPUv3 with 128 cores."
FR_FINAL = "For all evaluations, we report results on the final checkpoint trained for 30k steps."
FS_DEV = "With the best dev template, zero-shot FLAN outperforms zero-shot GPT-3 on 20 of 25 datasets."
FS_LAMDA = "FLAN only outperforms LaMDA-PT on three of the seven tasks."
FS_HURT = "The behavior on held-out tasks for the 8B and smaller models, however, is thought-provoking—instruction tuning actually hurts performance on held-out tasks."
FS_TEMPL = "Using more templates per dataset, however, had a comparatively negligible effect on performance when there was one task per cluster, which disappeared when there were four tasks per cluster."
FS_CLEAN = "Of the remaining datasets, only ReCoRD and PIQA had a clean subset performance that was lower than the overall evaluation set performance by more than 1%."
HO, DS, ADDED = "Held-out average", "Datasets", "Cluster added"
AVG4 = "Four-task average"


def cl(row: str, column: str, value: str) -> dict:
    """A cell of v5's cluster table (Table 1, from Figure 6's data labels)."""
    return C("Table 1", row, column, value)


def pr(row: str, value: str) -> dict:
    """A four-task-average cell of v5's prompt table (Table 2)."""
    return C("Table 2", row, AVG4, value)


claim(P, 5, "verbatim", SUP, FA_FEW, [S(FA_FEW)], "the abstract's sentence, word for word, in both versions")
claim(P, 5, "verbatim", CON,
      "We take a 137B parameter pretrained language model and instruction-tune it on over 80 NLP tasks verbalized via natural language instruction templates.",
      [S(FA_137)], "over 60 NLP tasks, in both versions")

claim(P, 1, "paraphrase", SUP, "Instruction tuning markedly boosts zero-shot performance on tasks the model has not seen.",
      [S(FA_BOOST), S(FA_IMPR, version=5)], "v1 'substantially boosts'; v5 'substantially improves' (light paraphrase)", per={5: SUP})
claim(P, 5, "paraphrase", CON, "FLAN's ablations find that model scale does not matter for the success of instruction tuning.",
      [S(FA5_ABL), S(FA1_ABL, version=1)], "both versions name model scale as key", per={1: CON})
claim(P, 5, "paraphrase", PART,
      "FLAN is a 137B-parameter pretrained model instruction-tuned on more than 60 NLP tasks and then aligned with reinforcement learning from human feedback.",
      [S(FA_137)], "the model and the 60 tasks are stated in both versions; no reinforcement learning anywhere", per={1: PART})

claim(P, 5, "number-format", SUP, "FLAN beats zero-shot 175B GPT-3 on twenty of the 25 tasks evaluated.",
      [S(FA5_20), S(FA1_19, version=1)], "v5: 20 of 25; v1: 19 of 25", per={1: CON})
claim(P, 5, "number-format", CON, "FLAN's instruction-tuning mixture aggregates 26 publicly available text datasets.",
      [S(FT_62)], "62 datasets (26 is the dataset count at three clusters in Table 1); v1 has no such sentence", per={1: NF})
claim(P, 5, "number-format", SUP, "FLAN caps each dataset at 30,000 training examples.",
      [S(FR_30K)], "30k = 30,000; v1 has no training details", per={1: NF})
claim(P, 5, "number-format", CON, "Instruction tuning FLAN takes about 16 hours on a 128-core TPUv3.",
      [S(FR_60H)], "around 60 hours; v1 has no such sentence", per={1: NF})
claim(P, 5, "number-format", SUP, "Every FLAN dataset gets ten hand-written instruction templates.",
      [S(FT_TEN)], "'manually compose ten unique templates'; absent from v1", per={1: NF})
claim(P, 5, "number-format", SUP, "FLAN is finetuned for 30K gradient steps with batches of 8,192 tokens.",
      [S(FR_STEPS)], "30k = 30K; absent from v1", per={1: NF})
claim(P, 5, "number-format", CON, "FLAN finetunes with input sequences of 256 tokens and targets of 1024.",
      [S(FR_LEN)], "inputs 1024, targets 256 -- the two lengths exchanged; absent from v1", per={1: NF})

claim(P, 5, "sign-direction", SUP, "Adding the sentiment cluster lowers FLAN's held-out average by 0.1.",
      [cl("4", HO, "59.2"), cl("3", HO, "59.3"), cl("4", ADDED, "sentiment")], "59.2 - 59.3 = -0.1; v1 has no table", per={1: NF})
claim(P, 5, "sign-direction", CON, "Going from one to two training clusters raises the held-out average by 4.1 points.",
      [cl("1", HO, "49.9"), cl("2", HO, "55.0")], "55.0 - 49.9 = +5.1, not 4.1; v1 has no table", per={1: NF})
claim(P, 5, "sign-direction", SUP,
      "With natural-instruction prompts at inference, finetuning on task or dataset names instead of natural instructions costs 8.6 points of four-task average.",
      [pr("Natural instructions (FLAN)", "55.2"), pr("Task/dataset name", "46.6")], "46.6 - 55.2 = -8.6; v1 has no table", per={1: NF})
claim(P, 5, "sign-direction", CON, "Finetuning without any template raises the four-task average by 17.9 over FLAN's natural instructions.",
      [pr("No template", "37.3"), pr("Natural instructions (FLAN)", "55.2")], "37.3 - 55.2 = -17.9: it lowers it; v1 has no table", per={1: NF})

claim(P, 5, "polarity", CON, "For models of 8B parameters and smaller, instruction tuning improves performance on held-out tasks.",
      [S(FS_HURT)], "'instruction tuning actually hurts performance on held-out tasks'; v1 has no such sentence", per={1: NF})
claim(P, 5, "polarity", SUP, "Instruction tuning actually hurts held-out performance for models of 8B parameters and below.",
      [S(FS_HURT)], "the sentence, reworded; absent from v1", per={1: NF})
claim(P, 5, "polarity", CON, "Using more templates per dataset had a large effect on FLAN's performance.",
      [S(FS_TEMPL)], "'a comparatively negligible effect'; absent from v1", per={1: NF})
claim(P, 1, "polarity", CON, "FLAN degrades the performance of its unmodified counterpart.",
      [S(FA1_19), S(FA5_20, version=5)], "'substantially improves the performance of its unmodified counterpart', in both versions", per={5: CON})
claim(P, 5, "polarity", SUP, "On seven commonsense reasoning and coreference tasks, FLAN beats LaMDA-PT on only three.",
      [S(FS_LAMDA)], "the sentence, reworded; absent from v1", per={1: NF})

claim(P, 1, "entity-swap", PART, "FLAN outperforms few-shot GPT-3 by a wide margin on ANLI, RTE, BoolQ and HellaSwag.",
      [S(FA_FEW)], "ANLI, RTE and BoolQ are stated in both versions; HellaSwag nowhere", per={5: PART})
claim(P, 5, "entity-swap", SUP, "FLAN surpasses few-shot GPT-3 by a large margin on StoryCloze, OpenbookQA, AI2-ARC, BoolQ, RTE and ANLI.",
      [S(FA_FEW)], "the same six datasets in reverse order, both versions", per={1: SUP})
claim(P, 5, "entity-swap", PART,
      "Only ReCoRD, PIQA and HellaSwag had clean-subset performance more than 1% below the full evaluation set.",
      [S(FS_CLEAN)], "ReCoRD and PIQA only; HellaSwag is not named; absent from v1", per={1: NF})
claim(P, 5, "entity-swap", PART,
      "When evaluating on NLI, the paraphrase and sentiment clusters are dropped from instruction tuning.",
      [S(FT_PARA)], "the paraphrase cluster is dropped; sentiment is not; absent from v1", per={1: NF})

claim(P, 5, "table-cell", SUP, "With seven training clusters (39 datasets), FLAN's held-out average reaches 63.5.",
      [cl("7", HO, "63.5"), cl("7", DS, "39")], "the row of seven clusters; v1 has no table", per={1: NF})
claim(P, 5, "table-cell", CON, "Adding the coreference cluster brings FLAN's held-out average to 60.8.",
      [cl("6", ADDED, "coreference"), cl("6", HO, "61.9"), cl("5", HO, "60.8")],
      "61.9; 60.8 is the row before (data to text); v1 has no table", per={1: NF})
claim(P, 5, "table-cell", PART,
      "Finetuning without templates gives a four-task average of 37.3, against 52.1 for few-shot FLAN.",
      [pr("No template", "37.3")], "37.3 is the cell; no few-shot figure anywhere; v1 has no table", per={1: NF})
claim(P, 5, "table-cell", CON, "Instruction tuning on three task clusters covers 30 datasets.",
      [cl("3", DS, "26"), cl("4", DS, "30")], "26; 30 is the count at four clusters; v1 has no table", per={1: NF})

claim(P, 5, "table-computed", SUP, "FLAN's held-out average rises with every added cluster except the fourth.",
      [cl(str(i), HO, v) for i, v in enumerate(["49.9", "55.0", "59.3", "59.2", "60.8", "61.9", "63.5"], start=1)],
      "49.9, 55.0, 59.3, 59.2, 60.8, 61.9, 63.5: the only drop is at four clusters; v1 has no table", per={1: NF})
claim(P, 5, "table-computed", CON, "The largest single gain in FLAN's held-out average comes from adding the reading-comprehension cluster.",
      [cl("3", ADDED, "read. comp."), cl("2", HO, "55.0"), cl("3", HO, "59.3"), cl("1", HO, "49.9")],
      "gains +5.1 (translation), +4.3 (read. comp.), -0.1, +1.6, +1.1, +1.6: translation's is the largest; v1 has no table", per={1: NF})
claim(P, 5, "table-computed", SUP, "Across FLAN's four prompt settings the four-task averages have a mean of about 46.5.",
      [pr("Natural instructions (FLAN)", "55.2"), pr("No template", "37.3"), pr("Task/dataset name", "46.6"), pr("Task/dataset name", "47.0")],
      "(55.2 + 37.3 + 46.6 + 47.0) / 4 = 46.5; v1 has no table", per={1: NF})
claim(P, 5, "table-computed", CON, "From one to seven training clusters, the number of datasets grows by 32.",
      [cl("1", DS, "11"), cl("7", DS, "39")], "39 - 11 = 28; v1 has no table", per={1: NF})

claim(P, 5, "two-sentences", SUP,
      "FLAN pools 62 public text datasets from TensorFlow Datasets into one mixture, each dataset assigned to one of twelve task clusters.",
      [S(FT_62), S(FT_12)], "two adjacent sentences; absent from v1", per={1: NF})
claim(P, 5, "two-sentences", CON,
      "Instruction tuning takes about 60 hours on a 128-core TPUv3, and results are reported from the best intermediate checkpoint.",
      [S(FR_60H), S(FR_FINAL)], "adjacent sentences: results are from the final checkpoint; absent from v1", per={1: NF})
claim(P, 5, "two-sentences", PART,
      "A dataset counts as unseen only if no dataset of its clusters was seen during instruction tuning, so one model is tuned per held-out cluster and results are averaged over five seeds.",
      [S(FT_UNSEEN), S(FT_CMODELS)], "the first two parts are in adjacent sentences; no seeds anywhere; absent from v1", per={1: NF})
claim(P, 1, "two-sentences", SUP,
      "The instruction-tuned model, called FLAN, is evaluated on unseen task types and surpasses zero-shot 175B GPT-3 on 19 of 25 tasks.",
      [S(FA_EVAL), S(FA1_19), S(FA5_20, version=5)], "v1's adjacent sentences; v5 has 20 of 25", per={5: CON})

claim(P, 1, "version-drift", NF, "FLAN's ablations single out natural language instructions as one of the keys to instruction tuning's success.",
      [S(FA5_ABL, version=5)], "v5 names them; v1's ablation sentence names only the number of tasks and model scale", per={5: SUP})
claim(P, 1, "version-drift", SUP, "FLAN surpasses zero-shot 175B GPT-3 on 19 of the 25 tasks evaluated.",
      [S(FA1_19), S(FA5_20, version=5)], "v1: 19 of 25; v5: 20 of 25", per={5: CON})
claim(P, 1, "version-drift", PART,
      "Ablations point to the number of finetuning datasets, model scale and natural language instructions as key to instruction tuning.",
      [S(FA1_ABL), S(FA5_ABL, version=5)], "v5 states all three; v1 has the number of tasks and model scale but not the instructions", per={5: SUP})
claim(P, 1, "version-drift", CON, "With its best dev template, zero-shot FLAN outperforms zero-shot GPT-3 on 20 of 25 datasets.",
      [S(FA1_19), S(FS_DEV, version=5)], "v5's results sentence states it; v1 has 19 of 25 for the same comparison", per={5: SUP})
claim(P, 1, "version-drift", NF, "FLAN is instruction-tuned with the Adafactor optimizer at a learning rate of 3e-5.",
      [S(FR_STEPS, version=5)], "v5's training details state it; v1 has no training details", per={5: SUP})
claim(P, 1, "version-drift", SUP, "Ablation studies find that the number of tasks and model scale are the key components of instruction tuning.",
      [S(FA1_ABL), S(FA5_ABL, version=5)],
      "v1 states exactly this; v5 names model scale and the number of finetuning datasets (tasks/datasets, light paraphrase) but adds natural language instructions, so 'the key components' are only part of its list",
      per={5: PART})

claim(P, 5, "absent", NF, "FLAN's base model was pretrained on 2.49 trillion BPE tokens of web documents and dialog data.", [],
      "true of the paper (LaMDA-PT's pretraining), absent from both versions' corpus text", per={1: NF})
claim(P, 5, "absent", NF, "FLAN uses a SentencePiece vocabulary of 32K tokens.", [],
      "true of the paper, absent from both versions", per={1: NF})
claim(P, 5, "absent", SUP,
      "In FLAN's mixing scheme, a mixing-rate maximum of 3,000 means a dataset gets no extra sampling weight beyond 3,000 examples.",
      [S(FR_MIX)], "v5's footnote 1; v1 has no such text", per={1: NF})
claim(P, 1, "absent", NF, "The FLAN checkpoints were released publicly with the paper.", [],
      "no version says anything of a release", per={5: NF})

# ---------------------------------------------------------------------------------------
# 2004.10964 -- Don't Stop Pretraining v3 (ACL): abstract, introduction, domain-adaptive
# pretraining with Table 1 (pretraining corpora and masked-LM losses), task-adaptive
# pretraining with Table 2 (the paper's Table 5: the four adaptation phases).
P = "2004.10964"
DA_TOD = "Language models pretrained on text from a wide variety of sources form the foundation of today's NLP."
DI_160 = "For instance, RoBERTa (Liu et al., 2019) was trained on over 160GB of uncompressed text"
DI_FOUR = "We consider four domains (biomedical and computer science publications, news, and reviews) and eight classification tasks (two in each domain)."
DI_DAPT = "For targets that are not already in-domain for RoBERTa, our experiments show that continued pretraining on the domain (which we refer to as domain-adaptive pretraining or DAPT) consistently improves performance on tasks from the target domain, in both high- and low-resource settings."
DI_TYP = "Task-adaptive pretraining has been shown effective (Howard and Ruder, 2018), but is not typically used with the most recent models."
DI_BOOST = "We find that TAPT provides a large performance boost for RoBERTa, with or without domain-adaptive pretraining."
DD_APPR = "we continue pretraining RoBERTa on a large corpus of unlabeled domain-specific text."
DD_DOMS = "The four domains we focus on are biomedical (BIOMED) papers, computer science (CS) papers, newstext from REALNEWS, and AMAZON reviews."
DD_WHY = "We choose these domains because they have been popular in previous work, and datasets for text classification are available in each."
DD_SETT = "Our LM adaptation follows the settings prescribed for training RoBERTa."
DD_STEPS = "We train RoBERTa on each domain for 12.5K steps, which amounts to single pass on each domain dataset, on a v3-8 TPU."
DD_LOSS = "We observe that masked LM loss decreases in all domains except NEWS after DAPT, where we observe a marginal increase."
DD_AG = "Although DAPT does not increase performance on AGNEWS, the benefit we observe in HYPERPARTISAN suggests that DAPT may be useful even for tasks that align more closely with RoBERTa's source domain."
DT_DEF = "Task-adaptive pretraining (TAPT) refers to pretraining on the unlabeled training set for a given task"
DT_TRADE = "it uses a far smaller pretraining corpus, but one that is much more task-relevant"
DT_CHEAP = "This makes TAPT much less expensive to run than DAPT, and as we show in our experiments, the performance of TAPT is often competitive with that of DAPT."
DT_ALL = "TAPT consistently improves the RoBERTa baseline for all tasks across domains."
DT_NEWS = "Even on the news domain, which was part of RoBERTa pretraining corpus, TAPT improves over RoBERTa, showcasing the advantage of task adaptation."
DT_EXCEED = "In RCT, HYPERPARTISAN, AGNEWS, HELPFULNESS, and IMDB, the results even exceed those of DAPT, highlighting the efficacy of this cheaper adaptation technique."
DT_BOTH = "We investigate the effect of using both adaptation techniques together."
DT_BEGIN = "We begin with RoBERTa and apply DAPT then TAPT under this setting."
DT_COST = "The three phases of pretraining add up to make this the most computationally expensive of all our settings."
DT_HYP = "Results on HYPERPARTISAN match those of TAPT, within a standard deviation arising from the five seeds."
D_CAP = "we report RoBERTa's masked LM loss on 50K randomly sampled held-out documents from each domain"
ROB, DAPT, TAPT, BOTH = "RoBERTa", "Additional Pretraining Phases / DAPT", "Additional Pretraining Phases / TAPT", "Additional Pretraining Phases / DAPT + TAPT"
LROB, LDAPT = "L_ROB.", "L_DAPT"


def corpus(row: str, column: str, value: str) -> dict:
    """A cell of the pretraining-corpus table (Table 1)."""
    return C("Table 1", row, column, value)


def phase(row: str, column: str, value: str) -> dict:
    """A cell of the adaptation-phase table (Table 2 here, the paper's Table 5)."""
    return C("Table 2", row, column, value)


claim(P, 3, "verbatim", SUP, DI_BOOST, [S(DI_BOOST)], "the introduction's sentence, word for word")
claim(P, 3, "verbatim", CON,
      "We train RoBERTa on each domain for 25K steps, which amounts to single pass on each domain dataset, on a v3-8 TPU.",
      [S(DD_STEPS)], "12.5K steps, not 25K")
claim(P, 3, "verbatim", SUP, "Language models pretrained on text from a wide variety of sources form the foundation of tod",
      [S(DA_TOD)], "cut off mid-word; what is left is the abstract's first sentence", truncated=True)

claim(P, 3, "paraphrase", SUP,
      "For target domains RoBERTa was not already trained on, continuing pretraining on the domain (DAPT) consistently helps the domain's tasks, with little or plenty of labelled data.",
      [S(DI_DAPT)], "the sentence, reworded (high- and low-resource settings)")
claim(P, 3, "paraphrase", CON, "TAPT is considerably more expensive to run than DAPT.",
      [S(DT_CHEAP)], "'much less expensive to run than DAPT'")
claim(P, 3, "paraphrase", PART,
      "DAPT continues pretraining RoBERTa on a large unlabeled domain-specific corpus with a peak learning rate of 6e-4.",
      [S(DD_APPR)], "the continued pretraining is stated; no learning rate anywhere")
claim(P, 3, "paraphrase", SUP,
      "TAPT pretrains on a task's own unlabeled training set, a far smaller but much more task-relevant corpus than DAPT uses.",
      [S(DT_DEF), S(DT_TRADE)], "two sentences of section 4, reworded")

claim(P, 3, "number-format", SUP, "RoBERTa was originally pretrained on more than 160 GB of uncompressed text.",
      [S(DI_160)], "over 160GB = more than 160 GB")
claim(P, 3, "number-format", CON, "The REVIEWS pretraining corpus consists of 2.475 million Amazon reviews.",
      [corpus("REVIEWS", "Pretraining Corpus", "24.75M AMAZON reviews (He and McAuley, 2016)")], "24.75M, ten times 2.475 million")
claim(P, 3, "number-format", SUP, "The CS pretraining corpus holds about 8.1 billion tokens.",
      [corpus("CS", "# Tokens", "8.10B")], "8.10B = 8.1 billion")
claim(P, 3, "number-format", CON, "The masked LM loss is measured on 5K randomly sampled held-out documents per domain.",
      [S(D_CAP)], "50K documents, not 5K")
claim(P, 3, "number-format", SUP, "The study covers four domains and eight classification tasks, two per domain.",
      [S(DI_FOUR)], "the sentence, with the counts as words and digits")
claim(P, 3, "number-format", CON, "The BIOMED corpus is 48GB of text drawn from 2.68M full-text papers.",
      [corpus("BIOMED", "Size", "47GB"), corpus("CS", "Size", "48GB")], "47GB; 48GB is the CS corpus, the next row")

claim(P, 3, "sign-direction", SUP, "DAPT lowers the masked LM loss on BIOMED from 1.32 to 0.99.",
      [corpus("BIOMED", LROB, "1.32"), corpus("BIOMED", LDAPT, "0.99")], "1.32 -> 0.99, a decrease")
claim(P, 3, "sign-direction", CON, "After DAPT, the masked LM loss on NEWS drops by 0.08.",
      [corpus("NEWS", LROB, "1.08"), corpus("NEWS", LDAPT, "1.16"), S(DD_LOSS)], "1.08 -> 1.16 is a rise of 0.08 (a 'marginal increase')")
claim(P, 3, "sign-direction", SUP, "On HYPERPARTISAN, TAPT alone scores 0.4 above DAPT + TAPT.",
      [phase("HYPERPARTISAN", TAPT, "90.4±5.2"), phase("HYPERPARTISAN", BOTH, "90.0±6.6")], "90.4 - 90.0 = +0.4")
claim(P, 3, "sign-direction", CON, "On ACL-ARC, TAPT beats DAPT by 8.0 points.",
      [phase("ACL-ARC", TAPT, "67.4±1.8"), phase("ACL-ARC", DAPT, "75.4±2.5")], "67.4 - 75.4 = -8.0: TAPT is behind")
claim(P, 3, "sign-direction", SUP, "DAPT leaves AGNEWS performance where RoBERTa had it, at 93.9.",
      [phase("†AGNEWS", ROB, "93.9±0.2"), phase("†AGNEWS", DAPT, "93.9±0.2"), S(DD_AG)], "93.9 -> 93.9, no change; 'DAPT does not increase performance on AGNEWS'")
claim(P, 3, "sign-direction", CON, "DAPT lowers the masked LM loss on REVIEWS by 0.71.",
      [corpus("REVIEWS", LROB, "2.10"), corpus("REVIEWS", LDAPT, "1.93")], "2.10 - 1.93 = 0.17, not 0.71")

claim(P, 3, "polarity", CON, "DAPT increases RoBERTa's masked LM loss in every domain.",
      [S(DD_LOSS)], "the loss decreases in all domains except NEWS")
claim(P, 3, "polarity", SUP, "After DAPT the masked LM loss falls in every domain but NEWS, where it rises marginally.",
      [S(DD_LOSS)], "the sentence, reworded, its exception kept")
claim(P, 3, "polarity", CON, "Task-adaptive pretraining is routinely used with the most recent pretrained models.",
      [S(DI_TYP)], "'is not typically used with the most recent models'")
claim(P, 3, "polarity", CON, "DAPT hurts performance on HYPERPARTISAN.",
      [S(DD_AG), phase("HYPERPARTISAN", ROB, "86.6±0.9"), phase("HYPERPARTISAN", DAPT, "88.2±5.9")],
      "'the benefit we observe in HYPERPARTISAN'; 86.6 -> 88.2")
claim(P, 3, "polarity", SUP, "DAPT does not improve AGNEWS performance.",
      [S(DD_AG)], "the negation kept")
claim(P, 3, "polarity", CON, "Combining DAPT and TAPT is the cheapest of the settings studied.",
      [S(DT_COST)], "'the most computationally expensive of all our settings'")
claim(P, 3, "polarity", SUP, "TAPT improves over RoBERTa even in the news domain, which RoBERTa's pretraining corpus already covered.",
      [S(DT_NEWS)], "the sentence, reworded")

claim(P, 3, "entity-swap", PART, "The four DAPT domains are biomedical papers, computer science papers, news and legal documents.",
      [S(DD_DOMS)], "three of the four; the fourth is reviews, legal documents nowhere")
claim(P, 3, "entity-swap", SUP, "TAPT's results exceed DAPT's on IMDB, HELPFULNESS, AGNEWS, HYPERPARTISAN and RCT.",
      [S(DT_EXCEED)], "the same five tasks in reverse order")
claim(P, 3, "entity-swap", PART, "TAPT outperforms DAPT on RCT, AGNEWS and SST-2.",
      [S(DT_EXCEED)], "RCT and AGNEWS are in the list; SST-2 is nowhere")
claim(P, 3, "entity-swap", PART, "The DAPT corpora are S2ORC papers, REALNEWS articles, AMAZON reviews and Common Crawl web pages.",
      [S(DD_DOMS), corpus("BIOMED", "Pretraining Corpus", "2.68M full-text papers from S2ORC (Lo et al., 2020)")],
      "the first three are the table's corpora; Common Crawl is not one")

claim(P, 3, "table-cell", SUP, "DAPT + TAPT reaches 75.6 on ACL-ARC.",
      [phase("ACL-ARC", BOTH, "75.6±3.8")], "the cell, its ± left aside")
claim(P, 3, "table-cell", CON, "TAPT scores 79.3 on CHEMPROT.",
      [phase("CHEMPROT", TAPT, "82.6±0.4"), phase("SCIERC", TAPT, "79.3±1.5")], "82.6; 79.3 is SCIERC's TAPT score")
claim(P, 3, "table-cell", CON, "The NEWS pretraining corpus has 6.66B tokens and takes 11GB.",
      [corpus("NEWS", "# Tokens", "6.66B"), corpus("NEWS", "Size", "39GB"), corpus("REVIEWS", "Size", "11GB")],
      "6.66B is right but the size is 39GB; 11GB is the REVIEWS corpus")
claim(P, 3, "table-cell", PART, "RoBERTa scores 95.0 on IMDB, while the state of the art on HELPFULNESS is 72.4.",
      [phase("†IMDB", ROB, "95.0±0.2")], "95.0 is the cell; the caption gives no state of the art for HELPFULNESS")
claim(P, 3, "table-cell", SUP, "The REVIEWS pretraining corpus totals 2.11B tokens.",
      [corpus("REVIEWS", "# Tokens", "2.11B")], "the cell")

claim(P, 3, "table-computed", SUP, "Averaged over the eight tasks, TAPT scores about 83.2.",
      [phase(r, TAPT, v) for r, v in [("CHEMPROT", "82.6±0.4"), ("†RCT", "87.7±0.1"), ("ACL-ARC", "67.4±1.8"), ("SCIERC", "79.3±1.5"),
                                      ("HYPERPARTISAN", "90.4±5.2"), ("†AGNEWS", "94.5±0.1"), ("†HELPFULNESS", "68.5±1.9"), ("†IMDB", "95.5±0.1")]],
      "(82.6 + 87.7 + 67.4 + 79.3 + 90.4 + 94.5 + 68.5 + 95.5) / 8 = 665.9 / 8 = 83.2")
claim(P, 3, "table-computed", CON, "Averaged over the eight tasks, the RoBERTa baseline scores 81.6.",
      [phase(r, ROB, v) for r, v in [("CHEMPROT", "81.9±1.0"), ("†RCT", "87.2±0.1"), ("ACL-ARC", "63.0±5.8"), ("SCIERC", "77.3±1.9"),
                                     ("HYPERPARTISAN", "86.6±0.9"), ("†AGNEWS", "93.9±0.2"), ("†HELPFULNESS", "65.1±3.4"), ("†IMDB", "95.0±0.2")]],
      "650.0 / 8 = 81.25, about 81.3, not 81.6")
claim(P, 3, "table-computed", SUP, "ACL-ARC gets the largest gain from DAPT over RoBERTa, 12.4 points.",
      [phase("ACL-ARC", ROB, "63.0±5.8"), phase("ACL-ARC", DAPT, "75.4±2.5")],
      "DAPT - RoBERTa: CHEMPROT 2.3, RCT 0.4, ACL-ARC 12.4, SCIERC 3.5, HYPERPARTISAN 1.6, AGNEWS 0.0, HELPFULNESS 1.4, IMDB 0.4")
claim(P, 3, "table-computed", CON, "Among the four domain corpora, CS has the most tokens but NEWS takes the most disk space.",
      [corpus("CS", "# Tokens", "8.10B"), corpus("CS", "Size", "48GB"), corpus("NEWS", "Size", "39GB")],
      "CS has the most tokens (8.10B) and also the largest size (48GB > 47, 39, 11GB)")
claim(P, 3, "table-computed", SUP, "Before DAPT, REVIEWS has the highest masked LM loss of the four domains.",
      [corpus("REVIEWS", LROB, "2.10"), corpus("CS", LROB, "1.63"), corpus("BIOMED", LROB, "1.32"), corpus("NEWS", LROB, "1.08")],
      "2.10 is the maximum of 1.32, 1.63, 1.08, 2.10")
claim(P, 3, "table-computed", CON, "The four domain corpora total about 30 billion tokens.",
      [corpus("BIOMED", "# Tokens", "7.55B"), corpus("CS", "# Tokens", "8.10B"), corpus("NEWS", "# Tokens", "6.66B"), corpus("REVIEWS", "# Tokens", "2.11B")],
      "7.55 + 8.10 + 6.66 + 2.11 = 24.42 billion")

claim(P, 3, "two-sentences", SUP,
      "To combine both adaptation techniques, the authors start from RoBERTa and apply DAPT followed by TAPT.",
      [S(DT_BOTH), S(DT_BEGIN)], "two adjacent sentences")
claim(P, 3, "two-sentences", CON,
      "TAPT improves the RoBERTa baseline on every task except in the news domain, which RoBERTa's pretraining already covered.",
      [S(DT_ALL), S(DT_NEWS)], "adjacent sentences: 'Even on the news domain ... TAPT improves over RoBERTa'")
claim(P, 3, "two-sentences", PART,
      "The four domains (BIOMED and CS papers, REALNEWS, AMAZON reviews) were chosen because they were popular in prior work and offer the largest unlabeled corpora.",
      [S(DD_DOMS), S(DD_WHY)], "the domains and the popularity reason are in adjacent sentences; the second reason given is that classification datasets exist, not corpus size")
claim(P, 3, "two-sentences", SUP,
      "Following RoBERTa's training settings, each domain is trained for 12.5K steps, a single pass over its data, on a v3-8 TPU.",
      [S(DD_SETT), S(DD_STEPS)], "two adjacent sentences")

claim(P, 3, "absent", NF, "The experiments use RoBERTa-large as the starting model.", [],
      "the corpus text never says which RoBERTa size is adapted (the real paper uses RoBERTa-base)")
claim(P, 3, "absent", NF, "TAPT runs for 100 epochs over each task's training data.", [],
      "true of the paper (section 4.1), whose paragraph the corpus leaves out")
claim(P, 3, "absent", NF, "kNN-TAPT retrieves candidate unlabeled examples with VAMPIRE embeddings.", [],
      "true of the paper (section 5), absent from the corpus text")
claim(P, 3, "absent", NF, "TAPT masks words with a probability of 0.15, re-masking at each epoch.", [],
      "true of the paper (section 4.1), absent from the corpus text")
claim(P, 3, "absent", SUP,
      "On HYPERPARTISAN the combined DAPT and TAPT result matches TAPT's within a standard deviation over five seeds.",
      [S(DT_HYP)], "footnote 2")
