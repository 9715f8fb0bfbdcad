#!/usr/bin/env python3
"""Generate corpus/data/answers.jsonl: fictitious past helpdesk exchanges (2023-2025).

Standard library only, fixed seed, deterministic. Reads data/geography.tsv (communes,
postcodes, bassins) and corpus/data/services.jsonl (or, while that file does not exist
yet, corpus/data/parts/services-*.jsonl) to choose the referred services.

Usage: python3 corpus/tools/make_answers.py [--services FILE] [--out FILE] [--seed N]
"""
import argparse
import datetime
import glob
import json
import math
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SEED = 20250117

THEMES = ["diabetes", "palliative", "elderly_autonomy", "home_care", "care_coordination",
          "mental_health", "addiction", "social_aid", "access_to_care", "legal_protection",
          "interpreting", "caregivers", "housing", "homelessness", "disability",
          "chronic_disease", "hospital_discharge", "prevention", "migration",
          "family_violence", "youth_family", "professional_support", "mobility"]
BASSINS = ["nord", "nord-est", "centre-ouest", "sud", "sud-est"]

# ---------------------------------------------------------------------------
# Volumes, weights and patterns
# ---------------------------------------------------------------------------
MONTH_BASE = {1: 28, 2: 25, 3: 26, 4: 24, 5: 25, 6: 25, 7: 23, 8: 20, 9: 29, 10: 27, 11: 26, 12: 21}
YEAR_FACTOR = {2023: 0.95, 2024: 1.0, 2025: 1.05}
BASSIN_WEIGHT = {"nord": 20.5, "nord-est": 21.5, "centre-ouest": 30.0, "sud": 29.0, "sud-est": 19.0}
NL_SHARE = {"nord": 0.33, "nord-est": 0.27, "centre-ouest": 0.30, "sud": 0.25, "sud-est": 0.25}

# Relative weight of each theme as the main subject of a call.
THEME_WEIGHT = {
    "diabetes": 12.0, "palliative": 9.5, "elderly_autonomy": 9.5, "home_care": 7.5,
    "social_aid": 8.0, "access_to_care": 8.0, "mental_health": 8.0,
    "care_coordination": 4.0, "addiction": 3.0, "legal_protection": 2.5, "interpreting": 3.0,
    "caregivers": 3.0, "housing": 3.0, "homelessness": 3.0, "disability": 3.0,
    "chronic_disease": 3.5, "hospital_discharge": 4.5, "prevention": 2.5, "migration": 2.6,
    "family_violence": 2.0, "youth_family": 1.8, "professional_support": 2.5, "mobility": 2.0,
}
# Bassin profiles: older, wealthier south-east; poorer, younger, more migrant centre-west.
BASSIN_FACTOR = {
    "sud-est": {"palliative": 2.0, "elderly_autonomy": 1.9, "access_to_care": 0.55,
                "migration": 0.4, "homelessness": 0.4, "social_aid": 0.75, "caregivers": 1.3},
    "sud": {"palliative": 1.35, "elderly_autonomy": 1.35, "migration": 0.8, "homelessness": 0.8},
    "centre-ouest": {"access_to_care": 2.0, "migration": 2.4, "homelessness": 2.6,
                     "social_aid": 1.3, "palliative": 0.65, "elderly_autonomy": 0.7,
                     "interpreting": 1.5, "youth_family": 1.3},
    "nord-est": {"access_to_care": 1.8, "migration": 2.0, "homelessness": 1.3,
                 "interpreting": 1.4, "palliative": 0.85, "elderly_autonomy": 0.9},
    "nord": {"disability": 1.2},
}


def season_factor(theme, year, month):
    f = 1.0
    if theme == "elderly_autonomy" and month in (6, 7, 8):
        f *= 1.35
    if theme == "hospital_discharge":
        f *= {6: 1.8, 7: 2.4, 8: 2.4}.get(month, 1.0)
    if theme == "homelessness":
        f *= {11: 1.8, 12: 2.2, 1: 2.4, 2: 1.9, 6: 0.6, 7: 0.5, 8: 0.5}.get(month, 1.0)
    if theme == "prevention":
        f *= {9: 1.4, 10: 1.8, 11: 1.4}.get(month, 1.0)
    if theme == "youth_family" and month == 9:
        f *= 1.4
    if theme == "mental_health" and year == 2025:
        # steady rise over 2025
        f *= 1.0 + 0.14 * month
    return f


def theme_prob(bassin, date):
    w = {}
    for t in THEMES:
        w[t] = (THEME_WEIGHT[t] * BASSIN_FACTOR.get(bassin, {}).get(t, 1.0)
                * season_factor(t, date.year, date.month))
    z = sum(w.values())
    return {t: v / z for t, v in w.items()}


# ---------------------------------------------------------------------------
# Caller roles
# ---------------------------------------------------------------------------
ROLES = ["gp", "nurse", "social_worker", "pharmacist", "hospital", "coordinator",
         "psychologist", "specialist", "paramedical", "family", "other"]
ROLE_DEFAULT = {"gp": 30, "nurse": 22, "social_worker": 24, "hospital": 12, "pharmacist": 3,
                "coordinator": 3, "psychologist": 2, "specialist": 2, "paramedical": 3,
                "family": 3, "other": 1}
ROLE_TWEAK = {
    "diabetes": {"gp": 42, "nurse": 20, "pharmacist": 9, "paramedical": 7, "specialist": 5, "social_worker": 7},
    "palliative": {"gp": 30, "nurse": 32, "hospital": 15, "family": 6, "coordinator": 5, "social_worker": 10},
    "elderly_autonomy": {"gp": 26, "nurse": 22, "social_worker": 22, "family": 8, "hospital": 12, "coordinator": 5},
    "home_care": {"nurse": 26, "social_worker": 22, "gp": 22, "hospital": 14, "family": 6, "coordinator": 5},
    "mental_health": {"gp": 32, "psychologist": 9, "social_worker": 24, "nurse": 10, "hospital": 9, "family": 4},
    "hospital_discharge": {"hospital": 52, "nurse": 12, "gp": 14, "social_worker": 10, "family": 4},
    "social_aid": {"social_worker": 44, "gp": 20, "nurse": 12, "hospital": 8},
    "access_to_care": {"social_worker": 38, "gp": 26, "hospital": 12, "nurse": 8, "pharmacist": 4},
    "homelessness": {"social_worker": 40, "nurse": 16, "gp": 16, "hospital": 12, "other": 6},
    "migration": {"social_worker": 40, "gp": 24, "hospital": 10, "nurse": 8, "other": 4},
    "care_coordination": {"nurse": 24, "gp": 24, "social_worker": 22, "coordinator": 14, "hospital": 10},
    "professional_support": {"gp": 24, "nurse": 26, "social_worker": 18, "coordinator": 10, "paramedical": 8, "psychologist": 6},
    "chronic_disease": {"gp": 36, "nurse": 18, "specialist": 8, "pharmacist": 6, "paramedical": 6, "social_worker": 10},
    "interpreting": {"gp": 30, "social_worker": 28, "nurse": 16, "hospital": 10},
    "youth_family": {"gp": 24, "social_worker": 30, "psychologist": 6, "nurse": 10, "family": 5},
}


def role_weights(theme):
    w = dict(ROLE_DEFAULT)
    w.update(ROLE_TWEAK.get(theme, {}))
    return w


ROLE_PHRASE = {
    "fr": {
        "gp": ["MG", "MG", "Médecin généraliste", "MG maison médicale", "Généraliste", "Dr (MG)"],
        "nurse": ["Inf. à dom.", "Infirmière à domicile", "Inf. indépendante", "Infirmier à domicile", "Inf."],
        "social_worker": ["AS", "AS CPAS", "AS mutuelle", "AS maison médicale", "Assistante sociale", "AS d'un CASG"],
        "hospital": ["Service social hospitalier", "AS hôpital", "Inf. de liaison", "Infirmière de liaison"],
        "pharmacist": ["Pharmacien", "Pharmacienne"],
        "coordinator": ["Coordinatrice centre de coordination", "Coordinateur soins à domicile"],
        "psychologist": ["Psychologue de 1re ligne", "Psychologue conventionnée"],
        "specialist": ["Médecin spécialiste"],
        "paramedical": ["Kiné", "Ergothérapeute"],
        "family": ["Un proche", "La famille"],
        "other": ["Agent de quartier", "Bénévole d'une asbl"],
    },
    "nl": {
        "gp": ["Huisarts", "HA", "Huisarts WGC", "Huisarts"],
        "nurse": ["Thuisverpleegkundige", "Thuisverpl.", "Verpleegkundige thuiszorg"],
        "social_worker": ["MW OCMW", "Maatschappelijk werker", "MW ziekenfonds", "Sociaal werker CAW", "MW wijkgezondheidscentrum"],
        "hospital": ["Sociale dienst ZH", "Ontslagmanager ZH", "Liaisonverpleegkundige"],
        "pharmacist": ["Apotheker", "Apotheker"],
        "coordinator": ["Zorgcoördinator", "Coördinator thuiszorg"],
        "psychologist": ["Eerstelijnspsycholoog", "Psycholoog"],
        "specialist": ["Specialist"],
        "paramedical": ["Kinesitherapeut", "Ergotherapeut"],
        "family": ["Familielid", "Iemand van de familie"],
        "other": ["Buurtwerker", "Vrijwilliger"],
    },
}
SPECIALIST_BY_THEME = {
    "fr": {"diabetes": ["Diabétologue", "Endocrino"], "palliative": ["Oncologue"],
           "elderly_autonomy": ["Gériatre"], "mental_health": ["Psychiatre"],
           "chronic_disease": ["Pneumologue", "Cardiologue", "Néphrologue"],
           "hospital_discharge": ["Gériatre"]},
    "nl": {"diabetes": ["Endocrinoloog", "Diabetoloog"], "palliative": ["Oncoloog"],
           "elderly_autonomy": ["Geriater"], "mental_health": ["Psychiater"],
           "chronic_disease": ["Longarts", "Cardioloog", "Nefroloog"],
           "hospital_discharge": ["Geriater"]},
}
PARAMED_BY_THEME = {
    "fr": {"diabetes": ["Diététicienne", "Podologue"], "chronic_disease": ["Kiné", "Diététicienne"],
           "youth_family": ["Logopède"], "mobility": ["Ergothérapeute"], "home_care": ["Kiné", "Ergothérapeute"]},
    "nl": {"diabetes": ["Diëtist", "Podoloog"], "chronic_disease": ["Kinesitherapeut", "Diëtist"],
           "youth_family": ["Logopedist"], "mobility": ["Ergotherapeut"], "home_care": ["Kinesitherapeut", "Ergotherapeut"]},
}


def role_phrase(rng, lang, role, theme):
    if role == "specialist" and theme in SPECIALIST_BY_THEME[lang]:
        return rng.choice(SPECIALIST_BY_THEME[lang][theme])
    if role == "paramedical" and theme in PARAMED_BY_THEME[lang]:
        return rng.choice(PARAMED_BY_THEME[lang][theme])
    return rng.choice(ROLE_PHRASE[lang][role])


# ---------------------------------------------------------------------------
# Geography (bassins and postcodes come from data/geography.tsv)
# ---------------------------------------------------------------------------
# How a responder writes each place; keys are the area codes of geography.tsv.
PLACE_NAMES = {
    "anderlecht": (["Anderlecht", "Anderlecht", "Cureghem"], ["Anderlecht", "Anderlecht", "Kuregem"]),
    "auderghem": (["Auderghem"], ["Oudergem"]),
    "berchem": (["Berchem-Sainte-Agathe", "Berchem"], ["Sint-Agatha-Berchem", "Berchem"]),
    "bruxelles-pentagone": (["Bruxelles-Ville", "Bruxelles centre", "les Marolles"], ["Brussel-Stad", "Brussel centrum", "de Marollen"]),
    "bruxelles-nord": (["quartier Nord", "Bruxelles (quartier Nord)"], ["de Noordwijk", "Brussel (Noordwijk)"]),
    "laeken": (["Laeken"], ["Laken"]),
    "neder-over-heembeek": (["Neder-Over-Heembeek", "NOH"], ["Neder-Over-Heembeek"]),
    "haren": (["Haren"], ["Haren"]),
    "etterbeek": (["Etterbeek"], ["Etterbeek"]),
    "evere": (["Evere"], ["Evere"]),
    "forest": (["Forest"], ["Vorst"]),
    "ganshoren": (["Ganshoren"], ["Ganshoren"]),
    "ixelles": (["Ixelles"], ["Elsene"]),
    "jette": (["Jette"], ["Jette"]),
    "koekelberg": (["Koekelberg"], ["Koekelberg"]),
    "molenbeek": (["Molenbeek", "Molenbeek-Saint-Jean", "Molenbeek"], ["Molenbeek", "Sint-Jans-Molenbeek"]),
    "saint-gilles": (["Saint-Gilles", "St-Gilles"], ["Sint-Gillis"]),
    "saint-josse": (["Saint-Josse", "St-Josse"], ["Sint-Joost", "Sint-Joost-ten-Node"]),
    "schaerbeek": (["Schaerbeek", "Schaerbeek"], ["Schaarbeek"]),
    "uccle": (["Uccle"], ["Ukkel"]),
    "watermael-boitsfort": (["Watermael-Boitsfort", "Boitsfort"], ["Watermaal-Bosvoorde", "Bosvoorde"]),
    "woluwe-saint-lambert": (["Woluwe-Saint-Lambert", "WSL"], ["Sint-Lambrechts-Woluwe"]),
    "woluwe-saint-pierre": (["Woluwe-Saint-Pierre", "WSP"], ["Sint-Pieters-Woluwe"]),
    "bruxelles-europe": (["quartier européen", "Bruxelles (Squares)"], ["de Europese wijk"]),
    "bruxelles-louise": (["Bruxelles (Louise)"], ["Brussel (Louiza)"]),
}
PLACE_WEIGHT = {"neder-over-heembeek": 1, "haren": 1, "bruxelles-nord": 1.5, "bruxelles-europe": 1,
                "bruxelles-louise": 0.7, "bruxelles-pentagone": 2.5, "anderlecht": 3.5,
                "molenbeek": 3.5, "schaerbeek": 4, "ixelles": 3, "uccle": 3}


def load_geography(path):
    areas = {b: [] for b in BASSINS}
    default_pc = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            area, _fr, _nl, _aliases, pcs, _lat, _lon, bassin = cols[:8]
            pcs = [p.strip() for p in pcs.split(",") if p.strip()]
            own = []
            for p in pcs:
                if p not in default_pc:
                    default_pc[p] = area
                    own.append(p)
            if area not in PLACE_NAMES:
                PLACE_NAMES[area] = ([_fr], [_nl])
            areas[bassin].append({"area": area, "postcodes": own,
                                  "weight": PLACE_WEIGHT.get(area, 2.0)})
    return areas


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def wchoice(rng, items, weights):
    total = sum(weights)
    r = rng.random() * total
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def render_loc(rng, lang, place):
    fr_names, nl_names = PLACE_NAMES[place["area"]]
    use_pc = place["postcodes"] and rng.random() < 0.3
    if use_pc:
        pc = place["postcodes"][0]
        forms = [" ({pc})", " à {pc}", ", {pc}", " - {pc}"] if lang == "fr" else [" ({pc})", " in {pc}", ", {pc}"]
        return rng.choice(forms).format(pc=pc)
    if lang == "fr":
        name = rng.choice(fr_names)
        if name.startswith("les "):
            return rng.choice([" dans " + name, " (" + name[4:] + ")"])
        if name.startswith("quartier"):
            return rng.choice([" au " + name, " (" + name + ")"])
        return rng.choice([" à {c}", " à {c}", " sur {c}", " ({c})", " - {c}"]).format(c=name)
    name = rng.choice(nl_names)
    if name.startswith("de "):
        return rng.choice([" in " + name, " (" + name[3:] + ")"])
    return rng.choice([" in {c}", " in {c}", " te {c}", " ({c})"]).format(c=name)


# ---------------------------------------------------------------------------
# Fictitious personal details (for the indexer's scrubber)
# ---------------------------------------------------------------------------
SURNAMES = ["Vandeputte-Moreau", "Lambrechts", "Delvigne", "Kerckhaert", "Moerenhout", "Dufossé",
            "Verhaeselt", "Ouazzani", "Mertenssens", "Bouhadi", "Van Roosbroeck", "Lecomtier",
            "Dumoulinet", "Szymanska", "Ferreira-Dias", "Claeysens", "Hadjadji", "Vermeiren",
            "Tchakounté", "Delhaize-Wouters", "Boulanouar", "Van Caenegem", "Stroobandt", "Marchalin",
            "Yildirimoglu", "Popescuța", "Debraekeleer", "Lenoirval", "Goossenaerts", "El Ouariachi"]
FIRST_F = ["Georgette", "Josiane", "Fatima", "Godelieve", "Jeannine", "Ayşe", "Maria", "Nadia",
           "Simone", "Lieve", "Rachida", "Monique"]
FIRST_M = ["Marcel", "Rik", "Mohamed", "Luc", "Paul", "Willy", "Karim", "André", "Jozef", "Mehmet"]
STREETS_FR = ["rue des Glycines", "avenue des Trois Ormes", "rue du Moulin Bleu", "rue Jean Vanderhoeven",
              "chaussée de la Colline", "rue des Pâquerettes", "avenue du Petit Bois", "rue de la Fontaine Claire"]
STREETS_NL = ["Lindenhofstraat", "Kapelleveldlaan", "Molenbeekwegel", "Rozenhoekstraat",
              "Populierendreef", "Sint-Jorisplein", "Boterbloemstraat"]


def fake_phone(rng):
    if rng.random() < 0.8:
        return "04%d%d %02d %02d %02d" % (rng.randint(7, 9), rng.randint(0, 9), rng.randint(0, 99),
                                           rng.randint(0, 99), rng.randint(0, 99))
    return "02 %d%02d %02d %02d" % (rng.randint(2, 7), rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99))


def fake_dob(rng, date, age):
    """A date of birth that fits the age written in the note (or an adult age)."""
    if age is None:
        age = rng.randint(30, 90)
    y = date.year - age - (1 if rng.random() < 0.5 else 0)
    return "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), y)


def personal_detail(rng, lang, date, age):
    """Fictitious personal details a responder might carelessly note (names are invented)."""
    nom = rng.choice(SURNAMES)
    pf, pm = rng.choice(FIRST_F), rng.choice(FIRST_M)
    tel = fake_phone(rng)
    dob = fake_dob(rng, date, age)
    if lang == "fr":
        forms = [
            " Rappeler Dr {nom} au {tel}.",
            " Contact fille: Mme {nom}, {tel}.",
            " Fils: M. {pm} {nom}, gsm {tel}.",
            " Adresse du pt: {rue} {num}.",
            " Pt né(e) le {dob}, {rue} {num}.",
            " (dossier {nom}, né(e) le {dob})",
            " Inf. référente: Mme {pf} {nom} {tel}",
            " Tel pt: {tel}.",
            " Appel de Mme {pf} {nom} (AS), rappeler au {tel}.",
        ]
        return rng.choice(forms).format(nom=nom, pf=pf, pm=pm, tel=tel, rue=rng.choice(STREETS_FR),
                                        num=rng.randint(2, 180), dob=dob)
    forms = [
        " Terugbellen: dr. {nom}, {tel}.",
        " Contact dochter: mevr. {pf} {nom}, {tel}.",
        " Zoon: dhr. {pm} {nom}, gsm {tel}.",
        " Adres pt: {rue} {num}.",
        " Pt geboren op {dob}, {rue} {num}.",
        " (dossier {nom}, geb. {dob})",
        " Tel. pt: {tel}.",
    ]
    return rng.choice(forms).format(nom=nom, pf=pf, pm=pm, tel=tel, rue=rng.choice(STREETS_NL),
                                    num=rng.randint(2, 180), dob=dob)


# ---------------------------------------------------------------------------
# Bank helpers
# ---------------------------------------------------------------------------
def Q(text, roles=None, k="gen", info=False, months=None, a=None):
    """A single-theme question scenario. info: the answer is mostly information.
    a: a scenario-specific answer (used for information answers)."""
    return {"text": text, "roles": roles.split() if roles else None, "k": k, "info": info,
            "months": months, "a": a}


def M(themes, text, roles=None, k="gen", info=False, months=None, a=None):
    d = Q(text, roles, k, info, months, a)
    d["themes"] = themes.split()
    return d


# ---------------------------------------------------------------------------
# French question bank, one list per main theme
# Slots: {age:a-b} an age, {n:a-b} a number, {loc} the commune (or postcode) or nothing,
# {Caller} who calls, [a|b|c] alternatives.
# ---------------------------------------------------------------------------
FR = {}
FR["diabetes"] = [
    Q("pt {age:52-74}a DT2{loc}, HbA1c à [8,4|8,9|9,1] sous metformine + gliclazide, passe à l'insuline basale le mois prochain: trajet de soins ou convention?", k="trajet"),
    Q("{Caller}{loc}: patiente de {age:45-68} ans, diabète de type 2 depuis [six|huit|dix] ans, n'a jamais eu la moindre séance d'éducation. On cherche une éducatrice en diabète pas trop loin, elle ne se déplace qu'en bus.", k="educ"),
    Q("Trajet de soins signé il y a 2 ans mais le pt ne va plus chez l'endocrino. Le trajet est-il toujours valable? Que faire pour que ses tigettes restent remboursées?", k="trajet", info=True,
      a="Expliqué qu'un trajet de soins reste actif si le patient voit son spécialiste au moins une fois tous les 18 mois et son MG deux fois par an; conseillé de reprendre un rdv en diabétologie et de vérifier le statut auprès de la mutuelle."),
    Q("podologue remboursé pour pied diabétique à risque (grade [2|3]){loc}? pt {age:60-85}a", k="podo"),
    Q("Pharmacienne{loc}: un patient arrive avec une prescription de tigettes sans mention TDS, il dit être en trajet de soins. Comment vérifier et que faire pour qu'il ne paie pas?", roles="pharmacist", k="mat", info=True,
      a="Expliqué que la prescription doit porter la mention « trajet de soins » et que le statut peut être vérifié via la mutuelle (MyCareNet); proposé de délivrer après contact avec le MG pour une prescription correcte."),
    Q("diététicienne pour pt DT2 en pré-trajet, combien de séances remboursées et où en trouver une{loc}?", k="diet"),
    Q("Dame de {age:58-72} ans, diabète découvert aux urgences (glycémie à [4|5] g/l), sortie avec insuline 4x/j. Le MG voudrait savoir quel centre conventionné peut la prendre rapidement{loc}.", k="conv"),
    Q("pt DT1 de {age:19-30} ans qui vient d'emménager{loc}, veut changer de centre de convention diabète, il a un capteur. Démarches?", k="conv"),
    Q("{Caller}{loc}: pt diabétique insulinotraité, glycémies en dents de scie, vit seul et mange n'importe comment. Une éducation à domicile est-elle possible dans le cadre du trajet?", k="educ"),
    Q("Passeport du diabète: encore utile? La pte ({age:50-70}a) n'est ni en trajet ni en pré-trajet", k="trajet", info=True,
      a="Expliqué que le passeport du diabète a été intégré au pré-trajet (modèle de soins diabète) enregistré par le MG, qui ouvre le droit à la diététique et à la podologie remboursées; conseillé au MG de l'activer via son logiciel."),
    Q("MG demande s'il existe des ateliers de groupe sur l'alimentation et le diabète{loc}, en français simple, pour des patients peu scolarisés.", roles="gp", k="educ"),
    Q("pt DT2 sous 2 injections/j, ses tigettes ne sont plus remboursées depuis qu'il est sorti du trajet, que faire?", k="mat", info=True,
      a="Expliqué que sans trajet actif les tigettes ne sont remboursées que dans certains cas; conseillé au MG de réactiver le trajet de soins avec un diabétologue et de faire une nouvelle prescription TDS."),
    Q("diabétique type 2, plaie plantaire qui ne cicatrise pas depuis [3|4|5] semaines, clinique du pied diabétique{loc}?", k="podo"),
    Q("Diabétologue hospitalier: patiente stabilisée, on voudrait la renvoyer vers son MG avec un trajet de soins. Qui peut assurer l'éducation en 1re ligne{loc}?", roles="specialist", k="educ"),
    Q("pt {age:40-60}a, DT2 et obésité, veut perdre du poids, diététicien qui fait des consult en soirée{loc}?", k="diet"),
    Q("lecteur de glycémie en panne, pt en trajet: la pharmacie peut-elle le remplacer gratuitement?", roles="pharmacist nurse gp", k="mat", info=True,
      a="Expliqué que dans le trajet de soins le lecteur est fourni via la pharmacie sur prescription et renouvelable après trois ans; en cas de panne sous garantie, voir avec le fabricant, sinon nouvelle prescription du MG."),
]
FR["palliative"] = [
    Q("Dame de {age:60-85} ans, SLA évoluée, ne déglutit presque plus, la famille veut la garder à la maison{loc}. Qui peut épauler l'inf. et le MG, y compris la nuit?", k="team"),
    Q("Forfait palliatif: le pt en a déjà reçu un il y a [5|6] semaines, peut-on en demander un second?", k="forfait", info=True,
      a="Confirmé que le forfait palliatif peut être accordé une deuxième fois si le patient a toujours le statut palliatif; le MG renvoie le formulaire au médecin-conseil de la mutuelle."),
    Q("{Caller}{loc}: patient de {age:70-92} ans en insuffisance cardiaque terminale, ne veut plus retourner à l'hôpital. Le MG hésite à parler de soins palliatifs. Qui peut l'aider à évaluer la situation et à aborder le sujet avec la famille?", k="team"),
    Q("lit en unité de soins palliatifs dispo cette semaine{loc}? pt {age:55-85}a, symptômes plus contrôlés à domicile", k="unit"),
    Q("centre de jour palliatif pour pte {age:50-75}a encore mobile, seule la journée{loc}", k="daycentre"),
    Q("PSPA: un MG veut proposer le projet de soins personnalisé et anticipé à ses patients de MR. Existe-t-il un modèle de document et quelqu'un pour venir l'expliquer à l'équipe?", roles="gp", k="acp"),
    Q("Demande d'euthanasie d'un pt de {age:60-90}a atteint de [Parkinson très avancé|cancer ORL|fibrose pulmonaire]. Son MG ne souhaite pas la pratiquer. Vers qui orienter pour un second avis{loc}?", k="euth"),
    Q("garde de nuit pour pt palliatif{loc}, l'épouse ne dort plus depuis une semaine", k="night"),
    Q("Deuil: la fille d'une pte décédée à domicile le mois dernier va très mal. Accompagnement au deuil{loc}?", k="bereav"),
    Q("{Caller}: pousse-seringue de morphine à installer ce week-end pour un pt en fin de vie, le MG est absent. Qui peut venir en appui{loc}?", roles="nurse", k="team"),
    Q("statut palliatif refusé par le médecin-conseil pour pt en insuffisance rénale terminale (arrêt de dialyse), recours?", k="forfait", info=True,
      a="Expliqué que le refus peut être contesté: le MG complète le formulaire en détaillant le pronostic et l'arrêt de la dialyse, et peut demander un contact direct avec le médecin-conseil; l'équipe palliative peut soutenir la demande."),
    Q("Pt {age:40-60}a, tumeur cérébrale, le conjoint demande de l'aide pour préparer la fin de vie à la maison et savoir ce qui va se passer.", k="team"),
    Q("MRS{loc}: résidente en fin de vie, l'équipe soignante souhaite l'appui d'une équipe palliative externe. C'est possible en maison de repos?", k="team"),
    Q("congé pour soins palliatifs: le fils travaille à temps plein, quelles démarches auprès de l'employeur?", k="forfait", info=True,
      a="Expliqué le congé pour soins palliatifs: un mois, prolongeable deux fois, sur attestation du médecin traitant remise à l'employeur; demande d'allocation à l'ONEM."),
    Q("pte {age:75-95}a en MR, démence terminale, ne mange plus. Le fils demande une hospitalisation, l'équipe n'y croit pas. Qui peut aider à la réflexion?", k="team"),
    Q("déclaration anticipée d'euthanasie: la pte veut la renouveler, où l'enregistrer?", k="euth", info=True,
      a="Expliqué que depuis 2020 la déclaration anticipée n'a plus de durée limitée; elle s'enregistre à l'administration communale, avec deux témoins, et peut être modifiée à tout moment."),
]
FR["elderly_autonomy"] = [
    Q("pt {age:78-92}a, troubles de mémoire récents, jamais bilanté. Clinique de la mémoire{loc} avec un délai raisonnable?", k="memory"),
    Q("dame {age:80-95} ans veut entrer en maison de repos{loc}, pas de liste d'attente trop longue, budget limité (GRAPA)", k="mr"),
    Q("centre de jour{loc} pour monsieur {age:72-88}a, Alzheimer modéré, encore autonome pour manger, le mardi et le jeudi", k="daycentre"),
    Q("{Caller}{loc}: patient de {age:78-93} ans, très isolé depuis le décès de sa femme, ne sort plus, frigo vide, pas de famille. Que peut-on mettre en place pour rompre l'isolement?", k="isolation"),
    Q("APA: comment introduire la demande pour une pte de {age:70-90}a qui a perdu beaucoup d'autonomie?", k="apa", info=True,
      a="Expliqué que l'allocation pour l'aide aux personnes âgées se demande auprès d'Iriscare (ou via la commune / la mutuelle); un médecin évalue ensuite l'autonomie. Conseillé de joindre un rapport du MG."),
    Q("court séjour pour dame {age:80-94}a après une chute, pas hospitalisée mais ne peut pas rester seule 2-3 semaines{loc}", k="short"),
    Q("Canicule annoncée: on a plusieurs personnes âgées isolées dans le quartier{loc}, qui peut passer les voir ou les appeler?", months=[6, 7, 8], k="heat"),
    Q("pt {age:78-90}a désorienté la nuit, sort dans la rue en pyjama. La famille voudrait une unité protégée en MRS mais ne sait pas par où commencer{loc}", k="mr"),
    Q("évaluation BelRAI demandée par la MR avant l'admission, qui la fait?", k="apa", info=True,
      a="Expliqué que l'évaluation de la dépendance (Katz, ou BelRAI quand il est demandé) est faite par l'infirmier ou le médecin; la MR peut aussi la faire elle-même à l'admission. Conseillé de demander à la MR son formulaire."),
    Q("Pte {age:78-92}a, chutes à répétition et perte de poids, le MG veut un bilan gériatrique global en hôpital de jour{loc}", roles="gp", k="memory"),
    Q("résidence-services{loc} pour un couple de {age:76-86} ans encore autonomes mais maison trop grande", k="mr"),
    Q("{Caller}: monsieur de {age:75-90} ans refuse toute aide, appartement encombré, se néglige, mais le MG le dit capable de discernement. Que peut-on faire sans le forcer{loc}?", k="isolation"),
    Q("pte âgée seule{loc}, refuse de boire pendant la chaleur, déjà un épisode de confusion. Suivi téléphonique canicule?", months=[6, 7, 8], k="heat"),
    Q("Où trouver la liste des places libres en MRS à Bruxelles? La famille appelle toutes les maisons une par une.", k="mr", info=True,
      a="Renvoyé vers le service d'information sur les maisons de repos (Infor-Homes / Home-Info) qui tient les disponibilités et conseille selon le budget et la dépendance."),
    Q("pt {age:80-95}a, démence débutante, oublie ses rdv et ses médicaments, vit seul{loc}. Qui peut évaluer ce dont il a besoin à domicile?", k="memory"),
    Q("monsieur {age:80-92}a sort de moins en moins, a peur de tomber depuis une chute l'hiver dernier. Activités/centre de jour pour seniors{loc}?", k="daycentre"),
]
FR["home_care"] = [
    Q("aide familiale{loc} pour dame {age:75-92}a, 3 demi-journées par semaine, revenus modestes", k="helper"),
    Q("repas chauds livrés à domicile{loc} pour monsieur de {age:75-92} ans qui ne cuisine plus, même le week-end?", k="meals"),
    Q("location lit médicalisé + lève-personne{loc}, livraison rapide, pt grabataire", k="equip"),
    Q("Biptélé pour un monsieur de {age:70-90}a qui vit seul, cardiaque; les enfants habitent à l'étranger. Qui installe et combien ça coûte{loc}?", k="alarm"),
    Q("cherche une inf. à domicile qui passe matin et soir pour soins de plaie + pilulier{loc}, le pt n'a personne", k="nursing"),
    Q("kiné à domicile{loc} pour pte {age:75-90}a après fracture du poignet, elle ne sort plus", k="kine"),
    Q("aménagement de salle de bain (douche de plain-pied) pour pt qui ne sait plus enjamber la baignoire, ergothérapeute conseil{loc}?", k="adapt"),
    Q("{Caller}: la famille cherche une garde-malade de nuit{loc}, 2 nuits par semaine, pour monsieur {age:78-92}a qui se lève souvent", k="helper"),
    Q("aide ménagère en titres-services pour pte {age:75-92}a, elle ne fait plus son ménage ni ses courses{loc}", k="cleaning"),
    Q("Qui réalise l'échelle de Katz pour un forfait de soins infirmiers? Le MG dit que ce n'est pas à lui.", k="nursing", info=True,
      a="Expliqué que l'évaluation Katz est faite par l'infirmier à domicile qui prend en charge le patient et qu'elle est transmise au médecin-conseil; le MG prescrit les soins."),
    Q("prêt de matériel (chaise percée, déambulateur){loc} via la mutuelle? pt {age:70-90}a", k="equip"),
    Q("pte {age:78-94}a: le service d'aide familiale a arrêté faute de personnel. Alternatives{loc}?", k="helper"),
    Q("pédicure médicale et coiffeur à domicile pour personne âgée alitée{loc}?", k="gen"),
    Q("service de courses à domicile{loc} pour pte {age:75-90}a sans famille, elle ne porte plus rien", k="meals"),
    Q("{Caller}{loc}: patient de {age:65-85} ans hémiplégique depuis longtemps, la toilette devient trop lourde pour l'épouse. Soins d'hygiène par une inf. ou aide familiale?", k="nursing"),
    Q("télévigilance: le pt est-il obligé d'avoir une ligne fixe? Il n'a qu'un GSM", k="alarm", info=True,
      a="Expliqué que la plupart des services de télévigilance proposent aujourd'hui des appareils GSM sans ligne fixe; conseillé de comparer les tarifs (CPAS, mutuelle, privés)."),
]
FR["care_coordination"] = [
    Q("Qui peut organiser une concertation multidisciplinaire pour un pt de {age:60-90}a avec 6 intervenants qui ne se parlent pas{loc}?"),
    Q("MG demande comment obtenir le remboursement d'une réunion de concertation à domicile et qui doit y être", roles="gp", info=True,
      a="Expliqué les conditions de la concertation multidisciplinaire remboursée (patient dépendant à domicile, au moins trois prestataires dont le MG, plan de soins écrit); Brusano reprend la fonction SISD et peut organiser la réunion."),
    Q("centre de coordination de soins{loc} qui accepte encore des nouveaux patients? monsieur {age:70-90}a, plusieurs services à mettre en place"),
    Q("{Caller}{loc}: situation qui tourne en rond, pt {age:60-90}a, MG, inf., aide familiale, AS CPAS, chacun fait sa part mais personne ne pilote. Il faudrait un case manager?"),
    Q("Existe-t-il un outil commun de plan de soins partagé pour les intervenants à domicile?", info=True,
      a="Présenté les outils existants (plan de soins partagé via les réseaux de santé, carnet de liaison papier) et proposé que la prochaine concertation fixe l'outil commun."),
    Q("la famille d'une dame de {age:80-95}a demande une réunion avec tous les intervenants, elle décline vite. Qui peut convoquer?", roles="family social_worker nurse"),
    Q("SISD: intervention possible pour un pt de moins de 65 ans, SEP, à domicile{loc}?"),
    Q("coordination pour pt {age:65-90}a qui passe aux urgences chaque semaine{loc}, on cherche quelqu'un pour faire le lien hôpital-domicile-MG"),
    Q("{Caller}: plusieurs services refusent de continuer chez un pt {age:50-80}a très difficile (agressivité verbale). Qui peut réunir tout le monde pour trouver un cadre{loc}?"),
]
FR["mental_health"] = [
    Q("SSM{loc} avec un délai raisonnable pour pte {age:25-50}a, dépression sévère, le MG gère l'antidépresseur mais il faut un suivi"),
    Q("psychologue conventionné 1re ligne{loc} pour étudiant de {age:19-25}a, pas de moyens"),
    Q("{Caller}{loc}: patient de {age:30-60} ans en décompensation psychotique, refuse tout, la famille a peur. Équipe mobile de crise?"),
    Q("pte {age:20-45}a, idées suicidaires exprimées en consultation ce matin, pas de plan précis. Où orienter rapidement{loc}?", roles="gp psychologist"),
    Q("suivi psy après hospitalisation en psychiatrie{loc}: pt {age:30-60}a, le SSM annonce 3 mois d'attente"),
    Q("infirmière de {age:30-55}a en burn-out, ne veut pas passer par la médecine du travail, psy conventionné{loc}?"),
    Q("habitation protégée (IHP){loc} pour pt de {age:25-50}a schizophrène stabilisé, vit chez sa mère âgée"),
    Q("psychiatre qui consulte sans dépassement d'honoraires{loc}? pt {age:30-60}a au chômage"),
    Q("Mère de {age:40-55}a, trouble bipolaire, n'a plus pris son lithium depuis 2 semaines; le MG cherche un suivi psychiatrique à domicile{loc}"),
    Q("attaques de panique, pt {age:20-40}a, groupe thérapeutique ou psy en ligne remboursé?"),
    Q("troubles alimentaires chez jeune femme de {age:18-26}a{loc}, où trouver une équipe spécialisée pour adultes?"),
    Q("stress post-traumatique après une agression au travail, pt {age:25-55}a, psychotraumatologue{loc}?"),
    Q("{Caller}: un patient de {age:25-65}a a dit qu'il allait en finir, il ne répond plus au téléphone. Qui peut se déplacer{loc}?", roles="gp social_worker nurse psychologist"),
    Q("pt {age:30-60}a sort de mise en observation, n'a pas de psychiatre en ambulatoire. Qui reprend le suivi{loc}?"),
    Q("Comment fonctionne le remboursement des séances chez un psychologue conventionné? Combien paie le pt?", info=True,
      a="Expliqué que les soins psychologiques de première ligne sont remboursés via les réseaux de santé mentale: ticket modérateur réduit (gratuit ou 11€ selon la séance, 4€ pour les BIM), sans prescription obligatoire; liste des psychologues sur le site du réseau."),
    Q("pt {age:25-50}a, trouble anxieux généralisé, il faudrait une prise en charge en groupe (gestion du stress){loc}"),
]
FR["addiction"] = [
    Q("cure de sevrage résidentiel alcool pour femme de {age:35-60}a, deux sevrages ambulatoires ratés; listes d'attente?"),
    Q("traitement de substitution{loc}: pt {age:25-50}a qui sort de prison, pas de MG, doit reprendre sa méthadone"),
    Q("Pharmacien{loc}: un client demande régulièrement des seringues, y a-t-il un comptoir d'échange proche?", roles="pharmacist"),
    Q("jeune de {age:18-25}a, cannabis tous les jours, les parents s'inquiètent, consultation spécialisée jeunes adultes{loc}?"),
    Q("dépendance aux benzodiazépines chez pte {age:50-70}a, souhaite diminuer, accompagnement possible à côté du MG?"),
    Q("groupe de parole pour l'entourage d'une personne alcoolique{loc}?", roles="family social_worker gp"),
    Q("usager de crack{loc}, réduction des risques, matériel et accueil bas seuil?"),
    Q("{Caller}: patient de {age:30-50} ans dépendant à la cocaïne, cadre, veut un suivi discret en soirée{loc}"),
    Q("retraité de {age:65-75}a qui dépense sa pension en paris sportifs en ligne, l'épouse appelle, vers qui?", roles="family"),
    Q("Un MG peut-il prescrire de la buprénorphine sans être enregistré nulle part?", roles="gp", info=True,
      a="Expliqué les règles du traitement de substitution (enregistrement, formation recommandée, lien avec un centre spécialisé ou un réseau); proposé les coordonnées du réseau d'appui aux MG prescripteurs."),
]
FR["social_aid"] = [
    Q("demande de RIS au CPAS{loc}: délai de 30 jours dépassé, pas de décision, que faire?", info=True,
      a="Expliqué que le CPAS doit décider dans les 30 jours et notifier dans les 8 jours; en l'absence de décision, un recours est possible au tribunal du travail. Conseillé de demander un accusé de réception."),
    Q("colis alimentaire ou épicerie sociale{loc} pour une famille de 4, urgence cette semaine"),
    Q("surendettement après un divorce, monsieur {age:35-60}a, crédits et huissiers, service de médiation de dettes{loc}?"),
    Q("Statut de client protégé énergie: comment le faire reconnaître pour une pensionnée BIM{loc}?", info=True,
      a="Expliqué que le statut de client protégé s'obtient via le CPAS ou Sibelga sur preuve du statut BIM ou d'un plan de médiation; conseillé de demander l'attestation à la mutuelle."),
    Q("{Caller}{loc}: monsieur de {age:66-85} ans, pensionné, n'a jamais demandé la GRAPA, vit avec [850|900|950]€ par mois. Qui peut l'aider à faire la demande?"),
    Q("restaurant social{loc} ouvert le midi pour pt isolé de {age:55-80}a"),
    Q("aide pour remplir les papiers (mutuelle, pension, impôts) pour pte {age:65-85}a qui lit mal; service social de quartier{loc}?"),
    Q("le CPAS refuse car le pt serait domicilié dans une autre commune{loc}; quel CPAS est compétent?", info=True,
      a="Expliqué la règle de compétence: c'est en principe le CPAS de la commune de résidence effective (inscription au registre de la population); pour l'AMU, celui du lieu de résidence habituelle. Conseillé de demander une décision écrite."),
    Q("aide du CPAS pour des lunettes ou un appareil auditif? pte {age:65-90}a, petite pension{loc}"),
    Q("service social généraliste (CASG){loc} pour un accompagnement global d'une famille monoparentale"),
    Q("pt {age:30-55}a a perdu son emploi, chômage pas encore payé, loyer à payer; avance possible au CPAS{loc}?"),
    Q("{Caller}: facture d'eau énorme suite à une fuite, pt {age:60-85}a avec petits revenus, qui peut négocier un plan de paiement{loc}?"),
    Q("guidance budgétaire pour pt {age:40-70}a qui ne s'en sort pas avec sa pension d'invalidité{loc}"),
]
FR["access_to_care"] = [
    Q("pt {age:40-60}a sans mutuelle depuis 2 ans (indépendant en faillite), comment le remettre en ordre{loc}?"),
    Q("Statut BIM pour une famille monoparentale au chômage: automatique ou à demander?", info=True,
      a="Expliqué que certains bénéficiaires (RIS, GRAPA, allocations) l'ont automatiquement; pour les autres, la mutuelle fait une enquête sur les revenus de l'année précédente. Conseillé de passer au guichet de la mutuelle avec les preuves de revenus."),
    Q("maison médicale au forfait{loc} qui prend encore des inscriptions? famille sans moyens"),
    Q("maximum à facturer: pt chronique a dépassé le plafond mais n'a rien reçu, comment vérifier?", info=True,
      a="Expliqué que le MàF est calculé automatiquement par la mutuelle, avec un décalage de plusieurs mois; conseillé de demander le relevé des tickets modérateurs à la mutuelle."),
    Q("Tiers payant chez le MG pour un patient BIM: obligatoire?", info=True,
      a="Confirmé que le tiers payant est obligatoire chez le MG pour les patients BIM; le patient ne paie que le ticket modérateur réduit."),
    Q("carte médicale CPAS{loc} pour pt {age:45-80}a avec beaucoup de médicaments, comment l'obtenir?"),
    Q("facture d'hospitalisation de [2.800|3.400|4.100]€ pour pt {age:40-80}a sans assurance complémentaire, aide possible{loc}?"),
    Q("dentiste sans avance de frais{loc} pour adulte de {age:25-60}a BIM"),
    Q("{Caller}{loc}: patient de {age:45-75} ans qui renonce à sa kiné et à certains médicaments faute d'argent. Quelles aides existent?"),
    Q("Belge de {age:30-70}a rentrée d'Espagne après 10 ans, plus affiliée nulle part, comment se réinscrire à une mutuelle{loc}?"),
    Q("consultation sans rdv et sans paiement{loc} pour pt sans mutuelle en ordre, ce soir?"),
    Q("pt {age:30-50}a, travailleur précaire, a perdu son droit aux indemnités, cotisations mutuelle en retard. Qui l'aide à régulariser{loc}?"),
]
FR["legal_protection"] = [
    Q("administrateur de biens pour pt {age:75-90}a dément qui se fait arnaquer au téléphone, comment saisir le juge de paix{loc}?"),
    Q("mandat de protection extrajudiciaire: pt {age:65-85}a encore lucide veut désigner sa nièce, où l'enregistrer?", info=True,
      a="Expliqué que le mandat extrajudiciaire est enregistré par un notaire ou au greffe de la justice de paix, dans le registre central; il peut être rédigé sous seing privé puis enregistré."),
    Q("certificat médical circonstancié pour une requête en administration de biens: le MG cherche un modèle", roles="gp", info=True,
      a="Envoyé le modèle officiel de certificat médical circonstancié (arrêté royal) et rappelé qu'il doit dater de moins de 15 jours au dépôt de la requête."),
    Q("l'administrateur de biens ne répond jamais, pt {age:70-90}a en MR sans argent de poche depuis 2 mois, recours{loc}?"),
    Q("personne de confiance ou représentant du patient: la fille peut-elle signer pour sa mère qui ne comprend plus?", info=True,
      a="Expliqué la différence: la personne de confiance assiste, le représentant exerce les droits du patient incapable; sans désignation, c'est l'administrateur de la personne puis la famille dans l'ordre légal."),
    Q("{Caller}{loc}: monsieur de {age:25-50} ans avec une déficience intellectuelle légère, héritage récent, l'entourage en profite. Protection possible?"),
    Q("juge de paix compétent pour une pte domiciliée{loc} mais hébergée en MR dans une autre commune?", info=True,
      a="Expliqué que c'est le juge de paix de la résidence habituelle de la personne, donc en général celui du canton de la MR; conseillé de vérifier le canton sur le site du SPF Justice."),
    Q("voisine soupçonnée de vider le compte d'une pte de {age:80-95}a qu'elle aide pour les courses, qui prévenir{loc}?"),
    Q("la pte {age:60-85}a n'est plus en état de gérer ses factures après un AVC, la famille veut une administration de biens, étapes{loc}?"),
]
FR["interpreting"] = [
    Q("interprète en [pachto|dari|tigrinya|somali] pour une consultation chez le MG{loc} la semaine prochaine, comment réserver?"),
    Q("interprétariat par téléphone tout de suite pour l'inf. à domicile, la pte ne parle que [tigrinya|ourdou|amharique]", roles="nurse"),
    Q("traduction écrite d'un rapport médical en [turc|polonais|albanais] pour une famille"),
    Q("médiateur interculturel à l'hôpital{loc}: comment le demander pour une consultation de suivi?"),
    Q("interprète en langue des signes pour un rdv chez le spécialiste, pt sourd de {age:30-70}a"),
    Q("coût de l'interprétariat social pour une maison médicale, qui paie?", info=True,
      a="Expliqué que l'interprétariat social est gratuit ou à coût réduit pour les services agréés non marchands (maisons médicales, CPAS); seuls les services peuvent réserver, pas les patients."),
    Q("{Caller}{loc}: famille afghane, ce sont les enfants qui traduisent tout chez le médecin; on voudrait un interprète professionnel pour les consultations"),
    Q("interprète en bulgare pour une visite à domicile de l'AS{loc}", roles="social_worker"),
    Q("interprétariat par vidéo possible pour une consultation de MG{loc}? langue: [kurde|arménien|lingala]", roles="gp"),
]
FR["caregivers"] = [
    Q("reconnaissance d'aidant proche: comment l'obtenir pour un fils qui s'occupe de sa mère de {age:75-95}a?", info=True,
      a="Expliqué que la reconnaissance d'aidant proche se demande à la mutuelle (déclaration sur l'honneur + attestation pour la reconnaissance avec droits sociaux); elle ouvre le droit au congé d'aidant."),
    Q("groupe de soutien pour aidants{loc}, épouse d'un pt de {age:65-85}a après AVC"),
    Q("répit: la fille d'une dame de {age:80-95}a n'a pas pris de vacances depuis 3 ans, solutions{loc}?"),
    Q("congé d'aidant proche: combien de temps et quel formulaire?", info=True,
      a="Expliqué le congé pour aidant proche: 3 mois à temps plein (ou 6 à mi-temps) par personne aidée, sur attestation de la mutuelle, demande à l'ONEM."),
    Q("{Caller}{loc}: mari de {age:70-88} ans épuisé, s'occupe seul de sa femme démente, il a pleuré en consultation. Vers qui l'orienter lui?"),
    Q("garde à domicile ponctuelle pour que l'aidante puisse aller à ses propres rdv médicaux{loc}"),
    Q("formation pour aidants proches (manutention, alimentation){loc}?"),
    Q("soutien psychologique pour une aidante de {age:45-70}a en burn-out{loc}"),
    Q("la fille de la pte fait tout seule depuis 5 ans et commence à avoir des problèmes de dos et de sommeil. Lieu d'écoute pour aidants{loc}?"),
]
FR["housing"] = [
    Q("locataire de {age:30-80}a, moisissures partout, propriétaire injoignable; à qui signaler le logement insalubre{loc}?"),
    Q("inscription au logement social{loc}: combien d'années d'attente? famille de 5"),
    Q("agence immobilière sociale{loc} pour pte {age:40-70}a qui cherche un studio"),
    Q("expulsion prévue dans 15 jours pour monsieur de {age:60-80}a seul, qui peut intervenir{loc}?"),
    Q("logement d'urgence{loc} après un incendie pour une famille de 4"),
    Q("primes régionales pour installer un monte-escalier chez une pte de {age:75-90}a?", info=True,
      a="Expliqué les primes à la rénovation / adaptation du logement de la Région (Renolution) et les aides de la mutuelle; conseillé une visite d'un ergothérapeute avant le devis."),
    Q("{Caller}: monsieur de {age:70-85} ans, l'appartement est devenu trop cher depuis le décès de sa femme, cherche plus petit à loyer modéré{loc}"),
    Q("habitat groupé ou logement intergénérationnel{loc} pour senior encore autonome?"),
    Q("famille de 7 dans un 2 chambres{loc}, enfants qui dorment au salon; où chercher de l'aide pour un logement plus grand?"),
]
FR["homelessness"] = [
    Q("grand froid: place en hébergement cette nuit pour monsieur de {age:40-65}a qui dort dans sa voiture{loc}", months=[11, 12, 1, 2, 3]),
    Q("adresse de référence au CPAS pour pt sans domicile qui doit garder ses droits, comment faire?", info=True,
      a="Expliqué que l'adresse de référence se demande au CPAS de la commune où la personne séjourne habituellement; elle permet de garder mutuelle, allocations et courrier."),
    Q("pt {age:35-70}a qui vit dans une tente au parc{loc}, jambes très gonflées, refuse l'hôpital; équipe de rue?"),
    Q("centre de jour pour sans-abri{loc} avec douches et lessive"),
    Q("Housing First: critères d'accès pour un pt de {age:35-65}a à la rue depuis 8 ans, suivi psy"),
    Q("plan hiver: où signaler une personne âgée qui dort dehors près de chez nous{loc}?", months=[11, 12, 1, 2], roles="other family social_worker"),
    Q("{Caller}{loc}: femme de {age:25-55} ans, à la rue après une séparation, dort chez des amis à gauche à droite. Où chercher une solution?"),
    Q("consultation médicale sans rdv pour personnes sans abri{loc}?"),
    Q("Pharmacien: un SDF habitué de la pharmacie ne veut pas aller en centre malgré le froid, alternatives{loc}?", roles="pharmacist", months=[11, 12, 1, 2]),
    Q("pt sans abri de {age:40-70}a, doit prendre un traitement (antibiotiques 10 j) mais n'a nulle part où le garder, lits de soins{loc}?"),
]
FR["disability"] = [
    Q("allocation de remplacement de revenus: pt de {age:25-60}a avec polyarthrite sévère, comment introduire la demande?"),
    Q("centre de jour{loc} pour adulte de {age:20-40}a avec autisme, sans activité depuis la fin de l'école"),
    Q("service PHARE: aide matérielle pour un fauteuil électrique, délais?"),
    Q("logement supervisé{loc} pour jeune adulte avec trisomie 21, les parents vieillissent"),
    Q("reconnaissance de handicap refusée (points insuffisants), recours?", info=True,
      a="Expliqué que la décision peut être contestée devant le tribunal du travail dans les 3 mois; conseillé de rassembler des rapports médicaux récents et de se faire aider par le service social de la mutuelle."),
    Q("{Caller}: pt de {age:30-60}a amputé récemment, cherche aides techniques et aménagement de son poste de travail{loc}"),
    Q("budget d'assistance personnelle à Bruxelles: qui y a droit?", info=True,
      a="Expliqué que le BAP est accordé par PHARE sur dossier pour les personnes lourdement handicapées vivant à domicile; les places sont limitées, conseillé d'introduire une demande rapidement."),
    Q("service d'accompagnement pour personne malvoyante de {age:50-85}a vivant seule{loc}"),
    Q("jeune de {age:18-22}a avec handicap moteur qui termine l'enseignement spécialisé, que faire après{loc}?"),
]
FR["chronic_disease"] = [
    Q("éducation thérapeutique insuffisance cardiaque{loc}, pt {age:60-85}a réhospitalisé 3 fois cette année"),
    Q("réhabilitation respiratoire pour BPCO{loc}, pt {age:55-80}a encore actif"),
    Q("trajet de soins insuffisance rénale: conditions et ce que ça apporte?", info=True,
      a="Expliqué les conditions du trajet de soins insuffisance rénale chronique (DFG bas ou protéinurie, contrat MG-néphrologue) et ses avantages: consultations sans ticket modérateur, diététicien remboursé."),
    Q("clinique de la douleur chronique{loc}, pt {age:40-65}a, lombalgies depuis 5 ans, déjà tout essayé"),
    Q("après un cancer du sein, pte {age:40-65}a très fatiguée, programme de revalidation oncologique{loc}?"),
    Q("statut affection chronique: comment la mutuelle l'accorde?", info=True,
      a="Expliqué que le statut affection chronique est attribué automatiquement par la mutuelle selon les dépenses de santé ou le forfait malades chroniques; il donne accès au MàF chronique et au tiers payant."),
    Q("{Caller}{loc}: patient polymorbide de {age:70-90}a, 14 médicaments par jour, qui peut faire une revue de médication?"),
    Q("groupe de patients fibromyalgie{loc}?"),
    Q("asthme sévère mal contrôlé, pte {age:20-60}a ne sait pas utiliser ses inhalateurs, éducation possible{loc}?"),
]
FR["hospital_discharge"] = [
    Q("revalidation après prothèse de hanche, pt {age:70-90}a, sortie dans 5 jours: lits de revalidation disponibles{loc}?", roles="hospital"),
    Q("hospitalisation à domicile (antibiotiques IV){loc}: qui fait ça?"),
    Q("pt de {age:75-92}a renvoyé des urgences à 2h du matin sans rien d'organisé, que faire maintenant?", roles="family"),
    Q("soins de transition: court séjour après hospitalisation en attendant une place définitive en MR{loc}", roles="hospital"),
    Q("le MG n'a jamais reçu la lettre de sortie, pt sorti il y a une semaine, qui contacter à l'hôpital?", roles="gp", info=True,
      a="Conseillé de contacter le service concerné ou l'infirmière de liaison de l'hôpital et de vérifier la réception sur le réseau de santé (Réseau Santé Bruxellois), où les lettres sont souvent publiées."),
    Q("maison de convalescence{loc} pour pte {age:60-85}a après une opération abdominale, pas de famille"),
    Q("revalidation cardiaque après infarctus, pt {age:50-75}a, sortie la semaine prochaine{loc}", roles="hospital specialist"),
    Q("{Caller}: sortie de gériatrie vendredi pour une dame de {age:80-95}a, la famille est en vacances. Qui assure le relais les premiers jours{loc}?", roles="hospital", months=[6, 7, 8]),
    Q("sortie d'hôpital: comment contacter l'infirmière de liaison pour préparer le retour?", info=True,
      a="Expliqué que chaque hôpital a un service social / une infirmière de liaison joignable via le central; conseillé de les appeler dès l'admission pour préparer le retour."),
]
FR["prevention"] = [
    Q("vaccin pneumocoque remboursé pour pt de {age:65-85}a?", info=True,
      a="Expliqué les recommandations et le remboursement du vaccin pneumocoque (personnes âgées de 65 ans et plus et groupes à risque), sur prescription du MG."),
    Q("dépistage du cancer colorectal gratuit{loc}: comment obtenir le test pour un pt de {age:50-74}a?", info=True,
      a="Expliqué que le test de dépistage est envoyé par le programme régional tous les 2 ans aux 50-74 ans; il peut aussi être demandé au MG ou en pharmacie."),
    Q("programme d'activité physique adaptée pour seniors{loc}?"),
    Q("dépistage IST anonyme et gratuit{loc} pour jeune de {age:18-25}a"),
    Q("séances d'information santé (alimentation) pour un groupe de mamans{loc}, idéalement en arabe"),
    Q("mammotest{loc}: où et pour qui est-ce gratuit?", info=True,
      a="Expliqué que le mammotest est gratuit tous les 2 ans pour les femmes de 50 à 69 ans, dans les unités agréées; invitation par courrier ou prescription du MG."),
    Q("arrêt du tabac: tabacologue remboursé{loc}?"),
    Q("dépistage hépatite C pour personnes à risque{loc}?"),
    Q("vaccination grippe pour le personnel d'une maison médicale{loc}, où commander?", months=[9, 10, 11]),
    Q("atelier de littératie en santé pour patients qui comprennent mal les notices{loc}?"),
]
FR["migration"] = [
    Q("régularisation pour raisons médicales (9ter): le MG doit remplir le certificat type, des conseils?", roles="gp", info=True,
      a="Expliqué que le certificat médical type doit être complet (diagnostic, traitement, conséquences d'un arrêt, accessibilité des soins dans le pays d'origine) et dater de moins de 3 mois; conseillé un contact avec un service juridique spécialisé."),
    Q("personne réfugiée reconnue depuis 2 mois{loc}, ne sait pas à quoi elle a droit (CPAS, mutuelle)"),
    Q("service d'aide juridique pour une question de séjour{loc}, pt {age:25-60}a dont la carte expire"),
    Q("regroupement familial: épouse arrivée il y a 3 semaines, pas encore inscrite, peut-elle voir un MG?", info=True,
      a="Expliqué qu'elle peut s'affilier à la mutuelle dès l'inscription au registre des étrangers, comme personne à charge; en attendant, consultation possible en maison médicale ou avec paiement."),
    Q("centre d'accueil pour demandeurs d'asile{loc}: comment joindre le service médical pour un résident malade?"),
    Q("association d'accompagnement des personnes exilées{loc} avec permanence sociale et juridique?"),
    Q("victime de traite des êtres humains, centre d'accueil spécialisé?"),
    Q("attestation d'immatriculation (carte orange): droit à la mutuelle?", info=True,
      a="Expliqué que les demandeurs d'asile hébergés relèvent de Fedasil; avec une attestation d'immatriculation hors réseau, l'affiliation mutuelle est possible dans certains cas, sinon le CPAS."),
    Q("{Caller}{loc}: jeune homme de {age:18-30} ans, arrivé seul il y a un an, demande d'asile refusée, recours en cours. Où trouver un accompagnement?"),
]
FR["family_violence"] = [
    Q("femme de {age:25-60}a, violences conjugales, veut parler à quelqu'un anonymement, ligne d'écoute?", info=True,
      a="Donné le numéro de la ligne Écoute violences conjugales (0800 30 030, gratuit et anonyme) et expliqué qu'elle peut aussi demander un rdv dans un service spécialisé."),
    Q("certificat de coups et blessures: le MG demande un modèle et des conseils", roles="gp", info=True,
      a="Envoyé un modèle de certificat de constat de lésions et rappelé de décrire objectivement les lésions, citer les propos entre guillemets et remettre un exemplaire à la victime."),
    Q("homme de {age:30-60}a victime de violences de sa compagne, où l'orienter{loc}?"),
    Q("{Caller}{loc}: patiente de {age:25-60}a, hématomes répétés, dit qu'elle tombe, on soupçonne le mari. Comment aborder et vers qui orienter?"),
    Q("groupe pour auteurs de violences conjugales qui veulent changer{loc}?"),
    Q("violences sexuelles récentes, pte {age:18-40}a: centre de prise en charge{loc}?"),
    Q("maison d'accueil pour femme victime de violences, place cette semaine{loc}?"),
    Q("contrôle coercitif: la pte n'a plus accès à son argent ni à son téléphone, service spécialisé pour en parler{loc}?"),
]
FR["youth_family"] = [
    Q("consultation ONE{loc} pour un nourrisson de 2 mois, maman pas encore inscrite"),
    Q("soutien à la parentalité{loc}: maman seule, enfant de {n:2-6} ans avec des crises, elle est à bout"),
    Q("planning familial{loc}: contraception d'urgence pour jeune fille de {age:15-19} ans"),
    Q("ado de {age:13-17} ans déscolarisé depuis 3 mois, parents dépassés, service d'aide à la jeunesse{loc}?"),
    Q("grossesse chez une ado de {age:15-17} ans qui n'ose pas en parler à ses parents, planning familial{loc}?"),
    Q("bilan du développement pour un enfant de 3 ans qui ne parle pas encore{loc}"),
    Q("crèche ou halte-accueil en urgence{loc} pour une maman qui doit se faire opérer"),
    Q("lieu de rencontre parents-enfants (type maison verte){loc}?"),
    Q("{Caller}: papa seul avec 3 enfants depuis le décès de sa femme, demande de l'aide à domicile et un soutien{loc}"),
]
FR["professional_support"] = [
    Q("supervision d'équipe pour une maison médicale{loc} après une situation très dure (décès d'un enfant suivi)"),
    Q("formation continue sur la prise en charge de la douleur pour aides familiales{loc}?", roles="coordinator social_worker"),
    Q("outil de repérage de la fragilité pour MG: lequel recommandez-vous?", roles="gp", info=True,
      a="Présenté quelques outils validés de repérage de la fragilité (ISAR, Edmonton, SEGA) et envoyé le dossier thématique du helpdesk."),
    Q("soutien psychologique pour une inf. indépendante épuisée après plusieurs décès de patients", roles="nurse"),
    Q("comment rejoindre le réseau multidisciplinaire de 1re ligne du bassin{loc}?"),
    Q("nouveau MG installé{loc}, cherche la carte sociale des services du quartier", roles="gp"),
    Q("secret professionnel partagé entre AS du CPAS et inf. à domicile: que peut-on se transmettre?", info=True,
      a="Rappelé les conditions du secret partagé: même patient, même mission de soin ou d'aide, information nécessaire seulement, accord du patient; envoyé la fiche du helpdesk sur le sujet."),
    Q("formation BelRAI pour infirmiers à domicile?", roles="nurse coordinator", info=True,
      a="Expliqué que les formations BelRAI sont en ligne (plateforme BelRAI) et que des sessions pratiques sont organisées ponctuellement par les fédérations; envoyé le lien."),
    Q("agression d'une aide familiale par un bénéficiaire, qui peut soutenir l'équipe{loc}?", roles="coordinator social_worker"),
]
FR["mobility"] = [
    Q("transport adapté{loc} pour personne en chaise roulante, sorties loisirs le week-end"),
    Q("transport bénévole ou taxi social{loc} pour rdv médicaux, pte {age:75-90}a qui ne prend plus le tram"),
    Q("remboursement d'un transport non urgent en ambulance par la mutuelle?", info=True,
      a="Expliqué que la mutuelle rembourse partiellement certains transports non urgents (dialyse, chimio, radiothérapie, revalidation); sinon l'assurance complémentaire peut intervenir."),
    Q("location de scooter électrique pour pt de {age:70-85}a{loc}"),
    Q("tarif réduit STIB pour pt BIM?", info=True,
      a="Expliqué que les BIM ont droit à un abonnement STIB à tarif réduit sur présentation de l'attestation de la mutuelle."),
    Q("accompagnement à l'hôpital (quelqu'un qui reste avec elle, pas juste le transport) pour pte {age:78-92}a désorientée{loc}"),
    Q("service PMR de la STIB (minibus): inscription?"),
    Q("rollator remboursé? pt {age:70-90}a", info=True,
      a="Expliqué que la mutuelle rembourse un rollator sur prescription (aide à la mobilité), via un bandagiste agréé; certaines mutuelles en prêtent."),
]

MULTI_FR = [
    M("diabetes interpreting", "éducatrice diabète qui parle [arabe|turc|berbère]{loc}? pte {age:50-75}a DT2 mal équilibrée, ne comprend pas le français"),
    M("diabetes home_care", "inf. à dom. pour injections d'insuline 2x/j{loc}, pt {age:70-90}a qui ne voit plus assez pour régler son stylo"),
    M("diabetes access_to_care social_aid", "pt DT2 de {age:45-70}a, ne peut plus payer ses médicaments, pas BIM, dettes. Quelles aides?"),
    M("diabetes elderly_autonomy", "pte {age:80-95}a en MR, diabétique, hypoglycémies la nuit; l'équipe demande un appui (éducatrice) pour adapter la prise en charge{loc}"),
    M("diabetes mental_health", "pt DT1 de {age:18-30}a, diabète complètement déséquilibré depuis une dépression, ne fait plus ses contrôles. Psy qui connaît le diabète{loc}?"),
    M("diabetes migration access_to_care", "dame de {age:40-65}a sans titre de séjour, diabétique, n'a plus de metformine; AMU au CPAS{loc}?"),
    M("diabetes youth_family", "enfant de {n:8-12} ans, diabète de type 1 découvert le mois dernier, l'école refuse de gérer l'insuline. Qui peut aider les parents{loc}?"),
    M("palliative caregivers", "épouse d'un pt en fin de vie à domicile{loc}, épuisée, veut continuer mais a besoin de relais la nuit et de soutien"),
    M("palliative interpreting", "pt de {age:60-85}a palliatif, famille [polonaise|portugaise|roumaine] qui comprend mal, besoin d'un interprète pour la réunion avec l'équipe palliative{loc}"),
    M("palliative home_care", "pt en soins palliatifs{loc}, il faut un lit électrique et un matelas anti-escarres rapidement, et l'inf. 3x/jour"),
    M("palliative hospital_discharge", "retour à domicile pour mourir: pt {age:60-90}a hospitalisé, veut rentrer chez lui cette semaine{loc}. Équipe palliative + matériel?", roles="hospital"),
    M("palliative youth_family", "jeune maman de {age:30-42}a en phase terminale, 2 enfants en bas âge; soutien pour les enfants et le papa{loc}"),
    M("palliative legal_protection", "pte palliative de {age:75-95}a qui n'a plus toute sa tête, pas de mandat, la fille et le fils ne sont pas d'accord sur la suite. Qui décide?"),
    M("elderly_autonomy home_care hospital_discharge", "pte {age:80-94}a sort de gériatrie dans 3 jours{loc}, vit seule: repas, télévigilance et inf. pour le pilulier à organiser", roles="hospital"),
    M("elderly_autonomy caregivers", "fils unique qui s'occupe de sa mère démente{loc}, il travaille, cherche un centre de jour et du répit le week-end"),
    M("elderly_autonomy legal_protection", "monsieur {age:78-92}a, démence débutante, des voisins lui prennent de l'argent, la famille vit à l'étranger{loc}"),
    M("elderly_autonomy mental_health", "pt de {age:78-95}a très dépressif depuis l'entrée en MR, ne mange plus; psy qui se déplace en MR{loc}?"),
    M("elderly_autonomy housing home_care", "pte {age:78-92}a, maison à étages, ne monte plus dans sa chambre et dort au salon. Adapter ou déménager{loc}?"),
    M("elderly_autonomy family_violence legal_protection", "l'aide familiale signale que le petit-fils qui vit chez une pte de {age:80-95}a crie sur elle et se sert dans sa pension{loc}"),
    M("elderly_autonomy prevention", "ateliers de prévention des chutes{loc} pour seniors vivant à domicile?"),
    M("elderly_autonomy home_care", "canicule: pt {age:78-95}a seul au dernier étage, il fait 32° chez lui. Qui peut passer une fois par jour{loc}?", months=[6, 7, 8]),
    M("elderly_autonomy mobility", "pte de {age:78-90}a ne conduit plus, isolée, transport pour aller au centre de jour{loc}?"),
    M("home_care disability", "aide à domicile pour jeune homme tétraplégique de {age:25-40}a, plusieurs passages par jour{loc}"),
    M("home_care social_aid", "aide familiale trop chère pour pte {age:75-92}a (petite pension), le CPAS peut-il intervenir{loc}?"),
    M("home_care mobility", "pt {age:65-88}a en chaise, ne sort plus: transport adapté pour la kiné et rampe d'accès à l'entrée{loc}"),
    M("housing social_aid youth_family", "maman seule avec 2 ados, appartement trop petit et humide, le loyer mange 70% du revenu{loc}. CPAS? logement?"),
    M("social_aid access_to_care", "pt {age:30-60}a, RIS suspendu après un contrôle, mutuelle plus en ordre, par quoi commencer{loc}?"),
    M("social_aid addiction", "monsieur {age:40-65}a, dépense tout en alcool, factures impayées; le CPAS propose une guidance budgétaire mais il faudrait aussi un suivi alcool{loc}"),
    M("access_to_care migration", "sans-papiers de {age:25-55}a avec une fracture à opérer{loc}, AMU: quelle procédure au CPAS?"),
    M("access_to_care migration youth_family", "enfant de {n:2-8} ans sans titre de séjour, vaccins et suivi, où aller{loc}?"),
    M("access_to_care migration interpreting", "personne sans papiers parlant [tigrinya|amharique|pachto], soins dentaires urgents: AMU + interprète{loc}"),
    M("access_to_care chronic_disease", "pt {age:45-75}a sous chimio, factures énormes, ni MàF ni statut chronique activés, aides{loc}?"),
    M("migration mental_health", "demandeur d'asile de {age:20-35}a, cauchemars, trauma de l'exil, psy spécialisé dans l'exil{loc}?"),
    M("migration youth_family access_to_care", "MENA de {n:15-17} ans, pas encore de tuteur, douleurs dentaires, qui fait quoi{loc}?"),
    M("migration access_to_care chronic_disease", "{Caller}{loc}: homme de {age:30-55}a, débouté de l'asile, traitement HIV en cours. Que deviennent ses soins?"),
    M("homelessness addiction access_to_care", "homme à la rue{loc}, héroïne, pas de mutuelle, veut entrer dans un programme méthadone. Par où commencer?"),
    M("homelessness mental_health", "femme SDF de {age:30-60}a, délire, ne mange plus, refuse les centres; maraude ou équipe mobile{loc}?"),
    M("homelessness hospital_discharge", "pt sans abri sort après une pneumonie, besoin d'un lit de convalescence{loc}", roles="hospital"),
    M("homelessness youth_family", "jeune de 18 ans qui sort de l'aide à la jeunesse, à la rue depuis une semaine{loc}"),
    M("homelessness migration access_to_care", "famille migrante avec bébé qui dort à la gare{loc}, enfant fiévreux; hébergement et consultation?", months=[10, 11, 12, 1, 2, 3]),
    M("mental_health addiction", "double diagnostic: pt {age:25-55}a bipolaire + alcool, les SSM le renvoient vers l'alcoologie et inversement{loc}"),
    M("mental_health youth_family", "enfant de {n:7-11} ans, anxiété, refus scolaire depuis la rentrée; pédopsy ou SSM enfants{loc}?"),
    M("professional_support mental_health", "l'équipe de notre maison médicale est secouée après le suicide d'un patient, débriefing possible{loc}?"),
    M("chronic_disease mobility", "pt {age:55-80}a, radiothérapie tous les jours pendant 5 semaines, transport? prise en charge mutuelle{loc}?"),
    M("chronic_disease home_care", "BPCO sous oxygène à domicile, pt {age:60-85}a, besoin de kiné respiratoire à domicile et d'aide ménagère{loc}"),
    M("chronic_disease social_aid", "pt {age:40-65}a en dialyse, plus de revenus depuis l'incapacité, factures qui s'accumulent{loc}"),
    M("disability caregivers", "maman de {age:55-70}a qui s'occupe seule de son fils adulte polyhandicapé, elle doit être opérée: accueil temporaire{loc}?"),
    M("disability housing", "logement adapté PMR{loc}, pt {age:30-60}a paraplégique, priorité en logement social?"),
    M("care_coordination hospital_discharge", "retour à domicile complexe après AVC{loc}: 5 intervenants à mettre autour de la table avant la sortie", roles="hospital"),
    M("care_coordination mental_health home_care", "pt {age:30-60}a psychotique à domicile, l'inf. passe pour l'injection retard, l'aide familiale a peur. Concertation{loc}?"),
    M("youth_family caregivers", "garçon de 16 ans qui s'occupe de ses petites sœurs car la maman est hospitalisée depuis un mois{loc}"),
    M("family_violence youth_family", "enfant de {n:3-9} ans avec des marques, la maman dit qu'il est tombé; SOS Enfants{loc}?"),
    M("family_violence housing", "femme victime de violences qui veut quitter le domicile: maison d'accueil puis logement{loc}"),
    M("legal_protection mental_health", "pt de {age:25-55}a en crise psychotique grave, mise en observation? procédure et rôle du MG", roles="gp"),
    M("prevention youth_family", "rattrapage vaccinal pour enfant de {n:3-10} ans arrivé récemment, ONE ou MG{loc}?"),
    M("interpreting mental_health", "psy qui consulte en [arabe|turc|espagnol|russe] ou avec interprète{loc}?"),
    M("hospital_discharge home_care", "inf. de liaison: retour à domicile demain avec pansement VAC, il faut une inf. formée{loc}", roles="hospital"),
    M("hospital_discharge elderly_autonomy", "pt {age:80-95}a, l'hôpital veut le faire sortir mais il ne peut plus rentrer chez lui; MR en urgence{loc}?", roles="hospital social_worker"),
    M("professional_support palliative", "formation en soins palliatifs pour les aides-soignantes d'une MR{loc}?"),
    M("addiction youth_family", "ado de {n:14-17} ans, cannabis + décrochage scolaire, les parents cherchent de l'aide{loc}"),
    M("social_aid elderly_autonomy", "pensionné de {age:70-88}a avec GRAPA, isolé, plus rien dans le frigo à la fin du mois{loc}"),
    M("mental_health youth_family", "maman de {age:22-38}a, bébé de 2 mois, pleure tout le temps, ne dort plus; dépression post-partum? qui peut venir à domicile{loc}?"),
    M("caregivers palliative professional_support", "inf. à domicile qui accompagne en même temps son propre père en fin de vie, elle craque; soutien pour elle{loc}?", roles="nurse"),
    # French notes mixed with Dutch words
    M("home_care", "pt {age:75-90}a, woont alleen{loc}, la thuisverpleging passe déjà, mais besoin d'aide familiale NL-talig?"),
    M("social_aid youth_family", "AS: gezin met 4 kinderen, leefloon aangevraagd au CPAS{loc} il y a 6 semaines, toujours rien", roles="social_worker"),
    M("elderly_autonomy", "pt {age:75-90}a met dementie, la fille demande un dagcentrum bilingue{loc}"),
]

# ---------------------------------------------------------------------------
# Dutch question bank
# ---------------------------------------------------------------------------
NL = {}
NL["diabetes"] = [
    Q("pt {age:55-75}j, DM2{loc}, start binnenkort met insuline: zorgtraject of conventie?", k="trajet"),
    Q("diabeteseducator gezocht die aan huis komt{loc} voor mevr. {age:65-85}j die haar insulinepen niet goed gebruikt", k="educ"),
    Q("terugbetaling podoloog bij diabetische voet: hoeveel sessies en welk voorschrift?", k="podo", info=True,
      a="Uitgelegd dat podologie terugbetaald wordt binnen het zorgtraject of het voortraject (zorgmodel), twee sessies per jaar bij risicovoet, op voorschrift van de huisarts."),
    Q("{Caller}{loc}: patiënt met zorgtraject diabetes vraagt waarom hij zijn strips nu zelf moet betalen. Hij heeft al meer dan een jaar geen endocrinoloog gezien.", k="mat", info=True,
      a="Uitgelegd dat het zorgtraject pas actief blijft met een jaarlijkse consultatie bij de huisarts en regelmatig contact met de specialist; aangeraden een afspraak te maken en nieuwe voorschriften met vermelding zorgtraject te laten opstellen."),
    Q("diëtist voor pt met voortraject diabetes{loc}? liefst NL-talig", k="diet"),
    Q("jonge vrouw van {age:22-34}j, type 1 diabetes, zwanger, zoekt een geconventioneerd diabetescentrum in Brussel", k="conv"),
    Q("is er groepseducatie diabetes in het Nederlands{loc}? Meerdere pt's van onze praktijk zijn geïnteresseerd.", k="educ"),
    Q("pt DM2 met slecht geregelde suikers, vergeet medicatie, woont alleen{loc}. Wie kan helpen met zelfzorg en opvolging?", k="educ"),
    Q("Apotheker: klant met diabetes vraagt naar een glucosesensor, wie heeft recht op terugbetaling?", roles="pharmacist", k="mat", info=True,
      a="Uitgelegd dat sensoren terugbetaald worden voor patiënten in de diabetesconventie en, onder voorwaarden, voor bepaalde patiënten met meerdere insuline-injecties; doorverwezen naar het conventiecentrum of de endocrinoloog."),
    Q("HA{loc} wil weten hoe hij een voortraject diabetes registreert voor een nieuwe pt (55j, geen insuline)", roles="gp", k="trajet", info=True,
      a="Uitgelegd dat het voortraject (zorgmodel diabetes) via het GMD in het huisartsenpakket geregistreerd wordt; het geeft recht op educatie, diëtist en podoloog."),
    Q("diabetische voetwonde bij pt {age:60-85}j, gespecialiseerde voetkliniek{loc}?", k="podo"),
    Q("pt {age:40-60}j met DM2 en overgewicht wil afvallen, diëtist met avondconsultaties{loc}?", k="diet"),
]
NL["palliative"] = [
    Q("palliatief thuiszorgteam{loc} voor meneer {age:60-90}j met longkanker, huisarts akkoord", k="team"),
    Q("palliatief statuut aangevraagd maar na 10 dagen nog geen antwoord van de adviserend arts, wat nu?", k="forfait", info=True,
      a="Uitgelegd dat de aanvraag bij het ziekenfonds kan nagevraagd worden en dat het palliatief statuut terugwerkt vanaf de ontvangst van het formulier; aangeraden het ziekenfonds te bellen met de datum van verzending."),
    Q("{Caller}{loc}: patiënte van {age:80-95}j met gevorderde dementie stopt met eten en drinken. De familie twijfelt over een ziekenhuisopname. Kan een palliatief team mee helpen beslissen?", k="team"),
    Q("palliatieve eenheid met een vrij bed deze week? pt {age:55-85}j, pijn niet onder controle", k="unit"),
    Q("vroegtijdige zorgplanning: hoe begin ik daar als huisarts mee, zijn er sjablonen in het NL?", roles="gp", k="acp"),
    Q("euthanasievraag van een pt met ongeneeslijke kanker, HA weet niet goed hoe de procedure verloopt{loc}", k="euth"),
    Q("rouwbegeleiding voor echtgenoot na overlijden thuis{loc}, in het Nederlands", k="bereav"),
    Q("vrijwilligers voor nachtwake bij palliatieve patiënte{loc}?", k="night"),
    Q("dagcentrum palliatieve zorg in Brussel voor pt {age:50-80}j die nog thuis woont?", k="daycentre"),
    Q("palliatief verlof: de dochter wil haar werk onderbreken, hoe lang en welk formulier?", k="forfait", info=True,
      a="Uitgelegd dat het palliatief verlof één maand duurt, twee keer verlengbaar, met een attest van de behandelende arts voor de werkgever en een aanvraag bij de RVA."),
    Q("WZC{loc}: bewoner in de laatste levensfase, het team wil ondersteuning van een extern palliatief team", k="team"),
    Q("palliatief forfait: hoeveel bedraagt het en kan het verlengd worden?", k="forfait", info=True,
      a="Uitgelegd dat het palliatief forfait ongeveer 800€ bedraagt, één keer verlengbaar na 30 dagen als het palliatief statuut blijft; de huisarts stuurt het formulier naar de adviserend arts."),
]
NL["elderly_autonomy"] = [
    Q("geheugenkliniek{loc} voor mevr. {age:75-90}j met vermoeden van dementie, in het NL?", k="memory"),
    Q("dagverzorgingscentrum{loc} voor meneer {age:72-88}j, beginnende alzheimer, 2 dagen per week", k="daycentre"),
    Q("WZC met plaats op korte termijn{loc}? pt {age:80-95}j kan niet meer alleen wonen", k="mr"),
    Q("{Caller}: oudere dame van {age:78-92}j, woont alleen{loc}, zeer eenzaam, belt elke dag naar de praktijk. Bestaan er bezoekdiensten of buurtprojecten?", k="isolation"),
    Q("hittegolf: welke diensten bellen kwetsbare ouderen op{loc}?", months=[6, 7, 8], k="heat"),
    Q("zorgbudget / THAB in Brussel: waar aanvragen voor pt van {age:70-90}j?", k="apa", info=True,
      a="Uitgelegd dat in Brussel de tegemoetkoming voor hulp aan bejaarden (APA/THAB) bij Iriscare aangevraagd wordt, eventueel via het ziekenfonds of de gemeente; daarna volgt een medische evaluatie van de zelfredzaamheid."),
    Q("kortverblijf na een val voor mevrouw {age:80-94}j, geen breuk maar kan niet alleen blijven{loc}", k="short"),
    Q("familie van meneer {age:75-90}j met dementie wil info over omgaan met agressief gedrag{loc}", k="memory"),
    Q("serviceflat of assistentiewoning{loc}, wachtlijsten? koppel van {age:76-86}j", k="mr"),
    Q("pt {age:80-95}j verwaarloost zichzelf, weigert hulp, huisarts vindt hem wilsbekwaam. Wat kunnen we doen{loc}?", k="isolation"),
    Q("geriatrisch dagziekenhuis{loc} voor volledig bilan, pt {age:78-92}j met vallen en gewichtsverlies", roles="gp", k="memory"),
    Q("hoe vind ik vrije plaatsen in Brusselse woonzorgcentra?", k="mr", info=True,
      a="Doorverwezen naar Home-Info / Infor-Homes, die de beschikbaarheden in de Brusselse woonzorgcentra bijhouden en adviseren volgens budget en zorgnood."),
]
NL["home_care"] = [
    Q("gezinszorg{loc} voor meneer {age:75-92}j, 4 uur per week, hoeveel kost dat?", k="helper"),
    Q("thuisverpleging{loc} voor wondzorg na een voetoperatie, 3x per week", k="nursing"),
    Q("maaltijden aan huis{loc}, ook in het weekend? pt {age:75-92}j", k="meals"),
    Q("personenalarm voor mevr. {age:75-92}j die alleen woont, wie installeert en wat kost het{loc}?", k="alarm"),
    Q("uitleendienst hulpmiddelen: rolstoel en ziekenhuisbed voor 2 maanden{loc}", k="equip"),
    Q("ergotherapeut aan huis{loc} voor advies over traplift en handgrepen?", k="adapt"),
    Q("oppasdienst overdag{loc} voor pt {age:78-92}j die niet alleen mag blijven terwijl de dochter werkt", k="helper"),
    Q("kine aan huis{loc}, NL-talig, pt {age:70-90}j met zware artrose die niet meer buiten komt", k="kine"),
    Q("poetshulp met dienstencheques voor pt {age:75-90}j{loc}, hoe beginnen?", k="cleaning"),
    Q("{Caller}{loc}: gezinszorg stopt bij mevr. {age:78-95}j wegens personeelstekort. Welke alternatieven?", k="helper"),
    Q("wie doet de Katz-evaluatie voor een forfait thuisverpleging?", k="nursing", info=True,
      a="Uitgelegd dat de thuisverpleegkundige de Katz-schaal invult en naar de adviserend arts stuurt; de huisarts schrijft de verzorging voor."),
]
NL["care_coordination"] = [
    Q("wie organiseert een MDO{loc} voor pt {age:60-90}j met veel hulpverleners?"),
    Q("GDT in Brussel: bestaat dat nog? Hoe vraag ik een overleg aan voor een thuiswonende pt?", info=True,
      a="Uitgelegd dat de GDT-functie in Brussel door Brusano overgenomen is; het multidisciplinair overleg kan via hen aangevraagd worden en is terugbetaald onder voorwaarden."),
    Q("casemanager gezocht voor complexe thuissituatie{loc}, pt {age:60-90}j, veel hulpverleners die langs elkaar heen werken"),
    Q("coördinatiecentrum thuiszorg{loc} dat NL-talige hulpverleners kan inschakelen?"),
    Q("zorgplan opstellen met thuisverpleging, kine en gezinszorg: is er een sjabloon?", info=True,
      a="Sjabloon voor een gedeeld zorgplan doorgestuurd en uitgelegd hoe het bij een MDO gebruikt wordt."),
    Q("{Caller}: de familie van mevr. {age:80-95}j vraagt een overleg met alle betrokkenen, wie zit dat voor{loc}?"),
    Q("terugbetaling MDO voor de huisarts: welke voorwaarden?", roles="gp", info=True,
      a="Uitgelegd: zorgbehoevende patiënt thuis, minstens drie zorgverleners waaronder de huisarts, een geschreven zorgplan; aanvraag via Brusano (GDT-functie)."),
    Q("thuiszorg loopt vast{loc}: pt {age:60-90}j weigert sommige hulpverleners, anderen stoppen. Wie kan coördineren?"),
]
NL["mental_health"] = [
    Q("CGG{loc} met wachttijd onder 1 maand voor pt {age:25-55}j met depressie?"),
    Q("eerstelijnspsycholoog Nederlandstalig{loc}, pt {age:20-50}j kan weinig betalen"),
    Q("mobiel crisisteam{loc}: pt {age:25-55}j psychotisch, weigert elke hulp"),
    Q("pt {age:20-60}j met suïcidale gedachten, HA vraagt waar hij snel terecht kan{loc}", roles="gp"),
    Q("nazorg na opname PAAZ: pt {age:25-60}j wordt volgende week ontslagen, geen psychiater buiten het ZH{loc}"),
    Q("beschut wonen{loc} voor man van {age:25-55}j met chronische psychose"),
    Q("burn-out, pt {age:30-55}j, wil praten met een psycholoog, terugbetaald via het ziekenfonds?"),
    Q("angststoornis bij student van {age:19-25}j, groepsaanbod in het NL{loc}?"),
    Q("{Caller}: vrouw van {age:30-60}j, paniekaanvallen sinds het overlijden van haar broer, wil therapie{loc}"),
    Q("pt {age:25-55}j met zware depressie weigert opname, familie ongerust, mobiel team{loc}?"),
    Q("hoeveel betaalt een pt voor een eerstelijnspsycholoog?", info=True,
      a="Uitgelegd dat eerstelijnspsychologische zorg via de netwerken geestelijke gezondheid terugbetaald wordt: laag remgeld (gratis of 11€, 4€ met verhoogde tegemoetkoming), geen verwijzing nodig."),
]
NL["addiction"] = [
    Q("alcoholverslaving: opname voor ontwenning{loc}, pt {age:35-65}j, NL-talig"),
    Q("methadonprogramma in Brussel voor pt zonder huisarts{loc}"),
    Q("anonieme info voor ouders van een tiener die blowt?", roles="family gp social_worker"),
    Q("spuitenruil{loc}?", roles="pharmacist social_worker nurse"),
    Q("pt {age:50-75}j, verslaafd aan slaapmiddelen, wil afbouwen. Begeleiding naast de HA?"),
    Q("{Caller}: man van {age:40-65}j drinkt dagelijks, partner belt, hij twijfelt om hulp te zoeken{loc}"),
    Q("cocaïnegebruik, dertiger, wil ambulante begeleiding na de werkuren{loc}"),
    Q("steungroep voor familie van verslaafden{loc} in het NL"),
]
NL["social_aid"] = [
    Q("leefloon aanvragen bij het OCMW{loc}: welke documenten?", info=True,
      a="Overzicht gegeven: identiteitskaart, bankrekening, bewijzen van inkomsten en huur, eventueel werkloosheidsattesten; het OCMW doet een sociaal onderzoek en beslist binnen 30 dagen."),
    Q("voedselhulp of sociale kruidenier{loc} voor gezin met 3 kinderen"),
    Q("schulden bij de energieleverancier, budgetmeter, waar terecht{loc}?"),
    Q("CAW{loc}: algemene begeleiding voor man van {age:30-60}j met administratieve chaos"),
    Q("sociaal restaurant{loc} voor alleenstaande oudere"),
    Q("IGO (inkomensgarantie voor ouderen): hoe aanvragen voor mevr. van {age:66-85}j?", info=True,
      a="Uitgelegd dat de IGO bij de Federale Pensioendienst aangevraagd wordt (of via de gemeente); voor gepensioneerden wordt het recht soms automatisch onderzocht."),
    Q("OCMW{loc} weigert tussenkomst in een ziekenhuisfactuur, beroep mogelijk?", info=True,
      a="Uitgelegd dat tegen een OCMW-beslissing binnen 3 maanden beroep kan aangetekend worden bij de arbeidsrechtbank, gratis en zonder advocaat."),
    Q("{Caller}: pt van {age:30-60}j kan door ziekte de huur deze maand niet betalen, dringende hulp{loc}?"),
    Q("budgetbegeleiding voor pt van {age:30-65}j die zijn geld niet beheerd krijgt{loc}"),
    Q("hulp bij papieren (pensioen, ziekenfonds, belastingen) voor oudere die slecht leest{loc}"),
]
NL["access_to_care"] = [
    Q("pt {age:30-60}j niet in orde met ziekenfonds, hoe snel kan dat geregeld worden{loc}?"),
    Q("verhoogde tegemoetkoming aanvragen voor alleenstaande moeder{loc}", info=True,
      a="Uitgelegd dat de VT bij het ziekenfonds aangevraagd wordt met een verklaring op eer over de gezinsinkomsten; soms wordt ze automatisch toegekend (leefloon, IGO)."),
    Q("wijkgezondheidscentrum{loc} dat nog nieuwe patiënten inschrijft?"),
    Q("medische kaart OCMW{loc} voor chronische pt met veel medicatie"),
    Q("maximumfactuur: wanneer wordt de terugbetaling gestort?", info=True,
      a="Uitgelegd dat het ziekenfonds de MAF automatisch berekent en terugbetaalt zodra het plafond bereikt is, meestal met enkele maanden vertraging."),
    Q("goedkope tandarts{loc} voor pt met VT?"),
    Q("{Caller}: pt van {age:40-75}j stelt zorg uit wegens de kosten, welke tegemoetkomingen bestaan er{loc}?"),
    Q("ziekenhuisfactuur onbetaalbaar voor pt {age:40-80}j zonder hospitalisatieverzekering, wie kan helpen{loc}?"),
    Q("derdebetalersregeling bij de tandarts voor VT?", info=True,
      a="Uitgelegd dat de derdebetalersregeling bij de tandarts mogelijk maar niet verplicht is; bij de huisarts is ze verplicht voor patiënten met verhoogde tegemoetkoming."),
    Q("consultatie zonder afspraak en zonder betaling{loc} voor pt zonder ziekenfonds?"),
]
NL["legal_protection"] = [
    Q("bewindvoering aanvragen voor mevr. van {age:75-92}j met dementie, hoe gaat dat bij de vrederechter{loc}?"),
    Q("zorgvolmacht registreren: waar en wat kost het?", info=True,
      a="Uitgelegd dat een zorgvolmacht bij de notaris of de griffie van het vredegerecht geregistreerd wordt in het centraal register; kosten beperkt bij de griffie."),
    Q("omstandig geneeskundig verslag voor bewind: sjabloon?", roles="gp", info=True,
      a="Het officiële model van omstandig geneeskundig verslag doorgestuurd; het mag bij neerlegging niet ouder zijn dan 15 dagen."),
    Q("bewindvoerder onbereikbaar, pt {age:60-90}j heeft geen leefgeld meer, wat doen{loc}?"),
    Q("vertrouwenspersoon aanduiden voor pt die niet goed begrijpt wat de arts zegt", info=True,
      a="Uitgelegd dat de patiënt zelf schriftelijk een vertrouwenspersoon aanduidt (wet patiëntenrechten); die mag mee op consultatie en het dossier inkijken."),
    Q("financiële uitbuiting van oudere door kleinzoon vermoed{loc}, waar melden?"),
    Q("{Caller}: man van {age:40-70}j met NAH kan zijn geld niet meer beheren, familie wil bewind{loc}"),
    Q("welke vrederechter is bevoegd voor een pt{loc}?", info=True,
      a="Uitgelegd dat de vrederechter van de gewone verblijfplaats bevoegd is; het kanton is op te zoeken via de website van FOD Justitie."),
]
NL["interpreting"] = [
    Q("sociaal tolk [Arabisch|Turks|Pasjtoe|Tigrinya] boeken voor consultatie{loc}"),
    Q("telefonisch tolken: hoe werkt dat voor thuisverpleegkundigen?", roles="nurse coordinator", info=True,
      a="Uitgelegd dat diensten (niet de patiënt) telefonisch tolken kunnen aanvragen bij het sociaal tolkenbureau, liefst vooraf gepland; korte gesprekken ook ad hoc."),
    Q("schriftelijke vertaling van een ontslagbrief in het [Pools|Turks|Albanees]"),
    Q("interculturele bemiddelaar in ZH{loc}?"),
    Q("tolk Vlaamse Gebarentaal voor pt van {age:30-70}j bij de specialist"),
    Q("wie betaalt de sociaal tolk voor een WGC?", info=True,
      a="Uitgelegd dat sociaal tolken voor erkende non-profitdiensten gratis of goedkoop is; het WGC boekt zelf bij het tolkenbureau."),
    Q("{Caller}: pt spreekt alleen [Somalisch|Dari|Koerdisch], de kinderen vertalen, tolk nodig bij de HA{loc}"),
    Q("videotolken beschikbaar{loc} voor huisartsen?", roles="gp"),
]
NL["caregivers"] = [
    Q("erkenning als mantelzorger: waar aanvragen?", info=True,
      a="Uitgelegd dat de erkenning als mantelzorger bij het ziekenfonds aangevraagd wordt (verklaring op eer); met sociale rechten geeft ze toegang tot het mantelzorgverlof."),
    Q("praatgroep voor mantelzorgers{loc}, NL-talig"),
    Q("respijtzorg: dochter wil 2 weken weg, oplossingen voor moeder van {age:80-95}j{loc}?"),
    Q("mantelzorgverlof: duur en aanvraag?", info=True,
      a="Uitgelegd: 3 maanden voltijds of 6 maanden halftijds per geholpen persoon, met attest van het ziekenfonds, aanvraag bij de RVA."),
    Q("{Caller}: echtgenote van {age:70-88}j van een pt is uitgeput, slaapt niet meer{loc}"),
    Q("oppas aan huis zodat de mantelzorger naar eigen afspraken kan{loc}"),
    Q("vorming voor mantelzorgers in het NL{loc}?"),
    Q("mantelzorger met eigen gezondheidsproblemen zoekt ondersteuning, wie kan eens langskomen{loc}?"),
]
NL["housing"] = [
    Q("sociale woning aanvragen{loc}, wachttijd?"),
    Q("SVK{loc} met woningen voor alleenstaanden?"),
    Q("ongezonde woning: schimmel en vocht, verhuurder doet niets, waar klacht indienen{loc}?"),
    Q("uithuiszetting dreigt voor pt van {age:55-80}j, wie kan bemiddelen{loc}?"),
    Q("noodwoning na brand{loc}"),
    Q("premie voor woningaanpassing (traplift) in Brussel?", info=True,
      a="Uitgelegd dat het Brussels Gewest renovatie- en aanpassingspremies geeft (Renolution) en dat sommige ziekenfondsen tussenkomen; aangeraden eerst een ergotherapeut te laten langskomen."),
    Q("pt van {age:30-50}j woont met 7 personen in 2 kamers{loc}, waar hulp voor een grotere woning?"),
    Q("intergenerationeel wonen / kangoeroewonen{loc}?"),
]
NL["homelessness"] = [
    Q("nachtopvang vandaag voor man van {age:25-65}j{loc}", months=[10, 11, 12, 1, 2, 3]),
    Q("referentieadres aanvragen bij het OCMW voor een dakloze?", info=True,
      a="Uitgelegd dat het referentieadres aangevraagd wordt bij het OCMW van de gemeente waar de persoon gewoonlijk verblijft; zo blijven ziekenfonds en uitkeringen behouden."),
    Q("straatverplegers{loc} voor dakloze vrouw van {age:35-70}j die niet meer goed loopt"),
    Q("dagcentrum voor daklozen met douche{loc}"),
    Q("Housing First Brussel: wie kan aanmelden?"),
    Q("winteropvang: zijn er deze week extra plaatsen?", months=[11, 12, 1, 2]),
    Q("{Caller}: jongeman van {age:18-24}j uit een instelling staat op straat, waar kan hij terecht{loc}?"),
    Q("medische zorg zonder afspraak voor daklozen{loc}"),
]
NL["disability"] = [
    Q("erkenning handicap aanvragen voor pt van {age:25-60}j met NAH"),
    Q("VAPH-ondersteuning in Brussel: hoe aanmelden?", info=True,
      a="Uitgelegd dat Brusselaars die voor de Vlaamse ondersteuning kiezen zich via de VAPH-aanmelding aanmelden (met een multidisciplinair verslag); doorverwezen naar de dienst ondersteuningsplan."),
    Q("dagcentrum{loc} voor jongvolwassene met autisme"),
    Q("persoonlijke-assistentiebudget: kan een Brusselaar dat krijgen?", info=True,
      a="Uitgelegd dat Brusselaars met een VAPH-dossier een persoonsvolgend budget kunnen aanvragen; langs Franstalige kant bestaat het BAP van PHARE."),
    Q("rolstoel via het ziekenfonds: welke procedure{loc}?"),
    Q("begeleiding voor blinde man van {age:40-85}j die alleen woont{loc}"),
    Q("integratietegemoetkoming geweigerd, beroep?", info=True,
      a="Uitgelegd dat binnen de 3 maanden beroep kan aangetekend worden bij de arbeidsrechtbank; de sociale dienst van het ziekenfonds kan helpen."),
    Q("woonvorm{loc} voor jongvolwassene met meervoudige beperking, ouders worden ouder"),
]
NL["chronic_disease"] = [
    Q("hartfalen: opvolging en educatie{loc} voor pt van {age:60-85}j"),
    Q("longrevalidatie COPD{loc}, NL-talig"),
    Q("zorgtraject nierinsufficiëntie: voorwaarden?", info=True,
      a="Uitgelegd: contract huisarts-nefroloog bij verminderde nierfunctie of proteïnurie; consultaties zonder remgeld en terugbetaalde diëtist."),
    Q("pijnkliniek{loc} voor chronische rugpijn, pt {age:35-65}j"),
    Q("oncologische revalidatie na borstkanker{loc}"),
    Q("statuut chronische aandoening: automatisch toegekend?", info=True,
      a="Uitgelegd dat het ziekenfonds het statuut automatisch toekent op basis van de uitgaven of het forfait chronisch zieken; het geeft recht op de MAF chronisch zieken."),
    Q("{Caller}: pt van {age:70-90}j met meerdere chronische ziekten, medicatienazicht mogelijk{loc}?"),
    Q("patiëntengroep reuma of fibromyalgie{loc}"),
]
NL["hospital_discharge"] = [
    Q("revalidatiebed na heupoperatie{loc} voor pt {age:70-90}j, ontslag binnen de week", roles="hospital"),
    Q("hospitalisatie thuis (IV-antibiotica){loc}?"),
    Q("transitiezorg: kortverblijf na ontslag tot er plaats is in een WZC{loc}", roles="hospital"),
    Q("ontslagbrief niet ontvangen, HA vraagt hoe hij die krijgt", roles="gp", info=True,
      a="Aangeraden de dienst of de liaisonverpleegkundige van het ziekenhuis te contacteren en het Brussels Gezondheidsnetwerk na te kijken, waar ontslagbrieven gepubliceerd worden."),
    Q("{Caller}: pt van {age:75-92}j 's nachts ontslagen van spoed, familie weet niet wat te doen{loc}", roles="family nurse"),
    Q("herstelverblijf{loc} na grote operatie, alleenstaande van {age:55-80}j"),
    Q("liaisonverpleegkundige contacteren in het ZH: hoe?", info=True,
      a="Uitgelegd dat elk ziekenhuis een sociale dienst of liaisonverpleegkundige heeft, bereikbaar via de centrale; best al bij de opname contacteren."),
    Q("hartrevalidatie na ontslag{loc}, pt {age:50-75}j", roles="hospital specialist"),
]
NL["prevention"] = [
    Q("gratis borstkankerscreening{loc}?", info=True,
      a="Uitgelegd dat de mammotest gratis is om de 2 jaar voor vrouwen van 50 tot 69 jaar, in erkende centra, op uitnodiging of voorschrift."),
    Q("darmkankeropsporing: wie stuurt de test?", info=True,
      a="Uitgelegd dat het Brussels programma de test elke 2 jaar naar 50-74-jarigen stuurt; hij kan ook via de huisarts of apotheek gevraagd worden."),
    Q("bewegen op verwijzing / beweegcoach{loc}?"),
    Q("soa-test anoniem{loc}"),
    Q("rookstop: tabakoloog terugbetaald{loc}?"),
    Q("griepvaccin: wie heeft recht op een gratis vaccin?", months=[9, 10, 11], info=True,
      a="Uitgelegd dat het griepvaccin deels terugbetaald is voor risicogroepen (65+, chronisch zieken, zwangeren, zorgpersoneel) op voorschrift."),
    Q("gezondheidsvoorlichting voor nieuwkomers{loc}"),
    Q("hepatitis-screening{loc} voor risicogroepen"),
]
NL["migration"] = [
    Q("medische regularisatie (9ter): welk attest moet de HA invullen?", roles="gp", info=True,
      a="Uitgelegd dat het standaard medisch getuigschrift volledig moet zijn en niet ouder dan 3 maanden; aangeraden contact met een gespecialiseerde juridische dienst."),
    Q("erkende vluchteling{loc} weet niet waar naartoe voor administratie en ziekenfonds"),
    Q("juridisch advies over verblijf voor pt van {age:25-60}j{loc}"),
    Q("asielzoeker buiten het opvangnetwerk, wie helpt{loc}?"),
    Q("gezinshereniging: vrouw net aangekomen, kan ze al bij een ziekenfonds?", info=True,
      a="Uitgelegd dat aansluiting als persoon ten laste mogelijk is zodra ze ingeschreven is in het vreemdelingenregister; tot dan consultatie in een WGC of tegen betaling."),
    Q("slachtoffer van mensenhandel, gespecialiseerd opvangcentrum?"),
    Q("inburgering en gezondheid: waar info voor nieuwkomers{loc}?"),
    Q("{Caller}{loc}: man van {age:20-35}j, asielaanvraag geweigerd, beroep loopt. Wie kan hem begeleiden?"),
]
NL["family_violence"] = [
    Q("partnergeweld: anonieme hulplijn voor slachtoffer?", info=True,
      a="Nummer 1712 gegeven (gratis, anoniem) en uitgelegd dat de hulplijn ook zorgverleners advies geeft."),
    Q("vluchthuis{loc} voor vrouw van {age:25-55}j"),
    Q("zorgcentrum na seksueel geweld: waar?"),
    Q("{Caller}{loc}: pt van {age:25-60}j met blauwe plekken, verdenking partnergeweld, hoe aanspreken?"),
    Q("daderhulp / begeleiding voor plegers{loc}"),
    Q("man slachtoffer van partnergeweld, waar terecht{loc}?"),
    Q("attest slagen en verwondingen: model?", roles="gp", info=True,
      a="Model van letselattest doorgestuurd; aangeraden de letsels objectief te beschrijven en een exemplaar aan het slachtoffer te geven."),
    Q("ouderenmishandeling door partner vermoed bij mevr. {age:75-90}j, meldpunt{loc}?"),
]
NL["youth_family"] = [
    Q("consultatiebureau Kind en Gezin{loc} voor baby van 3 weken"),
    Q("opvoedingsondersteuning{loc}: alleenstaande papa met tiener"),
    Q("Huis van het Kind{loc}: activiteiten voor jonge ouders?"),
    Q("jeugdhulp: tiener van {n:13-17}j loopt weg, ouders ten einde raad{loc}"),
    Q("centrum voor seksuele gezondheid: anticonceptie voor jongere{loc}"),
    Q("dringend kinderopvang{loc} voor mama die opgenomen wordt"),
    Q("ontwikkelingsonderzoek voor peuter die nog niet praat{loc}"),
    Q("{Caller}: jonge mama van {age:18-24}j, geïsoleerd, weinig netwerk, wie kan thuis ondersteunen{loc}?"),
]
NL["professional_support"] = [
    Q("supervisie voor team thuisverpleging na moeilijke situatie{loc}", roles="nurse coordinator"),
    Q("vorming pijnbeheer voor verzorgenden{loc}?"),
    Q("zorgwijkoverleg{loc}: hoe sluit ik aan als nieuwe huisarts?", roles="gp"),
    Q("sociale kaart van de buurt{loc}?"),
    Q("gedeeld beroepsgeheim tussen MW en verpleging: wat mag?", info=True,
      a="De voorwaarden van gedeeld beroepsgeheim overlopen (zelfde patiënt, zelfde opdracht, enkel wat nodig is, toestemming) en de fiche doorgestuurd."),
    Q("psychologische ondersteuning voor zorgverleners met burn-out{loc}"),
    Q("BelRAI-opleiding?", roles="nurse coordinator", info=True,
      a="Uitgelegd dat de BelRAI-opleidingen online staan; link doorgestuurd."),
    Q("fragiliteitsscreening: welk instrument?", roles="gp nurse", info=True,
      a="Enkele gevalideerde instrumenten voorgesteld en het thematisch dossier doorgestuurd."),
]
NL["mobility"] = [
    Q("aangepast vervoer{loc} voor rolstoelgebruiker naar dagcentrum"),
    Q("Minder Mobielen Centrale in Brussel{loc}?"),
    Q("vervoer naar ziekenhuisafspraken voor mevr. {age:75-92}j, geen familie{loc}"),
    Q("terugbetaling ziekenvervoer door het ziekenfonds?", info=True,
      a="Uitgelegd dat het ziekenfonds niet-dringend vervoer gedeeltelijk terugbetaalt voor dialyse, chemo, radiotherapie en revalidatie; de aanvullende verzekering kan bijspringen."),
    Q("scootmobiel huren of lenen{loc}?"),
    Q("MIVB sociaal tarief voor VT?", info=True,
      a="Uitgelegd dat personen met verhoogde tegemoetkoming recht hebben op een goedkoper MIVB-abonnement met attest van het ziekenfonds."),
    Q("begeleid vervoer met begeleider voor pt met dementie naar consultatie{loc}"),
    Q("rolstoel huren voor 1 maand{loc}"),
]

MULTI_NL = [
    M("diabetes home_care", "thuisverpleging voor insuline 2x per dag{loc}, pt {age:70-90}j ziet slecht"),
    M("diabetes interpreting", "diabeteseducatie in het [Arabisch|Turks] voor pt van {age:50-75}j{loc}"),
    M("palliative caregivers", "echtgenoot van palliatieve pt uitgeput{loc}, nachtoppas en steun?"),
    M("palliative hospital_discharge", "pt {age:60-90}j wil thuis sterven, ontslag uit het ZH deze week{loc}: palliatief team en materiaal", roles="hospital"),
    M("elderly_autonomy caregivers", "zoon werkt voltijds en zorgt alleen voor zijn moeder met dementie{loc}; zijn er dagcentra voor een paar dagen per week en iets voor hemzelf?"),
    M("elderly_autonomy home_care hospital_discharge", "pt {age:80-94}j na val ontslagen, woont alleen{loc}: maaltijden, alarm en thuisverpleging nodig", roles="hospital nurse"),
    M("home_care social_aid", "gezinszorg te duur voor pt {age:75-90}j, kan het OCMW tussenkomen{loc}?"),
    M("social_aid access_to_care", "pt van {age:30-60}j verloor leefloon en ziekenfonds is niet in orde{loc}"),
    M("access_to_care migration", "vrouw zonder verblijfsdocumenten, longontsteking, antibiotica en controle nodig; kan ze dringende medische hulp krijgen{loc}?"),
    M("homelessness addiction", "dakloze man{loc}, alcohol, wil ontwennen maar heeft geen adres"),
    M("mental_health youth_family", "tiener van {n:13-17}j met zelfverwonding, CGG voor kinderen en jongeren{loc}?"),
    M("mental_health elderly_autonomy", "oudere man van {age:78-92}j depressief na verhuis naar WZC{loc}"),
    M("migration mental_health", "vluchteling met trauma, psycholoog met tolk{loc}?"),
    M("chronic_disease mobility", "vervoer voor chemotherapie{loc}, pt {age:50-80}j"),
    M("disability caregivers", "ouders van volwassen zoon met beperking, respijt{loc}?"),
    M("care_coordination hospital_discharge", "MDO voor ontslag na CVA, pt {age:60-85}j{loc}", roles="hospital"),
    M("housing social_aid", "huurachterstand, pt {age:30-70}j, OCMW en huurdersbond{loc}?"),
    M("family_violence youth_family", "vermoeden van kindermishandeling, Vertrouwenscentrum{loc}?"),
    M("legal_protection elderly_autonomy", "bewindvoering voor mevr. {age:78-92}j met alzheimer, kinderen oneens{loc}"),
    M("caregivers youth_family", "jonge mantelzorger van {n:14-17}j, zorgt voor broer met autisme, ondersteuning{loc}?"),
    M("hospital_discharge home_care chronic_disease", "ontslag morgen, zuurstof thuis en ziekenhuisbed nodig{loc}, pt {age:60-85}j COPD", roles="hospital"),
    M("prevention elderly_autonomy", "valpreventie voor senioren{loc}"),
    M("addiction mental_health", "dubbele diagnose: psychose en cannabis, wie neemt pt {age:20-35}j op{loc}?"),
    M("interpreting access_to_care", "pt zonder ziekenfonds spreekt enkel [Portugees|Spaans], tolk en inschrijving{loc}"),
    M("homelessness mental_health", "dakloze vrouw verward{loc}, outreach team?", months=[10, 11, 12, 1, 2, 3]),
    M("mental_health professional_support", "team WGC aangeslagen na zelfdoding van een patiënt, debriefing{loc}?"),
    M("elderly_autonomy mental_health", "pt van {age:75-90}j met beginnende dementie en depressie, mobiel team ouderen{loc}?"),
    # Dutch notes mixed with French words
    M("palliative", "HA belt: patiënte {age:60-85}j, cancer du sein métastasé, wil thuis blijven; palliatief thuiszorgteam NL of bilingue{loc}?"),
    M("diabetes", "Inf. à dom.: meneer {age:60-85}j, diabète, zijn strips worden niet meer terugbetaald, zorgtraject verlopen?", roles="nurse", k="mat"),
    M("access_to_care migration", "MW OCMW: cliënt sans papiers, besoin AMU pour kinésithérapie, hoe aanvragen{loc}?", roles="social_worker"),
]

# ---------------------------------------------------------------------------
# Answer banks.
# "ref": (keywords, sentence) pairs used when a service of the theme is referred. The
#   sentence is chosen by the keywords found in the referred service's own name and
#   description, so the kind of service it names fits the service; {svc} becomes
#   " (service name)" or nothing. Entries with no keywords are the neutral fallback and
#   always name the service ({name}).
# "info": information-only answers, broad enough for any question of the theme.
# ---------------------------------------------------------------------------
ANS = {"fr": {}, "nl": {}}
A_FR, A_NL = ANS["fr"], ANS["nl"]

A_FR["diabetes"] = {
    "ref": [
        ("éducat,educat", "Orienté vers une éducatrice en diabète{svc}; les séances sont remboursées dans le trajet de soins ou le pré-trajet, sur prescription du MG."),
        ("éducat,educat", "Proposé des séances d'éducation au diabète{svc}, individuelles ou en groupe; le MG fait la prescription."),
        ("podolog,pied", "Orienté vers une consultation podologie / pied diabétique{svc}; séances remboursées sur prescription du MG dans le trajet ou le pré-trajet."),
        ("convention,conventionn", "Orienté vers un centre de convention diabète{svc}; premier rdv via le MG avec un courrier, le centre fournit ensuite le matériel."),
        ("diététi,dietet,nutrition,alimentation", "Orienté vers un suivi diététique{svc}; séances partiellement remboursées avec prescription du MG."),
        ("", "Orienté vers {name} pour le suivi du diabète; vérifier avec le MG si le patient est en trajet de soins ou en pré-trajet."),
        ("", "Donné les coordonnées de {name}; le MG envoie le contrat de trajet de soins au médecin-conseil si ce n'est pas encore fait."),
    ],
    "info": ["Expliqué les droits liés au diabète (trajet de soins, pré-trajet, matériel d'autocontrôle, diététique et podologie remboursées) et conseillé au MG de vérifier le statut du patient auprès de la mutuelle.",
             "Donné l'information sur la prise en charge du diabète selon le stade (pré-trajet, trajet, convention) et envoyé le dossier thématique.",
             "Conseillé au MG de clarifier avec le diabétologue le type de prise en charge; rappel prévu pour proposer un service ensuite."],
}
A_NL["diabetes"] = {
    "ref": [
        ("éducat,educat", "Doorverwezen naar een diabeteseducator{svc}; educatie terugbetaald binnen zorgtraject of voortraject, op voorschrift van de HA."),
        ("podolog,voet,pied", "Doorverwezen naar podologie / diabetische voetzorg{svc}; voorschrift van de HA meenemen."),
        ("conventie,convention", "Doorverwezen naar een geconventioneerd diabetescentrum{svc}; eerste afspraak via de HA, het centrum levert het materiaal."),
        ("diëti,dieti,diétét,voeding", "Doorverwezen naar een diëtist{svc}; terugbetaling op voorschrift van de HA."),
        ("", "Doorverwezen naar {name} voor de opvolging van de diabetes; met de HA nagaan of de pt in het zorgtraject of voortraject zit."),
    ],
    "info": ["Rechten bij diabetes uitgelegd (zorgtraject, voortraject, zelfcontrolemateriaal, diëtist en podoloog) en aangeraden het statuut na te kijken bij het ziekenfonds.",
             "Info gegeven over de opvolging van diabetes volgens het stadium (voortraject, zorgtraject, conventie) en thematisch dossier doorgestuurd."],
}

A_FR["palliative"] = {
    "ref": [
        ("équipe,seconde ligne,2e ligne,soutien", "Proposé l'équipe de soutien palliatif à domicile{svc}, qui intervient en 2e ligne avec l'accord du MG; statut palliatif à demander à la mutuelle."),
        ("équipe,seconde ligne,2e ligne,soutien", "Orienté vers une équipe de seconde ligne en soins palliatifs{svc}: elle vient évaluer, soutient l'inf. et le MG et reste joignable jour et nuit."),
        ("unité,lits", "Orienté vers une unité de soins palliatifs{svc}; admission après contact de médecin à médecin, le MG appelle directement l'unité."),
        ("centre de jour,journée", "Proposé un centre de jour palliatif{svc}, une à deux journées par semaine, sur demande du MG."),
        ("deuil", "Orienté vers un accompagnement au deuil{svc}: entretiens individuels ou groupe de parole."),
        ("bénévol,nuit,garde", "Proposé une présence de nuit / des bénévoles en soins palliatifs{svc}; le forfait palliatif peut aider à payer une garde-malade."),
        ("fin de vie,euthanas,anticip", "Orienté vers un service d'information et d'accompagnement en fin de vie{svc} pour la procédure, les documents et un second avis médical."),
        ("", "Orienté vers {name} en appui au MG et à l'inf.; la demande de statut palliatif se fait en parallèle."),
        ("", "Donné les coordonnées de {name}; le MG doit donner son accord pour l'intervention."),
    ],
    "info": ["Expliqué le statut palliatif à domicile (formulaire du MG au médecin-conseil, forfait palliatif, suppression du ticket modérateur) et les formes d'appui existantes.",
             "Expliqué les différentes formes d'appui en soins palliatifs (équipe à domicile, unité, centre de jour, bénévoles) et laissé le MG en discuter avec la famille; rappel prévu.",
             "Rappelé que le MG peut appeler lui-même l'équipe palliative de son secteur et demander le statut palliatif; envoyé le formulaire."],
}
A_NL["palliative"] = {
    "ref": [
        ("team,équipe,begeleiding,soutien,thuiszorg", "Palliatief thuiszorgteam{svc} voorgesteld, dat als tweede lijn komt met akkoord van de HA; palliatief statuut aanvragen bij het ziekenfonds."),
        ("eenheid,unité", "Doorverwezen naar een palliatieve eenheid{svc}; opname na contact tussen artsen, de HA belt zelf."),
        ("dagcentrum,centre de jour", "Palliatief dagcentrum{svc} voorgesteld, één à twee dagen per week, op vraag van de HA."),
        ("rouw,deuil", "Doorverwezen naar rouwbegeleiding{svc}, individueel of in groep."),
        ("vrijwillig,bénévol,nacht,nuit", "Nachtoppas of vrijwilligers palliatieve zorg{svc} voorgesteld; het palliatief forfait kan de kosten helpen dragen."),
        ("levenseinde,euthanas,fin de vie", "Doorverwezen naar een infopunt levenseinde{svc} voor de procedure en een tweede arts."),
        ("", "Doorverwezen naar {name} ter ondersteuning van HA en thuisverpleging; palliatief statuut parallel aanvragen."),
    ],
    "info": ["Palliatief statuut uitgelegd (formulier HA naar adviserend arts, palliatief forfait, geen remgeld) en de mogelijke ondersteuning overlopen.",
             "Mogelijkheden overlopen (thuiszorgteam, eenheid, dagcentrum, vrijwilligers); de HA bespreekt het met de familie en belt terug."],
}

A_FR["elderly_autonomy"] = {
    "ref": [
        ("mémoire,démence,alzheimer,gériatr", "Orienté vers une consultation mémoire / évaluation gériatrique{svc}; rdv à demander par le MG avec un courrier."),
        ("centre de jour,accueil de jour", "Proposé un centre de jour pour personnes âgées{svc}; visite de découverte possible, la famille inscrit directement."),
        ("maison de repos,mrs,homes,résidence,hébergement", "Orienté vers un service d'information et d'orientation en maisons de repos{svc} pour les disponibilités selon budget et dépendance."),
        ("court séjour", "Proposé un court séjour{svc}; réservation par la famille, durée limitée à quelques semaines."),
        ("isol,visite,lien,solitude", "Proposé un service de visites / lien social pour aînés{svc}; premier contact avec l'accord du patient."),
        ("canicule,appel,téléphon", "Orienté vers un service d'appels et de visites aux aînés isolés{svc}; signalement possible par le MG ou l'AS."),
        ("", "Orienté vers {name}, qui peut évaluer la situation et proposer des solutions pour le maintien à domicile."),
        ("", "Donné les coordonnées de {name}; premier contact par la famille ou l'AS."),
    ],
    "info": ["Expliqué les options pour une personne âgée en perte d'autonomie (aide à domicile, centre de jour, court séjour, MR/MRS) et les démarches; la famille recontacte après en avoir parlé avec la personne.",
             "Conseillé un bilan par le MG (évaluation gériatrique, échelle de Katz) avant toute orientation; à rappeler ensuite.",
             "Donné l'information sur les aides financières (APA via Iriscare, GRAPA) et sur l'évaluation de l'autonomie."],
}
A_NL["elderly_autonomy"] = {
    "ref": [
        ("geheugen,dementie,alzheimer,geriatr,mémoire,démence", "Doorverwezen naar een geheugenkliniek / expertisecentrum dementie{svc}; afspraak via de HA met verwijsbrief."),
        ("dagverzorging,dagcentrum,centre de jour", "Dagverzorgingscentrum{svc} voorgesteld; kennismaking mogelijk, soms met vervoer."),
        ("woonzorg,home-info,infor-homes,maison de repos,assistentie", "Doorverwezen naar de infodienst woonzorgcentra{svc} voor vrije plaatsen volgens budget en zorgnood."),
        ("kortverblijf,court séjour", "Kortverblijf{svc} voorgesteld; reservatie door de familie."),
        ("bezoek,eenzaam,isol,visite", "Bezoekdienst voor ouderen{svc} voorgesteld, met akkoord van de pt."),
        ("", "Doorverwezen naar {name}, die de situatie kan inschatten en het thuis blijven wonen ondersteunt."),
    ],
    "info": ["Mogelijkheden uitgelegd (thuiszorg, dagcentrum, kortverblijf, WZC) en de stappen; familie neemt opnieuw contact op.",
             "Geadviseerd eerst een geriatrisch bilan bij de HA (Katz, BelRAI); daarna opnieuw bellen."],
}

A_FR["home_care"] = {
    "ref": [
        ("aide familiale,aides familiales,garde", "Orienté vers un service d'aides familiales / de garde à domicile{svc}; tarif selon les revenus, enquête sociale à domicile."),
        ("infirm", "Orienté vers un service de soins infirmiers à domicile{svc}; prescription du MG nécessaire, remboursé par la mutuelle."),
        ("repas,courses", "Proposé un service de repas / courses à domicile{svc}; commande à la semaine, tarif selon revenus."),
        ("télévigilance,biptélé,téléassistance,alarme", "Orienté vers un service de télévigilance{svc}; installation à domicile, coût mensuel modéré (souvent réduit via la mutuelle ou le CPAS)."),
        ("matériel,prêt,location", "Orienté vers un service de prêt / location de matériel{svc}; livraison à domicile, tarif réduit pour les membres de la mutuelle."),
        ("ergo,aménagement,adaptation", "Proposé la visite d'un ergothérapeute{svc} pour conseiller l'aménagement; primes possibles ensuite."),
        ("kiné", "Orienté vers un service de kiné à domicile{svc}; prescription du MG avec mention « à domicile »."),
        ("ménag,titres-services", "Proposé un service d'aide ménagère{svc}; titres-services ou tarif social selon la situation."),
        ("coordination", "Orienté vers un centre de coordination de soins à domicile{svc}, qui met en place les différents services autour du patient."),
        ("", "Orienté vers {name} pour organiser l'aide à domicile; la demande peut être faite par la famille ou l'AS."),
    ],
    "info": ["Expliqué les différents services d'aide et de soins à domicile (aide familiale, aide ménagère, soins infirmiers, repas, matériel) et leurs conditions; la famille fera la demande.",
             "Conseillé de passer par la mutuelle ou le CPAS de la commune, qui ont leurs propres services d'aide à domicile; rappel si pas de solution.",
             "Pas de disponibilité rapide connue dans le bassin; proposé de s'inscrire sur plusieurs listes et de rappeler dans une semaine."],
}
A_NL["home_care"] = {
    "ref": [
        ("gezinszorg,oppas,aide familiale,garde", "Doorverwezen naar gezinszorg / oppashulp{svc}; bijdrage volgens inkomen."),
        ("verpleg,infirm", "Doorverwezen naar thuisverpleging{svc}; voorschrift HA nodig, terugbetaald door het ziekenfonds."),
        ("maaltijd,repas", "Maaltijddienst aan huis{svc} voorgesteld; bestelling per week, prijs volgens inkomen."),
        ("alarm,télévigilance", "Doorverwezen naar een personenalarmdienst{svc}; installatie thuis, beperkte maandprijs."),
        ("uitleen,hulpmiddel,matériel,prêt", "Doorverwezen naar een uitleendienst hulpmiddelen{svc}; levering aan huis."),
        ("ergo,aanpassing,aménagement", "Huisbezoek door een ergotherapeut{svc} voorgesteld voor advies over aanpassingen."),
        ("poets,dienstencheque,ménag", "Poetsdienst{svc} voorgesteld; dienstencheques of sociaal tarief."),
        ("coördinatie,coordination", "Doorverwezen naar een coördinatiecentrum thuiszorg{svc} dat de diensten rond de pt organiseert."),
        ("", "Doorverwezen naar {name} voor de thuiszorg; aanvraag door familie of maatschappelijk werker."),
    ],
    "info": ["Verschillende thuiszorgdiensten uitgelegd (gezinszorg, poetshulp, thuisverpleging, maaltijden, hulpmiddelen) en voorwaarden; familie doet de aanvraag.",
             "Aangeraden via het ziekenfonds of het OCMW te gaan, die eigen thuiszorgdiensten hebben; terugbellen indien geen oplossing."],
}

A_FR["care_coordination"] = {
    "ref": [
        ("coordination,concertation,sisd", "Orienté vers un service de coordination{svc} qui peut organiser une concertation multidisciplinaire et désigner un référent."),
        ("case manag,référent", "Proposé un accompagnement en case management{svc} pour cette situation complexe."),
        ("", "Transmis la situation à {name}, qui contacte l'appelant pour organiser une réunion avec les intervenants."),
    ],
    "info": ["Expliqué les conditions de la concertation multidisciplinaire remboursée et proposé que le MG la convoque; fiche envoyée.",
             "Conseillé de désigner un intervenant pivot parmi ceux déjà présents et de fixer une réunion; à rappeler si blocage."],
}
A_NL["care_coordination"] = {
    "ref": [
        ("coördinatie,overleg,coordination,gdt", "Doorverwezen naar zorgcoördinatie{svc} die een MDO kan organiseren en een referentiepersoon aanduidt."),
        ("casemanag,case manag", "Casemanagement{svc} voorgesteld voor deze complexe situatie."),
        ("", "Situatie doorgegeven aan {name}, die contact opneemt om een overleg te plannen."),
    ],
    "info": ["Voorwaarden van een terugbetaald MDO uitgelegd; de HA kan het overleg zelf bijeenroepen. Fiche doorgestuurd.",
             "Aangeraden één spilfiguur aan te duiden onder de betrokken hulpverleners; opnieuw bellen bij blokkering."],
}

A_FR["mental_health"] = {
    "ref": [
        ("service de santé mentale,ssm", "Orienté vers un service de santé mentale{svc}; premier rdv d'accueil par téléphone, tarif adapté aux revenus."),
        ("psychologue,première ligne,1re ligne", "Proposé un psychologue de première ligne conventionné{svc}; séances remboursées, pas besoin de prescription."),
        ("mobile,domicile", "Orienté vers une équipe mobile en santé mentale{svc}, qui peut se déplacer à domicile; demande via le MG."),
        ("crise,urgence", "Proposé de contacter aujourd'hui même le service de crise{svc}; en cas de danger immédiat, 112."),
        ("habitation protégée,ihp,logement", "Orienté vers une initiative d'habitation protégée{svc}; candidature via le psychiatre traitant."),
        ("suicide", "Orienté vers un service de prévention du suicide{svc}, qui soutient aussi les proches et les professionnels."),
        ("", "Orienté vers {name} pour le suivi psychologique ou psychiatrique; signaler l'urgence lors du premier appel."),
    ],
    "info": ["Expliqué les possibilités en santé mentale (SSM, psychologues conventionnés via le réseau, équipes mobiles) et les délais; l'appelant en parle au patient et rappelle.",
             "Urgence: conseillé les urgences psychiatriques de l'hôpital le plus proche et la ligne de prévention du suicide (0800 32 123); rappel le lendemain.",
             "Donné l'information sur le remboursement des séances de psychologue de première ligne et la liste en ligne du réseau."],
}
A_NL["mental_health"] = {
    "ref": [
        ("cgg,geestelijke gezondheid,santé mentale", "Doorverwezen naar een centrum voor geestelijke gezondheidszorg{svc}; intake telefonisch, bijdrage volgens inkomen."),
        ("psycholo", "Eerstelijnspsycholoog{svc} voorgesteld; terugbetaald, geen verwijzing nodig."),
        ("mobiel,mobile", "Mobiel team geestelijke gezondheid{svc} voorgesteld dat aan huis komt; aanvraag via de HA."),
        ("crisis,crise", "Doorverwezen naar het crisisteam{svc}, vandaag nog contacteren; bij acuut gevaar 112."),
        ("beschut,habitation", "Beschut wonen{svc} voorgesteld; aanmelding via de behandelende psychiater."),
        ("", "Doorverwezen naar {name} voor psychologische of psychiatrische opvolging."),
    ],
    "info": ["Mogelijkheden overlopen (CGG, eerstelijnspsycholoog via het netwerk, mobiele teams) en wachttijden; beller bespreekt het met de pt.",
             "Bij acuut risico: spoeddienst psychiatrie en Zelfmoordlijn 1813 meegegeven; morgen terugbellen."],
}

A_FR["addiction"] = {
    "ref": [
        ("réduction des risques,seringue,bas seuil,comptoir", "Orienté vers un service de réduction des risques{svc} (matériel stérile, accueil bas seuil)."),
        ("substitution,méthadone", "Orienté vers un centre qui assure les traitements de substitution{svc}; accueil sans rdv pour la première démarche."),
        ("entourage,proches,famille", "Donné les coordonnées d'un service assuétudes qui accueille aussi l'entourage{svc}."),
        ("alcool,drogue,assuétude,addiction,dépendance", "Orienté vers un service spécialisé en assuétudes{svc}; premier entretien par téléphone, suivi ambulatoire possible."),
        ("", "Orienté vers {name} pour un premier entretien; le MG garde le lien."),
    ],
    "info": ["Expliqué les possibilités (ambulatoire, résidentiel, réduction des risques) et donné le numéro d'Infor-Drogues pour une première écoute.",
             "Conseillé au MG de garder le lien et de proposer un entretien motivationnel; orientation spécialisée quand le patient sera prêt."],
}
A_NL["addiction"] = {
    "ref": [
        ("spuit,schadebeperking,réduction", "Doorverwezen naar een dienst schadebeperking{svc} (spuitenruil, laagdrempelig onthaal)."),
        ("verslav,alcohol,drug,assuétude,addiction", "Doorverwezen naar een gespecialiseerde dienst verslavingszorg{svc}; eerste gesprek telefonisch, ambulante begeleiding mogelijk."),
        ("", "Doorverwezen naar {name} voor een eerste gesprek."),
    ],
    "info": ["Mogelijkheden uitgelegd en De DrugLijn (078 15 10 20) meegegeven voor anoniem advies.",
             "HA aangeraden de band te behouden; gespecialiseerde hulp wanneer de pt er klaar voor is."],
}

A_FR["social_aid"] = {
    "ref": [
        ("médiation de dettes,dettes,surendett", "Orienté vers un service de médiation de dettes agréé{svc}; premier rdv gratuit, apporter les courriers des créanciers."),
        ("épicerie,colis,alimentaire,restaurant", "Donné les coordonnées d'une aide alimentaire / épicerie sociale{svc}; accès sur attestation d'un service social."),
        ("énergie,gaz,électricité", "Orienté vers un service énergie{svc} pour le plan de paiement et le statut de client protégé."),
        ("cpas", "Orienté vers le service social du CPAS{svc}; demande écrite avec les preuves de revenus et de charges."),
        ("", "Orienté vers {name} pour un accompagnement social; prendre rdv avec les documents de revenus et de charges."),
    ],
    "info": ["Expliqué les aides possibles (RIS, aide sociale, guidance budgétaire, aide alimentaire) et conseillé de faire une demande écrite au CPAS avec accusé de réception.",
             "Donné l'information sur les démarches et les délais; rappel prévu si le CPAS ne répond pas."],
}
A_NL["social_aid"] = {
    "ref": [
        ("schuld,dettes", "Doorverwezen naar een erkende dienst schuldbemiddeling{svc}; eerste gesprek gratis."),
        ("kruidenier,voedsel,restaurant,alimentaire", "Adres van voedselhulp / sociale kruidenier{svc} doorgegeven; toegang met attest van een sociale dienst."),
        ("energie,énergie", "Doorverwezen naar een energiedienst{svc} voor afbetalingsplan en beschermde klant."),
        ("ocmw,cpas", "Doorverwezen naar de sociale dienst van het OCMW{svc}; schriftelijke aanvraag met inkomensbewijzen."),
        ("", "Doorverwezen naar {name} voor sociale begeleiding; afspraak maken met bewijzen van inkomsten en kosten."),
    ],
    "info": ["Mogelijke hulp uitgelegd (leefloon, maatschappelijke dienstverlening, budgetbegeleiding, voedselhulp) en aangeraden schriftelijk aan te vragen bij het OCMW.",
             "Info gegeven over de stappen en termijnen; terugbellen als het OCMW niet reageert."],
}

A_FR["access_to_care"] = {
    "ref": [
        ("maison médicale,forfait", "Proposé une maison médicale au forfait{svc}; inscription possible si le patient habite la zone, consultations sans paiement."),
        ("mutualité,mutuelle", "Orienté vers le service social de la mutuelle{svc} pour vérifier les droits (BIM, MàF, statut chronique) et la remise en ordre."),
        ("aide médicale urgente,amu,sans titre,sans papiers", "Orienté vers un service qui accompagne les demandes d'aide médicale urgente{svc}; le CPAS du lieu de résidence décide après enquête sociale."),
        ("sans mutuelle,sans assurance,gratuit,accessible", "Orienté vers une consultation médicale accessible sans mutuelle en ordre{svc}, le temps de régulariser."),
        ("dentaire,dentiste", "Orienté vers des soins dentaires à tarif social{svc}, tiers payant pour les BIM."),
        ("", "Orienté vers {name} pour faire le point sur les droits et l'accès aux soins."),
    ],
    "info": ["Expliqué les droits (BIM, MàF, tiers payant, carte médicale du CPAS) et conseillé de passer au guichet de la mutuelle avec les preuves de revenus.",
             "Conseillé de demander un plan de paiement et de contacter le service social (hôpital ou mutuelle); rappel si refus.",
             "Expliqué la procédure de remise en ordre de mutuelle et les possibilités de prise en charge par le CPAS en attendant."],
}
A_NL["access_to_care"] = {
    "ref": [
        ("wijkgezondheid,maison médicale,forfait", "Wijkgezondheidscentrum{svc} voorgesteld; inschrijving mogelijk binnen het werkingsgebied, consultaties gratis."),
        ("ziekenfonds,mutualit,mutuelle", "Doorverwezen naar de sociale dienst van het ziekenfonds{svc} om rechten na te kijken (VT, MAF, chronisch statuut)."),
        ("dringende medische,dmh,amu,zonder papieren,sans papiers", "Doorverwezen naar een dienst die helpt bij aanvragen voor dringende medische hulp{svc}; het OCMW beslist na sociaal onderzoek."),
        ("tandarts,dentaire", "Tandzorg aan sociaal tarief{svc} voorgesteld."),
        ("", "Doorverwezen naar {name} om de rechten en de toegang tot zorg na te kijken."),
    ],
    "info": ["Rechten uitgelegd (VT, MAF, derdebetaler, medische kaart OCMW) en aangeraden langs het ziekenfonds te gaan met inkomensbewijzen.",
             "Aangeraden een afbetalingsplan te vragen en de sociale dienst te contacteren."],
}

A_FR["legal_protection"] = {
    "ref": [
        ("maltraitance,abus", "Orienté vers un service spécialisé en maltraitance des aînés{svc}; écoute et conseil, signalement possible en toute confidentialité."),
        ("juridique,droit,juge,protection", "Orienté vers un service d'information juridique{svc} qui aide à rédiger la requête au juge de paix; certificat médical circonstancié du MG nécessaire."),
        ("", "Orienté vers {name} pour la question de protection; expliqué en parallèle la procédure devant le juge de paix."),
    ],
    "info": ["Expliqué la procédure de protection judiciaire (requête au juge de paix, certificat médical circonstancié) et envoyé les modèles.",
             "Conseillé d'écrire au juge de paix qui a désigné l'administrateur, qui peut le convoquer ou le remplacer."],
}
A_NL["legal_protection"] = {
    "ref": [
        ("mishandeling,maltraitance,meldpunt", "Doorverwezen naar het meldpunt ouderenmis(be)handeling{svc}; melding kan vertrouwelijk."),
        ("juridisch,juridique,recht,vrederechter,bescherming", "Doorverwezen naar een juridische infodienst{svc} voor het verzoekschrift bij de vrederechter; omstandig geneeskundig verslag van de HA nodig."),
        ("", "Doorverwezen naar {name}; procedure bij de vrederechter uitgelegd."),
    ],
    "info": ["Procedure rechterlijke bescherming uitgelegd (verzoekschrift, omstandig geneeskundig verslag) en modellen doorgestuurd.",
             "Aangeraden de vrederechter die de bewindvoerder aanstelde aan te schrijven; die kan hem oproepen of vervangen."],
}

A_FR["interpreting"] = {
    "ref": [
        ("médiat,interculturel", "Orienté vers un service de médiation interculturelle{svc} pour les consultations et le lien avec la famille."),
        ("interpr,traduct,tolk", "Orienté vers un service d'interprétariat social{svc}; réservation par le professionnel, sur place, par téléphone ou par vidéo, si possible 48h à l'avance."),
        ("", "Orienté vers {name}; seul le professionnel peut faire la réservation."),
    ],
    "info": ["Expliqué que seuls les services peuvent réserver un interprète social et que l'interprétariat par téléphone est possible pour les échanges courts.",
             "Déconseillé de faire traduire par les enfants; expliqué les options (interprétariat social, médiateurs interculturels à l'hôpital)."],
}
A_NL["interpreting"] = {
    "ref": [
        ("bemiddel,médiat,intercult", "Interculturele bemiddeling{svc} voorgesteld voor de consultaties en het contact met de familie."),
        ("tolk,interpr,vertal", "Doorverwezen naar een sociaal tolkenbureau{svc}; reservatie door de hulpverlener, ter plaatse, telefonisch of via video."),
        ("", "Doorverwezen naar {name}; enkel de hulpverlener kan reserveren."),
    ],
    "info": ["Uitgelegd dat enkel diensten een sociaal tolk kunnen boeken en dat telefonisch tolken kan voor korte gesprekken.",
             "Afgeraden kinderen te laten tolken; opties uitgelegd (sociaal tolken, interculturele bemiddelaars)."],
}

A_FR["caregivers"] = {
    "ref": [
        ("répit,garde,court séjour,halte", "Proposé une solution de répit{svc} (garde à domicile, accueil de jour ou court séjour) pour soulager l'aidant."),
        ("aidant", "Orienté vers un service de soutien aux aidants proches{svc}: écoute, groupes de parole et information sur les droits."),
        ("", "Donné les coordonnées de {name}; l'aidant peut appeler lui-même."),
    ],
    "info": ["Expliqué la reconnaissance d'aidant proche, le congé d'aidant et les formules de répit; conseillé de passer par la mutuelle.",
             "Conseillé au MG de recevoir l'aidant pour lui-même et de proposer du répit; informations envoyées."],
}
A_NL["caregivers"] = {
    "ref": [
        ("respijt,oppas,répit,kortverblijf", "Respijtzorg{svc} voorgesteld (oppas, dagopvang of kortverblijf) om de mantelzorger te ontlasten."),
        ("mantelzorg,aidant", "Doorverwezen naar een mantelzorgorganisatie{svc}: luisterend oor, praatgroepen en info over rechten."),
        ("", "Contactgegevens van {name} doorgegeven; de mantelzorger mag zelf bellen."),
    ],
    "info": ["Erkenning als mantelzorger, mantelzorgverlof en respijtmogelijkheden uitgelegd; aanvraag via het ziekenfonds.",
             "HA aangeraden de mantelzorger zelf op consultatie te zien; info doorgestuurd."],
}

A_FR["housing"] = {
    "ref": [
        ("agence immobilière sociale,ais", "Donné les coordonnées d'une agence immobilière sociale{svc}; inscription sur rdv avec preuves de revenus."),
        ("expulsion", "Orienté vers un service de prévention des expulsions{svc}, à contacter tout de suite avec le jugement ou la lettre du propriétaire."),
        ("insalubr,locataire", "Proposé un service d'aide aux locataires{svc} pour le dossier d'insalubrité et les contacts avec le propriétaire."),
        ("logement", "Orienté vers un service d'accompagnement au logement{svc}; aide pour l'inscription en logement social et la recherche."),
        ("", "Orienté vers {name} pour la question de logement."),
    ],
    "info": ["Expliqué les démarches (inscription logement social, AIS, primes, inspection régionale du logement) et envoyé la fiche.",
             "Conseillé de contacter le CPAS pour la garantie locative et un relogement temporaire; rappel si blocage."],
}
A_NL["housing"] = {
    "ref": [
        ("sociaal verhuurkantoor,svk,agence immobilière", "Contact van een sociaal verhuurkantoor{svc} doorgegeven; inschrijving met inkomensbewijzen."),
        ("uithuiszetting,expulsion", "Doorverwezen naar een dienst die uithuiszettingen helpt voorkomen{svc}; meteen contacteren met de brief van de verhuurder."),
        ("huurder,ongezond,locataire,insalubr", "Huurdersondersteuning{svc} voorgesteld voor het dossier ongezonde woning."),
        ("woon,logement", "Doorverwezen naar een woonbegeleidingsdienst{svc}; hulp bij inschrijving voor een sociale woning."),
        ("", "Doorverwezen naar {name} voor de woonvraag."),
    ],
    "info": ["Stappen uitgelegd (sociale woning, SVK, premies, gewestelijke woninginspectie) en fiche doorgestuurd.",
             "Aangeraden het OCMW te contacteren voor huurwaarborg en tijdelijke huisvesting."],
}

A_FR["homelessness"] = {
    "ref": [
        ("hébergement,nuit,urgence sociale,hiver", "Orienté vers l'hébergement d'urgence{svc}; appeler le jour même pour une place."),
        ("rue,maraude,outreach", "Proposé une équipe de rue / soins de rue{svc} qui peut aller à la rencontre de la personne là où elle vit."),
        ("centre de jour,accueil de jour,douche", "Orienté vers un centre de jour pour personnes sans abri{svc} (douches, repas, permanence sociale et médicale)."),
        ("housing first,logement", "Donné les coordonnées d'un service d'accompagnement vers le logement{svc}; orientation via un travailleur social."),
        ("", "Orienté vers {name}, qui accompagne les personnes sans abri."),
    ],
    "info": ["Expliqué l'adresse de référence et les démarches au CPAS pour garder les droits; envoyé la fiche.",
             "Pas de place disponible ce jour d'après nos infos; conseillé de rappeler le numéro d'urgence sociale en fin de journée."],
}
A_NL["homelessness"] = {
    "ref": [
        ("nachtopvang,opvang,hébergement,winter", "Doorverwezen naar nacht- of winteropvang{svc}; vandaag nog bellen voor een plaats."),
        ("straat,outreach,rue", "Straatverplegers / outreachteam{svc} voorgesteld dat de persoon ter plaatse opzoekt."),
        ("dagcentrum,centre de jour", "Dagcentrum voor daklozen{svc} voorgesteld (douche, maaltijd, sociale en medische permanentie)."),
        ("housing first,wonen,logement", "Begeleiding naar wonen{svc} voorgesteld; aanmelding via een maatschappelijk werker."),
        ("", "Doorverwezen naar {name}, dat dak- en thuislozen begeleidt."),
    ],
    "info": ["Referentieadres en stappen bij het OCMW uitgelegd om rechten te behouden.",
             "Vandaag geen plaats volgens onze info; aangeraden de noodopvang later op de dag opnieuw te bellen."],
}

A_FR["disability"] = {
    "ref": [
        ("centre de jour,jour", "Proposé un centre de jour adapté{svc}; inscription après un entretien d'admission."),
        ("logement,hébergement,résidentiel", "Orienté vers un service de logement accompagné pour personnes handicapées{svc}; dossier PHARE à prévoir."),
        ("accompagnement,information,info", "Orienté vers un service d'accompagnement / d'information handicap{svc}, qui aide aussi pour les demandes d'allocations et d'aides matérielles."),
        ("", "Orienté vers {name}; aide possible pour les démarches (allocations fédérales, PHARE/VAPH)."),
    ],
    "info": ["Expliqué les démarches (allocations fédérales via MyHandicap, PHARE ou VAPH pour l'aide matérielle et les services) et envoyé la fiche.",
             "Conseillé de faire appel au service social de la mutuelle pour compléter le dossier de reconnaissance."],
}
A_NL["disability"] = {
    "ref": [
        ("dagcentrum,centre de jour", "Dagcentrum{svc} voorgesteld; inschrijving na intakegesprek."),
        ("wonen,woon,logement", "Doorverwezen naar een woonvorm met begeleiding{svc}; VAPH/PHARE-dossier nodig."),
        ("ondersteuning,begeleiding,info", "Doorverwezen naar een begeleidings- of infodienst handicap{svc}; hulp bij aanvragen van tegemoetkomingen en hulpmiddelen."),
        ("", "Doorverwezen naar {name}; hulp bij de aanvragen (federale tegemoetkomingen, VAPH/PHARE)."),
    ],
    "info": ["Stappen uitgelegd (federale tegemoetkomingen via MyHandicap, VAPH of PHARE) en fiche doorgestuurd.",
             "Aangeraden de sociale dienst van het ziekenfonds in te schakelen voor het dossier."],
}

A_FR["chronic_disease"] = {
    "ref": [
        ("revalidation,réadaptation,réhabilitation", "Orienté vers un programme de revalidation{svc}; demande par le MG ou le spécialiste."),
        ("éducation,education", "Orienté vers un programme d'éducation thérapeutique{svc}; le MG envoie un courrier avec les antécédents."),
        ("association,patients,groupe", "Donné les coordonnées d'une association / d'un groupe de patients{svc}."),
        ("douleur", "Orienté vers une consultation de la douleur chronique{svc}; courrier du MG nécessaire."),
        ("", "Orienté vers {name} pour le suivi de la maladie chronique; courrier du MG à prévoir."),
    ],
    "info": ["Expliqué les statuts et trajets existants (affection chronique, trajet insuffisance rénale, MàF chronique) et envoyé la fiche.",
             "Conseillé une revue de médication avec le pharmacien de référence et le MG; rappel si besoin."],
}
A_NL["chronic_disease"] = {
    "ref": [
        ("revalidatie,réadaptation,revalidation", "Doorverwezen naar een revalidatieprogramma{svc}; aanvraag via HA of specialist."),
        ("educatie,éducation", "Educatieprogramma{svc} voorgesteld; verwijsbrief HA meegeven."),
        ("vereniging,patiënt,association", "Contact van een patiëntenvereniging{svc} doorgegeven."),
        ("pijn,douleur", "Doorverwezen naar een pijnkliniek{svc}; verwijsbrief HA nodig."),
        ("", "Doorverwezen naar {name} voor de opvolging van de chronische aandoening."),
    ],
    "info": ["Statuten en trajecten uitgelegd (chronische aandoening, zorgtraject nierinsufficiëntie, MAF) en fiche doorgestuurd.",
             "Medicatienazicht met de huisapotheker en HA aangeraden."],
}

A_FR["hospital_discharge"] = {
    "ref": [
        ("convalescence,revalidation,réadaptation", "Proposé un séjour de revalidation / convalescence{svc}; demande par le service social de l'hôpital."),
        ("hospitalisation à domicile,hôpital à domicile", "Orienté vers un service d'hospitalisation à domicile{svc}; prescription hospitalière nécessaire."),
        ("liaison,transition,retour à domicile,sortie", "Orienté vers un service de liaison / retour à domicile{svc} pour organiser la sortie au moins 48h avant."),
        ("", "Orienté vers {name} pour préparer le retour à domicile."),
    ],
    "info": ["Conseillé de contacter le service social de l'hôpital pour préparer la sortie et de demander la lettre de sortie au service.",
             "Expliqué les étapes d'un retour à domicile (soins infirmiers, aide familiale, matériel) et proposé de rappeler une fois la date fixée."],
}
A_NL["hospital_discharge"] = {
    "ref": [
        ("herstel,revalidatie,convalescence", "Herstelverblijf of revalidatie{svc} voorgesteld; aanvraag via de sociale dienst van het ziekenhuis."),
        ("thuishospitalisatie,hospitalisation à domicile", "Thuishospitalisatie{svc} voorgesteld, met voorschrift van het ziekenhuis."),
        ("transitie,liaison,ontslag,sortie", "Doorverwezen naar een transitie- of liaisondienst{svc} om de thuiskomst vóór het ontslag te regelen."),
        ("", "Doorverwezen naar {name} om de thuiskomst voor te bereiden."),
    ],
    "info": ["Aangeraden de sociale dienst van het ziekenhuis te contacteren en de ontslagbrief op te vragen.",
             "Stappen voor thuiskomst uitgelegd (thuisverpleging, gezinszorg, materiaal); terugbellen zodra de datum vastligt."],
}

A_FR["prevention"] = {
    "ref": [
        ("dépistage,test", "Proposé un centre de dépistage{svc}; gratuit, avec ou sans rdv."),
        ("vaccin", "Orienté vers un service de vaccination{svc}; apporter la carte d'identité et le carnet de vaccination."),
        ("activité physique,sport,mouvement", "Orienté vers un programme d'activité physique adaptée{svc}; inscription gratuite."),
        ("tabac", "Orienté vers une consultation d'aide à l'arrêt du tabac{svc}; séances de tabacologie remboursées."),
        ("", "Orienté vers {name}, qui propose des actions de prévention et de promotion de la santé."),
    ],
    "info": ["Expliqué les programmes de dépistage et de vaccination en cours et les conditions de remboursement.",
             "Envoyé la documentation des campagnes régionales de prévention; le MG peut aussi prescrire."],
}
A_NL["prevention"] = {
    "ref": [
        ("test,screening,opsporing,dépistage", "Testcentrum{svc} voorgesteld, gratis."),
        ("vaccin", "Doorverwezen naar een vaccinatiedienst{svc}; identiteitskaart en vaccinatiekaart meebrengen."),
        ("bewegen,beweeg,sport,activité", "Doorverwezen naar een beweegprogramma{svc}; gratis inschrijving."),
        ("", "Doorverwezen naar {name} voor preventie en gezondheidspromotie."),
    ],
    "info": ["Lopende screenings- en vaccinatieprogramma's uitgelegd, met voorwaarden voor terugbetaling.",
             "Documentatie van de Brusselse preventiecampagnes doorgestuurd."],
}

A_FR["migration"] = {
    "ref": [
        ("juridique,droit des étrangers,avocat", "Proposé un service juridique spécialisé en droit des étrangers{svc}; prendre rdv avec les documents de séjour."),
        ("accueil,demandeurs d'asile,centre", "Orienté vers un service d'accueil des personnes exilées{svc}, qui peut aussi aider pour l'accès aux soins."),
        ("", "Orienté vers {name} pour l'accompagnement social et juridique lié au séjour."),
    ],
    "info": ["Expliqué les droits aux soins selon le statut de séjour et conseillé un contact avec un service juridique spécialisé.",
             "Donné l'information sur les démarches de séjour liées aux soins (9ter, regroupement familial) et envoyé la fiche."],
}
A_NL["migration"] = {
    "ref": [
        ("juridisch,juridique,vreemdelingen", "Juridische dienst vreemdelingenrecht{svc} voorgesteld; afspraak met verblijfsdocumenten."),
        ("onthaal,accueil,nieuwkomer,asiel", "Doorverwezen naar een onthaalorganisatie voor nieuwkomers{svc}, die ook helpt met toegang tot zorg."),
        ("", "Doorverwezen naar {name} voor sociale en juridische begeleiding rond verblijf."),
    ],
    "info": ["Rechten op zorg volgens verblijfsstatuut uitgelegd; contact met een gespecialiseerde juridische dienst aangeraden.",
             "Info over verblijfsprocedures in verband met zorg (9ter, gezinshereniging) doorgestuurd."],
}

A_FR["family_violence"] = {
    "ref": [
        ("hébergement,maison d'accueil,refuge", "Proposé un hébergement pour victimes de violences{svc}; appel à faire par la victime elle-même si possible."),
        ("enfant,maltraitance", "Orienté vers une équipe spécialisée en maltraitance d'enfants{svc}; elle conseille aussi les professionnels."),
        ("auteur", "Orienté vers un service d'accompagnement des auteurs de violences{svc}."),
        ("violence,victime", "Orienté vers un service spécialisé en violences conjugales et intrafamiliales{svc}; écoute, accompagnement et hébergement si nécessaire."),
        ("", "Orienté vers {name}; rappelé la ligne Écoute violences conjugales (0800 30 030)."),
    ],
    "info": ["Donné la ligne Écoute violences conjugales (0800 30 030) et rappelé les règles du secret professionnel et de l'état de nécessité.",
             "Conseillé d'en parler avec la patiente seule, de documenter les lésions et de lui donner les numéros utiles; rappel prévu."],
}
A_NL["family_violence"] = {
    "ref": [
        ("vluchthuis,opvang,hébergement", "Opvang voor slachtoffers{svc} voorgesteld; slachtoffer belt best zelf."),
        ("kind,enfant,vertrouwenscentrum", "Doorverwezen naar het vertrouwenscentrum kindermishandeling{svc}; ook advies voor hulpverleners."),
        ("pleger,dader,auteur", "Daderhulp{svc} voorgesteld."),
        ("geweld,violence,slachtoffer,victime", "Doorverwezen naar een gespecialiseerde dienst partnergeweld{svc}; begeleiding en opvang indien nodig."),
        ("", "Doorverwezen naar {name}; hulplijn 1712 meegegeven."),
    ],
    "info": ["Hulplijn 1712 meegegeven en regels rond beroepsgeheim en noodtoestand overlopen.",
             "Aangeraden de pt alleen te spreken, letsels te documenteren en nummers mee te geven."],
}

A_FR["youth_family"] = {
    "ref": [
        ("one,consultation prénatale,nourrisson,enfants", "Orienté vers une consultation ONE{svc}; gratuit, rdv par téléphone."),
        ("planning", "Proposé un centre de planning familial{svc}; accueil sans rdv possible, consultations gratuites pour les jeunes."),
        ("parentalité,parents", "Orienté vers un service de soutien à la parentalité{svc}."),
        ("jeunesse,ados,adolescent,jeunes", "Orienté vers un service d'aide aux jeunes et aux familles{svc}."),
        ("", "Orienté vers {name}, qui accompagne les familles."),
    ],
    "info": ["Expliqué les ressources pour les familles (ONE, planning familial, aide à la jeunesse) et envoyé la fiche.",
             "Conseillé de passer par le centre PMS de l'école pour une première évaluation; rappel si besoin."],
}
A_NL["youth_family"] = {
    "ref": [
        ("kind en gezin,huis van het kind,consultatiebureau,one", "Doorverwezen naar Kind en Gezin / Huis van het Kind{svc}; gratis."),
        ("seksuele,planning", "Centrum voor seksuele gezondheid / planning{svc} voorgesteld; vrij consult mogelijk."),
        ("opvoed,ouders,parents", "Doorverwezen naar opvoedingsondersteuning{svc}."),
        ("jeugd,jongeren,jeunes", "Doorverwezen naar jeugdhulp{svc}."),
        ("", "Doorverwezen naar {name}, dat gezinnen ondersteunt."),
    ],
    "info": ["Hulpbronnen voor gezinnen uitgelegd (Kind en Gezin, CLB, jeugdhulp) en fiche doorgestuurd.",
             "Aangeraden eerst het CLB van de school te contacteren."],
}

A_FR["professional_support"] = {
    "ref": [
        ("formation", "Proposé une formation{svc}; inscription en ligne."),
        ("intervision,supervision,soutien", "Orienté vers un service de soutien aux professionnels{svc} (intervision, supervision, écoute)."),
        ("réseau,carte sociale,répertoire", "Orienté vers le réseau / la carte sociale du bassin{svc}."),
        ("", "Orienté vers {name}, qui soutient les professionnels de première ligne."),
    ],
    "info": ["Envoyé le dossier thématique et les modèles du helpdesk; proposé de rappeler pour en discuter.",
             "Donné l'information sur les formations et réseaux existants dans le bassin."],
}
A_NL["professional_support"] = {
    "ref": [
        ("vorming,formation,opleiding", "Vorming{svc} voorgesteld; inschrijving online."),
        ("intervisie,supervisie,ondersteuning,soutien", "Doorverwezen naar een ondersteuningsdienst voor zorgverleners{svc} (intervisie, supervisie, luisterend oor)."),
        ("netwerk,sociale kaart,réseau", "Doorverwezen naar het netwerk / de sociale kaart van de zorgzone{svc}."),
        ("", "Doorverwezen naar {name}, dat eerstelijnszorgverleners ondersteunt."),
    ],
    "info": ["Thematisch dossier en modellen van de helpdesk doorgestuurd.",
             "Info gegeven over bestaande vormingen en netwerken in de zorgzone."],
}

A_FR["mobility"] = {
    "ref": [
        ("bénévol,chauffeur,accompagn", "Proposé un service de transport / accompagnement bénévole{svc} pour les rdv médicaux; réserver quelques jours avant."),
        ("transport,taxi,minibus,pmr", "Orienté vers un service de transport adapté{svc}; réservation quelques jours à l'avance, tarif social possible."),
        ("prêt,location,aides à la mobilité,fauteuil", "Orienté vers un service de prêt d'aides à la mobilité{svc}."),
        ("", "Orienté vers {name} pour les déplacements."),
    ],
    "info": ["Expliqué les remboursements de transport par la mutuelle et les tarifs réduits STIB.",
             "Conseillé de vérifier avec la mutuelle (service transport des membres) avant de réserver."],
}
A_NL["mobility"] = {
    "ref": [
        ("vrijwillig,bénévol,chauffeur,minder mobielen", "Vrijwilligersvervoer{svc} voorgesteld voor medische afspraken; enkele dagen vooraf reserveren."),
        ("vervoer,transport,taxi", "Doorverwezen naar aangepast vervoer{svc}; enkele dagen vooraf reserveren."),
        ("uitleen,hulpmiddel,rolstoel,prêt", "Doorverwezen naar een uitleendienst mobiliteitshulpmiddelen{svc}."),
        ("", "Doorverwezen naar {name} voor vervoer."),
    ],
    "info": ["Terugbetaling van vervoer door het ziekenfonds en MIVB-tarieven uitgelegd.",
             "Aangeraden eerst bij het ziekenfonds na te vragen (vervoersdienst voor leden)."],
}

# Keywords that tell which kind of service fits the question's sub-key (for choosing services).
SUBKEY_WORDS = {
    ("diabetes", "educ"): ["educat"],
    ("diabetes", "podo"): ["podolog", "pied", "voet"],
    ("diabetes", "conv"): ["convention", "conventie"],
    ("diabetes", "diet"): ["dietet", "dietist", "dieti", "nutrition", "voeding"],
    ("diabetes", "trajet"): ["educat", "trajet", "traject"],
    ("diabetes", "mat"): ["trajet", "traject", "educat"],
    ("palliative", "team"): ["equipe", "team", "seconde ligne", "2e ligne", "begeleidingsteam", "thuiszorgteam"],
    ("palliative", "unit"): ["unite", "eenheid"],
    ("palliative", "daycentre"): ["centre de jour", "dagcentrum"],
    ("palliative", "bereav"): ["deuil", "rouw"],
    ("palliative", "night"): ["nuit", "nacht", "benevol", "vrijwillig", "garde"],
    ("palliative", "euth"): ["fin de vie", "euthanas", "levenseinde"],
    ("palliative", "acp"): ["anticip", "vroegtijd", "plateforme", "platform", "formation"],
    ("elderly_autonomy", "memory"): ["memoire", "geheugen", "demence", "dementie", "alzheimer", "geriatr"],
    ("elderly_autonomy", "daycentre"): ["centre de jour", "dagverzorging", "dagcentrum", "accueil de jour"],
    ("elderly_autonomy", "mr"): ["maison de repos", "homes", "home-info", "woonzorg", "mrs", "residence", "assistentie"],
    ("elderly_autonomy", "isolation"): ["isol", "visite", "bezoek", "eenzaam", "lien social", "solitude"],
    ("elderly_autonomy", "short"): ["court sejour", "kortverblijf"],
    ("elderly_autonomy", "heat"): ["canicule", "hitte", "isol", "appel", "telefoon"],
    ("home_care", "helper"): ["aide familiale", "aides familiales", "gezinszorg", "garde", "oppas"],
    ("home_care", "nursing"): ["infirm", "verpleg"],
    ("home_care", "meals"): ["repas", "maaltijd", "courses", "boodschap"],
    ("home_care", "alarm"): ["televigilance", "alarm", "biptele", "teleassistance"],
    ("home_care", "equip"): ["materiel", "pret ", "location", "uitleen", "hulpmiddel"],
    ("home_care", "adapt"): ["ergo", "amenagement", "aanpassing"],
    ("home_care", "kine"): ["kine"],
    ("home_care", "cleaning"): ["menag", "titres-services", "poets", "dienstencheque"],
}

# ---------------------------------------------------------------------------
# Bilingual concepts used to compare a question with a service: each concept lists word
# beginnings (French and Dutch); a question and a service share a concept when both
# contain one of its variants. Short variants (3 letters or fewer) must be whole words.
# ---------------------------------------------------------------------------
CONCEPTS = {
    "isolation": "isol,solitude,eenzaam,lien social,visites à domicile,bezoekdienst,rompre",
    "falls": "chute,tombé,tombe,valpreventie,vallen,val,équilibre",
    "heat": "canicule,chaleur,hitte,hittegolf",
    "dementia": "démence,dément,alzheimer,dementie,troubles cognitifs,troubles de mémoire,mémoire,geheugen,désorienté",
    "geriatric": "gériatr,geriatr,bilan gériatrique,fragilit",
    "daycentre": "centre de jour,accueil de jour,dagcentrum,dagverzorging,dagopvang",
    "care_home": "maison de repos,mrs,woonzorg,wzc,rusthuis,résidence-services,serviceflat,assistentiewoning,unité protégée,infor-homes,home-info",
    "short_stay": "court séjour,kortverblijf",
    "respite": "répit,respijt,halte,relais,souffler,accueil temporaire,séjour temporaire,logeren",
    "caregiver": "aidant,mantelzorg,épuisé,uitgeput,à bout",
    "young_carer": "jeune aidant,jeunes aidants,jonge mantelzorg,s'occupe de ses,zorgtaken",
    "home_nursing": "infirmi,inf. à dom,thuisverpleg,verpleegkundige,soins infirmiers,pansement,wondzorg,soins de plaie,pilulier,toilette,katz",
    "home_help": "aide familiale,aides familiales,gezinszorg,garde-malade,garde à domicile,oppas,aide à domicile,garde de nuit",
    "cleaning": "aide ménagère,titres-services,poetshulp,dienstencheque,ménage",
    "meals": "repas,maaltijd,courses,boodschap",
    "alarm": "télévigilance,biptélé,personenalarm,alarme,bracelet,téléassistance",
    "equipment": "lit médicalisé,lit électrique,matériel,lève-personne,chaise percée,déambulateur,rollator,rolstoel,fauteuil,ziekenhuisbed,hulpmiddel,uitleen,matelas",
    "adaptation": "aménagement,salle de bain,douche,monte-escalier,traplift,woningaanpassing,ergothérap,ergotherap,handgrepen,rampe",
    "physio": "kiné,kinesi",
    "coordination": "concertation,coordination,coördinatie,mdo,overleg,case manag,casemanag,plan de soins,zorgplan,sisd,gdt,intervenants,hulpverleners",
    "palliative": "palliati,fin de vie,terminal,mourir,sterven,levenseinde,laatste levensfase",
    "palliative_unit": "unité de soins palliatifs,palliatieve eenheid,lit en unité",
    "bereavement": "deuil,rouw,décédé,overlijden,décès",
    "euthanasia": "euthanas,déclaration anticipée,wilsverklaring",
    "acp": "pspa,projet de soins personnalisé,vroegtijdige zorgplanning,soins anticipé",
    "night": "nuit,nacht,nachtwake",
    "diabetes": "diabèt,diabet,dt2,dt1,dm2,glycém,insulin,tigettes,strips,hba1c",
    "education": "éducat,educat,ateliers,groepseducatie",
    "podology": "podolog,pied diabétique,diabetische voet,voetkliniek,plaie plantaire,voetwonde",
    "dietetics": "diététi,diëtist,dietist,alimentation,voeding,perdre du poids,afvallen",
    "convention": "convention,conventie,capteur,sensor,glucosesensor",
    "mental": "santé mentale,geestelijke,ssm,cgg,dépress,depress,angoiss,anxi,angst,panique,paniek,burn-out,stress,psychotraum,trauma",
    "psychologist": "psychologue,psycholoog,psy,thérapie,therapie,psychothérap,psychotherap",
    "crisis": "crise,crisis,suicid,suïcid,zelfdoding,en finir,décompens,se faire du mal",
    "psychosis": "psychot,psychos,schizo,bipolaire,délire,verward",
    "psychiatry": "psychiatr,paaz,mise en observation,gedwongen opname",
    "aftercare": "nazorg,après hospitalisation,post-hospitalisation,sortie d'hospitalisation,après une hospitalisation,sort de mise",
    "supported_housing": "habitation protégée,ihp,beschut wonen,ibw",
    "exile": "exil,psychotrauma",
    "eating": "troubles alimentaires,eetstoornis",
    "child_mental": "pédopsy,pedopsy,enfants et adolescents,kinderen en jongeren,refus scolaire,zelfverwonding",
    "addiction": "alcool,alcohol,drogue,drug,cannabis,blow,cocaïn,crack,héroïn,heroïn,verslav,assuétud,sevrage,ontwenning,dépendan,afhankelijk",
    "substitution": "méthadone,methadon,substitution,buprénorphine",
    "gambling": "paris sportifs,jeux d'argent,gok",
    "medication_dependence": "benzodiaz,somnifère,slaapmiddel",
    "harm_reduction": "seringue,spuit,réduction des risques,schadebeperking,comptoir,bas seuil,laagdrempel",
    "entourage": "entourage,groupe de parole,praatgroep,steungroep,familles de",
    "debt": "dette,schuld,huissier,crédit,surendett,médiation de dettes,guidance budgétaire,budgetbegeleiding,budgetbeheer",
    "food": "colis,épicerie,alimentaire,voedsel,kruidenier,restaurant social,sociaal restaurant,frigo",
    "energy": "énergie,energie,gaz,électricité,sibelga,budgetmeter,facture d'eau,client protégé,beschermde klant",
    "income": "ris,revenu d'intégration,leefloon,grapa,igo,inkomensgarantie,chômage,aide sociale",
    "cpas": "cpas,ocmw",
    "admin_help": "papiers,administrati,formulaires,remplir",
    "insurance": "mutuelle,mutualit,ziekenfonds,assurabilit,en ordre,bim,verhoogde tegemoetkoming,maximum à facturer,maximumfactuur,tiers payant,derdebetal,statut chronique,affilié",
    "urgent_medical_aid": "aide médicale urgente,amu,dmh,dringende medische,sans papiers,sans titre de séjour,zonder papieren,zonder verblijf,mediprima",
    "health_centre": "maison médicale,wijkgezondheid,wgc,au forfait",
    "dental": "dentiste,dentaire,tandarts,tandzorg",
    "costs": "facture,factuur,payer,betalen,kosten,coût,frais,pas de moyens,pas cher,goedkope",
    "legal_protection": "administration de biens,administrateur,bewind,juge de paix,vrederechter,mandat,zorgvolmacht,protection judiciaire,rechterlijke bescherming,incapac",
    "patient_rights": "personne de confiance,vertrouwenspersoon,représentant du patient,droits du patient,patiëntenrechten",
    "elder_abuse": "maltraitance,mishandeling,escroqu,arnaqu,profite,uitbuiting,se sert,prennent de l'argent",
    "interpreting": "interprète,interprétariat,tolk,traduct,vertal,langue des signes,gebarentaal,traduisent,vertalen",
    "mediation": "médiateur interculturel,médiation interculturelle,interculturele bemiddel",
    "caregiver_rights": "reconnaissance d'aidant,erkenning als mantelzorger,congé d'aidant,mantelzorgverlof,congé pour soins palliatifs,palliatief verlof",
    "social_housing": "logement social,sociale woning,agence immobilière sociale,sociaal verhuurkantoor,svk",
    "unhealthy_housing": "insalubr,moisissure,humidit,schimmel,vocht,ongezond",
    "eviction": "expulsion,uithuiszetting,huurachterstand,loyer à payer",
    "emergency_housing": "incendie,brand,logement d'urgence,noodwoning,transit",
    "housing": "logement,woning,wonen,appartement,studio,loyer,huur,habitat,locataire,huurder",
    "homeless": "sans-abri,sans abri,sdf,à la rue,dakloos,dakloze,op straat,tente,dort dehors,dort dans sa voiture,sans domicile",
    "shelter": "hébergement d'urgence,nachtopvang,noodopvang,plan hiver,grand froid,winteropvang,hébergement cette nuit,place d'hébergement",
    "street_care": "infirmiers de rue,straatverpleg,maraude,outreach,équipe de rue,soins de rue",
    "homeless_daycentre": "douches,lessive,douche",
    "housing_first": "housing first",
    "reference_address": "adresse de référence,referentieadres",
    "disability": "handicap,beperking,autisme,trisomie,déficience,polyhandicap,tétraplég,paraplég,amputé,malvoyant,blinde,aveugle,sourd,doof,nah",
    "disability_rights": "allocation de remplacement,allocations,integratietegemoetkoming,tegemoetkoming,reconnaissance de handicap,erkenning handicap,myhandicap,phare,vaph,budget d'assistance,persoonlijke-assistentiebudget",
    "heart": "cardiaque,hartfalen,infarctus,hartrevalidatie,revalidation cardiaque",
    "lung": "bpco,copd,respiratoire,longrevalidatie,oxygène,zuurstof,asthme,inhalateur",
    "kidney": "rénale,rénal,nier,dialyse",
    "cancer": "cancer,kanker,oncolog,chimio,radiothérapie,tumeur",
    "pain": "douleur,pijn,fibromyalgie,reuma,lombalgie,rugpijn",
    "medication_review": "revue de médication,medicatienazicht,médicaments par jour,polymorbide",
    "rehab": "revalidation,revalidatie,réadaptation,rééducation,convalescence,herstelverblijf,réhabilitation",
    "discharge": "sortie,ontslag,liaison,retour à domicile,thuiskomst,transition,transitie,lettre de sortie,urgences,spoed",
    "hospital_at_home": "hospitalisation à domicile,thuishospitalisatie,antibiotiques iv,iv-antibiotica,pansement vac",
    "screening": "dépistage,screening,opsporing,mammotest,borstkanker,darmkanker,colorectal,hépatite,hepatitis,ist,soa",
    "vaccination": "vaccin",
    "physical_activity": "activité physique,bewegen,beweeg,sport",
    "tobacco": "tabac,tabacolog,tabakolog,rookstop",
    "health_promotion": "littératie,information santé,gezondheidsvoorlichting,promotion de la santé,prévention des chutes",
    "asylum": "asile,asiel,demandeur d'asile,asielzoeker,fedasil,centre d'accueil,opvangnetwerk,débouté,ordre de quitter,bevel om het grondgebied",
    "refugee": "réfugié,vluchteling,exilé,protection temporaire,nieuwkomer,primo-arrivant,inburgering",
    "residence_law": "séjour,verblijf,9ter,régularisation,regularisatie,regroupement familial,gezinshereniging,carte orange,attestation d'immatriculation,juridique,juridisch",
    "trafficking": "traite des êtres humains,mensenhandel",
    "unaccompanied_minor": "mena,mineur étranger non accompagné,niet-begeleide,tuteur,voogd",
    "partner_violence": "violences conjugales,violence conjugale,partnergeweld,compagne,compagnon,mari,coercitif,vluchthuis,maison d'accueil",
    "sexual_violence": "violences sexuelles,seksueel geweld,zedenzorg",
    "violence": "violence,geweld,coups,slagen,hématome,blauwe plekken,victime,slachtoffer",
    "perpetrators": "auteurs de violences,daderhulp,plegers",
    "child_abuse": "sos enfants,maltraitance d'enfant,kindermishandeling,vertrouwenscentrum,marques",
    "maternity": "one,kind en gezin,consultatiebureau,nourrisson,bébé,baby,grossesse,zwanger,enceinte,prénatal,prenatal,post-partum,postnatale",
    "family_planning": "planning familial,contraception,anticonceptie,seksuele gezondheid",
    "parenting": "parentalité,opvoed,soutien aux parents,ouderschap",
    "youth": "ado,tiener,jeune de,jongeman,jongere,jeunesse,jeugdhulp,déscolaris,décrochage,weglopen",
    "childcare": "crèche,kinderopvang,halte-accueil,maison verte,huis van het kind,lieu de rencontre",
    "child_development": "développement,ontwikkeling,ne parle pas,niet praat,logopéd,logoped",
    "professional_training": "formation,vorming,opleiding",
    "supervision": "supervision,supervisie,intervision,intervisie,débriefing,debriefing",
    "worker_support": "épuisée après,burn-out des soignants,zorgverleners met burn-out,soutien psychologique pour,agression d'une aide,ondersteuning voor zorgverleners",
    "network": "réseau,netwerk,carte sociale,sociale kaart,zorgwijkoverleg,nouveau mg",
    "professional_secret": "secret professionnel,beroepsgeheim",
    "tools": "belrai,outil,instrument,modèle,sjabloon,formulaire type",
    "transport": "transport,vervoer,taxi,minibus,pmr,chauffeur,ambulance,minder mobielen",
    "mobility_aid": "scooter,scootmobiel,rollator,rolstoel,fauteuil roulant,en chaise",
    "escort": "accompagnement à l'hôpital,begeleid vervoer,quelqu'un qui reste avec elle",
    "public_transport": "stib,mivb,tarif réduit,sociaal tarief",
}


def concepts_of(text):
    """The concepts a text speaks of."""
    t = strip_accents(text.lower())
    return {c for c, variants in _CONCEPT_VARIANTS for v in variants if _kw_match(v, t)}


def _kw_match(v, t):
    tail = r"(?![a-z])" if len(v) <= 3 else ""
    return re.search(r"(?<![a-z])" + re.escape(v) + tail, t) is not None


_CONCEPT_VARIANTS = [(c, [strip_accents(v.strip().lower()) for v in vs.split(",") if v.strip()])
                     for c, vs in sorted(CONCEPTS.items())]


CLOSING = {
    "fr": ["Rappel prévu dans 15 jours pour faire le point.", "Le MG a été informé.",
           "L'appelant recontacte le helpdesk si besoin.", "Fiche envoyée par mail.",
           "Situation à rediscuter en réunion de bassin.", "Rappel demain pour vérifier que le contact est pris.",
           "Coordonnées envoyées par mail à l'appelant."],
    "nl": ["Terugbellen over twee weken.", "HA werd op de hoogte gebracht.",
           "Beller neemt opnieuw contact op indien nodig.", "Fiche per mail bezorgd.",
           "Te bespreken op het overleg van de zorgzone.", "Contactgegevens per mail bezorgd."],
}
NAMING = {
    "fr": ["Coordonnées de {name} transmises.", "Contact: {name}.", "L'appelant prend contact avec {name}."],
    "nl": ["Contactgegevens van {name} doorgegeven.", "Contact: {name}.", "Beller neemt contact op met {name}."],
}
NO_SERVICE = {
    "fr": ["Pas de service adapté trouvé dans le bassin pour l'instant; question transmise à l'équipe, à rappeler.",
           "Information donnée; l'appelant rappellera après en avoir parlé avec le patient.",
           "À rappeler: vérification en cours auprès du réseau du bassin."],
    "nl": ["Voorlopig geen gepaste dienst gevonden in de zorgzone; vraag doorgegeven aan het team, terugbellen.",
           "Info gegeven; beller belt terug na overleg met de pt.",
           "Terugbellen: navraag bij het netwerk van de zorgzone loopt."],
}

P_LOC = 0.6          # chance that a {loc} slot names the commune
P_PERSONAL = 0.10    # careless personal details
P_TYPO = 0.06
P_NO_ACCENT = 0.10   # French notes typed without accents
P_REFER = 0.80
P_REFER_INFO = 0.28
P_MULTI = 0.36
MH_SECONDARY_RATE = 0.04  # share of records with mental_health as a secondary theme


def load_services(path):
    paths = [path] if path else []
    if not paths:
        main = os.path.join(ROOT, "corpus", "data", "services.jsonl")
        if os.path.exists(main):
            paths = [main]
        else:
            paths = sorted(glob.glob(os.path.join(ROOT, "corpus", "data", "parts", "services-*.jsonl")))
    services = []
    seen = set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(d, dict):
                    continue
                sid, themes, area = d.get("id"), d.get("themes"), d.get("service_area")
                if (not isinstance(sid, str) or sid in seen or not isinstance(themes, list)
                        or not isinstance(area, list) or not themes):
                    continue
                seen.add(sid)
                def texts(field):
                    v = d.get(field)
                    return [str(x) for x in v.values()] if isinstance(v, dict) else []
                name = d.get("name") if isinstance(d.get("name"), dict) else {}
                name_text = strip_accents(" ".join(texts("name")).lower())
                full = " ".join(texts("name") + texts("description") + texts("audience"))
                services.append({"id": sid, "themes": themes, "area": area, "name": name,
                                 "languages": d.get("languages") or [],
                                 "name_text": name_text,
                                 "text": strip_accents(full.lower()),
                                 "concepts": concepts_of(full),
                                 "name_concepts": concepts_of(" ".join(texts("name"))),
                                 "age_min": d.get("age_min"), "age_max": d.get("age_max")})
    services.sort(key=lambda s: s["id"])  # independent of file order
    return services, paths


def add_typo(rng, s):
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{6,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    kind = rng.random()
    if kind < 0.45:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind < 0.75:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


def kw_in(kw, text):
    """True when the keyword starts a word of text (short keywords must be whole words)."""
    kw = strip_accents(kw.lower())
    tail = r"(?![a-z])" if len(kw) <= 3 else ""
    return re.search(r"(?<![a-z])" + re.escape(kw) + tail, text) is not None


class Generator:
    def __init__(self, rng, services, geo):
        self.rng = rng
        self.services = services
        self.geo = geo
        self.use_scen = {}
        self.use_svc = {}
        self.seen_q = set()
        # rarer concepts say more about a service
        df = {}
        for s in services:
            for c in s["concepts"]:
                df[c] = df.get(c, 0) + 1
        n = max(1, len(services))
        self.idf = {c: math.log((n + 1.0) / (df.get(c, 0) + 1.0)) for c in CONCEPTS}
        self.scen = {"fr": {}, "nl": {}}
        for lang, bank, multi in (("fr", FR, MULTI_FR), ("nl", NL, MULTI_NL)):
            for t in THEMES:
                self.scen[lang][t] = {"single": [], "multi": []}
                for i, q in enumerate(bank[t]):
                    q = dict(q, themes=[t], sid="%s-%s-%d" % (lang, t, i))
                    self.scen[lang][t]["single"].append(q)
            for i, q in enumerate(multi):
                q = dict(q, sid="%s-multi-%d" % (lang, i))
                if len(q["themes"]) == 1:
                    self.scen[lang][q["themes"][0]]["single"].append(q)
                else:
                    self.scen[lang][q["themes"][0]]["multi"].append(q)

    # -- scenario -------------------------------------------------------------
    def pick_scenario(self, lang, theme, bassin, date, exclude=()):
        rng = self.rng
        pools = self.scen[lang][theme]

        def ok(q):
            return (not q["months"] or date.month in q["months"]) and q["sid"] not in exclude

        singles = [q for q in pools["single"] if ok(q)]
        multis = [q for q in pools["multi"] if ok(q)]
        pool = multis if multis and (rng.random() < P_MULTI or not singles) else singles
        weights = []
        for q in pool:
            w = 1.0 / (1 + self.use_scen.get(q["sid"], 0)) ** 2
            for t2 in q["themes"][1:]:
                w *= (BASSIN_FACTOR.get(bassin, {}).get(t2, 1.0) * season_factor(t2, date.year, date.month)) ** 0.7
            weights.append(w)
        return wchoice(rng, pool, weights)

    # -- question -------------------------------------------------------------
    def render_question(self, q, lang, place, role, date):
        rng = self.rng
        text = q["text"]
        ages = []

        def age(m):
            v = rng.randint(int(m.group(2)), int(m.group(3)))
            if m.group(1) == "age":
                ages.append(v)
            return str(v)
        text = re.sub(r"\[([^\]]+)\]", lambda m: rng.choice(m.group(1).split("|")), text)
        text = re.sub(r"\{(age|n):(\d+)-(\d+)\}", age, text)
        mentioned = False
        if "{loc}" in text:
            loc = ""
            if rng.random() < P_LOC:
                loc = render_loc(rng, lang, place)
                mentioned = True
            text = text.replace("{loc}", loc)
        if "{Caller}" in text:
            text = text.replace("{Caller}", role_phrase(rng, lang, role, q["themes"][0]))
        personal = False
        if rng.random() < P_PERSONAL:
            d = personal_detail(rng, lang, date, ages[0] if ages else None)
            if d.startswith(" (") and text.endswith("?"):
                text = text + d
            else:
                text = text.rstrip() + ("" if text.rstrip()[-1:] in ".?!" else ".") + d
            personal = True
        if lang == "fr" and rng.random() < P_NO_ACCENT:
            text = strip_accents(text)
        if rng.random() < P_TYPO:
            text = add_typo(rng, text)
        text = re.sub(r"\s+", " ", text).strip()
        return text, mentioned, personal, ages

    # -- services and answer ----------------------------------------------------
    def pick_service(self, theme, k, bassin, lang, rec_themes, exclude, qconcepts, ages):
        """Choose a service of the theme serving the bassin (or the region), favouring the
        same bassin, services that speak of the same concepts as the question and, for the
        main theme, services of the kind the question asks for. A service that shares
        nothing with the question is never chosen."""
        cands, weights = [], []
        words = SUBKEY_WORDS.get((theme, k))
        for s in self.services:
            if theme not in s["themes"] or s["id"] in exclude:
                continue
            if bassin in s["area"]:
                w = 3.0
            elif "region" in s["area"]:
                w = 1.4
            else:
                continue
            if ages:
                a = ages[0]
                if (isinstance(s["age_min"], int) and a < s["age_min"]) or \
                        (isinstance(s["age_max"], int) and a > s["age_max"]):
                    continue
            if s["themes"][0] == theme:
                w *= 1.6
            elif s["themes"][0] not in rec_themes:
                w *= 0.3  # a service mainly for something else (e.g. for professionals)
            w *= 1.0 + 0.4 * sum(1 for t in rec_themes if t != theme and t in s["themes"])
            if lang == "nl" and "nl" in s["languages"]:
                w *= 1.3
            if lang == "fr" and s["languages"] and "fr" not in s["languages"]:
                w *= 0.4
            relevance = sum(self.idf[c] for c in qconcepts & s["concepts"])
            relevance += sum(self.idf[c] for c in qconcepts & s["name_concepts"])
            if words and any(kw_in(x, s["text"]) for x in words):
                relevance += 3.0
            if relevance < 1.0:
                continue
            w *= (1.0 + relevance) ** 2
            # a service whose name announces something the question does not speak of
            # (pregnancy, crisis, ...) is a poor fit
            missing = len(s["name_concepts"] - qconcepts)
            w *= 0.25 ** min(missing, 2)
            w /= 1.0 + 0.12 * self.use_svc.get(s["id"], 0)
            cands.append(s)
            weights.append(w)
        if not cands:
            return None
        return wchoice(self.arng, cands, [w * w for w in weights])

    def svc_name(self, s, lang):
        other = "nl" if lang == "fr" else "fr"
        return (s["name"].get(lang) or s["name"].get(other) or s["id"]).strip()

    def ref_sentence(self, lang, theme, svc, question, rec_themes):
        """A sentence for a referred service. A sentence naming a kind of service is used
        only when the service's own name shows that kind (preferring kinds the question
        speaks of); otherwise a neutral sentence of the theme names the service."""
        rng = self.arng
        q = strip_accents(question.lower())
        themes = [theme] + [t for t in rec_themes if t != theme and t in svc["themes"]]
        best, best_score = [], 0
        for t in themes:
            for kw, sentence in ANS[lang][t]["ref"]:
                if not kw:
                    continue
                kws = kw.split(",")
                if not any(kw_in(x, svc["name_text"]) for x in kws):
                    continue
                score = 2 + (1 if any(kw_in(x, q) for x in kws) else 0) + (1 if t == theme else 0)
                if score > best_score:
                    best, best_score = [sentence], score
                elif score == best_score:
                    best.append(sentence)
        name = self.svc_name(svc, lang)
        if best:
            s = rng.choice(best)
            shown = rng.random() < 0.55
            return s.replace("{svc}", " (%s)" % name if shown else ""), shown
        s = rng.choice([s for kw, s in ANS[lang][theme]["ref"] if not kw])
        return s.replace("{name}", name), True

    def build_answer(self, q, lang, bassin, rec_themes, question, ages):
        rng = self.arng
        p_ref = P_REFER_INFO if q["info"] else P_REFER
        refer = rng.random() < p_ref
        qconcepts = concepts_of(question)
        sentences, referred = [], []
        if q["a"]:
            sentences.append(q["a"])
        named = False
        if refer:
            for i, t in enumerate(rec_themes[:3]):
                if i > 0 and rng.random() > (0.65 if i == 1 else 0.4):
                    continue
                k = q["k"] if i == 0 else "gen"
                svc = self.pick_service(t, k, bassin, lang, rec_themes, referred, qconcepts, ages)
                if svc is None:
                    if i == 0 and not q["a"]:
                        sentences.append(rng.choice(ANS[lang][t]["info"]))
                    continue
                referred.append(svc["id"])
                self.use_svc[svc["id"]] = self.use_svc.get(svc["id"], 0) + 1
                s, shown = self.ref_sentence(lang, t, svc, question, rec_themes)
                if s in sentences:
                    s = rng.choice([x for kw, x in ANS[lang][t]["ref"] if not kw]).replace(
                        "{name}", self.svc_name(svc, lang))
                    shown = True
                named = named or shown
                sentences.append(s)
            if referred and not named and rng.random() < 0.45:
                first = next(s for s in self.services if s["id"] == referred[0])
                sentences.append(rng.choice(NAMING[lang]).format(name=self.svc_name(first, lang)))
        if not referred and not q["a"]:
            if rng.random() < 0.1:
                sentences = [rng.choice(NO_SERVICE[lang])]
            else:
                sentences = [rng.choice(ANS[lang][rec_themes[0]]["info"])]
                if len(rec_themes) > 1 and rng.random() < 0.7:
                    sentences.append(rng.choice(ANS[lang][rec_themes[1]]["info"]))
        sentences = sentences[:3]
        if rng.random() < 0.3:
            sentences.append(rng.choice(CLOSING[lang]))
        return " ".join(sentences[:4]), referred


HOLIDAYS = {(1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25), (12, 26)}
EASTER_MONDAY = {2023: (4, 10), 2024: (4, 1), 2025: (4, 21)}
ASCENSION = {2023: (5, 18), 2024: (5, 9), 2025: (5, 29)}
WHIT_MONDAY = {2023: (5, 29), 2024: (5, 20), 2025: (6, 9)}


def working_days(year, month):
    days, weights = [], []
    d = datetime.date(year, month, 1)
    while d.month == month:
        hol = (d.month, d.day) in HOLIDAYS or (d.month, d.day) in (
            EASTER_MONDAY[year], ASCENSION[year], WHIT_MONDAY[year])
        if d.weekday() < 5 and not hol:
            w = 1.0
            if month == 12 and d.day >= 23:
                w = 0.3
            if d.weekday() == 0:
                w *= 1.15  # Mondays are busier
            days.append(d)
            weights.append(w)
        d += datetime.timedelta(days=1)
    return days, weights


def generate(services, geo, seed):
    """Build the records. Dates, bassins, themes, languages and questions come from one
    random stream, services and answers from another, so the figures of the corpus do not
    move when services.jsonl changes."""
    rng = random.Random(seed)
    gen = Generator(rng, services, geo)
    gen.arng = random.Random(seed + 1)
    slots = []
    for y in (2023, 2024, 2025):
        for m in range(1, 13):
            n = int(round(MONTH_BASE[m] * YEAR_FACTOR[y])) + rng.choice([-1, 0, 0, 1])
            n = max(19, min(31, n))
            days, weights = working_days(y, m)
            for _ in range(n):
                slots.append(wchoice(rng, days, weights))
    slots.sort()
    # Bassins are drawn by "largest deficit": each record adds its expected share to every
    # bassin and the one furthest behind (plus a little noise) is taken. Themes are drawn
    # from their expected shares, nudged up when a theme is behind its target in that
    # bassin and down when ahead, so counts stay close to the intended mix without lag.
    deficit = {b: {t: 0.0 for t in THEMES} for b in BASSINS}
    bdeficit = {b: 0.0 for b in BASSINS}
    btotal = sum(BASSIN_WEIGHT.values())
    records = []
    mh_target = mh_count = 0.0
    for date in slots:
        for b in BASSINS:
            bdeficit[b] += BASSIN_WEIGHT[b] / btotal
        bassin = max(BASSINS, key=lambda b: bdeficit[b] + rng.random() * 0.6)
        bdeficit[bassin] -= 1.0
        probs = theme_prob(bassin, date)
        dfc = deficit[bassin]
        for t in THEMES:
            dfc[t] += probs[t]
        # Mental health follows a trend over time: its total count (as main or secondary
        # theme) is also steered region-wide, so the rise over 2025 is not lost in noise.
        mh_target += probs["mental_health"] + MH_SECONDARY_RATE
        steer = {t: min(4.0, max(0.1, 1.0 + 1.5 * dfc[t])) for t in THEMES}
        steer["mental_health"] *= min(4.0, max(0.1, 1.0 + 0.8 * (mh_target - mh_count)))
        theme = wchoice(rng, THEMES, [probs[t] * steer[t] for t in THEMES])
        dfc[theme] -= 1.0
        lang = "nl" if rng.random() < NL_SHARE[bassin] else "fr"
        place = wchoice(rng, geo[bassin], [p["weight"] for p in geo[bassin]])
        tried = set()
        for _ in range(30):
            q = gen.pick_scenario(lang, theme, bassin, date, tried)
            if q["roles"]:
                role = rng.choice(q["roles"])
            else:
                rw = role_weights(theme)
                role = wchoice(rng, ROLES, [rw.get(r, 0) for r in ROLES])
            text = None
            for _ in range(6):
                t_, mentioned, personal, ages = gen.render_question(q, lang, place, role, date)
                if t_ not in gen.seen_q:
                    text = t_
                    break
            if text is not None:
                break
            tried.add(q["sid"])
        else:
            raise SystemExit("could not render a new question for %s/%s" % (lang, theme))
        gen.seen_q.add(text)
        gen.use_scen[q["sid"]] = gen.use_scen.get(q["sid"], 0) + 1
        rec_themes = []
        for t in q["themes"]:
            if t not in rec_themes:
                rec_themes.append(t)
        rec_themes = rec_themes[:4]
        if "mental_health" in rec_themes:
            mh_count += 1
        answer, referred = gen.build_answer(q, lang, bassin, rec_themes, text, ages)
        records.append({"date": date, "bassin": bassin, "caller_role": role, "lang": lang,
                        "question": text, "answer": answer, "themes": rec_themes,
                        "referred": referred})
    # ids: per year, in date order
    counters = {}
    out = []
    for r in records:
        y = r["date"].year
        counters[y] = counters.get(y, 0) + 1
        rec = {"id": "ans-%d-%04d" % (y, counters[y]), "date": r["date"].isoformat()}
        rec.update({k: v for k, v in r.items() if k != "date"})
        out.append(rec)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--services", help="services JSONL (default: corpus/data/services.jsonl, "
                                       "else corpus/data/parts/services-*.jsonl)")
    ap.add_argument("--geography", default=os.path.join(ROOT, "data", "geography.tsv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "corpus", "data", "answers.jsonl"))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    services, paths = load_services(args.services)
    geo = load_geography(args.geography)
    records = generate(services, geo, args.seed)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, args.out)
    nref = sum(1 for r in records if r["referred"])
    print("%d answers written to %s (%d services from %s; %d with referrals)" % (
        len(records), args.out, len(services), ", ".join(os.path.relpath(p, ROOT) for p in paths) or "-", nref),
        file=sys.stderr)


if __name__ == "__main__":
    main()
