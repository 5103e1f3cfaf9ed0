#!/usr/bin/env python3
"""Generate actors.csv for TreatyDesk.

Sources
-------
* Names of States (en/fr/es/ar) and ISO 3166-1 alpha-2/alpha-3 codes come from
  Debian's ``iso-codes`` package (``apt-get install -y iso-codes``):
    - /usr/share/iso-codes/json/iso_3166-1.json   (English ``name`` field, verbatim)
    - /usr/share/locale/{fr,es,ar}/LC_MESSAGES/iso_3166-1.mo  (gettext catalogs;
      the English ``name`` is the msgid). Missing translations fall back to English
      and are reported on stderr.
  Generated with iso-codes 4.15.0-1.
* UN membership (193 Member States) and UN regional groups are embedded below
  (lists of ISO alpha-3 codes), following the UN Department for General Assembly
  and Conference Management regional-group composition.
    - United States: not a member of any group; attends WEOG meetings as an
      observer and is counted there for electoral purposes -> WEOG.
    - Türkiye: participates in both Asia-Pacific and WEOG; counted in WEOG for
      electoral purposes -> WEOG.
    - Israel: WEOG (full member in New York).
    - Kiribati: Asia-Pacific (since 2010).
  The two non-member observer States (Holy See, State of Palestine) get an empty
  un_group (State of Palestine in practice participates in the Asia-Pacific Group).
* Organization names are written by hand below.

Usage: python3 gen_actors.py [output.csv]   (default: actors.csv next to this script)
"""
import csv
import gettext
import json
import os
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALEDIR = "/usr/share/locale"
LANGS = ("fr", "es", "ar")

AFRICAN = """
DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG CIV COD DJI EGY GNQ ERI SWZ ETH
GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA
STP SEN SYC SLE SOM ZAF SSD SDN TGO TUN UGA TZA ZMB ZWE
"""
ASIA_PACIFIC = """
AFG BHR BGD BTN BRN KHM CHN CYP PRK FJI IND IDN IRN IRQ JPN JOR KAZ KIR KWT KGZ
LAO LBN MYS MDV MHL FSM MNG MMR NRU NPL OMN PAK PLW PNG PHL QAT KOR WSM SAU SGP
SLB LKA SYR TJK THA TLS TON TKM TUV ARE UZB VUT VNM YEM
"""
EASTERN_EUROPEAN = """
ALB ARM AZE BLR BIH BGR HRV CZE EST GEO HUN LVA LTU MNE MKD POL MDA ROU RUS SRB
SVK SVN UKR
"""
GRULAC = """
ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND
JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN
"""
WEOG = """
AND AUS AUT BEL CAN DNK FIN FRA DEU GRC ISL IRL ISR ITA LIE LUX MLT MCO NLD NZL
NOR PRT SMR ESP SWE CHE TUR GBR USA
"""
GROUPS = [
    ("African", AFRICAN),
    ("Asia-Pacific", ASIA_PACIFIC),
    ("Eastern European", EASTERN_EUROPEAN),
    ("Latin American and Caribbean", GRULAC),
    ("Western European and Others", WEOG),
]
OBSERVERS = ["VAT", "PSE"]  # Holy See, State of Palestine
# States outside the UN that join treaties (the Cook Islands and Niue are CCM/APLC parties).
NON_MEMBERS = ["COK", "NIU"]

ORGANIZATIONS = [
    ("ICRC",
     "International Committee of the Red Cross",
     "Comité international de la Croix-Rouge",
     "Comité Internacional de la Cruz Roja",
     "اللجنة الدولية للصليب الأحمر"),
    ("UN",
     "United Nations",
     "Organisation des Nations Unies",
     "Naciones Unidas",
     "الأمم المتحدة"),
    ("CMC",
     "Cluster Munition Coalition",
     "Coalition contre les sous-munitions",
     "Coalición contra las Municiones en Racimo",
     "تحالف مكافحة الذخائر العنقودية"),
    ("GICHD",
     "Geneva International Centre for Humanitarian Demining",
     "Centre international de déminage humanitaire – Genève",
     "Centro Internacional de Desminado Humanitario de Ginebra",
     "مركز جنيف الدولي لإزالة الألغام للأغراض الإنسانية"),
    ("UNDP",
     "United Nations Development Programme",
     "Programme des Nations Unies pour le développement",
     "Programa de las Naciones Unidas para el Desarrollo",
     "برنامج الأمم المتحدة الإنمائي"),
    # The APLC's Coordinating Committee hears the ICBL (DOMAIN: comparable architectures).
    ("ICBL",
     "International Campaign to Ban Landmines",
     "Campagne internationale pour interdire les mines",
     "Campaña Internacional para la Prohibición de las Minas Terrestres",
     "الحملة الدولية لحظر الألغام الأرضية"),
]

HEADER = ["kind", "code", "iso2", "name_en", "name_fr", "name_es", "name_ar",
          "un_group", "un_status"]


# Names the iso-codes catalogs lack or leave in English, in UN usage (the short names of the
# UN terminology database, UNTERM, as the UN's official-language documents write them):
# - iso-codes 4.15 renamed Turkey to Türkiye and no catalog carries the new msgid yet; the UN
#   writes "Türkiye" in French and Spanish too since 2022, and تركيا in Arabic.
# - the French catalog leaves Nigeria in English: the UN's French is « Nigéria ».
# - the Spanish catalog leaves Algeria in English: the UN's Spanish is «Argelia».
OVERRIDES = {
    ("TUR", "ar"): "تركيا",
    ("TUR", "fr"): "Türkiye",
    ("TUR", "es"): "Türkiye",
    ("NGA", "fr"): "Nigéria",
    ("DZA", "es"): "Argelia",
    # The Spanish catalog's "Costa de Marfíl", "Burquina Faso" and "Comores, Islas" are not the
    # UN's Spanish; the French catalog writes "îles Cook" in lower case.
    ("CIV", "es"): "Côte d'Ivoire",
    ("BFA", "es"): "Burkina Faso",
    ("COM", "es"): "Comoras",
    ("COK", "fr"): "Îles Cook",
    # The catalogs' inverted index forms ("Corée, République de") in the UN's short names.
    ("BOL", "fr"): "Bolivie (État plurinational de)",
    ("FSM", "fr"): "Micronésie (États fédérés de)",
    ("IRN", "fr"): "Iran (République islamique d')",
    ("KOR", "fr"): "République de Corée",
    ("LAO", "fr"): "République démocratique populaire lao",
    ("MDA", "fr"): "République de Moldova",
    ("PRK", "fr"): "République populaire démocratique de Corée",
    ("PSE", "fr"): "État de Palestine",
    ("RUS", "fr"): "Fédération de Russie",
    ("SLB", "fr"): "Îles Salomon",
    ("SYR", "fr"): "République arabe syrienne",
    ("TZA", "fr"): "République-Unie de Tanzanie",
    ("VEN", "fr"): "Venezuela (République bolivarienne du)",
    ("BOL", "es"): "Bolivia (Estado Plurinacional de)",
    ("COD", "es"): "República Democrática del Congo",
    ("FSM", "es"): "Micronesia (Estados Federados de)",
    ("IRN", "es"): "Irán (República Islámica del)",
    ("KOR", "es"): "República de Corea",
    ("MDA", "es"): "República de Moldova",
    ("PRK", "es"): "República Popular Democrática de Corea",
    ("PSE", "es"): "Estado de Palestina",
    ("TZA", "es"): "República Unida de Tanzanía",
    ("VEN", "es"): "Venezuela (República Bolivariana de)",
    # English too: iso-codes' "Korea, Republic of" is the UN's "Republic of Korea".
    ("BOL", "en"): "Bolivia (Plurinational State of)",
    ("COD", "en"): "Democratic Republic of the Congo",
    ("FSM", "en"): "Micronesia (Federated States of)",
    ("IRN", "en"): "Iran (Islamic Republic of)",
    ("KOR", "en"): "Republic of Korea",
    ("MDA", "en"): "Republic of Moldova",
    ("PRK", "en"): "Democratic People's Republic of Korea",
    ("PSE", "en"): "State of Palestine",
    ("TZA", "en"): "United Republic of Tanzania",
    ("VEN", "en"): "Venezuela (Bolivarian Republic of)",
    # The Holy See as the UN names it (iso-codes: "Holy See (Vatican City State)"; its Arabic
    # catalog's « المقعد المقدّس » is not the UN's « الكرسي الرسولي »).
    ("VAT", "en"): "Holy See",
    ("VAT", "fr"): "Saint-Siège",
    ("VAT", "es"): "Santa Sede",
    ("VAT", "ar"): "الكرسي الرسولي",
}
# Every other name that is the same as the English one in French or Spanish was checked by hand
# against UN usage and is spelled the same in that language (Canada, Togo, Sri Lanka ...); the
# product's test `state_names_are_complete_in_four_languages` lists them so a new one is noticed.


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "actors.csv")

    with open(ISO_JSON, encoding="utf-8") as f:
        iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}
    catalogs = {
        lang: gettext.translation("iso_3166-1", localedir=LOCALEDIR,
                                  languages=[lang])
        for lang in LANGS
    }

    group_of = {}
    for group, codes in GROUPS:
        for code in codes.split():
            if code in group_of:
                sys.exit(f"{code} listed in two groups")
            group_of[code] = group
    if len(group_of) != 193:
        sys.exit(f"expected 193 Member States, got {len(group_of)}")
    status = {c: "member" for c in group_of}
    for c in OBSERVERS:
        status[c] = "observer"
    for c in NON_MEMBERS:
        status[c] = "non-member"

    rows = []
    fallbacks = []
    for code in sorted(status):
        if code not in iso:
            sys.exit(f"{code} not in iso-codes")
        e = iso[code]
        en = e["name"]
        names = [OVERRIDES.get((code, "en")) or en]
        for lang in LANGS:
            # A name identical in translation (e.g. "Canada" in French) is not a
            # fallback; only a msgid absent from the compiled catalog is.
            if en not in catalogs[lang]._catalog and (code, lang) not in OVERRIDES:
                fallbacks.append(f"{code} {lang}: {en}")
            names.append(OVERRIDES.get((code, lang)) or catalogs[lang].gettext(en))
        rows.append(["state", code, e["alpha_2"], *names,
                     group_of.get(code, ""), status[code]])
    for code, en, fr, es, ar in ORGANIZATIONS:
        rows.append(["organization", code, "", en, fr, es, ar, "", ""])

    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)

    for fb in fallbacks:
        print(f"fallback to English: {fb}", file=sys.stderr)
    counts = {}
    for r in rows:
        if r[0] == "state":
            counts[r[7] or "(none)"] = counts.get(r[7] or "(none)", 0) + 1
    print(f"wrote {len(rows)} rows to {out}", file=sys.stderr)
    for g, n in sorted(counts.items()):
        print(f"  {g}: {n}", file=sys.stderr)


if __name__ == "__main__":
    main()
