"""The fresh13 split (issue 13): a thirteenth blind set, over six PDF versions of four papers
that no other split contains (Transformer-XL v1/v3, EfficientNet v1/v5, Longformer v2,
BioBERT v4), labelled by reading their truth files before any verdict engine was run on them,
by someone who was not changing the rules. Never run while the rules change;
`calibrate_verdicts.py` treats every split named fresh* other than the development ones as
independent and leaves it out unless named.

Imported at the end of claims_src.py after claims_fresh12, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way (103M as 103 million, 4,096 as 4K, 2^18 as 262,144, 84.4% as "above 84 percent",
"1,800+ times" as "more than eighteen hundred times"), a reversed difference, an antonym or a
dropped negation, a swapped list member, a mean, a difference or a best/worst only a table
implies (perplexity, bits per character and latency, where lower is better; accuracy, where
higher is better), the other version's wording, and facts true of the real papers but absent
from the corpus text. Transformer-XL v1 and EfficientNet v5 are the abstract alone.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH13 = {
    "1901.02860": (1, 3),  # Transformer-XL: v1 (January 2019 abstract alone) and v3 (ACL text)
    "1905.11946": (1, 5),  # EfficientNet: v1 (May 2019 text) and v5 (September 2020 abstract alone)
    "2004.05150": (2,),  # Longformer
    "1901.08746": (4,),  # BioBERT (Bioinformatics abstract)
}
SPLIT.update({paper: "fresh13" for paper in FRESH13})
VERSIONS.update(FRESH13)

# ---------------------------------------------------------------------------------------
# 1901.02860 -- Transformer-XL. v1: the January 2019 abstract alone. v3: abstract,
# introduction, section 4.1 with Tables 1-5 (perplexity / bpc: lower is better), the One
# Billion Word ablation (Table 7), RECL and speed sentences with Table 9, conclusion.
P = "1901.02860"
X_SEG = "consists of a segment-level recurrence mechanism and a novel positional encoding scheme"
X_FRAG1 = "Our method not only enables capturing longer-term dependency, but also resolves the problem of context fragmentation."
X_FRAG3 = "Our method not only enables capturing longer-term dependency, but also resolves the context fragmentation problem."
X_80_1 = "Transformer-XL learns dependency that is about 80% longer than RNNs and 450% longer than vanilla Transformers"
X_80_3 = "Transformer-XL learns dependency that is 80% longer than RNNs and 450% longer than vanilla Transformers"
X_1800 = "is up to 1,800+ times faster than vanilla Transformer"
X_SHORTLONG = "achieves better performance on both short and long sequences"
X_SOTA1 = "Additionally, we improve the state-of-the-art (SoTA) results of bpc/perplexity from 1.06 to 0.99 on enwiki8, from 1.13 to 1.08 on text8, from 20.5 to 18.3 on WikiText-103, from 23.7 to 21.8 on One Billion Word, and from 55.3 to 54.5 on Penn Treebank (without finetuning)."
X_SOTA3 = "Notably, we improve the state-of-the-art results of bpc/perplexity to 0.99 on enwiki8, 1.08 on text8, 18.3 on WikiText-103, 21.8 on One Billion Word, and 54.5 on Penn Treebank (without finetuning)."
X_GEN = "When trained only on WikiText-103, Transformer-XL manages to generate reasonably coherent, novel text articles with thousands of tokens."
X_CODE = "Our code, pretrained models, and hyperparameters are available in both Tensorflow and PyTorch."
X_FIXED = "have a potential of learning longer-term dependency, but are limited by a fixed-length context in the setting of language modeling"
X_200 = "Empirically, previous work has found that LSTM language models use 200 context words on average (Khandelwal et al., 2018), indicating room for further improvement."
X_OPT = "RNNs are difficult to optimize due to gradient vanishing and explosion"
X_AUX = "Recently, Al-Rfou et al. (2018) designed a set of auxiliary losses to train deep Transformer networks for character-level language modeling, which outperform LSTMs by a large margin."
X_SEGS = "Despite the success, the LM training in Al-Rfou et al. (2018) is performed on separated fixed-length segments of a few hundred characters, without any information flow across segments."
X_CONTEXT = "We refer to this problem as context fragmentation."
X_LACKS = "Hence, the model lacks necessary contextual information needed to well predict the first few symbols, leading to inefficient optimization and inferior performance."
X_XL = "we propose a new architecture called Transformer-XL (meaning extra long)"
X_REUSE = "In particular, instead of computing the hidden states from scratch for each new segment, we reuse the hidden states obtained in previous segments."
X_MEMORY = "The reused hidden states serve as memory for the current segment, which builds up a recurrent connection between the segments."
X_REL = "More importantly, we show the necessity of using relative positional encodings rather than absolute ones, in order to enable state reuse without causing temporal confusion."
X_GENERAL = "we introduce a simple but more effective relative positional encoding formulation that generalizes to attention lengths longer than the one observed during training"
X_FIVE = "Transformer-XL obtained strong results on five datasets, varying from word-level to character-level language modeling."
X_100M = "Transformer-XL is also able to generate relatively coherent long text articles with thousands of tokens (see Appendix E), trained on only 100M tokens."
X_FIRST = "Transformer-XL is the first self-attention model that achieves substantially better results than RNNs on both character-level and word-level language modeling."
X_ALONE = "These two techniques form a complete set of solutions, as any one of them alone does not address the issue of fixed-length contexts."
X_WT103 = "WikiText-103 is the largest available word-level language modeling benchmark with long-term dependency."
X_103M = "It contains 103M training tokens from 28K articles, with an average length of 3.6K tokens per article, which allows testing the ability of long-term dependency modeling."
X_384 = "We set the attention length to 384 during training and 1600 during evaluation."
X_ADAPT = "We adopted adaptive softmax and input representations (Baevski and Auli, 2018; Grave et al., 2016a)."
X_205 = "As shown in Table 1, Transformer-XL reduces the previous state-of-the-art (SoTA) perplexity from 20.5 to 18.3, which demonstrates the superiority of the Transformer-XL architecture."
X_ENWIK = "The dataset enwik8 contains 100M bytes of unprocessed Wikipedia text."
X_005 = "Under the model size constraint, the 12-layer Transformer-XL achieves a new SoTA result, outperforming the 12-layer vanilla Transformer from Al-Rfou et al. (2018) by 0.05, while both Transformer variants have a large margin over conventional RNN-based models."
X_17 = "Notably, our 12-layer architecture achieves the same result as the 64-layer network from Al-Rfou et al. (2018), using only 17% of the parameter budget."
X_784 = "With the attention length 784 during training and 3,800 during evaluation, we obtained a new SoTA result and our method is the first to break through 1.0 on widely-studied character-level benchmarks."
X_NOAUX = "Different from Al-Rfou et al. (2018), Transformer-XL does not need any auxiliary losses, and thus all benefits are credited to a better architecture."
X_TEXT8 = "text8 contains 100M processed Wikipedia characters created by lowering case the text and removing any character other than the 26 letters a through z, and space."
X_NOTUNE = "Due to the similarity, we simply adapt the best model and the same hyper-parameters on enwik8 to text8 without further tuning."
X_MARGIN = "Again, Transformer-XL achieves the new SoTA result with a clear margin."
X_SHUFFLE = "One Billion Word does not preserve any long-term dependency because sentences have been shuffled."
X_SHORTTERM = "Consequently, this dataset mainly tests the ability of modeling only short-term dependency."
X_237 = "Although Transformer-XL is mainly designed to better capture longer-term dependency, it dramatically improves the single-model SoTA from 23.7 to 21.8."
X_GENERALIZ = "Specifically, Transformer-XL significantly outperforms a contemporary method using vanilla Transformers (Baevski and Auli, 2018), suggesting the advantage of Transformer-XL is generalizable to modeling short sequences."
X_VARDROP = "Similar to AWD-LSTM (Merity et al., 2017), we apply variational dropout and weight average to Transformer-XL."
X_PTBSOTA = "With proper regularization, Transformer-XL achieves a new SoTA result among models without two-step finetuning."
X_1M = "Penn Treebank has only 1M training tokens, which implies that Transformer-XL also generalizes well even on small datasets."
X_03B = "We train a 20-layer Transformer-XL with about 0.3B parameters for 400K steps."
X_T7 = "As shown in Table 7, using segment-level recurrence substantially improves performance even when long-term dependency is not needed, which is consistent with our previous discussion that the recurrence mechanism resolves the context fragmentation problem."
X_SHAW = "Moreover, our relative positional encodings is also superior to Shaw et al. (2018) on short sequences."
X_900 = "Transformer-XL manages to model dependency of 900 words long on average with r = 0.1."
X_RECL = "The RECL of Transformer-XL is 80% and 450% longer than recurrent networks and Transformer respectively."
X_BOTH = "Both the recurrence mechanism and our positional encodings contribute to a longer RECL."
X_CHERRY = "Trained only on WikiText-103 which is medium-sized, Transformer-XL is already able to generate relatively coherent articles with thousands of tokens without manual cherry picking, despite minor flaws."
X_1874 = "As shown in Table 9, due to the state reuse scheme, Transformer-XL achieves an up to 1,874 times speedup during evaluation."
X_ENVISION = "We envision interesting applications of Transformer-XL in the fields of text generation, unsupervised feature learning, image and speech modeling."
X_CONCL = "Transformer-XL obtains strong perplexity results, models longer-term dependency than RNNs and Transformer, achieves substantial speedup during evaluation, and is able to generate coherent text articles."
X_URL = "https://github.com/kimiyoung/transformer-xl"


def xt(table: int, row: str, column: str, value: str) -> dict:
    """A cell of Transformer-XL v3's tables."""
    return C(f"Table {table}", row, column, value)


V1NF = {1: NF}

# verbatim
claim(P, 3, "verbatim", SUP, X_SOTA3, [S(X_SOTA3), S(X_SOTA1, 1)], "v3's abstract word for word; v1 has the same "
      "targets with their starting points", per={1: SUP})
claim(P, 3, "verbatim", CON,
      "Notably, we improve the state-of-the-art results of bpc/perplexity to 0.99 on enwiki8, 1.08 on text8, 18.3 on WikiText-103, 21.8 on One Billion Word, and 45.5 on Penn Treebank (without finetuning).",
      [S(X_SOTA3), S(X_SOTA1, 1)], "Penn Treebank: 54.5, not 45.5 (in both versions)", per={1: CON})
claim(P, 3, "verbatim", SUP, X_1M, [S(X_1M)], "word for word", per=V1NF)
claim(P, 3, "verbatim", CON,
      "It contains 103M training tokens from 28K articles, with an average length of 6.3K tokens per article, which allows testing the ability of long-term dependency modeling.",
      [S(X_103M)], "3.6K tokens per article, not 6.3K", per=V1NF)
claim(P, 3, "verbatim", SUP, "We train a 20-layer Transformer-XL with about 0.3B parameters for 40",
      [S(X_03B)], "cut off mid-number; what is left is the sentence's start", per=V1NF, truncated=True)
claim(P, 3, "verbatim", CON, "We set the attention length to 384 during training and 1,600 during training and evaluation alike.",
      [S(X_384)], "384 during training, 1600 during evaluation: not 1,600 for both", per=V1NF)
claim(P, 1, "verbatim", SUP, X_SOTA1,
      [S(X_SOTA1), S(X_SOTA3, 3), xt(2, "Al-Rfou et al. (2018) - 64L Transformer", "bpc", "1.06") | {"version": 3},
       xt(3, "Al-Rfou et al. (2018) - 64L Transformer", "bpc", "1.13") | {"version": 3}, S(X_205, 3), S(X_237, 3),
       xt(5, "Melis et al. (2018) - Dropout tuning", "PPL", "55.3") | {"version": 3}],
      "v1's abstract word for word; v3 states the targets in its abstract and the previous bests in its body "
      "and tables (1.06, 1.13, 20.5, 23.7, and 55.3 as the best without finetuning)",
      per={3: SUP})
claim(P, 3, "verbatim", CON,
      "Notably, our 12-layer architecture achieves the same result as the 64-layer network from Al-Rfou et al. (2018), using only 27% of the parameter budget.",
      [S(X_17)], "17%, not 27%", per=V1NF)
claim(P, 3, "verbatim", SUP, "The dataset enwik8 contains 100M bytes of unprocessed Wikip",
      [S(X_ENWIK)], "cut off mid-word", per=V1NF, truncated=True)

# paraphrase
claim(P, 3, "paraphrase", SUP,
      "Transformer-XL reuses the hidden states computed for earlier segments instead of recomputing them from scratch for every new segment.",
      [S(X_REUSE)], "light rewording", per=V1NF)
claim(P, 3, "paraphrase", CON,
      "Transformer-XL recomputes the hidden states from scratch for each new segment rather than reusing those of previous segments.",
      [S(X_REUSE)], "the reverse of what is stated", per=V1NF)
claim(P, 3, "paraphrase", PART,
      "Transformer-XL reuses hidden states from previous segments as memory, storing that memory in half precision to save GPU space.",
      [S(X_MEMORY)], "memory of reused states stated; nothing on its precision", per=V1NF)
claim(P, 3, "paraphrase", SUP,
      "The authors show that relative rather than absolute positional encodings are necessary to reuse states without temporal confusion.",
      [S(X_REL)], "light rewording", per=V1NF)
claim(P, 3, "paraphrase", CON,
      "The authors show that absolute positional encodings, not relative ones, are needed to enable state reuse.",
      [S(X_REL)], "relative rather than absolute", per=V1NF)
claim(P, 3, "paraphrase", SUP,
      "LSTM language models have been found to use about 200 words of context on average, leaving room for improvement.",
      [S(X_200)], "light rewording", per=V1NF)
claim(P, 3, "paraphrase", PART,
      "Transformer-XL needs no auxiliary losses and trains twice as fast as the model of Al-Rfou et al. (2018).",
      [S(X_NOAUX)], "no auxiliary losses stated; no training-speed comparison anywhere", per=V1NF)
claim(P, 3, "paraphrase", SUP,
      "The hyper-parameters tuned on enwik8 were reused for text8 without any further tuning.",
      [S(X_NOTUNE)], "light rewording", per=V1NF)

# number-format
claim(P, 3, "number-format", SUP, "WikiText-103 has 103 million training tokens drawn from 28,000 articles.",
      [S(X_103M)], "103M, 28K", per=V1NF)
claim(P, 3, "number-format", CON, "WikiText-103 has 103 million training tokens drawn from 82,000 articles.",
      [S(X_103M)], "28K articles, not 82,000", per=V1NF)
claim(P, 3, "number-format", SUP, "Transformer-XL is up to more than eighteen hundred times faster than a vanilla Transformer at evaluation.",
      [S(X_1800)], "up to 1,800+ times", per={1: SUP})
claim(P, 3, "number-format", SUP, "The evaluation speed-up reaches roughly 1.9 thousand times at an attention length of 3,800.",
      [xt(9, "3,800", "How much Al-Rfou et al. (2018) is slower", "1,874x")], "1,874x ~ 1.9 thousand", per=V1NF)
claim(P, 3, "number-format", CON, "At an attention length of 800, the vanilla model is about 773 times slower.",
      [xt(9, "800", "How much Al-Rfou et al. (2018) is slower", "363x")], "363x at 800; 773x is the 1,800 row", per=V1NF)
claim(P, 3, "number-format", SUP, "The 12-layer Transformer-XL matches the 64-layer network with under a fifth of its parameters.",
      [S(X_17)], "17% is under a fifth", per=V1NF)
claim(P, 3, "number-format", CON, "The 12-layer Transformer-XL matches the 64-layer network with about a quarter of its parameters.",
      [S(X_17)], "17%, not about 25%", per=V1NF)
claim(P, 3, "number-format", SUP, "The One Billion Word ablation model has roughly 300 million parameters and is trained for 400,000 steps.",
      [S(X_03B)], "0.3B = 300 million, 400K = 400,000", per=V1NF)
claim(P, 3, "number-format", CON, "The One Billion Word ablation model has roughly 3 billion parameters.",
      [S(X_03B)], "about 0.3B, not 3 billion", per=V1NF)
claim(P, 3, "number-format", SUP, "enwik8 consists of one hundred million bytes of raw Wikipedia text.",
      [S(X_ENWIK)], "100M bytes, unprocessed", per=V1NF)
claim(P, 3, "number-format", SUP, "Penn Treebank has only about a million training tokens.", [S(X_1M)], "1M", per=V1NF)
claim(P, 3, "number-format", CON, "Penn Treebank has only about ten million training tokens.", [S(X_1M)], "1M, not 10M", per=V1NF)
claim(P, 3, "number-format", SUP, "The text8 corpus holds one hundred million processed Wikipedia characters over a 27-symbol alphabet (26 letters and space).",
      [S(X_TEXT8)], "100M characters; the 26 letters a-z and space", per=V1NF)
claim(P, 3, "number-format", CON, "Transformer-XL learns dependencies 45% longer than vanilla Transformers.",
      [S(X_80_3), S(X_80_1, 1)], "450%, not 45%", per={1: CON})

# sign-direction
claim(P, 3, "sign-direction", SUP, "On WikiText-103, Transformer-XL lowers the state-of-the-art perplexity from 20.5 to 18.3.",
      [S(X_205), S(X_SOTA1, 1)], "reduces from 20.5 to 18.3 (v1: 'from 20.5 to 18.3 on WikiText-103')", per={1: SUP})
claim(P, 3, "sign-direction", CON, "On WikiText-103, Transformer-XL raises the state-of-the-art perplexity from 20.5 to 18.3.",
      [S(X_205), S(X_SOTA1, 1)], "a reduction, not a rise", per={1: CON})
claim(P, 3, "sign-direction", SUP,
      "The 12-layer Transformer-XL beats the 12-layer vanilla Transformer of Al-Rfou et al. by 0.05 bpc on enwik8.",
      [S(X_005)], "outperforming by 0.05", per=V1NF)
claim(P, 3, "sign-direction", CON,
      "The 12-layer Transformer-XL trails the 12-layer vanilla Transformer of Al-Rfou et al. by 0.05 bpc on enwik8.",
      [S(X_005)], "it outperforms it", per=V1NF)
claim(P, 3, "sign-direction", SUP, "Removing recurrence raises One Billion Word perplexity from 25.2 to 27.1 in the ablation.",
      [xt(7, "Ours", "PPL", "25.2"), xt(7, "Without recurrence", "PPL", "27.1")], "25.2 -> 27.1 is higher", per=V1NF)
claim(P, 3, "sign-direction", CON, "Using Shaw et al. (2018) encodings lowers the One Billion Word ablation perplexity relative to the full model.",
      [xt(7, "Ours", "PPL", "25.2"), xt(7, "With Shaw et al. (2018) encodings", "PPL", "25.7")], "25.7 > 25.2: it raises it", per=V1NF)
claim(P, 3, "sign-direction", SUP, "In Table 5, the MoS+Finetune row (54.44) is below Transformer-XL's 54.52 perplexity.",
      [xt(5, "Yang et al. (2017) - MoS+Finetune", "PPL", "54.44"), xt(5, "Ours - Transformer-XL", "PPL", "54.52")],
      "54.44 < 54.52", per=V1NF)
claim(P, 3, "sign-direction", CON, "On Penn Treebank, Transformer-XL's perplexity (54.52) is higher than the dropout-tuning baseline of Melis et al. (55.3).",
      [xt(5, "Ours - Transformer-XL", "PPL", "54.52"), xt(5, "Melis et al. (2018) - Dropout tuning", "PPL", "55.3")],
      "54.52 < 55.3: lower", per=V1NF)
claim(P, 3, "sign-direction", SUP, "Transformer-XL reduces the single-model One Billion Word SoTA perplexity from 23.7 to 21.8.",
      [S(X_237), S(X_SOTA1, 1)], "improves from 23.7 to 21.8 (v1 likewise)", per={1: SUP})
claim(P, 3, "sign-direction", CON, "The slowdown of the vanilla model shrinks as the attention length grows from 800 to 3,800.",
      [xt(9, "800", "How much Al-Rfou et al. (2018) is slower", "363x"), xt(9, "3,800", "How much Al-Rfou et al. (2018) is slower", "1,874x")],
      "363x -> 1,874x: it grows", per=V1NF)

# polarity
claim(P, 3, "polarity", SUP, "One Billion Word does not preserve long-term dependency, since its sentences are shuffled.",
      [S(X_SHUFFLE)], "negation kept", per=V1NF)
claim(P, 3, "polarity", CON, "One Billion Word preserves long-term dependency across its sentences.",
      [S(X_SHUFFLE)], "'does not preserve any long-term dependency'", per=V1NF)
claim(P, 3, "polarity", CON, "Transformer-XL relies on auxiliary losses, like the model of Al-Rfou et al. (2018).",
      [S(X_NOAUX)], "'does not need any auxiliary losses'", per=V1NF)
claim(P, 3, "polarity", SUP, "Unlike Al-Rfou et al. (2018), Transformer-XL does not need auxiliary losses.",
      [S(X_NOAUX)], "negation kept", per=V1NF)
claim(P, 3, "polarity", CON, "RNNs are easy to optimize despite gradient vanishing and explosion.",
      [S(X_OPT)], "'difficult to optimize'", per=V1NF)
claim(P, 3, "polarity", CON, "In the vanilla model of Al-Rfou et al. (2018), information flows freely across segments during training.",
      [S(X_SEGS)], "'without any information flow across segments'", per=V1NF)
claim(P, 3, "polarity", SUP, "The vanilla training of Al-Rfou et al. (2018) has no information flow across its fixed-length segments.",
      [S(X_SEGS)], "negation kept", per=V1NF)
claim(P, 3, "polarity", CON, "Transformer-XL's relative encoding fails to generalize to attention lengths longer than those seen in training.",
      [S(X_GENERAL)], "it generalizes to longer attention lengths", per=V1NF)
claim(P, 3, "polarity", CON, "Each of the two techniques alone is enough to address the issue of fixed-length contexts.",
      [S(X_ALONE)], "'any one of them alone does not address the issue'", per=V1NF)
claim(P, 3, "polarity", SUP, "Neither technique alone addresses the issue of fixed-length contexts.", [S(X_ALONE)],
      "negation kept", per=V1NF)
claim(P, 3, "polarity", CON, "Transformer-XL performs worse than vanilla Transformers on short sequences.",
      [S(X_SHORTLONG)], "better performance on both short and long sequences", per={1: CON})
claim(P, 3, "polarity", CON, "The generated articles required manual cherry picking.", [S(X_CHERRY)],
      "'without manual cherry picking'", per=V1NF)

# entity-swap
claim(P, 3, "entity-swap", SUP,
      "Transformer-XL improves the state of the art on Penn Treebank, One Billion Word, WikiText-103, text8 and enwiki8.",
      [S(X_SOTA3), S(X_SOTA1, 1)], "the same five datasets in another order", per={1: SUP})
claim(P, 3, "entity-swap", PART,
      "Transformer-XL improves the state of the art on enwiki8, text8, WikiText-103 and LAMBADA.",
      [S(X_SOTA3), S(X_SOTA1, 1)], "LAMBADA is not named (three of the four are)", per={1: PART})
claim(P, 3, "entity-swap", SUP, "The code, pretrained models and hyperparameters are released in PyTorch and Tensorflow.",
      [S(X_CODE)], "the same two frameworks in another order", per={1: SUP})
claim(P, 3, "entity-swap", PART, "The code and pretrained models are released in Tensorflow, PyTorch and JAX.",
      [S(X_CODE)], "JAX is not named", per={1: PART})
claim(P, 3, "entity-swap", PART,
      "The authors envision applications of Transformer-XL in text generation, unsupervised feature learning, image modeling and reinforcement learning.",
      [S(X_ENVISION)], "reinforcement learning is not named (speech modeling is)", per=V1NF)
claim(P, 3, "entity-swap", SUP,
      "The authors envision applications in speech and image modeling, unsupervised feature learning and text generation.",
      [S(X_ENVISION)], "the same fields in another order", per=V1NF)
claim(P, 3, "entity-swap", PART,
      "Transformer-XL adopts adaptive softmax, adaptive input representations and mixed-precision training on WikiText-103.",
      [S(X_ADAPT)], "mixed-precision training is not named", per=V1NF)
claim(P, 3, "entity-swap", PART,
      "Following AWD-LSTM, variational dropout, weight average and weight tying are applied to Transformer-XL on Penn Treebank.",
      [S(X_VARDROP)], "weight tying is not named", per=V1NF)

# table-cell
claim(P, 3, "table-cell", SUP, "Transformer-XL Large reaches a perplexity of 18.3 on WikiText-103 with 257M parameters.",
      [xt(1, "Ours - Transformer-XL Large", "PPL", "18.3"), xt(1, "Ours - Transformer-XL Large", "#Param", "257M")],
      "Table 1", per=V1NF)
claim(P, 3, "table-cell", CON, "Transformer-XL Standard reaches a perplexity of 20.5 on WikiText-103.",
      [xt(1, "Ours - Transformer-XL Standard", "PPL", "24.0")], "24.0; 20.5 is Adaptive Input's", per=V1NF)
claim(P, 3, "table-cell", SUP, "The 18-layer Transformer-XL scores 1.03 bpc on enwik8 with 88M parameters.",
      [xt(2, "Ours - 18L Transformer-XL", "bpc", "1.03"), xt(2, "Ours - 18L Transformer-XL", "#Param", "88M")],
      "Table 2", per=V1NF)
claim(P, 3, "table-cell", CON, "The 24-layer Transformer-XL has 235M parameters.",
      [xt(2, "Ours - 24L Transformer-XL", "#Param", "277M")], "277M; 235M is the 64-layer Transformer's", per=V1NF)
claim(P, 3, "table-cell", SUP, "On text8, the 64-layer Transformer of Al-Rfou et al. gets 1.13 bpc.",
      [xt(3, "Al-Rfou et al. (2018) - 64L Transformer", "bpc", "1.13")], "Table 3", per=V1NF)
claim(P, 3, "table-cell", CON, "On text8, the RHN of Zilly et al. scores 1.29 bpc.",
      [xt(3, "Zilly et al. (2016) - RHN", "bpc", "1.27")], "1.27; 1.29 is the LN HM-LSTM's", per=V1NF)
claim(P, 3, "table-cell", SUP, "The High-Budget MoE reaches a perplexity of 28.0 on One Billion Word.",
      [xt(4, "Shazeer et al. (2017) - High-Budget MoE", "PPL", "28.0")], "Table 4", per=V1NF)
claim(P, 3, "table-cell", CON, "Transformer-XL Base reaches 21.8 perplexity on One Billion Word.",
      [xt(4, "Ours - Transformer-XL Base", "PPL", "23.5")], "23.5; 21.8 is the Large model's", per=V1NF)
claim(P, 3, "table-cell", PART, "Transformer-XL Base has 0.46B parameters and took two days to train on 16 TPUs.",
      [xt(4, "Ours - Transformer-XL Base", "#Param", "0.46B")], "the size is Table 4's; no training time anywhere", per=V1NF)
claim(P, 3, "table-cell", SUP, "AWD-LSTM with finetuning reaches 57.3 perplexity on Penn Treebank.",
      [xt(5, "Merity et al. (2017) - AWD-LSTM+Finetune", "PPL", "57.3")], "Table 5", per=V1NF)
claim(P, 3, "table-cell", CON, "AWD-LSTM without finetuning reaches 57.3 perplexity on Penn Treebank.",
      [xt(5, "Merity et al. (2017) - AWD-LSTM", "PPL", "58.8")], "58.8; 57.3 is the finetuned row", per=V1NF)
claim(P, 3, "table-cell", PART, "Without recurrence the ablation model scores 27.1 perplexity, and 31.2 without relative encodings.",
      [xt(7, "Without recurrence", "PPL", "27.1")], "27.1 stated; no 'without relative encodings' row", per=V1NF)

# table-computed
claim(P, 3, "table-computed", SUP, "On WikiText-103, Transformer-XL Large improves on Transformer-XL Standard by 5.7 perplexity points.",
      [xt(1, "Ours - Transformer-XL Standard", "PPL", "24.0"), xt(1, "Ours - Transformer-XL Large", "PPL", "18.3")],
      "24.0 - 18.3 = 5.7", per=V1NF)
claim(P, 3, "table-computed", CON, "On WikiText-103, Transformer-XL Large improves on Transformer-XL Standard by 6.7 perplexity points.",
      [xt(1, "Ours - Transformer-XL Standard", "PPL", "24.0"), xt(1, "Ours - Transformer-XL Large", "PPL", "18.3")],
      "24.0 - 18.3 = 5.7, not 6.7", per=V1NF)
claim(P, 3, "table-computed", SUP, "The worst perplexity in the WikiText-103 table is the LSTM of Grave et al. at 48.7.",
      [xt(1, "Grave et al. (2016b) - LSTM", "PPL", "48.7"), xt(1, "Bai et al. (2018) - TCN", "PPL", "45.2")],
      "max of the column: 48.7", per=V1NF)
claim(P, 3, "table-computed", CON, "Among the enwik8 baselines, cmix v13 has the lowest bpc.",
      [xt(2, "Knol (2017) - cmix v13", "bpc", "1.23"), xt(2, "Al-Rfou et al. (2018) - 12L Transformer", "bpc", "1.11")],
      "the 12L Transformer's 1.11 (and the 64L's 1.06) are lower", per=V1NF)
claim(P, 3, "table-computed", SUP, "Going from 12 to 24 layers lowers Transformer-XL's enwik8 bpc by 0.07.",
      [xt(2, "Ours - 12L Transformer-XL", "bpc", "1.06"), xt(2, "Ours - 24L Transformer-XL", "bpc", "0.99")],
      "1.06 - 0.99 = 0.07", per=V1NF)
claim(P, 3, "table-computed", CON, "Going from 12 to 24 layers lowers Transformer-XL's enwik8 bpc by 0.03.",
      [xt(2, "Ours - 12L Transformer-XL", "bpc", "1.06"), xt(2, "Ours - 24L Transformer-XL", "bpc", "0.99")],
      "1.06 - 0.99 = 0.07, not 0.03", per=V1NF)
claim(P, 3, "table-computed", SUP, "The 24-layer Transformer-XL has more than six times the parameters of the 12-layer one.",
      [xt(2, "Ours - 24L Transformer-XL", "#Param", "277M"), xt(2, "Ours - 12L Transformer-XL", "#Param", "41M")],
      "277 / 41 = 6.8", per=V1NF)
claim(P, 3, "table-computed", CON, "The 24-layer Transformer-XL has about three times the parameters of the 12-layer one.",
      [xt(2, "Ours - 24L Transformer-XL", "#Param", "277M"), xt(2, "Ours - 12L Transformer-XL", "#Param", "41M")],
      "277 / 41 = 6.8, not about 3", per=V1NF)
claim(P, 3, "table-computed", SUP, "On text8, Transformer-XL is 0.05 bpc better than the best prior result in the table.",
      [xt(3, "Ours - 24L Transformer-XL", "bpc", "1.08"), xt(3, "Al-Rfou et al. (2018) - 64L Transformer", "bpc", "1.13")],
      "1.13 - 1.08 = 0.05", per=V1NF)
claim(P, 3, "table-computed", SUP, "The two Transformer-XL models on One Billion Word average 22.65 perplexity.",
      [xt(4, "Ours - Transformer-XL Base", "PPL", "23.5"), xt(4, "Ours - Transformer-XL Large", "PPL", "21.8")],
      "(23.5 + 21.8) / 2 = 22.65", per=V1NF)
claim(P, 3, "table-computed", CON, "The two MoE models of Table 4 average 30.5 perplexity on One Billion Word.",
      [xt(4, "Shazeer et al. (2017) - Low-Budget MoE", "PPL", "34.1"), xt(4, "Shazeer et al. (2017) - High-Budget MoE", "PPL", "28.0")],
      "(34.1 + 28.0) / 2 = 31.05, not 30.5", per=V1NF)
claim(P, 3, "table-computed", SUP, "The lowest Penn Treebank perplexity in Table 5 belongs to a two-step finetuned model, MoS+Finetune.",
      [xt(5, "Yang et al. (2017) - MoS+Finetune", "PPL", "54.44"), xt(5, "Ours - Transformer-XL", "PPL", "54.52")],
      "min of the column: 54.44", per=V1NF)
claim(P, 3, "table-computed", CON, "Removing recurrence costs 0.5 perplexity points in the One Billion Word ablation.",
      [xt(7, "Ours", "PPL", "25.2"), xt(7, "Without recurrence", "PPL", "27.1")], "27.1 - 25.2 = 1.9, not 0.5", per=V1NF)

# two-sentences
claim(P, 3, "two-sentences", SUP,
      "WikiText-103 is the largest word-level benchmark with long-term dependency, with 103M training tokens from 28K articles.",
      [S(X_WT103), S(X_103M)], "two adjacent sentences", per=V1NF)
claim(P, 3, "two-sentences", CON,
      "WikiText-103 is the smallest word-level benchmark with long-term dependency, with 103M training tokens.",
      [S(X_WT103), S(X_103M)], "'the largest available'", per=V1NF)
claim(P, 3, "two-sentences", SUP,
      "One Billion Word's sentences are shuffled, so the dataset mainly tests short-term dependency.",
      [S(X_SHUFFLE), S(X_SHORTTERM)], "two adjacent sentences", per=V1NF)
claim(P, 3, "two-sentences", CON,
      "One Billion Word's sentences are shuffled, so the dataset mainly tests long-term dependency.",
      [S(X_SHUFFLE), S(X_SHORTTERM)], "short-term, not long-term", per=V1NF)
claim(P, 3, "two-sentences", PART,
      "The ablation trains a 20-layer Transformer-XL for 400K steps on One Billion Word with a batch size of 512.",
      [S(X_03B)], "the model and steps stated; no batch size anywhere", per=V1NF)
claim(P, 3, "two-sentences", SUP,
      "Transformer-XL models dependency of 900 words on average at r = 0.1, an RECL 80% longer than recurrent networks.",
      [S(X_900), S(X_RECL)], "two adjacent sentences", per=V1NF)
claim(P, 3, "two-sentences", SUP,
      "The authors name the problem context fragmentation: the model lacks the context to predict the first few symbols well.",
      [S(X_LACKS), S(X_CONTEXT)], "two adjacent sentences", per=V1NF)

# version-drift
claim(P, 3, "version-drift", SUP, X_GEN, [S(X_GEN)], "v3's abstract; v1's abstract has no generated-text sentence",
      per=V1NF)
claim(P, 1, "version-drift", SUP,
      "Transformer-XL improved the text8 state of the art from 1.13 to 1.08 bpc.",
      [S(X_SOTA1), xt(3, "Al-Rfou et al. (2018) - 64L Transformer", "bpc", "1.13") | {"version": 3},
       xt(3, "Ours - 24L Transformer-XL", "bpc", "1.08") | {"version": 3}],
      "v1's abstract; v3's Table 3 (1.13 -> 1.08)", per={3: SUP})
claim(P, 1, "version-drift", SUP, "Transformer-XL learns dependency about 80% longer than RNNs.",
      [S(X_80_1), S(X_80_3, 3)], "v1: 'about 80%'; v3: '80%'", per={3: SUP})
claim(P, 3, "version-drift", SUP,
      "Transformer-XL improves the state of the art to 18.3 on WikiText-103 and generates coherent articles of thousands of tokens when trained only on it.",
      [S(X_SOTA3), S(X_GEN), S(X_SOTA1, 1)], "v3 states both (abstract); v1 has the 18.3 but not the generated text",
      per={1: PART})
claim(P, 3, "version-drift", SUP, "Transformer-XL is the first self-attention model to substantially beat RNNs at both character and word level.",
      [S(X_FIRST)], "v3's introduction; v1 is the abstract alone", per=V1NF)
claim(P, 1, "version-drift", CON, "Transformer-XL improved Penn Treebank perplexity from 55.3 to 45.5.",
      [S(X_SOTA1), S(X_SOTA3, 3)], "54.5, not 45.5 (both versions)", per={3: CON})

# absent
claim(P, 3, "absent", NF, "Transformer-XL's relative positional encodings were first proposed for music generation by the authors.", [],
      "no such claim")
claim(P, 3, "absent", NF, "Transformer-XL was trained on 64 TPU v3 cores for the enwik8 experiments.", [],
      "no hardware anywhere")
claim(P, 3, "absent", NF, "Transformer-XL reaches 2.3 perplexity on LAMBADA.", [], "no LAMBADA result")
claim(P, 3, "absent", NF, "The Transformer-XL Large model on WikiText-103 uses 18 layers and 16 attention heads.", [],
      "no architecture sizes for WikiText-103 in the corpus text")
claim(P, 3, "absent", SUP, "The authors envision applications of Transformer-XL in image and speech modeling.",
      [S(X_ENVISION)], "the last sentence", per=V1NF)
claim(P, 3, "absent", SUP, "The code of Transformer-XL is at github.com/kimiyoung/transformer-xl.",
      [S(X_URL)], "the abstract's footnote", per=V1NF)

# ---------------------------------------------------------------------------------------
# 1905.11946 -- EfficientNet. v1: abstract, introduction, sections 2-7 in part, Tables 1-4, 6,
# 7 (accuracy: higher is better; FLOPS, parameters, latency: lower is better). v5: abstract
# alone, with 84.3% top-1 and no top-5 figure.
P = "1905.11946"
E_B7_1 = "In particular, our EfficientNet-B7 achieves state-of-the-art 84.4% top-1/97.1% top-5 accuracy on ImageNet, while being 8.4x smaller and 6.1x faster on inference than the best existing ConvNet."
E_B7_5 = "In particular, our EfficientNet-B7 achieves state-of-the-art 84.3% top-1 accuracy on ImageNet, while being 8.4x smaller and 6.1x faster on inference than the best existing ConvNet."
E_SMALLER = "while being 8.4x smaller and 6.1x faster on inference than the best existing ConvNet"
E_TRANSFER = "Our EfficientNets also transfer well and achieve state-of-the-art accuracy on CIFAR-100 (91.7%), Flowers (98.8%), and 3 other transfer learning datasets, with an order of magnitude fewer parameters."
E_BALANCE = "In this paper, we systematically study model scaling and identify that carefully balancing network depth, width, and resolution can lead to better performance."
E_UNIFORM = "we propose a new scaling method that uniformly scales all dimensions of depth/width/resolution using a simple yet highly effective compound coefficient"
E_MOBILE = "We demonstrate the effectiveness of this method on scaling up MobileNets and ResNet."
E_NAS = "To go even further, we use neural architecture search to design a new baseline network and scale it up to obtain a family of models, called EfficientNets, which achieve much better accuracy and efficiency than previous ConvNets."
E_GPIPE_INTRO = "GPipe (Huang et al., 2018) achieved 84.3% ImageNet top-1 accuracy by scaling up a baseline model four time larger"
E_NEVER = "However, the process of scaling up ConvNets has never been well understood and there are currently many ways to do it."
E_COMMON = "The most common way is to scale up ConvNets by their depth (He et al., 2016) or width (Zagoruyko and Komodakis, 2016)."
E_LESS = "Another less common, but increasingly popular, method is to scale up models by image resolution (Huang et al., 2018)."
E_TEDIOUS = "Though it is possible to scale two or three dimensions arbitrarily, arbitrary scaling requires tedious manual tuning and still often yields sub-optimal accuracy and efficiency."
E_FIRSTQ = "we are the first to empirically quantify the relationship among all three dimensions of network width, depth, and resolution"
E_B4 = "Compared to the widely used ResNet (He et al., 2016), our EfficientNet-B4 improves the top-1 accuracy from 76.3% of ResNet-50 to 82.6% with similar FLOPS."
E_5OF8 = "Besides ImageNet, EfficientNets also transfer well and achieve state-of-the-art accuracy on 5 out of 8 widely used datasets, while reducing parameters by up to 21x than existing ConvNets."
E_GOOGLENET = "while the 2014 ImageNet winner GoogleNet (Szegedy et al., 2015) achieves 74.8% top-1 accuracy with about 6.8M parameters, the 2017 ImageNet winner SENet (Hu et al., 2018) achieves 82.7% top-1 accuracy with 145M parameters"
E_557 = "Recently, GPipe (Huang et al., 2018) further pushes the state-of-the-art ImageNet top-1 validation accuracy to 84.3% using 557M parameters: it is so big that it can only be trained with a specialized pipeline parallelism library by partitioning the network and spreading each part to a different accelerator."
E_OBS1 = "Observation 1: Scaling up any dimension of network width, depth, or resolution improves accuracy, but the accuracy gain diminishes for bigger models."
E_OBS2 = "Observation 2: In order to pursue better accuracy and efficiency, it is critical to balance all dimensions of network width, depth, and resolution during ConvNet scaling."
E_FLOPS = "Notably, the FLOPS of a regular convolution op is proportional to d, w^2, r^2, i.e., doubling network depth will double FLOPS, but doubling network width or resolution will increase FLOPS by four times."
E_LATENCY = "Unlike (Tan et al., 2019; Cai et al., 2019), here we optimize FLOPS rather than latency since we are not targeting any specific hardware device."
E_400M = "Since we use the same search space as (Tan et al., 2019), the architecture is similar to MnasNet, except our EfficientNet-B0 is slightly bigger due to the larger FLOPS target (our FLOPS target is 400M)."
E_MBCONV = "Its main building block is mobile inverted bottleneck MBConv (Sandler et al., 2018; Tan et al., 2019), to which we also add squeeze-and-excitation optimization (Hu et al., 2018)."
E_STEP1 = "In step 1, we first fix phi = 1, assuming twice more resources available, and do a small grid search of alpha, beta, gamma."
E_ALPHA = "In particular, we find the best values for EfficientNet-B0 are alpha = 1.2, beta = 1.1, gamma = 1.15."
E_ONCE = "Our method solves this issue by only doing search once on the small baseline network (step 1), and then use the same scaling coefficients for all other models (step 2)."
E_RMSPROP = "RMSProp optimizer with decay 0.9 and momentum 0.9; batch norm momentum 0.99; weight decay 1e-5; initial learning rate 0.256 that decays by 0.97 every 2.4 epochs"
E_SWISH = "We also use swish activation (Ramachandran et al., 2018; Elfwing et al., 2018), fixed AutoAugment policy (Cubuk et al., 2019), and stochastic depth (Huang et al., 2016) with drop connect ratio 0.3."
E_DROPOUT = "As commonly known that bigger models need more regularization, we linearly increase dropout (Srivastava et al., 2014) ratio from 0.2 for EfficientNet-B0 to 0.5 for EfficientNet-B7."
E_66M = "In particular, our EfficientNet-B7 achieves 84.4% top1 / 97.1% top-5 accuracy with 66M parameters and 37B FLOPS, being more accurate but 8.4x smaller than the previous best GPipe (Huang et al., 2018)."
E_B3 = "For example, our EfficientNet-B3 achieves higher accuracy than ResNeXt-101 (Xie et al., 2017) using 18x fewer FLOPS."
E_CHEAPER = "Notably, our EfficientNet models are not only small, but also computational cheaper."
E_20RUNS = "we report average latency over 20 runs"
E_57X = "Our EfficientNet-B1 runs 5.7x faster than the widely used ResNet-152 (He et al., 2016), while EfficientNet-B7 runs about 6.1x faster than GPipe (Huang et al., 2018), suggesting our EfficientNets are indeed fast on real hardware."
E_47X = "our EfficientNet models achieve better accuracy with 4.7x average (up to 21x) parameter reduction"
E_96X = "our EfficientNet models still surpass their accuracy in 5 out of 8 datasets, but using 9.6x fewer parameters"
E_25 = "In general, all scaling methods improve accuracy with the cost of more FLOPS, but our compound scaling method can further improve accuracy, by up to 2.5%, than other single-dimension scaling methods, suggesting the importance of our proposed compound scaling."
E_CAM = "The model with compound scaling tends to focus on more relevant regions with more object details, while other models are either lack of object details or unable to capture all objects in the images."
E_FIVE = "on both ImageNet and five commonly used transfer learning datasets"
E_URL = "Source code is at https://github.com/tensorflow/tpu/tree/master/models/official/efficientnet."

T2C = ["Top-1 Acc.", "Top-5 Acc.", "#Params / count", "#Params / Ratio-to-EfficientNet", "#FLOPS / count",
       "#FLOPS / Ratio-to-EfficientNet"]


def et(table: int, row: str, column: str, value: str) -> dict:
    """A cell of EfficientNet v1's tables."""
    return C(f"Table {table}", row, column, value)


V5NF = {5: NF}

# verbatim
claim(P, 1, "verbatim", SUP, E_B7_1, [S(E_B7_1), S(E_B7_5, 5)], "v1's abstract word for word; v5 has 84.3% and no top-5",
      per={5: CON})
claim(P, 5, "verbatim", SUP, E_B7_5, [S(E_B7_5), S(E_B7_1, 1)], "v5's abstract word for word; v1 has 84.4%", per={1: CON})
claim(P, 1, "verbatim", CON, "Our EfficientNets also transfer well and achieve state-of-the-art accuracy on CIFAR-100 (97.1%), Flowers (98.8%), and 3 other transfer learning datasets, with an order of magnitude fewer parameters.",
      [S(E_TRANSFER)], "CIFAR-100: 91.7%, not 97.1%", per={5: CON})
claim(P, 1, "verbatim", SUP, E_DROPOUT, [S(E_DROPOUT)], "word for word", per=V5NF)
claim(P, 1, "verbatim", CON, "For example, our EfficientNet-B3 achieves higher accuracy than ResNeXt-101 (Xie et al., 2017) using 8x fewer FLOPS.",
      [S(E_B3)], "18x, not 8x", per=V5NF)
claim(P, 1, "verbatim", SUP, "In particular, we find the best values for EfficientNet-B0 are alpha = 1.2, beta = 1.1, gam",
      [S(E_ALPHA)], "cut off mid-word", per=V5NF, truncated=True)
claim(P, 1, "verbatim", CON, "In particular, we find the best values for EfficientNet-B0 are alpha = 1.1, beta = 1.2, gamma = 1.15.",
      [S(E_ALPHA)], "alpha = 1.2, beta = 1.1: swapped", per=V5NF)

# paraphrase
claim(P, 5, "paraphrase", SUP,
      "The paper finds that carefully balancing a network's depth, width and resolution leads to better performance.",
      [S(E_BALANCE)], "light rewording; the sentence is in both abstracts", per={1: SUP})
claim(P, 5, "paraphrase", CON,
      "The paper finds that scaling depth alone, without balancing width and resolution, leads to the best performance.",
      [S(E_BALANCE)], "balancing all three is what leads to better performance", per={1: CON})
claim(P, 1, "paraphrase", SUP, "EfficientNet-B0 optimizes FLOPS rather than latency, as no specific hardware device is targeted.",
      [S(E_LATENCY)], "light rewording", per=V5NF)
claim(P, 1, "paraphrase", CON, "EfficientNet-B0's search optimizes latency on a specific mobile phone rather than FLOPS.",
      [S(E_LATENCY)], "FLOPS rather than latency; no specific device", per=V5NF)
claim(P, 1, "paraphrase", PART,
      "EfficientNet-B0's main building block is the mobile inverted bottleneck MBConv with squeeze-and-excitation, and it uses ReLU6 activations.",
      [S(E_MBCONV)], "MBConv and squeeze-and-excitation stated; ReLU6 nowhere (swish is the activation)", per=V5NF)
claim(P, 1, "paraphrase", SUP,
      "The compound coefficients are searched once on the small baseline and then reused for all larger models.",
      [S(E_ONCE)], "light rewording", per=V5NF)
claim(P, 1, "paraphrase", PART,
      "The EfficientNets are trained with RMSProp, weight decay 1e-5 and label smoothing of 0.1.",
      [S(E_RMSPROP)], "RMSProp and weight decay stated; no label smoothing anywhere", per=V5NF)

# number-format
claim(P, 1, "number-format", SUP, "EfficientNet-B7 reaches above 84 percent top-1 accuracy on ImageNet.",
      [S(E_B7_1), S(E_B7_5, 5)], "84.4% (v1), 84.3% (v5): both above 84", per={5: SUP})
claim(P, 1, "number-format", SUP, "EfficientNet-B0's FLOPS target is 0.4 billion.", [S(E_400M)], "400M = 0.4B", per=V5NF)
claim(P, 1, "number-format", CON, "EfficientNet-B0's FLOPS target is 4 billion.", [S(E_400M)], "400M, not 4B", per=V5NF)
claim(P, 1, "number-format", SUP, "GPipe has 557 million parameters.", [S(E_557)], "557M", per=V5NF)
claim(P, 1, "number-format", CON, "GPipe has 5.57 billion parameters.", [S(E_557)], "557M, not 5.57B", per=V5NF)
claim(P, 1, "number-format", SUP, "EfficientNet-B7 is eight point four times smaller than the best existing ConvNet.",
      [S(E_SMALLER)], "8.4x", per={5: SUP})
claim(P, 1, "number-format", CON, "EfficientNet-B7 is 4.8 times smaller than the best existing ConvNet.",
      [S(E_SMALLER)], "8.4x, not 4.8x", per={5: CON})
claim(P, 1, "number-format", SUP, "The weight decay used for EfficientNet training is 0.00001.", [S(E_RMSPROP)], "1e-5", per=V5NF)
claim(P, 1, "number-format", CON, "The weight decay used for EfficientNet training is 0.0001.", [S(E_RMSPROP)], "1e-5, not 1e-4", per=V5NF)
claim(P, 1, "number-format", SUP, "Latency is averaged over twenty runs.", [S(E_20RUNS)], "20 runs", per=V5NF)
claim(P, 1, "number-format", SUP, "Birdsnap has about 47 thousand training images and five hundred classes.",
      [et(6, "Birdsnap", "Train Size", "47,386"), et(6, "Birdsnap", "#Classes", "500")], "Table 6", per=V5NF)
claim(P, 1, "number-format", CON, "Food-101 has about 57K training images.", [et(6, "Food-101", "Train Size", "75,750")],
      "75,750 is about 76K, not 57K", per=V5NF)
claim(P, 1, "number-format", SUP, "SENet, the 2017 ImageNet winner, reached 82.7% top-1 accuracy with about 145 million parameters.",
      [S(E_GOOGLENET)], "145M", per=V5NF)
claim(P, 1, "number-format", CON, "GoogleNet, the 2014 winner, reached 74.8% top-1 accuracy with about 68 million parameters.",
      [S(E_GOOGLENET)], "about 6.8M, not 68M", per=V5NF)
claim(P, 1, "number-format", SUP, "Dropout rises from one fifth for B0 to one half for B7.", [S(E_DROPOUT)], "0.2 and 0.5", per=V5NF)

# sign-direction
claim(P, 1, "sign-direction", SUP, "EfficientNet-B4 raises ResNet-50's top-1 accuracy from 76.3% to 82.6% at similar FLOPS.",
      [S(E_B4)], "improves from 76.3% to 82.6%", per=V5NF)
claim(P, 1, "sign-direction", CON, "EfficientNet-B4 lowers top-1 accuracy relative to ResNet-50, from 82.6% to 76.3%.",
      [S(E_B4)], "an improvement from 76.3% to 82.6%", per=V5NF)
claim(P, 1, "sign-direction", SUP, "In Table 3, the compound-scaled ResNet-50 (78.8%) is above the depth-scaled one (78.1%).",
      [et(3, "ResNet-50 compound scale", "Top-1 Acc.", "78.8%"), et(3, "Scale ResNet-50 by depth (d=4)", "Top-1 Acc.", "78.1%")],
      "78.8 > 78.1", per=V5NF)
claim(P, 1, "sign-direction", CON, "Scaling MobileNetV1 by resolution (r=2) yields higher top-1 accuracy than scaling it by width (w=2).",
      [et(3, "Scale MobileNetV1 by resolution (r=2)", "Top-1 Acc.", "72.7%"), et(3, "Scale MobileNetV1 by width (w=2)", "Top-1 Acc.", "74.2%")],
      "72.7 < 74.2", per=V5NF)
claim(P, 1, "sign-direction", SUP, "EfficientNet-B1's latency (0.098s) is far below ResNet-152's (0.554s).",
      [et(4, "EfficientNet-B1", "Latency", "0.098s"), et(4, "ResNet-152", "Latency", "0.554s")], "0.098 < 0.554", per=V5NF)
claim(P, 1, "sign-direction", CON, "EfficientNet-B7's CPU latency is higher than GPipe's.",
      [et(4, "EfficientNet-B7", "Latency", "3.1s"), et(4, "GPipe", "Latency", "19.0s")], "3.1s < 19.0s", per=V5NF)
claim(P, 1, "sign-direction", SUP, "Doubling network width multiplies the FLOPS of a convolution by four.",
      [S(E_FLOPS)], "stated", per=V5NF)
claim(P, 1, "sign-direction", CON, "Doubling network depth multiplies the FLOPS of a convolution by four.",
      [S(E_FLOPS)], "doubling depth doubles FLOPS", per=V5NF)
claim(P, 1, "sign-direction", SUP, "In Table 2, PolyNet's top-1 accuracy (81.3%) is above EfficientNet-B3's (81.1%).",
      [et(2, "PolyNet", "Top-1 Acc.", "81.3%"), et(2, "EfficientNet-B3", "Top-1 Acc.", "81.1%")], "81.3 > 81.1", per=V5NF)
claim(P, 1, "sign-direction", CON, "In Table 2, ResNeXt-101's top-1 accuracy (80.9%) is above EfficientNet-B3's.",
      [et(2, "ResNeXt-101", "Top-1 Acc.", "80.9%"), et(2, "EfficientNet-B3", "Top-1 Acc.", "81.1%")], "80.9 < 81.1", per=V5NF)

# polarity
claim(P, 1, "polarity", CON, "The process of scaling up ConvNets has long been well understood.", [S(E_NEVER)],
      "'has never been well understood'", per=V5NF)
claim(P, 1, "polarity", SUP, "The process of scaling up ConvNets has never been well understood.", [S(E_NEVER)],
      "kept", per=V5NF)
claim(P, 1, "polarity", CON, "Scaling up models by image resolution is the most common way of scaling ConvNets.",
      [S(E_LESS), S(E_COMMON)], "resolution scaling is the less common way", per=V5NF)
claim(P, 1, "polarity", CON, "Arbitrary scaling of two or three dimensions needs no manual tuning and yields optimal accuracy.",
      [S(E_TEDIOUS)], "tedious manual tuning, sub-optimal accuracy", per=V5NF)
claim(P, 1, "polarity", SUP, "Arbitrary multi-dimension scaling requires tedious manual tuning and often gives sub-optimal efficiency.",
      [S(E_TEDIOUS)], "kept", per=V5NF)
claim(P, 1, "polarity", CON, "According to Observation 1, the accuracy gain from scaling one dimension grows for bigger models.",
      [S(E_OBS1)], "it diminishes", per=V5NF)
claim(P, 1, "polarity", CON, "The authors say balancing width, depth and resolution is unimportant when scaling ConvNets.",
      [S(E_OBS2)], "'it is critical to balance all dimensions'", per=V5NF)
claim(P, 1, "polarity", CON, "EfficientNet models are small but computationally more expensive than other ConvNets.",
      [S(E_CHEAPER)], "'also computational cheaper'", per=V5NF)
claim(P, 1, "polarity", SUP, "EfficientNet models are both small and computationally cheaper.", [S(E_CHEAPER)], "kept", per=V5NF)
claim(P, 1, "polarity", CON, "Models scaled with other methods focus on more relevant regions with more object details than the compound-scaled one.",
      [S(E_CAM)], "the compound-scaled model does", per=V5NF)

# entity-swap
claim(P, 5, "entity-swap", SUP, "The scaling method is demonstrated on ResNet and MobileNets.", [S(E_MOBILE)],
      "the same two in another order; in both abstracts", per={1: SUP})
claim(P, 5, "entity-swap", PART, "The scaling method is demonstrated on MobileNets, ResNet and DenseNet.", [S(E_MOBILE)],
      "DenseNet is not named", per={1: PART})
claim(P, 1, "entity-swap", SUP, "EfficientNets reach state-of-the-art accuracy on Flowers and CIFAR-100 among other transfer datasets.",
      [S(E_TRANSFER)], "the same two in another order", per={5: SUP})
claim(P, 1, "entity-swap", PART, "EfficientNet training uses swish activation, AutoAugment, stochastic depth and mixup.",
      [S(E_SWISH)], "mixup is not named", per=V5NF)
claim(P, 1, "entity-swap", PART, "EfficientNet's transfer training settings are borrowed from Kornblith et al. (2019), Huang et al. (2018) and Touvron et al. (2019).",
      [S("We borrow the same training settings from (Kornblith et al., 2019) and (Huang et al., 2018)")],
      "Touvron et al. is not named", per=V5NF)
claim(P, 1, "entity-swap", SUP, "Conventional scaling picks one of image size, width or depth.",
      [S("In previous work, it is common to scale only one of the three dimensions: depth, width, and image size.")],
      "the same three in another order", per=V5NF)
claim(P, 1, "entity-swap", PART, "EfficientNets are compared with NASNet-A, Inception-v4 and ViT on transfer learning.",
      [S("Compared to public available models, such as NASNet-A (Zoph et al., 2018) and Inception-v4 (Szegedy et al., 2017), " + E_47X)], "ViT is not named (NASNet-A and Inception-v4 are)", per=V5NF)

# table-cell
claim(P, 1, "table-cell", SUP, "EfficientNet-B3 has 12M parameters and 1.8B FLOPS.",
      [et(2, "EfficientNet-B3", "#Params / count", "12M"), et(2, "EfficientNet-B3", "#FLOPS / count", "1.8B")], "Table 2", per=V5NF)
claim(P, 1, "table-cell", CON, "EfficientNet-B5 reaches 83.5% top-1 accuracy on ImageNet.",
      [et(2, "EfficientNet-B5", "Top-1 Acc.", "83.3%")], "83.3%; 83.5% is AmoebaNet-C's", per=V5NF)
claim(P, 1, "table-cell", SUP, "ResNet-152 has 60M parameters, 7.6 times those of EfficientNet-B1.",
      [et(2, "ResNet-152", "#Params / count", "60M"), et(2, "ResNet-152", "#Params / Ratio-to-EfficientNet", "7.6x")], "Table 2", per=V5NF)
claim(P, 1, "table-cell", CON, "SENet needs 4.7 times the parameters of EfficientNet-B4.",
      [et(2, "SENet", "#Params / Ratio-to-EfficientNet", "7.7x")], "7.7x; 4.7x is NASNet-A's", per=V5NF)
claim(P, 1, "table-cell", SUP, "EfficientNet-B6 reaches 96.9% top-5 accuracy.", [et(2, "EfficientNet-B6", "Top-5 Acc.", "96.9%")],
      "Table 2", per=V5NF)
claim(P, 1, "table-cell", PART, "EfficientNet-B6 reaches 84.0% top-1 accuracy and runs at 0.9s on a CPU.",
      [et(2, "EfficientNet-B6", "Top-1 Acc.", "84.0%")], "the accuracy stated; no B6 latency anywhere", per=V5NF)
claim(P, 1, "table-cell", SUP, "Scaling MobileNetV2 by depth (d=4) gives 76.8% top-1 at 1.2B FLOPS.",
      [et(3, "Scale MobileNetV2 by depth (d=4)", "Top-1 Acc.", "76.8%"), et(3, "Scale MobileNetV2 by depth (d=4)", "FLOPS", "1.2B")],
      "Table 3", per=V5NF)
claim(P, 1, "table-cell", CON, "Scaling MobileNetV2 by width (w=2) gives 74.8% top-1.",
      [et(3, "Scale MobileNetV2 by width (w=2)", "Top-1 Acc.", "76.4%")], "76.4%; 74.8% is the resolution row", per=V5NF)
claim(P, 1, "table-cell", SUP, "EfficientNet-B0's stage 7 uses MBConv6 with 5x5 kernels, 192 channels and 4 layers.",
      [et(1, "7", "Operator", "MBConv6, k5x5"), et(1, "7", "#Channels", "192"), et(1, "7", "#Layers", "4")], "Table 1", per=V5NF)
claim(P, 1, "table-cell", CON, "EfficientNet-B0's final 1x1 convolution stage outputs 320 channels.",
      [et(1, "9", "#Channels", "1280")], "1280; 320 is stage 8's", per=V5NF)
claim(P, 1, "table-cell", SUP, "Stanford Cars has 196 classes and 8,041 test images.",
      [et(6, "Stanford Cars", "#Classes", "196"), et(6, "Stanford Cars", "Test Size", "8,041")], "Table 6", per=V5NF)
claim(P, 1, "table-cell", PART, "Oxford-IIIT Pets has 37 classes, and EfficientNet-B6 reaches 95.4% accuracy on it.",
      [et(6, "Oxford-IIIT Pets", "#Classes", "37")], "37 classes stated; Table 5's accuracies are not in the corpus", per=V5NF)
claim(P, 1, "table-cell", CON, "In Table 7, scaling the baseline by width (w=2) gives 79.1% top-1.",
      [et(7, "Scale model by width (w=2)", "Top-1 Acc.", "78.9%")], "78.9%; 79.1% is the resolution row", per=V5NF)

# table-computed
claim(P, 1, "table-computed", SUP, "In Table 3, compound scaling of ResNet-50 gains 2.8 points of top-1 accuracy over the baseline.",
      [et(3, "Baseline ResNet-50", "Top-1 Acc.", "76.0%"), et(3, "ResNet-50 compound scale", "Top-1 Acc.", "78.8%")],
      "78.8 - 76.0 = 2.8", per=V5NF)
claim(P, 1, "table-computed", CON, "In Table 3, compound scaling of MobileNetV1 gains 3.6 points over its baseline.",
      [et(3, "Baseline MobileNetV1", "Top-1 Acc.", "70.6%"), et(3, "compound scale (d=1.4, w=1.2, r=1.3)", "Top-1 Acc.", "75.6%")],
      "75.6 - 70.6 = 5.0, not 3.6", per=V5NF)
claim(P, 1, "table-computed", SUP, "Among the single-dimension scalings in Table 7, resolution scaling gives the highest top-1 accuracy.",
      [et(7, "Scale model by resolution (r=2)", "Top-1 Acc.", "79.1%"), et(7, "Scale model by depth (d=4)", "Top-1 Acc.", "79.0%"),
       et(7, "Scale model by width (w=2)", "Top-1 Acc.", "78.9%")], "79.1 > 79.0 > 78.9", per=V5NF)
claim(P, 1, "table-computed", CON, "Among the single-dimension scalings in Table 7, width scaling gives the highest top-1 accuracy.",
      [et(7, "Scale model by width (w=2)", "Top-1 Acc.", "78.9%"), et(7, "Scale model by resolution (r=2)", "Top-1 Acc.", "79.1%")],
      "width's 78.9 is the lowest of the three", per=V5NF)
claim(P, 1, "table-computed", SUP, "Compound scaling in Table 7 beats the best single-dimension scaling by 2.0 points.",
      [et(7, "Compound Scale (d=1.4, w=1.2, r=1.3)", "Top-1 Acc.", "81.1%"), et(7, "Scale model by resolution (r=2)", "Top-1 Acc.", "79.1%")],
      "81.1 - 79.1 = 2.0", per=V5NF)
claim(P, 1, "table-computed", SUP, "EfficientNet-B7 is 0.1 points more accurate (top-1) than GPipe in Table 2.",
      [et(2, "EfficientNet-B7", "Top-1 Acc.", "84.4%"), et(2, "GPipe", "Top-1 Acc.", "84.3%")], "84.4 - 84.3 = 0.1", per=V5NF)
claim(P, 1, "table-computed", CON, "EfficientNet-B7 is 1.1 points more accurate (top-1) than GPipe in Table 2.",
      [et(2, "EfficientNet-B7", "Top-1 Acc.", "84.4%"), et(2, "GPipe", "Top-1 Acc.", "84.3%")], "84.4 - 84.3 = 0.1, not 1.1", per=V5NF)
claim(P, 1, "table-computed", SUP, "GPipe is about six times slower than EfficientNet-B7 on the CPU.",
      [et(4, "GPipe", "Latency", "19.0s"), et(4, "EfficientNet-B7", "Latency", "3.1s")], "19.0 / 3.1 = 6.1", per=V5NF)
claim(P, 1, "table-computed", CON, "ResNet-152 is about ten times slower than EfficientNet-B1 on the CPU.",
      [et(4, "ResNet-152", "Latency", "0.554s"), et(4, "EfficientNet-B1", "Latency", "0.098s")], "0.554 / 0.098 = 5.7, not about 10", per=V5NF)
claim(P, 1, "table-computed", SUP, "The largest training set among the transfer datasets is Food-101's.",
      [et(6, "Food-101", "Train Size", "75,750"), et(6, "CIFAR-10", "Train Size", "50,000")], "max of the column: 75,750", per=V5NF)
claim(P, 1, "table-computed", CON, "The smallest training set among the transfer datasets is Oxford-IIIT Pets'.",
      [et(6, "Flowers", "Train Size", "2,040"), et(6, "Oxford-IIIT Pets", "Train Size", "3,680")], "Flowers' 2,040 is smaller", per=V5NF)
claim(P, 1, "table-computed", SUP, "The eight EfficientNet models B0-B7 span 5.3M to 66M parameters.",
      [et(2, "EfficientNet-B0", "#Params / count", "5.3M"), et(2, "EfficientNet-B7", "#Params / count", "66M")], "min 5.3M, max 66M", per=V5NF)
claim(P, 1, "table-computed", SUP, "EfficientNet-B0 through B7 gain 8.1 points of top-1 accuracy in total.",
      [et(2, "EfficientNet-B0", "Top-1 Acc.", "76.3%"), et(2, "EfficientNet-B7", "Top-1 Acc.", "84.4%")], "84.4 - 76.3 = 8.1", per=V5NF)
claim(P, 1, "table-computed", CON, "In Table 2, NASNet-A needs fewer FLOPS than AmoebaNet-A.",
      [et(2, "NASNet-A", "#FLOPS / count", "24B"), et(2, "AmoebaNet-A", "#FLOPS / count", "23B")], "24B > 23B", per=V5NF)

# two-sentences
claim(P, 1, "two-sentences", SUP,
      "Observation 1 says scaling any single dimension improves accuracy with diminishing gains, and Observation 2 says balancing all dimensions is critical.",
      [S(E_OBS1), S(E_OBS2)], "two adjacent paragraphs of the same section", per=V5NF)
claim(P, 1, "two-sentences", SUP,
      "In step 1 the authors fix phi = 1 and grid-search, finding alpha = 1.2, beta = 1.1 and gamma = 1.15 for EfficientNet-B0.",
      [S(E_STEP1), S(E_ALPHA)], "two adjacent sentences", per=V5NF)
claim(P, 1, "two-sentences", CON,
      "In step 1 the authors fix phi = 2 and grid-search, finding alpha = 1.2, beta = 1.1 and gamma = 1.15.",
      [S(E_STEP1), S(E_ALPHA)], "phi = 1, not 2", per=V5NF)
claim(P, 1, "two-sentences", PART,
      "EfficientNet-B7 reaches 84.4% top-1 with 66M parameters, and training it took 3 days on 512 TPU cores.",
      [S(E_66M)], "the accuracy and size stated; no training cost anywhere", per=V5NF)
claim(P, 1, "two-sentences", SUP,
      "EfficientNets are computationally cheaper as well as small: B3 beats ResNeXt-101 with 18x fewer FLOPS.",
      [S(E_CHEAPER), S(E_B3)], "two adjacent sentences", per=V5NF)
claim(P, 1, "sign-direction", CON,
      "EfficientNet-B1 runs 5.7x faster than ResNet-152, while EfficientNet-B7 runs about 6.1x slower than GPipe.",
      [S(E_57X)], "6.1x faster, not slower", per=V5NF)
claim(P, 1, "two-sentences", PART,
      "EfficientNets beat state-of-the-art models on 5 of 8 transfer datasets with 9.6x fewer parameters, and the transfer runs used a batch size of 512.",
      [S(E_96X)], "5 of 8 stated; no batch size anywhere", per=V5NF)

# version-drift
claim(P, 5, "version-drift", SUP, "EfficientNet-B7 achieves 84.3% top-1 accuracy on ImageNet.", [S(E_B7_5), S(E_B7_1, 1)],
      "v5: 84.3%; v1: 84.4% (84.3% is GPipe's there)", per={1: CON})
claim(P, 1, "version-drift", SUP, "EfficientNet-B7 achieves 97.1% top-5 accuracy on ImageNet.", [S(E_B7_1)],
      "v1 only: v5 gives no top-5 figure", per=V5NF)
claim(P, 1, "version-drift", CON, "EfficientNet-B7 achieves 84.4% top-1 and 97.3% top-5 accuracy on ImageNet.",
      [S(E_B7_1), S(E_B7_5, 5)], "v1: 97.1% top-5; v5: 84.3% top-1 (and no top-5)", per={5: CON})
claim(P, 5, "version-drift", SUP, "EfficientNet-B7 is 8.4x smaller and 6.1x faster at inference than the best existing ConvNet.",
      [S(E_SMALLER)], "the same in both abstracts", per={1: SUP})
claim(P, 5, "version-drift", PART, "EfficientNet-B7 reaches 84.3% top-1 accuracy with 66M parameters.",
      [S(E_B7_5), S(E_66M, 1)], "v5: the accuracy, but no parameter count; v1: 66M with 84.4%",
      per={1: CON})
claim(P, 1, "version-drift", SUP, "EfficientNet-B4 improves ResNet-50's top-1 accuracy from 76.3% to 82.6%.",
      [S(E_B4)], "v1's introduction; v5 is the abstract alone", per=V5NF)

# absent
claim(P, 1, "absent", NF, "EfficientNet-B7 was trained with a batch size of 4096 on TPUv3 pods.", [], "no batch size or hardware")
claim(P, 1, "absent", NF, "EfficientNet-B0 runs at 24 ms on a Pixel phone.", [], "no mobile latency anywhere")
claim(P, 1, "absent", NF, "EfficientNet-B7 uses an input resolution of 600x600.", [], "no B7 resolution in the corpus text")
claim(P, 1, "absent", NF, "EfficientNet-B7 reaches 98.9% accuracy on CIFAR-10.", [],
      "Table 5 is not in the corpus; 98.9% appears nowhere", per={5: NF})
claim(P, 1, "absent", SUP, "EfficientNets surpass state-of-the-art accuracy on ImageNet and five commonly used transfer learning datasets.",
      [S(E_FIVE)], "the conclusion's last sentence", per=V5NF)
claim(P, 5, "absent", SUP, "EfficientNet's source code is at github.com/tensorflow/tpu under models/official/efficientnet.",
      [S(E_URL)], "the abstract's last sentence (both versions)", per={1: SUP})

# ---------------------------------------------------------------------------------------
# 2004.05150 -- Longformer v2: abstract (with LED), introduction, char-LM results with Tables
# 2-4 (BPC: lower is better), pretraining with Table 5, tasks with Tables 6-7 (accuracy / F1:
# higher is better).
P = "2004.05150"
L_QUAD = "Transformer-based models are unable to process long sequences due to their self-attention operation, which scales quadratically with the sequence length."
L_LINEAR = "To address this limitation, we introduce the Longformer with an attention mechanism that scales linearly with sequence length, making it easy to process documents of thousands of tokens or longer."
L_DROPIN = "Longformer's attention mechanism is a drop-in replacement for the standard self-attention and combines a local windowed attention with a task motivated global attention."
L_CHAR = "Following prior work on long-sequence transformers, we evaluate Longformer on character-level language modeling and achieve state-of-the-art results on text8 and enwik8."
L_PRETRAIN = "In contrast to most prior work, we also pretrain Longformer and finetune it on a variety of downstream tasks."
L_WIKIHOP = "Our pretrained Longformer consistently outperforms RoBERTa on long document tasks and sets new state-of-the-art results on WikiHop and TriviaQA."
L_LED = "We finally introduce the Longformer-Encoder-Decoder (LED), a Longformer variant for supporting long document generative sequence-to-sequence tasks, and demonstrate its effectiveness on the arXiv summarization dataset."
L_URL = "https://github.com/allenai/longformer"
L_512 = "where existing approaches partition or shorten the long context into smaller sequences that fall within the typical 512 token limit of BERT-style pretrained models"
L_ESSENTIAL = "Through ablations and controlled trials we show both attention types are essential: the local attention is primarily used to build contextual representations, while the global attention allows Longformer to build full sequence representations for prediction."
L_32K = "allowing the model to process sequences of up to 32K characters on modern GPUs"
L_ROBERTA = "we pretrain it with the masked language modeling (MLM) objective, continuing from the RoBERTa (Liu et al., 2019) released checkpoint"
L_TWO = "achieving state-of-the-art results on two of these datasets"
L_PHASES = "We train the model over 5 total phases with starting sequence length of 2,048 and ending sequence length of 23,040 on the last phase."
L_EVAL = "We evaluate with sequences of length 32,256."
L_110 = "We achieve a new state-of-the-art on both text8 and enwik8 using the small models with BPC of 1.10 and 1.00 on text8 and enwik8 respectively, demonstrating the effectiveness of our model."
L_LARGE = "For large models, given how expensive these experiments are, and following recent work (Kitaev et al., 2020; Rae et al., 2020), we are only evaluating on enwik8."
L_T3 = "Table 3 shows that Longformer outperforms the comparable Transformer-XL model, matches the performance of the comparable Sparse Transformer (Child et al., 2019), and matches or slightly underperforms recent models that have more than twice the number of parameters."
L_WINDOW = "We observe that increasing the window size from the bottom to the top layer leads to the best performance, arranging them in the reverse way leads to worse performance, and using a fixed window size (the average of window sizes of the other configuration) leads to a performance that it is in between."
L_DILATION = "Adding some dilation to two heads leads to some improvement compared with no dilation at all."
L_SIX = "To do so, we pretrained Longformer on a document corpus and finetune it for six tasks, including classification, QA and coreference resolution."
L_4096 = "The resulting model can process sequences up to 4,096 tokens long (8 times longer than BERT)."
L_16K = "Sequences up to 16K are possible on current GPUs."
L_W512 = "We use sliding window attention with window size of 512, therefore using the same amount of computation as RoBERTa."
L_65K = "Both models are trained for 65K gradient updates with sequences length 4,096, batch size 64 (2^18 tokens), maximum learning rate of 3e-5, linear warmup of 500 steps, followed by a power 3 polynomial decay."
L_1846 = "The first row shows a 1.846 BPC using RoBERTa-base, which is comparable to the 1.880 BPC reported on the RoBERTa paper on their corpus."
L_DIST = "This indicates our training corpus is from a distribution close to that used to train RoBERTa."
L_2K = "Training for 2K steps improves BPC from 1.957 to 1.753, which further decreases to 1.705 after 65K steps, demonstrating the model is learning to better utilize the sliding window attention and longer context."
L_FROZEN = "We also pretrained Longformer while freezing all RoBERTa weights, and only training the new position embeddings."
L_MOTIV = "The motivation for this configuration is to perfectly preserve the RoBERTa performance on short documents."
L_1850 = "This configuration has a BPC of 1.850 (down from 1.957 at initialization), but higher than 1.705 where all the weights are trainable."
L_CONTEXTS = "Table 6 shows the evaluation datasets have contexts significantly longer than 512 wordpieces."
L_BASELINE = "Our baseline is a RoBERTa based model that breaks the context into the longest possible segment, passes each individually through RoBERTa, and concatenates the activations for further processing."
L_HOTPOT = "HotpotQA is a multihop QA dataset that involves extracting answer spans and evidence sentences from 10 Wikipedia paragraphs, 2 of which are relevant and the rest are distractors."

T7 = "Table 7"


def lt(table: int, row: str, column: str, value: str) -> dict:
    """A cell of Longformer's tables (Table 2 repeats 'Our Longformer' in both dataset groups)."""
    return C(f"Table {table}", row, column, value)


# verbatim
claim(P, 2, "verbatim", SUP, L_DROPIN, [S(L_DROPIN)], "the abstract word for word")
claim(P, 2, "verbatim", SUP, L_4096, [S(L_4096)], "word for word")
claim(P, 2, "verbatim", CON, "The resulting model can process sequences up to 4,096 tokens long (16 times longer than BERT).",
      [S(L_4096)], "8 times, not 16")
claim(P, 2, "verbatim", CON, "We train the model over 6 total phases with starting sequence length of 2,048 and ending sequence length of 23,040 on the last phase.",
      [S(L_PHASES)], "5 phases, not 6")
claim(P, 2, "verbatim", SUP, "Both models are trained for 65K gradient updates with sequences length 4,096, batch size 64 (2^18 tok",
      [S(L_65K)], "cut off mid-word", truncated=True)
claim(P, 2, "verbatim", CON, "We use sliding window attention with window size of 256, therefore using the same amount of computation as RoBERTa.",
      [S(L_W512)], "window size 512, not 256")

# paraphrase
claim(P, 2, "paraphrase", SUP, "Longformer's attention grows linearly with sequence length, so documents of thousands of tokens are easy to process.",
      [S(L_LINEAR)], "light rewording")
claim(P, 2, "paraphrase", CON, "Longformer's attention grows quadratically with sequence length, like standard self-attention.",
      [S(L_LINEAR), S(L_QUAD)], "linearly, not quadratically")
claim(P, 2, "paraphrase", PART, "Longformer combines local windowed attention with task-motivated global attention and is implemented in JAX.",
      [S(L_DROPIN)], "the attention stated; no JAX implementation anywhere")
claim(P, 2, "paraphrase", SUP, "Longformer pretraining continues from the released RoBERTa checkpoint with a masked language modeling objective.",
      [S(L_ROBERTA)], "light rewording")
claim(P, 2, "paraphrase", SUP, "Freezing all RoBERTa weights and training only the new position embeddings aims to preserve RoBERTa's short-document performance.",
      [S(L_FROZEN), S(L_MOTIV)], "light rewording of two adjacent sentences")
claim(P, 2, "paraphrase", PART, "LED is demonstrated on the arXiv summarization dataset and outperforms BigBird on it.",
      [S(L_LED)], "the arXiv dataset stated; no comparison with BigBird")

# number-format
claim(P, 2, "number-format", SUP, "Longformer can process sequences of about 4K tokens, eight times BERT's limit.", [S(L_4096)],
      "4,096 ~ 4K; 8 times")
claim(P, 2, "number-format", SUP, "Pretraining uses batches of 262,144 tokens.", [S(L_65K)], "2^18 = 262,144")
claim(P, 2, "number-format", CON, "Pretraining uses batches of 131,072 tokens.", [S(L_65K)], "2^18 = 262,144, not 2^17")
claim(P, 2, "number-format", SUP, "The maximum pretraining learning rate is 0.00003.", [S(L_65K)], "3e-5")
claim(P, 2, "number-format", CON, "The maximum pretraining learning rate is 0.0003.", [S(L_65K)], "3e-5, not 3e-4")
claim(P, 2, "number-format", SUP, "Character-level evaluation uses sequences of roughly 32K characters.", [S(L_EVAL)], "32,256 ~ 32K")
claim(P, 2, "number-format", SUP, "Pretraining runs sixty-five thousand gradient updates.", [S(L_65K)], "65K")
claim(P, 2, "number-format", CON, "Pretraining runs 650K gradient updates.", [S(L_65K)], "65K, not 650K")
claim(P, 2, "number-format", SUP, "The last character-LM training phase uses sequences of about 23K characters.", [S(L_PHASES)], "23,040")
claim(P, 2, "number-format", CON, "The first character-LM training phase starts from sequences of 4,096 characters.", [S(L_PHASES)],
      "2,048, not 4,096")
claim(P, 2, "number-format", SUP, "TriviaQA contexts average about 6.6K wordpieces.", [lt(6, "avg.", "TQA", "6,589")], "6,589 ~ 6.6K")
claim(P, 2, "number-format", CON, "HotpotQA contexts average about 1.9K wordpieces.", [lt(6, "avg.", "HQA", "1,316")],
      "average 1,316; 1,889 is the 95th percentile")

# sign-direction
claim(P, 2, "sign-direction", SUP, "Two thousand continued-pretraining steps lower the MLM BPC from 1.957 to 1.753.", [S(L_2K)],
      "improves (lowers) BPC")
claim(P, 2, "sign-direction", CON, "Two thousand continued-pretraining steps raise the MLM BPC from 1.957 to 1.753.", [S(L_2K)],
      "a decrease, not a rise")
claim(P, 2, "sign-direction", SUP, "Longformer-base raises Hyperpartisan F1 from 87.4 to 94.8 over RoBERTa-base.",
      [lt(7, "RoBERTa-base", "Classification / Hyperpartisan", "87.4"), lt(7, "Longformer-base", "Classification / Hyperpartisan", "94.8")],
      "87.4 -> 94.8")
claim(P, 2, "sign-direction", CON, "Longformer-base scores below RoBERTa-base on WikiHop.",
      [lt(7, "Longformer-base", "QA / WikiHop", "75.0"), lt(7, "RoBERTa-base", "QA / WikiHop", "72.4")], "75.0 > 72.4")
claim(P, 2, "sign-direction", SUP, "Decreasing the window size across layers gives a higher dev BPC (1.24) than increasing it (1.21).",
      [lt(4, "Decreasing w (from 512 to 32)", "Dev BPC", "1.24"), lt(4, "Increasing w (from 32 to 512)", "Dev BPC", "1.21")],
      "1.24 > 1.21")
claim(P, 2, "sign-direction", CON, "Adding dilation on two heads raises the dev BPC compared with no dilation.",
      [lt(4, "Dilation on 2 heads", "Dev BPC", "1.20"), lt(4, "No Dilation", "Dev BPC", "1.21")], "1.20 < 1.21: it lowers it")
claim(P, 2, "sign-direction", SUP, "Freezing the RoBERTa weights leaves the BPC at 1.850, above the 1.705 of full training.",
      [S(L_1850)], "higher than 1.705")
claim(P, 2, "sign-direction", CON, "Freezing the RoBERTa weights yields a BPC of 1.850, below the 1.705 of full training.",
      [S(L_1850)], "1.850 is higher than 1.705")
claim(P, 2, "sign-direction", SUP, "Copying position embeddings brings Longformer-large's MLM BPC down from 8.738 to 1.597.",
      [lt(5, "Longformer (seqlen: 4,096)", "large", "8.738"), lt(5, "+ copy position embeddings", "large", "1.597")],
      "8.738 -> 1.597")
claim(P, 2, "sign-direction", CON, "On enwik8, the small Longformer's test BPC (1.00) is above Transformer-XL's (1.06).",
      [lt(2, "Our Longformer", "Test", "1.00"), lt(2, "Transformer-XL (Dai et al., 2019)", "Test", "1.06")], "1.00 < 1.06")

# polarity
claim(P, 2, "polarity", CON, "Transformer-based models can process long sequences easily, since self-attention scales linearly.",
      [S(L_QUAD)], "unable to; self-attention scales quadratically")
claim(P, 2, "polarity", SUP, "Standard Transformer-based models are unable to process long sequences because self-attention scales quadratically.",
      [S(L_QUAD)], "kept")
claim(P, 2, "polarity", CON, "The ablations show that only the local attention is essential; the global attention can be dropped.",
      [S(L_ESSENTIAL)], "both attention types are essential")
claim(P, 2, "polarity", SUP, "Both the local and the global attention types are essential to Longformer.", [S(L_ESSENTIAL)], "kept")
claim(P, 2, "polarity", CON, "Increasing the window size from bottom to top layers gives the worst performance.", [S(L_WINDOW)],
      "the best performance")
claim(P, 2, "polarity", CON, "Adding dilation to two heads hurts compared with no dilation at all.", [S(L_DILATION)],
      "some improvement")
claim(P, 2, "polarity", CON, "The Longformer training corpus comes from a distribution far from RoBERTa's.", [S(L_DIST)],
      "close to")
claim(P, 2, "polarity", SUP, "The evaluation datasets have contexts significantly longer than 512 wordpieces.", [S(L_CONTEXTS)], "kept")
claim(P, 2, "polarity", CON, "The evaluation datasets mostly fit within 512 wordpieces.", [S(L_CONTEXTS)],
      "significantly longer than 512")
claim(P, 2, "polarity", CON, "Longformer consistently underperforms RoBERTa on long document tasks.", [S(L_WIKIHOP)], "outperforms")

# entity-swap
claim(P, 2, "entity-swap", SUP, "Longformer sets new state-of-the-art results on TriviaQA and WikiHop.", [S(L_WIKIHOP)],
      "the same two in another order")
claim(P, 2, "entity-swap", PART, "Longformer sets new state-of-the-art results on WikiHop, TriviaQA and HotpotQA.", [S(L_WIKIHOP)],
      "HotpotQA is not named")
claim(P, 2, "entity-swap", SUP, "Longformer achieves state-of-the-art character-level results on enwik8 and text8.", [S(L_CHAR)],
      "the same two in another order")
claim(P, 2, "entity-swap", PART, "Longformer achieves state-of-the-art character-level results on text8, enwik8 and PG-19.", [S(L_CHAR)],
      "PG-19 is not named")
claim(P, 2, "entity-swap", PART, "Longformer is applied to QA, coreference resolution, classification and named entity recognition.",
      [S("We apply Longformer to multiple long document tasks, including QA, coreference resolution and classification.")],
      "named entity recognition is not named")
claim(P, 2, "entity-swap", SUP, "The finetuning tasks include coreference resolution, QA and classification.", [S(L_SIX)],
      "the same three in another order")

# table-cell
claim(P, 2, "table-cell", SUP, "Longformer-base reaches 75.2 F1 on TriviaQA.", [lt(7, "Longformer-base", "QA / TriviaQA", "75.2")], "Table 7")
claim(P, 2, "table-cell", CON, "Longformer-base reaches 75.0 F1 on TriviaQA.", [lt(7, "Longformer-base", "QA / TriviaQA", "75.2")],
      "75.2; 75.0 is its WikiHop accuracy")
claim(P, 2, "table-cell", SUP, "RoBERTa-base scores 78.4 average F1 on OntoNotes coreference.",
      [lt(7, "RoBERTa-base", "Coref. / OntoNotes", "78.4")], "Table 7")
claim(P, 2, "table-cell", CON, "RoBERTa-base reaches 95.7 accuracy on IMDB.", [lt(7, "RoBERTa-base", "Classification / IMDB", "95.3")],
      "95.3; 95.7 is Longformer-base's")
claim(P, 2, "table-cell", SUP, "On enwik8, the large Longformer has 102M parameters and 0.99 test BPC.",
      [lt(3, "Our Longformer", "#Param", "102M"), lt(3, "Our Longformer", "Test BPC", "0.99")], "Table 3")
claim(P, 2, "table-cell", CON, "The Compressive Transformer reaches 0.98 test BPC on enwik8.",
      [lt(3, "Compressive (Rae et al., 2020)", "Test BPC", "0.97")], "0.97; 0.98 is Adaptive's")
claim(P, 2, "table-cell", SUP, "On text8, the small Longformer has a dev BPC of 1.04.", [lt(2, "Our Longformer", "Dev", "1.04")], "Table 2")
claim(P, 2, "table-cell", CON, "On text8, the Adaptive Span model of Sukhbaatar et al. scores 1.02 test BPC.",
      [lt(2, "Adaptive (Sukhbaatar et al., 2019)", "Test", "1.11")], "1.11 on text8; 1.02 is its enwik8 score")
claim(P, 2, "table-cell", SUP, "RoBERTa-large has an MLM BPC of 1.496 on the long-document corpus.",
      [lt(5, "RoBERTa (seqlen: 512)", "large", "1.496")], "Table 5")
claim(P, 2, "table-cell", PART, "Longformer-large reaches 1.358 MLM BPC after 65K updates and 81.9 accuracy on the WikiHop test set.",
      [lt(5, "+ 65K gradient updates", "large", "1.358")], "1.358 stated; no test-set results in the corpus")
claim(P, 2, "table-cell", SUP, "OntoNotes documents have a 95th-percentile length of 1,147 wordpieces.",
      [lt(6, "95th pctl.", "ON", "1,147")], "Table 6")
claim(P, 2, "table-cell", PART, "HotpotQA contexts average 1,316 wordpieces and Longformer-large reaches 73.2 joint F1 on it.",
      [lt(6, "avg.", "HQA", "1,316")], "the length stated; no large-model HotpotQA score")

# table-computed
claim(P, 2, "table-computed", SUP, "Longformer-base's largest gain over RoBERTa-base in Table 7 is on Hyperpartisan, 7.4 points.",
      [lt(7, "RoBERTa-base", "Classification / Hyperpartisan", "87.4"), lt(7, "Longformer-base", "Classification / Hyperpartisan", "94.8")],
      "94.8 - 87.4 = 7.4, the largest difference")
claim(P, 2, "table-computed", CON, "Longformer-base's largest gain over RoBERTa-base in Table 7 is on WikiHop.",
      [lt(7, "RoBERTa-base", "QA / WikiHop", "72.4"), lt(7, "Longformer-base", "QA / WikiHop", "75.0"),
       lt(7, "Longformer-base", "Classification / Hyperpartisan", "94.8")], "WikiHop +2.6; Hyperpartisan +7.4")
claim(P, 2, "table-computed", SUP, "On OntoNotes, Longformer-base's gain over RoBERTa-base is only 0.2 F1.",
      [lt(7, "RoBERTa-base", "Coref. / OntoNotes", "78.4"), lt(7, "Longformer-base", "Coref. / OntoNotes", "78.6")], "78.6 - 78.4 = 0.2")
claim(P, 2, "table-computed", CON, "On the three QA datasets, Longformer-base gains 2.0 points on average over RoBERTa-base.",
      [lt(7, "RoBERTa-base", "QA / WikiHop", "72.4"), lt(7, "Longformer-base", "QA / WikiHop", "75.0"),
       lt(7, "RoBERTa-base", "QA / TriviaQA", "74.3"), lt(7, "Longformer-base", "QA / TriviaQA", "75.2"),
       lt(7, "RoBERTa-base", "QA / HotpotQA", "63.5"), lt(7, "Longformer-base", "QA / HotpotQA", "64.4")],
      "(2.6 + 0.9 + 0.9) / 3 = 1.47, not 2.0")
claim(P, 2, "table-computed", SUP, "Among the large models on enwik8, the Compressive Transformer has the lowest test BPC.",
      [lt(3, "Compressive (Rae et al., 2020)", "Test BPC", "0.97"), lt(3, "Adaptive (Sukhbaatar et al., 2019)", "Test BPC", "0.98")],
      "min of the column: 0.97")
claim(P, 2, "table-computed", CON, "Among the large models on enwik8, Longformer has the lowest test BPC.",
      [lt(3, "Our Longformer", "Test BPC", "0.99"), lt(3, "Compressive (Rae et al., 2020)", "Test BPC", "0.97")], "0.97 is lower")
claim(P, 2, "table-computed", SUP, "The Compressive Transformer uses about 2.7 times Longformer's parameters on enwik8.",
      [lt(3, "Compressive (Rae et al., 2020)", "#Param", "277M"), lt(3, "Our Longformer", "#Param", "102M")], "277 / 102 = 2.7")
claim(P, 2, "table-computed", SUP, "TriviaQA has the longest contexts of the six datasets, averaging 6,589 wordpieces.",
      [lt(6, "avg.", "TQA", "6,589"), lt(6, "avg.", "WH", "1,535")], "max of the avg. row")
claim(P, 2, "table-computed", CON, "OntoNotes has the shortest 95th-percentile context length of the six datasets.",
      [lt(6, "95th pctl.", "IMDB", "705"), lt(6, "95th pctl.", "ON", "1,147")], "IMDB's 705 is shorter than OntoNotes' 1,147")
claim(P, 2, "table-computed", SUP, "Continued pretraining from 2K to 65K updates lowers Longformer-base's MLM BPC by 0.048.",
      [lt(5, "+ 2K gradient updates", "base", "1.753"), lt(5, "+ 65K gradient updates", "base", "1.705")], "1.753 - 1.705 = 0.048")
claim(P, 2, "table-computed", CON, "Continued pretraining from 2K to 65K updates lowers Longformer-large's MLM BPC by 0.065.",
      [lt(5, "+ 2K gradient updates", "large", "1.414"), lt(5, "+ 65K gradient updates", "large", "1.358")], "1.414 - 1.358 = 0.056, not 0.065")

# two-sentences
claim(P, 2, "two-sentences", SUP, "Longformer handles 4,096-token sequences, and sequences up to 16K are possible on current GPUs.",
      [S(L_4096), S(L_16K)], "the sentence and its footnote")
claim(P, 2, "two-sentences", SUP, "RoBERTa-base gets 1.846 BPC on the corpus, close to RoBERTa's reported 1.880, indicating a similar distribution.",
      [S(L_1846), S(L_DIST)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON, "RoBERTa-base gets 1.846 BPC on the corpus, far from RoBERTa's reported 1.880, indicating a different distribution.",
      [S(L_1846), S(L_DIST)], "comparable; a close distribution")
claim(P, 2, "two-sentences", PART, "HotpotQA draws on 10 Wikipedia paragraphs, 2 of them relevant, and its questions were written by crowdworkers.",
      [S(L_HOTPOT)], "the paragraphs stated; nothing on who wrote the questions")
claim(P, 2, "two-sentences", SUP, "For large models only enwik8 is evaluated, where Longformer beats the comparable Transformer-XL.",
      [S(L_LARGE), S(L_T3)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON, "For large models only text8 is evaluated, where Longformer beats the comparable Transformer-XL.",
      [S(L_LARGE), S(L_T3)], "only enwik8")
claim(P, 2, "two-sentences", PART, "Longformer is pretrained with MLM from the RoBERTa checkpoint on a document corpus made of books and Wikipedia.",
      [S(L_ROBERTA), S(L_SIX)], "MLM from RoBERTa and a document corpus stated; its contents are not in the corpus text")

# version-drift: Longformer has one version in the corpus; its drift claims are absent ones below.

# absent
claim(P, 2, "absent", NF, "LED reaches 46.6 ROUGE-1 on arXiv summarization.", [], "no LED results in the corpus text")
claim(P, 2, "absent", NF, "Longformer-large reaches 81.9 accuracy on the WikiHop test set.", [], "no test-set results in the corpus")
claim(P, 2, "absent", NF, "Longformer's custom CUDA kernel was written with TVM.", [], "implementation section not in the corpus")
claim(P, 2, "absent", NF, "Longformer uses a window size of 128 for the lowest layer in character-level LM.", [],
      "no per-layer window sizes")
claim(P, 2, "absent", SUP, "Longformer's code is at github.com/allenai/longformer.", [S(L_URL)], "the abstract's footnote")
claim(P, 2, "absent", SUP, "HotpotQA paragraphs include 2 relevant ones, the rest distractors.", [S(L_HOTPOT)], "the last sentence")

# ---------------------------------------------------------------------------------------
# 1901.08746 -- BioBERT v4: the Bioinformatics abstract alone.
P = "1901.08746"
B_GROWS = "Biomedical text mining is becoming increasingly important as the number of biomedical documents rapidly grows."
B_SHIFT = "However, directly applying the advancements in NLP to biomedical text mining often yields unsatisfactory results due to a word distribution shift from general domain corpora to biomedical corpora."
B_INTRO = "We introduce BioBERT (Bidirectional Encoder Representations from Transformers for Biomedical Text Mining), which is a domain-specific language representation model pre-trained on large-scale biomedical corpora."
B_ALMOST = "With almost the same architecture across tasks, BioBERT largely outperforms BERT and previous state-of-the-art models in a variety of biomedical text mining tasks when pre-trained on biomedical corpora."
B_THREE = "While BERT obtains performance comparable to that of previous state-of-the-art models, BioBERT significantly outperforms them on the following three representative biomedical text mining tasks: biomedical named entity recognition (0.62% F1 score improvement), biomedical relation extraction (2.80% F1 score improvement) and biomedical question answering (12.24% MRR improvement)."
B_COMPLEX = "Our analysis results show that pre-training BERT on biomedical corpora helps it to understand complex biomedical texts."
B_WEIGHTS = "We make the pre-trained weights of BioBERT freely available at https://github.com/naver/biobert-pretrained, and the source code for fine-tuning BioBERT available at https://github.com/dmis-lab/biobert."

claim(P, 4, "verbatim", SUP, B_COMPLEX, [S(B_COMPLEX)], "word for word")
claim(P, 4, "verbatim", CON,
      "While BERT obtains performance comparable to that of previous state-of-the-art models, BioBERT significantly outperforms them on the following three representative biomedical text mining tasks: biomedical named entity recognition (0.62% F1 score improvement), biomedical relation extraction (2.08% F1 score improvement) and biomedical question answering (12.24% MRR improvement).",
      [S(B_THREE)], "relation extraction: 2.80%, not 2.08%")
claim(P, 4, "paraphrase", SUP, "Applying general-domain NLP advances directly to biomedical text often disappoints because of a shift in word distribution.",
      [S(B_SHIFT)], "light rewording")
claim(P, 4, "paraphrase", CON, "General-domain NLP models transfer to biomedical text without loss, as the word distributions match.",
      [S(B_SHIFT)], "unsatisfactory results due to a word distribution shift")
claim(P, 4, "paraphrase", PART, "BioBERT is pre-trained on large-scale biomedical corpora of PubMed abstracts and PMC full-text articles.",
      [S(B_INTRO)], "biomedical corpora stated; PubMed and PMC not named in the corpus text")
claim(P, 4, "number-format", SUP, "BioBERT improves biomedical question answering MRR by more than twelve percent.", [S(B_THREE)], "12.24%")
claim(P, 4, "number-format", CON, "BioBERT improves biomedical NER F1 by about 6.2%.", [S(B_THREE)], "0.62%, not 6.2%")
claim(P, 4, "number-format", SUP, "BioBERT's relation extraction F1 improvement is 2.8 points.", [S(B_THREE)], "2.80% = 2.8")
claim(P, 4, "sign-direction", SUP, "BioBERT improves on previous state-of-the-art models in named entity recognition by 0.62% F1.",
      [S(B_THREE)], "an improvement")
claim(P, 4, "sign-direction", CON, "BioBERT trails previous state-of-the-art models in biomedical question answering by 12.24% MRR.",
      [S(B_THREE)], "it outperforms them")
claim(P, 4, "polarity", CON, "BERT obtains performance far below previous state-of-the-art biomedical models.", [S(B_THREE)],
      "'comparable to'")
claim(P, 4, "polarity", SUP, "BERT alone performs comparably to previous state-of-the-art biomedical models.", [S(B_THREE)], "kept")
claim(P, 4, "polarity", CON, "BioBERT requires a substantially different architecture for each task.", [S(B_ALMOST)],
      "almost the same architecture across tasks")
claim(P, 4, "entity-swap", SUP, "BioBERT outperforms prior models on question answering, relation extraction and named entity recognition.",
      [S(B_THREE)], "the same three tasks in another order")
claim(P, 4, "entity-swap", PART, "BioBERT outperforms prior models on named entity recognition, relation extraction and document classification.",
      [S(B_THREE)], "document classification is not named (question answering is)")
claim(P, 4, "two-sentences", SUP,
      "BioBERT is a domain-specific model pre-trained on large biomedical corpora that largely outperforms BERT with almost the same architecture across tasks.",
      [S(B_INTRO), S(B_ALMOST)], "two adjacent sentences")
claim(P, 4, "paraphrase", PART, "BioBERT improves NER by 0.62% F1 and reaches 89.7 F1 on NCBI-Disease.", [S(B_THREE)],
      "the improvement stated; no per-dataset score in the corpus (abstract only)")
claim(P, 4, "table-computed", SUP, "Of BioBERT's three headline improvements, the largest is on question answering.",
      [S(B_THREE)], "computed over the sentence's three figures: 12.24 > 2.80 > 0.62")
claim(P, 4, "table-computed", CON, "Of BioBERT's three headline improvements, the smallest is on relation extraction.",
      [S(B_THREE)], "NER's 0.62 is the smallest")
claim(P, 4, "absent", NF, "BioBERT was pre-trained for 23 days on eight V100 GPUs.", [], "abstract only; no training cost")
claim(P, 4, "absent", NF, "BioBERT uses a WordPiece vocabulary rebuilt from PubMed.", [], "nothing on the vocabulary")
claim(P, 4, "absent", NF, "BioBERT reaches 89.7 F1 on NCBI-Disease.", [], "no per-dataset score")
claim(P, 4, "absent", SUP, "BioBERT's fine-tuning code is available at github.com/dmis-lab/biobert.", [S(B_WEIGHTS)], "the last sentence")
