// The file of `agentctl credit-app new ID --from FILE.json`: either an application or an
// error that names the file; a read application survives the wire codec unchanged.
#include "FuzzSupport.h"
#include "cli/CreditAppFile.h"
#include "models/CreditApplicationJson.h"

#include <QJsonDocument>

using namespace pac;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("application.json");
    const cli::CreditAppFile::Result result
        = cli::CreditAppFile::parse(fuzz::bytes(data, size), name);
    PAC_FUZZ_CHECK(!result.unreadable);
    if (!result.application) {
        PAC_FUZZ_CHECK(result.error.contains(name));
        return 0;
    }
    PAC_FUZZ_CHECK(result.error.isEmpty());
    const QByteArray json = QJsonDocument(toJson(*result.application)).toJson();
    const cli::CreditAppFile::Result again = cli::CreditAppFile::parse(json, name);
    PAC_FUZZ_CHECK(again.application.has_value());
    // What the file may not set is ignored on both reads, so the two agree.
    PAC_FUZZ_CHECK(*again.application == *result.application);
    return 0;
}
