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
