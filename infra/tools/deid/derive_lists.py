#!/usr/bin/env python3
"""Derives the de-identification dictionaries bundled under infra/src/main/resources/deid/.

Run from the repository root with the reference data beside it:
    python3 infra/tools/deid/derive_lists.py ../shared/data /usr/share/dict/american-english

Inputs (see docs/attribution.md): US Census 1990 name files (public domain), the zipcodes npm
package 8.0.0 ZIP list (BSD), SCOWL size-50 American English word list (Debian `wamerican`,
permissive licence), and the CMS ICD-10-CM/PCS code tables already in codeset/ (public domain).
"""
import gzip
import re
import sys
from pathlib import Path

data, scowl = Path(sys.argv[1]), Path(sys.argv[2])
out = Path("infra/src/main/resources/deid")


def write(path, lines, header):
    with open(out / path, "w", encoding="utf-8") as f:
        f.write(f"# {header}\n")
        for line in lines:
            f.write(line + "\n")


def names(file):
    return [n.strip().lower() for n in open(data / "names" / file, encoding="utf-8") if n.strip()]


# Name lists keep frequency order (most frequent first): the rank is used for surrogates.
first = list(dict.fromkeys(names("census1990-first-female.txt") + names("census1990-first-male.txt")))
write("names/first-names.txt", first, "US Census 1990 first names (female then male), by frequency. Public domain.")
write("names/surnames.txt", names("census1990-last.txt"), "US Census 1990 surnames, by frequency. Public domain.")
zips = (data / "names" / "us-zip-city-state.tsv").read_text(encoding="utf-8").splitlines()
write("places/us-zip-city-state.tsv", zips, "US ZIP -> city, state. zipcodes npm package 8.0.0, BSD licence.")

words = sorted({w.strip() for w in open(scowl, encoding="utf-8") if re.fullmatch(r"[a-z]+", w.strip())})
write("words/common-words.txt", words, "Lower-case English words from SCOWL size 50 (Kevin Atkinson; permissive licence).")

icd = set()
for table in ("icd10cm-codes-2026.txt.gz", "icd10pcs-codes-2026.txt.gz"):
    with gzip.open(Path("codeset/src/main/resources/icd10") / table, "rt", encoding="utf-8") as f:
        for line in f:
            icd.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", line[8:]))
write("words/icd-terms.txt", sorted(icd), "Words of the CMS ICD-10-CM/PCS FY2026 descriptions. Public domain.")
