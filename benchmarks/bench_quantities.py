"""Quantity parsing time against the length of one sentence with no sentence ends.

    python benchmarks/bench_quantities.py [--max-kb 2048] [--languages de,en,fr,ru]

For each length (10 KB doubling up to --max-kb) and each language it times
`parse_quantities` on one line made of figure phrases without full stops ("with digits") and
on one made of plain words ("without digits"), and prints seconds, microseconds per KB and the
ratio of the time to what linear growth from the shortest line predicts (1.0 = linear).
Times are CPU seconds of this process.
"""

from __future__ import annotations

import argparse
import time

from crosscheck.quantities import parse_quantities

FIGURES = {
    "de": "laut Reuters rund 11.000 Soldaten und bis zu 25.000 bis 30.000 weitere Kräfte, zwölf Millionen Schuss Munition, ein dreitägiger Besuch, 7,9 Prozent im Februar 2022 ",
    "en": "according to Reuters some 11,000 troops and up to 25,000-30,000 more forces, twelve million rounds of shells, a three-day visit, 7.9 percent in February 2022 ",
    "fr": "selon Reuters environ 11 000 soldats et jusqu'à 25 000 à 30 000 soldats supplémentaires, douze millions d'obus, une visite de trois jours, 7,9 % en février 2022 ",
    "ru": "по данным Reuters около 11 тыс. солдат и от 25 до 30 тысяч военнослужащих, 12 млн снарядов, трехдневный визит, 7,9 процента в феврале 2022 года ",
}
WORDS = {
    "de": "der Minister sagte dass die Gespräche über die Lage in der Region weitergehen und alle Seiten zustimmen ",
    "en": "the minister said that talks about the situation in the region would continue and all sides agreed ",
    "fr": "le ministre a déclaré que les discussions sur la situation dans la région se poursuivraient ",
    "ru": "министр заявил что переговоры о ситуации в регионе продолжатся и все стороны согласились ",
}


def line(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def timed(text: str, language: str) -> tuple[float, int]:
    # CPU time of this process: on a shared machine wall time measures the neighbours too.
    started = time.process_time()
    found = parse_quantities(text, language)
    return time.process_time() - started, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=2048)
    parser.add_argument("--languages", default="de,en,fr,ru")
    args = parser.parse_args()
    sizes = []
    kb = 10
    while kb <= args.max_kb:
        sizes.append(kb)
        kb *= 2
    if sizes[-1] != args.max_kb:
        sizes.append(args.max_kb)
    print(f"{'language':8} {'input':15} {'KB':>6} {'figures':>8} {'seconds':>9} {'us/KB':>8} {'vs linear':>9}")
    for language in args.languages.split(","):
        for label, units in (("with digits", FIGURES), ("without digits", WORDS)):
            timed(line(units[language], sizes[0] * 1024), language)  # compile patterns, fill caches
            base = None
            for size_kb in sizes:
                seconds, count = timed(line(units[language], size_kb * 1024), language)
                base = base or seconds / size_kb
                ratio = seconds / (base * size_kb)
                print(f"{language:8} {label:15} {size_kb:6} {count:8} {seconds:9.3f} {seconds / size_kb * 1e6:8.0f} {ratio:9.2f}", flush=True)


if __name__ == "__main__":
    main()
