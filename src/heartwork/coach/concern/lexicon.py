"""Word classes for the concern model: words that play the same part in a danger sentence.

"He grabbed my throat" and "she squeezed my neck" share no word but share the shape
PARTNER HARM SELF BODY. Features over classes let the model carry what it learned from one
wording to the other. Our own lists; a word may sit in more than one class.
"""

from __future__ import annotations

_CLASSES = {
    "harm": (
        "hit hits hitting punch punched punches punching slap slapped slaps slapping kick "
        "kicked kicks kicking choke choked chokes choking strangle strangled strangling shove "
        "shoved shoving push pushed pushing grab grabbed grabbing beat beats beating beaten "
        "smack smacked shook shake shaking pin pinned bit bite burned burnt threw throw "
        "throwing slam slammed slamming attack attacked hurt hurts hurting bruise bruised "
        "bruises squeeze squeezed dragged yanked twisted headbutted elbowed stabbed stab "
        "shot shoot cut cutting bleed bleeding blood smashed smash broke break"
    ),
    "weapon": (
        "gun guns pistol handgun rifle rifles shotgun firearm revolver knife knives blade "
        "blades machete razor axe hatchet hammer bat crowbar bullet bullets ammo loaded "
        "trigger holster safe"
    ),
    "means": (
        "pills pill tablets tablet paracetamol tylenol ibuprofen painkillers overdose insulin "
        "sleeping capsules bottle packet rope noose belt bridge ledge edge roof tracks train "
        "cliff river sea exhaust garage bleach jump"
    ),
    "body": (
        "neck throat face arm arms wrist wrists hair head ribs rib jaw eye eyes lip lips chest "
        "back stomach skin legs thighs body"
    ),
    "partner": (
        "he she him her husband wife boyfriend girlfriend partner fiance fiancee ex his hers "
        "spouse hubby missus they them"
    ),
    "death": (
        "die dies died dying dead death kill killed killing kills suicide suicidal end ending "
        "gone goodbye goodbyes funeral grave bury buried alive live living exist existing "
        "wake breathe "
        # The same in the languages people switch to when frightened (Spanish, Portuguese,
        # Tagalog, Hindi, Arabic as typed in Latin letters).
        "matar matarme matarte morir morirme morrer mamatay patayin papatayin maar marna "
        "amoot amut"
    ),
    "fear": (
        "scared afraid terrified frightened fear fearful dread dreading nervous panic shaking "
        "trembling flinch flinched hide hiding hid hidden unsafe eggshells tiptoe careful "
        "quiet small mood moods temper rage escondida escondido nagtatago chhupi"
    ),
    "control": (
        "allowed allow let lets permission forbid forbids forbidden track tracking tracks "
        "tracked location password passwords passcode pin phone checks checked monitor "
        "follows followed watching watches makes made demand demands insists"
    ),
    "money": (
        "money card cards account accounts bank wages salary allowance paycheck cash savings "
        "debt loan loans pay earnings receipts"
    ),
    "papers": (
        "passport passports visa papers documents id deported deport deportation immigration "
        "permit residency sponsor licence license certificate"
    ),
    "people": (
        "friends friend family mum mom sister brother parents dad father mother job work "
        "church colleagues kids children"
    ),
    "now": (
        "now tonight currently right minute minutes door outside coming help police 911 999 "
        "000 112 hurry please"
    ),
    "self": "myself me i my i'm i've i'd",
    "leave": "leave leaving left escape run away bag shelter refuge order packed secretly secret",
}

CLASSES_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in _CLASSES.items():
    for _word in _words.split():
        CLASSES_OF[_word] = (*CLASSES_OF.get(_word, ()), _name)
