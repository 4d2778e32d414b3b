<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>%1: unknown key, ignored.</source>
        <translation>%1：未知的键，已忽略。</translation>
    </message>
    <message>
        <source>%1: expected a number.</source>
        <translation>%1：应为数字。</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4); the default %5 is used.</source>
        <translation>%1：%2 超出范围（%3 至 %4）；已使用默认值 %5。</translation>
    </message>
    <message>
        <source>%1: expected true or false.</source>
        <translation>%1：应为 true 或 false。</translation>
    </message>
    <message>
        <source>%1: expected a colour as &quot;#rrggbb&quot;%2.</source>
        <translation>%1：应为“#rrggbb”格式的颜色%2。</translation>
    </message>
    <message>
        <source> or &quot;none&quot;</source>
        <translation>或“none”</translation>
    </message>
    <message>
        <source>%1: expected a text of at most %2 characters.</source>
        <translation>%1：应为不超过 %2 个字符的文本。</translation>
    </message>
    <message>
        <source>%1: expected an object.</source>
        <translation>%1：应为对象。</translation>
    </message>
    <message>
        <source>%1: expected 4 numbers, one per heading depth.</source>
        <translation>%1：应为 4 个数字，每级标题一个。</translation>
    </message>
    <message>
        <source>%1: expected 1 to 16 colours as &quot;#rrggbb&quot;.</source>
        <translation>%1：应为 1 至 16 个“#rrggbb”格式的颜色。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: give the picture&apos;s width and height (points); it is not printed without them.</source>
        <translation>%1：请给出图片的宽度和高度（单位：点）；否则不会打印该图片。</translation>
    </message>
    <message>
        <source>%1: expected &quot;center&quot; or &quot;left&quot;.</source>
        <translation>%1：应为“center”或“left”。</translation>
    </message>
    <message>
        <source>%1: %2 comes in the Debian package %3, not %4.</source>
        <translation>%1：%2 由 Debian 软件包 %3 提供，而不是 %4。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a font whose printed text extracts exactly; use one of: %3.</source>
        <translation>%1：“%2”打印出的文字无法被准确提取；请使用以下字体之一：%3。</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>csr::ChartData</name>
    <message>
        <source>events</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>csr::CommentAnchoring</name>
    <message>
        <source>a removed chapter</source>
        <translation>已删除的章节</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>内容块 %1</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>正文“%1”</translation>
    </message>
    <message>
        <source>figure %1 (%2)</source>
        <translation>指标 %1（%2）</translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation>事件“%1”</translation>
    </message>
    <message>
        <source>item “%1”</source>
        <translation>条目“%1”</translation>
    </message>
    <message>
        <source> (no longer there)</source>
        <translation>（已不存在）</translation>
    </message>
</context>
<context>
    <name>csr::DocumentFile</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB, larger than any report: it is probably not a report.</source>
        <translation>“%1”有 %2 MiB，比任何报告都大：它很可能不是报告文件。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;. %2</source>
        <translation>无法打开“%1”。%2</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
</context>
<context>
    <name>csr::DocumentFormat</name>
    <message>
        <source>the id &quot;%1&quot; is used twice; every chapter and block needs its own.</source>
        <translation>标识“%1”被使用了两次；每个章节和内容块都需要各自的标识。</translation>
    </message>
    <message>
        <source>the metric id &quot;%1&quot; is defined twice.</source>
        <translation>指标标识“%1”被定义了两次。</translation>
    </message>
    <message>
        <source>the table names the metric &quot;%1&quot;, which the document does not define.</source>
        <translation>表格引用了指标“%1”，但文档中没有定义该指标。</translation>
    </message>
    <message>
        <source>The file is %1 MiB, larger than any report (at most %2 MiB): it is probably not a report.</source>
        <translation>文件有 %1 MiB，比任何报告都大（最多 %2 MiB）：它很可能不是报告文件。</translation>
    </message>
    <message>
        <source>The file is damaged or not a report: JSON syntax error at line %1, column %2: %3.</source>
        <translation>文件已损坏或不是报告：第 %1 行第 %2 列存在 JSON 语法错误：%3。</translation>
    </message>
    <message>
        <source>The file is JSON but not a CSR report: it has no &quot;formatVersion&quot;.</source>
        <translation>文件是 JSON，但不是社会责任报告：缺少“formatVersion”。</translation>
    </message>
    <message>
        <source>The file&apos;s formatVersion is not a valid version number.</source>
        <translation>文件的 formatVersion 不是有效的版本号。</translation>
    </message>
    <message>
        <source>The file was written by a newer version of CSR Report Studio (format version %1; this version reads up to %2). Update the program to open it.</source>
        <translation>该文件由更新版本的社会责任报告编制工具写入（格式版本 %1；本版本最高可读取 %2）。请升级程序后再打开。</translation>
    </message>
    <message>
        <source>the metric id &quot;%1&quot; cannot be quoted in text: use Latin letters, digits and &quot;_&quot;, &quot;.&quot; or &quot;-&quot; (for example staff.total).</source>
        <translation>指标编号“%1”无法在正文中引用：请只用拉丁字母、数字和“_”“.”“-”（例如 staff.total）。</translation>
    </message>
    <message>
        <source>the seal image data is damaged (not base64).</source>
        <translation>印章图片数据已损坏（不是 base64 编码）。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, the character encoding CSR reports are saved in: it holds bytes that are no text in that encoding, as a picture, a Word or Excel file, or text saved as GBK would. It is not a CSR report (.csreport) file.</source>
        <translation>该文件不是 UTF-8 文本（社会责任报告保存时使用的字符编码）：其中含有在该编码下不构成文本的字节，图片、Word 或 Excel 文件以及以 GBK 保存的文本都会出现这种情况。它不是社会责任报告（.csreport）文件。</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected draft, submitted, needsChanges or approved).</source>
        <translation>未知的状态“%1”（应为 draft、submitted、needsChanges 或 approved）。</translation>
    </message>
    <message>
        <source>a tolerance is a number of per cent or points, 0 or more.</source>
        <translation>容差须为不小于 0 的百分比或百分点数。</translation>
    </message>
    <message>
        <source>the comment thread id &quot;%1&quot; is used twice.</source>
        <translation>批注标识“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>unknown comment place &quot;%1&quot; (expected chapter, block, textRange, metric, timelineEntry or listItem).</source>
        <translation>未知的批注位置“%1”（应为 chapter、block、textRange、metric、timelineEntry 或 listItem）。</translation>
    </message>
    <message>
        <source>the evidence id &quot;%1&quot; is used twice.</source>
        <translation>佐证材料标识“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>the evidence file &quot;%1&quot; belongs to the metric &quot;%2&quot;, which the document does not define.</source>
        <translation>佐证材料“%1”属于指标“%2”，但文档中没有定义该指标。</translation>
    </message>
    <message>
        <source>the evidence file &quot;%1&quot; is larger than the %2 an evidence file may be.</source>
        <translation>佐证材料“%1”超过了单个佐证材料的上限 %2。</translation>
    </message>
    <message>
        <source>the evidence file &quot;%1&quot; is damaged (not base64).</source>
        <translation>佐证材料“%1”已损坏（不是 base64 编码）。</translation>
    </message>
    <message>
        <source>the evidence files are larger than the %1 a report keeps in all.</source>
        <translation>佐证材料总大小超过了一份报告可保存的上限 %1。</translation>
    </message>
    <message>
        <source>the evidence file &quot;%1&quot; does not match its SHA-256: it was changed or damaged after it was attached.</source>
        <translation>佐证材料“%1”与其 SHA-256 不符：附加后已被改动或损坏。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year (expected four digits, as &quot;2021&quot;).</source>
        <translation>“%1”不是年份（应为四位数字，如“2021”）。</translation>
    </message>
    <message>
        <source>unknown chart type &quot;%1&quot; (expected none, bar, pie, yearOverYear, trendLine or trendBars).</source>
        <translation>未知的图表类型“%1”（应为 none、bar、pie、yearOverYear、trendLine 或 trendBars）。</translation>
    </message>
    <message>
        <source>a trend chart spans %1 to %2 years, not %3.</source>
        <translation>趋势图应涵盖 %1 至 %2 个年份，而不是 %3 个。</translation>
    </message>
    <message>
        <source>more than %1 numbering levels.</source>
        <translation>编号层级超过 %1 级。</translation>
    </message>
    <message>
        <source>unknown numbering style &quot;%1&quot; (expected chinese, chineseParen, arabic, arabicParen, code or none).</source>
        <translation>未知的编号样式“%1”（应为 chinese、chineseParen、arabic、arabicParen、code 或 none）。</translation>
    </message>
    <message>
        <source>a metric table shows %1 to %2 year columns, not %3.</source>
        <translation>数据表应显示 %1 至 %2 个年份列，而不是 %3 个。</translation>
    </message>
    <message>
        <source>unknown comparison &quot;%1&quot; (expected points or relative).</source>
        <translation>未知的对比方式“%1”（应为 points 或 relative）。</translation>
    </message>
    <message>
        <source>unknown block type &quot;%1&quot; (expected paragraph, metricTable, timeline, list, signature or photo).</source>
        <translation>未知的内容块类型“%1”（应为 paragraph、metricTable、timeline、list、signature 或 photo）。</translation>
    </message>
    <message>
        <source>a photo&apos;s width is %1 to 1 of the text width, not %2.</source>
        <translation>照片宽度应为正文宽度的 %1 至 1 倍，而不是 %2。</translation>
    </message>
    <message>
        <source>a photo&apos;s width is %1 to %2 mm, not %3.</source>
        <translation>照片宽度应为 %1 至 %2 毫米，而不是 %3。</translation>
    </message>
    <message>
        <source>the photo is larger than %1 MB.</source>
        <translation>照片超过 %1 MB。</translation>
    </message>
    <message>
        <source>the photo&apos;s data is damaged (not base64).</source>
        <translation>照片数据已损坏（不是 base64 编码）。</translation>
    </message>
    <message>
        <source>the photo cannot be used: %1</source>
        <translation>无法使用该照片：%1</translation>
    </message>
    <message>
        <source>the photo is said to be &quot;%1&quot; but its bytes are %2.</source>
        <translation>照片标明为“%1”，但其内容是 %2。</translation>
    </message>
    <message>
        <source>the report&apos;s photos together are larger than %1 MB.</source>
        <translation>报告中的照片合计超过 %1 MB。</translation>
    </message>
    <message>
        <source>the report length is %1 pages; it cannot be negative.</source>
        <translation>报告篇幅为 %1 页；不能为负数。</translation>
    </message>
    <message>
        <source>the report language is &quot;%1&quot;, not one of %2.</source>
        <translation>报告语言为“%1”，不是 %2 之一。</translation>
    </message>
    <message>
        <source>the table of contents lists %1 to %2 heading levels, not %3.</source>
        <translation>目录列出的标题级数应为 %1 至 %2 级，而不是 %3 级。</translation>
    </message>
    <message>
        <source>the seal image data is empty.</source>
        <translation>印章图片数据为空。</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected importedChapter, unmatchedHeading, guessedLabel, dateWithoutYear or possibleHeader).</source>
        <translation>未知的类别“%1”（应为 importedChapter、unmatchedHeading、guessedLabel、dateWithoutYear 或 possibleHeader）。</translation>
    </message>
    <message>
        <source>the import review lists %1 decisions, more than any import leaves (at most %2).</source>
        <translation>导入审核列出 %1 项判断，超过任何一次导入留下的数量（最多 %2 项）。</translation>
    </message>
    <message>
        <source>%1 characters, more than an import review entry holds (at most %2).</source>
        <translation>%1 个字符，超过导入审核条目可容纳的长度（最多 %2 个）。</translation>
    </message>
</context>
<context>
    <name>csr::Evidence</name>
    <message>
        <source>&quot;%1&quot; is %2; an evidence file may be at most %3. Attach a smaller scan or an extract, and keep the full file in the unit&apos;s archive.</source>
        <translation>“%1”有 %2，单个佐证材料最大为 %3。请附加较小的扫描件或摘录，完整文件留存于本单位档案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) does not fit: the report already holds %3 of evidence and keeps at most %4 in all.</source>
        <translation>无法添加“%1”（%2）：报告已有 %3 的佐证材料，总计最多只能保存 %4。</translation>
    </message>
</context>
<context>
    <name>csr::FigureImport</name>
    <message>
        <source>no sheet has a header row naming a value column and a metric id or label column; is this a workbook of figures?</source>
        <translation>没有哪个工作表的表头行同时包含数值列和指标标识列或名称列；这是填报数据的工作簿吗？</translation>
    </message>
    <message>
        <source>there is no figure &quot;%1&quot; in this report; was the workbook made for another report?</source>
        <translation>本报告中没有指标“%1”；该工作簿是否是为其他报告制作的？</translation>
    </message>
    <message>
        <source>this value has neither a metric id nor a label, so it fits no figure.</source>
        <translation>此数值既没有指标标识也没有名称，无法对应任何指标。</translation>
    </message>
    <message>
        <source>no figure of the report is called &quot;%1&quot; in %2.</source>
        <translation>报告中没有名为“%1”（%2）的指标。</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>no figure of the report is called &quot;%1&quot;.</source>
        <translation>报告中没有名为“%1”的指标。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several figures (%2); give the metric id.</source>
        <translation>“%1”与多个指标相符（%2）；请填写指标标识。</translation>
    </message>
    <message>
        <source>%1 is too large to be a figure.</source>
        <translation>%1 太大，不可能是指标数值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>the figure became a date (%1): format the cell as a number and type the figure again.</source>
        <translation>数据变成了日期（%1）：请将单元格格式设为数值，然后重新输入数据。</translation>
    </message>
    <message>
        <source>%1 is a truth value, not a number.</source>
        <translation>%1 是逻辑值，不是数字。</translation>
    </message>
    <message>
        <source>the cell holds the error %1 instead of a number.</source>
        <translation>单元格中是错误值 %1，而不是数字。</translation>
    </message>
    <message>
        <source>the formula was never calculated; open the workbook in a spreadsheet program and save it again.</source>
        <translation>公式从未计算过；请用电子表格程序打开工作簿并重新保存。</translation>
    </message>
    <message>
        <source>the unit was changed from &quot;%1&quot; to &quot;%2&quot;; give the figure in %1.</source>
        <translation>单位由“%1”改成了“%2”；请按 %1 填写数据。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also given at %2 with another value (%3).</source>
        <translation>“%1”在 %2 处也有填写，但数值不同（%3）。</translation>
    </message>
    <message>
        <source>%1 from last year (tolerated ±%2 pp): the review will ask why.</source>
        <translation>较上年变化 %1（容差 ±%2 个百分点）：审核时将要求说明原因。</translation>
    </message>
    <message>
        <source>%1 from last year (tolerated ±%2%): the review will ask why.</source>
        <translation>较上年变化 %1（容差 ±%2%）：审核时将要求说明原因。</translation>
    </message>
    <message>
        <source>%1 has more decimals than the report prints (%2): it will show as %3.</source>
        <translation>%1 的小数位数多于报告显示的位数（%2 位）：将显示为 %3。</translation>
    </message>
    <message>
        <source>matched to &quot;%1&quot; (%2) by its label and unit, not by its id: confirm before it is applied.</source>
        <translation>已按名称和单位（而非标识）匹配到“%1”（%2）：请确认后再应用。</translation>
    </message>
    <message>
        <source>more than %1 year columns; give at most %1 years in one sheet.</source>
        <translation>年份列超过 %1 列；一个工作表最多填写 %1 个年份。</translation>
    </message>
    <message>
        <source>the year %1 already has a column (%2); keep one of them.</source>
        <translation>年份 %1 已有一列（%2）；请只保留其中一列。</translation>
    </message>
    <message>
        <source>the report has no year, so the year %1 fits none of its figures; set the report&apos;s year first.</source>
        <translation>报告没有设置年度，年份 %1 无法对应任何指标；请先设置报告年度。</translation>
    </message>
    <message>
        <source>%1 is after the report&apos;s year (%2); a report has no figures of later years.</source>
        <translation>%1 晚于报告年度（%2）；报告中没有以后年份的数据。</translation>
    </message>
    <message>
        <source>this year&apos;s value is also given at %1 with another value (%2).</source>
        <translation>本年数值在 %1 处也有填写，但数值不同（%2）。</translation>
    </message>
</context>
<context>
    <name>csr::ImportReview</name>
    <message>
        <source>Imported chapters</source>
        <translation>导入的章节</translation>
    </message>
    <message>
        <source>Headings without a template chapter</source>
        <translation>模板中没有对应章节的标题</translation>
    </message>
    <message>
        <source>Figures with a guessed label</source>
        <translation>名称为推测的数据</translation>
    </message>
    <message>
        <source>Dates without a year</source>
        <translation>没有年份的日期</translation>
    </message>
    <message>
        <source>Possible headers left in the text</source>
        <translation>正文中可能残留的页眉页脚</translation>
    </message>
</context>
<context>
    <name>csr::JsonReader</name>
    <message>
        <source>At %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>expected %1.</source>
        <translation>此处应为%1。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>此处应为文本。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>此处应为对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time of the form YYYY-MM-DDThh:mm:ssZ.</source>
        <translation>“%1”不是 YYYY-MM-DDThh:mm:ssZ 格式的日期时间。</translation>
    </message>
</context>
<context>
    <name>csr::LocationText</name>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签署栏</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>上年数值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>报告范围</translation>
    </message>
    <message>
        <source>promised pages</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>indicator code</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>csr::PhotoImage</name>
    <message>
        <source>the image is empty.</source>
        <translation>图片为空。</translation>
    </message>
    <message>
        <source>the image is %1 MB; a photo may have at most %2 MB.</source>
        <translation>图片有 %1 MB；单张照片最大为 %2 MB。</translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image.</source>
        <translation>该文件不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>the image is damaged: its size cannot be read.</source>
        <translation>图片已损坏：无法读取其尺寸。</translation>
    </message>
    <message>
        <source>the image is damaged: the JPEG file ends before its picture does (a download or copy that was cut off?).</source>
        <translation>图片已损坏：JPEG 文件在图像结束前就中断了（下载或复制不完整？）。</translation>
    </message>
    <message>
        <source>the image has %1 × %2 pixels (%3 megapixels); a photo may have at most %4 megapixels.</source>
        <translation>图片为 %1 × %2 像素（%3 百万像素）；单张照片最多 %4 百万像素。</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be decoded (%1).</source>
        <translation>图片已损坏，无法解码（%1）。</translation>
    </message>
</context>
<context>
    <name>csr::ReportImport</name>
    <message>
        <source>The file is larger than %1 MB; a report&apos;s text is far smaller.</source>
        <translation>文件超过 %1 MB；报告文本远小于此。</translation>
    </message>
    <message>
        <source>The file is not plain text (it holds binary data); save the report as text (.txt, UTF-8) first.</source>
        <translation>文件不是纯文本（含有二进制数据）；请先将报告另存为文本（.txt，UTF-8）。</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor GBK/GB18030; save it as UTF-8 text first.</source>
        <translation>文本既不是 UTF-8 也不是 GBK/GB18030 编码；请先另存为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>文件中没有文本。</translation>
    </message>
    <message>
        <source>chapters placed</source>
        <translation>已归入章节</translation>
    </message>
    <message>
        <source>figures recovered (value and unit)</source>
        <translation>已识别的指标（数值和单位）</translation>
    </message>
    <message>
        <source>dated events recovered (date and text)</source>
        <translation>已识别的事件（日期和内容）</translation>
    </message>
    <message>
        <source>report notes fields</source>
        <translation>报告编写说明字段</translation>
    </message>
    <message>
        <source>signatory: %1
</source>
        <translation>签署人：%1
</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no year; the event was dated in %2.</source>
        <translation>“%1”未注明年份；该事件的日期按 %2 年计。</translation>
    </message>
    <message>
        <source>Imported from the source: read it against last year&apos;s report.</source>
        <translation>从原文导入：请对照上年报告核对。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits no chapter of the template: kept as an extra chapter; move its text where it belongs or keep it.</source>
        <translation>“%1”与模板中的章节都不匹配：已作为额外章节保留；请将其内容移到合适位置，或保留该章节。</translation>
    </message>
    <message>
        <source>%1 has no label: name the figure.</source>
        <translation>%1 没有名称：请为该指标命名。</translation>
    </message>
    <message>
        <source>%1 is labelled &quot;%2&quot;, a guess from the words before it.</source>
        <translation>%1 的名称为“%2”，是根据其前面的文字推测的。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a running header or footer; delete it if it is one.</source>
        <translation>“%1”看起来是页眉或页脚；如果是，请删除。</translation>
    </message>
    <message>
        <source>The file holds more than %1 paragraphs; a report has far fewer.</source>
        <translation>文件中的段落超过 %1 个；一份报告远没有这么多。</translation>
    </message>
</context>
<context>
    <name>csr::ReviewWorkflow</name>
    <message>
        <source>Enter your name in Preferences first: every review step records who took it.</source>
        <translation>请先在首选项中填写您的姓名：每个审核步骤都会记录操作人。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>There is no chapter &quot;%1&quot;.</source>
        <translation>没有章节“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already submitted and waits for a reviewer.</source>
        <translation>“%1”已提交，正在等待审核人审核。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is approved; a change to it makes it a draft to submit again.</source>
        <translation>“%1”已审定；修改后将变回草稿，需要重新提交。</translation>
    </message>
    <message>
        <source>Only a reviewer may approve &quot;%1&quot;; %2 is not one of the report&apos;s reviewers.</source>
        <translation>只有审核人才能批准“%1”；%2 不是本报告的审核人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only a submitted chapter can be approved.</source>
        <translation>“%1”的状态为%2：只有已提交的章节才能批准。</translation>
    </message>
    <message>
        <source>%1 submitted &quot;%2&quot;; another reviewer must approve it.</source>
        <translation>“%2”由 %1 提交，须由其他审核人批准。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; shows figures that changed more than tolerated from last year without an explanation: %2. Explain them first (Review panel › Explain…).</source>
        <translation>“%1”中有指标较上年的变化超出容差且未作说明：%2。请先说明（审核面板 › 说明…）。</translation>
    </message>
    <message>
        <source>Only a reviewer may return &quot;%1&quot;; %2 is not one of the report&apos;s reviewers.</source>
        <translation>只有审核人才能退回“%1”；%2 不是本报告的审核人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only a submitted or approved chapter can be returned.</source>
        <translation>“%1”的状态为%2：只有已提交或已审定的章节才能退回修改。</translation>
    </message>
    <message>
        <source>edited after approval</source>
        <translation>审定后已修改</translation>
    </message>
</context>
<context>
    <name>csr::SignOffGate</name>
    <message>
        <source>the required chapter &quot;%1&quot; is not approved (%2)</source>
        <translation>必备章节“%1”尚未审定（%2）</translation>
    </message>
    <message>
        <source>an open comment on %1</source>
        <translation>%1 上未解决的批注</translation>
    </message>
    <message>
        <source>the figure &quot;%1&quot; (%2) changed by %3 from last year (tolerated: %4) without an explanation</source>
        <translation>指标“%1”（%2）较上年变化 %3（容差：%4），且未作说明</translation>
    </message>
    <message>
        <source>Signing despite open review points needs a reason; it is printed on the sign-off record.</source>
        <translation>审核未完成时签名须填写理由；理由将打印在签署记录上。</translation>
    </message>
    <message>
        <source>Only the report&apos;s owner may sign despite open review points, and the report names no owner.</source>
        <translation>只有报告负责人可以在审核未完成时签名，但报告没有指定负责人。</translation>
    </message>
    <message>
        <source>Only the report&apos;s owner (%1) may sign despite open review points, not %2.</source>
        <translation>只有报告负责人（%1）可以在审核未完成时签名，%2 不可以。</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>未署名的用户</translation>
    </message>
</context>
<context>
    <name>csr::Template</name>
    <message>
        <source>&quot;%1&quot; is not a template. %2</source>
        <translation>“%1”不是模板。%2</translation>
    </message>
</context>
<context>
    <name>csr::TemplateWriter</name>
    <message>
        <source>A chapter has no title.</source>
        <translation>有章节没有标题。</translation>
    </message>
    <message>
        <source>Two chapters have the key &quot;%1&quot;; each key names one chapter of the guideline.</source>
        <translation>有两个章节使用了键“%1”；每个键只能对应编制说明中的一个章节。</translation>
    </message>
    <message>
        <source>The template id &quot;%1&quot; is not usable: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only (it names the file).</source>
        <translation>模板标识“%1”不可用：只能使用字母、数字和“.”“_”“-”（它用作文件名）。</translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation>模板没有名称。</translation>
    </message>
    <message>
        <source>The template has no chapters.</source>
        <translation>模板中没有章节。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The chapter&apos;s id &quot;%1&quot; is empty or not unique.</source>
        <translation>章节标识“%1”为空或不唯一。</translation>
    </message>
    <message>
        <source>Two chapters have the indicator code &quot;%1&quot;.</source>
        <translation>有两个章节使用了指标代码“%1”。</translation>
    </message>
    <message>
        <source>The chapter&apos;s level is numbered by indicator codes, but it has none: it is printed without a number.</source>
        <translation>该章节所在层级按指标代码编号，但它没有指标代码：打印时将不带编号。</translation>
    </message>
    <message>
        <source>A table lists the figure &quot;%1&quot;, which the template does not define.</source>
        <translation>某个数据表列出了指标“%1”，但模板中没有定义该指标。</translation>
    </message>
    <message>
        <source>The figure id &quot;%1&quot; is not usable: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>指标标识“%1”不可用：只能使用字母、数字和“.”“_”“-”。</translation>
    </message>
    <message>
        <source>Two figures have the id &quot;%1&quot;.</source>
        <translation>有两个指标使用了标识“%1”。</translation>
    </message>
    <message>
        <source>The figure &quot;%1&quot; has no name.</source>
        <translation>指标“%1”没有名称。</translation>
    </message>
    <message>
        <source>The tolerated change of &quot;%1&quot; must be 0 or more.</source>
        <translation>“%1”的容差必须不小于 0。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>csr::Validator</name>
    <message>
        <source>The unit&apos;s name is empty.</source>
        <translation>单位名称为空。</translation>
    </message>
    <message>
        <source>The report year %1 is not a plausible year.</source>
        <translation>报告年度 %1 不是合理的年份。</translation>
    </message>
    <message>
        <source>The reporting period needs a start and an end date.</source>
        <translation>报告期需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The reporting period starts (%1) after it ends (%2).</source>
        <translation>报告期的开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>The report scope is not described.</source>
        <translation>未填写报告范围。</translation>
    </message>
    <message>
        <source>The public statement has no signatory: enter the name of the unit&apos;s head.</source>
        <translation>公开陈述没有签署人：请填写单位负责人的姓名。</translation>
    </message>
    <message>
        <source>The signatory&apos;s title is empty.</source>
        <translation>签署人职务为空。</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; (%2) has no unit.</source>
        <translation>指标“%1”（%2）没有单位。</translation>
    </message>
    <message>
        <source>The confidential metric &quot;%1&quot; (%2) has no value: the internal edition will show it empty.</source>
        <translation>保密指标“%1”（%2）没有数值：内部版中将显示为空。</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; (%2) has no value.</source>
        <translation>指标“%1”（%2）没有数值。</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; (%2) changed by %3 from last year: please check it.</source>
        <translation>指标“%1”（%2）较上年变化 %3，请核实。</translation>
    </message>
    <message>
        <source>The text refers to the metric &quot;%1&quot;, which is not defined.</source>
        <translation>正文引用了指标“%1”，但该指标未定义。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; has no date.</source>
        <translation>事件“%1”没有日期。</translation>
    </message>
    <message>
        <source>The event on %1 has no description.</source>
        <translation>%1 的事件没有描述。</translation>
    </message>
    <message>
        <source>A chapter has no title.</source>
        <translation>有章节没有标题。</translation>
    </message>
    <message>
        <source>The guideline requires content in &quot;%1&quot;, but it is empty.</source>
        <translation>编制说明要求“%1”有内容，但目前为空。</translation>
    </message>
    <message>
        <source>No chapter holds the signature block, so the signatory will not be printed.</source>
        <translation>没有章节包含签署栏，签署人将不会被打印。</translation>
    </message>
    <message>
        <source>The guideline chapter &quot;%1&quot; is missing.</source>
        <translation>缺少编制说明规定的章节“%1”。</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>内容块 %1</translation>
    </message>
    <message>
        <source>The public statement has no date: enter the day the signatory signs it.</source>
        <translation>公开陈述没有落款日期：请填写签署人签署的日期。</translation>
    </message>
    <message>
        <source>The metric &quot;%1&quot; (%2) changed by %3 from last year, more than the tolerated %4: add an explanation note before its chapter is approved.</source>
        <translation>指标“%1”（%2）较上年变化 %3，超出容差 %4：请在其章节审定前补充说明。</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; on %2 lies outside the reporting period %3 – %4: the printed report leaves it out of the events table and of its monthly chart.</source>
        <translation>事件“%1”（%2）不在报告期 %3 – %4 之内：打印的报告不会将其列入事件表及月度图表。</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>一张照片</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot;</source>
        <translation>照片“%1”</translation>
    </message>
    <message>
        <source>%1 cannot be printed: %2</source>
        <translation>%1 无法打印：%2</translation>
    </message>
    <message>
        <source>%1 has no alternative text: readers who cannot see it (screen readers, the open data) learn nothing of it. Describe what it shows.</source>
        <translation>%1 没有替代文字：看不到图片的读者（使用屏幕阅读器或开放数据的读者）将无从了解其内容。请描述照片所展示的内容。</translation>
    </message>
</context>
<context>
    <name>csr::cli</name>
    <message>
        <source>new: give the file to create with -o FILE.</source>
        <translation>new：请用 -o FILE 指定要创建的文件。</translation>
    </message>
    <message>
        <source>new: &quot;%1&quot; already exists; it was left as it is.</source>
        <translation>new：“%1”已存在，未作改动。</translation>
    </message>
    <message>
        <source>new: there is no template &quot;%1&quot;; `csrstudio templates` lists them.</source>
        <translation>new：没有模板“%1”；可用 `csrstudio templates` 列出全部模板。</translation>
    </message>
    <message>
        <source>new: &quot;%1&quot; is not a year.</source>
        <translation>new：“%1”不是年份。</translation>
    </message>
    <message>
        <source>Created %1 from the template &quot;%2&quot;.</source>
        <translation>已根据模板“%2”创建 %1。</translation>
    </message>
    <message>
        <source>validate: give exactly one report file.</source>
        <translation>validate：请只指定一个报告文件。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s).</source>
        <translation>%1：%2 个错误，%3 个警告。</translation>
    </message>
    <message>
        <source>format: give exactly one report file.</source>
        <translation>format：请只指定一个报告文件。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The report file to create (.csreport).</source>
        <translation>要创建的报告文件（.csreport）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Template id (default: %1).</source>
        <translation>模板标识（默认：%1）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The unit&apos;s name.</source>
        <translation>单位名称。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Check a report; exit 0 without errors, 1 with errors, 2 if unreadable.</source>
        <translation>检查报告；无错误时退出码为 0，有错误为 1，无法读取为 2。</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>报告文件。</translation>
    </message>
    <message>
        <source>Rewrite a report file in its canonical form (stable for version control).</source>
        <translation>以规范格式重写报告文件（便于版本管理）。</translation>
    </message>
    <message>
        <source>List the available templates.</source>
        <translation>列出可用的模板。</translation>
    </message>
    <message>
        <source>Usage: csrstudio [FILE]            open the editor
       csrstudio COMMAND [options]  run a command without a display

Commands:
</source>
        <translation>用法：csrstudio [文件]            打开编辑器
      csrstudio 命令 [选项]        在无显示环境下运行命令

命令：
</translation>
    </message>
    <message>
        <source>%1: going on despite the errors above (--force).</source>
        <translation>%1：已按 --force 忽略上述错误继续。</translation>
    </message>
    <message>
        <source>%1: %2 has errors; fix them, or pass --force to print it anyway.</source>
        <translation>%1：%2 存在错误；请先修正，或加上 --force 仍然输出。</translation>
    </message>
    <message>
        <source>export: give exactly one report file.</source>
        <translation>export：请只指定一个报告文件。</translation>
    </message>
    <message>
        <source>export: give the PDF to write with -o FILE.pdf.</source>
        <translation>export：请用 -o FILE.pdf 指定要写入的 PDF。</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export：%1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 edition%4.</source>
        <translation>已写入 %1：共 %2 页，%3%4。</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部版</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开版</translation>
    </message>
    <message>
        <source>, PDF/A-1b</source>
        <translation>，PDF/A-1b</translation>
    </message>
    <message>
        <source>Signature block: page %1, x %2 y %3 w %4 h %5 (PDF points, origin bottom-left).</source>
        <translation>签署栏：第 %1 页，x %2 y %3 宽 %4 高 %5（PDF 点，原点在左下角）。</translation>
    </message>
    <message>
        <source>Write the report as a PDF (public or internal edition, optionally PDF/A-1b).</source>
        <translation>将报告输出为 PDF（公开版或内部版，可选 PDF/A-1b）。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <source>public (confidential figures as **, the default) or internal.</source>
        <translation>public（保密数据印为 **，默认）或 internal。</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>输出 PDF/A-1b，用于归档。</translation>
    </message>
    <message>
        <source>Export even when the report has errors.</source>
        <translation>即使报告存在错误也导出。</translation>
    </message>
    <message>
        <source>print: give exactly one report file.</source>
        <translation>print：请只指定一个报告文件。</translation>
    </message>
    <message>
        <source>print: the edition is &quot;public&quot; or &quot;internal&quot;, not &quot;%1&quot;.</source>
        <translation>print：版本应为“public”或“internal”，而不是“%1”。</translation>
    </message>
    <message>
        <source>print: %1</source>
        <translation>print：%1</translation>
    </message>
    <message>
        <source>Sent %1 to the printer &quot;%2&quot;.</source>
        <translation>已将 %1 发送到打印机“%2”。</translation>
    </message>
    <message>
        <source>Print the report on a printer.</source>
        <translation>用打印机打印报告。</translation>
    </message>
    <message>
        <source>The printer (default: the system&apos;s).</source>
        <translation>打印机（默认：系统默认打印机）。</translation>
    </message>
    <message>
        <source>Print even when the report has errors.</source>
        <translation>即使报告存在错误也打印。</translation>
    </message>
    <message>
        <source>note: the template &quot;%1&quot; is not installed, so its required chapters were not checked.</source>
        <translation>注意：未安装模板“%1”，因此未检查其必备章节。</translation>
    </message>
    <message>
        <source>export: the PDF would overwrite the report itself (%1); choose another -o.</source>
        <translation>export：PDF 会覆盖报告文件本身（%1）；请另选 -o。</translation>
    </message>
    <message>
        <source>warning: the report has no signature block; the signature is invisible.</source>
        <translation>警告：报告没有签署栏；签名将不可见。</translation>
    </message>
    <message>
        <source>give either --password-file or --password-env, not both.</source>
        <translation>请只给出 --password-file 或 --password-env 其中之一。</translation>
    </message>
    <message>
        <source>the password file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取密码文件“%1”。</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set.</source>
        <translation>环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>no password for the certificate: give --password-file FILE or --password-env VAR, or run in a terminal to be asked.</source>
        <translation>没有证书密码：请给出 --password-file FILE 或 --password-env VAR，或在终端中运行以便输入密码。</translation>
    </message>
    <message>
        <source>sign: give exactly one PDF file to sign.</source>
        <translation>sign：请只指定一个要签名的 PDF 文件。</translation>
    </message>
    <message>
        <source>sign: give the signed file to write with -o FILE.</source>
        <translation>sign：请用 -o FILE 指定签名后的输出文件。</translation>
    </message>
    <message>
        <source>sign: --page takes a page number, 1 for the first page.</source>
        <translation>sign：--page 需要页码，第一页为 1。</translation>
    </message>
    <message>
        <source>sign: --rect takes x,y,width,height in PDF points (origin at the lower-left corner of the page), width and height above 0.</source>
        <translation>sign：--rect 需要以 PDF 点为单位的 x,y,宽,高（原点在页面左下角），宽和高须大于 0。</translation>
    </message>
    <message>
        <source>Sign the PDF with this PKCS#12 certificate file (.p12/.pfx).</source>
        <translation>用此 PKCS#12 证书文件（.p12/.pfx）为 PDF 签名。</translation>
    </message>
    <message>
        <source>CERT.p12</source>
        <translation>证书.p12</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from the first line of this file.</source>
        <translation>从此文件的第一行读取证书密码。</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from this environment variable.</source>
        <translation>从此环境变量读取证书密码。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>The reason stated in the signature (default: %1).</source>
        <translation>签名中注明的理由（默认：%1）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Where the signing took place.</source>
        <translation>签名地点。</translation>
    </message>
    <message>
        <source>sign: there is no --password option: a password on the command line is visible to other users and kept in the shell history. Use --password-file FILE or --password-env VAR.</source>
        <translation>sign：没有 --password 选项：命令行中的密码对其他用户可见，并会留在 shell 历史中。请使用 --password-file FILE 或 --password-env VAR。</translation>
    </message>
    <message>
        <source>sign: give the certificate with --sign CERT.p12.</source>
        <translation>sign：请用 --sign CERT.p12 指定证书。</translation>
    </message>
    <message>
        <source>Signed by %1 at %2 UTC: %3</source>
        <translation>由 %1 于 %2 UTC 签名：%3</translation>
    </message>
    <message>
        <source>Sign an exported PDF with a PKCS#12 certificate (PAdES, incremental update).</source>
        <translation>用 PKCS#12 证书为导出的 PDF 签名（PAdES，增量更新）。</translation>
    </message>
    <message>
        <source>The PDF to sign.</source>
        <translation>要签名的 PDF。</translation>
    </message>
    <message>
        <source>The signed PDF to write (may be IN.pdf itself).</source>
        <translation>要写入的已签名 PDF（可以就是输入文件本身）。</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>输出.pdf</translation>
    </message>
    <message>
        <source>The page of the visible signature field, 1 for the first (default 1).</source>
        <translation>可见签名域所在页码，第一页为 1（默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>The field&apos;s rectangle in PDF points, origin at the page&apos;s lower-left corner; without it the signature is invisible.</source>
        <translation>签名域矩形，以 PDF 点为单位，原点在页面左下角；不给出时签名不可见。</translation>
    </message>
    <message>
        <source>x,y,w,h</source>
        <translation>x,y,宽,高</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Signature %1%2:</source>
        <translation>签名 %1%2：</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Digest matches</source>
        <translation>摘要一致</translation>
    </message>
    <message>
        <source>Certificate trusted</source>
        <translation>证书可信</translation>
    </message>
    <message>
        <source>Covers whole file</source>
        <translation>覆盖整个文件</translation>
    </message>
    <message>
        <source>verify: give exactly one PDF file.</source>
        <translation>verify：请只指定一个 PDF 文件。</translation>
    </message>
    <message>
        <source>%1: the file is not signed.</source>
        <translation>%1：文件未签名。</translation>
    </message>
    <message>
        <source>%1: valid. Every signature holds and nothing was changed after the last one.</source>
        <translation>%1：有效。所有签名均成立，最后一次签名后没有任何改动。</translation>
    </message>
    <message>
        <source>%1: NOT valid.</source>
        <translation>%1：无效。</translation>
    </message>
    <message>
        <source>Check the signatures of a PDF; exit 0 if all hold and nothing was changed after signing, 1 if not (or unsigned), 2 if unreadable.</source>
        <translation>检查 PDF 的签名；全部成立且签名后未被改动时退出码为 0，否则（或未签名）为 1，无法读取为 2。</translation>
    </message>
    <message>
        <source>The signed PDF.</source>
        <translation>已签名的 PDF。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates of this PEM file (repeatable); the system&apos;s CA certificates are always trusted.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书（可重复）；系统的 CA 证书始终受信任。</translation>
    </message>
    <message>
        <source>CA.pem</source>
        <translation>CA.pem</translation>
    </message>
    <message>
        <source>The editor opens one report at a time; commands are listed below.
</source>
        <translation>编辑器一次只打开一份报告；可用的命令如下。
</translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;.
</source>
        <translation>未知的命令或选项“%1”。
</translation>
    </message>
    <message>
        <source>There is no display to open the editor window on (DISPLAY is not set). The commands run without one:
</source>
        <translation>没有可用于打开编辑器窗口的显示器（未设置 DISPLAY）。以下命令无需显示器即可运行：
</translation>
    </message>
    <message>
        <source>note: the report names no template (metadata.templateId), so no required chapters were checked.</source>
        <translation>注意：报告未指定模板（metadata.templateId），因此未检查必备章节。</translation>
    </message>
    <message>
        <source>new: --from keeps last year&apos;s chapters, so it takes no --template.</source>
        <translation>new：--from 沿用上年报告的章节，因此不能同时指定 --template。</translation>
    </message>
    <message>
        <source>Created %1 for %2 from %3: last year&apos;s figures are now the comparison column, and events and honours are empty.</source>
        <translation>已根据 %3 创建 %2 年度报告 %1：上年的数据已转为对比列，事件和荣誉已清空。</translation>
    </message>
    <message>
        <source>Create a new report from a template, or from last year&apos;s report.</source>
        <translation>根据模板或上年报告新建报告。</translation>
    </message>
    <message>
        <source>The report year (default: last year; with --from, the year after that report&apos;s).</source>
        <translation>报告年度（默认为上一年；使用 --from 时为该报告的下一年）。</translation>
    </message>
    <message>
        <source>Start from last year&apos;s report instead of a template: its chapters, prose and figures, with its figures as last year&apos;s.</source>
        <translation>以上年报告代替模板作为起点：沿用其章节、正文和指标，其数据转为上年数据。</translation>
    </message>
    <message>
        <source>export: --%1 is for signing, but no certificate was given with --sign CERT.p12; nothing was written, so an unsigned report is not mistaken for a signed one.</source>
        <translation>export：--%1 用于签名，但没有用 --sign CERT.p12 指定证书；未写出任何文件，以免未签名的报告被误当作已签名的。</translation>
    </message>
    <message>
        <source>The report: a file, or SERVER#REPORT for a team report.</source>
        <translation>报告：报告文件，或团队报告的 SERVER#REPORT。</translation>
    </message>
    <message>
        <source>
`csrstudio COMMAND --help` explains a command&apos;s options.
Exit status: 0 done, 1 problems found in the input, 2 the input or the call could not be used.
</source>
        <translation>
`csrstudio 命令 --help` 可查看该命令的选项说明。
退出码：0 表示完成，1 表示输入中发现问题，2 表示输入或调用方式无法使用。
</translation>
    </message>
    <message>
        <source>write, check, export and sign the yearly CSR report of a civilized unit</source>
        <translation>编写、检查、导出文明单位年度社会责任报告并为其签名</translation>
    </message>
    <message>
        <source>CSR Report Studio</source>
        <comment>manual page title</comment>
        <translation>社会责任报告编制工具</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>manual page section</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <comment>manual page section</comment>
        <translation>概要</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <comment>manual page section</comment>
        <translation>描述</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <comment>manual page section</comment>
        <translation>命令</translation>
    </message>
    <message>
        <source>VERSION</source>
        <comment>manual page section</comment>
        <translation>版本</translation>
    </message>
    <message>
        <source>Usage: csrstudio team init SERVER
       csrstudio team publish FILE.csreport --to SERVER [--as NAME]
       csrstudio team list SERVER
       csrstudio team export SERVER REPORT -o FILE.csreport
       csrstudio team grant SERVER REPORT ROLE PERSON [--chapter KEY]...
SERVER is a postgresql:// address or a service name; passwords come from ~/.pgpass, PGPASSWORD or a prompt.
</source>
        <translation>用法：csrstudio team init 服务器
      csrstudio team publish 文件.csreport --to 服务器 [--as 名称]
      csrstudio team list 服务器
      csrstudio team export 服务器 报告 -o 文件.csreport
      csrstudio team grant 服务器 报告 角色 用户 [--chapter 章节]...
服务器为 postgresql:// 地址或服务名；密码取自 ~/.pgpass、PGPASSWORD 或运行时提示输入。
</translation>
    </message>
    <message>
        <source>team: there is no subcommand &quot;%1&quot;.
</source>
        <translation>team：没有子命令“%1”。
</translation>
    </message>
    <message>
        <source>Share a report on a PostgreSQL server: init, publish, list, export, grant.</source>
        <translation>在 PostgreSQL 服务器上共享报告：init、publish、list、export、grant。</translation>
    </message>
    <message>
        <source>init, publish, list, export or grant.</source>
        <translation>init、publish、list、export 或 grant。</translation>
    </message>
    <message>
        <source>publish: the server to publish to.</source>
        <translation>publish：要发布到的服务器。</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>publish: the report&apos;s name on the server (default: the file&apos;s name).</source>
        <translation>publish：报告在服务器上的名称（默认：文件名）。</translation>
    </message>
    <message>
        <source>export: the report file to write.</source>
        <translation>export：要写入的报告文件。</translation>
    </message>
    <message>
        <source>grant: a chapter (id or guideline key) the editor may change, with its sub-chapters; repeat for more.</source>
        <translation>grant：编辑者可修改的章节（标识或编制说明键），含其下级章节；可重复指定多个。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>team export: give the server, the report and -o FILE.csreport.</source>
        <translation>team export：请指定服务器、报告和 -o FILE.csreport。</translation>
    </message>
    <message>
        <source>team export: %1</source>
        <translation>team export：%1</translation>
    </message>
    <message>
        <source>Wrote the team report &quot;%1&quot; to %2.</source>
        <translation>已将团队报告“%1”写入 %2。</translation>
    </message>
    <message>
        <source>team grant: give the server, the report, the role (owner, editor, reviewer or reader) and the person&apos;s login.</source>
        <translation>team grant：请指定服务器、报告、角色（owner、editor、reviewer 或 reader）和用户的登录名。</translation>
    </message>
    <message>
        <source>team grant: %1</source>
        <translation>team grant：%1</translation>
    </message>
    <message>
        <source>%1 is now %2 of &quot;%3&quot;.</source>
        <translation>%1 现为“%3”的 %2。</translation>
    </message>
    <message>
        <source>%1 is now editor of &quot;%2&quot; for %3.</source>
        <translation>%1 现为“%2”中 %3 的编辑者。</translation>
    </message>
    <message>
        <source>team init: give the server (a postgresql:// address or a service name).</source>
        <translation>team init：请指定服务器（postgresql:// 地址或服务名）。</translation>
    </message>
    <message>
        <source>team init: %1</source>
        <translation>team init：%1</translation>
    </message>
    <message>
        <source>%1 already holds team schema version %2.</source>
        <translation>%1 已是团队数据库结构版本 %2。</translation>
    </message>
    <message>
        <source>%1 now holds team schema version %2.</source>
        <translation>%1 现已建立团队数据库结构版本 %2。</translation>
    </message>
    <message>
        <source>%1 upgraded from team schema version %2 to %3.</source>
        <translation>%1 的团队数据库结构已从版本 %2 升级到 %3。</translation>
    </message>
    <message>
        <source>team list: give the server.</source>
        <translation>team list：请指定服务器。</translation>
    </message>
    <message>
        <source>team list: %1</source>
        <translation>team list：%1</translation>
    </message>
    <message>
        <source>team publish: give one report file and the server with --to SERVER.</source>
        <translation>team publish：请指定一个报告文件，并用 --to SERVER 指定服务器。</translation>
    </message>
    <message>
        <source>team publish: %1</source>
        <translation>team publish：%1</translation>
    </message>
    <message>
        <source>Published %1 as the team report &quot;%2&quot;; open it as %3#%2.</source>
        <translation>已将 %1 发布为团队报告“%2”；请以 %3#%2 打开。</translation>
    </message>
    <message>
        <source>template-from: give one report file and -o TEMPLATE.json.</source>
        <translation>template-from：请指定一个报告文件和 -o TEMPLATE.json。</translation>
    </message>
    <message>
        <source>Frame of %1</source>
        <translation>基于 %1 的模板</translation>
    </message>
    <message>
        <source>Wrote the template &quot;%1&quot; to %2.</source>
        <translation>已将模板“%1”写入 %2。</translation>
    </message>
    <message>
        <source>Make a template from a report: its chapters, hints, table and figure definitions, without its figures, events and prose.</source>
        <translation>根据报告制作模板：保留章节、提示、数据表和指标定义，不含数据、事件和正文。</translation>
    </message>
    <message>
        <source>The template file to write (.json).</source>
        <translation>要写入的模板文件（.json）。</translation>
    </message>
    <message>
        <source>The template&apos;s id (default: the output file&apos;s name).</source>
        <translation>模板标识（默认：输出文件名）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>The template&apos;s name.</source>
        <translation>模板名称。</translation>
    </message>
    <message>
        <source>Keep the paragraphs&apos; text.</source>
        <translation>保留段落正文。</translation>
    </message>
    <message>
        <source>export: the edition is &quot;public&quot;, &quot;internal&quot; or &quot;review&quot;, not &quot;%1&quot;.</source>
        <translation>export：版本应为“public”“internal”或“review”，而不是“%1”。</translation>
    </message>
    <message>
        <source>export: the review edition carries the reviewers&apos; comments and is never signed; sign the public or internal edition.</source>
        <translation>export：审核版含有审核人的批注，不能签名；请对公开版或内部版签名。</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核版</translation>
    </message>
    <message>
        <source>public (confidential figures as **, the default), internal, or review (internal with the comments and review status).</source>
        <translation>public（保密数据印为 **，默认）、internal 或 review（含批注和审核状态的内部版）。</translation>
    </message>
    <message>
        <source>import: give the file to create with -o FILE.</source>
        <translation>import：请用 -o FILE 指定要创建的文件。</translation>
    </message>
    <message>
        <source>import: &quot;%1&quot; already exists; it was left as it is (--force replaces it).</source>
        <translation>import：“%1”已存在，未作改动（--force 可覆盖）。</translation>
    </message>
    <message>
        <source>import: &quot;%1&quot; is not a year.</source>
        <translation>import：“%1”不是年份。</translation>
    </message>
    <message>
        <source>import: there is no template &quot;%1&quot;; `csrstudio templates` lists them.</source>
        <translation>import：没有模板“%1”；可用 `csrstudio templates` 列出全部模板。</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>note: the heading &quot;%1&quot; fits no chapter of the template; it was kept as an extra chapter.</source>
        <translation>注意：标题“%1”与模板中的章节都不匹配，已作为额外章节保留。</translation>
    </message>
    <message>
        <source>Imported %1 into %2 (%3 chapters, %4 figures; read as %5).</source>
        <translation>已将 %1 导入到 %2（%3 个章节，%4 项指标；按 %5 读取）。</translation>
    </message>
    <message>
        <source>Template whose chapters the headings are matched to (default: %1).</source>
        <translation>用于匹配标题的章节模板（默认：%1）。</translation>
    </message>
    <message>
        <source>The report year (default: read from the report notes).</source>
        <translation>报告年度（默认：从报告编写说明中读取）。</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>覆盖已有的输出文件。</translation>
    </message>
    <message>
        <source>Compare the import with a hand-made report of the same year and print how much was recovered.</source>
        <translation>将导入结果与同年度手工编制的报告对比，并输出识别比例。</translation>
    </message>
    <message>
        <source> (edited after approval)</source>
        <translation>（审定后已修改）</translation>
    </message>
    <message>
        <source> (no record)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source> by %1, %2</source>
        <translation>，%1，%2</translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <source> [required]</source>
        <translation> [必备]</translation>
    </message>
    <message>
        <source>Open comments:</source>
        <translation>未解决的批注：</translation>
    </message>
    <message>
        <source>Unexplained figures (beyond the tolerated change from last year):</source>
        <translation>未说明的指标（较上年变化超出容差）：</translation>
    </message>
    <message>
        <source>(tolerated ±%1 pp)</source>
        <translation>（容差 ±%1 个百分点）</translation>
    </message>
    <message>
        <source>(tolerated ±%1%)</source>
        <translation>（容差 ±%1%）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 required chapters approved (%4 of %5 chapters), %6 open comment(s), %7 unexplained figure(s).</source>
        <translation>%1：必备章节已审定 %2/%3（全部章节 %4/%5），未解决批注 %6 条，未说明指标 %7 项。</translation>
    </message>
    <message>
        <source>The report is not under review (no reviewers, steps or comments), so signing is not held back.</source>
        <translation>报告未进入审核（没有审核人、审核步骤或批注），因此不限制签名。</translation>
    </message>
    <message>
        <source>Ready for sign-off.</source>
        <translation>可以签署。</translation>
    </message>
    <message>
        <source>Sign-off is blocked by %1 open point(s).</source>
        <translation>有 %1 个未完成事项，暂不能签署。</translation>
    </message>
    <message>
        <source>Print the review state; exit 0 when the report may be signed, 1 while anything blocks sign-off.</source>
        <translation>输出审核状态；报告可以签名时退出码为 0，仍有事项阻止签署时为 1。</translation>
    </message>
    <message>
        <source>Time-stamp the signature at this RFC 3161 time-stamp authority (PAdES B-T); the address comes from your CA.</source>
        <translation>使用此 RFC 3161 时间戳服务为签名加盖时间戳（PAdES B-T）；地址由您的 CA 提供。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>With --tsa: also embed the certificate chain and what revocation data can be fetched (PAdES B-LT).</source>
        <translation>与 --tsa 一起使用：同时嵌入证书链和可获取的吊销数据（PAdES B-LT）。</translation>
    </message>
    <message>
        <source>sign: --tsa takes the http:// or https:// address of a time-stamp authority, not &quot;%1&quot;.</source>
        <translation>sign：--tsa 需要时间戳服务的 http:// 或 https:// 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>sign: --ltv needs --tsa URL: long-term validation data is only of use with a time stamp that proves when the signature was made.</source>
        <translation>sign：--ltv 需要 --tsa URL：长期验证数据只有配合能证明签名时间的时间戳才有用。</translation>
    </message>
    <message>
        <source>Time-stamped by %1 at %2 UTC (PAdES B-T).</source>
        <translation>已由 %1 于 %2 UTC 加盖时间戳（PAdES B-T）。</translation>
    </message>
    <message>
        <source>Long-term validation data embedded (PAdES B-LT).</source>
        <translation>已嵌入长期验证数据（PAdES B-LT）。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Sign although the review is not finished (the report&apos;s owner only); the reason is recorded in the report and on the internal sign-off record.</source>
        <translation>在审核未完成时仍然签名（仅限报告负责人）；理由将记入报告和内部签署记录。</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Who you are for the review record (default: the name in Preferences, else the login name).</source>
        <translation>审核记录中使用的身份（默认：首选项中的姓名，否则为登录名）。</translation>
    </message>
    <message>
        <source>export: --override-review is for signing; without --sign there is nothing to override.</source>
        <translation>export：--override-review 用于签名；没有 --sign 时无需强制。</translation>
    </message>
    <message>
        <source>export: the report is not ready for sign-off, so it was not signed:</source>
        <translation>export：报告尚不能签署，因此未签名：</translation>
    </message>
    <message>
        <source>Finish the review (csrstudio review lists it), or, as the report&apos;s owner, sign anyway with --override-review REASON.</source>
        <translation>请先完成审核（可用 csrstudio review 查看），或以报告负责人身份用 --override-review 理由 强制签名。</translation>
    </message>
    <message>
        <source>export: %1 signs despite %2 open review point(s): %3</source>
        <translation>export：%1 在仍有 %2 个审核未完成事项的情况下签名：%3</translation>
    </message>
    <message>
        <source>export: the PDF is signed, but the override could not be recorded in the report: %1</source>
        <translation>export：PDF 已签名，但无法在报告中记录强制签署：%1</translation>
    </message>
    <message>
        <source>The override is recorded in %1.</source>
        <translation>强制签署已记录在 %1 中。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 加盖</translation>
    </message>
    <message>
        <source>(unknown time)</source>
        <translation>（时间未知）</translation>
    </message>
    <message>
        <source>, verifies</source>
        <translation>，验证通过</translation>
    </message>
    <message>
        <source>, does NOT verify</source>
        <translation>，验证未通过</translation>
    </message>
    <message>
        <source>, matches the signature</source>
        <translation>，与签名一致</translation>
    </message>
    <message>
        <source>, does NOT match the signature</source>
        <translation>，与签名不符</translation>
    </message>
    <message>
        <source>Long-term validation</source>
        <translation>长期验证</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>collect: give exactly one report file.</source>
        <translation>collect：请只指定一个报告文件。</translation>
    </message>
    <message>
        <source>collect: give the folder for the workbooks with -o DIR.</source>
        <translation>collect：请用 -o DIR 指定存放工作簿的文件夹。</translation>
    </message>
    <message>
        <source>collect: --by takes &quot;assignee&quot; or &quot;chapter&quot;, not &quot;%1&quot;.</source>
        <translation>collect：--by 只接受“assignee”或“chapter”，而不是“%1”。</translation>
    </message>
    <message>
        <source>collect: %1</source>
        <translation>collect：%1</translation>
    </message>
    <message>
        <source>The report has no metric tables with figures: no workbook written.</source>
        <translation>报告中没有含指标的数据表：未写入任何工作簿。</translation>
    </message>
    <message>
        <source>%1 workbook(s) written to %2. Fill in the yellow column, then read them back with `csrstudio import-data`.</source>
        <translation>已将 %1 个工作簿写入 %2。请填写黄色列，然后用 `csrstudio import-data` 读回。</translation>
    </message>
    <message>
        <source>Write a spreadsheet (.xlsx) per person or chapter asking for this year&apos;s figures.</source>
        <translation>为每位负责人或每个章节生成一个电子表格（.xlsx），征集本年度的数据。</translation>
    </message>
    <message>
        <source>The folder for the workbooks (created if missing).</source>
        <translation>存放工作簿的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>One workbook per chapter assignee (default) or per chapter: assignee|chapter.</source>
        <translation>每位章节负责人一个工作簿（默认）或每个章节一个工作簿：assignee|chapter。</translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>export: give the data file to write with -o FILE.csv, FILE.json or FILE.xlsx.</source>
        <translation>export：请用 -o FILE.csv、FILE.json 或 FILE.xlsx 指定要写入的数据文件。</translation>
    </message>
    <message>
        <source>Write the report&apos;s figures as open data instead of the PDF: -o FILE.csv, FILE.json or FILE.xlsx. The public edition leaves confidential values out.</source>
        <translation>将报告的指标数据导出为开放数据，而不是 PDF：-o FILE.csv、FILE.json 或 FILE.xlsx。公开版不含保密数值。</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source> (matched by label: not applied without --accept-label-matches)</source>
        <translation>（按名称匹配：未指定 --accept-label-matches 时不应用）</translation>
    </message>
    <message>
        <source> (new source: %1)</source>
        <translation>（新来源：%1）</translation>
    </message>
    <message>
        <source>import-data: give the report and at least one workbook (.xlsx or .csv).</source>
        <translation>import-data：请指定报告和至少一个工作簿（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Nothing was applied: %1 error(s) to correct in the workbooks first.</source>
        <translation>未应用任何修改：工作簿中有 %1 个错误需要先改正。</translation>
    </message>
    <message>
        <source>Dry run: %1 figure(s) would change; %2 was left as it is.</source>
        <translation>试运行：将有 %1 项指标发生变化；%2 未作改动。</translation>
    </message>
    <message>
        <source>Nothing to apply: the workbooks give no new figures.</source>
        <translation>无需应用：工作簿中没有新的数据。</translation>
    </message>
    <message>
        <source>Applied %1 figure(s) to %2.</source>
        <translation>已将 %1 项指标应用到 %2。</translation>
    </message>
    <message>
        <source>Read figures from filled-in workbooks (.xlsx, .csv) into the report, checked and all at once.</source>
        <translation>将填好的工作簿（.xlsx、.csv）中的数据读入报告，经检查后一次性全部应用。</translation>
    </message>
    <message>
        <source>Workbooks written by collect (or any table with a metric id or label column and a value column).</source>
        <translation>由 collect 生成的工作簿（或任何含有指标标识列或名称列以及数值列的表格）。</translation>
    </message>
    <message>
        <source>Check and show the changes, write nothing.</source>
        <translation>检查并显示修改，不写入任何内容。</translation>
    </message>
    <message>
        <source>Also apply rows matched by label and unit (they have no metric id).</source>
        <translation>同时应用按名称和单位匹配的行（这些行没有指标标识）。</translation>
    </message>
    <message>
        <source>export: --data writes .csv, .json or .xlsx; name the file so (not &quot;%1&quot;).</source>
        <translation>export：--data 只能写入 .csv、.json 或 .xlsx 文件，请按此命名文件（而不是“%1”）。</translation>
    </message>
    <message>
        <source>export: --%1 is for the PDF, not for --data.</source>
        <translation>export：--%1 用于 PDF，不能与 --data 一起使用。</translation>
    </message>
    <message>
        <source>export: the data edition is &quot;public&quot; or &quot;internal&quot;, not &quot;%1&quot;.</source>
        <translation>export：数据版本应为“public”或“internal”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 figures, %3 edition, %4 confidential value(s) withheld.</source>
        <translation>已写入 %1：%2 项指标，%3，%4 个保密数值未导出。</translation>
    </message>
    <message>
        <source>review: give exactly one report file or SERVER#REPORT.</source>
        <translation>review：请只指定一个报告文件或 SERVER#REPORT。</translation>
    </message>
    <message>
        <source>The report: a file or SERVER#REPORT.</source>
        <translation>报告：报告文件或 SERVER#REPORT。</translation>
    </message>
    <message>
        <source>export: the report language is one of %1, not &quot;%2&quot;.</source>
        <translation>export：报告语言应为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>The language of the printed report&apos;s fixed words, dates and numbers: zh_CN or en (default: the report&apos;s own setting).</source>
        <translation>打印报告中固定文字、日期和数字所用的语言：zh_CN 或 en（默认：报告自身的设置）。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The print style: a style id (default, civic-blue, or one in the user&apos;s style folder) or a style file; instead of the report&apos;s own.</source>
        <translation>打印样式：样式标识（default、civic-blue 或用户样式文件夹中的样式）或样式文件；用于替代报告自身的样式。</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>标识|文件</translation>
    </message>
    <message>
        <source>import: give exactly one report to import.</source>
        <translation>import：请只指定一份要导入的报告。</translation>
    </message>
    <message numerus="yes">
        <source>note: %n decision(s) to review in the editor (%1).</source>
        <translation>
            <numerusform>注意：有 %n 项导入判断需在编辑器中审核（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn last year&apos;s published report (text, PDF or Word) into a structured report.</source>
        <translation>将上年已发布的报告（文本、PDF 或 Word）转换为结构化报告。</translation>
    </message>
    <message>
        <source>The published report: text (UTF-8 or GBK), PDF or Word (.docx).</source>
        <translation>已发布的报告：文本（UTF-8 或 GBK）、PDF 或 Word（.docx）。</translation>
    </message>
    <message>
        <source>With --tsa: finally add a document time stamp over the whole file, validation data included (with --ltv: PAdES B-LTA).</source>
        <translation>与 --tsa 一起使用时：最后为整个文件（含验证数据）加盖文档时间戳（与 --ltv 一起使用时为 PAdES B-LTA）。</translation>
    </message>
    <message>
        <source>sign: --doc-timestamp needs --tsa URL: the document time stamp comes from a time-stamp authority.</source>
        <translation>sign：--doc-timestamp 需要 --tsa URL：文档时间戳由时间戳服务加盖。</translation>
    </message>
    <message>
        <source>Document time stamp added at %1 UTC (%2).</source>
        <translation>已于 %1 UTC 加盖文档时间戳（%2）。</translation>
    </message>
    <message>
        <source>over the signed file</source>
        <translation>覆盖已签名的文件</translation>
    </message>
    <message>
        <source>yes (%1 certificates, %2 OCSP responses, %3 CRLs, %4 VRI entries)</source>
        <translation>是（%1 个证书，%2 个 OCSP 响应，%3 个 CRL，%4 个 VRI 条目）</translation>
    </message>
    <message>
        <source>VRI entry</source>
        <translation>VRI 条目</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <source>Document time stamp %1%2:</source>
        <translation>文档时间戳 %1%2：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time-stamp authority</source>
        <translation>时间戳服务</translation>
    </message>
    <message>
        <source>Matches the file</source>
        <translation>与文件一致</translation>
    </message>
    <message>
        <source>Token verifies</source>
        <translation>令牌有效</translation>
    </message>
    <message>
        <source>%1: NOT signed, only time-stamped.</source>
        <translation>%1：未签名，仅有时间戳。</translation>
    </message>
</context>
<context>
    <name>csr::data::OpenDataFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Open data is written as .csv, .json or .xlsx; name the file so (not &quot;%1&quot;).</source>
        <translation>开放数据须保存为 .csv、.json 或 .xlsx 文件；请按此命名文件（而不是“%1”）。</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation>无法写入 %1：没有临时文件夹（%2）。</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation>无法写入 %1：无法创建工作簿。</translation>
    </message>
</context>
<context>
    <name>csr::data::RequestWorkbookWriter</name>
    <message>
        <source>Cannot write %1: libxlsxwriter is not usable (%2).</source>
        <translation>无法写入 %1：libxlsxwriter 不可用（%2）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>csr::data::WorkbookReader</name>
    <message>
        <source>the file is neither a .csv text nor an .xlsx workbook.</source>
        <translation>该文件既不是 .csv 文本，也不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030; save the .csv as UTF-8.</source>
        <translation>文本既不是 UTF-8 也不是 GB18030 编码；请将 .csv 另存为 UTF-8 编码。</translation>
    </message>
    <message>
        <source>the file has more than %1 columns or %2 lines; no request for figures is that large.</source>
        <translation>文件超过 %1 列或 %2 行；数据填报表不会这么大。</translation>
    </message>
    <message>
        <source>%1!%2: a field is longer than %3 characters.</source>
        <translation>%1!%2：有字段超过 %3 个字符。</translation>
    </message>
    <message>
        <source>the file has more than %1 filled fields; no request for figures is that large.</source>
        <translation>文件中已填写的字段超过 %1 个；数据填报表不会这么大。</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed.</source>
        <translation>第 %1 行开始的带引号字段没有结束。</translation>
    </message>
    <message>
        <source>this is an old .xls workbook or one with a password; save it as .xlsx without a password.</source>
        <translation>这是旧版 .xls 工作簿或设有密码的工作簿；请另存为不设密码的 .xlsx。</translation>
    </message>
    <message>
        <source>the file is called .xlsx but is no .xlsx workbook.</source>
        <translation>文件扩展名为 .xlsx，但并不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; no request for figures is that large.</source>
        <translation>文件超过 %1 MB；数据填报表不会这么大。</translation>
    </message>
    <message>
        <source>a document type declaration is not allowed</source>
        <translation>不允许使用文档类型声明</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2: %3).</source>
        <translation>部件 %1 不是格式正确的 XML（第 %2 行：%3）。</translation>
    </message>
    <message>
        <source>the workbook has more than %1 sheets.</source>
        <translation>工作簿中的工作表超过 %1 个。</translation>
    </message>
    <message>
        <source>the workbook has more than %1 different texts.</source>
        <translation>工作簿中的不同文本超过 %1 条。</translation>
    </message>
    <message>
        <source>%1: a cell lies outside the grid a spreadsheet has.</source>
        <translation>%1：有单元格超出了电子表格的行列范围。</translation>
    </message>
    <message>
        <source>the workbook has more than %1 filled cells; no request for figures is that large.</source>
        <translation>工作簿中已填写的单元格超过 %1 个；数据填报表不会这么大。</translation>
    </message>
    <message>
        <source>(a missing shared text)</source>
        <translation>（缺少共享文本）</translation>
    </message>
    <message>
        <source>the file is not a readable .xlsx (its ZIP structure is damaged).</source>
        <translation>文件不是可读取的 .xlsx（其 ZIP 结构已损坏）。</translation>
    </message>
    <message>
        <source>the archive has more than %1 parts; no workbook of figures has as many.</source>
        <translation>压缩包中的部件超过 %1 个；数据工作簿不会有这么多部件。</translation>
    </message>
    <message>
        <source>the part %1 is missing; is this an .xlsx workbook?</source>
        <translation>缺少部件 %1；这是 .xlsx 工作簿吗？</translation>
    </message>
    <message>
        <source>the workbook is encrypted; save it without a password first.</source>
        <translation>工作簿已加密；请先另存为不设密码的工作簿。</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked.</source>
        <translation>部件 %1 无法解压。</translation>
    </message>
    <message>
        <source>the part %1 is damaged.</source>
        <translation>部件 %1 已损坏。</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MB; it was not read further.</source>
        <translation>工作簿解压后超过 %1 MB；已停止读取。</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum).</source>
        <translation>部件 %1 已损坏（校验和不符）。</translation>
    </message>
    <message>
        <source>the file is not a readable .docx (its ZIP structure is damaged).</source>
        <translation>该文件不是可读取的 .docx 文件（其 ZIP 结构已损坏）。</translation>
    </message>
    <message>
        <source>the archive has more than %1 parts; no report has as many.</source>
        <translation>压缩包中的部件超过 %1 个；任何报告都不会有这么多。</translation>
    </message>
    <message>
        <source>the part %1 is missing; is this a Word document (.docx)?</source>
        <translation>缺少部件 %1；这是 Word 文档（.docx）吗？</translation>
    </message>
    <message>
        <source>the document is encrypted; save it without a password first.</source>
        <translation>该文档已加密；请先将其另存为无密码的文档。</translation>
    </message>
    <message>
        <source>the document unpacks to more than %1 MB; it was not read further.</source>
        <translation>该文档解压后超过 %1 MB；未继续读取。</translation>
    </message>
</context>
<context>
    <name>csr::print::DocxReportText</name>
    <message>
        <source>the document declares a DTD, which a Word document never does.</source>
        <translation>该文档声明了 DTD，而 Word 文档从不这样做。</translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels.</source>
        <translation>该文档的嵌套层级超过 %1 层。</translation>
    </message>
    <message>
        <source>the document holds more than %1 paragraphs.</source>
        <translation>该文档中的段落超过 %1 个。</translation>
    </message>
    <message>
        <source>the document&apos;s XML is damaged (%1).</source>
        <translation>该文档的 XML 已损坏（%1）。</translation>
    </message>
    <message>
        <source>The Word document cannot be read: %1</source>
        <translation>无法读取该 Word 文档：%1</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>it is not a .docx (a Word 97–2003 .doc or another format?); save it as .docx first.</source>
        <translation>它不是 .docx 文件（可能是 Word 97–2003 的 .doc 或其他格式？）；请先另存为 .docx。</translation>
    </message>
    <message>
        <source>it holds no text.</source>
        <translation>其中没有文字。</translation>
    </message>
</context>
<context>
    <name>csr::print::FigureWording</name>
    <message>
        <source> 个百分点</source>
        <translation> 个百分点</translation>
    </message>
</context>
<context>
    <name>csr::print::FontCoverage</name>
    <message>
        <source>The report font has no glyph for %1 (%2): they would print as empty boxes and not be found by a search. Replace them or describe them in words.</source>
        <translation>报告字体中没有 %1（%2）的字形：打印出来会是空白方框，也无法被搜索到。请替换这些字，或用文字描述。</translation>
    </message>
</context>
<context>
    <name>csr::print::LayoutEngine</name>
    <message>
        <source>The report notes promise %1 pages; the printed report has %2.</source>
        <translation>报告编写说明中写明篇幅为 %1 页，实际排版为 %2 页。</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1，第 %2 块</translation>
    </message>
    <message>
        <source>the report details (unit, title, scope, standards, signatory)</source>
        <translation>报告信息（单位、标题、范围、依据、签署人）</translation>
    </message>
    <message>
        <source>The photo in %1, block %2 (%3) is printed as an empty frame: %4</source>
        <translation>%1 中内容块 %2（%3）的照片将打印为空白框：%4</translation>
    </message>
</context>
<context>
    <name>csr::print::PdfExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Qt could not write the PDF for %1.</source>
        <translation>Qt 无法为 %1 写出 PDF。</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>The report&apos;s seal cannot be printed: %1 Choose another seal image for the signatory.</source>
        <translation>无法打印报告的印章：%1 请为签署人另选印章图片。</translation>
    </message>
    <message>
        <source>PDF/A-1b does not allow attached files: the %1 evidence file(s) are listed in the evidence index but not embedded.</source>
        <translation>PDF/A-1b 不允许附件：%1 份佐证材料已列入佐证材料索引，但未嵌入。</translation>
    </message>
    <message>
        <source>PDF/A-1b does not allow attached files: the report&apos;s figures are not embedded as open data; export them with --data.</source>
        <translation>PDF/A-1b 不允许附件：报告数据未作为开放数据嵌入；请用 --data 另行导出。</translation>
    </message>
</context>
<context>
    <name>csr::print::PdfOutline</name>
    <message>
        <source>Adding the bookmarks and links to the PDF failed: %1</source>
        <translation>向 PDF 添加书签和链接失败：%1</translation>
    </message>
</context>
<context>
    <name>csr::print::PdfReportText</name>
    <message>
        <source>%1 is not a PDF or is damaged.</source>
        <translation>%1 不是 PDF 文件，或已损坏。</translation>
    </message>
    <message>
        <source>%1 is encrypted; open it with its password and save an unprotected copy first.</source>
        <translation>%1 已加密；请先用密码打开它，另存一份未加密的副本。</translation>
    </message>
    <message>
        <source>%1 holds no text (a scan?); the importer needs the report&apos;s text.</source>
        <translation>%1 中没有文字（是扫描件吗？）；导入需要报告的文字内容。</translation>
    </message>
</context>
<context>
    <name>csr::print::ReportFileImport</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>csr::print::ReportFont</name>
    <message>
        <source>The report font %1 is missing: %2 does not exist. Install the Debian package %3 (apt install %3).</source>
        <translation>缺少报告字体 %1：%2 不存在。请安装 Debian 软件包 %3（apt install %3）。</translation>
    </message>
    <message>
        <source>The report font %1 could not be loaded from %2; reinstall the Debian package %3.</source>
        <translation>无法从 %2 加载报告字体 %1；请重新安装 Debian 软件包 %3。</translation>
    </message>
</context>
<context>
    <name>csr::print::ReportPrinter</name>
    <message>
        <source>There is no default printer.</source>
        <translation>没有默认打印机。</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的打印机。</translation>
    </message>
    <message>
        <source>No printer is installed; export a PDF instead.</source>
        <translation>未安装打印机；请改为导出 PDF。</translation>
    </message>
    <message>
        <source>Available printers: %1.</source>
        <translation>可用的打印机：%1。</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; could not be started.</source>
        <translation>无法启动打印机“%1”。</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; stopped at page %2.</source>
        <translation>打印机“%1”在第 %2 页停止。</translation>
    </message>
</context>
<context>
    <name>csr::print::ReportWording</name>
    <message>
        <source>the wording table is larger than %1 KB.</source>
        <translation>措辞表超过 %1 KB。</translation>
    </message>
    <message>
        <source>the wording table is not valid JSON (at byte %1: %2).</source>
        <translation>措辞表不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>the wording table has no &quot;words&quot; object.</source>
        <translation>措辞表中没有“words”对象。</translation>
    </message>
    <message>
        <source>the wording table&apos;s language is &quot;%1&quot;, not one of %2.</source>
        <translation>措辞表的语言为“%1”，不是 %2 之一。</translation>
    </message>
    <message>
        <source>the wording &quot;%1&quot; is not a known key; it was left out.</source>
        <translation>措辞“%1”不是已知的键；已略去。</translation>
    </message>
    <message>
        <source>the wording &quot;%1&quot; is not a text of at most %2 characters; the built-in one is used.</source>
        <translation>措辞“%1”不是不超过 %2 个字符的文本；已使用内置措辞。</translation>
    </message>
    <message>
        <source>the wording &quot;%1&quot; uses a placeholder the report does not fill; the built-in one is used.</source>
        <translation>措辞“%1”使用了报告不会填充的占位符；已使用内置措辞。</translation>
    </message>
    <message>
        <source>the wording &quot;%1&quot; needs %2 names separated by commas; the built-in one is used.</source>
        <translation>措辞“%1”需要 %2 个以逗号分隔的名称；已使用内置措辞。</translation>
    </message>
</context>
<context>
    <name>csr::print::ReviewNotes</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Resolved by %1.</source>
        <translation>已由 %1 解决。</translation>
    </message>
    <message>
        <source>Changed since %1 approved &quot;%2&quot; on %3.</source>
        <translation>自 %1 于 %3 审定“%2”以来已有修改。</translation>
    </message>
</context>
<context>
    <name>csr::print::SealImage</name>
    <message>
        <source>The seal image &quot;%1&quot; does not exist.</source>
        <translation>印章图片“%1”不存在。</translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is %2 MB; at most %3 MB is accepted.</source>
        <translation>印章图片“%1”有 %2 MB，最大只接受 %3 MB。</translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取印章图片“%1”：%2</translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is larger than %2 MB.</source>
        <translation>印章图片“%1”超过 %2 MB。</translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is not a valid SVG file.</source>
        <translation>印章图片“%1”不是有效的 SVG 文件。</translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; refers to &quot;%2&quot; outside itself; that part was left out, as a seal must be self-contained.</source>
        <translation>印章图片“%1”引用了其外部的“%2”；该部分已被略去，因为印章必须自成一体、不依赖外部内容。</translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is neither a PNG nor an SVG image, or it is damaged.</source>
        <translation>印章图片“%1”既不是 PNG 也不是 SVG 图片，或者已经损坏。</translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is %2×%3 pixels; at most %4×%4 is accepted.</source>
        <translation>印章图片“%1”为 %2×%3 像素，最大只接受 %4×%4。</translation>
    </message>
    <message>
        <source>The seal image &quot;%1&quot; is damaged and cannot be decoded.</source>
        <translation>印章图片“%1”已损坏，无法解码。</translation>
    </message>
</context>
<context>
    <name>csr::print::StyleImages</name>
    <message>
        <source>The picture &quot;%1&quot; does not exist.</source>
        <translation>图片“%1”不存在。</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is %2 MB; at most %3 MB is accepted.</source>
        <translation>图片“%1”有 %2 MB，最大只接受 %3 MB。</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取图片“%1”：%2</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is larger than %2 MB.</source>
        <translation>图片“%1”超过 %2 MB。</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is neither a PNG nor a JPEG image.</source>
        <translation>图片“%1”既不是 PNG 也不是 JPEG 图片。</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is damaged.</source>
        <translation>图片“%1”已损坏。</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is %2×%3 pixels; at most %4×%4 is accepted.</source>
        <translation>图片“%1”为 %2×%3 像素，最大只接受 %4×%4。</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is damaged and cannot be decoded.</source>
        <translation>图片“%1”已损坏，无法解码。</translation>
    </message>
</context>
<context>
    <name>csr::print::StyleReader</name>
    <message>
        <source>The style file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取样式文件“%1”。</translation>
    </message>
    <message>
        <source>The style file &quot;%1&quot; is larger than %2 KB; the default style is used.</source>
        <translation>样式文件“%1”超过 %2 KB；已使用默认样式。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>larger than %1 KB; the default style is used.</source>
        <translation>超过 %1 KB；已使用默认样式。</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2); the default style is used.</source>
        <translation>不是 JSON 对象（第 %2 字节处：%1）；已使用默认样式。</translation>
    </message>
    <message>
        <source>spacing.bodyLineHeight: %1 is lower than the body size %2; %2 is used.</source>
        <translation>spacing.bodyLineHeight：%1 小于正文字号 %2；已使用 %2。</translation>
    </message>
    <message>
        <source>table.cellLineHeight: %1 is lower than the table size %2; %2 is used.</source>
        <translation>table.cellLineHeight：%1 小于表格字号 %2；已使用 %2。</translation>
    </message>
</context>
<context>
    <name>csr::print::StyleRegistry</name>
    <message>
        <source>The style &quot;%1&quot; is not installed; the default style is used.</source>
        <translation>未安装样式“%1”；已使用默认样式。</translation>
    </message>
</context>
<context>
    <name>csr::sign::BoundedFile</name>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (a device, a pipe or a folder); only files can be read.</source>
        <translation>“%1”不是普通文件（而是设备、管道或文件夹）；只能读取文件。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to verify or sign (%2 MB; the limit is %3 MB).</source>
        <translation>文件“%1”太大，无法验证或签名（%2 MB；上限为 %3 MB）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to verify or sign (more than %2 MB).</source>
        <translation>文件“%1”太大，无法验证或签名（超过 %2 MB）。</translation>
    </message>
</context>
<context>
    <name>csr::sign::Comparison</name>
    <message>
        <source>The form (AcroForm) was removed.</source>
        <translation>表单（AcroForm）被删除。</translation>
    </message>
    <message>
        <source>The form (AcroForm) changed: %1.</source>
        <translation>表单（AcroForm）被修改：%1。</translation>
    </message>
    <message>
        <source>The form&apos;s field list</source>
        <translation>表单的字段列表</translation>
    </message>
    <message>
        <source>The document catalog was replaced (object %1 by %2).</source>
        <translation>文档目录被替换（对象 %1 换成了 %2）。</translation>
    </message>
    <message>
        <source>The document catalog changed: %1.</source>
        <translation>文档目录被修改：%1。</translation>
    </message>
    <message>
        <source>Page %1 (object %2) changed: %3.</source>
        <translation>第 %1 页（对象 %2）被修改：%3。</translation>
    </message>
    <message>
        <source>The annotations of page %1</source>
        <translation>第 %1 页的注释</translation>
    </message>
    <message>
        <source>The document information (object %1) changed: %2.</source>
        <translation>文档信息（对象 %1）被修改：%2。</translation>
    </message>
    <message>
        <source>Object %1 was removed.</source>
        <translation>对象 %1 被删除。</translation>
    </message>
    <message>
        <source>a node of the page tree</source>
        <translation>页面树的一个节点</translation>
    </message>
    <message>
        <source>the content of page %1</source>
        <translation>第 %1 页的内容</translation>
    </message>
    <message>
        <source>the resources of page %1</source>
        <translation>第 %1 页的资源</translation>
    </message>
    <message>
        <source>the /%1 resources of page %2</source>
        <translation>第 %2 页的 /%1 资源</translation>
    </message>
    <message>
        <source>the resource /%1 (/%2) of page %3</source>
        <translation>第 %3 页的资源 /%1（/%2）</translation>
    </message>
    <message>
        <source>the annotation list of page %1</source>
        <translation>第 %1 页的注释列表</translation>
    </message>
    <message>
        <source>an annotation of page %1</source>
        <translation>第 %1 页的一个注释</translation>
    </message>
    <message>
        <source>the catalog&apos;s /%1</source>
        <translation>文档目录的 /%1</translation>
    </message>
    <message>
        <source>the form field &quot;%1&quot;</source>
        <translation>表单字段“%1”</translation>
    </message>
    <message>
        <source>Page %1: a signature widget (object %2) added after signing draws an appearance over %3% of the page, covering its content (an overlay).</source>
        <translation>第 %1 页：签名后添加的签名控件（对象 %2）绘制的外观覆盖了页面的 %3%，遮盖了页面内容（覆盖层）。</translation>
    </message>
    <message>
        <source>%1: an entry other than a signature was added (%2).</source>
        <translation>%1：新增了签名以外的条目（%2）。</translation>
    </message>
    <message>
        <source>%1: an entry was removed.</source>
        <translation>%1：删除了一个条目。</translation>
    </message>
    <message>
        <source>The form (AcroForm) changed: /NeedAppearances was set, so readers redraw the form fields.</source>
        <translation>表单（AcroForm）被修改：设置了 /NeedAppearances，阅读器会重新绘制表单字段。</translation>
    </message>
    <message>
        <source>The page tree changed: the signed revision has %1 page(s), the document now %2.</source>
        <translation>页面树被修改：已签名的版本有 %1 页，文档现在有 %2 页。</translation>
    </message>
    <message>
        <source>The page tree changed: page %1 is now object %2 instead of %3.</source>
        <translation>页面树被修改：第 %1 页现在是对象 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an object of type %1</source>
        <translation>%1 类型的对象</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source> (its stream)</source>
        <translation>（其数据流）</translation>
    </message>
    <message>
        <source>%1 (object %2) was redefined in a later update%3.</source>
        <translation>%1（对象 %2）在后续更新中被重新定义%3。</translation>
    </message>
    <message>
        <source>Object %1 (%2) was removed.</source>
        <translation>对象 %1（%2）被删除。</translation>
    </message>
    <message>
        <source>A revision has no document catalog.</source>
        <translation>有一个版本没有文档目录。</translation>
    </message>
</context>
<context>
    <name>csr::sign::DocumentTimestamper</name>
    <message>
        <source>the PDF has no page or no form to hold the time stamp&apos;s field</source>
        <translation>PDF 没有可放置时间戳域的页面或表单</translation>
    </message>
    <message>
        <source>PoDoFo made no signature dictionary</source>
        <translation>PoDoFo 未生成签名字典</translation>
    </message>
    <message>
        <source>PoDoFo did not write the time stamp&apos;s placeholder</source>
        <translation>PoDoFo 未写入时间戳的占位内容</translation>
    </message>
    <message>
        <source>the time-stamp token needs %1 bytes; %2 were reserved</source>
        <translation>时间戳令牌需要 %1 字节，但只预留了 %2 字节</translation>
    </message>
    <message>
        <source>the PDF is damaged</source>
        <translation>PDF 已损坏</translation>
    </message>
    <message>
        <source>the update did not keep the bytes before it</source>
        <translation>增量更新未保留其之前的字节</translation>
    </message>
</context>
<context>
    <name>csr::sign::DssWriter</name>
    <message>
        <source>the PDF has no document catalog</source>
        <translation>PDF 没有文档目录</translation>
    </message>
    <message>
        <source>the update did not keep the signed bytes</source>
        <translation>增量更新没有保留已签名的字节</translation>
    </message>
    <message>
        <source>the PDF has no signature to add validation data for</source>
        <translation>PDF 中没有可添加验证数据的签名</translation>
    </message>
</context>
<context>
    <name>csr::sign::HttpFetch</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address</source>
        <translation>“%1”不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes</source>
        <translation>%1 发送的数据超过 %2 字节</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
</context>
<context>
    <name>csr::sign::PdfSigner</name>
    <message>
        <source>PoDoFo did not write the signature placeholder.</source>
        <translation>PoDoFo 没有写入签名占位区。</translation>
    </message>
    <message>
        <source>The signature needs %1 bytes; %2 were reserved.</source>
        <translation>签名需要 %1 字节，但只预留了 %2 字节。</translation>
    </message>
    <message>
        <source>The update did not keep the original bytes.</source>
        <translation>增量更新没有保留原始字节。</translation>
    </message>
    <message>
        <source>(The certificate fails because %1.)</source>
        <translation>（证书未通过检查：%1。）</translation>
    </message>
    <message>
        <source>The validation data could not be added: %1</source>
        <translation>无法添加验证数据：%1</translation>
    </message>
</context>
<context>
    <name>csr::sign::PdfVerifier</name>
    <message>
        <source>the signature value is not a CMS structure</source>
        <translation>签名值不是 CMS 结构</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not in the signature</source>
        <translation>签名中没有签署人的证书</translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取证书文件“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation>“%1”中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>该文件不是 PDF。</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>该文件未签名。</translation>
    </message>
    <message>
        <source>Signature %1: digest mismatch: the signed content was changed.</source>
        <translation>签名 %1：摘要不一致：已签名的内容被改动过。</translation>
    </message>
    <message>
        <source>Signature %1: the certificate is not trusted (%2).</source>
        <translation>签名 %1：证书不受信任（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The file was modified after signing: %n byte(s) follow the last signed revision.</source>
        <translation>
            <numerusform>文件在签名后被修改：最后一个已签名版本之后还有 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>it uses the %1 digest, which is not secure enough; SHA-256 or another SHA-2 digest is required</source>
        <translation>它使用的 %1 摘要算法不够安全；需要 SHA-256 或其他 SHA-2 摘要算法</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>it is a CAdES signature without the signing-certificate attribute, so the signature does not bind the signer&apos;s certificate</source>
        <translation>这是缺少签名证书属性（signing-certificate）的 CAdES 签名，签名未绑定签名人的证书</translation>
    </message>
    <message>
        <source>its signing-certificate attribute names another certificate than the signer&apos;s</source>
        <translation>其签名证书属性指向的不是签名人的证书</translation>
    </message>
    <message>
        <source>A signature was removed after signing: the revision ending at byte %1 was signed, but its signature is no longer part of the document.</source>
        <translation>签名后有签名被删除：截止到第 %1 字节的版本曾被签名，但该签名已不在文档中。</translation>
    </message>
    <message>
        <source>Signature %1: %2.</source>
        <translation>签名 %1：%2。</translation>
    </message>
    <message>
        <source>Signature %1: the document was changed after it was signed: %2</source>
        <translation>签名 %1：文档在签名后被修改：%2</translation>
    </message>
    <message>
        <source>its /ByteRange is not four non-negative integers</source>
        <translation>其 /ByteRange 不是四个非负整数</translation>
    </message>
    <message>
        <source>its /ByteRange does not start at byte 0</source>
        <translation>其 /ByteRange 不是从第 0 字节开始</translation>
    </message>
    <message>
        <source>its /ByteRange reaches beyond the end of the file</source>
        <translation>其 /ByteRange 超出了文件末尾</translation>
    </message>
    <message>
        <source>the two parts of its /ByteRange overlap</source>
        <translation>其 /ByteRange 的两部分相互重叠</translation>
    </message>
    <message>
        <source>its dictionary has no single /Contents hex string and /ByteRange where the file says it is</source>
        <translation>文件所指位置上的签名字典中没有唯一的 /Contents 十六进制字符串和 /ByteRange</translation>
    </message>
    <message>
        <source>its /ByteRange leaves out bytes %1 to %2, but its /Contents string is bytes %3 to %4: the gap holds something else</source>
        <translation>其 /ByteRange 略去了第 %1 至 %2 字节，但其 /Contents 字符串位于第 %3 至 %4 字节：空缺处含有其他内容</translation>
    </message>
    <message>
        <source>the certificate is not meant for signing: %1</source>
        <translation>该证书不能用于签名：%1</translation>
    </message>
    <message>
        <source>The file has too many signatures to verify (%1 signature dictionaries, more than can be read and hashed within the work budget); it was not verified.</source>
        <translation>文件中的签名太多，无法验证（%1 个签名字典，超出了处理限额内可读取和计算摘要的数量）；未进行验证。</translation>
    </message>
    <message>
        <source>The file is too large to verify (%1 MB; the limit is %2 MB).</source>
        <translation>文件太大，无法验证（%1 MB；上限为 %2 MB）。</translation>
    </message>
    <message>
        <source>The file nests dictionaries or arrays more than %1 levels deep, more than any real PDF; it cannot be read safely and was not verified.</source>
        <translation>文件中的字典或数组嵌套超过 %1 层，超出任何正常 PDF 的深度；无法安全读取，未进行验证。</translation>
    </message>
    <message>
        <source>The file&apos;s structure cannot be read, so what a reader shows cannot be checked against what was signed.</source>
        <translation>无法读取文件结构，因此无法核对阅读器显示的内容是否与已签名的内容一致。</translation>
    </message>
    <message>
        <source>Signature %1: its byte range is malformed (%2), so it does not say which bytes it signs.</source>
        <translation>签名 %1：其字节范围格式有误（%2），无法确定它签署了哪些字节。</translation>
    </message>
    <message>
        <source>Signature %1: its /Contents holds no signature (empty, zeros or not a CMS structure).</source>
        <translation>签名 %1：其 /Contents 中没有签名（为空、全为零或不是 CMS 结构）。</translation>
    </message>
    <message>
        <source>Signature %1: its time stamp does not hold (%2).</source>
        <translation>签名 %1：其时间戳无效（%2）。</translation>
    </message>
    <message>
        <source>the token&apos;s own signature does not hold</source>
        <translation>令牌自身的签名无效</translation>
    </message>
    <message>
        <source>the token is not over the bytes of its byte range</source>
        <translation>令牌并非针对其字节范围内的字节加盖</translation>
    </message>
    <message>
        <source>its token&apos;s imprint uses the %1 digest, which is not secure enough; SHA-256 or another SHA-2 digest is required</source>
        <translation>其令牌的消息印记使用的 %1 摘要算法不够安全；需要 SHA-256 或其他 SHA-2 摘要算法</translation>
    </message>
    <message>
        <source>it is a document time stamp whose /SubFilter is not /ETSI.RFC3161</source>
        <translation>它是文档时间戳，但其 /SubFilter 不是 /ETSI.RFC3161</translation>
    </message>
    <message>
        <source>Document time stamp %1: its byte range is malformed (%2), so it does not say which bytes it stamps.</source>
        <translation>文档时间戳 %1：其字节范围格式有误（%2），无法确定它加盖于哪些字节。</translation>
    </message>
    <message>
        <source>Document time stamp %1: its /Contents holds no RFC 3161 time-stamp token.</source>
        <translation>文档时间戳 %1：其 /Contents 中没有 RFC 3161 时间戳令牌。</translation>
    </message>
    <message>
        <source>Document time stamp %1: its token was altered: the time-stamp authority&apos;s signature over it does not hold.</source>
        <translation>文档时间戳 %1：其令牌已被改动：时间戳服务对令牌的签名无效。</translation>
    </message>
    <message>
        <source>Document time stamp %1: its token is not over this file: the message imprint is not the hash of the bytes of its byte range.</source>
        <translation>文档时间戳 %1：其令牌并非针对此文件：消息印记不是其字节范围内字节的哈希值。</translation>
    </message>
    <message>
        <source>Document time stamp %1: %2.</source>
        <translation>文档时间戳 %1：%2。</translation>
    </message>
    <message>
        <source>Document time stamp %1: the time-stamp authority is not trusted (%2).</source>
        <translation>文档时间戳 %1：时间戳服务不受信任（%2）。</translation>
    </message>
    <message>
        <source>Document time stamp %1: the document was changed after it was stamped: %2</source>
        <translation>文档时间戳 %1：文档在加盖时间戳后被改动过：%2</translation>
    </message>
    <message>
        <source>The file cannot be read safely: %1. It was not verified.</source>
        <translation>无法安全读取该文件：%1。未进行验证。</translation>
    </message>
    <message>
        <source>The file is not signed: it carries only a document time stamp, which proves that the file existed at that time, not who approved it.</source>
        <translation>该文件未签名：它只带有文档时间戳，只能证明文件在该时间已经存在，不能证明由谁批准。</translation>
    </message>
</context>
<context>
    <name>csr::sign::RevisionDiff</name>
    <message>
        <source>The revisions could not be compared (%1).</source>
        <translation>无法比较文档的各个版本（%1）。</translation>
    </message>
    <message>
        <source>The revisions could not be compared (objects nest too deeply).</source>
        <translation>无法比较文档的各个版本（对象嵌套过深）。</translation>
    </message>
    <message>
        <source>The revisions could not be compared (the file is damaged).</source>
        <translation>无法比较文档的各个版本（文件已损坏）。</translation>
    </message>
</context>
<context>
    <name>csr::sign::RevocationFetcher</name>
    <message>
        <source>The certificate &quot;%1&quot; names no OCSP responder and no CRL, so no revocation information was embedded for it.</source>
        <translation>证书“%1”没有指定 OCSP 响应程序或 CRL，因此未为其嵌入吊销信息。</translation>
    </message>
    <message>
        <source>No OCSP response for &quot;%1&quot; from %2: %3</source>
        <translation>未能从 %2 获取“%1”的 OCSP 响应：%3</translation>
    </message>
    <message>
        <source>not a successful OCSP response</source>
        <translation>不是成功的 OCSP 响应</translation>
    </message>
    <message>
        <source>No CRL for &quot;%1&quot; from %2: %3</source>
        <translation>未能从 %2 获取“%1”的 CRL：%3</translation>
    </message>
    <message>
        <source>not a DER CRL of its issuer</source>
        <translation>不是其颁发者的 DER 格式 CRL</translation>
    </message>
</context>
<context>
    <name>csr::sign::SignResult</name>
    <message>
        <source>The signed PDF was written to &quot;%1&quot;.</source>
        <translation>已签名的 PDF 已写入“%1”。</translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取证书文件“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PKCS#12 certificate file (.p12/.pfx).</source>
        <translation>“%1”不是 PKCS#12 证书文件（.p12/.pfx）。</translation>
    </message>
    <message>
        <source>The password does not open the certificate file &quot;%1&quot;.</source>
        <translation>密码无法打开证书文件“%1”。</translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; holds no private key for its certificate; export it again with the private key.</source>
        <translation>证书文件“%1”中没有与证书对应的私钥；请连同私钥重新导出。</translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; holds a key but no certificate.</source>
        <translation>证书文件“%1”中只有密钥，没有证书。</translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; has expired; renew it with the issuing certification authority.</source>
        <translation>“%1”中的证书已过期；请向颁发机构续期。</translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is not valid yet (check the computer&apos;s clock).</source>
        <translation>“%1”中的证书尚未生效（请检查计算机时钟）。</translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is not meant for signing (its key usage allows neither digital signature nor non-repudiation).</source>
        <translation>“%1”中的证书不能用于签名（其密钥用途既不允许数字签名也不允许不可否认）。</translation>
    </message>
    <message>
        <source>The PDF file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取 PDF 文件“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable PDF file.</source>
        <translation>“%1”不是可读取的 PDF 文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a signature that no longer matches the file: it was changed after signing. Export it again before signing.</source>
        <translation>“%1”带有与文件不再一致的签名：它在签名后被改动过。请重新导出后再签名。</translation>
    </message>
    <message>
        <source>The signature field does not fit the document (page or rectangle out of range).</source>
        <translation>签名域与文档不符（页码或矩形超出范围）。</translation>
    </message>
    <message>
        <source>The signed PDF cannot be written to &quot;%1&quot;.</source>
        <translation>无法将已签名的 PDF 写入“%1”。</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>签名失败。</translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; has no integrity check (MAC), so its password and contents cannot be checked; export it again with the default settings (a password-based MAC).</source>
        <translation>证书文件“%1”没有完整性校验（MAC），无法检查其密码和内容；请用默认设置（基于密码的 MAC）重新导出。</translation>
    </message>
    <message>
        <source>The certificate file &quot;%1&quot; is damaged: it is a PKCS#12 file, but cut short or altered (its integrity check fails). Copy or export it again.</source>
        <translation>证书文件“%1”已损坏：它是 PKCS#12 文件，但不完整或被改动过（完整性校验失败）。请重新复制或导出。</translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is not meant for signing documents: its extended key usage allows none of emailProtection, documentSigning, Adobe authentic documents or any purpose.</source>
        <translation>“%1”中的证书不能用于签署文档：其扩展密钥用途不包含 emailProtection、documentSigning、Adobe 可信文档或任意用途中的任何一项。</translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; has a key too weak for signing: RSA keys need at least 2048 bits, elliptic-curve keys at least 256.</source>
        <translation>“%1”中证书的密钥强度不足，不能用于签名：RSA 密钥至少需要 2048 位，椭圆曲线密钥至少需要 256 位。</translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; was signed by its issuer with a digest that is not secure (SHA-2, such as SHA-256, is required).</source>
        <translation>“%1”中的证书由颁发者使用不安全的摘要算法签发（需要 SHA-2，例如 SHA-256）。</translation>
    </message>
    <message>
        <source>The PDF file &quot;%1&quot; cannot be checked before signing: it is not a regular file, or too large or has too many signatures to verify.</source>
        <translation>签名前无法检查 PDF 文件“%1”：它不是普通文件，或者太大、签名太多而无法验证。</translation>
    </message>
    <message>
        <source>The signature could not be time-stamped; nothing was written.</source>
        <translation>无法为签名加盖时间戳；未写出任何文件。</translation>
    </message>
</context>
<context>
    <name>csr::sign::SignatureTimestamp</name>
    <message>
        <source>the answer is not an RFC 3161 time-stamp reply</source>
        <translation>返回内容不是 RFC 3161 时间戳响应</translation>
    </message>
    <message>
        <source>the time-stamp authority refused the request (%1)</source>
        <translation>时间戳服务拒绝了请求（%1）</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>the time-stamp token carries no certificate of its signer</source>
        <translation>时间戳令牌中没有其签署者的证书</translation>
    </message>
    <message>
        <source>the time-stamp reply does not match the request or its signature does not hold (%1)</source>
        <translation>时间戳响应与请求不符，或其签名无效（%1）</translation>
    </message>
    <message>
        <source>the time stamp is not over this signature&apos;s value</source>
        <translation>时间戳不是针对此签名值加盖的</translation>
    </message>
</context>
<context>
    <name>csr::sign::SigningPolicy</name>
    <message>
        <source>its validity starts after the signing time</source>
        <translation>其有效期晚于签名时间才开始</translation>
    </message>
    <message>
        <source>its validity ended before the signing time</source>
        <translation>其有效期在签名时间之前已结束</translation>
    </message>
    <message>
        <source>its extensions cannot be read</source>
        <translation>无法读取其扩展项</translation>
    </message>
    <message>
        <source>its key usage allows neither digitalSignature nor nonRepudiation</source>
        <translation>其密钥用途既不允许 digitalSignature 也不允许 nonRepudiation</translation>
    </message>
    <message>
        <source>its extended key usage is %1 only, which does not include document signing</source>
        <translation>其扩展密钥用途仅为 %1，不包括文档签名</translation>
    </message>
    <message>
        <source>its key is %1 of %2 bits</source>
        <translation>其密钥为 %2 位的 %1 密钥</translation>
    </message>
    <message>
        <source>its issuer signed it with %1</source>
        <translation>其颁发者使用 %1 签发</translation>
    </message>
</context>
<context>
    <name>csr::sign::TimestampToken</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>it is not an RFC 3161 time-stamp token</source>
        <translation>它不是 RFC 3161 时间戳令牌</translation>
    </message>
    <message>
        <source>its time cannot be read</source>
        <translation>无法读取其时间</translation>
    </message>
    <message>
        <source>its imprint uses the %1 digest, which is not secure enough; SHA-256 or another SHA-2 digest is required</source>
        <translation>其消息印记使用的 %1 摘要算法不够安全；需要 SHA-256 或其他 SHA-2 摘要算法</translation>
    </message>
</context>
<context>
    <name>csr::sign::TsaClient</name>
    <message>
        <source>The time-stamp request could not be made.</source>
        <translation>无法生成时间戳请求。</translation>
    </message>
    <message>
        <source>The time-stamp authority %1 could not be reached: %2.</source>
        <translation>无法连接时间戳服务 %1：%2。</translation>
    </message>
    <message>
        <source>The time-stamp authority %1 gave no usable time stamp: %2.</source>
        <translation>时间戳服务 %1 未返回可用的时间戳：%2。</translation>
    </message>
</context>
<context>
    <name>csr::sign::XrefBounds</name>
    <message>
        <source>the file&apos;s cross-reference table has a number more than %1 characters long where an object count belongs</source>
        <translation>文件的交叉引用表在应为对象数的位置有一个超过 %1 个字符长的数字</translation>
    </message>
    <message>
        <source>the file&apos;s cross-reference table claims %1 objects, more than a file of this size can hold (%2 bytes, at most %3 objects)</source>
        <translation>文件的交叉引用表声称有 %1 个对象，超出此大小的文件所能容纳的数量（%2 字节，最多 %3 个对象）</translation>
    </message>
    <message>
        <source>checking the file&apos;s cross-reference data would take too long: it repeats keywords and comments as no real PDF does</source>
        <translation>检查文件的交叉引用数据将耗时过长：文件以正常 PDF 不会有的方式重复关键字和注释</translation>
    </message>
</context>
<context>
    <name>csr::team::TeamAddress</name>
    <message>
        <source>The server address is longer than %1 characters.</source>
        <translation>服务器地址超过 %1 个字符。</translation>
    </message>
    <message>
        <source>No server is given (a postgresql:// address or a service name).</source>
        <translation>未指定服务器（postgresql:// 地址或服务名）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a postgresql:// address nor a service name.</source>
        <translation>“%1”既不是 postgresql:// 地址，也不是服务名。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; cannot be read: %2</source>
        <translation>无法解析服务器地址“%1”：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>The address contains a password. Put it in ~/.pgpass or PGPASSWORD instead, or leave it out to be asked for it.</source>
        <translation>地址中包含密码。请改为写入 ~/.pgpass 或 PGPASSWORD，或者不写密码，届时会提示输入。</translation>
    </message>
    <message>
        <source>The address&apos;s %1 contains a &apos;;&apos;, which cannot be passed on.</source>
        <translation>地址中的 %1 含有“;”，无法传递。</translation>
    </message>
</context>
<context>
    <name>csr::team::TeamConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian it comes with the package libqt6sql6-psql.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 上它由软件包 libqt6sql6-psql 提供。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
</context>
<context>
    <name>csr::team::TeamJournal</name>
    <message>
        <source>The journal %1 is larger than 64 MiB; it was left as it is.</source>
        <translation>日志 %1 超过 64 MiB；未作改动。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>无法读取日志 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of the journal %2 is no edit; the journal was left as it is.</source>
        <translation>日志 %2 的第 %1 行不是有效的修改记录；日志未作改动。</translation>
    </message>
    <message>
        <source>There is no journal to keep the edit in.</source>
        <translation>没有可用于保存该修改的日志。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>无法写入日志 %1：%2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be removed.</source>
        <translation>无法删除日志 %1。</translation>
    </message>
</context>
<context>
    <name>csr::team::TeamReviewStore</name>
    <message>
        <source>The evidence file &quot;%1&quot; on the server is damaged or too large.</source>
        <translation>服务器上的佐证材料“%1”已损坏或过大。</translation>
    </message>
</context>
<context>
    <name>csr::team::TeamSchema</name>
    <message>
        <source>The database holds team schema version %1, newer than this program knows (%2). Use a newer CSR Report Studio.</source>
        <translation>数据库中的团队数据库结构为版本 %1，比本程序支持的版本（%2）更新。请使用更新版本的社会责任报告编制工具。</translation>
    </message>
    <message>
        <source>Upgrading the team schema to version %1 failed: %2</source>
        <translation>将团队数据库结构升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>The database holds no team reports yet; run `csrstudio team init` on it first.</source>
        <translation>该数据库中还没有团队报告；请先对其运行 `csrstudio team init`。</translation>
    </message>
    <message>
        <source>The database holds the older team schema version %1; run `csrstudio team init` on it to upgrade it to version %2.</source>
        <translation>该数据库中的团队数据库结构为旧版本 %1；请对其运行 `csrstudio team init` 升级到版本 %2。</translation>
    </message>
</context>
<context>
    <name>csr::team::TeamSession</name>
    <message>
        <source>Name the report after the server: SERVER#REPORT.</source>
        <translation>请在服务器后写明报告名称：SERVER#REPORT。</translation>
    </message>
    <message>
        <source>That part of the report is not (or no longer) on the server.</source>
        <translation>报告的这一部分不在（或已不在）服务器上。</translation>
    </message>
    <message>
        <source>Not yet saved to the server; kept until it is back.</source>
        <translation>尚未保存到服务器；将保留到服务器恢复连接。</translation>
    </message>
    <message>
        <source>Someone deleted this part of the report meanwhile.</source>
        <translation>报告的这一部分已在此期间被他人删除。</translation>
    </message>
    <message>
        <source>The server does not let %1 change this part of the report.</source>
        <translation>服务器不允许 %1 修改报告的这一部分。</translation>
    </message>
    <message>
        <source>Someone else changed this first; both versions are kept.</source>
        <translation>他人已先修改了此处；两个版本均已保留。</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undo needs the server, which is away.</source>
        <translation>撤销需要连接服务器，但服务器目前不可用。</translation>
    </message>
    <message>
        <source>Adding, moving and deleting need the server, which is away.</source>
        <translation>添加、移动和删除需要连接服务器，但服务器目前不可用。</translation>
    </message>
    <message>
        <source>There is no such chapter.</source>
        <translation>没有此章节。</translation>
    </message>
    <message>
        <source>There is no such block.</source>
        <translation>没有此内容块。</translation>
    </message>
    <message>
        <source>There is no such entry.</source>
        <translation>没有此事件。</translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation>没有此条目。</translation>
    </message>
    <message>
        <source>An earlier edit of this part conflicted; both versions are kept.</source>
        <translation>此处较早的一次修改发生冲突；两个版本均已保留。</translation>
    </message>
    <message>
        <source>The server does not let %1 change this.</source>
        <translation>服务器不允许 %1 修改此项。</translation>
    </message>
    <message>
        <source>Review steps, comments and evidence need the server, which is away.</source>
        <translation>审核步骤、批注和佐证材料需要连接服务器，但服务器目前不可用。</translation>
    </message>
    <message>
        <source>A comment needs a text.</source>
        <translation>批注需要填写内容。</translation>
    </message>
    <message>
        <source>There is no such comment.</source>
        <translation>没有此批注。</translation>
    </message>
    <message>
        <source>Only its author may change a comment.</source>
        <translation>只有批注的作者本人可以修改批注。</translation>
    </message>
    <message>
        <source>Only its author may delete a comment.</source>
        <translation>只有批注的作者本人可以删除批注。</translation>
    </message>
    <message>
        <source>There is no such figure.</source>
        <translation>没有此指标。</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>没有此文件。</translation>
    </message>
</context>
<context>
    <name>csr::team::TeamStore</name>
    <message>
        <source>There is no team report &quot;%1&quot; on this server, or you may not read it.</source>
        <translation>此服务器上没有团队报告“%1”，或您无权阅读。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a team report: give 1 to 200 characters without &apos;#&apos;.</source>
        <translation>“%1”不能用作团队报告名称：请使用 1 至 200 个字符，且不含“#”。</translation>
    </message>
    <message>
        <source>There is already a team report &quot;%1&quot; on this server; choose another name with --as.</source>
        <translation>此服务器上已有团队报告“%1”；请用 --as 另选名称。</translation>
    </message>
    <message>
        <source>The team report &quot;%1&quot; on the server cannot be read: %2</source>
        <translation>无法读取服务器上的团队报告“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no role; the roles are owner, editor, reviewer and reader.</source>
        <translation>“%1”不是角色；角色有 owner（负责人）、editor（编辑者）、reviewer（审核人）和 reader（读者）。</translation>
    </message>
    <message>
        <source>Only an editor is given chapters (--chapter); an %1 may %2 all of them.</source>
        <translation>只有编辑者（editor）才能指定章节（--chapter）；%1 可以%2全部章节。</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>There is no login &quot;%1&quot; on the server; create it first (createuser %1).</source>
        <translation>服务器上没有登录名“%1”；请先创建（createuser %1）。</translation>
    </message>
    <message>
        <source>%1 cannot be made a member of csr_member (ask the database administrator): %2</source>
        <translation>无法将 %1 加入 csr_member（请联系数据库管理员）：%2</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; has no chapter &quot;%2&quot; (give a chapter&apos;s id or guideline key).</source>
        <translation>报告“%1”中没有章节“%2”（请给出章节的标识或编制说明键）。</translation>
    </message>
</context>
<context>
    <name>csr::ui::AcceptImportReviewCommand</name>
    <message>
        <source>Accept imported decisions</source>
        <translation>接受导入的判断</translation>
    </message>
</context>
<context>
    <name>csr::ui::ChangeHistoryDialog</name>
    <message>
        <source>Change History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Figures changed at each save, newest first. Set your name in File › Preferences.</source>
        <translation>每次保存时记录的数据修改，最新的在前。请在“文件 › 首选项”中设置您的姓名。</translation>
    </message>
</context>
<context>
    <name>csr::ui::ChangeLogModel</name>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>last year&apos;s value</source>
        <translation>上年数值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>figure added or removed</source>
        <translation>新增或删除指标</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改项</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（来源：%2）</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>%1 年数值</translation>
    </message>
</context>
<context>
    <name>csr::ui::ChapterForm</name>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>列表：%1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>who fills in this chapter</source>
        <translation>本章节的填写人</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>This chapter groups its sub-chapters: pick one in the navigator.</source>
        <translation>本章节用于归集下级章节：请在左侧目录中选择一个下级章节。</translation>
    </message>
    <message numerus="yes">
        <source>● %n open comment(s)</source>
        <translation>
            <numerusform>● %n 条未解决的批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Open comments: see the Review panel</source>
        <translation>有未解决的批注：请查看审核面板</translation>
    </message>
    <message>
        <source>Submit, approve or return the chapter in the Review panel; each step records who took it.</source>
        <translation>请在审核面板中提交、批准或退回本章节；每个步骤都会记录操作人。</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>照片：%1</translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Add a PNG or JPEG photo at the end of this chapter; you can also drop image files on the chapter.</source>
        <translation>在本章节末尾添加一张 PNG 或 JPEG 照片；也可以将图片文件拖放到章节上。</translation>
    </message>
</context>
<context>
    <name>csr::ui::ChapterPane</name>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Indicator code:</source>
        <translation>指标代码：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <source>e.g. I-1</source>
        <translation>例如 I-1</translation>
    </message>
    <message>
        <source>The guideline&apos;s indicator code; printed as the number on a level numbered by indicator codes</source>
        <translation>编制说明中的指标代码；在按指标代码编号的层级上，作为章节编号打印</translation>
    </message>
    <message>
        <source>e.g. school.management</source>
        <translation>例如 school.management</translation>
    </message>
    <message>
        <source>The guideline&apos;s name for the chapter: the validator finds required chapters by key, so a unit may retitle them</source>
        <translation>编制说明中该章节的键名：校验时按键查找必备章节，因此单位可以自行修改章节标题</translation>
    </message>
    <message>
        <source>Required: a report must have content here</source>
        <translation>必备：报告在此处必须有内容</translation>
    </message>
    <message>
        <source>Numbered (off for the report notes)</source>
        <translation>编号（报告编写说明章节不编号）</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>内容块</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>添加内容块</translation>
    </message>
    <message>
        <source>Remove Block</source>
        <translation>删除内容块</translation>
    </message>
    <message>
        <source>Blocks a new report starts with (hints show while a block is empty and are never printed):</source>
        <translation>新报告初始包含的内容块（提示仅在内容块为空时显示，从不打印）：</translation>
    </message>
    <message>
        <source>No chapter selected</source>
        <translation>未选择章节</translation>
    </message>
</context>
<context>
    <name>csr::ui::ChapterTreeModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>填写中</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Required by the guideline</source>
        <translation>编制说明要求的章节</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source> (edited since approval)</source>
        <translation>（审定后已修改）</translation>
    </message>
    <message numerus="yes">
        <source>, %n open comment(s)</source>
        <translation>
            <numerusform>，%n 条未解决批注</numerusform>
        </translation>
    </message>
    <message>
        <source>, imported: not yet reviewed</source>
        <translation>，导入内容：尚未审核</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation>（导入）</translation>
    </message>
</context>
<context>
    <name>csr::ui::ChartPreview</name>
    <message>
        <source>This chapter has no charts. Metric tables and timelines are charted here as you type.</source>
        <translation>本章节没有图表。数据表和事件列表的图表会在输入时实时显示在这里。</translation>
    </message>
</context>
<context>
    <name>csr::ui::EditChapterHeaderCommand</name>
    <message>
        <source>Mark &quot;%1&quot; as %2</source>
        <translation>将“%1”标记为%2</translation>
    </message>
    <message>
        <source>Assign &quot;%1&quot;</source>
        <translation>分配“%1”</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation>需修改</translation>
    </message>
</context>
<context>
    <name>csr::ui::EditMetadataCommand</name>
    <message>
        <source>Change report details</source>
        <translation>修改报告信息</translation>
    </message>
</context>
<context>
    <name>csr::ui::EditMetricCommand</name>
    <message>
        <source>Change %1 value</source>
        <translation>修改 %1 的数值</translation>
    </message>
    <message>
        <source>Change %1 last year&apos;s value</source>
        <translation>修改 %1 的上年数值</translation>
    </message>
    <message>
        <source>Rename metric %1</source>
        <translation>重命名指标 %1</translation>
    </message>
    <message>
        <source>Change %1 unit</source>
        <translation>修改 %1 的单位</translation>
    </message>
    <message>
        <source>Change whether %1 is confidential</source>
        <translation>修改 %1 的保密设置</translation>
    </message>
    <message>
        <source>Change %1 source</source>
        <translation>修改 %1 的来源</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Change how %1 compares with last year</source>
        <translation>修改 %1 与上年的对比方式</translation>
    </message>
</context>
<context>
    <name>csr::ui::EditParagraphCommand</name>
    <message>
        <source>Edit text in &quot;%1&quot;</source>
        <translation>编辑“%1”的正文</translation>
    </message>
</context>
<context>
    <name>csr::ui::EvidenceOpener</name>
    <message>
        <source>&quot;%1&quot; is damaged: its content no longer matches its SHA-256.</source>
        <translation>“%1”已损坏：其内容与 SHA-256 不再一致。</translation>
    </message>
    <message>
        <source>Cannot make a copy of &quot;%1&quot; to open.</source>
        <translation>无法生成“%1”的副本以供打开。</translation>
    </message>
    <message>
        <source>Cannot make a copy of &quot;%1&quot; to open: %2.</source>
        <translation>无法生成“%1”的副本以供打开：%2。</translation>
    </message>
    <message>
        <source>No program is set up to open &quot;%1&quot;.</source>
        <translation>没有设置可打开“%1”的程序。</translation>
    </message>
</context>
<context>
    <name>csr::ui::FigureExchange</name>
    <message>
        <source>figure requests</source>
        <translation>数据征集表</translation>
    </message>
    <message>
        <source>Request Figures</source>
        <translation>征集数据</translation>
    </message>
    <message>
        <source>The report has no metric tables with figures.</source>
        <translation>报告中没有含指标的数据表。</translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个工作簿写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Figures</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.csv);;All files (*)</source>
        <translation>工作簿 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Open Data</source>
        <translation>导出开放数据</translation>
    </message>
    <message numerus="yes">
        <source>Open data written to %1: %n figure(s), %2 confidential value(s) withheld.</source>
        <translation>
            <numerusform>已将开放数据写入 %1：%n 项指标，%2 个保密数值未导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csr::ui::ImportFiguresCommand</name>
    <message numerus="yes">
        <source>Import %n figure(s)</source>
        <translation>
            <numerusform>导入 %n 项数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csr::ui::ImportFiguresDialog</name>
    <message>
        <source>Import Figures</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Also apply the %n row(s) matched by label and unit (no metric id)</source>
        <translation>
            <numerusform>同时应用按名称和单位匹配的 %n 行（无指标标识）</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>修改：</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>matched by label: not applied unless confirmed below</source>
        <translation>按名称匹配：除非在下方确认，否则不应用</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the workbooks: correct them and import again. Nothing is applied while any remains.</source>
        <translation>
            <numerusform>工作簿中有 %n 个错误：请改正后重新导入。只要仍有错误，就不会应用任何修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbooks give no new figures.</source>
        <translation>工作簿中没有新的数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) will change. Apply makes every change at once; Edit › Undo takes them all back.</source>
        <translation>
            <numerusform>将有 %n 项指标发生变化。“应用”会一次性完成全部修改；“编辑 › 撤销”可将其全部撤回。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csr::ui::ImportReportDialog</name>
    <message>
        <source>Import Existing Report</source>
        <translation>导入已有报告</translation>
    </message>
    <message>
        <source>As the report says</source>
        <translation>按报告原文</translation>
    </message>
    <message>
        <source>Import %1 as a new report. Its headings are matched to the template&apos;s chapters; what the import is unsure of is listed for review.</source>
        <translation>将 %1 导入为新报告。其标题将与模板的章节进行匹配；导入时不确定的内容会列出供审核。</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>csr::ui::ImportReviewPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Checked: clear the selected decisions from the list.</source>
        <translation>勾选后：从列表中清除所选的判断。</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>没有待审核的内容。</translation>
    </message>
</context>
<context>
    <name>csr::ui::ListCommands</name>
    <message>
        <source>Add list item</source>
        <translation>添加列表条目</translation>
    </message>
    <message>
        <source>Remove list item &quot;%1&quot;</source>
        <translation>删除列表条目“%1”</translation>
    </message>
    <message>
        <source>Edit list item</source>
        <translation>编辑列表条目</translation>
    </message>
    <message>
        <source>Move list item</source>
        <translation>移动列表条目</translation>
    </message>
</context>
<context>
    <name>csr::ui::ListEditor</name>
    <message>
        <source>New item</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>csr::ui::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Chart preview</source>
        <translation>图表预览</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Report details…</source>
        <translation>报告信息…</translation>
    </message>
    <message>
        <source>Unit, year, period, scope, standards, page budget</source>
        <translation>单位、年度、报告期、范围、参考依据、篇幅</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — CSR Report Studio</source>
        <translation>%1[*] — 社会责任报告编制工具</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open a report (File › Open) or start one from the guideline template (File › New).</source>
        <translation>请打开报告（文件 › 打开），或根据编制说明模板新建报告（文件 › 新建）。</translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read.

%1</source>
        <translation>无法读取恢复副本。

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot save report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not available.</source>
        <translation>模板“%1”不可用。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>-internal</source>
        <translation>-内部版</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>Exported %1 (%2 pages)</source>
        <translation>已导出 %1（共 %2 页）</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Started the %1 report from %2: last year&apos;s figures are the comparison column.</source>
        <translation>已根据 %2 开始编写 %1 年度报告：上年的数据为对比列。</translation>
    </message>
    <message>
        <source>Open Team Report</source>
        <translation>打开团队报告</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>未添加照片</translation>
    </message>
    <message>
        <source>Import Review</source>
        <translation>导入审核</translation>
    </message>
</context>
<context>
    <name>csr::ui::MetricTableCommands</name>
    <message>
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove metric %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>Move metric</source>
        <translation>移动指标</translation>
    </message>
    <message>
        <source>Change chart type</source>
        <translation>修改图表类型</translation>
    </message>
    <message>
        <source>Change units charted</source>
        <translation>修改绘制图表的单位</translation>
    </message>
</context>
<context>
    <name>csr::ui::MetricTableEditor</name>
    <message>
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>饼图</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Open evidence &quot;%1&quot; (%2)</source>
        <translation>打开佐证材料“%1”（%2）</translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation>打开佐证材料</translation>
    </message>
    <message>
        <source>Trend, lines</source>
        <translation>趋势折线图</translation>
    </message>
    <message>
        <source>Trend, grouped bars</source>
        <translation>趋势分组柱状图</translation>
    </message>
    <message>
        <source>Compare with Last Year in Percentage Points</source>
        <translation>按百分点与上年对比</translation>
    </message>
    <message>
        <source>Print the change from last year as the difference in points (95.2 % → 96.8 %: +1.6 points) rather than in per cent (+1.7 %).</source>
        <translation>将较上年的变化打印为百分点差值（95.2% → 96.8%：+1.6 个百分点），而不是百分比（+1.7%）。</translation>
    </message>
    <message>
        <source>Each unit</source>
        <translation>每个单位</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>A table mixing units is charted as one small chart per unit; or chart one unit only. The printed report names what no chart shows.</source>
        <translation>含有多种单位的数据表会按单位分别绘制小图表；也可以只绘制一种单位。打印的报告会注明哪些内容没有图表。</translation>
    </message>
</context>
<context>
    <name>csr::ui::MetricTableModel</name>
    <message>
        <source>Computed from this year&apos;s and last year&apos;s value</source>
        <translation>由本年与上年数值计算得出</translation>
    </message>
    <message>
        <source>Confidential figures are printed as ** in the public edition</source>
        <translation>保密数据在公开版中印为 **</translation>
    </message>
    <message>
        <source>Quoted in text as {{%1}}</source>
        <translation>正文中以 {{%1}} 引用</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Source / note</source>
        <translation>来源/备注</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>Evidence: %1 (right-click to open)</source>
        <translation>佐证材料：%1（右键单击打开）</translation>
    </message>
</context>
<context>
    <name>csr::ui::MoveChapterCommand</name>
    <message>
        <source>Move &quot;%1&quot; up</source>
        <translation>上移“%1”</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; down</source>
        <translation>下移“%1”</translation>
    </message>
</context>
<context>
    <name>csr::ui::NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>e.g. 中国电信股份有限公司上海西区电信局</source>
        <translation>例如：中国电信股份有限公司上海西区电信局</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>No template is available.</source>
        <translation>没有可用的模板。</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
</context>
<context>
    <name>csr::ui::NumberDelegate</name>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>csr::ui::OpenTeamReportDialog</name>
    <message>
        <source>Open Team Report</source>
        <translation>打开团队报告</translation>
    </message>
    <message>
        <source>List Reports</source>
        <translation>列出报告</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) on this server.</source>
        <translation>
            <numerusform>此服务器上有 %n 份报告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csr::ui::OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>csr::ui::ParagraphEditor</name>
    <message>
        <source>Insert figure</source>
        <translation>插入数据</translation>
    </message>
    <message>
        <source>Quote a metric&apos;s value; it follows every change of the figure</source>
        <translation>引用指标数值；数据修改后正文随之更新</translation>
    </message>
    <message>
        <source>As printed (public edition):</source>
        <translation>印刷效果（公开版）：</translation>
    </message>
    <message>
        <source>Type the text here.</source>
        <translation>在此输入正文。</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无数值）</translation>
    </message>
    <message>
        <source>Unknown metric</source>
        <translation>未知指标</translation>
    </message>
    <message>
        <source>No metrics yet: add them in a metric table</source>
        <translation>还没有指标：请先在数据表中添加</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
</context>
<context>
    <name>csr::ui::PhotoEditor</name>
    <message>
        <source>Edit photo caption</source>
        <translation>编辑照片标题</translation>
    </message>
    <message>
        <source>Edit photo description</source>
        <translation>编辑照片描述</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>printed under the photo, after its number (图1 …)</source>
        <translation>打印在照片下方，位于编号之后（图1 …）</translation>
    </message>
    <message>
        <source>Alternative text:</source>
        <translation>替代文字：</translation>
    </message>
    <message>
        <source>what the photo shows, for readers who cannot see it</source>
        <translation>照片所展示的内容，供看不到图片的读者使用</translation>
    </message>
    <message>
        <source>Printed width:</source>
        <translation>打印宽度：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Replace Image…</source>
        <translation>替换图片…</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Text width</source>
        <translation>正文宽度</translation>
    </message>
    <message>
        <source>Three quarters of the text width</source>
        <translation>正文宽度的四分之三</translation>
    </message>
    <message>
        <source>Two thirds of the text width</source>
        <translation>正文宽度的三分之二</translation>
    </message>
    <message>
        <source>Half the text width</source>
        <translation>正文宽度的一半</translation>
    </message>
    <message>
        <source>A third of the text width</source>
        <translation>正文宽度的三分之一</translation>
    </message>
    <message>
        <source>Fixed width in millimetres</source>
        <translation>固定宽度（毫米）</translation>
    </message>
    <message>
        <source>%1 % of the text width</source>
        <translation>正文宽度的 %1%</translation>
    </message>
    <message>
        <source>No image yet</source>
        <translation>尚无图片</translation>
    </message>
    <message>
        <source>The image is damaged</source>
        <translation>图片已损坏</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 KB</source>
        <translation>%1 × %2 像素，%3 KB</translation>
    </message>
    <message>
        <source>Change photo width</source>
        <translation>修改照片宽度</translation>
    </message>
    <message>
        <source>Replace Image</source>
        <translation>替换图片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Replace photo %1</source>
        <translation>替换照片 %1</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
</context>
<context>
    <name>csr::ui::PhotoFiles</name>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; is %2 MB; a photo may have at most %3 MB.</source>
        <translation>照片“%1”有 %2 MB；单张照片最大为 %3 MB。</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取照片“%1”：%2</translation>
    </message>
    <message>
        <source>The photo &quot;%1&quot; cannot be used: %2</source>
        <translation>无法使用照片“%1”：%2</translation>
    </message>
    <message>
        <source>The report&apos;s photos would come to %1 MB; a report may hold at most %2 MB of photos. Use smaller files (a photo printed at 300 dpi needs no more than about 2 MB).</source>
        <translation>报告中的照片合计将达到 %1 MB；一份报告中的照片最多为 %2 MB。请使用较小的文件（以 300 dpi 打印的照片一般不超过约 2 MB）。</translation>
    </message>
    <message>
        <source>The chapter is no longer there.</source>
        <translation>该章节已不存在。</translation>
    </message>
    <message>
        <source>Add photo %1</source>
        <translation>添加照片 %1</translation>
    </message>
</context>
<context>
    <name>csr::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Save a recovery copy every:</source>
        <translation>自动保存恢复副本间隔：</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>The change history names you with it when you save changed figures.</source>
        <translation>保存修改过的数据时，修改记录会用这个名字记录您。</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>the address your CA gives you, e.g. http://…</source>
        <translation>由您的 CA 提供的地址，例如 http://…</translation>
    </message>
    <message>
        <source>An RFC 3161 time-stamp authority. Sign &amp; Export then time-stamps each signature (PAdES B-T), so it can be checked after the certificate expires. Leave empty for no time stamp.</source>
        <translation>RFC 3161 时间戳服务。设置后，“签名并导出”会为每个签名加盖时间戳（PAdES B-T），证书过期后仍可验证签名。留空则不加盖时间戳。</translation>
    </message>
    <message>
        <source>Time-stamp authority:</source>
        <translation>时间戳服务：</translation>
    </message>
    <message>
        <source>Embed long-term validation data (certificates, revocation)</source>
        <translation>嵌入长期验证数据（证书、吊销信息）</translation>
    </message>
    <message>
        <source>With a time-stamp authority: adds the certificate chain and what revocation data can be fetched to the signed PDF (PAdES B-LT).</source>
        <translation>配合时间戳服务使用：将证书链和可获取的吊销数据添加到已签名的 PDF 中（PAdES B-LT）。</translation>
    </message>
    <message>
        <source>The time-stamp authority needs an http:// or https:// address.</source>
        <translation>时间戳服务需要 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>csr::ui::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>csr::ui::RemoveChapterCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportController</name>
    <message>
        <source>There is no folder to keep your templates in.</source>
        <translation>没有可用于保存模板的文件夹。</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;: File › New offers it.</source>
        <translation>已保存模板“%1”：可在“文件 › 新建”中选用。</translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportDetailsDialog</name>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>One guideline edition per line</source>
        <translation>每行一个编制说明版本</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Report title:</source>
        <translation>报告标题：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>报告期起：</translation>
    </message>
    <message>
        <source>Period to:</source>
        <translation>报告期止：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>报告范围：</translation>
    </message>
    <message>
        <source>Standards followed:</source>
        <translation>参考依据：</translation>
    </message>
    <message>
        <source>Length (pages):</source>
        <translation>篇幅（页）：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>报告期的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>How many years the metric tables show: this year, last year and earlier years from the figures&apos; history.</source>
        <translation>数据表显示的年份数：本年、上年，以及指标历史数据中的更早年份。</translation>
    </message>
    <message>
        <source>Year columns in tables:</source>
        <translation>表格中的年份列数：</translation>
    </message>
    <message>
        <source>How many heading levels the printed table of contents lists: 1 chapters only, 2 with their sections (a school&apos;s coded indicators), 3 one level deeper.</source>
        <translation>打印目录列出的标题级数：1 仅列章节，2 同时列出各节（如学校的指标代码），3 再多列一级。</translation>
    </message>
    <message>
        <source>The language of the printed report&apos;s fixed words (contents, table headings, dates, numbers), whatever the language of this window.</source>
        <translation>打印报告中固定文字（目录、表头、日期、数字）所用的语言，与本窗口的语言无关。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1（未安装）</translation>
    </message>
    <message>
        <source>How the printed report looks: page, fonts, colours, cover. A unit&apos;s own style is a file in the user&apos;s style folder.</source>
        <translation>打印报告的外观：页面、字体、颜色、封面。单位自己的样式是用户样式文件夹中的一个文件。</translation>
    </message>
    <message>
        <source>Printed in:</source>
        <translation>打印语言：</translation>
    </message>
    <message>
        <source>Print style:</source>
        <translation>打印样式：</translation>
    </message>
    <message>
        <source>Contents levels:</source>
        <translation>目录级数：</translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportDialogs</name>
    <message>
        <source>About CSR Report Studio</source>
        <translation>关于社会责任报告编制工具</translation>
    </message>
    <message>
        <source>CSR Report Studio %1
Writes the yearly social-responsibility report of a Shanghai civilized unit.</source>
        <translation>社会责任报告编制工具 %1
用于编写上海市文明单位的年度社会责任报告。</translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportExporter</name>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>csr::ui::ReportImporter</name>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>没有模板“%1”。</translation>
    </message>
    <message>
        <source>Imported %1: %2 decisions to review (View › Import Review).</source>
        <translation>已导入 %1：%2 项判断待审核（视图 › 导入审核）。</translation>
    </message>
</context>
<context>
    <name>csr::ui::RequestFiguresDialog</name>
    <message>
        <source>Request Figures</source>
        <translation>征集数据</translation>
    </message>
    <message>
        <source>One workbook per person (chapter assignee)</source>
        <translation>每人一个工作簿（章节负责人）</translation>
    </message>
    <message>
        <source>One workbook per chapter</source>
        <translation>每个章节一个工作簿</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>存放工作簿的文件夹</translation>
    </message>
    <message>
        <source>Each workbook has a sheet per metric table: the colleague fills in this year&apos;s figures and their sources, and sends it back for File › Import Figures…. The workbooks are in the report&apos;s language.</source>
        <translation>每个工作簿中，每张数据表对应一个工作表：同事填写本年度的数据及其来源后发回，再通过“文件 › 导入数据…”读入。工作簿使用报告的语言。</translation>
    </message>
    <message>
        <source>Write Workbooks</source>
        <translation>生成工作簿</translation>
    </message>
    <message>
        <source>Workbooks:</source>
        <translation>工作簿：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
</context>
<context>
    <name>csr::ui::ReviewPanel</name>
    <message>
        <source>Saved. Approval withdrawn after the edit: %1 is a draft again and needs a new review.</source>
        <translation>已保存。由于修改，审定已撤销：%1 已变回草稿，需要重新审核。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Hand the open chapter to the reviewers</source>
        <translation>将当前章节提交审核人审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve the open chapter (reviewers only)</source>
        <translation>批准当前章节（仅限审核人）</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Send the open chapter back for changes, with a reason (reviewers only)</source>
        <translation>注明理由，将当前章节退回修改（仅限审核人）</translation>
    </message>
    <message>
        <source>Reviewers…</source>
        <translation>审核人…</translation>
    </message>
    <message>
        <source>Who may approve chapters, and who owns the sign-off</source>
        <translation>谁可以批准章节，谁负责签署</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>批注…</translation>
    </message>
    <message>
        <source>Comment on the open chapter</source>
        <translation>批注当前章节</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Resolved too</source>
        <translation>包括已解决</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <source>Why the figure moved this much from last year</source>
        <translation>该指标较上年变化较大的原因</translation>
    </message>
    <message>
        <source>Attach Evidence…</source>
        <translation>附加佐证材料…</translation>
    </message>
    <message>
        <source>Keep a file that backs the figure (at most %1) in the report</source>
        <translation>在报告中保存支持该指标的文件（最大 %1）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>%1 of %2 chapters approved · %3 open comment(s) · %4 unexplained figure(s)</source>
        <translation>已审定 %1/%2 个章节 · 未解决批注 %3 条 · 未说明指标 %4 项</translation>
    </message>
    <message>
        <source>Not under review: name the reviewers to start.</source>
        <translation>未进入审核：请先指定审核人。</translation>
    </message>
    <message>
        <source>Ready for sign-off.</source>
        <translation>可以签署。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was approved; this change makes it a draft again, to be submitted and approved anew.</source>
        <translation>“%1”已审定；此修改会使其变回草稿，需要重新提交和批准。</translation>
    </message>
    <message numerus="yes">
        <source> (+%n reply(ies))</source>
        <translation>
            <numerusform>（+%n 条回复）</numerusform>
        </translation>
    </message>
    <message>
        <source>[resolved] </source>
        <translation>[已解决] </translation>
    </message>
    <message>
        <source>Open a chapter to submit, approve or return it.</source>
        <translation>请打开一个章节以提交、批准或退回。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (edited after approval)</source>
        <translation>（审定后已修改）</translation>
    </message>
    <message>
        <source> — %1, %2</source>
        <translation> — %1，%2</translation>
    </message>
    <message>
        <source> (%1, explained)</source>
        <translation>（%1，已说明）</translation>
    </message>
    <message>
        <source> (%1, needs an explanation)</source>
        <translation>（%1，需要说明）</translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s)</source>
        <translation>
            <numerusform> · %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Evidence to &quot;%1&quot;</source>
        <translation>为“%1”附加佐证材料</translation>
    </message>
</context>
<context>
    <name>csr::ui::ReviewSteps</name>
    <message>
        <source>Explain a Figure</source>
        <translation>说明指标变化</translation>
    </message>
    <message>
        <source>Why did &quot;%1&quot; change this much from last year?</source>
        <translation>“%1”较上年为何变化这么大？</translation>
    </message>
    <message>
        <source>Explain &quot;%1&quot;</source>
        <translation>说明“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; an evidence file may be at most %3.</source>
        <translation>“%1”有 %2，单个佐证材料最大为 %3。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将“%1”附加到“%2”</translation>
    </message>
    <message>
        <source>Submitted &quot;%1&quot;</source>
        <translation>提交“%1”</translation>
    </message>
    <message>
        <source>Approved &quot;%1&quot;</source>
        <translation>批准“%1”</translation>
    </message>
    <message>
        <source>Return for Changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>What needs to change in &quot;%1&quot;? (optional)</source>
        <translation>“%1”需要修改什么？（可选）</translation>
    </message>
    <message>
        <source>Returned &quot;%1&quot; for changes</source>
        <translation>退回修改“%1”</translation>
    </message>
    <message>
        <source>Enter your name in Preferences first: every comment says who wrote it.</source>
        <translation>请先在首选项中填写您的姓名：每条批注都会注明作者。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Your comment on &quot;%1&quot;:</source>
        <translation>您对“%1”的批注：</translation>
    </message>
    <message>
        <source>Comment on &quot;%1&quot;</source>
        <translation>批注“%1”</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation>您的回复：</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>回复批注</translation>
    </message>
    <message>
        <source>Resolve a comment</source>
        <translation>解决批注</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Who may approve or return chapters (one name per line):</source>
        <translation>可以批准或退回章节的人（每行一个姓名）：</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Who owns the sign-off and may sign despite open review points:</source>
        <translation>负责签署、可以在审核未完成时签名的人：</translation>
    </message>
    <message>
        <source>Set the reviewers</source>
        <translation>设置审核人</translation>
    </message>
</context>
<context>
    <name>csr::ui::RowButtons</name>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>csr::ui::SaveTemplateDialog</name>
    <message>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Keep the prose (otherwise only the hints)</source>
        <translation>保留正文（否则只保留提示）</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;: the template&apos;s file name</source>
        <translation>字母、数字和“.”“_”“-”：模板的文件名</translation>
    </message>
    <message>
        <source>Keeps the chapters, required parts, hints, tables and the figures&apos; names and units; drops the figures, events, honours and who fills what.</source>
        <translation>保留章节、必备部分、提示、数据表以及指标的名称和单位；去掉数据、事件、荣誉和填写分工。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
</context>
<context>
    <name>csr::ui::SignExportDialog</name>
    <message>
        <source>&amp;Check certificate</source>
        <translation>检查证书(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign and export</source>
        <translation>签名并导出(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp; Export PDF</source>
        <translation>签名并导出 PDF</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>a PKCS#12 file (.p12 or .pfx)</source>
        <translation>PKCS#12 证书文件（.p12 或 .pfx）</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>never stored</source>
        <translation>不会被保存</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Choose a certificate and type its password, then check it.</source>
        <translation>请选择证书并输入密码，然后检查证书。</translation>
    </message>
    <message>
        <source>Public (confidential figures masked)</source>
        <translation>公开版（保密数据以 ** 显示）</translation>
    </message>
    <message>
        <source>Internal (all figures)</source>
        <translation>内部版（全部数据）</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>签名理由：</translation>
    </message>
    <message>
        <source>e.g. 上海</source>
        <translation>例如：上海</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>签名地点：</translation>
    </message>
    <message>
        <source>Signed PDF:</source>
        <translation>签名后的 PDF：</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>%1 %2 CSR report</source>
        <translation>%1%2年度社会责任报告</translation>
    </message>
    <message>
        <source>-signed</source>
        <translation>-已签名</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>签名后的 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation>请选择证书文件（.p12 或 .pfx）。</translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation>未限制</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>持有者：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>密钥用途：</translation>
    </message>
    <message>
        <source>This certificate can sign.</source>
        <translation>此证书可以用于签名。</translation>
    </message>
    <message>
        <source>Choose where to write the signed PDF.</source>
        <translation>请选择签名后 PDF 的保存位置。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written; choose another place for the signed PDF.</source>
        <translation>无法写入文件夹“%1”，请为签名后的 PDF 另选保存位置。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be replaced.</source>
        <translation>无法替换文件“%1”。</translation>
    </message>
    <message>
        <source>No temporary folder for the unsigned export: %1</source>
        <translation>无法为未签名的导出文件创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>正在导出报告…</translation>
    </message>
    <message>
        <source>Cannot export PDF: %1</source>
        <translation>无法导出 PDF：%1</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>正在签名…</translation>
    </message>
    <message>
        <source>Verifying the signed file…</source>
        <translation>正在验证签名后的文件…</translation>
    </message>
    <message>
        <source>Signed and written to %1.</source>
        <translation>已签名并保存到 %1。</translation>
    </message>
    <message>
        <source> The signature is intact; its certificate does not chain to a CA this computer trusts, so readers may need your organisation&apos;s CA certificate.</source>
        <translation>签名完好，但其证书不能追溯到本机信任的证书颁发机构（CA），读者可能需要贵单位的 CA 证书。</translation>
    </message>
    <message>
        <source>only the report&apos;s owner: why sign before the review is finished</source>
        <translation>仅限报告负责人：为何在审核完成前签名</translation>
    </message>
    <message>
        <source>Sign despite open review:</source>
        <translation>审核未完成时签名：</translation>
    </message>
    <message>
        <source>none (set a time-stamp authority in Preferences for a signature that can be checked after the certificate expires)</source>
        <translation>无（在首选项中设置时间戳服务后，证书过期后仍可验证签名）</translation>
    </message>
    <message>
        <source>from %1%2</source>
        <translation>由 %1 加盖%2</translation>
    </message>
    <message>
        <source>, with long-term validation data</source>
        <translation>，含长期验证数据</translation>
    </message>
    <message>
        <source>Time stamp:</source>
        <translation>时间戳：</translation>
    </message>
    <message>
        <source>The report is not ready for sign-off, so it was not signed:
%1
Finish the review (Review panel), or, as the report&apos;s owner, enter a reason under &quot;Sign despite open review&quot;.</source>
        <translation>报告尚不能签署，因此未签名：
%1
请先完成审核（审核面板），或以报告负责人身份在“审核未完成时签名”中填写理由。</translation>
    </message>
    <message>
        <source>Sign despite open review points</source>
        <translation>审核未完成时仍然签名</translation>
    </message>
</context>
<context>
    <name>csr::ui::SignatoryCommand</name>
    <message>
        <source>Change signatory</source>
        <translation>修改签署人</translation>
    </message>
</context>
<context>
    <name>csr::ui::SignatoryDialog</name>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>e.g. 朱樱</source>
        <translation>例如：朱樱</translation>
    </message>
    <message>
        <source>e.g. 党委书记、总经理</source>
        <translation>例如：党委书记、总经理</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Seal image:</source>
        <translation>印章图片：</translation>
    </message>
    <message>
        <source>A seal picture alone is not a signature: the exported PDF is signed digitally when you use Sign &amp; Export.</source>
        <translation>仅有印章图片并不构成签名：使用“签名并导出”时，导出的 PDF 会加上数字签名。</translation>
    </message>
    <message>
        <source>Choose seal image</source>
        <translation>选择印章图片</translation>
    </message>
    <message>
        <source>Seal images (*.png *.svg)</source>
        <translation>印章图片 (*.png *.svg)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>csr::ui::SignatureBlockEditor</name>
    <message>
        <source>No signatory yet: the public statement must be signed by the unit&apos;s head.</source>
        <translation>尚未设置签署人：公开陈述须由单位负责人签署。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>no seal image</source>
        <translation>无印章图片</translation>
    </message>
    <message>
        <source>with seal image</source>
        <translation>附印章图片</translation>
    </message>
    <message>
        <source>%1 %2, %3 (%4)</source>
        <translation>%1 %2，%3（%4）</translation>
    </message>
    <message>
        <source>Signatory…</source>
        <translation>签署人…</translation>
    </message>
</context>
<context>
    <name>csr::ui::TeamConflictDialog</name>
    <message>
        <source>Someone else changed this first</source>
        <translation>他人已先修改了此处</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Keep their version, yours, or a merge of both.</source>
        <translation>没有覆盖任何内容。请选择保留对方的版本、您的版本，或两者合并后的版本。</translation>
    </message>
    <message>
        <source>Theirs (on the server now)</source>
        <translation>对方的版本（服务器上的当前内容）</translation>
    </message>
    <message>
        <source>Mine (not saved)</source>
        <translation>我的版本（未保存）</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留对方的版本</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Merge (edit, then keep it)</source>
        <translation>合并（编辑后保留）</translation>
    </message>
    <message>
        <source>Keep Merge</source>
        <translation>保留合并结果</translation>
    </message>
</context>
<context>
    <name>csr::ui::TeamLink</name>
    <message>
        <source>Figures cannot be added, removed or reordered in a team report yet; the owner can do it in a file and publish it again.</source>
        <translation>团队报告中暂不能添加、删除指标或调整其顺序；负责人可以在报告文件中修改后重新发布。</translation>
    </message>
    <message>
        <source>Chapters cannot be added or removed in a team report yet.</source>
        <translation>团队报告中暂不能添加或删除章节。</translation>
    </message>
    <message>
        <source>Team report %1 as %2</source>
        <translation>团队报告 %1（用户：%2）</translation>
    </message>
    <message numerus="yes">
        <source> — the server is away; %n edit(s) not yet saved to the server</source>
        <translation>
            <numerusform> — 服务器不可用；%n 处修改尚未保存到服务器</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 in %2</source>
        <translation> · %1 正在查看%2</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>A review step on the server cannot be taken back; the next step follows it.</source>
        <translation>服务器上的审核步骤无法撤回；只能由下一个步骤接续。</translation>
    </message>
</context>
<context>
    <name>csr::ui::TeamPassword</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateEditor</name>
    <message>
        <source>Another file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Edit Template</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>模板 (*.json)</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>我的模板</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>新章节</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>No problems: the template can be saved.</source>
        <translation>没有问题：模板可以保存。</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>未命名模板</translation>
    </message>
    <message>
        <source>%1[*] — Template Editor</source>
        <translation>%1[*] — 模板编辑器</translation>
    </message>
    <message>
        <source>Template Editor</source>
        <translation>模板编辑器</translation>
    </message>
    <message>
        <source>Save the changes to the template?</source>
        <translation>是否保存对模板的修改？</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove Figure</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>The figures every report from this template defines, without values: a new year&apos;s report fills them in.</source>
        <translation>由此模板创建的每份报告都会定义这些指标，但不含数值：新年度的报告再填入数值。</translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateEdits</name>
    <message>
        <source>New chapter</source>
        <translation>新章节</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Rename chapter</source>
        <translation>重命名章节</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>修改键</translation>
    </message>
    <message>
        <source>Change indicator code</source>
        <translation>修改指标代码</translation>
    </message>
    <message>
        <source>Mark required</source>
        <translation>标为必备</translation>
    </message>
    <message>
        <source>Mark optional</source>
        <translation>标为可选</translation>
    </message>
    <message>
        <source>Number chapter</source>
        <translation>为章节编号</translation>
    </message>
    <message>
        <source>Unnumber chapter</source>
        <translation>取消章节编号</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Change block title</source>
        <translation>修改内容块标题</translation>
    </message>
    <message>
        <source>Change hint</source>
        <translation>修改提示</translation>
    </message>
    <message>
        <source>Change template name</source>
        <translation>修改模板名称</translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation>修改编号方式</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Change figure id</source>
        <translation>修改指标标识</translation>
    </message>
    <message>
        <source>Rename figure</source>
        <translation>重命名指标</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <source>Change tolerance</source>
        <translation>修改容差</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>figure table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签署栏</translation>
    </message>
    <message>
        <source>Indicator codes (I-1, I-2 …)</source>
        <translation>指标代码（I-1、I-2 …）</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>不编号</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateMetricModel</name>
    <message>
        <source>How far the figure may move from last year before a reviewer must see why: per cent, or percentage points for a rate (unit %). Empty: the report&apos;s default.</source>
        <translation>指标较上年可变动的幅度，超出后审核人须看到原因说明：按百分比计，比率类指标（单位为 %）按百分点计。留空：使用报告的默认值。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateModel</name>
    <message>
        <source>required</source>
        <translation>必备</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必备</translation>
    </message>
</context>
<context>
    <name>csr::ui::TemplateSettingsPane</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>File name (id):</source>
        <translation>文件名（标识）：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;: the template&apos;s file name, and what each report made from it remembers</source>
        <translation>只能使用字母、数字和“.”“_”“-”：用作模板的文件名，由它创建的每份报告也会记录此标识</translation>
    </message>
    <message>
        <source>e.g. School CSR report (six dimensions)</source>
        <translation>例如 学校社会责任报告（六个维度）</translation>
    </message>
    <message>
        <source>Numbering, level %1:</source>
        <translation>第 %1 级编号：</translation>
    </message>
</context>
<context>
    <name>csr::ui::TimelineCommands</name>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Remove event &quot;%1&quot;</source>
        <translation>删除事件“%1”</translation>
    </message>
    <message>
        <source>Change date of event &quot;%1&quot;</source>
        <translation>修改事件“%1”的日期</translation>
    </message>
    <message>
        <source>Change category of event &quot;%1&quot;</source>
        <translation>修改事件“%1”的类别</translation>
    </message>
    <message>
        <source>Rename event &quot;%1&quot;</source>
        <translation>修改事件“%1”的标题</translation>
    </message>
    <message>
        <source>Change outlet of event &quot;%1&quot;</source>
        <translation>修改事件“%1”的媒体</translation>
    </message>
    <message>
        <source>Change note of event &quot;%1&quot;</source>
        <translation>修改事件“%1”的备注</translation>
    </message>
</context>
<context>
    <name>csr::ui::TimelineEditor</name>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新事件</translation>
    </message>
</context>
<context>
    <name>csr::ui::TimelineModel</name>
    <message>
        <source>Leadership care</source>
        <translation>领导关怀</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>This date lies outside the reporting period %1 – %2.</source>
        <translation>该日期不在报告期 %1 至 %2 之内。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>csr::ui::UserPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>“%1”有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>CSR Report Studio did not close normally. A copy of unsaved changes to &quot;%1&quot; was saved at %2.

Restore it?</source>
        <translation>社会责任报告编制工具上次未正常关闭。“%1”未保存的修改已于 %2 保存了一份副本。

是否恢复？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>CSR reports (*.csreport);;All files (*)</source>
        <translation>社会责任报告 (*.csreport);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>CSR reports (*.csreport)</source>
        <translation>社会责任报告 (*.csreport)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since you opened or saved it here (a colleague, or another program).

Saving now would replace their changes with yours. Save your version under another name, or replace theirs?</source>
        <translation>“%1”在您打开或保存之后已被他人修改（同事或其他程序）。

现在保存会用您的内容覆盖他们的修改。要将您的版本另存为其他文件，还是覆盖他们的修改？</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Replace Their Changes</source>
        <translation>覆盖他们的修改</translation>
    </message>
    <message>
        <source>Import existing report</source>
        <translation>导入已有报告</translation>
    </message>
    <message>
        <source>Published reports (*.pdf *.docx *.txt);;All files (*)</source>
        <translation>已发布的报告 (*.pdf *.docx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Open Data</source>
        <translation>导出开放数据</translation>
    </message>
</context>
<context>
    <name>csr::ui::VerifyDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation>&lt;b&gt;否&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Verify Signed PDF</source>
        <translation>验证已签名的 PDF</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Signed PDF:</source>
        <translation>已签名的 PDF：</translation>
    </message>
    <message>
        <source>optional: a PEM file of an in-house CA to trust</source>
        <translation>可选：需要信任的本单位 CA 证书（PEM 文件）</translation>
    </message>
    <message>
        <source>Also trust:</source>
        <translation>另行信任：</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>已签名的 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>受信任的 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the PDF to verify.</source>
        <translation>请选择要验证的 PDF。</translation>
    </message>
    <message>
        <source>The trusted CA file &quot;%1&quot; cannot be used: %2</source>
        <translation>无法使用受信任的 CA 文件“%1”：%2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Valid: every signature holds and nothing was changed after the last one.</source>
        <translation>有效：所有签名均有效，最后一次签名后文件未被改动。</translation>
    </message>
    <message>
        <source>Not signed: the PDF carries no signature.</source>
        <translation>未签名：此 PDF 不含任何签名。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>该文件不是 PDF。</translation>
    </message>
    <message>
        <source>Modified: the file was changed after it was signed.</source>
        <translation>已被修改：文件在签名后被改动过。</translation>
    </message>
    <message>
        <source>Not valid: a signature does not hold.</source>
        <translation>无效：有签名未通过验证。</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>签名 %1</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>签名者：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>签名时间：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>签名理由：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>签名地点：</translation>
    </message>
    <message>
        <source>Content unchanged (digest):</source>
        <translation>内容未改动（摘要）：</translation>
    </message>
    <message>
        <source>Certificate trusted:</source>
        <translation>证书受信任：</translation>
    </message>
    <message>
        <source>Covers the whole file:</source>
        <translation>覆盖整个文件：</translation>
    </message>
    <message>
        <source>Digest problem:</source>
        <translation>摘要问题：</translation>
    </message>
    <message>
        <source>Trust problem:</source>
        <translation>信任问题：</translation>
    </message>
    <message>
        <source>Not verified: the file is too large or has too many signatures to verify.</source>
        <translation>未验证：文件太大或签名太多，无法验证。</translation>
    </message>
    <message>
        <source>Time stamp:</source>
        <translation>时间戳：</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1，由 %2 加盖，%3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Long-term validation data embedded: %1 certificates, %2 OCSP responses, %3 CRLs.</source>
        <translation>已嵌入长期验证数据：%1 个证书，%2 个 OCSP 响应，%3 个 CRL。</translation>
    </message>
    <message>
        <source>Not signed: the PDF carries only a document time stamp, which proves when it existed, not who approved it.</source>
        <translation>未签名：该 PDF 只带有文档时间戳，只能证明它存在的时间，不能证明由谁批准。</translation>
    </message>
    <message>
        <source>Document time stamp %1</source>
        <translation>文档时间戳 %1</translation>
    </message>
    <message>
        <source>Stamped at:</source>
        <translation>盖戳时间：</translation>
    </message>
    <message>
        <source>Time-stamp authority:</source>
        <translation>时间戳服务机构：</translation>
    </message>
</context>
</TS>
