#!/usr/bin/env python3
"""Writes hand-made .xlsx files that exercise the reader, into the folder given.

handmade.xlsx   every kind of cell the way Excel stores them: shared strings (a rich run and a
                phonetic guide), an inline string, numbers, a date in a built-in and in a custom
                format, a boolean, an error, a formula with its cached value and one never
                calculated, relationships with absolute targets
bomb.xlsx       a sheet that unpacks to 64 MB of spaces (a few dozen KB packed)
many-parts.xlsx 3000 ZIP entries
dtd.xlsx        a sheet with an entity declaration (the "billion laughs" shape)
many-styles.xlsx handmade.xlsx whose date format's code is a megabyte long and used by 2000
                more styles (a few KB packed; the reader once scanned the code once per style)
"""
import sys
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"/>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="/xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
            'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><workbookPr/><sheets><sheet name="员工" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
           'openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>'
           '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/styles" Target="styles.xml"/></Relationships>')
STRINGS = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main"><si><t>指标编号</t></si><si><r><t>全口径</t></r><r><rPr><b/>'
           '</rPr><t>员工</t></r><rPh sb="0" eb="1"><t>ぜん</t></rPh></si><si><t>本年数值</t></si>'
           '</sst>')
STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.'
          'org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" '
          'formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3">'
          '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>')
SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
         'org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
         '<c r="D1" t="s"><v>2</v></c></row>'
         '<row r="2"><c r="A2" t="inlineStr"><is><t>staff.total</t></is></c>'
         '<c r="D2"><v>1184.5</v></c><c r="E2" s="1"><v>45356</v></c>'
         '<c r="F2" s="2"><v>45356.5</v></c></row>'
         '<row r="3"><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c>'
         '<c><f>SUM(D2:D2)</f><v>1184.5</v></c><c><f>1+1</f></c>'
         '<c t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>'
         '</sheetData></worksheet>')


def write(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression, compresslevel=9) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def base(sheet):
    return {"[Content_Types].xml": CT, "_rels/.rels": RELS, "xl/workbook.xml": WORKBOOK,
            "xl/_rels/workbook.xml.rels": WB_RELS, "xl/sharedStrings.xml": STRINGS,
            "xl/styles.xml": STYLES, "xl/worksheets/sheet1.xml": sheet}


out = sys.argv[1]
write(out + "/handmade.xlsx", base(SHEET))
write(out + "/bomb.xlsx", base(SHEET.replace("<sheetData>", "<sheetData>" + " " * (64 << 20))))
many = base(SHEET)
many.update({"xl/media/pad%d.bin" % i: b"" for i in range(3000)})
write(out + "/many-parts.xlsx", many, zipfile.ZIP_STORED)
dtd = SHEET.replace('<worksheet', '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
                    '<worksheet', 1).replace("staff.total", "&b;")
write(out + "/dtd.xlsx", base(dtd))
many_styles = base(SHEET)
many_styles["xl/styles.xml"] = (
    STYLES.replace('formatCode="yyyy', 'formatCode="' + "0" * (1 << 20) + "yyyy", 1)
    .replace("</cellXfs>", '<xf numFmtId="164"/>' * 2000 + "</cellXfs>"))
write(out + "/many-styles.xlsx", many_styles)
