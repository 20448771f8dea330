"""The fresh8 split (issue 13): an eighth blind set, over five PDF versions of four papers that
no other split contains (HTLM v1, Prefix-Tuning v1 and a synthetic v2, Scaling Laws v1,
InstructGPT v1), labelled by reading their truth files before any verdict engine was run on
them, by someone who was not changing the rules. Never run while the rules change;
`calibrate_verdicts.py` treats every split named fresh* other than the development ones as
independent and leaves it out unless named.

Imported at the end of claims_src.py after claims_fresh7, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way, a reversed difference, an antonym or a dropped negation, a swapped list member,
a mean or a difference only a table implies, the other version's wording, and facts true of
the real paper but absent from the corpus text.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH8 = {
    "2107.06955": (1,),  # HTLM, "Hyper-Text Pre-Training and Prompting of Language Models"
    "2101.00190": (1, 2),  # Prefix-Tuning: v1 (arXiv) and a SYNTHETIC v2 carrying the ACL 2021 abstract
    "2001.08361": (1,),  # Scaling Laws for Neural Language Models (abstract only)
    "2203.02155": (1,),  # InstructGPT (abstract only)
}
SPLIT.update({paper: "fresh8" for paper in FRESH8})
VERSIONS.update(FRESH8)

# ---------------------------------------------------------------------------------------
# 2107.06955 -- HTLM v1: abstract, introduction, data and model paragraphs, results;
# Table 1 (zero-shot classification), Table 2 (GLUE dev, two-level header), Table 3
# (average advantage P vs. H, spanning header, mean ± std).
P = "2107.06955"
H_INTRO = "We introduce HTLM, a hyper-text language model trained on a large-scale web crawl."
H_ADV = "it is easily gathered at scale, (2) it provides rich document-level and end-task-adjacent supervision"
H_BART = "We show that pretraining with a BART-style denoising loss directly on simplified HTML provides highly effective transfer for a wide range of end tasks and supervision levels."
H_MATCH = "HTLM matches or exceeds the performance of comparably sized text-only LMs for zero-shot prompting and fine-tuning for classification benchmarks, while also setting new state-of-the-art performance levels for zero-shot summarization."
H_VALUE = "We also find that hyper-text prompts provide more value to HTLM, in terms of data efficiency, than plain text prompts do for existing LMs"
H_AUTO = "and that HTLM is highly effective at auto-prompting itself, by simply generating the most likely hyper-text formatting for any available training data."
H_RELEASE = "We will release all code and models to support future HTLM research."
H_VAST = "The vast majority of text used to pretrain language models is extracted from web pages, while discarding any markup they contain."
H_IGNORE = "We argue that this HTML should not be ignored; it enables new forms of highly effective language model pretraining and prompting with structured document-level supervision."
H_INFER = "It often encodes high-level properties of different parts of the documents, which are difficult to infer from the text alone."
H_TITLE = "For example, title elements can be excellent summaries of the body of a document, while element class and id attributes can encode categorical properties of documents."
H_23TB = "Our HyperText Language Model (HTLM) is trained on 23TB of simplified HTML which we automatically extract from common crawl dumps."
H_MASK = "We use a modified BART denoising objective that randomly masks spans of hyper-text and aims to reconstruct the original input."
H_HINT = "We extend the original masking with a new size hint scheme, where each mask is associated with an integer that provides a noisy hint for the size of the masked text"
H_GLUE = "It matches or exceeds the performance of comparably sized text-only LMs for zero-shot prompting and full fine-tuning on GLUE, while also setting new state-of-the-art performance levels for zero-shot summarization with a gain of up to 8 ROUGE-1 points."
H_THOUSAND = "being effectively equivalent to having up to a thousand extra training examples."
H_RIVAL = "Finally, we see that the HTLM model is highly effective at auto-prompting itself, in some cases rivaling the performance of manually engineered prompts."
H_94 = "Applying these deterministic transformations removes on average 94% of characters from a raw webpage while maintaining the general markup of the document."
H_85 = "Furthermore, it allowed close to 85% of MHTML documents to fit into 1024 BPE tokens; the maximum token length for BART and many other existing language models."
H_CC100 = "thus, we opted out of model-based filtering of documents such as CC-100."
H_JAN = "We used the January 2021 snapshot of Common Crawl, which provided us with 23 Terabytes of MHTML text after filtering."
H_ARCH = "For all of our experiments, we adopt the same architecture as BART-Large and initialized our models with the BART-Large checkpoint."
H_400M = "This model has roughly 400 million parameters."
H_STEPS = "We trained our augmented BART model for a total of 330,000 steps on 256 GPUs with an effective batch size of 8192."
H_LR = "We train using the Adam optimizer and a polynomial decay learning rate scheduler with a peak learning rate of 4e-5 and 10,000 warm-up steps."
H_SHUF = "We do not use the sentence shuffling from the original BART objective, and select a Poisson lambda of 3.5 for sampling span lengths for masking."
H_DROP = "We set dropout in the attention to 0.1 for the first 170k steps, reducing it to 0.0 thereafter."
H_80 = "We give size-hints to 80% of masks with the noisiness of size hints set to 0.1."
H_CLS = "HTLM prompting of classification datasets outperforms the most comparable (in terms of number of parameters) GPT-3 Medium sized model on the majority of tasks, while approaching, and on RTE outperforming, the GPT-3 Large model which consists of roughly double the amount of parameters as HTLM."
H_OVERALL = "Overall HTLM improves over existing pre-training methods."
H_PROMPTFT = "We also note that we can improve fine-tuning performance by placing the examples into prompts and fine-tuning the classification head."
H_TRIPLE = "Compared to RoBERTa-Large on smaller datasets, HTLM's advantage is close to triple on CB and double on RTE."
H_WIC = "Furthermore, on WiC, HTLM is the only pre-trained model capable of having a positive training advantage when using prompts."

ADV = "Average Advantage (# Training Points, P vs. H) / "


def cls(row: str, column: str, value: str) -> dict:
    """A cell of the zero-shot classification table (Table 1)."""
    return C("Table 1", row, column, value)


def glue(row: str, column: str, value: str) -> dict:
    """A cell of the GLUE table (Table 2); columns are 'RTE / Acc', 'CoLA / Mcc', ..."""
    return C("Table 2", row, column, value)


def adv(row: str, task: str, value: str) -> dict:
    """A cell of the average-advantage table (Table 3), mean ± std."""
    return C("Table 3", row, ADV + task, value)


claim(P, 1, "verbatim", SUP, H_INTRO, [S(H_INTRO)], "the abstract's first sentence word for word")
claim(P, 1, "verbatim", CON,
      "Our HyperText Language Model (HTLM) is trained on 32TB of simplified HTML which we automatically extract from common crawl dumps.",
      [S(H_23TB), S(H_JAN)], "23TB, not 32TB")
claim(P, 1, "verbatim", SUP,
      "Applying these deterministic transformations removes on average 94% of characters from a raw webpage while maint",
      [S(H_94)], "cut off mid-word; what is left is the sentence's start", truncated=True)
claim(P, 1, "verbatim", CON,
      "We trained our augmented BART model for a total of 330,000 steps on 128 GPUs with an effective batch size of 8192.",
      [S(H_STEPS)], "256 GPUs, not 128")
claim(P, 1, "verbatim", NF,
      "We release a 1.5B-parameter HTLM-XL model trained for 500,000 steps.",
      [], "no larger model is described in the text")

claim(P, 1, "paraphrase", SUP,
      "HTLM is a hypertext language model pretrained on a large web crawl.",
      [S(H_INTRO)], "the abstract's first sentence, reworded")
claim(P, 1, "paraphrase", SUP,
      "The HTLM authors argue that markup discarded from web pages during pretraining-data extraction should not be thrown away, since it enables structured document-level supervision.",
      [S(H_VAST), S(H_IGNORE)], "the introduction's first two sentences, reworded")
claim(P, 1, "paraphrase", CON,
      "According to the HTLM paper, the high-level document properties encoded by HTML are easy to infer from the text alone.",
      [S(H_INFER)], "the text says they are difficult to infer from the text alone")
claim(P, 1, "paraphrase", PART,
      "HTLM uses a BART-style denoising objective on simplified HTML and was trained in mixed precision.",
      [S(H_BART), S(H_MASK)], "the BART-style objective is stated; mixed precision is nowhere")
claim(P, 1, "paraphrase", SUP,
      "HTLM keeps the BART-Large architecture and starts from the BART-Large checkpoint, roughly 400M parameters.",
      [S(H_ARCH), S(H_400M)], "two adjacent sentences, reworded")
claim(P, 1, "paraphrase", NF,
      "HTLM was pretrained with a contrastive objective over pairs of web pages that link to each other.",
      [], "no contrastive or hyperlink objective in the text")
claim(P, 1, "paraphrase", CON,
      "HTLM's authors filtered the crawl with a learned quality classifier and kept only English documents.",
      [S(H_CC100)], "they opted out of model-based filtering (one half negated); English-only filtering is not in this text")

claim(P, 1, "number-format", SUP,
      "HTLM was trained on twenty-three terabytes of simplified HTML.",
      [S(H_23TB), S(H_JAN)], "23TB / 23 Terabytes")
claim(P, 1, "number-format", SUP,
      "Training ran for 330K steps with an effective batch size of about 8.2K.",
      [S(H_STEPS)], "330,000 steps, batch 8192")
claim(P, 1, "number-format", CON,
      "HTLM's simplification step strips about 49% of a raw webpage's characters on average.",
      [S(H_94)], "94%, not 49%")
claim(P, 1, "number-format", SUP,
      "Close to 85 percent of the Minimal-HTML documents fit within 1,024 BPE tokens.",
      [S(H_85)], "85%, 1024 tokens")
claim(P, 1, "number-format", CON,
      "HTLM used 1,000 warm-up steps and a peak learning rate of 4e-5.",
      [S(H_LR)], "10,000 warm-up steps, not 1,000")
claim(P, 1, "number-format", SUP,
      "Attention dropout was 0.1 for the first 170 thousand steps and zero afterwards.",
      [S(H_DROP)], "170k steps, 0.0 thereafter")
claim(P, 1, "number-format", CON,
      "Size hints are given to four in five masks with a noise level of 0.3.",
      [S(H_80)], "80% of masks is four in five, but the noisiness is 0.1, not 0.3")
claim(P, 1, "number-format", PART,
      "HTLM sets a new zero-shot summarization state of the art, with gains of up to 8 ROUGE-1 points on all five benchmarks.",
      [S(H_GLUE)], "up to 8 ROUGE-1 points is stated; 'five benchmarks' is not in this text")

claim(P, 1, "polarity", SUP,
      "HTLM does not use the sentence shuffling of the original BART objective.",
      [S(H_SHUF)], "stated")
claim(P, 1, "polarity", CON,
      "HTLM keeps BART's original sentence-shuffling objective.",
      [S(H_SHUF)], "it does not use sentence shuffling")
claim(P, 1, "polarity", CON,
      "HTLM underperforms comparably sized text-only LMs on classification benchmarks, both zero-shot and fine-tuned.",
      [S(H_MATCH)], "it matches or exceeds them")
claim(P, 1, "polarity", SUP,
      "HTLM is reported to be highly effective at prompting itself automatically.",
      [S(H_AUTO), S(H_RIVAL)], "stated")
claim(P, 1, "polarity", CON,
      "Hyper-text prompts are found to provide less value to HTLM, in data-efficiency terms, than plain-text prompts give existing LMs.",
      [S(H_VALUE)], "more value, not less")
claim(P, 1, "polarity", CON,
      "The HTLM authors relied on model-based filtering of documents, as in CC-100.",
      [S(H_CC100)], "they opted out of model-based filtering")
claim(P, 1, "polarity", SUP,
      "On WiC, no pre-trained model other than HTLM has a positive training advantage from prompts.",
      [S(H_WIC)], "'the only pre-trained model' restated with a negation")
claim(P, 1, "polarity", CON,
      "Placing examples into prompts hurts HTLM's fine-tuning performance.",
      [S(H_PROMPTFT)], "the text says it improves fine-tuning performance")
claim(P, 1, "polarity", CON,
      "HTLM zero-shot prompting beats the GPT-3 Medium model on every task and the GPT-3 Large model on RTE.",
      [S(H_CLS), cls("GPT-3 Med", "BoolQ", "60.3"), cls("HTLM-Manual", "BoolQ", "55.3")],
      "the majority of tasks, not every one: GPT-3 Med is above HTLM-Manual on BoolQ (60.3 vs 55.3)")

claim(P, 1, "entity-swap", CON,
      "HTLM adopts the T5-Large architecture and is initialized from the T5-Large checkpoint.",
      [S(H_ARCH)], "BART-Large, not T5-Large")
claim(P, 1, "entity-swap", PART,
      "Compared with RoBERTa-Large, HTLM's prompt advantage is close to triple on CB and double on WiC.",
      [S(H_TRIPLE)], "triple on CB is right; double is on RTE, not WiC")
claim(P, 1, "entity-swap", SUP,
      "Relative to RoBERTa-Large, HTLM's data advantage from prompts is nearly three times larger on CB and twice as large on RTE.",
      [S(H_TRIPLE)], "stated")
claim(P, 1, "entity-swap", CON,
      "HTLM used the January 2020 snapshot of Common Crawl.",
      [S(H_JAN)], "January 2021")
claim(P, 1, "entity-swap", PART,
      "In HTLM, title elements can summarize a document's body, while class and href attributes encode categorical properties.",
      [S(H_TITLE)], "title elements and class are stated; the other attribute is id, not href")

claim(P, 1, "two-sentences", SUP,
      "HTLM was trained on 23TB of MHTML taken from the January 2021 Common Crawl snapshot, with a BART-style objective that masks and reconstructs hyper-text spans.",
      [S(H_JAN), S(H_MASK)], "two sentences together")
claim(P, 1, "two-sentences", SUP,
      "HTLM trained for 330,000 steps on 256 GPUs using Adam with a polynomial decay schedule peaking at 4e-5.",
      [S(H_STEPS), S(H_LR)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "HTLM trained for 330,000 steps on 256 GPUs using Adam with a cosine schedule peaking at 4e-4.",
      [S(H_STEPS), S(H_LR)], "polynomial decay at 4e-5, not cosine at 4e-4")
claim(P, 1, "two-sentences", CON,
      "HTLM removes 94% of a page's characters on average, letting nearly all MHTML documents fit within 512 tokens.",
      [S(H_94), S(H_85)], "94% is right; the second half has other numbers: close to 85% fit into 1024 tokens")

claim(P, 1, "table-cell", SUP,
      "In zero-shot classification, HTLM-Manual scores 51.2 on RTE.",
      [cls("HTLM-Manual", "RTE", "51.2")], "Table 1")
claim(P, 1, "table-cell", CON,
      "HTLM-Manual reaches 57.9 accuracy on HellaSwag zero-shot.",
      [cls("HTLM-Manual", "HellaSwag", "47.9")], "47.9")
claim(P, 1, "table-cell", SUP,
      "The full 175B GPT-3 reaches 78.9 on HellaSwag in the zero-shot comparison.",
      [cls("GPT-3", "HellaSwag", "78.9")], "Table 1")
claim(P, 1, "table-cell", CON,
      "GPT-3 Large scores 58.9 on Winogrande in HTLM's zero-shot table.",
      [cls("GPT-3 Large", "Winogrande", "57.4")], "58.9 is its BoolQ cell; Winogrande is 57.4")
claim(P, 1, "table-cell", SUP,
      "Fine-tuned HTLM reaches 64.3 Matthews correlation on CoLA.",
      [glue("HTLM", "CoLA / Mcc", "64.3")], "Table 2")
claim(P, 1, "table-cell", CON,
      "HTLM-R3F-Prompt reaches 97.1 on SST-2.",
      [glue("HTLM-R3F-Prompt", "SST-2 / Acc", "97.3")], "97.1 is HTLM-R3F's cell; HTLM-R3F-Prompt has 97.3")
claim(P, 1, "table-cell", SUP,
      "T5-Base scores 80.1 on RTE in the GLUE development comparison.",
      [glue("T5-Base", "RTE / Acc", "80.1")], "Table 2")
claim(P, 1, "table-cell", CON,
      "RoBERTa-R3F reaches 95.3 on QQP.",
      [glue("RoBERTa-R3F", "QQP / Acc", "92.4")], "95.3 is its QNLI cell; QQP is 92.4")
claim(P, 1, "table-cell", SUP,
      "HTLM's average prompt-versus-head advantage on MNLI is 6025 ± 440 training points.",
      [adv("HTLM", "MNLI", "6025 ± 440")], "Table 3")
claim(P, 1, "table-cell", CON,
      "T5-Large's advantage on WiC is -424 ± 74 training points.",
      [adv("T5-Large", "WiC", "-220 ± 20")], "-424 ± 74 is RoBERTa-Large's; T5-Large has -220 ± 20")
claim(P, 1, "table-cell", CON,
      "On MRPC, HTLM-R3F-Prompt scores 91.7 and BART-Large 90.8.",
      [glue("HTLM-R3F-Prompt", "MRPC / Acc", "91.7"), glue("BART-Large", "MRPC / Acc", "90.4")],
      "91.7 is right; BART-Large has 90.4 (90.8 is HTLM's)")
claim(P, 1, "table-cell", NF,
      "HTLM-Manual reaches 62.0 accuracy on the ANLI round-1 zero-shot test.",
      [], "ANLI is not in any table or sentence")

claim(P, 1, "table-computed", SUP,
      "On RTE zero-shot, HTLM-Manual beats GPT-3 Large by 2.8 points.",
      [cls("HTLM-Manual", "RTE", "51.2"), cls("GPT-3 Large", "RTE", "48.4")], "51.2 - 48.4 = 2.8")
claim(P, 1, "table-computed", CON,
      "HTLM-Manual trails the full GPT-3 on RTE by about 8 points.",
      [cls("HTLM-Manual", "RTE", "51.2"), cls("GPT-3", "RTE", "63.5")], "63.5 - 51.2 = 12.3")
claim(P, 1, "table-computed", SUP,
      "Averaged over the four zero-shot tasks, HTLM-Manual scores about 52.3.",
      [cls("HTLM-Manual", "RTE", "51.2"), cls("HTLM-Manual", "BoolQ", "55.3"),
       cls("HTLM-Manual", "Winogrande", "54.8"), cls("HTLM-Manual", "HellaSwag", "47.9")],
      "(51.2 + 55.3 + 54.8 + 47.9) / 4 = 52.3")
claim(P, 1, "table-computed", CON,
      "Averaged over RTE, BoolQ, Winogrande and HellaSwag, GPT-3 Med scores about 53.6.",
      [cls("GPT-3 Med", "RTE", "49.8"), cls("GPT-3 Med", "BoolQ", "60.3"),
       cls("GPT-3 Med", "Winogrande", "52.1"), cls("GPT-3 Med", "HellaSwag", "43.6")],
      "(49.8 + 60.3 + 52.1 + 43.6) / 4 = 51.45")
claim(P, 1, "table-computed", SUP,
      "R3F fine-tuning lifts HTLM's CoLA score by 5.1 points.",
      [glue("HTLM-R3F", "CoLA / Mcc", "69.4"), glue("HTLM", "CoLA / Mcc", "64.3")], "69.4 - 64.3 = 5.1")
claim(P, 1, "table-computed", CON,
      "On CoLA, HTLM-R3F-Prompt still trails RoBERTa-R3F by 3.4 points.",
      [glue("HTLM-R3F-Prompt", "CoLA / Mcc", "69.8"), glue("RoBERTa-R3F", "CoLA / Mcc", "71.2")], "71.2 - 69.8 = 1.4")
claim(P, 1, "table-computed", SUP,
      "Among the GLUE rows, HTLM-R3F-Prompt has the best RTE accuracy, at 89.4.",
      [glue("HTLM-R3F-Prompt", "RTE / Acc", "89.4"), glue("HTLM-R3F", "RTE / Acc", "89.1"),
       glue("RoBERTa-R3F", "RTE / Acc", "88.5")], "89.4 is the column's maximum")
claim(P, 1, "table-computed", CON,
      "T5-Large has the highest CoLA score of the baselines in HTLM's GLUE table.",
      [glue("T5-Large", "CoLA / Mcc", "61.2"), glue("RoBERTa-R3F", "CoLA / Mcc", "71.2"),
       glue("RoBERTa", "CoLA / Mcc", "68.0")], "RoBERTa-R3F's 71.2 (and RoBERTa's 68.0) beat 61.2")
claim(P, 1, "table-computed", SUP,
      "On RTE, HTLM's prompt advantage (840 points) is about three times RoBERTa-Large's (282).",
      [adv("HTLM", "RTE", "840 ± 45"), adv("RoBERTa-Large", "RTE", "282 ± 34")], "840 / 282 = 2.98")
claim(P, 1, "table-computed", CON,
      "HTLM's prompt advantage exceeds BART-Large's by 2005 points on MNLI and by 505 on BoolQ.",
      [adv("HTLM", "MNLI", "6025 ± 440"), adv("BART-Large", "MNLI", "4020 ± 220"),
       adv("HTLM", "BoolQ", "855 ± 205"), adv("BART-Large", "BoolQ", "450 ± 55")],
      "6025 - 4020 = 2005 is right; 855 - 450 = 405, not 505")

claim(P, 1, "sign-direction", SUP,
      "Relative to HTLM, BART-Large shows Δ −1.5 on CoLA.",
      [glue("BART-Large", "CoLA / Mcc", "62.8"), glue("HTLM", "CoLA / Mcc", "64.3")], "62.8 - 64.3 = -1.5")
claim(P, 1, "sign-direction", CON,
      "Switching from HTLM to HTLM-R3F-Prompt raises MNLI mismatched accuracy by 0.2.",
      [glue("HTLM", "MNLI / Acc-m/mm", "90.3/91.4"), glue("HTLM-R3F-Prompt", "MNLI / Acc-m/mm", "91.6/91.2")],
      "91.4 to 91.2 is a drop of 0.2")
claim(P, 1, "sign-direction", SUP,
      "HTLM-R3F-Prompt gains 1.3 points of MNLI matched accuracy over plain HTLM.",
      [glue("HTLM", "MNLI / Acc-m/mm", "90.3/91.4"), glue("HTLM-R3F-Prompt", "MNLI / Acc-m/mm", "91.6/91.2")],
      "91.6 - 90.3 = 1.3")
claim(P, 1, "sign-direction", CON,
      "HTLM-Manual improves on GPT-3 Med's BoolQ accuracy by 5 points.",
      [cls("HTLM-Manual", "BoolQ", "55.3"), cls("GPT-3 Med", "BoolQ", "60.3")], "55.3 - 60.3 = -5.0: a drop")
claim(P, 1, "sign-direction", SUP,
      "BART-Large's prompt advantage on WiC is negative, at −110 training points.",
      [adv("BART-Large", "WiC", "-110 ± 45")], "-110 ± 45")
claim(P, 1, "sign-direction", CON,
      "RoBERTa-Large gains a positive advantage of 424 training points on WiC from prompts.",
      [adv("RoBERTa-Large", "WiC", "-424 ± 74")], "-424: negative")

claim(P, 1, "absent", NF,
      "HTLM was evaluated on the XSum and CNN/DailyMail summarization benchmarks with human raters.",
      [], "no human evaluation in the text")
claim(P, 1, "absent", NF,
      "HTLM pretraining took 21 days on A100 GPUs.",
      [], "no training time or GPU type in the text")
claim(P, 1, "absent", NF,
      "The HTLM authors show that pretraining on JavaScript and CSS improves code generation.",
      [], "nothing on code generation")
claim(P, 1, "paraphrase", PART,
      "HTLM was trained on 23TB of simplified HTML from Common Crawl, and the authors release this pretraining corpus.",
      [S(H_23TB), S(H_RELEASE)], "23TB stated; they will release code and models, the corpus is nowhere")
claim(P, 1, "entity-swap", PART,
      "HTLM's zero-shot classification evaluation covers RTE, BoolQ and MNLI.",
      [cls("HTLM-Manual", "RTE", "51.2"), cls("HTLM-Manual", "BoolQ", "55.3")],
      "RTE and BoolQ are in Table 1; the others are Winogrande and HellaSwag, not MNLI")
claim(P, 1, "table-cell", PART,
      "Zero-shot, HTLM-Manual scores 51.2 on RTE and 49.0 on COPA.",
      [cls("HTLM-Manual", "RTE", "51.2")], "51.2 right; COPA is in no table or sentence")
claim(P, 1, "absent", SUP,
      "HTLM's pretraining text was simplified HTML extracted automatically from Common Crawl dumps.",
      [S(H_23TB)], "stated")

# ---------------------------------------------------------------------------------------
# 2101.00190 -- Prefix-Tuning. v1: the arXiv abstract, the XSUM results sentences (as
# recalled) and Table 1 (XSUM). v2 is SYNTHETIC: the ACL 2021 abstract only ("way of
# leveraging", "a sequence of continuous task-specific vectors, which we call the prefix",
# "prompting for language models", "We show that", "topics that are unseen").
P = "2101.00190"
X_DEFACTO1 = "Fine-tuning is the de facto way to leverage large pretrained language models to perform downstream tasks."
X_DEFACTO2 = "Fine-tuning is the de facto way of leveraging large pretrained language models for downstream tasks."
X_COPY1 = "However, it modifies all the language model parameters and therefore necessitates storing a full copy for each task."
X_COPY2 = "However, fine-tuning modifies all the language model parameters and therefore necessitates storing a full copy for each task."
X_PROP1 = "which keeps language model parameters frozen, but optimizes a small continuous task-specific vector (called the prefix)."
X_PROP2 = "which keeps language model parameters frozen and instead optimizes a sequence of continuous task-specific vectors, which we call the prefix."
X_VIRT1 = "Prefix-tuning draws inspiration from prompting, allowing subsequent tokens to attend to this prefix as if it were \"virtual tokens\"."
X_VIRT2 = "Prefix-tuning draws inspiration from prompting for language models, allowing subsequent tokens to attend to this prefix as if it were \"virtual tokens\"."
X_APPLY = "We apply prefix-tuning to GPT-2 for table-to-text generation and to BART for summarization."
X_FIND1 = "We find that by learning only 0.1% of the parameters, prefix-tuning obtains comparable performance in the full data setting, outperforms fine-tuning in low-data settings, and extrapolates better to examples with topics unseen during training."
X_FIND2 = "We show that by learning only 0.1% of the parameters, prefix-tuning obtains comparable performance in the full data setting, outperforms fine-tuning in low-data settings, and extrapolates better to examples with topics that are unseen during training."
X_2PCT = "As shown in Table 1, with 2% parameters, prefix-tuning obtains slightly lower performance than fine-tuning (36.05 vs. 37.25 in ROUGE-L)."
X_01PCT = "With only 0.1% parameters, prefix-tuning underperforms full fine-tuning (35.05 vs. 37.25)."


def xsum(row: str, column: str, value: str) -> dict:
    """A cell of the XSUM table of v1 (Table 1)."""
    return C("Table 1", row, column, value, version=1)


claim(P, 1, "verbatim", SUP, X_DEFACTO1, [S(X_DEFACTO1), S(X_DEFACTO2, version=2)],
      "v1's first sentence word for word; v2 says the same in other words", per={2: SUP})
claim(P, 2, "verbatim", SUP, X_PROP2, [S(X_PROP2), S(X_PROP1, version=1)],
      "v2's clause word for word; v1 optimizes 'a small continuous task-specific vector' (one vector, not a sequence)", per={1: PART})
claim(P, 1, "verbatim", CON,
      "We find that by learning only 1% of the parameters, prefix-tuning obtains comparable performance in the full data setting",
      [S(X_FIND1), S(X_FIND2, version=2)], "0.1%, not 1%, in both versions", per={2: CON}, truncated=True)

claim(P, 1, "paraphrase", SUP,
      "Prefix-tuning freezes the language model and trains only a small continuous task-specific prefix.",
      [S(X_PROP1), S(X_PROP2, version=2)], "both versions state it", per={2: SUP})
claim(P, 1, "paraphrase", CON,
      "Prefix-tuning updates all language model parameters together with a continuous prefix.",
      [S(X_PROP1), S(X_PROP2, version=2)], "the LM parameters stay frozen, in both versions", per={2: CON})
claim(P, 1, "paraphrase", SUP,
      "Because fine-tuning changes every parameter, a full model copy must be stored per task, the motivation for prefix-tuning.",
      [S(X_COPY1), S(X_COPY2, version=2)], "stated in both", per={2: SUP})
claim(P, 2, "paraphrase", PART,
      "Prefix-tuning, inspired by prompting, lets later tokens attend to the prefix as virtual tokens and was first tested on T5.",
      [S(X_VIRT2), S(X_VIRT1, version=1), S(X_APPLY)], "virtual tokens stated; the models are GPT-2 and BART, not T5", per={1: PART})

claim(P, 1, "number-format", SUP,
      "Prefix-tuning learns only one thousandth of the parameters yet matches fine-tuning with full data.",
      [S(X_FIND1), S(X_FIND2, version=2)], "0.1% is one thousandth", per={2: SUP})
claim(P, 1, "number-format", CON,
      "With two percent of the parameters, prefix-tuning reaches 36.5 ROUGE-L on XSUM against fine-tuning's 37.25.",
      [S(X_2PCT), xsum("Prefix (2%)", "ROUGE-L", "36.05")], "36.05, not 36.5; not in v2", per={2: NF})
claim(P, 1, "number-format", SUP,
      "Full fine-tuning scores roughly 45.1 ROUGE-1 on XSUM.",
      [xsum("Fine-tune", "ROUGE-1", "45.14")], "45.14 rounded; v2 has no table", per={2: NF})

claim(P, 1, "polarity", SUP,
      "Prefix-tuning outperforms fine-tuning when training data is scarce.",
      [S(X_FIND1), S(X_FIND2, version=2)], "low-data settings, both versions", per={2: SUP})
claim(P, 1, "polarity", CON,
      "Prefix-tuning underperforms fine-tuning in low-data settings.",
      [S(X_FIND1), S(X_FIND2, version=2)], "it outperforms, in both versions", per={2: CON})
claim(P, 1, "polarity", CON,
      "On XSUM, prefix-tuning with 0.1% of the parameters outperforms full fine-tuning.",
      [S(X_01PCT), xsum("Prefix (0.1%)", "ROUGE-L", "35.05")], "it underperforms (35.05 vs 37.25); not in v2", per={2: NF})
claim(P, 1, "polarity", SUP,
      "Prefix-tuning is said to extrapolate better to examples whose topics were unseen during training.",
      [S(X_FIND1), S(X_FIND2, version=2)], "extrapolates better to unseen topics, both versions", per={2: SUP})

claim(P, 1, "entity-swap", CON,
      "Prefix-tuning is applied to BART for table-to-text generation and to GPT-2 for summarization.",
      [S(X_APPLY)], "the models are the other way round; the same sentence in v2", per={2: CON})
claim(P, 1, "entity-swap", PART,
      "Prefix-tuning is evaluated with GPT-2 on table-to-text generation and with BART on machine translation.",
      [S(X_APPLY)], "GPT-2 table-to-text right; BART is for summarization", per={2: PART})

claim(P, 1, "two-sentences", SUP,
      "On XSUM prefix-tuning with 2% of the parameters is slightly below fine-tuning, and with 0.1% it falls further behind (35.05 vs 37.25 ROUGE-L).",
      [S(X_2PCT), S(X_01PCT)], "v1's two results sentences; v2 has neither", per={2: NF})
claim(P, 1, "two-sentences", CON,
      "Prefix-tuning keeps the LM frozen, and with 0.1% of parameters it beats fine-tuning on XSUM.",
      [S(X_PROP1), S(X_01PCT), S(X_PROP2, version=2)],
      "frozen LM right; on XSUM 0.1% underperforms fine-tuning; v2 states the frozen LM but has no XSUM result", per={2: PART})

claim(P, 1, "table-cell", SUP,
      "Prefix-tuning with 0.1% of parameters scores 20.03 ROUGE-2 on XSUM.",
      [xsum("Prefix (0.1%)", "ROUGE-2", "20.03")], "Table 1 of v1; not in v2", per={2: NF})
claim(P, 1, "table-cell", CON,
      "Prefix-tuning (2%) reaches 42.92 ROUGE-1 on XSUM.",
      [xsum("Prefix (2%)", "ROUGE-1", "43.80")], "42.92 is the 0.1% row; the 2% row has 43.80; not in v2", per={2: NF})
claim(P, 1, "table-cell", CON,
      "Fine-tuning reaches 22.72 ROUGE-2 on XSUM.",
      [xsum("Fine-tune", "ROUGE-2", "22.27")], "22.27, digits swapped; not in v2", per={2: NF})

claim(P, 1, "table-computed", SUP,
      "On XSUM, prefix-tuning at 0.1% trails fine-tuning by 2.22 ROUGE-1.",
      [xsum("Fine-tune", "ROUGE-1", "45.14"), xsum("Prefix (0.1%)", "ROUGE-1", "42.92")], "45.14 - 42.92 = 2.22; not in v2", per={2: NF})
claim(P, 1, "table-computed", CON,
      "Going from 0.1% to 2% prefix parameters adds 1.5 ROUGE-1 on XSUM.",
      [xsum("Prefix (2%)", "ROUGE-1", "43.80"), xsum("Prefix (0.1%)", "ROUGE-1", "42.92")], "43.80 - 42.92 = 0.88; not in v2", per={2: NF})
claim(P, 1, "table-computed", SUP,
      "Averaged over ROUGE-1, ROUGE-2 and ROUGE-L, fine-tuning scores about 34.9 on XSUM.",
      [xsum("Fine-tune", "ROUGE-1", "45.14"), xsum("Fine-tune", "ROUGE-2", "22.27"), xsum("Fine-tune", "ROUGE-L", "37.25")],
      "(45.14 + 22.27 + 37.25) / 3 = 34.89; not in v2", per={2: NF})

claim(P, 1, "sign-direction", SUP,
      "Relative to fine-tuning, Prefix (2%) shows Δ −1.20 ROUGE-L on XSUM.",
      [xsum("Prefix (2%)", "ROUGE-L", "36.05"), xsum("Fine-tune", "ROUGE-L", "37.25")], "36.05 - 37.25 = -1.20; not in v2", per={2: NF})
claim(P, 1, "sign-direction", CON,
      "Shrinking the prefix from 2% to 0.1% of parameters raises ROUGE-2 by 0.9.",
      [xsum("Prefix (2%)", "ROUGE-2", "20.93"), xsum("Prefix (0.1%)", "ROUGE-2", "20.03")], "20.93 to 20.03 is a drop of 0.9; not in v2", per={2: NF})

claim(P, 2, "version-drift", SUP,
      "The prefix-tuning authors describe the prefix as a sequence of continuous task-specific vectors.",
      [S(X_PROP2), S(X_PROP1, version=1)], "v2's wording; v1 calls it a small continuous task-specific vector", per={1: PART})
claim(P, 1, "version-drift", SUP,
      "The prefix-tuning paper reports XSUM results in a table, with prefix-tuning slightly below fine-tuning.",
      [S(X_2PCT), xsum("Prefix (2%)", "ROUGE-L", "36.05")], "v1 has the XSUM table and sentence; the synthetic v2 has only the abstract", per={2: NF})
claim(P, 2, "version-drift", NF,
      "With 0.1% of parameters prefix-tuning scores 35.05 ROUGE-L on XSUM against fine-tuning's 37.25.",
      [S(X_01PCT, version=1)], "not in v2 (abstract only); v1's results sentence states it", per={1: SUP})

claim(P, 1, "entity-swap", PART,
      "Prefix-tuning is applied to GPT-2, BART and GPT-3 175B.",
      [S(X_APPLY)], "GPT-2 and BART stated in both versions; GPT-3 nowhere", per={2: PART})
claim(P, 1, "version-drift", SUP,
      "With 2% of the parameters, prefix-tuning reaches 43.80 ROUGE-1 on XSUM.",
      [xsum("Prefix (2%)", "ROUGE-1", "43.80")], "v1's table; the synthetic v2 has no table", per={2: NF})
claim(P, 2, "version-drift", NF,
      "Full fine-tuning scores 37.25 ROUGE-L on XSUM.",
      [xsum("Fine-tune", "ROUGE-L", "37.25")], "not in v2 (abstract only); v1's table and results sentences state it", per={1: SUP})

claim(P, 1, "absent", NF,
      "Prefix-tuning was also evaluated on the WMT14 English-German translation task.",
      [], "no translation task in either version", per={2: NF})
claim(P, 2, "absent", NF,
      "Prefix-tuning with a prefix of length 200 performs best on table-to-text.",
      [], "no prefix length in either version", per={1: NF})

# ---------------------------------------------------------------------------------------
# 2001.08361 -- Scaling Laws for Neural Language Models v1: abstract only.
P = "2001.08361"
K_STUDY = "We study empirical scaling laws for language model performance on the cross-entropy loss."
K_POWER = "The loss scales as a power-law with model size, dataset size, and the amount of compute used for training, with some trends spanning more than seven orders of magnitude."
K_ARCH = "Other architectural details such as network width or depth have minimal effects within a wide range."
K_EQ = "Simple equations govern the dependence of overfitting on model/dataset size and the dependence of training speed on model size."
K_ALLOC = "These relationships allow us to determine the optimal allocation of a fixed compute budget."
K_LARGER = "Larger models are significantly more sample-efficient, such that optimally compute-efficient training involves training very large models on a relatively modest amount of data and stopping significantly before convergence."

claim(P, 1, "verbatim", SUP, K_ARCH, [S(K_ARCH)], "the abstract's sentence word for word")
claim(P, 1, "paraphrase", SUP,
      "Kaplan et al. present a large-scale empirical study of how language-model cross-entropy loss scales.",
      [S(K_STUDY)], "light paraphrase of the first sentence")
claim(P, 1, "number-format", CON,
      "Some of the loss trends span more than six orders of magnitude.",
      [S(K_POWER)], "seven, not six")
claim(P, 1, "number-format", SUP,
      "Some scaling trends in the study span over 7 orders of magnitude.",
      [S(K_POWER)], "'seven' written as a digit")
claim(P, 1, "polarity", CON,
      "Larger models are found to be markedly less sample-efficient than smaller ones.",
      [S(K_LARGER)], "significantly more sample-efficient")
claim(P, 1, "polarity", CON,
      "Network width and depth have large effects on loss across a wide range.",
      [S(K_ARCH)], "minimal effects")
claim(P, 1, "polarity", SUP,
      "Compute-optimal training stops well before convergence.",
      [S(K_LARGER)], "stated")
claim(P, 1, "entity-swap", PART,
      "The loss follows a power law in model size, dataset size and learning rate.",
      [S(K_POWER)], "model and dataset size right; the third is compute, not learning rate")
claim(P, 1, "two-sentences", SUP,
      "Simple equations describe overfitting and training speed, and these relations fix the optimal allocation of a fixed compute budget.",
      [S(K_EQ), S(K_ALLOC)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "Because loss follows power laws, the authors conclude that compute-efficient training uses small models on very large datasets trained to convergence.",
      [S(K_POWER), S(K_LARGER)], "power laws right; the conclusion is the opposite (very large models, modest data, stopping early)")
claim(P, 1, "absent", NF,
      "Kaplan et al. find that the optimal number of training tokens should grow in proportion to model size.",
      [], "a Chinchilla-style statement, not in this abstract")
claim(P, 1, "entity-swap", PART,
      "Network width, depth and the number of attention heads have minimal effects on loss within a wide range.",
      [S(K_ARCH)], "width and depth stated; attention heads are not named")
claim(P, 1, "absent", NF,
      "The scaling-law models reach 1.5 billion parameters.",
      [], "no model size figure in the abstract")
claim(P, 1, "paraphrase", PART,
      "The authors show that the loss scales as a power law with model size and that larger models generalize worse out of distribution.",
      [S(K_POWER)], "power law right; nothing on out-of-distribution generalization")

# ---------------------------------------------------------------------------------------
# 2203.02155 -- InstructGPT v1: abstract only (partly recalled, see the manifest).
P = "2203.02155"
I_BIGGER = "Making language models bigger does not inherently make them better at following a user's intent."
I_UNTRUE = "For example, large language models can generate outputs that are untruthful, toxic, or simply not helpful to the user."
I_AVENUE = "In this paper, we show an avenue for aligning language models with user intent on a wide range of tasks by fine-tuning with human feedback."
I_DEMO = "we collect a dataset of labeler demonstrations of the desired model behavior, which we use to fine-tune GPT-3 using supervised learning."
I_RANK = "We then collect a dataset of rankings of model outputs, which we use to further fine-tune this supervised model using reinforcement learning from human feedback."
I_PREF = "In human evaluations on our prompt distribution, outputs from the 1.3B parameter InstructGPT model are preferred to outputs from the 175B GPT-3, despite having 100x fewer parameters."
I_TRUTH = "Moreover, InstructGPT models show improvements in truthfulness and reductions in toxic output generation while having minimal performance regressions on public NLP datasets."
I_MIST = "Even though InstructGPT still makes simple mistakes, our results show that fine-tuning with human feedback is a promising direction for aligning language models with human intent."

claim(P, 1, "verbatim", CON,
      "In human evaluations on our prompt distribution, outputs from the 13B parameter InstructGPT model are preferred to outputs from the 175B GPT-3",
      [S(I_PREF)], "1.3B, not 13B", truncated=True)
claim(P, 1, "number-format", SUP,
      "Labelers preferred a 1.3-billion-parameter InstructGPT model to the 175-billion-parameter GPT-3.",
      [S(I_PREF)], "1.3B, 175B")
claim(P, 1, "number-format", CON,
      "The preferred InstructGPT model has 10x fewer parameters than GPT-3.",
      [S(I_PREF)], "100x fewer")
claim(P, 1, "polarity", CON,
      "Ouyang et al. argue that making language models bigger inherently makes them better at following user intent.",
      [S(I_BIGGER)], "does not inherently make them better")
claim(P, 1, "polarity", SUP,
      "InstructGPT reduces toxic output generation while regressing only minimally on public NLP datasets.",
      [S(I_TRUTH)], "stated")
claim(P, 1, "polarity", CON,
      "InstructGPT improves truthfulness and no longer makes simple mistakes.",
      [S(I_TRUTH), S(I_MIST)], "truthfulness right; it still makes simple mistakes")
claim(P, 1, "entity-swap", CON,
      "InstructGPT is obtained by fine-tuning GPT-2 on labeler demonstrations.",
      [S(I_DEMO)], "GPT-3, not GPT-2")
claim(P, 1, "entity-swap", SUP,
      "InstructGPT starts from GPT-3 fine-tuned with supervised learning on labeler demonstrations.",
      [S(I_DEMO)], "stated")
claim(P, 1, "two-sentences", SUP,
      "InstructGPT fine-tunes GPT-3 on labeler demonstrations and then further trains it with RLHF on rankings of model outputs.",
      [S(I_DEMO), S(I_RANK)], "two adjacent sentences")
claim(P, 1, "two-sentences", PART,
      "InstructGPT is trained on labeler demonstrations and then with RLHF on rankings, and its largest model has 6B parameters.",
      [S(I_DEMO), S(I_RANK)], "the two steps right; no 6B model in the abstract")
claim(P, 1, "sign-direction", CON,
      "Fine-tuning with human feedback increased toxic output generation relative to GPT-3.",
      [S(I_TRUTH)], "reductions in toxic output")
claim(P, 1, "sign-direction", SUP,
      "Human-feedback fine-tuning improves truthfulness over GPT-3.",
      [S(I_TRUTH)], "improvements in truthfulness")
claim(P, 1, "paraphrase", SUP,
      "The InstructGPT authors see fine-tuning with human feedback as a promising direction for aligning language models with human intent.",
      [S(I_MIST)], "light paraphrase")
claim(P, 1, "paraphrase", PART,
      "InstructGPT's demonstrations come from labeler-written prompts and API prompts in ten languages.",
      [S("Starting with a set of labeler-written prompts and prompts submitted through the OpenAI API")],
      "the two prompt sources stated; ten languages nowhere")
claim(P, 1, "number-format", PART,
      "The 1.3B InstructGPT model's outputs are preferred to the 175B GPT-3's in 71% of comparisons.",
      [S(I_PREF)], "the preference stated; 71% nowhere")
claim(P, 1, "absent", NF,
      "InstructGPT's reward model was trained on 33K comparison prompts.",
      [], "no dataset sizes in the abstract")
claim(P, 1, "absent", NF,
      "InstructGPT used a PPO-ptx objective mixing pretraining gradients to reduce regressions.",
      [], "PPO-ptx is not named in the abstract")
claim(P, 1, "absent", NF,
      "InstructGPT outputs were preferred 85% of the time over GPT-3 outputs.",
      [], "no preference rate in the abstract")
