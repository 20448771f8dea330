"""The fresh7 split (issue 13): a seventh blind set, over five PDF versions of four papers that
no other split contains (LLaVA v1 and v2, QLoRA v1, Self-Instruct v2, RAG v4), labelled by
reading their truth files before any verdict engine was run on them, by someone who was not
changing the rules. Never run while the rules change; `calibrate_verdicts.py` treats every
split named fresh* other than the development ones as independent and leaves it out unless
named.

Imported at the end of claims_src.py after claims_fresh6, so earlier ids do not move. Same
fields and labelling rules as claims_src.py (data/realclaims/README.md). Written in the
manner of generated literature reports: a neighbouring cell, row or column, a number written
another way or given for another quantity, a reversed difference, an antonym or a dropped
negation, a swapped or added list member, a mean, an extreme or a difference only a table
implies, the other version's wording, and facts true of the real paper but absent from the
corpus text.
"""

from __future__ import annotations

from claims_src import CON, NF, PART, SPLIT, SUP, VERSIONS, C, S, claim

FRESH7 = {
    "2304.08485": (1, 2),  # LLaVA, "Visual Instruction Tuning": v1 (April 2023, abstract only) and v2 (December 2023)
    "2305.14314": (1,),  # QLoRA
    "2212.10560": (2,),  # Self-Instruct (the ACL 2023 text)
    "2005.11401": (4,),  # RAG, "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks"
}
SPLIT.update({paper: "fresh7" for paper in FRESH7})
VERSIONS.update(FRESH7)

# ---------------------------------------------------------------------------------------
# 2304.08485 -- LLaVA. v1: the April 2023 abstract only ("has improved", "In this paper, we
# present", "Our early experiments", "multimodel chat abilities", "code base"; no benchmark
# sentence). v2: the December 2023 abstract (the two evaluation benchmarks), introduction,
# data generation, architecture and training, experiments; Table 1 (LLaVA-Bench COCO
# ablation), Table 2 (In-the-Wild, mean ± std), Table 3 (ScienceQA, two-level header).
P = "2304.08485"
A1_IMPROVED = "Instruction tuning large language models (LLMs) using machine-generated instruction-following data has improved zero-shot capabilities on new tasks"
A2_IMPROVE = "Instruction tuning large language models (LLMs) using machine-generated instruction-following data has been shown to improve zero-shot capabilities on new tasks"
A1_FIRST = "In this paper, we present the first attempt to use language-only GPT-4 to generate multimodal language-image instruction-following data."
A2_FIRST = "We present the first attempt to use language-only GPT-4 to generate multimodal language-image instruction-following data."
A1_CONNECT = "an end-to-end trained large multimodal model that connects a vision encoder and LLM for general-purpose visual and language understanding."
A2_BENCH = "To facilitate future research on visual instruction following, we construct two evaluation benchmarks with diverse and challenging application-oriented tasks."
A1_EARLY = "Our early experiments show that LLaVA demonstrates impressive multimodel chat abilities, sometimes exhibiting the behaviors of multimodal GPT-4 on unseen images/instructions, and yields a 85.1% relative score compared with GPT-4 on a synthetic multimodal instruction-following dataset."
A2_EXP = "Our experiments show that LLaVA demonstrates impressive multimodal chat abilities, sometimes exhibiting the behaviors of multimodal GPT-4 on unseen images/instructions, and yields a 85.1% relative score compared with GPT-4 on a synthetic multimodal instruction-following dataset."
A_SQA = "When fine-tuned on Science QA, the synergy of LLaVA and GPT-4 achieves a new state-of-the-art accuracy of 92.53%."
A1_RELEASE = "We make GPT-4 generated visual instruction tuning data, our model and code base publicly available."
I_ONLY = "Further, language is only utilized to describe the image content."
I_FOUND = "with strong capabilities in open-world visual understanding such as classification, detection, segmentation and captioning, as well as visual generation and editing."
I_LLAMA = "Among them, LLaMA is an open-source LLM that matches the performance of GPT-3."
I_CLIP = "We develop a large multimodal model (LMM), by connecting the open-set visual encoder of CLIP with the language decoder Vicuna, and fine-tuning end-to-end on our generated instructional vision-language data."
I_RELEASE = "We release the following assets to the public: the generated multimodal instruction data, the codebase, the model checkpoints, and a visual chat demo."
D_LIMITED = "However, when it comes to multimodal instruction-following data, the available amount is limited, partially because the process for creating such data is time-consuming and less well-defined when human crowd-scouring is considered."
D_COCO = "We use COCO images and generate three types of instruction-following data."
D_HUMAN = "They are the only human annotations we have during data collection, and are used as seed examples in in-context-learning to query GPT-4."
D_158 = "We collect 158K unique language-image instruction-following samples in total, including 58K in conversations, 23K in detailed description, and 77k in complex reasoning, respectively."
D_GPT4 = "We ablated the use of ChatGPT and GPT-4 in our early experiments, and found that GPT-4 consistently provides higher quality instruction-following data, such as spatial reasoning."
T_LIGHT = "Note that our simple projection scheme is lightweight, which allows us to iterate data centric experiments quickly."
T_595 = "To strike a balance between concept coverage and training efficiency, we filter CC3M to 595K image-text pairs."
T_FROZEN1 = "In training, we keep both the visual encoder and LLM weights frozen, and maximize the likelihood with trainable parameters of the projection matrix only."
T_FROZEN2 = "We always keep the visual encoder weights frozen, and continue to update both the pre-trained weights of the projection layer and LLM in LLaVA."
E_HP = "We pre-train our model on the filtered CC-595K subset for 1 epoch with a learning rate of 2e-3 and a batch size of 128, and fine-tune on the proposed LLaVA-Instruct-158K dataset for 3 epochs, with a learning rate of 2e-5 and a batch size of 32."
E_INSTEAD = "In contrast, BLIP-2 and OpenFlamingo focus on describing the image, instead of following the user instruction to answer in an appropriate manner."
E_COCO30 = "We randomly select 30 images from COCO-Val-2014, and for each image, we generate three types of questions (conversation, detailed description, complex reasoning) using the proposed data generation pipeline, totaling 90 questions."
E_50 = "First, with instruction tuning, the model's ability of following user instructions improves significantly by over 50 points."
E_WILD24 = "we collect a diverse set of 24 images with 60 questions in total, including indoor and outdoor scenes, memes, paintings, sketches, and associate each image with a highly-detailed and manually-curated description and a proper selection of questions."
E_COMPARE = "We compare LLaVA, BLIP, and OpenFlamingo in Table 2."
E_29 = "Thanks to visual instruction tuning, LLaVA achieves significantly better performance compared with BLIP-2 (+29%) and OpenFlamingo (+48%)."
Q_21K = "ScienceQA contains 21k multimodal multiple choice questions with rich domain diversity across 3 subjects, 26 topics, 127 categories, and 379 skills."
Q_SPLIT = "The benchmark dataset is split into training, validation, and test splits with 12726, 4241, and 4241 examples, respectively."
Q_METHODS = "We consider two representative methods, including GPT-3.5 model (text-davinci-002) with and without chain-of-thought (CoT), LLaMA-Adapter, as well as multimodal chain-of-thought (MM-CoT), which is the current SoTA method on this dataset."
Q_12EP = "For LLaVA, we use the visual features before the last layer, ask the model to first predict reasons and then the answer, and train it for 12 epochs."
Q_9092 = "It yields 90.92% accuracy, which is quite close to the SoTA 91.68%."
Q_GPT4 = "To explore the limit of LLMs, we also prompt GPT-4 using 2-shot in-context-learning and achieve 82.69% accuracy, which is a 7.52% absolute gain compared with 75.17% from GPT-3.5."
Q_FAILS = "For a substantial number of questions, we note that GPT-4 fails simply because it reports that there is insufficient context such as images or plots."
Q_COMPL = "A GPT-4 complement: whenever GPT-4 fails to provide answers, we use the prediction from our method."
Q_9097 = "This schemes yields 90.97% accuracy, which is almost the same as applying our method alone."
Q_IMAGE = "Interestingly, the text-only GPT-4, which cannot process images, improves the overall performance of the model on questions that have an image as context."
Q_LAST = "We tried using the last layer feature from CLIP vision encoder, which yields 89.96% and is 0.96% lower than the feature before the last layer."
COLS_SQA = ["Subject / NAT", "Subject / SOC", "Subject / LAN", "Context Modality / TXT",
            "Context Modality / IMG", "Context Modality / NO", "Grade / G1-6", "Grade / G7-12", "Average"]


def coco(row: str, column: str, value: str) -> dict:
    """A cell of the LLaVA-Bench (COCO) ablation (Table 1)."""
    return C("Table 1", row, column, value, version=2)


def wild(row: str, column: str, value: str) -> dict:
    """A cell of the LLaVA-Bench (In-the-Wild) comparison (Table 2), mean ± std."""
    return C("Table 2", row, column, value, version=2)


def sqa(row: str, column: str, value: str) -> dict:
    """A cell of the ScienceQA table (Table 3); columns are 'Subject / NAT' ... 'Average'."""
    return C("Table 3", row, column, value, version=2)


claim(P, 2, "verbatim", SUP, A2_FIRST, [S(A2_FIRST), S(A1_FIRST, version=1)],
      "v2's abstract sentence word for word; v1 says the same after 'In this paper,'", per={1: SUP})
claim(P, 1, "verbatim", CON,
      "Our early experiments show that LLaVA demonstrates impressive multimodel chat abilities, sometimes exhibiting the behaviors of multimodal GPT-4 on unseen images/instructions, and yields a 58.1% relative score compared with GPT-4 on a synthetic multimodal instruction-following dataset.",
      [S(A1_EARLY), S(A2_EXP, version=2)], "85.1%, not 58.1%, in both versions", per={2: CON})
claim(P, 2, "verbatim", SUP,
      "We collect 158K unique language-image instruction-following samples in total, including 58K in conversations, 23K in deta",
      [S(D_158)], "cut off mid-word; what is left is section 3's sentence; v1 (abstract only) has no counts", per={1: NF}, truncated=True)
claim(P, 2, "verbatim", CON,
      "ScienceQA contains 21k multimodal multiple choice questions with rich domain diversity across 3 subjects, 26 topics, 127 categories, and 397 skills.",
      [S(Q_21K)], "379 skills, not 397; v1 does not describe ScienceQA", per={1: NF})

claim(P, 2, "paraphrase", SUP,
      "LLaVA links CLIP's open-set visual encoder to the Vicuna language decoder and is fine-tuned end to end on the generated instruction data.",
      [S(I_CLIP), S(A1_CONNECT, version=1)],
      "v2's contribution sentence, reworded: supported there; v1's abstract has an end-to-end model connecting a vision encoder and an LLM but names neither CLIP nor Vicuna", per={1: PART})
claim(P, 2, "paraphrase", CON,
      "In early ablations the LLaVA authors found ChatGPT, rather than GPT-4, to give the higher-quality instruction-following data.",
      [S(D_GPT4)], "GPT-4 consistently provides higher quality data; v1 has no ablation", per={1: NF})
claim(P, 2, "paraphrase", PART,
      "The only human annotation in LLaVA's data collection was a handful of seed examples per data type, written by three trained annotators.",
      [S(D_HUMAN)], "the few hand-designed seed examples are stated; three trained annotators are nowhere; not in v1", per={1: NF})
claim(P, 2, "paraphrase", SUP,
      "In its first training stage LLaVA freezes both the vision encoder and the language model and trains only the projection matrix.",
      [S(T_FROZEN1)], "stage 1's sentence, reworded; not in v1", per={1: NF})
claim(P, 2, "paraphrase", PART,
      "LLaVA-Bench (In-the-Wild) pairs 24 images and 60 questions with descriptions written by professional artists.",
      [S(E_WILD24)], "24 images, 60 questions and manually-curated descriptions are stated; professional artists are not; not in v1", per={1: NF})
claim(P, 2, "paraphrase", SUP,
      "Prior vision models each solve one task independently, with the task instruction only implicit in the model design.",
      [S("In this line of work, each task is solved independently by one single large vision model, with the task instruction implicitly considered in the model design.")],
      "the introduction's sentence, reworded; not in v1", per={1: NF})

claim(P, 2, "number-format", SUP,
      "LLaVA's instruction data has roughly 158 thousand samples, about 77,000 of them complex-reasoning ones.",
      [S(D_158)], "158K, 77k; not in v1", per={1: NF})
claim(P, 2, "number-format", CON,
      "LLaVA's 158K instruction samples split into 23K conversations, 58K detailed descriptions and 77K complex-reasoning items.",
      [S(D_158)], "58K conversations and 23K detailed description: the two counts are swapped; not in v1", per={1: NF})
claim(P, 2, "number-format", SUP,
      "For feature alignment LLaVA filters CC3M down to about 0.6 million image-text pairs.",
      [S(T_595)], "595K is about 0.6 million; not in v1", per={1: NF})
claim(P, 2, "number-format", CON,
      "LLaVA is pre-trained for one epoch at a learning rate of 2e-5 with batches of 128.",
      [S(E_HP)], "pre-training uses 2e-3; 2e-5 is the fine-tuning rate; not in v1", per={1: NF})
claim(P, 2, "number-format", SUP,
      "Fine-tuning on LLaVA-Instruct-158K runs for three epochs with a batch size of thirty-two.",
      [S(E_HP)], "3 epochs, batch size 32; not in v1", per={1: NF})
claim(P, 2, "number-format", CON,
      "The ScienceQA test split used to evaluate LLaVA holds 12,726 examples.",
      [S(Q_SPLIT)], "the test split has 4241; 12726 is the training split; not in v1", per={1: NF})
claim(P, 2, "number-format", SUP,
      "LLaVA-Bench (COCO) takes thirty COCO-Val-2014 images with three question types each, ninety questions in all.",
      [S(E_COCO30)], "30 images, 90 questions; not in v1", per={1: NF})
claim(P, 1, "number-format", SUP,
      "LLaVA reaches a relative score of 85.1 percent against GPT-4 on a synthetic multimodal instruction-following set.",
      [S(A1_EARLY), S(A2_EXP, version=2)], "85.1% in both abstracts", per={2: SUP})

claim(P, 2, "sign-direction", SUP,
      "Without instruction tuning, LLaVA's overall LLaVA-Bench (COCO) score falls from 85.1 to 21.5.",
      [coco("Full data", "All", "85.1"), coco("No Instruction Tuning", "All", "21.5")], "the two cells; not in v1", per={1: NF})
claim(P, 2, "sign-direction", CON,
      "Switching to CLIP's last-layer features raises LLaVA's ScienceQA accuracy by 0.96%.",
      [S(Q_LAST)], "last-layer features yield 89.96%, 0.96% lower; not in v1", per={1: NF})
claim(P, 2, "sign-direction", SUP,
      "Using GPT-4 as the judge lifts LLaVA's average ScienceQA accuracy from 90.92 to 92.53, a 1.61-point gain.",
      [sqa("LLaVA", "Average", "90.92"), sqa("LLaVA+GPT-4 (judge)", "Average", "92.53"), S(A_SQA)],
      "92.53 - 90.92 = 1.61; v1's abstract has the 92.53% of LLaVA and GPT-4 but not LLaVA's own 90.92", per={1: PART})
claim(P, 2, "sign-direction", CON,
      "On social-science questions the GPT-4 complement scheme improves on LLaVA alone, 95.95 rising to 95.50.",
      [sqa("LLaVA", "Subject / SOC", "95.95"), sqa("LLaVA+GPT-4 (complement)", "Subject / SOC", "95.50")],
      "95.95 -> 95.50 is a drop; not in v1", per={1: NF})
claim(P, 2, "sign-direction", CON,
      "LLaVA outscores MM-CoT Large on image-context (IMG) questions, 88.00 against 88.80.",
      [sqa("LLaVA", "Context Modality / IMG", "88.00"), sqa("MM-CoT Large", "Context Modality / IMG", "88.80")],
      "88.00 is below 88.80: LLaVA trails; not in v1", per={1: NF})
claim(P, 2, "sign-direction", SUP,
      "On social-science questions LLaVA is far ahead of MM-CoT Large, 95.95 against 82.00.",
      [sqa("LLaVA", "Subject / SOC", "95.95"), sqa("MM-CoT Large", "Subject / SOC", "82.00")], "the two cells; not in v1", per={1: NF})

claim(P, 2, "polarity", CON,
      "The LLaVA authors call their projection scheme heavyweight, which slows down data-centric experiments.",
      [S(T_LIGHT)], "lightweight, allowing quick iteration: the antonyms; not in v1", per={1: NF})
claim(P, 2, "polarity", SUP,
      "In earlier language-augmented vision models, language is used only to describe the image content.",
      [S(I_ONLY)], "the introduction's sentence, 'only' kept; not in v1", per={1: NF})
claim(P, 2, "polarity", CON,
      "BLIP-2 and OpenFlamingo follow the user's instruction rather than merely describing the image.",
      [S(E_INSTEAD)], "they describe the image instead of following the instruction: the negation's scope is reversed; not in v1", per={1: NF})
claim(P, 2, "polarity", CON,
      "During LLaVA's end-to-end fine-tuning stage the visual encoder is unfrozen and updated.",
      [S(T_FROZEN2)], "the visual encoder weights are always kept frozen; not in v1", per={1: NF})
claim(P, 2, "polarity", SUP,
      "Multimodal instruction-following data is scarce, partly because making it is time-consuming and poorly defined when human crowd-scouring is used.",
      [S(D_LIMITED)], "limited; less well-defined = poorly defined; not in v1", per={1: NF})
claim(P, 1, "polarity", CON,
      "LLaVA's authors note that instruction tuning LLMs on machine-generated data has hurt their zero-shot capabilities on new tasks.",
      [S(A1_IMPROVED), S(A2_IMPROVE, version=2)], "improved (v1) / shown to improve (v2): the antonym", per={2: CON})
claim(P, 2, "polarity", CON,
      "The text-only GPT-4, which cannot see images, lowers the model's overall performance on questions with an image as context.",
      [S(Q_IMAGE)], "it improves it; not in v1", per={1: NF})
claim(P, 2, "polarity", SUP,
      "On many ScienceQA questions GPT-4 fails simply because it reports that context such as images or plots is insufficient.",
      [S(Q_FAILS)], "the sentence, reworded; not in v1", per={1: NF})
claim(P, 2, "polarity", CON,
      "The LLaVA paper finds instruction tuning makes little difference to how well the model follows user instructions on LLaVA-Bench (COCO).",
      [S(E_50)], "it improves significantly, by over 50 points; not in v1", per={1: NF})

claim(P, 2, "entity-swap", PART,
      "On LLaVA-Bench (In-the-Wild), LLaVA is compared with BLIP-2, OpenFlamingo and InstructBLIP.",
      [S(E_COMPARE), S(E_29)], "BLIP(-2) and OpenFlamingo are compared; InstructBLIP is not; not in v1", per={1: NF})
claim(P, 2, "entity-swap", SUP,
      "LLaVA was evaluated against OpenFlamingo and BLIP on the In-the-Wild benchmark.",
      [S(E_COMPARE)], "the same entities in another order; not in v1", per={1: NF})
claim(P, 2, "entity-swap", PART,
      "The ScienceQA baselines are GPT-3.5 with and without chain-of-thought, LLaMA-Adapter, MM-CoT and Flamingo.",
      [S(Q_METHODS)], "Flamingo is not among them; not in v1", per={1: NF})
claim(P, 2, "entity-swap", PART,
      "LLaVA's instruction-following data were generated from COCO and Visual Genome images.",
      [S(D_COCO)], "COCO images only; Visual Genome is nowhere; not in v1", per={1: NF})
claim(P, 2, "entity-swap", SUP,
      "The language-augmented vision foundation models LLaVA builds on handle detection, classification, captioning and segmentation.",
      [S(I_FOUND)], "the same four tasks in another order; not in v1", per={1: NF})

claim(P, 2, "table-cell", SUP,
      "Trained on conversation data alone, LLaVA scores 73.8 overall on LLaVA-Bench (COCO).",
      [coco("Conversation", "All", "73.8")], "the cell; not in v1", per={1: NF})
claim(P, 2, "table-cell", CON,
      "With Detail + Complex training data only, LLaVA's overall LLaVA-Bench (COCO) score is 90.8.",
      [coco("Detail + Complex", "All", "81.9"), coco("Detail + Complex", "Complex reasoning", "90.8")],
      "overall 81.9; 90.8 is that row's complex-reasoning cell; not in v1", per={1: NF})
claim(P, 2, "table-cell", SUP,
      "BLIP-2 gets 29.1 ± 1.2 on detail description in LLaVA-Bench (In-the-Wild).",
      [wild("BLIP-2", "Detail description", "29.1 ± 1.2")], "the cell; not in v1", per={1: NF})
claim(P, 2, "table-cell", CON,
      "LLaVA's conversation score on LLaVA-Bench (In-the-Wild) is 52.5 ± 6.3.",
      [wild("LLaVA", "Conversation", "57.3 ± 1.9"), wild("LLaVA", "Detail description", "52.5 ± 6.3")],
      "57.3 ± 1.9; 52.5 ± 6.3 is its detail-description cell; not in v1", per={1: NF})
claim(P, 2, "table-cell", SUP,
      "MM-CoT Base reaches 84.91% average accuracy on ScienceQA.",
      [sqa("MM-CoT Base", "Average", "84.91")], "the cell; not in v1", per={1: NF})
claim(P, 2, "table-cell", CON,
      "On grade 7-12 ScienceQA questions, LLaVA+GPT-4 (judge) scores 92.73.",
      [sqa("LLaVA+GPT-4 (judge)", "Grade / G7-12", "92.16"), sqa("LLaVA+GPT-4 (judge)", "Grade / G1-6", "92.73")],
      "92.16; 92.73 is its grades 1-6 cell; not in v1", per={1: NF})
claim(P, 2, "table-cell", CON,
      "Humans answer 84.97% of ScienceQA's natural-science questions correctly.",
      [sqa("Human", "Subject / NAT", "90.23"), sqa("Human", "Subject / SOC", "84.97")],
      "NAT is 90.23; 84.97 is social science; not in v1", per={1: NF})
claim(P, 2, "table-cell", PART,
      "LLaVA scores 90.36 on ScienceQA's natural-science questions and 94.1 on its validation split.",
      [sqa("LLaVA", "Subject / NAT", "90.36")], "the NAT cell is right; no validation figure is given; not in v1", per={1: NF})

claim(P, 2, "table-computed", SUP,
      "On LLaVA-Bench (In-the-Wild), LLaVA's overall score beats BLIP-2's by 29.2 points.",
      [wild("LLaVA", "All", "67.3 ± 2.0"), wild("BLIP-2", "All", "38.1 ± 1.0")], "67.3 - 38.1 = 29.2; not in v1", per={1: NF})
claim(P, 2, "table-computed", CON,
      "LLaVA leads OpenFlamingo by 52.6 points on complex reasoning in the In-the-Wild benchmark.",
      [wild("LLaVA", "Complex reasoning", "81.7 ± 1.8"), wild("OpenFlamingo", "Complex reasoning", "19.1 ± 0.7")],
      "81.7 - 19.1 = 62.6, not 52.6; not in v1", per={1: NF})
claim(P, 2, "table-computed", SUP,
      "Averaged over its three question types, the full-data LLaVA model scores about 85.0 on LLaVA-Bench (COCO).",
      [coco("Full data", "Conversation", "83.1"), coco("Full data", "Detail description", "75.3"),
       coco("Full data", "Complex reasoning", "96.5")], "(83.1 + 75.3 + 96.5) / 3 = 84.97 = about 85.0; not in v1", per={1: NF})
claim(P, 2, "table-computed", CON,
      "MM-CoT Large's weakest ScienceQA category is image-context questions.",
      [sqa("MM-CoT Large", c, v) for c, v in zip(COLS_SQA[:8], "95.91 82.00 90.82 95.26 88.80 92.89 92.44 90.31".split())],
      "its minimum is social science, 82.00; IMG is 88.80; not in v1", per={1: NF})
claim(P, 2, "table-computed", SUP,
      "Of all methods in the ScienceQA table, LLaVA+GPT-4 (judge) has the highest social-science score.",
      [sqa(r, "Subject / SOC", v) for r, v in [("Human", "84.97"), ("GPT-3.5", "69.74"), ("GPT-3.5 w/ CoT", "70.87"),
                                               ("LLaMA-Adapter", "88.30"), ("MM-CoT Base", "77.17"), ("MM-CoT Large", "82.00"),
                                               ("GPT-4", "73.45"), ("LLaVA", "95.95"), ("LLaVA+GPT-4 (complement)", "95.50"),
                                               ("LLaVA+GPT-4 (judge)", "96.74")]],
      "96.74 is the column maximum; not in v1", per={1: NF})
claim(P, 2, "table-computed", CON,
      "Text-only GPT-4 beats GPT-3.5 w/ CoT on average ScienceQA accuracy by 8.52 points.",
      [sqa("GPT-4", "Average", "82.69"), sqa("GPT-3.5 w/ CoT", "Average", "75.17"), S(Q_GPT4)],
      "82.69 - 75.17 = 7.52 (as the text says); not in v1", per={1: NF})
claim(P, 2, "table-computed", SUP,
      "On detail description, the full-data model is 15.5 points above the model trained on conversations only.",
      [coco("Full data", "Detail description", "75.3"), coco("Conversation", "Detail description", "59.8")],
      "75.3 - 59.8 = 15.5; not in v1", per={1: NF})

claim(P, 2, "two-sentences", SUP,
      "In LLaVA's GPT-4 complement scheme, LLaVA's prediction is used whenever GPT-4 gives no answer, which yields 90.97% accuracy.",
      [S(Q_COMPL), S(Q_9097)], "two adjacent sentences; not in v1", per={1: NF})
claim(P, 2, "two-sentences", CON,
      "Trained for 12 epochs on ScienceQA, LLaVA yields 92.68% accuracy.",
      [S(Q_12EP), S(Q_9092)], "12 epochs, then 90.92%, not 92.68%; not in v1", per={1: NF})
claim(P, 2, "two-sentences", PART,
      "LLaVA is pre-trained on CC-595K for one epoch, and its fine-tuning takes about ten hours on the eight A100s.",
      [S(E_HP), S("We train all models with 8x A100s, following Vicuna's hyperparameters.")],
      "the epoch and the 8 A100s are stated; no training time is; not in v1", per={1: NF})
claim(P, 2, "two-sentences", SUP,
      "LLaVA-Bench (In-the-Wild) has 24 images and 60 questions, and on it LLaVA beats BLIP-2 by 29% and OpenFlamingo by 48%.",
      [S(E_WILD24), S(E_29)], "two sentences of one paragraph; not in v1", per={1: NF})

claim(P, 2, "version-drift", SUP,
      "The LLaVA authors built two evaluation benchmarks of diverse, challenging application-oriented tasks to support future research on visual instruction following.",
      [S(A2_BENCH)], "v2's added abstract sentence; v1 has no benchmark sentence", per={1: NF})
claim(P, 1, "version-drift", NF,
      "LLaVA's released assets include a visual chat demo.",
      [S(I_RELEASE, version=2)], "v1's abstract releases data, model and code base, no demo; v2's introduction lists the demo", per={2: SUP})
claim(P, 2, "version-drift", SUP,
      "LLaVA's abstract reports an 85.1% relative score against GPT-4, a 92.53% Science QA state of the art, and two new evaluation benchmarks.",
      [S(A2_EXP), S(A_SQA), S(A2_BENCH)], "all three in v2's abstract; v1 has the two figures but no benchmarks", per={1: PART})
claim(P, 2, "version-drift", SUP,
      "On its own, LLaVA reaches 90.92% on ScienceQA, close to the 91.68% state of the art.",
      [S(Q_9092)], "v2's ScienceQA section; v1 gives only the 92.53% of LLaVA with GPT-4", per={1: NF})
claim(P, 2, "version-drift", SUP,
      "LLaVA's abstract promises to make the GPT-4 generated visual instruction tuning data, the model and the code publicly available.",
      [S("We make GPT-4 generated visual instruction tuning data, our model, and code publicly available."), S(A1_RELEASE, version=1)],
      "both abstracts' last sentence (v1: 'our model and code base')", per={1: SUP})

claim(P, 1, "version-drift", NF,
      "LLaVA's abstract says the authors construct three evaluation benchmarks for visual instruction following.",
      [S(A2_BENCH, version=2)], "v1's abstract has no benchmark sentence; v2's says two, not three", per={2: CON})
claim(P, 1, "version-drift", SUP,
      "LLaVA is presented as the first attempt to use language-only GPT-4 to generate multimodal language-image instruction-following data.",
      [S(A1_FIRST), S(A2_FIRST, version=2)], "both abstracts (v1 after 'In this paper,')", per={2: SUP})
claim(P, 2, "version-drift", SUP,
      "LLaVA's introduction presents LLaVA-Bench, two challenging benchmarks with paired images, instructions and detailed annotations.",
      [S("We present LLaVA-Bench with two challenging benchmarks, with a diverse selection of paired images, instructions and detailed annotations.")],
      "v2's contribution list; v1 (abstract only) names no benchmark", per={1: NF})

claim(P, 2, "absent", NF, "LLaVA's language model has a 2,048-token context window.", [],
      "neither version gives a context length", per={1: NF})
claim(P, 2, "absent", NF, "LLaVA's feature-alignment stage takes about four hours.", [],
      "no training time in either version", per={1: NF})
claim(P, 2, "absent", NF, "LLaVA's vision encoder works at 224 by 224 pixel resolution.", [],
      "no resolution in either version", per={1: NF})
claim(P, 2, "absent", NF, "LLaVA-Bench (COCO) answers are scored by three human raters per question.", [],
      "GPT-4 judges; no human raters in either version", per={1: NF})
claim(P, 2, "absent", SUP,
      "LLaVA's released assets are the instruction data, the codebase, the model checkpoints and a visual chat demo.",
      [S(I_RELEASE), S(A1_RELEASE, version=1)],
      "the introduction's last contribution; v1's abstract releases data, model and code base but no demo", per={1: PART})

# ---------------------------------------------------------------------------------------
# 2305.14314 -- QLoRA, v1 (one version). Abstract with its code footnote, introduction,
# section 4's run-in paragraphs, section 5.3; Table 1 (Elo, Model / Size / Elo), Table 2
# (Pile perplexity), Table 3 (GLUE and Super-NaturalInstructions, two-level header), Table 4
# (MMLU, LLaMA size over dataset), Table 5 (Vicuna scores; 'Guanaco', 'Alpaca' and 'FLAN v2'
# repeat over sizes, told apart by the Params column).
P = "2305.14314"
Q_48 = "We present QLoRA, an efficient finetuning approach that reduces memory usage enough to finetune a 65B parameter model on a single 48GB GPU while preserving full 16-bit finetuning task performance."
Q_BACKPROP = "QLoRA backpropagates gradients through a frozen, 4-bit quantized pretrained language model into Low Rank Adapters (LoRA)."
Q_GUANACO = "Our best model family, which we name Guanaco, outperforms all previous openly released models on the Vicuna benchmark, reaching 99.3% of the performance level of ChatGPT while only requiring 24 hours of finetuning on a single GPU."
Q_INNOV = "QLoRA introduces a number of innovations to save memory without sacrificing performance: (a) 4-bit NormalFloat (NF4), a new data type that is information theoretically optimal for normally distributed weights (b) Double Quantization to reduce the average memory footprint by quantizing the quantization constants, and (c) Paged Optimizers to manage memory spikes."
Q_1000 = "We use QLoRA to finetune more than 1,000 models, providing a detailed analysis of instruction following and chatbot performance across 8 instruction datasets, multiple model types (LLaMA, T5), and model scales that would be infeasible to run with regular finetuning (e.g. 33B and 65B parameter models)."
Q_CHEAP = "We provide a detailed analysis of chatbot performance based on both human and GPT-4 evaluations showing that GPT-4 evaluations are a cheap and reasonable alternative to human evaluation."
Q_TRUST = "Furthermore, we find that current chatbot benchmarks are not trustworthy to accurately evaluate the performance levels of chatbots."
Q_FOOT = "https://github.com/artidoro/qlora and https://github.com/TimDettmers/bitsandbytes"
Q_780 = "However, finetuning very large models is prohibitively expensive; regular 16-bit finetuning of a LLaMA 65B parameter model requires more than 780 GB of GPU memory."
Q_INFER = "While recent quantization methods can reduce the memory footprint of LLMs, such techniques only work for inference and break down during training."
Q_FIRST = "We demonstrate for the first time that it is possible to finetune a quantized 4-bit model without any performance degradation."
Q_METHOD = "Our method, QLoRA, uses a novel high-precision technique to quantize a pretrained model to 4-bit, then adds a small set of learnable Low-rank Adapter weights that are tuned by backpropagating gradients through the quantized weights."
Q_978 = "Using QLoRA, we train the Guanaco family of models, with the second best model reaching 97.8% of the performance level of ChatGPT on the Vicuna benchmark, while being trainable in less than 12 hours on a single consumer GPU"
Q_037 = "(2) Double Quantization, a method that quantizes the quantization constants, saving an average of about 0.37 bits per parameter (approximately 3 GB for a 65B model)."
Q_80M = "Therefore, we train more than 1,000 models across several instruction tuning datasets, model architectures, and sizes between 80M to 65B parameters."
Q_QUALITY = "First, we find that data quality is far more important than dataset size, e.g., a 9k sample dataset (OASST1) outperformed a 450k sample dataset (FLAN v2, subsampled) on chatbot performance, even when both are meant to support instruction following generalization."
Q_MMLU = "Second, we show that strong Massive Multitask Language Understanding (MMLU) benchmark performance does not imply strong Vicuna chatbot benchmark performance and vice versa"
Q_AGREE = "We find that GPT-4 and human evaluations largely agree on the rank of model performance in the tournaments, but we also find there are instances of strong disagreement."
Q_32 = "We release a collection of adapters for 7/13/33/65B size models, trained on 8 different instruction following datasets, for a total of 32 different open sourced, finetuned models."
Q_NODEGRADE = "We have also shown that NF4 is more effective than FP4 and that double quantization does not degrade performance."
Q_FP4LAG = "In addition, we also note that QLoRA with FP4 lags behind the 16-bit brain float LoRA baseline by about 1 percentage point."
Q_SETUP1 = "The first focuses on a comparison with full 16-bit finetuning of RoBERTA and T5 models sized 125M to 3B parameters on GLUE and the Super-NaturalInstructions dataset."
Q_WIN30 = "When compared to GPT-4, Guanaco 65B and 33B have an expected win probability of 30%, based on Elo rating from human annotators system-level pairwise comparisons"
Q_AFTER = "We find that Guanaco 65B is the best-performing model after GPT-4, achieving 99.3% performance relative to ChatGPT."
Q_33B = "Guanaco 33B has more parameters than the Vicuna 13B model, but uses only 4-bit precision for its weights and is thus much more memory efficient at 21 GB vs 26 GB, providing a three percentage points of improvement over Vicuna 13B."
Q_PROPRIETARY = "Guanaco is the only top model in our evaluation that is not trained on proprietary data as the OASST1 dataset collection guidelines explicitly forbid the use of GPT models."
Q_24GB = "Furthermore, our 33B Guanaco can be trained on 24 GB consumer GPUs in less than 12 hours."
MMLU8 = ["7B / Alpaca", "7B / FLAN v2", "13B / Alpaca", "13B / FLAN v2", "33B / Alpaca", "33B / FLAN v2",
         "65B / Alpaca", "65B / FLAN v2"]


def elo(row: str, value: str) -> dict:
    return C("Table 1", row, "Elo", value)


def ppl(row: str, value: str) -> dict:
    return C("Table 2", row, "Mean PPL", value)


def glue(row: str, column: str, value: str) -> dict:
    """Table 3: columns 'Dataset / Model' levels joined, e.g. 'Super-NaturalInstructions (RougeL) / T5-3B'."""
    return C("Table 3", row, column, value)


def mmlu(row: str, column: str, value: str) -> dict:
    """Table 4: columns 'LLaMA Size / Dataset' joined, e.g. '33B / Alpaca', and 'Mean'."""
    return C("Table 4", row, column, value)


def vic(row: str, column: str, value: str) -> dict:
    """Table 5: row labels repeat over sizes ('Guanaco' at 65B, 33B, 13B, 7B)."""
    return C("Table 5", row, column, value)


SNI = "Super-NaturalInstructions (RougeL) / "

claim(P, 1, "verbatim", SUP, Q_FIRST, [S(Q_FIRST)], "the introduction's sentence, word for word")
claim(P, 1, "verbatim", CON,
      "QLoRA backpropagates gradients through a frozen, 8-bit quantized pretrained language model into Low Rank Adapters (LoRA).",
      [S(Q_BACKPROP)], "4-bit, not 8-bit")
claim(P, 1, "verbatim", SUP,
      "Our best model family, which we name Guanaco, outperforms all previous openly released models on the Vicuna benchmark, reaching 99.3% of the perfor",
      [S(Q_GUANACO)], "cut off mid-word; what is left is the abstract's sentence", truncated=True)

claim(P, 1, "paraphrase", SUP,
      "QLoRA lets a 65B-parameter model be finetuned on one 48GB GPU without giving up 16-bit finetuning performance.",
      [S(Q_48)], "the abstract's first sentence, reworded")
claim(P, 1, "paraphrase", PART,
      "QLoRA's 4-bit NormalFloat is information-theoretically optimal for normally distributed weights and doubles training throughput.",
      [S(Q_INNOV)], "NF4's optimality is stated; no throughput figure is")
claim(P, 1, "paraphrase", CON,
      "The QLoRA authors conclude that for chatbot performance the size of the finetuning dataset matters far more than its quality.",
      [S(Q_QUALITY)], "data quality is far more important than dataset size")
claim(P, 1, "paraphrase", SUP,
      "Guanaco stands out among the top models for using no proprietary data, because OASST1's collection guidelines forbid GPT models.",
      [S(Q_PROPRIETARY)], "section 5.3's sentence, reworded")

claim(P, 1, "number-format", SUP, "Ordinary 16-bit finetuning of LLaMA 65B needs upwards of 780 GB of GPU memory.",
      [S(Q_780)], "more than 780 GB")
claim(P, 1, "number-format", CON,
      "Double Quantization saves about 0.73 bits per parameter, roughly 3 GB for a 65B model.",
      [S(Q_037)], "0.37 bits, not 0.73")
claim(P, 1, "number-format", SUP, "The QLoRA authors finetuned over a thousand models.",
      [S(Q_1000)], "more than 1,000")
claim(P, 1, "number-format", CON, "The QLoRA study trains models ranging from 80M to 175B parameters.",
      [S(Q_80M)], "80M to 65B, not 175B")
claim(P, 1, "number-format", SUP,
      "QLoRA's release includes adapters for 7B, 13B, 33B and 65B models trained on eight instruction datasets, thirty-two finetuned models in all.",
      [S(Q_32)], "7/13/33/65B, 8 datasets, 32 models")
claim(P, 1, "number-format", CON,
      "The second-best Guanaco model reaches 99.3% of ChatGPT's Vicuna performance after under 12 hours on one consumer GPU.",
      [S(Q_978)], "the second best reaches 97.8%; 99.3% is the largest model's, after 24 hours")
claim(P, 1, "number-format", SUP,
      "Against GPT-4, Guanaco 65B and 33B have roughly a three-in-ten expected chance of winning, by human Elo ratings.",
      [S(Q_WIN30)], "30% = three in ten")

claim(P, 1, "sign-direction", SUP,
      "NFloat4 + DQ cuts mean Pile Common Crawl perplexity relative to Int4, from 34.34 to 27.41.",
      [ppl("Int4", "34.34"), ppl("NFloat4 + DQ", "27.41")], "the two cells")
claim(P, 1, "sign-direction", CON,
      "Float4 (E3M0) has a higher mean perplexity than Float4 (E2M1).",
      [ppl("Float4 (E3M0)", "29.48"), ppl("Float4 (E2M1)", "31.07")], "29.48 is lower than 31.07")
claim(P, 1, "sign-direction", SUP,
      "With LLaMA 65B finetuned on FLAN v2, Float4 edges out BFloat16 on MMLU, 63.3 against 62.5.",
      [mmlu("Float4", "65B / FLAN v2", "63.3"), mmlu("BFloat16", "65B / FLAN v2", "62.5")], "the two cells")
claim(P, 1, "sign-direction", CON,
      "For LLaMA 33B on Alpaca, NFloat4 + DQ is ahead of BFloat16 in MMLU accuracy.",
      [mmlu("NFloat4 + DQ", "33B / Alpaca", "57.3"), mmlu("BFloat16", "33B / Alpaca", "57.7")], "57.3 is below 57.7")
claim(P, 1, "sign-direction", CON,
      "QLoRA with FP4 outperforms the 16-bit brain float LoRA baseline by about one percentage point.",
      [S(Q_FP4LAG)], "it lags behind it by about 1 point")

claim(P, 1, "polarity", CON,
      "The QLoRA authors judge current chatbot benchmarks trustworthy for evaluating chatbot performance.",
      [S(Q_TRUST)], "not trustworthy: the negation dropped")
claim(P, 1, "polarity", SUP,
      "According to QLoRA, strong MMLU performance does not imply strong Vicuna chatbot performance.",
      [S(Q_MMLU)], "the negation kept")
claim(P, 1, "polarity", CON,
      "Recent quantization methods shrink LLM memory during training as well as at inference time.",
      [S(Q_INFER)], "they only work for inference and break down during training")
claim(P, 1, "polarity", CON,
      "QLoRA's double quantization trades some performance for its lower memory footprint.",
      [S(Q_NODEGRADE)], "double quantization does not degrade performance")
claim(P, 1, "polarity", SUP,
      "GPT-4 and human raters largely agree on how the models rank, although they sometimes disagree strongly.",
      [S(Q_AGREE)], "the sentence, reworded")
claim(P, 1, "polarity", CON,
      "The QLoRA authors find GPT-4 evaluations an expensive and unreliable substitute for human evaluation.",
      [S(Q_CHEAP)], "a cheap and reasonable alternative: both antonyms")

claim(P, 1, "entity-swap", PART, "QLoRA's analysis covers model types LLaMA, T5 and GPT-J.",
      [S(Q_1000)], "LLaMA and T5 are named; GPT-J is not")
claim(P, 1, "entity-swap", SUP, "QLoRA's memory savings come from Paged Optimizers, Double Quantization and 4-bit NormalFloat.",
      [S(Q_INNOV)], "the three innovations in another order")
claim(P, 1, "entity-swap", PART,
      "QLoRA introduces 4-bit NormalFloat, Double Quantization, Paged Optimizers and adapter merging at inference.",
      [S(Q_INNOV)], "three of the four are stated; adapter merging is not")
claim(P, 1, "entity-swap", PART,
      "QLoRA's comparison with 16-bit full finetuning used RoBERTa, T5 and DeBERTa models on GLUE and Super-NaturalInstructions.",
      [S(Q_SETUP1)], "RoBERTa and T5 are stated; DeBERTa is not")

claim(P, 1, "table-cell", SUP, "Guanaco 33B's Elo rating in the GPT-4-judged tournament is 992 ± 1.",
      [elo("Guanaco 33B", "992 ± 1")], "the cell")
claim(P, 1, "table-cell", CON, "Vicuna 13B's Elo rating in QLoRA's GPT-4 tournament is 966.",
      [elo("Vicuna 13B", "974 ± 1"), elo("ChatGPT", "966 ± 1")], "974; 966 is ChatGPT's")
claim(P, 1, "table-cell", SUP, "On Super-NaturalInstructions with T5-3B, QLoRA Int8 scores 56.5 RougeL.",
      [glue("QLoRA Int8", SNI + "T5-3B", "56.5")], "the cell")
claim(P, 1, "table-cell", CON, "QLoRA NF4 + DQ reaches 40.4 RougeL on Super-NaturalInstructions with T5-250M.",
      [glue("QLoRA NF4 + DQ", SNI + "T5-250M", "42.7"), glue("QLoRA NF4 + DQ", SNI + "T5-80M", "40.4")],
      "42.7; 40.4 is the T5-80M cell")
claim(P, 1, "table-cell", SUP, "Guanaco 13B, at 4-bit and 10 GB, reaches 90.4% of ChatGPT's Vicuna benchmark score.",
      [vic("Guanaco", "Mean", "90.4%"), vic("Guanaco", "Params", "13B")], "the 13B Guanaco row's mean")
claim(P, 1, "table-cell", CON, "The 4-bit Alpaca 33B model reaches 70.7% of ChatGPT's score on the Vicuna benchmark.",
      [vic("Alpaca", "Mean", "73.6%"), vic("Alpaca", "Mean", "70.7%")], "Alpaca 33B's mean is 73.6%; 70.7% is Alpaca 65B's row")
claim(P, 1, "table-cell", PART, "Bard reaches 94.8% of ChatGPT's Vicuna score and 71.2 on MMLU.",
      [vic("Bard", "Mean", "94.8%")], "the Vicuna mean is right; no MMLU score for Bard is in the corpus text")

claim(P, 1, "table-computed", SUP,
      "Averaged over the eight LLaMA size and dataset settings, BFloat16 adapters reach 53.0 on MMLU.",
      [mmlu("BFloat16", c, v) for c, v in zip(MMLU8, "38.4 45.6 47.2 50.6 57.7 60.5 61.8 62.5".split())],
      "424.3 / 8 = 53.04, the table's 53.0")
claim(P, 1, "table-computed", CON,
      "NFloat4 + DQ's best MMLU setting is LLaMA 33B finetuned on FLAN v2.",
      [mmlu("NFloat4 + DQ", c, v) for c, v in zip(MMLU8, "39.0 44.5 47.5 50.7 57.3 59.2 61.8 63.9".split())],
      "its maximum is 65B on FLAN v2 (63.9); 33B FLAN v2 is 59.2")
claim(P, 1, "table-computed", SUP, "In the Elo table, Guanaco 65B is 56 points ahead of ChatGPT.",
      [elo("Guanaco 65B", "1022 ± 1"), elo("ChatGPT", "966 ± 1")], "1022 - 966 = 56")
claim(P, 1, "table-computed", CON, "Guanaco 7B's Elo rating is 37 points below Bard's.",
      [elo("Guanaco 7B", "879 ± 1"), elo("Bard", "902 ± 1")], "902 - 879 = 23, not 37")
claim(P, 1, "table-computed", SUP,
      "Among the 13B 4-bit models on the Vicuna benchmark, the FLAN v2 one has the lowest mean score.",
      [vic(r, "Mean", v) for r, v in [("Guanaco", "90.4%"), ("Alpaca", "69.4%"), ("HH-RLHF", "62.5%"),
                                      ("Unnatural Instr.", "60.5%"), ("Chip2", "59.5%"), ("Longform", "53.6%"),
                                      ("Self-Instruct", "49.1%"), ("FLAN v2", "47.0%")]],
      "47.0% is the minimum of the eight 13B 4-bit rows")
claim(P, 1, "table-computed", CON, "On the Vicuna benchmark Guanaco 65B's mean is 29.6 points above Alpaca 65B's.",
      [vic("Guanaco", "Mean", "99.3%"), vic("Alpaca", "Mean", "70.7%")], "99.3 - 70.7 = 28.6, not 29.6")

claim(P, 1, "two-sentences", SUP,
      "For the first time, QLoRA finetunes a quantized 4-bit model without performance loss, by quantizing a pretrained model to 4-bit and adding learnable Low-rank Adapter weights.",
      [S(Q_FIRST), S(Q_METHOD)], "two adjacent sentences")
claim(P, 1, "two-sentences", CON,
      "Guanaco 65B is the best model after GPT-4 at 99.3% of ChatGPT, while Guanaco 33B needs more memory than Vicuna 13B.",
      [S(Q_AFTER), S(Q_33B)], "the first half is stated; Guanaco 33B is much more memory efficient (21 GB vs 26 GB)")
claim(P, 1, "two-sentences", PART,
      "A 9k-sample OASST1 dataset beat a 450k-sample FLAN v2 subset on chatbot performance, and it took three hours to finetune on it.",
      [S(Q_QUALITY)], "the comparison is stated; no finetuning time for OASST1 is")
claim(P, 1, "two-sentences", SUP,
      "QLoRA's results show 4-bit finetuning can produce state-of-the-art chatbots that rival ChatGPT, and the 33B Guanaco trains in under 12 hours on 24 GB consumer GPUs.",
      [S("Overall, these results show that 4-bit QLoRA is effective and can produce state-of-the-art chatbots that rival ChatGPT."), S(Q_24GB)],
      "two adjacent sentences")

claim(P, 1, "absent", NF, "QLoRA uses a LoRA rank of 64 for all Guanaco models.", [], "no rank in the corpus text")
claim(P, 1, "absent", NF, "QLoRA's NF4 quantization uses blocks of 64 weights.", [], "no block size in the corpus text")
claim(P, 1, "absent", NF, "Guanaco 65B scores 76.3 on MMLU.", [], "no Guanaco MMLU score in the corpus text")
claim(P, 1, "absent", SUP,
      "QLoRA's code is on GitHub under artidoro/qlora, with its 4-bit kernels in the bitsandbytes repository.",
      [S(Q_FOOT), S("We release all of our models and code, including CUDA kernels for 4-bit training.")],
      "the abstract's footnote with both repositories")

# ---------------------------------------------------------------------------------------
# 2212.10560 -- Self-Instruct, v2 (the ACL 2023 text; one version in the corpus). Abstract
# with two footnotes, introduction, method, data statistics and quality, SuperNI results and
# the human evaluation's summary; Table 1 (statistics), Table 2 (quality review), Table 3
# (SuperNI ROUGE-L with three multirow groups).
P = "2212.10560"
SI_LIMITED = "Nevertheless, they depend heavily on human-written instruction data that is often limited in quantity, diversity, and creativity, therefore hindering the generality of the tuned model."
SI_PIPE = "Our pipeline generates instructions, input, and output samples from a language model, then filters invalid or similar ones before using them to finetune the original model."
SI_33 = "Applying our method to the vanilla GPT3, we demonstrate a 33% absolute improvement over the original model on Super-NaturalInstructions, on par with the performance of InstructGPT-001, which was trained with private user data and human annotations."
SI_FREE = "Self-Instruct provides an almost annotation-free method for aligning pretrained language models with instructions, and we release our large synthetic dataset to facilitate future studies on instruction tuning."
SI_FOOT1 = "Unless otherwise specified, our comparisons are with the text-davinci-001 engine."
SI_TWO = "These developments are powered by two key components: large pretrained language models (LM) and human-written instruction data (e.g., PromptSource and Super-NaturalInstructions, SuperNI for short)."
SI_52K = "The iterative Self-Instruct process on this model leads to about 52k instructions, paired with about 82K instance inputs and target outputs."
SI_SAME = "On this resulting data, we build GPT3-Self-Inst by finetuning GPT3 (i.e., the same model used for generating the instruction data)."
SI_175 = "We initiate the task pool with 175 tasks (1 instruction and 1 instance for each task)."
SI_8 = "For every step, we sample 8 task instructions from this pool as in-context examples."
SI_6OF8 = "Of the 8 instructions, 6 are from the human-written tasks, and 2 are from the model-generated tasks in previous steps to promote diversity."
SI_07 = "To encourage diversity, a new instruction is added to the task pool only when its ROUGE-L similarity with any existing instruction is less than 0.7."
SI_KEYWORDS = "We also exclude instructions that contain some specific keywords (e.g., image, picture, graph) that usually can not be processed by LMs."
SI_VERBNOUN = "26,559 out of the 52,445 instructions contain such structure"
SI_200 = "To investigate this, we randomly sample 200 instructions and randomly select 1 instance per instruction."
SI_EXPERT = "We asked an expert annotator (author of this work) to label whether each instance is correct or not, in terms of the instruction, the instance input, and the instance output."
SI_NOISE = "Evaluation results in Table 2 show that most of the generated instructions are meaningful, while the generated instances may contain more noise (to a reasonable extent)."
SI_API = "This finetuning is done through the OpenAI fine-tuning API."
SI_2EP = "We use the default hyper-parameters, except that we set the prompt loss weight to 0, and we train the model for 2 epochs."
SI_119 = "We use the evaluation set of SuperNI (Wang et al., 2022), which consists of 119 tasks with 100 instances in each task."
SI_ATALL = "The vanilla GPT3 model basically cannot follow human instructions at all."
SI_REPET = "Upon manual analysis, we find that it usually generates irrelevant and repetitive text, and does not know when to stop generation."
SI_GAINS = "However, we show that Self-Instruct still brings in additional gains when combined with the SuperNI training set, proving its value as complementary data."
SI_GROW = "Overall, we see consistent improvement as we grow the data size."
SI_16K = "However, this improvement almost plateaus after 16K."
SI_EARLIER = "Interestingly, when evaluating on SuperNI we found the model's performance gain plateaus earlier at around hundreds of instructions."


def sni(row: str, column: str, value: str) -> dict:
    """Table 3: SuperNI results; row labels are the models, columns '# Params' and 'ROUGE-L'."""
    return C("Table 3", row, column, value)


def stat(row: str, value: str) -> dict:
    return C("Table 1", row, "value", value)


def qual(row: str, value: str) -> dict:
    return C("Table 2", row, "Yes %", value)


SELF = "GPT3-Self-Inst (Ours)"
SELF_SNI = "GPT3-Self-Inst + SuperNI Training (Ours)"

claim(P, 2, "verbatim", SUP, SI_ATALL, [S(SI_ATALL)], "the results paragraph's sentence, word for word")
claim(P, 2, "verbatim", CON, "We initiate the task pool with 157 tasks (1 instruction and 1 instance for each task).",
      [S(SI_175)], "175 tasks, not 157")
claim(P, 2, "verbatim", SUP,
      "Self-Instruct provides an almost annotation-free method for aligning pretrained language models with instructions, and we release our large synth",
      [S(SI_FREE)], "cut off mid-word; what is left is the abstract's sentence", truncated=True)

claim(P, 2, "paraphrase", SUP,
      "Self-Instruct has a language model generate instructions, inputs and outputs, discards invalid or near-duplicate ones, and finetunes the original model on the rest.",
      [S(SI_PIPE)], "the abstract's sentence, reworded")
claim(P, 2, "paraphrase", PART,
      "The quality of Self-Instruct's data was checked on 200 sampled instructions, with an inter-annotator agreement of 0.8.",
      [S(SI_200)], "the 200 sampled instructions are stated; no agreement figure for this check is")
claim(P, 2, "paraphrase", CON,
      "GPT3-Self-Inst is obtained by finetuning a larger model than the GPT3 that generated the instruction data.",
      [S(SI_SAME)], "it finetunes the same model that generated the data")
claim(P, 2, "paraphrase", SUP,
      "Most generated instructions turned out meaningful, while the generated instances were somewhat noisier.",
      [S(SI_NOISE)], "the sentence, reworded")

claim(P, 2, "number-format", SUP, "Self-Instruct yields about 52 thousand instructions and roughly 82 thousand instances.",
      [S(SI_52K)], "52k, 82K")
claim(P, 2, "number-format", CON, "The SuperNI evaluation set consists of 119 tasks with 1,000 instances each.",
      [S(SI_119)], "100 instances per task, not 1,000")
claim(P, 2, "number-format", SUP,
      "Each generation step uses eight sampled task instructions as in-context examples, six human-written and two model-generated.",
      [S(SI_8), S(SI_6OF8)], "8, 6 and 2")
claim(P, 2, "number-format", CON,
      "A new instruction enters the task pool only when its ROUGE-L similarity to every existing instruction is under 0.8.",
      [S(SI_07)], "the threshold is 0.7")
claim(P, 2, "number-format", SUP, "Just over half (54%) of the reviewed generated instances had all fields valid.",
      [qual("All fields are valid", "54%")], "54% = just over half")
claim(P, 2, "number-format", CON,
      "GPT3 is finetuned on the Self-Instruct data for three epochs with the prompt loss weight set to zero.",
      [S(SI_2EP)], "2 epochs, not three")
claim(P, 2, "number-format", SUP,
      "About half of the 52,445 generated instructions (26,559) have a verb-noun structure.",
      [S(SI_VERBNOUN)], "26,559 / 52,445 = 50.6%, about half")

claim(P, 2, "sign-direction", SUP, "Self-Instruct lifts GPT3's ROUGE-L on unseen SuperNI tasks from 6.8 to 39.9.",
      [sni("GPT3", "ROUGE-L", "6.8"), sni(SELF, "ROUGE-L", "39.9")], "the two cells")
claim(P, 2, "sign-direction", CON, "GPT3-Self-Inst scores above InstructGPT-001 on SuperNI, 39.9 against 40.8.",
      [sni(SELF, "ROUGE-L", "39.9"), sni("InstructGPT-001", "ROUGE-L", "40.8")], "39.9 is below 40.8")
claim(P, 2, "sign-direction", SUP,
      "Adding SuperNI training on top of Self-Instruct data raises ROUGE-L by 11.7 points, from 39.9 to 51.6.",
      [sni(SELF, "ROUGE-L", "39.9"), sni(SELF_SNI, "ROUGE-L", "51.6")], "51.6 - 39.9 = 11.7")
claim(P, 2, "sign-direction", CON, "Tk-Instruct outperforms GPT3 + SuperNI Training on SuperNI, 46.0 to 49.5.",
      [sni("Tk-Instruct", "ROUGE-L", "46.0"), sni("GPT3 + SuperNI Training", "ROUGE-L", "49.5")], "46.0 is below 49.5")

claim(P, 2, "polarity", CON,
      "The Self-Instruct authors describe human-written instruction data as plentiful and diverse.",
      [S(SI_LIMITED)], "often limited in quantity, diversity and creativity: the antonym")
claim(P, 2, "polarity", SUP,
      "Vanilla GPT3 mostly produces irrelevant, repetitive text and does not know when to stop generating.",
      [S(SI_REPET)], "the negation kept")
claim(P, 2, "polarity", CON,
      "Once the SuperNI training set is used, Self-Instruct data brings no further gains.",
      [S(SI_GAINS)], "it still brings additional gains")
claim(P, 2, "polarity", SUP,
      "Self-Instruct filters out instructions containing keywords such as image, picture or graph, which language models usually cannot process.",
      [S(SI_KEYWORDS)], "the negation kept")
claim(P, 2, "polarity", CON,
      "On SuperNI, the gain from more Self-Instruct data keeps growing well beyond thousands of instructions.",
      [S(SI_EARLIER)], "it plateaus earlier, at around hundreds of instructions")

claim(P, 2, "entity-swap", PART,
      "Examples of human-written instruction data include PromptSource, Super-NaturalInstructions and xP3.",
      [S(SI_TWO)], "PromptSource and Super-NaturalInstructions are named; xP3 is not")
claim(P, 2, "entity-swap", SUP,
      "Instruction-following models rest on two components: human-written instruction data and large pretrained language models.",
      [S(SI_TWO)], "the same two components in another order")
claim(P, 2, "entity-swap", PART,
      "The SuperNI comparison includes T5-LM, GPT3, T0, Tk-Instruct and Flan-T5.",
      [sni("T5-LM", "ROUGE-L", "25.7"), sni("T0", "ROUGE-L", "33.1"), sni("Tk-Instruct", "ROUGE-L", "46.0")],
      "four are rows of Table 3; Flan-T5 is not")
claim(P, 2, "entity-swap", PART,
      "InstructGPT-001 was trained with private user data, human annotations and reinforcement learning from human feedback.",
      [S(SI_33)], "private user data and human annotations are stated; RLHF is not")

claim(P, 2, "table-cell", SUP, "T0, with 11B parameters, scores 33.1 ROUGE-L on unseen SuperNI tasks.",
      [sni("T0", "# Params", "11B"), sni("T0", "ROUGE-L", "33.1")], "the row's cells")
claim(P, 2, "table-cell", CON, "GPT3 + T0 Training reaches 39.9 ROUGE-L on SuperNI.",
      [sni("GPT3 + T0 Training", "ROUGE-L", "37.9"), sni(SELF, "ROUGE-L", "39.9")], "37.9; 39.9 is GPT3-Self-Inst's")
claim(P, 2, "table-cell", SUP, "Generated non-empty inputs average 12.7 words.",
      [stat("ave. non-empty input length (in words)", "12.7")], "the cell")
claim(P, 2, "table-cell", CON, "Self-Instruct's generated data has 11,584 instances with an empty input.",
      [stat("# of instances with empty input", "35,878"), stat("# of classification instructions", "11,584")],
      "35,878; 11,584 is the number of classification instructions")
claim(P, 2, "table-cell", CON, "79% of the reviewed generated outputs were correct and acceptable responses.",
      [qual("Is the output a correct and acceptable response to the instruction and input?", "58%"),
       qual("Is the input appropriate for the instruction?", "79%")], "58%; 79% is the input question's")
claim(P, 2, "table-cell", PART, "Tk-Instruct has 11B parameters and was trained on over 1,600 tasks.",
      [sni("Tk-Instruct", "# Params", "11B")], "11B is right; its number of training tasks is not in the corpus text")

claim(P, 2, "table-computed", SUP, "Classification instructions make up about 22% of Self-Instruct's 52,445 instructions.",
      [stat("# of classification instructions", "11,584"), stat("# of instructions", "52,445")], "11,584 / 52,445 = 22.1%")
claim(P, 2, "table-computed", CON, "Classification and non-classification instructions together number 52,454.",
      [stat("# of classification instructions", "11,584"), stat("# of non-classification instructions", "40,861")],
      "11,584 + 40,861 = 52,445, not 52,454")
claim(P, 2, "table-computed", SUP, "Among models not trained on SuperNI, InstructGPT-001 has the highest ROUGE-L.",
      [sni("T0", "ROUGE-L", "33.1"), sni("GPT3 + T0 Training", "ROUGE-L", "37.9"), sni(SELF, "ROUGE-L", "39.9"),
       sni("InstructGPT-001", "ROUGE-L", "40.8")], "40.8 is the group's maximum")
claim(P, 2, "table-computed", CON, "GPT3-Self-Inst beats GPT3 + T0 Training on SuperNI by 3.0 ROUGE-L points.",
      [sni(SELF, "ROUGE-L", "39.9"), sni("GPT3 + T0 Training", "ROUGE-L", "37.9")], "39.9 - 37.9 = 2.0, not 3.0")
claim(P, 2, "table-computed", SUP, "About 44% of Self-Instruct's generated instances have an empty input.",
      [stat("# of instances with empty input", "35,878"), stat("# of instances", "82,439")], "35,878 / 82,439 = 43.5%, about 44%")

claim(P, 2, "two-sentences", SUP,
      "The task pool starts from 175 seed tasks, and every step draws 8 of its instructions as in-context examples.",
      [S(SI_175), S(SI_8)], "two adjacent sentences")
claim(P, 2, "two-sentences", CON,
      "The authors sampled 200 instructions and had crowdworkers label whether each instance was correct.",
      [S(SI_200), S(SI_EXPERT)], "an expert annotator, an author of the work, labelled them, not crowdworkers")
claim(P, 2, "two-sentences", PART,
      "GPT3 was finetuned through the OpenAI fine-tuning API, at a cost of about $338.",
      [S(SI_API)], "the API is stated; no cost is")
claim(P, 2, "two-sentences", SUP,
      "Performance rises steadily with more generated data, but the improvement almost plateaus after 16K.",
      [S(SI_GROW), S(SI_16K)], "two adjacent sentences")

claim(P, 2, "absent", NF, "Self-Instruct generated its instructions with a sampling temperature of 0.7.", [],
      "no temperature in the corpus text")
claim(P, 2, "absent", NF, "Stanford Alpaca was trained on 52K instructions generated with the Self-Instruct method.", [],
      "Alpaca is not mentioned")
claim(P, 2, "absent", NF, "GPT3-Self-Inst gets a Rating-A on 44% of the 252 user-oriented instructions.", [],
      "the per-rating counts are in a figure the corpus text leaves out")
claim(P, 2, "absent", SUP, "Unless stated otherwise, Self-Instruct's comparisons use the text-davinci-001 engine.",
      [S(SI_FOOT1)], "the abstract's first footnote")

# ---------------------------------------------------------------------------------------
# 2005.11401 -- RAG, v4 (the NeurIPS 2020 text; one version in the corpus). Abstract,
# introduction with its code footnote, set-up, results, retrieval ablations; Table 1 (open-
# domain QA, Closed Book / Open Book groups, TQA cells 'standard / Wiki'), Table 2 (generation
# and FEVER, two-level header), Table 3 (human assessments), Table 4 (dev-set ablations, two-
# level header over ten columns). BART's 400M parameters, FAISS and the index hot-swapping
# figures of the real paper are not in the corpus text.
P = "2005.11401"
R_COMPARE = "We compare two RAG formulations, one which conditions on the same retrieved passages across the whole generated sequence, and another which can use different passages per token."
R_MEMORY = "We introduce RAG models where the parametric memory is a pre-trained seq2seq model and the non-parametric memory is a dense vector index of Wikipedia, accessed with a pre-trained neural retriever."
R_DOWNSIDES = "They cannot easily expand or revise their memory, can't straightforwardly provide insight into their predictions, and may produce \"hallucinations\"."
R_REALM = "REALM and ORQA, two recently introduced models that combine masked language models with a differentiable retriever, have shown promising results, but have only explored open-domain extractive question answering."
R_DPR_BART = "The retriever (Dense Passage Retriever, henceforth DPR) provides latent documents conditioned on the input, and the seq2seq model (BART) then conditions on these latent documents together with the input to generate the output."
R_END2END = "We combine these components in a probabilistic model trained end-to-end."
R_SOTA = "Our RAG models achieve state-of-the-art results on open Natural Questions, WebQuestions and CuratedTrec and strongly outperform recent approaches that use specialised pre-training objectives on TriviaQA."
R_UNCONSTR = "Despite these being extractive tasks, we find that unconstrained generation outperforms previous extractive approaches."
R_JEOP = "For knowledge-intensive generation, we experiment with MS-MARCO and Jeopardy question generation"
R_FOOT_CODE = "Code to run experiments with RAG has been open-sourced as part of the HuggingFace Transformers Library"
R_FOOT_DEMO = "An interactive demo of RAG models can be found at https://huggingface.co/rag/"
R_DEC2018 = "Following Lee et al. and Karpukhin et al., we use the December 2018 dump."
R_21M = "Each Wikipedia article is split into disjoint 100-word chunks, to make a total of 21M documents."
R_K = "We consider k in {5, 10} for training and set k for test time using dev data."
R_FOUR = "We consider four popular open-domain QA datasets: Natural Questions (NQ), TriviaQA (TQA), WebQuestions (WQ) and CuratedTrec (CT)."
R_INIT = "As CT and WQ are small, we follow DPR by initializing CT and WQ models with our NQ RAG model."
R_EM = "We use the same train/dev/test splits as prior work and report Exact Match (EM) scores."
R_SSM = "Unlike REALM and T5+SSM, RAG enjoys strong results without expensive, specialized \"salient span masking\" pre-training."
R_NEITHER = "RAG demonstrates that neither a re-ranker nor extractive reader is necessary for state-of-the-art performance."
R_118 = "Furthermore, RAG can generate correct answers even when the correct answer is not in any retrieved document, achieving 11.8% accuracy in such cases for NQ, where an extractive model would score 0%."
R_MSMARCO = "As shown in Table 2, RAG-Sequence outperforms BART on Open MS-MARCO NLG by 2.6 Bleu points and 2.6 Rouge-L points."
R_HALLU = "Qualitatively, we find that RAG models hallucinate less and generate factually correct text more often than BART."
R_452 = "Table 3 shows human evaluation results, over 452 pairs of generations from BART and RAG-Token."
R_71 = "Evaluators indicated that BART was more factual than RAG in only 7.1% of cases, while RAG was more factual in 42.7% of cases."
R_SPECIFIC = "Evaluators also find RAG generations to be more specific by a large margin."
R_43 = "For 3-way classification, RAG scores are within 4.3% of state-of-the-art models, which are complex pipeline systems with domain-specific architectures and substantial engineering, trained using intermediate retrieval supervision, which RAG does not require."
R_THORNE = "For 2-way classification, we compare against Thorne and Vlachos, who train RoBERTa to classify the claim as true or false given the gold evidence sentence."
R_27 = "RAG achieves an accuracy within 2.7% of this model, despite being supplied with only the claim and retrieving its own evidence."
R_GOLD = "We find that the top retrieved document is from a gold article in 71% of cases, and a gold article is present in the top 10 retrieved articles in 90% of cases."
R_BM25 = "For FEVER, BM25 performs best, perhaps since FEVER claims are heavily entity-centric and thus well-suited for word overlap-based retrieval."


def qa(row: str, column: str, value: str) -> dict:
    """Table 1: open-domain QA; TQA cells read 'standard / TQA-Wiki'."""
    return C("Table 1", row, column, value)


def gen(row: str, column: str, value: str) -> dict:
    """Table 2: columns like 'Jeopardy / QB-1', 'MSMARCO / R-L', 'FVR3 / Label Acc.'."""
    return C("Table 2", row, column, value)


def human(row: str, column: str, value: str) -> dict:
    return C("Table 3", row, column, value)


def abl(row: str, column: str, value: str) -> dict:
    """Table 4: dev-set ablations; columns like 'NQ / Exact Match', 'Jeopardy-QGen / QB-1'."""
    return C("Table 4", row, column, value)


EM = " / Exact Match"

claim(P, 4, "verbatim", SUP, R_NEITHER, [S(R_NEITHER)], "section 4.1's sentence, word for word")
claim(P, 4, "verbatim", CON, "Each Wikipedia article is split into disjoint 100-word chunks, to make a total of 12M documents.",
      [S(R_21M)], "21M documents, not 12M")
claim(P, 4, "verbatim", SUP,
      "We compare two RAG formulations, one which conditions on the same retrieved passages across the whole generated sequence, and another which can use diff",
      [S(R_COMPARE)], "cut off mid-word; what is left is the abstract's sentence", truncated=True)

claim(P, 4, "paraphrase", SUP,
      "RAG combines a pre-trained seq2seq model as parametric memory with a dense vector index of Wikipedia, read by a pre-trained neural retriever, as non-parametric memory.",
      [S(R_MEMORY)], "the abstract's sentence, reworded")
claim(P, 4, "paraphrase", PART,
      "RAG's retriever and generator are trained jointly end to end, with the document index rebuilt every 500 training steps.",
      [S(R_END2END)], "end-to-end training is stated; no index rebuilding is")
claim(P, 4, "paraphrase", CON, "The RAG authors observe that RAG models hallucinate more often than BART.",
      [S(R_HALLU)], "they hallucinate less")
claim(P, 4, "paraphrase", SUP,
      "Before RAG, retrieval-augmented models such as REALM and ORQA had been applied only to open-domain extractive question answering.",
      [S(R_REALM)], "the introduction's sentence, reworded")

claim(P, 4, "number-format", SUP,
      "RAG retrieves from the December 2018 Wikipedia dump cut into 100-word chunks, some 21 million documents.",
      [S(R_DEC2018), S(R_21M)], "December 2018; 21M documents")
claim(P, 4, "number-format", CON, "RAG's human evaluation covers 254 pairs of BART and RAG-Token generations.",
      [S(R_452)], "452 pairs, not 254")
claim(P, 4, "number-format", SUP,
      "Even when no retrieved document holds the answer, RAG gets 11.8% of such NQ questions right, where an extractive model would get none.",
      [S(R_118)], "11.8%; 0% = none")
claim(P, 4, "number-format", CON, "On FEVER, RAG's top retrieved document comes from a gold article 90% of the time.",
      [S(R_GOLD)], "71% for the top document; 90% is for the top 10")
claim(P, 4, "number-format", SUP, "RAG is trained with either five or ten retrieved documents per query.",
      [S(R_K)], "k in {5, 10}")
claim(P, 4, "number-format", CON, "On 3-way FEVER, RAG comes within 3.4% of the state-of-the-art pipeline models.",
      [S(R_43)], "within 4.3%, not 3.4%")

claim(P, 4, "sign-direction", SUP,
      "On Open MS-MARCO NLG, RAG-Sequence improves on BART by 2.6 Rouge-L points, 38.2 rising to 40.8.",
      [S(R_MSMARCO), gen("BART", "MSMARCO / R-L", "38.2"), gen("RAG-Seq.", "MSMARCO / R-L", "40.8")], "40.8 - 38.2 = 2.6")
claim(P, 4, "sign-direction", CON, "RAG-Sequence trails BART on Jeopardy Q-BLEU-1.",
      [gen("RAG-Seq.", "Jeopardy / QB-1", "21.4"), gen("BART", "Jeopardy / QB-1", "19.7")], "21.4 is above 19.7")
claim(P, 4, "sign-direction", SUP, "On Jeopardy Bleu-1, RAG-Sequence falls slightly below BART, 14.7 against 15.1.",
      [gen("RAG-Seq.", "Jeopardy / B-1", "14.7"), gen("BART", "Jeopardy / B-1", "15.1")], "the two cells")
claim(P, 4, "sign-direction", CON, "Freezing the retriever raises RAG-Token's dev NQ score from 43.5 to 37.8.",
      [abl("RAG-Token", "NQ" + EM, "43.5"), abl("RAG-Token-Frozen", "NQ" + EM, "37.8")], "43.5 -> 37.8 is a drop")
claim(P, 4, "sign-direction", SUP,
      "Swapping in BM25 for the learned retriever improves RAG-Token's FEVER-3 dev accuracy, 75.1 against 74.5.",
      [abl("RAG-Token-BM25", "FVR-3 / Label Accuracy", "75.1"), abl("RAG-Token", "FVR-3 / Label Accuracy", "74.5")], "75.1 > 74.5")

claim(P, 4, "polarity", CON, "The RAG authors find unconstrained generation does worse than previous extractive approaches.",
      [S(R_UNCONSTR)], "it outperforms them")
claim(P, 4, "polarity", SUP, "Unlike REALM and T5+SSM, RAG does well without costly salient span masking pre-training.",
      [S(R_SSM)], "the negation kept")
claim(P, 4, "polarity", CON,
      "Like the pipeline systems it is compared with on FEVER, RAG relies on intermediate retrieval supervision.",
      [S(R_43)], "the pipelines use it; RAG does not require it")
claim(P, 4, "polarity", CON, "On FEVER the dense retriever works best, FEVER claims being heavily entity-centric.",
      [S(R_BM25)], "BM25 performs best on FEVER")
claim(P, 4, "polarity", SUP, "Parametric-only language models cannot easily expand or revise their memory.",
      [S(R_DOWNSIDES)], "the negation kept")
claim(P, 4, "polarity", CON, "Human evaluators judged BART more factual than RAG in most Jeopardy comparisons.",
      [S(R_71)], "BART was more factual in only 7.1% of cases, RAG in 42.7%")

claim(P, 4, "entity-swap", PART, "RAG achieves state-of-the-art results on open Natural Questions, WebQuestions and SQuAD.",
      [S(R_SOTA)], "Natural Questions and WebQuestions are stated; SQuAD is not")
claim(P, 4, "entity-swap", SUP, "RAG's knowledge-intensive generation experiments are Jeopardy question generation and MS-MARCO.",
      [S(R_JEOP)], "the same two tasks in another order")
claim(P, 4, "entity-swap", PART, "RAG uses DPR as its retriever, BART as its generator and ColBERT for late interaction.",
      [S(R_DPR_BART)], "DPR and BART are stated; ColBERT is not")
claim(P, 4, "entity-swap", PART,
      "RAG is evaluated on four open-domain QA datasets: Natural Questions, TriviaQA, WebQuestions and HotpotQA.",
      [S(R_FOUR)], "the fourth is CuratedTrec, not HotpotQA")

claim(P, 4, "table-cell", SUP, "REALM scores 46.8 on CuratedTrec.", [qa("REALM", "CT", "46.8")], "the cell")
claim(P, 4, "table-cell", CON, "DPR's exact match on WebQuestions is 40.7.",
      [qa("DPR", "WQ", "41.1"), qa("REALM", "WQ", "40.7")], "41.1; 40.7 is REALM's")
claim(P, 4, "table-cell", SUP, "On the TQA-Wiki test set, RAG-Seq. reaches 68.0.",
      [qa("RAG-Seq.", "TQA", "56.8 / 68.0")], "the right half of the TQA cell, the TQA-Wiki column as the caption says")
claim(P, 4, "table-cell", CON, "RAG-Token's exact match on Natural Questions is 44.5.",
      [qa("RAG-Token", "NQ", "44.1"), qa("RAG-Seq.", "NQ", "44.5")], "44.1; 44.5 is RAG-Seq.'s")
claim(P, 4, "table-cell", SUP, "In 17.7% of Jeopardy comparisons, evaluators found both generations factually poor.",
      [human("Both poor", "Factuality", "17.7%")], "the cell")
claim(P, 4, "table-cell", CON, "Evaluators judged RAG more specific than BART in 42.7% of Jeopardy comparisons.",
      [human("RAG better", "Specificity", "37.4%"), human("RAG better", "Factuality", "42.7%")],
      "37.4% for specificity; 42.7% is factuality")
claim(P, 4, "table-cell", PART, "BART scores 38.2 Rouge-L on MS-MARCO and 26.5 exact match on Natural Questions.",
      [gen("BART", "MSMARCO / R-L", "38.2")], "the MS-MARCO cell is right; no BART NQ score is given")
claim(P, 4, "table-cell", SUP, "RAG-Sequence-Frozen scores 52.6 on CuratedTrec in the dev-set ablations.",
      [abl("RAG-Sequence-Frozen", "CT" + EM, "52.6")], "the cell")

claim(P, 4, "table-computed", SUP, "On Natural Questions, RAG-Seq. improves on DPR by 3.0 exact-match points.",
      [qa("RAG-Seq.", "NQ", "44.5"), qa("DPR", "NQ", "41.5")], "44.5 - 41.5 = 3.0")
claim(P, 4, "table-computed", CON, "RAG-Token's WebQuestions score is 5.8 points above DPR's.",
      [qa("RAG-Token", "WQ", "45.5"), qa("DPR", "WQ", "41.1")], "45.5 - 41.1 = 4.4, not 5.8")
claim(P, 4, "table-computed", SUP, "Among the models of Table 1, RAG-Seq. has the highest CuratedTrec score.",
      [qa("REALM", "CT", "46.8"), qa("DPR", "CT", "50.6"), qa("RAG-Token", "CT", "50.0"), qa("RAG-Seq.", "CT", "52.2")],
      "52.2 is the column maximum (the T5 rows have '-')")
claim(P, 4, "table-computed", CON, "In the dev-set ablations, BM25 retrieval gives RAG-Sequence its best Jeopardy QB-1.",
      [abl("RAG-Sequence-BM25", "Jeopardy-QGen / QB-1", "19.5"), abl("RAG-Sequence-Frozen", "Jeopardy-QGen / QB-1", "19.6"),
       abl("RAG-Sequence", "Jeopardy-QGen / QB-1", "21.5")], "the learned retriever's 21.5 is the best; BM25's 19.5 the worst")
claim(P, 4, "table-computed", SUP, "Learned retrieval lifts RAG-Token's dev NQ exact match by 13.8 points over BM25.",
      [abl("RAG-Token", "NQ" + EM, "43.5"), abl("RAG-Token-BM25", "NQ" + EM, "29.7")], "43.5 - 29.7 = 13.8")
claim(P, 4, "table-computed", CON, "RAG-Token's mean exact match over the four QA dev sets is about 50.7.",
      [abl("RAG-Token", "NQ" + EM, "43.5"), abl("RAG-Token", "TQA" + EM, "54.8"), abl("RAG-Token", "WQ" + EM, "46.5"),
       abl("RAG-Token", "CT" + EM, "51.9")], "(43.5 + 54.8 + 46.5 + 51.9) / 4 = 49.2, not 50.7")

claim(P, 4, "two-sentences", SUP,
      "For 2-way FEVER, RAG is compared with Thorne and Vlachos's RoBERTa classifier and comes within 2.7% of it while retrieving its own evidence.",
      [S(R_THORNE), S(R_27)], "two adjacent sentences")
claim(P, 4, "two-sentences", CON,
      "RAG's human evaluation covered 452 pairs of generations, and evaluators found BART more factual in 42.7% of them.",
      [S(R_452), S(R_71)], "BART was more factual in 7.1%; 42.7% is RAG's share")
claim(P, 4, "two-sentences", PART,
      "Evaluators find RAG's Jeopardy questions more specific by a large margin, with an inter-annotator agreement of 0.8.",
      [S(R_SPECIFIC)], "the specificity finding is stated; no agreement figure is")
claim(P, 4, "two-sentences", SUP,
      "The small CT and WQ models are initialised from the NQ RAG model, and all QA results are exact-match scores.",
      [S(R_INIT), S(R_EM)], "two adjacent sentences")

claim(P, 4, "absent", NF, "RAG's BART-large generator has 400M parameters.", [],
      "true of the real paper, but its sentence is not in the corpus text")
claim(P, 4, "absent", NF, "RAG searches its document index with FAISS and an HNSW approximation.", [],
      "the FAISS sentence is not in the corpus text")
claim(P, 4, "absent", NF, "With the 2016 index, RAG answers 70% of questions about 2016 world leaders correctly.", [],
      "the index hot-swapping paragraph is not in the corpus text")
claim(P, 4, "absent", SUP,
      "RAG's code is open-sourced in the HuggingFace Transformers library, and an interactive demo is online.",
      [S(R_FOOT_CODE), S(R_FOOT_DEMO)], "the introduction's footnote")
