"""Table-driven actor resolution over general Arabic news phrasing (fixture lexicon).

Each case lists every mention with an actor, in text order, as ``span=code``; a plural lists
its members' codes joined with ``+``. Dates are publication dates (office holders change).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

D = "2024-04-24"

CASES: list[tuple[str, str, list[str]]] = [
    # --- countries, clitics, coordination -------------------------------------------------
    ("أعلنت باكستان أمس عن خطة جديدة لمكافحة التهريب", D, ["باكستان=PAK"]),
    ("وأكدت إيران رفضها للاتهامات", D, ["إيران=IRN"]),
    ("تعهدت مصر والأردن بتعزيز التعاون الاقتصادي", D, ["مصر=EGY", "الأردن=JOR"]),
    ("اتهمت روسيا أوكرانيا بقصف محطة للطاقة", D, ["روسيا=RUS", "أوكرانيا=UKR"]),
    ("ووقعت تركيا وقطر اتفاقا تجاريا", D, ["تركيا=TUR", "قطر=QAT"]),
    ("دعت الصين إلى ضبط النفس", D, ["الصين=CHN"]),
    ("قدمت الولايات المتحدة مساعدات عسكرية لأوكرانيا", D, ["الولايات المتحدة=USA", "أوكرانيا=UKR"]),
    ("أعربت المملكة العربية السعودية عن قلقها البالغ", D, ["المملكة العربية السعودية=SAU"]),
    ("وانتقدت فرنسا وبريطانيا القرار", D, ["فرنسا=FRA", "بريطانيا=GBR"]),
    ("رحبت الهند بالاتفاق", D, ["الهند=IND"]),
    ("ولإيران حدود طويلة مع العراق", D, ["إيران=IRN", "العراق=IRQ"]),
    ("وتتهم أمريكا إيران بدعم الجماعات المسلحة", D, ["أمريكا=USA", "إيران=IRN"]),
    ("أدانت مصر والسعودية وقطر الهجوم", D, ["مصر=EGY", "السعودية=SAU", "قطر=QAT"]),
    ("وقالت سورية إنها ستحتفظ بحق الرد", D, ["سورية=SYR"]),
    ("فرضت بريطانيا عقوبات على روسيا", D, ["بريطانيا=GBR", "روسيا=RUS"]),
    # --- capitals and seats of power as metonyms; capitals in place phrases ------------
    ("رفضت طهران الاتهامات الأمريكية", D, ["طهران=IRNGOV", "الأمريكية=USA"]),
    ("وحذرت واشنطن من التصعيد", D, ["واشنطن=USAGOV"]),
    ("قال البيت الأبيض إن الاتصالات مستمرة", D, ["البيت الأبيض=USAGOV"]),
    ("أعلن الكرملين أن بوتين سيشارك في القمة", D, ["الكرملين=RUSGOV", "بوتين=RUSGOV"]),
    ("ونفت موسكو التقارير", D, ["موسكو=RUSGOV"]),
    ("وأكد البنتاغون إرسال مزيد من الجنود", D, ["البنتاغون=USAMIL", "الجنود=MIL"]),
    ("وصل الوفد إلى إسلام آباد مساء الأحد", D, ["إسلام آباد=PAK"]),
    ("وقتل مسلحون ثلاثة مدنيين في العاصمة بغداد", D, ["مسلحون=UAF", "مدنيين=CVL", "بغداد=IRQ"]),  # titled place
    ("وانفجرت عبوة بالعاصمة العراقية بغداد", D, ["العراقية=IRQ", "بغداد=IRQ"]),
    ("وعقد الاجتماع في القاهرة بحضور وزراء", D, ["القاهرة=EGY", "وزراء=GOV"]),
    ("وتتهم أنقرة دمشق بإيواء المسلحين", D, ["أنقرة=TURGOV", "دمشق=SYRGOV", "المسلحين=UAF"]),
    ("دعت بكين وباريس إلى وقف إطلاق النار", D, ["بكين=CHNGOV", "باريس=FRAGOV"]),
    ("طالبت بغداد أنقرة بسحب قواتها", D, ["بغداد=IRQGOV", "أنقرة=TURGOV", "قواتها=TURMIL"]),
    ("وتقول كييف إن الهجوم استهدف منشآت مدنية", D, ["كييف=UKRGOV"]),
    # --- nisba adjectives after sector nouns -------------------------------------------
    ("استهدفت القوات الجوية الباكستانية مواقع للمسلحين", D,
     ["القوات الجوية الباكستانية=PAKMIL", "مسلحين=UAF"]),
    ("أعلن الجيش الإسرائيلي مقتل جندي", D, ["الجيش الإسرائيلي=ISRMIL", "جندي=MIL"]),
    ("وقالت الحكومة العراقية إنها ترفض التدخل", D, ["الحكومة العراقية=IRQGOV"]),
    ("اعتقلت الشرطة التركية عشرات المشتبه بهم", D, ["الشرطة التركية=TURCOP"]),
    ("وأفادت السلطات المصرية بأن الوضع تحت السيطرة", D, ["السلطات المصرية=EGYGOV"]),
    ("قصفت القوات الروسية مدينة خاركيف", D, ["القوات الروسية=RUSMIL"]),
    ("وطالب البرلمان العراقي بانسحاب القوات الأمريكية", D,
     ["البرلمان العراقي=IRQLEG", "القوات الأمريكية=USAMIL"]),
    ("وأصدرت المحكمة الباكستانية حكما بسجنه", D, ["المحكمة الباكستانية=PAKJUD"]),
    ("اشتبكت قوات الأمن العراقية مع المتظاهرين", D, ["قوات الأمن العراقية=IRQCOP", "المتظاهرين=CVL"]),
    ("وأصيب 31 من أفراد القوى الأمنية", D, ["أفراد القوى الأمنية=COP"]),  # members of a body are that body
    ("وقتل ثلاثة من أفراد القوات الأمنية العراقية", D, ["أفراد القوات الأمنية العراقية=IRQCOP"]),
    ("وقالت قوى الأمن الداخلي اللبنانية", D, ["قوى الأمن الداخلي اللبنانية=LBNCOP"]),
    ("وأصيب ثلاثة أفراد في الحادث", D, ["أفراد=CVL"]),  # alone, members are people
    ("وقتل عشرة من أفراد الحرس الثوري", D, ["أفراد الحرس الثوري=IRGC"]),  # members of a state's corps: the corps
    ("واعتقلت الشرطة اثنين من أفراد حركة فتح", D, ["الشرطة=COP", "أفراد حركة فتح=FATAH"]),  # of a party: the party
    ("وقال قائد الشرطة العراقية", D, ["قائد الشرطة العراقية=IRQCOP"]),  # the police's commander is police
    ("وقتل ضابط شرطة عراقي", D, ["ضابط شرطة عراقي=IRQCOP"]),  # an officer of a force is of it, indefinite too
    ("وقتل ضباط الشرطة", D, ["ضباط الشرطة=COP"]),
    ("وقتل قائد شرطة", D, ["قائد شرطة=COP"]),
    ("وسقطت صواريخ على القاعدة الجوية الروسية", D, ["الروسية=RUS"]),  # an air base, not al-Qaeda
    ("وهتف مؤيدو الرئيس السوري", D, ["مؤيدو الرئيس السوري=SYRCVL"]),  # supporters are civilians
    ("وقال تنظيم القاعدة إن", D, ["تنظيم القاعدة=AQ"]),
    ("وقال قائد الجيش الباكستاني", D, ["قائد الجيش الباكستاني=PAKMIL"]),
    ("وقتلت قوات مكافحة الإرهاب العراقية خمسة مسلحين", D,
     ["قوات مكافحة الإرهاب العراقية=IRQMIL", "مسلحين=UAF"]),
    ("أطلقت القوات البحرية الإيرانية مناورات", D, ["القوات البحرية الإيرانية=IRNMIL"]),
    ("واتهمت المعارضة السورية الحكومة بالتقصير", D, ["المعارضة السورية=SYROPP", "الحكومة=GOV"]),
    ("قتل جنود أتراك في هجوم", D, ["جنود أتراك=TURMIL"]),
    ("وأعلنت الأجهزة الأمنية الأردنية إحباط مخطط", D, ["الأجهزة الأمنية الأردنية=JORCOP"]),
    ("قالت وسائل الإعلام الإيرانية إن الانفجار وقع ليلا", D, ["وسائل الإعلام الإيرانية=IRNMED"]),
    ("استهدف المسلحون الباكستانيون نقطة تفتيش", D, ["المسلحون الباكستانيون=PAKUAF"]),
    ("ويقاتل المتمردون السودانيون منذ أشهر", D, ["المتمردون السودانيون=SDNREB"]),
    ("وأكدت السفارة الأمريكية في بغداد", D, ["السفارة الأمريكية=USAGOV", "بغداد=IRQ"]),
    ("وقالت الشرطة المحلية الباكستانية إن", D, ["الشرطة المحلية الباكستانية=PAKCOP"]),
    ("وقصفت القوات الحكومية السورية البلدة", D, ["القوات الحكومية السورية=SYRMIL"]),
    ("واتهمت الحكومة الأحزاب الباكستانية بالتحريض", D, ["الحكومة=GOV", "الباكستانية=PAK"]),
    # --- construct state -----------------------------------------------------------------
    ("التقى وزير خارجية إيران بنظيره التركي", D,
     ["وزير خارجية إيران=IRNGOV", "التركي=TUR"]),
    ("وصرح رئيس وزراء باكستان بأن بلاده لن تتراجع", D, ["رئيس وزراء باكستان=PAKGOV"]),
    ("أكدت حكومة مصر التزامها بالاتفاق", D, ["حكومة مصر=EGYGOV"]),
    ("وقال وزير دفاع روسيا إن العملية مستمرة", D, ["وزير دفاع روسيا=RUSGOV"]),
    ("رفضت حكومة طالبان الاتهامات", D, ["حكومة طالبان=AFGGOV"]),
    ("وأعلن قائد الجيش الباكستاني حالة التأهب", D, ["قائد الجيش الباكستاني=PAKMIL"]),
    ("وقال رئيس أركان الجيش الإسرائيلي", D, ["رئيس أركان الجيش الإسرائيلي=ISRMIL"]),
    ("وقصفت قوات النظام السوري مواقع المعارضة", D, ["قوات النظام السوري=SYRMIL", "المعارضة=OPP"]),
    ("وانتشر جنود الجيش الأمريكي في المدينة", D, ["جنود الجيش الأمريكي=USAMIL"]),
    # --- named people and office on the publication date ---------------------------------
    ("وصل إبراهيم رئيسي إلى كابول", D, ["إبراهيم رئيسي=IRNGOV", "كابول=AFG"]),
    # a title and the name in apposition between commas are one mention
    ("وقال الرئيس، إبراهيم رئيسي، إن بلاده مستعدة", D, ["الرئيس، إبراهيم رئيسي=IRNGOV"]),
    ("استقبل رجب طيب أردوغان نظيره المصري", D, ["رجب طيب أردوغان=TURGOV", "المصري=EGY"]),
    ("وقال جو بايدن إن بلاده ستدعم حلفاءها", D, ["جو بايدن=USAGOV"]),
    ("وقال جو بايدن إن بلاده ستدعم حلفاءها", "2026-02-01", ["جو بايدن=USA"]),
    ("أعلن دونالد ترامب فرض رسوم جديدة", "2025-03-01", ["دونالد ترامب=USAGOV"]),
    ("انتقد دونالد ترامب الاتفاق النووي", "2022-06-01", ["دونالد ترامب=USA"]),
    ("التقى عاصم منير بوفد صيني", D, ["عاصم منير=PAKMIL", "صيني=CHN"]),
    ("وأجرى شهباز شريف محادثات في الرياض", D, ["شهباز شريف=PAKGOV", "الرياض=SAU"]),
    ("وزار عمران خان الصين", D, ["عمران خان=PAK", "الصين=CHN"]),
    ("وزار عمران خان الصين", "2019-10-08", ["عمران خان=PAKGOV", "الصين=CHN"]),
    ("التقى حسين أمير عبد اللهيان بالسفير الصيني", D,
     ["حسين أمير عبد اللهيان=IRNGOV", "الصيني=CHN"]),
    ("ووصف عبد الفتاح السيسي المحادثات بالبناءة", D, ["عبد الفتاح السيسي=EGYGOV"]),
    ("أكد بوتين أن روسيا لن تتراجع", D, ["بوتين=RUSGOV", "روسيا=RUS"]),
    ("وقال أردوغان إن بلاده مستعدة للوساطة", D, ["أردوغان=TURGOV"]),
    ("استقبل شهباز شريف الوفد. وقال شريف إن المحادثات مثمرة", D, ["شهباز شريف=PAKGOV", "شريف=PAKGOV"]),
    ("التقى إبراهيم رئيسي الوفد. وتركز الحديث بشكل رئيسي على التجارة", D, ["إبراهيم رئيسي=IRNGOV"]),
    ("التقى إبراهيم رئيسي الوفد. وقال رئيسي إن بلاده مستعدة", D, ["إبراهيم رئيسي=IRNGOV", "رئيسي=IRNGOV"]),
    # a name given to a place or an institution is no actor (فندق حماس would be the hotel)
    ("وانفجرت سيارة مفخخة أمام فندق حماس في المدينة", D, []),
    ("ونقل الجرحى إلى مستشفى عبد الفتاح السيسي", D, []),
    ("وقالت حماس إن الانفجار استهدف الفندق", D, ["حماس=HAMAS"]),
    # --- title + name apposition -----------------------------------------------------------
    ("استقبل الرئيس التركي رجب طيب أردوغان ضيفه", D, ["الرئيس التركي رجب طيب أردوغان=TURGOV"]),
    ("وقال الرئيس الباكستاني آصف علي زرداري إن العلاقات قوية", D,
     ["الرئيس الباكستاني آصف علي زرداري=PAKGOV"]),
    ("وقال رئيس الوزراء شهباز شريف للصحفيين", D, ["رئيس الوزراء شهباز شريف=PAKGOV"]),
    ("واستقبل قائد الجيش الجنرال عاصم منير الوفد", D, ["قائد الجيش الجنرال عاصم منير=PAKMIL"]),
    ("وصرح الرئيس الأمريكي جو بايدن بأن الوقت حان", D, ["الرئيس الأمريكي جو بايدن=USAGOV"]),
    ("وحذر الرئيس الروسي فلاديمير بوتين الغرب", D, ["الرئيس الروسي فلاديمير بوتين=RUSGOV"]),
    ("وقال الرئيس السابق عارف علوي إن الانتخابات مزورة", D, ["الرئيس السابق عارف علوي=PAK"]),
    ("وأكد الرئيس رئيسي أن بلاده لا تسعى إلى الحرب", D, ["الرئيس رئيسي=IRNGOV"]),
    ("وصل رياض المالكي إلى باريس. وقال المالكي إن الزيارة ناجحة", "2019-01-10",
     ["رياض المالكي=PSEGOV", "باريس=FRA", "المالكي=PSEGOV"]),
    ("وقال نوري المالكي إن الانتخابات نزيهة. وأضاف المالكي أن", "2010-03-01",
     ["نوري المالكي=IRQGOV", "المالكي=IRQGOV"]),
    ("ورافقت الشرطة عاصم منير إلى المطار", D, ["الشرطة=COP", "عاصم منير=PAKMIL"]),
    # --- a title without a name: the office holder on the date ---------------------------
    ("التقى الرئيس الإيراني بنظيره الباكستاني", D, ["الرئيس الإيراني=IRNGOV", "الباكستاني=PAK"]),
    ("وقال الرئيس الإيراني إن العلاقات ستتطور", "2024-08-15", ["الرئيس الإيراني=IRNGOV"]),
    ("واستقبل الرئيس الباكستاني السفير", "2023-05-01", ["الرئيس الباكستاني=PAKGOV"]),
    ("وتحدث الرئيس الأمريكي هاتفيا مع نظيره الفرنسي", D, ["الرئيس الأمريكي=USAGOV", "الفرنسي=FRA"]),
    ("ووصل رئيس الوزراء الباكستاني إلى أنقرة", D, ["رئيس الوزراء الباكستاني=PAKGOV", "أنقرة=TUR"]),
    ("وقال وزير الخارجية الإيراني إن طهران مستعدة", D, ["وزير الخارجية الإيراني=IRNGOV", "طهران=IRNGOV"]),
    ("واتهم وزير الدفاع الأمريكي روسيا", D, ["وزير الدفاع الأمريكي=USAGOV", "روسيا=RUS"]),
    # --- named organisations ---------------------------------------------------------------
    ("تبنت حركة طالبان الباكستانية الهجوم", D, ["حركة طالبان الباكستانية=TTP"]),
    ("ونفت طالبان الباكستانية مسؤوليتها", D, ["طالبان الباكستانية=TTP"]),
    ("وأعلن تنظيم الدولة الإسلامية مسؤوليته عن التفجير", D, ["تنظيم الدولة الإسلامية=ISIS"]),
    ("وتبنى داعش الهجوم", D, ["داعش=ISIS"]),
    ("ودعا مجلس الأمن الدولي إلى وقف القتال", D, ["مجلس الأمن الدولي=UNSC"]),
    ("وأطلق حزب الله صواريخ على إسرائيل", D, ["حزب الله=HEZBOLLAH", "إسرائيل=ISR"]),
    ("وقالت حركة حماس إنها تدرس المقترح", D, ["حركة حماس=HAMAS"]),
    ("وأعلن الحرس الثوري إسقاط طائرة مسيرة", D, ["الحرس الثوري=IRGC"]),
    ("وهاجمت طالبان مواقع للشرطة الأفغانية", D, ["طالبان=TALIBAN", "شرطة الأفغانية=AFGCOP"]),
    ("وحذر حلف شمال الأطلسي من التصعيد", D, ["حلف شمال الأطلسي=NATO"]),
    ("ودان حزب الله اللبناني الهجوم", D, ["حزب الله اللبناني=HEZBOLLAH"]),
    ("واتهم حزب الله الإسرائيلي بالتصعيد", D, ["حزب الله=HEZBOLLAH", "الإسرائيلي=ISR"]),
    ("ودعت الأمم المتحدة إلى التهدئة", D, ["الأمم المتحدة=UN"]),
    ("وقتل جنرالان في الحرس الثوري الإيراني", D, ["جنرالان=IRNMIL", "الحرس الثوري الإيراني=IRGC"]),
    # --- generic sector nouns, place phrases ------------------------------------------------
    ("هاجم مسلحون مركزا للشرطة", D, ["مسلحون=UAF", "شرطة=COP"]),
    ("وقتل ثلاثة من المتمردين في اشتباكات", D, ["المتمردين=REB"]),
    ("واستهدف المسلحين قوات الأمن في إيران", D, ["المسلحين=UAF", "قوات الأمن=IRNCOP", "إيران=IRN"]),
    ("وقتل جنود داخل أفغانستان", D, ["جنود=AFGMIL", "أفغانستان=AFG"]),
    ("واعتقلت الشرطة الانفصاليين", D, ["الشرطة=COP", "الانفصاليين=SEP"]),
    ("وفرقت قوات الأمن المتظاهرين في بغداد", D, ["قوات الأمن=COP", "المتظاهرين=IRQCVL", "بغداد=IRQ"]),
    ("وتعرض المدنيون لقصف عنيف", D, ["المدنيون=CVL"]),
    ("وقالت السلطات إنها اعتقلت المشتبه به", D, ["السلطات=GOV"]),
    ("ونفذت القوات الجوية ضربات في سوريا", D, ["القوات الجوية=MIL", "سوريا=SYR"]),
    ("وقتل عشرون مسلحا في الاشتباكات", D, ["مسلحا=UAF"]),
    ("وأصيب 12 جنديا عراقيا في انفجار جنوب بغداد", D, ["جنديا عراقيا=IRQMIL", "بغداد=IRQ"]),
    ("ويقود زعيم حركة طالبان الباكستانية المفاوضات", D, ["زعيم حركة طالبان الباكستانية=TTP"]),
    ("وأطلق مقاتلو حزب الله صواريخ", D, ["مقاتلو حزب الله=HEZBOLLAH"]),
    ("وقتل 150 متمردا من طالبان", "2008-06-01", ["متمردا=TALIBAN", "طالبان=TALIBAN"]),
    ("واعتقلت الشرطة مسلحين في حزب الله", D, ["الشرطة=COP", "مسلحين=HEZBOLLAH", "حزب الله=HEZBOLLAH"]),
    ("وقالت قناة الجزيرة إن مراسلها أصيب", D, ["قناة الجزيرة=ALJAZEERA"]),
    ("وذكرت العربية أن الاجتماع انتهى", D, ["العربية=ALARABIYA"]),
    ("وأعلنت حركة فتح رفضها", D, ["حركة فتح=FATAH"]),
    # --- not actors ------------------------------------------------------------------------
    ("ووصلت سفينة إلى جزيرة نائية", D, []),
    ("واجتمعت الدول العربية في القاهرة", D, ["القاهرة=EGY"]),
    ("وفتح الجيش تحقيقا في الحادث", D, ["الجيش=MIL"]),
    ("وتنشط الشركة التابعة أيضا في المنطقة", D, []),
    ("وارتفعت أسعار النفط بشكل رئيسي", D, []),
    ("وتأثرت الشركات بالقرار", D, []),
    ("وشهدت التوترات الدبلوماسية تراجعا", D, []),
    ("وناقش الاجتماع قضايا الأمن والتنمية", D, []),
    # --- coordinated adjectives and plural anaphors ----------------------------------------
    ("الزعيمان الباكستاني والإيراني يبحثان التجارة", D, ["الزعيمان الباكستاني والإيراني=PAKGOV+IRNGOV"]),
    ("وناقش الرئيسان التركي والروسي الأزمة", D, ["الرئيسان التركي والروسي=TURGOV+RUSGOV"]),
    ("اتفقت مصر والسودان على تنسيق المواقف. وأكد البلدان أهمية الحوار", D,
     ["مصر=EGY", "السودان=SDN", "البلدان=EGY+SDN"]),
    ("اتفقت مصر والسودان على تنسيق المواقف. وأيدت فرنسا حل الدولتين", D,
     ["مصر=EGY", "السودان=SDN", "فرنسا=FRA"]),
    ("وقعت روسيا والصين اتفاقا. وقال الجانبان إن التعاون سيتوسع", D,
     ["روسيا=RUS", "الصين=CHN", "الجانبان=RUS+CHN"]),
    ("اجتمع ممثلو تركيا وإيران. واتفق الطرفان على لجنة مشتركة", D,
     ["تركيا=TUR", "إيران=IRN", "الطرفان=TUR+IRN"]),
    ("تبادلت الهند وباكستان الاتهامات. وتتهم الدولتان كل منهما الأخرى", D,
     ["الهند=IND", "باكستان=PAK", "الدولتان=IND+PAK", "كل منهما=IND+PAK"]),
    ("توترت العلاقات بين إيران وباكستان عندما نفذ كل منهما ضربات", D,
     ["إيران=IRN", "باكستان=PAK", "كل منهما=IRN+PAK"]),
    ("وقعت قطر ومصر والأردن بيانا. وتعهدت الدول بمواصلة الجهود", D,
     ["قطر=QAT", "مصر=EGY", "الأردن=JOR", "الدول=QAT+EGY+JOR"]),
    ("الزعيمان التركي والمصري التقيا أمس. وبحث الزعيمان ملفات إقليمية", D,
     ["الزعيمان التركي والمصري=TURGOV+EGYGOV", "الزعيمان=TURGOV+EGYGOV"]),
    ("وتحدث وزير الخارجية المصري مع نظيره الأردني. وأكد الجانبان التنسيق", D,
     ["وزير الخارجية المصري=EGYGOV", "الأردني=JOR", "الجانبان=EGYGOV+JOR"]),
    ("وأكدت دول المنطقة دعمها", D, []),
    # a dual or plural title in the construct with countries joined by و is each one's
    ("وناقش زعماء مصر والأردن الأزمة", D, ["زعماء مصر والأردن=EGYGOV+JORGOV"]),
    ("وأدان زعماء فرنسا وبريطانيا وتركيا الهجوم", D, ["زعماء فرنسا وبريطانيا وتركيا=FRAGOV+GBRGOV+TURGOV"]),
    ("وقصفت قوات روسيا وسوريا مواقع المعارضة", D, ["قوات روسيا وسوريا=RUSMIL+SYRMIL", "المعارضة=OPP"]),
    ("وقال زعماء روسيا، الصين والهند إنهم يرفضون", D, ["زعماء روسيا، الصين والهند=RUSGOV+CHNGOV+INDGOV"]),
    # … not a singular one (Iraq's prime minister, and Iran), nor a list not closed by و
    ("والعلاقات بين رئيس وزراء العراق وإيران متوترة", D, ["رئيس وزراء العراق=IRQGOV", "إيران=IRN"]),
    ("وأدان زعماء فرنسا، بريطانيا الهجوم", D, ["زعماء فرنسا=FRAGOV", "بريطانيا=GBR"]),
    ("وقال الطرفان إن المحادثات كانت بناءة", D, ["الطرفان={}"]),
    ("زار وزير الخارجية الأمريكي الصين وروسيا وإيران. وقال البلدان إن الزيارة مهمة", D,
     ["وزير الخارجية الأمريكي=USAGOV", "الصين=CHN", "روسيا=RUS", "إيران=IRN", "البلدان=RUS+IRN"]),
    ("رحب البيت الأبيض بموقف موسكو. وأكد البلدان التزامهما", D,
     ["البيت الأبيض=USAGOV", "موسكو=RUSGOV", "البلدان=USA+RUS"]),
    ("التقى مسؤولون من مصر والأردن. وتعهدت الدول العربية بالدعم", D,
     ["مسؤولون=GOV", "مصر=EGY", "الأردن=JOR"]),
    ("أعلنت تركيا دعمها. ودعت الدول إلى الهدوء", D, ["تركيا=TUR", "الدول={}"]),
    # --- other readings of actor words --------------------------------------------------
    ("وتدعم الحكومة تعليم اللغة الفرنسية", D, ["الحكومة=GOV"]),  # a language, no state
    ("وأعلن الرئيس الإيراني معارضته للاتفاق", D, ["الرئيس الإيراني=IRNGOV"]),  # his objection, no opposition
    ("وأضاف التطبيق اللغتين الفرنسية والصينية", D, []),
    ("وطالب البرلمان العراقي الحكومة بالتحرك", D, ["البرلمان العراقي=IRQLEG", "الحكومة=GOV"]),
    ("وقف المتظاهرون أمام السفارة الفرنسية", D, ["المتظاهرون=CVL", "السفارة الفرنسية=FRAGOV"]),
    # --- a known person's own titles after his name are his description ----------------
    ("استقبل عاصم منير قائد الجيش الوفد الصيني", D, ["عاصم منير قائد الجيش=PAKMIL", "الصيني=CHN"]),
    ("وقال حسين أمير عبد اللهيان وزير الخارجية الإيراني إن المحادثات بناءة", D,
     ["حسين أمير عبد اللهيان وزير الخارجية الإيراني=IRNGOV"]),
    ("وقال شهباز شريف بن محمد رئيس الوزراء إن الحكومة ستتحرك", D,
     ["شهباز شريف بن محمد رئيس الوزراء=PAKGOV", "الحكومة=GOV"]),
    # … another office, or another country's, is someone else (the verb's object)
    ("استقبل ترامب وزير الخارجية السعودي", "2018-03-20", ["ترامب=USAGOV", "وزير الخارجية السعودي=SAUGOV"]),
    ("التقى حسين أمير عبد اللهيان وزير الخارجية التركي", D,
     ["حسين أمير عبد اللهيان=IRNGOV", "وزير الخارجية التركي=TURGOV"]),
    # --- a portfolio between the office and its country's adjective ---------------------
    ("وحث وزير الطاقة الباكستاني على ترشيد الاستهلاك", D, ["وزير الطاقة الباكستاني=PAKGOV"]),
    ("ودعا وزير التجارة الخارجية التركي إلى خفض الرسوم", D, ["وزير التجارة الخارجية التركي=TURGOV"]),
    ("ناشد وزير التجارة التركي ترامب العودة إلى المفاوضات", "2018-06-01",
     ["وزير التجارة التركي=TURGOV", "ترامب=USAGOV"]),  # another country's leader: the object
    ("قال وزير إن الحكومة الإيرانية ستتحرك", D, ["وزير=GOV", "الحكومة الإيرانية=IRNGOV"]),
    # --- possessive pronouns -------------------------------------------------------------
    ("وقالت روسيا إن قواتها تتقدم", D, ["روسيا=RUS", "قواتها=RUSMIL"]),
    # … wherever it is (not Israel's embassy, Afghanistan's forces)
    ("وقالت الولايات المتحدة إن سفارتها في إسرائيل ستنتقل إلى القدس", D,
     ["الولايات المتحدة=USA", "سفارتها=USAGOV", "إسرائيل=ISR"]),
    ("وقال الجيش الباكستاني إن قواته في أفغانستان تقدمت", D, ["الجيش الباكستاني=PAKMIL", "قواته=PAKMIL", "أفغانستان=AFG"]),
    ("اتفقت مصر والسودان على نشر قواتهما على الحدود", D, ["مصر=EGY", "السودان=SDN", "قواتهما=EGYMIL+SDNMIL"]),
    ("وقال الرئيس التركي إن حكومته لن تتراجع", D, ["الرئيس التركي=TURGOV", "حكومته=TURGOV"]),
    ("وقالت حركة طالبان الباكستانية إن قواتها هاجمت نقطة أمنية", D,
     ["حركة طالبان الباكستانية=TTP", "قواتها=TTP"]),  # a non-state group's forces are the group
    ("وقالت حركة حماس إن أنصارها تظاهروا في غزة", D, ["حركة حماس=HAMAS", "أنصارها=PSECVL"]),  # not its people
    ("التقى مسؤولون من مصر وقطر لبحث تعزيز حكومتيهما التعاون", D,
     ["مسؤولون=GOV", "مصر=EGY", "قطر=QAT"]),
    # --- ethnic and religious communities: a code of their own, no country ---------------
    ("وتظاهر آلاف الأكراد في المدينة", D, ["الأكراد=KUR"]),
    ("وقتل مسلحون ثلاثة مسيحيين", D, ["مسلحون=UAF", "مسيحيين=CHR"]),
    ("وهاجمت القوات الكردية مواقع المسلحين", D, ["القوات الكردية=KURMIL", "المسلحين=UAF"]),
    ("وقالت القوات الكردية السورية إنها صدت الهجوم", D, ["القوات الكردية السورية=SYRKURMIL"]),
    ("وقال مسؤول سوري كردي إن الوضع هادئ", D, ["مسؤول سوري كردي=SYRKURGOV"]),
    ("هل يدعم النظام السوري الأكراد", D, ["النظام السوري=SYRGOV", "الأكراد=KUR"]),  # a noun after
    ("وأطلق مسلحون شيعة النار على المتظاهرين", D, ["مسلحون شيعة=SHIUAF", "المتظاهرين=CVL"]),
    ("وقال حزب الله الشيعي إن قواته صدت الهجوم", D, ["حزب الله الشيعي=HEZBOLLAH", "قواته=HEZBOLLAH"]),
    ("وسيطرت القوات التركية على عفرين ذات الغالبية الكردية", D, ["القوات التركية=TURMIL"]),
    ("واتهمت الأمم المتحدة الجيش بقتل الروهينغا والمسلمين", D,
     ["الأمم المتحدة=UN", "الجيش=MIL", "الروهينغا=ROH", "المسلمين=MOS"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_resolution(summarize: Callable[..., list[str]], text: str, published: str,
                    expected: list[str]) -> None:
    assert summarize(text, published) == expected


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 100


def test_honorifics_join_the_title_or_name_after_them() -> None:
    """صاحب السمو الملكي الأمير …، ومعالي وزير الخارجية: the honorific opens the mention (after
    a conjunction), and the actor's span is the mention's."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), "استقبل صاحب السمو الملكي الأمير محمد بن سلمان ومعالي وزير الخارجية.",
                    "2016-05-01")
    texts = [m.text for m in doc.mentions if m.actor is not None]
    assert "صاحب السمو الملكي الأمير محمد بن سلمان" in texts, texts
    assert "معالي وزير الخارجية" in texts, texts
    for m in doc.mentions:
        if m.actor is not None and m.actor.start == m.start:
            assert doc.text[m.start : m.end] == m.text


def test_a_name_inside_a_longer_name_is_a_patronymic() -> None:
    """حمد بن علي العطية is not Ben Ali: a lexicon name starting with بن inside a person's name
    that the NER found is someone's father's name."""
    from dataclasses import replace

    from marsad.actors import ActorStage
    from marsad.model import DocMeta, Document, Mention
    from marsad.text import analyze_text

    text = "والتقى الوزير اللواء حمد بن علي العطية بنظيره."
    start = text.index("حمد")
    end = text.index("العطية") + len("العطية")
    doc = analyze_text(Document.from_text(text, meta=DocMeta()))
    doc = replace(doc, mentions=(Mention(text=text[start:end], start=start, end=end, label="PERS", origin="ner",
                                         actor=None, score=0.9),))
    out = ActorStage()(doc)
    assert not [m for m in out.mentions if m.actor is not None and m.actor.country == "TUN"], out.mentions
    # without the longer name, the lexicon name stands
    plain = ActorStage()(analyze_text(Document.from_text("وفر الرئيس بن علي إلى السعودية.", meta=DocMeta())))
    assert [m for m in plain.mentions if m.actor is not None and m.actor.country == "TUN"], plain.mentions


def test_an_honorific_after_a_preposition_starts_after_it() -> None:
    """يلتقي بفخامة الرئيس: the mention starts at the honorific, after the preposition."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), "ويلتقي الأمير بفخامة الرئيس المصري عبدالفتاح السيسي.", "2015-07-30")
    texts = [m.text for m in doc.mentions if m.actor is not None]
    assert any(t.startswith("فخامة الرئيس") for t in texts), texts


def test_an_indefinite_nisba_after_an_indefinite_noun_is_its_adjective() -> None:
    """دعما دبلوماسيا: diplomatic support, no diplomat; مسؤولا دبلوماسيا keeps its actors."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), "وقدمت روسيا للنظام دعما دبلوماسيا واقتصاديا.")
    assert not [m for m in doc.mentions if m.actor is not None and m.text == "دبلوماسيا"], doc.mentions
    doc = run_stage(ActorStage(), "والتقى الوزير جنديا عراقيا.")
    assert [m for m in doc.mentions if m.actor is not None and m.actor.country == "IRQ"], doc.mentions


def test_a_national_security_council_is_no_un_body() -> None:
    """مجلس الأمن الوطني/القومي is a state's council; مجلس الأمن alone is the UN's."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), "وترأست رئيسة الوزراء اجتماعا لمجلس الأمن الوطني. ودعا مجلس الأمن إلى التهدئة.")
    groups = [m.actor.group for m in doc.mentions if m.actor is not None]
    assert groups.count("UNSC") == 1, groups
    doc = run_stage(ActorStage(), "وقال مجلس الأمن القومي الأمريكي إن الرئيس سيزور المنطقة.")
    assert [m for m in doc.mentions if m.actor is not None and m.actor.code == "USAGOV"], doc.mentions


def test_a_surname_that_is_a_verb_before_a_title() -> None:
    """وترأس رئيسة الوزراء الاجتماع: ترأس "chaired" (written تراس once normalised) is no Truss."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), "وترأس رئيس الوزراء الاجتماع الطارئ.", "2022-10-01")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.name == "Liz Truss"], doc.mentions


def test_a_spokesperson_speaks_for_the_actor_named_after_it() -> None:
    """اتهم المتحدث باسم وزارة الدفاع الروسية لندن: the mention opens at المتحدث and is the
    ministry, so it is the subject right after the verb."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), "واتهم المتحدث باسم وزارة الدفاع الروسية لندن بممارسة ضغوط.")
    m = next(m for m in doc.mentions if m.actor is not None and m.actor.country == "RUS")
    assert m.text.startswith("المتحدث باسم"), m
    doc = run_stage(ActorStage(), "وقال الناطق الرسمي باسم الحكومة العراقية إن الوزير سيزور طهران.")
    m = next(m for m in doc.mentions if m.actor is not None and m.actor.country == "IRQ")
    assert m.text.startswith("الناطق الرسمي باسم"), m


def test_how_is_not_kyiv() -> None:
    """كيف ("how") is no spelling of Kyiv (كييف) in the actor lexicon."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), "لكن كيف اختطفوا منا؟ وقالت كييف إنها ترفض ذلك.")
    ukr = [m.text for m in doc.mentions if m.actor is not None and m.actor.country == "UKR"]
    assert ukr == ["كييف"], ukr


def test_god_is_no_actor(fixture_stage: object) -> None:
    """The NER may tag الله as a person (النصر من عند الله): it is no actor of political events."""
    from dataclasses import replace

    from marsad.actors import ActorStage
    from marsad.model import Document, Mention
    from marsad.text import analyze_text

    assert isinstance(fixture_stage, ActorStage)
    text = "وأكد أن النصر من عند الله وحده."
    doc = analyze_text(Document.from_text(text))
    start = text.index("الله")
    doc = replace(doc, mentions=(Mention("الله", start, start + 4, "PERS", "ner"),))
    out = fixture_stage(doc)
    assert not [m for m in out.mentions if m.actor is not None]


def _actors(text: str, published: str = D) -> list[tuple[str, str | None, str]]:
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), text, published)
    return [(m.text, m.actor.code, m.actor.kind) for m in doc.mentions if m.actor is not None]


def test_his_country_is_the_country_of_the_official_before_it() -> None:
    """بلاده، بلادها، بلدهم: the country of the last person or office named before it in its
    sentence, as its government; with no one of a country before it in the sentence, no actor."""
    got = _actors("وقال نائب رئيس الوزراء التركي إن بلاده ترفض الخطة.")
    assert ("بلاده", "TURGOV", "pronoun") in got, got
    got = _actors("وأكدت الوزيرة الألمانية أن بلادها ستدعم أوكرانيا.")
    assert ("بلادها", "DEUGOV", "pronoun") in got, got
    # not a country or an adjective before it (المسألة السورية), nor someone of an earlier sentence
    got = _actors("وبحث الاجتماع المسألة السورية، مشيرة إلى أن بلادها تدعو إلى الحوار.")
    assert not [g for g in got if g[0] == "بلادها"], got
    got = _actors("وقال وزير الخارجية التركي ذلك أمس. وعاد المواطن إلى بلاده.")
    assert not [g for g in got if g[0] == "بلاده"], got
    # the noun alone is no actor (في البلاد: in the country)
    assert not [g for g in _actors("وقال الرئيس المصري إن الأمن مستتب في البلاد.") if g[0] == "البلاد"]


def test_deputy_prime_minister_before_a_country() -> None:
    """نائب رئيس وزراء المجر: a deputy prime minister of Hungary (not a vice president beside
    Hungary's ministers)."""
    assert ("نائب رئيس وزراء المجر", "HUNGOV", "sector") in _actors("كما تستقبل مصر نائب رئيس وزراء المجر.")
    assert ("نائب رئيس الوزراء التركي", "TURGOV", "sector") in _actors("وقال نائب رئيس الوزراء التركي ذلك.")


def test_ban_ki_moon_as_gulf_papers_spell_him() -> None:
    got = _actors("وأشاد الأمين العام للأمم المتحدة بان جي مون بالخطة.", "2015-08-06")
    assert any(text.endswith("جي مون") and code == "UN" for text, code, _ in got), got


def test_an_abbreviated_title_between_an_office_and_a_name() -> None:
    """وزير الصحة د. محمد علي: the doctor's title stands between the office and its holder."""
    got = _actors("وقال وزير الخارجية السعودي د. عادل الجبير إن المملكة ترفض ذلك.", "2016-05-01")
    assert ("وزير الخارجية السعودي د. عادل الجبير", "SAUGOV", "person") in got, got


def test_the_crown_prince_of_abu_dhabi_before_he_was_president() -> None:
    got = _actors("وأكد الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي دعم بلاده للمملكة.", "2015-08-03")
    assert any("محمد بن زايد" in text and code == "AREGOV" for text, code, _ in got), got


def test_a_name_does_not_end_before_a_joining_hyphen() -> None:
    """موقع بانغي-ري (North Korea's test site, Punggye-ri) is not Bangui, the capital of the CAR."""
    got = _actors("وأعلنت بيونغيانغ أنها ستدمر موقع بانغي-ري للتجارب النووية.")
    assert not [g for g in got if g[1] and g[1].startswith("CAF")], got
    assert ("بيونغيانغ", "PRKGOV", "capital") in got, got


def test_a_name_at_the_very_end_of_a_text() -> None:
    """A name that is the last token of a text (no full stop after it) is matched."""
    assert ("بيونغيانغ", "PRKGOV", "capital") in _actors("وأعلنت بيونغيانغ"), _actors("وأعلنت بيونغيانغ")


def test_a_saudi_princes_chain_of_titles_in_2015() -> None:
    """الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع:
    one person, past his grandfather's name in two words, through titles with and without the
    article; ولي ولي العهد السعودي is the deputy crown prince of the day."""
    got = _actors("استقبل الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
                  "وزير الدفاع السعودي السفير الأمريكي.", "2015-08-11")
    assert [code for _, code, _ in got] == ["SAUGOV", "USAGOV"], got
    got = _actors("ولي ولي العهد السعودي يلتقي وزير الخارجية القطري", "2015-08-11")
    assert got[0][1] == "SAUGOV" and got[0][2] == "person", got


def test_names_that_start_with_a_verb_like_word() -> None:
    """بارك أوباما (Barack Obama, not "blessed Obama"); طيران تحالف إعادة الأمل (the aircraft of the
    Saudi-led coalition of Operation Restoring Hope)."""
    got = _actors("وقالت إدارة الرئيس بارك أوباما ذلك. وشن طيران تحالف إعادة الأمل غارات.", "2015-08-02")
    assert any(text.endswith("بارك أوباما") and code == "USAGOV" for text, code, _ in got), got
    assert any(text.endswith("تحالف إعادة الأمل") and code == "ARAB_COALITION" for text, code, _ in got), got


def test_an_indefinite_or_defined_plural_is_no_anaphor() -> None:
    """دولتين خليجيتين "two Gulf states", عدة بلدان, بلدان المنطقة and الدول التي تطلب name countries
    of their own, not the pair or set named before; البلدان after two countries is that pair."""
    from marsad.events.pipeline import code_pipeline
    from marsad.model import Document

    pipe = code_pipeline()
    lead = "زار الرئيس الروسي الصين والهند. "
    for text in ("وقال إن المهاجمين جندوا على أيدي دولتين خليجيتين.", "وطردت عدة بلدان دبلوماسيين روس.",
                 "وتتعاون بلدان المنطقة في الأمن.", "وستمول المؤسسة المشاريع في الدول التي تطلب هذه الأموال."):
        doc = pipe(Document.from_text(lead + text))
        members = [a.code for m in doc.mentions if m.start >= len(lead) and m.actor is not None
                   for a in getattr(m.actor, "members", ())]
        assert not members, (text, members)
    doc = pipe(Document.from_text(lead + "ووقع البلدان اتفاقا."))
    members = [a.code for m in doc.mentions if m.start >= len(lead) and m.actor is not None
               for a in getattr(m.actor, "members", ())]
    assert sorted(members) == ["CHN", "IND"], members


def test_marines_are_military() -> None:
    """مشاة البحرية (the marines) is one military actor with its nationality, not soldiers and a navy."""
    got = _actors("قتل أربعة من جنود مشاة البحرية الأمريكية.")
    assert got == [("جنود مشاة البحرية الأمريكية", "USAMIL", "sector")], got


def test_a_name_whose_first_word_is_quoted() -> None:
    """«طالبان» باكستان: the Pakistani Taliban (TTP), the quotation closing inside the name; a quoted
    name alone stays itself («طالبان» إنها)."""
    got = _actors("«طالبان» باكستان تنفي وفاة مؤسس شبكة «حقاني»", "2015-08-01")
    assert [c for _, c, _ in got] == ["TTP", "HAQQANI"], got
    got = _actors("وقالت «طالبان» إنها هاجمت القاعدة", "2015-08-01")
    assert [c for _, c, _ in got] == ["TALIBAN", "AQ"], got


def test_a_plural_with_a_number_is_no_anaphor() -> None:
    """128 من الدول الـ193 الأعضاء: the member states counted, not the countries named before."""
    from marsad.events.pipeline import code_pipeline
    from marsad.model import Document

    lead = "انتقدت بريطانيا وفرنسا القرار. "
    doc = code_pipeline()(Document.from_text(lead + "وتنصلت منه 128 من الدول الـ193 الأعضاء بالأمم المتحدة."))
    members = [a.code for m in doc.mentions if m.start >= len(lead) and m.actor is not None
               for a in getattr(m.actor, "members", ())]
    assert not members, members


def test_a_member_of_an_organisations_body_is_the_organisation() -> None:
    """عضو المكتب السياسي لحركة حماس، عضو اللجنة التنفيذية لمنظمة التحرير: one mention, the
    organisation, opening at the member's title."""
    got = _actors("وقال عضو المكتب السياسي لحركة حماس إن الحركة ملتزمة بالتهدئة.", "2018-05-20")
    assert got[0] == ("عضو المكتب السياسي لحركة حماس", "HAMAS", "org"), got
    got = _actors("واستنكرت عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية القرار.", "2018-05-20")
    assert got[0][1] == "PLO" and got[0][0].startswith("عضو اللجنة التنفيذية"), got


def test_a_nationality_of_make_is_no_actor() -> None:
    """بطارية دفاع جوي روسية الصنع، صواريخ أمريكية المنشأ: where it was made, no Russian or American
    actor (صواريخ إسرائيلية still names Israel)."""
    got = _actors("ودمر الصاروخ بطارية دفاع جوي روسية الصنع في سوريا.")
    assert not [g for g in got if g[1] and g[1].startswith("RUS")], got
    got = _actors("وأطلق المسلحون صواريخ أمريكية المنشأ على القاعدة.")
    assert not [g for g in got if g[1] and g[1].startswith("USA")], got
    got = _actors("واستهدفت صواريخ إسرائيلية مواقع عسكرية.")
    assert [g for g in got if g[1] == "ISR"], got


def test_the_nisba_of_a_kunya_is_part_of_the_name() -> None:
    """أبو خالد السوري: a nom de guerre, no Syrian state actor."""
    got = _actors("وتم اختيار محسن الفضلي بدلا من أبو خالد السوري الذي اغتاله تنظيم داعش.")
    assert not [g for g in got if g[1] and g[1].startswith("SYR")], got


def test_the_outskirts_of_a_base_are_no_al_qaeda() -> None:
    """على مشارف القاعدة: a military base (مسلحو القاعدة stay al-Qaeda)."""
    got = _actors("وصلت القوات إلى منطقة سيلة المخراج على مشارف القاعدة من جهة الغرب.")
    assert not [g for g in got if g[1] == "AQ"], got
    assert ("مسلحو القاعدة", "AQ", "org") in _actors("وهاجم مسلحو القاعدة قاعدة عسكرية.")


def test_burmese_and_nasrallah_written_as_one_word() -> None:
    """قائد الجيش البورمي → MMR MIL; نصرالله (one word) is Hezbollah's leader."""
    got = _actors("دعت منظمة العفو الدولية إلى محاكمة قائد الجيش البورمي.", "2018-06-27")
    assert [g for g in got if g[1] == "MMRMIL"], got
    got = _actors("وتابع نصرالله أن الحزب لن يتراجع.", "2018-06-27")
    assert ("نصرالله", "HEZBOLLAH", "person") in got, got


def test_a_consul_speaks_for_his_state() -> None:
    """القنصل الأمريكي في أربيل → USA GOV."""
    got = _actors("وقال القنصل الأمريكي في أربيل إن بلاده تدعم الإقليم.", "2015-08-07")
    assert ("القنصل الأمريكي", "USAGOV", "sector") in got, got


def test_an_accusative_soldier_with_his_nationality() -> None:
    """إن عسكريا تركيا قتل: a Turkish soldier (TUR MIL), not Turkey; تدخلت روسيا عسكريا stays
    'militarily'."""
    assert ("عسكريا تركيا", "TURMIL", "sector") in _actors("إن عسكريا تركيا قتل قرب كيليس.", "2015-07-24")
    got = _actors("وتدخلت روسيا عسكريا في سوريا.", "2015-07-24")
    assert not [g for g in got if g[1] and g[1].endswith("MIL")], got


def test_civilians_named_by_occupation_or_condition() -> None:
    """Drivers, fishermen, worshippers, pilgrims, passengers, lawyers, foreigners and staff
    (العاملين) are civilians; nurses and paramedics health workers, merchants business."""
    got = _actors("اعتقلت الشرطة الإسرائيلية ثلاثة صيادين فلسطينيين.")
    assert ("صيادين فلسطينيين", "PSECVL", "sector") in got, got
    got = _actors("قتل مسلحون سائقا وثلاثة من الركاب واستهدفوا المصلين والحجاج.")
    assert [g[0] for g in got if g[1] == "CVL"] == ["سائقا", "الركاب", "المصلين", "الحجاج"], got
    got = _actors("وتظاهر المحامون وخطف مسلحون عددا من العاملين الأجانب.")
    assert [g[0] for g in got if g[1] == "CVL"] == ["المحامون", "العاملين", "الأجانب"], got
    got = _actors("ونقل ممرضون ومسعفون الجرحى وأضرب التجار.")
    assert [g[1] for g in got] == ["HLH", "HLH", "BUS"], got
    # the singulars that are also names, honorifics or adjectives are not listed
    assert not _actors("وقال الحاج محمد إن التدخل الأجنبي مرفوض.")


def test_a_construct_plural_with_its_pronoun_governs_no_country() -> None:
    """اتهم محاموها فرنسا: "her lawyers" (the word ends with its pronoun) accuse France; the
    country after it is no genitive (محامو فرنسا "France's lawyers")."""
    got = _actors("فيما اتهم محاموها فرنسا بالسعي لمنع عودتها.")
    assert ("محاموها", "CVL", "sector") in got and ("فرنسا", "FRA", "country") in got, got
    got = _actors("وقال موظفوها إن فرنسا رفضت الطلب.")
    assert ("موظفوها", "CVL", "sector") in got, got
    assert ("مقاتلو حزب الله", "HEZBOLLAH", "org") in _actors("وهاجم مقاتلو حزب الله موقعا.")


@pytest.mark.parametrize(("text", "span", "code"), [
    ("قتل مسلحون عشرة من صيادي السمك النيجيريين.", "صيادي السمك النيجيريين", "NGACVL"),
    ("وأضرب سائقو الشاحنات المصريون.", "سائقو الشاحنات المصريون", "EGYCVL"),
    # a feminine singular adjective after the thing is the thing's own (Iranian trucks)
    ("وهاجم سائقو الشاحنات الإيرانية المحتجين.", "سائقو", "CVL"),
])
def test_a_human_plural_adjective_after_a_genitive_thing_is_the_peoples(text: str, span: str, code: str) -> None:
    """صيادي السمك النيجيريين: Nigerian fishermen (the adjective agrees with the people, not
    with السمك)."""
    got = _actors(text)
    assert (span, code, "sector") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    # the noun of the organisation's name, alone and definite, resumes it
    ("شنت حركة طالبان هجوما على قاعدة عسكرية. وقالت الحركة إنها قتلت جنودا.", ("الحركة", "TALIBAN")),
    ("أعلن تنظيم داعش مسؤوليته عن التفجير. وهدد التنظيم بشن هجمات جديدة.", ("التنظيم", "ISIS")),
    # a lexicon name is تنظيم الدولة; its fighters are the group
    ("أعلن داعش مسؤوليته عن التفجير. وهدد مقاتلو التنظيم بشن هجمات.", ("مقاتلو التنظيم", "ISIS")),
    ("قدمت الكويت مشروع قرار إلى مجلس الأمن الدولي. واجتمع المجلس أمس.", ("المجلس", "UNSC")),
    ("قال حزب الله إنه لن يتراجع. وأكد الحزب أن المقاومة مستمرة.", ("الحزب", "HEZBOLLAH")),  # not sec.party
    ("أعلن داعش مسؤوليته عن التفجير. وتقاتل القوات التنظيم المتطرف في دير الزور.", ("التنظيم", "ISIS")),  # an epithet
    ("وهاجمت جماعة الحوثي السفن. وأعلنت الجماعة الأحد أنها ستواصل.", ("الجماعة", "HOUTHIS")),  # a weekday
])
def test_a_definite_noun_resumes_the_organisation_named_with_it(text: str, expected: tuple[str, str]) -> None:
    got = _actors(text, "2018-06-01")
    assert (*expected, "org") in got, got


@pytest.mark.parametrize("text", [
    # another body named by the noun in between: the council of scholars, not the Security Council
    "اجتمع مجلس الأمن الدولي أمس. ودعا مجلس العلماء الأفغان إلى السلام. وتلا عضو في المجلس بيانا.",
    # a definite word after it names another movement
    "شنت حركة حماس هجوما. وقالت الحركة الإسلامية في إسرائيل إنها ترفض العنف.",
    # no organisation named with the noun before it
    "وقال الحزب إنه سيشارك في الانتخابات.",
    "واجتمع وزير الخارجية مع نظيره. وقال المجلس إنه سيصوت غدا.",
])
def test_no_organisation_for_a_noun_without_its_antecedent(text: str) -> None:
    got = _actors(text, "2018-06-01")
    assert not [g for g in got if g[2] == "org" and text.find(g[0]) > text.find(".")], got


def test_an_organisation_named_too_long_ago_is_not_resumed() -> None:
    """Seven sentences after the Taliban were last named, الحركة is no longer resolved; a chain of
    anaphors keeps it alive."""
    filler = "وقال مسؤول إن الوضع هادئ. " * 7
    got = _actors("شنت حركة طالبان هجوما. " + filler + "وقالت الحركة إنها مستعدة.", "2018-06-01")
    assert not [g for g in got if g[0] == "الحركة"], got
    chain = "شنت حركة طالبان هجوما. " + "وقالت الحركة إن الوضع هادئ. " * 7 + "وأكدت الحركة أنها مستعدة."
    got = _actors(chain, "2018-06-01")
    assert len([g for g in got if g[0] == "الحركة" and g[1] == "TALIBAN"]) == 8, got


def test_a_participle_after_a_definite_noun_describes_it() -> None:
    """اليمين المتطرف "the far right", الخطاب المتشدد, الكفاح المسلح: no militants; المتطرف as
    the object of a verb is one."""
    for text in ("ولم تعلق زعيمة اليمين المتطرف علنا.", "وانتقد الخطاب المتشدد.", "ودعا إلى الكفاح المسلح."):
        assert not [g for g in _actors(text) if g[1] == "UAF"], text
    assert ("المتطرف", "UAF", "sector") in _actors("واعتقلت الشرطة المتطرف.")


def test_a_claim_a_spy_and_a_groups_kind_before_its_name() -> None:
    """ادعاء الفتاة "the girl's claim" is no prosecution (الادعاء is); a spy is SPY; the noun of
    an organisation's kind before its quoted name opens its mention (جماعة "حزب الله")."""
    assert not [g for g in _actors("ودعا إلى احترام ادعاء الفتاة بأنها كانت تدافع عن نفسها.") if g[1] == "JUD"]
    assert ("الادعاء", "JUD", "sector") in _actors("وقال الادعاء إن المتهم اعترف.")
    assert ("جاسوسا إسرائيليا", "ISRSPY", "sector") in _actors("واعتقلت السلطات جاسوسا إسرائيليا.")
    got = _actors('فرضت السعودية عقوبات ضد جماعة "حزب الله" اللبنانية.')
    assert ('جماعة "حزب الله" اللبنانية', "HEZBOLLAH", "org") in got, got  # (with its own nisba)


def test_a_surname_alone_before_its_owners_first_office_is_someone_else() -> None:
    """إسبر in 2018 (Mark Esper's office began in 2019) is another Asbar, no American; in 2020 it
    is him, and so is the surname after his full name in the same sentence."""
    assert not _actors("يذكر أن إسبر قد اغتيل السبت الماضي في منطقة مصياف.", "2018-08-06")
    assert ("إسبر", "USAGOV", "person") in _actors("وقال إسبر إن القوات الأمريكية ستبقى.", "2020-01-06")
    got = _actors("وانتقد نتانياهو بشدة النائب يائير لابيد، موضحا أن لابيد تعهد بإسقاطه.", "2018-03-01")
    assert ("لابيد", "ISR", "person") in got, got


def test_members_of_a_body_written_without_hamza() -> None:
    """افراد الشرطة (written without its hamza, as often online) are the police, as أفراد الشرطة."""
    assert ("افراد الشرطة", "COP", "sector") in _actors("وتبادل إطلاق النار مع أربعة من افراد الشرطة.")
    assert ("أفراد الشرطة", "COP", "sector") in _actors("وتبادل إطلاق النار مع أربعة من أفراد الشرطة.")


def test_the_driver_of_a_vehicle_is_no_commander() -> None:
    """قائد سيارة الأجرة: the taxi driver, no military commander; قائد اللواء stays one."""
    assert not [g for g in _actors("عندما يحييك قائد سيارة الأجرة في المدينة.") if g[1] == "MIL"]
    assert ("قائد اللواء", "MIL", "sector") in _actors("وقتل قائد اللواء الثالث في المعارك.")


@pytest.mark.parametrize(("text", "span", "code"), [
    ("خرج سكان أحياء وسط الخرطوم في مظاهرة.", "سكان أحياء وسط الخرطوم", "SDNCVL"),
    ("وقال أهالي مدينة القاهرة إن الأسعار ارتفعت.", "أهالي مدينة القاهرة", "EGYCVL"),
    ("واعتقلت شرطة محافظة دمشق ثلاثة أشخاص.", "شرطة محافظة دمشق", "SYRCOP"),
    # the article, a clitic or a third noun between ends the chain
    ("وانتشرت الشرطة وسط القاهرة.", "الشرطة", "COP"),
    ("وقال سكان بمدينة القاهرة إن الأسعار ارتفعت.", "سكان", "CVL"),
    ("وقال سكان أحياء مدينة وسط القاهرة إن الأسعار ارتفعت.", "سكان", "CVL"),
])
def test_people_of_a_part_of_a_country_are_its_people(text: str, span: str, code: str) -> None:
    """سكان أحياء وسط الخرطوم: one or two bare nouns of a part of a country (حي، مدينة، وسط،
    محافظة …) between a sector noun and its country or capital give the people that country."""
    got = _actors(text)
    assert (span, code, "sector") in got, got


@pytest.mark.parametrize(("text", "span", "code"), [
    ("واتهمت أنقرة حركة فتح الله غولن بتدبير محاولة الانقلاب.", "حركة فتح الله غولن", "GULEN"),
    ("وتطالب تركيا بتسليم الداعية فتح الله غولن.", "فتح الله غولن", "GULEN"),
    ("وقالت حركة فتح إنها ترفض الخطة.", "حركة فتح", "FATAH"),
])
def test_the_gulen_movement_is_no_fatah(text: str, span: str, code: str) -> None:
    """حركة فتح الله غولن is the Gülen movement, not حركة فتح (Fatah) followed by other words;
    Fethullah Gülen himself leads it (until his death on 2024-10-20)."""
    got = _actors(text, "2018-08-10")
    assert any(g[0] == span and g[1] == code for g in got), got


@pytest.mark.parametrize(("text", "city", "kind"), [
    ("وجابت المظاهرات شوارع العاصمة لندن احتجاجا على الزيارة.", "لندن", "place"),
    ("وتجمع المحتجون وسط العاصمة بغداد.", "بغداد", "place"),
    ("وزار الرئيس العاصمة الروسية موسكو.", "موسكو", "capital"),
])
def test_a_capital_titled_after_a_part_of_a_place_is_the_city(text: str, city: str, kind: str) -> None:
    """شوارع العاصمة لندن: a capital after the word for capital in the genitive of a part of a
    place (streets, districts, squares) is the city, not its government; after a verb it is
    still the one visited."""
    got = _actors(text)
    assert [g for g in got if g[0] == city] and all(g[2] == kind for g in got if g[0] == city), got


def test_a_surname_after_a_first_name_and_a_venue_names_the_venue() -> None:
    """مطار حميد كرزاي: a known surname matched alone after a first name the lexicon does not
    list, after a venue noun, names the airport, not Hamid Karzai."""
    got = _actors("قتلى في تفجير انتحاري يستهدف مطار حميد كرزاي الدولي في كابل.", "2010-05-01")
    assert not [g for g in got if g[1] == "AFGGOV"], got
    got = _actors("وقال الرئيس الأفغاني حامد كرزاي إن الهجوم فشل.", "2010-05-01")
    assert [g for g in got if g[1] == "AFGGOV"], got


@pytest.mark.parametrize("text", [
    'وزار الرئيس مسجد "الإمام علي" في النجف.',
    'وزار الوزير مدرسة "الملك عبدالله" في جدة.',
    'وافتتح الأمير قصر "الملك عبدالعزيز" التاريخي.',
])
def test_a_quoted_name_after_a_venue_names_the_venue(text: str) -> None:
    """مسجد "الإمام علي"، قصر "الملك عبدالعزيز": a person's name or title in quotation marks after a
    venue or a palace is the place's, as it is unquoted in the construct state (مستشفى الملك فهد);
    no one is visited. An organisation's stays its owner (مستشفى "حزب الله")."""
    got = _actors(text, "2010-01-01")
    assert not [g for g in got if g[0] in ("الإمام", "الملك عبدالله", "الملك")], got
    assert [g[1] for g in _actors('واستهدفت غارة مستشفى "حزب الله" في الضاحية.')] == ["HEZBOLLAH"]


@pytest.mark.parametrize(("text", "kept"), [
    ("88 طالباً وطالبة من «سفراء الحزم» يزورون الرياض.", []),
    ('وشارك أعضاء في "سفراء السلام" في الحفل.', []),
    ("وهاجم الزعيم «القوات المعادية» في خطابه.", ["القوات"]),
])
def test_a_quoted_name_opened_by_a_sector_noun_is_no_actor(text: str, kept: list[str]) -> None:
    """«سفراء الحزم»: a sector noun with no article opening a quoted name that goes on past it is a
    programme's name; a definite one («القوات المعادية») is a quoted phrase about the forces."""
    got = [g[0] for g in _actors(text) if g[2] == "sector"]
    assert [g for g in got if g not in ("الزعيم", "أعضاء")] == kept, got


def test_whose_birthplace_is_no_actor() -> None:
    """مسقط رأس أردوغان: the person after "birthplace" is whose it is, as مسقط there is no Muscat;
    no one is visited."""
    got = _actors("وزار الوفد الأميركي مدينة ريزه مسقط رأس أردوغان على البحر الأسود.", "2018-07-01")
    assert [g[0] for g in got] == ["الوفد الأميركي"], got


def test_terrorist_after_a_group_is_its_adjective() -> None:
    """تنظيم داعش الإرهابي: the singular الإرهابي right after a group's name describes it, no second
    actor; alone it is one (قتل الإرهابي)."""
    got = _actors("ومقتل العشرات من عناصر تنظيم داعش الإرهابي. وقتل الإرهابي في المواجهة.")
    assert [g[0] for g in got] == ["تنظيم داعش", "الإرهابي"] and got[1][1] == "UAF", got


def test_the_egyptian_lands_are_egypt() -> None:
    """مفتي الديار المصرية: "the Egyptian lands", the traditional name in the Grand Mufti's title, is
    Egypt; the title composes with it, no actor of the adjective alone."""
    got = _actors("انتقد مفتي الديار المصرية د. شوقي علام الحادث.")
    assert got and got[0][1] == "EGYREL" and not [g for g in got if g[0] == "المصرية"], got


def test_a_sound_plural_with_its_nun_governs_no_genitive() -> None:
    """اتهم ناشطون السلطات التركية: a sound plural keeps its ن only outside the construct state, so
    the definite noun after it is no genitive (ناشطو السلطات would be); the Americas (قمة
    الأميركيتين) are two continents, not an American adjective, unless a dual noun stands before."""
    got = _actors("في حين اتهم ناشطون السلطات التركية بمنع الوصول إلى المواقع.")
    assert ("السلطات التركية", "TURGOV", "sector") in got, got
    got = _actors("وأكد الرئيس الفنزويلي أنه سيشارك في قمة الأميركيتين في البيرو.")
    assert not [g for g in got if g[1] == "USA"], got
    got = _actors("وقالت السفارتان الأمريكيتان إن الأمن مشدد.")
    assert [g for g in got if g[1] == "USA"], got


def test_the_head_of_a_party_is_of_the_party() -> None:
    """رئيس حزب الوفد، زعيم حزب المحافظين: an office of state's title in a party (or another body
    of neither a state nor states) is that body, no president or government of its country; a
    government of a party stays the state's, and supporters stay its people."""
    got = _actors("وقال رئيس حزب الوفد إن الانتخابات نزيهة.")
    assert ("رئيس حزب الوفد", "WAFD", "org") in got, got
    got = _actors("وقالت حكومة حزب العدالة والتنمية التركي إن الانتخابات نزيهة.")
    assert ("حكومة حزب العدالة والتنمية التركي", "TURGOV", "sector") in got, got
    got = _actors("وتظاهر أنصار حزب الوفد أمام المحكمة.")
    assert ("أنصار حزب الوفد", "EGYCVL", "sector") in got, got
    got = _actors("وهاجم كمال قليجدار أوغلو زعيم حزب الشعب الجمهوري الحكومة.", "2018-04-05")
    assert not [g for g in got if g[1] == "TURGOV"], got


def test_muscat_before_ras_is_a_birthplace() -> None:
    """مسقط رأس والده "his father's birthplace": no Muscat; مسقط alone is Oman's capital."""
    assert not [g for g in _actors("وهذه الزيارة هي الأولى لأوباما إلى مسقط رأس والده.") if g[1] and "OMN" in g[1]]
    assert [g for g in _actors("ووصل الوزير إلى مسقط أمس.") if g[1] and "OMN" in g[1]]


def test_a_permanent_representative_is_his_country_s() -> None:
    """مندوب الكويت الدائم لدى الأمم المتحدة، المندوبة الأمريكية: a delegate or permanent
    representative is his country's, like an envoy; alone he names no actor."""
    got = _actors("ووصف مندوب الكويت الدائم لدى الأمم المتحدة إطلاق الصواريخ بالتصعيد.")
    assert ("مندوب الكويت", "KWTGOV", "sector") in got, got
    assert not [g for g in _actors("وقال المندوب إن الاجتماع انتهى.") if g[0] == "المندوب"]


def test_officials_from_a_country_are_its_officials() -> None:
    """مسؤولون من كوريا الجنوبية، وفد من إريتريا: officials and delegations "from" a country are
    its government's; soldiers from a country may be another's (سحبت واشنطن جنودا من سوريا)."""
    got = _actors("وذكرت الوكالة أن مسؤولين من كوريا الجنوبية طلبوا إبعاد المدفعية.")
    assert ("مسؤولين", "KORGOV", "sector") in got, got
    got = _actors("وقال المتحدث إن وفدا من إريتريا سيصل إلى أديس أبابا.")
    assert [g for g in got if g[1] == "ERIGOV"], got
    got = _actors("وسحبت واشنطن جنودا من سوريا.")
    assert not [g for g in got if g[1] == "SYRMIL"], got
    got = _actors("وأعلن الرئيس الأمريكي رغبته في سحب قوات بلاده من سوريا.")
    assert not [g for g in got if g[1] == "SYRGOV"], got  # his own country's


def test_a_party_with_almuarid_is_the_opposition() -> None:
    """الحزب الإيراني المعارض: المعارض after a party and its nisba makes it that country's
    opposition, one actor."""
    got = _actors("واتهم ممثل الحزب الإيراني المعارض جهاز المخابرات الإيراني.")
    assert ("الحزب الإيراني المعارض", "IRNOPP", "sector") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("ويؤيد الحزب المعارض حل الدولتين.", [("الحزب المعارض", "OPP", "sector")]),
    ("وقال حزب معارض إن الانتخابات مزورة.", [("حزب معارض", "OPP", "sector")]),
    ("وقال زعيم الحزب المعارض إن الانتخابات مزورة.", [("زعيم الحزب المعارض", "OPP", "sector")]),
    ("واتهم زعيم حزب معارض مؤيد للأكراد أردوغان بالكذب.",
     [("زعيم حزب معارض", "OPP", "sector"), ("أكراد", "KUR", "adjective"), ("أردوغان", "TURGOV", "person")]),
    ("واتهم زعيم حزب العمال المعارض الحكومة بالتواطؤ.",
     [("زعيم حزب العمال المعارض", "OPP", "sector"), ("الحكومة", "GOV", "sector")]),
])
def test_the_leader_of_a_party_in_opposition_is_the_opposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    """الحزب المعارض، حزب معارض، زعيم حزب العمال المعارض: a party that المعارض describes (with the
    article or, both bare, without; past the one or two words of its name) is the opposition, and
    so is the title that leads it, one actor; مؤيد للأكراد after it is its
    description ("pro-Kurdish"), no supporter of its own. Before, the party was no actor, its leader
    the government, and the name after him the object."""
    assert _actors(text, "2018-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتعهد بالانتقام من تنظيم "داعش" المتطرف الذي اعتدى على الإيزيديين.', ('تنظيم "داعش" المتطرف', "ISIS", "org")),
    ("هاجم تنظيم «داعش» الإرهابي مواقع الجيش.", ("تنظيم «داعش» الإرهابي", "ISIS", "org")),
    ("قتل تنظيم داعش المتشدد تسعة من رجال الشرطة.", ("تنظيم داعش المتشدد", "ISIS", "org")),
])
def test_the_epithet_of_an_armed_group_describes_it(text: str, expected: tuple[str, str, str]) -> None:
    """تنظيم "داعش" المتطرف، تنظيم داعش الإرهابي: a singular definite epithet of militants or
    terrorists right after a known armed group's name (past its closing quotation mark) describes
    the group, no militant of its own, which a relative clause after it took as its antecedent and a
    verb as its object; a plural after it stays an actor (قاتل حزب الله المسلحين)."""
    got = _actors(text, "2018-06-01")
    assert expected in got and not [g for g in got if g[1] == "UAF"], got
    assert ("المسلحين", "UAF", "sector") in _actors("قاتل حزب الله المسلحين.", "2018-06-01")


@pytest.mark.parametrize(("text", "expected"), [
    ("قال مصدر مسؤول في وزارة الخارجية السعودية إن المملكة ترفض القانون.",
     [("مسؤول في وزارة الخارجية السعودية", "SAUGOV", "sector")]),
    ("قال مسؤول بوزارة الدفاع الأمريكية إن القوات ستنسحب.",
     [("مسؤول بوزارة الدفاع الأمريكية", "USAMIL", "sector"), ("القوات", "MIL", "sector")]),
    ("وقال مسؤول في الشرطة إن ثلاثة قتلوا.", [("مسؤول في الشرطة", "COP", "sector")]),
    ("واتهم مسؤولون بحزب الاتحاد الاجتماعي المسيحي ميركل بالتعنت.",
     [("مسؤولون بحزب الاتحاد الاجتماعي المسيحي", "DEUPTY", "sector"), ("ميركل", "DEUGOV", "person")]),
])
def test_an_official_in_a_body_is_that_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    """مسؤول في وزارة الخارجية السعودية، مسؤول بوزارة الدفاع الأمريكية: an official of no country with a
    body right after في or بـ is that body's man, one mention with its codes; before, he was GOV of
    no country and the body another actor."""
    assert _actors(text, "2018-07-01") == expected


def test_an_official_in_a_country_is_no_body() -> None:
    """مسؤول في مصر: a place after في is where the official is; he stays an official (of that
    country, as the actor stage reads a place after him), and the country a place."""
    got = _actors("قال مسؤول في مصر إن القوات ستنسحب.", "2018-07-01")
    assert got[0][0] == "مسؤول", got


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت طائرات التحالف الذي تقوده السعودية مواقع الحوثيين.", ("طائرات التحالف الذي تقوده السعودية", "ARAB_COALITION")),
    ("اتهم الحشد الشعبي التحالف الدولي الذي تقوده الولايات المتحدة بشن غارة.",
     ("التحالف الدولي الذي تقوده الولايات المتحدة", "ANTI_ISIS_COALITION")),
    ("وقال التحالف بقيادة الولايات المتحدة إنه نفذ ضربة جوية.", ("التحالف بقيادة الولايات المتحدة", "ANTI_ISIS_COALITION")),
])
def test_the_coalition_a_state_leads_is_that_coalition(text: str, expected: tuple[str, str]) -> None:
    """التحالف الذي تقوده السعودية، التحالف بقيادة الولايات المتحدة: the coalition named by the state
    that leads it is that coalition (of its day), one actor; before, the state alone was an actor
    (strikes of the Saudi-led coalition were Saudi Arabia's; the US-led coalition's, the US's)."""
    got = [(t, c) for t, c, _ in _actors(text, "2018-06-01")]
    assert expected in got, got


def test_moldova_as_the_news_spells_it() -> None:
    """مولودوفا, a news spelling of Moldova beside CLDR's مولدوفا (scripts/data/country_variants.tsv)."""
    got = _actors("ورحلت مولودوفا سبعة مدرسين أتراك.", "2018-09-07")
    assert ("مولودوفا", "MDA", "country") in got, got


def test_a_name_after_quasi_is_a_common_noun() -> None:
    """شبه الجزيرة "peninsula" (لشبه الجزيرة الكورية): الجزيرة after شبه is no Al Jazeera; the channel
    named as such stays one, and a title after the verb شبّه "likened" stays its subject."""
    assert not [g for g in _actors("واشنطن جلبت التهديد بالحرب إلى شبه الجزيرة الكورية.", "2018-03-01")
                if g[1] == "ALJAZEERA"]
    assert ("قناة الجزيرة", "ALJAZEERA", "org") in _actors("وقالت قناة الجزيرة إن الجيش انسحب.", "2018-03-01")
    got = _actors("شبه المرشد الإيراني، علي خامنئي، أمريكا بالقط.", "2018-03-01")
    assert got and got[0][1] == "IRNGOV", got


def test_a_man_of_the_government_leads_no_opposition_party() -> None:
    """اتهم رئيس حزب الشعب الجمهوري المعارض أردوغان: the head of an opposition party is not the
    known man after him whose only offices are in government; that man is another actor (the
    object), whereas the party's own leader's name is the title's."""
    got = _actors("اتهم رئيس حزب الشعب الجمهوري المعارض أردوغان بالكذب.", "2018-06-01")
    assert got == [("رئيس حزب الشعب الجمهوري المعارض", "CHP", "org"), ("أردوغان", "TURGOV", "person")], got
    got = _actors("قال رئيس حزب الشعب الجمهوري كمال كليتشدار أوغلو إن الحكومة فشلت.", "2018-06-01")
    assert ("رئيس حزب الشعب الجمهوري كمال كليتشدار أوغلو", "CHP", "person") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المقاتلون السوريون المعارضون إنهم سيسلمون السلاح.", [("المقاتلون السوريون المعارضون", "SYRREB", "sector")]),
    ("وقتل مقاتلون معارضون في القصف.", [("مقاتلون معارضون", "REB", "sector")]),
    ("وفرقت الشرطة المتظاهرين المعارضين بالقوة.", [("المتظاهرين المعارضين", "OPP", "sector")]),
    ("وهاجم المسلحون المعارضين في القرية.", [("المسلحون", "UAF", "sector"), ("المعارضين", "OPP", "sector")]),
])
def test_fighters_with_an_agreeing_almuaridun_are_rebels(text: str, expected: list[tuple[str, str, str]]) -> None:
    """المقاتلون المعارضون: an opposition participle that repeats a plural's ending and article
    agrees with it, one actor (rebels when armed, the opposition otherwise); with another case it
    is the object (هاجم المسلحون المعارضين)."""
    got = _actors(text)
    assert all(e in got for e in expected), got


def test_an_indefinite_nisba_is_no_adjective_of_a_definite_noun() -> None:
    """اعتقلت الشرطة إيرانيين: an indefinite nisba after a definite noun does not agree with it;
    it is the object, not the police's country (الشرطة الإيرانية, قوات إيرانية stay one actor)."""
    got = _actors("واعتقلت الشرطة إيرانيين في المطار.")
    assert ("الشرطة", "COP", "sector") in got and ("إيرانيين", "IRN", "adjective") in got, got
    assert ("قوات إيرانية", "IRNMIL", "sector") in _actors("وقصفت قوات إيرانية القرية.")


def test_alqaida_alone_is_the_base_a_document_names() -> None:
    """قاعدة العند … قصفوا القاعدة: in a document that names a military base and never al-Qaeda,
    القاعدة alone is that base; once al-Qaeda is named (عناصر القاعدة), it stays al-Qaeda."""
    text = "وسيطرت المقاومة على محيط قاعدة العند الجوية. وقال المتحدث إن المقاتلين قصفوا القاعدة بالصواريخ."
    assert not [g for g in _actors(text) if g[1] == "AQ"]
    text = "وقتل عناصر القاعدة قرب قاعدة العند. وقصفت الطائرات الأمريكية القاعدة."
    assert len([g for g in _actors(text) if g[1] == "AQ"]) == 2
    assert [g for g in _actors("وقصفت الطائرات الأمريكية القاعدة في اليمن.") if g[1] == "AQ"]


def test_a_dean_is_no_brigadier() -> None:
    """عميد كلية الطب، عميد شؤون الطلاب: a dean, no officer; العميد alone stays an officer."""
    assert not [g for g in _actors("وقال عميد كلية الطب في جامعة الملك سعود إن") if g[0].startswith("عميد")]
    assert not [g for g in _actors("ودعا عميد شؤون الطلاب بالجامعة المواطنين.") if g[0].startswith("عميد")]
    assert [g for g in _actors("وقال عميد في الجيش السوري إن") if g[2] == "sector" and g[1].endswith("MIL")]


def test_places_named_after_rulers_and_birthplaces_are_no_actors() -> None:
    """مدينة الملك عبد العزيز للعلوم، لمسقط الرأس: a place named after a king and a birthplace
    (with the article too) are no king and no Muscat; a maid is a worker of her country."""
    got = _actors("كما وقعت مدينة الملك عبد العزيز للعلوم والتقنية مذكرة تفاهم مع الشركة السعودية للكهرباء.")
    assert not [g for g in got if g[1] is not None and g[1].endswith("GOV")], got
    assert not [g for g in _actors("وهمهم تقديم الدعم لمسقط الرأس ولأهله.") if g[1] == "OMNGOV"]
    assert not [g for g in _actors("ووقع التفجير في مسجد الإمام الصادق بالكويت.") if g[1] == "REL"]
    assert ("خادمة إثيوبية", "ETHLAB", "sector") in _actors("وقبضت الشرطة على خادمة إثيوبية هاربة.")


def test_the_resistance_is_an_actor_only_with_its_country() -> None:
    """المقاومة اليمنية → YEMUAF; المقاومة الشعبية alone names no side; حركة المقاومة الإسلامية stays
    Hamas."""
    assert ("المقاومة اليمنية", "YEMUAF", "sector") in _actors("وألقت المقاومة اليمنية القبض على عناصر من الحوثيين.")
    assert not [g for g in _actors("وسيطرت المقاومة الشعبية على المدينة.") if g[0].startswith("المقاومة")]
    assert [g for g in _actors("وقالت حركة المقاومة الإسلامية إن") if g[1] == "HAMAS"]
    # "the Iranian Resistance" is the opposition coalition's own name (NCRI), no armed group
    assert [g for g in _actors("وقالت المقاومة الإيرانية إن النظام يعدم المعارضين.") if g[1] == "NCRI"]


def test_senators_and_legislators_from_a_country_are_its_own() -> None:
    """سيناتور، سيناتورا: legislators; with من and one country, that country's (نواب من الولايات
    المتحدة → USALEG), like officials."""
    got = _actors("ويتوقع أن يصل إلى إسرائيل نحو 20 سيناتورا من الولايات المتحدة.")
    assert ("سيناتورا", "USALEG", "sector") in got, got
    assert ("نواب", "USALEG", "sector") in _actors("وقال نواب من الولايات المتحدة إن الاتفاق سيئ.")


def test_christian_clergy_are_religious() -> None:
    """القس، القسيس، الراهب، المطران: clergy (REL), with their nationality (القس الأمريكي → USAREL)."""
    got = _actors("وأفرجت تركيا عن القس الأمريكي أندرو برانسون.")
    assert [g for g in got if g[1] == "USAREL"], got
    assert ("الراهب", "REL", "sector") in _actors("واعتقلت الشرطة الراهب أمس.")


def test_a_woman_citizen_with_her_nationality() -> None:
    """مواطنة أسترالية: a woman citizen of a country is its civilian; المواطنة alone is mostly
    "citizenship", no actor."""
    got = _actors("وتم طرد مواطنة أسترالية من الإمارات.")
    assert ("مواطنة أسترالية", "AUSCVL", "sector") in got, got
    assert not [g for g in _actors("ودعا إلى احترام حقوق المواطنة.") if g[0] == "المواطنة"]


def test_officials_from_an_organisation_are_its_own() -> None:
    """مسؤولون من الأمم المتحدة: officials or a delegation from an organisation are its own (not
    from a news agency: مسؤول من وكالة رويترز stays an official)."""
    got = _actors("وقال مسؤولون من الأمم المتحدة إن المساعدات وصلت.")
    assert ("مسؤولون", "UN", "sector") in got, got


def test_a_title_in_the_feminine_is_held_by_a_woman() -> None:
    """وزيرة الخارجية الأمريكية: a title written in the feminine resolves to the woman who held the
    office on the document date, and to no man in office then (the office alone, its country's
    government); the masculine title still names whoever held it. People carry the gender the
    lexicon gives them."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    def holders(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
        doc = run_stage(ActorStage(), text, published)
        return [(m.actor.name, m.actor.code, m.actor.gender) for m in doc.mentions if m.actor is not None]

    assert holders("وقالت وزيرة الخارجية الأمريكية إن المحادثات مستمرة.", "2016-03-01") \
        == [("United States foreign minister", "USAGOV", None)]
    assert holders("وقالت وزيرة الخارجية الأمريكية إن المحادثات مستمرة.", "2010-03-01") \
        == [("Hillary Clinton", "USAGOV", "f")]
    assert holders("وقال وزير الخارجية الأمريكي إن المحادثات مستمرة.", "2016-03-01") \
        == [("John Kerry", "USAGOV", "m")]
    assert holders("وقالت المستشارة الألمانية إن المحادثات مستمرة.", "2016-03-01") \
        == [("Angela Merkel", "DEUGOV", "f")]
    # only a title written with ة is feminine (أنصاره، نظيره "his" are not)
    from marsad.actors.stage import default_index

    titles = default_index().feminine_titles
    assert {"وزيره", "رييسه", "مستشاره"} <= titles and "انصاره" not in titles


def test_a_named_group_before_an_adjective_of_its_country_owns_the_head() -> None:
    """ميليشيات حزب الله اللبنانية: a named organisation in the construct state before a nisba of
    its own country owns the noun before it (Hezbollah's militias, not Lebanon's); a nisba of another
    country keeps the country (ميليشيات حزب الله العراقية: Iraqi militias)."""
    assert ("ميليشيات حزب الله اللبنانية", "HEZBOLLAH", "org") in _actors("وقصفت ميليشيات حزب الله اللبنانية المدينة.")
    assert ("مقاتلو حركة حماس الفلسطينية", "HAMAS", "org") in _actors("وأطلق مقاتلو حركة حماس الفلسطينية صواريخ.")
    assert ("ميليشيات حزب الله العراقية", "IRQUAF", "sector") in _actors("وقصفت ميليشيات حزب الله العراقية المدينة.")


def test_two_titles_of_one_person_are_one_mention() -> None:
    """ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان: a bare title right before another title and
    a name is the same person's when the lexicon gives that person a term in its role; otherwise
    (ولي العهد وزير الخارجية الأمريكي جون كيري) they are two people."""
    got = _actors("وتأتي الزيارة بعد زيارة ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان إلى موسكو.", "2015-08-08")
    assert ("ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان", "SAUGOV", "person") in got, got
    got = _actors("استقبل ولي العهد وزير الخارجية الأمريكي جون كيري.", "2015-08-08")
    assert ("وزير الخارجية الأمريكي جون كيري", "USAGOV", "person") in got, got
    assert [g for g in got if g[0] == "ولي العهد"], got


@pytest.mark.parametrize(("text", "expected"), [
    ("ورفضت مسؤولة بارزة في كوريا الشمالية التصريحات.", "PRKGOV"),
    ("وقال ضابط كبير في الجيش الإسرائيلي إن القصف استهدف القاعدة.", "ISRMIL"),
    ("وقال مسؤول رفيع المستوى في الحرس الثوري إن بلاده سترد.", "IRNGOV"),
])
def test_a_title_serves_in_the_body_after_its_rank(text: str, expected: str) -> None:
    """مسؤولة بارزة في كوريا الشمالية، ضابط كبير في الجيش الإسرائيلي: an adjective of rank between
    the title and في does not cut the title from the state or body it serves in."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), text)
    first = next(m for m in doc.mentions if m.actor is not None)
    assert first.actor is not None and first.actor.code == expected, doc.mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("وتعهد الزعيم الجديد لحركة طالبان بالمضي قدما.", ["TALIBAN"]),
    ("وقال قائد لتنظيم داعش إن", ["ISIS"]),
    ("وقال الأمين العام لحزب الاتحاد الديمقراطي الكردي السوري إن", ["PYD"]),
])
def test_an_office_of_an_organisation_after_its_tenure_and_with_its_adjectives(text: str, expected: list[str]) -> None:
    """الزعيم الجديد لحركة طالبان، قائد لتنظيم داعش: a leader's or commander's office owned by
    the organisation after it with لـ, past "new" or "former"; the organisation's own nisba adjectives
    after it stay in the span (no Syria of its own in الكردي السوري)."""
    from actors_helpers import run_stage

    from marsad.actors import ActorStage

    doc = run_stage(ActorStage(), text)
    assert [m.actor.code for m in doc.mentions if m.actor is not None] == expected, doc.mentions


def test_a_surname_the_ner_reads_as_an_organisation_is_the_person_named_before() -> None:
    """ماي after تيريزا ماي is Theresa May even where the NER alone took the word for an
    organisation (in a long article it does: no actor before)."""
    from marsad.actors.compose import Phrase, Piece
    from marsad.actors.surnames import SurnameMemory
    from marsad.text.tokenize import tokenize

    text = "رئيسة الوزراء تيريزا ماي . وقالت ماي إن حماس"
    toks = tokenize(text)
    may = [i for i, t in enumerate(toks) if t.text == "ماي"]
    full = Piece(may[0] - 1, may[0], toks[may[0] - 1].start, toks[may[0]].end, "person", name="Theresa May")
    memory = SurnameMemory()
    memory.remember(Phrase(head=full), [], toks, text)
    k = may[1]
    ner_org = Piece(k, k, toks[k].start, toks[k].end, "org", origin="ner", label="ORG")
    got = memory.apply([ner_org], toks, k, k + 1)
    assert [(p.kind, p.name, p.origin) for p in got] == [("person", "Theresa May", "coref")], got


LATTER_CASES = [
    # (text, the mention of "the latter" expected: (text, code, kind), or None for none)
    ("التقى الرئيس الروسي فلاديمير بوتين بنظيره التركي رجب طيب أردوغان، وانتقد الأخير الولايات المتحدة.",
     ("الأخير", "TURGOV", "person")),
    ("تلقى الرئيس الأميركي دونالد ترامب رسالة من الزعيم الكوري الشمالي كيم جونغ أون، يطلب فيها الأخير تحديد موعد.",
     ("الأخير", "PRKGOV", "person")),
    ("وتصاعد التوتر بين بغداد وأنقرة، بعد أن قالت الأخيرة إنها تسعى إلى عملية عسكرية.",
     ("الأخيرة", "TURGOV", "capital")),
    ("واتخذت السعودية إجراءات ضد كندا.\nوجاء ذلك بعد انتقاد الأخيرة لاعتقال ناشطين.", ("الأخيرة", "CAN", "country")),
    # the adjective "last": after a noun, a name, a word of time or قبل
    ("وأشاد خطاب ترامب الأخير بالسعودية.", None),
    ("وقال الرئيس الفرنسي في زيارته الأخيرة إن السنوات العشر الأخيرة شهدت تقاربا.", None),
    ("وقال الرئيس الفرنسي إن القمة قبل الأخيرة كانت الأهم.", None),
    # a definite noun that is no actor between: it may be the latter
    ("وأتى لقاء بين العاهل السعودي والكاردينال الفرنسي غداة زيارة قام بها الأخير إلى المركز.", None),
    # الأخير resumes no woman, الأخيرة no man
    ("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن الأخير لم يتصل.", None),
]


@pytest.mark.parametrize(("text", "expected"), LATTER_CASES)
def test_the_latter_is_the_actor_named_last_before_it(text: str, expected: tuple[str, str, str] | None) -> None:
    """الأخير، الأخيرة: the actor named last before it that agrees with it, in its sentence or the
    one before; never the adjective "last"."""
    got = [g for g in _actors(text, "2018-08-07") if g[0] in ("الأخير", "الأخيرة")]
    assert got == ([expected] if expected else []), got


def test_the_drivers_of_vehicles_are_no_commanders() -> None:
    """قائدي السيارات: drivers, no military commanders (as قائد سيارة الأجرة)."""
    assert not [g for g in _actors("ودعت وزارة الداخلية المصرية قائدي السيارات إلى توخي الحذر.") if g[1] and "MIL" in g[1]]


def test_human_rights_watch_spelled_with_alif() -> None:
    """هيومان رايتس ووتش, as news often spells it, is Human Rights Watch (no actor before)."""
    assert ("منظمة هيومان رايتس ووتش", "HRW", "org") in _actors("ونددت منظمة هيومان رايتس ووتش باعتقال الناشطين.")


def test_a_deposed_president_and_a_former_ones_supporters() -> None:
    """الرئيس اليمني المخلوع علي عبد الله صالح: deposed, no government (YEMGOV before); أنصار الرئيس
    السابق محمد مرسي: his supporters are civilians, as a sitting president's are (EGY before)."""
    assert ("الرئيس اليمني المخلوع علي عبد الله صالح", "YEM", "person") in _actors(
        "والتقى الرئيس اليمني المخلوع علي عبد الله صالح وفدا.", "2015-08-11")
    assert ("أنصار الرئيس السابق محمد مرسي", "EGYCVL", "person") in _actors(
        "وفضت الشرطة اعتصام أنصار الرئيس السابق محمد مرسي.", "2015-08-11")


def test_newspapers_are_media_and_no_title_of_a_name() -> None:
    """الصحف، صحف "newspapers" are the media (الصحف البريطانية: GBRMED, GBR alone before); صحف
    إسرائيلية before a known man's name is several outlets, no title of his, so he stays an actor
    of his own (before, صحف إسرائيلية نتنياهو was one mention, Netanyahu)."""
    assert ("الصحف البريطانية", "GBRMED", "sector") in _actors("وقالت الصحف البريطانية إن الحكومة أخطأت.")
    got = _actors("وانتقدت صحف إسرائيلية نتنياهو بشدة.", "2018-06-01")
    assert ("صحف إسرائيلية", "ISRMED", "sector") in got and ("نتنياهو", "ISRGOV", "person") in got, got


def test_zionist_names_israel() -> None:
    """صهيوني "Zionist" names Israel in much Arab news, as CAMEO's dictionaries code ZIONIST: الكيان
    الصهيوني (no actor before), جنود الاحتلال الصهيوني (Israel's forces), المستوطنين الصهاينة."""
    assert ("الصهيوني", "ISR", "adjective") in _actors("وقال إن هجوم الكيان الصهيوني على سوريا لن يمر بلا رد.")
    assert [g for g in _actors("وأطلق جنود الاحتلال الصهيوني النار على المتظاهرين.") if g[1] == "ISRMIL"]
    assert [g for g in _actors("واقتحم المستوطنون الصهاينة المسجد.") if g[1] and g[1].startswith("ISR")]


def test_those_responsible_for_a_wrong_are_no_officials() -> None:
    """المسؤولين عن الهجوم، عن هذه الجريمة: the perpetrators, no officials (GOV before); المسؤولين عن
    الملف, in charge of a file, stay officials."""
    assert not [g for g in _actors("وطالبت الحكومة بمحاسبة المسؤولين عن الهجوم.") if g[0] == "المسؤولين"]
    assert not [g for g in _actors("وتعهد الرئيس بملاحقة المسؤولين عن هذه الجريمة.") if g[0] == "المسؤولين"]
    assert ("المسؤولين", "GOV", "sector") in _actors("والتقى الوزير المسؤولين عن الملف.")


def test_his_party_is_the_party_named_before_it() -> None:
    """حزبه after a party named in its sentence is that party (عضو الهيئة السياسية لحركة نداء تونس …
    أن حزبه: Nidaa Tounes, not a Tunisian party); with none named, his country's party."""
    got = _actors("أفاد عضو الهيئة السياسية لحركة نداء تونس نزار عياد أن حزبه يستنكر حشر الحركة في جبهة.", "2017-03-01")
    assert ("حزبه", "NIDAA_TOUNES", "org") in got, got
    assert ("حزبه", "TURPTY", "sector") in _actors("وقال الرئيس التركي إن حزبه سيفوز.", "2018-03-01")


def test_diplomatic_after_a_noun_of_act_is_no_diplomat() -> None:
    """بحرج دبلوماسي، تصعيد دبلوماسي، نجاح دبلوماسي: "diplomatic", no diplomat (GOV before);
    مصدر دبلوماسي and قال دبلوماسي غربي stay diplomats, and so do دبلوماسيين after a preposition."""
    for text in ("وقع الرئيس روحاني بحرج دبلوماسي.", "وفي تصعيد دبلوماسي جديد طردت الحكومة السفير.",
                 "عاد من دون إحراز أي نجاح دبلوماسي."):
        assert not [g for g in _actors(text, "2018-06-01") if g[0] == "دبلوماسي"], text
    assert ("دبلوماسي", "GOV", "sector") in _actors("وقال مصدر دبلوماسي إن المحادثات فشلت.")
    assert [g for g in _actors("وقامت بطرد دبلوماسيين روس.", "2018-03-30") if g[0].startswith("دبلوماسيين")]


@pytest.mark.parametrize(("text", "code"), [
    ("طالبت حركة مشروع تونس الحكومة بمصارحة الشعب.", "MACHROUU_TOUNES"),
    ("آفاق تونس يدعو إلى التصدي للمجموعات المارقة عن القانون.", "AFEK_TOUNES"),
    ("أصدر حزب حراك تونس الإرادة بيانا استنكر فيه حملة التشويه.", "HARAK_TOUNES"),
])
def test_tunisian_parties_named_after_the_country(text: str, code: str) -> None:
    """حركة مشروع تونس، آفاق تونس، حراك تونس الإرادة: parties whose names hold the country's, no
    mention of Tunisia (TUN before)."""
    got = _actors(text, "2017-03-01")
    assert [g for g in got if g[1] == code] and not [g for g in got if g[1] == "TUN"], got
