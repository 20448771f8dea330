"""A tiny local mirror of every task of the paper, in the raw hub schemas.

``build_local_mirror(root)`` writes 2-10 rows per split of every dataset the spec's tasks read
(the columns and ClassLabel features the real hub datasets have) into the local layout of
``replicate.tasks.hub`` (``<root>/<hub_id>/<config or "default">/<split>.parquet``, with a
few splits as JSON lines or a ``DatasetDict.save_to_disk`` folder, so that every reader is
exercised), and returns ``root``. Use it as::

    root = build_local_mirror(tmp_path / "hub")
    data = load_task(spec.tasks["panx"], languages=MIRROR_LANGUAGES, data_dir=root)

Target tasks hold only the mirror's languages: pass ``languages=`` (tasks lacking some of them,
e.g. TyDiQA, keep the ones they have). The rows are built to be checked by hand: NLI data
holds label -1 rows the paper drops, SQuAD v2.0 unanswerable questions, TyDiQA a Finnish
training row that the English filter drops, QA answers correct character offsets.
``write_bucc_originals(root, lang)`` adds the original BUCC 2018 files (with distractors).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from datasets import ClassLabel, Dataset, DatasetDict, Features, List, Value

MIRROR_LANGUAGES = ("en", "de", "fr")

NLI = ClassLabel(names=["entailment", "neutral", "contradiction"])
S = Value("string")
UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"]
PANX = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
ANSWERS = {"text": List(S), "answer_start": List(Value("int32"))}  # SQuAD's Sequence of a dict
QA = Features({"id": S, "title": S, "context": S, "question": S, "answers": ANSWERS})
PAIRS = Features({"source_sentence": S, "target_sentence": S, "source_lang": S, "target_lang": S})

# The expected counts the tests check by hand.
MNLI_TRAIN_KEPT, SNLI_TRAIN_KEPT, ANLI_TRAIN_KEPT = 5, 4, 7
TYDIQA_EN_TRAIN = 3


def _folder(root: Path, hub_id: str, config: str | None) -> Path:
    folder = root.joinpath(*hub_id.split("/"), config or "default")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _write(root: Path, hub_id: str, config: str | None, split: str, rows: list[dict], features: Features,
           fmt: str = "parquet") -> Path:
    folder = _folder(root, hub_id, config)
    ds = Dataset.from_list(rows, features=features)
    path = folder / f"{split}.{fmt}"
    if fmt == "parquet":
        ds.to_parquet(str(path))
    else:
        ds.to_json(str(path), lines=True, force_ascii=False)
    return path


def _answer(context: str, text: str | None) -> dict[str, list]:
    if text is None:
        return {"text": [], "answer_start": []}
    return {"text": [text], "answer_start": [context.index(text)]}


# ----------------------------------------------------------------------------- intermediate tasks

def _nli_rows(pairs: list[tuple[str, str, int]]) -> list[dict]:
    return [{"premise": p, "hypothesis": h, "label": y} for p, h, y in pairs]


MNLI_TRAIN = [
    ("The new rights are nice enough.", "Everyone really likes the newest benefits.", 1),
    ("This site includes a list of all award winners.", "The site does not list any winners.", 2),
    ("He went to the store to buy milk.", "He went shopping.", 0),
    ("The museum is closed on Mondays.", "You can visit the museum any day of the week.", 2),
    ("A man is playing a guitar on stage.", "A man is making music.", -1),
    ("Conceptually, cream skimming has two dimensions.", "Cream skimming has exactly two dimensions.", 0),
]
MNLI_DEV = [
    ("The report was published in May.", "The report came out in spring.", 0),
    ("Most of the staff work from home.", "Nobody works from home.", 2),
    ("The bridge was painted red last year.", "The bridge is popular with tourists.", 1),
    ("The children laughed at the clown.", "The clown was funny.", -1),
]
SNLI_TRAIN = [
    ("A person on a horse jumps over a broken down airplane.", "A person is outdoors, on a horse.", 0),
    ("A person on a horse jumps over a broken down airplane.", "A person is at a diner, ordering an omelette.", 2),
    ("Children smiling and waving at camera.", "They are smiling at their parents.", 1),
    ("A boy is jumping on a skateboard.", "The boy does a trick.", -1),
    ("Two women are embracing while holding to go packages.", "Two women are holding packages.", 0),
]
SNLI_DEV = [
    ("Two men on bicycles competing in a race.", "Men are riding bicycles on the street.", 1),
    ("A dog runs through the snow.", "An animal is outside.", 0),
    ("An older man drinks his juice.", "A man is drinking.", -1),
]
ANLI = {
    "train_r1": [("Roberto Bolaño was a Chilean novelist born in 1953.", "Bolaño was born before 1960.", 0),
                 ("The Rhine flows through six countries.", "The Rhine flows through one country.", 2)],
    "train_r2": [("The album was recorded in Nashville in 2004.", "The album was a commercial success.", 1),
                 ("Marie Curie won two Nobel Prizes.", "Marie Curie won a Nobel Prize.", 0)],
    "train_r3": [("I can't make it tonight, my car broke down.", "The speaker's car works fine.", 2),
                 ("The recipe needs two eggs and a cup of flour.", "The recipe uses eggs.", 0),
                 ("She moved to Lisbon after college.", "She studied in Lisbon.", 1)],
    "dev_r1": [("The film premiered at Cannes in 1994.", "The film premiered in France.", 0)],
    "dev_r2": [("The team lost its last three games.", "The team won its last game.", 2)],
    "dev_r3": [("He said he might call later.", "He will certainly call.", 1)],
}


def _intermediate(root: Path) -> None:
    glue_nli = Features({"premise": S, "hypothesis": S, "label": NLI, "idx": Value("int32")})
    for split, pairs in (("train", MNLI_TRAIN), ("validation_matched", MNLI_DEV)):
        rows = [dict(r, idx=i) for i, r in enumerate(_nli_rows(pairs))]
        _write(root, "nyu-mll/glue", "mnli", split, rows, glue_nli)
    snli = Features({"premise": S, "hypothesis": S, "label": NLI})
    _write(root, "stanfordnlp/snli", None, "train", _nli_rows(SNLI_TRAIN), snli)
    _write(root, "stanfordnlp/snli", None, "validation", _nli_rows(SNLI_DEV), snli)
    anli = Features({"uid": S, "premise": S, "hypothesis": S, "label": NLI, "reason": S})
    for split, pairs in ANLI.items():
        rows = [dict(r, uid=f"{split}-{i:04d}", reason="") for i, r in enumerate(_nli_rows(pairs))]
        _write(root, "facebook/anli", None, split, rows, anli)

    qqp = Features({"question1": S, "question2": S, "label": ClassLabel(names=["not_duplicate", "duplicate"]),
                    "idx": Value("int32")})
    qqp_rows = [("How do I learn Python quickly?", "What is the fastest way to learn Python?", 1),
                ("Why is the sky blue?", "How far away is the Moon?", 0),
                ("What is the best way to save money?", "How can I save more money each month?", 1),
                ("Is coffee bad for you?", "Where was coffee first grown?", 0)]
    rows = [{"question1": a, "question2": b, "label": y, "idx": i} for i, (a, b, y) in enumerate(qqp_rows)]
    _write(root, "nyu-mll/glue", "qqp", "train", rows[:3], qqp)
    _write(root, "nyu-mll/glue", "qqp", "validation", rows[3:], qqp)

    # SST-2 as a DatasetDict.save_to_disk folder: the third local format.
    sst2 = Features({"sentence": S, "label": ClassLabel(names=["negative", "positive"]), "idx": Value("int32")})
    train = [("a gorgeous , witty , seductive movie . ", 1), ("the plot is nothing but boilerplate clichés ", 0),
             ("an utterly charming and hilarious film ", 1), ("it 's a bad sign when you 're rooting for the villain ", 0)]
    dev = [("it 's a charming and often affecting journey . ", 1), ("unflinchingly bleak and desperate ", 0)]
    DatasetDict({
        "train": Dataset.from_list([{"sentence": t, "label": y, "idx": i} for i, (t, y) in enumerate(train)], features=sst2),
        "validation": Dataset.from_list([{"sentence": t, "label": y, "idx": i} for i, (t, y) in enumerate(dev)],
                                        features=sst2),
    }).save_to_disk(str(_folder(root, "nyu-mll/glue", "sst2")))

    csqa = Features({"id": S, "question": S, "question_concept": S, "choices": {"label": List(S), "text": List(S)},
                     "answerKey": S})
    letters = ["A", "B", "C", "D", "E"]
    csqa_rows = [
        ("075e483d21c29a511267ef62bedc0461", "The sanctions against the school were a punishing blow, and they seemed "
         "to what the efforts the school had made to change?", "punishing",
         ["ignore", "enforce", "authoritarian", "yell at", "avoid"], "A"),
        ("61fe6e879ff18686d7552425a36344c8", "Where would you find a seafood restaurant in the east coast of North "
         "America?", "seafood restaurant", ["maine", "boston", "beach town", "coastal cities", "ocean"], "B"),
        ("4c1cb0e95b99f72d55c068ba0255c54d", "Where do you put your grapes just before checking out?", "grape",
         ["mouth", "grocery cart", "super market", "fruit basket", "fruit market"], "B"),
        ("1afa02df02c908a558b4036e80242fac", "A revolving door is convenient for two direction travel, but it also "
         "serves as a security measure at a what?", "revolving door",
         ["bank", "library", "department store", "mall", "new york"], "A"),
        ("a7ab086045575bb497933726e4e6ad28", "What do people aim to do at work?", "people",
         ["complete job", "learn from each other", "kill animals", "wear hats", "talk to each other"], "C"),
    ]
    rows = [{"id": i, "question": q, "question_concept": c, "choices": {"label": letters, "text": t}, "answerKey": k}
            for i, q, c, t, k in csqa_rows]
    _write(root, "tau/commonsense_qa", None, "train", rows[:3] + rows[4:], csqa)
    _write(root, "tau/commonsense_qa", None, "validation", rows[3:4], csqa)

    cosmos = Features({"id": S, "context": S, "question": S, "answer0": S, "answer1": S, "answer2": S, "answer3": S,
                       "label": Value("int32")})
    cosmos_rows = [
        ("3Q9SPIIRWJKVQ8244310E8TUS6YWAC##34V1S5K3GTZMDUBNBIGY93FLDOB690##A1S1K7134S2VUC##Blog_1044056##q1_a1##37XITHEISY3LJ2N5R8MIR6X1JTCRC6",
         "Good Old War and person L : I saw both of these bands Wednesday night , and they both blew me away .",
         "In the future , will this person go to see other bands play ?",
         "None of the above choices .", "This person likes music and likes to see the show , they will see other bands play .",
         "This person only likes Good Old War and Person L , no other bands .", "Other bands is not on tour and this person can not see them .", 1),
        ("3E24UO25QZOMYXHZN4YEEZ2ST2EOGB##3UN61F00HXNWYQ7V0G6F8I1FMXXR5I##AO33H4GL9KZX9##Blog_292639##q1_a1##3A4TN5196LVRCFXAFMNRJQXCVQRCHO",
         "My husband called me at work to tell me the dog had eaten the couch again .",
         "What may happen after the call ?",
         "I will get a new dog right away .", "I will go home and see the damage .",
         "I will ignore it and keep working .", "None of the above choices .", 1),
        ("3OCHAWUVGOJO2QJ9RB2KM34HK4JXKE##3VAR3R6G1R9UX5LMI3E4N6ZM9A0O8B##A1BO2S3NQ0L3TT##Blog_1285542##q1_a2##3T5ZXGO9DH2ZMBBF0Z4L4A8P7QFQZF",
         "We got to the airport three hours early , but the flight was still delayed .",
         "Why did they arrive so early ?",
         "They wanted to be sure not to miss the flight .", "They liked airport food .",
         "The flight had been cancelled .", "None of the above choices .", 0),
    ]
    rows = [{"id": i, "context": c, "question": q, "answer0": a0, "answer1": a1, "answer2": a2, "answer3": a3,
             "label": y} for i, c, q, a0, a1, a2, a3, y in cosmos_rows]
    _write(root, "allenai/cosmos_qa", None, "train", rows[:2], cosmos, fmt="jsonl")
    _write(root, "allenai/cosmos_qa", None, "validation", rows[2:], cosmos, fmt="jsonl")

    hella = Features({"ind": Value("int32"), "activity_label": S, "ctx_a": S, "ctx_b": S, "ctx": S,
                      "endings": List(S), "source_id": S, "split": S, "split_type": S, "label": S})
    hella_rows = [
        (4, "Removing ice from car", "Then, the man writes over the snow covering the window of a car, and a woman "
         "wearing winter clothes smiles.", "then",
         [", the man adds wax to the windshield and cuts it.", ", a person board a ski lift, while two men supporting "
          "the head of the person wearing winter clothes snow as the we girls sled.",
          ", the man puts on a christmas coat, knitted with netting.", ", the man continues removing the snow on his car."],
         "activitynet~v_-1IBHYS3L-Y", "train", "indomain", "3"),
        (8, "Baking cookies", "A woman is standing in a kitchen with a bowl of dough.", "she",
         ["rolls the dough into balls and puts them on a tray.", "drives a car down the street.",
          "paints the walls of the kitchen blue.", "plays the violin for the audience."],
         "activitynet~v_9u0vIt3lplw", "train", "indomain", "0"),
        (9, "Playing the piano", "A young boy sits down at a piano.", "he",
         ["jumps into a swimming pool.", "eats a sandwich with his sister.", "begins playing a song on the keys.",
          "throws a ball across the room."],
         "wikihow~12345", "train", "indomain", "2"),
        (24, "Washing dishes", "A man fills a sink with soapy water.", "he",
         ["starts to mow the lawn.", "washes the plates and rinses them.", "reads a newspaper on the bus.",
          "paints a portrait of a horse."],
         "activitynet~v_AC9WdC8wbas", "val", "indomain", "1"),
    ]
    rows = [{"ind": i, "activity_label": a, "ctx_a": ca, "ctx_b": cb, "ctx": f"{ca} {cb}", "endings": e,
             "source_id": s, "split": sp, "split_type": st, "label": y}
            for i, a, ca, cb, e, s, sp, st, y in hella_rows]
    _write(root, "Rowan/hellaswag", None, "train", rows[:3], hella)
    _write(root, "Rowan/hellaswag", None, "validation", rows[3:], hella)

    normandy = ("The Normans were the people who in the 10th and 11th centuries gave their name to Normandy, "
                "a region in France.")
    tesla = "Nikola Tesla was a Serbian-American inventor, born in 1856 in Smiljan."
    v2_train = [("56ddde6b9a695914005b9628", "Normans", normandy, "In what country is Normandy located?", "France"),
                ("56ddde6b9a695914005b9629", "Normans", normandy, "When did the Normans give their name to Normandy?",
                 "10th and 11th centuries"),
                ("5ad39d53604f3c001a3fe8d1", "Normans", normandy, "Who gave their name to Normandy in the 1000s and 1100s?",
                 None),
                ("56dfa0d84a1a83140091eb7d", "Nikola_Tesla", tesla, "In what year was Nikola Tesla born?", "1856")]
    v2_dev = [("56e0812c231d4119001ac214", "Nikola_Tesla", tesla, "Where was Tesla born?", "Smiljan"),
              ("5ad3a3d1604f3c001a3fe9ab", "Nikola_Tesla", tesla, "What did Tesla invent in 1856?", None)]
    for split, rows_ in (("train", v2_train), ("validation", v2_dev)):
        rows = [{"id": i, "title": t, "context": c, "question": q, "answers": _answer(c, a)} for i, t, c, q, a in rows_]
        _write(root, "rajpurkar/squad_v2", None, split, rows, QA)
    v1 = [("5733be284776f41900661182", "University_of_Notre_Dame",
           "Architecturally, the school has a Catholic character. Atop the Main Building's gold dome is a golden "
           "statue of the Virgin Mary.", "What sits on top of the Main Building at Notre Dame?",
           "a golden statue of the Virgin Mary"),
          ("56be4db0acb8001400a502ec", "Super_Bowl_50", "Super Bowl 50 was an American football game played on "
           "February 7, 2016, in Santa Clara, California.", "Where was Super Bowl 50 played?", "Santa Clara, California"),
          ("56be4db0acb8001400a502ed", "Super_Bowl_50", "Super Bowl 50 was an American football game played on "
           "February 7, 2016, in Santa Clara, California.", "When was Super Bowl 50 played?", "February 7, 2016"),
          ("5733bf84d058e614000b61be", "University_of_Notre_Dame", "The university's first president was Edward "
           "Sorin, who founded it in 1842.", "Who founded the university?", "Edward Sorin")]
    rows = [{"id": i, "title": t, "context": c, "question": q, "answers": _answer(c, a)} for i, t, c, q, a in v1]
    _write(root, "rajpurkar/squad", None, "train", rows[:3], QA)
    _write(root, "rajpurkar/squad", None, "validation", rows[3:], QA)

    # CCGbank is licensed: JSON lines of tokens and supertags under <root>/ccg.
    ccg = Features({"tokens": List(S), "tags": List(S)})
    ccg_rows = [{"tokens": ["Pierre", "Vinken", "will", "join", "the", "board", "."],
                 "tags": ["N/N", "N", "(S[dcl]\\NP)/(S[b]\\NP)", "(S[b]\\NP)/NP", "NP[nb]/N", "N", "."]},
                {"tokens": ["Mr.", "Vinken", "is", "chairman", "."],
                 "tags": ["N/N", "N", "(S[dcl]\\NP)/NP", "N", "."]},
                {"tokens": ["The", "board", "met", "."], "tags": ["NP[nb]/N", "N", "S[dcl]\\NP", "."]}]
    folder = root / "ccg"
    folder.mkdir(parents=True, exist_ok=True)
    Dataset.from_list(ccg_rows[:2], features=ccg).to_json(str(folder / "train.jsonl"), lines=True)
    Dataset.from_list(ccg_rows[2:], features=ccg).to_json(str(folder / "validation.jsonl"), lines=True)


# ----------------------------------------------------------------------------- target tasks

XNLI = {  # (premise, hypothesis, gold_label) per language; the same three pairs, translated
    "en": [("The cat sleeps on the sofa.", "An animal is resting.", "entailment"),
           ("I bought bread this morning.", "I did not go out today.", "contradiction"),
           ("The train to Paris is late.", "The train is full.", "neutral")],
    "de": [("Die Katze schläft auf dem Sofa.", "Ein Tier ruht sich aus.", "entailment"),
           ("Ich habe heute Morgen Brot gekauft.", "Ich bin heute nicht ausgegangen.", "contradiction"),
           ("Der Zug nach Paris hat Verspätung.", "Der Zug ist voll.", "neutral")],
    "fr": [("Le chat dort sur le canapé.", "Un animal se repose.", "entailment"),
           ("J'ai acheté du pain ce matin.", "Je ne suis pas sorti aujourd'hui.", "contradiction"),
           ("Le train pour Paris est en retard.", "Le train est plein.", "neutral")],
}
POS = {  # (tokens, UPOS tags) per language
    "en": [(["The", "cat", "sleeps", "on", "the", "sofa", "."], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]),
           (["I", "bought", "bread", "."], ["PRON", "VERB", "NOUN", "PUNCT"])],
    "de": [(["Die", "Katze", "schläft", "auf", "dem", "Sofa", "."], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]),
           (["Ich", "kaufte", "Brot", "."], ["PRON", "VERB", "NOUN", "PUNCT"])],
    "fr": [(["Le", "chat", "dort", "sur", "le", "canapé", "."], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]),
           (["J'", "ai", "acheté", "du", "pain", "."], ["PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"])],
}
NER = {
    "en": [(["Angela", "Merkel", "visited", "Paris", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
           (["The", "United", "Nations", "met", "in", "Geneva"], ["O", "B-ORG", "I-ORG", "O", "O", "B-LOC"])],
    "de": [(["Angela", "Merkel", "besuchte", "Paris", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
           (["Die", "Vereinten", "Nationen", "tagten", "in", "Genf"], ["O", "B-ORG", "I-ORG", "O", "O", "B-LOC"])],
    "fr": [(["Angela", "Merkel", "a", "visité", "Paris", "."], ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
           (["Les", "Nations", "unies", "se", "sont", "réunies", "à", "Genève"],
            ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-LOC"])],
}
QA_TEXT = {  # (context, [(question, answer)]) per language
    "en": ("The Eiffel Tower was completed in 1889. It stands in Paris and is 330 metres tall.",
           [("When was the Eiffel Tower completed?", "1889"), ("Where does the Eiffel Tower stand?", "Paris"),
            ("How tall is the Eiffel Tower?", "330 metres")]),
    "de": ("Der Eiffelturm wurde 1889 fertiggestellt. Er steht in Paris und ist 330 Meter hoch.",
           [("Wann wurde der Eiffelturm fertiggestellt?", "1889"), ("Wo steht der Eiffelturm?", "Paris"),
            ("Wie hoch ist der Eiffelturm?", "330 Meter")]),
    "fr": ("La tour Eiffel a été achevée en 1889. Elle se trouve à Paris et mesure 330 mètres.",
           [("Quand la tour Eiffel a-t-elle été achevée ?", "1889"), ("Où se trouve la tour Eiffel ?", "Paris"),
            ("Combien mesure la tour Eiffel ?", "330 mètres")]),
}
PARALLEL = {  # sentences with their English translations, for BUCC and Tatoeba
    "en": ["The weather is nice today.", "Where is the station?", "I like green tea.", "We are going home."],
    "de": ["Das Wetter ist heute schön.", "Wo ist der Bahnhof?", "Ich mag grünen Tee.", "Wir gehen nach Hause."],
    "fr": ["Il fait beau aujourd'hui.", "Où est la gare ?", "J'aime le thé vert.", "Nous rentrons à la maison."],
}
PAWS = {
    "en": [("The film was released in 1999 in Germany.", "In 1999 the film was released in Germany.", "1"),
           ("He was born in Paris and died in Rome.", "He was born in Rome and died in Paris.", "0"),
           ("The river flows north into the lake.", "The river flows into the lake to the north.", "1")],
    "de": [("Der Film wurde 1999 in Deutschland veröffentlicht.", "1999 wurde der Film in Deutschland veröffentlicht.", "1"),
           ("Er wurde in Paris geboren und starb in Rom.", "Er wurde in Rom geboren und starb in Paris.", "0")],
    "fr": [("Le film est sorti en 1999 en Allemagne.", "En 1999, le film est sorti en Allemagne.", "1"),
           ("Il est né à Paris et mort à Rome.", "Il est né à Rome et mort à Paris.", "0")],
}
UD_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese",
            "ar": "Arabic", "hi": "Hindi", "kk": "Kazakh", "th": "Thai", "tl": "Tagalog", "yo": "Yoruba"}
TATOEBA_CODES = {"de": "deu", "fr": "fra", "es": "spa", "ru": "rus", "zh": "cmn", "ar": "ara", "hi": "hin", "sw": "swh"}
TYDIQA_NAMES = {"en": "english", "ar": "arabic", "bn": "bengali", "fi": "finnish", "id": "indonesian",
                "ko": "korean", "ru": "russian", "sw": "swahili", "te": "telugu"}
UD_TEST_ONLY = ("kk", "th", "tl", "yo")  # no validation split on the hub


def _lang_rows(table: dict[str, list], lang: str) -> list:
    # Languages beyond en/de/fr get the English rows marked with their code: the schema is what counts.
    if lang in table:
        return table[lang]
    return [_mark(row, lang) for row in table["en"]]


def _mark(row: object, lang: str) -> object:
    if isinstance(row, str):
        return f"[{lang}] {row}"
    if isinstance(row, tuple) and row and isinstance(row[0], str):
        return (f"[{lang}] {row[0]}",) + row[1:]
    return row


def _qa_rows(lang: str, prefix: str, with_title: bool = True) -> list[dict]:
    context, qas = QA_TEXT.get(lang, (f"[{lang}] " + QA_TEXT["en"][0], QA_TEXT["en"][1]))
    rows = []
    for i, (q, a) in enumerate(qas):
        row = {"id": f"{prefix}-{lang}-{i}", "context": context, "question": q, "answers": _answer(context, a)}
        if with_title:
            row["title"] = "Eiffel_Tower"
        rows.append(row)
    return rows


def _targets(root: Path, languages: Sequence[str]) -> None:
    xt = "google/xtreme"
    xnli = Features({"language": S, "sentence1": S, "sentence2": S, "gold_label": S})
    for split in ("validation", "test"):
        rows = [{"language": lang, "sentence1": p, "sentence2": h, "gold_label": y}
                for lang in languages for p, h, y in _lang_rows(XNLI, lang)]
        _write(root, xt, "XNLI", split, rows, xnli)

    paws = Features({"sentence1": S, "sentence2": S, "label": S})
    for lang in languages:
        rows = [{"sentence1": a, "sentence2": b, "label": y} for a, b, y in _lang_rows(PAWS, lang)]
        for split in ("train", "validation", "test"):
            _write(root, xt, f"PAWS-X.{lang}", split, rows, paws)

    udpos = Features({"tokens": List(S), "pos_tags": List(ClassLabel(names=UPOS))})
    for lang in languages:
        if lang not in UD_NAMES:
            continue
        rows = [{"tokens": t, "pos_tags": tags} for t, tags in _lang_rows(POS, lang)]
        splits = ("test",) if lang in UD_TEST_ONLY else ("train", "validation", "test")
        for split in splits:
            _write(root, xt, f"udpos.{UD_NAMES[lang]}", split, rows, udpos)

    panx = Features({"tokens": List(S), "ner_tags": List(ClassLabel(names=PANX)), "langs": List(S)})
    for lang in languages:
        rows = [{"tokens": t, "ner_tags": tags, "langs": [lang] * len(t)} for t, tags in _lang_rows(NER, lang)]
        for split in ("train", "validation", "test"):
            _write(root, xt, f"PAN-X.{lang}", split, rows, panx)

    xquad = Features({"id": S, "context": S, "question": S, "answers": ANSWERS})
    for lang in languages:
        _write(root, xt, f"XQuAD.{lang}", "validation", _qa_rows(lang, "xquad", with_title=False), xquad)
        for split in ("validation", "test"):
            _write(root, xt, f"MLQA.{lang}.{lang}", split, _qa_rows(lang, f"mlqa-{split}"), QA)

    _tydiqa(root, languages)

    for lang in languages:
        if lang == "en":
            continue
        pairs = list(zip(_lang_rows(PARALLEL, lang), PARALLEL["en"]))
        rows = [{"source_sentence": s, "target_sentence": t, "source_lang": lang, "target_lang": "en"} for s, t in pairs]
        _write(root, xt, f"bucc18.{lang}", "validation", rows[:2], PAIRS)
        _write(root, xt, f"bucc18.{lang}", "test", rows[1:], PAIRS)
        code = TATOEBA_CODES.get(lang)
        if code:
            rows = [{"source_sentence": s, "target_sentence": t, "source_lang": code, "target_lang": "eng"}
                    for s, t in pairs]
            _write(root, xt, f"tatoeba.{code}", "validation", rows, PAIRS)


def _tydiqa(root: Path, languages: Sequence[str]) -> None:
    # One config holds every language; ids start with the language's name. The Finnish
    # training row is there to be filtered out by the English-only training rule.
    finnish = "Helsinki on Suomen pääkaupunki ja suurin kaupunki."
    fi_row = {"id": "finnish-1438107530766215624-0", "title": "Helsinki", "context": finnish,
              "question": "Mikä on Suomen pääkaupunki?", "answers": _answer(finnish, "Helsinki")}
    en = [dict(r, id=f"english-{7000 + i}-{i}") for i, r in enumerate(_qa_rows("en", "x"))]
    _write(root, "google/xtreme", "tydiqa", "train", en[:TYDIQA_EN_TRAIN] + [fi_row], QA)
    dev = [dict(en[0], id="english-9100-0"), dict(fi_row, id="finnish-9200-0")]
    for lang in languages:
        if lang in TYDIQA_NAMES and lang not in ("en", "fi"):
            dev += [dict(r, id=f"{TYDIQA_NAMES[lang]}-{9300 + i}-0") for i, r in enumerate(_qa_rows(lang, "x"))]
    _write(root, "google/xtreme", "tydiqa", "validation", dev, QA)


# ----------------------------------------------------------------------------- entry points

def build_local_mirror(root: Path, languages: Sequence[str] = MIRROR_LANGUAGES, *,
                       bucc_originals: bool = False) -> Path:
    """Write the tiny mirror of every task under ``root`` (see the module docstring); ``root``."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    _intermediate(root)
    _targets(root, tuple(languages))
    if bucc_originals:
        for lang in languages:
            if lang in ("de", "fr", "ru", "zh"):
                write_bucc_originals(root, lang)
    return root


def write_bucc_originals(root: Path, lang: str) -> Path:
    """The original BUCC 2018 files of one language pair under ``<root>/bucc2018/<lang>-en/``:
    a sample (validation) and a test corpus, each with more sentences than gold pairs."""
    folder = Path(root) / "bucc2018" / f"{lang}-en"
    folder.mkdir(parents=True, exist_ok=True)
    foreign, english = _lang_rows(PARALLEL, lang), PARALLEL["en"]
    distractors = {"en": ["The museum opens at nine.", "Prices rose again in March."],
                   lang: [f"[{lang}] Ein ganz anderer Satz.", f"[{lang}] Noch ein Satz ohne Übersetzung."]}
    for part, pairs in (("sample", [0, 1]), ("test", [1, 2, 3])):
        src = [(f"{lang}-{part}-{i:09d}", s) for i, s in enumerate(foreign + distractors[lang])]
        tgt = [(f"en-{part}-{i:09d}", s) for i, s in enumerate(distractors["en"] + english)]
        gold = [(src[i][0], tgt[len(distractors["en"]) + i][0]) for i in pairs]
        for suffix, rows in ((lang, src), ("en", tgt), ("gold", gold)):
            (folder / f"{lang}-en.{part}.{suffix}").write_text("".join(f"{a}\t{b}\n" for a, b in rows), "utf-8")
    return folder
