"""replicate.tasks.hub: every task from a tiny local mirror in the raw hub schemas, the
paper's filters counted by hand, and the ways loading fails (offline, unsafe names, broken
files) as one clear error. Nothing here reaches the network: the hub is switched off."""

from __future__ import annotations

import dataclasses
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

# The audit-only environment (CI's base leg) has no torch/transformers/datasets: skip.
pytest.importorskip("datasets")

from replicate.spec import load_spec
from replicate.errors import DataUnavailable, TaskDataError
from replicate.tasks import hub, sources
from replicate.tasks.base import check_examples
from replicate.tasks.hub import count_train_rows, load_task
from replicate.tasks.mirror import mirror
from tests.tinyhub import (
    ANLI_TRAIN_KEPT, MIRROR_LANGUAGES, MNLI_TRAIN_KEPT, SNLI_TRAIN_KEPT, TYDIQA_EN_TRAIN, build_local_mirror,
    write_bucc_originals,
)

SPEC = load_spec()
TASKS = sorted(SPEC.tasks)


@pytest.fixture(scope="session")
def datasets_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hf-datasets-cache")


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, datasets_cache: Path) -> None:
    import datasets

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    # datasets reads these at import time: patch its config too, and keep the arrow cache
    # of local reads out of the developer's ~/.cache.
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True, raising=False)
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True, raising=False)
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", datasets_cache)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_local_mirror(tmp_path_factory.mktemp("mirror"))


def _load(name: str, root: Path, **kw: object):  # type: ignore[no-untyped-def]
    return load_task(SPEC.tasks[name], languages=kw.pop("languages", MIRROR_LANGUAGES), data_dir=root, **kw)


# ----------------------------------------------------------------------------- every task

@pytest.mark.parametrize("name", TASKS)
def test_every_task_loads_from_the_tiny_mirror(name: str, root: Path) -> None:
    spec = SPEC.tasks[name]
    data = _load(name, root)
    assert (data.name, data.family, data.metric) == (name, spec.family, spec.metric)
    for split, rows in [("train", data.train), ("dev", data.dev)] + [(f"test[{k}]", v) for k, v in data.test.items()]:
        check_examples(name, data.family, rows, split)
    assert str(root) in data.source and "hub " not in data.source
    if spec.family == "retrieval":
        assert data.train == [] and data.dev == []
    else:
        assert data.train and data.dev
    if spec.role == "intermediate":
        assert data.test == {}
    else:
        assert list(data.test) == [lang for lang in spec.languages if lang in MIRROR_LANGUAGES]
        assert all(data.test.values())
    if spec.family in ("pair-classification", "classification"):
        assert all(0 <= r["label"] < data.num_labels for r in data.train + data.dev)
    if spec.family == "span-qa":
        for r in data.train + data.dev + [r for rows in data.test.values() for r in rows]:
            for text, start in zip(r["answers"]["text"], r["answers"]["answer_start"]):
                assert r["context"][start:start + len(text)] == text


def test_registry_names_every_language_config() -> None:
    sizes = {"xnli": 15, "pawsx": 7, "udpos": 29, "panx": 40, "xquad": 11, "mlqa": 7, "tydiqa": 9, "bucc": 4,
             "tatoeba": 36}
    assert {n: len(SPEC.tasks[n].languages) for n in sizes} == sizes
    configs = {}
    for name in TASKS:
        p, _ = hub.plan(SPEC.tasks[name])  # every language of every task maps to a config
        configs[name] = {lang: corpora[0][0].config for lang, corpora in p.test.items()}
    assert configs["udpos"]["de"] == "udpos.German" and configs["udpos"]["zh"] == "udpos.Chinese"
    assert configs["tatoeba"]["zh"] == "tatoeba.cmn" and configs["tatoeba"]["fa"] == "tatoeba.pes"
    assert configs["mlqa"]["hi"] == "MLQA.hi.hi" and configs["panx"]["jv"] == "PAN-X.jv"
    assert set(configs["xnli"].values()) == {"XNLI"} and set(configs["tydiqa"].values()) == {"tydiqa"}
    assert hub.plan(SPEC.tasks["hellaswag"])[0].train[0].revision == "refs/convert/parquet"


# ----------------------------------------------------------------------------- values by hand

def test_multiple_choice_labels(root: Path) -> None:
    hella = _load("hellaswag", root)
    assert [r["label"] for r in hella.train] == [3, 0, 2]  # raw strings "3", "0", "2"
    assert hella.train[2]["choices"][2] == "begins playing a song on the keys."
    assert hella.train[2]["context"] == "A young boy sits down at a piano. he"
    csqa = _load("commonsenseqa", root)
    row = next(r for r in csqa.train if r["context"] == "What do people aim to do at work?")
    assert row["label"] == 2 and row["choices"][2] == "kill animals"  # answerKey "C"
    assert len(row["choices"]) == 5
    cosmos = _load("cosmosqa", root)
    assert cosmos.dev[0]["label"] == 0 and cosmos.dev[0]["context"].endswith("Why did they arrive so early ?")


def test_squad_v2_unanswerable_questions_have_empty_answers(root: Path) -> None:
    squad = _load("squad", root)
    unanswerable = [r for r in squad.train if not r["answers"]["text"]]
    assert [r["id"] for r in unanswerable] == ["5ad39d53604f3c001a3fe8d1"]
    assert unanswerable[0]["answers"] == {"text": [], "answer_start": []}
    france = next(r for r in squad.train if r["question"] == "In what country is Normandy located?")
    assert france["answers"] == {"text": ["France"], "answer_start": [104]}
    assert any("1 of 4 questions unanswerable" in n for n in squad.notes)


def test_nli_drops_label_minus_one_and_keeps_one_label_order(root: Path) -> None:
    mnli = _load("mnli", root)
    assert len(mnli.train) == MNLI_TRAIN_KEPT and len(mnli.dev) == 3
    assert mnli.labels == ("entailment", "neutral", "contradiction")
    assert "A man is playing a guitar on stage." not in {r["text"] for r in mnli.train}
    assert any("labels -1 dropped: 1 of 6" in n for n in mnli.notes)
    xnli = _load("xnli", root)
    assert xnli.train == mnli.train  # XNLI trains on MNLI train
    assert [r["label"] for r in xnli.test["de"]] == [0, 2, 1]  # gold_label strings, MNLI's order
    assert xnli.dev == mnli.dev  # early stopping on MNLI dev, as jiant does
    assert xnli.test["fr"][0]["text"] == "Le chat dort sur le canapé."


def test_anli_plus_is_snli_mnli_anli_minus_label_minus_one(root: Path) -> None:
    anli = _load("anli+", root)
    mnli = _load("mnli", root)
    assert len(anli.train) == SNLI_TRAIN_KEPT + MNLI_TRAIN_KEPT + ANLI_TRAIN_KEPT == 16
    assert anli.train[SNLI_TRAIN_KEPT:SNLI_TRAIN_KEPT + MNLI_TRAIN_KEPT] == mnli.train
    assert anli.train[0]["text"] == "A person on a horse jumps over a broken down airplane."
    assert anli.train[-1] == {"text": "She moved to Lisbon after college.", "text_pair": "She studied in Lisbon.",
                              "label": 1}
    assert len(anli.dev) == 2 + 3 + 3  # SNLI dev 3 - 1, MNLI matched 4 - 1, ANLI dev_r1..r3
    assert anli.labels == mnli.labels


def test_tagging_tags_index_the_label_names(root: Path) -> None:
    panx = _load("panx", root)
    assert panx.labels[:3] == ("O", "B-PER", "I-PER") and panx.metric == "entity_f1"
    assert [panx.labels[t] for t in panx.train[0]["tags"]] == ["B-PER", "I-PER", "O", "B-LOC", "O"]
    assert [panx.labels[t] for t in panx.test["fr"][1]["tags"]][:3] == ["O", "B-ORG", "I-ORG"]
    udpos = _load("udpos", root)
    assert len(udpos.labels) == 17
    assert [udpos.labels[t] for t in udpos.test["fr"][1]["tags"]] == ["PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    ccg = _load("ccg", root)
    assert list(ccg.labels) == sorted(ccg.labels) and "N/N" in ccg.labels
    assert [ccg.labels[t] for t in ccg.dev[0]["tags"]] == ["NP[nb]/N", "N", "S[dcl]\\NP", "."]


def test_tydiqa_trains_on_english_only(root: Path) -> None:
    tydiqa = _load("tydiqa", root)
    assert len(tydiqa.train) == TYDIQA_EN_TRAIN
    assert all(r["id"].startswith("english-") for r in tydiqa.train + tydiqa.dev)
    assert "Helsinki" not in {a for r in tydiqa.train for a in r["answers"]["text"]}
    assert list(tydiqa.test) == ["en"]
    assert any("requested languages de, fr" in n for n in tydiqa.notes)


def test_pawsx_and_qa_targets(root: Path) -> None:
    pawsx = _load("pawsx", root)
    assert [r["label"] for r in pawsx.train] == [1, 0, 1] and pawsx.labels == ("not_paraphrase", "paraphrase")
    xquad = _load("xquad", root)
    assert xquad.train[0]["id"] == "5733be284776f41900661182"  # SQuAD v1.1 train
    assert xquad.test["de"][0]["answers"] == {"text": ["1889"], "answer_start": [21]}
    mlqa = _load("mlqa", root)
    assert mlqa.dev == _load("xquad", root).dev  # early stopping on SQuAD v1.1 dev, as jiant does


# ----------------------------------------------------------------------------- counts

def test_count_train_rows_by_hand(root: Path) -> None:
    n, what = count_train_rows(SPEC.tasks["mnli"], data_dir=root)
    assert n == MNLI_TRAIN_KEPT
    assert "nyu-mll/glue mnli train (labels -1 dropped: 1)" in what and str(root) in what
    n, what = count_train_rows(SPEC.tasks["anli+"], data_dir=root)
    assert n == 16 and "stanfordnlp/snli train 4 (labels -1 dropped: 1)" in what and "train_r3 3" in what
    assert count_train_rows(SPEC.tasks["squad"], data_dir=root)[0] == 4  # unanswerable questions count
    n, what = count_train_rows(SPEC.tasks["tydiqa"], data_dir=root)
    assert n == TYDIQA_EN_TRAIN and "4 rows in all languages" in what
    assert count_train_rows(SPEC.tasks["bucc"], data_dir=root)[0] == 0
    for name in ("mnli", "anli+", "squad", "tydiqa", "hellaswag"):
        assert count_train_rows(SPEC.tasks[name], data_dir=root)[0] == len(_load(name, root).train)


# ----------------------------------------------------------------------------- subsets, languages

def test_max_subsets_are_seeded_and_keep_order(root: Path) -> None:
    full = _load("anli+", root).train
    a = _load("anli+", root, max_train=5, seed=1).train
    assert a == _load("anli+", root, max_train=5, seed=1).train and len(a) == 5
    assert [full.index(r) for r in a] == sorted(full.index(r) for r in a)
    others = [_load("anli+", root, max_train=5, seed=s).train for s in (2, 3, 4)]
    assert any(o != a for o in others)
    data = _load("anli+", root, max_train=5, max_dev=2, seed=1)
    assert len(data.dev) == 2 and any("subset of 5 of 16" in n for n in data.notes)
    xnli = _load("xnli", root, max_eval=2)
    assert {k: len(v) for k, v in xnli.test.items()} == {"de": 2, "en": 2, "fr": 2}
    tatoeba = _load("tatoeba", root, max_eval=2)
    assert tatoeba.test["de"][0]["gold"] == [[0, 0], [1, 1]] and len(tatoeba.test["de"][0]["source"]) == 2
    assert _load("mnli", root, max_train=100).train == _load("mnli", root).train


def test_languages_narrow_the_test_sets(root: Path) -> None:
    assert list(_load("panx", root, languages=["de"]).test) == ["de"]
    data = _load("pawsx", root, languages=["fr", "en", "xx"])
    assert list(data.test) == ["en", "fr"] and any("xx" in n for n in data.notes)
    with pytest.raises(TaskDataError, match="none of the requested languages"):
        _load("xquad", root, languages=["fr"])
    assert _load("mnli", root, languages=["de"]).test == {}  # intermediate tasks are English only


# ----------------------------------------------------------------------------- BUCC

def test_bucc_hub_configs_have_no_distractors(root: Path) -> None:
    bucc = _load("bucc", root)
    assert bucc.has_distractors is False
    assert bucc.notes[0].startswith("NOT COMPARABLE")
    assert [c["split"] for c in bucc.test["de"]] == ["validation", "test"]
    for corpus in bucc.test["fr"]:
        assert corpus["gold"] == [[i, i] for i in range(len(corpus["source"]))]
    assert _load("tatoeba", root).test["de"][0]["split"] == "test"


def test_bucc_original_files_have_distractors(tmp_path: Path, root: Path) -> None:
    folder = write_bucc_originals(tmp_path, "de")
    bucc = load_task(SPEC.tasks["bucc"], languages=["de"], data_dir=tmp_path)
    assert bucc.has_distractors is True and not any("NOT COMPARABLE" in n for n in bucc.notes)
    sample, test = bucc.test["de"]
    assert (sample["split"], test["split"]) == ("validation", "test")
    assert len(sample["source"]) == 6 and len(sample["target"]) == 6  # 2 distractors on each side
    assert sample["gold"] == [[0, 2], [1, 3]] and test["gold"] == [[1, 3], [2, 4], [3, 5]]
    assert (sample["source"][0], sample["target"][2]) == ("Das Wetter ist heute schön.", "The weather is nice today.")
    # the flat layout (files straight under bucc2018/) reads the same
    for f in folder.iterdir():
        f.rename(tmp_path / "bucc2018" / f.name)
    assert load_task(SPEC.tasks["bucc"], languages=["de"], data_dir=tmp_path).test == bucc.test
    # one language from the hub configs makes the whole task not comparable
    shutil.copytree(root / "google/xtreme/bucc18.fr", tmp_path / "google/xtreme/bucc18.fr")
    mixed = load_task(SPEC.tasks["bucc"], languages=["de", "fr"], data_dir=tmp_path)
    assert mixed.has_distractors is False and "BUCC fr come from the hub" in mixed.notes[0]


# ----------------------------------------------------------------------------- failures

def test_missing_data_offline_is_data_unavailable_at_once(tmp_path: Path) -> None:
    start = time.monotonic()
    with pytest.raises(DataUnavailable) as err:
        load_task(SPEC.tasks["mnli"], data_dir=tmp_path)
    msg = str(err.value)
    assert str(tmp_path / "nyu-mll" / "glue" / "mnli" / "train") in msg
    assert "nyu-mll/glue mnli train" in msg and "HF_HUB_OFFLINE" in msg
    assert "--data-dir" in msg and "HF_HOME" in msg and "mirror" in msg and msg.count(". ") == 0
    with pytest.raises(DataUnavailable, match="no --data-dir given"):
        load_task(SPEC.tasks["panx"], languages=["de"])
    for name in TASKS:  # every task, none hanging on the network
        with pytest.raises(DataUnavailable):
            load_task(SPEC.tasks[name], languages=None, data_dir=tmp_path)
    with pytest.raises(DataUnavailable, match="licensed"):
        count_train_rows(SPEC.tasks["ccg"], data_dir=tmp_path)
    assert time.monotonic() - start < 20


def test_hub_errors_become_data_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unreachable(src: sources.Source) -> None:
        raise ConnectionError(f"Couldn't reach '{src.hub_id}' on the Hub (LocalEntryNotFoundError)")

    monkeypatch.setattr(sources, "offline", lambda: False)
    monkeypatch.setattr(sources, "hub_load", unreachable)
    with pytest.raises(DataUnavailable, match=r"Couldn't reach 'google/xtreme' on the Hub") as err:
        load_task(SPEC.tasks["panx"], languages=["de"], data_dir=tmp_path)
    assert "PAN-X.en train" in str(err.value)


def test_udpos_falls_back_to_test_where_there_is_no_validation(tmp_path: Path) -> None:
    build_local_mirror(tmp_path, ("en", "kk"))
    # kk is not in jiant's UD-POS dev list (test only): a spec that asks for it falls back to test
    spec = replace(SPEC.tasks["udpos"], languages=SPEC.tasks["udpos"].languages + ("kk",))
    udpos = load_task(spec, languages=["en", "kk"], data_dir=tmp_path)
    assert list(udpos.test) == ["en", "kk"] and udpos.test["kk"]
    assert "kk: no validation split, evaluated on test" in udpos.notes


@pytest.mark.parametrize("change", [
    {"hub_id": "../../outside"}, {"hub_id": "/etc"}, {"config": "../../../tmp"}, {"config": "/abs"},
    {"train_from": ("nyu-mll/glue:..:train",)}, {"train_split": "../train"}, {"dev_from": ("a/b/c::x",)},
])
def test_names_that_could_escape_data_dir_are_refused(change: dict, tmp_path: Path) -> None:
    spec = dataclasses.replace(SPEC.tasks["mnli"], **change)
    with pytest.raises(TaskDataError, match="refused|bad source"):
        load_task(spec, data_dir=tmp_path / "data")
    with pytest.raises(TaskDataError, match="refused"):
        load_task(SPEC.tasks["panx"], languages=["../../de"], data_dir=tmp_path)
    with pytest.raises(TaskDataError, match="refused"):
        load_task(dataclasses.replace(SPEC.tasks["ccg"], name="../ccg"), data_dir=tmp_path)


def test_broken_local_files_are_clear_errors(tmp_path: Path) -> None:
    import datasets

    folder = tmp_path / "nyu-mll" / "glue" / "mnli"
    folder.mkdir(parents=True)
    (folder / "train.parquet").write_bytes(b"not a parquet file")
    with pytest.raises(TaskDataError, match=r"local copy .*train\.parquet.* could not be read") as err:
        load_task(SPEC.tasks["mnli"], data_dir=tmp_path)
    assert not isinstance(err.value, DataUnavailable)  # a broken copy is not silently replaced by the hub
    datasets.Dataset.from_list([{"text": "a", "label": 0}]).to_parquet(str(folder / "train.parquet"))
    with pytest.raises(TaskDataError, match=r"row 0 is not in the raw hub schema .*columns: text, label"):
        load_task(SPEC.tasks["mnli"], data_dir=tmp_path)
    (folder / "train.parquet").unlink()
    (folder / "train.jsonl").write_text('{"premise": "a", "hypothesis": "b", "label": 0}\n{broken\n')
    with pytest.raises(TaskDataError, match="could not be read"):
        count_train_rows(SPEC.tasks["mnli"], data_dir=tmp_path)
    write_bucc_originals(tmp_path, "de")
    (tmp_path / "bucc2018" / "de-en" / "de-en.test.gold").write_text("only-one-field\n")
    with pytest.raises(TaskDataError, match=r"de-en\.test\.gold line 1"):
        load_task(SPEC.tasks["bucc"], languages=["de"], data_dir=tmp_path)


# ----------------------------------------------------------------------------- mirror

def test_mirror_writes_the_layout_load_task_reads(tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datasets

    real = datasets.load_dataset
    calls: list[tuple] = []

    def fake_hub(path: str, name: str | None = None, *, split: str, revision: str | None = None, **kw: object):  # type: ignore[no-untyped-def]
        if path in ("parquet", "json"):  # the local readers go on working
            return real(path, name, split=split, **kw)
        calls.append((path, name, split, revision))
        got = sources.read_local("fake", sources.Source(path, name, split).folder(root), split)
        if got is None:
            raise ValueError(f"Unknown split {split!r}")
        return got[0]

    monkeypatch.setattr(datasets, "load_dataset", fake_hub)
    out = tmp_path / "mirror"
    written = mirror(SPEC.tasks["xnli"], out, languages=["en", "de"])
    assert written == [out / "nyu-mll/glue/mnli/train.parquet", out / "nyu-mll/glue/mnli/validation_matched.parquet",
                       out / "google/xtreme/XNLI/validation.parquet"]  # XNLI early-stops on MNLI dev
    assert calls == [("nyu-mll/glue", "mnli", "train", None), ("nyu-mll/glue", "mnli", "validation_matched", None),
                     ("google/xtreme", "XNLI", "validation", None)]
    assert load_task(SPEC.tasks["xnli"], languages=["en", "de"], data_dir=out).test == \
        load_task(SPEC.tasks["xnli"], languages=["en", "de"], data_dir=root).test
    mirror(SPEC.tasks["hellaswag"], out)
    assert calls[-1] == ("Rowan/hellaswag", None, "validation", "refs/convert/parquet")
    assert (out / "Rowan/hellaswag/default/train.parquet").is_file()
    with pytest.raises(DataUnavailable, match="licensed"):
        mirror(SPEC.tasks["ccg"], out)
