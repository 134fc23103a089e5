"""Table-driven coder cases in general Arabic news phrasing (written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from marsad.events.coder import Decision
from marsad.model import Document, Event


def _dyad(ev: Event) -> tuple[str, str | None, str | None]:
    return (ev.event_type, ev.source.country if ev.source else None, ev.target.country if ev.target else None)


def _coded(ev: Event) -> tuple[str, str | None, str | None]:
    """Type, source code and target code of an event (IRQMIL, HOUTHIS)."""
    return (ev.event_type, ev.source.code if ev.source else None, ev.target.code if ev.target else None)


def _assert_among(code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """That one of the events coded from ``text`` has the expected type, source and target codes."""
    evs = [_coded(e) for e in code(text).events]
    assert expected in evs, evs


def _assert_source_of(code: Callable[[str], Document], text: str, trigger: str, source: str) -> None:
    """That ``text`` codes events with trigger ``trigger``, all with source code ``source``."""
    doc = code(text)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found and all(e.source and e.source.code == source for e in found), doc.events


def _assert_negated(code: Callable[[str], Document], text: str, event_type: str, negated: bool) -> list[Event]:
    """That ``text`` codes events of ``event_type``, every one negated (``negated``) or none; returns them."""
    found = [e for e in code(text).events if e.event_type == event_type]
    assert found and all(e.negated == negated for e in found), found
    return found


def _assert_no_event(code: Callable[[str], Document], text: str, event_type: str) -> None:
    """That no event coded from ``text`` has type ``event_type``."""
    evs = [_coded(e) for e in code(text).events]
    assert not [e for e in evs if e[0] == event_type], evs


# (sentence, expected (type, source country, target country) present among the events)
CASES = [
    ("استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة.", ("CONSULT", "EGY", "JOR")),
    ("اتهمت روسيا أوكرانيا بقصف محطة للطاقة.", ("ACCUSE", "RUS", "UKR")),
    ("أدانت السعودية الهجوم الإيراني على ناقلات النفط.", ("ACCUSE", "SAU", "IRN")),
    ("وقعت الأردن والعراق اتفاقية للتعاون الاقتصادي.", ("AGREE", "JOR", "IRQ")),
    ("تبادلت الهند وباكستان إطلاق النار عبر الحدود.", ("ASSAULT", "IND", "PAK")),
    ("دعت الأمم المتحدة إسرائيل إلى وقف الغارات على غزة.", ("REQUEST", None, "ISR")),
    ("هددت كوريا الشمالية الولايات المتحدة بضربة نووية.", ("THREATEN", "PRK", "USA")),
    ("زار وزير الخارجية الأمريكي بغداد أمس.", ("CONSULT", "USA", "IRQ")),
    ("اعتقلت الشرطة التركية عشرات الصحفيين في إسطنبول.", ("COERCE", "TUR", None)),
    ("فرضت الولايات المتحدة عقوبات جديدة على فنزويلا.", ("SANCTION", "USA", "VEN")),
    ("أشاد الرئيس الفرنسي بدور المغرب في مكافحة الإرهاب.", ("SUPPORT", "FRA", "MAR")),
    ("انسحبت القوات الروسية من مدينة خيرسون.", ("RETREAT", "RUS", None)),
    ("رفضت إثيوبيا المقترح المصري بشأن السد.", ("REJECT", "ETH", "EGY")),
    ("قدمت الكويت مساعدات إنسانية إلى اليمن.", ("AID", "KWT", "YEM")),
    ("تعاونت تونس والجزائر في تأمين الحدود المشتركة.", ("COOPERATE", "TUN", "DZA")),
    ("حشدت تركيا قوات على حدودها مع سوريا.", ("MOBILIZE", "TUR", None)),
    ("أفرجت إيران عن بحارة بريطانيين.", ("CONCEDE", "IRN", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_coded(code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    doc = code(text)
    dyads = [_dyad(e) for e in doc.events]
    etype, src, tgt = expected
    assert any(d[0] == etype and (src is None or d[1] == src) and (tgt is None or d[2] == tgt)
               for d in dyads), dyads


NO_EVENT = [
    "وتنشط الشركة في قطاع النفط منذ سنوات.",
    "ارتفعت أسعار النفط في الأسواق العالمية.",
    "يشكل التضخم تهديدا خطيرا للاقتصاد المصري.",
    "وتقع المدينة على بعد مئة كيلومتر من العاصمة الأردنية.",
    "طائرة مسيرة جديدة عرضت في معرض دبي.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(code: Callable[[str], Document], text: str) -> None:
    assert code(text).events == ()


@pytest.mark.parametrize("text", [
    # a prayer: God is asked, in both coordinated complements (سأل is a request verb)
    "وسأل الوزير المولى القدير أن يحفظ البلاد وأن يعين رجال الأمن.",
    "وسأل الوزير المولى أن يحفظ المملكة بقيادة الملك، وسمو ولي العهد، وأن يعين رجال الأمن.",
    "دعت الأمم المتحدة إلى أن تتوقف الغارات، وأن تنسحب القوات من المدينة.",
    "ونرجو أن تساعد الدول المانحة اللاجئين.",
    # taking up an office is no handing over (تسلم رئاسة، مهام، منصب)
    "وقال نابوت الذي تسلم رئاسة الاتحاد الأفريقي في آب الماضي إن بلاتيني مرشح جيد.",
    "تسلم الرئيس المصري رئاسة الاتحاد الأفريقي من نظيره الرواندي.",
])
def test_no_event_even_without_actors(detect: Callable[[str], Document], text: str) -> None:
    assert [(e.event_type, e.trigger.text) for e in detect(text).events if e.event_type != "REQUEST"] == []


@pytest.mark.parametrize("text", [
    "وباشرت فرق الهلال الأحمر السعودي الحادث.",
    "وعملت فرق الدفاع المدني الأردني على إخماد الحريق.",
    "ونقلت فرق الإسعاف التركية الجرحى إلى المستشفى.",
])
def test_teams_are_no_dispersal(code: Callable[[str], Document], text: str) -> None:
    """فرق الإنقاذ، فرق الدفاع المدني: "teams", not the verb فرّق "dispersed"."""
    assert [e.trigger.text for e in code(text).events if e.event_type == "COERCE"] == []


@pytest.mark.parametrize(("text", "visit"), [
    ("وصل 80 مصابا يمنيا إلى العاصمة الأردنية اليوم لاستكمال علاجهم.", False),
    ("وزار 40 ألف سائح روسي مصر الشهر الماضي.", False),
    ("وصل ثلاثة وزراء عرب إلى بغداد أمس.", True),  # officials, counted, do visit
    ("وصل وزير الخارجية الإيراني إلى بغداد أمس.", True),
])
def test_counted_travellers_pay_no_visit(code: Callable[[str], Document], text: str, visit: bool) -> None:
    assert any(e.event_type == "CONSULT" for e in code(text).events) is visit


@pytest.mark.parametrize(("text", "target"), [
    ("وصل وزير الخارجية الإيراني إلى العاصمة عمان اليوم.", "JOR"),  # Amman
    ("وصل وزير الخارجية الإيراني إلى العاصمة الأردنية عمان اليوم.", "JOR"),
    ("وصل وزير الخارجية الإيراني إلى سلطنة عمان اليوم.", "OMN"),
    ("وصل وزير الخارجية الإيراني إلى مسقط عاصمة عمان اليوم.", "OMN"),
    ("وصل وزير الخارجية الإيراني إلى عمّان اليوم.", "JOR"),  # the shadda writes Amman
    ("وصل وزير الخارجية الإيراني إلى عُمان اليوم.", "OMN"),
])
def test_a_city_named_after_the_word_capital(code: Callable[[str], Document], text: str, target: str) -> None:
    """عمان is Oman and Amman: after العاصمة it is the city."""
    assert [e.target and e.target.country for e in code(text).events if e.event_type == "CONSULT"] == [target]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("وبدأت أنقرة عمليتها العسكرية في يناير ضد وحدات حماية الشعب.", "TURGOV", "YPG"),
    ("وأطلق الجيش التركي عملية عسكرية في شمال العراق.", "TURMIL", "IRQ"),
    ("وبدأت القوات العراقية بقصف مواقع تنظيم داعش.", "IRQMIL", "ISIS"),
])
def test_beginning_and_launching_lend_their_subject(code: Callable[[str], Document], text: str, source: str,
                                                    target: str) -> None:
    """بدأ، أطلق + a verbal noun: the subject of the support verb is the attacker."""
    assert [(e.source and e.source.code, e.target and e.target.code) for e in code(text).events
            if e.event_type == "ASSAULT"] == [(source, target)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("وشنت الطائرات الإسرائيلية قصف مواقع حركة حماس في غزة.", "ISRMIL", "HAMAS"),
    ("وأدانت الخارجية المصرية اقتحام مقر البرلمان العراقي.", None, "IRQLEG"),
    ("وقصفت المدفعية التركية مواقع حزب العمال الكردستاني.", "TURMIL", "PKK"),
    ("وقالت مصادر إن الطائرات استهدفت مواقع الحوثيين في صعدة.", None, "HOUTHIS"),
    ("وقصفت طائرات الجيش السوري مواقع في ريف إدلب.", "SYRMIL", None),
])
def test_an_actor_after_its_sites_was_hit(code: Callable[[str], Document], text: str, source: str | None,
                                          target: str | None) -> None:
    """قصف مواقع داعش: after a place or property noun (مواقع، مقر، منازل) an attack's actor owns
    what was hit; after an instrument (طائرات، مدفعية) it is the attacker."""
    evs = [e for e in code(text).events if e.event_type in ("ASSAULT", "COERCE")]
    assert [(e.source and e.source.code, e.target and e.target.code) for e in evs] == [(source, target)]


def test_lam_after_a_warning_marks_whom_it_is_for(code: Callable[[str], Document]) -> None:
    """وجهت إسرائيل إنذارا لحركة حماس: a noun whose target لـ marks takes no لـ author."""
    evs = code("ووجهت إسرائيل إنذارا لحركة حماس.").events
    assert [_coded(e) for e in evs] == [
        ("THREATEN", "ISR", "HAMAS")]


@pytest.mark.parametrize("text", [
    "وأطلقت قوات الاحتلال الإسرائيلي صفارات الإنذار في المستوطنات.",
    "ودوت صافرات الانذار في تل أبيب بعد إطلاق صاروخ من غزة.",
    "وتلتزم القوات الأميركية بتفعيل نظم الإنذار المبكر.",
])
def test_sirens_are_no_warnings(code: Callable[[str], Document], text: str) -> None:
    assert [e.trigger.text for e in code(text).events if e.event_type == "THREATEN"] == []


def test_heartbeats_are_no_strikes(detect: Callable[[str], Document]) -> None:
    doc = detect("وقال الطبيب إن إصابة الشاب أدت إلى عدم انتظام في ضربات القلب.")
    assert [e.trigger.text for e in doc.events if "ضرب" in e.trigger.text] == []


@pytest.mark.parametrize("text", [
    "وأصيب الرئيس الأمريكي بفيروس كورونا.",
    "وأصاب فيروس كورونا آلاف العراقيين.",
    "وقال الجيش الإسرائيلي إن الرئيس الفلسطيني أصيب بوعكة صحية.",
    "وأصيب المسؤولون الأمريكيون بخيبة أمل من القرار الروسي.",
    "ويصاب آلاف الأطفال اليمنيين بالكوليرا كل شهر.",
])
def test_falling_ill_is_no_attack(code: Callable[[str], Document], text: str) -> None:
    assert [e.trigger.text for e in code(text).events if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "casualties"), [
    ("قصفت الطائرات الإسرائيلية مواقع في غزة مما أدى إلى إصابة عشرات السكان بجروح.", True),
    ("قصفت الطائرات الإسرائيلية مواقع في غزة مما أدى إلى إصابة السكان بالذعر.", False),  # panic
])
def test_falling_ill_is_no_casualty(text: str, casualties: bool) -> None:
    d = _decisions(text)["assault.qasafa"]
    assert any(why == "casualties reported in the clause" for _, why in d.salience) is casualties, d.salience


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن ثمانية أشخاص، بينهم طفلان، قتلوا في غارة أمريكية.",
    "وقالت الشرطة إن ثمانية أشخاص، من بينهم ثلاث نساء، قتلوا في غارة أمريكية.",
])
def test_an_aside_lets_the_verb_find_its_subject(code: Callable[[str], Document], text: str) -> None:
    """ثمانية أشخاص، بينهم طفلان، قتلوا: the counted people before the aside were killed, and
    counted victims make the killing a reported one."""
    d = _decisions(text)["assault.qatala"]
    assert d.target is not None and d.target.mentions[0].text == "أشخاص"
    assert any(why.startswith("its victims counted") for _, why in d.salience), d.salience


@pytest.mark.parametrize(("text", "plain", "struck"), [
    ("وقال البيان إن المتمردين شنوا الهجوم على الموقع أمس.", "وقال البيان إن المتمردين شنوا الهجوم في الموقع أمس.", True),
    ("وأطلقت الحركة عشرات الصواريخ على البلدات المحيطة بغزة.", "وأطلقت الحركة عشرات الصواريخ من البلدات المحيطة بغزة.",
     True),
    ("وقال البيان إن المتمردين شنوا الهجوم على خلفية الخلافات.", "وقال البيان إن المتمردين شنوا الهجوم بسبب الخلافات.",
     False),
    ("وانفجرت عبوة ناسفة على الطريق المؤدي إلى المدينة.", "وانفجرت عبوة ناسفة في الطريق المؤدي إلى المدينة.", False),
])
def test_a_named_object_of_attack(detect: Callable[[str], Document], text: str, plain: str, struck: bool) -> None:
    """هجوم على الموقع: what was hit is named, though it is no actor, and the attack is more
    clearly reported than one without (not على خلفية، على الطريق)."""
    def best(t: str) -> float:
        return max(e.confidence for e in detect(t).events if e.event_type == "ASSAULT")

    assert (best(text) > best(plain) + 0.05) is struck, (best(text), best(plain))


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال مصدر أمني إن عبوة ناسفة انفجرت على دورية بريطانية في البصرة.", [("ASSAULT", None, "GBRMIL")]),
    ("وانفجرت سيارة مفخخة بموكب وزير الداخلية العراقي.", [("ASSAULT", None, "IRQGOV")]),
    ("وانفجر الجندي وزملاؤه من الضحك فرحا بإصابة الفلسطيني.", []),
])
def test_what_an_explosion_hits(code: Callable[[str], Document], text: str,
                                expected: list[tuple[str, str | None, str | None]]) -> None:
    """انفجرت عبوة على دورية: the patrol is the target; a person 'bursting' laughs, no blast."""
    evs = [e for e in code(text).events if e.trigger.text.endswith(("انفجرت", "انفجر"))]
    assert [_coded(e) for e in evs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتعرض وزير الداخلية العراقي، الثلاثاء، للخطف على أيدي مسلحين في بغداد.", [("IRQUAF", "IRQGOV")]),
    ("وتعرضت دورية للجيش العراقي أمس، في منطقة الطارمية، لهجوم شنه مسلحون.", [("UAF", "IRQMIL")]),
])
def test_undergoing_past_an_aside(code: Callable[[str], Document], text: str,
                                  expected: list[tuple[str, str]]) -> None:
    """تعرض الوزير، الثلاثاء، للخطف على أيدي مسلحين: the one who underwent it is the target past
    short asides, and على أيدي names the doer like على يد; militants and the ministry of one
    country are two parties."""
    assert [(e.source and e.source.code, e.target and e.target.code) for e in code(text).events
            if e.event_type == "ASSAULT"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأثبتت قوات سوريا الديمقراطية فعالية في قتال تنظيم داعش.", [(None, "ISIS")]),
    ("واستمر قتال الحوثيين ضد القوات الحكومية في تعز.", [("HOUTHIS", "MIL")]),
    ("وتواصل القتال بين الجيش السوداني وقوات الدعم السريع.", [("RSF", "SAF"), ("SAF", "RSF")]),
    ("واندلعت معارك عنيفة بين القوات الحكومية ومسلحي حركة الشباب.", [("MIL", "SHABAAB"), ("SHABAAB", "MIL")]),
])
def test_who_fights_whom(code: Callable[[str], Document], text: str,
                         expected: list[tuple[str | None, str | None]]) -> None:
    """قتال داعش: fighting ISIS (the genitive is the foe unless ضد names one); القتال بين A وB:
    each side fights the other; ومسلحي حركة الشباب is a construct plural, not a verb."""
    assert sorted((e.source and e.source.code, e.target and e.target.code) for e in code(text).events
                  if e.event_type == "ASSAULT") == expected


def test_a_descriptive_verb_governs_only_its_predicate(detect: Callable[[str], Document]) -> None:
    """شكل (formed, constitutes) makes the verbal noun right after it a description, not one a
    clause further on (مجلس شكل في المدينة … نجا من محاولة اغتيال بتفجير سيارة مفخخة)."""
    far = detect("وقالت الشرطة إن قائد مجلس شكل في المدينة لمقاتلة التنظيم نجا من محاولة اغتيال بتفجير سيارة مفخخة.")
    assert any(e.event_type == "ASSAULT" for e in far.events)
    near = _decisions("ويشكل الهجوم على المدنيين جريمة حرب.")
    assert "described" in (near["assault.hujum"].frame.unasserted or "")


def test_a_dual_verb_referring_back_to_a_set_of_actors(code: Callable[[str], Document]) -> None:
    """فسيتوجهان: a dual verb whose subject is the set of actors named before (an argument with
    no mention of its own) is coded without error for each member (a crash on the ANT corpus)."""
    doc = code("احتجزت المخابرات الإسرائيلية فلسطينيين في مطار باليونان. "
               "وطالبا الشركة بتعويضهما وإلا فسيتوجهان إلى المحاكم.")
    assert any(e.trigger.text == "احتجزت" for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("وتبادلت الهند وباكستان الاتهامات بشأن الهجوم.", [("ACCUSE", "IND", "PAK"), ("ACCUSE", "PAK", "IND")]),
    ("وتبادل الرئيسان المصري والسوداني وجهات النظر حول القضايا الإقليمية.", [("CONSULT", "EGYGOV", "SDNGOV")]),
    ("وكان الضباط الأمريكيون يتبادلون النكات.", []),
    ("وتبادل الوزيران الأمريكي والروسي التهاني بالعيد.", []),
])
def test_what_is_exchanged(code: Callable[[str], Document], text: str,
                           expected: list[tuple[str, str | None, str | None]]) -> None:
    """تبادل الاتهامات is mutual accusation (each way, like a clash), تبادل وجهات النظر a
    consultation, تبادل النكات/التهاني nothing; an attack they talk about (بشأن الهجوم) is not
    theirs."""
    assert sorted(_coded(e) for e in code(text).events) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتعهدت إيران بالرد على الهجوم الإسرائيلي.", ("THREATEN", "IRN", "ISR")),
    ("وتعهد الحرس الثوري بالانتقام لمقتل قائده.", ("THREATEN", "IRGC", None)),
])
def test_a_pledge_of_revenge_is_a_threat(code: Callable[[str], Document], text: str,
                                         expected: tuple[str, str | None, str | None]) -> None:
    """تعهد بالرد/بالانتقام: a vow of retaliation threatens the author of what it answers."""
    evs = [e for e in code(text).events if e.event_type in ("THREATEN", "AGREE")]
    assert [_coded(e) for e in evs] == [expected]


@pytest.mark.parametrize("text", [
    "وذكرت مصادر حكومية يمنية أن عدد المفقودين جراء الإعصار الذي يضرب جزيرة سقطرى بلغ 17 يمنيا.",
    "ولقي 11 شخصا مصرعهم بسبب الإعصار الذي اجتاح جزيرة سقطرى اليمنية.",
])
def test_a_hurricane_is_no_attack(code: Callable[[str], Document], text: str) -> None:
    assert [e.trigger.text for e in code(text).events if e.event_type == "ASSAULT"] == []


def test_an_ally_alongside_is_no_foe(code: Callable[[str], Document]) -> None:
    """تقاتل إلى جانب قوات الأسد: fighting alongside Assad's forces, not against them."""
    evs = code("وضربت إسرائيل قواعد لفصائل مسلحة تدعمها إيران وتقاتل إلى جانب قوات الرئيس السوري بشار الأسد.").events
    assert all(e.target is None or e.target.country != "SYR" for e in evs if e.trigger.text == "وتقاتل")


@pytest.mark.parametrize(("text", "expected"), [
    ("ووجهت واشنطن أصابع الاتهام إلى حزب الله.", [("ACCUSE", "USAGOV", "HEZBOLLAH")]),
    ("ولفت وزير الخارجية السوداني إلى أن وزارته لا تستطيع سداد إيجارات مقرات بعثاتها.", []),
])
def test_fingers_of_accusation_and_a_ministry(code: Callable[[str], Document], text: str,
                                              expected: list[tuple[str, str | None, str | None]]) -> None:
    """وجه أصابع الاتهام إلى: an accusation; وزارته is "his ministry", never "and she visited him"."""
    assert [_coded(e) for e in code(text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وهتف مؤيدو الرئيس السوري: إحنا رجالك يا بشار.", [("PROTEST", "SYRCVL", None)]),
    ("وقال الخبراء إن جماعة أنصار الإسلام ضاعفت هجماتها ضد الحكومة البوركينية.", [("ASSAULT", "ANSARUL_ISLAM", "BFAGOV")]),
])
def test_supporters_and_ansar(code: Callable[[str], Document], text: str,
                              expected: list[tuple[str, str | None, str | None]]) -> None:
    """مؤيدو الرئيس: the president's supporters are civilians, not the government; أنصار الإسلام
    is a group's name."""
    assert [_coded(e) for e in code(text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت إسرائيل مرارا رفضها وجود قوات إيرانية في سوريا.", [("REJECT", "ISR", "IRNMIL")]),
    ("وأعلن الجيش الإسرائيلي أنه قصف مواقع لحماس.", [("ASSAULT", "IDF", "HAMAS")]),
])
def test_a_reported_verbal_noun_with_its_pronoun(code: Callable[[str], Document], text: str,
                                                 expected: list[tuple[str, str | None, str | None]]) -> None:
    """أعلنت إسرائيل رفضها: "announced its rejection" (the verbal noun), not "he rejected it";
    after أن the verb stays a verb."""
    assert [_coded(e) for e in code(text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأنهى ثلاثين طالباً وطالبة الدورة الصيفية في الولايات المتحدة الأمريكية.", []),
    ("وقال إن الشركة السعودية تحمل على عاتقها مسؤولية تطوير الحقول في اليمن.", []),
    ("وحملت الحكومة اليمنية الحوثيين مسؤولية الهجوم.", [("ACCUSE", "YEMGOV", "HOUTHIS")]),
])
def test_students_and_burdens(code: Callable[[str], Document], text: str,
                              expected: list[tuple[str, str | None, str | None]]) -> None:
    """ثلاثين طالباً: thirty students (a counted noun), not "they demanded"; تحمل على عاتقها
    مسؤولية: takes a responsibility on itself, no blame."""
    assert [_coded(e) for e in code(text).events] == expected


def test_on_behalf_of_is_no_prosecution(code: Callable[[str], Document]) -> None:
    """نيابة عن "on behalf of": no prosecutor (النيابة العامة stays one)."""
    doc = code("وشكرت المديرة المعلمات نيابة عن وزارة التعليم السعودية.")
    assert not any(m.actor is not None and m.actor.sector == "JUD" for m in doc.mentions)
    doc = code("وقالت النيابة العامة المصرية إن التحقيق مستمر.")
    assert any(m.actor is not None and m.actor.code == "EGYJUD" for m in doc.mentions)


@pytest.mark.parametrize(("text", "accused"), [
    ("وقالت باكستان إن طالبان هاجمت نقطة تفتيش للجيش الباكستاني.", ["TALIBAN"]),
    ("وقال وزير الخارجية الفرنسي إن تركيا تنتهك القانون الدولي.", ["TUR"]),
    ("وكشف وزير الخارجية الروسي أن الرئيس الأميركي دعا نظيره الروسي إلى زيارة واشنطن.", []),
    ("وقالت فرنسا إن واشنطن رفضت طلبات باريس بشأن العقوبات.", []),
    # fighting a named armed group is no wrong of the fighters
    ("وقال رئيس الوزراء التركي إن المعارضة السورية تقاتل تنظيم الدولة الإسلامية في شمال سوريا.", []),
])
def test_reporting_a_wrong_accuses(code: Callable[[str], Document], text: str, accused: list[str]) -> None:
    """A speaker who reports an attack, a seizure, a threat, a sanction, a violation or a riot
    accuses its author; one who reports a request, an invitation or a refusal does not."""
    assert [e.target and e.target.code for e in code(text).events
            if e.event_type == "ACCUSE" and "reported-hostility" in e.rule] == accused


@pytest.mark.parametrize(("text", "expected"), [
    ("كما ينص الاتفاق على أن تخفض إيران عدد أجهزة الطرد المركزي في منشآتها النووية.", []),
    ("وقد قتلت شابتان انتحاريتان 13 شخصا في سوق بالكاميرون.", [("ASSAULT", "UAF", "CVL")]),
])
def test_centrifuges_and_two_bombers(code: Callable[[str], Document], text: str,
                                     expected: list[tuple[str, str | None, str | None]]) -> None:
    """أجهزة الطرد المركزي are centrifuges, no expulsion; انتحاريتان are two (women) bombers."""
    assert [_coded(e) for e in code(text).events
            if e.event_type != "AGREE"] == expected


def test_a_family_name_after_a_patronymic_is_no_country(code: Callable[[str], Document]) -> None:
    """عبدالله بن عبدالمحسن التركي: التركي closes a man's name, he is no Turkey being hosted."""
    doc = code("استقبل الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله بن عبدالمحسن التركي بمقر الرابطة.")
    assert not any(m.actor is not None and m.actor.country == "TUR" for m in doc.mentions)
    doc = code("والتقى ولي العهد الأمير محمد بن سلمان الرئيس التركي في الرياض.")
    assert any(m.actor is not None and m.actor.country == "TUR" for m in doc.mentions)


@pytest.mark.parametrize(("text", "countries"), [
    ("وبلغ الفرق 1,100,479 ريال سعودي في المصاريف.", []),
    ("وقدمت الكويت مساعدات بقيمة مليار دولار أمريكي لليمن.", ["KWT", "YEM"]),
])
def test_a_currency_is_no_state(code: Callable[[str], Document], text: str, countries: list[str]) -> None:
    """ريال سعودي، دولار أمريكي: the nisba names the currency, not an actor."""
    doc = code(text)
    assert sorted({m.actor.country for m in doc.mentions if m.actor is not None and m.actor.country}) == countries


def test_a_running_total_is_no_report(detect: Callable[[str], Document]) -> None:
    """13 جنديا قتلوا حتى الآن هذا الشهر: statistics, not one attack."""
    one = detect("وقال موقع إن 13 جنديا أميركيا قتلوا في العراق هذا الشهر.").events
    total = detect("وقال موقع إن 13 جنديا أميركيا قتلوا في العراق حتى الآن هذا الشهر.").events
    assert one and total and max(e.confidence for e in total) < max(e.confidence for e in one)


@pytest.mark.parametrize(("text", "expected"), [
    ("أصيب ثلاثة جنود إسرائيليين بجروح في هجوم قرب رام الله.", ("ASSAULT", None, "ISR")),
    ("وأصاب الجيش الإسرائيلي ثلاثة فلسطينيين بالرصاص.", ("ASSAULT", "ISR", "PSE")),
])
def test_wounds_are_still_attacks(code: Callable[[str], Document], text: str,
                                   expected: tuple[str, str | None, str | None]) -> None:
    assert expected in {_dyad(e) for e in code(text).events}


@pytest.mark.parametrize(("text", "pairs"), [
    # a clash between two parties goes each way
    ("قتل ثلاثة أشخاص في اشتباكات بين الشرطة التركية وحزب العمال الكردستاني.",
     {("ASSAULT", "TURCOP", "PKK"), ("ASSAULT", "PKK", "TURCOP")}),
    # a meeting between them is one joint event, the first party its source
    ("عقدت القمة الثلاثية بين مصر وقبرص واليونان في كريت.",
     {("CONSULT", "EGY", "CYP"), ("CONSULT", "EGY", "GRC")}),
    # a word about a party is no party: الموالية لإيران describes the Houthis
    ("اندلعت اشتباكات بين قوات الحكومة اليمنية وميليشيات الحوثي الموالية لإيران.",
     {("ASSAULT", "YEMMIL", "HOUTHIS"), ("ASSAULT", "HOUTHIS", "YEMMIL")}),
])
def test_parties_between_act_on_each_other(code: Callable[[str], Document], text: str,
                                           pairs: set[tuple[str, str, str]]) -> None:
    got = {(e.event_type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in code(text).events}
    assert got == pairs


@pytest.mark.parametrize("text", [
    "وفي عام 1990 اجتاحت القوات العراقية الكويت.",
    "وفي أغسطس 1990 اجتاحت القوات العراقية الكويت.",
    "ومنذ 2011 قصفت القوات العراقية مواقع في الكويت.",
])
def test_a_year_counts_nothing(code: Callable[[str], Document], text: str) -> None:
    """عام 1990 اجتاحت: the verb after a year is a verb, not a noun counted by the number."""
    got = {(e.event_type, e.source.code if e.source else None) for e in code(text).events}
    assert ("ASSAULT", "IRQMIL") in got, got


def test_a_number_that_is_no_year_still_counts(code: Callable[[str], Document]) -> None:
    """A count of four digits, or a year with no head word before it, keeps the counted reading."""
    doc = code("وانتشر الجيش العراقي في 1500 قتل وفي السوق 2014 قتل من الجنود.")
    assert doc.events == (), [(e.event_type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize(("text", "target"), [
    ("وقمعها نظام الرئيس السابق زين العابدين بن علي بالقوة.", None),  # the pronoun is the object
    ("وأكد أن الجيش ضبط الأسلحة التي منحتها الولايات المتحدة لوحدات حماية الشعب.", "YPG"),  # a recipient
    ("وقصفت الطائرات الروسية مقاتلي تنظيم داعش.", "ISIS"),  # no pronoun: the actor after the subject is the object
])
def test_an_object_pronoun_on_the_verb_leaves_no_object_after_it(detect: Callable[[str], Document], text: str,
                                                               target: str | None) -> None:
    """قمعها نظام بن علي: the verb's object is its pronoun; an actor after it with no preposition is
    no object (with لـ it is a recipient: منحتها الولايات المتحدة لوحدات حماية الشعب)."""
    evs = [e for e in detect(text).events if e.event_type in ("COERCE", "AID", "ASSAULT")]
    assert evs, text
    got = evs[0].target
    assert (None if got is None else got.group or got.country) == target, got


def test_an_agency_cited_after_an_event_noun_is_not_its_author(code: Callable[[str], Document]) -> None:
    """قذائف بحسب وكالة الأناضول: the agency reports the shelling; هجوم داعش: the group made it."""
    evs = code("وأطلقت دبابات من كتيبة المدرعات الخامسة عدة قذائف بحسب وكالة الاناضول.").events
    assert not [e for e in evs if e.source is not None and e.source.group == "ANADOLU"], evs
    evs = code("وأدان الوزير هجوم داعش على القرية.").events
    assert any(e.event_type == "ASSAULT" and e.source is not None and e.source.group == "ISIS" for e in evs), evs


def test_a_clause_of_time_takes_the_main_subject(code: Callable[[str], Document]) -> None:
    """في الوقت الذي طالب فيه: the clause says when; its subject is the main clause's (the Qatari
    minister), not the actor before الوقت (al-Assad); a real antecedent still is the subject."""
    evs = code("انتقد وزير الخارجية القطري مواصلة إيران دعمها لنظام بشار الأسد، في الوقت الذي طالب فيه "
               "بإجراء حوار جاد مع طهران.").events
    req = [e for e in evs if e.event_type == "REQUEST"]
    assert req and req[0].source is not None and req[0].source.code == "QATGOV", req
    evs = code("وأشاد الوزير بالجيش العراقي الذي قصف مواقع داعش.").events
    assault = [e for e in evs if e.event_type == "ASSAULT"]
    assert assault and assault[0].source is not None and assault[0].source.country == "IRQ", assault


def test_counted_nouns_after_a_number_in_brackets(code: Callable[[str], Document]) -> None:
    """(6) فرق: six teams, as 6 فرق would be, not "dispersed"."""
    doc = code("كما شارك في الحادث (13) فرقة إسعافية و(6) فرق استجابة من الهلال الأحمر السعودي.")
    assert doc.events == (), [(e.event_type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize("text", [
    "وكان الموقع قد استشهد بالصحيفة اليونانية التي نشرت الخبر.",
    "واستشهد الباحث بتقرير للأمم المتحدة عن اللاجئين.",
])
def test_citing_a_source_is_no_death(detect: Callable[[str], Document], text: str) -> None:
    assert [e for e in detect(text).events if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # قاطع "categorical", spelled like قاطع/قاطعا "boycotted": an adjective after بشكل or an
    # indefinite accusative noun
    ("ونفى الوزير بشكل قاطع أن تكون القوات قد دخلت المدينة.", {("REJECT", "ونفى")}),
    ("ورفضت الحكومة المصرية المقترح رفضا قاطعا.", {("REJECT", "ورفضت")}),
    # the verbs themselves, and words that only look like such a pair
    ("وقاطعت المعارضة الانتخابات البرلمانية.", {("PROTEST", "وقاطعت")}),
    ("الرئيسان قاطعا الاجتماع.", {("PROTEST", "قاطعا"), ("CONSULT", "الاجتماع")}),
    ("كما دعا الملك الحكومة إلى العمل.", {("REQUEST", "دعا")}),
    ("وكان الرئيس باراك أوباما دعا إيران إلى وقف التخصيب.", {("REQUEST", "دعا")}),
    ("وقالت الوزارة إن نحو 81 سوريا طلبوا اللجوء.", {("REQUEST", "طلبوا")}),
    ("وساهمت جهودها وتعاونها في التحقيق.", {("COOPERATE", "وتعاونها")}),
])
def test_adjectives_spelled_like_verbs(detect: Callable[[str], Document], text: str,
                                       expected: set[tuple[str, str]]) -> None:
    assert {(e.event_type, e.trigger.text) for e in detect(text).events} == expected


def test_coordinated_reported_complements_stay_asserted(detect: Callable[[str], Document]) -> None:
    doc = detect("أعلنت الحكومة أن القوات اعتقلت عشرة مسلحين، وأن الشرطة قتلت اثنين منهم.")
    assert {e.event_type for e in doc.events} == {"COERCE", "ASSAULT"}


def _one(doc: Document, etype: str) -> Event:
    evs = [e for e in doc.events if e.event_type == etype]
    assert evs, [e.event_type for e in doc.events]
    return evs[0]


def test_negation(code: Callable[[str], Document]) -> None:
    ev = _one(code("لم تتفق مصر وإثيوبيا على تقاسم مياه النهر."), "AGREE")
    assert ev.negated


def test_denial_is_reject_and_negates_the_complement(code: Callable[[str], Document]) -> None:
    doc = code("نفت إيران أنها هاجمت السفن الأمريكية.")
    assert _one(doc, "REJECT").source.country == "IRN"  # type: ignore[union-attr]
    attack = _one(doc, "ASSAULT")
    assert attack.negated and attack.source and attack.source.country == "IRN"


@pytest.mark.parametrize(("text", "modality"), [
    ("ستفرض فرنسا عقوبات جديدة على روسيا.", "future"),
    ("سوف تفرض فرنسا عقوبات جديدة على روسيا.", "future"),
    ("تعتزم فرنسا فرض عقوبات على روسيا.", "intent"),
    ("تعهدت ألمانيا بتقديم مساعدات إلى أوكرانيا.", "pledge"),
])
def test_modality(code: Callable[[str], Document], text: str, modality: str) -> None:
    doc = code(text)
    assert doc.events and all(e.modality == modality for e in doc.events), [(e.event_type, e.modality) for e in doc.events]


def test_pledge_without_inner_event_is_agree(code: Callable[[str], Document]) -> None:
    ev = _one(code("تعهدت مصر والسودان بتعزيز التنسيق بينهما."), "AGREE")
    assert ev.modality == "pledge"


def test_reported_speech_keeps_the_speaker(code: Callable[[str], Document]) -> None:
    doc = code("قالت الشرطة العراقية إن مسلحين هاجموا نقطة تفتيش للجيش العراقي.")
    ev = _one(doc, "ASSAULT")
    assert ev.reported_by is not None and ev.reported_by.country == "IRQ"
    assert ev.target is not None and ev.target.sector == "MIL"


def test_passive_has_no_source(code: Callable[[str], Document]) -> None:
    ev = _one(code("وألقي باللوم على إيران في الهجوم."), "ACCUSE")
    assert ev.source is None and ev.target is not None and ev.target.country == "IRN"


def test_requested_event_is_not_asserted(code: Callable[[str], Document]) -> None:
    doc = code("دعت الأمم المتحدة إسرائيل إلى وقف الغارات على غزة.")
    assert [e.event_type for e in doc.events] == ["REQUEST"]


def test_coordination_gives_joint_event(code: Callable[[str], Document]) -> None:
    ev = _one(code("اتفقت الأردن والعراق على إنشاء منطقة تجارة حرة."), "AGREE")
    assert {ev.source.country, ev.target.country} == {"JOR", "IRQ"}  # type: ignore[union-attr]


def test_condemnation_targets_the_author(code: Callable[[str], Document]) -> None:
    doc = code("أدانت الكويت الهجوم التركي على شمال العراق.")
    ev = _one(doc, "ACCUSE")
    assert ev.source and ev.source.country == "KWT" and ev.target and ev.target.country == "TUR"


def test_offsets_point_into_the_text(code: Callable[[str], Document]) -> None:
    text = "وقال المتحدث إن الجيش الإسرائيلي قصف مواقع في غزة. واستقبل الملك الأردني الرئيس الفلسطيني."
    doc = code(text)
    assert doc.events
    for ev in doc.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert ev.sentence.start <= ev.trigger.start < ev.sentence.end
        for a in (ev.source, ev.target):
            if a is not None:
                assert text[a.start : a.end] == a.text


def test_one_event_per_type_and_dyad_in_a_sentence(code: Callable[[str], Document]) -> None:
    doc = code("التقى الرئيس المصري رئيس الوزراء الإثيوبي ووزير الخارجية الإثيوبي في القاهرة.")
    consult = [e for e in doc.events if e.event_type == "CONSULT"]
    assert len(consult) == 1


@pytest.mark.parametrize(("text", "etype", "src", "tgt", "rule"), [
    # a count after the verb: the passive reading, the victims are the target
    ("وقتل ثلاثة جنود عراقيين في هجوم شنه مسلحون.", "ASSAULT", None, "IRQ", "author-of-the-attack"),
    # أنه: the pronoun on the complementiser is the subject, and the count is the object
    ("وأكد الجيش الأمريكي أنه قتل نحو مئة مسلح في ولاية هلمند.", "ASSAULT", "USA", None, "complement-pronoun"),
    # SVO at the head of a complement clause
    ("وأعلن الجيش الأمريكي أن قواته قتلت مسلحا في بغداد.", "ASSAULT", "USA", None, "svo"),
    # تعرض لـ: the subject undergoes the attack; a patrol of the Lebanese army is Lebanese
    ("تعرضت دورية للجيش اللبناني لهجوم في طرابلس.", "ASSAULT", None, "LBN", "undergo"),
    # reciprocal: one event each way
    ("واشتبكت القوات الهندية والباكستانية على الحدود.", "ASSAULT", "IND", "PAK", "joint"),
])  # fmt: skip
def test_argument_rules(code: Callable[[str], Document], text: str, etype: str, src: str | None,
                        tgt: str | None, rule: str) -> None:
    evs = [e for e in code(text).events if e.event_type == etype]
    assert evs, text
    ev = evs[0]
    if src is not None:
        assert ev.source is not None and ev.source.country == src, ev.rule
    if tgt is not None:
        assert ev.target is not None and ev.target.country == tgt, ev.rule
    assert rule in ev.rule or rule == "joint"


@pytest.mark.parametrize("text", [
    "تظاهر آلاف المحتجين في وسط العاصمة.",
    "تجمع المتظاهرون أمام مبنى البرلمان.",
])
def test_protesters_protesting_are_coded_without_a_country(code: Callable[[str], Document], text: str) -> None:
    """A crowd is the actor of its protest: kept although it names no country or group."""
    evs = [e for e in code(text).events if e.event_type == "PROTEST"]
    assert evs and evs[0].source is not None and evs[0].source.sector in ("CVL", "OPP")


@pytest.mark.parametrize(("text", "sector"), [
    ("أعلن عمال الموانئ إضرابا عاما عن العمل.", "LAB"),
    ("تظاهر الطلاب أمام مبنى الجامعة للمطالبة بخفض الرسوم.", "EDU"),
    ("ونظم المزارعون وقفة احتجاجية أمام مقر المحافظة.", "AGR"),
    ("واصل اللاجئون اعتصامهم أمام مكتب المفوضية.", "REF"),
])
def test_workers_students_and_farmers_protest_as_a_crowd(code: Callable[[str], Document], text: str,
                                                          sector: str) -> None:
    """Strikes and demonstrations of a sector of society (workers, students, farmers, refugees) are
    kept like civilians' although they name no country or group."""
    evs = [e for e in code(text).events if e.event_type == "PROTEST"]
    assert evs and evs[0].source is not None and evs[0].source.sector == sector


def test_a_station_or_a_ministry_is_no_crowd(code: Callable[[str], Document]) -> None:
    """Sectors that also name institutions or outlets do not protest without a country: تلفزيون
    المسيرة is a channel, not a march."""
    assert not [e for e in code("وقال تلفزيون المسيرة إن الطائرات قصفت الميناء.").events
                if e.event_type == "PROTEST"]


def test_a_generic_actor_alone_is_still_dropped_for_other_types(code: Callable[[str], Document]) -> None:
    assert not [e for e in code("هاجم مسلحون قرية في الشمال.").events if e.source and not e.source.country
                and e.target is None]


@pytest.mark.parametrize(("text", "mode"), [
    ("أغلق المتظاهرون الطريق الرئيسي المؤدي إلى المطار أمس.", "obstruct"),
    ("وأحرق المحتجون الغاضبون إطارات السيارات في وسط المدينة.", "riot"),
    ("رشق المتظاهرون قوات الأمن بالحجارة أمام مقر المحافظة.", "riot"),
    ("اقتحم المحتجون مبنى البلدية مساء الاثنين.", "riot"),
])
def test_what_protesters_do_is_a_protest(code: Callable[[str], Document], text: str, mode: str) -> None:
    """Protesters blocking, burning, stoning or storming: a protest (CAMEO 144/145), not an assault."""
    doc = code(text)
    ev = _one(doc, "PROTEST")
    assert ev.mode == mode and ev.source is not None and ev.source.sector in ("CVL", "OPP")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"]


def test_travelling_protesters_are_not_blocking_anything(code: Callable[[str], Document]) -> None:
    assert not [e for e in code("وقطع متظاهرون مئات الكيلومترات للوصول إلى العاصمة.").events
                if e.mode == "obstruct"]


@pytest.mark.parametrize(("text", "negator"), [
    # a support verb's negation is the event's: لم تشن غارات is no air strike
    ("لم تشن إسرائيل غارات على غزة أمس.", "لم"),
    ("لن تشن تركيا هجمات على المدن السورية.", "لن"),
    # a negated ability verb, with a verbal noun or an أن-complement
    ("لم تتمكن القوات الإسرائيلية من اقتحام مخيم جنين.", "لم"),
    ("لا تستطيع القوات الإسرائيلية أن تقتحم مخيم جنين.", "لا"),
    ("لم يستطع الجيش الإسرائيلي أن يقتحم مخيم جنين.", "لم"),  # a hollow verb's jussive
    # a failure verb: the event did not happen
    ("فشلت القوات الإسرائيلية في اقتحام مخيم جنين.", "فشل"),
])  # fmt: skip
def test_governing_verbs_pass_on_negation(code: Callable[[str], Document], text: str, negator: str) -> None:
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert evs and all(e.negated for e in evs), [(e.rule, e.negated) for e in evs]
    assert {e.source.country for e in evs if e.source} <= {"ISR", "TUR"}


def test_no_news_came_in_is_no_negated_wish(code: Callable[[str], Document]) -> None:
    """لم ترد أنباء، لم ترد معلومات: ورد "came in" with words of news after it, no jussive of أراد
    that made the attack after it a negated intent."""
    ev = _one(code("ولم ترد أنباء عن إصابات في الهجوم الذي شنته حماس على إسرائيل."), "ASSAULT")
    assert not ev.negated and ev.modality is None and _coded(ev) == ("ASSAULT", "HAMAS", "ISR"), ev.rule
    ev = _one(code("ولم يصب أي إسرائيلي جراء الاحتجاجات."), "ASSAULT")  # أي before no word of news
    assert ev.negated and _coded(ev) == ("ASSAULT", None, "ISR"), ev.rule


@pytest.mark.parametrize("text", [
    "وقال مندوبان إن منظمة أوبك لا تنوي عقد اجتماع طارئ مع روسيا.",
    "وقالت المعارضة إنها لا تنوي إجراء محادثات مع الحكومة السورية.",
])
def test_a_negated_verb_of_intent_negates_what_it_governs(code: Callable[[str], Document], text: str) -> None:
    """لا تنوي عقد اجتماع: no intent, so no meeting to come, past the support verb (the negation
    was two words too far from the noun)."""
    evs = [e for e in code(text).events if e.event_type == "CONSULT"]
    assert evs and all(e.negated and e.modality == "intent" for e in evs), [(e.rule, e.negated) for e in evs]


@pytest.mark.parametrize("text", [
    "تمكنت القوات الإسرائيلية من اقتحام مخيم جنين.",
    "لم تفشل القوات الإسرائيلية في اقتحام مخيم جنين.",
    "شنت إسرائيل غارات على غزة أمس.",
])
def test_governing_verbs_that_assert(code: Callable[[str], Document], text: str) -> None:
    ev = _one(code(text), "ASSAULT")
    assert not ev.negated and ev.source is not None and ev.source.country == "ISR", ev.rule


@pytest.mark.parametrize(("text", "modality"), [
    ("يعتزم الجيش الإسرائيلي أن يقتحم مدينة جنين.", "intent"),
    ("تعهدت فرنسا بأن تفرض عقوبات على روسيا.", "pledge"),
    ("ستشن إسرائيل غارات جديدة على غزة.", "future"),
])
def test_modality_reaches_complements_and_verbal_nouns(code: Callable[[str], Document], text: str,
                                                       modality: str) -> None:
    evs = [e for e in code(text).events if e.event_type in ("ASSAULT", "SANCTION")]
    assert evs and all(e.modality == modality for e in evs), [(e.rule, e.modality) for e in evs]


@pytest.mark.parametrize(("text", "etype", "src", "tgt"), [
    # the words counting the subject stand between the verb and its actor (VSO)
    ("وتجمع نحو 500 متظاهر أمام مبنى البرلمان.", "PROTEST", "CVL", None),
    ("شارك الآلاف من المتظاهرين في مسيرة ضد الحكومة.", "PROTEST", "CVL", "GOV"),
    # a form III past (هاجم) cannot be read as a passive (that is هوجم): the count is the subject
    ("وهاجم نحو 50 مسلحا مركزا للشرطة.", "ASSAULT", "UAF", "COP"),
    ("داهم عشرات الجنود الإسرائيليين منازل في نابلس.", "COERCE", "MIL", None),
    # a sound past (قتل) can: the count is then the victims
    ("قتل 5 جنود في هجوم.", "ASSAULT", None, "MIL"),
    # a partitive من after a count does not govern the actor
    ("اعتقلت الشرطة العشرات من المتظاهرين.", "COERCE", "COP", "CVL"),
])  # fmt: skip
def test_counted_actors(detect: Callable[[str], Document], text: str, etype: str, src: str | None,
                        tgt: str | None) -> None:
    ev = _one(detect(text), etype)
    assert (ev.source.sector if ev.source else None) == src, ev.rule
    assert (ev.target.sector if ev.target else None) == tgt, ev.rule


def test_hollow_jussive_after_lam(code: Callable[[str], Document]) -> None:
    """لم يزر (not يزور) is read as زار, negated; the short form elsewhere is not (تقل "is less")."""
    ev = _one(code("لم يزر الرئيس الإيراني باكستان العام الماضي."), "CONSULT")
    assert ev.negated and ev.target is not None and ev.target.country == "PAK"
    from marsad.events.lexicon import load_event_lexicon
    from marsad.events.triggers import find_triggers
    from marsad.text import analyze_text

    lex = load_event_lexicon()
    for text, reads in (("لم يقل الوزير شيئا عن الهجوم.", True), ("لا يقل عدد القتلى عن عشرين.", False),
                        ("ولم تقل الحكومة شيئا.", True)):
        doc = analyze_text(text)
        ids = {t.entry.id for t in find_triggers(lex, doc.tokens, 0)}
        assert ("report.qala" in ids) is reads, (text, ids)


@pytest.mark.parametrize(("text", "src", "tgt"), [
    # an agent phrase (بـ + gunfire, shells; على يد) names the doer and makes the verb passive
    ("قتل جندي عراقي برصاص مسلحين من تنظيم القاعدة في الموصل.", "AQ", "IRQ"),
    ("قتل جندي أمريكي على يد مسلحين من حركة طالبان.", "TALIBAN", "USA"),
    ("استشهد شاب فلسطيني برصاص الجيش الإسرائيلي في نابلس.", "IDF", "PSE"),
    ("مقتل جندي أمريكي برصاص مسلحين من حركة طالبان.", "TALIBAN", "USA"),
    # "with live fire", no actor after it: the sentence stays active
    ("قتلت القوات الإسرائيلية شابا فلسطينيا برصاص حي.", "ISR", "PSE"),
    # an overt subject before the verb: no passive reading of the count after it
    ("وقالت الشرطة إن القوات الأمريكية قتلت 11 مسلحا من تنظيم القاعدة.", "USA", "AQ"),
    # casualties in an attack take the attack's author (مقتل … في هجوم شنه)
    ("وقع ذلك عقب مقتل 15 جنديا تركيا في هجوم شنه مسلحون من حزب العمال الكردستاني.", "PKK", "TUR"),
    # tanks, artillery, helicopters and a state's aircraft stand for its armed forces
    ("أطلقت دبابة إسرائيلية قذيفة على منزل لعائلة فلسطينية في بيت حانون.", "ISR", None),
    ("قصفت مروحيات أمريكية مواقع لحركة طالبان.", "USA", None),
    # succeeding in (نجح في) an act: its subject is the doer
    ("نجح الجيش الباكستاني في قتل قائد بارز في حركة طالبان الباكستانية.", "PAK", None),
])  # fmt: skip
def test_who_did_it(code: Callable[[str], Document], text: str, src: str, tgt: str | None) -> None:
    ev = _one(code(text), "ASSAULT")
    assert ev.source is not None and src in (ev.source.country, ev.source.group), ev.rule
    if tgt is not None:
        assert ev.target is not None and tgt in (ev.target.country, ev.target.group), ev.rule
    if "دبابة" in text or "مروحيات" in text:
        assert ev.source.sector == "MIL", ev.source


@pytest.mark.parametrize("text", [
    "استشهد الرئيس الأمريكي بقول مأثور في خطابه.",
    "واستشهد وزير الخارجية الفرنسي بأرقام البنك الدولي.",
])
def test_citing_is_no_martyrdom(code: Callable[[str], Document], text: str) -> None:
    _assert_no_event(code, text, "ASSAULT")


def test_casualties_of_a_cause_keep_its_author(code: Callable[[str], Document]) -> None:
    """أسفرت الهجمات عن مقتل …: the victims are not joined to a later, unrelated act."""
    doc = code("وقالت حركة طالبان الأفغانية إن الهجمات أسفرت عن مقتل ثمانية أشخاص ودفعت قواتها إلى الرد بإطلاق النار.")
    assert not [e for e in doc.events if e.trigger.text == "مقتل" and e.source is not None]


@pytest.mark.parametrize(("text", "src", "tgt"), [
    # a counted subject before a verb that can be read as passive, with no object after it: victims
    ("وكان 42 جنديا باكستانيا قد قتلوا في هجوم على مركز للتجنيد.", None, "PAK"),
    ("وقالت الشرطة إن 11 مدنيا عراقيا قتلوا برصاص مسلحين من تنظيم القاعدة.", "AQ", "IRQ"),
    # with an object, the subject acts
    ("وقالت الشرطة إن عشرات المسلحين قتلوا 5 جنود عراقيين.", "UAF", "IRQ"),
])  # fmt: skip
def test_counted_subject_before_the_verb(detect: Callable[[str], Document], text: str, src: str | None,
                                         tgt: str) -> None:
    evs = [e for e in detect(text).events if e.event_type == "ASSAULT" and e.trigger.text.startswith("قتل")]
    assert evs, text
    ev = evs[0]
    assert ev.target is not None and ev.target.country == tgt, ev.rule
    if src is None:
        assert ev.source is None, ev.rule
    else:
        assert ev.source is not None and src in (ev.source.country, ev.source.group, ev.source.sector), ev.rule


def _by_trigger(doc: Document, etype: str, word: str) -> Event:
    evs = [e for e in doc.events if e.event_type == etype and e.trigger.text.lstrip("و").startswith(word)]
    assert evs, [(e.event_type, e.trigger.text, e.rule) for e in doc.events]
    return evs[0]


def _sector(actor: object) -> str | None:
    return getattr(actor, "sector", None) if actor is not None else None


@pytest.mark.parametrize(("text", "word", "src", "tgt"), [
    # a sound past with an indefinite or construct subject after it and nothing that can be its
    # object: the passive reading (قُتل شخص، جُرح وزير الداخلية)
    ("وقتل شخص واصيب ثلاثة آخرون في انفجار قنبلة قرب سوق المدينة.", "قتل", None, "CVL"),
    ("وجرح وزير الداخلية في تفجير استهدف موكبه أمس.", "جرح", None, "GOV"),
    ("واعتقل ناشط في القاهرة أمس.", "اعتقل", None, "CVL"),
    # an object the lexicon does not know, a pronoun object, a number later, a definite subject:
    # the subject acts
    ("قتل مسلحون حارسا في المدينة.", "قتل", "UAF", None),
    ("قتل مسلحون سائقا في المدينة.", "قتل", "UAF", "CVL"),  # a driver: a civilian the lexicon knows
    ("خطف مسلحون أمس رجل أعمال.", "خطف", "UAF", "BUS"),
    ("قتله مسلحون في المدينة.", "قتل", "UAF", None),
    ("قتلت القوات الأمريكية في غارة جوية 11 مسلحا.", "قتل", "MIL", "UAF"),
    ("وقصفت الطائرات الإسرائيلية في جنوب لبنان.", "قصف", "MIL", None),
    # an indefinite subject opening a complement clause, nothing after the verb: the victim
    ("وقالت الشرطة إن شخصا قتل في انفجار قنبلة.", "قتل", None, "CVL"),
    ("وقال ضابط إن «جنديا عراقيا قتل في هجوم».", "قتل", None, "MIL"),
    # … but with an object after the verb, even one no lexicon knows, it acts
    ("وقالت الشرطة إن مسلحين مجهولين اختطفوا مدير المدرسة أمس.", "اختطف", "UAF", None),
    # a subject before a passive verb is its patient (أصيب is "was hit", not أُصيب "I hit")
    ("وذكرت الشرطة أن خمسة مدنيين أصيبوا بجروح إثر انفجار عبوة ناسفة.", "أصيب", None, "CVL"),
    ("وأصيب صباح أمس أربعة جنود أمريكيين بجروح.", "أصيب", None, "MIL"),
])  # fmt: skip
def test_passive_readings(detect: Callable[[str], Document], text: str, word: str, src: str | None,
                          tgt: str | None) -> None:
    ev = _by_trigger(detect(text), "ASSAULT" if "اعتقل" not in word else "COERCE", word)
    assert (_sector(ev.source), _sector(ev.target)) == (src, tgt), ev.rule


@pytest.mark.parametrize(("text", "src", "tgt"), [
    # an event noun right before a verb is its subject: the verb takes the noun's author, and
    # the noun's adjective actor (انتحاري، إسرائيلية، مسلحا) is no subject of the verb; the verb's
    # object lies before the next verb (the patrol is not the object of قتل)
    ("قتل جنديان في هجوم انتحاري استهدف دوريتهما في كركوك.", "UAF", "MIL"),
    ("وقالت مصادر إن غارة إسرائيلية استهدفت منزلا في غزة.", "ISR", None),
    ("وقال ضابط إن هجوما مسلحا استهدف دورية للجيش.", "UAF", "MIL"),
])  # fmt: skip
def test_event_noun_as_subject(text: str, src: str, tgt: str | None) -> None:
    decisions = _decisions(text)
    d = decisions["assault.istahdafa"]
    assert d.source is not None and d.source.rule == "event-author", d.source
    assert src in (d.source.actors[0].sector, d.source.actors[0].country), d.source
    assert (d.target.actors[0].sector if d.target else None) == tgt, d.target
    if "assault.qatala" in decisions:
        killed = decisions["assault.qatala"]
        assert killed.target is not None and killed.target.rule == "vso-passive", killed.target


def _trace_decisions(text: str) -> list[Decision]:
    """The coder's decisions on one text, in order, vetoed ones too."""
    from marsad.events.pipeline import code_pipeline
    from marsad.events.stage import EventStage

    pipe = code_pipeline()
    stage = next(s for s in pipe.stages if isinstance(s, EventStage))
    doc = Document.from_text(text)
    for s in pipe.stages[: pipe.stages.index(stage)]:
        doc = s(doc)
    _, trace = stage.trace(doc)
    return [d for st in trace for d in st.decisions]


def _decisions(text: str) -> dict[str, Decision]:
    """The coder's decisions on one text, by lexicon entry id."""
    return {d.trigger.entry.id: d for d in _trace_decisions(text)}


def test_who_reports_an_attack_did_not_make_it() -> None:
    """أعلنت وزارة الداخلية مقتل جندي: the ministry reports the death, it is not the killer."""
    d = _decisions("وأعلنت وزارة الداخلية مقتل جندي أفغاني أمس.")["assault.maqtal"]
    assert d.source is None, d.source
    assert d.target is not None and d.target.actors[0].country == "AFG", d.target


def test_who_admits_an_attack_made_it() -> None:
    """أقر التحالف بمقتل مدنيين: an admission names the author, unlike a report (أعلنت مقتل)."""
    d = _decisions("أقر التحالف الدولي بمقتل تسعة مدنيين في ضربات جوية.")["assault.maqtal"]
    assert d.source is not None and d.source.actors[0].group == "ANTI_ISIS_COALITION", d.source


def test_an_actor_inside_an_expression_is_its_author() -> None:
    """هجوم انتحاري: the suicide attacker, unless a claim names the author (تبنته طالبان)."""
    d = _decisions("وقتل ثلاثة أشخاص في هجوم انتحاري قرب السوق.")["assault.amaliya_tafjir"]
    assert d.source is not None and d.source.rule == "phrase-actor", d.source
    d = _decisions("وقتل ثلاثة أشخاص في هجوم انتحاري تبنته حركة طالبان.")["assault.amaliya_tafjir"]
    assert d.source is not None and d.source.actors[0].group == "TALIBAN", d.source


def test_prepositional_targets_stop_at_the_next_verb_and_skip_capitals_in_places() -> None:
    """في هجوم انتحاري استهدف موكبا … على طريق مطار كابل: Kabul is where, not whom."""
    d = _decisions("وأصيب خمسة أشخاص في هجوم انتحاري استهدف موكبا على طريق مطار كابل.")
    assert d["assault.amaliya_tafjir"].target is None, d["assault.amaliya_tafjir"].target
    d = _decisions("ونفذ مسلحون هجوما على مقر الحكومة في بغداد.")
    assert d["assault.hujum"].target is not None, d["assault.hujum"]


def test_masdar_of_purpose_takes_the_clause_subject() -> None:
    """خرج مئات من المتظاهرين احتجاجا على …: the protesters protest; a time phrase (مساء أول
    من أمس) and على الأقل do not stand between a verb and its subject."""
    d = _decisions("كما خرج مساء أول من أمس مئات من المتظاهرين احتجاجا على قرار الحكومة.")["protest.ihtijaj"]
    assert d.source is not None and d.source.rule == "purpose", d.source
    assert d.source.actors[0].sector == "CVL", d.source
    d = _decisions("وقال مصدر أمني إن ثمانية أشخاص على الأقل قتلوا في انفجار.")["assault.qatala"]
    assert d.target is not None and d.target.rule == "svo-passive", d.target


def test_a_plural_verb_before_a_count_is_active() -> None:
    """وخطفوا أربعة أوروبيين: a verb before its subject stays singular, so a plural one has a
    dropped subject (the gunmen of the clause before) and the count is its object."""
    d = _decisions("كما اقتحم مسلحون مهبطا للطائرات وخطفوا أربعة أوروبيين.")["assault.khatafa"]
    assert d.source is not None and d.source.rule == "pro-drop", d.source
    d = _decisions("وخطف أربعة أوروبيين في جنوب البلاد.")["assault.khatafa"]
    assert d.source is None, d.source


@pytest.mark.parametrize(("text", "etype"), [
    ("وهاجم الرئيس الأمريكي سياسة الحكومة الإيرانية.", "ACCUSE"),  # a verbal attack on a policy
    ("وهاجم رئيس الوزراء بشدة قرار المحكمة.", "ACCUSE"),
    ("وهاجم مسلحون مركزا للشرطة في المدينة.", "ASSAULT"),
])  # fmt: skip
def test_attacking_a_policy_is_criticism(code: Callable[[str], Document], text: str, etype: str) -> None:
    types = {e.event_type for e in code(text).events}
    assert etype in types and ({"ACCUSE", "ASSAULT"} - {etype}).isdisjoint(types), types


def test_a_definite_noun_after_the_verb_is_its_subject() -> None:
    """حمّل الطراونة الحكومة الأردنية المسؤولية: a name no lexicon knows is the subject; the
    government after it is the object, inside the expression. An adjective actor after a
    definite noun still names its owner (أكد البيان الإيراني)."""
    d = _decisions("وحمّل الطراونة الحكومة الأردنية مسؤولية غضب الشارع.")["accuse.hammala_masuliya"]
    assert d.source is None, d.source
    assert d.target is not None and d.target.actors[0].code == "JORGOV", d.target
    d = _decisions("ورفض البيان الإيراني الاتهامات الأمريكية.")["reject.rafada"]
    assert d.source is not None and d.source.actors[0].country == "IRN", d.source


def test_houthi_militias_are_the_houthis(code: Callable[[str], Document]) -> None:
    ev = _one(code("وشنت ميليشيات الحوثي هجوما على مواقع الجيش اليمني في تعز."), "ASSAULT")
    assert ev.source is not None and ev.source.group == "HOUTHIS", ev.source


@pytest.mark.parametrize(("text", "tgt"), [
    # meeting one's death (لقي مصرعه، لقي حتفه): the subject is the victim, there is no doer
    ("وقال مصدر إن خمسة جنود لقوا حتفهم في الهجوم.", "MIL"),
    ("ولقي ثلاثة مدنيين مصرعهم في القصف.", "CVL"),
])  # fmt: skip
def test_meeting_death_is_an_assault_on_the_subject(detect: Callable[[str], Document], text: str, tgt: str) -> None:
    evs = [e for e in detect(text).events if e.rule.startswith("assault.laqiya")]
    assert evs and evs[0].source is None, [(e.rule, e.source) for e in detect(text).events]
    assert evs[0].target is not None and evs[0].target.sector == tgt, evs[0].rule


def test_inflicting_losses_is_an_assault(code: Callable[[str], Document]) -> None:
    ev = _one(code("وكبدت القوات اليمنية الحوثيين خسائر فادحة."), "ASSAULT")
    assert ev.source is not None and ev.source.country == "YEM", ev.source
    assert ev.target is not None and ev.target.group == "HOUTHIS", ev.target


@pytest.mark.parametrize(("text", "src", "tgt"), [
    # shooting down an aircraft (أسقط طائرة) is an assault on its owner; a drone stays a drone
    ("وأسقطت الدفاعات الجوية السورية طائرة إسرائيلية فوق الجولان.", "SYR", "ISR"),
    ("وأسقط الحوثيون طائرة مسيرة أمريكية.", "HOUTHIS", "USA"),
])  # fmt: skip
def test_shooting_down_an_aircraft(code: Callable[[str], Document], text: str, src: str, tgt: str) -> None:
    doc = code(text)
    ev = _one(doc, "ASSAULT")
    assert ev.source is not None and src in (ev.source.country, ev.source.group), ev.source
    assert ev.target is not None and ev.target.country == tgt, ev.target
    assert not any(e.event_type == "PROTEST" for e in doc.events)


def test_raids_and_casualty_counts(code: Callable[[str], Document], detect: Callable[[str], Document]) -> None:
    """أغارت الطائرات على: an air raid (weak: تغير الوضع على الأرض "changed" is none); سقط قتلى /
    سقوط قتلى: casualties, the counted victims' country as target."""
    ev = _one(code("وأغارت طائرات التحالف بقيادة السعودية على معسكر للحوثيين."), "ASSAULT")
    assert ev.mode == "aerial" and ev.source is not None and ev.source.group == "ARAB_COALITION", ev
    assert not detect("وقد تغير الوضع على الأرض كثيرا.").events
    ev = _one(code("وسقط 17 قتيلا فلسطينيا برصاص الجيش الإسرائيلي."), "ASSAULT")
    assert ev.target is not None and ev.target.country == "PSE", ev.rule
    assert any(e.rule.startswith("assault.suqut") for e in detect("وساد الهدوء بعد سقوط قتلى في مواجهات.").events)


def test_the_speaker_is_not_the_dropped_subject_of_what_he_reports() -> None:
    """وأضاف المرصد "قتل 23 مقاتلا": the observatory reports the killing, it did not kill."""
    d = _decisions('وأضاف المرصد السوري "قتل ما لا يقل عن 23 مقاتلا".')["assault.qatala"]
    assert d.source is None or d.source.rule != "pro-drop", d.source
    # ما لا يقل عن counts the victims: the passive reading of a count after the verb
    assert d.target is not None and d.target.actors[0].sector == "UAF", d.target


def test_a_non_violent_event_aiming_at_something_is_no_attack() -> None:
    """العقوبات ستستهدف قطاعات: sanctions aim at sectors; استهدف is no assault here."""
    d = _decisions('وقال إن "العقوبات الأميركية ستستهدف قطاعات مهمة من الاقتصاد الإيراني".')
    assert d["assault.istahdafa"].veto and not d["assault.istahdafa"].events
    assert d["sanction.uquba"].source is not None


def test_approximate_counts() -> None:
    d = _decisions("وقتل ما يزيد على مئة مدني في القصف.")["assault.qatala"]
    assert d.target is not None and d.target.actors[0].sector == "CVL", d.target


def test_an_attack_noun_after_an_attack_verb_is_its_subject() -> None:
    """استهدف آخر هجوم انتحاري القوات الأجنبية: the attack targeted the forces; its suicide
    attacker is no object. A condemned attack after أدان stays the object."""
    d = _decisions("وقد استهدف آخر هجوم انتحاري في كابل القوات الأجنبية.")["assault.istahdafa"]
    assert d.source is not None and d.source.rule == "event-author", d.source
    assert d.target is not None and d.target.actors[0].sector == "MIL", d.target
    d = _decisions("وأدانت فرنسا الهجوم على السفارة.")["accuse.adana"]
    assert d.source is not None and d.source.actors[0].country == "FRA", d.source


def test_reporting_anothers_attack_is_an_accusation(code: Callable[[str], Document]) -> None:
    """تقول باكستان إن طالبان هاجمت …: the speaker accuses the attacker; a state (or its army)
    reporting its own country's strikes accuses nobody."""
    evs = code("وقالت باكستان إن حركة طالبان هاجمت مواقع الجيش الباكستاني.").events
    assert any(e.event_type == "ACCUSE" and e.source and e.source.country == "PAK"
               and e.target and e.target.group == "TALIBAN" for e in evs), evs
    evs = code("وذكر بيان الجيش الإسرائيلي أن الضربات الإسرائيلية استهدفت مواقع إيرانية في سوريا.").events
    assert not any(e.event_type == "ACCUSE" for e in evs), [(e.event_type, e.rule) for e in evs]


@pytest.mark.parametrize("text", [
    "وأفاد مراسل قناة الجزيرة أن الطائرات الإسرائيلية قصفت مواقع لحركة حماس في غزة.",
    "وذكرت وسائل إعلام محلية أن مسلحي حركة الشباب هاجموا قاعدة للجيش الصومالي.",
    # officials, diplomats, a military source of no country: no accuser is known
    "وقال مسؤولون إن الجيش الهندي قتل اثنين من المتشددين في كشمير.",
    "ونقلت الوكالة عن مصدر عسكري أن الجيش اليمني أحبط هجوما شنته ميليشيات الحوثي.",
])
def test_the_media_report_an_attack_without_accusing(code: Callable[[str], Document], text: str) -> None:
    evs = code(text).events
    assert any(e.event_type == "ASSAULT" for e in evs), [(e.event_type, e.rule) for e in evs]
    assert not any(e.event_type == "ACCUSE" for e in evs), [(e.event_type, e.rule) for e in evs]


@pytest.mark.parametrize("text", [
    "وأصدرت منظمة العفو الدولية تقريرا عن السجون.",  # العفو: amnesty, a word of the name
    "وكثفت طائرات تحالف دعم الشرعية في اليمن غاراتها على مواقع الحوثيين.",  # تحالف، دعم
    # دعم … عملية would be an expression of support, its words across the end of the name
    "أطلق تحالف دعم الشرعية في اليمن عملية عسكرية وإنسانية لتحرير ميناء الحديدة.",
])  # fmt: skip
def test_words_of_a_name_are_no_events(code: Callable[[str], Document], text: str) -> None:
    assert {e.event_type for e in code(text).events} <= {"ASSAULT"}, [(e.event_type, e.rule) for e in code(text).events]


@pytest.mark.parametrize(("text", "entry"), [
    ("وفي عام 2006 أطلقت طائرة بدون طيار تابعة لوكالة المخابرات المركزية الأمريكية عدة صواريخ على منزل.",
     "assault.atlaqa_sawarikh"),
    ("وقال البيت الأبيض إن الرئيس الأمريكي يحمل رئيس النظام السوري بشار الأسد وروسيا مسؤولية الهجوم الكيميائي.",
     "accuse.hammala_masuliya"),
])
def test_a_name_counts_as_one_word_between_the_words_of_an_expression(text: str, entry: str) -> None:
    """A long subject or object name stands between a verb and the rest of its expression."""
    assert entry in _decisions(text)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("وكانت اللجنة الدولية للصليب الأحمر دعت الجمعة إسرائيل إلى السماح لعائلة الأسير بزيارته.", "ICRC", "ISR"),
    ("وكانت بريطانيا قد اتهمت روسيا بالمسؤولية عن الهجوم.", "GBR", "RUS"),
    ("وكان الرئيس المصري زار الرياض الشهر الماضي.", "EGYGOV", "SAUGOV"),
])
def test_the_noun_of_kana_is_the_subject(code: Callable[[str], Document], text: str, source: str,
                                         target: str) -> None:
    """وكانت X دعت Y: the actor after كان is the verb's subject, the one after the verb its object."""
    assert [(e.source and e.source.code, e.target and e.target.code) for e in code(text).events][:1] \
        == [(source, target)]


@pytest.mark.parametrize(("text", "source", "target"), [
    # a quotation mark between a preposition and its noun: ISIS is fought, not fighting
    ("وفي سياق القتال ضد «داعش»، قتل مسلحون خمسة جنود.", None, "ISIS"),
    # حيال "regarding": the Ukrainian crisis is no object of the refusal
    ("لكن فرنسا رفضت توريد السفينتين على خلفية اختلاف المواقف حيال الأزمة الأوكرانية.", "FRA", None),
])
def test_prepositions_govern_their_noun_only(detect: Callable[[str], Document], text: str, source: str | None,
                                            target: str | None) -> None:
    ev = detect(text).events[0]
    assert (ev.source and ev.source.code, ev.target and ev.target.code) == (source, target)


def test_an_expressions_object_after_it_is_no_subject() -> None:
    """وكانت الخارجية الكويتية قد استدعت سفير الفلبين: the ambassador is the object."""
    d = _decisions("وكانت وزارة الخارجية الكويتية قد استدعت سفير الفلبين لدى الكويت.")["accuse.istadaa_safir"]
    assert d.source is not None and d.source.actors[0].country == "KWT", d.source


def test_a_definite_noun_opening_the_clause_is_the_subject() -> None:
    """أن الصاروخين لم ينفجرا: the missiles are the subject; no dropped subject is looked for."""
    d = _decisions("وقتل جندي بريطاني في الهجوم. وذكرت المصادر أن الصاروخين لم ينفجرا لأسباب تقنية.")
    assert d["assault.infajara"].source is None, d["assault.infajara"].source


def test_a_crowd_of_is_no_mobilisation(code: Callable[[str], Document]) -> None:
    _assert_no_event(code, "ودهس سائق حشدا من المارة في تورونتو.", "MOBILIZE")
    assert _one(code("وحشدت تركيا قوات على حدودها مع سوريا."), "MOBILIZE")


def test_approximations_with_a_partitive_terminate() -> None:
    """ما يقارب من 1100: the partitive after an approximation once sent the counting words into
    endless recursion; the count is still read."""
    d = _decisions("وقتل ما يقارب من 1100 مدني في الحرب.")
    assert d["assault.qatala"].target is not None, d["assault.qatala"]


@pytest.mark.parametrize(("text", "rule", "country"), [
    # an actor deep in a prepositional phrase (… على قاعدة التيفور الجوية السورية) is no object
    ("وقبل أيام قتل عسكريون إيرانيون في غارة على قاعدة التيفور الجوية السورية.", "vso-passive", "IRN"),
    # a definite noun ends the phrase of the preposition: the object may follow it
    ("وقصفت الطائرات الإسرائيلية في الجنوب مواقع إيرانية.", "obj", "IRN"),
    # an adverb (بشدة) stands between the verb and its object
    ("وهاجم رئيس الوزراء بشدة قرار المحكمة الإيرانية.", "obj", "IRN"),
])  # fmt: skip
def test_objects_and_prepositional_phrases(text: str, rule: str, country: str) -> None:
    d = next(d for d in _decisions(text).values() if d.trigger.pos == "verb" and d.trigger.is_event)
    assert d.target is not None and d.target.rule == rule, d.target
    assert d.target.actors[0].country == country, d.target


def test_relative_clauses_with_a_passive_reading() -> None:
    """الجنود الذين قتلوا في الهجوم: nothing after the verb, the antecedent is its patient; a
    noun no lexicon knows before الذي is the antecedent (سراح مسلم، الذي اعتقل): no actor is
    taken from further back, and no subject is dropped."""
    d = _decisions("وقال إن الجنود الأمريكيين الذين قتلوا في الهجوم نقلوا إلى بلادهم.")["assault.qatala"]
    assert d.target is not None and d.target.rule == "relative-passive", d.target
    d = _decisions("وقال إن المسلحين الذين اعتقلوا الناشطين فروا.")["coerce.iataqala"]
    assert d.source is not None and d.source.rule == "relative", d.source
    # an indefinite accusative after a prepositional phrase is the object: the active reading
    d = _decisions("وقال إن الميليشيات الحوثية التي تستهدف بهذه الصواريخ مدنا سعودية.")["assault.istahdafa"]
    assert d.source is not None and d.source.actors[0].group == "HOUTHIS", d.source
    d = _decisions("وأطلقت محكمة براغ سراح مسلم، الذي اعتقل، السبت الماضي.")["coerce.iataqala"]
    assert d.source is None and d.target is None, (d.source, d.target)


def test_a_verb_without_its_expression_ends_the_object_search() -> None:
    """قتل طفل جراء قذيفة أطلقتها ميليشيات الحوثي: أطلقتها (the head of أطلق النار/صواريخ) is
    a verb, so the militias are its subject, not the object of قتل; the child is the victim."""
    d = _decisions("وقتل طفل من جراء سقوط قذيفة مدفعية أطلقتها ميليشيات الحوثي على قرية.")["assault.qatala"]
    assert d.target is not None and d.target.actors[0].sector == "CVL", d.target


@pytest.mark.parametrize(("text", "src", "tgt"), [
    # a state as the subject acts (هددت سوريا بشن عملية); a named person can be the victim
    ("هددت سوريا وروسيا بشن عملية عسكرية في مدينة دوما.", "SYR", None),
    ("جرح وزير الدفاع الياس المر في تفجير سيارة مفخخة.", None, "GOV"),
    # أول من أمس is a time phrase: the count after it is the victims
    ("وقتل أول من أمس 4 جنود إثيوبيين في هجوم.", None, "ETH"),
])  # fmt: skip
def test_who_acts_and_who_suffers(text: str, src: str | None, tgt: str | None) -> None:
    d = next(d for d in _decisions(text).values() if d.trigger.pos == "verb" and d.trigger.is_event)
    assert (d.source.actors[0].country if d.source else None) == src, d.source
    if tgt is not None:
        assert d.target is not None and tgt in (d.target.actors[0].country, d.target.actors[0].sector), d.target


def test_an_accusation_names_whom_it_accuses(code: Callable[[str], Document]) -> None:
    """قال مكتب الحاكم إن الجيش قتل 11 مسلحا: the army of no country is accused by nobody."""
    evs = code("وقال مكتب الحاكم إن الجيش قتل 11 مسلحا كرديا الليلة الماضية.").events
    assert not [e for e in evs if e.event_type == "ACCUSE"], [(e.event_type, e.rule) for e in evs]


@pytest.mark.parametrize(("text", "tgt"), [
    # a protest is against the actor its demands or slogans name (a word of grievance, then it)
    ("احتشد آلاف المتظاهرين أمس على هتافات تطالب باستقالة الحكومة الإسبانية في مدريد.", "ESP"),
    ("وخرج المتظاهرون إلى الشوارع مرددين هتافات منها «يسقط بوش».", "USA"),
    ("ونزل المتظاهرون إلى الشوارع وسط غضب من قرار بريطانيا تكريم الكاتب.", "GBR"),
    ("وتظاهر الآلاف في طهران هاتفين الموت لأمريكا.", "USA"),
])  # fmt: skip
def test_what_a_protest_is_against(text: str, tgt: str) -> None:
    d = next(d for d in _decisions(text).values() if d.trigger.entry.event_type == "PROTEST")
    assert d.target is not None and d.target.rule == "grievance", d.target
    assert d.target.actors[0].country == tgt, d.target


def test_a_relative_verb_without_a_resumptive_pronoun_has_the_antecedent_as_subject() -> None:
    """الغارات التي استهدفت تنظيم داعش: the raids are the subject, the group is the object; with
    a pronoun referring back (التي قصفها الجيش) the actor after the verb is its subject."""
    d = _decisions("ورحب الوزير بالغارات التي استهدفت تنظيم داعش في الرقة.")["assault.istahdafa"]
    assert d.source is None or d.source.actors[0].group != "ISIS", d.source
    assert d.target is not None and d.target.actors[0].group == "ISIS", d.target
    d = _decisions("وزار الوزير القرية التي قصفها الجيش السوري أمس.")["assault.qasafa"]
    assert d.source is not None and d.source.actors[0].country == "SYR", d.source


@pytest.mark.parametrize(("text", "entry"), [
    ("ومنح حاكم الولاية الجنود أوسمة تقديرا لشجاعتهم.", "coerce.haakama"),  # the governor, not "tried"
    ("وشارك 17 طالبا في المسابقة التي نظمتها الوزارة.", "request.taalaba"),  # 17 students
])  # fmt: skip
def test_nouns_that_look_like_verbs_are_no_events(detect: Callable[[str], Document], text: str, entry: str) -> None:
    evs = detect(text).events  # detection mode: an event needs no actor to be kept
    assert not [e for e in evs if e.rule.startswith(entry + " ")], [(e.event_type, e.rule) for e in evs]


def test_a_verbal_noun_after_operation_or_charge_is_no_verb() -> None:
    """عملية خطف جنديين، بتهمة قتل: the word after عملية or تهمة is a verbal noun."""
    d = next(d for d in _decisions("وشارك في عملية خطف جنديين إسرائيليين عام 1986.").values()
             if d.trigger.entry.event_type == "ASSAULT")
    assert d.trigger.pos == "noun", d.trigger
    assert d.source is None, d.source


def test_the_object_of_a_verbal_noun_with_a_pronoun() -> None:
    """اجتياحهم العاصمة صنعاء: the pronoun is the author, the capital after it is the object."""
    d = _decisions("وندد الوزير باجتياحهم العاصمة صنعاء قبل عام.")["assault.ijtiyah"]
    assert d.target is not None and d.target.rule == "masdar-object", d.target
    assert d.target.actors[0].code == "YEMGOV", d.target


def test_an_honorific_opens_the_subject(code: Callable[[str], Document]) -> None:
    """استقبل صاحب السمو الملكي الأمير محمد بن سلمان …: the honorific is part of the subject,
    so the prince receives; he is no object."""
    from marsad.config import Config
    from marsad.events.pipeline import code_pipeline
    from marsad.model import DocMeta

    pipe = code_pipeline(Config(published="2016-05-01"))
    doc = pipe(Document.from_text("استقبل صاحب السمو الملكي الأمير محمد بن سلمان في جدة أمس وزير الخارجية الأمريكي.",
                                  meta=DocMeta()))
    ev = next(e for e in doc.events if e.event_type == "CONSULT")
    assert ev.source is not None and ev.source.country == "SAU", ev.source
    assert ev.source.text.startswith("صاحب السمو الملكي"), ev.source
    assert ev.target is not None and ev.target.country == "USA", ev.target


def test_what_caused_a_death_is_the_nearest_event_before_the_causing_verb() -> None:
    """أعربت البعثة عن قلقها إزاء الاشتباكات … ما أدى إلى مقتل: the clashes caused the deaths; the
    mission that voiced concern killed nobody."""
    d = _decisions("وأعربت بعثة الأمم المتحدة عن قلقها إزاء الاشتباكات في جنوب ليبيا، ما أدى إلى مقتل "
                   "أكثر من 60 شخصا.")["assault.maqtal"]
    assert d.source is None, d.source


def test_an_event_far_before_the_causing_verb_is_no_cause() -> None:
    """خلال افتتاح قمة منظمة التعاون … الذي تزامن مع مواجهات … أسفرت عن مقتل: the summit, many
    words back, caused no deaths; the clashes (no event the lexicon knows here) did."""
    d = _decisions("وقال أردوغان، خلال افتتاح قمة منظمة التعاون الإسلامي الطارئة حول القدس في مدينة إسطنبول، "
                   "إن الاحتفال بنقل السفارة الأمريكية إلى القدس تزامن مع مواجهات عنيفة في غزة على الحدود "
                   "الإسرائيلية أسفرت عن مقتل 60 فلسطينيا على الأقل.")["assault.maqtal"]
    assert d.source is None, d.source
    d = _decisions('قصفت طائرات حربية سورية وروسية الجمعة منطقة "حوض اليرموك" في ريف درعا الجنوبي الغربي، '
                   "ما أسفر عن مقتل 26 مدنيا.")["assault.maqtal"]
    assert d.source is not None and {a.country for a in d.source.actors} == {"SYR", "RUS"}, d.source


def test_members_counted_before_a_quoted_group_are_its_killed() -> None:
    """أن 20 عنصرا من " داعش " قتلوا: the counted members are the victims, not the killers."""
    d = _decisions('وأعلنت مصادر أمنية أن 20 عنصرا من " داعش " قتلوا في القصف.')["assault.qatala"]
    assert d.source is None, d.source
    assert d.target is not None and d.target.actors[0].group == "ISIS", d.target


def test_a_counted_object_that_is_no_actor_comes_first() -> None:
    """دمرت القوات ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش: the vehicles are the object;
    an actor right after a counted noun owns it (عدة مخابئ لطالبان) and is the target."""
    d = _decisions("كما دمرت القوات العراقية ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش قرب الرمادي."
                   )["assault.dammara"]
    assert d.target is None, d.target
    d = _decisions("واستهدفت القوات الجوية الباكستانية عدة مخابئ مشتبه بها لطالبان الباكستانية.")["assault.istahdafa"]
    assert d.target is not None and d.target.actors[0].group == "TTP", d.target


def test_a_coordinated_noun_is_no_genitive() -> None:
    """يعملون في مجال المساعدات وطيارين كينيين: Kenya gives no aid."""
    d = _decisions("وخطفوا أربعة عمال يعملون في مجال المساعدات وطيارين كينيين اثنين.")["aid.musaada"]
    assert d.source is None, d.source


def test_the_present_of_alqa_is_active() -> None:
    """تلقي القبض على: the present active ends with ي like the past passive ألقي; only the past
    reads as a passive."""
    d = _decisions("السلطات الإماراتية تلقي القبض على خادمة في دبي.")["coerce.alqa_qabd"]
    assert d.source is not None and d.source.actors[0].country == "ARE", d.source
    d = _decisions("وألقي القبض على المتهم في دبي أمس.")["coerce.alqa_qabd"]
    assert d.source is None, d.source
    d = _decisions("وقال المرصد إن الشخص الذي ألقي القبض عليه أمس مصري.")["coerce.alqa_qabd"]
    assert d.trigger.passive and d.source is None, d.source


@pytest.mark.parametrize(("text", "entry"), [
    ("واعتقلت الشرطة الإماراتية أمس خادمة قتلت رضيعها.", "assault.qatala"),
    ("وذكرت وزارة الصحة العامة في تايلاند أن قانونا يحظر تأجير الأرحام بغرض تجاري قد دخل حيز التنفيذ.",
     "sanction.hazara"),
])  # fmt: skip
def test_a_noun_right_before_the_verb_is_its_subject(text: str, entry: str) -> None:
    """خادمة قتلت، أن قانونا يحظر: the noun right before the verb is the subject (the maid, a
    worker; the law, no actor); no earlier actor (the police, the ministry) is the dropped subject."""
    d = _decisions(text)[entry]
    assert d.source is None or [a.sector for a in d.source.actors] == ["LAB"], d.source


def test_support_as_a_verbal_noun() -> None:
    """في قضية دعم واشنطن لوحدات حماية الشعب: after قضية, دعم is the noun; its genitive gives,
    its ل receives."""
    d = _decisions("وتختلف تركيا مع أميركا في قضية دعم واشنطن لوحدات حماية الشعب الكردية.")["support.dam"]
    assert d.source is not None and d.source.actors[0].country == "USA", d.source
    assert d.target is not None and d.target.actors[0].group == "YPG", d.target


def test_a_pronoun_of_the_matter_is_no_subject() -> None:
    """أعلن المرصد أنه قصفت قوات النظام: the masculine ه does not agree with the feminine verb, so
    it is the pronoun of the matter; the forces after the verb are its subject. ونفت إيران أنها
    هاجمت: the pronoun agrees and refers to Iran."""
    d = _decisions("أعلن المرصد السوري لحقوق الإنسان أنه قصفت قوات النظام صباح أمس مناطق في حرستا.")[
        "assault.qasafa"]
    assert d.source is not None and d.source.rule == "vso" and d.source.actors[0].sector == "MIL", d.source
    d = _decisions("ونفت إيران أنها هاجمت السفن في الخليج.")["assault.hajama"]
    assert d.source is not None and d.source.actors[0].country == "IRN", d.source


def test_the_genitive_of_support_is_its_object_without_a_prepositional_target() -> None:
    """دعم واشنطن للوحدات: Washington supports; في دعم الحوثيين: the Houthis are supported."""
    d = _decisions("وأكد الوزير أن إيران مستمرة في دعم الحوثيين.")["support.dam"]
    assert d.source is None or d.source.actors[0].group != "HOUTHIS", d.source
    assert d.target is not None and d.target.actors[0].group == "HOUTHIS", d.target


def test_the_place_of_a_meeting_is_no_participant() -> None:
    """قمة سنغافورة، اجتماع فيينا: the genitive country or capital of a meeting noun is where it
    takes place; an adjective still names a participant (القمة الأمريكية)."""
    d = _decisions("وأشاد الوزير بنتائج قمة سنغافورة بين الزعيمين.")["consult.qimma"]
    assert d.source is None or d.source.actors[0].country != "SGP", d.source
    d = _decisions("وعقدت القمة الأمريكية الكورية في سنغافورة.")["consult.qimma"]
    assert d.source is not None and d.source.actors[0].country == "USA", d.source


def test_the_word_after_min_ajl_is_a_noun(detect: Callable[[str], Document]) -> None:
    """من أجل دعم التنفيذ: after the compound preposition من أجل, دعم is a noun, not a verb."""
    evs = detect("وقال المتحدث إن القرار جاء من أجل دعم تنفيذ نتائج قمة سنغافورة.").events
    assert not [e for e in evs if e.rule.startswith("support.daama ")], [(e.event_type, e.rule) for e in evs]


def test_a_time_word_in_commas_does_not_end_the_clause() -> None:
    """رفض نتنياهو، الأربعاء، دعوات …: the object comes after the day in commas, so the verb is
    active; قتل شخص، أمس، في انفجار stays passive."""
    d = _decisions("ورفض نتنياهو، الأربعاء، دعوات إلى استقالته.")["reject.rafada"]
    assert d.source is not None and d.source.actors[0].country == "ISR", d.source
    d = _decisions("وقتل شخص، أمس، في انفجار عبوة ناسفة.")["assault.qatala"]
    assert d.target is not None and d.target.rule == "vso-passive", d.target


@pytest.mark.parametrize(("text", "riot"), [
    ("وأفاد مراسلنا بأن متظاهرين أحرقوا مقر حزب الفضيلة في البصرة.", True),
    ("وكان مئات المحتجين الغاضبين قد اقتحموا مقر القنصلية الإيرانية في البصرة.", True),
    ("وتفرق المتظاهرون بعد ساعتين من التجمع.", False),  # they dispersed: no coercion by them
    ("وقتل متظاهرين في العاصمة أمس.", False),  # -ين after the verb: killed, not killers
])  # fmt: skip
def test_violence_by_protesters_is_a_riot(detect: Callable[[str], Document], text: str, riot: bool) -> None:
    """PLOVER codes protesters' attacks and coercion as PROTEST, mode riot (CAMEO 145)."""
    evs = detect(text).events
    riots = [e for e in evs if e.event_type == "PROTEST" and e.mode == "riot" and e.cameo == "145"]
    assert bool(riots) == riot, [(e.event_type, e.mode, e.rule) for e in evs]


@pytest.mark.parametrize(("text", "etype", "coded"), [
    # a source declining to be named is no rejection or request
    ("وقال المسؤول الأمريكي الذي رفض نشر اسمه إن الأمر مستمر.", "REJECT", False),
    ("وقال مسؤول تركي رفض الكشف عن اسمه إن المفاوضات مستمرة.", "REJECT", False),
    ("وقال مصدر طلب عدم الكشف عن هويته إن الوفد وصل.", "REQUEST", False),
    # declining to comment is no rejection; abstaining and refusing to pay are
    ("وامتنع المتحدث باسم وزارة الخارجية الأمريكية عن التعليق على التقرير.", "REJECT", False),
    ("ورفض مسؤول في الجيش الإسرائيلي التعليق على الحادث.", "REJECT", False),
    ("ورفض المتحدث الإدلاء بأي تصريح للصحفيين.", "REJECT", False),
    ("وامتنعت الصين وروسيا عن التصويت على القرار.", "REJECT", True),
    ("وامتنعت الحكومة عن دفع رواتب الموظفين.", "REJECT", True),
    # "let us ask" is no request; "we called" is
    ("للإجابة على هذا السؤال، دعونا نسأل منظمة الصحة العالمية.", "REQUEST", False),
    ("وقال الوزير إننا دعونا الحكومة السورية إلى الحوار.", "REQUEST", True),
    # a nationality adjective is no verb (اردني is not أردّني), and what one received is undergone
    ("يشار الى ان صحفي اردني تلقى تهديدا بتقديم شكوى ضده.", "THREATEN", True),
    # an accusative noun before its accusative nisba adjective is no dual verb (تحالفا مصريا)
    ("وعدد المتقدمين 36 مكتبا وتحالفا مصريا ودوليا.", "COOPERATE", False),
    # a plan or a project "aims at"; aircraft attack
    ("لا يمكننا تجاوز قراءات عن خطط غربية إيرانية تستهدف المنطقة.", "ASSAULT", False),
    ("ويستهدف المشروع الإيراني تحقيق الاكتفاء الذاتي.", "ASSAULT", False),
    ("استهدفت طائرات إسرائيلية مواقع إيرانية في سوريا.", "ASSAULT", True),
    # the top of power, of the league: no summit
    ("وبعد ذلك مهد الطريق لصعود بوتين إلى قمة السلطة الروسية.", "CONSULT", False),
    # the noun counted after عدة is no verb (فرق "troupes", not فرّق "dispersed")
    ("وتم الاتصال بعدة فرق مسرحية من الأردن ومصر للمشاركة في المهرجان.", "COERCE", False),
    ("وشنت الطائرات غارات جوية عدة استهدفت مواقع للمسلحين.", "ASSAULT", True),
    # a verb with God for its subject is a prayer; the same verb with a person is an act
    ("وأكد الملك، أيده الله، عمق العلاقات بين البلدين.", "SUPPORT", False),
    ("وأيد الرئيس المصري قرار الحكومة.", "SUPPORT", True),
    # commemorating is no praise; saluting is
    ("وفي نيروبي يحيي أوباما ذكرى ضحايا تفجير السفارة الأمريكية.", "SUPPORT", False),
    ("وحيا الرئيس المصري الجيش على جهوده.", "SUPPORT", True),
    # protest expressions
    ("وتشهد المدينة احتجاجات واعتصامات مستمرة منذ أسابيع.", "PROTEST", True),
    ("وسار المتظاهرون في شوارع العاصمة لأكثر من ساعتين.", "PROTEST", True),
    ("وحمل المشاركون لافتات تندد بالفساد.", "PROTEST", True),
    ("ورفع المعتصمون شعارات تطالب بالإصلاح.", "PROTEST", True),
])  # fmt: skip
def test_expressions_coded_or_not(detect: Callable[[str], Document], text: str, etype: str, coded: bool) -> None:
    evs = detect(text).events
    assert bool([e for e in evs if e.event_type == etype]) == coded, [(e.event_type, e.rule) for e in evs]


def test_the_doer_after_min_qibal() -> None:
    """حصار تعز من قبل الحوثيين، اعتقل الناشط من قبل الشرطة: من قبل names the doer."""
    d = _decisions("وقال الوزير إن حصار تعز من قبل الحوثيين مستمر منذ سنوات.")["coerce.hisar"]
    assert d.source is not None and d.source.actors[0].group == "HOUTHIS", d.source
    d = _decisions("واعتقل الناشط من قبل الشرطة الإيرانية أمس.")["coerce.iataqala"]
    assert d.source is not None and d.source.actors[0].country == "IRN", d.source


@pytest.mark.parametrize(("text", "coded"), [
    ("لقي تسعة لاجئين حتفهم عندما اصطدمت حافلة صغيرة بسور على الطريق السريع.", False),
    ("مقتل تسعة أشخاص في حادث مروري شمال البلاد.", False),
    ("وقتل خمسة أشخاص في زلزال ضرب المنطقة.", False),
    ("وقتل خمسة جنود في هجوم انتحاري استهدف دوريتهم.", True),
])  # fmt: skip
def test_deaths_in_an_accident_are_no_attack(detect: Callable[[str], Document], text: str, coded: bool) -> None:
    evs = detect(text).events
    assert bool([e for e in evs if e.event_type == "ASSAULT"]) == coded, [(e.event_type, e.rule) for e in evs]


@pytest.mark.parametrize("text", [
    "وانتهى اجتماع الطرفين دون نتيجة.",  # a plural anaphor with nothing to refer back to
    "وانتهت قمة الدول دون اتفاق.",
])  # fmt: skip
def test_a_meeting_of_an_unresolved_plural_codes_without_error(code: Callable[[str], Document], text: str) -> None:
    assert code(text).events is not None


def test_a_time_phrase_before_the_verb_is_no_subject() -> None:
    """وبعد ساعة قتلت القوات: ساعة is governed by بعد, so the forces after the verb are its subject."""
    d = _decisions("وبعد ساعة قتلت القوات الإسرائيلية ثلاثة مسلحين.")["assault.qatala"]
    assert d.source is not None and d.source.actors[0].country == "ISR", d.source


def test_with_the_support_of_names_the_supporter() -> None:
    """نجحت القوات، بدعم التحالف العربي، في صد الهجوم: بدعم X is "with X's support"."""
    d = _decisions("ونجحت ألوية العمالقة، بدعم التحالف العربي، في صد محاولة تسلل.")["support.dam"]
    assert d.source is not None and d.source.actors[0].group == "ARAB_COALITION", d.source


@pytest.mark.parametrize(("text", "rule"), [
    # a complementiser opens another clause: قائد عمليات ديالى … إن انتحارية is no suicide operation
    ("وقال قائد عمليات ديالى إن انتحارية فجرت نفسها في السوق.", "assault.amaliya_intihariya"),
    # after a head noun, the next part within the usual gap of three words, not the verbs' five
    ("أكد الوزير ضرورة تعزيز قدرات الشرطة المحلية في مجال التعاون.", "cooperate.taziz_taawun"),
])
def test_an_expression_stays_in_its_clause_and_its_gap(detect: Callable[[str], Document], text: str,
                                                       rule: str) -> None:
    assert all(not e.rule.startswith(rule) for e in detect(text).events), [e.rule for e in detect(text).events]


def test_a_verbal_noun_keeps_its_agent_inside_the_expression(code: Callable[[str], Document]) -> None:
    doc = code("رحبت الولايات المتحدة بإطلاق تركيا مؤخرا سراح القس الأمريكي.")
    assert any(e.event_type == "CONCEDE" and e.source and e.source.country == "TUR" for e in doc.events)


def test_praise_for_a_support_is_not_given_by_the_supporter(code: Callable[[str], Document]) -> None:
    """An actor after a preposition-governed noun is its genitive, not the verb's subject; and the
    author of a later event noun becomes the source of physical acts only (قتل … في هجوم شنه
    مسلحون), not of praise for that actor's support: the praise is coded, for Saudi Arabia."""
    doc = code("ومن جانبه، أشاد بدعم السعودية لليمن في المجالات كافة.")
    praise = [e for e in doc.events if e.trigger.text == "أشاد"]
    assert [(e.source, e.target and e.target.country) for e in praise] == [(None, "SAU")]


@pytest.mark.parametrize("text", [
    "وأوضحت الشرطة أن الرجل كان يخطط لتنظيم مظاهرة خارج السفارة الإسرائيلية.",
    "وطالبت الشركة الطيارين بتوخي الحذر أثناء التحليق فوق المجال الجوي الإيراني.",
])
def test_an_actor_after_a_word_of_place_is_where_not_who(detect: Callable[[str], Document], text: str) -> None:
    """خارج، قرب، فوق … govern the actor after them: the embassy is where the protest is, Iran's
    airspace where the flights go; neither is the event's author nor its addressee."""
    doc = detect(text)
    assert all(a.country not in ("ISR", "IRN") for e in doc.events for a in (e.source, e.target) if a), \
        [(e.event_type, e.source, e.target) for e in doc.events]


@pytest.mark.parametrize("text", [
    "وأضاف أن الممارسات يجب أن تصبح أكثر توافقا مع الدستور التركي والمحكمة الأوروبية.",
    "وقال إن الحكومة المصرية أصبحت أقل دعما للمعارضة السورية.",
    "وقالت ألمانيا إن السوريين يحتلون صدارة قائمة الأكثر طلبا للجوء في الاتحاد الأوروبي.",
])
def test_an_accusative_of_specification_is_no_event(detect: Callable[[str], Document], text: str) -> None:
    """أكثر توافقا "more compatible", أقل دعما "less supportive": a degree of a quality."""
    assert detect(text).events == ()


def test_an_adjective_of_a_governed_noun_is_no_subject(code: Callable[[str], Document]) -> None:
    """رفضه للاتفاق الروسي التركي: Russia describes the agreement (لـ + article), it does not reject."""
    doc = code("وكان تنظيم حراس الدين قد أعلن سابقا رفضه للاتفاق الروسي التركي.")
    rejects = [e for e in doc.events if e.event_type == "REJECT"]
    assert rejects and all(e.source is None or e.source.country != "RUS" for e in rejects), rejects


def test_a_preposition_before_the_article_still_governs(detect: Callable[[str], Document]) -> None:
    """بالعاصمة أنقرة: ب stands before the article, and the capital after it is where the bombing
    was, not whom the killing hit."""
    doc = detect("وهو الصحفي الذي قتل في تفجير بالعاصمة أنقرة قبل 25 عاما.")
    assert all(e.target is None or e.target.country != "TUR" for e in doc.events), \
        [(e.event_type, e.source, e.target) for e in doc.events]


def test_a_year_after_a_relative_verb_leaves_it_passive(code: Callable[[str], Document]) -> None:
    """الصحفي التركي الذي قتل عام 2007: a year is a time word, not an object: he was killed."""
    doc = code("وأطلقت البلدية اسم الصحفي التركي الذي قتل عام 2007 على شارع رئيسي.")
    assert [(e.event_type, e.source, e.target and e.target.country) for e in doc.events
            if e.event_type == "ASSAULT"] == [("ASSAULT", None, "TUR")]


@pytest.mark.parametrize(("text", "etype", "country"), [
    # بالعاصمة: a preposition-prefixed word between an event noun and the actor: a place
    ("وهو الصحفي الذي قتل في تفجير بالعاصمة أنقرة قبل 25 عاما.", "ASSAULT", "TUR"),
    # رحل عن "left": the post and the White House are no one deported
    ("ومن بينهم ستيف بانون كبير المستشارين لدى ترامب والذي رحل عن منصبه في أغسطس 2017.", "COERCE", "USA"),
])
def test_no_actor_where_the_words_name_none(detect: Callable[[str], Document], text: str, etype: str,
                                            country: str) -> None:
    doc = detect(text)
    assert not [e for e in doc.events if e.event_type == etype and any(
        a is not None and a.country == country for a in (e.source, e.target))], doc.events


def test_after_said_inna_comes_a_noun(code: Callable[[str], Document]) -> None:
    """قال إن طرد …: إنّ after a verb of saying takes a noun (the expelling is his priority); a
    verb after the noun that follows it is still one (إن الشرطة طردت)."""
    found = _decisions("وقال وزير الداخلية الإيطالي إن طرد نصف مليون مهاجر أولى أولوياته.")
    assert "coerce.tarada" not in found and found["coerce.tard"].trigger.pos == "noun"
    doc = code("وقال وزير الداخلية الإيطالي إن الشرطة الإيطالية طردت عشرات المهاجرين التونسيين.")
    assert any(e.event_type == "COERCE" and e.source and e.source.country == "ITA" for e in doc.events)
    # جاي-إن: the last syllable of a name joined by a hyphen is no particle
    found = _decisions("أعلنت كوريا الشمالية أن الرئيس الكوري الجنوبي مون جاي-إن تعهد بعقد لقاءات متكررة.")
    assert "agree.taahhada" in found and found["agree.taahhada"].trigger.pos == "verb"


@pytest.mark.parametrize("text", [
    "أعلن وزير الخارجية الأميركي الجمعة أن دعم إيران لميليشيات الحوثي في اليمن يهدد المنطقة.",
    "وأكد الوزير بأن دعم إيران للحوثيين مستمر.",
])
def test_after_said_anna_comes_a_noun(code: Callable[[str], Document], text: str) -> None:
    """أعلن الوزير أن دعم إيران للحوثيين: أنّ right after a verb of saying and its subject takes a
    noun (Iran's support, no verb "he supported Iran"); after بعد it is أنْ, which takes a verb."""
    found = _decisions(text)
    assert "support.daama" not in found and found["support.dam"].trigger.pos == "noun", found
    _assert_among(code, text, ("SUPPORT", "IRN", "HOUTHIS"))
    found = _decisions("وقال الوزير إن الحكومة ستمضي بعد أن دعم البرلمان القرار.")
    assert "support.daama" in found and found["support.daama"].trigger.pos == "verb", found


@pytest.mark.parametrize(("text", "expected"), [
    ("1990- القوات العراقية تغزو الكويت.", ("ASSAULT", "IRQMIL", "KWT")),
    ("2 - الجيش الإسرائيلي يقصف مواقع لحماس في غزة.", ("ASSAULT", "IDF", "HAMAS")),
])
def test_a_number_and_a_dash_opening_a_list_item_precede_its_subject(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """1990- القوات العراقية تغزو الكويت: the year of a timeline's item stands before the sentence's
    subject, which still leads it (Kuwait invades no one)."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize("text", [
    "أيدت محكمة النقض المصرية، الأحد، حكما بإعدام شاب أدين بذبح تاجر.",
    "وأيدت المحكمة الأمريكية العليا الأحكام الصادرة بحق المتهمين.",
    "وأيدت محكمة الاستئناف المصرية حكم بسجن الناشط.",
])
def test_a_court_upholding_a_ruling_supports_no_one(code: Callable[[str], Document], text: str) -> None:
    """أيدت محكمة النقض حكما بإعدام: a ruling upheld, no support (حكم العسكر, "the rule of the
    military", may be supported)."""
    _assert_no_event(code, text, "SUPPORT")
    _assert_among(code, "وأيد الرئيس المصري حكم العسكر في السودان.", ("SUPPORT", "EGYGOV", "SDNMIL"))


@pytest.mark.parametrize(("text", "expected"), [
    ('أعلن حلف شمال الأطلسي "ناتو"، الثلاثاء، طرد سبعة دبلوماسيين روس.', ("COERCE", "NATO", "RUSGOV")),
    ("أعلنت الحكومة البريطانية، أمس، طرد 23 دبلوماسيا روسيا.", ("COERCE", "GBRGOV", "RUSGOV")),
])
def test_a_verbal_noun_after_a_speaker_past_a_day_in_commas(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """أعلن الحلف، الثلاثاء، طرد دبلوماسيين روس: a quoted name and a day in commas between a verb of
    saying and what it announces leave that word a verbal noun; the Russians expel no one."""
    _assert_among(code, text, expected)


def test_a_clause_led_by_a_preposition_lends_no_subject(code: Callable[[str], Document]) -> None:
    """ونددت تركيا، العضو في الناتو، بتسميم جاسوس روسي، وطالبت: the clause before وطالبت opens with
    بتسميم, no verb, so the spy after it demands nothing; Turkey does."""
    evs = [_coded(e) for e in code("ونددت تركيا، العضو في حلف شمال الأطلسي (الناتو)، بتسميم جاسوس روسي سابق في "
                                   "بريطانيا، وطالبت بتقديم الجناة للعدالة.").events]
    assert ("REQUEST", "TUR", None) in evs and not [e for e in evs if e[1] == "RUSSPY"], evs


def test_a_body_of_state_after_the_verb_speaks_for_its_nisba() -> None:
    """نفت هيئة الطيران المدني الإماراتي: the authority denies, for the Emirates; no Emirati object
    (and the subject is no actor named earlier)."""
    src, tgt = _roles("ونفت هيئة الطيران المدني الإماراتي، الأحد، ما تداولته وسائل إعلام تابعة للحوثيين.",
                      "reject.nafa")
    assert (src, tgt) == (["ARE"], []), (src, tgt)


@pytest.mark.parametrize("text", ["وأوضح الشهود أن بغداد ستشهد تظاهرات ليلية في ساحة التحرير.",
                                  "وشهدت القاهرة احتجاجات واسعة أمس."])
def test_a_capital_that_sees_protests_is_no_government(code: Callable[[str], Document], text: str) -> None:
    """بغداد ستشهد تظاهرات: the city is where people protest: its country, not its government."""
    protests = [e for e in code(text).events if e.event_type == "PROTEST"]
    assert protests and all(e.source is not None and e.source.sector is None and e.source.code in ("IRQ", "EGY")
                            for e in protests), protests


def test_a_quoted_name_before_an_announced_killing_leaves_it_a_verbal_noun() -> None:
    """أعلنت «ولاية سيناء» قتل موظف أمريكي: the group announces the killing of an American; the
    American killed no one."""
    d = _decisions("وفي ديسمبر، أعلنت «ولاية سيناء» قتل موظف أمريكي كان يعمل لدى شركة نفطية.")
    assert "assault.qatala" not in d and d["assault.qatl"].trigger.pos == "noun", d


def test_a_country_name_in_a_natural_feature_is_no_actor(code: Callable[[str], Document]) -> None:
    """بحر الصين الجنوبي is a sea: the claimants demand sovereignty there, not of China."""
    doc = code("ومنذ سنوات تطالب الفلبين وماليزيا وفيتنام بحق السيادة على مناطق ببحر الصين الجنوبي.")
    requests = [e for e in doc.events if e.event_type == "REQUEST"]
    assert requests and all(e.target is None for e in requests), requests
    assert not any(m.actor is not None and m.actor.country == "CHN" for m in doc.mentions)


def test_a_manner_accusative_is_no_verb(detect: Callable[[str], Document]) -> None:
    """طعنا "an appeal" / "by stabbing", شنقا "by hanging": not the dual "they two stabbed"."""
    assert not [e for e in detect("قال محامي القس الأميركي إنه قدم طعنا لمحكمة تركية على الحكم.").events
                if e.event_type == "ASSAULT"]
    assert "assault.taana" not in _decisions("قتل شاب مغربي طعنا في شجار بين مهاجرين في البوسنة.")


def test_an_age_after_the_subject_leaves_the_verb_passive(code: Callable[[str], Document]) -> None:
    """قتل شاب مغربي عمره 24 عاما: the age describes the young man, it is no object: he was killed."""
    doc = code("قتل شاب مغربي عمره 24 عاما في شجار بين مهاجرين في بلدة بشمال غرب البوسنة.")
    assert [(e.source, e.target and e.target.country) for e in doc.events if e.event_type == "ASSAULT"] \
        == [(None, "MAR")]


def test_maulana_is_a_title(code: Callable[[str], Document]) -> None:
    """مولانا فضل الله: the cleric's title, not a verb of financing."""
    assert "aid.mawwala" not in _decisions("وعرضت واشنطن مكافأة للكشف عن مكان مولانا فضل الله زعيم الحركة.")


@pytest.mark.parametrize(("text", "expected"), [
    ("اتهم وزير الخارجية الروسي، سيرغي لافروف، الولايات المتحدة، الأربعاء، بعرقلة نزع السلاح النووي.",
     ("ACCUSE", "RUS", "USA")),
    ("اتهم رئيس الوزراء الأوكراني، فولودمير غرويسمان، روسيا بالضلوع في القتل.", ("ACCUSE", "UKR", "RUS")),
    ("استقبل الرئيس المصري، عبد الفتاح السيسي، في القاهرة وزير الخارجية الأردني.", ("CONSULT", "EGY", "JOR")),
])
def test_a_name_in_apposition_between_commas(code: Callable[[str], Document], text: str,
                                             expected: tuple[str, str, str]) -> None:
    """VERB TITLE، NAME، OBJECT: the title and its name are the subject (no passive reading), and
    the actor after the closing comma (past adverbs and a place) is the object."""
    assert expected in [_dyad(e) for e in code(text).events], [_dyad(e) for e in code(text).events]


def test_a_state_after_a_second_verbal_noun_is_its_genitive(code: Callable[[str], Document]) -> None:
    """رفض عودة روسيا: Russia is the one returning, not the one rejecting; the rejecters are the
    subject of the verb that governs the noun (اتفقت … على رفض)."""
    doc = code("أعلن قصر الإليزيه أن فرنسا وألمانيا اتفقتا على رفض عودة روسيا إلى المجموعة.")
    assert all(e.source is None or e.source.country != "RUS" for e in doc.events), [_dyad(e) for e in doc.events]


def test_a_counted_subject_is_not_dropped(code: Callable[[str], Document]) -> None:
    """يحتشد عشرات الألوف: the verb has its (unnamed) subject, the actor of the sentence before
    is not carried over to it."""
    doc = code("وانتقدت الحكومة الصينية الدعوات إلى الاحتجاج. "
               "ومن المتوقع أن يحتشد عشرات الألوف لإحياء الذكرى في هونغ كونغ.")
    assert not [e for e in doc.events if e.event_type == "PROTEST" and e.source is not None], \
        [_dyad(e) for e in doc.events]


@pytest.mark.parametrize(("text", "etype"), [
    ("وأكد تحالف دعم الشرعية في اليمن أنه مستمر في منح التصاريح للسفن.", "COOPERATE"),
    ("رفضت الحكومة النيجيرية تقرير العفو الدولية ووصفته بأنه يفتقر إلى المصداقية.", "CONCEDE"),
])
def test_the_first_word_of_an_organisation_name_is_no_trigger(detect: Callable[[str], Document], text: str,
                                                             etype: str) -> None:
    """تحالف دعم الشرعية، العفو الدولية: the alliance's and Amnesty's names, not an alliance or a pardon."""
    assert not [e for e in detect(text).events if e.event_type == etype]


def test_a_feminine_adjective_of_another_country_describes_the_organisation(code: Callable[[str], Document]) -> None:
    """ميليشيات الحوثي الإيرانية "the Iran-backed Houthi militias": Iran is not what they shelled."""
    doc = code("قصفت ميليشيات الحوثي الإيرانية منازل المواطنين في قرى مديرية حيس بمحافظة الحديدة.")
    assert [(e.source and e.source.group, e.target and e.target.country) for e in doc.events
            if e.event_type == "ASSAULT"] == [("HOUTHIS", None)]


def test_the_author_after_an_attack_nouns_adjective(code: Callable[[str], Document]) -> None:
    """غارات جوية للطيران الإسرائيلي: the adjective of the noun stands between it and its author;
    زيارة رسمية لإسرائيل: for a visit, لـ marks where it goes, not who goes."""
    doc = code("وسمعت انفجارات ناتجة عن غارات جوية للطيران الإسرائيلي على مواقع للنظام السوري قرب دمشق.")
    assert any(e.event_type == "ASSAULT" and e.source and e.source.country == "ISR" for e in doc.events), \
        [_dyad(e) for e in doc.events]
    doc = code("وسيقوم الأمير البريطاني بزيارة رسمية لإسرائيل الأسبوع المقبل.")
    assert [d for d in map(_dyad, doc.events) if d[0] == "CONSULT"] == [("CONSULT", "GBR", "ISR")]


def test_after_a_verb_of_intent_comes_a_verbal_noun(code: Callable[[str], Document]) -> None:
    """قررت طرد: "decided the expelling of" (a verb would need أن first); the decider expels."""
    doc = code("وكانت بريطانيا أعلنت أنها قررت طرد 23 دبلوماسيا روسيا خلال أسبوع.")
    assert ("COERCE", "GBR", "RUS") in [_dyad(e) for e in doc.events], [_dyad(e) for e in doc.events]
    assert "coerce.tarada" not in _decisions("وكانت بريطانيا أعلنت أنها قررت طرد 23 دبلوماسيا روسيا.")


def test_an_actor_with_a_preposition_of_its_own_is_no_nearby_target(detect: Callable[[str], Document]) -> None:
    """اعترفوا بالتجسس أمام المحكمة: the court is where they confessed, not what they recognised
    (a phrase-linking لـ/من/في/كـ still lets the target through: على تعزيزات للحوثيين)."""
    found = _decisions("وقال المسؤول إن خمسة منهم أعدموا بعد أن اعترفوا بالتجسس أمام المحكمة.")
    assert found["support.iatarafa"].target is None
    doc = detect("وشنت طائرات التحالف العربي سلسلة غارات على تعزيزات للحوثيين بجوار المطار.")
    assert any(e.target and e.target.group == "HOUTHIS" for e in doc.events), [_dyad(e) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("واعتقلت قوات الاحتلال الإسرائيلي عشرة فلسطينيين في الخليل.", "ISRMIL"),
    ("وقصفت قوات الاحتلال التركي قرى في عفرين.", "TURMIL"),
])
def test_occupation_forces_take_the_adjective_after_them(code: Callable[[str], Document], text: str,
                                                        expected: str) -> None:
    """قوات الاحتلال + a nisba: the occupying country's forces (they were "forces" of no one, with
    the country beside them as the target)."""
    doc = code(text)
    assert [e.source.code for e in doc.events if e.source is not None][:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ('وذكر المرصد أن "مقاتلين من تنظيم داعش هاجموا رتلا لقوات النظام السوري.', [("ASSAULT", "ISIS", "SYRMIL")]),
    ("وقال الجيش إن مسلحين من حركة الشباب هاجموا قاعدة عسكرية.", [("ASSAULT", "SHABAAB", None)]),
    ("قالت حركة الشباب الصومالية إن مقاتليها هاجموا قاعدة عسكرية وقتلوا 27 جنديا.",
     [("ASSAULT", "SHABAAB", "MIL")]),
])
def test_members_of_a_group_as_subject(code: Callable[[str], Document], text: str,
                                       expected: list[tuple[str, str | None, str | None]]) -> None:
    """Members named by a partitive (مقاتلين من تنظيم داعش) are the subject of the verb after
    them, not the group after من; a group's own fighters (مقاتليها after حركة الشباب) are that
    group, so its statement about their attack is no accusation of a second actor."""
    assert sorted(_coded(e) for e in code(text).events) == expected


def test_a_share_and_the_shabaab(code: Callable[[str], Document]) -> None:
    """نصيب is "a share" (معبر نصيب), not أصاب's "we hit"; جماعة الشباب is al-Shabaab, not "youth",
    and the capital after في العاصمة is where, not whom, it attacks."""
    assert "assault.asaba" not in _decisions("وأدخل النظام قواته على معبر نصيب، ولم يسمح لرافضي الاتفاق بالخروج.")
    doc = code("وغالبا ما تستهدف جماعة الشباب الصومالية مواقع حساسة في العاصمة مقديشو.")
    assert [_coded(e) for e in doc.events] == [("ASSAULT", "SHABAAB", None)]


def test_verbal_nouns_a_verb_reading_must_not_take(code: Callable[[str], Document]) -> None:
    """قصفا شنته طائرات التحالف: the word a support verb's pronoun resumes is its verbal noun, not
    the dual "they two shelled"; في تبادل لإطلاق النار: after a preposition a phrase's head is the
    verbal noun too, so the ministry announcing the deaths is not the one exchanging fire."""
    shelling = _decisions("وشهدت مديريتان في صعدة قصفا شنته طائرات التحالف العربي على مواقع الحوثيين.")
    assert "assault.qasafa" not in shelling and "assault.qasf" in shelling
    text = "أعلنت وزارة الداخلية المصرية مقتل 15 إرهابيا في تبادل لإطلاق النار مع قوات الشرطة."
    assert _decisions(text)["assault.tabadul_nar"].trigger.pos == "noun"
    assert not any(e.source is not None and e.source.code == "EGYGOV" for e in code(text).events)


def test_a_topic_keeps_its_own_words(code: Callable[[str], Document]) -> None:
    """حول سحب القوات … مع إسرائيل: after a preposition of topic, the verbal noun's phrase is the
    topic's; the agreement reaches no party inside it."""
    doc = code("وأكدت روسيا التوصل إلى اتفاق حول سحب القوات الإيرانية من مناطق قريبة من الحدود مع إسرائيل.")
    assert not any(e.event_type == "AGREE" and e.target is not None and e.target.code == "ISR" for e in doc.events)
    assert ("AGREE", "EGY", "SDN") in [_coded(e) for e in code("اتفقت مصر مع السودان حول نشر القوات على الحدود.").events]


@pytest.mark.parametrize(("text", "expected"), [
    ("وهدد ترامب، في مارس الماضي، من أجل الضغط لإدخال تعديلات على قانون الهجرة.", [("THREATEN", "USAGOV", None)]),
    ("ورفض رئيس الوزراء التركي، الذي سيلغى منصبه، التصريحات.", [("REJECT", "TURGOV", None)]),
    ("وقتل وزير الداخلية العراقي في تفجير.", [("ASSAULT", None, "IRQGOV")]),
])
def test_a_bare_subject_is_passive_only_for_acts_done_to_people(
        code: Callable[[str], Document], text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """قتل وزير الداخلية: with no object, a verb of harm reads as a passive; هدد ترامب، رفض رئيس
    الوزراء are active, their object left out or further on."""
    assert [_coded(e) for e in code(text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قضت فتاة وأصيب 12 شخصا جراء عاصفة ضربت موسكو السبت.", []),
    ("وضربت عاصفة الحزم مواقع الحوثيين في صنعاء.", [("ASSAULT", None, "HOUTHIS")]),
])
def test_a_storm_that_struck(code: Callable[[str], Document], text: str,
                             expected: list[tuple[str, str | None, str | None]]) -> None:
    """عاصفة ضربت موسكو: a storm struck Moscow (Moscow is no attacker); عاصفة الحزم is the name of a
    military operation, whose strikes stay attacks."""
    assert [_coded(e) for e in code(text).events if e.event_type == "ASSAULT"] == expected


def test_issued_by_is_no_confiscation(code: Callable[[str], Document]) -> None:
    """بيان صادر عن الجيش: a statement issued by the army, not صادر "confiscated"."""
    assert "coerce.saadara" not in _decisions("حسب ما قال بيان صادر عن المتحدث باسم الخارجية السودانية.")
    assert ("COERCE", "IDF", None) in [_coded(e) for e in code("وصادر الجيش الإسرائيلي أسلحة.").events]


@pytest.mark.parametrize(("text", "expected"), [
    # a preposition with its pronoun governs nothing after it; the pronoun is the antecedent
    ("وأظهر الاستطلاع تفاؤلا بمستقبل الاتحاد الأوروبي، الذي ستنسحب منه بريطانيا في مارس.",
     [("RETREAT", "GBR", "EU")]),
    ("وهذه هي الحكومة الإيرانية التي تطالب بها المعارضة.", [("REQUEST", "OPP", "IRNGOV")]),
    # كل من: "each of" the actors after it, the verb's subject
    ("وتطالب كل من الفلبين وفيتنام بالسيادة على الجزر.", [("REQUEST", "PHL", None), ("REQUEST", "VNM", None)]),
    # أما X … فـ: the topic is the subject of the verb ف opens, past an aside
    ("أما النمسا، التي لا تطل على البحر المتوسط، فقد طالبت بنشر قوات أوروبية.", [("REQUEST", "AUT", None)]),
])
def test_subjects_and_targets_through_pronouns_and_topics(
        code: Callable[[str], Document], text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert sorted(_coded(e) for e in code(text).events if e.event_type in ("RETREAT", "REQUEST")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the attack a strike answers is not the strikers'
    ("وشنت الولايات المتحدة وبريطانيا ضربات عسكرية على أهداف للنظام السوري ردا على هجوم كيماوي.",
     [("ASSAULT", "GBR", "SYRGOV"), ("ASSAULT", "USA", "SYRGOV")]),
    # after a preposition with its pronoun comes the subject of the verb before it, not an object
    ("وقتل برصاص قناص إسرائيلي بحسب شريط فيديو حصلت عليه وكالة فرانس برس.", []),
    # an indefinite nisba after a verb of harm, nothing else after it: the passive's patient
    ("قتل فلسطيني وأصيب آخر بجروح في قصف إسرائيلي على شمال قطاع غزة.", [("ASSAULT", "ISR", "PSE")]),
    # في كل من العراق وسوريا، في العراق وسوريا: places, after في (no target; the Shia militias,
    # a community's, are the fighters)
    ("وتقاتل الميليشيات الشيعية في كل من العراق وسوريا.", [("ASSAULT", "SHIUAF", None)]),
    ("وتقاتل الميليشيات الشيعية في العراق وسوريا.", [("ASSAULT", "SHIUAF", None)]),
])
def test_responses_pronouns_and_places(code: Callable[[str], Document], text: str,
                                       expected: list[tuple[str, str | None, str | None]]) -> None:
    assert sorted(_coded(e) for e in code(text).events if e.event_type == "ASSAULT") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وهاجم رئيس الوزراء العراقي المعارضة بشدة.", [("ACCUSE", "IRQGOV", "OPP")]),
    ("هاجم وزير الخارجية الإيراني الولايات المتحدة.", [("ACCUSE", "IRNGOV", "USA")]),
    ("وهاجمت إسرائيل مواقع للجيش السوري.", [("ASSAULT", "ISR", "SYRMIL")]),
    ("وهاجم الرئيس السوري القوات التركية بالصواريخ.", [("ASSAULT", "SYRGOV", "TURMIL")]),
])
def test_a_speaker_attacks_with_words(code: Callable[[str], Document], text: str,
                                      expected: list[tuple[str, str | None, str | None]]) -> None:
    """هاجم with a minister, a president or a party as subject and no weapon in the clause is
    criticism (ACCUSE, CAMEO 111); a state by name, an armed force or a weapon keeps it an attack."""
    evs = [e for e in code(text).events if e.event_type in ("ACCUSE", "ASSAULT")]
    assert [_coded(e) for e in evs] == expected
    assert all(e.cameo == ("111" if e.event_type == "ACCUSE" else "180") for e in evs)


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت إن شقيقها زار إيران بعد أن تلقى دعوة رسمية.", [("CONSULT", None, "IRN")]),
    # (the man before the relative clause in commas is the visitor)
    ("وكان الرجل، الذي لم يتم الكشف عن هويته، زار كوريا الشمالية عدة مرات.", [("CONSULT", "CVL", "PRK")]),
    ("وزار الرئيس المصري السعودية.", [("CONSULT", "EGYGOV", "SAU")]),
])
def test_a_country_after_a_verb_of_visiting_is_visited(detect: Callable[[str], Document], text: str,
                                                       expected: list[tuple[str, str | None, str | None]]) -> None:
    """زار كوريا الشمالية، يزور إيران: a country alone after the verb is where the visitor goes, not
    the visitor (who stands before the verb or was named earlier)."""
    assert [_coded(e) for e in detect(text).events if e.event_type == "CONSULT"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("هل استوعبنا غزو الكويت؟", [("ASSAULT", None, "KWT")]),
    ("وارتكب صدام حسين حماقته الكبرى بغزو دولة الكويت.", [("ASSAULT", None, "KWT")]),
    ("وذكر بغزو العراق للكويت عام 1990.", [("ASSAULT", "IRQ", "KWT")]),
    ("وتحدث عن الغزو الأمريكي للعراق.", [("ASSAULT", "USA", "IRQ")]),
])
def test_the_invaded_and_the_invader(detect: Callable[[str], Document], text: str,
                                     expected: list[tuple[str, str | None, str | None]]) -> None:
    """غزو الكويت: the genitive of invasion or occupation is the invaded, unless لـ names it (غزو
    العراق للكويت) or an adjective names the invader (الغزو الأمريكي)."""
    assert [_coded(e) for e in detect(text).events if e.event_type == "ASSAULT"] == expected


def test_the_object_pronoun_of_a_relative_verb_is_its_antecedent(code: Callable[[str], Document]) -> None:
    """حركة طالبان التي تحاربها القوات الأمريكية: the pronoun on the verb is the Taliban, the
    actor after it the subject."""
    doc = code("وقال إن حركة طالبان التي تحاربها القوات الأمريكية منذ عام 2001 ترفض الحوار.")
    assert ("ASSAULT", "USAMIL", "TALIBAN") in [_coded(e) for e in doc.events]


def test_an_unknown_speaker_accuses_nobody(code: Callable[[str], Document]) -> None:
    """A wrong reported by a name of no known country or group (a newspaper, a spokesman, a
    suspect) is no accusation: an accusation names who accuses."""
    doc = code("وذكرت صحيفة التايمز أن رئيسة الوزراء البريطانية تيريزا ماي هددت نوابا متمردين في حزبها.")
    assert not [e for e in doc.events if e.event_type == "ACCUSE"]
    doc = code("وقالت الحكومة الأفغانية إن قوات طالبان تشارك في القتال في جوزجان.")
    assert ("ACCUSE", "AFGGOV", "TALIBAN") in [_coded(e) for e in doc.events]


def test_the_course_of_events_is_not_hungarian(code: Callable[[str], Document]) -> None:
    """المجريات (the course of events) is not the feminine plural of مجري (Hungarian)."""
    doc = code("وتشير المجريات الميدانية إلى أن الجيش الليبي نجح في فرض السيطرة على محاور القتال.")
    assert not any(m.actor is not None and m.actor.country == "HUN" for m in doc.mentions)
    doc = code("وقال رئيس الوزراء المجري إن بلاده ترفض الحصص.")
    assert any(m.actor is not None and m.actor.country == "HUN" for m in doc.mentions)


def test_dawn_is_no_detonation() -> None:
    """فجر أمس، فجر الجمعة: the time of day, not فجّر "detonated"; فجر مسلحون عبوة still is."""
    assert "assault.harraqa" not in _decisions("وشنت قوات الاحتلال فجر أمس حملة دهم واعتقال طالت 22 فلسطينيا.")
    assert "assault.harraqa" in _decisions("وفجر مسلحون عبوة ناسفة اليوم.")


@pytest.mark.parametrize(("text", "expected"), [
    ("وشن رئيس الوزراء العراقي هجوما لاذعا على الاتحاد الأوروبي.", [("ACCUSE", "IRQGOV", "EU")]),
    ("وشن الجيش العراقي هجوما على مواقع تنظيم داعش.", [("ASSAULT", "IRQMIL", "ISIS")]),
])
def test_a_scathing_attack_and_a_doubled_verb_after_wa(code: Callable[[str], Document], text: str,
                                                       expected: list[tuple[str, str | None, str | None]]) -> None:
    """هجوم لاذع is a scathing verbal attack (ACCUSE 111); وشن is the verb شنّ after و, whose subject
    is the author of the attack it carries out."""
    assert [_coded(e) for e in code(text).events if e.event_type in ("ACCUSE", "ASSAULT")] == expected


def test_a_plural_anaphor_with_no_antecedent_as_a_visitor(code: Callable[[str], Document]) -> None:
    """هذه الدول يصل إلى: a plural anaphor that refers to no set of countries (an argument with a
    mention and no actor) as the subject of a verb of arriving is coded without error (a crash on
    the ANT corpus)."""
    doc = code("فأنواع الدبابات لدى هذه الدول يصل إلى 17 نوع من دبابات القتال الرئيسية.")
    assert not [e for e in doc.events if e.event_type == "CONSULT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("أما بريطانيا، فقد طردت 23 دبلوماسيا روسيا.", [("COERCE", "GBR", "RUSGOV")]),
    ("وجاء طرد الدبلوماسيين الروس بعد أن اتهمت السلطات البريطانية موسكو بالضلوع في تسميم الجاسوس.",
     [("COERCE", None, "RUSGOV")]),
])
def test_topics_and_verbal_nouns_after_came(detect: Callable[[str], Document], text: str,
                                            expected: list[tuple[str, str | None, str | None]]) -> None:
    """أما بريطانيا فقد طردت 23 دبلوماسيا: the topic acts (no passive "23 were expelled");
    وجاء طرد الدبلوماسيين: after جاء comes the verbal noun, whose genitive is the expelled."""
    assert [_coded(e) for e in detect(text).events if e.event_type == "COERCE"] == expected


def test_a_first_person_verb_has_its_subject_in_it(detect: Callable[[str], Document]) -> None:
    """نرفض العدوانية الإيرانية: "we reject Iranian aggression"; Iran is the target, not the subject."""
    evs = [e for e in detect("وأضاف: «نرفض العدوانية الإيرانية ضد السعودية ودول المنطقة».").events
           if e.event_type == "REJECT"]
    assert [e.target.code if e.target else None for e in evs] == ["IRN"]
    assert all(e.source is None or e.source.code != "IRN" for e in evs)


def test_eyes_before_kim_and_a_car_bomb_said_by_a_spokesman() -> None:
    """أمام أعين كيم: "before Kim's eyes", no أعان "I help"; هاجمنا … بسيارة ملغمة: a car bomb is a
    weapon, so a spokesman's "we attacked" stays an attack (not words)."""
    assert "aid.aana" not in _decisions("وكانت تغني أمام أعين كيم ووالده خلال حفل فني.")
    d = _decisions('وصرح المتحدث باسم الحركة قائلا: "هاجمنا أولا القاعدة بسيارة ملغمة ثم اقتحمنا".')
    assert not d["assault.hajama"].verbal


def test_a_market_that_closed_is_no_ban() -> None:
    """أغلق مؤشر الأسهم مرتفعا: a stock index closed higher, no closure imposed on anyone."""
    assert "coerce.aghlaqa" not in _decisions("أغلق مؤشر الأسهم اليابانية نيكي القياسي مرتفعا في بورصة طوكيو.")
    assert "coerce.aghlaqa" in _decisions("وأغلقت السلطات التركية الحدود مع سوريا.")


def test_an_insurgency_is_no_protest(code: Callable[[str], Document]) -> None:
    """بدأت بوكو حرام تمردا مسلحا، يشن حزب العمال الكردستاني تمردا: an armed insurgency, coded as
    fighting (ASSAULT, clash, CAMEO 190), not as a protest."""
    evs = code("وبدأت بوكو حرام تمردا مسلحا في 2009 بهدف إنشاء ما تسميه دولة إسلامية.").events
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("ASSAULT", "clash", "190")]


def test_a_ruler_is_no_trial() -> None:
    """حاكم دبي: "the ruler of Dubai", not حاكَم "he tried (in court)"; يحاكم stays a verb."""
    assert "coerce.haakama" not in _decisions("نشر الشيخ محمد بن راشد نائب رئيس دولة الإمارات حاكم دبي قصيدة.")
    assert "coerce.haakama" in _decisions("وتحاكم السلطات المصرية الصحفيين.")


def test_a_full_name_with_its_patronymic(code: Callable[[str], Document]) -> None:
    """عادل بن أحمد الجبير: a listed person (عادل الجبير) named with his father's name, as Gulf news
    does; the honorific الأستاذ between the title and the name is no second actor."""
    doc = code("التقى وزير الخارجية الأستاذ عادل بن أحمد الجبير اليوم وزير الخارجية الروسي.")
    assert [_coded(e) for e in doc.events] == [("CONSULT", "SAUGOV", "RUSGOV")]


@pytest.mark.parametrize(("text", "expected"), [
    # a masculine verb before a feminine country name: the country is its object, the subject
    # the man named before (not the country, which took a feminine verb)
    ("وقال المتحدث باسم الخارجية الباكستانية إن الهند اتهمت مواطنين باكستانيين بالتسلل. "
     "ودعا الهند إلى وقف توجيه الاتهامات.", ("REQUEST", "PAKGOV", "IND")),
    ("وكان ترامب قد توعد بالرد، ودعا روسيا إلى الاستعداد للضربة.", ("REQUEST", "USAGOV", "RUS")),
    # a masculine country name takes a masculine verb: it stays the subject
    ("دعا العراق الأمم المتحدة إلى إرسال مراقبين.", ("REQUEST", "IRQ", "UN")),
    # the verbal noun spelled like the verb: its genitive is the author
    ("وأثار دعم الولايات المتحدة للقوات الكردية غضب تركيا.", ("SUPPORT", "USA", "KURMIL")),
])
def test_gender_agreement_of_a_verb_and_a_country(code: Callable[[str], Document], text: str,
                                                  expected: tuple[str, str | None, str | None]) -> None:
    """ودعا الهند إلى، وطالب روسيا بـ: countries are feminine (دعت الهند), so a feminine name right
    after a verb of the masculine singular is its object, and no such verb's dropped subject; العراق،
    لبنان، السودان are masculine (دعا العراق)."""
    etype = expected[0]
    assert [_coded(e) for e in code(text).events if e.event_type == etype][-1:] == [expected]


def test_a_name_opening_with_a_verb_form_is_no_event() -> None:
    """قاضي خليل الله: a spokesman's name whose first word is spelled like قاضى "he sued"."""
    d = _decisions("وقال المتحدث باسم الخارجية الباكستانية قاضي خليل الله في الإيجاز الصحفي إن بلاده ترفض ذلك.")
    assert "accuse.haakama" not in d or d["accuse.haakama"].veto  # (written with ي: no verb at all)


@pytest.mark.parametrize(("text", "expected"), [
    # a name the lexicon does not know, then his title in the construct state: one actor
    ("واتهم خالد الجار الله نائب وزير الخارجية الكويتي إيران بالتدخل في شؤون المنطقة.",
     [("ACCUSE", "KWTGOV", "IRN")]),
    # received from someone: the caller is the source, the one who took the call the target
    ("وتلقى ولي العهد السعودي اتصالا هاتفيا اليوم من معالي الفريق الركن الشيخ راشد بن عبدالله آل خليفة "
     "وزير الداخلية البحريني.", [("CONSULT", "BHRGOV", "SAUGOV")]),
])
def test_titles_after_names_and_calls_received(code: Callable[[str], Document], text: str,
                                               expected: list[tuple[str, str | None, str | None]]) -> None:
    """X وزير الداخلية: the title after a name says who he is (and is no object of the verb);
    تلقى … من X: what is received comes from X, past the honorifics and ranks before his name."""
    assert [_coded(e) for e in code(text).events if e.event_type == expected[0][0]] == expected


def test_a_deputy_is_not_the_holder_of_the_office(code: Callable[[str], Document]) -> None:
    """نائب وزير الخارجية الروسي، مساعد وزير الخارجية الأمريكي: of that government, but not its
    foreign minister."""
    doc = code("وقال نائب وزير الخارجية الروسي إن بلاده سترد على العقوبات.")
    actors = [m.actor for m in doc.mentions if m.actor is not None and m.text.startswith("نائب")]
    assert [(a.code, a.name) for a in actors] == [("RUSGOV", "Russia deputy foreign minister")]
    doc = code("وقال مساعد وزير الخارجية الأمريكي إن بلاده ستدعم الحكومة العراقية.")
    actors = [m.actor for m in doc.mentions if m.actor is not None and m.text.startswith("مساعد")]
    assert [(a.code, a.name) for a in actors] == [("USAGOV", "United States assistant foreign minister")]


@pytest.mark.parametrize(("text", "etype", "expected"), [
    # a threat the authorities received: the verb of undergoing after the noun resumes it
    ("اضطرت الطائرة للهبوط بسبب تهديد بوجود قنبلة تلقته السلطات التشيلية.", "THREATEN", [(None, "CHLGOV")]),
    # only the first thing after a verb of receiving is received
    ("وتؤكد أن قطر تلقت مساعدات من عدة أطراف لضمان إطلاق سراح المختطفين.", "CONCEDE", []),
])
def test_what_is_undergone(code: Callable[[str], Document], text: str, etype: str,
                           expected: list[tuple[str | None, str | None]]) -> None:
    """تهديد تلقته السلطات: who received a threat is its target; تلقت مساعدات لضمان إطلاق سراح: the
    release is no thing Qatar received."""
    assert [_coded(e)[1:] for e in code(text).events if e.event_type == etype] == expected


def test_a_support_verb_with_its_object_pronoun_governs_nothing_after(code: Callable[[str], Document]) -> None:
    """رسائل أطلقتها روسيا في أعقاب الضربات: Russia sent the messages; the strikes are not its (but
    نفذه انتحاري بسيارة مفخخة: the car bomb is the bomber's instrument)."""
    doc = code("رسائل عدة أطلقتها روسيا في أعقاب الضربات التي شنتها دول غربية على سوريا.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source is not None and e.source.country == "RUS"]
    # its instrument is still its own: the bomber drove the car bomb
    doc = code("وقال الشرطة إن 9 أفراد قتلوا في الهجوم الذي نفذه انتحاري بسيارة مفخخة عند بوابة الوزارة.")
    assert ("ASSAULT", "UAF", "CVL") in [_coded(e) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأقر لواء «أحرار الشام» بانهيار المفاوضات مع الإيرانيين أول من أمس.", [("CONSULT", "AHRAR_SHAM", "IRN")]),
    ('وهاجم مقاتلو "حزب الله" مواقع المعارضة في القصير.', [("ASSAULT", "HEZBOLLAH", "OPP")]),
])
def test_a_unit_of_a_quoted_group_is_that_group(code: Callable[[str], Document], text: str,
                                                expected: list[tuple[str, str | None, str | None]]) -> None:
    """لواء «أحرار الشام»، مقاتلو "حزب الله": a quotation mark between a noun and the group's name
    still makes the name its genitive: the brigade or the fighters are the group."""
    assert [_coded(e) for e in code(text).events] == expected


def test_just_like_is_no_verb() -> None:
    """مثلها مثل روسيا: "just like Russia", no مثّل ("represented", a verb of describing whose reach
    would make the support after it unreported); مثل with an object stays the verb."""
    assert "describe.maththala" not in _decisions("وقالت إيران التي تزود دمشق -مثلها مثل روسيا- بدعم عسكري ومالي.")
    assert "describe.maththala" in _decisions("ومثل وزير الخارجية بلاده في القمة العربية.")


def test_a_subject_before_a_comma_and_a_blessing() -> None:
    """أن هذه الفئة من المفسدين، يرتكبون: the noun opening the complement before the comma is the
    verb's subject (no dropped one from an earlier sentence); صلى الله عليه وسلم is a blessing, no
    سلّم "handed over"."""
    text = ("وقالت ألمانيا إنها ستستقبل اللاجئين. وأشار المفتي أن هذه الفئة من المفسدين الضالين، يرتكبون "
            "إجراما عظيما بقتلهم الأبرياء، وأن رسول الله صلى الله عليه وسلم حذر من ذلك.")
    d = _decisions(text)
    assert d["assault.qatl"].source is None
    assert "cooperate.sallama" not in d


@pytest.mark.parametrize("text", [
    "وفي أعقاب قصف مواقع التنظيم في سورية سارعت أنقرة إلى ضرب حزب العمال الكردستاني.",
    "وأصيب ثلاثة جنود أثناء قصف مواقع المسلحين في الجبال.",
    "وجاءت الزيارة قبيل قصف الطائرات التركية مواقع الحزب.",
])
def test_after_a_noun_of_time_a_verbal_noun(text: str) -> None:
    """في أعقاب، أثناء، إبان، عشية، غداة، قبيل govern a noun like بعد and خلال: قصف after them is the
    verbal noun ("the shelling"), not the verb "he shelled" with a subject or object to find."""
    d = _decisions(text)
    assert "assault.qasf" in d and "assault.qasafa" not in d


@pytest.mark.parametrize(("text", "etype", "expected"), [
    # a conjunct right before a verb of one actor opens a new clause: no member of the list before
    ("ضربات جوية تستهدف مطار التيفور العسكري السوري وواشنطن تنفي تنفيذها", "ASSAULT", [(None, "SYR")]),
    # a sharp attack by a speaker is words: ACCUSE, CAMEO 111
    ("شن الرئيس الأمريكي دونالد ترامب الأربعاء هجوما حادا على ألمانيا متهما إياها بإثراء روسيا.", "ACCUSE",
     [("USAGOV", "DEU")]),
    # a support verb after the relative pronoun of a definite noun names its author (and the target
    # its relative clause aims it at)
    ("وجاء ذلك بعد الهجوم الحاد الذي شنه ترامب على ألمانيا.", "ACCUSE", [("USAGOV", "DEU")]),
])
def test_new_clauses_after_a_list_and_sharp_attacks(code: Callable[[str], Document], text: str, etype: str,
                                                   expected: list[tuple[str | None, str | None]]) -> None:
    assert [_coded(e)[1:] for e in code(text).events if e.event_type == etype] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # helping someone: the genitive of the singular verbal noun is the one helped
    ("وقال لافروف إن لدى روسيا وإيران حرصا مشتركا على مساعدة السوريين.", [(None, "SYR")]),
    # with someone's help: بـ keeps the genitive as the helper
    ("واستعاد الأكراد الأراضي بمساعدة الولايات المتحدة.", [("USA", None)]),
    # aid (the plural) of a country is its aid
    ("ووصلت مساعدات السعودية إلى اليمن.", [("SAU", "YEM")]),
])
def test_the_genitive_of_help(code: Callable[[str], Document], text: str,
                              expected: list[tuple[str | None, str | None]]) -> None:
    """مساعدة السوريين "helping the Syrians" (a definite plural after an indefinite noun is its
    genitive, no adjective of it), بمساعدة الولايات المتحدة "with US help", مساعدات السعودية."""
    assert [_coded(e)[1:] for e in code(text).events if e.event_type == "AID"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the passive, its pronoun resuming the attack: Damascus is accused, by nobody named
    ("شنت الدول الثلاث ضربات ردا على الهجوم الكيميائي الذي اتهمت دمشق بتنفيذه في دوما.", [(None, "SYRGOV")]),
    # a dropped subject (North Korea) and its object right before the charge
    ("وأعلنت كوريا الشمالية رفضها العقوبات، واتهمت واشنطن بمحاولة تقويض التحسن في العلاقات.",
     [("PRK", "USAGOV")]),
    # a masculine verb after a feminine country: no dropped North Korea for the accused regime
    ("وأعلنت كوريا الشمالية رفضها العقوبات. واتهم النظام السوري باستخدام غاز الكلور مرارا.", [(None, "SYRGOV")]),
    # subject and object both named
    ("اتهمت بريطانيا روسيا بتسميم الجاسوس السابق.", [("GBR", "RUS")]),
])
def test_the_accused_stands_before_the_charge(code: Callable[[str], Document], text: str,
                                              expected: list[tuple[str | None, str | None]]) -> None:
    """اتهم X بـ: the one actor right before the charge is the accused (the object, or the
    passive's subject), never the accuser."""
    assert [_coded(e)[1:] for e in code(text).events if e.event_type == "ACCUSE"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # السعودية after a definite sector noun is its nisba, not the country
    ("وقصفت القوات السعودية مواقع الحوثيين في صعدة.", [("SAUMIL", None)]),
    ("رفضت الجامعات السعودية استقطاب طالبات المنح الخارجية.", [("SAUEDU", None)]),
    # ranks and titles between the verb and the name: the name is the subject
    ("وقبل أيام دعا الفريق الركن الشيخ راشد بن عبد الله آل خليفة وزير الداخلية البحريني إلى رد وطني.",
     [("BHRGOV", None)]),
])
def test_saudi_as_an_adjective_and_ranks_before_a_subject(code: Callable[[str], Document], text: str,
                                                          expected: list[tuple[str | None, str | None]]) -> None:
    evs = [e for e in code(text).events if e.event_type in ("REJECT", "REQUEST", "COERCE", "ASSAULT")]
    assert [(e.source.code if e.source else None, None) for e in evs][:1] == expected


@pytest.mark.parametrize("text", [
    "ويكرر تصريحاته بأن السعودية ستدفع ثمن حمايتنا لها.",
    "وتعهد المعارض بإسقاط الحكومة بأي ثمن.",
    "وأضاف أن كل من يحاول الاعتداء على البلاد سيدفع ثمنا باهظا.",
])
def test_a_price_is_no_praise(text: str) -> None:
    """ثمن "a price" (دفع ثمن، بأي ثمن، ثمنا باهظا) is no ثمّن "he praised"; وثمن الوزير stays the verb."""
    assert "support.thammana" not in _decisions(text)
    assert "support.thammana" in _decisions("وثمن الوزير جهود الوساطة الكويتية.")


def test_a_penalty_is_no_sanction() -> None:
    """عقوبة الإعدام، يواجه عقوبة بالسجن: a penalty; sanctions are plural (فرض عقوبات، العقوبات)."""
    assert "sanction.uquba" not in _decisions("ويواجه الصحفي عقوبة بالسجن لمدة تصل إلى 15 عاما.")
    assert "sanction.uquba" in _decisions("وقالت إن العقوبات الأمريكية على إيران ستستمر.")


def test_a_condemned_acts_victim_is_not_condemned(code: Callable[[str], Document]) -> None:
    """أدانت مصر اغتيال السفير الروسي: Egypt condemns the assassination, not Russia (the actor after
    the condemned act is its victim); أدانت السعودية الاعتداءات الإسرائيلية: the act's author is."""
    evs = [e for e in code("أدانت مصر اغتيال السفير الروسي في أنقرة.").events if e.event_type == "ACCUSE"]
    assert [_coded(e) for e in evs] == [("ACCUSE", "EGY", None)]
    evs = [e for e in code("أدانت السعودية الاعتداءات الإسرائيلية على غزة.").events if e.event_type == "ACCUSE"]
    assert [_coded(e) for e in evs] == [("ACCUSE", "SAU", "ISR")]


@pytest.mark.parametrize(("text", "expected"), [
    # what is condemned is an act: the past form after the condemning verb's subject is its noun
    ("وأدانت الحكومة الأردنية خطف الصحفيين الأمريكيين.", [("ASSAULT", None, "USAMED")]),
    # and the victim named after it is no one condemned
    ("وندد الرئيس المصري بقتل المدنيين.", [("ACCUSE", "EGYGOV", None)]),
])
def test_what_is_condemned_is_an_act(code: Callable[[str], Document], text: str,
                                     expected: list[tuple[str, str | None, str | None]]) -> None:
    etype = expected[0][0]
    assert [_coded(e) for e in code(text).events if e.event_type == etype] == expected


def test_a_rejected_visit_and_its_destination(code: Callable[[str], Document]) -> None:
    """ورفض زيارة دمشق: Putin refused to visit Damascus: the capital after the verbal noun is its
    genitive, no subject of رفض, and the place visited, no visitor; a refused visit did not take
    place (the visit to the region did)."""
    evs = code("وقال المصدر إن الرئيس فلاديمير بوتين زار المنطقة ورفض زيارة دمشق.").events
    assert [_coded(e) for e in evs] == [("CONSULT", "RUSGOV", None), ("REJECT", "RUSGOV", "SYRGOV")]


@pytest.mark.parametrize(("text", "entry"), [
    # a word with the article carries no pronoun: الاجتماعي is "social", not اجتماع+ي "my meeting"
    ("وقال رئيس المجلس الاقتصادي والاجتماعي إن الحكومة الأوروبية ستدعم الخطة.", "consult.ijtima"),
    # after مثل ("such as") comes a noun: مثل قتل الطيار is "such as the killing of", no verb
    ("وبرر الداعية السلوك المتطرف للجهاديين مثل قتل الطيار الأردني حرقا.", "assault.qatala"),
    # مسيرة العلاقات: "the course of relations", no march; the ceasefire line is no ceasefire
    ("ويتوقع أن يتناول الرئيس في لقائه مسيرة العلاقات السودانية المصرية.", "protest.masira"),
    ("ردا على استهداف سيارة إسرائيلية على خط وقف إطلاق النار في الجولان.", "concede.waqf_itlaq"),
    # شكرا لله: thanks to God, no praise of anyone
    ("وسجد اللاعبون شكرا لله بعد الفوز على المنتخب السعودي.", "support.shakara"),
    # a source who declined to be named rejects nothing; a television interview is no meeting
    ("وقال مصدر قريب من السلطات الكاميرونية رفض كشف هويته إن المسلحين قتلوا خمسة أشخاص.", "reject.rafada"),
    ("وصرح الرئيس الفرنسي خلال لقاء تلفزيوني بأن لديه دليلا على الهجوم.", "consult.liqa"),
])
def test_words_that_only_look_like_triggers(text: str, entry: str) -> None:
    assert entry not in _decisions(text)


def test_a_portfolio_between_title_and_name(code: Callable[[str], Document]) -> None:
    """وزير حقوق الإنسان عزالدين الأصبحي: the minister's portfolio (a genitive chain) stands between
    his title and his name, which is then no object of the verb."""
    doc = code("دعا وزير حقوق الإنسان عزالدين الاصبحي مفوض الامم المتحدة السامي الى زيارة عدن.")
    assert [(e.source.sector if e.source else None, _coded(e)[2]) for e in doc.events
            if e.event_type == "REQUEST"] == [("GOV", "UN")]


@pytest.mark.parametrize(("text", "expected"), [
    # an accusative after the genitive: the genitive is the doer
    ("وذلك بعد يوم من اعتقال الجيش الوطني الليبي أحد أبرز الإرهابيين المطلوبين.", [("COERCE", "LNA", None)]),
    ("وأدان البيان إعدام تنظيم داعش 20 شخصا في الموصل.", [("ASSAULT", "ISIS", None)]),
    # with no accusative the genitive is the one it befell
    ("وأعلنت الشرطة العراقية اعتقال أمير تنظيم داعش في الموصل.", [("COERCE", "IRQCOP", "ISIS")]),
])
def test_the_doer_in_the_genitive(code: Callable[[str], Document], text: str,
                                  expected: list[tuple[str, str | None, str | None]]) -> None:
    """اعتقال الجيش الوطني الليبي أحد الإرهابيين: a verbal noun whose genitive is usually the one it
    befell (اعتقال الناشط) has it as the doer when an accusative object follows."""
    assert [_coded(e) for e in code(text).events if e.event_type in ("COERCE", "ASSAULT")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a government's protest is made in words: ACCUSE, CAMEO 111
    ("وأصدرت وزارة الخارجية اليابانية احتجاجا شديد اللهجة على خطط كوريا الجنوبية.", [("ACCUSE", "JPNGOV", "KOR")]),
    # a crowd's stays a protest
    ("وتظاهر آلاف المحتجين أمام البرلمان احتجاجا على الغلاء.", [("PROTEST", "CVL", None)]),
    # waving flags and a suspicious parcel: no threat, no expulsion
    ("ووعد الآلاف من أنصاره الذين كانوا يلوحون بالأعلام بالفوز في الانتخابات.", []),
    ("وتجري الشرطة تحريات تتعلق بإرسال طرد مشبوه إلى قصر الملكة.", []),
])
def test_official_protests_flags_and_parcels(code: Callable[[str], Document], text: str,
                                             expected: list[tuple[str, str | None, str | None]]) -> None:
    evs = [e for e in code(text).events if e.event_type in ("ACCUSE", "PROTEST", "THREATEN", "COERCE")]
    assert [_coded(e) for e in evs] == expected


def test_one_of_the_doers_accuses_no_other(code: Callable[[str], Document]) -> None:
    """أعلنت كل من ألمانيا وفرنسا وأوكرانيا أنها ستطرد دبلوماسيين: Germany, saying so, accuses
    neither France nor Ukraine of the expulsions they all announce."""
    doc = code("كما أعلنت كل من ألمانيا وفرنسا وأوكرانيا أنها ستطرد دبلوماسيين روسا.")
    assert not [e for e in doc.events if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(("text", "expected"), [
    # a plural in -ين right after a singular verb is its object (the subject would be -ون)
    ("وتشارك مصر ضمن تحالف تقوده السعودية يقاتل الحوثيين في اليمن.", "HOUTHIS"),
    ("وهاجم الجيش المسلحين في الجبال.", "UAF"),
])
def test_a_plural_in_in_is_no_subject(code: Callable[[str], Document], text: str, expected: str) -> None:
    """يقاتل الحوثيين، هاجم الجيش المسلحين: the sound masculine plural in -ين (accusative or
    genitive) is the one attacked; قصف الحوثيون (in -ون) stays the attacker."""
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert evs and all(e.source is None or e.source.code != expected for e in evs)
    assert any(e.target is not None and e.target.code == expected for e in evs)
    assert [_coded(e) for e in code("وقصف الحوثيون الأحياء السكنية.").events] == [("ASSAULT", "HOUTHIS", None)]


def test_a_price_in_the_accusative_is_no_praise() -> None:
    """ثمنا "a price" (دفعت ثمنا، يستحق ثمنا) is no ثمّنا "they two praised"."""
    assert "support.thammana" not in _decisions("وباع المزارعون محصولهم ثمنا زهيدا هذا العام.")


def test_after_wujud_a_noun() -> None:
    """عدم وجود فرق بين: "no difference between" (after وجود comes a noun), no فرّق "he dispersed"."""
    assert "coerce.farraqa" not in _decisions("وأكد النائب عدم وجود فرق بين المجرم عماد مغنية ومجرمي داعش.")


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المتحدث: "وبشار الأسد قتل 300 ألف من أبناء شعبه".', ("ASSAULT", "SYRGOV", "SYRCVL")),
    ('وقال: "الجيش الباكستاني قتل 30 من مسلحي طالبان".', ("ASSAULT", "PAKMIL", "TALIBAN")),
])
def test_a_counted_actor_after_the_verb_is_its_object(code: Callable[[str], Document], text: str,
                                                        expected: tuple[str, str, str]) -> None:
    """With its subject before it, a verb's counted actor after it (400 ألف من أبناء شعبه) is the
    one it befell, not a second subject."""
    assert _coded(_one(code(text), "ASSAULT")) == expected


@pytest.mark.parametrize(("text", "accuses"), [
    ("وقالت واشنطن إن الضربات الإسرائيلية على مواقع حزب الله دفاع عن النفس.", False),
    ("واعتبرت الولايات المتحدة أن الغارات التركية على مواقع حزب العمال الكردستاني تندرج في إطار الدفاع عن النفس.", False),
    ("وقالت موسكو إن الضربات الإسرائيلية على سوريا ليست دفاعا عن النفس.", True),
    ("وقالت موسكو إن الضربات الإسرائيلية على سوريا تنتهك القانون الدولي.", True),
])
def test_who_calls_an_attack_self_defence_accuses_nobody(code: Callable[[str], Document], text: str,
                                                         accuses: bool) -> None:
    """A speaker who reports a strike as self-defence (دفاع عن النفس) does not accuse its author;
    one who denies it is self-defence does."""
    assert any(e.event_type == "ACCUSE" for e in code(text).events) is accuses


def test_a_right_to_self_defence_is_no_justification(code: Callable[[str], Document]) -> None:
    """حق إسرائيل في الدفاع عن نفسها is said of the side attacked: the condemnation of the attacks
    still accuses their author."""
    doc = code("وقال الوزير إن بريطانيا تدين الهجمات الإيرانية على إسرائيل وتدعم حقها في الدفاع عن نفسها.")
    assert any(e.event_type == "ACCUSE" and e.target is not None and e.target.country == "IRN" for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("واستقبل أمير منطقة الرياض وزير الخارجية الفرنسي في مكتبه.", ("CONSULT", "SAUGOV", "FRAGOV")),
    ("وبحث أمير دولة الكويت مع وزير الخارجية الأمريكي تطورات المنطقة.", ("CONSULT", "KWTGOV", "USAGOV")),
])
def test_an_office_of_a_region_or_state(code: Callable[[str], Document], text: str,
                                        expected: tuple[str, str, str]) -> None:
    """أمير منطقة الرياض، أمير دولة الكويت: the office's genitive chain ends in the capital or
    country it serves; the capital is no second actor."""
    assert [_coded(e) for e in code(text).events] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a definite verbal noun takes no genitive: the counted actor after it is the verb's subject
    ("وقتل خلال المعارك العشرات من الجنود العراقيين.", [("ASSAULT", None, "IRQMIL")]),
    ("وقتل في الغارة 20 فلسطينيا بينهم أطفال.", [("ASSAULT", None, "PSE")]),
    # … but not past a pronoun phrase, an actor or a year
    ("وكان ذلك بعد أسبوع قتل فيه الجيش الإسرائيلي 20 فلسطينيا.", [("ASSAULT", "IDF", "PSE")]),
    # a preposition with its pronoun right before the count (قتل فيه 40 شخصا): a passive too
    ("وأوضحت الوزارة أن الموقع الذي قتل فيه ما لا يقل عن 40 شخصا هو تحت السيطرة التامة للقوات الروسية.", []),
    # the passive has no dropped subject from the sentence before
    ("وأعلن الجيش الإسرائيلي حالة التأهب. وقتل في صدامات الأسبوع الماضي 21 فلسطينيا.", [("ASSAULT", None, "PSE")]),
])
def test_a_passive_before_its_counted_subject(code: Callable[[str], Document], text: str,
                                              expected: list[tuple[str, str | None, str | None]]) -> None:
    """قتل خلال المعارك العشرات: a phrase of time or cause between a passive verb and its counted
    subject; the definite noun in it (المعارك، الغارة) has no genitive, so no author."""
    assert [_coded(e) for e in code(text).events if e.event_type == "ASSAULT"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # its own ambassador (a pronoun): recalled, relations reduced
    ("واستدعت البحرين سفيرها لدى إيران للتشاور.", [("SANCTION", "BHR", "IRN")]),
    ("واستدعت الكويت سفيرها من طهران.", [("SANCTION", "KWT", "IRNGOV")]),
    # the ambassador is no subject: the recalling state is (here dropped, from the clause before)
    ("وأدانت البرازيل أعمال العنف في نيكاراغوا واستدعت سفيرها من هناك.",
     [("ACCUSE", "BRA", None), ("SANCTION", "BRA", None)]),
    # another state's ambassador: summoned, a protest in words
    ("واستدعت وزارة الخارجية البحرينية السفير الإيراني.", [("ACCUSE", "BHRGOV", "IRNGOV")]),
])
def test_its_own_ambassador_is_recalled(code: Callable[[str], Document], text: str,
                                       expected: list[tuple[str, str, str | None]]) -> None:
    """استدعت سفيرها: recalling one's own ambassador (SANCTION 161), where استدعت السفير الإيراني
    summons another's (ACCUSE 111)."""
    assert [_coded(e) for e in code(text).events if e.event_type in ("SANCTION", "ACCUSE")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأدانت مصر التصريحات الصادرة عن وزير الخارجية الإيراني.", ("ACCUSE", "EGY", "IRNGOV")),
    ("أدانت رابطة العالم الإسلامي التصريحات التي صدرت عن الرئيس الإيراني.", ("ACCUSE", "MWL", "IRNGOV")),
    ("والبحرين تدين بشدة التصريحات العدائية من قبل مسؤولي الحكومة الإيرانية تجاه دول الخليج وميثاق الأمم المتحدة.",
     ("ACCUSE", "BHR", "IRNGOV")),
])
def test_who_issued_what_is_condemned(code: Callable[[str], Document], text: str,
                                      expected: tuple[str, str, str]) -> None:
    """تدين التصريحات من قبل X، الصادرة عن X: the condemnation targets who issued the statements,
    not an actor named later in the sentence."""
    assert [_coded(e) for e in code(text).events if e.event_type == "ACCUSE"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # نظيره: the same office in the country its adjective names, a government actor
    ("والتقى لافروف نظيره الأمريكي في جنيف.", [("CONSULT", "RUSGOV", "USAGOV")]),
    # … and with a name, that person, who can be one of the subjects
    ("واتفق أوباما ونظيره التركي رجب طيب أردوغان على العمل معا لتأمين حدود تركيا مع سوريا.",
     [("AGREE", "USAGOV", "TURGOV")]),
    # after what was agreed (على), مع is part of it: two subjects agree with each other
    ("واتفقا على العمل معا لتأمين الحدود مع سوريا.", []),
    # the dual with two adjectives: two counterparts
    ("وسيلتقي كيري في الدوحة نظيريه الروسي والسعودي.",
     [("CONSULT", "USAGOV", "RUSGOV"), ("CONSULT", "USAGOV", "SAUGOV")]),
    # one subject keeps its partner
    ("واتفق الرئيس الفرنسي على التحدث مجددا مع الرئيس الأمريكي.", [("AGREE", "FRAGOV", "USAGOV")]),
])
def test_counterparts_and_partners(code: Callable[[str], Document], text: str,
                                   expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [_coded(e) for e in code(text).events if e.event_type in ("CONSULT", "AGREE")] == expected


def test_a_bare_counterpart_is_not_of_its_possessors_country(code: Callable[[str], Document]) -> None:
    """وبحث وزير الخارجية الروسي مع نظيره: his counterpart is of another country, unnamed here."""
    doc = code("وبحث وزير الخارجية الروسي مع نظيره هاتفيا الأزمة.")
    assert not [e for e in doc.events if e.target is not None and e.target.country == "RUS"]


@pytest.mark.parametrize(("text", "expected"), [
    # a count with an object after the verb acts (no passive)
    ("وقالت المصادر إن نحو 250 مستوطنا إسرائيليا اقتحموا المسجد صباح أمس.", [("ASSAULT", "ISRCVL", None)]),
    ("واقتحم العشرات من أفراد الشرطة الإسرائيلية ساحات المسجد.", [("ASSAULT", "ISRCOP", None)]),
    # … a definite adjective after the count is no object: the passive stays
    ("وقتل نحو 17 من ميليشيات الحوثي الانقلابية في مواجهات مع الجيش اليمني.",
     [("ASSAULT", None, "HOUTHIS"), ("ASSAULT", None, "YEMMIL")]),  # (and the clashes, with the army)
    ("وذكرت مصادر طبية أن 110 فلسطينيين قتلوا منذ بداية الاحتجاجات في 30 مارس.", [("ASSAULT", None, "PSE")]),
])
def test_a_count_with_an_object_acts(code: Callable[[str], Document], text: str,
                                     expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [_coded(e) for e in code(text).events if e.event_type == "ASSAULT"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a source of information (حسب، بحسب، وفقا لـ، نقلا عن) is no argument
    ("وقصفت الطائرات الروسية حسب المرصد السوري مواقع في إدلب.", [("ASSAULT", "RUSMIL", None)]),
    ("والتقى الرئيس المصري بحسب وكالة رويترز وفدا أمريكيا.", [("CONSULT", "EGYGOV", "USAGOV")]),
    # … but may be a relative clause's antecedent
    ("وقتل القيادي في غارة بحسب حزب الله الذي اتهم إسرائيل بتنفيذها.", [("ACCUSE", "HEZBOLLAH", "ISR")]),
])
def test_a_source_of_information_is_no_argument(code: Callable[[str], Document], text: str,
                                                expected: list[tuple[str, str | None, str | None]]) -> None:
    evs = [e for e in code(text).events if e.event_type in ("ASSAULT", "CONSULT", "ACCUSE")]
    assert [_coded(e) for e in evs] == expected


def test_a_newspaper_named_after_a_capital_is_no_government(code: Callable[[str], Document]) -> None:
    """صحيفة «واشنطن بوست»: the newspaper, not the US government."""
    doc = code("وناشدت صحيفة «واشنطن بوست» مجلس حقوق الإنسان المساعدة في إطلاق سراح مراسلها.")
    assert [_coded(e) for e in doc.events if e.event_type == "REQUEST"] == [("REQUEST", "WAPO", "UNHRC")]


@pytest.mark.parametrize("text", [
    # a news agency that reported is no dropped subject of a later act
    "وذكرت وكالة رويترز أن الوضع هادئ. وهاجمت أمس مواقع للمتمردين في الشمال.",
    # a channel hosting a minister is an interview, no consultation
    "واستضافت قناة الجزيرة وزير الخارجية القطري في برنامج حواري.",
])
def test_the_media_report_and_interview(code: Callable[[str], Document], text: str) -> None:
    assert not [e for e in code(text).events
                if any(a is not None and a.sector == "MED" for a in (e.source, e.target))]


@pytest.mark.parametrize(("text", "expected"), [
    # نقلت X عن Y: Y speaks (the meeting is his)
    ('ونقلت وكالة تاس عن شويغو قوله خلال اجتماع مع ليبرمان في موسكو "هناك قضايا كثيرة".',
     [("CONSULT", "RUSGOV", "ISRGOV")]),
])
def test_a_report_through_a_channel(code: Callable[[str], Document], text: str,
                                    expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [_coded(e) for e in code(text).events if e.event_type == "CONSULT"] == expected


def test_an_unnamed_source_names_no_reporter(code: Callable[[str], Document]) -> None:
    """نقلت رويترز عن مصادر أن …: the report has no speaker the sentence names (not Reuters)."""
    doc = code("ونقلت رويترز عن مصادر أن الجيش الروسي قصف مواقع المتمردين.")
    evs = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert evs and all(e.reported_by is None for e in evs)


def test_saudi_agrees_with_its_head(code: Callable[[str], Document]) -> None:
    """السعودية after one man's title does not agree with it: it is the country, his object (شكر
    الرئيس السعودية); after a feminine or plural head it is the adjective."""
    doc = code("وشكر الرئيس السعودية على دعمها.")
    assert [_coded(e) for e in doc.events if e.event_type == "SUPPORT"] == [("SUPPORT", "GOV", "SAU")]
    doc = code("وقالت الوزيرة السعودية إن البرنامج نجح، وأشادت القوات السعودية بالمتطوعين.")
    assert {m.text: m.actor.code for m in doc.mentions if m.actor is not None} == {
        "الوزيرة السعودية": "SAUGOV", "القوات السعودية": "SAUMIL"}


def test_a_necessity_is_not_asserted() -> None:
    """بضرورة استقالة رئيس الوزراء: a resignation called necessary has not happened."""
    d = _decisions("وطالب المتظاهرون بضرورة استقالة رئيس الوزراء الياباني.")["concede.istiqala"]
    assert d.status == "dropped" and d.frame.unasserted is not None


def test_a_name_without_the_article_does_not_match_a_word_with_it(code: Callable[[str], Document]) -> None:
    """السيول "the floods" is no سيول "Seoul": a capital's name written without the article
    matches only words without it."""
    doc = code("وقال مسؤول في إدارة الكوارث إن السيول أسفرت عن مقتل أربعة أشخاص. وزار الرئيس سيول أمس.")
    assert [m.text for m in doc.mentions if m.actor is not None and m.actor.country == "KOR"] == ["سيول"]


def test_a_capital_after_a_protest_is_where_it_marched(code: Callable[[str], Document]) -> None:
    """مسيرة واشنطن: the march in Washington, not by the US government; احتجاجات إيران stay Iran's."""
    assert not [e for e in code("وشارك الآلاف في مسيرة واشنطن ضد العنف المسلح.").events
                if e.source is not None and e.source.code == "USAGOV"]
    assert [_coded(e) for e in code("وتواصلت احتجاجات إيران لليوم الثالث.").events] == [("PROTEST", "IRN", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # what a threat's بـ-complement names has not happened
    # (and Damascus, the target of the strike threatened, is the threat's target)
    ("وهددت واشنطن بشن ضربة عسكرية على دمشق.", [("THREATEN", "USAGOV", "SYRGOV")]),
    ("وأخلى الجيش السوري مطارات عدة على خلفية تهديدات واشنطن بشن ضربة في البلاد.", [("THREATEN", "USAGOV", None)]),
    # … but the act a threatened response answers has
    ("وتوعدت إيران بالرد على القصف الإسرائيلي على مطار التيفور.", [("THREATEN", "IRN", "ISR"), ("ASSAULT", "ISR", None)]),
    # a prepositional phrase opening the clause is no subject of the verb after it
    ("وبعد تهديدات واشنطن قصفت روسيا مواقع المعارضة.", [("THREATEN", "USAGOV", None), ("ASSAULT", "RUS", "OPP")]),
])
def test_threatened_acts_have_not_happened(code: Callable[[str], Document], text: str,
                                           expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [_coded(e) for e in code(text).events if e.event_type in ("THREATEN", "ASSAULT")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a refused offer did not take place
    ("ورفضت تركيا أي وساطة فرنسية لإجراء حوار بين أنقرة والأكراد.", [("REJECT", "TUR", "FRA")]),
    ("ورفضت المحكمة التركية الإفراج عن القس الأمريكي.", [("REJECT", "TURJUD", None)]),
    # a refused (condemned) attack did
    ("ورفضت مصر الهجوم الإسرائيلي على غزة.", [("REJECT", "EGY", "ISR"), ("ASSAULT", "ISR", None)]),
])
def test_a_refused_offer_is_not_asserted(code: Callable[[str], Document], text: str,
                                         expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [_coded(e) for e in code(text).events if e.event_type != "ACCUSE"] == expected


def test_a_title_that_opens_a_name_is_a_first_name(code: Callable[[str], Document]) -> None:
    """سلطان البازعي، أمير الخطيب (tagged a person by the NER): first names, no sultan or emir;
    الأستاذ is an honorific, no teacher. Protesters the NER took for a name stay protesters."""
    doc = code("وأكد الأستاذ سلطان البازعي دعم المسرحيين. وقال الدكتور أمير الخطيب إن الوضع صعب.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.sector in ("GOV", "EDU")]
    doc = code("وعلم باستقالة الأستاذ تركي السديري من رئاسة التحرير.")  # Turki, no Turk
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "TUR"]
    # a family name with the article right after, which the NER tags alone
    doc = code("أكد المتحدث باسم التحالف العربي، تركي المالكي، أن القوات البحرية الملكية السعودية، "
               "استهدفت زورقين مفخخين.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "TUR"]
    doc = code("واقتحم متظاهرون غاضبون مساء الجمعة مطار النجف الدولي.")
    assert [_coded(e) for e in doc.events] == [("PROTEST", "CVL", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # an organisation's secretary general, named with لـ, is its office holder on the day
    ("دعا الأمين العام للأمم المتحدة الفلسطينيين والإسرائيليين إلى تفادي نزاع جديد.",
     [("REQUEST", "UN", "PSE"), ("REQUEST", "UN", "ISR")]),
    ("وناشدت مفوضية الأمم المتحدة السامية لشؤون اللاجئين جميع الأطراف توفير ممر آمن للمدنيين.", [("REQUEST", "UNHCR", None)]),
    # … and its director general
    ("ودعا المدير العام لمنظمة الصحة العالمية الدول إلى التعاون في مواجهة الوباء.", [("REQUEST", "WHO", None)]),
    # an organisation's secretariat speaks for it
    # (the civilians to be protected are not the ones asked: the international community is)
    ("وطالبت الأمانة العامة لرابطة العالم الإسلامي المجتمع الدولي بحماية المدنيين.", [("REQUEST", "MWL", None)]),
])
def test_offices_of_organisations(code: Callable[[str], Document], text: str,
                                  expected: list[tuple[str, str | None, str | None]]) -> None:
    doc = code(text)
    assert [_coded(e) for e in doc.events if e.event_type == "REQUEST"] == expected
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.code == "REF"]


def test_a_bare_nisba_is_no_ministry(code: Callable[[str], Document]) -> None:
    """زيارة خارجية "a foreign visit": no foreign ministry (خارجية البحرين is one)."""
    doc = code("وصل الرئيس الصيني إلى أبوظبي في أول زيارة خارجية له. وقالت خارجية البحرين إن السفير غادر.")
    assert [m.actor.code for m in doc.mentions if m.actor is not None and m.actor.sector == "GOV"
            and "خارجية" in m.text] == ["BHRGOV"]


@pytest.mark.parametrize(("text", "expected"), [
    # a verbal noun's genitive is its doer when لـ names the one it befell
    ("وضع العراق تحت الفصل السابع منذ غزو أمريكا له.", [("ASSAULT", "USA", None)]),
    ("وقال إن اعتقال الشرطة الإسرائيلية للناشط الفلسطيني كان تعسفيا.", [("COERCE", "ISRCOP", "PSECVL")]),
    # media attacks are criticism
    ("ومنذ ذلك الوقت والسياسة السعودية تتعرض لهجمات إعلامية شرسة.", [("ACCUSE", None, "SAU")]),
    # Libya Dawn is a coalition of militias, no blast (فجّر)
    ("وهاجمت قوات فجر ليبيا مطار طرابلس الدولي.", [("ASSAULT", "LIBYA_DAWN", None)]),
])
def test_doers_in_the_genitive_media_attacks_and_libya_dawn(code: Callable[[str], Document], text: str,
                                                            expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [_coded(e) for e in code(text).events if e.event_type in ("ASSAULT", "COERCE", "ACCUSE")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a leader's name in a government's genitive gives its country
    ("وحمل الفلسطينيون حكومة نتنياهو المسؤولية عن مقتل الطفل.", [("ACCUSE", "PSE", "ISRGOV")]),
    ("وقصف نظام الأسد مدينة حلب.", [("ASSAULT", "SYRGOV", None)]),
    # lifting a ban eases sanctions
    ("وأعلنت السعودية رفع الحظر عن اللحوم البرازيلية.", [("CONCEDE", "SAU", "BRA")]),
])
def test_a_leaders_government_and_a_lifted_ban(code: Callable[[str], Document], text: str,
                                             expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [_coded(e) for e in code(text).events] == expected


def test_a_korean_is_named_again_by_his_family_name(code: Callable[[str], Document]) -> None:
    """كيم after كيم جونغ أون (Korean and Chinese names put the family name first)."""
    doc = code("والتقى ترامب الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة. وكانت القمة بين ترامب وكيم ناجحة.")
    assert ("CONSULT", "USAGOV", "PRKGOV") in [_coded(e) for e in doc.events if e.sentence.index == 1]


def test_one_politicians_attack_on_another_is_in_words(code: Callable[[str], Document]) -> None:
    """يكثف أردوغان هجومه على دميرتاش: an attack between unarmed people is criticism (ACCUSE);
    one by gunmen stays an assault."""
    doc = code("وقبل الانتخابات، يكثف أردوغان هجومه على دميرتاش الرئيس السابق لحزب الشعوب الديموقراطي.")
    assert [e.event_type for e in doc.events] == ["ACCUSE"]
    doc = code("وقتل عشرة أشخاص في هجوم شنه مسلحون على قرية.")
    assert [e.event_type for e in doc.events] == ["ASSAULT"]


def test_an_investigated_attack_is_not_the_investigators(code: Callable[[str], Document]) -> None:
    """يجري التحقيق … حول وقوع هجوم كيميائي: a support verb's subject does not conduct an attack named
    as a topic or an occurrence."""
    doc = code("صرح المدير العام لمنظمة حظر الأسلحة الكيميائية أنه يجري التحقيق في التقارير حول وقوع هجوم"
               " كيميائي في مدينة دوما.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("سوء التغذية يهدد أرواح الصغار في مستشفى باليمن.", []),
    ("الجفاف يهدد المحاصيل في بلدات بسوريا.", []),
    ("إيران تهدد بإغلاق مضيق هرمز.", [("THREATEN", "IRN", None)]),
    # a time or place phrase is no thing
    ("وفي وقت لاحق هدد باستهداف السفن الإسرائيلية.", [("THREATEN", None, "ISR")]),
    ("وبعد ذلك هدد باستهداف القوات الأمريكية.", [("THREATEN", None, "USAMIL")]),
])
def test_a_thing_that_threatens_is_no_threat(code: Callable[[str], Document], text: str,
                                            expected: list[tuple[str, str | None, str | None]]) -> None:
    """سوء التغذية يهدد: a danger, no one's threat (a state's threat stays)."""
    assert [_coded(e) for e in code(text).events] == expected


@pytest.mark.parametrize(("text", "etype", "target"), [
    ("استدعت وزارة الخارجية البحرينية القائم بأعمال السفارة الإيرانية في المنامة.", "ACCUSE", "IRN"),
    ("استدعت وزارة الخارجية البحرينية القائم بالأعمال الإيراني.", "ACCUSE", "IRN"),
    ("استدعت الخارجية الكويتية سفيري إيران والعراق.", "ACCUSE", "IRN"),
])
def test_summoned_envoys(code: Callable[[str], Document], text: str, etype: str, target: str) -> None:
    """A chargé d'affaires is his embassy's country (القائم بأعمال السفارة الإيرانية); سفيري before
    a country is a dual in the construct state ("the ambassadors of"), no "my ambassador" recalled."""
    dyads = [_dyad(e) for e in code(text).events]
    assert any(d[0] == etype and d[2] == target for d in dyads), dyads


def test_issued_by_is_no_seizure(detect: Callable[[str], Document]) -> None:
    """صادر من "issued by" (an adjective) is no form of صادر, "he confiscated"."""
    doc = detect("أكد تقرير صادر من غرفة التجارة العربية الألمانية أن الشركات تلتزم بالقرار.")
    assert not [e for e in doc.events if e.event_type == "COERCE"], doc.events


def test_an_office_before_a_name_is_held_by_it() -> None:
    """زار أمين جدة د. هاني أبو راس: the mayor named after his office is the subject, not the one
    who spoke in the sentence before (no dropped subject)."""
    d = _decisions("وقال خالد محمد البيتي إن المهرجان ناجح. وزار أمين جدة د. هاني أبو راس المعرض.")["consult.zara"]
    assert d.source is not None and d.source.rule == "vso" and d.source.mentions[0].text.startswith("هاني"), d.source


def test_a_name_opening_with_a_particle_opens_no_clause(code: Callable[[str], Document]) -> None:
    """بان كي مون: بان is the name's first word, no complementiser (بأن) cutting the clause."""
    doc = code("دعا الأمين العام للأمم المتحدة بان كي مون السلطات البوروندية إلى ضبط النفس.")
    assert any(_coded(e) == ("REQUEST", "UN", "BDIGOV") for e in doc.events), [_coded(e) for e in doc.events]


@pytest.mark.parametrize(("text", "threat"), [
    ("إجازة مفتوحة للموظفين تنذر بإطالة أزمة النفط بين السعودية والكويت.", False),
    ("وقال إن الوضع في سوريا ينذر بكارثة إنسانية.", False),
    ("أنذرت إسرائيل حماس بشن هجوم واسع.", True),
])
def test_what_portends_threatens_no_one(code: Callable[[str], Document], text: str, threat: bool) -> None:
    """ينذر بـ "portends" (بـ right after the verb) against أنذر X بـ "warned X of"."""
    assert any(e.event_type == "THREATEN" for e in code(text).events) == threat, code(text).events


def test_a_quotation_after_a_preposition_opens_with_a_noun() -> None:
    """مشيرا إلى "قصف عنيف": the quoted word a preposition governs is the verbal noun, not the
    verb "he bombed" with a dropped subject."""
    ds = _decisions('وقال مدير المرصد إن الاشتباكات تدور، مشيراً إلى "قصف عنيف استهدف المدينة".')
    assert "assault.qasf" in ds and "assault.qasafa" not in ds, sorted(ds)


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # الدبلوماسية after علاقات is its adjective, no diplomat
    ("وقالت جورجيا إنها بدأت إجراءات قطع علاقاتها الدبلوماسية مع سوريا.", "SANCTION", "GEO", "SYR"),
    # a hyphen inside a known name (كيم جونغ-أون) keeps it one mention
    ("ويستضيف زعيم كوريا الشمالية كيم جونغ-أون رئيس كوريا الجنوبية.", "CONSULT", "PRK", "KOR"),
])
def test_words_that_are_no_second_actor(code: Callable[[str], Document], text: str, etype: str,
                                        source: str, target: str) -> None:
    doc = code(text)
    dyads = [_dyad(e) for e in doc.events]
    assert (etype, source, target) in dyads, dyads
    assert not [m for m in doc.mentions if m.text.startswith(("الدبلوماسية", "أون"))], doc.mentions


@pytest.mark.parametrize("text", [
    # a warning of what may come (مغبة "the consequences of") asserts nothing
    "حذر الرئيس الإيراني حسن روحاني الولايات المتحدة من مغبة الانسحاب من الاتفاق النووي.",
    # a crash (تحطم) is an accident: its dead were killed by no one
    "وقال المتحدث باسم الوحدات إن تحطم الطائرة أسفر عن مقتل 16 عسكريا تركيا.",
    # a direction in the construct state (شمالي سجن كهريزك) takes a noun: the prison, no jailing
    "ويقع الموقع شمالي سجن كهريزك أحد أكثر السجون الإيرانية حراسة.",
    # المسيرات are marches here, no drones acting against the UN
    "وتقول إسرائيل إن حماس هي المنظم الرئيسي لهذه المسيرات التي تهدف إلى لفت الانتباه إلى قرار الأمم المتحدة.",
])
def test_no_asserted_event_here(code: Callable[[str], Document], text: str) -> None:
    doc = code(text)
    assert not [e for e in doc.events if e.event_type in ("RETREAT", "ASSAULT", "COERCE")
                and e.modality is None and not e.negated], doc.events
    assert not [e for e in doc.events if e.source is not None and e.source.sector == "MIL"
                and e.source.country is None], doc.events


def test_a_cognate_accusative_is_the_verb_event(code: Callable[[str], Document]) -> None:
    """ترفض رفضا قاطعا: one rejection, by the one who rejects; the verbal noun is no event of its own."""
    text = "وقالت الحكومة المصرية في بيان إنها ترفض رفضاً قاطعاً استخدام القوة ضد المسيرات السلمية."
    rejects = [e for e in code(text).events if e.event_type == "REJECT"]
    assert len(rejects) == 1 and rejects[0].source is not None and rejects[0].source.country == "EGY", rejects
    assert sum(not d.veto for d in _trace_decisions(text) if d.trigger.entry.event_type == "REJECT") == 1


def test_a_noun_described_by_its_clause_is_its_subject(code: Callable[[str], Document]) -> None:
    """إلى مواجهة قد تهدد سيطرة الرئيس الأسد: the confrontation threatens, Assad is the object's genitive."""
    doc = code("وقال إن استمرار الوضع قد يؤدي إلى مواجهة قد تهدد سيطرة الرئيس الأسد على السلطة.")
    assert not [e for e in doc.events if e.source is not None and e.source.country == "SYR"], doc.events


def test_the_accused_before_a_time_phrase_and_the_charge(code: Callable[[str], Document]) -> None:
    """وتتهم حماس منذ فترة طويلة بالتمييز: a passive ("Hamas is accused"), the time phrase between
    the accused and the charge."""
    dyads = [_coded(e) for e in code("وتتهم حماس منذ فترة طويلة بالتمييز ضد المرأة.").events]
    assert ("ACCUSE", None, "HAMAS") in dyads, dyads


def test_stealing_the_spotlight_is_no_kidnapping(detect: Callable[[str], Document]) -> None:
    """خطف الأنظار، يخطف الأضواء: "stole the show", an idiom."""
    doc = detect("واستطاعت البحرين أن تخطف الأنظار في سباقات الفورمولا 1 منذ عام 2004.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"], doc.events


@pytest.mark.parametrize(("text", "channel"), [
    ("وتنظم الوزارة الجائزة دعماً للغة العربية على شبكة الإنترنت.", False),
    ("وأكدت الدول العربية دعمها للحكومة اليمنية.", False),
    ("وقال وزير الخارجية اليمني في مقابلة مع العربية إن بلاده تدعم الحوار.", True),
    ("وقال وزير الخارجية اليمني لقناة العربية إن بلاده تدعم الحوار.", True),
])
def test_arabic_after_a_definite_noun_is_no_channel(code: Callable[[str], Document], text: str, channel: bool) -> None:
    """العربية after a definite noun (اللغة العربية، للغة العربية) is its adjective, no Al Arabiya."""
    doc = code(text)
    assert any(m.actor is not None and m.actor.group == "ALARABIYA" for m in doc.mentions) == channel, doc.mentions



@pytest.mark.parametrize(("text", "expected"), [
    # a state closing another's embassy breaks relations, the embassy's state is the target
    ("وقال الوزير إن المغرب ستغلق سفارة إيران في الرباط.", [("SANCTION", "MAR", "IRN")]),
    # ما دعا "which prompted": no one was called on
    ("لجأت المعارضة إلى السلاح، مما دعا الرئيس السوري بشار الأسد إلى التعهد بسحقها.", []),
    # right after a descriptive verb, تحديا is its predicate ("a challenge"), no dual "they defied"
    ("وقال إن الأزمة مع السعودية والإمارات شكلت تحديا ضخما لقطر.", []),
    # ارتطام "a crash" is an accident
    ("قتل أربعة بريطانيين وأصيب 12 آخرون في حادث ارتطام بالسعودية.", []),
])
def test_closures_prompts_challenges_and_crashes(code: Callable[[str], Document], text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    dyads = [_dyad(e) for e in code(text).events if not e.negated and e.modality != "intent"]
    assert [d for d in dyads if d[0] in ("SANCTION", "REQUEST", "REJECT", "ASSAULT", "COERCE")] == expected, dyads


@pytest.mark.parametrize(("text", "expected"), [
    # burning a flag is a protest against the flag's state
    ("وفي بداية الجلسة أحرق النواب الإيرانيون علما أميركيا وسط هتافات الموت لأميركا.", ("PROTEST", "IRN", "USA")),
    # القضاء على "eliminating" is no judiciary
    ("وقال الرئيس الفنزويلي نيكولاس مادورو إنه يحارب خطة أمريكية للقضاء على الاشتراكية.", None),
])
def test_flags_burnt_and_things_eliminated(code: Callable[[str], Document], text: str,
                                           expected: tuple[str, str, str] | None) -> None:
    doc = code(text)
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.sector == "JUD"], doc.mentions
    if expected is not None:
        assert expected in [_dyad(e) for e in doc.events], doc.events


def test_without_negates() -> None:
    """بدون أي رفض، دون أن يلتقي: what happened "without" did not happen."""
    ds = _trace_decisions("وتستبدل الهواتف بدون أي رفض من قبل ترامب. وغادر الوفد الأمريكي موسكو دون أن يلتقي بالرئيس الروسي.")
    assert all(d.frame.negated for d in ds if d.trigger.entry.event_type in ("REJECT", "CONSULT")), \
        [(d.trigger.entry.id, d.frame.negated) for d in ds]


def test_experts_who_say_are_the_speakers(code: Callable[[str], Document]) -> None:
    """ويقول خبراء إن: a bare noun before the complement clause is the speaker, no dropped subject
    carried from the sentence before (France does not accuse the United States)."""
    doc = code("وفرضت فرنسا عقوبات على إيران. ويقول خبراء إن العقوبات الأمريكية على إيران ستجبر الشركات على الخروج.")
    assert not [e for e in doc.events if e.event_type == "ACCUSE"], doc.events


def test_an_object_after_the_actor_makes_the_verb_active(code: Callable[[str], Document]) -> None:
    """قصفت فصائل المعارضة تجمعا … بقذيفة دبابة: an object noun after the actor, so the actor
    shelled; the weapon after بـ names no doer of a passive (قتل جندي برصاص مسلحين stays one)."""
    evs = [e for e in code("كما قصفت فصائل المعارضة السورية تجمعا لقوات النظام السوري بقذيفة دبابة.").events
           if e.event_type == "ASSAULT"]
    assert evs and all(e.source is not None and e.source.group == "SYRIAN_OPPOSITION" for e in evs), evs
    evs = code("وقتل جندي عراقي برصاص مسلحين في الموصل.").events
    assert [(_dyad(e)[0], e.target and e.target.code) for e in evs] == [("ASSAULT", "IRQMIL")], evs


def test_a_places_nisba_is_no_actor(code: Callable[[str], Document]) -> None:
    """مدينة الفلوجة العراقية: the adjective says where the city is, Iraq does not act (a place
    still: التوغل في مدينة عفرين السورية is an incursion into Syria)."""
    doc = code("وذكرت الصحيفة أن مسلحي داعش في مدينة الفلوجة العراقية قاموا بتفجير سيارة وسط المخيمات.")
    assert [m.actor.kind for m in doc.mentions if m.actor is not None and m.actor.country == "IRQ"] == ["place"]
    assert not [e for e in doc.events if e.source is not None and e.source.country == "IRQ"], doc.events
    doc = code("تمكنت القوات التركية مدعومة بالفصائل الموالية لها من التوغل في مدينة عفرين السورية.")
    assert ("ASSAULT", "TUR", "SYR") in [_dyad(e) for e in doc.events], doc.events


@pytest.mark.parametrize("text", [
    # a student counted after a million (نصف مليون طالب) makes no demand
    "وقالت الأونروا إنها قد لا تكون قادرة على ضمان عودة نصف مليون طالب فلسطيني إلى المدارس.",
    # a smart phone (هاتف ذكي) is no phone call
    "وقالت وزيرة الخارجية الأمريكية إن ذلك يعود لضرورات استخدام هاتف ذكي واحد.",
])
def test_counted_students_and_smart_phones(detect: Callable[[str], Document], text: str) -> None:
    assert not [e for e in detect(text).events if e.event_type in ("REQUEST", "CONSULT")], detect(text).events


def test_their_members_are_no_civilians(code: Callable[[str], Document]) -> None:
    """وقتلوا مئات من أفرادهما "hundreds of their members" (the army's and the police's): no civilians."""
    doc = code("كثف المتشددون هجماتهم على أهداف للجيش والشرطة وقتلوا مئات من أفرادهما.")
    assert not [e for e in doc.events if e.target is not None and e.target.sector == "CVL"], doc.events


def test_a_damma_on_the_first_letter_writes_the_passive(code: Callable[[str], Document]) -> None:
    """يُقتل "is killed": the official is the victim, no killer."""
    doc = code("وبركات هو أكبر مسؤول مصري يُقتل في مصر منذ بدء الإخوان المسلمين عملياتهم عام 2013.")
    assert [(_dyad(e)[:2], e.target and e.target.country) for e in doc.events if e.event_type == "ASSAULT"] \
        == [(("ASSAULT", None), "EGY")], doc.events


def test_a_written_passive_in_a_relative_clause_befell_the_antecedent(code: Callable[[str], Document]) -> None:
    """القادة الحوثيين الذين قُتلوا: the antecedent was killed."""
    doc = code("وذكر التحالف العربي أن القادة الحوثيين الذين قُتلوا في رازح هم أبو حسين غثوان ووليد صالح الغمري.")
    assert [(e.source, e.target and e.target.group) for e in doc.events if e.event_type == "ASSAULT"] \
        == [(None, "HOUTHIS")], doc.events


@pytest.mark.parametrize(("text", "expected"), [
    # "we call on": the one quoted speaks, the actor after the verb is its object
    ('وقال وزير الخارجية المصري سامح شكري "ندعو السلطات الإسرائيلية إلى التروي".', ("REQUEST", "EGY", "ISR")),
    # with no speaker named, no one else is "we"
    ('وقال "ندعو السلطات الإسرائيلية إلى التروي".', ("REQUEST", None, "ISR")),
])
def test_we_are_the_speaker(code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str]) -> None:
    assert [_dyad(e) for e in code(text).events if e.event_type == "REQUEST"] == [expected]


def test_its_aircraft_are_definite(code: Callable[[str], Document]) -> None:
    """طائراته قصفت مواقع: a noun with a possessive pronoun is definite, the subject that acts
    (no indefinite patient of a passive)."""
    doc = code("قال الجيش الإسرائيلي في بيان إن طائراته قصفت فجر الأربعاء مواقع لحركة حماس في غزة.")
    assert [e.source and e.source.country for e in doc.events if e.event_type == "ASSAULT"] == ["ISR"], doc.events


@pytest.mark.parametrize("text", [
    "استنكرت عضو مجلس الشورى الدكتورة منى آل مشيط التفجير الإرهابي الذي استهدف رجال الأمن.",
    "استنكر رئيس نادي أبها الأدبي الدكتور أحمد بن علي آل مريع حادثة تفجير مسجد قوة الطوارئ.",
])
def test_the_titled_holder_is_no_object(code: Callable[[str], Document], text: str) -> None:
    """عضو مجلس الشورى الدكتورة منى آل مشيط: the name after an honorific is the title holder's,
    she condemns and is not condemned."""
    assert not [e for e in code(text).events if e.target is not None and e.target.kind == "person"], code(text).events


def test_congress_is_the_united_states_congress(code: Callable[[str], Document]) -> None:
    """الكونغرس alone is the US Congress in Arabic news."""
    evs = [e for e in code("ورفض الكونغرس الاتفاق النووي مع إيران.").events if e.event_type == "REJECT"]
    assert [(e.source.country, e.source.sector) for e in evs if e.source] == [("USA", "LEG")], evs


@pytest.mark.parametrize(("text", "expected"), [
    # the actor in لـ owns what was hit, the object of an attack verb: no attacker
    ("وقال صحفيون إن بعض الضربات استهدفت مواقع لميليشيات حزب الله في سوريا.", ("ASSAULT", None, "HEZBOLLAH")),
    ("وأورد المصدر أن الطيران استهدف تعزيزات للحوثيين في ضواحي الحديدة.", ("ASSAULT", None, "HOUTHIS")),
    # a definite verbal noun's لـ is its complement: the forces were not allowed, they did not refuse
    ("رفضت السماح للقوات الأميركية بالعبور إلى العراق.", ("REJECT", None, "USAMIL")),
    # an indefinite noun after the verb is still the subject its لـ actor owns
    ("وأضاف المرصد أن قصف مدفعي للقوات التركية تسبب في مقتل 43 مدنيا.", ("ASSAULT", "TURMIL", "CVL")),
])  # fmt: skip
def test_the_owner_in_a_lam_phrase_after_the_verb(code: Callable[[str], Document], text: str,
                                                  expected: tuple[str, str | None, str | None]) -> None:
    evs = [_coded(e) for e in code(text).events]
    assert expected in evs, evs


def test_a_noun_owned_in_a_lam_phrase_before_the_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """ستة قرارات لمجلس الأمن تطالب طهران بتفكيك برنامجها: the council's resolutions demand, Tehran
    is asked (not Tehran demanding); طائرة تابعة لجيش الاحتلال أطلقت صاروخا: the army fired."""
    evs = [_coded(e) for e in code("وتجاهل الاتفاق ستة قرارات لمجلس الأمن تطالب طهران بتفكيك برنامجها النووي.").events]
    assert ("REQUEST", "UNSC", "IRNGOV") in evs and not [e for e in evs if e[1] == "IRNGOV"], evs
    evs = [_coded(e) for e in code("وذكرت مصادر أن طائرة بدون طيار تابعة للجيش الإسرائيلي أطلقت فجر أمس صاروخا "
                                   "على مجموعة من المسلحين.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[1] in ("ISRMIL", "IDF")], evs


def test_a_name_in_apposition_in_commas_before_the_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """الزعيم الكوري الشمالي، كيم جونغ أون، التقى: the comma inside the name cuts no clause and
    the one closing it stands between the subject and its verb; after a VSO subject with such a
    name, or a time word in commas, comes the object (زار رئيس إريتريا، إسياس أفورقي، أديس أبابا);
    a title in apposition after a name is no object (دعا روتش كابوري، رئيس بوركينا فاسو،)."""
    evs = [_coded(e) for e in code("الزعيم الكوري الشمالي، كيم جونغ أون، التقى بالرئيس الصيني شي جينبينغ، الثلاثاء.").events]
    assert ("CONSULT", "PRKGOV", "CHNGOV") in evs, evs
    evs = [_coded(e) for e in code("كما زار رئيس إريتريا، إسياس أفورقي، أديس أبابا، هذا الأسبوع.").events]
    assert ("CONSULT", "ERIGOV", "ETHGOV") in evs, evs
    evs = [_coded(e) for e in code("وطالب وزراء خارجية مجموعة السبع، الأحد، روسيا بالتعاون مع التحقيق.").events]
    assert ("REQUEST", "G7", "RUS") in evs, evs  # (the ministers of a group: coded by it)
    evs = [_coded(e) for e in code("دعا روتش كابوري، رئيس بوركينا، اليوم السبت، مواطني بلاده إلى التعاون.").events]
    assert not [e for e in evs if e[2] is not None], evs
    evs = [_coded(e) for e in code("دعا الشيخ محمد حسين، المفتي العام للقدس، إلى محاكمة المسؤولين دوليا.").events]
    assert not [e for e in evs if e[2] is not None], evs
    evs = [_coded(e) for e in code("وطالبت حركة فتح، السفير القطري، بالتراجع عن مواقفه.").events]
    assert ("REQUEST", "FATAH", "QATGOV") in evs, evs
    # a definite noun or a name after the comma is the object (no title in apposition)
    evs = [_coded(e) for e in code("واتهمت زاخاروفا، السلطات الأميركية بأنها اختارت طريق المواجهة.").events]
    assert ("ACCUSE", "RUSGOV", "USAGOV") in evs, evs  # (Zakharova, the Russian foreign ministry's spokeswoman)
    # a name in commas after a plural subject is the object, no apposition of it
    evs = [_coded(e) for e in code("وطالب المتظاهرون، الرئيس الفلسطيني محمود عباس، والحكومة بالإسراع في الإفراج عن المعتقلين.").events]
    assert [e for e in evs if e[0] == "REQUEST" and e[2] == "PSEGOV"], evs


@pytest.mark.parametrize(("text", "expected"), [
    # the document's author is the subject of the verb describing it; the actor after is its object
    ("وأرسل الرئيس الأمريكي خطابا يطالب الكونغرس بالموافقة على الميزانية.", ("REQUEST", "USAGOV", "US_CONGRESS")),
    ("وأصدرت الخارجية الإيرانية بيانا يدين الهجوم على السفارة.", ("ACCUSE", "IRNGOV", None)),
    # a speech a preposition governs is where the speaker spoke, and a past verb after a
    # decision is its verbal noun (قرار شن ضربات): the speaker acts
    ("وقال الرئيس الروسي في خطاب أشاد فيه بالعلماء إن بلاده قوية.", ("SUPPORT", "RUSGOV", None)),
])  # fmt: skip
def test_a_document_noun_before_the_verb(code: Callable[[str], Document], text: str,
                                         expected: tuple[str, str | None, str | None]) -> None:
    evs = [_coded(e) for e in code(text).events]
    assert expected in evs, evs


def test_a_count_in_a_prepositional_phrase_is_no_object(code: Callable[[str], Document]) -> None:
    """طرد دبلوماسيون روس من 21 دولة: the count after من is no object, so the unvowelled verb with
    its bare subject reads as a passive (the Russian diplomats were expelled)."""
    evs = [_coded(e) for e in code("وقد طرد دبلوماسيون روس من 21 دولة على الأقل.").events]
    assert evs == [("COERCE", None, "RUSGOV")], evs


def test_an_object_pronoun_on_the_verb_leaves_no_object_further_on(code: Callable[[str], Document]) -> None:
    """وحثها على ممارسة الضغوط … ومعارضة موقف حزبهم: the pronoun is what was urged; an actor in a
    later phrase is no object (here not even an actor: معارضة is "opposing")."""
    evs = [_coded(e) for e in code("وقال التلفزيون إن نتنياهو يهدف إلى التأثير على المنظمات اليهودية، وحثها على "
                                   "ممارسة الضغوط على أعضاء الكونغرس ومعارضة موقف حزبهم.").events]
    assert not [e for e in evs if e[0] == "REQUEST" and e[2] is not None], evs


@pytest.mark.parametrize(("text", "trigger", "pos"), [
    # a stem written with إ opens a verbal noun, never a verb
    ("وأعرب المسؤولون عن رفضهم القاطع وإدانتهم للممارسات الإسرائيلية.", "وإدانتهم", "noun"),
    # a stem in ت with a pronoun that would be a verb of the first person only is a noun
    ("وكرر زعيم المعارضة الأربعاء دعوته لاستقالة رئيس الوزراء.", "دعوته", None),
    # a plural in ى with a pronoun reads as a dual verb only: a noun (قتلاهم "their dead", no
    # verbal noun قتل either: no tanween alif before a pronoun)
    ("ويشير محللون إلى أن الحوثيين يتعاملون بهذا المستوى من التجاهل مع جثث قتلاهم.", "قتلاهم", None),
    # with a third-person reading the verb stays (she condemned them)
    ("وقالت الوزارة إن الحكومة أدانتهم بشدة.", "أدانتهم", "verb"),
])  # fmt: skip
def test_the_spelling_tells_a_noun_from_a_verb(text: str, trigger: str, pos: str | None) -> None:
    from marsad.text import tokenize

    idx = next(t.index for t in tokenize(text) if t.text == trigger)
    got = {d.trigger.pos for d in _trace_decisions(text) if d.trigger.head == idx}
    assert got == ({pos} if pos else set()), got


def test_the_genitive_of_a_decision_is_no_past_verb(code: Callable[[str], Document]) -> None:
    """أشعل قرار نقل السفارة الأمريكية إلى القدس الغضب: نقل is the verbal noun "moving" (not a
    verb "reported" whose subject the embassy would be), so the embassy does not burn flags later;
    a present verb after a decision still describes it (قرار يطالب إسرائيل)."""
    evs = [_coded(e) for e in code("أشعل قرار نقل السفارة الأمريكية إلى القدس الغضب في المنطقة، حيث تظاهر المئات "
                                   "أمام السفارة الأمريكية بالأردن، الاثنين وأحرقوا أعلام الولايات المتحدة وإسرائيل.").events]
    assert ("PROTEST", None, "USA") in evs and ("PROTEST", None, "ISR") in evs, evs
    evs = [_coded(e) for e in code("وتبنى المجلس قرار يطالب إسرائيل بوقف الاستيطان.").events]
    assert ("REQUEST", None, "ISR") in evs, evs


def test_a_noun_before_relative_clauses_and_a_comma_is_the_subject(code: Callable[[str], Document]) -> None:
    """أن الحركة التي تقود تمردا والتي بايعت تنظيم القاعدة، تقاتل الحكومة الصومالية: the movement
    fights the government (the actor after the verb is its object, not its subject)."""
    evs = [_coded(e) for e in code("ويذكر أن الحركة التي تقود تمردا مسلحا منذ عام 2007 والتي بايعت تنظيم القاعدة، "
                                   "تقاتل الحكومة الصومالية المدعومة من قوة أفريقية.").events]
    assert ("ASSAULT", None, "SOMGOV") in evs and not [e for e in evs if e[1] == "SOMGOV"], evs


def test_the_charge_of_a_suspect_is_not_the_subjects_act(code: Callable[[str], Document]) -> None:
    """كشفت الشرطة الهولندية هوية المشتبه به بتنفيذ هجوم الطعن: the police revealed who is suspected;
    they carried out no attack."""
    evs = [_coded(e) for e in code("كشفت الشرطة الهولندية هوية المشتبه به بتنفيذ هجوم الطعن في محطة القطارات "
                                   "المركزية بالعاصمة أمستردام.").events]
    assert not [e for e in evs if e[1] == "NLDCOP"], evs
    evs = [_coded(e) for e in code("وأعلن الرئيس الأمريكي دونالد ترامب الجمعة عن أن هناك عملية عسكرية جارية حاليا في سوريا، "
                                   "لمعاقبة نظام الرئيس بشار الأسد المتهم بشن هجوم كيميائي ضد مدنيين.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[1] == "SYRGOV"], evs


def test_the_act_of_those_responsible_is_not_the_subjects(code: Callable[[str], Document]) -> None:
    """مسودة قرار يهدف إلى تحديد المسؤولين عن هجمات: the sponsors of the draft attacked no one;
    those responsible are unnamed."""
    evs = [_coded(e) for e in code("وقال مسؤول أميركي إن الولايات المتحدة وروسيا توصلتا إلى اتفاق على مسودة قرار في "
                                   "الأمم المتحدة، يهدف إلى تحديد المسؤولين عن هجمات بالأسلحة الكيماوية في سوريا.").events]
    assert ("AGREE", "USA", "RUS") in evs and not [e for e in evs if e[0] == "ASSAULT"], evs


def test_a_support_verb_supports_no_verbal_noun_past_another_verb(code: Callable[[str], Document]) -> None:
    """أطلق أردوغان حربا تستهدف حزب العمال … المتهم بالوقوف خلف العملية الانتحارية: the war is
    Erdogan's, the suicide attack is not (another verb stands between), and خلف after الوقوف is
    "behind", no verb of causing."""
    decisions = _decisions("واطلق الرئيس التركي رجب طيب اردوغان حربا تستهدف حزب العمال الكردستاني كما تنظيم "
                           "داعش المتهم بالوقوف خلف العملية الانتحارية التي وقعت في سوروتش.")
    suicide = decisions["assault.amaliya_intihariya"]
    assert suicide.frame.light is None and suicide.source is None, suicide
    assert "cause.khallafa" not in decisions, list(decisions)


def test_a_verb_joined_to_an_unknown_verb_shares_its_subject(code: Callable[[str], Document]) -> None:
    """تولى ترامب منصبه وانسحب من الاتفاق: تولى is no lexicon verb, Trump right after it is its
    subject and the subject of the verb joined to it (not an actor of an earlier sentence)."""
    evs = [_coded(e) for e in code("وتتهم إيران الولايات المتحدة بنقض العهود. ومع ذلك، تدهورت العلاقات بعد أن تولى "
                                   "ترامب منصبه وانسحب من الاتفاق.").events]
    assert [e for e in evs if e[0] == "RETREAT" and e[1] == "USAGOV"], evs
    # أنها استدعت دبلوماسيا روسيا: the pronoun is the subject, the Russian diplomat the object
    evs = [_coded(e) for e in code('وذكرت وزارة الخارجية الكورية الجنوبية في بيان، أنها استدعت دبلوماسيا روسيا '
                                   'كبيرا "وعبرت عن أسفها وحثت على عدم تكرار هذه الواقعة".').events]
    assert not [e for e in evs if e[1] == "RUSGOV"], evs


def test_an_agent_phrase_right_after_the_verb_makes_it_passive(code: Callable[[str], Document]) -> None:
    """خاشقجي قتل على يد سعوديين، أربعة فلسطينيين قتلوا برصاص الجيش: with the agent phrase
    right after the verb and no object, the subject before it is the victim, whatever its form;
    with an object after it the verb is active (الحوثيون قتلوا برصاص القناصة مدنيين)."""
    evs = [_coded(e) for e in code("وأفادت الوكالة أن أربعة فلسطينيين بينهم طفل قتلوا برصاص الجيش الإسرائيلي خلال "
                                   "المسيرة.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[1] == "IDF"], evs
    evs = [_coded(e) for e in code("وقالت مصادر إن الرئيس اليمني قتل على يد مسلحين داخل القصر.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[2] == "YEMGOV"], evs
    evs = [_coded(e) for e in code("وقال الجيش إن الحوثيين قتلوا برصاص القناصة مدنيين في تعز.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[1] == "HOUTHIS"], evs
    # the agent a construct of two actors (an officer of the police): still nothing after it
    evs = [_coded(e) for e in code("وحسب المعطيات فإن المهاجم قتل برصاص ضابط شرطة.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[2] == "UAF"], evs
    assert not [e for e in evs if e[1] == "UAF"], evs


def test_the_pronoun_after_an_accusation_is_the_accused(code: Callable[[str], Document]) -> None:
    """اتهمت الحكومة السورية الولايات المتحدة بأنها قصفت: the United States (the accused) bombed,
    not Syria's government."""
    evs = [_coded(e) for e in code("واتهمت الحكومة السورية الولايات المتحدة بأنها قصفت مواقع للجيش.").events]
    assert ("ACCUSE", "SYRGOV", "USA") in evs and [e for e in evs if e[0] == "ASSAULT" and e[1] == "USA"], evs
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "SYRGOV"], evs


def test_an_event_noun_after_ma_a_is_no_target(code: Callable[[str], Document]) -> None:
    """تزامنت المكالمة الهاتفية … مع زيارة وزير الخارجية بومبيو: the call coincides with Pompeo's
    visit; he is not the one called."""
    d = _decisions("وتزامنت المكالمة الهاتفية بين الرئيسين مع زيارة وزير الخارجية الأمريكي مايك بومبيو إلى "
                   "السعودية.")["consult.mukalama"]
    assert d.target is None or all(a.name != "Mike Pompeo" for a in d.target.actors), d.target


def test_the_one_called_on_stands_before_what_he_is_called_to(code: Callable[[str], Document]) -> None:
    """دعا X (من جهة ثانية) Y إلى/بـ …: Y is called on, not the actor in what he is called to; an
    envoy's name after his post is his, no target."""
    evs = [_coded(e) for e in code("ودعا رئيس البرلمان من جهة ثانية رئيس الوزراء العراقي بالعودة إلى مجلس "
                                   "النواب.").events]
    assert [e for e in evs if e[0] == "REQUEST" and e[2] == "IRQGOV"], evs
    evs = [_coded(e) for e in code('دعا الموفد الخاص للأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف القوات '
                                   'الإسرائيلية "إلى أقصى درجات ضبط النفس".').events]
    assert ("REQUEST", "UN", "ISRMIL") in evs, evs


def test_a_vowelled_word_is_scripture_not_news(code: Callable[[str], Document]) -> None:
    """قَتَلَ النَّاسَ، ما لم يُصِبْ دمًا حرامًا: a fully vowelled word is a verse or hadith quoted
    in a sermon (news writes at most one mark: وقُتل جندي)."""
    assert not _decisions("إذ متى كان من الدين أن قَتَلَ المسلمُ النَّاسَ في المساجد.")
    assert "assault.qatala" in _decisions("وقُتل جندي أمريكي في هجوم شنه مسلحون من طالبان.")


def test_a_feminine_dual_before_a_dual_verb_is_its_subject() -> None:
    """منها غارتان استهدفتا منزل القياديين في الجماعة: the two raids struck, the Houthi leaders'
    house is what they hit."""
    d = _decisions("قصف طيران التحالف منطقة مران بعدد من الغارات، منها غارتان استهدفتا منزل القياديين في "
                   "جماعة الحوثي.")["assault.istahdafa"]
    assert d.source is None or all(a.group != "HOUTHIS" for a in d.source.actors), d.source


def test_what_is_halted_does_not_happen() -> None:
    """وقفا مؤقتا للعمليات العسكرية، تجميد المساعدات: the operations and the aid stop (while
    إنهاء الدعم الإيراني للحوثيين presupposes the support); freezing aid is itself a sanction
    (CAMEO 162), no aid given."""
    d = next(x for x in _trace_decisions("أعلن الحوثيون وقفا مؤقتا للعمليات العسكرية البحرية ضد السعودية.")
             if x.trigger.entry.event_type == "ASSAULT")
    assert d.status != "coded" and "suspended" in d.reason, d.reason
    decisions = _trace_decisions("قررت الولايات المتحدة تجميد المساعدات العسكرية لباكستان.")
    assert not [x for x in decisions if x.trigger.entry.event_type == "AID" and x.status == "coded"]
    assert [x for x in decisions if x.trigger.entry.event_type == "SANCTION" and x.status == "coded"]


def test_a_charge_is_nobodys_act(code: Callable[[str], Document]) -> None:
    """وجهت الشرطة تهمة القتل لرجل: the police charged a man; they killed no one. كان بوريس
    جونسون قد اتهم بأنه …: the charge right after the verb makes Johnson the accused."""
    evs = [_coded(e) for e in code("وجهت الشرطة البريطانية تهمة القتل لرجل أردى حبيبته السابقة.").events]
    assert not [e for e in evs if e[0] == "ASSAULT"], evs
    evs = [_coded(e) for e in code("وكان وزير الخارجية البريطاني بوريس جونسون قد اتهم بأنه عرض السجينة لخطر "
                                   "إضافي.").events]
    assert [e for e in evs if e[0] == "ACCUSE" and e[1] is None and e[2] == "GBRGOV"], evs


def test_a_man_before_a_feminine_verb_with_his_pronoun_is_its_object(code: Callable[[str], Document]) -> None:
    """المحتج القتيل ضربته في رأسه قنبلة يدوية: the grenade hit the protester; no riot of his."""
    d = next(x for x in _trace_decisions("وقالت مصادر في الصحة إن المحتج القتيل ضربته في رأسه قنبلة يدوية خلال "
                                         "الاشتباكات.") if x.trigger.entry.id == "assault.daraba")
    assert d.source is None and d.target is not None and d.target.rule == "topic-object", (d.source, d.target)


def test_a_verb_after_a_relative_clause_shares_its_subject_only_in_agreement() -> None:
    """المواقع التي دمرتها ميليشيات الحوثي واطلعوا … وعقدوا اجتماعين: the militias (a feminine
    verb) destroyed the sites; the ministers (masculine plural) looked and met."""
    d = next(x for x in _trace_decisions("وأوضح أن أعضاء الحكومة يقومون بعمل جبار حيث زاروا عددا من المواقع التي "
                                         "دمرتها ميليشيات الحوثي واطلعوا على حجم الخسائر وعقدوا اجتماعين منفصلين "
                                         "لمكاتب الوزارات.")
             if x.trigger.entry.id == "consult.ijtima")
    assert d.source is None or all(a.group != "HOUTHIS" for a in d.source.actors), d.source


def test_the_circumstances_of_an_attack_are_investigated(code: Callable[[str], Document]) -> None:
    """المحققون الأميركيون يواصلون بحثهم لكشف ملابسات عملية إطلاق النار: the investigators shot
    no one; a heat wave that struck is no attack."""
    evs = [_coded(e) for e in code("فيما لا يزال المحققون الأميركيون يواصلون بحثهم لكشف ملابسات عملية إطلاق النار "
                                   "على مركزين عسكريين للجيش الأميركي.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "USA"], evs
    assert "a storm" in next(x for x in _trace_decisions("ارتفع عدد ضحايا موجة حرارة شديدة ضربت ولايات هندية "
                                                         "عدة إلى 335 شخصا.") if x.trigger.entry.id == "assault.daraba").reason


def test_an_accusative_before_an_accusative_adjective_is_a_noun(code: Callable[[str], Document]) -> None:
    """تلقت الحكومة اليمنية دعما كبيرا من السعودية: "great support" (no dual verb "they two
    supported"), which comes from Saudi Arabia; an adverb after a dual verb leaves it a verb
    (اشتبكا أيضا); بدأت بوكو حرام تمردا مسلحا: an armed insurgency (مسلحا is its adjective, no
    genitive)."""
    evs = [_coded(e) for e in code("تلقت الحكومة اليمنية دعما كبيرا من السعودية.").events]
    assert ("SUPPORT", "SAU", "YEMGOV") in evs, evs
    assert "assault.ishtabaka" in _decisions("وتجنب الجيشان المواجهة المباشرة لكنهما اشتبكا أيضا في أحيان أخرى.")
    evs = [_coded(e) for e in code("وتواجه نيجيريا تمردا تشنه جماعة بوكو حرام منذ 2009.").events]
    assert ("ASSAULT", "BOKO_HARAM", "NGA") in evs, evs


def test_the_author_of_a_protest_or_threat_after_min(code: Callable[[str], Document]) -> None:
    """أثارت احتجاجا شديدا من طهران، تهديدات من الصين: who it came from."""
    evs = [_coded(e) for e in code("وأفادت الشرطة البريطانية بتوقيف أربعة أشخاص في واقعة أثارت احتجاجا شديدا "
                                   "من طهران.").events]
    assert [e for e in evs if e[0] == "PROTEST" and e[1] == "IRNGOV"], evs
    evs = [_coded(e) for e in code("وأوضح بنس أن القوة مطلوبة وسط منافسة محتدمة وتهديدات من الصين.").events]
    assert [e for e in evs if e[0] == "THREATEN" and e[1] == "CHN"], evs


def test_a_risk_or_a_dating_event_is_nobodys_act(code: Callable[[str], Document]) -> None:
    """خطر حدوث هجوم إرهابي: a risk, no attack; تعهدت ميركل بتقديم مساندة عقب الهجوم: the attack
    dates the pledge, it is not Merkel's."""
    evs = [_coded(e) for e in code("وكشفت الصحيفة أن أجهزة الأمن حذرت الحكومة التركية من خطر حدوث هجوم إرهابي "
                                   "على الأراضي التركية.").events]
    assert not [e for e in evs if e[0] == "ASSAULT"], evs
    evs = [_coded(e) for e in code("تعهدت المستشارة الألمانية أنجيلا ميركل للحكومة التركية بتقديم مساندة عقب "
                                   "الهجوم الإرهابي الذي تعرضت له مدينة سروج.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "DEUGOV"], evs


def test_an_actor_after_an_adjective_of_stance_describes_the_subject(code: Callable[[str], Document]) -> None:
    """اتهمت وسائل إعلام مؤيدة للحكومة حزب الشعوب الديمقراطي: the party is accused, the government
    only describes the media; قيادة عمليات بغداد is Iraq's military."""
    evs = [_coded(e) for e in code("واتهمت وسائل إعلام مؤيدة للحكومة حزب الشعوب الديمقراطي بمحاولة استغلال "
                                   "الهجوم.").events]
    assert ("ACCUSE", "MED", "HDP") in evs, evs
    evs = [_coded(e) for e in code("وقالت خلية الإعلام الأمني إن قيادة عمليات بغداد قتلت 21 إرهابيا.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[1] == "IRQMIL"], evs


def test_a_verbal_expression_with_the_article_is_its_verbal_noun() -> None:
    """للتوصل إلى اتفاق، التوصل إلى اتفاق: no verb takes the article; the expression is its
    verbal noun (here of purpose), no reported agreement."""
    d = _decisions("وحدد وزير الداخلية الألماني لميركل مهلة تنتهي هذا الأسبوع للتوصل إلى اتفاق أوروبي.")["agree.tawassala"]
    assert d.trigger.pos == "noun" and d.status != "coded", (d.trigger.pos, d.reason)


def test_the_border_with_a_country_names_no_partner(code: Callable[[str], Document]) -> None:
    """اجتمعت حكومة أنقرة لتعزيز أمنها على الحدود مع سوريا بعد وقوع التفجير: no meeting with Syria,
    and the bombing that occurred is not the government's."""
    evs = [_coded(e) for e in code("اجتمعت حكومة أنقرة لتعزيز أمنها على الحدود مع سوريا بعد وقوع التفجير "
                                   "الانتحاري.").events]
    assert not [e for e in evs if e[2] == "SYR" or (e[0] == "ASSAULT" and e[1] == "TURGOV")], evs


def test_a_feminine_verb_takes_no_man_for_its_dropped_subject(code: Callable[[str], Document]) -> None:
    """ألماني يتصل بالشرطة فتقبض عليه: she (the police) arrests, not the German man."""
    evs = [_coded(e) for e in code("ألماني يتصل بالشرطة فتقبض عليه").events]
    assert not [e for e in evs if e[0] == "COERCE" and e[1] == "DEU"], evs


def test_what_is_ruled_out_is_not_asserted() -> None:
    """موسكو تستبعد شن هجوم واسع على إدلب: Moscow rules the attack out."""
    d = next(x for x in _trace_decisions("موسكو تستبعد شن هجوم واسع على إدلب في الوقت الحاضر")
             if x.trigger.entry.event_type == "ASSAULT")
    assert d.status != "coded" and "ruled_out" in d.reason, d.reason


def test_condemnation_spelled_without_hamza(code: Callable[[str], Document]) -> None:
    """دانت (دان/يدين) is أدانت: a condemnation."""
    evs = [_coded(e) for e in code("دانت منظمة هيومن رايتس ووتش إجبار مئات اللاجئين السوريين في لبنان على المغادرة.").events]
    assert [e for e in evs if e[0] == "ACCUSE" and e[1] == "HRW"], evs


def test_a_judge_is_no_verb_of_suing() -> None:
    """قاضي المحكمة: written with ي it is the noun "judge"; the past قاضى "sued" ends in ى and its
    passive is قوضي (ألقي, the passive of ألقى, stays a verb)."""
    assert "accuse.haakama" not in _decisions("وكان قاضي محكمة الفساد الباكستانية محمد بشير أصدر حكما ضد نواز شريف.")
    assert "accuse.haakama" in _decisions("قاضى الرئيس الأمريكي صحيفة نيويورك تايمز.")
    assert "coerce.alqa_qabd" in _decisions("ألقي القبض على ثلاثة مسلحين من داعش.")


def test_a_member_named_after_his_organisation_is_no_object(code: Callable[[str], Document]) -> None:
    """قتل القيادي البارز في ميليشيات الحوثي صالح الصماد في غارة للتحالف: the name after the
    organisation is the leader's (no object), and with the attack's author named after it the
    verb is a passive: the coalition killed the Houthi leader."""
    evs = [_coded(e) for e in code("قتل القيادي البارز في ميليشيات الحوثي صالح الصماد في غارة للتحالف العربي "
                                   "في اليمن.").events]
    assert ("ASSAULT", "ARAB_COALITION", "HOUTHIS") in evs and not [e for e in evs if e[1] == "HOUTHIS"], evs
    evs = [_coded(e) for e in code("وتعرض قيادي في حركة حماس، الثلاثاء، للخطف على أيدي مسلحين في رام الله.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[2] == "HAMAS"], evs


def test_an_actor_inside_a_relative_clause_is_carried_to_no_later_verb(code: Callable[[str], Document]) -> None:
    """شاركت تركيا في التحالف الذي تقوده الولايات المتحدة … وقصفت أهدافا: the United States, named
    in the relative clause, did not bomb."""
    evs = [_coded(e) for e in code("ولفترة طويلة شاركت تركيا على استحياء في التحالف الذي تقوده الولايات المتحدة ضد "
                                   "الدولة الإسلامية لكنها في الأسبوع الماضي أجرت تغييرا جذريا حين سمحت للتحالف "
                                   "باستخدام قواعدها الجوية وقصفت أهدافا في سوريا.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "USA"], evs


def test_a_pronoun_on_a_verbal_noun_is_no_accusative_alif(code: Callable[[str], Document]) -> None:
    """في قتالها ضد الدولة الإسلامية: the alif is the pronoun's (her fight), no masdar of purpose
    whose agent would be the last actor before it (Washington)."""
    evs = [_coded(e) for e in code("وقال أوغلو إن أنقرة وواشنطن متفقتان على الحاجة إلى توفير غطاء جوي للمعارضة "
                                   "السورية المعتدلة في قتالها ضد الدولة الإسلامية.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] in ("USAGOV", "USA", "TURGOV")], evs


def test_a_verb_joined_to_a_relative_clause_shares_its_subject(code: Callable[[str], Document]) -> None:
    """المرة الثانية التي تهاجم فيها ميليشيا الحوثي السفارة السعودية، واعتقلت موظفيها اليمنيين: the
    Houthis arrested; اليمنيين, in the oblique case, describes the object and is no subject."""
    evs = [_coded(e) for e in code("وهذه هي المرة الثانية التي تهاجم فيها ميليشيا الحوثي السفارة السعودية، "
                                   "واعتقلت موظفيها اليمنيين.").events]
    assert ("ASSAULT", "HOUTHIS", "SAUGOV") in evs and ("COERCE", "HOUTHIS", "YEM") in evs, evs


def test_the_pronoun_on_an_accusation_before_its_charge_is_the_accused(code: Callable[[str], Document]) -> None:
    """حملة إسرائيلية عليه إثر اتهامه بالعداء للسامية: he was accused, he accused no one; and
    the counted genitive after a count is the subject (تظاهر آلاف الفلسطينيين)."""
    evs = [_coded(e) for e in code("وتأتي إعادة انتخاب عباس وسط حملة إسرائيلية عليه إثر اتهامه بالعداء للسامية.").events]
    assert not [e for e in evs if e[0] == "ACCUSE" and e[1] == "PSEGOV"], evs
    evs = [_coded(e) for e in code("وتظاهر آلاف الفلسطينيين على طول الحدود بين قطاع غزة وإسرائيل الجمعة.").events]
    assert ("PROTEST", "PSE", None) in evs, evs


@pytest.mark.parametrize(("text", "expected"), [
    ('ورأى الخبراء أن "جماعة أنصار الإسلام" ضاعفت هجماتها ضد الحكومة خلال الأشهر الماضية.',
     ("ASSAULT", "ANSARUL_ISLAM", "GOV")),
    ("وكان التحالف العربي لدعم الشرعية في اليمن قد كثف مؤخرا غاراته على قيادات ميليشيات الحوثي.",
     ("ASSAULT", "ARAB_COALITION", "HOUTHIS")),
])  # fmt: skip
def test_the_pronoun_on_a_verbal_noun_is_the_last_actor_before_it(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    evs = [_coded(e) for e in code(text).events]
    assert expected in evs, evs


def test_a_received_threat_is_undergone(code: Callable[[str], Document]) -> None:
    """صحفي اردني تلقى تهديدا: the journalist was threatened; he threatened no one."""
    evs = [_coded(e) for e in code("يشار الى ان صحفي اردني تلقى تهديدا ووعيدا بتقديم شكوى ضده.").events]
    assert evs == [("THREATEN", None, "JORMED")], evs


def test_the_offices_of_appositions_are_lexicon_entries() -> None:
    """The sector nouns that arguments treat as one person's office exist in the actor lexicon
    (a renamed entry would silently stop the rule)."""
    from marsad.actors.stage import default_index
    from marsad.events import arguments

    ids = {e.id for e in default_index().entries if e.kind == "sector"}
    assert ids >= arguments._OFFICES, sorted(arguments._OFFICES - ids)


def test_the_actor_before_a_relative_clause_in_commas_is_the_subject(code: Callable[[str], Document]) -> None:
    """وكانت مقاتلات التحالف العربي، الذي تقوده السعودية، استهدفت: the coalition's jets struck (the
    Saudi leader of the coalition, named inside the relative clause, is not carried on)."""
    evs = [_coded(e) for e in code("وكانت مقاتلات التحالف العربي، الذي تقوده السعودية، استهدفت اجتماعا لقادة "
                                   "الحوثيين في الحديدة.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[1] in ("SAUMIL", "ARAB_COALITION")], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("أبدى الأزهر انزعاجه من التدخل الإيراني، وأعرب في بيان، أمس، عن رفضه للتدخل الإيراني.",
     ("REJECT", "AZHAR", "IRN")),
    ("وأعرب الأزهر في بيان، مساء الثلاثاء، عن رفضه للتدخل الإيراني.", ("REJECT", "AZHAR", "IRN")),
    ("وأعرب الأزهر في بيان، أول من أمس، عن رفضه للتدخل الإيراني.", ("REJECT", "AZHAR", "IRN")),
    # a verbal noun spelled like a past verb, object of a reporting verb before the aside
    ("أعلنت الإدارة الأميركية، الأربعاء، فرض حزمة عقوبات جديدة على النظام الإيراني.",
     ("SANCTION", "USAGOV", "IRNGOV")),
    ("أعلنت واشنطن، أمس، فرض عقوبات على إيران.", ("SANCTION", "USAGOV", "IRN")),
])  # fmt: skip
def test_an_aside_of_time_in_commas_cuts_nothing(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """، أمس، between a verb and the rest of its expression is an aside: أعرب … عن رفضه stays one
    expression with its subject (the refusal used to be a noun of no one's). A bare verb form right
    after the aside may be a governing verb's object (فرض "imposing"), announced by its subject."""
    _assert_among(code, text, expected)


def test_a_verb_after_an_aside_still_opens_a_clause(code: Callable[[str], Document]) -> None:
    """Only a governing verb takes the form after the aside as its object: after هاجم, قتل فيه
    جندي is a clause of its own (the soldier is no target of the attackers' storming)."""
    evs = [_coded(e) for e in code("هاجم مسلحون مقر الجيش، اليوم الجمعة، قتل فيه جندي.").events]
    assert ("ASSAULT", "UAF", "MIL") in evs, evs


def test_time_asides() -> None:
    """Only commas around days and times of day make an aside; any other word ends it."""
    from marsad.events.triggers import time_aside_end
    from marsad.text import analyze_text

    def close(text: str) -> int | None:
        toks = analyze_text(text).tokens
        return time_aside_end(toks, next(i for i, t in enumerate(toks) if t.text == "،"))

    assert close("قال، أمس، إن") == 3  # the index of the closing comma
    assert close("قال، صباح اليوم، إن") == 4
    assert close("قال، أول من أمس، إن") == 5
    assert close("قال، أمس الأول إن") is None  # no closing comma right after the days
    assert close("قال، من أمس، إن") is None
    assert close("قالت مصر، الأردن، العراق") is None


@pytest.mark.parametrize(("text", "expected"), [
    # a verbless aside in commas between the subject and its verb
    ("يذكر أن موفد الملك سلمان، المستشار في الديوان الملكي، كان التقى رئيس الوزراء اللبناني.",
     ("CONSULT", "SAUGOV", "LBNGOV")),
    # after كان, the actor right before the comma (a title and name in apposition)
    ("يذكر أن وزير الخارجية السعودي، عادل الجبير، كان التقى رئيس الوزراء اللبناني.", ("CONSULT", "SAUGOV", "LBNGOV")),
    ("وكانت مقاتلات التحالف العربي، الذي تقوده السعودية، استهدفت مواقع للحوثيين.",
     ("ASSAULT", "ARAB_COALITION", "HOUTHIS")),
    # أن's noun alone before an adverbial aside, and a negation before the verb
    ("وقال رئيس الوزراء إن تركيا، على عكس بعض المعلومات، لم تنذر مسبقا النظام السوري بالغارات.",
     ("THREATEN", "TUR", "SYRGOV")),
    ("وقال إن الحكومة، في خطوة مفاجئة، طردت السفير الإيراني.", ("SANCTION", "GOV", "IRNGOV")),
])  # fmt: skip
def test_the_actor_before_an_aside_in_commas_is_the_subject(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """The one met after كان التقى is no subject: the actor before the comma (or before a verbless
    aside) is; it used to be read VSO, the met one meeting no one."""
    _assert_among(code, text, expected)


def test_an_event_amid_which_the_clause_happens_is_not_its_subjects(code: Callable[[str], Document]) -> None:
    """أعلن مسؤولون إثيوبيون فرض حالة الطوارئ في خضم احتجاجات: the protests are not the officials'."""
    for text in ("أعلن مسؤولون إثيوبيون فرض حالة الطوارئ بالبلاد في خضم احتجاجات واسعة النطاق.",
                 "أعلنت الحكومة الإثيوبية حالة الطوارئ وسط احتجاجات واسعة."):
        evs = [_coded(e) for e in code(text).events]
        assert not [e for e in evs if e[0] == "PROTEST" and e[1] is not None and e[1].startswith("ETH")], (text, evs)


def test_a_discussed_event_is_not_the_discussants(code: Callable[[str], Document]) -> None:
    """يجتمع مجلس الأمن لبحث الهجمات … بالصواريخ والقذائف على إسرائيل: the council attacks no one."""
    evs = [_coded(e) for e in code("ويجتمع مجلس الأمن الدولي لبحث الهجمات الفلسطينية بالصواريخ والقذائف "
                                   "على إسرائيل.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "UNSC"], evs
    assert ("ASSAULT", "PSE", "ISR") in evs, evs



@pytest.mark.parametrize("text", [
    "وتعهد الجيش السعودي بالتحقيق في الغارة الجوية.",
    "واتفقت الدول الأعضاء على دراسة نتائج التحقيق الذي تعهد الجيش السعودي بإجرائه في الغارة الجوية.",
])
def test_an_investigated_event_is_not_pledged(code: Callable[[str], Document], text: str) -> None:
    """تعهد بالتحقيق في الغارة، التحقيق الذي تعهد بإجرائه في الغارة: what is investigated is not
    what the army pledged, nor its act for that."""
    assert not [e for e in code(text).events if e.event_type == "ASSAULT" and e.source is not None], text


def test_an_impersonal_report_has_no_speaker(code: Callable[[str], Document]) -> None:
    """يذكر أنه "it is mentioned that": neither the verb nor the pronoun on أن carries the last
    sentence's subject (the Russian ambassador had become the author of the draft's condemnation)."""
    doc = code("وأعلن السفير الروسي أنه يعارض مشروع القرار. يذكر أنه في 18 شباط طرحت بريطانيا مسودة قرار على "
               "مجلس الأمن يدين إيران.")
    evs = [_coded(e) for e in doc.events if e.event_type == "ACCUSE"]
    assert evs and not [e for e in evs if e[1] == "RUSGOV"], evs
    assert not [e for e in doc.events if e.reported_by is not None and e.reported_by.code == "RUSGOV"
                and e.event_type == "ACCUSE"]


def test_an_expression_with_bi_is_its_verbal_noun(code: Callable[[str], Document]) -> None:
    """بفرض عقوبات: no verb takes بـ, so no subject is carried to it from the last sentence."""
    doc = code("وأعلن الرئيس الروسي رفضه للقرار. وقال دبلوماسيون إن المسودة ستسمح لمجلس الأمن، المؤلف من 15 "
               "عضوا، بفرض عقوبات على اليمن.")
    assert not [e for e in doc.events if e.event_type == "SANCTION" and e.source is not None
                and e.source.code == "RUSGOV"], [_coded(e) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقتل أحد الجنود الإسرائيليين في هجوم قرب نابلس.", [("ASSAULT", None, "ISRMIL")]),
    ("وقتل أحد المسلحين شرطيا في الهجوم.", [("ASSAULT", "UAF", "COP")]),  # one of them acts on an object
    ("امتدت المظاهرات من البصرة التي قتل أحد متظاهريها الأسبوع الماضي إلى الناصرية.", []),  # no riot
])  # fmt: skip
def test_one_of_before_a_noun_counts_it(
        code: Callable[[str], Document], text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """قتل أحد الجنود: "one of the soldiers was killed", the passive reading of a count; a time
    phrase after it (الأسبوع الماضي) is no object that would make him the killer."""
    assert [_coded(e) for e in code(text).events] == expected


@pytest.mark.parametrize("text", [
    "مصر تستهدف استيراد 7.79 مليون طن من الغاز الطبيعي.",
    "وتستهدف مصر أن تصل عائدات قناة السويس إلى 5.5 مليار دولار.",
    "وتستهدف الحكومة السعودية زيادة الإنتاج.",
    "وتستهدف ألمانيا الحصول على 80 في المائة من احتياجاتها من الكهرباء من مصادر الطاقة المتجددة.",
    # restoring a government: the coalition aims to, it attacks no government
    "ويشن التحالف عملية عسكرية ضد الحوثيين قال إنها تستهدف إعادة حكومة عبد ربه منصور هادي إلى السلطة.",
])
def test_aiming_to_do_something_is_no_attack(code: Callable[[str], Document], text: str) -> None:
    """يستهدف + أن or a verbal noun of economic action is "aims to", no attack (of the verb)."""
    assert not [e for e in code(text).events if e.event_type == "ASSAULT" and e.trigger.text.endswith("تستهدف")]


def test_aiming_at_positions_is_an_attack(code: Callable[[str], Document]) -> None:
    evs = [_coded(e) for e in code("استهدفت الغارات الجوية مواقع الحوثيين في صعدة.").events]
    assert ("ASSAULT", None, "HOUTHIS") in evs, evs


@pytest.mark.parametrize(("text", "expected"), [
    ("من جانبه، دعا الرئيس اليمني عبدربه منصور هادي المجتمع الدولي لتحمل مسؤوليته تجاه ما يقوم به الحوثيون.", []),
    ("وتحمل الحكومة الإسرائيلية مسؤولياتها تجاه السكان.", []),
    ("وحمل الرئيس الفلسطيني إسرائيل مسؤولية التصعيد.", [("ACCUSE", "PSEGOV", "ISR")]),
    ("وتحمل الحكومة الفرنسية مسؤوليته لنظام دمشق.", [("ACCUSE", "FRAGOV", "SYRGOV")]),  # لـ the one held
    # an object that is no actor (the sympathisers) is still one held responsible
    ("وحمل رئيس الوزراء العراقي المتعاطفين مع تنظيم القاعدة مسؤوليته.", [("ACCUSE", "IRQGOV", None)]),
])  # fmt: skip
def test_shouldering_ones_own_responsibility_accuses_no_one(
        code: Callable[[str], Document], text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """تحمل مسؤوليته (form V, with a possessive: "shoulder its responsibility") is a duty, not
    حمّل X المسؤولية "held X responsible"."""
    assert [_coded(e) for e in code(text).events if e.event_type == "ACCUSE"] == expected


def test_the_cause_of_casualties_is_no_condemnation(code: Callable[[str], Document]) -> None:
    """دانت الجامعة التصعيد الإسرائيلي، والذي أسفر عن مقتل 16 شخصا جراء قمع جيش الاحتلال لمظاهرات:
    the League condemns; it kills and represses no one (the army represses: its genitive before a
    لـ object is the agent)."""
    evs = [_coded(e) for e in code("ودانت جامعة الدول العربية التصعيد الإسرائيلي ضد المدنيين الفلسطينيين في قطاع "
                                   "غزة، الجمعة، والذي أسفر عن مقتل 16 شخصا جراء قمع جيش الاحتلال لمظاهرات "
                                   "يوم الأرض.").events]
    assert not [e for e in evs if e[0] in ("ASSAULT", "COERCE") and e[1] == "ARAB_LEAGUE"], evs
    assert ("COERCE", "IDF", None) in evs, evs


def test_an_ally_named_after_the_subject_is_a_subject_too(code: Callable[[str], Document]) -> None:
    """هددت دمشق وحليفتها موسكو بشن عملية: both threaten (Moscow used to be the one threatened),
    and the operation threatened has not happened."""
    evs = [_coded(e) for e in code("هددت دمشق وحليفتها موسكو بشن عملية عسكرية في مدينة دوما.").events]
    assert sorted(evs) == [("THREATEN", "RUSGOV", None), ("THREATEN", "SYRGOV", None)], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلن الجيش الوطني الليبي، أنه نفذ غارات جوية نهاية الأسبوع الماضي، استهدفت متمردين تشاديين متمركزين في "
     "جنوب ليبيا.", ("ASSAULT", "LNA", "TCDREB")),
    ("دانت البحرين بشدة إطلاق عدة صواريخ بالستية من قبل ميليشيات الحوثي، استهدفت تجمعات سكانية في الرياض.",
     ("ASSAULT", "HOUTHIS", None)),
])  # fmt: skip
def test_attacks_before_a_comma_are_the_subject_of_the_feminine_verb_after_it(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """…غارات جوية، استهدفت متمردين: the raids targeted the rebels (not the rebels attacking)."""
    _assert_among(code, text, expected)


def test_a_missile_test_is_no_attack(code: Callable[[str], Document]) -> None:
    _assert_no_event(code, "أجرت كوريا الشمالية تجربة إطلاق صاروخ باليستي جديد.", "ASSAULT")


def test_talks_dealing_with_a_ceasefire_are_no_ceasefire(code: Callable[[str], Document]) -> None:
    """محادثات تتناول تنفيذ قرار وقف إطلاق النار: what the talks deal with is no act of theirs."""
    evs = [_coded(e) for e in code("يعتزم الرئيس الفرنسي إيمانويل ماكرون إجراء محادثات الأحد مع الرئيس الروسي "
                                   "فلادیمير بوتين تتناول تنفيذ قرار وقف إطلاق النار في سوريا.").events]
    assert not [e for e in evs if e[0] == "CONCEDE" and e[1] == "FRAGOV"], evs


def test_the_cause_of_casualties_is_the_attack_not_the_meeting_it_hit(code: Callable[[str], Document]) -> None:
    """استهدف انتحاري اجتماعا … مما أسفر عن مقتل: the bomber's attack killed, not the meeting's hosts."""
    evs = [_coded(e) for e in code("استهدف انتحاري اجتماعا لقوات الصحوة في بغداد امس مما أسفر عن مقتل اثنين من "
                                   "قادة هذه القوات.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[1] == "UAF"], evs
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] not in ("UAF", None)], evs


def test_a_purpose_after_a_genitive_leaves_it_the_patient(code: Callable[[str], Document]) -> None:
    """توقيف ضباط لمحاكمتهم: the officers are arrested (لـ + a verbal noun with a pronoun is a
    purpose, no object that would make them the arresters)."""
    evs = [_coded(e) for e in code("وقال إن الجيش استخدم سلاحه ضد المتظاهرين، وتم توقيف ضباط لبنانيين لمحاكمتهم.").events]
    assert not [e for e in evs if e[0] == "COERCE" and e[1] == "LBNMIL"], evs


def test_a_fronted_response_is_no_subject(code: Callable[[str], Document]) -> None:
    """ورداً على عملية الاختطاف، قصفت كتائب القسام: the brigades shelled (the kidnapping before
    the comma is what they answered, no subject)."""
    evs = [_coded(e) for e in code("ورداً على عملية الاختطاف، قصفت كتائب عز الدين القسام معبر كرم ابو سالم "
                                   "بقذائف الهاون.").events]
    assert [e for e in evs if e[0] == "ASSAULT" and e[1] == "HAMAS"], evs


def test_statements_that_spark_something_attack_no_one(code: Callable[[str], Document]) -> None:
    """فجرت تصريحات الجبير أزمة: "sparked", with words as the subject (the minister was its target)."""
    assert not code("فجرت تصريحات وزير الخارجية السعودي عادل الجبير خلال مؤتمره الصحفي أزمة جديدة.").events


def test_unknown_names_on_both_sides_are_no_political_event(code: Callable[[str], Document]) -> None:
    """Two names the lexicon does not know, with no country, sector or group (a singer and a poet),
    make no event."""
    assert not code("ويتعاون المطرب وائل جسار خلال ألبومه الجديد مع الشاعر أيمن بهجت قمر.").events


@pytest.mark.parametrize("text", [
    "قال أنور قرقاش إن هناك فرقا بين التدخل في الشؤون الداخلية للدول وبين الحوار معها.",  # no فرّقا
    'قال المتحدث الرسمي باسم تحالف "دعم الشرعية في اليمن" إن المنظمات الأممية تعيش تحت الإقامة الجبرية.',
    # the relative clause ends at the comma before an aside of time: its verb supports no noun after it
    "اتخذ تحالف دعم الشرعية في اليمن، الذي تقوده السعودية، الجمعة، إجراءً جديدًا يتعلق بالهجوم على الحافلة.",
])
def test_no_event_in(code: Callable[[str], Document], text: str) -> None:
    """A noun after هناك, a body's name after باسم, an attack a measure is about (يتعلق بالهجوم)."""
    assert not code(text).events, [_coded(e) for e in code(text).events]


def test_an_adverb_with_a_pronoun_stands_between_verb_and_subject(code: Callable[[str], Document]) -> None:
    """سلمت بعدها الكويت مطالب …: Kuwait handed over (بعدها "after that" is no object)."""
    _assert_among(code, "سلمت بعدها الكويت مطالب مكونة من 13 بندا للسلطات القطرية.", ("COOPERATE", "KWT", "QATGOV"))


def test_an_embassy_bombed_is_hit_not_the_bomber(code: Callable[[str], Document]) -> None:
    """تفجير السفارة الأميركية: the embassy was bombed (it used to be the bomber, and the one Egypt
    condemned)."""
    evs = [_coded(e) for e in code("وأدانت مصر تفجير السفارة الأميركية في كابل.").events]
    assert ("ASSAULT", None, "USAGOV") in evs, evs
    assert not [e for e in evs if e[1] == "USAGOV" or (e[0] == "ACCUSE" and e[2] == "USAGOV")], evs


def test_an_inter_governmental_body_protests_in_words(code: Callable[[str], Document]) -> None:
    """واحتجت الأمم المتحدة على قرار إسرائيل: a diplomatic protest (ACCUSE), no demonstration."""
    assert [_coded(e) for e in code("واحتجت الأمم المتحدة على قرار إسرائيل.").events] == [("ACCUSE", "UN", "ISR")]


@pytest.mark.parametrize(("text", "expected"), [
    # members of a force, then a partitive من: the force is the agent (أفراد used to be the civilians)
    ("وقتل الشاب على يد أفراد من قوة شرطة حرس الحدود الإسرائيلية في القدس.", ("ASSAULT", "ISRCOP", "CVL")),
    ("وقتل الشاب على يد عناصر من تنظيم داعش في الموصل.", ("ASSAULT", "ISIS", "CVL")),
])
def test_members_of_a_force_after_an_agent_phrase(code: Callable[[str], Document], text: str,
                                                   expected: tuple[str, str | None, str | None]) -> None:
    """على يد أفراد من الشرطة: the force whose members did it."""
    _assert_among(code, text, expected)


def test_a_pronoun_on_anna_before_a_passive_with_its_agent() -> None:
    """فإنه اعتقل على يد أفراد من الشرطة: the one the pronoun resumes was arrested by the police
    (he used to be the arrester, the police his prisoners)."""
    d = _decisions("وقال الصحفي إنه اعتقل على يد أفراد من الشرطة الإسرائيلية في القدس.")["coerce.iataqala"]
    assert d.source is not None and d.source.actors[0].code == "ISRCOP", d.source
    assert d.target is not None and d.target.actors[0].sector == "MED", d.target


def test_others_wounded_after_a_passive_count_were_hit() -> None:
    """قتل 6 من ميليشيات الحوثي وجرح آخرون: the others were wounded; the Houthis wound no one (the
    second verb used to carry them over as its dropped subject)."""
    d = _decisions("في المقابل، قتل 6 من ميليشيات الحوثي وجرح آخرون، في هجوم على تجمع لهم.")["assault.jaraha"]
    assert d.source is None, d.source
    assert d.target is not None and d.target.actors[0].group == "HOUTHIS", d.target


def test_others_as_an_object_after_an_active_verb_stay_its_object(code: Callable[[str], Document]) -> None:
    """وقتل الجيش ثلاثة مسلحين وجرح آخرين: the accusative آخرين, an object; the army acts (control)."""
    _assert_among(code, "وقتل الجيش العراقي ثلاثة مسلحين وجرح آخرين في اشتباك قرب الموصل.", ("ASSAULT", "IRQMIL", "UAF"))


def test_what_belongs_to_a_body_is_not_given_to_it(code: Callable[[str], Document]) -> None:
    """سفينة مساعدات تابعة للأمم المتحدة: the UN's ship, the UN receives nothing."""
    evs = [_coded(e) for e in code("وأعلن المحافظ وصول أول سفينة مساعدات تابعة للأمم المتحدة إلى مرفأ عدن.").events]
    assert not [e for e in evs if e[2] == "UN"], evs


@pytest.mark.parametrize("text", [
    'وقالت مساعدة مندوب هولندا في الأمم المتحدة لصحافيين "لقد شاهدنا صور الأطفال القتلى".',
    "وأوضحت مساعدة وزير الخارجية الأمريكي للصحفيين أن المحادثات ستستمر.",
])
def test_an_assistant_of_an_office_gives_no_help(code: Callable[[str], Document], text: str) -> None:
    """مساعدة مندوب هولندا: the envoy's assistant (f.), no aid to the Netherlands."""
    _assert_no_event(code, text, "AID")


def test_help_to_an_office_holder_is_still_aid(code: Callable[[str], Document]) -> None:
    """قدمت مساعدة للوزير: help given (the article or لـ, no construct with an office; control)."""
    assert [e for e in code("وقدمت اليابان مساعدة مالية لأفغانستان.").events if e.event_type == "AID"]


@pytest.mark.parametrize("text", [
    "وأدان الرئيس الفرنسي هجمات بروكسل.",
    "بيد أن النيابة أوضحت أن الملف منفصل عن ملفات اعتداءات باريس في 13 تشرين الثاني/نوفمبر 2015.",
])
def test_a_city_in_an_attacks_genitive_is_where_it_struck(code: Callable[[str], Document], text: str) -> None:
    """هجمات بروكسل، اعتداءات باريس: attacks in the city, not by its government."""
    evs = [_coded(e) for e in code(text).events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] in ("FRAGOV", "BELGOV")], evs
    assert not [e for e in evs if e[0] == "ACCUSE" and e[2] in ("FRAGOV", "BELGOV")], evs


def test_a_capital_striking_somewhere_is_its_government(code: Callable[[str], Document]) -> None:
    """غارات موسكو على حلب: with على after it, the capital's strikes (control)."""
    _assert_among(code, "ونددت دمشق بغارات موسكو على حلب.", ("ASSAULT", "RUSGOV", None))


def test_exchanging_fire_of_any_arms_is_an_attack_each_way(code: Callable[[str], Document]) -> None:
    """تبادل إطلاق نيران (the plural of نار, any guns): fighting, no cooperation."""
    evs = [_coded(e) for e in code("وتبادل الجيش الهندي والقوات الباكستانية إطلاق نيران كثيفة عبر الحدود.").events]
    assert ("ASSAULT", "INDMIL", "PAKMIL") in evs and ("ASSAULT", "PAKMIL", "INDMIL") in evs, evs
    assert not [e for e in evs if e[0] == "COOPERATE"], evs


def test_a_mission_of_assistance_is_a_name() -> None:
    """بعثة المساعدة التابعة للأمم المتحدة في أفغانستان: UNAMA's name, no aid given to Afghanistan."""
    assert "aid.musaada_sing" not in _decisions(
        "وقالت بعثة المساعدة التابعة للأمم المتحدة في أفغانستان إن 5122 شخصا سقطوا بين قتيل وجريح.")


def test_whom_a_statement_was_made_to_did_not_make_it() -> None:
    """وأضاف قائلا لوكالة رويترز: the agency heard it (قائلا, an indefinite accusative, is no
    subject the لـ-actor owns; the agency used to be the speaker, and so the author of what the
    next clause reports through its pronoun)."""
    src = _decisions("وأضاف قائلا لوكالة رويترز إن الجيش قصف مواقع المسلحين.")["report.adafa"].source
    assert src is None, src


@pytest.mark.parametrize("text", [
    "ونفت الحكومة السورية قصف المستشفى.",
    "بعثة الاتحاد الإفريقي بالصومال تنفي قتلها لمدنيين",
    "إلا أن بعثة الاتحاد الإفريقي نفت بشدة مزاعم قتل مدنيين في جنوب الصومال.",
])
def test_the_event_a_denial_takes_as_its_object_is_negated(code: Callable[[str], Document], text: str) -> None:
    """نفت الحكومة قصف المستشفى: the shelling denied is negated (as in the complement of نفى أن)."""
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert evs and all(e.negated for e in evs), [(_coded(e), e.negated) for e in evs]


def test_an_event_after_a_denial_and_a_conjunction_is_asserted(code: Callable[[str], Document]) -> None:
    """ونفى الجيش الاتهامات وقصف مواقع لحماس: a new verb after و is no object of the denial (control)."""
    evs = [e for e in code("ونفى الجيش الإسرائيلي الاتهامات وقصف مواقع لحركة حماس في غزة.").events
           if e.event_type == "ASSAULT"]
    assert evs and not any(e.negated for e in evs), [(_coded(e), e.negated) for e in evs]


@pytest.mark.parametrize("text", [
    "وقال إن الشعب يدين لها اليوم بالكثير.",
    "وقال إن الحزب يدين للرئيس الأسد بالولاء.",
    "وبلغ إجمالي المبلغ الذي تدين به اليونان 27 مليار يورو.",  # بـ with a pronoun: what it owes
])
def test_owing_is_no_condemnation(code: Callable[[str], Document], text: str) -> None:
    """يدين له بالفضل، تدين به: دان لـ/بـ "owe", with لـ or بـ + a pronoun at once; no ACCUSE."""
    _assert_no_event(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "وقال المحلل إن الحوثيين يدينون بالولاء لإيران منذ سنوات.",
    "ويمنع القانون تجديد جوازات سفر الأميركيين الذين يدينون بأكثر من 50 ألف دولار من الضرائب.",
    "وكانت الحكومة اليونانية تدين بمبلغ كبير للبنوك الأوروبية.",
    "ويعيش في البلاد ملايين ممن يدينون بالإسلام.",
])
def test_owing_or_professing_with_b_is_no_condemnation(code: Callable[[str], Document], text: str) -> None:
    """يدين بالولاء، يدينون بأكثر من، تدين بمبلغ، يدينون بالإسلام: دان بـ "owe, profess"; no ACCUSE."""
    _assert_no_event(code, text, "ACCUSE")


def test_condemning_strongly_with_b_is_still_condemning(code: Callable[[str], Document]) -> None:
    """وتدين مصر بشدة الهجوم: بـ of manner right after the verb is still condemnation (control)."""
    _assert_among(code, "وتدين مصر بشدة الهجوم الإرهابي على الكنيسة.", ("ACCUSE", "EGY", None))


@pytest.mark.parametrize("text", [
    "واعتبر النائب العراقي أنه لا فرق بين تنظيم داعش وأفكار الحكومة العراقية.",
    "وأوضح أن اجتماعات عقدت بين الجانبين وفرق عمل تم إنشاؤها بين الولايات المتحدة ودول مجلس التعاون.",
    "وباشرت فرق الهلال الأحمر الإماراتي توزيع المساعدات على سكان الجزيرة.",
    "وفككت فرق الهندسة التابعة للجيش اليمني مئات الألغام في الساحل الغربي.",
])
def test_teams_and_differences_are_no_dispersal(code: Callable[[str], Document], text: str) -> None:
    """فرق عمل، فرق الهندسة، لا فرق بين: the noun فِرَق "teams" or فرق "difference" spelled like
    فرّق "disperse"; with no crowd after it no COERCE."""
    _assert_no_event(code, text, "COERCE")


@pytest.mark.parametrize("text, source", [
    ("فرقت الشرطة التركية المتظاهرين بالغاز المسيل للدموع في إسطنبول.", "TURCOP"),
    ("وفرقت الشرطة الإيرانية مساء أمس المحتجين في طهران.", "IRNCOP"),
])
def test_dispersing_a_crowd_is_coerce(code: Callable[[str], Document], text: str, source: str) -> None:
    """فرقت الشرطة المتظاهرين, also past a time: a crowd after the verb, COERCE (control)."""
    assert any(e.event_type == "COERCE" and e.source is not None and e.source.code == source
               for e in code(text).events)


@pytest.mark.parametrize("text", [
    "ووضع الرئيس الإريتري يده بيد آبي لدى دخولهما القاعة، ولوحا للحضور الذين هللوا بهتافات مدوية.",
    "وحذرت منظمة هيومن رايتس ووتش من أزمة إنسانية تلوح في الأفق في شمال سيناء.",
    "ولوح الرئيس الأمريكي بيده للصحفيين لدى وصوله إلى البيت الأبيض.",
    "يبدو أن الربيع التركي يلوح بالأفق.",
])
def test_waving_and_looming_are_no_threat(code: Callable[[str], Document], text: str) -> None:
    """لوحا للحضور، تلوح في الأفق، يلوح بالأفق، لوح بيده: waving or looming, no THREATEN."""
    _assert_no_event(code, text, "THREATEN")


@pytest.mark.parametrize("text, source", [
    ("ولوحت واشنطن الخميس بمزيد من العقوبات على تركيا.", "USA"),
    ("لوحت إيران، على لسان وزير خارجيتها، بالعودة إلى تخصيب اليورانيوم.", "IRN"),
    ("ولوح الرئيس الأمريكي برد عسكري على النظام السوري.", "USA"),
    ('ولوحت الولايات المتحدة بـ"إجراءات صارمة" ضد النظام السوري.', "USA"),
])
def test_brandishing_a_measure_is_a_threat(code: Callable[[str], Document], text: str, source: str) -> None:
    """لوحت واشنطن بمزيد من العقوبات, also past an aside, with بـ apart or on an event noun the
    segmenter leaves whole (برد): THREATEN (control)."""
    assert any(e.event_type == "THREATEN" and e.source is not None and e.source.country == source
               for e in code(text).events)


@pytest.mark.parametrize("text", [
    "وبحث الملك مع الأمين العام مسيرة دول مجلس التعاون الخليجي وسبل تعزيزها.",
    "وأشاد الوزير بمسيرة الاتحاد الأوروبي في استقبال اللاجئين.",
])
def test_the_course_of_a_body_of_states_is_no_march(code: Callable[[str], Document], text: str) -> None:
    """مسيرة دول مجلس التعاون، مسيرة الاتحاد الأوروبي: a body's course, no PROTEST."""
    _assert_no_event(code, text, "PROTEST")


def test_a_march_of_people_is_still_a_protest(code: Callable[[str], Document]) -> None:
    """مسيرة العمال: a march of people stays a PROTEST (control)."""
    assert any(e.event_type == "PROTEST" for e in code("وشارك الآلاف في مسيرة العمال في باريس ضد قانون العمل.").events)


@pytest.mark.parametrize("text", [
    "وكيف ترى مصير لبنان السياسي؟ أخشى أن تنسحب على لبنان حالات الانقسام التي طالت العراق وسوريا.",
    "وأضاف أن القيود تشمل إيران وينسحب ذلك على سوريا أيضا.",
])
def test_applying_to_is_no_withdrawal(code: Callable[[str], Document], text: str) -> None:
    """تنسحب على لبنان، ينسحب ذلك على سوريا: انسحب على "apply to", no RETREAT."""
    _assert_no_event(code, text, "RETREAT")


def test_withdrawing_at_once_is_still_withdrawing(code: Callable[[str], Document]) -> None:
    """انسحبت القوات الإسرائيلية على الفور من البلدة: على الفور is no one applied to (control)."""
    _assert_among(code, "وانسحبت القوات الإسرائيلية على الفور من البلدة.", ("RETREAT", "ISRMIL", None))


def test_condemning_for_the_second_time_is_still_condemning(code: Callable[[str], Document]) -> None:
    """وتدين السعودية للمرة الثانية الهجوم: لـ + a time word is no one owed (control)."""
    _assert_among(code, "وتدين السعودية للمرة الثانية الهجوم الإرهابي على المسجد.", ("ACCUSE", "SAU", None))


def test_a_possessive_that_cannot_be_the_subjects_is_not_its_act() -> None:
    """علق الوزير … على مقابلة مع تجار المخدرات ومطالبتهم بعفو عام: "their" demand, not the
    minister's (a masculine plural pronoun, a single person as the clause's subject)."""
    d = _decisions("علق وزير خارجية البحرين، الشيخ خالد بن أحمد، على مقابلة مع عدد من تجار المخدرات في لبنان "
                   "ومطالبتهم بعفو عام من الدولة.")["request.mutalaba"]
    assert d.source is None or "BHRGOV" not in [a.code for a in d.source.actors], d.source


def test_a_plural_possessive_of_a_plural_subject_is_its_act(code: Callable[[str], Document]) -> None:
    """وجدد المتظاهرون مطالبتهم: their own demand (control)."""
    _assert_among(code, "وجدد المتظاهرون مطالبتهم بإسقاط الحكومة.", ("REQUEST", "CVL", "GOV"))


def test_the_second_of_two_titled_places_is_no_verb() -> None:
    """بين مدينتي حمص وتدمر: Palmyra, not "and destroys"."""
    assert "assault.dammara" not in _decisions("وتحتل القاعدة الجوية موقعا استراتيجيا بين مدينتي حمص وتدمر غربي سوريا.")


def test_a_pronoun_on_a_noun_of_detention_is_the_one_held(code: Callable[[str], Document]) -> None:
    """وتواصل السلطات التركية اعتقاله: "him" is the one held; the feminine subject still holds him
    (the agreement of a possessive with the subject is asked only of a noun whose genitive acts)."""
    _assert_among(code, "وتواصل السلطات التركية اعتقاله منذ عامين.", ("COERCE", "TURGOV", None))


def test_a_word_inside_a_name_completes_no_expression() -> None:
    """تقدم قوات تحالف دعم الشرعية: the advance of the coalition's forces; دعم is a word of its
    name, so no تقدم … دعم ("offer support") is matched (القائم بالأعمال, right after its first
    word, still is: a control)."""
    assert not [d for d in _trace_decisions("وتشهد صفوف ميليشيات الحوثي تراجعا بالتزامن مع تقدم قوات تحالف دعم "
                                            "الشرعية والجيش الوطني.") if d.trigger.entry.event_type == "AID"]
    assert "accuse.istadaa_qaim" in _decisions("واستدعت وزارة الخارجية القائم بالأعمال الأمريكي.")


def test_aid_that_aims_to_help_attacks_no_one() -> None:
    """مساعدات … استهدفت مساعدة 13 مليون يمني: aimed at helping, no attack."""
    ds = _trace_decisions("قدمت الإمارات مساعدات لليمن بلغت نحو 13 مليار درهم استهدفت مساعدة ما يزيد عن 13 مليون يمني.")
    assert not [d for d in ds if d.trigger.entry.event_type == "ASSAULT" and d.status == "coded"], ds


def test_a_plan_owned_by_an_organisation_is_what_is_supported(code: Callable[[str], Document]) -> None:
    """دعم خطة الأمم المتحدة: the UN owns the plan supported; the UN supports no one."""
    evs = [_coded(e) for e in code("كما هدفت المساعدات الإماراتية إلى دعم خطة الأمم المتحدة للاستجابة "
                                   "الإنسانية لليمن.").events]
    assert not [e for e in evs if e[0] == "SUPPORT" and e[1] == "UN"], evs
    assert ("SUPPORT", "ARE", "UN") in evs, evs


def test_ones_own_march_is_a_career_or_journey(code: Callable[[str], Document]) -> None:
    """يواصل السائح مسيرته: his journey; مسيرتهم (of many) stays a march (control)."""
    assert not code("يواصل السائح مسيرته بعد أن أمضى الساعة في المدينة.").events
    _assert_among(code, "وواصل المتظاهرون مسيرتهم نحو البرلمان.", ("PROTEST", "CVL", "LEG"))


def test_a_thing_that_arrives_visits_no_one(code: Callable[[str], Document]) -> None:
    """سفينة مساعدات بحمولة 65000 سلة غذائية وصلت إلى اليمن: the ship (its cargo) arrived; no
    visit (a delegation arriving is one: a control)."""
    _assert_no_event(code, "وكانت الإمارات قد سيرت سفينة مساعدات بحمولة 65000 سلة غذائية وصلت إلى اليمن.", "CONSULT")
    _assert_among(code, "وكان وفد إماراتي رفيع وصل إلى القاهرة أمس.", ("CONSULT", "AREGOV", "EGY"))


def test_the_command_of_a_force_acts_for_it() -> None:
    """الهدنات التي دعت لها قيادة التحالف العربي: the coalition called for them (it used to be the
    one called on)."""
    d = _decisions("وأكدوا أن الرفض المتكرر من الميليشيات للهدنات الإنسانية التي دعت لها قيادة التحالف العربي "
                   "يؤكد حقيقة واحدة.")["request.daa"]
    assert d.source is not None and d.source.actors[0].group == "ARAB_COALITION", d.source
    assert d.target is None, d.target


def test_lamma_before_a_past_verb_negates_nothing(code: Callable[[str], Document]) -> None:
    """مقدما شرحا لما قام به المركز من مساعدات: "for what" the centre did (لمّا negates only a
    present verb: لمّا يصل "not yet")."""
    evs = [e for e in code("ورحب الوزير بالوفد الكويتي، مقدما لهم شرحا لما قام به المركز من مساعدات إغاثية "
                           "للشعب اليمني الشقيق.").events if e.event_type == "AID"]
    assert evs and not any(e.negated for e in evs), [(_coded(e), e.negated) for e in evs]
    evs = [e for e in code("ولما يصل الوفد الأمريكي إلى القاهرة بعد.").events if e.event_type == "CONSULT"]
    assert evs and all(e.negated for e in evs), [(_coded(e), e.negated) for e in evs]


def test_a_clipped_defective_verb_needs_a_jussive_particle(code: Callable[[str], Document]) -> None:
    """لن يدع إيران تمتلك: "will not let" (ودع), no call; لم يدع is دعا's jussive (a control)."""
    _assert_no_event(code, "وتعهد ترامب بأنه لن يدع إيران تمتلك أسلحة نووية.", "REQUEST")
    evs = [e for e in code("ولم يدع الرئيس الأمريكي إيران إلى الحوار.").events if e.event_type == "REQUEST"]
    assert evs and all(e.negated for e in evs), [(_coded(e), e.negated) for e in evs]


def test_a_word_inside_a_name_ends_no_verbs_span(code: Callable[[str], Document]) -> None:
    """الذي تتهم الأمم المتحدة … الرئيس السوري بشار الأسد باستخدامه: الأسد is a name's word, no
    verb ending the accusation's span before its resumptive pronoun; the UN accuses Assad."""
    _assert_among(code, "لكنها تستخدم في صناعة غاز السارين، الذي تتهم الأمم المتحدة الرئيس السوري بشار الأسد "
                        "باستخدامه ضد شعبه.", ("ACCUSE", "UN", "SYRGOV"))


def test_one_actor_between_holding_and_responsibility_is_held_responsible(code: Callable[[str], Document]) -> None:
    """وحملت كوبا مسؤولية التقاعس: Cuba is held responsible (it used to hold someone else); with
    two actors the first holds the second (a control)."""
    evs = [_coded(e) for e in code("وحملت كوبا مسؤولية التقاعس في حماية الدبلوماسيين.").events]
    assert ("ACCUSE", None, "CUB") in evs and not [e for e in evs if e[1] == "CUB"], evs
    _assert_among(code, "وحملت الحكومة اليمنية الحوثيين مسؤولية الهجوم.", ("ACCUSE", "YEMGOV", "HOUTHIS"))


@pytest.mark.parametrize(("text", "expected"), [
    # a time word in commas after the verb is no overt subject: the subject dropped is carried
    ("ووصل كيري إلى القاهرة أمس. وسيلتقي، اليوم، نظيره المصري سامح شكري.", ("CONSULT", "USAGOV", "EGYGOV")),
    # "his compatriot" after the verb is the one accused
    ("فالكاتب واسيني الأعرج يتهم مواطنه الكاتب بوعالم صنصال بأنه استعار فكرة روايته.", ("ACCUSE", None, None)),
])
def test_a_counterpart_after_the_verb_is_its_object(code: Callable[[str], Document], text: str,
                                                    expected: tuple[str, str | None, str | None]) -> None:
    """وسيلتقي نظيره المصري: "his counterpart" is met, not the one meeting."""
    evs = [_coded(e) for e in code(text).events]
    if expected[1] is not None:
        assert expected in evs, evs
    assert not [e for e in evs if e[1] in ("EGYGOV", "DZACVL")], evs


def test_an_issue_that_reaches_a_body_visits_no_one(code: Callable[[str], Document]) -> None:
    """ووصلت القضية إلى الأمم المتحدة: a thing reaches the UN; no visit."""
    assert not code("بل ووصلت القضية إلى الأمم المتحدة التي مررت أول قرار لها بشأن جريمة حياة برية.").events


def test_blame_laid_with_anha() -> None:
    """أنحت الحكومة باللوم على: blames (ACCUSE), no stepping down (تنحّى)."""
    assert "accuse.anha_allawm" in _decisions("وأنحت الحكومة العراقية باللوم على تنظيم داعش في التفجير.")


def test_removing_sanctions_imposes_none(code: Callable[[str], Document]) -> None:
    """بعد إزالة العقوبات: sanctions lifted, no sanction imposed."""
    _assert_no_event(code, "وقال إن إيران خاطبت منظمة أوبك لتبلغها بالعودة إلى الإنتاج السابق بعد إزالة العقوبات.",
                     "SANCTION")


def test_a_pronoun_on_a_relative_verb_makes_the_antecedent_its_object(code: Callable[[str], Document]) -> None:
    """عقوبة الإعدام المسموح بها في الولايات الأميركية، والتي طالما عارضتها السياسات البريطانية:
    the penalty is what was opposed; the US states oppose nothing (the antecedent used to be the
    verb's subject when no actor was found after it)."""
    evs = [_coded(e) for e in code("وقد يتعرض المتهمان لعقوبة الإعدام المسموح بها في بعض الولايات الأميركية، "
                                   "والتي طالما عارضتها السياسات والقوانين البريطانية.").events]
    assert not [e for e in evs if e[1] in ("USA", "USAGOV")], evs


def test_laws_that_target_people_attack_no_one(code: Callable[[str], Document]) -> None:
    """قوانين مكافحة الفساد التي تستهدف الروس: laws aimed at Russians (the head of the chain
    before the relative pronoun is a law); sites that "target" forces are attackers' (a control)."""
    assert not code("وكان يقنع الحكومات بإلغاء قوانين مكافحة الفساد التي تستهدف الروس.").events
    _assert_among(code, "وقصفت الطائرات مواقع المسلحين التي تستهدف القوات الحكومية.", ("ASSAULT", "UAF", "MIL"))


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت الوزارة إن أربعة فلسطينيين بينهم طفل قتلوا برصاص الجيش الإسرائيلي.", ("ASSAULT", "IDF", "PSE")),
    ("إذ إن المسؤولين الأتراك ومن بينهم أردوغان نفوا مرارا الإشاعات عن تنظيم انتخابات مبكرة.",
     ("REJECT", "TURGOV", None)),
])
def test_the_set_before_among_them_is_the_subject(code: Callable[[str], Document], text: str,
                                                  expected: tuple[str, str | None, str | None]) -> None:
    """أربعة فلسطينيين بينهم طفل قتلوا: the four Palestinians (the child used to be the whole
    subject); members listed after بينها with no actor before are no subject at all."""
    _assert_among(code, text, expected)


def test_members_of_a_list_are_no_subject() -> None:
    """جولة في أربع دول بينها بلجيكا وفرنسا توجه: the prime minister went, not Belgium and France."""
    d = _decisions("ورئيس الوزراء الذي ألغى جولة له في أربع دول بينها بلجيكا وفرنسا توجه الأربعاء إلى مقاطعة "
                   "أوكاياما على أن يزور الجمعة منطقة أخرى.")
    for entry in ("consult.tawajjaha", "consult.zara"):
        src = d[entry].source
        assert src is None or not {"BEL", "FRA"} & {a.code for a in src.actors}, (entry, src)


def test_a_place_and_its_adjective_before_a_verb_of_undergoing_is_its_subject() -> None:
    """وقال إن الغوطة الشرقية تعرضت لقصف: the Ghouta was shelled; the observatory that spoke
    underwent nothing."""
    d = _decisions("وحذر المرصد السوري لحقوق الإنسان من هجوم وشيك وقال إن الغوطة الشرقية تعرضت مساء الأحد "
                   "لقصف مدفعي عنيف.")["assault.qasf"]
    assert d.target is None or "SOHR" not in [a.code for a in d.target.actors], d.target


@pytest.mark.parametrize(("text", "expected"), [
    # the country invaded is the genitive of اجتياح as of غزو
    ("فهي دأبت منذ اجتياح اليمن عام 2014 على ضرب المبادرات.", ("ASSAULT", None, "YEM")),
    # with an accusative object after it, the genitive is the invader (after a support verb too)
    ("وبدأ اجتياح الجيش الإسرائيلي لبنان عام 1982.", ("ASSAULT", "IDF", "LBN")),
    ("ومنذ غزو الولايات المتحدة العراق عام 2003 تغير كل شيء.", ("ASSAULT", "USA", "IRQ")),
])  # fmt: skip
def test_the_genitive_of_an_invasion(code: Callable[[str], Document], text: str,
                                     expected: tuple[str, str | None, str | None]) -> None:
    """اجتياح اليمن: the one invaded; اجتياح الجيش الإسرائيلي لبنان: the invader, then the invaded."""
    _assert_among(code, text, expected)


def test_the_preposition_before_a_count_governs_the_counted(code: Callable[[str], Document]) -> None:
    """بين مئات الشبان والجيش الإسرائيلي: بين governs the counted youths past مئات, so the clash is
    between the two (each was a target alone, with no one on the other side)."""
    evs = [_coded(e) for e in code("وذكر مراسل أن صدامات تجري بين مئات الشبان والجيش الإسرائيلي بالقرب من "
                                   "الحدود.").events]
    assert ("ASSAULT", "CVL", "IDF") in evs and ("ASSAULT", "IDF", "CVL") in evs, evs


def test_an_actor_joined_to_a_governed_one_is_governed_too(code: Callable[[str], Document]) -> None:
    """تحارب مع حماس والقاعدة: the actor joined by و to one مع governs is governed too (fought along
    with both), no object of the verb (al-Qaeda was the one fought)."""
    evs = [_coded(e) for e in code("وكانت الجماعة تحارب مع حماس والقاعدة ضد الحكومة الليبية.").events]
    assert not [e for e in evs if e[2] == "AQ"], evs
    evs = [_coded(e) for e in code("وكانت الجماعة تحارب مع حماس و«القاعدة» ضد الحكومة الليبية.").events]
    assert not [e for e in evs if e[2] == "AQ"], evs
    _assert_among(code, "وتعاونت الجماعة مع الحوثيين وإيران.", ("COOPERATE", None, "IRN"))
    # كلا من "each of", in the accusative too: no preposition, both are objects
    evs = [_coded(e) for e in code("اتهمت لندن كلا من روسيا وسوريا بعرقلة وصول بعثة تقصي الحقائق.").events]
    assert ("ACCUSE", "GBRGOV", "RUS") in evs and ("ACCUSE", "GBRGOV", "SYR") in evs, evs


def test_appointing_is_no_aid(code: Callable[[str], Document]) -> None:
    """تعين الملا منصور زعيما، يعين البكري محافظا: عيّن "appoint", with the office in the
    accusative; helping a government (تعين الولايات المتحدة الحكومة العراقية) stays aid (a control)."""
    for text in ("حركة طالبان تعين الملا منصور زعيما جديدا لها خلفا للملا عمر",
                 "الرئيس اليمني يعين «البكري» محافظاً لعدن",
                 "الرئيس النيجيري يعين قادة عسكريين جددا للجيش"):  # (a plural of offices)
        ds = [d for d in _trace_decisions(text) if d.trigger.entry.id == "aid.aana"]
        assert ds and all(d.veto for d in ds), [(d.trigger.entry.id, d.veto) for d in ds]
    _assert_among(code, "وتعين الولايات المتحدة الحكومة العراقية في حربها على الإرهاب.", ("AID", "USA", "IRQGOV"))


def test_the_manner_of_a_killing_is_no_second_event(code: Callable[[str], Document]) -> None:
    """قتل عنصر من بوكو حرام عشرة صيادين ذبحا: the members' group killed (عنصرا من: a member of),
    and ذبحا ("by slaughter") is the manner, not an attack by the victims' country."""
    evs = [_coded(e) for e in code("وأعلنت سلطات نيجيرية أن عنصرا من بوكو حرام قتل عشرة من صيادي السمك "
                                   "النيجيريين ذبحا بالسكين.").events]
    assert ("ASSAULT", "BOKO_HARAM", "NGACVL") in evs, evs  # Nigerian fishermen (صيادي السمك النيجيريين)
    assert not [e for e in evs if e[1] == "NGA"], evs


def test_whoever_is_the_subject_after_man() -> None:
    """لمن يعارضونه: "whoever opposes it"; no actor named before is its subject."""
    d = _decisions("وقال الجيش الإسرائيلي إن الاتفاق مهم. وأتوجه بالسؤال لمن يعارضونه.")["reject.aarada"]
    assert d.source is None, d.source


def test_a_resumed_indefinite_noun_before_a_verb_is_its_object() -> None:
    """شكلت حكومة موازية لم يعترف بها المجتمع الدولي: the government is what was not recognised;
    it recognised nothing."""
    d = _decisions("وقال إن ميليشيات فجر ليبيا شكلت حكومة موازية لم يعترف بها المجتمع الدولي.")
    src = d["support.iatarafa"].source
    assert src is None or src.actors[0].sector != "GOV", src


def test_the_owner_of_the_aircraft_after_the_verb_strikes() -> None:
    """قصفت طائرات وسفن حربية تابعة للتحالف العربي مواقع للحوثيين: the coalition strikes through
    its aircraft (it used to be the one struck, and the ships the striker)."""
    d = _decisions("حيث قصفت طائرات وسفن حربية تابعة للتحالف العربي الذي تقوده السعودية مواقع للحوثيين.")
    q = d["assault.qasafa"]
    assert q.source is not None and q.source.actors[0].group == "ARAB_COALITION", q.source
    assert q.target is None or q.target.actors[0].group != "ARAB_COALITION", q.target


def test_the_adjective_of_a_place_phrase_is_no_subject(code: Callable[[str], Document]) -> None:
    """126 متطرفا فرنسيا أو مقيما على الأراضي الفرنسية قتلوا: France killed no one."""
    evs = [_coded(e) for e in code("وتبين الأرقام أن 126 متطرفا فرنسيا أو مقيما على الأراضي الفرنسية قتلوا في "
                                   "سوريا وحدها.").events]
    assert not [e for e in evs if e[1] in ("FRA", "FRAGOV")], evs


def test_exchanging_attacks_is_an_attack(code: Callable[[str], Document]) -> None:
    """وتبادل الجيش والمتشددون الهجمات: fighting (تبادل الهجمات/الضربات), no cooperation."""
    evs = [_coded(e) for e in code("وتبادل الجيش الليبي والمتشددون الهجمات بطائرات حربية.").events]
    assert [e for e in evs if e[0] == "ASSAULT"] and not [e for e in evs if e[0] == "COOPERATE"], evs


def test_governor_in_the_accusative_is_no_trial() -> None:
    """قضاها جيب بوش حاكما للولاية: "as governor", no حاكَما "the two tried"."""
    assert "coerce.haakama" not in _decisions("وخلال السنوات التي قضاها جيب بوش حاكما للولاية نجح في تحسين الاقتصاد.")


def test_a_visitor_named_before_meets_the_one_after_the_next_verb(code: Callable[[str], Document]) -> None:
    """وزار السيسي موسكو، والتقى بوتين: Sisi met Putin (Putin used to be the one meeting); with an
    object after the second verb, its own subject stands (a control)."""
    _assert_among(code, "وزار الرئيس المصري عبد الفتاح السيسي في أغسطس 2015، موسكو، والتقى بوتين، وبحث "
                        "الرئيسان سبل دعم العلاقات.", ("CONSULT", "EGYGOV", "RUSGOV"))
    _assert_among(code, "وزار وزير الخارجية الأمريكي القاهرة، والتقى الرئيس المصري وزير الخارجية السعودي.",
                  ("CONSULT", "EGYGOV", "SAUGOV"))


def test_members_of_a_force_after_the_verb_are_its_subject(code: Callable[[str], Document]) -> None:
    """وهاجم عناصر من تنظيم داعش نقطة تفتيش: ISIS's members attacked."""
    _assert_among(code, "وهاجم عناصر من تنظيم داعش نقطة تفتيش للجيش العراقي.", ("ASSAULT", "ISIS", "IRQMIL"))


def test_members_listed_after_among_them_are_no_target(code: Callable[[str], Document]) -> None:
    """رحب عدد من السعوديين بالحملة بينهم صحفيون: the journalists are among those who welcomed it."""
    evs = [_coded(e) for e in code("ورحب عدد من السعوديين بالحملة بينهم صحفيون وإعلاميون.").events]
    assert not [e for e in evs if e[2] == "MED"], evs


def test_a_verbal_noun_after_a_campaign_is_no_verb() -> None:
    """حملة طرد دبلوماسيين روس: the expulsion of Russian diplomats; the diplomats expel no one."""
    d = _decisions("واحتدت المواجهة مع حملة طرد دبلوماسيين روس ردت عليه موسكو بتدابير مماثلة.")
    assert "coerce.tarada" not in d or d["coerce.tarada"].trigger.pos == "noun", d


def test_targeting_a_states_security_is_no_attack(code: Callable[[str], Document]) -> None:
    """تحالف يستهدف أمن المغرب ومصالحه: a threat to its security, no attack by Morocco."""
    evs = [_coded(e) for e in code("وقال إن القرار جاء ردا على تحالف مع البوليساريو يستهدف أمن المغرب ومصالحه "
                                   "العليا.").events]
    assert not [e for e in evs if e[0] == "ASSAULT"], evs


def test_abiding_by_anothers_sanctions_accuses_no_one(code: Callable[[str], Document]) -> None:
    """ذكر العبادي أن بغداد ستلتزم بالعقوبات الأمريكية: the speaker reports compliance, no
    accusation of the United States; a pledge of the one who acts still accuses (a control)."""
    evs = [_coded(e) for e in code("ذكر رئيس الوزراء العراقي حيدر العبادي أن بغداد ستلتزم بالعقوبات الأمريكية "
                                   "المفروضة على إيران.").events]
    assert not [e for e in evs if e[0] == "ACCUSE"], evs
    _assert_among(code, "وقالت باكستان إن طالبان تعهدت بشن هجمات على القوات الحكومية.", ("ACCUSE", "PAK", "TALIBAN"))


def test_asking_not_to_be_named_is_no_request(code: Callable[[str], Document]) -> None:
    """خبراء طلبوا عدم الإفصاح عن هويتهم: an anonymous source's formula, no request."""
    _assert_no_event(code, "وقال خبراء عراقيون طلبوا عدم الإفصاح عن هويتهم إن عملية سحب الدولار بدأت.", "REQUEST")
    _assert_no_event(code, "وقال مسؤول أمريكي اشترط عدم الإفصاح عن اسمه إن الاجتماع تأجل.", "REQUEST")


def test_a_news_agency_told_is_no_author() -> None:
    """شارك في الاحتجاج لرويترز: the man told Reuters; Reuters did not protest."""
    d = _decisions("وقال رجل يدعى وحيد شارك في الاحتجاج لرويترز إن الثورة قامت من أجل العدالة.")["protest.ihtijaj"]
    assert d.source is None or all(a.group != "REUTERS" for a in d.source.actors), d.source


def test_a_thing_before_the_verb_makes_the_actor_after_it_its_object() -> None:
    """أن "البيان يطالب الدول: the statement calls on the states, which call on no one (so after
    كان: وكانت الانقسامات قد ساعدت أردوغان); with a pronoun after the verb resuming the thing, the
    actor after it acts (a control)."""
    d = _decisions('مضيفا أن "البيان يطالب الدول بعدم تسليح الحوثيين".')["request.taalaba"]
    assert d.source is None and d.target is not None and d.target.rule == "obj", (d.source, d.target)
    q = _decisions("وقال إن الطائرات قصفت الجيش السوري.")["assault.qasafa"]
    assert q.source is None and q.target is not None and q.target.actors[0].code == "SYRMIL", (q.source, q.target)
    h = _decisions("وقال إن الصواريخ أطلقتها حماس.")["light.atlaqa"]
    assert h.source is not None and h.source.actors[0].group == "HAMAS", h.source
    assert _roles("وكانت الانقسامات الاجتماعية قد ساعدت أردوغان في الماضي.", "aid.saada") == ([], ["TURGOV"])


def test_the_long_name_of_north_korea() -> None:
    """جمهورية كوريا الشعبية الديمقراطية is North Korea (its words in either order), not the
    جمهورية كوريا of the South."""
    d = _decisions('فإن "الولايات المتحدة وجمهورية كوريا الشعبية الديمقراطية تتعهدان العثور على رفات الأسرى".')
    s = d["agree.taahhada"].source
    assert s is not None and {a.country for a in s.actors} == {"USA", "PRK"}, s


def test_an_adjective_after_the_nouns_other_adjective_is_its_author() -> None:
    """تستفيد من الدعم المالي القطري: Qatar gives the support (it was the one supported), as in
    الدعم الأمريكي; دعم أشقائهم اليمنيين stays the Yemenis supported (a control)."""
    d = _decisions("أكدت أن أكثر من حركة أفريقية، تستفيد من الدعم المالي القطري.")["support.dam"]
    assert d.source is not None and d.source.actors[0].country == "QAT" and d.target is None, (d.source, d.target)
    d = _decisions("وتواصل المملكة جهودها في دعم أشقائها اليمنيين.")["support.dam"]
    assert d.target is not None and d.target.actors[0].country == "YEM", d.target


def test_aiming_to_drag_or_undermine_is_no_attack(code: Callable[[str], Document]) -> None:
    """استفزازات تستهدف جر فنزويلا إلى صراع، تستهدف زعزعة استقرار المنطقة: aims, no attacks."""
    _assert_no_event(code, "اتهم مادورو نظيره الكولومبي بإثارة استفزازات عسكرية، تستهدف جر فنزويلا وكولومبيا "
                           "إلى صراع.", "ASSAULT")
    _assert_no_event(code, "وقال إن الميليشيات تستهدف زعزعة استقرار المنطقة.", "ASSAULT")


def test_an_indefinite_noun_right_before_a_casualty_verb_is_its_patient() -> None:
    """رفات جنود أميركيين قتلوا خلال الحرب: the soldiers were killed; the same with a verb of
    demanding stays active (متظاهرون يطالبون برحيل الرئيس, a control)."""
    d = _decisions("أبدى الوزير تفاؤله حيال أن تتسلم بلاده رفات جنود أميركيين قتلوا خلال الحرب الكورية.")["assault.qatala"]
    assert d.source is None and d.target is not None and d.target.actors[0].code == "USAMIL", (d.source, d.target)
    r = _decisions("حيث خرج متظاهرون يطالبون برحيل الرئيس بشار الأسد.")["request.taalaba"]
    assert r.source is not None and r.source.actors[0].sector == "CVL", r.source


def test_searching_for_is_no_talks(code: Callable[[str], Document]) -> None:
    """إيران تبحث عن تطبيع العلاقات مع السعودية: Iran seeks it; no talks with Saudi Arabia (بحث
    مع stays talks: a control)."""
    _assert_no_event(code, "إيران تبحث عن تطبيع العلاقات مع السعودية ودول الجوار.", "CONSULT")
    _assert_among(code, "وبحث وزير الخارجية المصري مع نظيره السعودي العلاقات الثنائية.", ("CONSULT", "EGYGOV", "SAUGOV"))


def _roles(text: str, entry: str) -> tuple[list[str], list[str]]:
    """The codes of the source and target actors of lexicon entry ``entry``'s decision on ``text``."""
    d = _decisions(text)[entry]
    return ([a.code for a in d.source.actors] if d.source else [], [a.code for a in d.target.actors] if d.target else [])


def test_the_genitive_of_a_conviction_with_a_charge_is_the_convicted() -> None:
    """إدانة مزارع بالوحشية، اتهام الحكومة السورية باستخدام الأسلحة: the one convicted or
    accused; not بأن (what the accuser says) nor an adjective (الاتهامات التركية), controls."""
    assert _roles("وجاء ذلك بعد اتهام الحكومة السورية باستخدام الأسلحة الكيميائية.", "accuse.ittiham") == ([], ["SYRGOV"])
    assert _roles("رافضا اتهامات واشنطن بأن موسكو تنتهك التزاماتها الدولية.", "accuse.ittiham")[0] == ["USAGOV"]
    assert _roles("وصف الزعيم الكردي الاتهامات التركية بالكاذبة.", "accuse.ittiham")[0] == ["TUR"]


def test_the_genitive_of_a_siege() -> None:
    """حصار السفارة الأميركية: the embassy besieged; حصار القوات التركية للمدينة: the forces
    besiege; أي حصار تفرضه الولايات المتحدة: the United States imposes it (no idafa)."""
    assert _roles("منذ الإطاحة بالشاه عام 1979 وحصار السفارة الأميركية في طهران.", "coerce.hisar") == ([], ["USAGOV"])
    assert _roles("ونفت الوحدات الكردية حصار القوات التركية لمدينة عفرين.", "coerce.hisar")[0] == ["TURMIL"]
    assert _roles("وذكرت الوكالة أن أي حصار تفرضه الولايات المتحدة سيعتبر عملا من أعمال الحرب.",
                  "coerce.hisar")[0] == ["USA"]


def test_an_abbreviation_in_brackets_stays_in_its_clause() -> None:
    """بأن (داعش) تهدد الأمن القومي التركي: the bracketed name is the verb's subject."""
    assert _roles("وقال رئيس الوزراء التركي بأن (داعش) تهدد الأمن القومي التركي.", "threaten.haddada") == (["ISIS"], ["TUR"])


def test_members_of_a_group_in_the_construct_after_the_verb_are_its_subject() -> None:
    """شارك فيها المئات من أعضاء جماعة الإخوان للمطالبة: the Brotherhood demands (it had no
    author, or one from an earlier sentence)."""
    src, _ = _roles("وشهدت المنطقة أعمال عنف خلال مسيرة شارك فيها المئات من أعضاء جماعة الإخوان للمطالبة "
                    "بعودة الرئيس المعزول محمد مرسي.", "request.mutalaba")
    assert src == ["MUSLIM_BROTHERHOOD"], src


def test_holding_a_sit_in_is_a_support_verb() -> None:
    """اشتبكت الشرطة مع يهود متشددين أقاموا اعتصاما: those who held the sit-in (أقام, a support
    verb whose subject is the indefinite noun it describes) sit in, not the police."""
    src, _ = _roles("اشتبكت الشرطة الإسرائيلية مع يهود متشددين أقاموا اعتصاما في مفترق طريق بالقدس.", "protest.itisam")
    assert src and "ISRCOP" not in src, src
    assert _roles("وأقام المتظاهرون اعتصاما أمام السفارة الأمريكية.", "protest.itisam")[0] == ["CVL"]


def test_helping_towards_is_no_aid_but_helping_someone_is(code: Callable[[str], Document]) -> None:
    """المجالات التي ستساعد على نقل الخبرة: "contribute to", no aid (tight: the words together);
    ساعدت السعودية اليمن على تجاوز الأزمة stays aid to Yemen (a control)."""
    _assert_no_event(code, "وشدد على أهمية التدريب المهني كأحد المجالات التي ستساعد على نقل الخبرة "
                           "والتكنولوجيا الفرنسية إلى مصر.", "AID")
    _assert_among(code, "وساعدت السعودية اليمن على تجاوز الأزمة.", ("AID", "SAU", "YEM"))


def test_a_noun_after_amid_is_no_verb() -> None:
    """وسط قصف مكثف للحوثيين: "amid shelling", no قَصَفَ with the Houthis as its object."""
    d = _trace_decisions("اندلعت اشتباكات عنيفة بين الحوثيين والمقاومة الشعبية، وسط قصف مكثف للحوثيين على إحدى القرى.")
    assert not [x for x in d if x.trigger.entry.id == "assault.qasafa"], [x.trigger.entry.id for x in d]


def test_a_civilian_before_an_arrest_verb_with_nothing_after_is_arrested() -> None:
    """وكان هذا المواطن الإكوادوري (35 عاما) اعتقل في الأول من يونيو: he was arrested; the army
    before the same verb with an object arrests (a control)."""
    assert _roles("وكان هذا المواطن الإكوادوري (35 عاما) اعتقل في الأول من يونيو في قاعدة فورت هاميلتون.",
                  "coerce.iataqala") == ([], ["ECUCVL"])
    assert _roles("وكان الجيش اعتقل في وقت سابق عددا من المسلحين.", "coerce.iataqala") == (["MIL"], ["UAF"])


def test_at_dawn_is_no_bombing() -> None:
    """الساعة الواحدة فجرا: "at dawn", no فجّرا "they two bombed"; a margin for manoeuvre (هامش
    للمناورة) is no exercise."""
    ids = [d.trigger.entry.id for d in _trace_decisions(
        "وفي تمام الساعة الواحدة فجرا (0158) رصدت قوات الدفاع الجوي إطلاق صاروخ بالستي من قبل الميليشيا الحوثية.")]
    assert "assault.harraqa" not in ids, ids
    ids = [d.trigger.entry.id for d in _trace_decisions("من أجل منع التنظيم من إعادة تشكيل أي هامش للمناورة.")]
    assert not [i for i in ids if i.startswith("mobilize")], ids


def test_the_one_accused_did_the_charged_act() -> None:
    """اتهم الجيش الإسرائيلي الفصائل الفلسطينية بإطلاق عشرات الصواريخ: the factions fired them."""
    src, _ = _roles("واتهم الجيش الإسرائيلي الفصائل الفلسطينية بإطلاق عشرات الصواريخ من غزة على المدن "
                    "الإسرائيلية.", "assault.itlaq_sawarikh")
    assert src == ["PSE"], src


def test_sanctions_after_a_verb_of_aiming_are_its_subject() -> None:
    """وتستهدف العقوبات مشتريات إيران: the sanctions aim at Iran's purchases, no attack."""
    d = _decisions("وتستهدف العقوبات مشتريات إيران في قطاع السيارات والنقل.")["assault.istahdafa"]
    assert d.veto or d.status != "coded", (d.status, d.reason)


def test_an_actor_after_a_verb_is_no_genitive_of_the_noun_before_it() -> None:
    """هجمات تستهدف قوات الأمن المصرية: the forces are the target of the verb, not the attacks'
    author."""
    src, _ = _roles("وأعلنت الجماعة مسؤوليتها عن هجمات تستهدف قوات الأمن المصرية في أماكن مختلفة.", "assault.hujum")
    assert "EGYCOP" not in src, src


def test_the_actors_that_name_the_source_are_no_object() -> None:
    """دمرت ضربات صاروخية شنتها الولايات المتحدة وبريطانيا وفرنسا مركز أبحاث: the three strike;
    none is struck by the others."""
    src, tgt = _roles("وفي أبريل الماضي، دمرت ضربات صاروخية شنتها الولايات المتحدة وبريطانيا وفرنسا، مركز أبحاث "
                      "علمية سوريا في دمشق.", "assault.dammara")
    assert set(src) == {"USA", "GBR", "FRA"} and not tgt, (src, tgt)



def test_killed_at_the_hands_of_is_a_passive_with_its_agent() -> None:
    """مقاتلين عراقيين قتلوا الأربعاء بيد مسلحي تنظيم الدولة: ISIS killed the Iraqi fighters (بيد
    is one word); the bombing earlier in the sentence does not take that agent past the verb."""
    d = _trace_decisions("قتل 16 شخصا بانفجار عبوة ناسفة خلال تشييع مقاتلين عراقيين قتلوا الأربعاء بيد مسلحي "
                         'تنظيم "الدولة الإسلامية".')
    second = [x for x in d if x.trigger.entry.id == "assault.qatala"][-1]
    assert second.source is not None and second.source.actors[0].group == "ISIS", second.source
    assert second.target is not None and second.target.actors[0].code == "IRQUAF", second.target
    bomb = next(x for x in d if x.trigger.entry.id == "assault.infijar")
    assert bomb.source is None, bomb.source


def test_killed_by_burning_is_a_passive() -> None:
    """وكان الطفل الفلسطيني علي دوابشة (18 شهرا) قتل حرقا: a manner accusative is no object."""
    assert _roles("وكان الطفل الفلسطيني علي دوابشة (18 شهرا) قتل حرقا في 31 يوليو.", "assault.qatala") == ([], ["PSECVL"])


def test_a_name_in_brackets_after_a_noun_glosses_it() -> None:
    """تنظيم داعش الذي يعتبر النسخة المطورة من التنظيم الأم (القاعدة) استهدف: ISIS, not al-Qaeda."""
    src, _ = _roles("تنظيم داعش الذي يعتبر النسخة المطورة من التنظيم الأم (القاعدة) استهدف المراهقين لأسباب عدة.",
                    "assault.istahdafa")
    assert "AQ" not in src, src


def test_easing_sanctions_imposes_none() -> None:
    """لقاء تخفيف العقوبات: easing, no sanction."""
    d = _decisions("وأكد أنه لا يثق بأن إيران ستلتزم بواجباتها لقاء تخفيف العقوبات التي تكبل اقتصادها.")
    assert d["sanction.uquba"].status != "coded", d["sanction.uquba"].reason


@pytest.mark.parametrize(("text", "entry", "roles"), [
    ("ورحبت الحكومة اليمنية بالهدنة، داعية الحوثيين إلى احترامها.", "request.daiyan", (["YEMGOV"], ["HOUTHIS"])),
    ("وأعلنت مصر رفضها للقرار، منددة بالعدوان الإسرائيلي على غزة.", "accuse.mundidan", (["EGY"], ["ISR"])),
    ("كما اعتبر وزير الخارجية الفرنسي أن فرنسا وبريطانيا لا تستخدمان الفيتو، داعياً الصين وروسيا إلى أن تحذو "
     "حذوهما.", "request.daiyan", (["FRAGOV"], ["CHN", "RUS"])),
])
def test_a_participle_of_state_is_the_subjects_act(text: str, entry: str, roles: tuple[list[str], list[str]]) -> None:
    """داعية الحوثيين، منددة بالعدوان: the subject of the verb before (of the reporting verb when that
    verb's clause is its complement) calls on or condemns the actor after it."""
    assert _roles(text, entry) == roles


def test_a_participle_with_the_article_or_after_a_bare_noun_is_none(code: Callable[[str], Document]) -> None:
    """الداعية فتح الله غولن (a preacher), الدول الأربع الداعية (an adjective: the states' boycott
    stays coded), تظاهرات كبرى منددة (the protests' adjective); رافضا كشف اسمه (anonymity)."""
    _assert_no_event(code, "أصدرت السلطات التركية مذكرات توقيف بحق 346 شخصا للاشتباه بعلاقاتهم مع الداعية فتح الله "
                           "غولن.", "REQUEST")
    _assert_among(code, "ومنذ إعلان الدول الأربع الداعية لمكافحة الإرهاب قطع العلاقات مع قطر، تتعمد الدوحة بث "
                        "الادعاءات.", ("SANCTION", None, "QAT"))
    _assert_no_event(code, "وقتل 32 فلسطينيا منذ إعلان ترامب نقل السفارة، ما أدى إلى تظاهرات كبرى منددة.", "ACCUSE")
    _assert_no_event(code, "وقال أحد متطوعي الدفاع المدني رافضا كشف اسمه لوكالة الأنباء الفرنسية إن الأدلة موجودة.",
                     "REJECT")


def test_an_actor_after_a_prepositions_pronoun_with_the_subject_before_is_the_object() -> None:
    """وتصدر الخارجية الأميركية بيانا تطالب فيه موسكو: Moscow (its government: فيه is a whole
    phrase, no place preposition) is called on; with no subject before the verb, the actor after
    the pronoun is its subject (a control)."""
    assert _roles("وتصدر الخارجية الأميركية بيانا تطالب فيه موسكو بوقف الدعم للنظام السوري.",
                  "request.taalaba") == (["USAGOV"], ["RUSGOV"])
    src, _ = _roles("وفي الوقت الذي تنفي فيه سوريا وحليفتها روسيا وقوع هجوم كيماوي، تصاعدت التكهنات.", "reject.nafa")
    assert set(src) == {"SYR", "RUS"}, src


def test_lam_after_a_noun_a_support_verb_aims_is_its_target() -> None:
    """واشنطن ستوجه ضربة عسكرية للنظام السوري: Washington strikes the regime (it was the regime's
    strike)."""
    assert _roles("وكشف نتانياهو أن واشنطن ستوجه ضربة عسكرية للنظام السوري.", "assault.darba") == (["USAGOV"], ["SYRGOV"])


def test_attacks_a_support_verb_launches_act_through_their_author() -> None:
    """شن الجيش الإسرائيلي عشرات الغارات استهدفت حزب الله: the army's raids targeted Hezbollah
    (Hezbollah targeted no one; counted, الغارات is indefinite, and a clause describing it follows)."""
    assert _roles("وشن الجيش الإسرائيلي عشرات الغارات استهدفت حزب الله وفصائل أخرى في سوريا.",
                  "assault.istahdafa") == (["IDF"], ["HEZBOLLAH"])
    assert _roles("ونفذت مقاتلات التحالف العربي سلسلة غارات استهدفت مواقع للحوثيين في صعدة.",
                  "assault.istahdafa") == (["ARAB_COALITION"], ["HOUTHIS"])


def test_turning_to_someone_with_words_is_no_visit(code: Callable[[str], Document]) -> None:
    """وتوجه أردوغان إلى رئيس وزراء كوسوفو بالقول: he addressed him; a minister's trip to Riyadh
    stays a visit (a control)."""
    _assert_no_event(code, 'وتوجه أردوغان إلى رئيس وزراء كوسوفو بالقول: "سوف تدفع الثمن".', "CONSULT")
    _assert_among(code, "وتوجه وزير الخارجية المصري إلى الرياض في زيارة رسمية.", ("CONSULT", "EGYGOV", "SAU"))


def test_exchanging_expulsions_is_no_cooperation(code: Callable[[str], Document]) -> None:
    """تبادلت روسيا وبريطانيا طرد الدبلوماسيين: expulsions each way, no exchange of cooperation."""
    evs = [_coded(e) for e in code("وتبادلت روسيا وبريطانيا طرد الدبلوماسيين.").events]
    assert ("SANCTION", "RUS", "GBR") in evs and not [e for e in evs if e[0] == "COOPERATE"], evs


def test_a_datelines_agency_in_brackets_still_ends_it(code: Callable[[str], Document]) -> None:
    """دبي، الإمارات العربية المتحدة (CNN) -- طالب البرادعي: the dateline's country demands
    nothing (the brackets before a dash close the dateline)."""
    evs = [_coded(e) for e in code("دبي، الإمارات العربية المتحدة (CNN) -- طالب الدكتور محمد البرادعي بفتح تحقيقات "
                                   "عاجلة.").events]
    assert not [e for e in evs if e[1] == "ARE"], evs


def test_lifting_an_embargo_imposes_none() -> None:
    """مقابل فك الحظر الاقتصادي عليها: the embargo is lifted, none imposed."""
    d = _decisions("حيث يتم احتواء البرنامج النووي الإيراني مقابل فك الحظر الاقتصادي عليها.")
    assert all(x.status != "coded" for k, x in d.items() if k.startswith("sanction")), d


@pytest.mark.parametrize("text", [
    "حيث تبلغ نسبة رفض لجوء المصريين 11 في المائة.",
    "وتتمتع سوريا بمعدلات رفض متدنية.",
    "وارتفع معدل اعتقال الصحفيين المصريين خلال العام الماضي.",
])
def test_an_act_in_the_genitive_of_a_rate_is_a_statistic(code: Callable[[str], Document], text: str) -> None:
    """بنسبة رفض 88 في المائة، معدل الاعتقالات: a rate of refusals or arrests, no refusal or arrest
    (neither the verb رفض nor the verbal noun)."""
    assert not code(text).events, code(text).events


def test_an_act_after_a_rate_word_that_is_no_construct_stays(code: Callable[[str], Document]) -> None:
    """ورفضت المكسيك الطلب بنسبة كبيرة: the rate is an adverb after the event."""
    _assert_among(code, "ورفضت المكسيك الطلب بنسبة كبيرة.", ("REJECT", "MEX", None))


@pytest.mark.parametrize("text", [
    "وقال الرئيس التركي إن هاتفه من طراز آيفون كان وسيلته الوحيدة.",
    "واستخدم الرئيس التركي هاتف آيفون في بث مباشر.",
])
def test_a_phone_is_no_phone_call(code: Callable[[str], Document], text: str) -> None:
    """هاتفه من طراز آيفون، هاتف آيفون: the noun "phone"; the verb هاتف "phoned" always names
    the one called (هاتف الرئيس نظيره)."""
    _assert_no_event(code, text, "CONSULT")
    _assert_among(code, "وكان الرئيس التركي قد هاتف نظيره الروسي أمس.", ("CONSULT", "TURGOV", "RUSGOV"))


def test_a_participle_after_a_speaker_is_the_speakers() -> None:
    """أكد الشيخ الزوبعي أن إيران هي المعيق، داعيا إلى تسليح أهل الموصل: the sheikh calls, not
    Iran, though the coder cannot code him."""
    src, _ = _roles("أكد عضو مجلس محافظة نينوى الشيخ علي مليح الزوبعي أن إيران هي المعيق الأساس في وجه وحدة "
                    "العراق، داعيا إلى تسليح أهل الموصل.", "request.daiyan")
    assert "IRN" not in src, src


@pytest.mark.parametrize("text", [
    'وذكرت المملكة بأن "الحوثيين أظهروا عدم اكتراثهم بالقانون،" داعية مجلس الأمن إلى إدانة الهجوم.',
    "وأوضح البيان أن المتمردين أطلقوا صاروخا على المدينة، داعيا الأمم المتحدة إلى التحرك.",
])
def test_a_participle_after_what_a_speaker_reported_is_no_actor_inside_it(text: str) -> None:
    """ذكرت المملكة بأن «الحوثيين أظهروا …»، داعية مجلس الأمن: the kingdom calls (the coder
    cannot name it), not the Houthis of what it reported; the one called is still coded."""
    src, tgt = _roles(text, "request.daiyan")
    assert src == [], src
    assert tgt == ["UNSC"] or tgt == ["UN"], tgt


def test_an_agency_told_is_neither_the_speaker_nor_his_country() -> None:
    """وقال مسؤول آخر لوكالة رويترز "اتفقنا": the official speaks for "us" (Reuters agreed
    nothing), and an official who tells Reuters is no British official."""
    src, _ = _roles('وقال مسؤول آخر لوكالة رويترز للأنباء "اتفقنا على الاجتماع مرة أخرى قريبا".', "agree.ittafaqa")
    assert "REUTERS" not in src, src
    src, _ = _roles("وقال مسؤول لوكالة رويترز إن الحكومة ستفرض عقوبات.", "report.qala")
    assert src == ["GOV"], src


def test_lifting_a_siege_is_a_concession() -> None:
    """رفع الحصار عن قطاع غزة: easing, no siege."""
    ids = [d.trigger.entry.id for d in _trace_decisions("وقررت إسرائيل رفع الحصار عن قطاع غزة.")]
    assert "concede.rafaa_hisar" in ids and "coerce.hisar" not in ids, ids


def test_his_country_acts_for_the_official_who_speaks_of_it(code: Callable[[str], Document]) -> None:
    """قال الرئيس التركي إن بلاده ستقاطع المنتجات الأميركية: Türkiye boycotts; a relative
    clause's بلاده is the country of the one it describes (الذي تدعم بلاده النظام السوري)."""
    _assert_among(code, "وأعلن الرئيس التركي أن بلاده ستقاطع المنتجات الإلكترونية الأميركية.",
                  ("PROTEST", "TURGOV", "USA"))
    _assert_among(code, "وقال المسؤول الروسي، الذي تدعم بلاده النظام السوري، إن الوضع صعب.",
                  ("SUPPORT", "RUSGOV", "SYRGOV"))


def test_his_own_country_is_no_target_of_his_act(code: Callable[[str], Document]) -> None:
    """دعا بومبيو حلفاء بلاده إلى المساعدة: he calls on allies, not on the United States; the
    request stays, with no target."""
    evs = [_coded(e) for e in code("دعا وزير الخارجية الأميركي حلفاء بلاده إلى المساعدة في إنجاح العقوبات.").events]
    assert ("REQUEST", "USAGOV", None) in evs, evs


def test_a_crowd_that_celebrates_does_not_protest(code: Callable[[str], Document]) -> None:
    """خرج الأهالي في مسيرات فرحا بتحرير المدينة: a festivity, no protest; with a grievance in
    the sentence (ضد، تنديدا) or without a festivity, the march is a protest."""
    _assert_no_event(code, "وعمت الاحتفالات المدن اليمنية فرحا بتحرير القاعدة، حيث خرج آلاف اليمنيين في "
                           "مسيرات هادرة جابت أرجاء المدينة.", "PROTEST")
    _assert_no_event(code, "وخرج آلاف اليمنيين إلى الشوارع احتفالا بعودة الرئيس.", "PROTEST")
    _assert_among(code, "وخرج آلاف اليمنيين في مسيرات حاشدة في صنعاء.", ("PROTEST", "YEM", None))
    _assert_among(code, "وخرج آلاف اليمنيين في مسيرات ضد الحوثيين رغم الاحتفالات الرسمية.", ("PROTEST", "YEM", "HOUTHIS"))


def test_a_member_of_a_body_is_the_subject_not_the_body(code: Callable[[str], Document]) -> None:
    """كانت تركيا عضو حلف شمال الأطلسي قد وافقت: Türkiye agreed, NATO only describes it."""
    evs = [_coded(e) for e in code("كانت تركيا عضو حلف شمال الاطلسي قد وافقت رسميا على استخدام الطائرات "
                                   "الأمريكية لقواعدها الجوية.").events]
    assert ("AGREE", "TUR", "USAMIL") in evs and not [e for e in evs if e[1] == "NATO"], evs
    _assert_among(code, "وقال حلف شمال الأطلسي إنه يرفض الخطة.", ("REJECT", "NATO", None))


def test_a_concession_to_someone_targets_them(code: Callable[[str], Document]) -> None:
    """تنازل للولايات المتحدة: a concession made to the United States, not by it."""
    evs = [_coded(e) for e in code("وقدمت تركيا تنازلا للولايات المتحدة بشأن القواعد الجوية.").events]
    assert not [e for e in evs if e[0] == "CONCEDE" and e[1] == "USA"], evs
    assert [e for e in evs if e[0] == "CONCEDE" and e[2] == "USA"], evs


def test_an_accusative_adjective_after_the_verb_describes_its_object(code: Callable[[str], Document]) -> None:
    """تشكر باحثا مغربيا: the researcher thanked is Moroccan; Morocco thanks no one."""
    evs = [_coded(e) for e in code("واتس آب تشكر باحثًا مغربيًا على حماية مستخدمي تطبيقها.").events]
    assert not [e for e in evs if e[1] == "MAR"], evs
    _assert_among(code, "وشكر الرئيس المغربي الوفد على زيارته.", ("SUPPORT", "MARGOV", "GOV"))


def test_a_reason_that_calls_for_is_no_request(code: Callable[[str], Document]) -> None:
    """ليس هناك أي سبب يدعو إلى إبقاء هؤلاء الناس في فرنسا: "a reason that warrants", no one asks."""
    _assert_no_event(code, "وقال الوزير الفرنسي إنه ليس هناك أي سبب يدعو إلى إبقاء هؤلاء اللاجئين في فرنسا.", "REQUEST")


def test_the_author_of_a_condemned_act_is_the_target(code: Callable[[str], Document]) -> None:
    """إدانة عنف النظام السوري: the regime's violence is condemned; the regime condemns nothing."""
    evs = [_coded(e) for e in code("وتمحور البيان حول إدانة عنف النظام السوري.").events]
    assert ("ACCUSE", None, "SYRGOV") in evs and not [e for e in evs if e[1] == "SYRGOV"], evs
    _assert_among(code, "وتوالت إدانة السعودية للهجوم على السفارة.", ("ACCUSE", "SAU", None))


def test_an_attack_with_its_adjective_is_the_subject_of_the_verb_after_it(code: Callable[[str], Document]) -> None:
    """هجوم دام لتنظيم القاعدة استهدف السفارة الأمريكية: the attack targeted the embassy."""
    evs = [_coded(e) for e in code("وقتل خمسة أشخاص في هجوم دام لتنظيم القاعدة استهدف السفارة الأمريكية.").events]
    assert not [e for e in evs if e[1] == "USAGOV"], evs
    assert [e for e in evs if e[0] == "ASSAULT" and e[2] == "USAGOV"], evs


def test_an_attack_with_its_authors_lam_acts_through_the_verb_after_it(code: Callable[[str], Document]) -> None:
    """أسوأ اعتداء لبوكو حرام يضرب نيجيريا: Boko Haram's attack struck Nigeria; هجوم دام لتنظيم
    القاعدة استهدف السفارة: al-Qaeda hit the embassy."""
    _assert_among(code, "وهذا أسوأ اعتداء لبوكو حرام يضرب نيجيريا منذ سنوات.", ("ASSAULT", "BOKO_HARAM", "NGA"))
    _assert_among(code, "وقتل خمسة أشخاص في هجوم دام لتنظيم القاعدة استهدف السفارة الأمريكية.",
                  ("ASSAULT", "AQ", "USAGOV"))


def test_an_intention_is_no_act(code: Callable[[str], Document]) -> None:
    """ليس لديها نية لمهاجمة أو غزو كوريا الشمالية: no attack is reported, nor by an intention."""
    _assert_no_event(code, "وقالت الولايات المتحدة إنها ليس لديها نية لمهاجمة أو غزو كوريا الشمالية.", "ASSAULT")


def test_a_memorandum_of_understanding_is_one_agreement(code: Callable[[str], Document]) -> None:
    """وقعت مذكرة تفاهم مع الولايات المتحدة: one agreement (057); تفاهم in مذكرة تفاهم is no verb."""
    evs = code("ووقعت قطر مذكرة تفاهم مع الولايات المتحدة لمكافحة الإرهاب.").events
    assert [(e.event_type, e.cameo) for e in evs] == [("AGREE", "057")], [(e.event_type, e.rule) for e in evs]
    assert not code("وتنص مذكرة تفاهم سابقة على تبادل المعلومات.").events


def test_the_occupations_government_or_forces_are_no_occupation(code: Callable[[str], Document]) -> None:
    """حكومة الاحتلال، سجون الاحتلال: the occupying state named by its occupation, no act of
    occupying."""
    for text in ("وأضاف في بيان صحفي أن دعم حكومة الاحتلال للمستوطنين والإرهابيين هي ما دفعهم لارتكاب هذه المجزرة.",
                 "ونقل الأسير الفلسطيني إلى سجون الاحتلال أمس."):
        assert not [e for e in code(text).events if e.rule.startswith("assault.ihtilal")], text
    assert [e for e in code("وأدانت مصر احتلال إسرائيل للأراضي الفلسطينية.").events
            if e.rule.startswith("assault.ihtilal")]


def test_a_condemned_act_past_a_long_name_and_a_day(code: Callable[[str], Document]) -> None:
    """دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين: the shelling condemned is a noun (a name
    counts as one word, a day as none), the rebels' act; the organisation shelled no one."""
    evs = [_coded(e) for e in code("دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين في اليمن لمناطق سكنية.").events]
    assert ("ACCUSE", "HRW", "YEMREB") in evs and not [e for e in evs if e[0] == "ASSAULT" and e[1] == "HRW"], evs


def test_a_verb_right_after_the_relative_pronoun_has_the_antecedent_as_subject(code: Callable[[str], Document]) -> None:
    """الشاب الأميركي الذي قتل خمسة جنود: the young man killed (a count after a verb with no
    pronoun resuming the antecedent is its object, no passive); a noun of time keeps the passive."""
    _assert_among(code, "وكان الشاب الأميركي الذي قتل خمسة جنود في هجوم مسلح قد اعتقل.", ("ASSAULT", "USACVL", "MIL"))
    evs = [_coded(e) for e in code("في اليوم الذي قتل 20 جنديا عراقيا في بغداد، زار الوزير الأمريكي أربيل.").events]
    assert ("ASSAULT", None, "IRQMIL") in evs, evs


def test_the_actor_after_a_verb_with_an_object_pronoun_is_its_subject(code: Callable[[str], Document]) -> None:
    """السعودية أول دولة زارها ترامب: Trump visited Saudi Arabia (the pronoun resumes the topic);
    إيران هاجمتها إسرائيل: Israel attacked Iran; not an indefinite accusative (عينه رئيسا)."""
    _assert_among(code, "وكانت السعودية أول دولة زارها ترامب في رحلته الدولية الأولى.", ("CONSULT", "USAGOV", "SAU"))
    _assert_among(code, "وأضاف أن إيران هاجمتها إسرائيل أمس.", ("ASSAULT", "ISR", "IRN"))
    _assert_among(code, "إيران هاجمت إسرائيل أمس.", ("ASSAULT", "IRN", "ISR"))


def test_a_pronoun_of_a_speaker_no_lexicon_knows(code: Callable[[str], Document]) -> None:
    """وقالت الفيدرالية العربية إنها "تدين": the federation condemns, not the Turkish court of the
    sentence before; with a known speaker the pronoun is that actor."""
    evs = [(e.trigger.text, *_coded(e)) for e in code('وكانت محكمة تركية قد أدانت الصحفيين. وقالت الفيدرالية العربية '
                                                       'إنها "تدين بشدة هذه الأحكام القاسية".').events]
    assert not [e for e in evs if e[0] == "تدين" and e[2] == "TURJUD"], evs
    _assert_among(code, "وكانت محكمة تركية قد أدانت الصحفيين. وقالت الخارجية الفرنسية إنها تدين الأحكام.",
                  ("ACCUSE", "FRAGOV", None))


def test_a_coordinated_verb_of_arrest_with_nothing_after_it_is_a_passive(code: Callable[[str], Document]) -> None:
    """الزامل انتقد خطط ولي العهد، واعتقل بعد ذلك: he was arrested, not by the crown prince named
    before; with an object the dropped subject acts (وأغلقت المعبر، واعتقلت عشرة أشخاص)."""
    evs = [_coded(e) for e in code("قال نشطاء إن الزامل كان قد انتقد خطط ولي العهد السعودي محمد بن سلمان، واعتقل "
                                   "بعد ذلك في سبتمبر.", ).events]
    assert not [e for e in evs if e[0] == "COERCE" and e[1] == "SAUGOV"], evs
    _assert_among(code, "وداهمت الشرطة التركية المبنى، واعتقلت عشرة أشخاص.", ("COERCE", "TURCOP", "CVL"))


def test_any_such_event_is_none_in_particular(code: Callable[[str], Document]) -> None:
    """إحباط أي تهديد محتمل، سترد على أي هجمات، كل ما يهدد أمن الوطن: no particular threat or
    attack; a named one is coded."""
    _assert_no_event(code, "وقال إن القرار يهدف إلى إحباط أي تهديد محتمل لحياة أفراد الجيش الروسي.", "THREATEN")
    _assert_no_event(code, "وأضاف أن الولايات المتحدة سترد بسرعة على أي هجمات من إيران.", "ASSAULT")
    _assert_no_event(code, "وأكد وزير الداخلية السعودي القدرة على التعامل مع كل ما يهدد أمن الوطن.", "THREATEN")
    _assert_among(code, "وأضاف أن الولايات المتحدة سترد على هجمات إيران.", ("ASSAULT", "IRN", None))


def test_a_support_nouns_genitive_is_the_author(code: Callable[[str], Document]) -> None:
    """قيام إسرائيل بقصف غزة، مشاركة بريطانيا في الضربات، تنفيذ إسرائيل غارات: the genitive of
    the support noun did it, not the one who condemns or reports it; للمشاركة (purpose) is the
    subject's, not the object's of the verb before it."""
    evs = [_coded(e) for e in code("وأدان وزير الخارجية التركي قيام إسرائيل بقصف غزة.").events]
    assert ("ASSAULT", "ISR", None) in evs and ("ACCUSE", "TURGOV", "ISR") in evs, evs
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "TURGOV"], evs
    _assert_among(code, "وبررت رئيسة الوزراء البريطانية مشاركة بريطانيا في الضربات على سوريا.", ("ASSAULT", "GBR", "SYR"))
    evs = [_coded(e) for e in code("وقال إن الرئيس الكوري سيزور اليابان للمشاركة في القمة الثلاثية.").events]
    assert not [e for e in evs if e[0] == "CONSULT" and e[1] == "JPN"], evs
    _assert_among(code, "وسافر الرئيس الإيراني إلى تركيا للمشاركة في القمة.", ("CONSULT", "IRNGOV", None))
    _assert_among(code, "وقطر التي أكدت مشاركتها في القمة رغم خلافاتها مع الرياض، أيدت البيان.", ("CONSULT", "QAT", "SAUGOV"))
    # the object of a request, or people mobilised, are to act (دعا إيران للمشاركة، حشد أنصاره للقيام)
    assert _roles("ودعا الرئيس الأمريكي إيران للمشاركة في المحادثات.", "consult.muhadathat")[0] == ["IRN"]
    _assert_among(code, "وعمد الرئيس إلى حشد الطلاب للقيام بمسيرة ضد الحكومة الفنزويلية.", ("PROTEST", "EDU", "VENGOV"))
    # past another verb the support noun is not the later noun's (اتهمت … بشنه ما دفعها لتوجيه ضربات)
    evs = [_coded(e) for e in code("واتهمت دول غربية النظام السوري بشنه ما دفعها لتوجيه ضربات عسكرية في البلاد.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "SYRGOV"], evs


def test_his_assistant_is_no_help(code: Callable[[str], Document]) -> None:
    """من مساعده ونيستون لورد: "his assistant" (help with a pronoun is مساعدته); قدمت السعودية
    مساعدة لليمن is aid."""
    _assert_no_event(code, "وتلقى وزير الخارجية الأمريكي تقريرا من مساعده ونيستون لورد.", "AID")
    _assert_among(code, "وقدمت السعودية مساعدة لليمن.", ("AID", "SAU", "YEM"))


def test_the_victims_own_fight_is_not_the_attack_that_killed_her(code: Callable[[str], Document]) -> None:
    """قتل متطوع بريطاني خلال مشاركته بالمعارك إثر قصف تركي: the Turkish shelling killed him, not
    his own fight (a support noun with a pronoun)."""
    for text in ("قتل متطوع بريطاني يدعى جون سميث خلال مشاركته إلى جانب الوحدات الكردية بالمعارك، إثر قصف تركي على مواقعها.",
                 "قتلت متطوعة بريطانية خلال مشاركتها إلى جانب الوحدات الكردية بالمعارك إثر قصف تركي على مواقعها."):
        _assert_among(code, text, ("ASSAULT", "TUR", "GBR"))


def test_targeting_is_an_attack(code: Callable[[str], Document]) -> None:
    """استهداف: the genitive targets when a definite لـ-noun names what it hit (استهداف ميليشيات
    الحوثي للمناطق السكنية), else it is the one targeted, by the agent after من قبل."""
    _assert_among(code, "قتلت طفلة يمنية من جراء استهداف ميليشيات الحوثي المستمر للمناطق السكنية في الحديدة.",
                  ("ASSAULT", "HOUTHIS", "YEM"))
    _assert_among(code, "وأدانت الخارجية الفلسطينية استهداف المدنيين الفلسطينيين من قبل قوات الاحتلال الإسرائيلي.",
                  ("ASSAULT", "ISRMIL", "PSECVL"))
    # an object after an armed genitive makes it the doer; after a support verb the genitive is
    # the object and the verb's subject acts; avoiding it is no act
    _assert_among(code, "قتل أربعة فلسطينيين نتيجة استهداف قوات الاحتلال الإسرائيلي مسيرات سلمية قرب السياج.",
                  ("ASSAULT", "ISRMIL", "PSE"))
    _assert_among(code, "وواصلت القوات المصرية استهداف تحركات وآليات عسكرية للمسلحين في سيناء.", ("ASSAULT", "EGYMIL", "UAF"))
    _assert_no_event(code, "وقال إن الضربات كانت مركزة لتجنب استهداف القوات الروسية.", "ASSAULT")


def test_what_a_response_answers_past_one_noun(code: Callable[[str], Document]) -> None:
    """ردا على سقوط قذيفة: the shell is not fired by those who respond."""
    evs = [_coded(e) for e in code("وأغارت طائرات حربية إسرائيلية على مواقع الجيش السوري ردا على سقوط قذيفة في الجولان.").events]
    assert evs == [("ASSAULT", "ISRMIL", "SYRMIL")], evs


def test_the_answer_of_a_condition_is_not_asserted(code: Callable[[str], Document]) -> None:
    """إذا أطلق النار علينا فسندمر قواته: a threat on a condition, no destruction reported."""
    _assert_no_event(code, 'وهدد نتنياهو الأسد، قائلا: "إذا أطلق النار علينا فسندمر قواته".', "ASSAULT")
    _assert_among(code, "وقصفت إسرائيل مواقع سورية فدمرت مخازن للأسلحة الإيرانية.", ("ASSAULT", "ISR", "SYR"))


def test_a_noun_and_its_genitive_opening_the_clause_are_its_subject(code: Callable[[str], Document]) -> None:
    """أمانة منظمة التعاون الإسلامي تستنكر تصريحات نوري المالكي: Maliki, in the object, condemns
    nothing; the organisation named alone is the subject."""
    evs = [_coded(e) for e in code("أمانة منظمة التعاون الإسلامي تستنكر تصريحات نوري المالكي ضد المملكة").events]
    assert not [e for e in evs if e[1] == "IRQGOV"], evs
    _assert_among(code, "منظمة التعاون الإسلامي تستنكر تصريحات نوري المالكي ضد المملكة", ("ACCUSE", "OIC", "IRQGOV"))


def test_keeping_silent_is_no_commitment(code: Callable[[str], Document]) -> None:
    """التزم الصمت "kept silent" is no pledge; التزم بالاتفاق is."""
    _assert_no_event(code, 'وقال أردوغان في بيان: «هناك جهات تعلن أنها تستند إلى تنظيم إرهابي تلتزم الصمت إزاء '
                     'العملية الوحشية».', "AGREE")
    _assert_among(code, "وتلتزم تركيا بالاتفاق.", ("AGREE", "TUR", None))


def test_an_exchange_of_fire_between_two_parties_goes_each_way(code: Callable[[str], Document]) -> None:
    """ووقع تبادل لإطلاق النار بين الجيش التركي ومقاتلي داعش: each fired at the other, whoever
    was the subject of the sentence before."""
    evs = [_coded(e) for e in code("وقال مسؤول تركي إن الجيش رد. ووقع تبادل لإطلاق النار عبر الحدود بين الجيش التركي "
                                   "ومقاتلي داعش.").events]
    assert ("ASSAULT", "TURMIL", "ISIS") in evs and ("ASSAULT", "ISIS", "TURMIL") in evs, evs
    assert not [e for e in evs if e[1] == "MIL"], evs


def test_a_chain_of_coordinated_verbs_shares_the_first_subject(code: Callable[[str], Document]) -> None:
    """وغيرت تركيا موقفها … وأقدمت على فتح قواعدها … وشنت غارات: Türkiye raided, past a clause of
    its own verb with no subject and a subordinate clause."""
    _assert_among(code, "وكان مسلحون قد هاجموا القرية. وغيرت تركيا موقفها هذا الأسبوع بعد أن ترددت طويلا وأقدمت على "
                  "فتح قواعدها الجوية للتحالف وشنت غارات على تنظيم داعش.", ("ASSAULT", "TUR", "ISIS"))


def test_a_demonstrative_phrase_after_the_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """قد لا تستهدف هذه الضجة إسرائيل: "this uproar", not the official of the sentence before."""
    evs = [_coded(e) for e in code("وقال المتحدث باسم البيت الأبيض إن الرئيس يدعم الاتفاق. قد لا تستهدف هذه الضجة "
                                   "إسرائيل.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] is not None], evs


def test_a_noun_after_a_support_verb_that_is_not_its_masdar_is_its_subject(code: Callable[[str], Document]) -> None:
    """كما شن طيران التحالف غارات: the coalition's aircraft, no actor, raided; not the president
    of the sentence before."""
    evs = [_coded(e) for e in code("وزار الرئيس اليمني الرياض. كما شن طيران التحالف غارات جوية على مواقع للحوثيين.").events]
    assert ("ASSAULT", None, "HOUTHIS") in evs and not [e for e in evs if e[0] == "ASSAULT" and e[1]], evs
    _assert_among(code, "وقال الجيش الإسرائيلي إنه رد. وشن غارات على مواقع لحركة حماس.", ("ASSAULT", "IDF", "HAMAS"))


def test_the_support_masdar_of_an_order_is_the_commanders(code: Callable[[str], Document]) -> None:
    """أمر ترامب بشن ضربات: Trump's strikes, not the armed forces' he commands; اتهم النظام بشن
    هجوم: the accused's attack."""
    _assert_among(code, "وكان ترامب بصفته القائد الأعلى للقوات المسلحة أمر العام الماضي بشن ضربات صاروخية على مطار "
                  "الشعيرات السوري.", ("ASSAULT", "USAGOV", "SYR"))
    _assert_among(code, "واتهمت فرنسا النظام السوري بشن هجوم كيميائي على دوما.", ("ASSAULT", "SYRGOV", None))


def test_possible_expected_or_debated_strikes_are_not_reported(code: Callable[[str], Document]) -> None:
    """الضربة الأميركية المحتملة، قراره حول شن ضربات: no strike yet."""
    _assert_no_event(code, "ويعلق الرسم على الضربة الأميركية المحتملة على سوريا.", "ASSAULT")
    _assert_no_event(code, 'وقال البيت الأبيض إن ترامب لم يتخذ بعد "قراره النهائي" حول شن ضربات في سوريا.', "ASSAULT")
    _assert_no_event(code, "وقال ولي العهد إن المملكة قد تشارك في رد دولي إذا استدعى الأمر وطلب منها حلفاؤها.", "REQUEST")


def test_destroying_its_own_arsenal_or_culling_animals_is_no_attack(code: Callable[[str], Document]) -> None:
    """أكدت دمشق أنها دمرت ترسانتها (disarmament); تعدم عشرة آلاف دجاجة (a cull); and the one
    executed after an arrest was not executed by those who arrested him."""
    _assert_no_event(code, "كما تؤكد دمشق أنها دمرت ترسانتها في 2013 بموجب قرار أمريكي روسي.", "ASSAULT")
    _assert_no_event(code, "ألمانيا تعدم عشرة آلاف دجاجة بعد إصابة مؤكدة بأنفلونزا الطيور", "ASSAULT")
    _assert_among(code, "ودمرت الطائرات الإسرائيلية مخزون الأسلحة الإيرانية.", ("ASSAULT", "ISRMIL", "IRN"))
    evs = [_coded(e) for e in code("اعتقل الأمريكيون صدام حسين قرب تكريت قبل إعدامه أواخر عام 2006.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "USA"], evs


def test_a_written_or_tweeted_quotation_is_reported(code: Callable[[str], Document]) -> None:
    """كتب ترامب على تويتر "قتل كثيرون": many were killed (كثيرون counts the victims); Trump
    reports the killing, he did not kill."""
    evs = [_coded(e) for e in code('واتهم ترامب الأسد بالمسؤولية. وقبل يوم كان ترامب قد كتب على تويتر "قتل كثيرون، بينهم '
                                   'نساء وأطفال، في هجوم كيميائي في سوريا".').events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "USAGOV"], evs


def test_new_after_a_plural_is_no_verb_of_renewing(code: Callable[[str], Document]) -> None:
    """نظم نازيون جدد تجمعا: "new Nazis" organised a rally (جدد is the adjective; a support verb
    with a nominative plural after it has its subject there), not the president of the sentence
    before; وجدد الرئيس دعوته is the verb (control)."""
    evs = [_coded(e) for e in code('وكتب ترامب في تغريدة "علينا أن نتحد". وقبل عام، نظم نازيون جدد تجمعا في '
                                   'شارلوتسفيل احتجاجا على مشروع للبلدية.').events]
    assert not [e for e in evs if e[1] == "USAGOV"], evs
    triggers = {d.trigger.entry.id for d in _trace_decisions("وانضم أعضاء جدد إلى الحلف.")}
    assert "report.jaddada" not in triggers, triggers
    assert "report.jaddada" in {d.trigger.entry.id for d in _trace_decisions("وجدد الرئيس المصري دعوته إلى وقف القتال.")}


def test_who_was_killed_or_arrested_is_no_one_named_before(code: Callable[[str], Document]) -> None:
    """عدد من قتلوا أو اعتقلوا: "who" is the subject of both verbs, not the speaker of the quotation."""
    evs = [_coded(e) for e in code('وتابع بومبيو قائلا "إننا ننضم للآخرين في حث الحكومة الصينية على الإفصاح عن عدد من '
                                   'قتلوا أو اعتقلوا أو فقدوا".').events]
    assert not [e for e in evs if e[1] == "USAGOV" and e[0] in ("COERCE", "ASSAULT")], evs


def test_arrivals_that_are_no_visits(code: Callable[[str], Document]) -> None:
    """وصل مليون مهاجر إلى الاتحاد الأوروبي: migrants arriving make no visit; وصل الوزير is one."""
    _assert_no_event(code, "ووصل أكثر من مليون مهاجر إلى الاتحاد الأوروبي في 2015.", "CONSULT")
    _assert_among(code, "ووصل وزير الخارجية التركي إلى بروكسل.", ("CONSULT", "TURGOV", "BEL"))


def test_granting_a_power_or_a_prize_is_no_aid(code: Callable[[str], Document]) -> None:
    """الدستور الذي يمنح الرئيس سلطة، منح جائزة نوبل: no aid; منحت السعودية مصر قرضا is aid."""
    _assert_no_event(code, "لكن الدستور الأميركي الذي يمنح الرئيس سلطة إصدار أوامر بالعفو لم يقل ذلك.", "AID")
    _assert_no_event(code, "وأعلنت الأكاديمية السويدية منح جائزة نوبل للسلام للناشطة العراقية.", "AID")
    _assert_among(code, "ومنحت السعودية مصر قرضا بقيمة مليار دولار.", ("AID", "SAU", "EGY"))


def test_declining_to_comment_is_no_rejection(code: Callable[[str], Document]) -> None:
    """امتنع البنتاغون عن التعقيب، رفض الجيش التعقيب: no comment, nothing rejected."""
    _assert_no_event(code, "فيما امتنع البنتاغون عن التعقيب على التقرير.", "REJECT")
    _assert_no_event(code, "ورفض الجيش الإسرائيلي التعقيب على التقرير.", "REJECT")


def test_a_plural_of_things_before_a_feminine_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """بعد نشرهم تغريدات تنتقد سياسته: the tweets criticise, not Trump named before; في دعوة جديدة
    حث الوزير الصين: the adjective of a noun a preposition governs is no subject."""
    evs = [_coded(e) for e in code("وقد حظرهم حساب ترامب بعد نشرهم تغريدات تنتقد سياسته.").events]
    assert not [e for e in evs if e[0] == "ACCUSE" and e[1] == "USAGOV"], evs
    _assert_among(code, "في دعوة جديدة حث وزير الخارجية الأميركي الصين على الكشف عن عدد القتلى.", ("REQUEST", "USAGOV", "CHN"))


def test_a_date_that_falls_on_a_day_is_no_agreement(code: Callable[[str], Document]) -> None:
    """الذكرى السبعين لقيام دولة إسرائيل الذي يوافق الثلاثاء: a date, no agreement."""
    _assert_no_event(code, "وتدشن الولايات المتحدة سفارتها تزامنا مع الذكرى السبعين لقيام دولة إسرائيل الذي يوافق "
                     "الثلاثاء.", "AGREE")


def test_the_purpose_of_protests_named_before_is_theirs(code: Callable[[str], Document]) -> None:
    """برصاص الجيش الإسرائيلي … خلال تظاهرات احتجاجا على نقل السفارة: the army did not protest."""
    evs = [_coded(e) for e in code("وقتل عشرات الفلسطينيين برصاص الجيش الإسرائيلي في قطاع غزة خلال تظاهرات احتجاجا على "
                                   "نقل السفارة الأمريكية إلى القدس.").events]
    assert not [e for e in evs if e[0] == "PROTEST" and e[1] in ("IDF", "ISRMIL")], evs
    _assert_among(code, "خرج مئات من المتظاهرين احتجاجا على قرار الحكومة المصرية.", ("PROTEST", "CVL", "EGYGOV"))


def test_a_dual_noun_before_a_dual_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """شابان اجتمعا: two young men met, not the two countries named before; البلدان اتفقا is
    the pair (control)."""
    evs = [_coded(e) for e in code("وزار الرئيس الكويتي البحرين. وقصتها كالتالي: شابان اجتمعا على المعاصي.").events]
    assert len([e for e in evs if e[0] == "CONSULT"]) == 1, evs
    _assert_among(code, "اجتمع الرئيسان المصري والأردني. والبلدان اتفقا على التنسيق.", ("AGREE", "EGY", "JOR"))


def test_a_student_is_no_demand(code: Callable[[str], Document]) -> None:
    """بدأ حياته طالبا في تحفيظ القرآن: a student, no one demanding."""
    _assert_no_event(code, "وقال وزير الداخلية السعودي إن الشاب بدأ حياته طالبا في تحفيظ القرآن.", "REQUEST")


def test_a_called_off_or_put_off_visit_does_not_take_place(code: Callable[[str], Document]) -> None:
    """ألغى زيارته المقررة إلى كولومبيا، أرجأت الحكومة الاجتماع: no visit, no meeting."""
    _assert_no_event(code, "وقالت وسائل إعلام إن رئيس الوزراء الإسرائيلي قد ألغى زيارته المقررة الأسبوع المقبل إلى "
                     "كولومبيا.", "CONSULT")
    _assert_no_event(code, "وأرجأت الحكومة الليبية الاجتماع مع الأمم المتحدة.", "CONSULT")
    _assert_among(code, "وزار رئيس الوزراء الإسرائيلي كولومبيا.", ("CONSULT", "ISRGOV", "COL"))
    # من أجل "for the sake of" puts nothing off (the verbal noun right after it is a purpose, not asserted)
    _assert_among(code, "ومن أجل ذلك استهدفت إيران السعودية بالصواريخ.", ("ASSAULT", "IRN", "SAU"))


def test_a_scourge_strikes_no_one(code: Callable[[str], Document]) -> None:
    """الإرهاب الذي يضرب سوريا والعراق: a figure of speech, no attack; nor is a storm's, past its
    name in quotation marks and its adjective, though the name was taken for an actor."""
    _assert_no_event(code, "وقال إن التحرك يؤكد دور المملكة في معالجة الإرهاب الذي يضرب سوريا والعراق واليمن.", "ASSAULT")
    _assert_no_event(code, 'بدأت الأمطار مع العاصفة "ألبرتو"، بحسب الحكومة. وقالت الحكومة إن العاصفة "ألبرتو" '
                     'التي ضربت كوبا خلفت أضرارا.', "ASSAULT")
    _assert_no_event(code, 'قضى 32 شخصا جراء أمطار بدأت مع الإعصار الاستوائي "ساغار"، بحسب ما أعلنت الحكومة. ولقي '
                     '25 شخصا مصرعهم في فيضانات نجمت عن الإعصار الاستوائي "ساغار" الذي ضرب جيبوتي.', "ASSAULT")
    _assert_among(code, 'وقالت إن حركة "حماس" التي ضربت إسرائيل.', ("ASSAULT", "HAMAS", "ISR"))


def test_a_student_of_a_nationality_demands_nothing(code: Callable[[str], Document]) -> None:
    """أبحاث طالب سعودي: a Saudi student; وطالب الرئيس المصري بوقف القتال is a demand."""
    _assert_no_event(code, "مجلة تايم تشيد بأبحاث طالب سعودي", "REQUEST")
    _assert_among(code, "وطالب الرئيس المصري بوقف القتال.", ("REQUEST", "EGYGOV", None))


def test_a_coordinated_call_on_an_actor_keeps_the_caller(code: Callable[[str], Document]) -> None:
    """وشكرت الناشطة كندا، ودعت الولايات المتحدة وبريطانيا إلى الانضمام: the activist calls on the
    US and Britain (followed by إلى, what is asked), not they on Canada."""
    evs = [_coded(e) for e in code("وشكرت الناشطة السعودية كندا على موقفها، ودعت الولايات المتحدة وبريطانيا إلى "
                                   "الانضمام إلى كندا.").events]
    assert ("REQUEST", "SAUCVL", "USA") in evs and not [e for e in evs if e[0] == "REQUEST" and e[1] == "USA"], evs
    _assert_among(code, "وانتقد الرئيس الروسي العقوبات وحث الاتحاد الأوروبي على رفعها.", ("REQUEST", "RUSGOV", "EU"))



def test_a_name_after_one_of_a_collective_sector_is_that_person(code: Callable[[str], Document]) -> None:
    """الناشطة السعودية، منال الشريف، …: a singular noun of a role of people (activist, gunman,
    farmer) with the article, and a name right after it or its comma, are one person, so the clause
    goes on past the commas and the call keeps its caller; not past another word (قتل مسلح نازي
    المشرعة جو كوكس: the lawmaker is killed)."""
    evs = code("وشكرت الناشطة السعودية، منال الشريف، كندا على موقفها، ودعت الولايات المتحدة وبريطانيا إلى "
               "الانضمام إلى كندا.").events
    calls = [e for e in evs if e.event_type == "REQUEST"]
    assert calls and all(e.source is not None and e.source.code == "SAUCVL" and "منال الشريف" in e.source.text
                         for e in calls), calls
    assert {e.target.code for e in calls if e.target is not None} == {"USA", "GBR"}, calls
    kill = [e for e in code("وفي العام الذي سبقه قتل مسلح نازي المشرعة جو كوكس في هجوم في الشارع.").events
            if e.event_type == "ASSAULT"]
    assert kill and kill[0].source is not None and kill[0].source.text == "مسلح", kill
    assert kill[0].target is not None and "جو كوكس" in kill[0].target.text, kill


def test_suffering_losses_is_being_hit(code: Callable[[str], Document]) -> None:
    """تكبد الحوثيون خسائر: the Houthis suffered losses; كبدت القوات المسلحين خسائر: inflicted."""
    _assert_among(code, "وفي كل الهجمات تكبد الحوثيون خسائر بشرية ومادية كبيرة.", ("ASSAULT", None, "HOUTHIS"))
    _assert_among(code, "وكبدت القوات اليمنية الحوثيين خسائر فادحة.", ("ASSAULT", "YEMMIL", "HOUTHIS"))


def test_deciding_an_expulsion_takes_its_masdar(code: Callable[[str], Document]) -> None:
    """قررت روسيا طرد 23 دبلوماسيا بريطانيا: Russia expels the British diplomats (طرد is the
    verbal noun the decision takes, no past verb with the diplomats as subject)."""
    _assert_among(code, "إذ قررت روسيا طرد 23 دبلوماسيا بريطانيا من موسكو.", ("COERCE", "RUS", "GBRGOV"))


def test_what_must_or_should_happen_is_not_reported(code: Callable[[str], Document]) -> None:
    """ينبغي دعم اللاجئين، يجب على إيران وقف دعم الحوثيين: obligations, no events."""
    _assert_no_event(code, "وقالت الأمم المتحدة إنه ينبغي دعم اللاجئين السوريين الذين يريدون العودة.", "SUPPORT")
    _assert_no_event(code, "وقال وزير الخارجية الأمريكي إنه يجب على إيران وقف دعم الحوثيين.", "SUPPORT")


def test_the_clauses_of_a_condition_are_not_asserted(code: Callable[[str], Document]) -> None:
    """إذا فشل التصويت فإن العقوبات تعود على إيران، إذا شك أحد في أن إيران تنتهك: conditions."""
    _assert_no_event(code, "وإذا فشل التصويت على القرار فإن العقوبات الأمريكية تعود بصرامة على إيران.", "SANCTION")
    _assert_no_event(code, "وقال إن العقوبات ستعود إذا شك أحد الأطراف في أن إيران تنتهك أي بند من بنوده.", "REJECT")


def test_a_demand_of_an_actor_for_something(code: Callable[[str], Document]) -> None:
    """بمطالبة الحكومة الإيرانية بتعويضات: Iran's government is asked, it asks nothing; الشابين كانا
    يخططان: the two young men, no pair of countries named before, plan the attack."""
    _assert_among(code, "ورد النائب العراقي بمطالبة الحكومة الإيرانية بتعويضات مالية.", ("REQUEST", None, "IRNGOV"))
    evs = [_coded(e) for e in code("وقال الرئيس الليبي إن سوريا وتونس تتعاونان. وأكد المتحدث أن الشابين كانا يخططان للقيام "
                                   "بهجوم في تونس.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] is not None], evs


def test_an_attack_on_a_position_is_in_words(code: Callable[[str], Document]) -> None:
    """الهجوم على الموقف الأميركي، هاجم سياسة الولايات المتحدة: verbal; هجوما على مواقع
    المسلحين (positions held, مواقع) is an assault."""
    evs = [_coded(e) for e in code("وبعد ذلك شرع عباس في الهجوم على الموقف الأميركي من القضية الفلسطينية.").events]
    assert not [e for e in evs if e[0] == "ASSAULT"], evs
    _assert_among(code, "وهاجم الرئيس التركي سياسة الولايات المتحدة في سوريا.", ("ACCUSE", "TURGOV", "USA"))
    _assert_among(code, "وشن الجيش المصري هجوما على مواقع المسلحين.", ("ASSAULT", "EGYMIL", "UAF"))


def test_ranking_first_is_no_occupation(code: Callable[[str], Document]) -> None:
    """احتلال السعودية المركز الأول، احتلت الإمارات المرتبة الأولى: a rank, no occupation;
    امتنع المحامون عن الرد: no answer, no rejection."""
    _assert_no_event(code, "وكشف تقرير عن احتلال السعودية المركز الأول في استخدام الشبكة.", "ASSAULT")
    _assert_no_event(code, "واحتلت الإمارات المرتبة الأولى عربيا في المؤشر.", "ASSAULT")
    _assert_no_event(code, "وامتنع محامو الرئيس الفرنسي السابق عن الرد على أسئلة الصحافيين.", "REJECT")


def test_two_after_an_indefinite_plural_is_its_number(code: Callable[[str], Document]) -> None:
    """وقررت طرد دبلوماسيين روسيين اثنين: Australia expels two Russian diplomats."""
    _assert_among(code, "انضمت أستراليا إلى حلفاء بريطانيا، وقررت طرد دبلوماسيين روسيين اثنين.", ("COERCE", "AUS", "RUSGOV"))


def test_a_member_of_an_organisation_speaks_for_it(code: Callable[[str], Document]) -> None:
    """واتهم عضو المكتب السياسي لحركة حماس موسى أبو مرزوق إسرائيل: Hamas accuses Israel (the
    member's name in apposition is no object)."""
    _assert_among(code, "واتهم عضو المكتب السياسي لحركة حماس موسى أبو مرزوق إسرائيل بخرق التهدئة.", ("ACCUSE", "HAMAS", "ISR"))
    # and a spokesperson's name after his title (الكولونيل) is no object either
    _assert_among(code, "ونفى متحدث باسم وزارة الدفاع الفرنسية الكولونيل باتريك سترايغر الاتهامات السورية.", ("REJECT", "FRAMIL", "SYR"))


def test_an_accusative_noun_after_that_after_a_preposition_is_the_subject(code: Callable[[str], Document]) -> None:
    """أشار المتحدث إلى أن صاروخا استهدف الرياض: a missile hit Riyadh (أن is no noun an
    adjective could follow)."""
    _assert_among(code, "وأشار المتحدث باسم التحالف إلى أن صاروخا استهدف الرياض.", ("ASSAULT", None, "SAUGOV"))


def test_a_noun_of_asking_before_god_is_a_prayer(code: Callable[[str], Document]) -> None:
    """داعيا الله أن يحفظه: praying, no one asked (داعيا الدول إلى still asks)."""
    _assert_no_event(code, "وقدم ولي العهد السعودي شكره لملك المغرب، داعياً الله أن يحفظه.", "REQUEST")
    _assert_among(code, "وأدان الرئيس الفرنسي الهجوم، داعيا إيران إلى ضبط النفس.", ("REQUEST", "FRAGOV", "IRN"))


def test_granting_a_deadline_is_no_aid(code: Callable[[str], Document]) -> None:
    """منح إيران مهلة: a deadline, no aid (منح مساعدات still is)."""
    _assert_no_event(code, "ومنح الرئيس الأمريكي إيران مهلة أسبوعين.", "AID")
    _assert_among(code, "ومنح الرئيس الأمريكي الأردن مساعدات عسكرية.", ("AID", "USAGOV", "JOR"))


def test_the_nationality_of_the_act_a_charge_names_is_the_accused(code: Callable[[str], Document]) -> None:
    """اتهامات التدخل الروسي: Russia is accused, no accuser (اتهامات أمريكية لروسيا: the US
    accuses)."""
    evs = [_coded(e) for e in code("وانتقد ترامب التحقيق في اتهامات التدخل الروسي في الانتخابات.").events]
    assert ("ACCUSE", None, "RUS") in evs and not [e for e in evs if e[1] == "RUS"], evs
    _assert_among(code, "وتصاعدت اتهامات أمريكية لروسيا بالتدخل في الانتخابات.", ("ACCUSE", "USA", "RUS"))


def test_a_coordinated_call_on_an_actor_and_others(code: Callable[[str], Document]) -> None:
    """ودعت المجلس الأوروبي والدول الأعضاء إلى: the council (and the members) are called on by
    the subject of the verb before."""
    _assert_among(code, "ونددت منظمة العفو الدولية بالمحاكمة، ودعت الاتحاد الأوروبي والدول الأعضاء إلى الضغط على تركيا.",
                  ("REQUEST", "AMNESTY", "EU"))


def test_what_a_decision_is_about_is_not_reported(code: Callable[[str], Document]) -> None:
    """لم يتخذ قرارا بشأن الانسحاب، قراره النهائي حول شن ضربات، قرارها بشأن فرض عقوبات: the act
    a decision is about is none yet (فرض after بشأن is the verbal noun, no verb); فرضت … بقرار
    من الرئيس is reported."""
    _assert_no_event(code, "وقال الوزير إن الرئيس لم يتخذ بعد قرارا بشأن الانسحاب من الاتفاق مع إيران.", "RETREAT")
    _assert_no_event(code, "وأرجأ الرئيس الأمريكي قراره النهائي حول شن ضربات على سوريا.", "ASSAULT")
    _assert_no_event(code, "وأعلنت الحكومة البريطانية قرارها بشأن فرض عقوبات على إيران.", "SANCTION")
    _assert_among(code, "وفرضت الحكومة البريطانية بقرار من رئيسة الوزراء عقوبات على إيران.", ("SANCTION", "GBRGOV", "IRN"))


def test_a_visit_made_by_someone_is_theirs(code: Callable[[str], Document]) -> None:
    """زيارة قامت بها وزيرة الدفاع الألمانية إلى تونس، الزيارة التي قام بها الرئيس المصري إلى
    موسكو: قام with بها after the noun names the visitor; where to may stand in the relative
    clause."""
    _assert_among(code, "وذلك خلال زيارة قامت بها وزيرة الدفاع الألمانية إلى تونس قبل أيام.", ("CONSULT", "DEUGOV", "TUN"))
    _assert_among(code, "وجاء ذلك خلال الزيارة التي قام بها الرئيس المصري إلى موسكو.", ("CONSULT", "EGYGOV", "RUS"))


def test_a_battle_of_words_or_courts_is_no_assault(code: Callable[[str], Document]) -> None:
    """هجوما سياسيا، معركته القضائية: no violence (هجوما عسكريا is an assault)."""
    _assert_no_event(code, "وشن الرئيس التركي هجوما سياسيا على الاتحاد الأوروبي.", "ASSAULT")
    _assert_no_event(code, "وقال المحامي الذي يدافع عن الرئيس الأمريكي في معركته القضائية إنه متفائل.", "ASSAULT")
    _assert_among(code, "وشن الجيش الأمريكي هجوما عسكريا على إيران.", ("ASSAULT", "USAMIL", "IRN"))


def test_a_damma_marks_the_passive_of_longer_verbs(code: Callable[[str], Document]) -> None:
    """اعتُقلا، استُهدف: the passives of افتعل and استفعل; the one named before is the one
    arrested or hit, no arrester or attacker."""
    evs = [_coded(e) for e in code("قالت الوزيرة إن الولايات المتحدة وبريطانيا تجريان محادثات حول رجلين من لندن، "
                                   "اعتُقلا في سوريا الشهر الماضي.").events]
    assert not [e for e in evs if e[0] == "COERCE" and e[1] is not None], evs
    evs = [_coded(e) for e in code("وقال الجيش الإسرائيلي إن الفلسطيني استُهدف بعد محاولته طعن جندي.").events]
    assert ("ASSAULT", None, "PSE") in evs and ("ASSAULT", "PSE", None) not in evs, evs


@pytest.mark.parametrize(("text", "expected"), [
    # the form فعّل: its present has a damma on the prefix in the active too
    ("الجيش الإسرائيلي يُدمّر منازل فلسطينيين في الخليل", ("ASSAULT", "IDF", "PSE")),
    ("مصر تُرحّب بالاتفاق النووي الإيراني", ("SUPPORT", "EGY", "IRN")),
    ("تركيا تُجمّد أموال صالح والحوثي", ("SANCTION", "TUR", "HOUTHIS")),
])
def test_a_damma_on_the_prefix_of_a_doubled_present_is_active(code: Callable[[str], Document], text: str,
                                                              expected: tuple[str, str, str | None]) -> None:
    """تُجمّد، يُدمّر: the one before the verb does it (it was read as the one undergoing it)."""
    evs = [_coded(e) for e in code(text).events]
    assert expected in evs, evs


@pytest.mark.parametrize(("text", "expected"), [
    ("وكان واحدا ضمن خمسة شبان فلسطينيين وُجهت لهم تهمة المشاركة في مؤامرة.", ("ACCUSE", None, "PSECVL")),
    ("الولايات المتحدة فُرضت عليها عقوبات.", ("SANCTION", None, "USA")),
])  # fmt: skip
def test_a_damma_on_an_expressions_verb_writes_its_passive(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """وُجهت لهم تهمة، فُرضت عليها عقوبات: the damma marks the passive of an expression's verb too, and
    a و or ف with the damma is the verb's first letter, no conjunction (the young men were read as
    the accusers of the group named in the charge)."""
    assert expected in [_coded(e) for e in code(text).events]


def test_a_damma_on_the_prefix_of_a_plain_present_is_passive(code: Callable[[str], Document]) -> None:
    """يُقتل (no shadda) stays a passive: the soldier is killed."""
    assert [_coded(e) for e in code("يُقتل جندي إسرائيلي في الخليل").events] == [("ASSAULT", None, "ISRMIL")]


def test_the_maker_of_a_decision_does_what_is_decided(code: Callable[[str], Document]) -> None:
    """قرار بريطانيا طرد 23 دبلوماسيا روسيا: Britain expels the Russian diplomats (they were read
    as the subject of a verb طرد)."""
    _assert_among(code, "تعهدت وزارة الخارجية الروسية بالرد على قرار بريطانيا طرد 23 دبلوماسيا روسيا.",
                  ("COERCE", "GBR", "RUSGOV"))
    _assert_among(code, "ووصفت الوزارة قرار رئيسة الوزراء البريطانية تيريزا ماي طرد الدبلوماسيين الروس بأنه استفزاز.",
                  ("COERCE", "GBRGOV", "RUSGOV"))


def test_a_protest_of_purpose_is_the_subjects_not_the_objects(code: Callable[[str], Document]) -> None:
    """استدعت السلطات الإيرانية السفير الألماني احتجاجا على: Iran protests, not the ambassador
    (خرج المتظاهرون احتجاجا: the protesters)."""
    evs = [_coded(e) for e in code("أعلنت السلطات الإيرانية أنها استدعت السفير الألماني لدى طهران احتجاجاً على "
                                   "تسليم برلين دبلوماسيا إيرانيا إلى بلجيكا.").events]
    assert not [e for e in evs if e[1] == "DEUGOV"], evs
    _assert_among(code, "خرج مئات من المتظاهرين الأتراك احتجاجا على الحكومة.", ("PROTEST", "TURCVL", "GOV"))


def test_a_state_before_the_preposition_of_a_release_releases(code: Callable[[str], Document]) -> None:
    """إفراج أنقرة عن القس الأميركي: Turkey releases the American."""
    _assert_among(code, "وذلك بعد إفراج أنقرة عن القس الأميركي أندرو برانسون.", ("CONCEDE", "TURGOV", "USAREL"))


def test_a_disaster_after_a_verb_of_destruction_is_its_subject(code: Callable[[str], Document]) -> None:
    """دمرت أمطار غزيرة أكثر من 20 منزلا: rain, no attacker carried over from the sentence before."""
    _assert_no_event(code, "وقالت السلطات الإندونيسية إن السيول انهمرت على المنطقة. وانهمرت السيول على المنطقة، "
                           "بعد أن دمرت أمطار غزيرة أكثر من 20 منزلا.", "ASSAULT")
    _assert_among(code, "وقتلت قوات الأمن العراقية خمسة مسلحين.", ("ASSAULT", "IRQCOP", "UAF"))


def test_holding_fast_to_the_rope_of_god_is_no_sit_in(code: Callable[[str], Document]) -> None:
    """اعتصام أفراده بحبل الله: the Quranic idiom, no protest."""
    _assert_no_event(code, "يقوم المجتمع السعودي على أساس من اعتصام أفراده بحبل الله وتعاونهم.", "PROTEST")


def test_an_actor_in_brackets_after_the_subject_is_no_object(code: Callable[[str], Document]) -> None:
    """وطالب وزير الخارجية المصري (أحد أعضاء الوفد) الحكومة الإسرائيلية: the aside describes the
    subject; the Israeli government is asked."""
    _assert_among(code, "وطالب وزير الخارجية المصري (أحد أعضاء الوفد) الحكومة الإسرائيلية بوقف الاستيطان.",
                  ("REQUEST", "EGYGOV", "ISRGOV"))


def test_a_decision_with_its_own_preposition_still_names_the_decider(code: Callable[[str], Document]) -> None:
    """لقرار ترامب الانسحاب من الاتفاق: Trump withdraws, not Moscow, which regrets it."""
    _assert_among(code, "أعربت موسكو عن خيبة أملها لقرار الرئيس الأميركي دونالد ترامب الانسحاب من الاتفاق النووي.",
                  ("RETREAT", "USAGOV", None))


def test_the_purpose_of_an_unreported_protest_is_unreported(code: Callable[[str], Document]) -> None:
    """أي تظاهرات محتملة للفلسطينيين احتجاجا على: no protest yet."""
    _assert_no_event(code, "وسيضاعف الجيش الإسرائيلي وحداته لمواجهة أي تظاهرات محتملة للفلسطينيين احتجاجا على "
                           "نقل مقر السفارة الأميركية إلى القدس.", "PROTEST")


def test_the_comma_closing_an_apposition_ends_no_clause(code: Callable[[str], Document]) -> None:
    """أجرى العاهل السعودي، الملك سلمان بن عبد العزيز، اتصالا هاتفيا: the king calls (the
    closing comma had cut the call off from its support verb and its subject)."""
    _assert_among(code, "أجرى العاهل السعودي، الملك سلمان بن عبد العزيز، اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.",
                  ("CONSULT", "SAUGOV", "TURGOV"))


def test_no_one_after_a_preposition_of_topic_is_asked(code: Callable[[str], Document]) -> None:
    """طالبت بريطانيا بإجراء تحقيق بشأن اختفاء الصحفي: the journalist is what it is about, not
    the one asked."""
    evs = [_coded(e) for e in code("طالبت بريطانيا بإجراء تحقيق موثوق بشأن اختفاء الصحفي السعودي جمال خاشقجي.").events]
    assert ("REQUEST", "GBR", None) in evs, evs


def test_what_can_happen_is_not_reported(code: Callable[[str], Document]) -> None:
    """معلومات يمكن أن تقود إلى القبض على زعيم التنظيم: no arrest."""
    _assert_no_event(code, "ورصدت الخارجية الأمريكية مكافأة لقاء أي معلومات يمكن أن تقود إلى القبض على زعيم تنظيم القاعدة.",
                     "COERCE")


def test_a_visit_with_the_visitor_after_lam(code: Callable[[str], Document]) -> None:
    """زيارة رسمية للرئيس السوداني إلى القاهرة، زيارة لوزير الخارجية الإيراني إلى دمشق: the one
    with لـ visits the one with إلى (زيارة لبريطانيا: a visit to Britain)."""
    _assert_among(code, "جاء ذلك خلال زيارة رسمية للرئيس السوداني إلى القاهرة.", ("CONSULT", "SDNGOV", "EGY"))
    _assert_among(code, "وخلال زيارة لوزير الخارجية الإيراني إلى دمشق بحث الطرفان التعاون.", ("CONSULT", "IRNGOV", "SYR"))
    _assert_among(code, "وأعلن الرئيس الفرنسي عن زيارة لبريطانيا.", ("CONSULT", "FRAGOV", "GBR"))


def test_suspending_aid_is_a_sanction(code: Callable[[str], Document]) -> None:
    """علقت مساعداتها العسكرية إلى مصر، وقف المساعدات للسلطة: CAMEO 162, no aid given."""
    _assert_among(code, "وكانت الولايات المتحدة قد علقت مساعداتها العسكرية إلى مصر.", ("SANCTION", "USA", "EGY"))
    _assert_no_event(code, "وكانت الولايات المتحدة قد علقت مساعداتها العسكرية إلى مصر.", "AID")
    _assert_among(code, "وأعلنت ألمانيا وقف المساعدات للسلطة الفلسطينية.", ("SANCTION", "DEU", "PA"))


def test_a_figure_that_reaches_a_level_makes_no_visit(code: Callable[[str], Document]) -> None:
    """وصلت أعداد المنضمين إلى داعش: a number, no one arriving (وصل الوزير إلى بروكسل is a visit)."""
    _assert_no_event(code, "وقال الوزير الروسي إن الوضع خطير، بعد أن وصلت أعداد المنضمين إلى داعش نحو ألفين.", "CONSULT")
    _assert_among(code, "ووصل وزير الخارجية التركي إلى بروكسل.", ("CONSULT", "TURGOV", "BEL"))


def test_the_noun_of_inna_is_the_subject(code: Callable[[str], Document]) -> None:
    """قال القيادي إن أعضاء «الفرقة 30» قتلوا مقاتلين: the members killed, not the Syrian
    opposition named before (أن بلاده دعت: his country, an anaphor, still acts)."""
    evs = [_coded(e) for e in code("وتصطدم تلك الرؤية مع ما يقوله معارضون سوريون، إذ قال القيادي المعارض رامي الدالاتي "
                                   "إن أعضاء الفرقة 30 قتلوا مقاتلين من النصرة.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "SYROPP"], evs


def test_a_noun_after_a_verb_with_its_object_pronoun_is_its_subject(code: Callable[[str], Document]) -> None:
    """قرار أثار جدلا إذ رفضته أوساط محافظة: conservative circles rejected it, no ministry named
    before."""
    evs = [_coded(e) for e in code("وأعلنت وزارة العدل المغربية قرار السماح للنساء بولوج المهنة. وأثار القرار جدلا "
                                   "إذ رفضته أوساط محافظة بين الدعاة.").events]
    assert not [e for e in evs if e[0] == "REJECT" and e[1] == "MARGOV"], evs


def test_the_pronoun_after_an_accusation_of_an_unnamed_party(code: Callable[[str], Document]) -> None:
    """اتهمت قطر جارتها الخليجية بأنها أغلقت مكاتب الجزيرة: the neighbour closed them, not Qatar
    (اتهمت قطر الإمارات بأنها أغلقت: the UAE)."""
    evs = [_coded(e) for e in code("كما اتهمت قطر جارتها الخليجية أيضا بأنها أغلقت مكاتب قناة الجزيرة.").events]
    assert not [e for e in evs if e[0] == "COERCE" and e[1] == "QAT"], evs
    _assert_among(code, "واتهمت قطر الإمارات بأنها أغلقت مكاتب قناة الجزيرة.", ("COERCE", "ARE", "ALJAZEERA"))


def test_what_is_possible_and_taking_over_a_portfolio(code: Callable[[str], Document]) -> None:
    """لم يكن ممكنا التوصل إلى اتفاق، من الممكن أن تشن: not reported; تسلم الحقيبة من هولاند: a
    portfolio taken over, no cooperation; وصلت إلى حد ادعاء: "went as far as", no visit."""
    _assert_no_event(code, "وقال كيري إنه لم يكن ممكنا التوصل إلى اتفاق أفضل مع إيران.", "AGREE")
    _assert_no_event(code, "وقال الوزير إنه من الممكن أن تشن إسرائيل هجوما على غزة.", "ASSAULT")
    _assert_no_event(code, "وبعد خمس سنوات، تسلم وزير الخارجية الفرنسي هذه الحقيبة من الرئيس فرنسوا هولاند.", "COOPERATE")
    _assert_no_event(code, "وتحدثت وسائل إعلام مصرية عن أشياء خاطئة وصلت إلى حد ادعاء احتلال سيناء.", "CONSULT")


def test_asking_god_and_taking_in_refugees(code: Callable[[str], Document]) -> None:
    """ودعا رئيس المجلس … المولى القدير أن يحفظ، ويدعون بالرحمة للشهداء: prayers, no request;
    اللاجئين الذين ستستقبلهم الولايات المتحدة: refugees taken in, no meeting."""
    _assert_no_event(code, "ودعا معالي رئيس مجلس الشورى السعودي في ختام تصريحه المولى القدير أن يحفظ على بلادنا أمنها.",
                     "REQUEST")
    _assert_no_event(code, "وشارك أكثر من مليون مغرد سعودي يستنكرون الجريمة، ويدعون بالرحمة للشهداء.", "REQUEST")
    _assert_no_event(code, "وانتقد المفوض قرار الرئيس الأميركي تحديد عدد اللاجئين الذين ستستقبلهم الولايات المتحدة.",
                     "CONSULT")
    _assert_no_event(code, "ويذكر أن لبنان يستضيف أكثر من مليون لاجئ سوري.", "CONSULT")
    _assert_among(code, "واستضاف الرئيس المصري نظيره الفرنسي في القاهرة.", ("CONSULT", "EGYGOV", "FRAGOV"))
    _assert_among(code, "ودعا الرئيس المصري الحكومة الإسرائيلية إلى وقف الاستيطان.", ("REQUEST", "EGYGOV", "ISRGOV"))


@pytest.mark.parametrize("text", [
    "واستقبل الرئيس المصري جثامين الجنود في المطار.",
    "واستقبل الرئيس المصري أمس جثمان وزير الدفاع السابق.",
    "ويستقبل أهالي الجنود الأتراك رفات أبنائهم غدا.",
])
def test_receiving_a_body_is_no_meeting(code: Callable[[str], Document], text: str) -> None:
    """استقبل الرئيس جثامين الجنود، جثمان الوزير: the dead received, no meeting with them."""
    _assert_no_event(code, text, "CONSULT")


def test_things_that_reach_and_a_hamza_that_is_no_dual(code: Callable[[str], Document]) -> None:
    """لتصل أصداؤها إلى تونس، أن تصل عمليات التحرير إلى صنعاء: things reach, no visit; لا نفتأ
    نطالب "we keep asking": no denial by two (نفتا)."""
    _assert_no_event(code, "وأدت حملات المنظمة في بريطانيا إلى تغيير فكر الناس لتصل أصداؤها إلى تونس وباكستان.", "CONSULT")
    _assert_no_event(code, "وتتصاعد مخاوف الحوثيين من أن تصل عمليات التحرير إلى صنعاء.", "CONSULT")
    _assert_no_event(code, "وقالت السعودية إن ذلك أمر لا نفتأ نطالب به الوافدين.", "REJECT")
    _assert_among(code, "ووصل وزير الخارجية التركي إلى بروكسل.", ("CONSULT", "TURGOV", "BEL"))


def test_an_armed_genitive_before_an_indefinite_lam_noun_attacks(code: Callable[[str], Document]) -> None:
    """استهداف «داعش» أخيرا لمساجد في الخليج: ISIS attacks (was the target)."""
    _assert_among(code, "وقبل التحقيق في قضية استهداف «داعش» أخيرا لمساجد في الخليج، تكشفت حقائق.", ("ASSAULT", "ISIS", None))


def test_a_definite_civilian_after_a_verb_of_harm_is_its_victim(code: Callable[[str], Document]) -> None:
    """وقتل الصحفي العراقي في تفجير: the journalist was killed (a definite civilian, no object
    after: the passive), while قصفت الطائرات الإسرائيلية في جنوب لبنان stays active; الأمواج
    العاتية ضربت الجزيرة: waves, no attack."""
    _assert_among(code, "وقتل الصحفي العراقي في تفجير.", ("ASSAULT", None, "IRQMED"))
    _assert_among(code, "وقصفت الطائرات الإسرائيلية في جنوب لبنان.", ("ASSAULT", "ISRMIL", None))
    _assert_no_event(code, "وقال مسؤولون إندونيسيون إن الأمواج العاتية ضربت الجزيرة أثناء سريان التحذير.", "ASSAULT")


def test_an_announced_expulsion_and_an_attack_on_an_inquiry(code: Callable[[str], Document]) -> None:
    """أعلن جهاز المخابرات الهولندية طرد اثنين من موظفي السفارة الإيرانية: the Dutch expel Iran's
    staff (not Iran expelling); أعلن الجيش الذي رد باستهداف موقع لحماس: the army still strikes;
    هجومه على التحقيق: words, no assault."""
    _assert_among(code, "أعلن جهاز المخابرات الهولندية طرد اثنين من موظفي السفارة الإيرانية.", ("COERCE", "NLDSPY", "IRNGOV"))
    _assert_among(code, "وانفجرت عبوة ناسفة قرب الحدود بحسب ما أعلن الجيش الإسرائيلي الذي رد باستهداف موقع لحركة حماس.",
                  ("ASSAULT", "IDF", "HAMAS"))
    _assert_no_event(code, "وصعد محامي الرئيس الأميركي دونالد ترامب هجومه على التحقيق الذي يجريه المحقق الخاص.", "ASSAULT")


def test_what_a_caller_said_in_the_call_is_the_callers(code: Callable[[str], Document]) -> None:
    """تلقى خادم الحرمين اتصالا هاتفيا من ملك البحرين أعرب فيه عن استنكاره: Bahrain's king condemns,
    not the one called; أصيبت سورية بالجنون: no attack."""
    evs = [_coded(e) for e in code("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالا هاتفيا أمس من الملك حمد بن "
                                   "عيسى آل خليفة ملك البحرين أعرب فيه عن استنكاره للاعتداء الآثم.").events]
    assert ("ACCUSE", "BHRGOV", None) in evs and not [e for e in evs if e[0] == "ACCUSE" and e[1] == "SAUGOV"], evs
    evs = [_coded(e) for e in code("كما تلقى خادم الحرمين الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الملك عبدالله الثاني "
                                   "بن الحسين ملك الأردن عبر فيه عن إدانته للاعتداء.").events]
    assert ("ACCUSE", "JORGOV", None) in evs, evs
    _assert_no_event(code, "وقال الكاتب إن ما حدث في عدن أصاب إيران بالجنون.", "ASSAULT")


def test_a_surname_the_tokenizer_splits_keeps_its_whole_word(code: Callable[[str], Document]) -> None:
    """براهم, read by the tokenizer as برا + هم: a later mention of the surname spans the whole
    word, as the full name did (a name takes no possessive pronoun)."""
    doc = code("وقال المحامي الفرنسي جوزيف براهم إن الشكوى قوية. وقد رفع براهم الدعوى أمام القضاء الفرنسي.")
    evs = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert evs and evs[0].source is not None and evs[0].source.text == "براهم", [
        (e.event_type, e.source and e.source.text) for e in doc.events]


def test_a_member_of_a_group_opening_a_complement_acts(code: Callable[[str], Document]) -> None:
    """أن عنصرا من بوكو حرام قتل عشرة من الصيادين: the member's group kills; the counted civilians
    after the verb are its object, not its subject."""
    _assert_among(code, "وأعلنت الشرطة أن عنصرا من بوكو حرام قتل عشرة من الصيادين أمس.", ("ASSAULT", "BOKO_HARAM", "CVL"))
    _assert_among(code, "وقالت الشرطة إن مسلحين قتلوا عشرة من الصيادين أمس.", ("ASSAULT", "UAF", "CVL"))


def test_an_organisation_resumed_by_its_noun_acts(code: Callable[[str], Document]) -> None:
    """وقالت الحركة إنها قتلت (after حركة طالبان): the Taliban kill; تقاتل القوات التنظيم المتطرف
    (after داعش): the Islamic State is fought."""
    _assert_among(code, "شنت حركة طالبان هجوما على قاعدة للجيش الأفغاني. وقالت الحركة إنها قتلت عشرة جنود.",
                  ("ASSAULT", "TALIBAN", "MIL"))
    _assert_among(code, "أعلن تنظيم داعش مسؤوليته عن التفجير. وتواصل قوات سوريا الديمقراطية القتال ضد التنظيم المتطرف.",
                  ("ASSAULT", "SDF", "ISIS"))


def test_a_support_verb_supports_its_first_verbal_noun(code: Callable[[str], Document]) -> None:
    """قامت بريطانيا بطرد … بعد اتهام الحكومة لروسيا بمحاولة اغتيال: the assassination attempt is
    not Britain's; nouns joined by و, in a name (تحالف دعم الشرعية) or in a manner phrase (بدعم من)
    do not stop a support verb, nor does a purpose لـ-noun lose its agent."""
    evs = [_coded(e) for e in code("وقامت بريطانيا بطرد 23 دبلوماسيا روسيا من لندن بعد اتهام الحكومة لروسيا "
                                   "بضلوعها في محاولة اغتيال جاسوس روسي.").events]
    assert ("COERCE", "GBR", "RUSGOV") in evs and not [e for e in evs if e[0] == "ASSAULT" and e[1] == "GBR"], evs
    _assert_among(code, "شنت طائرات تحالف دعم الشرعية عدة غارات على مواقع الحوثيين.", ("ASSAULT", "ARAB_COALITION", "HOUTHIS"))
    _assert_among(code, "وتخوض قوات سوريا الديمقراطية بدعم من التحالف الدولي معارك ضد داعش.", ("ASSAULT", "SDF", "ISIS"))
    _assert_among(code, "فرضت السعودية عقوبات جديدة ضد جماعة حزب الله.", ("SANCTION", "SAU", "HEZBOLLAH"))


def test_an_occupation_after_a_name_and_a_comma_describes_him(code: Callable[[str], Document]) -> None:
    """طالب جون داود، المحامي الشخصي للرئيس، بإنهاء التحقيق: the lawyer is Dowd, no one asked;
    a plural after the comma is the object."""
    evs = [_coded(e) for e in code("طالب جون داود، المحامي الشخصي للرئيس الأمريكي، بإنهاء التحقيق.").events]
    assert not [e for e in evs if e[2] == "CVL"], evs
    _assert_among(code, "واتهم جون داود، المحامين الأمريكيين بالكذب.", ("ACCUSE", None, "USACVL"))


def test_a_list_of_verbal_nouns_with_one_owner(code: Callable[[str], Document]) -> None:
    """بسبب دعمها للحوثيين ودعمها لحزب الله: the second دعمها is a noun too (no "and he supported
    her"), and its pronoun has the first one's owner, Iran, not the Houthis named in between."""
    evs = [_coded(e) for e in code("وقال كيري إن إيران ستبقى معزولة بسبب دعمها للحوثيين ودعمها لحزب الله.").events]
    assert ("SUPPORT", "IRN", "HOUTHIS") in evs and ("SUPPORT", "IRN", "HEZBOLLAH") in evs, evs
    # a verb with the same letters as an earlier noun of no event stays a verb (من جهتها … وجهتها)
    _assert_among(code, "من جهتها، رأت فرنسا أن الاتهامات التي وجهتها تل أبيب لإيران تعزز أهمية الاتفاق.",
                  ("ACCUSE", "ISRGOV", None))


def test_troubles_that_hit_a_group_are_no_attack(code: Callable[[str], Document]) -> None:
    """الانشقاقات تضرب معسكرات الحوثيين، الخلافات تضرب الحزب: no one strikes."""
    _assert_no_event(code, "الانشقاقات تضرب معسكرات الحوثيين.", "ASSAULT")
    _assert_no_event(code, "الخلافات تضرب حزب العدالة والتنمية.", "ASSAULT")
    _assert_among(code, "القوات الجوية تضرب معسكرات الحوثيين.", ("ASSAULT", "MIL", "HOUTHIS"))


def test_the_member_states_of_an_organisation_act_as_it(code: Callable[[str], Document]) -> None:
    """ويطالب الجانب الفلسطيني دول الاتحاد الأوروبي بالاعتراف: the EU is asked; وافقت عليه دول
    الاتحاد الأوروبي: the EU agrees (to a thing, no event)."""
    doc = code("ويطالب الرئيس الفلسطيني دول الاتحاد الأوروبي بالاعتراف بدولة فلسطين.")
    assert [m.text for m in doc.mentions if m.actor is not None and m.actor.code == "EU"] == ["دول الاتحاد الأوروبي"]
    _assert_no_event(code, "وأقره مجلس الأمن، كما وافقت عليه دول الاتحاد الأوروبي.", "AGREE")


def test_an_office_taken_and_a_clash_avoided_are_no_events(code: Callable[[str], Document]) -> None:
    """تسلم الأمانة العامة، تسلم الجيش السلطة: an office taken, nothing handed over; تفادي حدوث
    اشتباكات، منع وقوع هجمات: what is avoided does not happen."""
    _assert_no_event(code, "تسلم الأمانة العامة للحزب الشيوعي السوري.", "COOPERATE")
    _assert_no_event(code, "ساعد الخط الساخن في تفادي حدوث اشتباكات غير مقصودة بين إسرائيل وروسيا في سوريا.", "ASSAULT")
    _assert_no_event(code, "وتعمل الحكومة التركية على منع وقوع هجمات إرهابية ضد السياح.", "ASSAULT")
    _assert_among(code, "وسلمت تركيا المتهمين إلى السلطات الألمانية.", ("COOPERATE", "TUR", "DEUGOV"))


def test_the_one_fought_is_no_author_and_an_indictment_no_attack(code: Callable[[str], Document]) -> None:
    """دخول تركيا بمعركة مواجهة داعش: the Islamic State is fought, it does not fight; وجه ممثلو
    ادعاء لائحة اتهام … بالهجوم: the prosecutors charge, they did not attack."""
    evs = [_coded(e) for e in code("واعتبرت الجبهة أن دخول تركيا إلى جانب أميركا بمعركة مواجهة داعش هدفه خدمة أمنها.").events]
    assert not [e for e in evs if e[1] == "ISIS"], evs
    evs = [_coded(e) for e in code("ووجه ممثلو ادعاء في ميزوري لائحة اتهام إلى هاريس تشمل أربعة بنود بالهجوم على "
                                   "أفراد الشرطة.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "JUD"], evs


def test_an_alliance_names_its_partner(code: Callable[[str], Document]) -> None:
    """تحالف with no partner is a coalition named, no alliance made (وهيئة تحرير الشام تحالف
    لجماعات، أعلنت أحزاب تشكيل تحالف); تحالف مع داعش is one; مجرى النهر is no Hungary."""
    _assert_no_event(code, "وهيئة تحرير الشام تحالف لجماعات إسلامية تقودها جبهة النصرة.", "COOPERATE")
    _assert_no_event(code, "أعلنت أربعة أحزاب معارضة في تركيا عن تشكيل تحالف سياسي قبل الانتخابات.", "COOPERATE")
    _assert_among(code, "وقال المسماري إن تنظيم القاعدة تحالف مع داعش لمحاربة الجيش الليبي.", ("COOPERATE", "AQ", "ISIS"))
    doc = code("وأعلن السادات تحويل جزء من مياه النيل عن مجرى النهر.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "HUN"]


def test_what_is_refused_is_a_noun_and_a_range_no_target(code: Callable[[str], Document]) -> None:
    """ترفض الولايات المتحدة فرض حظر جوي، واشنطن ترفض «حظر طيران»: what is refused is an act,
    a verbal noun, no verb with the refuser as its subject; خمسة آلاف إلى عشرة آلاف شخص: "to" of
    a range, no one talked to."""
    _assert_no_event(code, "وترفض الولايات المتحدة فرض حظر جوي في سوريا.", "SANCTION")
    _assert_no_event(code, "واشنطن ترفض «حظر طيران» في سوريا.", "COERCE")
    evs = [_coded(e) for e in code("وقال وزير الداخلية: «إننا نتحدث عن نحو خمسة آلاف إلى عشرة آلاف شخص في "
                                   "كاليه».").events]
    assert not [e for e in evs if e[0] == "CONSULT"], evs


def test_the_coalition_resumed_and_america_the_continent(code: Callable[[str], Document]) -> None:
    """طيران التحالف after التحالف العربي is the Arab coalition's; أميركا الجنوبية is a continent."""
    _assert_among(code, "شنت مقاتلات التحالف العربي غارات على صنعاء. وأغار طيران التحالف مرتين على مواقع "
                        "للحوثيين في مأرب.", ("ASSAULT", "ARAB_COALITION", "HOUTHIS"))
    doc = code("ودعا الرئيس الفلسطيني دول أمريكا اللاتينية إلى عدم نقل سفاراتها إلى القدس.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "USA"]


def test_the_late_meet_no_one_and_un_sanctions_accuse_no_one(code: Callable[[str], Document]) -> None:
    """زيارتهم لمنزل الرئيس الراحل: the late president is visited by no one; اختطفت مشاركين أثناء
    زيارتهم: أثناء opens a phrase of time, no object; a state mentioning the UN's sanctions
    accuses no one."""
    evs = [_coded(e) for e in code("وقالت الوزارة إن ميليشيات الحوثي اختطفت أكثر من 30 مشاركا أثناء زيارتهم "
                                   "لمنزل الرئيس الراحل.").events]
    assert not [e for e in evs if e[2] == "GOV"], evs
    evs = [_coded(e) for e in code("وأشارت الخارجية السويدية إلى أن المباحثات ستشمل التطبيق الفعلي لقرارات مجلس "
                                   "الأمن الذي فرض عقوبات على بيونغ يانغ.").events]
    assert ("SANCTION", "UNSC", "PRKGOV") in evs and not [e for e in evs if e[0] == "ACCUSE"], evs
    _assert_among(code, "عن زيارة ولي العهد السعودي محمد بن سلمان إلى فرنسا في نيسان 2018.", ("CONSULT", "SAUGOV", "FRA"))


def test_storms_armed_attacks_and_protests_from_states(code: Callable[[str], Document]) -> None:
    """العواصف الرعدية التي ضربت بريطانيا: weather, no attack; هجوم مسلح: an armed attack, no
    gunman; احتجاجات من الولايات المتحدة والفلبين: states protest in words; الجندي استيبان
    سانتياغو: a soldier's name, not Chile's capital."""
    _assert_no_event(code, "عاشت طائرتان لحظات صعبة بسبب العواصف الرعدية القوية التي ضربت بريطانيا خلال الأيام الماضية.",
                     "ASSAULT")
    doc = code("قالت وسائل إعلام بلجيكية إن ثلاثة أشخاص لقوا مصرعهم في هجوم مسلح بمدينة لياج.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.sector == "UAF"]
    _assert_among(code, "أطلق الجيش الصيني قاذفات من إحدى الجزر، ما أثار احتجاجات من الولايات المتحدة والفلبين.",
                  ("ACCUSE", "USA", None))
    doc = code("ووافق الجندي استيبان سانتياغو في محكمة أميركية في ميامي على اتفاق مع الادعاء.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "CHL"]


def test_a_city_is_feminine_and_a_reported_act_a_noun(code: Callable[[str], Document]) -> None:
    """عندما يتوجه (he) after العاصمة نيروبي: no city as his subject; ودعا الرئيس الإيراني موسكو:
    the city is the object; أكد عون رفض لبنان: Lebanon's refusal, a noun after a verb of saying;
    قامت القوات بقمع مسيرة: the march is not the forces'."""
    evs = [_coded(e) for e in code("وفرضت السلطات اغلاقا تاما على قسم من العاصمة نيروبي عند وصول اوباما ومغادرته "
                                   "عندما يتوجه الى اثيوبيا.").events]
    assert not [e for e in evs if e[1] == "KENGOV"], evs
    _assert_among(code, "ودعا الرئيس الإيراني موسكو إلى التدخل.", ("REQUEST", "IRNGOV", "RUSGOV"))
    doc = code("وأكد عون رفض لبنان ادعاءات إسرائيل بملكية أجزاء من المنطقة الاقتصادية.")
    assert [e.rule.split()[0] for e in doc.events if e.event_type == "REJECT"] == ["reject.rafd"], doc.events
    _assert_no_event(code, "قامت قوات الاحتلال الإسرائيلي أمس بقمع مسيرة قرية بلعين السلمية.", "PROTEST")


def test_an_attack_on_a_tweet_is_in_words(code: Callable[[str], Document]) -> None:
    """بيان … يحمل هجوما مبطنا على تغريدة زوجها: an attack, past its adjective, on a tweet is in
    words; هجوما عنيفا على مواقع الحوثيين stays an assault."""
    _assert_among(code, "ويقول مراسل إن بيان سيدة الولايات المتحدة الأولى يحمل هجوما مبطنا على تغريدة زوجها.",
                  ("ACCUSE", "USA", None))
    _assert_among(code, "شنت القوات الأمريكية هجوما عنيفا على مواقع الحوثيين.", ("ASSAULT", "USAMIL", "HOUTHIS"))
    # past a definite adjective of a definite noun, on laws (هجومه العلني على قوانين الهجرة)
    _assert_no_event(code, "وتعرض الرئيس الأمريكي لانتقادات لهجومه العلني على قوانين الهجرة والمهاجرين.", "ASSAULT")
    _assert_among(code, "وشن الجيش الأمريكي هجومه الواسع على مواقع الحوثيين.", ("ASSAULT", "USAMIL", "HOUTHIS"))


def test_what_is_anticipated_has_not_happened(code: Callable[[str], Document]) -> None:
    """تحسبا لتنظيم تظاهرات، استعدادا لشن هجوم: in anticipation of, in preparation for: not yet."""
    _assert_no_event(code, "وتحسبا لتنظيم تظاهرات انتشرت الشرطة الإسرائيلية بكثافة في المدينة القديمة.", "PROTEST")
    _assert_no_event(code, "واستعدادا لشن هجوم على المدينة نشر الجيش السوري تعزيزات.", "ASSAULT")


def test_officials_reporting_protests_and_an_envoy_to_a_country(code: Callable[[str], Document]) -> None:
    """أعلنت وزارة الصحة ارتفاع ضحايا الاحتجاجات: the ministry reports protests it did not hold
    (a purpose احتجاجا is the subject's own: أعلن استقالته احتجاجا); مبعوث الأمم المتحدة إلى
    سوريا: where the envoy is sent, not whom he calls on; قتل سبعة متظاهرين يومي الثلاثاء
    والأربعاء: the protesters were killed, no riot."""
    _assert_no_event(code, "وأعلنت الحكومة العراقية اتخاذ إجراءات لاحتواء الاحتجاجات في جنوب البلاد.", "PROTEST")
    _assert_among(code, "وأعلن رئيس الوزراء اللبناني سعد الحريري استقالته احتجاجا على التدخلات الإيرانية.",
                  ("ACCUSE", "LBNGOV", "IRN"))
    evs = [_coded(e) for e in code("ودعا مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا مجلس الأمن الدولي إلى "
                                   "توجيه إنذار.").events]
    assert ("REQUEST", "UN", "UNSC") in evs and not [e for e in evs if e[2] == "SYR"], evs
    _assert_no_event(code, "وقتل سبعة متظاهرين يومي الثلاثاء والأربعاء قرب مقر محافظة البصرة.", "PROTEST")


def test_two_accusatives_joined_by_or_are_nouns(code: Callable[[str], Document]) -> None:
    """لا يعني تعنتا أو تخليا عن مصر: "intransigence or abandonment", no dual verb تخليا."""
    _assert_no_event(code, "وقالت الإمارات والكويت إن توقف المنح لا يعنى تعنتاً أو تخلياً عن مصر.", "CONCEDE")


def test_an_actor_inside_what_is_asked_for_is_not_asked(code: Callable[[str], Document]) -> None:
    """دعت إسرائيل إلى حرمان إيران من أي وجود: Iran is not asked; يطالبون برحيل الرئيس الأسد: the
    one asked to go is; دعت روسيا إلى اجتماع عاجل لمجلس الأمن: the body asked to meet is."""
    evs = [_coded(e) for e in code("دعت إسرائيل إلى حرمان إيران من أي وجود عسكري في سوريا.").events]
    assert ("REQUEST", "ISR", None) in evs and not [e for e in evs if e[2] == "IRN"], evs
    _assert_among(code, "ويطالب المتظاهرون برحيل الرئيس السوري بشار الأسد.", ("REQUEST", "CVL", "SYRGOV"))
    _assert_among(code, "أعلنت روسيا أنها دعت إلى اجتماع عاجل لمجلس الأمن الدولي.", ("REQUEST", "RUS", "UNSC"))


def test_a_support_verb_past_a_manner_phrase_with_an_adjective(code: Callable[[str], Document]) -> None:
    """شنت القوات اليمنية بدعم جوي من التحالف هجمات: the attacks are the Yemeni forces' (بدعم جوي
    من is a manner phrase, past its adjective)."""
    _assert_among(code, "شنت القوات اليمنية بدعم جوي من التحالف هجمات على الحوثيين.", ("ASSAULT", "YEMMIL", "HOUTHIS"))


def test_what_one_warns_against_is_not_done(code: Callable[[str], Document]) -> None:
    """حذرت روسيا من شن هجوم على إدلب، حذرت إسرائيل الفلسطينيين من المشاركة في المسيرة: neither
    the attack nor Israel's march took place; قوات الدفاع الإسرائيلي is the IDF."""
    _assert_no_event(code, "وحذرت روسيا البلدان الغربية من شن عمليات عسكرية في سوريا.", "ASSAULT")
    _assert_no_event(code, "وحذرت إسرائيل الفلسطينيين من المشاركة في المسيرة.", "PROTEST")
    _assert_among(code, "وقال البيان إنه ردا على ذلك استهدفت قوات الدفاع الإسرائيلي مواقع لحركة حماس.",
                  ("ASSAULT", "IDF", "HAMAS"))


@pytest.mark.parametrize("text", [
    "أفشل الجيش العراقي هجوما لتنظيم داعش على قرية في الأنبار.",
    "أحبطت القوات الأمنية هجوما إرهابيا لتنظيم داعش على مركز للشرطة.",
])
def test_a_foiled_attack_is_its_authors(code: Callable[[str], Document], text: str) -> None:
    """أفشل "foiled" is no failure verb (not "I fail", which would make the foiler the attacker),
    and لـ names the author past the attack's own accusative adjective (هجوما إرهابيا لتنظيم)."""
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert evs and all(e.source is not None and e.source.group == "ISIS" for e in evs)


def test_a_failure_verb_still_negates(code: Callable[[str], Document]) -> None:
    evs = [e for e in code("فشلت القوات العراقية في اقتحام مواقع تنظيم داعش.").events if e.event_type == "ASSAULT"]
    assert all(e.negated for e in evs)


@pytest.mark.parametrize("text", [
    "وطالب الوزير بوصول المساعدات الطبية للسكان في الغوطة.",
    "دعت الحكومة إلى ضمان وصول الغذاء للنازحين السوريين.",
    "خرج آلاف المتظاهرين للمطالبة بالسماح للاجئين السوريين بالعودة إلى بلدهم.",
])
def test_those_a_request_is_for_are_not_asked(code: Callable[[str], Document], text: str) -> None:
    """An actor past what is asked for (بإيصال المساعدات للمدنيين، بالسماح للاجئين) benefits from
    it and is not the one asked, whether found as an object or after a preposition."""
    evs = [e for e in code(text).events if e.event_type == "REQUEST"]
    assert all(e.target is None for e in evs)


@pytest.mark.parametrize(("text", "tgt"), [
    ("طالب الرئيس الفرنسي روسيا بالانسحاب من سوريا.", "RUS"),
    ("دعا مبعوث الأمم المتحدة إلى اليمن الحكومة اليمنية إلى وقف القتال.", "YEM"),
])
def test_the_one_asked_before_what_is_asked(code: Callable[[str], Document], text: str, tgt: str) -> None:
    evs = [e for e in code(text).events if e.event_type == "REQUEST"]
    assert evs and evs[0].target is not None and evs[0].target.country == tgt


@pytest.mark.parametrize(("text", "etype"), [
    ("دعت الأمم المتحدة إلى الحوار وفرض عقوبات على النظام.", "SANCTION"),
    ("خرج الآلاف للمطالبة بإنهاء الاحتلال ورفع الحصار الإسرائيلي عن القطاع.", "CONCEDE"),
])
def test_a_list_of_what_is_asked_is_no_verb(code: Callable[[str], Document], text: str, etype: str) -> None:
    """A word after و that continues what a request asks for (إلى الحوار وفرض، بإنهاء الاحتلال ورفع)
    is a verbal noun asked for, not a past verb that did it."""
    assert not [e for e in code(text).events if e.event_type == etype and not e.modality]


def test_a_ceasefire_written_with_iqaf_is_no_shooting(code: Callable[[str], Document]) -> None:
    """إيقاف إطلاق النار is a ceasefire as وقف إطلاق النار is: no firing."""
    doc = code("تعهدت روسيا بفرض اتفاق إيقاف إطلاق النار في الجنوب السوري.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"]


def test_no_genitive_right_after_the_nouns_adjective(code: Callable[[str], Document]) -> None:
    """An actor right after a noun and its adjective is no genitive (an idafa is not broken by an
    adjective): أجبرت انتفاضة شعبية الرئيس: the president was forced, he did not rise up."""
    doc = code("أجبرت انتفاضة شعبية الرئيس اليمني علي عبد الله صالح على التنحي عن الحكم.")
    assert not [e for e in doc.events if e.event_type == "PROTEST" and e.source is not None
                and e.source.sector == "GOV"]


@pytest.mark.parametrize("text", [
    "تمكنت القوات الحكومية من قطع الطريق بين المدينتين بعد معارك عنيفة.",
    "قطع الجيش السوري الطرق المؤدية إلى البلدة.",
])
def test_forces_cutting_a_road_do_not_protest(code: Callable[[str], Document], text: str) -> None:
    assert not [e for e in code(text).events if e.event_type == "PROTEST"]


def test_an_economys_shocks_attack_no_one(code: Callable[[str], Document]) -> None:
    doc = code("تسبب تراجع العملة في اهتزازات تصيب قلب الاقتصاد الإيراني.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"]


def test_a_count_after_a_resuming_pronoun_is_the_subject(code: Callable[[str], Document]) -> None:
    """شارك فيها الآلاف: the thousands take part, no subject of an earlier clause is carried into
    the verb (not the army that fired on the march)."""
    doc = code("وأطلق الجيش الإسرائيلي النار على مسيرة شارك فيها الآلاف للمطالبة بالإفراج عن الأسرى.")
    assert not [e for e in doc.events if e.event_type == "REQUEST" and e.source is not None
                and e.source.sector == "MIL"]



def test_a_chain_of_coordinated_verbs_keeps_its_subject(code: Callable[[str], Document]) -> None:
    """استولى التنظيم على قرى، وقتل بعض الأجانب: the civilians after the chained verb are its object,
    not victims of an unnamed attacker nor the subject of the next verb."""
    doc = code("استولى تنظيم داعش على عدد من القرى، وقتل بعض الأجانب، وشن هجمات على السفارات في العاصمة.")
    kills = [e for e in doc.events if e.trigger.text == "وقتل"]
    assert kills and kills[0].source is not None and kills[0].source.group == "ISIS"
    assert kills[0].target is not None and kills[0].target.sector == "CVL"
    assert not [e for e in doc.events if e.source is not None and e.source.sector == "CVL"]


@pytest.mark.parametrize("text", [
    "احتجت مصر رسميا على تصريحات المسؤول التركي.",
    "وقدمت الصين احتجاجا رسميا إلى اليابان على زيارة المعبد.",
])
def test_a_state_protests_in_words(code: Callable[[str], Document], text: str) -> None:
    """A state named as the one protesting (no demonstration, strike or march) protests in words:
    ACCUSE, not a street protest."""
    evs = code(text).events
    assert [e for e in evs if e.event_type == "ACCUSE"] and not [e for e in evs if e.event_type == "PROTEST"]


def test_nationals_protesting_still_protest(code: Callable[[str], Document]) -> None:
    assert [e for e in code("احتج آلاف الإيرانيين على ارتفاع الأسعار في طهران.").events if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "لم أهاجم الملك سلمان ولا أقول عنه إلا كل خير.",
    "وجدد النائب هجومه، صباح الاثنين، على جماعة الإخوان المسلمين.",
])
def test_an_attack_in_words_on_a_leader_or_a_party(code: Callable[[str], Document], text: str) -> None:
    """"I" attacking a king, or a pronoun's owner renewing his attack on a party, attack in words
    (ACCUSE); a weekday (صباح الاثنين) is no casualty count that would make it physical."""
    evs = code(text).events
    assert [e for e in evs if e.event_type == "ACCUSE"] and not [e for e in evs if e.event_type == "ASSAULT"]


def test_an_armed_attack_on_a_leader_stays_one(code: Callable[[str], Document]) -> None:
    evs = code("نفذ التنظيم هجومه على الرئيس الأفغاني بسيارة مفخخة.").events
    assert [e for e in evs if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "ولم يتأخر الرد الإسرائيلي برفض تلك المقترحات.",
    "ولم يتأخر الرد الإيراني برفض العقوبات.",
])
def test_not_hesitating_is_doing(code: Callable[[str], Document], text: str) -> None:
    """لم يتأخر … برفض، لم يتردد في رفض: "did not hesitate to reject", the rejection took place."""
    evs = [e for e in code(text).events if e.event_type == "REJECT"]
    assert evs and not any(e.negated for e in evs)


@pytest.mark.parametrize(("text", "etype", "negated"), [
    ("وقالت الوزارة إن الاعتداءات التركية لا تهدد حياة المواطنين فحسب، بل تطيل أمد الحرب.", "THREATEN", False),
    ("وقال إن الحكومة لم تدعم المتمردين فقط وإنما سلحتهم.", "SUPPORT", False),
    ("لم تهاجم القوات المدنيين، بل قصفت مواقع المسلحين فقط.", "ASSAULT", True),
    ("لم تهاجم إسرائيل المدينة فقط.", "ASSAULT", True),
])
def test_not_only_but_affirms(code: Callable[[str], Document], text: str, etype: str, negated: bool) -> None:
    """لا … فحسب، بل: "not only … but also", the act took place; "only" after بل, or with no بل,
    leaves the negation."""
    evs = [e for e in code(text).events if e.event_type == etype]
    assert evs and evs[0].negated is negated, [(e.trigger.text, e.negated) for e in evs]


@pytest.mark.parametrize("text", [
    "وأعلن التلفزيون الرسمي العراقي اعتقال القيادي في تنظيم داعش.",
    "وقالت وكالة رويترز إنها قصفت مواقع المسلحين.",
])
def test_the_media_report_deeds_they_do_not_do_them(code: Callable[[str], Document], text: str) -> None:
    """أعلن التلفزيون العراقي القبض على: a news outlet announces an arrest or an attack, it does
    not arrest or attack."""
    evs = [e for e in code(text).events if e.event_type in ("COERCE", "ASSAULT")]
    assert not [e for e in evs if e.source is not None and e.source.sector == "MED"], evs


def test_a_newspaper_still_attacks_in_words(code: Callable[[str], Document]) -> None:
    evs = code("وهاجمت صحيفة كيهان الإيرانية الرئيس الأمريكي.").events
    assert not [e for e in evs if e.event_type == "ASSAULT" and e.source is not None], evs


def test_the_owner_of_a_governed_actor_is_no_object(code: Callable[[str], Document]) -> None:
    """قاتل في صفوف القوات البحرية للولايات المتحدة: the لـ-actor right after an actor in a
    prepositional phrase owns it (he fought in the US Navy's ranks), it is not fought."""
    evs = code("وقاتل جده في صفوف القوات البحرية للولايات المتحدة خلال الحرب العالمية الثانية.").events
    assert not [e for e in evs if e.target is not None and e.target.country == "USA"], evs
    evs = code("وقصفت الطائرات الروسية في سوريا مواقع لتنظيم داعش.").events
    assert [e for e in evs if e.target is not None and e.target.group == "ISIS"], evs



@pytest.mark.parametrize("text", [
    "لا يمكن أن نتصور أن يحمل سلاحا ويقاتل في صفوف تنظيم إرهابي موال للقاعدة أو تنظيم الدولة.",
    "وقاتل الشاب في صفوف جماعة مسلحة تابعة لتنظيم القاعدة.",
    "وقاتل الشاب في صفوف تنظيم إرهابي مرتبط بالقاعدة أو تنظيم الدولة.",
    "ويتزعم الرجل ميليشيات الدفاع الوطني التي تقاتل إلى جانب النظام السوري والميليشيات الإيرانية في حماة.",
])
def test_the_side_one_fights_with_is_not_fought(code: Callable[[str], Document], text: str) -> None:
    """في صفوف تنظيم إرهابي موال للقاعدة: the side in whose ranks one fights, past words that
    describe it, and the actors joined to it by و or أو (also after إلى جانب), are no targets."""
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert not [e for e in evs if e.target is not None], evs


@pytest.mark.parametrize("text", [
    "ووجهت النيابة العامة تهمة التجسس إلى الصحفي الأمريكي.",
    "وكان الادعاء التركي قد وجه إلى القس الأمريكي تهما تتعلق بالتجسس ومساعدة منظمات إرهابية.",
])
def test_charging_is_accusing_and_the_charge_is_not_the_prosecutors(code: Callable[[str], Document], text: str) -> None:
    """وجه تهمة/تهما إلى: prosecutors charge someone (ACCUSE, CAMEO 112); the crime charged is not
    their act."""
    evs = code(text).events
    assert [e for e in evs if e.event_type == "ACCUSE" and e.cameo == "112" and e.target is not None], evs
    assert not [e for e in evs if e.event_type == "AID"], evs


def test_a_charge_in_the_passive_names_no_source_and_no_crime_as_target(code: Callable[[str], Document]) -> None:
    """وُجهت إليه تهمة الانتماء إلى تنظيم داعش: a passive (the pronoun charged, no one named who
    charges); the organisation he is said to belong to is not accused."""
    evs = code("وقال المدعي العام إن شابا اعتقل، ووجهت إليه تهمة الانتماء إلى تنظيم داعش.").events
    assert not [e for e in evs if e.event_type == "ACCUSE" and e.target is not None and e.target.group == "ISIS"], evs
    assert not [e for e in evs if e.event_type == "ACCUSE" and e.source is not None], evs


@pytest.mark.parametrize("text", [
    "وتعين على قاضي التحقيق الجنائي في بوليفيا تحديد مصير المسؤول الرياضي البوليفي.",
    "وأجرى الرئيس الجزائري تعديلا في الحكومة شمل تعين وزيرين جديدين للتجارة والشباب.",
])
def test_incumbent_on_and_appointing_ministers_are_no_aid(code: Callable[[str], Document], text: str) -> None:
    """تعيّن على "it was incumbent on"; تعين وزيرين "appointing two ministers": no help."""
    _assert_no_event(code, text, "AID")


def test_helping_a_government_is_still_aid(code: Callable[[str], Document]) -> None:
    evs = code("وقالت روسيا إنها تعين الحكومة السورية في مكافحة الإرهاب.").events
    assert [e for e in evs if e.event_type == "AID"], evs


@pytest.mark.parametrize("text", [
    "وكان المالكي من أسوأ السياسيين الذين وصلوا إلى السلطة في العراق.",
    "ووصل حزب العدالة والتنمية التركي إلى الحكم عام 2002.",
    "ووصل المنتخب السعودي إلى نهائي كأس آسيا في قطر.",
    "ورفع دبلوماسي مصري دعوى ضد القانون، ووصلت إلى المحكمة الدستورية العليا.",
])
def test_reaching_power_or_a_final_is_no_visit(code: Callable[[str], Document], text: str) -> None:
    """وصلوا إلى السلطة، وصل إلى النهائي: power, an office or a final is reached, no one visited."""
    _assert_no_event(code, text, "CONSULT")


@pytest.mark.parametrize(("text", "etype", "negated"), [
    ("وأكد مصدر مسؤول في الخارجية السعودية أن الأنباء عن طرد السفير التركي من المملكة لا أساس لها من الصحة.",
     "SANCTION", True),
    ("وقال السفير إن الادعاءات بأن خاشقجي قد قتل أو احتجز من قبل السلطات السعودية عارية تماما عن الصحة.",
     "COERCE", True),
    ("وطردت السعودية السفير التركي، وقالت إن الاتهامات التركية لا أساس لها.", "SANCTION", False),
])
def test_a_report_called_groundless_is_denied(code: Callable[[str], Document], text: str, etype: str,
                                              negated: bool) -> None:
    """الأنباء عن طرد السفير … لا أساس لها من الصحة: the content of a report or a claim that the
    sentence calls groundless is denied; an act outside the report stays asserted."""
    evs = [e for e in code(text).events if e.event_type == etype]
    assert evs and all(e.negated is negated for e in evs), [(e.trigger.text, e.negated) for e in evs]


def test_a_mall_funds_no_one(code: Callable[[str], Document]) -> None:
    """مركز عسير مول التجاري: مول is a mall, no funding (مول الاتحاد الأوروبي مشاريع stays)."""
    _assert_no_event(code, "ويقام المعرض بالتعاون مع المستشفى السعودي الألماني الذي نظمته الجمعية السعودية لطب "
                           "الأسرة في مركز عسير مول التجاري.", "AID")
    _assert_no_event(code, "العروض الصينية بالعثيم مول بريدة", "AID")
    doc = code("ومول الاتحاد الأوروبي مشاريع في الأردن.")
    assert [e for e in doc.events if e.event_type == "AID"], doc.events


def test_a_chain_of_verbs_keeps_its_subject_past_an_object(code: Callable[[str], Document]) -> None:
    """اقتحم 3 مسلحين …، وقتلوا أحد الموظفين، وأصابوا شرطيا: the gunmen wound the policeman; the
    object of the verb before (the employees) is no subject of the next."""
    evs = code("اقتحم 3 مسلحين مبنى المحافظة في مدينة أربيل، عاصمة إقليم كردستان العراق، وقتلوا أحد الموظفين، "
               "وأصابوا شرطيا.").events
    hurt = [e for e in evs if e.trigger.text == "وأصابوا"]
    assert hurt and all(e.source is not None and e.source.sector == "UAF" for e in hurt), evs


def test_no_verb_after_at_and_led_it_is_a_verb(code: Callable[[str], Document]) -> None:
    """نزولا عند طلب من طالبان: after عند (وفق، حسب، إزاء، تجاه) a word is a noun, no "he asked"
    with the Taliban asked; غزو قادته الولايات المتحدة: قادته is "led it", the United States invade,
    no leaders."""
    evs = code("وأرجأت باكستان المحادثات نزولا عند طلب من حركة طالبان الأفغانية.").events
    assert not [e for e in evs if e.event_type == "REQUEST" and e.target is not None], evs
    evs = code("وأطيح بطالبان من السلطة في 2001 بعد غزو قادته الولايات المتحدة.").events
    assert [e for e in evs if e.event_type == "ASSAULT" and e.source is not None and e.source.country == "USA"], evs


@pytest.mark.parametrize("text", [
    "فرضت وزارة الخزانة الأميركية عقوبات جديدة مرتبطة بإيران تستهدف كيانات على علاقة بشركات طيران إيرانية.",
    "فرضت واشنطن عقوبات تستهدف الحرس الثوري الإيراني.",
])
def test_sanctions_aim_they_do_not_attack(code: Callable[[str], Document], text: str) -> None:
    """عقوبات (جديدة مرتبطة بإيران) تستهدف: the verb describes the sanctions, past their adjectives
    and a participle's بـ-actor; they aim at, no one attacks."""
    evs = code(text).events
    assert [e for e in evs if e.event_type == "SANCTION"] and not [e for e in evs if e.event_type == "ASSAULT"], evs


def test_attacks_aim_and_attack(code: Callable[[str], Document]) -> None:
    evs = code("شنت الطائرات الروسية غارات جديدة تستهدف مواقع داعش.").events
    assert [e for e in evs if e.event_type == "ASSAULT" and e.target is not None], evs


@pytest.mark.parametrize(("text", "author"), [
    ("الكويت تبدأ محاكمة 5 سعوديين متهمين بتفجير مسجد الصادق.", "SAU"),
    ("وبدأت المحكمة محاكمة الشاب الفلسطيني المتهم بقتل جنديين إسرائيليين.", "PSE"),
])
def test_those_charged_are_the_authors_of_the_charge(code: Callable[[str], Document], text: str, author: str) -> None:
    """5 سعوديين متهمين بتفجير، الشاب المتهم بقتل: the act charged is theirs, not the court's or the
    state's that tries them."""
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert evs and all(e.source is not None and e.source.country == author for e in evs), evs


def test_the_prosecution_is_an_institution_no_title_of_a_name(code: Callable[[str], Document]) -> None:
    """اتهمت النيابة التركية برونسون: the prosecution (an institution, like the government) takes
    no name in apposition (the NER tags برونسون a person); the name after it is the accused. The
    prosecutor (المدعي العام) stays a person's office."""
    doc = code("واتهمت النيابة التركية برونسون بالانخراط في أنشطة نيابة عن جماعة غولن.")
    assert [m for m in doc.mentions if m.text == "النيابة التركية" and m.actor is not None], doc.mentions
    accusing = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert accusing and accusing[0].source is not None and accusing[0].source.text == "النيابة التركية", accusing
    doc = code("وقال المدعي العام التركي إن التحقيق مستمر.")
    assert [m for m in doc.mentions if m.actor is not None and m.actor.code == "TURJUD"], doc.mentions


@pytest.mark.parametrize(("text", "holder"), [
    ("انتقدت رئيسة وزراء إسكتلندا نيكولا ستورجن الحكومة البريطانية.", "نيكولا ستورجن"),
    ("انتقد رئيس بلدية إسطنبول أكرم إمام أوغلو الحكومة التركية.", "أكرم إمام أوغلو"),
])
def test_a_title_of_a_place_takes_the_name_after_the_place(code: Callable[[str], Document], text: str,
                                                          holder: str) -> None:
    """رئيسة وزراء إسكتلندا نيكولا ستورجن: a title whose genitive is a place the lexicon does not
    know as a country (after one noun of a municipality or a part of a country) is the name's; the
    name is no object of the verb."""
    evs = code(text).events
    assert evs and all(e.source is not None and holder in e.source.text for e in evs), evs
    assert not [e for e in evs if e.target is not None and holder in e.target.text], evs


def test_the_road_blocked_before_a_change_is_forestalling(code: Callable[[str], Document]) -> None:
    """لقطع الطريق أمام تحول إيران: the idiom "forestall", no road blocked; before cars it is one."""
    _assert_no_event(code, "ويقول مؤيدو الاتفاق إنه ضروري لقطع الطريق أمام تحول إيران إلى دولة نووية.", "PROTEST")
    _assert_no_event(code, "وقال الوزير إن القرار يقطع الطريق على المتطرفين.", "PROTEST")
    evs = code("وقطع المحتجون الطريق أمام السيارات في وسط العاصمة.").events
    assert [e for e in evs if e.event_type == "PROTEST"], evs


def test_or_after_without_is_without_too(code: Callable[[str], Document]) -> None:
    """دون شروط مسبقة أو طلب شيء من واشنطن: the verbal noun joined by أو to what دون governs is
    "without" too; joined by و it may open a clause of its own (وطلب), and stays asserted."""
    evs = [e for e in code("وافقت كوريا على تدمير الموقع دون شروط مسبقة أو طلب شيء من واشنطن.").events
           if e.event_type == "REQUEST"]
    assert evs and all(e.negated for e in evs), evs
    evs = [e for e in code("وافقت كوريا على تدمير الموقع دون شروط مسبقة وطلب شيء من واشنطن.").events
           if e.event_type == "REQUEST"]
    assert evs and not any(e.negated for e in evs), evs


def test_not_scheduled_is_negated(code: Callable[[str], Document]) -> None:
    """ومن غير المقرر أن يزور: "it is not planned that he visit", the visit is denied; من المقرر أن
    stays a visit to come."""
    evs = [e for e in code("ومن غير المقرر أن يزور أوباما قبر والده في قرية كوجيلو.").events if e.event_type == "CONSULT"]
    assert evs and all(e.negated for e in evs), evs
    evs = [e for e in code("ومن المقرر أن يزور أوباما كينيا.").events if e.event_type == "CONSULT"]
    assert evs and not any(e.negated for e in evs), evs


@pytest.mark.parametrize(("text", "etype", "doer", "done_to"), [
    ("وأدت أعمال عنف إلى اتهام قادة كينيين من قبل المحكمة الجنائية الدولية.", "ACCUSE", "ICC", "KEN"),
    ("وأدان الوزير الهجوم على الجيش السوري من قبل المسلحين.", "ASSAULT", None, "SYR"),
])
def test_by_names_the_doer_of_a_verbal_noun(code: Callable[[str], Document], text: str, etype: str,
                                            doer: str | None, done_to: str) -> None:
    """اتهام قادة كينيين من قبل المحكمة: the actor after من قبل did it, the genitive had it done to
    them."""
    evs = [e for e in code(text).events if e.event_type == etype]
    assert evs and evs[0].target is not None and evs[0].target.country == done_to, evs
    assert evs[0].source is not None and (doer is None or evs[0].source.code == doer), evs


@pytest.mark.parametrize("text", [
    "بينما تستهدف طائرات أميركية بدون طيار المقاتلين في حركة الشباب.",
    "بينما تستهدف طائرات أميركية من دون طيار باستمرار المقاتلين في حركة الشباب.",
])
def test_unmanned_aircraft_and_adverbs_stand_before_the_object(code: Callable[[str], Document], text: str) -> None:
    """تستهدف طائرات أميركية بدون طيار (باستمرار) المقاتلين: "unmanned" describes the aircraft and
    "continuously" is an adverb; the fighters after them are the object, the aircraft attack."""
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert evs and evs[0].source is not None and evs[0].source.country == "USA", evs
    assert evs[0].target is not None and evs[0].target.group == "SHABAAB", evs


@pytest.mark.parametrize(("text", "giver", "given"), [
    ("ونالت بريطانيا دعما من الاتحاد الأوروبي.", "EU", "GBR"),
    ("وتلقى الرئيس الأمريكي دعما من الحكومة البريطانية.", "GBRGOV", "USAGOV"),
    ("وحظيت الحكومة اليمنية بدعم من السعودية.", "SAU", "YEMGOV"),
])
def test_support_obtained_comes_from_the_one_after_from(code: Callable[[str], Document], text: str, giver: str,
                                                       given: str) -> None:
    """نالت، حظيت، تلقى + دعما/بدعم من: verbs of undergoing; the subject is supported, the actor
    after من supports (دعما after the subject is the verbal noun, no dual verb)."""
    evs = [e for e in code(text).events if e.event_type == "SUPPORT"]
    assert evs and evs[0].source is not None and evs[0].source.code == giver, evs
    assert evs[0].target is not None and evs[0].target.code == given, evs


def test_admitting_a_fact_recognises_no_one(code: Callable[[str], Document]) -> None:
    """اعترف أوباما بحقيقة وجود قوات: he admits a fact; اعترفت السويد بدولة فلسطين recognises."""
    _assert_no_event(code, "اعترف الرئيس الأمريكي باراك أوباما بحقيقة وجود قوات خاصة على الأرض.", "SUPPORT")
    _assert_no_event(code, "واعترف الجيش بوجود قوات أمريكية في المنطقة.", "SUPPORT")
    evs = [e for e in code("واعترفت السويد بدولة فلسطين.").events if e.event_type == "SUPPORT"]
    assert evs and evs[0].target is not None and evs[0].target.country == "PSE", evs


def test_a_verb_joined_to_a_relative_clause_has_its_antecedent_for_subject(code: Callable[[str], Document]) -> None:
    """حزب الله الذي يمتلك ترسانة … ويقاتل إسرائيل: the relative clause names no subject, so the
    verb joined to it has the antecedent's (Hezbollah fights); not when it disagrees with the
    relative pronoun (الذي … وتخوض: another subject)."""
    evs = [e for e in code("وتصنف واشنطن حزب الله الذي يمتلك ترسانة كبيرة من السلاح ويقاتل إسرائيل، "
                           "على قائمة المنظمات الإرهابية.").events if e.event_type == "ASSAULT"]
    assert evs and evs[0].source is not None and evs[0].source.group == "HEZBOLLAH", evs
    evs = [e for e in code("وطردته بدعم من التحالف الدولي الذي ينشر مستشارين إلى جانبها، "
                           "وتخوض حاليا آخر معاركها ضد المتطرفين.").events if e.event_type == "ASSAULT"]
    assert not [e for e in evs if e.source is not None and e.source.code == "ANTI_ISIS_COALITION"], evs


def test_the_sayer_in_a_verbal_noun_is_the_pronoun_after_that(code: Callable[[str], Document]) -> None:
    """إعلان الولايات المتحدة أنها سلمت مصر: the pronoun on أن is the United States, who deliver;
    Egypt, after the verb, receives."""
    evs = [e for e in code("يأتي الحوار إثر إعلان الولايات المتحدة أنها سلمت مصر ثماني مقاتلات.").events
           if e.event_type == "COOPERATE"]
    assert evs and evs[0].source is not None and evs[0].source.code == "USA", evs
    assert evs[0].target is not None and evs[0].target.code == "EGY", evs


def test_an_unmanned_aircraft_is_no_negation(code: Callable[[str], Document]) -> None:
    """طائرة أميركية من دون طيار شنت غارة: دون before طيار is "unmanned", the strike is asserted,
    and the aircraft before it is the subject; دون قتال still negates."""
    evs = [e for e in code("وذكرت المصادر أن طائرة أميركية من دون طيار شنت غارة على تجمع لعناصر تنظيم القاعدة.").events
           if e.event_type == "ASSAULT"]
    assert evs and not evs[0].negated and evs[0].source is not None and evs[0].source.country == "USA", evs


def test_a_lightning_attack_and_a_food_parcel(code: Callable[[str], Document]) -> None:
    """هجوم خاطف: a lightning attack, no kidnapper; طردا غذائيا: a food parcel, no expulsion."""
    doc = code("طهرت القوات المشتركة مواقع الميليشيات بعد هجوم خاطف ومباغت ضد الميليشيات.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.sector == "CRM"], doc.mentions
    _assert_no_event(code, "ويشمل الجسر تسيير 3 رحلات جوية تنقل 10 آلاف طردا غذائيا للشعب اليمني.", "COERCE")
    doc = code("وأطلق الخاطف سراح الرهائن.")
    assert [m for m in doc.mentions if m.actor is not None and m.actor.sector == "CRM"], doc.mentions


def test_leaders_of_militias_are_militia(code: Callable[[str], Document]) -> None:
    """قادة الميليشيات الليبية: leaders of a non-state body are of it (UAF), not Libya's leader."""
    doc = code("وقتل أحد قادة الميليشيات الليبية.")
    leaders = [m for m in doc.mentions if m.text == "قادة الميليشيات الليبية"]
    assert leaders and leaders[0].actor is not None and leaders[0].actor.code == "LBYUAF", doc.mentions


def test_a_surname_that_is_a_sector_noun_is_the_person(code: Callable[[str], Document]) -> None:
    """المعلم after وليد المعلم is Walid Muallem, no teachers (nor Iranian ones, in Tehran)."""
    doc = code("نقل التلفزيون السوري عن وزير الخارجية وليد المعلم قوله إن سوريا تدعم الجهود. "
               "وتتبع لقاءات المعلم في طهران لقاءات في موسكو.")
    later = [m for m in doc.mentions if m.text == "المعلم"]
    assert later and later[0].actor is not None and later[0].actor.code == "SYRGOV", doc.mentions


def test_a_companys_general_meeting_is_no_un_body(code: Callable[[str], Document]) -> None:
    """الجمعية العامة غير العادية لشركة الإنماء: a company's meeting; الجمعية العامة alone is the UN's."""
    doc = code("وافقت الجمعية العامة غير العادية لشركة الإنماء في اجتماعها أمس على زيادة رأس مال الشركة.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.group == "UNGA"], doc.mentions
    doc = code("وأدانت الجمعية العامة الهجوم الإسرائيلي.")
    assert [m for m in doc.mentions if m.actor is not None and m.actor.group == "UNGA"], doc.mentions


def test_support_for_confronting_a_group_is_none_for_the_group(code: Callable[[str], Document]) -> None:
    """تدعم أي جهود للتصدي لتنظيم داعش: the group is confronted, not supported."""
    evs = [e for e in code("وقال إن سوريا تدعم أي جهود للتصدي لتنظيم داعش.").events if e.event_type == "SUPPORT"]
    assert not [e for e in evs if e.target is not None and e.target.group == "ISIS"], evs


def test_those_who_fight_against_fight(code: Callable[[str], Document]) -> None:
    """للحوثيين الذين يقاتلون منذ 2015 ضد القوات الحكومية: with ضد after it the verb is active,
    the antecedent fights (no passive "who are fought")."""
    evs = [e for e in code("ويمثل مقتل الصماد ضربة كبيرة للحوثيين الذين يقاتلون منذ 2015 ضد القوات الحكومية.").events
           if e.trigger.text == "يقاتلون"]
    assert evs and evs[0].source is not None and evs[0].source.group == "HOUTHIS", evs


def test_a_capital_a_direction_from_is_a_place(code: Callable[[str], Document]) -> None:
    """إلى الشمال من صنعاء: a place north of the city, whose government is not struck."""
    evs = code("وكان الحفل في منطقة بني قيس إلى الشمال من صنعاء والتي تعرضت لضربات جوية.").events
    assert not [e for e in evs if e.target is not None and e.target.code == "YEMGOV"], evs


def test_by_names_the_doer_of_a_passive_verb(code: Callable[[str], Document]) -> None:
    """فرضت العقوبات على إيران من قبل الأمم المتحدة: the sanctions were imposed by the UN."""
    evs = [e for e in code("فرضت العقوبات على إيران من قبل الأمم المتحدة.").events if e.event_type == "SANCTION"]
    assert evs and evs[0].source is not None and evs[0].source.group == "UN", evs


def test_a_death_sentence_is_no_execution(code: Callable[[str], Document]) -> None:
    """حكم بإعدام ألمانية: a sentence; نفذ العراق 111 حكما بالإعدام: carried out, executions."""
    _assert_no_event(code, "وسبق ذلك صدور حكم بإعدام ألمانية، بينما أفرج عن فرنسية.", "ASSAULT")
    evs = [e for e in code("ونفذ العراق ما لا يقل عن 111 حكما بالإعدام خلال العام الماضي.").events
           if e.event_type == "ASSAULT"]
    assert evs, evs


def test_a_states_aviation_is_its_air_force_and_civil_aviation_none(code: Callable[[str], Document]) -> None:
    """الطيران الإسرائيلي: the Israeli air force (ISRMIL); الطيران المدني: civil aviation, and طيران
    الإمارات an airline: no force."""
    evs = [e for e in code("قصف الطيران الإسرائيلي مطار التيفور العسكري في محافظة حمص السورية.").events
           if e.event_type == "ASSAULT"]
    assert evs and evs[0].source is not None and evs[0].source.code == "ISRMIL", evs
    doc = code("نفت الهيئة العامة للطيران المدني في الإمارات صحة ما يتم تداوله.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.sector in ("MIL", "CVL")], doc.mentions
    doc = code("وأعلنت طيران الإمارات تعليق رحلاتها إلى الدوحة.")  # an airline
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.sector == "MIL"], doc.mentions


def test_an_alleged_act_is_not_reported(code: Callable[[str], Document]) -> None:
    """دعم إيراني مزعوم، الهجوم الكيميائي المفترض: alleged, not reported as done."""
    _assert_no_event(code, "اتهامات بأن الجزائر لعبت دورا في دعم إيراني مزعوم لجبهة البوليساريو.", "SUPPORT")
    _assert_no_event(code, "تمكن خبراء منظمة حظر الأسلحة الكيميائية من دخول مدينة دوما للتحقيق في الهجوم المفترض.",
                     "ASSAULT")


def test_a_relative_verb_with_no_pronoun_has_the_antecedent_for_subject(code: Callable[[str], Document]) -> None:
    """رئيس وزرائه مانويل فالس الذي انتقد بدوره ترامب: no pronoun resumes the antecedent, so Valls
    criticises and Trump, after the verb, is criticised; جلسة مجلس الأمن التي دعت روسيا: the
    antecedent is the session, and Russia called. كان or قد may stand between the pronoun and the verb."""
    evs = [e for e in code("فيما انضم إليه رئيس وزرائه مانويل فالس الذي انتقد بدوره ترامب.").events
           if e.event_type == "ACCUSE"]
    assert evs and evs[0].target is not None and evs[0].target.code == "USAGOV", evs
    evs = [e for e in code("تحولت جلسة مجلس الأمن التي دعت روسيا لانعقادها إلى حصة تلاسن.").events
           if e.event_type == "REQUEST"]
    assert evs and evs[0].source is not None and evs[0].source.code == "RUS", evs
    # past كان: الذي كان ينتقد الكرملين, the journalist criticised; the Kremlin criticised no one
    evs = [_coded(e) for e in code("وكان الصحفي الذي كان ينتقد الكرملين بشدة قد غادر موسكو.").events]
    assert ("ACCUSE", "MED", "RUSGOV") in evs, evs
    assert not [e for e in evs if e[1] == "RUSGOV"], evs


@pytest.mark.parametrize("text", [
    "واستهدفت السفارة الأمريكية بصواريخ.",
    "استهدف هجوم السفارة الأميركية في بغداد.",
])
def test_an_embassy_is_struck_never_the_attacker(code: Callable[[str], Document], text: str) -> None:
    """استهدفت السفارة الأمريكية بصواريخ: an embassy after a verb or noun of attack is the site
    struck, no attacker."""
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert evs and not [e for e in evs if e.source is not None and e.source.code == "USAGOV"], evs
    assert [e for e in evs if e.target is not None and e.target.code == "USAGOV"], evs


def test_scripture_is_no_state_and_blesses_no_one(code: Callable[[str], Document]) -> None:
    """والله تبارك وتعالى …: a formula praising God; بني إسرائيل: the Israelites, no Israel."""
    doc = code("والله تبارك وتعالى أمر بحفظ التوراة لبني إسرائيل ليمتحن إيمانهم.")
    assert not [e for e in doc.events if e.event_type == "SUPPORT"], doc.events
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "ISR"], doc.mentions


def test_civilians_in_the_genitive_of_shelling_are_shelled(code: Callable[[str], Document]) -> None:
    """قصف مدنيين سوريين: civilians are shelled, they shell no one; اعتداء مستوطنين على مزارعين:
    with a target of its own after it, the genitive is the author."""
    evs = [e for e in code("تم العثور عليها في صواريخ كيماوية استخدمت في قصف مدنيين سوريين.").events
           if e.event_type == "ASSAULT"]
    assert evs and evs[0].source is None and evs[0].target is not None and evs[0].target.code == "SYRCVL", evs
    evs = [e for e in code("وأدانت الحكومة اعتداء مستوطنين على مزارعين فلسطينيين.").events if e.event_type == "ASSAULT"]
    assert evs and evs[0].source is not None and evs[0].source.sector == "CVL", evs


def test_a_plural_in_the_nominative_after_the_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """ويتهم منتقدون الرئيس أردوغان: critics accuse; no subject is carried over from before."""
    evs = [e for e in code("قال غولن إنه بريء. ويتهم منتقدون الرئيس أردوغان باستغلال محاولة الانقلاب.").events
           if e.event_type == "ACCUSE" and e.trigger.text == "ويتهم"]
    assert evs and evs[0].source is None, evs


def test_investigating_a_killing_is_not_killing(code: Callable[[str], Document]) -> None:
    """بدأت الشرطة التركية التحقيق في مقتل الصحفي: the police investigate; they killed no one."""
    evs = [e for e in code("بدأت الشرطة التركية التحقيق في مقتل الصحفي السعودي.").events if e.event_type == "ASSAULT"]
    assert not [e for e in evs if e.source is not None and e.source.code == "TURCOP"], evs


def test_the_pronoun_on_that_is_the_subject_not_the_actor_after(code: Callable[[str], Document]) -> None:
    """كما أنها طالبت المملكة العربية السعودية: she (the pronoun on أن) asks; Saudi Arabia, after
    the verb, is asked."""
    evs = [e for e in code("عبرت خطيبة الصحفي عن حزنها بسبب اختفاء خطيبها، كما أنها طالبت المملكة العربية "
                           "السعودية بالكشف عن مصيره.").events if e.event_type == "REQUEST"]
    assert evs and evs[0].target is not None and evs[0].target.code == "SAU", evs
    assert evs[0].source is None or evs[0].source.code != "SAU", evs


def test_offensive_is_no_attack(code: Callable[[str], Document]) -> None:
    """من هجومي الى دفاعي: the adjective "offensive", no attack (هجمات after it stays one)."""
    evs = [e for e in code("ويتخوف مختصون ان يقوم تنظيم داعش بعد تحول موقفه من هجومي الى دفاعي بتنفيذ هجمات.").events
           if e.event_type == "ASSAULT"]
    assert evs and all(e.trigger.text != "هجومي" for e in evs), evs


def test_a_legislator_for_a_province_is_named_after_it(code: Callable[[str], Document]) -> None:
    """النائب عن محافظة نينوى أحمد الجبوري: the name is the legislator's, no object of the verb."""
    evs = [e for e in code("وانتقد النائب عن محافظة نينوى أحمد الجبوري الحكومة العراقية.").events
           if e.event_type == "ACCUSE"]
    assert evs and evs[0].source is not None and "الجبوري" in evs[0].source.text, evs
    assert evs[0].target is not None and evs[0].target.code == "IRQGOV", evs


def test_occupation_forces_are_not_of_the_land_they_occupy(code: Callable[[str], Document]) -> None:
    """قوات الاحتلال في فلسطين: the occupier's forces, no Palestinian force."""
    doc = code("فما تقوم به قوات الاحتلال في فلسطين التي تصادر حقوق الشعب الفلسطيني.")
    forces = [m for m in doc.mentions if m.text == "قوات الاحتلال"]
    assert forces and forces[0].actor is not None and forces[0].actor.country != "PSE", doc.mentions


def test_a_plain_negation_still_negates(code: Callable[[str], Document]) -> None:
    evs = [e for e in code("لم ترفض الحكومة الإسرائيلية المبادرة الفرنسية.").events if e.event_type == "REJECT"]
    assert evs and all(e.negated for e in evs)


def test_what_a_meeting_discusses_is_not_its_holders_act(code: Callable[[str], Document]) -> None:
    """عقد مجلس الأمن جلسة لبحث وقف إطلاق النار: the council discusses a ceasefire, it grants none."""
    doc = code("ويعقد مجلس الأمن الدولي الأربعاء جلسة طارئة لبحث وقف إطلاق النار في سوريا.")
    assert not [e for e in doc.events if e.event_type == "CONCEDE" and e.source is not None]


@pytest.mark.parametrize("text", [
    "استجوب القاضي الفرنسي المشتبه به أمس. وتطالب عائلات الضحايا بكشف الحقيقة كاملة.",
    "أقر مجلس الشيوخ الألماني القانون. وتعارض جمعيات الدفاع عن حقوق الإنسان إدراج المغرب على القائمة.",
])
def test_a_plural_of_people_in_the_construct_is_the_subject(code: Callable[[str], Document], text: str) -> None:
    """وتطالب عائلات الضحايا، وتعارض جمعيات الدفاع: the families and the associations ask and object;
    the judge or the senate named before is not carried into the verb."""
    second = code(text).events
    assert not [e for e in second if e.sentence.index == 1 and e.source is not None and e.source.sector in ("JUD", "LEG")]


def test_the_speakers_aside_after_a_time_is_its_own_clause(code: Callable[[str], Document]) -> None:
    """هاجم المسلحون القرية، الأحد، موضحا لوكالة فرانس برس: the agency is told, not attacked."""
    doc = code("وقال مزارع إن مسلحي بوكو حرام هاجموا القرية، الأحد، موضحا لوكالة فرانس برس أن المهاجمين أحرقوا المنازل.")
    assert not [e for e in doc.events if e.target is not None and e.target.group == "AFP"]


def test_aiming_to_deliver_aid_is_no_attack(code: Callable[[str], Document]) -> None:
    doc = code("قالت الحكومة اليمنية إن العمل الإغاثي السعودي يستهدف إيصال المساعدات إلى مستحقيها.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"]


def test_leave_aside_is_no_request(code: Callable[[str], Document]) -> None:
    """دعونا من كوريا الجنوبية: "let alone South Korea", not "we called on"; دعونا الحكومة stays a call."""
    assert not code("دعونا من كوريا الجنوبية أو تايوان، فدولة مثل جنوب أفريقيا تعتمد على الزراعة.").events
    assert [e for e in code("دعونا الحكومة الأردنية إلى الحوار.").events if e.event_type == "REQUEST"]


def test_a_response_to_sanctions_does_not_impose_them(code: Callable[[str], Document]) -> None:
    """سترد على العقوبات: the act answered after على is not the responder's (ردت بفرض عقوبات is)."""
    doc = code("قالت وزارة الخارجية الروسية إنها سترد بقوة على العقوبات الجديدة.")
    assert not [e for e in doc.events if e.event_type == "SANCTION" and e.source and e.source.country == "RUS"]
    doc = code("وقال المتحدث إن طهران سترد على الهجوم.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source and e.source.country == "IRN"]
    doc = code("ردت إيران بفرض عقوبات على شركات أمريكية.")
    assert [e for e in doc.events if e.event_type == "SANCTION" and e.source and e.source.country == "IRN"]


@pytest.mark.parametrize("text, responder", [
    ('وقال المتحدث إن القرار يأتي في إطار رد واشنطن على "الهجوم البشع على المدنيين السوريين".', "USA"),
    ("وأخلى الجيش مواقع عدة على خلفية تهديدات واشنطن بشن ضربة ردا على تقارير عن هجوم كيميائي.", "USA"),
    ("وقالت وزارة الدفاع الأميركية، ردا على سؤال حول تقارير عن هجوم على قاعدة سورية، إنه لا نشاط لها.", "USA"),
    ("وأعلن الجيش الإسرائيلي استعداده لأي رد إيراني محتمل بعد قصف مطار التيفور.", "IRN"),
])
def test_what_a_response_answers_is_not_the_responders(code: Callable[[str], Document], text: str,
                                                       responder: str) -> None:
    """رد واشنطن على "الهجوم"، ردا على تقارير عن هجوم، رد إيراني بعد قصف: the attack answered (past
    a quotation mark or a word of report, or with no بـ at all) is not the responder's."""
    assert not [e for e in code(text).events
                if e.event_type == "ASSAULT" and e.source is not None and e.source.country == responder]


@pytest.mark.parametrize("text, event_type, source", [
    ("وردت إسرائيل بغارات على مواقع حركة حماس في قطاع غزة.", "ASSAULT", "ISR"),
    ("ورشق الشبان الشرطة الفرنسية بالحجارة لترد عليهم بقنابل الغاز المسيل للدموع.", "COERCE", "FRA"),
])
def test_the_means_of_a_response_are_the_responders(code: Callable[[str], Document], text: str,
                                                    event_type: str, source: str) -> None:
    """ردت بغارات، لترد عليهم بقنابل الغاز: بـ nearer the noun than على, the responder's act (control)."""
    assert [e for e in code(text).events
            if e.event_type == event_type and e.source is not None and e.source.country == source]


@pytest.mark.parametrize("text, actor", [
    ('وبدأت تركيا تدخلها في شمال سوريا في هجوم عسكري لطرد تنظيم "الدولة الإسلامية" من حدودها.', "ISIS"),
    ("وقال ظريف إن بلاده منفتحة على إجراء مفاوضات لمبادلة سجناء مع الولايات المتحدة.", "CVL"),
])
def test_the_object_of_a_purpose_is_no_genitive(code: Callable[[str], Document], text: str, actor: str) -> None:
    """هجوم عسكري لطرد تنظيم الدولة، مفاوضات لمبادلة سجناء: the actor after a purpose (لـ + a verbal
    noun) is its object, not the author of the noun before."""
    assert not [e for e in code(text).events
                if e.event_type in ("ASSAULT", "CONSULT") and e.source is not None and e.source.code == actor]


def test_the_members_after_lam_are_the_genitive(code: Callable[[str], Document]) -> None:
    """اجتماعا لقيادات ميليشيات الحوثي: لـ + leaders is no purpose, the Houthis meet (control)."""
    doc = code("كما استهدف طيران التحالف اجتماعا لقيادات ميليشيات الحوثي غرب صرواح.")
    assert [e for e in doc.events if e.event_type == "CONSULT" and e.source is not None and e.source.group == "HOUTHIS"]


@pytest.mark.parametrize("text", [
    "وقالت واشنطن إن الوزيرين مسؤولان عن اعتقال القس، وفي المقابل، تعهدت تركيا بالرد على العقوبات.",
    "وقالت واشنطن إن الوزيرين مسؤولان عن اعتقال القس، ومن جهتها هددت تركيا بفرض عقوبات على واشنطن.",
])
def test_the_other_sides_turn_is_out_of_the_report(code: Callable[[str], Document], text: str) -> None:
    """قالت واشنطن إن …، وفي المقابل، تعهدت تركيا: "in return", "for its part" open the other side's
    act, which Washington does not report: no reported_by, no ACCUSE of Turkey by Washington."""
    evs = code(text).events
    threats = [e for e in evs if e.event_type == "THREATEN" and e.source is not None and e.source.country == "TUR"]
    assert threats and all(e.reported_by is None for e in threats)
    assert not [e for e in evs if e.event_type == "ACCUSE" and e.target is not None and e.target.country == "TUR"]


@pytest.mark.parametrize("text, event_type, source", [
    ("وأطلقت المحكمة سراح الناشط تنفيذا لمذكرة توقيف صادرة من تركيا التي تطالب بتسليمه.", "REQUEST", "TUR"),
    ("وتتهم السلطات البحرينية معارضيها بالارتباط مع إيران التي تنفي أي دور لها في ذلك.", "REJECT", "IRN"),
])
def test_a_present_in_a_relative_clause_is_active(code: Callable[[str], Document], text: str,
                                                  event_type: str, source: str) -> None:
    """تركيا التي تطالب، إيران التي تنفي: a present that is no attack or arrest, with nothing after
    it, has the antecedent as its subject (not its patient: الناشط الذي اعتقل)."""
    assert [e for e in code(text).events
            if e.event_type == event_type and e.source is not None and e.source.country == source]


@pytest.mark.parametrize("text, event_type", [
    ("قامت كوريا الشمالية بتعديل توقيتها في أعقاب القمة التاريخية بين الكوريتين.", "CONSULT"),
    ("وقامت قوات التحالف بإنزال جوي لمواد إغاثة للسكان في مناطق الاشتباك.", "ASSAULT"),
    ("وقالت إن سفنا تحمل علم كوريا الشمالية تقوم بنقل شحنات نفط بالمخالفة للعقوبات.", "SANCTION"),
])
def test_a_support_verb_does_only_its_b_object(code: Callable[[str], Document], text: str, event_type: str) -> None:
    """قامت بتعديل توقيتها في أعقاب القمة: قام supports the noun it takes with بـ, not one past it."""
    assert not [e for e in code(text).events if e.event_type == event_type and e.source is not None]


@pytest.mark.parametrize("text, event_type, source", [
    ("وقامت الشرطة التركية الجمعة بحملة مداهمات في أنحاء البلاد.", "COERCE", "TURCOP"),
    ("وقام مسلحو بوكو حرام بذبح 18 شخصا وخطف عشر نساء في نيجيريا.", "ASSAULT", "BOKO_HARAM"),
])
def test_a_support_verbs_b_object_and_its_genitive(code: Callable[[str], Document], text: str,
                                                   event_type: str, source: str) -> None:
    """قامت بحملة مداهمات، قاموا بذبح … وخطف، ستقوم بموجب الاتفاقات بمساعدة: the بـ-object's
    genitive, a noun joined to it, past an adverbial بـ (control)."""
    assert [e for e in code(text).events if e.event_type == event_type and e.source is not None
            and source in (e.source.code, e.source.group, e.source.country)]


def test_a_support_verb_reaches_past_an_adverbial_b(code: Callable[[str], Document]) -> None:
    """ستقوم فرنسا بموجب هذه الاتفاقات بمساعدة: بموجب is no بـ-object; the aid is to come (control)."""
    doc = code("وستقوم فرنسا بموجب هذه الاتفاقات بمساعدة السعودية في إنشاء دار أوبرا.")
    assert [e for e in doc.events if e.event_type == "AID" and e.modality == "future"]


@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع الأميركية إن النظام السوري ما يزال قادرا على شن هجمات كيميائية.",
    "وقالت وزارة الدفاع الأميركية إن الحكومة السورية لا تزال تملك القدرة على شن هجمات كيماوية.",
    "وقال إنه يدعم اتخاذ إجراءات لإضعاف قدرة النظام السوري على شن هجمات بأسلحة كيميائية.",
])
def test_a_capacity_is_no_attack(code: Callable[[str], Document], text: str) -> None:
    """قادرا على شن هجمات، القدرة على، قدرة النظام على: what one can do is not reported as done (no
    ASSAULT, no accusation built on one)."""
    assert not [e for e in code(text).events if e.event_type in ("ASSAULT", "ACCUSE")]


def test_a_surname_like_a_capacity_is_no_capacity(code: Callable[[str], Document]) -> None:
    """وقال الطبيب أشرف القدرة إن …: القدرة is a surname there, with no على (control)."""
    doc = code('وقال الطبيب أشرف القدرة إن "الشاب استشهد إثر إصابته برصاصة أطلقها جنود الاحتلال الإسرائيلي".')
    assert [e for e in doc.events if e.event_type == "ASSAULT" and e.source is not None and e.source.country == "ISR"]


def test_a_sound_plural_in_ina_after_the_verb_is_its_object(code: Callable[[str], Document]) -> None:
    """لكن فيينا لم تطرد دبلوماسيين روس: -ين is the accusative, so the diplomats are expelled (or
    not) and Vienna, right before the verb, is its subject."""
    doc = code("لكن فيينا لم تطرد دبلوماسيين روس مثل بقية الدول الغربية.")
    assert [(e.source.country, e.target.country) for e in doc.events
            if e.event_type == "COERCE" and e.source is not None and e.target is not None] == [("AUT", "RUS")]


@pytest.mark.parametrize("text, event_type", [
    ("وتعهدت روسيا بألا تقصف الطائرات السورية المدنيين في إدلب.", "ASSAULT"),
    ("واتفقت واشنطن وبكين على ألا تفرض الولايات المتحدة عقوبات جديدة على الصين.", "SANCTION"),
])
def test_that_not_written_as_one_word_negates(code: Callable[[str], Document], text: str, event_type: str) -> None:
    """بألا تقصف، على ألا تفرض: أن + لا in one word negates the verb after it."""
    evs = [e for e in code(text).events if e.event_type == event_type]
    assert evs and all(e.negated for e in evs)


def test_except_is_no_negation(code: Callable[[str], Document]) -> None:
    """إلا أن القوات هاجمت: إلا "however, except" negates nothing (control)."""
    evs = [e for e in code("إلا أن القوات الإسرائيلية هاجمت المتظاهرين الفلسطينيين.").events if e.event_type == "ASSAULT"]
    assert evs and not any(e.negated for e in evs)


def test_a_danger_named_before_a_relative_pronoun_threatens_no_one(code: Callable[[str], Document]) -> None:
    """القضاء على المخاطر التي تهدد الأمن القومي التركي: a thing threatens, no THREATEN of Turkey."""
    doc = code("وقال المسؤول إن العمليات تهدف إلى القضاء على المخاطر التي تهدد الأمن القومي التركي.")
    assert not [e for e in doc.events if e.event_type == "THREATEN"]
    doc = code("وقال المسؤول إن الميليشيات التي تهدد الأمن القومي التركي ستدفع الثمن.")  # (an actor: control)
    assert [e for e in doc.events if e.event_type == "THREATEN" and e.source is not None]


@pytest.mark.parametrize("text, threatened", [
    ('واعتبر الوزير أن "ضلوع حزب الله في النزاعات الإقليمية يهدد أمن لبنان".', "LBN"),
    ("وقال الوزير إن الجنود يتعاملون مع أي عمل يهدد أمن إسرائيل على أنه عمل إرهابي.", "ISR"),
])
def test_the_owner_of_what_is_threatened_is_the_target(code: Callable[[str], Document], text: str,
                                                       threatened: str) -> None:
    """يهدد أمن لبنان: Lebanon owns the security threatened; it threatens no one."""
    evs = [e for e in code(text).events if e.event_type == "THREATEN"]
    assert not [e for e in evs if e.source is not None and e.source.country == threatened]
    assert [e for e in evs if e.target is not None and e.target.country == threatened]


def test_the_pronoun_on_anna_is_the_subject_after_it(code: Callable[[str], Document]) -> None:
    """كما أنها تدعم حزب الله: the pronoun on أن is the verb's subject, Hezbollah its object (even
    when the pronoun's referent is no actor the coder knows); أنه may be the pronoun of the matter."""
    doc = code("وتعتبر الحليفة الأساسية للرئيس السوري بشار الأسد، كما أنها تدعم حزب الله في لبنان.")
    evs = [e for e in doc.events if e.event_type == "SUPPORT"]
    assert evs and not [e for e in evs if e.source is not None and e.source.group == "HEZBOLLAH"]
    assert [e for e in evs if e.target is not None and e.target.group == "HEZBOLLAH"]


@pytest.mark.parametrize("text, name", [
    ("من جانبه، ندد المتحدث الرسمي باسم الجيش المصري تامر الرفاعي بتقرير المنظمة.", "تامر الرفاعي"),
    ("وندد المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي بالهجمات على الأراضي السورية.", "بهرام قاسمي"),
])
def test_a_titles_name_is_no_target(code: Callable[[str], Document], text: str, name: str) -> None:
    """المتحدث باسم الجيش المصري تامر الرفاعي: the name after a title of one person is his, not
    the one he condemns."""
    assert not [e for e in code(text).events if e.target is not None and e.target.text == name]


def test_a_name_after_a_body_is_its_object(code: Callable[[str], Document]) -> None:
    """واعتقل الأمن التركي برانسون: after a body, not a title of one person, the name is the
    object (control)."""
    doc = code("واعتقل الأمن التركي برانسون في ديسمبر 2016.")
    assert [e for e in doc.events if e.event_type == "COERCE" and e.target is not None and e.target.text == "برانسون"]


@pytest.mark.parametrize("text", [
    "وقالت الوزارة إن الخطوة تأتي في إطار إجراءات وتدابير الاحتلال الهادفة إلى تهجير المواطنين الفلسطينيين.",
    "الجامعة العربية تدين إقرار الاحتلال الإسرائيلي لقانون الإطعام القسري للمعتقلين الفلسطينيين.",
])
def test_the_occupation_in_a_genitive_is_the_occupier(code: Callable[[str], Document], text: str) -> None:
    """إجراءات الاحتلال، إقرار الاحتلال الإسرائيلي لقانون: the occupying power acts, no occupation event."""
    assert not [e for e in code(text).events if e.event_type == "ASSAULT"]


def test_an_occupation_condemned_is_still_its_authors(code: Callable[[str], Document]) -> None:
    """سوريا تدين الاحتلال التركي لعفرين: after a verb the occupation is an act, Turkey's (control)."""
    doc = code("وقالت الخارجية إن سوريا تدين الاحتلال التركي لعفرين.")
    assert [e for e in doc.events if e.event_type == "ACCUSE" and e.target is not None and e.target.country == "TUR"]


def test_a_noun_in_quotation_marks_keeps_its_adjective(code: Callable[[str], Document]) -> None:
    """نددت سوريا بـ"الاحتلال" التركي لعفرين: the adjective after the quotation marks is the
    occupation's author, whom Syria condemns; Turkey is not occupied."""
    doc = code('نددت الخارجية السورية بـ"الاحتلال" التركي لعفرين.')
    assert [e for e in doc.events if e.event_type == "ACCUSE" and e.target is not None and e.target.country == "TUR"]
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.target is not None and e.target.country == "TUR"]


def test_two_verbal_nouns_joined_by_wa_share_their_genitive(code: Callable[[str], Document]) -> None:
    """حثت الأمم المتحدة الجزائر على الكف عن اعتقال وطرد المهاجرين: طرد is a verbal noun joined to
    اعتقال, asked to stop, not "and the UN expelled the migrants"."""
    doc = code("وحثت الأمم المتحدة الجزائر الثلاثاء على الكف عن اعتقال وطرد المهاجرين إليها من أفريقيا.")
    assert not [e for e in doc.events if e.event_type == "COERCE" and e.source is not None]


@pytest.mark.parametrize("text, event_type", [
    ("وكرر الرئيس الأمريكي الثلاثاء رغبته في سحب القوات الأمريكية من سوريا.", "RETREAT"),
    ("وأعلنت الولايات المتحدة استعدادها للمشاركة في محادثات مع حركة طالبان.", "CONSULT"),
    ("وأبدت إيران اهتمامها بإجراء محادثات مع السعودية.", "CONSULT"),
])
def test_a_wish_or_readiness_is_an_intent(code: Callable[[str], Document], text: str, event_type: str) -> None:
    """رغبته في سحب القوات، استعدادها للمشاركة في محادثات، اهتمامها بإجراء محادثات: the event is
    intended (CAMEO's "express intent to"), coded with modality intent."""
    evs = [e for e in code(text).events if e.event_type == event_type]
    assert evs and all(e.modality == "intent" for e in evs)


def test_with_interest_is_no_intent(code: Callable[[str], Document]) -> None:
    """تابعت باهتمام: "with interest" is a manner, the event stays reported (control)."""
    doc = code("وتابعت الحكومة باهتمام استهداف الطائرات الإسرائيلية مواقع حركة حماس.")
    assert not [e for e in doc.events if e.modality == "intent"]


@pytest.mark.parametrize("text, title", [
    ("كما التقت أيضا الرئيس الحالي للوبي السلاح الأمريكي واين لابيير.", "الرئيس"),
    ("واستقبلت المستشارة الألمانية أنغيلا ميركل الضيوف. واستقبلت وزير الخارجية الإيراني أيضا.", "وزير الخارجية"),
])
def test_a_mans_title_is_no_subject_of_a_feminine_verb(code: Callable[[str], Document], text: str, title: str) -> None:
    """التقت الرئيس، استقبلت وزير الخارجية: a man's title after a feminine verb is its object."""
    assert not [e for e in code(text).events if e.source is not None and e.source.text.startswith(title)]


def test_a_man_after_a_feminine_expression_verb_makes_it_another_verb(code: Callable[[str], Document]) -> None:
    """وتوقع المندوب الروسي … تطبيق الاتفاق: "the Russian delegate expected", no "she signs the
    agreement"; استدعت السفير الصيني keeps its expression, whose object the title is (control)."""
    assert not [e for e in code("وتوقع المندوب الروسي في الأمم المتحدة تطبيق الاتفاق خلال أيام.").events
                if e.event_type == "AGREE"]
    doc = code("أعلنت كوريا الجنوبية أنها استدعت السفير الصيني للاحتجاج على دخول طائرات صينية مجالها الجوي.")
    assert [e for e in doc.events if e.target is not None and e.target.country == "CHN"]


def test_the_source_of_information_in_an_aside_is_no_subject(code: Callable[[str], Document]) -> None:
    """وفق ما ذكر دبلوماسيون: those who report the veto are not its target."""
    doc = code("لكن مشروع القرار، وفق ما ذكر دبلوماسيون، قد يواجه بفيتو من روسيا.")
    vetoes = [e for e in doc.events if e.event_type == "REJECT"]
    assert vetoes and all(e.target is None for e in vetoes)


def test_exchanged_threats_and_criticism_are_hostile(code: Callable[[str], Document]) -> None:
    """تبادلت … التهديدات، الانتقادات: a threat and a criticism each way, no cooperation."""
    doc = code("وتبادلت واشنطن وبيونغيانغ التهديدات.")
    assert {(e.event_type, e.source.country, e.target.country) for e in doc.events if e.source and e.target} \
        == {("THREATEN", "USA", "PRK"), ("THREATEN", "PRK", "USA")}
    doc = code("وتبادلت الهند وباكستان الانتقادات بعد الهجوم.")
    assert {e.event_type for e in doc.events} == {"ACCUSE"}


def test_a_purpose_after_the_genitive_leaves_it_the_one_helped(code: Callable[[str], Document]) -> None:
    """مساعدة أوكرانيا لتنفيذ إصلاحات: لـ opens a purpose, Ukraine is helped (حصار القوات لمدينة: the forces act)."""
    doc = code("وقال المسؤول إن مساعدة أوكرانيا لتحقيق السلام أولوية.")
    aid = [e for e in doc.events if e.event_type == "AID"]
    assert aid and all(e.target and e.target.country == "UKR" for e in aid)
    assert not [e for e in aid if e.source and e.source.country == "UKR"]


def test_a_requested_conjunct_after_a_noun_with_its_pronoun(code: Callable[[str], Document]) -> None:
    """طالبت … بتحمل مسؤولياته ورفع الحظر: رفع continues what is asked for, no embargo lifted."""
    doc = code("وطالبت الحكومة الليبية المجتمع الدولي بتحمل مسؤولياته ورفع الحظر عن الجيش الليبي.")
    assert not [e for e in doc.events if e.event_type == "CONCEDE"]


def test_an_organisation_with_a_feminine_head_is_no_subject_of_a_masculine_verb(
        code: Callable[[str], Document]) -> None:
    """هاجم قناة الجزيرة: "he attacked the channel" (the channel attacking would be هاجمت)."""
    doc = code("أكد وزير خارجية البحرين دعم بلاده للسعودية، بينما هاجم قناة الجزيرة القطرية.")
    attacks = [e for e in doc.events if e.trigger.text == "هاجم"]
    assert attacks and all(e.source and e.source.code == "BHRGOV" for e in attacks)
    assert all(e.target and e.target.group == "ALJAZEERA" for e in attacks)
    doc = code("وهاجمت قناة الجزيرة القطرية الحكومة المصرية.")
    assert [e for e in doc.events if e.source and e.source.group == "ALJAZEERA"]


def test_the_object_word_of_an_expression_is_the_target_of_its_verbal_noun(code: Callable[[str], Document]) -> None:
    """عن طرد السفير التركي: the Turkish ambassador is expelled, not expelling; an actor before the
    object word stays the author (طرد الكويت سفير مانيلا)."""
    doc = code("ونفت الخارجية السعودية الأنباء عن طرد السفير التركي من المملكة.")
    expel = [e for e in doc.events if e.event_type == "SANCTION"]
    assert expel and all(e.target and e.target.country == "TUR" for e in expel)
    assert not [e for e in expel if e.source and e.source.country == "TUR"]
    doc = code("وتفاقمت الأزمة إثر طرد الكويت في أبريل سفير مانيلا.")
    assert [e for e in doc.events if e.event_type == "SANCTION" and e.source and e.source.country == "KWT"]


def test_scheduled_and_likely_events(code: Callable[[str], Document]) -> None:
    """من المقرر أن، من المتوقع أن: to come (modality future); من المحتمل أن، من المرجح أن: not
    asserted; المقرر الخاص "the rapporteur" before إن is no plan."""
    doc = code("ومن المقرر أن يزور الرئيس الفرنسي طهران الأسبوع المقبل.")
    assert [e.modality for e in doc.events if e.event_type == "CONSULT"] == ["future"]
    assert not code("ومن المرجح أن تفرض واشنطن عقوبات جديدة على طهران.").events
    doc = code("وقال المقرر الخاص للأمم المتحدة إن القوات الإسرائيلية قتلت ثلاثة فلسطينيين.")
    assert [e.modality for e in doc.events if e.event_type == "ASSAULT"] == [None]


def test_a_verb_after_a_relative_clause_and_its_subject_is_the_antecedents(code: Callable[[str], Document]) -> None:
    """القوات السورية التي تدعمها روسيا وإيران شنت غارات: the Syrian forces strike, Russia and Iran
    support them; after an indefinite noun the verb describes it (جنود أتراك طلبوا اللجوء)."""
    doc = code("وقالت السفيرة إن القوات السورية التي تدعمها روسيا وإيران شنت مئة غارة جوية على إدلب.")
    raids = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert raids and {e.source.code for e in raids if e.source} == {"SYRMIL"}
    assert {e.source.country for e in doc.events if e.event_type == "SUPPORT" and e.source} == {"RUS", "IRN"}
    doc = code("ورفضت أثينا مبادلة الجنديين اليونانيين اللذين تحتجزهما تركيا بثمانية جنود أتراك طلبوا اللجوء.")
    assert not [e for e in doc.events if e.event_type == "REQUEST" and e.source and e.source.country == "GRC"]


def test_an_armed_group_cutting_roads_does_not_protest(code: Callable[[str], Document]) -> None:
    """محاولات المليشيات الحوثية قطع طرق الإمداد: a military act, no protest (قطع المتظاهرون الطرق is one)."""
    doc = code("وأفشلت قوات الجيش محاولات المليشيات الحوثية قطع طرق الإمداد جنوب المديرية.")
    assert not [e for e in doc.events if e.event_type == "PROTEST"]
    doc = code("وقطع المتظاهرون الفلسطينيون الطرق في رام الله احتجاجا على القرار.")
    assert [e for e in doc.events if e.event_type == "PROTEST"]


def test_a_known_family_name_after_another_first_name_is_a_namesake(code: Callable[[str], Document]) -> None:
    """العقيد تركي المالكي: Turki al-Maliki, not Nouri al-Maliki (Iraq's prime minister)."""
    doc = code("وقال العقيد تركي المالكي في مؤتمره الصحفي إن الميليشيات الحوثية اقتحمت مخازن الغذاء.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "IRQ"]
    doc = code("وقال نوري المالكي إن الحكومة ستحارب الإرهاب.")
    assert [m for m in doc.mentions if m.actor is not None and m.actor.country == "IRQ"]


def test_a_visit_hoped_for_is_not_asserted(code: Callable[[str], Document]) -> None:
    """أعرب عن أمله في أن يزور، يأمل أن يلتقي: hoped for; حركة أمل is a party, and a later verb of the
    clause stays asserted."""
    assert not code("وأعرب الرئيس الفرنسي عن أمله في أن يزور طهران قريبا.").events
    assert not code("ويأمل الرئيس الفرنسي أن يلتقي نظيره الإيراني.").events
    doc = code("وقالت حركة أمل إن القوات الإسرائيلية قصفت جنوب لبنان.")
    assert [e for e in doc.events if e.event_type == "ASSAULT"]


def test_the_head_of_an_organisation_in_apposition_is_no_object(code: Callable[[str], Document]) -> None:
    """دعا أحمد الطيب، شيخ الأزهر، العلماء: the sheikh of al-Azhar is who calls, not who is called
    (an organisation named in apposition without a head noun stays an object: دعا الرئيس، حركة حماس)."""
    doc = code("ودعا الدكتور أحمد الطيب، شيخ الأزهر، كبار العلماء إلى الاجتماع بالقاهرة.")
    assert not [e for e in doc.events if e.target and e.target.group == "AZHAR"]
    doc = code("ودعا الرئيس الفلسطيني محمود عباس، حركة حماس، إلى إنهاء الانقسام.")
    assert [e for e in doc.events if e.event_type == "REQUEST" and e.target and e.target.group == "HAMAS"]


def test_what_a_verb_of_banning_takes_is_banned(code: Callable[[str], Document]) -> None:
    """الاتحاد الذي يحظر قتل الحيتان: the union bans (its subject, no patient), the killing is not
    done; a relative verb with a verbal noun after it has the antecedent as subject (النظام الذي
    توعد بالرد: the regime threatens)."""
    doc = code("والدنمارك عضو في الاتحاد الأوروبي الذي يحظر قتل الحيتان.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"]
    assert [e for e in doc.events if e.event_type == "COERCE" and e.source and e.source.group == "EU"]
    doc = code("وكذلك فعل النظام الإيراني الذي توعد بالرد على القصف الإسرائيلي.")
    assert [e for e in doc.events if e.event_type == "THREATEN" and e.source and e.source.country == "IRN"]


@pytest.mark.parametrize("text", [
    "وواجه الرئيس تشريعات الكونغرس التي تحظر نقل السجناء إلى الأراضي الأمريكية.",
    "وانتقد الاتحاد الأوروبي الذي يحظر بيع الأسلحة للنظام.",
])
def test_a_bare_verbal_noun_after_a_relative_verb_is_its_object(text: str) -> None:
    """التي تحظر نقل السجناء: نقل (which may be read as a verb) in the construct with a definite
    word is what is banned; the antecedent bans, no one bans it."""
    src, tgt = _roles(text, "sanction.hazara")
    assert src and not tgt, (src, tgt)


def test_a_relative_verb_with_nothing_after_it_stays_a_passive() -> None:
    """الناشط الذي اعتقل عقب الاحتجاجات، الصحفيين الذين اعتقلوا: arrested; عقب and a comma are no object."""
    assert _roles("وطالبت المنظمة بالإفراج عن الصحفي الذي اعتقل، وفق بيانها.", "coerce.iataqala")[1] == ["MED"]


def test_feelings_waves_and_protests_sweep_and_attack_no_one(code: Callable[[str], Document]) -> None:
    """غضب عارم يجتاح الهند، تجتاح الاحتجاجات المدن، وباء الكوليرا يضرب: no attack; an attack
    after protests named in a phrase or a relative clause stays one."""
    for text in ("غضب عارم يجتاح الهند إثر اغتصاب طفلة.", "وتجتاح الاحتجاجات المدن الإيرانية.",
                 "واجتاحت موجة من الغضب الشارع الأردني.", "وباء الكوليرا يضرب هايتي."):
        assert not [e for e in code(text).events if e.event_type == "ASSAULT"], text
    doc = code("والاحتجاجات التي قتل فيها 121 فلسطينيا برصاص القوات الإسرائيلية بلغت ذروتها.")
    assert [e for e in doc.events if e.event_type == "ASSAULT"]


def test_claims_names_and_the_penal_code_are_no_events(code: Callable[[str], Document]) -> None:
    """يدعون أن "they claim that" (يدعون الحكومة إلى stays a call); زوجته آيدا "his wife Aida", no
    أيّدا; قانون العقوبات "the penal code", no sanctions (مشروع قانون لفرض عقوبات stays)."""
    assert not code("فالعديد من وزراء الحكومة الهندية يدعون أن إنجازات علمية كثيرة اخترعت منذ قرون.").events
    assert [e for e in code("والمتظاهرون يدعون الحكومة المصرية إلى الاستقالة.").events if e.event_type == "REQUEST"]
    assert not code("وقال الرئيس التشيلي إنه يعتمد على زوجته آيدا في مزرعته.").events
    assert not code("وينص قانون العقوبات الجزائري على السجن.").events
    doc = code("وأقر الكونغرس الأمريكي مشروع قانون لفرض عقوبات على روسيا.")
    assert [e for e in doc.events if e.event_type == "SANCTION"]


def test_accused_of_what_follows_that(code: Callable[[str], Document]) -> None:
    """اتهم حزب العمال وتنظيم الدولة بأن مصلحتهما واحدة: the two are accused; the subject is dropped."""
    doc = code("وهاجم أردوغان المعارضة. كما اتهم حزب العمال الكردستاني وتنظيم الدولة الإسلامية بأن مصلحتهما واحدة.")
    accusations = [e for e in doc.events if e.event_type == "ACCUSE" and e.trigger.text == "اتهم"]
    assert accusations and {e.target.group for e in accusations if e.target} == {"PKK", "ISIS"}
    assert all(e.source is None or e.source.country == "TUR" for e in accusations)


def test_any_strikes_as_subject_are_none_in_particular(code: Callable[[str], Document]) -> None:
    """إن أي ضربات عسكرية أمريكية في سوريا تستهدف جيشها: "any" strikes, no attack reported."""
    doc = code("وقال لافروف إن أي ضربات عسكرية أمريكية في سوريا تستهدف جيشها ستعقد جهود محاربة الإرهاب.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT"]
    doc = code("وقال لافروف إن ضربات عسكرية أمريكية استهدفت الجيش السوري.")
    assert [e for e in doc.events if e.event_type == "ASSAULT"]


def test_a_deputy_of_an_office_is_no_legislator(code: Callable[[str], Document]) -> None:
    """نائب الناطق الإعلامي: a deputy spokesman, no member of parliament (نائب alone is one)."""
    doc = code("وأوضح نائب الناطق الإعلامي لمديرية الدفاع المدني أنه تم إبلاغ الإدارات.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.sector == "LEG"]
    doc = code("وطالب نائب في البرلمان المصري الحكومة بالاستقالة.")
    assert [m for m in doc.mentions if m.actor is not None and m.actor.sector == "LEG"]


def test_a_clause_of_time_with_its_own_subject(code: Callable[[str], Document]) -> None:
    """في الوقت الذي هاجمت به القوى الغربية سوريا: the Western powers attack, not Moscow (the main
    clause's subject); في الوقت الذي طالب فيه takes it."""
    doc = code("وأدانت موسكو الهجوم الإسرائيلي، في الوقت الذي هاجمت به القوى الغربية سوريا.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source and e.source.country == "RUS"]


def test_a_financial_amnesty_is_no_mali(code: Callable[[str], Document]) -> None:
    """عفو مالي، حساب مالي: "financial", not Mali (زار الرئيس الفرنسي مالي is)."""
    doc = code("واقترح الوزير إصدار عفو مالي عن المتعسرين.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.country == "MLI"]
    doc = code("وزار الرئيس الفرنسي مالي.")
    assert [m for m in doc.mentions if m.actor is not None and m.actor.country == "MLI"]


def test_a_thing_opening_the_complement_is_the_subject(code: Callable[[str], Document]) -> None:
    """أن هذه العملية تستهدف الوحدات، إن حملتها العسكرية في الأراضي السورية تستهدف الوحدات: the
    operation or campaign acts, the units are its object (not a subject after the verb)."""
    for text in ("وتؤكد أنقرة أن هذه العملية تستهدف وحدات حماية الشعب الكردية.",
                 "وتقول أنقرة إن حملتها العسكرية في الأراضي السورية تستهدف وحدات حماية الشعب الكردية."):
        attacks = [e for e in code(text).events if e.event_type == "ASSAULT"]
        assert attacks and all(e.source is None and e.target and e.target.group == "YPG" for e in attacks), text


def test_people_killed_with_nothing_after_are_killed(code: Callable[[str], Document]) -> None:
    """قتل فلسطينيان اثنان في قصف للجيش، وقتل الفلسطيني الآخر بالرصاص: passives, the people are the
    victims (الصواريخ الإسرائيلية استهدفت: the nationality describes the missiles, they act)."""
    doc = code("قتل فلسطينيان اثنان وأصيب آخر بجراح، الأحد، في قصف مدفعي للجيش الإسرائيلي شرقي رفح.")
    killed = [e for e in doc.events if e.trigger.text == "قتل"]
    assert killed and all(e.target and e.target.country == "PSE" for e in killed)
    assert not [e for e in killed if e.source and e.source.country == "PSE"]
    doc = code("وقتل الفلسطيني الآخر بالرصاص.")
    assert not [e for e in doc.events if e.source and e.source.country == "PSE"]


def test_an_attack_noun_with_one_adjective_is_the_verbs_subject(code: Callable[[str], Document]) -> None:
    """هجوم كيماوي استهدف، ضربة دامية استهدفت: the attack aims, through its author (none here, the
    states of the main clause are not dropped into it); في وقت استهدف فيه اعتداءان: the attacks."""
    doc = code("ووجهت الولايات المتحدة وبريطانيا وفرنسا ضربة صاروخية للنظام السوري، بعد أيام من هجوم "
               "كيماوي استهدف آخر جيب للمعارضة السورية.")
    aimed = [e for e in doc.events if e.trigger.text == "استهدف"]
    assert aimed and all(e.source is None for e in aimed)
    doc = code("وقال مسؤول إن القوات الإسرائيلية نفذت ضربة دامية استهدفت موقعا لجماعة عراقية.")
    aimed = [e for e in doc.events if e.trigger.text == "استهدفت"]
    assert aimed and all(e.source and e.source.country == "ISR" for e in aimed)


def test_what_comes_after_despite_is_no_support_verbs_noun(code: Callable[[str], Document]) -> None:
    """يواصل فريقها مهمته رغم الضربات الغربية: the strikes are not the team's nor pledged."""
    doc = code("وشنت الولايات المتحدة وبريطانيا ضربات على سوريا. وتعهدت منظمة حظر الأسلحة الكيميائية بأن يواصل "
               "فريقها \"مهمته في سوريا لإثبات الحقائق\" رغم الضربات الغربية.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.modality == "pledge"]


def test_the_subjects_nationality_is_no_object(code: Callable[[str], Document]) -> None:
    """انتقد نائب ديمقراطي أمريكي بارز الرئيس ترامب: the member is American; Trump is criticised."""
    doc = code("وانتقد نائب ديمقراطي أمريكي بارز الرئيس ترامب.")
    criticism = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert criticism and all(e.target and e.target.code == "USAGOV" and e.target.text != "أمريكي" for e in criticism)


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("انتقد نائب ديمقراطي أمريكي بارز الرئيس ترامب.", "انتقد", "USALEG", "USAGOV"),
    ("ودعا ترامب المشرعين الأمريكيين إلى إصلاح الاتفاق النووي.", "ودعا", "USAGOV", "USALEG"),
    ("أدانت محكمة باكستانية رئيس الوزراء السابق نواز شريف بالفساد.", "أدانت", "PAKJUD", "PAK"),
])
def test_a_countrys_legislature_and_courts_are_parties_apart_from_its_government(
        code: Callable[[str], Document], text: str, trigger: str, source: str, target: str) -> None:
    """A legislator criticising the president, the president calling on legislators, a court
    convicting a former prime minister: events between two branches of one state (USALEG → USAGOV),
    which the coder had read as one side acting on itself and dropped."""
    doc = code(text)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found and all(e.source and e.source.code == source and e.target and e.target.code.startswith(target)
                         for e in found), doc.events


def test_a_ministry_and_its_army_stay_one_side(code: Callable[[str], Document]) -> None:
    """وزارة الدفاع الإيرانية … الجيش الإيراني: the executive, its army and police are still one party."""
    doc = code("ودعت وزارة الدفاع الإيرانية الجيش الإيراني إلى رفع الجاهزية.")
    assert not [e for e in doc.events if e.source and e.target and e.source.country == e.target.country == "IRN"], \
        doc.events


def test_the_accused_after_an_aside_and_after_the_charges_pronoun(code: Callable[[str], Document]) -> None:
    """اتهمت المنظمة في تقرير نشرته الخميس، القوات … بتعذيب: the forces are accused; هجوم دوما الذي
    اتهمت به دمشق: Damascus is accused of it, no accuser named; يستهدف مقاتلي الوحدات: the oblique is
    the object."""
    doc = code("اتهمت منظمة العفو الدولية في تقرير نشرته الخميس، القوات الموالية للحكومة اليمنية بتعذيب سجناء.")
    assert [e for e in doc.events if e.event_type == "ACCUSE" and e.target and e.target.sector == "MIL"]
    doc = code("ودعا غوتيريس إلى فتح تحقيق في هجوم دوما الذي وقع في نيسان واتهمت به دمشق.")
    accused = [e for e in doc.events if e.trigger.text == "واتهمت"]
    assert accused and all(e.source is None and e.target and e.target.country == "SYR" for e in accused)
    doc = code("وبدأت القوات التركية هجوما في منطقة عفرين، يستهدف مقاتلي الوحدات الكردية.")
    assert not [e for e in doc.events if e.source and e.source.group == "YPG"]


def test_a_text_that_says_is_a_document(code: Callable[[str], Document]) -> None:
    """نصا يدين روسيا: the text condemns, its author, not the last person named (Rubio)."""
    doc = code("وقال روبيو إن بلاده قلقة. وطرح مجلس الشيوخ الأمريكي على التصويت نصا يدين روسيا.")
    assert not [e for e in doc.events if e.source and e.source.text == "روبيو" and e.trigger.text == "يدين"]


def test_an_adverb_of_time_after_the_verb_is_no_word_of_an_expressions_gap(code: Callable[[str], Document]) -> None:
    """خرج أمس سكان أحياء وسط الخرطوم في مظاهرة: أمس (or a weekday) between the verb and its
    subject does not use up the words an expression may leave for its subject."""
    _assert_among(code, "خرج أمس مئات من طلاب جامعة الخرطوم في مظاهرة ضد الحكومة السودانية.",
                  ("PROTEST", "EDU", "SDNGOV"))
    _assert_among(code, "وخرج الجمعة مئات من طلاب جامعة الخرطوم في مظاهرة ضد الحكومة السودانية.",
                  ("PROTEST", "EDU", "SDNGOV"))
    _assert_among(code, "خرج أمس سكان أحياء وسط الخرطوم في مظاهرة ضد الحكومة.", ("PROTEST", "SDNCVL", "GOV"))


def test_a_word_written_with_tanween_is_no_verb(code: Callable[[str], Document]) -> None:
    """ميداناً رحباً "a wide field", رفضاً قاطعاً "a firm rejection": a word written with the mark
    of nunation is a noun or an adjective, never a verb (رحّب "welcomed", قاطع "boycotted"); the
    same letters without it may still be the verb."""
    _assert_no_event(code, "وقال المسؤول الإيراني إن العراق لا يرى في الاتفاق إلا ميداناً رحباً للاستثمار.", "SUPPORT")
    _assert_no_event(code, "وأعلن المتظاهرون في اليمن رفضاً قاطعاً للاتفاق.", "PROTEST")
    _assert_among(code, "وقال الوزيران الإيراني والعراقي إنهما رحبا بالاتفاق.", ("SUPPORT", "IRNGOV", None))


def test_an_indefinite_noun_resumed_by_the_verbs_pronoun_is_its_object(code: Callable[[str], Document]) -> None:
    """صحفي ألماني تتهمه أنقرة، فصائل مسلحة تدعمها إيران: a clause with no relative pronoun
    describes the indefinite noun before it, and the pronoun on its verb resumes that noun, the
    verb's object; a masculine noun before a verb read only as feminine is never its subject
    (قسا أمريكيا تتهمه: not the American who accuses)."""
    _assert_among(code, "وأفرجت السلطات عن صحفي ألماني تتهمه أنقرة بالتجسس.", ("ACCUSE", "TURGOV", "DEUMED"))
    _assert_among(code, "وضربت إسرائيل مواقع لفصائل مسلحة تدعمها إيران.", ("SUPPORT", "IRN", "REB"))
    evs = [_coded(e) for e in code("وقالت المحكمة التركية إن قسا أمريكيا تتهمه بالتجسس سيبقى في السجن.").events]
    assert ("ACCUSE", None, "USA") in evs and not [e for e in evs if e[1] == "USA"], evs
    # with the article the relative pronoun is written, and the antecedent was the object already
    _assert_among(code, "وأفرجت السلطات عن الصحفي الألماني الذي تتهمه أنقرة بالتجسس.", ("ACCUSE", "TURGOV", "DEUMED"))


def test_the_nisba_of_a_stance_noun_after_the_verb_is_its_objects(code: Callable[[str], Document]) -> None:
    """ورفض الرئيس المصري الموقف الروسي: a noun of stance or conduct (موقف، اقتراح، إرهاب …) with
    its nisba right after a verb neither speaks nor acts: the nisba describes the object, and
    names no subject; a statement's nisba still speaks (أكد البيان الإيراني)."""
    evs = [_coded(e) for e in code("وقال الرئيس إن بلاده ترفض الموقف الروسي.").events]
    assert not [e for e in evs if e[1] == "RUS"], evs
    evs = [_coded(e) for e in code("وقال خبراء إن المخابرات لا تحارب الإرهاب الفلسطيني.").events]
    assert not [e for e in evs if e[1] == "PSE"], evs
    _assert_among(code, "ورفض الرئيس المصري الموقف الروسي.", ("REJECT", "EGYGOV", "RUS"))


@pytest.mark.parametrize(("text", "entry", "target"), [
    ("وانتقد القرارات الأمريكية الأخيرة في مؤتمر صحفي.", "accuse.intaqada", "USA"),
    ("ورفض الاتهامات الإيرانية جملة وتفصيلا.", "reject.rafada", "IRN"),
    ("وأدان الإجراءات الإسرائيلية في القدس.", "accuse.adana", "ISR"),
])
def test_the_nisba_of_a_measure_after_the_verb_is_its_objects(text: str, entry: str, target: str) -> None:
    """وانتقد القرارات الأمريكية: a noun of measures, decisions or claims with its nisba right
    after a verb that is no verb of saying: the nisba describes the object; no subject."""
    assert _roles(text, entry) == ([], [target])


def test_a_decisions_nisba_speaks_and_sanctions_keep_their_author(code: Callable[[str], Document]) -> None:
    """ودعا القرار الأمريكي إلى: a document speaks for its author with a verb of asking; فرض
    العقوبات الأمريكية: the sanctions are the expression's own, their nisba imposes them."""
    assert _roles("ودعا القرار الأمريكي إلى وقف إطلاق النار.", "request.daa")[0] == ["USA"]
    evs = [_coded(e) for e in code("ورحبت إسرائيل بإعادة فرض العقوبات الأمريكية على إيران.").events]
    assert [e for e in evs if e[0] == "SANCTION" and e[1] == "USA"], evs


def test_sociology_is_no_meeting(code: Callable[[str], Document]) -> None:
    """عالم الاجتماع "the sociologist", علم الاجتماع "sociology": no meeting (اجتماع)."""
    _assert_no_event(code, "وعاد عالم الاجتماع الفرنسي إيمانويل تود إلى الساحة.", "CONSULT")
    _assert_no_event(code, "وقال أستاذ علم الاجتماع في جامعة القاهرة إن الأزمة ستطول.", "CONSULT")
    _assert_among(code, "وعقد وزير الخارجية الفرنسي اجتماعا مع نظيره الألماني.", ("CONSULT", "FRAGOV", "DEUGOV"))


def test_an_actor_past_a_request_for_a_lam_noun_is_not_asked(code: Callable[[str], Document]) -> None:
    """بريطانيا وفرنسا تدعوان لتحرك أوروبي لمواجهة أزمة المهاجرين: what is asked for with لـ
    holds the migrants, who are not asked; لـ going on an actor's name (مفوضية الأمم المتحدة
    لحقوق الإنسان) opens no content."""
    evs = [_coded(e) for e in code("بريطانيا وفرنسا تدعوان لتحرك أوروبي لمواجهة أزمة المهاجرين.").events]
    assert ("REQUEST", "GBR", None) in evs and not [e for e in evs if e[2] == "REF"], evs
    _assert_among(code, "ودعا الرئيس المصري المعارضة السورية للحوار.", ("REQUEST", "EGYGOV", "SYRIAN_OPPOSITION"))
    _assert_among(code, "وطالبت منظمة العفو الدولية مفوضية الأمم المتحدة لحقوق الإنسان بالتحقيق.",
                  ("REQUEST", "AMNESTY", "UN"))


def test_one_persons_attack_on_a_government_is_in_words(code: Callable[[str], Document]) -> None:
    """شن أسامة النجيفي هجوما على حكومة العبادي: a person who bears no arms attacks a government,
    a parliament or a court named by its office in words; a leader of an armed group still
    attacks."""
    _assert_among(code, "وشن النائب أسامة النجيفي هجوما على حكومة العبادي.", ("ACCUSE", "LEG", "IRQGOV"))
    _assert_among(code, "وشن الرئيس الأمريكي دونالد ترامب هجوما حادا على الحكومة الصينية.", ("ACCUSE", "USAGOV", "CHNGOV"))
    _assert_among(code, "وشن أبو بكر البغدادي هجوما على الحكومة العراقية.", ("ASSAULT", "ISIS", "IRQGOV"))


def test_protests_that_swept_a_country_attack_no_one(code: Callable[[str], Document]) -> None:
    """المظاهرات الكثيرة التي اجتاحت إسرائيل: a verb right after the relative pronoun of protests
    (or a feeling, a wave) has them as subject: they sweep, no one attacks; with a pronoun resuming
    them after the verb (قتل فيها) they are where it happened."""
    _assert_no_event(code, "وكان الرئيس قد شارك في واحدة من المظاهرات الكثيرة التي اجتاحت إسرائيل.", "ASSAULT")
    _assert_among(code, "وأدان الرئيس الهجمات التي اجتاحت فيها القوات الروسية المدينة.", ("ASSAULT", "RUSMIL", None))


def test_a_feminine_body_is_no_subject_of_a_masculine_verb(code: Callable[[str], Document]) -> None:
    """فهاجم السلطة الفلسطينية: السلطة, الدولة and جبهة are feminine, so after a masculine verb
    they are its object, and the subject is the one named before (نتنياهو)."""
    _assert_among(code, "وخرج نتنياهو لمواجهة الحملة؛ فهاجم السلطة الفلسطينية قائلا إنها تحرض.", ("ACCUSE", "ISRGOV", "PA"))
    _assert_among(code, "ودعا الرئيس الأمريكي جبهة النصرة إلى الانسحاب.", ("REQUEST", "USAGOV", "NUSRA"))
    _assert_among(code, "وقالت السلطة الفلسطينية إنها ترفض الخطة.", ("REJECT", "PA", None))


def test_a_supported_genitive_beats_an_actor_further_on(code: Callable[[str], Document]) -> None:
    """ستواصل دعم الحكومة السورية في جهودها لاستئصال الإرهابيين: after a support verb the
    genitive right after the verbal noun is the one supported, not an actor a linking preposition
    reaches further on."""
    evs = [_coded(e) for e in code('وقال المتحدث إن إيران "ستواصل دعم الحكومة السورية في جهودها لاستئصال '
                                   'الإرهابيين من أراضيها".').events]
    assert ("SUPPORT", "IRN", "SYRGOV") in evs and not [e for e in evs if e[2] == "UAF"], evs


def test_a_word_after_wa_following_a_governed_tafil_noun_is_a_verbal_noun(code: Callable[[str], Document]) -> None:
    """في تأسيس ودعم جبهة النصرة: a verbal noun of the form تفعيل that a preposition governs shares
    its genitive with the word after و, no verb "and he supported"."""
    evs = [_coded(e) for e in code("وتؤكد التقارير دور قطر في تأسيس ودعم جبهة النصرة الإرهابية.").events]
    assert ("SUPPORT", None, "NUSRA") in evs and not [e for e in evs if e[0] == "SUPPORT" and e[1] not in (None, "QAT")], evs


def test_a_pronoun_resumes_a_relative_pronoun_only_in_agreement(code: Callable[[str], Document]) -> None:
    """الذي يعارض عودة النازحين السوريين إلى بلادهم: هم cannot resume الذي, so the verb right after
    the relative pronoun has the antecedent as subject, not the refugees after it."""
    evs = [_coded(e) for e in code("وانتقدت الوزارة تصريحات وزير الخارجية الأمريكي الذي يعارض عودة النازحين "
                                   "السوريين إلى بلادهم.").events]
    assert ("REJECT", "USAGOV", "SYRREF") in evs, evs
    # a pronoun that agrees does resume it: the actor after the verb is the subject
    _assert_among(code, "وأفرج عن الصحفي الذي اعتقلته السلطات الإيرانية.", ("COERCE", "IRNGOV", "MED"))


def test_a_bare_noun_after_taarrada_is_its_subject(code: Callable[[str], Document]) -> None:
    """تعرضت طائرة تابعة لشركة مصر للطيران للخطف: تعرض takes no object, so the bare noun after it is
    its subject and no actor named before underwent the hijacking; with nothing there the subject
    is dropped (وقالت الوزارة إن قواتها تعرضت لهجوم)."""
    d = "أعلنت المحكمة العليا القبرصية قرارها. وفي 29 مارس 2016، تعرضت طائرة تابعة لشركة مصر للطيران للخطف."
    evs = [_coded(e) for e in code(d).events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[2] == "CYPJUD"], evs
    _assert_among(code, "وتعرض الرئيس الفرنسي لانتقادات من المعارضة.", ("ACCUSE", "OPP", "FRAGOV"))


def test_a_protest_noun_right_after_an_intransitive_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """وخرجت مظاهرات في عدة مدن: the protests themselves come out, so no actor named before (ترامب)
    is their source; with a subject between the verb and the noun it stays theirs."""
    evs = [_coded(e) for e in code("وانتقد ترامب القرار، وخرجت مظاهرات في عدة مدن تنديدا به.").events]
    assert ("ACCUSE", "USAGOV", None) in evs and not [e for e in evs if e[0] == "PROTEST" and e[1] == "USAGOV"], evs
    _assert_among(code, "وخرج آلاف اليمنيين في مسيرات حاشدة ضد الحوثيين.", ("PROTEST", "YEM", "HOUTHIS"))


def test_la_tazal_is_still_no_negation(code: Callable[[str], Document]) -> None:
    """لا تزال، ما زال، لا يزال "still": a sister of كان with the subject after it, no negation of
    the verb that follows (ولا تزال القوات الإسرائيلية تحتجز الصحفي: they still hold him)."""
    evs = code("ولا تزال القوات الإسرائيلية تحتجز الصحفي الفلسطيني.").events
    assert [(e.event_type, e.source.code if e.source else None, e.negated) for e in evs] \
        == [("COERCE", "ISRMIL", False)], evs
    evs = code("وأشار إلى أن الميليشيات الحوثية لا تزال تواصل احتجاز القياديات.").events
    assert [(e.event_type, e.source.code if e.source else None, e.negated) for e in evs] \
        == [("COERCE", "HOUTHIS", False)], evs
    evs = code("ولم تعتقل الشرطة المصرية أحدا.").events
    assert [e.negated for e in evs if e.event_type == "COERCE"] == [True], evs


def test_the_perpetrators_of_an_attack_are_its_authors(code: Callable[[str], Document]) -> None:
    """مالي تسعى إلى كشف هوية منفذي الهجوم: the attack after منفذي، مرتكبي، مدبري was done by
    them, not by the clause's subject."""
    evs = [_coded(e) for e in code("وقالت مالي إنها تسعى إلى كشف هوية منفذي الهجوم على فندق في وسط البلاد.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "MLI"], evs
    _assert_among(code, "واعتقلت الشرطة التركية منفذي الهجوم على السفارة.", ("COERCE", "TURCOP", None))


def test_the_one_opposed_is_no_subject(code: Callable[[str], Document]) -> None:
    """الصحيفة المعارضة بشدة للرئيس أردوغان ترفض: an actor after لـ and a participle of opposing
    is what is opposed, not the verb's subject; one a participle of belonging governs still acts
    through its own (الميليشيات الموالية لإيران قصفت)."""
    evs = [_coded(e) for e in code("لكن الصحيفة المعارضة بشدة للرئيس رجب طيب أردوغان ترفض هذه الاتهامات.").events]
    assert not [e for e in evs if e[1] == "TURGOV"], evs
    _assert_among(code, "وقالت مصادر إن الميليشيات الموالية لإيران قصفت المدينة.", ("ASSAULT", "IRN", None))


def test_the_site_of_an_attack_is_no_act_of_the_subject(code: Callable[[str], Document]) -> None:
    """روسيا وسوريا تحاولان تطهير موقع الهجوم: the attack in the genitive of موقع، مكان، مسرح is
    where something else happens, no attack of the clause's subject."""
    evs = [_coded(e) for e in code("وقالت واشنطن إن روسيا وسوريا تحاولان تطهير موقع الهجوم الكيميائي بدوما.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] in ("RUS", "SYR")], evs


def test_a_verb_in_a_quoted_name_is_no_act(code: Callable[[str], Document]) -> None:
    """تحالف "حركة ألمانيا تساعد"، حملة «ارحل»: a verb within a few words after the opening
    quotation mark that follows a naming noun belongs to a name; a quoted statement still acts."""
    _assert_no_event(code, 'وقالت المديرة التنفيذية لتحالف "حركة ألمانيا تساعد" إن التبرعات ارتفعت.', "AID")
    _assert_among(code, 'وقال الوزير السعودي "إيران تساعد الحوثيين".', ("AID", "IRN", "HOUTHIS"))


def test_the_author_of_claims_after_a_verb_is_no_subject(code: Callable[[str], Document]) -> None:
    """نفى ادعاءات الجاسوس البريطاني: a bare noun of claims or reports right after a verb that is
    no verb of saying is its object, whose genitive is their author; after a verb of saying it
    still speaks (وأكدت تقارير الأمم المتحدة)."""
    evs = [_coded(e) for e in code("كما نفى ادعاءات الجاسوس البريطاني السابق بأنه التقى بعملاء روس.").events]
    assert not [e for e in evs if e[0] == "REJECT" and e[1] == "GBRSPY"], evs
    _assert_among(code, "وأكدت تقارير الأمم المتحدة أن القوات السورية قصفت المدينة.", ("ACCUSE", "UN", "SYRMIL"))


def test_a_bare_noun_after_a_verb_with_its_object_pronoun_is_its_subject(code: Callable[[str], Document]) -> None:
    """اتهامات وجهها محقق بمكتب التحقيقات: the verb's object is its pronoun, so the bare noun after
    it is its subject, no actor named before; the accusations are not the clause subject's."""
    evs = [_coded(e) for e in code("قلل وزير الخارجية الروسي من شأن اتهامات وجهها محقق بمكتب التحقيقات "
                                   "الفيدرالي إلى 13 روسيا.").events]
    assert not [e for e in evs if e[0] == "ACCUSE" and e[1] == "RUSGOV"], evs
    _assert_among(code, "وأعلن الجيش السوري أن الطائرات الإسرائيلية قصفت موقعا ودمرته بالكامل.",
                  ("ASSAULT", "ISRMIL", None))


def test_an_accusative_masdar_before_lam_is_no_dual_verb(code: Callable[[str], Document]) -> None:
    """دعما للحكومة "in support of the government": a verb that takes no لـ is no dual before one,
    but the verbal noun in the indefinite accusative, which has no genitive: لـ names its target
    and the purpose is its clause subject's; a dual of the feminine (تعرضتا لاعتداء) stays a verb."""
    _assert_among(code, "وتصاعد النزاع مع بدء السعودية عمليات عسكرية دعما للحكومة اليمنية على رأس تحالف عسكري.",
                  ("SUPPORT", "SAU", "YEMGOV"))
    evs = [_coded(e) for e in code("وتقود السعودية تحالفا عسكريا ضد الحوثيين ودعما لحكومة الرئيس اليمني.").events]
    assert not [e for e in evs if e[0] == "SUPPORT" and e[1] == "HOUTHIS"], evs
    _assert_among(code, "وقال إن مكتبي الأمم المتحدة اللذين تعرضا لهجوم انتحاري في الجزائر سيبقيان.",
                  ("ASSAULT", "DZAUAF", "UN"))


def test_a_masculine_pronoun_on_inna_is_no_feminine_speaker(code: Callable[[str], Document]) -> None:
    """قالت وزارة الخارجية إنه سيزور: ه on إن is masculine, so it names someone other than the
    ministry (a feminine noun); إنها still names the speaker (قالت إيران إنها ستزور)."""
    evs = [_coded(e) for e in code("قالت وزارة الخارجية الأمريكية إنه سيزور أيضا السعودية والأردن.").events]
    assert not [e for e in evs if e[0] == "CONSULT" and e[1] == "USAGOV"], evs
    _assert_among(code, "وقالت إيران إنها ستزور السعودية.", ("CONSULT", "IRN", "SAU"))


def test_people_before_min_take_it_as_partitive(code: Callable[[str], Document]) -> None:
    """الاتهامات الموجهة له ولأفراد من حزبه: من after an actor or a word for members says whose
    they are (partitive), not whom the accusations came from; nor did the clause's subject make
    accusations directed at someone (الموجهة). A thing received still comes from the one after من."""
    evs = [_coded(e) for e in code("وأعلن المحامي استقالته من الحزب على خلفية الاتهامات الموجهة له "
                                   "ولأفراد من حزب الوفد بالفساد.").events]
    assert not [e for e in evs if e[0] == "ACCUSE" and e[1] is not None], evs
    evs = [_coded(e) for e in code("واعتبرت دمشق الاتهامات الموجهة لها بشأن الهجوم الكيميائي مملة.").events]
    assert not [e for e in evs if e[0] == "ACCUSE" and e[1] == "SYRGOV"], evs
    _assert_among(code, "وتعرض الوزير لانتقادات حادة من المعارضة السورية.", ("ACCUSE", "SYRIAN_OPPOSITION", "GOV"))


def test_the_owner_of_a_convoy_is_the_target(code: Callable[[str], Document]) -> None:
    """تفجير موكب رئيس الوزراء: the actor in the genitive of a convoy, a car or a patrol hit owns
    it and is the target, not the author of the bombing."""
    evs = [_coded(e) for e in code("واعتقلت الشرطة المتهم الرئيسي في قضية تفجير موكب رئيس الوزراء الفلسطيني.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "PSEGOV"], evs
    assert [e for e in evs if e[0] == "ASSAULT" and e[2] == "PSEGOV"], evs


def test_craft_cargo_or_arms_arriving_is_no_visit(code: Callable[[str], Document]) -> None:
    """الأسلحة التي تصل إلى الحوثيين، وصلت إلى إسرائيل أمس أول طائرة ركاب: a craft, a cargo or
    arms as the subject of a verb of arriving (the antecedent of its relative pronoun, or the first
    bare noun after a place and a time) visit no one; a minister after them still visits."""
    _assert_no_event(code, "ونفت الجماعة أن الأسلحة التي تصل إلى الحوثيين تبدأ رحلتها من لبنان.", "CONSULT")
    _assert_no_event(code, "ووصلت إلى إسرائيل، الخميس، أول طائرة ركاب تعبر أجواء المملكة.", "CONSULT")
    _assert_among(code, "ووصل إلى طهران، الخميس، وزير الخارجية الباكستاني.", ("CONSULT", "PAKGOV", "IRN"))


def test_a_death_that_sparks_is_no_bombing(code: Callable[[str], Document]) -> None:
    """فجر مقتل الشاب مظاهرات: with an event or a death as its subject, فجّر "sparked" is no
    bombing; a bomber still detonates."""
    doc = code("وفجرت وفاة الناشط في السجن احتجاجات في المدن الإيرانية.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and "فجر" in e.trigger.text], doc.events
    doc = code("وفجر مقتل الشاب برصاص الشرطة مظاهرات غاضبة في العاصمة الأمريكية.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and "فجر" in e.trigger.text], doc.events
    _assert_among(code, "وفجر مسلحون منزل قائد الشرطة العراقية.", ("ASSAULT", "UAF", "IRQCOP"))


def test_the_object_after_a_comma_past_a_time_word(code: Callable[[str], Document]) -> None:
    """اقتحمت قوات الاحتلال الإسرائيلية أمس، مخيم الدهيشة: a bare noun in the construct state after
    the comma that closes a time word is the object, so the verb is active and the forces act; an
    attribution after the comma (قتل جندي أمس، وفق مصادر) leaves the passive reading."""
    _assert_among(code, "اقتحمت قوات الاحتلال الإسرائيلية أمس، مخيم الدهيشة جنوب مدينة بيت لحم.",
                  ("ASSAULT", "ISRMIL", None))
    evs = [_coded(e) for e in code("وقتل جندي عراقي أمس، وفق مصادر أمنية.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "IRQMIL"], evs


def test_counted_civilians_after_an_active_only_verb_are_its_object(code: Callable[[str], Document]) -> None:
    """وأصابت عشرات المواطنين الفلسطينيين: أصاب's passive is spelled apart (أصيب), so the verb is
    active; counted civilians after it with nothing after them are its object, and the subject is
    the one carried on (قوات الاحتلال); a counted subject with an object after it still acts."""
    _assert_among(code, "قامت قوات الاحتلال بقمع المسيرة، وأصابت عشرات المواطنين الفلسطينيين.",
                  ("ASSAULT", "MIL", "PSECVL"))
    _assert_among(code, "وهاجم عشرات المستوطنين قرية فلسطينية.", ("ASSAULT", "CVL", "PSE"))


def test_the_actor_after_sabaqa_li_is_the_subject(code: Callable[[str], Document]) -> None:
    """سبق لأوباما أن زار كينيا "Obama has visited Kenya before": the actor after سبق with لـ,
    right before أن, does what the complement says."""
    _assert_among(code, "وسبق لأوباما أن زار كينيا عندما كان عضوا بمجلس الشيوخ.", ("CONSULT", "USAGOV", "KEN"))


def test_the_author_after_an_event_adjective(code: Callable[[str], Document]) -> None:
    """تعرضت نيروبي لهجوم دام لتنظيم القاعدة: after a common adjective of the event noun (دام،
    عنيف، جديد), لـ names its author, as after a nisba."""
    _assert_among(code, "وكانت نيروبي تعرضت في العام 1998 لهجوم دام لتنظيم القاعدة استهدف السفارة الأمريكية.",
                  ("ASSAULT", "AQ", "KENGOV"))


def test_a_noun_with_the_article_has_no_genitive(code: Callable[[str], Document]) -> None:
    """وحضر اللقاء مندوب السعودية: a bare noun right after a noun with the article is no genitive
    of it (the verb's subject), so the meeting is not Saudi Arabia's; an adjective still names the
    author (الهجوم الإسرائيلي)."""
    evs = [_coded(e) for e in code("وحضر اللقاء مندوب السعودية الدائم لدى الأمم المتحدة.").events]
    assert not [e for e in evs if e[0] == "CONSULT" and e[1] == "SAUGOV"], evs
    _assert_among(code, "وأدانت الحكومة اليمنية الهجوم الإسرائيلي على غزة.", ("ASSAULT", "ISR", None))


def test_the_holder_of_the_subject_s_title_is_no_object() -> None:
    """اتهمت السفيرة الأميركية في الأمم المتحدة نيكي هيلي روسيا: the name after the title is the one
    who held it on the document's date, in apposition; the object comes after."""
    from datetime import date

    from marsad.events.pipeline import code_pipeline
    from marsad.model import DocMeta

    doc = code_pipeline()(Document.from_text("واتهمت السفيرة الأميركية في الأمم المتحدة نيكي هيلي روسيا بحماية إيران.",
                                             meta=DocMeta(published=date(2018, 3, 1))))
    evs = [_coded(e) for e in doc.events]
    assert ("ACCUSE", "USAGOV", "RUS") in evs, evs


def test_a_body_with_its_nisba_before_its_owner_is_the_subject(code: Callable[[str], Document]) -> None:
    """والتقى المجلس التنفيذي للمنظمة: a definite body and its nisba adjective between the verb and
    a لـ-actor are the subject that actor owns; the organisation is not met (a verbal noun alone
    still takes لـ as its complement: رفضت السماح للقوات الأمريكية)."""
    evs = [_coded(e) for e in code("وقالت منظمة حظر الأسلحة الكيماوية إنها سترسل بعثة. "
                                   "والتقى المجلس التنفيذي للمنظمة خلف أبواب مغلقة.").events]
    assert not [e for e in evs if e[0] == "CONSULT" and e[2] == "OPCW"], evs


def test_a_bare_head_after_a_definite_phrase_is_the_subject(code: Callable[[str], Document]) -> None:
    """وشارك في التظاهرة رئيس إقليم كاتالونيا: a bare noun heading a construct right after a
    prepositional phrase of one definite noun is no adjective of it but the verb's subject, so no
    subject is carried on from the sentence before; a verb with nothing after its phrase still
    carries it."""
    doc = code("وتظاهر آلاف الأشخاص في برشلونة. وشارك في التظاهرة رئيس إقليم كاتالونيا كيم تورا.")
    assert not [e for e in doc.events if e.sentence.index == 1 and e.event_type == "PROTEST"], doc.events
    doc = code("وتظاهر آلاف الأشخاص في برشلونة. وشاركوا في المسيرة الحاشدة أمس.")
    assert [e for e in doc.events if e.sentence.index == 1 and e.event_type == "PROTEST"], doc.events



def test_a_coordinated_subject_after_inna_runs_up_to_its_verb(code: Callable[[str], Document]) -> None:
    """إن المملكة العربية السعودية وجنودها وشعبها ستستهدف داعش: the coordination right after إن is
    the complement's one subject, even with a singular verb after its last member; elsewhere a
    member right before a singular verb still opens a new clause (على سوريا والأمم المتحدة تدعو)."""
    _assert_among(code, "وقال الوزير: إن المملكة العربية السعودية وجنودها وشعبها ستستهدف داعش وكل إرهابي.",
                  ("ASSAULT", "SAU", "ISIS"))


def test_the_owner_of_what_a_stance_adjective_opposes_is_no_object(code: Callable[[str], Document]) -> None:
    """أغلقت الصحف المناهضة لسياسة أردوغان: the actor in the genitive of a لـ-noun after a
    participle of opposing or supporting is what the object opposes, not the object."""
    evs = [_coded(e) for e in code("وتعاني الصحافة التركية منذ منتصف 2016 حالة من مضايقات بسبب تصرفات الحكومة "
                                   "التي أغلقت العديد من المجالات والصحف المناهضة لسياسة أردوغان.").events]
    assert not [e for e in evs if e[0] == "COERCE" and e[2] == "TURGOV"], evs


def test_a_meeting_named_after_a_capital_is_held_there(code: Callable[[str], Document]) -> None:
    """لقاء باريس "the Paris meeting": a capital in the genitive of لقاء is where the meeting was
    held (flag venue_genitive, as for اجتماع and قمة), not a party to it."""
    evs = [_coded(e) for e in code("وتحدث المشري عن الأزمة الليبية وما تم الاتفاق عليه في لقاء باريس.").events]
    assert not [e for e in evs if e[0] == "CONSULT" and e[1] == "FRAGOV"], evs


def test_a_meeting_between_two_is_theirs(code: Callable[[str], Document]) -> None:
    """لقاء بين A وB: the parties of a meeting come after بين, as for قمة (لقاء تاريخي بين رئيس
    الحكومة الإثيوبي والرئيس الإريتري)."""
    _assert_among(code, "وجاء الإعلان غداة لقاء تاريخي بين رئيس الوزراء الصيني والمستشارة الألمانية في برلين.",
                  ("CONSULT", "CHNGOV", "DEUGOV"))


def test_talks_between_two_are_theirs(code: Callable[[str], Document]) -> None:
    """محادثات/مفاوضات/اجتماع/مباحثات/مشاورات بين A وB: the parties come after بين, as for لقاء and
    قمة."""
    _assert_among(code, "وأجريت مساء الخميس محادثات في الخرطوم بين الرئيس المصري ونظيره السوداني.",
                  ("CONSULT", "EGYGOV", "SDNGOV"))
    _assert_among(code, "وعقد أمس اجتماع بين وزير الخارجية الروسي ونظيره التركي في موسكو.",
                  ("CONSULT", "RUSGOV", "TURGOV"))


def test_confrontations_are_clashes(code: Callable[[str], Document]) -> None:
    """مواجهات، صدامات، مصادمات بين A وB are clashes, like اشتباكات (the singular مواجهة stays
    "confronting": مواجهة الإرهاب)."""
    _assert_among(code, "وبدأت مساء الخميس مواجهات عنيفة بين القوات الحكومية السورية وتنظيم داعش جنوبي دمشق.",
                  ("ASSAULT", "SYRMIL", "ISIS"))
    evs = [_coded(e) for e in code("وأكد الوزير أهمية مواجهة الإرهاب مع الولايات المتحدة.").events]
    assert not [e for e in evs if e[0] == "ASSAULT"], evs


def test_a_verb_or_pronoun_of_the_other_gender_is_not_a_persons(code: Callable[[str], Document]) -> None:
    """A feminine verb or the pronoun ها does not refer to a man the lexicon knows (أوباما، الرئيس
    الأمريكي), nor a masculine verb to a woman it knows (ميركل): the subject is dropped from someone
    else, or not named; a verb that agrees still carries the person on."""
    evs = [_coded(e) for e in code("انتقد أوباما السياسة الإيرانية. وتعهدت بفرض عقوبات على إيران.").events]
    assert not [e for e in evs if e[0] == "SANCTION" and e[1] == "USAGOV"], evs
    evs = [_coded(e) for e in code("انتقدت ميركل السياسة الإيرانية. وتعهد بفرض عقوبات على إيران.").events]
    assert not [e for e in evs if e[0] == "SANCTION" and e[1] == "DEUGOV"], evs
    _assert_among(code, "انتقدت ميركل السياسة الإيرانية. وتعهدت بفرض عقوبات على إيران.", ("SANCTION", "DEUGOV", "IRN"))
    evs = [_coded(e) for e in code("وأشاد أوباما بالميليشيات وقال إنها تقاتل تنظيم داعش بشجاعة.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "USAGOV"], evs


def test_a_bare_noun_in_an_expressions_gap_is_its_subject(code: Callable[[str], Document]) -> None:
    """وتوصلت لجنة تفاوضية إلى اتفاق: the bare noun between the verb of a multiword expression and
    its next word is the subject, no actor, so none is carried on from the sentence before."""
    text = "وقصفت مقاتلات سورية وروسية مدينة دوما. وتوصلت لجنة تفاوضية الليلة الماضية إلى اتفاق لإجلاء المصابين."
    evs = [_coded(e) for e in code(text).events]
    assert not [e for e in evs if e[0] == "AGREE"], evs
    _assert_among(code, "وقصفت القوات السورية مدينة دوما. وتوصلت أمس إلى اتفاق مع المعارضة.",
                  ("AGREE", "SYRMIL", "OPP"))


def test_a_unit_of_time_and_its_adjective_are_an_adverb(code: Callable[[str], Document]) -> None:
    """الأسبوع الماضي، الليلة الماضية، الشهر المقبل between a verb and its arguments are an adverb
    of time, as أمس is, not a definite subject that is no actor; after a bare event noun they are
    its genitive, and an actor after them is not (صدامات الأسبوع الماضي 21 فلسطينيا)."""
    _assert_among(code, "وأعادت الولايات المتحدة الأسبوع الماضي فرض عقوبات على إيران.", ("SANCTION", "USA", "IRN"))
    _assert_among(code, "وقصفت القوات السورية مدينة دوما. ثم توصلت الليلة الماضية إلى اتفاق مع المعارضة.",
                  ("AGREE", "SYRMIL", "OPP"))
    evs = [_coded(e) for e in code("وقتل في صدامات الأسبوع الماضي 21 فلسطينيا في القطاع.").events]
    assert not [e for e in evs if e[1] == "PSE"], evs


def test_a_noun_with_its_pronoun_after_anna_is_the_subject(code: Callable[[str], Document]) -> None:
    """أن عائلته طلبت: a noun in ة with a possessive pronoun right after أن/إن is the subject of the
    verb after it (no verb is spelled so), no actor: no subject is dropped from before."""
    evs = [_coded(e) for e in code("وقال الحرس الثوري إنه اعتقل الباحث. "
                                   "وأضاف المركز أن عائلته طلبت إطلاق سراحه بكفالة.").events]
    assert not [e for e in evs if e[0] == "REQUEST"], evs


def test_a_possessive_pronoun_refers_to_an_actor_that_agrees(code: Callable[[str], Document]) -> None:
    """بهجومه، بزيارتها: the singular pronoun on an event noun refers to the last actor before it only
    when they agree in gender (not روسيا for ـه, not ترامب for ـها); a dual keeps the last actor,
    and an owner that agrees keeps it."""
    evs = [_coded(e) for e in code("وقال إن النظام استفاد من حماية روسيا للدفع بهجومه على دوما.").events]
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "RUS"], evs
    evs = [_coded(e) for e in code("وأعاد ترامب فرض قيود على السفر إلى كوبا حيث بات على الراغبين "
                                   "بزيارتها أن يكونوا ضمن مجموعات سياحية.").events]
    assert not [e for e in evs if e[0] == "CONSULT"], evs
    _assert_among(code, "وأكدت روسيا استمرار هجومها على المدينة.", ("ASSAULT", "RUS", None))


def test_a_visit_with_its_pronoun_visits_the_lam_actor(code: Callable[[str], Document]) -> None:
    """زيارته لمصر إلى سلطنة عمان: with a pronoun on the noun of visiting, the actor after لـ is
    visited, not the visitor (زيارة للبشير إلى القاهرة: without it, al-Bashir visits Cairo)."""
    evs = [_coded(e) for e in code("وقال إن المبعوث الأممي سيذهب بعد زيارته لمصر إلى سلطنة عمان.").events]
    assert not [e for e in evs if e[0] == "CONSULT" and e[1] == "EGY"], evs



def test_the_counted_supporters_of_a_patron_are_killed(code: Callable[[str], Document]) -> None:
    """70 عنصرا من الميليشيات الموالية لإيران قتلوا في غارات: counted people before a verb with no
    object are its patients even when a participle of support with لـ closes their phrase: the
    militias were killed, Iran did not kill (it still acts through its own where they act:
    الميليشيات الموالية لإيران قصفت المدينة)."""
    for text in ("وكان 70 عنصرا من الميليشيات الموالية لإيران قتلوا في غارات لمقاتلات التحالف.",
                 "وكان 27 عنصرا من الميليشيات الموالية لإيران قد قُتلوا في قصف لمقاتلات التحالف العربي."):
        evs = [_coded(e) for e in code(text).events]
        assert [e for e in evs if e[0] == "ASSAULT" and e[2] == "UAF"], evs
        assert not [e for e in evs if "IRN" in (e[1], e[2])], evs


def test_a_spokespersons_name_in_commas_is_no_object(code: Callable[[str], Document]) -> None:
    """انتقد المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، خطاب …: the name in commas after a title of
    one person is its holder, also after the words of a spokesperson of an organisation; after a
    body (الشرطة التركية) a name stays the object."""
    for text in ("انتقد المتحدث باسم الجيش الإسرائيلي، افيخاي أدرعي، خطاب الأمين العام لحزب الله.",
                 "استنكرت الناطقة الرسمية باسم الحكومة الأردنية، جمانة غنيمات، دور قناة الجزيرة."):
        evs = code(text).events
        assert evs and not [e for e in evs if e.target is not None and e.target.code is None], evs
    evs = code("واعتقلت الشرطة التركية برانسون أمس.").events
    assert [e for e in evs if e.target is not None and e.target.text == "برانسون"], evs


def test_a_dual_verb_that_reads_as_an_accusative_drops_no_set(code: Callable[[str], Document]) -> None:
    """طالبا، طلبا، رفضا spelled as dual verbs read as well as an indefinite accusative: after a
    comma (، طالبا منها "asking her"), after an actor (من الرئيس عون طلبا "a request") or before an
    accusative adjective (ورفضا دوليا): no set of countries named before is their subject; a dual
    verb joined by و keeps it (ورحبا)."""
    text = ("وتحدث الرئيسان الفرنسي والتركي عن سوريا. عرض عليها رئيس المحكمة سلسلة صور، طالبا منها التعرف "
            "على أشخاص مختلفين.")
    assert not [e for e in code(text).events if e.sentence.index == 1], code(text).events
    text = "وتحدث الرئيسان الفرنسي والتركي عن سوريا. وأثار القرار غضب الفلسطينيين ورفضا دوليا."
    assert not [e for e in code(text).events if e.event_type == "REJECT"], code(text).events
    text = "وبحث الرئيسان الفرنسي والتركي الوضع في سوريا ورحبا بقرار مجلس الأمن الدولي."
    assert [e for e in code(text).events if e.event_type == "SUPPORT" and e.source is not None], code(text).events


def test_the_owner_of_a_bombed_mosque_is_no_author(code: Callable[[str], Document]) -> None:
    """تفجير مسجد قوات الطوارئ: the actor after a building people gather in (mosque, church, school,
    hospital, hotel, airport) in an attack noun's genitive owns what was hit: the target, never the
    author that a condemnation of the attack names."""
    evs = [_coded(e) for e in code("واستنكرت السعودية تفجير مسجد قوات الطوارئ في أبها.").events]
    assert not [e for e in evs if e[0] == "ACCUSE" and e[2] is not None and "MIL" in e[2]], evs
    _assert_among(code, "وقصفت طائرات التحالف مساجد الحوثيين في صعدة.", ("ASSAULT", None, "HOUTHIS"))


def test_a_phrase_verb_after_lam_in_the_past_form_is_its_masdar(code: Callable[[str], Document]) -> None:
    """تعرضت فنزويلا لفرض عقوبات: after a verb of undergoing and its subject, the first word of a
    verbal expression with لـ before its past form (no verb takes that) is its verbal noun,
    undergone: Canada sanctions Venezuela, which sanctions no one (elsewhere the expression keeps
    its reading: أقر الكونغرس مشروع قانون لفرض عقوبات على روسيا, an earlier tested decision)."""
    _assert_among(code, "وتعرضت فنزويلا لفرض عقوبات من قبل كندا بسبب انتهاكات حقوق الإنسان.",
                  ("SANCTION", "CAN", "VEN"))
    evs = [_coded(e) for e in code("وتعرضت فنزويلا لفرض عقوبات من قبل كندا بسبب انتهاكات حقوق الإنسان.").events]
    assert not [e for e in evs if e[1] == "VEN"], evs


def test_an_attack_with_its_weapon_is_the_subject_of_the_verb(code: Callable[[str], Document]) -> None:
    """هجمات بالصواريخ البالستية استهدفت: an attack noun with a بـ phrase of what it was made with is
    still the subject of the verb right after it, which takes the attack's author."""
    _assert_among(code, "وشن الحوثيون سلسلة هجمات بالصواريخ البالستية استهدفت الأراضي السعودية.",
                  ("ASSAULT", "HOUTHIS", "SAU"))


def test_the_nisba_after_a_quoted_name_is_the_names(code: Callable[[str], Document]) -> None:
    """حركة "حماس" الفلسطينية: a nisba right after the closing quotation mark of an organisation's
    name describes it: no object of the verb (Hamas criticised the US president, not Palestine;
    the Houthis accuse Saudi Arabia, not Yemen); a name the lexicon does not know gets no country."""
    _assert_among(code, 'وانتقدت حركة "حماس" الفلسطينية قرار الرئيس الأمريكي.', ("ACCUSE", "HAMAS", "USAGOV"))
    _assert_among(code, 'واتهمت جماعة "الحوثي" اليمنية السعودية بقصف المدنيين.', ("ACCUSE", "HOUTHIS", "SAU"))
    # a name the lexicon does not know: the nisba describes it, gives it no country, is no object
    evs = [_coded(e) for e in code('طالبت منظمة "شربا" الفرنسية غير الحكومية سلطات كندا بفتح تحقيقات.').events]
    assert ("REQUEST", None, "CANGOV") in evs and not [e for e in evs if "FRA" in (e[1], e[2])], evs


def test_a_nominative_plural_is_no_object(code: Callable[[str], Document]) -> None:
    """واستقبل العسكريون العاملون في الجيش العيد: a sound masculine plural in -ون is nominative, an
    adjective of the subject or a subject, never the verb's object (which takes -ين)."""
    evs = [_coded(e) for e in code("واستقبل العسكريون العاملون في الجيش اليمني العيد هذه المرة بشكل مختلف.").events]
    assert not [e for e in evs if e[0] == "CONSULT"], evs
    _assert_among(code, "واستقبل الرئيس المصري المتظاهرين في القصر.", ("CONSULT", "EGYGOV", "CVL"))


def test_after_the_passive_auxiliary_the_pronoun_is_the_patient(code: Callable[[str], Document]) -> None:
    """الحوثيين تم استهدافهم: after تم/يتم the pronoun on the verbal noun is the one it befalls, the
    actor right before, no author (not past other nouns: ألغام يتم تفجيرها); وتم/وسيتم is a verb that
    opens a clause of its own (وتم إجلاء المواقع … من روسيا: Russia is no target of the attack before)."""
    evs = [e for e in code("وأضافت أن الحوثيين تم استهدافهم في صعدة.").events if e.event_type == "ASSAULT"]
    assert evs and evs[0].source is None and evs[0].target is not None and evs[0].target.code == "HOUTHIS", evs
    evs = [e for e in code("وأوضح أن الميليشيات الحوثية حولتها إلى شبكات ألغام يتم تفجيرها عن بعد.").events
           if e.event_type == "ASSAULT"]
    assert not [e for e in evs if e.target is not None and e.target.code == "HOUTHIS"], evs
    evs = code("وأكد أن دمشق استوعبت الهجوم وتم إجلاء المواقع المستهدفة بناء على تحذير من روسيا.").events
    assert not [e for e in evs if e.event_type == "ASSAULT" and e.target is not None], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("طالب وزير الدولة الإماراتي للشؤون الخارجية الدكتور أنور قرقاش، تركيا، بمراعاة سيادة الدول العربية.",
     ("REQUEST", "AREGOV", "TUR")),
    ("واستقبل مستشار الرئيس الأمريكي لشؤون الأمن القومي الجنرال مايكل فلين السفير الروسي.",
     ("CONSULT", "USAGOV", "RUSGOV")),
])  # fmt: skip
def test_a_title_with_its_portfolio_is_the_name_after_it(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """وزير الدولة للشؤون الخارجية الدكتور أنور قرقاش، مساعد الوزير لقطاع السجون اللواء …: the
    portfolio after لـ and the rank stand between a title and its holder's name; the name is no
    object (Turkey, named after it, is asked)."""
    _assert_among(code, text, expected)
    evs = [_coded(e) for e in code(text).events]
    assert not [e for e in evs if e[2] in ("MIL", "CVL", "EDU")], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("وقتل جنديان من الجيش الإسرائيلي في الهجوم.", ("ASSAULT", None, "IDF")),
    ("وقال الجيش إنه قتل 12 مسلحا، فيما قتل عنصران من القوات المصرية خلال العمليات.", ("ASSAULT", None, "EGYMIL")),
    ("واعتقل شرطيان برصاص مسلحين.", ("COERCE", "UAF", "COP")),
    # an object after the two: they act
    ("وقتل مسلحان جنديا في الهجوم.", ("ASSAULT", "UAF", "MIL")),
])  # fmt: skip
def test_two_people_counted_by_a_dual_are_a_passives_subject(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """قتل عنصران من القوات المصرية: an indefinite dual of people counts two, like a number, and with
    nothing after it (its partitive من aside) that can be an object the verb is a passive (the two
    soldiers had killed, or the army's spokesperson named before had)."""
    _assert_among(code, text, expected)


def test_a_possessive_pronoun_agrees_in_number_with_its_owner(code: Callable[[str], Document]) -> None:
    """طائراته after مواقع الحوثيين: "its" refers to no sound plural, so the Houthis do not own the
    coalition's aircraft; قواتهم after الحوثيون: "their" does (the forces were nobody's); a name
    ending like a plural (جونسون) is no plural."""
    evs = code("ومنذ صباح الأربعاء، كثف التحالف هجماته على مواقع الحوثيين، حيث نفذت طائراته ضربات استهدفت "
               "تحصينات المتمردين.").events
    assert not [e for e in evs if e.source is not None and e.source.group == "HOUTHIS"], evs
    _assert_among(code, "وقال الحوثيون إن قواتهم قصفت مواقع سعودية.", ("ASSAULT", "HOUTHIS", "SAU"))
    evs = code("وقال وزير الخارجية البريطاني بوريس جونسون إن حكومته ستفرض عقوبات على روسيا.").events
    assert [e for e in evs if e.event_type == "SANCTION" and e.source is not None and e.source.code == "GBRGOV"], evs


@pytest.mark.parametrize("text", [
    "وأشار إلى أن ميليشيا الحوثي قامت بنهب الأموال وسرقة المساعدات الإنسانية الحيوية التي تصل إلى اليمن.",
    "وقامت ميليشيا الحوثي بالاستيلاء على المساعدات الإنسانية في ميناء الحديدة.",
])
def test_stolen_aid_is_no_aid_and_arrives_by_itself(code: Callable[[str], Document], text: str) -> None:
    """سرقة المساعدات، الاستيلاء على المساعدات: aid taken is not given by the taker; المساعدات
    الإنسانية الحيوية التي تصل إلى اليمن: the cargo arrives, past its adjectives, no one visits."""
    evs = code(text).events
    assert not [e for e in evs if e.event_type in ("AID", "CONSULT")], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("وأدانت السعودية الهجوم الكيماوي الذي نفذه نظام الأسد في دوما.", ("ACCUSE", "SAU", "SYRGOV")),
    ("وأدانت السعودية الهجوم الكيماوي المروع الذي شنه نظام الأسد في دوما.", ("ASSAULT", "SYRGOV", None)),
    ("وهذه هي الزيارة العاشرة التي يقوم بها لودريان إلى مصر.", ("CONSULT", "FRAGOV", "EGY")),
])  # fmt: skip
def test_a_support_verb_after_the_nouns_adjectives_names_its_author(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """الهجوم الكيماوي المروع الذي نفذه نظام الأسد: up to two adjectives may stand between an event
    noun and the relative clause whose support verb names its author (and so whom a condemnation
    of it accuses)."""
    _assert_among(code, text, expected)


def test_what_is_denied_of_a_known_event_does_not_negate_it(code: Callable[[str], Document]) -> None:
    """لم تلق الضربات التي شنتها الولايات المتحدة إجماعا: a negated verb before a definite event noun
    denies something of a known event, which happened; after a verb of happening (لم يقع الهجوم) or
    as the object of a negated support verb (لم تشن إسرائيل الغارات) the event is negated."""
    evs = [e for e in code("لم تلق الضربات التي شنتها الولايات المتحدة على سوريا إجماعا من الدول العربية.").events
           if e.event_type == "ASSAULT"]
    assert evs and not [e for e in evs if e.negated], evs
    evs = [e for e in code("لم تشن إسرائيل الغارات.").events if e.event_type == "ASSAULT"]
    assert evs and all(e.negated for e in evs), evs


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد أردوغان أن بلاده لن ترضخ للتهديدات الأمريكية.", ("THREATEN", "USA", "TURGOV")),
    ("وتخضع إيران لعقوبات أمريكية مشددة.", ("SANCTION", "USA", "IRN")),
])  # fmt: skip
def test_yielding_and_being_subjected_are_undergoing(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """رضخ، خضع لـ: the subject undergoes the threats or the sanctions; it makes none (Erdogan had
    threatened, from the verb of saying)."""
    _assert_among(code, text, expected)
    assert not [e for e in code(text).events
                if e.event_type == expected[0] and e.source is not None and e.source.code == expected[2]]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتأتي المبادرة في إطار دعم دولة الإمارات المتواصل للأشقاء في اليمن.", ("SUPPORT", "ARE", "YEM")),
    ("وأضافت أن انخراط القوات يأتي في إطار دعم الأهالي وإفشال محاولة نظام أردوغان.", None),
])  # fmt: skip
def test_a_frame_noun_governs_a_verbal_noun(code: Callable[[str], Document],
                                            text: str, expected: tuple[str, str | None, str | None] | None) -> None:
    """في إطار دعم، في سياق، في سبيل: the word after a frame noun is its genitive, a verbal noun whose
    own genitive is its author; no verb whose object lies far after it (the people had supported
    Erdogan's government)."""
    if expected is not None:
        _assert_among(code, text, expected)
    assert not [e for e in code(text).events if e.target is not None and e.target.code == "TURGOV"]


@pytest.mark.parametrize("text", [
    "وأوضح المسؤول المغربي أن شركة أخرى ستأتي إلى السوق، لكنه امتنع عن ذكر أسماء.",
    "ورفضت الحكومة المغربية تأكيد أو نفي التقارير.",
    "وامتنعت الوزارة المغربية عن الإفصاح عن التفاصيل.",
])
def test_declining_to_name_or_confirm_rejects_nothing(code: Callable[[str], Document], text: str) -> None:
    """امتنع عن ذكر أسماء، رفض تأكيد أو نفي: a source's reserve, no political rejection (as امتنع
    عن التعليق، رفض الكشف عن اسمه)."""
    assert not [e for e in code(text).events if e.event_type == "REJECT"], text


def test_a_mark_that_closes_a_quotation_opens_no_name(code: Callable[[str], Document]) -> None:
    """… "الميليشيات هددت حدود" بلاده وتستخدم "…": the mark before بلاده closes a quotation, so بلاده
    opens no quoted name and stays the crown prince's country, threatened."""
    _assert_among(code, 'وتابع ولي العهد السعودي أن "الميليشيات هددت حدود" بلاده وتستخدم "الجانب الإنساني".',
                  ("THREATEN", "UAF", "SAUGOV"))


@pytest.mark.parametrize(("text", "expected"), [
    ("وطلب السفير الأميركي لدى ألمانيا، ريتشارد غرينيل، من برلين منع إيران من سحب مبلغ نقدي ضخم.",
     ("REQUEST", "USAGOV", "DEUGOV")),
    ("وشكر السفير الإسرائيلي لدى مصر دافيد جوفرين السلطات المصرية على تعاونها.", ("SUPPORT", "ISRGOV", "EGYGOV")),
])  # fmt: skip
def test_an_envoys_posting_stands_between_his_title_and_name(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """السفير الأميركي لدى ألمانيا، ريتشارد غرينيل: where an envoy is posted (لدى and the country) and a
    comma may stand between his title and his name, which is his, no object."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("فرضت الولايات المتحدة في مايو الماضي، عقوبات جديدة على إيران.", ("SANCTION", "USA", "IRN")),
    ("وقعت مصر في عام 2015، اتفاقا مع روسيا.", ("AGREE", "EGY", "RUS")),
    # a support verb and its verbal noun past أمس، اليوم or a weekday and a comma
    ("كما شنت مقاتلات التحالف العربي أمس، غارات جوية عدة على مواقع للحوثيين.", ("ASSAULT", "ARAB_COALITION", "HOUTHIS")),
    ("ونفذت القوات الإسرائيلية الخميس، حملة اعتقالات في مدينة الخليل.", ("COERCE", "ISRMIL", None)),
])  # fmt: skip
def test_a_comma_after_a_time_cuts_no_expression(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """فرضت الولايات المتحدة في مايو الماضي، عقوبات: the comma after a time is a writer's pause
    between the verb and its object, within the expression and its clause; after a verb with its
    object pronoun it is not (في تقرير نشرته الخميس، القوات: no forces deployed)."""
    _assert_among(code, text, expected)
    evs = code("اتهمت منظمة العفو الدولية في تقرير نشرته الخميس، القوات الموالية للحكومة اليمنية بتعذيب سجناء.").events
    assert not [e for e in evs if e.event_type == "MOBILIZE"], evs


def test_this_week_stands_between_a_subject_and_its_verbal_noun(code: Callable[[str], Document]) -> None:
    """أعادت واشنطن هذا الأسبوع فرض عقوبات: هذا الأسبوع، هذا العام are adverbs of time, no words
    between the subject and what it does (the sanctions had no source)."""
    _assert_among(code, "وقد أعادت واشنطن هذا الأسبوع فرض عقوبات على إيران.", ("SANCTION", "USAGOV", "IRN"))


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت واشنطن إنها تعتزم فرض عقوبات جديدة على إيران.", ("SANCTION", "USAGOV", "IRN")),
    ("وأعلن الاتحاد الأوروبي أنه قرر فرض عقوبات على روسيا.", ("SANCTION", "EU", "RUS")),
])  # fmt: skip
def test_the_pronoun_on_that_is_the_subject_of_a_verb_of_intent(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """قالت واشنطن إنها تعتزم فرض عقوبات: the pronoun on إن is the subject of the verb of intent
    after it, and that subject does what the verb governs (the event had no source)."""
    _assert_among(code, text, expected)
    evs = [_coded(e) for e in code("وقالت واشنطن إنه يعتزم فرض عقوبات على إيران.").events]
    assert ("SANCTION", "USAGOV", "IRN") not in evs, evs  # (إنه: someone else, not the city)


@pytest.mark.parametrize(("text", "expected"), [
    ("ونفى وجود قوات إيرانية في سوريا.", ("REJECT", None, "IRNMIL")),
    ("ورفض تدخل إيران في شؤون البحرين.", ("REJECT", None, "IRN")),
    ("وانتقد الرئيس المصري دور قطر في دعم الإرهاب.", ("ACCUSE", "EGYGOV", "QAT")),
])  # fmt: skip
def test_the_genitive_of_a_noun_of_stance_is_no_subject(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """ونفى وجود قوات إيرانية: the actor after a bare noun of stance or conduct (وجود، تدخل، دور) right
    after the verb is that noun's genitive, part of the verb's object, not its subject."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("إن المملكة العربية السعودية وجنودها ستستهدف داعش في أي مكان.", ("ASSAULT", "SAU", "ISIS")),
    ("لكن السعودية تستهدف داعش في سوريا.", ("ASSAULT", "SAU", "ISIS")),
    ("«إنّ إسرائيل ستقصف حماس»، قال الوزير.", ("ASSAULT", "ISR", "HAMAS")),
])  # fmt: skip
def test_a_sentences_opening_particle_stands_before_its_subject(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """إن السعودية ستستهدف داعش: the actor after the sentence's first particle (إنّ، فإن، لكن) and
    before the verb is its subject, as after أن inside a sentence; the group after the verb is its
    object (it was read as the subject of a verb before its object)."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (the former president: his country, no government's office, as a named former holder)
    ("وكان مجلس الأمن الدولي فرض في أبريل (نيسان) الماضي عقوبات على الرئيس اليمني السابق.",
     ("SANCTION", "UNSC", "YEM")),
    ("لقي جندي إسرائيلي (20 عاما) مصرعه في الخليل.", ("ASSAULT", None, "ISRMIL")),
])  # fmt: skip
def test_a_short_aside_in_brackets_cuts_no_expression(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """فرض في أبريل (نيسان) الماضي عقوبات، لقي طفل (15 عاما) مصرعه: one or two words in brackets (a
    month's other name, an age) stand between an expression's parts as words of its gap."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("أكد مسؤول أن الرئيس محمود عباس يرافقه وفد من كبار المسؤولين بالرئاسة سيزور السعودية قريبا.",
     ("CONSULT", "PSEGOV", "SAU")),
    ("الرئيس التركي برفقته وزير الخارجية ووزير الدفاع زار العراق.", ("CONSULT", "TURGOV", "IRQ")),
])  # fmt: skip
def test_a_companion_is_neither_subject_nor_object(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """الرئيس يرافقه وفد من كبار المسؤولين سيزور؛ زار الرئيس يرافقه وزير الخارجية …: those who
    accompany the actor (يرافقه، ترافقها، برفقته، بصحبة) do not visit by themselves, nor are they
    visited."""
    _assert_among(code, text, expected)
    evs = code("زار الرئيس التركي يرافقه وزير الخارجية العراق.").events
    assert [e for e in evs if e.event_type == "CONSULT"], evs
    assert not [e for e in evs if e.target is not None and e.target.sector == "GOV"], evs


def test_a_verb_after_a_bare_noun_describes_it(code: Callable[[str], Document]) -> None:
    """القبض على طالب قتل والديه: a verb right after a bare indefinite noun that a preposition
    governs opens a clause describing that noun, its subject; the police killed no one. After على
    أن it is the clause's own verb (على أن يلتقيا)."""
    evs = code("ألقت الشرطة الأميركية القبض على طالب قتل والديه بالرصاص.").events
    assert [e for e in evs if e.event_type == "COERCE"], evs
    assert not [e for e in evs if e.event_type == "ASSAULT" and e.source is not None], evs
    evs = code("وتجاهل المسؤولان الروسي والألماني الواحد الآخر، على أن يلتقيا بعد الظهر.").events
    assert [e for e in evs if e.event_type == "CONSULT" and e.source is not None], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("وأدانت الرئاسة الفلسطينية الهجوم على المسجد.", ("ACCUSE", "PSEGOV", None)),
    ("وفرضت الخزانة الأمريكية عقوبات على إيران.", ("SANCTION", "USAGOV", "IRN")),
    ("وانتقد قائد القوة البرية الإيرانية تهديدات الرئيس الأميركي.", ("ACCUSE", "IRNMIL", "USAGOV")),
])  # fmt: skip
def test_presidencies_treasuries_and_ground_forces_are_actors(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """الرئاسة الفلسطينية، الخزانة الأمريكية، القوة البرية الإيرانية: a presidency with its
    country speaks for its government, a treasury imposes sanctions, and a singular force of the
    land or the sea is an armed service."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("وانتقد قائد قوات الأمن الباكستانية الرئيس الأميركي.", ("ACCUSE", "PAKCOP", "USAGOV")),
    ("وقصفت الطائرات الإسرائيلية مواقع تابعة للقوات البحرية لحماس.", ("ASSAULT", "ISRMIL", "HAMAS")),
])  # fmt: skip
def test_an_office_of_a_body_of_several_words_is_of_that_body(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """قائد قوات الأمن الباكستانية: a name of several words in the construct state is definite by its
    last word and is the genitive of the office before it (one commander, of the police); القوات
    البحرية لحماس: an armed service owned with لـ is of that group."""
    _assert_among(code, text, expected)


def test_a_particle_stands_in_no_title(code: Callable[[str], Document]) -> None:
    """قال مسؤول إن الرئيس بوتين سيزور: إن is no word of a genitive chain between a title and a name;
    the official reports, Putin visits."""
    evs = [e for e in code("قال مسؤول إن الرئيس بوتين سيزور السعودية.").events if e.event_type == "CONSULT"]
    assert evs and evs[0].source is not None and evs[0].source.text == "الرئيس بوتين", evs


def test_a_country_visited_before_more_places_is_visited(code: Callable[[str], Document]) -> None:
    """قبل أن تزور ملاوي ثم كينيا: a country right after a verb of visiting, with only more places
    after it, is where the visitor goes; Malawi visits no one."""
    evs = [e for e in code("وكانت السيدة الأولى الأميركية استهلت جولتها في غانا قبل أن تزور ملاوي ثم كينيا.").events
           if e.event_type == "CONSULT"]
    assert evs and not [e for e in evs if e.source is not None and e.source.code == "MWI"], evs
    assert [e for e in evs if e.target is not None and e.target.code == "MWI"], evs


def test_a_nominative_plural_after_wa_is_no_object(code: Callable[[str], Document]) -> None:
    """دبلوماسيون عرب ومصريون: a nisba in the nominative plural joined by و describes the subject or
    joins it; it is never the object, which would take -ين (Maliki, whose claims are condemned, is)."""
    evs = [e for e in code("استنكر دبلوماسيون عرب ومصريون مزاعم نوري المالكي ضد المملكة.").events
           if e.event_type == "ACCUSE"]
    assert evs and not [e for e in evs if e.target is not None and e.target.country == "EGY"], evs
    assert [e for e in evs if e.target is not None and e.target.country == "IRQ"], evs


@pytest.mark.parametrize("text", [
    "وأكدت أنها تتعارض مع ميثاق منظمة التعاون الإسلامي الذي يدعو إلى تعزيز العلاقات.",
    "وانتقد ترامب اللاعبين في الدوري الوطني لكرة القدم الأمريكية الذين يرفضون الوقوف للنشيد.",
])
def test_a_relative_pronoun_agrees_with_its_antecedent(code: Callable[[str], Document], text: str) -> None:
    """ميثاق منظمة التعاون الإسلامي الذي يدعو: الذي is masculine, so the charter calls, not the
    organisation, named by a feminine noun in its genitive; الذين after a feminine nisba (لكرة القدم
    الأمريكية) refers to the players, not the United States."""
    evs = code(text).events
    assert not [e for e in evs if e.event_type in ("REQUEST", "REJECT") and e.source is not None
                and e.source.code in ("OIC", "USA")], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("التقى الأمير علي برئيس الاتحاد الأوروبي لكرة القدم ميشال بلاتيني في باريس.", "UEFA"),
    ("وفرض الاتحاد الأفريقي لكرة القدم عقوبات على الاتحاد المصري.", "CAF"),
])  # fmt: skip
def test_football_federations_are_not_the_union_they_open_with(
        code: Callable[[str], Document], text: str, expected: str) -> None:
    """الاتحاد الأوروبي لكرة القدم is UEFA and الاتحاد الأفريقي لكرة القدم the African football
    confederation, not the European or the African Union."""
    groups = {a.group for e in code(text).events for a in (e.source, e.target) if a is not None}
    assert expected in groups and not {"EU", "AU"} & groups, groups


def test_a_national_security_adviser_is_of_the_government(code: Callable[[str], Document]) -> None:
    """مستشار الأمن القومي الأميركي جون بولتون: the adviser is USAGOV and the subject; the nisba of
    his title is no one met."""
    evs = [e for e in code("التقى مستشار الأمن القومي الأميركي جون بولتون، الاثنين بالسفير التركي.").events
           if e.event_type == "CONSULT"]
    assert [e for e in evs if e.source is not None and e.source.code == "USAGOV"], evs
    assert not [e for e in evs if e.target is not None and e.target.code == "USA"], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("قصف جوي ومدفعي تركي ضد داعش والأكراد.", ("ASSAULT", None, "ISIS")),
    ("استهدف قصف صاروخي مواقع عسكرية للنظام السوري في حماة.", ("ASSAULT", None, "SYRGOV")),
])  # fmt: skip
def test_a_word_before_an_adjective_of_manner_is_a_verbal_noun(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """قصف جوي، قصف مدفعي، قصف صاروخي: before an adjective of manner the word is the verbal noun,
    never the verb "bombed" (whose object would be Turkey), and no clause's verb that would cut the
    attack verb before it from its object."""
    _assert_among(code, text, expected)
    assert not [e for e in code(text).events if e.target is not None and e.target.code == "TUR"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأضاف المرصد أن قصفا مدفعيا للقوات التركية تسبب في مقتل 43 مدنيا.", ("ASSAULT", "TURMIL", "CVL")),
    ("وأدى القصف الإسرائيلي إلى مقتل خمسة فلسطينيين.", ("ASSAULT", "ISR", "PSE")),
])  # fmt: skip
def test_the_event_that_causes_deaths_names_their_killer(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """تسبب في مقتل is a verb of causing like أدى إلى، أسفر عن; the event named right after the verb
    of causing (أدى القصف الإسرائيلي إلى مقتل) caused the deaths, and its author killed."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("واتهمت إسرائيل فيلق القدس بإطلاق الصواريخ.", ("ACCUSE", "ISR", "IRGC")),
    ("من جهته اتهم تحالف دعم الشرعية الحوثيين بتجنيد الأطفال.", ("ACCUSE", "ARAB_COALITION", "HOUTHIS")),
    ("وتتهم أنقرة الداعية فتح الله غولن بالوقوف خلف محاولة الانقلاب.", ("ACCUSE", "TURGOV", "GULEN")),
])  # fmt: skip
def test_the_first_word_of_a_known_name_is_no_verb(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """فيلق القدس، تحالف دعم الشرعية، فتح الله غولن: the first word of a known organisation's or
    person's name of several words reads as a verb (فـ+يلق، تحالف، فتح) but starts no clause, so the
    name stays the object of the verb before it."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("اتهم الحزب الديمقراطي الكردستاني الإيراني المعارض الحكومة الإيرانية بقمع الأكراد.", ("ACCUSE", "KDPI", "IRNGOV")),
    ("بدوره، اتهم فصيل جيش الإسلام المعارض النظام السوري بطمس الأدلة.", ("ACCUSE", "JAYSH_ISLAM", "SYRGOV")),
])  # fmt: skip
def test_an_opposition_adjective_describes_a_known_organisation(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """الحزب الديمقراطي الكردستاني الإيراني المعارض، جيش الإسلام المعارض: المعارض after a known
    organisation's definite name describes it and is no opposition of its own, nor the object; the
    Iranian Kurdish party is not Iraq's KDP."""
    _assert_among(code, text, expected)
    assert not [e for e in code(text).events if e.target is not None and e.target.code == "OPP"]


def test_a_name_in_commas_after_a_bodys_man_is_his(code: Callable[[str], Document]) -> None:
    """ممثل الحزب …، محمد صالح قادري، جهاز المخابرات الإيراني: the name in commas after the genitive
    of a bare noun (the party's representative) is that man's, and the actor after the second comma is
    the object; بالتعاون مع حزب العمال الكردستاني والداعية فتح الله غولن: an actor joined by و and a
    title to one a preposition governs is governed too, no object."""
    _assert_among(code, "اتهم ممثل الحزب الديمقراطي الكردستاني الإيراني المعارض، محمد صالح قادري، "
                        "جهاز المخابرات الإيراني، بتدبير عملية استهداف.", ("ACCUSE", "KDPI", "IRNSPY"))
    evs = code("واتهم الصحافيون خصوصا بالتعاون مع حزب العمال الكردستاني والداعية فتح الله غولن.").events
    assert not [e for e in evs if e.target is not None and e.target.group == "GULEN"], evs


def test_the_genitive_of_an_accusation_by_someone_is_accused(code: Callable[[str], Document]) -> None:
    """سيتم اتهام إسرائيل من قبل كل العالم بإفشال الاتفاق: with the accuser named after من قبل, the
    genitive of the accusation is the one accused, not the accuser."""
    evs = [e for e in code("وحذر كيري من أنه سيتم اتهام إسرائيل من قبل كل العالم بإفشال الاتفاق.").events
           if e.event_type == "ACCUSE"]
    assert evs and not [e for e in evs if e.source is not None and e.source.code == "ISR"], evs
    assert [e for e in evs if e.target is not None and e.target.code == "ISR"], evs


def test_an_actor_in_commas_after_an_unknown_name_is_the_subject(code: Callable[[str], Document]) -> None:
    """قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت: the actor between commas
    says who the name no lexicon knows is, and is the subject of the verb after the second comma; a
    conjunct there (، ووزير الداخلية،) is not."""
    _assert_among(code, "وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت في بيان القصف التركي.",
                  ("ACCUSE", "PKK", "TUR"))
    evs = code("ويستهدف القرار الأميركي وزير العدل التركي عبد الحميد قول، ووزير الداخلية سليمان صويلو، لتنفذ بذلك "
               "إدارة الرئيس الأميركي وعيدها بفرض عقوبات على أنقرة.").events
    assert not [e for e in evs if e.event_type == "SANCTION" and e.source is not None and "صويلو" in e.source.text], evs


@pytest.mark.parametrize(("text", "expected"), [
    ("ودعا مشروع القرار الأمريكي إلى إجراء تحقيق مستقل.", ("REQUEST", "USA", None)),
    ("وطالب البيان المصري إسرائيل بوقف الاستيطان.", ("REQUEST", "EGY", "ISR")),
])  # fmt: skip
def test_a_document_after_a_verb_of_asking_speaks_for_its_nisba(
        code: Callable[[str], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """ودعا مشروع القرار الأمريكي إلى: a document right after a verb of asking or saying is its
    subject, and the nisba after it names its author; the United States is asked nothing."""
    _assert_among(code, text, expected)


def test_a_noun_right_after_taarrada_is_offered_not_undergone(code: Callable[[str], Document]) -> None:
    """فرنسا تعرض الوساطة: a noun right after تعرض without a preposition is what is offered, so France
    undergoes no mediation; تعرضت تونس لثلاث هجمات still undergoes the attacks."""
    evs = code("فرنسا تعرض الوساطة بين تركيا والأكراد في شمالي سوريا.").events
    assert not [e for e in evs if e.target is not None and e.target.code == "FRA"], evs
    _assert_among(code, "وتعرضت تونس لثلاث هجمات كبرى.", ("ASSAULT", None, "TUN"))


def test_officials_in_an_organisation_are_of_it(code: Callable[[str], Document]) -> None:
    """مسؤولون في الأمم المتحدة: officials "in" an organisation are its own, like those "of" it."""
    _assert_among(code, "واتهم مسؤولون في الأمم المتحدة قوات الحكومة السورية بإزالة الأدوية.",
                  ("ACCUSE", "UN", "SYRMIL"))


def test_an_occupier_takes_no_country_from_its_conjunct(code: Callable[[str], Document]) -> None:
    """بين الشبان الفلسطينيين وقوات الاحتلال: the occupation forces joined to Palestinians are not
    Palestinian forces (a bare sector after a conjunct otherwise takes its country: ومسؤولين آخرين)."""
    evs = code("وقعت مواجهات عنيفة في القدس بين الشبان الفلسطينيين وقوات الاحتلال.").events
    assert evs and not [e for e in evs for a in (e.source, e.target) if a is not None and a.code == "PSEMIL"], evs


def test_the_first_to_do_it_is_the_subject(code: Callable[[str], Document]) -> None:
    """أول رئيس أمريكي يلتقي كيم، أرفع مسؤول أميركي يلتقي: an indefinite actor after an ordinal or
    an elative, right before a verb, is the subject of the clause describing it, not Kim after the
    verb; with nothing after a verb of harm it undergoes it (أول إسرائيلي يقتل: killed, not killing)."""
    _assert_among(code, "وهو أول رئيس أمريكي يلتقي كيم جونغ أون.", ("CONSULT", "USAGOV", "PRKGOV"))
    _assert_among(code, "وبومبيو هو أرفع مسؤول أميركي يلتقي كيم جونغ أون.", ("CONSULT", "USAGOV", "PRKGOV"))
    evs = code("وكان الجندي أول إسرائيلي يقتل قرب حدود قطاع غزة.").events
    assert not [e for e in evs if e.source is not None and e.source.country == "ISR"], evs


@pytest.mark.parametrize("text", [
    "وأصيب المزارع برصاصة في ظهره أطلقها عليه جنود الجيش الإسرائيلي.",
    "واستشهد الشاب أحمد (25 عاما) إثر إصابته برصاصة في الرأس قبل ظهر اليوم (الجمعة) أطلقها جنود الجيش الإسرائيلي.",
])
def test_the_one_who_fired_the_shot_is_the_doer(code: Callable[[str], Document], text: str) -> None:
    """برصاصة في ظهره أطلقها عليه جنود …: the actor right after أطلقها (past a preposition's pronoun)
    a few words after the shot fired it, and did the harm; short asides in brackets (an age, a
    day) stand in no one's way."""
    evs = [e for e in code(text).events if e.event_type == "ASSAULT"]
    assert [e for e in evs if e.source is not None and e.source.country == "ISR" and e.source.sector == "MIL"], evs


def test_the_occupations_body_is_the_occupiers(code: Callable[[str], Document]) -> None:
    """برلمان الاحتلال الإسرائيلي: الاحتلال in the genitive of a one-word body the lexicon knows names
    the occupier, no attack, and the nisba after it gives the body its country (ISRLEG)."""
    evs = code("أدانت جامعة الدول العربية إقرار برلمان الاحتلال الإسرائيلي قانون الإطعام القسري للمعتقلين.").events
    assert not [e for e in evs if e.trigger.text == "الاحتلال"], evs
    _assert_among(code, "أدانت جامعة الدول العربية إقرار برلمان الاحتلال الإسرائيلي قانون الإطعام القسري للمعتقلين.",
                  ("ACCUSE", "ARAB_LEAGUE", "ISRLEG"))


def test_south_sudans_president_is_known() -> None:
    """سلفا كير: South Sudan's president since independence (2011) is SSDGOV on a date of his term,
    not a country-less president."""
    from datetime import date

    from marsad.events.pipeline import code_pipeline
    from marsad.model import DocMeta

    text = "دخل جنوب السودان في حرب أهلية في 2013 عندما اتهم الرئيس سلفا كير نائبه السابق رياك مشار بالتخطيط للانقلاب."
    evs = code_pipeline()(Document.from_text(text, meta=DocMeta(published=date(2018, 3, 1)))).events
    assert [e for e in evs if e.event_type == "ACCUSE" and e.source is not None and e.source.code == "SSDGOV"], evs


@pytest.mark.parametrize("text", [
    "وكان طالب اللجوء الإيراني قد دخل مقر الإدارة المحلية.",
    "وقال طالب لجوء سوري إن حياته في خطر.",
])
def test_an_asylum_seeker_makes_no_demand(code: Callable[[str], Document], text: str) -> None:
    """طالب اللجوء، طالب لجوء: an asylum seeker (refugees, REF), no verb طالب "demanded"."""
    doc = code(text)
    assert not [e for e in doc.events if e.event_type == "REQUEST"], doc.events


def test_asylum_seekers_are_refugees(code: Callable[[str], Document]) -> None:
    """احتج طالبو اللجوء: asylum seekers protest (REF); وطالب اللاجئون stays a demand."""
    doc = code("واحتج طالبو اللجوء السوريون على ظروف المخيمات.")
    assert [e for e in doc.events if e.event_type == "PROTEST" and e.source and e.source.sector == "REF"], doc.events
    doc = code("وطالب اللاجئون السوريون بالعودة إلى بلادهم.")
    assert [e for e in doc.events if e.event_type == "REQUEST"], doc.events


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("وقالت الوكالة إن البحرية الصينية أمرت السفينتين الأمريكيتين بالمغادرة وطردتهما.", "وطردتهما", "CHNMIL"),
    ("وقالت الوكالة إن الشرطة التركية ستطوق المكان وتعتقل الصحفيين.", "وتعتقل", "TURCOP"),
    ("وقال إن الجيش السوري قادر على حماية البلاد وسيهاجم المسلحين.", "وسيهاجم", "SYRMIL"),
    ("وأكد التقرير أن الحوثيين يجمعون الضرائب ويصادرون الممتلكات.", "ويصادرون", "HOUTHIS"),
])
def test_a_verb_joined_to_an_svo_clause_shares_its_subject(code: Callable[[str], Document], text: str,
                                                          trigger: str, source: str) -> None:
    """إن البحرية الصينية أمرت السفينتين … وطردتهما: the actor opening the clause before a verb no
    lexicon knows (or a predicate: قادر على) is the subject of the verb joined to it with و."""
    _assert_source_of(code, text, trigger, source)


def test_a_joined_verb_takes_no_subject_of_another_gender(code: Callable[[str], Document]) -> None:
    """إن الصين أمرت … وهاجموا: a plural verb does not agree with the state named by its country
    (feminine singular) and takes no subject from it."""
    doc = code("وقالت الوكالة إن الصين أمرت السفينتين بالمغادرة وهاجموا السفن.")
    assert not [e for e in doc.events if e.source and e.source.country == "CHN"], doc.events


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("التقى ترامب بوتين. وأكد الرئيس الصيني عزمه على أن يزور الولايات المتحدة.", "يزور", "CHNGOV"),
    ("التقى ترامب بوتين. وأبدى الرئيس الصيني استعداده لأن يزور الولايات المتحدة.", "يزور", "CHNGOV"),
    ("التقى ترامب بوتين. وأعرب المبعوث الأممي عن أمله في أن يقوم بزيارة اليمن قريبا.", "بزيارة", "UN"),
])
def test_who_hopes_or_intends_to_act_is_the_actor(code: Callable[[str], Document], text: str, trigger: str,
                                                  source: str) -> None:
    """أكد الرئيس الصيني عزمه على أن يزور: the pronoun on the noun of intending is the verb's subject,
    the speaker (not Trump, the last subject before)."""
    _assert_source_of(code, text, trigger, source)


def test_an_attack_of_a_later_clause_with_its_own_verb_is_no_killing_s_author(code: Callable[[str], Document]) -> None:
    """قتل 26 متمردا في عمليات قصف، وضاعفت حركة طالبان هجماتها: the Taliban's attacks are another act
    (the rebels were killed in shelling by no one named); an attack named in the killing's own
    sentence without a verb of its own still gives its author (قتل فلسطينيان … في قصف للجيش الإسرائيلي)."""
    doc = code("وبعد استئناف القتال قتل 26 متمردا في عمليات قصف في مايو الماضي، وضاعفت حركة طالبان هجماتها على "
               "الدوريات العسكرية.")
    killed = [e for e in doc.events if e.trigger.text == "قتل"]
    assert all(e.source is None or e.source.group != "TALIBAN" for e in killed), doc.events
    doc = code("قتل فلسطينيان اثنان وأصيب آخر بجراح، الأحد، في قصف مدفعي للجيش الإسرائيلي شرقي رفح.")
    killed = [e for e in doc.events if e.trigger.text == "قتل"]
    assert killed and all(e.source and e.source.country == "ISR" for e in killed), doc.events


@pytest.mark.parametrize(("text", "trigger", "bad", "good"), [
    ("ووقعت صدامات بين أنصار المعارضة ونشطاء مؤيدين للكرملين احتشدوا في ساحة بوشكين في موسكو.", "احتشدوا", "RUSGOV",
     "CVL"),
    ("وقال البيان إن متظاهرين موالين لأنقرة تجمعوا أمام السفارة السويدية.", "تجمعوا", "TURGOV", None),
])
def test_the_state_a_subject_backs_is_no_subject(code: Callable[[str], Document], text: str, trigger: str,
                                                 bad: str, good: str | None) -> None:
    """نشطاء مؤيدين للكرملين احتشدوا: the activists rally, not the Kremlin they back (armed men
    loyal to a state act for it: test_the_one_opposed_is_no_subject)."""
    doc = code(text)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert all(not (e.source and e.source.code == bad) for e in found), doc.events
    if good is not None:
        assert found and all(e.source and e.source.code == good for e in found), doc.events


def test_a_groups_loyalists_act_as_the_group(code: Callable[[str], Document]) -> None:
    """متشددون موالون لتنظيم داعش قتلوا: loyal to an armed group, the militants act as it."""
    doc = code("ينشط في سيناء متشددون موالون لتنظيم داعش قتلوا المئات من أفراد الجيش.")
    assert [e for e in doc.events if e.trigger.text == "قتلوا" and e.source and e.source.group == "ISIS"], doc.events


def test_marking_a_holiday_is_no_praise(code: Callable[[str], Document]) -> None:
    """تحيي نقابات العمال الفرنسية عيد العمال: the unions mark Labour Day (أحيا), nobody praises the
    workers; حيّت الوزارة الحكومة العراقية still praises."""
    doc = code("تحيي نقابات العمال الفرنسية الثلاثاء عيد العمال من خلال تنظيم مسيرات.")
    assert not [e for e in doc.events if e.event_type == "SUPPORT"], doc.events
    doc = code("وحيت وزارة الخارجية الأمريكية الحكومة العراقية على إجراء الانتخابات.")
    assert [e for e in doc.events if e.event_type == "SUPPORT"], doc.events


def test_a_verb_joined_to_a_complement_shares_its_pronouns_subject(code: Callable[[str], Document]) -> None:
    """قال وزير النقل الإيطالي إنه بدأ إجراءات …، وطالب باستقالة: the pronoun on إن is the subject of
    both verbs, the minister demands."""
    doc = code("وقال وزير النقل الإيطالي إنه بدأ إجراءات لنزع الامتياز من الشركة، وطالب باستقالة كبار المديرين لديها.")
    found = [e for e in doc.events if e.event_type == "REQUEST"]
    assert found and all(e.source and e.source.code == "ITAGOV" for e in found), doc.events


def test_expressed_is_a_verb_after_its_subject(code: Callable[[str], Document]) -> None:
    """أن مجلس التعاون الخليجي عبر عن تضامنه … وقال إنه يندد: عبر before عن is "expressed" (no
    preposition "across"), so the council says and condemns, not the channel that reports it."""
    doc = code("وذكرت محطة سكاي نيوز عربية أن مجلس التعاون الخليجي عبر عن تضامنه مع المغرب وقال إنه يندد بتدخل "
               "إيران في الشؤون الداخلية للمملكة.")
    found = [e for e in doc.events if e.trigger.text == "يندد"]
    assert found and all(e.source and e.source.group == "GCC" for e in found), doc.events


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("ونشرت مواقع تابعة لداعش تسجيلا ظهر فيه أحد مقاتلي التنظيم، وهو يتوعد مجلس النواب الليبي.", "يتوعد", "ISIS",
     "LBYLEG"),
    ("وعرضت المحطة لقطات للشرطة الباكستانية وهي تعتقل الوزير السابق.", "تعتقل", "PAKCOP", None),
])
def test_an_independent_pronoun_before_the_verb_is_its_subject(code: Callable[[str], Document], text: str,
                                                               trigger: str, source: str,
                                                               target: str | None) -> None:
    """أحد مقاتلي التنظيم، وهو يتوعد مجلس النواب: the pronoun before the verb is its subject and names
    the actor right before it; the actor after the verb is its object."""
    doc = code(text)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found and all(e.source and (e.source.group or e.source.code) == source for e in found), doc.events
    if target is not None:
        assert all(e.target and e.target.code == target for e in found), doc.events


def test_a_pronoun_after_a_noun_that_is_no_actor_takes_no_earlier_subject(code: Callable[[str], Document]) -> None:
    """يظهر أحد معاونيه وهو يضرب متظاهرا: the aide hits a protester; neither the protester nor the
    president named before is the one who hits."""
    doc = code("يواجه الرئيس الفرنسي إيمانويل ماكرون انتقادات عقب انتشار مقطع فيديو يظهر أحد معاونيه وهو يضرب متظاهرا.")
    assert not [e for e in doc.events if e.trigger.text == "يضرب" and e.source is not None], doc.events


@pytest.mark.parametrize("text", [
    "شنت القوات العراقية، بدعم من طائرات التحالف الدولي، هجوما على مواقع تنظيم داعش غرب الموصل.",
    "شنت قوات الجيش الوطني اليمني، بإسناد من طائرات التحالف العربي هجوما عنيفا على مواقع لميليشيات الحوثي.",
])
def test_an_aside_of_support_leaves_the_support_verb_its_noun(code: Callable[[str], Document], text: str) -> None:
    """شنت القوات، بدعم من التحالف، هجوما: the aside of manner between the support verb and its
    verbal noun cuts no clause (closed by a comma or not), so the forces are the attackers."""
    doc = code(text)
    found = [e for e in doc.events if e.event_type == "ASSAULT" and e.trigger.text.startswith("هجوم")]
    assert found and all(e.source and e.source.sector == "MIL" and e.source.country in ("IRQ", "YEM")
                         for e in found), doc.events


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("هاجمت قوات المقاومة اليمنية قرية في تعز، واعتقلت العشرات من الحوثيين.", "واعتقلت", "YEMMIL"),
    ("اقتحمت الشرطة التركية مقر الصحيفة، واعتقلت العشرات من أنصار حزب العمال الكردستاني.", "واعتقلت", "TURCOP"),
])
def test_a_feminine_verb_before_a_count_carries_the_subject_before_it(code: Callable[[str], Document], text: str,
                                                                       trigger: str, source: str) -> None:
    """اقتحمت الشرطة التركية المقر، واعتقلت العشرات من …: the verb joined to the clause before
    agrees with its subject, which it carries; the count after it is its object, no passive."""
    _assert_source_of(code, text, trigger, source)


def test_a_masculine_verb_before_a_count_stays_a_passive(code: Callable[[str], Document]) -> None:
    """شنت الطائرات الروسية غارات، وقتل 20 من مقاتلي المعارضة: the masculine verb does not agree
    with the aircraft; the fighters were killed, by no one named."""
    doc = code("شنت الطائرات الروسية غارات على البلدة، وقتل 20 من مقاتلي المعارضة السورية.")
    assert not [e for e in doc.events if e.trigger.text == "وقتل" and e.source is not None], doc.events


def test_with_the_continuation_of_is_no_opponent(code: Callable[[str], Document]) -> None:
    """معارك تستعر مع استمرار هجوم الجيش التركي: مع before a noun of going on is "as … goes on", so
    the army is no target of the battles (معارك مع قوات النظام still fights the regime's forces)."""
    doc = code("فر آلاف المدنيين من معارك تستعر شمالي سوريا مع استمرار هجوم الجيش التركي على أهالي مدينة عفرين.")
    assert not [e for e in doc.events if e.trigger.text == "معارك" and e.target is not None], doc.events
    _assert_among(code, "اندلعت معارك عنيفة مع قوات النظام السوري في ريف حماة.", ("ASSAULT", None, "SYRMIL"))


@pytest.mark.parametrize(("text", "expected"), [
    ("قتلت القوات العراقية عناصر من تنظيم داعش في الموصل.", ("ASSAULT", "IRQMIL", "ISIS")),
    ("واعتقلت الشرطة التركية عناصر من حزب العمال الكردستاني في إسطنبول.", ("COERCE", "TURCOP", "PKK")),
    ("واستقبل الرئيس التركي قيادات من حركة حماس في أنقرة.", ("CONSULT", "TURGOV", "HAMAS")),
])
def test_members_in_the_objects_place_are_of_the_body_after_min(code: Callable[[str], Document], text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    """اعتقلت الشرطة عناصر من حزب العمال: the members in the object's place, right after the
    subject, are the body named after من; the verb acts on it."""
    doc = code(text)
    assert [e for e in doc.events if e.event_type == expected[0] and e.source and e.source.code == expected[1]
            and e.target and (e.target.group or e.target.code) == expected[2]], doc.events


def test_figures_of_a_body_before_the_verb_are_its_subject(code: Callable[[str], Document]) -> None:
    """زارت شخصيات من المعارضة الفنزويلية البيت الأبيض: figures of the opposition visit."""
    _assert_source_of(code, "زارت شخصيات من المعارضة الفنزويلية البيت الأبيض الأسبوع الماضي.", "زارت", "VENOPP")


def test_the_opposition_adjective_after_a_quoted_name_is_the_names(code: Callable[[str], Document]) -> None:
    """"المجلس الوطني للمقاومة الإيرانية" المعارض: the adjective after the closing quotation mark
    describes the organisation; it is no dissident the council accuses."""
    doc = code('واتهم "المجلس الوطني للمقاومة الإيرانية" المعارض في المنفى النظام الإيراني بالوقوف وراء محاولة التفجير.')
    found = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert found and all(e.target and e.target.code == "IRNGOV" for e in found), doc.events


def test_the_canadian_house_of_commons_is_canadas(code: Callable[[str], Document]) -> None:
    """مجلس العموم الكندي is Canada's lower house; bare مجلس العموم stays the British one."""
    _assert_source_of(code, "ودعا مجلس العموم الكندي الحكومة إلى حظر الحرس الثوري.", "ودعا", "CANLEG")
    _assert_source_of(code, "ودعا مجلس العموم الحكومة إلى حظر الحرس الثوري.", "ودعا", "GBRLEG")


@pytest.mark.parametrize(("text", "trigger", "side", "code_"), [
    # the country named most often before: the Philippines, not the British paper's Britain
    ("قتل مسلح رئيس بلدية فلبيني شمالي الفلبين، وفق ما ذكرت صحيفة ديلي ميل البريطانية. وكان السيناتور قد "
     "وجه انتقادات حادة لرئيس البلاد بسبب حملته ضد المخدرات.", "وجه انتقادات", "target", "PHLGOV"),
    # not the country named last
    ("قال زعيم الحزب الحاكم في رومانيا إن الحكومة وافقت على نقل سفارة رومانيا في إسرائيل إلى القدس، لتحذو حذو "
     "الولايات المتحدة، لكن رئيس البلاد انتقد القرار.", "انتقد", "source", "ROUGOV"),
])
def test_the_countrys_office_is_of_the_country_the_text_is_about(code: Callable[[str], Document], text: str,
                                                                  trigger: str, side: str, code_: str) -> None:
    """رئيس البلاد "the country's president": the country the text names most often before it; it
    had no country."""
    doc = code(text)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found and all(getattr(e, side) and getattr(e, side).code == code_ for e in found), doc.events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("بدأت أمس زيارة رسمية إلى إيران يقوم بها وزير الخارجية الفرنسي.", "FRAGOV", "IRN"),
    ("تزامنا مع أول زيارة لإيران تقوم بها وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني.", "EU", "IRN"),
    ("تأتي الزيارة إلى مصر التي يقوم بها الوزير الفرنسي في إطار جولة إقليمية.", "FRAGOV", "EGY"),
])
def test_a_support_verb_after_the_place_visited_names_the_visitor(code: Callable[[str], Document], text: str,
                                                                   source: str, target: str) -> None:
    """زيارة لإيران تقوم بها وزيرة الخارجية: past the noun's adjective and the place it goes to, the
    support verb with its pronoun names the visitor after it (the place right before the verb is
    not its subject)."""
    doc = code(text)
    found = [e for e in doc.events if e.event_type == "CONSULT"]
    assert found and all(e.source and (e.source.group or e.source.code) == source and e.target
                         and e.target.code == target for e in found), doc.events


def test_a_support_verb_after_an_indefinite_nouns_adjectives_names_its_author(
        code: Callable[[str], Document]) -> None:
    """ضربات جوية مكثفة شنتها قوات النظام: past the indefinite noun's adjectives, the support verb
    with its pronoun names the author after it; one named before the verb is no author (زيارة رسمية
    يقوم بها إلى باريس: the crown prince visits, not the association suing him)."""
    _assert_among(code, "قتل 27 مدنيا في ضربات جوية مكثفة شنتها قوات النظام السوري على مدينة دوما.",
                  ("ASSAULT", "SYRMIL", "CVL"))
    doc = code("رفعت جمعية يمنية في فرنسا دعوى قضائية ضد ولي العهد السعودي الأمير محمد بن سلمان، بالتزامن مع "
               "زيارة رسمية يقوم بها إلى باريس.")
    assert not [e for e in doc.events if e.event_type == "CONSULT" and e.source and e.source.country == "YEM"], \
        doc.events


@pytest.mark.parametrize("text", [
    "نفذ نادي الملك سلمان دورة في الإسعافات الأولية تضمنت الجروح والكسور والتنفس الصناعي ضربات الشمس.",
    "نفذت القوات السعودية دورة تدريبية للوقاية من ضربات الشمس.",
])
def test_sunstroke_is_no_strike(code: Callable[[str], Document], text: str) -> None:
    """ضربة الشمس، ضربات شمس: heatstroke, no attack by whoever ran the course."""
    _assert_no_event(code, text, "ASSAULT")


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("ألقت الشرطة التركية القبض على مسلح هاجم السفارة الأمريكية في أنقرة.", "هاجم", "UAF"),
    ("ألقت الشرطة القبض على امرأة هاجمت مركزا للشرطة الإسرائيلية في القدس.", "هاجمت", "CVL"),
])
def test_a_verb_describing_an_indefinite_actor_has_it_as_subject(code: Callable[[str], Document], text: str,
                                                                  trigger: str, source: str) -> None:
    """القبض على مسلح هاجم السفارة: the verb right after the indefinite actor describes him, he
    attacks, not the police; a feminine verb also reads "I …" (هاجمت), and a masculine one whose
    passive is spelled apart (هاجم/هوجم) cannot be a passive."""
    _assert_source_of(code, text, trigger, source)


def test_supporters_named_after_bidaam_min_are_no_agents_of_a_support_noun(
        code: Callable[[str], Document]) -> None:
    """غالبيتها من العرب بدعم من الولايات المتحدة وبريطانيا وفرنسا في شن غارات: the states after
    بدعم من (and those joined to them) back the raids, none of them is the agent of شن; members in
    a body (أعضاء في حزب الله بتنفيذ) still name it."""
    doc = code("بدأت السعودية وثماني دول أخرى، غالبيتها من العرب بدعم من الولايات المتحدة وبريطانيا وفرنسا في شن "
               "غارات جوية ضد الحوثيين.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source
                and e.source.country in ("USA", "GBR", "FRA")], doc.events
    _assert_among(code, 'واتهمت بعدها المحكمة الدولية الخاصة أعضاء في "حزب الله" بتنفيذ عملية الاغتيال.',
                  ("ASSAULT", "HEZBOLLAH", None))


def test_an_actor_inside_a_quoted_prepositional_phrase_is_no_object(code: Callable[[str], Document]) -> None:
    """تؤيد حبس الراقصة بتهمة "إهانة علم مصر": Egypt, deep in the quoted phrase that بتهمة opens, is
    no object of the verb."""
    doc = code('محكمة مصرية تؤيد حبس الراقصة صافيناز بتهمة "إهانة علم مصر" وتغريمها.')
    assert not [e for e in doc.events if e.target is not None and e.target.code == "EGY"], doc.events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("وانتقد الكاتب المصري علاء الأسواني الحكومة المصرية بشدة.", "EGYCVL", "EGYGOV"),
    ("وطالب المصمم البلجيكي أوليفيه ديبي اللجنة الأولمبية اليابانية بالتوقف عن استخدام الشعار.", "BELCVL", None),
])
def test_an_occupation_and_nationality_before_an_unknown_name_are_the_persons(
        code: Callable[[str], Document], text: str, source: str, target: str | None) -> None:
    """الكاتب المصري علاء الأسواني: a name the lexicon does not know after an occupation and a
    nationality is one private person of that country, the verb's subject; it had been the object of
    the nationality, and the real object lost."""
    doc = code(text)
    found = [e for e in doc.events if e.source and e.source.code == source]
    assert found, doc.events
    if target is not None:
        assert all(e.target and e.target.code == target for e in found), doc.events


def test_a_known_person_after_a_nationality_stays_the_object(code: Callable[[str], Document]) -> None:
    """انتقدت الصحف البريطانية بوريس جونسون: a person the lexicon knows after a nationality is the
    verb's object, as often as not (the British papers criticise Johnson)."""
    doc = code("وانتقد الإعلام الإيراني الرئيس الأمريكي دونالد ترامب بشدة.")
    assert not [e for e in doc.events if e.source and e.source.kind == "person"], doc.events


def test_an_age_in_brackets_keeps_the_killing_a_passive(code: Callable[[str], Document]) -> None:
    """وقتل الفتى الفلسطيني محمد نوارة (17 عاما) برصاص قناص: the age in brackets after the name
    leaves nothing after the subject, so the verb is a passive and the boy is killed, not killing."""
    doc = code("وقتل الفتى الفلسطيني محمد نوارة (17 عاما) برصاص قناص إسرائيلي قرب رام الله.")
    found = [e for e in doc.events if e.trigger.text == "وقتل"]
    assert found and all(e.source is None and e.target and e.target.country == "PSE" for e in found), doc.events


def test_a_word_after_near_is_no_verb(code: Callable[[str], Document]) -> None:
    """قرب سجن عوفر "near Ofer prison": سجن after قرب is the prison, no verb "imprisoned"."""
    doc = code("وقتل الفتى الفلسطيني محمد نوارة برصاص قناص إسرائيلي خلال مواجهات اندلعت قرب سجن عوفر غربي رام الله.")
    assert not [e for e in doc.events if e.event_type == "COERCE"], doc.events


@pytest.mark.parametrize("text", [
    "وكان الناشط المصري علاء عبد الفتاح، الذي أفرج عنه الشهر الماضي، قد انتقد الحكومة.",
    "وانتقد الصحفي الأميركي جيمس فولي، الذي أفرج عنه أمس، الحكومة السورية.",
])
def test_a_pronoun_after_a_relative_verbs_preposition_resumes_the_antecedent(
        code: Callable[[str], Document], text: str) -> None:
    """الناشط، الذي أفرج عنه: the pronoun after عن (the release's preposition), of the relative
    pronoun's gender and number, is the antecedent: he is released, no one named releases."""
    doc = code(text)
    found = [e for e in doc.events if e.event_type == "CONCEDE"]
    assert found and all(e.source is None and e.target is not None for e in found), doc.events


@pytest.mark.parametrize(("text", "source"), [
    # a partner of a joint act is the other one (the envoy met him)
    ("وقال بيان للمكتب إن الزيارة تأتي استجابة لدعوة نقلها المبعوث السعودي نزار العلولا الذي التقى معه يوم "
     "الاثنين.", "SAUGOV"),
    # a masculine pronoun after التي is not the antecedent's (the agreement)
    ("ووقعت الدول الثلاث الاتفاق النووي مع إيران، والولايات المتحدة التي انسحبت منه.", "USA"),
])
def test_a_pronoun_that_cannot_resume_the_antecedent_leaves_it_the_subject(
        code: Callable[[str], Document], text: str, source: str) -> None:
    doc = code(text)
    found = [e for e in doc.events if e.event_type in ("CONSULT", "RETREAT") and e.trigger.text in ("التقى", "انسحبت")]
    assert found and all(e.source is not None and e.source.code == source for e in found), doc.events


def test_mithl_before_an_actor_is_such_as_no_verb(code: Callable[[str], Document]) -> None:
    """ووكلائها مثل حزب الله: مثل after a noun is "such as", no verb "represented" whose subject
    Hezbollah then carries to the next verb (وطالب)."""
    doc = code("وأكد الجنرال الأميركي أن على المجتمع الدولي الوقوف ضد ايران، مشيرا إلى أن واشنطن تضع تشريعات "
               "ضد ايران ووكلائها مثل حزب الله، وطالب، في المقابل، كل الأمم أن تحذو حذوها.")
    assert not [e for e in doc.events if e.source and e.source.group == "HEZBOLLAH"], doc.events


@pytest.mark.parametrize(("text", "codes"), [
    ("يذكر أن دول أوروبية أخرى، مثل النمسا وفرنسا وبلجيكا، فرضت حظرا مماثلا.", {"AUT", "FRA", "BEL"}),
    ("وكانت جماعات مسلحة، مثل حركة الشباب، شنت هجمات على القوات الحكومية.", {"SHABAAB"}),
])
def test_examples_in_an_aside_after_a_noun_are_the_subject(
        code: Callable[[str], Document], text: str, codes: set[str]) -> None:
    """دول أوروبية أخرى، مثل النمسا وفرنسا، فرضت: the actors given as examples of a noun that is
    no actor (or one of no country) stand for it, the subject of the verb after the aside."""
    doc = code(text)
    assert {e.source.code for e in doc.events if e.source} == codes, doc.events


def test_actors_after_such_as_are_no_object(code: Callable[[str], Document]) -> None:
    """الدول العربية ذات التأثير الإقليمي مثل مصر والسعودية: the states after مثل are examples of
    the noun before it, none of them the object of the verb (the EU backs an idea, not Egypt)."""
    doc = code("وفي المقابل يساند الاتحاد الأوروبي فكرة توسيع اللجنة الرباعية كي تضم الدول العربية ذات التأثير "
               "الإقليمي مثل مصر والسعودية والأردن.")
    assert not [e for e in doc.events if e.target is not None], doc.events


def test_a_nisba_adjective_is_no_support_noun_with_my(code: Callable[[str], Document]) -> None:
    """لمسؤول تنفيذي في بنك: تنفيذي is the adjective "executive", no تنفيذ "execution" with the
    pronoun "my" whose support makes the official the author of the sanctions after it."""
    doc = code("والعلاقات متوترة بسبب سجن الولايات المتحدة لمسؤول تنفيذي في بنك تركي حكومي بسبب قضية تتعلق "
               "بالعقوبات على إيران.")
    assert not [e for e in doc.events if e.event_type == "SANCTION" and e.source is not None], doc.events


def test_a_plural_in_alif_maqsura_keeps_its_noun(code: Callable[[str], Document]) -> None:
    """قتلى "the dead", written with ى, normalises like a word in ي but is no nisba: the killing stays."""
    doc = code("وبين قتلى الجمعة 16 مدنيا جراء غارة تركية استهدفت المستشفى.")
    assert [e for e in doc.events if e.trigger.text == "قتلى"], doc.events


@pytest.mark.parametrize(("text", "source"), [
    ("ويأتي هذا الموقف غداة إعلان رئيسة الحكومة البريطانية تيريزا ماي عقوبات ضد روسيا.", "GBRGOV"),
    ("أعلن الأمين العام للجامعة العربية أحمد أبو الغيط تأييده لمراجعة الاتفاق النووي غداة إعلان الرئيس الأمريكي "
     "دونالد ترامب الانسحاب منه.", "USAGOV"),
])
def test_the_announcer_does_the_act_whose_author_is_its_genitive(
        code: Callable[[str], Document], text: str, source: str) -> None:
    """إعلان ماي عقوبات ضد روسيا: the actor in the genitive of إعلان does the act it announces
    (a sanction, a withdrawal), not the subject of the clause."""
    doc = code(text)
    found = [e for e in doc.events if e.event_type in ("SANCTION", "RETREAT")]
    assert found and all(e.source is not None and e.source.code == source for e in found), doc.events


def test_an_announced_death_is_not_the_announcers(code: Callable[[str], Document]) -> None:
    """إعلان الجيش مقتل جنديين: a death is announced of others; the army killed no one."""
    doc = code("وجاء ذلك بعد إعلان الجيش الباكستاني مقتل جنديين في هجوم لحركة طالبان الباكستانية.")
    assert not [e for e in doc.events if e.source is not None and e.source.code == "PAKMIL"], doc.events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("وقال الكرملين إن الاتهامات البريطانية بضلوع الرئيس فلاديمير بوتين في هجوم بغاز أعصاب صادمة.", "GBR", "RUSGOV"),
    ("ووجهت واشنطن اتهامات بتورط إيران في الهجوم على الناقلة.", "USAGOV", "IRN"),
    # the actor right after the verb is the accuser, since the charge names the accused
    ("واتهمت واشنطن بتورط إيران في الهجوم على الناقلة.", "USAGOV", "IRN"),
    # an actor accused before the charge stays so
    ("واتهمت الحكومة اليمنية إيران بتورط الحرس الثوري في تهريب الأسلحة.", "YEMGOV", "IRN"),
])
def test_the_genitive_of_involvement_is_the_accused(
        code: Callable[[str], Document], text: str, source: str, target: str) -> None:
    """الاتهامات البريطانية بضلوع الرئيس بوتين، اتهمت واشنطن بتورط إيران: the actor in the genitive
    of a noun of involvement after the charge is the one accused."""
    doc = code(text)
    found = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert found and all(e.source is not None and e.source.code == source and e.target is not None
                         and e.target.code == target for e in found), doc.events


def test_a_verb_describing_a_noun_deep_in_a_relative_clause_is_not_the_antecedents(
        code: Callable[[str], Document]) -> None:
    """مرسي الذي أطاح به الجيش … بعد تظاهرات ضخمة طالبت برحيله: the protests demanded, the verb
    right after them describes them; the deposed president demanded nothing."""
    doc = code("وكان الفريق زكي معروفا منذ تنفيذه قرار توقيف الرئيس السابق محمد مرسي الذي أطاح به الجيش في "
               "الثالث من تموز/يوليو 2013 بعد تظاهرات ضخمة طالبت برحيله.")
    assert not [e for e in doc.events if e.event_type == "REQUEST" and e.source is not None], doc.events


def test_the_present_of_a_third_form_verb_in_a_relative_clause_is_active(code: Callable[[str], Document]) -> None:
    """حزب الله الذي يقاتل إلى جانب قوات النظام: Hezbollah fights; news hardly writes the passive
    يُقاتَل, so the antecedent is not the one fought."""
    doc = code("وقالت إسرائيل إن شحنات الأسلحة كانت موجهة إلى حزب الله اللبناني الذي يقاتل إلى جانب قوات النظام.")
    fights = [e for e in doc.events if e.trigger.text == "يقاتل" and e.event_type == "ASSAULT"]
    assert fights and all(e.source is not None and e.source.group == "HEZBOLLAH" for e in fights), doc.events


def test_the_present_of_a_third_form_trial_in_a_relative_clause_stays_a_passive(
        code: Callable[[str], Document]) -> None:
    """القس الأميركي، الذي يحاكم بتهم الإرهاب: يُحاكَم "is tried" is the passive news writes; the
    pastor is tried, he tries no one."""
    doc = code("وينفي القس الأميركي، الذي يحاكم بتهم الإرهاب، الاتهامات.")
    found = [e for e in doc.events if e.event_type == "COERCE"]
    assert found and all(e.source is None and e.target is not None for e in found), doc.events


def test_an_actor_joined_by_or_to_a_governed_one_is_no_object(code: Callable[[str], Document]) -> None:
    """بالانتماء إلى تنظيم "الدولة الإسلامية" أو "جبهة النصرة": the Nusra Front, joined by أو to the
    actor إلى governs, is governed like it, no one the factions fight."""
    doc = code('وتقاتل الفصائل إلى جانب أنقرة بالانتماء إلى تنظيم "الدولة الإسلامية" أو "جبهة النصرة".')
    assert not [e for e in doc.events if e.target is not None and e.target.group == "NUSRA"], doc.events



def test_irresponsible_is_no_official(code: Callable[[str], Document]) -> None:
    """سلوك معيب وغير مسؤول: غير مسؤول is "irresponsible", no official condemned."""
    doc = code('وشدد الرئيس الفرنسي على ضرورة إعادة صياغة النظام، منددا بـ"سلوك معيب وغير مسؤول من قبل '
               'الحكومة الإيطالية".')
    assert not [e for e in doc.events if e.target is not None and e.target.code == "GOV"], doc.events
    doc = code("واتهم الوزير مسؤولا إيرانيا بالتحريض.")
    assert [e for e in doc.events if e.target is not None and e.target.code == "IRNGOV"], doc.events


def test_a_directed_criticism_aims_at_the_actor_after_ila(code: Callable[[str], Document]) -> None:
    """وجه انتقادا قاسيا إلى روما: إلى after the noun a directing verb supports names whom it is
    aimed at, as لـ does."""
    doc = code("وشدد الرئيس الفرنسي الذي وجه مؤخرا انتقادا قاسيا إلى روما على ضرورة إعادة صياغة النظام.")
    assert [e for e in doc.events if e.event_type == "ACCUSE" and e.target is not None
            and e.target.country == "ITA"], doc.events


def test_a_pronoun_after_the_verb_resumes_the_noun_before_and_the_actor_after_is_the_subject(
        code: Callable[[str], Document]) -> None:
    """جلسة مرتقبة لمجلس الأمن دعت لها بريطانيا: لها resumes the session, so Britain after the verb
    called for it; the council that owns the session is no subject, nor Britain its object."""
    doc = code("ونشبت هذه المعارك قبيل جلسة مرتقبة لمجلس الأمن دعت لها بريطانيا لبحث تداعيات الهجوم.")
    found = [e for e in doc.events if e.event_type == "REQUEST"]
    assert found and all(e.source is not None and e.source.code.startswith("GBR") for e in found), doc.events


@pytest.mark.parametrize(("text", "source"), [
    ("وخلال زيارته الأولى إلى العراق منذ تسلمه مهامه، بحث وزير الدفاع الأميركي آشتون كارتر العمليات العسكرية.",
     "USAGOV"),
    # a pronoun that disagrees with the main clause's subject announces someone else
    ("وفي زيارتها إلى القاهرة، التقى الرئيس المصري وزيرة الخارجية الألمانية.", None),
])
def test_a_pronoun_in_a_phrase_opening_the_sentence_announces_the_main_subject(
        code: Callable[[str], Document], text: str, source: str | None) -> None:
    """وخلال زيارته الأولى إلى العراق، بحث وزير الدفاع الأميركي: the visit, in the phrase of time
    that opens the sentence, is the one's the main clause names after its verb."""
    doc = code(text)
    visits = [e for e in doc.events if e.mode == "visit"]
    assert visits and all((e.source.code if e.source else None) == source for e in visits), doc.events


def test_the_subject_of_a_clause_describing_a_governed_noun_is_not_carried_on(
        code: Callable[[str], Document]) -> None:
    """إضافة إلى جنود أميركيين يشكلون جزءا من …: the soldiers are the subject of the clause that
    describes them only; the next sentence's dropped subject is the one the sentence before named
    (Carter holds the meeting)."""
    doc = code("والتقى وزير الدفاع الأميركي آشتون كارتر أمس رئيس الوزراء العراقي حيدر العبادي، إضافة إلى جنود "
               "أميركيين يشكلون جزءا من نحو 3500 جندي. كما عقد اجتماعا مع رئيس مجلس النواب سليم الجبوري.")
    meetings = [e for e in doc.events if e.trigger.text == "اجتماعا"]
    assert meetings and all(e.source is not None and e.source.code == "USAGOV" for e in meetings), doc.events


def test_the_one_who_poses_a_threat_is_its_author(code: Callable[[str], Document]) -> None:
    """التهديدات التي تشكلها الميليشيات الحوثية: the subject of شكّل "pose", whose pronoun resumes
    the threat, is who threatens."""
    doc = code("وقال الوزير إن التهديدات التي تشكلها الميليشيات الحوثية على الملاحة كبيرة.")
    threats = [e for e in doc.events if e.event_type == "THREATEN"]
    assert threats and all(e.source is not None and e.source.group == "HOUTHIS" for e in threats), doc.events


def test_a_support_verb_with_its_object_pronoun_supports_no_noun_after_it(code: Callable[[str], Document]) -> None:
    """التحالف الذي تقوده السعودية غارات: تقوده "leads it" has its object, the coalition; the raids
    after it are not Saudi Arabia's by that verb."""
    doc = code("وشن التحالف الذي تقوده السعودية غارات على صنعاء.")
    assert not [e for e in doc.events if e.source is not None and e.source.code == "SAU"], doc.events


def test_a_device_named_after_an_explosion_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """حين انفجرت قنبلة: the bomb named after the verb explodes; the police chief of the sentence
    before is no dropped subject."""
    doc = code("وقال قائد الشرطة الإندونيسية إن الهجوم نفذته عائلة. وفي هجوم منفصل، قتل 3 أشخاص وأصيب اثنان حين "
               "انفجرت قنبلة في مجمع سكني في سورابايا.")
    assert not [e for e in doc.events if e.trigger.text == "انفجرت" and e.source is not None], doc.events


def test_a_word_of_thanks_is_no_dual_verb(code: Callable[[str], Document]) -> None:
    """شكرا لكم: the word of thanks, no verb "they two thanked" whose subject is the pair of states
    named before."""
    doc = code('وقال ترامب إن كوريا الشمالية والولايات المتحدة ستعقدان القمة. وأضاف "شكرا لكم، لفتة ذكية جدا!".')
    assert not [e for e in doc.events if e.trigger.text == "شكرا"], doc.events


def test_a_condemned_act_done_at_someones_hands_condemns_them(code: Callable[[str], Document]) -> None:
    """دان جريمة حرق الرضيع الفلسطيني على يد مستوطنين إسرائيليين: the burning is no event noun, but
    the hands it was done by are the ones condemned, not the Palestinian baby."""
    doc = code("دان وزير الخارجية السعودي عادل الجبير جريمة حرق الرضيع الفلسطيني على يد مستوطنين إسرائيليين فجر اليوم.")
    found = [e for e in doc.events if e.event_type == "ACCUSE"]
    assert found and all(e.target is not None and e.target.country == "ISR" for e in found), doc.events


def test_an_attack_with_several_adjectives_is_the_subject_of_the_verb_after_it(code: Callable[[str], Document]) -> None:
    """إن قصفا جويا وصاروخيا عنيفا استهدف مدينة درعا: the shelling, past its adjectives joined by و,
    is the verb's subject, so the observatory of the sentence before is no dropped subject; past a
    negation (الغارات الإسرائيلية لم تدمر) the raids' author still acts; so does the one its لـ names
    past joined adjectives (قصف جوي وصاروخي للتحالف الدولي استهدف)."""
    doc = code("وقال المرصد السوري إن قوات النظام قصفت بلدة نوى. وقال مدير المرصد إن قصفا جويا وصاروخيا عنيفا "
               "استهدف مدينة درعا.")
    assert not [e for e in doc.events if e.trigger.text == "استهدف" and e.source is not None], doc.events
    _assert_source_of(code, "وقال الجيش السوري إن دفاعاته تصدت للصواريخ. وقال نصر الله إن الغارات الإسرائيلية لم "
                      "تدمر مواقع حزب الله.", "تدمر", "ISR")
    _assert_source_of(code, "وقتل 12 مدنيا في قصف جوي وصاروخي للتحالف الدولي استهدف قرية في ريف الحسكة.", "استهدف",
                      "ANTI_ISIS_COALITION")


@pytest.mark.parametrize("text", [
    "تزامنت المواجهات مع شن مقاتلات التحالف العربي غارات على مواقع الحوثيين.",
    "ويتزامن الاجتماع مع إعلان الولايات المتحدة عن عقوبات جديدة.",
])
def test_with_an_event_is_a_circumstance_no_partner(code: Callable[[str], Document], text: str) -> None:
    """مع شن التحالف غارات، مع إعلان الولايات المتحدة: مع before an event noun or a noun of what is
    announced opens a circumstance; the actor after it is no partner of the clash or the meeting."""
    doc = code(text)
    assert not [e for e in doc.events if e.trigger.text in ("المواجهات", "الاجتماع")], doc.events


def test_with_a_partner_past_members_is_still_one(code: Callable[[str], Document]) -> None:
    """اشتباكات مع عناصر حركة طالبان: members are no event; the Taliban are the other side."""
    _assert_among(code, "وقتل جنديان في اشتباكات مع عناصر حركة طالبان.", ("ASSAULT", None, "TALIBAN"))


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت الوكالة إن جنديا إسرائيليا قتل في سوريا.", ("ASSAULT", None, "ISRMIL")),
    ("وقالت الحكومة إن مواطنا يابانيا احتجز هذا الشهر في كوريا الشمالية.", ("COERCE", None, "JPNCVL")),
    ("وقال جهاز الموساد إنه تمكن من استعادة ساعة جاسوس إسرائيلي أعدم في سوريا عام 1965.", ("ASSAULT", None, "ISRSPY")),
])
def test_a_place_name_ending_in_alif_is_no_object(code: Callable[[str], Document], text: str,
                                                   expected: tuple[str, str | None, str | None]) -> None:
    """إن جنديا إسرائيليا قتل في سوريا: سوريا ends in alif in every case, no tanwin of an accusative
    object, so the indefinite noun before the verb is killed, not killing."""
    _assert_among(code, text, expected)


def test_afterwards_stands_before_the_object(code: Callable[[str], Document]) -> None:
    """قصفت بعد ذلك منشأة إيرانية: "afterwards" is an adverb; the facility after it is the object,
    so the planes bombed."""
    _assert_among(code, "وأوضح الجيش أن طائرات إسرائيلية قصفت بعد ذلك منشأة إيرانية في سوريا.",
                  ("ASSAULT", "ISRMIL", "IRN"))


def test_a_masculine_pronoun_on_that_is_no_plural_body(code: Callable[[str], Document]) -> None:
    """تقول السلطات إنه تبادل إطلاق النار: a sound feminine plural (السلطات، القوات) is resumed by
    ها, so ه is someone else, not the authorities; إنها is theirs."""
    doc = code("وتقول السلطات الإيرانية إنه تبادل إطلاق النار مع الشرطة قبل استسلامه لهم.")
    assert not [e for e in doc.events if e.source is not None and e.source.sector == "GOV"], doc.events
    _assert_among(code, "وقالت السلطات الإيرانية إنها اعتقلت خمسة أشخاص.", ("COERCE", "IRNGOV", "CVL"))


@pytest.mark.parametrize("text", [
    "وقالت الخارجية إنها تشتبه في انتهاك جديد للعقوبات التي تستهدف بيونغ يانغ.",
    "وقالت هيلي إن الولايات المتحدة ستعلن عن عقوبات اقتصادية جديدة الاثنين تستهدف شركات سورية.",
])
def test_sanctions_aim_and_attack_no_one(code: Callable[[str], Document], text: str) -> None:
    """العقوبات التي تستهدف بيونغ يانغ، عقوبات اقتصادية جديدة الاثنين تستهدف شركات: sanctions aim at
    their targets, past a preposition on the antecedent, adjectives and a day; no attack."""
    _assert_no_event(code, text, "ASSAULT")


def test_a_count_of_members_before_their_group_is_counted(code: Callable[[str], Document]) -> None:
    """19 من عناصر تنظيم داعش قتلوا في اشتباكات: a count and the partitive before the members' word
    count the group: killed, not killing (a count of them that attacks something still acts)."""
    _assert_among(code, "أفادت مصادر في الجيش العراقي أن 19 من عناصر تنظيم داعش قتلوا في اشتباكات مع القوات "
                  "العراقية.", ("ASSAULT", None, "ISIS"))
    _assert_among(code, "وقال الجيش إن 20 من عناصر الحرس الثوري هاجموا مواقع للمعارضة.", ("ASSAULT", "IRGC", "OPP"))


def test_an_attack_with_its_author_and_adjective_is_the_subject_of_the_verb_after_it(
        code: Callable[[str], Document]) -> None:
    """ضربات التحالف العربي الجوية قتلت نحو ثمانية مقاتلين حوثيين: past the author in its genitive
    and the noun's adjective, the strikes are the verb's subject; the Houthis are killed, not killers."""
    _assert_among(code, "وقال مقاتلون إن ضربات التحالف العربي الجوية قتلت نحو ثمانية مقاتلين حوثيين.",
                  ("ASSAULT", "ARAB_COALITION", "HOUTHIS"))


def test_the_side_in_whose_quoted_ranks_one_fights_is_no_target(code: Callable[[str], Document]) -> None:
    """كان يقاتل في صفوف «داعش»: the quotation mark before the name does not hide "in the ranks
    of"; ISIS is his side, not fought (the army that fights «داعش» still fights it)."""
    doc = code("وقتل التونسي في غارة أمريكية بينما كان يقاتل في صفوف «داعش».")
    assert not [e for e in doc.events if e.target is not None and e.target.code == "ISIS"], doc.events
    _assert_among(code, "وقاتل الجيش العراقي «داعش» في الموصل.", ("ASSAULT", "IRQMIL", "ISIS"))


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("وتتهم أنقرة الداعية فتح الله غولن المقيم في الولايات المتحدة بالوقوف خلف محاولة الانقلاب، غير أنه ينفي أي "
     "ضلوع له بذلك.", "ينفي", "GULEN"),
    ("وتقول مفوضية الأمم المتحدة السامية لشؤون اللاجئين إن الوضع ليس آمنا بعد لعودة اللاجئين السوريين لكنها تساعد "
     "من يختارون العودة.", "تساعد", "UNHCR"),
    ("وتعرض الجيش الإسرائيلي لانتقادات شديدة، لكنه دافع عن جنوده.", "دافع", "IDF"),
    ("وأضاف البيان أن مصر إذ تعبر عن تضامنها مع الشعب السوري، فإنها تدعو المجتمع الدولي إلى تحمل مسؤولياته.",
     "تدعو", "EGY"),
])
def test_the_pronoun_on_but_is_the_subject(code: Callable[[str], Document], text: str, trigger: str,
                                           source: str) -> None:
    """غير أنه ينفي، لكنها تساعد: the pronoun on the particle of contrast is the verb's subject, the
    last subject or actor before it in the sentence that agrees with it (not feminine Ankara for ه;
    the refugee agency, not a state named in an earlier sentence)."""
    _assert_source_of(code, text, trigger, source)


@pytest.mark.parametrize(("text", "trigger"), [
    ("وقال وزير الخارجية السعودي إن المملكة ترفض القرار. وندد قادة الدول العربية بالقرار الأمريكي.", "وندد"),
    ("وقالت واشنطن إنها تريد محاسبة سوريا. واحتجت دول عدة، الاثنين، على ترؤس سوريا المؤتمر.", "واحتجت"),
])
def test_a_bare_noun_after_an_intransitive_verb_is_its_subject(code: Callable[[str], Document], text: str,
                                                               trigger: str) -> None:
    """ندد قادة الدول العربية بالقرار، احتجت دول عدة على: a verb that takes no object (its target
    comes with a preposition) has the bare noun after it as subject, so no subject of the sentence
    before is carried to it."""
    doc = code(text)
    assert not [e for e in doc.events if e.trigger.text == trigger and e.source is not None], doc.events


def test_an_adverbial_noun_after_an_intransitive_verb_is_no_subject(code: Callable[[str], Document]) -> None:
    """واجتمع فور وصوله مع المحافظ، واجتمع بعد وصوله: فور "upon" and بعد "after" open a phrase; the
    one named before still meets."""
    _assert_source_of(code, "وتوجه رئيس الوزراء العراقي حيدر العبادي إلى البصرة، واجتمع فور وصوله مع المحافظ.",
                      "واجتمع", "IRQGOV")
    _assert_source_of(code, "وصل الرئيس الفرنسي إلى بغداد. واجتمع بعد وصوله مع رئيس الوزراء العراقي.", "واجتمع",
                      "FRAGOV")


def test_a_nationality_is_no_antecedent_of_the_pronoun_on_but(code: Callable[[str], Document]) -> None:
    """وفيما أدانت رئاسة إقليم كردستان القصف التركي، فإنها دعت: the Turkish shelling's nisba is no
    antecedent of ها; the presidency, no actor, calls on the PKK, Turkey does not."""
    doc = code("وفيما أدانت رئاسة إقليم كردستان القصف التركي، فإنها دعت حزب العمال الكردستاني إلى إبعاد مقاتليه.")
    assert not [e for e in doc.events if e.trigger.text == "دعت" and e.source is not None], doc.events


@pytest.mark.parametrize(("text", "expected"), [
    ("وبحث وزيرا الدفاع الأمريكي والتركي الوضع في منبج.", ("CONSULT", "USAGOV", "TURGOV")),
    ("وناقش وزيرا خارجية روسيا وتركيا الوضع في إدلب.", ("CONSULT", "RUSGOV", "TURGOV")),
    ("وبحث قادة مصر والأردن الأزمة السورية.", ("CONSULT", "EGYGOV", "JORGOV")),
])
def test_joined_subjects_of_a_meeting_are_each_others_party(code: Callable[[str], Document], text: str,
                                                            expected: tuple[str, str | None, str | None]) -> None:
    """بحث وزيرا الدفاع الأمريكي والتركي الوضع: a meeting verb that needs an actor as target has
    one in a subject of two parties; a dual or plural title in the construct with countries joined
    by و is each country's (Turkey's minister, not Turkey)."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize("text", [
    "وتعمل أنقرة على تفادي شن الجيش السوري هجوما على إدلب.",
    "وستتخذ روسيا الإجراءات اللازمة لتجنب تنفيذ عمليات عسكرية وهجمات على إدلب.",
    "وقررت روسيا تعليق شن الغارات على حلب.",
    "وتسعى موسكو إلى منع شن هجوم على إدلب.",
])
def test_an_attack_whose_support_word_is_prevented_is_none(code: Callable[[str], Document], text: str) -> None:
    """لتجنب شن هجوم، تجنب تنفيذ عمليات عسكرية وهجمات، تعليق شن الغارات: a noun of preventing or
    suspending right before the support word keeps what it supports from happening."""
    _assert_no_event(code, text, "ASSAULT")


def test_a_support_word_after_another_word_still_supports(code: Callable[[str], Document]) -> None:
    """وشنت روسيا هجوما: nothing prevents it."""
    _assert_among(code, "وشنت روسيا هجوما على تنظيم داعش في سوريا.", ("ASSAULT", "RUS", "ISIS"))


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت الخارجية الأمريكية إن السفير الأمريكي في موسكو التقى المسؤولين الروس.", ("CONSULT", "USAGOV", "RUSGOV")),
    ("وقال المرصد إن الجيش السوري في درعا قصف مواقع المعارضة.", ("ASSAULT", "SYRMIL", "OPP")),
])
def test_where_the_subject_is_stands_between_it_and_its_verb(code: Callable[[str], Document], text: str,
                                                             expected: tuple[str, str | None, str | None]) -> None:
    """إن السفير الأمريكي في موسكو التقى: في and a place after the subject say where it is; the
    subject before them is still the verb's (the Russian officials had been the subject after it)."""
    _assert_among(code, text, expected)



def test_a_word_quoted_alone_before_punctuation_is_a_name(code: Callable[[str], Document]) -> None:
    """مكتوب على أوله «ودّان»، وهو اسم البلدة: a cited name, no verb "and condemned"; a quoted verb
    with its object after it stays a verb."""
    doc = code("وقال طيار في حلف الناتو إن القافلة سلكت طريقا مكتوب على أوله «ودّان»، وهو اسم البلدة.")
    assert not doc.events, doc.events
    assert "THREATEN" in [e.event_type for e in code('وقال الوزير الأمريكي إن إيران "تهدد" أمن لبنان.').events]


def test_the_author_of_an_event_noun_subject_is_the_source(code: Callable[[str], Document]) -> None:
    """إن دعم إيران للحوثيين يهدد أمن المنطقة: the support threatens; its author, not the ones
    supported, is the source."""
    _assert_source_of(code, "وقال الوزير إن دعم إيران للحوثيين يهدد أمن المنطقة.", "يهدد", "IRN")


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("وقال الوزير الروسي إن بلاده ترفض العقوبات. ولطالما دعت دول غربية ومسؤولون من الأمم المتحدة إلى فرض حظر "
     "سلاح على جنوب السودان.", "دعت", "UN"),
    ("وقال الوزير الروسي إن بلاده ترفض العقوبات. ومنذ الهجوم، توعدت دول غربية على رأسها فرنسا بالرد على "
     "النظام السوري.", "توعدت", "FRA"),
])
def test_a_nominative_plural_after_the_verb_is_its_subject(code: Callable[[str], Document], text: str, trigger: str,
                                                          source: str) -> None:
    """توعدت دول غربية، دعت دول عدة: a plural of states with no accusative alif, and its indefinite
    adjective, is the verb's subject (no one of the sentence before is carried to it); the actors
    joined to it, or named at its head (على رأسها), act with it."""
    _assert_source_of(code, text, trigger, source)
    doc = code("وقال الوزير الروسي إن بلاده ترفض العقوبات. ودعت دول عدة إلى الحوار.")
    assert not [e for e in doc.events if e.trigger.text == "ودعت" and e.source is not None], doc.events


def test_a_threatened_strike_past_the_threatening_set_has_not_happened(code: Callable[[str], Document]) -> None:
    """لوحت دول غربية على رأسها الولايات المتحدة بتنفيذ ضربة: seven words between the threat and
    what it threatens; the strike is threatened, not made."""
    doc = code("ومنذ الهجوم الكيميائي، لوحت دول غربية على رأسها الولايات المتحدة بتنفيذ ضربة عسكرية في سوريا.")
    assert [e.event_type for e in doc.events] == ["THREATEN"], doc.events


def test_the_leaders_of_a_group_are_the_group(code: Callable[[str], Document]) -> None:
    """قادة داعش: the group's leaders (a plural title), not its one leader of the day; زعيم داعش is him."""
    doc = code("واستهدفت غارات التحالف الدولي قادة داعش في الرقة.")
    found = [e.target for e in doc.events if e.target is not None and e.target.group == "ISIS"]
    assert found and all(a.kind != "person" for a in found), doc.events


def test_the_word_after_the_passive_auxiliary_is_a_verbal_noun(code: Callable[[str], Document]) -> None:
    """سيتم طرد التنظيم، تم قتلهم: the word after تم/يتم is the verbal noun of a passive, no verb with
    a subject after it (the group had been the one expelling)."""
    doc = code("ويذكر أنه تم طرد تنظيم داعش من معظم الأراضي التي سيطر عليها في العام 2014.")
    found = [e for e in doc.events if e.trigger.text == "طرد"]
    assert found and all(e.source is None and e.target is not None and e.target.code == "ISIS" for e in found), \
        doc.events


def test_what_is_discussed_is_no_act_of_the_discussers(code: Callable[[str], Document]) -> None:
    """بحث أوباما ونظيره التركي خلال اتصال هاتفي الحرب في سوريا والمعركة ضد داعش: the fight is a
    topic, however long the subject (the two presidents had fought ISIS); a visit during which they
    discuss is still theirs."""
    doc = code("بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي الحرب في سوريا "
               "والمعركة ضد تنظيم داعش.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source is not None], doc.events
    _assert_among(code, "بحث المبعوث الروسي إلى سوريا خلال زيارة قادته إلى إيران التهديدات الغربية.",
                  ("CONSULT", "RUSGOV", "IRN"))


def test_his_ministry_is_no_visit(code: Callable[[str], Document]) -> None:
    """وألحق وزارته بوزارة الصيد: "his ministry", no "and she visited him"."""
    doc = code("وأنهى الرئيس الجزائري مهام وزير الزراعة وألحق وزارته بوزارة الصيد البحري.")
    assert not [e for e in doc.events if e.event_type == "CONSULT"], doc.events


@pytest.mark.parametrize(("text", "event_type"), [
    ("وأعرب العديد من لاعبي كرة القدم البرازيليين البارزين عن دعمهم للرئيس السابق.", "AID"),
    ("ويهدف الهجوم إلى قطع الإمدادات الإيرانية للحوثيين عن طريق البحر.", "PROTEST"),
])
def test_an_expression_does_not_reach_past_a_preposition_of_another_argument(
        code: Callable[[str], Document], text: str, event_type: str) -> None:
    """كرة القدم … عن دعمهم: the object of an expression (قدم الدعم، قطع الطريق) is no word after عن,
    مع, ضد … that belongs to another argument (no support offered, no road blocked)."""
    _assert_no_event(code, text, event_type)


def test_the_subject_before_a_relative_aside_that_holds_more_clauses(code: Callable[[str], Document]) -> None:
    """لكن أردوغان، الذي سبق وأن وصف القوارب بأنها خدمة للمهاجرين، ينفي: the relative aside holds
    complement clauses of its own; the actor before it is the subject (the Italian authorities of the
    sentence before had been carried on)."""
    _assert_source_of(code, "وقالت السلطات الإيطالية إن السفينة غادرت. لكن أردوغان، الذي سبق وأن وصف القوارب "
                            "بأنها خدمة للمهاجرين، ينفي قيام بلاده بالضغط على بنما.", "ينفي", "TURGOV")


def test_an_accusative_object_keeps_a_later_owner_from_being_the_object(code: Callable[[str], Document]) -> None:
    """اعتقلت شابا بث على الانترنت شريط فيديو لطائرة بدون طيار: the young man is arrested; the drone
    of the video he posted, far after him, is no object. A لـ-actor right after the noun still owns it."""
    doc = code("وقالت الشرطة الأمريكية إنها اعتقلت شابا بث على الانترنت شريط فيديو لطائرة بدون طيار.")
    assert not [e for e in doc.events if e.target is not None], doc.events
    _assert_among(code, "وقدمت السعودية دعما ماليا للحكومة اليمنية.", ("AID", "SAU", "YEMGOV"))


def test_the_subject_after_a_support_verbs_definite_event_noun(code: Callable[[str], Document]) -> None:
    """ونفذ الهجوم مسلحون من حركة طالبان، تبنى الهجوم تنظيم داعش: verb, its definite event noun,
    then the subject (VOS); in a relative clause the antecedent stays the subject."""
    _assert_among(code, "وقال الوزير التركي إن بلاده مستعدة. ونفذ الهجوم مسلحون من حركة طالبان.",
                  ("ASSAULT", "TALIBAN", None))
    _assert_among(code, "وفي وقت لاحق تبنى الهجوم تنظيم داعش.", ("ASSAULT", "ISIS", None))
    doc = code("ولم يعرف ما إذا كانت الطائرات التي شنت الغارات سورية أو روسية.")
    assert not [e for e in doc.events if e.source is not None], doc.events


def test_an_agent_with_its_own_adjective_makes_the_verb_passive(code: Callable[[str], Document]) -> None:
    """القيادي الحوثي قتل برصاص القوات المشتركة: the doer's adjective after the agent phrase is no
    object; the Houthi leader is killed, he kills no one."""
    doc = code("وقالت مصادر يمنية إن القيادي الحوثي قتل برصاص القوات المشتركة.")
    found = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert found and all(e.target is not None and e.target.code == "HOUTHIS" for e in found), doc.events


@pytest.mark.parametrize("text", [
    "وتحدث وزير الداخلية الليبي عن الأحداث. وعن ضرب المسلحين للمتظاهرين، قال إن ذلك مرفوض.",
    "وانتقد الرئيس التونسي الحكومة. وفي قتل المتظاهرين، قال إن التحقيق مستمر.",
])
def test_a_word_after_a_preposition_with_wa_is_no_verb(code: Callable[[str], Document], text: str) -> None:
    """وعن ضرب المسلحين للمتظاهرين: after و + a preposition the word is a verbal noun, as after the
    preposition alone; no verb with the last sentence's subject and the genitive as its object."""
    doc = code(text)
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source is not None
                and e.source.code in ("LBYGOV", "TUNGOV")], doc.events


def test_a_possessive_after_a_verb_of_causing_is_not_its_subjects(code: Callable[[str], Document]) -> None:
    """مما أدى إلى مقتله: the subject that agreement gives أدى is the cause, not the author of the
    killing; the pronoun is the one killed (the leader had killed himself)."""
    doc = code("قتل قيادي في تنظيم القاعدة في غارة بطائرة بدون طيار في اليمن. وأكد مسؤول أمني أن الغارة "
               "الأميركية استهدفت سيارة يستقلها قيادي في القاعدة، مما أدى إلى مقتله في الحال.")
    assert not [e for e in doc.events if e.trigger.text == "مقتله" and e.source is not None
                and e.source.code == "AQ"], doc.events


def test_killed_in_an_attack_of_no_named_author_is_passive(code: Callable[[str], Document]) -> None:
    """قتل قيادي في تنظيم القاعدة في غارة بطائرة بدون طيار: the leader is killed in the strike, he
    kills no one, also when no one is named as the strike's author."""
    doc = code("قتل قيادي في تنظيم القاعدة في غارة بطائرة بدون طيار في اليمن.")
    found = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert found and all(e.source is None and e.target is not None and e.target.code == "AQ" for e in found), found


def test_an_attack_noun_in_ta_marbuta_after_an_attack_verb_is_its_subject(code: Callable[[str], Document]) -> None:
    """قتلت غارة جوية للتحالف العربي قائدا …: the raid is the verb's subject (its author the
    source), no cognate accusative of قتلت; إدانة after أدانت, of the verb's own root, still is one."""
    _assert_among(code, "قتلت غارة جوية للتحالف العربي قائد عسكري في ميليشيات الحوثي.",
                  ("ASSAULT", "ARAB_COALITION", "HOUTHIS"))
    doc = code("أدانت مصر إدانة شديدة الهجوم الإرهابي.")
    assert [e.trigger.text for e in doc.events if e.event_type == "ACCUSE"] == ["أدانت"], doc.events


def test_succumbing_to_wounds_makes_a_verb_of_killing_passive(code: Callable[[str], Document]) -> None:
    """قتل عنصر من الجيش اللبناني متأثرا بجراحه: the soldier died of his wounds, he killed no one."""
    for text in ("قتل عنصر من الجيش اللبناني متأثرا بجراحه، إثر اشتباكات مع مسلحين في طرابلس.",
                 "وقتل جندي عراقي متاثرا بجروحه التي أصيب بها في الموصل."):
        found = [e for e in code(text).events if e.event_type == "ASSAULT"]
        assert found and all(e.source is None and e.target is not None for e in found), found


def test_a_nisba_after_another_definite_verbal_noun_is_no_genitive_of_the_event(
        code: Callable[[str], Document]) -> None:
    """وتعكس المحادثات التقارب التركي الروسي: the nisbas describe the rapprochement, the verb's
    object, not who held the talks; after the event noun's own adjectives they still do."""
    doc = code("وتعكس المحادثات التقارب التركي الروسي في المنطقة.")
    assert not [e for e in doc.events if e.event_type == "CONSULT" and e.source is not None], doc.events
    _assert_among(code, "وأدانت مصر الهجمات الجوية الإسرائيلية على غزة.", ("ACCUSE", "EGY", "ISR"))


@pytest.mark.parametrize("text, source", [
    ("نائب تركي يطالب بإعادة فتح ملف الفساد.", "TURLEG"),
    ("وقالت وسائل إعلام محلية إن محكمة تركية رفضت طلب الإفراج عن القس الأميركي.", "TURJUD"),
])
def test_an_indefinite_subject_before_a_verb_of_speech_acts(
        code: Callable[[str], Document], text: str, source: str) -> None:
    """نائب تركي يطالب: an indefinite subject opening the clause is the passive verb's patient only
    for attacks and coercion, whose object the active voice would name (شخص قتل: a person was
    killed); a demand or a rejection with no object is the subject's (the MP had been demanded)."""
    doc = code(text)
    found = [e for e in doc.events if e.event_type in ("REQUEST", "REJECT")]
    assert found and all(e.source is not None and e.source.code == source for e in found), doc.events


@pytest.mark.parametrize("text, source", [
    ("وتظاهر المئات في لندن احتجاجا على اعتقال السلطات الإيرانية لرجل دين عراقي.", "IRNGOV"),
    ("وأصيب عشرات الفلسطينيين إثر قمع الجيش الإسرائيلي مظاهرات على حدود غزة.", "IDF"),
    ("وكانت الأزمة قد بدأت بعد احتجاز السلطات الصومالية طائرة إماراتية في مطار مقديشو.", "SOMGOV"),
])
def test_a_states_authorities_in_the_genitive_of_arrest_or_repression_do_it(
        code: Callable[[str], Document], text: str, source: str) -> None:
    """اعتقال السلطات الإيرانية لرجل دين، قمع الجيش الإسرائيلي مظاهرات: the authorities, forces or
    police in the genitive of arresting, holding or repressing are its source (they had been its
    target); those expelled stay the target (طرد القوات الإثيوبية من أراضيها)."""
    found = [e for e in code(text).events if e.event_type == "COERCE"]
    assert found and all(e.source is not None and e.source.code == source for e in found), found


def test_expelled_forces_stay_the_target(code: Callable[[str], Document]) -> None:
    """طرد القوات الإثيوبية من أراضيها: the forces are driven out, no doer of the expulsion."""
    found = [e for e in code("وأعلنت إريتريا استقلالها بعد طرد القوات الإثيوبية من أراضيها.").events
             if e.event_type == "COERCE"]
    assert found and all(e.target is not None and e.target.code == "ETHMIL" for e in found), found


def test_a_word_after_the_backdrop_noun_of_ala_is_a_noun(code: Callable[[str], Document]) -> None:
    """على خلفية قمع قوات النظام السوري للمظاهرات: خلفية makes a preposition of على; قمع after it is the
    verbal noun (no passive verb "was repressed" with the forces as the repressed)."""
    found = [e for e in code("وعلقت الجامعة العربية عضوية سوريا، على خلفية قمع قوات النظام السوري "
                             "للمظاهرات.").events if e.event_type == "COERCE"]
    assert found and all(e.source is not None and e.source.code == "SYRMIL" for e in found), found


def test_a_word_right_after_a_verb_is_its_verbal_noun_not_a_past_verb(code: Callable[[str], Document]) -> None:
    """والولايات المتحدة تدعم قصف مواقع داعش: after تدعم comes what it supports, the verbal noun (the
    United States had bombed ISIS); not after a past of three letters spelled like its own verbal
    noun (حادث دهس قتل خلاله رجل: دهس may be "ramming" in the construct state)."""
    doc = code("والولايات المتحدة تدعم قصف مواقع داعش في سوريا.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source is not None], doc.events
    _assert_no_event(code, "وقال إن المحكمة رفضت طعن المتهمين على الأحكام.", "ASSAULT")


def test_a_verb_of_causing_causes_no_event_past_a_word_of_time(code: Callable[[str], Document]) -> None:
    """أدى قمع الجيش الإسرائيلي للتحرك السلمي إلى مقتل 48 فلسطينيا منذ بدء مسيرات احتجاجية: the killing
    is the army's, the marches since which it counts are not."""
    doc = code("وأدى قمع الجيش الإسرائيلي للتحرك السلمي إلى مقتل 48 فلسطينيا منذ بدء مسيرات احتجاجية في غزة.")
    assert not [e for e in doc.events if e.event_type == "PROTEST" and e.source is not None
                and e.source.code == "IDF"], doc.events
    _assert_among(code, "وأدى قصف الجيش الإسرائيلي إلى مقتل 48 فلسطينيا.", ("ASSAULT", "IDF", "PSE"))


def test_determination_makes_the_event_right_after_it_an_intent(code: Callable[[str], Document]) -> None:
    """تؤكد عزم ترامب سحب قواته: the withdrawal is intended (modality intent); a word of wishing
    reaches the event right after it only, not one further on (أعرب عن عزمه فتح تحقيق في اعتقال …
    وترحيلهم: the deportation happened)."""
    doc = code("وقالت واشنطن إنها تؤكد عزم ترامب سحب قواته من سوريا.")
    found = [e for e in doc.events if e.event_type == "RETREAT"]
    assert found and all(e.modality == "intent" for e in found), found
    doc = code("أعرب رئيس وزراء كوسوفو عن عزمه فتح تحقيق في اعتقال شرطة بلاده لستة أتراك وترحيلهم إلى تركيا.")
    assert not [e for e in doc.events if e.event_type == "COERCE" and e.modality == "intent"], doc.events


def test_a_donation_is_aid(code: Callable[[str], Document]) -> None:
    """تبرع المملكة العربية السعودية بمبلغ: a donation (the noun) is economic aid."""
    _assert_among(code, "ويبلغ تبرع السعودية لليمن مليار دولار.", ("AID", "SAU", "YEM"))


@pytest.mark.parametrize("text", [
    "وحث عدد من السيناتور الأميركيين الرئيس ترامب على إلغاء لقائه مع بوتين.",
    "وحث ستة من أعضاء مجلس الشيوخ الديمقراطيين ترامب على عدم التفاوض مع بوتين.",
])
def test_several_people_are_no_title_of_the_person_after_them(code: Callable[[str], Document], text: str) -> None:
    """السيناتور الأميركيين الرئيس ترامب، أعضاء مجلس الشيوخ الديمقراطيين ترامب: a plural nisba or a
    word for members makes the phrase several people, no title of the one named after it (Trump
    had been the senators' name, and the urging his own)."""
    doc = code(text)
    found = [e for e in doc.events if e.event_type == "REQUEST"]
    assert found and all(e.target is not None and e.target.code == "USAGOV" and e.target.text.startswith(("الرئيس", "ترامب"))
                         and (e.source is None or "ترامب" not in e.source.text) for e in found), found


def test_a_count_in_words_is_the_subject_of_a_verb_of_speech(code: Callable[[str], Document]) -> None:
    """وانتقد عدد من النواب الأميركيين ترامب: the count is the subject of a verb that is no attack or
    coercion, not the patient of its passive (the MPs had been criticised); قتل عدد من الجنود stays
    passive."""
    _assert_among(code, "وانتقد عدد من النواب الأميركيين ترامب.", ("ACCUSE", "USALEG", "USAGOV"))
    found = [e for e in code("قتل عدد من الجنود الأفغان في هجوم لحركة طالبان.").events if e.event_type == "ASSAULT"]
    assert found and all(e.target is not None and e.target.code == "AFGMIL" for e in found), found


def test_a_lam_owner_past_the_subjects_adjective_is_no_object(code: Callable[[str], Document]) -> None:
    """اتهم قادة سابقون للمخابرات الإسرائيلية رئيس الوزراء نتنياهو: the intelligence service is the
    former chiefs' body; the prime minister after it is the one accused. An object noun's owner
    stays the target (قصفت دبابات الجيش الإسرائيلي موقعين لحركة حماس)."""
    _assert_among(code, "اتهم قادة سابقون للمخابرات الإسرائيلية رئيس الوزراء بنيامين نتنياهو بتعريض الدولة للخطر.",
                  ("ACCUSE", "GOV", "ISRGOV"))
    _assert_among(code, "قصفت دبابات الجيش الإسرائيلي موقعين لحركة حماس في قطاع غزة.", ("ASSAULT", "ISRMIL", "HAMAS"))


def test_a_plan_after_a_time_aside_opens_an_impersonal_clause(code: Callable[[str], Document]) -> None:
    """وسيجتمع ترامب وبوتين في هلسنكي، الاثنين، ومن المقرر خروج احتجاجات: the protests planned are
    no act of the two presidents of the clause before the aside."""
    doc = code("وسيجتمع ترامب وبوتين في هلسنكي، الاثنين، ومن المقرر خروج احتجاجات عدة خلال زيارتهما.")
    assert not [e for e in doc.events if e.event_type == "PROTEST" and e.source is not None], doc.events


def test_an_event_noun_after_min_al_muqarrar_is_to_come(code: Callable[[str], Document]) -> None:
    """من المتوقع عقد قمة تاريخية بين الرئيسين: the summit is expected, modality future."""
    doc = code("وقال مسؤول كوري جنوبي إنه من المتوقع عقد قمة بين الرئيس الأمريكي والزعيم الكوري الشمالي.")
    found = [e for e in doc.events if e.event_type == "CONSULT"]
    assert found and all(e.modality == "future" for e in found), found


def test_aiming_by_means_of_an_economic_act_is_no_attack(code: Callable[[str], Document]) -> None:
    """وتستهدف السعودية من خلال تشغيل المدينة الاقتصادية إلى تنويع مصادر الدخل: "aims", through an
    economic act; من خلال غاراتها still attacks."""
    _assert_no_event(code, "وتستهدف السعودية من خلال تشغيل المدينة الاقتصادية الجديدة إلى تنويع مصادر دخل البلاد.",
                     "ASSAULT")
    _assert_among(code, "وتستهدف القوات السورية من خلال غاراتها مواقع المعارضة.", ("ASSAULT", "SYRMIL", "OPP"))


def test_a_relative_clause_joined_by_wa_describes_the_head_of_the_adjectives_before_it(
        code: Callable[[str], Document]) -> None:
    """وقالت تركيا الحليفة المقربة للولايات المتحدة والتي تعارض الاتفاق: والتي continues the
    description of Turkey, not of the United States inside its adjective."""
    _assert_source_of(code, "وقالت تركيا الحليفة المقربة للولايات المتحدة والتي تعارض الاتفاق إنها لن توقعه.",
                      "تعارض", "TUR")


@pytest.mark.parametrize("text, role, code_", [
    ("وألقت الشرطة القبض على نجل مرسي في القاهرة.", "target", "EGYCVL"),
    ("واستقبل العاهل الأردني صهر الرئيس الأمريكي دونالد ترامب في عمان.", "target", "USACVL"),
])
def test_a_kinsman_in_the_construct_is_not_the_person_after_him(
        code: Callable[[str], Document], text: str, role: str, code_: str) -> None:
    """نجل مرسي، صهر الرئيس الأمريكي دونالد ترامب: the son, the son-in-law, a private person of the
    country of the one named, not that person (Morsi had been arrested, Trump received)."""
    found = [getattr(e, role) for e in code(text).events]
    assert found and all(a is not None and a.code == code_ for a in found), found


def test_a_noun_inside_the_subject_of_a_verb_of_causing_is_no_result(code: Callable[[str], Document]) -> None:
    """أدى قمع الجيش الإسرائيلي للمسيرة إلى مقتل 48 فلسطينيا: the march is what is repressed, before
    the إلى of the result; the army caused the killing, not the march."""
    doc = code("وأدى قمع الجيش الإسرائيلي للمسيرة إلى مقتل 48 فلسطينيا في غزة.")
    assert not [e for e in doc.events if e.event_type == "PROTEST" and e.source is not None
                and e.source.code == "IDF"], doc.events
    _assert_among(code, "وأدى قمع الجيش الإسرائيلي للمسيرة إلى مقتل 48 فلسطينيا في غزة.", ("ASSAULT", "IDF", "PSE"))


def test_a_denied_wish_negates_the_event_wished(code: Callable[[str], Document]) -> None:
    """ولم تبد إيران أي رغبة في إجراء محادثات: no intent to talk (negated); أبدت رغبتها stays one."""
    _assert_negated(code, "ولم تبد إيران أي رغبة في إجراء محادثات مع الولايات المتحدة.", "CONSULT", True)
    found = _assert_negated(code, "وأبدت إيران رغبتها في إجراء محادثات مع الولايات المتحدة.", "CONSULT", False)
    assert all(e.modality == "intent" for e in found), found


def test_a_verbal_noun_after_min_ajl_is_a_purpose(code: Callable[[str], Document]) -> None:
    """من أجل تهديد إسرائيل، من أجل إطلاق سراح رجل: what is done for the sake of it has not been
    done (Israel had been the one threatening)."""
    doc = code("اتهم نتنياهو طهران بمحاولة جلب طائرات إلى سوريا من أجل تهديد إسرائيل.")
    assert not [e for e in doc.events if e.event_type == "THREATEN"], doc.events
    _assert_among(code, "اتهم نتنياهو طهران بمحاولة جلب طائرات إلى سوريا من أجل تهديد إسرائيل.",
                  ("ACCUSE", "ISRGOV", "IRNGOV"))


def test_the_subject_of_a_verb_resuming_an_event_noun_is_not_its_author(code: Callable[[str], Document]) -> None:
    """وأجرت الصين سلسلة مناورات انتقدتها تايوان: Taiwan criticises the drills, China holds them
    (Taiwan had held them and China criticised); a support verb's subject still is the author
    (عقوبات فرضتها الولايات المتحدة)."""
    doc = code("وأجرت الصين سلسلة مناورات انتقدتها تايوان.")
    assert not [e for e in doc.events if e.event_type == "MOBILIZE" and e.source is not None
                and e.source.code == "TWN"], doc.events
    _assert_source_of(code, "وأجرت الصين سلسلة مناورات انتقدتها تايوان.", "انتقدتها", "TWN")
    _assert_among(code, "وأعربت تركيا عن غضبها بعد عقوبات فرضتها الولايات المتحدة على وزيرين.", ("SANCTION", "USA", None))


def test_artillery_after_a_word_for_shells_is_their_adjective(code: Callable[[str], Document]) -> None:
    """قذيفة مدفعية أطلقتها ميليشيات الحوثي: "an artillery shell", no artillery that fired (it
    was the source, the militias lost); قذائف المدفعية الإسرائيلية still names the artillery."""
    doc = code("وقتل طفل من جراء سقوط قذيفة مدفعية أطلقتها ميليشيات الحوثي على قرية غرب مدينة تعز.")
    assert not [e for e in doc.events if e.source is not None and e.source.code == "MIL"], doc.events
    _assert_among(code, "وقتل طفل من جراء سقوط قذيفة مدفعية أطلقتها ميليشيات الحوثي على قرية غرب مدينة تعز.",
                  ("ASSAULT", "HOUTHIS", "CVL"))
    _assert_among(code, "قصفت قذائف المدفعية الإسرائيلية مواقع لحماس.", ("ASSAULT", "ISRMIL", "HAMAS"))


def test_the_object_after_a_phrase_of_means(code: Callable[[str], Document]) -> None:
    """قصفت القوات بالصواريخ مواقع لداعش، بقذائف مدفعية مواقع لداعش: the phrase of means ends
    before the owned object (ISIS had been inside it, no target); an adjective in ة after a
    nisba still belongs to the phrase (في غارات جوية مركزة للتحالف: the coalition is no target)."""
    _assert_among(code, "وقصفت القوات السورية بالصواريخ مواقع لتنظيم داعش.", ("ASSAULT", "SYRMIL", "ISIS"))
    _assert_among(code, "وقصفت القوات السورية بقذائف مدفعية مواقع لتنظيم داعش.", ("ASSAULT", "SYRMIL", "ISIS"))
    doc = code("وأشارت المصادر إلى أن مسلحي الحوثي قتلوا في غارات جوية مركزة للتحالف العربي على مواقع عسكرية.")
    assert not [e for e in doc.events if e.target is not None and e.target.code == "ARAB_COALITION"], doc.events


def test_a_word_with_tanween_heads_no_verbal_expression(code: Callable[[str], Document]) -> None:
    """استهدف بغارة جوية تجمّعًا لميليشيات الحوثي: تجمّعًا with its tanween is "a gathering", the
    object, no verb "gathered" ending the clause (the Houthis had been no target)."""
    _assert_among(code, "وذكر أن طيران التحالف العربي استهدف بغارة جوية تجمّعًا لميليشيات الحوثي في جبهة نهم.",
                  ("ASSAULT", "ARAB_COALITION", "HOUTHIS"))


def test_the_means_after_min_khilal_is_not_intended(code: Callable[[str], Document]) -> None:
    """تسعى الصين من خلال زيارة وزير خارجيتها إلى تعزيز العلاقات: the visit is the means and takes
    place (it had been an intent); the aim after إلى is still intended, and a visit right after
    تسعى إلى still is too."""
    doc = code("وتسعى الصين من خلال زيارة وزير خارجيتها إلى تعزيز العلاقات مع مصر.")
    visits = [e for e in doc.events if e.event_type == "CONSULT"]
    assert visits and all(e.modality is None for e in visits), doc.events
    assert [e for e in doc.events if e.event_type == "COOPERATE" and e.modality == "intent"], doc.events
    doc = code("وحاولت ميليشيات الحوثي من خلال الهجوم تعويض خسارتها.")
    attacks = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.modality is None for e in attacks), doc.events
    doc = code("وتسعى الصين إلى زيارة وزير خارجيتها لمصر.")
    assert [e for e in doc.events if e.event_type == "CONSULT" and e.modality == "intent"], doc.events


def test_an_event_after_a_word_of_time_is_no_request_nor_intent(code: Callable[[str], Document]) -> None:
    """طالبت الأمم المتحدة بإجراء تحقيق بعد مقتل صحفي: the killing happened (it had been requested,
    dropped); قررت الحكومة تأجيل الانتخابات بعد هجوم: no intended attack; the request itself and an
    event before قبل are unchanged."""
    _assert_among(code, "طالبت الأمم المتحدة بإجراء تحقيق بعد مقتل صحفي على يد قوات الأمن العراقية.",
                  ("ASSAULT", "IRQCOP", "MED"))
    _assert_among(code, "دعا وزير الخارجية الروسي إيران وإسرائيل إلى الحوار بعد الضربات الإسرائيلية ضد منشآت إيرانية في سوريا.",
                  ("ASSAULT", "ISR", "IRN"))
    doc = code("قررت الحكومة الأفغانية تأجيل الانتخابات بعد هجوم نفذته حركة طالبان على اجتماع أمني.")
    attacks = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.modality is None for e in attacks), doc.events
    _assert_no_event(code, "دعت الجامعة العربية إلى عقد اجتماع طارئ قبل الغارات الإسرائيلية على غزة.", "ASSAULT")


def test_the_wounded_in_an_attack_are_not_its_author(code: Callable[[str], Document]) -> None:
    """تعرضت لهجوم تبنته حركة طالبان باكستان حيث أصيبت بجروح: the Taliban claimed the attack and
    were not wounded in it (they had been the target of أصيبت)."""
    doc = code("وتعرضت في التاسع من أكتوبر عام 2012 لهجوم تبنته حركة طالبان باكستان حيث أصيبت بجروح بليغة.")
    assert not [e for e in doc.events if e.target is not None and e.target.code == "TTP"], doc.events
    _assert_among(code, "وتعرضت في التاسع من أكتوبر عام 2012 لهجوم تبنته حركة طالبان باكستان حيث أصيبت بجروح بليغة.",
                  ("ASSAULT", "TTP", None))


def test_losses_suffered_make_their_sufferer_the_target(code: Callable[[str], Document]) -> None:
    """تكبدت ميليشيات الحوثي خسائر، بعد تكبد ميليشياته خسائر: form V تكبّد 'suffered' (تكبدوا،
    يتكبد were no event; the verbal noun's owner had been the source); كبّد 'inflicted' keeps its
    subject as source."""
    _assert_among(code, "وقالت مصادر إن الحوثيين تكبدوا خسائر كبيرة.", ("ASSAULT", None, "HOUTHIS"))
    _assert_among(code, "ويتكبد الجيش السوري خسائر يومية.", ("ASSAULT", None, "SYRMIL"))
    doc = code("وطلب زعيم الحوثيين تجنيد مقاتلين جدد بعد تكبد ميليشياته خسائر بشرية كبيرة.")
    assert not [e for e in doc.events if e.event_type == "ASSAULT" and e.source is not None], doc.events
    assert [e for e in doc.events if e.event_type == "ASSAULT" and e.target is not None
            and e.target.code == "HOUTHIS"], doc.events
    _assert_among(code, "كبد الجيش اليمني الحوثيين خسائر كبيرة.", ("ASSAULT", "YEMMIL", "HOUTHIS"))


def test_who_condemns_an_arrest_did_not_make_it(code: Callable[[str], Document]) -> None:
    """ندد الرئيس الفرنسي باعتقاله، اتهمت عائلته جهاز الاستخبارات الإسرائيلي بقتله: the one who
    condemns or accuses is no author of the act on the possessive (Macron had arrested, the family
    had killed); a verb of acting still gives it (قامت الشرطة باعتقاله)."""
    doc = code("وندد الرئيس الفرنسي باعتقاله.")
    assert not [e for e in doc.events if e.event_type == "COERCE"], doc.events
    _assert_source_of(code, "أعلنت حركة حماس اغتيال الناشط فادي البطش، بينما اتهمت عائلته جهاز الاستخبارات الإسرائيلي بقتله.",
                      "بقتله", "ISRSPY")


def test_a_threat_threatens_the_target_of_the_act_threatened(code: Callable[[str], Document]) -> None:
    """هدد الرئيس الأمريكي بفرض عقوبات على إيران، توعد ترامب بشن ضربات صاروخية على سوريا: Iran and
    Syria are threatened (the threats had no target); the threatened act itself stays uncoded."""
    _assert_among(code, "هدد الرئيس الأمريكي بفرض عقوبات على إيران.", ("THREATEN", "USAGOV", "IRN"))
    _assert_among(code, "توعد الرئيس الأمريكي دونالد ترامب بشن ضربات صاروخية على سوريا.", ("THREATEN", "USAGOV", "SYR"))
    _assert_no_event(code, "هدد الرئيس الأمريكي بفرض عقوبات على إيران.", "SANCTION")


def test_a_verbal_noun_after_a_future_verb_is_to_come(code: Callable[[str], Document]) -> None:
    """ستعيد الولايات المتحدة فرض العقوبات: the sanctions are to come (no modality before); after
    سيبقى "will remain" the ban is in force."""
    doc = code("وقال إن الولايات المتحدة ستعيد فرض العقوبات على إيران.")
    found = [e for e in doc.events if e.event_type == "SANCTION"]
    assert found and all(e.modality == "future" for e in found), doc.events
    for text in ("وقال دوتيرتي للصحافيين سيبقى الحظر على الكويت دائما.",
                 "وأكدت الحكومة الفلبينية أنه سيظل الحظر المفروض على الكويت ساريا."):
        found = [e for e in code(text).events if e.event_type == "SANCTION"]
        assert found and not [e for e in found if e.modality == "future"], found


def test_a_present_verb_right_after_an_indefinite_actor_describes_it(code: Callable[[str], Document]) -> None:
    """قاعدة تستخدمها قوات إيرانية تساند الحكومة السورية: Iranian forces that back the Syrian
    government (which had been the one backing, with no one backed)."""
    _assert_among(code, "وقعت التفجيرات في قاعدة تستخدمها قوات إيرانية تساند الحكومة السورية.",
                  ("SUPPORT", "IRNMIL", "SYRGOV"))
    _assert_among(code, "وتقاتل في سوريا ميليشيات عراقية تدعم النظام السوري.", ("SUPPORT", "IRQUAF", "SYRGOV"))


def test_a_list_of_actors_with_commas_is_one_subject(code: Callable[[str], Document]) -> None:
    """أدانت مصر، والأردن، والسعودية الهجوم: three who condemn (Jordan had been condemned and
    Saudi Arabia lost); two with one comma may open a new clause (أدانت مصر، والأردن يرفض)."""
    text = "أدانت مصر، والأردن، والسعودية الهجوم الإسرائيلي على غزة."
    for src in ("EGY", "JOR", "SAU"):
        _assert_among(code, text, ("ACCUSE", src, "ISR"))
    _assert_among(code, "أدانت مصر، والأردن يرفض الهجوم.", ("REJECT", "JOR", None))


def test_a_sound_plural_in_in_right_after_a_verb_is_its_object(code: Callable[[str], Document]) -> None:
    """وطرد دبلوماسيين روسيين اثنين: the diplomats are expelled (they had expelled), the subject
    dropped; a name ending in -ين is no plural (التقى تورشين نجل دونالد ترامب)."""
    _assert_among(code, "وطرد دبلوماسيين روسيين اثنين من إسبانيا.", ("COERCE", None, "RUSGOV"))
    doc = code("وفي أيار 2016 التقى تورشين نجل دونالد ترامب الأكبر في ندوة.")
    assert not [e for e in doc.events if e.target is not None and e.target.text.startswith("تورشين")], doc.events


def test_a_verb_after_a_relative_clause_with_its_own_pronoun_verb_is_the_antecedents(code: Callable[[str], Document]) -> None:
    """محطة العربية التي تمتلكها السعودية قالت إن …: the station says it (Saudi Arabia, the owner in
    the relative clause, had been the speaker accusing the Yemeni forces)."""
    doc = code("ولكن محطة العربية التي تمتلكها السعودية قالت إن قوات الحكومة اليمنية قبضت على الكربي.")
    assert not [e for e in doc.events if e.event_type == "ACCUSE"], doc.events
    assert not [e for e in doc.events if e.reported_by is not None and e.reported_by.code == "SAU"], doc.events


def test_an_actor_joined_through_a_count_with_wa(code: Callable[[str], Document]) -> None:
    """اعتقلت الشرطة صحفيا وثلاثة ناشطين، قتل 32 فلسطينيا وأربعة إسرائيليين: the و on the count
    joins the actor after it to the one before (the activists and the Israelis were lost)."""
    _assert_among(code, "اعتقلت الشرطة صحفيا وثلاثة ناشطين.", ("COERCE", "COP", "CVL"))
    _assert_among(code, "وقتل 32 فلسطينيا وأربعة إسرائيليين منذ إعلان ترامب نقل السفارة.", ("ASSAULT", None, "ISR"))


def test_the_actor_after_a_word_of_directives_is_no_target(code: Callable[[str], Document]) -> None:
    """المساعدات تأتي إنفاذا لتوجيهات خادم الحرمين: the King directed the aid, he does not get it
    (he had been its target); aid to a people after لـ still has its target."""
    doc = code("وأوضح المتحدث أن هذه المساعدات تأتي إنفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.")
    assert not [e for e in doc.events if e.target is not None and e.target.code == "SAUGOV"], doc.events
    _assert_among(code, "وقدمت السعودية مساعدات لليمن.", ("AID", "SAU", "YEM"))


def test_a_denial_of_what_an_event_was_leaves_the_event(code: Callable[[str], Document]) -> None:
    """نفت أن تكون المناورات المشتركة استفزازا، نفت أن يكون الهجوم من تنفيذ طالبان: the drills and
    the attack took place (they had been negated); أن يكون هناك هجوم still denies it."""
    _assert_negated(code, "لكن نويرت نفت أن تكون المناورات المشتركة مع كوريا الجنوبية استفزازا.", "COOPERATE", False)
    _assert_negated(code, "ونفت الحكومة أن يكون هناك هجوم على السفارة الأمريكية.", "ASSAULT", True)


def test_a_diplomatic_mission_is_its_states_government(code: Callable[[str], Document]) -> None:
    """البعثة الدبلوماسية الكويتية: Kuwait's mission asks (Kuwait had been the one asked, no one asking)."""
    _assert_among(code, "دعت البعثة الدبلوماسية الكويتية لدى الأمم المتحدة الاثنين إلى عقد اجتماع طارئ لمجلس الأمن.",
                  ("REQUEST", "KWTGOV", None))
    _assert_among(code, "وطردت الحكومة البعثة الدبلوماسية القطرية.", ("COERCE", "GOV", "QATGOV"))


def test_a_number_word_is_no_verb(code: Callable[[str], Document]) -> None:
    """في مهلة تسعين يوما: ninety, no تسعين "you strive" making the sanctions after it intended."""
    found = [e for e in code("وأنذرت المفوضية الأوروبية الشركة الأمريكية بوضع حد لممارساتها في مهلة تسعين يوما "
                             "وإلا واجهت عقوبات مالية.").events if e.event_type == "SANCTION"]
    assert found and not [e for e in found if e.modality == "intent"], found


def test_what_an_aim_is_about_and_the_aims_subject_take_place(code: Callable[[str], Document]) -> None:
    """وتهدف مسيرة العودة إلى التنديد بالحصار الإسرائيلي: the march and the blockade are real (both had
    been intents); the condemnation is the aim. طالب بإجراء تحقيق في مقتل الصحفي: the killing happened."""
    doc = code("وتهدف مسيرة العودة أيضا إلى التنديد بالحصار الإسرائيلي المفروض على قطاع غزة.")
    assert [e for e in doc.events if e.event_type == "COERCE" and e.modality is None], doc.events
    assert [e for e in doc.events if e.event_type == "ACCUSE" and e.modality == "intent"], doc.events
    found = [e for e in code("وتهدف المساعدات الفرنسية إلى مساعدة 500 شخص مصابين بجروح خطيرة.").events
             if e.trigger.text == "المساعدات"]
    assert found and all(e.modality is None for e in found), found
    _assert_among(code, "طالبت الأمم المتحدة بإجراء تحقيق في مقتل الصحفي على يد قوات الأمن العراقية.",
                  ("ASSAULT", "IRQCOP", "MED"))
    _assert_no_event(code, "دعت المنظمة الجنود الإسرائيليين إلى رفض إطلاق النار على الفلسطينيين.", "ASSAULT")


def test_a_passive_participle_after_wa_is_no_verb(code: Callable[[str], Document]) -> None:
    """اجتماع بين طالبان ومبعوث أمريكا: the US envoy (ومبعوث had been read as a verb before a
    country and the envoy lost)."""
    _assert_among(code, "أكد المتحدث باسم حركة طالبان أن اجتماعا بين طالبان ومبعوث أمريكا إلى أفغانستان قد عقد في الدوحة.",
                  ("CONSULT", "TALIBAN", "USAGOV"))


def test_threats_and_charges_that_target_someone_are_no_attack(code: Callable[[str], Document]) -> None:
    """رفض عائلته "التهديدات" التي تستهدف بلاده، رسوما جمركية تستهدف الصين: words, charges and duties
    aim at a country; no one attacks it (both had been attacks)."""
    _assert_no_event(code, 'جدد الفنان السعودي الولاء للوطن، مؤكدا رفض عائلته "التهديدات" التي تستهدف بلاده وقادتها.',
                     "ASSAULT")
    _assert_no_event(code, "وفرضت واشنطن رسوما جمركية تستهدف الصين.", "ASSAULT")
    _assert_among(code, "وشنت القوات العراقية حملة عسكرية تستهدف مواقع داعش.", ("ASSAULT", None, "ISIS"))


def test_a_thing_named_before_a_verb_of_arriving_makes_no_visit(code: Callable[[str], Document]) -> None:
    """أن الجثث وصلت إلى بانغي، إن المساعدات وصلت: no one visits Bangui (a visit with no visitor was
    coded); الوزير وصل إلى بانغي still is one."""
    _assert_no_event(code, "وتابع البيان أن الجثث وصلت إلى بانغي.", "CONSULT")
    _assert_no_event(code, "وقال الرئيس إن المساعدات وصلت إلى بانغي.", "CONSULT")
    _assert_among(code, "وقالت الخارجية إن الوزير الروسي وصل إلى بانغي.", ("CONSULT", "RUSGOV", "CAF"))


def test_the_verb_of_a_nouns_own_expression_after_a_relative_names_its_author(code: Callable[[str], Document]) -> None:
    """العقوبات التي فرضها الاتحاد الأوروبي، المساعدات التي قدمتها السعودية: the EU imposed them, Saudi
    Arabia gave it (no author, or the clause's subject Russia, before)."""
    _assert_among(code, "وكانت سوريا تخضع للعقوبات التي فرضها الاتحاد الأوروبي.", ("SANCTION", "EU", "SYR"))
    _assert_source_of(code, "وأعلنت روسيا رفض العقوبات التي فرضها الاتحاد الأوروبي.", "العقوبات", "EU")
    _assert_source_of(code, "وقال إن المساعدات التي قدمتها السعودية وصلت.", "المساعدات", "SAU")


def test_there_is_no_such_event_after_la_wujud(code: Callable[[str], Document]) -> None:
    """لا وجود لحرب أو مفاوضات مع الولايات المتحدة: no talks (they had been asserted); أكد وجود
    مفاوضات still asserts them."""
    _assert_negated(code, "أكد المرشد الإيراني أنه لا وجود لحرب أو مفاوضات مع الولايات المتحدة في المستقبل.", "CONSULT", True)
    _assert_negated(code, "وأكد المرشد الإيراني وجود مفاوضات مع الولايات المتحدة.", "CONSULT", False)


def test_the_means_of_a_denied_attack_are_denied_too(code: Callable[[str], Document]) -> None:
    """نفى حزب الله استهداف أحد مواقعه على الحدود اللبنانية السورية بغارة إسرائيلية: no raid either (it
    had been asserted); استهدفت إسرائيل موقعا بغارة جوية still is one."""
    _assert_negated(code, "نفى حزب الله استهداف أحد مواقعه على الحدود اللبنانية السورية بغارة إسرائيلية.", "ASSAULT", True)
    _assert_negated(code, "استهدفت إسرائيل أحد مواقع حزب الله بغارة جوية.", "ASSAULT", False)


def test_taana_fi_a_ruling_or_a_right_contests_it(code: Callable[[str], Document]) -> None:
    """طعن رئيس الوزراء، المنتهية ولايته، في أهلية خصمه; طعنت الشركة بقرار المحكمة: a challenge, no
    stabbing (the prime minister had been stabbed); طعن شاب جنديا في العنق، طعن حارسا في البلدة
    still are attacks."""
    _assert_no_event(code, "طعن رئيس وزراء ماليزيا، المنتهية ولايته نجيب عبد الرزاق، في أهلية خصمه لقيادة الحكومة.",
                     "ASSAULT")
    _assert_no_event(code, "وطعنت المعارضة في نتائج الانتخابات الرئاسية.", "ASSAULT")
    _assert_no_event(code, "وطعن وزير العدل بقرار المحكمة العليا.", "ASSAULT")
    _assert_among(code, "طعن فلسطيني جنديا إسرائيليا في العنق.", ("ASSAULT", "PSE", "ISRMIL"))
    _assert_among(code, "طعن مسلح شرطيا فرنسيا في باريس.", ("ASSAULT", "UAF", "FRACOP"))


def test_the_one_suspected_is_the_author_of_what_he_is_suspected_of(code: Callable[[str], Document]) -> None:
    """اعتقلت الشرطة خمسة أشخاص يشتبه بأنهم ساعدوا إرهابيين، اعتقال 11 شخصا يشتبه في دعمهم جبهة النصرة:
    the suspects helped and supported (the police and the authorities who arrested them had)."""
    _assert_among(code, "اعتقلت الشرطة الفرنسية خمسة أشخاص يشتبه بأنهم ساعدوا إرهابيين.", ("AID", "CVL", "UAF"))
    _assert_source_of(code, "اعتقلت الشرطة الفرنسية خمسة أشخاص يشتبه بأنهم ساعدوا إرهابيين.", "ساعدوا", "CVL")
    _assert_source_of(code, "أعلنت السلطات الإيطالية اعتقال 11 شخصا يشتبه في دعمهم جبهة النصرة.", "دعمهم", "CVL")
    _assert_source_of(code, "وقالت السلطات إن مسلحين يشتبه بأنهم متشددون قتلوا 16 مدنيا.", "قتلوا", "UAF")


def test_a_nisba_after_an_expressions_noun_names_its_author(code: Callable[[str], Document]) -> None:
    """بفرض العقوبات الأميركية على إيران، فرض الحظر الأمريكي: the United States imposes them, as in
    العقوبات الأميركية alone (no author, before); طرد السفير البريطاني keeps Britain as the one hit."""
    _assert_source_of(code, "وندد الرئيس الإيراني بفرض العقوبات الأميركية على إيران.", "بفرض العقوبات", "USA")
    _assert_source_of(code, "واحتفلت كوبا بمرور عام على رفع الحظر بعد 52 عاما على فرض الحظر الأمريكي.", "فرض الحظر", "USA")
    _assert_among(code, "وقررت روسيا طرد السفير البريطاني من موسكو.", ("SANCTION", "RUS", "GBRGOV"))


def test_the_possibility_of_an_event_does_not_assert_it(code: Callable[[str], Document]) -> None:
    """أشار إلى احتمالية توغل قوات تركية، أثارت احتمالات شن هجوم على إدلب: a possibility (the incursion
    and the attack had been asserted), as after احتمال."""
    _assert_no_event(code, "وأشار رئيس الوزراء إلى احتمالية توغل قوات تركية جديدة داخل الأراضي العراقية.", "ASSAULT")
    _assert_no_event(code, "وأثارت احتمالات شن روسيا هجوما كبيرا على إدلب مخاوف من مأساة إنسانية.", "ASSAULT")
    _assert_among(code, "وتوغلت قوات تركية داخل الأراضي العراقية.", ("ASSAULT", "TURMIL", None))


def test_an_attack_on_a_named_person_by_no_one_placed_or_by_writings_is_in_words(code: Callable[[str], Document]) -> None:
    """وهاجم على الأخص الرئيس الأميركي السابق باراك أوباما، هاجمت الطالبة ترامب، المقالات التي تهاجم
    قطر: attacks in words, ACCUSE (they had been assaults); هاجم مسلحون قاعدة still is an assault."""
    _assert_among(code, "وهاجم على الأخص الرئيس الأميركي السابق باراك أوباما لانتقاده الحرب على المخدرات.",
                  ("ACCUSE", None, "USAGOV"))
    _assert_no_event(code, "وهاجم على الأخص الرئيس الأميركي السابق باراك أوباما لانتقاده الحرب على المخدرات.",
                     "ASSAULT")
    _assert_no_event(code, "وقد هاجمت الطالبة ترامب بسبب أموال تلقتها حملته.", "ASSAULT")
    _assert_no_event(code, "وظهرت عشرات المقالات التي تهاجم قطر في الصحف.", "ASSAULT")
    _assert_among(code, "هاجم مسلحون قاعدة للجيش العراقي.", ("ASSAULT", "UAF", "IRQMIL"))


def test_an_actor_in_a_prepositional_phrases_genitive_is_no_subject_after_an_aside(code: Callable[[str], Document]) -> None:
    """وبعد إعلان الحكومة عن اختيار أردوغان، الاثنين الماضي، أحرق …: Erdogan is in the genitive of
    اختيار after عن, no subject of the verb after the aside (he had burned the goods)."""
    found = [e for e in code("وبعد إعلان الحكومة عن اختيار أردوغان، الاثنين الماضي، أحرق عدد من الأكراد منتجات يملكونها.").events
             if e.trigger.text == "أحرق"]
    assert not [e for e in found if e.source is not None and e.source.code == "TURGOV"], found
    _assert_source_of(code, "وكان وزير الخارجية الأمريكي، مايك بومبيو، قد التقى نظيره الروسي.", "التقى", "USAGOV")


def test_the_latter_acts(code: Callable[[str], Document]) -> None:
    """تلقى ترامب رسالة من كيم، يطلب فيها الأخير تحديد موعد: Kim asks (Trump had asked)."""
    _assert_source_of(code, "تلقى الرئيس الأميركي دونالد ترامب رسالة من الزعيم الكوري الشمالي كيم جونغ أون، "
                            "يطلب فيها الأخير تحديد موعد لاجتماع ثان.", "يطلب", "PRKGOV")


def test_a_subject_joined_by_its_allies_acts(code: Callable[[str], Document]) -> None:
    """وتحاصر قوات الجيش السوري وحلفاؤها المنطقة: the army and its allies besiege the area (the army
    had been besieged); قتل جندي إسرائيلي وزوجته في الهجوم stays a passive."""
    _assert_source_of(code, "وتحاصر قوات الجيش السوري وحلفاؤها المنطقة منذ سنوات.", "وتحاصر", "SYRMIL")
    _assert_among(code, "وقتل جندي إسرائيلي وزوجته في الهجوم.", ("ASSAULT", None, "ISRMIL"))


def test_qati_after_a_noun_is_decisive_no_boycott(code: Callable[[str], Document]) -> None:
    """دون دليل قاطع، بشكل قاطع: "conclusive", no boycott (a Turkish official had boycotted);
    قاطعت المعارضة الانتخابات still is one."""
    _assert_no_event(code, "ونقلت رويترز عن مسؤول تركي قوله إنه تم العثور على أدلة قوية دون دليل قاطع.", "PROTEST")
    _assert_no_event(code, "وقال المسؤول الجزائري إن الإقبال دليل قاطع على عدم صحة تلك الاستنتاجات.", "PROTEST")
    _assert_among(code, "قاطعت المعارضة الانتخابات البرلمانية.", ("PROTEST", "OPP", None))


def test_a_charge_nouns_pronoun_is_the_accused(code: Callable[[str], Document]) -> None:
    """لمعاقبة روسيا على خلفية اتهامها بالتدخل: Russia is accused (no one was); بعد إدانته بتلقي
    الرشاوى وأموال من رجل أعمال: the businessman who paid convicts no one (he had); the court that
    sentences is not the one convicted (حكمت محكمة إسرائيلية على يهودي … إثر إدانته)."""
    _assert_among(code, "وتم تمرير قانون لمعاقبة روسيا على خلفية اتهامها بالتدخل في الانتخابات.", ("ACCUSE", None, "RUS"))
    found = [e for e in code("وأمضى أولمرت 16 شهرا في السجن بعد إدانته بتلقي الرشاوى وأموال من رجل أعمال أمريكي.").events
             if e.event_type == "ACCUSE"]
    assert not [e for e in found if e.source is not None], found
    found = [e for e in code("حكمت محكمة إسرائيلية على يهودي بالسجن إثر إدانته بمحاولة الالتحاق بتنظيم داعش.").events
             if e.event_type == "ACCUSE"]
    assert not [e for e in found if e.target is not None and e.target.code == "ISRJUD"], found


def test_an_actor_before_another_event_is_no_author_of_a_support_verbs_object(code: Callable[[str], Document]) -> None:
    """قتل 5 شرطيين وجندي في هجمات … ومجموعة يسارية متشددة تبنت هجوما: the soldier killed claimed no
    attack (he had been its author, and the killings' too); ضباط في الجيش قادوا تمردا still lead it."""
    found = [e for e in code("قتل في تركيا أمس الاثنين 5 شرطيين وجندي في هجمات نسبت الى حزب العمال الكردستاني والى "
                             "مجموعة يسارية متشددة تبنت هجوما على القنصلية الاميركية في اسطنبول.").events]
    assert not [e for e in found if e.source is not None and e.source.text == "جندي"], found
    _assert_source_of(code, "وكان ضباط في الجيش قادوا تمردا على حكم الرئيس، رجب طيب أردوغان.", "تمردا", "MIL")


def test_an_adjective_of_opposition_names_whom_an_event_opposes(code: Callable[[str], Document]) -> None:
    """احتجاجات مناوئة للحكومة، تظاهرات معادية للكرملين: the government and the Kremlin are protested
    (the government had protested, or no one was named); احتواء الاحتجاجات: whoever contains protests
    does not hold them; اغتيالات طالت قيادات مناهضة لحزب الله: the leaders oppose Hezbollah, the
    killings are not aimed at it."""
    _assert_among(code, "وقد أدى هذا إلى احتجاجات مناوئة للحكومة في إيران الشهر الماضي.", ("PROTEST", None, "IRNGOV"))
    _assert_among(code, "وخرج نافالني من السجن بعد إدانته بتنظيم تظاهرات معادية للكرملين.", ("PROTEST", None, "RUSGOV"))
    _assert_no_event(code, "أعلنت الحكومة العراقية اتخاذ إجراءات لاحتواء الاحتجاجات في جنوب العراق.", "PROTEST")
    found = [e for e in code("وقتل في إطار سلسلة اغتيالات طالت قيادات مناهضة لحزب الله.").events
             if e.event_type == "ASSAULT"]
    assert not [e for e in found if e.target is not None and e.target.code == "HEZBOLLAH"], found


def test_a_mens_plural_participle_describes_the_mens_plural_before_it(code: Callable[[str], Document]) -> None:
    """فتحت قوات الأمن النار على متظاهرين شباب في البصرة مطالبين بفرص عمل: the protesters demand (the
    security forces had); خرج المتظاهرون مطالبين still has the verb's subject demand."""
    _assert_source_of(code, "وقد بدأت الاحتجاجات عندما فتحت قوات الأمن العراقية النار على متظاهرين شباب في البصرة "
                            "مطالبين بفرص عمل ومتهمين الحكومة بالفشل.", "مطالبين", "CVL")
    _assert_source_of(code, "خرج المتظاهرون العراقيون مطالبين برحيل الحكومة.", "مطالبين", "IRQCVL")


def test_a_subject_named_after_kana_is_no_dropped_one(code: Callable[[str], Document]) -> None:
    """وكانت جماعات حقوق الإنسان اتهمت: the rights groups accuse, no subject is carried from the
    sentence before (Turkey had accused); وكانت قد اتهمت still carries it."""
    found = [e for e in code("وأعلنت تركيا الحداد.\nوكانت جماعات حقوق الإنسان اتهمت القوات الإسرائيلية باستخدام "
                             "القوة المفرطة.").events if e.event_type == "ACCUSE"]
    assert found and not [e for e in found if e.source is not None and e.source.code == "TUR"], found
    _assert_source_of(code, "وأعلنت تركيا الحداد.\nوكانت قد اتهمت القوات الإسرائيلية باستخدام القوة المفرطة.",
                      "اتهمت", "TUR")


def test_verbs_of_assault_by_hand(code: Callable[[str], Document]) -> None:
    """اعتدى على "assaulted" (past its subject and a time in commas), صفع "slapped", ركل "kicked";
    اعتدت أن، يعتد بها are other verbs spelled the same ("I got used to", "counted"): no attack."""
    _assert_among(code, "اعتدى مستوطنون إسرائيليون على فلسطينيين قرب نابلس.", ("ASSAULT", "ISRCVL", "PSE"))
    _assert_among(code, "اعتدى مسلحون من جماعة الحوثي، الأربعاء، على مسيرة نسائية في صنعاء.",
                  ("ASSAULT", "HOUTHIS", None))
    _assert_among(code, "صفعت ناشطة إسرائيلية جنديين إسرائيليين خلال المحاكمة.", ("ASSAULT", "ISRCVL", "ISRMIL"))
    _assert_no_event(code, "وقالت المسؤولة الإسرائيلية: اعتدت أن أعمل مع الجنود الفلسطينيين.", "ASSAULT")
    _assert_no_event(code, "ولا تواجه الحكومة الإسرائيلية معارضة يعتد بها من الفلسطينيين.", "ASSAULT")


def test_congratulations_and_praise(code: Callable[[str], Document]) -> None:
    """هنأ/يهنئ "congratulated", أثنى على "praised", تهنئة "congratulation(s)", ترحيب "welcome" and
    إشادة "praise" are praise (أعرب عن ترحيبه بـ، أبدى إشادته بـ): with
    بعث بـ a cable of congratulation is the sender's, and بتهنئة X ("by congratulating X") has X as
    the one praised. Without a hamza هنا is "here", and ثنى عن is "deterred": no praise."""
    _assert_among(code, "هنأ الرئيس التركي رجب طيب أردوغان نظيره الروسي بفوزه في الانتخابات.",
                  ("SUPPORT", "TURGOV", "RUSGOV"))
    _assert_among(code, "وأثنى وزير الخارجية الأمريكي على جهود قطر في مكافحة الإرهاب.", ("SUPPORT", "USAGOV", "QAT"))
    _assert_among(code, "بعث الملك سلمان بن عبدالعزيز ببرقية تهنئة للرئيس المصري عبد الفتاح السيسي.",
                  ("SUPPORT", "SAUGOV", "EGYGOV"))
    _assert_among(code, "وبدأ الرئيس الأمريكي المحادثات بتهنئة نظيره الروسي على تنظيم البطولة.",
                  ("SUPPORT", None, "RUSGOV"))
    _assert_among(code, "أعرب وزير الخارجية الأمريكي عن ترحيبه بقرار الحكومة العراقية.", ("SUPPORT", "USAGOV", "IRQGOV"))
    _assert_among(code, "وأبدى الرئيس الفرنسي إشادته بالدور السعودي في اليمن.", ("SUPPORT", "FRAGOV", "SAU"))
    _assert_no_event(code, "وقال الرئيس التركي إن روسيا هنا شريك للحكومة الإيرانية.", "SUPPORT")
    _assert_no_event(code, "وقالت موسكو إن العقوبات الأمريكية لن تثني روسيا عن نهجها المستقل.", "SUPPORT")


def test_ardafa_and_nawwaha_report(code: Callable[[str], Document]) -> None:
    """أردف "went on (to say)" and نوّه "noted" report what follows them: the speaker is kept in
    reported_by, and a hostile act reported is the speaker's accusation."""
    for text, speaker in (("وأردف وزير الخارجية الأمريكي أن القوات السورية شنت غارات على إدلب.", "USAGOV"),
                          ("ونوه الرئيس المصري بأن الجيش الإسرائيلي قصف مواقع في غزة.", "EGYGOV")):
        evs = code(text).events
        assert [e for e in evs if e.event_type == "ASSAULT" and e.reported_by and e.reported_by.code == speaker], evs
        assert [e for e in evs if e.event_type == "ACCUSE" and e.source and e.source.code == speaker], evs


def test_listing_on_a_terror_or_sanctions_list_is_a_sanction(code: Callable[[str], Document]) -> None:
    """أدرج X على قائمة الإرهاب / لائحة العقوبات / القائمة السوداء: the one listed is sanctioned by
    the one listing; a list of heritage or an agenda is no sanction."""
    _assert_among(code, "أدرجت وزارة الخزانة الأمريكية حزب الله على قائمة المنظمات الإرهابية.",
                  ("SANCTION", "USAGOV", "HEZBOLLAH"))
    _assert_among(code, "كما أدرجت الحكومة البريطانية المصرف الإيراني على لائحة العقوبات.", ("SANCTION", "GBRGOV", "IRN"))
    _assert_no_event(code, "وأدرجت الحكومة الإيطالية المدينة القديمة على قائمة التراث الوطني.", "SANCTION")


def test_demolishing_homes_is_coercion(code: Callable[[str], Document]) -> None:
    """هدم/يهدم "demolished": the one demolishing seizes or damages property (mode seize, CAMEO 171);
    a storm that razes houses is no actor's act."""
    _assert_among(code, "هدمت قوات الاحتلال الإسرائيلي منزل الأسير الفلسطيني في جنين.", ("COERCE", "ISRMIL", None))
    _assert_no_event(code, "وضربت عاصفة قوية الولاية الأحد وهدمت عشرات المنازل في القرى.", "COERCE")


def test_a_weekday_opening_the_sentence_is_no_subject(code: Callable[[str], Document]) -> None:
    """والأحد اتهم الرئيس الإيراني الولايات المتحدة: the weekday says when, like أمس or اليوم; the
    actor after the verb is its subject (the Iranian president had been accused by no one)."""
    _assert_among(code, "والأحد اتهم الرئيس الإيراني الولايات المتحدة بدعم الإرهاب.", ("ACCUSE", "IRNGOV", "USA"))
    _assert_source_of(code, "والجمعة نفى الأمين العام لحزب الله حسن نصرالله مقتل أي من مقاتليه في اليمن.",
                      "نفى", "HEZBOLLAH")


def test_he_on_that_before_a_masculine_verb_and_a_feminine_noun(code: Callable[[str], Document]) -> None:
    """إنه يستهدف الوحدات الكردية: a masculine verb cannot have the feminine noun right after it for
    subject, so ه on إن is the subject and the noun the object (the Kurdish units had attacked);
    إنه قصف الجيش السوري keeps the army as subject (ه the pronoun of the matter)."""
    found = [e for e in code("وقالت أنقرة إنه يستهدف الوحدات الكردية.").events if e.event_type == "ASSAULT"]
    assert found and all(e.target and e.target.code == "YPG" for e in found) \
        and not [e for e in found if e.source and e.source.code == "YPG"], found
    _assert_source_of(code, "وأعلن المرصد أنه قصف الجيش السوري مواقع المعارضة.", "قصف", "SYRMIL")


def test_expressing_anger_gratitude_and_with_abbara(code: Callable[[str], Document]) -> None:
    """أعرب عن استيائه/غضبه/سخطه/انزعاجه disapproves (ACCUSE, CAMEO 110), أعرب عن تقديره/امتنانه
    praises; عبّر عن is أعرب عن, and the actor right after وعبر is its subject, not the object of the
    preposition عبر "via" it is spelled as; عبر after a noun stays "via" (اعتداء عبر استخدام سكاكين)."""
    _assert_among(code, "وأعربت الخارجية الأردنية عن غضبها من تصريحات الوزير الإسرائيلي.", ("ACCUSE", "JORGOV", "ISRGOV"))
    _assert_among(code, "وأعرب وزير الخارجية المصري عن امتنانه للحكومة الكويتية.", ("SUPPORT", "EGYGOV", "KWTGOV"))
    _assert_among(code, "وعبر الاتحاد الأوروبي حينذاك عن تضامنه مع قبرص.", ("SUPPORT", "EU", "CYP"))
    _assert_among(code, "وعبرت الخارجية الأردنية عن قلقها من تصريحات الوزير الإسرائيلي.", ("ACCUSE", "JORGOV", "ISRGOV"))
    _assert_among(code, "وكان هدفه اعتداء إرهابي عبر استخدام سكاكين ومتفجرات ضد مقر الحكومة البريطانية.",
                  ("ASSAULT", "UAF", "GBRGOV"))


def test_pounding_with_artillery(code: Callable[[str], Document]) -> None:
    """دكّ/يدكّ "pounded" (artillery, aircraft, warships) is shelling; with no actor as its object
    (ارفع يدك: "your hand") it codes nothing."""
    _assert_among(code, "ودكت مدفعية الجيش اليمني مواقع ميليشيا الحوثي في صعدة.", ("ASSAULT", "YEMMIL", "HOUTHIS"))
    _assert_no_event(code, "وقال للرئيس الأمريكي: ارفع يدك عن ميزان العدالة.", "ASSAULT")


def test_a_missile_before_the_verb_that_launched_it(code: Callable[[str], Document]) -> None:
    """صاروخا باليستيا أطلقته ميليشيا الحوثي: the expression أطلق صاروخا with its noun before the
    verb that resumes it is the launch, by the verb's subject; not past a relative pronoun
    (اتفاقية أوسلو التي وقعتها: an agreement recalled) and only for attacks."""
    _assert_among(code, "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته ميليشيا الحوثي باتجاه جازان.",
                  ("ASSAULT", "HOUTHIS", None))
    _assert_among(code, "واعترضت القوات السعودية سبعة صواريخ أطلقتها ميليشيات الحوثي على السعودية.",
                  ("ASSAULT", "HOUTHIS", "SAU"))
    _assert_no_event(code, "وفقا لاتفاقية أوسلو التي وقعتها إسرائيل مع منظمة التحرير الفلسطينية.", "AGREE")


def test_backing_down_and_mocking(code: Callable[[str], Document]) -> None:
    """تراجع عن "backed down from" concedes; سخر من "mocked" criticises; سخّر without من
    ("harnessed": سخرت الدوحة الطيران المدني لدعم الإرهاب) is no mockery, and a currency that
    falls from a level (تراجعت الليرة عن مستواها) no actor's concession."""
    _assert_among(code, "وتراجعت الحكومة المصرية عن قرار رفع أسعار الوقود.", ("CONCEDE", "EGYGOV", None))
    _assert_among(code, "وسخر الرئيس الأمريكي من الرئيس الكوري الشمالي.", ("ACCUSE", "USAGOV", "PRKGOV"))
    _assert_no_event(code, "وبذلك فقد سخرت الحكومة القطرية الطيران المدني لدعم الإرهاب.", "ACCUSE")
    _assert_no_event(code, "وتراجعت الليرة التركية عن مستواها القياسي.", "CONCEDE")


def test_ethnic_and_religious_communities_are_actors(code: Callable[[str], Document]) -> None:
    """الأكراد، المسيحيين، مستوطنون يهود، القوات الكردية السورية: a community is a party of its own
    (KUR, CHR), with a sector noun the community's (JEWCVL, KURMIL) and beside a country's nisba
    both (SYRKURMIL); ذات الغالبية الكردية describes a place, no party."""
    _assert_source_of(code, "وتظاهر آلاف الأكراد في ديار بكر احتجاجا على اعتقال زعيمهم.", "وتظاهر", "KUR")
    _assert_among(code, "وقتل مسلحون ثلاثة مسيحيين في نيجيريا.", ("ASSAULT", "UAF", "CHR"))
    _assert_among(code, "اعتدى مستوطنون يهود على فلسطينيين في الخليل.", ("ASSAULT", "JEWCVL", "PSE"))
    _assert_among(code, "وطالب الأكراد دمشق بالتدخل.", ("REQUEST", "KUR", "SYRGOV"))
    _assert_among(code, "وطالب التركمان الحكومة العراقية بحمايتهم.", ("REQUEST", "TKN", "IRQGOV"))  # no Turkmenistan
    _assert_among(code, "وقالت إن القوات الكردية السورية توصلت إلى اتفاق مع حكومة دمشق.",
                  ("AGREE", "SYRKURMIL", "SYRGOV"))
    doc = code("يذكر أن ميانمار ذات الأغلبية البوذية لا تعترف بالروهينغا كجماعة عرقية.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.group == "BUD"], doc.mentions
    assert [e.target.code for e in doc.events if e.target] == ["ROH"], doc.events


def test_gathering_in_front_of_a_building_is_a_demonstration(code: Callable[[str], Document]) -> None:
    """تجمع/يتجمع أمام "gathered in front of" (an embassy, a parliament, a cathedral) is a rally,
    its building's owner the target; تجمع with no أمام after it is no verb of protest at all (قمة
    تجمع الرئيسين "a summit that brings together": the summit keeps its parties)."""
    _assert_among(code, "وتجمع مئات من الأكراد أمام السفارة التركية.", ("PROTEST", "KUR", "TURGOV"))
    _assert_among(code, "وتجمع مئات الطلاب أمام البرلمان مساء السبت.", ("PROTEST", "EDU", "LEG"))
    _assert_no_event(code, "وتجمع الحجاج في عرفات.", "PROTEST")
    _assert_among(code, "تعقد في أنقرة قمة ثلاثية تجمع الرئيس التركي رجب طيب أردوغان والروسي فلاديمير بوتين.",
                  ("CONSULT", "TURGOV", "RUS"))


def test_ordering_an_act_is_the_act(code: Callable[[str], Document]) -> None:
    """أمر/يأمر بـ "ordered" supports the verbal noun it takes with بـ, as قام بـ does: the one who
    ordered it is its source (an arrest, a release, an expulsion, a strike); أمر with no بـ after it
    is the noun "a matter", which governs nothing (وهو أمر تعارضه موسكو: Moscow objects)."""
    _assert_among(code, "وأمرت السلطات التركية باعتقال 271 جنديا.", ("COERCE", "TURGOV", "MIL"))
    _assert_among(code, "وأمر الرئيس الأمريكي بطرد 60 دبلوماسيا روسيا.", ("COERCE", "USAGOV", "RUSGOV"))
    _assert_source_of(code, "وأمرت محكمة تركية بالإفراج عن الصحفي.", "بالإفراج", "TURJUD")
    _assert_among(code, "وهو أمر تعارضه موسكو.", ("REJECT", "RUSGOV", None))


def test_urging_with_hadda(code: Callable[[str], Document]) -> None:
    """حضّ/يحضّ على "urged", a synonym of حثّ, is a request of its object."""
    _assert_among(code, "وحضت الولايات المتحدة تركيا على ضبط النفس.", ("REQUEST", "USA", "TUR"))
    _assert_among(code, "حض الأمين العام للأمم المتحدة روسيا على بذل أقصى الجهود.", ("REQUEST", "UN", "RUS"))
    # (يلديريم, the news's other spelling of يلدريم: the whole name is his, no Ben Ali of Tunisia)
    _assert_among(code, "وكان رئيس الوزراء التركي بن علي يلديريم قد حض الأربعاء روسيا على الكف عن التصعيد.",
                  ("REQUEST", "TURGOV", "RUS"))


def test_other_spellings_of_officeholders_names(code: Callable[[str], Document]) -> None:
    """The news spells foreign names several ways (غوتيرس/غوتيرش/غوتيريس، نيتانياهو/نتانياهو،
    فدريكا موغريني): each is the one person, with his office on the day."""
    _assert_among(code, "دعا الأمين العام للأمم المتحدة، أنطونيو غوتيرس، إلى وقف فوري للتصعيد.", ("REQUEST", "UN", None))
    _assert_among(code, "وهنأ رئيس الوزراء بنيامين نيتانياهو ترامب بإعادة فرض العقوبات.", ("SUPPORT", "ISRGOV", "USAGOV"))
    _assert_among(code, "والتقى وزير الخارجية الإيراني بوزيرة الخارجية الأوروبية فدريكا موغريني.", ("CONSULT", "IRNGOV", "EU"))


def test_heads_of_state_beyond_the_regions_of_the_issue(code: Callable[[str], Document]) -> None:
    """Presidents and prime ministers the news names constantly (Maduro, Duterte, Afwerki, Abiy
    Ahmed, Rajoy, Raúl Castro …) are their states' governments, no unknown names."""
    _assert_among(code, "واتهم مادورو كولومبيا بالضلوع في هذه المحاولة.", ("ACCUSE", "VENGOV", "COL"))
    _assert_among(code, "ووصل أفورقي إلى إثيوبيا السبت في زيارة تستمر ثلاثة أيام.", ("CONSULT", "ERIGOV", "ETH"))
    _assert_among(code, "وأجرى الرئيس المصري اتصالا هاتفيا بـ أبي أحمد.", ("CONSULT", "EGYGOV", "ETHGOV"))


def test_a_community_before_a_verb_of_harm_undergoes_it(code: Callable[[str], Document]) -> None:
    """المسلمين استهدفوا، 21 مسيحيا قبطيا خطفوا: a community's people (no force of it) right before
    a verb of attack or arrest with nothing after it were targeted, as civilians are; a second
    community nisba describes the first (مسيحيا قبطيا: one actor, counted), a community nisba after a
    country's joins it (الإسرائيليين الدروز → ISRDRZ); its armed men still act (الأكراد هاجموا مواقع)."""
    _assert_among(code, "وقالت إن المسلمين استهدفوا في الهجوم.", ("ASSAULT", None, "MOS"))
    _assert_among(code, "وقال إنهم 21 مسيحيا قبطيا خطفوا في غرب ليبيا.", ("ASSAULT", None, "CHR"))
    _assert_source_of(code, "احتشد اليوم السبت عشرات آلاف الإسرائيليين الدروز وسط تل أبيب للاحتجاج.", "احتشد",
                      "ISRDRZ")
    _assert_among(code, "وقال إن الأكراد هاجموا مواقع الجيش.", ("ASSAULT", "KUR", "MIL"))


def test_persecution_and_churches_of_a_community(code: Callable[[str], Document]) -> None:
    """اضطهاد "persecution" is coercion (CAMEO 175) whose genitive is its object unless لـ names one
    (اضطهاد الدولة الإسرائيلية للفلسطينيين: the state persecutes); a church with a community's nisba is
    that community's religious body (الكنيسة الكاثوليكية → CTHREL, الكنيسة الأرثوذكسية الروسية →
    RUSORTREL)."""
    _assert_among(code, "نحن ضد اضطهاد الدولة الإسرائيلية للفلسطينيين.", ("COERCE", "ISRGOV", "PSE"))
    _assert_among(code, "وتتهم الولايات المتحدة الحوثيين باضطهاد البهائيين في اليمن.", ("COERCE", "HOUTHIS", "BHI"))
    _assert_source_of(code, "وأدانت الكنيسة الكاثوليكية الهجوم على المصلين.", "وأدانت", "CTHREL")
    _assert_source_of(code, "وهددت الكنيسة الأرثوذكسية الروسية بقطع العلاقات مع نظيرتها.", "وهددت", "RUSORTREL")


def test_receiving_a_visitor(code: Callable[[str], Document]) -> None:
    """استقبال "receiving" (لدى استقباله السفير، استقبال بوتين لنتانياهو) is hosting (CONSULT 043), the
    host its pronoun or genitive, the guest its object or after لـ; with no actor received
    (استقبال المهاجرين في المطار، استقبال الرئيس في المطار) it codes nothing."""
    _assert_among(code, "وقال الرئيس الأميركي دونالد ترامب لدى استقباله ولي العهد السعودي إن العلاقات قوية.",
                  ("CONSULT", "USAGOV", "SAUGOV"))
    _assert_among(code, "وتأتي الزيارة بعد أيام من استقبال بوتين لنتانياهو في موسكو.", ("CONSULT", "RUSGOV", "ISRGOV"))
    _assert_no_event(code, "وجرى استقبال الرئيس التركي في المطار.", "CONSULT")


def test_the_one_at_a_reception_is_the_host(code: Callable[[str], Document]) -> None:
    """وكان في استقباله ولي العهد الأردني: the one "at his reception" received him, no guest; and
    refugees received (استقباله 650 ألف لاجئ سوري) are taken in, no meeting."""
    doc = code("وكان في استقباله ولي العهد الأردني الأمير حسين بن عبد الله.")
    assert not [e for e in doc.events if e.target is not None and e.target.country == "JOR"], doc.events
    _assert_no_event(code, "وذلك بعد تسجيل الأردن استقباله حوالي 650 ألف لاجئ سوري.", "CONSULT")


def test_spokesmen_and_ministers_of_the_region(code: Callable[[str], Document]) -> None:
    """تركي المالكي speaks for the Saudi-led coalition, يوسف الشاهد is Tunisia's prime minister, أنور
    قرقاش the UAE's minister of state for foreign affairs (their terms in the lexicon)."""
    _assert_source_of(code, "ودعا العقيد الركن تركي المالكي مجلس الأمن لمحاسبة إيران.", "ودعا", "ARAB_COALITION")
    _assert_among(code, "واتهم رئيس الوزراء يوسف الشاهد المعارضة بعرقلة الإصلاحات.", ("ACCUSE", "TUNGOV", "OPP"))
    _assert_source_of(code, "ودعا أنور قرقاش إلى ممارسة المزيد من الضغط على الحوثيين.", "ودعا", "AREGOV")
    _assert_source_of(code, "وطالب المرجع الديني علي السيستاني الحكومة العراقية بالاستجابة لمطالب المحتجين.", "وطالب",
                      "IRQREL")
    _assert_source_of(code, "ودعا البابا فرنسيس الأحد إلى وقف المذبحة في سوريا.", "ودعا", "VATGOV")


def test_taking_control_is_an_event_holding_it_a_state(code: Callable[[str], Document]) -> None:
    """سيطر على "took control of" is a seizure of territory (ASSAULT, CAMEO 192, as احتلال and
    اجتاح); the present تسيطر على "controls" states who holds a place, no event, and with a pronoun
    the word is the noun (سيطرتها "its control"). What the capture is of decides too: a fire, a
    match or the situation brought under control (سيطرت ألمانيا على المباراة، سيطر الجيش على الوضع),
    or a feeling that prevailed (سيطر الخوف على الشارع), is none."""
    _assert_among(code, "سيطر الحوثيون على مدينة الحديدة في أكتوبر 2014.", ("ASSAULT", "HOUTHIS", None))
    _assert_source_of(code, "وسيطرت القوات التركية، الأحد، على مدينة عفرين.", "وسيطرت", "TURMIL")
    _assert_no_event(code, "وتسيطر الحكومة التي تدعمها الأمم المتحدة على طرابلس نظريا.", "ASSAULT")
    _assert_no_event(code, "وقال الجيش الليبي إن سيطرتها على عدة مواقع في المدينة لم تدم.", "ASSAULT")
    _assert_no_event(code, "وسيطرت ألمانيا على المباراة بشكل جيد.", "ASSAULT")
    _assert_no_event(code, "سيطر الخوف على الشارع الإيراني بعد القرار.", "ASSAULT")
    _assert_among(code, "وأفاد سكان بأن طائرات سورية قصفت بلدات تسيطر عليها المعارضة في جنوبي البلاد.",
                  ("ASSAULT", "SYRMIL", "OPP"))


def test_the_subject_of_a_verb_with_no_object_is_its_agent(code: Callable[[str], Document]) -> None:
    """A verb that takes no object (سيطر على) has no personal passive: the group named after it
    is its agent even with an attack noun after في (not قتل قيادي … في غارة, the passive reading)."""
    _assert_source_of(code, "سيطر تنظيم داعش اليوم الجمعة على أجزاء من مدينة البوكمال في هجوم هو الأعنف منذ أشهر.",
                      "سيطر", "ISIS")


def test_regaining_imposing_and_announcing_control(code: Callable[[str], Document]) -> None:
    """Control regained, imposed, tightened, extended or announced (استعاد السيطرة على، فرض
    سيطرته على، أحكم، بسط، أعلن سيطرته على), and the capture an army managed (تمكن من السيطرة
    على، نجح في السيطرة على), are seizures too, their verb's subject the source; in the present
    (تفرض الحركة سيطرتها على القطاع) they state who holds a place, and بسط after بـ is the noun
    (تعهد ببسط سيطرة أكبر على البنك المركزي: a pledge, no capture)."""
    _assert_source_of(code, "واستعاد الجيش العراقي سيطرته على مدينة الموصل.", "واستعاد الجيش العراقي سيطرته على",
                      "IRQMIL")
    _assert_among(code, "وتمكنت القوات اليمنية من السيطرة على قرية الحيمة.", ("ASSAULT", "YEMMIL", None))
    _assert_among(code, "أعلن الجيش السوري الأحد سيطرته على أكثر من ربع الغوطة الشرقية.",
                  ("ASSAULT", "SYRMIL", None))
    _assert_no_event(code, "ولا تزال حركة حماس تفرض سيطرتها على القطاع.", "ASSAULT")
    _assert_no_event(code, "وكان أردوغان قد تعهد ببسط سيطرة أكبر على البنك المركزي.", "ASSAULT")


def test_promised(code: Callable[[str], Document]) -> None:
    """وعد بـ "promised" is a pledge like تعهد (AGREE with modality pledge, governing the act
    promised); its present يعد is "is considered" or "prepares", its dual وعدا the noun "a promise"
    or "apart from", and وعد بلفور the Balfour Declaration: none of these is a promise made."""
    found = _assert_negated(code, "وعد الرئيس المصري عبد الفتاح السيسي الاثنين بتحقيق الاستقرار.", "AGREE", False)
    assert all(e.modality == "pledge" and e.source and e.source.code == "EGYGOV" for e in found), found
    _assert_among(code, "وكان ترامب قد وعد بسحب القوات الأميركية من سوريا.", ("RETREAT", "USAGOV", "SYR"))
    _assert_no_event(code, "ويعد هذا القرار انتهاكا للقانون الدولي.", "AGREE")
    _assert_no_event(code, "وتضمنت المعاهدة وعدا من ألمانيا بإنهاء توسعاتها.", "AGREE")
    _assert_no_event(code, "وأحيا الفلسطينيون ذكرى وعد بلفور.", "AGREE")


# A court that sentences someone takes legal action against them (COERCE arrest, CAMEO 173);
# حُكم على X بالسجن, with على right after the verb, is the passive (no source carried from before);
# a death sentence carried out (نفذت السلطات حكم الإعدام) stays an execution.
SENTENCING_CASES = [
    ("قضت محكمة فنلندية، الجمعة، بالسجن المؤبد على المغربي عبد الرحمن بوعنان.", ("COERCE", "FINJUD", "MAR")),
    ("وحكم القضاء العراقي على الفرنسية بالسجن المؤبد.", ("COERCE", "IRQJUD", "FRA")),
    ("أصدرت المحكمة الجنائية العراقية، الأحد، حكما بالسجن المؤبد على الفرنسية ميلينا بوغدير.",
     ("COERCE", "IRQJUD", "FRA")),
    ("وقالت الشرطة التركية إنها اعتقلته. وحكم على الصحافي التركي بالسجن عشر سنوات.", ("COERCE", None, "TURMED")),
    ("نفذت السلطات اليابانية صباح الجمعة حكم الإعدام في زعيم جماعة أوم.", ("ASSAULT", "JPNGOV", None)),
    # (the one sentenced in the genitive of the noun with بـ: flag b_genitive)
    ("وقضت محكمة كويتية غيابيا بإعدام رجل لبناني وزوجته السورية.", ("COERCE", "KWTJUD", "LBNCVL")),
    ("قضت محكمة إماراتية بسجن الناشط الإماراتي أحمد منصور عشر سنوات.", ("COERCE", "AREJUD", "ARECVL")),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCING_CASES)
def test_sentenced_to_prison_or_death(code: Callable[[str], Document], text: str,
                                      expected: tuple[str, str | None, str | None]) -> None:
    _assert_among(code, text, expected)


def test_a_law_that_prescribes_prison_is_no_sentence(code: Callable[[str], Document]) -> None:
    """يقضي القانون بالسجن: the present of an expression read only as its past verb; no court sentences."""
    _assert_no_event(code, "ويقضي القانون الجديد بالسجن لمدة عامين.", "COERCE")


def test_liberated_ground(code: Callable[[str], Document]) -> None:
    """حرّر "liberated" (a town, positions) is taking ground (ASSAULT, CAMEO 192), its subject the
    army named right after it even past an aside and a day (flag territory: no passive reading);
    its present يحرر ("edits", "frees") and a report or hostages freed (حرر محضرا، حررت الشرطة
    الرهائن) are none."""
    _assert_source_of(code, "حررت قوات الجيش اليمني، بإسناد من التحالف العربي، الخميس، مواقع استراتيجية جديدة.",
                      "حررت", "YEMMIL")
    _assert_source_of(code, "وحرر الجيش الليبي الهلال النفطي من ميليشيات حرس المنشآت النفطية.", "وحرر", "LBYMIL")
    _assert_no_event(code, "وحررت الشرطة الفرنسية الرهائن بعد ساعات من احتجازهم.", "ASSAULT")
    _assert_no_event(code, "ويحرر الصحفي المصري مقالاته في صحيفة الأهرام.", "ASSAULT")


def test_officeholders_of_2018_by_the_document_date(code_on: Callable[[str, date], Document]) -> None:
    """Salvini (Italy's interior minister from June 2018), Seehofer (Germany's from March 2018),
    Bolton (national security adviser from April 2018) and Tusk (President of the European
    Council to 2019) resolve to their offices on the document's date; before his term Bolton is
    no government's official."""

    def codes(text: str, day: date) -> list[tuple[str, str | None, str | None]]:
        return [_coded(e) for e in code_on(text, day).events]

    july = date(2018, 7, 1)
    assert ("REJECT", "ITAGOV", None) in codes("ورفض ماتيو سالفيني استقبال السفينة في الموانئ الإيطالية.", july)
    assert ("CONSULT", "DEUGOV", "AUTGOV") in codes("وزار هورست زيهوفر فيينا الخميس.", july)
    assert ("REQUEST", "USAGOV", "IRN") in codes("ودعا جون بولتون إيران إلى وقف دعم الإرهاب.", july)
    assert ("ACCUSE", "EU", "USAGOV") in codes("وانتقد دونالد توسك الرئيس الأميركي بشدة.", july)
    assert ("REQUEST", "USA", "IRN") in codes("ودعا جون بولتون إيران إلى وقف دعم الإرهاب.", date(2017, 7, 1))


# A one person's title, في and the country or capital he holds it in, then his name: the name is the
# title's (a name the lexicon does not know takes the title and that country).
STATIONED_CASES = [
    ("وانتقد السفير الأمريكي في العراق دوغلاس سيليمان الحكومة العراقية.", ("ACCUSE", "USAGOV", "IRQGOV")),
    ("وحث رئيس الوزراء في هنغاريا ميكلوش نيميث الناخبين على المشاركة.", ("REQUEST", "HUNGOV", None)),
    ("وبحث مستشار الأمن القومي جون بولتون مع نظيره في كوريا الجنوبية تشونج يوي يونغ التطورات.",
     ("CONSULT", "USAGOV", "KORGOV")),
    ("ودعا المرجع الشيعي الأعلى في العراق علي السيستاني الحكومة إلى محاسبة الفاسدين.", ("REQUEST", "IRQREL", "GOV")),
]


@pytest.mark.parametrize(("text", "expected"), STATIONED_CASES)
def test_title_in_a_country_then_name(code: Callable[[str], Document], text: str,
                                      expected: tuple[str, str | None, str | None]) -> None:
    _assert_among(code, text, expected)


def test_news_agencies_report_and_accuse_nobody(code: Callable[[str], Document]) -> None:
    """وكالات أنباء روسية are the media (RUSMED), and the media who report an act accuse no one
    of it (no ACCUSE from Russian agencies reporting that the Syrian army took a town)."""
    doc = code("كانت وكالات أنباء روسية قد ذكرت اليوم الخميس أن قوات الحكومة السورية سيطرت بالكامل على دوما.")
    assert any(e.event_type == "ASSAULT" for e in doc.events), doc.events
    _assert_no_event(code, "كانت وكالات أنباء روسية قد ذكرت اليوم الخميس أن قوات الحكومة السورية سيطرت بالكامل على دوما.",
                     "ACCUSE")


def test_ayatollah_is_a_title_not_a_prayer(code: Callable[[str], Document]) -> None:
    """آية الله علي السيستاني: الله followed by علي is a cleric's title and name, not God the Most
    High addressed in a prayer (دعا الله العلي القدير أن يحفظ البلاد asks no one)."""
    _assert_among(code, "ودعا آية الله علي السيستاني العراقيين إلى المشاركة في الانتخابات.", ("REQUEST", "IRQREL", "IRQ"))
    _assert_no_event(code, "ودعا الرئيس الله العلي القدير أن يحفظ البلاد.", "REQUEST")


def test_a_plural_in_the_construct_state_after_the_verb_is_its_object(code: Callable[[str], Document]) -> None:
    """وحث مؤيديه على المشاركة: مؤيديه (the subject would be مؤيدوه) is the object; the subject is
    dropped, the one named before."""
    _assert_among(code, "وقال أردوغان إن الانتخابات ستجرى في موعدها. وحث مؤيديه على المشاركة.",
                  ("REQUEST", "TURGOV", "TURCVL"))


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("وقال مصدر أمني إن انتحاريا يستقل سيارة مفخخة مشابهة لسيارات قوات الشرطة فجر نفسه لدى مرور دورية.",
     "فجر نفسه", "انتحاريا"),
    ("وقالت الشرطة إن انتحارية ترتدي حزاما ناسفا فجرت نفسها في السوق.", "فجرت نفسها", "انتحارية"),
    ("وقالت الشرطة إن مسلحين كانوا يستقلون سيارة تابعة للجيش أطلقوا النار على ضابط.", "أطلقوا النار", "مسلحين"),
    ("وقالت الشرطة إن مسلحين ملثمين يرتدون زي الجيش اقتحموا منزل القاضي.", "اقتحموا", "مسلحين ملثمين"),
])
def test_an_indefinite_attacker_described_by_a_clause(detect: Callable[[str], Document], text: str,
                                                       trigger: str, source: str) -> None:
    """انتحاريا يستقل سيارة … فجر نفسه: a clause describing an indefinite attacker (what he rides,
    wears, carries or drives) stands between him and his verb; he is its subject, and an actor
    inside the description (the police whose cars it resembles, the army whose uniform they wear)
    is not."""
    found = [e for e in detect(text).events if e.trigger.text == trigger]
    assert found and all(e.source is not None and e.source.text == source for e in found), found


def test_a_named_subject_of_a_describing_verb_keeps_its_own_sentence(detect: Callable[[str], Document]) -> None:
    """فموسى يقود حزبا يؤيد السيسي: a name before يقود is the subject of a sentence of its own; the
    verb after the description describes the party, not him."""
    found = [e for e in detect("ويتوقع أن يفوز السيسي، فموسى يقود حزبا يؤيد السيسي.").events if e.trigger.text == "يؤيد"]
    assert all(e.source is None or e.source.text != "موسى" for e in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلن الجيش الأمريكي عن توجيه ضربات لمواقع داعش في سوريا.", ("ASSAULT", "USAMIL", "ISIS")),
    ("وسعت الفلبين الحظر بعد توجيه الرئيس دوتيرتي انتقادات حادة للكويت.", ("ACCUSE", "PHLGOV", "KWT")),
    ("واتهم الوزير إيران بتوجيه ضربة إلى القوات الأمريكية.", ("ACCUSE", "GOV", "IRN")),
    ("ودأبت إسرائيل على توجيه ضربات صاروخية لمواقع الحرس الثوري في سوريا.", ("ASSAULT", "ISR", "IRGC")),
])
def test_directing_is_a_support_noun(code: Callable[[str], Document], text: str,
                                     expected: tuple[str, str | None, str | None]) -> None:
    """توجيه, the verbal noun of the support verb وجّه, supports the act it directs as شن and
    تنفيذ do: its subject or genitive is the act's author, and لـ or إلى after it names whom it is
    aimed at (توجيه ضربات لمواقع داعش، توجيه انتقادات للكويت)."""
    _assert_among(code, text, expected)


@pytest.mark.parametrize("text", [
    "ونفى الجيش الإسرائيلي تنفيذ غارات على مواقع حزب الله.",
    "ونفى الجيش الإسرائيلي قيامه بقصف مواقع حزب الله.",
    "ونفى الجيش الإسرائيلي شن غارات على مواقع حزب الله.",
])
def test_an_act_denied_through_its_support_noun_is_negated(code: Callable[[str], Document], text: str) -> None:
    """نفى الجيش تنفيذ غارات: the verb of denial governs the support noun (تنفيذ، قيام، شن), and
    the act it supports is denied with it."""
    _assert_negated(code, text, "ASSAULT", True)


def test_strikes_are_never_an_attack_in_words(code: Callable[[str], Document]) -> None:
    """أمر الرئيس الأمريكي بشن ضربات ضد النظام السوري: a head of state's strikes on a government
    are military strikes, not the verbal attack of one politician on another (which هجوم may be)."""
    _assert_among(code, "أمر الرئيس الأمريكي بشن ضربات ضد النظام السوري.", ("ASSAULT", "USAGOV", "SYRGOV"))
    _assert_among(code, "شن الرئيس الأمريكي هجوما على حكومة العبادي.", ("ACCUSE", "USAGOV", "IRQGOV"))


@pytest.mark.parametrize("text", [
    "وامتنع ترامب عن توجيه انتقادات لروسيا.",
    "وامتنعت إسرائيل عن شن غارات على سوريا.",
])
def test_an_act_refrained_from_did_not_happen(code: Callable[[str], Document], text: str) -> None:
    """امتنع عن (flag `refrain`): the act refrained from is negated, as after a denial; the
    refusal itself stays a REJECT."""
    doc = code(text)
    acts = [e for e in doc.events if e.event_type in ("ACCUSE", "ASSAULT")]
    assert acts and all(e.negated for e in acts), doc.events
    assert any(e.event_type == "REJECT" for e in doc.events), doc.events


@pytest.mark.parametrize(("text", "expected"), [
    ("واجتمع أمير قطر بالقاهرة مع الرئيس المصري.", ("CONSULT", "QATGOV", "EGYGOV")),
    ("وصرح أمير قطر بعد لقائه بالقاهرة مع الرئيس المصري.", ("CONSULT", "QATGOV", "EGYGOV")),
])
def test_a_place_after_bi_is_where_a_meeting_is_held(code: Callable[[str], Document], text: str,
                                                      expected: tuple[str, str | None, str | None]) -> None:
    """اجتمع بالقاهرة مع الرئيس المصري: a place after بـ is where the meeting is held, not the one
    met (a state recognised after بـ, اعترفت الولايات المتحدة بسوريا, stays a target)."""
    _assert_among(code, text, expected)
    _assert_among(code, "اعترفت الولايات المتحدة بسوريا كدولة مستقلة.", ("SUPPORT", "USA", "SYR"))


def test_an_expression_whose_object_carries_lam_is_its_verbal_noun(code: Callable[[str], Document]) -> None:
    """تبادل لإطلاق النار: a verb takes its object bare, so an expression whose object carries a
    لـ it does not write is the verbal noun ("an exchange of fire"), whose subject is no one carried
    from the clause (the ministry that announced it did not shoot); بين still names its two sides."""
    text = "أعلنت وزارة الداخلية السعودية مقتل ثلاثة رجال أمن بعد اعتداء وتبادل لإطلاق النار على نقطة تفتيش."
    assert not [e for e in code(text).events if e.event_type == "ASSAULT" and e.source is not None
                and e.source.code == "SAUGOV"], code(text).events
    _assert_among(code, "ووقع تبادل لإطلاق النار بين الجيش الأفغاني ومسلحي طالبان.", ("ASSAULT", "AFGMIL", "TALIBAN"))


def test_a_state_reporting_its_named_forces_attack_accuses_nobody(code: Callable[[str], Document]) -> None:
    """قال نتنياهو إن الجيش الإسرائيلي نفذ هجوما: a state reporting what its own forces did accuses
    nobody, a force with a group of its own (the IDF, the IRGC) as much as "the army"; another
    state's force is accused (قال نتنياهو إن الحرس الثوري الإيراني قصف)."""
    text = "وقال نتنياهو إن الجيش الإسرائيلي نفذ هجوما واسعا على أهداف إيرانية في سوريا."
    _assert_no_event(code, text, "ACCUSE")
    _assert_among(code, text, ("ASSAULT", "IDF", "IRN"))
    _assert_among(code, "وقال نتنياهو إن الحرس الثوري الإيراني قصف مواقع في الجولان.", ("ACCUSE", "ISRGOV", "IRGC"))


def test_the_places_of_a_dateline_are_no_actors_of_the_story(code: Callable[[str], Document]) -> None:
    """أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى الرئيس الفرنسي: the dateline says where the story
    was filed; the United States is neither the subject of the denial (with no dash after the agency
    either) nor one of a pair a dual verb later refers to."""
    doc = code("أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى الرئيس الفرنسي السابق الادعاءات.")
    assert [(e.event_type, _coded(e)[1]) for e in doc.events if e.event_type == "REJECT"] == [("REJECT", "FRA")], doc.events
    doc = code("دبي، الإمارات العربية المتحدة (CNN)— سقطت طائرة استطلاع إسرائيلية في بلدة برعشيت. "
               "وسقط منها صاروخان لم ينفجرا.")
    assert not [e for e in doc.events if e.source is not None and e.source.country == "ARE"], doc.events


def test_spokespeople_and_gulf_ministers_by_the_document_date(code_on: Callable[[str, date], Document]) -> None:
    """Spokespeople (Zakharova, Peskov, Qasemi), advisers (Kushner, Velayati), Bahrain's and
    Kuwait's foreign ministers and CENTCOM's commander resolve to their offices on the document's
    date; a spokesperson's words before a name (المتحدث باسم وزارة الخارجية بهرام قاسمي، المتحدث
    باسم الكرملين ديمتري بيسكوف) make one mention of the person, who speaks for the body."""
    may = date(2018, 5, 1)

    def doc(text: str, day: date = may) -> Document:
        return code_on(text, day)

    def codes(text: str, day: date = may) -> list[tuple[str, str | None, str | None]]:
        return [_coded(e) for e in doc(text, day).events]

    assert ("ACCUSE", "RUSGOV", "USAGOV") in codes("واتهمت ماريا زاخاروفا السلطات الأميركية بالتصعيد.")
    assert ("CONSULT", "USAGOV", "SAUGOV") in codes("والتقى جاريد كوشنر ولي العهد السعودي في الرياض.")
    assert ("CONSULT", "BHRGOV", "USAGOV") in codes("والتقى الشيخ خالد بن أحمد آل خليفة نظيره الأمريكي في واشنطن.")
    assert ("CONSULT", "BHR", "USAGOV") in codes("والتقى الشيخ خالد بن أحمد آل خليفة نظيره الأمريكي في واشنطن.",
                                                 date(2021, 5, 1))  # a former minister: his country
    assert ("SUPPORT", "USAMIL", "ARE") in codes("وأثنى الجنرال جوزيف فوتيل على الإمارات.")
    spoken = doc("وندد المتحدث باسم وزارة الخارجية بهرام قاسمي بالهجمات الإسرائيلية على سوريا.")
    assert next((m.text, m.actor.code) for m in spoken.mentions if m.actor is not None) == \
        ("المتحدث باسم وزارة الخارجية بهرام قاسمي", "IRNGOV")
    kremlin = doc("وقال المتحدث باسم الكرملين دميتري بسكوف إن موسكو ترفض الاتهامات.")
    assert next((m.text, m.actor.code) for m in kremlin.mentions if m.actor is not None) == \
        ("المتحدث باسم الكرملين دميتري بسكوف", "RUSGOV")
    assert not [m for m in doc("وقال تشارلز كوشنر إنه رفض التمويل.").mentions
                if m.actor is not None and m.actor.code == "USAGOV"]  # Jared's father, no adviser


def test_negotiators_senators_rebels_and_german_parties_of_2018(code_on: Callable[[str, date], Document]) -> None:
    """Saeb Erekat (the PLO's Secretary-General), David Davis (Brexit secretary to July 2018), John
    McCain (senator to August 2018), Riek Machar (rebel leader 2013-2020), Kim Jong Un written
    كيم يونغ أون, and Germany's CSU, CDU and AfD as parties."""

    def codes(text: str, day: date = date(2018, 5, 1)) -> list[tuple[str, str | None, str | None]]:
        return [_coded(e) for e in code_on(text, day).events]

    assert ("ACCUSE", "PLO", "USA") in codes("وانتقد صائب عريقات القرار الأمريكي.")
    assert ("CONSULT", "GBRGOV", "EU") in codes("والتقى ديفيد ديفيس كبير مفاوضي الاتحاد الأوروبي.")
    assert ("ACCUSE", "USALEG", "USAGOV") in codes("وانتقد السيناتور جون ماكين الرئيس ترامب.")
    assert ("CONSULT", "SSDREB", "SSDGOV") in codes("والتقى ريك مشار الرئيس سيلفا كير.")
    assert ("ACCUSE", "CSU", "DEUGOV") in codes("وهاجم الاتحاد الاجتماعي المسيحي سياسة ميركل.")
    assert ("REQUEST", "PRKGOV", "USAGOV") in codes("ودعا كيم يونغ أون الرئيس ترامب إلى القمة.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("وكتب ترامب عبر تويتر: توعدت روسيا باعتراض أي صاروخ يستهدف سوريا.", "يستهدف"),
    ("وقال ترامب إن الاتفاق سيء. ونبه إلى أن كل بلد يساعد إيران في برنامجها النووي ستفرض عليه الولايات المتحدة عقوبات.",
     "يساعد"),
])
def test_a_verb_describing_any_or_every_noun_has_that_noun_as_subject(detect: Callable[[str], Document],
                                                                      text: str, trigger: str) -> None:
    """أي صاروخ يستهدف، كل بلد يساعد: after "any" or "every" and a bare noun the verb describes the
    noun, its subject; no actor named before (Trump) is carried to it."""
    found = [e for e in detect(text).events if e.trigger.text == trigger]
    assert found and all(e.source is None for e in found), found


def test_the_kurdistan_regions_leaders_are_iraqi_officials(code_on: Callable[[str, date], Document]) -> None:
    """Masoud Barzani (President of the Kurdistan Region to 2017) is an Iraqi official, IRQGOV; his
    regional office is no president of Iraq (الرئيس العراقي stays the head of state)."""
    doc = code_on("اجتمع وزير الدفاع الأمريكي اشتون كارتر أمس في أربيل مع مسعود البرزاني.", date(2015, 7, 25))
    assert ("CONSULT", "USAGOV", "IRQGOV") in [_coded(e) for e in doc.events], doc.events
    doc = code_on("التقى الرئيس العراقي فؤاد معصوم الوزير الأمريكي.", date(2015, 7, 25))
    assert "Masoud Barzani" not in [m.actor.name for m in doc.mentions if m.actor is not None], doc.mentions


def test_the_fighters_of_a_group_of_no_country_are_that_group(detect: Callable[[str], Document]) -> None:
    """قالت مصادر في تنظيم داعش إن مقاتليه سيطروا: the possessive pronoun refers to the group named
    before it, which has no country, so its fighters are the group (ISIS), not "militants" of the
    last country named."""
    text = "وقصفت القوات الأمريكية مواقع في سوريا، فيما قالت مصادر في تنظيم داعش إن مقاتليه سيطروا على مواقع جديدة."
    found = [e for e in detect(text).events if e.trigger.text == "سيطروا"]
    assert found and all(e.source is not None and e.source.code == "ISIS" for e in found), found


def test_sources_of_news_are_the_subject_of_their_verb(code: Callable[[str], Document]) -> None:
    """قالت مصادر، أفاد مصدر أمني، ذكرت تقارير: a bare noun of news sources right after the verb is
    its subject, no actor named earlier, so that actor accuses no one of what the sources report
    (the Israeli air force named before did not accuse the militants the witnesses saw firing)."""
    text = ("وقصف الطيران الإسرائيلي مواقع في غزة. وأكد شهود عيان أن مسلحين فلسطينيين أطلقوا نحو 30 قذيفة هاون "
            "في اتجاه بلدات إسرائيلية.")
    assert not [e for e in code(text).events if e.event_type == "ACCUSE"], code(text).events


def test_a_word_the_tagger_names_a_place_is_no_verb(code: Callable[[str], Document]) -> None:
    """بين محافظة تعز وعدن: وعدن is "and Aden", a place, no وعد "they promised"."""
    text = "وقالت مصادر محلية إن ميليشيات الحوثي نصبت نقاط تفتيش على الخط الرابط بين محافظة تعز وعدن، واعتقلت المسافرين."
    assert not [e for e in code(text).events if e.trigger.text == "وعدن"], code(text).events


@pytest.mark.parametrize("text", [
    "اتهم رئيس حزب الشعب الجمهوري المعارض أردوغان بالكذب.",
    "اتهم رئيس حزب الشعب الجمهوري المعارض في تركيا، كمال كيليجدار أوغلو، رئيس البلاد رجب طيب أردوغان، بالكذب.",
])
def test_the_opposition_leader_accuses_the_president(code_on: Callable[[str, date], Document], text: str) -> None:
    """The head of an opposition party accuses the president named after him: the president is no
    name of the head's (a man of the government leads no opposition party), and past where the
    head leads (في تركيا) and his name in commas the president is the object."""
    doc = code_on(text, date(2018, 8, 14))
    assert ("ACCUSE", "CHP", "TURGOV") in [_coded(e) for e in doc.events], doc.events


@pytest.mark.parametrize("text", [
    "التقى الرئيس المصري اليوم، وزير الخارجية الروسي سيرغي لافروف.",
    "التقى الشيخ تميم بن حمد أمير دولة قطر اليوم، وزير الخارجية الروسي سيرغي لافروف الذي يزور الدوحة.",
])
def test_the_object_after_a_time_and_its_comma(code_on: Callable[[str, date], Document], text: str) -> None:
    """التقى الرئيس المصري اليوم، وزير الخارجية الروسي: a time after the subject and its comma (which
    split the clause there) do not hide the object after them; there is no apposition of the
    subject's after a time."""
    doc = code_on(text, date(2015, 8, 3))
    found = [_coded(e) for e in doc.events if e.trigger.text == "التقى"]
    assert found and all(tgt == "RUSGOV" for _, _, tgt in found), doc.events


def test_the_one_who_expresses_congratulations_offers_them(code_on: Callable[[str, date], Document]) -> None:
    """عبّر عن "expressed", like أعرب عن: its subject is the author of the verbal noun it governs
    (عبر نائب خادم الحرمين الشريفين عن أبلغ التهاني لحاكم جامايكا: the Saudi crown prince
    congratulates); عبر "via" before a definite noun is the preposition, and the verb before it keeps
    its subject (كشفت شرطة العاصمة البريطانية عبر صفحتها على تويتر عن …: the police arrest)."""
    doc = code_on("وعبر نائب خادم الحرمين الشريفين عن أبلغ التهاني لحاكم جامايكا.", date(2015, 8, 3))
    assert ("SUPPORT", "SAUGOV", "JAMGOV") in [_coded(e) for e in doc.events], doc.events
    doc = code_on("كشفت شرطة العاصمة البريطانية عبر صفحتها الرسمية على موقع تويتر، عن إصابة عدد من المارة "
                  "وأكدت أنها ألقت القبض على السائق.", date(2018, 8, 14))
    found = [e for e in doc.events if e.event_type == "COERCE"]
    assert found and all(e.source is not None and e.source.code == "COP" for e in found), doc.events


def test_a_beating_undergone_is_an_assault(code: Callable[[str], Document]) -> None:
    """الضرب "beating" (ASSAULT, mode beat): تعرض المتظاهرون للضرب من قبل الشرطة is the police beating the
    protesters; as an ambiguous word (ضرب من الخيال "a kind of fantasy") it needs an actor target, a
    support verb or a cue."""
    doc = code("تعرض المتظاهرون للضرب من قبل الشرطة.")
    assert [(e.event_type, e.mode) for e in doc.events if e.trigger.text == "للضرب"] == [("ASSAULT", "beat")], doc.events
    assert ("ASSAULT", "COP", "CVL") in [_coded(e) for e in doc.events], doc.events
    assert not code("وهذا ضرب من الخيال.").events


def test_the_agent_of_an_undergone_act_did_not_undergo_it(detect: Callable[[str], Document]) -> None:
    """أن النزلاء تعرضوا لاعتداء من قبل قوات الدرك: the inmates, no actor, underwent the assault; the
    gendarmes after من قبل did it and are its source, not also the one who underwent it (which
    dropped the event as one actor on both sides)."""
    found = [e for e in detect("وأشار التقرير إلى أن النزلاء تعرضوا لاعتداء من قبل قوات الدرك.").events
             if e.event_type == "ASSAULT"]
    assert found and all(e.source is not None and e.source.code == "COP" and e.target is None for e in found), found


@pytest.mark.parametrize("text", [
    "رفضت وزارة الداخلية الفرنسية تقديم رد رسمي على الموضوع.",
    "ورفض نتانياهو الرد على أسئلة حول قدرات إسرائيل النووية.",
    "رفض متحدث باسم الرئيس الروسي فلاديمير بوتين الثلاثاء إعطاء أي تفاصيل.",
    "وفي أحدث تصريح له رفض أردوغان الخوض في تفاصيلها مجددا.",
])
def test_declining_to_answer_is_no_rejection(code: Callable[[str], Document], text: str) -> None:
    """رفض تقديم رد، رفض الرد على أسئلة: declining to answer is a source's reserve, like رفض التعليق,
    no rejection of anything."""
    assert not [e for e in code(text).events if e.event_type == "REJECT"], code(text).events


def test_an_invasion_done_militarily_befalls_its_genitive(code: Callable[[str], Document]) -> None:
    """اجتياح فنزويلا عسكريا "invading Venezuela militarily": the nisba adverb after the genitive is
    no object that would make Venezuela the invader; Venezuela is invaded."""
    found = [e for e in code("ودرس الرئيس الأمريكي مع مستشاريه خيار اجتياح فنزويلا عسكريا.").events
             if e.trigger.text == "اجتياح"]
    assert found and all(e.target is not None and e.target.code == "VEN" and (e.source is None or e.source.code != "VEN")
                         for e in found), found


def test_men_in_a_sound_plural_are_no_antecedent_of_allati(code: Callable[[str], Document]) -> None:
    """المسلحين الحوثيين في المناطق التي سيطروا عليها: التي agrees with the areas, not with the
    fighters (a sound masculine plural takes الذين), so the Houthis are not what was seized; جماعة
    الإخوان المسلمين التي تحظرها السلطات keeps the Brotherhood, whose head noun agrees."""
    doc = code("وقالت مصادر إن المقاومة استولت على الأسلحة التي كانت بحوزة المسلحين الحوثيين في المناطق التي سيطروا عليها.")
    assert not [e for e in doc.events if e.trigger.text == "سيطروا" and e.target is not None
                and e.target.code == "HOUTHIS"], doc.events
    doc = code("وأدانته المحكمة بالانضمام إلى جماعة الإخوان المسلمين التي تحظرها السلطات في سوريا.")
    assert [e for e in doc.events if e.trigger.text == "تحظرها" and e.target is not None
            and e.target.code == "MUSLIM_BROTHERHOOD"], doc.events


@pytest.mark.parametrize(("text", "expected"), [
    ("ودانت الأمم المتحدة الاعتداء الذي تبناه تنظيم داعش.", ("ASSAULT", "ISIS", None)),
    ("واختتمت المحادثات التي أجراها وزير الخارجية الأمريكي مع نظيره الروسي في موسكو.", ("CONSULT", "USAGOV", None)),
])
def test_a_defective_support_verb_with_its_pronoun(code_on: Callable[[str, date], Document], text: str,
                                                   expected: tuple[str, str | None, str | None]) -> None:
    """أجراه، تبناه: a defective past in ى writes it ا before a pronoun, and is still the support verb
    whose subject authors the noun its pronoun resumes (before, only تبنته، أجرته were read)."""
    doc = code_on(text, date(2018, 6, 1))
    assert expected in [_coded(e) for e in doc.events], doc.events


@pytest.mark.parametrize(("text", "expected"), [
    ("أزمة المهاجرين: غالبية الصحف البريطانية تتهم فرنسا", ("ACCUSE", "GBRMED", "FRA")),
    ("وقال إن معظم الطائرات الروسية قصفت داعش.", ("ASSAULT", "RUSMIL", "ISIS")),
    ("طيران استطلاع الاحتلال الإسرائيلي ينتهك الأجواء اللبنانية", ("REJECT", "ISR", "LBN")),
])
def test_a_subject_phrase_headed_before_its_actor(code: Callable[[str], Document], text: str,
                                                  expected: tuple[str, str | None, str | None]) -> None:
    """A clause that opens with a quantifier in the construct (معظم، غالبية) or with a definite noun
    that no lexicon knows, whose nisba adjective is the actor, has that phrase as the verb's
    subject: the actor after the verb is its object (before, France accused and Lebanon violated)."""
    assert expected in [_coded(e) for e in code(text).events], code(text).events


def test_outlets_that_report_a_meeting_are_no_party_of_it(code_on: Callable[[str, date], Document]) -> None:
    """قرأ في وسائل الإعلام عن المواقع التي قد يعقد فيها اللقاء بين الولايات المتحدة وكوريا الشمالية:
    the meeting between the two is coded, one of them the source; the media the support verb took
    as its author are no party (the event was dropped as an interview); a channel that hosts a
    minister still makes none."""
    doc = code_on("وقال للصحافيين إنه قرأ في وسائل الإعلام عن المواقع التي قد يعقد فيها اللقاء بين الولايات المتحدة"
                  " وكوريا الشمالية.", date(2018, 5, 10))
    assert ("CONSULT", "USA", "PRK") in [_coded(e) for e in doc.events], doc.events
    _assert_no_event(lambda t: code_on(t, date(2018, 3, 10)), "واستضافت قناة الجزيرة وزير الخارجية القطري.", "CONSULT")


@pytest.mark.parametrize(("text", "expected"), [
    ("وكان المغرب قد أعلن قطع العلاقات الدبلوماسية مع طهران بعد اتهامها بتسهيل نقل أسلحة إلى جبهة البوليساريو.",
     ("ACCUSE", "MAR", "IRNGOV")),
    ("وكانت الولايات المتحدة وفرنسا قد شنت ضربات عسكرية ضد دمشق إثر اتهامها بقصف المدينة بسلاح كيميائي.",
     ("ACCUSE", "USA", "SYRGOV")),
    ("وبدأ عناصر من القوات الخاصة تمردا احتجاجا على اعتقال محمود الورفلي على خلفية اتهامه بارتكاب جرائم حرب"
     " من قبل المحكمة الجنائية الدولية.", ("ACCUSE", "ICC", None)),
])
def test_the_subject_accuses_the_one_a_charge_nouns_pronoun_names(
        code_on: Callable[[str, date], Document], text: str,
        expected: tuple[str, str | None, str | None]) -> None:
    """اتهامها بـ، إدانته بـ: with its charge after it, the pronoun on the noun is the one accused,
    also when the clause's subject was taken as the accuser (before, Damascus was accused by no
    one and Tehran not at all); one named after من قبل accuses instead of the subject."""
    doc = code_on(text, date(2018, 5, 1))
    evs = [_coded(e) for e in doc.events if e.event_type == "ACCUSE"]
    if expected[2] is None:
        assert [e for e in evs if e[1] == expected[1]], evs
    else:
        assert expected in evs, evs


def test_the_accused_is_not_the_body_where_he_works(code_on: Callable[[str, date], Document]) -> None:
    """الأستاذ في جامعة أوكسفورد … بعد اتهامه: the university after في is where he teaches, not the
    one the pronoun names."""
    doc = code_on("وأمرت محكمة فرنسية باعتقال رمضان المفكر والأستاذ في جامعة أوكسفورد بعد اتهامه باغتصاب امرأتين.",
                  date(2018, 5, 1))
    assert not [e for e in doc.events if e.target is not None and e.target.code == "EDU"], doc.events


def test_wa_kana_opens_a_clause_no_verb_before_governs(code: Callable[[str], Document]) -> None:
    """وقررت الدوحة عدم الرد … وكانت السعودية ومصر أعلنت قطع العلاقات: وكان opens a clause of its own,
    so the breaking of ties is reported, no intent of the decision before it."""
    doc = code("وقررت الدوحة عدم الرد بإجراءات مماثلة وكانت السعودية ومصر أعلنت قطع العلاقات مع قطر أمس الاثنين.")
    found = [e for e in doc.events if e.event_type == "SANCTION"]
    assert found and all(e.modality is None for e in found), found


@pytest.mark.parametrize("text", [
    "واعترفت الميليشيات بمصرع قائدها الميداني.",
    "اعترفت إيران رسميا بوجود مقاتلين إيرانيين في سوريا.",
    "واعترف رئيس الوزراء الإسباني بفشله أمام البرلمان.",
    "منح البرلمان الأردني الثقة إلى حكومة رئيس الوزراء عمر الرزاز.",
])
def test_admitting_and_votes_of_confidence_are_no_support_or_aid(code_on: Callable[[str, date], Document],
                                                                 text: str) -> None:
    """اعترف بـ an act, a presence or a fault admits it (no recognition); منح الثقة is a vote of
    confidence (no aid)."""
    doc = code_on(text, date(2018, 6, 1))
    assert not [e for e in doc.events if e.event_type in ("SUPPORT", "AID")], doc.events


def test_recognition_of_a_state_stays_support(code_on: Callable[[str, date], Document]) -> None:
    """اعترف بالقدس عاصمة لإسرائيل، لا تعترف السعودية بإسرائيل: recognition, as before; the killing
    admitted after اعترفت بمقتل is still coded."""
    _assert_among(lambda t: code_on(t, date(2018, 1, 1)), "اعترف الرئيس الأميركي بالقدس عاصمة لإسرائيل.",
                  ("SUPPORT", "USAGOV", "ISR"))
    _assert_negated(lambda t: code_on(t, date(2018, 1, 1)), "ولا تعترف السعودية بإسرائيل.", "SUPPORT", True)
    doc = code_on("اعترفت ميليشيات الحوثي بمقتل أحد قادتها في صعدة بغارة للتحالف.", date(2018, 1, 1))
    assert [e for e in doc.events if e.event_type == "ASSAULT"], doc.events


def test_an_actor_before_haythu_is_no_subject_of_the_verb_after(code_on: Callable[[str, date], Document]) -> None:
    """كردستان العراق حيث التقى، بعد مغادرته البيت الأبيض حيث طلبت دار النشر: the actor before حيث
    (or عندما، بينما) names where or when; the verb after has a subject of its own (Iraq met the
    officials, the White House asked, before)."""
    for text in ("منها زيارته لإقليم كردستان العراق حيث التقى عددا من المسؤولين.",
                 "بعد شهر من مغادرته البيت الأبيض حيث طلبت دار النشر من أوباما نشر كتاب."):
        doc = code_on(text, date(2018, 3, 1))
        assert not [e for e in doc.events if e.source is not None and e.source.code in ("IRQ", "USAGOV")
                    and e.trigger.text in ("التقى", "طلبت")], doc.events


@pytest.mark.parametrize(("text", "expected"), [
    ("وقطعت السعودية ومصر علاقاتها مع قطر اليوم واتهمتها بمساندة الإرهاب.", ("ACCUSE", "SAU", "QAT")),
    ("وتشن تركيا غارات جوية على مواقع لحزب العمال الكردستاني، وتتهمه بشن هجمات على قواتها.", ("ACCUSE", "TUR", "PKK")),
    ("وقطعت الدول الأربع العلاقات مع قطر التي اتهمتها بدعم الإرهاب.", ("ACCUSE", None, "QAT")),
])
def test_the_object_pronoun_of_accusing_names_the_accused(code_on: Callable[[str, date], Document], text: str,
                                                           expected: tuple[str, str | None, str | None]) -> None:
    """واتهمتها بـ، وتتهمه بـ: the pronoun on the verb, its charge after it, is the last actor before it
    that agrees and is not its subject (no target before); in a relative clause, the antecedent
    when the pronoun agrees with the relative pronoun."""
    assert expected in [_coded(e) for e in code_on(text, date(2018, 3, 1)).events]


def test_a_relative_pronoun_that_disagrees_leaves_the_antecedent_the_accuser(
        code_on: Callable[[str, date], Document]) -> None:
    """المعارضة الإيطالية التي اتهمته: the opposition (التي) accuses him (ه), no one accuses it;
    هذا البنك الذي اتهمه وزير خارجية البحرين: the bank is no actor, the minister not accused."""
    for text in ("تصريحات سالفيني أثارت سخط المعارضة الإيطالية التي اتهمته بالتحريض على الكراهية.",
                 "وسلطت تصريحات وزير خارجية البحرين الضوء على هذا البنك الذي اتهمه بتمويل الإرهاب."):
        doc = code_on(text, date(2018, 3, 1))
        assert not [e for e in doc.events if e.event_type == "ACCUSE" and e.target is not None
                    and e.target.code in ("ITAOPP", "BHRGOV")], doc.events


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("ووجه فرانسوا هولاند انتقادات غير مباشرة للرئيس الحالي إيمانويل ماكرون.", date(2018, 4, 1),
     ("ACCUSE", "FRA", "FRAGOV")),
    ("اعتقلت السلطات الباكستانية رئيس الوزراء السابق نواز شريف حال عودته إلى بلاده.", date(2018, 7, 14),
     ("COERCE", "PAKGOV", "PAK")),
])
def test_a_man_out_of_office_is_no_party_with_his_state(code_on: Callable[[str, date], Document], text: str,
                                                        day: date, expected: tuple[str, str | None, str | None]) -> None:
    """A known man with no office on the day (a former president or prime minister) is a party of
    his own, not his country's state: the state arrests him, he criticises its president (both
    were dropped as one actor)."""
    assert expected in [_coded(e) for e in code_on(text, day).events]


def test_a_title_and_its_name_split_by_a_word_of_time_are_one_man(code_on: Callable[[str, date], Document]) -> None:
    """الرئيس البرازيلي الأسبق لولا دا سيلفا: the title and the name after الأسبق are one man,
    not a state acting on a private man."""
    doc = code_on("لم يسلم الرئيس البرازيلي الأسبق لولا دا سيلفا نفسه إلى السلطات الجمعة.", date(2018, 4, 7))
    assert not [e for e in doc.events if e.source is not None and e.target is not None
                and e.source.country == e.target.country == "BRA"], doc.events


def test_the_accusative_count_after_a_verb_counts_its_object(code_on: Callable[[str, date], Document]) -> None:
    """والتقى عددا من ممثلي الحكومة اليمنية: عددا is accusative, so the government's men are met,
    not meeting (they were the VSO subject)."""
    doc = code_on("وصل المنسق الإنساني للأمم المتحدة إلى عدن والتقى عددا من ممثلي الحكومة اليمنية.", date(2015, 7, 27))
    found = [e for e in doc.events if e.trigger.text == "والتقى"]
    assert found and all(e.source is None or e.source.code != "YEMGOV" for e in found), found


def test_a_clause_of_time_has_its_subject_after_its_verb(code_on: Callable[[str, date], Document]) -> None:
    """في الوقت الذي يزور وفد من الأمم المتحدة المدينة: the delegation visits (it was taken as the
    one visited, the relative clause's object)."""
    doc = code_on("وصلت مساعدات جديدة إلى عدن في الوقت الذي يزور وفد من الامم المتحدة المدينة.", date(2015, 7, 27))
    assert [e for e in doc.events if e.trigger.text == "يزور" and e.source is not None and e.source.code == "UN"], doc.events


@pytest.mark.parametrize("text", ["رست أكبر سفينة إغاثية سعودية تصل إلى اليمن.", "ووصلت طائرة سعودية إلى مطار صنعاء."])
def test_a_countrys_craft_arriving_is_no_visit(code_on: Callable[[str, date], Document], text: str) -> None:
    """سفينة إغاثية سعودية تصل، وصلت طائرة سعودية: a ship or a plane of a country arrives, no one
    visits (Saudi Arabia visited Yemen before); a Saudi delegation arriving still does."""
    assert not [e for e in code_on(text, date(2015, 7, 27)).events if e.event_type == "CONSULT"]
    _assert_among(lambda t: code_on(t, date(2015, 7, 27)), "ووصل وفد سعودي إلى صنعاء.", ("CONSULT", "SAUGOV", "YEM"))


def test_a_verbal_noun_after_a_noun_of_cause_is_no_verb(code_on: Callable[[str, date], Document]) -> None:
    """نتيجة رفض أميركا، نتيجة قصف الحوثيين: after نتيجة (or بهدف، بحجة، بذريعة) the word is its
    verbal noun in the construct, whose genitive is the doer (it was read as the verb رفضَ, with
    America as its object)."""
    doc = code_on("وجاءت الخطوة نتيجة رفض أميركا وبريطانيا تمويل مشروع السد.", date(2018, 3, 1))
    assert ("REJECT", "USA", None) in [_coded(e) for e in doc.events], doc.events


@pytest.mark.parametrize("text", [
    "وقال 12 مسؤولا أميركيا، رفضوا الكشف عن أسمائهم، إن بيونغ يانغ ضاعفت إنتاج الوقود.",
    "ورغم الضغوط التي تعرض لها الرئيس الأمريكي فإنه رفض الإفصاح عن الاقتراح.",
])
def test_declining_to_disclose_is_no_rejection(code_on: Callable[[str, date], Document], text: str) -> None:
    """رفض الكشف عن أسمائهم، رفض الإفصاح عن: declining to reveal a name or a detail, as رفض التعليق,
    is no rejection of anyone."""
    assert not [e for e in code_on(text, date(2018, 7, 1)).events if e.event_type == "REJECT"]


@pytest.mark.parametrize("text", [
    "وأعرب الزعيمان عن أملهما في التوصل إلى اتفاق سلام.",
    "وأعرب الرئيس التركي عن أمله في حصار مدينة عفرين بالكامل.",
    "وأعرب الأمين العام لجامعة الدول العربية عن أمله بتراجع موريسون عن موقفه.",
])
def test_a_verbal_noun_hoped_for_is_not_asserted(code_on: Callable[[str, date], Document], text: str) -> None:
    """أعرب عن أمله في حصار عفرين، عن أمله بتراجع: the act hoped for after أمله في / أمله بـ has not
    happened, as after أمله في أن (it was coded as done)."""
    doc = code_on(text, date(2018, 3, 1))
    assert not [e for e in doc.events if e.event_type in ("AGREE", "COERCE", "CONCEDE")], doc.events


@pytest.mark.parametrize(("text", "expected"), [
    ("وسجن الناشط بسبب تغريدة انتقد فيها الحكومة السعودية بسبب حرب اليمن.", ("ACCUSE", None, "SAUGOV")),
    ("فانتشرت تغريدة من والدها اتهم فيها بريطانيا بالعنصرية.", ("ACCUSE", None, "GBR")),
])
def test_a_feminine_actor_past_a_resumptive_preposition_is_the_object(
        code_on: Callable[[str, date], Document], text: str, expected: tuple[str, str | None, str | None]) -> None:
    """تغريدة انتقد فيها الحكومة السعودية: past فيها, which resumes the tweet, a masculine verb's
    feminine actor cannot be its subject (that would be انتقدت) but is its object (it was the one
    criticising); رسالة دعا فيها العاهل السعودي باريس keeps the king as subject."""
    assert expected in [_coded(e) for e in code_on(text, date(2018, 5, 1)).events]
    _assert_among(lambda t: code_on(t, date(2018, 5, 1)), "مشيرة إلى رسالة دعا فيها العاهل السعودي الملك سلمان باريس إلى حث الدوحة.",
                  ("REQUEST", "SAUGOV", "FRAGOV"))
