<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>unknown chart type &quot;%1&quot; (expected none, bar, pie or yearOverYear).</source>
        <translation>未知的图表类型“%1”（应为 none、bar、pie 或 yearOverYear）。</translation>
    </message>
    <message>
        <source>the table names the metric &quot;%1&quot;, which the document does not define.</source>
        <translation>表格引用了指标“%1”，但文档中没有定义该指标。</translation>
    </message>
    <message>
        <source>unknown block type &quot;%1&quot; (expected paragraph, metricTable, timeline, list or signature).</source>
        <translation>未知的内容块类型“%1”（应为 paragraph、metricTable、timeline、list 或 signature）。</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected draft, submitted or approved).</source>
        <translation>未知的状态“%1”（应为 draft、submitted 或 approved）。</translation>
    </message>
    <message>
        <source>The file is %1 MiB, larger than any report (at most %2 MiB): it is probably not a report.</source>
        <translation>文件有 %1 MiB，比任何报告都大（最多 %2 MiB）：它很可能不是报告文件。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it is not a CSR report (.csreport) file.</source>
        <translation>文件不是 UTF-8 文本，因此不是社会责任报告（.csreport）文件。</translation>
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
    <name>csr::Template</name>
    <message>
        <source>&quot;%1&quot; is not a template. %2</source>
        <translation>“%1”不是模板。%2</translation>
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
        <source>The event &quot;%1&quot; on %2 lies outside the reporting period %3 – %4.</source>
        <translation>事件“%1”（%2）不在报告期 %3 至 %4 之内。</translation>
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
        <source>
`csrstudio COMMAND --help` explains a command&apos;s options.
</source>
        <translation>
`csrstudio 命令 --help` 说明该命令的选项。
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
        <source>export: the edition is &quot;public&quot; or &quot;internal&quot;, not &quot;%1&quot;.</source>
        <translation>export：版本应为“public”或“internal”，而不是“%1”。</translation>
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
</context>
<context>
    <name>csr::print::BlockLayouter</name>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>同比</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>媒体</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1（每月事项数）</source>
        <translation>%1（每月事项数）</translation>
    </message>
</context>
<context>
    <name>csr::print::ChartBuilder</name>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>（保密数据不列入图表）</source>
        <translation>（保密数据不列入图表）</translation>
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
        <source>时间范围：</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>%1至%2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>报告范围：</source>
        <translation>报告范围：</translation>
    </message>
    <message>
        <source>报告篇幅：</source>
        <translation>报告篇幅：</translation>
    </message>
    <message>
        <source>本报告共 %1 页。</source>
        <translation>本报告共 %1 页。</translation>
    </message>
    <message>
        <source>《%1》</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>参考依据：</source>
        <translation>参考依据：</translation>
    </message>
    <message>
        <source>和</source>
        <translation>和</translation>
    </message>
    <message>
        <source>报告编写说明</source>
        <translation>报告编写说明</translation>
    </message>
    <message>
        <source>报告年度 %1</source>
        <translation>报告年度 %1</translation>
    </message>
    <message>
        <source>内部版 Internal — 含保密数据，不得对外公开</source>
        <translation>内部版 Internal — 含保密数据，不得对外公开</translation>
    </message>
    <message>
        <source>报告期：%1至%2</source>
        <translation>报告期：%1至%2</translation>
    </message>
    <message>
        <source>目  录</source>
        <translation>目  录</translation>
    </message>
    <message>
        <source>内部版 Internal</source>
        <translation>内部版 Internal</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1，第 %2 块</translation>
    </message>
    <message>
        <source>the report details (unit, title, scope, standards, signatory)</source>
        <translation>报告信息（单位、标题、范围、依据、签署人）</translation>
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
</context>
<context>
    <name>csr::print::PdfMetadata</name>
    <message>
        <source>内部版</source>
        <translation>内部版</translation>
    </message>
    <message>
        <source>公开版</source>
        <translation>公开版</translation>
    </message>
    <message>
        <source>%1 %2年度社会责任报告（%3）</source>
        <translation>%1 %2年度社会责任报告（%3）</translation>
    </message>
    <message>
        <source>社会责任报告</source>
        <translation>社会责任报告</translation>
    </message>
    <message>
        <source>文明单位</source>
        <translation>文明单位</translation>
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
    <name>csr::print::PrintedText</name>
    <message>
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>【?%1】</source>
        <translation>【?%1】</translation>
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
        <source>The content of page %1 (object %2) was changed.</source>
        <translation>第 %1 页（对象 %2）的内容被修改。</translation>
    </message>
    <message>
        <source>Object %1 was changed.</source>
        <translation>对象 %1 被修改。</translation>
    </message>
    <message>
        <source>Object %1 (%2) was changed.</source>
        <translation>对象 %1（%2）被修改。</translation>
    </message>
    <message>
        <source>Object %1 was removed.</source>
        <translation>对象 %1 被删除。</translation>
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
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
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
        <source>Signature %1: its byte range is malformed, so it does not say which bytes it signs.</source>
        <translation>签名 %1：字节范围格式错误，无法确定其签署了哪些字节。</translation>
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
        <source>the certificate is not meant for signing: its key usage allows neither digital signature nor non-repudiation</source>
        <translation>该证书不能用于签名：其密钥用途既不包括数字签名也不包括不可否认</translation>
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
        <source>Signature %1: the certificate is not meant for signing (its key usage allows neither digital signature nor non-repudiation).</source>
        <translation>签名 %1：该证书不能用于签名（其密钥用途既不包括数字签名也不包括不可否认）。</translation>
    </message>
    <message>
        <source>Signature %1: the document was changed after it was signed: %2</source>
        <translation>签名 %1：文档在签名后被修改：%2</translation>
    </message>
</context>
<context>
    <name>csr::sign::RevisionDiff</name>
    <message>
        <source>%1: an entry other than a signature was added.</source>
        <translation>%1：添加了签名以外的条目。</translation>
    </message>
    <message>
        <source>%1: an entry was removed.</source>
        <translation>%1：删除了一个条目。</translation>
    </message>
    <message>
        <source>The revisions could not be compared (%1).</source>
        <translation>无法比较文档的各个版本（%1）。</translation>
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
</context>
<context>
    <name>csr::ui::EditParagraphCommand</name>
    <message>
        <source>Edit text in &quot;%1&quot;</source>
        <translation>编辑“%1”的正文</translation>
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
        <source>About CSR Report Studio</source>
        <translation>关于社会责任报告编制工具</translation>
    </message>
    <message>
        <source>CSR Report Studio %1
Writes the yearly social-responsibility report of a Shanghai civilized unit.</source>
        <translation>社会责任报告编制工具 %1
用于编写上海市文明单位年度社会责任报告。</translation>
    </message>
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
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Report &amp;details…</source>
        <translation>报告信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Signatory…</source>
        <translation>签署人(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
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
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF (public edition)…</source>
        <translation>导出 PDF（公开版）(&amp;E)…</translation>
    </message>
    <message>
        <source>Confidential figures printed as **</source>
        <translation>保密数据印为 **</translation>
    </message>
    <message>
        <source>Export PDF (&amp;internal edition)…</source>
        <translation>导出 PDF（内部版）(&amp;I)…</translation>
    </message>
    <message>
        <source>All figures, every page marked as internal</source>
        <translation>含全部数据，每页标注为内部版</translation>
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
        <source>Si&amp;gn &amp;&amp; Export PDF…</source>
        <translation>签名并导出 PDF(&amp;G)…</translation>
    </message>
    <message>
        <source>Veri&amp;fy Signed PDF…</source>
        <translation>验证已签名的 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>The public edition, signed with the unit&apos;s certificate</source>
        <translation>公开版，使用本单位证书签名</translation>
    </message>
    <message>
        <source>New from &amp;Last Year&apos;s Report…</source>
        <translation>根据上年报告新建(&amp;L)…</translation>
    </message>
    <message>
        <source>Start next year&apos;s report from a finished one: its chapters, prose and figures, with its figures as last year&apos;s and its events and honours emptied.</source>
        <translation>以已完成的报告为起点编写下一年度报告：沿用其章节、正文和指标，其数据转为上年数据，事件和荣誉清空。</translation>
    </message>
    <message>
        <source>Started the %1 report from %2: last year&apos;s figures are the comparison column.</source>
        <translation>已根据 %2 开始编写 %1 年度报告：上年的数据为对比列。</translation>
    </message>
    <message>
        <source>Change &amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed which figure from what to what, and when</source>
        <translation>谁在何时把哪项数据从什么改成了什么</translation>
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
    <message>
        <source>Figure: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
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
    <name>csr::ui::SealImage</name>
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
</context>
</TS>
