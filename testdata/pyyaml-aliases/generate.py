#!/usr/bin/env python3
"""Writes a research.yaml the way PyYAML's safe_dump writes shared lists: with anchors and aliases.

The papers of the real registry are repeated (each copy titled "... (copy N)") until there are
PAPERS of them; every copy of a paper shares its topics and key-takeaways lists with the first
copy, and the first copies of SHARED_EXTRA papers also share their sota list, so the
dump refers back to each shared list with an alias (*id001, ...). With the defaults it writes
4,000 papers and 8,392 aliases. Needs PyYAML (Debian: python3-yaml).

Usage: generate.py [--papers N] [--extra N] SOURCE_RESEARCH_YAML OUT_FILE
"""
import argparse
import copy

import yaml


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--papers", type=int, default=4000)
    args.add_argument("--extra", type=int, default=1780, help="copies that also share their sota list")
    args.add_argument("source")
    args.add_argument("out")
    a = args.parse_args()
    with open(a.source, encoding="utf-8") as f:
        source = yaml.safe_load(f)
    papers = [(year, p) for year, ps in source.items() for p in ps]
    shared = {}
    out = {}
    for n in range(a.papers):
        year, paper = papers[n % len(papers)]
        first = n < len(papers)
        p = copy.deepcopy(paper)
        if not first:
            p["title"] = "%s (copy %d)" % (paper.get("title", ""), n // len(papers))
        lists = shared.setdefault(n % len(papers), {})
        for key in ("topics", "key_takeaways") + (("sota",) if n < a.extra + len(papers) else ()):
            if key in p:
                p[key] = lists.setdefault(key, p[key])
        out.setdefault(year, []).append(p)
    with open(a.out, "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, allow_unicode=True, width=100)


if __name__ == "__main__":
    main()
