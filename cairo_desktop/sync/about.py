"""The readable ``About`` sheet, in the exporter's language: what this file is and what to do with it.

Whoever finds the file on a USB stick, with or without Cairo Desktop, should understand it.
"""

from __future__ import annotations

from cairo_desktop.sync.manifest import Manifest

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Cairo Desktop sync package",
        "what": "This workbook carries activities recorded under the Cairo Action Plan (Khartoum Process).",
        "office": "From office", "created": "Created (UTC)", "seq": "Package number", "mode": "Content",
        "activities": "Activities", "deleted": "Deleted activities", "revisions": "Versions carried",
        "fingerprint": "Sender's key fingerprint",
        "todo": "What to do: in Cairo Desktop choose Import (or run 'cairo-desktop import FILE'). Importing the "
                "same file twice changes nothing. Do not edit the hidden sheets.",
        "partner": "Without Cairo Desktop: you may add new activities as new rows of the 'Activities' sheet, "
                   "leaving 'Activity ID' and 'Version' empty, and send the file back; the receiver will be "
                   "told the file was changed by hand and will see every problem row by row.",
    },
    "fr": {
        "title": "Paquet de synchronisation Cairo Desktop",
        "what": "Ce classeur contient des activités enregistrées au titre du Plan d'action du Caire (Processus de Khartoum).",
        "office": "Bureau d'origine", "created": "Créé (UTC)", "seq": "Numéro du paquet", "mode": "Contenu",
        "activities": "Activités", "deleted": "Activités supprimées", "revisions": "Versions transportées",
        "fingerprint": "Empreinte de la clé de l'expéditeur",
        "todo": "Que faire : dans Cairo Desktop, choisissez Importer (ou 'cairo-desktop import FICHIER'). "
                "Importer deux fois le même fichier ne change rien. Ne modifiez pas les feuilles masquées.",
        "partner": "Sans Cairo Desktop : ajoutez de nouvelles activités en nouvelles lignes de la feuille "
                   "'Activities', en laissant 'Activity ID' et 'Version' vides, puis renvoyez le fichier.",
    },
    "ar": {
        "title": "حزمة مزامنة Cairo Desktop",
        "what": "يحتوي هذا المصنف على أنشطة مسجلة في إطار خطة عمل القاهرة (عملية الخرطوم).",
        "office": "من المكتب", "created": "تاريخ الإنشاء (UTC)", "seq": "رقم الحزمة", "mode": "المحتوى",
        "activities": "الأنشطة", "deleted": "الأنشطة المحذوفة", "revisions": "النسخ المنقولة",
        "fingerprint": "بصمة مفتاح المرسل",
        "todo": "ما العمل: في Cairo Desktop اختر استيراد (أو 'cairo-desktop import FILE'). استيراد الملف نفسه "
                "مرتين لا يغير شيئا. لا تعدل الأوراق المخفية.",
        "partner": "بدون Cairo Desktop: أضف أنشطة جديدة كصفوف جديدة في ورقة 'Activities' واترك 'Activity ID' "
                   "و'Version' فارغين، ثم أعد إرسال الملف.",
    },
}


def about_rows(manifest: Manifest, activities: int, deleted: int, revisions: int, fingerprint: str) -> list[list[str]]:
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
        [text["todo"]],
        [text["partner"]],
    ]
