<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4); the default %5 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a colour as &quot;#rrggbb&quot;%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a text of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected 4 numbers, one per heading depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected 1 to 16 colours as &quot;#rrggbb&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the picture&apos;s width and height (points); it is not printed without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;center&quot; or &quot;left&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 comes in the Debian package %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a font whose printed text extracts exactly; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ChartData</name>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::CommentAnchoring</name>
    <message>
        <source>a removed chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::DocumentFile</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB, larger than any report: it is probably not a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::DocumentFormat</name>
    <message>
        <source>the id &quot;%1&quot; is used twice; every chapter and block needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric id &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table names the metric &quot;%1&quot;, which the document does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB, larger than any report (at most %2 MiB): it is probably not a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or not a report: JSON syntax error at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is JSON but not a CSR report: it has no &quot;formatVersion&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s formatVersion is not a valid version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of CSR Report Studio (format version %1; this version reads up to %2). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric id &quot;%1&quot; cannot be quoted in text: use Latin letters, digits and &quot;_&quot;, &quot;.&quot; or &quot;-&quot; (for example staff.total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal image data is damaged (not base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, the character encoding CSR reports are saved in: it holds bytes that are no text in that encoding, as a picture, a Word or Excel file, or text saved as GBK would. It is not a CSR report (.csreport) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected draft, submitted, needsChanges or approved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tolerance is a number of per cent or points, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment thread id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown comment place &quot;%1&quot; (expected chapter, block, textRange, metric, timelineEntry or listItem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file &quot;%1&quot; belongs to the metric &quot;%2&quot;, which the document does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file &quot;%1&quot; is larger than the %2 an evidence file may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file &quot;%1&quot; is damaged (not base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence files are larger than the %1 a report keeps in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file &quot;%1&quot; does not match its SHA-256: it was changed or damaged after it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year (expected four digits, as &quot;2021&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart type &quot;%1&quot; (expected none, bar, pie, yearOverYear, trendLine or trendBars).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trend chart spans %1 to %2 years, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 numbering levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown numbering style &quot;%1&quot; (expected chinese, chineseParen, arabic, arabicParen, code or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric table shows %1 to %2 year columns, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown comparison &quot;%1&quot; (expected points or relative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown block type &quot;%1&quot; (expected paragraph, metricTable, timeline, list, signature or photo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo&apos;s width is %1 to 1 of the text width, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo&apos;s width is %1 to %2 mm, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo&apos;s data is damaged (not base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is said to be &quot;%1&quot; but its bytes are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s photos together are larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report length is %1 pages; it cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report language is &quot;%1&quot;, not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table of contents lists %1 to %2 heading levels, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal image data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected importedChapter, unmatchedHeading, guessedLabel, dateWithoutYear or possibleHeader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import review lists %1 decisions, more than any import leaves (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, more than an import review entry holds (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::Evidence</name>
    <message>
        <source>&quot;%1&quot; is %2; an evidence file may be at most %3. Attach a smaller scan or an extract, and keep the full file in the unit&apos;s archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) does not fit: the report already holds %3 of evidence and keeps at most %4 in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::FigureImport</name>
    <message>
        <source>no sheet has a header row naming a value column and a metric id or label column; is this a workbook of figures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no figure &quot;%1&quot; in this report; was the workbook made for another report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value has neither a metric id nor a label, so it fits no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure of the report is called &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure of the report is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several figures (%2); give the metric id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure became a date (%1): format the cell as a number and type the figure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a truth value, not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds the error %1 instead of a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula was never calculated; open the workbook in a spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit was changed from &quot;%1&quot; to &quot;%2&quot;; give the figure in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also given at %2 with another value (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from last year (tolerated ±%2 pp): the review will ask why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from last year (tolerated ±%2%): the review will ask why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more decimals than the report prints (%2): it will show as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched to &quot;%1&quot; (%2) by its label and unit, not by its id: confirm before it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 year columns; give at most %1 years in one sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 already has a column (%2); keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no year, so the year %1 fits none of its figures; set the report&apos;s year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the report&apos;s year (%2); a report has no figures of later years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this year&apos;s value is also given at %1 with another value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ImportReview</name>
    <message>
        <source>Imported chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings without a template chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures with a guessed label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates without a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible headers left in the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::JsonReader</name>
    <message>
        <source>At %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time of the form YYYY-MM-DDThh:mm:ssZ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::LocationText</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::PhotoImage</name>
    <message>
        <source>the image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is %1 MB; a photo may have at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged: its size cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged: the JPEG file ends before its picture does (a download or copy that was cut off?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has %1 × %2 pixels (%3 megapixels); a photo may have at most %4 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged and cannot be decoded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ReportImport</name>
    <message>
        <source>The file is larger than %1 MB; a report&apos;s text is far smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not plain text (it holds binary data); save the report as text (.txt, UTF-8) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor GBK/GB18030; save it as UTF-8 text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures recovered (value and unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated events recovered (date and text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report notes fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no year; the event was dated in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the source: read it against last year&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits no chapter of the template: kept as an extra chapter; move its text where it belongs or keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no label: name the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is labelled &quot;%2&quot;, a guess from the words before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a running header or footer; delete it if it is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than %1 paragraphs; a report has far fewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ReviewWorkflow</name>
    <message>
        <source>Enter your name in Preferences first: every review step records who took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chapter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already submitted and waits for a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is approved; a change to it makes it a draft to submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer may approve &quot;%1&quot;; %2 is not one of the report&apos;s reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only a submitted chapter can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted &quot;%2&quot;; another reviewer must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; shows figures that changed more than tolerated from last year without an explanation: %2. Explain them first (Review panel › Explain…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer may return &quot;%1&quot;; %2 is not one of the report&apos;s reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only a submitted or approved chapter can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited after approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::SignOffGate</name>
    <message>
        <source>the required chapter &quot;%1&quot; is not approved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure &quot;%1&quot; (%2) changed by %3 from last year (tolerated: %4) without an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing despite open review points needs a reason; it is printed on the sign-off record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the report&apos;s owner may sign despite open review points, and the report names no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the report&apos;s owner (%1) may sign despite open review points, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::Template</name>
    <message>
        <source>&quot;%1&quot; is not a template. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::TemplateWriter</name>
    <message>
        <source>A chapter has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two chapters have the key &quot;%1&quot;; each key names one chapter of the guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template id &quot;%1&quot; is not usable: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only (it names the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no chapters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter&apos;s id &quot;%1&quot; is empty or not unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two chapters have the indicator code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter&apos;s level is numbered by indicator codes, but it has none: it is printed without a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table lists the figure &quot;%1&quot;, which the template does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure id &quot;%1&quot; is not usable: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two figures have the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure &quot;%1&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerated change of &quot;%1&quot; must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::Validator</name>
    <message>
        <source>The unit&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report year %1 is not a plausible year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting period needs a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report scope is not described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public statement has no signatory: enter the name of the unit&apos;s head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory&apos;s title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; (%2) has no unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidential metric &quot;%1&quot; (%2) has no value: the internal edition will show it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; (%2) has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; (%2) changed by %3 from last year: please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text refers to the metric &quot;%1&quot;, which is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event on %1 has no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chapter has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline requires content in &quot;%1&quot;, but it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chapter holds the signature block, so the signatory will not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline chapter &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public statement has no date: enter the day the signatory signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; (%2) changed by %3 from last year, more than the tolerated %4: add an explanation note before its chapter is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; on %2 lies outside the reporting period %3 – %4: the printed report leaves it out of the events table and of its monthly chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no alternative text: readers who cannot see it (screen readers, the open data) learn nothing of it. Describe what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::cli</name>
    <message>
        <source>new: give the file to create with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: &quot;%1&quot; already exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: there is no template &quot;%1&quot;; `csrstudio templates` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: &quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from the template &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: give exactly one report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: give exactly one report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file to create (.csreport).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a report; exit 0 without errors, 1 with errors, 2 if unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite a report file in its canonical form (stable for version control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the available templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: csrstudio [FILE]            open the editor
       csrstudio COMMAND [options]  run a command without a display

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: going on despite the errors above (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has errors; fix them, or pass --force to print it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give exactly one report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give the PDF to write with -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 edition%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, PDF/A-1b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature block: page %1, x %2 y %3 w %4 h %5 (PDF points, origin bottom-left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as a PDF (public or internal edition, optionally PDF/A-1b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public (confidential figures as **, the default) or internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export even when the report has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: give exactly one report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: the edition is &quot;public&quot; or &quot;internal&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to the printer &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report on a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print even when the report has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the template &quot;%1&quot; is not installed, so its required chapters were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the PDF would overwrite the report itself (%1); choose another -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the report has no signature block; the signature is invisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --password-file or --password-env, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for the certificate: give --password-file FILE or --password-env VAR, or run in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: give exactly one PDF file to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: give the signed file to write with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: --page takes a page number, 1 for the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: --rect takes x,y,width,height in PDF points (origin at the lower-left corner of the page), width and height above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the PDF with this PKCS#12 certificate file (.p12/.pfx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT.p12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason stated in the signature (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the signing took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: there is no --password option: a password on the command line is visible to other users and kept in the shell history. Use --password-file FILE or --password-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: give the certificate with --sign CERT.p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 at %2 UTC: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign an exported PDF with a PKCS#12 certificate (PAdES, incremental update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF to write (may be IN.pdf itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page of the visible signature field, 1 for the first (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field&apos;s rectangle in PDF points, origin at the page&apos;s lower-left corner; without it the signature is invisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x,y,w,h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: give exactly one PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid. Every signature holds and nothing was changed after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signatures of a PDF; exit 0 if all hold and nothing was changed after signing, 1 if not (or unsigned), 2 if unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates of this PEM file (repeatable); the system&apos;s CA certificates are always trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor opens one report at a time; commands are listed below.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no display to open the editor window on (DISPLAY is not set). The commands run without one:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the report names no template (metadata.templateId), so no required chapters were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --from keeps last year&apos;s chapters, so it takes no --template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 from %3: last year&apos;s figures are now the comparison column, and events and honours are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new report from a template, or from last year&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report year (default: last year; with --from, the year after that report&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from last year&apos;s report instead of a template: its chapters, prose and figures, with its figures as last year&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --%1 is for signing, but no certificate was given with --sign CERT.p12; nothing was written, so an unsigned report is not mistaken for a signed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report: a file, or SERVER#REPORT for a team report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
`csrstudio COMMAND --help` explains a command&apos;s options.
Exit status: 0 done, 1 problems found in the input, 2 the input or the call could not be used.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write, check, export and sign the yearly CSR report of a civilized unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR Report Studio</source>
        <comment>manual page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>manual page section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <comment>manual page section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <comment>manual page section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <comment>manual page section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <comment>manual page section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: csrstudio team init SERVER
       csrstudio team publish FILE.csreport --to SERVER [--as NAME]
       csrstudio team list SERVER
       csrstudio team export SERVER REPORT -o FILE.csreport
       csrstudio team grant SERVER REPORT ROLE PERSON [--chapter KEY]...
SERVER is a postgresql:// address or a service name; passwords come from ~/.pgpass, PGPASSWORD or a prompt.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team: there is no subcommand &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a report on a PostgreSQL server: init, publish, list, export, grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, publish, list, export or grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: the server to publish to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: the report&apos;s name on the server (default: the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the report file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant: a chapter (id or guideline key) the editor may change, with its sub-chapters; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team export: give the server, the report and -o FILE.csreport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the team report &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team grant: give the server, the report, the role (owner, editor, reviewer or reader) and the person&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team grant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 of &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now editor of &quot;%2&quot; for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team init: give the server (a postgresql:// address or a service name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team init: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds team schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds team schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upgraded from team schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team list: give the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team publish: give one report file and the server with --to SERVER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 as the team report &quot;%2&quot;; open it as %3#%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template-from: give one report file and -o TEMPLATE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a template from a report: its chapters, hints, table and figure definitions, without its figures, events and prose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template file to write (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s id (default: the output file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the paragraphs&apos; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the edition is &quot;public&quot;, &quot;internal&quot; or &quot;review&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the review edition carries the reviewers&apos; comments and is never signed; sign the public or internal edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public (confidential figures as **, the default), internal, or review (internal with the comments and review status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give the file to create with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: &quot;%1&quot; already exists; it was left as it is (--force replaces it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: &quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: there is no template &quot;%1&quot;; `csrstudio templates` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the heading &quot;%1&quot; fits no chapter of the template; it was kept as an extra chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2 (%3 chapters, %4 figures; read as %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template whose chapters the headings are matched to (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report year (default: read from the report notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the import with a hand-made report of the same year and print how much was recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (edited after approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [required]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexplained figures (beyond the tolerated change from last year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tolerated ±%1 pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tolerated ±%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 required chapters approved (%4 of %5 chapters), %6 open comment(s), %7 unexplained figure(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not under review (no reviewers, steps or comments), so signing is not held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off is blocked by %1 open point(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the review state; exit 0 when the report may be signed, 1 while anything blocks sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp the signature at this RFC 3161 time-stamp authority (PAdES B-T); the address comes from your CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --tsa: also embed the certificate chain and what revocation data can be fetched (PAdES B-LT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: --tsa takes the http:// or https:// address of a time-stamp authority, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: --ltv needs --tsa URL: long-term validation data is only of use with a time stamp that proves when the signature was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamped by %1 at %2 UTC (PAdES B-T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term validation data embedded (PAdES B-LT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign although the review is not finished (the report&apos;s owner only); the reason is recorded in the report and on the internal sign-off record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are for the review record (default: the name in Preferences, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --override-review is for signing; without --sign there is nothing to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the report is not ready for sign-off, so it was not signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the review (csrstudio review lists it), or, as the report&apos;s owner, sign anyway with --override-review REASON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 signs despite %2 open review point(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the PDF is signed, but the override could not be recorded in the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override is recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, does NOT verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, matches the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, does NOT match the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: give exactly one report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: give the folder for the workbooks with -o DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: --by takes &quot;assignee&quot; or &quot;chapter&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no metric tables with figures: no workbook written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workbook(s) written to %2. Fill in the yellow column, then read them back with `csrstudio import-data`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a spreadsheet (.xlsx) per person or chapter asking for this year&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the workbooks (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook per chapter assignee (default) or per chapter: assignee|chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give the data file to write with -o FILE.csv, FILE.json or FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report&apos;s figures as open data instead of the PDF: -o FILE.csv, FILE.json or FILE.xlsx. The public edition leaves confidential values out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (matched by label: not applied without --accept-label-matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new source: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-data: give the report and at least one workbook (.xlsx or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied: %1 error(s) to correct in the workbooks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 figure(s) would change; %2 was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: the workbooks give no new figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 figure(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read figures from filled-in workbooks (.xlsx, .csv) into the report, checked and all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks written by collect (or any table with a metric id or label column and a value column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and show the changes, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also apply rows matched by label and unit (they have no metric id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --data writes .csv, .json or .xlsx; name the file so (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --%1 is for the PDF, not for --data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the data edition is &quot;public&quot; or &quot;internal&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 figures, %3 edition, %4 confidential value(s) withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review: give exactly one report file or SERVER#REPORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report: a file or SERVER#REPORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the report language is one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the printed report&apos;s fixed words, dates and numbers: zh_CN or en (default: the report&apos;s own setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print style: a style id (default, civic-blue, or one in the user&apos;s style folder) or a style file; instead of the report&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give exactly one report to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: %n decision(s) to review in the editor (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Turn last year&apos;s published report (text, PDF or Word) into a structured report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published report: text (UTF-8 or GBK), PDF or Word (.docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --tsa: finally add a document time stamp over the whole file, validation data included (with --ltv: PAdES B-LTA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign: --doc-timestamp needs --tsa URL: the document time stamp comes from a time-stamp authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp added at %1 UTC (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (%1 certificates, %2 OCSP responses, %3 CRLs, %4 VRI entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRI entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT signed, only time-stamped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::data::OpenDataFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data is written as .csv, .json or .xlsx; name the file so (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::data::RequestWorkbookWriter</name>
    <message>
        <source>Cannot write %1: libxlsxwriter is not usable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::data::WorkbookReader</name>
    <message>
        <source>the file is neither a .csv text nor an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030; save the .csv as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 columns or %2 lines; no request for figures is that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1!%2: a field is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 filled fields; no request for figures is that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old .xls workbook or one with a password; save it as .xlsx without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is called .xlsx but is no .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; no request for figures is that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document type declaration is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has more than %1 sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has more than %1 different texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a cell lies outside the grid a spreadsheet has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has more than %1 filled cells; no request for figures is that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a missing shared text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable .xlsx (its ZIP structure is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has more than %1 parts; no workbook of figures has as many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing; is this an .xlsx workbook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is encrypted; save it without a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MB; it was not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable .docx (its ZIP structure is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has more than %1 parts; no report has as many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing; is this a Word document (.docx)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is encrypted; save it without a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document unpacks to more than %1 MB; it was not read further.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::DocxReportText</name>
    <message>
        <source>the document declares a DTD, which a Word document never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds more than %1 paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s XML is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a .docx (a Word 97–2003 .doc or another format?); save it as .docx first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::FigureWording</name>
    <message>
        <source> 个百分点</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::FontCoverage</name>
    <message>
        <source>The report font has no glyph for %1 (%2): they would print as empty boxes and not be found by a search. Replace them or describe them in words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::LayoutEngine</name>
    <message>
        <source>The report notes promise %1 pages; the printed report has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report details (unit, title, scope, standards, signatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo in %1, block %2 (%3) is printed as an empty frame: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::PdfExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not write the PDF for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s seal cannot be printed: %1 Choose another seal image for the signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A-1b does not allow attached files: the %1 evidence file(s) are listed in the evidence index but not embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A-1b does not allow attached files: the report&apos;s figures are not embedded as open data; export them with --data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::PdfOutline</name>
    <message>
        <source>Adding the bookmarks and links to the PDF failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::PdfReportText</name>
    <message>
        <source>%1 is not a PDF or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted; open it with its password and save an unprotected copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text (a scan?); the importer needs the report&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::ReportFileImport</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::ReportFont</name>
    <message>
        <source>The report font %1 is missing: %2 does not exist. Install the Debian package %3 (apt install %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report font %1 could not be loaded from %2; reinstall the Debian package %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::ReportPrinter</name>
    <message>
        <source>There is no default printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed; export a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available printers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; stopped at page %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::ReportWording</name>
    <message>
        <source>the wording table is larger than %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording table is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording table has no &quot;words&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording table&apos;s language is &quot;%1&quot;, not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording &quot;%1&quot; is not a known key; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording &quot;%1&quot; is not a text of at most %2 characters; the built-in one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording &quot;%1&quot; uses a placeholder the report does not fill; the built-in one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording &quot;%1&quot; needs %2 names separated by commas; the built-in one is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::ReviewNotes</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since %1 approved &quot;%2&quot; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::SealImage</name>
    <message>
        <source>The seal image &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is %2 MB; at most %3 MB is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is not a valid SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; refers to &quot;%2&quot; outside itself; that part was left out, as a seal must be self-contained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is neither a PNG nor an SVG image, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is %2×%3 pixels; at most %4×%4 is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is damaged and cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::StyleImages</name>
    <message>
        <source>The picture &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is %2 MB; at most %3 MB is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is neither a PNG nor a JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is %2×%3 pixels; at most %4×%4 is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is damaged and cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::StyleReader</name>
    <message>
        <source>The style file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The style file &quot;%1&quot; is larger than %2 KB; the default style is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KB; the default style is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2); the default style is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spacing.bodyLineHeight: %1 is lower than the body size %2; %2 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table.cellLineHeight: %1 is lower than the table size %2; %2 is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::print::StyleRegistry</name>
    <message>
        <source>The style &quot;%1&quot; is not installed; the default style is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::BoundedFile</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (a device, a pipe or a folder); only files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to verify or sign (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to verify or sign (more than %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::Comparison</name>
    <message>
        <source>The form (AcroForm) was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form (AcroForm) changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s field list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document catalog was replaced (object %1 by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document catalog changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 (object %2) changed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document information (object %1) changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node of the page tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resources of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the /%1 resources of page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource /%1 (/%2) of page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation list of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog&apos;s /%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: a signature widget (object %2) added after signing draws an appearance over %3% of the page, covering its content (an overlay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry other than a signature was added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form (AcroForm) changed: /NeedAppearances was set, so readers redraw the form fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page tree changed: the signed revision has %1 page(s), the document now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page tree changed: page %1 is now object %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (object %2) was redefined in a later update%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 (%2) was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision has no document catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::DocumentTimestamper</name>
    <message>
        <source>the PDF has no page or no form to hold the time stamp&apos;s field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoDoFo made no signature dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoDoFo did not write the time stamp&apos;s placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp token needs %1 bytes; %2 were reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update did not keep the bytes before it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::DssWriter</name>
    <message>
        <source>the PDF has no document catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update did not keep the signed bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no signature to add validation data for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::HttpFetch</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::PdfSigner</name>
    <message>
        <source>PoDoFo did not write the signature placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature needs %1 bytes; %2 were reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update did not keep the original bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The certificate fails because %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation data could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::PdfVerifier</name>
    <message>
        <source>the signature value is not a CMS structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not in the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1: digest mismatch: the signed content was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1: the certificate is not trusted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file was modified after signing: %n byte(s) follow the last signed revision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it uses the %1 digest, which is not secure enough; SHA-256 or another SHA-2 digest is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a CAdES signature without the signing-certificate attribute, so the signature does not bind the signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signing-certificate attribute names another certificate than the signer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature was removed after signing: the revision ending at byte %1 was signed, but its signature is no longer part of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1: the document was changed after it was signed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its /ByteRange is not four non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its /ByteRange does not start at byte 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its /ByteRange reaches beyond the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two parts of its /ByteRange overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dictionary has no single /Contents hex string and /ByteRange where the file says it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its /ByteRange leaves out bytes %1 to %2, but its /Contents string is bytes %3 to %4: the gap holds something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not meant for signing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has too many signatures to verify (%1 signature dictionaries, more than can be read and hashed within the work budget); it was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to verify (%1 MB; the limit is %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file nests dictionaries or arrays more than %1 levels deep, more than any real PDF; it cannot be read safely and was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s structure cannot be read, so what a reader shows cannot be checked against what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1: its byte range is malformed (%2), so it does not say which bytes it signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1: its /Contents holds no signature (empty, zeros or not a CMS structure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1: its time stamp does not hold (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s own signature does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is not over the bytes of its byte range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its token&apos;s imprint uses the %1 digest, which is not secure enough; SHA-256 or another SHA-2 digest is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a document time stamp whose /SubFilter is not /ETSI.RFC3161</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1: its byte range is malformed (%2), so it does not say which bytes it stamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1: its /Contents holds no RFC 3161 time-stamp token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1: its token was altered: the time-stamp authority&apos;s signature over it does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1: its token is not over this file: the message imprint is not the hash of the bytes of its byte range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1: the time-stamp authority is not trusted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1: the document was changed after it was stamped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read safely: %1. It was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not signed: it carries only a document time stamp, which proves that the file existed at that time, not who approved it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::RevisionDiff</name>
    <message>
        <source>The revisions could not be compared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions could not be compared (objects nest too deeply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions could not be compared (the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::RevocationFetcher</name>
    <message>
        <source>The certificate &quot;%1&quot; names no OCSP responder and no CRL, so no revocation information was embedded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OCSP response for &quot;%1&quot; from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a successful OCSP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRL for &quot;%1&quot; from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DER CRL of its issuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::SignResult</name>
    <message>
        <source>The signed PDF was written to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PKCS#12 certificate file (.p12/.pfx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open the certificate file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; holds no private key for its certificate; export it again with the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; holds a key but no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; has expired; renew it with the issuing certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is not valid yet (check the computer&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is not meant for signing (its key usage allows neither digital signature nor non-repudiation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a signature that no longer matches the file: it was changed after signing. Export it again before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature field does not fit the document (page or rectangle out of range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF cannot be written to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; has no integrity check (MAC), so its password and contents cannot be checked; export it again with the default settings (a password-based MAC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; is damaged: it is a PKCS#12 file, but cut short or altered (its integrity check fails). Copy or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is not meant for signing documents: its extended key usage allows none of emailProtection, documentSigning, Adobe authentic documents or any purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; has a key too weak for signing: RSA keys need at least 2048 bits, elliptic-curve keys at least 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; was signed by its issuer with a digest that is not secure (SHA-2, such as SHA-256, is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file &quot;%1&quot; cannot be checked before signing: it is not a regular file, or too large or has too many signatures to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be time-stamped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::SignatureTimestamp</name>
    <message>
        <source>the answer is not an RFC 3161 time-stamp reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp authority refused the request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp token carries no certificate of its signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp reply does not match the request or its signature does not hold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time stamp is not over this signature&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::SigningPolicy</name>
    <message>
        <source>its validity starts after the signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its validity ended before the signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its extensions cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key usage allows neither digitalSignature nor nonRepudiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its extended key usage is %1 only, which does not include document signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key is %1 of %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its issuer signed it with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::TimestampToken</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an RFC 3161 time-stamp token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its imprint uses the %1 digest, which is not secure enough; SHA-256 or another SHA-2 digest is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::TsaClient</name>
    <message>
        <source>The time-stamp request could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp authority %1 could not be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp authority %1 gave no usable time stamp: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::sign::XrefBounds</name>
    <message>
        <source>the file&apos;s cross-reference table has a number more than %1 characters long where an object count belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s cross-reference table claims %1 objects, more than a file of this size can hold (%2 bytes, at most %3 objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the file&apos;s cross-reference data would take too long: it repeats keywords and comments as no real PDF does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::team::TeamAddress</name>
    <message>
        <source>The server address is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is given (a postgresql:// address or a service name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a postgresql:// address nor a service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a password. Put it in ~/.pgpass or PGPASSWORD instead, or leave it out to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address&apos;s %1 contains a &apos;;&apos;, which cannot be passed on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::team::TeamConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian it comes with the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::team::TeamJournal</name>
    <message>
        <source>The journal %1 is larger than 64 MiB; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the journal %2 is no edit; the journal was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal to keep the edit in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::team::TeamReviewStore</name>
    <message>
        <source>The evidence file &quot;%1&quot; on the server is damaged or too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::team::TeamSchema</name>
    <message>
        <source>The database holds team schema version %1, newer than this program knows (%2). Use a newer CSR Report Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the team schema to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no team reports yet; run `csrstudio team init` on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds the older team schema version %1; run `csrstudio team init` on it to upgrade it to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::team::TeamSession</name>
    <message>
        <source>Name the report after the server: SERVER#REPORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That part of the report is not (or no longer) on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet saved to the server; kept until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone deleted this part of the report meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let %1 change this part of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this first; both versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo needs the server, which is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding, moving and deleting need the server, which is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier edit of this part conflicted; both versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let %1 change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review steps, comments and evidence need the server, which is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author may change a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author may delete a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::team::TeamStore</name>
    <message>
        <source>There is no team report &quot;%1&quot; on this server, or you may not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a team report: give 1 to 200 characters without &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a team report &quot;%1&quot; on this server; choose another name with --as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team report &quot;%1&quot; on the server cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no role; the roles are owner, editor, reviewer and reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an editor is given chapters (--chapter); an %1 may %2 all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no login &quot;%1&quot; on the server; create it first (createuser %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made a member of csr_member (ask the database administrator): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; has no chapter &quot;%2&quot; (give a chapter&apos;s id or guideline key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::AcceptImportReviewCommand</name>
    <message>
        <source>Accept imported decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ChangeHistoryDialog</name>
    <message>
        <source>Change History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures changed at each save, newest first. Set your name in File › Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ChangeLogModel</name>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ChapterForm</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who fills in this chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chapter groups its sub-chapters: pick one in the navigator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● %n open comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open comments: see the Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit, approve or return the chapter in the Review panel; each step records who took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PNG or JPEG photo at the end of this chapter; you can also drop image files on the chapter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ChapterPane</name>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. I-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline&apos;s indicator code; printed as the number on a level numbered by indicator codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. school.management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline&apos;s name for the chapter: the validator finds required chapters by key, so a unit may retitle them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: a report must have content here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered (off for the report notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks a new report starts with (hints show while a block is empty and are never printed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chapter selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ChapterTreeModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (edited since approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n open comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, imported: not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ChartPreview</name>
    <message>
        <source>This chapter has no charts. Metric tables and timelines are charted here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::EditChapterHeaderCommand</name>
    <message>
        <source>Mark &quot;%1&quot; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::EditMetadataCommand</name>
    <message>
        <source>Change report details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::EditMetricCommand</name>
    <message>
        <source>Change %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 last year&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change whether %1 is confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how %1 compares with last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::EditParagraphCommand</name>
    <message>
        <source>Edit text in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::EvidenceOpener</name>
    <message>
        <source>&quot;%1&quot; is damaged: its content no longer matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a copy of &quot;%1&quot; to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a copy of &quot;%1&quot; to open: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::FigureExchange</name>
    <message>
        <source>figure requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no metric tables with figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Open Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open data written to %1: %n figure(s), %2 confidential value(s) withheld.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csr::ui::ImportFiguresCommand</name>
    <message numerus="yes">
        <source>Import %n figure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csr::ui::ImportFiguresDialog</name>
    <message>
        <source>Import Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also apply the %n row(s) matched by label and unit (no metric id)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by label: not applied unless confirmed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the workbooks: correct them and import again. Nothing is applied while any remains.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workbooks give no new figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) will change. Apply makes every change at once; Edit › Undo takes them all back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csr::ui::ImportReportDialog</name>
    <message>
        <source>Import Existing Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the report says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 as a new report. Its headings are matched to the template&apos;s chapters; what the import is unsure of is listed for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ImportReviewPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: clear the selected decisions from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ListCommands</name>
    <message>
        <source>Add list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove list item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move list item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ListEditor</name>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit, year, period, scope, standards, page budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — CSR Report Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report (File › Open) or start one from the guideline template (File › New).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy cannot be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the %1 report from %2: last year&apos;s figures are the comparison column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Team Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::MetricTableCommands</name>
    <message>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change units charted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::MetricTableEditor</name>
    <message>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend, lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend, grouped bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Last Year in Percentage Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the change from last year as the difference in points (95.2 % → 96.8 %: +1.6 points) rather than in per cent (+1.7 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table mixing units is charted as one small chart per unit; or chart one unit only. The printed report names what no chart shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::MetricTableModel</name>
    <message>
        <source>Computed from this year&apos;s and last year&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential figures are printed as ** in the public edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted in text as {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 (right-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::MoveChapterCommand</name>
    <message>
        <source>Move &quot;%1&quot; up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 中国电信股份有限公司上海西区电信局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::NumberDelegate</name>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::OpenTeamReportDialog</name>
    <message>
        <source>Open Team Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) on this server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csr::ui::OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ParagraphEditor</name>
    <message>
        <source>Insert figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote a metric&apos;s value; it follows every change of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed (public edition):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics yet: add them in a metric table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::PhotoEditor</name>
    <message>
        <source>Edit photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit photo description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed under the photo, after its number (图1 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the photo shows, for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three quarters of the text width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two thirds of the text width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half the text width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third of the text width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed width in millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the text width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change photo width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::PhotoFiles</name>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is %2 MB; a photo may have at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s photos would come to %1 MB; a report may hold at most %2 MB of photos. Use smaller files (a photo printed at 300 dpi needs no more than about 2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a recovery copy every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change history names you with it when you save changed figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address your CA gives you, e.g. http://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RFC 3161 time-stamp authority. Sign &amp; Export then time-stamps each signature (PAdES B-T), so it can be checked after the certificate expires. Leave empty for no time stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed long-term validation data (certificates, revocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a time-stamp authority: adds the certificate chain and what revocation data can be fetched to the signed PDF (PAdES B-LT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp authority needs an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::RemoveChapterCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportController</name>
    <message>
        <source>There is no folder to keep your templates in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;: File › New offers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportDetailsDialog</name>
    <message>
        <source>Report details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One guideline edition per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards followed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (pages):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years the metric tables show: this year, last year and earlier years from the figures&apos; history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year columns in tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many heading levels the printed table of contents lists: 1 chapters only, 2 with their sections (a school&apos;s coded indicators), 3 one level deeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the printed report&apos;s fixed words (contents, table headings, dates, numbers), whatever the language of this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the printed report looks: page, fonts, colours, cover. A unit&apos;s own style is a file in the user&apos;s style folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents levels:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportDialogs</name>
    <message>
        <source>About CSR Report Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR Report Studio %1
Writes the yearly social-responsibility report of a Shanghai civilized unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportExporter</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportImporter</name>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 decisions to review (View › Import Review).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::RequestFiguresDialog</name>
    <message>
        <source>Request Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook per person (chapter assignee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook per chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each workbook has a sheet per metric table: the colleague fills in this year&apos;s figures and their sources, and sends it back for File › Import Figures…. The workbooks are in the report&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ReviewPanel</name>
    <message>
        <source>Saved. Approval withdrawn after the edit: %1 is a draft again and needs a new review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the open chapter to the reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the open chapter (reviewers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the open chapter back for changes, with a reason (reviewers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may approve chapters, and who owns the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the open chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the figure moved this much from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a file that backs the figure (at most %1) in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 chapters approved · %3 open comment(s) · %4 unexplained figure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not under review: name the reviewers to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was approved; this change makes it a draft again, to be submitted and approved anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n reply(ies))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>[resolved] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a chapter to submit, approve or return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (edited after approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1, explained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1, needs an explanation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Evidence to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::ReviewSteps</name>
    <message>
        <source>Explain a Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did &quot;%1&quot; change this much from last year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; an evidence file may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to change in &quot;%1&quot;? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned &quot;%1&quot; for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name in Preferences first: every comment says who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment on &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may approve or return chapters (one name per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns the sign-off and may sign despite open review points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the reviewers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::RowButtons</name>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::SaveTemplateDialog</name>
    <message>
        <source>Save as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the prose (otherwise only the hints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;: the template&apos;s file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the chapters, required parts, hints, tables and the figures&apos; names and units; drops the figures, events, honours and who fills what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::SignExportDialog</name>
    <message>
        <source>&amp;Check certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp; Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PKCS#12 file (.p12 or .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate and type its password, then check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (confidential figures masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (all figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 上海</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 CSR report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate can sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the signed PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written; choose another place for the signed PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the unsigned export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the signed file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The signature is intact; its certificate does not chain to a CA this computer trusts, so readers may need your organisation&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the report&apos;s owner: why sign before the review is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign despite open review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (set a time-stamp authority in Preferences for a signature that can be checked after the certificate expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with long-term validation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not ready for sign-off, so it was not signed:
%1
Finish the review (Review panel), or, as the report&apos;s owner, enter a reason under &quot;Sign despite open review&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign despite open review points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::SignatoryCommand</name>
    <message>
        <source>Change signatory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::SignatoryDialog</name>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 朱樱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 党委书记、总经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seal picture alone is not a signature: the exported PDF is signed digitally when you use Sign &amp; Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose seal image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal images (*.png *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::SignatureBlockEditor</name>
    <message>
        <source>No signatory yet: the public statement must be signed by the unit&apos;s head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no seal image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with seal image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TeamConflictDialog</name>
    <message>
        <source>Someone else changed this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was overwritten. Keep their version, yours, or a merge of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (on the server now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge (edit, then keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TeamLink</name>
    <message>
        <source>Figures cannot be added, removed or reordered in a team report yet; the owner can do it in a file and publish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters cannot be added or removed in a team report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team report %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — the server is away; %n edit(s) not yet saved to the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review step on the server cannot be taken back; the next step follows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TeamPassword</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateEditor</name>
    <message>
        <source>Another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the template can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Template Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures every report from this template defines, without values: a new year&apos;s report fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateEdits</name>
    <message>
        <source>New chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change indicator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnumber chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change figure id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator codes (I-1, I-2 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateMetricModel</name>
    <message>
        <source>How far the figure may move from last year before a reviewer must see why: per cent, or percentage points for a rate (unit %). Empty: the report&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateModel</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateSettingsPane</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name (id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;: the template&apos;s file name, and what each report made from it remembers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. School CSR report (six dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering, level %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TimelineCommands</name>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change date of event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change category of event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change outlet of event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note of event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TimelineEditor</name>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::TimelineModel</name>
    <message>
        <source>Leadership care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies outside the reporting period %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::UserPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR Report Studio did not close normally. A copy of unsaved changes to &quot;%1&quot; was saved at %2.

Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR reports (*.csreport);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR reports (*.csreport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since you opened or saved it here (a colleague, or another program).

Saving now would replace their changes with yours. Save your version under another name, or replace theirs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Their Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import existing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published reports (*.pdf *.docx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Open Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csr::ui::VerifyDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file of an in-house CA to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted CA file &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: every signature holds and nothing was changed after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: the PDF carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified: the file was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: a signature does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content unchanged (digest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the whole file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the file is too large or has too many signatures to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term validation data embedded: %1 certificates, %2 OCSP responses, %3 CRLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: the PDF carries only a document time stamp, which proves when it existed, not who approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document time stamp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp authority:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
