"""Word classes: broad lists of words that tend to play the same part in a message.

The model learns a weight for each word it has seen, but a couple will use words the
corpus never had ("you're so inconsiderate", "you absolute muppet"). A class feature
("you're so <trait>") lets one weight cover the whole list, so a word the model never
saw in training still counts. The lists are ours, plain English, and kept broad: the
model decides how much each class matters for each label.
"""

from __future__ import annotations

_CLASSES: dict[str, str] = {
    # A character word said about a person: criticism when it is aimed at the partner.
    "trait": """
        selfish lazy careless inconsiderate thoughtless immature irresponsible clueless
        hopeless heartless cold controlling needy clingy stubborn arrogant rude mean cruel
        petty jealous possessive insecure negative boring cheap stingy tight spoiled
        entitled unreliable flaky disorganised disorganized messy sloppy self-absorbed
        selfcentered self-centred self-centered narcissistic manipulative dishonest
        two-faced fake weak spineless ungrateful unromantic unsupportive uncaring
        insensitive oblivious forgetful hypocritical hypocrite liar selfishness laziness
        unbearable impossible difficult exhausting demanding critical judgemental
        judgmental bossy nagging nag moody grumpy miserable cynical distant closed
        untrustworthy disloyal incompetent irresponsibly childish dramatic vain shallow
        greedy useless worthless clumsy slob slacker flake snob cheapskate tightwad
        lazybones workaholic control-freak overbearing smothering suffocating
    """,
    # Words that put a person down: insults, mock titles and disgust, and the words
    # sarcasm leans on ("wow", "bravo", "sweetie"), which warm messages use too.
    "insult": """
        idiot moron stupid dumb pathetic loser joke clown child baby brat princess genius
        einstein martyr saint sherlock champ superstar hero captain professor muppet
        numpty twit prat fool foolish ridiculous embarrassing disgusting gross pitiful
        laughable dimwit airhead halfwit imbecile cretin donkey dope doofus
        toddler teenager diva drama queen majesty highness lordship ladyship sweetie
        sweetheart darling mister missus buddy pal mate bro dude wow bravo congrats
        congratulations slow clap applause trophy medal award gold star
        🙄 👏 🤡 🏆 🥇 🤦 🤷 😒 🙃 💅
    """,
    # Words of warm praise and admiration.
    "praise": """
        amazing wonderful brilliant incredible gorgeous beautiful lovely kind thoughtful
        generous sweet patient brave funny clever smart talented gentle caring strong
        wise calm proud impressive stunning handsome cute adorable hilarious thoughtfully
        kindest sweetest best favourite favorite perfect precious special magic magical
        fantastic fabulous marvellous marvelous superb great excellent glowing radiant
        warm loving supportive steady reliable dependable considerate attentive sexy hot
        beautifully wonderfully brilliantly 🥰 😍 ❤️ ❤ 💕 💖 💗 💛 💙 💜 🤍 😘 🥹 ✨ 🙏
    """,
    # Gratitude.
    "thanks": """
        thanks thank thankful grateful gratitude appreciate appreciated appreciating
        cheers ta
    """,
    # Feelings a speaker can own: the heart of an "I" statement.
    "feeling": """
        hurt lonely sad scared afraid anxious worried nervous frustrated overwhelmed
        exhausted tired drained stressed angry upset disappointed embarrassed ashamed
        jealous insecure unheard unseen invisible unimportant unloved unwanted ignored
        neglected left rejected abandoned dismissed disrespected taken betrayed confused
        lost stuck trapped helpless hopeless guilty resentful bitter irritated annoyed
        furious livid heartbroken crushed devastated gutted miserable low down blue numb
        empty happy glad relieved grateful loved safe calm content close connected seen
        heard valued cared proud excited hopeful lucky peaceful secure touched moved
        uneasy tense panicky panicked shaky raw fragile sore lonesome homesick nostalgic
        vulnerable exposed humiliated small foolish overlooked unappreciated taken
        unsupported alone isolated frightened terrified worn burnt burned flat
    """,
    # Words that close a conversation down.
    "shutdown": """
        whatever fine k kk ok okay noted mhm mm hmm sure done enough drop leave bye
        goodnight night later forget nevermind nvm pass busy
    """,
    # Words that shrink a feeling.
    "shrink": """
        overreacting overreact overthinking overthink dramatic sensitive touchy paranoid
        silly ridiculous nothing relax chill calm breathe exaggerating exaggerate
        hysterical petty trivial minor tiny small little only just whining whinging
        moaning complaining fuss fussing big deal crisis end world worse luckier lucky
    """,
    # Apology and owning a mistake.
    "sorry": """
        sorry apologise apologize apologies apologising apologizing wrong fault mistake
        messed screwed blew regret regretted unfair owe forgive forgiveness
    """,
}

CLASSES_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in _CLASSES.items():
    for _word in _words.split():
        if _name not in CLASSES_OF.get(_word, ()):
            CLASSES_OF[_word] = (*CLASSES_OF.get(_word, ()), _name)
