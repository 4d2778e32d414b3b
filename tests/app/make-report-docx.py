#!/usr/bin/env python3
"""Builds a Word document (.docx) from a published report's text, as a person would have typed
it in Word: the layout's lines joined into paragraphs, headings in Word's heading styles (the
third level without its typed number, so that only the style marks it), and optionally a table
of figures (label | value | unit). Usage: make-report-docx.py REPORT.txt OUT.docx [--table]"""
import re
import sys

import docx

CN = "[一二三四五六七八九十]+"
HEADINGS = [
    (0, re.compile("^" + CN + "[、，.．]\\s*(.+)$")),
    (1, re.compile("^[（(]" + CN + "[）)][、，.．]?\\s*(.+)$")),
    (2, re.compile("^[0-9]+[.．、](?![0-9])\\s*(.+)$")),
]
STARTS = re.compile("^(\\p{Han}{2,6}：|\\d{4}\\s*年\\s*\\d{1,2}\\s*月|\\d+[.、）)])".replace(
    "\\p{Han}", "\u4e00-\u9fff").replace("\u4e00-\u9fff{", "[\u4e00-\u9fff]{"))


def heading(line):
    for level, pattern in HEADINGS:
        m = pattern.match(line)
        if m:
            title = m.group(1).strip()
            if (len(title) <= 20 and "\u4e00" <= title[0] <= "\u9fff"
                    and not re.search("[，,；;。：:]", title)):
                return level, title
    return None


def cjk(c):
    return "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"


def paragraphs(text):
    lines = [l.strip().replace("\ufeff", "") for l in text.splitlines()]
    lines = [l for l in lines if l]
    widths = sorted(sum(2 if cjk(c) else 1 for c in l) for l in lines)
    full = widths[len(widths) * 8 // 10]
    out, open_ = [], False
    for line in lines:
        starts = heading(line) is not None or STARTS.match(line)
        if open_ and not starts:
            glue = cjk(out[-1][-1]) and cjk(line[0])
            out[-1] += line if glue else " " + line
        else:
            out.append(line)
        width = sum(2 if cjk(c) else 1 for c in line)
        open_ = width >= full * 85 // 100 and line[-1] not in "。！？!?：" and not heading(line)
    return out


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    document = docx.Document()
    for p in paragraphs(text):
        h = heading(p)
        if h is None:
            document.add_paragraph(p)
        elif h[0] == 2:
            document.add_paragraph(h[1], style="Heading 3")
        else:
            document.add_paragraph(p, style="Heading %d" % (h[0] + 1))
        if "--table" in sys.argv and p.startswith("西区电信局是中国电信上海公司"):
            table = document.add_table(rows=1, cols=3)
            for cell, text in zip(table.rows[0].cells, ["指标", "2023年", "单位"]):
                cell.text = text
            for row in [("全口径员工", "1184", "人"), ("党支部", "13", "个"),
                        ("服务总面积", "92.5", "平方公里")]:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
    document.save(target)


if __name__ == "__main__":
    main()
