"""Swedish-like session notes for the synthetic clinic: plausible in length,
structure and vocabulary, about no one."""

import random

_HEADINGS = ("Samtalets innehåll:", "Bedömning:", "Överenskommelser och fortsatt planering:")
_OPENINGS = (
    "Klienten kommer i tid och verkar {mood}.",
    "Klienten är {mood} i dag och berättar att veckan har varit {week}.",
    "Samtalet inleds med en genomgång av förra veckans {topic}.",
    "Klienten har själv bett om samtalet och vill prata om {topic}.",
    "Klienten kommer tio minuter sent men är {mood} och fokuserad.",
)
_BODY = (
    "Vi pratar om {topic} och hur det påverkar {area}.",
    "Klienten beskriver {feeling} i samband med {situation}.",
    "Klienten berättar att {situation} har blivit {change} sedan förra gången.",
    "Vi går igenom strategier för att hantera {feeling}, bland annat {strategy}.",
    "Klienten reflekterar över {topic} och vad som har hjälpt tidigare.",
    "Vi återkommer till målen i planen, särskilt {goal}.",
    "Klienten uttrycker {feeling} inför {situation} men också hopp om {goal}.",
    "Vi diskuterar nätverket runt klienten och vem som kan vara ett stöd kring {area}.",
    "Klienten har provat {strategy} under veckan med {outcome} resultat.",
    "Samtalet berör även {topic}; klienten vill ta upp det igen nästa gång.",
)
_ASSESSMENTS = (
    "Bedömningen är att klienten är motiverad och att {goal} är ett rimligt nästa steg.",
    "Ingen akut risk framkommer. Klienten har fungerande stöd kring {area}.",
    "Klienten verkar {mood} men stabil; fortsatt stöd kring {topic} behövs.",
    "Förändringen går långsamt men åt rätt håll, särskilt när det gäller {goal}.",
)
_PLANS = (
    "Nästa samtal om en vecka. Klienten ska till dess pröva {strategy}.",
    "Vi ses om två veckor. Skattning görs vid nästa besök.",
    "Klienten tar själv kontakt med {contact} före nästa samtal.",
    "Fortsatta samtal enligt plan. Uppföljning av {goal} vid nästa besök.",
)
_WORDS = {
    "mood": ("lugn", "trött", "orolig", "nedstämd", "på bättre humör", "spänd", "samlad"),
    "week": ("tung", "lugnare än vanligt", "stressig", "omväxlande", "bättre än väntat"),
    "topic": (
        "sömnen",
        "relationen till familjen",
        "ekonomin",
        "arbetet",
        "skam och skuld",
        "gränssättning",
        "kontakten med socialtjänsten",
        "boendesituationen",
        "tidigare händelser",
        "vardagsrutiner",
        "nätverket",
        "impulser och återfall",
        "kroppen och hälsan",
    ),
    "area": ("vardagen", "relationerna", "arbetet", "sömnen", "ekonomin", "självbilden"),
    "feeling": ("oro", "skam", "ilska", "ensamhet", "lättnad", "trötthet", "rädsla", "sorg"),
    "situation": (
        "kontakten med en närstående",
        "helgerna",
        "kvällarna",
        "en planerad flytt",
        "ett möte med myndigheter",
        "arbetsplatsen",
        "ekonomiska krav",
        "ett återfall",
    ),
    "change": ("lättare", "svårare", "ungefär som förut", "mer hanterbart"),
    "strategy": (
        "att skriva ner tankar på kvällen",
        "att ringa en vän",
        "promenader",
        "att planera veckan",
        "att säga nej",
        "andningsövningar",
        "att undvika vissa platser",
        "att söka stöd i tid",
    ),
    "goal": (
        "att sova bättre",
        "att återuppta kontakten med familjen",
        "att få ordning på ekonomin",
        "att bryta mönstret",
        "att hitta ett arbete",
        "att må bättre i kroppen",
        "att stå emot impulser",
    ),
    "outcome": ("goda", "blandade", "små men tydliga", "inga tydliga"),
    "contact": ("vårdcentralen", "socialtjänsten", "beroendemottagningen", "sin handläggare"),
}


def _fill(template: str, rng: random.Random) -> str:
    return template.format(**{key: rng.choice(words) for key, words in _WORDS.items()})


def session_note(rng: random.Random, length: int = 6) -> str:
    """A session note in the usual three parts; `length` sentences of content."""
    content = [_fill(rng.choice(_OPENINGS), rng)]
    content += [_fill(rng.choice(_BODY), rng) for _ in range(max(1, length))]
    return "\n".join(
        [
            _HEADINGS[0],
            " ".join(content),
            "",
            _HEADINGS[1],
            _fill(rng.choice(_ASSESSMENTS), rng),
            "",
            _HEADINGS[2],
            _fill(rng.choice(_PLANS), rng),
        ]
    )


def short_note(rng: random.Random) -> str:
    """A phone call or an addendum: a sentence or two."""
    return " ".join(_fill(rng.choice(_BODY), rng) for _ in range(rng.randint(1, 2)))
