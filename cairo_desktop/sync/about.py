"""The readable ``About`` sheet, in the exporter's language: what this file is and what to do with it.

Whoever finds the file on a USB stick, with or without Cairo Desktop, should understand it; a partner
without the app finds here, step by step, how to add activities by hand (the codes are in ``Codes``).
"""

from __future__ import annotations

from typing import Any

from cairo_desktop.sync.manifest import Manifest

TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Cairo Desktop sync package",
        "what": "This workbook carries activities recorded under the Cairo Action Plan (Khartoum Process).",
        "office": "From office", "created": "Created (UTC)", "seq": "Package number", "mode": "Content",
        "activities": "Activities", "deleted": "Deleted activities", "revisions": "Versions carried",
        "fingerprint": "Sender's key fingerprint",
        "todo": "What to do: in Cairo Desktop choose Import (or run 'cairo-desktop import FILE'). Importing the "
                "same file twice changes nothing. Do not edit the hidden sheets.",
        "partner": (
            "Without Cairo Desktop, you can add activities by hand and send the file back:",
            "1. In 'Activities', add one row per activity. Put a short reference of your own in 'Activity ID' (for "
            "example new-1) and leave 'Version' empty. Fill in at least 'Title', 'Action', 'Status' and 'Type', and "
            "write dates as YYYY-MM-DD.",
            "2. In 'People' and 'Organisations', add one row per count or organisation, with the same reference in "
            "'Activity ID' and 'Version' left empty.",
            "3. The 'Codes' sheet says which code goes in which column, and what each code means.",
            "4. You may correct exported rows, but keep their 'Activity ID' and 'Version'. Do not delete rows or "
            "change the hidden sheets.",
            "5. Save the file as .xlsx and send it back. The receiver will be told that it was filled in by hand and "
            "will see any problem row by row.",
        ),
    },
    "fr": {
        "title": "Paquet de synchronisation Cairo Desktop",
        "what": "Ce classeur contient des activités enregistrées au titre du Plan d'action du Caire (Processus de Khartoum).",
        "office": "Bureau d'origine", "created": "Créé (UTC)", "seq": "Numéro du paquet", "mode": "Contenu",
        "activities": "Activités", "deleted": "Activités supprimées", "revisions": "Versions transportées",
        "fingerprint": "Empreinte de la clé de l'expéditeur",
        "todo": "Que faire : dans Cairo Desktop, choisissez Importer (ou 'cairo-desktop import FICHIER'). "
                "Importer deux fois le même fichier ne change rien. Ne modifiez pas les feuilles masquées.",
        "partner": (
            "Sans Cairo Desktop, vous pouvez ajouter des activités à la main et renvoyer le fichier :",
            "1. Dans 'Activities', ajoutez une ligne par activité. Mettez une courte référence de votre choix dans "
            "'Activity ID' (par exemple new-1) et laissez 'Version' vide. Remplissez au moins 'Title', 'Action', "
            "'Status' et 'Type', et écrivez les dates sous la forme AAAA-MM-JJ.",
            "2. Dans 'People' et 'Organisations', ajoutez une ligne par effectif ou par organisation, avec la même "
            "référence dans 'Activity ID' et 'Version' vide.",
            "3. La feuille 'Codes' indique quel code va dans quelle colonne, et ce que signifie chaque code.",
            "4. Vous pouvez corriger les lignes exportées, mais gardez leurs 'Activity ID' et 'Version'. Ne supprimez "
            "pas de lignes et ne modifiez pas les feuilles masquées.",
            "5. Enregistrez le fichier au format .xlsx et renvoyez-le. Le destinataire saura qu’il a été rempli à la "
            "main et verra chaque problème ligne par ligne.",
        ),
    },
    "ar": {
        "title": "حزمة مزامنة Cairo Desktop",
        "what": "يحتوي هذا المصنف على أنشطة مسجلة في إطار خطة عمل القاهرة (عملية الخرطوم).",
        "office": "من المكتب", "created": "تاريخ الإنشاء (UTC)", "seq": "رقم الحزمة", "mode": "المحتوى",
        "activities": "الأنشطة", "deleted": "الأنشطة المحذوفة", "revisions": "النسخ المنقولة",
        "fingerprint": "بصمة مفتاح المرسل",
        "todo": "ما العمل: في Cairo Desktop اختر استيراد (أو 'cairo-desktop import FILE'). استيراد الملف نفسه "
                "مرتين لا يغير شيئا. لا تعدل الأوراق المخفية.",
        "partner": (
            "بدون Cairo Desktop يمكنك إضافة أنشطة يدويا ثم إعادة إرسال الملف:",
            "1. في ورقة 'Activities' أضف صفا لكل نشاط. ضع مرجعا قصيرا من اختيارك في 'Activity ID' (مثلا new-1) "
            "واترك 'Version' فارغا. املأ على الأقل 'Title' و'Action' و'Status' و'Type'، واكتب التواريخ بالشكل "
            "YYYY-MM-DD.",
            "2. في ورقتي 'People' و'Organisations' أضف صفا لكل عدد أو منظمة، مع المرجع نفسه في 'Activity ID' "
            "وترك 'Version' فارغا.",
            "3. تبين ورقة 'Codes' أي رمز يوضع في أي عمود وما معنى كل رمز.",
            "4. يمكنك تصحيح الصفوف المصدرة مع الإبقاء على 'Activity ID' و'Version' كما هما. لا تحذف صفوفا ولا "
            "تعدل الأوراق المخفية.",
            "5. احفظ الملف بصيغة .xlsx وأعد إرساله. سيعرف المستلم أنه مُلئ يدويا وسيرى كل مشكلة صفا صفا.",
        ),
    },
}


def about_rows(manifest: Manifest, activities: int, deleted: int, revisions: int, fingerprint: str) -> list[list[str]]:
    """The sheet's rows: labels in the first column; values and the instructions (long sentences, which
    the writer wraps) in the second."""
    text = TEXTS.get(manifest.language, TEXTS["en"])
    return [
        [text["title"]],
        [text["what"]],
        [],
        [text["office"], f"{manifest.office_name} ({manifest.office}, {manifest.role})"],
        [text["created"], manifest.created_at],
        [text["seq"], str(manifest.seq)],
        [text["mode"], manifest.mode],
        [text["activities"], str(activities)],
        [text["deleted"], str(deleted)],
        [text["revisions"], str(revisions)],
        [text["fingerprint"], fingerprint],
        [],
        ["", text["todo"]],
        [],
        *(["", line] for line in text["partner"]),
    ]
