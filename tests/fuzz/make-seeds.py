#!/usr/bin/env python3
"""Writes the small text and image seeds of tests/fuzz/corpus/ (report, template, seal).

The seeds are committed; run this again only to change them. Small on purpose: every execution
parses its input from scratch, and a fuzzer mutates short inputs far more effectively.
The signed-PDF and PKCS#12 seeds come from make-signed-seeds.py.
"""
import base64
import json
import pathlib
import struct
import zlib

root = pathlib.Path(__file__).resolve().parent
repo = root.parents[1]
corpus = root / "corpus"


def write(target, name, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def png(width, height):
    """A truecolour-with-alpha PNG, one red pixel repeated."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"".join(b"\0" + b"\xff\0\0\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True)


sample = json.loads((repo / "resources/samples/west-district-2023.csreport").read_text())
metrics = {m["id"]: m for m in sample["metrics"]}
keep = ["staff.total", "staff.contract", "dict.opportunities"]
small = {
    "formatVersion": 1,
    "metadata": sample["metadata"],
    "signatory": {"name": "朱樱", "title": "党委书记、总经理",
                  "seal": {"mimeType": "image/png",
                           "data": base64.b64encode(png(2, 2)).decode()}},
    "metrics": [dict(metrics[k], previousValue=1.5) if k == "staff.total" else metrics[k]
                for k in keep],
    "chapters": [
        {"id": "c1", "key": "notes", "title": "报告编写说明", "required": True, "numbered": False,
         "status": "approved", "blocks": [
             {"id": "b1", "type": "paragraph", "hint": "简介", "text": "员工 {{staff.total}} 人。"}]},
        {"id": "c2", "key": "statement", "title": "公开陈述", "status": "draft",
         "blocks": [{"id": "b2", "type": "signature"}]},
        {"id": "c3", "key": "overview", "title": "基本情况", "assignee": "李", "blocks": [],
         "children": [
             {"id": "c4", "key": "overview.profile", "title": "企业概述", "blocks": [
                 {"id": "b3", "type": "metricTable", "chart": "bar", "title": "基本情况",
                  "metricIds": ["staff.total", "staff.contract"]},
                 {"id": "b4", "type": "list", "title": "荣誉", "items": ["一", "二"]},
                 {"id": "b5", "type": "timeline", "category": "leadership-care", "entries": [
                     {"category": "leadership-care", "date": "2023-01-20", "title": "慰问",
                      "note": "初一", "outlet": "报"}]}]}]}],
    "changeLog": [{"when": "2024-03-05T09:30:00Z", "who": "王", "metricId": "staff.total",
                   "field": "value", "before": "1", "after": "2"}],
}
write("report", "small.csreport", dump(small))
write("report", "minimal.csreport",
      dump({"formatVersion": 1, "metadata": {"unitName": "单位", "year": 2023}, "metrics": [],
            "chapters": []}))
write("report", "newer-version.csreport", '{"formatVersion": 99}')
# Format 3: figures over several years, trend charts, year columns.
write("report", "years.csreport",
      dump({"formatVersion": 3, "metadata": {"unitName": "单位", "year": 2023, "yearColumns": 4},
            "metrics": [{"id": "a", "label": "员工", "unit": "人", "value": 3, "previousValue": 2,
                         "history": {"2020": 1, "2021": 1.5}},
                        {"id": "b", "label": "收入", "unit": "万元", "value": 9,
                         "confidential": True, "history": {"2019": 7}}],
            "chapters": [{"id": "c1", "title": "趋势", "blocks": [
                {"id": "b1", "type": "metricTable", "chart": "trendLine", "metricIds": ["a", "b"]},
                {"id": "b2", "type": "metricTable", "chart": "trendBars", "trendYears": 3,
                 "metricIds": ["a"]}]}]}))

template = json.loads((repo / "resources/templates/shanghai-civilized-unit-2022-2023.json").read_text())
small_template = dict(small, template=template["template"])
del small_template["changeLog"]
write("template", "small.json", dump(small_template))
write("template", "bare.json", dump({"formatVersion": 1, "metadata": {"year": 2023}, "metrics": [],
                                     "chapters": [], "template": {"id": "t", "name": "T"}}))

write("seal", "seal.png", png(8, 8))
write("seal", "seal.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'>"
      "<circle cx='50' cy='50' r='40' fill='none' stroke='red' stroke-width='6'/>"
      "<text x='50' y='55' font-size='12' text-anchor='middle' fill='red'>公章</text></svg>")
write("seal", "data-image.svg",
      "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
      "width='10' height='10'><defs><linearGradient id='g'><stop offset='0' stop-color='red'/>"
      "</linearGradient></defs><rect width='10' height='10' fill='url(#g)'/>"
      "<image width='2' height='2' xlink:href='data:image/png;base64,"
      + base64.b64encode(png(2, 2)).decode() + "'/><use xlink:href='#g'/></svg>")
write("seal", "external-image.svg",
      "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
      "<image width='5' height='5' href='/etc/hostname'/></svg>")
