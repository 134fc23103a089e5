"""A tiny CoNLL corpus (token TAG lines) that the NER training tests share."""

LINES = """زار O
الرئيس O
بوش B-PERS
مدينة O
بغداد B-LOC
. O

قالت O
الأمم B-ORG
المتحدة I-ORG
إن O
بوش B-PERS
في O
القاهرة B-LOC
""".splitlines()
