#include "References.h"
#include "Template.h"
#include "TestSupport.h"
#include "Validator.h"

using namespace csr;

TEST_CASE("The sample report validates without errors")
{
    const Document doc = test::loadSample();
    const auto registry = TemplateRegistry::loadDefault();
    const auto findings = validate(doc, registry.find(doc.metadata.templateId));
    for (const Finding &f : findings)
        if (f.severity == Finding::Severity::Error)
            FAIL_CHECK(f.location.toString().toStdString() + ": " + f.message.toStdString());
    CHECK_FALSE(hasErrors(findings));
    CHECK(doc.signatory.name == QStringLiteral("朱樱"));
    CHECK(doc.signatory.title == QStringLiteral("党委书记、总经理"));
}
