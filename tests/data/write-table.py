#!/usr/bin/env python3
"""Writes a plain table into a new .xlsx with openpyxl (a foreign writer), as a colleague's
hand-made workbook would hold it.

Usage: write-table.py OUT.xlsx SHEET '[["id", 2021, "2022年"], ["staff.total", 1100, "1,150"]]'
Numbers become number cells, strings text cells, null leaves the cell empty.
"""
import json
import sys

import openpyxl

target, name, rows = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
book = openpyxl.Workbook()
sheet = book.active
sheet.title = name
for row in rows:
    sheet.append(row)
book.save(target)
