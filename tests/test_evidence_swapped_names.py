"""Names and years in the places the passage gives to others (``names.py``:
``slot_rival``, ``swapped_roles``, ``swapped_year``), and the verdicts they make. Made-up
sentences, each rule where it fires and where it must not."""

from __future__ import annotations

from claimcheck.evidence.judge import judge_version
from claimcheck.evidence.names import slot_rival, swapped_roles, swapped_year
from claimcheck.model import Claim, Mark, Passage, SourceVersion


def _version(*sentences: str) -> SourceVersion:
    return SourceVersion("9999.00001", 1, [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)], 1, "test")


def test_another_name_in_the_claims_slot_is_its_rival() -> None:
    passage = "We keep the layout of Quokka-Base and start every run from the Quokka-Base checkpoint."
    assert slot_rival("It keeps the layout of Wombat-9 and starts from the Wombat-9 checkpoint.", passage, "Wombat-9") == "Quokka-Base"
    assert slot_rival("The tagger fine-tunes Wombat-9 on forum posts.", "We fine-tune Quokka-Base on forum posts.", "Wombat-9") \
        == "Quokka-Base"


def test_a_name_in_another_slot_or_in_a_list_is_no_rival() -> None:
    # "trained on X" is not the slot of "we train Y"
    assert slot_rival("The parser was trained on Wikidump with Lion.", "We train Quokka with Lion rather than Adam.", "Wikidump") is None
    # a member of a set: the set only partly holds
    assert slot_rival("It is tested on Alpha, Beta and Wombat-9.", "It is tested on Alpha, Beta and Quokka-Base.", "Wombat-9") is None


def test_two_roles_given_the_other_way_round_are_swapped() -> None:
    passage = "We apply the adapter to Quokka for parsing and to Wombat for summarization."
    assert swapped_roles("The adapter is applied to Wombat for parsing and to Quokka for summarization.", passage) \
        == ("Wombat", "Quokka")
    assert swapped_roles("The adapter is applied to Quokka for parsing and to Wombat for summarization.", passage) is None
    # only one role named in the claim: nothing to swap
    assert swapped_roles("The adapter is applied to Quokka and Wombat.", passage) is None


def test_a_year_in_the_same_slot_is_swapped_but_a_citation_year_is_not() -> None:
    passage = "We used the March 2019 dump of the forum, which gave 4 GB of text."
    assert swapped_year("The corpus is the March 2018 dump of the forum.", passage) == ("2018", "2019")
    assert swapped_year("The corpus is the March 2019 dump of the forum.", passage) is None
    assert swapped_year("The tagger follows the 2018 recipe.", "The tagger follows Smith et al. (2019) closely.") is None


def test_the_verdicts() -> None:
    v = _version("For all runs we keep the layout of Quokka-Base and start from the Quokka-Base checkpoint.",
                 "We apply the adapter to Quokka for parsing and to Wombat for summarization.",
                 "We used the March 2019 dump of the forum.",
                 # the paper names the claim's model elsewhere: the claim is about this paper
                 "Zebu-Large is described in earlier work on tagging.",
                 # ... once among many sentences, so that it is no subject of the paper
                 *(f"Filler sentence {n} talks about weather patterns in region {n}." for n in range(20)))
    judge = lambda text: judge_version(Claim(1, text, Mark.UNKNOWN, None, False), v).label.value  # noqa: E731
    assert judge("Every run keeps the layout of Zebu-Large and starts from the Zebu-Large checkpoint.") == "contradicted"
    assert judge("The adapter is applied to Wombat for parsing and to Quokka for summarization.") == "contradicted"
    assert judge("The adapter is applied to Quokka for parsing and to Wombat for summarization.") == "supported"
    assert judge("We used the March 2017 dump of the forum.") == "contradicted"
    assert judge("We used the March 2019 dump of the forum.") == "supported"


def test_a_claim_that_adds_a_thing_keeps_the_passages_own_in_place() -> None:
    passage = "The tagger is evaluated on the Quokka benchmark of forum posts."
    assert slot_rival("The tagger was also evaluated on the Wombat benchmark.", passage, "Wombat") is None
    assert slot_rival("The tagger was evaluated on the Wombat benchmark.", passage, "Wombat") == "Quokka"


def test_a_name_in_capitals_is_not_the_word_in_lowercase() -> None:
    from claimcheck.evidence.names import mentions

    assert not mentions("We test on math word problems.", "MATH")
    assert mentions("We test on the MATH benchmark.", "MATH")
    assert mentions("We fine-tune BERT on it.", "BERT")
    assert mentions("the bert-base-uncased checkpoint", "BERT")  # an identifier, not the word


def test_a_claim_about_a_thing_the_paper_never_names_is_not_found() -> None:
    v = _version("The tagger is evaluated on the Quokka benchmark of forum posts and news.",
                 *(f"Filler sentence {n} talks about weather patterns in region {n}." for n in range(20)))
    judge = lambda text: judge_version(Claim(1, text, Mark.UNKNOWN, None, False), v).label.value  # noqa: E731
    # (the rest of the claim is found: 0.64 of its words)
    assert judge("The tagger was also evaluated on the Wombat benchmark of legal forum posts.") == "not found"
    assert judge("The tagger was also evaluated on the Quokka benchmark of legal forum posts.") != "not found"
    assert judge("The tagger was evaluated on the Quokka benchmark of forum posts and news.") == "supported"


def test_a_decimal_inside_a_name_is_part_of_it() -> None:
    from claimcheck.evidence.names import names_in

    assert names_in("We tune Corvid-1.3B and Heron-2.7-9B on news.") == ["Corvid-1.3B", "Heron-2.7-9B"]
    # a sentence's full stop after a name is no decimal
    assert names_in("We tune Corvid-2. Then Heron.") == ["Corvid-2", "Heron"]


def test_a_name_given_as_an_example_has_no_rival_in_the_passages_example() -> None:
    from claimcheck.evidence.names import slot_rival

    source = "The tagger matches strong baselines, including CRF-based taggers, on news with models of up to 1B parameters."
    assert slot_rival("The tagger is tested with models of up to 1B parameters, including Corvid-350M.", source,
                      "Corvid-350M") is None
    # without the example marker, the name the passage puts in the same place is a rival
    assert slot_rival("The tagger is initialised from the Corvid checkpoint.",
                      "The tagger is initialised from the Heron checkpoint.", "Corvid") == "Heron"


def _paper_about_quokka(*sentences: str) -> SourceVersion:
    title = Passage("Quokka: Fast Retrieval with Late Interaction", 1, None, "title", 0)
    body = [*sentences, *(f"Quokka handles topic {n} of the weather collection in region {n}." for n in range(8)),
            *(f"Filler sentence {n} talks about rainfall in valley {n}." for n in range(8))]
    passages = [title] + [Passage(s, 1, None, "sentence", i + 1) for i, s in enumerate(body)]
    return SourceVersion("9999.00002", 1, passages, 1, "test")


def test_a_thing_the_paper_never_names_is_not_found_beside_the_papers_own_subject() -> None:
    v = _paper_about_quokka("Quokka's pruning-friendly design enables vector-similarity indexes for end-to-end retrieval.",
                            "Zero-shot Quokka outperforms a linear probe on most of the Heron datasets.",
                            "We compare against the Heron encoder as a baseline.")
    judge = lambda text: judge_version(Claim(1, text, Mark.UNKNOWN, None, False), v).label.value  # noqa: E731
    # the paper's own name is in every passage: naming it finds nothing of the claim's other thing
    assert judge("Quokka's end-to-end retrieval uses a Bramble index.") == "not found"
    assert judge("Zero-shot Quokka outperforms a linear probe on Wombat.") == "not found"
    # a thing of the paper besides its own subject: the rest is stated, the unknown name is missing
    assert judge("Zero-shot Quokka outperforms a linear probe on most of the Heron and Wombat datasets.") == "partly supported"
    assert judge("Zero-shot Quokka outperforms a linear probe on most of the Heron datasets.") == "supported"
