"""The fresh6 split (issue 13): a sixth blind set, over five PDF versions of four papers that
no other split contains (chain-of-thought prompting v1 and v6, Chinchilla v1, LLaMA v1,
PEGASUS v1), labelled by reading their truth files before any verdict engine was run on them,
by someone who was not changing the rules. Never run while the rules change;
`calibrate_verdicts.py` treats every split named fresh* other than the development ones as
independent and leaves it out unless named.

Imported at the end of claims_src.py after claims_fresh5, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell or row, a number written another
way or given for another quantity, a reversed difference, an antonym or a dropped negation, a
swapped or added list member, a mean, an extreme or a difference only a table implies, the
other version's wording, and facts true of the real paper but absent from the corpus text.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH6 = {
    "2201.11903": (1, 6),  # chain-of-thought prompting: v1 (January 2022, abstract only) and v6 (January 2023)
    "2203.15556": (1,),  # Chinchilla, "Training Compute-Optimal Large Language Models"
    "2302.13971": (1,),  # LLaMA
    "1912.08777": (1,),  # PEGASUS (abstract and the authors' README)
}
SPLIT.update({paper: "fresh6" for paper in FRESH6})
VERSIONS.update(FRESH6)

# ---------------------------------------------------------------------------------------
# 2201.11903 -- chain-of-thought prompting. v1: the January 2022 abstract only (three
# sentences: "even the largest models currently struggle", "a series of short sentences",
# "flat scaling curves"). v6: the January 2023 abstract (PaLM 540B, GSM8K), introduction,
# method, arithmetic set-up and results, ablations, commonsense section, conclusion;
# Table 1 (arithmetic: standard / chain of thought / + ext. calc) and Table 2 (PaLM
# commonsense, standard and CoT).
P = "2201.11903"
A1_STRUGGLE = "even the largest models currently struggle with certain reasoning tasks such as math word problems, symbolic manipulation, and commonsense reasoning."
A1_IMPROVED = "Although scaling up language model size has reliably improved performance on a range of NLP tasks"
A1_SHORT = "a series of short sentences that mimic the reasoning process a person might have when responding to a question."
A1_FLAT = "Experiments show that inducing a chain of thought via prompting can enable sufficiently large language models to better perform reasoning tasks that otherwise have flat scaling curves."
A6_EMERGE = "In particular, we show how such reasoning abilities emerge naturally in sufficiently large language models via a simple method called chain-of-thought prompting, where a few chain of thought demonstrations are provided as exemplars in prompting."
A6_THREE = "Experiments on three large language models show that chain-of-thought prompting improves performance on a range of arithmetic, commonsense, and symbolic reasoning tasks."
A6_PALM = "For instance, prompting a PaLM 540B with just eight chain-of-thought exemplars achieves state-of-the-art accuracy on the GSM8K benchmark of math word problems, surpassing even finetuned GPT-3 with a verifier."
I_BENEFIT = "Scaling up the size of language models has been shown to confer a range of benefits, such as improved performance and sample efficiency"
I_SCALE = "However, scaling up model size alone has not proved sufficient for achieving high performance on challenging tasks such as arithmetic, commonsense, and symbolic reasoning (Rae et al., 2021)."
I_PRIOR = "Prior work has given models the ability to generate natural language intermediate steps by training from scratch (Ling et al., 2017) or finetuning a pretrained model (Cobbe et al., 2021)"
I_SECOND = "Second, large language models offer the exciting prospect of in-context few-shot learning via prompting."
I_POOR = "For the traditional few-shot prompting method used in Brown et al. (2020), it works poorly on tasks that require reasoning abilities, and often does not improve substantially with increasing language model scale (Rae et al., 2021)."
I_DEF = "A chain of thought is a series of intermediate natural language reasoning steps that lead to the final output, and we refer to this approach as chain-of-thought prompting."
I_GSM = "chain-of-thought prompting with PaLM 540B outperforms standard prompting by a large margin and achieves new state-of-the-art performance."
M_GOAL = "a coherent series of intermediate reasoning steps that lead to the final answer for a problem."
AR_EIGHT = "As most of the datasets only have an evaluation split, we manually composed a set of eight few-shot exemplars with chains of thought for prompting."
AR_AQUA = "For AQuA, we used four exemplars and solutions from the training set."
LM_FIVE = "We evaluate five large language models."
LM_GPT = "which presumably correspond to InstructGPT models of 350M, 1.3B, 6.7B, and 175B parameters (Ouyang et al., 2022)."
LM_LAMDA = "The second is LaMDA (Thoppilan et al., 2022), which has models of 422M, 2B, 8B, 68B, and 137B parameters."
LM_SEEDS = "For LaMDA, we report averaged results over five random seeds, where each seed had a different randomly shuffled order of exemplars."
LM_SINGLE = "As LaMDA experiments did not show large variance among different seeds, to save compute we report results for a single exemplar order for all other models."
R_SMALL = "That is, chain-of-thought prompting does not positively impact performance for small models"
R_ILLOGICAL = "We qualitatively found that models of smaller scale produced fluent but illogical chains of thought, leading to lower performance than standard prompting."
R_SOTA = "PaLM 540B uses chain-of-thought prompting to achieve new state of the art on GSM8K, SVAMP, and MAWPS (though note that standard prompting already passed the prior best for SVAMP)."
R_WITHIN = "On the other two datasets, AQuA and ASDiv, PaLM with chain-of-thought prompting reaches within 2% of the state of the art (Appendix Table 1)."
R_EXAMINED = "To better understand why chain-of-thought prompting works, we manually examined model-generated chains of thought by LaMDA 137B for GSM8K."
R_50 = "Of 50 random examples where the model returned the correct final answer, all of the generated chains of thought were also logically and mathematically correct except two that coincidentally arrived at the correct answer."
R_WRONG50 = "We also randomly examined 50 random samples for which the model gave the wrong answer."
R_46 = "The summary of this analysis is that 46% of the chains of thought were almost correct, barring minor mistakes (calculator error, symbol mapping error, or one reasoning step missing), and that the other 54% of the chains of thought had major errors in semantic understanding or coherence."
AB_EQ = "Equation only prompting does not help much for GSM8K"
AB_EQ2 = "For datasets of one-step or two-step problems, however, we find that equation only prompting does improve performance, since the equation can be easily derived from the question."
AB_DOTS = "we test a configuration where the model is prompted to output only a sequence of dots (. . .) equal to the number of characters in the equation needed to solve the problem."
AB_VAR = "This variant performs about the same as the baseline, which suggests that variable computation by itself is not the reason for the success of chain-of-thought prompting"
AB_AFTER = "This variant performs about the same as the baseline, which suggests that the sequential reasoning embodied in the chain of thought is useful for reasons beyond just activating knowledge."
CS_BEYOND = "Commonsense reasoning is key for interacting with the world and is still beyond the reach of current natural language understanding systems (Talmor et al., 2021)."
CS_BENCH = "We consider five datasets covering a diverse range of commonsense reasoning types."
CS_CSQA = "The popular CSQA (Talmor et al., 2019) asks commonsense questions about the world involving complex semantics that often require prior knowledge."
CS_STRAT = "StrategyQA (Geva et al., 2021) requires models to infer a multi-hop strategy to answer questions."
CS_RESULT = "With chain-of-thought prompting, PaLM 540B achieved strong performance relative to baselines, outperforming the prior state of the art on StrategyQA (75.6% vs 69.4%) and outperforming an unaided sports enthusiast on sports understanding (95.4% vs 84%)."
CONC_FLAT = "we find that chain-of-thought reasoning is an emergent property of model scale that allows sufficiently large language models to perform reasoning tasks that otherwise have flat scaling curves."
GSM, SVAMP, ASDIV, AQUA, MAWPS = "GSM8K", "SVAMP", "ASDiv", "AQuA", "MAWPS"


def ar(row: str, column: str, value: str) -> dict:
    """A cell of the arithmetic table (Table 1); row labels repeat over a model's three rows."""
    return C("Table 1", row, column, value)


def cs(row: str, column: str, value: str) -> dict:
    """A cell of the PaLM commonsense table (Table 2)."""
    return C("Table 2", row, column, value)


claim(P, 6, "verbatim", SUP, A6_THREE, [S(A6_THREE), S(A1_FLAT, version=1)],
      "v6's abstract sentence, word for word; v1 has better reasoning for sufficiently large models but neither the three models nor the three task families", per={1: PART})
claim(P, 6, "verbatim", CON,
      "For instance, prompting a PaLM 540B with just sixteen chain-of-thought exemplars achieves state-of-the-art accuracy on the GSM8K benchmark of math word problems, surpassing even finetuned GPT-3 with a verifier.",
      [S(A6_PALM)], "eight exemplars, not sixteen; v1 names no model, exemplar count or benchmark", per={1: NF})
claim(P, 6, "verbatim", SUP,
      "We qualitatively found that models of smaller scale produced fluent but illogical chains of thought, leading to lower perf",
      [S(R_ILLOGICAL)], "cut off mid-word; what is left is section 3.2's sentence; v1 has no such analysis", per={1: NF}, truncated=True)
claim(P, 1, "verbatim", SUP, A1_FLAT, [S(A1_FLAT), S(CONC_FLAT, version=6)],
      "v1's abstract sentence; v6's conclusion says sufficiently large models can perform reasoning tasks that otherwise have flat scaling curves", per={6: SUP})

claim(P, 6, "paraphrase", SUP,
      "When LaMDA 137B got GSM8K right with chain-of-thought prompting, its reasoning was nearly always sound: only two of 50 correct answers came from chains that arrived at the answer by coincidence.",
      [S(R_50)], "section 3.2's manual analysis, reworded; not in v1", per={1: NF})
claim(P, 6, "paraphrase", CON,
      "The chain-of-thought authors conclude that giving the model extra computation, as a string of dots, accounts for most of chain-of-thought prompting's benefit.",
      [S(AB_VAR)], "the dots variant 'performs about the same as the baseline': variable computation by itself is not the reason; v1 has no ablation", per={1: NF})
claim(P, 6, "paraphrase", PART,
      "The eight chain-of-thought exemplars were composed by hand and then verified by three independent annotators.",
      [S(AR_EIGHT)], "the hand-composed set of eight exemplars is stated; verification by annotators is nowhere in the corpus text; not in v1", per={1: NF})
claim(P, 6, "paraphrase", SUP,
      "Standard few-shot prompting does badly on tasks that need reasoning and often barely improves as language models get larger.",
      [S(I_POOR)], "the introduction's sentence, reworded; not in v1", per={1: NF})
claim(P, 6, "paraphrase", SUP,
      "The paper argues that one prompted model checkpoint can handle many tasks and needs no large training set.",
      [S("A prompting only approach is important because it does not require a large training dataset and because a single model checkpoint can perform many tasks without loss of generality.")],
      "the introduction's sentence, reworded; not in v1", per={1: NF})

claim(P, 6, "number-format", SUP, "LaMDA's chain-of-thought results are averaged over 5 random seeds, each with a differently shuffled exemplar order.",
      [S(LM_SEEDS)], "five = 5; not in v1", per={1: NF})
claim(P, 6, "number-format", CON, "The chain-of-thought study evaluates four large language models.",
      [S(LM_FIVE), S(A6_THREE)], "section 3.1 evaluates five (the abstract says three); four appears nowhere; v1 gives no count", per={1: NF})
claim(P, 6, "number-format", SUP, "Just under half (46%) of LaMDA 137B's wrong GSM8K chains of thought were almost correct, with only minor mistakes.",
      [S(R_46)], "46% = just under half; not in v1", per={1: NF})
claim(P, 6, "number-format", CON, "Of LaMDA 137B's incorrect GSM8K chains of thought, 64% had major errors in semantic understanding or coherence.",
      [S(R_46)], "54%, not 64%; not in v1", per={1: NF})
claim(P, 6, "number-format", SUP, "For AQuA the prompts used four exemplars with solutions drawn from the training set.",
      [S(AR_AQUA)], "the sentence; not in v1", per={1: NF})
claim(P, 6, "number-format", CON, "The LaMDA models evaluated range from 422M to 175B parameters.",
      [S(LM_LAMDA)], "LaMDA's largest is 137B; 175B is the largest GPT-3 model; not in v1", per={1: NF})

claim(P, 6, "sign-direction", SUP, "Chain-of-thought prompting lifts PaLM 540B's GSM8K accuracy by 39 points over standard prompting.",
      [ar("PaLM 540B", GSM, "17.9"), ar("PaLM 540B", GSM, "56.9 (+39.0)")], "17.9 -> 56.9, +39.0; not in v1", per={1: NF})
claim(P, 6, "sign-direction", CON, "On AQuA, chain-of-thought prompting improves LaMDA 137B by 4.9 points.",
      [ar("LaMDA 137B", AQUA, "25.5"), ar("LaMDA 137B", AQUA, "20.6 (-4.9)")], "25.5 -> 20.6: a 4.9-point drop; not in v1", per={1: NF})
claim(P, 6, "sign-direction", SUP, "With the external calculator, UL2 20B's MAWPS accuracy climbs from 19.1 (chain of thought alone) to 42.7.",
      [ar("UL2 20B", MAWPS, "19.1 (+2.5)"), ar("UL2 20B", MAWPS, "42.7")], "the two cells; not in v1", per={1: NF})
claim(P, 6, "sign-direction", CON, "Adding the external calculator lowers Codex's GSM8K accuracy compared with chain of thought alone.",
      [ar("Codex", GSM, "63.1 (+43.4)"), ar("Codex", GSM, "65.4")], "63.1 -> 65.4: it raises it; not in v1", per={1: NF})
claim(P, 6, "sign-direction", SUP, "For PaLM 540B on ASDiv, the external calculator slightly lowers accuracy relative to chain of thought alone, 72.6 against 73.9.",
      [ar("PaLM 540B", ASDIV, "73.9 (+1.8)"), ar("PaLM 540B", ASDIV, "72.6")], "73.9 -> 72.6: a drop of 1.3; not in v1", per={1: NF})
claim(P, 6, "sign-direction", CON, "For PaLM 8B, chain-of-thought prompting improves StrategyQA accuracy over standard prompting.",
      [cs("PaLM 8B", "StrategyQA / standard", "55.6"), cs("PaLM 8B", "StrategyQA / CoT", "53.5")], "55.6 -> 53.5: a drop; not in v1", per={1: NF})

claim(P, 6, "polarity", CON, "Prompting for an equation only helps a great deal on GSM8K.",
      [S(AB_EQ)], "'does not help much for GSM8K'; not in v1", per={1: NF})
claim(P, 6, "polarity", SUP, "On one- or two-step problems, equation-only prompting does improve performance.",
      [S(AB_EQ2)], "the sentence, reworded; not in v1", per={1: NF})
claim(P, 6, "polarity", CON, "Placing the chain of thought after the answer works far better than the standard baseline.",
      [S(AB_AFTER)], "'performs about the same as the baseline'; not in v1", per={1: NF})
claim(P, 6, "polarity", CON, "Commonsense reasoning is already within reach of current natural language understanding systems.",
      [S(CS_BEYOND)], "'still beyond the reach'; not in v1", per={1: NF})
claim(P, 6, "polarity", CON, "Scaling up language models has not been shown to improve their performance on NLP tasks.",
      [S(I_BENEFIT), S(A1_IMPROVED, version=1)], "v6: scaling confers 'improved performance'; v1: scaling 'has reliably improved performance on a range of NLP tasks'", per={1: CON})
claim(P, 1, "polarity", CON, "Even the largest language models have no trouble with math word problems or symbolic manipulation.",
      [S(A1_STRUGGLE), S(I_SCALE, version=6)], "v1: even the largest models 'currently struggle' with them; v6: scaling alone has not proved sufficient for high performance on arithmetic and symbolic reasoning", per={6: CON})
claim(P, 6, "polarity", SUP, "Chain-of-thought prompting does not positively impact performance for small models.",
      [S(R_SMALL)], "section 3.2, word for word but for the subject; v1 speaks only of 'sufficiently large' models and says nothing of small ones", per={1: NF})

claim(P, 6, "entity-swap", PART, "With chain-of-thought prompting, PaLM 540B sets a new state of the art on GSM8K, SVAMP and MultiArith.",
      [S(R_SOTA)], "GSM8K and SVAMP are stated (with MAWPS); MultiArith appears nowhere in the corpus text; not in v1", per={1: NF})
claim(P, 6, "entity-swap", SUP, "Chain-of-thought prompting takes PaLM 540B to a new state of the art on MAWPS, GSM8K and SVAMP.",
      [S(R_SOTA)], "the three datasets, reordered; not in v1", per={1: NF})
claim(P, 6, "entity-swap", PART, "The commonsense benchmarks of the chain-of-thought paper include CSQA, StrategyQA and HellaSwag.",
      [S(CS_CSQA), S(CS_STRAT)], "CSQA and StrategyQA are stated; HellaSwag appears nowhere in this paper's corpus text; not in v1", per={1: NF})
claim(P, 6, "entity-swap", CON, "With chain of thought, PaLM 540B beat an unaided sports enthusiast on date understanding, 95.4% against 84%.",
      [S(CS_RESULT), cs("PaLM 540B", "Date / CoT", "65.3")], "95.4% vs 84% is sports understanding; PaLM 540B's date understanding is 65.3; not in v1", per={1: NF})
claim(P, 6, "entity-swap", SUP, "The GPT-3 engines used presumably correspond to InstructGPT models of 350M, 1.3B, 6.7B and 175B parameters.",
      [S(LM_GPT)], "the sentence; not in v1", per={1: NF})

claim(P, 6, "table-cell", SUP, "With chain-of-thought prompting, Codex reaches 63.1% on GSM8K.",
      [ar("Codex", GSM, "63.1 (+43.4)")], "the cell; not in v1", per={1: NF})
claim(P, 6, "table-cell", CON, "GPT-3 175B with chain of thought scores 68.9 on ASDiv.",
      [ar("GPT-3 175B", ASDIV, "71.3 (+1.0)"), ar("GPT-3 175B", SVAMP, "68.9 (+3.2)")], "71.3; 68.9 is its SVAMP score, the neighbouring column; not in v1", per={1: NF})
claim(P, 6, "table-cell", SUP, "The prior best on AQuA was 37.9.",
      [ar("Prior best", AQUA, "37.9")], "the cell (source d); not in v1", per={1: NF})
claim(P, 6, "table-cell", CON, "With standard prompting, PaLM 62B scores 93.6 on Sports.",
      [cs("PaLM 62B", "Sports / standard", "72.1"), cs("PaLM 62B", "Sports / CoT", "93.6")], "72.1; 93.6 is its chain-of-thought score; not in v1", per={1: NF})
claim(P, 6, "table-cell", SUP, "PaLM 540B reaches 77.8 on StrategyQA with chain-of-thought prompting.",
      [cs("PaLM 540B", "StrategyQA / CoT", "77.8")], "the cell (the text's 75.6% comes from the paper's figure; a passage stating the claim supports it); not in v1", per={1: NF})
claim(P, 6, "table-cell", SUP, "PaLM 540B with chain-of-thought prompting beat the prior StrategyQA state of the art, 75.6% to 69.4%.",
      [S(CS_RESULT)], "the sentence (Table 2 has 77.8 for the same setting; the sentence states the claim); not in v1", per={1: NF})

claim(P, 6, "table-computed", SUP, "Averaged over the five arithmetic benchmarks, PaLM 540B with chain of thought scores about 67.8.",
      [ar("PaLM 540B", GSM, "56.9 (+39.0)"), ar("PaLM 540B", SVAMP, "79.0 (+9.6)"), ar("PaLM 540B", ASDIV, "73.9 (+1.8)"),
       ar("PaLM 540B", AQUA, "35.8 (+10.6)"), ar("PaLM 540B", MAWPS, "93.3 (+14.2)")], "(56.9 + 79.0 + 73.9 + 35.8 + 93.3) / 5 = 67.78; not in v1", per={1: NF})
claim(P, 6, "table-computed", CON, "Codex gains least from chain-of-thought prompting on SVAMP.",
      [ar("Codex", SVAMP, "76.4 (+6.5)"), ar("Codex", ASDIV, "80.4 (+6.4)")], "Codex's gains: +43.4, +6.5, +6.4, +15.8, +13.9; the smallest is ASDiv's +6.4; not in v1", per={1: NF})
claim(P, 6, "table-computed", SUP, "Of the five models in the arithmetic table, LaMDA 137B is the only one whose accuracy falls with chain of thought on some benchmark.",
      [ar("LaMDA 137B", AQUA, "20.6 (-4.9)")], "the only negative difference in the Chain of thought rows is LaMDA 137B's AQuA -4.9; not in v1", per={1: NF})
claim(P, 6, "table-computed", CON, "With chain of thought, PaLM 540B exceeds the prior best on four of the five arithmetic benchmarks.",
      [ar("PaLM 540B", ASDIV, "73.9 (+1.8)"), ar("Prior best", ASDIV, "75.3"), ar("PaLM 540B", AQUA, "35.8 (+10.6)"), ar("Prior best", AQUA, "37.9")],
      "above on GSM8K, SVAMP and MAWPS, below on ASDiv (73.9 < 75.3) and AQuA (35.8 < 37.9): three of five; not in v1", per={1: NF})
claim(P, 6, "table-computed", SUP, "On Sports, PaLM 62B gains the most from chain of thought of the three PaLM sizes, 21.5 points.",
      [cs("PaLM 8B", "Sports / standard", "55.1"), cs("PaLM 8B", "Sports / CoT", "75.2"), cs("PaLM 62B", "Sports / standard", "72.1"),
       cs("PaLM 62B", "Sports / CoT", "93.6"), cs("PaLM 540B", "Sports / standard", "80.5"), cs("PaLM 540B", "Sports / CoT", "95.4")],
      "gains 20.1, 21.5 and 14.9; not in v1", per={1: NF})
claim(P, 6, "table-computed", CON, "The highest GSM8K accuracy in the arithmetic table is Codex's 63.1 with chain of thought.",
      [ar("Codex", GSM, "63.1 (+43.4)"), ar("Codex", GSM, "65.4")], "Codex with the external calculator has 65.4; not in v1", per={1: NF})
claim(P, 6, "table-computed", SUP, "With chain of thought, PaLM 540B ends 1.4 points short of the prior best on ASDiv.",
      [ar("PaLM 540B", ASDIV, "73.9 (+1.8)"), ar("Prior best", ASDIV, "75.3")], "75.3 - 73.9 = 1.4; not in v1", per={1: NF})

claim(P, 6, "two-sentences", SUP,
      "LaMDA results average five seeds with shuffled exemplar orders, while the other models use a single order because LaMDA showed little variance across seeds.",
      [S(LM_SEEDS), S(LM_SINGLE)], "two adjacent sentences of section 3.1; not in v1", per={1: NF})
claim(P, 6, "two-sentences", CON,
      "Prompting the model to emit dots equal in number to the equation's characters clearly beats the standard baseline.",
      [S(AB_DOTS), S(AB_VAR)], "the next sentence: the variant 'performs about the same as the baseline'; not in v1", per={1: NF})
claim(P, 6, "two-sentences", PART,
      "The authors hand-checked 50 correct and 50 incorrect LaMDA 137B GSM8K outputs and then finetuned LaMDA on the corrected chains.",
      [S(R_50), S(R_WRONG50)], "the two samples of 50 are stated in adjacent sentences; finetuning on corrected chains is nowhere; not in v1", per={1: NF})
claim(P, 6, "two-sentences", SUP,
      "Earlier work obtained intermediate steps by training from scratch or finetuning, whereas large language models make in-context few-shot learning via prompting possible.",
      [S(I_PRIOR), S(I_SECOND)], "two adjacent sentences of the introduction; not in v1", per={1: NF})

claim(P, 1, "version-drift", SUP,
      "The chain-of-thought paper describes a chain of thought as a coherent series of short sentences that mimic how a person might reason when answering a question.",
      [S(A1_SHORT), S(M_GOAL, version=6)], "v1's abstract; v6 calls it a coherent series of intermediate reasoning steps, without the short sentences or the person's reasoning", per={6: PART})
claim(P, 6, "version-drift", SUP, "Prompted with eight chain-of-thought exemplars, PaLM 540B reaches state-of-the-art GSM8K accuracy, beating even finetuned GPT-3 with a verifier.",
      [S(A6_PALM)], "v6's abstract; v1 names no model or benchmark", per={1: NF})
claim(P, 1, "version-drift", PART,
      "Chain-of-thought prompting lets sufficiently large language models do better on reasoning tasks, and with PaLM 540B it achieves state-of-the-art GSM8K accuracy.",
      [S(A1_FLAT), S(A6_EMERGE, version=6), S(A6_PALM, version=6)], "v1 states the first half only; v6 states both", per={6: SUP})
claim(P, 6, "version-drift", SUP, "Chain-of-thought prompting was tested on three large language models.",
      [S(A6_THREE)], "v6's abstract states it (section 3.1 counts five models, but a passage stating the claim supports it); v1 gives no count", per={1: NF})
claim(P, 6, "version-drift", SUP, "Chain-of-thought prompting with PaLM 540B beats standard prompting on GSM8K by a wide margin and sets a new state of the art.",
      [S(I_GSM)], "v6's introduction; v1 has no such result", per={1: NF})

claim(P, 6, "absent", NF, "Chain-of-thought prompting was also evaluated on the MATH benchmark of competition mathematics problems.",
      [], "MATH appears nowhere in either version", per={1: NF})
claim(P, 6, "absent", NF, "The chain-of-thought experiments sample several outputs at temperature 0.7 and take a majority vote.",
      [], "no sampling settings in either version's corpus text", per={1: NF})
claim(P, 6, "absent", NF, "PaLM 540B was pre-trained on 780 billion tokens.",
      [], "PaLM's training data appear nowhere in either version", per={1: NF})
claim(P, 1, "absent", NF, "The chain-of-thought exemplars were translated into ten languages to test multilingual reasoning.",
      [], "nothing multilingual in either version", per={6: NF})
claim(P, 6, "absent", SUP, "An external calculator built on Python's eval function was applied to the equations in generated chains of thought.",
      [S("Hence, we can further add a Python program as an external calculator (using the Python eval function) to all the equations in the generated chain of thought.")],
      "appendix B's sentence, easy to take for a detail outside the text; not in v1", per={1: NF})

# ---------------------------------------------------------------------------------------
# 2203.15556 -- Chinchilla v1: abstract (67.5% on MMLU), introduction, section 3.4 (a 175B
# model wants 4.2 trillion tokens; Table 3, Approach 1, says 3.7 Trillion), section 4's
# opening, results (67.6% on MMLU); Table 1 (current LLMs), Table 2 (exponents), Table 3
# (optimal FLOPs and tokens), Table 4 (MMLU), Table 5 (reading comprehension).
P = "2203.15556"
CA_UNDER = "We find that current large language models are significantly undertrained, a consequence of the recent focus on scaling language models whilst keeping the amount of training data constant."
CA_400 = "By training over 400 language models ranging from 70 million to over 16 billion parameters on 5 to 500 billion tokens, we find that for compute-optimal training, the model size and the number of training tokens should be scaled equally: for every doubling of model size the number of training tokens should also be doubled."
CA_TEST = "that uses the same compute budget as Gopher but with 70B parameters and 4× more more data."
CA_OUT = "Chinchilla uniformly and significantly outperforms Gopher (280B), GPT-3 (175B), Jurassic-1 (178B), and Megatron-Turing NLG (530B) on a large range of downstream evaluation tasks."
CA_LESS = "This also means that Chinchilla uses substantially less compute for fine-tuning and inference, greatly facilitating downstream usage."
CA_MMLU = "As a highlight, Chinchilla reaches a state-of-the-art average accuracy of 67.5% on the MMLU benchmark, greater than a 7% improvement over Gopher."
CI_LOWLOSS = "One notable conclusion in Kaplan et al. (2020) is that large models should not be trained to their lowest possible loss to be compute optimal."
CI_KAPLAN = "Specifically, given a 10× increase computational budget, they suggests that the size of the model should increase 5.5× while the number of training tokens should only increase 1.8×."
CI_14T = "We verify this by training a more compute-optimal 70B model, called Chinchilla, on 1.4 trillion tokens."
CS_175 = "For example, we find that a 175 billion parameter model should be trained with a compute budget of 4.41e24 FLOPs and on over 4.2 trillion tokens."
CS_280 = "A 280 billion Gopher-like model is the optimal model to train given a compute budget of approximately 1e25 FLOPs and should be trained on 6.8 trillion tokens."
CS_FAR = "Furthermore, the amount of training data that is projected to be needed is far beyond what is currently used to train large models"
CS_C4 = "In Appendix C, we reproduce the IsoFLOP analysis on two additional datasets: C4 (Raffel et al., 2020a) and GitHub code (Rae et al., 2021)."
CS_SAMECONC = "In both cases we reach the similar conclusion that model size and number of training tokens should be scaled in equal proportions."
CM_4070 = "Based on our analysis in Section 3, the optimal model size for the Gopher compute budget is somewhere between 40 and 70 billion parameters."
CM_SAME = "Both Chinchilla and Gopher have been trained for the same number of FLOPs but differ in the size of the model and the number of training tokens."
CM_USAGE = "While pre-training a large language model has a considerable compute cost, downstream finetuning and inference also make up substantial compute usage (Rae et al., 2021)."
CM_SMALLER = "Due to being 4× smaller than Gopher, both the memory footprint and inference cost of Chinchilla are also smaller."
CM_NFKC = "We train Chinchilla with a slightly modified SentencePiece (Kudo and Richardson, 2018) tokenizer that does not apply NFKC normalisation."
CM_VOCAB = "94.15% of tokens are the same as those used for training Gopher."
CM_ADAMW = "We use AdamW (Loshchilov and Hutter, 2019) for Chinchilla rather than Adam (Kingma and Ba, 2014) as this improves the language modelling loss and the downstream task performance after finetuning."
CR_PILE = "Chinchilla significantly outperforms Gopher on all evaluation subsets of The Pile (Gao et al., 2020)."
CR_WIKI = "On Wikitext103 (Merity et al., 2017), Chinchilla achieves a perplexity of 7.16 compared to 7.75 for Gopher."
CR_MMLU = "On this benchmark, Chinchilla significantly outperforms Gopher despite being much smaller, with an average accuracy of 67.6% (improving upon Gopher by 7.6%)."
CR_90 = "Furthermore, Chinchilla achieves greater than 90% accuracy on 4 different individual tasks"
CR_TQA = "On TruthfulQA (Lin et al., 2021), Chinchilla reaches 43.6%, 58.5%, and 66.7% accuracy with 0-shot, 5-shot, and 10-shot respectively."
CR_TQG = "In comparison, Gopher achieved only 29.5% 0-shot and 43.7% 10-shot accuracy."
CR_141 = "In stark contrast with the findings of Lin et al. (2021), the large improvements (14.1% in 0-shot accuracy) achieved by Chinchilla suggest that better modelling of the pre-training data alone can lead to substantial improvements on this benchmark."
CR_BIG = "We find that Chinchilla improves the average performance by 10.7%, reaching an accuracy of 65.1% versus 54.4% for Gopher."
SIZE, TOK = "Size (# Parameters)", "Training Tokens"


def llm(row: str, column: str, value: str) -> dict:
    """A cell of Table 1 (current LLMs)."""
    return C("Table 1", row, column, value)


def opt(row: str, column: str, value: str) -> dict:
    """A cell of Table 3 (Approach 1's compute-optimal FLOPs and tokens)."""
    return C("Table 3", row, column, value)


def rc(row: str, column: str, value: str) -> dict:
    """A cell of Table 5 (reading comprehension)."""
    return C("Table 5", row, column, value)


claim(P, 1, "verbatim", SUP, CA_OUT, [S(CA_OUT)], "the abstract's sentence, word for word")
claim(P, 1, "verbatim", CON,
      "By training over 400 language models ranging from 70 million to over 16 billion parameters on 5 to 500 billion tokens, we find that for compute-optimal training, the model size should be scaled faster than the number of training tokens.",
      [S(CA_400)], "they should be scaled equally")

claim(P, 1, "paraphrase", SUP, "Today's large language models are substantially undertrained because scaling has focused on model size while the amount of training data stayed fixed.",
      [S(CA_UNDER)], "the abstract's sentence, reworded")
claim(P, 1, "paraphrase", CON, "Chinchilla needs more compute than Gopher for fine-tuning and inference.",
      [S(CA_LESS), S(CM_SMALLER)], "it 'uses substantially less compute for fine-tuning and inference'")
claim(P, 1, "paraphrase", PART, "Chinchilla was trained on MassiveText with AdamW instead of Adam.",
      [S(CM_ADAMW)], "AdamW rather than Adam is stated; the training corpus is not named in the corpus text")
claim(P, 1, "paraphrase", SUP, "Chinchilla averages 67.6% on MMLU, 7.6 points above Gopher.",
      [S(CR_MMLU), C("Table 4", "Chinchilla 5-shot", "Accuracy", "67.6%")], "section 4.2.2 and Table 4 (the abstract rounds to 67.5%)")
claim(P, 1, "paraphrase", SUP, "The Chinchilla authors note that a language model's energy cost is amortized through inference and fine-tuning, so a better-trained smaller model pays off beyond its improved performance.",
      [S("The energy cost of a large language model is amortized through its usage for inference an fine-tuning."),
       S("The benefits of a more optimally trained smaller model, therefore, extend beyond the immediate benefits of its improved performance.")],
      "two sentences of the introduction, reworded")

claim(P, 1, "number-format", SUP, "Chinchilla reaches a state-of-the-art average MMLU accuracy of 67.5%, more than 7% above Gopher.",
      [S(CA_MMLU)], "the abstract's figure (the body and Table 4 give 67.6%; a passage stating the claim supports it)")
claim(P, 1, "number-format", SUP, "Chinchilla has 70 billion parameters and was trained on 1.4T tokens.",
      [S(CI_14T), llm("Chinchilla", SIZE, "70 Billion"), llm("Chinchilla", TOK, "1.4 Trillion")], "70B = 70 billion; 1.4 trillion = 1.4T")
claim(P, 1, "number-format", CON, "Chinchilla was trained on 1.4 billion tokens.",
      [S(CI_14T)], "1.4 trillion, not billion")
claim(P, 1, "number-format", SUP, "Kaplan et al. suggest that a tenfold compute increase should grow the model 5.5-fold but the training tokens only 1.8-fold.",
      [S(CI_KAPLAN)], "10× = tenfold, 5.5× and 1.8×")
claim(P, 1, "number-format", CON, "A compute-optimal 175-billion-parameter model should be trained on over 6.8 trillion tokens.",
      [S(CS_175), S(CS_280)], "over 4.2 trillion; 6.8 trillion is for a 280B Gopher-like model")
claim(P, 1, "number-format", SUP, "Chinchilla's tokenizer shares about 94% of its tokens with Gopher's.",
      [S(CM_VOCAB)], "94.15% = about 94%")
claim(P, 1, "number-format", CON, "For Gopher's compute budget, the optimal model size lies between 40 and 70 million parameters.",
      [S(CM_4070)], "40 and 70 billion, not million")
claim(P, 1, "number-format", SUP, "With ten examples in the prompt, Chinchilla answers TruthfulQA correctly about two thirds of the time.",
      [S(CR_TQA)], "10-shot: 66.7% = about two thirds")

claim(P, 1, "sign-direction", SUP, "On Wikitext103, Chinchilla lowers perplexity by 0.59 relative to Gopher.",
      [S(CR_WIKI)], "7.75 - 7.16 = 0.59 lower")
claim(P, 1, "sign-direction", CON, "On LAMBADA, Chinchilla trails MT-NLG 530B by 0.8 points.",
      [rc("LAMBADA Zero-Shot", "Chinchilla", "77.4"), rc("LAMBADA Zero-Shot", "MT-NLG 530B", "76.6")], "77.4 vs 76.6: Chinchilla leads by 0.8")
claim(P, 1, "sign-direction", SUP, "On RACE-h, Chinchilla is 10.7 points ahead of Gopher.",
      [rc("RACE-h Few-Shot", "Chinchilla", "82.3"), rc("RACE-h Few-Shot", "Gopher", "71.6")], "82.3 - 71.6 = 10.7")
claim(P, 1, "sign-direction", CON, "On RACE-m, Gopher scores 11.7 points above Chinchilla.",
      [rc("RACE-m Few-Shot", "Chinchilla", "86.8"), rc("RACE-m Few-Shot", "Gopher", "75.1")], "86.8 vs 75.1: Chinchilla is 11.7 ahead")
claim(P, 1, "sign-direction", SUP, "Kaplan et al.'s model-size exponent is 0.23 higher than the one Approach 1 finds.",
      [C("Table 2", "Kaplan et al. (2020)", "Coeff. a", "0.73"), C("Table 2", "1. Minimum over training curves", "Coeff. a", "0.50")], "0.73 - 0.50 = 0.23")

claim(P, 1, "polarity", CON, "Kaplan et al. concluded that large models should be trained to their lowest possible loss to be compute optimal.",
      [S(CI_LOWLOSS)], "'should not be trained to their lowest possible loss'")
claim(P, 1, "polarity", SUP, "Chinchilla does not fall behind Gopher on any evaluation subset of The Pile.",
      [S(CR_PILE)], "it outperforms Gopher on all subsets")
claim(P, 1, "polarity", CON, "Chinchilla's TruthfulQA gains agree with the findings of Lin et al. (2021).",
      [S(CR_141)], "'In stark contrast with the findings of Lin et al. (2021)'")
claim(P, 1, "polarity", CON, "The training data projected to be needed for compute-optimal models is well within what current large models already use.",
      [S(CS_FAR)], "'far beyond what is currently used'")
claim(P, 1, "polarity", SUP, "Chinchilla's SentencePiece tokenizer skips NFKC normalisation.",
      [S(CM_NFKC)], "'does not apply NFKC normalisation'")

claim(P, 1, "entity-swap", PART, "Chinchilla outperforms Gopher, GPT-3, Jurassic-1 and PaLM on a large range of downstream tasks.",
      [S(CA_OUT)], "Gopher, GPT-3 and Jurassic-1 are stated (with Megatron-Turing NLG); PaLM appears nowhere in this paper's corpus text")
claim(P, 1, "entity-swap", PART, "The IsoFLOP analysis was reproduced on C4 and on a corpus of arXiv papers.",
      [S(CS_C4)], "C4 is stated; the second dataset is GitHub code, arXiv papers appear nowhere")
claim(P, 1, "entity-swap", SUP, "Chinchilla outperforms Megatron-Turing NLG (530B), Jurassic-1 (178B), GPT-3 (175B) and Gopher (280B) on many downstream tasks.",
      [S(CA_OUT)], "the four models, reordered")
claim(P, 1, "entity-swap", PART, "Chinchilla exceeds 90% accuracy on high_school_gov_and_politics, sociology, us_foreign_policy and college_mathematics.",
      [S(CR_90)], "three of the four tasks are stated (the fourth is international_law); college_mathematics appears nowhere in the corpus text")

claim(P, 1, "table-cell", SUP, "LaMDA was trained on 168 billion tokens.",
      [llm("LaMDA (Thoppilan et al., 2022)", TOK, "168 Billion")], "the cell")
claim(P, 1, "table-cell", CON, "MT-NLG 530B was trained on 300 billion tokens.",
      [llm("MT-NLG 530B (Smith et al., 2022)", TOK, "270 Billion")], "270 Billion; 300 Billion is the row above (Gopher) and GPT-3's and Jurassic's")
claim(P, 1, "table-cell", SUP, "Approach 1 projects 205.1 billion training tokens for a compute-optimal 10-billion-parameter model.",
      [opt("10 Billion", "Tokens", "205.1 Billion")], "the cell")
claim(P, 1, "table-cell", CON, "Approach 1 projects 9.9e24 FLOPs for a compute-optimal 175-billion-parameter model.",
      [opt("175 Billion", "FLOPs", "3.85e+24"), opt("280 Billion", "FLOPs", "9.9e+24")], "3.85e+24; 9.9e+24 is the 280-billion row")
claim(P, 1, "table-cell", SUP, "GPT-3 scores 43.9% on 5-shot MMLU.",
      [C("Table 4", "GPT-3 5-shot", "Accuracy", "43.9%")], "the cell")
claim(P, 1, "table-cell", CON, "Gopher reaches 76.6 on zero-shot LAMBADA.",
      [rc("LAMBADA Zero-Shot", "Gopher", "74.5"), rc("LAMBADA Zero-Shot", "MT-NLG 530B", "76.6")], "74.5; 76.6 is MT-NLG 530B's")

claim(P, 1, "table-computed", SUP, "Apart from Chinchilla, LaMDA was trained on the fewest tokens of the models in Table 1.",
      [llm("LaMDA (Thoppilan et al., 2022)", TOK, "168 Billion"), llm("MT-NLG 530B (Smith et al., 2022)", TOK, "270 Billion"),
       llm("GPT-3 (Brown et al., 2020)", TOK, "300 Billion")], "168 < 270 < 300 (three models at 300)")
claim(P, 1, "table-computed", CON, "The IsoFLOP-profile exponents a and b add up to more than 1.",
      [C("Table 2", "2. IsoFLOP profiles", "Coeff. a", "0.49"), C("Table 2", "2. IsoFLOP profiles", "Coeff. b", "0.51")], "0.49 + 0.51 = 1.00, not more")
claim(P, 1, "table-computed", SUP, "Chinchilla's MMLU accuracy beats the June 2022 forecast by 10.5 points.",
      [C("Table 4", "Chinchilla 5-shot", "Accuracy", "67.6%"), C("Table 4", "June 2022 Forecast", "Accuracy", "57.1%")], "67.6 - 57.1 = 10.5")
claim(P, 1, "table-computed", CON, "Chinchilla's mean over the three reading-comprehension tasks is under 80.",
      [rc("LAMBADA Zero-Shot", "Chinchilla", "77.4"), rc("RACE-m Few-Shot", "Chinchilla", "86.8"), rc("RACE-h Few-Shot", "Chinchilla", "82.3")],
      "(77.4 + 86.8 + 82.3) / 3 = 82.2")
claim(P, 1, "table-computed", CON, "In Approach 1's projections, going from 1 billion to 10 billion parameters multiplies the training tokens about twentyfold.",
      [opt("1 Billion", "Tokens", "20.2 Billion"), opt("10 Billion", "Tokens", "205.1 Billion")], "205.1 / 20.2 = 10.2: about tenfold")
claim(P, 1, "table-computed", SUP, "GPT-3, Jurassic and Gopher were each trained on the same number of tokens.",
      [llm("GPT-3 (Brown et al., 2020)", TOK, "300 Billion"), llm("Jurassic (Lieber et al., 2021)", TOK, "300 Billion"),
       llm("Gopher (Rae et al., 2021)", TOK, "300 Billion")], "300 Billion each")

claim(P, 1, "two-sentences", SUP, "Chinchilla gets 43.6% zero-shot on TruthfulQA, whereas Gopher managed only 29.5% zero-shot.",
      [S(CR_TQA), S(CR_TQG)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON, "Chinchilla scores 58.5% 10-shot on TruthfulQA against Gopher's 43.7% 10-shot.",
      [S(CR_TQA), S(CR_TQG)], "Chinchilla's 10-shot is 66.7%; 58.5% is its 5-shot score")
claim(P, 1, "two-sentences", PART, "Chinchilla and Gopher were trained with the same FLOPs, Chinchilla on 256 TPUv4 chips.",
      [S(CM_SAME)], "the same FLOPs is stated; the hardware is not in the corpus text")
claim(P, 1, "two-sentences", SUP,
      "Since downstream finetuning and inference also consume substantial compute, Chinchilla's being four times smaller than Gopher cuts both its memory footprint and its inference cost.",
      [S(CM_USAGE), S(CM_SMALLER)], "two adjacent sentences of section 4")
claim(P, 1, "two-sentences", SUP, "The IsoFLOP analysis, repeated on C4 and GitHub code, again found that parameters and tokens should scale equally.",
      [S(CS_C4), S(CS_SAMECONC)], "two adjacent sentences")

claim(P, 1, "absent", NF, "Chinchilla has 80 layers and 64 attention heads.", [], "the architecture table is not in the corpus text")
claim(P, 1, "absent", NF, "Chinchilla was trained with JAX and Haiku on TPUv3 and TPUv4.", [], "no framework or hardware in the corpus text")
claim(P, 1, "absent", NF, "Chinchilla's maximum learning rate was 1e-4, with the batch size doubled midway through training.", [], "no learning rate or batch size in the corpus text")
claim(P, 1, "absent", NF, "DeepMind released Chinchilla's weights publicly.", [], "nothing on a release")
claim(P, 1, "absent", SUP, "On BIG-bench, Chinchilla averages 65.1% against Gopher's 54.4%.",
      [S(CR_BIG)], "section 4.2.4's sentence, kept although its figure is not shown")

# ---------------------------------------------------------------------------------------
# 2302.13971 -- LLaMA v1: abstract, introduction, data, architecture, optimiser and
# efficiency paragraphs, results on common sense, closed-book QA and RACE; Table 1
# (hyper-parameters, the paper's Table 2), Table 2 (common sense), Table 3 (NaturalQuestions),
# Table 4 (TriviaQA).
P = "2302.13971"
LA_RANGE = "We introduce LLaMA, a collection of foundation language models ranging from 7B to 65B parameters."
LA_PUBLIC = "We train our models on trillions of tokens, and show that it is possible to train state-of-the-art models using publicly available datasets exclusively, without resorting to proprietary and inaccessible datasets."
LA_13B = "In particular, LLaMA-13B outperforms GPT-3 (175B) on most benchmarks, and LLaMA-65B is competitive with the best models, Chinchilla-70B and PaLM-540B."
LI_HOFF = "However, recent work from Hoffmann et al. (2022) shows that, for a given compute budget, the best performances are not achieved by the largest models, but by smaller models trained on more data."
LI_INF = "However, this objective disregards the inference budget, which becomes critical when serving a language model at scale."
LI_CHEAP = "a smaller one trained longer will ultimately be cheaper at inference."
LI_10X = "For instance, LLaMA-13B outperforms GPT-3 on most benchmarks, despite being 10× smaller."
LI_OPEN = "Unlike Chinchilla, PaLM, or GPT-3, we only use publicly available data, making our work compatible with open-sourcing"
LI_EXC = "There exist some exceptions, notably OPT (Zhang et al., 2022), GPT-NeoX (Black et al., 2022), BLOOM (Scao et al., 2022) and GLM (Zeng et al., 2022), but none that are competitive with PaLM-62B or Chinchilla."
LD_SE = "We kept the data from the 28 largest websites, removed the HTML tags from text and sorted the answers by score (from highest to lowest)."
LD_DIGITS = "Notably, we split all numbers into individual digits, and fallback to bytes to decompose unknown UTF-8 characters."
LD_14T = "Overall, our entire training dataset contains roughly 1.4T tokens after tokenization."
LD_EPOCH = "For most of our training data, each token is used only once during training, with the exception of the Wikipedia and Books domains, over which we perform approximately two epochs."
LR_PRE = "Pre-normalization [GPT3]."
LR_PRENORM = "To improve the training stability, we normalize the input of each transformer sub-layer, instead of normalizing the output."
LR_SWI = "SwiGLU activation function [PaLM]."
LR_ROT = "Rotary Embeddings [GPTNeo]."
LR_ROPE = "We remove the absolute positional embeddings, and instead, add rotary positional embeddings (RoPE), introduced by Su et al. (2021), at each layer of the network."
LO_ADAM = "Our models are trained using the AdamW optimizer (Loshchilov and Hutter, 2017), with the following hyper-parameters: beta1 = 0.9, beta2 = 0.95."
LO_COS = "We use a cosine learning rate schedule, such that the final learning rate is equal to 10% of the maximal learning rate."
LO_WD = "We use a weight decay of 0.1 and gradient clipping of 1.0."
LO_WARM = "We use 2,000 warmup steps, and vary the learning rate and batch size with the size of the model (see Table 1 for details)."
LE_380 = "When training a 65B-parameter model, our code processes around 380 tokens/sec/GPU on 2048 A100 GPU with 80GB of RAM."
LE_21 = "This means that training over our dataset containing 1.4T tokens takes approximately 21 days."
LM_20 = "Following previous work (Brown et al., 2020), we consider zero-shot and few-shot tasks, and report results on a total of 20 benchmarks."
LC_CHIN = "First, LLaMA-65B outperforms Chinchilla-70B on all reported benchmarks but BoolQ."
LC_PALM = "Similarly, this model surpasses PaLM-540B everywhere but on BoolQ and WinoGrande."
LQ_CLOSED = "For both benchmarks, we report exact match performance in a closed book setting, i.e., where the models do not have access to documents that contain evidence to answer the question."


def hp(row: str, column: str, value: str) -> dict:
    """A cell of Table 1 (hyper-parameters, rows by parameter count)."""
    return C("Table 1", row, column, value)


def csr(row: str, column: str, value: str) -> dict:
    """A cell of Table 2 (zero-shot common sense reasoning)."""
    return C("Table 2", row, column, value)


def nq(row: str, column: str, value: str) -> dict:
    """A cell of Table 3 (NaturalQuestions exact match)."""
    return C("Table 3", row, column, value)


def tqa(row: str, column: str, value: str) -> dict:
    """A cell of Table 4 (TriviaQA exact match)."""
    return C("Table 4", row, column, value)


claim(P, 1, "verbatim", SUP, LA_RANGE, [S(LA_RANGE)], "the abstract's sentence, word for word")
claim(P, 1, "verbatim", CON, "We use a weight decay of 0.01 and gradient clipping of 1.0.", [S(LO_WD)], "weight decay 0.1, not 0.01")

claim(P, 1, "paraphrase", SUP, "LLaMA shows that state-of-the-art models can be trained on publicly available data alone, with no proprietary datasets.",
      [S(LA_PUBLIC)], "the abstract's sentence, reworded")
claim(P, 1, "paraphrase", CON, "Like GPT-3 and PaLM, LLaMA relies partly on proprietary training data.",
      [S(LI_OPEN), S(LA_PUBLIC)], "'Unlike Chinchilla, PaLM, or GPT-3, we only use publicly available data'")
claim(P, 1, "paraphrase", PART, "LLaMA's Stack Exchange data keep the 28 largest sites and were deduplicated against Wikipedia.",
      [S(LD_SE)], "the 28 largest websites are stated; deduplication against Wikipedia is nowhere")
claim(P, 1, "paraphrase", SUP, "For a given target performance, the LLaMA authors argue, a smaller model trained for longer ends up cheaper at inference.",
      [S(LI_CHEAP)], "the introduction's sentence, reworded")

claim(P, 1, "number-format", SUP, "LLaMA-65B trains at about 380 tokens per second per GPU on 2,048 A100 80GB GPUs.",
      [S(LE_380)], "2048 = 2,048; 80GB of RAM")
claim(P, 1, "number-format", CON, "Training LLaMA-65B on its 1.4T-token dataset takes about 12 days.",
      [S(LE_21)], "approximately 21 days")
claim(P, 1, "number-format", SUP, "LLaMA's training uses 2K warmup steps.", [S(LO_WARM)], "2,000 = 2K")
claim(P, 1, "number-format", CON, "LLaMA's AdamW optimizer uses beta2 = 0.999.", [S(LO_ADAM)], "beta2 = 0.95")
claim(P, 1, "number-format", SUP, "LLaMA is evaluated on twenty benchmarks, zero-shot and few-shot.", [S(LM_20)], "20 = twenty")
claim(P, 1, "number-format", CON, "LLaMA's cosine schedule decays the learning rate to 1% of its maximum.", [S(LO_COS)], "10% of the maximal learning rate")
claim(P, 1, "number-format", SUP, "LLaMA-13B is an order of magnitude smaller than GPT-3 yet beats it on most benchmarks.",
      [S(LI_10X)], "10× smaller = an order of magnitude")

claim(P, 1, "sign-direction", SUP, "On BoolQ, LLaMA 65B is 2.7 points behind PaLM 540B.",
      [csr("LLaMA 65B", "BoolQ", "85.3"), csr("PaLM 540B", "BoolQ", "88.0")], "85.3 - 88.0 = -2.7")
claim(P, 1, "sign-direction", CON, "Going from LLaMA 33B to LLaMA 65B raises ARC-e accuracy.",
      [csr("LLaMA 33B", "ARC-e", "80.0"), csr("LLaMA 65B", "ARC-e", "78.9")], "80.0 -> 78.9: it falls")
claim(P, 1, "sign-direction", SUP, "Zero-shot on NaturalQuestions, LLaMA 33B scores 1.1 points above LLaMA 65B.",
      [nq("LLaMA 33B", "0-shot", "24.9"), nq("LLaMA 65B", "0-shot", "23.8")], "24.9 - 23.8 = 1.1")
claim(P, 1, "sign-direction", CON, "Zero-shot on TriviaQA, LLaMA 13B trails Chinchilla 70B.",
      [tqa("LLaMA 13B", "0-shot", "56.6"), tqa("Chinchilla 70B", "0-shot", "55.4")], "56.6 vs 55.4: LLaMA 13B is ahead")
claim(P, 1, "sign-direction", SUP, "LLaMA 7B's HellaSwag score is 2.8 points below GPT-3 175B's.",
      [csr("LLaMA 7B", "HellaSwag", "76.1"), csr("GPT-3 175B", "HellaSwag", "78.9")], "76.1 - 78.9 = -2.8")

claim(P, 1, "polarity", CON, "LLaMA-65B surpasses PaLM-540B on WinoGrande.",
      [S(LC_PALM), csr("LLaMA 65B", "WinoGrande", "77.0"), csr("PaLM 540B", "WinoGrande", "81.1")], "'everywhere but on BoolQ and WinoGrande'; 77.0 < 81.1")
claim(P, 1, "polarity", SUP, "The LLaMA authors note that the scaling-law objective of Hoffmann et al. ignores the inference budget.",
      [S(LI_INF)], "'disregards the inference budget'")
claim(P, 1, "polarity", CON, "Hoffmann et al. found that, for a given compute budget, the largest models achieve the best performance.",
      [S(LI_HOFF)], "'the best performances are not achieved by the largest models, but by smaller models trained on more data'")
claim(P, 1, "polarity", CON, "LLaMA keeps absolute positional embeddings alongside its rotary embeddings.",
      [S(LR_ROPE)], "'We remove the absolute positional embeddings'")
claim(P, 1, "polarity", SUP, "LLaMA normalizes the input of each transformer sub-layer rather than its output.",
      [S(LR_PRENORM)], "the sentence, reworded")
claim(P, 1, "polarity", CON, "In LLaMA's closed-book QA evaluation the models may consult documents that contain the evidence.",
      [S(LQ_CLOSED)], "the models 'do not have access to documents that contain evidence'")

claim(P, 1, "entity-swap", PART, "LLaMA-65B is competitive with Chinchilla-70B, PaLM-540B and GPT-4.",
      [S(LA_13B)], "Chinchilla-70B and PaLM-540B are stated; GPT-4 appears nowhere")
claim(P, 1, "entity-swap", CON, "LLaMA takes SwiGLU from GPT-Neo and rotary embeddings from PaLM.",
      [S(LR_SWI), S(LR_ROT)], "SwiGLU is marked [PaLM] and rotary embeddings [GPTNeo]: the sources are swapped")
claim(P, 1, "entity-swap", PART, "Models trained on public data exist, among them OPT, GPT-NeoX, BLOOM and Falcon, but none competes with PaLM-62B or Chinchilla.",
      [S(LI_EXC)], "OPT, GPT-NeoX and BLOOM are stated (with GLM); Falcon appears nowhere")
claim(P, 1, "entity-swap", SUP, "LLaMA's pre-normalization comes from GPT-3, SwiGLU from PaLM and rotary embeddings from GPT-Neo.",
      [S(LR_PRE), S(LR_SWI), S(LR_ROT)], "the three run-in headings with their bracketed sources")

claim(P, 1, "table-cell", SUP, "LLaMA 65B scores 84.2 on HellaSwag.", [csr("LLaMA 65B", "HellaSwag", "84.2")], "the cell")
claim(P, 1, "table-cell", CON, "LLaMA 13B scores 80.1 on BoolQ.",
      [csr("LLaMA 13B", "BoolQ", "78.1"), csr("LLaMA 13B", "PIQA", "80.1")], "78.1; 80.1 is its PIQA score, the next column")
claim(P, 1, "table-cell", SUP, "The 32.5B-parameter LLaMA model has 52 attention heads and 60 layers.",
      [hp("32.5B", "n heads", "52"), hp("32.5B", "n layers", "60")], "the two cells")
claim(P, 1, "table-cell", CON, "The 13.0B LLaMA model is trained with a learning rate of 1.5e-4.",
      [hp("13.0B", "learning rate", "3.0e-4")], "3.0e-4; 1.5e-4 is the two larger models'")
claim(P, 1, "table-cell", SUP, "LLaMA 65B reaches 39.9 exact match on NaturalQuestions 64-shot.", [nq("LLaMA 65B", "64-shot", "39.9")], "the cell")
claim(P, 1, "table-cell", CON, "PaLM 540B scores 35.5 on NaturalQuestions 64-shot.",
      [nq("PaLM 540B", "64-shot", "39.6"), nq("Chinchilla 70B", "64-shot", "35.5")], "39.6; 35.5 is Chinchilla 70B's")

claim(P, 1, "table-computed", SUP, "LLaMA 65B's eight zero-shot common-sense scores average about 72.1.",
      [csr("LLaMA 65B", c, v) for c, v in zip(["BoolQ", "PIQA", "SIQA", "HellaSwag", "WinoGrande", "ARC-e", "ARC-c", "OBQA"],
                                              ["85.3", "82.8", "52.3", "84.2", "77.0", "78.9", "56.0", "60.2"])],
      "576.7 / 8 = 72.09")
claim(P, 1, "table-computed", CON, "Among the LLaMA models, the 65B one has the best ARC-c and OBQA scores.",
      [csr("LLaMA 33B", "ARC-c", "57.8"), csr("LLaMA 65B", "ARC-c", "56.0"), csr("LLaMA 65B", "OBQA", "60.2")], "OBQA yes (60.2), but ARC-c is 33B's 57.8 against 56.0")
claim(P, 1, "table-computed", SUP, "LLaMA 65B's NaturalQuestions exact match rises by 16.1 points from 0-shot to 64-shot.",
      [nq("LLaMA 65B", "0-shot", "23.8"), nq("LLaMA 65B", "64-shot", "39.9")], "39.9 - 23.8 = 16.1")
claim(P, 1, "table-computed", CON, "Every LLaMA model beats Gopher 280B on SIQA.",
      [csr("Gopher 280B", "SIQA", "50.6"), csr("LLaMA 7B", "SIQA", "48.9"), csr("LLaMA 13B", "SIQA", "50.4"), csr("LLaMA 33B", "SIQA", "50.4")],
      "only 65B (52.3) beats Gopher's 50.6")
claim(P, 1, "table-computed", SUP, "All four LLaMA models were trained with the same 4M batch size.",
      [hp(r, "batch size", "4M") for r in ("6.7B", "13.0B", "32.5B", "65.2B")], "4M in every row")
claim(P, 1, "table-computed", SUP, "On TriviaQA 5-shot, LLaMA 65B leads Chinchilla 70B by 8.5 points.",
      [tqa("LLaMA 65B", "5-shot", "72.6"), tqa("Chinchilla 70B", "5-shot", "64.1")], "72.6 - 64.1 = 8.5")

claim(P, 1, "two-sentences", SUP, "LLaMA-65B processes about 380 tokens/sec/GPU, so training on 1.4T tokens takes roughly three weeks.",
      [S(LE_380), S(LE_21)], "two adjacent sentences; 21 days = three weeks")
claim(P, 1, "two-sentences", CON, "LLaMA-65B beats Chinchilla-70B on all reported common-sense benchmarks but BoolQ, and PaLM-540B on all but BoolQ and HellaSwag.",
      [S(LC_CHIN), S(LC_PALM), csr("LLaMA 65B", "HellaSwag", "84.2"), csr("PaLM 540B", "HellaSwag", "83.4")],
      "the second exception is WinoGrande; on HellaSwag LLaMA-65B beats PaLM-540B, 84.2 to 83.4")
claim(P, 1, "two-sentences", PART, "LLaMA's tokenizer splits numbers into single digits and has a 32,000-token vocabulary.",
      [S(LD_DIGITS)], "the digit splitting is stated; no vocabulary size in the corpus text")
claim(P, 1, "two-sentences", SUP, "Most of LLaMA's roughly 1.4T training tokens are seen once, but Wikipedia and Books get about two epochs.",
      [S(LD_14T), S(LD_EPOCH)], "two adjacent sentences")

claim(P, 1, "absent", NF, "LLaMA's context length is 2,048 tokens.", [], "no context length in the corpus text")
claim(P, 1, "absent", NF, "LLaMA-65B scores 63.4 on 5-shot MMLU.", [], "MMLU is not in the corpus text")
claim(P, 1, "absent", NF, "CommonCrawl makes up 67% of LLaMA's pre-training data.", [], "the data mixture table and CommonCrawl paragraph are not in the corpus text")
claim(P, 1, "absent", NF, "LLaMA-65B reaches 23.7% pass@1 on HumanEval.", [], "no code results in the corpus text")
claim(P, 1, "absent", SUP, "LLaMA's tokenizer falls back to bytes to decompose unknown UTF-8 characters.",
      [S(LD_DIGITS)], "the tokenizer paragraph's second sentence")

# ---------------------------------------------------------------------------------------
# 1912.08777 -- PEGASUS v1: the December 2019 abstract; the rest is the authors' README
# (not the paper): its opening sentence, 'Results update' with the C4 / HugeNews /
# Mixed & Dynamic ROUGE table (R1/R2/RL), the list of changes, the wikihow/big_patent note.
P = "1912.08777"
PA_NOT = "However, pre-training objectives tailored for abstractive text summarization have not been explored."
PA_LACK = "Furthermore there is a lack of systematic evaluation across diverse domains."
PA_GSG = "In PEGASUS, important sentences are removed/masked from an input document and are generated together as one output sequence from the remaining sentences, similar to an extractive summary."
PA_12 = "We evaluated our best PEGASUS model on 12 downstream summarization tasks spanning news, science, stories, instructions, emails, patents, and legislative bills."
PA_SOTA = "Experiments demonstrate it achieves state-of-the-art performance on all 12 downstream datasets measured by ROUGE scores."
PA_LOW = "Our model also shows surprising performance on low-resource summarization, surpassing previous state-of-the-art results on 6 datasets with only 1000 examples."
PA_HUMAN = "Finally we validated our results using human evaluation and show that our model summaries achieve human performance on multiple datasets."
PU_DYN = "We train a dynamic gap sentence generation model on both C4 and HugeNews, and dynamicly sample important sentences."
PC_MIX = "trained on both C4 and HugeNews (dataset mixsure is weighted by their number of examples)."
PC_15M = "trained for 1.5M instead of 500k (we observe slower convergence on pretraining perplexity)."
PC_1545 = "the model dynamicly choose 15%-45% important sentences to generate"
PC_NC = "(*) the numbers of wikihow and big_patent datasets are not comparable because of change in tokenization and data:"
PC_WIKI = "wikihow dataset contains newline characters which is useful for paragraph segmentation, the C4 and HugeNews model's sentencepiece tokenizer doesn't encode newline and loose this information."
MD = "Mixed & Dynamic"


def rg(row: str, column: str, value: str) -> dict:
    """A cell of the README's ROUGE table (Table 1): R1/R2/RL."""
    return C("Table 1", row, column, value)


claim(P, 1, "verbatim", SUP, PA_12, [S(PA_12)], "the abstract's sentence, word for word")
claim(P, 1, "verbatim", CON,
      "Our model also shows surprising performance on low-resource summarization, surpassing previous state-of-the-art results on 8 datasets with only 1000 examples.",
      [S(PA_LOW)], "6 datasets, not 8")

claim(P, 1, "paraphrase", SUP, "PEGASUS masks important sentences of a document and generates them together, as one output, from the sentences that remain.",
      [S(PA_GSG)], "the abstract's sentence, reworded")
claim(P, 1, "paraphrase", SUP, "Human evaluation showed PEGASUS summaries reaching human performance on several datasets.",
      [S(PA_HUMAN)], "'multiple datasets' = several")
claim(P, 1, "paraphrase", PART, "PEGASUS reaches state of the art on all 12 downstream datasets, and its summaries are rated more fluent than the references.",
      [S(PA_SOTA), S(PA_HUMAN)], "the 12 datasets are stated; human evaluation shows human performance, not fluency above the references")

claim(P, 1, "number-format", SUP, "The updated PEGASUS model was trained three times as long as before: 1.5M instead of 500k.",
      [S(PC_15M)], "1.5M / 500k = 3")
claim(P, 1, "number-format", CON, "The Mixed & Dynamic model samples between 15% and 25% of sentences as important.",
      [S(PC_1545)], "15%-45%")
claim(P, 1, "number-format", SUP, "PEGASUS achieves state-of-the-art ROUGE on all twelve downstream datasets.", [S(PA_SOTA)], "12 = twelve")

claim(P, 1, "sign-direction", SUP, "On big_patent, the Mixed & Dynamic model's ROUGE-1 is 1.34 below the C4 model's.",
      [rg("big_patent", "C4", "53.63/33.16/42.25"), rg("big_patent", MD, "52.29/33.08/41.66 *")], "52.29 - 53.63 = -1.34 (a figure the note calls not comparable)")
claim(P, 1, "sign-direction", CON, "On arxiv, the Mixed & Dynamic model improves ROUGE-1 over the C4 model.",
      [rg("arxiv", "C4", "44.70/17.27/25.80"), rg("arxiv", MD, "44.21/16.95/25.67")], "44.70 -> 44.21: it drops")
claim(P, 1, "sign-direction", SUP, "On xsum, mixing the corpora raises ROUGE-2 from the HugeNews model's 24.56 to 24.83.",
      [rg("xsum", "HugeNews", "47.21/24.56/39.25"), rg("xsum", MD, "47.60/24.83/39.64")], "24.56 -> 24.83")

claim(P, 1, "polarity", CON, "Pre-training objectives tailored to abstractive summarization had already been thoroughly explored before PEGASUS.",
      [S(PA_NOT)], "'have not been explored'")
claim(P, 1, "polarity", SUP, "The PEGASUS abstract points to a lack of systematic evaluation across diverse domains.", [S(PA_LACK)], "the sentence")
claim(P, 1, "polarity", CON, "The wikihow and big_patent numbers of the three PEGASUS models are directly comparable.",
      [S(PC_NC)], "'are not comparable because of change in tokenization and data'")

claim(P, 1, "entity-swap", PART, "PEGASUS's downstream tasks span news, science, stories, emails, patents, legislative bills and medical dialogues.",
      [S(PA_12)], "all but medical dialogues are stated (with instructions); medical dialogues appear nowhere")
claim(P, 1, "entity-swap", PART, "The Mixed & Dynamic model was pre-trained on C4 and Wikipedia.",
      [S(PU_DYN)], "C4 is stated (with HugeNews); Wikipedia appears nowhere")

claim(P, 1, "table-cell", SUP, "The HugeNews model scores 47.21/24.56/39.25 on xsum.", [rg("xsum", "HugeNews", "47.21/24.56/39.25")], "the cell")
claim(P, 1, "table-cell", CON, "On cnn_dailymail, the C4 model reaches a ROUGE-1 of 44.17.",
      [rg("cnn_dailymail", "C4", "43.90/21.20/40.76"), rg("cnn_dailymail", "HugeNews", "44.17/21.47/41.11")], "43.90; 44.17 is the HugeNews model's, the next column")
claim(P, 1, "table-cell", CON, "The Mixed & Dynamic model scores 59.67/41.58/47.59 on multi_news.",
      [rg("multi_news", MD, "47.65/18.75/24.95"), rg("billsum", MD, "59.67/41.58/47.59")], "47.65/18.75/24.95; the claim's triple is billsum's")
claim(P, 1, "table-cell", SUP, "On gigaword, the Mixed & Dynamic model scores a ROUGE-L of 36.76.", [rg("gigaword", MD, "39.65/20.47/36.76")], "the third number of the cell")

claim(P, 1, "table-computed", SUP, "reddit_tifu gives the lowest ROUGE-1 of the twelve datasets for all three models.",
      [rg("reddit_tifu", "C4", "26.54/8.94/21.64"), rg("reddit_tifu", "HugeNews", "26.63/9.01/21.60"), rg("reddit_tifu", MD, "27.99/9.81/22.94"),
       rg("aeslc", "C4", "37.69/21.85/36.84"), rg("aeslc", "HugeNews", "37.40/21.22/36.45"), rg("aeslc", MD, "37.68/21.25/36.51")],
      "26.54, 26.63 and 27.99 against the next lowest (aeslc, 37.40-37.69)")
claim(P, 1, "table-computed", CON, "The C4 model has a higher ROUGE-1 than the HugeNews model on most of the twelve datasets.",
      [rg("xsum", "C4", "45.20/22.06/36.99"), rg("xsum", "HugeNews", "47.21/24.56/39.25")], "C4 leads on wikihow, big_patent, arxiv, pubmed and aeslc: five of twelve")
claim(P, 1, "table-computed", SUP, "On billsum, the Mixed & Dynamic model's ROUGE-L is 1.77 above the HugeNews model's.",
      [rg("billsum", "HugeNews", "57.31/40.19/45.82"), rg("billsum", MD, "59.67/41.58/47.59")], "47.59 - 45.82 = 1.77")

claim(P, 1, "two-sentences", SUP, "wikihow and big_patent scores are not comparable because the old tokenizer dropped newlines, which wikihow uses to mark paragraphs.",
      [S(PC_NC), S(PC_WIKI)], "the note and its first item")
claim(P, 1, "two-sentences", PART, "The new model mixes C4 and HugeNews, weighted by their number of examples, and is distilled from a larger teacher.",
      [S(PU_DYN), S(PC_MIX)], "the mixture and its weighting are stated; distillation appears nowhere")

claim(P, 1, "absent", NF, "PEGASUS-large has 568M parameters.", [], "no parameter count in the corpus text")
claim(P, 1, "absent", NF, "PEGASUS uses a SentencePiece vocabulary of 96K tokens.", [], "no vocabulary size in the corpus text")
claim(P, 1, "absent", NF, "PEGASUS summaries were also scored with BERTScore.", [], "ROUGE and human evaluation only")
claim(P, 1, "absent", NF, "The PEGASUS human evaluation asked three Mechanical Turk raters per summary.", [], "no detail of the human evaluation")
claim(P, 1, "absent", SUP, "The updated PEGASUS sentencepiece tokenizer can encode the newline character.",
      [S("the sentencepiece tokenizer is updated to be able to encode newline character.")], "the README's last listed change")
