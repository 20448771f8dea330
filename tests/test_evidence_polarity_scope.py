"""Negation scope, habit adverbs, abstention verbs, "not all", the thing a polar word is said
of, and a rival passage that speaks to a numberless claim's predicate: each rule fires on
made-up sentences where it should and stays quiet where it should not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.opposites import confirms, negation_flip, polarity_clash, silent_on
from claimcheck.evidence.polarity import occurrences, polarity
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel

C, S = VerdictLabel.CONTRADICTED, VerdictLabel.SUPPORTED


def _signs(text: str, word: str) -> set[int]:
    return {o.sign for o in occurrences(text) if text[o.start:o.end].lower() == word}


def test_a_phrase_cue_negates_its_noun_phrase_not_the_verb_after_it() -> None:
    # "despite the lack of tuning ... performs well": the tuning is denied, not "well"
    assert _signs("Despite the lack of extra tuning our tagger performs remarkably well.", "well") == {1}
    assert _signs("Without any pretraining the tagger still performs well on tweets.", "well") == {1}
    # ... but it does deny the words of its own phrase
    assert _signs("The tagger runs without significant slowdowns.", "significant") == {-1}
    # ("challenging" points the negative way of its sense: denied, it turns round)
    assert _signs("Older corpora lack the kind of challenging questions found here.", "challenging") == \
        {-s for s in _signs("Older corpora hold the kind of challenging questions found here.", "challenging")}
    # a verbal cue keeps its whole clause
    assert _signs("The tagger does not perform particularly well on tweets.", "well") == {-1}


def test_performs_poorly_against_well_despite_a_lack_of_tuning() -> None:
    claim = "Without extra tuning, the Zorblax tagger performs poorly on Welsh tweets."
    assert polarity_clash(claim, "Despite the lack of extra tuning the Zorblax tagger performs surprisingly well on Welsh tweets.")
    assert polarity_clash(claim, "Despite the lack of extra tuning the Zorblax tagger performs poorly on Welsh tweets.") is None


@pytest.mark.parametrize("claim, source, clash", [
    ("Curriculum sampling is routinely used with recent tagging models.",
     "Curriculum sampling has helped before, but is not typically used with recent tagging models.", True),
    ("Curriculum sampling is rarely used with recent tagging models.",
     "Curriculum sampling is not usually used with recent tagging models.", False),
    ("Curriculum sampling is usually used with recent tagging models.",
     "Curriculum sampling is commonly used with recent tagging models.", False),
])
def test_habit_adverbs_say_how_usual_a_practice_is(claim: str, source: str, clash: bool) -> None:
    assert (polarity_clash(claim, source) is not None) is clash


def test_abstention_verbs_deny_what_follows() -> None:
    claim = "The Quokka parser combines recurrence with convolutions to encode long documents."
    assert negation_flip(claim, "The Quokka parser eschews recurrence and relies on convolutions to encode long documents.") is False
    assert negation_flip(claim, "The Quokka parser dispenses with recurrence, relying on convolutions to encode long documents.") is False
    assert negation_flip(claim, "The Quokka parser uses recurrence with convolutions to encode long documents.") is None


def test_a_modal_of_need_negates_the_verb_after_it() -> None:
    claim = "The adapter still has to compute gradients for most frozen weights."
    assert negation_flip(claim, "With the adapter we do not need to calculate gradients for most frozen weights.") is False
    assert polarity("we do not need to calculate gradients").heads >= {"need", "calculate"}
    assert negation_flip(claim, "With the adapter we need to calculate gradients for most frozen weights.") is None


def test_not_all_qualifies_a_universal() -> None:
    assert polarity("not all samplers benefit from more steps").partial
    assert not polarity("not all samplers benefit from more steps").universal
    claim = "Every sampler benefits monotonically from more steps."
    assert polarity_clash(claim, "Note that not all samplers benefit monotonically from more steps.")
    assert polarity_clash(claim, "Note that all samplers benefit monotonically from more steps.") is None


def test_an_intransitive_polar_verb_is_about_its_subject() -> None:
    # "the error falls in every domain" is about the error, as "raises the error" is
    claim = "Pruning raises the tagging error of Quokka in every domain."
    assert polarity_clash(claim, "We observe that the tagging error falls in all domains after pruning of Quokka.")
    assert polarity_clash(claim, "We observe that the tagging error rises in all domains after pruning of Quokka.") is None
    # ... and a polar verb about another subject says nothing of it
    assert polarity_clash("Pruning raises the tagging error of Quokka.",
                          "Pruning raises the tagging error of Quokka, while the baseline performs worst.") is None


def test_a_polar_word_is_said_of_the_name_after_it() -> None:
    claim = "Pruning hurts accuracy on WOBBLE."
    # the negated help is said of GLIMMER; the benefit of WOBBLE
    source = "Although pruning does not improve accuracy on GLIMMER, the benefit we observe on WOBBLE is large."
    assert polarity_clash(claim, source)
    assert polarity_clash("Pruning helps accuracy on WOBBLE.", source) is None


def test_confirms_and_silent_on() -> None:
    claim = "The Zorblax tagger performs poorly on Welsh tweets."
    assert confirms(claim, "In our tests, the Zorblax tagger performs poorly on Welsh tweets.")
    assert not confirms(claim, "We ran the Zorblax tagger on Welsh tweets.")
    assert silent_on(claim, "We ran the Zorblax tagger on Welsh tweets.")
    assert not silent_on(claim, "The Zorblax tagger performs well on Welsh tweets.")


def _judge(claim: str, sentences: list[str]) -> VerdictLabel:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)]
    version = SourceVersion("2101.00009", 1, passages, 1, "test")
    source = Source(Reference("x", "2101.00009", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


FILLER = ["We thank the anonymous reviewers.", "The appendix lists every hyper-parameter.",
          "Section 5 discusses limitations.", "Related work is reviewed in Section 2."]
SETUP = "Without any tuning, we ran the Zorblax tagger on Welsh dialect tweets."


@pytest.mark.parametrize("result, label", [
    # the best-matching passage only sets the scene; the one that speaks to "poorly" decides
    ("In our results the tagger performs surprisingly well on the Welsh tweets.", C),
    ("In our results the tagger performs poorly on the Welsh tweets.", S),
])
def test_a_rival_passage_that_speaks_to_the_predicate_decides(result: str, label: VerdictLabel) -> None:
    claim = "Without tuning, the Zorblax tagger performs poorly on Welsh dialect tweets."
    assert _judge(claim, [*FILLER[:2], SETUP, *FILLER[2:], result]) is label


def test_a_number_counting_another_thing_does_not_choose_the_passage() -> None:
    claim = "Span pretraining improves tagging accuracy in all 10 domains evaluated."
    sentences = [*FILLER[:2], "Across six domains, span pretraining improves tagging accuracy by 3.1 points over the baseline.",
                 *FILLER[2:], "The largest gain of span pretraining (10.0 points) is obtained for the noisiest domain."]
    assert _judge(claim, sentences) is C
    assert _judge(claim.replace("10", "six"), sentences) is S


def test_a_negated_plain_word_says_what_its_prefixed_opposite_says() -> None:
    claim = "Prompt tuning clearly helps the tagger on dialects the model has not seen."
    source = "We show that prompt tuning clearly helps the tagger on unseen dialects."
    assert polarity_clash(claim, source) is None and negation_flip(claim, source) is None
    # the plain word, not negated, is still the prefixed word's opposite
    assert polarity_clash("Prompt tuning clearly helps the tagger on dialects the model has seen.", source)


def test_a_verb_that_rules_out_negates_what_follows() -> None:
    claim = "Because the decoder is autoregressive, it cannot be parallelized across positions."
    assert negation_flip(claim, "The autoregressive decoder precludes parallelization across positions.") is None
    assert negation_flip("The autoregressive decoder is parallelized across positions.",
                         "The autoregressive decoder precludes parallelization across positions.") is False


def test_a_general_statement_about_a_named_model_is_not_stated_by_a_table_row() -> None:
    from claimcheck.evidence.retrieve import score_candidates

    rows = [Passage(f"Table 2, row Zorb-3 ({m}): # Trainable Parameters {p}M; Accuracy {a}", 3, "Table 2", "table-row", 10 + i,
                    row=f"Zorb-3 ({m})")
            for i, (m, p, a) in enumerate([("Adapter", 7.1, 71.9), ("Prefix", 3.2, 63.1), ("Bias", 14.2, 71.3)])]
    sentence = Passage("Note that not all adaptation methods on Zorb-3 improve monotonically with more trainable parameters.",
                       3, None, "sentence", 1)
    version = SourceVersion("2101.00009", 1, [sentence, *rows], 3, "test")

    def kinds(text: str) -> list[str]:
        return [p.kind for _, _, _, p in score_candidates(Claim(1, text, Mark.UNKNOWN, None, False), version, 4)]

    assert kinds("On Zorb-3, every adaptation method improves monotonically as trainable parameters are added.") == ["sentence"]
    # a claim with a number of its own is still stated by a row
    assert "table-row" in kinds("On Zorb-3, the adapter with 7.1M trainable parameters reaches 71.9 accuracy.")


def test_a_name_that_starts_with_v_and_digits_is_no_version_tag() -> None:
    from claimcheck.evidence.names import mentions

    assert mentions("We use NVIDIA Tesla V100 for all runs.", "V100")
    assert not mentions("We use NVIDIA Tesla P100 for all runs.", "V100")
    assert mentions("Results on Quiz 2.0 are lower.", "Quiz v2.0")
    assert not mentions("Results on Quiz 1.1 are lower.", "Quiz v2.0")


def test_intermediate_and_final_are_opposite_stages() -> None:
    claim = "Scores are reported from the best intermediate checkpoint of the tagger."
    assert polarity_clash(claim, "For all evaluations, we report scores from the final checkpoint of the tagger.")
    assert polarity_clash(claim, "For all evaluations, we report scores from the best intermediate checkpoint of the tagger.") is None


def test_an_exception_the_source_states_the_claim_of() -> None:
    claim = "Span masking improves the Quokka baseline on every task except in the legal domain, which Quokka already saw."
    assert polarity_clash(claim, "Even on the legal domain, which Quokka saw in pretraining, span masking improves over Quokka.")
    # the source excepts it too, or says nothing of it
    assert polarity_clash(claim, "Span masking improves over Quokka on all tasks with the exception of the legal domain.") is None
    assert polarity_clash(claim, "Even on the medical domain, span masking improves over Quokka.") is None


def test_the_source_excepts_what_the_claim_states() -> None:
    source = "Similarly, the Wobble tagger beats Quorb everywhere but on Zed and Yarrow."
    assert polarity_clash("The Wobble tagger beats Quorb on Yarrow.", source) is not None
    assert polarity_clash("The Wobble tagger beats Quorb on Xylem.", source) is None
    assert polarity_clash("The Wobble tagger beats Quorb on every task except Zed.",
                          "The Wobble tagger beats Quorb on all tasks except Zed.") is None
    assert polarity_clash("The Wobble tagger beats Quorb on Zed.", "The Wobble tagger beats Quorb on every task except Zed.") \
        is not None
    # "languages other than English" names a set; it excepts nothing from a universal
    assert polarity_clash("Labelled tweets rarely exist beyond Quorbish.",
                          "Labelled tweets are costly, and rarely exist in languages other than Quorbish.") is None


def test_a_relational_opposite_is_about_what_follows_it() -> None:
    # "in contrast to prior work, X helps" opposes nothing the claim confirms of X ...
    assert polarity_clash("The authors confirm that dropout helps the Wobble tagger on dialect tweets.",
                          "In contrast to prior work, we find that dropout helps the Wobble tagger on dialect tweets.") is None
    # ... but it opposes agreeing with the same findings
    assert polarity_clash("The Wobble results agree with the findings of Smith on dialect tagging.",
                          "In contrast with the findings of Smith, the Wobble results on dialect tagging are poor.") is not None


def test_what_a_verb_acts_on_picks_its_counterpart() -> None:
    source = "We remove the absolute character embeddings, and instead, add learned character embeddings at each layer."
    assert polarity_clash("The Wobble tagger keeps absolute character embeddings alongside its learned ones.", source) is not None
    assert polarity_clash("The Wobble tagger adds learned character embeddings instead of absolute ones.", source) is None
    assert polarity_clash("The Wobble tagger keeps learned character embeddings.", source) is None


def test_a_because_clause_is_out_of_the_negations_reach() -> None:
    source = "Prompting matters because it does not require a large corpus and because one tagger can do many tasks."
    assert _signs(source, "many") == {1}
    assert _signs("It does not require a large corpus and one tagger can do many tasks.", "many") == {-1}
    assert negation_flip("One prompted tagger can handle many tasks and needs no large corpus.", source) is None


def test_a_negated_polar_word_is_its_antonym_not_a_denied_verb() -> None:
    # "did not show large variance" says "showed little variance"
    source = "As the Wobble runs did not show large variance among seeds, we report a single order for the others."
    assert negation_flip("The Wobble runs showed little variance across seeds.", source) is None
    assert polarity_clash("The Wobble runs showed little variance across seeds.", source) is None
    # ... while a bare denial of the verb still flips
    assert negation_flip("The Wobble runs showed variance across seeds.",
                         "The Wobble runs did not show variance among seeds.") is False


@pytest.mark.parametrize("claim,source,clash", [
    ("The Wobble tagger works far better than the rule baseline.",
     "The Wobble tagger performs about the same as the rule baseline.", True),
    ("Vocabulary size should be grown faster than corpus size.",
     "We find that vocabulary size and corpus size should be scaled equally.", True),
    # a hedged difference may be as small as "about the same"
    ("The Wobble tagger works slightly better than the rule baseline.",
     "The Wobble tagger performs about the same as the rule baseline.", False),
    # another baseline of the same kind
    ("The Wobble tagger works far better than the lexicon baseline.",
     "The Wobble tagger performs about the same as the rule baseline.", False),
    # the source states a difference of its own
    ("The Wobble tagger works far better than the rule baseline.",
     "The Wobble tagger performs about the same as the rule baseline and better than the lexicon one.", False),
    # "rather than" compares nothing
    ("Vocabulary size rather than corpus size drives the gains.",
     "We find that vocabulary size and corpus size should be scaled equally.", False),
    # "as well as" joins a list
    ("The Wobble tagger scores higher than Quorb on dialect tweets.",
     "We evaluate the Wobble tagger on dialect tweets as well as Quorb.", False),
])
def test_a_difference_against_a_source_that_says_level(claim: str, source: str, clash: bool) -> None:
    assert (polarity_clash(claim, source) is not None) is clash


def test_a_sentence_against_the_predicate_outweighs_a_table_that_agrees_on_a_count() -> None:
    from claimcheck.evidence.judge import judge_version
    from tests.tablepassages import table_passages

    table = table_passages("Table 1", {"Quorb": {"Lemmy": "45.2", "Morfo": "44.1", "Zed": "46.0"},
                                       "Yarrow": {"Lemmy": "31.2", "Morfo": "30.9", "Zed": "33.3"}},
                           "Table 1: Results of the three taggers Lemmy, Morfo and Zed on each corpus.")
    note = Passage("(*) the Quorb and Yarrow numbers of the taggers are not comparable because of a change in tokenization.",
                   2, None, "sentence", 1)
    version = SourceVersion("2301.00003", 1, [note, *table], 2, "test")

    def judge(claim: str) -> VerdictLabel:
        return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label

    assert judge("The Quorb and Yarrow numbers of the three taggers are directly comparable.") is C
    # a measured value the table agrees with is left to the table
    assert judge("On Quorb, Zed scores 46.0, ahead of Lemmy's 45.2.") is S


def test_the_claims_word_said_of_the_same_thing_is_stated() -> None:
    source = ("While pre-training a large tagger has a considerable cost, tagging and inference also make up substantial "
              "compute usage (Smith, 2020). Due to being 4x smaller than Quorb, both the memory footprint and inference "
              "cost of Wobble are also smaller.")
    # "substantial compute" is the source's own, whatever "smaller" shares around it
    assert polarity_clash("Since tagging and inference also consume substantial compute, Wobble's being four times "
                          "smaller than Quorb cuts both its memory footprint and its inference cost.", source) is None
    # must still fire: the opposite word said of the same thing
    assert polarity_clash("Tagging and inference also make up negligible compute usage.", source) is not None


def test_two_exceptions_of_the_same_statement_differ() -> None:
    source = ("First, Wobble-L beats Quorb-7 on all reported corpora but Lemmy. "
              "Similarly, this tagger surpasses Yarrow-9 everywhere but on Lemmy and Morfo.")
    assert polarity_clash("Wobble-L beats Quorb-7 on all corpora but Lemmy, and Yarrow-9 on all but Lemmy and Tiber.",
                          source) is not None
    assert polarity_clash("Wobble-L beats Quorb-7 on all corpora but Lemmy, and Yarrow-9 on all but Lemmy and Morfo.",
                          source) is None
    # an item that holds the other's words is the same item
    assert polarity_clash("The tagging loss falls in every corpus but Lemmy, where it rises slightly.",
                          "The tagging loss decreases in all corpora except Lemmy after tuning, where it rises slightly.") is None


def test_a_passage_naming_the_claims_names_that_says_the_opposite_decides() -> None:
    from claimcheck.evidence.judge import judge_version

    sentences = ["We compare Wobble with other taggers, namely the closed taggers Quorb, Yarrow and Tiber, on all the "
                 "reported Lemmy, Morfo and Zorn corpora of the closed-tagger benchmark, as well as open taggers.",
                 "Training used eight machines.", "Each run took two days.", "We release the code.",
                 "First, Wobble-L outperforms Quorb-7 on all reported corpora but Lemmy.",
                 "Similarly, this tagger surpasses Yarrow-9 everywhere but on Lemmy and Morfo.",
                 *(f"Appendix {k} lists the settings of run {k}." for k in range(30))]
    version = SourceVersion("2301.00006", 1, [Passage(t, 1, None, "sentence", i) for i, t in enumerate(sentences)], 1, "test")

    def judge(claim: str) -> VerdictLabel:
        return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label

    # the list sentence matches best but names neither Wobble-L nor Quorb-7; the sentences
    # that do except other corpora
    assert judge("Wobble-L beats Quorb-7 on all reported closed-tagger corpora but Lemmy, and Yarrow-9 on all but "
                 "Lemmy and Zorn.") is C
    assert judge("Wobble-L beats Quorb-7 on all reported closed-tagger corpora but Lemmy, and Yarrow-9 on all but "
                 "Lemmy and Morfo.") is VerdictLabel.PARTLY_SUPPORTED


def test_the_only_things_where_a_word_fails_are_an_exception() -> None:
    from claimcheck.evidence.opposites import only_exception_stated

    source = ("In our tagging study, the only corpora where we do not observe improvements are the Old Norse Saga "
              "Treebank (ONST) files, where the rule-based tagger beats the neural one.")
    # the claim states of the excepted thing (or of all, it included) what the source denies of it
    assert only_exception_stated("The neural tagger shows improvements on every corpus, the ONST files included.", source)
    assert only_exception_stated("The neural tagger shows improvements on the Old Norse Saga Treebank files.", source)
    assert polarity_clash("The neural tagger shows improvements on every corpus, the ONST files included.", source) is not None
    # another thing, a claim that denies it too, or a source without a negation: nothing
    assert only_exception_stated("The neural tagger shows improvements on the Icelandic web files.", source) is None
    assert only_exception_stated("The neural tagger shows no improvements on the ONST files.", source) is None
    assert only_exception_stated("The neural tagger shows improvements on the ONST files.",
                                 "The only corpora where we observe improvements are the ONST files.") is None


def test_the_same_only_exception_is_no_clash() -> None:
    source = ("In our tagging study, the only corpora where we do not observe improvements are the Old Norse Saga "
              "Treebank (ONST) files, where the rule-based tagger outperforms the neural one.")
    # the same statement of the same thing: the trailing "outperforms" is no opposite of the denied word
    assert polarity_clash("The only corpora on which the neural tagger shows no improvements are the ONST files.", source) is None
    # of another thing, or with the word the other way, it still clashes
    from claimcheck.evidence.opposites import same_only_exception

    assert same_only_exception("The only corpora on which the neural tagger shows no improvements are the ONST files.", source)
    assert not same_only_exception("The only corpora on which the neural tagger shows no improvements are the Icelandic web files.",
                                   source)
    assert not same_only_exception("The only corpora on which the neural tagger shows improvements are the ONST files.", source)
    assert polarity_clash("The neural tagger shows improvements on every corpus, the ONST files included.", source) is not None
