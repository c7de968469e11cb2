"""Words and places the demo generator draws from, in English, French, Arabic and Amharic."""

from __future__ import annotations

# (language, title template); {place} and {topic} are filled in.
TITLE_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("en", "Training on {topic} in {place}"),
    ("en", "Community dialogue on {topic}, {place}"),
    ("en", "Awareness campaign: {topic} ({place})"),
    ("fr", "Formation sur {topic} à {place}"),
    ("fr", "Atelier régional : {topic}, {place}"),
    ("ar", "ورشة عمل حول {topic} في {place}"),
    ("ar", "حملة توعية بشأن {topic} - {place}"),
    ("am", "በ{place} ስለ {topic} ስልጠና"),
)

TOPICS: dict[str, tuple[str, ...]] = {
    "en": ("safe migration", "victim identification", "labour mobility", "diaspora investment",
           "return and reintegration", "border management", "refugee protection", "anti-smuggling investigations"),
    "fr": ("la migration sûre", "l'identification des victimes", "la mobilité de la main-d'œuvre",
           "la réintégration durable", "la protection des réfugiés", "la lutte contre le trafic"),
    "ar": ("الهجرة الآمنة", "تحديد هوية الضحايا", "إعادة الإدماج", "حماية اللاجئين", "مكافحة الاتجار بالبشر"),
    "am": ("ደህንነቱ የተጠበቀ ፍልሰት", "የሰዎች ንግድ መከላከል", "መልሶ ማቋቋም"),
}

# Country code -> (places in English/French spelling, places in Arabic or Amharic script)
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ETH": (("Addis Ababa", "Dire Dawa", "Gondar", "Mekelle"), ("አዲስ አበባ", "ድሬ ዳዋ", "ጎንደር")),
    "SDN": (("Khartoum", "Kassala", "Port Sudan", "Gedaref"), ("الخرطوم", "كسلا", "بورتسودان")),
    "EGY": (("Cairo", "Alexandria", "Aswan"), ("القاهرة", "الإسكندرية", "أسوان")),
    "ERI": (("Asmara", "Massawa", "Keren"), ("أسمرة", "مصوع")),
    "DJI": (("Djibouti", "Obock", "Tadjourah"), ("جيبوتي", "أوبوك")),
    "KEN": (("Nairobi", "Mombasa", "Kakuma"), ()),
    "SOM": (("Mogadishu", "Hargeisa", "Bosaso"), ("مقديشو", "هرجيسا")),
    "SSD": (("Juba", "Malakal", "Wau"), ()),
    "UGA": (("Kampala", "Arua", "Gulu"), ()),
    "LBY": (("Tripoli", "Benghazi", "Sabha"), ("طرابلس", "بنغازي", "سبها")),
    "TUN": (("Tunis", "Sfax", "Médenine"), ("تونس", "صفاقس")),
    "ITA": (("Rome", "Lampedusa", "Catania"), ()),
    "FRA": (("Paris", "Marseille", "Lyon"), ()),
    "DEU": (("Berlin", "Hamburg"), ()),
    "NLD": (("The Hague", "Amsterdam"), ()),
    "SWE": (("Stockholm",), ()),
    "MLT": (("Valletta",), ()),
    "GRC": (("Athens", "Lesbos"), ()),
}

OFFICE_SEEDS: tuple[tuple[str, str, str], ...] = (
    ("ETH-ADD", "Addis Ababa field office", "ETH"),
    ("SDN-KRT", "Khartoum field office", "SDN"),
    ("EGY-CAI", "Cairo field office", "EGY"),
    ("KEN-NBO", "Nairobi field office", "KEN"),
    ("SOM-MGQ", "Mogadishu field office", "SOM"),
    ("SSD-JUB", "Juba field office", "SSD"),
    ("UGA-KLA", "Kampala field office", "UGA"),
    ("DJI-JIB", "Djibouti field office", "DJI"),
    ("ERI-ASM", "Asmara field office", "ERI"),
    ("LBY-TIP", "Tripoli field office", "LBY"),
    ("TUN-TUN", "Tunis field office", "TUN"),
    ("ITA-ROM", "Rome liaison office", "ITA"),
)

ORGANISATIONS: tuple[tuple[str, str], ...] = (
    ("IOM", "40"), ("UNHCR", "40"), ("UNODC", "40"), ("ICMPD", "40"), ("GIZ", "10"),
    ("Danish Refugee Council", "21"), ("Norwegian Refugee Council", "21"), ("Save the Children", "21"),
    ("Ministry of Labour", "10"), ("Ministry of Interior", "10"), ("Local Women's Association", "22"),
    ("University of Khartoum", "80"),
)
FUNDERS: tuple[str, ...] = ("European Union Trust Fund for Africa", "Government of Italy", "Government of the Netherlands",
                            "Government of Germany", "Government of France")
