#!/usr/bin/env python3
"""Builds the demo brokerage event "Emilia-Romagna meets Catalonia" (app/src/main/resources/demo/
event-emilia-romagna-catalonia.json): participants from the demo map plus generated firms, their
opportunities, and meeting requests. Deterministic (fixed seed); run from the repository root."""
import json
import random

random.seed(20270316)

# Organisations of the demo map (matched by name at registration) and generated firms (created).
MAP = [
    ("ART-ER", "Italy", "AGENCY", ["INTERNATIONALISATION", "RESEARCH_INNOVATION"], "Chiara", "Benassi", "it"),
    ("Cineca", "Italy", "CONSORTIUM", ["HPC", "AI", "BIG_DATA"], "Marco", "Guidetti", "it"),
    ("Clust-ER MECH", "Italy", "CLUSTER", ["MECHANICS", "MANUFACTURING"], "Elena", "Ferrari", "it"),
    ("Clust-ER Innovate", "Italy", "CLUSTER", ["DIGITAL_TRANSITION", "ICT"], "Paolo", "Montanari", "it"),
    ("Motorvehicle University of Emilia Romagna", "Italy", "UNIVERSITY", ["AUTOMOTIVE", "SKILLS"], "Sara", "Lodi", "it"),
    ("Associazione Big Data", "Italy", "ASSOCIATION", ["BIG_DATA", "AI"], "Luca", "Venturi", "it"),
    ("ACCIÓ", "Spain", "AGENCY", ["INTERNATIONALISATION", "INVESTMENT_ATTRACTION"], "Montserrat", "Vila", "ca"),
    ("Barcelona Supercomputing Center", "Spain", "RESEARCH_CENTRE", ["HPC", "AI", "QUANTUM"], "Jordi", "Casals", "ca"),
    ("Cluster Ambit", "Spain", "CLUSTER", ["ENVIRONMENT", "SUSTAINABILITY"], "Núria", "Puigdemont", "ca"),
    ("Cluster Packaging", "Spain", "CLUSTER", ["PACKAGING", "PLASTICS"], "Marc", "Soler", "ca"),
    ("Mespack", "Spain", "COMPANY", ["PACKAGING", "MECHANICS"], "Laia", "Ferrer", "ca"),
]
FIRMS = [
    ("Meccatronica Reggiana srl", "Italy", "Emilia-Romagna", "Reggio Emilia", ["MECHANICS", "MANUFACTURING"], "Giorgio", "Bertolini", "it",
     "Designs servo-driven automation for food and packaging lines."),
    ("Agritech Parma srl", "Italy", "Emilia-Romagna", "Parma", ["AGRIFOOD", "DIGITAL_TRANSITION"], "Francesca", "Pellacani", "it",
     "Sensors and farm-management software for tomato and dairy supply chains."),
    ("Idrogeno Padano spa", "Italy", "Emilia-Romagna", "Piacenza", ["HYDROGEN", "ENERGY"], "Davide", "Scaglioni", "it",
     "Electrolysers and hydrogen refuelling stations for logistics fleets."),
    ("Ceramica Digitale srl", "Italy", "Emilia-Romagna", "Sassuolo", ["MANUFACTURING", "SUSTAINABILITY"], "Martina", "Gualtieri", "it",
     "Digital printing and low-energy kilns for ceramic tiles."),
    ("BioMed Modena srl", "Italy", "Emilia-Romagna", "Mirandola", ["HEALTH", "PLASTICS"], "Alessandro", "Malagoli", "it",
     "Disposable biomedical devices for dialysis and transfusion."),
    ("Romagna Blue Tech srl", "Italy", "Emilia-Romagna", "Ravenna", ["BLUE_ECONOMY", "ENERGY"], "Giulia", "Casadei", "it",
     "Offshore monitoring and marine renewable energy services."),
    ("Data Valley Analytics srl", "Italy", "Emilia-Romagna", "Bologna", ["AI", "BIG_DATA"], "Stefano", "Righi", "it",
     "Machine-learning platforms for predictive maintenance."),
    ("Motori Elettrici Emiliani srl", "Italy", "Emilia-Romagna", "Modena", ["AUTOMOTIVE", "ENERGY"], "Valentina", "Zanni", "it",
     "Electric powertrains for high-performance and light commercial vehicles."),
    ("Tessile Carpi Lab srl", "Italy", "Emilia-Romagna", "Carpi", ["TEXTILES", "SUSTAINABILITY"], "Roberta", "Ganzerli", "it",
     "Recycled-fibre knitwear and digital fashion prototyping."),
    ("Cybersec Emilia srl", "Italy", "Emilia-Romagna", "Bologna", ["CYBERSECURITY", "ICT"], "Andrea", "Fabbri", "it",
     "Security operations centre services for manufacturing SMEs."),
    ("Robòtica Vallès SL", "Spain", "Catalonia", "Terrassa", ["MECHANICS", "AI"], "Pau", "Ribas", "ca",
     "Collaborative robots for small-batch assembly."),
    ("AgroDades Lleida SL", "Spain", "Catalonia", "Lleida", ["AGRIFOOD", "BIG_DATA"], "Marta", "Bosch", "ca",
     "Data services for fruit growers and cooperatives."),
    ("H2 Tarragona SA", "Spain", "Catalonia", "Tarragona", ["HYDROGEN", "ENERGY"], "Xavier", "Roca", "ca",
     "Green-hydrogen production for the petrochemical cluster."),
    ("Barcelona MedTech SL", "Spain", "Catalonia", "Barcelona", ["HEALTH", "AI"], "Anna", "Serra", "ca",
     "AI-assisted diagnostic imaging software."),
    ("Nàutica Digital SL", "Spain", "Catalonia", "Girona", ["BLUE_ECONOMY", "DIGITAL_TRANSITION"], "Oriol", "Vidal", "ca",
     "Digital twins of ports and marinas."),
    ("Moda Circular BCN SL", "Spain", "Catalonia", "Mataró", ["TEXTILES", "SUSTAINABILITY"], "Clara", "Martí", "ca",
     "Circular textile collection and recycling."),
    ("Ciberseguretat Catalana SL", "Spain", "Catalonia", "Barcelona", ["CYBERSECURITY", "ICT"], "Gerard", "Pujol", "ca",
     "Penetration testing and OT security for utilities."),
    ("EcoEnvàs SL", "Spain", "Catalonia", "Sabadell", ["PACKAGING", "SUSTAINABILITY"], "Judit", "Camps", "ca",
     "Compostable food packaging."),
    ("Mobilitat Elèctrica SL", "Spain", "Catalonia", "Martorell", ["AUTOMOTIVE", "SMART_CITIES"], "Sergi", "Mas", "ca",
     "Charging infrastructure and fleet software."),
    ("Quàntic Labs SL", "Spain", "Catalonia", "Castelldefels", ["QUANTUM", "HPC"], "Irene", "Font", "ca",
     "Quantum-inspired optimisation for logistics."),
]
OPPORTUNITY = {
    "AGENCY": ("PARTNERSHIP", "Partners for a joint internationalisation programme"),
    "CONSORTIUM": ("RD_COOPERATION", "Industrial users for HPC and AI pilots"),
    "CLUSTER": ("PARTNERSHIP", "Cluster-to-cluster cooperation and joint calls"),
    "UNIVERSITY": ("RD_COOPERATION", "Industrial theses and joint research projects"),
    "ASSOCIATION": ("PARTNERSHIP", "Members for a Mediterranean data community"),
    "RESEARCH_CENTRE": ("RD_COOPERATION", "Partners for Horizon Europe proposals"),
    "COMPANY": ("OFFER", "Technology offer for international partners"),
}

participants = []
for name, country, kind, themes, first, last, lang in MAP:
    kind_op = OPPORTUNITY[kind]
    participants.append({
        "organisation": name, "country": country, "organisationKind": kind, "inMap": True,
        "fullName": f"{first} {last}", "email": f"{first.lower()}.{last.lower()}@example.org".replace("ú", "u").replace("ó", "o"),
        "jobTitle": "International cooperation manager", "themes": themes,
        "languages": [lang, "en"] if lang == "it" else [lang, "es", "en"],
        "description": f"{name} looks for partners in {', '.join(t.lower().replace('_', ' ') for t in themes)}.",
        "opportunities": [{"type": kind_op[0], "title": kind_op[1], "themes": themes}],
    })
for name, country, region, city, themes, first, last, lang, description in FIRMS:
    participants.append({
        "organisation": name, "country": country, "region": region, "city": city, "organisationKind": "COMPANY",
        "inMap": False, "fullName": f"{first} {last}",
        "email": f"{first.lower()}.{last.lower()}@example.com".replace("ò", "o").replace("à", "a").replace("è", "e"),
        "jobTitle": random.choice(["CEO", "Business development manager", "CTO", "Export manager"]),
        "themes": themes, "languages": [lang, "en"] if lang == "it" else [lang, "es", "en"], "description": description,
        "opportunities": [{"type": random.choice(["OFFER", "REQUEST", "RD_COOPERATION", "INVESTMENT"]),
                           "title": random.choice(["Distribution partner wanted", "Joint product development",
                                                   "Pilot customer wanted", "Licensing of our technology",
                                                   "Co-investment in a new plant"]),
                           "themes": themes[:1]}],
    })

# Requests: mostly across the two regions, preferring shared themes; answered mostly "yes".
n = len(participants)
pairs = set()
requests = []
for i, p in enumerate(participants):
    others = [j for j, q in enumerate(participants) if q["country"] != p["country"]]
    others.sort(key=lambda j: (-len(set(participants[j]["themes"]) & set(p["themes"])), random.random()))
    for j in others[:random.choice([2, 3, 3, 4])]:
        key = tuple(sorted((i, j)))
        if key in pairs:
            continue
        pairs.add(key)
        answer = random.choices(["ACCEPTED", "DECLINED", "PENDING"], weights=[8, 1, 1])[0]
        requests.append({"from": i, "to": j, "answer": answer,
                         "message": "Shared interest in " + ", ".join(sorted(set(p["themes"]) & set(participants[j]["themes"])) or ["cooperation"]).lower().replace("_", " ")})

event = {
    "title": "Emilia-Romagna meets Catalonia — Intercluster B2B",
    "kind": "BROKERAGE_EVENT",
    "venue": "Tecnopolo Manifattura, Via Stalingrado 84, Bologna",
    "zone": "Europe/Rome",
    "tables": 12,
    "description": "A morning of talks on AI, HPC, hydrogen and circular manufacturing, then a long session of "
                   "one-to-one meetings between companies, clusters and research centres of Emilia-Romagna and Catalonia.",
    "sessions": [
        {"name": "B2B morning", "start": "11:00", "end": "13:00", "meetingMinutes": 20, "pauseMinutes": 0},
        {"name": "B2B afternoon", "start": "14:30", "end": "17:30", "meetingMinutes": 20, "pauseMinutes": 0, "breaks": ["16:00-16:20"]},
    ],
    "participants": participants,
    "requests": requests,
}
with open("app/src/main/resources/demo/event-emilia-romagna-catalonia.json", "w", encoding="utf-8") as out:
    json.dump(event, out, ensure_ascii=False, indent=2)
    out.write("\n")
print(len(participants), "participants,", len(requests), "requests,",
      sum(r["answer"] == "ACCEPTED" for r in requests), "accepted")
