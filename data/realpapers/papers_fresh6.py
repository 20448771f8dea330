"""Papers added for the *fresh6* claim split (data/realclaims, issue 13): same data format
as papers.py, which appends FRESH6_PAPERS to its PAPERS after the fresh5 ones.

A sixth blind set: kept apart so that every earlier paper stays byte-identical, and so that
whoever changes the verdict rules does not read these texts. Provenance as in papers.py:
prose is the papers' own text from the public copies named in `source`; tables were
transcribed from copies of the papers (or, where `note` says so, from the authors' README).
"""
from __future__ import annotations

# ================================================================== Chain-of-thought (2201.11903 v1, v6)
COT_V6_COPY = ("a page-by-page transcription of the v6 PDF kept in a public GitHub repository "
               "(markdown, its first page marked 'arXiv:2201.11903v6 [cs.CL] 10 Jan 2023'), found "
               "through the stored GitHub index")
COT_V6_TABLES = ("a markdown extraction of the v6 PDF kept in a public GitHub repository (its "
                 "appendix tables printed as text), found through the stored GitHub index")

COT_ARITH = {
    "label": "Table 1",
    "caption": "Chain of thought prompting outperforms standard prompting for various large "
               "language models on five arithmetic reasoning benchmarks. All metrics are accuracy "
               "(%). Ext. calc.: post-hoc external calculator for arithmetic computations only. "
               "Prior best numbers are from the following. a: Cobbe et al. (2021). b & e: Pi et "
               "al. (2022), c: Lan et al. (2021), d: Piekos et al. (2021).",
    "source": COT_V6_TABLES + " (appendix Table 1)",
    "note": "the paper's appendix Table 1, numbered 1 here too; the model name, printed once per "
            "group of three rows, repeated on each row; the API names under GPT-3 175B and Codex "
            "('text-davinci-002', 'code-davinci-002') left out of the row labels; 'N/A "
            "(finetuning)' as printed; the prior-best sources printed as superscript letters",
    "header": [[("Model", 1), ("Prompting", 1), ("GSM8K", 1), ("SVAMP", 1), ("ASDiv", 1),
                ("AQuA", 1), ("MAWPS", 1)]],
    "rows": [
        ["Prior best", "N/A (finetuning)", "55^a", "57.4^b", "75.3^c", "37.9^d", "88.4^e"],
        ["UL2 20B", "Standard", "4.1", "10.1", "16.0", "20.5", "16.6"],
        ["UL2 20B", "Chain of thought", "4.4 (+0.3)", "12.5 (+2.4)", "16.9 (+0.9)", "23.6 (+3.1)", "19.1 (+2.5)"],
        ["UL2 20B", "+ ext. calc", "6.9", "28.3", "34.3", "23.6", "42.7"],
        ["LaMDA 137B", "Standard", "6.5", "29.5", "40.1", "25.5", "43.2"],
        ["LaMDA 137B", "Chain of thought", "14.3 (+7.8)", "37.5 (+8.0)", "46.6 (+6.5)", "20.6 (-4.9)", "57.9 (+14.7)"],
        ["LaMDA 137B", "+ ext. calc", "17.8", "42.1", "53.4", "20.6", "69.3"],
        ["GPT-3 175B", "Standard", "15.6", "65.7", "70.3", "24.8", "72.7"],
        ["GPT-3 175B", "Chain of thought", "46.9 (+31.3)", "68.9 (+3.2)", "71.3 (+1.0)", "35.8 (+11.0)", "87.1 (+14.4)"],
        ["GPT-3 175B", "+ ext. calc", "49.6", "70.3", "71.1", "35.8", "87.5"],
        ["Codex", "Standard", "19.7", "69.9", "74.0", "29.5", "78.7"],
        ["Codex", "Chain of thought", "63.1 (+43.4)", "76.4 (+6.5)", "80.4 (+6.4)", "45.3 (+15.8)", "92.6 (+13.9)"],
        ["Codex", "+ ext. calc", "65.4", "77.0", "80.0", "45.3", "93.3"],
        ["PaLM 540B", "Standard", "17.9", "69.4", "72.1", "25.2", "79.2"],
        ["PaLM 540B", "Chain of thought", "56.9 (+39.0)", "79.0 (+9.6)", "73.9 (+1.8)", "35.8 (+10.6)", "93.3 (+14.2)"],
        ["PaLM 540B", "+ ext. calc", "58.6", "79.8", "72.6", "35.8", "93.5"],
    ],
}

COT_COMMONSENSE = {
    "label": "Table 2",
    "caption": "Standard prompting versus chain of thought prompting on five commonsense "
               "reasoning benchmarks, PaLM models. Chain of thought prompting is an emergent "
               "ability of model scale.",
    "source": COT_V6_TABLES + " (appendix Table 4)",
    "note": "the PaLM rows of the paper's appendix Table 4 (its UL2, LaMDA, GPT and Codex rows "
            "left out), numbered 2 here (the text's reference renumbered); the model and size "
            "columns joined into one row label; the paper's bold on the better cell of each "
            "standard/CoT pair left out; caption cut to its first sentence and the model family "
            "named, its second sentence shortened",
    "header": [[("Model", 1), ("CSQA", 2), ("StrategyQA", 2), ("Date", 2), ("Sports", 2),
                ("SayCan", 2)],
               [("", 1), ("standard", 1), ("CoT", 1), ("standard", 1), ("CoT", 1),
                ("standard", 1), ("CoT", 1), ("standard", 1), ("CoT", 1), ("standard", 1),
                ("CoT", 1)]],
    "rows": [
        ["PaLM 8B", "19.8", "24.9", "55.6", "53.5", "12.9", "13.1", "55.1", "75.2", "34.2", "40.0"],
        ["PaLM 62B", "65.4", "68.1", "58.4", "63.4", "29.8", "44.7", "72.1", "93.6", "65.8", "70.0"],
        ["PaLM 540B", "78.1", "79.9", "68.6", "77.8", "49.0", "65.3", "80.5", "95.4", "80.8", "91.7"],
    ],
}

COT_ABS_V1 = (
    "Although scaling up language model size has reliably improved performance on a range of NLP "
    "tasks, even the largest models currently struggle with certain reasoning tasks such as math "
    "word problems, symbolic manipulation, and commonsense reasoning. This paper explores the "
    "ability of language models to generate a coherent chain of thought -- a series of short "
    "sentences that mimic the reasoning process a person might have when responding to a "
    "question. Experiments show that inducing a chain of thought via prompting can enable "
    "sufficiently large language models to better perform reasoning tasks that otherwise have "
    "flat scaling curves."
)

COT_ABS_V6 = (
    "We explore how generating a chain of thought—a series of intermediate reasoning "
    "steps—significantly improves the ability of large language models to perform complex "
    "reasoning. In particular, we show how such reasoning abilities emerge naturally in "
    "sufficiently large language models via a simple method called chain-of-thought prompting, "
    "where a few chain of thought demonstrations are provided as exemplars in prompting. "
    "Experiments on three large language models show that chain-of-thought prompting improves "
    "performance on a range of arithmetic, commonsense, and symbolic reasoning tasks. The "
    "empirical gains can be striking. For instance, prompting a PaLM 540B with just eight "
    "chain-of-thought exemplars achieves state-of-the-art accuracy on the GSM8K benchmark of math "
    "word problems, surpassing even finetuned GPT-3 with a verifier."
)

COT_INTRO = [
    "The NLP landscape has recently been revolutionized by language models (Peters et al., 2018; "
    "Devlin et al., 2019; Brown et al., 2020, inter alia). Scaling up the size of language models "
    "has been shown to confer a range of benefits, such as improved performance and sample "
    "efficiency (Kaplan et al., 2020; Brown et al., 2020, inter alia). However, scaling up model "
    "size alone has not proved sufficient for achieving high performance on challenging tasks "
    "such as arithmetic, commonsense, and symbolic reasoning (Rae et al., 2021).",
    "This work explores how the reasoning ability of large language models can be unlocked by a "
    "simple method motivated by two ideas. First, techniques for arithmetic reasoning can benefit "
    "from generating natural language rationales that lead to the final answer. Prior work has "
    "given models the ability to generate natural language intermediate steps by training from "
    "scratch (Ling et al., 2017) or finetuning a pretrained model (Cobbe et al., 2021), in "
    "addition to neuro-symbolic methods that use formal languages instead of natural language "
    "(Roy and Roth, 2015; Chiang and Chen, 2019; Amini et al., 2019; Chen et al., 2019). Second, "
    "large language models offer the exciting prospect of in-context few-shot learning via "
    "prompting. That is, instead of finetuning a separate language model checkpoint for each new "
    "task, one can simply “prompt” the model with a few input–output exemplars demonstrating the "
    "task. Remarkably, this has been successful for a range of simple question-answering tasks "
    "(Brown et al., 2020).",
    "Both of the above ideas, however, have key limitations. For rationale-augmented training and "
    "finetuning methods, it is costly to create a large set of high quality rationales, which is "
    "much more complicated than simple input–output pairs used in normal machine learning. For "
    "the traditional few-shot prompting method used in Brown et al. (2020), it works poorly on "
    "tasks that require reasoning abilities, and often does not improve substantially with "
    "increasing language model scale (Rae et al., 2021). In this paper, we combine the strengths "
    "of these two ideas in a way that avoids their limitations. Specifically, we explore the "
    "ability of language models to perform few-shot prompting for reasoning tasks, given a prompt "
    "that consists of triples: (input, chain of thought, output). A chain of thought is a series "
    "of intermediate natural language reasoning steps that lead to the final output, and we refer "
    "to this approach as chain-of-thought prompting.",
    "We present empirical evaluations on arithmetic, commonsense, and symbolic reasoning "
    "benchmarks, showing that chain-of-thought prompting outperforms standard prompting, "
    "sometimes to a striking degree. On the GSM8K benchmark of math word problems (Cobbe et al., "
    "2021), chain-of-thought prompting with PaLM 540B outperforms standard prompting by a large "
    "margin and achieves new state-of-the-art performance. A prompting only approach is "
    "important because it does not require a large training dataset and because a single model "
    "checkpoint can perform many tasks without loss of generality. This work underscores how "
    "large language models can learn via a few examples with natural language data about the "
    "task (cf. automatically learning the patterns underlying inputs and outputs via a large "
    "training dataset).",
]

COT_METHOD = [
    "The goal of this paper is to endow language models with the ability to generate a similar "
    "chain of thought—a coherent series of intermediate reasoning steps that lead to the final "
    "answer for a problem. We will show that sufficiently large language models can generate "
    "chains of thought if demonstrations of chain-of-thought reasoning are provided in the "
    "exemplars for few-shot prompting.",
    "Chain-of-thought prompting has several attractive properties as an approach for "
    "facilitating reasoning in language models.",
    "First, chain of thought, in principle, allows models to decompose multi-step problems into "
    "intermediate steps, which means that additional computation can be allocated to problems "
    "that require more reasoning steps.",
    "Second, a chain of thought provides an interpretable window into the behavior of the model, "
    "suggesting how it might have arrived at a particular answer and providing opportunities to "
    "debug where the reasoning path went wrong (although fully characterizing a model's "
    "computations that support an answer remains an open question).",
    "Third, chain-of-thought reasoning can be used for tasks such as math word problems, "
    "commonsense reasoning, and symbolic manipulation, and is potentially applicable (at least in "
    "principle) to any task that humans can solve via language.",
    "Finally, chain-of-thought reasoning can be readily elicited in sufficiently large "
    "off-the-shelf language models simply by including examples of chain of thought sequences "
    "into the exemplars of few-shot prompting.",
]

COT_ARITH_P = [
    "We begin by considering math word problems, which measure the arithmetic reasoning ability "
    "of language models. Though simple for humans, arithmetic reasoning is a task where language "
    "models often struggle (Hendrycks et al., 2021; Patel et al., 2021, inter alia). Strikingly, "
    "chain-of-thought prompting when used with the 540B parameter language model performs "
    "comparably with task-specific finetuned models on several tasks, even achieving new state of "
    "the art on the challenging GSM8K benchmark (Cobbe et al., 2021).",
    "Benchmarks. We consider the following five math word problem benchmarks: (1) the GSM8K "
    "benchmark of math word problems (Cobbe et al., 2021), (2) the SVAMP dataset of math word "
    "problems with varying structures (Patel et al., 2021), (3) the ASDiv dataset of diverse math "
    "word problems (Miao et al., 2020), (4) the AQuA dataset of algebraic word problems, and (5) "
    "the MAWPS benchmark (Koncel-Kedziorski et al., 2016).",
    "Standard prompting. For the baseline, we consider standard few-shot prompting, popularized "
    "by Brown et al. (2020), in which a language model is given in-context exemplars of "
    "input–output pairs before outputting a prediction for a test-time example. Exemplars are "
    "formatted as questions and answers. The model gives the answer directly.",
    "Chain-of-thought prompting. Our proposed approach is to augment each exemplar in few-shot "
    "prompting with a chain of thought for an associated answer. As most of the datasets only "
    "have an evaluation split, we manually composed a set of eight few-shot exemplars with chains "
    "of thought for prompting. We used this single set of eight chain of thought exemplars for "
    "all benchmarks except AQuA, which is multiple choice instead of free response. For AQuA, we "
    "used four exemplars and solutions from the training set.",
    "Language models. We evaluate five large language models. The first is GPT-3 (Brown et al., "
    "2020), for which we use text-ada-001, text-babbage-001, text-curie-001, and "
    "text-davinci-002, which presumably correspond to InstructGPT models of 350M, 1.3B, 6.7B, and "
    "175B parameters (Ouyang et al., 2022). The second is LaMDA (Thoppilan et al., 2022), which "
    "has models of 422M, 2B, 8B, 68B, and 137B parameters. The third is PaLM, which has models of "
    "8B, 62B, and 540B parameters. The fourth is UL2 20B (Tay et al., 2022), and the fifth is "
    "Codex (Chen et al., 2021, code-davinci-002 in the OpenAI API). For LaMDA, we report averaged "
    "results over five random seeds, where each seed had a different randomly shuffled order of "
    "exemplars. As LaMDA experiments did not show large variance among different seeds, to save "
    "compute we report results for a single exemplar order for all other models.",
]

COT_RESULTS = [
    "There are three key takeaways. First, chain-of-thought prompting is an emergent ability of "
    "model scale (Wei et al., 2022b). That is, chain-of-thought prompting does not positively "
    "impact performance for small models, and only yields performance gains when used with "
    "models of ~100B parameters. We qualitatively found that models of smaller scale produced "
    "fluent but illogical chains of thought, leading to lower performance than standard "
    "prompting.",
    "Second, chain-of-thought prompting has larger performance gains for more-complicated "
    "problems. For instance, for GSM8K (the dataset with the lowest baseline performance), "
    "performance more than doubled for the largest GPT and PaLM models. On the other hand, for "
    "SingleOp, the easiest subset of MAWPS which only requires a single step to solve, "
    "performance improvements were either negative or very small.",
    "Third, chain-of-thought prompting via GPT-3 175B and PaLM 540B compares favorably to prior "
    "state of the art, which typically finetunes a task-specific model on a labeled training "
    "dataset. PaLM 540B uses chain-of-thought prompting to achieve new state of the art on GSM8K, "
    "SVAMP, and MAWPS (though note that standard prompting already passed the prior best for "
    "SVAMP). On the other two datasets, AQuA and ASDiv, PaLM with chain-of-thought prompting "
    "reaches within 2% of the state of the art (Appendix Table 1).",
    "To better understand why chain-of-thought prompting works, we manually examined "
    "model-generated chains of thought by LaMDA 137B for GSM8K. Of 50 random examples where the "
    "model returned the correct final answer, all of the generated chains of thought were also "
    "logically and mathematically correct except two that coincidentally arrived at the correct "
    "answer. We also randomly examined 50 random samples for which the model gave the wrong "
    "answer. The summary of this analysis is that 46% of the chains of thought were almost "
    "correct, barring minor mistakes (calculator error, symbol mapping error, or one reasoning "
    "step missing), and that the other 54% of the chains of thought had major errors in semantic "
    "understanding or coherence.",
    "For the arithmetic reasoning benchmarks, some chains of thought (along with the equations "
    "produced) were correct, except the model performed an arithmetic operation incorrectly. A "
    "similar observation was made in Cobbe et al. (2021). Hence, we can further add a Python "
    "program as an external calculator (using the Python eval function) to all the equations in "
    "the generated chain of thought. As shown in Table 1, we see that adding a calculator "
    "significantly boosts performance of chain-of-thought prompting on most tasks.",
]

COT_ABLATION = [
    "Equation only. One reason for why chain-of-thought prompting might help is that it produces "
    "the mathematical equation to be evaluated, and so we test a variation where the model is "
    "prompted to output only a mathematical equation before giving the answer. Equation only "
    "prompting does not help much for GSM8K, which implies that the semantics of the questions in "
    "GSM8K are too challenging to directly translate into an equation without the natural "
    "language reasoning steps in chain of thought. For datasets of one-step or two-step problems, "
    "however, we find that equation only prompting does improve performance, since the equation "
    "can be easily derived from the question.",
    "Variable compute only. Another intuition is that chain of thought allows the model to spend "
    "more computation (i.e., intermediate tokens) on harder problems. To isolate the effect of "
    "variable computation from chain-of-thought reasoning, we test a configuration where the "
    "model is prompted to output only a sequence of dots (. . .) equal to the number of "
    "characters in the equation needed to solve the problem. This variant performs about the "
    "same as the baseline, which suggests that variable computation by itself is not the reason "
    "for the success of chain-of-thought prompting, and that there appears to be utility from "
    "expressing intermediate steps via natural language.",
    "Chain of thought after answer. Another potential benefit of chain-of-thought prompting could "
    "simply be that such prompts allow the model to better access relevant knowledge acquired "
    "during pretraining. Therefore, we test an alternative configuration where the chain of "
    "thought prompt is only given after the answer, isolating whether the model actually depends "
    "on the produced chain of thought to give the final answer. This variant performs about the "
    "same as the baseline, which suggests that the sequential reasoning embodied in the chain of "
    "thought is useful for reasons beyond just activating knowledge.",
]

COT_COMMONSENSE_P = [
    "Although chain of thought is particularly suitable for math word problems, the "
    "language-based nature of chain of thought actually makes it applicable to a broad class of "
    "commonsense reasoning problems, which involve reasoning about physical and human "
    "interactions under the presumption of general background knowledge. Commonsense reasoning is "
    "key for interacting with the world and is still beyond the reach of current natural "
    "language understanding systems (Talmor et al., 2021).",
    "Benchmarks. We consider five datasets covering a diverse range of commonsense reasoning "
    "types. The popular CSQA (Talmor et al., 2019) asks commonsense questions about the world "
    "involving complex semantics that often require prior knowledge. StrategyQA (Geva et al., "
    "2021) requires models to infer a multi-hop strategy to answer questions. We choose two "
    "specialized evaluation sets from the BIG-bench effort (BIG-bench collaboration, 2021): Date "
    "Understanding, which involves inferring a date from a given context, and Sports "
    "Understanding, which involves determining whether a sentence relating to sports is "
    "plausible or implausible. Finally, the SayCan dataset (Ahn et al., 2022) involves mapping a "
    "natural language instruction to a sequence of robot actions from a discrete set.",
    "Results. Full results for PaLM at different model scales are shown in Table 2. For all "
    "tasks, scaling up model size improved the performance of standard prompting; "
    "chain-of-thought prompting led to further gains, with improvements appearing to be largest "
    "for PaLM 540B. With chain-of-thought prompting, PaLM 540B achieved strong performance "
    "relative to baselines, outperforming the prior state of the art on StrategyQA (75.6% vs "
    "69.4%) and outperforming an unaided sports enthusiast on sports understanding (95.4% vs "
    "84%). These results demonstrate that chain-of-thought prompting can also improve "
    "performance on tasks requiring a range of commonsense reasoning abilities (though note that "
    "gain was minimal on CSQA).",
]

COT_CONCLUSION = [
    "We have explored chain-of-thought prompting as a simple and broadly applicable method for "
    "enhancing reasoning in language models. Through experiments on arithmetic, symbolic, and "
    "commonsense reasoning, we find that chain-of-thought reasoning is an emergent property of "
    "model scale that allows sufficiently large language models to perform reasoning tasks that "
    "otherwise have flat scaling curves. Broadening the range of reasoning tasks that language "
    "models can perform will hopefully inspire further work on language-based approaches to "
    "reasoning.",
]

# ================================================================== Chinchilla (2203.15556v1)
CHIN_COPY = ("a Docling markdown extraction of the paper's PDF (tables as text) kept in a public "
             "GitHub repository, found through the stored GitHub index")
CHIN_COPY2 = ("a MinerU markdown extraction of the paper's PDF kept in a public GitHub "
              "repository, found through the stored GitHub index")

CHIN_LLMS = {
    "label": "Table 1",
    "caption": "Current LLMs. We show five of the current largest dense transformer models, their "
               "size, and the number of training tokens. Other than LaMDA (Thoppilan et al., "
               "2022), most models are trained for approximately 300 billion tokens. We introduce "
               "Chinchilla, a substantially smaller model, trained for much longer than 300B "
               "tokens.",
    "source": CHIN_COPY + " (Table 1)",
    "note": "the paper's Table 1 as printed",
    "header": [[("Model", 1), ("Size (# Parameters)", 1), ("Training Tokens", 1)]],
    "rows": [
        ["LaMDA (Thoppilan et al., 2022)", "137 Billion", "168 Billion"],
        ["GPT-3 (Brown et al., 2020)", "175 Billion", "300 Billion"],
        ["Jurassic (Lieber et al., 2021)", "178 Billion", "300 Billion"],
        ["Gopher (Rae et al., 2021)", "280 Billion", "300 Billion"],
        ["MT-NLG 530B (Smith et al., 2022)", "530 Billion", "270 Billion"],
        ["Chinchilla", "70 Billion", "1.4 Trillion"],
    ],
}

CHIN_EXPONENTS = {
    "label": "Table 2",
    "caption": "Estimated parameter and data scaling with increased training compute. The listed "
               "values are the exponents, a and b, of compute in the optimal model size and the "
               "optimal number of training tokens. Our analysis suggests a near equal scaling in parameters and data with "
               "increasing compute which is in clear contrast to previous work on the scaling of "
               "large models.",
    "source": CHIN_COPY + " (Table 2)",
    "note": "the paper's Table 2 without the bootstrapped 10th/90th percentiles printed in "
            "parentheses after each exponent (garbled in the copy), and the caption's last "
            "sentence, which describes them, left out; the column headers' formulas shortened to "
            "'Coeff. a' and 'Coeff. b', and the caption's formulas (N_opt and D_opt proportional "
            "to C^a and C^b) written in words for the corpus",
    "header": [[("Approach", 1), ("Coeff. a", 1), ("Coeff. b", 1)]],
    "rows": [
        ["1. Minimum over training curves", "0.50", "0.50"],
        ["2. IsoFLOP profiles", "0.49", "0.51"],
        ["3. Parametric modelling of the loss", "0.46", "0.54"],
        ["Kaplan et al. (2020)", "0.73", "0.27"],
    ],
}

CHIN_OPTIMAL = {
    "label": "Table 3",
    "caption": "Estimated optimal training FLOPs and training tokens for various model sizes. For "
               "various model sizes, we show the projections from Approach 1 of how many FLOPs and "
               "training tokens would be needed to train compute-optimal models. The estimates "
               "for Approach 2 & 3 are similar (shown in Section D.3).",
    "source": CHIN_COPY + " (Table 3)",
    "note": "the paper's Table 3 without its 'FLOPs (in Gopher unit)' column (fractions garbled in "
            "the copy); FLOPs as the copy prints them",
    "header": [[("Parameters", 1), ("FLOPs", 1), ("Tokens", 1)]],
    "rows": [
        ["400 Million", "1.92e+19", "8.0 Billion"],
        ["1 Billion", "1.21e+20", "20.2 Billion"],
        ["10 Billion", "1.23e+22", "205.1 Billion"],
        ["67 Billion", "5.76e+23", "1.5 Trillion"],
        ["175 Billion", "3.85e+24", "3.7 Trillion"],
        ["280 Billion", "9.9e+24", "5.9 Trillion"],
        ["520 Billion", "3.43e+25", "11.0 Trillion"],
        ["1 Trillion", "1.27e+26", "21.2 Trillion"],
        ["10 Trillion", "1.3e+28", "216.2 Trillion"],
    ],
}

CHIN_MMLU = {
    "label": "Table 4",
    "caption": "Massive Multitask Language Understanding (MMLU). We report the average 5-shot "
               "accuracy over 57 tasks with model and human accuracy comparisons taken from "
               "Hendrycks et al. (2020). We also include the average prediction for state of the "
               "art accuracy in June 2022/2023 made by 73 competitive human forecasters in "
               "Steinhardt (2021).",
    "source": CHIN_COPY + " (Table 6)",
    "note": "the paper's Table 6, numbered 4 here (the text's references renumbered); the paper "
            "prints no header row, the two header cells are written for the corpus",
    "header": [[("Model or forecast", 1), ("Accuracy", 1)]],
    "rows": [
        ["Random", "25.0%"],
        ["Average human rater", "34.5%"],
        ["GPT-3 5-shot", "43.9%"],
        ["Gopher 5-shot", "60.0%"],
        ["Chinchilla 5-shot", "67.6%"],
        ["Average human expert performance", "89.8%"],
        ["June 2022 Forecast", "57.1%"],
        ["June 2023 Forecast", "63.4%"],
    ],
}

CHIN_READING = {
    "label": "Table 5",
    "caption": "Reading comprehension. On RACE-h and RACE-m (Lai et al., 2017), Chinchilla "
               "considerably improves performance over Gopher. Note that GPT-3 and MT-NLG 530B use "
               "a different prompt format than we do on RACE-h/m, so results are not comparable "
               "to Gopher and Chinchilla. On LAMBADA (Paperno et al., 2016), Chinchilla "
               "outperforms both Gopher and MT-NLG 530B.",
    "source": CHIN_COPY + " (Table 7)",
    "note": "the paper's Table 7, numbered 5 here (the text's references renumbered); the empty "
            "corner header cell written 'Task'",
    "header": [[("Task", 1), ("Chinchilla", 1), ("Gopher", 1), ("GPT-3", 1), ("MT-NLG 530B", 1)]],
    "rows": [
        ["LAMBADA Zero-Shot", "77.4", "74.5", "76.2", "76.6"],
        ["RACE-m Few-Shot", "86.8", "75.1", "58.1", "-"],
        ["RACE-h Few-Shot", "82.3", "71.6", "46.8", "47.9"],
    ],
}

CHIN_ABS = (
    "We investigate the optimal model size and number of tokens for training a transformer "
    "language model under a given compute budget. We find that current large language models are "
    "significantly undertrained, a consequence of the recent focus on scaling language models "
    "whilst keeping the amount of training data constant. By training over 400 language models "
    "ranging from 70 million to over 16 billion parameters on 5 to 500 billion tokens, we find "
    "that for compute-optimal training, the model size and the number of training tokens should "
    "be scaled equally: for every doubling of model size the number of training tokens should "
    "also be doubled. We test this hypothesis by training a predicted compute-optimal model, "
    "Chinchilla, that uses the same compute budget as Gopher but with 70B parameters and 4× more "
    "more data. Chinchilla uniformly and significantly outperforms Gopher (280B), GPT-3 (175B), "
    "Jurassic-1 (178B), and Megatron-Turing NLG (530B) on a large range of downstream evaluation "
    "tasks. This also means that Chinchilla uses substantially less compute for fine-tuning and "
    "inference, greatly facilitating downstream usage. As a highlight, Chinchilla reaches a "
    "state-of-the-art average accuracy of 67.5% on the MMLU benchmark, greater than a 7% "
    "improvement over Gopher."
)

CHIN_INTRO = [
    "Recently a series of Large Language Models (LLMs) have been introduced (Brown et al., 2020; "
    "Lieber et al., 2021; Rae et al., 2021; Smith et al., 2022; Thoppilan et al., 2022), with the "
    "largest dense language models now having over 500 billion parameters. These large "
    "autoregressive transformers (Vaswani et al., 2017) have demonstrated impressive performance "
    "on many tasks using a variety of evaluation protocols such as zero-shot, few-shot, and "
    "fine-tuning.",
    "The compute and energy cost for training large language models is substantial (Rae et al., "
    "2021; Thoppilan et al., 2022) and rises with increasing model size. In practice, the "
    "allocated training compute budget is often known in advance: how many accelerators are "
    "available and for how long we want to use them. Since it is typically only feasible to "
    "train these large models once, accurately estimating the best model hyperparameters for a "
    "given compute budget is critical (Tay et al., 2021).",
    "Kaplan et al. (2020) showed that there is a power law relationship between the number of "
    "parameters in an autoregressive language model (LM) and its performance. As a result, the "
    "field has been training larger and larger models, expecting performance improvements. One "
    "notable conclusion in Kaplan et al. (2020) is that large models should not be trained to "
    "their lowest possible loss to be compute optimal. Whilst we reach the same conclusion, we "
    "estimate that large models should be trained for many more training tokens than recommended "
    "by the authors. Specifically, given a 10× increase computational budget, they suggests that "
    "the size of the model should increase 5.5× while the number of training tokens should only "
    "increase 1.8×. Instead, we find that model size and the number of training tokens should be "
    "scaled in equal proportions.",
    "Following Kaplan et al. (2020) and the training setup of GPT-3 (Brown et al., 2020), many of "
    "the recently trained large models have been trained for approximately 300 billion tokens "
    "(Table 1), in line with the approach of predominantly increasing model size when increasing "
    "compute.",
    "Based on our estimated compute-optimal frontier, we predict that for the compute budget used "
    "to train Gopher, an optimal model should be 4 times smaller, while being training on 4 times "
    "more tokens. We verify this by training a more compute-optimal 70B model, called Chinchilla, "
    "on 1.4 trillion tokens. Not only does Chinchilla outperform its much larger counterpart, "
    "Gopher, but its reduced model size reduces inference cost considerably and greatly "
    "facilitates downstream uses on smaller hardware. The energy cost of a large language model "
    "is amortized through its usage for inference an fine-tuning. The benefits of a more "
    "optimally trained smaller model, therefore, extend beyond the immediate benefits of its "
    "improved performance.",
]

CHIN_SCALING = [
    "We find that the three approaches, despite using different fitting methodologies and "
    "different trained models, yield comparable predictions for the optimal scaling in "
    "parameters and tokens with FLOPs (shown in Table 2). All three approaches suggest that as "
    "compute budget increases, model size and the amount of training data should be increased in "
    "approximately equal proportions. The first and second approaches yield very similar "
    "predictions for optimal model sizes. The third approach predicts even smaller models being "
    "optimal at larger compute budgets.",
    "In Table 3 we show the estimated number of FLOPs and tokens that would ensure that a model "
    "of a given size lies on the compute-optimal frontier. Our findings suggests that the current "
    "generation of large language models are considerably over-sized, given their respective "
    "compute budgets. For example, we find that a 175 billion parameter model should be trained "
    "with a compute budget of 4.41e24 FLOPs and on over 4.2 trillion tokens. A 280 billion "
    "Gopher-like model is the optimal model to train given a compute budget of approximately "
    "1e25 FLOPs and should be trained on 6.8 trillion tokens. Unless one has a compute budget of "
    "1e26 FLOPs (over 250× the compute used to train Gopher), a 1 trillion parameter model is "
    "unlikely to be the optimal model to train. Furthermore, the amount of training data that is "
    "projected to be needed is far beyond what is currently used to train large models, and "
    "underscores the importance of dataset collection in addition to engineering improvements "
    "that allow for model scale.",
    "In Appendix C, we reproduce the IsoFLOP analysis on two additional datasets: C4 (Raffel et "
    "al., 2020a) and GitHub code (Rae et al., 2021). In both cases we reach the similar "
    "conclusion that model size and number of training tokens should be scaled in equal "
    "proportions.",
]

CHIN_MODEL = [
    "Based on our analysis in Section 3, the optimal model size for the Gopher compute budget is "
    "somewhere between 40 and 70 billion parameters. We test this hypothesis by training a model "
    "on the larger end of this range—70B parameters—for 1.4T tokens, due to both dataset and "
    "computational efficiency considerations. In this section we compare this model, which we "
    "call Chinchilla, to Gopher and other LLMs. Both Chinchilla and Gopher have been trained for "
    "the same number of FLOPs but differ in the size of the model and the number of training "
    "tokens.",
    "While pre-training a large language model has a considerable compute cost, downstream "
    "finetuning and inference also make up substantial compute usage (Rae et al., 2021). Due to "
    "being 4× smaller than Gopher, both the memory footprint and inference cost of Chinchilla "
    "are also smaller.",
    "We train Chinchilla with a slightly modified SentencePiece (Kudo and Richardson, 2018) "
    "tokenizer that does not apply NFKC normalisation. The vocabulary is very similar—94.15% of "
    "tokens are the same as those used for training Gopher. We use AdamW (Loshchilov and Hutter, "
    "2019) for Chinchilla rather than Adam (Kingma and Ba, 2014) as this improves the language "
    "modelling loss and the downstream task performance after finetuning.",
]

CHIN_RESULTS = [
    "Chinchilla significantly outperforms Gopher on all evaluation subsets of The Pile (Gao et "
    "al., 2020). Compared to Jurassic-1 (178B) Lieber et al. (2021), Chinchilla is more "
    "performant on all but two subsets—dm_mathematics and ubuntu_irc. On Wikitext103 (Merity et "
    "al., 2017), Chinchilla achieves a perplexity of 7.16 compared to 7.75 for Gopher. Some "
    "caution is needed when comparing Chinchilla with Gopher on these language modelling "
    "benchmarks as Chinchilla is trained on 4× more data than Gopher and thus train/test set "
    "leakage may artificially enhance the results.",
    "The Massive Multitask Language Understanding (MMLU) benchmark (Hendrycks et al., 2020) "
    "consists of a range of exam-like questions on academic subjects. In Table 4, we report "
    "Chinchilla's average 5-shot performance on MMLU. On this benchmark, Chinchilla "
    "significantly outperforms Gopher despite being much smaller, with an average accuracy of "
    "67.6% (improving upon Gopher by 7.6%). Remarkably, Chinchilla even outperforms the expert "
    "forecast for June 2023 of 63.4% accuracy (see Table 4) (Steinhardt, 2021). Furthermore, "
    "Chinchilla achieves greater than 90% accuracy on 4 different individual "
    "tasks—high_school_gov_and_politics, international_law, sociology, and us_foreign_policy. To "
    "our knowledge, no other model has achieved greater than 90% accuracy on a subset.",
    "On the final word prediction dataset LAMBADA (Paperno et al., 2016), Chinchilla achieves "
    "77.4% accuracy, compared to 74.5% accuracy from Gopher and 76.6% from MT-NLG 530B (see "
    "Table 5). On RACE-h and RACE-m (Lai et al., 2017), Chinchilla greatly outperforms Gopher, "
    "improving accuracy by more than 10% in both cases—see Table 5.",
    "We analysed Chinchilla on the same set of BIG-bench tasks (BIG-bench collaboration, 2021) "
    "reported in Rae et al. (2021). Similar to what we observed in MMLU, Chinchilla outperforms "
    "Gopher on the vast majority of tasks. We find that Chinchilla improves the average "
    "performance by 10.7%, reaching an accuracy of 65.1% versus 54.4% for Gopher.",
    "On TruthfulQA (Lin et al., 2021), Chinchilla reaches 43.6%, 58.5%, and 66.7% accuracy with "
    "0-shot, 5-shot, and 10-shot respectively. In comparison, Gopher achieved only 29.5% 0-shot "
    "and 43.7% 10-shot accuracy. In stark contrast with the findings of Lin et al. (2021), the "
    "large improvements (14.1% in 0-shot accuracy) achieved by Chinchilla suggest that better "
    "modelling of the pre-training data alone can lead to substantial improvements on this "
    "benchmark.",
]

# ================================================================== LLaMA (2302.13971v1)
LLAMA_INTRO_COPY = ("the English side of a bilingual (English/Arabic) rendering of the paper's "
                    "introduction kept in a public GitHub repository, found through the stored "
                    "GitHub index")
LLAMA_BODY_COPY = ("the English side of a bilingual (English/Chinese) rendering of the paper "
                   "kept in a public GitHub repository (the English paragraphs quoted from the "
                   "paper, each followed by its translation; the tables reprinted with Chinese "
                   "headers), found through the stored GitHub index")

LLAMA_HPARAMS = {
    "label": "Table 1",
    "kind": "table*",
    "caption": "Model sizes, architectures, and optimization hyper-parameters.",
    "source": LLAMA_BODY_COPY + " (Table 2)",
    "note": "the paper's Table 2, numbered 1 here (the text's references renumbered); header cells "
            "translated back from the copy's Chinese ('params', 'dimension', 'n heads', "
            "'n layers', 'learning rate', 'batch size', 'n tokens'); set across both columns "
            "(table*); the caption translated back from the copy's Chinese",
    "header": [[("params", 1), ("dimension", 1), ("n heads", 1), ("n layers", 1),
                ("learning rate", 1), ("batch size", 1), ("n tokens", 1)]],
    "rows": [
        ["6.7B", "4096", "32", "32", "3.0e-4", "4M", "1.0T"],
        ["13.0B", "5120", "40", "40", "3.0e-4", "4M", "1.0T"],
        ["32.5B", "6656", "52", "60", "1.5e-4", "4M", "1.4T"],
        ["65.2B", "8192", "64", "80", "1.5e-4", "4M", "1.4T"],
    ],
}

LLAMA_COMMON = {
    "label": "Table 2",
    "caption": "Zero-shot performance on Common Sense Reasoning tasks.",
    "kind": "table*",
    "source": LLAMA_BODY_COPY + " (Table 3)",
    "note": "the paper's Table 3, numbered 2 here (the text's reference renumbered); the model "
            "and size columns joined into one row label ('GPT-3 175B'); bold left out; caption "
            "translated back from the copy's Chinese; the same cells in two other public "
            "summaries of the paper",
    "header": [[("Model", 1), ("BoolQ", 1), ("PIQA", 1), ("SIQA", 1), ("HellaSwag", 1),
                ("WinoGrande", 1), ("ARC-e", 1), ("ARC-c", 1), ("OBQA", 1)]],
    "rows": [
        ["GPT-3 175B", "60.5", "81.0", "-", "78.9", "70.2", "68.8", "51.4", "57.6"],
        ["Gopher 280B", "79.3", "81.8", "50.6", "79.2", "70.1", "-", "-", "-"],
        ["Chinchilla 70B", "83.7", "81.8", "51.3", "80.8", "74.9", "-", "-", "-"],
        ["PaLM 62B", "84.8", "80.5", "-", "79.7", "77.0", "75.2", "52.5", "50.4"],
        ["PaLM-cont 62B", "83.9", "81.4", "-", "80.6", "77.0", "-", "-", "-"],
        ["PaLM 540B", "88.0", "82.3", "-", "83.4", "81.1", "76.6", "53.0", "53.4"],
        ["LLaMA 7B", "76.5", "79.8", "48.9", "76.1", "70.1", "72.8", "47.6", "57.2"],
        ["LLaMA 13B", "78.1", "80.1", "50.4", "79.2", "73.0", "74.8", "52.7", "56.4"],
        ["LLaMA 33B", "83.1", "82.3", "50.4", "82.8", "76.0", "80.0", "57.8", "58.6"],
        ["LLaMA 65B", "85.3", "82.8", "52.3", "84.2", "77.0", "78.9", "56.0", "60.2"],
    ],
}

LLAMA_NQ = {
    "label": "Table 3",
    "caption": "NaturalQuestions. Exact match performance.",
    "source": LLAMA_BODY_COPY + " (Table 4)",
    "note": "the paper's Table 4, numbered 3 here (the text's reference renumbered); model and "
            "size joined into one row label; caption translated back from the copy's Chinese",
    "header": [[("Model", 1), ("0-shot", 1), ("1-shot", 1), ("5-shot", 1), ("64-shot", 1)]],
    "rows": [
        ["GPT-3 175B", "14.6", "23.0", "-", "29.9"],
        ["Gopher 280B", "10.1", "-", "24.5", "28.2"],
        ["Chinchilla 70B", "16.6", "-", "31.5", "35.5"],
        ["PaLM 8B", "8.4", "10.6", "-", "14.6"],
        ["PaLM 62B", "18.1", "26.5", "-", "27.6"],
        ["PaLM 540B", "21.2", "29.3", "-", "39.6"],
        ["LLaMA 7B", "16.8", "18.7", "22.0", "26.1"],
        ["LLaMA 13B", "20.1", "23.4", "28.1", "31.9"],
        ["LLaMA 33B", "24.9", "28.3", "32.9", "36.0"],
        ["LLaMA 65B", "23.8", "31.0", "35.0", "39.9"],
    ],
}

LLAMA_TQA = {
    "label": "Table 4",
    "caption": "TriviaQA. Zero-shot and few-shot exact match performance on the filtered dev set.",
    "source": LLAMA_BODY_COPY + " (Table 5)",
    "note": "the paper's Table 5, numbered 4 here (the text's reference renumbered); model and "
            "size joined into one row label; caption translated back from the copy's Chinese",
    "header": [[("Model", 1), ("0-shot", 1), ("1-shot", 1), ("5-shot", 1), ("64-shot", 1)]],
    "rows": [
        ["Gopher 280B", "43.5", "-", "57.0", "57.2"],
        ["Chinchilla 70B", "55.4", "-", "64.1", "64.6"],
        ["LLaMA 7B", "50.0", "53.4", "56.3", "57.6"],
        ["LLaMA 13B", "56.6", "60.5", "63.1", "64.0"],
        ["LLaMA 33B", "65.1", "67.9", "69.9", "70.4"],
        ["LLaMA 65B", "68.2", "71.6", "72.6", "73.0"],
    ],
}

LLAMA_ABS = (
    "We introduce LLaMA, a collection of foundation language models ranging from 7B to 65B "
    "parameters. We train our models on trillions of tokens, and show that it is possible to "
    "train state-of-the-art models using publicly available datasets exclusively, without "
    "resorting to proprietary and inaccessible datasets. In particular, LLaMA-13B outperforms "
    "GPT-3 (175B) on most benchmarks, and LLaMA-65B is competitive with the best models, "
    "Chinchilla-70B and PaLM-540B. We release all our models to the research community."
)

LLAMA_INTRO = [
    "Large Languages Models (LLMs) trained on massive corpora of texts have shown their ability "
    "to perform new tasks from textual instructions or from a few examples (Brown et al., 2020). "
    "These few-shot properties first appeared when scaling models to a sufficient size (Kaplan "
    "et al., 2020), resulting in a line of work that focuses on further scaling these models "
    "(Chowdhery et al., 2022; Rae et al., 2021).",
    "These efforts are based on the assumption that more parameters will lead to better "
    "performance. However, recent work from Hoffmann et al. (2022) shows that, for a given "
    "compute budget, the best performances are not achieved by the largest models, but by "
    "smaller models trained on more data.",
    "The objective of the scaling laws from Hoffmann et al. (2022) is to determine how to best "
    "scale the dataset and model sizes for a particular training compute budget. However, this "
    "objective disregards the inference budget, which becomes critical when serving a language "
    "model at scale. In this context, given a target level of performance, the preferred model "
    "is not the fastest to train but the fastest at inference, and although it may be cheaper to "
    "train a large model to reach a certain level of performance, a smaller one trained longer "
    "will ultimately be cheaper at inference. For instance, although Hoffmann et al. (2022) "
    "recommends training a 10B model on 200B tokens, we find that the performance of a 7B model "
    "continues to improve even after 1T tokens.",
    "The focus of this work is to train a series of language models that achieve the best "
    "possible performance at various inference budgets, by training on more tokens than what is "
    "typically used. The resulting models, called LLaMA, ranges from 7B to 65B parameters with "
    "competitive performance compared to the best existing LLMs. For instance, LLaMA-13B "
    "outperforms GPT-3 on most benchmarks, despite being 10× smaller. We believe that this model "
    "will help democratize the access and study of LLMs, since it can be run on a single GPU. At "
    "the higher-end of the scale, our 65B-parameter model is also competitive with the best "
    "large language models such as Chinchilla or PaLM-540B.",
    "Unlike Chinchilla, PaLM, or GPT-3, we only use publicly available data, making our work "
    "compatible with open-sourcing, while most existing models rely on data which is either not "
    "publicly available or undocumented (e.g. “Books – 2TB” or “Social media conversations”). "
    "There exist some exceptions, notably OPT (Zhang et al., 2022), GPT-NeoX (Black et al., "
    "2022), BLOOM (Scao et al., 2022) and GLM (Zeng et al., 2022), but none that are competitive "
    "with PaLM-62B or Chinchilla.",
    "In the rest of this paper, we present an overview of the modifications we made to the "
    "transformer architecture (Vaswani et al., 2017), as well as our training method. We then "
    "report the performance of our models and compare with others LLMs on a set of standard "
    "benchmarks. Finally, we expose some of the biases and toxicity encoded in our models, using "
    "some of the most recent benchmarks from the responsible AI community.",
]

LLAMA_DATA = [
    "Stack Exchange [2%]. We include a dump of Stack Exchange, a website of high quality "
    "questions and answers that covers a diverse set of domains, ranging from computer science "
    "to chemistry. We kept the data from the 28 largest websites, removed the HTML tags from "
    "text and sorted the answers by score (from highest to lowest).",
    "Tokenizer. We tokenize the data with the byte-pair encoding (BPE) algorithm (Sennrich et "
    "al., 2015), using the implementation from SentencePiece (Kudo and Richardson, 2018). "
    "Notably, we split all numbers into individual digits, and fallback to bytes to decompose "
    "unknown UTF-8 characters.",
    "Overall, our entire training dataset contains roughly 1.4T tokens after tokenization. For "
    "most of our training data, each token is used only once during training, with the "
    "exception of the Wikipedia and Books domains, over which we perform approximately two "
    "epochs.",
]

LLAMA_ARCH = [
    "Following recent work on large language models, our network is based on the transformer "
    "architecture (Vaswani et al., 2017). We leverage various improvements that were "
    "subsequently proposed, and used in different models such as PaLM.",
    "Pre-normalization [GPT3]. To improve the training stability, we normalize the input of each "
    "transformer sub-layer, instead of normalizing the output. We use the RMSNorm normalizing "
    "function, introduced by Zhang and Sennrich (2019).",
    "SwiGLU activation function [PaLM]. We replace the ReLU non-linearity by the SwiGLU "
    "activation function, introduced by Shazeer (2020) to improve the performance. We use a "
    "dimension of 2/3*4d instead of 4d as in PaLM.",
    "Rotary Embeddings [GPTNeo]. We remove the absolute positional embeddings, and instead, add "
    "rotary positional embeddings (RoPE), introduced by Su et al. (2021), at each layer of the "
    "network.",
    "The details of the hyper-parameters for our different models are given in Table 1.",
    "Our models are trained using the AdamW optimizer (Loshchilov and Hutter, 2017), with the "
    "following hyper-parameters: beta1 = 0.9, beta2 = 0.95. We use a cosine learning rate "
    "schedule, such that the final learning rate is equal to 10% of the maximal learning rate. "
    "We use a weight decay of 0.1 and gradient clipping of 1.0. We use 2,000 warmup steps, and "
    "vary the learning rate and batch size with the size of the model (see Table 1 for details).",
    "We make several optimizations to improve the training speed of our models. First, we use an "
    "efficient implementation of the causal multi-head attention to reduce memory usage and "
    "runtime. This implementation, available in the xformers library, is inspired by Rabe and "
    "Staats (2021) and uses the backward from Dao et al. (2022). This is achieved by not storing "
    "the attention weights and not computing the key/query scores that are masked due to the "
    "causal nature of the language modeling task.",
    "When training a 65B-parameter model, our code processes around 380 tokens/sec/GPU on 2048 "
    "A100 GPU with 80GB of RAM. This means that training over our dataset containing 1.4T tokens "
    "takes approximately 21 days.",
]

LLAMA_RESULTS = [
    "Following previous work (Brown et al., 2020), we consider zero-shot and few-shot tasks, and "
    "report results on a total of 20 benchmarks.",
    "Zero-shot. We provide a textual description of the task and a test example. The model "
    "either provides an answer using open-ended generation, or ranks the proposed answers.",
    "Few-shot. We provide a few examples of the task (between 1 and 64) and a test example. The "
    "model takes this text as input and generates the answer or ranks different options.",
    "We compare LLaMA with other foundation models, namely the non-publicly available language "
    "models GPT-3 (Brown et al., 2020), Gopher (Rae et al., 2021), Chinchilla (Hoffmann et al., "
    "2022) and PaLM (Chowdhery et al., 2022), as well as the open-sourced OPT models (Zhang et "
    "al., 2022), GPT-J (Wang and Komatsuzaki, 2021), and GPT-Neo (Black et al., 2022).",
]

LLAMA_COMMON_P = [
    "We consider eight standard common sense reasoning benchmarks: BoolQ (Clark et al., 2019), "
    "PIQA (Bisk et al., 2020), SIQA (Sap et al., 2019), HellaSwag (Zellers et al., 2019), "
    "WinoGrande (Sakaguchi et al., 2021), ARC easy and challenge (Clark et al., 2018) and "
    "OpenBookQA (Mihaylov et al., 2018). These datasets include Cloze and Winograd style tasks, "
    "as well as multiple choice question answering. We evaluate in the zero-shot setting as done "
    "in the language modeling community.",
    "In Table 2, we compare with existing models of various sizes and report numbers from the "
    "corresponding papers. First, LLaMA-65B outperforms Chinchilla-70B on all reported "
    "benchmarks but BoolQ. Similarly, this model surpasses PaLM-540B everywhere but on BoolQ and "
    "WinoGrande. LLaMA-13B model also outperforms GPT-3 on most benchmarks despite being 10x "
    "smaller.",
]

LLAMA_QA_P = [
    "We compare LLaMA to existing large language models on two closed-book question answering "
    "benchmarks: Natural Questions (Kwiatkowski et al., 2019) and TriviaQA (Joshi et al., 2017). "
    "For both benchmarks, we report exact match performance in a closed book setting, i.e., where "
    "the models do not have access to documents that contain evidence to answer the question. In "
    "Table 3, we report performance on NaturalQuestions, and in Table 4, we report on TriviaQA. "
    "On both benchmarks, LLaMA-65B achieve state-of-the-arts performance in the zero-shot and "
    "few-shot settings. More importantly, the LLaMA-13B is also competitive on these benchmarks "
    "with GPT-3 and Chinchilla, despite being 5-10x smaller. This model runs on a single V100 GPU "
    "during inference.",
    "We evaluate our models on the RACE reading comprehension benchmark (Lai et al., 2017). This "
    "dataset was collected from English reading comprehension exams designed for middle and high "
    "school Chinese students. On these benchmarks, LLaMA-65B is competitive with PaLM-540B, and, "
    "LLaMA-13B outperforms GPT-3 by a few percents.",
]

# ================================================================== PEGASUS (1912.08777v1)
PEGASUS_README = ("the README of the authors' repository github.com/google-research/pegasus "
                  "(the version headed 'Results update', with the 'Mixed & Dynamic' column), "
                  "read through the stored GitHub index")

PEGASUS_TABLE = {
    "label": "Table 1",
    "kind": "table*",
    "caption": "ROUGE-1/ROUGE-2/ROUGE-L of PEGASUS-large pre-trained on C4, on HugeNews, and "
               "on both with dynamic gap sentence sampling, on twelve downstream datasets.",
    "source": PEGASUS_README + " (its results table)",
    "note": "not a table of the paper: the README's results table as printed, the trailing '*' "
            "of two cells kept; caption written for the corpus",
    "header": [[("dataset", 1), ("C4", 1), ("HugeNews", 1), ("Mixed & Dynamic", 1)]],
    "rows": [
        ["xsum", "45.20/22.06/36.99", "47.21/24.56/39.25", "47.60/24.83/39.64"],
        ["cnn_dailymail", "43.90/21.20/40.76", "44.17/21.47/41.11", "44.16/21.56/41.30"],
        ["newsroom", "45.07/33.39/41.28", "45.15/33.51/41.33", "45.98/34.20/42.18"],
        ["multi_news", "46.74/17.95/24.26", "47.52/18.72/24.91", "47.65/18.75/24.95"],
        ["gigaword", "38.75/19.96/36.14", "39.12/19.86/36.24", "39.65/20.47/36.76"],
        ["wikihow", "43.07/19.70/34.79", "41.35/18.51/33.42", "46.39/22.12/38.41 *"],
        ["reddit_tifu", "26.54/8.94/21.64", "26.63/9.01/21.60", "27.99/9.81/22.94"],
        ["big_patent", "53.63/33.16/42.25", "53.41/32.89/42.07", "52.29/33.08/41.66 *"],
        ["arxiv", "44.70/17.27/25.80", "44.67/17.18/25.73", "44.21/16.95/25.67"],
        ["pubmed", "45.49/19.90/27.69", "45.09/19.56/27.42", "45.97/20.15/28.25"],
        ["aeslc", "37.69/21.85/36.84", "37.40/21.22/36.45", "37.68/21.25/36.51"],
        ["billsum", "57.20/39.56/45.80", "57.31/40.19/45.82", "59.67/41.58/47.59"],
    ],
}

PEGASUS_ABS = (
    "Recent work pre-training Transformers with self-supervised objectives on large text "
    "corpora has shown great success when fine-tuned on downstream NLP tasks including text "
    "summarization. However, pre-training objectives tailored for abstractive text "
    "summarization have not been explored. Furthermore there is a lack of systematic evaluation "
    "across diverse domains. In this work, we propose pre-training large Transformer-based "
    "encoder-decoder models on massive text corpora with a new self-supervised objective. In "
    "PEGASUS, important sentences are removed/masked from an input document and are generated "
    "together as one output sequence from the remaining sentences, similar to an extractive "
    "summary. We evaluated our best PEGASUS model on 12 downstream summarization tasks spanning "
    "news, science, stories, instructions, emails, patents, and legislative bills. Experiments "
    "demonstrate it achieves state-of-the-art performance on all 12 downstream datasets measured "
    "by ROUGE scores. Our model also shows surprising performance on low-resource "
    "summarization, surpassing previous state-of-the-art results on 6 datasets with only 1000 "
    "examples. Finally we validated our results using human evaluation and show that our model "
    "summaries achieve human performance on multiple datasets."
)

PEGASUS_LIBRARY = [
    "Pre-training with Extracted Gap-sentences for Abstractive SUmmarization Sequence-to-sequence "
    "models, or PEGASUS, uses self-supervised objective Gap Sentences Generation (GSG) to train a "
    "transformer encoder-decoder model.",
]

PEGASUS_UPDATE = [
    "We train a dynamic gap sentence generation model on both C4 and HugeNews, and dynamicly "
    "sample important sentences. The updated the results are reported in this table.",
]

PEGASUS_CHANGES = [
    "The “Mixed & Dynamic” model has the following changes:",
    "trained on both C4 and HugeNews (dataset mixsure is weighted by their number of examples).",
    "trained for 1.5M instead of 500k (we observe slower convergence on pretraining perplexity).",
    "the model dynamicly choose 15%-45% important sentences to generate",
    "importance sentences are sampled instead of using a fixed strategy (This is done by adding a "
    "20% noise to importance scores.)",
    "the sentencepiece tokenizer is updated to be able to encode newline character.",
    "(*) the numbers of wikihow and big_patent datasets are not comparable because of change in "
    "tokenization and data:",
    "wikihow dataset contains newline characters which is useful for paragraph segmentation, the "
    "C4 and HugeNews model's sentencepiece tokenizer doesn't encode newline and loose this "
    "information.",
    "we update the BigPatent dataset to preserve casing, some format cleanings are also changed, "
    "please refer to change in TFDS.",
]

# ------------------------------------------------------------------ the papers
COT_TITLE = "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models"
COT_AUTHORS = ("Jason Wei, Xuezhi Wang, Dale Schuurmans, Maarten Bosma, Brian Ichter, Fei Xia, "
               "Ed H. Chi, Quoc V. Le, Denny Zhou")


def _paras(texts: list[str]) -> list[dict]:
    return [{"p": t} for t in texts]


FRESH6_PAPERS = [
    {
        "arxiv": "2201.11903", "version": 1, "layout": "neurips",
        "title": COT_TITLE, "authors": COT_AUTHORS, "affil": "Google Research, Brain Team",
        "stamp": "arXiv:2201.11903v1 [cs.CL] 28 Jan 2022",
        "abstract": COT_ABS_V1,
        "sections": [],
        "source": {"abstract": "https://deepai.org/publication/chain-of-thought-prompting-elicits-reasoning-in-large-language-models (dated 01/28/2022, the date of v1) and the opening words of https://arxiv.org/abs/2201.11903v1 as quoted in an embed at https://hatenablog-parts.com/embed?url=https%3A%2F%2Farxiv.org%2Fabs%2F2201.11903v1 (the January 2022 text: 'Although scaling up language model size ...', 'flat scaling curves'); the dash written '--'"},
        "synthetic": False,
        "note": "abstract only; the author list is that of v6 (not checked against v1); the layout is a typesetting choice, not checked against the v1 PDF",
    },
    {
        "arxiv": "2201.11903", "version": 6, "layout": "neurips",
        "title": COT_TITLE, "authors": COT_AUTHORS, "affil": "Google Research, Brain Team",
        "stamp": "arXiv:2201.11903v6 [cs.CL] 10 Jan 2023",
        "abstract": COT_ABS_V6,
        "sections": [("Introduction", _paras(COT_INTRO)),
                     ("Chain-of-Thought Prompting", _paras(COT_METHOD)),
                     ("Arithmetic Reasoning", _paras(COT_ARITH_P) + _paras(COT_RESULTS)
                      + [{"table": COT_ARITH}]),
                     ("Ablation Study", _paras(COT_ABLATION)),
                     ("Commonsense Reasoning", _paras(COT_COMMONSENSE_P)
                      + [{"table": COT_COMMONSENSE}]),
                     ("Conclusions", _paras(COT_CONCLUSION))],
        "source": {"abstract": COT_V6_COPY + " ('prompting a PaLM 540B', as the v6 PDF prints it; the arXiv abstract page has 'a 540B-parameter language model')",
                   "introduction": COT_V6_COPY + ": the four paragraphs of section 1; 'Figure 2 illustrates one such result—on the GSM8K ...' written 'On the GSM8K ...' and the sentence pointing to Figure 1 left out",
                   "chain-of-thought prompting": COT_V6_COPY + ": section 2 from its third sentence (the first two quote a worked example), its second paragraph (on Figure 1) left out, the four numbered properties as paragraphs",
                   "arithmetic reasoning": COT_V6_COPY + ": the opening of section 3 ('of the form in Figure 1' left out), section 3.1 (figure and appendix pointers left out, the exemplar sentences shortened to their clauses without pointers, the greedy-decoding sentence left out), section 3.2 (its first sentence, a pointer to Figure 4 and appendix Table 2, left out; 'Figure 4 shows that/how' taken out of two sentences; '(Appendix Table 2)' renumbered '(Appendix Table 1)', which holds the same prior-best and PaLM cells; the pointers to appendices D.1, D.2 and Table 3 left out; the paragraph on PaLM 62B errors left out), and the first and last sentences of appendix B's calculator paragraph (its propagation sentence left out)",
                   "ablation study": COT_V6_COPY + ": the three ablation paragraphs of section 3.3 with their run-in headings ('Figure 5 shows that' taken out of the first; appendix pointers left out)",
                   "commonsense reasoning": COT_V6_COPY + ": the opening and the Benchmarks paragraph of section 4 (its figure pointer left out) and its Results paragraph, whose first sentence ('Figure 7 highlights these results for PaLM (full results ... in Table 4)') is written for the corpus as a pointer to Table 2",
                   "conclusions": COT_V6_COPY + ": section 8"},
        "synthetic": False,
        "note": "stamp as printed in the copy; the corpus's Table 1 is the paper's appendix Table 1 and its Table 2 the PaLM rows of appendix Table 4; the text's 75.6% on StrategyQA (from Figure 7) differs from the 77.8 of appendix Table 4 in the paper itself",
    },
    {
        "arxiv": "2203.15556", "version": 1, "layout": "iclr",
        "title": "Training Compute-Optimal Large Language Models",
        "authors": "Jordan Hoffmann, Sebastian Borgeaud, Arthur Mensch, Elena Buchatskaya, Trevor "
                   "Cai, Eliza Rutherford, Diego de Las Casas, Lisa Anne Hendricks, Johannes Welbl, "
                   "Aidan Clark, Tom Hennigan, Eric Noland, Katie Millican, George van den "
                   "Driessche, Bogdan Damoc, Aurelia Guy, Simon Osindero, Karen Simonyan, Erich "
                   "Elsen, Jack W. Rae, Oriol Vinyals, Laurent Sifre",
        "affil": "DeepMind",
        "stamp": "arXiv:2203.15556v1 [cs.CL] 29 Mar 2022",
        "abstract": CHIN_ABS,
        "sections": [("Introduction", _paras(CHIN_INTRO[:4]) + [{"table": CHIN_LLMS}]
                      + _paras(CHIN_INTRO[4:])),
                     ("Optimal model scaling", _paras(CHIN_SCALING[:1]) + [{"table": CHIN_EXPONENTS}]
                      + _paras(CHIN_SCALING[1:2]) + [{"table": CHIN_OPTIMAL}]
                      + _paras(CHIN_SCALING[2:])),
                     ("Chinchilla", _paras(CHIN_MODEL)),
                     ("Results", _paras(CHIN_RESULTS[:2]) + [{"table": CHIN_MMLU}]
                      + _paras(CHIN_RESULTS[2:3]) + [{"table": CHIN_READING}]
                      + _paras(CHIN_RESULTS[3:]))],
        "source": {"abstract": CHIN_COPY2 + " and " + CHIN_COPY + " (the same text; 'undertrained' for the copy's line-broken 'under- trained', '4×' for the formula)",
                   "introduction": CHIN_COPY2 + ": section 1 without its paragraph that sets out the optimisation problem as an equation and without the paragraph on the 400 models (whose token range is garbled in the copy); '10×', '5.5×', '1.8×' for the formulas; the paper's typos kept ('they suggests', 'while being training on', 'an fine-tuning')",
                   "optimal model scaling": CHIN_COPY + ": section 3.4's first paragraph without its pointer to Figures 1 and A3 and its sentences on residuals, and its second and third paragraphs ('as shown in Figure 1' left out; the FLOP budgets, printed as powers of ten, written 4.41e24, 1e25 and 1e26; '250×' for the formula; the closing sentence on uncertainty left out)",
                   "chinchilla": CHIN_COPY + ": the two opening paragraphs of section 4 ('—70B parameters—' for the copy's hyphens) and two of section 4.1's bullets as one paragraph (their second sentences on mathematics and chemistry and footnote 8 left out)",
                   "results": CHIN_COPY + ": sections 4.2.1 (figure and appendix-table pointers left out), 4.2.2 (the pointer to Table A6 left out, 'Table 6' renumbered 'Table 4'), 4.2.3 ('Table 7' renumbered 'Table 5'), 4.2.4 (its first three sentences, the figure pointer left out) and the TruthfulQA paragraph of 4.2.5"},
        "synthetic": False,
        "note": "arXiv lists only v1 of this paper, as recalled; stamp date as recalled, not checked; the abstract's 67.5% on MMLU differs from the 67.6% of section 4.2.2 and Table 6 in the paper itself, and section 3.4's 4.2 trillion tokens for a 175B model from the 3.7 Trillion of Table 3 (Approach 1 only)",
    },
    {
        "arxiv": "2302.13971", "version": 1, "layout": "acl",
        "title": "LLaMA: Open and Efficient Foundation Language Models",
        "authors": "Hugo Touvron, Thibaut Lavril, Gautier Izacard, Xavier Martinet, Marie-Anne "
                   "Lachaux, Timothée Lacroix, Baptiste Rozière, Naman Goyal, Eric Hambro, Faisal "
                   "Azhar, Aurelien Rodriguez, Armand Joulin, Edouard Grave, Guillaume Lample",
        "affil": "Meta AI",
        "stamp": "arXiv:2302.13971v1 [cs.CL] 27 Feb 2023",
        "abstract": LLAMA_ABS,
        "sections": [("Introduction", _paras(LLAMA_INTRO)),
                     ("Pre-training data", _paras(LLAMA_DATA)),
                     ("Architecture and training", _paras(LLAMA_ARCH[:5]) + [{"table": LLAMA_HPARAMS}]
                      + _paras(LLAMA_ARCH[5:])),
                     ("Main results", _paras(LLAMA_RESULTS)),
                     ("Common sense reasoning", _paras(LLAMA_COMMON_P) + [{"table": LLAMA_COMMON}]),
                     ("Closed-book question answering", _paras(LLAMA_QA_P[:1])
                      + [{"table": LLAMA_NQ}, {"table": LLAMA_TQA}]),
                     ("Reading comprehension", _paras(LLAMA_QA_P[1:]))],
        "source": {"abstract": "https://arxivtldr.org/abs/2302.13971 ('Original Abstract') and http://arxiver.lazybrains.com/author/1535432/page/2 (the same text; research.facebook.com prints 'Chinchilla70B')",
                   "introduction": LLAMA_INTRO_COPY + ": the six paragraphs of section 1",
                   "pre-training data": LLAMA_BODY_COPY + ": the Stack Exchange and Tokenizer paragraphs of section 2.1 and its closing paragraph on the 1.4T tokens",
                   "architecture and training": LLAMA_BODY_COPY + ": section 2.2 (its opening without the clause introducing the list; the three items as paragraphs; 'Table 2' renumbered 'Table 1'), section 2.3 (likewise renumbered), the first and last paragraphs of section 2.4 (footnote mark 2 after 'xformers library' left out)",
                   "main results": LLAMA_BODY_COPY + ": section 3's opening (the two list items as paragraphs) and its comparison paragraph without the sentence pointing to section 4",
                   "common sense reasoning": LLAMA_BODY_COPY + ": section 3.1 ('Table 3' renumbered 'Table 2')",
                   "closed-book question answering": LLAMA_BODY_COPY + ": section 3.2 ('Table 4' and 'Table 5' renumbered 'Table 3' and 'Table 4'; the copy's 'achieve state-of-the-arts' kept)",
                   "reading comprehension": LLAMA_BODY_COPY + ": section 3.3 without its sentence pointing to Table 6"},
        "synthetic": False,
        "note": "arXiv lists only v1 of this paper, as recalled; stamp date as recalled, not checked; Table 1's parameter counts (6.7B ... 65.2B) are the paper's, the model names (7B ... 65B) rounded",
    },
    {
        "arxiv": "1912.08777", "version": 1, "layout": "acl",
        "title": "PEGASUS: Pre-training with Extracted Gap-sentences for Abstractive Summarization",
        "authors": "Jingqing Zhang, Yao Zhao, Mohammad Saleh, Peter J. Liu",
        "affil": "Google Research and Imperial College London",
        "stamp": "arXiv:1912.08777v1 [cs.CL] 18 Dec 2019",
        "abstract": PEGASUS_ABS,
        "sections": [("The PEGASUS library", _paras(PEGASUS_LIBRARY)),
                     ("Results update", _paras(PEGASUS_UPDATE) + [{"table": PEGASUS_TABLE}]
                      + _paras(PEGASUS_CHANGES))],
        "source": {"abstract": "https://www.researchtrend.ai/papers/1912.08777 (listed 18 December 2019) and https://zhuanzhi.ai/paper/8f361c083ad031d1b9f06afc2f10928c (the same text)",
                   "the pegasus library": PEGASUS_README + ": its opening sentence (not the paper's text)",
                   "results update": PEGASUS_README + ": the 'Results update' section, its list of changes and its note on wikihow and big_patent as paragraphs, the leading dashes dropped (not the paper's text; its typos kept: 'dynamicly', 'mixsure', 'loose')"},
        "synthetic": False,
        "note": "the abstract is the text listed on 18 December 2019 (v1); the body is the authors' README, written after the paper, so it names a model ('Mixed & Dynamic') the v1 paper does not have; the layout is a typesetting choice",
    },
]
