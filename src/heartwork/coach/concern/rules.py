"""Hand-written patterns for words that signal danger, one list per sub-kind.

They are the first net: plain reports of harm, threats, weapons, control and fear, in
the many shapes people write them. The model in ``model.py`` catches what they miss.
Patterns run on ``normalize(text)``: lower case, straight apostrophes, texting spellings
spelled out ("u" -> "you", "wanna" -> "want to"), so one pattern serves many voices.

A pattern marked ``guarded`` is a common word that idioms and jokes also use ("kill",
"dead", "die"): it is dropped when a guard in ``GUARDS`` covers the same words. Plain
reports of harm are never guarded: "she hits me when she drinks" is not "it hits me".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from heartwork.coach.text import SPELLING
from heartwork.coach.triggers import TriggerIndex

# The coach's texting spellings, and more that danger is written in.
_SPELLING = {
    **SPELLING,
    "wasnt": "wasn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "n": "and",
    "coz": "because",
    "rn": "right now",
    "ppl": "people",
    "thru": "through",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "unaliving": "killing",
    "meds": "pills",
    "tabs": "pills",
    "mum": "mom",
    "mam": "mom",
    "ma": "mom",
    "mummy": "mom",
    "mommy": "mom",
}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})


def normalize(text: str) -> str:
    """Lower case, straight quotes, texting spellings spelled out, spaces folded."""
    lowered = text.lower().translate(_APOSTROPHES)
    if not _SPELLING.keys().isdisjoint(_WORD.findall(lowered)):
        lowered = _WORD.sub(lambda m: _SPELLING.get(m.group(0), m.group(0)), lowered)
    return " ".join(lowered.split())


# Building blocks. ``P`` is the partner or someone close; ``ME`` the writer or what is theirs.
_PARTNER_NOUN = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|fianc[eé]e?|spouse|ex|man|woman|"
    r"other half|missus|mrs|hubby|bae|babe|baby daddy|baby mama|in-laws?|father-in-law|"
    r"mother-in-law|brother-in-law|son|daughter|dad|father|stepdad)"
)
P = rf"(?:he|she|they|you|him|her|them|my (?:\w+ )?{_PARTNER_NOUN}|his (?:\w+ )?(?:brother|mom|dad|family)|her (?:\w+ )?(?:brother|mom|dad|family))"
SUBJ = rf"(?:he|she|they|you|my (?:\w+ )?{_PARTNER_NOUN})"
BODY = (
    r"(?:face|neck|throat|arms?|wrists?|hair|head|ribs?|back|stomach|belly|chest|body|legs?|"
    r"jaw|eye|mouth|nose|shoulders?|hands?|fingers?|lip)"
)
ME = rf"(?:me|my {BODY}|us|the kids|my (?:son|daughter|baby|kids|children|child|boy|girl))"
GAP = r"(?:[\w',]+ ){0,4}?"  # up to four words between two parts
SHORTGAP = r"(?:[\w',]+ ){0,2}?"
WILL = r"(?:will|'ll|would|'d|is going to|'s going to|are going to|was going to|were going to|going to|threatened to|threatens to|threatening to|swore (?:he|she|they) would|said (?:he|she|they|you)(?:'d| would| will|'ll)|says (?:he|she|they)(?:'ll| will| would)|could|might|tried to|try to|wants to)"
_PILLS = (
    r"(?:pills?|tablets?|capsules?|painkillers?|paracetamol|tylenol|ibuprofen|advil|aspirin|"
    r"sleeping (?:pills|tablets)|antidepressants?|insulin|oxy\w*|xanax|valium|lithium|"
    r"codeine|morphine|benzos?|whatever was in the cabinet|everything in the (?:cabinet|drawer))"
)
_WEAPON = (
    r"(?:guns?|pistol|handgun|rifle|shotgun|firearm|revolver|glock|knife|knives|blade|"
    r"machete|razor|box ?cutter|axe|hatchet|crowbar|baseball bat|bat|hammer|bayonet|cleaver|"
    r"sword|taser)"
)
_HIT = (
    r"(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|"
    r"chok(?:ed|es|ing)|strangl(?:ed|es|ing)|shov(?:ed|es|ing)|push(?:ed|es|ing)|"
    r"grab(?:bed|s|bing)|beat(?:s|ing|en)?|smack(?:ed|s|ing)?|shook|shakes|shaking|"
    r"pinn(?:ed|ing)|pins|bites|bitten|spat (?:on|at)|spit (?:on|at)|"
    r"burn(?:ed|t|s)|elbow(?:ed|s)|headbutt(?:ed|s)?|whack(?:ed|s)|thump(?:ed|s)|clock(?:ed|s)|"
    r"backhand(?:ed|s)|body-?slam(?:med|s)|squeez(?:ed|es|ing)|twist(?:ed|s|ing)|"
    r"knock(?:ed|s)|threw|throws|throwing|hurl(?:ed|s)|attack(?:ed|s)|assault(?:ed|s)|"
    r"bruis(?:ed|es)|injur(?:ed|es)|manhandl(?:ed|es)|rough(?:ed|s)? (?:me )?up|"
    r"laid (?:a )?hands? on|lays? hands? on|put (?:his|her|their) hands? on|"
    r"held me down|holds me down|sat on me|locked me|lock me|trapped me|cornered me)"
)


class Pattern(NamedTuple):
    kind: str
    sub: str
    name: str  # "<family>.<n>": the model and the docs refer to a pattern by it
    regex: re.Pattern[str]
    guarded: bool
    # A sure pattern flags on its own whatever the model reads around it: no joke, story or
    # "lol" can talk it down, and its trust is not left to the training data.
    sure: bool = False


def _p(
    kind: str,
    sub: str,
    *alternatives: str,
    guarded: bool = False,
    sure: bool = False,
    family: str = "",
) -> list[Pattern]:
    """One pattern per alternative, so the word index runs only those that can match."""
    return [
        Pattern(
            kind,
            sub,
            f"{family or sub}.{n}",
            re.compile(r"\b(?:" + alternative + r")(?!\w)"),
            guarded,
            sure,
        )
        for n, alternative in enumerate(alternatives)
    ]


# An overdose told in any tone: what was swallowed ("everything", "the lot", a whole
# packet of pills), then how long ago or what the body is doing now.
_THE_LOT = (
    r"(?:everything|all of (?:it|them|those|these)|them all|it all|em all|the lot|the whole lot|"
    r"every (?:last |single )?(?:one|pill|tablet|capsule)|whatever (?:was|i could find|i had|i'd saved)|"
    r"what i(?:'d| had) (?:saved|been saving|left))"
)
# "took everything" is also a move or a burglary, "downed the lot" a round of drinks and
# "ate the lot" a takeaway: other verbs need "the lot" or "them all" (took, popped) or pills.
_TOOK_ALL = r"(?:took|taken|popped)"
_TOOK_PILLS = r"(?:took|taken|downed|necked|popped|had|ate)"
_THEM_ALL = (
    r"(?:all of them|them all|em all|the lot|the whole lot|every (?:last |single )?(?:one|pill|tablet|capsule)|"
    r"whatever i(?:'d| had) (?:saved|been saving)|what i(?:'d| had) (?:saved|been saving))"
)
_MANY_PILLS = (
    r"(?:all|every|the whole|a whole|the rest of|a (?:full )?(?:bottle|packet|pack|box|strip|handful|jar|load)|"
    r"(?:[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|dozens|loads|lots|heaps|half|most)) "
    rf"(?:of )?(?:the |my |his |her |our |them |those |these )?(?:[\w']+ ){{0,3}}?{_PILLS}"
)
_AGO = (
    r",? (?:about |like |around |maybe |roughly |nearly |just |over |at least )?"
    r"(?:an?|half an|one|two|three|a couple of|a few|ten|fifteen|twenty|thirty|forty|\d+) ?"
    r"(?:hours?|hrs?|min(?:ute)?s?) ago"
)
_SYMPTOM = (
    r"(?:can't feel my \w+|(?:heart|chest)(?:'s| is) (?:\w+ )?(?:racing|pounding|slowing|hammering|"
    r"fluttering|going (?:funny|weird|crazy|mad))|(?:room|head|everything)(?:'s| is) (?:\w+ )?spinning|"
    r"(?:getting|feeling|feel|i'm|so|really|very) (?:\w+ )?(?:sleepy|drowsy|dizzy|floaty|woozy|numb|"
    r"heavy|faint|peculiar|funny|weird|strange)|can't (?:breathe|keep my eyes open|stay awake|"
    r"see (?:properly|straight)|stand up|move my)|going (?:numb|dark|black|blurry|fuzzy|cold)|"
    r"(?:vision|eyes)(?:'s| is| are) (?:going )?(?:blurry|dark|fuzzy)|throwing up|being sick|vomit\w*|"
    r"hands (?:won't|don't|aren't) work\w*)"
)


_GROUPS: tuple[list[Pattern], ...] = (
    # ---- self-harm, most urgent first --------------------------------------------------
    _p(
        "self_harm",
        "in_progress",
        # "swallowed everything." / "i've swallowed the lot with the wine": nobody swallows
        # everything harmlessly (their pride, the ground swallowing them: other words).
        rf"(?:swallowed|swallowing) (?:[\w']+ ){{0,2}}?{_THE_LOT}(?= *(?:$|[^\w\s]|now|already|just|lol|lmao|haha|with|in the|from the|about|like|an hour|half an hour|\d|and (?:i|i'm|now|my|feel|it)\b))",
        # "took the lot twenty minutes ago", "necked the whole box of tablets an hour ago"
        rf"(?:(?:swallowed|swallowing) (?:[\w']+ ){{0,2}}?{_THE_LOT}|{_TOOK_ALL} (?:[\w']+ ){{0,2}}?{_THEM_ALL}|{_TOOK_PILLS} (?:[\w']+ ){{0,2}}?{_MANY_PILLS}){_AGO}",
        # "downed a whole packet of paracetamol ... can't feel my hands"
        rf"(?:(?:swallowed|swallowing) (?:[\w']+ ){{0,2}}?{_THE_LOT}|{_TOOK_ALL} (?:[\w']+ ){{0,2}}?{_THEM_ALL}|{_TOOK_PILLS} (?:[\w']+ ){{0,2}}?{_MANY_PILLS})\b.{{0,100}}?{_SYMPTOM}",
        sure=True,
        family="overdose",
    ),
    _p(
        "self_harm",
        "in_progress",
        rf"(?:took|taken|take|swallowed|downed|had|necked|chugged|popped|ate) (?:all|every|the whole|a whole|the rest|a (?:full )?(?:bottle|packet|pack|box|strip|handful|bunch|load|jar)|(?:[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|dozens|loads|lots|heaps|half|most)) (?:of )?(?:the |my |his |her |our |them |those |these )?{GAP}{_PILLS}",
        rf"{_PILLS} (?:are|is|'re|'s) (?:already )?(?:in me|kicking in|working|down|taking effect|starting)",
        r"(?:took|taken|swallowed|downed) (?:them|it) all",
        r"(?:mixed|mixing|washed|washing) (?:them|the pills|pills|it) (?:down )?(?:with|and) (?:vodka|wine|alcohol|whiskey|the bottle|booze|drink)",
        r"(?:bleeding|blood) (?:a lot|heavily|badly|everywhere|won't stop|isn't stopping|all over|so much)",
        r"(?:cut|went) (?:too|really|so) deep",
        r"(?:standing|sitting|stood|sat|perched|climbed) (?:on |at |over )?(?:the )?(?:edge|ledge|railing|rail|parapet|wrong side|other side|top of the (?:car park|parking garage|building|cliff))",
        r"(?:by the time you (?:read|see|get) this|this is (?:my )?goodbye|goodbye (?:forever|for good|everyone|my love)|saying goodbye (?:now|tonight|to everyone)|final goodbye|last message|won't (?:be (?:here|around|alive)|wake up) (?:by|in|when|tomorrow)|won't see (?:the )?(?:morning|tomorrow|sunrise)|doing it (?:now|tonight|right now)|going to do it (?:now|tonight|right now)|it's (?:tonight|now)\b.{0,30}(?:end|die|go))",
        r"(?:rope|noose|belt|cord) (?:is )?(?:up|ready|tied|around my neck|over the)",
        r"(?:gun|pistol|knife|blade|razor) (?:is )?(?:in my hand|in my mouth|to my (?:head|wrist|throat|neck)|against my)",
        r"(?:engine|car) (?:is )?running in the (?:garage|shut)|hose (?:from|in) the exhaust|charcoal (?:burning|lit) in",
        r"(?:drank|drunk|drinking|swallowed|downed) (?:(?:some|half|a|the|bottle|cup|glass|can|of|most|all|that) ){0,5}?(?:bleach|antifreeze|poison|weed ?killer|drain cleaner|paraquat|pesticide|sheep dip|rat poison|slug pellets)",
        r"(?:starting|beginning) to feel (?:sleepy|drowsy|dizzy|numb|woozy|faint)\b.{0,40}(?:pills|took|swallowed)",
        r"(?:can't|cannot) stop the bleeding",
        r"(?:bottle|packet|box|strip)(?:'s| is) (?:now )?empty|(?:took|taken|swallowed|downed|had) (?:them|em|it|the lot|everything)(?: all| aw)? (?:like )?(?:an hour|half an hour|\d+ ?(?:min|mins|minutes|hours?)|a few minutes|a while) ago",
        r"(?:took|taken|swallowed|necked|downed) (?:them|em|it|the lot|everything) (?:all|aw|already)|already (?:swallowed|took|taken|drank|drunk) (?:em|them|it|the lot|what)",
        r"(?:i'm|i am) doing it (?:now|tonight)|it's done\b.{0,40}(?:took|swallowed|pills|feel funny|sleepy|heart)",
        r"(?:rope|noose)(?:'s| is) (?:up|ready|tied)|chair(?:'s| is) ready",
        r"(?:can't|cannot) feel my (?:fingers|hands|legs|feet|face)\b.{0,40}(?:working|pills|took|goodbye|love you|sorry)|think it'?s working",
        r"cut (?:\w+ )?deep\b.{0,40}(?:not stopping|won't stop|can't stop|bleeding|blood)",
        r"(?:standing|sitting|stood|sat|perched) on (?:the|a) (?:overpass|bridge|roof|ledge|edge|cliff|railway)\b.{0,90}(?:goodbye|love(?:d)? (?:you|her|him|them)|sorry|tell \w+|this is it|last|forgive)",
        r"(?:on|at) the (?:roof|edge|ledge|bridge|cliff|tracks)\b.{0,60}(?:this is it|goodbye|tell \w+ i love|forgive me|i'm sorry)",
        r"(?:up|on|at the top of|on top of|top of) (?:the |a )?(?:[\w']+ ){0,2}?(?:roof|ledge|bridge|cliff|silo|grain bin|ladder|water tower|tower|overpass|quarry|multi-?stor(?:e)?y|crane|pylon|viaduct)\b.{0,80}\b(?:this is it|goodbye|forgive me|tell \w+ i love|(?:left|leaving|wrote|written|writing) (?:[\w']+ ){0,3}?(?:note|letter))",
        r"drank (?:what was|whatever was|the stuff) under the sink|drank (?:the )?(?:sniper|pesticide|rat poison|paraquat)|(?:drink|drank|drunk) the sniper",
    ),
    _p(
        "self_harm",
        "plan_means",
        rf"(?:sav(?:ed|ing)|stockpil\w+|hoard\w*|collect\w*|count(?:ed|ing)|stash\w*|kept|keeping|been keeping|put aside|putting aside|hiding|hid) (?:up )?(?:all )?(?:my |the |some |a few |enough )?{GAP}{_PILLS}",
        rf"enough {_PILLS} (?:to|for)",
        r"(?:wrote|written|writing|left|leaving|drafted|finished) (?:a |my |the )?(?:goodbye |suicide |last )?(?:notes?|letters?)(?: (?:to|for) (?:everyone|you|the kids|my family|mom|dad))?(?:.{0,40}(?:goodbye|gone|after|when i'm|end|die|kill))",
        r"(?:suicide|goodbye) (?:note|letter)",
        r"(?:giving|gave|give) away (?:my|all my) (?:things|stuff|belongings|clothes|cat|dog|books|guitar)",
        r"(?:when|after|once) i'm (?:gone|dead|not (?:here|around))",
        r"(?:know|worked out|figured out|planned|decided|picked|chosen|choose) (?:exactly )?(?:how|when|where|the (?:day|date|place|way|method|bridge|spot)) (?:i(?:'ll| will|'d| would| am going to|'m going to) )?(?:do it|end it|go|kill|jump|die)",
        r"(?:picked|pick|choose|chosen|set|got) (?:a |the )(?:date|day|time|place|spot|bridge|night)\b(?! (?:for|out|in|off|with|to (?:go|meet|see|watch)))",
        r"(?:bought|buying|got|have|ordered|looked up|googl\w+|search\w+) (?:a |some |the )?(?:rope|noose|gun|pistol|razor blades?|charcoal|helium|exit bag|how many \w+ (?:it takes|would)|lethal dose|how to (?:end|kill|hang|overdose))",
        r"(?:affairs|papers|will|life insurance) (?:in order|sorted|updated)",
        r"(?:how many|how much) (?:of )?(?:these |those |my )?(?:\w+ )?(?:pills|tablets|it) (?:would|will|does) it take",
        r"(?:rope|noose) (?:in|under|at|hidden)",
        r"(?:gun|pistol) (?:for myself|to end|and one bullet)",
    ),
    _p(
        "self_harm",
        "active",
        r"kill(?:ing)? myself|killed myself|end(?:ing)? (?:it all|my (?:own )?life|things|my life|everything|it for good|it tonight|my suffering|myself)",
        r"suicid\w*|take my (?:own )?life|taking my (?:own )?life|unalive",
        r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|starve|starving) myself",
        r"self[- ]?harm\w*|relaps\w+ (?:with|on) (?:cutting|self)|started cutting again|cutting again|(?:urge|urges|itch) to (?:cut|hurt myself|self|burn)",
        r"(?:want|wanting|wanted|going|ready|deserve|need|trying) to die|(?:want|wanted|wish) to be dead",
        r"(?:jump|jumping|throw myself|step|stepping|walk|walking) (?:off|in front of|into|under) (?:a |the |that )?(?:bridge|train|bus|truck|lorry|traffic|building|roof|cliff|car|river|sea|tracks)",
        r"(?:drive|driving|crash|crashing|swerve|swerving) (?:my car |the car )?(?:into|off) (?:a |the )?(?:tree|wall|river|bridge|road|cliff|oncoming|traffic|lorry|truck)",
        r"overdos\w*|\bod\b",
        r"(?:thoughts?|thinking|think) (?:about|of) (?:ending|killing|not being|dying|death|hurting myself)",
        r"(?:scratch|pick|claw|burn)(?:ing|ed)? (?:at )?(?:myself|my (?:skin|arms?|legs?)) (?:until|till|til|so) (?:it |they |i )?bleeds?|(?:scratch|claw)(?:ing|ed)? (?:until|till|til) (?:it |i )?bleeds?",
        r"(?:put|blow) (?:a bullet|my brains)",
        r"(?:voices?|head|brain|mind|thoughts?) (?:\w+ )?(?:going|saying|telling me|says|tells me) (?:to )?(?:kill|hurt|end|cut)",
        guarded=True,
    ),
    _p(
        "self_harm",
        "passive",
        r"(?:wish|wished|wishing) (?:i|i'd)(?: was| were|'d| had| could| would)? (?:dead|gone|never (?:been )?born|not (?:here|alive|born)|disappear|vanish|fall asleep and|go to sleep and|just not|stop)",
        r"(?:don't|do not|didn't) (?:want|wanna|care) (?:to )?(?:be here|exist|live|be alive|wake up|go on|keep going|do life|be around|carry on)(?: anymore| any more)?",
        r"(?:don't|do not) (?:want|care) (?:to )?(?:wake up|live) (?:anymore|any more|tomorrow)",
        r"better off (?:dead|gone|without me|if i (?:was|were)n't (?:here|around|alive)|if i (?:was|were) gone|if i disappeared)",
        r"no (?:point|reason|purpose) (?:in )?(?:living|going on|being alive|being here|to live|to go on|to keep going|anymore|carrying on|me being here)",
        r"(?:tired|sick|weary) of (?:living|being alive|existing|life itself|being here|breathing)",
        r"what'?s the point (?:of|in) (?:living|life|anything|me|going on|being here|being alive|it all)",
        r"(?:nobody|no one|noone) would (?:miss|notice|care|even notice) (?:me|if i)",
        r"(?:go to sleep|fall asleep|close my eyes) and (?:not|never) wake up",
        r"(?:stop|cease) (?:to )?exist(?:ing)?|(?:just )?disappear (?:forever|for good|for ever|from everyone)|not (?:be|being) here anymore|not (?:be|being) around anymore|(?:everyone|everybody|you|the kids) (?:would be|are|is) better (?:off )?without me",
        r"(?:can't|cannot) (?:go on|keep going|do this anymore|do life|carry on) (?:anymore|any more|like this|living)",
        r"(?:life|living) (?:isn't|is not|isnt) worth (?:living|it)|(?:not|isn't) worth living",
        r"(?:burden|waste of space|waste of air) (?:to|on) (?:everyone|everybody|you|my family|the world)",
        r"(?:want|wanted|wish|wishing) (?:it|everything|this|life) (?:would|to|could) (?:just )?(?:stop|end|be over)",
        r"(?:done|finished) with (?:life|living|being alive|everything and everyone)",
        r"(?:had|have|'ve had|has had) enough of (?:living|life|being alive|this life|it all)|fed up (?:of|with) (?:living|being alive)",
        r"(?:wish|wishes|wished|wishing)\b.{0,20}(?:just )?(?:fade|slip|drift) away|(?:fade|slip|drift) away (?:for good|forever|and not come back)",
        r"(?:log|logging|logged|sign|signing) (?:off|out) (?:from |of )?life",
        r"(?:uninstall|delete|deleting) (?:myself|life)",
        r"no respawn",
        r"(?:quit|leave|exit) (?:life|this world) (?:for good|permanently|forever)",
        r"(?:go|going|went) to (?:bed|sleep) hoping (?:that's|that is|this is|it's|i|not to)\b.{0,20}(?:last|wake|over|end)|hop(?:e|ing) (?:i )?(?:don't|won't|never|do not) wake",
        r"(?:why|asking) (?:god|the lord|he|jesus) (?:still )?(?:leaves|keeps|left|kept) me here",
        r"(?:god|the lord|jesus|he) (?:would |could |will |to )?(?:take|takes|took|call|calls) me (?:home|now|tonight|soon|in my sleep)",
        r"(?:i'd|i would) go (?:tomorrow|tonight|today|now) if (?:he|god|the lord|jesus) (?:asked|called|wanted|let)",
        r"(?:wouldn't|would not) mind if\b.{0,50}\b(?:on me|over me|took me|killed me|got me|didn't wake|never woke|i died|i was gone)|(?:wouldn't|would not) mind not waking",
        r"(?:i'm|i am) (?:ready|done) to (?:go|leave this world|check out)|check(?:ing)? out (?:for good|permanently)",
        guarded=True,
    ),
    # ---- violence toward the writer --------------------------------------------------
    _p(
        "violence",
        "now",
        rf"{SUBJ}(?:'s| is| are|'re) (?:\w+ )?(?:hitting|punching|kicking|beating|choking|strangling|attacking|hurting|shoving|dragging|banging on|pounding on|kicking in|breaking (?:down|in)|smashing|throwing|trying to (?:get in|break|kick|hurt|kill)|coming (?:for|after|at) me|outside (?:the|my) (?:door|house|window|flat|room)|at the door)",
        r"(?:hiding|hidden|locked myself|barricaded|shut myself) (?:in|inside|under) (?:the |my |a |our )?(?:[\w]+'s? )?(?:bathroom|toilet|closet|wardrobe|bedroom|room|car|garage|cupboard|basement|shed|bed|kids'? room)",
        rf"(?:right now|as i (?:type|write)|at this moment|help me|please help|call (?:the )?(?:police|cops|911|999|000|112))\b.{{0,60}}(?:{_HIT}|{_WEAPON}|door|drunk|angry|screaming|coming|threat|kill|scared|terrified|hurt|hide|hiding)",
        rf"(?:{_HIT}|{_WEAPON}|door|drunk|screaming|coming|kill|terrified|hiding)\b.{{0,60}}(?:right now|as i (?:type|write)|at this moment|help me|please help|call (?:the )?(?:police|cops|911|999|000|112)|what do i do)",
        rf"{SUBJ}(?:'s| is| has| have|'ve) (?:got|holding|grabbed|picked up|taken out) (?:a |the |his |her |their )?{_WEAPON}",
        r"(?:he's|she's|they're|he is|she is|they are) (?:drunk|high|raging|screaming|smashing|breaking) (?:and|again and) (?:coming|looking for me|banging|kicking|i'm (?:scared|hiding|locked))",
        r"(?:he's|she's|they're) (?:coming|on (?:his|her|their) way) (?:home |back |over )?(?:now )?(?:and|to) (?:hurt|kill|get) me",
        r"(?:can't|cannot|couldn't) (?:get out|leave the room|escape|breathe)\b.{0,40}\b(?:he|she|they|door|blocking|won't let)",
        r"(?:banging|pounding|kicking|hammering) (?:on|at) (?:the |my )?(?:bathroom |bedroom |front )?(?:door|lock|window)|(?:door|lock|hinges?)(?:'s| is| are) (?:about to give|giving way|going|breaking|splintering)",
        r"(?:you're|you are|he's|she's|they're) (?:breaking|kicking|smashing) (?:down )?(?:the |my )?(?:door|lock|window)|sinisira\b.{0,30}pinto|pateando la puerta",
        r"put (?:it|the knife|the gun|that) down\b.{0,30}(?:please|kids|stop)|please (?:put it down|don't|stop)\b.{0,30}(?:please|kids|hurt)",
        r"let me out\b.{0,40}(?:room|car|house|please|can't breathe|lights)|(?:just )?missed (?:me|my head)\b.{0,60}(?:picking up|throw|next|stop)",
        r"(?:ringing|calling|called|call) (?:999|911|000|112|the police|the cops|the barangay)\b|(?:he's|she's|they're) in the house\b.{0,60}(?:wardrobe|closet|hid|hiding|quiet|scared|please)|(?:in|inside) the (?:wardrobe|closet)\b.{0,40}(?:he's|she's|they're) (?:in the house|home|here|inside)",
        r"(?:standing|stood) over (?:the cot|the crib|the baby|me)\b.{0,40}(?:shouting|screaming|yelling)|(?:driving|drive) like this\b.{0,30}(?:crash|kill|let me out)",
    ),
    _p(
        "violence",
        "weapon",
        rf"{SUBJ} (?:\w+ )?(?:has|had|have|keeps?|kept|got|owns?|bought|brought|took out|pulled|pulls|held|holds|waved|waves|pointed|points|showed|shows|cleans?|cleaned|load(?:s|ed)|unload(?:s|ed)|put|puts|left|leaves|places?|placed|sharpen(?:s|ed|ing)?|tak(?:es|ing)|grabbed|grabs|picked up|came at me with|comes at me with|threatened me with|threatens me with|stood there with|sleeps with|carries|carried) (?:out )?(?:a |the |his |her |their |that |my |our |one of the )?(?:[\w']+ )?{_WEAPON}",
        rf"{_WEAPON} (?:to|at|against|under|near|by|beside|next to|in front of|on the (?:table|bed|counter|nightstand|pillow)) (?:my|me|the bed|his side|her side|where i|while we|during|when we)",
        rf"(?:pointed|points|aimed|held|holds|put|waved|swung) (?:a |the |his |her |their )?{_WEAPON} (?:at|to|against|near|toward|towards|in) (?:me|my)",
        rf"{_WEAPON} (?:on|in|by) (?:the |his |her )?(?:table|nightstand|bedside|lap|waistband|belt|counter|dashboard|pillow)\b.{{0,60}}(?:fight|argu|angry|row|mad|look|stare|while|whenever|when)",
        rf"(?:fight|argu\w*|row|angry|mad|shout\w*|yell\w*)\b.{{0,60}}\b(?:{_WEAPON})\b",
        rf"\b(?:{_WEAPON})\b.{{0,60}}(?:fight|argu\w*|row|angry|mad|shout\w*|yell\w*|threat\w*|scare\w*|terrif\w*|afraid|look(?:ed|ing)? at me|stare)",
        r"(?:bought|got|getting|buy|has) (?:a |another |his |her )?(?:gun|pistol|handgun|rifle|shotgun)\b",
        r"(?:bullets?|ammo|ammunition|magazine) (?:on|in|by|next)",
        r"(?:loaded|cocked) (?:it|the gun|his gun|her gun|a gun)",
        r"(?:show|showed|shown) me (?:you'd|he'd|she'd|they'd|that (?:he|she|you)) loaded it|(?:pointing|pointed|aiming|aimed) (?:it|the crossbow|a crossbow|the bow|the gun|the rifle) at (?:me|the dog|the kids|my)",
        r"(?:scissors|knife|blade|screwdriver|glass|razor|machete|cutlass) (?:\w+ ){0,2}(?:held|pressed|put) (?:to|against) my|held (?:a |the )?(?:scissors|knife|blade|screwdriver|glass|razor) to my",
        rf"{_WEAPON}(?:'s| is| was) (?:\w+ ){{0,3}}(?:by the bed|under (?:his|her|the|your|my) pillow|in the hallway|behind the (?:front )?door|by the (?:front )?door|in (?:his|her|your) (?:pocket|waistband|car))",
        r"(?:crossbow|cutlass|pistola|cuchillo|machete|sickle|panga)\b",
        r"(?:waved|pointed|held|swung|came at me with|brandished) (?:a |the |his |her )?(?:broken )?(?:bottle|glass|scissors|screwdriver) (?:at|to|near) (?:me|my)",
        r"(?:found|find) (?:it|the gun|a gun|the knife|a knife) under (?:your|his|her|the) pillow",
        rf"\b(?:{_WEAPON})\b.{{0,120}}\b(?:when|whenever|every time|while|if) (?:we|i) (?:argue|fight|row|disagree|say no)",
    ),
    # "he shot at me" is a weapon used; "that exam shot me in the face" is an idiom (GUARDS).
    _p(
        "violence",
        "weapon",
        r"(?:shot|stabbed|slashed) (?:at )?me|(?:shoot|stab) me",
        guarded=True,
        family="shot",
    ),
    _p(
        "violence",
        "threat_to_kill",
        rf"{SUBJ} {SHORTGAP}{WILL} {SHORTGAP}(?:kill|murder|end|finish|strangle|shoot|stab|drown|bury|get rid of) (?:me|us|you|the kids|my \w+|both of us|us both|all of us|the (?:family|baby|children))",
        rf"{WILL} (?:kill|murder|shoot|stab|strangle|end) (?:me|us|the kids|both of us|us both|himself|herself|themself|themselves)",
        rf"(?:threat\w*|said|says|swore|promised|told me|texted|screamed|yelled) {SHORTGAP}(?:to kill|he'd kill|she'd kill|they'd kill|he'll kill|she'll kill|they'll kill|he would kill|she would kill|kill (?:me|us|you|himself|herself|themself))",
        r"(?:kill|end|hurt) (?:himself|herself|themself|themselves) if (?:i|you) (?:leave|left|go|break up|end it|ever)",
        r"if (?:i|you) (?:ever )?(?:leave|left|go|try to leave|break up|end it|cheat|tell anyone)\b.{0,40}(?:kill|dead|die|end (?:you|me|us)|finish (?:you|me)|regret|find (?:you|me)|bury)",
        r"(?:you'?re|you are|you'll be|i'll be|i'm|i would be|we'll (?:both )?be) (?:dead|a dead (?:woman|man)|six feet under)\b.{0,30}(?:if|when|he|she|said|says|told)",
        r"(?:no one|nobody|noone) (?:will|would|'ll) (?:ever )?(?:find|find your|find my|miss) (?:you|me|the body|your body|my body)",
        r"if (?:i|he|she|they) can'?t have (?:you|me|her|him)",
        r"(?:end|finish|erase|destroy) you\b|(?:wants?|wanted|want) me dead|(?:gonna|going to) (?:end|finish) (?:me|you)",
        r"(?:death|kill) threats?|threaten\w* (?:my life|to kill)",
        r"(?:won't|will not|wouldn't|not going to|never) (?:live|make it|survive) (?:to see|long enough|through|past|till|until)",
        r"(?:put|have) (?:you|me) in the ground|(?:dig|digging) (?:your|my) (?:own )?grave|kill (?:us|you|me) both|murder-suicide",
        r"(?:joked|jokes|joking|talks|talked) about (?:killing|burying|getting rid of|how to kill|poisoning) (?:me|us|you)",
        r"(?:squeezed|squeezes|pressed|held|put|wrapped|had) (?:his|her|their|both) (?:hands?|fingers|arm) (?:around|on|round|against) my (?:neck|throat)|(?:choked|strangled|choking|strangling) (?:me|my)|hands? (?:were |was )?(?:around|on|round) my (?:neck|throat)",
        r"(?:couldn't|could not|can't|cannot) breathe\b.{0,40}(?:neck|throat|hands|pillow|held|pinned|on top)",
        r"(?:i'll|i will|i'm going to|i'm gonna|i am going to) kill you\b.{0,60}(?:he|she|they) (?:said|says|screamed|yelled|shouted|texted|told|wrote|hissed|whispered)|(?:said|says|screamed|yelled|shouted|texted|wrote|hissed)[:, \"']{1,4}(?:i'll|i will|i'm going to|i'm gonna) kill you",
        r"try it and you're dead|you're dead if|you'll end up (?:dead|in the river|in a ditch|missing)|end up (?:in the river|dead|in a ditch|in the lake|missing)",
        r"death do us part\b.{0,40}(?:sooner|early|help|make it)|deep enough for (?:both of us|two|you|me)|(?:where|how) to dig\b|go missing (?:all the time|and no one|and nobody)|enjoy your last (?:weekend|day|trip|night|week|one)|it'?ll be (?:the|your) last one",
        r"if (?:you|i|he|she|they) can'?t have (?:me|you|her|him)\b",
        r"(?:walk out|leave|go|break up|end it)\b.{0,30}(?:i'll|i will|i'm going to) (?:hang|kill|hurt|end|cut) myself",
        r"(?:hang|hanging|kill|killing|swallow\w*|overdos\w*|shoot|shooting) (?:yourself|himself|herself|themself|the lot)\b.{0,60}if (?:i|you) (?:file|leave|pack|go|tell|call|divorce)",
        r"te mato|te voy a matar|matarte|papatayin (?:kita|ka)|patayin kita|maar (?:dunga|dalunga|daalunga)|jaan se maar|finish me off|take us both out|kill us both",
    ),
    _p(
        "violence",
        "sexual_coercion",
        r"\brap(?:e|ed|es|ing|ist)\b|sexual(?:ly)? assault\w*|sexual(?:ly)? abus\w*",
        r"(?:made|makes|forced|forces|pressured|pressures|pushed|pushes|guilted|guilts|coerced|bullied|talked) me (?:into )?(?:to )?(?:have sex|sleep with|do (?:it|that|stuff|things|sexual|what he|what she)|have it|go down|touch|be intimate|sex|into sex|into bed|into it|into doing)",
        r"(?:didn't|did not|don't|do not|never) (?:want|consent|agree) (?:to )?(?:it|that|sex|to have sex|to sleep with|to do (?:it|that))\b.{0,60}(?:anyway|still|but (?:he|she|they)|kept|made|did it|didn't stop|wouldn't stop|forced|carried on)",
        r"(?:said|says|told (?:him|her|them)|kept saying|saying) (?:no|stop)\b.{0,40}(?:didn't stop|wouldn't stop|carried on|kept going|anyway|ignored|did it|didn't listen|didn't care|won't stop)",
        r"(?:while|when) i (?:was|am|'m) (?:asleep|sleeping|passed out|drunk|unconscious|out of it|too drunk)\b.{0,60}(?:sex|touch|inside|woke|on top|undress|did (?:it|things|stuff))",
        r"(?:woke|wake|waking) (?:up )?(?:to (?:him|her|them)|with (?:him|her|them) (?:on|inside|touching)|and (?:he|she|they) (?:was|were) (?:on|inside|touching|having))",
        r"(?:won't|doesn't|wouldn't|didn't|does not|will not) (?:take|accept|respect) (?:no|my no|a no)",
        r"(?:owe|owed|owes) (?:him|her|them) (?:sex|it)|(?:duty|obligation) to (?:have sex|sleep with|give (?:him|her))|(?:marital|wifely|husbandly) (?:duty|duties)",
        r"(?:without|no) (?:my )?consent",
        r"(?:asked|told|begged|pleaded with) (?:him|her|them) (?:to stop|to let me (?:be|sleep|alone|rest)|not to|to leave me)\b.{0,60}(?:carried on|kept going|didn't stop|did it anyway|anyway|regardless|didn't listen)|a (?:wife|husband) has (?:her|his) (?:duties|needs to meet)",
        r"(?:forced|forces|forcing) (?:himself|herself|themself) on me|(?:held|pinned|holds) me down and",
        r"(?:not|wasn't|isn't) (?:really )?(?:consensual|my choice|something i agreed to)",
        r"(?:sex|sleep with (?:him|her)) (?:or|else) (?:he|she|they)(?:'ll| will| would)",
        r"(?:filmed|recorded|photographed|share|shared|post|posted|send|sent) (?:me|us|my|the|those|intimate|private|nude|naked)\b.{0,30}(?:without|unless|if i|to everyone|online)",
    ),
    _p(
        "violence",
        "children_pets",
        rf"{_HIT} (?:the |my |our |his |her )?(?:dog|cat|puppy|kitten|pet|pets|rabbit|horse|bird|hamster|kids|kid|children|child|baby|son|daughter|boy|girl|toddler)",
        r"(?:kill|drown|poison|hurt|kick|get rid of|dump|give away|put down|strangle|starve|hit|take|snatch) (?:the |my |our |your )?(?:dog|cat|puppy|kitten|pet|pets|rabbit|horse|bird|kids|children|baby|son|daughter)",
        r"(?:never see|lose|take) (?:the|my|our|your) (?:kids|children|baby|son|daughter|dog|cat)\b.{0,20}(?:again|away|from (?:me|you)|if)",
        r"(?:the |my |our )?(?:dog|cat|kids|children|baby|son|daughter)\b.{0,40}(?:if (?:i|you) (?:leave|left|go|tell|ever)|to punish me|to get at me|to scare me|to teach me)",
        r"(?:threaten\w*|threats?) (?:\w+ ){0,3}(?:the |my |our )?(?:dog|cat|pet|kids|children|baby|son|daughter)",
    ),
    _p(
        "violence",
        "threat",
        r"(?:you'll|you will|you'd|you are going to|you're going to|you're gonna|i'll make sure you|you'll be) (?:regret|be sorry|pay|see what happens|wish you hadn't|wish you'd never|learn|get what's coming)",
        r"(?:make (?:you|me) pay|teach (?:you|me) a lesson|watch (?:your|my) back|(?:you|i) know what happens (?:when|if)|don't make me|you've been warned|last warning|final warning|or else\b|accidents happen|(?:something|things) (?:bad )?(?:could|might|will) happen to (?:you|me|the kids))",
        rf"{SUBJ} {SHORTGAP}{WILL} {SHORTGAP}(?:hurt|hit|beat|break|smash|ruin|destroy|burn|throw|get) (?:me|my|us|you|your|everything|the house|my things)",
        r"(?:threaten\w*|threat)\b.{0,40}(?:me|my|us|to)",
        r"(?:punch(?:ed|es)?|kick(?:ed|s)?|smash(?:ed|es)?|hit|put (?:his|her|their) fist through|broke|breaks|slam(?:med|s)?) (?:a |the |my |our )?(?:hole in the )?(?:wall|door|window|table|mirror|phone|laptop|plates?|dishes|tv|things|stuff|belongings)\b.{0,50}(?:next to|near|by|beside|behind|inches from|right by|my head|my face|me|scare|warn|if|when|angry|fight|argu|at)",
        r"(?:punched|hit|kicked|put (?:his|her|their) fist through) (?:a |the )?(?:hole in the )?(?:wall|door)",
        r"(?:raised|raises|raising) (?:his|her|their) (?:hand|fist|arm)|(?:fist|hand) (?:raised|in my face|up to my face)|(?:in|up in) my face (?:screaming|yelling|shouting)|(?:screams?|yells?|screaming|yelling) (?:in|into) my face",
        r"(?:smashed|smashes|broke|breaks|destroyed|destroys|ripped up|burned|threw out|cut up) (?:my|all my) (?:phone|laptop|things|stuff|clothes|glasses|car|belongings|photos|guitar|books)",
        r"(?:blocked|blocks|blocking|stood in) (?:the )?(?:door|doorway|exit|my way)\b",
        r"(?:wouldn't|won't|didn't) let me (?:leave|out|get out|go) (?:the|of the) (?:room|house|car|flat|apartment)",
        r"(?:take|taking|took) (?:the|my|our) (?:kids|children|baby)\b.{0,30}(?:away|from me|and (?:run|disappear|leave|go))|(?:i'll|i will|i'd) never see (?:the|my|our) (?:kids|children|baby)",
        r"(?:ruin|destroy) (?:my|your) (?:life|career|reputation)",
        r"(?:drove|drives|driving) (?:like a maniac|recklessly|really fast|at 100|at a hundred|crazy)\b.{0,50}(?:scare|punish|angry|fight|argu|with me|to make me)",
        r"(?:afraid|scared|terrified|frightened) (?:he|she|they)(?:'ll| will| might| would| could| is going to)? (?:hurt|kill|hit|do something to|really hurt) me",
    ),
    _p(
        "violence",
        "past_act",
        rf"{P} {GAP}{_HIT} (?:\w+ )?{ME}",
        rf"{P} {GAP}{_HIT} (?:me|my)\b",
        r"(?:he|she|they|you|him|her) (?:\w+ )?(?:threw|throws|hurled|flung|chucked|launched) (?:a |the |his |her |my |something|things|stuff|\w+ )?(?:\w+ )?(?:at|to) (?:me|my)",
        r"(?:i|i've|i was|i got|i've been|been|was|got) (?:\w+ )?(?:hit|punched|slapped|kicked|choked|strangled|shoved|pushed|beaten|beat up|thrown|dragged|pinned|smacked|bitten|burned|attacked|assaulted|knocked (?:down|over|out)|bruised|hurt) (?:by (?:him|her|them|my|you)|again|down|against|into|across|so hard)",
        r"(?:bruis(?:e|es|ed|ing)|black eye|split lip|fat lip|broken (?:rib|nose|wrist|arm|finger)|marks? on my|fingerprints? on my|welts?|swollen (?:eye|lip|cheek|jaw))\b.{0,60}(?:he did|she did|they did|from (?:him|her|them)|where (?:he|she|they)|cover|hide|make ?up|concealer|long sleeves|scarf|turtleneck|excuse|walked into|doorframe)",
        r"(?:cover|covering|covered|hide|hiding|hid|concealer over|make ?up over|explain(?:ed|ing)?(?: away)?) (?:the |my |up )?(?:bruis\w*|marks|black eye|split lip|fat lip)",
        r"(?:walked into a door|fell down the stairs|clumsy)\b.{0,30}(?:again|told|said|excuse|lie|lied|story)",
        r"(?:shoved|pushed|knocked) me (?:into|against|down|over|out of|off|onto|to the)",
        r"(?:pulled|yanked|grabbed|dragged me by) (?:my|me by the) hair",
        r"(?:pinned|held) me (?:down|against|to the)",
        r"(?:physical|physically) (?:abus\w*|violent|hurt|aggressive|rough)|domestic (?:violence|abuse)|(?:he|she|they|you) (?:\w+ )?(?:hits|beats|abuses) me\b|(?:abusive|violent) (?:partner|husband|wife|boyfriend|girlfriend|relationship|to me|towards me)|(?:hurt|hurts|hurting) me (?:physically|badly|again)",
        r"(?:gets|got|get) (?:physical|rough|handsy|violent) (?:with me|when|if|again|after)",
    ),
    # ---- coercive control ----------------------------------------------------------------
    _p(
        "control",
        "documents",
        r"(?:took|takes|taken|has|kept|keeps|keeping|hid|hides|hidden|hiding|locked|locks|holds|holding|won't give (?:me )?(?:back )?|refuses to give (?:me )?(?:back )?|burned|tore up|destroyed) (?:away )?(?:my|all my|our|the kids'?|the children's|the kids|the children) (?:\w+ )?(?:passports?|id|ids|id card|identity card|visa|papers|documents|birth certificates?|green card|residence (?:permit|card)|work permit|social security card|driver'?s licen[cs]e|driving licen[cs]e|nhs card|aadhaar|brp)",
        r"(?:passports?|visa|papers|documents|birth certificates?|green card|residence (?:permit|card)|id card)\b.{0,50}(?:locked|hidden|hides|hid|won't give|keeps|safe|drawer|taken|took|took away|has them|he has|she has|without (?:him|her)|not allowed)",
        r"(?:deport\w*|immigration|report me|my status|cancel my visa|withdraw (?:his|her|the) sponsorship|stop sponsoring|sponsor(?:ship)?)\b.{0,60}(?:if i|unless|threat|said|says|will|would|'ll|'d|because|again)",
        r"(?:get|have) me deported|send me back (?:home|to)",
    ),
    _p(
        "control",
        "money",
        r"(?:takes?|took|taking|controls?|controlled|controlling|keeps?|kept|has|holds?|confiscat\w+|collects?) (?:all |every penny of |half of |most of )?(?:my|our) (?:\w+ )?(?:money|wages?|salary|pay|paycheck|paychecks|pay ?packet|earnings|income|bank cards?|debit cards?|credit cards?|cards?|pension|benefits|savings|account|accounts|finances|pin)",
        r"(?:gives?|gave|giving) me (?:an? |pocket money|just|only|\w+ )?(?:allowance|pocket money|\d+ (?:a|per) (?:week|month|day))",
        r"(?:have|had|has) to (?:ask|beg|plead) (?:him|her|them) (?:for|before i (?:buy|spend))",
        r"(?:account|justify|explain|answer) for (?:every|each) (?:penny|cent|dollar|pound|rupee|euro|peso|naira|rand|receipt|purchase|thing i buy)",
        r"(?:checks?|goes through|went through|reads|demands?|wants) (?:all |every |my )?(?:receipts|bank statements|statements|spending|purchases|transactions)",
        r"(?:won't|doesn't|wouldn't|didn't|will not|does not|never) (?:let|allow) me (?:\w+ )?(?:work|get a job|have (?:a |my own |any )?(?:job|money|account|bank account|card|cash)|spend|buy|keep (?:my|any))",
        r"not allowed (?:to )?(?:work|have (?:a |my own |any )?(?:job|money|account|card|cash)|spend|buy|touch (?:the|our) money)",
        r"(?:took out|taken out|put|ran up|running up|opened) (?:a |loans?|debts?|credit cards?|cards|\w+ )?(?:loan|loans|debt|credit card|cards|overdraft|phone contract)? ?(?:in|under|on) my name",
        r"(?:no|without) (?:access|say) (?:to|in|over) (?:the|our|my|any) (?:money|accounts?|bank|cards?|finances)",
        r"(?:cut|cuts|cutting) (?:off|up) my (?:card|cards|money|access)|(?:froze|freezes|blocked|blocks|cancelled|cancels) my (?:card|cards|account)",
        r"(?:changed|changes) the (?:pin|password) (?:on|to) (?:the|our|my) (?:account|card|bank)",
        r"(?:made|makes|forced) me (?:quit|give up|leave) (?:my )?(?:job|work|studies|course|career)",
        r"(?:hides|hid|hiding) (?:the|all the|our) (?:money|cash|cards)",
        r"(?:sign|signed|signing) (?:over|the house|papers|loan)\b.{0,40}(?:made|make|forced|or else|threat)",
    ),
    _p(
        "control",
        "phone_passwords",
        r"(?:checks?|checking|checked|goes through|going through|went through|reads?|reading|scrolls? through|looks through|searched|searches|monitors?|monitoring|inspects?) (?:all )?(?:of )?(?:my|every one of my) (?:phone|messages|texts|emails|e-mails|dms|chats|whatsapps?|call log|calls|browser history|history|social media|instagram|facebook|inbox|journal|diary|laptop|notes)",
        r"(?:demands?|demanded|made me (?:give|hand over|tell)|makes me (?:give|hand over|tell)|wants|has|knows|changed|changes|takes?|took|insists on having) (?:all )?(?:of )?my (?:passwords?|passcodes?|pin|pins|logins?|login details|unlock code|face id|fingerprint)",
        r"(?:took|takes|taking|smashed|smashes|broke|breaks|threw|throws|confiscat\w+|hid|hides|grabbed|grabs|snatched|snatches) (?:away )?my (?:phone|mobile|cell|laptop|sim|charger)",
        r"(?:make|makes|made|forcing|forces) me (?:unlock|hand over|show (?:him|her|them))",
        r"(?:not allowed|can't|cannot) (?:to )?(?:have|use|keep) (?:a |my )?(?:phone|password|passcode|lock on my phone|own phone)",
        r"(?:spyware|stalkerware|keylogger|spy app|monitoring app)|(?:installed|put|hidden) (?:an? )?(?:app|something|software|tracker) on my (?:phone|laptop|computer)",
        r"(?:logs|logged|logging) into my (?:email|accounts?|facebook|instagram|phone|bank|icloud|google)",
        r"(?:reads?|read|sees|saw|could see|can see) (?:this|what i write (?:here|in this)|everything i (?:type|write|send)|my entries|this app|this journal)",
        r"(?:has|had) to (?:show|hand over|give) (?:him|her|them) my phone",
        r"(?:messages|texts) (?:to|from) my (?:friends|family|mom|sister)\b.{0,40}(?:reads|checks|deletes|deleted|goes through|answers|replies)",
        r"(?:deletes?|deleted|blocks?|blocked|unfriended|removed) (?:my )?(?:friends|contacts|numbers|my mom|my family|people) (?:from|on) my (?:phone|account|facebook|instagram)",
    ),
    _p(
        "control",
        "location",
        r"(?:track|tracks|tracking|tracked|trace|traces|monitors|follows|followed|following|stalks|stalked|stalking) (?:me|my (?:phone|car|location|movements|every move|steps|whereabouts))",
        r"(?:gps|tracker|airtag|tile tracker|tracking device|tracking app|find my|life360|location tracking|location sharing|share my location|shares my location|sharing my location|my location)\b.{0,60}(?:makes?|made|forced?|has to|have to|had to|always|on at all times|won't let|not allowed|can't turn|he checks|she checks|checks|found|hidden|in my (?:car|bag)|under my car|on my (?:car|phone|keys)|without (?:my|me))",
        r"(?:makes?|made|forced?|insists?|has to|have to|had to|got to|must) (?:me )?(?:share|keep|turn on|leave on) (?:my )?location",
        r"(?:shows?|showed|turns?|turned|pops?|popped) up (?:\w+ )?(?:wherever|everywhere|at my (?:work|job|office|friends?|mom'?s|class|gym|school)|where i (?:am|was|go|work))",
        r"(?:checks?|checked|checking) the (?:mileage|odometer|miles|car's|receipts|gps)",
        r"(?:have|has|had|got) to (?:send|text|call|facetime|video call|check in with) (?:him|her|them)? ?(?:a |every|each|when|before|the moment)?\s?(?:\w+ )?(?:photo|pic|picture|selfie|hour|minute|time i|where i|to prove|proof|when i (?:arrive|leave|get)|the second)",
        r"(?:have|has|had) to (?:tell|report to|let) (?:him|her|them) (?:know )?(?:where i am|where i'm going|where i go|where i was|every (?:place|move))",
        r"(?:know|knows|always knows|knew) (?:exactly )?where i am (?:every|at all|all the)|(?:timed|times|timing) (?:how long|my)",
        r"(?:waits?|waiting|waited|parked|sits?|sat) outside (?:my|the) (?:work|office|job|school|class|gym|friend'?s|mom'?s|house)",
    ),
    _p(
        "control",
        "isolation",
        r"(?:won't|doesn't|wouldn't|didn't|will not|does not|never) (?:let|allow) me (?:to )?(?:see|visit|go (?:out|to|home|anywhere)|talk to|call|meet|have (?:friends|a social)|leave the house|go|drive|study|attend|travel|speak to|keep in touch)",
        r"not (?:allowed|permitted) (?:to )?(?:see|visit|go (?:out|to|anywhere)|talk to|call|meet|have friends|leave the house|go|drive|study|attend|speak)",
        r"(?:made|makes|forced|forces|pressured) me (?:to )?(?:quit|stop seeing|stop talking to|cut off|delete|block|unfollow|leave|give up|drop out|move away from|stay (?:home|in))",
        r"(?:cut|cuts|cutting|cutted) me off from|(?:isolat\w+) me|(?:keeps|kept|keeping) me (?:away|apart) from|(?:cut off|isolated) from (?:my|all my|everyone)",
        r"(?:lost|losing|don't have|have no) (?:all )?(?:my )?friends (?:anymore )?(?:because|since|thanks to|after) (?:of )?(?:him|her|them|he|she|they)",
        r"(?:sulks?|sulked|punish\w*|silent treatment|rage|rages|kicks off|loses it|goes mental|makes a scene)\b.{0,40}(?:when|if|every time|after|because) i (?:go out|see|visit|talk to|meet|call|spend time|go to)",
        r"(?:stops?|stopped|forbids?|forbade|forbidden|banned|bans) (?:me )?(?:from )?(?:seeing|going|visiting|talking|calling|meeting|working|leaving|contacting)",
        r"(?:has to|have to|must) (?:come|be there|approve|say yes|give permission)\b.{0,30}(?:whenever|every time|before) i (?:go|see|meet|leave)",
        r"(?:locks|locked) me in|(?:takes|took|hides|hid) (?:the|my) (?:car )?keys so",
        r"(?:my|his|her) permission to (?:go|see|leave|visit|work|talk)",
        r"(?:i've been|i was|i've|been|i get|i got) told (?:that )?i'm not (?:going|allowed)\b(?! to (?:need|be able|have to|get|make it|believe))",
    ),
    _p(
        "control",
        "turning_others",
        r"(?:tells?|told|telling|convinced|convincing|warned|warns) (?:everyone|everybody|people|my family|my parents|my mom|my dad|my sister|my brother|the kids|our kids|the children|my friends|our friends|my boss|my work|the church|the pastor|the neighbours|the neighbors|his family|her family|the police|the school|social services|our children|my children|my kids|our son|our daughter|my son|my daughter|the grandchildren|the doctor|my doctor|the gp) (?:that )?(?:i'm|i am|i was|i'm the|i've|i have|i|how)\b.{0,30}(?:crazy|mad|insane|unstable|psycho|mental|bad mother|bad father|unfit|abusive|lying|liar|alcoholic|drunk|cheating|cheat|violent|dangerous|the problem|sick|hysterical|abuser|delusional|making it up|imagin\w*|confused|senile|demented|losing (?:it|my mind|my marbles)|can't be trusted|not to be trusted|paranoid)",
        r"(?:turned|turning|turns|poisoned|poisoning|poisons) (?:my|the|our) (?:kids|children|family|friends|son|daughter|mom|dad|parents|sister|brother|church|boss|colleagues)\b.{0,20}(?:against me|against us)",
        r"(?:threaten\w*|going|will|'ll|would|'d) (?:to )?out (?:me|us)\b|(?:tell|send|show|post) (?:everyone|my family|my boss|my parents|the church)\b.{0,40}(?:if i|unless|about me|my secret|photos|pictures|that i'm gay|that i'm trans)",
        r"(?:called|calls|rang|rings|emailed|emails|messaged|messages|contacted|wrote to) my (?:boss|work|job|employer|manager|office|school|university|landlord|family)\b.{0,50}(?:tell|told|say|said|lie|lies|get me|complain|report|fired|sacked)",
        r"(?:nobody|no one|noone|everyone) (?:will |would |'ll )?(?:believe|believes|believed) (?:me|him|her|them|you)\b",
        r"(?:says?|said|tells?|told) (?:the kids|our kids|the children|my son|my daughter)\b.{0,40}(?:leaving|left|don't love|doesn't love|hate|fault|bad|crazy)",
        r"(?:everyone|people|our friends|my family|the kids) (?:think|thinks|believes?|believed) (?:i'm|i am)\b.{0,20}(?:crazy|the problem|abusive|lying|unstable|mad|insane)",
        r"(?:get|make|have) (?:me )?(?:sectioned|committed|locked up|declared unfit)|(?:take|get) custody\b.{0,30}(?:crazy|unfit|unstable|prove)",
    ),
    # ---- fear of the partner -------------------------------------------------------------
    _p(
        "fear",
        "planning_to_run",
        r"go[- ]?bag|grab[- ]bag|escape bag|bag (?:packed|hidden|ready) (?:at|in|by|just in case|in case|behind|under)|(?:packed|hidden|hid|hide|keep) a bag (?:\w+ )?(?:at|in|by|with|just in case|in case|behind|under|for)",
        r"(?:saving|stashing|hiding|putting aside|squirrelling|squirreling|setting aside|hid|hidden|stashed|saved|tucked away|tucking away|secret) (?:away )?(?:some )?(?:money|cash|savings|account)\b.{0,50}(?:secret|without (?:him|her|them)|so i can|to leave|to get out|in case|escape|away|he doesn't|she doesn't|they don't|doesn't know|don't know|won't find)",
        r"(?:women'?s |domestic violence |dv |abuse )?(?:shelter|refuge|safe house)\b|(?:restraining|protection|protective|non-molestation|occupation|no-contact) order|(?:injunction|emergency housing)",
        r"(?:plan|planning|plans|planned|going|need|trying|want|wanted) (?:how )?to (?:leave|get out|escape|run|get away|flee|move out)\b.{0,60}(?:safe|safely|without (?:him|her|them)|secret|before (?:he|she|they)|when (?:he|she|they)(?:'s| is| are)|while (?:he|she|they)|he doesn't|she doesn't|can't know|find out|notice|kids|children|at night|in the night|away from)",
        r"(?:escape|flee|run away|get away|get out) (?:from )?(?:him|her|them|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend))\b",
        r"(?:stay|staying|stayed|go|going|move|moving) (?:with|to) (?:my |a |her |his )?(?:sister|mom|dad|parents|friend|brother|aunt|cousin|grandma|nan)'?s?\b.{0,40}(?:until|till|so (?:he|she|they)|where (?:he|she|they)|without (?:him|her|them)|can't find|won't find|doesn't know|safe|secret|hide)",
        r"(?:copies|copy|copied|photos) of (?:my |our |the )?(?:passport|documents|papers|birth certificate|id)\b.{0,40}(?:in case|just in case|hidden|friend|secret|somewhere)",
        r"(?:where|how) (?:can|could|do|should) (?:i|we|a person|someone) (?:go|stay|hide|get help)\b.{0,40}(?:leave|escape|safe|abuse|him|her|tonight|kids)",
        r"leave (?:him|her|them) (?:safely|without (?:him|her|them) (?:knowing|finding out|noticing)|for good but)",
        r"(?:changed|change|changing) (?:the |my )?(?:locks|number|address)\b.{0,40}(?:so (?:he|she|they)|he can't|she can't|can't find|safe|after)",
        r"(?:exit|safety) plan|plan (?:my|an|our) (?:exit|escape)",
        r"(?:are there|is there|any|where are) (?:places?|somewhere|anywhere|shelters?|refuges?) for (?:men|women|blokes|guys|dads|mums|moms|a man|a woman|someone like me|people) (?:to go|to stay|who|like me|escaping|leaving|getting out)",
    ),
    _p(
        "fear",
        "hiding",
        r"(?:hide|hiding|hid|cover|covering|covered|conceal\w*) (?:the |my |these |those )?(?:bruis\w*|marks|scratches|my (?:arms|neck|face|wrists))",
        r"(?:hide|hiding|hid|hidden|delete|deleting|deleted|clear|clearing|cleared|wipe|wiping|wiped) (?:this|my|the|these|our)? ?(?:app|journal|entries|messages|texts|history|browser history|search history|calls|phone|notes|account)\b.{0,40}(?:so (?:he|she|they)|before (?:he|she|they)|in case (?:he|she|they)|from (?:him|her|them)|can't see|won't see|doesn't see|find out|finds)",
        r"(?:lie|lied|lying) to (?:him|her|them|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend))\b.{0,40}(?:keep the peace|to stay safe|so (?:he|she|they) (?:won't|doesn't|don't)|or (?:he|she|they)|avoid|calm|safe)",
        r"(?:he|she|they) (?:can't|cannot|mustn't|must not|must never|can never|can't ever|won't|will never|can't ever) (?:find out|know|see this|read this|see what|find this)",
        r"(?:secret|second|burner|spare|hidden) (?:phone|account|email|sim|bank account)\b",
        r"(?:hiding|hide|hid) (?:from (?:him|her|them)|in the (?:bathroom|car|bedroom|closet|garden|kids'? room))",
        r"(?:so|in case) (?:he|she|they) (?:doesn't|don't|won't|can't) (?:see|find|know|hear|notice)\b",
        r"(?:pretend|pretending|pretended) (?:to be )?(?:asleep|everything'?s? fine|nothing happened|i'm fine)\b.{0,40}(?:so|when|until|because) (?:he|she|they)",
        r"(?:delete|deleting|deleted|clear|clearing|wipe|wiping)\w* (?:every|all|each|all my) (?:message|text|call|search|chat)\w*\b.{0,40}(?:right after|as soon as|straight after|the moment|before (?:he|she|they))",
        r"(?:lie|lied|lying) about (?:who|where|what|how much|how long)\b.{0,60}(?:because|or|otherwise|so (?:he|she|they)|to avoid|keep the peace)\b.{0,40}(?:fight|row|rage|kick off|angry|mad|starts|blow up|explode)",
        r"(?:foundation|concealer|make ?up|powder|scarf|turtleneck|polo neck|long sleeves) (?:on|over) (?:my |the )?(?:neck|throat|wrists?|marks|bruis\w*|black eye)",
        r"so (?:nobody|no one|noone|people|the kids|the grandchildren|anyone) (?:asks|sees|notices|can see|will ask|won't ask|doesn't ask)\b",
    ),
    _p(
        "fear",
        "eggshells",
        r"(?:walk|walking|walked|tiptoe|tiptoeing|tip-toe|tip-toeing|tip toe) (?:on|around|round) (?:egg ?shells|him|her|them|his moods?|her moods?)|eggshells",
        rf"(?:scared|afraid|terrified|frightened|petrified|fearful|fear) (?:of )?(?:him|her|them|you|my (?:\w+ )?{_PARTNER_NOUN}|what (?:he|she|they|you)(?:'ll| will| might| would| could|'d)?|how (?:he|she|they|you)(?:'ll| will| might| would|'d)?|(?:his|her|their|your) (?:temper|anger|reaction|moods?|rage|face|voice))",
        r"(?:scared|afraid|terrified|frightened|petrified|dread\w*) (?:to|of) (?:go(?:ing)? home|come (?:home|back)|say(?:ing)? (?:no|anything|the wrong thing)|tell(?:ing)? (?:him|her|them)|ask(?:ing)? (?:him|her|them)|disagree|upset(?:ting)? (?:him|her|them)|make (?:him|her|them)|set (?:him|her|them) off|be alone with|sleep|hear (?:his|her|the))",
        r"(?:dread|dreading|dreads|panic|stomach drops|heart races|heart pounds|tense up|freeze)\b.{0,40}(?:(?:he|she|they)(?:'s| is| are)? (?:get|gets|come|comes|coming) home|(?:his|her|their) (?:car|keys|key in the door|footsteps|voice|truck)|the door opens|(?:he|she|they) walk(?:s)? in)",
        r"(?:don't|do not|never|no longer|doesn't|didn't) feel safe (?:at home|with (?:him|her|them|you)|around (?:him|her|them|you)|in (?:my|our|this) (?:own )?(?:home|house|bed|flat|apartment))|(?:feel|am|i'm|felt) (?:so )?unsafe (?:at home|with|around|in my)",
        r"(?:check|checking|read|reading|gauge|gauging|watch|watching|test|testing) (?:his|her|their) (?:mood|face|temper)\b",
        r"(?:what|which) mood (?:he|she|they)(?:'ll| will|'s| is)?(?: be)? in|mood (?:he|she|they)(?:'ll| will)? (?:come home|be) in",
        r"(?:make|making|made) myself (?:small|invisible|quiet|scarce)|(?:flinch|flinched|flinching|cower|cowered|jump) (?:when|every time|whenever|if) (?:he|she|they)",
        r"(?:set|sets|setting) (?:him|her|them) off|(?:one|any) (?:wrong )?(?:word|thing|move) (?:could|can|will|and) (?:set|make)",
        r"(?:scared|afraid|terrified|frightened) (?:for )?(?:my|our) (?:life|lives|safety|kids'? safety)",
        r"(?:hold|held|holding) my breath (?:when|until|till|whenever|every)",
        r"(?:what|how) (?:he|she|they) (?:might|would|will|'ll|could) do (?:to me|if i|when (?:he|she|they) finds?)",
        r"(?:listen|listening|listened|wait|waiting) (?:out )?for (?:his|her|their) (?:car|truck|tractor|van|keys?|footsteps|steps|boots|bike)\b",
        r"nothing for (?:him|her|them) to (?:pick at|pick on|complain about|shout about|find fault with|kick off about|get angry)",
        r"(?:rehears\w+|practis\w+|practic\w+) (?:what|every word|how) (?:i'll|i will|to|i'm going to) (?:say|tell|ask)\b.{0,40}(?:him|her|them|before)",
    ),
    # Wishes to die and to kill oneself in the languages people switch to when frightened.
    _p(
        "self_harm",
        "active",
        r"(?:quiero|quero) (?:morir|morrer|matarme|me matar)",
        r"me quiero morir",
        r"(?:me voy a|vou me) matar",
        r"suicidarme",
        r"magpapakamatay",
        r"magpakamatay",
        r"gusto ko (?:nang |na )?mamatay",
        r"(?:marna|mar jana) (?:chahta|chahti)",
        r"khudkushi",
        r"(?:bidi|biddi|badi|abi|abgha|3ayez|ayez|3ayza) (?:amoot|amut|amout|mout|moot)",
        family="active_words",
    ),
    # Not wanting to live or to be here, in the same languages.
    _p(
        "self_harm",
        "passive",
        r"no quiero (?:estar aqu[ií]|vivir|seguir|despertar)",
        r"n[aã]o quero (?:mais )?(?:viver|estar aqui|acordar)",
        r"ayoko (?:na|nang) (?:mabuhay|gumising)",
        r"jeena nahi (?:chahta|chahti)",
        r"(?:mujhe|main) (?:mar|marna)\b",
        family="passive_words",
    ),
    # Hiding now and the partner on the way, in the same languages.
    _p(
        "violence",
        "now",
        r"(?:estoy|estamos|estou|estamos) escondid[ao]s?",
        r"me escond[ií] en",
        r"nagtatago (?:ako|kami)",
        r"(?:chhup|chup)(?:i|a|e) (?:hoon|hu|hain)",
        r"ya viene (?:para|pa)",
        r"(?:ele|ela) (?:est[aá] )?(?:vindo|chegando)\b.{0,40}(?:matar|bater|escondid)",
        family="now_words",
    ),
    # Threats to kill, in the same languages (Arabic as typed in Latin letters).
    _p(
        "violence",
        "threat_to_kill",
        r"(?:me|nos) (?:va|van) a matar",
        r"(?:me )?(?:va|van) a matarme",
        r"(?:me )?quiere matar",
        r"(?:vai|vou) (?:me|te|nos) matar",
        r"(?:me|te) matar(?:ia|á|a)\b",
        r"papatayin (?:(?:niya|nila|daw|raw) ){0,2}(?:ako|kami)",
        r"patayin (?:(?:niya|daw|raw) ){0,2}ako",
        r"(?:mujhe|tujhe) maar (?:dal|daal|de)",
        r"maar (?:dal|daal)(?:ega|egi|enge|unga|ungi)",
        r"(?:ha2|a2|ba2|b2|sa2|7a2|ha|aq|baq)tol(?:ek|ik|ak)",
        r"(?:y|yi|ye|ya)(?:2|q)tol(?:ni|na)",
        r"2tol(?:ek|ik|ak|ni)",
        family="threat_to_kill_words",
    ),
    # "One day you'll just disappear": a threat to kill without the word.
    _p(
        "violence",
        "threat_to_kill",
        r"(?:one day|someday|some day|one of these days)\b.{0,20}\b(?:you|you're|your|you'll) (?:just )?(?:going to |will |gonna )?(?:disappear|vanish|go missing|not come back|never be found)",
        r"(?:you'll|you will|you're going to|your going to|you are going to) (?:just )?(?:disappear|vanish|go missing)\b.{0,30}(?:one day|someday|and no one|and nobody|no one will|nobody will)",
        family="veiled",
    ),
)

PATTERNS: tuple[Pattern, ...] = tuple(pattern for group in _GROUPS for pattern in group)

# Idioms, jokes and ordinary uses of the guarded words. A guard cancels a guarded pattern
# only where both cover the same words.
GUARDS = re.compile(
    r"\b(?:(?:is|are|was|'s|'re|were|they're) (?:\w+ )?killing (?:me|it)|killing it|kill(?:ed)? it|"
    r"kill (?:for|a|an|the) (?:pizza|curry|coffee|beer|burger|drink|nap|cup)|could kill for|"
    r"dying (?:to|for|of (?:laughter|embarrassment|boredom|heat|thirst))|to die for|die (?:of|from) (?:embarrassment|laughter|shame|boredom|cuteness)|"
    r"dead (?:tired|on my feet|serious|funny|easy|quiet|end|battery|phone)|battery (?:is |'s )?dead|phone (?:is |'s |died)|"
    r"(?:nearly|almost|basically|literally) died (?:laughing|of)|die laughing|died laughing|"
    r"(?:bored|embarrassed|scared|worried) to death|"
    r"kill(?:ing)? (?:time|the (?:engine|lights|mood|music|vibe)|weeds|bugs|germs|spiders?|the spider|zombies|the boss|enemies|monsters)|"
    r"(?:the|this|my) (?:plant|plants|laptop|phone|car|battery|printer|fridge|wifi|tv|heater)\b.{0,20}(?:died|dead|is dying)|"
    r"(?:cut|cutting) (?:myself )?(?:some )?(?:slack|a break|short|corners|costs|back|down)|"
    r"end (?:it all )?(?:with|on) a (?:bang|high)|(?:want|wants|wanted) to die (?:of|from) (?:embarrassment|shame|cringe)|"
    r"game over|(?:dead|death) (?:metal|stranding|space|by chocolate)|"
    r"overdosed on (?:sugar|chocolate|caffeine|coffee|netflix|tv|candy|sweets)|"
    r"(?:it|that|this|reality|the news|the grief|the sadness|the loneliness) (?:really )?(?:hit|hits) me|hit me up|"
    r"kill(?:ed|s|ing)? two birds|kill to (?:get|have|see|be|go)|"
    r"(?:exam|test|quiz|workout|leg day|gym|match|essay|deadline|interview|shift|week) (?:\w+ )?(?:shot|killed|murdered|destroyed|wrecked|ended|buried) me|"
    r"(?:comes?|came|coming) in waves|(?:can't|cannot|couldn't) breathe (?:from|for|with) (?:laughing|laughter|crying)|(?:laughing|crying) so hard (?:i|that i) (?:can't|couldn't) breathe)"
)

_INDEX = TriggerIndex([pattern.regex for pattern in PATTERNS])
_WORDS = re.compile(r"[a-z0-9]+")


def matches(normalized: str) -> list[Pattern]:
    """The patterns that fire on a normalized text, leaving out idioms on guarded ones.

    Only patterns whose words the text has are run (``TriggerIndex``), which keeps the
    check to a few microseconds for the many messages that speak of no danger.
    """
    fired: list[Pattern] = []
    guards: list[re.Match[str]] | None = None
    for i in _INDEX.runnable(_WORDS.findall(normalized), normalized):
        pattern = PATTERNS[i]
        match = pattern.regex.search(normalized)
        if match is None:
            continue
        if pattern.guarded:
            if guards is None:
                guards = list(GUARDS.finditer(normalized))
            if any(g.start() < match.end() and match.start() < g.end() for g in guards):
                continue
        fired.append(pattern)
    return fired


_GUARD_INDEX = TriggerIndex([GUARDS])


def mask_idioms(normalized: str) -> str:
    """The text with each idiom replaced by the word "idiom", for the model's features."""
    if not _GUARD_INDEX.candidates(_WORDS.findall(normalized)):
        return normalized  # none of the words an idiom needs: nothing to replace
    return GUARDS.sub(" idiom ", normalized)


_ANY_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def alone(
    normalized: str, fired: list[Pattern], trusted: frozenset[str] | set[str]
) -> list[Pattern]:
    """The fired patterns that flag without the model: the sure ones, those the training
    data trusts (``trusted``, by name), and a self-harm statement that is nearly the whole
    text (``bare``)."""
    return [p for p in fired if p.sure or p.name in trusted] + bare(normalized, fired)


def bare(normalized: str, fired: list[Pattern]) -> list[Pattern]:
    """Self-harm patterns whose match is nearly the whole text ("I want to die.").

    With no other words there is nothing that could make it a joke or an idiom, and a
    model over words has too little to go on in a short text: such a text flags alone.
    """
    out = []
    for pattern in fired:
        if pattern.kind == "self_harm":
            match = pattern.regex.search(normalized)
            outside = len(_ANY_WORD.findall(normalized)) - len(_ANY_WORD.findall(match.group(0)))  # type: ignore[union-attr]
            if outside <= 2:
                out.append(pattern)
    return out
