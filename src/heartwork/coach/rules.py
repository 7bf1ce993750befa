"""Hand-written patterns for each label: they point at the words that show a pattern.

Rules do not decide on their own: each hit is a feature for the model (which learns,
for example, that "you always" in a thank-you is praise), and when the model settles on
a label, the rule's match is the span shown to the person. They run on masked, lower-cased
text (quoted and reported speech blanked out), so other people's words never match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

YOU = r"(?:you|u|ya)"
YOURE = r"(?:you'?re|you are|ur|u r|youre)"
INTENS = r"(?:so|such an?|really|really an?|just|just an?|a|an|the most|totally|completely|truly|seriously|honestly|pretty|an absolute|a complete|a total|literally|always|always so|being|acting|too|way too)?"
TRAITS = (
    r"(?:lazy|selfish|useless|hopeless|careless|thoughtless|inconsiderate|immature|childish|"
    r"clueless|stupid|dumb|idiot|an idiot|irresponsible|pathetic|unbelievable|impossible|"
    r"controlling|cold|heartless|mean|cruel|rude|arrogant|stubborn|paranoid|dramatic|"
    r"needy|clingy|jealous|obsessed|addicted|cheap|stingy|greedy|fake|liar|a liar|coward|"
    r"a coward|spineless|weak|boring|insensitive|self-?centred|self-?centered|self-?absorbed|"
    r"disgusting|gross|annoying|exhausting|toxic|crazy|insane|ridiculous|negative|critical|"
    r"disorganised|disorganized|messy|a mess|a slob|slob|flaky|unreliable|tactless|fussy|"
    r"a know-?it-?all|know-?it-?all|bossy|nagging|a nag|lame|incompetent|a baby|a child|"
    r"a joke|a loser|loser|useless|worthless|a waste of space|hypocrite|a hypocrite|"
    r"manipulative|passive-?aggressive|sloppy|clumsy|moody|difficult|impatient|ungrateful|"
    r"spoiled|spoilt|entitled|vain|shallow|petty|nosy|a control freak|a snob|snobby|"
    r"neurotic|hysterical|oversensitive|too sensitive|sensitive|rigid|uptight|tight|mean)"
)
FEEL_NEG = (
    r"(?:angry|mad|furious|crazy|insane|miserable|sad|anxious|nervous|stressed|sick|ill|"
    r"upset|jealous|small|stupid|ugly|worthless|useless|lonely|alone|invisible|unwanted|"
    r"unloved|crap|awful|terrible|bad|guilty|ashamed|embarrassed|humiliated|exhausted|"
    r"tired|nuts|up the wall|round the bend|scream|cry|want to scream|want to cry|feel like "
    r"an idiot|feel like a fool|feel like crap|feel like nothing|feel like a maid|feel like "
    r"a servant|feel like a slave)"
)


@dataclass(frozen=True)
class Rule:
    label: str
    name: str
    pattern: re.Pattern[str]
    # The top-level alternatives, each compiled alone: small patterns that the trigger
    # index can skip one by one (see features.parse).
    branches: tuple[re.Pattern[str], ...]


def top_level_alternatives(pattern: str) -> list[str]:
    """Split ``a|b(c|d)|e`` into ``a``, ``b(c|d)``, ``e``."""
    parts, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _rules(label: str, **patterns: str) -> list[Rule]:
    # Lower-case patterns run on lower-cased text: much faster than re.IGNORECASE.
    return [
        Rule(label, name, re.compile(p), tuple(map(re.compile, top_level_alternatives(p))))
        for name, p in patterns.items()
    ]


RULES: list[Rule] = [
    *_rules(
        "criticism",
        trait=rf"\b{YOURE}\s+(?:{INTENS}\s*)?{TRAITS}\b",
        what_is_wrong=r"\bwhat(?:'s| is)\s+(?:wrong|the matter)\s+with\s+(?:you|u)\b",
        kind_of_person=rf"\b{YOU}\s+(?:are|'re)?\s*(?:the kind|the type|that kind) of person\b",
        you_never_care=rf"\b{YOU}\s+(?:don'?t|do not|never)\s+(?:care|think)\s+about\s+(?:anyone|anybody|me|us|this family|anything)\b",
        typical=r"\b(?:typical|classic)\s+(?:you|of you)\b",
        feel_like_you=rf"\bi\s+(?:feel|felt)\s+(?:like|that)\s+{YOU}(?:'re| are| r)\b",
        no_x=r"\bno (?:backbone|spine|brain|clue|shame|respect)\b",
        your_problem=rf"\b(?:the|your) problem is (?:that )?{YOU}\b",
        how_hard=r"\bhow hard (?:is|can) it\b",
    ),
    *_rules(
        "contempt",
        eye_roll=r"🙄|\beye ?roll\b|\*rolls eyes\*",
        medal=r"\b(?:do you want|want) a (?:medal|trophy|gold star|cookie|round of applause)\b",
        genius=r"\b(?:nice (?:one|job|going|work)|good job|well done|great job|bravo|congrat\w*),?\s+(?:genius|einstein|sherlock|champ|hero|captain obvious)\b|\bgenius\b",
        poor_baby=r"\b(?:oh,?\s+)?poor (?:baby|you|thing|little)\b|\bboo[- ]?hoo\b|\bcry me a river\b",
        insult=r"\b(?:idiot|moron|muppet|loser|pathetic|joke|clown|child|imbecile|brat|drama queen|princess|psycho|nutcase|waste of space|embarrassment|disgrace|parasite|leech)\b",
        sarcasm=r"\b(?:wow|oh wow|oh great|oh good|great|brilliant|fantastic|lovely|amazing|sure)[,!.]*\s+(?:thanks|thank you|job|work|idea|plan|another|as usual|just what)\b|\bas usual\b|\bgood one\b|\bcool story\b|\bmust be nice\b|\bhow cute\b|\bwhat would i do without\b|\bsilly me\b|\bof course you did\b|\byeah,? right\b",
        disgust=r"\b(?:ugh|ew+|gross|disgusting|yuck|pfft|pff|lol)\b",
        superior=r"\b(?:a child could|even a child|i'?m not surprised|what did i expect|i expected nothing|who even|who would|get a grip|grow up|grow a pair|man up)\b",
        your_little=r"\byour little\b",
    ),
    *_rules(
        "defensiveness",
        not_my_fault=r"\b(?:it'?s|it is|that'?s|that is|it was|wasn'?t)\s+not\s+my\s+fault\b|\bnot my fault\b|\bwasn'?t my fault\b",
        you_too=rf"\b(?:well,?\s+)?{YOU}\s+(?:do|did|does)\s+(?:it|that|this)\s+too\b|\bso do you\b|\byou'?re one to talk\b|\blook who'?s talking\b|\bat least i\b|\byou (?:started|shouted first|did it first)\b",
        supposed_to=r"\bwhat (?:was|am) i (?:supposed|meant) to do\b|\bhow (?:was|am) i (?:supposed|meant) to\b|\bwhat (?:else )?(?:could|should) i have done\b|\bwhat more (?:do you want|was i supposed)\b|\bwhat was the alternative\b",
        i_was_just=r"\bi was (?:just|only)\b|\bi (?:only|just) (?:said|asked|did)\b|\bi didn'?t (?:mean|do anything|say anything)\b",
        yeah_but=r"\b(?:yeah|yes|ok|okay|sure|well),?\s+but\b|\bbut you\b|\bwell,? you\b",
        excuse=r"\bi (?:had|was|didn'?t have)\b.{0,30}\b(?:busy|tired|working|no time|no choice)\b|\bmy phone died\b|\bi forgot,? okay\b|\bit was (?:a|just a) joke\b|\blighten up\b|\bi'?m not the one\b|\bwhy is it always (?:on )?me\b|\bdon'?t blame me\b|\bi can'?t do anything right\b|\bsorry (?:if|that) you\b|\bsorry you feel\b|\bsorry,? but\b",
        you_didnt_say=rf"\b{YOU}\s+(?:didn'?t|never)\s+(?:say|tell|ask|mention)\b",
    ),
    *_rules(
        "stonewalling",
        whatever=r"^\s*(?:whatever|fine|ok|okay|k|sure|yeah|noted|cool)\s*[.!]*\s*$|\bwhatever\b",
        done=r"\bi'?m (?:done|finished|out)\b(?!\s+(?:with (?:work|dinner|the)|at))|\bthis (?:conversation|discussion) is over\b|\bwe'?re done\b|\bend of (?:discussion|story|conversation)\b",
        not_talking=r"\b(?:i'?m not|not|we'?re not|i am not|i won'?t be|i refuse to be)\s+(?:talking|discussing|doing this|having this|going (?:there|over this))\b|\bi don'?t want to talk\b|\bnothing to talk about\b|\bleave (?:it|me alone)\b|\bdrop it\b|\bforget it\b|\bdon'?t bother\b",
        silence=r"\bmuted\b|\bnot answering\b|\bsilent treatment\b|\bi have nothing (?:to say|more to say)\b|\bask someone who cares\b|\bgo talk to someone else\b|\btalk to the hand\b|\bno comment\b|\bdon'?t care\b|\bi don'?t care\b|\bwho cares\b|\bor never\b",
    ),
    *_rules(
        "blame",
        make_me=rf"\b{YOU}(?:'ve|'re| have| are)?\s+(?:make|makes|made|making|drive|drives|drove|driving|got|get|getting|put|putting)\s+me\s+(?:so\s+|feel\s+|feel so\s+|really\s+|completely\s+|want to\s+)?(?:{FEEL_NEG}|mad|up the wall|crazy|like)",
        because_of_you=r"\bbecause of (?:you|u)\b|\b(?:it'?s|it is) your fault\b|\byour fault\b|\bthanks to you\b",
        you_hurt_me=rf"\b{YOU}\s+(?:hurt|upset|humiliated|embarrassed|stressed|disappointed|annoyed|scared|ruined|wrecked|ruin|wreck)\s+(?:me|my|this|the|everything)\b|\b{YOU}(?:'ve| have)\s+(?:ruined|made|wrecked)\b|\b{YOU}(?:'re| are)\s+(?:stressing|upsetting|annoying|hurting|ruining|driving)\s+me\b",
        your_x_make=r"\byour\s+\w+(?:\s+\w+)?\s+(?:make|makes|made|drive|drives)\s+me\b",
    ),
    *_rules(
        "absolute",
        always_never=rf"\b{YOU}(?:'re|'ve| are| have)?\s+(?:always|never|constantly|forever|continually|ever)\b",
        every_time=r"\bevery (?:single )?(?:time|day|night|week|weekend|morning|evening|sunday|year|winter|christmas|holiday|conversation|argument|fight)\b|\ball the time\b|\bnot once\b|\bnot one (?:single )?time\b|\bagain and again\b|\bover and over\b|\bfor once\b|\bas always\b|\beverything i\b",
        always_verb=r"\b(?:always|never|constantly)\s+(?:do|does|did|leave|leaves|forget|forgets|interrupt|let|lets|make|makes|take|takes|put|puts|find|finds|have|has|get|gets|say|says|come|comes|turn|turns|think|thinks|listen|help|ask|call|text)\b",
    ),
    *_rules(
        "minimizing",
        overreacting=r"\b(?:you'?re|you are|stop|quit|ur)\s+(?:over ?reacting|being (?:dramatic|silly|sensitive|ridiculous|so sensitive|too sensitive|hysterical)|so dramatic|too sensitive|making (?:a|such a) (?:big )?(?:deal|fuss|thing)|making a mountain|blowing (?:it|this|things) (?:up|out of proportion))\b",
        not_big_deal=r"\b(?:it'?s|it is|that'?s|that is|it was|this is)\s+(?:not (?:a|that) big (?:of a )?deal|no big deal|not that bad|not a big thing|nothing|only|just a|just one|just|no biggie|a first-world problem|not worth (?:it|getting upset|crying|stressing))\b|\bno big deal\b|\bfirst-?world problem\b|\bcould be worse\b|\bat least it'?s not\b|\bothers have it worse\b",
        calm_down=r"\b(?:just\s+)?(?:calm down|relax|chill(?: out)?|get over it|move on|let it go|cheer up|toughen up|man up|don'?t be so|don'?t be (?:silly|dramatic|sad|upset)|don'?t cry|don'?t worry about it|stop (?:worrying|stressing|crying|moping|complaining|whining|sulking))\b",
        everything_upsets=r"\byou get (?:upset|worked up|angry|offended) (?:about|over) everything\b|\btoo personally\b|\bit'?ll pass\b|\byou'?ll (?:get over|be fine|survive)\b|\bsmall problems\b|\bover nothing\b|\bso small\b",
    ),
    *_rules(
        "fixing",
        should_just=rf"\b{YOU}\s+(?:should|could|need to|have to|ought to|must)\s+(?:just\s+)?\w+|\bjust\s+(?:tell|ask|quit|leave|ignore|say|get|do|go|stop|talk|call|try|take|have|buy|book|hire|drop|block|cut|grow|join|switch|put|make)\b",
        why_dont=r"\bwhy don'?t (?:you|u)\s+(?:just\s+)?\w+|\bhave you (?:tried|thought about|considered)\b|\bhave you thought of\b",
        what_you_need=r"\bwhat (?:you|u) (?:need|should do|have to do)\b|\bthe (?:answer|solution|trick|fix) is\b|\beasy fix\b|\bsimple(?:\s+fix)?[.!:]|\bit'?s simple\b|\bif i were you\b|\bif she|\bif he can'?t\b|\bjust don'?t\b|\bthat'?ll (?:sort|fix) it\b|\byou'?ll feel (?:loads |much )?better\b",
        imperative=r"^\s*(?:just\s+)?(?:tell|ask|quit|ignore|get|go|stop|talk|call|try|take|buy|book|hire|drop|block|cut|join|switch|put|make|have|start|write|sleep|nap|exercise|meditate)\s+\w+",
    ),
    *_rules(
        "i_statement",
        i_feel=r"\bi\s+(?:feel|felt|am feeling|'m feeling|was feeling|get|got|'m|am|was)\s+(?:(?:so|really|a bit|a little|quite|very|pretty|kind of|kinda|sort of|really quite|completely|deeply|incredibly)\s+)?(?:lonely|hurt|sad|scared|afraid|anxious|worried|nervous|overwhelmed|frustrated|disappointed|embarrassed|ashamed|jealous|insecure|unheard|unseen|invisible|ignored|dismissed|left out|taken for granted|unappreciated|unloved|unwanted|disconnected|distant|rejected|stressed|exhausted|drained|tired|angry|upset|annoyed|resentful|confused|uneasy|on edge|boxed in|blindsided|small|alone|lost|stuck|vulnerable|unsafe|torn|guilty|wobbly|neglected|forgotten|sidelined|overlooked|excluded|uncomfortable|tense|hopeless|helpless|irritated|grumpy|sore|raw|bruised|crushed|heartbroken|panicky|unsure|happy|loved|close|grateful|lucky|safe|relieved|proud|excited|hopeful|calm|seen|heard|cared for|appreciated|content|peaceful)\b",
        i_need=r"\bi\s+(?:need|'d love|would love|'d like|would like|want us to|really need|could (?:really )?use|'m asking for|am asking for|miss)\b",
        it_matters=r"\b(?:it|this|that) (?:matters|means) (?:a lot |so much )?to me\b|\bi'?m (?:tired of|struggling with|finding it hard)\b|\bi get (?:so )?(?:frustrated|anxious|worried|lonely|nervous)\b",
        when_you=r"\bi\s+(?:feel|felt|get)\s+\w+(?:\s+\w+)?\s+when\b",
    ),
    *_rules(
        "appreciation",
        thanks=r"\b(?:thank you|thanks|thank u|thx|ty|cheers for|grateful|appreciate|so glad you|lucky to have you|lucky i have you)\b",
        love=r"\bi (?:love|adore|admire|like) (?:you|u|how you|the way you|that you|it when you|watching you|falling asleep|being|spending|our|your)\b|\blove you\b|\bluv u\b|\bmiss you\b|❤|😍|🥰|💕|💖",
        praise=rf"\b{YOURE}\s+(?:{INTENS}\s*)?(?:amazing|wonderful|brilliant|incredible|the best|so good|so kind|beautiful|gorgeous|lovely|a star|a legend|a gem|sweet|thoughtful|kind|generous|funny|smart|clever|talented|patient|brave|strong|great|awesome|fantastic|such a good|a great|a wonderful|an amazing|my favou?rite|my rock|my person|unbelievable,)\b|\b(?:best|perfect|lovely|amazing|incredible|delicious|gorgeous|beautiful|wonderful)\b.{0, 40}\b(?:you|because you|with you)\b|\bproud of you\b|\byou make (?:everything|me) (?:feel )?(?:lighter|better|happy|safe|loved|so happy|laugh|smile)\b|\bwell done\b(?!,? genius)|\bnice work\b(?!,? genius)|\bgood job\b(?!,? genius)|\byou did (?:so|really) well\b",
    ),
    *_rules(
        "validation",
        makes_sense=r"\b(?:that|it|this)\s+(?:makes|made)\s+(?:total |complete |so much |perfect )?sense\b|\bmakes sense (?:that )?you\b|\bof course you'?re\b|\bof course you (?:feel|felt|are|were)\b|\bno wonder\b",
        sounds_hard=r"\b(?:that|it|this)\s+(?:sounds|sounded|must be|must have been|seems|is|was)\s+(?:so |really |incredibly |genuinely |very |such a |so very )?(?:hard|tough|awful|rough|painful|exhausting|frustrating|scary|lonely|unfair|stressful|draining|overwhelming|upsetting|horrible|difficult|heavy|a lot|maddening|infuriating|hurtful|disappointing|terrifying)\b",
        i_get_it=r"\bi (?:can )?(?:see|get|understand) (?:why|how|that)\b|\bi'?d (?:be|feel) (?:\w+ )?(?:too|the same)\b|\bwould (?:shake|upset|hurt|frustrate|scare) (?:me|anyone)\b|\banyone would\b|\byou have every right\b|\byou'?re right to\b|\byour feelings (?:are|aren'?t)\b|\bit'?s (?:okay|ok|normal|human|understandable|natural) to (?:feel|be)\b|\bi'?m so sorry (?:that|you|about|for your)\b|\bthat'?s so unfair\b|\bi hear (?:you|how)\b|\bit'?s (?:scary|hard|awful|painful|a lot)\b",
    ),
    *_rules(
        "reflection",
        sounds_like=r"\b(?:it )?sounds like (?:you|u|it was|it wasn'?t|what)\b|\bit sounds as if\b|\bso you(?:'re| are| were| felt| feel|'ve| have| didn'?t| don'?t| just| want| need| wanted)\b|\bso (?:it'?s|it was|it wasn'?t|the|for you|what)\b|\bwhat i'?m hearing\b|\bwhat i hear\b|\bif i understand\b|\bif i'?ve got (?:it|this) right\b|\blet me (?:make sure|check|see if) i\b|\byou'?re (?:telling|saying) (?:me )?(?:that )?\b|\bso basically\b|\bin other words\b|\byou felt\b|\bam i (?:right|getting this right)\b|\bdid i get that right\b|\bis that (?:right|it)\?",
    ),
    *_rules(
        "repair",
        sorry=r"\b(?:i'?m|i am|im|i was)\s+(?:so |really |truly |very )?sorry\b(?!\s+(?:if|you feel|but|that you))|\bi apologi[sz]e\b|\bmy (?:bad|fault|mistake)\b|\bsorry,? i\b|^\s*(?:oops,?\s*)?sorry\b(?!\s*(?:,\s*)?(?:but|if|you feel))|\bi owe you an apology\b",
        was_wrong=r"\bi was wrong\b|\byou'?re right\b|\bthat'?s on me\b|\bi (?:shouldn'?t|should not|should have|should'?ve)\b|\bno excuse\b|\bdoesn'?t excuse\b|\bi take (?:that|it) back\b|\bthat wasn'?t fair\b|\bi messed up\b|\bi screwed up\b|\bi let you down\b|\bi (?:was|got) (?:defensive|harsh|unfair|snappy|out of line)\b",
        pause=r"\b(?:let'?s|can we|could we|shall we|i need (?:to|a))\s+(?:take a |have a |a )?(?:break|pause|breather|minute|moment|time ?out|step back|cool down|calm down|start (?:over|again)|try (?:that |this )?again|reset|come back|pick this up|talk (?:tomorrow|later|in the morning|after|when))\b|\bcome back to (?:this|it)\b|\bpick (?:this|it) up\b|\bstart over\b|\bfresh start\b|\bdo(?:-| )over\b|\bi don'?t want to fight\b|\bcan we talk (?:tomorrow|later|after|at)\b",
        will_change=r"\bi'?ll (?:do better|fix it|make it up|try harder|work on|change|sort it|fill it|take it out|be more|make sure)\b|\bthat changes\b|\bfrom now on,? i\b|\bi'?m going to (?:work on|try|change|make)\b",
    ),
    *_rules(
        "open_question",
        what_how=r"\b(?:what|how)\s+(?:do|did|does|would|could|can|might|is|was|are|were|made|makes|helps|felt|feels|'s|has)\b[^?]{0,120}\?",
        tell_me=r"\b(?:tell me (?:more|about|what|how)|can you tell me|would you tell me|i'?d love to (?:hear|know)|i want to understand|help me understand|walk me through)\b",
        which_why=r"\b(?:which|what part|what'?s been|what bit|when did)\b[^?]{0,100}\?",
    ),
]

# Phrasings found while reading cross-validation errors on the train and dev splits.
RULES += [
    *_rules(
        "contempt",
        mock_question=r"\bare you (?:five|twelve|a child|serious|kidding|for real|stupid|deaf|blind)\b|\bwho (?:are you|do you think you are)\b|\b(?:do|are|did|can|would) you\?\s*$|\bisn'?t it\?\s*$",
        disgust_at_you=r"\byou disgust me\b|\bmakes? me sick\b|\byou'?re (?:embarrassing|a liar|so fake|disgusting|pathetic|a disgrace|an embarrassment)\b|\brubbish\b|\bclassic you\b",
        talk_down=r"\bsmall words\b|\byou wouldn'?t (?:get|understand) it\b|\b(?:adorable|cute|sweet) that you think\b|\bjust saying\b|\bhere we go\b|\bwaterworks\b|\bwhatever helps you sleep\b|\bsure,? sure\b|\bgot it\.?\s*$|\bbold\.?\s*$|\bshame (?:your|you)\b|\bexpert opinion\b|\bslow clap\b|\bnice try\b|\bmust be (?:nice|lovely)\b|\boh,? because you'?re so\b|\bwow\.\s",
    ),
    *_rules(
        "defensiveness",
        on_me=r"\bwhy is (?:this|it|that) (?:on|my) (?:me|fault)\b|\byou'?re the one (?:who|that)\b|\bi'?m the bad guy\b|\byou just don'?t notice\b|\bi do plenty\b|\bi think i know\b|\bi never promised\b|\bi said i'?d try\b|\bwhat are you talking about\b|\beveryone (?:does|drinks|else)\b|\byou'?re making it sound\b|\bmaybe if you'?d\b|\bi'?m not even\b|\bdon'?t lecture me\b|\bwhat do you want (?:me to do|from me)\b|\banyway\b|\bit'?s my (?:money|life|phone) too\b|\bi don'?t need your permission\b|\bnot like i\b|\bit'?s not like\b|\bi can'?t help it\b|\bi had no choice\b",
    ),
    *_rules(
        "stonewalling",
        # "night" only as a curt reply of at most three words ("k. bed. night", "fine.
        # goodnight"): a warm "I'm off to bed, good night." or "back at ten, don't wait up"
        # is not shutting anyone out (corpus README, "Stonewalling or not").
        shut_down=r"\bcan'?t be bothered\b|\bnot going to dignify\b|\bforget i said anything\b|\bbe like that\b|\bleave me out of it\b|\bno point (?:talking|in talking|trying)\b|\bare we done\b|\bnot reading\b|\bcan we not\b|\bdon'?t have the energy for (?:you|this)\b|^\s*(?:nope|no|pass|k|kk|noted)[.!]*\s*$|\bchecked out\b|\bdo what(?:ever)? you (?:like|want)\b|\bi'?m not listening\b|\bdon'?t text me\b|\bnothing for you\b|\bcan we stop\b|\bsleeping on the (?:couch|sofa)\b|\bi'?m going to my (?:mum|mom|mother|sister|brother|friend)'?s\b|\bnot opening\b|\btoo tired for this\b|\bnot (?:now|tonight|today)\.?\s*$|^\W*(?:[\w']+\W+){0,2}\b(?:good ?night|night)\W*$",
    ),
    *_rules(
        "minimizing",
        dismiss=r"\bbig deal\b|\b(?:over|too) ?sensitive\b|\bnothing to be (?:scared|worried|upset|sad) (?:of|about)\b|\b(?:why|how) (?:would|could|can) you (?:be|feel) (?:lonely|sad|upset|jealous|scared|worried|bored|stressed)\b|\bit doesn'?t matter\b|\bdon'?t take it (?:so )?(?:personally|seriously)\b|\bcan'?t take a joke\b|\bignore (?:it|her|him|them)\b|\byou'?re acting like\b|\bout of proportion\b|\bnot that deep\b|\bcrying (?:over|about)\b|\bpoor you\b|\boverthinking\b|\ba bit much\b|\bevery little thing\b|\byou'?re just tired\b|\bit'?s (?:just|only) (?:a|an|one|hair|money|work|a job|a game)\b|\bget over (?:it|yourself)\b|\bno need to (?:be|get|make)\b|\bsnap out of it\b",
    ),
    *_rules(
        "appreciation",
        enjoyed=r"\bi (?:loved|enjoyed|adored|treasure)\b|\b(?:had|what) (?:a|such a) (?:great|lovely|wonderful|fun|nice|perfect|beautiful) (?:time|day|night|evening|weekend|morning)\b|\bthat was (?:lovely|perfect|wonderful|amazing|so nice|so much fun)\b",
        warmth=r"\bfavou?rite (?:things?|person|part)\b|\bstunning\b|\bproud of\b|\bbutterflies\b|\bmake me laugh\b|\bmy heart\b|\bkilled it\b|\bdying to see you\b|\bcrazy about you\b|\bcan'?t wait to see you\b|\byou make me feel (?:so )?(?:safe|loved|happy|better|special|wanted|like a better)\b|\bbest \w+ ever\b|\bin the best mood\b|\bfelt so close\b|\byou look (?:great|stunning|amazing|beautiful|lovely|gorgeous|good|handsome|wonderful)\b|\b(?:so|really) sweet\b|\bhow lucky\b|\blucky (?:i am|to have|me)\b|\bimpressed\b|\bunreal\b|\bin awe\b|\bi love (?:it|you|that)\b|\bmeans (?:so much|the world|a lot)\b|\byou'?re the best\b|\bhero\b|\bxx+\b|😘|🥹|👏",
    ),
]

RULES += [
    *_rules(
        "criticism",
        character=r"\byou'?re (?:incapable|hopeless|a (?:miserable|selfish|lazy|terrible|useless|bad) \w+|selfish to the core|just a)\b|\byou ruin everything\b|\byou have (?:zero|no) (?:backbone|self-control|willpower|spine|idea|shame|respect|empathy)\b|\bno (?:willpower|self-control)\b|\blet yourself go\b|\bwhy can'?t you be more like\b|\bwhat kind of (?:person|partner|man|woman|father|mother)\b|\bwhat is your problem\b|\bwhat'?s your problem\b|\beverything with you is\b|\byou only care about\b|\bi feel (?:like |that )?you(?:'re| are| don'?t| never| only)\b|\byou never think of anyone\b|\byour problem\b",
    ),
    *_rules(
        "fixing",
        advice=r"\bnext time,? (?:don'?t|just|leave|try|make|ask|tell)\b|\bproblem solved\b|\bhere'?s what you do\b|\byou need (?:a|to)\b|\b(?:book|try|drink|bring|shave|rewrite|block|ignore|buy|get|take|call|email|text|tell|ask|move|quit|leave) (?:one|that|more|in|it|his|her|their|your|a|an|the|them|him)\b|\bthat'?s (?:why|clearly the problem)\b|\bwhat would fix this\b|\byou know what would\b|\bhelps? with\b.{0,30}\btry\b|\blet'?s just\b",
    ),
    *_rules(
        "validation",
        understanding=r"\bsounds like (?:today|it|that|this|you'?ve had)\b.{0,40}\b(?:wore|hard|rough|awful|a lot|draining|exhausting|tough)\b|\bmust (?:feel|be|have been) (?:so |really )?(?:awful|hard|awkward|lonely|exhausting|horrible|scary|painful|frustrating)\b|\byou sound (?:really |so )?(?:stressed|tired|worn|down|upset|low|exhausted)\b|\bthat'?s a lot\b|\bit was a big deal to you\b|\bthat'?d make anyone\b|\bwould make anyone\b|\bat the end of your rope\b|\b(?:genuinely|really|so) (?:stressful|hard|draining|exhausting|frustrating)\b|\b(?:completely|totally|perfectly) (?:normal|understandable|valid|fair)\b|\bunderstandable\b|\bmakes sense to me\b|\bis okay\b|\bis ok\b|\bpoor thing\b|\bbless (?:your heart|you)\b|\byou must be (?:shattered|exhausted|so tired|knackered|worn out)\b|\bi can tell\b|\bof course it'?s\b|\bit hurts when\b|\bisolating\b|\bi'?m not surprised you\b|\bno wonder you\b",
    ),
]

RULES += [
    *_rules(
        "contempt",
        mock_thanks=r"[\"\u201c]\w+[\"\u201d]|\boh wait\b|\bexactly one\b|\ba whole\b|\bwhat a (?:feast|treat|surprise|shock|hero|genius|catch|gentleman|lady)\b|\b(?:incredible|amazing|impressive|heroic|truly inspiring|inspiring) (?:effort|stuff|work)\b|\bgive me a break\b|\bof course you'?d\b|\btl;?dr\b|\bvery moving\b|\bi'?m sure you (?:spent|tried|worked)\b|\bthanks so much for\b|\bhow (?:brave|generous|thoughtful) of you\b|\bwell,? look at you\b|\blook at you\b",
    ),
    *_rules(
        "defensiveness",
        not_me=r"\bwasn'?t me\b|\bi'?m allowed to\b|\bi told you\b|\byou weren'?t listening\b|\bisn'?t mine\b|\bhalf of it is your\b|\bblame me\b|\bi can'?t win\b|\bi never said\b|\bthat'?s not what i said\b|\band what about (?:when )?you\b|\bwhat about you\b",
    ),
    *_rules(
        "minimizing",
        shrug=r"\bpeople do it all the time\b|\bwho cares what\b|\byou'?ve had worse\b|\bprobably nothing\b|\byou'?ll be (?:normal|fine|ok|okay|alright)\b|\bit'?s not the end of the world\b|\bworse things happen\b|\bhappens to everyone\b|\beveryone (?:goes through|feels)\b",
    ),
    *_rules(
        "appreciation",
        looked=r"\byou looked (?:gorgeous|beautiful|amazing|stunning|lovely|great|handsome|wonderful|so good|radiant)\b|\bi hate fighting with you\b",
    ),
]

RULES_BY_LABEL: dict[str, list[Rule]] = {}
for _rule in RULES:
    RULES_BY_LABEL.setdefault(_rule.label, []).append(_rule)
