#!/usr/bin/env python3
"""Fills a data-request workbook the way a colleague would, with openpyxl (a foreign writer).

Usage: fill-workbook.py IN.xlsx OUT.xlsx '{"metric.id": 12.5, "other.id": "1,18 4"}'
Each metric id found in column A of a figure sheet gets its value in column D: a number as a
number cell, a string as a text cell (typed text, as a careless colleague leaves it). A key
"note:metric.id" sets the source/note cell (column F) instead.
"""
import json
import sys

import openpyxl

source, target, values = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
book = openpyxl.load_workbook(source)
found = set()
for sheet in book.worksheets[1:]:
    for row in range(2, sheet.max_row + 1):
        metric = sheet.cell(row=row, column=1).value
        if metric in values:
            sheet.cell(row=row, column=4).value = values[metric]
            found.add(metric)
        if metric and "note:" + metric in values:
            sheet.cell(row=row, column=6).value = values["note:" + metric]
            found.add("note:" + metric)
missing = set(values) - found
if missing:
    sys.exit("fill-workbook: not in the workbook: " + ", ".join(sorted(missing)))
book.save(target)
