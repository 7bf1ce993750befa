"""The coach's rewrites keep what the message was about and change only how it is said,
with a shape that fits each pattern; every flag explains complaint versus criticism
(issue #11)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import People, api_client, client_for
from django.utils.html import escape

from heartwork.coach import analyze
from heartwork.coach.labels import HARMFUL

# The line for a message whose point could not be read: before round 6 and now.
FALLBACK = re.compile(r"what just happened|I'd like us to talk\. When's a good moment")


def first(text: str) -> str:
    suggestions = analyze(text).suggestions
    assert suggestions, text
    return suggestions[0]


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("you never cook", ["cook"]),
        ("You're always on your phone at dinner.", ["phone", "dinner"]),
        ("You always leave your dirty socks on the floor.", ["socks", "floor"]),
        ("You forgot to pick up Mia from football. Again. Unbelievable.", ["Mia", "football"]),
        ("You spent £300 on a bike without asking me?? Typical.", ["£300", "bike"]),
        ("I'm the only one who ever cleans up in this house.", ["clean up"]),
    ],
)
def test_the_first_suggestion_keeps_the_behaviour_the_message_was_about(
    message: str, kept: list[str]
) -> None:
    suggestion = first(message)
    assert all(word in suggestion for word in kept), suggestion
    assert "this comes up" not in suggestion


def test_never_cook_becomes_a_feeling_and_a_request_about_cooking() -> None:
    suggestion = first("you never cook")
    assert suggestion.startswith("I feel ")
    assert "?" in suggestion and "cook one night this week" in suggestion
    assert "never" not in suggestion.lower()


def test_the_writers_own_feeling_word_is_kept() -> None:
    suggestion = first("I'm so lonely. You never come to bed at the same time as me.")
    assert "lonely" in suggestion and "come to bed" in suggestion


def test_shutting_down_becomes_a_break_with_a_time_to_come_back() -> None:
    suggestion = first("I'm done with wedding talk. goodnight.")
    assert "break" in suggestion and "wedding" in suggestion
    assert re.search(r"half an hour|tomorrow", suggestion)


def test_advice_becomes_an_offer_they_may_turn_down_for_listening() -> None:
    suggestion = first("You should just quit your job.")
    assert "Would it help to think about quitting your job" in suggestion
    assert "or would you rather I just listen?" in suggestion
    assert "I've been wondering" not in suggestion  # read as the writer's own plan


def test_shrinking_a_feeling_becomes_hearing_it() -> None:
    suggestion = first("It's just a haircut, it'll grow back.")
    assert suggestion.startswith("That sounds really hard")


@pytest.mark.parametrize(
    "message", ["what is even the point of you 🙄", "How can one person be this clueless?"]
)
def test_with_no_topic_the_fallback_is_plain_and_never_leans_on_this(message: str) -> None:
    for suggestion in analyze(message).suggestions:
        assert not re.search(r"\bthis\b", suggestion), suggestion


def test_every_flag_explains_complaint_versus_criticism() -> None:
    analysis = analyze("You never listen to me, you're so selfish!")
    harmful = [span for span in analysis.spans if span.label in HARMFUL]
    assert harmful
    for span in harmful:
        assert "A complaint names one thing they did and how it left you feeling" in span.why
        assert "criticism goes after who they are" in span.why


def test_the_cli_shows_the_rewrite_about_cooking() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "heartwork.cli", "coach", "you never cook", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "cook one night this week" in json.loads(result.stdout)["suggestions"][0]


def test_the_api_and_the_page_offer_the_rewrite_about_cooking(people: People) -> None:
    data = api_client(people.alice).post(
        "/api/coach/analyze", {"text": "you never cook"}, content_type="application/json"
    )
    assert "cook one night this week" in data.json()["suggestions"][0]
    page = client_for(people.alice).post("/coach/", {"text": "you never cook"})
    assert escape(data.json()["suggestions"][0]) in page.content.decode()


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        # a behaviour the first rewriter could not read
        ("You never let me finish a sentence.", "let me finish a sentence"),
        ("ugh you're disgusting, who leaves toenail clippings on the couch", "toenail clippings"),
        ("Why is it always me who says sorry first?", "says sorry first"),
        ("You humiliated me at that table and you didn't even notice.", "at that table"),
        # a feeling said as a picture is the writer's own words
        ("You always make me feel like a prisoner.", "like a prisoner"),
        # shutting down: a break from talking about the thing named
        ("He's your son, you talk to him. I'm done with it.", "your son"),
        ("Can we drop the church thing? Same argument every week.", "the church thing"),
        ("mmhm. off to the gym", "I'm off to the gym now"),  # where they go, and a time to return
        ("k. bed. night", "I'm going to bed now"),
        # defending: hearing them about what they raised
        ("Nobody told me the recycling was today.", "the recycling"),
        ("you tell your mum everything about us, so don't lecture me about privacy", "privacy"),
        ("Flights from here cost double, you know that. It's not about effort.", "cost double"),
        # shrinking and advice: the writer's view of the thing, the idea kept as an offer
        ("A grown adult scared of the dentist, honestly.", "the dentist"),
        ("ugh stop replaying it, it was a five minute presentation", "the presentation"),
        ("It's been a year, shouldn't you be over it by now?", "a year"),
        ("Just go to bed earlier and you won't be so tired.", "going to bed earlier"),
        ("Let's get a puppy in the spring, it'll help.", "a puppy"),
        # criticism with no behaviour still names the thing
        ("you always do this, making your religion my problem", "your religion"),
        ("You gave £200 to that charity without asking? You're so self-righteous.", "charity"),
        # a word about who they are: the situation it stands for, not the verdict
        ("You're so stubborn.", "when we can't find a middle ground"),
        ("You're so lazy, honestly.", "carrying most of the load"),
    ],
)
def test_the_first_suggestion_names_what_the_message_names_in_every_shape(
    message: str, kept: str
) -> None:
    suggestion = first(message)
    assert kept in suggestion, suggestion
    assert not FALLBACK.search(suggestion), suggestion


@pytest.mark.parametrize(
    ("message", "kept", "never"),
    [
        (
            "You're a scatterbrain. A grown adult who can't keep track of his keys.",
            "your keys",
            "scatter",
        ),
        ("God, you're clingy. It's a film.", "the film", "clingy"),
        ("sorry, but it's a tiny scratch and the pillar was in a stupid place", "scratch", "tiny"),
    ],
)
def test_the_thing_is_named_but_never_the_name_they_were_called_or_the_shrinking_word(
    message: str, kept: str, never: str
) -> None:
    suggestion = first(message)
    assert kept in suggestion, suggestion
    for suggestion in analyze(message).suggestions:
        assert never not in suggestion.lower(), suggestion


@pytest.mark.parametrize(
    "message", ["Whatever you say.", "whatevs, do what you like", "cool. cool cool cool."]
)
def test_giving_up_on_a_disagreement_says_so_instead_of_only_asking_for_a_break(
    message: str,
) -> None:
    suggestion = first(message)
    assert suggestion.startswith("I see it differently"), suggestion
    assert re.search(r"come back to it (in half an hour|tomorrow)", suggestion)


def test_a_guessed_feeling_is_not_pinned_to_a_thing() -> None:
    suggestion = first("you're so lazy, the bins have been full since Tuesday")
    assert "the bins" in suggestion
    assert "feeling hurt about" not in suggestion and "calmly" not in suggestion


def test_the_writers_own_feeling_and_the_thing_both_stay() -> None:
    suggestion = first("You always make me feel small in front of your friends.")
    assert "small in front of your friends" in suggestion
    assert "small about" not in suggestion  # not "I'm feeling small about your friends"


def test_a_condition_is_not_read_as_something_the_partner_did() -> None:
    for suggestion in analyze("not reading this till you've calmed down").suggestions:
        assert "when you calmed down" not in suggestion, suggestion


def test_a_hope_that_waves_the_feeling_away_is_not_said_back() -> None:
    for suggestion in analyze("It's a filling, not surgery. You'll live.").suggestions:
        assert "live" not in suggestion.lower().replace("deliver", ""), suggestion


def test_defending_keeps_that_the_writer_has_a_side_to_tell() -> None:
    suggestion = first("Why am I always the villain in this house?")
    assert "my side" in suggestion and "hear you" in suggestion


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("k. off to football.", "I'm off to football now"),
        ("I'm taking the dog out. Don't be here when I get back.", "I'm taking the dog out now"),
        ("not doing this. going for a walk", "I'm going out for a bit"),
    ],
)
def test_where_the_writer_goes_is_said_plainly_with_a_time_to_come_back(
    message: str, said: str
) -> None:
    suggestion = first(message)
    assert suggestion.startswith(said), suggestion
    assert "come back to it when I'm back" in suggestion


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "You make me feel guilty every time I want to go out.",
            "I feel guilty when I want to go out",
        ),
        ("I'm panicking about money because of you.", "I'm panicking about money"),
        (
            "Every time you sigh like that you make me feel like a burden.",
            "like a burden when you sigh",
        ),
        (
            "I'm dreading seeing them again, and honestly that's down to you",
            "I'm dreading seeing them",
        ),
        (
            "You made me feel so stupid in front of your sister.",
            "I felt stupid in front of your sister",
        ),
    ],
)
def test_blame_becomes_the_writers_own_feeling_with_its_moment_kept(
    message: str, said: str
) -> None:
    suggestion = first(message)
    assert said in suggestion, suggestion
    assert "because of you" not in suggestion and "every time" not in suggestion.lower()


@pytest.mark.parametrize(
    ("message", "idea"),
    [
        ("Just go over her head to HR.", "going over her head to HR"),
        (
            "Just move back to a ground-floor place, honestly.",
            "moving back to a ground-floor place",
        ),
        ("Just make a revision timetable and stick to it.", "making a revision timetable"),
        ("Ever thought about telling your mum how it made you feel?", "telling your mum,"),
        ("Maybe go up to the cemetery in the morning.", "going up to the cemetery in the morning"),
    ],
)
def test_the_idea_offered_is_the_one_the_advice_gave(message: str, idea: str) -> None:
    assert idea in first(message)


def test_a_brush_off_is_never_offered_as_an_idea() -> None:
    for suggestion in analyze("just stop crying").suggestions:
        assert "stopping crying" not in suggestion, suggestion


@pytest.mark.parametrize(
    "message",
    [
        "honestly you're lucky, could've been way worse",
        "Calm down, it's not a big deal. Everyone forgets birthdays.",
        "Oh no, a PowerPoint. However will you survive. Brave little soldier.",
        "My god, you're pathetic. Crying over a football match.",
    ],
)
def test_a_shrinking_reply_keeps_the_writers_view_instead_of_sympathy_they_never_offered(
    message: str,
) -> None:
    """Round-3 raters: "That sounds really hard" and "Can we talk about the dentist? It's
    been on my mind" lost the point of "it's not that bad", which is the writer's view."""
    suggestion = first(message)
    assert re.search(r"smaller than it feels to you|it feels bigger to you", suggestion)
    assert "sounds really hard" not in suggestion
    assert "on my mind" not in suggestion
    assert not {"pathetic", "survive", "brave", "lucky"} & set(
        re.findall(r"[a-z]+", suggestion.lower())
    )


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("I feel like you don't care about us anymore.", "you don't care about us anymore"),
        ("I feel like you made me look stupid on purpose.", "you made me look stupid"),
    ],
)
def test_a_verdict_said_as_an_impression_is_kept_as_the_writers_worry(
    message: str, kept: str
) -> None:
    """Round-3 raters said "no" to every "talk about what just happened": the fear is the point."""
    suggestion = first(message)
    assert f"I worry that {kept}" in suggestion, suggestion
    assert not FALLBACK.search(suggestion), suggestion


def test_a_belittling_little_and_sarcastic_praise_are_not_kept_as_the_point() -> None:
    assert "little" not in first("go back to your little games, it's all you're good for")
    assert "smaller than it feels" not in first("New haircut? Bold. Brave, even.")


@pytest.mark.parametrize(
    ("message", "kept", "never"),
    [
        (
            "The bins have been overflowing for a week. You make me feel like I live with a teenager.",
            "the bins",
            "teenager",
        ),
        ("You make me dread Christmas every year with your family drama", "your family", "drama"),
        ("honestly you're sending my blood pressure through the roof", "", "roof"),
        (
            "You embarrass me every time we go out with my friends.",
            "I feel embarrassed when we go out with my friends",
            "when you embarrass",
        ),
    ],
)
def test_digs_and_insult_comparisons_are_not_kept_in_what_the_rewrite_says(
    message: str, kept: str, never: str
) -> None:
    """Round-3 raters: "I feel like I live with a teenager", "when you send my blood pressure
    through the roof" and "your family drama" kept the dig the rewrite should take out."""
    suggestion = first(message)
    assert kept in suggestion, suggestion
    assert never not in suggestion, suggestion


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("decided already. not up for debate.", "not ready to change my mind"),
        ("it was ages ago, I'm not rehashing it", "rather not go over this again"),
        ("I'm not reading all that.", "a lot for me to take in"),
        ("Let it go. I'm not talking about it.", "not up for talking about this"),
    ],
)
def test_shutting_a_talk_down_keeps_the_reason_the_words_give(message: str, kept: str) -> None:
    """Round-3 raters: "a short break from this conversation" lost "it's settled", "it's
    old ground" and "it's too long"; the rewrite keeps the reason and still offers a way back."""
    suggestion = first(message)
    assert kept in suggestion, suggestion
    assert "break from this conversation" not in suggestion


def test_the_partners_decision_is_not_read_as_the_writers() -> None:
    assert "change my mind" not in first(
        "you've clearly already decided, so why ask me. I'm out of this"
    )


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        (
            "you go out with your friends every thursday and i don't say anything",
            "it's hard for me too when you go out with your friends every thursday",
        ),
        (
            "you tell your mum everything about us, so don't lecture me about privacy",
            "I hear you about privacy, and it's hard for me too when you tell your mum",
        ),
    ],
)
def test_a_complaint_answered_with_one_back_keeps_both_sides(message: str, kept: str) -> None:
    """Round-3 raters: "I can hear that you're upset about your friends" turned the writer's
    counter-complaint into the partner's."""
    assert kept in first(message)


def test_a_worry_keeps_the_thing_it_names_and_a_would_is_no_behaviour() -> None:
    worry = first("Honestly I feel like you never listen when I tell you the roses need pruning.")
    assert "I worry that you never listen when I tell you the roses need pruning" in worry
    verdict = first(
        "You're so irresponsible. You'd kill someone before admitting you got it wrong."
    )
    assert "kill" not in verdict, verdict


@pytest.mark.parametrize(
    ("message", "kept", "never"),
    [
        (
            "everyone commutes babe, my dad drove to Swindon and back for thirty years",
            "Part of me thinks everyone commutes,",
            "babe",
        ),
        (
            "Likes don't mean anything, why do you even care",
            "Part of me thinks likes don't mean anything,",
            "care",
        ),
        (
            "landlords are all like that, what did u expect?",
            "Part of me thinks landlords are all like that,",
            "expect",
        ),
        (
            "everyone gets tired, you're not special",
            "Part of me thinks everyone gets tired,",
            "special",
        ),
        (
            "Marco's harmless, you're imagining things.",
            "Part of me thinks Marco's harmless,",
            "imagining",
        ),
    ],
)
def test_a_shrinking_reply_keeps_the_reason_it_gives_not_a_line_that_fits_anything(
    message: str, kept: str, never: str
) -> None:
    """Round-4 raters said "no" to "I may be seeing this as smaller than it feels to you"
    for every message it was given: the reply's reason is its point. An order, a question
    and a name they were called are not reasons and stay out."""
    suggestion = first(message)
    assert suggestion.startswith(kept), suggestion
    assert "it feels bigger to you" in suggestion
    assert never not in suggestion.lower()


def test_a_shrinking_reply_that_gives_no_reason_does_not_invent_one() -> None:
    suggestion = first("honestly you're lucky, could've been way worse")
    assert not suggestion.startswith(("To me", "Part of me")), suggestion


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "eh, happens to everyone. not worth getting worked up over",
            "Part of me thinks it happens to everyone, but I can tell it feels bigger to you.",
        ),
        (
            "its literally just a text from ur ex, why r u being weird",
            "Part of me thinks it's just a text from your ex,",
        ),
        (
            "At least you got severance, lots of people don't.",
            "I was trying to look on the bright side: at least you got severance. But I can "
            "tell it feels bigger to you.",
        ),
    ],
)
def test_the_reason_of_a_shrinking_reply_is_owned_the_way_people_say_it(
    message: str, said: str
) -> None:
    """Round-5 raters called "To me, everyone commutes, but I may be seeing it as smaller
    than it feels to you" unnatural on 8 of its 10 rows: a person says "part of me thinks",
    and "at least …" is a bright side they were looking for."""
    suggestion = first(message)
    assert suggestion.startswith(said), suggestion
    assert "To me," not in suggestion and "literally" not in suggestion


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("you only reply when you need something", "you reply only when you need something"),
        ("You only text me when you're bored.", "you text me only when you're bored"),
    ],
)
def test_only_when_keeps_the_condition_that_is_the_point(message: str, kept: str) -> None:
    """Round-4 raters: "talk about what just happened" for "you only reply when you need
    something"; and cut at "when", "I feel hurt when you text me" says the opposite."""
    suggestion = first(message)
    assert kept in suggestion, suggestion
    assert not FALLBACK.search(suggestion), suggestion


@pytest.mark.parametrize(
    ("message", "said", "not_twice"),
    [
        (
            "Well you never told me it was tonight, how was I supposed to know?",
            "when you didn't tell me it was tonight. It would mean a lot to me if you did next "
            "time.",
            "tell me it was tonight",
        ),
        (
            "you never help with the kids' homework, I do it every night",
            "Could you take that on one night this week?",
            "help with the kids' homework",
        ),
    ],
)
def test_a_request_does_not_say_the_whole_behaviour_twice(
    message: str, said: str, not_twice: str
) -> None:
    """Round-5 raters called "Next time, could you tell me it was tonight?" stilted: a
    person names the behaviour once, then asks for "that"."""
    suggestion = first(message)
    assert said in suggestion, suggestion
    assert suggestion.count(not_twice) == 1, suggestion


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("What is it with you and lying about small stuff?", "when you lie about small stuff"),
        (
            "Maybe my friends would talk to you if you didn't stand in the corner like a lamp.",
            "when you stand in the corner.",
        ),
        (
            "would be nice if u made a bit of effort for me sometimes tho",
            "when you don't make a bit of effort for me.",
        ),
        (
            "Wow, thanks for doing the washing up. Oh wait, you didn't.",
            "when you don't do the washing up.",
        ),
        ("You always have to have the last word.", "when you have the last word."),
        ("You're never present anymore. Never.", "when you're not present."),
        ("Every family do, you get hammered. Every one.", "when you get hammered."),
    ],
)
def test_the_behaviour_sarcasm_and_questions_hide_is_the_point_not_a_side_noun(
    message: str, kept: str
) -> None:
    """Round-5 raters said "no" to "Can we talk about small stuff?", "… my friends?", "…
    the family?" and "I'd like to talk about the washing": the point is what the partner
    does, in a shape the plain "you …" reading skipped."""
    suggestion = first(message)
    assert kept in suggestion, suggestion
    assert not FALLBACK.search(suggestion) and "on my mind" not in suggestion


@pytest.mark.parametrize(
    ("message", "worry"),
    [
        (
            "Typical. You only care about how things look to other people.",
            "I worry that how things look to other people matters more to you than we do.",
        ),
        ("it feels like ur always busy when i need u", "I worry that you're busy when I need you."),
        (
            "I feel as though you're incapable of stopping once you start.",
            "I worry that you're incapable of stopping once you start.",
        ),
    ],
)
def test_a_verdict_said_as_a_feeling_or_an_only_is_kept_as_the_worry_it_is(
    message: str, worry: str
) -> None:
    """Round-5 raters said "no" to "talk about what just happened" for "you only care about
    how things look": the worry is the point; "always" and "so" stay out of it."""
    suggestion = first(message)
    assert worry in suggestion, suggestion
    assert "always" not in suggestion


@pytest.mark.parametrize(
    "message",
    ["I feel that you're impossible to live with.", "How can one person be this clueless?"],
)
def test_a_character_word_that_stands_for_many_things_gets_no_guessed_situation(
    message: str,
) -> None:
    """Round-5 raters: "when we can't find a middle ground" for "impossible to live with"
    and "when things get missed" for "clueless" guessed a situation the writer never
    named."""
    suggestion = first(message)
    assert "middle ground" not in suggestion and "get missed" not in suggestion, suggestion


def test_where_nothing_can_be_named_the_line_does_not_pretend_to_know_what_happened() -> None:
    """Round-5 raters said "no" to "talk about what just happened" when nothing had: the
    line says the feeling and asks to talk, and no more."""
    suggestion = first("lol okayyy")
    assert "what just happened" not in suggestion
    assert "talk" in suggestion and "?" in suggestion and len(suggestion) < 90, suggestion


@pytest.mark.parametrize(
    ("message", "kept", "not_the_point"),
    [
        (
            "Oh good, more bike parts on the kitchen table. Love what you've done with the place.",
            "bike parts",
            "about the kitchen table",
        ),
        (
            "Oh sure, fix the neighbour's bike, our gate's only been broken since March.",
            "our gate",
            "bike",
        ),
    ],
)
def test_what_there_is_more_of_and_what_is_shared_is_named_not_where_it_sits(
    message: str, kept: str, not_the_point: str
) -> None:
    """Round-5 raters said "no" to "talk about the kitchen table" and "the neighbour's bike":
    the point is what there is more of, and the thing that is ours."""
    suggestion = first(message)
    assert kept in suggestion and not_the_point not in suggestion, suggestion


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "I stood at that graveside on my own because of you. You've made the worst day of "
            "my year even worse.",
            "I stood at that graveside on my own, and it really hurt.",
        ),
        ("I'm falling apart and you've made it so much worse.", "I'm falling apart."),
        ("You scared me half to death not answering all night.", "when you don't answer all night"),
        ("u ruin every moment by filming it", "when you film it"),
    ],
)
def test_blame_keeps_what_the_writer_went_through_and_the_act_it_names(
    message: str, said: str
) -> None:
    """Round-5 raters said "no" to "talk about what just happened" for the graveside: with
    "because of you" taken out, what the writer went through is the point; "by filming
    it" and "not answering" are the behaviour behind "you ruin" and "you scared me"."""
    suggestion = first(message)
    assert said in suggestion, suggestion
    assert "because of you" not in suggestion and "worse" not in suggestion


def test_a_complaint_keeps_the_contrast_and_a_feeling_that_fits_it() -> None:
    """Round-5 raters: "when you sat there on your phone" lost the shopping the writer
    carried in alone, and "I felt misunderstood when you took ages in the shower" paired
    the feeling of defending with a complaint."""
    assert "while I carried all the shopping in" in first(
        "you just sat there on your phone while I carried all the shopping in"
    )
    shower = first("It's your fault we were late, you took forever in the shower.")
    assert "shower" in shower and "misunderstood" not in shower, shower


@pytest.mark.parametrize(
    "message",
    [
        "I'm lonely and fed up and it's all down to your foot-dragging.",
        "Honestly, Pat, I'm worn out, and it's your fussing that's doing it.",
    ],
)
def test_what_the_feeling_is_blamed_on_is_not_kept_as_the_topic(message: str) -> None:
    """Round-5 raters said the partner would not find "talk about your foot-dragging"
    kinder: the dig the feeling was put down to is not a topic."""
    suggestion = first(message)
    assert "foot-dragging" not in suggestion and "fussing" not in suggestion, suggestion


def test_an_event_done_by_doing_something_stays_in_the_past() -> None:
    suggestion = first("You humiliated me at the party by telling everyone about my diet.")
    assert "I felt humiliated when you told everyone about my diet" in suggestion, suggestion


def test_a_retort_you_never_question_is_not_read_as_something_they_never_do() -> None:
    """ "And you never leave your stuff everywhere?" means they do: "I feel … when you
    don't leave your stuff everywhere" said the opposite."""
    suggestion = first("Oh right, and you never leave your stuff everywhere?")
    assert "when you leave your stuff everywhere" in suggestion, suggestion
    assert "don't leave" not in suggestion


def test_the_second_act_of_a_behaviour_is_kept_and_the_dig_is_not() -> None:
    wash = first(
        "Impressive, really, how you can start a wash and walk away from it for three days."
    )
    assert "start a wash and walk away from it for three days" in wash, wash
    lodger = first(
        "Each time Dan texts about the kids you drop everything, and I'm left feeling like a "
        "lodger because of you."
    )
    assert "like a lodger" in lodger and "because of you" not in lodger, lodger
    paranoia = first("I'm not entertaining your paranoia tonight")
    assert "paranoia" not in paranoia and "break" in paranoia, paranoia


def test_the_writers_side_is_what_they_did_not_half_a_denial() -> None:
    """ "For what it's worth, I did." answered "I didn't forget the bins, I was waiting till
    the morning": the first two words of the denial were taken for the writer's side."""
    suggestion = first("I didn't forget the bins, I was waiting till the morning.")
    assert "For what it's worth, I was waiting till the morning." in suggestion, suggestion


def test_thanks_for_talking_down_keeps_what_they_did() -> None:
    """Round-5 raters: "I'd like to talk about my job" for "Thank you, Professor, for
    explaining my own job to me" took the side noun; the point is being explained to."""
    suggestion = first("Thank you, Professor, for explaining my own job to me.")
    assert "when you explain my own job to me" in suggestion, suggestion
    assert "Professor" not in suggestion


def test_a_shrinking_reply_that_is_only_a_count_names_that_thing() -> None:
    suggestion = first("One cigarette. You're acting like I robbed a bank.")
    assert "I may be seeing one cigarette as smaller" in suggestion, suggestion


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "you're being so dramatic about a two hour drive",
            "I may be seeing the two hour drive as smaller than it feels to you.",
        ),
        (
            "You worry way too much about every little lump.",
            "I may be seeing the lump as smaller than it feels to you.",
        ),
        (
            "You shouldn't feel upset about the neighbours' music, it's only till eleven.",
            "Part of me thinks it's only till eleven, but I can tell the neighbours' music "
            "feels bigger to you.",
        ),
    ],
)
def test_a_shrinking_reply_names_what_the_fuss_is_about(message: str, said: str) -> None:
    """ "I may be seeing this as smaller than it feels to you" fits any message (round-4
    and round-5 raters said "no" to it every time); "so dramatic about a two hour drive"
    names what it is about, without the shrinking word ("little")."""
    assert said in first(message)


@pytest.mark.parametrize(
    ("message", "never"),
    [
        (
            "Aw, nobody said well done to the big boy? Shall I make you a certificate?",
            "certificate",
        ),
        ("Thanks for the therapy session, I'll send you the invoice.", "therapy session"),
        ("wow a parking space, stop the presses, I'm soooo thrilled for you", "presses"),
        ("You're reckless behind the wheel and you don't care who's sitting next to you.", "wheel"),
        ("You had me worried sick, you know that?", "the sick"),
    ],
)
def test_a_prop_of_mockery_or_a_word_of_an_idiom_is_not_named_as_the_point(
    message: str, never: str
) -> None:
    """ "Can we talk about the certificate?", "… the presses?", "… the wheel?": the words of
    a joke or an idiom taken for the thing the message was about."""
    suggestion = first(message)
    assert never not in suggestion, suggestion


@pytest.mark.parametrize(
    ("message", "side"),
    [
        (
            "Sorry I missed the start of your gig but the trains were a nightmare.",
            "For what it's worth, the trains were a nightmare.",
        ),
        (
            "I'm late because Mum rang, and you know I can't just hang up on her.",
            "For what it's worth, I'm late because Mum rang.",
        ),
        ("He's my brother, should I have let him get evicted?", "he's my brother"),
    ],
)
def test_defending_keeps_the_writers_side_when_it_gives_one(message: str, side: str) -> None:
    """ "I want to hear you out. Then could I share how it looked from my side?" fits any
    defence; the writer's own side ("the trains were a nightmare") is what they meant."""
    assert side in first(message)


@pytest.mark.parametrize(
    ("message", "kept", "never"),
    [
        (
            "You never remember anything I tell you. You're just not a reliable person.",
            "when you don't remember things I tell you",
            "when you remember",
        ),
        (
            "You haven't once asked how I'm doing since the funeral.",
            "when you didn't ask how I'm doing since the funeral",
            "next time",
        ),
        (
            "I've been doing the mortgage paperwork, which you clearly don't count",
            "the mortgage paperwork",
            "when you don't count",
        ),
    ],
)
def test_what_they_never_do_is_said_whole_and_never_turned_around(
    message: str, kept: str, never: str
) -> None:
    """ "You never remember anything I tell you" became "I feel hurt when you remember":
    "anything … you" was taken for the rhetorical "is there anything you don't …"."""
    suggestion = first(message)
    assert kept in suggestion and never not in suggestion, suggestion


@pytest.mark.parametrize(
    ("message", "idea"),
    [
        ("What about a pottery class? That's how Leah made friends here.", "a pottery class"),
        ("what u need is a new job fr", "getting a new job"),
        (
            "Next time put your notes on cards so you're not relying on the screen.",
            "putting your notes on cards",
        ),
        ("The best is you go to the doctor tomorrow morning, first hour.", "going to the doctor"),
        (
            "Just trust the doctor, that's literally her job. Stop overthinking it.",
            "trusting the doctor",
        ),
    ],
)
def test_the_idea_is_kept_as_an_offer_however_the_advice_is_put(message: str, idea: str) -> None:
    """ "It makes sense that you're upset about the pottery class. What do you need from me
    right now?" took the idea for the trouble: the advice, however it is put, is offered."""
    suggestion = first(message)
    assert f"Would it help to think about {idea}" in suggestion, suggestion
    assert "What do you need from me" not in suggestion


def test_a_behaviour_said_plainly_comes_before_a_rhetorical_what_sort_of_person() -> None:
    suggestion = first(
        "You posted that photo without asking. What sort of person plasters their partner "
        "online without a word?"
    )
    assert "when you posted that photo without asking" in suggestion, suggestion
    assert "their partner" not in suggestion
